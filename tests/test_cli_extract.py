"""`vanban extract`: the JSON contract of issue #2, the summary, and bad input among good files."""
import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from vanban.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"

CONTRACT = {
    "document": {"id", "code", "type", "date", "issuer", "title", "signer", "copy", "received"},
    "mention": {"id", "code", "type", "date", "issuer", "subject", "line", "start", "end", "surface", "footnote",
                "planned", "draft", "alias"},
    "relation": {"source", "relation", "target", "planned", "line", "evidence", "rule"},
    "locality": {"name", "surface", "line", "start", "end", "part_of_body"},
    "body": {"name", "surface", "line", "start", "end"},
}


def test_json_contract_on_the_seed():
    r = CliRunner().invoke(main, ["extract", str(SEED), "--json"])
    assert r.exit_code == 0, r.output
    lines = r.output.strip().split("\n")
    assert len(lines) == 1
    d = json.loads(lines[0])
    assert d["file"] == str(SEED)
    assert CONTRACT["document"] <= set(d["document"])
    assert d["document"]["id"] == "188-BC/BTCTW" and d["document"]["date"] == "2022-12-30"
    assert d["document"]["copy"]["code"] == "711-BS/VPTU"
    assert d["document"]["received"] == {"number": "18", "date": "2023-01-09", "receiver": d["document"]["received"]["receiver"]}
    for key, name in (("mentions", "mention"), ("relations", "relation"), ("localities", "locality"), ("bodies", "body")):
        assert d[key] and all(CONTRACT[name] <= set(x) for x in d[key]), key
    text = SEED.read_text(encoding="utf-8")
    for m in d["mentions"]:          # offsets point into the original file; lines are 1-based
        assert text[m["start"]:m["end"]] == m["surface"]
        assert text.count("\n", 0, m["start"]) + 1 == m["line"]
    ev = next(x for x in d["relations"] if x["source"] == "01-HD/BTCTW")
    assert (ev["relation"], ev["target"]) == ("IMPLEMENTS", "58-QĐ/TW")
    assert "thực hiện Quy định số 58-QĐ/TW" in ev["evidence"]
    dates = {m["date"] for m in d["mentions"] if m["date"]}
    assert all(len(x) == 10 and x[4] == "-" for x in dates)      # ISO dates


def test_summary_names_the_document_and_its_relations():
    r = CliRunner().invoke(main, ["extract", str(SEED)])
    assert r.exit_code == 0
    assert r.output.startswith(f"{SEED}: Báo cáo 188-BC/BTCTW, 2022-12-30, Ban Tổ chức Trung ương\n")
    assert "  01-HD/BTCTW IMPLEMENTS 58-QĐ/TW  [line 205]" in r.output


def test_bad_files_are_reported_and_the_others_still_load(tmp_path):
    shutil.copy(SEED, tmp_path / "a_seed.txt")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r = CliRunner().invoke(main, ["extract", str(tmp_path), "--json"])
    assert r.exit_code == 1
    out = [json.loads(x) for x in r.stdout.strip().split("\n")]
    assert [Path(x["file"]).name for x in out] == ["a_seed.txt"]
    assert "b_empty.txt" in r.stderr and "c_binary.txt" in r.stderr
    assert "Traceback" not in r.output
    assert r.stderr.strip().endswith("Error: 2 of 3 files could not be read (see the errors above)")


def test_extract_help_has_an_example():
    r = CliRunner().invoke(main, ["extract", "-h"])
    assert r.exit_code == 0 and "Example:" in r.output and "vanban extract" in r.output


def test_a_50_mb_single_file_gets_a_clear_error_and_the_others_load(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as f:
        while f.tell() < 50_000_000:
            f.write(text)
    shutil.copy(SEED, tmp_path / "seed.txt")
    r = CliRunner().invoke(main, ["extract", str(tmp_path), "--json"])
    assert r.exit_code == 1
    assert [json.loads(x)["document"]["id"] for x in r.stdout.strip().split("\n")] == ["188-BC/BTCTW"]
    assert f"{big}: is 50 MB, more than one document (limit 20 MB); split it into one file per document" in r.stderr

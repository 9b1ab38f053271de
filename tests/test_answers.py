"""Answers users can read (issue 11): search, tables that fit, evidence that shows the cited number, plain and
Vietnamese output, --limit, one-line errors with the fix, and the `status` command.

Expected values are read off the bundled texts (examples/) and the seed's gold.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.cli_tables import excerpt, number_pattern, plain, table
from vanban.graph.store import Store
from vanban.loaders import extract
from vanban.queries.search import fold, names_in_evidence, search

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args, ok=True, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    path = tmp_path_factory.mktemp("answers") / "store"
    with Store(path) as s:
        assert not s.load([str(EXAMPLES)], extract=extract).failed
    return path


# ---------------------------------------------------------------- search
def test_search_finds_the_law_by_the_name_texts_give_it(examples):
    # 07/VBHN-VPQH line 6: "Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội"
    for text in ("Luật Thủy lợi", "luat thuy loi", "LUẬT THUỶ LỢI"):
        rows = json.loads(run("search", text, "--format", "json", "--store", examples).stdout)
        assert rows[0]["id"] == "08/2017/QH14", text
        assert rows[0]["matched"] == "name: Luật Thủy lợi"


def test_search_by_number_in_any_spelling_ranks_it_first(examples):
    for text in ("21-NQ/TW", "21 – nq/tw", "21 - NQ/TW"):
        with Store(examples, read_only=True) as s:
            assert search(s, text).rows[0][0] == "21-NQ/TW", text


def test_search_by_alias_and_by_title_words(examples):
    with Store(examples, read_only=True) as s:
        # the seed, line 37: "Nghị quyết Hội nghị Trung ương 5 … (Nghị quyết số 21-NQ/TW)"
        assert search(s, "Nghị quyết Hội nghị Trung ương 5").rows[0][0] == "21-NQ/TW"
        # 83/2015/QH13 is named "Luật Ngân sách nhà nước" in 07/VBHN-VPQH line 148
        assert "83/2015/QH13" in [r[0] for r in search(s, "ngan sach nha nuoc", type="Luật").rows]


def test_search_filters(examples):
    with Store(examples, read_only=True) as s:
        rows = search(s, "", issuer="BTCTW", date_from="2022", date_to="2022", limit=0).dicts()
        assert rows and all(r["date"].startswith("2022") and r["issuer"] == "Ban Tổ chức Trung ương" for r in rows)
        assert "188-BC/BTCTW" in [r["id"] for r in rows]
        signed = search(s, "", signer="Mai Văn Chính", limit=0).dicts()     # the seed's signer (gold)
        assert [r["id"] for r in signed] == ["188-BC/BTCTW"]
        laws = search(s, "thủy", type="L", limit=0).dicts()
        assert laws and {r["type"] for r in laws} == {"Luật"}
    res = run("search", "x", "--from", "2022-13", "--store", examples, ok=False)
    assert (res.exit_code, res.stderr) == (1, "Error: --from '2022-13' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD\n")
    res = run("search", "--store", examples, ok=False)
    assert res.stderr == "Error: give words to search for, or a filter (--type, --issuer, --signer, --from, --to)\n"


def test_names_before_a_number():
    s = "Thay thế cụm từ … của Luật Ngân sách nhà nước số 83/2015/QH13; điểm a của Luật Thủy lợi số 08/2017/QH14 đã"
    assert names_in_evidence(s, "83/2015/QH13") == ["Luật Ngân sách nhà nước"]
    assert names_in_evidence(s, "08/2017/QH14") == ["Luật Thủy lợi"]
    assert fold("Luật Thuỷ lợi") == fold("LUẬT THỦY LỢI") == "luat thuy loi"


# ---------------------------------------------------------------- tables
SENTENCE = ("- Quán triệt các quan điểm, mục tiêu, tham mưu triển khai thực hiện đồng bộ 04 nhóm nhiệm vụ, giải pháp⁷⁴ "
            "tại Nghị quyết số 21-NQ/TW về *tăng cường củng cố, xây dựng tổ chức cơ sở đảng")   # the seed, line 361


def test_evidence_is_cut_around_the_cited_number():
    got = excerpt(SENTENCE, 40, ["21-NQ/TW"])
    assert len(got) == 40 and "21-NQ/TW" in got and got.startswith("…") and got.endswith("…")
    assert excerpt(SENTENCE, 40, []) == SENTENCE[:39] + "…"
    assert excerpt("ngắn", 40, ["21-NQ/TW"]) == "ngắn"
    assert number_pattern("21-NQ/TW").search("Nghị quyết số 21 – NQ/TW") is not None
    assert number_pattern("98-QĐ/TW@2004").search("Quy định 98-QD/TW") is not None
    assert number_pattern("21-NQ/TW").search("121-NQ/TW") is None


def test_a_table_fits_its_width_and_never_cuts_an_id():
    long_id = "DRAFT-BC:sơ kết 5 năm thực hiện nghị quyết số 18 nq tw"
    rows = [[long_id, "Báo cáo", "a title " * 20, SENTENCE]]
    out = table(["id", "type", "title", "evidence"], rows, width=100)
    lines = out.split("\n")
    assert long_id in lines[2]
    assert all(len(line) <= 100 for line in lines if long_id not in line)
    assert max(len(line) for line in lines) <= 100 + 0      # the id fits here, so everything does
    # a narrow table moves the evidence under its row, still showing the cited number
    narrow = table(["id", "type", "title", "evidence"], rows, width=80, focus=["21-NQ/TW"]).split("\n")
    assert narrow[0].endswith("(evidence: below each row)") and "21-NQ/TW" in narrow[3]


def test_plain_gives_whole_values_one_record_per_block():
    assert plain(["id", "evidence"], [["21-NQ/TW", SENTENCE], ["07-KH/TW", None]]) == \
        f"id:       21-NQ/TW\nevidence: {SENTENCE}\n\nid:       07-KH/TW\nevidence:"


def test_query_table_width_limit_plain_and_vietnamese(examples):
    out = run("query", "cited-by", "-p", "id=21-NQ/TW", "--width", "100", "--store", examples).stdout
    assert max(len(line) for line in out.split("\n")) <= 100
    assert "07-KH/TW" in out
    res = run("query", "cited-by", "-p", "id=21-NQ/TW", "--limit", "2", "--format", "json", "--store", examples)
    assert len(json.loads(res.stdout)) == 2 and res.stderr.startswith("(rows 1–2 of ")
    vi = run("query", "implemented-by", "-p", "id=21-NQ/TW", "--lang", "vi", "--width", "200", "--store", examples).stdout
    assert vi.split("\n")[0].split()[:3] == ["cấp", "số", "hiệu"] and "thực hiện" in vi.split("\n")[2]
    pl = run("query", "implemented-by", "-p", "id=21-NQ/TW", "--format", "plain", "--store", examples).stdout
    assert "id:         07-KH/TW\n" in pl and SENTENCE in pl


# ---------------------------------------------------------------- status command and names read one way
def test_status_command(examples):
    out = run("status", "94/2025/QH15", "--at", "2025-12-31", "--store", examples, "--width", "200").stdout
    assert out.split("\n")[2].split()[:4] == ["94/2025/QH15", "not", "yet", "in"]
    vi = run("status", "94/2025/QH15", "--lang", "vi", "--format", "plain", "--store", examples).stdout
    assert "tình trạng:" in vi and "còn hiệu lực" in vi
    res = run("status", "94/2025/QH15", "--at", "31/12/2025x", "--store", examples, ok=False)
    assert res.stderr == ("Error: at='31/12/2025x' is not a date; write it YYYY-MM-DD (or DD/MM/YYYY), "
                          "e.g. -p at=2025-01-01\n")


def test_implements_reads_from_the_document_and_chain_is_its_alias(examples):
    up = json.loads(run("query", "implements", "-p", "id=07-KH/TW", "--format", "json", "--store", examples).stdout)
    assert ("07-KH/TW", "21-NQ/TW") in {(r["id"], r["implements"]) for r in up}    # the seed, line 361
    assert up == json.loads(run("query", "chain", "-p", "id=07-KH/TW", "--format", "json", "--store", examples).stdout)
    down = json.loads(run("query", "implemented-by", "-p", "id=21-NQ/TW", "--format", "json", "--store", examples).stdout)
    assert "07-KH/TW" in {r["id"] for r in down}


# ---------------------------------------------------------------- one line with the fix, never a traceback
@pytest.mark.parametrize("args, env, message", [
    (["load", "examples/state/10_Luat50_2019_QH14_sua_Luat_vu_khi.txt"], {"VANBAN_MAX_MB": "abc"},
     "Error: VANBAN_MAX_MB='abc' is not a positive number of megabytes; set it like VANBAN_MAX_MB=50, or unset it for "
     "the default 20\n"),
    (["extract", "examples/state/10_Luat50_2019_QH14_sua_Luat_vu_khi.txt"], {"VANBAN_MAX_MB": "-1"},
     "Error: VANBAN_MAX_MB='-1' is not a positive number of megabytes; set it like VANBAN_MAX_MB=50, or unset it for "
     "the default 20\n"),
    (["query", "most-cited", "-p", "limit=-1"], None,
     "Error: most-cited: parameter 'limit' must be a whole number from 0 to 9223372036854775807, got -1; "
     "e.g. -p limit=20\n"),
    (["query", "most-cited", "-p", "limit=12345678901234567890"], None,
     "Error: -p limit=12345678901234567890 is beyond the 64-bit range of whole numbers (±9223372036854775807); "
     "give a smaller one\n"),
    (["cypher", "RETURN $n AS n", "-p", "n=99999999999999999999"], None,
     "Error: -p n=99999999999999999999 is beyond the 64-bit range of whole numbers (±9223372036854775807); "
     "give a smaller one\n"),
])
def test_errors_are_one_line_with_the_fix(examples, tmp_path, monkeypatch, args, env, message):
    monkeypatch.chdir(ROOT)
    store = tmp_path / "s" if args[0] == "load" else examples
    extra = [] if args[0] == "extract" else ["--store", store]
    res = run(*args, *extra, ok=False, env=env)
    assert (res.exit_code, res.stderr) == (1, message)


# ---------------------------------------------------------------- one id resolver in every command (issue 11)
ID_FORMS = [
    ("Nghị quyết 21-NQ/TW", "21-NQ/TW"),            # a type word before the number
    ("số 21-KL/TW", "21-KL/TW"),                     # "số"
    ("21–NQ/TW", "21-NQ/TW"),                        # an en dash
    ("21 - NQ/TW", "21-NQ/TW"),                      # spaces
    ("98-QÐ/TW@2004", "98-QĐ/TW@2004"),              # the Icelandic Ð of converted texts
    ("nghị quyết 21-nq/tw", "21-NQ/TW"),             # case
    ("Ket luan so 21-KL/TW", "21-KL/TW"),            # no diacritics
    ("Kết luận 21", "21-KL/TW"),                     # a short form, unique in the examples
    ("Luật Thủy lợi", "08/2017/QH14"),                # the name 07/VBHN-VPQH gives it (line 6)
    ("Nghị quyết Đại hội XIII", "NQ-DH-XIII"),       # an unnumbered document by its type and issuer
]


@pytest.mark.parametrize("typed, ident", ID_FORMS)
def test_every_command_resolves_the_id_forms(examples, tmp_path, typed, ident):
    got = json.loads(run("query", "cites", "-p", f"id={typed}", "--format", "json", "--store", examples).stdout)
    expected = json.loads(run("query", "cites", "-p", f"id={ident}", "--format", "json", "--store", examples).stdout)
    assert got == expected
    cards = json.loads(run("show", typed, "--format", "json", "--store", examples).stdout)
    assert [c["document"]["id"] for c in cards] == [ident]
    rows = json.loads(run("cypher", "MATCH (d:Document {id: $id}) RETURN d.id AS id", "-p", f"id={typed}",
                          "--format", "json", "--store", examples).stdout)
    assert rows == [{"id": ident}]
    assert json.loads(run("status", typed, "--format", "json", "--store", examples).stdout)[0]["id"] == ident
    out = run("view", typed, "-o", tmp_path / "v.html", "--store", examples).stdout
    assert f"(view of {ident}, depth 1)" in out


def test_an_ambiguous_id_lists_the_candidates_everywhere(examples, tmp_path):
    for args in (["query", "cites", "-p", "id=98-QD/TW"], ["cypher", "RETURN $id", "-p", "id=98-QD/TW"],
                 ["view", "98-QD/TW", "-o", tmp_path / "v.html"], ["status", "98-QD/TW"]):
        res = run(*args, "--store", examples, ok=False)
        assert res.exit_code == 1 and "98-QĐ/TW@2004" in res.stderr and res.stderr.count("\n") == 1, args

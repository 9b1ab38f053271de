"""Issue 13 points 6 and 7: bad input gets one clear line, never a traceback; one bad file does not end the
run; escape sequences in a document never reach the terminal.  Each test failed before its fix."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.loaders import extract_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, env=env)


def one_line_error(result, *words, code=1):
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    err = result.stderr.strip().splitlines()
    assert err and all(w in err[-1] for w in words), result.stderr
    return err


# ---------------------------------------------------------------- point 6: no traceback
def test_a_run_of_5000_superscript_digits_is_text_not_a_crash():
    # int() refuses 4,301+ digits: the footnote number of such a run made segment.py and places.py raise
    text = "Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị" + "¹" * 5000 + ".\n" + "²" * 5000 + " Quy định số 58-QĐ/TW\n"
    x = extract_text(text)
    assert [m.id for m in x.mentions] == ["21-KL/TW", "58-QĐ/TW"]
    assert all(0 <= m.start < m.end <= len(text) for m in x.mentions)


def test_load_into_a_store_that_cannot_be_created_is_one_line(tmp_path):
    err = one_line_error(run("load", SEED, "--store", "/proc/x"), "/proc/x", "cannot create the store folder", "--store")
    assert len(err) == 1
    blocker = tmp_path / "file"
    blocker.write_text("")
    one_line_error(run("load", SEED, "--store", blocker / "store"), "cannot create the store folder")


@pytest.mark.parametrize("encoding", ["unicode_escape", "punycode", "utf-7", "rot13", "no-such-codec"])
def test_any_encoding_name_gives_one_line_per_file(tmp_path, encoding):
    bad = tmp_path / "trailing_backslash.txt"
    bad.write_bytes(b"Ket luan so 21-KL/TW \\")
    result = run("extract", "--encoding", encoding, bad, SEED)
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error: ")]
    assert errors and all(encoding in ln for ln in errors), result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")


@pytest.mark.parametrize("uri, says", [("bolt://[", "Invalid IPv6 URL"), ("bolt://localhost:99999", "Port out of range"),
                                       ("http://localhost:7687", "not a Bolt URI")])
def test_a_malformed_neo4j_uri_is_one_line(uri, says):
    err = one_line_error(run("query", "implements", "-p", "id=21-NQ/TW", "--neo4j-uri", uri), says, "bolt://localhost:7687")
    assert len(err) == 1


def test_one_file_that_breaks_the_pipeline_does_not_end_the_extract_run(tmp_path, monkeypatch):
    # a loader bug, injected for one file only: the other file is still extracted and the bug is one line
    import vanban.loaders.segment as segment
    real = segment.segment

    def broken_on_marker(text, *args, **kwargs):
        if "TRIGGER-A-BUG" in text:
            raise KeyError("a loader bug")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(segment, "segment", broken_on_marker)
    (tmp_path / "a_bad.txt").write_text("TRIGGER-A-BUG Kết luận số 21-KL/TW\n", encoding="utf-8")
    (tmp_path / "b_good.txt").write_text("Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị.\n", encoding="utf-8")
    result = run("extract", tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "b_good.txt: ? (no number)" in result.stdout and "1 mentions of 1 documents" in result.stdout
    assert "a_bad.txt: extraction failed (KeyError: 'a loader bug'); this is a vanban bug" in result.stderr
    assert result.stderr.strip().endswith("1 of 2 files could not be read (see the errors above)")


# ---------------------------------------------------------------- point 7: the terminal
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\u202e"


@pytest.fixture(scope="module")
def escaped_store(tmp_path_factory):
    """The seed with escape sequences (clear screen, window title, bidi override) in its title line."""
    tmp = tmp_path_factory.mktemp("escapes")
    text = SEED.read_text(encoding="utf-8")
    line = "Kết quả công tác tổ chức xây dựng Đảng năm 2022;"
    assert line in text
    (tmp / "seed.txt").write_text(text.replace(line, line.replace("công tác", "công tác" + ESCAPES), 1), encoding="utf-8")
    store = tmp / "store"
    assert run("load", tmp / "seed.txt", "--store", store).exit_code == 0
    return tmp, store


def test_show_writes_escape_sequences_of_a_title_as_visible_text(escaped_store):
    _, store = escaped_store
    out = run("show", "188-BC/BTCTW", "--store", store).stdout
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    # the file reader drops control characters and invisible format characters (the right-to-left override) from a
    # text file; what is left of the sequence is inert text
    assert re.search(r"title:    Kết quả công tác(?:\\x1b)?\[2J(?:\\x1b)?\]0;pwned(?:\\x07)?(?:\\u202e)? tổ chức", out), out


def test_tables_and_extract_write_escape_sequences_as_visible_text(escaped_store):
    tmp, store = escaped_store
    table = run("cypher", "MATCH (d:Document {id: '188-BC/BTCTW'}) RETURN d.title AS title", "--store", store).stdout
    assert "\x1b" not in table and "\u202e" not in table and "công tác" in table
    summary = run("extract", tmp / "seed.txt").stdout
    assert "\x1b" not in summary and "\u202e" not in summary and "title: Kết quả công tác" in summary
    # JSON keeps the stored text exact (the reader has already dropped the control characters)
    js = run("cypher", "MATCH (d:Document {id: '188-BC/BTCTW'}) RETURN d.title AS title", "--format", "json",
             "--store", store).stdout
    assert "[2J]0;pwned" in js and "\x1b" not in js


def test_a_bad_vanban_max_mb_is_one_line_per_file_not_a_crash_at_import(tmp_path):
    import os
    import subprocess
    import sys
    env = dict(os.environ, VANBAN_MAX_MB="abc")
    proc = subprocess.run([sys.executable, "-m", "vanban", "extract", str(SEED)], capture_output=True, text=True,
                          env=env, cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.lower().startswith("error: vanban_max_mb='abc' is not a") and "VANBAN_MAX_MB=50" in first, first


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory):
    from vanban.graph.store import Store

    from test_build import seed_extraction
    path = tmp_path_factory.mktemp("params") / "store"
    with Store(path) as s:
        s.add_extraction(seed_extraction())
    return path


@pytest.mark.parametrize("value, says, code", [
    ("99999999999999999999", "99999999999999999999 is beyond the 64-bit range of whole numbers", 1),
    ("--5", "parameter 'limit' must be a whole number, got '--5'", 1),
    ("²", "parameter 'limit' must be a whole number, got '²'", 1),
])
def test_odd_limits_are_one_clear_error(hand_store, value, says, code):
    one_line_error(run("query", "most-cited", "-p", f"limit={value}", "--store", hand_store), says, code=code)


# ---------------------------------------------------------------- the audit of issue 13 (docs/safety.md): gaps filled
def test_export_and_view_to_an_unwritable_or_directory_target_are_one_line(hand_store, tmp_path):
    # point 6: export/view to a missing, unwritable or directory path raised a traceback; each is one line now
    if os.geteuid() == 0:      # root writes through permission bits: sysfs refuses new files even to root
        unwritable = Path("/sys")
    else:
        unwritable = tmp_path / "read-only"
        unwritable.mkdir()
        unwritable.chmod(0o500)
    for args in (["export", "--format", "graphml"], ["view", "21-NQ/TW", "-o"]):
        res = run(*args, unwritable / "g.out", "--store", hand_store)
        one_line_error(res, f"{unwritable / 'g.out'}: cannot write in {unwritable}", "choose another place")
        assert not (unwritable / "g.out").exists()
        res = run(*args, tmp_path, "--store", hand_store)       # a folder, not a file
        assert res.exit_code in (1, 2) and "Traceback" not in res.output
        assert "is a directory" in res.output or "is a folder; give a file name inside it" in res.output
    one_line_error(run("export", "--format", "graphml", tmp_path / "no" / "g.graphml", "--store", hand_store),
                   f"the folder {tmp_path / 'no'} does not exist; create it first")


def test_a_nul_byte_after_the_first_64_kb_of_a_real_file_leaves_the_graphml_valid(tmp_path):
    # point 7: the reader looked for NUL bytes in the first 64 KB only; one after that reached the GraphML export
    import xml.etree.ElementTree as ET

    data = SEED.read_bytes()
    at = data.index("Nghị quyết số 21-NQ/TW, ngày 16/6/2022".encode(), 70_000)
    (tmp_path / "seed.txt").write_bytes(data[:at] + b"\x00" + data[at:])
    store, out = tmp_path / "store", tmp_path / "g.graphml"
    assert run("load", tmp_path / "seed.txt", "--store", store).exit_code == 0
    res = run("export", "--format", "graphml", out, "--store", store)
    assert res.exit_code == 0, res.output
    assert b"\x00" not in out.read_bytes()
    root = ET.parse(out).getroot()              # well-formed XML, and the sentence with the NUL is in it
    texts = [d.text or "" for d in root.iter() if d.tag.endswith("data")]
    assert any("Nghị quyết số 21-NQ/TW, ngày 16/6/2022" in t for t in texts)


def test_a_service_that_refuses_the_connection_is_one_line(hand_store):
    # point 6: `sparql --allow-service` towards a server that refuses the connection raised a traceback
    import socket

    with socket.socket() as s:       # a port nobody listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    query = f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    err = one_line_error(run("sparql", query, "--allow-service", "--timeout", "20", "--store", hand_store),
                         "Error: SPARQL query failed", "Connection refused")
    assert len(err) == 1

"""The one walker of `extract` and `load` (loaders/paths.py): literal paths, globs once, folders, non-regular files."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.errors import InputError
from vanban.graph.store import expand_paths
from vanban.loaders import extract, extract_paths
from vanban.loaders.paths import walk

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
STATE = ROOT / "examples" / "state"
EXAMPLES = sorted([SEED] + list(STATE.glob("*.txt")))
LAW = STATE / "13_TT62_2019_BTC_sua_TT38_2018.txt"


def run(*args, ok=True, input=None):
    res = CliRunner().invoke(main, [str(a) for a in args], input=input)
    if ok:
        assert res.exit_code == 0, (res.output, res.exception)
    return res


def test_walk_expands_files_folders_and_globs(tmp_path):
    (tmp_path / "a" / "sub").mkdir(parents=True)
    for p in ("a/x.txt", "a/sub/y.txt", "a/notes.md", "a/sub/DOC.TXT", "z.txt", "a/data.json"):
        (tmp_path / p).write_text("Số 188 -BC/BTCTW", encoding="utf-8")
    got = walk([tmp_path / "z.txt", tmp_path / "a", str(tmp_path / "*.txt"), tmp_path / "a" / "x.txt"])
    assert got.files == [tmp_path / "a" / "notes.md", tmp_path / "a" / "sub" / "DOC.TXT", tmp_path / "a" / "sub" / "y.txt",
                         tmp_path / "a" / "x.txt", tmp_path / "z.txt"]
    assert got.ignored == [tmp_path / "a" / "data.json"] and got.skipped == []


def test_walk_on_the_examples():
    got = walk([ROOT / "examples"])
    assert got.files == sorted(EXAMPLES, key=str)
    assert got.ignored == [STATE / "index.json"]


def test_extract_and_load_walk_a_folder_alike(tmp_path):
    """Issue 14: `load` took DOC.TXT in a folder and `extract` did not; one walker now."""
    (tmp_path / "UPPER.TXT").write_bytes(LAW.read_bytes())
    (tmp_path / "page").write_text("<!DOCTYPE html><html><body><p>" + LAW.read_text(encoding="utf-8")
                                   + "</p></body></html>", encoding="utf-8")     # no extension: sniffed as HTML
    via_extract = sorted(x.file for x in extract_paths([tmp_path]))
    via_load = expand_paths([tmp_path])
    assert [os.path.abspath(f) for f in via_extract] == via_load == [str(tmp_path / "UPPER.TXT"), str(tmp_path / "page")]


@pytest.mark.parametrize("arg, says", [
    ("missing.txt", "missing.txt: does not exist"),
    ("*.nothing", r"\*.nothing: matches no file"),
])
def test_walk_refuses_what_names_nothing(tmp_path, monkeypatch, arg, says):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=says):
        walk([arg])


def test_walk_refuses_a_folder_without_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "index.json").write_text("{}")
    with pytest.raises(InputError, match=r"is a folder with no document \(.txt, .md, .markdown, .pdf"):
        walk([tmp_path / "empty"])


def test_a_file_named_like_a_glob_is_that_file(tmp_path):
    """Issue 13 point 7: a folder holding `a[bc].txt` failed to load (its path was globbed a second time)."""
    (tmp_path / "a[bc].txt").write_bytes(LAW.read_bytes())
    (tmp_path / "ab.txt").write_text("not this one")
    assert walk([tmp_path / "a[bc].txt"]).files == [tmp_path / "a[bc].txt"]
    store = tmp_path / "store"
    res = run("load", tmp_path / "a[bc].txt", "--store", store, ok=False)
    assert res.exit_code == 0, res.output
    assert res.stdout == f"1 added, 0 replaced, 0 unchanged, 0 failed (1 files) -> {store}\n"
    res = run("load", tmp_path, "--store", store, ok=False)
    assert "a[bc].txt" not in res.stderr
    assert res.stdout.startswith("1 added, 0 replaced, 1 unchanged, 0 failed (2 files)")   # ab.txt added, a[bc].txt kept


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _no_hang(target, path):
    """Call target(path) in a thread; fail (never hang the suite) when it blocks on the FIFO ``path``."""
    out = {}

    def call():
        try:
            out["result"] = target(path)
        except BaseException as e:      # handed back to the test below
            out["error"] = e
    t = threading.Thread(target=call, daemon=True)
    t.start()
    t.join(30)
    if t.is_alive():
        with open(path, "w"):           # a writer unblocks the reader so the thread ends
            pass
        pytest.fail(f"blocked on the FIFO {path}")
    if "error" in out:
        raise out["error"]
    return out.get("result")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifos_and_devices_are_skipped_with_the_reason(tmp_path):
    """Issue 13 point 5: `load` blocked forever on a FIFO, also a *.txt FIFO inside a folder, and on /dev/zero."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(LAW, docs / "law.txt")
    fifo = _fifo(docs / "pipe.txt")
    got = walk([docs, "/dev/zero"])
    assert got.files == [docs / "law.txt"]
    assert [e.path for e in got.skipped] == [str(fifo), "/dev/zero"]
    assert "is a named pipe (FIFO), not a regular file" in str(got.skipped[0])
    assert "is a device, not a regular file" in str(got.skipped[1])
    with pytest.raises(InputError, match="is a named pipe"):
        _no_hang(extract, fifo)
    # the commands, in a child process with a timeout: a hang fails the test instead of the suite
    store = tmp_path / "store"
    for cmd in (["load", str(docs), "/dev/zero", "--store", str(store)], ["extract", str(docs), str(fifo)]):
        proc = subprocess.run([sys.executable, "-m", "vanban", *cmd], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        assert f"{fifo}: is a named pipe (FIFO), not a regular file" in proc.stderr
        if cmd[0] == "load":
            assert proc.stdout == f"1 added, 0 replaced, 0 unchanged, 2 failed (3 files) -> {store}\n"
            assert "/dev/zero: is a device, not a regular file" in proc.stderr


def test_stdin_with_a_name(tmp_path):
    data = LAW.read_bytes()
    res = run("extract", "-", "--name", "tt62.txt", input=data)
    assert res.stdout.startswith("tt62.txt: Thông tư 62/2019/TT-BTC, 2019-09-05, Bộ Tài chính\n")
    store = tmp_path / "store"
    res = run("load", "-", "--name", "tt62.txt", "--store", store, input=data)
    assert res.stdout == f"1 added, 0 replaced, 0 unchanged, 0 failed (1 files) -> {store}\n"
    res = run("load", "-", "--name", "tt62.txt", "--store", store, input=data)
    assert res.stdout == f"0 added, 0 replaced, 1 unchanged, 0 failed (1 files) -> {store}\n"
    res = run("load", "-", "--store", store, input=data, ok=False)
    assert res.exit_code == 2 and "- (stdin) needs --name NAME" in res.output
    res = run("load", "-", "--name", "empty.txt", "--store", store, input=b"", ok=False)
    assert res.exit_code == 1 and "failed: empty.txt: is empty (0 bytes)" in res.stderr

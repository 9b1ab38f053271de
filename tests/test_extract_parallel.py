"""`vanban extract` reads files in a pool of processes (loaders/pool.py, the pool `vanban load` uses): what it
prints, on stdout and on stderr, and its exit status are those of a run in one process, in the order of the files."""
from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from vanban.loaders.pool import chunks_of, default_jobs, in_order

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BAD = ROOT / "tests" / "fixtures" / "formats" / "bad"
ENCODINGS = ROOT / "tests" / "fixtures" / "encodings"


def vanban(*args, env=None):
    return subprocess.run([sys.executable, "-m", "vanban", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, **(env or {})), cwd=ROOT)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Texts that read (the seed, the state texts, a Word file, a web page), files that do not (a damaged and an
    encrypted PDF, an empty and a blank text, a damaged UTF-8 file) and one whose reading warns (no own number in
    the text: the number is read from the file name): more files than one task of the pool holds."""
    d = tmp_path_factory.mktemp("mixed")
    for p in [EXAMPLES / "000_4359cb3ac2b76893.txt", *sorted((EXAMPLES / "state").glob("*.txt")),
              ROOT / "tests" / "fixtures" / "formats" / "luat94_2025.docx",
              ROOT / "tests" / "fixtures" / "formats" / "tt62_2019.html",
              BAD / "broken.pdf", BAD / "encrypted.pdf", ENCODINGS / "empty.txt", ENCODINGS / "blank.txt",
              ENCODINGS / "utf8_damaged.txt"]:
        shutil.copy(p, d / p.name)
    (d / "nghi-dinh-so-186-2026-nd-cp-469660.txt").write_text(
        "CHÍNH PHỦ\n\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Đầu tư\n\n"
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Đầu tư số 61/2020/QH14;\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "summary"])
def test_a_pool_prints_what_one_process_prints_in_the_same_order(folder, as_json):
    flag = ["--json"] if as_json else []
    one = vanban("extract", folder, *flag, "-j", "1")
    two = vanban("extract", folder, *flag, "-j", "2")
    assert one.returncode == two.returncode == 1            # some files could not be read: the status says so
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert f"5 of {len(list(folder.iterdir()))} files could not be read" in two.stderr
    assert "no own number in the text; 186/2026/NĐ-CP is read from the file name" in two.stderr
    if as_json:
        files = [json.loads(line)["file"] for line in two.stdout.splitlines()]
        read = sorted(p.name for p in folder.iterdir()
                      if p.name not in {"broken.pdf", "encrypted.pdf", "empty.txt", "blank.txt", "utf8_damaged.txt"})
        assert [Path(f).name for f in files] == read        # the folder's order, every file that reads once


def test_the_pool_and_one_process_agree_with_stdin_after_the_files(folder):
    text = (EXAMPLES / "state" / "13_TT62_2019_BTC_sua_TT38_2018.txt").read_bytes()
    args = ("extract", folder / "000_4359cb3ac2b76893.txt", folder / "09_ND247_2025_sua_ND171.txt", "-", "--json",
            "--name", "tt62.txt")
    got = [subprocess.run([sys.executable, "-m", "vanban", *map(str, args), "-j", j], input=text,
                          capture_output=True, timeout=300, cwd=ROOT) for j in ("1", "2")]
    assert got[0].returncode == got[1].returncode == 0
    assert got[1].stdout == got[0].stdout
    assert [json.loads(line)["file"] for line in got[1].stdout.decode().splitlines()][-1] == "tt62.txt"


def test_a_bad_jobs_setting_is_one_clear_error():
    res = vanban("extract", EXAMPLES, "--json", env={"VANBAN_JOBS": "many"})
    assert res.returncode != 0
    assert "VANBAN_JOBS='many' is not a number" in res.stderr and res.stdout == ""
    assert "Traceback" not in res.stderr


def test_chunks_spread_over_every_process_and_keep_the_order():
    items = list(range(50))
    chunks = chunks_of(items, 2, 16)
    assert [x for c in chunks for x in c] == items
    assert len(chunks) >= 8 and max(len(c) for c in chunks) <= 16
    large = chunks_of(list(range(1000)), 2, 16)                      # a large input: tasks of at most 16 …
    assert [len(c) for c in large[:10]] == [1, 1, 2, 2, 4, 4, 8, 8, 16, 16]    # … the first ones small
    assert [x for c in large for x in c] == list(range(1000))
    assert chunks_of([1], 4, 16) == [[1]]


def squares(chunk, parent, kill=False):
    """(the process, the squares of ``chunk``); with ``kill``, a process of the pool given 7 dies (as one the
    system's OOM killer ends), and the calling process squares it."""
    if kill and os.getpid() != parent and 7 in chunk:
        os._exit(9)
    return os.getpid(), [x * x for x in chunk]


def test_a_pool_that_breaks_hands_the_rest_to_this_process():
    chunks = chunks_of(list(range(40)), 2, 16)
    task = functools.partial(squares, parent=os.getpid(), kill=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(in_order(task, chunks, 2))
    assert [x for _pid, c in got for x in c] == [x * x for x in range(40)]
    assert os.getpid() in {pid for pid, _c in got}                  # the rest, here
    assert any("the pool of 2 failed" in str(w.message) for w in caught)


def test_in_order_yields_each_chunk_once_in_order_from_real_processes():
    chunks = chunks_of(list(range(200)), 2, 16)
    got = list(in_order(functools.partial(squares, parent=os.getpid()), chunks, 2))
    assert [c for _pid, c in got] == [[x * x for x in c] for c in chunks]
    assert os.getpid() not in {pid for pid, _c in got}              # every chunk read by the pool


def test_default_jobs_reads_the_environment(monkeypatch):
    monkeypatch.setenv("VANBAN_JOBS", "3")
    assert default_jobs() == 3
    monkeypatch.setenv("VANBAN_JOBS", "0")
    assert default_jobs() == 1


def test_jobs_for_a_small_input_is_one_process_unless_told(tmp_path, monkeypatch):
    from vanban.loaders.pool import POOL_MIN_BYTES, jobs_for
    monkeypatch.setenv("VANBAN_JOBS", "2")
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("Số: 12/2024/QĐ-TTg\n", encoding="utf-8")
    big.write_bytes(b"x" * POOL_MIN_BYTES)
    assert jobs_for([str(small)]) == 1                     # the pool's start costs more than it saves
    assert jobs_for([str(small), str(big)]) == 2
    assert jobs_for([str(small)], 3) == 3                  # told: as told
    assert jobs_for([str(tmp_path / "missing.txt")]) == 1  # a file that is not there weighs nothing


def test_a_reader_that_stops_early_ends_the_pool_cleanly(folder):
    """`vanban extract DIR --json | head -n 1`: the first file's line comes, and when the pipe closes the command
    ends (the tasks in flight with it) without a traceback."""
    p = subprocess.Popen([sys.executable, "-m", "vanban", "extract", str(folder), "--json", "-j", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    first = json.loads(p.stdout.readline())
    p.stdout.close()
    _out, err = p.communicate(timeout=300)
    assert Path(first["file"]).name == sorted(q.name for q in folder.iterdir())[0]
    assert b"Traceback" not in err

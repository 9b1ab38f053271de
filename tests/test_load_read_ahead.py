"""A parallel load's pool reads on while its writer is busy (graph/loading.py ``READ_AHEAD``): a checkpoint holds the
writer for seconds (5-26 s at 10k-100k documents), and with 400 files read ahead the extraction processes stood
idle through it (with 2,400, through the late checkpoints of a 100k load).  Shown without timing: the writer is held
at its first stored file until the pool has read ``MUST_READ`` files in all; a read-ahead of 400 or 2,400 files
stops the pool before that, and the load fails.
The bound in bytes keeps a run of large texts from being held by the thousand, and a bound below one task's
bytes still reads every file (one task at a time)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import vanban.graph.loading as loading
from vanban.graph.store import Store
from vanban.loaders import extract

MUST_READ = 3000
WAIT_S = 60


def _marks(path: str) -> Path:
    return Path(path).parent.parent / "read"


def marking_extract(path):
    """``extract``, leaving a mark for each file read (the writer's progress counts them)."""
    out = extract(path)
    (_marks(path) / os.path.basename(path)).touch()
    return out


def _docs(tmp_path: Path, n: int) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "read").mkdir()
    for i in range(n):
        (docs / f"doc-{i:04d}.txt").write_text(f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {i + 1}/QĐ-UBND\nHà Tĩnh, ngày "
                                               f"5 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề việc {i}\n", encoding="utf-8")
    return docs


def test_the_pool_reads_ahead_while_the_writer_is_held(tmp_path):
    docs = _docs(tmp_path, MUST_READ + 100)
    waited = []

    def progress(outcome):
        if waited:
            return
        end = time.monotonic() + WAIT_S          # the writer held at its first file, as by a long checkpoint
        while len(os.listdir(tmp_path / "read")) < MUST_READ and time.monotonic() < end:
            time.sleep(0.05)
        waited.append(len(os.listdir(tmp_path / "read")))

    with Store(tmp_path / "store") as s:
        report = s.load([str(docs)], progress, extract=marking_extract, jobs=2)
    assert waited[0] >= MUST_READ, f"the pool stopped after {waited[0]} files while the writer was held"
    assert len(report.added) == MUST_READ + 100 and not report.failed


def test_a_byte_bound_below_one_task_still_reads_every_file(tmp_path, monkeypatch):
    docs = _docs(tmp_path, 300)
    monkeypatch.setattr(loading, "READ_AHEAD_BYTES", 1)
    with Store(tmp_path / "store") as s:
        report = s.load([str(docs)], extract=marking_extract, jobs=2)
        ids = {row[0] for row in s.run("MATCH (d:Document) RETURN d.id").rows}
    assert len(report.added) == 300 and not report.failed
    assert {f"{i + 1}/QĐ-UBND@Hà Tĩnh" for i in range(300)} <= ids

"""A parallel load writes what it holds whenever its pool has nothing ready (graph/loading.py ``idle``): the files
read first are stored while the pool still reads the last ones, so that the last batch, written after the pool has
finished, is only what came in meanwhile.  Shown without timing: the last files' extraction waits until the writer
has stored a file; a writer that waited for a full batch (400 files) would never store one, and those files fail."""
from __future__ import annotations

import os
import time
from pathlib import Path

from vanban.graph.loading import IDLE_BATCH_FILES
from vanban.graph.store import Store
from vanban.loaders import extract

WAIT_S = 60


def _flag(path: str) -> Path:
    return Path(path).parent.parent / "stored.flag"


def waiting_extract(path):
    """``extract``, but a file named late-* is read only after the writer has stored some file (the flag)."""
    if os.path.basename(path).startswith("late-"):
        end = time.monotonic() + WAIT_S
        while not _flag(path).exists():
            if time.monotonic() > end:
                raise RuntimeError("no file was stored while the pool was still reading")
            time.sleep(0.02)
    return extract(path)


def test_the_writer_stores_files_while_the_pool_still_reads(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    body = "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n" * 20
    n = IDLE_BATCH_FILES + 36
    for i in range(n):               # larger than the late files: read first (a load reads the biggest first)
        (docs / f"doc-{i:03d}.txt").write_text(f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {i + 1}/QĐ-UBND\nHà Tĩnh, ngày "
                                               f"5 tháng 12 năm 2025\nQUYẾT ĐỊNH\n{body}", encoding="utf-8")
    for i in range(4):
        (docs / f"late-{i}.txt").write_text(f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {900 + i}/QĐ-UBND\nHà Tĩnh, ngày "
                                            f"6 tháng 12 năm 2025\nQUYẾT ĐỊNH\n", encoding="utf-8")
    stored = []

    def progress(outcome):
        stored.append(outcome)
        _flag(str(docs / "x")).touch()

    with Store(tmp_path / "store") as s:
        report = s.load([str(docs)], progress, extract=waiting_extract, jobs=2)
    assert not report.failed, [o.message for o in report.failed]
    assert len(report.added) == n + 4
    # the first files stored are not the late ones: those were read after them
    assert not any(os.path.basename(o.path).startswith("late-") for o in stored[:IDLE_BATCH_FILES])

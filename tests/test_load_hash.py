"""A load hashes a file the store does not hold yet in the extraction process that reads it (graph/loading.py
``read_facts``), not in the writing process before the pool starts: a first load of 100k files read every file
twice, the first time in one process while the extraction processes waited.  A file the store holds is still
hashed first, so that an unchanged one is skipped unread."""
from __future__ import annotations

import hashlib
from pathlib import Path

import vanban.graph.loading as loading
from vanban.graph.store import Store
from vanban.loaders import extract


def _write(path: Path, i: int, subject: str) -> None:
    path.write_text(f"ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {i + 1}/QĐ-UBND\nHà Tĩnh, ngày 5 tháng 12 năm 2025\n"
                    f"QUYẾT ĐỊNH\nVề việc {subject}\n", encoding="utf-8")


def test_new_files_are_hashed_by_the_processes_that_read_them(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    files = [docs / f"doc-{i}.txt" for i in range(4)]
    for i, p in enumerate(files):
        _write(p, i, f"lần đầu {i}")

    def writer_hash(path):
        raise AssertionError(f"the writing process hashed {path} before extracting it")

    monkeypatch.setattr(loading, "_sha256", writer_hash)   # this process only: the pool's processes have their own
    with Store(tmp_path / "store") as s:
        report = s.load([str(docs)], extract=extract, jobs=2)
        stored = s.sources()
    assert not report.failed, report.failed
    assert len(report.added) == 4
    for p in files:           # what the extraction processes hashed is the file's sha256, stored with its facts
        assert stored[str(p.resolve())]["sha256"] == hashlib.sha256(p.read_bytes()).hexdigest()

    monkeypatch.undo()        # a file the store holds is hashed first: the unchanged ones are skipped unread
    _write(files[0], 0, "đã sửa")
    with Store(tmp_path / "store") as s:
        report = s.load([str(docs)], extract=extract, jobs=2)
        stored = s.sources()
    assert [Path(o.path).name for o in report.replaced] == ["doc-0.txt"]
    assert len(report.skipped) == 3
    assert stored[str(files[0].resolve())]["sha256"] == hashlib.sha256(files[0].read_bytes()).hexdigest()


def test_a_file_that_cannot_be_hashed_is_named(tmp_path):
    """Hashed where it is read, a file that cannot be read (gone since it was listed) fails with its name and the
    fix, as it did when the writer hashed it."""
    missing = str(tmp_path / "gone.txt")
    path, sha, facts, error = loading.read_facts(missing, None, extract)
    assert path == missing and sha is None and facts is None
    assert error.startswith(missing + ": cannot read (") and error.endswith("check the path and its permissions")

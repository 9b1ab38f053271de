"""A load stages the hubs' rows (graph/store.py ``_Pending``, ``DEFERRED_TYPES``) only when its files are large
enough to reach a checkpoint (graph/loading.py ``_stage_bytes``: half the checkpoint threshold, or VANBAN_STAGE_MB);
a smaller load writes them with each batch, so nothing is left for after its last file.  Either way the store holds
the graph of its files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import vanban.graph.loading as loading
from vanban.graph.build import build_graph, canonical_hash
from vanban.graph.store import Store
from vanban.loaders import extract

ROOT = Path(__file__).resolve().parent.parent
# the two files of 18/2017/QH14 are one document: its second file, in a later batch, replaces its rows
NAMES = ("19_Luat18_2017_QH14_Thuy_san_head_tail.txt", "11_Luat43_2024_QH15_sua_4_luat.txt",
         "19_Luat18_2017_QH14_Thuy_san_head_tail.noannot.txt", "13_TT62_2019_BTC_sua_TT38_2018.txt")


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in NAMES:
        shutil.copy(ROOT / "examples" / "state" / n, docs / n)
    return docs


def _load(tmp_path: Path, docs: Path):
    """(the stored graph, the rows each staging call staged, the ISSUED_BY rows finish_pending wrote)."""
    staged, finished = [], []
    with Store(tmp_path / "store") as s:
        stage, finish = s._stage, s.finish_pending
        s._stage = lambda rows: staged.append(len(rows)) or stage(rows)
        s.finish_pending = lambda: finished.append(finish()) or finished[-1]
        report = s.load([str(docs)], extract=extract, jobs=1)
        assert len(report.added) == len(NAMES) and not report.failed, report.failed
        G = s.to_networkx()
    return G, staged, finished


def _issued_by(G) -> int:
    return sum(1 for *_e, a in G.edges(data=True) if a["type"] == "ISSUED_BY")


def test_a_load_smaller_than_the_stage_bytes_writes_the_hubs_rows_with_each_batch(tmp_path, monkeypatch):
    docs = _docs(tmp_path)
    monkeypatch.setenv("VANBAN_BATCH_FILES", "1")       # four batches, no checkpoint between them
    monkeypatch.delenv("VANBAN_STAGE_MB", raising=False)
    monkeypatch.delenv("VANBAN_CHECKPOINT_MB", raising=False)
    G, staged, finished = _load(tmp_path, docs)
    assert staged == [] and sum(finished) == 0           # nothing staged, nothing written after the last file
    want = build_graph([extract(str(p)) for p in sorted(docs.iterdir())])
    assert _issued_by(want) >= 3
    assert canonical_hash(G) == canonical_hash(want)


@pytest.mark.parametrize("share, stages", [(0.5, True), (1.0, True), (2.0, False)])
def test_the_stage_bytes_are_the_files_bytes_from_which_a_load_stages(tmp_path, monkeypatch, share, stages):
    docs = _docs(tmp_path)
    size = sum(p.stat().st_size for p in docs.iterdir())
    monkeypatch.setenv("VANBAN_BATCH_FILES", "1")
    monkeypatch.setenv("VANBAN_CHECKPOINT_MB", "100000")  # no checkpoint: the staged rows are written at the end
    monkeypatch.setenv("VANBAN_STAGE_MB", repr(size * share / (1 << 20)))
    G, staged, finished = _load(tmp_path, docs)
    want = build_graph([extract(str(p)) for p in sorted(docs.iterdir())])
    if stages:
        assert len(staged) == len(NAMES)                  # each batch staged its documents' issuers ...
        assert sum(finished) == _issued_by(want)          # ... and the end of the load wrote every one of them
    else:
        assert staged == [] and sum(finished) == 0
    assert canonical_hash(G) == canonical_hash(want)


def test_stage_bytes_default_to_half_the_checkpoint_threshold(monkeypatch):
    monkeypatch.delenv("VANBAN_STAGE_MB", raising=False)
    assert loading._stage_bytes(256 << 20) == 128 << 20
    assert loading._stage_bytes(0) == 0                  # a load checkpointing after every batch stages every batch
    monkeypatch.setenv("VANBAN_STAGE_MB", "1.5")
    assert loading._stage_bytes(256 << 20) == 3 << 19

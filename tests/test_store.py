"""graph/store.py: the LadybugDB store — incremental, transactional per file, order-independent.

Files are real files in a temporary folder; the extractions they stand for are the hand-made ones of
test_build.py (real seed and state sentences), given to ``Store.load`` as its ``extract`` function, so
these tests do not wait for the loaders.  The end-to-end tests at the bottom run the real extractor.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vanban.errors import InputError, QueryError, StoreError, StoreLockedError
from vanban.graph.build import build_graph, canonical_hash
from vanban.graph.store import Store, expand_paths
from vanban.graph.synthetic import synthetic_graph
from vanban.loaders.models import Extraction, Mention, OwnDocument

from test_build import SEED, STATE_09, seed_extraction, state_extraction

ROOT = Path(__file__).resolve().parent.parent


def third_extraction(path, date="2022-08-18") -> Extraction:
    """A third file (a local plan) that cites 07-KH/TW with another date: its vote moves the merged date."""
    own = OwnDocument(id="25-KH/TU@Quảng Ngãi", code="25-KH/TU", type="Kế hoạch", date="2022-09-01",
                      issuer="Tỉnh ủy Quảng Ngãi", title="thực hiện Kế hoạch số 07-KH/TW")
    mentions = tuple(Mention(id="07-KH/TW", code="07-KH/TW", type="Kế hoạch", date=date, issuer="Bộ Chính trị",
                             subject=None, line=3 + i, start=10, end=30, surface="Kế hoạch số 07-KH/TW",
                             evidence="Thực hiện Kế hoạch số 07-KH/TW của Bộ Chính trị", evidence_start=0,
                             evidence_end=49) for i in range(3 if date else 0))
    return Extraction(file=str(path), document=own, mentions=mentions)


@pytest.fixture
def corpus(tmp_path):
    """Three real files and the extraction each stands for (keyed by the file's current content)."""
    d = tmp_path / "docs"
    d.mkdir()
    a, b, c = d / "a_seed.txt", d / "b_state.txt", d / "c_plan.txt"
    shutil.copy(SEED, a)
    shutil.copy(STATE_09, b)
    c.write_text("KẾ HOẠCH 25-KH/TU\nThực hiện Kế hoạch số 07-KH/TW của Bộ Chính trị\n", encoding="utf-8")
    versions = {}

    def extract(path):
        path = str(path)
        body = Path(path).read_text(encoding="utf-8")
        name = os.path.basename(path)
        if name in versions:
            return versions[name](path, body)
        return {"a_seed.txt": lambda p: seed_extraction(p), "b_state.txt": lambda p: state_extraction(p),
                "c_plan.txt": lambda p: third_extraction(p)}[name](path)

    return {"dir": d, "a": a, "b": b, "c": c, "extract": extract, "versions": versions}


def built(corpus, *extractions):
    return canonical_hash(build_graph(extractions))


def test_the_store_holds_exactly_the_built_graph(tmp_path, corpus):
    with Store(tmp_path / "s") as s:
        report = s.load([corpus["dir"]], extract=corpus["extract"])
        assert [f.status for f in report.files] == ["added"] * 3
        G = s.to_networkx()
    expected = build_graph([seed_extraction(str(corpus["a"])), state_extraction(str(corpus["b"])),
                            third_extraction(str(corpus["c"]))])
    assert canonical_hash(G) == canonical_hash(expected)
    assert G.nodes["Document:07-KH/TW"]["date"] == "2022-08-18"   # 3 votes of c_plan against 2 of the seed


def test_load_twice_or_in_another_order_gives_the_same_graph(tmp_path, corpus):
    x = corpus["extract"]
    with Store(tmp_path / "one") as s:
        s.load([corpus["a"], corpus["b"], corpus["c"]], extract=x)
        second = s.load([corpus["dir"]], extract=x)
        h1 = canonical_hash(s.to_networkx())
    assert [f.status for f in second.files] == ["skipped"] * 3
    with Store(tmp_path / "two") as s:
        for f in (corpus["c"], corpus["b"], corpus["a"]):
            s.load([f], extract=x)
        h2 = canonical_hash(s.to_networkx())
    assert h1 == h2


def test_a_changed_file_replaces_exactly_its_facts(tmp_path, corpus):
    x = corpus["extract"]
    with Store(tmp_path / "s") as s:
        s.load([corpus["dir"]], extract=x)
        before = s.to_networkx()
        # the plan is rewritten: it no longer cites 07-KH/TW
        corpus["c"].write_text("KẾ HOẠCH 25-KH/TU\n(sửa)\n", encoding="utf-8")
        corpus["versions"]["c_plan.txt"] = lambda p, body: third_extraction(p, date=None)
        report = s.load([corpus["dir"]], extract=x)
        assert {os.path.basename(f.path): f.status for f in report.files} == \
            {"a_seed.txt": "skipped", "b_state.txt": "skipped", "c_plan.txt": "replaced"}
        after = s.to_networkx()

    def edges_from(G, name):
        return sorted((u, v, k) for u, v, k, a in G.edges(keys=True, data=True) if a["source_file"].endswith(name))

    for other in ("a_seed.txt", "b_state.txt"):
        assert edges_from(after, other) == edges_from(before, other)
    assert edges_from(before, "c_plan.txt") and not [e for e in edges_from(after, "c_plan.txt") if "07-KH/TW" in e[1]]
    # the node's properties are merged again from the evidence that remains: the seed's date
    assert after.nodes["Document:07-KH/TW"]["date"] == "2022-08-17"
    assert after.nodes["Document:07-KH/TW"]["mention_count"] == 2
    assert canonical_hash(after) == built(corpus, seed_extraction(str(corpus["a"])), state_extraction(str(corpus["b"])),
                                          third_extraction(str(corpus["c"]), date=None))


def test_a_failing_file_is_reported_and_the_others_load(tmp_path, corpus):
    def extract(path):
        if path.endswith("b_state.txt"):
            raise InputError(path, "is binary, not text", "give a .txt file")
        return corpus["extract"](path)

    with Store(tmp_path / "s") as s:
        report = s.load([corpus["dir"]], extract=extract)
        assert [os.path.basename(f.path) for f in report.failed] == ["b_state.txt"]
        assert "b_state.txt: is binary, not text; give a .txt file" in report.failed[0].message
        assert len(report.added) == 2
        assert s.run("MATCH (d:Document {id: '247/2025/NĐ-CP'}) RETURN d.id").rows == []
        # the next load tries it again
        assert [f.status for f in s.load([corpus["b"]], extract=corpus["extract"]).files] == ["added"]


def test_a_failure_inside_the_transaction_loses_nothing(tmp_path, corpus, monkeypatch):
    x = corpus["extract"]
    with Store(tmp_path / "s") as s:
        s.load([corpus["dir"]], extract=x)
        before = canonical_hash(s.to_networkx())
        corpus["c"].write_text("KẾ HOẠCH 25-KH/TU\n(sửa lần 2)\n", encoding="utf-8")
        corpus["versions"]["c_plan.txt"] = lambda p, body: third_extraction(p, date="2022-08-19")
        real = Store._create_edges

        def broken(self, etype, batch):
            if etype == "CITES":
                raise RuntimeError("disk full (injected)")
            return real(self, etype, batch)

        monkeypatch.setattr(Store, "_create_edges", broken)
        report = s.load([corpus["c"]], extract=x)
        assert report.failed and "not stored, nothing changed (disk full (injected))" in report.failed[0].message
        assert canonical_hash(s.to_networkx()) == before
        monkeypatch.setattr(Store, "_create_edges", real)
        # the old version is still the stored one, so the new one loads now
        assert [f.status for f in s.load([corpus["c"]], extract=x).files] == ["replaced"]
        assert s.to_networkx().nodes["Document:07-KH/TW"]["date"] == "2022-08-19"


def test_removing_a_file_removes_its_facts_and_nodes_only_it_named(tmp_path, corpus):
    with Store(tmp_path / "s") as s:
        s.load([corpus["dir"]], extract=corpus["extract"])
        assert s.remove(str(corpus["b"])) is True
        G = s.to_networkx()
        assert "Document:247/2025/NĐ-CP" not in G and "Document:171/2016/NĐ-CP" not in G
        assert not [a for _, _, a in G.edges(data=True) if a["source_file"] == str(corpus["b"])]
        assert canonical_hash(G) == built(corpus, seed_extraction(str(corpus["a"])), third_extraction(str(corpus["c"])))
        assert s.remove(str(corpus["b"])) is False


def test_a_second_writer_gets_a_clear_lock_error(tmp_path):
    path = tmp_path / "s"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from vanban.graph.store import Store
            s = Store({str(path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match=rf"{path} is being written by process {holder.pid}; wait for it"):
            Store(path)
        # readers still read
        with Store(path, read_only=True) as r:
            assert r.run("MATCH (d:Document) RETURN count(*) AS n").rows == [[0]]
    finally:
        holder.communicate("\n", timeout=60)


def test_run_is_read_only_unless_asked(tmp_path, corpus):
    with Store(tmp_path / "s") as s:
        s.load([corpus["a"]], extract=corpus["extract"])
        with pytest.raises(QueryError, match="writes to the store; pass --write"):
            s.run("MATCH (d:Document {id: '07-KH/TW'}) SET d.title = 'x'")
        assert s.run("MATCH (d:Document {id: '07-KH/TW'}) RETURN d.title").rows == [[""]]
        s.run("MATCH (d:Document {id: '07-KH/TW'}) SET d.title = 'x'", write=True)
        assert s.run("MATCH (d:Document {id: '07-KH/TW'}) RETURN d.title").rows == [["x"]]
        with pytest.raises(QueryError, match="Cypher failed: Parser exception"):
            s.run("MATCH (d:Document RETURN d")
    with Store(tmp_path / "s", read_only=True) as r:
        with pytest.raises(StoreError, match="open read-only"):
            r.run("MATCH (d:Document) SET d.title = 'y'", write=True)


def test_values_come_back_as_json(tmp_path, corpus):
    with Store(tmp_path / "s") as s:
        s.load([corpus["a"]], extract=corpus["extract"])
        res = s.run("MATCH (d:Document {id: $id})-[r:IMPLEMENTS]->(t) RETURN d, r, t.id", {"id": "01-HD/BTCTW"})
    d, r, t = res.rows[0]
    json.dumps(res.rows)
    assert d["label"] == "Document" and d["id"] == "01-HD/BTCTW" and "_tally" not in d
    assert r["type"] == "IMPLEMENTS" and r["line"] == 205 and t == "58-QĐ/TW"


def test_opening_what_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match=r"no vanban store at .*nothing; load documents first: vanban load PATH"):
        Store(tmp_path / "nothing", read_only=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file, not a store folder"):
        Store(tmp_path / "file")


def test_paths_that_match_nothing_are_named(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: does not exist"):
        expand_paths([tmp_path / "nope.txt"])
    with pytest.raises(InputError, match=r"\*\.zzz: matches no file"):
        expand_paths([str(tmp_path / "*.zzz")])
    (tmp_path / "x.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "y.txt").write_text("b")
    (tmp_path / "sub" / "z.pdf").write_text("c")
    (tmp_path / "sub" / "z.json").write_text("{}")
    # the same walker as `extract` (loaders/paths.py): folders give PDFs too, not other files
    assert [os.path.relpath(p, tmp_path) for p in expand_paths([tmp_path])] == ["sub/y.txt", "sub/z.pdf", "x.txt"]
    assert [os.path.relpath(p, tmp_path) for p in expand_paths([str(tmp_path / "**" / "*.txt")])] == ["sub/y.txt", "x.txt"]


def test_a_synthetic_graph_written_in_bulk_reads_back_the_same(tmp_path):
    G = synthetic_graph(300)
    G.nodes["Document:1-NQ/TW"]["aliases"] = ["Nghị quyết Hội nghị Trung ương 5, khóa XIII", "[Nghị quyết 1]"]
    G.nodes["Document:1-NQ/TW"]["title"] = 'về "thử", dòng một\ndòng hai'
    with Store(tmp_path / "s") as s:
        s.write_graph(G)
        H = s.to_networkx()
        with pytest.raises(StoreError, match="is not empty"):
            s.write_graph(G)
    assert {n: dict(a) for n, a in G.nodes(data=True)} == {n: dict(a) for n, a in H.nodes(data=True)}

    def edge_bag(X):
        return sorted((u, v, json.dumps(a, sort_keys=True, ensure_ascii=False)) for u, v, a in X.edges(data=True))

    assert edge_bag(G) == edge_bag(H)


# ---------------------------------------------------------------- with the real extractor
def test_the_real_seed_loads_once_and_matches_build_graph(tmp_path):
    from vanban.loaders import extract

    seed = tmp_path / "seed.txt"
    shutil.copy(SEED, seed)
    with Store(tmp_path / "s") as s:
        first = s.load([seed], extract=extract)
        assert [f.status for f in first.files] == ["added"], first.failed and first.failed[0].message
        assert first.files[0].doc == "188-BC/BTCTW"
        assert [f.status for f in s.load([seed], extract=extract).files] == ["skipped"]
        G = s.to_networkx()
    assert canonical_hash(G) == canonical_hash(build_graph([extract(str(seed))]))

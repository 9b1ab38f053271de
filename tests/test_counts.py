"""graph/counts.py: the counts the store keeps for the stored queries stay exact through every write.

Real gazette texts (the ten smallest that cite the law on legal documents) are loaded, changed, copied, renamed and removed; after
each step the kept columns must equal what the edges say (``recount``, and plain Cypher over the edges), and
the LadybugDB texts of `most-cited`, `unresolved`, `issued-by` and `reversed` must answer exactly what the
common texts (the ones Neo4j runs, which read the edges) answer on the same store.  A store of schema 6 (made
before the columns) is upgraded in place when opened, to the same counts.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vanban.graph import counts
from vanban.graph.store import SCHEMA_VERSION, Store
from vanban.loaders import extract
from vanban.queries.registry import get, run_query

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "real" / "congbao"
if not CORPUS.is_dir():     # a worktree under /work/wt, or a CI clone next to shared/
    CORPUS = next((p / "shared" / "corpus" / "real" / "congbao" for p in ROOT.parents
                   if (p / "shared" / "corpus" / "real" / "congbao").is_dir()), CORPUS)

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the real corpus (shared/corpus/real) is not here")


def _texts(n=10):
    """The n smallest texts citing the law on legal documents (63/2025/QH15): they share citations."""
    citing = [p for p in CORPUS.glob("*.txt") if "63/2025/QH15" in p.read_text(encoding="utf-8")]
    return sorted(citing, key=lambda p: (p.stat().st_size, p.name))[:n]


def _reference(s: Store) -> dict:
    """The columns as plain Cypher over the edges gives them (not graph/counts.py's own recount)."""
    from vanban.graph.counts import issue_order
    cited = dict(s._exec("MATCH (d:Document) OPTIONAL MATCH (x:Document)-[r]->(d) RETURN d.id, count(DISTINCT r.source_doc)"))
    bodies = {}
    for d, b in s._exec("MATCH (d:Document)-[:ISSUED_BY]->(b:Body) RETURN DISTINCT d.id, b.id"):
        bodies.setdefault(d, []).append(b)
    plans = dict(s._exec("MATCH (d:Document)-[r]->(:Document) WHERE r.planned RETURN d.id, count(DISTINCT r.source_doc)"))
    return {d: {"_cited_in": cited[d], "_issuers": sorted(bodies.get(d, [])), "_plans": plans.get(d, 0),
                **issue_order(date, code), "_ambiguous": doubt != "" or (code != "" and d != code)}
            for d, date, code, doubt in s._exec("MATCH (d:Document) RETURN d.id, d.date, d.code, d.doubt")}


def _common(s: Store, name: str, params: dict):
    """A stored query's answer through its common text (the one without the kept columns)."""
    from vanban.queries.registry import prepare_params, resolve_body
    from vanban.queries.status import REVERSED_COLUMNS, is_reversed
    text = get(name).text("neo4j")          # no neo4j override: the common text
    values = prepare_params(get(name), params)
    if "body" in values:
        values["body"] = resolve_body(s, values["body"])
    if name != "reversed":
        return s.run(text, values).rows
    rows = []
    for r in s.run(text).dicts():
        date, code = r["source_date"], r["source_code"]
        if str(r["source"]).startswith("IMPLICIT:"):
            got = s.run("MATCH (d:Document {id: $id}) RETURN d.date, d.code", {"id": r["stated_in"]}).rows
            date, code = got[0] if got else ("", "")
        if is_reversed(date, r["target_date"], code, r["target_code"]):
            rows.append([r[c] for c in REVERSED_COLUMNS])
    return rows


def _check(store_path: Path) -> dict:
    with Store(store_path, read_only=True) as s:
        kept = counts.stored(s)
        assert kept == counts.recount(s)
        assert kept == _reference(s)
        assert any(v["_cited_in"] > 1 for v in kept.values()) and any(v["_issuers"] for v in kept.values())
        for name, params in [("most-cited", {"limit": 100000}), ("most-cited", {"limit": 3}), ("unresolved", {}),
                             ("reversed", {}), ("ambiguous", {}), ("planned", {})]:
            assert run_query(s, name, params).rows == _common(s, name, params), name
        for (body,) in s._exec("MATCH (b:Body) RETURN b.id"):
            assert run_query(s, "issued-by", {"body": body}).rows == _common(s, "issued-by", {"body": body})
        return kept


def test_counts_stay_exact_through_adds_changes_copies_and_removals(tmp_path):
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir()
    texts = _texts()
    for p in texts[:7]:
        shutil.copy(p, docs / p.name)
    with Store(store) as db:
        db.load([str(docs)], extract=extract, jobs=1)
    first = _check(store)
    # more files, and one file's text replaced by another document's
    for p in texts[7:]:
        shutil.copy(p, docs / p.name)
    (docs / texts[0].name).write_text(texts[8].read_text(encoding="utf-8"), encoding="utf-8")
    with Store(store) as db:
        db.load([str(docs)], extract=extract, jobs=1)
    _check(store)
    # a copy of a document under another name (one document, two files), then the original removed
    shutil.copy(docs / texts[1].name, docs / "copy.txt")
    with Store(store) as db:
        db.load([str(docs)], extract=extract, jobs=1)
    _check(store)
    with Store(store) as db:
        db.remove_files([str(docs / texts[1].name)], extract=extract)
    _check(store)
    # back to the first seven files: the counts are the first load's
    for name in [texts[1].name, "copy.txt"] + [p.name for p in texts[7:]]:
        (docs / name).unlink(missing_ok=True)
    shutil.copy(texts[0], docs / texts[0].name)
    shutil.copy(texts[1], docs / texts[1].name)
    with Store(store) as db:
        db.load([str(docs)], extract=extract, jobs=1, prune=True)
    assert _check(store) == first


def test_a_graph_written_in_bulk_has_its_counts(tmp_path):
    from vanban.graph.synthetic import synthetic_graph
    with Store(tmp_path / "s") as db:
        db.write_graph(synthetic_graph(300, seed=3))
    _check(tmp_path / "s")


def _downgrade(store: Path) -> None:
    """The store as schema 6 made it: no count columns, no marks in the votes or tallies."""
    with Store(store) as db:
        for col in counts.COLUMNS["Document"]:
            db._exec(f"ALTER TABLE Document DROP {col}")
        for key, votes in db._exec("MATCH (g:_Group) RETURN g.key, g.votes"):
            v = {k: {p: x for p, x in vote.items() if p not in counts._MARKS}
                 for k, vote in json.loads(votes).items()}
            db._exec("MATCH (g:_Group {key: $k}) SET g.votes = $v", {"k": key, "v": json.dumps(v, ensure_ascii=False,
                                                                                                sort_keys=True)})
        for label in ("Document", "Body", "Locality", "Person"):
            for ident, tally in db._exec(f"MATCH (n:{label}) RETURN n.id, n._tally"):
                t = {p: x for p, x in json.loads(tally).items() if p not in counts._MARKS}
                db._exec(f"MATCH (n:{label} {{id: $i}}) SET n._tally = $t",
                         {"i": ident, "t": json.dumps(t, ensure_ascii=False, sort_keys=True)})
        db._exec("MATCH (m:_Meta {key: 'schema'}) SET m.value = '6'")
        with pytest.raises(RuntimeError):       # really without the columns now
            db._exec("MATCH (d:Document) RETURN d._cited_in")


def test_a_schema_6_store_is_upgraded_in_place_to_the_same_counts(tmp_path):
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir()
    for p in _texts(6):
        shutil.copy(p, docs / p.name)
    with Store(store) as db:
        db.load([str(docs)], extract=extract, jobs=1)
        groups = dict(db._exec("MATCH (g:_Group) RETURN g.key, g.votes"))
    made = _check(store)
    _downgrade(store)
    kept = _check(store)                     # a reader upgrades it
    assert kept == made
    with Store(store, read_only=True) as s:
        assert s._schema() == SCHEMA_VERSION
        assert dict(s._exec("MATCH (g:_Group) RETURN g.key, g.votes")) == groups
    # and later writes keep counting from the upgraded marks: removing a file takes away exactly its part
    with Store(store) as db:
        db.remove_files([str(docs / _texts(6)[0].name)], extract=extract)
    _check(store)


def test_issue_order_examples():
    import doctest
    assert doctest.testmod(counts).failed == 0


def test_a_reader_of_a_schema_6_store_another_process_writes_is_told_to_wait(tmp_path):
    import subprocess
    import sys

    from vanban.errors import StoreLockedError
    from vanban.graph.synthetic import synthetic_graph
    with Store(tmp_path / "s") as db:
        db.write_graph(synthetic_graph(50, seed=1))
    _downgrade(tmp_path / "s")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, ladybug; db = ladybug.Database(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(tmp_path / "s" / "graph.lbug")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=rf"older vanban and being written by process {holder.pid}; try again"):
            Store(tmp_path / "s", read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    with Store(tmp_path / "s", read_only=True) as s:          # once it is gone, the reader upgrades it
        assert s._schema() == SCHEMA_VERSION

"""The RDF twin of the store (graph/sparqlstore.py) follows loads, changes and removals per changed node, and
always holds the triples a whole rebuild would give — also after a kill -9 in the middle of an update."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vanban.graph import rdf
from vanban.graph.sparqlstore import DIR, STAMP, memory_store, open_rdf_store
from vanban.graph.store import Store
from vanban.loaders import extract

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / "examples" / "state"
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"


def triples(ox_store) -> set:
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox_store}


def rebuilt(path) -> set:
    """The triples a whole rebuild of the twin gives (an in-memory store streamed from the graph store)."""
    with Store(str(path), read_only=True) as db:
        return triples(memory_store(db))


def answers(ox_store, ids) -> dict:
    """The rows of every stored SPARQL query for each id, as sets (row order is not the point here)."""
    out = {}
    for q in rdf.sparql_queries():
        for i in ids:
            params = {"body": i} if q.name == "issued-by" else {"id": i}
            try:
                rows = rdf.run_sparql(ox_store, q.name, params).rows
            except Exception as e:          # an id this twin does not hold: the same error either way
                rows = [("error", str(e))]
            out[(q.name, i)] = {tuple(map(str, r)) for r in rows}
    return out


def load(path, files):
    with Store(str(path)) as st:
        report = st.load([str(f) for f in files], extract=extract)
        assert not report.failed, report.failed


def test_the_twin_follows_loads_changes_and_removals_node_by_node(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    state = sorted(p for p in STATE.glob("*.txt") if ".noannot" not in p.name)
    first = [shutil.copy(p, docs / p.name) for p in state[:2]]
    path = tmp_path / "store"
    load(path, first)
    told = []
    ox = open_rdf_store(path, status=told.append)
    assert len(told) == 1 and "building" in told[0]
    assert triples(ox) == rebuilt(path)
    del ox

    # more documents, one of them the Party report naming provinces: the twin is updated, not rebuilt
    more = [shutil.copy(p, docs / p.name) for p in state[2:5]] + [shutil.copy(SEED, docs / SEED.name)]
    load(path, more)
    ox = open_rdf_store(path, status=told.append)
    assert len(told) == 2 and "updating" in told[1], told
    got = triples(ox)
    assert got == rebuilt(path)
    with Store(str(path), read_only=True) as db:
        ids = [r[0] for r in db.run("MATCH (d:Document) WHERE d.loaded RETURN d.id ORDER BY d.id").rows]
        ids += [r[0] for r in db.run("MATCH (s:Document)-[r]->(d:Document) RETURN d.id, count(*) AS c "
                                     "ORDER BY c DESC, d.id LIMIT 3").rows]
    assert len(ids) >= 8
    fresh = memory_store(Store(str(path), read_only=True))
    assert answers(ox, ids) == answers(fresh, ids)
    del ox, fresh

    # a file changes (its document loses a sentence): its facts are replaced in the twin too
    changed = Path(more[0])
    text = changed.read_text(encoding="utf-8").split("\n")
    changed.write_text("\n".join(text[: len(text) // 2]), encoding="utf-8")
    load(path, [changed])
    ox = open_rdf_store(path, status=told.append)
    assert len(told) == 3 and "updating" in told[2]
    assert triples(ox) == rebuilt(path)
    del ox

    # files removed (the report with every province it named): their triples go
    with Store(str(path)) as st:
        assert len(st.remove_files([str(docs / SEED.name), str(first[0])], extract=extract).removed) == 2
    ox = open_rdf_store(path, status=told.append)
    assert len(told) == 4 and "updating" in told[3]
    after = triples(ox)
    assert after == rebuilt(path) and len(after) < len(got)
    del ox

    # nothing changed: nothing done
    open_rdf_store(path, status=told.append)
    assert len(told) == 4


def test_a_kill_during_an_update_leaves_a_twin_that_the_next_call_makes_right(tmp_path):
    state = sorted(p for p in STATE.glob("*.txt") if ".noannot" not in p.name)
    path = tmp_path / "store"
    load(path, state[:1])
    open_rdf_store(path)
    load(path, state[1:4] + [SEED])        # the twin is now behind by these
    code = ("import sys; from vanban.graph.sparqlstore import open_rdf_store; open_rdf_store(sys.argv[1])")
    for delay in (0.3, 0.8, 1.5):
        stamp = (path / DIR / STAMP).read_text(encoding="utf-8")
        child = subprocess.Popen([sys.executable, "-c", code, str(path)])
        time.sleep(delay)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if (path / DIR / STAMP).read_text(encoding="utf-8") != stamp:
            break       # this one finished before the kill: the twin is up to date
        # killed in the middle: the old twin and its stamp are still there, and answer as before
        assert (path / DIR / "oxigraph").is_dir()
    told = []
    ox = open_rdf_store(path, status=told.append)
    assert triples(ox) == rebuilt(path)
    assert not list(path.parent.glob("store/sparql.new-*"))


@pytest.mark.parametrize("twin", [False, True])
def test_writes_note_what_they_changed_only_while_a_twin_follows(tmp_path, twin):
    state = sorted(p for p in STATE.glob("*.txt") if ".noannot" not in p.name)
    path = tmp_path / "store"
    load(path, state[:1])
    if twin:
        open_rdf_store(path)
    load(path, state[1:2])
    with Store(str(path), read_only=True) as db:
        dirty = db.run("MATCH (d:_Dirty) RETURN count(*)").rows[0][0]
        gen = int(db.run("MATCH (m:_Meta {key: 'gen'}) RETURN m.value").rows[0][0])
        since = int(db.run("MATCH (m:_Meta {key: 'dirty_since'}) RETURN m.value").rows[0][0])
        doc = db.sources()[str(state[1])]["doc"]
        noted = db.run("MATCH (d:_Dirty {key: $k}) RETURN d.gen", {"k": "Document:" + doc}).rows
    assert gen >= 2
    if twin:
        assert dirty > 0 and noted == [[gen]] and since <= gen
    else:
        assert dirty == 0 and since == gen + 1


def test_vanban_load_and_remove_keep_an_existing_twin_current(tmp_path):
    import json

    from click.testing import CliRunner

    from vanban.cli import main as cli

    state = sorted(p for p in STATE.glob("*.txt") if ".noannot" not in p.name)
    store = str(tmp_path / "store")
    run = CliRunner().invoke
    assert run(cli, ["load", "-q", str(state[0]), "--store", store]).exit_code == 0
    assert not (tmp_path / "store" / DIR).exists()          # no twin until `vanban sparql` asks for one
    got = run(cli, ["sparql", "--query", "cites", "-p", "id=x", "--store", store])
    assert (tmp_path / "store" / DIR / STAMP).exists(), got.output

    def twin_gen():
        return json.loads((tmp_path / "store" / DIR / STAMP).read_text(encoding="utf-8"))["gen"]

    def store_gen():
        with Store(store, read_only=True) as db:
            return int(db.run("MATCH (m:_Meta {key: 'gen'}) RETURN m.value").rows[0][0])

    before = twin_gen()
    assert run(cli, ["load", "-q", str(state[1]), "--store", store]).exit_code == 0
    assert twin_gen() == store_gen() > before
    assert triples(open_rdf_store(store)) == rebuilt(store)
    out = run(cli, ["remove", str(state[1]), "--store", store])
    assert out.exit_code == 0, out.output
    assert twin_gen() == store_gen() and triples(open_rdf_store(store)) == rebuilt(store)


def test_a_twin_built_in_many_bulk_loads_and_compacted_holds_every_triple_once(tmp_path, monkeypatch):
    # the build feeds Oxigraph LOAD_BATCH triples per call (whole N-Triples chunks); with a batch of 500 the
    # seed's graph takes several calls and a compaction, and must hold exactly what rdflib reads from the N-Triples export
    import pyoxigraph as ox

    from vanban.graph.build import build_graph

    G = build_graph([extract(SEED)] + [extract(p) for p in sorted(STATE.glob("*.txt"))])
    want = triples(memory_store(rdf.to_rdf(G)))
    calls = []
    monkeypatch.setattr(rdf, "LOAD_BATCH", 500)
    store = ox.Store(str(tmp_path / "ox"))
    real_bulk_load = store.bulk_load

    class Counted:
        def __getattr__(self, name):
            return getattr(store, name)

        def bulk_load(self, **kw):
            calls.append(1)
            return real_bulk_load(**kw)

    n = rdf.load_triples(Counted(), G, compact=True)
    assert len(calls) > 1                                    # several bulk loads (each at least one chunk)
    assert triples(store) == want and len(want) == n


def _seed_graph():
    from vanban.graph.build import build_graph

    return build_graph([extract(SEED)] + [extract(p) for p in sorted(STATE.glob("*.txt"))])


def test_a_bulk_load_that_fails_is_the_error_load_triples_raises(tmp_path, monkeypatch):
    # each batch loads in a thread while the next is written: a batch's error must reach the caller, not be lost
    # in the thread (and the build must stop, not hang)
    import pyoxigraph as ox

    monkeypatch.setattr(rdf, "LOAD_BATCH", 500)
    store = ox.Store(str(tmp_path / "ox"))
    calls = []

    class Failing:
        def __getattr__(self, name):
            return getattr(store, name)

        def bulk_load(self, **kw):
            calls.append(1)
            if len(calls) == 2:
                raise OSError("disk full")
            return store.bulk_load(**kw)

    with pytest.raises(OSError, match="disk full"):
        rdf.load_triples(Failing(), _seed_graph())
    assert len(calls) <= 3            # stopped at the failing batch (one more may have been submitted after it)


def test_an_error_while_writing_a_batch_waits_for_the_load_in_flight_and_is_the_one_raised(tmp_path, monkeypatch):
    import threading
    import time

    import pyoxigraph as ox

    monkeypatch.setattr(rdf, "LOAD_BATCH", 500)
    store = ox.Store(str(tmp_path / "ox"))
    running, finished = [], []

    class Slow:
        def __getattr__(self, name):
            return getattr(store, name)

        def bulk_load(self, **kw):
            running.append(threading.current_thread().name)
            time.sleep(0.3)
            store.bulk_load(**kw)
            finished.append(1)

    real = rdf.ntriples_chunks

    def breaking(triples, *a, **kw):
        for got in real(triples, 64):
            if len(running) == 1 and not finished:        # the first batch is loading: the writing fails now
                raise ValueError("a bad value in the store")
            yield got

    monkeypatch.setattr(rdf, "ntriples_chunks", breaking)
    with pytest.raises(ValueError, match="a bad value"):
        rdf.load_triples(Slow(), _seed_graph())
    assert running and running[0] != threading.current_thread().name     # the batch loaded in another thread
    assert len(finished) == len(running) == 1                            # and was waited for before the error


def test_load_with_sparql_builds_the_twin_so_the_first_query_builds_nothing(tmp_path):
    from click.testing import CliRunner

    from vanban.cli import main
    state = sorted(p for p in STATE.glob("*.txt") if ".noannot" not in p.name)[:3]
    path = tmp_path / "store"
    plain = CliRunner().invoke(main, ["load", str(state[0]), "--store", str(path), "-q"], catch_exceptions=False)
    assert plain.exit_code == 0 and not (path / DIR).exists()      # without the flag: no twin yet, none made
    built = CliRunner().invoke(main, ["load", *map(str, state[1:]), "--store", str(path), "-q", "--sparql"],
                               catch_exceptions=False)
    assert built.exit_code == 0, built.output
    assert (path / DIR / STAMP).is_file()
    told = []
    ox = open_rdf_store(path, status=told.append)
    assert told == []                                                   # current: nothing to build or update
    assert triples(ox) == rebuilt(path)

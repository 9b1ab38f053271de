"""Every backend vanban ships fits the one interface (graph/backend.py), live, and answers through it alike.

The embedded LadybugDB store, Neo4j over Bolt (the real FalkorDB test server) and the RDF graph under SPARQL are
each opened on the seed report and asked the same question through nothing but the protocol: which documents
implement which (stated, not planned).  The expected pairs come from the seed's gold
(tests/fixtures/seed_gold.json).  mypy checks the same classes statically (``BACKENDS`` in graph/backend.py).
"""
from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

import vanban.graph.backend
from vanban.errors import QueryError
from vanban.graph.backend import Backend
from vanban.graph.neo4j import Neo4jBackend, push_graph
from vanban.graph.rdf import RdfBackend
from vanban.graph.store import Result, Store
from vanban.loaders import extract

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))

# The same question in each backend's language.
IMPLEMENTS = {
    "cypher": "MATCH (s:Document)-[r:IMPLEMENTS]->(t:Document) WHERE NOT r.planned RETURN s.id, t.id",
    "sparql": "SELECT ?s ?t WHERE { ?a eli:applies ?b . ?a eli:id_local ?s . ?b eli:id_local ?t }",
}


def implements_pairs(backend: Backend) -> set:
    """Written against the protocol only: the dialect picks the text, ``run`` answers, ``with`` closes."""
    with backend as b:
        result = b.run(IMPLEMENTS["sparql" if b.dialect == "sparql" else "cypher"], {})
        assert isinstance(result, Result)
        return {tuple(row) for row in result.rows}


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("backend") / "store"
    with Store(path) as store:
        store.add_extraction(extract(str(SEED)))
        graph = store.to_networkx()
    return path, graph


def gold_pairs(sure_only: bool) -> set:
    """The stated IMPLEMENTS pairs of the gold; ``sure_only`` leaves out those it allows to be read otherwise
    (``alt_relation``, e.g. BASED_ON)."""
    return {(r["source"], r["target"]) for r in GOLD["relations"]
            if r["relation"] == "IMPLEMENTS" and not r["planned"] and not r["source"].startswith("IMPLICIT:")
            and not (sure_only and r.get("alt_relation"))}


def check(pairs: set) -> None:
    assert gold_pairs(sure_only=True) <= pairs <= gold_pairs(sure_only=False)


def test_the_gold_has_pairs_to_compare():
    assert ("07-KH/TW", "21-NQ/TW") in gold_pairs(sure_only=True) and len(gold_pairs(sure_only=True)) >= 3
    with pytest.raises(AssertionError):
        check(gold_pairs(sure_only=True) | {("07-KH/TW", "18-NQ/TW")})


def test_the_embedded_store_is_a_backend(seed_store):
    backend = Store(seed_store[0], read_only=True)
    assert isinstance(backend, Backend) and backend.dialect == "ladybug"
    check(implements_pairs(backend))


@pytest.mark.parametrize("server", ["bolt_server", "arcadedb_server"])   # FalkorDB and ArcadeDB
def test_neo4j_over_bolt_is_a_backend(server, seed_store, request):
    server = request.getfixturevalue(server)
    server.ensure_running()
    server.reset()
    backend = Neo4jBackend(server.uri, **server.credentials, max_retry_time=1.0)
    push_graph(backend, seed_store[1])
    assert isinstance(backend, Backend) and backend.dialect in ("neo4j", "falkordb")
    check(implements_pairs(backend))


def test_the_rdf_graph_is_a_backend(seed_store):
    backend = RdfBackend.from_networkx(seed_store[1])
    assert isinstance(backend, Backend) and backend.dialect == "sparql"
    check(implements_pairs(backend))
    stored = RdfBackend.from_networkx(seed_store[1]).run_stored("implemented-by", {"id": "Nghị quyết 21-NQ/TW"})
    assert "07-KH/TW" in {row["id"] for row in stored.dicts()}


def test_the_rdf_backend_refuses_writes(seed_store):
    backend = RdfBackend.from_networkx(seed_store[1])
    with pytest.raises(QueryError, match="read-only"):
        backend.run("INSERT DATA { <urn:a> <urn:b> <urn:c> }", write=True)


def test_a_class_missing_a_member_is_not_a_backend():
    class NoClose:
        dialect = "x"

        def run(self, query, params=None, write=False):
            return Result([], [])

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    assert not isinstance(NoClose(), Backend)
    NoClose.close = lambda self: None
    assert isinstance(NoClose(), Backend)


def test_the_protocol_docstring_example_runs():
    result = doctest.testmod(vanban.graph.backend, verbose=False)
    assert result.attempted > 0 and result.failed == 0

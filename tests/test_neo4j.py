"""Neo4j over Bolt, against two real Bolt servers: FalkorDB (tests/bolt_server.py) and ArcadeDB
(tests/arcadedb_server.py), both started by the tests on loopback.

The seed (and two state texts whose amend/replace relations the seed lacks) are loaded into the embedded
store, pushed through the official driver, and every stored query must answer the same over Bolt.  A test
on any server takes the ``peer`` fixture (or ``bolt``, a backend on it), which runs it once per server.
Where FalkorDB's Bolt layer makes a Neo4j behaviour impossible to observe, a strict xfail on the falkordb
run names the defect, and the arcadedb run must pass.
Run with `bash .ci/run tests/test_neo4j.py` (a loopback-only network namespace).
"""
from __future__ import annotations

import csv
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from vanban.errors import BackendError, QueryError
from vanban.graph.model import EDGE_DEFAULTS, EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType, node_key
from vanban.graph.neo4j import (
    FALKORDB_MAX_REQUEST_BYTES,
    Neo4jBackend,
    export_neo4j_csv,
    plain,
    push,
    push_graph,
    schema_statements,
    write_clause,
)
from vanban.graph.store import Store
from vanban.graph.synthetic import synthetic_graph
from vanban.loaders import extract

from bolt_server import RUN_HINT, NotIsolatedError, check_loopback_only

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
ND247 = ROOT / "examples" / "state" / "09_ND247_2025_sua_ND171.txt"        # amends 171/2016/NĐ-CP
QD12 = ROOT / "examples" / "state" / "12_QD12_2024_TTg_thay_QD63_2015.noannot.txt"  # replaces 63/2015/QĐ-TTg
EDGE_ATTRS = ("type",) + tuple(EDGE_PROPERTIES)


# ------------------------------------------------------------------------------------------ fixtures

PEERS = ("falkordb", "arcadedb")
PEER_FIXTURES = {"falkordb": "bolt_server", "arcadedb": "arcadedb_server"}


@pytest.fixture(params=PEERS)
def peer(request):
    """The Bolt server a test runs on (once per server), restarted first if an earlier test crashed it."""
    server = request.getfixturevalue(PEER_FIXTURES[request.param])
    server.ensure_running()
    return server


def falkordb_defect(reason):
    """Run the test on every peer, expecting it to fail on FalkorDB only (strict: a fixed FalkorDB shows)."""
    return pytest.mark.parametrize("peer", [
        pytest.param("falkordb", marks=pytest.mark.xfail(strict=True, reason=f"FalkorDB defect: {reason}")),
        "arcadedb"], indirect=True)


def connect(server, **options):
    return Neo4jBackend(server.uri, **server.credentials, **options)


@pytest.fixture
def bolt(peer):
    """An empty database on the peer and a backend on it."""
    peer.holds = None     # what `seeded` pushed is gone, or about to be changed
    peer.reset()
    backend = connect(peer, max_retry_time=1.0)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The embedded store of the seed + two state texts (closed: tests open it read-only) and its graph."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    with Store(path) as store:
        report = store.load([str(SEED), str(ND247), str(QD12)], extract=extract)
        assert not report.failed, report.summary()
        G = store.to_networkx()
    return path, G


@pytest.fixture
def seeded(peer, corpus):
    """A backend on the peer holding exactly the corpus graph, for tests that only read it.  The first such test
    pushes it, and the next ones reuse it while nothing else ran between: every `bolt` test resets the server,
    a restart (the FalkorDB date test) counts as a change, and the counts are checked.  A push per test would
    cost ~2 s each on ArcadeDB, for 17 tests."""
    G = corpus[1]
    backend = connect(peer, max_retry_time=1.0)
    held = [backend.run("MATCH (n) RETURN count(n)").rows, backend.run("MATCH ()-[r]->() RETURN count(r)").rows]
    if getattr(peer, "holds", None) != ("corpus", peer.starts) or held != [[[G.number_of_nodes()]], [[G.number_of_edges()]]]:
        peer.holds = None
        peer.reset()
        push_graph(backend, G)
        peer.holds = ("corpus", peer.starts)
    yield backend
    backend.close()


def server_view(backend):
    """Everything on the server: {(label, id): properties} and a Counter of (type, start, end, properties)."""
    nodes = {}
    for label, props in backend.run("MATCH (n) RETURN labels(n)[0], properties(n)").rows:
        nodes[(label, props["id"])] = _freeze(props)
    edges = Counter()
    for t, la, ia, lb, ib, props in backend.run(
            "MATCH (a)-[r]->(b) RETURN type(r), labels(a)[0], a.id, labels(b)[0], b.id, properties(r)").rows:
        edges[(t, (la, ia), (lb, ib), _freeze(props))] += 1
    return nodes, edges


def graph_view(G):
    """``server_view`` of a networkx graph: what the server must hold after a push of ``G``."""
    # An absent or None property is no property on the server.
    nodes = {(d["label"], d["id"]): _freeze({p: d[p] for p in NODE_PROPERTIES[d["label"]] if d.get(p) is not None})
             for _, d in G.nodes(data=True)}
    edges = Counter()
    for u, v, d in G.edges(data=True):
        a, b = G.nodes[u], G.nodes[v]
        props = _freeze({p: d.get(p, EDGE_DEFAULTS.get(p)) for p in EDGE_ATTRS})
        edges[(d["type"], (a["label"], a["id"]), (b["label"], b["id"]), props)] += 1
    return nodes, edges


def _freeze(props):
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in props.items()))


def edges_of(view, source_file):
    return Counter({e: n for e, n in view[1].items() if dict(e[3])["source_file"] == source_file})


# ------------------------------------------------------------------------------------------ the namespace guard

def test_guard_refuses_a_namespace_with_a_reachable_interface():
    with pytest.raises(NotIsolatedError, match=r"namespace has eth0, lo;.*bash \.ci/run.*unshare --net"):
        check_loopback_only(["lo", "eth0"], lo_up=True)


def test_guard_refuses_a_namespace_whose_loopback_is_down():
    with pytest.raises(NotIsolatedError, match=r"ip link set lo up"):
        check_loopback_only(["lo"], lo_up=False)


def test_this_session_is_isolated(bolt_server):
    check_loopback_only()  # the fixture started the server only because this holds
    assert "bash .ci/run" in RUN_HINT and bolt_server.alive()


# ------------------------------------------------------------------------------------------ the backend

def test_falkordb_is_recognised_although_it_announces_neo4j(bolt_server):
    bolt_server.ensure_running()
    with Neo4jBackend(bolt_server.uri, max_retry_time=1.0) as backend:
        assert backend.agent.startswith("Neo4j/")
        assert backend.dialect == "falkordb"


def test_the_dialect_is_what_the_server_answers(bolt, peer):
    assert bolt.dialect == peer.dialect   # ArcadeDB speaks Neo4j's Cypher: "neo4j", found by the same probe


def test_a_database_name_is_refused_on_falkordb(bolt_server):
    with pytest.raises(BackendError, match=r"ignores the database name \('other'\).*omit --database"):
        Neo4jBackend(bolt_server.uri, database="other")


@pytest.mark.xfail(strict=True, reason="ArcadeDB defect (26.10): its Bolt layer runs every session on one database "
                                       "whatever name the session gives, once the server has two")
def test_a_database_name_selects_that_database_on_arcadedb(arcadedb_server):
    arcadedb_server.reset()
    arcadedb_server.server_command("create database other")
    try:
        with connect(arcadedb_server, database="other") as other:
            other.run("CREATE (:Document {id: 'in-other'})", write=True)
            assert other.run("MATCH (d:Document) RETURN d.id").rows == [["in-other"]]
        with connect(arcadedb_server, database="neo4j") as default:
            assert default.run("MATCH (d:Document) RETURN d.id").rows == []
    finally:
        arcadedb_server.server_command("drop database other")


def test_arcadedb_takes_a_routing_uri(arcadedb_server):
    """Unlike FalkorDB, ArcadeDB answers the routing table a neo4j:// URI asks for."""
    with Neo4jBackend(arcadedb_server.uri.replace("bolt://", "neo4j://"), **arcadedb_server.credentials,
                      max_retry_time=1.0) as backend:
        assert backend.run("RETURN 1 AS one").rows == [[1]]


def test_a_wrong_password_is_refused(arcadedb_server, capfd):
    """ArcadeDB checks a password with a slow hash (~0.5-1 s here, more than the first handshake deadline): the
    answer is waited for with the next, longer deadline, not reported as an unreachable server, and the
    driver's log of the abandoned attempt stays off stderr."""
    with pytest.raises(BackendError, match=r"authentication failed for user 'root'; pass --password"):
        Neo4jBackend(arcadedb_server.uri, user="root", password="not-the-password", max_retry_time=1.0)
    assert "defunct connection" not in capfd.readouterr().err


def test_no_password_on_a_server_that_wants_one_says_so(arcadedb_server):
    with pytest.raises(BackendError, match=r"authentication failed for user 'neo4j'; pass --password"):
        Neo4jBackend(arcadedb_server.uri, max_retry_time=1.0)


def test_routing_uri_failure_suggests_bolt(bolt_server):
    uri = bolt_server.uri.replace("bolt://", "neo4j://")
    with pytest.raises(BackendError, match=re.escape(bolt_server.uri)):
        Neo4jBackend(uri, max_retry_time=1.0)


def test_no_server_is_a_clear_error():
    with pytest.raises(BackendError, match=r"cannot connect to bolt://127\.0\.0\.1:9.*running"):
        Neo4jBackend("bolt://127.0.0.1:9", connection_timeout=2.0)


@pytest.mark.parametrize("uri", ["localhost", "http://localhost:7474"])
def test_not_a_bolt_uri_is_a_clear_error(uri):
    with pytest.raises(BackendError, match=rf"'{uri}' is not a Bolt URI; write it like bolt://localhost:7687"):
        Neo4jBackend(uri)


@pytest.mark.parametrize("cypher, clause", [
    ("MATCH (d:Document) RETURN d.id", None),
    ("MATCH (d:Document) WHERE d.title CONTAINS 'SET lại' RETURN d", None),       # inside a string
    ("MATCH (d) RETURN d.`set`, d.merge_count // CREATE later", None),            # property, comment
    ("MATCH (d:Document {id: $id}) SET d.loaded = true", "SET"),
    ("match (d) detach delete d", "DETACH"),
    ("UNWIND $rows AS r MERGE (:Document {id: r})", "MERGE"),
    ("CREATE INDEX FOR (n:Document) ON (n.id)", "CREATE"),
    ("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD CSV"),
    ("CALL db.idx.fulltext.createNodeIndex('Document', 'title')", "CALL db.idx.fulltext.createNodeIndex"),
    ("CALL db.labels()", None),
])
def test_write_clauses_are_recognised(cypher, clause):
    assert write_clause(cypher) == clause


def test_reads_refuse_writes_and_write_mode_writes(bolt):
    with pytest.raises(QueryError, match=r"writes \(CREATE\).*--write"):
        bolt.run("CREATE (:Document {id: 'x'})")
    assert bolt.run("MATCH (n) RETURN count(n) AS n").rows == [[0]]
    bolt.run("CREATE (:Document {id: $id})", {"id": "x"}, write=True)
    assert bolt.run("MATCH (n:Document) RETURN n.id AS id").rows == [["x"]]


def test_a_query_the_server_rejects_is_a_backend_error_naming_it(bolt):
    with pytest.raises((BackendError, QueryError), match=r"MATCH \(n\) RETURN n\.id ORDER BY"):
        bolt.run("MATCH (n) RETURN n.id ORDER BY")


TRICKY = ["it's the 'quoted' text", "back\\slash \\n not a newline", "line one\nline two\ttab",
          'say "hi"', "Kết luận số 21-KL/TW “tự diễn biến”, “tự chuyển hóa”", "\\'", "ends with \\"]


@pytest.mark.parametrize("text", TRICKY)
def test_strings_arrive_exactly_as_given(bolt, text):
    """FalkorDB pastes parameters into the query text: the backend escapes them so they still round-trip."""
    G = nx.MultiDiGraph()
    G.add_node(node_key("Document", text), label="Document", id=text, title=text, aliases=[text, "x"])
    push_graph(bolt, G)
    rows = bolt.run("MATCH (d:Document {id: $id}) RETURN d.id, d.title, d.aliases", {"id": text}).rows
    assert rows == [[text, text, [text, "x"]]]


def test_nodes_relationships_and_paths_come_back_like_the_embedded_store(seeded, corpus):
    cypher = ("MATCH p = (d:Document {id: '188-BC/BTCTW'})-[r:ISSUED_BY]->(b:Body) "
              "RETURN d, r, b, p, d.aliases AS aliases")
    over_bolt = seeded.run(cypher)
    with Store(corpus[0], read_only=True) as store:
        embedded = store.run(cypher)
    assert over_bolt.columns == embedded.columns == ["d", "r", "b", "p", "aliases"]
    d, r, b, p, _aliases = over_bolt.rows[0]
    assert d["label"] == "Document" and d["id"] == "188-BC/BTCTW" and d["year"] == 2022
    assert r["type"] == "ISSUED_BY" and r["source_file"] == str(SEED)
    assert b == {"label": "Body", "id": "Ban Tổ chức Trung ương", "name": "Ban Tổ chức Trung ương", "code": "BTCTW"}
    assert p == {"nodes": [d, b], "relationships": [r]}
    def rows(result):   # no ORDER BY: the two backends may return the header's and the number's ISSUED_BY in either order
        return sorted((row[:3] + row[4:] for row in result.rows), key=lambda row: json.dumps(row, sort_keys=True))
    assert rows(over_bolt) == rows(embedded)


def test_values_neo4j_returns_become_plain_json():
    """Checked on the driver's own types, since FalkorDB cannot return them (dates crash it)."""
    import datetime

    from neo4j.spatial import CartesianPoint
    from neo4j.time import Date, DateTime, Duration, Time

    assert plain(Date(2022, 12, 30)) == "2022-12-30"
    assert plain([DateTime(2023, 1, 16, 8, 30, 0)]) == ["2023-01-16T08:30:00.000000000"]
    assert plain({"t": Time(9, 5, 0)}) == {"t": "09:05:00.000000000"}
    assert plain(Duration(days=3)) == "P3D"
    assert plain(datetime.date(2025, 7, 1)) == "2025-07-01"
    assert plain(CartesianPoint((1.5, 2.0))) == {"srid": 7203, "x": 1.5, "y": 2.0}
    assert plain(b"\x01\xff") == "01ff"
    json.dumps(plain([Date(2022, 12, 30), CartesianPoint((1.5, 2.0)), b"x"]))


def test_module_examples_hold():
    import doctest

    import vanban.graph.neo4j

    assert doctest.testmod(vanban.graph.neo4j).failed == 0


@falkordb_defect("returning a date over Bolt kills the server "
                 "(assertion 'Unhandled value type' in resultset_replybolt.c)")
def test_a_date_returned_over_bolt(peer):
    backend = connect(peer, max_retry_time=0.5)
    try:
        assert backend.run("RETURN date('2022-12-30') AS d").rows == [["2022-12-30"]]
    finally:
        backend.close()
        peer.ensure_running()


@falkordb_defect("float parameters are pasted into the query text with 6 decimals")
def test_float_parameters_keep_their_digits(bolt):
    assert bolt.run("RETURN $f AS f", {"f": 1.23456789}).rows == [[1.23456789]]


@falkordb_defect("parameters pasted into the query text end at a NUL")
def test_nul_in_a_string_parameter(bolt):
    assert bolt.run("RETURN $s AS s", {"s": "a\x00b"}).rows == [["a\x00b"]]


# ------------------------------------------------------------------------------------------ stored queries

# One (params, (column, value) that must be in the answer) per stored query.  The expected values come
# from the documents: 07-KH/TW implements 21-NQ/TW (seed line 37), 01-HD/BTCTW implements 58-QĐ/TW, the
# seed names Quảng Ninh and cites 21-KL/TW, which it does not contain; 52-KH/BTCTW implements 21-KL/TW
# (line 49); 98-QĐ/TW is two documents (2004 and 2017); "tham mưu sửa đổi, bổ sung Quy định số
# 132-QĐ/TW" is a plan; ND 247/2025 amends ND 171/2016; QĐ 12/2024/QĐ-TTg replaces QĐ 63/2015/QĐ-TTg.
QUERY_CASES = {
    "amends": ({"id": "12/2024/QĐ-TTg"}, ("target", "63/2015/QĐ-TTg")),
    "amended-by": ({"id": "171/2016/NĐ-CP"}, ("source", "247/2025/NĐ-CP")),
    "implemented-by": ({"id": "21-NQ/TW"}, ("id", "07-KH/TW")),
    "implements": ({"id": "01-HD/BTCTW"}, ("implements", "58-QĐ/TW")),
    "cites": ({"id": "188-BC/BTCTW"}, ("target", "21-KL/TW")),
    "cited-by": ({"id": "21-KL/TW"}, ("source", "52-KH/BTCTW")),
    "issued-by": ({"body": "BTCTW"}, ("id", "188-BC/BTCTW")),
    "localities": ({"id": "188-BC/BTCTW"}, ("locality", "Quảng Ninh")),
    "mentioning": ({"locality": "Quảng Ninh"}, ("id", "188-BC/BTCTW")),
    "planned": ({}, ("target", "132-QĐ/TW")),
    "unresolved": ({}, ("id", "21-KL/TW")),
    "ambiguous": ({}, ("number", "98-QĐ/TW")),
    "status": ({"id": "63/2015/QĐ-TTg"}, ("status", "replaced")),
    "most-cited": ({"limit": 5}, None),
    "reversed": ({}, None),          # the seed and the two decisions state no act against time: no rows
}


def test_every_stored_query_has_a_case():
    from vanban.queries.registry import all_queries

    assert sorted(q.name for q in all_queries()) == sorted(QUERY_CASES)


@pytest.mark.parametrize("name", sorted(QUERY_CASES))
def test_stored_query_answers_the_same_over_bolt(seeded, corpus, name):
    from vanban.queries.registry import run_query

    params, must = QUERY_CASES[name]
    with Store(corpus[0], read_only=True) as store:
        embedded = run_query(store, name, params)
    over_bolt = run_query(seeded, name, params)
    assert over_bolt.columns == embedded.columns
    assert sorted(map(_key, over_bolt.rows)) == sorted(map(_key, embedded.rows))   # the same rows ...
    keys = _order_columns(name, over_bolt.columns)                                # ... in the same order,
    assert [[row[i] for i in keys] for row in over_bolt.rows] == [[row[i] for i in keys] for row in embedded.rows]
    if must is None:
        assert len(over_bolt.rows) == params.get("limit", 0)
    else:
        column, value = must
        assert value in [row[over_bolt.columns.index(column)] for row in over_bolt.rows]


def _key(row):
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


def _order_columns(name, columns):
    """Indexes of the result columns the query's ORDER BY names: rows equal on them (ties) may come in
    any order on either backend, since Cypher leaves ties unordered."""
    from vanban.queries.registry import get

    text = get(name).text("falkordb")
    order_by = re.search(r"ORDER BY\s+(.*?)\s*(?:LIMIT\b.*)?$", text, re.S).group(1)
    items = [item.split()[0] for item in order_by.split(",")]
    assert any(item in columns for item in items), f"{name}: ORDER BY names no column"
    return [columns.index(item) for item in items if item in columns]


def test_a_page_over_bolt_is_the_slice_of_the_whole_answer(seeded):
    """SKIP/LIMIT after the final ORDER BY, and the count query, on both peers (tests/test_paging.py: embedded)."""
    from vanban.queries.registry import run_query

    for name, (params, _) in sorted(QUERY_CASES.items()):
        whole = run_query(seeded, name, params).rows
        n = len(whole)
        for page in (slice(0, 1), slice(1, 3), slice(n, n + 2), slice(n + 3, n + 5)):
            got = run_query(seeded, name, params, page=page)
            assert (got.rows, got.total) == (whole[page], n), (name, page)


# ------------------------------------------------------------------------------------------ push

def test_push_writes_exactly_the_graph(bolt, corpus):
    G = corpus[1]
    report = push_graph(bolt, G)
    assert (report.nodes, report.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert report.documents == 3 and report.added == G.number_of_edges()
    assert report.deleted == 0 and report.pruned == 0
    assert server_view(bolt) == graph_view(G)


def test_push_twice_gives_the_same_counts_and_content(bolt, corpus):
    G = corpus[1]
    push_graph(bolt, G)
    counts = bolt.run("MATCH (n) RETURN count(n)").rows, bolt.run("MATCH ()-[r]->() RETURN count(r)").rows
    again = push_graph(bolt, G)
    assert (bolt.run("MATCH (n) RETURN count(n)").rows, bolt.run("MATCH ()-[r]->() RETURN count(r)").rows) == counts
    assert counts == ([[G.number_of_nodes()]], [[G.number_of_edges()]])
    assert (again.added, again.deleted, again.pruned) == (0, 0, 0)      # nothing to change: nothing written
    assert server_view(bolt) == graph_view(G)


def test_reloading_a_changed_file_and_pushing_changes_only_its_facts(bolt, tmp_path):
    nd247 = tmp_path / ND247.name
    shutil.copy(ND247, nd247)
    with Store(tmp_path / "store") as store:
        store.load([str(SEED), str(nd247)], extract=extract)
        before = store.to_networkx()
        push_graph(bolt, before)
        on_server_before = server_view(bolt)
        # The decree now rests on the law on legal documents instead of the maritime code.
        text = nd247.read_text(encoding="utf-8")
        nd247.write_text(text.replace("Căn cứ Bộ luật Hàng hải Việt Nam số 95/2015/QH13;",
                                      "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;"),
                         encoding="utf-8")
        statuses = {f.path: f.status for f in store.load([str(SEED), str(nd247)], extract=extract).files}
        assert statuses == {str(SEED): "skipped", str(nd247): "replaced"}
        after = store.to_networkx()
    report = push_graph(bolt, after)
    on_server = server_view(bolt)
    assert on_server == graph_view(after)
    assert edges_of(on_server, str(SEED)) == edges_of(on_server_before, str(SEED))   # the seed: untouched
    based_on = {e[2][1] for e in edges_of(on_server, str(nd247)) if e[0] == "BASED_ON"}
    assert "80/2015/QH13" in based_on and "95/2015/QH13" not in based_on
    was = {e[2][1] for e in edges_of(on_server_before, str(nd247)) if e[0] == "BASED_ON"}
    assert "95/2015/QH13" in was
    # The maritime code was cited by that file only: it goes from the server as it went from the store.
    assert ("Document", "95/2015/QH13") in on_server_before[0]
    assert ("Document", "95/2015/QH13") not in on_server[0] and report.pruned >= 1
    # Only the changed document's facts were written.
    assert report.added == sum((edges_of(on_server, str(nd247)) - edges_of(on_server_before, str(nd247))).values())
    assert report.deleted == sum((edges_of(on_server_before, str(nd247)) - edges_of(on_server, str(nd247))).values())


def test_properties_users_add_on_the_server_survive_a_push(bolt, corpus):
    seeded = bolt
    push_graph(seeded, corpus[1])
    seeded.run("MATCH (d:Document {id: '188-BC/BTCTW'})-[r:ISSUED_BY]->() SET r.checked_by = 'an', d.note = 'x'",
               write=True)
    report = push_graph(seeded, corpus[1])
    assert (report.added, report.deleted) == (0, 0)
    rows = seeded.run("MATCH (d:Document {id: '188-BC/BTCTW'})-[r:ISSUED_BY]->() RETURN r.checked_by, d.note").rows
    assert rows and all(row == ["an", "x"] for row in rows)


def test_bad_arguments_are_refused(bolt):
    with pytest.raises(ValueError, match="batch_size must be at least 1"):
        push_graph(bolt, synthetic_graph(3), batch_size=0)
    with pytest.raises(ValueError, match="choose one of neo4j, falkordb"):
        schema_statements("ladybug")


def test_progress_counts_every_row_once(bolt, corpus):
    G, calls = corpus[1], []
    push_graph(bolt, G, progress=lambda advance, total: calls.append((advance, total)))
    assert sum(a for a, _ in calls) == G.number_of_nodes() + G.number_of_edges()
    assert {t for _, t in calls} == {G.number_of_nodes() + G.number_of_edges()}


def test_small_batches_write_the_same_graph(bolt):
    G = synthetic_graph(200)
    report = push_graph(bolt, G, batch_size=7)
    assert report.batch_size == 7 and report.batches >= (G.number_of_nodes() + G.number_of_edges()) / 7
    assert server_view(bolt) == graph_view(G)


def _indexes(backend):
    """[(label or type, (properties...))] of every index on the server, one entry per index."""
    if backend.dialect == "falkordb":   # one row per label, listing every indexed property of it
        return [(label, (prop,)) for label, props in backend.run(
            "CALL db.indexes() YIELD label, properties RETURN label, properties").rows for prop in props]
    return [(names[0], tuple(props)) for names, props in backend.run(
        "SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes, properties").rows]


def test_indexes_are_created_once(bolt, peer):
    peer.reset(schema=True)
    first = push_graph(bolt, synthetic_graph(5))
    assert first.indexes == len(schema_statements(bolt.dialect)) == len(NODE_PROPERTIES) + len(EdgeType)
    wanted = ({(label, ("id",)) for label in NODE_PROPERTIES} | {(t.value, ("source_file",)) for t in EdgeType})
    assert wanted <= set(_indexes(bolt))
    again = push_graph(bolt, synthetic_graph(5))
    # FalkorDB: existing indexes are read and skipped; Neo4j's statements say IF NOT EXISTS and run every time.
    assert again.indexes == (0 if bolt.dialect == "falkordb" else len(schema_statements("neo4j")))
    assert sorted(i for i in _indexes(bolt) if i in wanted) == sorted(wanted)


def test_what_a_server_lacks_is_detected_and_skipped(bolt, peer):
    """db.awaitIndexes: FalkorDB lists its procedures (dbms.procedures()) and it is not among them; ArcadeDB lists
    none (SHOW PROCEDURES answers no rows), so a push calls it, and remembers the "unknown procedure" answer."""
    if peer.name == "falkordb":
        assert {"db.indexes", "db.labels"} <= bolt.procedures() and bolt.has_procedure("db.awaitIndexes") is False
    else:
        assert bolt.procedures() is None and bolt.has_procedure("db.awaitIndexes") is None
        report = push_graph(bolt, synthetic_graph(5))
        assert report.index_wait == "SHOW INDEXES"      # waited on the indexes' state instead
        assert bolt.has_procedure("db.awaitIndexes") is False                   # learned, for this driver
        with connect(peer) as fresh:
            assert fresh.has_procedure("db.awaitIndexes") is None                # not assumed for another one
        assert server_view(bolt) == graph_view(synthetic_graph(5))


def test_call_if_present_runs_what_the_server_has_and_raises_other_errors(bolt):
    from neo4j.exceptions import Neo4jError

    with bolt._session() as session:
        assert bolt.call_if_present(session, "db.labels", "CALL db.labels()") is True     # listed, or found by calling
        assert bolt.call_if_present(session, "db.noSuchProcedure", "CALL db.noSuchProcedure()") is False
        assert bolt.has_procedure("db.noSuchProcedure") is False
        with pytest.raises(Neo4jError):    # a broken statement is not taken for a missing procedure
            bolt.call_if_present(session, "db.labels", "CALL db.labels(")
    assert bolt.has_procedure("db.labels") is not False


def test_index_wait_without_await_or_show_indexes_is_skipped(bolt_server):
    """The last fallback: FalkorDB has neither db.awaitIndexes nor SHOW INDEXES, so there is nothing to wait on."""
    from vanban.graph.neo4j import _await_indexes

    bolt_server.ensure_running()
    with Neo4jBackend(bolt_server.uri, max_retry_time=1.0) as bolt, bolt._session() as session:
        assert _await_indexes(bolt, session) == "none"
    assert bolt_server.alive()


@falkordb_defect("it rejects Neo4j's CREATE CONSTRAINT ... REQUIRE and CREATE INDEX IF NOT EXISTS")
def test_neo4j_schema_statements_run(bolt, peer):
    peer.reset(schema=True)
    for statement in schema_statements("neo4j"):
        bolt.run(statement, write=True)
    for statement in schema_statements("neo4j"):   # and again: IF NOT EXISTS
        bolt.run(statement, write=True)
    bolt.run("CREATE (:Document {id: 'x'})", write=True)
    with pytest.raises((BackendError, QueryError)):   # the uniqueness constraint holds
        bolt.run("CREATE (:Document {id: 'x'})", write=True)
    assert bolt.run("MATCH (d:Document) RETURN count(d)").rows == [[1]]


def _long_graph():
    long_title = "Về việc " + "tổ chức bộ máy 'tinh gọn', hoạt động hiệu lực \\ hiệu quả; " * 200   # ~12 KB
    evidence = "Căn cứ " + "Kết luận số 21-KL/TW “tự diễn biến”, it's; " * 150                          # ~7 KB
    aliases = [f"Nghị quyết Hội nghị Trung ương {i} khóa XIII" for i in range(300)]
    G = nx.MultiDiGraph()
    a, b = node_key("Document", "188-BC/BTCTW"), node_key("Document", "21-KL/TW")
    G.add_node(a, label="Document", id="188-BC/BTCTW", title=long_title, aliases=aliases, year=2022, loaded=True)
    G.add_node(b, label="Document", id="21-KL/TW", title="ngắn")
    G.add_edge(a, b, key="k", type="CITES", source_file="seed.txt", source_doc="188-BC/BTCTW", evidence=evidence,
               line=3, start=0, end=10, rule="test", planned=False, sources=["seed.txt"], count=1, page=0)
    G.add_edge(a, b, key="k2", type="CITES", source_file="seed.txt", source_doc="188-BC/BTCTW", evidence="ngắn",
               line=4, start=0, end=10, rule="test", planned=False, sources=["seed.txt"], count=1, page=0)
    return G


def test_values_larger_than_one_request_are_sent_in_parts(bolt, peer):
    G = _long_graph()
    push_graph(bolt, G)
    assert peer.alive()
    assert server_view(bolt) == graph_view(G)
    push_graph(bolt, G)   # and again: replaced, not duplicated
    assert server_view(bolt) == graph_view(G)


def test_a_rerun_group_transaction_leaves_one_copy_of_an_oversized_relationship(bolt):
    """What the driver does after a transient error: run the group's transaction function again."""
    from vanban.graph.neo4j import _Plan, _replace_group

    G = _long_graph()
    push_graph(bolt, G)
    plan = _Plan(G, 100, FALKORDB_MAX_REQUEST_BYTES, bolt._params)
    group = next(plan.edge_groups(100))
    bolt.run("MATCH ()-[r:CITES]->() DELETE r", write=True)   # as if the first attempt stopped after its deletions
    with bolt._session() as session:
        for _attempt in range(2):
            session.execute_write(_replace_group, bolt, plan, group, {}, ["test"])
    assert server_view(bolt) == graph_view(G)


def _long_id_graph(size):
    G = synthetic_graph(3)
    long_id = "Số " + "1" * size
    G.add_node(node_key("Body", long_id), label="Body", id=long_id, name="x", code="")
    return G, long_id


def test_an_unsendable_row_fails_before_anything_is_written(bolt_server):
    bolt_server.reset()
    G, _ = _long_id_graph(FALKORDB_MAX_REQUEST_BYTES + 10)
    with Neo4jBackend(bolt_server.uri, max_retry_time=1.0) as bolt:
        with pytest.raises(BackendError, match=r"node Body:Số 111.*id is too long; push to Neo4j"):
            push_graph(bolt, G)
        assert bolt_server.alive() and bolt.run("MATCH (n) RETURN count(n)").rows == [[0]]


def test_a_200_kb_row_is_sent_whole_to_arcadedb(arcadedb_server):
    """Where requests are not capped, a value larger than FalkorDB's limit goes in one request, unsplit."""
    arcadedb_server.reset()
    G, long_id = _long_id_graph(200_000)
    with connect(arcadedb_server, max_retry_time=1.0) as bolt:
        report = push_graph(bolt, G)
        assert server_view(bolt) == graph_view(G)
        assert bolt.run("MATCH (b:Body) WHERE size(b.id) > 1000 RETURN b.id").rows == [[long_id]]
    nodes_requests = sum(1 for label in NODE_PROPERTIES if any(d["label"] == label for _, d in G.nodes(data=True)))
    assert report.batches < nodes_requests + 50   # no parts: one node request per label, a few for the edges


@pytest.mark.parametrize("spoil, message", [
    (lambda G: G.add_node("Act:1", label="Act", id="1"), r"node 'Act:1' has label 'Act'"),
    (lambda G: nx.set_edge_attributes(G, {e: "" for e in list(G.edges(keys=True))[:1]}, "source_file"),
     r"has no source_file"),
    (lambda G: nx.set_node_attributes(G, {next(iter(G)): "2022"}, "year"), r"property year = '2022' is not INT64"),
])
def test_a_graph_outside_the_model_is_refused(bolt, spoil, message):
    G = synthetic_graph(5)
    spoil(G)
    with pytest.raises(BackendError, match=message):
        push_graph(bolt, G)
    assert bolt.run("MATCH (n) RETURN count(n)").rows == [[0]]


def _suspends_split(n=40):
    """(old, new, changed files): a synthetic graph whose later version adds SUSPENDS relationships to some
    documents and rewords those documents' other evidence (so half of a replacement is neither version)."""
    new = synthetic_graph(n)
    changed = sorted({d["source_file"] for *_, d in new.edges(data=True) if d["type"] == "SUSPENDS"})
    assert len(changed) >= 2
    old = new.copy()
    old.remove_edges_from([(u, v, k) for u, v, k, t in new.edges(keys=True, data="type") if t == "SUSPENDS"])
    for *_, d in old.edges(data=True):
        if d["source_file"] in changed:
            d["evidence"] = "(bản trước) " + d["evidence"]
    return old, new, changed


def _documents_state(view, old, new):
    """Per source file: 'old', 'new' or 'mixed' (what the server holds of it)."""
    out = {}
    old_view, new_view = graph_view(old), graph_view(new)
    for f in sorted({d["source_file"] for *_, d in new.edges(data=True)}):
        on_server = edges_of(view, f)
        out[f] = ("new" if on_server == edges_of(new_view, f) else
                  "old" if on_server == edges_of(old_view, f) else "mixed")
    return out


def test_a_failed_batch_is_named_and_pushing_again_repairs(bolt, peer):
    """The server rejects every SUSPENDS relationship (a schema rule made on it: a real write failure)."""
    old, new, changed = _suspends_split()
    push_graph(bolt, old, batch_size=4, group_rows=4)
    with peer.refusing("SUSPENDS"):
        with pytest.raises(BackendError, match=r"failed at relationships SUSPENDS \(Document->Document\) rows 0-\d+ "
                                               r"of documents synthetic/.*push again") as failure:
            push_graph(bolt, new, batch_size=4, group_rows=4)
    first, last = re.search(r"of documents (\S+) \.\.\. (\S+):", str(failure.value)).groups()
    state = _documents_state(server_view(bolt), old, new)
    assert state[changed[-1]] == "old"                                 # the push stopped: later documents untouched
    assert all(first <= f <= last for f, s in state.items() if s == "mixed")   # any damage is in the named batch
    push_graph(bolt, new, batch_size=4, group_rows=4)
    assert server_view(bolt) == graph_view(new)


@falkordb_defect("BEGIN/COMMIT/ROLLBACK do nothing, so a failed batch is not rolled back "
                 "(on Neo4j every document stays wholly old or new)")
def test_a_failed_batch_leaves_no_document_half_replaced(bolt, peer):
    old, new, _changed = _suspends_split()
    push_graph(bolt, old, batch_size=4, group_rows=4)
    with peer.refusing("SUSPENDS"), pytest.raises(BackendError):
        push_graph(bolt, new, batch_size=4, group_rows=4)
    assert "mixed" not in _documents_state(server_view(bolt), old, new).values()


def test_push_opens_and_closes_its_own_connection(bolt, peer):
    G = synthetic_graph(10)
    report = push(G, peer.uri, batch_size=50, **peer.credentials)
    assert report.uri == peer.uri and report.dialect == peer.dialect and report.batch_size == 50
    assert server_view(bolt) == graph_view(G)


# ------------------------------------------------------------------------------------------ command line

def test_cli_push_writes_the_store(bolt, peer, corpus):
    from vanban.cli import main

    result = CliRunner(env=peer.env).invoke(main, ["push", "--store", str(corpus[0]), "--neo4j-uri", peer.uri,
                                                   "--batch-size", "50"])
    assert result.exit_code == 0, result.output
    G = corpus[1]
    assert re.fullmatch(
        rf"pushed {G.number_of_nodes()} nodes and {G.number_of_edges()} relationships of 3 documents to "
        rf"{re.escape(peer.uri)} \({peer.dialect}\): {G.number_of_edges()} relationships added, 0 removed, "
        rf"0 orphaned nodes removed; \d+ requests of <= 50 rows in [\d.]+s", result.output.splitlines()[-1])
    assert server_view(bolt) == graph_view(G)


def test_cli_push_needs_a_server(corpus):
    from vanban.cli import main

    result = CliRunner().invoke(main, ["push", "--store", str(corpus[0])], env={"NEO4J_URI": ""})
    assert result.exit_code == 2 and "give the server with --neo4j-uri (or env NEO4J_URI)" in result.output


def test_cli_push_error_is_one_line(corpus):
    from vanban.cli import main

    result = CliRunner().invoke(main, ["push", "--store", str(corpus[0]), "--neo4j-uri", "bolt://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot connect to bolt://127.0.0.1:9") and result.output.count("\n") == 1


def test_cli_query_over_bolt_prints_what_the_store_prints(seeded, peer, corpus):
    from vanban.cli import main

    args = ["query", "implemented-by", "-p", "id=21-NQ/TW", "--format", "json", "--store", str(corpus[0])]
    embedded = CliRunner().invoke(main, args)
    over_bolt = CliRunner(env=peer.env).invoke(main, args + ["--neo4j-uri", peer.uri])
    assert over_bolt.exit_code == embedded.exit_code == 0, over_bolt.output
    assert over_bolt.output == embedded.output
    assert "07-KH/TW" in [row["id"] for row in json.loads(over_bolt.output)]


def test_cli_cypher_over_bolt_is_read_only_unless_write(bolt, peer):
    from vanban.cli import main

    refused = CliRunner(env=peer.env).invoke(main, ["cypher", "CREATE (:Document {id: $id})", "-p", "id=x",
                                                    "--neo4j-uri", peer.uri])
    assert refused.exit_code == 1 and "--write" in refused.output
    assert bolt.run("MATCH (n) RETURN count(n)").rows == [[0]]
    written = CliRunner(env=peer.env).invoke(main, ["cypher", "CREATE (d:Document {id: $id}) RETURN d.id AS id",
                                                    "-p", "id=x", "--write", "--format", "csv", "--neo4j-uri", peer.uri])
    assert written.exit_code == 0 and written.output == "id\nx\n"


def _unmeasured(text):
    """Output without what varies run to run: seconds, and requests (their size depends on file paths)."""
    return re.sub(r"; \d+ requests of <= (\d+) rows in [\d.]+s$", r"; N requests of <= \1 rows in Xs", text, flags=re.M)


def test_docs_show_real_output(bolt_server, tmp_path, monkeypatch):
    """docs/neo4j.md's console examples, run against FalkorDB (its URI shown as localhost:7687): the output
    they show names its dialect."""
    import shlex

    from vanban.cli import main

    bolt_server.ensure_running()
    bolt_server.reset()

    docs = (ROOT / "docs" / "neo4j.md").read_text(encoding="utf-8")
    examples = re.findall(r"^\$ (vanban [^\n]*)\n(.*?)(?=^\$ |^```)", docs, re.S | re.M)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VANBAN_STORE", "vanban-store")
    shown_uri = "bolt://localhost:7687"
    ran = []
    for command, shown in examples:
        args = [a.replace(shown_uri, bolt_server.uri) for a in shlex.split(command)[1:]]
        result = CliRunner().invoke(main, args)
        out = result.output.replace(bolt_server.uri, shown_uri)
        assert _unmeasured(out) == _unmeasured(shown), command
        ran.append(args[0])
    assert ran.count("push") == 2 and {"load", "query", "cypher", "export"} <= set(ran)


# ------------------------------------------------------------------------------------------ neo4j-admin CSV

def _read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_neo4j_csv_round_trips(corpus, tmp_path):
    path, G = corpus
    export_neo4j_csv(G, str(tmp_path))
    script = (tmp_path / "import.sh").read_text(encoding="utf-8")
    delimiter = chr(int(re.search(r"--array-delimiter=U\+([0-9A-F]{4})", script).group(1), 16))
    ids, n_nodes, node_values = {}, Counter(), {}
    for f in sorted(tmp_path.glob("nodes_*.csv")):
        header, rows = _read_csv(f)
        label = re.fullmatch(r"id:ID\((\w+)\)", header[0]).group(1)
        assert header[1] == ":LABEL" and f.name == f"nodes_{label}.csv" and f"--nodes={f.name}" in script
        ids[label] = {row[0] for row in rows}
        assert len(ids[label]) == len(rows)                       # an id once per ID space
        n_nodes[label] = len(rows)
        for row in rows:
            node_values[(label, row[0])] = _typed_values(header[2:], row[2:], delimiter)
    n_edges = Counter()
    for f in sorted(tmp_path.glob("rels_*.csv")):
        header, rows = _read_csv(f)
        start, end = (re.fullmatch(rf":{side}_ID\((\w+)\)", h).group(1) for side, h in zip(("START", "END"), header))
        assert header[2] == ":TYPE" and f"--relationships={f.name}" in script
        for row in rows:
            assert row[0] in ids[start] and row[1] in ids[end]   # every relationship's ends exist
            n_edges[row[2]] += 1
    with Store(path, read_only=True) as store:
        stats = store.stats()
    assert dict(n_nodes) == {k: v for k, v in stats["nodes"].items() if v}
    assert dict(n_edges) == {k: v for k, v in stats["edges"].items() if v}
    assert sum(n_nodes.values()) == G.number_of_nodes() and sum(n_edges.values()) == G.number_of_edges()
    for _, d in G.nodes(data=True):     # the typed values read back as the graph has them
        want = {p: d[p] for p in NODE_PROPERTIES[d["label"]] if p != "id" and d[p] not in ([], None)}
        assert node_values[(d["label"], d["id"])] == want


def _typed_values(header, row, delimiter):
    out = {}
    for h, value in zip(header, row):
        name, _, kind = h.partition(":")
        if value == "" and kind in ("long", "boolean", "string[]"):
            continue
        out[name] = {"long": int, "boolean": lambda v: {"true": True, "false": False}[v],
                     "string[]": lambda v: v.split(delimiter), "": str}[kind](value)
    return out


def test_neo4j_csv_headers_are_what_neo4j_admin_reads(corpus, tmp_path):
    export_neo4j_csv(corpus[1], str(tmp_path))
    doc, _ = _read_csv(tmp_path / "nodes_Document.csv")
    assert doc[:2] == ["id:ID(Document)", ":LABEL"]
    assert {"year:long", "aliases:string[]", "loaded:boolean", "mention_count:long", "title"} <= set(doc)
    issued, _ = _read_csv(tmp_path / "rels_ISSUED_BY_Document_Body.csv")
    assert issued[:3] == [":START_ID(Document)", ":END_ID(Body)", ":TYPE"]
    assert {"line:long", "start:long", "end:long", "planned:boolean", "evidence", "source_file"} <= set(issued)
    raw = (tmp_path / "nodes_Document.csv").read_text(encoding="utf-8").splitlines()[1]
    assert re.match(r'^"[^"]+","Document",', raw)        # strings quoted: "" stays an empty string on import


def test_neo4j_csv_index_script(corpus, tmp_path):
    export_neo4j_csv(corpus[1], str(tmp_path))
    statements = [s.strip() for s in (tmp_path / "indexes.cypher").read_text(encoding="utf-8").split(";")
                  if s.strip() and not s.strip().startswith("//")]
    body = [s.split("\n")[-1] for s in statements]
    for label in NODE_PROPERTIES:
        assert f"CREATE CONSTRAINT vanban_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE" in body
    for t in EdgeType:
        assert (f"CREATE INDEX vanban_{t.value.lower()}_source_file IF NOT EXISTS FOR ()-[r:{t.value}]-() "
                f"ON (r.source_file)") in body


def test_cli_export_neo4j_csv(corpus, tmp_path):
    from vanban.cli import main

    dest = tmp_path / "neo4j"
    result = CliRunner().invoke(main, ["export", "--format", "neo4j-csv", str(dest), "--store", str(corpus[0])])
    assert result.exit_code == 0, result.output
    assert {"nodes_Document.csv", "rels_ISSUED_BY_Document_Body.csv", "indexes.cypher", "import.sh"} <= \
        {p.name for p in dest.iterdir()}
    refused = CliRunner().invoke(main, ["export", "--format", "neo4j-csv", "-", "--store", str(corpus[0])])
    assert refused.exit_code == 1 and "give a directory" in refused.output


def test_neo4j_csv_array_delimiter_avoids_the_data(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("Document:1", label="Document", id="1", aliases=["a; b", "c"])
    export_neo4j_csv(G, str(tmp_path))
    assert "--array-delimiter=U+007C" in (tmp_path / "import.sh").read_text(encoding="utf-8")
    header, rows = _read_csv(tmp_path / "nodes_Document.csv")
    assert rows[0][header.index("aliases:string[]")].split("|") == ["a; b", "c"]

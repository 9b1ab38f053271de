"""Neo4j over Bolt: a query backend, ``push`` of a graph, and a bulk export for ``neo4j-admin``.

- ``Neo4jBackend(uri, user, password, database)`` runs Cypher over Bolt with the official ``neo4j`` driver
  and answers like the embedded store (``vanban.graph.store.Result`` with plain JSON-able values), so
  ``vanban query``/``vanban cypher --neo4j-uri`` and every stored query work against a server.
- ``push(G, uri, ...)`` writes a graph: indexes first, then nodes and relationships with
  ``UNWIND $rows AS row MERGE ...`` in batches; per source document the server's facts are compared with
  the graph's and exactly the differences written, so pushing twice or after a reload is safe.
- ``export_neo4j_csv(G, dest)`` writes node/relationship CSV files for ``neo4j-admin database import
  full`` plus ``indexes.cypher`` for cypher-shell.

Labels, relationship types and property names are exactly those of ``vanban.graph.model``.

Two dialects are recognised, from what the server answers rather than what it announces (FalkorDB's Bolt
layer announces itself as "Neo4j/5.13.0"): ``dialect`` is "neo4j" or "falkordb".  Within a dialect,
procedures a server may lack are detected, not assumed (``Neo4jBackend.has_procedure``: the server's own
listing, else a call whose "unknown procedure" answer is remembered), and what is missing is skipped or
replaced: ArcadeDB, the second peer the tests run, speaks Neo4j's Cypher but has no ``db.awaitIndexes``,
so ``push`` waits on ``SHOW INDEXES`` there.  FalkorDB is supported because it was the first Bolt server
that could run in our tests; its Bolt layer has defects (docs/neo4j.md lists them) that this module
designs around:

- requests over ~4 KB crash it: batches there are bounded in bytes (``FALKORDB_MAX_REQUEST_BYTES``) and
  rows are compact lists;
- it pastes parameters into the query text without escaping: strings are escaped for it (after a probe
  shows the defect is present) so values round-trip exactly;
- it ignores the access mode, ``database`` and BEGIN/COMMIT/ROLLBACK: read-only mode is also enforced
  here by refusing write clauses, a database name is refused, and a failed push is repaired by pushing
  again (every step is idempotent) rather than by a rollback;
- ``CREATE INDEX IF NOT EXISTS`` and ``CREATE CONSTRAINT`` fail: existing indexes are read first.

The ``neo4j`` driver is imported where used (heavy optional part).
"""
from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass
from typing import Callable, Optional
from urllib.parse import urlsplit

from vanban.errors import BackendError, QueryError, VanbanError
from vanban.graph.model import EDGE_DEFAULTS, EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType, NodeLabel

DIALECTS = ("neo4j", "falkordb")
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

# Rows per UNWIND request on Neo4j.  Edge rows carry their evidence sentence (~200-600 bytes), so 1000
# rows is ~0.5 MB per request and per transaction: well inside Neo4j's default transaction memory, and
# large enough that round trips stop dominating (Neo4j's own guidance for UNWIND batches is 1k-10k
# rows).  Benchmark (bench/bench_neo4j.py) if changing.
NEO4J_BATCH_SIZE = 1000
# FalkorDB 4.16's Bolt layer kills the server on any request over 4096 bytes (measured: a 4050-byte
# string parameter passes, 4100 bytes crash it).  Batches there are cut by encoded size first; the row
# cap only keeps a batch of tiny rows from growing into a slow query.
FALKORDB_BATCH_SIZE = 100
FALKORDB_MAX_REQUEST_BYTES = 3584   # 4096 minus headroom for the RUN message's own fields
# Source documents are brought up to date in groups of about this many relationships.  On Neo4j a group
# is one transaction, so it is one batch.  FalkorDB has no transactions; there a group only decides how
# full the per-type write requests get (a small group leaves many half-empty), so it is larger.
FALKORDB_GROUP_ROWS = 1000
_REQUEST_OVERHEAD = 96              # Bolt chunk headers, RUN struct, empty extra map (upper bound)

NODE_LABELS = tuple(label.value for label in NodeLabel)
EDGE_TYPES = tuple(t.value for t in EdgeType)
# Relationship properties as the embedded store has them: the type (also a property there, so one Cypher
# text can read it on every backend) and the provenance of graph/model.py.
EDGE_PROPS = ("type",) + tuple(EDGE_PROPERTIES)
EDGE_KINDS = {"type": "STRING", **EDGE_PROPERTIES}

_NEO4J_CYPHER_TYPES = {"STRING": "string", "INT64": "long", "BOOLEAN": "boolean", "STRING[]": "string[]",
                       "DOUBLE": "double"}


# ------------------------------------------------------------------------------------------ backend

class Neo4jBackend:
    """A Bolt connection answering Cypher like the embedded store (the Backend protocol).

    ``run(cypher, params=None, write=False) -> Result``.  Read-only unless ``write=True``: a read runs
    in a read transaction (Neo4j refuses writes there) and, because FalkorDB ignores the access mode,
    a query containing a write clause (CREATE, MERGE, SET, DELETE, REMOVE, DROP, LOAD CSV, FOREACH, or
    a procedure whose name says it creates/drops/deletes/sets) is refused before it is sent.

    >>> with Neo4jBackend("bolt://localhost:7687", password="secret") as db:   # doctest: +SKIP
    ...     db.run("MATCH (d:Document {id: $id}) RETURN d.title", {"id": "21-KL/TW"}).rows
    """

    def __init__(self, uri: str, user: str = "neo4j", password: Optional[str] = None,
                 database: Optional[str] = None, *, max_retry_time: float = 30.0,
                 connection_timeout: float = 10.0):
        from neo4j.exceptions import AuthError, DriverError, Neo4jError

        try:
            urlsplit(uri or "").port  # noqa: B018  (ValueError for "bolt://[", "bolt://host:abc", a port > 65535
        except ValueError as e:
            raise BackendError(f"{uri!r} is not a valid Bolt URI ({e}); write it like bolt://localhost:7687") from None
        if urlsplit(uri or "").scheme not in BOLT_SCHEMES:
            raise BackendError(f"{uri!r} is not a Bolt URI; write it like bolt://localhost:7687 "
                               f"(schemes: {', '.join(BOLT_SCHEMES)})")
        self.uri, self.user, self.database = uri, user, database
        # No password means no authentication: servers running with auth disabled (and FalkorDB,
        # whose Bolt HELLO fails for any non-empty password) accept only that.
        auth = (user, password) if password is not None else None
        try:
            self._driver, self.agent = _connect(uri, auth, max_retry_time, connection_timeout)
            self.dialect = self._detect_dialect()
        except AuthError as e:
            self._close_quietly()
            raise BackendError(f"{uri}: authentication failed for user {user!r}; pass --password "
                               f"(env NEO4J_PASSWORD) or --user") from e
        except (DriverError, Neo4jError, OSError, ValueError) as e:
            self._close_quietly()
            hint = ("; for a single server (and for FalkorDB, whose routing table is unreliable) use "
                    f"bolt://{urlsplit(uri).netloc}" if uri.startswith("neo4j") else
                    "; is the server running and reachable?")
            raise BackendError(f"cannot connect to {uri}: {_message(e)}{hint}") from e
        if self.dialect == "falkordb" and database:
            self._close_quietly()
            raise BackendError(f"{uri} is FalkorDB, whose Bolt layer ignores the database name "
                               f"({database!r}) and would use its default graph; omit --database")
        # FalkorDB pastes parameters into the query text: strings must be pre-escaped to arrive intact.
        # Probe rather than assume, so a fixed FalkorDB does not get doubled backslashes.
        self._escape = self.dialect == "falkordb" and self._pastes_parameters()
        self._procedures: Optional[frozenset] = None
        self._listed = False                  # procedures() asked the server already
        self._missing: set = set()            # procedures a call showed the server lacks

    # -- what the server has (asked once per backend, i.e. per driver)

    def procedures(self) -> Optional[frozenset]:
        """Names of the procedures the server lists (``SHOW PROCEDURES``, else ``CALL dbms.procedures()``),
        or None when it lists none: ArcadeDB answers SHOW PROCEDURES with no rows and has no
        dbms.procedures(), although it has procedures.  Then only a call tells (``call_if_present``)."""
        from neo4j.exceptions import Neo4jError

        if not self._listed:
            self._listed = True
            for listing in ("SHOW PROCEDURES YIELD name RETURN name", "CALL dbms.procedures() YIELD name RETURN name"):
                try:
                    with self._session() as session:
                        names = frozenset(record[0] for record in session.run(listing))
                except Neo4jError:
                    continue
                if names:
                    self._procedures = names
                    break
        return self._procedures

    def has_procedure(self, name: str) -> Optional[bool]:
        """Whether the server has procedure ``name``: from its listing, or from an earlier call it refused as
        unknown; None when neither tells (a call will)."""
        if name in self._missing:
            return False
        listed = self.procedures()
        return None if listed is None else name in listed

    def call_if_present(self, session, procedure: str, statement: str) -> bool:
        """Run ``statement`` (a CALL of ``procedure``) unless the server lacks the procedure: True when it ran.
        A server that cannot list its procedures is asked by calling; its "unknown procedure" answer is
        remembered, so the next push does not ask again."""
        from neo4j.exceptions import Neo4jError

        if self.has_procedure(procedure) is False:
            return False
        try:
            session.run(statement).consume()
        except Neo4jError as e:
            if not _unknown_procedure(e, procedure):
                raise
            self._missing.add(procedure)
            return False
        return True

    # -- protocol

    def run(self, cypher: str, params: Optional[dict] = None, write: bool = False):
        from neo4j.exceptions import ClientError, DriverError, Neo4jError

        from vanban.graph.store import Result

        params = dict(params or {})
        if not write:
            clause = write_clause(cypher)
            if clause:
                raise QueryError(f"the query writes ({clause}) but runs read-only; pass --write "
                                 f"(write=True) to let it change the graph")
            from vanban.graph.cypher_guard import refuse_outside
            refuse_outside(cypher, "neo4j")

        def work(tx):
            result = tx.run(cypher, self._params(params))
            keys = list(result.keys())
            return keys, [[plain(v) for v in record.values()] for record in result]

        try:
            with self._session() as session:
                columns, rows = (session.execute_write if write else session.execute_read)(work)
        except ClientError as e:
            raise QueryError(f"{self.uri} rejected the query {_first_line(cypher)!r}: {_message(e)}") from e
        except (Neo4jError, DriverError, OSError) as e:
            raise BackendError(f"{self.uri} failed on {_first_line(cypher)!r}: {_message(e)}"
                               f"{self._falkordb_hint()}") from e
        return Result(columns=columns, rows=rows)

    def close(self) -> None:
        self._driver.close()

    def _close_quietly(self):
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"Neo4jBackend({self.uri!r}, dialect={self.dialect!r})"

    # -- internals shared with push()

    def _session(self):
        return self._driver.session(database=self.database) if self.database else self._driver.session()

    def _params(self, params: dict) -> dict:
        return escape_for_falkordb(params) if self._escape else params

    def _falkordb_hint(self) -> str:
        if self.dialect != "falkordb":
            return ""
        return ("; FalkorDB's Bolt layer reports every error as 'unknown error', so the cause may be an "
                "unsupported Cypher feature (see docs/neo4j.md)")

    def _detect_dialect(self) -> str:
        from neo4j.exceptions import Neo4jError

        # FalkorDB answers as "Neo4j/5.13.0", so the agent cannot tell.  Its `db.indexes()` yields `label` and
        # `entitytype`; Neo4j 5
        # removed db.indexes() (SHOW INDEXES replaced it) and 4.x yields other columns, so this
        # read-only probe can only succeed on FalkorDB.
        try:
            with self._driver.session() as session:
                session.run("CALL db.indexes() YIELD label, entitytype RETURN count(*) AS n").consume()
        except Neo4jError:
            return "neo4j"
        return "falkordb"

    def _pastes_parameters(self) -> bool:
        with self._driver.session() as session:
            record = session.run("RETURN $probe AS probe", probe="\\\\").single()
        return record["probe"] != "\\\\"


# Handshake deadlines of successive connection attempts.  FalkorDB's Bolt layer often never answers the
# handshake of a connection opened soon after another client disconnected (measured: 1-2 lost attempts
# after most disconnects); a fresh attempt is answered.  On Neo4j the first attempt succeeds, and a slow
# network still gets up to the caller's connection_timeout.  A slow HELLO (ArcadeDB checks the password
# with a deliberately slow hash: 1-4 s for the first connection of a fresh server on a loaded machine) is
# a read timeout, SessionExpired, and is retried with the next, longer deadline in the same way.
_HANDSHAKE_DEADLINES = (0.25, 1.0, 2.0, 4.0, 8.0)


def _connect(uri, auth, max_retry_time, connection_timeout):
    """(driver, server agent): connect, retrying handshakes that go unanswered (not refused connections)."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import ServiceUnavailable, SessionExpired

    # The driver logs each abandoned attempt at ERROR; with no handler configured Python prints that on stderr
    # ("[#D1FC] _: <CONNECTION> error: Failed to read from defunct connection ..."), noise beside the one-line
    # error a failure gives.  A NullHandler keeps it off stderr and still lets it reach handlers a user set up.
    neo4j_log = logging.getLogger("neo4j")
    if not any(isinstance(h, logging.NullHandler) for h in neo4j_log.handlers):
        neo4j_log.addHandler(logging.NullHandler())
    deadlines = [t for t in _HANDSHAKE_DEADLINES if t < connection_timeout] + [connection_timeout]
    for i, deadline in enumerate(deadlines):
        # The acquisition timeout bounds the handshake; a backend is used from one thread, so it never
        # waits for a busy pool and this bound is all it limits.
        driver = GraphDatabase.driver(uri, auth=auth, max_transaction_retry_time=max_retry_time,
                                      connection_timeout=connection_timeout,
                                      connection_acquisition_timeout=deadline)
        try:
            return driver, driver.get_server_info().agent or ""
        except (ServiceUnavailable, SessionExpired) as e:
            driver.close()
            if i == len(deadlines) - 1 or _refused(e):
                raise
        except BaseException:
            driver.close()
            raise


def _refused(e) -> bool:
    while e is not None:
        if isinstance(e, ConnectionRefusedError):
            return True
        e = e.__cause__ or e.__context__
    return False


def plain(value):
    """A driver value as plain JSON-able Python, as the embedded store returns it (store.jsonable).

    Nodes become ``{"label": ..., **properties}``, relationships ``{"type": ..., **properties}``
    (properties starting with ``_`` are bookkeeping and left out, as there), paths
    ``{"nodes": [...], "relationships": [...]}``, temporal values ISO-8601 strings, points
    ``{"srid", "x", "y"[, "z"]}``.
    """
    from neo4j.graph import Node, Path, Relationship
    from neo4j.spatial import Point

    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Node):
        return {"label": _one_label(value), **_props(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, **_props(value)}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, Point):
        names = ("x", "y", "z")[:len(value)]
        return {"srid": value.srid, **dict(zip(names, value))}
    iso = getattr(value, "iso_format", None)
    if callable(iso):  # neo4j.time Date, Time, DateTime, Duration
        return iso()
    if hasattr(value, "isoformat"):  # Python date/time values
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    return str(value)


def _props(entity) -> dict:
    return {k: plain(v) for k, v in entity.items() if not k.startswith("_")}


def _one_label(node) -> Optional[str]:
    labels = sorted(node.labels)
    model = [label for label in labels if label in NODE_LABELS]
    return (model or labels or [None])[0]


_STRIP = re.compile(r"""
    //[^\n]*                  # line comment
  | /\*.*?\*/                 # block comment
  | '(?:[^'\\]|\\.)*'         # single-quoted string
  | "(?:[^"\\]|\\.)*"         # double-quoted string
  | `[^`]*`                   # quoted identifier (a property named `set` is not a SET clause)
""", re.VERBOSE | re.DOTALL)
_WRITE = re.compile(r"""
    (?<![\w.$:])              # not a property (n.set), parameter ($create) or label (:Merge)
    (CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b
  | \bCALL\s+([\w.]*(?:create|drop|delete|remove|set|merge|clear)[\w.]*)   # procedures that write
""", re.VERBOSE | re.IGNORECASE)


def write_clause(cypher: str) -> Optional[str]:
    """The first write clause of ``cypher`` (outside strings and comments), or None for a read.

    >>> write_clause("MATCH (n) WHERE n.title = 'SET x' RETURN n.set")
    >>> write_clause("MATCH (n:Document) SET n.loaded = true")
    'SET'
    >>> write_clause("CALL db.idx.fulltext.createNodeIndex('Document', 'title')")
    'CALL db.idx.fulltext.createNodeIndex'
    """
    m = _WRITE.search(_STRIP.sub(" ", cypher))
    if not m:
        return None
    return m.group(1).upper() if m.group(1) else f"CALL {m.group(2)}"


def escape_for_falkordb(value):
    """Backslash-escape every string so FalkorDB's parameter pasting yields the original text.

    >>> escape_for_falkordb({"t": "it's", "l": ["a\\\\b"]}) == {"t": "it\\\\'s", "l": ["a\\\\\\\\b"]}
    True
    """
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, dict):
        return {k: escape_for_falkordb(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [escape_for_falkordb(v) for v in value]
    return value


def _unknown_procedure(e, name: str) -> bool:
    """Whether ``e`` says the server has no procedure ``name`` (Neo4j's code, or the words other servers use:
    ArcadeDB's "Unknown procedure/function: db.awaitIndexes")."""
    if getattr(e, "code", None) == "Neo.ClientError.Procedure.ProcedureNotFound":
        return True
    text = _message(e).lower()
    return name.lower() in text and ("unknown procedure" in text or "no procedure" in text)


def _first_line(cypher: str, width: int = 80) -> str:
    line = " ".join(cypher.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def _message(e) -> str:
    """The error's text on one line (driver messages span lines; CLI errors must not)."""
    return " ".join(str(getattr(e, "message", None) or e or type(e).__name__).split())


# ------------------------------------------------------------------------------------------ schema

def schema_statements(dialect: str) -> list[str]:
    """Index/constraint statements for ``dialect``: a unique id per label (what every MERGE looks up), and
    ``source_file`` on every relationship type (a document's facts, found by the file that states them)."""
    out = []
    if dialect == "neo4j":
        for label in NODE_LABELS:
            out.append(f"CREATE CONSTRAINT vanban_{label.lower()}_id IF NOT EXISTS "
                       f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        for t in EDGE_TYPES:
            out.append(f"CREATE INDEX vanban_{t.lower()}_source_file IF NOT EXISTS "
                       f"FOR ()-[r:{t}]-() ON (r.source_file)")
    elif dialect == "falkordb":
        # No IF NOT EXISTS and no Cypher constraints there: push() skips indexes that already exist.
        for label in NODE_LABELS:
            out.append(f"CREATE INDEX FOR (n:{label}) ON (n.id)")
        for t in EDGE_TYPES:
            out.append(f"CREATE INDEX FOR ()-[r:{t}]-() ON (r.source_file)")
    else:
        raise ValueError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    return out


INDEX_WAIT_SECONDS = 300


def _ensure_schema(backend: Neo4jBackend):
    """Create the indexes; (statements run, how their building was waited for)."""
    statements = schema_statements(backend.dialect)
    wait = "none"
    with backend._session() as session:
        if backend.dialect == "falkordb":
            # One row per label or type, listing every indexed property of it.
            existing = {(r["label"], p) for r in session.run(
                "CALL db.indexes() YIELD label, properties RETURN label, properties") for p in r["properties"]}
            statements = [s for s in statements if _falkordb_index_key(s) not in existing]
        for statement in statements:
            session.run(statement).consume()  # schema changes cannot share a transaction with writes
        if backend.dialect == "neo4j":
            wait = _await_indexes(backend, session)
    return len(statements), wait


def _await_indexes(backend: Neo4jBackend, session, timeout: float = INDEX_WAIT_SECONDS) -> str:
    """Wait until every index is online, so the MERGEs that follow use them: ``db.awaitIndexes`` where the
    server has it, else polling ``SHOW INDEXES`` for a state other than ONLINE, else (neither exists)
    nothing.  Returns which: "db.awaitIndexes", "SHOW INDEXES" or "none"."""
    from neo4j.exceptions import Neo4jError

    if backend.call_if_present(session, "db.awaitIndexes", f"CALL db.awaitIndexes({int(timeout)})"):
        return "db.awaitIndexes"
    deadline = time.monotonic() + timeout
    while True:
        try:
            states = [(r[0], r[1]) for r in session.run("SHOW INDEXES YIELD name, state RETURN name, state")]
        except Neo4jError:
            return "none"
        failed = [name for name, state in states if str(state).upper() == "FAILED"]
        if failed:
            raise BackendError(f"{backend.uri}: index {failed[0]} failed to build; see SHOW INDEXES on the server, "
                               f"drop it and push again")
        pending = [name for name, state in states if str(state).upper() != "ONLINE"]
        if not pending:
            return "SHOW INDEXES"
        if time.monotonic() > deadline:
            raise BackendError(f"{backend.uri}: index {pending[0]} still not online after {timeout:.0f}s; "
                               f"push again when SHOW INDEXES shows it ONLINE")
        time.sleep(0.2)


def _falkordb_index_key(statement: str):
    m = re.search(r"\((?:n:(\w+))?\)(?:-\[r:(\w+)\]-\(\))? ON \(\w\.(\w+)\)", statement)
    assert m is not None, statement   # the statements are schema_statements()'s own
    return m.group(1) or m.group(2), m.group(3)


# ------------------------------------------------------------------------------------------ push

@dataclass(frozen=True)
class PushReport:
    uri: str
    dialect: str
    nodes: int           # nodes of the graph, all merged (properties set to the graph's)
    relationships: int   # relationships of the graph
    added: int           # relationships written because the server lacked them
    deleted: int         # relationships of the pushed documents the graph no longer has, removed
    pruned: int          # nodes that removal left without relationships and that the graph lacks, removed
    documents: int       # source documents whose facts were compared and replaced
    indexes: int         # index/constraint statements run
    batches: int         # requests sent (reads included)
    batch_size: int
    seconds: float
    index_wait: str = "none"   # how index building was waited for: db.awaitIndexes, SHOW INDEXES or none

    @property
    def rows_per_second(self) -> float:
        """Graph rows (nodes + relationships) brought up to date per second."""
        return (self.nodes + self.relationships) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"pushed {self.nodes} nodes and {self.relationships} relationships of {self.documents} "
                f"documents to {self.uri} ({self.dialect}): {self.added} relationships added, {self.deleted} "
                f"removed, {self.pruned} orphaned nodes removed; {self.batches} requests of <= {self.batch_size} "
                f"rows in {self.seconds:.1f}s")


def push(G, uri: str, user: str = "neo4j", password: Optional[str] = None, database: Optional[str] = None,
         batch_size: Optional[int] = None, progress: Optional[Callable[[int, int], None]] = None,
         **backend_options) -> PushReport:
    """Write ``G`` (a MultiDiGraph shaped as graph/model.py says) to the Bolt server at ``uri``.

    Indexes first, then every node (MERGE on label + id, properties set to the graph's values), then,
    per group of source documents (edge property ``source_file``), the server's relationships of those
    documents are read and compared with the graph's: the ones the graph no longer has are deleted, the
    missing ones merged — in one transaction per group on Neo4j, so a document never shows half of its
    facts there.  Pushing the same graph again writes no relationship; pushing after a document was
    reloaded changes that document's facts only.  Nodes that lost their last relationship that way and
    are not in ``G`` are removed.  Properties a user added on the server are left alone.

    ``batch_size`` is rows per request (default: NEO4J_BATCH_SIZE, or FALKORDB_BATCH_SIZE with requests
    also cut below FALKORDB_MAX_REQUEST_BYTES).  ``progress(rows_done_now, rows_total)`` is called as
    rows are brought up to date.  Transient errors are retried by the driver's managed transactions; any
    other failure raises BackendError naming the batch (label or type, row range, documents) — pushing
    again repairs it.
    """
    with Neo4jBackend(uri, user, password, database, **backend_options) as backend:
        return push_graph(backend, G, batch_size=batch_size, progress=progress)


def push_graph(backend: Neo4jBackend, G, batch_size: Optional[int] = None,
               progress: Optional[Callable[[int, int], None]] = None,
               max_request_bytes: Optional[int] = None, group_rows: Optional[int] = None) -> PushReport:
    """``push`` over an open backend.  ``max_request_bytes`` and ``group_rows`` (relationships per group of
    replaced documents) override the dialect's defaults."""
    from neo4j.exceptions import DriverError, Neo4jError

    falkordb = backend.dialect == "falkordb"
    if batch_size is None:
        batch_size = FALKORDB_BATCH_SIZE if falkordb else NEO4J_BATCH_SIZE
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if max_request_bytes is None and falkordb:
        max_request_bytes = FALKORDB_MAX_REQUEST_BYTES
    plan = _Plan(G, batch_size, max_request_bytes, backend._params)
    if group_rows is None:
        group_rows = max(batch_size, FALKORDB_GROUP_ROWS) if falkordb else batch_size
    started = time.perf_counter()
    counters = {"batches": 0, "added": 0, "deleted": 0, "pruned": 0}
    where = ["creating indexes"]

    def advance(rows):
        if progress is not None and rows:
            progress(rows, plan.total_rows)

    try:
        n_indexes, index_wait = _ensure_schema(backend)
        with backend._session() as session:
            for label in NODE_LABELS:
                for writes, n_rows in plan.node_writes(label):
                    counters["batches"] += session.execute_write(_run_writes, backend, writes, where)
                    advance(n_rows)
            # What the server holds of the pushed documents, one read per relationship type (not only
            # the graph's types: old facts may be of a type the new graph lacks).  Reading per group of
            # documents instead costs a request per type and group, and FalkorDB sends any response over
            # a few KB ~40 ms late (it looks like its small writes meeting delayed ACKs): ~60 s for 10k
            # documents.  Benchmark if changing.
            found: dict = {}
            for t in EDGE_TYPES:
                where[0] = f"reading the server's {t} relationships"
                session.execute_read(_read_edges, t, set(plan.files), found)
                counters["batches"] += 1
            for group in plan.edge_groups(group_rows):
                added, deleted, pruned, requests = session.execute_write(
                    _replace_group, backend, plan, group, found, where)
                counters["added"] += added
                counters["deleted"] += deleted
                counters["pruned"] += pruned
                counters["batches"] += requests
                advance(group.rows)
    except (Neo4jError, DriverError, OSError) as e:
        if falkordb:
            state = ("FalkorDB ignores transactions, so the documents of this batch may be partly "
                     "replaced; push again to repair it (pushing is idempotent)")
        else:
            state = ("its transaction was rolled back and earlier batches are written; push again to "
                     "finish (pushing is idempotent)")
        raise BackendError(f"push to {backend.uri} failed at {where[0]}: {_message(e)}; {state}") from e
    return PushReport(uri=backend.uri, dialect=backend.dialect, nodes=plan.n_nodes, relationships=plan.n_edges,
                      added=counters["added"], deleted=counters["deleted"], pruned=counters["pruned"], documents=len(plan.files),
                      indexes=n_indexes, batches=counters["batches"], batch_size=batch_size,
                      seconds=time.perf_counter() - started, index_wait=index_wait)


def _run_writes(tx, backend, writes, where):
    """A transaction function running ``writes``: (description, statement, params) triples."""
    for what, statement, params in writes:
        where[0] = what
        tx.run(statement, backend._params(params)).consume()
    return len(writes)


def _read_edges(tx, t, files, found):
    """Add the server's ``t`` relationships of ``files`` to ``found``: file -> identity -> [ids]."""
    for rid, la, ia, lb, ib, props in tx.run(_READ_EDGES.format(type=t)):
        f = props.get("source_file")
        if f in files:
            found.setdefault(f, {}).setdefault(_identity((t, la, lb), ia, ib, props), []).append(rid)


def _replace_group(tx, backend, plan, group, found, where):
    """One group of source documents: bring the server's relationships of them to the graph's.

    ``found`` is what the server held of them before the push.  A transaction function: the driver re-runs
    all of it on a transient error, and every step is idempotent (deleting a deleted id deletes nothing,
    MERGE finds what a failed attempt left), so a re-run after FalkorDB kept half an attempt is safe.
    Returns (added, deleted, pruned, requests)."""
    wanted = {}                                   # identity -> (key, row, split) of the graph's edges
    for f in group.files:
        for i, (key, row) in enumerate(plan.by_file[f]):
            wanted[_identity(key, row[0], row[1], dict(zip(EDGE_PROPS, row[2:])))] = (key, row, (f, i))
    on_server = {}
    for f in group.files:
        on_server.update(found.get(f, {}))
    stale = {}                                    # (type, start label, end label) -> [[start, end, id]]
    for ident, rids in on_server.items():
        for rid in rids[1 if ident in wanted else 0:]:   # duplicates of a wanted edge go too
            t, la, lb, ia, ib = ident[:5]
            stale.setdefault((t, la, lb), []).append([ia, ib, rid])
    requests = deleted = 0
    ends = set()
    for (t, la, lb), rows in sorted(stale.items()):
        statement = _DELETE_EDGES.format(type=t, a=la, b=lb)
        for (lo, hi), batch in plan.chunks(statement, rows):
            where[0] = f"removing {t} relationships {lo}-{hi - 1} of documents {group.files[0]} ... {group.files[-1]}"
            deleted += tx.run(statement, rows=backend._params(batch)).single()[0]
            ends.update((la, row[0]) for row in batch)
            ends.update((lb, row[1]) for row in batch)
            requests += 1
    added = 0
    missing = [value for ident, value in wanted.items() if ident not in on_server]
    for (t, src, dst), (lo, hi), statement, rows, appends in plan.edge_writes(missing):
        where[0] = (f"relationships {t} ({src}->{dst}) rows {lo}-{hi - 1} of documents "
                    f"{group.files[0]} ... {group.files[-1]}")
        added += len(rows)
        if not appends:
            tx.run(statement, rows=backend._params(rows)).consume()
            requests += 1
            continue
        # One oversized row (FalkorDB): created with its long values cut, which are then appended.  What an
        # interrupted earlier attempt left of it (same place in the same file) goes first.
        row = rows[0]
        where_from = {p: row[2 + EDGE_PROPS.index(p)] for p in ("source_file", "line", "start", "end", "rule")}
        tx.run(_DELETE_PARTIAL.format(type=t, a=src, b=dst),
               backend._params({"a_id": row[0], "b_id": row[1], **where_from})).consume()
        rid = tx.run(statement, rows=backend._params(rows)).single(strict=True)[0]
        for prop, part in appends:
            tx.run(_APPEND_EDGE.format(type=t, prop=prop), rid=rid, part=backend._params(part)).consume()
        requests += 2 + len(appends)
    orphans = {}
    for label, ident in ends:
        if label in NODE_LABELS and (label, ident) not in plan.node_ids:
            orphans.setdefault(label, []).append(ident)
    pruned = 0
    for label, ids in sorted(orphans.items()):
        statement = _PRUNE.format(label=label)
        for _span, chunk in plan.chunks(statement, sorted(ids)):
            where[0] = f"removing orphaned {label} nodes {chunk[0]} ... {chunk[-1]}"
            pruned += tx.run(statement, ids=backend._params(chunk)).single()[0]
            requests += 1
    return added, deleted, pruned, requests


def _identity(key, start, end, props):
    """What makes two relationships the same fact: type, ends, and every model property (a property a
    user added on the server is not part of it, so it survives pushes)."""
    t, la, lb = key
    return (t, la, lb, start, end) + tuple((p, _hashable(props.get(p))) for p in EDGE_PROPS)


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value     # an edge's sources


# A relationship's ends come back so that a removed fact's nodes can be checked for orphans.
_READ_EDGES = "MATCH (a)-[r:{type}]->(b) RETURN id(r), labels(a)[0], a.id, labels(b)[0], b.id, properties(r)"
# By id, found from the ends' indexed ids: ids are the only handle FalkorDB offers (no elementId), and
# no other handle names one of two otherwise equal relationships.
_DELETE_EDGES = ("UNWIND $rows AS row MATCH (a:{a} {{id: row[0]}})-[r:{type}]->(b:{b} {{id: row[1]}}) "
                 "WHERE id(r) = row[2] DELETE r RETURN count(*)")
_DELETE_PARTIAL = ("MATCH (a:{a} {{id: $a_id}})-[r:{type}]->(b:{b} {{id: $b_id}}) WHERE r.source_file = $source_file "
                   "AND r.line = $line AND r.start = $start AND r.`end` = $end AND r.rule = $rule DELETE r")
_PRUNE = "UNWIND $ids AS i MATCH (n:{label} {{id: i}}) WHERE NOT (n)--() DELETE n RETURN count(*) AS n"
_APPEND_NODE = "MATCH (n:{label} {{id: $id}}) SET n.`{prop}` = n.`{prop}` + $part"
_APPEND_EDGE = "MATCH ()-[r:{type}]->() WHERE id(r) = $rid SET r.`{prop}` = r.`{prop}` + $part"


@dataclass(frozen=True)
class _Group:
    files: tuple
    rows: int


class _Plan:
    """The rows to write, computed and checked before anything is written: a graph that cannot be
    pushed fails before the server has seen a single batch."""

    def __init__(self, G, batch_size, max_bytes, encode):
        self.batch_size, self.max_bytes, self.encode = batch_size, max_bytes, encode
        self.nodes = {label: [] for label in NODE_LABELS}
        self.node_ids = set()
        for key, data in G.nodes(data=True):
            label = data.get("label")
            if label not in NODE_LABELS:
                raise BackendError(f"node {key!r} has label {label!r}; push writes graph/model.py's labels "
                                   f"{', '.join(NODE_LABELS)}")
            ident = data.get("id")
            if not isinstance(ident, str) or not ident:
                raise BackendError(f"node {key!r} has no id; every node needs one (graph/model.py)")
            props = NODE_PROPERTIES[label]
            self.nodes[label].append([ident] + [_check(data.get(p), props[p], key, p) for p in props if p != "id"])
            self.node_ids.add((label, ident))
        for rows in self.nodes.values():
            rows.sort(key=lambda row: row[0])
        self.n_nodes = len(self.node_ids)
        by_file = {}
        for u, v, key, data in G.edges(keys=True, data=True):
            t = data.get("type")
            if t not in EDGE_TYPES:
                raise BackendError(f"edge {u!r} -> {v!r} ({key!r}) has type {t!r}; push writes graph/model.py's "
                                   f"types {', '.join(EDGE_TYPES)}")
            source_file = data.get("source_file")
            if not isinstance(source_file, str) or not source_file:
                raise BackendError(f"edge {u!r} -{t}-> {v!r} has no source_file; every fact needs its "
                                   f"provenance so a reload can replace it (build graphs with vanban.graph.build)")
            src, dst = G.nodes[u], G.nodes[v]
            row = [src["id"], dst["id"]] + [_check(data.get(p, EDGE_DEFAULTS.get(p)), EDGE_KINDS[p], f"{u} -{t}-> {v}", p)
                                            for p in EDGE_PROPS]
            by_file.setdefault(source_file, []).append(((t, src["label"], dst["label"]), row))
        self.files = sorted(by_file)
        self.by_file = {f: sorted(by_file[f], key=lambda kr: (kr[0], [str(x) for x in kr[1]])) for f in self.files}
        self.n_edges = sum(len(rows) for rows in by_file.values())
        self.total_rows = self.n_nodes + self.n_edges
        # Split oversized rows now, so that an unsendable one fails before anything is written.
        self.node_splits = {(label, row[0]): self._split(_node_statement(label), row, 1, f"node {label}:{row[0]}",
                                                         _APPEND_NODE.format(label=label, prop="x" * 16))
                            for label, rows in self.nodes.items() for row in rows if not self._fits(_node_statement(label), row)}
        self.edge_splits = {}
        for f in self.files:
            for i, ((t, sl, dl), row) in enumerate(self.by_file[f]):
                if not self._fits(_edge_statement(t, sl, dl), row):
                    self.edge_splits[(f, i)] = self._split(
                        _edge_statement(t, sl, dl, create=True), row, 2,
                        f"relationship {row[0]} -{t}-> {row[1]} of {f} (line {row[2 + EDGE_PROPS.index('line')]})",
                        _APPEND_EDGE.format(type=t, prop="x" * 16))

    # -- request sizes (only bounded when max_bytes is set: FalkorDB)

    def _size(self, statement, rows) -> int:
        return len(statement.encode("utf-8")) + _packed_size({"rows": self.encode(rows)}) + _REQUEST_OVERHEAD

    def _fits(self, statement, row) -> bool:
        return self.max_bytes is None or self._size(statement, [row]) <= self.max_bytes

    def _split(self, statement, row, first_value, what, append_statement):
        """``row`` with its longest values emptied until it fits, and those values cut into parts that each
        fit an append request: (head row, [(column index, part), ...])."""
        head, appends = list(row), []
        while self._size(statement, [head]) > self.max_bytes:
            sizes = [(_packed_size(self.encode(v)), i) for i, v in enumerate(head)
                     if i >= first_value and isinstance(v, (str, list)) and v]
            if not sizes:
                raise BackendError(f"{what} cannot be sent in requests of {self.max_bytes} bytes (FalkorDB's Bolt "
                                   f"layer crashes on requests over 4 KB): its id is too long; push to Neo4j")
            _, i = max(sizes)
            appends.append((i, head[i]))
            head[i] = "" if isinstance(head[i], str) else []
        budget = self.max_bytes - len(append_statement.encode("utf-8")) - _REQUEST_OVERHEAD - 64
        parts = []
        for i, value in sorted(appends):
            if isinstance(value, str):
                parts += [(i, part) for part in _cut_string(value, budget, self.encode)]
            else:
                parts += [(i, part) for part in _cut_list(value, budget, self.encode, what)]
        return head, parts

    def _batches(self, statement, rows):
        """Consecutive rows in requests of <= batch_size rows and <= max_bytes: ((lo, hi), rows)."""
        fixed = len(statement.encode("utf-8")) + _REQUEST_OVERHEAD + 16
        lo = 0
        while lo < len(rows):
            hi, size = lo, fixed
            while hi < len(rows) and hi - lo < self.batch_size:
                row_size = _packed_size(self.encode(rows[hi]))
                if self.max_bytes is not None and hi > lo and size + row_size > self.max_bytes:
                    break
                size += row_size
                hi += 1
            yield (lo, hi), rows[lo:hi]
            lo = hi

    chunks = _batches

    # -- what push() walks through

    def node_writes(self, label):
        """Transactions of node writes: ([(description, statement, params)], rows they write)."""
        statement = _node_statement(label)
        rows = [row for row in self.nodes[label] if (label, row[0]) not in self.node_splits]
        for (lo, hi), batch in self._batches(statement, rows):
            yield [(f"nodes {label} rows {lo}-{hi - 1} ({batch[0][0]} ... {batch[-1][0]})", statement,
                    {"rows": batch})], len(batch)
        props = ["id"] + [p for p in NODE_PROPERTIES[label] if p != "id"]
        for (lab, ident), (head, parts) in sorted(self.node_splits.items()):
            if lab != label:
                continue
            what = f"node {label}:{ident} (sent in {1 + len(parts)} parts)"
            yield ([(what, statement, {"rows": [head]})]
                   + [(what, _APPEND_NODE.format(label=label, prop=props[i]), {"id": ident, "part": part})
                      for i, part in parts]), 1

    def edge_groups(self, group_rows):
        """Consecutive source documents with about ``group_rows`` relationships together."""
        files, rows = [], 0
        for f in self.files:
            n = len(self.by_file[f])
            if files and rows + n > group_rows:
                yield _Group(tuple(files), rows)
                files, rows = [], 0
            files.append(f)
            rows += n
        if files:
            yield _Group(tuple(files), rows)

    def edge_writes(self, missing):
        """Requests merging ``missing`` edges ((key, row, split) triples): (key, (lo, hi), statement, rows,
        appends), appends only for an oversized row."""
        by_key, split = {}, []
        for key, row, where in missing:
            if where in self.edge_splits:
                split.append((key, self.edge_splits[where]))
            else:
                by_key.setdefault(key, []).append(row)
        for key in sorted(by_key):
            statement = _edge_statement(*key)
            for span, rows in self._batches(statement, by_key[key]):
                yield key, span, statement, rows, ()
        for n, (key, (head, parts)) in enumerate(split):
            yield key, (n, n + 1), _edge_statement(*key, create=True), [head], [(EDGE_PROPS[i - 2], p) for i, p in parts]


def _cut_string(value: str, budget: int, encode) -> list:
    """``value`` in consecutive pieces whose encoded (escaped) UTF-8 size is <= budget; never splits a character."""
    parts, start = [], 0
    while start < len(value):
        lo, hi = start + 1, len(value)
        while lo < hi:  # longest prefix that fits
            mid = (lo + hi + 1) // 2
            if _packed_size(encode(value[start:mid])) <= budget:
                lo = mid
            else:
                hi = mid - 1
        parts.append(value[start:lo])
        start = lo
    return parts


def _cut_list(value: list, budget: int, encode, what: str) -> list:
    """``value`` in consecutive sublists that each fit ``budget`` once encoded."""
    parts: list = []
    current: list = []
    for item in value:
        if _packed_size(encode([item])) > budget:
            raise BackendError(f"{what}: the list element {item[:60]!r}... alone exceeds one request on this "
                               f"server (FalkorDB's Bolt layer crashes on requests over 4 KB); push to Neo4j")
        if current and _packed_size(encode(current + [item])) > budget:
            parts.append(current)
            current = []
        current.append(item)
    if current:
        parts.append(current)
    return parts


def _check(value, kind, item, prop):
    ok = {"STRING": lambda v: isinstance(v, str),
          "INT64": lambda v: isinstance(v, int) and not isinstance(v, bool) and -2**63 <= v < 2**63,
          "BOOLEAN": lambda v: isinstance(v, bool),
          "STRING[]": lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v),
          "DOUBLE": lambda v: isinstance(v, float)}[kind]
    if value is None:
        return None
    if not ok(value):
        raise BackendError(f"{item}: property {prop} = {value!r} is not {kind} as graph/model.py declares")
    return list(value) if kind == "STRING[]" else value


def _node_statement(label):
    # Rows are lists in NODE_PROPERTIES order, not maps: no property name is repeated in every row,
    # which keeps FalkorDB requests under its size limit and Neo4j requests smaller.
    props = [p for p in NODE_PROPERTIES[label] if p != "id"]
    sets = ", ".join(f"n.`{p}` = row[{i + 1}]" for i, p in enumerate(props))
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row[0]}}) SET {sets}"


def _edge_statement(t, src, dst, create=False):
    # An edge is all of its properties (networkx keys a multi-edge by a hash of them, graph/build.py):
    # two statements of one relation in one file are two edges when span, rule or sentence differ, and
    # MERGE on the whole map keeps exactly that multiplicity.  CREATE is for an oversized row only,
    # whose full identity is not known until its parts are appended.
    identity = ", ".join(f"`{p}`: row[{i + 2}]" for i, p in enumerate(EDGE_PROPS))
    verb, tail = ("CREATE", " RETURN id(r)") if create else ("MERGE", "")
    return (f"UNWIND $rows AS row MATCH (a:{src} {{id: row[0]}}) MATCH (b:{dst} {{id: row[1]}}) "
            f"{verb} (a)-[r:{t} {{{identity}}}]->(b){tail}")


def _packed_size(value) -> int:
    """An upper bound of ``value``'s PackStream size (the bytes it takes in a Bolt request)."""
    if value is None or isinstance(value, bool):
        return 1
    if isinstance(value, (int, float)):
        return 9
    if isinstance(value, str):
        return 5 + len(value.encode("utf-8"))
    if isinstance(value, dict):
        return 5 + sum(_packed_size(k) + _packed_size(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return 5 + sum(_packed_size(v) for v in value)
    return 5 + len(str(value).encode("utf-8"))


# ------------------------------------------------------------------------------------------ neo4j-admin CSV

def export_neo4j_csv(G, dest: str, store=None, **options) -> None:
    """Write ``G`` as CSV files for ``neo4j-admin database import full`` into the directory ``dest``.

    One node file per label (``nodes_<Label>.csv``: ``id:ID(<Label>)``, ``:LABEL``, typed properties such
    as ``year:long``, ``aliases:string[]``) and one relationship file per type and end labels
    (``rels_<TYPE>_<Src>_<Dst>.csv``: ``:START_ID(<Src>)``, ``:END_ID(<Dst>)``, ``:TYPE``, properties).
    Each label is its own ID space, so a Body and a Document may share an id.  Strings are always
    quoted ("" is an empty string), an absent value is an empty unquoted field (no property); control
    characters are removed from the text (``vanban.outputs.clean_text``).  Also writes ``indexes.cypher``
    (constraints and indexes, for cypher-shell after the import) and ``import.sh`` (the exact neo4j-admin
    command, with the array delimiter chosen for this data).

    ``G`` is a networkx graph or a Store, read a page at a time (graph/stream.py); the files are built in a
    folder beside ``dest`` and moved into it when complete (``vanban.outputs.output_folder``).
    """
    from vanban.graph.build import EDGE_ENDS
    from vanban.graph.stream import source_of
    from vanban.outputs import output_folder

    if dest == "-" or os.path.isfile(dest):
        raise VanbanError(f"neo4j-csv writes several files: give a directory to write them into, not {dest!r}")
    src = source_of(G)
    delimiter = _array_delimiter(a for _, a in src.nodes())
    files = {"nodes": [], "relationships": []}
    with output_folder(dest, store=store) as tmp:
        fh, current = None, None
        try:
            for label, d in src.nodes():
                if label not in NODE_LABELS:
                    raise ValueError(f"node {label}:{d.get('id')} has label {label!r}; expected one of {', '.join(NODE_LABELS)}")
                props = [p for p in NODE_PROPERTIES[label] if p != "id"]
                if label != current:
                    if fh is not None:
                        fh.close()
                    current, name = label, f"nodes_{label}.csv"
                    header = [f"id:ID({label})", ":LABEL"] + [_typed(p, NODE_PROPERTIES[label][p]) for p in props]
                    fh = open(os.path.join(tmp, name), "w", encoding="utf-8", newline="")
                    fh.write(",".join(header) + "\n")
                    files["nodes"].append(name)
                fh.write(",".join([_field(d["id"], "STRING", delimiter), _field(label, "STRING", delimiter)]
                                  + [_field(d.get(p), NODE_PROPERTIES[label][p], delimiter) for p in props]) + "\n")
        finally:
            if fh is not None:
                fh.close()
        writers = {}
        try:
            for u, v, _k, data in src.edges():
                t = data["type"]
                if t not in writers:
                    sl, dl = EDGE_ENDS[t]
                    name = f"rels_{t}_{sl}_{dl}.csv"
                    out = open(os.path.join(tmp, name), "w", encoding="utf-8", newline="")
                    out.write(",".join([f":START_ID({sl})", f":END_ID({dl})", ":TYPE"]
                                       + [_typed(p, EDGE_KINDS[p]) for p in EDGE_PROPS]) + "\n")
                    writers[t] = (out, name)
                writers[t][0].write(",".join([_field(u.partition(":")[2], "STRING", delimiter),
                                              _field(v.partition(":")[2], "STRING", delimiter),
                                              _field(t, "STRING", delimiter)]
                                             + [_field(data.get(p, EDGE_DEFAULTS.get(p)), EDGE_KINDS[p], delimiter)
                                                for p in EDGE_PROPS]) + "\n")
        finally:
            for out, _ in writers.values():
                out.close()
        files["relationships"] = sorted(name for _, name in writers.values())
        with open(os.path.join(tmp, "indexes.cypher"), "w", encoding="utf-8", newline="\n") as f:
            f.write("// vanban: constraints and indexes; run after the import:\n"
                    "//   cypher-shell -u neo4j -p <password> -d <database> -f indexes.cypher\n")
            f.writelines(s + ";\n" for s in schema_statements("neo4j"))
            f.write("CALL db.awaitIndexes(300);\n")
        with open(os.path.join(tmp, "import.sh"), "w", encoding="utf-8", newline="\n") as f:
            f.write(_import_command(files, delimiter))


def _import_command(files, delimiter) -> str:
    code = f"U+{ord(delimiter):04X}"
    parts = ["#!/bin/sh", "# vanban: load this directory into an empty (stopped) Neo4j database; run it from here.",
             "# Usage: sh import.sh [database]   (default: neo4j)",
             'set -e\nDB="${1:-neo4j}"',
             "neo4j-admin database import full \\",
             f"  --array-delimiter={code} --multiline-fields=true --id-type=string \\"]
    parts += [f"  --nodes={name} \\" for name in files["nodes"]]
    parts += [f"  --relationships={name} \\" for name in files["relationships"]]
    parts.append('  --overwrite-destination "$DB"')
    parts.append("# then, with the database started: cypher-shell -d \"$DB\" -f indexes.cypher")
    return "\n".join(parts) + "\n"


def _array_delimiter(nodes) -> str:
    """';' (neo4j-admin's default) unless some list element contains it; then the first unused candidate.

    ``nodes``: node attribute dicts (or a networkx graph)."""
    if hasattr(nodes, "nodes"):
        nodes = (data for _, data in nodes.nodes(data=True))
    used = set()
    for data in nodes:
        for value in data.values():
            if isinstance(value, (list, tuple)):
                for x in value:
                    used.update(str(x))
    for candidate in (";", "|", "\u001f"):
        if candidate not in used:
            return candidate
    raise ValueError("every candidate array delimiter (; | U+001F) occurs inside a list value")


def _typed(prop, kind):
    t = _NEO4J_CYPHER_TYPES[kind]
    return prop if t == "string" else f"{prop}:{t}"


def _field(value, kind, delimiter):
    if value is None:
        return ("")
    if kind == "BOOLEAN":
        return ("true" if value else "false")
    if kind in ("INT64", "DOUBLE"):
        return (repr(value))
    if kind == "STRING[]":
        if not value:
            return ("")   # neo4j-admin has no empty array literal: an empty list becomes no property
        value = delimiter.join(value)
    from vanban.outputs import clean_text
    return ('"' + clean_text(str(value)).replace('"', '""') + '"')

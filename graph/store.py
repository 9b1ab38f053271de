"""The embedded store: the graph in LadybugDB (PyPI ``ladybug``), in a directory the user chooses.

LadybugDB is in-process, persistent and transactional and speaks Cypher, so vanban needs no server.
Labels, relationship types and property names are exactly graph/model.py's, so a user's Cypher runs here and
on Neo4j alike.  Two things are LadybugDB's own: tables are declared before use (one node table per label,
one rel table per relationship type), and a relationship's type is ``label(r)`` here but ``type(r)`` on
Neo4j — which is why every edge also carries its type as the property ``r.type``.

Bookkeeping (not part of the user vocabulary, dropped by ``to_networkx``):

- ``_SourceFile(path, sha256, doc, votes, sources)``: one row per loaded file — its sha256 (an unchanged
  file is skipped before it is read twice), its own document, its votes for each node it names (JSON
  {node key: vote}, see graph/build.py) and the nodes its edges start from, so its facts can be taken away
  again without a scan;
- ``_tally`` on every node: the counts of every value the files' votes give it (JSON).  Adding or removing
  a file's vote changes the counts, and the properties are recomputed from them, so they never depend on
  load order, and a node named by thousands of files is updated without reading their votes;
- ``_Meta(key, value)``: the schema version; ``gen``, a counter every write transaction raises, and
  ``dirty_since``, the first generation from which ``_Dirty`` is complete;
- ``_Pending(grp, edges)``: during a load of 128 MB or more (graph/loading.py ``_stage_bytes``), the relationships
  that land on hubs (``DEFERRED_TYPES``: every text names its issuing bodies), staged per document (group) as one
  JSON row in the batch's own transaction and written into their rel tables in one step before each checkpoint and
  at the end of the load (``finish_pending``), so a hub's rows are sorted once per checkpoint instead of at every
  COMMIT.  The table exists only while rows are staged (gone whenever a load has returned); a store a killed load
  left with rows here is finished by the next writer when it opens it, and by the next reader when no writer holds
  it (tests/test_crash.py);
- ``_Dirty(key, gen)``: the nodes each write changed (its votes' node keys: every node whose properties or
  out-edges changed), with the generation of the last write that changed them — what graph/sparqlstore.py
  reads to bring the RDF twin up to date per changed node instead of rebuilding it.  Kept only while the
  store has an RDF twin (``STORE/sparql/stamp.json``); rows the twin has applied are pruned by the next
  write, so the table stays bounded by the nodes changed since the last `vanban sparql`.

Loading is incremental per file and each file is one transaction: a changed file's edges and votes are
removed and its new ones written; a failure rolls back that file only and the next file still loads.
"""
from __future__ import annotations

import contextlib
import json
import operator
import os
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, Iterable, List, Optional

from vanban.errors import QueryError, StoreError, StoreLockedError
from vanban.graph import counts
from vanban.graph.loading import POOL_ENV as _POOL_ENV
from vanban.graph.loading import FileOutcome, LoadReport, _sha256, load_files, pool_full, rereader  # noqa: F401 (re-exported)
from vanban.graph.model import EDGE_ATTRS, EDGE_DEFAULTS, EDGE_ENDS, EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType, node_key
from vanban.graph.model import coerce as _coerce

if TYPE_CHECKING:
    import networkx as nx

    from vanban.graph.build import FileFacts

# What writes the graph (graph/build.py and the loaders under it, networkx) is imported by the methods that
# write: `vanban query`, `show` and `search` open a store without paying for it (issue 12, bench/bench_startup.py).

SCHEMA_VERSION = "7"          # 3: relations carry scope and partial; 4: documents, not files (sources, count);
                              # 5: Document.effective, expires, effect, effect_line; 6: edges carry `page`;
                              # 7: Document's count columns (graph/counts.py; a 6 is upgraded in place)
UPGRADABLE = {"6"}            # older versions this one upgrades when it opens them (graph/counts.py upgrade)
DB_FILE = "graph.lbug"

# A reader waits this long for a writer's log or checkpoint to settle before it gives up.
OPEN_WAIT = 15.0
# ... and this much longer while the process holding the store is alive: a running load checkpointing (a big
# store's final checkpoint, or one after every commit with VANBAN_CHECKPOINT_MB=0) is waited out, not reported
# as an interrupted load (tests/test_crash.py readers test).
WRITER_WAIT = 120.0
# LadybugDB's page cache per open store (its default is most of the machine's memory); VANBAN_POOL_MB sets another
# (a store of several GB needs more at its checkpoints: the load says so when it runs out, see POOL_FULL).
BUFFER_POOL_BYTES = 2 << 30
POOL_ENV = _POOL_ENV   # graph/loading.py names it in its error; the store imports loading, not the reverse


def pool_bytes() -> int:
    """The page cache a store opens with: VANBAN_POOL_MB when set (a whole number of MB, >= 16), else
    BUFFER_POOL_BYTES."""
    raw = os.environ.get(POOL_ENV, "").strip()
    if not raw:
        return BUFFER_POOL_BYTES
    if not raw.isdigit() or int(raw) < 16:
        raise StoreError(f"{POOL_ENV}={raw!r}: give the engine's page cache in MB, a whole number >= 16 "
                         f"(default {BUFFER_POOL_BYTES >> 20})")
    return int(raw) << 20


# The cache of a reader that streams the whole store a page at a time (the exports): every page read stays
# cached up to the cache's size, so with the default the process grew with the store (733 MB exporting 32k
# documents); a page and its edges need far less, and a page whose edges do not fit is read in halves
# (graph/stream.py).  Peak RSS of `export --format nt` with 64 MB: 253 MB at 100k synthetic documents,
# 305 MB at 10k real ones; with 128 MB, 373 and 357 (bench/bench_rdf.py, bench/bench_scale.py).  But each page's
# range query reads the store's document ids and the edges' columns again, and at 100k documents (a 1.26 GB store)
# 64 MB could not hold what one query reads: the engine read the same pages from disk again and again (reading
# 400k edges: 38.5 s wall, 46 s of it system time; 128 MB: 21.3 s, 14 s; 192 MB: 12.3 s, 0.6 s).  With 192 MB the
# whole `export --format nt` at 100k: 102 s wall instead of 166, 111 s CPU instead of 213, peak RSS 387 MB
# instead of 256; every other format 341-364 MB (session 14, /tmp/s100k of bench_scale.py --kb 8).
STREAM_POOL_BYTES = 192 << 20

# Rows per UNWIND statement when writing a whole graph: big enough that the per-statement cost vanishes,
# small enough that the parameter list stays a few MB (benchmark if changing: bench/bench_store.py).
BATCH_ROWS = 5_000
# Rows per statement when they are packed into one string (graph/bulk.py): the string is a few MB at most.
PACKED_ROWS = 20_000


# ---------------------------------------------------------------- results (graph/result.py: no heavy imports)
from vanban.graph.result import PLAIN_TYPES, Result, jsonable  # noqa: E402,F401  (re-exported: vanban.graph.store.Result)


def expand_paths(paths: Iterable[str]) -> List[str]:
    """Files, folders and globs -> sorted absolute paths of the files to read: ``vanban.loaders.paths.walk``,
    the one walker of `extract` and `load` (a literal path is never globbed, folders give every document type
    the readers take, FIFOs and devices are left out with a warning: the CLI reports them as failed)."""
    import warnings

    from vanban.loaders.paths import walk
    found = walk(paths)
    for e in found.skipped:
        warnings.warn(str(e), stacklevel=2)
    return [os.path.abspath(f) for f in found.files]


# ---------------------------------------------------------------- the schema
_LB_TYPE = {"STRING": "STRING", "INT64": "INT64", "BOOLEAN": "BOOLEAN", "STRING[]": "STRING[]"}
_EDGE_TYPES = {"type": "STRING", **EDGE_PROPERTIES}


def schema_statements() -> List[str]:
    """The DDL of the store: one node table per label, one rel table per relationship type, bookkeeping."""
    out = []
    for label, props in NODE_PROPERTIES.items():
        cols = ", ".join(f"{q(p)} {_LB_TYPE[t]}" for p, t in props.items() if p != "id")
        extra = "".join(f", {c} {t}" for c, t in counts.COLUMNS.get(label, {}).items())   # graph/counts.py
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, {cols}, _tally STRING{extra})")
    for etype in EdgeType:
        a, b = EDGE_ENDS[etype.value]
        cols = ", ".join(f"{q(p)} {_LB_TYPE[t]}" for p, t in _EDGE_TYPES.items())
        out.append(f"CREATE REL TABLE IF NOT EXISTS {etype.value}(FROM {a} TO {b}, {cols})")
    out.append("CREATE NODE TABLE IF NOT EXISTS _SourceFile(path STRING PRIMARY KEY, sha256 STRING, doc STRING, "
               "grp STRING)")
    out.append("CREATE NODE TABLE IF NOT EXISTS _Group(key STRING PRIMARY KEY, doc STRING, file STRING, votes STRING, "
               "sources STRING[], files STRING[])")
    out.append("CREATE NODE TABLE IF NOT EXISTS _Meta(key STRING PRIMARY KEY, value STRING)")
    out.append(DIRTY_TABLE)
    return out


# Made by every writer that opens a store (also one made before the table existed: no version change,
# a reader that finds no table rebuilds the RDF twin whole).
DIRTY_TABLE = "CREATE NODE TABLE IF NOT EXISTS _Dirty(key STRING PRIMARY KEY, gen INT64)"
# A load's deferred hub rows, one row per document: made by the batch that stages the first and dropped when they
# are written, so a store no load is writing has no such table (a table costs every reader pages of its cache).
PENDING_TABLE = "CREATE NODE TABLE IF NOT EXISTS _Pending(grp STRING PRIMARY KEY, edges STRING)"
# Relationship types a load stages in _Pending and writes once per checkpoint (graph/loading.py): the ones that
# land on hubs.  LadybugDB re-sorts at every COMMIT, for each node, the rows it got since the last checkpoint;
# counted on 10k generated documents, 83% of that work was the bodies' incoming ISSUED_BY rows and 7% MENTIONS
# of the provinces (README, scale; benchmark if changing: bench/bench_batches.py).
DEFERRED_TYPES = ("ISSUED_BY",)
# The RDF twin's stamp, whose ``gen`` says which _Dirty rows it has applied (graph/sparqlstore.py).
TWIN_STAMP = os.path.join("sparql", "stamp.json")


def q(name: str) -> str:
    """A property name quoted for Cypher: the model has ``end``, a reserved word (``r.`end```)."""
    return f"`{name}`"


def _set_clause(var: str, props: Iterable[str], row: str = "r") -> str:
    return ", ".join(f"{var}.{q(p)} = {row}.{q(p)}" for p in props)


# ---------------------------------------------------------------- the store
# Column types whose values arrive as plain Python values (str, int, float, bool, None): their rows need no call
# per value.  Others (lists, nodes, relationships, maps, INT128 as a Decimal, dates) go through ``jsonable``.
PLAIN_COLUMN_TYPES = frozenset(("STRING", "BOOL", "INT64", "INT32", "INT16", "INT8", "UINT64", "UINT32", "UINT16",
                                "UINT8", "SERIAL", "DOUBLE", "FLOAT"))


def _rows(res) -> list:
    """The rows of a LadybugDB result as lists of plain values.  Read through the engine's own result object when
    the driver exposes it: the driver's ``has_next``/``get_next`` check the result is open on every row, ~1 µs a
    row (an `export` of 1.2M edges reads them all; a 20,000-row answer pays 20-40 ms); only the columns of
    non-plain types are converted."""
    try:
        types = res.get_column_data_types()
    except (AttributeError, RuntimeError):
        types = None
    raw = getattr(res, "_query_result", None)
    if types is None or raw is None or getattr(res, "as_dict", False) or not hasattr(raw, "getNext"):
        rows = []
        while res.has_next():
            rows.append([v if type(v) in PLAIN_TYPES else jsonable(v) for v in res.get_next()])
        return rows
    res.check_for_query_result_close()
    convert = [i for i, t in enumerate(types) if t not in PLAIN_COLUMN_TYPES]
    has, nxt = raw.hasNext, raw.getNext
    rows = []
    append = rows.append
    if not convert:
        while has():
            append(nxt())
    else:
        while has():
            row = nxt()
            for i in convert:
                v = row[i]
                if type(v) not in PLAIN_TYPES:
                    row[i] = jsonable(v)
            append(row)
    return rows


class Store:
    """The LadybugDB store in directory ``path`` (created on first write).

    ``read_only=True`` opens an existing store for reading; several readers may share it, also while a
    loader writes.  A second writer gets StoreLockedError.  ``buffer_pool_bytes``: the engine's page cache
    (default ``BUFFER_POOL_BYTES``; ``STREAM_POOL_BYTES`` for a reader that streams the whole store).
    """

    dialect = "ladybug"

    def __init__(self, path, *, read_only: bool = False, buffer_pool_bytes: Optional[int] = None):
        import ladybug as lb

        self.path = Path(path)
        self.read_only = read_only
        self._pool = buffer_pool_bytes or pool_bytes()
        self._pruned = False
        self._pending = 0              # documents with rows in _Pending (a writer knows; flushed when it opens)
        db_file = self.path / DB_FILE
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a store folder; give a folder with --store")
        if read_only and not db_file.exists():
            raise StoreError(f"no vanban store at {self.path}; load documents first: vanban load PATH --store {self.path}")
        if not read_only:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"{self.path}: cannot create the store folder ({e.strerror}); give a writable "
                                 f"folder with --store") from None
        self._db, self._conn = self._open(lb, db_file)
        if read_only:
            found = self._settled_schema(lb, db_file)
            if found in UPGRADABLE:                   # an older store: upgraded in place once, then read
                self._upgrade_for_reader(lb, db_file)
                found = None
            self._check_version(found)
            if self._pending_count():
                self._finish_for_reader(lb, db_file)
        else:
            self._ensure_schema()

    def _open(self, lb, db_file):
        """Open the database; a reader waits out a writer's log or checkpoint, and recovers a killed one's.

        LadybugDB replays its write-ahead log when a writer opens the store; a reader that finds a log being
        written (a checksum that does not match yet), a checkpoint that a kill -9 interrupted ("recovery
        pending"), or a store still being created, retries for up to OPEN_WAIT seconds, and when no writer
        holds the store it opens it for writing once, which replays the log up to the last COMMIT.
        """
        deadline = time.monotonic() + OPEN_WAIT
        delay = 0.02
        recovered = False
        self._writer_pid: Optional[int] = None
        while True:
            db = conn = None
            try:
                db = lb.Database(str(db_file), read_only=self.read_only, buffer_pool_size=self._pool,
                                 **({} if self.read_only else _REPLAY_TO_LAST_COMMIT))
                conn = lb.Connection(db)
                if self.read_only:
                    conn.execute("MATCH (m:_Meta {key: 'schema'}) RETURN m.value")   # the tables exist yet?
                return db, conn
            except RuntimeError as e:
                for x in (conn, db):
                    if x is not None:
                        x.close()
                msg = str(e)
                first = msg.splitlines()[0] if msg else type(e).__name__
                if "lock" in msg.lower():
                    pid = re.search(r"PID (\d+)", msg)
                    who = f"process {pid.group(1)}" if pid else "another process"
                    raise StoreLockedError(f"{self.path} is being written by {who}; wait for it to finish "
                                           f"or use another --store") from None
                if not self.read_only:
                    raise StoreError(f"{self.path}: cannot open the store ({first})") from None
                if not recovered and _needs_recovery(msg):
                    recovered = True
                    if self._recover(lb, db_file):
                        continue
                if recovered and self._writer_pid and not _alive(self._writer_pid) and _needs_recovery(msg):
                    self._writer_pid = None       # the writer we waited for is gone (killed): recover after it
                    if self._recover(lb, db_file):
                        continue
                if recovered and "_meta" in msg.lower() and self._recover(lb, db_file):
                    # nobody is writing it and it has no tables: a first load was stopped before its first commit
                    raise StoreError(f"no vanban store at {self.path} (a first load stopped before it stored "
                                     f"anything); load documents first: vanban load PATH --store {self.path}") from None
                writing = _needs_recovery(msg) and self._writer_pid and _alive(self._writer_pid)
                if time.monotonic() > deadline + (WRITER_WAIT if writing else 0):
                    if writing:
                        raise StoreError(f"{self.path}: process {self._writer_pid} has been writing its log into the "
                                         f"store for over {OPEN_WAIT + WRITER_WAIT:.0f} s; try again when it "
                                         f"finishes") from None
                    if _needs_recovery(msg):
                        raise StoreError(f"{self.path}: a load was interrupted and its log is not replayed yet "
                                         f"({first}); run `vanban load PATH --store {self.path}` (any file) to "
                                         f"recover it") from None
                    raise StoreError(f"{self.path}: cannot open the store ({first})") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _settled_schema(self, lb, db_file) -> Optional[str]:
        """The schema version a reader finds, read again while a writer holds the store and it is not one this
        vanban knows.  A reader opened while a writer checkpoints can read the version row wrong (tests/test_crash.py
        saw '' and another _Meta row's value with a checkpoint after every commit, more often when the writer
        commits files back to back); the store is read again after the writer moves on, up to OPEN_WAIT +
        WRITER_WAIT seconds.  With no writer, what it reads is what the store holds."""
        found = self._schema()
        deadline = time.monotonic() + OPEN_WAIT + WRITER_WAIT
        delay = 0.05
        while found != SCHEMA_VERSION and found not in UPGRADABLE and time.monotonic() < deadline:
            self.close()
            settled = self._recover(lb, db_file)       # True: nobody writes it (and its log is replayed)
            if not settled and self._writer_pid is None:
                settled = True                         # not writable here: nothing to wait for
            if not settled:
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
            self._db, self._conn = self._open(lb, db_file)
            found = self._schema()
            if settled:
                break
        return found

    def _recover(self, lb, db_file) -> bool:
        """Open the store for writing once (it replays the log), if nobody is writing it; True if done."""
        try:
            db = lb.Database(str(db_file), buffer_pool_size=self._pool, **_REPLAY_TO_LAST_COMMIT)
        except RuntimeError as e:
            holder = re.search(r"Lock is held by PID (\d+)", str(e))
            self._writer_pid = int(holder.group(1)) if holder else None
            return False    # a writer has it (and will replay the log itself), or we may not write here
        db.close()
        return True

    # -- plumbing
    @contextlib.contextmanager
    def _transaction(self):
        """One write transaction: committed when the block ends, rolled back when it raises (a kill leaves all
        of its writes or none)."""
        self._exec("BEGIN TRANSACTION")
        try:
            yield
            self._exec("COMMIT")
        except BaseException:
            try:
                self._exec("ROLLBACK")
            except RuntimeError:
                pass   # LadybugDB ends a transaction itself when a statement in it fails
            raise

    def _exec(self, cypher: str, params: Optional[dict] = None) -> list:
        res = self._conn.execute(cypher, params or {})
        if isinstance(res, list):
            res = res[-1]
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return rows

    def _ensure_schema(self):
        try:
            found = self._exec("MATCH (m:_Meta {key: 'schema'}) RETURN m.value")
        except RuntimeError:
            found = []
        if found:
            if found[0][0] in UPGRADABLE:
                self._upgrade()
            else:
                self._check_version(found[0][0])
            self._exec(DIRTY_TABLE)
            self._pending = self._pending_count()
            self.finish_pending()          # a killed load's staged rows: written before anything else
            return
        # every table and the version row in one transaction: a kill leaves all of them or none
        with self._transaction():
            for stmt in schema_statements():
                self._exec(stmt)
            self._exec("CREATE (:_Meta {key: 'schema', value: $v})", {"v": SCHEMA_VERSION})

    def _schema(self) -> Optional[str]:
        try:
            rows = self._exec("MATCH (m:_Meta {key: 'schema'}) RETURN m.value")
        except RuntimeError:
            rows = []
        return rows[0][0] if rows else None

    def _upgrade(self) -> None:
        """An older store (UPGRADABLE) brought to SCHEMA_VERSION in one transaction: the count columns of
        graph/counts.py computed from its edges (once: 194 s, 3.0 GB peak at 100k generated documents)."""
        with self._transaction():
            counts.upgrade(self)
            self._exec("MATCH (m:_Meta {key: 'schema'}) SET m.value = $v", {"v": SCHEMA_VERSION})

    def _upgrade_for_reader(self, lb, db_file) -> None:
        """A reader of an older store opens it for writing once (which upgrades it), then reads it."""
        self.close()
        try:
            Store(self.path).close()
        except StoreLockedError as e:
            pid = re.search(r"by (process \d+)", str(e))
            raise StoreLockedError(f"{self.path}: made by an older vanban and being written by "
                                   f"{pid.group(1) if pid else 'another process'}; try again when it finishes (the "
                                   f"first vanban to open it then upgrades it in place)") from None
        except StoreError as e:
            raise StoreError(f"{self.path}: made by an older vanban; it needs a one-time upgrade that opening it "
                             f"for writing does ({e}); run `vanban load PATH --store {self.path}`") from None
        self._db, self._conn = self._open(lb, db_file)

    def log_bytes(self) -> int:
        """The size of the write-ahead log (0 right after a checkpoint)."""
        try:
            return os.path.getsize(self.path / (DB_FILE + ".wal"))
        except OSError:
            return 0

    def _pending_count(self) -> int:
        try:
            return self._exec("MATCH (p:_Pending) RETURN count(*)")[0][0]
        except RuntimeError:          # a store made before the table: nothing pending
            return 0

    def _finish_for_reader(self, lb, db_file) -> None:
        """A reader of a store a killed load left with staged rows (``_Pending``) opens it for writing once, which
        writes them, then reads it; while a writer holds the store it reads it as it is (that writer finishes them:
        ISSUED_BY rows of the documents written since its last checkpoint are not there yet)."""
        self.close()
        try:
            Store(self.path).close()
        except StoreLockedError:
            pass
        except StoreError as e:
            raise StoreError(f"{self.path}: a load was interrupted before it wrote its staged rows, and writing them "
                             f"needs the store opened for writing ({e}); run `vanban load PATH --store "
                             f"{self.path}`") from None
        self._db, self._conn = self._open(lb, db_file)

    def _check_version(self, found=None):
        if found is None:
            found = self._schema()
        if found != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by another vanban version (schema {found}, this one reads "
                             f"{SCHEMA_VERSION}); remove the folder and load the documents again")

    def close(self):
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- the backend protocol
    def run(self, cypher: str, params: Optional[dict] = None, write: bool = False) -> Result:
        """Run Cypher; read-only unless ``write``.  QueryError carries the engine's one-line message."""
        if write and self.read_only:
            raise StoreError(f"{self.path} is open read-only; writing needs the store opened for writing")
        if not write:       # the read-only transaction does not stop COPY TO, EXPORT DATABASE, LOAD FROM, ...
            from vanban.graph.cypher_guard import refuse_outside
            refuse_outside(cypher, "ladybug")
        try:
            if write:
                res = self._conn.execute(cypher, params or {})
            else:
                self._conn.execute("BEGIN TRANSACTION READ ONLY")
                try:
                    res = self._conn.execute(cypher, params or {})
                finally:
                    try:
                        self._conn.execute("COMMIT")
                    except RuntimeError:
                        pass   # an error inside the transaction has already ended it
            if isinstance(res, list):
                res = res[-1]
            columns = list(res.get_column_names())
            rows = _rows(res)
        except RuntimeError as e:
            msg = " ".join(str(e).split())
            if "read-only transaction" in msg or "read-only database" in msg:
                raise QueryError("this Cypher writes to the store; pass --write (write=True) to allow it") from None
            raise QueryError(f"Cypher failed: {msg}") from None
        return Result(columns, rows)

    # -- loading
    def sources(self) -> Dict[str, dict]:
        """The loaded files: path -> {sha256, doc}."""
        return {p: {"sha256": s, "doc": d} for p, s, d in
                self._exec("MATCH (s:_SourceFile) RETURN s.path, s.sha256, s.doc ORDER BY s.path")}

    def load(self, paths, progress: Optional[Callable[[FileOutcome], None]] = None, *, extract: Callable,
             jobs: Optional[int] = None, prune: bool = False) -> LoadReport:
        """Read files (folders and globs expanded) and store their facts.

        Files are read in parallel (``jobs`` processes, default one per core; one process when ``extract``
        cannot be pickled) and written in batches, one transaction per batch (graph/loading.py).  Unchanged files (same
        sha256) are skipped; changed ones have exactly their facts replaced; files holding the same document
        (same own number or same content) are stored once; a file that fails (unreadable, extractor error,
        bad relation) is reported and rolled back, and the others load.  ``prune`` also removes the facts of
        loaded files that no longer exist.  ``progress`` is called with each file's outcome.  ``extract`` reads
        one file into an Extraction: the caller passes it (``vanban.loaders.extract``), so the graph layer never
        chooses the loaders itself.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; loading needs the store opened for writing")
        report = load_files(self, expand_paths(paths), progress=progress, extract=extract, jobs=jobs)
        if prune:
            gone = [p for p in self.sources() if not os.path.isfile(p)]
            report.files.extend(self.remove_files(gone, progress=progress, extract=extract).files)
        return report

    def add_extraction(self, extraction, sha256: str = "") -> FileOutcome:
        """Store one extraction (already made) as if its file had been loaded; replaces that file's facts."""
        from vanban.graph.build import file_facts
        path = extraction.file
        facts = file_facts(extraction, source_file=path)
        old = path in self._file_rows([path])
        self.apply(facts, sha256 or extraction.sha256 or "")
        return FileOutcome(path, "replaced" if old else "added", doc=facts.doc, warnings=facts.warnings)

    def remove(self, path: str, *, extract: Optional[Callable] = None) -> bool:
        """Remove every fact one loaded file contributed; False when the file was not loaded.  ``extract`` reads
        again the other files of its document, if it has any."""
        return bool(self.remove_files([path], extract=extract).removed)

    def remove_files(self, paths: Iterable[str], progress=None, *, extract: Optional[Callable] = None) -> LoadReport:
        """Remove the facts of loaded files (``vanban remove``, ``load --prune``), in one transaction.

        A path is matched as given, absolute, and with symlinks resolved; a folder removes every loaded file
        below it.  Facts another file of the same document also states stay, with that file as their source.
        """
        loaded = self.sources()
        want = []
        for p in paths:
            p = str(p)
            for cand in dict.fromkeys((p, os.path.abspath(p), os.path.realpath(p))):
                if cand in loaded:
                    want.append(cand)
                else:
                    below = cand.rstrip(os.sep) + os.sep
                    want.extend(f for f in loaded if f.startswith(below))
        want = sorted(set(want))
        report = LoadReport()
        if want:
            self._apply_batch([], removed=want, reread=rereader(extract))
        for p in want:
            outcome = FileOutcome(p, "removed", doc=loaded[p]["doc"])
            report.files.append(outcome)
            if progress is not None:
                progress(outcome)
        return report

    def apply(self, facts: FileFacts, sha256: Optional[str]) -> None:
        """Store one file's facts, replacing what it gave before, in one transaction (``sha256=None``: remove)."""
        if sha256 is None:
            self._apply_batch([], removed=[facts.source_file])
        else:
            self._apply_batch([(facts.source_file, sha256, facts)])

    # -- the batch write: every change of a batch of files in one transaction
    def _file_rows(self, paths: Iterable[str]) -> Dict[str, tuple]:
        return {p: (sha, doc, grp) for p, sha, doc, grp in self._exec(
            "UNWIND $ps AS p MATCH (s:_SourceFile {path: p}) RETURN s.path, s.sha256, s.doc, s.grp",
            {"ps": sorted(set(paths))})}

    def _group_rows(self, keys: Iterable[str]) -> Dict[str, dict]:
        out = {}
        for key, doc, f, votes, sources, files in self._exec(
                "UNWIND $ks AS k MATCH (g:_Group {key: k}) RETURN g.key, g.doc, g.file, g.votes, g.sources, g.files",
                {"ks": sorted(set(keys))}):
            out[key] = {"doc": doc, "file": f, "votes": json.loads(votes) if votes else {},
                        "sources": list(sources or []), "files": list(files or [])}
        return out

    def _apply_batch(self, changed: List[tuple], removed: Iterable[str] = (), reread=None,
                     defer: bool = False) -> List[tuple]:
        """Write a batch in one transaction: ``changed`` = [(path, sha256, FileFacts)], ``removed`` = paths.

        Every document (group of files, ``file_group``) the batch touches is recomputed from its files: the
        batch's facts, and for a file of the group outside the batch, its facts read again (``reread(path)``
        -> (sha256, FileFacts) or None when it is gone, which drops it).
        ``defer``: the edges of ``DEFERRED_TYPES`` are staged in ``_Pending`` (one row per document) instead of
        created; ``finish_pending`` creates them (a load calls it before each checkpoint and at its end).
        Returns the files dropped that way.
        """
        from vanban.graph.build import file_group, group_facts
        removed = sorted(set(removed))
        new_paths: dict = {p: (sha, facts) for p, sha, facts in changed}
        if reread is None:
            reread = rereader(None)
        with self._transaction():
            rows = self._file_rows(list(new_paths) + removed)
            new_group = {p: file_group(facts, sha) for p, (sha, facts) in new_paths.items()}
            touched = set(new_group.values()) | {rows[p][2] for p in rows}
            groups = self._group_rows(touched)
            dropped = []
            after: dict = {}   # group key -> {path: (sha, facts or None)}
            for g in touched:
                members = {p: None for p in groups.get(g, {}).get("files", ())
                           if p not in removed and p not in new_paths}
                members.update({p: new_paths[p] for p, ng in new_group.items() if ng == g})
                for p in [p for p, v in members.items() if v is None]:
                    got = reread(p) if reread is not None else None
                    if got is None or file_group(got[1], got[0]) != g:
                        # gone or now another document's: it is dropped here and loaded again when given
                        del members[p]
                        dropped.append(p)
                    else:
                        members[p] = got
                after[g] = members
            remember = getattr(reread, "remember", None)
            for members in after.values():
                if remember is not None and len(members) > 1:   # the next file of such a document reads none again
                    for p, (sha, facts) in members.items():
                        remember(p, sha, facts)
            for p in dropped:
                if p not in removed:
                    removed.append(p)
            siblings = [p for members in after.values() for p in members if p not in new_paths and p not in rows]
            rows.update(self._file_rows(siblings))
            # the votes each touched group takes away and gives, summed per node
            delta = defaultdict(list)      # node key -> [(file, vote, sign)]
            new_rows: dict = {}
            old_edges: dict = defaultdict(dict)       # label -> {node id: (the groups' docs, their files)}
            edges: list = []
            staged: dict = {}              # group key -> its edges of DEFERRED_TYPES, as _Pending holds them
            for g in sorted(touched):
                old = groups.get(g)
                if old:
                    for key, vote in old["votes"].items():
                        delta[key].append((old["file"], vote, -1))
                    for key in old["sources"]:
                        label, _, ident = key.partition(":")
                        docs, files = old_edges[label].setdefault(ident, (set(), set()))
                        docs.add(old["doc"])
                        files.update(old["files"])
                members = after[g]
                if not members:
                    new_rows[g] = None
                    continue
                facts = group_facts(f for _sha, f in members.values())
                votes = {key: vote for key, (_l, _i, vote) in facts.nodes.items()}
                votes = counts.mark_votes(votes, facts.edges.items())      # graph/counts.py
                for key, vote in votes.items():
                    delta[key].append((facts.source_file, vote, +1))
                if defer:
                    later = [(u, v, attrs) for (u, v, _k), attrs in facts.edges.items()
                             if attrs["type"] in DEFERRED_TYPES]
                    if later:
                        staged[g] = later
                        edges.extend(e for e in facts.edges.items() if e[1]["type"] not in DEFERRED_TYPES)
                    else:
                        edges.extend(facts.edges.items())
                else:
                    edges.extend(facts.edges.items())
                new_rows[g] = {"key": g, "doc": facts.doc, "file": facts.source_file, "files": sorted(members),
                               "sources": sorted({u for (u, _v, _k) in facts.edges}),
                               "votes": json.dumps(votes, ensure_ascii=False, sort_keys=True)}
            # a node a touched group gives the same vote as before (one more copy of a document's text) keeps its
            # row: only its out-edges may change, which the RDF twin hears of below
            changed_keys = list(delta)
            for key, entries in list(delta.items()):
                if len(entries) == 2 and entries[0][2] == -1 and entries[1][2] == 1 and entries[0][:2] == entries[1][:2]:
                    del delta[key]
            # 1. the touched groups' old edges go (they all start at nodes the group listed as edge sources).  A
            # node several of them list is read once: its out-edges are scanned, and a hub that every citing text
            # states an ISSUED_BY of has thousands.  An edge of another group cannot match: a file is in one group.
            for label, by_id in sorted(old_edges.items()):
                batch = [{"i": i, "ds": sorted(ds), "fs": sorted(fs)} for i, (ds, fs) in sorted(by_id.items())]
                for i in range(0, len(batch), BATCH_ROWS):
                    self._exec(f"UNWIND $rows AS r MATCH (a:{label} {{id: r.i}})-[e]->() "
                               "WHERE list_contains(r.ds, e.source_doc) AND list_contains(r.fs, e.source_file) DELETE e",
                               {"rows": batch[i:i + BATCH_ROWS]})
            # ... and those still staged in _Pending
            if self._pending:
                old_staged = [g for g in touched if g in groups]
                if old_staged:
                    self._exec("UNWIND $ks AS k MATCH (p:_Pending {grp: k}) DELETE p", {"ks": sorted(old_staged)})
            # 2. votes taken away and added; properties recomputed from the counts
            self._write_nodes(delta)
            # 3. the new edges
            by_type: Dict[str, List[tuple]] = defaultdict(list)
            for (u, v, _k), attrs in edges:
                by_type[attrs["type"]].append((u.split(":", 1)[1], v.split(":", 1)[1], attrs))
            for etype, ends in sorted(by_type.items()):
                self._create_edges(etype, ends)
            n_staged = self._stage(staged) if staged else 0
            # 4. the bookkeeping rows
            gone_groups = [g for g, row in new_rows.items() if row is None and g in groups]
            if gone_groups:
                self._exec("UNWIND $ks AS k MATCH (g:_Group {key: k}) DELETE g", {"ks": gone_groups})
            upd = [row for g, row in new_rows.items() if row is not None and g in groups]
            new = [row for g, row in new_rows.items() if row is not None and g not in groups]
            if upd:
                self._exec("UNWIND $rows AS r MATCH (g:_Group {key: r.key}) SET g.doc = r.doc, g.file = r.file, "
                           "g.votes = r.votes, g.sources = r.sources, g.files = r.files", {"rows": upd})
            if new:
                self._exec("UNWIND $rows AS r CREATE (:_Group {key: r.key, doc: r.doc, file: r.file, "
                           "votes: r.votes, sources: r.sources, files: r.files})", {"rows": new})
            # 5. what changed, for the RDF twin: every node a touched group voted for, before or now
            self._mark_dirty(changed_keys)
            gone_files = [p for p in removed if p in rows or p in dropped]
            if gone_files:
                self._exec("UNWIND $ps AS p MATCH (s:_SourceFile {path: p}) DELETE s", {"ps": gone_files})
            file_rows = [{"path": p, "sha": sha, "doc": facts.doc, "grp": new_group[p]}
                         for p, (sha, facts) in new_paths.items()]
            reread_rows = [{"path": p, "sha": sha, "doc": facts.doc, "grp": g}
                           for g, members in after.items() for p, (sha, facts) in members.items()
                           if p not in new_paths and p in rows and rows[p][0] != sha]
            for batch, exists in (([r for r in file_rows if r["path"] in rows] + reread_rows, True),
                                  ([r for r in file_rows if r["path"] not in rows], False)):
                if not batch:
                    continue
                if exists:
                    self._exec("UNWIND $rows AS r MATCH (s:_SourceFile {path: r.path}) "
                               "SET s.sha256 = r.sha, s.doc = r.doc, s.grp = r.grp", {"rows": batch})
                else:
                    self._exec("UNWIND $rows AS r CREATE (:_SourceFile {path: r.path, sha256: r.sha, "
                               "doc: r.doc, grp: r.grp})", {"rows": batch})
        self._pending += n_staged          # once committed: a rolled back batch staged nothing (nor made the table)
        return dropped

    # -- deferred hub rows (_Pending)
    def _stage(self, staged: Dict[str, list]) -> int:
        """Stage each group's deferred edges [(source key, target key, attrs)] as one _Pending row (JSON of
        [source id, target id, EDGE_ATTRS values...] per edge), inside the caller's transaction (which makes the
        table if nothing is staged yet).  Returns the rows staged."""
        if not self._pending:
            self._exec(PENDING_TABLE)
        rows = [{"g": g, "e": json.dumps([[u.split(":", 1)[1], v.split(":", 1)[1], *[a[p] for p in EDGE_ATTRS]]
                                          for u, v, a in edges], ensure_ascii=False)}
                for g, edges in sorted(staged.items())]
        for i in range(0, len(rows), BATCH_ROWS):
            self._exec("UNWIND $rows AS r CREATE (:_Pending {grp: r.g, edges: r.e})", {"rows": rows[i:i + BATCH_ROWS]})
        return len(rows)

    def finish_pending(self) -> int:
        """Create every edge staged in _Pending and drop the table, in one transaction (each hub's rows appended
        once); the RDF twin hears of their source documents as changed.  Returns the edges created."""
        if not self._pending:
            return 0
        n = 0
        with self._transaction():
            by_type: Dict[str, List[tuple]] = defaultdict(list)
            sources = set()
            for (packed,) in self._exec("MATCH (p:_Pending) RETURN p.edges"):
                for e in json.loads(packed):
                    attrs = dict(zip(EDGE_ATTRS, e[2:]))
                    by_type[attrs["type"]].append((e[0], e[1], attrs))
                    sources.add(node_key(EDGE_ENDS[attrs["type"]][0], e[0]))
            for etype, ends in sorted(by_type.items()):
                self._create_edges(etype, ends)
                n += len(ends)
            self._exec("MATCH (p:_Pending) DELETE p")
            self._exec("DROP TABLE _Pending")
            self._mark_dirty(sources)
        self._pending = 0
        return n

    # -- what changed, for the RDF twin (graph/sparqlstore.py)
    def _meta(self, key: str) -> Optional[str]:
        rows = self._exec("MATCH (m:_Meta {key: $k}) RETURN m.value", {"k": key})
        return rows[0][0] if rows else None

    def _set_meta(self, key: str, value) -> None:
        self._exec("MERGE (m:_Meta {key: $k}) SET m.value = $v", {"k": key, "v": str(value)})

    def _mark_dirty(self, keys: Iterable[str]) -> None:
        """Raise the generation and note ``keys`` as changed in it, inside the caller's transaction, so the
        graph and the record of what changed commit together (a kill -9 leaves both or neither)."""
        gen = int(self._meta("gen") or 0) + 1
        self._set_meta("gen", gen)
        twin = _twin_gen(self.path)
        if twin is None:
            # no RDF twin to keep up to date: its first build reads the whole store anyway
            self._set_meta("dirty_since", gen + 1)
            return
        if not self._pruned:       # rows the twin has applied, once per opening
            self._exec("MATCH (d:_Dirty) WHERE d.gen <= $g DELETE d", {"g": twin})
            self._pruned = True
        keys = sorted(set(keys))
        for i in range(0, len(keys), BATCH_ROWS):
            self._exec("UNWIND $ks AS k MERGE (d:_Dirty {key: k}) SET d.gen = $g",
                       {"ks": keys[i:i + BATCH_ROWS], "g": gen})

    def _write_nodes(self, delta: Dict[str, list]) -> None:
        from vanban.graph.build import add_vote, new_tally, node_from_tally
        tallies = self._tallies_of(delta)
        gone, changed, created = defaultdict(list), defaultdict(list), defaultdict(list)
        for key in sorted(delta):
            label, _, ident = key.partition(":")
            exists = key in tallies
            tally = tallies.get(key) or new_tally()
            before = node_from_tally(label, ident, tally) if exists else None
            if before is not None:
                before.update(counts.values(label, tally, before))           # graph/counts.py
            for f, vote, sign in sorted(delta[key], key=lambda d: d[2]):   # take away first, then add
                add_vote(tally, f, vote, sign)
                counts.add(tally, vote, sign)                              # graph/counts.py
            if tally["n"] <= 0:
                if exists:
                    gone[label].append(ident)
                continue
            props = node_from_tally(label, ident, tally)
            props.pop("label")
            props.update(counts.values(label, tally, props))               # graph/counts.py
            props["_tally"] = json.dumps(tally, ensure_ascii=False, sort_keys=True)
            if before is not None:
                # only the columns that change: LadybugDB pays per column written (benchmark if changing)
                cols = tuple(c for c in (*NODE_PROPERTIES[label], *counts.columns_of(label))
                             if c != "id" and props[c] != before[c]) + ("_tally",)
                changed[(label, cols)].append({c: props[c] for c in ("id",) + cols})
            else:
                created[label].append(props)
        for label, ids in gone.items():
            self._exec(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) DETACH DELETE n", {"ids": ids})
        for (label, cols), batch in sorted(changed.items()):
            self._write_rows(label, ("id",) + cols, batch, create=False)
        for label, batch in created.items():
            self._write_rows(label, (*NODE_PROPERTIES[label], "_tally", *counts.columns_of(label)), batch, create=True)

    def _write_rows(self, label: str, cols: tuple, batch: List[dict], *, create: bool) -> None:
        """Create nodes of ``label`` with columns ``cols``, or set ``cols[1:]`` of the nodes whose id is ``cols[0]``:
        packed into one string per ``PACKED_ROWS`` (graph/bulk.py), the rows that cannot be packed by UNWIND."""
        from vanban.graph import bulk

        typed = {**NODE_PROPERTIES[label], "_tally": "STRING", **counts.COLUMNS.get(label, {})}
        types = tuple("KEY" if c == "id" and not create else typed[c] for c in cols)
        left: List[dict] = []
        for i in range(0, len(batch), PACKED_ROWS):
            part = batch[i:i + PACKED_ROWS]
            rows, bad = bulk.pack([[r[c] for c in cols] for r in part], types)
            left.extend(part[j] for j in bad)
            if not rows:
                continue
            if create:
                props = ", ".join(f"{q(c)}: {bulk.field(k, t)}" for k, (c, t) in enumerate(zip(cols, types), 1))
                self._exec(f"{bulk.UNWIND} WITH {bulk.SPLIT} CREATE (n:{label} {{{props}}})", {"rows": rows})
            else:
                sets = ", ".join(f"n.{q(c)} = {bulk.field(k, t)}" for k, (c, t) in enumerate(zip(cols, types), 1)
                                 if k > 1)
                self._exec(f"{bulk.UNWIND} MATCH (n:{label} {{id: {bulk.key(1)}}}) WITH n, {bulk.SPLIT} SET {sets}",
                           {"rows": rows})
        for i in range(0, len(left), BATCH_ROWS):
            if create:
                self._exec(f"UNWIND $rows AS r CREATE (n:{label} {{{', '.join(f'{q(c)}: r.{q(c)}' for c in cols)}}})",
                           {"rows": left[i:i + BATCH_ROWS]})
            else:
                self._exec(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {_set_clause('n', cols[1:])}",
                           {"rows": left[i:i + BATCH_ROWS]})

    def _create_edges(self, etype: str, batch: List[tuple]) -> None:
        """Create edges ``[(source id, target id, attrs)]`` of one type between existing nodes: packed into one string
        per ``PACKED_ROWS`` (graph/bulk.py), the rows that cannot be packed by UNWIND of dicts."""
        from vanban.graph import bulk

        a, b = EDGE_ENDS[etype]
        types = ("KEY", "KEY") + tuple(_EDGE_TYPES[p] for p in EDGE_ATTRS)
        props = operator.itemgetter(*EDGE_ATTRS)
        sets = ", ".join(f"{q(p)}: {bulk.field(k, t)}" for k, (p, t) in enumerate(zip(EDGE_ATTRS, types[2:]), 3))
        left: List[tuple] = []
        for i in range(0, len(batch), PACKED_ROWS):
            part = batch[i:i + PACKED_ROWS]
            rows, bad = bulk.pack([(s, d, *props(attrs)) for s, d, attrs in part], types)
            left.extend(part[j] for j in bad)
            if rows:
                self._exec(f"{bulk.UNWIND} MATCH (a:{a} {{id: {bulk.key(1)}}}) MATCH (b:{b} {{id: {bulk.key(2)}}}) "
                           f"WITH a, b, {bulk.SPLIT} CREATE (a)-[:{etype} {{{sets}}}]->(b)", {"rows": rows})
        sets = ", ".join(f"{q(p)}: r.{q(p)}" for p in EDGE_ATTRS)
        for i in range(0, len(left), BATCH_ROWS):
            plain = [{"src": s, "dst": d, **{p: attrs[p] for p in EDGE_ATTRS}} for s, d, attrs in left[i:i + BATCH_ROWS]]
            # Two MATCH clauses, not one comma pattern: LadybugDB plans the comma form ~30x slower.
            self._exec(f"UNWIND $rows AS r MATCH (a:{a} {{id: r.src}}) MATCH (b:{b} {{id: r.dst}}) "
                       f"CREATE (a)-[:{etype} {{{sets}}}]->(b)", {"rows": plain})

    def _tallies_of(self, keys: Iterable[str]) -> Dict[str, dict]:
        from vanban.graph.build import new_tally
        out = {}
        for label, ids in _by_label(keys).items():
            for ident, tally in self._exec(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id, n._tally",
                                           {"ids": ids}):
                out[node_key(label, ident)] = json.loads(tally) if tally else new_tally()
        return out

    # -- whole graphs
    def write_graph(self, G: nx.MultiDiGraph, source: str = "import") -> None:
        """Bulk-write a graph (e.g. graph/synthetic.py's) into an empty store, in one transaction.

        One ``COPY ... FROM`` a temporary CSV file per table: LadybugDB's bulk path, ~8x faster than COPY from
        UNWIND batches (and several COPYs into one rel table are slower than one).  List properties are set
        after the copy, for the few nodes that have any, so no list syntax goes through CSV.
        Each node's properties enter its tally as one vote (of its ``source_file``, else of ``source``), so
        files loaded later merge with them.
        StoreError when the store already holds documents.
        """
        import csv
        import tempfile

        from vanban.graph.build import add_vote, new_tally, vote_from_attrs

        if self._exec("MATCH (n:Document) RETURN count(*)")[0][0]:
            raise StoreError(f"{self.path} is not empty; write_graph fills a new store (use load for files)")

        def cell(value, typ):
            value = _coerce(value, typ)
            if typ == "BOOLEAN":
                return "true" if value else "false"
            if typ == "STRING[]":
                return "[]"
            return value

        def list_cell(values):
            # an edge's sources (paths) in LadybugDB's CSV list syntax; the few that need quoting go by UNWIND
            values = list(values or ())
            if any(set(v) & set(",[]{}'\"\\\n") or v != v.strip() for v in values):
                return None
            return "[" + ",".join(values) + "]"

        with tempfile.TemporaryDirectory(prefix="vanban-copy-") as tmp:
            files, lists = [], defaultdict(list)
            by_label = defaultdict(list)
            for _n, attrs in G.nodes(data=True):
                by_label[attrs["label"]].append(attrs)
            marks = counts.graph_counts(G)                                 # graph/counts.py
            for label, nodes in by_label.items():
                props = NODE_PROPERTIES[label]
                path = os.path.join(tmp, f"{label}.csv")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
                    for attrs in nodes:
                        tally = add_vote(new_tally(), attrs.get("source_file") or source, vote_from_attrs(attrs))
                        tally.update(marks.get(node_key(label, attrs["id"]), {}))
                        extra = counts.values(label, tally, attrs)         # lists set after the copy, as below
                        w.writerow([cell(attrs.get(p), t) for p, t in props.items()]
                                   + [json.dumps(tally, ensure_ascii=False, sort_keys=True)]
                                   + ["[]" if isinstance(v, list) else cell(v, "BOOLEAN") if isinstance(v, bool)
                                      else v for v in extra.values()])
                        for c, v in extra.items():
                            if isinstance(v, list) and v:
                                lists[(label, c)].append({"id": attrs["id"], "v": v})
                        for p, t in props.items():
                            if t == "STRING[]" and attrs.get(p):
                                lists[(label, p)].append({"id": attrs["id"], "v": list(attrs[p])})
                files.append((label, path))
            by_type = defaultdict(list)
            for u, v, attrs in G.edges(data=True):
                by_type[attrs["type"]].append((G.nodes[u]["id"], G.nodes[v]["id"], attrs))
            for etype, edges in by_type.items():
                path = os.path.join(tmp, f"{etype}.csv")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
                    for a, b, attrs in edges:
                        cells = [cell(attrs.get(p, EDGE_DEFAULTS.get(p)), _EDGE_TYPES[p]) for p in EDGE_ATTRS]
                        for i, p in enumerate(EDGE_ATTRS):
                            if _EDGE_TYPES[p] == "STRING[]":
                                cells[i] = list_cell(attrs.get(p, EDGE_DEFAULTS.get(p)))
                                if cells[i] is None:
                                    raise StoreError(f"write_graph: edge {a} -> {b}: {p} {attrs.get(p)!r} holds a "
                                                     "character CSV lists cannot carry; load such files with load")
                        w.writerow([a, b] + cells)
                files.append((etype, path))
            with self._transaction():
                for table, path in files:
                    self._exec(f"COPY {table} FROM '{path}' (HEADER=false, PARALLEL=false, ESCAPE='\"')")
                for (label, p), rows in lists.items():
                    for i in range(0, len(rows), BATCH_ROWS):
                        self._exec(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET n.{q(p)} = r.v",
                                   {"rows": rows[i:i + BATCH_ROWS]})
                gen = int(self._meta("gen") or 0) + 1        # everything changed: the RDF twin is rebuilt
                self._set_meta("gen", gen)
                self._set_meta("dirty_since", gen + 1)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The stored graph in the shape of ``build_graph`` (bookkeeping left out)."""
        import networkx as nx

        from vanban.graph.build import edge_key

        G = nx.MultiDiGraph()
        for label, props in NODE_PROPERTIES.items():
            cols = list(props)
            ret = ", ".join(f"n.{q(c)}" for c in cols)
            for row in self._exec(f"MATCH (n:{label}) RETURN {ret}"):
                attrs = {c: _coerce(v, props[c]) for c, v in zip(cols, row)}
                G.add_node(node_key(label, attrs["id"]), label=label, **attrs)
        for etype in EdgeType:
            a, b = EDGE_ENDS[etype.value]
            ret = ", ".join(["a.id", "b.id"] + [f"r.{q(p)}" for p in EDGE_ATTRS])
            for row in self._exec(f"MATCH (a:{a})-[r:{etype.value}]->(b:{b}) RETURN {ret}"):
                attrs = {p: _coerce(v, _EDGE_TYPES[p]) for p, v in zip(EDGE_ATTRS, row[2:])}
                G.add_edge(node_key(a, row[0]), node_key(b, row[1]), key=edge_key(attrs), **attrs)
        return G

    def stats(self) -> Dict[str, Dict[str, int]]:
        """Counts: nodes per label, edges per type, loaded files."""
        nodes = {label: self._exec(f"MATCH (n:{label}) RETURN count(*)")[0][0] for label in NODE_PROPERTIES}
        edges = {t.value: self._exec(f"MATCH ()-[r:{t.value}]->() RETURN count(*)")[0][0] for t in EdgeType}
        files = self._exec("MATCH (s:_SourceFile) RETURN count(*)")[0][0]
        return {"nodes": nodes, "edges": edges, "files": {"loaded": files}}


def _twin_gen(path: Path) -> Optional[int]:
    """The generation the store's RDF twin has applied, or None when there is no twin that tracks one."""
    try:
        with open(path / TWIN_STAMP, encoding="utf-8") as fh:
            gen = json.load(fh).get("gen")
    except (OSError, ValueError, AttributeError):
        return None
    return gen if isinstance(gen, int) and not isinstance(gen, bool) else None


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (the writer a reader waits for)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:         # alive, but another user's
        return True
    return True


# How a writer opens a store whose log a kill -9 cut inside a record (the last COMMIT half written): LadybugDB's
# default refuses it ("Checksum verification failed, the WAL file is corrupted"), for readers and writers alike, so
# the store could not be opened at all; with this it replays the log up to the last whole COMMIT and drops the cut
# tail, which is the state a kill must leave (tests/test_crash.py).  Readers keep the default: they wait for a live
# writer's log, or recover through a writer's open (``Store._recover``).
_REPLAY_TO_LAST_COMMIT = {"throw_on_wal_replay_failure": False}


def _needs_recovery(msg: str) -> bool:
    """An open that fails because a writer is in the middle of its log or checkpoint, or was killed there."""
    msg = msg.lower()
    return any(w in msg for w in ("wal", "checkpoint", "checksum", "recovery", "empty database", "does not exist",
                                  "_meta"))


def _by_label(keys: Iterable[str]) -> Dict[str, List[str]]:
    out = defaultdict(list)
    for key in sorted(set(keys)):
        label, _, ident = key.partition(":")
        out[label].append(ident)
    return out


# ---------------------------------------------------------------- a document's card (any backend)
def document_card(backend, ident: str) -> dict:
    """Everything the graph says about one document, from any backend (common Cypher only).

    ``{"document": {properties}, "issued_by": [...], "signed_by": [...], "outgoing": [...], "incoming": [...],
    "localities": [...]}``; each relation carries relation, the other document, planned, stated_in, line and
    evidence.  UnknownDocumentError when ``ident`` is not stored (use ``registry.resolve_document`` first).
    """
    from vanban.errors import UnknownDocumentError

    props = [p for p in NODE_PROPERTIES["Document"]]
    got = backend.run("MATCH (d:Document {id: $id}) RETURN " + ", ".join(f"d.{q(p)} AS {q(p)}" for p in props),
                      {"id": ident}).dicts()
    if not got:
        raise UnknownDocumentError(ident)
    prov = ("r.planned AS planned, r.source_doc AS stated_in, r.line AS line, r.page AS page, r.evidence AS evidence, "
            "r.source_file AS file, r.start AS start")

    def rows(cypher):
        return backend.run(cypher, {"id": ident}).dicts()

    return {
        "document": got[0],
        "issued_by": rows(f"MATCH (d:Document {{id: $id}})-[r:ISSUED_BY]->(b:Body) RETURN b.id AS body, {prov} "
                          "ORDER BY body, stated_in, line"),
        "signed_by": rows("MATCH (d:Document {id: $id})-[r:SIGNED_BY]->(p:Person) "
                          "RETURN p.id AS person, p.position AS position ORDER BY person"),
        "outgoing": rows(f"MATCH (d:Document {{id: $id}})-[r]->(t:Document) RETURN r.type AS relation, t.id AS target, "
                         f"{prov} ORDER BY relation, target, stated_in, line"),
        "incoming": rows(f"MATCH (s:Document)-[r]->(d:Document {{id: $id}}) RETURN r.type AS relation, s.id AS source, "
                         f"{prov} ORDER BY relation, source, stated_in, line"),
        "localities": rows("MATCH (d:Document {id: $id})-[r:MENTIONS]->(l:Locality) RETURN l.id AS locality, "
                           "r.line AS line, r.evidence AS evidence ORDER BY line, locality"),
    }


# A card shows a fact's whole sentence, wrapped; past this many characters (a run-on list, a capped window of
# 3,000) it is cut at a word with "…" and a line saying where the fact stands, so the rest can be read there.
CARD_EVIDENCE_MAX = 600
CARD_WIDTH = 100


def _evidence_lines(r: dict, cited: str) -> List[str]:
    """A fact's sentence on a card: whole and wrapped, or past CARD_EVIDENCE_MAX the part around ``cited`` (the
    number the fact is about) with "…" where it is cut, and a line saying where the fact stands."""
    import textwrap

    text = " ".join(str(r["evidence"] or "").split())
    shown = text
    if len(text) > CARD_EVIDENCE_MAX:
        at = text.find(cited.split("@")[0]) if cited else -1
        at = max(at, 0)
        a = max(0, min(at - CARD_EVIDENCE_MAX // 3, len(text) - CARD_EVIDENCE_MAX))
        b = a + CARD_EVIDENCE_MAX
        if a > 0:                                   # whole words at both ends, the cited number kept
            sp = text.find(" ", a, at + 1)
            a = sp + 1 if sp >= 0 else a
        if b < len(text):
            sp = text.rfind(" ", max(a, at), b)
            b = sp if sp > at else b
        shown = ("…" if a > 0 else "") + text[a:b].strip() + ("…" if b < len(text) else "")
    out = textwrap.wrap(f"“{shown}”", width=CARD_WIDTH, initial_indent=" " * 6, subsequent_indent=" " * 7,
                        break_on_hyphens=False)
    if shown != text:
        where = f"character {r['start']:,} of {r['file']}" if r.get("file") and (r.get("start") or -1) >= 0 \
            else f"line {r['line']}"
        out.append(f"       ({len(shown.strip('…')):,} of {len(text):,} characters; the fact is at {where})")
    return out


def format_card(card: dict) -> str:
    """A card as text: the header block, then each relation with its line and (shortened) evidence."""
    d = card["document"]
    head = f"{d['id']}  {d['type'] or '(type unknown)'}"
    lines = [head, "=" * len(head)]
    for label, key in (("number", "code"), ("date", "date"), ("issuer", "issuer"), ("title", "title")):
        if d.get(key):
            lines.append(f"{label + ':':9} {d[key]}")
    lines.append(f"{'loaded:':9} " + (f"yes ({d['source_file']})" if d["loaded"] else "no (only cited)"))
    lines.append(f"{'mentions:':9} {d['mention_count']}")
    if d.get("aliases"):
        lines.append(f"{'aliases:':9} " + "; ".join(d["aliases"]))
    if d.get("doubt"):
        lines.append(f"{'doubt:':9} {d['doubt']}")
    bodies = sorted({r["body"] for r in card["issued_by"]})
    if bodies:
        lines.append(f"{'issued by:':9} " + "; ".join(bodies))
    if card["signed_by"]:
        lines.append(f"{'signed by:':9} " + "; ".join(f"{p['person']} ({p['position']})" if p["position"] else p["person"]
                                                     for p in card["signed_by"]))

    def rel_lines(title, rels, other):
        if not rels:
            return
        lines.append("")
        lines.append(f"{title} ({len(rels)}):")
        for r in rels:
            flag = " [planned]" if r["planned"] else ""
            acting = d["id"] if other == "target" else r["source"]
            # "of X" when a third document states the relation (the report saying 07-KH/TW implements 21-NQ/TW)
            where = f"line {r['line']}" + (f" of {r['stated_in']}" if r["stated_in"] and r["stated_in"] != acting else "")
            if r.get("page"):       # a PDF or scan: the page a reader opens (graph/model.py EDGE_PROPERTIES)
                where += f", page {r['page']} of the PDF"
            lines.append(f"  {r['relation']:12} {r[other]}{flag}  ({where})")
            if r["evidence"]:
                cited = (d.get("code") or d["id"]) if other == "source" else r["target"]
                lines.extend(_evidence_lines(r, cited))

    rel_lines("Refers to", card["outgoing"], "target")
    rel_lines("Referred to by", card["incoming"], "source")
    if card["localities"]:
        names = sorted({r["locality"] for r in card["localities"]})
        lines.append("")
        lines.append(f"Provinces named ({len(names)}): " + ", ".join(names))
    from vanban.terminal import terminal_safe
    return terminal_safe("\n".join(lines))       # escape sequences in a title never reach the terminal

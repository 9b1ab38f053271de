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
- ``_Meta(key, value)``: the schema version.

Loading is incremental per file and each file is one transaction: a changed file's edges and votes are
removed and its new ones written; a failure rolls back that file only and the next file still loads.
"""
from __future__ import annotations

import decimal
import glob
import hashlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

import networkx as nx

from vanban.errors import QueryError, StoreError, StoreLockedError, VanbanError
from vanban.graph.build import (EDGE_ATTRS, EDGE_ENDS, FileFacts, add_vote, edge_key, file_facts, new_tally,
                                node_from_tally, vote_from_attrs)
from vanban.graph.model import EDGE_DEFAULTS, EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType, node_key

SCHEMA_VERSION = "3"          # 3: relations carry scope and partial
DB_FILE = "graph.lbug"
SUFFIXES = (".txt",)          # what a folder given to ``load`` contributes

# Rows per UNWIND statement when writing a whole graph: big enough that the per-statement cost vanishes,
# small enough that the parameter list stays a few MB (benchmark if changing: bench/bench_store.py).
BATCH_ROWS = 5_000


# ---------------------------------------------------------------- results
@dataclass
class Result:
    """A query's answer on any backend: column names and rows of JSON-able values."""
    columns: List[str]
    rows: List[list]

    def dicts(self) -> List[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self):
        return len(self.rows)


def jsonable(value):
    """A LadybugDB value as plain JSON: nodes and relationships become property maps (bookkeeping dropped)."""
    if isinstance(value, dict):
        if "_LABEL" in value and "_ID" in value:
            out = {"label" if "_SRC" not in value else "type": value["_LABEL"]}
            out.update({k: jsonable(v) for k, v in value.items() if not k.startswith("_")})   # _tally: bookkeeping
            return out
        for nodes, rels in (("_NODES", "_RELS"), ("_nodes", "_rels")):     # a path (LadybugDB spells it _NODES/_RELS)
            if nodes in value and rels in value:
                return {"nodes": jsonable(value[nodes]), "relationships": jsonable(value[rels])}
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, decimal.Decimal):   # sum() of INT64 is INT128, which arrives as a Decimal
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)   # dates, timestamps, uuids, decimals: their ISO/text form


# ---------------------------------------------------------------- load reports
@dataclass
class FileOutcome:
    path: str
    status: str                 # "added" | "replaced" | "skipped" | "failed"
    doc: str = ""
    message: str = ""


@dataclass
class LoadReport:
    files: List[FileOutcome] = field(default_factory=list)

    def _of(self, status):
        return [f for f in self.files if f.status == status]

    @property
    def added(self):
        return self._of("added")

    @property
    def replaced(self):
        return self._of("replaced")

    @property
    def skipped(self):
        return self._of("skipped")

    @property
    def failed(self):
        return self._of("failed")

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.skipped)} unchanged, "
                f"{len(self.failed)} failed")


def expand_paths(paths: Iterable[str]) -> List[str]:
    """Files, folders (every .txt below, recursively) and glob patterns -> sorted absolute file paths.

    A path that matches nothing raises StoreError naming it.
    """
    out = set()
    for p in paths:
        p = str(p)
        matches = sorted(glob.glob(p, recursive=True)) if glob.has_magic(p) else [p]
        if not matches or not all(os.path.exists(m) for m in matches):
            raise StoreError(f"{p}: no such file or folder; give a .txt file, a folder or a glob such as 'examples/*.txt'")
        for m in matches:
            if os.path.isdir(m):
                for root, _dirs, files in os.walk(m):
                    out.update(os.path.join(root, f) for f in files if f.lower().endswith(SUFFIXES))
            else:
                out.add(m)
    return sorted(os.path.abspath(f) for f in out)


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------- the schema
_LB_TYPE = {"STRING": "STRING", "INT64": "INT64", "BOOLEAN": "BOOLEAN", "STRING[]": "STRING[]"}
_EDGE_TYPES = {"type": "STRING", **EDGE_PROPERTIES}


def schema_statements() -> List[str]:
    """The DDL of the store: one node table per label, one rel table per relationship type, bookkeeping."""
    out = []
    for label, props in NODE_PROPERTIES.items():
        cols = ", ".join(f"{q(p)} {_LB_TYPE[t]}" for p, t in props.items() if p != "id")
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}(id STRING PRIMARY KEY, {cols}, _tally STRING)")
    for etype in EdgeType:
        a, b = EDGE_ENDS[etype.value]
        cols = ", ".join(f"{q(p)} {_LB_TYPE[t]}" for p, t in _EDGE_TYPES.items())
        out.append(f"CREATE REL TABLE IF NOT EXISTS {etype.value}(FROM {a} TO {b}, {cols})")
    out.append("CREATE NODE TABLE IF NOT EXISTS _SourceFile(path STRING PRIMARY KEY, sha256 STRING, doc STRING, "
               "votes STRING, sources STRING[])")
    out.append("CREATE NODE TABLE IF NOT EXISTS _Meta(key STRING PRIMARY KEY, value STRING)")
    return out


def q(name: str) -> str:
    """A property name quoted for Cypher: the model has ``end``, a reserved word (``r.`end```)."""
    return f"`{name}`"


def _set_clause(var: str, props: Iterable[str], row: str = "r") -> str:
    return ", ".join(f"{var}.{q(p)} = {row}.{q(p)}" for p in props)


_OLD_ROW = "MATCH (s:_SourceFile {path: $p}) RETURN s.sha256, s.doc, s.votes, s.sources"


# ---------------------------------------------------------------- the store
class Store:
    """The LadybugDB store in directory ``path`` (created on first write).

    ``read_only=True`` opens an existing store for reading; several readers may share it, also while a
    loader writes.  A second writer gets StoreLockedError.
    """

    dialect = "ladybug"

    def __init__(self, path, *, read_only: bool = False):
        import ladybug as lb

        self.path = Path(path)
        self.read_only = read_only
        db_file = self.path / DB_FILE
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a store folder; give a folder with --store")
        if read_only and not db_file.exists():
            raise StoreError(f"no vanban store at {self.path}; load documents first: vanban load PATH --store {self.path}")
        if not read_only:
            self.path.mkdir(parents=True, exist_ok=True)
        try:
            self._db = lb.Database(str(db_file), read_only=read_only)
            self._conn = lb.Connection(self._db)
        except RuntimeError as e:
            msg = str(e)
            if "lock" in msg.lower():
                pid = re.search(r"PID (\d+)", msg)
                who = f"process {pid.group(1)}" if pid else "another process"
                raise StoreLockedError(f"{self.path} is being written by {who}; wait for it to finish "
                                       f"or use another --store") from None
            raise StoreError(f"{self.path}: cannot open the store ({msg.splitlines()[0]})") from None
        if read_only:
            self._check_version()
        else:
            self._ensure_schema()

    # -- plumbing
    def _exec(self, cypher: str, params: Optional[dict] = None) -> list:
        res = self._conn.execute(cypher, params or {})
        if isinstance(res, list):
            res = res[-1]
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return rows

    def _ensure_schema(self):
        for stmt in schema_statements():
            self._exec(stmt)
        found = self._exec("MATCH (m:_Meta {key: 'schema'}) RETURN m.value")
        if not found:
            self._exec("CREATE (:_Meta {key: 'schema', value: $v})", {"v": SCHEMA_VERSION})
        else:
            self._check_version(found[0][0])

    def _check_version(self, found=None):
        if found is None:
            try:
                rows = self._exec("MATCH (m:_Meta {key: 'schema'}) RETURN m.value")
            except RuntimeError:
                rows = []
            found = rows[0][0] if rows else None
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
            rows = []
            while res.has_next():
                rows.append([jsonable(v) for v in res.get_next()])
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

    def load(self, paths, progress: Optional[Callable[[FileOutcome], None]] = None, *,
             extract: Callable) -> LoadReport:
        """Read files (folders and globs expanded) and store their facts, one transaction per file.

        Unchanged files (same sha256) are skipped; changed ones have exactly their facts replaced; a file that
        fails (unreadable, extractor error, bad relation) is reported and rolled back, and the others load.
        ``progress`` is called with each file's outcome.  ``extract`` reads one file into an Extraction: the
        caller passes it (``vanban.loaders.extract``), so the graph layer never runs the loaders itself.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; loading needs the store opened for writing")
        report = LoadReport()
        for path in expand_paths(paths):
            outcome = self._load_one(path, extract)
            report.files.append(outcome)
            if progress is not None:
                progress(outcome)
        return report

    def _load_one(self, path: str, extract) -> FileOutcome:
        try:
            sha = _sha256(path)
        except OSError as e:
            return FileOutcome(path, "failed", message=f"{path}: cannot read ({e.strerror}); check the path and its permissions")
        old = self._exec(_OLD_ROW, {"p": path})
        if old and old[0][0] == sha:
            return FileOutcome(path, "skipped", doc=old[0][1])
        try:
            extraction = extract(path)
            facts = file_facts(extraction, source_file=path)
        except VanbanError as e:
            return FileOutcome(path, "failed", message=str(e))
        except Exception as e:   # an extractor bug must not stop the other files
            return FileOutcome(path, "failed", message=f"{path}: {type(e).__name__}: {e}")
        try:
            self.apply(facts, sha)
        except Exception as e:
            return FileOutcome(path, "failed", message=f"{path}: not stored, nothing changed ({' '.join(str(e).split())})")
        return FileOutcome(path, "replaced" if old else "added", doc=facts.doc)

    def add_extraction(self, extraction, sha256: str = "") -> FileOutcome:
        """Store one extraction (already made) as if its file had been loaded; replaces that file's facts."""
        path = extraction.file
        facts = file_facts(extraction, source_file=path)
        old = self._exec(_OLD_ROW, {"p": path})
        self.apply(facts, sha256 or extraction.sha256 or "")
        return FileOutcome(path, "replaced" if old else "added", doc=facts.doc)

    def remove(self, path: str) -> bool:
        """Remove every fact one loaded file contributed; False when the file was not loaded."""
        old = self._exec(_OLD_ROW, {"p": path})
        if not old:
            return False
        self.apply(FileFacts(path, old[0][1]), None)
        return True

    def apply(self, facts: FileFacts, sha256: Optional[str]) -> None:
        """Store one file's facts, replacing what it gave before, in one transaction (``sha256=None``: remove)."""
        f = facts.source_file
        new_votes = {key: vote for key, (_label, _ident, vote) in facts.nodes.items()}
        self._exec("BEGIN TRANSACTION")
        try:
            found = self._exec(_OLD_ROW, {"p": f})
            old = found[0] if found else None
            old_votes = json.loads(old[2]) if old and old[2] else {}
            old_sources = list(old[3] or []) if old else []
            affected = sorted(set(old_votes) | set(new_votes))
            tallies = self._tallies_of(affected)
            # 1. this file's old edges go (they all start at nodes it listed as edge sources)
            for label, ids in _by_label(old_sources).items():
                self._exec(f"UNWIND $ids AS i MATCH (a:{label} {{id: i}})-[r]->() WHERE r.source_file = $f DELETE r",
                           {"ids": ids, "f": f})
            # 2. its old votes are taken away and its new ones added; properties recomputed from the counts
            gone, changed, created = defaultdict(list), defaultdict(list), defaultdict(list)
            for key in affected:
                label, _, ident = key.partition(":")
                exists = key in tallies
                tally = tallies.get(key) or new_tally()
                before = node_from_tally(label, ident, tally) if exists else None
                if key in old_votes:
                    add_vote(tally, f, old_votes[key], -1)
                if key in new_votes:
                    add_vote(tally, f, new_votes[key], +1)
                if tally["n"] <= 0:
                    if exists:
                        gone[label].append(ident)
                    continue
                props = node_from_tally(label, ident, tally)
                props.pop("label")
                props["_tally"] = json.dumps(tally, ensure_ascii=False, sort_keys=True)
                if exists:
                    # only the columns that change: LadybugDB pays per column written (benchmark if changing)
                    cols = tuple(c for c in NODE_PROPERTIES[label] if c != "id" and props[c] != before[c]) + ("_tally",)
                    changed[(label, cols)].append({c: props[c] for c in ("id",) + cols})
                else:
                    created[label].append(props)
            for label, ids in gone.items():
                self._exec(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) DETACH DELETE n", {"ids": ids})
            for (label, cols), batch in sorted(changed.items()):
                self._exec(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {_set_clause('n', cols)}",
                           {"rows": batch})
            for label, batch in created.items():
                cols = list(NODE_PROPERTIES[label]) + ["_tally"]
                self._exec(f"UNWIND $rows AS r CREATE (n:{label} {{{', '.join(f'{q(c)}: r.{q(c)}' for c in cols)}}})",
                           {"rows": batch})
            # 3. the new edges
            by_type = defaultdict(list)
            for (u, v, _k), attrs in facts.edges.items():
                by_type[attrs["type"]].append({"src": u.split(":", 1)[1], "dst": v.split(":", 1)[1],
                                               **{a: attrs[a] for a in EDGE_ATTRS}})
            for etype, batch in sorted(by_type.items()):
                self._create_edges(etype, batch)
            # 4. the bookkeeping row
            if sha256 is None:
                self._exec("MATCH (s:_SourceFile {path: $p}) DELETE s", {"p": f})
            else:
                sources = sorted({u for (u, _v, _k) in facts.edges})
                params = {"p": f, "sha": sha256, "doc": facts.doc, "sources": sources,
                          "votes": json.dumps(new_votes, ensure_ascii=False, sort_keys=True)}
                if old:
                    self._exec("MATCH (s:_SourceFile {path: $p}) SET s.sha256 = $sha, s.doc = $doc, s.votes = $votes, "
                               "s.sources = $sources", params)
                else:
                    self._exec("CREATE (:_SourceFile {path: $p, sha256: $sha, doc: $doc, votes: $votes, "
                               "sources: $sources})", params)
            self._exec("COMMIT")
        except BaseException:
            try:
                self._exec("ROLLBACK")
            except RuntimeError:
                pass   # LadybugDB ends a transaction itself when a statement in it fails
            raise

    def _create_edges(self, etype: str, batch: List[dict]) -> None:
        a, b = EDGE_ENDS[etype]
        sets = ", ".join(f"{q(p)}: r.{q(p)}" for p in EDGE_ATTRS)
        # Two MATCH clauses, not one comma pattern: LadybugDB plans the comma form ~30x slower.
        self._exec(f"UNWIND $rows AS r MATCH (a:{a} {{id: r.src}}) MATCH (b:{b} {{id: r.dst}}) "
                   f"CREATE (a)-[:{etype} {{{sets}}}]->(b)", {"rows": batch})

    def _tallies_of(self, keys: Iterable[str]) -> Dict[str, dict]:
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

        if self._exec("MATCH (n:Document) RETURN count(*)")[0][0]:
            raise StoreError(f"{self.path} is not empty; write_graph fills a new store (use load for files)")

        def cell(value, typ):
            value = _coerce(value, typ)
            if typ == "BOOLEAN":
                return "true" if value else "false"
            if typ == "STRING[]":
                return "[]"
            return value

        with tempfile.TemporaryDirectory(prefix="vanban-copy-") as tmp:
            files, lists = [], defaultdict(list)
            by_label = defaultdict(list)
            for n, attrs in G.nodes(data=True):
                by_label[attrs["label"]].append(attrs)
            for label, nodes in by_label.items():
                props = NODE_PROPERTIES[label]
                path = os.path.join(tmp, f"{label}.csv")
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    w = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
                    for attrs in nodes:
                        tally = add_vote(new_tally(), attrs.get("source_file") or source, vote_from_attrs(attrs))
                        w.writerow([cell(attrs.get(p), t) for p, t in props.items()]
                                   + [json.dumps(tally, ensure_ascii=False, sort_keys=True)])
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
                        w.writerow([a, b] + [cell(attrs.get(p, EDGE_DEFAULTS.get(p)), _EDGE_TYPES[p]) for p in EDGE_ATTRS])
                files.append((etype, path))
            self._exec("BEGIN TRANSACTION")
            try:
                for table, path in files:
                    self._exec(f"COPY {table} FROM '{path}' (HEADER=false, PARALLEL=false, ESCAPE='\"')")
                for (label, p), rows in lists.items():
                    for i in range(0, len(rows), BATCH_ROWS):
                        self._exec(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET n.{q(p)} = r.v",
                                   {"rows": rows[i:i + BATCH_ROWS]})
                self._exec("COMMIT")
            except BaseException:
                try:
                    self._exec("ROLLBACK")
                except RuntimeError:
                    pass
                raise

    def to_networkx(self) -> nx.MultiDiGraph:
        """The stored graph in the shape of ``build_graph`` (bookkeeping left out)."""
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


def _by_label(keys: Iterable[str]) -> Dict[str, List[str]]:
    out = defaultdict(list)
    for key in sorted(set(keys)):
        label, _, ident = key.partition(":")
        out[label].append(ident)
    return out


def _coerce(value, typ: str):
    if typ == "STRING[]":
        return list(value or [])
    if typ == "INT64":
        return int(value or 0)
    if typ == "BOOLEAN":
        return bool(value)
    return "" if value is None else str(value)


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
    prov = "r.planned AS planned, r.source_doc AS stated_in, r.line AS line, r.evidence AS evidence"

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


def _short(text, width=110):
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


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
            lines.append(f"  {r['relation']:12} {r[other]}{flag}  ({where})")
            if r["evidence"]:
                lines.append(f"      “{_short(r['evidence'])}”")

    rel_lines("Refers to", card["outgoing"], "target")
    rel_lines("Referred to by", card["incoming"], "source")
    if card["localities"]:
        names = sorted({r["locality"] for r in card["localities"]})
        lines.append("")
        lines.append(f"Provinces named ({len(names)}): " + ", ".join(names))
    return "\n".join(lines)

"""The graph as a persistent RDF store (pyoxigraph) kept next to the graph store, for `vanban sparql`.

``STORE/sparql/`` holds an Oxigraph database (``oxigraph/``) with the triples of ``rdf.rdf_triples`` and a
``stamp.json`` saying which state of the graph store it was made from.  ``open_rdf_store(path)`` checks the
stamp and returns a read-only pyoxigraph Store that answers in milliseconds; it brings it up to date only
when the graph store changed, and then only for what changed:

1. free check: the size and modification time of the store's database files (``graph.lbug`` and its
   write-ahead log) are the stamp's → up to date, the graph store is not even opened;
2. the generation: every write transaction of the graph store raises ``_Meta.gen`` and notes the nodes it
   changed in ``_Dirty`` (graph/store.py), in the same transaction.  The stamp's ``gen`` is the generation
   the twin holds: equal → only the stamp is refreshed (a checkpoint rewrote the file, nothing changed);
   behind, with ``_Dirty`` complete since then (``_Meta.dirty_since``) → **incremental**: the twin is
   copied (``backup``: hard links to its immutable files, no data copied), the triples of every changed
   node are deleted from the copy (its own triples, and for a document the nodes of its stated relations
   and its in-force status) and made again from the graph store (``rdf.rdf_triples`` over just those nodes,
   graph/stream.py ``StoreSource(only=...)``), the provinces and unused document-type concepts are
   refreshed, and the copy replaces the twin by a rename;
3. else (no twin, another base URI, a store made before generations, a write made while no twin existed,
   or more than ``REBUILD_SHARE`` of the nodes, and over ``REBUILD_MIN``, changed) the RDF is streamed
   from the store into a new
   Oxigraph database (``bulk_load`` of ``rdf.LOAD_BATCH`` triples at a time, so memory is bounded by a
   batch, then one compaction), which then replaces the old one by a rename.

The result is the same set of triples a rebuild gives (tests/test_rdf.py compares them).  A kill -9 at any
point leaves the old twin and its old stamp (the copy is thrown away by the next call) or the new twin
with its new stamp; the graph store's ``_Dirty`` rows are pruned only once the stamp says they are applied,
so the next call redoes whatever was lost.  Readers open the finished twin read-only, never one being
written, so any number may query while one call updates.  An update holds ``STORE/sparql.lock`` (fcntl) so
two commands never update at once.  A store folder that cannot be written gets an in-memory RDF store for
the one call (the same answers, built each time).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Optional

from vanban.errors import StoreError

DIR = "sparql"
# Above this share of changed nodes (and at least REBUILD_MIN of them) a whole rebuild (bulk load, one pass)
# is cheaper than deleting and adding per node (benchmark if changing: bench/bench_rdf.py).
REBUILD_SHARE = 0.3
REBUILD_MIN = 20_000
# Subjects per SPARQL DELETE of an incremental update.
DELETE_CHUNK = 500
STAMP = "stamp.json"
DB = "oxigraph"
# Bump when rdf.rdf_triples changes what it writes: every stored RDF twin is then rebuilt once.
MAPPING_VERSION = "1"
_DB_FILES = ("graph.lbug", "graph.lbug.wal")


def file_signature(store_path) -> list:
    """(name, size, mtime_ns) of the graph store's database files: changes whenever the store is written."""
    out = []
    for name in _DB_FILES:
        try:
            st = os.stat(os.path.join(store_path, name))
        except OSError:
            continue
        out.append([name, st.st_size, st.st_mtime_ns])
    return out


def content_fingerprint(store, base_uri: str) -> str:
    """A digest of what the graph store holds: its loaded files (path, sha256) and its node and edge counts.

    Needs only ``Store.sources()`` and ``Store.stats()``: one row per loaded file and one count per table.
    """
    h = hashlib.sha256(f"{MAPPING_VERSION}\x1f{base_uri}\n".encode())
    sources = getattr(store, "sources", None)   # a store without per-file bookkeeping: the counts alone
    for path, info in sorted((sources() if sources else {}).items()):
        h.update(f"{path}\x1f{info.get('sha256')}\n".encode())
    h.update(json.dumps(store.stats(), sort_keys=True).encode("utf-8"))
    return h.hexdigest()


def _read_stamp(folder: Path) -> dict:
    try:
        return json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_stamp(folder: Path, stamp: dict) -> None:
    tmp = folder / (STAMP + ".tmp")
    tmp.write_text(json.dumps(stamp, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / STAMP)


def memory_store(graph, base_uri: Optional[str] = None):
    """An in-memory pyoxigraph store of ``graph`` (tests, small graphs, unwritable store folders)."""
    from vanban.graph.rdf import as_sparql_store

    return as_sparql_store(graph, base_uri)


@contextlib.contextmanager
def _lock(path: Path):
    import fcntl

    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _generation(db):
    """(gen, dirty_since) of the graph store; (None, None) for a store made before generations."""
    from vanban.errors import QueryError

    try:
        meta = dict(db.run("MATCH (m:_Meta) WHERE m.key IN ['gen', 'dirty_since'] RETURN m.key, m.value").rows)
        db.run("MATCH (d:_Dirty) RETURN count(*)")      # the table exists
    except QueryError:
        return None, None
    return int(meta.get("gen") or 0), int(meta.get("dirty_since") or 0)


def _changed_nodes(db, since: int) -> dict:
    """{label: [ids]} of the nodes the graph store's writes after generation ``since`` changed."""
    out: dict = {}
    for (key,) in db.run("MATCH (d:_Dirty) WHERE d.gen > $g RETURN d.key", {"g": since}).rows:
        label, _, ident = key.partition(":")
        out.setdefault(label, []).append(ident)
    return out


def _node_count(db) -> int:
    return sum(db.stats()["nodes"].values())


def _iri_list(iris) -> str:
    return " ".join(f"<{i}>" for i in iris)


def update_nodes(ox_store, db, changed: dict, base: str) -> None:
    """Make the triples of the ``changed`` nodes ({label: [ids]}) in ``ox_store`` those of the graph store ``db``.

    Deletes each node's triples (as subject), a document's stated relations (``vb:Relation`` nodes whose
    ``rdf:subject`` it is) and its in-force status, then writes what ``rdf.rdf_triples`` gives for those nodes
    now, the in-force status of the changed documents from their incoming relations, and, when a province
    changed, every province again (a 2025 province is described from the old ones merged into it); finally
    document-type concepts no document uses any longer go.
    """
    import pyoxigraph as ox

    from vanban.graph import rdf
    from vanban.graph.stream import StoreSource

    T = rdf._terms()
    seg = rdf._URI_SEGMENT

    def iri(label, ident):
        if label == "Document":
            number, sep, qualifier = ident.partition("@")
            return f"{base}doc/{rdf._segment(number)}" + ("/" + rdf._segment(qualifier) if sep else "")
        return f"{base}{seg[label]}/{rdf._segment(ident)}"

    localities = "Locality" in changed
    if localities:      # all of them, again: few, and a merged province's description depends on the others
        changed = dict(changed)
        changed["Locality"] = [r[0] for r in db.run("MATCH (l:Locality) RETURN l.id").rows]
        ox_store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ ?s a <{T['AdministrativeArea']}> . ?s ?p ?o }}")
    subjects = [iri(label, i) for label, ids in changed.items() if label in seg for i in ids]
    docs = [iri("Document", i) for i in changed.get("Document", ())]
    for k in range(0, len(subjects), DELETE_CHUNK):
        ox_store.update(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {_iri_list(subjects[k:k + DELETE_CHUNK])} }} "
                        "?s ?p ?o }")
    for k in range(0, len(docs), DELETE_CHUNK):
        ox_store.update(f"DELETE {{ ?r ?p ?o }} WHERE {{ VALUES ?s {{ {_iri_list(docs[k:k + DELETE_CHUNK])} }} "
                        f"?r <{T['subject']}> ?s . ?r a <{T['Relation']}> . ?r ?p ?o }}")
    rdf.load_triples(ox_store, StoreSource(db, only=changed), base)
    # the in-force status a document takes from the relations into it (rdf_triples gives it from their source)
    # (only those relation tables are read: an UNWIND over every edge type would scan every edge)
    plannable = sorted(rdf.NOT_IN_FORCE_RELATIONS & rdf._PLANNABLE)
    types = "|".join(sorted(rdf.NOT_IN_FORCE_RELATIONS))
    ids = sorted(set(changed.get("Document", ())))
    out: list = []
    for k in range(0, len(ids), 2_000):
        got = db.run(f"UNWIND $ids AS i MATCH (s:Document)-[r:{types}]->(d:Document {{id: i}}) "
                     "WHERE NOT (list_contains($p, r.type) AND r.planned) "
                     "RETURN DISTINCT d.id", {"ids": ids[k:k + 2_000], "p": plannable or [""]})
        out.extend(ox.Quad(ox.NamedNode(iri("Document", r[0])), ox.NamedNode(T["in_force"]),
                           ox.NamedNode(T["notInForce"])) for r in got.rows)
    if out:
        ox_store.extend(out)
    ox_store.update(f"DELETE {{ ?t ?p ?o }} WHERE {{ ?t a <{T['ResourceType']}> . "
                    f"FILTER NOT EXISTS {{ ?d <{T['type_document']}> ?t }} ?t ?p ?o }}")


def _clean_leftovers(root: Path) -> None:
    """Copies and old twins a killed update left (the caller holds the lock: nobody else makes them)."""
    for p in root.glob(f"{DIR}.new-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in root.glob(f"{DIR}.old-*"):
        shutil.rmtree(p, ignore_errors=True)


def _swap(root: Path, folder: Path, new: Path) -> None:
    old = root / f"{DIR}.old-{os.getpid()}"
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    shutil.rmtree(old, ignore_errors=True)


def open_rdf_store(store_path, base_uri: Optional[str] = None, *, status=None):
    """A read-only pyoxigraph Store holding the graph store at ``store_path`` as RDF, brought up to date.

    ``status(message)`` is told when an update or rebuild starts.  StoreError when there is no store.
    """
    import pyoxigraph as ox

    from vanban.graph.rdf import check_base_uri, load_triples

    base = check_base_uri(base_uri)
    root = Path(store_path)
    if not (root / "graph.lbug").exists():
        raise StoreError(f"no vanban store at {root}; load documents first: vanban load PATH --store {root}")
    folder = root / DIR
    stamp = _read_stamp(folder)
    signature = file_signature(root)
    if stamp.get("files") == signature and stamp.get("base") == base and (folder / DB).is_dir():
        return ox.Store.read_only(str(folder / DB))
    # the graph store (and networkx behind it) is imported only when the RDF store is out of date
    from vanban.graph.store import Store

    if not os.access(root, os.W_OK):
        with Store(root, read_only=True) as db:
            return memory_store(db, base)
    with _lock(root / (DIR + ".lock")):
        stamp = _read_stamp(folder)   # another command may have updated it while this one waited
        signature = file_signature(root)
        if stamp.get("files") == signature and stamp.get("base") == base and (folder / DB).is_dir():
            return ox.Store.read_only(str(folder / DB))
        _clean_leftovers(root)
        with Store(root, read_only=True) as db:
            gen, since = _generation(db)       # read before the content: a write after it is done again
            have = stamp.get("gen")
            current = stamp.get("base") == base and (folder / DB).is_dir() and isinstance(have, int)
            if current and gen is not None and have == gen:
                _write_stamp(folder, dict(stamp, files=signature))
                return ox.Store.read_only(str(folder / DB))
            if gen is None and stamp.get("base") == base and (folder / DB).is_dir() and \
                    stamp.get("content") == content_fingerprint(db, base):
                # a store made before generations: its counts and files say whether anything changed
                _write_stamp(folder, dict(stamp, files=signature))
                return ox.Store.read_only(str(folder / DB))
            new = root / f"{DIR}.new-{os.getpid()}"
            changed = None
            if current and isinstance(have, int) and gen is not None and since is not None and have < gen \
                    and since <= have + 1:
                changed = _changed_nodes(db, have)
                n = sum(len(v) for v in changed.values())
                if n > REBUILD_MIN and n > REBUILD_SHARE * _node_count(db):
                    changed = None
            try:
                if changed is not None:
                    if status:
                        status(f"updating the SPARQL store {folder}: {sum(len(v) for v in changed.values())} "
                               f"changed node(s) of {root}")
                    new.mkdir()
                    ox.Store.read_only(str(folder / DB)).backup(str(new / DB))
                    ox_store = ox.Store(str(new / DB))
                    update_nodes(ox_store, db, changed, base)
                    ox_store.flush()
                    del ox_store
                    _write_stamp(new, {"files": signature, "base": base, "gen": gen})
                else:
                    if status:
                        status(f"building the SPARQL store {folder} from {root} (once; later loads update it)")
                    new.mkdir()
                    ox_store = ox.Store(str(new / DB))
                    triples = load_triples(ox_store, db, base, compact=True)
                    ox_store.flush()
                    del ox_store
                    _write_stamp(new, {"files": signature, "base": base, "triples": triples,
                                       **({"gen": gen} if gen is not None else
                                          {"content": content_fingerprint(db, base)})})
                _swap(root, folder, new)
            except BaseException:
                shutil.rmtree(new, ignore_errors=True)
                raise
        return ox.Store.read_only(str(folder / DB))


def follow(store_path) -> bool:
    """After a write (`vanban load`, `remove`, `load --prune`): bring the store's RDF twin up to date now, if
    it has one, so the next `vanban sparql` finds it current.  Only the changed nodes are redone (see the
    module docstring).  True when there was a twin to update; a store without one is left alone (the first
    `vanban sparql` builds it)."""
    root = Path(store_path)
    if not isinstance(_read_stamp(root / DIR).get("gen"), int):
        return False
    open_rdf_store(root)
    return True

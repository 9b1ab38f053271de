"""The graph as a persistent RDF store (pyoxigraph) kept next to the graph store, for `vanban sparql`.

``STORE/sparql/`` holds an Oxigraph database (``oxigraph/``) with the triples of ``rdf.rdf_triples`` and a
``stamp.json`` saying which state of the graph store it was made from.  ``open_rdf_store(path)`` checks the
stamp and returns a read-only pyoxigraph Store that answers in milliseconds; it rebuilds only when the graph
store's content changed:

1. free check: the size and modification time of the store's database files (``graph.lbug`` and its
   write-ahead log) are the stamp's → up to date, the graph store is not even opened;
2. cheap check: otherwise the *content fingerprint* — the loaded files (path, sha256) and the node and edge
   counts, from ``Store.sources()`` and ``Store.stats()`` — is the stamp's → only the stamp is refreshed
   (a checkpoint rewrote the file, nothing changed);
3. else the RDF is streamed from the store (graph/stream.py, paged Cypher) into a new Oxigraph database
   beside the old one (``bulk_load``, constant memory), which then replaces it by a rename.

A rebuild holds ``STORE/sparql.lock`` (fcntl) so two commands never build at once; readers open the finished
database read-only, so any number may query it together.  A store folder that cannot be written gets an
in-memory RDF store for the one call (the same answers, built each time).
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


def open_rdf_store(store_path, base_uri: Optional[str] = None, *, status=None):
    """A read-only pyoxigraph Store holding the graph store at ``store_path`` as RDF, brought up to date.

    ``status(message)`` is told when a rebuild starts and what it cost.  StoreError when there is no store.
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
        stamp = _read_stamp(folder)   # another command may have rebuilt it while this one waited
        signature = file_signature(root)
        if stamp.get("files") == signature and stamp.get("base") == base and (folder / DB).is_dir():
            return ox.Store.read_only(str(folder / DB))
        with Store(root, read_only=True) as db:
            fingerprint = content_fingerprint(db, base)
            if stamp.get("content") == fingerprint and (folder / DB).is_dir():
                _write_stamp(folder, dict(stamp, files=signature))
                return ox.Store.read_only(str(folder / DB))
            if status:
                status(f"building the SPARQL store {folder} from {root} (once per change of the store)")
            new = root / f"{DIR}.new-{os.getpid()}"
            shutil.rmtree(new, ignore_errors=True)
            new.mkdir()
            try:
                ox_store = ox.Store(str(new / DB))
                triples = load_triples(ox_store, db, base)
                ox_store.flush()
                del ox_store
                _write_stamp(new, {"files": signature, "content": fingerprint, "base": base, "triples": triples})
                old = root / f"{DIR}.old-{os.getpid()}"
                if folder.exists():
                    os.replace(folder, old)
                os.replace(new, folder)
                shutil.rmtree(old, ignore_errors=True)
            except BaseException:
                shutil.rmtree(new, ignore_errors=True)
                raise
        return ox.Store.read_only(str(folder / DB))

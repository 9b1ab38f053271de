"""vanban: a knowledge graph of Vietnamese official documents.

The work is split like the pipeline: ``vanban.domain`` (the vocabulary, numbers, dates, ids, the gazetteer),
``vanban.loaders`` (read -> clean -> find -> resolve -> relate), ``vanban.graph`` (the model, the embedded
store, exports), ``vanban.queries`` (stored queries), ``vanban.viz`` (HTML views) and ``vanban.cli`` (a thin
click layer).

The front door names what a Python user needs; each name is imported on first use, so ``import vanban``
(and ``vanban --help``) stays fast.

>>> from vanban import extract_text, open_store, query
>>> text = '''BAN CHẤP HÀNH TRUNG ƯƠNG
... Số 12-KH/TW
... Hà Nội, ngày 05 tháng 8 năm 2022
... KẾ HOẠCH
... thực hiện Nghị quyết số 21-NQ/TW
... Để thực hiện Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII, Bộ Chính trị
... ban hành Kế hoạch này.
... '''
>>> x = extract_text(text, file="kh12.txt")
>>> x.document.code, x.document.type, x.document.date
('12-KH/TW', 'Kế hoạch', '2022-08-05')
>>> [(r.relation, r.source, r.target) for r in x.relations]
[('IMPLEMENTS', '12-KH/TW', '21-NQ/TW')]
>>> import tempfile
>>> with open_store(tempfile.mkdtemp() + "/store") as db:
...     _ = db.add_extraction(x)
...     result = query(db, "implemented-by", id="Nghị quyết 21-NQ/TW")
>>> [(row["id"], row["relation"]) for row in result.dicts()]
[('12-KH/TW', 'IMPLEMENTS')]
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vanban._version import __version__

if TYPE_CHECKING:  # pragma: no cover - names for type checkers; at run time they load on first use
    from vanban.domain.ids import Resolution, resolve_id
    from vanban.domain.vocab import NodeLabel, Relation
    from vanban.errors import VanbanError
    from vanban.graph.backend import Backend
    from vanban.graph.store import Result, Store
    from vanban.loaders import extract, extract_text
    from vanban.loaders.models import Document, Extraction

# Public name -> the module that defines it.
_LAZY = {
    "extract": "vanban.loaders",
    "extract_text": "vanban.loaders",
    "Extraction": "vanban.loaders.models",
    "Document": "vanban.loaders.models",
    "Store": "vanban.graph.store",
    "Result": "vanban.graph.store",
    "Backend": "vanban.graph.backend",
    "Relation": "vanban.domain.vocab",
    "NodeLabel": "vanban.domain.vocab",
    "resolve_id": "vanban.domain.ids",
    "Resolution": "vanban.domain.ids",
    "VanbanError": "vanban.errors",
}

__all__ = ["__version__", "open_store", "query", *_LAZY]


def open_store(path: str = "vanban-store", *, read_only: bool = False) -> Store:
    """Open (or create) the embedded graph store at ``path``; use it in a ``with`` block.

    ``db.load(paths, extract=vanban.extract)`` reads files into it, ``db.add_extraction(x)`` stores one
    extraction, ``query(db, name, ...)`` asks it a stored query (see the module docstring's example).
    """
    from vanban.graph.store import Store  # LadybugDB is heavy: loaded when a store is opened

    return Store(path, read_only=read_only)


def query(backend: Backend, name: str, *, page: slice | None = None, **params: Any) -> Result:
    """Run the stored query ``name`` (``vanban queries`` lists them) on a store or a Neo4j backend.

    Document ids are resolved the way every command resolves them (``vanban.domain.ids``): "21-NQ/TW",
    "Nghị quyết 21-NQ/TW", "21 - nq/tw" all name the same document.

    ``page=slice(100, 200)`` asks for rows 100-199 only (the rows ``.rows[100:200]`` of the whole answer; the
    database reads only those): the answer then also has ``skip`` and ``total``, the whole answer's row count
    (counted when first read: read it while the store is open).
    """
    from vanban.queries.registry import run_query

    return run_query(backend, name, params, page)  # type: ignore[no-any-return]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vanban' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

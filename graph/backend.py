"""The one small interface every graph backend offers: what the stored queries, the CLI and the views call.

A backend answers queries in its own language (``dialect``) and gives back a ``Result`` (column names and rows of
JSON-able values), so ``vanban.queries.registry.run_query``, ``vanban.graph.store.document_card`` and the
``vanban query``/``cypher``/``show`` commands work on any of them:

=====================================  ===========================  ==================================
class                                  dialect                      speaks
=====================================  ===========================  ==================================
``vanban.graph.store.Store``           ``"ladybug"``                Cypher, embedded LadybugDB
``vanban.graph.neo4j.Neo4jBackend``    ``"neo4j"``/``"falkordb"``   Cypher over Bolt
``vanban.graph.rdf.RdfBackend``        ``"sparql"``                 SPARQL over the graph as RDF (ELI)
=====================================  ===========================  ==================================

A new backend is one class with these members; add it to ``BACKENDS`` below, where mypy checks that it fits
(``.ci/run``), and to tests/test_backend.py, which checks a live instance with ``isinstance``.

>>> class Echo:
...     dialect = "echo"
...     def run(self, query, params=None, write=False): return query
...     def close(self): pass
...     def __enter__(self): return self
...     def __exit__(self, *exc): self.close()
>>> isinstance(Echo(), Backend), isinstance(object(), Backend)
(True, False)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, Protocol, TypeVar, runtime_checkable

if TYPE_CHECKING:   # for the annotations only: this module imports no backend at run time
    from vanban.graph.neo4j import Neo4jBackend
    from vanban.graph.rdf import RdfBackend
    from vanban.graph.store import Result, Store

_B = TypeVar("_B", bound="Backend")


@runtime_checkable
class Backend(Protocol):
    """A graph backend: ``with`` it, ``run`` queries on it, ``close`` it."""

    #: the query language it speaks; picks a stored query's text ("ladybug", "neo4j", "falkordb", "sparql")
    dialect: str

    def run(self, query: str, params: Optional[Dict[str, Any]] = None, /, *, write: bool = False) -> Result:
        """Run ``query`` with ``params`` (never pasted into the text); read-only unless ``write``.

        Errors are ``vanban.errors.QueryError`` (the query is wrong) or ``BackendError`` (the backend failed).
        """
        ...

    def close(self) -> None:
        """Release the connection or files; the backend is not used afterwards."""
        ...

    def __enter__(self: _B) -> _B: ...

    def __exit__(self, *exc: object) -> None: ...


if TYPE_CHECKING:
    # The backends vanban ships, each checked by mypy to fit the protocol (an assignment that fails to type-check
    # when a class drifts from it).
    BACKENDS: tuple[type[Backend], ...] = (Store, Neo4jBackend, RdfBackend)

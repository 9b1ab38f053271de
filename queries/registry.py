"""Stored queries: one ``queries/NAME.cypher`` file per question, with a header (aiosql's ``-- name:`` habit).

    // name: amended-by(id)
    // help: The documents that amend, replace or repeal `id`, with the evidence sentence.
    // params: id

``params`` lists the parameters in order, each optionally with a default (``limit=20``, ``year=0``,
``id=""``); a parameter without a default is required.  The header's signature must name the same
parameters.  ``NAME.cypher`` is the text common to every backend; ``NAME.<dialect>.cypher`` (dialect
"ladybug", "neo4j" or "falkordb") replaces it on one backend where the dialects differ.  A malformed header
raises QueryError naming ``file:line``.

``run_query(backend, name, params)`` checks and fills the parameters, resolves the ones users type loosely
(a document number written "21 - KL/TW" or "98-QD/TW", a province by its old or new name, a body by its
issuer code or in any case) against what the backend holds, and runs the text of the backend's dialect.

``run_query(backend, name, params, page=slice(100, 200))`` returns rows 100-199 of the answer (a ``Page``: the rows
``run_query(...).rows[100:200]`` would give, with ``skip`` and the answer's ``total``).  Every stored query ends in
an ORDER BY that orders its rows completely, so pages are stable; the page is pushed into the query (``SKIP 100
LIMIT 100`` after that ORDER BY, as numbers), and the total is counted when first read, by a second query that
returns the count only, unless the page itself tells it (a short page is the last one).  Queries computed in
Python (``status``, ``reversed``) and ``most-cited`` (its own LIMIT ends it) are answered whole and sliced: their
answers are small.
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from vanban.domain import gazetteer
from vanban.domain.ids import DocumentIndex, body_id, resolve_id
from vanban.domain.numbers import number_key as id_key  # noqa: F401  (the comparison key; old name kept)
from vanban.errors import QueryError, UnknownDocumentError
from vanban.graph.result import Result

if TYPE_CHECKING:
    pass

QUERY_DIR = Path(__file__).resolve().parent
DIALECTS = ("ladybug", "neo4j", "falkordb")
_HEADER = re.compile(r"^//\s*(?P<key>[a-z]+)\s*:\s*(?P<value>.*?)\s*$")
_SIGNATURE = re.compile(r"^(?P<name>[a-z][a-z0-9-]*)\s*\((?P<params>[^)]*)\)$")
_PARAM = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*)(?:\s*=\s*(?P<default>.*))?$")


@dataclass(frozen=True)
class StoredQuery:
    name: str
    params: Tuple[Tuple[str, object], ...]       # (name, default or None when required)
    help: str
    file: str
    overrides: Tuple[Tuple[str, str], ...] = ()  # (dialect, file)
    _texts: Tuple[Tuple[str, str], ...] = field(default=(), repr=False, compare=False)

    @property
    def signature(self) -> str:
        return f"{self.name}({', '.join(p if d is None else f'{p}={d!r}' for p, d in self.params)})"

    def text(self, dialect: str = "ladybug") -> str:
        """The Cypher to run on ``dialect``: its override when there is one, else the common text."""
        if dialect not in DIALECTS:
            raise QueryError(f"unknown dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
        texts = dict(self._texts)
        return texts.get(dialect, texts[""])


def _parse_default(raw: str, where: str):
    raw = raw.strip()
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    raise QueryError(f"{where}: default {raw!r} is neither a number, true/false nor a quoted string")


def _body(text: str) -> str:
    """The Cypher without the header comment lines."""
    lines = text.splitlines()
    i = 0
    while i < len(lines) and (lines[i].startswith("//") or not lines[i].strip()):
        i += 1
    return "\n".join(lines[i:]).strip() + "\n"


def parse_query_file(path) -> StoredQuery:
    """Read one ``NAME.cypher`` file; QueryError names ``file:line`` of what is wrong.

    Parsed once per version of the file: every ``run_query``/``get`` asks for all of them, so the parse is cached
    by path and the mtime and size of the file and of its dialect overrides (an edited file is read again).
    """
    path = Path(path)
    return _parse_cached(str(path), _version(path))


def _version(path: Path) -> tuple:
    """What makes a cached parse stale: (mtime_ns, size) of the file and of each possible dialect override."""
    out: List[Optional[Tuple[int, int]]] = []
    for p in (path, *(path.with_name(f"{path.stem}.{d}.cypher") for d in DIALECTS)):
        try:
            st = p.stat()
        except OSError:
            out.append(None)
        else:
            out.append((st.st_mtime_ns, st.st_size))
    return tuple(out)


@functools.lru_cache(maxsize=512)
def _parse_cached(path_str: str, version: tuple) -> StoredQuery:
    path = Path(path_str)
    text = path.read_text(encoding="utf-8")
    header: Dict[str, Tuple[int, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith("//"):
            break
        m = _HEADER.match(line)
        if not m or m.group("key") not in ("name", "help", "params"):
            raise QueryError(f"{path}:{n}: a header line is '// name: ...', '// help: ...' or '// params: ...'")
        if m.group("key") in header:
            raise QueryError(f"{path}:{n}: '{m.group('key')}' given twice")
        header[m.group("key")] = (n, m.group("value"))
    for key in ("name", "help", "params"):
        if key not in header:
            raise QueryError(f"{path}:1: the header has no '// {key}: ...' line")
    n, sig = header["name"]
    m = _SIGNATURE.match(sig)
    if not m:
        raise QueryError(f"{path}:{n}: the name line must read like 'amended-by(id)', got {sig!r}")
    name = m.group("name")
    if path.name != f"{name}.cypher":
        raise QueryError(f"{path}:{n}: query {name!r} must be in a file named {name}.cypher")
    sig_params = [p.strip() for p in m.group("params").split(",") if p.strip()]
    n_params, raw_params = header["params"]
    params = []
    for raw in [p.strip() for p in raw_params.split(",") if p.strip()]:
        pm = _PARAM.match(raw)
        if not pm:
            raise QueryError(f"{path}:{n_params}: parameter {raw!r} is not 'name' or 'name=default'")
        default = pm.group("default")
        params.append((pm.group("name"), None if default is None else _parse_default(default, f"{path}:{n_params}")))
    if [p for p, _ in params] != sig_params:
        raise QueryError(f"{path}:{n_params}: params ({', '.join(p for p, _ in params)}) differ from the "
                         f"name line's ({', '.join(sig_params)})")
    if not header["help"][1]:
        raise QueryError(f"{path}:{header['help'][0]}: the help line is empty")
    body = _body(text)
    if not body.strip():
        raise QueryError(f"{path}:{len(text.splitlines()) + 1}: no Cypher after the header")
    texts = [("", body)]
    overrides = []
    for dialect in DIALECTS:
        alt = path.with_name(f"{name}.{dialect}.cypher")
        if alt.exists():
            overrides.append((dialect, str(alt)))
            texts.append((dialect, _body(alt.read_text(encoding="utf-8"))))
    return StoredQuery(name, tuple(params), header["help"][1], str(path), tuple(overrides), tuple(texts))


def all_queries(directory=None) -> List[StoredQuery]:
    """Every stored query, sorted by name (dialect overrides are not queries of their own)."""
    directory = Path(directory) if directory else QUERY_DIR
    files = sorted(p for p in directory.glob("*.cypher") if p.name.count(".") == 1)
    return [parse_query_file(p) for p in files]


# Names read one way: "X amends …" / "X amended-by …", "X implements …" / "X implemented-by …", "X cites …" /
# "X cited-by …".  Old names stay as aliases.  (Until issue 11 `implements X` listed what implements X: that is
# `implemented-by X` now, and an empty `implements` answer says so.)
ALIASES = {"chain": "implements"}


def canonical_name(name: str) -> str:
    """The stored query an alias stands for (the name itself otherwise)."""
    return ALIASES.get(name, name)


def get(name: str, directory=None) -> StoredQuery:
    """The stored query ``name`` (or an alias of it); QueryError suggests close names when there is none."""
    queries = {q.name: q for q in all_queries(directory)}
    name = canonical_name(name)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, sorted(set(queries) | set(ALIASES)), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `vanban queries` lists them"
    raise QueryError(f"no stored query {name!r}{hint}")


# ---------------------------------------------------------------- parameters users type loosely
def document_index(backend) -> DocumentIndex:
    """The documents ``backend`` holds, as the id resolver (vanban.domain.ids) reads them."""
    return DocumentIndex.from_rows(backend.run("MATCH (d:Document) RETURN d.id, d.code, d.type, d.aliases, d.title").rows)


def resolve_document(backend, raw: str) -> List[str]:
    """The document ids ``raw`` stands for (vanban.domain.ids.resolve_id): itself when stored, else the one
    document it names, or every document it could be — several when a number was reused ("98-QĐ/TW").
    UnknownDocumentError with close matches when none."""
    raw = str(raw).strip()
    if backend.run("MATCH (d:Document {id: $id}) RETURN d.id", {"id": raw}).rows:
        return [raw]
    found = resolve_id(raw, document_index(backend), close_cutoff=0.75)
    if found.id is not None:
        return [found.id]
    if found.ambiguous:
        return list(found.candidates)
    # a name the index lacks: the name a text gives before the number ("Luật Thủy lợi số 08/2017/QH14"), or an
    # unnumbered document's type and issuer ("Nghị quyết Đại hội XIII") — search's best match
    from vanban.queries.search import best_match
    named = best_match(backend, raw)
    if named:
        return named
    raise UnknownDocumentError(raw, found.candidates)


def resolve_id_params(backend, params: dict) -> dict:
    """Free Cypher's parameters with the document ids resolved: a text value of ``id`` or ``*_id`` that names
    exactly one document becomes its stored id; one that names several is a QueryError listing them; one that
    names none is passed as typed (it may be a body's or a province's id)."""
    out = dict(params)
    for key, value in params.items():
        if not isinstance(value, str) or not (key == "id" or key.endswith("_id")):
            continue
        try:
            ids = resolve_document(backend, value)
        except UnknownDocumentError:
            continue
        if len(ids) > 1:
            raise QueryError(f"-p {key}={value!r} stands for {len(ids)} documents: {', '.join(ids)}; give one of them")
        out[key] = ids[0]
    return out


def resolve_locality(backend, raw: str) -> str:
    """A province as the graph names it: variants and 2025 names resolve through the gazetteer."""
    p = gazetteer.lookup(str(raw))
    return p.name if p is not None else str(raw).strip()


def resolve_body(backend, raw: str) -> str:
    """A body by name in any case/spelling, by its issuer code (BTCTW), with "UBND"/"HĐND" written short, or by the
    end of its name when one body's name ends so ("xã Tân Phú" -> "Ủy ban nhân dân xã Tân Phú"): the stored id, or
    ``raw`` (``vanban.domain.ids.body_id``)."""
    return body_id(backend.run("MATCH (b:Body) RETURN b.id, b.code ORDER BY b.id").rows, raw)


def prepare_params(query: StoredQuery, params: Optional[dict]) -> dict:
    """Check names, fill defaults and convert types; QueryError names what is wrong and the valid names."""
    params = dict(params or {})
    known = [p for p, _ in query.params]
    unknown = sorted(set(params) - set(known))
    if unknown:
        valid = ", ".join(known) if known else "none"
        raise QueryError(f"{query.name}: unknown parameter {', '.join(unknown)}; its parameters: {valid}")
    out = {}
    for name, default in query.params:
        if name not in params:
            if default is None:
                raise QueryError(f"{query.name}: parameter {name!r} is required, e.g. -p {name}=...")
            out[name] = default
            continue
        value = params[name]
        if isinstance(default, int) and not isinstance(default, bool):
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise QueryError(f"{query.name}: parameter {name!r} must be a whole number, got {value!r}") from None
            low = 0 if name in ("limit", "year") else -2**63
            if not low <= value < 2**63:
                raise QueryError(f"{query.name}: parameter {name!r} must be a whole number from {low} to "
                                 f"9223372036854775807, got {value}; e.g. -p {name}={default or 20}")
        elif value is not None and not isinstance(value, str):
            value = str(value)
        out[name] = value
    return out


# Queries whose rows are computed from their Cypher's answer by a library function (module:function,
# called with the backend and the checked, resolved parameters).
COMPUTED = {"status": "vanban.queries.status:document_status", "reversed": "vanban.queries.status:reversed_edges"}


def run_query(backend, name: str, params: Optional[dict] = None, page: Optional[slice] = None):
    """Run stored query ``name`` on a backend (anything with ``run`` and ``dialect``) -> Result; with ``page`` (a
    slice of row numbers, e.g. ``slice(0, 100)``) only those rows, as a Page that also tells the total."""
    return prepare_query(backend, name, params, page)[2]()


class Page(Result):
    """Some rows of an answer: ``rows`` are rows ``skip`` .. ``skip + len(rows) - 1`` (counted from 0) of ``total``.

    ``total`` is counted when first read (a second query, 15-40 ms at 100k documents: as much as the engine's
    scan for the page), unless the page told it; read it while the backend is open."""

    def __init__(self, columns, rows, skip: int = 0, total: Optional[int] = None, count=None):
        super().__init__(columns, rows)
        self.skip = skip
        self._total, self._count = total, count

    @property
    def total(self) -> int:
        if self._total is None:
            try:
                self._total = int(self._count())
            except (AttributeError, RuntimeError) as e:     # the store closed (its connection is gone)
                raise QueryError("a page's total is counted when first read, and the store it came from is closed: "
                                 "read .total before closing it") from e
        return self._total

    def note(self) -> str:
        """'rows 101–200 of 23,412; --skip 200 for the next page' (what `vanban query` says on standard error)."""
        if not self.rows:
            return (f"no rows: the answer has {self.total:,} rows, --skip {self.skip} is past its end"
                    if self.skip else "")
        last = self.skip + len(self.rows)
        more = f"; --skip {last} for the next page" if last < self.total else ""
        return f"rows {self.skip + 1:,}–{last:,} of {self.total:,}{more}"


def check_page(page) -> Tuple[int, Optional[int]]:
    """(skip, limit or None for every row to the end) of a page given as a slice; QueryError otherwise."""
    if not isinstance(page, slice) or page.step not in (None, 1):
        raise QueryError(f"a page is a slice of row numbers such as slice(0, 100), got {page!r}")
    start = 0 if page.start is None else page.start
    for v in (start, page.stop):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
            raise QueryError(f"a page's bounds are whole numbers from 0, e.g. slice(0, 100); got {page!r}")
    if page.stop is not None and page.stop < start:
        raise QueryError(f"a page ends after it starts, e.g. slice(100, 200); got {page!r}")
    return start, None if page.stop is None else page.stop - start


# The last clause of a query's text when it is an ORDER BY (nothing after it but its sort keys): where SKIP and
# LIMIT go.  A text that ends otherwise (a LIMIT of its own, a UNION) is paged by slicing its whole answer.
_ORDER_BY_LAST = re.compile(r"\bORDER\s+BY\b(?![\s\S]*\b(?:RETURN|WITH|LIMIT|SKIP|UNION|MATCH)\b)[\s\S]*$", re.I)
_LAST_RETURN = re.compile(r"\bRETURN\b(?![\s\S]*\bRETURN\b)", re.I)
# A final RETURN whose rows are not one per match: DISTINCT, or an aggregate grouping them.
_DISTINCT_OR_AGGREGATE = re.compile(r"^\s*DISTINCT\b|\b(?:count|collect|sum|avg|min|max|stdev\w*|percentile\w*)\s*\(",
                                    re.I)


def paged_texts(text: str, skip: int = 0, limit: Optional[int] = None,
                count_matches: bool = True) -> Optional[Tuple[str, str]]:
    """(the text with ``SKIP skip LIMIT limit`` after its final ORDER BY, the text counting its rows) or None
    when the text does not end in an ORDER BY.  The count returns count(*) instead of the final RETURN's rows: of
    the matches themselves when that RETURN gives one row per match (no DISTINCT, no aggregate), else after its
    expressions kept as a WITH (its DISTINCT and its grouping count the same rows), and always so with
    ``count_matches=False`` (FalkorDB counts ``MATCH (s)-[r:A|B|C]->(d {id: $id}) RETURN count(*)`` wrong: 2 for
    9 rows; pages over Bolt keep the WITH).  The bounds are
    written as numbers, not parameters: LadybugDB took 1-15 ms more to plan ``SKIP $s LIMIT $l`` (bench/bench_paging.py)."""
    if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0 or \
            (limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0)):
        raise QueryError(f"SKIP and LIMIT are whole numbers from 0, got {skip!r} and {limit!r}")
    order = _ORDER_BY_LAST.search(text)
    if not order:
        return None
    ret = _LAST_RETURN.search(text, 0, order.start())
    if not ret:
        return None
    returned = text[ret.end():order.start()]
    if not count_matches or _DISTINCT_OR_AGGREGATE.search(returned):
        count = f"{text[:ret.start()]}WITH{returned.rstrip()}\nRETURN count(*) AS total\n"
    else:
        # one row per match: counted without reading a returned column (a hub's cited-by: 29 ms -> 1 ms)
        count = f"{text[:ret.start()].rstrip()}\nRETURN count(*) AS total\n"
    return f"{text.rstrip()}\nSKIP {skip}" + ("" if limit is None else f" LIMIT {limit}") + "\n", count


def _run_page(backend, query: StoredQuery, values: dict, run_whole, page) -> Page:
    skip, limit = check_page(page)
    dialect = getattr(backend, "dialect", "ladybug")
    texts = None if query.name in COMPUTED else paged_texts(query.text(dialect), skip, limit,
                                                             count_matches=dialect == "ladybug")
    if texts is None:
        whole = run_whole()
        rows = whole.rows[skip:None if limit is None else skip + limit]
        return Page(whole.columns, rows, skip, len(whole.rows))
    paged, count = texts
    got = backend.run(paged, values)
    rows = got.rows
    if (limit is None or len(rows) < limit) and (rows or not skip):
        return Page(got.columns, rows, skip, skip + len(rows))      # the last page: it tells the total itself
    return Page(got.columns, rows, skip, count=lambda: backend.run(count, values).rows[0][0])


def prepare_query(backend, name: str, params: Optional[dict] = None, page: Optional[slice] = None):
    """(the stored query, its checked and resolved parameter values, a function that runs it -> Result; a Page
    with only the rows of ``page`` when given)."""
    if page is not None:
        check_page(page)          # a bad page is refused before the backend is asked anything
    query = get(name)
    values = prepare_params(query, params)
    if values.get("id"):
        ids = resolve_document(backend, values["id"])
        if len(ids) > 1:
            raise QueryError(f"{values['id']!r} stands for {len(ids)} documents: {', '.join(ids)}; give one of them")
        values["id"] = ids[0]
    if "locality" in values:
        values["locality"] = resolve_locality(backend, values["locality"])
    if "body" in values:
        values["body"] = resolve_body(backend, values["body"])
    if query.name in COMPUTED:
        import importlib
        module, _, fn = COMPUTED[query.name].partition(":")
        compute = getattr(importlib.import_module(module), fn)
        run_whole = lambda: compute(backend, values)  # noqa: E731
    else:
        run_whole = lambda: backend.run(query.text(getattr(backend, "dialect", "ladybug")), values)  # noqa: E731
    if page is None:
        return query, values, run_whole
    return query, values, lambda: _run_page(backend, query, values, run_whole, page)

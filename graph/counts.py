"""Counts the stored queries need, kept on each Document row by the load path (issue 12).

Two answers cannot be read from a few rows at 100k documents, because the edges behind them number in the
hundred thousands: a hub's citing documents (`most-cited`, `unresolved`: ``count(DISTINCT r.source_doc)`` over
20,000 in-edges of the most cited law) and the documents a body issued (`issued-by`: every text citing a law
states its ISSUED_BY edge again, 176,773 edges for 244 documents of the National Assembly).  So each Document
row also keeps, as bookkeeping columns (not properties: ``to_networkx``, the exports and ``RETURN d`` leave
them out, like ``_tally``):

- ``_cited_in``: how many documents state an edge into it (the distinct ``source_doc`` of its in-edges from
  documents), which is the ``cited_in`` column of `most-cited` and `unresolved`;
- ``_issuers``: the bodies it has an ISSUED_BY edge to, sorted (what `issued-by` filters on);
- ``_year``: the year ``vanban.domain.numbers.issued_before`` compares it by (its number's year, else its
  date's; 0 when neither is known), so `reversed` reads only the relations whose acting document is not of a
  later year than its target instead of all 300,000 of them.

They are kept exactly as the node properties are (graph/build.py's tallies): each document's facts (its group
of files) mark, in their vote for a node, the ``source_doc`` of their edges into it (``_cited_from``) and the
bodies of their ISSUED_BY edges from it (``_issued_by``); the node's tally counts, per value, how many groups
mark it; adding or taking away a group's vote changes the counts; the columns are read from them.  A group's
stored votes keep its marks, so replacing or removing its files takes away exactly what it gave.

``recount(store)`` computes both from the edges themselves (the test's reference, and the upgrade of a store
made before the columns: graph/store.py ``SCHEMA_VERSION`` 7).
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Dict, Iterable, Mapping, Tuple

from vanban.graph.model import EDGE_ENDS

# The bookkeeping columns per label, after ``_tally`` in the table (so an ALTER TABLE ADD of an older store
# gives the same layout as a new one).
COLUMNS = {"Document": {"_cited_in": "INT64", "_issuers": "STRING[]", "_year": "INT64"}}
CITED, ISSUED = "_cited_from", "_issued_by"       # the marks in a vote, and their counts in a tally
_DOC_DOC = frozenset(t for t, ends in EDGE_ENDS.items() if ends == ("Document", "Document"))


def columns_of(label: str) -> Tuple[str, ...]:
    return tuple(COLUMNS.get(label, ()))


def marks(edges: Iterable[Tuple[tuple, Mapping]]) -> Dict[str, dict]:
    """{node key: {CITED: [source_doc, ...], ISSUED: [body, ...]}} of one group's edges ((u, v, key), attrs)."""
    cited, issued = defaultdict(set), defaultdict(set)
    for (u, v, _k), attrs in edges:
        if attrs["type"] in _DOC_DOC:
            cited[v].add(attrs["source_doc"])
        elif attrs["type"] == "ISSUED_BY":
            issued[u].add(v.split(":", 1)[1])
    out: Dict[str, dict] = {}
    for key, docs in cited.items():
        out.setdefault(key, {})[CITED] = sorted(docs)
    for key, bodies in issued.items():
        out.setdefault(key, {})[ISSUED] = sorted(bodies)
    return out


def mark_votes(votes: Mapping[str, dict], edges: Iterable[Tuple[tuple, Mapping]]) -> Dict[str, dict]:
    """A group's votes ({node key: vote}) with its marks added (copies: the facts' own votes are left as they
    are).  Every edge's ends have a vote (graph/build.py ``FileFacts.add_edge``)."""
    out = dict(votes)
    for key, mark in marks(edges).items():
        out[key] = {**out.get(key, {}), **mark}
    return out


def add(tally: dict, vote: Mapping, sign: int = 1) -> dict:
    """Add (``sign=1``) or take away (``-1``) one vote's marks in a node's tally; returns the tally."""
    for part in (CITED, ISSUED):
        values = vote.get(part)
        if not values:
            continue
        bucket = tally.setdefault(part, {})
        for value in values:
            c = bucket.get(value, 0) + sign
            if c:
                bucket[value] = c
            else:
                bucket.pop(value, None)
        if not bucket:
            tally.pop(part, None)
    return tally


def values(label: str, tally: Mapping, props: Mapping) -> dict:
    """The bookkeeping columns of a node from its tally and properties ({} for a label without any)."""
    if label != "Document":
        return {}
    return {"_cited_in": len(tally.get(CITED, {})), "_issuers": sorted(tally.get(ISSUED, {})),
            "_year": issue_year(props.get("date"), props.get("code"))}


def issue_year(date, code) -> int:
    """The year ``issued_before`` compares a document by: its state number's year, else its ISO date's year
    (``_date_of``: a date its number's year contradicts is not used); 0 when neither.  Both are four digits, so
    whole numbers order as issued_before's strings do.  A relation whose acting document is of a later year
    than its target is never reversed, nor one with a year unknown on either side."""
    from vanban.domain.numbers import _date_of, parse_number

    parts = parse_number(code or "")
    full = _date_of(date, parts)
    if full:
        return int(full[:4])
    return int(parts.year) if parts is not None and parts.year else 0


# ---------------------------------------------------------------- from the edges themselves
def edge_marks(store) -> Tuple[Dict[str, Dict[str, dict]], Dict[str, Dict[str, Dict[str, int]]]]:
    """What the stored edges say: ({group key: {node key: marks}}, {node key: {CITED/ISSUED: {value: groups}}}).

    An edge belongs to the group of its ``source_file`` (the _SourceFile row's ``grp``); an edge of a file
    that no group holds (``write_graph``'s) counts as its own contributor ``file:PATH``.
    """
    grp = {p: g for p, g in store._exec("MATCH (s:_SourceFile) RETURN s.path, s.grp")}
    by_group: Dict[str, list] = defaultdict(list)
    for etype in sorted(_DOC_DOC | {"ISSUED_BY"}):
        a, b = EDGE_ENDS[etype]
        for u, v, doc, f in store._exec(f"MATCH (a:{a})-[e:{etype}]->(b:{b}) "
                                        "RETURN a.id, b.id, e.source_doc, e.source_file"):
            by_group[grp.get(f) or f"file:{f}"].append(((f"{a}:{u}", f"{b}:{v}", ""), {"type": etype, "source_doc": doc}))
    group_marks = {g: marks(edges) for g, edges in by_group.items()}
    counts: Dict[str, Dict[str, Dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for node_marks in group_marks.values():
        for key, mark in node_marks.items():
            for part, vals in mark.items():
                for value in vals:
                    counts[key][part][value] += 1
    return group_marks, counts


def recount(store) -> Dict[str, dict]:
    """{document id: {"_cited_in": n, "_issuers": [...]}} computed from the edges (every document, zeros too)."""
    _groups, counts = edge_marks(store)
    out = {}
    for ident, date, code in store._exec("MATCH (d:Document) RETURN d.id, d.date, d.code"):
        out[ident] = values("Document", {k: dict(v) for k, v in counts.get(f"Document:{ident}", {}).items()},
                            {"date": date, "code": code})
    return out


def stored(store) -> Dict[str, dict]:
    """{document id: {"_cited_in": n, "_issuers": [...]}} as the columns hold them."""
    return {i: {"_cited_in": int(c or 0), "_issuers": sorted(b or []), "_year": int(y or 0)}
            for i, c, b, y in store._exec("MATCH (d:Document) RETURN d.id, d._cited_in, d._issuers, d._year")}


def upgrade(store, batch: int = 5_000) -> None:
    """Give a store made before the columns (schema 6) its marks and counts, inside the caller's transaction:
    the columns are added, each group's stored votes get its edges' marks, each node's tally their counts."""
    for label, cols in COLUMNS.items():
        for col, typ in cols.items():
            default = "0" if typ == "INT64" else "[]"
            store._exec(f"ALTER TABLE {label} ADD IF NOT EXISTS {col} {typ} DEFAULT {default}")
    group_marks, counts = edge_marks(store)
    rows = []
    for key, votes in store._exec("MATCH (g:_Group) RETURN g.key, g.votes"):
        got = group_marks.get(key)
        if not got:
            continue
        votes = json.loads(votes) if votes else {}
        for node, mark in got.items():
            votes[node] = {**votes.get(node, {}), **mark}
        rows.append({"k": key, "v": json.dumps(votes, ensure_ascii=False, sort_keys=True)})
    for i in range(0, len(rows), batch):
        store._exec("UNWIND $rows AS r MATCH (g:_Group {key: r.k}) SET g.votes = r.v", {"rows": rows[i:i + batch]})
    rows = []
    for ident, raw, date, code in store._exec("MATCH (d:Document) RETURN d.id, d._tally, d.date, d.code"):
        tally = json.loads(raw) if raw else {"n": 0}
        for part, vals in counts.get(f"Document:{ident}", {}).items():
            tally[part] = dict(sorted(vals.items()))
        rows.append({"i": ident, "t": json.dumps(tally, ensure_ascii=False, sort_keys=True),
                     **{k.lstrip("_"): v for k, v in values("Document", tally, {"date": date, "code": code}).items()}})
    for i in range(0, len(rows), batch):
        store._exec("UNWIND $rows AS r MATCH (d:Document {id: r.i}) SET d._tally = r.t, d._cited_in = r.cited_in, "
                    "d._issuers = r.issuers, d._year = r.year", {"rows": rows[i:i + batch]})


def graph_counts(G) -> Dict[str, dict]:
    """{node key: the marks' counts of a tally} of a whole networkx graph written at once (``write_graph``):
    each source file's edges count as one contributor, as ``edge_marks`` counts them."""
    by_file: Dict[str, list] = defaultdict(list)
    for u, v, attrs in G.edges(data=True):
        by_file[attrs.get("source_file") or ""].append(((u, v, ""), {"type": attrs["type"],
                                                                     "source_doc": attrs.get("source_doc") or ""}))
    out: Dict[str, dict] = defaultdict(dict)
    for edges in by_file.values():
        for key, mark in marks(edges).items():
            add(out[key], mark, 1)
    return out

"""Counts the stored queries need, kept on each Document row by the load path (issue 12).

Some answers cannot be read from a few rows at 100k documents, because the edges behind them number in the
hundred thousands: a hub's citing documents (`most-cited`, `unresolved`: ``count(DISTINCT r.source_doc)`` over
20,000 in-edges of the most cited law) and the documents a body issued (`issued-by`: every text citing a law
states its ISSUED_BY edge again, 176,773 edges for 244 documents of the National Assembly).  So each Document
row also keeps, as bookkeeping columns (not properties: ``to_networkx``, the exports and ``RETURN d`` leave
them out, like ``_tally``):

- ``_cited_in``: how many documents state an edge into it (the distinct ``source_doc`` of its in-edges from
  documents), which is the ``cited_in`` column of `most-cited` and `unresolved`;
- ``_issuers``: the bodies it has an ISSUED_BY edge to, sorted (what `issued-by` filters on);
- ``_plans``: how many documents state a planned relation from it (`planned` starts from these documents
  instead of reading the planned flag of all 700,000 relations between documents);
- ``_date``, ``_year``, ``_series``, ``_seq``: what ``vanban.domain.numbers.issued_before`` compares it by (the
  ISO date its number does not contradict, else ""; its number's year, else its date's, else 0; the numbering
  series "year|type|issuer" of a state number, else ""; its number when all digits, else -1), so `reversed`
  decides in Cypher which of the 300,000 acts between documents are reversed instead of reading them all;
- ``_ambiguous``: it is in doubt, or its id is not its number (a number used again): where `ambiguous` starts,
  a flag read instead of three strings of every document.

The first three are kept exactly as the node properties are (graph/build.py's tallies): each document's facts
(its group of files) mark, in their vote for a node, the ``source_doc`` of their edges into it (``_cited_from``),
the bodies of their ISSUED_BY edges from it (``_issued_by``) and the ``source_doc`` of their planned edges from
it (``_plans_in``); the node's tally counts, per value, how many groups mark it; adding or taking away a group's
vote changes the counts; the columns are read from them.  A group's stored votes keep its marks, so replacing
or removing its files takes away exactly what it gave.  The others are functions of the row's own properties,
computed whenever they are.

``recount(store)`` computes every column from the edges and properties themselves (the test's reference);
``upgrade(store)`` gives a store made before the columns (schema 6) its marks and columns (graph/store.py
``SCHEMA_VERSION`` 7).
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Dict, Iterable, Mapping, Tuple

from vanban.graph.model import EDGE_ENDS

# The bookkeeping columns per label, after ``_tally`` in the table (so an ALTER TABLE ADD of an older store
# gives the same layout as a new one).
COLUMNS = {"Document": {"_cited_in": "INT64", "_issuers": "STRING[]", "_year": "INT64", "_plans": "INT64",
                        "_date": "STRING", "_series": "STRING", "_seq": "INT64", "_ambiguous": "BOOLEAN"}}
CITED, ISSUED, PLANS = "_cited_from", "_issued_by", "_plans_in"   # the marks in a vote, their counts in a tally
_MARKS = (CITED, ISSUED, PLANS)
_DOC_DOC = frozenset(t for t, ends in EDGE_ENDS.items() if ends == ("Document", "Document"))


def columns_of(label: str) -> Tuple[str, ...]:
    return tuple(COLUMNS.get(label, ()))


def marks(edges: Iterable[Tuple[tuple, Mapping]]) -> Dict[str, dict]:
    """{node key: {CITED: [source_doc, ...], ISSUED: [body, ...], PLANS: [source_doc, ...]}} of one group's
    edges ((u, v, key), attrs): the documents stating an edge into a document, the bodies a document is issued
    by, the documents stating a planned edge from a document."""
    found: Dict[str, Dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for (u, v, _k), attrs in edges:
        if attrs["type"] in _DOC_DOC:
            found[v][CITED].add(attrs["source_doc"])
            if attrs.get("planned"):
                found[u][PLANS].add(attrs["source_doc"])
        elif attrs["type"] == "ISSUED_BY":
            found[u][ISSUED].add(v.split(":", 1)[1])
    return {key: {part: sorted(vals) for part, vals in sorted(parts.items())} for key, parts in found.items()}


def mark_votes(votes: Mapping[str, dict], edges: Iterable[Tuple[tuple, Mapping]]) -> Dict[str, dict]:
    """A group's votes ({node key: vote}) with its marks added (copies: the facts' own votes are left as they
    are).  Every edge's ends have a vote (graph/build.py ``FileFacts.add_edge``)."""
    out = dict(votes)
    for key, mark in marks(edges).items():
        out[key] = {**out.get(key, {}), **mark}
    return out


def add(tally: dict, vote: Mapping, sign: int = 1) -> dict:
    """Add (``sign=1``) or take away (``-1``) one vote's marks in a node's tally; returns the tally."""
    for part in _MARKS:
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
    got = {"_cited_in": len(tally.get(CITED, {})), "_issuers": sorted(tally.get(ISSUED, {})),
           "_plans": len(tally.get(PLANS, {})), **issue_order(props.get("date"), props.get("code")),
           "_ambiguous": bool(props.get("doubt")) or bool(props.get("code")) and props.get("id") != props.get("code")}
    return {c: got[c] for c in COLUMNS["Document"]}          # the table's order (write_graph's CSV)


def issue_order(date, code) -> dict:
    """What ``vanban.domain.numbers.issued_before`` compares a document by, as columns Cypher compares:

    ``_date``: the ISO date, unless its number's year contradicts it ("" then, and when unknown); ``_year``: its
    state number's year, else that date's year, else 0 (both four digits, so whole numbers order as
    issued_before's strings do); ``_series``: "year|type code|issuer code" of a state number with a year, else
    ""; ``_seq``: its number when all digits, else -1.  queries/reversed.ladybug.cypher reads them.

    >>> issue_order("2025-04-01", "78/2025/NĐ-CP")
    {'_date': '2025-04-01', '_year': 2025, '_series': '2025|NĐ|CP', '_seq': 78}
    >>> issue_order("2021-03-30", "49/2018/NĐ-CP")["_date"], issue_order("", "21-NQ/TW")
    ('', {'_date': '', '_year': 0, '_series': '', '_seq': 21})
    """
    from vanban.domain.numbers import _date_of, parse_number

    parts = parse_number(code or "")
    full = _date_of(date, parts) or ""
    year = int(full[:4]) if full else int(parts.year) if parts is not None and parts.year else 0
    series = ""
    if parts is not None and parts.system == "state" and parts.year:
        series = f"{parts.year}|{parts.type_code or ''}|{parts.issuer_code or ''}"
    seq = int(parts.number) if parts is not None and parts.number.isdigit() else -1
    return {"_date": full, "_year": year, "_series": series, "_seq": seq}


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
        for u, v, doc, f, planned in store._exec(f"MATCH (a:{a})-[e:{etype}]->(b:{b}) "
                                                 "RETURN a.id, b.id, e.source_doc, e.source_file, e.planned"):
            by_group[grp.get(f) or f"file:{f}"].append(((f"{a}:{u}", f"{b}:{v}", ""),
                                                        {"type": etype, "source_doc": doc, "planned": planned}))
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
    for ident, date, code, doubt in store._exec("MATCH (d:Document) RETURN d.id, d.date, d.code, d.doubt"):
        out[ident] = values("Document", {k: dict(v) for k, v in counts.get(f"Document:{ident}", {}).items()},
                            {"id": ident, "date": date, "code": code, "doubt": doubt})
    return out


def stored(store) -> Dict[str, dict]:
    """{document id: {"_cited_in": n, "_issuers": [...]}} as the columns hold them."""
    cols = list(COLUMNS["Document"])
    return {row[0]: dict(zip(cols, row[1:])) for row in
            store._exec("MATCH (d:Document) RETURN d.id, " + ", ".join(f"d.{c}" for c in cols))}


def upgrade(store, batch: int = 5_000) -> None:
    """Give a store made before the columns (schema 6) its marks and counts, inside the caller's transaction:
    the columns are added, each group's stored votes get its edges' marks, each node's tally their counts."""
    for label, cols in COLUMNS.items():
        for col, typ in cols.items():
            default = {"INT64": "0", "STRING": "''", "STRING[]": "[]", "BOOLEAN": "false"}[typ]
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
    for ident, raw, date, code, doubt in store._exec("MATCH (d:Document) RETURN d.id, d._tally, d.date, d.code, d.doubt"):
        tally = json.loads(raw) if raw else {"n": 0}
        for part, vals in counts.get(f"Document:{ident}", {}).items():
            tally[part] = dict(sorted(vals.items()))
        rows.append({"i": ident, "t": json.dumps(tally, ensure_ascii=False, sort_keys=True),
                     **{k.lstrip("_"): v for k, v in values("Document", tally, {"id": ident, "date": date, "code": code,
                                                                                 "doubt": doubt}).items()}})
    sets = ", ".join(f"d.{c} = r.{c.lstrip('_')}" for c in COLUMNS["Document"])
    for i in range(0, len(rows), batch):
        store._exec(f"UNWIND $rows AS r MATCH (d:Document {{id: r.i}}) SET d._tally = r.t, {sets}",
                    {"rows": rows[i:i + batch]})


def graph_counts(G) -> Dict[str, dict]:
    """{node key: the marks' counts of a tally} of a whole networkx graph written at once (``write_graph``):
    each source file's edges count as one contributor, as ``edge_marks`` counts them."""
    by_file: Dict[str, list] = defaultdict(list)
    for u, v, attrs in G.edges(data=True):
        by_file[attrs.get("source_file") or ""].append(((u, v, ""), {"type": attrs["type"], "planned": attrs.get("planned"),
                                                                     "source_doc": attrs.get("source_doc") or ""}))
    out: Dict[str, dict] = defaultdict(dict)
    for edges in by_file.values():
        for key, mark in marks(edges).items():
            add(out[key], mark, 1)
    return out

"""A query's answer on any backend (``Result``) and LadybugDB values as plain JSON (``jsonable``).

Kept apart from graph/store.py, which imports networkx and the loaders, so that a command that only shows
an answer (`vanban sparql` on a current RDF twin) starts without them (bench/bench_startup.py).
"""
from __future__ import annotations

import decimal
from dataclasses import dataclass
from typing import List


@dataclass
class Result:
    """A query's answer on any backend: column names and rows of JSON-able values."""
    columns: List[str]
    rows: List[list]

    def dicts(self) -> List[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self):
        return len(self.rows)


# Values ``jsonable`` gives back as they are: a row of them needs no call per value (issue 12: a 20,000-row answer
# spent as long in those calls as in the engine).
PLAIN_TYPES = frozenset((str, int, float, bool, type(None)))


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

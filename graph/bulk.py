"""Rows packed into one string: how the store writes a batch without the driver converting every value.

The LadybugDB Python driver turns an ``UNWIND $rows`` parameter (a list of dicts) into engine values one field at a
time, after walking every value in Python for its type signature: measured on the 46k edges of the real corpus,
~170 µs per edge row of 16 properties before anything is written (bench/bench_load.py), more than the write itself.
A single string parameter costs one copy.  So a batch's rows travel as one string — fields joined by ``US``, rows by
``RS``, list items by ``GS``, an empty string written as ``EMPTY`` (LadybugDB's ``string_split`` drops empty
pieces) — and the statement takes them apart:

    UNWIND string_split($rows, RS) AS row
    MATCH (a:Document {id: split_part(row, US, 1)}) MATCH (b:Document {id: split_part(row, US, 2)})
    WITH a, b, string_split(row, US) AS f
    CREATE (a)-[:CITES {evidence: CASE f[3] WHEN EMPTY THEN '' ELSE f[3] END, line: CAST(f[4] AS INT64), ...}]->(b)

The keys are looked up straight from ``row`` (``split_part``): LadybugDB plans a primary-key lookup for an
expression of the unwound value, but a cross product of two table scans once it has gone through a ``WITH``.

A row whose text holds one of the four control characters (or whose key is empty, or a list item empty) cannot be
packed: ``pack`` gives it back, and the store writes it by the plain ``UNWIND`` of dicts, so every value is stored
exactly as given, whatever it holds (tests/test_store.py).
"""
from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

US, RS, GS, EMPTY = "\x1f", "\x1e", "\x1d", "\x1a"
_CONTROL = "\x1a\x1b\x1c\x1d\x1e\x1f"


def _has_control(text: str) -> bool:
    # six memchr-speed scans beat one character-class regex ~10x on megabytes of evidence
    return any(c in text for c in _CONTROL)

# Row types: the store's property types (graph/model.py), plus "KEY", a string looked up by primary key.
_CELL: Dict[str, Callable] = {}


def _string(v) -> Optional[str]:
    if v.__class__ is not str:
        return None
    return v or EMPTY


def _key(v) -> Optional[str]:
    return v if v.__class__ is str and v else None


def _int(v) -> Optional[str]:
    return str(v) if v.__class__ is int else None      # not a bool, not None: those go the plain way


def _bool(v) -> Optional[str]:
    return ("1" if v else "0") if v.__class__ is bool else None


def _list(v) -> Optional[str]:
    if v.__class__ not in (list, tuple):
        return None
    for item in v:
        if item.__class__ is not str or not item:
            return None
    return GS.join(v) or EMPTY


_CELL.update({"STRING": _string, "KEY": _key, "INT64": _int, "BOOLEAN": _bool, "STRING[]": _list})


def pack(rows: Sequence[Sequence], types: Sequence[str]) -> Tuple[str, List[int]]:
    """(the packed rows, the indexes of the rows that cannot be packed).  ``types[i]`` is the type of field i:
    "KEY", "STRING", "INT64", "BOOLEAN" or "STRING[]".

    Column by column, in C-speed builtins where it can (a few µs per row: bench/bench_load.py); when a column holds
    a value that cannot be packed, row by row to find the rows that hold one."""
    if not rows:
        return "", []
    columns = list(zip(*rows))
    encoded = []
    for typ, col in zip(types, columns):
        cells = _column(typ, col)
        if cells is None:
            return _pack_rows(rows, types)
        encoded.append(cells)
    return RS.join(map(US.join, zip(*encoded))), []


_BOOL = {True: "1", False: "0"}


def _column(typ: str, col: tuple) -> Optional[list]:
    """The cells of one column, or None when one of its values cannot be packed."""
    kinds = set(map(type, col))
    if typ == "INT64":
        return list(map(str, col)) if kinds == {int} else None
    if typ == "BOOLEAN":
        return list(map(_BOOL.__getitem__, col)) if kinds == {bool} else None
    if typ == "STRING[]":
        if not kinds <= {list, tuple}:
            return None
        items = [item for v in col for item in v]
        if not set(map(type, items)) <= {str} or "" in items or _has_control("".join(items)):
            return None
        return [GS.join(v) or EMPTY for v in col]
    if kinds != {str} or _has_control("".join(col)):
        return None
    if typ == "KEY":
        return None if "" in col else list(col)
    return [v or EMPTY for v in col]


def _pack_rows(rows: Sequence[Sequence], types: Sequence[str]) -> Tuple[str, List[int]]:
    cells = [_CELL[t] for t in types]
    texts = [i for i, t in enumerate(types) if t in ("KEY", "STRING", "STRING[]")]
    out, left = [], []
    for n, row in enumerate(rows):
        got = [cell(v) for cell, v in zip(cells, row)]
        if None in got or _has_control("".join([row[i] if row[i].__class__ is str else "".join(row[i])
                                                   for i in texts])):
            left.append(n)
        else:
            out.append(US.join(got))
    return RS.join(out), left


def key(k: int) -> str:
    """Cypher for key field ``k`` (1-based) of the unwound ``row``, in a MATCH: a primary-key lookup."""
    return f"split_part(row, '{US}', {k})"


def field(k: int, typ: str) -> str:
    """Cypher for field ``k`` (1-based) of ``f`` (``string_split(row, US)``), as a value of type ``typ``."""
    f = f"f[{k}]"
    if typ == "KEY":
        return f
    if typ == "INT64":
        return f"CAST({f} AS INT64)"
    if typ == "BOOLEAN":
        return f"{f} = '1'"
    if typ == "STRING[]":
        return f"CASE {f} WHEN '{EMPTY}' THEN CAST([] AS STRING[]) ELSE string_split({f}, '{GS}') END"
    return f"CASE {f} WHEN '{EMPTY}' THEN '' ELSE {f} END"


UNWIND = f"UNWIND string_split($rows, '{RS}') AS row"
SPLIT = f"string_split(row, '{US}') AS f"

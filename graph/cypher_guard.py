"""Read-only Cypher that really is: refuse statements that reach outside the graph unless ``--write``.

LadybugDB's read-only database and ``BEGIN TRANSACTION READ ONLY`` refuse writes to the graph, but not
``COPY (…) TO '/path'`` (it overwrites the file), ``EXPORT DATABASE``, ``LOAD FROM '/etc/passwd'``,
``INSTALL`` (a download), ``LOAD EXTENSION``, ``CALL home_directory='/'`` or the table functions that read
files (``CALL read_csv_serial(…)`` even crashes the process) — checked by tests/test_cypher_guard.py
against the real engine.  So user Cypher is tokenized here, the way the engine's lexer does it (strings
with backslash escapes, backtick names with doubled backticks, ``//`` and ``/* */`` comments, keywords in
any case), and a statement with such a clause is refused with one line naming ``--write``.

    >>> outside_clause("MATCH (d:Document) WHERE d.title = 'COPY' RETURN d.id AS copy")
    >>> outside_clause("/* hi */ copy (MATCH (d) RETURN d.id) TO '/tmp/x.csv'")
    'COPY'
    >>> outside_clause("CALL show_tables() RETURN *")
    >>> outside_clause("CALL read_parquet('/tmp/x.parquet') RETURN *")
    'CALL read_parquet'
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional, Tuple

from vanban.errors import QueryError

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")     # the engine honours backslash escapes ('a\'b')
  | (?P<name>`(?:[^`]|``)*`)                             # a quoted name: `COPY` is a name, not a clause
  | (?P<word>[^\W\d]\w*)                                 # keywords and identifiers, any case
  | (?P<number>\d[\w.]*)
  | (?P<param>\$\w+)
  | (?P<open>'|"|`|/\*)                                  # an unterminated string, name or comment
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

# Clauses that read or write files, other databases or extensions, by their first word; each is a clause
# only when the word is followed by what the clause takes ("COPY (" / "COPY Document FROM", "EXPORT DATABASE",
# "LOAD FROM|CSV|EXTENSION|WITH HEADERS|httpfs", "INSTALL httpfs", "ATTACH 'x.lbug'"), so a variable named
# copy ("WHERE copy IS NULL", "RETURN d AS load") is not one.
_CLAUSES = {"COPY", "EXPORT", "IMPORT", "LOAD", "INSTALL", "UNINSTALL", "ATTACH", "DETACH", "CHECKPOINT"}
_NEEDS_NEXT = {"EXPORT": {"DATABASE"}, "IMPORT": {"DATABASE"}}
# Words after a variable that make it an expression, not a clause ("DETACH DELETE" is a graph write the
# read-only transaction refuses, not DETACH DATABASE).
_EXPRESSION_WORDS = set("""IS AND OR XOR IN STARTS ENDS CONTAINS AS ASC DESC ASCENDING DESCENDING ORDER LIMIT SKIP
    RETURN WITH WHERE UNION MATCH OPTIONAL UNWIND CALL DELETE SET REMOVE CREATE MERGE""".split())
_NAME_BEFORE = {".", ":", "AS", "$"}

# LadybugDB table functions that only read the catalog or settings; every other CALL needs --write
# (READ_CSV_*, READ_PARQUET, READ_NPY, FILE_INFO read files; PROJECT_GRAPH, CLEAR_WARNINGS change state;
# "CALL name = value" changes a setting such as home_directory or spill_to_disk).
LADYBUG_READ_CALLS = frozenset("""
    SHOW_TABLES TABLE_INFO SHOW_CONNECTION SHOW_FUNCTIONS SHOW_GRAPHS SHOW_INDEXES SHOW_MACROS SHOW_SEQUENCES
    SHOW_WARNINGS SHOW_ATTACHED_DATABASES SHOW_LOADED_EXTENSIONS SHOW_OFFICIAL_EXTENSIONS SHOW_PROJECTED_GRAPHS
    CURRENT_SETTING DB_VERSION CATALOG_VERSION STORAGE_VERSION STATS_INFO STORAGE_INFO BM_INFO
""".split())
# Neo4j procedures that reach files, run other statements or administer the server.
_NEO4J_OUTSIDE = re.compile(r"(?:apoc\.(?:export|import|load|cypher|periodic|systemdb|log|trigger|custom)|dbms)\.",
                            re.IGNORECASE)


def tokens(cypher: str) -> Iterator[Tuple[str, str]]:
    """(kind, text) for every token but whitespace and comments; QueryError on an unterminated one."""
    for m in _TOKEN.finditer(cypher):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        if kind == "open":
            raise QueryError(f"the Cypher has an unterminated {m.group()} at character {m.start()}; close it")
        yield kind, m.group()  # type: ignore[misc]


def outside_clause(cypher: str, dialect: str = "ladybug") -> Optional[str]:
    """The first clause of ``cypher`` that reaches outside the graph (files, extensions, other databases,
    settings), or None when it only reads the graph."""
    toks: List[Tuple[str, str]] = list(tokens(cypher))
    for i, (kind, text) in enumerate(toks):
        if kind != "word":
            continue
        word = text.upper()
        prev = toks[i - 1][1].upper() if i > 0 else ""
        if prev in _NAME_BEFORE:
            continue
        if word in _CLAUSES and _is_clause(word, toks, i):
            return word
        if word == "CALL" and i + 1 < len(toks) and toks[i + 1][0] in ("word", "name"):
            name, j = toks[i + 1][1].strip("`"), i + 2
            while j + 1 < len(toks) and toks[j][1] == "." and toks[j + 1][0] in ("word", "name"):
                name += "." + toks[j + 1][1].strip("`")
                j += 2
            if dialect == "ladybug":
                if name.upper() not in LADYBUG_READ_CALLS or (j < len(toks) and toks[j][1] == "="):
                    return f"CALL {name}"
            elif _NEO4J_OUTSIDE.match(name + "."):
                return f"CALL {name}"
    return None


def _is_clause(word: str, toks, i: int) -> bool:
    kind, nxt = toks[i + 1] if i + 1 < len(toks) else ("", "")
    if word == "CHECKPOINT":
        return i == 0 or toks[i - 1][1] == ";"
    if word in _NEEDS_NEXT:
        return nxt.upper() in _NEEDS_NEXT[word]
    if word == "COPY" and nxt == "(" or word == "LOAD" and nxt.upper() in ("FROM", "WITH", "CSV", "EXTENSION"):
        return True
    if kind in ("string", "name"):
        return True
    return kind == "word" and nxt.upper() not in _EXPRESSION_WORDS


def refuse_outside(cypher: str, dialect: str = "ladybug") -> None:
    """QueryError naming ``--write`` when read-only Cypher would touch files, extensions or settings."""
    clause = outside_clause(cypher, dialect)
    if clause:
        raise QueryError(f"{clause} reaches outside the graph (files, extensions, other databases or settings) "
                         f"and the Cypher runs read-only; pass --write (write=True) to allow it")

"""The graph's closed vocabulary and the shape of nodes and edges.

networkx is the in-memory form: a ``networkx.MultiDiGraph`` whose node keys are ``"<Label>:<id>"``
strings (so GraphML/JSON exports and Cypher agree) with attributes

    label   one of NodeLabel (vanban.domain.vocab)  ("Document", "Body", "Locality", "Person")
    id      the node's identity within its label (document id "21-NQ/TW", body/locality/person name)
    ...     the label's properties (see NODE_PROPERTIES)

and edges keyed by ``(u, v, key)`` with attributes

    type     one of Relation (vanban.domain.vocab; stored on every relationship as ``r.type`` too, so one Cypher text reads it on
             LadybugDB, whose ``label(r)`` Neo4j lacks, and on Neo4j, whose ``type(r)`` LadybugDB lacks)
    ...      provenance (see EDGE_PROPERTIES): source_file, source_doc, evidence, line, start, end,
             rule, planned, sources, count, page (PDF/scan page, 0 when the file has no pages)

The same labels, relationship types and property names are used in the embedded store, in Neo4j and
in every export, so a user's Cypher runs in both.
"""
from __future__ import annotations

from typing import Any

from vanban.domain.vocab import DOCUMENT_RELATIONS, NodeLabel, Relation
from vanban.domain.vocab import STATUS_RELATIONS as _STATUS

# The closed vocabulary lives in the domain layer (vanban.domain.vocab): one enum for every relationship type.
# These names stay for old imports; they are the same objects, not second definitions.
EdgeType = Relation
RelationType = Relation
# Relations that change the target's legal status, strongest first (used by the `status` query).
STATUS_RELATIONS = tuple(r.value for r in _STATUS)

__all__ = ["NodeLabel", "Relation", "EdgeType", "RelationType", "DOCUMENT_RELATIONS", "STATUS_RELATIONS",
           "NODE_PROPERTIES", "EDGE_PROPERTIES", "EDGE_ENDS", "EDGE_ATTRS", "node_key"]

# Property names per label. Lists are stored as lists in networkx and as STRING[] in the stores.
NODE_PROPERTIES = {
    "Document": {
        "id": "STRING",          # resolved identity, e.g. "21-NQ/TW", "98-QĐ/TW@2004" when a number is reused
        "code": "STRING",        # normalised number, "" for unnumbered documents
        "number": "STRING",      # the number part ("21", "15")
        "type": "STRING",        # "Nghị quyết", "Quy định", "Luật" ...
        "type_code": "STRING",   # "NQ", "QĐ", "L" ...
        "date": "STRING",        # ISO date, "" when unknown
        "year": "INT64",         # 0 when unknown
        "issuer": "STRING",      # canonical issuing body
        "title": "STRING",       # trích yếu / subject
        "loaded": "BOOLEAN",     # a source file of this document has been loaded
        "source_file": "STRING", # that file (when loaded)
        "aliases": "STRING[]",   # other names: "Nghị quyết Hội nghị Trung ương 5 khóa XIII", "Kết luận 21"
        "doubt": "STRING",       # identity doubt, e.g. "same number as 98-QĐ/TW@2017; undated mention"
        "mention_count": "INT64",
        "effective": "STRING",   # ISO date it takes effect, from its own effect clause; "" when not loaded or not said
        "expires": "STRING",     # ISO date it ceases by its own clause ("hết hiệu lực từ ngày …"), "" otherwise
        "effect": "STRING",      # that clause's sentence (the evidence of both dates)
        "effect_line": "INT64",  # its line in source_file
    },
    "Body": {"id": "STRING", "name": "STRING", "code": "STRING"},
    "Locality": {
        "id": "STRING", "name": "STRING",
        "status": "STRING",      # "legacy" (63 provinces before 2025-07-01), "current" (34 from then), "both"
        "merged_into": "STRING", # for a legacy province: the 2025 province it became part of
        "code": "STRING",
    },
    "Person": {"id": "STRING", "name": "STRING", "position": "STRING"},
}

EDGE_PROPERTIES = {
    "source_file": "STRING",   # the file whose text states the edge
    "source_doc": "STRING",    # that file's own document id
    "evidence": "STRING",      # the sentence
    "line": "INT64",
    "start": "INT64",
    "end": "INT64",            # a reserved word in LadybugDB Cypher: write r.`end`
    "rule": "STRING",
    "planned": "BOOLEAN",
    "scope": "STRING",         # the part acted on ("khoản 2 Điều 17", "cụm từ"); "" for the whole document
    "partial": "BOOLEAN",      # the act touches only ``scope``: amended / repealed in part
    # One document's facts are stored once however many files hold its text (an annotated and a plain copy,
    # a renamed or symlinked file): every file that states the edge, and how many they are.  source_file,
    # line, start and end are those of the first of them (in path order).
    "sources": "STRING[]",
    "count": "INT64",
    "page": "INT64",           # 1-based page of the PDF or scan the evidence stands on; 0 for other formats
}


# Which labels each relationship type joins (the store declares one rel table per type from this).
EDGE_ENDS = {t.value: ("Document", "Document") for t in EdgeType}
EDGE_ENDS.update({"ISSUED_BY": ("Document", "Body"), "SIGNED_BY": ("Document", "Person"),
                  "MENTIONS": ("Document", "Locality")})

# Edge attributes in networkx and in every store: the relationship type, then its provenance.  The type is
# also stored as a property so one Cypher text can return it on every backend (type(r) is Neo4j's spelling,
# label(r) LadybugDB's).
EDGE_ATTRS = ("type",) + tuple(EDGE_PROPERTIES)

# Values of edge properties a graph built by hand may leave out (the older ones are always set by graph/build.py).
EDGE_DEFAULTS = {"scope": "", "partial": False, "sources": (), "count": 1, "page": 0}


def node_key(label: str, ident: str) -> str:
    """The networkx node key of a node: ``node_key("Document", "21-NQ/TW") == "Document:21-NQ/TW"``."""
    value = _LABEL_VALUES.get(label)
    if value is None:
        value = NodeLabel(label).value          # (not a label: the enum's own ValueError)
    return f"{value}:{ident}"


# (a label's value by a dict lookup: the enum's call was a fifth of turning an extraction into facts)
_LABEL_VALUES = {m.value: m.value for m in NodeLabel}


def coerce(value: Any, typ: str) -> Any:
    """A stored value as its property type says (``NODE_PROPERTIES`` / ``EDGE_PROPERTIES`` types): NULLs become the
    type's empty value."""
    if typ == "STRING[]":
        return list(value or [])
    if typ == "INT64":
        return int(value or 0)
    if typ == "BOOLEAN":
        return bool(value)
    return "" if value is None else str(value)

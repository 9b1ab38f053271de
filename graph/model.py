"""The graph's closed vocabulary and the shape of nodes and edges.

networkx is the in-memory form: a ``networkx.MultiDiGraph`` whose node keys are ``"<Label>:<id>"``
strings (so GraphML/JSON exports and Cypher agree) with attributes

    label   one of NodeLabel  ("Document", "Body", "Locality", "Person")
    id      the node's identity within its label (document id "21-NQ/TW", body/locality/person name)
    ...     the label's properties (see NODE_PROPERTIES)

and edges keyed by ``(u, v, key)`` with attributes

    type     one of EdgeType (stored on every relationship as ``r.type`` too, so one Cypher text reads it on
             LadybugDB, whose ``label(r)`` Neo4j lacks, and on Neo4j, whose ``type(r)`` LadybugDB lacks)
    ...      provenance (see EDGE_PROPERTIES): source_file, source_doc, evidence, line, start, end,
             rule, planned, page (PDF/scan page, 0 when the file has no pages)

The same labels, relationship types and property names are used in the embedded store, in Neo4j and
in every export, so a user's Cypher runs in both.
"""
from __future__ import annotations

from enum import Enum


class NodeLabel(str, Enum):
    DOCUMENT = "Document"
    BODY = "Body"
    LOCALITY = "Locality"
    PERSON = "Person"

    def __str__(self):
        return self.value


class RelationType(str, Enum):
    """Document -> document relations (acting document -> acted-upon document)."""
    AMENDS = "AMENDS"
    REPLACES = "REPLACES"
    REPEALS = "REPEALS"
    SUSPENDS = "SUSPENDS"
    CORRECTS = "CORRECTS"
    CONSOLIDATES = "CONSOLIDATES"
    GUIDES = "GUIDES"
    IMPLEMENTS = "IMPLEMENTS"
    REVIEWS = "REVIEWS"
    BASED_ON = "BASED_ON"
    CITES = "CITES"

    def __str__(self):
        return self.value


class EdgeType(str, Enum):
    """Every relationship type in the graph: the document relations plus the structural ones."""
    ISSUED_BY = "ISSUED_BY"      # Document -> Body
    SIGNED_BY = "SIGNED_BY"      # Document -> Person
    MENTIONS = "MENTIONS"        # Document -> Locality
    COPY_OF = "COPY_OF"          # Document (the sao lục / sao y) -> Document (the original)
    AMENDS = "AMENDS"
    REPLACES = "REPLACES"
    REPEALS = "REPEALS"
    SUSPENDS = "SUSPENDS"
    CORRECTS = "CORRECTS"
    CONSOLIDATES = "CONSOLIDATES"
    GUIDES = "GUIDES"
    IMPLEMENTS = "IMPLEMENTS"
    REVIEWS = "REVIEWS"
    BASED_ON = "BASED_ON"
    CITES = "CITES"

    def __str__(self):
        return self.value


DOCUMENT_RELATIONS = frozenset(r.value for r in RelationType)

# Relations that change the target's legal status, strongest first (used by the `status` query).
STATUS_RELATIONS = ("REPEALS", "REPLACES", "SUSPENDS", "AMENDS")

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
    "page": "INT64",           # 1-based page of the PDF or scan the evidence stands on; 0 for other formats
}


def node_key(label: str, ident: str) -> str:
    """The networkx node key of a node: ``node_key("Document", "21-NQ/TW") == "Document:21-NQ/TW"``."""
    return f"{NodeLabel(label).value}:{ident}"

"""How each kind of node and each relation looks in a view: one table, shared by the page and its legend.

Keys are the graph's closed vocabulary (vanban.domain.vocab), so a relation added there without a style here
fails the test that checks every Relation has one. Colours for document types follow the portals' habit of
telling a Nghị quyết from a Hướng dẫn at a glance; relations that change a document's legal status are the
warm colours, the structural edges (issuer, signer, locality) pale so the document web stands out.
"""
from __future__ import annotations

from vanban.domain.vocab import NodeLabel, Relation

# Document type (the word in the text, as graph/model.py stores it in `type`) -> fill colour.
DOCUMENT_TYPES = {
    "Nghị quyết": "#e15759",
    "Kết luận": "#f28e2b",
    "Quy định": "#4e79a7",
    "Quyết định": "#76b7b2",
    "Chỉ thị": "#b07aa1",
    "Quy chế": "#86bcb6",
    "Hướng dẫn": "#59a14f",
    "Kế hoạch": "#edc948",
    "Chương trình": "#9c755f",
    "Thông báo": "#ff9da7",
    "Báo cáo": "#bab0ac",
    "Đề án": "#d4a6c8",
    "Công văn": "#a0cbe8",
    "Tờ trình": "#ffbe7d",
    "Bản sao": "#d7b5a6",
    "Luật": "#8cd17d",
    "Nghị định": "#b6992d",
    "Thông tư": "#499894",
}
OTHER_DOCUMENT = ("Văn bản khác", "#dddddd")

# Type codes (Party and state) for documents whose `type` word is missing: the code still tells the kind.
TYPE_CODES = {
    "NQ": "Nghị quyết", "KL": "Kết luận", "CT": "Chỉ thị", "QC": "Quy chế", "HD": "Hướng dẫn",
    "KH": "Kế hoạch", "CTR": "Chương trình", "TB": "Thông báo", "BC": "Báo cáo", "ĐA": "Đề án",
    "CV": "Công văn", "TTR": "Tờ trình", "BS": "Bản sao", "L": "Luật", "NĐ": "Nghị định", "TT": "Thông tư",
}

# Non-document nodes: (legend label, vis shape, fill colour). Shapes differ from the documents' box so the
# kind reads even in print.
NODE_KINDS = {
    NodeLabel.BODY.value: ("Cơ quan ban hành", "hexagon", "#6b6ecf"),
    NodeLabel.LOCALITY.value: ("Tỉnh, thành phố", "triangle", "#31a354"),
    NodeLabel.PERSON.value: ("Người ký", "dot", "#e6550d"),
}
DOCUMENT_SHAPE = "box"

# Relation -> edge colour; the Vietnamese label is the vocabulary's own (vanban.domain.vocab.Relation.label_vi),
# the same one graph/vanban.ttl gives.
RELATION_COLOURS = {
    Relation.AMENDS: "#d62728",
    Relation.REPLACES: "#8c1c13",
    Relation.REPEALS: "#222222",
    Relation.SUSPENDS: "#ff7f0e",
    Relation.CORRECTS: "#bcbd22",
    Relation.CONSOLIDATES: "#17becf",
    Relation.GUIDES: "#1f77b4",
    Relation.IMPLEMENTS: "#2ca02c",
    Relation.REVIEWS: "#9467bd",
    Relation.BASED_ON: "#8c564b",
    Relation.CITES: "#7f7f7f",
    Relation.COPY_OF: "#e377c2",
    Relation.ISSUED_BY: "#b0b0d8",
    Relation.SIGNED_BY: "#f0b08a",
    Relation.MENTIONS: "#a1d99b",
}
# Relation -> (Vietnamese label, edge colour), in the legend's order.
RELATIONS = {r.value: (r.label_vi, colour) for r, colour in RELATION_COLOURS.items()}


def document_type(props: dict) -> str:
    """The legend entry of a document: its type word when known, else the one its type code implies."""
    word = (props.get("type") or "").strip()
    if word in DOCUMENT_TYPES:
        return word
    code = (props.get("type_code") or "").upper()
    if code in TYPE_CODES:
        return TYPE_CODES[code]
    return OTHER_DOCUMENT[0]


def document_colour(type_word: str) -> str:
    return DOCUMENT_TYPES.get(type_word, OTHER_DOCUMENT[1])

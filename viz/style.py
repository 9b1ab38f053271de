"""How each kind of node and each relation looks in a view: one table, shared by the page and its legend.

Keys are the graph's closed vocabulary (graph/model.py), so a relation added there without a style here
fails the test that checks every EdgeType has one. Colours for document types follow the portals' habit of
telling a Nghị quyết from a Hướng dẫn at a glance; relations that change a document's legal status are the
warm colours, the structural edges (issuer, signer, locality) pale so the document web stands out.
"""
from __future__ import annotations

from vanban.graph.model import EdgeType, NodeLabel

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

# Relation -> (Vietnamese label as the portals write it, edge colour).
RELATIONS = {
    EdgeType.AMENDS.value: ("sửa đổi, bổ sung", "#d62728"),
    EdgeType.REPLACES.value: ("thay thế", "#8c1c13"),
    EdgeType.REPEALS.value: ("bãi bỏ", "#222222"),
    EdgeType.SUSPENDS.value: ("đình chỉ", "#ff7f0e"),
    EdgeType.CORRECTS.value: ("đính chính", "#bcbd22"),
    EdgeType.CONSOLIDATES.value: ("hợp nhất", "#17becf"),
    EdgeType.GUIDES.value: ("hướng dẫn", "#1f77b4"),
    EdgeType.IMPLEMENTS.value: ("thực hiện", "#2ca02c"),
    EdgeType.REVIEWS.value: ("sơ kết, tổng kết", "#9467bd"),
    EdgeType.BASED_ON.value: ("căn cứ", "#8c564b"),
    EdgeType.CITES.value: ("dẫn chiếu", "#7f7f7f"),
    EdgeType.COPY_OF.value: ("sao lục, sao y", "#e377c2"),
    EdgeType.ISSUED_BY.value: ("cơ quan ban hành", "#b0b0d8"),
    EdgeType.SIGNED_BY.value: ("người ký", "#f0b08a"),
    EdgeType.MENTIONS.value: ("nêu địa phương", "#a1d99b"),
}


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

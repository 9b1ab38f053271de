"""The one id resolver (vanban.domain.ids): every way a user writes a document, against one small index.

The index holds what the seed's graph holds for these documents: a reused Party number kept apart by date,
a Party resolution with its aliases, a state decision, a law known by its title.
"""
from __future__ import annotations

import pytest

from vanban.domain.ids import AMBIGUOUS, UNKNOWN, DocumentEntry, DocumentIndex, normalize_id, resolve_id

INDEX = DocumentIndex.build([
    DocumentEntry("21-NQ/TW", code="21-NQ/TW", type="Nghị quyết",
                  aliases=("Nghị quyết Hội nghị Trung ương 5 khóa XIII",)),
    DocumentEntry("21-KL/TW", code="21-KL/TW", type="Kết luận", aliases=("Kết luận 21",)),
    DocumentEntry("98-QĐ/TW@2004", code="98-QĐ/TW", type="Quyết định"),
    DocumentEntry("98-QĐ/TW@2017", code="98-QĐ/TW", type="Quy định"),
    DocumentEntry("188-BC/BTCTW", code="188-BC/BTCTW", type="Báo cáo"),
    DocumentEntry("12/2024/QĐ-TTg", code="12/2024/QĐ-TTg", type="Quyết định"),
    DocumentEntry("08/2017/QH14", code="08/2017/QH14", type="Luật", title="Thủy lợi"),
    DocumentEntry("NQ-dai-hoi-XIII", type="Nghị quyết", aliases=("Nghị quyết Đại hội XIII",)),
])

# (what a user types, the id it must resolve to)
RESOLVED = [
    ("21-NQ/TW", "21-NQ/TW"),                                   # the id itself
    ("Document:21-NQ/TW", "21-NQ/TW"),                          # a node key
    ("Nghị quyết 21-NQ/TW", "21-NQ/TW"),                        # type word before the number
    ("Nghị quyết số 21-NQ/TW", "21-NQ/TW"),                     # type word and "số"
    ("số 21-KL/TW", "21-KL/TW"),                                # "số" alone
    ("Quyết định số: 12/2024/QĐ-TTg", "12/2024/QĐ-TTg"),        # "số:" with the colon
    ("21 - NQ/TW", "21-NQ/TW"),                                 # spaces around the dash
    ("21–NQ/TW", "21-NQ/TW"),                                   # en dash
    ("21\u2011NQ/TW", "21-NQ/TW"),                              # non-breaking hyphen
    ("21-nq/tw", "21-NQ/TW"),                                   # case
    ("188 -BC/BTCTW", "188-BC/BTCTW"),                          # as a header writes it
    ("12/2024/QD-TTg", "12/2024/QĐ-TTg"),                       # missing diacritics (Đ as D)
    ("12/2024/QÐ-TTg", "12/2024/QĐ-TTg"),                       # Icelandic Ð
    ("8/2017/QH14", "08/2017/QH14"),                            # leading zero left out
    ("98-QĐ/TW@2004", "98-QĐ/TW@2004"),                         # a qualified id
    ("98-QD/TW@2017", "98-QĐ/TW@2017"),                         # qualified, without diacritics
    ("Quy định 98-QĐ/TW", "98-QĐ/TW@2017"),                     # the type word picks one of a reused number
    ("Quyết định số 98-QĐ/TW", "98-QĐ/TW@2004"),
    ("Kết luận 21", "21-KL/TW"),                                # a short form (an alias here)
    ("Nghị quyết 21", "21-NQ/TW"),                              # a short form, unique for its type
    ("Báo cáo 188", "188-BC/BTCTW"),
    ("Luật Thủy lợi", "08/2017/QH14"),                          # a name through type + title
    ("luat thuy loi", "08/2017/QH14"),                          # ... without diacritics or capitals
    ("Nghị quyết Đại hội XIII", "NQ-dai-hoi-XIII"),             # a name through the aliases
    ("Nghị quyết Hội nghị Trung ương 5 khóa XIII", "21-NQ/TW"),
]


@pytest.mark.parametrize("text, expected", RESOLVED)
def test_each_form_resolves(text, expected):
    found = resolve_id(text, INDEX)
    assert (found.id, found.candidates) == (expected, ())


# (what a user types, the documents it could be)
AMBIGUOUS_FORMS = [
    ("98-QĐ/TW", ("98-QĐ/TW@2004", "98-QĐ/TW@2017")),           # a number reused across Party terms
    ("98 - qd/tw", ("98-QĐ/TW@2004", "98-QĐ/TW@2017")),
    ("21", ("21-KL/TW", "21-NQ/TW")),                           # a bare number two documents carry
]


@pytest.mark.parametrize("text, candidates", AMBIGUOUS_FORMS)
def test_ambiguous_forms_list_the_candidates(text, candidates):
    found = resolve_id(text, INDEX)
    assert found.id is None and found.how == AMBIGUOUS and found.candidates == candidates


def test_unknown_ids_suggest_close_ones():
    found = resolve_id("22-NQ/TW", INDEX)
    assert found.id is None and found.how == UNKNOWN and "21-NQ/TW" in found.candidates
    assert resolve_id("Chỉ thị 5", INDEX).id is None
    assert resolve_id("Nghị quyết Trung ương 7", INDEX).id is None      # a name nobody holds, not a number


@pytest.mark.parametrize("text, expected", [
    ("Quyết định số: 12/2024/QĐ–TTg", "12/2024/QĐ-TTg"),
    ("  Document:21-NQ/TW ", "21-NQ/TW"),
    ("Nghị quyết Trung ương 5", "Nghị quyết Trung ương 5"),     # a name keeps its words
    ("SỐ: 188 -BC/BTCTW", "188 -BC/BTCTW"),
])
def test_normalize_id(text, expected):
    assert normalize_id(text) == expected


def test_index_from_store_rows():
    index = DocumentIndex.from_rows([("21-NQ/TW", "21-NQ/TW", "Nghị quyết", ["Nghị quyết 21"], ""),
                                     ("1-KL/TW", None), (None, "x")])
    assert [e.id for e in index.entries] == ["1-KL/TW", "21-NQ/TW"]
    assert resolve_id("Nghị quyết 21", index).id == "21-NQ/TW"


def _graph():
    import networkx as nx

    from vanban.graph.model import node_key

    G = nx.MultiDiGraph()
    for e in INDEX.entries:
        G.add_node(node_key("Document", e.id), label="Document", id=e.id, code=e.code, type=e.type,
                   aliases=list(e.aliases), title=e.title)
    return G


@pytest.mark.parametrize("text, expected", [("Nghị quyết số 21 – nq/tw", "21-NQ/TW"), ("Luật Thủy lợi", "08/2017/QH14"),
                                            ("Quy định 98-QĐ/TW", "98-QĐ/TW@2017"), ("Kết luận 21", "21-KL/TW")])
def test_the_views_and_sparql_resolve_like_the_resolver(text, expected):
    from vanban.graph.rdf import _resolve_document, to_rdf
    from vanban.viz.select import resolve_document

    G = _graph()
    assert resolve_document(G, text) == f"Document:{expected}"
    assert _resolve_document(to_rdf(G), text) == expected


def test_the_callers_report_ambiguity_and_unknown_ids():
    from vanban.errors import AmbiguousDocumentError, QueryError, UnknownDocumentError
    from vanban.graph.rdf import _resolve_document, to_rdf
    from vanban.viz.select import resolve_document

    G = _graph()
    with pytest.raises(AmbiguousDocumentError, match="98-QĐ/TW@2004, 98-QĐ/TW@2017"):
        resolve_document(G, "98-QD/TW")
    with pytest.raises(QueryError, match="stands for 2 documents"):
        _resolve_document(to_rdf(G), "98-QD/TW")
    with pytest.raises(UnknownDocumentError, match="did you mean 21-NQ/TW"):
        resolve_document(G, "22-NQ/TW")

"""The domain layer (vanban.domain): one definition of each piece of knowledge, and every user of it agreeing.

The module docstrings' examples run too (tests/test_doctests.py).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from vanban.domain import codes, dates, gazetteer, numbers, vocab
from vanban.domain.vocab import Relation

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- vocabulary

def test_one_enum_for_every_relationship_type():
    from vanban.graph import model

    assert model.EdgeType is Relation and model.RelationType is Relation
    assert Relation.AMENDS == "AMENDS" and str(Relation.CITES) == "CITES"
    assert {r.value for r in Relation if not r.is_document_relation} == {"ISSUED_BY", "SIGNED_BY", "MENTIONS",
                                                                         "COPY_OF"}
    assert len(Relation) == 15


def test_strength_order_is_the_one_relate_and_status_use():
    from vanban.graph.model import STATUS_RELATIONS
    from vanban.loaders.relate import PRIORITY

    assert PRIORITY == ["REPEALS", "REPLACES", "SUSPENDS", "CORRECTS", "CONSOLIDATES", "AMENDS", "GUIDES",
                        "IMPLEMENTS", "REVIEWS", "BASED_ON", "CITES"]
    assert STATUS_RELATIONS == ("REPEALS", "REPLACES", "SUSPENDS", "AMENDS")
    # the stored status query matches exactly the relations that affect status
    text = (ROOT / "queries" / "status.cypher").read_text(encoding="utf-8")
    stated = {tuple(m.split("|")) for m in re.findall(r"\[r:([A-Z_|]+)\]", text)}
    assert stated == {STATUS_RELATIONS}


def test_labels_are_the_same_in_the_views_and_the_turtle_vocabulary():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    from vanban.graph.rdf import vocabulary
    from vanban.viz import style

    assert {t: label for t, (label, _) in style.RELATIONS.items()} == {r.value: r.label_vi for r in Relation}
    g = vocabulary()
    for r in Relation:
        prefix, name = r.rdf_term.split(":")
        if prefix != "vb":
            continue
        labels = set(g.objects(URIRef("https://w3id.org/vanban/ns#" + name), RDFS.label))
        assert Literal(r.label_vi, lang="vi") in labels, r
        assert Literal(r.label_en, lang="en") in labels, r


def test_rdf_terms_are_the_vocabularys():
    from vanban.graph.rdf import edge_property

    assert str(edge_property("IMPLEMENTS")) == "http://data.europa.eu/eli/ontology#applies"
    assert str(edge_property(Relation.GUIDES)) == "https://w3id.org/vanban/ns#guides"
    assert all(r.rdf_term.split(":")[0] in ("eli", "vb") for r in Relation)


# ---------------------------------------------------------------- codes

def test_issuer_classes_are_one_table():
    from vanban.graph.build import code_issuer
    from vanban.loaders.resolve import LOCAL_ISSUER_CODES

    assert LOCAL_ISSUER_CODES is codes.LOCAL_ISSUER_CODES
    assert codes.LOCAL_ISSUER_CODES < codes.CLASS_ISSUER_CODES < codes.GENERIC_ISSUER_CODES
    assert codes.CLASS_ISSUER_CODES - codes.LOCAL_ISSUER_CODES == {"ĐĐ", "BCSĐ"}
    assert codes.GENERIC_ISSUER_CODES - codes.CLASS_ISSUER_CODES == {"TW"}
    assert code_issuer("21-KL/TW") is None and code_issuer("20-HD/BTCTW") == "Ban Tổ chức Trung ương"
    assert all(i.system in ("party", "state") and i.level in ("central", "local", "either")
               for i in codes.ISSUERS.values())
    assert codes.ISSUERS["UBND"].system == "state" and codes.ISSUERS["TU"].system == "party"


def test_loaders_codes_is_the_domain_table():
    from vanban.loaders import codes as old

    assert old.ISSUER_CODES is codes.ISSUER_CODES and old.TYPE_CODES is codes.TYPE_CODES


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("written, code, number, year, type_code, issuer, system", [
    ("21-KL/TW", "21-KL/TW", "21", None, "KL", "TW", "party"),
    ("188 -BC/BTCTW", "188-BC/BTCTW", "188", None, "BC", "BTCTW", "party"),
    ("98–QÐ/TW", "98-QĐ/TW", "98", None, "QĐ", "TW", "party"),
    ("247/2025/NĐ-CP", "247/2025/NĐ-CP", "247", 2025, "NĐ", "CP", "state"),
    ("1234/QĐ-TTg", "1234/QĐ-TTg", "1234", None, "QĐ", "TTg", "state"),
    ("50/2019/QH14", "50/2019/QH14", "50", 2019, None, "QH14", "state"),
    ("07/VBHN-VPQH", "07/VBHN-VPQH", "07", None, "VBHN", "VPQH", "state"),
])
def test_parse_number(written, code, number, year, type_code, issuer, system):
    assert numbers.parse_number(written) == (code, number, year, type_code, issuer, system)


def test_not_a_number():
    assert numbers.parse_number("Nghị quyết Đại hội XIII") is None
    assert numbers.parse_number("") is None


def test_number_key_folds_what_users_vary():
    k = numbers.number_key
    assert k("21 - KL/TW") == k("21-kl/tw") == k("21–KL/TW") == k("21/KL-TW")
    assert k("98-QD/TW") == k("98-QĐ/TW") == k("98-QÐ/TW")
    assert k("05/2020/NĐ-CP") == k("5/2020/NĐ-CP")
    assert k("21-KL/TW") != k("21-NQ/TW") and k("1/05/X") != k("10/5/X")
    assert k("98-QĐ/TW@2004") != k("98-QĐ/TW@2017")


def test_header_uses_the_domain_number_functions():
    from vanban.loaders import header

    assert header.split_code is numbers.split_code and header.issuer_from_code is numbers.issuer_from_code
    assert numbers.issuer_from_code("50/2019/QH14") == "Quốc hội"
    assert numbers.type_from_code("188-BC/BTCTW") == "Báo cáo" and numbers.type_from_code("50/2019/QH14") is None


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text, iso", [
    ("ngày 05 tháng 8 năm 2022", "2022-08-05"),
    ("ngày 22/9/2021", "2021-09-22"),
    ("08-3-2018", "2018-03-08"),
    ("29/02/2024", "2024-02-29"),       # a leap day
    ("29/02/2023", None),               # not a leap year
    ("31/02/2022", None),               # impossible: never into the graph
    ("ngày 31 tháng 4 năm 2022", None),
    ("không có ngày", None),
])
def test_one_date_parser(text, iso):
    assert dates.parse_date(text) == iso


def test_both_loaders_use_it():
    from vanban.loaders import find, header

    assert find.parse_date is dates.parse_date
    assert header.iso_date is dates.iso_date
    assert dates.iso_date(31, 2, 2022) is None and dates.iso_date("1", "7", "25") == "2025-07-01"
    assert dates.iso_date(None, 1, 2020) is None


def test_find_keeps_an_impossible_date_out_of_a_mention():
    from vanban.loaders import extract_text

    x = extract_text("Thực hiện Kết luận số 14-KL/TW, ngày 31/02/2021 của Bộ Chính trị.\n")
    (m,) = [m for m in x.mentions if m.code == "14-KL/TW"]
    assert m.date in (None, "")


# ---------------------------------------------------------------- gazetteer

def test_gazetteer_is_the_domain_one():
    from vanban.loaders import places

    assert places.lookup is gazetteer.lookup
    assert len(gazetteer.provinces(gazetteer.LEGACY)) == 63 and len(gazetteer.provinces(gazetteer.CURRENT)) == 34
    assert gazetteer.lookup("Đăk Lăk").name == "Đắk Lắk"
    assert gazetteer.province_2025("Hậu Giang").name == "Cần Thơ"
    assert gazetteer.lookup("Atlantis") is None
    with pytest.raises(ValueError, match="choose one of legacy, current"):
        gazetteer.provinces("future")


def test_vocab_module_has_no_second_definition():
    # graph/model.py re-exports: no class of its own for node labels or relations
    text = (ROOT / "graph" / "model.py").read_text(encoding="utf-8")
    assert "class " not in text
    assert vocab.NodeLabel("Document") is vocab.NodeLabel.DOCUMENT

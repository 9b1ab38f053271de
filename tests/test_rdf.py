"""Linked data (issue 5): the graph as RDF with ELI, the vocabulary, and the SPARQL twins of the stored queries.

Expected facts come from the seed and its gold (tests/fixtures/seed_gold.json): 01-HD/BTCTW implements
58-QĐ/TW (line 205), 711-BS/VPTU is the Quảng Ngãi sao lục of 188-BC/BTCTW, Ban Tổ chức Trung ương issued
188-BC/BTCTW, two different documents are numbered 98-QĐ/TW (one of 22/3/2004).  The SPARQL twins are
checked against their Cypher versions on the real seed, loaded into the real embedded store.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from vanban.errors import QueryError, UnknownDocumentError, VanbanError
from vanban.graph import rdf
from vanban.graph import vocab as V
from vanban.graph.model import EdgeType, node_key
from vanban.graph.vocab import ELI, FOAF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, VB

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
SEED_FILE = "examples/000_4359cb3ac2b76893.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))
BASE = rdf.DEFAULT_BASE
OWL_PROPERTIES = {URIRef("http://www.w3.org/2002/07/owl#ObjectProperty"),
                  URIRef("http://www.w3.org/2002/07/owl#DatatypeProperty"),
                  URIRef("http://www.w3.org/2002/07/owl#AnnotationProperty"), RDF.Property}
OWL_CLASSES = {URIRef("http://www.w3.org/2002/07/owl#Class"), RDFS.Class}


def gold_relation(n):
    return next(r for r in GOLD["relations"] if r["n"] == n)


# ------------------------------------------------------------------ factories

def doc(G, ident, **props):
    key = node_key("Document", ident)
    attrs = dict(label="Document", id=ident, code=ident.split("@")[0], number="", type="", type_code="", date="",
                 year=0, issuer="", title="", loaded=False, source_file="", aliases=[], doubt="", mention_count=0)
    attrs.update(props)
    G.add_node(key, **attrs)
    return key


def edge(G, u, v, etype, evidence="", line=0, planned=False, rule="test", start=-1, end=-1):
    G.add_edge(u, v, key=f"{etype}:{len(G.edges)}", type=etype, source_file=SEED_FILE, source_doc="188-BC/BTCTW",
               evidence=evidence, line=line, start=start, end=end, rule=rule, planned=planned)


def hand_graph() -> nx.MultiDiGraph:
    """The seed's facts the issue names, written by hand in graph/model.py's shape (evidence from the gold)."""
    G = nx.MultiDiGraph()
    report = doc(G, "188-BC/BTCTW", type="Báo cáo", type_code="BC", date="2022-12-30", year=2022,
                 title=GOLD["self"]["title"], issuer="Ban Tổ chức Trung ương", loaded=True, source_file=SEED_FILE)
    copy = doc(G, "711-BS/VPTU", type="Bản sao", type_code="BS", date="2023-01-16", year=2023, loaded=True,
               issuer="Văn phòng Tỉnh ủy Quảng Ngãi", source_file=SEED_FILE)
    hd = doc(G, "01-HD/BTCTW", type="Hướng dẫn", type_code="HD", date="2022-08-05", year=2022)
    qd58 = doc(G, "58-QĐ/TW", type="Quy định", type_code="QĐ", date="2022-02-08", year=2022,
               title="Một số vấn đề về bảo vệ chính trị nội bộ Đảng")
    old98 = doc(G, "98-QĐ/TW@2004-03-22", type="Quy định", type_code="QĐ", date="2004-03-22", year=2004,
                title="chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở cơ quan")
    new98 = doc(G, "98-QĐ/TW@XII", type="Quy định", type_code="QĐ", title="luân chuyển cán bộ",
                doubt="same number as 98-QĐ/TW@2004-03-22")
    plan98 = doc(G, "IMPLICIT:AMENDMENT-OF-98-QĐ/TW@2004-03-22", code="")
    for body in ("Ban Tổ chức Trung ương", "Văn phòng Tỉnh ủy Quảng Ngãi"):
        G.add_node(node_key("Body", body), label="Body", id=body, name=body, code="")
    G.nodes[node_key("Body", "Ban Tổ chức Trung ương")]["code"] = "BTCTW"
    G.add_node(node_key("Person", "Mai Văn Chính"), label="Person", id="Mai Văn Chính", name="Mai Văn Chính",
               position="K/T TRƯỞNG BAN – PHÓ TRƯỞNG BAN THƯỜNG TRỰC")
    G.add_node(node_key("Locality", "Quảng Ngãi"), label="Locality", id="Quảng Ngãi", name="Quảng Ngãi",
               status="both", merged_into="Quảng Ngãi", code="51")
    G.add_node(node_key("Locality", "Kon Tum"), label="Locality", id="Kon Tum", name="Kon Tum", status="legacy",
               merged_into="Quảng Ngãi", code="62")
    r13, r55 = gold_relation(13), gold_relation(55)
    edge(G, report, node_key("Body", "Ban Tổ chức Trung ương"), "ISSUED_BY", rule="header")
    edge(G, copy, node_key("Body", "Văn phòng Tỉnh ủy Quảng Ngãi"), "ISSUED_BY", rule="copy-block")
    edge(G, report, node_key("Person", "Mai Văn Chính"), "SIGNED_BY", rule="signature")
    edge(G, copy, report, "COPY_OF", evidence="SAO LỤC", rule="copy-block")
    edge(G, hd, qd58, "IMPLEMENTS", evidence=r13["evidence"], line=r13["line"], start=37802, end=37873)
    edge(G, report, qd58, "CITES", evidence=r13["evidence"], line=r13["line"])
    edge(G, plan98, old98, "AMENDS", evidence=r55["evidence"], line=r55["line"], planned=True)
    edge(G, report, new98, "CITES", evidence="Sơ kết 5 năm thực hiện Quy định 98-QĐ/TW", line=43)
    edge(G, report, node_key("Locality", "Quảng Ngãi"), "MENTIONS", evidence="Quảng Ngãi", line=451)
    return G


def D(ident, base=BASE):
    return rdf.doc_uri(ident, base)


# ------------------------------------------------------------------ vocabulary

@pytest.mark.parametrize("namespace, typo", [(ELI, "amendz"), (ELI, "passedBy"), (VB, "copyOf"), (VB, "Evidence"),
                                             (SCHEMA, "jobtitle")])
def test_a_typo_in_a_term_fails_at_once(namespace, typo):
    with pytest.raises(AttributeError, match=typo):
        getattr(namespace, typo)


def test_eli_terms_with_a_hyphen_are_reachable():
    assert str(ELI["InForce-notInForce"]) == "http://data.europa.eu/eli/ontology#InForce-notInForce"
    with pytest.raises(AttributeError):
        ELI["InForce-notinforce"]


@pytest.fixture(scope="module")
def vocab():
    return rdf.vocabulary()


def test_the_vocabulary_file_declares_exactly_the_vb_terms_of_the_module(vocab):
    ns = str(VB._NS)
    declared = {s for s in vocab.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}
    in_module = {VB[name] for name in VB.__annotations__}
    assert declared == in_module


def test_every_vb_property_has_a_vietnamese_and_an_english_label(vocab):
    props = {s for t in OWL_PROPERTIES for s in vocab.subjects(RDF.type, t) if str(s).startswith(str(VB._NS))}
    assert len(props) >= 20
    for p in props:
        langs = {lab.language for lab in vocab.objects(p, RDFS.label)}
        assert {"vi", "en"} <= langs, p


# The issue's mapping: ELI's own term where it has one, a vanban subproperty of the nearest ELI term otherwise.
RELATION_TERMS = [
    ("AMENDS", ELI.amends, None), ("REPEALS", ELI.repeals, None), ("CORRECTS", ELI.corrects, None),
    ("CONSOLIDATES", ELI.consolidates, None), ("BASED_ON", ELI.based_on, None), ("CITES", ELI.cites, None),
    ("IMPLEMENTS", ELI.applies, None), ("GUIDES", VB.guides, ELI.applies), ("REVIEWS", VB.reviews, ELI.cites),
    ("REPLACES", VB.replaces, ELI.repeals), ("SUSPENDS", VB.suspends, ELI.changes),
    ("COPY_OF", VB.copy_of, ELI.is_another_publication_of), ("ISSUED_BY", ELI.passed_by, None),
    ("SIGNED_BY", VB.signed_by, ELI.passed_by), ("MENTIONS", VB.mentions, ELI.relevant_for),
]


@pytest.mark.parametrize("etype, prop, eli_super", RELATION_TERMS)
def test_each_edge_type_maps_to_eli_or_to_a_subproperty_of_eli(vocab, etype, prop, eli_super):
    assert rdf.edge_property(etype) == prop
    if eli_super is not None:
        assert (prop, RDFS.subPropertyOf, eli_super) in vocab


def test_every_edge_type_of_the_model_has_a_property():
    assert {t.value for t in EdgeType} == {etype for etype, _, _ in RELATION_TERMS}
    with pytest.raises(VanbanError, match="MERGES"):
        rdf.edge_property("MERGES")


def test_planned_relations_have_their_own_subproperty_of_eli(vocab):
    assert (VB.planned_relation, RDFS.subPropertyOf, ELI.related_to) in vocab


def declared_in(vocab):
    props = {s for t in OWL_PROPERTIES for s in vocab.subjects(RDF.type, t)}
    classes = {s for t in OWL_CLASSES for s in vocab.subjects(RDF.type, t)}
    return props, classes


def test_every_property_and_class_an_export_uses_is_declared_in_the_vocabulary(vocab):
    from vanban.graph.synthetic import synthetic_graph

    props, classes = declared_in(vocab)
    for G in (hand_graph(), synthetic_graph(300)):
        g = rdf.to_rdf(G)
        assert set(g.predicates()) - props == set()
        assert set(g.objects(None, RDF.type)) - classes == set()


# ------------------------------------------------------------------ URIs

def test_document_uris_are_readable_percent_encoded_numbers_with_their_date_or_term():
    assert str(D("98-QĐ/TW@2004-03-22")) == BASE + "doc/98-Q%C4%90%2FTW/2004-03-22"
    assert str(D("21-KL/TW")) == BASE + "doc/21-KL%2FTW"
    assert str(D("15/2020/NĐ-CP")) == BASE + "doc/15%2F2020%2FN%C4%90-CP"
    assert D("98-QĐ/TW@2004-03-22") != D("98-QĐ/TW@XII")


def test_a_number_typed_with_decomposed_diacritics_gets_the_same_uri():
    assert D(unicodedata.normalize("NFD", "98-QĐ/TW@luân chuyển cán bộ")) == D("98-QĐ/TW@luân chuyển cán bộ")


def test_uris_of_bodies_places_and_people():
    assert str(rdf.node_uri("Body", "Ban Tổ chức Trung ương")) == \
        BASE + "body/Ban%20T%E1%BB%95%20ch%E1%BB%A9c%20Trung%20%C6%B0%C6%A1ng"
    assert str(rdf.node_uri("Locality", "Quảng Ngãi")).startswith(BASE + "place/Qu")
    assert str(rdf.node_uri("Person", "Mai Văn Chính")).startswith(BASE + "person/Mai%20")


def test_the_base_uri_can_be_changed_and_is_checked():
    base = "https://data.example.org/vanban"
    assert str(D("21-KL/TW", base)) == "https://data.example.org/vanban/doc/21-KL%2FTW"
    g = rdf.to_rdf(hand_graph(), base_uri=base + "/")
    subjects = {str(s) for s in g.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith(base + "/") for s in subjects)
    for bad in ("data.example.org/vanban", "https://exa mple.org/", "https://example.org/<x>"):
        with pytest.raises(VanbanError, match="--base-uri"):
            rdf.check_base_uri(bad)


# ------------------------------------------------------------------ what the export says (hand-built seed facts)

@pytest.fixture(scope="module")
def hand():
    return rdf.to_rdf(hand_graph())


@pytest.fixture(scope="module")
def hand_ox():
    """The hand-built graph in an in-memory pyoxigraph store (what sparql() runs on)."""
    return rdf.as_sparql_store(hand_graph())


def test_documents_are_eli_legal_resources_with_their_description(hand):
    d = D("98-QĐ/TW@2004-03-22")
    assert (d, RDF.type, ELI.LegalResource) in hand
    assert (d, ELI.id_local, Literal("98-QĐ/TW@2004-03-22")) in hand
    assert (d, ELI.number, Literal("98-QĐ/TW")) in hand
    assert (d, ELI.date_document, Literal("2004-03-22", datatype=V.XSD.date)) in hand
    assert (d, ELI.title, Literal("chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở cơ quan", lang="vi")) in hand
    t = hand.value(d, ELI.type_document)
    assert (t, SKOS.prefLabel, Literal("Quy định", lang="vi")) in hand
    assert (t, RDF.type, ELI.ResourceType) in hand
    # no date is known for the other 98-QĐ/TW: none is made up
    assert hand.value(D("98-QĐ/TW@XII"), ELI.date_document) is None


def test_known_facts_appear_as_triples(hand):
    assert (D("01-HD/BTCTW"), ELI.applies, D("58-QĐ/TW")) in hand
    assert (D("711-BS/VPTU"), VB.copy_of, D("188-BC/BTCTW")) in hand
    body = rdf.node_uri("Body", "Ban Tổ chức Trung ương")
    assert (D("188-BC/BTCTW"), ELI.passed_by, body) in hand
    assert (body, RDF.type, ORG.Organization) in hand
    assert (body, ORG.identifier, Literal("BTCTW")) in hand
    signer = rdf.node_uri("Person", "Mai Văn Chính")
    assert (D("188-BC/BTCTW"), VB.signed_by, signer) in hand
    assert {FOAF.Person, SCHEMA.Person} <= set(hand.objects(signer, RDF.type))


def test_each_relation_has_a_qualified_node_with_its_provenance(hand):
    r13 = gold_relation(13)
    nodes = list(hand.subjects(RDF.predicate, ELI.applies))
    assert len(nodes) == 1
    r = nodes[0]
    assert (r, RDF.type, VB.Relation) in hand
    assert (r, RDF.subject, D("01-HD/BTCTW")) in hand and (r, RDF.object, D("58-QĐ/TW")) in hand
    assert (r, VB.evidence, Literal(r13["evidence"], lang="vi")) in hand
    assert (r, PROV.wasDerivedFrom, D("188-BC/BTCTW")) in hand
    assert (r, VB.source_file, Literal(SEED_FILE)) in hand
    assert (r, VB.line, Literal(205)) in hand and (r, VB.start, Literal(37802)) in hand
    assert (r, VB.planned, Literal(False)) in hand
    assert (r, VB.relation_type, Literal("IMPLEMENTS")) in hand


def test_a_planned_amendment_is_not_asserted_as_an_amendment(hand):
    plan, old98 = D("IMPLICIT:AMENDMENT-OF-98-QĐ/TW@2004-03-22"), D("98-QĐ/TW@2004-03-22")
    assert (plan, ELI.amends, old98) not in hand
    assert (plan, ELI.changes, old98) not in hand
    assert (plan, VB.planned_relation, old98) in hand
    r = hand.value(predicate=RDF.subject, object=plan)
    assert (r, RDF.predicate, ELI.amends) in hand and (r, VB.planned, Literal(True)) in hand


def test_provinces_carry_their_2025_status_and_the_old_to_new_link(hand):
    kon_tum, quang_ngai = rdf.node_uri("Locality", "Kon Tum"), rdf.node_uri("Locality", "Quảng Ngãi")
    assert (kon_tum, RDF.type, VB.LegacyProvince) in hand and (kon_tum, RDF.type, VB.CurrentProvince) not in hand
    assert (kon_tum, VB.merged_into, quang_ngai) in hand
    assert {VB.LegacyProvince, VB.CurrentProvince, ELI.AdministrativeArea} <= set(hand.objects(quang_ngai, RDF.type))
    assert (D("188-BC/BTCTW"), VB.mentions, quang_ngai) in hand


def test_in_force_and_changes_follow_the_facts_not_the_plans():
    G = nx.MultiDiGraph()
    a, b, c, d, e, f = (doc(G, i) for i in ("1-QĐ/TW", "2-QĐ/TW", "3-QĐ/TW", "4-QĐ/TW", "5-QĐ/TW", "6-QĐ/TW"))
    edge(G, a, b, "REPEALS")
    edge(G, a, c, "REPLACES")
    edge(G, a, d, "REPEALS", planned=True)
    edge(G, a, e, "AMENDS")
    edge(G, a, f, "CORRECTS")
    g = rdf.to_rdf(G)
    not_in_force = set(g.subjects(ELI.in_force, ELI["InForce-notInForce"]))
    assert not_in_force == {D("2-QĐ/TW"), D("3-QĐ/TW")}
    assert set(g.objects(D("1-QĐ/TW"), ELI.changes)) == {D("2-QĐ/TW"), D("3-QĐ/TW"), D("5-QĐ/TW")}
    assert (D("1-QĐ/TW"), VB.replaces, D("3-QĐ/TW")) in g


def test_the_same_relation_stated_twice_keeps_both_pieces_of_evidence():
    G = nx.MultiDiGraph()
    a, b = doc(G, "1-KL/TW"), doc(G, "2-NQ/TW")
    edge(G, a, b, "IMPLEMENTS", evidence="câu thứ nhất", line=3)
    edge(G, a, b, "IMPLEMENTS", evidence="câu thứ hai", line=9)
    g = rdf.to_rdf(G)
    assert len(list(g.triples((D("1-KL/TW"), ELI.applies, D("2-NQ/TW"))))) == 1
    assert {str(e) for e in g.objects(None, VB.evidence)} == {"câu thứ nhất", "câu thứ hai"}


def test_a_node_without_an_id_is_a_clear_error():
    G = nx.MultiDiGraph()
    G.add_node("Document:", label="Document", id="")
    with pytest.raises(VanbanError, match="Document:"):
        rdf.to_rdf(G)


# ------------------------------------------------------------------ round trips

EXPORTERS = {"ttl": rdf.export_turtle, "jsonld": rdf.export_jsonld, "nt": rdf.export_ntriples}


def round_trip(G, tmp_path, **options):
    back = {}
    for fmt, fn in EXPORTERS.items():
        path = tmp_path / f"graph.{fmt}"
        fn(G, str(path), **options)
        back[fmt] = rdf.load_rdf(path)
    return back


def assert_isomorphic_everywhere(G, back, **options):
    expected = rdf.to_rdf(G, **options)
    assert len(expected) > 0
    for fmt, g in back.items():
        assert len(g) == len(expected), fmt
        assert isomorphic(g, expected), fmt
    assert isomorphic(back["ttl"], back["jsonld"]) and isomorphic(back["jsonld"], back["nt"])


def test_round_trip_of_the_hand_built_graph_through_every_format(tmp_path):
    G = hand_graph()
    assert_isomorphic_everywhere(G, round_trip(G, tmp_path))


def test_text_with_quotes_brackets_newlines_and_control_characters_round_trips(tmp_path):
    G = hand_graph()
    nasty = 'Quy định "về" <b>a & b</b>\nDòng hai\tcó tab\\ và \\n chữ; trang\x0cmới \'nháy\' """ba"""'
    G.nodes[node_key("Document", "58-QĐ/TW")]["title"] = nasty
    odd = doc(G, 'X "1" <2>/{3}|4^5`6 7#8?9%', title=nasty)
    edge(G, odd, node_key("Document", "58-QĐ/TW"), "CITES", evidence=nasty, line=1)
    back = round_trip(G, tmp_path)
    assert_isomorphic_everywhere(G, back)
    for fmt, g in back.items():
        assert (D("58-QĐ/TW"), ELI.title, Literal(nasty, lang="vi")) in g, fmt
        assert (D('X "1" <2>/{3}|4^5`6 7#8?9%'), ELI.id_local, Literal('X "1" <2>/{3}|4^5`6 7#8?9%')) in g, fmt


def test_the_base_uri_reaches_every_format(tmp_path):
    base = "https://data.example.org/vb/"
    G = hand_graph()
    back = round_trip(G, tmp_path, base_uri=base)
    assert_isomorphic_everywhere(G, back, base_uri=base)
    assert (D("01-HD/BTCTW", base), ELI.applies, D("58-QĐ/TW", base)) in back["jsonld"]


def test_exports_are_the_same_bytes_whatever_order_the_graph_was_built_in(tmp_path):
    G = hand_graph()
    H = nx.MultiDiGraph()
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    for fmt, fn in EXPORTERS.items():
        fn(G, str(tmp_path / f"g.{fmt}"))
        fn(H, str(tmp_path / f"h.{fmt}"))
        assert (tmp_path / f"g.{fmt}").read_bytes() == (tmp_path / f"h.{fmt}").read_bytes(), fmt


def test_an_unknown_rdf_file_type_is_a_clear_error(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text("<rdf/>", encoding="utf-8")
    with pytest.raises(VanbanError, match=r"graph\.rdf.*\.ttl"):
        rdf.load_rdf(path)
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(VanbanError, match=r"graph\.ttl: not readable as turtle"):
        rdf.load_rdf(bad)


# ------------------------------------------------------------------ sparql()

def test_parameters_are_bound_not_pasted(hand_ox):
    q = "SELECT ?doc WHERE { ?d eli:applies ?t . ?t eli:id_local ?id . ?d eli:id_local ?doc }"
    assert rdf.sparql(hand_ox, q, {"id": "58-QĐ/TW"}).rows == [["01-HD/BTCTW"]]
    # a value that would break out of a pasted string only ever matches itself
    assert rdf.sparql(hand_ox, q, {"id": '58-QĐ/TW" } UNION { ?d ?p ?doc } #'}).rows == []


def test_an_iri_parameter_and_typed_results(hand_ox):
    q = "SELECT ?n ?date ?loaded WHERE { ?d eli:id_local ?n ; vb:loaded ?loaded . OPTIONAL { ?d eli:date_document ?date } }"
    result = rdf.sparql(hand_ox, q, {"d": f"<{D('188-BC/BTCTW')}>"})
    assert result.columns == ["n", "date", "loaded"]
    assert result.rows == [["188-BC/BTCTW", "2022-12-30", True]]


def test_ask_and_construct(hand_ox):
    ask = rdf.sparql(hand_ox, "ASK { ?d eli:id_local ?id ; eli:applies ?t }", {"id": "01-HD/BTCTW"})
    assert (ask.columns, ask.rows) == (["ask"], [[True]])
    built = rdf.sparql(hand_ox, "CONSTRUCT { ?t eli:applied_by_x ?d } WHERE { ?d eli:applies ?t }".replace(
        "eli:applied_by_x", "vb:guides"))
    assert built.columns == ["subject", "predicate", "object"]
    assert built.rows == [[str(D("58-QĐ/TW")), str(VB.guides), str(D("01-HD/BTCTW"))]]


@pytest.mark.parametrize("query, params, message", [
    ("SELECT ?x WHERE { ?x eli:cites ?y ", {}, "not a valid SPARQL query"),
    ("SELECT ?x WHERE { ?x nope:cites ?y }", {}, "not a valid SPARQL query"),
    ("SELECT ?x WHERE { ?x eli:cites ?y }", {"idd": "1"}, "'idd' is not a variable"),
    ("INSERT DATA { <a:b> <a:c> <a:d> }", {}, "not a valid SPARQL query"),
])
def test_bad_queries_are_query_errors(hand_ox, query, params, message):
    with pytest.raises(QueryError, match=message):
        rdf.sparql(hand_ox, query, params)


def test_stored_sparql_queries_twin_stored_cypher_queries():
    from vanban.queries.registry import get

    names = [q.name for q in rdf.sparql_queries()]
    assert {"amends", "implements", "cited-by", "issued-by"} <= set(names)
    for q in rdf.sparql_queries():
        cypher = get(q.name)
        assert q.params == cypher.params, q.name
        assert q.help == cypher.help, q.name


def test_stored_sparql_query_errors_name_the_fix(hand_ox):
    with pytest.raises(QueryError, match="did you mean amends"):
        rdf.run_sparql(hand_ox, "amend", {"id": "x"})
    with pytest.raises(QueryError, match="'id' is required"):
        rdf.run_sparql(hand_ox, "amends", {})
    with pytest.raises(QueryError, match="unknown parameter idd"):
        rdf.run_sparql(hand_ox, "amends", {"id": "58-QĐ/TW", "idd": 1})
    with pytest.raises(QueryError, match="whole number"):
        rdf.run_sparql(hand_ox, "issued-by", {"body": "BTCTW", "year": "năm ngoái"})
    with pytest.raises(UnknownDocumentError, match="58-QĐ/TW"):
        rdf.run_sparql(hand_ox, "cited-by", {"id": "58-QĐ/TƯ"})
    with pytest.raises(QueryError, match="stands for 2 documents"):
        rdf.run_sparql(hand_ox, "cited-by", {"id": "98-QD/TW"})


def test_a_malformed_header_names_file_and_line(tmp_path):
    path = tmp_path / "broken.sparql"
    path.write_text("# name: broken(id)\n# help: x\n# params: id, year=0\nSELECT * WHERE {}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.sparql:1: .*\(id\).*\(id, year\)"):
        rdf._parse_sparql_file(path)
    path.write_text("SELECT * WHERE {}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.sparql:1: no '# name"):
        rdf._parse_sparql_file(path)


def test_loose_parameters_resolve_like_the_cypher_side(hand_ox):
    # "98-QĐ/TW" typed without Đ and with spaces; the issuer by its code, in lower case
    rows = rdf.run_sparql(hand_ox, "cited-by", {"id": "98 - QD/TW@XII"}).rows
    assert [r[0] for r in rows] == ["188-BC/BTCTW"]
    rows = rdf.run_sparql(hand_ox, "issued-by", {"body": "btctw", "year": "2022"}).rows
    assert [r[0] for r in rows] == ["188-BC/BTCTW"]
    assert rdf.run_sparql(hand_ox, "issued-by", {"body": "BTCTW", "year": 2021}).rows == []


# ------------------------------------------------------------------ the real seed: extractor, graph, store

@pytest.fixture(scope="module")
def seed_graph():
    from vanban.graph.build import build_graph
    from vanban.loaders import extract

    return build_graph([extract(str(SEED))])


@pytest.fixture(scope="module")
def seed_rdf(seed_graph):
    return rdf.to_rdf(seed_graph)


def seed_doc(G, code, date=""):
    """The seed graph's id of the document numbered ``code`` (dated ``date`` when given)."""
    hits = [a["id"] for _, a in G.nodes(data=True)
            if a["label"] == "Document" and a["code"] == code and (not date or a["date"] == date)]
    assert len(hits) == 1, (code, date, hits)
    return hits[0]


def test_the_seed_round_trips_through_every_format(seed_graph, tmp_path):
    assert_isomorphic_everywhere(seed_graph, round_trip(seed_graph, tmp_path))


def test_every_property_the_seed_export_uses_is_declared(seed_rdf, vocab):
    props, classes = declared_in(vocab)
    assert set(seed_rdf.predicates()) - props == set()
    assert set(seed_rdf.objects(None, RDF.type)) - classes == set()


def test_known_seed_facts_appear_as_triples(seed_graph, seed_rdf):
    g = seed_rdf
    hd, qd58 = D(seed_doc(seed_graph, "01-HD/BTCTW")), D(seed_doc(seed_graph, "58-QĐ/TW"))
    report, copy = D(seed_doc(seed_graph, "188-BC/BTCTW")), D(seed_doc(seed_graph, "711-BS/VPTU"))
    assert (hd, ELI.applies, qd58) in g
    assert (copy, VB.copy_of, report) in g
    assert (report, ELI.passed_by, rdf.node_uri("Body", "Ban Tổ chức Trung ương")) in g
    assert (copy, ELI.passed_by, rdf.node_uri("Body", "Văn phòng Tỉnh ủy Quảng Ngãi")) in g
    assert (report, VB.signed_by, rdf.node_uri("Person", "Mai Văn Chính")) in g
    assert (report, ELI.date_document, Literal("2022-12-30", datatype=V.XSD.date)) in g
    # the evidence of 01-HD/BTCTW -> 58-QĐ/TW carries the gold's sentence
    r13 = gold_relation(13)
    evidence = [str(e) for r in g.subjects(RDF.subject, hd) if (r, RDF.object, qd58) in g
                for e in g.objects(r, VB.evidence)]
    assert evidence and all(r13["evidence"] in e for e in evidence)


def test_the_two_98_qd_tw_of_the_seed_get_two_uris(seed_graph, seed_rdf):
    ids = sorted(a["id"] for _, a in seed_graph.nodes(data=True) if a["label"] == "Document" and a["code"] == "98-QĐ/TW")
    assert len(ids) == 2
    uris = {D(i) for i in ids}
    assert len(uris) == 2 and all(str(u).startswith(BASE + "doc/98-Q%C4%90%2FTW/") for u in uris)
    dated = D(seed_doc(seed_graph, "98-QĐ/TW", "2004-03-22"))
    assert (dated, ELI.date_document, Literal("2004-03-22", datatype=V.XSD.date)) in seed_rdf


def test_the_seed_provinces_link_old_to_new(seed_rdf):
    # Resolution 202/2025/QH15: Bà Rịa - Vũng Tàu became part of Thành phố Hồ Chí Minh on 1 July 2025
    brvt, hcm = rdf.node_uri("Locality", "Bà Rịa - Vũng Tàu"), rdf.node_uri("Locality", "Thành phố Hồ Chí Minh")
    assert (brvt, RDF.type, VB.LegacyProvince) in seed_rdf
    assert (brvt, VB.merged_into, hcm) in seed_rdf
    assert (hcm, RDF.type, VB.CurrentProvince) in seed_rdf


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from vanban.graph.store import Store
    from vanban.loaders import extract

    path = tmp_path_factory.mktemp("rdf") / "store"
    with Store(str(path)) as store:
        report = store.load([str(SEED)], extract=extract)
        assert not report.failed
    store = Store(str(path), read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def store_rdf(seed_store):
    """The seed's RDF as `vanban sparql` queries it: the persistent pyoxigraph store beside the graph store."""
    from vanban.graph.sparqlstore import open_rdf_store

    return open_rdf_store(seed_store.path)


def assert_same_answer(store, graph, name, params):
    from vanban.queries.registry import run_query

    cypher = run_query(store, name, params)
    twin = rdf.run_sparql(graph, name, params)
    assert twin.columns == cypher.columns, (name, params)
    assert twin.rows == cypher.rows, (name, params)
    return cypher


def doc_ids_with_edges(G, types, direction):
    ids = set()
    for u, v, e in G.edges(data=True):
        if e["type"] in types and G.nodes[u]["label"] == G.nodes[v]["label"] == "Document":
            ids.add(G.nodes[u if direction == "out" else v]["id"])
    return sorted(ids)


CHANGES, IMPLEMENTS = {"AMENDS", "REPLACES", "REPEALS"}, {"IMPLEMENTS", "GUIDES"}
DOC_EDGES = {t.value for t in EdgeType} - {"ISSUED_BY", "SIGNED_BY", "MENTIONS"}


def test_sparql_amends_answers_as_the_cypher_amends(seed_store, store_rdf):
    G = seed_store.to_networkx()
    sources = doc_ids_with_edges(G, CHANGES, "out")
    assert sources, "the seed states amendments (gold: 13 AMENDS relations)"
    for ident in sources + ["21-KL/TW"]:
        assert_same_answer(seed_store, store_rdf, "amends", {"id": ident})


def test_sparql_amended_by_answers_as_the_cypher_amended_by(seed_store, store_rdf):
    G = seed_store.to_networkx()
    old98 = seed_doc(G, "98-QĐ/TW", "2004-03-22")
    # gold relation 55: "Sửa đổi, bổ sung Quy định số 98-QĐ/TW" is a planned amendment of the 2004 regulation
    rows = assert_same_answer(seed_store, store_rdf, "amended-by", {"id": old98}).dicts()
    assert any(r["relation"] == "AMENDS" and r["planned"] for r in rows)
    for ident in doc_ids_with_edges(G, CHANGES, "in"):
        assert_same_answer(seed_store, store_rdf, "amended-by", {"id": ident})


def test_sparql_implements_answers_as_the_cypher_implements(seed_store, store_rdf):
    G = seed_store.to_networkx()
    rows = assert_same_answer(seed_store, store_rdf, "implemented-by", {"id": "21-NQ/TW"}).dicts()
    assert ("07-KH/TW", 1) in {(r["id"], r["depth"]) for r in rows}
    rows = assert_same_answer(seed_store, store_rdf, "implemented-by", {"id": "58-QĐ/TW"}).dicts()
    assert "01-HD/BTCTW" in {r["id"] for r in rows}
    for ident in doc_ids_with_edges(G, IMPLEMENTS, "in"):
        assert_same_answer(seed_store, store_rdf, "implemented-by", {"id": ident})


def test_sparql_chain_answers_as_the_cypher_chain(seed_store, store_rdf):
    G = seed_store.to_networkx()
    rows = assert_same_answer(seed_store, store_rdf, "implements", {"id": "01-HD/BTCTW"}).dicts()
    assert "58-QĐ/TW" in {r["implements"] for r in rows}
    for ident in doc_ids_with_edges(G, IMPLEMENTS, "out"):
        assert_same_answer(seed_store, store_rdf, "implements", {"id": ident})


def test_sparql_cites_answers_as_the_cypher_cites(seed_store, store_rdf):
    G = seed_store.to_networkx()
    rows = assert_same_answer(seed_store, store_rdf, "cites", {"id": "188-BC/BTCTW"}).dicts()
    assert {"21-KL/TW", "58-QĐ/TW", "21-NQ/TW"} <= {r["target"] for r in rows}
    for ident in doc_ids_with_edges(G, DOC_EDGES, "out"):
        assert_same_answer(seed_store, store_rdf, "cites", {"id": ident})


def test_sparql_cited_by_answers_as_the_cypher_cited_by(seed_store, store_rdf):
    G = seed_store.to_networkx()
    rows = assert_same_answer(seed_store, store_rdf, "cited-by", {"id": "58-QĐ/TW"}).dicts()
    assert ("01-HD/BTCTW", "IMPLEMENTS") in {(r["source"], r["relation"]) for r in rows}
    assert any(gold_relation(13)["evidence"] in r["evidence"] for r in rows)
    rows = assert_same_answer(seed_store, store_rdf, "cited-by", {"id": "188-BC/BTCTW"}).dicts()
    assert ("711-BS/VPTU", "COPY_OF") in {(r["source"], r["relation"]) for r in rows}
    for ident in doc_ids_with_edges(G, DOC_EDGES - {"CITES"}, "in"):
        assert_same_answer(seed_store, store_rdf, "cited-by", {"id": ident})


def test_sparql_issued_by_answers_as_the_cypher_issued_by(seed_store, store_rdf):
    G = seed_store.to_networkx()
    rows = assert_same_answer(seed_store, store_rdf, "issued-by", {"body": "BTCTW"}).dicts()
    assert "188-BC/BTCTW" in {r["id"] for r in rows}
    assert_same_answer(seed_store, store_rdf, "issued-by", {"body": "Ban Tổ chức Trung ương", "year": 2022})
    bodies = sorted({G.nodes[v]["id"] for _, v, e in G.edges(data=True) if e["type"] == "ISSUED_BY"})
    for body in bodies:
        assert_same_answer(seed_store, store_rdf, "issued-by", {"body": body})


# ------------------------------------------------------------------ CLI

def run_cli(*args):
    from vanban.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_sparql_over_an_exported_file(tmp_path):
    path = tmp_path / "seed.ttl"
    rdf.export_turtle(hand_graph(), str(path))
    result = run_cli("sparql", "--rdf", str(path),
                     "SELECT ?doc WHERE { ?d eli:applies ?t . ?t eli:id_local ?id . ?d eli:id_local ?doc }",
                     "-p", "id=58-QĐ/TW")
    assert result.exit_code == 0, result.output
    assert result.output == "doc\n-----------\n01-HD/BTCTW\n"
    result = run_cli("sparql", "--rdf", str(path), "--query", "cited-by", "-p", "id=58-QĐ/TW", "--format", "json")
    rows = json.loads(result.output)
    assert [(r["source"], r["relation"], r["line"]) for r in rows] == [("01-HD/BTCTW", "IMPLEMENTS", 205),
                                                                      ("188-BC/BTCTW", "CITES", 205)]


def test_cli_sparql_stored_query_on_the_store(seed_store, tmp_path):
    result = run_cli("sparql", "--store", str(seed_store.path), "--query", "chain", "-p", "id=01-HD/BTCTW",
                     "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert header == "depth,id,relation,implements,type,date,planned,stated_in,line,evidence"
    assert lines[0].startswith("1,01-HD/BTCTW,IMPLEMENTS,58-QĐ/TW,Quy định,2022-02-08,false,188-BC/BTCTW,205,")


def test_cli_sparql_lists_its_queries():
    result = run_cli("sparql", "--list")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()[2:]] == [q.name for q in rdf.sparql_queries()]


@pytest.mark.parametrize("args, code, message", [
    (["sparql"], 2, "give either a QUERY text or --query NAME"),
    (["sparql", "ASK {}", "--query", "amends"], 2, "give either a QUERY text or --query NAME"),
    (["sparql", "--query", "amends", "-p", "id=1", "--store", "{missing}"], 1, "no vanban store at"),
    (["sparql", "SELECT ?x WHERE {", "--store", "{missing}"], 1, "no vanban store at"),
])
def test_cli_sparql_errors(tmp_path, args, code, message):
    args = [a.replace("{missing}", str(tmp_path / "nowhere")) for a in args]
    result = run_cli(*args)
    assert result.exit_code == code
    assert message in result.output


def test_cli_export_passes_the_base_uri_to_the_rdf_formats(seed_store, tmp_path):
    dest = tmp_path / "seed.nt"
    result = run_cli("export", "--format", "nt", str(dest), "--store", str(seed_store.path),
                     "--base-uri", "https://data.example.org/vb")
    assert result.exit_code == 0, result.output
    text = dest.read_text(encoding="utf-8")
    assert "<https://data.example.org/vb/doc/01-HD%2FBTCTW> <http://data.europa.eu/eli/ontology#applies> " \
           "<https://data.example.org/vb/doc/58-Q%C4%90%2FTW> ." in text
    assert "w3id.org/vanban/doc/" not in text


# ------------------------------------------------------------------ SERVICE (issue 13) and the persistent RDF store (issue 12)

SERVICE_QUERY = "SELECT ?s WHERE { SERVICE <http://127.0.0.1:%d/sparql> { ?s ?p ?o } }"


def test_a_service_clause_is_refused_with_one_line_and_nothing_is_fetched(seed_store):
    import socket

    with socket.socket() as listener:     # a server that would notice any connection
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(0.2)
        port = listener.getsockname()[1]
        result = CliRunner().invoke(__import__("vanban.cli", fromlist=["main"]).main,
                                    ["sparql", SERVICE_QUERY % port, "--store", str(seed_store.path)])
        assert result.exit_code == 1
        assert result.output == ("Error: the query calls a SERVICE (another SPARQL server, over the network), which "
                                 "is off by default; pass --allow-service to allow it (stopped after --timeout "
                                 "seconds)\n")
        with pytest.raises(socket.timeout):
            listener.accept()


def test_the_word_service_in_a_string_or_comment_is_not_a_service_call(hand_ox):
    q = 'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) } # SERVICE'
    assert rdf.sparql(hand_ox, q).rows == [["SERVICE <http://x/>"]]
    assert rdf.uses_service("select * { service <http://x/> { ?s ?p ?o } }")


def test_an_allowed_service_that_never_answers_is_stopped_by_the_timeout(hand_ox):
    import socket

    with socket.socket() as silent:        # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        port = silent.getsockname()[1]
        with pytest.raises(QueryError, match=r"took more than 1 s and was stopped"):
            rdf.sparql(hand_ox, SERVICE_QUERY % port, allow_service=True, timeout=1)


def test_the_rdf_store_is_kept_and_rebuilt_only_when_the_store_changed(tmp_path):
    import shutil

    from vanban.graph.sparqlstore import DIR, STAMP, open_rdf_store
    from vanban.graph.store import Store
    from vanban.loaders import extract

    state = ROOT / "examples" / "state"
    first, second = sorted(state.glob("*.txt"))[:2]
    path = tmp_path / "store"
    with Store(str(path)) as st:
        assert not st.load([str(first)], extract=extract).failed
    built = []
    ox1 = open_rdf_store(path, status=built.append)
    assert len(built) == 1 and (path / DIR / STAMP).exists()
    ids1 = {r[0] for r in rdf.sparql(ox1, "SELECT ?i WHERE { ?d eli:id_local ?i }").rows}
    del ox1
    inode = (path / DIR).stat().st_ino
    open_rdf_store(path, status=built.append)          # unchanged: nothing rebuilt
    assert len(built) == 1 and (path / DIR).stat().st_ino == inode
    with Store(str(path)) as st:                       # a write that changes nothing
        assert st.load([str(first)], extract=extract).skipped
    open_rdf_store(path, status=built.append)
    assert len(built) == 1
    shutil.copy(second, tmp_path / "second.txt")
    with Store(str(path)) as st:                       # a new file: rebuilt, and it answers for it
        assert not st.load([str(tmp_path / "second.txt")], extract=extract).failed
        doc = st.sources()[str(tmp_path / "second.txt")]["doc"]
    ox2 = open_rdf_store(path, status=built.append)
    assert len(built) == 2
    ids2 = {r[0] for r in rdf.sparql(ox2, "SELECT ?i WHERE { ?d eli:id_local ?i }").rows}
    assert doc in ids2 and ids1 < ids2


def test_sparql_over_an_exported_file_of_each_format(tmp_path):
    for fmt, fn in EXPORTERS.items():
        path = tmp_path / f"hand.{fmt}"
        fn(hand_graph(), str(path))
        store = rdf.load_rdf_store(path)
        assert rdf.run_sparql(store, "implemented-by", {"id": "58-QĐ/TW"}).dicts()[0]["id"] == "01-HD/BTCTW", fmt
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(VanbanError, match=r"bad\.nt: not readable as nt"):
        rdf.load_rdf_store(bad)


def test_a_store_folder_that_cannot_be_written_is_queried_from_memory(seed_store, tmp_path, monkeypatch):
    # root may write anywhere, so the permission answer is the one thing faked here; the rest is real
    import shutil

    from vanban.graph import sparqlstore

    copy = tmp_path / "store"
    copy.mkdir()
    shutil.copy(seed_store.path / "graph.lbug", copy / "graph.lbug")
    monkeypatch.setattr(sparqlstore.os, "access", lambda path, mode: False)
    built = []
    store = sparqlstore.open_rdf_store(copy, status=built.append)
    assert built == [] and not (copy / sparqlstore.DIR).exists()
    rows = rdf.run_sparql(store, "cited-by", {"id": "58-QĐ/TW"}).dicts()
    assert ("01-HD/BTCTW", "IMPLEMENTS") in {(r["source"], r["relation"]) for r in rows}

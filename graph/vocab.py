"""The RDF vocabulary of vanban's linked-data export, as closed rdflib namespaces (rdflib habit).

Every namespace here is a ``DefinedNamespace`` with ``_fail = True``: ``ELI.amendz`` raises
``AttributeError`` at once instead of minting a wrong IRI that only a reader of the export would notice.
Only the terms vanban uses are listed; add a term here (and, for VB, in ``vanban.ttl``) before using it.

- ``ELI``  the European Legislation Identifier ontology: documents and their relations.
- ``VB``   vanban's own small vocabulary for what ELI lacks (guides, reviews, replaces, suspends,
           copies, planned relations, provenance fields, provinces before/after 2025).  It is declared
           in ``graph/vanban.ttl``: each relation property there is ``rdfs:subPropertyOf`` its nearest
           ELI property, with Vietnamese and English labels.
- ``SCHEMA`` the few schema.org terms used for signers (rdflib's ``SDO`` is open, so a closed subset).
- ``ORG``, ``PROV``, ``FOAF``, ``SKOS``, ``DCTERMS`` are rdflib's own closed namespaces, re-exported.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["ELI", "VB", "SCHEMA", "ORG", "PROV", "FOAF", "SKOS", "DCTERMS", "RDF", "RDFS", "XSD",
           "VB_NS", "PREFIXES"]

# The vocabulary's namespace is fixed: it names terms, not data, so it does not follow --base-uri.
VB_NS = "https://w3id.org/vanban/ns#"


class ELI(DefinedNamespace):
    """European Legislation Identifier ontology (http://data.europa.eu/eli/ontology#), the terms vanban uses."""
    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    # classes
    LegalResource: URIRef
    ResourceType: URIRef
    Organization: URIRef
    AdministrativeArea: URIRef
    InForce: URIRef
    # document description
    id_local: URIRef        # the local identifier: vanban's document id ("98-QĐ/TW@2004-03-22")
    number: URIRef          # the number as written on the document ("98-QĐ/TW")
    type_document: URIRef
    date_document: URIRef
    title: URIRef
    passed_by: URIRef
    in_force: URIRef
    relevant_for: URIRef
    # relations between documents
    changes: URIRef
    amends: URIRef
    repeals: URIRef
    corrects: URIRef
    consolidates: URIRef
    based_on: URIRef
    cites: URIRef
    applies: URIRef
    related_to: URIRef
    is_another_publication_of: URIRef

    _extras = ["InForce-inForce", "InForce-notInForce", "InForce-partiallyInForce"]


class VB(DefinedNamespace):
    """vanban's vocabulary (declared with labels and super-properties in graph/vanban.ttl)."""
    _NS = Namespace(VB_NS)
    _fail = True

    # classes
    Relation: URIRef            # a qualified relation node: one stated occurrence of an edge, with its provenance
    LegacyProvince: URIRef      # one of the 63 provinces before 2025-07-01
    CurrentProvince: URIRef     # one of the 34 provinces from 2025-07-01
    # document -> document relations ELI has no term for
    guides: URIRef
    reviews: URIRef
    replaces: URIRef
    suspends: URIRef
    copy_of: URIRef
    planned_relation: URIRef
    # document -> person / place, place -> place
    signed_by: URIRef
    mentions: URIRef
    merged_into: URIRef
    # document facts
    year: URIRef
    loaded: URIRef
    source_file: URIRef
    doubt: URIRef
    mention_count: URIRef
    # provenance of a relation (on vb:Relation nodes)
    relation_type: URIRef
    evidence: URIRef
    line: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    planned: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms used for signers."""
    _NS = Namespace("https://schema.org/")
    _fail = True

    Person: URIRef
    name: URIRef
    jobTitle: URIRef


# Prefixes bound in every export (Turtle prefixes, the JSON-LD context) and in every SPARQL query.
PREFIXES = {
    "eli": str(ELI._NS), "vb": VB_NS, "org": str(ORG._NS), "prov": str(PROV._NS), "foaf": str(FOAF._NS),
    "schema": str(SCHEMA._NS), "skos": str(SKOS._NS), "dcterms": str(DCTERMS._NS), "rdf": str(RDF._NS),
    "rdfs": str(RDFS._NS), "xsd": str(XSD._NS),
}

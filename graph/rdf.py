"""Linked data: the graph as RDF with the ELI vocabulary, and SPARQL over it (rdflib).

``to_rdf(G)`` turns the networkx graph (graph/model.py) into an ``rdflib.Graph``:

- a Document is an ``eli:LegalResource`` with ``eli:id_local`` (vanban's id), ``eli:number`` (the number
  as written), ``eli:type_document``, ``eli:date_document``, ``eli:title``, ``eli:passed_by`` its body and,
  when a fact in the graph repeals or replaces it, ``eli:in_force eli:InForce-notInForce``;
- a Body is an ``org:Organization``, a Locality an ``eli:AdministrativeArea`` (``vb:LegacyProvince`` /
  ``vb:CurrentProvince``, ``vb:merged_into`` its 2025 province), a signer a ``foaf:Person``/``schema:Person``;
- every edge becomes its direct triple (``eli:amends``, ``eli:applies`` ...; a planned relation becomes
  ``vb:planned_relation``) plus one qualified relation node (``vb:Relation``, an ``rdf:Statement`` and
  ``prov:Entity``) carrying the evidence sentence, source document and file, span, rule and planned flag.

URIs are stable and readable: ``{base}doc/{number}[/{date or term}]`` with each segment percent-encoded
(``98-QĐ/TW@2004-03-22`` -> ``{base}doc/98-Q%C4%90%2FTW/2004-03-22``), ``{base}body/...``, ``{base}place/...``,
``{base}person/...``, ``{base}type/...``, ``{base}rel/<hash of the edge's content>``.  docs/rdf.md explains
the choices (why qualified relation nodes and not RDF-star, which ELI property each relation maps to).
"""
from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlsplit

from vanban.domain import gazetteer
from vanban.domain.dates import is_iso_date as _iso_date
from vanban.domain.ids import DocumentEntry, DocumentIndex, body_id, resolve_id
from vanban.domain.vocab import Relation
from vanban.errors import QueryError, UnknownDocumentError, VanbanError
from vanban.graph.model import DOCUMENT_RELATIONS, EdgeType, NodeLabel

# Data URIs live under this base unless --base-uri says otherwise.  w3id.org gives permanent, redirectable
# identifiers; the vanban entry still has to be registered there before anyone publishes under it, so a
# publisher with a domain of its own should pass --base-uri (docs/rdf.md).
DEFAULT_BASE = "https://w3id.org/vanban/"

# Which property states each edge type: the vocabulary's RDF term (vanban.domain.vocab.Relation.rdf_term), an
# ELI term where ELI has one and vanban's subproperty otherwise.
_EDGE_PROPERTY_NAMES = {r.value: tuple(r.rdf_term.split(":", 1)) for r in Relation}

# Legal changes in ELI's sense ("amendment, replacement, repeal, or other types of change"), also stated with
# the umbrella eli:changes so a query for every change needs no reasoner.  CORRECTS (no legal change) and
# CONSOLIDATES (ELI keeps consolidation apart from change) are deliberately not here.
CHANGE_RELATIONS = frozenset(r.value for r in Relation if r.affects_status)

# A document targeted by one of these facts (not plans) is no longer in force.  Nothing in a citation graph
# proves the opposite, so in_force is only ever stated as notInForce.
NOT_IN_FORCE_RELATIONS = frozenset({"REPEALS", "REPLACES"})

# Relations that a plan (a task, a draft) can state: they become vb:planned_relation, never the fact itself.
_PLANNABLE = DOCUMENT_RELATIONS | {"COPY_OF"}

_URI_SEGMENT = {"Document": "doc", "Body": "body", "Locality": "place", "Person": "person"}
# Turtle/JSON-LD prefixes for the data URIs under the base: doc:21-KL%2FTW instead of the full URI.
DATA_PREFIXES = {"doc": "doc/", "body": "body/", "place": "place/", "person": "person/", "type": "type/", "rel": "rel/"}

FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt11"}
_SUFFIX_FORMATS = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt11"}


# ---------------------------------------------------------------- URIs

def check_base_uri(base_uri: Optional[str]) -> str:
    """The base for data URIs: absolute, ending in "/" or "#" (a "/" is added when it ends otherwise).

    >>> check_base_uri("https://data.example.org/vanban")
    'https://data.example.org/vanban/'
    """
    if base_uri is None:
        return DEFAULT_BASE
    base = str(base_uri).strip()
    parts = urlsplit(base)
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn") or re.search(r'[\s<>"{}|\\^`]', base):
        raise VanbanError(f"--base-uri {base_uri!r} is not an absolute URI; "
                          f"give one like {DEFAULT_BASE} or https://data.example.org/vanban/")
    return base if base.endswith(("/", "#")) else base + "/"


def _segment(text: str) -> str:
    # NFC first: the same number typed with decomposed diacritics must give the same URI.  Only RFC 3986
    # unreserved characters stay literal, so "/" inside a number cannot be read as a path separator.
    return quote(unicodedata.normalize("NFC", str(text)), safe="")


def doc_uri(ident: str, base_uri: Optional[str] = None):
    """The URI of document ``ident``: the number, then its date or term when the id carries one.

    >>> str(doc_uri("98-QĐ/TW@2004-03-22"))
    'https://w3id.org/vanban/doc/98-Q%C4%90%2FTW/2004-03-22'
    >>> str(doc_uri("21-KL/TW"))
    'https://w3id.org/vanban/doc/21-KL%2FTW'
    """
    return _doc_uri(str(ident), check_base_uri(base_uri))


def _doc_uri(ident: str, base: str):
    from rdflib import URIRef

    number, sep, qualifier = ident.partition("@")
    path = _segment(number) + ("/" + _segment(qualifier) if sep else "")
    return URIRef(f"{base}doc/{path}")


def node_uri(label: str, ident: str, base_uri: Optional[str] = None):
    """The URI of a node of any label: ``node_uri("Body", "Ban Tổ chức Trung ương")`` -> ``{base}body/Ban%20T...``."""
    from rdflib import URIRef

    label = NodeLabel(label).value
    base = check_base_uri(base_uri)
    if label == "Document":
        return _doc_uri(str(ident), base)
    return URIRef(f"{base}{_URI_SEGMENT[label]}/{_segment(ident)}")


def edge_property(edge_type: str):
    """The RDF property stating an edge of type ``edge_type`` (a fact; plans use vb:planned_relation)."""
    from vanban.graph.vocab import ELI, VB

    try:
        ns, name = _EDGE_PROPERTY_NAMES[str(edge_type)]
    except KeyError:
        raise VanbanError(f"edge type {edge_type!r} has no RDF property; "
                          f"known types: {', '.join(e.value for e in EdgeType)}") from None
    return (ELI if ns == "eli" else VB)[name]


# ---------------------------------------------------------------- the graph as RDF
# The triples are made once, as plain Python values, and written by small serialisers (N-Triples, Turtle,
# JSON-LD) straight to the file, or turned into rdflib terms (``to_rdf``) or pyoxigraph quads: an IRI is a
# ``str``, a literal a tuple ``(value, language or None, datatype IRI or None)`` where value is a str, an int
# or a bool (xsd:integer / xsd:boolean, as rdflib's ``Literal(value)`` types them).

def _terms():
    """The vocabulary's IRIs as plain strings (rdflib's namespaces are slow to index in a hot loop)."""
    global _T
    if _T is None:
        from vanban.graph.vocab import DCTERMS, ELI, FOAF, ORG, PROV, RDF, SCHEMA, SKOS, VB, XSD

        names = {
            "type": RDF.type, "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
            "LegalResource": ELI.LegalResource, "id_local": ELI.id_local, "number": ELI.number,
            "type_document": ELI.type_document, "Concept": SKOS.Concept, "ResourceType": ELI.ResourceType,
            "prefLabel": SKOS.prefLabel, "notation": SKOS.notation, "altLabel": SKOS.altLabel,
            "date_document": ELI.date_document, "date": XSD.date, "year": VB.year, "title": ELI.title,
            "loaded": VB.loaded, "source_file": VB.source_file, "doubt": VB.doubt, "mention_count": VB.mention_count,
            "Organization": ORG.Organization, "EliOrganization": ELI.Organization, "identifier": DCTERMS.identifier,
            "org_identifier": ORG.identifier, "AdministrativeArea": ELI.AdministrativeArea,
            "LegacyProvince": VB.LegacyProvince, "CurrentProvince": VB.CurrentProvince, "merged_into": VB.merged_into,
            "FoafPerson": FOAF.Person, "SchemaPerson": SCHEMA.Person, "foaf_name": FOAF.name,
            "schema_name": SCHEMA.name, "jobTitle": SCHEMA.jobTitle, "planned_relation": VB.planned_relation,
            "changes": ELI.changes, "Relation": VB.Relation, "relation_type": VB.relation_type, "planned": VB.planned,
            "evidence": VB.evidence, "wasDerivedFrom": PROV.wasDerivedFrom, "line": VB.line, "start": VB.start,
            "end": VB.end, "rule": VB.rule, "in_force": ELI.in_force, "notInForce": ELI["InForce-notInForce"],
        }
        _T = {k: str(v) for k, v in names.items()}
        _T["edge"] = {etype: str(edge_property(etype)) for etype in _EDGE_PROPERTY_NAMES}
    return _T


_T = None


def _text(value):
    return value if isinstance(value, str) and value.strip() else None


def rdf_triples(graph, base_uri: Optional[str] = None):
    """Every triple of ``graph`` (a networkx graph, a Store or a graph source: graph/stream.py) in a fixed order.

    Streams: nodes page by page, then each document's out-edges, so memory stays bounded by a page (a few
    sets that grow with the number of document types, provinces and repealed documents excepted).  The
    same graph gives the same triples in the same order however it was built.  A triple repeated in the
    graph's terms (the type concept of every "Quy định", the direct triple of a relation stated twice) is
    given once.
    """
    from vanban.graph.stream import source_of

    T = _terms()
    base = check_base_uri(base_uri)
    source = source_of(graph)
    RDF_TYPE, vi = T["type"], "vi"
    seen_types, places, described_places = set(), set(), set()
    prefix = {label: f"{base}{seg}/" for label, seg in _URI_SEGMENT.items()}
    doc_uri_cache = {}

    def duri(ident):
        uri = doc_uri_cache.get(ident)
        if uri is None:
            number, sep, qualifier = ident.partition("@")
            uri = f"{base}doc/{_segment(number)}" + ("/" + _segment(qualifier) if sep else "")
            if len(doc_uri_cache) > 20_000:   # bounded: the cache only saves re-encoding hub documents
                doc_uri_cache.clear()
            doc_uri_cache[ident] = uri
        return uri

    def uri_of(key, label=None):
        label, _, ident = key.partition(":") if label is None else (label, "", key)
        if label == "Document":
            return duri(ident)
        return prefix[label] + _segment(ident)

    for label, a in source.nodes():
        ident = a.get("id")
        if label not in _URI_SEGMENT or ident in (None, ""):
            raise VanbanError(f"graph node {label}:{ident} has label {label!r} and id {ident!r}; every node needs a "
                              f"label ({', '.join(_URI_SEGMENT)}) and an id — rebuild the graph with `vanban load`")
        ident = str(ident)
        if label == "Document":
            s = duri(ident)
            yield s, RDF_TYPE, T["LegalResource"]
            yield s, T["id_local"], (ident, None, None)
            if _text(a.get("code")):
                yield s, T["number"], (a["code"], None, None)
            type_word, type_code = _text(a.get("type")), _text(a.get("type_code"))
            if type_word or type_code:
                t = f"{base}type/{_segment(type_word or type_code)}"
                yield s, T["type_document"], t
                key = (t, type_word, type_code)
                if key not in seen_types:
                    seen_types.add(key)
                    yield t, RDF_TYPE, T["Concept"]
                    yield t, RDF_TYPE, T["ResourceType"]
                    if type_word:
                        yield t, T["prefLabel"], (type_word, vi, None)
                    if type_code:
                        yield t, T["notation"], (type_code, None, None)
            if _iso_date(a.get("date")):
                yield s, T["date_document"], (a["date"], None, T["date"])
            year = a.get("year")
            if isinstance(year, int) and not isinstance(year, bool) and year > 0:
                yield s, T["year"], (year, None, None)
            if _text(a.get("title")):
                yield s, T["title"], (a["title"], vi, None)
            if a.get("loaded") is not None:
                yield s, T["loaded"], (bool(a["loaded"]), None, None)
            if _text(a.get("source_file")):
                yield s, T["source_file"], (a["source_file"], None, None)
            for alias in sorted(set(a.get("aliases") or ())):
                if _text(alias):
                    yield s, T["altLabel"], (alias, vi, None)
            if _text(a.get("doubt")):
                yield s, T["doubt"], (a["doubt"], None, None)
            mc = a.get("mention_count")
            if isinstance(mc, int) and not isinstance(mc, bool):
                yield s, T["mention_count"], (mc, None, None)
        elif label == "Body":
            s = prefix[label] + _segment(ident)
            yield s, RDF_TYPE, T["Organization"]
            yield s, RDF_TYPE, T["EliOrganization"]
            yield s, T["identifier"], (ident, None, None)
            yield s, T["prefLabel"], (_text(a.get("name")) or ident, vi, None)
            if _text(a.get("code")):
                yield s, T["org_identifier"], (a["code"], None, None)
        elif label == "Locality":
            s = prefix[label] + _segment(ident)
            places.add(ident)
            yield s, RDF_TYPE, T["AdministrativeArea"]
            yield s, T["identifier"], (ident, None, None)
            yield s, T["prefLabel"], (_text(a.get("name")) or ident, vi, None)
            status = a.get("status") or ""
            if status in ("legacy", "both"):
                yield s, RDF_TYPE, T["LegacyProvince"]
            if status in ("current", "both"):
                yield s, RDF_TYPE, T["CurrentProvince"]
            if _text(a.get("code")):
                yield s, T["notation"], (a["code"], None, None)
            new = _text(a.get("merged_into"))
            if new and new != ident:
                yield s, T["merged_into"], prefix["Locality"] + _segment(new)
                described_places.add(new)
        else:  # Person
            s = prefix[label] + _segment(ident)
            yield s, RDF_TYPE, T["FoafPerson"]
            yield s, RDF_TYPE, T["SchemaPerson"]
            yield s, T["identifier"], (ident, None, None)
            name = _text(a.get("name")) or ident
            yield s, T["foaf_name"], (name, None, None)
            yield s, T["schema_name"], (name, None, None)
            if _text(a.get("position")):
                yield s, T["jobTitle"], (a["position"], None, None)
    for new in sorted(described_places - places):
        # A 2025 province named only as what an old one became: describe it enough to be found by name.
        target = prefix["Locality"] + _segment(new)
        yield target, RDF_TYPE, T["AdministrativeArea"]
        yield target, RDF_TYPE, T["CurrentProvince"]
        yield target, T["identifier"], (new, None, None)
        yield target, T["prefLabel"], (new, vi, None)

    not_in_force = set()
    edge_props = T["edge"]
    pair, pair_done, last_rel = None, set(), None
    for u, v, _k, e in source.edges():
        etype = str(e.get("type") or _k.partition(":")[0])
        if etype not in edge_props:
            edge_property(etype)   # raises the clear error
        prop = edge_props[etype]
        s, o = uri_of(u), uri_of(v)
        if (u, v) != pair:
            pair, pair_done = (u, v), set()
        planned = bool(e.get("planned"))
        if planned and etype in _PLANNABLE:
            direct = ((s, T["planned_relation"], o),)
        else:
            direct = ((s, prop, o), (s, T["changes"], o)) if etype in CHANGE_RELATIONS else ((s, prop, o),)
            if etype in NOT_IN_FORCE_RELATIONS and v.startswith("Document:"):
                not_in_force.add(o)
        for triple in direct:
            if triple[1] not in pair_done:
                pair_done.add(triple[1])
                yield triple
        r = f"{base}rel/{_edge_hash(s, etype, o, e)}"
        if r == last_rel:
            continue   # the same statement twice (same file, place, sentence): one node
        last_rel = r
        yield r, RDF_TYPE, T["Relation"]
        yield r, T["subject"], s
        yield r, T["predicate"], prop
        yield r, T["object"], o
        yield r, T["relation_type"], (etype, None, None)
        yield r, T["planned"], (planned, None, None)
        if _text(e.get("evidence")):
            yield r, T["evidence"], (e["evidence"], vi, None)
        source_doc = _text(e.get("source_doc"))
        if source_doc:
            yield r, T["wasDerivedFrom"], duri(source_doc)
        if _text(e.get("source_file")):
            yield r, T["source_file"], (e["source_file"], None, None)
        for name in ("line", "start", "end"):
            value = e.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                yield r, T[name], (value, None, None)
        if _text(e.get("rule")):
            yield r, T["rule"], (e["rule"], None, None)
    for o in sorted(not_in_force):
        yield o, T["in_force"], T["notInForce"]


def to_rdf(G, base_uri: Optional[str] = None):
    """The graph ``G`` (networkx, a Store or a graph source) as an ``rdflib.Graph``; see the module docstring.

    For tests and small graphs: the exporters and ``vanban sparql`` stream ``rdf_triples`` instead.
    """
    from rdflib import Graph, Literal, URIRef

    from vanban.graph.vocab import PREFIXES

    base = check_base_uri(base_uri)
    # SimpleMemory: a plain triple store, faster to fill and to query than rdflib's default Memory store.
    g = Graph(store="SimpleMemory", bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for prefix, segment in DATA_PREFIXES.items():
        g.bind(prefix, base + segment)
    iris, lits = {}, {}

    def term(x):
        if isinstance(x, str):
            t = iris.get(x)
            if t is None:
                t = iris[x] = URIRef(x)
            return t
        key = (type(x[0]), x)   # True == 1 in a dict: keep the type apart
        t = lits.get(key)
        if t is None:
            value, lang, dt = x
            t = lits[key] = Literal(value, lang=lang, datatype=URIRef(dt) if dt else None)
        return t

    g.addN((term(s), term(p), term(o), g) for s, p, o in rdf_triples(G, base))
    return g


def _edge_hash(s, etype, o, e) -> str:
    # The id of one stated occurrence: the same edge read from the same place gets the same node on every
    # load; the same relation stated in two files gets two nodes (two pieces of evidence).
    fields = (str(s), etype, str(o), e.get("source_file"), e.get("source_doc"), e.get("line"), e.get("start"),
              e.get("end"), e.get("rule"), bool(e.get("planned")), e.get("evidence"))
    return hashlib.sha256("\x1f".join("" if f is None else str(f) for f in fields).encode("utf-8")).hexdigest()[:20]


# ---------------------------------------------------------------- exporters (graph/export.py registry)

# Escapes for a literal's text in N-Triples and Turtle: the four the grammar requires, and every other control
# character as \uXXXX, so NUL, form feeds and terminal escapes reach no reader raw (issue 13).
_ESCAPES = {i: f"\\u{i:04X}" for i in list(range(0x20)) + [0x7F]}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
_XSD = "http://www.w3.org/2001/XMLSchema#"


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def _escape(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:   # most text has nothing to escape: one C-level scan
        return text
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[ord(m.group())], text)


def _nt_literal(x, dt_form) -> str:
    value, lang, dt = x
    if value is True or value is False:
        return dt_form("true" if value else "false", _XSD + "boolean")
    if isinstance(value, int):
        return dt_form(str(value), _XSD + "integer")
    text = '"' + _escape(value) + '"'
    if lang:
        return f"{text}@{lang}"
    if dt:
        return f"{text}^^<{dt}>"
    return text


def write_ntriples(triples, fh) -> int:
    """Write triples (``rdf_triples``) as N-Triples to the binary file ``fh``; returns how many."""
    n = 0
    for chunk, count in ntriples_chunks(triples):
        fh.write(chunk)
        n = count
    return n


def ntriples_chunks(triples, lines: int = 8192):
    """N-Triples of ``triples`` as UTF-8 chunks of ``lines`` lines: yields (bytes, triples so far).

    The hot loop of ``export --format nt`` and of the SPARQL store's load (benchmark if changing:
    bench/bench_rdf.py): IRIs are formatted once per run of a bounded cache, literals escaped only when they
    hold something to escape.
    """
    # Two bounded caches: an IRI as subject or predicate ("<iri> ") and as object ("<iri> .\n"), so a line
    # is three pieces joined once.
    head, tail = {}, {}
    hget, tget = head.get, tail.get
    escape, needs = _escape, _NEEDS_ESCAPE.search
    xsd_bool, xsd_int = f"^^<{_XSD}boolean> .\n", f"^^<{_XSD}integer> .\n"
    n, buf = 0, []
    append = buf.append
    for s, p, o in triples:
        S = hget(s)
        if S is None:
            if len(head) > 50_000:   # bounded: memory flat at any size (a relation node is reused at once)
                head.clear()
            S = head[s] = "<" + s + "> "
        P = hget(p)
        if P is None:
            P = head[p] = "<" + p + "> "
        if o.__class__ is str:
            O = tget(o)
            if O is None:
                if len(tail) > 50_000:
                    tail.clear()
                O = tail[o] = "<" + o + "> .\n"
        else:
            v, lang, dt = o
            c = v.__class__
            if c is str:
                if lang:
                    O = '"' + (escape(v) if needs(v) else v) + '"@' + lang + " .\n"
                elif dt:
                    O = '"' + (escape(v) if needs(v) else v) + '"^^<' + dt + "> .\n"
                else:
                    O = '"' + (escape(v) if needs(v) else v) + '" .\n'
            elif c is bool:
                O = ('"true"' if v else '"false"') + xsd_bool
            else:
                O = '"' + str(v) + '"' + xsd_int
        append(S + P + O)
        n += 1
        if len(buf) >= lines:
            yield "".join(buf).encode("utf-8"), n
            buf.clear()
    yield "".join(buf).encode("utf-8"), n


def _vocab_names():
    from vanban.graph.vocab import PREFIXES

    return sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _compacting(otherwise, preset=None):
    """A cached IRI -> "prefix:local" with the vocabulary's prefixes, ``otherwise(iri)`` when none fits (the
    cache is bounded: a stream of millions of distinct ids must not grow it)."""
    names = _vocab_names()
    cache = dict(preset or {})

    def compact(x):
        t = cache.get(x)
        if t is None:
            t = otherwise(x)
            for prefix, ns in names:
                local = x[len(ns):]
                if x.startswith(ns) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", local):
                    t = f"{prefix}:{local}"
                    break
            if len(cache) > 50_000:
                cache.clear()
                cache.update(preset or {})
            cache[x] = t
        return t
    return compact


def write_turtle(triples, fh) -> int:
    """Write triples as Turtle to the binary file ``fh``, one block per run of triples with the same subject.

    Vocabulary terms are written as prefixed names, data IRIs in full (their percent-encoded segments and
    "/" would need escaping in a prefixed name).
    """
    from vanban.graph.vocab import PREFIXES

    iri = _compacting(lambda x: f"<{x}>", {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "a"})

    def typed(lex, dt):
        return lex if dt in (_XSD + "integer", _XSD + "boolean") else f'"{lex}"^^{iri(dt)}'

    def term(x):
        return iri(x) if isinstance(x, str) else _nt_literal(x, typed)

    head = "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in PREFIXES.items()) + "\n"
    n, buf, subject = 0, [head], None
    for s, p, o in triples:
        if s != subject:
            if subject is not None:
                buf.append(" .\n")
            buf.append(f"{term(s)} {term(p)} {term(o)}")
            subject = s
        else:
            buf.append(f" ;\n    {term(p)} {term(o)}")
        n += 1
        if len(buf) >= 4096:
            fh.write("".join(buf).encode("utf-8"))
            buf.clear()
    if subject is not None:
        buf.append(" .\n")
    fh.write("".join(buf).encode("utf-8"))
    return n


def write_jsonld(triples, fh) -> int:
    """Write triples as JSON-LD (a context of the vocabulary's prefixes and one ``@graph`` node object per run
    of triples with the same subject) to the binary file ``fh``."""
    import json

    from vanban.graph.vocab import PREFIXES

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    compact = _compacting(lambda x: x)

    def value(o):
        if isinstance(o, str):
            return {"@id": o}
        v, lang, dt = o
        if lang:
            return {"@value": v, "@language": lang}
        if dt:
            return {"@value": v, "@type": compact(dt)}
        return {"@value": v}

    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    fh.write(("{\"@context\":" + dumps(PREFIXES) + ",\n\"@graph\":[").encode("utf-8"))
    n, node, first = 0, None, True

    def flush():
        nonlocal first
        fh.write((("\n" if first else ",\n") + dumps(node)).encode("utf-8"))
        first = False

    for s, p, o in triples:
        if node is None or node["@id"] != s:
            if node is not None:
                flush()
            node = {"@id": s}
        if p == rdf_type and isinstance(o, str):
            node.setdefault("@type", []).append(compact(o))
        else:
            node.setdefault(compact(p), []).append(value(o))
        n += 1
    if node is not None:
        flush()
    fh.write(b"\n]}\n")
    return n


_WRITERS = {"turtle": write_turtle, "json-ld": write_jsonld, "nt11": write_ntriples}


def _write(G, dest, fmt, base_uri, store=None) -> int:
    from vanban.outputs import open_output

    base = check_base_uri(base_uri)
    with open_output(dest, binary=True, store=store) as fh:
        return _WRITERS[fmt](rdf_triples(G, base), fh)


def export_turtle(G, dest, base_uri: Optional[str] = None, store=None) -> int:
    """Write ``G`` (a networkx graph or a Store, streamed) as Turtle to the file ``dest`` ("-" for stdout)."""
    return _write(G, dest, "turtle", base_uri, store)


def export_jsonld(G, dest, base_uri: Optional[str] = None, store=None) -> int:
    """Write ``G`` as JSON-LD (with a context of the vocabulary's prefixes) to ``dest``."""
    return _write(G, dest, "json-ld", base_uri, store)


def export_ntriples(G, dest, base_uri: Optional[str] = None, store=None) -> int:
    """Write ``G`` as N-Triples (UTF-8, one triple per line, in the graph's fixed order) to ``dest``."""
    return _write(G, dest, "nt11", base_uri, store)


def load_rdf(path):
    """Parse an exported file back into an ``rdflib.Graph``; the format comes from the suffix."""
    from rdflib import Graph

    path = Path(path)
    fmt = _SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise VanbanError(f"{path}: unknown RDF file type {path.suffix!r}; use one of "
                          f"{', '.join(_SUFFIX_FORMATS)} (as written by `vanban export --format ttl|jsonld|nt`)")
    g = Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as e:  # rdflib's parsers raise many unrelated types; all mean "not that format"
        raise VanbanError(f"{path}: not readable as {fmt}: {e}") from e
    return g


def load_rdf_store(path):
    """An exported file in an in-memory pyoxigraph store (what `vanban sparql --rdf FILE` queries)."""
    import pyoxigraph as ox

    path = Path(path)
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD,
           ".json": ox.RdfFormat.JSON_LD}.get(path.suffix.lower())
    if fmt is None:
        raise VanbanError(f"{path}: unknown RDF file type {path.suffix!r}; use one of "
                          f"{', '.join(_SUFFIX_FORMATS)} (as written by `vanban export --format ttl|jsonld|nt`)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as e:
        raise VanbanError(f"{path}: not readable as {path.suffix.lstrip('.')}: {' '.join(str(e).split())}") from None
    return store


def vocabulary():
    """vanban's vocabulary (graph/vanban.ttl) as an ``rdflib.Graph``."""
    from rdflib import Graph

    g = Graph()
    g.parse(data=resources.files("vanban.graph").joinpath("vanban.ttl").read_text(encoding="utf-8"),
            format="turtle")
    return g


# ---------------------------------------------------------------- SPARQL (pyoxigraph)

# Seconds a query that calls a SERVICE may take (it waits on another server); --timeout changes it.
SERVICE_TIMEOUT = 30.0
# What to skip when looking for the SERVICE keyword: strings (long ones first), IRIs, comments.
_SPARQL_TOKENS = re.compile("|".join([
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''", r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>', r"#[^\n]*", r"(?P<service>\bSERVICE\b)"]), re.I)


def uses_service(query: str) -> bool:
    """Does the SPARQL text call a SERVICE (outside strings, IRIs and comments)?

    >>> uses_service('SELECT * { SERVICE <http://x/> { ?s ?p ?o } }'), uses_service('SELECT ("SERVICE" AS ?x) {}')
    (True, False)
    """
    return any(m.group("service") for m in _SPARQL_TOKENS.finditer(query))


_VAR = r"[A-Za-z_][A-Za-z0-9_]*"
_SUBST_TOKENS = re.compile("|".join([
    r'"""[\s\S]*?"""', r"'''[\s\S]*?'''", r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>', r"#[^\n]*",
    rf"(?P<bound>\bBOUND\s*\(\s*[?$](?P<bvar>{_VAR})\s*\))",
    r"(?P<select>\bSELECT\b)", r"(?P<end>\bWHERE\b|\{)",
    rf"(?P<var>[?$](?P<name>{_VAR}))"]), re.I)


def _substitute(query: str, terms: dict) -> str:
    """``query`` with each variable named in ``terms`` replaced by the term (``str`` of a pyoxigraph term,
    which escapes it: a value can never end its literal and add query text).

    pyoxigraph's own substitution binds only projected variables; the stored queries bind ``?id`` inside
    subqueries and filters.  A parameter in a SELECT list becomes ``(term AS ?name)``, ``BOUND(?name)`` true.
    """
    if not terms:
        return query
    out, pos, projection = [], 0, False
    for m in _SUBST_TOKENS.finditer(query):
        if m.group("select"):
            projection = True
        elif m.group("end"):
            projection = False
        elif m.group("bound") and m.group("bvar") in terms:
            out.append(query[pos:m.start()] + "true")
            pos = m.end()
        elif m.group("var") and m.group("name") in terms:
            term = terms[m.group("name")]
            before = query[pos:m.start()]
            if projection and not re.search(r"\bAS\s*$", before, re.I):
                out.append(f"{before}({term} AS {m.group('var')})")
            else:
                out.append(before + term)
            pos = m.end()
    out.append(query[pos:])
    return "".join(out)


# Triples per ``bulk_load`` call.  One call over the whole stream let Oxigraph's loader batch a million
# quads per thread: 2.1 GB peak building the twin of 100k generated documents (16M triples).  Each call
# sorts and writes its own files, so memory is bounded by the batch; the files are compacted once at the
# end of a build (``compact``).  100k rather than 250k since batches load in a thread while the next is
# written: the last batch, which nothing overlaps, is smaller, and two batches are held, not one (the real
# corpus' twin: 3.4 s and 348 MB against 3.9 s and 509 MB).  Benchmark if changing: bench/bench_rdf.py.
LOAD_BATCH = 100_000


def load_triples(ox_store, graph, base_uri: Optional[str] = None, *, compact: bool = False) -> int:
    """Stream the triples of ``graph`` (networkx, a Store or a graph source) into a pyoxigraph store, in bulk
    loads of ``LOAD_BATCH`` triples; ``compact`` merges the files they wrote (a whole build) afterwards.

    Oxigraph's ``bulk_load`` lets go of the GIL, so each batch is loaded by a thread while this one writes the
    next: at most one batch loading and one being written (memory stays bounded by two batches)."""
    from concurrent.futures import ThreadPoolExecutor, wait

    import pyoxigraph as ox

    buf: list = []
    loaded, n = 0, 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="vanban-rdf-load") as loader:
        pending = None

        def flush():
            nonlocal pending
            data = b"".join(buf)
            buf.clear()
            if pending is not None:
                pending.result()             # the batch before is in; its error, if any, is raised here
            pending = loader.submit(ox_store.bulk_load, input=data, format=ox.RdfFormat.N_TRIPLES, lenient=True)

        try:
            for chunk, n in ntriples_chunks(rdf_triples(graph, base_uri)):
                buf.append(chunk)
                if n - loaded >= LOAD_BATCH:
                    flush()
                    loaded = n
            if n > loaded:
                flush()
        except BaseException:
            if pending is not None:
                wait([pending])              # the store is not left with a load running; this error is the one told
            raise
        if pending is not None:
            pending.result()
    if compact and n > LOAD_BATCH:
        ox_store.optimize()
    return n


def as_sparql_store(graph, base_uri: Optional[str] = None):
    """A pyoxigraph Store for ``graph``: a pyoxigraph Store as it is; an rdflib Graph, a networkx graph or a
    graph source loaded into memory (tests and small graphs; `vanban sparql` uses graph/sparqlstore.py)."""
    import pyoxigraph as ox

    if isinstance(graph, ox.Store):
        return graph
    if hasattr(graph, "serialize") and hasattr(graph, "triples"):   # an rdflib Graph
        store = ox.Store()
        store.bulk_load(input=graph.serialize(format="nt11", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store
    store = ox.Store()
    load_triples(store, graph, base_uri)
    return store


def sparql(rdf_graph, query: str, params: Optional[dict] = None, *, allow_service: bool = False,
           timeout: Optional[float] = None):
    """Run a read-only SPARQL query with pyoxigraph; returns ``vanban.graph.store.Result``.

    ``rdf_graph`` is a pyoxigraph Store (or anything ``as_sparql_store`` takes).  The vocabulary's prefixes
    (eli, vb, org, prov, skos, dcterms, foaf, schema, rdf, rdfs, xsd) are predeclared.  ``params`` bind
    variables by name (SEP-0007 substitution; values are never pasted into the query text): a str becomes a
    literal (an ``<...>`` str an IRI), an int/bool a typed literal; a None value leaves the variable
    unbound, which is how optional parameters are written (``FILTER(!BOUND(?year) || ...)``).  A SELECT
    gives its variables as columns; ASK one column "ask"; CONSTRUCT/DESCRIBE the triples as subject,
    predicate, object.  A query calling a SERVICE (another server) is refused unless ``allow_service``, and
    then stopped after ``timeout`` seconds (SERVICE_TIMEOUT by default).
    """
    import pyoxigraph as ox

    from vanban.graph.result import Result
    from vanban.graph.vocab import PREFIXES

    params = dict(params or {})
    for name in params:
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise QueryError(f"parameter {name!r} is not a variable of the query; write ?{name} where it goes")
    service = uses_service(query)
    if service and not allow_service:
        raise QueryError("the query calls a SERVICE (another SPARQL server, over the network), which is off by "
                         "default; pass --allow-service to allow it (stopped after --timeout seconds)")
    store = as_sparql_store(rdf_graph)
    text = _substitute(query, {name: str(_term(value)) for name, value in params.items() if value is not None})

    def run():
        try:
            result = store.query(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"not a valid SPARQL query: {' '.join(str(e).split())}") from None
        if isinstance(result, ox.QueryBoolean):
            return Result(columns=["ask"], rows=[[bool(result)]])
        if isinstance(result, ox.QueryTriples):
            rows = sorted([_value(t.subject), _value(t.predicate), _value(t.object)] for t in result)
            return Result(columns=["subject", "predicate", "object"], rows=rows)
        columns = [v.value for v in result.variables]
        return Result(columns=columns, rows=[[_value(row[i]) for i in range(len(columns))] for row in result])

    try:
        if not service and timeout is None:
            return run()
        return _with_timeout(run, SERVICE_TIMEOUT if timeout is None else timeout)
    except QueryError:
        raise
    except Exception as e:   # OSError from the store or a SERVICE call, ValueError from a bad term
        raise QueryError(f"SPARQL query failed: {' '.join(str(e).split())}") from None


def _with_timeout(fn, seconds: float):
    import threading

    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as e:   # handed over to the caller's thread
            # without its traceback: the frames hold pyoxigraph results, which must be freed on this thread
            e.__context__ = e.__cause__ = None
            box["error"] = e.with_traceback(None)

    worker = threading.Thread(target=target, name="vanban-sparql", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise QueryError(f"the SPARQL query took more than {seconds:g} s and was stopped; narrow it, or give a "
                         f"longer --timeout")
    if "error" in box:
        raise box["error"]
    return box["value"]


def _term(value):
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    value = unicodedata.normalize("NFC", str(value))
    if len(value) > 2 and value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as e:
            raise QueryError(f"{value} is not an IRI: {e}") from None
    return ox.Literal(value)


_NUMERIC = {_XSD + t: int for t in ("integer", "long", "int", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong",
                                     "unsignedInt", "unsignedShort", "unsignedByte")}
_NUMERIC.update({_XSD + "decimal": float, _XSD + "double": float, _XSD + "float": float})


def _value(term):
    """A JSON-able value: IRIs as strings, literals as their Python value (dates as their ISO text)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        if dt in _NUMERIC:
            try:
                return _NUMERIC[dt](term.value)
            except ValueError:
                return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


# ---------------------------------------------------------------- stored SPARQL queries (queries/*.sparql)

@dataclass(frozen=True)
class SparqlQuery:
    """One stored SPARQL query: ``# name: amends(id)`` / ``# help: ...`` / ``# params: id, year=`` header."""
    name: str
    params: tuple            # ((name, default or None), ...); None default with "=" means optional
    required: tuple          # names that must be given
    help: str
    file: str
    text: str


def _parse_sparql_file(path) -> SparqlQuery:
    text = Path(path).read_text(encoding="utf-8")
    header = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        key, sep, value = line[1:].partition(":")
        if sep and key.strip() in ("name", "help", "params"):
            header[key.strip()] = (value.strip(), lineno)
    if "name" not in header:
        raise QueryError(f"{path}:1: no '# name: NAME(params)' header line; start the file with one")
    signature, lineno = header["name"]
    m = re.fullmatch(r"([a-z][a-z0-9-]*)\s*(?:\((.*)\))?", signature)
    if not m:
        raise QueryError(f"{path}:{lineno}: {signature!r} is not NAME(param, ...); e.g. '# name: amends(id)'")
    params: list = []
    required: list = []
    for item in (header.get("params", ("", 0))[0] or "").split(","):
        item = item.strip()
        if not item:
            continue
        name, sep, default = item.partition("=")
        name, default = name.strip(), default.strip()
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{path}:{header['params'][1]}: bad parameter {item!r}; write 'id' or 'limit=20'")
        if not sep:
            required.append(name)
            params.append((name, None))
        elif default.lower() in ("", "null", "none"):
            params.append((name, None))
        elif re.fullmatch(r"-?\d+", default):
            params.append((name, int(default)))
        else:
            params.append((name, default[1:-1] if len(default) > 1 and default[0] == default[-1] in "\"'" else default))
    declared = [p.strip() for p in (m.group(2) or "").split(",") if p.strip()]
    if declared != [p for p, _ in params]:
        raise QueryError(f"{path}:{lineno}: the name line declares ({', '.join(declared)}) but the params line "
                         f"gives ({', '.join(p for p, _ in params)}); make them the same")
    return SparqlQuery(m.group(1), tuple(params), tuple(required), header.get("help", ("", 0))[0], str(path), text)


def sparql_queries() -> list:
    """Every stored SPARQL query (queries/*.sparql), sorted by name."""
    folder = resources.files("vanban.queries")
    found = [_parse_sparql_file(p) for p in folder.iterdir() if p.name.endswith(".sparql")]
    return sorted(found, key=lambda q: q.name)


def get_sparql(name: str) -> SparqlQuery:
    """The stored SPARQL query ``name``; QueryError suggests close names when it is unknown."""
    queries = {q.name: q for q in sparql_queries()}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"stored SPARQL queries: {', '.join(queries)}"
    raise QueryError(f"no stored SPARQL query {name!r}; {hint}")


def run_sparql(rdf_graph, name: str, params: Optional[dict] = None):
    """Run the stored SPARQL query ``name`` with ``params``; the same contract as ``registry.run_query``.

    Parameters are checked against the header (unknown or missing ones raise QueryError), defaults are
    filled and typed like the default (``year=0`` makes "2022" the integer 2022), and the values users type
    loosely are resolved against the graph as the Cypher side does: a document number in any spacing or
    diacritics ("21 - KL/TW", "98-QD/TW"), a body by name or issuer code ("BTCTW"), a province by its old or
    new name.  A column whose variable ends in "_" is reported without it (``?id_`` -> id), so a query can
    return a column named like one of its parameters.
    """
    q = get_sparql(name)
    params = dict(params or {})
    accepted = [p for p, _ in q.params]
    unknown = sorted(set(params) - set(accepted))
    if unknown:
        raise QueryError(f"{q.name}: unknown parameter {', '.join(unknown)}; its parameters: "
                         f"{', '.join(accepted) or 'none'}")
    missing = [p for p in q.required if params.get(p) in (None, "")]
    if missing:
        raise QueryError(f"{q.name}: parameter {missing[0]!r} is required, e.g. -p {missing[0]}=...")
    values = {}
    for p, default in q.params:
        value = params.get(p, default)
        if isinstance(default, int) and not isinstance(default, bool) and value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise QueryError(f"{q.name}: parameter {p!r} must be a whole number, got {value!r}") from None
        values[p] = value
    store = as_sparql_store(rdf_graph)
    if values.get("id"):
        values["id"] = _resolve_document(store, str(values["id"]))
    if values.get("body"):
        values["body"] = _resolve_body(store, str(values["body"]))
    if values.get("locality"):
        found = gazetteer.lookup(str(values["locality"]))
        values["locality"] = found.name if found is not None else str(values["locality"]).strip()
    result = sparql(store, q.text, values)
    result.columns = [c[:-1] if c.endswith("_") and len(c) > 1 else c for c in result.columns]
    return result


def _resolve_document(store, raw: str) -> str:
    """The document id ``raw`` stands for in the pyoxigraph ``store`` (vanban.domain.ids.resolve_id)."""
    raw = unicodedata.normalize("NFC", raw.strip())
    if sparql(store, "ASK { ?d eli:id_local ?id }", {"id": raw}).rows[0][0]:
        return raw
    rows = sparql(store, "SELECT ?d ?i ?n ?t ?a ?ti WHERE { ?d eli:id_local ?i . OPTIONAL { ?d eli:number ?n } "
                         "OPTIONAL { ?d eli:type_document/skos:prefLabel ?t } OPTIONAL { ?d skos:altLabel ?a } "
                         "OPTIONAL { ?d eli:title ?ti } }").rows
    docs = {}
    for d, ident, number, type_word, alias, title in rows:
        entry = docs.setdefault(d, [ident, number or "", type_word or "", set(), title or ""])
        if alias:
            entry[3].add(alias)
    entries = [DocumentEntry(i, n, t, tuple(sorted(a)), ti) for i, n, t, a, ti in docs.values()]
    found = resolve_id(raw, DocumentIndex.build(entries))
    if found.id is not None:
        return found.id
    if found.ambiguous:
        raise QueryError(f"{raw!r} stands for {len(found.candidates)} documents: {', '.join(found.candidates)}; "
                         f"give one of them")
    raise UnknownDocumentError(raw, found.candidates)


def _resolve_body(store, raw: str) -> str:
    return body_id(sparql(store, "SELECT ?i ?c WHERE { ?b a org:Organization ; dcterms:identifier ?i . "
                                   "OPTIONAL { ?b org:identifier ?c } } ORDER BY ?b").rows, raw)


# ---------------------------------------------------------------- the backend (graph/backend.py's protocol)

class RdfBackend:
    """The graph as RDF, answering SPARQL the way the stores answer Cypher (``dialect`` "sparql", read-only).

    ``RdfBackend(rdf_graph)``, ``RdfBackend.from_file("out/graph.ttl")`` or ``RdfBackend.from_networkx(G)``;
    ``run(sparql, params) -> Result`` is ``sparql()`` above, ``run_stored(name, params)`` a stored SPARQL query.
    """

    dialect = "sparql"

    def __init__(self, rdf_graph):
        self.graph = rdf_graph

    @classmethod
    def from_file(cls, path) -> RdfBackend:
        return cls(load_rdf(path))

    @classmethod
    def from_networkx(cls, G, base_uri: Optional[str] = None) -> RdfBackend:
        return cls(to_rdf(G, base_uri))

    def run(self, query: str, params: Optional[dict] = None, write: bool = False):
        if write:
            raise QueryError("SPARQL runs read-only here: the RDF is an export of the graph; change the store "
                             "(vanban load / vanban cypher --write) and export again")
        return sparql(self.graph, query, params)

    def run_stored(self, name: str, params: Optional[dict] = None):
        return run_sparql(self.graph, name, params)

    def close(self) -> None:
        self.graph = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

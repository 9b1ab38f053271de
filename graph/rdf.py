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

import datetime
import difflib
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlsplit

from vanban.domain import gazetteer
from vanban.domain.dates import is_iso_date as _iso_date
from vanban.domain.ids import DocumentEntry, DocumentIndex, resolve_id
from vanban.domain.numbers import number_key
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

def to_rdf(G, base_uri: Optional[str] = None):
    """The networkx graph ``G`` (graph/model.py shape) as an ``rdflib.Graph``; see the module docstring.

    Nodes and edges are added in sorted order so every serialisation of the same graph is byte-identical.
    """
    from rdflib import Graph, Literal, URIRef

    from vanban.graph.vocab import DCTERMS, ELI, FOAF, ORG, PREFIXES, PROV, RDF, SCHEMA, SKOS, VB, XSD

    base = check_base_uri(base_uri)
    # SimpleMemory: a plain triple store, faster to fill and about twice as fast to query as rdflib's
    # default context-aware Memory store here (bench/bench_rdf.py); the export has no named graphs.
    g = Graph(store="SimpleMemory", bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for prefix, segment in DATA_PREFIXES.items():
        g.bind(prefix, base + segment)
    out: list = []
    add = out.append
    uris = {}
    for key in sorted(G.nodes, key=str):
        attrs = G.nodes[key]
        label, ident = attrs.get("label"), attrs.get("id")
        if label not in _URI_SEGMENT or ident in (None, ""):
            raise VanbanError(f"graph node {key!r} has label {label!r} and id {ident!r}; every node needs a label "
                              f"({', '.join(_URI_SEGMENT)}) and an id — rebuild the graph with `vanban load`")
        uris[key] = _doc_uri(str(ident), base) if label == "Document" else \
            URIRef(f"{base}{_URI_SEGMENT[label]}/{_segment(ident)}")
    known_places = {attrs["id"] for attrs in G.nodes.values() if attrs.get("label") == "Locality"}

    def text(value):
        return value if isinstance(value, str) and value.strip() else None

    for key in sorted(G.nodes, key=str):
        a = G.nodes[key]
        s, label = uris[key], a["label"]
        if label == "Document":
            add((s, RDF.type, ELI.LegalResource))
            add((s, ELI.id_local, Literal(a["id"])))
            if text(a.get("code")):
                add((s, ELI.number, Literal(a["code"])))
            type_word, type_code = text(a.get("type")), text(a.get("type_code"))
            if type_word or type_code:
                t = URIRef(f"{base}type/{_segment(type_word or type_code)}")
                add((s, ELI.type_document, t))
                add((t, RDF.type, SKOS.Concept))
                add((t, RDF.type, ELI.ResourceType))
                if type_word:
                    add((t, SKOS.prefLabel, Literal(type_word, lang="vi")))
                if type_code:
                    add((t, SKOS.notation, Literal(type_code)))
            if _iso_date(a.get("date")):
                add((s, ELI.date_document, Literal(a["date"], datatype=XSD.date)))
            if isinstance(a.get("year"), int) and a["year"] > 0:
                add((s, VB.year, Literal(a["year"])))
            if text(a.get("title")):
                add((s, ELI.title, Literal(a["title"], lang="vi")))
            if a.get("loaded") is not None:
                add((s, VB.loaded, Literal(bool(a["loaded"]))))
            if text(a.get("source_file")):
                add((s, VB.source_file, Literal(a["source_file"])))
            for alias in sorted(set(a.get("aliases") or ())):
                if text(alias):
                    add((s, SKOS.altLabel, Literal(alias, lang="vi")))
            if text(a.get("doubt")):
                add((s, VB.doubt, Literal(a["doubt"])))
            if isinstance(a.get("mention_count"), int):
                add((s, VB.mention_count, Literal(a["mention_count"])))
        elif label == "Body":
            add((s, RDF.type, ORG.Organization))
            add((s, RDF.type, ELI.Organization))
            add((s, DCTERMS.identifier, Literal(a["id"])))
            add((s, SKOS.prefLabel, Literal(text(a.get("name")) or a["id"], lang="vi")))
            if text(a.get("code")):
                add((s, ORG.identifier, Literal(a["code"])))
        elif label == "Locality":
            add((s, RDF.type, ELI.AdministrativeArea))
            add((s, DCTERMS.identifier, Literal(a["id"])))
            add((s, SKOS.prefLabel, Literal(text(a.get("name")) or a["id"], lang="vi")))
            status = a.get("status") or ""
            if status in ("legacy", "both"):
                add((s, RDF.type, VB.LegacyProvince))
            if status in ("current", "both"):
                add((s, RDF.type, VB.CurrentProvince))
            if text(a.get("code")):
                add((s, SKOS.notation, Literal(a["code"])))
            new = text(a.get("merged_into"))
            if new and new != a["id"]:
                target = node_uri("Locality", new, base)
                add((s, VB.merged_into, target))
                if new not in known_places:
                    # The 2025 province is named only here: describe it enough to be found by name.
                    add((target, RDF.type, ELI.AdministrativeArea))
                    add((target, RDF.type, VB.CurrentProvince))
                    add((target, DCTERMS.identifier, Literal(new)))
                    add((target, SKOS.prefLabel, Literal(new, lang="vi")))
        else:  # Person
            add((s, RDF.type, FOAF.Person))
            add((s, RDF.type, SCHEMA.Person))
            add((s, DCTERMS.identifier, Literal(a["id"])))
            name = text(a.get("name")) or a["id"]
            add((s, FOAF.name, Literal(name)))
            add((s, SCHEMA.name, Literal(name)))
            if text(a.get("position")):
                add((s, SCHEMA.jobTitle, Literal(a["position"])))

    not_in_force = set()
    # Edges outnumber nodes several times: cache the terms that repeat (benchmark if changing: bench_rdf.py).
    doc_uris: dict = {}
    literals: dict = {}

    def lit(value):
        key = (type(value), value)  # True == 1 in a dict: keep the type apart
        term = literals.get(key)
        if term is None:
            term = literals[key] = Literal(value)
        return term

    for u, v, k, e in sorted(G.edges(keys=True, data=True), key=lambda x: (str(x[0]), str(x[1]), str(x[2]))):
        etype = str(e.get("type") or k)
        prop = edge_property(etype)
        s, o = uris[u], uris[v]
        planned = bool(e.get("planned"))
        if planned and etype in _PLANNABLE:
            add((s, VB.planned_relation, o))
        else:
            add((s, prop, o))
            if etype in CHANGE_RELATIONS:
                add((s, ELI.changes, o))
            if etype in NOT_IN_FORCE_RELATIONS and G.nodes[v].get("label") == "Document":
                not_in_force.add(o)
        r = URIRef(f"{base}rel/{_edge_hash(s, etype, o, e)}")
        add((r, RDF.type, VB.Relation))
        add((r, RDF.subject, s))
        add((r, RDF.predicate, prop))
        add((r, RDF.object, o))
        add((r, VB.relation_type, lit(etype)))
        add((r, VB.planned, lit(planned)))
        if text(e.get("evidence")):
            add((r, VB.evidence, Literal(e["evidence"], lang="vi")))
        source_doc = text(e.get("source_doc"))
        if source_doc:
            if source_doc not in doc_uris:
                doc_uris[source_doc] = _doc_uri(source_doc, base)
            add((r, PROV.wasDerivedFrom, doc_uris[source_doc]))
        if text(e.get("source_file")):
            add((r, VB.source_file, lit(e["source_file"])))
        for name in ("line", "start", "end"):
            value = e.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                add((r, VB[name], Literal(value)))
        if text(e.get("rule")):
            add((r, VB.rule, lit(e["rule"])))
    for o in sorted(not_in_force):
        add((o, ELI.in_force, ELI["InForce-notInForce"]))
    g.addN((s, p, o, g) for s, p, o in out)
    return g


def _edge_hash(s, etype, o, e) -> str:
    # The id of one stated occurrence: the same edge read from the same place gets the same node on every
    # load; the same relation stated in two files gets two nodes (two pieces of evidence).
    fields = (str(s), etype, str(o), e.get("source_file"), e.get("source_doc"), e.get("line"), e.get("start"),
              e.get("end"), e.get("rule"), bool(e.get("planned")), e.get("evidence"))
    return hashlib.sha256("\x1f".join("" if f is None else str(f) for f in fields).encode("utf-8")).hexdigest()[:20]


# ---------------------------------------------------------------- exporters (graph/export.py registry)

def _write(G, dest, fmt, base_uri):
    rdf = to_rdf(G, base_uri)
    kwargs = {}
    if fmt == "json-ld":
        kwargs["context"] = {prefix: str(ns) for prefix, ns in rdf.namespaces() if prefix and prefix != "xml"}
    data = rdf.serialize(format=fmt, encoding="utf-8", **kwargs)
    if fmt == "nt11":
        # rdflib writes N-Triples in store order; sorted lines make the file diffable and reproducible.
        # split on "\n" only: a literal may hold a raw form feed or U+2028, which splitlines() would cut.
        lines = sorted(set(data.decode("utf-8").split("\n")))
        data = ("\n".join(line for line in lines if line) + "\n").encode("utf-8")
    if str(dest) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        Path(dest).write_bytes(data)


def export_turtle(G, dest, base_uri: Optional[str] = None) -> None:
    """Write ``G`` as Turtle to the file ``dest`` ("-" for stdout)."""
    _write(G, dest, "turtle", base_uri)


def export_jsonld(G, dest, base_uri: Optional[str] = None) -> None:
    """Write ``G`` as JSON-LD (with a context of the vocabulary's prefixes) to ``dest``."""
    _write(G, dest, "json-ld", base_uri)


def export_ntriples(G, dest, base_uri: Optional[str] = None) -> None:
    """Write ``G`` as N-Triples (UTF-8, lines sorted) to ``dest``."""
    _write(G, dest, "nt11", base_uri)


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


def vocabulary():
    """vanban's vocabulary (graph/vanban.ttl) as an ``rdflib.Graph``."""
    from rdflib import Graph

    g = Graph()
    g.parse(data=resources.files("vanban.graph").joinpath("vanban.ttl").read_text(encoding="utf-8"),
            format="turtle")
    return g


# ---------------------------------------------------------------- SPARQL

def sparql(rdf_graph, query: str, params: Optional[dict] = None):
    """Run a read-only SPARQL query over ``rdf_graph``; returns ``vanban.graph.store.Result``.

    The vocabulary's prefixes (eli, vb, org, prov, skos, dcterms, foaf, schema, rdf, rdfs, xsd) are
    predeclared.  ``params`` bind variables by name through rdflib's ``initBindings`` (values are never
    pasted into the query text): a str becomes a literal (an ``<...>`` str an IRI), an int/bool a typed
    literal; a None value leaves the variable unbound, which is how optional parameters are written
    (``FILTER(!BOUND(?year) || ...)``).  A SELECT gives its variables as columns; ASK one column "ask";
    CONSTRUCT/DESCRIBE the triples as subject, predicate, object.
    """
    from rdflib.plugins.sparql import prepareQuery

    from vanban.graph.store import Result
    from vanban.graph.vocab import PREFIXES

    params = dict(params or {})
    for name in params:
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise QueryError(f"parameter {name!r} is not a variable of the query; write ?{name} where it goes")
    try:
        prepared = prepareQuery(query, initNs=PREFIXES)
    except Exception as e:  # pyparsing's ParseException and rdflib's "Unknown namespace prefix" alike
        raise QueryError(f"not a valid SPARQL query: {e}") from e
    bindings = {name: _term(value) for name, value in params.items() if value is not None}
    from rdflib.term import Variable
    _plan(prepared.algebra, frozenset(Variable(name) for name in bindings))
    try:
        result = rdf_graph.query(prepared, initBindings=bindings)
    except Exception as e:
        raise QueryError(f"SPARQL query failed: {e}") from e
    if result.type == "ASK":
        return Result(columns=["ask"], rows=[[bool(result.askAnswer)]])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted([_value(s), _value(p), _value(o)] for s, p, o in result.graph)
        return Result(columns=["subject", "predicate", "object"], rows=rows)
    columns = [str(v) for v in result.vars]
    return Result(columns=columns, rows=[[_value(row[i]) for i in range(len(columns))] for row in result])


def _plan(node, known: frozenset) -> frozenset:
    """Order the triple patterns of every BGP so each one joins on variables already bound.

    rdflib orders a BGP when it parses the query, before it knows which variables ``initBindings`` fill,
    and again when it starts evaluating it, by how many terms are unbound at that moment only (a stable
    sort): patterns that become bound one after the other keep the parse-time order, which can start with
    a scan of every relation node.  This pass reorders greedily (fewest unbound terms first, a bound
    subject before a bound object, rdf:type last, the query's own order on ties), counting as bound the
    parameters and the variables of what rdflib evaluates before (the left side of an OPTIONAL or of a
    lazy join), so rdflib's stable sort keeps a sensible order.  It changes the order of evaluation only,
    never the answer.  A pattern with a single variable still goes first whatever this does, which is
    why the stored queries have no ``?x a Class`` patterns: on the 11k-triple seed graph two of them made
    one query take 200 s instead of 0.1 s (benchmark if changing: bench/bench_rdf.py).  Returns the variables bound
    after ``node``.
    """
    from rdflib.namespace import RDF
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import BNode, Variable

    RDF_TYPE = RDF.type
    if not isinstance(node, CompValue):
        return known
    name = node.name
    if name == "BGP":
        todo = list(node.triples)
        order, bound = [], set(known)
        while todo:
            def cost(i):
                s, p, _ = todo[i]
                free = [t for t in todo[i] if isinstance(t, (Variable, BNode)) and t not in bound]
                # then: a bound subject (few answers) before a bound object, and an rdf:type pattern last
                # among those (``?x a eli:LegalResource`` has thousands, ``?d eli:id_local ?id`` one)
                return len(free), s in free, p == RDF_TYPE, i
            best = min(range(len(todo)), key=cost)
            triple = todo.pop(best)
            order.append(triple)
            bound.update(t for t in triple if isinstance(t, (Variable, BNode)))
        node["triples"] = order
        return frozenset(bound)
    if name == "Join":
        left = _plan(node.p1, known)
        right = _plan(node.p2, left if node.get("lazy") else known)
        return left | right
    if name == "LeftJoin":
        left = _plan(node.p1, known)
        _plan(node.p2, left)
        return left
    if name == "Union":
        return _plan(node.p1, known) & _plan(node.p2, known)
    if name == "Extend":
        return _plan(node.p, known) | {node.var}
    out = known
    for key, value in node.items():
        if key in ("p", "p1", "p2") or isinstance(value, CompValue) and key not in ("expr", "_vars"):
            out = out | _plan(value, known)
    return out


def _term(value):
    from rdflib import Literal, URIRef
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        return value
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
        if len(value) > 2 and value.startswith("<") and value.endswith(">"):
            return URIRef(value[1:-1])
    return Literal(value)


def _value(term):
    """A JSON-able value: IRIs as strings, literals as their Python value (dates as ISO strings)."""
    from rdflib import BNode, Literal

    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
            return value.isoformat()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (str, int, float, bool)):
            return value
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


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
    if values.get("id"):
        values["id"] = _resolve_document(rdf_graph, str(values["id"]))
    if values.get("body"):
        values["body"] = _resolve_body(rdf_graph, str(values["body"]))
    if values.get("locality"):
        found = gazetteer.lookup(str(values["locality"]))
        values["locality"] = found.name if found is not None else str(values["locality"]).strip()
    result = sparql(rdf_graph, q.text, values)
    result.columns = [c[:-1] if c.endswith("_") and len(c) > 1 else c for c in result.columns]
    return result


def _resolve_document(rdf_graph, raw: str) -> str:
    """The document id ``raw`` stands for in ``rdf_graph`` (vanban.domain.ids.resolve_id)."""
    from rdflib import Literal  # rdflib is imported where used: `vanban --help` stays fast

    from vanban.graph.vocab import ELI, SKOS

    raw = unicodedata.normalize("NFC", raw.strip())
    if (None, ELI.id_local, Literal(raw)) in rdf_graph:
        return raw
    entries = []
    for s, ident in rdf_graph.subject_objects(ELI.id_local):
        t = rdf_graph.value(s, ELI.type_document)
        type_word = rdf_graph.value(t, SKOS.prefLabel) if t is not None else None
        entries.append(DocumentEntry(str(ident), str(rdf_graph.value(s, ELI.number) or ""), str(type_word or ""),
                                     tuple(str(a) for a in rdf_graph.objects(s, SKOS.altLabel)),
                                     str(rdf_graph.value(s, ELI.title) or "")))
    found = resolve_id(raw, DocumentIndex.build(entries))
    if found.id is not None:
        return found.id
    if found.ambiguous:
        raise QueryError(f"{raw!r} stands for {len(found.candidates)} documents: {', '.join(found.candidates)}; "
                         f"give one of them")
    raise UnknownDocumentError(raw, found.candidates)


def _resolve_body(rdf_graph, raw: str) -> str:
    from vanban.graph.vocab import DCTERMS, ORG, RDF

    raw = unicodedata.normalize("NFC", raw.strip())
    key = number_key(raw)
    for body in sorted(rdf_graph.subjects(RDF.type, ORG.Organization)):
        ident = rdf_graph.value(body, DCTERMS.identifier)
        code = rdf_graph.value(body, ORG.identifier)
        if (ident is not None and number_key(ident) == key) or (code is not None and number_key(code) == key):
            return str(ident)
    return raw


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

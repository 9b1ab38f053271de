"""Build: the loaders' extractions become nodes and edges of the graph model (graph/model.py).

Two steps, so the embedded store can replace one file's facts without rebuilding the rest:

1. ``file_facts(extraction)`` -> ``FileFacts``: what one file says.  Nodes come with that file's *votes* for
   their properties (the values its mentions and header state), edges come with their provenance.
2. ``merge_node(label, ident, votes)`` -> the node's properties, merged from every file's votes: header
   values of a loaded document first, then the values stated at mentions, then the body its number's
   issuer code names; most frequent value wins, ties go to the smallest in sorted order.  Never load order:
   the same files in any order give the same graph.  The votes are summed into a *tally* (counts per
   value: ``add_vote``, ``node_from_tally``), which is what the store keeps per node, so one file's vote
   can be taken away again without reading the others'.

``build_graph(extractions)`` does both for a set of files and returns the ``networkx.MultiDiGraph``;
``canonical_hash(G)`` is a sha256 over the sorted nodes and edges with their attributes.

Edges (acting document -> acted-upon document, each with source_file, source_doc, evidence, line, start,
end, rule, planned, and page: the PDF/scan page, 0 for files without pages):

- every relation the file states (``Extraction.relations``), whoever the acting document is;
- the file's own document CITES each document it mentions, once per mention, with that mention's sentence;
  a mention gets no CITES edge when the file states a more specific relation for the same pair in the same
  sentence, and none when it names the file's own document (or its copy);
- ISSUED_BY to a Body: the header's issuer, and the issuer stated at each mention, or else the one its
  number's issuer code names (BTCTW, CP, QH13 — not TW, which is three bodies, nor a local code like TU);
- SIGNED_BY to a Person: the header's signer (and the copy block's);
- COPY_OF from a sao lục / sao y to the original, from the copy block (a CITES relation the file states
  for the same pair is folded into it: COPY_OF is the more specific);
- MENTIONS to a Locality, once per province mention with its sentence.  A place that is part of a body's
  name ("Ban Tổ chức Thành ủy Hà Nội") is not a mention of the place and gets no edge.

Body mentions that are nobody's issuer give no node: the model has no edge for "names a body".
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Dict, Iterable, Mapping, Optional, Tuple

from vanban.domain import gazetteer
from vanban.domain.codes import GENERIC_ISSUER_CODES, ISSUER_CODES, TYPE_CODES, TYPE_WORDS
from vanban.graph.model import (  # noqa: F401  (EDGE_ENDS, EDGE_ATTRS: their old home, still imported from here)
    DOCUMENT_RELATIONS,
    EDGE_ATTRS,
    EDGE_ENDS,
    EDGE_PROPERTIES,
    NODE_PROPERTIES,
    EdgeType,
    node_key,
)
from vanban.loaders.models import Extraction, Mention

if TYPE_CHECKING:   # networkx costs ~0.3 s to import: only the functions that build a graph import it
    import networkx as nx

# Rules recorded on the edges vanban makes itself (an extracted relation keeps the loaders' rule).
RULE_HEADER, RULE_SIGNATURE, RULE_COPY = "header", "signature", "copy-block"

_INT_DEFAULT = {"INT64": 0, "BOOLEAN": False, "STRING": "", "STRING[]": ()}


@dataclass
class FileFacts:
    """What one file contributes: node votes keyed by node key, and edges with provenance."""
    source_file: str
    doc: str                                        # the file's own document id
    nodes: Dict[str, Tuple[str, str, dict]] = field(default_factory=dict)   # key -> (label, id, vote)
    edges: Dict[Tuple[str, str, str], dict] = field(default_factory=dict)   # (u, v, key) -> attrs
    warnings: Tuple[str, ...] = ()                  # the extraction's (caps hit, OCR doubts): `load` prints them

    def vote(self, label: str, ident: str) -> dict:
        key = node_key(label, ident)
        if key not in self.nodes:
            self.nodes[key] = (label, ident, _empty_vote(label))
        return self.nodes[key][2]

    def add_edge(self, etype: str, source: str, target: str, **prov) -> None:
        src_label, dst_label = EDGE_ENDS[etype]
        u, v = node_key(src_label, source), node_key(dst_label, target)
        nodes = self.nodes
        if u not in nodes:
            nodes[u] = (src_label, source, _empty_vote(src_label))      # (``vote``'s, the keys made once)
        if v not in nodes:
            nodes[v] = (dst_label, target, _empty_vote(dst_label))
        attrs: Dict[str, Any] = {"type": etype, "source_file": self.source_file, "source_doc": self.doc, "evidence": "",
                 "line": 0, "start": -1, "end": -1, "rule": "", "planned": False, "scope": "", "partial": False,
                 "sources": [self.source_file], "count": 1, "page": 0}
        attrs.update({k: v for k, v in prov.items() if v is not None})
        attrs["line"], attrs["start"], attrs["end"] = int(attrs["line"]), int(attrs["start"]), int(attrs["end"])
        attrs["page"] = int(attrs["page"])
        attrs["planned"], attrs["partial"] = bool(attrs["planned"]), bool(attrs["partial"])
        self.edges[(u, v, edge_key(attrs))] = attrs


def _empty_vote(label: str) -> dict:
    if label == "Document":
        return {"own": {}, "seen": {}, "aliases": [], "doubt": [], "mentions": 0}
    if label == "Person":
        return {"position": []}
    return {}


_KEYLESS = {"sources", "count"}   # another copy of the text adds a source, not another edge


def edge_key(attrs: Mapping) -> str:
    """A deterministic key for a networkx multi-edge, from its content (never from insertion order)."""
    raw = "\x1f".join(str(attrs.get(a, "")) for a in EDGE_ATTRS if a not in _KEYLESS)
    return f"{attrs['type']}:{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:16]}"


# ---------------------------------------------------------------- one file
def file_doc_id(extraction: Extraction) -> str:
    """The file's own document id; a file whose number the loaders could not read is named after itself."""
    own = extraction.document
    return own.id or own.code or f"FILE:{Path(extraction.file).name}"


def _seen(vote: dict, prop: str, value) -> None:
    if value:
        vote["seen"].setdefault(prop, []).append(value)


def _own(vote: dict, **props) -> None:
    for prop, value in props.items():
        if value:
            vote["own"][prop] = value


def _same_sentence(rel, m: Mention) -> bool:
    if rel.start >= 0 and rel.end > rel.start:
        if rel.start <= m.start < rel.end:
            return True
        if m.evidence_start >= 0 and m.evidence_start < rel.end and rel.start < m.evidence_end:
            return True
        return False
    return rel.line == m.line


def file_facts(extraction: Extraction, source_file: Optional[str] = None) -> FileFacts:
    """The nodes (with this file's votes) and edges (with provenance) one extraction contributes.

    ``source_file`` overrides ``extraction.file`` as the provenance name (the store passes its own key).
    ValueError names the file when a relation is outside the closed vocabulary.
    """
    source_file = source_file or extraction.file
    own = extraction.document
    doc = file_doc_id(extraction)
    facts = FileFacts(source_file, doc, warnings=tuple(getattr(extraction, "warnings", ()) or ()))

    v = facts.vote("Document", doc)
    v["loaded"] = True
    _own(v, code=own.code, type=own.type, date=own.date, issuer=own.issuer, title=own.title,
         effective=getattr(own, "effective", None), expires=getattr(own, "expires", None),
         effect=getattr(own, "effect", None), effect_line=str(getattr(own, "effect_line", 0) or ""))   # a string: tally keys go through JSON
    if own.issuer:
        facts.add_edge("ISSUED_BY", doc, own.issuer, rule=RULE_HEADER)
    if own.signer:
        facts.vote("Person", own.signer)["position"].append(own.signer_position or "")
        facts.add_edge("SIGNED_BY", doc, own.signer, rule=RULE_SIGNATURE)

    selves = {doc}
    copy = own.copy
    copy_id = (copy.id or copy.code) if copy else None
    # The loaders may state the copy as "<copy> CITES <original>": that is the copy block, said as COPY_OF.
    copy_said = [r for r in extraction.relations
                 if copy_id and r.relation == "CITES" and (r.source, r.target) == (copy_id, doc)]
    if copy is not None and copy_id:
        selves.add(copy_id)
        cv = facts.vote("Document", copy_id)
        cv["loaded"] = True
        ctype = TYPE_CODES.get(_code_parts(copy.code or copy_id)[1] or "", ("",))[0] or None
        _own(cv, code=copy.code, type=ctype, date=copy.date, issuer=copy.issuer)
        said = min(copy_said, key=lambda r: (r.line, r.start)) if copy_said else None
        facts.add_edge("COPY_OF", copy_id, doc, rule=RULE_COPY, evidence=said.evidence if said else copy.form,
                       line=said.line if said else 0, start=said.start if said else -1, end=said.end if said else -1)
        if copy.issuer:
            facts.add_edge("ISSUED_BY", copy_id, copy.issuer, rule=RULE_COPY)
        if copy.signer:
            facts.vote("Person", copy.signer)["position"].append(copy.signer_position or "")
            facts.add_edge("SIGNED_BY", copy_id, copy.signer, rule=RULE_COPY)

    relations = []
    for rel in extraction.relations:
        if rel.relation not in DOCUMENT_RELATIONS:
            raise ValueError(f"{extraction.file}: line {rel.line}: relation {rel.relation!r} is not one of "
                             f"{', '.join(sorted(DOCUMENT_RELATIONS))}")
        if not rel.source or not rel.target:
            raise ValueError(f"{extraction.file}: line {rel.line}: a {rel.relation} relation without "
                             f"{'source' if not rel.source else 'target'} document")
        if rel in copy_said:
            continue   # the copy block already says it, as the more specific COPY_OF
        relations.append(rel)
        facts.add_edge(rel.relation, rel.source, rel.target, evidence=rel.evidence, line=rel.line,
                       start=rel.start, end=rel.end, rule=rel.rule, planned=rel.planned,
                       scope=getattr(rel, "scope", None) or "", partial=bool(getattr(rel, "partial", False)),
                       page=_page(rel))
    by_pair: Dict[Tuple[str, str], list] = {}
    for rel in relations:
        by_pair.setdefault((rel.source, rel.target), []).append(rel)

    # The loaders' own per-document doubt, when they give one, says it best; otherwise it is read from each
    # mention's candidates.
    stated_doubts = [d for d in getattr(extraction, "documents", ()) if d.doubt]
    for d in stated_doubts:
        facts.vote("Document", d.id)["doubt"].append(d.doubt)
    issued = set()
    for m in extraction.mentions:
        v = facts.vote("Document", m.id)
        v["mentions"] += 1
        for prop, value in (("code", m.code), ("type", m.type), ("date", m.date), ("issuer", m.issuer),
                            ("title", m.subject)):
            _seen(v, prop, value)
        if m.alias and m.surface:
            v["aliases"].append(m.surface)
        if m.candidates and not stated_doubts:
            v["doubt"].append("may stand for " + " or ".join(sorted(set(m.candidates))))
        planned = m.planned or m.draft
        evidence = m.evidence or m.surface
        issuer, rule = m.issuer, m.rule or "mention"
        if not issuer and m.code:
            # the issuer code in the number is more reliable than free text, when it names one body
            issuer = code_issuer(m.code)
            v["code_issuer"] = issuer or ""
            rule = f"issuer-code:{m.code}"
        if issuer and (m.id, issuer) not in issued:
            # once per document and body in a file (its first mention): a document cited by thousands of
            # files would otherwise carry an edge per mention, and replacing a file scans them all
            issued.add((m.id, issuer))
            facts.add_edge("ISSUED_BY", m.id, issuer, evidence=evidence, line=m.line, start=m.start,
                           end=m.end, rule=rule, planned=planned, page=_page(m))
        if m.id in selves:
            continue
        if any(_same_sentence(rel, m) for rel in by_pair.get((doc, m.id), ())):
            continue
        facts.add_edge("CITES", doc, m.id, evidence=evidence, line=m.line, start=m.start, end=m.end,
                       rule=m.rule or "mention", planned=planned, page=_page(m))

    for loc in extraction.localities:
        if loc.part_of_body:
            continue
        facts.add_edge("MENTIONS", doc, loc.name, evidence=getattr(loc, "evidence", "") or loc.surface,
                       line=loc.line, start=loc.start, end=loc.end, rule="gazetteer", page=_page(loc))
    return facts


# ---------------------------------------------------------------- one document, several files
def file_group(facts: FileFacts, sha256: str = "") -> str:
    """The document a file's facts belong to: its own document id (files holding the same document are one
    group, stored once).  A file without a number of its own (``FILE:name``) is grouped by its content."""
    if facts.doc.startswith("FILE:") and sha256:
        return "sha256:" + sha256
    return facts.doc


def _same_fact(attrs: Mapping) -> tuple:
    """What makes two files' edges the same fact: type, ends, rule, plan and the sentence (spaces folded);
    not the path, line or offsets, which differ between an annotated and a plain copy of a text."""
    return (attrs["type"], attrs["rule"], attrs["planned"], attrs.get("scope", ""), attrs.get("partial", False),
            " ".join(str(attrs["evidence"]).split()))


def _merge_votes(votes) -> dict:
    """One vote from several files holding the same document: a value they state once counts once."""
    out: dict = {}
    first = None
    for vote in votes:
        if not out:
            out, first = json.loads(json.dumps(vote)), vote
            continue
        if vote == first:       # every step below is idempotent: a vote merged again changes nothing
            continue
        for prop, value in vote.get("own", {}).items():
            out.setdefault("own", {}).setdefault(prop, value)
        for prop, values in vote.get("seen", {}).items():
            have = out.setdefault("seen", {}).setdefault(prop, [])
            for value in set(values):     # the multiset union: as many as the file that says it most
                have.extend([value] * (values.count(value) - have.count(value)))
        for key in ("aliases", "doubt", "position"):
            if key in vote:
                have = out.setdefault(key, [])
                have.extend(v for v in vote[key] if v not in have)
        if "mentions" in vote:
            out["mentions"] = max(out.get("mentions", 0), vote["mentions"])
        if vote.get("code_issuer") and not out.get("code_issuer"):
            out["code_issuer"] = vote["code_issuer"]
        if vote.get("loaded"):
            out["loaded"] = True
    return out


def group_facts(members: Iterable[FileFacts]) -> FileFacts:
    """The facts of one document read from several files (copies, annotated and plain texts), deduplicated.

    An edge several files state is one edge whose ``sources`` lists every one of them and ``count`` says how
    many; its path, line and offsets are the first file's (in path order).  The n-th statement of a fact in
    one file matches the n-th in another, so a sentence cited twice stays two edges.  Votes are merged so a
    value the files share counts once.  Deterministic in the set of members, whatever their order.
    """
    members = sorted(members, key=lambda f: f.source_file)
    if len(members) == 1:
        return members[0]
    out = FileFacts(members[0].source_file, members[0].doc)
    keys = sorted({k for f in members for k in f.nodes})
    for key in keys:
        label, ident = next(f.nodes[key][:2] for f in members if key in f.nodes)
        out.nodes[key] = (label, ident, _merge_votes(f.nodes[key][2] for f in members if key in f.nodes))
    merged: dict = {}
    for f in members:
        seen: dict = {}
        for fact, attrs in _facts_in_order(f):
            nth = seen[fact] = seen.get(fact, -1) + 1
            got = merged.get((fact, nth))
            if got is None:
                merged[(fact, nth)] = (dict(attrs, sources=[f.source_file], count=1), {f.source_file})
            elif f.source_file not in got[1]:
                got[1].add(f.source_file)
                got[0]["sources"].append(f.source_file)
                got[0]["count"] = len(got[1])
    for (fact, _nth), (attrs, _files) in merged.items():
        out.edges[(fact[0], fact[1], edge_key(attrs))] = attrs
    return out


def _facts_in_order(facts: FileFacts) -> list:
    """[((u, v) + ``_same_fact``, attrs)] of a file's edges in line order, kept on the facts: a document that n
    files hold is merged again from all of them each time one more comes in (the load remembers their facts,
    graph/loading.py), and folding every sentence's spaces each time made that n x its edges x a sentence."""
    got = facts.__dict__.get("_in_order")
    if got is None or got[0] != len(facts.edges):
        got = (len(facts.edges), [((u, v) + _same_fact(attrs), attrs) for (u, v, _k), attrs in
                                  sorted(facts.edges.items(), key=lambda e: (e[1]["line"], e[1]["start"], e[0]))])
        facts.__dict__["_in_order"] = got
    return got[1]


def _page(fact) -> int:
    """The PDF/scan page a fact stands on (loaders/formats), 0 when its file has no pages."""
    return getattr(fact, "page", None) or 0


# ---------------------------------------------------------------- merging votes into properties
_PARTY_CODE = re.compile(r"^(?P<number>\d+[A-Za-z]?)-(?P<type>[^/\s]+)/(?P<issuer>\S+)$")   # "21-KL/TW"
_STATE_CODE = re.compile(r"^(?P<number>\d+)/(?:\d{4}/)?(?P<type>[^-/\s]+)(?:-(?P<issuer>\S+))?$")  # "15/2020/NĐ-CP"


def _code_parts(code: str) -> Tuple[str, Optional[str]]:
    """(number, type code) of a normalised number: ``("21", "KL")`` for "21-KL/TW", ``("15", "NĐ")``."""
    if not code:
        return "", None
    m = _PARTY_CODE.match(code)
    if m:
        return m.group("number"), m.group("type")
    m = _STATE_CODE.match(code)
    if m:
        t = m.group("type")
        return m.group("number"), t if t in TYPE_CODES else None
    num = re.match(r"\d+", code)
    return (num.group(0) if num else ""), None


def new_tally() -> dict:
    """The sufficient statistics of a node's votes: counts per value, so a file's vote can be added or taken
    away again without reading any other file's (the store keeps one tally per node)."""
    return {"n": 0}


def _count(bucket: dict, value, sign: int) -> None:
    if not value:
        return
    c = bucket.get(value, 0) + sign
    if c:
        bucket[value] = c
    else:
        bucket.pop(value, None)


def add_vote(tally: dict, source_file: str, vote: Mapping, sign: int = 1) -> dict:
    """Add (``sign=1``) or take away (``sign=-1``) one file's vote for a node; returns the tally."""
    tally["n"] = tally.get("n", 0) + sign
    for part in ("own", "seen"):
        for prop, values in vote.get(part, {}).items():
            bucket = tally.setdefault(part, {}).setdefault(prop, {})
            for value in ([values] if part == "own" else values):
                _count(bucket, value, sign)
    for key in ("aliases", "doubt", "position"):
        for value in set(vote.get(key, ())):
            _count(tally.setdefault(key, {}), value, sign)
    _count(tally.setdefault("code_issuer", {}), vote.get("code_issuer"), sign)
    if vote.get("loaded"):
        _count(tally.setdefault("loaded", {}), source_file, sign)
    tally["mentions"] = tally.get("mentions", 0) + sign * int(vote.get("mentions", 0))
    return tally


def _pick_counts(counts: Optional[Mapping]) -> Optional[str]:
    """Most frequent value; a tie goes to the smallest in sorted order (never to the first seen)."""
    if not counts:
        return None
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)


def node_from_tally(label: str, ident: str, tally: Mapping) -> dict:
    """A node's attributes (``label``, ``id`` and every property of its label) from its tally."""
    props: Dict[str, Any] = {p: _INT_DEFAULT[t] for p, t in NODE_PROPERTIES[label].items()}
    props["id"] = ident
    if label == "Document":
        own, seen = tally.get("own", {}), tally.get("seen", {})
        for prop in ("code", "type", "date", "issuer", "title"):
            props[prop] = _pick_counts(own.get(prop)) or _pick_counts(seen.get(prop)) or ""
        if not props["issuer"]:
            props["issuer"] = _pick_counts(tally.get("code_issuer")) or ""
        for prop in ("effective", "expires", "effect"):      # only the document's own text says these
            props[prop] = _pick_counts(own.get(prop)) or ""
        props["effect_line"] = int(_pick_counts(own.get("effect_line")) or 0)
        number, type_code = _code_parts(props["code"])
        props["number"] = number
        props["type_code"] = type_code or TYPE_WORDS.get(props["type"], "")
        props["year"] = int(props["date"][:4]) if re.match(r"\d{4}", props["date"]) else 0
        loaded = sorted(tally.get("loaded", {}))
        props["loaded"] = bool(loaded)
        props["source_file"] = loaded[0] if loaded else ""
        props["aliases"] = sorted(tally.get("aliases", {}))
        props["doubt"] = "; ".join(sorted(tally.get("doubt", {})))
        props["mention_count"] = int(tally.get("mentions", 0))
    elif label == "Person":
        props["name"] = ident
        props["position"] = _pick_counts(tally.get("position")) or ""
    elif label == "Body":
        props["name"] = ident
        props["code"] = _BODY_CODES.get(ident, "")
    elif label == "Locality":
        props.update(locality_properties(ident))
    return {"label": label, **{k: list(v) if isinstance(v, tuple) else v for k, v in props.items()}}


def merge_node(label: str, ident: str, votes: Mapping[str, dict]) -> dict:
    """A node's attributes from the votes of each file (``votes``: source file -> that file's vote).

    Deterministic in the set of votes, whatever their order: header values of a loaded document first,
    then the values stated at mentions, then the body its number's issuer code names.
    """
    tally = new_tally()
    for f in sorted(votes):
        add_vote(tally, f, votes[f])
    return node_from_tally(label, ident, tally)


def vote_from_attrs(attrs: Mapping) -> dict:
    """A vote that gives back ``attrs``' properties: how a whole graph enters the store (``write_graph``)."""
    label = attrs["label"]
    vote = _empty_vote(label)
    if label == "Document":
        vote["own"] = {p: attrs[p] for p in ("code", "type", "date", "issuer", "title", "effective", "expires",
                                             "effect") if attrs.get(p)}
        if attrs.get("effect_line"):
            vote["own"]["effect_line"] = str(attrs["effect_line"])
        vote["aliases"] = list(attrs.get("aliases") or ())
        vote["doubt"] = [attrs["doubt"]] if attrs.get("doubt") else []
        vote["mentions"] = int(attrs.get("mention_count") or 0)
        vote["loaded"] = bool(attrs.get("loaded"))
    elif label == "Person" and attrs.get("position"):
        vote["position"] = [attrs["position"]]
    return vote


# Issuer codes that do not name one body (vanban.domain.codes.GENERIC_ISSUER_CODES): TW is the Central
# Committee, the Politburo or the Secretariat (the text says which), a local code ("TU", "UBND") one of dozens.
def code_issuer(code: str) -> Optional[str]:
    """The body a number's issuer code names: ``code_issuer("20-HD/BTCTW") == "Ban Tổ chức Trung ương"``,
    ``code_issuer("15/2020/NĐ-CP") == "Chính phủ"``, ``code_issuer("80/2015/QH13") == "Quốc hội"``; None for a
    generic code (``"21-KL/TW"``, ``"25-KH/TU"``) or an unknown one."""
    m = _PARTY_CODE.match(code or "")
    if m:
        ic = m.group("issuer")
    else:
        m = _STATE_CODE.match(code or "")
        if not m:
            return None
        ic = m.group("issuer") or (m.group("type") if m.group("type") not in TYPE_CODES else None)
    if not ic:
        return None
    ic = re.sub(r"\d+$", "", ic)     # "QH13" -> "QH": the term number
    if ic in GENERIC_ISSUER_CODES or ic.endswith("UBND") or ic.endswith("HĐND"):
        return None
    return ISSUER_CODES.get(ic)


# A canonical body's issuer code, where the code table names exactly that body ("Ban Tổ chức Trung ương" -> BTCTW).
_BODY_CODES: Dict[str, str] = {}
for _code, _body in ISSUER_CODES.items():
    _BODY_CODES.setdefault(_body, _code)


def locality_properties(name: str) -> dict:
    """``name``, ``status``, ``merged_into`` and ``code`` of a province from the gazetteer (vanban.domain.gazetteer).

    status: "legacy" (one of the 63 that ceased to exist on 2025-07-01), "current" (a 2025-only name),
    "both" (a name in both lists: "Quảng Ninh", "Hà Nội", "Quảng Ngãi").  merged_into: the 2025 province a
    legacy one became part of (itself for "both").
    """
    out = {"name": name, "status": "", "merged_into": "", "code": ""}
    legacy = gazetteer.lookup(name, era=gazetteer.LEGACY)
    current = gazetteer.lookup(name, era=gazetteer.CURRENT)
    if legacy is not None and legacy.name == name:
        out["code"] = legacy.code
        out["merged_into"] = legacy.merged_into or ""
        out["status"] = "both" if current is not None and current.name == name else "legacy"
    elif current is not None and current.name == name:
        out.update(status="current", merged_into=name, code=current.code)
    return out


# ---------------------------------------------------------------- the whole graph
def graph_from_facts(all_facts: Iterable[FileFacts]) -> nx.MultiDiGraph:
    """The MultiDiGraph of several files' facts (nodes merged from every file's votes)."""
    votes: Dict[str, Dict[str, dict]] = {}
    labels: Dict[str, Tuple[str, str]] = {}
    edges = {}
    for facts in all_facts:
        for key, (label, ident, vote) in facts.nodes.items():
            labels[key] = (label, ident)
            votes.setdefault(key, {})[facts.source_file] = vote
        edges.update(facts.edges)
    import networkx as nx

    G = nx.MultiDiGraph()
    for key in sorted(labels):
        label, ident = labels[key]
        G.add_node(key, **merge_node(label, ident, votes[key]))
    for (u, v, k) in sorted(edges):
        G.add_edge(u, v, key=k, **edges[(u, v, k)])
    return G


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """The graph of a set of extractions: same set in any order -> the same graph.

    A file given twice (same ``file``) counts once: its last extraction wins, as a reload would.  Files
    holding the same document are one document (``group_facts``), as in the store.
    """
    by_file = {}
    for ex in extractions:
        by_file[ex.file] = (file_facts(ex), ex.sha256)
    return graph_from_facts(facts_by_document(by_file[f] for f in sorted(by_file)))


def facts_by_document(files: Iterable[Tuple[FileFacts, str]]) -> list:
    """(facts, sha256) of files -> one FileFacts per document (``file_group``), copies merged."""
    groups: Dict[str, list] = {}
    for facts, sha in files:
        groups.setdefault(file_group(facts, sha), []).append(facts)
    return [group_facts(groups[g]) for g in sorted(groups)]


def _jsonable(value):
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def canonical_hash(G: nx.MultiDiGraph) -> str:
    """sha256 over the sorted nodes and edges with all their attributes (independent of insertion order)."""
    h = hashlib.sha256()
    for n in sorted(G.nodes):
        attrs = {k: _jsonable(v) for k, v in G.nodes[n].items()}
        h.update(json.dumps(["N", n, attrs], ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    for u, v, k, attrs in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        attrs = {a: _jsonable(x) for a, x in attrs.items()}
        h.update(json.dumps(["E", u, v, str(k), attrs], ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()

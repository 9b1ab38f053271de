"""A synthetic graph of the real model's shape, for benchmarks and scale tests (not for accuracy).

``synthetic_graph(n_documents)`` builds a deterministic MultiDiGraph with Party and state documents,
bodies, provinces, signers and every relation type, each edge with provenance, so exporters, stores,
pushes and views can be measured at 10k-100k documents.
"""
from __future__ import annotations

import random

import networkx as nx

from vanban.graph.model import Relation, node_key

_PARTY_TYPES = [("NQ", "Nghị quyết"), ("KL", "Kết luận"), ("QĐ", "Quy định"), ("HD", "Hướng dẫn"),
                ("KH", "Kế hoạch"), ("CT", "Chỉ thị"), ("TB", "Thông báo"), ("BC", "Báo cáo")]
_PARTY_ISSUERS = [("TW", "Bộ Chính trị"), ("BTCTW", "Ban Tổ chức Trung ương"), ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
                  ("VPTW", "Văn phòng Trung ương Đảng")]
_STATE_TYPES = [("NĐ-CP", "Nghị định", "Chính phủ"), ("TT-BNV", "Thông tư", "Bộ Nội vụ"), ("QH15", "Luật", "Quốc hội"),
                ("QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ")]
_PROVINCES = ["Hà Nội", "Quảng Ninh", "Quảng Ngãi", "Hậu Giang", "Long An", "Thành phố Hồ Chí Minh", "Đắk Lắk",
              "Thừa Thiên Huế", "Yên Bái", "Khánh Hòa"]
_RELATIONS = [r.value for r in Relation if r.is_document_relation]


def synthetic_graph(n_documents: int = 10_000, seed: int = 7, edges_per_document: float = 3.0) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    docs = []
    for i in range(n_documents):
        year = 2005 + i % 20
        if i % 3 == 2:
            code, tname, issuer = _STATE_TYPES[i % len(_STATE_TYPES)]
            ident = f"{i + 1}/{year}/{code}" if tname != "Quyết định" else f"{i + 1}/{code}"
            type_code = code.split("-")[0] if "-" in code else "L"
        else:
            (type_code, tname), (icode, issuer) = _PARTY_TYPES[i % 8], _PARTY_ISSUERS[i % 4]
            ident = f"{i + 1}-{type_code}/{icode}"
        date = f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        key = node_key("Document", ident)
        G.add_node(key, label="Document", id=ident, code=ident, number=str(i + 1), type=tname, type_code=type_code,
                   date=date, year=year, issuer=issuer, title=f"về nội dung thử nghiệm số {i + 1}",
                   loaded=i % 2 == 0, source_file=f"synthetic/{i:06d}.txt" if i % 2 == 0 else "",
                   aliases=[], doubt="", mention_count=0, effective="", expires="", effect="", effect_line=0)
        bkey = node_key("Body", issuer)
        if bkey not in G:
            G.add_node(bkey, label="Body", id=issuer, name=issuer, code="")
        G.add_edge(key, bkey, key="ISSUED_BY", type="ISSUED_BY", **_prov(ident, "header", False))
        docs.append((key, ident))
    for p in _PROVINCES:
        G.add_node(node_key("Locality", p), label="Locality", id=p, name=p, status="legacy", merged_into="", code="")
    for i, (key, ident) in enumerate(docs):
        if i == 0:
            continue
        for _ in range(max(1, int(rng.expovariate(1 / edges_per_document)))):
            j = rng.randrange(0, i)  # cite an older document: the graph stays a DAG like real citations
            rel = _RELATIONS[rng.randrange(len(_RELATIONS))]
            planned = rng.random() < 0.05
            tkey = docs[j][0]
            G.add_edge(key, tkey, key=f"{rel}:{i}:{j}", type=rel, **_prov(ident, f"cue:{rel.lower()}", planned))
            G.nodes[tkey]["mention_count"] += 1
        if i % 7 == 0:
            p = _PROVINCES[i % len(_PROVINCES)]
            G.add_edge(key, node_key("Locality", p), key="MENTIONS", type="MENTIONS", **_prov(ident, "gazetteer", False))
    return G


def _prov(ident, rule, planned):
    return dict(source_file=f"synthetic/{ident}", source_doc=ident,
                evidence=f"Câu minh họa của văn bản {ident}.", line=1, start=0, end=10, rule=rule, planned=planned,
                scope="", partial=False, sources=[f"synthetic/{ident}"], count=1)

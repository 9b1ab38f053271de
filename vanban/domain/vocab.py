"""The closed vocabulary of the graph: node labels and the one enum of relationship types.

Each ``Relation`` member carries what every part of vanban needs to know about it, so no other module keeps a
table of its own: whether it links two documents, its Vietnamese label (as the portals write it; the views'
legend and ``graph/vanban.ttl`` both use it), its English label, the RDF property that states it (an ELI term
where ELI has one, else vanban's ``vb:`` subproperty), whether it changes the target's validity status, and
its strength (a stronger relation wins over a weaker one stated for the same pair in one sentence).

>>> Relation.AMENDS == "AMENDS"
True
>>> Relation("REPEALS").label_vi, Relation.REPEALS.rdf_term, Relation.REPEALS.affects_status
('bãi bỏ', 'eli:repeals', True)
>>> [r.value for r in STATUS_RELATIONS]
['REPEALS', 'REPLACES', 'SUSPENDS', 'AMENDS']
"""
from __future__ import annotations

from enum import Enum
from typing import Tuple


class NodeLabel(str, Enum):
    """The four kinds of node."""
    DOCUMENT = "Document"
    BODY = "Body"
    LOCALITY = "Locality"
    PERSON = "Person"

    def __str__(self) -> str:
        return self.value


class Relation(str, Enum):
    """Every relationship type in the graph (acting node -> acted-upon node).

    Members are listed in the order the graph has always listed them (structural first); ``strength``
    gives the order of precedence among document relations (0 is the strongest).
    """
    #               document?  Vietnamese label                 English label        RDF term               status  strength
    ISSUED_BY = ("ISSUED_BY", False, "cơ quan ban hành", "issued by", "eli:passed_by", False, 100)       # Document -> Body
    SIGNED_BY = ("SIGNED_BY", False, "người ký", "signed by", "vb:signed_by", False, 101)                 # Document -> Person
    MENTIONS = ("MENTIONS", False, "nêu địa phương", "mentions locality", "vb:mentions", False, 102)      # Document -> Locality
    COPY_OF = ("COPY_OF", False, "bản sao của", "copy of", "vb:copy_of", False, 103)                     # sao lục / sao y -> original
    AMENDS = ("AMENDS", True, "sửa đổi, bổ sung", "amends", "eli:amends", True, 5)
    REPLACES = ("REPLACES", True, "thay thế", "replaces", "vb:replaces", True, 1)
    REPEALS = ("REPEALS", True, "bãi bỏ", "repeals", "eli:repeals", True, 0)
    SUSPENDS = ("SUSPENDS", True, "đình chỉ, tạm ngưng hiệu lực", "suspends", "vb:suspends", True, 2)
    CORRECTS = ("CORRECTS", True, "đính chính", "corrects", "eli:corrects", False, 3)
    CONSOLIDATES = ("CONSOLIDATES", True, "hợp nhất", "consolidates", "eli:consolidates", False, 4)
    GUIDES = ("GUIDES", True, "hướng dẫn", "guides", "vb:guides", False, 6)
    IMPLEMENTS = ("IMPLEMENTS", True, "thực hiện", "implements", "eli:applies", False, 7)
    REVIEWS = ("REVIEWS", True, "sơ kết, tổng kết", "reviews", "vb:reviews", False, 8)
    BASED_ON = ("BASED_ON", True, "căn cứ", "based on", "eli:based_on", False, 9)
    CITES = ("CITES", True, "dẫn chiếu", "cites", "eli:cites", False, 10)

    is_document_relation: bool
    label_vi: str
    label_en: str
    rdf_term: str
    affects_status: bool
    strength: int

    def __new__(cls, value: str, is_document: bool, label_vi: str, label_en: str, rdf_term: str,
                affects_status: bool, strength: int) -> "Relation":
        member = str.__new__(cls, value)
        member._value_ = value
        member.is_document_relation = is_document
        member.label_vi = label_vi
        member.label_en = label_en
        member.rdf_term = rdf_term
        member.affects_status = affects_status
        member.strength = strength
        return member

    def __str__(self) -> str:
        return self.value


# Document -> document relations, strongest first (the precedence relate.py applies within one sentence).
DOCUMENT_RELATIONS_BY_STRENGTH: Tuple[Relation, ...] = tuple(
    sorted((r for r in Relation if r.is_document_relation), key=lambda r: r.strength))
DOCUMENT_RELATIONS = frozenset(r.value for r in Relation if r.is_document_relation)
# Relations that change the target's validity status, strongest first (the `status` query reads them).
STATUS_RELATIONS: Tuple[Relation, ...] = tuple(r for r in DOCUMENT_RELATIONS_BY_STRENGTH if r.affects_status)

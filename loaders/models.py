"""The loaders' result objects: the output contract of ``vanban extract --json``.

Frozen dataclasses (eyecite habit): every fact carries its span into the *original* text
(``start``/``end`` are character offsets into the decoded file, ``line`` is 1-based) and the
evidence it came from.  ``to_dict()`` gives exactly the JSON contract of issue #2:

    {"file", "document": {...}, "mentions": [...], "relations": [...], "localities": [...], "bodies": [...]}
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Dict, Optional, Tuple


@dataclass(frozen=True)
class Mention:
    """One reference to a specific document in the text."""
    id: str                      # resolved identity ("98-QĐ/TW@2004-03-22" style when a number is ambiguous)
    code: Optional[str]          # normalised number "21-KL/TW", "15/2020/NĐ-CP"; None for named references
    type: Optional[str]          # "Kết luận", "Quy định", "Nghị định" ... from the word in the text
    date: Optional[str]          # ISO date stated at the mention
    issuer: Optional[str]        # canonical body stated at the mention (or from the issuer code)
    subject: Optional[str]       # the "về ..." title, without "về"
    line: int
    start: int
    end: int
    surface: str
    footnote: Optional[int] = None   # footnote number when the mention sits in a footnote
    planned: bool = False            # a document still to be produced (task, plan)
    draft: bool = False              # "Dự thảo ..."
    alias: bool = False              # the surface names the document without its number
    candidates: Tuple[str, ...] = ()  # identity doubt: the ids this mention may stand for
    rule: str = ""                   # which pattern found it
    evidence: str = ""               # the sentence (or footnote) carrying the mention
    evidence_start: int = -1         # its span in the original text
    evidence_end: int = -1
    page: Optional[int] = None       # 1-based page of a PDF or scan; None for other formats


@dataclass(frozen=True)
class Relation:
    """A typed edge acting document -> acted-upon document, with its evidence."""
    source: str
    relation: str                # one of vanban.graph.model.RelationType
    target: str
    planned: bool
    line: int
    evidence: str                # the sentence (or clause) the edge was read from
    rule: str                    # the rule that fired, e.g. "cue:sửa đổi, bổ sung"
    start: int = -1              # span of the evidence in the original text
    end: int = -1
    scope: Optional[str] = None  # the part acted on ("khoản 2 Điều 17", "cụm từ"); None for the whole document
    partial: bool = False        # the act touches only ``scope``: the target is amended/repealed in part
    page: Optional[int] = None   # 1-based page of a PDF or scan; None for other formats


@dataclass(frozen=True)
class LocalityMention:
    name: str                    # canonical province name (63-province gazetteer, before 2025-07-01)
    surface: str
    line: int
    start: int
    end: int
    part_of_body: bool = False   # "Ban Tổ chức Thành ủy Hà Nội": the place is part of a body's name
    footnote: Optional[int] = None
    evidence: str = ""           # the sentence naming the place
    evidence_start: int = -1
    evidence_end: int = -1
    page: Optional[int] = None   # 1-based page of a PDF or scan; None for other formats


@dataclass(frozen=True)
class BodyMention:
    name: str                    # canonical body name ("Ban Tổ chức Trung ương")
    surface: str
    line: int
    start: int
    end: int
    footnote: Optional[int] = None


@dataclass(frozen=True)
class Copy:
    """A copy block (SAO LỤC / SAO Y / SAO Y BẢN CHÍNH) stamped on the file's document."""
    form: str                    # "SAO LỤC", "SAO Y", ...
    id: Optional[str]
    code: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    place: Optional[str] = None
    signer: Optional[str] = None
    signer_position: Optional[str] = None


@dataclass(frozen=True)
class Received:
    """An incoming register stamp ("ĐẾN Số: 18 Ngày: 09/01/2023")."""
    number: Optional[str]
    date: Optional[str]
    receiver: Optional[str] = None


@dataclass(frozen=True)
class OwnDocument:
    """The file's own document, read from its header and signature block."""
    id: Optional[str]
    code: Optional[str]
    type: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    title: Optional[str]
    signer: Optional[str] = None
    signer_position: Optional[str] = None
    place: Optional[str] = None
    copy: Optional[Copy] = None
    received: Optional[Received] = None
    parent: Optional[str] = None         # the body the header names above the issuer ("Ủy ban nhân dân tỉnh Lào Cai")
    effective: Optional[str] = None      # ISO date it takes effect, from its own effect clause (loaders/effect.py)
    expires: Optional[str] = None        # ISO date it ceases ("hết / ngưng hiệu lực từ ngày …")
    effect: str = ""                     # the effect clause's sentence(s): the evidence of both dates
    effect_line: int = 0                 # its 1-based line (0 when the text has none)


@dataclass(frozen=True)
class Document:
    """A document as this file describes it: its own, its copy's, and every cited one (merged from mentions)."""
    id: str
    code: Optional[str]
    type: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    title: Optional[str]
    aliases: Tuple[str, ...] = ()
    doubt: str = ""              # identity doubt ("may be any of 98-QĐ/TW@2004, ...")
    mention_count: int = 0
    planned: bool = False        # only ever mentioned as a plan or a draft
    own: bool = False            # the file's own document (or its copy)


@dataclass(frozen=True)
class Extraction:
    """Everything the loaders read from one file."""
    file: str
    document: OwnDocument
    mentions: Tuple[Mention, ...] = ()
    relations: Tuple[Relation, ...] = ()
    localities: Tuple[LocalityMention, ...] = ()
    bodies: Tuple[BodyMention, ...] = ()
    documents: Tuple[Document, ...] = ()
    sha256: str = ""             # of the file's bytes: the store skips unchanged files by it
    encoding: str = "utf-8"
    warnings: Tuple[str, ...] = field(default=())
    format: str = "txt"          # the reader: txt, md, pdf, docx, doc, html, image, json (loaders/formats)
    pages: int = 0               # pages of a PDF or scan; 0 for formats without pages
    ocr_pages: Tuple[int, ...] = ()   # 1-based pages whose text is OCR's
    ocr_confidence: Tuple[float, ...] = ()   # Tesseract's mean word confidence (0-100) of each of those pages

    def to_dict(self) -> Dict[str, Any]:
        d = asdict(self)
        for key in ("mentions", "relations", "localities", "bodies", "documents"):
            d[key] = list(d[key])              # JSON arrays: json.loads(json.dumps(d)) == d
        for m in d["mentions"]:
            m["candidates"] = list(m["candidates"])
        d["warnings"] = list(d["warnings"])
        d["ocr_pages"] = list(d["ocr_pages"])
        d["ocr_confidence"] = list(d["ocr_confidence"])
        for doc in d["documents"]:
            doc["aliases"] = list(doc["aliases"])
        return d

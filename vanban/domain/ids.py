"""The one document-id resolver: what a user types -> the document id a backend holds.

Every command that takes a document (stored queries on LadybugDB, Neo4j and RDF, the views, ``show``) resolves
it here, so all accept the same spellings:

- the id itself, or a qualified id when a number was reused ("98-QĐ/TW@2004");
- type words and "số" before the number ("Nghị quyết 21-NQ/TW", "số 21-KL/TW", "Quyết định số: 12/2024/QĐ-TTg");
- any dash, Ð for Đ, any case, missing diacritics, spaces ("21 - NQ/TW"), leading zeros;
- short forms when only one document fits ("Nghị quyết 21", "Kết luận 21");
- names, through the title and the aliases ("Luật Thủy lợi", "Nghị quyết Đại hội XIII").

When several documents fit, ``Resolution.candidates`` lists them and ``id`` is None; when none does, the
candidates are the close ids to suggest.

>>> index = DocumentIndex.build([
...     DocumentEntry("21-NQ/TW", code="21-NQ/TW", type="Nghị quyết"),
...     DocumentEntry("98-QĐ/TW@2004", code="98-QĐ/TW", type="Quy định"),
...     DocumentEntry("98-QĐ/TW@2017", code="98-QĐ/TW", type="Quy định"),
...     DocumentEntry("08/2017/QH14", code="08/2017/QH14", type="Luật", title="Thủy lợi")])
>>> resolve_id("Nghị quyết số 21 – nq/tw", index).id
'21-NQ/TW'
>>> resolve_id("98-QD/TW", index).candidates
('98-QĐ/TW@2004', '98-QĐ/TW@2017')
>>> resolve_id("Luat Thuy loi", index).id
'08/2017/QH14'
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from vanban.domain.codes import SHORT_BODY_NAMES, TYPE_CODES, TYPE_WORDS
from vanban.domain.numbers import DASHES, number_key, parse_number
from vanban.domain.text import ascii_key, fix_d

# How a resolution was reached (``Resolution.how``).
EXACT, NUMBER, SHORT, NAME, AMBIGUOUS, UNKNOWN = "exact", "number", "short", "name", "ambiguous", "unknown"

_DOCUMENT_PREFIX = "Document:"
# Type words by their ascii key, longest first ("thongtulientich" before "thongtu").
_TYPE_BY_KEY = {ascii_key(w): w for w in sorted(TYPE_WORDS, key=len, reverse=True)}
_FIRST_DIGIT = re.compile(r"\d")
_SO = re.compile(r"(?:^|(?<=\s))(?:số|so|Số|SỐ|SO)\s*:?\s*$")


@dataclass(frozen=True)
class DocumentEntry:
    """What a backend knows of one document that a user may name it by."""
    id: str
    code: str = ""
    type: str = ""
    aliases: Tuple[str, ...] = ()
    title: str = ""


@dataclass(frozen=True)
class Resolution:
    """The document ``text`` stands for (``id``), or None with ``candidates``: the documents it could be
    (``how == "ambiguous"``) or the close ids to suggest (``how == "unknown"``)."""
    id: Optional[str]
    candidates: Tuple[str, ...] = ()
    how: str = EXACT

    @property
    def ambiguous(self) -> bool:
        return self.how == AMBIGUOUS


@dataclass
class DocumentIndex:
    """The documents a backend holds, with the keys the resolver compares (built once per lookup)."""
    entries: Tuple[DocumentEntry, ...]
    ids: Dict[str, DocumentEntry] = field(default_factory=dict)
    by_key: Dict[str, List[str]] = field(default_factory=dict)        # number key of id or code -> ids
    by_name: Dict[str, List[str]] = field(default_factory=dict)       # ascii key of a title/alias -> ids

    @classmethod
    def build(cls, entries: Iterable[DocumentEntry]) -> DocumentIndex:
        index = cls(tuple(sorted(entries, key=lambda e: e.id)))
        for e in index.entries:
            index.ids[e.id] = e
            for text in {e.id, e.code} - {""}:
                _add(index.by_key, number_key(text), e.id)
            names = set(e.aliases)
            if e.title:
                names.update({e.title, f"{e.type} {e.title}".strip()})
            for name in names:
                if name and name.strip():
                    _add(index.by_name, ascii_key(name), e.id)
        return index

    @classmethod
    def from_rows(cls, rows: Iterable[Sequence[Any]]) -> DocumentIndex:
        """From rows of (id, code, type, aliases, title), any trailing ones missing, as a store returns them."""
        entries = []
        for row in rows:
            row = list(row) + [None] * (5 - len(row))
            ident, code, type_, aliases, title = row[:5]
            if ident in (None, ""):
                continue
            entries.append(DocumentEntry(str(ident), str(code or ""), str(type_ or ""),
                                         tuple(str(a) for a in (aliases or ()) if a), str(title or "")))
        return cls.build(entries)


def _add(table: Dict[str, List[str]], key: str, ident: str) -> None:
    if key:
        ids = table.setdefault(key, [])
        if ident not in ids:
            ids.append(ident)


def normalize_id(text: str) -> str:
    """What a user typed, tidied: NFC, Ð as Đ, one kind of dash, no "Document:" prefix, and no type word or
    "số" before a number.  ``normalize_id("Quyết định số: 12/2024/QĐ–TTg") == "12/2024/QĐ-TTg"``."""
    return _split(text)[1]


def _split(text: str) -> Tuple[Optional[str], str]:
    """(type word or None, the rest) of what a user typed."""
    s = fix_d(unicodedata.normalize("NFC", str(text))).strip()
    s = s.translate({ord(c): "-" for c in DASHES})
    if s.startswith(_DOCUMENT_PREFIX):
        s = s[len(_DOCUMENT_PREFIX):].strip()
    m = _FIRST_DIGIT.search(s)
    if not m or m.start() == 0:
        return None, s
    head, rest = s[:m.start()], s[m.start():]
    head = _SO.sub("", head).strip()
    if not head:
        return None, rest.strip()
    word = _TYPE_BY_KEY.get(ascii_key(head))
    if word is None:
        return None, s          # "Nghị quyết Trung ương 5": a name, not a type word before a number
    return word, rest.strip()


def _type_code(entry: DocumentEntry) -> Optional[str]:
    parts = parse_number(entry.code) if entry.code else None
    if parts and parts.type_code:
        return parts.type_code
    return TYPE_WORDS.get(entry.type)


def _number(entry: DocumentEntry) -> Optional[str]:
    parts = parse_number(entry.code or entry.id.partition("@")[0])
    return parts.number if parts else None


def resolve_id(text: str, index: DocumentIndex, *, close_cutoff: float = 0.6) -> Resolution:
    """The document ``text`` stands for in ``index`` (see the module docstring)."""
    raw = unicodedata.normalize("NFC", str(text)).strip()
    if raw.startswith(_DOCUMENT_PREFIX) and raw[len(_DOCUMENT_PREFIX):].strip() in index.ids:
        return Resolution(raw[len(_DOCUMENT_PREFIX):].strip())
    if raw in index.ids:
        return Resolution(raw)
    word, rest = _split(raw)
    key = number_key(rest)
    hits = list(index.by_key.get(key, ()))
    if not hits and "@" in key:
        # "98-QĐ/TW@2004" when the id carries the full date "98-QĐ/TW@2004-03-22"
        base, _, qualifier = key.partition("@")
        hits = [i for k, ids in index.by_key.items() if k.partition("@")[0] == base
                and k.partition("@")[2].startswith(qualifier) for i in ids]
    if not hits:
        # the number without its date when the graph qualifies a reused one ("98-QĐ/TW" -> "98-QĐ/TW@2004")
        hits = [i for k, ids in index.by_key.items() if "@" in k and k.partition("@")[0] == key for i in ids]
    if word is not None and len(hits) > 1:
        # "Quyết định 98-QĐ/TW" when the number is both a Quyết định and a Quy định: the word decides
        typed = [i for i in hits if index.ids[i].type == word]
        hits = typed or hits
    result = _pick(hits, NUMBER)
    if result is not None:
        return result
    if re.fullmatch(r"\d+[A-Za-z]?", rest):
        # a short form: "Nghị quyết 21", "Kết luận 21", or a bare number when only one document has it
        code = TYPE_WORDS.get(word) if word else None
        fits = [e.id for e in index.entries if _number(e) == rest.lstrip("0") or _number(e) == rest]
        if code is not None:
            fits = [i for i in fits if _type_code(index.ids[i]) == code
                    or index.ids[i].type in TYPE_CODES.get(code, ())]
        result = _pick(sorted(set(fits)), SHORT)
        if result is not None:
            return result
    result = _pick(list(index.by_name.get(ascii_key(raw), ())), NAME)
    if result is not None:
        return result
    close = difflib.get_close_matches(key, list(index.by_key), n=5, cutoff=close_cutoff)
    suggestions: List[str] = []
    for k in close:
        for i in index.by_key[k]:
            if i not in suggestions:
                suggestions.append(i)
    return Resolution(None, tuple(suggestions[:5]), UNKNOWN)


def _pick(hits: List[str], how: str) -> Optional[Resolution]:
    hits = sorted(set(hits))
    if len(hits) == 1:
        return Resolution(hits[0], (), how)
    if hits:
        return Resolution(None, tuple(hits), AMBIGUOUS)
    return None


# A People's Committee or Council as people write it short ("UBND xã Tân Phú"; "HDND" typed without its Đ)
_SHORT_BODY = re.compile(r"\b(UBND|HĐND|HDND)\b", re.I)


def body_id(rows: Iterable[Sequence[Optional[str]]], raw: str) -> str:
    """The body ``raw`` names among the bodies' ``(id, code)`` rows: by name in any case or spelling, by its issuer
    code (BTCTW), with "UBND"/"HĐND" written short, or by the end of its name when one body's name ends so ("xã Tân
    Phú" -> "Ủy ban nhân dân xã Tân Phú"); ``raw`` itself when none does."""
    raw = unicodedata.normalize("NFC", str(raw).strip())
    key = number_key(_SHORT_BODY.sub(lambda m: SHORT_BODY_NAMES[m.group(1).upper().replace("HDND", "HĐND")], raw))
    rows = [(ident, code) for ident, code in rows]
    for ident, code in rows:
        if ident and number_key(ident) == key or code and number_key(code) in (key, number_key(raw)):
            return str(ident)
    ending = [str(ident) for ident, _ in rows if ident and key and number_key(ident).endswith(key)]
    return ending[0] if len(ending) == 1 else raw

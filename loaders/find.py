"""Find: every reference to a specific document, with its span, type, date, issuer and subject.

``find_mentions(seg)`` walks the reading units of ``segment.segment`` and returns ``Found`` records in
reading order.  Kinds:

* ``numbered``  "Kết luận số 21-KL/TW", "15/2020/NĐ-CP", "KX 04.39/21-25"
* ``self``      "Số 188 -BC/BTCTW" in a header
* ``short``     "Kết luận 39", "Đề án 165" (number without code; resolve finds the code)
* ``named``     "Nghị quyết Đại hội XIII", "Nghị quyết Hội nghị Trung ương 5", "Điều lệ Đảng"
* ``descriptive`` "Dự thảo sửa đổi Quy định về luân chuyển cán bộ", "Quy định về thẩm quyền của ..."
* ``anaphoric`` a bare "Nghị quyết" pointing back to the one just named
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from vanban.domain.codes import ISSUER_CODES, TYPE_CODES, TYPE_WORDS
from vanban.domain.dates import (
    iso_date,
    parse_date,  # noqa: F401  (the one date parser; re-exported for old imports)
)
from vanban.domain.numbers import assembly_term
from vanban.loaders import patterns as P
from vanban.loaders.scan import CUE_WORDS, FIRST_DIGIT, scan_units
from vanban.loaders.segment import Segmented, Unit


@dataclass
class Found:
    kind: str
    unit: int                       # index of the unit in seg.units
    vstart: int                     # span in the unit's reading text
    vend: int
    type: Optional[str] = None
    type_code: Optional[str] = None
    code: Optional[str] = None      # normalised number
    number: Optional[str] = None
    issuer_code: Optional[str] = None
    year: Optional[int] = None      # year in a state number
    date: Optional[str] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    name: Optional[str] = None      # id stem for named/descriptive documents
    draft: bool = False
    planned: bool = False
    rule: str = ""
    word: Optional[str] = None      # the type word written before the number ("Chỉ thị" in "Chỉ thị số 49-NQ/TW")
    ref_end: int = -1               # end of the mention's attachments (date, issuer, subject) in the unit text
    alias_of: Optional[Found] = None
    children: List[Found] = field(default_factory=list)
    # filled by resolve
    id: Optional[str] = None
    candidates: tuple = ()
    alias: bool = False
    issuer_before: bool = False     # the issuer was read before the mention ("X ban hành A"), not after it

    @property
    def key(self):
        return (self.unit, self.vstart)


def canonical_issuer(body: str) -> str:
    body = re.sub(r"\s+", " ", body.strip())
    if body.startswith("Hội nghị Trung ương"):
        return "Ban Chấp hành Trung ương"
    return P.ISSUER_CANONICAL.get(body, body)


_TYPE_ALT = P._alt(list(TYPE_WORDS) + list(P.EXTRA_TYPES))
# What may stand between "số" and its number: its ":", or a speck OCR read there ("Luật số.⏎31/2024/QH15", "Luật số⏎-
# 59/2020/QH14": bench/accuracy_ocr.py); _word_before and _ends_with_so strip the same.
_SO_SPECKS = ":.,-–'‘’`_ˆ„^"       # ("Nghị định số ˆ 118/2025/NĐ-CP": a scan's speck)
_SO_SPECK = "[" + _SO_SPECKS.replace("-", "\\-") + "]"
_SO_SPECK_ENDS = tuple(_SO_SPECKS)
_SO_SPECKS_WS = _SO_SPECKS + " \t\r\n"
# "Quy định số 58-QĐ/TW", "Kết luận 34-KL/TW": the type word right before the number.
_WORD_BEFORE = re.compile(r"(?P<word>" + _TYPE_ALT + r")\s*(?:(?:[.'‘’`_„ˆ]\s*)?số(?:\s*" + _SO_SPECK + r"){0,3})?\s*$",
                          re.IGNORECASE)
# "Luật Tổ chức Chính phủ số 63/2025/QH15": a name between the word and "số".
# (a document's name holds no passive of amendment: in "Luật Quản lý thuế được sửa đổi, bổ sung bởi Định định số
# 91/2022/NĐ-CP" the amender's type word is OCR-garbled, and the name before is the amended law's; seed 9)
# (a name may hold its abbreviation in brackets: "Luật Đầu tư theo phương thức đối tác công tư (PPP) số 64/2020/QH14")
_NAMED_WORD_BEFORE = re.compile(r"(?P<word>" + _TYPE_ALT + r")\s+(?:(?!" + _TYPE_ALT
                                + r"|được\s+(?:sửa đổi|bổ sung|thay thế|bãi bỏ))(?:\([A-ZĐ&]{2,10}\)|[^\d;.()])){1,120}?"
                                r"\s+số(?:\s*" + _SO_SPECK + r"){0,3}\s*$",
                                re.IGNORECASE)
# "Chương trình hành động số 104-CTr/TU", "Nghị quyết liên tịch số 09/…": a few lower-case words of the name.
_SHORT_NAMED_BEFORE = re.compile(r"(?P<word>" + _TYPE_ALT + r")(?:\s+[a-zà-ỹđ]+){1,3}\s+số(?:\s*" + _SO_SPECK + r"){0,3}\s*$")
_SO_ANY_CASE = frozenset(a + b for a in "Ssſ" for b in "ốỐ")   # "số" as re.I matches it
# one of these between a type word and its "số" (_WORD_BEFORE's ``specks``); ":" after a plural's type word too, "các
# Quyết định: số A, số B" (real texts write it; OCR: "tại các Quyết Định: số 3684/QĐ-BVHTTDL", seed 12)
_WORD_SO_SPECKS = ".:'‘’`_„ˆ"


def _one_speck_off(t: str) -> str:
    """``t`` without one speck at its end and the blanks before it: "Quyết định." -> "Quyết định"."""
    return t[:-1].rstrip() if t[-1:] in _WORD_SO_SPECKS else t
# _WORD_BEFORE is anchored at the end ("...Quyết định số: ") but ``re`` tries it from each of the 90 characters
# before a number.  Its word can only end where the white space at the end starts, or where it starts before a
# "số" there; the longest type word ending at one of these two places is found by matching the reversed words
# on the reversed text (5x cheaper; benchmark if changing).
_REVERSED_TYPE_WORD = re.compile(P._alt([w[::-1] for w in list(TYPE_WORDS) + list(P.EXTRA_TYPES)]), re.IGNORECASE)


def _word_before(before: str):
    """``(word, start)`` of ``_WORD_BEFORE.search(before)``, or None."""
    t = before.rstrip()
    u = _without_specks(t) if t.endswith(_SO_SPECK_ENDS) else t     # "Số:", "Luật số , :⏎100/2025/QH15" (OCR)
    # (a speck may stand between the word and "số": "Quyết định.số 1647/QĐ-BVHTTDL", OCR)
    ends = (len(t), len(_one_speck_off(u[:-2].rstrip()))) if u[-2:] in _SO_ANY_CASE else (len(t),)
    rev, n, best = before[::-1], len(before), None
    for e in ends:
        m = _REVERSED_TYPE_WORD.match(rev, n - e)
        if m is not None:
            p = e - (m.end() - m.start())
            if best is None or p < best[1]:        # the leftmost start, as search finds it; at one start the
                best = (before[p:e], p)            # longer word (ending at the later place) comes first
    return best




def _without_specks(t: str) -> str:
    """``t`` without the specks and blanks it ends with, when at most three specks (_WORD_BEFORE's "số" takes three:
    "Thông tư số ....." is a form's blank, not a number's "số"); else ``t``."""
    k, specks = len(t), 0
    while k and t[k - 1] in _SO_SPECKS_WS:
        k -= 1
        specks += t[k] in _SO_SPECKS
    return t[:k] if specks <= 3 else t


def _ends_with_so(before: str, any_case: bool) -> bool:
    """Whether ``before`` ends with "số", a ":" (or OCR's ".") and white space allowed after: what _NAMED_WORD_BEFORE (in any
    case) and _SHORT_NAMED_BEFORE end with, a test 50x cheaper than their search."""
    t = before.rstrip()
    if t.endswith(_SO_SPECK_ENDS):
        t = t.rstrip(_SO_SPECKS_WS)
    return t[-2:] in _SO_ANY_CASE if any_case else t.endswith("số")


_SELF_BEFORE = re.compile(r"(?:^|\n)\s*(?P<so>Số|SỐ)\s*:?\s*$")
_TYPE_FROM_CODE = {code: words[0] for code, words in TYPE_CODES.items()}
# The mixed-case type codes as a title in capitals writes them: "QĐI" is QĐi, "CTR" CTr, "TTR" TTr.
_CAPS_TYPE_CODES = {code.upper(): code for code in TYPE_CODES if code != code.upper()}
# … and so a mixed-case issuer code: "TTG" is TTg (the Prime Minister)
_CAPS_ISSUER_CODES = {code.upper(): code for code in ISSUER_CODES if code != code.upper()}
_WORD_CASE = {w.lower(): w for w in list(TYPE_WORDS) + list(P.EXTRA_TYPES)}   # "QUY ĐỊNH" -> "Quy định"


def _type_for(word: Optional[str], type_code: Optional[str]) -> Optional[str]:
    """The type from the word in the text when it agrees with the code ("Quy định số ...-QĐ/TW" -> Quy định)."""
    if word:
        w = _WORD_CASE.get(word.lower(), word)
        if w == "Thông báo kết luận":
            return "Thông báo"
        if w == "Bộ luật":
            return "Bộ luật"
        if type_code is None or TYPE_WORDS.get(w) == type_code or w in TYPE_CODES.get(type_code, ()):
            return w
        if type_code in ("QĐ", "QĐi") and w in ("Quy định", "Quyết định"):
            return w
    return _TYPE_FROM_CODE.get(type_code) if type_code else None


# "21-KL/TW Hội nghị Trung ương 4" without "của"
_ISSUER_BARE = re.compile(r"^\s+(Hội nghị Trung ương \d+|Bộ Chính trị|Ban Bí thư)(?:\s+khóa\s+[IVXL]+)?")
# an italic or quoted title after "về"
_TITLE_AFTER = re.compile(r"^([\s,]*(?:ngày\s*[\d/.-]+\s*,?\s*)?về\s+)(\*[^*]{3,400}\*|“[^”]{3,400}”)")
# where a subject ends: a clause boundary or a following reference / cue, or the effect clause's predicate on the
# document the subject describes ("Thông tư số 29/2017/TT-BLĐTBXH … quy định về liên kết … đào tạo hết hiệu lực kể từ
# ngày Thông tư này có hiệu lực": congbao thong-tu-so-05-2022-tt-bldtbxh; "… quy định chi tiết về kế hoạch lựa chọn nhà
# thầu hết hiệu lực thi hành.")
_SUBJECT_CUT = re.compile(
    r"(?:\s+(?=hết hiệu lực(?:\s+thi hành)?(?:\s+(?:kể\s+)?từ\s+ngày\b|\s*[.;]))|,\s*(?:[A-ZĐ][\w ]{2,50}?\s+)?(?:đã\s+)?ban hành\b|,\s*(?:ngày|đồng thời|tham mưu|làm cơ sở|gồm|với|đảm bảo|bảo đảm)\b|\s+(?:theo|để thực hiện|thực hiện)\s+(?=[A-ZĐ])"
    r"|(?:\s+và|,)\s+(?=" + P._alt(TYPE_WORDS) + r")|[.;:]\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\.$|\s+đề ra\b)")


def attachments(f: Found, text: str, pos: int):
    """Date, issuer and subject written right after a mention; returns the end of what was read."""
    rest = text[pos:pos + 400]
    consumed = 0
    r = rest
    for _ in range(3):
        # each pattern is only tried where what it reads is still wanted (the same result, fewer tries)
        m = P.DATE_AT_MENTION.match(r) if f.date is None else None
        if m:
            f.date = iso_date(m.group("d"), m.group("m") or m.group("m2"), m.group("y") or m.group("y2"))
            consumed += m.end()
            r = rest[consumed:]
            continue
        if f.issuer is not None:
            break
        m = P.ISSUER_AFTER.match(r)
        if m:
            f.issuer = canonical_issuer(m.group("body"))
            consumed += m.end()
            r = rest[consumed:]
            continue
        m = _ISSUER_BARE.match(r)
        if m:
            f.issuer = canonical_issuer(m.group(1))
            consumed += m.end()
            r = rest[consumed:]
            continue
        break
    if "về" in r:                                  # both subject patterns read "về <subject>"
        m = P.SUBJECT.match(r)
        em = _TITLE_AFTER.match(r)
    else:
        m = em = None
    if em:
        # an italic or quoted title is taken whole, semicolons and all
        f.subject = em.group(2).strip("*“”").strip()
        consumed += em.end()
        m = None
    if m:
        subj = m.group("subject")
        cut = _SUBJECT_CUT.search(subj)
        if cut:
            subj = subj[:cut.start()]
        subj = subj.strip(" ,*“”\"")
        if subj:
            f.subject = subj.replace("*", "").strip()
            consumed += m.start("subject") + len(m.group("subject")[:cut.start()] if cut else m.group("subject"))
    f.ref_end = pos + consumed


class _Taken:
    """Spans already claimed in a unit: "does a claimed span hold this offset?" in O(log n).  Benchmark if
    changing (bench/bench_linear.py): scanning every span for every match made a paragraph of N citations
    cost N² ("21-NQ/TW " x 8000 took 12.8 s)."""

    def __init__(self, spans):
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach, reach = [], -1                 # the furthest end among the spans starting at or before
        for _, b in spans:
            reach = max(reach, b)
            self._reach.append(reach)

    def covers(self, p: int) -> bool:
        """``any(a <= p < b for a, b in spans)``."""
        k = bisect.bisect_right(self._starts, p)
        return k > 0 and self._reach[k - 1] > p


_DASH_IN = re.compile(r"[-–‐]")
_ISSUER_REST = re.compile(r"[ \t]([A-ZĐƯ]{1,3})(?![\w])")
_ISSUER_SMALL_REST = re.compile(r"([a-zđư]{1,3})(?![\w])")
# "N Đ-CP", "N⏎Đ-CP": the rest of a type code after a space or a line break
_TYPE_REST = re.compile(r"(?:[ \t]|[ \t]*\n[ \t]*)([A-ZĐ]{1,3})[-–]([A-ZĐ][A-ZĐa-z0-9&]{0,14})(?![\w])")
_OCR_HYPHEN = P.OCR_HYPHEN
# "421/TT r-UBND": a space inside a type code of mixed case ("TTr", "CTr"), its small letters after it
_SPLIT_MIXED_TYPE = re.compile(r"[ \t]([a-zđ]{1,2})[ \t]?-[ \t]?([A-ZĐ][A-ZĐ0-9&]{1,14})(?![\w])")
# "362/2025/NĐ- cP": a decree's issuer, the Government's, read in the wrong case or cut (its two letters at most)
_DECREE_ISSUER_LEFT = re.compile(r"[ \t]?-[ \t]?[cC][ \t]?[pP](?![\w])")
# "89/2025/QH1 5": a space inside the National Assembly's term
_QH_TERM_REST = re.compile(r"[ \t](\d)(?![\w/])")
# … or a slash typed for that hyphen, before an issuer code and its partners ("37/2012/TTLT/BLĐTBXH-BYT-BTC-BGDĐT")
_SLASH_HYPHEN = re.compile(r"/(?P<co_quan>[A-ZĐ][A-ZĐ0-9&]{1,14}(?:-[A-ZĐ][A-ZĐa-z0-9&]{0,9})*)(?![\w/])")
# … or a blank for it, before an issuer code vanban knows (patterns.BLANK_HYPHEN)
_BLANK_HYPHEN = P.BLANK_HYPHEN
_YEAR_TYPE_CODES = P.YEAR_TYPE_CODES
_YEAR_TYPES_LONGEST = P.longest_first(P.YEAR_TYPE_CODES)     # "TTLT" before "TT"


def ocr_type_code(loai: str, issuer_code: str) -> Optional[str]:
    """A Party number's type code as OCR misread it, undone when the rest of the number is well-formed: the
    issuer a known Party code and the letters, with OCR's look-alikes of L (I, l, 1, |) read as L, a known type
    code.  ``ocr_type_code("KI", "TW") == "KL"``; ``ocr_type_code("KI", "ABC") is None``."""
    if issuer_code not in P.PARTY_ISSUER_CODES or not any(c in loai for c in "Il1|"):
        return None
    fixed = loai.translate(P.L_LOOK_ALIKES)
    return fixed if fixed in TYPE_CODES and fixed != loai else None
# Letters Tesseract reads for others in an issuer code (got -> meant): "146/2025/NĐ-GP", "3684/QĐ-BVHTTDI".
# ("333/QĐ-BIC": the T's bar lost, I read for it)
_ISSUER_LOOK_ALIKES = {"G": "C", "I": "LT", "l": "L", "1": "LT", "0": "O"}     # ("QĐ-T1G": TTg's T read 1)


def _letter_added(loai: str, cq: str, text: str, at: int) -> Optional[str]:
    """A number's type code with one letter OCR added ("Nghị quyết số 70- NGQ/TW", "Nghị quyết số 11/NGQ-CP"), read as
    the code the type word before it names when that code is the one without the letter and the issuer is a known
    code; else None."""
    if len(loai) < 3 or cq not in P.PARTY_ISSUER_CODES and cq not in ISSUER_CODES:
        return None             # (a state number's too: "Nghị quyết số 11/NGQ-CP", the Government's known code)
    wb = _word_before(text[max(0, at - 90):at])
    code = TYPE_WORDS.get(_WORD_CASE.get(wb[0].lower(), wb[0])) if wb is not None else None
    if code and any(loai[:i] + loai[i + 1:] == code for i in range(len(loai))):
        return code
    return None


def _qh_term(cq: str) -> str:
    """The National Assembly's code with its term's two digits when OCR read a look-alike of 1 among them, and exactly
    one reading (the look-alike dropped, or read as 1) gives two digits: ``_qh_term("QHI15") == "QH15"``,
    ``_qh_term("QHI4") == "QH14"``; anything else stays."""
    rest = cq[2:]
    readings = {r for r in (rest.translate(_ONE_DROPPED), rest.translate(_ONE_READ)) if len(r) == 2 and r.isdigit()}
    if not readings and len(rest) == 3 and all(c.isdigit() or c in "Il|" for c in rest):
        # one character too many, the others look-alikes: "QHII1" (QH11), read with each one left out in turn
        readings = {r for r in (rest[:i] + rest[i + 1:] for i in range(3)) for r in [r.translate(_ONE_READ)]
                    if r.isdigit()}
    return "QH" + readings.pop() if len(readings) == 1 else cq


_ONE_DROPPED = str.maketrans("", "", "Il|")
_ONE_READ = str.maketrans({"I": "1", "l": "1", "|": "1"})


def _known_case(code: str) -> str:
    """A code in capitals written as vanban knows it ("TTG" -> "TTg"); any other as it is."""
    return _CAPS_ISSUER_CODES.get(code, code)


def ocr_issuer_code(cq: str) -> str:
    """A state number's issuer code that is no known code, read with one OCR look-alike letter put right when that
    gives exactly one known code (``ISSUER_CODES``): ``ocr_issuer_code("GP") == "CP"``, ``ocr_issuer_code(
    "BVHTTDI") == "BVHTTDL"``, ``ocr_issuer_code("BIC") == "BTC"``, ``ocr_issuer_code("T1G") == "TTg"``; a small letter
    glued after a known code ("CPn"); a ministry's code with one letter misread past its first ("BKHBT"); or, in a long
    code, one letter lost, one read twice ("BVHTTTDL") or one read as two ("BVHTTDIL"); an unknown code with no such
    reading ("SNN", "BCĐ") stays as written."""
    readings = {cq[:i] + r + cq[i + 1:] for i, c in enumerate(cq) if c in _ISSUER_LOOK_ALIKES
                for r in _ISSUER_LOOK_ALIKES[c]}
    known = [r for r in map(_known_case, readings) if r in ISSUER_CODES]
    if not known and len(cq) >= 2 and cq[-1].islower() and cq[:-1] in ISSUER_CODES:
        return cq[:-1]                                  # a small letter glued after the code: "118/2025/NĐ- CPn"
    if not known and len(cq) >= 5 and cq[0] == "B":
        # a ministry's code with one letter misread past its first ("BKHBT" for BKHĐT); the first letter is left
        # alone: it is the body's level ("SKHĐT" is a province's department), and only the ministries' codes are
        # read so (a Party committee's "BTGTU" is no misread BTGTW)
        known = sorted({k for i in range(1, len(cq)) for k in _MINISTRY_ONE_OFF.get(cq[:i] + "?" + cq[i + 1:], ())})
    if not known and len(cq) >= 5:
        known = sorted(_DROPPED_LETTER.get(cq, ()))     # a letter lost: "BLĐTXH" for BLĐTBXH
    if not known and len(cq) >= 7:
        # a letter read twice: "3684/QĐ-BVHTTTDL" for BVHTTDL (accuracy_ocr seed 3)
        known = sorted(P.doubled_letter_readings(cq) & ISSUER_CODES.keys())
    if not known and len(cq) >= 6 and cq.isalpha():     # (not "BGD&ĐT": the ministry's own older spelling)
        # a letter OCR split in two: "4347/QĐ-BVHTTDIL" for BVHTTDL ("L" read "IL"; session 31); never the first
        # letter, the body's level: a province's department "SLĐTBXH" is no misread ministry's "LĐTBXH"
        known = sorted({cq[:i] + cq[i + 1:] for i in range(1, len(cq))} & _LONG_CODES)
    return known[0] if len(known) == 1 else cq


def _dropped_letter_codes() -> Dict[str, set]:
    """Each known issuer code of six letters or more with one letter left out -> the codes it can stand for."""
    out: Dict[str, set] = {}
    for code in ISSUER_CODES:
        if len(code) >= 6:
            for i in range(len(code)):
                out.setdefault(code[:i] + code[i + 1:], set()).add(code)
    return out


_DROPPED_LETTER = _dropped_letter_codes()
# Each ministry's code of five letters or more with one letter past the first unknown ("BKH?T") -> the codes it can be
_MINISTRY_ONE_OFF: Dict[str, set] = {}
for _code in ISSUER_CODES:
    if len(_code) >= 5 and _code[0] == "B" and _code not in P.PARTY_ISSUER_CODES:
        for _i in range(1, len(_code)):
            _MINISTRY_ONE_OFF.setdefault(_code[:_i] + "?" + _code[_i + 1:], set()).add(_code)
_LONG_CODES = frozenset(c for c in ISSUER_CODES if len(c) >= 5)


_LAW_WORD = re.compile(r"(?i)(?:bộ )?luật")
_DRAFT_BEFORE = re.compile(r"Dự thảo\s*$")


def _maybe_not_a_document(before: str) -> bool:
    """A literal each alternative of NOT_A_DOCUMENT_BEFORE holds ("Mẫu", "biểu", "Phụ lục", "tờ khai", "QCVN", "TCCS",
    "QCĐP")."""
    return ("ẫu" in before or "iểu" in before or "hụ lục" in before or "ờ khai" in before or "CVN" in before
            or "TCCS" in before or "QCĐP" in before)


def _no_blank(code: str) -> str:
    r"""``re.sub(r"\s", "", code)`` for an issuer part of a state number, where HY lets only spaces and tabs in."""
    return code.replace(" ", "").replace("\t", "") if " " in code or "\t" in code else code


def _matches(rx: re.Pattern, text: str, starts):
    """``rx.finditer(text)``, tried only at ``starts`` (increasing offsets holding every offset a match of ``rx``
    can start at: the cue words of ``scan_units``); ``starts=None``: everywhere.  One anchored ``match`` per cue
    word instead of a scan of the whole unit per pattern (the finders' patterns open with a word boundary or an
    optional group, so ``re`` cannot skip ahead by itself; benchmark if changing)."""
    if starts is None:
        return list(rx.finditer(text))
    out, end, match = [], 0, rx.match
    for p in starts:
        if p >= end:                        # finditer goes on after the end of its last match
            m = match(text, p)
            if m is not None:
                out.append(m)
                end = m.end()
    return out


_NUMBER_PASSES = ((P.STATE_NUMBER_YEAR, "state_year"), (P.PARTY_NUMBER_SLASHED, "party_slashed"),
                  (P.PARTY_NUMBER, "party"), (P.STATE_NUMBER, "state"), (P.RESEARCH_CODE, "research"),
                  (P.LEGACY_NUMBER, "legacy"), (P.LAW_NUMBER_YEAR_ONLY, "law_year"))
# Where a number can start, and what it goes on with: every pattern of the four passes opens with SO (a run of
# digits that follows no letter, digit, "/", ".", ",", "-"), then the state ones with "/" (a special
# resolution's decimals, a letter ("30a/2008/NQ-CP") and a space or tab before it), the Party one with a dash or
# a line break after spaces or tabs, or 1-2 spaces and a capital.  One pass finds these runs; each number pattern
# is then tried only at the runs that go on its way (benchmark if changing: 4 scans of the unit cost 1.6x this).
# Its first \d is scan.FIRST_DIGIT (the same matches, a cheaper scan).
_NUMBER_START = re.compile(FIRST_DIGIT + r"(?<![\w/,-]\d)(?<![^\sốỐ]\.\d)\d*(?:\.\d+|[a-z](?=/))?(?:[ \t]*[-–‐/\r\n]|[ ]{1,2}[A-ZĐ])")
_AFTER_SLASH = frozenset(("state_year", "party_slashed", "state", "law_year"))
# … and the runs ending with a hyphen before a year and its slash: "19-2017/NQ-CP", a hyphen typed for the first slash
_YEAR_SLASH = re.compile(r"(?:19|20)\d\d/")
# What _number_scan finds in a unit: where _NUMBER_START matches ending with "/" and otherwise, and the
# ``(start, end, lead)`` of each match of _damaged_matches
_NumberCues = Tuple[List[int], List[int], List[Tuple[int, int, str]]]
# The state's documents that bore a number without a year before 1996 (P.LEGACY_NUMBER): a plan or a report
# ("Kế hoạch số 09-KI/ABC") is a Party-style number with an unknown issuer, not one of these.
# The date right after a number ("… ngày 1/2/1963", "…, ngày 14 tháng 10 năm 1960"): its year
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]*\d{1,2}[ \t]*(?:[/.-][ \t]*\d{1,2}[ \t]*[/.-]|tháng[ \t]*\d{1,2}[ \t]*năm)"
                         r"[ \t]*(?P<y>\d{4})(?!\d)")
_LEGACY_TYPES = frozenset(("Nghị định", "Thông tư", "Thông tư liên tịch", "Quyết định", "Chỉ thị", "Nghị quyết",
                           "Pháp lệnh", "Công văn", "Thông tri"))
# The papers an office numbers with its own code alone ("Công văn số 6006/BGDĐT", "Tờ trình số 126/SKHĐT", "Báo cáo
# số 45/STC"): no type code between the number and the issuer.
_ISSUER_ONLY_TYPES = frozenset(("Công văn", "Tờ trình", "Báo cáo"))


def _cut_issuer(m: re.Match[str], text: str, b: int) -> Optional[Tuple[str, str, str, int]]:
    """(number, type code, issuer code, end) of LEGACY_NUMBER's "N/CODE" match ``m`` (ending at ``b``) when OCR cut
    the code from its issuer: a mark for the hyphen after a type code, which is never an issuer alone ("624/QĐ.UBND",
    "624/QĐ:“TTg", as "30/2026/TT.BTC" with its year), or a space inside a mixed-case type code ("421/TT r-UBND")."""
    code = m.group("cv")
    if not code:
        return None
    if code in _YEAR_TYPE_CODES and (sep := _OCR_HYPHEN.match(text, b)) is not None:
        return m.group("so"), code, _no_blank(sep.group("co_quan")), sep.end()
    split = _SPLIT_MIXED_TYPE.match(text, b)
    if split is not None and code + split.group(1) in TYPE_CODES:
        return m.group("so"), code + split.group(1), split.group(2), split.end()
    return None


def _numbered(unit: Unit, ui: int, hinted: bool = False, scanned: Optional[_NumberCues] = None) -> List[Found]:
    """The numbered mentions of a unit; ``hinted``: the caller has seen ``NUMBER_HINT`` in it; ``scanned``: what
    ``_number_scan`` found in it (else the unit is scanned here)."""
    text = unit.text
    if not hinted and not P.NUMBER_HINT.search(text):
        return []
    found: List[Found] = []
    starts: List[int] = []      # the numbers taken so far: disjoint spans, sorted (so their ends are too)
    ends: List[int] = []

    def free(a, b):
        """No taken span overlaps [a, b): the one starting last before b ends at or before a."""
        k = bisect.bisect_left(starts, b)
        return k == 0 or ends[k - 1] <= a

    slashed: Optional[List[int]] = None
    others: Optional[List[int]] = None
    passes: tuple = _NUMBER_PASSES
    damaged: Optional[List[Found]] = None
    leads = None
    if SCAN:
        if scanned is None:
            scanned = _number_scan([text])[0]
        slashed, others, leads = scanned
        if not slashed and not others and "KX" not in text:
            # no pass below can match (70% of the hinted units of the real corpus: dates, tariff codes "0101.21.00
            # - -"); only an OCR-damaged number can stand here, and with none the rest is a no-op: return at once
            # (the same result without the passes' calls; benchmark if changing)
            damaged = _damaged(unit, ui, starts, ends, leads)
            if not damaged:
                return found
            passes = ()
    for rx, kind in passes:
        if kind == "research":
            if "KX" not in text:
                continue                            # the research code opens with "KX"
            ms = rx.finditer(text)
        elif kind == "legacy":
            ms = _matches(rx, text, sorted((slashed or []) + (others or [])) if SCAN else None)
        else:
            ms = _matches(rx, text, slashed if kind in _AFTER_SLASH else others)
        for m in ms:
            a, b = m.span()
            if not free(a, b):
                continue
            f = Found("numbered", ui, a, b, rule=f"number:{kind}")
            if kind == "legacy" and (cut := _cut_issuer(m, text, b)) is not None and free(a, cut[3]):
                so, loai, cq, b = cut
                f.vend = b
                f.number, f.type_code, f.issuer_code, f.code = so, loai, cq, f"{so}/{loai}-{cq}"
            elif kind == "legacy" and m.group("cv") and (glued := P.glued_admin_type_issuer(m.group("cv"))) is not None:
                # "Số: 1961/QĐUBND", "Nghị quyết số 30c/NQCP": a PDF's text lost the hyphen between a type code and
                # a known issuer; the two codes, whole, prove the number wherever it stands (as "02/2017/TTVPCP")
                loai, cq = glued
                f.number, f.issuer_code, f.code = m.group("so"), cq, f"{m.group('so')}/{loai}-{cq}"
                f.type_code = loai
            elif kind == "legacy":
                # only after a document type word: "Nghị định số 74/CP" (find's own test, before the span widens)
                wb = _word_before(text[max(0, a - 90):a])
                kind_of = _type_for(wb[0], None) if wb is not None else None
                if (kind_of not in _LEGACY_TYPES if not m.group("cv") else kind_of not in _ISSUER_ONLY_TYPES
                        # "Thông tư số 03/NV ngày 1/2/1963 của Bộ Nội vụ": before 1996 a ministry's code alone
                        and (kind_of not in _LEGACY_TYPES or (old := _DATE_AFTER.match(text, b)) is None
                             or int(old.group("y")) >= 1996)):
                    continue
                f.number = m.group("so")
                f.issuer_code = m.group("cq") or m.group("loai") or m.group("cv")
                f.code = _no_blank(m.group(0))
                f.type_code = TYPE_WORDS.get(kind_of)
            elif kind == "law_year":
                # "Luật … số 64/2025 được sửa đổi …": the law's code left out, its term's read from the year
                term = assembly_term(int(m.group("nam")))
                before = text[max(0, a - 160):a]
                wb = _word_before(before[-90:])
                if wb is None and _ends_with_so(before, True) and (nm := _NAMED_WORD_BEFORE.search(before)):
                    wb = nm.group("word"), nm.start()
                if term is None or wb is None or not _LAW_WORD.fullmatch(wb[0]):
                    continue
                f.number, f.issuer_code, f.year, f.type_code = m.group("so"), term, int(m.group("nam")), "L"
                f.code = f"{f.number}/{m.group('nam')}/{term}"
            elif kind == "research":
                f.code = re.sub(r"^KX[ .]?", "KX ", m.group("code"))
                f.type, f.type_code = "Đề tài", "ĐT"
            elif kind in ("party", "party_slashed"):
                loai, cq = m.group("loai"), m.group("co_quan")
                if loai not in TYPE_CODES:
                    # "QUY ĐỊNH SỐ 07-QĐI/TW": a title in capitals writes a mixed-case code in capitals too
                    loai = (_CAPS_TYPE_CODES.get(loai) or ocr_type_code(loai, cq)   # "183-KI/TW": OCR's I for the L of KL
                            or _letter_added(loai, cq, text, a))
                    if loai is None:
                        continue
                cq = cq.replace("Ư", "W") if cq == "TƯ" or cq.endswith("TƯ") else cq     # "21-NQ/TƯ" is 21-NQ/TW
                if cq not in P.PARTY_ISSUER_CODES:
                    # "104-CTr/T U ngày …": OCR put a space inside the issuer; the letters after it complete a
                    # Party issuer code the part before is not
                    # … or wrote its last letters small ("104-CTr/Tu ngày 30/8/2026": a PDF's text layer)
                    rest = _ISSUER_REST.match(text, b) or _ISSUER_SMALL_REST.match(text, b)
                    if rest is not None and cq + rest.group(1).upper() in P.PARTY_ISSUER_CODES and free(a, rest.end()):
                        cq, b = cq + rest.group(1).upper(), rest.end()
                        f.vend = b
                f.number, f.type_code, f.issuer_code = m.group("so"), loai, cq
                f.code = f"{f.number}-{loai}/{cq}"
                if kind == "party" and not _DASH_IN.search(m.group(0)) and "\n" not in m.group(0):
                    f.rule = "number:party_spaced"      # "09 KH/ĐU"
            else:
                so, loai, cq = m.group("so"), m.group("loai"), m.group("co_quan")
                # the type part of a state number holds no white space (STATE_NUMBER, STATE_NUMBER_YEAR)
                if loai in _CAPS_TYPE_CODES:
                    loai = _CAPS_TYPE_CODES[loai]          # "TỜ TRÌNH SỐ 42/TTR-VPUB": a title in capitals
                elif loai and loai not in TYPE_CODES and loai.replace("D", "Đ") in TYPE_CODES:
                    loai = loai.replace("D", "Đ")          # "880/QD-TTg", "15/2020/ND-CP": Đ typed as D
                elif loai and "ĐĐ" in loai and loai.replace("ĐĐ", "Đ") in TYPE_CODES:
                    loai = loai.replace("ĐĐ", "Đ")         # "63/QĐÐ-UBND": OCR read the Đ twice (Ð is Đ by clean)
                elif loai and loai not in TYPE_CODES and (added := _letter_added(loai, cq, text, a)) is not None:
                    loai = added                           # "11/NGQ-CP": a letter OCR added, the type word names NQ
                elif kind == "state_year" and not loai and cq in _YEAR_TYPE_CODES:
                    # "30/2026/TT.BTC", "02/2017/TT'VPCP": OCR's "." or "'" for the hyphen after the type code;
                    # "TT", "NĐ" alone are no issuer, so the issuer written right after is the number's
                    sep = _OCR_HYPHEN.match(text, b) or _SLASH_HYPHEN.match(text, b) or _BLANK_HYPHEN.match(text, b)
                    if sep is not None and free(a, sep.end()):
                        loai, cq, b = cq, _no_blank(sep.group(1)), sep.end()
                        f.vend = b
                elif (kind == "state_year" and not loai and len(cq) <= 2
                      and (split := _TYPE_REST.match(text, b)) is not None and cq + split.group(1) in _YEAR_TYPE_CODES
                      and free(a, split.end())):
                    # "362/2025/N Đ-CP": OCR put a space inside the type code
                    loai, cq, b = cq + split.group(1), split.group(2), split.end()
                    f.vend = b
                elif kind == "state_year" and not loai and not cq.startswith(("QH", "UBTVQH")):
                    # "02/2017/TTVPCP": OCR lost the hyphen.  Only a law (QH) or a resolution of the Standing
                    # Committee (UBTVQH) has no type code; a type code glued to capitals is the type and issuer
                    t = next((t for t in _YEAR_TYPES_LONGEST if cq.startswith(t) and len(cq) > len(t) + 1
                              and cq[len(t)].isupper() and cq[len(t) + 1:len(t) + 2] != "-"), None)
                    if t is not None:
                        loai, cq = t, cq[len(t):]
                cq = _no_blank(cq)
                cq = _known_case(cq)                       # "CHỈ THỊ SỐ 19/CT-TTG": a title in capitals
                if loai and cq not in ISSUER_CODES and (rest := _ISSUER_REST.match(text, b)) is not None \
                        and cq + rest.group(1) in ISSUER_CODES and free(a, rest.end()):
                    # "37/2025/TTBNN MT": a space inside the issuer; the letters after it complete a known code
                    cq, b = cq + rest.group(1), rest.end()
                    f.vend = b
                if (kind == "state_year" and not loai and cq == "NĐ"
                        and (left := _DECREE_ISSUER_LEFT.match(text, b)) is not None and free(a, left.end())):
                    loai, cq, b = "NĐ", "CP", left.end()      # "362/2025/NĐ- cP": a decree is the Government's
                    f.vend = b
                elif (kind == "state_year" and not loai and cq == "QH1"
                        and (rest := _QH_TERM_REST.match(text, b)) is not None and free(a, rest.end())):
                    cq, b = "QH1" + rest.group(1), rest.end()  # "89/2025/QH1 5": a term's two digits, a space between
                    f.vend = b
                if kind == "state_year" and not loai and cq[:2] in ("OH", "0H") and cq[2:].isdigit() and len(cq) <= 4:
                    cq = "QH" + cq[2:]      # "22/2023/OH15", "21/2012/0H13": the National Assembly's code and term,
                    #                         O or 0 typed for Q
                elif kind == "state_year" and not loai and cq[:2] == "QH" and not cq[2:].isdigit():
                    cq = _qh_term(cq)       # "118/2025/QHI15": a look-alike of 1 read beside the term's digits
                if kind in ("state_year", "state") and cq[:6] == "UBTVQH" and not cq[6:].isdigit():
                    cq = "UBTV" + _qh_term(cq[4:])     # … and the Standing Committee's: "02/2020/UBTVQHI14",
                    #                                    "28/2005/PL-UBTVQHII1", "406/NQ-UBTVQHI5"
                if loai in TYPE_CODES and cq not in ISSUER_CODES:
                    # a decree's issuer is the Government's: "166/2025/NĐ- T" (OCR lost "CP")
                    cq = "CP" if loai == "NĐ" and kind == "state_year" and len(cq) <= 2 else ocr_issuer_code(cq)
                year = m.group("nam").replace(" ", "") if kind == "state_year" else None
                w = text[max(0, a - 20):a]
                if _maybe_not_a_document(w) and P.NOT_A_DOCUMENT_BEFORE.search(w):
                    continue                    # "Mẫu số 02/ĐK-TCT": a form
                if loai in P.NOT_DOCUMENT_TYPE_CODES or cq in P.NOT_DOCUMENT_TYPE_CODES and loai not in TYPE_CODES:
                    continue                    # "137/GP-UBND": a licence, not a document (Nghị định 30/2020/NĐ-CP);
                    #                             so a ministry's "11/LĐTBXH-GP"
                f.number, f.issuer_code = so, cq
                f.year = int(year) if year else None
                if year:
                    f.code = f"{so}/{year}/{loai + '-' if loai else ''}{cq}"
                    f.type_code = loai or ("L" if cq.startswith("QH") else None)
                else:
                    f.code = f"{so}/{loai}-{cq}"
                    f.type_code = loai if loai in P.ADMIN_TYPE_CODES else None   # "17899/BTC-VP": a letter's unit
            k = bisect.bisect_left(starts, a)
            starts.insert(k, a)
            ends.insert(k, b)
            found.append(f)
    if damaged is None:
        damaged = _damaged(unit, ui, starts, ends, leads)
    if damaged:
        # "l 25/2023/NĐ-CP": the clean pattern read "25/2023/NĐ-CP" inside; the damaged reading takes the span
        found = [f for f in found if not any(d.vstart <= f.vstart < d.vend for d in damaged)] + damaged
    found.sort(key=lambda f: f.vstart)
    for f in found:
        before = text[max(0, f.vstart - 90):f.vstart]
        wb = _word_before(before)
        if wb is None and _ends_with_so(before, f.year):
            m = _NAMED_WORD_BEFORE.search(before) if f.year else _SHORT_NAMED_BEFORE.search(before)
            if m:
                wb = m.group("word"), m.start()
        word = None
        if wb:
            word = wb[0]
            f.vstart -= len(before) - wb[1]
        else:
            s = _SELF_BEFORE.search(before) if "Số" in before or "SỐ" in before else None
            if s:
                f.kind, f.rule = "self", (f.rule if f.rule.startswith("number:ocr") else "number:self")
                f.vstart -= len(before) - s.start("so")
        f.word = word
        if word and f.type_code == "L" and f.year and not _LAW_WORD.match(word):
            f.type_code = TYPE_WORDS.get(_type_for(word, None), f.type_code)   # "Nghị quyết số 132/2020/QH14"
        f.type = f.type or _type_for(word, f.type_code)
        if f.type is None and f.type_code == "L":
            f.type = "Luật"
        if f.issuer is None:
            prefix = text[max(0, f.vstart - 80):f.vstart]
            mb = P.ISSUER_BEFORE.search(prefix) if "ban hành" in prefix else None    # the pattern ends so
            if mb:
                f.issuer = canonical_issuer(mb.group("body"))
                f.issuer_before = f.issuer is not None
        attachments(f, text, f.vend)
        if f.issuer_code == "TW" and f.issuer and f.code and P.PROVINCIAL_PARTY.search(f.issuer) \
                and text.endswith("TƯ", f.vstart, f.vend):
            # "Nghị quyết 13-NQ/TƯ của Tỉnh ủy": the "TƯ" a provincial committee's document writes is its TU (a
            # font's horn on the U), not the Centre's TW
            f.issuer_code, f.code = "TU", f.code[:-2] + "TU"
        window = text[max(0, f.vstart - 12):f.vstart]
        if "Dự thảo" in window and _DRAFT_BEFORE.search(window):
            f.draft = True
    _distribute_issuers(found, text)
    return found


# ---------------------------------------------------------------- numbers damaged by OCR
# OCR reads the digits of a number as look-alike letters or splits them: "l 25/2023/NĐ-CP", "Số: I7 /2024/QĐ-UBND",
# "2O/2020/TT-BTC", "I5-NQ/TW".  Where a number must stand (right before "/year/code" or "-type/issuer"), a lead of
# digits and look-alikes is read each way it can be; the text decides (``settle_damaged``): a variant the text also
# writes cleanly is the number; otherwise the mention keeps its variants as its visible doubt.
_LOOK_ALIKE = str.maketrans({"l": "1", "I": "1", "|": "1", "O": "0", "o": "0", "S": "5", "B": "8", "Z": "2"})
_DAMAGED = re.compile(
    r"(?<![\w/.,-])(?P<lead>(?:[lI|][ \t](?=\d))?[\dlI|OoSBZ]{1,5})"
    r"(?=[ \t]?/[ \t]?(?:19|20)\d\d[ \t]?/[ \t]?[A-ZĐ]|[ \t]?-[ \t]?(?:NQ|KL|QĐ|CT|HD|KH|CTr|TB|BC|QC)/[A-ZĐ])")


# What must follow a damaged number (_DAMAGED's look-ahead from its "/" or "-" on), and the look-alikes one holds.
# ``re`` cannot skip ahead to a match of _DAMAGED (it opens with a look-behind and "o", "l" are everywhere), but
# it can to this "/" or "-": a damaged lead ends at most one space before it and is at most 7 characters long, so
# only the 8 characters before can hold it; where they hold no look-alike the lead is all digits, a clean number.
_DAMAGED_TAIL = re.compile(
    r"/[ \t]?(?:19|20)\d\d[ \t]?/[ \t]?[A-ZĐ]|-[ \t]?(?:NQ|KL|QĐ|CT|HD|KH|CTr|TB|BC|QC)/[A-ZĐ]")
_LOOK_ALIKE_CHAR = re.compile(r"[lI|OoSBZ]")


def _damaged_matches(text: str):
    """The matches of _DAMAGED whose lead is not all digits, as ``_DAMAGED.finditer`` finds them: its matches of
    digits only are left out, which changes no other (a match cannot start inside one, after a digit)."""
    out: List[re.Match] = []
    end, at = 0, 0
    tail, look, match = _DAMAGED_TAIL.search, _LOOK_ALIKE_CHAR.search, _DAMAGED.match
    while True:
        t = tail(text, at)
        if t is None:
            return out
        c = t.start()
        at = c + 1
        lo = max(end, c - 8)
        if lo < c and look(text, lo, c):
            for s in range(lo, c):
                m = match(text, s)
                if m is not None:
                    end = m.end()
                    if not m.group("lead").isdigit():
                        out.append(m)
                    break


# Joins the texts _number_scan scans at once: white space to ``\s`` (so _NUMBER_START's "(?<!\S\.\d)" reads a "." at
# a text's start as it reads one at a string's start) and in no class of _NUMBER_START, _DAMAGED or _DAMAGED_TAIL, so
# none of their matches or look-arounds reaches past it or tells it from a string's edge.
_UNIT_SEP = "\x1f"


def _number_scan(texts: Sequence[str]) -> List[_NumberCues]:
    """For each text, ``(slashed, others, leads)``: the starts of _NUMBER_START's matches ending with "/" (where
    the state passes are tried) and of the others, and the ``(start, end, lead)`` of _damaged_matches, as one
    scan of the text finds them.  The texts (a document's hinted units) are scanned joined by _UNIT_SEP: one
    ``finditer`` and one damaged scan for all instead of one each per unit, and a unit where none matches (most
    hinted units: dates, tariff codes) needs no call of _numbered (benchmark if changing); a text holding
    _UNIT_SEP has the texts scanned one by one."""
    out: List[_NumberCues] = [([], [], []) for _ in texts]
    if not texts:
        return out
    joined = _UNIT_SEP.join(texts)
    n = len(texts)
    if n > 1 and joined.count(_UNIT_SEP) != n - 1:
        return [_number_scan([t])[0] for t in texts]
    # each text's start in ``joined`` (one separator after each), and the unit a position falls in, found by
    # bisect only when a position passes the next unit's start (positions come in order)
    starts = list(map(operator.add, itertools.accumulate(map(len, texts[:-1]), initial=0), range(n)))
    bisect_right = bisect.bisect_right
    k, nxt = 0, starts[1] if n > 1 else len(joined) + 1
    for m in _NUMBER_START.finditer(joined):
        a = m.start()
        if a >= nxt:
            k = bisect_right(starts, a) - 1
            nxt = starts[k + 1] if k + 1 < n else len(joined) + 1
        last = joined[m.end() - 1]
        out[k][0 if last == "/" or last == "-" and _YEAR_SLASH.match(joined, m.end()) else 1].append(a - starts[k])
    # _damaged_matches over the joined texts: a lead is looked for from the unit's start on, not before
    end, at = 0, 0
    tail, look, match = _DAMAGED_TAIL.search, _LOOK_ALIKE_CHAR.search, _DAMAGED.match
    k, nxt = 0, starts[1] if n > 1 else len(joined) + 1
    while True:
        t = tail(joined, at)
        if t is None:
            return out
        c = t.start()
        at = c + 1
        if c >= nxt:
            k = bisect_right(starts, c) - 1
            nxt = starts[k + 1] if k + 1 < n else len(joined) + 1
        lo = max(end, c - 8, starts[k])
        if lo < c and look(joined, lo, c):
            for s in range(lo, c):
                dm = match(joined, s)
                if dm is not None:
                    end = dm.end()
                    lead = dm.group("lead")
                    if not lead.isdigit():
                        out[k][2].append((s - starts[k], end - starts[k], lead))
                    break


def _damaged(unit: Unit, ui: int, starts, ends, leads=None) -> List[Found]:
    """``leads``: the ``(start, end, lead)`` of ``_damaged_matches(unit.text)`` (None: found here)."""
    text = unit.text
    out = []
    if leads is None:
        leads = [(m.start(), m.end(), m.group("lead")) for m in _damaged_matches(text)]
    for a, m_end, lead in leads:
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and ends[k] > a:
            continue
        variants = []
        parts = lead.split()
        reads = ["".join(parts)] + ([parts[-1]] if len(parts) > 1 else [])       # "l 25": 125, or a stray "l"
        for read in reads:
            digits = read.translate(_LOOK_ALIKE)
            if not digits.isdigit():
                continue
            window = digits + text[m_end:m_end + 80]
            for rx, party in ((P.STATE_NUMBER_YEAR, False), (P.PARTY_NUMBER, True)):
                cm = rx.match(window)
                if not cm:
                    continue
                if party:
                    loai, cq = cm.group("loai"), cm.group("co_quan")
                    if loai not in TYPE_CODES:
                        continue
                    code = f"{cm.group('so')}-{loai}/{cq}"
                else:
                    loai = re.sub(r"\s", "", cm.group("loai") or "")
                    code = f"{cm.group('so')}/{cm.group('nam').replace(' ', '')}/{loai + '-' if loai else ''}{re.sub(chr(92) + 's', '', cm.group('co_quan'))}"
                variants.append((code, a + len(lead) + cm.end() - len(digits), party, cm))
                break
        if not variants:
            continue
        code, end, party, cm = variants[0]
        f = Found("numbered", ui, a, end, rule="number:ocr-doubt")
        f.code = code
        f.candidates = tuple(sorted({v[0] for v in variants}))
        if party:
            f.number, f.type_code, f.issuer_code = cm.group("so"), cm.group("loai"), cm.group("co_quan")
        else:
            loai = re.sub(r"\s", "", cm.group("loai") or "") or None
            f.number, f.issuer_code, f.year = cm.group("so"), re.sub(r"\s", "", cm.group("co_quan")), int(cm.group("nam").replace(" ", ""))
            f.type_code = loai or ("L" if f.issuer_code.startswith("QH") else None)
        out.append(f)
    return out


_YEARED_TYPES = ("TT", "NĐ", "TTLT")      # the type codes whose numbers carry their year ("15/2020/NĐ-CP")


def settle_damaged(found: List[Found], own_code: Optional[str] = None) -> None:
    """Decide each OCR-damaged number by the text: the variant the text writes cleanly elsewhere (or the file's own
    number) is it; with none or several, the first reading stays and the variants stay as the doubt."""
    clean = {f.code for f in found if f.code and f.rule != "number:ocr-doubt"}
    if own_code:
        clean.add(own_code)
    # "Chỉ thị số 49-NQ/TW" where the text also writes "Chỉ thị số 49-CT/TW": the type word and the clean number
    # agree against the code's slip; without such a number in the text the code stays as written
    for f in found:
        if not (f.word and f.number and f.type_code and f.issuer_code) or "-" not in (f.code or "") or "/" in f.code.split("-")[0]:
            continue
        wanted = TYPE_WORDS.get(_WORD_CASE.get(f.word.lower(), f.word))
        if wanted and wanted != f.type_code:
            fixed = f"{f.number}-{wanted}/{f.issuer_code}"
            if fixed in clean:
                f.code, f.type_code, f.rule = fixed, wanted, "number:type-repaired"
    # "Thông tư số 86/TT-BTC ngày 23/12/2024": a decree's, circular's or joint circular's number lost its year, which
    # the date after it gives; the number with that year, written cleanly elsewhere in the text (congbao
    # van-ban-hop-nhat-so-06-vbhn-btc, a form citing the circular the text consolidates), is it; else it stays as
    # written (the text does not prove the full number)
    for f in found:
        if f.rule == "number:state" and f.date and f.number and f.issuer_code and f.code:
            loai = f.code.partition("/")[2].partition("-")[0]
            fixed = f"{f.number}/{f.date[:4]}/{loai}-{f.issuer_code}"
            if loai in _YEARED_TYPES and fixed in clean:
                f.code, f.year, f.type_code, f.rule = fixed, int(f.date[:4]), loai, "number:year-repaired"
    for f in found:
        if f.rule != "number:ocr-doubt":
            continue
        proven = [c for c in f.candidates if c in clean]
        if len(proven) == 1:
            f.code, f.candidates, f.rule = proven[0], (), "number:ocr-repaired"
        elif len(f.candidates) == 1:
            f.candidates = ()                        # one reading, not proven: the rule (and the doubt) says so


_LIST_SEP = re.compile(r"^\s*(?:[,;]|và|,\s*và)\s*(?:\(\d+\)\s*)?$")


def _distribute_issuers(found: List[Found], text: str) -> None:
    """"X ban hành A; B; C" and "A và B của X": one stated issuer covers a whole list (gold: issuer_distributed):
    stated before its first document or after its last.  An issuer stated after an earlier document is that
    document's alone: "Nghị quyết số A ngày … của Bộ Chính trị, Nghị quyết số B/NQ-CP ngày …" (B is the
    Government's)."""
    if len(found) < 2 or all(f.issuer is None for f in found):
        return                                      # no list, or no issuer to spread
    chain: List[Found] = []
    for f in found + [None]:
        if f is not None and chain and _LIST_SEP.match(text[chain[-1].ref_end:f.vstart]):
            chain.append(f)
            continue
        issuers = {c.issuer for c in chain if c.issuer}
        if len(chain) > 1 and len(issuers) == 1 and (chain[-1].issuer or chain[0].issuer_before):
            only = issuers.pop()
            for c in chain:
                c.issuer = only
        chain = [f] if f is not None else []


_SHORT_WORDS = ("Kết luận", "Nghị quyết", "Quy định", "Quyết định", "Chỉ thị", "Hướng dẫn", "Kế hoạch", "Thông báo",
                "Đề án", "Quy chế", "Chương trình")
# (a number of years or months after the word is a span of time, not a number: "Kế hoạch 5 năm (2021 - 2025)",
# "Chương trình 6 tháng"; "Chỉ thị số 05 năm 2020" is one, with its year)
_SHORT = re.compile(
    r"\b(?P<word>" + "|".join(_SHORT_WORDS) + r")"
    r"\s+(?:số\s+)?(?P<so>\d{1,4})(?![\d/]|[.,]\d|\s*[-–]\s*[A-ZĐ]|\s+[A-ZĐ]{2,}/|\s+năm(?!\s+\d{4})(?!\w)|\s+tháng(?!\s+\d)(?!\w))"
)


def _short(unit: Unit, ui: int, taken, starts=None) -> List[Found]:
    out: List[Found] = []
    ms = _matches(_SHORT, unit.text, starts)
    if not ms:
        return out
    taken = _Taken(taken)
    for m in ms:
        if taken.covers(m.start()):
            continue
        word = m.group("word")
        f = Found("short", ui, m.start(), m.end(), type=word, type_code=TYPE_WORDS.get(word, P.EXTRA_TYPES.get(word)),
                  number=m.group("so"), rule="short-number")
        attachments(f, unit.text, m.end())
        out.append(f)
    return out


def _named(unit: Unit, ui: int, taken, starts=None, charter_starts=None) -> List[Found]:
    """``starts``: where "Nghị quyết" stands; ``charter_starts``: where "Điều lệ" or "Cương lĩnh" does (None: anywhere)."""
    out = []
    text = unit.text
    if starts is None or charter_starts is None:
        starts = charter_starts = None
    for m in _matches(P.NAMED_CONGRESS, text, starts):
        out.append(Found("named", ui, m.start(), m.end(), type="Nghị quyết", name=f"NQ-DH-{m.group('roman')}",
                         issuer=f"Đại hội đại biểu toàn quốc lần thứ {m.group('roman')} của Đảng", rule="named:congress"))
    for m in _matches(P.NAMED_PLENUM, text, starts):
        term = m.group("term")
        f = Found("named", ui, m.start(), m.end(), type="Nghị quyết", issuer="Ban Chấp hành Trung ương",
                  name=f"NQ-TW{m.group('plenum')}" + (f"-{term}" if term else ""), rule="named:plenum")
        attachments(f, text, m.end())
        # "(Nghị quyết số 21-NQ/TW)" in the same sentence names its number: an alias
        tail = text[m.end():m.end() + 600]
        stop = re.search(r"\.\s|\n", tail)
        paren = re.search(r"\(\s*Nghị quyết số\s+(\d+\s*-\s*NQ/TW)\s*\)", tail[:stop.start() if stop else None])
        if paren:
            f.name = "ALIAS:" + re.sub(r"\s", "", paren.group(1))
        out.append(f)
    for m in _matches(P.NAMED_CHARTER, text, charter_starts):
        name = "DL-DANG" if m.group().startswith("Điều lệ") else "CL-DANG"
        out.append(Found("named", ui, m.start(), m.end(), type="Điều lệ" if name == "DL-DANG" else "Cương lĩnh",
                         name=name, rule="named:charter"))
    if not out:
        return out
    taken = _Taken(taken)
    return [f for f in out if not taken.covers(f.vstart)]


# A capitalised type word that starts a description of an unnumbered document.
_DESCRIPTIVE = re.compile(
    r"\b(?P<draft>Dự thảo\s+(?:(?P<amend>sửa đổi(?:,\s*bổ sung)?)\s+)?)?"
    r"(?P<word>" + P._alt(list(TYPE_WORDS) + list(P.EXTRA_TYPES)) + r")(?![\w])"
)
_DRAFT_ONLY = re.compile(r"\bDự thảo\s+(?P<cue>sơ kết|tổng kết)(?![\w])")
# (a described document's phrase also ends where "và" or "," joins a numbered document: "ban hành Quy định chức năng
# … của Sở Ngoại vụ và Quyết định số 14/2022/QĐ-UBND", "ban hành Quy chế xét, công nhận sáng kiến … của Hội đồng
# sáng kiến Bộ Kế hoạch và Đầu tư, Quyết định số 768/QĐ-BKHĐT …": the next document of an effect clause's list;
# after a number in the phrase, "," goes on with that number's list: "… của Thông tư số 78/2014/TT-BTC ngày …,
# Thông tư số 119/2014/TT-BTC …", see _descriptive)
_NUMBERED_NEXT = r"(?=(?:" + P._alt(list(TYPE_WORDS)) + r")\s+số\s*\d)"       # a numbered document follows
_DESC_END = re.compile(r"\s*(?:;|\(\d+\)|\.\s|\.$|:|\(|\s-\s|,\s*(?:Kế hoạch|Quy chế|Quy định|Hướng dẫn|Báo cáo|Đề án|Phân công)\b"
                       r"|\s+và\s+" + _NUMBERED_NEXT + r"|(?P<comma>,)\s+" + _NUMBERED_NEXT + r")")
# _DESC_END's alternatives without its leading \s*, in two patterns ``re`` can skip ahead in: those opening with a
# fixed character (it jumps from one of ";(.:," to the next) and those opening with white space (it jumps from
# blank to blank); a pattern of all of them, or with the \s* first, has it try every alternative at every character
_DESC_END_AT = re.compile(r";|\(\d+\)|\.\s|\.$|:|\(|,\s*(?:Kế hoạch|Quy chế|Quy định|Hướng dẫn|Báo cáo|Đề án|Phân công)\b"
                          r"|,\s+" + _NUMBERED_NEXT)
_DESC_END_AT_BLANK = re.compile(r"\s(?:-\s|\s*và\s+" + _NUMBERED_NEXT + r")")


def _desc_end(text: str, pos: int, endpos: int):
    r"""``_DESC_END.search(text, pos, endpos)``, 2-3x cheaper.  A match of _DESC_END is white space then a match of
    one of its alternatives, so the leftmost one starts where the white space right before the leftmost match of
    an alternative starts (no earlier start can reach a later one over white space only); there ``match`` reads it
    as ``search`` would.  An alternative opening with white space matches before one opening with ";(.:," (or
    before ``endpos``) only where a "-" or a "và" stands before it: two ``str.find`` mostly spare its search."""
    c = _DESC_END_AT.search(text, pos, endpos)
    q = c.start() if c is not None else endpos
    if text.find("-", pos, q) >= 0 or text.find("và", pos, q) >= 0:
        w = _DESC_END_AT_BLANK.search(text, pos, endpos)
        if w is not None and w.start() < q:
            q = w.start()
    if q >= endpos:                                 # (every alternative reads a character: none starts there)
        return None
    while q > pos and text[q - 1].isspace():       # str.isspace is what ``\s`` matches in a str pattern
        q -= 1
    return _DESC_END.match(text, q, endpos)


_NUMBER_IN = re.compile(r"\bsố\s*\d")
_PRODUCE_WORDS = ("ban hành", "xây dựng", "trình", "tham mưu", "hoàn thiện", "phê duyệt", "triển khai", "nghiên cứu",
                  "sửa đổi, bổ sung", "cập nhật, bổ sung", "cập nhật", "Dự thảo", "thực hiện", "văn bản:")      # (no character special to ``re``)
_PRODUCE_BEFORE = re.compile(r"(?:" + "|".join(_PRODUCE_WORDS) + r"|\(\d+\)|[;:]|^)\s*$", re.I)
# The same alternatives but "^", reversed: matched once at the start of the reversed text before the white space
_PRODUCE_REVERSED = re.compile(r"(?:" + "|".join(w[::-1] for w in _PRODUCE_WORDS) + r"|\)\d+\(|[;:])", re.I)


def _produce_before(before: str) -> bool:
    """Whether ``_PRODUCE_BEFORE.search(before)`` finds a match: one of its verbs, "(12)", ";" or ":" ends where the
    white space at the end of ``before`` starts (or ``before`` is all white space: its "^").  Read on the reversed
    text with the reversed alternatives, one anchored ``match`` instead of a search trying each of the last 16
    characters (5x cheaper; the same case-insensitive comparison of the same characters)."""
    t = before.rstrip()
    return not t or _PRODUCE_REVERSED.match(t[::-1]) is not None


# Cheap tests on the words right after a type word, before the costly search for where a description ends.
_AFTER_NUMBER = re.compile(r"\s*(?:số\b|\d)")
_AFTER_SELF = re.compile(r"\s+(?:này|sửa đổi|bổ sung|thay thế|quy định chi tiết|hướng dẫn thi hành)\b", re.I)
_AFTER_PUNCT = re.compile(r"\s*[,.;:)]")
_AFTER_VERB = re.compile(r"\s+(?:việc|các|những|cho|đối với|và)\b")
# Any of the four at once, for a type word not in a draft: one anchored match instead of up to four (the alternation
# matches where one of its branches does; _AFTER_SELF's case-insensitivity kept in its branch)
_AFTER_ANY = re.compile("|".join([_AFTER_NUMBER.pattern, "(?i:" + _AFTER_SELF.pattern + ")", _AFTER_PUNCT.pattern,
                                  _AFTER_VERB.pattern]))
# A numbered document's date and issuer, with no verb of theirs, right before a capital "Quy định" (its title's verb)
_TITLE_VERB_AFTER = re.compile(r"(?:\d+/(?:(?:19|20)\d\d/)?[A-ZĐ][\wĐđ.-]*|\d+-[A-ZĐ][\wĐđ]*/[A-ZĐ][\wĐđ-]*)"
                               r"\s*(?:,?\s*ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
                               r"|\s+tháng\s+\d{1,2}\s*năm\s+\d{4}))?\s*,?\s*"
                               # (its issuer's name only: no verb of a title between, "… của Bộ trưởng sửa đổi, bổ
                               # sung một số điều của Quy định về …" names the regulation)
                               r"(?:của\s+(?:(?!(?i:ban hành|phê duyệt|sửa đổi|bổ sung|thay thế|bãi bỏ|hướng dẫn|quy định"
                               r"|thực hiện|về\b|của\b))[^;:.“”()\d]){1,80}?)?\s*$")
_HAS_VE = re.compile(r"\s+(?:của\s+[^,;]{2,40}?\s+)?về\s")
_BASED = re.compile(r"(?<!kèm)\stheo\s+(?:" + _TYPE_ALT + r")")        # "ban hành kèm theo Luật": an annex
_SENTENCE_START = re.compile(r"(?:\.\s+|^\s*-\s*)$")


def _sentence_start(before: str) -> bool:
    """``_SENTENCE_START.search(before) is not None`` by string tests (``str.isspace``, which ``rstrip`` strips, is
    what ``\\s`` matches): a "." and white space end ``before``, or it is a dash between white space only."""
    t = before.rstrip()
    return (len(t) < len(before) and t.endswith(".")) or t.lstrip() == "-"


_CARRIES_OUT = re.compile(r"\b(?:thực hiện|triển khai|thi hành|cụ thể hóa|cụ thể hoá)\s[^,;]*$", re.I)
_SUBJECT_OF = re.compile(r"\s*(?:của\s+(?P<body>[^,;]{2,60}?)\s+)?về\s+(?P<s>.+)")


def _descriptive(unit: Unit, ui: int, taken, cues=None, draft_starts=None) -> List[Found]:
    """``cues``: the ``(offset, cue word)`` of the unit; ``draft_starts``: where "Dự thảo" stands (None: anywhere)."""
    out = []
    text = unit.text
    if cues is None or draft_starts is None:
        draft_starts = None
        ms = _matches(_DESCRIPTIVE, text, None)
        taken = _Taken(taken) if ms else None
    else:
        taken = _Taken(taken)
        # a match at a taken word is skipped below; but for "Dự thảo", whose match goes on over the next word,
        # a match spans its own word only, so leaving its offset out changes no other match
        ms = _matches(_DESCRIPTIVE, text, [a for a, w in cues if w == "Dự thảo" or not taken.covers(a)])
    for m in ms:
        a = m.start()
        word_end = m.end()
        if taken.covers(m.start("word")):
            continue    # "Dự thảo Quy định số 57-QĐ/TW": the draft flag goes on the numbered mention
        after = text[word_end:word_end + 12]
        is_draft = bool(m.group("draft"))
        # a number follows (_AFTER_NUMBER), or not in a draft: "Luật này", "ban hành Luật sửa đổi, …": itself
        # (_AFTER_SELF); "Để thực hiện Nghị quyết, …": an anaphor (_AFTER_PUNCT); "Hướng dẫn việc thành lập …": the
        # verb (_AFTER_VERB); _AFTER_ANY tests the four at once
        if (_AFTER_NUMBER if is_draft else _AFTER_ANY).match(after):
            continue
        word = m.group("word")
        if word == "Quy định" and _TITLE_VERB_AFTER.search(text, max(0, a - 160), a):
            continue    # "Nghị định số 71/2024/NĐ-CP ngày … của Chính phủ Quy định về giá đất": the decree's title
            #             ("provides for"), written with a capital, not a regulation of its own
        before = text[max(0, a - 40):a]
        has_ve = _HAS_VE.match(text, word_end, word_end + 60)
        sentence_start = a == 0 or _sentence_start(before)
        produced = is_draft or has_ve or sentence_start or _produce_before(before)
        if not produced and "theo" not in text[word_end:word_end + 400]:
            continue    # _BASED below needs "theo" in the phrase, which lies in these 400 characters
        end_m = _desc_end(text, word_end, word_end + 400)
        while end_m is not None and (end_m.group("comma") and _NUMBER_IN.search(text, word_end, end_m.start())
                                     or end_m.group().lstrip().startswith("và")
                                     and _CARRIES_OUT.search(text, word_end, end_m.start())):
            # (after "thực hiện", "và" joins what the described document carries out: "Chương trình hành động …
            # thực hiện Nghị quyết Đại hội … và Kết luận số 18-KL/TW")
            end_m = _desc_end(text, end_m.end(), word_end + 400)
        end = end_m.start() if end_m else min(len(text), word_end + 400)
        phrase = text[word_end:end].strip()
        if not (produced or _BASED.search(phrase)):
            continue
        if not is_draft and (len(phrase) < 4 or phrase.endswith("như sau")):
            continue    # (… "ban hành Kế hoạch triển khai thực hiện như sau:": the text that follows, itself)
        f = Found("descriptive", ui, a, end, type=_type_for(word, None), type_code=TYPE_WORDS.get(word, P.EXTRA_TYPES.get(word)),
                  draft=is_draft, rule="descriptive" + (":draft" if is_draft else ""))
        sm = _SUBJECT_OF.match(phrase)
        if sm:
            f.subject = sm.group("s").replace("*", "").strip(" ,“”\"")
            if sm.group("body"):
                f.issuer = canonical_issuer(sm.group("body"))
        else:
            f.subject = phrase.replace("*", "").strip(" ,“”\"") or None
        f.name = ("DRAFT:" if is_draft else "") + (m.group("amend") + " " if m.group("amend") else "") + f"{word} {f.subject or ''}"
        out.append(f)
        if m.group("amend"):
            # "Dự thảo sửa đổi Quy định về luân chuyển cán bộ": the draft amends the existing "Quy định về ..."
            f.rule = "descriptive:draft-amend"
            out.append(Found("descriptive", ui, m.start("word"), end, type=f.type, type_code=f.type_code,
                             subject=f.subject, issuer=f.issuer, name=f"{word} {f.subject or ''}", rule="descriptive:amended"))
    for m in _matches(_DRAFT_ONLY, text, draft_starts):
        # bounded like a described document's phrase: an unbounded search per draft was quadratic
        end_m = _desc_end(text, m.end(), m.end() + 400)
        end = end_m.start() if end_m else min(len(text), m.end() + 400)
        f = Found("descriptive", ui, m.start(), end, type="Báo cáo", type_code="BC", draft=True,
                  subject=text[m.start("cue"):end].strip(), rule="descriptive:draft-review")
        f.name = "DRAFT:" + f.subject
        out.append(f)
    return out


_ANAPHOR_WORDS = ("Nghị quyết", "Kế hoạch", "Chương trình", "Quy định", "Kết luận", "Hướng dẫn")
_ANAPHOR = re.compile(r"\b(?P<word>" + "|".join(_ANAPHOR_WORDS) + r")(?=\s*[,.;]|\s+(?:để|bảo đảm|đề ra|gồm|này)\b)")


def _anaphoric(unit: Unit, ui: int, taken, sentence_starts=None, starts=None) -> List[Found]:
    """``sentence_starts``: the offsets of the unit's sentences (None: asked of the unit when needed)."""
    out: List[Found] = []
    ms = _matches(_ANAPHOR, unit.text, starts)
    if not ms:
        return out
    taken = _Taken(taken)
    for m in ms:
        if taken.covers(m.start()):
            continue
        if sentence_starts is None:
            sentence_starts = {a for a, _ in unit.sentences}
        if m.start() in sentence_starts:
            continue
        out.append(Found("anaphoric", ui, m.start(), m.end(), type=m.group("word"),
                         type_code=TYPE_WORDS.get(m.group("word")), rule="anaphora"))
    return out


# Which finder can match where which cue word of ``scan_units`` stands: a finder's pattern opens with one of its
# words, and the cue word found at an offset is the longest there, so it starts with that word.
def _opening(words):
    return frozenset(c for c in CUE_WORDS if any(c.startswith(w) for w in words))


_AT_SHORT = _opening(_SHORT_WORDS)
_AT_NAMED = _opening(["Nghị quyết"])                       # NAMED_CONGRESS, NAMED_PLENUM
_AT_CHARTER = _opening(["Điều lệ", "Cương lĩnh"])          # NAMED_CHARTER
_AT_DRAFT = _opening(["Dự thảo"])                          # _DRAFT_ONLY
_AT_ANAPHOR = _opening(_ANAPHOR_WORDS)
_AT_ANY = _AT_SHORT | _AT_NAMED | _AT_CHARTER | _AT_DRAFT | _AT_ANAPHOR

def _at(cues, present, opening):
    """The offsets of the cue words a finder can open with (``present``: the cue words of the unit)."""
    return [] if present.isdisjoint(opening) else [a for a, w in cues if w in opening]


# False: every finder on every unit, scanning it whole (the reference tests/test_scan.py compares with).
SCAN = True


def find_mentions(seg: Segmented) -> List[Found]:
    """Every document reference in reading order (numbered first where spans overlap)."""
    result: List[Found] = []
    units = seg.units
    if SCAN:
        # loaders/scan.py: most units hold no number and no type word; where they do, where the words stand
        texts = [u.text for u in units]
        hinted, words = scan_units(texts)
        # where numbers (and OCR-damaged ones) start in the hinted units, found at once; a hinted unit with none
        # and no "KX" (a research code) holds no numbered mention: no call of _numbered
        numbers = {ui: got for ui, got in zip(hinted, _number_scan([texts[i] for i in hinted]))
                   if got[0] or got[1] or got[2] or "KX" in texts[ui]}
        todo = sorted(set(numbers).union(words))
    else:
        numbers, words, todo = None, None, range(len(units))
    for ui in todo:
        unit = units[ui]
        if numbers is None:
            nums = _numbered(unit, ui)
            cues = at_short = at_named = at_charter = at_draft = at_anaphor = None
        else:
            scanned = numbers.get(ui)
            nums = _numbered(unit, ui, hinted=True, scanned=scanned) if scanned is not None else []
            cues = words.get(ui)
            if not cues:                       # no type word: no short, named, descriptive or anaphoric mention
                if nums:                       # (most hinted units hold no number: nothing to sort)
                    result.extend(sorted(nums, key=lambda f: (f.vstart, -f.vend)))
                continue
            present = {w for _, w in cues}
            if nums and "Dự thảo" not in present:
                taken = _Taken([(f.vstart, f.vend) for f in nums])
                if all(taken.covers(a) for a, _ in cues):
                    # every type word stands inside a number's mention ("Căn cứ Nghị định số 15/2020/NĐ-CP"):
                    # each finder but the draft review's skips a match at a taken word, so nothing more here
                    result.extend(sorted(nums, key=lambda f: (f.vstart, -f.vend)))
                    continue
            if present.isdisjoint(_AT_ANY):    # the words of neither finder but the descriptive one (most units)
                at_short = at_named = at_charter = at_draft = at_anaphor = []
            else:
                at_short, at_named = _at(cues, present, _AT_SHORT), _at(cues, present, _AT_NAMED)
                at_charter, at_draft = _at(cues, present, _AT_CHARTER), _at(cues, present, _AT_DRAFT)
                at_anaphor = _at(cues, present, _AT_ANAPHOR)

        # (a finder given no offset to try finds nothing: with the scan, most units hold none of the words the
        # short, named and anaphoric finders open with, and their calls are skipped; benchmark if changing)
        taken = [(f.vstart, f.vend) for f in nums]
        shorts = _short(unit, ui, taken, at_short) if at_short is None or at_short else []
        if shorts:
            taken += [(f.vstart, f.vend) for f in shorts]
        named = _named(unit, ui, taken, at_named, at_charter) if at_named is None or at_named or at_charter else []
        if named:
            taken += [(f.vstart, f.vend) for f in named]
        desc = _descriptive(unit, ui, taken, cues, at_draft)
        ana = (_anaphoric(unit, ui, taken + [(f.vstart, f.vend) for f in desc], None, at_anaphor)
               if at_anaphor is None or at_anaphor else [])
        found = nums + shorts + named + desc + ana
        if unit.future:
            for f in found:
                f.planned = f.planned or f.kind == "descriptive"
        found.sort(key=lambda f: (f.vstart, -f.vend))
        result.extend(found)
    return result

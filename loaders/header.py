"""The file's own document: number, type, date and place, issuer, title, signer -- and, when the file is a
copy, the copy block (SAO LỤC / SAO Y: its own number, date, issuer, signer) and the incoming stamp (ĐẾN).

Read from the header (first ``HEAD_LINES`` lines) and the footer (last ``TAIL_LINES`` lines), so the cost
does not grow with the body.  OCR scrambles these blocks: the seed has its date above its number, the
receiving office's stamp between the number and the type heading, and the copy's issuer, number, form
word, date and signature spread over 25 lines of footer.  So each field is found by its own pattern and
the blocks are told apart by what they contain, not by their order:

* the own number is the first "Số ..." number of the header whose type code is not BS (Bản sao);
* the copy number is a BS number, or the "Số" number nearest the form word;
* issuer lines are capital lines of the header before the type heading, minus the national/Party
  mottos and minus the receiving office written above the ĐẾN stamp; without them the issuer comes from
  the issuer code of the own number (BTCTW -> Ban Tổ chức Trung ương);
* a signature block is a capital position line ("K/T TRƯỞNG BAN", "KT. BỘ TRƯỞNG", "CHỦ TỊCH QUỐC HỘI")
  followed by a person's name; the original's block is the last one before the copy section, the copy's
  the first one after its form word; "T/M BỘ CHÍNH TRỊ" names the issuer when the header says only
  "BAN CHẤP HÀNH TRUNG ƯƠNG";
* the type is the heading's word, unless the number's type code names another type (a VBHN repeats the
  heading of the law it consolidates); QĐ is Quyết định or Quy định as the heading says.

The first line of a portal page ("Nghị định 247/2025/NĐ-CP sửa đổi ...") is never read as a header line:
it has no "Số", no capitals and no place-date.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from vanban.domain.codes import ISSUER_CODES, SHORT_BODY_NAMES, TYPE_CODES, TYPE_WORDS
from vanban.domain.dates import iso_date
from vanban.domain.gazetteer import committee_name
from vanban.domain.gazetteer import lookup as _province
from vanban.domain.numbers import issuer_from_code, split_code, type_from_code  # noqa: F401  (moved to the domain layer)
from vanban.domain.numbers import normalize_number as normalize_code
from vanban.domain.text import ascii_key, fix_d, fold, normalize_tones
from vanban.loaders.layout import CONTINUED, LONE_SMALL_LETTER, place_dates_by_tail
from vanban.loaders.models import Copy, OwnDocument, Received
from vanban.loaders.patterns import (
    BLANK_HYPHEN,
    OCR_HYPHEN,
    PARTY_ISSUER_CODES,
    PROVINCIAL_PARTY,
    TYPE_WORD_BY_KEY,
    YEAR_TYPE_CODES,
    _alt,
    doubled_letter_readings,
    glued_admin_type_issuer,
    longest_first,
)

HEAD_LINES = 60     # the header block; portal pages push it down to line ~25 (state file 15)
TAIL_LINES = 300    # the signature and copy blocks; appendices after a signature can be long

# Vietnamese letters by case, for patterns that need "a capitalised word".
_VOWELS = "aăâeêioôơuưy"
_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_LOWER = "".join(sorted({unicodedata.normalize("NFC", v + m) for v in _VOWELS for m in _MARKS}
                        | set("bcdđfghjklmnpqrstvwxz")))
_UPPER = _LOWER.upper()
UP, LO = f"[{_UPPER}]", f"[{_LOWER}]"

# ------------------------------------------------------------------ patterns

# A document number (the code part).  Longer forms first: a state number with its year before one without.
CODE = r"""
    (?: \d+(?:\.\d{1,3})?[ \t]*/[ \t]*\d{4}[ \t]*/[ \t]*[A-ZĐ][A-Za-zĐđ0-9]*
        (?:[ \t]*-(?:[ \t]*-)?[ \t]*(?:\n[ \t]*)?[A-ZĐ][A-Za-zĐđ0-9&]*)*
                                                  # state with year: "247/2025/NĐ-CP", "50/2019/QH14" ("35/2025/QĐ- -UBND")
      | \d+[ \t]*/[ \t]*[A-ZĐ][A-Za-zĐđ&]*(?:\.[A-ZĐ][A-Za-zĐđ0-9&]*)*[ \t]*-(?:[ \t]*-)?[ \t]*(?:\n[ \t]*)?[A-ZĐ][A-Za-zĐđ0-9&]*
        (?:(?:[ \t]*-[ \t]*|\.)[A-ZĐ][A-Za-zĐđ0-9&]*)*
                                                  # state without year: "07/VBHN-VPQH", "1234/QĐ-TTg", "3783/QĐ-\nUBND"
                                                  # (and OCR's doubled hyphen: "4508/QĐ- -BVHTTDL")
      | \d+[ \t]*/[ \t]*[A-ZĐ][A-ZĐ0-9&]{1,14}\.[A-ZĐ][A-ZĐ0-9&]{1,14}(?![\w.-])
                                                  # its hyphen read ".": "9476/BNNMT.CNTY" (find_number puts it back)
      | \d+[a-z]?[ \t]*/[ \t]*[A-ZĐ]{2,6}(?=[A-ZĐ]{2,10}(?![\w-]))[A-ZĐ]{2,10}
                                                  # state without year whose hyphen a PDF's text lost: "1961/QĐUBND"
                                                  # (_unglued splits it, or the number is not read)
      | \d+[ \t]*-\s*[A-ZĐ][A-Za-zĐđ]*[ \t]*/[ \t]*[A-ZĐ][A-Za-zĐđƯ0-9""" + _UPPER + r"""]*
                                                  # Party: "188 -BC/BTCTW", "711-BS/VPTU", "16 -\nHD/BTCTW"; OCR's
                                                  # marks on the issuer's letters ("2449 -CV/ĐỦ": proven_party_issuer)
    )(?![\w])                                     # not "11/2026/TEBIC - VI" of "VIỆT NAM" (a merged header line)
"""

# "Số ..." where a header writes its own number.  A body mention ("Nghị quyết số 21-NQ/TW") has neither the
# capital "Số" at a line start nor the colon, so it does not match.
NUMBER_LINE = re.compile(rf"""
    (?: ^[ \t*'‘’`_.:,~„-]*(?:Số|§ố|8ố)\b[ \t]*:?   # "Số 188 -BC/BTCTW", "Số: 247/2025/NĐ-CP" at a line start (OCR's
                                              # specks before it: "'§ố 75-KL/TW", "_ Số 75-KL/TW", "- Số: 11/2026/
                                              # TTBTC", seed 13; its S read as a digit: "' 8ố: 44/2022/TT-BTC", seed 12)
      | \b[Ss]ố[ \t]*:                 # "--------------- Luật số:" (mid-line: the colon is needed)
    )
    \s*(?:[-.'‘’`~][ \t]*)?            # a speck OCR read before the number: "Số: -4508/QĐ- BVHTTDL"
    (?P<code>{CODE})                # the number may sit on the next line: "Số:\\n62/2019/TT-BTC"
""", re.VERBOSE | re.MULTILINE)



_NUMBER_LEAD = " \t*'‘’`_.:,~„-"       # what may stand before NUMBER_LINE's first form on its line


def number_lines(text: str):
    """``NUMBER_LINE.finditer(text)``, tried only where a match can start: at a "Số"/"số" (the second form), or at
    the start of its line when only blanks and "*" stand before it there (the first form).  The same matches in the
    same order (the leftmost from where the last one ended); reading every position of a long text was slow."""
    starts = []
    for word in ("Số", "số", "§ố", "8ố"):
        i = text.find(word)
        while i >= 0:
            starts.append(i)
            i = text.find(word, i + 2)
    starts.sort()
    pos = 0
    match = NUMBER_LINE.match
    for o in starts:
        if o < pos:
            continue
        line = text.rfind("\n", 0, o) + 1
        if pos <= line < o and not text[line:o].strip(_NUMBER_LEAD):
            m = match(text, line)
            if m is not None:
                yield m
                pos = m.end()
                continue
        m = match(text, o)
        if m is not None:
            yield m
            pos = m.end()


# Place and date of issue.  The parts may be broken over lines ("Hà Nội,\\nngày\\n27 tháng\\n6 năm\\n2025").
# Blanks and at most three of a scan's specks between the words of a date (possessive, and bounded: a run of "; ; ;"
# is read in linear time)
_DATE_SPECKS = r"\s*+(?:[.,:;'`]\s*+){0,3}"
# … and before the day, one stray word of a scan of at most two characters ("ngày by 03 tháng 4 năm 2019")
_DAY_SPECK = r"(?:[^\s\d]{1,2}[ \t]++)?+"
# ", ngày 30 tháng 12 năm 2022" with its groups (OCR: "; ngày", "ngày:28", ",.ngày", "ngày.15", "ngày by 03",
# "tháng11", "27.tháng")
# (Markdown's emphasis around the place and the date: "*Hà Nội*, *ngày 22 tháng 12 năm 2024*", a page pandoc made)
_DATE_WORDS = (rf"[ \t*_]*[,;]{_DATE_SPECKS}[*_]*ngày{_DATE_SPECKS}{_DAY_SPECK}(?P<d>\d{{1,2}})"
               rf"{_DATE_SPECKS}tháng{_DATE_SPECKS}(?P<m>\d{{1,2}}){_DATE_SPECKS}năm{_DATE_SPECKS}(?P<y>\d{{4}})")
PLACE_DATE = re.compile(rf"""
    (?<![\w-])(?P<place>(?:TP\.[ \t]*)?{UP}{LO}*(?:[.'`]?[ \t]+{UP}{LO}*){{0,3}})   # "Hà Nội", "TP. Hồ Chí Minh"
""" + _DATE_WORDS, re.VERBOSE)
# (a scan's speck after a word of the place: "Hà. Nội"; dropped from the place read)
_PLACE_SPECK = re.compile(r"(?<!TP)[.'`](?=[ \t])")

# A place whose letters a web page spaced out ("T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014", "Qu ả ng Ngãi"):
# a word's pieces after its capital are in small letters; asked only when no place-date is found, and only of a cell
# (a line's start, or after the column gap the layout leaves between a table's cells)
_SPACED_PLACE_DATE = re.compile(rf"""
    (?:^|(?<=[ \t]{{2}}))[ \t*]*(?P<place>{UP}{LO}*(?:[ \t]+(?:{UP}{LO}*|{LO}+)){{1,8}})
""" + _DATE_WORDS, re.VERBOSE | re.MULTILINE)

# PLACE_DATE from its comma on: the date's words, the same pattern.
_DATE_TAIL = re.compile(rf"[,;]{_DATE_SPECKS}[*_]*ngày{_DATE_SPECKS}{_DAY_SPECK}\d{{1,2}}{_DATE_SPECKS}tháng"
                        rf"{_DATE_SPECKS}\d{{1,2}}{_DATE_SPECKS}năm{_DATE_SPECKS}\d{{4}}")


def _place_dates(text: str):
    """``PLACE_DATE.finditer(text)``, searched only on the lines of a date's comma (``_DATE_TAIL``, whose literal
    comma ``re`` skips ahead to).  The same matches: a match has its comma at the first date comma from where
    the last one ended that gives one (its place holds no comma), its place starts on the comma's line (no line
    break in the place's words), and it ends where the comma's date does (the same words)."""
    return place_dates_by_tail(text, PLACE_DATE, _DATE_TAIL)


# The type heading in capitals, at a line start or right after the place-date ("... năm 2019 LUẬT SỬA ĐỔI").
# Built from codes.TYPE_WORDS, longest first ("THÔNG BÁO KẾT LUẬN" before "THÔNG BÁO", "BỘ LUẬT" before "LUẬT").
_TYPE_BY_CAPS = {w.upper(): w for w in TYPE_WORDS}
TYPE_HEADING = re.compile(r"""
    ^[ \t]*(?P<word>""" + _alt(_TYPE_BY_CAPS) + r""")
    (?=[ \t]|$|\[)                     # "BÁO CÁO" alone, "LUẬT [annotation] THỦY SẢN", "NGHỊ ĐỊNH SỬA ĐỔI"
    (?P<rest>.*)$
""", re.VERBOSE)

# Words that end a title when they start a line: the enacting formula and the body.  Example: "Căn cứ Hiến pháp".
# ("Căn cử", "Căn cừ": a preamble line whose cue OCR misread by one mark still ends the title)
TITLE_STOP = re.compile(r"^\s*(?:[-–]\s*Căn\ c[ứừửữựưu]\b|Căn\ c[ứừửữựưu]\b|Kính\ gửi|Điều\ \d|Chương\ [IVXLC\d]|Phần\ "
                        r"|QUYẾT\ NGHỊ|QUYẾT\ ĐỊNH\s*:"
                        r"|[IVX]+\.\ |\d+\.\ |-{3,}|\*+\s*$)", re.VERBOSE)

# A signature block's position line.  Authority prefixes (K/T = ký thay, T/M = thay mặt, T/L = thừa lệnh,
# TUQ = thừa ủy quyền, Q. = quyền) or a position title.  Example: "K/T TRƯỞNG BAN", "KT. BỘ TRƯỞNG THỨ TRƯỞNG".
POSITION = re.compile(r"""
    ^(?: (?:K/T|KT\.?|T/M|TM\.?|T/L|TL\.?|TUQ\.?|Q\.|Q/|THỪA\ LỆNH|THỪA\ ỦY\ QUYỀN)[ \t]   # authority prefix
       | XÁC\ THỰC\ VĂN\ BẢN\ HỢP\ NHẤT\b                                           # VBHN authentication
       | (?:PHÓ\ )?(?:CHỦ\ TỊCH|TRƯỞNG\ BAN|BỘ\ TRƯỞNG|THỨ\ TRƯỞNG|THỦ\ TƯỚNG|CHÁNH\ VĂN\ PHÒNG
           |TỔNG\ BÍ\ THƯ|BÍ\ THƯ|CHỦ\ NHIỆM|GIÁM\ ĐỐC|CỤC\ TRƯỞNG|TỔNG\ CỤC\ TRƯỞNG|VỤ\ TRƯỞNG
           |TRƯỞNG\ PHÒNG|CHÁNH\ ÁN|VIỆN\ TRƯỞNG|TỔNG\ KIỂM\ TOÁN)\b                   # a position title
    )
""", re.VERBOSE)

# A person's name: 2 to 6 capitalised words, after an optional "Đã ký:".  Example: "Đã ký: Mai Văn Chính".
NAME = re.compile(rf"""
    ^[ \t(]*(?:(?:Đã|đã)\ ký[ \t)]*:?[ \t]*)?                    # "Đã ký:", "(Đã ký)"
    (?P<name>{UP}{LO}+(?:[ \t]+{UP}{LO}*){{1,5}})                # "Nguyễn Thị Ngọc Bích"
    [ \t]*$
""", re.VERBOSE)

# The copy's form word, alone on its line.  Longest first.  Example: "SAO LỤC".
COPY_FORM = re.compile(r"^[ \t]*(?P<form>SAO\ Y\ BẢN\ CHÍNH|TRÍCH\ SAO|SAO\ LỤC|SAO\ Y)[ \t]*$", re.VERBOSE)

# The incoming register stamp: "ĐẾN" (OCR: "DEN"), then "Số: 18" and "Ngày: 09/01/2023" nearby.
STAMP = re.compile(r"^[ \t]*(?:CÔNG\ VĂN\ )?(?:ĐẾN|DEN|ĐEN|DẾN)\b", re.VERBOSE)
STAMP_NUMBER = re.compile(r"\bSố[ \t]*:?[ \t]*(?P<n>\d+)\b")                      # "Số: 18"
STAMP_DATE = re.compile(r"\bNgày[ \t]*:?[ \t]*(?P<d>\d{1,2})[ \t]*[/.-][ \t]*(?P<m>\d{1,2})[ \t]*[/.-][ \t]*"
                        r"(?P<y>\d{4}|\d{2})\b")                                  # "Ngày: 09/01/2023"

# Header lines that are not the issuer: the state motto, the Party's name on the right-hand side.
MOTTOS = {fold(m) for m in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "ĐẢNG CỘNG SẢN VIỆT NAM")}


# … and the whole of one with a letter off (a font whose glyphs map to other letters, "CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT
# NAM" in a PDF's text; OCR), compared without marks and spaces
_MOTTO_KEYS = tuple(ascii_key(m) for m in MOTTOS)


def is_motto(line: str) -> bool:
    """A motto, or a piece of one wrapped over lines ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"), or a whole one with
    one letter off."""
    key = re.sub(r"\s+", " ", fold(line)).strip(" *-")
    if not key:
        return False
    if any(key == m or (len(key) >= 4 and key in m) for m in MOTTOS):
        return True
    bare = ascii_key(key)
    return len(bare) >= 15 and any(abs(len(bare) - len(m)) <= 1 and _within_one_edit(bare, m) for m in _MOTTO_KEYS)


def _within_one_edit(a: str, b: str) -> bool:
    """``_edits(a, b) <= 1`` in one pass: past the common prefix, the rest of one is the rest of the other with at
    most one character changed, added or dropped (the full table cost ~0.3 ms a header line; benchmark if
    changing)."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]

# Body names: the canonical forms vanban knows (codes.ISSUER_CODES) and the generic heads a header combines
# with a parent or a place ("VĂN PHÒNG" + "TỈNH ỦY QUẢNG NGÃI" -> "Văn phòng Tỉnh ủy Quảng Ngãi").
_CANONICAL = {fold(v): v for v in ISSUER_CODES.values()}
_CANONICAL.update({fold(v): v for v in ("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương")})
# (the known names by their letters alone, marks and spaces dropped; a key two names share names neither)
_BARE_COUNT = Counter(map(ascii_key, set(_CANONICAL.values())))
_CANONICAL_BARE = {ascii_key(v): v for v in set(_CANONICAL.values()) if _BARE_COUNT[ascii_key(v)] == 1}
UNIT_HEADS = ("Ủy ban Kiểm tra", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế",
              "Ban Đối ngoại", "Văn phòng")
BODY_HEADS = ("Ban Chấp hành Trung ương", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
              "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Tổng cục", "Chi cục", "Cục", "Sở", "Phòng", "Bộ", "Vụ") + UNIT_HEADS
# The heads whose name goes on in small letters ("SỞ NỘI VỤ" -> "Sở Nội vụ"; a district's "PHÒNG NỘI VỤ"), as a
# ministry's does; a department or a division named as a ministry is is written as it is ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" ->
# "Sở Giáo dục và Đào tạo", as "Bộ Giáo dục và Đào tạo")
_SENTENCE_HEADS = ("Bộ", "Sở", "Phòng", "Cục", "Tổng cục", "Chi cục", "Vụ")
_MINISTRY_FIELDS = {fold(b[len("Bộ "):]): b[len("Bộ "):] for b in ISSUER_CODES.values() if b.startswith("Bộ ")}
# A People's Committee or Council written short in a header ("UBND HUYỆN GIA LÂM")
_SHORT_HEADS = {short: name.upper() for short, name in SHORT_BODY_NAMES.items()}
LEVEL_WORDS = ("thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn")
_LEVELS_FOLDED = tuple(fold(w).split() for w in LEVEL_WORDS)
# the known names that are a whole body before a unit's name (split_parent): not a generic head, which a body's
# name follows ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH": the Party committee of the province's people's committee)
_WHOLE_BODIES = frozenset(_CANONICAL) - {fold(h) for h in BODY_HEADS + ("Đảng đoàn", "Ban cán sự đảng")}


# ------------------------------------------------------------------ small helpers

@dataclass(frozen=True)
class Signature:
    """A signature block: its position lines joined with " – " and the signer's name."""
    position: str
    name: Optional[str]
    first: int   # 0-based line indexes of the block
    last: int


def prepare(line: str) -> str:
    """A header line ready for matching: Đ fixed, one tone placement, markdown bold and portal annotations
    ("[Xử phạt ... được hướng dẫn bởi ...]", never a footnote marker "[1]") removed, tabs as spaces.
    ``prepare("**VĂN PHÒNG**") == "VĂN PHÒNG"``."""
    line = normalize_tones(fix_d(line)).replace("**", "").replace("\t", " ")
    if "  " in line:
        line = _rejoin_caps(line)
    return (_ANNOTATION.sub(" ", line) if "[" in line else line).rstrip()    # "[1]" (a footnote marker) stays


# A web page bolds a header's letters one by one ("**V****Ă****N PHÒNG"): the layout's mask blanks the markers in
# place, leaving "V    Ă    N PHÒNG"; capitals standing alone with two or more blanks between are one word again.
# (the capital first, the look-behind on it after: a pattern opening with its class lets ``re`` skip to the
# capitals, one opening with a look-behind is tried at every character; the same matches)
_SPLIT_CAPS = re.compile(r"([A-ZĐÀ-Ỹ])(?<![\w][A-ZĐÀ-Ỹ])[ ]{2,}(?=[A-ZĐÀ-Ỹ](?![\w]))")


def _rejoin_caps(line: str) -> str:
    return _SPLIT_CAPS.sub(r"\1", line) if _SPLIT_CAPS.search(line) else line


_ANNOTATION = re.compile(r"\[[^\]]*\s[^\]]*\]")


def prepare_lines(lines: Sequence[str]) -> List[str]:
    """``[prepare(line) for line in lines]`` (lines without a line break), in a few passes over their joined text:
    none of ``prepare``'s replacements spans a line break (a tone moves inside a syllable, "**" and the tab are
    one line's), so they are made once for all the lines; the annotations and the stripping, line by line."""
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:           # a line holding a line break: one by one
        return [prepare(line) for line in lines]
    joined = normalize_tones(fix_d(joined)).replace("**", "").replace("\t", " ")
    if "  " in joined:
        joined = _rejoin_caps(joined)
    out = joined.split("\n")
    if "[" in joined:
        out = [_ANNOTATION.sub(" ", line) if "[" in line else line for line in out]
    return list(map(str.rstrip, out))


def is_caps(s: str) -> bool:
    """Letters and all of them capitals: a header or position line."""
    seen = False
    for c in s:                  # stops at the first lower-case letter (most lines)
        if c.isalpha():
            if c.islower():
                return False
            seen = True
    return seen


def _capitalize(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def body_name(caps: str) -> str:
    """A header's capital body name in its usual case.

    ``body_name("BỘ TÀI CHÍNH") == "Bộ Tài chính"`` (a known body); ``body_name("TỈNH ỦY QUẢNG NGÃI") ==
    "Tỉnh ủy Quảng Ngãi"`` (a generic head + a proper name, each word capitalised)."""
    caps = re.sub(r"\s+", " ", caps).strip(" .,:;*-_'`‘’“”~|„ˆ")     # (OCR's specks: "_ BỘ TÀI CHÍNH", "NGHỆAN „")
    short = _SHORT_HEADS.get(caps.split(" ", 1)[0])
    if short is not None and " " in caps:
        caps = f"{short} {caps.split(' ', 1)[1]}"
    key = fold(caps)
    if key in _CANONICAL:
        return _CANONICAL[key]
    bare = _CANONICAL_BARE.get(ascii_key(key))
    if bare is not None:            # a known body with a mark misread ("BỘ CƠNG THƯƠNG": a font's glyph, OCR)
        return bare
    for head in sorted(BODY_HEADS, key=len, reverse=True):
        h = fold(head)
        if key == h:
            return head
        if key.startswith(h + " "):
            rest = caps[len(head):].strip()
            for level in LEVEL_WORDS:
                if fold(rest).startswith(level + " "):
                    place = " ".join(map(_capitalize, rest[len(level):].split()))
                    pr = _province(place) if " " not in place else None
                    if pr is not None and ascii_key(pr.name) == ascii_key(place):
                        place = pr.name         # "TỈNH BẮCNINH": a scan lost the space inside the province's name
                    return f"{head} {level} {place}"
            if head in _SENTENCE_HEADS:   # "SỞ NỘI VỤ" -> "Sở Nội vụ"
                return f"{head} {_MINISTRY_FIELDS.get(fold(rest)) or rest[:1].upper() + rest[1:].lower()}"
            return f"{head} {' '.join(map(_capitalize, rest.split()))}"
    # a head of several words with a mark misread ("ỦY BẠN NHÂN DÂN THÀNH PHỐ CẦN THƠ", OCR), when its letters are no
    # other head's
    words = caps.split()
    for n in range(min(_BARE_HEAD_WORDS, len(words)), 2, -1):
        head = _BARE_HEADS.get(ascii_key(" ".join(words[:n])))
        if head is not None:
            return body_name(" ".join([head.upper(), *words[n:]]))
    return " ".join(map(_capitalize, caps.split()))


# The heads of three words or more by their letters without marks, where no two heads share them (two words may be
# another body's: "QUÂN ỦY" is no misread "Quận ủy"; _BARE_HEAD_WORDS: the most words one has)
_BARE_HEAD_COUNT = Counter(ascii_key(h) for h in BODY_HEADS)
_BARE_HEADS = {ascii_key(h): h for h in BODY_HEADS if len(h.split()) >= 3 and _BARE_HEAD_COUNT[ascii_key(h)] == 1}
_BARE_HEAD_WORDS = max(len(h.split()) for h in _BARE_HEADS.values())


def split_unit(caps: str) -> Tuple[Optional[str], str]:
    """One capital line holding parent and unit: ``split_unit("TỈNH ỦY QUẢNG NGÃI VĂN PHÒNG") ==
    ("TỈNH ỦY QUẢNG NGÃI", "VĂN PHÒNG")``; ``(None, line)`` when it is one body."""
    key = fold(caps)
    for unit in UNIT_HEADS:
        u = fold(unit)
        if key.endswith(" " + u) and len(key) > len(u) + 1:
            return caps[:len(caps) - len(unit)].strip(), caps[len(caps) - len(unit):].strip()
    return None, caps


def split_parent(caps: str) -> Tuple[Optional[str], str]:
    """One capital line holding a body and, after it, one of its units (the two lines of a header block on one:
    a flattened page, an OCR that merged them): ``split_parent("BỘ TÀI CHÍNH CỤC THUẾ") == ("BỘ TÀI CHÍNH", "CỤC
    THUẾ")``, ``split_parent("UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO") == ("UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO
    DỤC VÀ ĐÀO TẠO")``.  The unit starts with a body's first word (BODY_STARTS) after a whole body: a name vanban
    knows, or one ending in a level and its place ("… TỈNH LÀO CAI"); ``(None, line)`` otherwise ("BAN THƯỜNG VỤ
    TỈNH ỦY", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" are one body each)."""
    words = caps.split()
    folded = [fold(w) for w in words]
    for k in range(2, len(words)):
        if not (" ".join(folded[k:]) + " ").startswith(BODY_STARTS):
            continue
        head = folded[:k]
        if " ".join(head) in _WHOLE_BODIES or _ends_in_a_place(head):
            return " ".join(words[:k]), " ".join(words[k:])
    return None, caps


# A type word of documents, which no body's name holds ("NGHỊ QUYẾT", "QUYẾT ĐỊNH", …, folded)
_TYPE_WORDS_FOLDED = tuple(fold(w).split() for w in TYPE_WORDS)


def _body_after_heading(caps: str) -> str:
    """The body that ends a capital line after a heading in capitals naming documents (a book's or a site's
    running heading before the issuer's block on a flattened page): ``"CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP HỘI
    ĐỒNG NHÂN DÂN TỈNH LÀO CAI"`` -> ``"HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI"``.  Only when the line does not start a
    body, the part before holds a type word, and the rest is a whole body (a name vanban knows, or one ending in a
    level and its place); the line as it is otherwise."""
    key = fold(caps)
    if (key + " ").startswith(BODY_STARTS):
        return caps
    words = caps.split()
    folded = key.split()
    if len(folded) != len(words):
        return caps
    for k in range(2, len(words) - 1):
        rest = folded[k:]
        if not (" ".join(rest) + " ").startswith(BODY_STARTS):
            continue
        if not any(folded[i:i + len(t)] == t for t in _TYPE_WORDS_FOLDED for i in range(k - len(t) + 1)):
            continue
        if " ".join(rest) in _CANONICAL or _ends_in_a_place(rest):
            return " ".join(words[k:])
    return caps


def _ends_in_a_place(words: Sequence[str]) -> bool:
    """A body's name (folded words) that ends in a level and its place, after its head ("… tỉnh lào cai")."""
    return any(words[i:i + len(level)] == level and i + len(level) < len(words)
               for level in _LEVELS_FOLDED for i in range(1, len(words)))


# The words a body's name starts with (a header line that starts with one starts a new body; other capital
# lines continue the one above: "ỦY BAN NHÂN" / "DÂN" / "TỈNH BẮC NINH" is one name wrapped over three lines).
BODY_STARTS = tuple(fold(w) for w in (
    "Bộ ", "Cục ", "Tổng cục", "Chi cục", "Sở ", "Phòng ", "Vụ ", "Ủy ban", "UBND", "Hội đồng", "HĐND", "Chính phủ", "Quốc hội",
    "Thủ tướng", "Văn phòng", "Ban ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ",
    "Đảng đoàn", "Thanh tra", "Kiểm toán", "Ngân hàng", "Tòa án", "Viện ", "Trường ", "Trung tâm", "Công an",
    "Bộ chỉ huy", "Thuế ", "Hải quan", "Kho bạc", "Bảo hiểm", "Đoàn ", "Liên đoàn", "Hội ", "Chủ tịch", "Tổng "))


def join_body_lines(segments: Sequence[str]) -> List[str]:
    """Capital header lines joined into body names: a line that does not start a body continues the previous
    one, and a single word ("ỦY" / "BAN NHÂN DÂN") never stands alone.
    ``join_body_lines(["ỦY BAN NHÂN", "DÂN", "TỈNH BẮC NINH"]) == ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"]``."""
    out: List[str] = []
    for seg in segments:
        key = fold(seg)
        if out and (" " not in out[-1].strip() or not key.startswith(BODY_STARTS) and not (key + " ").startswith(BODY_STARTS)
                    # a known name wrapped where its second part names a body too ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI")
                    or fold(out[-1]) not in _CANONICAL and f"{fold(out[-1])} {key}" in _WHOLE_BODIES):
            out[-1] = f"{out[-1]} {seg}"
        else:
            out.append(seg)
    return out


# The Party line glued to the issuer by an OCR that merged the two header columns ("BAN CHẤP HÀNH TRUNG ƯƠNG
# ĐÁNG CỘNG SẢN VIỆT NAM", with OCR's "ĐÁNG" for "ĐẢNG").
_PARTY_LINE_IN = re.compile(r"\s*Đ[AÁẢÀẠÃĂẲẰẮÂẨ]NG\s+C[ỘÔO]NG\s+S[ẢAÁ]N\s+VI[ỆÊE]T\s+NAM[\s.,:;_'`~*]*$")   # "ĐĂNG", "ĐẨNG" too
# The same for the state's national line, whole or in pieces, with the marks OCR leaves between the columns
# ("ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI", "BỘ TÀI CHÍNH - CỘNG HÒA XÃ HỘI CHỦ NGHĨA -", "... __ CHỦ
# NGHĨA VIỆT NAM").  "VIỆT NAM" alone ends many names ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"): only after CHỦ NGHĨA.
# Between its words OCR may read a speck as "." or a quote ("CỘNG HÒA.XÃ HỘI", "CHỦ NGHĨA. VIỆT NAM"); "VIỆT NAM" alone is the
# line's end when a speck, not a space, sets it off ("CHÍNH PHỦ . VIỆT NAM"); any specks may follow it ("… CHỦ NGHĨA
# VIỆT NAM ˆ": a mark OCR read from the dust beside the national line).
_NW = r"[\s.'‘’`„]+"             # (a speck read as a quote: "CHÍNH PHỦ CỘNG 'HOÀ XÃ HỘI CHỦ NGHĨA -", seed 10)
_NATIONAL_LINE_IN = re.compile(r"[\s_:;'\"“”‘’`~—.-]*(?:C[ỘÔOỌ]NG" + _NW + r"H[ÒOÓ][AÀ]"
                               r"(?:" + _NW + r"X[ÃA](?:" + _NW + r"H[ỘÔOỌ]I)?)?"     # (a scan's "HỌI": the dot kept)
                               # (the rest of the line a scan read as a letter or two: "CỘNG HOÀ XÃ HỘI É")
                               r"(?:" + _NW + r"CH[ỦU]" + _NW + r"NGH[ĨI]A|" + _NW + r"[^\W\d_]{1,2})?"
                               r"|CH[ỦU]" + _NW + r"NGH[ĨI]A)(?:" + _NW + r"VI[ỆÊE]T\s+NAM)?(?:[\W_]|[\u02b0-\u02ff])*$"
                               r"|\s*[_:;'\"“”‘’`~—.-][\s_:;'\"“”‘’`~—.-]*VI[ỆÊE]T\s+NAM(?:[\W_]|[\u02b0-\u02ff])*$")


# A speck standing alone between two words of a scanned header ("ỦY BAN NHÂN DÂN TỈNH CAO . BẰNG"); a dash between
# spaces separates joint bodies and stays.
_LONE_SPECK = re.compile(r"(?<=\s)[.,:;_'`~„]+\s+")


def _joint_bodies(line: str) -> Optional[str]:
    """A joint document's issuers, one header line of bodies separated by " - " ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -
    TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN"): their names joined by " - "; None for a single body (whose own name may
    hold a dash: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")."""
    parts: List[str] = []
    for piece in re.split(r"\s+-\s+|\s*-\s*$", line):
        piece = piece.strip(" -")
        if not piece:
            continue
        if parts and not fold(piece).startswith(BODY_STARTS):
            parts[-1] = f"{parts[-1]} - {piece}"
        else:
            parts.append(piece)
    if len(parts) < 2:
        return None
    return " - ".join(body_name(p) for p in parts)


_NATION_TAIL = " VIỆT NAM"
_EDGE_SPECKS = " \t,.;:¬_'`~„*"          # a scan's specks at a header line's ends


def _takes_no_nation_tail(body: str) -> bool:
    """``body`` is a whole body vanban knows whose name does not go on with "VIỆT NAM" ("BỘ TÀI CHÍNH", not "NGÂN
    HÀNG NHÀ NƯỚC"): a "VIỆT NAM" after it is the national line's."""
    return fold(body) in _WHOLE_BODIES and fold(body + _NATION_TAIL) not in _CANONICAL


def issuer_from_lines(segments: Sequence[str]) -> Optional[str]:
    """The issuing body from a header's capital lines, parent first.

    ``["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"]`` -> "Ban Tổ chức Trung ương"; ``["TỈNH ỦY QUẢNG NGÃI",
    "VĂN PHÒNG"]`` -> "Văn phòng Tỉnh ủy Quảng Ngãi"; ``["THỦ TƯỚNG CHÍNH PHỦ"]`` -> "Thủ tướng Chính phủ"."""
    return issuer_and_parent(segments)[0]


def issuer_and_parent(segments: Sequence[str]) -> Tuple[Optional[str], Optional[str]]:
    """(issuer, parent) from a header's capital lines: ``issuer_from_lines``'s body, and the body it stands under
    when its name is whole without it — the "cơ quan chủ quản" the header names above it (Nghị định
    30/2020/NĐ-CP, Phụ lục I; Hướng dẫn 36-HD/VPTW): ``["UBND TỈNH LÀO CAI", "SỞ Y TẾ"]`` -> ("Sở Y tế", "Ủy ban
    nhân dân tỉnh Lào Cai"), ``["ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY ĐẠI LỘC"]`` -> ("Huyện ủy Đại Lộc", "Đảng bộ
    tỉnh Quảng Nam"); None when the header names none or the issuer's name holds it ("Văn phòng Tỉnh ủy Quảng
    Ngãi")."""
    dashed: List[str] = []
    for seg in (_LONE_SPECK.sub(" ", _NATIONAL_LINE_IN.sub("", _PARTY_LINE_IN.sub("", s))).strip() for s in segments if s):
        if sum(map(str.isalpha, seg)) < 2:
            continue                    # a scan's speck read as a letter and a mark ("T+"): no body's line
        if seg.endswith(_NATION_TAIL) and _takes_no_nation_tail(seg[:-len(_NATION_TAIL)]):
            seg = seg[:-len(_NATION_TAIL)]  # "BỘ TÀI CHÍNH VIỆT NAM": OCR set the national line's tail beside the body
        if dashed and seg.strip(_EDGE_SPECKS) == _NATION_TAIL.strip():
            last = dashed[-1].strip(_EDGE_SPECKS)
            if _takes_no_nation_tail(last):
                dashed[-1] = last           # … or on a line of its own under it ("THỦ TƯỚNG CHÍNH PHỦ ," / "¬ VIỆT NAM")
                continue
        seg = _body_after_heading(seg)
        if dashed and dashed[-1].endswith("-"):
            dashed[-1] = f"{dashed[-1]} {seg}"       # "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO -" / "TÒA ÁN …": one line of bodies
        else:
            dashed.append(seg)
    segs = join_body_lines(dashed)
    # "ỦY BAN NHÂN DÂN TỈNH CAO" / "BẰNG VIỆT NAM": the national line's tail after a body that ends in its place
    segs = [s[:-len(_NATION_TAIL)] if s.endswith(_NATION_TAIL) and _ends_in_a_place(fold(s[:-len(_NATION_TAIL)]).split())
            else s for s in segs if s]
    if not segs:
        return None, None
    joint = _joint_bodies(segs[-1])
    if joint:
        return joint, None
    if len(segs) == 1:
        parent, unit = split_unit(segs[0])
        if parent is None:
            parent, unit = split_parent(segs[0])
        if parent is None:
            return body_name(unit), None
    else:
        parent, unit = segs[-2], segs[-1]
        if any(fold(body_name(parent)) == fold(u) for u in UNIT_HEADS):
            # a unit's name wrapped before its body ("VĂN PHÒNG" / "CHÍNH PHỦ" in a web page's header cell)
            joined = f"{body_name(parent)} {body_name(unit)}"
            return next((c for k, c in _CANONICAL.items() if k == fold(joined)), joined), None
    unit_name = body_name(unit)
    committee = committee_name(unit_name, body_name(parent))
    if committee is not None:
        return committee, None
    if not any(fold(unit_name) == fold(u) for u in UNIT_HEADS):
        # a full name of its own ("TỔNG CỤC HẢI QUAN" under "BỘ TÀI CHÍNH")
        return unit_name, body_name(parent) if fold(body_name(parent)) != fold(unit_name) else None
    parent_name = "Trung ương" if fold(parent) == fold("Ban Chấp hành Trung ương") else body_name(parent)
    name = f"{unit_name} {parent_name}"
    for key, canonical in _CANONICAL.items():   # "Văn phòng Trung ương" -> "Văn phòng Trung ương Đảng"
        if key == fold(name) or key.startswith(fold(name) + " "):
            return canonical, None
    return name, None


# ------------------------------------------------------------------ the blocks

_DOUBLE_HYPHEN = re.compile(r"-[ \t]*-")


def find_number(lines: Sequence[str], skip_copies: bool = True, heading: Optional[int] = None):
    """(normalised code, 0-based line) of the first "Số ..." number in ``lines``; BS numbers (copies) skipped.
    ``heading``: the 0-based line of the type heading.  A "số:" inside a line (NUMBER_LINE's second form, a header
    merged into one line) after it is a mention's: the header block stands above its heading, and in a preamble
    "Luật số :⏎24/2023/QH15" is a law's number with a speck OCR read after "số"."""
    text = "\n".join(lines)
    below = -1 if heading is None else sum(len(line) + 1 for line in lines[:heading + 1])
    for m in number_lines(text):
        if 0 <= below <= m.start() and text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip(_NUMBER_LEAD):
            continue                                    # (the second form, under the heading)
        code = normalize_code(_DOUBLE_HYPHEN.sub("-", m.group("code")))
        if code[-1:].isupper() and text[m.end("code"):m.end("code") + 1] == " ":
            code = _spaced_code(code, text, m.end("code"))
        tail = code.rsplit("/", 1)[-1] if code.count("/") == 2 else ""
        if tail in YEAR_TYPE_CODES:
            # "Số: 30/2026/TT.BTC": OCR's "." for the hyphen (patterns.OCR_HYPHEN); "30/2026/TT" is no number
            sep = OCR_HYPHEN.match(text, m.end("code")) or BLANK_HYPHEN.match(text, m.end("code"))
            if sep is not None:             # (or a blank: "Số: 01/2023/TT BLĐTBXH", a known issuer code after it)
                code = f"{code}-{sep.group('co_quan')}"
        elif tail and ("-" not in tail or tail.startswith("TTLT")):
            code = glued_type_issuer(code)      # "Số: 110/2025/TTBTC", "Số: 01/2022/TTLTVKSNDTC-TANDTC-…": the hyphen lost
        elif code.count("/") == 1 and "-" not in code:
            # "Số: 9476/BNNMT.CNTY": OCR's "." for the hyphen between a body's code and its unit's; "Số: 1961/QĐUBND"
            code = code.replace(".", "-") if _DOT_FOR_HYPHEN.fullmatch(code) else _unglued(code)
            if code is None:
                continue
        if skip_copies and split_code(code)[0] == "BS":
            continue
        return code, text.count("\n", 0, m.start("code"))
    return None


_DOT_FOR_HYPHEN = re.compile(r"\d+/[A-ZĐ][A-ZĐ0-9&]{1,14}\.[A-ZĐ][A-ZĐ0-9&]{1,14}")
# A header whose letters a web page spaced out ("Số: 3210/QĐ - U B ND", "ỦY B AN NHÂN D Â N"): the issuer code's
# letters after the number read, a capital or two at a time, one blank apart up to the line's end or its cell's (a
# bar, or the column gap of two blanks or more the layout leaves between a table's cells)
_SPACED_LETTERS = re.compile(r"(?:[ ][A-ZĐ]{1,2}){1,4}(?=[ \t*]*(?:\||\n|$)|[ \t]{2})")


def _spaced_code(code: str, text: str, end: int) -> str:
    """``code`` with the spaced letters after it (``_SPACED_LETTERS``, at ``end`` in ``text``) joined to its last
    segment when the segment then reads as an issuer code vanban knows: "3210/QĐ-U" + " B ND" -> "3210/QĐ-UBND"."""
    m = _SPACED_LETTERS.match(text, end)
    if m is None:
        return code
    head, sep, last = code.rpartition("-")
    joined = last + m.group().replace(" ", "")
    return f"{head}{sep}{joined}" if sep and len(last) <= 2 and joined in ISSUER_CODES else code


def glued_type_issuer(code: str) -> str:
    """A normative number whose hyphen between type and issuer code OCR lost, when the letters split one way into
    a type code that never stands alone ("TT", "NĐ", ...) and a known issuer code: ``glued_type_issuer(
    "110/2025/TTBTC") == "110/2025/TT-BTC"``; "80/2015/QH13" (a law has no type code) and any other tail stay."""
    head, _, tail = code.rpartition("/")
    first, dash, partners = tail.partition("-")      # (a joint circular's: "TTLTVKSNDTC-TANDTC-BCA", session 31)
    if head.count("/") != 1 or dash and not first.startswith("TTLT"):
        return code
    splits = [(t, first[len(t):]) for t in YEAR_TYPE_CODES if first.startswith(t) and first[len(t):] in ISSUER_CODES]
    if not splits:
        # … and its type code's letter misread too ("19/2021/TEBLĐTBXH": the hyphen lost, "TT" read "TE"): a known
        # issuer code after a head of a type code's length that is one letter off exactly one type code
        splits = [(t, first[len(t):]) for t in YEAR_TYPE_CODES if len(t) >= 2 and first[len(t):] in ISSUER_CODES
                  and sum(a != b for a, b in zip(first, t)) == 1]
    return f"{head}/{splits[0][0]}-{splits[0][1]}{dash}{partners}" if len(splits) == 1 else code


# OCR's specks around a header line that holds nothing but the number ("98/202 5/QĐ-UBND", ": 21 - KL/TW .").
_SPECKS = " \t:;.,'\"“”‘’`_~|-"
_BARE_CODE = re.compile(CODE, re.VERBOSE)


def bare_number(lines: Sequence[str]) -> Optional[str]:
    """The own number of a header whose "Số:" OCR lost or whose number OCR broke with a blank: the first header
    line (before the type heading) that holds only a number (after a "Số:"), read without its blanks, or None.
    ``bare_number(["BỘ TÀI CHÍNH", "98/202 5/QĐ-UBND"])
    == "98/2025/QĐ-UBND"``; a number inside a line of words is never one (that is a mention)."""
    for line in lines:
        s = line.strip(_SPECKS)
        if s.startswith("Số"):
            s = s[2:].strip(_SPECKS)            # "Số: 72/202 5/NQ-HĐND -": a blank inside the year
        if not s[:1].isdigit() or len(s) > 60:
            continue
        if not s.isascii():
            s = _unmarked(s)                    # "98/2025/QĐ-ÙBND": a mark OCR set on a code's capital
        m = _BARE_CODE.fullmatch(re.sub(r"\s+", "", _DOUBLE_HYPHEN.sub("-", s)))   # ("37695/TB- -CHQ": a hyphen read twice)
        if m is not None:
            code = normalize_code(m.group(0))
            if code.count("/") == 1 and "-" not in code:
                code = _unglued(code)
            if code is not None and split_code(code)[0] != "BS":
                return code
    return None


def _type_read_once(code: str) -> str:
    """A number whose type code holds one letter OCR read twice, read once when that gives a known type code and the
    code as read is none: ``_type_read_once("4014/QĐĐ-BTC") == "4014/QĐ-BTC"``, ``"21-KLL/TW"`` -> ``"21-KL/TW"``;
    any other number as it is."""
    t = split_code(code)[0]
    if not t or t in TYPE_CODES or len(t) < 3:
        return code
    once = doubled_letter_readings(t) & TYPE_CODES.keys()
    if len(once) != 1:
        return code
    return re.sub(r"(?<=[-/])" + re.escape(t) + r"(?=[-/])", once.pop(), code, count=1)


def _unmarked(s: str) -> str:
    """``s`` with the tone marks and hats taken off its letters, Đ kept: no document code writes a marked vowel."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _unglued(code: str) -> Optional[str]:
    """A yearless number whose hyphen a PDF's text lost, with it: ``_unglued("1961/QĐUBND") == "1961/QĐ-UBND"``;
    None when its letters are no type code and known issuer code glued (CODE reads only that shape as one)."""
    number, _, tail = code.partition("/")
    split = glued_admin_type_issuer(tail)
    return f"{number}/{split[0]}-{split[1]}" if split is not None else None


# Letters OCR reads one for the other in an issuer code (got, meant): "30/2026/TT-BTG" for "30/2026/TT-BTC".
_CODE_LOOK_ALIKES = {("G", "C"), ("C", "G"), ("0", "O"), ("O", "0"), ("Q", "O"), ("1", "I"), ("l", "I"), ("I", "L"),
                     ("8", "B"), ("5", "S"), ("D", "Đ"), ("E", "F"), ("F", "E"),
                     ("I", "T")}                        # ("333/QĐ-BIC" under "BỘ TÀI CHÍNH": the T's bar lost)
_CODE_OF_ISSUER: Dict[str, str] = {}
for _c, _name in ISSUER_CODES.items():
    _CODE_OF_ISSUER[fold(_name)] = "" if fold(_name) in _CODE_OF_ISSUER else _c     # "": two codes, no proof


def proven_issuer_code(code: str, issuer: str) -> str:
    """The own number with its issuer code put right when the header's issuer name proves it: the name's code
    and the number's differ only by letters OCR confuses.  ``proven_issuer_code("30/2026/TT-BTG", "Bộ Tài chính")
    == "30/2026/TT-BTC"``; any other difference, or a name without one known code, leaves the number as read."""
    expected = _CODE_OF_ISSUER.get(fold(issuer))
    if not expected:
        return code
    got = split_code(code)[1]
    if not got or got == expected or len(got) != len(expected) or not code.endswith(got):
        return code
    if all(a == b or (a, b) in _CODE_LOOK_ALIKES for a, b in zip(got, expected)):
        return code[:len(code) - len(got)] + expected
    return code


def doubled_issuer_letter(code: str) -> str:
    """A state own number whose long issuer code OCR read a letter of twice, when one reading without it is a known
    code and the number's is not: ``doubled_issuer_letter("4508/QĐ-BVHTTDLL") == "4508/QĐ-BVHTTDL"`` (as
    find.ocr_issuer_code reads a mention's; a header's garbled issuer name proves nothing here)."""
    head, sep, tail = code.rpartition("-")
    if not sep or "/" not in head or len(tail) < 7 or tail in ISSUER_CODES:
        return code
    readings = doubled_letter_readings(tail) & ISSUER_CODES.keys()
    return f"{head}-{readings.pop()}" if len(readings) == 1 else code


def proven_party_issuer(code: str) -> str:
    """A Party own number whose issuer code OCR doubled a letter of or gave a horn ("2449-CV/ĐĐƯ" for
    "2449-CV/ĐU") or a tone mark ("2449-CV/ĐỦ"), when one reading of it is a Party issuer code and the number's
    is not."""
    if "/" not in code or "-" not in code.split("/")[0]:
        return code
    head, issuer = code.rsplit("/", 1)
    if issuer in PARTY_ISSUER_CODES:
        return code
    unmarked = "".join(c for c in unicodedata.normalize("NFD", issuer) if not unicodedata.combining(c))
    if unmarked != issuer.replace("Ư", "U") and unmarked in PARTY_ISSUER_CODES:
        return f"{head}/{unmarked}"         # "2449-CV/ĐỦ": OCR's tone mark on a Party issuer's letter
    plain = issuer.replace("Ư", "U")        # (only with a doubled letter: "TƯ" alone is how some write "TW")
    readings = doubled_letter_readings(plain)
    proven = [r for r in readings if r in PARTY_ISSUER_CODES]
    return f"{head}/{proven[0]}" if len(proven) == 1 else code


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short codes only)."""
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


_YEAR_NUMBER = re.compile(r"(?P<head>\d+(?:\.\d{1,3})?/\d{4}/)(?P<tail>[A-ZĐa-z0-9&-]+)")


def proven_type_issuer(code: str, doc_type: Optional[str], issuer: Optional[str]) -> str:
    """A normative own number whose type-issuer part OCR garbled past reading ("11/2026/TEBIC" in a merged header
    line for "11/2026/TT-BTC"), read from the header's type heading (Thông tư: TT) and issuer (Bộ Tài chính: BTC)
    when the part read is within two letters of theirs: ``proven_type_issuer("11/2026/TEBIC", "Thông tư",
    "Bộ Tài chính") == "11/2026/TT-BTC"``.  A part that is already a type code and an issuer code, or one farther
    from the header's, stays as read: the bases then attach to it, the number the scan shows."""
    m = _YEAR_NUMBER.fullmatch(code)
    type_code = TYPE_WORDS.get(doc_type or "")
    issuer_code = _CODE_OF_ISSUER.get(fold(issuer)) if issuer else None
    if m is None or not type_code or not issuer_code:
        return code
    tail, expected = m.group("tail"), f"{type_code}-{issuer_code}"
    parts = tail.split("-")
    if tail == expected or (len(parts) >= 2 and parts[0] in TYPE_CODES and parts[-1] in ISSUER_CODES):
        return code
    if _edits(tail.replace("-", ""), expected.replace("-", "")) <= 2 and len(tail) >= len(expected) - 2:
        return m.group("head") + expected
    return code


_SLASHLESS = re.compile(r"^[ \t*'‘’.:`]*Số[ \t]*:?[ \t]*(?P<so>\d{1,5})[ \t]*-[ \t]*(?P<letters>[A-ZĐ][A-ZĐa-z]{2,13})(?![\w/])")


def slashless_party_number(lines: Sequence[str]) -> Optional[str]:
    """A header's Party number whose "/" OCR lost ("Số 75-KLTW"), when its letters split one way only into a type
    code and a Party issuer code: ``slashless_party_number(["Số 75-KLTW Hà Nội, ngày"]) == "75-KL/TW"``."""
    for line in lines:
        m = _SLASHLESS.match(line) if "Số" in line else None
        if m is None:
            continue
        letters = m.group("letters")
        splits = {(t, letters[len(t):]) for t in TYPE_CODES
                  if letters.startswith(t) and letters[len(t):] in PARTY_ISSUER_CODES}
        if len(splits) == 1:
            t, issuer = splits.pop()
            return f"{m.group('so')}-{t}/{issuer}"
    return None


# A date's word or digit a scan misread past clean's repair, read again in the header's lines ("ngầy 19 thắng 11",
# "ngày 2Ï tháng 10")
_DATE_LOOK_ALIKES = {"gầy": "gày", "thắng": "tháng", "Ï": "1"}
_DATE_LOOK_ALIKE = re.compile(r"(?<=n)gầy|thắng|(?<=\d)Ï|Ï(?=\d)")
# The year cut from its date by merged columns: the right column's date wrapped before its year, which OCR set at the
# end of the left column's next line ("Thái Nguyên, ngày 19 tháng 11 năm" / "Số: 1936/QĐ-UBND ¡ 2025"); read when the
# head holds no whole date.
_PLACE_DATE_CUT = re.compile(PLACE_DATE.pattern[:PLACE_DATE.pattern.index("}năm") + 1] + r"năm[ \t.,:;'`]*\n[^\n]*?[ \t]"
                             r"(?P<y>(?:19|20)\d\d)[ \t.,:;'`]*(?=\n|$)", re.VERBOSE)
# … or its month and year ("… Thành phố Hồ Chí Minh, ngày 19 tháng" / "Số: 2833/QĐ-UBND : .11 năm 2025", session 32)
_PLACE_DATE_CUT_MONTH = re.compile(PLACE_DATE.pattern[:PLACE_DATE.pattern.index("}tháng") + 1]
                                   + r"tháng[ \t.,:;'`]*\n[^\n]*?[ \t.,:;'`](?P<m>\d{1,2})[ \t.,:;'`]*năm[ \t.,:;'`]*"
                                   r"(?P<y>(?:19|20)\d\d)[ \t.,:;'`]*(?=\n|$)", re.VERBOSE)


# what the national line's second half leaves after an issuer's name, with a scan's specks read as letters (ascii_key)
_NATION_TAIL_KEY = re.compile(r"[a-z]{0,3}vietnam")


def _issuer_by_code(issuer: Optional[str], code: Optional[str]) -> Optional[str]:
    """The body the own number's code names (``issuer_from_code``) for an issuer whose lines a scan garbled:
    * read short: its last line lost in the merged columns or a blank OCR dropped ("BỘ LAO ĐỘNG - THƯƠNG BINHVÀ -" /
      "XÃ HỘI : -_"), the code's body begins with what was read;
    * read on over the national line's "VIỆT NAM" and a speck or two ("BỘ TƯ PHÁP -" / "SƠ VIỆT NAM.");
    * a ministry's name read with the other column's words inside it ("Bộ Lao động - thương binh và việt nam binh và
      xã hội"): no body vanban knows, opening with the ministry's first two words;
    * no body's name at all, its head word lost ("Xã Hội Việt Nam" under "ti LAO ĐỘNG - THƯƠNG BINH VÀ"), or one word
      ("Hội").
    Any other issuer as read (a department's, a committee's with its place, a body the code does not name)."""
    named = issuer_from_code(code)
    if not named or not issuer or issuer == named:
        return issuer
    key, named_key = ascii_key(issuer), ascii_key(named)
    if named_key.startswith(key) or key.startswith(named_key) and _NATION_TAIL_KEY.fullmatch(key, len(named_key)):
        return named
    if (named.startswith("Bộ ") and fold(issuer) not in _CANONICAL and len(key) > len(named_key)
            and fold(issuer).split()[:2] == fold(named).split()[:2]):
        return named
    if not (fold(issuer) + " ").startswith(BODY_STARTS + _STANDING) or " " not in issuer.strip():
        return named                # "Xã Hội Việt Nam": no body's name (its head, "BỘ", read "ti" and dropped); a
        #                             lone word ("Hội", the last of "… VÀ XÃ HỘI" read alone) names no body
    return issuer


# a body's standing organ, which issues under the body's code ("Thường trực Hội đồng nhân dân tỉnh …", "…/NQ-HĐND")
_STANDING = (fold("Thường trực "),)


def find_place_dates(lines: Sequence[str]):
    """[(place, ISO date, 0-based line)] of every "Place, ngày D tháng M năm Y" in ``lines`` (or, when there is none,
    of the first whose year merged columns moved to the end of the next line)."""
    text = "\n".join(lines)
    out = []
    found = list(_place_dates(text))
    if not found and "năm" in text:
        found = [m for m in [_PLACE_DATE_CUT.search(text) or _PLACE_DATE_CUT_MONTH.search(text)] if m is not None]
    if not found and "  " in text:
        found = list(_SPACED_PLACE_DATE.finditer(text))[:1]
    if not found and ("gầy" in text or "Ï" in text):
        # a date's word or digit a scan misread past clean's repair: "ngầy 19 thắng 11 năm 2025", "ngày 2Ï tháng 10"
        # (the header's lines only; the same length, so the lines stay put)
        text = _DATE_LOOK_ALIKE.sub(lambda m: _DATE_LOOK_ALIKES[m.group()], text)
        found = list(_place_dates(text))
    for m in found:
        iso = iso_date(m.group("d"), m.group("m"), m.group("y"))
        if iso:
            out.append((re.sub(r"\s+", " ", _PLACE_SPECK.sub("", m.group("place"))), iso, text.count("\n", 0, m.start("place"))))
    return out


def find_type_heading(lines: Sequence[str]):
    """(type word, rest of the heading line, 0-based line) of the first capital type heading, or None.

    The heading may follow the place-date on the same line (portal texts): "Hà Nội, ngày 25 tháng 11 năm
    2019 LUẬT SỬA ĐỔI ..." gives ("Luật", "SỬA ĐỔI ...", i)."""
    for i, line in enumerate(lines):
        if not line:                            # (the blank lines above a web page's header: nothing to match)
            continue
        m = PLACE_DATE.search(line) if "ngày" in line else None       # (PLACE_DATE holds the literal "ngày")
        candidate = line[m.end():] if m else line
        h = TYPE_HEADING.match(candidate)
        if h is None and _FIRST_TYPE_WORD.match(candidate) and i + 1 < len(lines):
            h = TYPE_HEADING.match(candidate.rstrip() + " " + lines[i + 1].strip())   # "QUYẾT" / "ĐỊNH" wrapped
            if h and len(h.group("word")) <= len(candidate.strip()):
                h = None
        if h is None and len(candidate) < 40 and is_caps(candidate):
            word = TYPE_WORD_BY_KEY.get(ascii_key(candidate.strip(_SPECKS)))   # "KÉT LUẬN": OCR lost a mark
            if word is not None:
                return word, "", i
        if h:
            return _TYPE_BY_CAPS[h.group("word")], h.group("rest"), i
    return None


# The first word of a two-word capital type word alone on its line ("QUYẾT" / "ĐỊNH" in a wrapped table cell).
_FIRST_TYPE_WORD = re.compile(r"^[ \t]*(?:" + "|".join(longest_first({w.split()[0] for w in _TYPE_BY_CAPS if " " in w}))
                              + r")[ \t]*$")


def _title_words(rest: str) -> str:
    """The capital title in the rest of a heading line, up to the first ordinary word ("Căn cứ ...")."""
    kept = []
    for word in rest.split():
        if _TITLE_WORD.fullmatch(word):
            break
        kept.append(word)
    return " ".join(kept)


def read_title(lines: Sequence[str], heading) -> Optional[str]:
    """The trích yếu: what follows the type word on its line, then the lines under it, up to a blank line, a
    separator, a place-date or the enacting formula ("Căn cứ ...").  A capital title (state headers:
    "QUYẾT ĐỊNH VỀ CƠ CHẾ ... THU HỒI Căn cứ ...") stops at the first ordinary word and continues only with
    capital lines; a sentence-case one (the seed's "Kết quả công tác ...") takes whole lines."""
    word, rest, i = heading
    rest = rest.strip()
    if TITLE_STOP.match(rest):
        rest = ""
    caps = bool(rest) and is_caps(rest.split()[0])
    parts = [_title_words(rest) if caps else rest]
    below = lines[i + 1:i + 6]
    if not rest:
        # a blank line between the type heading and its title (a Word document's paragraph spacing, as antiword
        # writes it): the title starts on the first line holding text
        k = next((k for k, line in enumerate(below[:2]) if line.strip()), 0)
        below = lines[i + 1 + k:i + 6 + k]
    for line in below:
        if not line.strip() or TITLE_STOP.match(line) or len(line) > 300 or "ngày" in line and PLACE_DATE.search(line):
            break
        if caps and not is_caps(line):
            break
        parts.append(line.strip())
    title = re.sub(r"\s+", " ", " ".join(parts)).strip()
    if title and word == "Nghị quyết":
        # A resolution repeats its enacting body under the title ("... KINH TẾ\nQUỐC HỘI\nCăn cứ ...").
        for body in ("QUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHÍNH PHỦ"):
            if title.endswith(" " + body):
                title = title[:-len(body)].rstrip()
    return title or None


def stamp_lines(lines: Sequence[str]) -> List[int]:
    """0-based indexes of the incoming-stamp lines: the ĐẾN line, the two after it, and the office above it."""
    out = []
    for i, line in enumerate(lines):
        if line and STAMP.match(line):
            above = [j for j in range(max(0, i - 2), i) if is_caps(lines[j])]
            out += above + list(range(i, min(len(lines), i + 3)))
    return out


def find_received(lines: Sequence[str]) -> Optional[Received]:
    """The incoming register stamp: ``DEN Số: 18 / Ngày: 09/01/2023`` -> Received("18", "2023-01-09", ...)."""
    for i, line in enumerate(lines):
        if not line or not STAMP.match(line):
            continue
        window = lines[i:i + 4]
        number = next((m.group("n") for w in window for m in [STAMP_NUMBER.search(w)] if m), None)
        when = next((iso_date(m.group("d"), m.group("m"), m.group("y")) for w in window
                     for m in [STAMP_DATE.search(w)] if m), None)
        if number is None and when is None:
            continue
        office = [lines[j].strip() for j in range(max(0, i - 2), i) if is_caps(lines[j])]
        return Received(number=number, date=when, receiver=issuer_from_lines(office))
    return None


# Capital lines that are never issuer lines: section headings ("II. ĐÁNH GIÁ CHUNG"), list items, labels with
# a colon ("VPTU: CVP, PCVP"), numbers ("50/2019/QH14" on its own line).
NOT_ISSUER = re.compile(r"^(?:[IVXLC]+\.|\d|[a-zđ]\)|-\s|VĂN BẢN\b)|[:\d]")   # "VĂN BẢN PHÁP LUẬT KHÁC": a gazette section


# A unit numbered, not named ("QUẬN ỦY QUẬN 1", "ỦY BAN NHÂN DÂN PHƯỜNG 12"): its digits are its name, not a number
# NOT_ISSUER turns a line down for
_UNIT_NUMBER = re.compile(r"\b(QUẬN|PHƯỜNG|Quận|Phường)[ \t]+\d{1,2}$")


# A signature's authority prefix (K/T, T/M, T/L, TUQ.): such a line in a header is never the issuer.
AUTHORITY = re.compile(r"^(?:K/T|KT\.?|T/M|TM\.?|T/L|TL\.?|TUQ\.?|Q\.|Q/)[ \t]")


_RULE = re.compile(r"-{3,}")
# What a scan leaves at a header line's ends ('"TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', seed 11): no body's name holds it
_SEGMENT_EDGES = " *\"“”'‘’`„~_"


# The header's two columns side by side on one line, a run of blanks between them (a text made from a Word table or
# a PDF page as laid out: "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "HUYỆN CỦ CHI
# Độc lập - Tự do - Hạnh phúc"): each column's piece is a segment of its own, so the issuer's second line is not
# lost with the motto beside it.  (prepare_lines made tabs blanks and joined capitals a web page bolded one by one.)
_COLUMN_GAP = re.compile(r" {3,}")


def _columns(pieces):
    for piece in pieces:
        if "   " in piece.strip():
            yield from _COLUMN_GAP.split(piece.strip())
        else:
            yield piece


# A header's number field left blank: a digitally signed PDF's text layer holds the form's "Số:      /QĐ-UBND" and
# "Lào Cai, ngày     tháng 8 năm 2026", the number and the day being stamped at signing ("Số         -CTr/TU") … or a
# scan's garble in its place ("Số: Z32Ø/BTC-QLCS": what stands there opens with no digit, the digits' own reading
# having failed).  Its code's letters are no issuer's line (issuer_segments); its code reads the own number from
# elsewhere (loaders._own_from_blank_field).
BLANK_NUMBER = re.compile(r"^[ \t*|#_]*(?:Số|SỐ)[ \t]*:?[ \t._…]*(?:[^\s/\d\-–][^\s/\-–]{0,5}[ \t]*)?"
                          r"(?P<suffix>(?:/(?:19|20)\d\d)?[-/][ \t]*[A-ZĐ][\wĐđ]*"
                          r"(?:[ \t]*[-/][ \t]*[A-ZĐ][\wĐđ&]*){0,4})"
                          r"(?:[ \t*|]*$|[ \t]+(?=[A-ZĐÀ-Ỹ][^\n]{0,30},[ \t]*ngày))", re.M)   # (the place-date beside it)


def issuer_segments(lines: Sequence[str], stop: int, exclude=(), code: Optional[str] = None) -> List[str]:
    """The capital issuer lines of a header before line ``stop`` (or before the body starts: a long line or
    "Căn cứ ..."): split at dash rules ("CHÍNH PHỦ -------"); mottos, signature positions, copy form words,
    excluded lines (the stamp), pieces of the own number wrapped onto their own line ("3783/QĐ-" / "UBND") and
    ``NOT_ISSUER`` lines dropped."""
    segments = []
    code_parts = set(re.split(r"[-/]", code)) if code else set()
    for i, line in enumerate(lines[:stop]):
        if len(line) > 200 or TITLE_STOP.match(line) and not re.fullmatch(r"[\s*_=.-]*", line):
            break                               # the body has begun (a rule or a "*" has not)
        if i in exclude or not line or "/" in line and BLANK_NUMBER.match(line):   # (nor a blank "Số:  /QĐ-UBND")
            continue
        for seg in _columns(_RULE.split(line) if "---" in line else (line,)):
            if seg[:1] == "[":
                continue                        # a tool's or a copier's tag ("[OCR] [Bản trích chữ …]"), no body
            seg = seg.strip(_SEGMENT_EDGES).lstrip(".,:;" + _SEGMENT_EDGES)     # ("'. BỘ TÀI CHÍNH CỤC HẢI QUAN …")
            if seg[:2] == "--":                 # a rule OCR read short, glued to the next line ("-- BỘ TÀI CHÍNH VIỆT NAM")
                seg = seg.lstrip("- ")
            if " " in seg and LONE_SMALL_LETTER.search(seg) is not None:
                seg = LONE_SMALL_LETTER.sub("", seg)  # "ỦY BAN NHÂN DÂN THÀNH PHỐ s CỘNG HÒA XÃ HỘI": a speck read as a letter
            if ("NGH" in seg or "H" in seg and "C" in seg) and not is_motto(seg):
                seg = _NATIONAL_LINE_IN.sub("", seg).strip(" *")   # "NINH : CHỦ NGHĨA VIỆT NAM": the columns merged
            if (is_caps(seg) and len(seg) >= 2 and not is_motto(seg) and not COPY_FORM.match(seg)
                    and not AUTHORITY.match(seg) and not NOT_ISSUER.search(_UNIT_NUMBER.sub(r"\1 N", seg))
                    and not (code_parts and set(re.split(r"[-/\s]+", seg.strip("-/ "))) <= code_parts)):
                segments.append(seg)
    return segments


def find_signatures(lines: Sequence[str], offset: int = 0) -> List[Signature]:
    """Every signature block: capital position lines, then a name within the next few lines or at the end of
    the position line itself ("CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân")."""
    return _find_signatures(lines, offset, _position_lines(lines))


def _find_signatures(lines: Sequence[str], offset: int, candidates) -> List[Signature]:
    """``find_signatures``, trying the lines ``candidates`` (ascending; at least every line POSITION can open)."""
    out, i = [], 0
    for k in candidates:                        # the other lines only move ``i`` on
        if k < i:
            continue
        i = k
        line = lines[i].strip()
        caps_part, name = _split_position_name(line)
        if not (caps_part and POSITION.match(caps_part)):
            continue
        positions, j = [caps_part], i + 1
        while name is None and j < len(lines) and j <= i + 8:
            nxt = lines[j].strip()
            if not nxt or nxt == "*":
                j += 1
                continue
            if is_caps(nxt) and len(positions) < 3 and not COPY_FORM.match(nxt):
                positions.append(nxt)
                j += 1
                continue
            m = NAME.match(nxt)
            if m:
                name = m.group("name")
                j += 1
            break
        if name:
            out.append(Signature(" – ".join(positions), re.sub(r"\s+", " ", name), offset + i, offset + j - 1))
        i = max(j, i + 1)
    return out


# What a POSITION line starts with (its first word, after blanks): the first letters of POSITION's words.
_POSITION_START = r"[^\S\n]*(?:K[/T]|T[/MLUHRỔ]|Q[./]|XÁC|PHÓ|CHỦ|CHÁNH|CỤC|BỘ|BÍ|GIÁM|VỤ|VIỆN)"
_POSITION_FIRST = re.compile(_POSITION_START)
_POSITION_NEXT = re.compile("\n(?=[^\\S\n]*[KTQXPCBGV])" + _POSITION_START)     # (the lookahead: the first letters)


def _raw_position_lines(raw: Sequence[str]):
    """``_position_lines`` of ``prepare_lines(raw)`` or more, read from the raw lines: their "**" taken out (as
    ``prepare`` does), and every line holding a "[" (an annotation ``prepare`` blanks may stand before the
    position).  ``prepare``'s other changes leave a position line's start as it was: a tab is a blank, no position
    word starts with Đ, and a tone moved onto its o/u leaves a plain vowel after it ("PHOÁ" -> "PHÓA"), which no
    position word has there."""
    text = "\n".join(raw)
    if text.count("\n") != len(raw) - 1:
        return range(len(raw))
    lines = _position_lines_in(text.replace("**", "") if "**" in text else text)
    if "[" in text:
        lines = sorted(set(lines) | {k for k, line in enumerate(raw) if "[" in line})
    return lines


class _PreparedLines:
    """``prepare_lines(raw)`` made line by line as they are read: the footer's signature blocks read a few of
    its 300 lines."""
    __slots__ = ("raw", "done")

    def __init__(self, raw: Sequence[str]):
        self.raw = raw
        self.done: Dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, i: int) -> str:
        line = self.done.get(i)
        if line is None:
            line = self.done[i] = prepare(self.raw[i])
        return line


def _position_lines(lines: Sequence[str]):
    """Indexes of the lines that may open a signature block (POSITION can match only a line starting as
    ``_POSITION_START`` says), from one scan of the joined lines; all of them for lines holding a line break."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:
        return range(len(lines))
    return _position_lines_in(text) if lines else []


def _position_lines_in(text: str) -> List[int]:
    """``_position_lines`` of ``text.split("\\n")``."""
    out = [0] if _POSITION_FIRST.match(text) else []
    k = last = 0
    for m in _POSITION_NEXT.finditer(text):
        k += text.count("\n", last, m.start() + 1)
        last = m.start() + 1
        out.append(k)
    return out


_NAME_WORD = re.compile(rf"{UP}{LO}*")                          # "Trần": a word of a signer's name
_TITLE_WORD = re.compile(rf"{UP}{LO}+[,.;:]?|{LO}+[,.;:]?")


def _split_position_name(line: str):
    """("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", "Trần Hồng Hà") from a one-line signature; (caps line, None) else."""
    words = line.split()
    k = 0
    while k < len(words) and (is_caps(words[k]) or not any(c.isalpha() for c in words[k])):
        k += 1
    caps_part = " ".join(words[:k])
    if k == len(words):
        return caps_part, None
    name = []
    for w in words[k:]:
        if not _NAME_WORD.fullmatch(w):
            break
        name.append(w)
    return caps_part, (" ".join(name) if 2 <= len(name) <= 6 else "")


def find_copy(lines: Sequence[str], offset: int, own_code: Optional[str], own_date_line: Optional[int],
              signatures: Sequence[Signature]):
    """(Copy, first line of the copy section) when the footer holds a SAO LỤC / SAO Y block, else (None, None).

    The copy's number is a BS number (else the "Số" number nearest the form word); its issuer the capital
    lines between the original's signature and that number; its date the place-date nearest the form word
    (not the original's); its signer the first signature block after the form word."""
    if not any("SAO" in line for line in lines):        # every form word holds "SAO"
        return None, None
    forms = [(i, m.group("form")) for i, line in enumerate(lines) for m in [COPY_FORM.match(line)] if m]
    if not forms:
        return None, None
    form_line, form = forms[-1]
    text = "\n".join(lines)
    numbers = [(normalize_code(m.group("code")), text.count("\n", 0, m.start("code")))
               for m in number_lines(text)]
    numbers = [(c, i) for c, i in numbers if c != own_code]
    bs = [(c, i) for c, i in numbers if split_code(c)[0] == "BS"]
    pick = bs or numbers
    code, code_line = min(pick, key=lambda x: abs(x[1] - form_line)) if pick else (None, None)
    start = min(x for x in (form_line, code_line) if x is not None)
    before = [s for s in signatures if s.last - offset < start]
    original_end = before[-1].last - offset if before else max(-1, start - 8)
    block_lines = {k - offset for s in signatures for k in range(s.first, s.last + 1)}
    issuer_lines = [k for k in range(original_end + 1, start)
                    if k not in block_lines and is_caps(lines[k]) and not COPY_FORM.match(lines[k])]
    segs = [lines[k].strip(" *") for k in issuer_lines]
    start = min(issuer_lines + [start])
    dates = [d for d in find_place_dates(lines) if d[2] != own_date_line]
    place, when = (None, None)
    if dates:
        place, when, _ = min(dates, key=lambda d: abs(d[2] - form_line))
    after = [s for s in signatures if s.first - offset > form_line] or [s for s in signatures if s.first - offset >= start]
    sig = after[0] if after else None
    issuer = issuer_from_lines(segs) or _local_issuer(code, place)
    return Copy(form=form, id=code, code=code, date=when, issuer=issuer, place=place,
                signer=sig.name if sig else None, signer_position=sig.position if sig else None), offset + start


# A province's People's Committee or Council: the header's left column names it in two lines ("ỦY BAN NHÂN DÂN" /
# "TỈNH CAO BẰNG"), which a scan's OCR may cut or garble where the two columns meet ("ỦY BAN NHÂN DÂN TỈNH CAO:
# CỘNG HÒA XÃ HỘI" / "Ằ CHỦ NGHĨA VIỆT NAM", "… TỈNH SƠNIA - CỘNG HÒA"); its place-date line names the province
# ("Cao Bằng, ngày 28 tháng 11 năm 2025").
_LOCAL_HEADS = ("Ủy ban nhân dân", "Hội đồng nhân dân")
_LOWER_LEVEL = re.compile(r"(?:huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\b", re.I)
_PROVINCE_WORD = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s*", re.I)


def _province_issuer(issuer: Optional[str], place: Optional[str]) -> Optional[str]:
    """``issuer`` with its province named whole from the place-date line's ``place``, when the header gave a
    province's People's Committee or Council with its name cut or garbled (a prefix of the place's name, or within
    two letters of it), or none; a district's or a commune's body, and any other, stays as read."""
    head = next((h for h in _LOCAL_HEADS if issuer and issuer.startswith(h)), None)
    if head is None or not place:
        return issuer
    words = place.split()
    # (the place read with a speck before it: "D Sơn La" from "Số: 2929/QĐ-UBND Sơn La, ngày …")
    province = next((pr for k in range(len(words)) if (pr := _province(" ".join(words[k:]))) is not None), None)
    if province is None:
        return issuer
    kind = "thành phố" if province.official.lower().startswith("thành phố") else "tỉnh"
    # (a city whose name holds its "Thành phố" already: "Thành phố Huế", "Thành phố Hồ Chí Minh")
    whole = f"{head} {province.name}" if province.name.startswith("Thành phố") else f"{head} {kind} {province.name}"
    rest = issuer[len(head):].strip()
    if issuer == whole or _LOWER_LEVEL.match(rest):
        return issuer
    name = _PROVINCE_WORD.sub("", rest)
    if name and _province(name) is not None:
        return issuer                               # a province named whole (another than the place: kept)
    a, b = ascii_key(name), ascii_key(province.name)
    # (a letter or two left of the name: a speck where the columns meet)
    return whole if len(a) <= 2 or b.startswith(a) or _edits(a, b) <= 2 else issuer


def _local_issuer(code: Optional[str], place: Optional[str]) -> Optional[str]:
    """A local body from the issuer code, qualified by the place ("VPTU" + "Quảng Ngãi")."""
    body = issuer_from_code(code)
    if body and place and split_code(code)[1] in ("TU", "VPTU", "BTCTU", "UBKTTU", "HU", "QU"):
        return f"{body} {place}"
    return body


# ------------------------------------------------------------------ the whole

def _first_lines(text: str, start: int, end: int, n: int) -> List[str]:
    """``text[start:end].split("\\n", n)[:n]`` (the first ``n`` lines), without copying the text past them: the
    copy of a long document cost read_header more than reading its header."""
    p = start
    for _ in range(n):
        p = text.find("\n", p, end)
        if p < 0:                                   # n lines or fewer: all of them
            return text[start:end].split("\n")
        p += 1
    return text[start:p - 1].split("\n")           # (up to the n-th line break: n lines)


def read_header(text: str, lines: Optional[Sequence[str]] = None, *, start: int = 0, end: int = -1) -> OwnDocument:
    """The file's own document from its header and footer (see the module doc for the rules).

    ``lines`` is ``text.split("\\n")`` when the caller has it already.  ``start``/``end`` are the offsets
    where the document itself begins and ends (``layout.layout``: after a website's chrome, before its
    closing lines); line numbers stay the file's."""
    if end < 0:
        end = len(text)
    first_line = text.count("\n", 0, start)
    total = (first_line + text.count("\n", start, end) if start <= end else text.count("\n", 0, end)) + 1
    if lines is None:                   # a 50 MB file is not split whole: only its two ends are read
        raw_head = [""] * first_line + _first_lines(text, start, end, HEAD_LINES)
        doc = text[:end]                # (one copy: rsplit then reads from the end, cheaper than 300 rfind)
        raw_tail = doc.rsplit("\n", TAIL_LINES)[-TAIL_LINES:] if total > TAIL_LINES else doc.split("\n")
    else:
        raw_head = [""] * first_line + list(lines[first_line:first_line + HEAD_LINES])
        raw_tail = list(lines[max(0, total - TAIL_LINES):total])
    head = prepare_lines(raw_head)
    tail_start = total - len(raw_tail)
    tail = _PreparedLines(raw_tail)                     # (prepared as read: see find_signatures below)

    heading = find_type_heading(head)
    number = find_number(head, heading=heading[2] if heading else None)
    consolidation = None
    if number is None or (split_code(number[0])[0] != "VBHN" and _AUTHENTICATION.search(text, start, end)):
        # a consolidated text may repeat its original's header ("Số: 49/2018/NĐ-CP"): its own number is the
        # authentication block's ("Số: 1798/VBHN-BLĐTBXH / XÁC THỰC VĂN BẢN HỢP NHẤT")
        consolidation = _consolidation_number(text[start:end])
        number = (consolidation[0], -1) if consolidation else number
    continued = _continued_from(text, start, end)      # a gazette continuation: its forms' "Số:" are not its own
    if continued is not None:
        number = (continued[0], -1)
    code = _type_read_once(number[0]) if number else None
    dates = find_place_dates(head)
    place, when, date_line = dates[0] if dates else (None, None, None)
    if continued is not None and when is None:
        when = continued[2]
    if consolidation is not None and when is None:
        when = consolidation[1]          # the authentication block's date
    # a law or a resolution of the National Assembly (or its Standing Committee, or a council) has no place-date: it
    # was "thông qua ngày 10 tháng 7 năm 2025" (passed on), said in its closing lines, which may name the council
    passed = _passed_on(text, start, end) if when is None or place is None else None
    if when is None:
        if passed:
            when = iso_date(passed.group("d"), passed.group("m"), passed.group("y"))
    if code is None and heading is not None:
        code = bare_number(head[:heading[2]])           # "98/202 5/QĐ-UBND": OCR lost the "Số:" before it
    if code is None:
        code = slashless_party_number(head[:heading[2] if heading else 25])   # "Số 75-KLTW": OCR lost the "/"
    doc_type = continued[1] if continued is not None else _pick_type(code, heading, head, number)
    title = read_title(head, heading) if heading else None

    stop = heading[2] if heading else next((i + 1 for i, line in enumerate(head)
                                            if line and (LETTER_MARK.match(line) or "ngày" in line and PLACE_DATE.search(line))),
                                           len(head))
    issuer, parent = issuer_and_parent(issuer_segments(head, stop, exclude=set(stamp_lines(head)), code=code))
    issuer = issuer or issuer_from_code(code)
    issuer = _issuer_by_code(issuer, code)
    if code and split_code(code)[0] == "VBHN" or continued is not None:
        # the consolidating body (the header repeats the original's); a continuation's forms name other bodies
        issuer = issuer_from_code(code) or issuer

    signatures = _find_signatures(tail, tail_start, _raw_position_lines(raw_tail))
    own_date_in_tail = date_line - tail_start if date_line is not None and date_line >= tail_start else None
    # (a copy's form word holds "SAO", in the raw lines too: only then are all the footer's lines prepared)
    copy, copy_start = (find_copy(prepare_lines(raw_tail), tail_start, code, own_date_in_tail, signatures)
                        if "SAO" in "\n".join(raw_tail).replace("**", "") else (None, None))
    original = [s for s in signatures if copy_start is None or s.last < copy_start]
    signer = original[-1] if original else None
    issuer = issuer_from_signature(signer.position if signer else collective(raw_tail, copy_start), issuer) or issuer
    issuer = _province_issuer(issuer, place)
    if passed is not None and place is None and (issuer is None or issuer == "Hội đồng nhân dân"):
        issuer = _council_passing(text, start, passed) or issuer
    received = find_received(head)
    if code:
        code = proven_party_issuer(code)
    if code and code.endswith("/TƯ") and "-" in code:
        # "Số 445-KL/TƯ" under "TỈNH ỦY …": a provincial committee's TU with a font's horn; the Centre's TW else
        code = code[:-2] + ("TU" if issuer and PROVINCIAL_PARTY.search(issuer) else "TW")
    if code and issuer:
        code = proven_issuer_code(code, issuer)
        code = proven_type_issuer(code, doc_type, issuer)
    if code:
        code = doubled_issuer_letter(code)
    return OwnDocument(id=code, code=code, type=doc_type, date=when, issuer=issuer, title=title,
                       signer=signer.name if signer else None,
                       signer_position=signer.position if signer else None,
                       place=place, copy=copy, received=received, parent=_parent_of(parent, issuer))


def _parent_of(parent: Optional[str], issuer: Optional[str]) -> Optional[str]:
    """The header's parent body, unless the issuer (as the header, signature and code finally read it) holds it or
    is part of it: a name wrapped over two lines ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI" / "PHÒNG") is no parent."""
    if not (parent and issuer):
        return None
    p, i = fold(parent), fold(issuer)
    return None if p in i or i in p else parent


# The Official Gazette goes on publishing a long text in its next issue: its section heading names the document
# ("BỘ TÀI CHÍNH / Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018 / hướng dẫn …") and then says
# "(Tiếp theo Công báo số 201 + 202)"; the text that follows (annexes, forms) has no header of its own.
_TYPE_WORD_ALT = _alt(TYPE_WORDS)
_CONTINUED_DOC = re.compile(rf"(?P<type>{_TYPE_WORD_ALT})[ \t]+số[ \t]+(?P<code>{CODE})"
                            r"\s+ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.VERBOSE)


def _continued_from(text: str, start: int, end: int):
    """(code, type, ISO date) of the document a gazette continuation goes on with, or None."""
    if text.find("(Tiếp theo Công báo số", start, min(end, start + 6000)) < 0:    # the literal CONTINUED needs
        return None
    m = CONTINUED.search(text, start, min(end, start + 6000))
    if not m:
        return None
    d = _CONTINUED_DOC.search(text, max(start, m.start() - 800), m.start())
    if not d:
        return None
    return normalize_code(d.group("code")), d.group("type"), iso_date(d.group("d"), d.group("m"), d.group("y"))


_AUTHENTICATION = re.compile(r"XÁC[ \t]+THỰC[ \t]+VĂN[ \t]+BẢN[ \t]+HỢP[ \t]+NHẤT")


def _consolidation_number(doc: str):
    """A consolidated text (VBHN) states its own number only in its authentication block at the end
    ("XÁC THỰC VĂN BẢN HỢP NHẤT … Số: 463/VBHN-BLĐTBXH"), often followed by pages of footnotes."""
    if "VBHN" not in doc:
        # a code's type stands between its separators, written whole (CODE has no space inside a part), so a
        # VBHN number has "VBHN" in the text: no need to read every "Số" number of the document
        return None
    for m in number_lines(doc):
        code = normalize_code(m.group("code"))
        if split_code(code)[0] == "VBHN":
            when = PLACE_DATE.search(doc, m.end(), m.end() + 400)
            return code, (iso_date(when.group("d"), when.group("m"), when.group("y")) if when else None)
    return None


def _squeezed(name: str) -> str:
    """``name`` without marks, blanks and doubled letters: a scan's "BAN CHẮÁP HÀNH TRUNG ƯƠNG" (a vowel read twice,
    with two tone marks no syllable holds) compares equal to "Ban Chấp hành Trung ương"."""
    return re.sub(r"(.)\1+", r"\1", ascii_key(name))


def issuer_from_signature(position: Optional[str], header_issuer: Optional[str]) -> Optional[str]:
    """The collective a signer signs for ("T/M BỘ CHÍNH TRỊ", "TM. CHÍNH PHỦ"), when the header names only the
    Central Committee (or nothing): a TW document's header says "BAN CHẤP HÀNH TRUNG ƯƠNG" whether the
    Politburo, the Secretariat or the plenum issued it; the signature says which."""
    m = re.match(r"(?:T/M|TM\.?)[ \t]+(?P<body>[^–]+)", position or "")
    if not m or header_issuer is not None and _squeezed(header_issuer) != _squeezed(ISSUER_CODES["TW"]):
        return None
    body = m.group("body").strip()
    return _CANONICAL.get(fold(body)) or _CENTRAL_COLLECTIVES.get(_squeezed(body))


_CENTRAL_COLLECTIVES = {_squeezed(v): v for v in ("Bộ Chính trị", "Ban Bí thư", ISSUER_CODES["TW"],
                                                  "Ban Chấp hành Trung ương")}
# "Nơi nhận: T/M BỘ CHÍNH TRỊ": a scan whose two columns were read as one puts the collective a signer signs for at
# the end of the recipients' first line, where no signature block is read (its signer's name garbled or lost)
_COLLECTIVE_AT_END = re.compile(r"(?:^|[ \t])(?P<position>(?:T/M|TM\.)[ \t]+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ \t]{3,60}?)[ \t]*$")


def collective(lines: Sequence[str], before: Optional[int]) -> Optional[str]:
    """The last "T/M <BODY>" standing at the end of a line of the document's tail (before a copy's section), as a
    signature's position: read only when no signature block was found."""
    found = None
    for line in lines[:before]:
        if "M" in line and (m := _COLLECTIVE_AT_END.search(line)) is not None:
            found = m.group("position")
    return found


def canonical_type(word: str) -> str:
    """A heading's type word as the output names it: a subtype listed under its code collapses to the code's
    type ("Thông báo kết luận" -> "Thông báo", seed gold convention); "Quy định" stays (QĐ lists it)."""
    code = TYPE_WORDS.get(word)
    types = TYPE_CODES.get(code, ())
    if word in types or not types or not word.startswith(types[0] + " "):
        return word
    return types[0]


_PASSED_ON = re.compile(r"\bthông\s+qua\s+ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})")
_PASSED_ON_WORDS = re.compile(_PASSED_ON.pattern[len(r"\b"):])       # without its \b: a literal prefix re skips to


def _passed_on(text: str, start: int, end: int):
    """``_PASSED_ON.search(text, start, end)``: its words found by their literal start, then its \b checked (no
    word character before "thông")."""
    while True:
        m = _PASSED_ON_WORDS.search(text, start, end)
        if m is None:
            return None
        a = m.start()
        if a == 0 or not (text[a - 1].isalnum() or text[a - 1] == "_"):
            return m
        start = a + 1

# A council's resolution closes with the council that passed it: "Nghị quyết này đã được Hội đồng nhân dân tỉnh Điện
# Biên khóa XIV, kỳ họp thứ 5 thông qua ngày 13 tháng 7 năm 2017"
_PASSING_COUNCIL = re.compile(r"Hội\s+đồng\s+nhân\s+dân\s+(?P<kind>tỉnh|thành\s+phố)\s+"
                              rf"(?P<place>{UP}{LO}*(?:\s+{UP}{LO}*){{0,3}})\s+[Kk]h[óo]a\b")


def _council_passing(text: str, start: int, passed: re.Match) -> Optional[str]:
    """The provincial council that passed the text, named in its closing "… Hội đồng nhân dân tỉnh X khóa …, kỳ họp
    thứ … thông qua ngày …" (``passed``: that date's match; a resolution whose header a converter lost, or which names
    its council without the province), or None."""
    m = _PASSING_COUNCIL.search(text, max(start, passed.start() - 300), passed.start())
    if m is None:
        return None
    # the province as the text names it, in its day ("tỉnh Thừa Thiên Huế" in 2017, a city since 2025), its spelling
    # the gazetteer's when it knows the name
    province = _province(" ".join(m.group("place").split()))
    name = province.name if province is not None and not province.name.startswith("Thành phố") else \
        " ".join(m.group("place").split())
    return f"Hội đồng nhân dân {' '.join(m.group('kind').split())} {name}"


# A letter (công văn) has no type heading; it has "V/v <subject>" under its number and "Kính gửi:".
LETTER_MARK = re.compile(r"^[ \t*(]*(?:V/v|V/V|v/v)\b|^[ \t*]*Kính[ \t]+gửi\b")


def _pick_type(code, heading, head, number) -> Optional[str]:
    """The type: the heading, unless the number's type code names another type (a consolidated text,
    "07/VBHN-VPQH", repeats the heading "LUẬT" of the law it consolidates; a title opening with a type word as
    its verb, "QUY ĐỊNH …" under "Số: 27/2017/NQ-HĐND", is no heading).  QĐ is both Quyết định and
    Quy định: the heading decides.  Without a heading: the code, then the word before "số:" ("Luật số:")."""
    from_code = split_code(code)[0] if code else None
    if not heading and any(LETTER_MARK.match(line) for line in head if line):
        return "Công văn"             # a letter: "V/v …" under its number, "Kính gửi:"; its number's part after "/" is the unit
    if heading:
        word = canonical_type(heading[0])
        if from_code == "VBHN" and word not in TYPE_CODES[from_code]:
            return type_from_code(code)
        if heading[1].strip() and from_code in TYPE_CODES and word not in TYPE_CODES[from_code]:
            # a title glued to its line opens with a type word as its verb, the heading itself lost ("Số:
            # 27/2017/NQ-HĐND" / "QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ …", a page that dropped "NGHỊ QUYẾT"): the number's
            # type code names the type (a heading alone on its line still names it)
            return type_from_code(code)
        return word
    if from_code in TYPE_CODES:
        return type_from_code(code)
    if number:
        line = head[number[1]] if number[1] < len(head) else ""
        for word in sorted(TYPE_WORDS, key=len, reverse=True):
            if re.search(rf"\b{re.escape(word)}\s+số\s*:", line + " " + (head[number[1] - 1] if number[1] else "")):
                return word
    return None

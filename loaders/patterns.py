"""One patterns module: number grammars, type words and cue phrases (eyecite's regexes.py habit).

Verbose regexes built from named parts, a comment per part and one real example each.  Where
alternatives overlap, the longer ones come first (and say so).  The code tables themselves live in
``codes.py``; ``tests/test_patterns.py`` checks every example here both ways.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

from vanban.domain import dates
from vanban.domain.codes import ISSUER_CODES, ISSUERS, TYPE_CODES, TYPE_WORDS
from vanban.domain.text import ascii_key


def longest_first(words) -> list:
    """``words`` longest first, so an alternation of them tries "TTLT" before "TT", then in code-point order, so the
    alternation is the same text in every process (a set's order changes from run to run; loaders/recache.py keeps
    compiled patterns by their text)."""
    return sorted(words, key=lambda w: (-len(w), w))


def _alt(words):
    """An alternation, longest first, so "Thông báo kết luận" wins over "Thông báo"."""
    return "|".join(re.escape(w) for w in longest_first(words))


# ---------------------------------------------------------------- number parts
# the number: "21", "4264".  Nothing word-like, "/", "." or "," right before it -- checked after the first digit
# so the regex engine can jump from digit to digit (5x faster than a leading look-behind; benchmark if changing).
# (a "." alone before it is OCR's speck: "số .166/2025", and so one glued to "số": "Tờ trình số.65/TTr-BKHCN"; a
# letter may follow the digits before a "/": a number given
# out of sequence, "Quyết định số 364a/QĐ-UBND", "930e/QĐ-UBND")
SO = r"(?P<so>\d(?<![\w/,-]\d)(?<![^\sốỐ]\.\d)\d{0,4}(?:[a-z](?=/))?)"
# A type code; mixed case codes (CTr, TTr, QĐi) are written as listed.  "KH" in "21-KH/TW".
LOAI = r"(?P<loai>" + _alt(TYPE_CODES) + r"|[A-ZĐ]{1,5})"
# An issuer code, upper case with Đ and optional digits for a term ("QH14"): "BTCTW", "VPTU", "TWĐTN".
CO_QUAN = r"(?P<co_quan>[A-ZĐ][A-ZĐƯ0-9]{0,14}(?:-[A-ZĐ]{1,10})?)"      # "TƯ" is how some write "TW"
DASH = r"[-–‐]"                                           # hyphen, en dash and the Unicode hyphen OCR produces
GAP = r"[ \t]*(?:\r?\n[ \t]*)?"                           # spaces, or one line break ("Số: 16 -⏎HD/BTCTW")

# Party number: "21-KL/TW", "21 - KL/TW", "21 -KL/TW", "09 KH/ĐU", "188 -BC/BTCTW".
PARTY_NUMBER = re.compile(
    rf"""{SO}
    (?:{GAP}{DASH}(?:[ \t]?{DASH})?{GAP}|[ ]{{1,2}})     # "-" with spaces or line break around it (OCR's doubled
    #                                                       hyphen: "192- -KL/TW"), or a plain space
    {LOAI}
    {GAP}/{GAP}
    {CO_QUAN}
    (?![A-ZĐƯ0-9])                                        # a glued lower-case word may follow: "35-KL/TWngày"
    (?!/\d)                                               # a form's code goes on with its year: "05-TT/SHTT/2020"
    """,
    re.VERBOSE,
)

# Party number written state-style: "29/NQ-TW" (Example: "Nghị quyết số 29/NQ-TW").
PARTY_NUMBER_SLASHED = re.compile(
    rf"""{SO}/(?P<loai>NQ|QĐ|CT|KL|QC|HD|KH|CTr|TB|BC|CV|TTr|ĐA)-(?P<co_quan>TW|BTCTW|VPTW|UBKTTW|TU|HU|ĐU|VPTU)
    (?![\w])
    """,
    re.VERBOSE,
)

# A hyphen inside a state number, with at most one space beside it as PDFs and web pages leave them
# ("58/2021/NĐ -CP", "39/2018/TT- BTC"); " - " with spaces on both sides separates, it does not join, but after the
# type code (HY_TYPE, below).
HY = r"(?:[ \t]?-(?:[ \t]?-(?=[A-ZĐ]))?|-[ \t])"          # (OCR's doubled hyphen: "09/2023/QĐ- -TTg")
# … and after the type code, a hyphen set apart before an issuer code in capitals: "12/QĐ - UBND", "08/2017/TT -
# LĐTBXH" (not within the issuer's part: "15/2020/NĐ-CP - UBND tỉnh …" is a dash of the sentence)
HY_TYPE = HY[:-1] + r"|[ \t]-[ \t](?=[A-ZĐ][A-ZĐ0-9&]{1,14}\b))"

# A state number's end: no word character after it, or the "ngày" of its date glued on by a converter that lost the
# blank ("Luật Các tổ chức tín dụng số 32/2024/QH15ngày 29 tháng 6 năm 2024", fresh54): the issuer code's last
# capital or digit before it, or the Prime Minister's "TTg" (no code's letters in small type end in "ngày")
GLUED_NGAY = r"(?:(?![\w])|(?:(?<=[A-ZĐ0-9])|(?<=TTg))(?=ngày(?![\w])))"

# State number with year: "15/2020/NĐ-CP", "80/2015/QH13" (no type code), "01/2021/TT-BNV", "40/2026/QĐ-UBND",
# "01/2022/TTLT-VKSNDTC-TANDTC-BCA" (joint circular), "12/2025/QĐ-SNN&PTNT".
STATE_NUMBER_YEAR = re.compile(
    rf"""{SO[:-1]}(?:\.\d{{1,3}}(?=/)|[a-z](?=/))?)(?:[ \t]?/[ \t]?  # "66.16/2026/NQ-CP": a special resolution's number;
    #                                                        "30a/2008/NQ-CP": a number with a letter
      |(?<!(?:19|20)\d\d)-(?=(?:19|20)\d\d/[A-ZĐ]{{1,6}}-[A-ZĐ]))   # "19-2017/NQ-CP": a hyphen typed for the first
    #                                                        slash (not a span of years, "2016-2020/…")
    (?P<nam>(?:19|20)\d[ ]?\d)(?:[ \t]?/[ \t]?                # "202 5": OCR's space inside the year
      |(?=(?:NĐ|QĐ|TT|TTLT|NQ|CT)-[A-ZĐ]))                 # "96/2026NĐ-CP": the slash lost before a type code
    (?:(?P<loai>[A-ZĐ]{{1,6}}(?:LT)?){HY_TYPE})?                 # "NĐ-", "TT-", "TTLT-"; a law has none ("QH13")
    (?P<co_quan>(?:[A-ZĐ]|0(?=H\d\d(?![\w])))[A-ZĐa-z0-9&]{{0,14}}(?:{HY}[A-ZĐ][A-ZĐa-z0-9&]{{0,9}}|(?(loai)\.[A-ZĐ][A-ZĐ0-9&]{{0,9}}|(?!)))*)   # "CV-E.K.LM" (not "TT.VPCP"); "0H13": a zero for the Q
    {GLUED_NGAY}
    """,
    re.VERBOSE,
)

# A law's number whose code the text left out: "Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được sửa đổi …"
# (find reads it only after "Luật … số" and gives it the code of the National Assembly's term in that year)
LAW_NUMBER_YEAR_ONLY = re.compile(SO + r"[ \t]?/[ \t]?(?P<nam>(?:19|20)\d\d)(?![\w/.]|[ \t]?[-/][ \t]?[A-ZĐ0-9])")

# Administrative state number without year: "1234/QĐ-TTg", "456/UBND-KT", "07/VBHN-VPQH"; a letter's number is
# number/issuer-unit: "5348/CT-CS", "17899/BTC-VP", "324/QTR-KTr2", "4250/BNNMT-ĐCKS" (at least one hyphen); a
# numbered branch as the issuer: "3374/CCTKV02-NVDTPC" (Chi cục Thuế khu vực 02).
STATE_NUMBER = re.compile(
    rf"""{SO}[ \t]?/[ \t]?
    (?P<loai>[A-ZĐ][A-ZĐa-z&]{{0,9}}(?:(?<=[A-ZĐ]{{2}})\d{{1,2}})?(?:\.(?:[A-ZĐ][A-ZĐa-z0-9&]{{0,9}}|\d{{1,2}}))*){HY_TYPE}   # "CCTKV02-", "CCTKV.05-": a unit's number
    (?P<co_quan>[A-ZĐ][A-ZĐa-z0-9&]{{0,14}}(?:(?:{HY}|\.)[A-ZĐ][A-ZĐa-z0-9&]{{0,9}})*)   # "VPCP-V.I": a dot inside
    {GLUED_NGAY}
    """,
    re.VERBOSE,
)
# A number of the years before the 1996 law on legal documents (no year inside it): "Nghị định số 74/CP", "Nghị định
# số 206-CP", "Nghị định số 111-HĐBT" (the Government, the Council of Ministers), "Quyết định số 87-CT" (the Chairman
# of the Council of Ministers, 1981-1992), "Thông tư số 89-TC/TCT" (a ministry and its department).  Only read after
# a document type word ("Nghị định số …"): alone such a shape is any code.
LEGACY_NUMBER = re.compile(
    rf"""{SO}
    (?:[ \t]?[-/][ \t]?(?P<cq>CP|HĐBT|HĐNN|TTg|CT)                 # "74/CP", "206-CP", "111-HĐBT", "87-CT"
    |-(?P<loai>[A-ZĐ]{{1,6}})/(?P<co_quan>[A-ZĐ]{{2,8}}\d{{0,2}})  # "89-TC/TCT": issuer-department; "10-LCT/HĐNN7": its term
    |[ \t]?/[ \t]?(?P<cv>[A-ZĐ][A-ZĐ&]{{1,11}}))                   # a letter's number with its issuer alone: only
    (?![\w/-])                                                     # after "Công văn": "Công văn số 6006/BGDĐT"
    """,
    re.VERBOSE,
)

# Administrative type codes (the part after "/" names the document type, not its issuer).
ADMIN_TYPE_CODES = {"QĐ", "CT", "CV", "TB", "KH", "BC", "TTr", "CĐ", "VBHN", "HD", "NQ", "GM", "KL", "CTr", "ĐA",
                    "TTg"}
# The type codes of a number without a year, longest first ("CTr" is not among them: its lower-case r is no capital)
_GLUED_ADMIN_TYPES = tuple(sorted((t for t in ADMIN_TYPE_CODES if t.isupper()), key=len, reverse=True))


def glued_admin_type_issuer(code: str) -> Optional[Tuple[str, str]]:
    """(type code, issuer code) of a yearless number's code whose hyphen was lost: a type code a known issuer
    code follows, glued ("QĐUBND" is QĐ-UBND, "NQCP" NQ-CP); None for a known issuer code itself ("TTCP", the
    Government Inspectorate, is no TT-CP) and for anything else."""
    if code in ISSUER_CODES:
        return None
    for t in _GLUED_ADMIN_TYPES:
        if code.startswith(t) and len(code) > len(t) + 1 and code[len(t):] in ISSUER_CODES:
            return t, code[len(t):]
    return None


# A licence ("Giấy phép khai thác khoáng sản số 137/GP-UBND") is an act the state grants, not one of the documents
# Nghị định 30/2020/NĐ-CP lists (its numbers restart per issuer and recur in a table of them with other dates):
# its number names no document of the graph.
NOT_DOCUMENT_TYPE_CODES = frozenset(("GP",))
# A form, an annex or a table is not a document: "Mẫu số 02/ĐK-TCT", "Biểu số 01/BC-X"; nor is a national technical
# regulation or standard, whose code reads like a number when written with "/" ("QCVN: 02/2019/BLĐTBXH" for QCVN
# 02:2019/BLĐTBXH; the circular that issues it is the document), nor a body's own standard ("TCCS 02:2016/CĐUB", a
# tiêu chuẩn cơ sở; "QCĐP", a local technical regulation).
NOT_A_DOCUMENT_BEFORE = re.compile(r"(?:\b[Mm]ẫu|\b[Bb]iểu(?: mẫu)?|\bmẫu biểu|\bPhụ lục|\bphụ lục|\bTờ khai|\btờ khai"
                                   r"|\b[QT]CVN|\bTCCS|\bQCĐP)"
                                   r"(?:\s+(?:số|sô))?\s*:?\s*$")

# State research programme codes: "KX 04.39/21-25" (đề tài cấp Nhà nước).
RESEARCH_CODE = re.compile(r"(?P<code>KX(?<![\w]KX)[ .]?\d{2}\.\d{2}/\d{2}-\d{2})(?![\w])")


def _first_digit() -> str:
    """A regex source matching what ``\\d`` matches, for a pattern's first item: every decimal digit of the Basic
    Multilingual Plane as ranges, and the planes above whole, then ``(?<=\\d)`` on the character taken.  ``re``
    skips ahead to a pattern's first character by testing each character; against ``\\d`` that test reads the
    character's Unicode category, against this class one table (a scan of real text 12-20% cheaper in CPU time;
    benchmark if changing).  tests/test_patterns.py checks it against ``\\d`` on every code point."""
    return "[" + bmp_ranges(True) + "\\U00010000-\\U0010ffff](?<=\\d)"


def bmp_ranges(decimal: bool) -> str:
    """The characters of the Basic Multilingual Plane that are decimal digits (``decimal``), or that are not, as a
    regex class's ranges ("\\u0030-\\u0039…"): what ``\\d`` matches in a str pattern is Unicode category Nd."""
    runs: list = []
    for c in range(0x10000):
        if chr(c).isdecimal() is decimal:
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


FIRST_DIGIT = _first_digit()

# The cheap prefilter for numbers (benchmark if changing): any digit followed within 3 chars by a
# slash or a dash-and-capital.  Lines without it skip the number regexes.  (``\d[ \t]*(?:[-–‐/]|\n)|\d [A-ZĐ]{2}``,
# the digit taken once and tested by FIRST_DIGIT; a letter may stand between the digits and the slash: "30c/NQ-CP",
# a number given out of sequence, alone in its line with the date written out.)
NUMBER_HINT = re.compile(FIRST_DIGIT + r"(?:[ \t]*(?:[-–‐/]|\n)| [A-ZĐ]{2}|[a-z]/)")

# ---------------------------------------------------------------- OCR slips inside a number
# Undone only where the rest of the number is well-formed (tests/test_find.py, bench/accuracy_ocr.py).
# A state number's type codes that never stand alone as its issuer: "30/2026/TT" is no number, so in
# "30/2026/TT.BTC" or "02/2017/TT'VPCP" the "." or "'" is OCR's reading of the hyphen.
YEAR_TYPE_CODES = frozenset({"TT", "NĐ", "QĐ", "NQ", "TTLT", "CT"})
# The misread hyphen and the issuer after it, glued (no space after it; after ":" one): ".BTC", "'VPCP", ":BTC-BGTVT",
# ": CP", ";CP" ("67/2024/NĐ;CP", seed 8: never with a blank after it); a space may stand before the mark
# ("2093/2005/QĐ .UBND").
# (a quote may follow the colon: "624/QĐ:“TTg"; the Prime Minister's code holds a small letter: "QĐ.TTg")
OCR_HYPHEN = re.compile(r"(?:[ \t]?[.'’‘`]|;|:[ \t]?[“\"]?)(?P<co_quan>(?:TTg|[A-ZĐ][A-ZĐ0-9&]{1,14})(?:-[A-ZĐ][A-ZĐa-z0-9&]{0,9})*)"
                        r"(?![\w])")
# … or a blank for the hyphen, before an issuer code vanban knows ("40/2025/TT BNNMT ngày …", "Số: 01/2023/TT BLĐTBXH":
# a scan lost the hyphen; only a known code, so that a capital word after a number is no issuer)
BLANK_HYPHEN = re.compile(r"[ \t](?P<co_quan>" + _alt(c for c in ISSUER_CODES if len(c) >= 2) + r")(?![\w/-])")
# A ministry's name after its "Bộ", its first two words: "Tài chính", "Lao động", "Y tế" (what a line cut after "Bộ"
# goes on with: segment)
MINISTRY_NAME_STARTS = tuple(sorted({" ".join(name.split()[1:3]) for name in ISSUER_CODES.values() if name.startswith("Bộ ")}))
# A provincial or city Party committee, or its standing committee or congress: its numbers end "/TU"
PROVINCIAL_PARTY = re.compile(r"\b(?:Tỉnh|Thành) [uủ]y\b|\bĐảng bộ (?:tỉnh|thành phố)\b", re.I)


def doubled_letter_readings(code: str) -> set:
    """Each reading of ``code`` with one letter that OCR read twice read once: ``doubled_letter_readings("BVHTTDLL")
    == {"BVHTTDL", "BVHTDLL"}`` (the callers keep the known codes among them)."""
    return {code[:i] + code[i + 1:] for i in range(1, len(code)) if code[i] == code[i - 1]}


def _type_words_by_key() -> dict:
    by: dict = {}
    for w in TYPE_WORDS:
        by.setdefault(ascii_key(w.upper()), set()).add(w)
    return {k: next(iter(v)) for k, v in by.items() if len(v) == 1}


# A type word by its letters without marks, where no two type words share them ("ketluan" -> "Kết luận"), for a heading
# OCR read with a mark lost or changed ("KÉT LUẬN", "NGHI ĐỊNH", "THÔNG TỪ": header.find_type_heading, clean)
TYPE_WORD_BY_KEY = _type_words_by_key()


# Party issuer codes a Party number ends with ("183-KI/TW": the issuer proves the number is the Party's).
PARTY_ISSUER_CODES = frozenset(c for c, i in ISSUERS.items() if i.system == "party")    # the domain's table
# OCR's look-alikes of a capital L in a type code ("KI/TW" for "KL/TW").
L_LOOK_ALIKES = str.maketrans({"I": "L", "l": "L", "1": "L", "|": "L"})

# The next item of a list of documents after a stop OCR read where none stands ("Luật số 212 ngii. Luật số⏎56/2024/
# QH15": the item's number garbled past reading; clean.despeck and segment read no sentence end there).
LIST_ITEM_NEXT = r"[ \t]+(?:Luật|Bộ\ luật|Pháp\ lệnh|Nghị\ định|Nghị\ quyết|Quyết\ định|Thông\ tư|Chỉ\ thị)[ \t]+số\b"
#                 (blanks escaped: clean._SPECK_SOURCE is a verbose pattern)
# An annex's words before the document it belongs to: "(Ban hành kèm theo Quyết định số 2929/QĐ-UBND …)"
ANNEXED_TO = re.compile(r"\bkèm\s+theo\s*$", re.I)
# Words no paragraph ends with: a conjunction, a preposition, "số" before its number, a plural marker, "ngày" before
# its date (segment joins a short line ending with one to the next; clean blanks a stop OCR set after one).
NEVER_LAST = frozenset(("và", "hoặc", "của", "về", "theo", "với", "cho", "tại", "bởi", "số", "các", "những", "là",
                        "ngày", "từ", "đến"))

# Two-word cues and type words a line break can cut, OCR reading a speck at the next line's start as a list dash
# ("Luật sửa đổi, bổ⏎- sung một số điều của Luật …", fresh6 gazette printed as a scan), and the amenders' "bởi" cut
# from its cue: the pair joins the lines.
CUT_PAIRS = frozenset({("sửa", "đổi"), ("bổ", "sung"), ("thay", "thế"), ("bãi", "bỏ"), ("căn", "cứ"),
                       ("thực", "hiện"), ("hướng", "dẫn"), ("thi", "hành"), ("chi", "tiết"), ("quy", "định"),
                       ("nghị", "định"), ("nghị", "quyết"), ("quyết", "định"), ("thông", "tư"), ("hết", "hiệu"),
                       ("sung", "bởi"), ("đổi", "bởi"),       # "được sửa đổi, bổ sung⏎-_ bởi Nghị định số …"
                       ("sung", "một"), ("đổi", "một"),       # "đã được sửa đổi, bổ sung⏎- một số điều theo …"
                       ("sung", "theo"), ("đổi", "theo"),
                       ("số", "điều"),                        # "bổ sung một số⏎- điều Nghị định số …" (seed 8)
                       # the issuer most documents name, and the name of the documents the law on them governs: "… của
                       # Chính :⏎phủ quy định …", "Luật Ban hành văn bản⏎- quy phạm pháp luật" (session 31)
                       ("chính", "phủ"), ("bản", "quy")})

# ---------------------------------------------------------------- type words
# Extra descriptive type words the gold treats as documents (not in the number tables).
EXTRA_TYPES = {"Đề tài": "ĐT", "Điều lệ": "ĐL", "Cương lĩnh": "CL", "Biểu mẫu": "BM", "Danh mục": "DM",
               "Nội quy": "NQy", "Văn bản": "VB"}

# ---------------------------------------------------------------- dates
# "ngày 08/3/2018", "08-3-2018", "ngày 05 tháng 8 năm 2022", "ngày 17/8/2022".
DATE = dates.DATE   # the one date grammar lives in the domain layer (vanban.domain.dates)
DATE_AT_MENTION = re.compile(
    r"""^[\s,]*(?:ban\ hành\s+)?(?:ngày\s*)?""" + DATE.pattern, re.VERBOSE | re.IGNORECASE,
)

# ---------------------------------------------------------------- named documents
ROMAN = r"(?P<roman>[IVXL]{1,6})"
# "Nghị quyết Đại hội XIII" (the Congress resolution).
NAMED_CONGRESS = re.compile(r"Nghị quyết Đại hội (?:đại biểu toàn quốc lần thứ |Đảng (?:toàn quốc )?(?:lần thứ )?)?" + ROMAN + r"(?![\w])")
# "Nghị quyết Hội nghị Trung ương 5", "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ 5 Ban Chấp hành ..."
NAMED_PLENUM = re.compile(
    r"Nghị quyết (?:Hội nghị )?Trung ương (?P<plenum>\d{1,2})(?:\s+khóa\s+(?P<term>[IVXL]{1,6}))?(?![\w])"
)
NAMED_CHARTER = re.compile(r"Điều lệ Đảng|Cương lĩnh(?: chính trị)?(?: xây dựng đất nước)?")

# ---------------------------------------------------------------- issuers at a mention
# "của Bộ Chính trị", "của Ban Bí thư khóa XIII"; the body phrase is matched by bodies.canonical_body.
# The words a title opens with, capitalised after its issuer ("… của UBND thành phố Đà Nẵng Sửa đổi, bổ sung một số
# điều của Quy định …"): no word of a place's name
TITLE_OPENS = r"(?:Sửa|Quy|Về|Ban|Bãi|Phê|Hướng)\b"
# A ministry or a department named after the fields it manages, listed "A, B và C": "Bộ Văn hóa, Thể thao và Du lịch",
# "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh", the older "Sở Khoa học, Công nghệ và Môi trường".  Its commas are the
# name's; a comma before a body's head word ends the name instead, in a list of bodies ("Sở Y tế, Sở Tài chính và …",
# "Sở Tài chính, Kho bạc Nhà nước và Cục Thuế").  Each field is a capitalised word and up to three small ones.
# (No "Xã" among the heads: "Lao động - Thương binh và Xã hội" is a field; a commune's body is "UBND xã …".)
BODY_HEADS_AFTER_COMMA = (r"(?:Sở|Bộ|Ban|Ủy|UBND|HĐND|Hội|Cục|Chi cục|Tổng cục|Vụ|Công an|Công ty|Kho bạc|Văn phòng"
                          r"|Thanh tra|Tòa|Viện|Trường|Bệnh viện|Trung tâm|Liên|Đoàn|Mặt trận|Bảo hiểm|Ngân hàng|Quỹ"
                          r"|Đài|Báo|Tập đoàn|Học viện|Đại học|Phòng|Tỉnh|Huyện|Thành ủy|Thành phố|Quận|Thị ủy|Thị xã|Đảng|Kiểm toán"
                          r"|Cảnh sát|Bộ đội|Hải quan|Cảng)(?![\wÀ-ỹ])")
_FIELD = (r"[A-ZĐ][\wÀ-ỹ]*(?: (?!(?:và|về|tỉnh|thành phố|ban hành|của|tại|sửa|quy|hướng|bổ|thay|bãi|thực|ngày|năm|số|đã"
          r"|được|có|triển khai|tổ chức|phối hợp|chỉ đạo|đề nghị|yêu cầu|thông báo|báo cáo|kiểm tra|trình|gửi|giao)\b)"
          r"[a-zđà-ỹ][\wÀ-ỹ]*){0,3}")             # (no word a title or a verb opens with)
FIELD_LIST = _FIELD + r"(?:, (?!" + BODY_HEADS_AFTER_COMMA + ")" + _FIELD + r"){1,3} và " + _FIELD
# The fields of the ministries the domain knows (codes.ISSUERS): a ministry named whole ends there, whatever follows
# ("… của Bộ Văn hóa, Thể thao và Du lịch triển khai Kế hoạch số …"), and so does a department named after one, with
# its province when named ("… của Sở Y tế tỉnh Bắc Ninh triển khai …"), unless a capitalised word follows (a province
# named bare, "Sở Y tế Hà Nội", read by the longer readings below); ministries issuing together are read together ("…
# của Bộ Công an và Bộ Nông nghiệp và Môi trường, cùng Kế hoạch số …")
MINISTRY_FIELDS = _alt({i.body[len("Bộ "):] for i in ISSUERS.values() if i.body.startswith("Bộ ")})
# The head of a local body who signs for it ("… của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "… của Giám đốc Sở Y tế tỉnh
# Hà Tĩnh"): the document is numbered in the body's series, so the body's place qualifies the number.  (A minister's,
# "của Bộ trưởng Bộ Tài chính", is left as it was: a central number needs no place, and the relation rules read the
# words after a circular's date as they stand)
OFFICE_HOLDER = r"(?:(?:Phó )?Chủ tịch|(?:Phó )?Giám đốc)(?= (?:Ủy ban|UBND|Sở))"
ISSUER_AFTER = re.compile(
    r"^[\s,]*(?:ngày\s*[\d/.-]+\s*,?\s*)?(?:của|do|tại)\s+(?:" + OFFICE_HOLDER + r"\s+)?(?P<body>"
    r"Ban Chấp hành Trung ương(?: Đảng)?|Bộ Chính trị|Ban Bí thư|Hội nghị Trung ương \d+|Ban Tổ chức Trung ương"
    r"|Tiểu ban Bảo vệ chính trị nội bộ Trung ương|Ủy ban Kiểm tra Trung ương|Văn phòng Trung ương Đảng"
    r"|Bộ (?:" + MINISTRY_FIELDS + r")(?:,? (?:và )?Bộ (?:" + MINISTRY_FIELDS + r"))*(?![\wÀ-ỹ])"   # (joint issuers)
    r"|Sở (?:" + MINISTRY_FIELDS + r")(?: (?:tỉnh|thành phố) [A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*){0,3})?"
    r"(?=[,;.:)]| (?!tỉnh |thành phố )[^A-ZĐ\s]| " + TITLE_OPENS + r"|\s*$)"
    # a ministry or a department named by its fields listed (above), before the shorter readings of either below
    r"|(?:Bộ|Sở) " + FIELD_LIST + r"(?: (?:tỉnh |thành phố )?(?!" + TITLE_OPENS + r")[A-ZĐ][\wÀ-ỹ]*"
    r"(?: [A-ZĐ][\wÀ-ỹ]*){0,3})?(?=[,;.:)]| [a-zđà-ỹ]| " + TITLE_OPENS + r"|\s*$)"   # (its fields took the small words)
    r"|Quốc hội|Chính phủ|Thủ tướng Chính phủ|Bộ [A-ZĐ][\wÀ-ỹ]*(?: [\wÀ-ỹ]+){0,5}?(?=[,;.]| về| ban hành)"
    # a province's department, with its province when named ("của Sở Y tế tỉnh Bắc Ninh về", "của Sở Nội vụ Hà Nội;")
    r"|Sở [A-ZĐ][\wÀ-ỹ]*(?: (?!tỉnh\b|thành phố\b|Sở\b)[\wÀ-ỹ-]+){0,8}?"
    r"(?: (?:tỉnh |thành phố )?(?!" + TITLE_OPENS + r")[A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*){0,3})?(?=[,;.]| về| ban hành)"
    # local bodies with their place: "của Tỉnh ủy Quảng Ninh", "của Ủy ban nhân dân tỉnh Long An", a commune's
    # ("của UBND xã Tân Phú"), the city a city's texts name bare ("của Ủy ban nhân dân Thành phố")
    # (with the committee's standing members or an organ of it: "của Thường trực Tỉnh ủy Hà Tĩnh", "của Văn phòng Tỉnh ủy
    # Hà Tĩnh", "của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh": the committee's place qualifies the number)
    r"|(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành|Văn phòng|Ban Tổ chức|Ban Tuyên giáo(?: và Dân vận)?|Ban Dân vận"
    r"|Ban Nội chính|Ban Kinh tế|Ủy ban Kiểm tra)\s+)?"
    r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Đảng bộ|Ủy ban nhân dân|Hội đồng nhân dân|UBND|HĐND)"
    r"(?:\s+(?:tỉnh|[Tt]hành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu))?"
    r"(?:\s+(?!" + TITLE_OPENS + r")[A-ZĐ0-9][\wÀ-ỹ]*(?:\s*-?\s*(?!" + TITLE_OPENS + r")[A-ZĐ][\wÀ-ỹ]*){0,3})?"
    r")(?:\s+(?:Đảng\s+)?khóa\s+(?P<term>[IVXL]+))?",
)
# "Bộ Chính trị ban hành Kế hoạch số 07-KH/TW": the body just before "ban hành".
# … and a local committee or council named with its place ("Huyện ủy Đông Anh ban hành Kế hoạch số 7-KH/HU": a district's
# number, qualified by its district; "Ủy ban nhân dân huyện Củ Chi đã ban hành …"), its name's words capitalised
ISSUER_BEFORE = re.compile(
    r"(?P<body>Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ban Tổ chức Trung ương|Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
    r"|Quốc hội|Chính phủ|Thủ tướng Chính phủ"
    r"|(?:Ban Thường vụ )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ủy ban nhân dân|Hội đồng nhân dân|UBND|HĐND)"
    r"(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu))? (?!" + TITLE_OPENS + r")[A-ZĐ0-9][\wÀ-ỹ]*"
    r"(?: [A-ZĐ][\wÀ-ỹ]*){0,3}"
    # … and a department with its province ("Sở Y tế tỉnh Hà Tĩnh ban hành Công văn số …", "Sở Văn hóa, Thể thao và Du
    # lịch tỉnh Hà Tĩnh đã ban hành …")
    r"|Sở (?:" + FIELD_LIST + r"|[A-ZĐ][\wÀ-ỹ]*(?: (?!tỉnh\b|thành phố\b)[\wÀ-ỹ-]+){0,8}?) (?:tỉnh|thành phố) [A-ZĐ][\wÀ-ỹ]*"
    r"(?: [A-ZĐ][\wÀ-ỹ]*){0,3})(?:\s+(?:Đảng\s+)?khóa\s+[IVXL]+)?\s+(?:đã\s+)?ban hành\s*$"
)
ISSUER_CANONICAL = {
    "Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương",
    "Hội nghị Trung ương": "Ban Chấp hành Trung ương",  # a plenum issues as the Central Committee
}

# "về <subject>" right after the number/date/issuer.
SUBJECT = re.compile(r"^[\s,]*(?:ngày\s*[\d/.-]+\s*,?\s*)?(?:của\s+[^,;]{1,60}?\s+)?về\s+(?P<subject>[^;(\n]{3,300})")

# Section headings that introduce future tasks ("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2023").
FUTURE_HEADING = re.compile(r"^\s*[IVX]+\.\s+.*(?:NHIỆM VỤ|PHƯƠNG HƯỚNG|GIẢI PHÁP|KẾ HOẠCH)", re.M)
PAST_HEADING = re.compile(r"^\s*[IVX]+\.\s+", re.M)

FOOTNOTE_MARK = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_LINE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?=\s)")
FOOTNOTE_REF = re.compile(r"(?<=[\w.,;:)”\"*])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


MAX_FOOTNOTE_DIGITS = 9


def superscript_to_int(s: str) -> Optional[int]:
    """``superscript_to_int("⁶⁶") == 66``; None for a run longer than MAX_FOOTNOTE_DIGITS, which numbers no
    footnote (a run of 4,301+ digits made ``int()`` raise and aborted the file)."""
    if len(s) > MAX_FOOTNOTE_DIGITS:
        return None
    return int("".join(str(FOOTNOTE_MARK.index(c)) for c in s))


# One real example per pattern (where it was seen), with the groups it must give.  tests/test_patterns.py
# checks both ways: every pattern has an example, every example is matched with these groups.
EXAMPLES = [
    ("PARTY_NUMBER", "Kết luận số 21-KL/TW của Hội nghị Trung ương 4", {"so": "21", "loai": "KL", "co_quan": "TW"}),   # seed l.47
    ("PARTY_NUMBER", "Số 188 -BC/BTCTW", {"so": "188", "loai": "BC", "co_quan": "BTCTW"}),                            # seed l.7
    ("PARTY_NUMBER", "Quy chế 118-QC/TBBVCTNBTW, ngày 31/8/2022", {"so": "118", "loai": "QC", "co_quan": "TBBVCTNBTW"}),  # seed l.215
    ("PARTY_NUMBER", "Chương trình số 38-CTr/TW, ngày 04/01/2022", {"so": "38", "loai": "CTr", "co_quan": "TW"}),       # seed l.29
    ("PARTY_NUMBER_SLASHED", "Nghị quyết số 29/NQ-TW", {"so": "29", "loai": "NQ", "co_quan": "TW"}),
    ("STATE_NUMBER_YEAR", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", {"so": "63", "nam": "2025", "loai": None, "co_quan": "QH15"}),  # state 09
    ("STATE_NUMBER_YEAR", "Thông tư số 38/2018/TT-BTC ngày 20/4/2018", {"so": "38", "nam": "2018", "loai": "TT", "co_quan": "BTC"}),      # state 13
    ("STATE_NUMBER_YEAR", "Nghị quyết số 66.16/2026/NQ-CP", {"so": "66.16", "nam": "2026", "loai": "NQ", "co_quan": "CP"}),  # gazette
    ("STATE_NUMBER_YEAR", "Căn cứ Nghị quyết 19-2017/NQ-CP ngày 6 tháng 2 năm 2017", {"so": "19", "nam": "2017", "loai": "NQ", "co_quan": "CP"}),  # fresh39
    ("STATE_NUMBER_YEAR", "Luật Quản lý thuế số 21/2012/0H13 ngày 20 tháng 11", {"so": "21", "nam": "2012", "co_quan": "0H13"}),  # fresh39 (find: QH13)
    ("LAW_NUMBER_YEAR_ONLY", "Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được sửa đổi", {"so": "64", "nam": "2025"}),  # fresh28
    ("STATE_NUMBER_YEAR", "Luật Các tổ chức tín dụng số 32/2024/QH15ngày 29 tháng 6", {"so": "32", "nam": "2024", "co_quan": "QH15"}),  # fresh54
    ("STATE_NUMBER", "theo Công văn số 1234/BTC-CSTngày 05/3/2024", {"so": "1234", "loai": "BTC", "co_quan": "CST"}),  # (the same glue)
    ("STATE_NUMBER_YEAR", "theo Nghị quyết số 30a/2008/NQ-CP ngày 27 tháng 12", {"so": "30a", "nam": "2008", "loai": "NQ", "co_quan": "CP"}),  # dev9 gazette
    ("STATE_NUMBER", "Văn bản hợp nhất 07/VBHN-VPQH năm 2020", {"so": "07", "loai": "VBHN", "co_quan": "VPQH"}),                       # state 14
    ("STATE_NUMBER", "Trả lời công văn số 324/QTR-KTr2 ngày 22/7/2025", {"so": "324", "loai": "QTR", "co_quan": "KTr2"}),           # tvpl letter
    ("STATE_NUMBER", "theo Tờ trình số 136/TTr-SVHTT&DL ngày", {"so": "136", "loai": "TTr", "co_quan": "SVHTT&DL"}),                 # tvpl, "&"
    ("STATE_NUMBER", "Công văn số 3374/CCTKV02-NVDTPC ngày 30/6/2025", {"so": "3374", "loai": "CCTKV02", "co_quan": "NVDTPC"}),   # fresh9 web
    ("LEGACY_NUMBER", "Căn cứ Nghị định số 74/CP ngày 25/10/1993", {"so": "74", "cq": "CP"}),                                     # fresh9 web
    ("LEGACY_NUMBER", "Thông tư số 89-TC/TCT ngày 09/11/1993", {"so": "89", "loai": "TC", "co_quan": "TCT"}),                   # fresh9 web
    ("LEGACY_NUMBER", "Bộ GDĐT đã ban hành Công văn số 6006/BGDĐT ngày", {"so": "6006", "cv": "BGDĐT"}),                      # fresh16 web
    ("LEGACY_NUMBER", "theo Pháp lệnh số 10-LCT/HĐNN7 sửa đổi một số điều", {"so": "10", "loai": "LCT", "co_quan": "HĐNN7"}),  # dev17
    ("STATE_NUMBER", "Công văn 11554/VPCP-V.I về việc", {"so": "11554", "loai": "VPCP", "co_quan": "V.I"}),                   # tvpl, a dot
    ("STATE_NUMBER", "Công văn số 838/CCTKV.XII-NVDTPC.HUE ngày", {"so": "838", "loai": "CCTKV.XII", "co_quan": "NVDTPC.HUE"}),
    ("STATE_NUMBER_YEAR", "văn bản số 14/2025/CV-E.K.LM ngày 12/8/2025", {"so": "14", "nam": "2025", "loai": "CV", "co_quan": "E.K.LM"}),  # dev6
    ("STATE_NUMBER", "công văn số 4814/CCTKV.05-TTKT3 ngày", {"so": "4814", "loai": "CCTKV.05", "co_quan": "TTKT3"}),             # fresh11 web
    ("STATE_NUMBER_YEAR", "khoản 52 Điều 1 Thông tư số 39/2018/TT- BTC ngày 20/4/2018", {"so": "39", "nam": "2018", "loai": "TT", "co_quan": "BTC"}),  # tvpl, a space
    ("STATE_NUMBER_YEAR", "Thông tư liên tịch số 01/2022/TTLT-VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH", {"loai": "TTLT", "co_quan": "VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH"}),  # gazette
    ("PARTY_NUMBER", "theo Kết luận số 35-KL/TWngày 05/5/2022", {"so": "35", "loai": "KL", "co_quan": "TW"}),                     # glued to the next word
    ("PARTY_NUMBER", "Thực hiện Kết luận số 192- -KL/TW, ngày 19/9/2025", {"so": "192", "loai": "KL", "co_quan": "TW"}),  # seed 9 scan
    ("STATE_NUMBER", "Quyết định số 364a/QĐ- UBND ngày 06/4/2021", {"so": "364a", "loai": "QĐ", "co_quan": "UBND"}),       # fresh16 web, out of sequence
    ("ANNEXED_TO", "(Ban hành kèm theo ", {}),
    # OCR of the dev page tvpl/ad52bc0b105a20cd.md printed as a scan (bench/accuracy_ocr.py): "." for the hyphen
    ("OCR_HYPHEN", "Thông tư số 02/2017/TT.VPCP ngày 31/10/2017", {"co_quan": "VPCP"}),
    ("BLANK_HYPHEN", "Số: 01/2023/TT BLĐTBXH", {"co_quan": "BLĐTBXH"}),
    # OCR of the fresh page tvpl/2dd703fa6cbbc87b.md printed as a scan: a space inside the year
    ("STATE_NUMBER_YEAR", "văn bản quy phạm pháp luật số 64/202 5/QH15", {"so": "64", "nam": "202 5", "co_quan": "QH15"}),
    # OCR of the dev2 gazette 28/2026/TT-BTC printed as a scan (session 9): the hyphen read twice
    ("STATE_NUMBER_YEAR", "Căn cứ Quyết định số 09/2023/QĐ- -TTg của Thủ tướng", {"so": "09", "loai": "QĐ", "co_quan": "TTg"}),
    # OCR of the dev page tvpl/ad52bc0b105a20cd.md, seed 3: ": " for the hyphen after a decree's type code
    ("OCR_HYPHEN", "Nghị định số 63/2010/NĐ: CP ngày 08/6/2010", {"co_quan": "CP"}),
    ("OCR_HYPHEN", "Thu hồi Quyết định số 2093/2005/QĐ .UBND ngày 06/9/2005", {"co_quan": "UBND"}),   # a web page
    ("PROVINCIAL_PARTY", "Ban Thường vụ Tỉnh ủy Thừa Thiên Huế", {}),
    ("PROVINCIAL_PARTY", "Ban Chấp hành Đảng bộ thành phố", {}),
    ("NOT_A_DOCUMENT_BEFORE", "kê khai theo Mẫu số ", {}),                                                                            # "Mẫu số 02/ĐK-TCT": a form
    ("RESEARCH_CODE", "02 đề tài cấp Nhà nước KX 04.39/21-25", {"code": "KX 04.39/21-25"}),                                           # seed l.229
    ("DATE", "ngày 05 tháng 8 năm 2022", {"d": "05", "m2": "8", "y2": "2022"}),
    ("DATE", "Kết luận số 14-KL/TW, ngày 22/9/2021", {"d": "22", "m": "9", "y": "2021"}),                                           # seed l.127
    ("NAMED_CONGRESS", "triển khai thực hiện Nghị quyết Đại hội XIII của Đảng", {"roman": "XIII"}),                                 # seed l.19
    ("NAMED_PLENUM", "Dự thảo Báo cáo tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X", {"plenum": "5", "term": "X"}),     # seed l.53
    ("NAMED_CHARTER", "triển khai tổng kết 15 năm thi hành Điều lệ Đảng", {}),                                                     # seed l.385
    ("ISSUER_AFTER", " của Bộ Chính trị về kiểm soát quyền lực", {"body": "Bộ Chính trị"}),                                          # seed l.61
    ("ISSUER_AFTER", " của UBND xã Tân Phú về việc", {"body": "UBND xã Tân Phú"}),
    ("ISSUER_AFTER", " của Ủy ban nhân dân Thành phố về phòng cháy", {"body": "Ủy ban nhân dân Thành phố"}),
    ("ISSUER_AFTER", " ngày 01/3/2024 của Sở Y tế tỉnh Bắc Ninh về việc", {"body": "Sở Y tế tỉnh Bắc Ninh"}),
    ("ISSUER_AFTER", " của Bộ Văn hóa, Thể thao và Du lịch triển khai", {"body": "Bộ Văn hóa, Thể thao và Du lịch"}),
    ("ISSUER_AFTER", " của Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương về",
     {"body": "Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương"}),
    ("ISSUER_BEFORE", "Trên cơ sở đó, Bộ Chính trị ban hành ", {"body": "Bộ Chính trị"}),                                          # seed l.37
    ("SUBJECT", ", ngày 18/7/2022 về quản lý biên chế", {"subject": "quản lý biên chế"}),                                            # seed l.79
    ("FOOTNOTE_LINE", "⁶⁶ (1) Quyết định số 1066-QĐ/BTCTW", {}),                                                                   # seed l.289
    ("FUTURE_HEADING", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2023", {}),                                                          # seed l.339
]

"""Bodies: the specific organisations a text names, with canonical names.

Vietnamese bodies are named by a head word (Ban, Ủy ban, Tiểu ban, Văn phòng, Đảng ủy, Tỉnh ủy, Bộ, Sở, Học
viện, Đại học, Hội đồng, Vụ, Cục ...) + a capitalised qualifier ("Ban *Tổ chức*") + a scope ("Trung ương",
a province, "Việt Nam"), or by nesting one body in another ("Ban Tổ chức Thành ủy Hà Nội", "Ban cán sự đảng
Bộ Ngoại giao").  Capitals are the signal: "Ban Tổ chức Trung ương" is one body; "ban tổ chức cấp ủy các cấp",
"tỉnh ủy, thành ủy", "đảng đoàn, ban cán sự đảng" are classes of bodies and are not reported.  Plenums and
congresses ("Hội nghị Trung ương 4", "Đại hội XIII") are meetings, not bodies.

The vocabulary is data: ``NAMED_BODIES`` (national bodies: canonical name + written variants) joined with the
issuer codes of ``codes.ISSUER_CODES``.  The rules, in the order ``find_bodies`` applies them:

1. named      a vocabulary name, as written or in capitals        "Bộ Chính trị", "BỘ TÀI CHÍNH"
2. central    head + capitalised qualifier + "Trung ương"         "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
3. local      committee or organ + place                          "Tỉnh ủy Quảng Ninh", "TỈNH ỦY QUẢNG NGÃI"
   institution  Đại học/Học viện/Sở/Cục... + qualifier + place    "Đại học Quốc gia Hà Nội"
   lower      committee or organ + unit below the province        "Huyện ủy Đại Lộc", "UBND xã Tân Phú"
4. unscoped   Vụ/Cục/Ban + capitalised qualifier, no scope        "Vụ Tổng hợp cán bộ", "Ban Chỉ đạo"
5. own committee, bare and mid-sentence: the text's own           "giúp việc Tỉnh ủy"; a lone code "VPTU"
6. sub-body   before its owner, which stays as a nested mention   "Ban Tổ chức Thành ủy Hà Nội"
   header     a header's sub-body after its committee              "TỈNH ỦY QUẢNG NGÃI VĂN PHÒNG"

``tests/test_bodies.py`` runs each rule on a real sentence.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional

from vanban.domain.codes import CLASS_ISSUER_CODES as _CLASS_CODES
from vanban.domain.codes import ISSUER_CODES
from vanban.domain.gazetteer import LOWER_LEVELS, committee_name, local_unit
from vanban.loaders.clean import fix_d, fold, normalize_tones
from vanban.loaders.models import BodyMention
from vanban.loaders.patterns import BODY_HEADS_AFTER_COMMA, TITLE_OPENS, _alt, longest_first
from vanban.loaders.places import (
    LOCALITY,
    WORD_END,
    LineIndex,
    SpanIndex,
    line_index,
    prepare,
    province_spans_of,
    to_original,
)

# ---------------------------------------------------------------- letters and spacing
_VN = "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isalpha())
UP = "A-ZĐ" + "".join(c for c in _VN if c.isupper())     # an upper-case Vietnamese letter
LO = "a-zđ" + "".join(c for c in _VN if c.islower())     # a lower-case one
L = UP + LO
SP = r"[ \t\u00a0]+"                                      # spaces inside a name, never a line break
CAP = rf"[{UP}][{L}]*"                                    # a capitalised word: "Tổ", "Bí"
LOW = rf"[{LO}][{L}]*"                                    # a lower-case word: "chức", "thư"
WORD = rf"[{L}]+"
KHOA = rf"(?:{SP}(?:khóa|Khóa|KHÓA|khoá){SP}[IVXL]+)"     # "Bộ Chính trị khóa XIII": the term is in the surface

# ---------------------------------------------------------------- the vocabulary (data)
# National bodies not named by an issuer code, and the written variants of those that are.
# Notation: "(…)" is optional; after the head word, words match in either case ("Mặt trận tổ quốc"); between
# words ", " / " và " / " - " are interchangeable ("Bộ Giáo dục - Đào tạo").  Every name ending in "Trung ương"
# may add "Đảng", and any name may add "khóa <term>".
NAMED_BODIES = (
    # Party, central
    ("Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương( Đảng Cộng sản Việt Nam)"),
    ("Bộ Chính trị", "Bộ Chính trị"),
    ("Ban Bí thư", "Ban Bí thư( Trung ương Đảng)"),
    ("Quân ủy Trung ương", "Quân ủy Trung ương", "Quận ủy Trung ương"),   # OCR: a district committee is never central
    ("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
    ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
     "Ban Chỉ đạo Trung ương về phòng(,) chống tham nhũng(, tiêu cực)"),
    ("Học viện Chính trị quốc gia Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    # State
    ("Quốc hội", "Quốc hội"),
    ("Chính phủ", "Chính phủ"),
    ("Văn phòng Chính phủ", "Văn phòng Chính phủ"),
    ("Văn phòng Chủ tịch nước", "Văn phòng Chủ tịch nước"),
    ("Bộ Dân tộc và Tôn giáo", "Bộ Dân tộc và Tôn giáo"),
    ("Bộ Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường"),
    ("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc( Việt Nam)"),
    ("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc( Việt Nam)"),
    ("Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam"),
    ("Công an nhân dân Việt Nam", "Công an nhân dân Việt Nam"),
    ("Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
    ("Đại học Quốc gia Thành phố Hồ Chí Minh", "Đại học Quốc gia Thành phố Hồ Chí Minh",
     "Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Quốc gia TP Hồ Chí Minh"),
    # Front members and mass organisations
    ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động( Việt Nam)"),
    ("Công đoàn Việt Nam", "Công đoàn Việt Nam"),
    ("Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ( Việt Nam)"),
    ("Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam"),
    ("Hội Người cao tuổi Việt Nam", "Hội Người cao tuổi Việt Nam"),
    ("Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ Việt Nam"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"),
    ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "Liên đoàn Thương mại và Công nghiệp Việt Nam"),
    # National press
    ("Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam"),
    ("Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam"),
    ("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"),
)

# Committees and organs that exist at every level: alone they are a class, with a place they are one body.
LOCAL_HEADS = {
    "Tỉnh ủy": "Tỉnh ủy", "Thành ủy": "Thành ủy", "Huyện ủy": "Huyện ủy", "Quận ủy": "Quận ủy",
    "Thị ủy": "Thị ủy", "Đảng ủy": "Đảng ủy", "Đảng bộ": "Đảng bộ",
    "Ủy ban nhân dân": "Ủy ban nhân dân", "UBND": "Ủy ban nhân dân",
    "Hội đồng nhân dân": "Hội đồng nhân dân", "HĐND": "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc": "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ": "Ủy ban Mặt trận Tổ quốc",
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam": "Ủy ban Mặt trận Tổ quốc",
    "Công an": "Công an",
    "Bộ Chỉ huy Quân sự": "Bộ Chỉ huy Quân sự", "Đoàn đại biểu Quốc hội": "Đoàn đại biểu Quốc hội",
}
# The local committees a bare capitalised mention stands for ("giúp việc Tỉnh ủy": the text's own province).
_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
# … the committees of a unit below the province, by the unit's level (a provincial city's "Thành ủy" is written as a
# city-province's is: left to the province's reading)
_DISTRICT_COMMITTEES = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
# Sub-bodies written after their committee in a header ("TỈNH ỦY QUẢNG NGÃI / VĂN PHÒNG").
_HEADER_SUBS = ("VĂN PHÒNG", "BAN TỔ CHỨC", "BAN TUYÊN GIÁO", "BAN DÂN VẬN", "BAN NỘI CHÍNH",
                "ỦY BAN KIỂM TRA", "BAN TUYÊN GIÁO VÀ DÂN VẬN")
# "Ban" + these, without an owner, is a class: "Ban Chấp hành đảng bộ ...", "Ban Thường vụ ...", "cấp Ban Đảng"
# (the Party's commissions as a level).
_CLASS_QUALIFIERS = {"Chấp", "Thường", "Đảng"}


# ---------------------------------------------------------------- compiling the notation
def _word(w: str, head: bool) -> str:
    w = normalize_tones(w)
    if head or not w[:1].isalpha() or w[:1].lower() == w[:1].upper():
        return re.escape(w)
    return f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:])


_SEP = rf"(?:{SP}(?:và|VÀ){SP}|[ \t\u00a0]*[-–][ \t\u00a0]*|,{SP})"


def _variant_regex(variant: str):
    """(head word, regex of the rest) of one written form in the ``NAMED_BODIES`` notation (any case)."""
    out = []
    toks = re.findall(r"\(|\)|Trung ương|TRUNG ƯƠNG|, | và | VÀ | - | |[^()\s,]+|,", variant)
    head = normalize_tones(toks[0])
    for tok in toks[1:]:
        if tok in ("Trung ương", "TRUNG ƯƠNG"):
            out.append(f"(?:[Tt](?:rung|RUNG){SP}(?:ương|ƯƠNG)|TW)")      # "Ủy ban TW Mặt trận Tổ quốc"
        elif tok == "(":
            out.append("(?:")
        elif tok == ")":
            out.append(")?")
        elif tok in (", ", " và ", " VÀ ", " - "):
            out.append(_SEP)
        elif tok == " ":
            out.append(SP)
        else:
            out.append(_word(tok, False))
    rest = "".join(out)
    if variant.rstrip(")").lower().endswith("trung ương"):
        rest += rf"(?:{SP}(?:Đảng|ĐẢNG))?"
    return head, rest


@functools.cache
def _named(upper: bool = False):
    """[(canonical, head word, regex of the rest, required words)] for the named bodies and the issuer codes'
    specific bodies, as written or in capitals (headers: "BỘ TÀI CHÍNH")."""
    rows = [(r[0], v) for r in NAMED_BODIES for v in r[1:]]
    have = {fold(c) for c, _ in rows}
    for code, name in ISSUER_CODES.items():
        if code not in _CLASS_CODES and fold(name) not in have and name not in LOCAL_HEADS.values():
            rows.append((name, name))
            have.add(fold(name))
    return [(c, *_variant_regex(v.upper() if upper else v), _required_words(v)) for c, v in rows]


def _required_words(variant: str) -> int:
    """Words a written form cannot do without: "Ban Chấp hành Trung ương( Đảng)" has 5."""
    return len(re.sub(r"\([^()]*\)", "", variant).split())


@functools.cache
def known_names():
    """fold(name) -> canonical, for every canonical body name in the vocabulary."""
    names = {fold(r[0]): r[0] for r in NAMED_BODIES}
    for name in ISSUER_CODES.values():
        names.setdefault(fold(name), name)
    return names


# ---------------------------------------------------------------- the rules
# Words a qualifier may not run through: function words and other heads ("Ban Bí thư và Ban Tổ chức Trung ương"
# is two bodies).  A name without a scope also ends at a determiner ("Cục Hải quan | các tỉnh"; "Khối các cơ
# quan Trung ương" keeps its "các": there "Trung ương" closes the name) or at a verb ("Tổng cục Hải quan |
# thông báo cho ...").
FUNCTION_WORDS = ("của", "và", "về", "với", "tại", "theo", "cho", "đã", "được", "các cấp", "cấp", "trực", "thuộc",
                  "trong", "ngoài", "khi", "là", "có", "để", "đến", "từ", "năm", "ngày", "số", "khóa", "sẽ", "đang",
                  "nhằm", "Ban", "Bộ", "Ủy", "Văn", "Tỉnh", "Thành", "Huyện", "Đảng ủy", "Hội", "Tiểu", "Trung")
DETERMINERS = ("các", "những", "này", "đó")
VERBS = ("thông báo", "gửi", "chủ trì", "phối hợp", "thực hiện", "triển khai", "tổ chức", "ban hành", "báo cáo",
         "kiểm tra", "hướng dẫn", "xem xét", "quyết định", "quy định", "trình", "tham mưu", "đề nghị", "yêu cầu",
         "lập", "xây dựng", "quản lý", "giao", "ban", "chỉ đạo")
# Heads of central organs named from parts (rule 2), longer first.
CENTRAL_HEADS = ("Ban Chỉ đạo", "Tiểu ban", "Ủy ban", "Đảng ủy", "Văn phòng", "Ban", "Hội đồng")


def _words_rx(words, upper: bool = False) -> str:
    """An alternation of words as a whole-word lookahead body: "(?:của|và|các\\s+cấp|...)(?![letters])"."""
    forms = longest_first({w.upper() if upper else w for w in words})
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + f")(?![{L}])"


_STOP = _words_rx(FUNCTION_WORDS)
_STOP_UNSCOPED = _words_rx(FUNCTION_WORDS + DETERMINERS)
_VERBS = _words_rx(VERBS)


@functools.cache
def _central_regex(upper: bool = False):
    """Rule 2, as written or in capitals ("BAN TỔ CHỨC TRUNG ƯƠNG" in a header).  Example: "Ban Tổ chức Trung
    ương", "Ban Chỉ đạo Trung ương về quản lý biên chế" (a steering committee is named by its task).  No
    lookaround in front: a pattern starting with literals lets ``re`` skip ahead fast; ``_scan`` checks the
    word start.  Benchmark if changing."""
    up = (lambda w: w.upper()) if upper else (lambda w: w)
    stop, verbs = _words_rx(FUNCTION_WORDS, upper), _words_rx(VERBS, upper)
    heads = "|".join(re.escape(up(h)).replace(r"\ ", SP) for h in CENTRAL_HEADS)
    after_hoi_dong = WORD if upper else LOW          # "Hội đồng khoa học ...": its qualifier is lower case
    heads = heads.replace(re.escape(up("Hội đồng")).replace(r"\ ", SP),
                          re.escape(up("Hội đồng")).replace(r"\ ", SP) + f"(?={SP}{after_hoi_dong})")
    qual_word = rf"(?:{SP}|[ \t\u00a0]*-[ \t\u00a0]*)(?!{stop}){WORD}"
    return re.compile(
        rf"(?P<head>{heads})"
        + rf"(?P<qual>{SP}(?!{stop}){WORD}(?:{qual_word}){{0,6}}?)"
        + rf"{SP}(?:{up('Trung')}{SP}{up('ương')}|TW)(?:{SP}{up('Đảng')})?"
        + rf"(?P<subject>{SP}{up('về')}{SP}(?!{stop}){WORD}(?:{SP}(?!{stop}|{verbs}){WORD}){{0,6}})?"
        + KHOA + "?" + WORD_END
    )


# Heads followed by a place make one body ("Tỉnh ủy Quảng Ninh", "Đại học Quốc gia Hà Nội", "Sở Nội vụ tỉnh
# Quảng Ngãi", "TỈNH ỦY QUẢNG NGÃI").  Local heads may be lower case or OCR-damaged ("tinh ủy Quảng Ngãi"):
# the place makes them one body.  An institution's qualifier starts with a capital ("Báo cáo Hà Nội" is not one).
_PLACE_WORD = rf"(?:{SP}(?:tỉnh|Tỉnh|TỈNH|thành{SP}phố|Thành{SP}phố|THÀNH{SP}PHỐ))?"


def _cases(*words: str) -> str:
    """Literal alternatives in the cases documents use: "Tỉnh ủy|tỉnh ủy|TỈNH ỦY" (literals keep ``re`` fast)."""
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:], w.lower(), w.upper())}
    return "|".join(re.escape(f).replace(r"\ ", SP) for f in longest_first(forms))


@functools.cache
def _owner_regexes():
    """(local head, institution) ending right before a place: searched in the few characters before each
    gazetteer match, which is cheaper than scanning the whole text for heads that are mostly not followed by a
    place.  Each starts with a flat alternation of literals, so ``re`` skips ahead fast; the word start is
    checked apart (benchmark if changing)."""
    local = _cases("Tỉnh ủy", "Tinh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ",
                   "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Công an") + (
        f"|Ủy{SP}ban{SP}(?:Mặt{SP}trận{SP}Tổ{SP}quốc|MTTQ)(?:{SP}Việt{SP}Nam)?|Bộ{SP}Chỉ{SP}huy{SP}Quân{SP}sự"
        f"|Đoàn{SP}đại{SP}biểu{SP}Quốc{SP}hội")
    # "Đài Phát thanh - Truyền hình Lâm Đồng", "Đảng ủy Quân sự tỉnh Gia Lai", "Ban Dân tộc tỉnh Sơn La"
    # … and a department named by the fields it manages, "A và B", "A, B và C", "A - B và C" ("Sở Giáo dục và Đào tạo
    # tỉnh Nghệ An", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh", "Sở Lao động - Thương binh và Xã hội tỉnh Thanh
    # Hóa": patterns.FIELD_LIST); a "và" or a comma before a body's head word joins two bodies ("Sở Y tế và Công an
    # tỉnh …": the second is the one named with the place)
    field = rf"{CAP}(?:{SP}(?!(?:và|tỉnh|thành{SP}phố){WORD_END}){LOW}){{0,3}}"
    listed = (rf"Sở{SP}{field}(?:(?:,{SP}|{SP}[-–]{SP})(?!{BODY_HEADS_AFTER_COMMA}){field}){{0,3}}"
              rf"{SP}và{SP}(?!{BODY_HEADS_AFTER_COMMA}){field}")
    institution = (rf"(?:{listed}|(?:Trường|Đại{SP}học|Học{SP}viện|Viện|Bệnh{SP}viện|Sở|Cục|Chi{SP}cục|Kho{SP}bạc|Báo|Đài"
                   rf"|Đảng{SP}ủy|Ban|Ủy{SP}ban){SP}{CAP}"
                   rf"(?:(?:{SP}|[ \t\u00a0]*[-–][ \t\u00a0]*)(?!{_STOP}){WORD}){{0,4}}?)")
    tail = rf"(?P<tail>{_PLACE_WORD}{SP})$"
    return re.compile(f"(?:{local}){tail}"), re.compile(institution + tail)


# A committee written bare: "giúp việc Tỉnh ủy" (not "Tỉnh ủy, thành ủy ...", a class; checked mid-sentence).
_BARE_COMMITTEE = re.compile(
    rf"(?P<c>{'|'.join(_COMMITTEES)})" + WORD_END + rf"(?!,?{SP}(?:tỉnh|thành|huyện|quận|thị|đảng){SP}ủy)"
)
# Sub-bodies named before their owner body: "Ban Tổ chức Thành ủy Hà Nội", "Ban cán sự đảng Bộ Ngoại giao",
# "Hội đồng khoa học Ban Tổ chức Trung ương", "Đoàn Kiểm tra của Bộ Chính trị", "Văn phòng Tỉnh ủy".
_SUB_NAMES = (rf"Ban{SP}cán{SP}sự{SP}đảng", rf"Đảng{SP}đoàn", rf"Văn{SP}phòng", rf"Cổng{SP}Thông{SP}tin{SP}điện{SP}tử",
              rf"Ban{SP}{CAP}(?:{SP}{LOW})?", rf"Ủy{SP}ban{SP}{CAP}(?:{SP}{LOW})?",
              rf"Tiểu{SP}ban{SP}{CAP}(?:{SP}{LOW})?", rf"Hội{SP}đồng{SP}{WORD}(?:{SP}{LOW})?",
              rf"Đoàn{SP}{CAP}{SP}{LOW}(?:{SP}của)?", rf"Trường{SP}Chính{SP}trị")
_SUB = re.compile(          # flat literal alternatives first (fast skipping); ``_scan`` checks the word start
    "(?:" + "|".join(_SUB_NAMES) + ")" + rf"(?P<tail>(?:{SP}tỉnh)?{SP})(?=[{UP}])"
)
# Departments and ad hoc committees named without a scope: "Vụ Tổng hợp cán bộ", "Ban Chỉ đạo", "Ban Tổ chức".
_UNSCOPED_HEADS = ("Vụ", "Cục", "Tổng cục", "Ban", "Tiểu ban", "Ủy ban")
_UNSCOPED = re.compile(
    rf"(?P<head>{'|'.join(_UNSCOPED_HEADS)})(?P<qual>{SP}{CAP}"
    + rf"(?:{SP}(?!{_STOP_UNSCOPED}|{_VERBS}){LOW}|[ \t\u00a0]*-[ \t\u00a0]*{CAP}|{SP}và{SP}{CAP}){{0,5}}"
    + rf"(?:{SP}Việt{SP}Nam)?)"
    + rf"(?=[ \t\u00a0]*(?:[^{L} \t\u00a0-]|$)|{SP}(?:{_STOP_UNSCOPED}|{_VERBS}|{CAP}))"
)
# An issuer code standing alone ("- VPTU: CVP, PCVP"), not inside a number ("01-HD/BTCTW", checked in Python).
# Codes of four letters or more only ("CP", "TU" alone are too often something else), and not the codes of
# organs every province has ("UBND" alone is a class).
_CODE_WORDS = tuple(c for c in ISSUER_CODES if len(c) >= 4 and c not in ("UBND", "HĐND", "BCSĐ"))
_CODE = re.compile("(?P<code>" + _alt(_CODE_WORDS) + r")(?![\w/–-])")
# 3b. A body of a unit below the province, named with the unit's level and name: "Ủy ban nhân dân huyện Củ Chi",
# "UBND xã Tân Phú", "Công an phường 12", "Huyện ủy Đại Lộc", "Đảng ủy xã Đồng Tâm" (the level alone, "Ủy ban nhân dân
# các xã", "Huyện ủy", is a class or the text's own; a title's first word after the name is no part of it:
# "… của UBND huyện Củ Chi Về việc …", patterns.TITLE_OPENS).  A city that is a province is rule 3's ("Thành ủy Hà Nội").
_LOWER_ORGANS = ("Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Đảng ủy", "Công an")
_NAME_WORD = rf"(?!{TITLE_OPENS})(?:{CAP}|\d+(?!\)))"      # ("UBND xã 2)…": a form's note)
# … and a name the line's end cuts, a capitalised word opening the next line ("… qua Ủy ban nhân dân xã Thuận⏎An."):
# which words are the name's is not known, and no body is read there
_NAME_CUT = re.compile(rf"[ \t\u00a0]*\n[ \t\u00a0]*[{UP}]")
_LOWER_BODY = re.compile(
    rf"(?:(?P<organ>{'|'.join(o.replace(' ', SP) for o in _LOWER_ORGANS)}){SP}"
    rf"(?P<level>{'|'.join(v.replace(' ', SP) for v in LOWER_LEVELS)})|(?P<party>Huyện|Quận|Thị|Thành){SP}ủy)"
    rf"{SP}(?P<name>{_NAME_WORD}(?:{SP}{_NAME_WORD}){{0,3}})" + WORD_END
    # … and a district's committee or Đảng bộ in a header's capitals, its name ending with the line ("HUYỆN ỦY ĐÔNG
    # ANH⏎*", "ĐẢNG BỘ HUYỆN ĐÔNG ANH⏎HUYỆN ỦY")
    + rf"|(?:(?P<caps>HUYỆN|QUẬN|THỊ){SP}ỦY|ĐẢNG{SP}BỘ{SP}(?P<clevel>HUYỆN|QUẬN|THỊ{SP}XÃ|THỊ{SP}TRẤN|XÃ|PHƯỜNG))"
    + rf"{SP}(?P<cname>[{UP}\d]+(?:{SP}[{UP}\d]+){{0,3}})(?=[ \t\u00a0]*(?:\n|$))")
# … and the committee under its Đảng bộ, its line bare (gazetteer.committee_name)
_HEADER_COMMITTEE = re.compile(r"[ \t\u00a0*]*\n[ \t\u00a0*]*(?P<c>(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)[ \t\u00a0]+ỦY"
                               r"|BAN[ \t\u00a0]+CHẤP[ \t\u00a0]+HÀNH)[ \t\u00a0*]*(?=\n|$)")
_HEADER_SUB = re.compile(rf"(?:{SP}|[ \t\u00a0*]*\n[ \t\u00a0*]*)(?P<sub>" + "|".join(
    h.replace(" ", SP) for h in longest_first(_HEADER_SUBS)) + ")" + WORD_END)


@functools.cache
def _named_by_head(upper: bool = False) -> dict:
    """{head word: [(canonical, regex of the rest, required words)]} of ``_named``."""
    by_head: dict = {}
    for canonical, head, rest, required in _named(upper):
        by_head.setdefault(head, []).append((canonical, rest, required))
    return by_head


@functools.cache
def _named_regex(upper: bool = False):
    """One regex over the named bodies, grouped by head word ("Bộ (?:Chính trị|Nội vụ|...)"), and the canonical
    name of each variant's group.  Grouping by head makes it ~10x faster than a flat alternation on long texts;
    it starts with literals (no lookaround), so ``re`` skips ahead fast, and ``_scan`` checks the word start.
    Benchmark if changing."""
    names: list = []
    heads: list = []
    for head, rows in sorted(_named_by_head(upper).items()):
        branches = []
        # ``re`` takes the first branch that matches, not the longest: the names needing more words come first
        # ("Ban Chấp hành Trung ương Đoàn" before "Ban Chấp hành Trung ương( Đảng)").
        for canonical, rest, _ in sorted(rows, key=lambda r: (r[2], len(r[1])), reverse=True):
            branches.append(f"(?P<n{len(names)}>{rest})")
            names.append(canonical)
        heads.append(re.escape(head) + "(?:" + "|".join(branches) + ")")
    return re.compile("(?:" + "|".join(heads) + ")" + KHOA + "?" + WORD_END), names


_NOT_WORD = set("\u00b2\u00b3\u00b9\u2070\u2074\u2075\u2076\u2077\u2078\u2079")   # footnote markers


# ---------------------------------------------------------------- one scan for every rule
def _heads_of(guards) -> tuple:
    """``Head``s of guards spelled as regex sources that start with their (letters only) first word."""
    from vanban.loaders.bodies_scan import Head
    out = []
    for g in guards:
        w = re.match(r"[^\W\d_]+", g)
        if w is None:
            raise ValueError(f"guard {g!r}: it must start with its first word")
        out.append(Head(g[0], g[1:], re.escape(w.group())))
    return tuple(out)


def _central_guards(upper: bool):
    """Rule 2's heads and the space after them (checking its "Trung ương" too costs the scan more than the
    few extra tries it saves)."""
    up = (lambda w: w.upper()) if upper else (lambda w: w)
    return [re.escape(up(h)).replace(r"\ ", SP) + SP for h in CENTRAL_HEADS]


def _until_class(src: str) -> str:
    """A name's source up to the first letter of its first capitalised, lower-case or any word (``CAP``,
    ``LOW``, ``WORD``): what every match of it starts with ("Ban{SP}[{UP}]" of "Ban{SP}{CAP}(?:{SP}{LOW})?");
    a name without such a word, then the space that follows every name."""
    found = [(i, cls) for cls in (f"[{UP}]", f"[{LO}]", f"[{L}]") for i in (src.find(cls),) if i >= 0]
    if not found:
        return src + SP
    i, cls = min(found)
    return src[:i + len(cls)]


@functools.cache
def _head_scan():
    """One ``HeadScan`` for the rules that scan the whole text (named, central, unscoped, bare committee,
    sub-body, issuer code) and the gazetteer (``places.locality_family``).  Each rule is tried only where its
    guard holds: a named body's head with the rest of the names it opens, an issuer code whole, a bare
    committee whole, a central organ with its "Trung ương" within seven words, a department with its
    capitalised qualifier, a sub-body up to its first free word.  Benchmark if changing."""
    from vanban.loaders.bodies_scan import Family, Head, HeadScan, literal_heads
    from vanban.loaders.places import locality_family

    def named(upper):
        return tuple(Head(h[0], re.escape(h[1:]) + "(?:" + "|".join(rest for _, rest, _ in rows) + ")" + KHOA
                          + "?" + WORD_END, re.escape(h))
                     for h, rows in sorted(_named_by_head(upper).items()))

    return HeadScan([
        Family("named", _named_regex(False)[0], named(False)),
        Family("NAMED", _named_regex(True)[0], named(True)),
        Family("central", _central_regex(False), _heads_of(_central_guards(False))),
        Family("CENTRAL", _central_regex(True), _heads_of(_central_guards(True))),
        Family("unscoped", _UNSCOPED, _heads_of(h + SP + f"[{UP}]" for h in _UNSCOPED_HEADS)),
        Family("bare", _BARE_COMMITTEE, _heads_of(re.escape(c) for c in _COMMITTEES)),
        Family("sub", _SUB, _heads_of(_until_class(n) for n in _SUB_NAMES)),
        Family("code", _CODE, literal_heads(_CODE_WORDS, r"(?![\w/–-])", exact=True), mode="boundary"),
        Family("lower", _LOWER_BODY, _heads_of(
            [o.replace(" ", SP) + SP + f"(?:{'|'.join(v.split()[0] for v in LOWER_LEVELS)}){SP}" for o in _LOWER_ORGANS]
            + [f"{w}{SP}ủy{SP}" for w in ("Huyện", "Quận", "Thị", "Thành")]
            + [f"{w}{SP}ỦY{SP}" for w in ("HUYỆN", "QUẬN", "THỊ")] + [f"ĐẢNG{SP}BỘ{SP}"])),
        locality_family(),
    ])


def _at_word_start(t: str, i: int) -> bool:
    if i == 0:
        return True
    c = t[i - 1]
    return not (c.isalnum() or c == "_") or c in _NOT_WORD


def _search_word(rx, t: str, pos: int, endpos: int):
    """The first match of rx in t[pos:endpos] that starts a word, or None."""
    return next(_scan(rx, t, pos, endpos), None)


def _scan(rx, t: str, pos: int = 0, endpos: Optional[int] = None):
    """``rx.finditer`` keeping the matches that start a word; after a rejected one the search goes on from its
    next character, so a mid-word false start hides nothing."""
    endpos = len(t) if endpos is None else endpos
    while True:
        m = rx.search(t, pos, endpos)
        if m is None:
            return
        if _at_word_start(t, m.start()):
            yield m
            pos = max(m.end(), m.start() + 1)
        else:
            pos = m.start() + 1


# ---------------------------------------------------------------- canonical names
_KHOA_TAIL = re.compile(KHOA + "$")


@functools.lru_cache(maxsize=4096)
def _tidy(surface: str) -> str:
    """A surface as a name: one space, tones in one placement, no term, no trailing "Đảng" after "Trung ương"."""
    s = re.sub(r"\s+", " ", normalize_tones(fix_d(surface))).strip()
    s = _KHOA_TAIL.sub("", s)
    known = known_names().get(fold(s))
    if known:
        return known
    if s.endswith("Trung ương Đảng") and fold(s[:-5]) in known_names():
        return known_names()[fold(s[:-5])]
    if s.isupper():             # a header in capitals: sentence case, proper nouns kept
        s = _PROPER_RX.sub(lambda m: _PROPER[m.group(0)], s[:1] + s[1:].lower())
    return s


_PROPER = {"trung ương": "Trung ương", "việt nam": "Việt Nam", "đảng": "Đảng", "quốc hội": "Quốc hội",
           "chính phủ": "Chính phủ"}
_PROPER_RX = re.compile(r"\b(?:" + "|".join(_PROPER) + r")\b")


def _local_name(head: str, province) -> str:
    """A committee names its level itself ("Tỉnh ủy Quảng Ngãi"); other organs take the level word ("Ủy ban
    nhân dân tỉnh Quảng Ngãi", "Công an thành phố Hà Nội")."""
    if head.endswith(" ủy"):
        return f"{head} {province.name}"
    return f"{head} {province.level} {province.bare}"


def _head_name(head: str) -> str:
    h = re.sub(r"\s+", " ", normalize_tones(head)).strip()
    if h in LOCAL_HEADS:
        return LOCAL_HEADS[h]
    h = h.lower()
    h = {"tinh ủy": "tỉnh ủy"}.get(h, h)   # OCR "tinh ủy"
    return h[:1].upper() + h[1:]


@dataclass
class _Cand:
    start: int
    end: int
    name: str
    rule: str
    province: Optional[str] = None   # the place that qualifies a local body


# ---------------------------------------------------------------- finding
_SENTENCE_END = re.compile(r"[.!?][ \t\u00a0]|\n")


def _sentence_start(t: str, pos: int) -> int:
    """Start of the sentence holding pos (a semicolon does not end a sentence: "X xây dựng ...; công bố ...")."""
    last = 0
    for m in _SENTENCE_END.finditer(t, max(0, pos - 2000), pos):
        last = m.end()
    return last


def _is_sentence_initial(t: str, pos: int) -> bool:
    before = t[max(0, pos - 4):pos]
    return not before.strip(" \t\u00a0*-•") or before.rstrip(" \t\u00a0*")[-1:] in ".:;!?\n"


def find_bodies(text: str, *, lines: Optional[LineIndex] = None, province: Optional[str] = None,
                cleaned: Optional[str] = None, unit: Optional[str] = None) -> list:
    """Every specific body the text names: ``[BodyMention(name, surface, line, start, end, footnote)]`` in text
    order, an outer body before the bodies nested in it ("Ban Tổ chức Thành ủy Hà Nội", then "Thành ủy Hà Nội").

    ``province`` names the text's own province for bare committees ("giúp việc Tỉnh ủy"); without it the
    province is taken from the sentence ("Cao Bằng ban hành ... Ban Tổ chức Tỉnh ủy") or else from the last
    committee the text named with its place ("TỈNH ỦY QUẢNG NGÃI").  A district's committee written bare ("Ban
    Thường vụ Quận ủy") is the text's own only when ``unit``, the text's own unit below the province ("quận Ba Đình",
    gazetteer.local_unit), is of its level; else the text does not tell which one it is, and it is no body (a province
    has many: "Quận ủy Hà Nội" names none).  ``lines`` is the text's ``line_index``
    and ``cleaned`` its cleaned form (see ``places.prepare``), when the caller has them.
    """
    if lines is None:
        lines = line_index(text)
    own_unit = unit
    t, positions = prepare(text, cleaned)
    cands: list[_Cand] = []
    found = _head_scan().scan(t)        # every rule's whole-text matches, in one pass (see ``_head_scan``)

    # 1. named bodies, as written and in capitals (headers)
    for upper, rule in ((False, "named"), (True, "NAMED")):
        names = _named_regex(upper)[1]
        for m in found[rule]:
            cands.append(_Cand(m.start(), m.end(), names[int(m.lastgroup[1:])], "named"))

    # 2. central organs from parts
    for rule in ("central", "CENTRAL"):
        for m in found[rule]:
            end = m.end()
            if m.group("subject") and not fold(m.group(0)).startswith("ban chỉ đạo"):
                end = m.start("subject")  # only a steering committee is named by its task ("... về quản lý biên chế")
            cands.append(_Cand(m.start(), end, _tidy(t[m.start():end]), "central"))

    # 3. a head followed by a place
    places = province_spans_of(t, found[LOCALITY])
    local_rx, institution_rx = _owner_regexes()
    for p in places:
        for rx, rule, reach in ((local_rx, "local", 40), (institution_rx, "institution", 70)):
            m = _search_word(rx, t, max(0, p.start - reach), p.start)
            if m:
                head = t[m.start():m.start("tail")]
                name = _local_name(_head_name(head), p.province) if rule == "local" else (
                    f"{_tidy(head)} {p.province.level if m.group('tail').strip() else ''} {p.province.bare}")
                cands.append(_Cand(m.start(), p.end, " ".join(name.split()), rule, p.province.name))
                break

    # 3b. a body of a district, a town or a commune, named with its unit
    for m in found["lower"]:
        if m.group("cname"):            # a header's "HUYỆN ỦY ĐÔNG ANH": "Huyện ủy Đông Anh"
            named = " ".join(m.group("cname").split()).title()
            if named.startswith("Quận ") and named[5:].isdecimal():
                named = named.lower()   # a district numbered, not named: "QUẬN ỦY QUẬN 1" is "Quận ủy quận 1"
            name = (f"{m.group('caps').capitalize()} ủy {named}" if m.group("caps") else
                    f"Đảng bộ {' '.join(m.group('clevel').split()).lower()} {named}")
            if local_unit(name) is not None:
                cands.append(_Cand(m.start(), m.end(), name, "local"))
            continue
        unit = local_unit(" ".join(t[m.start():m.end()].split()))
        if unit is None or _NAME_CUT.match(t, m.end()):
            continue                    # a city that is a province ("Thành ủy Hà Nội"): rule 3's
        head = _head_name(m.group("organ")) if m.group("organ") else None
        name = f"{head} {unit}" if head else f"{m.group('party')} ủy {' '.join(m.group('name').split())}"
        cands.append(_Cand(m.start(), m.end(), name, "local"))

    kept = _outermost(cands)

    # 4. departments and ad hoc committees without a scope, where nothing longer was found
    found_index = SpanIndex((k.start, k.end) for k in kept)
    for m in found["unscoped"]:
        qual = m.group("qual").split()
        if m.group("head") == "Ban" and qual[0] in _CLASS_QUALIFIERS:
            continue
        if not found_index.overlaps(m.start(), m.end()):
            kept.append(_Cand(m.start(), m.end(), _tidy(m.group(0)), "unscoped"))
    kept.sort(key=lambda c: c.start)

    # 5. the text's own committee, written bare ("Ban Thường vụ Tỉnh ủy"), and issuer codes standing alone
    found_index = SpanIndex((k.start, k.end) for k in kept)
    home = _Home(t, province, places, [c for c in kept if c.rule == "local"])
    for m in found["bare"]:
        # mid-sentence only: after a word or a comma and one space ("giúp việc Tỉnh ủy")
        before = t[max(0, m.start() - 2):m.start()]
        if (len(before) < 2 or before[1] != " " or not (before[0].isalpha() or before[0] == ",")
                or _is_sentence_initial(t, m.start()) or found_index.overlaps(m.start(), m.end())):
            continue
        where = home(m.start())
        level = _DISTRICT_COMMITTEES.get(m.group("c"))
        if level is not None:
            if not (own_unit and own_unit.startswith(level + " ")):
                continue
            kept.append(_Cand(m.start(), m.end(), f"{m.group('c')} {own_unit[len(level) + 1:]}", "own-committee",
                              where))
            continue
        kept.append(_Cand(m.start(), m.end(), f"{m.group('c')} {where}" if where else m.group("c"),
                          "own-committee", where))
    for m in found["code"]:              # "VPTU: CVP, PCVP"
        code = m.group("code")
        if m.start() and (t[m.start() - 1].isalnum() or t[m.start() - 1] in "/–-_"):
            continue                     # inside a word or a number ("01-HD/BTCTW")
        name, where = ISSUER_CODES[code], None
        if code in _CLASS_CODES:
            where = home(m.start())
            name = f"{name} {where}" if where else name
        kept.append(_Cand(m.start(), m.end(), name, "code", where))
    kept.sort(key=lambda c: c.start)

    # 6. sub-bodies before their owner, and header sub-bodies after it; the owner stays, nested
    found_index = SpanIndex((k.start, k.end) for k in kept)
    outer, own_words = [], []
    subs = {m.end(): m for m in found["sub"]}
    for c in kept:
        m = subs.get(c.start)
        if m:
            start = m.start()
            if not found_index.contains(start, c.end):
                sub = _tidy(t[m.start():m.start("tail")])
                outer.append(_Cand(start, c.end, f"{sub} {c.name}", "sub-body", c.province))
                own_words.append((start, c.start))
        if t[c.start:c.end].isupper() and c.name.startswith("Đảng bộ "):
            hc = _HEADER_COMMITTEE.match(t, c.end)      # "ĐẢNG BỘ TỈNH NGHỆ AN" / "TỈNH ỦY": the committee
            committee = committee_name(hc.group("c"), c.name) if hc is not None else None
            if hc is not None and committee is not None:
                outer.append(_Cand(hc.start("c"), hc.end("c"), committee, "header-sub", c.province))
        if t[c.start:c.end].isupper():
            h = _HEADER_SUB.match(t, c.end)
            if h:
                name = f"{_tidy(h.group('sub'))} {c.name}"
                if "\n" in t[c.end:h.start("sub")]:      # "TỈNH ỦY QUẢNG NGÃI⏎VĂN PHÒNG": one mention per line
                    outer.append(_Cand(h.start("sub"), h.end("sub"), name, "header-sub", c.province))
                else:
                    outer.append(_Cand(c.start, h.end("sub"), name, "header-sub", c.province))
                    own_words.append((c.end, h.end("sub")))
    # a sub-body's own words ("Ban Tổ chức" of "Ban Tổ chức Tỉnh ủy") are not a body of their own
    own_index = SpanIndex(own_words)
    kept = [k for k in kept if not own_index.contains(k.start, k.end)] + outer
    kept.sort(key=lambda c: (c.start, -c.end))

    spans = [to_original(positions, c.start, c.end) for c in kept]
    located = lines.locate([a for a, _ in spans])
    return [BodyMention(c.name, text[a:b], line, a, b, note) for c, (a, b), (line, note) in zip(kept, spans, located)]


# When candidates overlap, the one starting first wins, then the longer, then by rule: a named body first.
_RANK = {"named": 0, "local": 1, "central": 2, "institution": 3}


def _outermost(cands):
    """Keep one of overlapping candidates (see ``_RANK``); nesting is added back explicitly in step 6."""
    kept, reach = [], -1
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start), _RANK[c.rule])):
        if c.start < reach:
            continue
        kept.append(c)
        reach = c.end
    return kept


class _Home:
    """The province of a bare committee: the one given, else the last one named earlier in the sentence ("Cao
    Bằng ban hành ... Ban Tổ chức Tỉnh ủy"), else that of the last committee named with its place ("TỈNH ỦY
    QUẢNG NGÃI"); None when the text does not tell."""

    def __init__(self, t, province, places, qualified):
        self.t, self.province = t, province
        self.places = places
        self.place_starts = [p.start for p in places]
        self.qualified = sorted(qualified, key=lambda c: c.end)
        self.qualified_ends = [c.end for c in self.qualified]

    def __call__(self, pos: int) -> Optional[str]:
        if self.province:
            return self.province
        i = bisect.bisect_left(self.place_starts, pos) - 1
        if i >= 0 and self.place_starts[i] >= _sentence_start(self.t, pos):
            return self.places[i].province.name
        j = bisect.bisect_right(self.qualified_ends, pos) - 1
        return self.qualified[j].province if j >= 0 else None


# ---------------------------------------------------------------- canonical names for the resolver
_PLENUM = re.compile(r"^Hội nghị (?:lần thứ \w+ )?(?:Ban Chấp hành )?Trung ương\b", re.IGNORECASE)
_LEADING = re.compile(r"^(?:của|do|bởi)\s+", re.IGNORECASE)


def canonical_body(surface_or_code: str, *, province: Optional[str] = None) -> Optional[str]:
    """The canonical body of an issuer code or a phrase naming one; None when it names no body.

    ``canonical_body("BTCTW") == "Ban Tổ chức Trung ương"``, ``canonical_body("của Bộ Chính trị") ==
    "Bộ Chính trị"``, ``canonical_body("QH14") == "Quốc hội"``; a plenum issues as the Central Committee
    (``canonical_body("Hội nghị Trung ương 4") == "Ban Chấp hành Trung ương"``).  A local class code
    ("TU", "VPTU") names one body only with its ``province``.
    """
    if not surface_or_code or not surface_or_code.strip():
        return None
    s = surface_or_code.strip()
    code = re.sub(r"\d+$", "", s)          # "QH14": the term number is not part of the code
    if code in ISSUER_CODES:
        name = ISSUER_CODES[code]
        return f"{name} {province}" if province and code in _CLASS_CODES else name
    s = _LEADING.sub("", s).strip(" ,.;:")
    if _PLENUM.match(s):
        return ISSUER_CODES["TW"]
    bodies = find_bodies(s, province=province)
    if bodies:
        return bodies[0].name
    return known_names().get(fold(_KHOA_TAIL.sub("", s)))

"""Document numbers: parse a written number into its parts, normalise it, and compare two.

A Party number reads NUMBER-TYPE/ISSUER ("21-KL/TW", "188-BC/BTCTW"); a state number NUMBER[/YEAR]/TYPE-ISSUER
("15/2020/NĐ-CP", "1234/QĐ-TTg") or, for a law, NUMBER/YEAR/ISSUER+term ("50/2019/QH14").

>>> normalize_number("188 -BC/BTCTW")
'188-BC/BTCTW'
>>> normalize_number("21–NQ/TW"), normalize_number("98-QÐ/TW")
('21-NQ/TW', '98-QĐ/TW')
>>> split_code("247/2025/NĐ-CP")
('NĐ', 'CP')
>>> parse_number("15/2020/NĐ-CP")
NumberParts(code='15/2020/NĐ-CP', number='15', year=2020, type_code='NĐ', issuer_code='CP', system='state')
>>> number_key("21 - kl/tw") == number_key("21-KL/TW"), number_key("98-QD/TW") == number_key("98-QĐ/TW")
(True, True)
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple, Optional, Tuple

from vanban.domain.codes import ISSUER_CODES, ISSUERS, TYPE_CODES, TYPE_WORDS
from vanban.domain.text import ascii_key, fix_d

# Every dash a document or a converter writes for the hyphen in a number.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_TABLE = str.maketrans(dict.fromkeys(DASHES, "-"))

PARTY_NUMBER = re.compile(r"^(?P<number>\d+[A-Za-z]?)-(?P<type>[^/\s]+)/(?P<issuer>\S+)$")             # "21-KL/TW"
# "15/2020/NĐ-CP", "66.16/2026/NQ-CP"
STATE_NUMBER = re.compile(r"^(?P<number>\d+(?:\.\d+)?)/(?:(?P<year>\d{4})/)?(?P<type>[^-/\s]+)(?:-(?P<issuer>\S+))?$")


class NumberParts(NamedTuple):
    code: str                    # the normalised number
    number: str                  # "21", "15"
    year: Optional[int]          # the year written in a state number, else None
    type_code: Optional[str]     # "KL", "NĐ"; None for a law's number ("50/2019/QH14")
    issuer_code: Optional[str]   # "TW", "CP", "QH14"
    system: str                  # "party" or "state"


def normalize_number(raw: str) -> str:
    """Spaces out, dashes unified, Icelandic Ð made Đ, NFC: ``"188 -BC/BTCTW"`` -> ``"188-BC/BTCTW"``."""
    return re.sub(r"\s+", "", fix_d(unicodedata.normalize("NFC", str(raw))).translate(_DASH_TABLE))


def parse_number(text: str) -> Optional[NumberParts]:
    """The parts of a written number; None when ``text`` is not one."""
    code = normalize_number(text)
    m = PARTY_NUMBER.match(code)
    if m:
        return NumberParts(code, m.group("number"), None, m.group("type"), m.group("issuer"), "party")
    m = STATE_NUMBER.match(code)
    if m:
        t, issuer = m.group("type"), m.group("issuer")
        if issuer is None and t not in TYPE_CODES:
            t, issuer = None, t          # "50/2019/QH14": no type code, the issuer and its term
        year = int(m.group("year")) if m.group("year") else None
        return NumberParts(code, m.group("number"), year, t, issuer, "state")
    return None


# The National Assembly's terms (khóa) by the years whose laws one term alone passed: a year in which a term ended and the
# next began (1997, 2002, 2007, 2011, 2016, 2021, 2026) is left out, its laws' code cannot be told from the year.
_TERM_YEARS = {"QH10": (1998, 2001), "QH11": (2003, 2006), "QH12": (2008, 2010), "QH13": (2012, 2015),
               "QH14": (2017, 2020), "QH15": (2022, 2025)}
_TERM_OF_YEAR = {y: term for term, (a, b) in _TERM_YEARS.items() for y in range(a, b + 1)}


def assembly_term(year: int) -> Optional[str]:
    """The code of the National Assembly's term whose laws bear ``year``, where one term alone passed that year's
    laws: ``assembly_term(2025) == "QH15"``; ``assembly_term(2016)`` is None (two terms)."""
    return _TERM_OF_YEAR.get(year)


def split_code(code: str) -> Tuple[Optional[str], Optional[str]]:
    """(type code, issuer code) of a normalised number.

    ``split_code("188-BC/BTCTW") == ("BC", "BTCTW")``; ``split_code("247/2025/NĐ-CP") == ("NĐ", "CP")``;
    ``split_code("50/2019/QH14") == (None, "QH14")`` (a law's number has no type code)."""
    m = re.fullmatch(r"\d+-(?P<t>[^/]+)/(?P<i>.+)", code)                 # Party: 21-KL/TW
    if m:
        return m.group("t"), m.group("i")
    parts = code.split("/")
    tail = parts[-1]
    if "-" in tail:
        t, _, i = tail.partition("-")
        return t, i
    return None, tail


def issuer_from_code(code: Optional[str]) -> Optional[str]:
    """The body an issuer code stands for: ``issuer_from_code("188-BC/BTCTW") == "Ban Tổ chức Trung ương"``,
    ``issuer_from_code("50/2019/QH14") == "Quốc hội"`` (the khóa number dropped)."""
    if not code:
        return None
    issuer = split_code(code)[1] or ""
    return ISSUER_CODES.get(issuer) or ISSUER_CODES.get(re.sub(r"\d+$", "", issuer))


def type_from_code(code: Optional[str]) -> Optional[str]:
    """The first type word of the number's type code: ``type_from_code("188-BC/BTCTW") == "Báo cáo"``."""
    t = split_code(code)[0] if code else None
    return TYPE_CODES[t][0] if t in TYPE_CODES else None


# A file name that spells a number after its type word, as the Official Gazette's files are named: the type word,
# "so", the number, the year if any, the codes, the site's id ("van-ban-hop-nhat-so-5162-vbhn-bldtbxh-43035.txt",
# "nghi-dinh-so-51-2025-nd-cp-44397.txt", "luat-so-51-2024-qh15-43559.txt")
_NUMBER_SLUG = re.compile(r"(?P<type>[a-z]+(?:-[a-z]+)*?)-so-(?P<n>\d+)(?:-(?P<y>(?:19|20)\d\d))?"
                          r"-(?P<codes>[a-z]+\d*(?:-[a-z]+\d*)*?)(?:-\d+)?")
_SLUG_CODES = {ascii_key(c): c for c in (*TYPE_CODES, *ISSUER_CODES)}
# … or the number alone, its parts joined by hyphens, as legal databases name their files: "68-2017-nq-hđnd"
# (68/2017/NQ-HĐND), "1234-qđ-ttg"; the type code and the issuer's must both be codes vanban knows
# (after a prefix ending in "_" or a blank: "VanBanGoc_68-2017-nq-hđnd", a collection's name for the file)
_CODE_SLUG = re.compile(r"(?:.*[_ ])?(?P<n>\d+)(?:-(?P<y>(?:19|20)\d\d))?-(?P<t>[a-zđ]+)-(?P<i>[a-zđ]+\d*)")


def _number_from_code_slug(stem: str) -> Optional[str]:
    """``_number_from_code_slug("68-2017-nq-hđnd") == "68/2017/NQ-HĐND"``; None unless the name is such a number
    (a "d" that could stand for "đ" is read only where the code it makes is known: ``_SLUG_CODES``)."""
    m = _CODE_SLUG.fullmatch(stem)
    if m is None:
        return None
    kind, issuer = _SLUG_CODES.get(ascii_key(m.group("t"))), _SLUG_CODES.get(ascii_key(m.group("i")))
    if (kind not in TYPE_CODES or issuer is None or issuer in TYPE_CODES
            or "đ" in stem and not _same_d(m.group("t") + m.group("i"), kind, issuer)):
        return None
    return f"{m.group('n')}/{m.group('y')}/{kind}-{issuer}" if m.group("y") else f"{m.group('n')}/{kind}-{issuer}"


def _same_d(letters: str, *codes: str) -> bool:
    """Every "đ" of the codes' letters stands where one of the codes has its Đ (the name wrote them as they are)."""
    return letters.count("đ") == sum(c.count("Đ") for c in codes)


def number_from_file_name(name: str) -> Optional[str]:
    """The number a file name spells in the Official Gazette's way, or None: the name's letters have lost their
    diacritics, so each code is read back as the known code it spells ("bldtbxh" -> "BLĐTBXH"), and a name with
    a letter "d" no known code explains is not read (it may stand for Đ).  The type word must be the number's.

    >>> number_from_file_name("van-ban-hop-nhat-so-5162-vbhn-bldtbxh-43035.txt")
    '5162/VBHN-BLĐTBXH'
    >>> number_from_file_name("nghi-quyet-so-25-2022-ubtvqh15-37724.txt"), number_from_file_name("luat-so-51-2024-qh15.txt")
    ('25/2022/UBTVQH15', '51/2024/QH15')
    >>> number_from_file_name("nghi-quyet-so-21-nq-tw.txt"), number_from_file_name("bao-cao-so-3.txt")
    ('21-NQ/TW', None)
    """
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.replace("\\", "/").rsplit("/", 1)[-1]).lower()
    m = _NUMBER_SLUG.fullmatch(stem)
    if not m:
        return _number_from_code_slug(stem)
    word = next((w for w in TYPE_WORDS if ascii_key(w) == m.group("type").replace("-", "")), None)
    if word is None:
        return None
    codes = []
    for part in m.group("codes").split("-"):
        letters, term = re.fullmatch(r"([a-z]+)(\d*)", part).groups()  # type: ignore[union-attr]
        known = _SLUG_CODES.get(letters)
        if known is None and "d" in letters:
            return None
        codes.append((known or letters.upper()) + term)
    year = f"/{m.group('y')}" if m.group("y") else ""
    if len(codes) == 1 and re.fullmatch(r"(?:QH|UBTVQH)\d+", codes[0]) and word in ("Luật", "Bộ luật", "Nghị quyết",
                                                                                       "Pháp lệnh"):
        return f"{m.group('n')}{year}/{codes[0]}"
    if len(codes) < 2 or word not in TYPE_CODES.get(codes[0], ()):
        return None
    issuer = "-".join(codes[1:])
    system = ISSUERS[codes[1]].system if codes[1] in ISSUERS else "state"
    if system == "party" and not year:
        return f"{m.group('n')}-{codes[0]}/{issuer}"
    return f"{m.group('n')}{year}/{codes[0]}-{issuer}"


_KEY_DROP = re.compile(r"[\s\-_./" + DASHES + r"]")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def number_key(text: str) -> str:
    """A number as a comparison key: case, spacing, dashes, slashes, diacritics and leading zeros ignored.

    ``number_key("21 - KL/TW") == number_key("21-kl/tw")``, ``number_key("98-QD/TW") == number_key("98-QĐ/TW")``,
    ``number_key("05/2020/NĐ-CP") == number_key("5/2020/NĐ-CP")``.  A qualifier after "@" stays in the key.
    """
    s = unicodedata.normalize("NFD", fix_d(str(text)).replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return _KEY_DROP.sub("", _LEADING_ZEROS.sub("", s)).upper()


def issued_before(a_date: Optional[str], a_code: Optional[str], b_date: Optional[str], b_code: Optional[str]) -> bool:
    """Document A was certainly issued before document B, so A cannot act on B (amend, guide, replace it ...).

    Full ISO dates are compared when both are known and differ; else the years (a state number carries its
    year); and within one numbering series (a state number's year, type code and issuer: "78/2025/NĐ-CP" and
    "79/2025/NĐ-CP") the lower number was issued first, the same day or before — numbers run in order of issue.

    >>> issued_before("2025-04-01", "78/2025/NĐ-CP", "2025-04-01", "79/2025/NĐ-CP")
    True
    >>> issued_before("2025-07-01", "187/2025/NĐ-CP", "2025-04-01", "79/2025/NĐ-CP")
    False
    >>> issued_before(None, "21-NQ/TW", None, "45-NQ/TW")      # Party numbers restart with each term
    False
    >>> issued_before("2018-10-08", "140/2018/NĐ-CP", "2021-03-30", "49/2018/NĐ-CP")  # a date against its number
    False
    """
    pa, pb = parse_number(a_code or ""), parse_number(b_code or "")
    a_full, b_full = _date_of(a_date, pa), _date_of(b_date, pb)
    if a_full and b_full and a_full != b_full:
        return a_full < b_full
    ya = a_full[:4] if a_full else str(pa.year) if pa and pa.year else None
    yb = b_full[:4] if b_full else str(pb.year) if pb and pb.year else None
    if ya and yb and ya != yb:
        return ya < yb
    if (pa and pb and pa.system == pb.system == "state" and pa.year and pa.year == pb.year
            and (pa.type_code, pa.issuer_code) == (pb.type_code, pb.issuer_code)
            and pa.number.isdigit() and pb.number.isdigit()):
        return int(pa.number) < int(pb.number)
    return False


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date_of(date: Optional[str], parts: Optional[NumberParts]) -> Optional[str]:
    """An ISO date, unless the number's own year contradicts it ("Nghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm
    2021": the text's slip; the number names one decree, of 2018)."""
    if not (isinstance(date, str) and _ISO.match(date)):
        return None
    if parts is not None and parts.year and date[:4] != str(parts.year):
        return None
    return date


# The rank of a legal document in the system the Law on Promulgation of Legal Documents sets (1 the highest):
# laws and resolutions of the National Assembly; ordinances and resolutions of its Standing Committee; orders and
# decisions of the President; decrees and resolutions of the Government; decisions of the Prime Minister;
# circulars; then the documents of local authorities.  Read from the number's issuer and type codes.
_RANK_BY_ISSUER = (("UBTVQH", 2), ("QH", 1), ("CTN", 2), ("CP", 3), ("TTg", 4), ("HĐND", 6), ("UBND", 6))


def legal_rank(code: Optional[str]) -> Optional[int]:
    """1 (law) to 6 (local), or None for a Party document or a number whose codes do not say.

    >>> legal_rank("50/2019/QH14"), legal_rank("51/2016/NĐ-CP"), legal_rank("26/2016/TT-BLĐTBXH")
    (1, 3, 5)
    >>> legal_rank("10/2016/QĐ-UBND@Hà Tĩnh"), legal_rank("21-NQ/TW")
    (6, None)
    """
    p = parse_number((code or "").split("@", 1)[0])
    if p is None or p.system != "state" or not p.issuer_code:
        return None
    if p.type_code in ("TT", "TTLT"):
        return 5
    return next((rank for prefix, rank in _RANK_BY_ISSUER if p.issuer_code.startswith(prefix)), None)


def can_act_on(source: Optional[str], relation: str, target: Optional[str]) -> bool:
    """False when ``source`` cannot ``relation`` ``target`` by rank: only a document of the same or a higher rank
    amends, replaces, repeals or suspends another (a circular never amends a decree).  True when a rank is not
    known or the relation is not one of those acts.

    >>> can_act_on("26/2016/TT-BLĐTBXH", "AMENDS", "51/2016/NĐ-CP"), can_act_on("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP")
    (False, True)
    """
    if relation not in ("AMENDS", "REPLACES", "REPEALS", "SUSPENDS"):
        return True
    a, b = legal_rank(source), legal_rank(target)
    return a is None or b is None or a <= b

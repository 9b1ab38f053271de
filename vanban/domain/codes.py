"""Tables of codes: document type codes, type words, issuer codes (with their classes) and Party terms.

Data, not logic; ``tests/test_codes.py`` checks them both ways (every code has an example that the
number pattern reads back to that code).  Longer alternatives are listed first where order matters.

>>> ISSUER_CODES["BTCTW"]
'Ban Tổ chức Trung ương'
>>> sorted(LOCAL_ISSUER_CODES)
['BTCTU', 'HU', 'HĐND', 'QU', 'TU', 'UBKTTU', 'UBND', 'VPTU', 'ĐU']
>>> "TW" in GENERIC_ISSUER_CODES, "BTCTW" in GENERIC_ISSUER_CODES
(True, False)
"""
from __future__ import annotations

from typing import Dict, FrozenSet, NamedTuple

# Party and state type codes -> the type word(s).  QĐ is both Quyết định and Quy định: the type is taken
# from the word in the text; the first word listed is the default when the text gives none.
TYPE_CODES = {
    # Party (Hướng dẫn 36-HD/VPTW)
    "NQ": ("Nghị quyết",),
    "QĐ": ("Quyết định", "Quy định"),
    "QĐi": ("Quy định",),
    "CT": ("Chỉ thị",),
    "KL": ("Kết luận",),
    "QC": ("Quy chế",),
    "HD": ("Hướng dẫn",),
    "KH": ("Kế hoạch",),
    "CTr": ("Chương trình",),
    "TB": ("Thông báo",),
    "BC": ("Báo cáo",),
    "CV": ("Công văn",),
    "TTr": ("Tờ trình",),
    "BS": ("Bản sao",),
    "ĐA": ("Đề án",),
    "BB": ("Biên bản",),
    "TT": ("Thông tư",),
    "TTLT": ("Thông tư liên tịch",),
    "NĐ": ("Nghị định",),
    "VBHN": ("Văn bản hợp nhất",),
    "PL": ("Pháp lệnh",),
    "L": ("Luật",),
    "CĐ": ("Công điện",),
}

# Type words as written -> code.  Longest first: "Thông báo kết luận" before "Thông báo",
# "Thông tư liên tịch" before "Thông tư", "Bộ luật" before "Luật".
TYPE_WORDS = {
    "Thông báo kết luận": "TB",
    "Thông tư liên tịch": "TTLT",
    "Văn bản hợp nhất": "VBHN",
    "Nghị quyết liên tịch": "NQ",
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Quy định": "QĐ",
    "Chỉ thị": "CT",
    "Kết luận": "KL",
    "Quy chế": "QC",
    "Hướng dẫn": "HD",
    "Kế hoạch": "KH",
    "Chương trình": "CTr",
    "Thông báo": "TB",
    "Báo cáo": "BC",
    "Công văn": "CV",
    "Tờ trình": "TTr",
    "Đề án": "ĐA",
    "Thông tư": "TT",
    "Nghị định": "NĐ",
    "Pháp lệnh": "PL",
    "Bộ luật": "L",
    "Luật": "L",
    "Công điện": "CĐ",
    "Biên bản": "BB",
}


class Issuer(NamedTuple):
    body: str          # the canonical body the code stands for ("Tỉnh ủy": qualified by the province later)
    system: str        # "party" or "state"
    level: str         # "central", "local", or "either" (Đảng đoàn, Ban cán sự đảng exist at both)
    one_body: bool     # the code names exactly one body


# Issuer codes (the part after "/" in a Party number, after "-" in a state number): the one table of what
# each code names, its system (Party or state), its level (central, local, or "either" for a kind of body
# found at both levels) and whether it names exactly one body.  A code that does not (TW is also the Bộ
# Chính trị or Ban Bí thư; TU is every Tỉnh ủy) is "generic": the text, or the province, tells which.
ISSUERS: Dict[str, Issuer] = {
    # TW: also Bộ Chính trị / Ban Bí thư; the text usually says which
    "TW": Issuer("Ban Chấp hành Trung ương", "party", "central", False),
    "BTCTW": Issuer("Ban Tổ chức Trung ương", "party", "central", True),
    "VPTW": Issuer("Văn phòng Trung ương Đảng", "party", "central", True),
    "UBKTTW": Issuer("Ủy ban Kiểm tra Trung ương", "party", "central", True),
    "BTGTW": Issuer("Ban Tuyên giáo Trung ương", "party", "central", True),
    "BTGDVTW": Issuer("Ban Tuyên giáo và Dân vận Trung ương", "party", "central", True),
    "BDVTW": Issuer("Ban Dân vận Trung ương", "party", "central", True),
    "BNCTW": Issuer("Ban Nội chính Trung ương", "party", "central", True),
    "BKTTW": Issuer("Ban Kinh tế Trung ương", "party", "central", True),
    "BĐNTW": Issuer("Ban Đối ngoại Trung ương", "party", "central", True),
    "TBBVCTNBTW": Issuer("Tiểu ban Bảo vệ chính trị nội bộ Trung ương", "party", "central", True),
    "ĐUKCQTW": Issuer("Đảng ủy Khối các cơ quan Trung ương", "party", "central", True),
    "ĐUKDNTW": Issuer("Đảng ủy Khối Doanh nghiệp Trung ương", "party", "central", True),
    "QUTW": Issuer("Quân ủy Trung ương", "party", "central", True),
    "ĐUCA": Issuer("Đảng ủy Công an Trung ương", "party", "central", True),
    "HĐLLTW": Issuer("Hội đồng Lý luận Trung ương", "party", "central", True),
    "TWĐTN": Issuer("Ban Chấp hành Trung ương Đoàn", "party", "central", True),
    "TU": Issuer("Tỉnh ủy", "party", "local", False),
    "VPTU": Issuer("Văn phòng Tỉnh ủy", "party", "local", False),
    "BTCTU": Issuer("Ban Tổ chức Tỉnh ủy", "party", "local", False),
    "UBKTTU": Issuer("Ủy ban Kiểm tra Tỉnh ủy", "party", "local", False),
    "HU": Issuer("Huyện ủy", "party", "local", False),
    "QU": Issuer("Quận ủy", "party", "local", False),          # a city's district (Hướng dẫn 36-HD/VPTW's numbering)
    "ĐU": Issuer("Đảng ủy", "party", "local", False),
    "ĐĐ": Issuer("Đảng đoàn", "party", "either", False),
    "BCSĐ": Issuer("Ban cán sự đảng", "party", "either", False),
    "QH": Issuer("Quốc hội", "state", "central", True),
    "UBTVQH": Issuer("Ủy ban Thường vụ Quốc hội", "state", "central", True),
    "VPQH": Issuer("Văn phòng Quốc hội", "state", "central", True),
    "CTN": Issuer("Chủ tịch nước", "state", "central", True),
    "CP": Issuer("Chính phủ", "state", "central", True),
    "TTg": Issuer("Thủ tướng Chính phủ", "state", "central", True),
    "BNV": Issuer("Bộ Nội vụ", "state", "central", True),
    "BTC": Issuer("Bộ Tài chính", "state", "central", True),
    "BTP": Issuer("Bộ Tư pháp", "state", "central", True),
    "BCA": Issuer("Bộ Công an", "state", "central", True),
    "BQP": Issuer("Bộ Quốc phòng", "state", "central", True),
    "BYT": Issuer("Bộ Y tế", "state", "central", True),
    "BGDĐT": Issuer("Bộ Giáo dục và Đào tạo", "state", "central", True),
    "BKHĐT": Issuer("Bộ Kế hoạch và Đầu tư", "state", "central", True),
    "BCT": Issuer("Bộ Công Thương", "state", "central", True),
    "BXD": Issuer("Bộ Xây dựng", "state", "central", True),
    "BGTVT": Issuer("Bộ Giao thông vận tải", "state", "central", True),
    "BTNMT": Issuer("Bộ Tài nguyên và Môi trường", "state", "central", True),
    "BNNPTNT": Issuer("Bộ Nông nghiệp và Phát triển nông thôn", "state", "central", True),
    "BKHCN": Issuer("Bộ Khoa học và Công nghệ", "state", "central", True),
    "BTTTT": Issuer("Bộ Thông tin và Truyền thông", "state", "central", True),
    "BLĐTBXH": Issuer("Bộ Lao động - Thương binh và Xã hội", "state", "central", True),
    # (the Ministry's code before 2007: "Thông tư số 28/2005/TT-LĐTBXH")
    "LĐTBXH": Issuer("Bộ Lao động - Thương binh và Xã hội", "state", "central", True),
    "BVHTTDL": Issuer("Bộ Văn hóa, Thể thao và Du lịch", "state", "central", True),
    "BNG": Issuer("Bộ Ngoại giao", "state", "central", True),
    # the ministries formed in 2025 ("Thông tư số 37/2025/TT-BNNMT")
    "BNNMT": Issuer("Bộ Nông nghiệp và Môi trường", "state", "central", True),
    "BDTTG": Issuer("Bộ Dân tộc và Tôn giáo", "state", "central", True),
    "UBDT": Issuer("Ủy ban Dân tộc", "state", "central", True),
    "VPCP": Issuer("Văn phòng Chính phủ", "state", "central", True),
    "NHNN": Issuer("Ngân hàng Nhà nước Việt Nam", "state", "central", True),
    "TTCP": Issuer("Thanh tra Chính phủ", "state", "central", True),
    "TANDTC": Issuer("Tòa án nhân dân tối cao", "state", "central", True),
    "VKSNDTC": Issuer("Viện kiểm sát nhân dân tối cao", "state", "central", True),
    "KTNN": Issuer("Kiểm toán nhà nước", "state", "central", True),
    "HĐND": Issuer("Hội đồng nhân dân", "state", "local", False),
    "UBND": Issuer("Ủy ban nhân dân", "state", "local", False),
}

# The local committee and council as people write them short ("UBND xã Tân Phú", a header's "UBND TỈNH LÀO CAI")
SHORT_BODY_NAMES: Dict[str, str] = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}

# Code -> canonical body (the view most callers need).
ISSUER_CODES: Dict[str, str] = {code: i.body for code, i in ISSUERS.items()}
# Codes of local bodies: a number with one of these is qualified by the province the text gives.
LOCAL_ISSUER_CODES: FrozenSet[str] = frozenset(c for c, i in ISSUERS.items() if i.level == "local")
# Codes that name a kind of body, not one body: a local committee, a Đảng đoàn, a Ban cán sự đảng.
CLASS_ISSUER_CODES: FrozenSet[str] = frozenset(c for c, i in ISSUERS.items() if i.level != "central")
# Codes that do not tell the issuing body by themselves (the class codes and TW).
GENERIC_ISSUER_CODES: FrozenSet[str] = frozenset(c for c, i in ISSUERS.items() if not i.one_body)

# Party terms (khóa): numbers restart with each.  (term, first year, last year)
PARTY_TERMS = (("IX", 2001, 2006), ("X", 2006, 2011), ("XI", 2011, 2016), ("XII", 2016, 2021),
               ("XIII", 2021, 2026), ("XIV", 2026, 2031))


_COMMITTEE_CODES = frozenset(("TU", "HU", "QU", "ĐU"))      # the local Party committees' codes


def is_local_code(part: str) -> bool:
    """A code part of a local body: one of ``LOCAL_ISSUER_CODES``, or a province's department or a district's
    division named as its ministry is, "S"/"P" for the ministry's "B" ("SGDĐT": Sở Giáo dục và Đào tạo, as BGDĐT is
    the Bộ; "PGDĐT": the district's Phòng), whose numbers every province or district gives again.

    An organ of a local Party committee is coded by its initials and the committee's code (Hướng dẫn 36-HD/VPTW:
    "BTGTU", the Ban Tuyên giáo of a Tỉnh ủy; "UBKTHU", a Huyện ủy's Ủy ban Kiểm tra), and is local as its committee is.

    >>> is_local_code("UBND"), is_local_code("SGDĐT"), is_local_code("PGDĐT"), is_local_code("BGDĐT"), is_local_code("STTT")
    (True, True, True, False, False)
    >>> is_local_code("BTGTU"), is_local_code("BDVHU"), is_local_code("BTGTW"), is_local_code("TU")
    (True, True, False, True)
    """
    if part in LOCAL_ISSUER_CODES:
        return True
    if len(part) > 3 and part[-2:] in _COMMITTEE_CODES and part.isalpha() and part.isupper():
        return True
    ministry = ISSUERS.get("B" + part[1:]) if len(part) > 2 and part[0] in "SP" else None
    return ministry is not None and ministry.body.startswith("Bộ ")

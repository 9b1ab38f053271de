"""Tables of codes: document type codes, type words and issuer codes.

Data, not logic; ``tests/test_codes.py`` checks them both ways (every code has an example that the
number pattern reads back to that code).  Longer alternatives are listed first where order matters.
"""
from __future__ import annotations

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

# Issuer codes (the part after "/" in a Party number, after "-" in a state number) -> canonical body.
ISSUER_CODES = {
    # Party, central
    "TW": "Ban Chấp hành Trung ương",       # also Bộ Chính trị / Ban Bí thư: the text usually says which
    "BTCTW": "Ban Tổ chức Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "BNCTW": "Ban Nội chính Trung ương",
    "BKTTW": "Ban Kinh tế Trung ương",
    "BĐNTW": "Ban Đối ngoại Trung ương",
    "TBBVCTNBTW": "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
    "ĐUKCQTW": "Đảng ủy Khối các cơ quan Trung ương",
    "ĐUKDNTW": "Đảng ủy Khối Doanh nghiệp Trung ương",
    "QUTW": "Quân ủy Trung ương",
    "ĐUCA": "Đảng ủy Công an Trung ương",
    "HĐLLTW": "Hội đồng Lý luận Trung ương",
    "TWĐTN": "Ban Chấp hành Trung ương Đoàn",
    # Party, local (qualified by the province when the text tells it)
    "TU": "Tỉnh ủy",
    "VPTU": "Văn phòng Tỉnh ủy",
    "BTCTU": "Ban Tổ chức Tỉnh ủy",
    "UBKTTU": "Ủy ban Kiểm tra Tỉnh ủy",
    "HU": "Huyện ủy",
    "ĐU": "Đảng ủy",
    "ĐĐ": "Đảng đoàn",
    "BCSĐ": "Ban cán sự đảng",
    # State
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "VPQH": "Văn phòng Quốc hội",
    "CTN": "Chủ tịch nước",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BTP": "Bộ Tư pháp",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BCT": "Bộ Công Thương",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BNG": "Bộ Ngoại giao",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
    "TANDTC": "Tòa án nhân dân tối cao",
    "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "KTNN": "Kiểm toán nhà nước",
    "HĐND": "Hội đồng nhân dân",
    "UBND": "Ủy ban nhân dân",
}

# Party terms (khóa): numbers restart with each.  (term, first year, last year)
PARTY_TERMS = (("IX", 2001, 2006), ("X", 2006, 2011), ("XI", 2011, 2016), ("XII", 2016, 2021),
               ("XIII", 2021, 2026), ("XIV", 2026, 2031))

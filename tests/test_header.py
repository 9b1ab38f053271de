"""The file's own document, read from real headers and footers.

Expected values come from the seed gold's "self" block (tests/fixtures/seed_gold.json), from
examples/state/index.json (doc_number, doc_type, issuer, date) and, for signers and titles of the state
texts, from the documents' own last/heading lines quoted in the tables below.
"""
import json
from pathlib import Path

import pytest

from vanban.loaders.header import (
    body_name,
    canonical_type,
    find_number,
    find_place_dates,
    find_received,
    find_signatures,
    find_type_heading,
    issuer_from_code,
    issuer_from_lines,
    issuer_from_signature,
    normalize_code,
    read_header,
    split_code,
    split_unit,
)
from vanban.loaders.read import read_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
STATE = ROOT / "examples" / "state"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))["self"]
INDEX = {d["file"]: d for d in json.loads((STATE / "index.json").read_text(encoding="utf-8"))["documents"]}
SEED_LINES = read_text(SEED).text.split("\n")


def seed_doc(lines=None):
    lines = SEED_LINES if lines is None else lines
    return read_header("\n".join(lines))


def without_note(value):
    """The gold adds the body after a position in parentheses: "K/T ... THƯỜNG TRỰC (Ban Tổ chức Trung ương)"."""
    return value.split(" (")[0]


# ------------------------------------------------------------------ the seed against its gold

def test_seed_own_document():
    doc = seed_doc()
    assert doc.code == doc.id == GOLD["number"]
    assert doc.type == GOLD["type"]
    assert doc.date == GOLD["date"]
    assert doc.place == GOLD["place"]
    assert doc.issuer == GOLD["issuer"]          # from the code BTCTW: the OCR lost the header lines
    assert doc.title == GOLD["title"]
    assert doc.signer == GOLD["signer"]
    assert doc.signer_position == without_note(GOLD["signer_position"])


def test_seed_copy_block():
    copy, gold = seed_doc().copy, GOLD["copy"]
    assert copy.form == gold["form"]
    assert copy.code == copy.id == gold["number"]
    assert copy.date == gold["date"]
    assert copy.place == gold["place"]
    assert copy.issuer == gold["issuer"]
    assert copy.signer == gold["signer"]
    assert copy.signer_position == without_note(gold["signer_position"])


def test_seed_incoming_stamp():
    received, gold = seed_doc().received, GOLD["incoming_register"]
    assert received.number == gold["so_den"]
    assert received.date == gold["ngay_den"]
    assert received.receiver == gold["receiver"]


# ------------------------------------------------------------------ the seed, rearranged: rules, not positions

def test_seed_with_its_missing_issuer_lines_restored():
    """The gold says the OCR lost "ĐẢNG CỘNG SẢN VIỆT NAM / BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC"; with them
    the issuer comes from the lines (same answer), the motto is ignored and nothing else moves."""
    lines = ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM"] + SEED_LINES
    doc = seed_doc(lines)
    assert (doc.issuer, doc.code, doc.date, doc.type, doc.signer) == (
        GOLD["issuer"], GOLD["number"], GOLD["date"], GOLD["type"], GOLD["signer"])
    assert doc.copy.code == GOLD["copy"]["number"] and doc.received.number == GOLD["incoming_register"]["so_den"]


def test_seed_header_in_canonical_order():
    """Number before date, stamp first: the same fields (the OCR order is not what the rules rely on)."""
    head = SEED_LINES[:20]
    reordered = head[8:13] + [head[6], head[4]] + head[13:] + SEED_LINES[20:]
    doc = seed_doc(reordered)
    assert (doc.code, doc.date, doc.type, doc.title, doc.issuer) == (
        GOLD["number"], GOLD["date"], GOLD["type"], GOLD["title"], GOLD["issuer"])
    assert doc.received.date == GOLD["incoming_register"]["ngay_den"]


def test_given_lines_and_a_long_text_give_the_same_answer():
    """``lines=`` is only a shortcut; a long text is read at its two ends (seed x 50: same head, same tail)."""
    text = "\n".join(SEED_LINES)
    assert read_header(text, SEED_LINES) == read_header(text)
    assert read_header("\n".join(SEED_LINES * 50)) == read_header(text)


def test_seed_without_its_copy_block():
    doc = seed_doc(SEED_LINES[:449])                  # ends with "Đã ký: Mai Văn Chính"
    assert doc.copy is None
    assert doc.signer == GOLD["signer"]


def test_copy_issuer_from_its_code_and_place_when_its_header_lines_are_lost():
    lines = SEED_LINES[:450] + SEED_LINES[452:]       # drop "TỈNH ỦY QUẢNG NGÃI" / "VĂN PHÒNG"
    assert seed_doc(lines).copy.issuer == GOLD["copy"]["issuer"]


def test_type_from_the_number_when_the_heading_is_lost():
    lines = SEED_LINES[:14] + SEED_LINES[15:]         # drop "BÁO CÁO"
    doc = seed_doc(lines)
    assert doc.type == GOLD["type"] and doc.title is None


def test_title_on_the_heading_line():
    """OCR joining the heading and the first title line: "BÁO CÁO Kết quả ... năm 2022;"."""
    lines = SEED_LINES[:14] + [SEED_LINES[14] + " " + SEED_LINES[15]] + SEED_LINES[16:]
    doc = seed_doc(lines)
    assert (doc.type, doc.title) == (GOLD["type"], GOLD["title"])


def test_type_from_the_word_before_so_when_there_is_no_heading_and_no_type_code():
    """State 10 without its heading: "Luật số:\n50/2019/QH14" still says it is a Luật (QH14 has no type code)."""
    lines = read_text(STATE / "10_Luat50_2019_QH14_sua_Luat_vu_khi.txt").text.split("\n")
    assert lines[4].startswith("Hà Nội, ngày 25 tháng 11 năm 2019 LUẬT")
    lines[4] = "Hà Nội, ngày 25 tháng 11 năm 2019"
    doc = read_header("\n".join(lines))
    assert (doc.type, doc.code, doc.title) == ("Luật", "50/2019/QH14", None)


def test_number_split_across_a_line_break():
    lines = SEED_LINES[:6] + ["Số 188 -", "BC/BTCTW"] + SEED_LINES[7:]
    assert seed_doc(lines).code == GOLD["number"]


# ------------------------------------------------------------------ the state texts against index.json

STATE_FILES = sorted(p.name for p in STATE.glob("*.txt"))


def index_entry(name):
    return INDEX[name.replace(".noannot", "")]


@pytest.mark.parametrize("name", STATE_FILES)
def test_state_own_document(name):
    doc = read_header(read_text(STATE / name).text)
    entry = index_entry(name)
    assert doc.code == doc.id == entry["doc_number"]
    assert doc.type == entry["doc_type"].split(" (")[0]     # "Văn bản hợp nhất (Luật Thủy lợi)"
    assert doc.date == entry["date"]
    assert doc.issuer == entry["issuer"]
    assert doc.place == "Hà Nội"                             # every header: "Hà Nội, ngày ..."
    assert doc.copy is None and doc.received is None


# The signature as each text's footer prints it (None: the stored text omits it).
STATE_SIGNERS = {
    "09_ND247_2025_sua_ND171.txt": (None, None),
    "10_Luat50_2019_QH14_sua_Luat_vu_khi.txt": ("Nguyễn Thị Kim Ngân", "CHỦ TỊCH QUỐC HỘI"),
    "11_Luat43_2024_QH15_sua_4_luat.txt": ("Trần Thanh Mẫn", "CHỦ TỊCH QUỐC HỘI"),
    "12_QD12_2024_TTg_thay_QD63_2015.txt": ("Trần Hồng Hà", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG"),
    "13_TT62_2019_BTC_sua_TT38_2018.txt": ("Vũ Thị Mai", "KT. BỘ TRƯỞNG THỨ TRƯỞNG"),
    "14_VBHN07_VPQH_2020_Luat_Thuy_loi.txt": ("Nguyễn Hạnh Phúc", "XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM"),
    "15_Luat94_2025_QH15_Nang_luong_nguyen_tu.txt": (None, None),      # "(Đã ký)" then an omission
    "17_NQ132_2020_QH14.txt": ("Nguyễn Thị Kim Ngân", "CHỦ TỊCH QUỐC HỘI"),
    "19_Luat18_2017_QH14_Thuy_san_head_tail.txt": ("Nguyễn Thị Kim Ngân", "CHỦ TỊCH QUỐC HỘI"),
}


@pytest.mark.parametrize("name", STATE_FILES)
def test_state_signer(name):
    doc = read_header(read_text(STATE / name).text)
    assert (doc.signer, doc.signer_position) == STATE_SIGNERS[name.replace(".noannot", "")]


# The trích yếu as the heading prints it (annotations "[...]" of the portal removed).
STATE_TITLES = {
    "12_QD12_2024_TTg_thay_QD63_2015.txt":
        "VỀ CƠ CHẾ, CHÍNH SÁCH GIẢI QUYẾT VIỆC LÀM VÀ ĐÀO TẠO NGHỀ CHO NGƯỜI CÓ ĐẤT THU HỒI",
    "15_Luat94_2025_QH15_Nang_luong_nguyen_tu.txt": "NĂNG LƯỢNG NGUYÊN TỬ",       # on the line under "LUẬT"
    "14_VBHN07_VPQH_2020_Luat_Thuy_loi.txt": "THỦY LỢI",
    "17_NQ132_2020_QH14.txt": "THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐỂ THÁO GỠ VƯỚNG MẮC, TỒN ĐỌNG TRONG QUẢN LÝ, SỬ DỤNG "
                              "ĐẤT QUỐC PHÒNG, AN NINH KẾT HỢP VỚI HOẠT ĐỘNG LAO ĐỘNG SẢN XUẤT, XÂY DỰNG KINH TẾ",
    "19_Luat18_2017_QH14_Thuy_san_head_tail.txt": "THỦY SẢN",
    "13_TT62_2019_BTC_sua_TT38_2018.txt": "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 38/2018/TT-BTC NGÀY "
                                          "20/4/2018 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH QUY ĐỊNH VỀ XÁC ĐỊNH XUẤT XỨ HÀNG "
                                          "HÓA XUẤT KHẨU, NHẬP KHẨU",
}


@pytest.mark.parametrize("name", [n for n in STATE_FILES if n.replace(".noannot", "") in STATE_TITLES])
def test_state_title(name):
    assert read_header(read_text(STATE / name).text).title == STATE_TITLES[name.replace(".noannot", "")]


# ------------------------------------------------------------------ the rules, one table each

@pytest.mark.parametrize("raw, code", [
    ("188 -BC/BTCTW", "188-BC/BTCTW"),          # seed line 7
    ("711-BS/VPTU", "711-BS/VPTU"),             # seed line 456
    ("12/2024/QĐ-TTg", "12/2024/QĐ-TTg"),       # state 12
    ("16 -\nHD/BTCTW", "16-HD/BTCTW"),
])
def test_normalize_code(raw, code):
    assert normalize_code(raw) == code


@pytest.mark.parametrize("code, parts, issuer", [
    ("188-BC/BTCTW", ("BC", "BTCTW"), "Ban Tổ chức Trung ương"),
    ("711-BS/VPTU", ("BS", "VPTU"), "Văn phòng Tỉnh ủy"),
    ("247/2025/NĐ-CP", ("NĐ", "CP"), "Chính phủ"),
    ("50/2019/QH14", (None, "QH14"), "Quốc hội"),
    ("07/VBHN-VPQH", ("VBHN", "VPQH"), "Văn phòng Quốc hội"),
    ("12/2024/QĐ-TTg", ("QĐ", "TTg"), "Thủ tướng Chính phủ"),
])
def test_split_code_and_issuer(code, parts, issuer):
    assert split_code(code) == parts
    assert issuer_from_code(code) == issuer


@pytest.mark.parametrize("lines, expected", [
    (["Số 188 -BC/BTCTW"], ("188-BC/BTCTW", 0)),                                    # seed
    (["Số: 247/2025/NĐ-CP"], ("247/2025/NĐ-CP", 0)),                                # state 09
    (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:",
      "50/2019/QH14"], ("50/2019/QH14", 1)),                                         # state 10
    (["DEN\tSố: 18", "Số 711-BS/VPTU"], None),                                       # a stamp and a copy number
    (["Năm 2022 ... triển khai thực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị"], None),   # a body mention
])
def test_find_number(lines, expected):
    assert find_number(lines) == expected


def test_place_date_broken_over_lines():
    lines = read_text(STATE / "15_Luat94_2025_QH15_Nang_luong_nguyen_tu.txt").text.split("\n")[16:21]
    assert lines[0] == "Hà Nội,"
    assert find_place_dates(lines) == [("Hà Nội", "2025-06-27", 0)]


@pytest.mark.parametrize("line, expected", [
    ("BÁO CÁO", ("Báo cáo", "")),                                                         # seed line 15
    ("Hà Nội, ngày 25 tháng 11 năm 2019 LUẬT SỬA ĐỔI, BỔ SUNG", ("Luật", " SỬA ĐỔI, BỔ SUNG")),  # state 10
    ("NGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU", ("Nghị định", " SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU")),   # state 09
    ("QUYẾT NGHỊ:", None),                                                                # state 17: not a type
    ("Luật số:", None),
])
def test_find_type_heading(line, expected):
    found = find_type_heading([line])
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize("caps, name", [
    ("BỘ TÀI CHÍNH", "Bộ Tài chính"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
    ("TỈNH ỦY QUẢNG NGÃI", "Tỉnh ủy Quảng Ngãi"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
])
def test_body_name(caps, name):
    assert body_name(caps) == name


@pytest.mark.parametrize("segments, issuer", [
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"], "Ban Tổ chức Trung ương"),
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], "Văn phòng Trung ương Đảng"),
    (["TỈNH ỦY QUẢNG NGÃI", "VĂN PHÒNG"], "Văn phòng Tỉnh ủy Quảng Ngãi"),          # seed lines 451-452
    (["TỈNH ỦY QUẢNG NGÃI VĂN PHÒNG"], "Văn phòng Tỉnh ủy Quảng Ngãi"),             # seed line 9
    (["CHÍNH PHỦ"], "Chính phủ"),
    ([], None),
])
def test_issuer_from_lines(segments, issuer):
    assert issuer_from_lines(segments) == issuer


def test_split_unit():
    assert split_unit("TỈNH ỦY QUẢNG NGÃI VĂN PHÒNG") == ("TỈNH ỦY QUẢNG NGÃI", "VĂN PHÒNG")
    assert split_unit("VĂN PHÒNG QUỐC HỘI") == (None, "VĂN PHÒNG QUỐC HỘI")


@pytest.mark.parametrize("lines, number, date", [
    (["TỈNH ỦY QUẢNG NGÃI VĂN PHÒNG", "DEN\tSố: 18", "Ngày: 09/01/2023"], "18", "2023-01-09"),   # seed, OCR "DEN"
    (["ĐẾN Số: 18", "Ngày: 09/01/23"], "18", "2023-01-09"),
    (["ĐẾN"], None, None),                       # the word alone is not a stamp
])
def test_find_received(lines, number, date):
    found = find_received(lines)
    assert ((found.number, found.date) if found else (None, None)) == (number, date)


@pytest.mark.parametrize("lines, expected", [
    (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Đã ký: Mai Văn Chính"],
     [("K/T TRƯỞNG BAN – PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Mai Văn Chính")]),                 # seed 447-449
    (["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "", "Nguyễn Thị Ngọc Bích"],
     [("K/T CHÁNH VĂN PHÒNG – PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Ngọc Bích")]),           # seed 471-476
    (["KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng Hà"], [("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", "Trần Hồng Hà")]),
    (["(Đã ký)"], []),
    (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], []),
])
def test_find_signatures(lines, expected):
    assert [(s.position, s.name) for s in find_signatures(lines)] == expected


@pytest.mark.parametrize("word, expected", [
    ("Thông báo kết luận", "Thông báo"),     # the gold's convention: the subtype collapses to its code's type
    ("Quy định", "Quy định"),                # QĐ lists both Quyết định and Quy định: the word stays
    ("Báo cáo", "Báo cáo"),
    ("Bộ luật", "Bộ luật"),                  # not a subtype of "Luật" by its words
])
def test_canonical_type(word, expected):
    assert canonical_type(word) == expected


@pytest.mark.parametrize("position, header, issuer", [
    ("T/M BỘ CHÍNH TRỊ – TỔNG BÍ THƯ", "Ban Chấp hành Trung ương", "Bộ Chính trị"),   # Party formula (36-HD/VPTW)
    ("T/M BAN BÍ THƯ", None, "Ban Bí thư"),
    ("TM. CHÍNH PHỦ – THỦ TƯỚNG", None, "Chính phủ"),
    ("K/T TRƯỞNG BAN – PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Ban Tổ chức Trung ương", None),   # seed: signs for a person
    ("T/M BỘ CHÍNH TRỊ", "Ban Tổ chức Trung ương", None),    # a named header issuer is not overridden
])
def test_issuer_from_signature(position, header, issuer):
    assert issuer_from_signature(position, header) == issuer


@pytest.mark.parametrize("first", [19, 290])     # 290: around "II. ĐÁNH GIÁ CHUNG" (line 293)
def test_body_text_has_no_header(first):
    """A fragment of body text (no header, no footer) yields no own document rather than a wrong one:
    section headings in capitals are not issuers, body mentions ("Nghị quyết số ...") are not own numbers."""
    doc = read_header("\n".join(SEED_LINES[first - 1:first + 59]))
    assert (doc.code, doc.type, doc.issuer, doc.date, doc.title, doc.signer, doc.copy, doc.received) == (None,) * 8


# ---------------------------------------------------------------- scans whose two header columns OCR merged
# (bench/accuracy_ocr.py: gold texts printed as scans; each case as Tesseract gave it, then a synthetic variant)
@pytest.mark.parametrize("lines,issuer", [
    (["ỦY BAN NHÂN DÂN TỈNH SƠN LA CỘNG HÒA XÃ HỘI"], "Ủy ban nhân dân tỉnh Sơn La"),          # dev tvpl/ad52…, OCR
    (["BỘ TÀI CHÍNH - CỘNG HÒA XÃ HỘI CHỦ NGHĨA -"], "Bộ Tài chính"),                          # fresh2 gazette, OCR
    (["BỘ NỘI VỤ __ CHỦ NGHĨA VIỆT NAM"], "Bộ Nội vụ"),                                       # synthetic
    (["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"], "Ngân hàng Nhà nước Việt Nam"),                         # a name ending VIỆT NAM
])
def test_the_national_line_glued_to_the_issuer_is_cut_off(lines, issuer):
    assert issuer_from_lines(lines) == issuer


@pytest.mark.parametrize("line,code", [
    ("Số: 30/2026/TT.BTC VIỆT NAM", "30/2026/TT-BTC"),      # dev gazette 30/2026/TT-BTC, OCR ("." for the hyphen)
    ("Số: 12/2024/NĐ'CP", "12/2024/NĐ-CP"),                  # synthetic
    ("Số: 80/2015/QH13", "80/2015/QH13"),                    # a law: nothing to undo
])
def test_an_own_number_with_ocrs_dot_for_the_hyphen(line, code):
    assert find_number(["BỘ TÀI CHÍNH", line])[0] == code


def test_a_scanned_header_with_merged_columns_keeps_number_and_issuer():
    # the head of the fresh2 gazette text 11/2026/TT-BTC printed as a scan, as Tesseract read it
    text = ("CÔNG BÁO/Số 128/Ngày 27-02-2026\n: `20\nBỘ TÀI CHÍNH - CỘNG HÒA XÃ HỘI CHỦ NGHĨA -\n"
            "Số: 11/2026/TT-BTC VIỆT NAM\n: Độc lập - Tự do ~- Hạnh phúc\nHà Nội, ngày 10 tháng 02 năm 2026\n\n"
            "THÔNG TƯ\nQuy định mức thu, chế độ thu, nộp phí thuộc lĩnh vực đường sắt\n\n"
            "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\n")
    from vanban.loaders import extract_text
    x = extract_text(text)
    assert (x.document.code, x.document.issuer, x.document.date) == ("11/2026/TT-BTC", "Bộ Tài chính", "2026-02-10")
    assert any(r.relation == "BASED_ON" and r.target.startswith("97/2015/QH13") for r in x.relations)


@pytest.mark.parametrize("lines,code", [
    (["ỦY BAN NHÂN DÂN TỈNH QUẢNG", "Quảng Ninh, ngày 21 tháng 11 năm 2025", "98/202 5/QĐ-UBND"], "98/2025/QĐ-UBND"),
    (["TỈNH ỦY QUẢNG NGÃI", ": 21 - KL/TU ."], "21-KL/TU"),                  # synthetic
    (["ỦY BAN NHÂN DÂN", "12/3/2025"], None),                                 # a date is no number
    (["KẾ HOẠCH 2025 - 2030"], None),
    (["thực hiện Quyết định 98/2025/QĐ-UBND"], None),                          # inside words: a mention
])
def test_a_header_number_whose_so_ocr_lost(lines, code):
    from vanban.loaders.header import bare_number
    assert bare_number(lines) == code


def test_a_scanned_header_without_so_keeps_its_number_and_whole_issuer():
    # the head of the fresh page 98/2025/QĐ-UBND printed as a scan, as Tesseract read it
    from vanban.loaders import extract_text
    text = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG “ CỘNG HÒA XÃ HỘI\nNINH : CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc ;\nQuảng Ninh, ngày 21 tháng 11 năm 2025\n\n98/202 5/QĐ-UBND\n\n"
            "QUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN QUYẾT ĐỊNH TIÊU CHUẨN, ĐỊNH MỨC DIỆN TÍCH\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n")
    d = extract_text(text).document
    assert (d.code, d.issuer, d.date) == ("98/2025/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Ninh", "2025-11-21")


@pytest.mark.parametrize("lines,code", [
    (["Số 75-KLTW Hà Nội, ngày 28 tháng 7 năm 2026"], "75-KL/TW"),      # dev Party text 75-KL/TW as a scan, OCR
    (["Số 09-KHĐU"], "09-KH/ĐU"),                                          # synthetic
    (["Số 12-ABCD"], None),                                                # no type code + Party issuer in it
    (["Kết luận số 75-KLTW"], None),                                       # a body mention: no "Số" line start
])
def test_a_party_number_whose_slash_ocr_lost(lines, code):
    from vanban.loaders.header import slashless_party_number
    assert slashless_party_number(lines) == code


@pytest.mark.parametrize("line,word", [
    ("KÉT LUẬN", "Kết luận"),        # dev Party text 75-KL/TW as a scan, OCR ("KẾT" lost its circumflex)
    ("NGHI ĐỊNH", "Nghị định"),      # synthetic
    ("THÔNG TƯ", "Thông tư"),        # as written
])
def test_a_type_heading_with_a_mark_lost_by_ocr(line, word):
    assert find_type_heading([line, "về bảo vệ môi trường"])[0] == word


def test_no_heading_from_a_caps_line_that_is_no_type_word():
    assert find_type_heading(["KẾT QUẢ", "HỘI NGHỊ"]) is None


@pytest.mark.parametrize("lines,issuer", [
    (["BAN CHẤP HÀNH TRUNG ƯƠNG ĐĂNG CỘNG SẢN VIỆT NAM"], "Ban Chấp hành Trung ương"),   # dev Party text, OCR
    (["BỘ VĂN HÓA, THỂ THAO VÀ DU ` ' CỘNG HÒA XÃ HỘI", "LỊCH CHỦ NGHĨA VIỆT NAM"],
     "Bộ Văn hóa, Thể thao và Du lịch"),                                                # fresh2 web page, OCR
])
def test_merged_header_lines_with_ocr_specks(lines, issuer):
    from vanban.loaders.header import issuer_segments
    assert issuer_from_lines(issuer_segments(lines, len(lines))) == issuer


def test_a_speck_between_so_and_the_number():
    assert find_number(["Số: -4508/QĐ- BVHTTDL"])[0] == "4508/QĐ-BVHTTDL"    # fresh2 web page as a scan, OCR


@pytest.mark.parametrize("code,issuer,expected", [
    ("30/2026/TT-BTG", "Bộ Tài chính", "30/2026/TT-BTC"),       # dev gazette 30/2026/TT-BTC as a scan, OCR (seed 3)
    ("12/2025/TT-8QP", "Bộ Quốc phòng", "12/2025/TT-BQP"),      # synthetic: 8 for B
    ("30/2026/TT-BTP", "Bộ Tài chính", "30/2026/TT-BTP"),       # P is no look-alike of C: another body's number
    ("21-NQ/TW", "Bộ Chính trị", "21-NQ/TW"),                   # agrees
    ("45/2025/QĐ-UBND", "Ủy ban nhân dân tỉnh Lào Cai", "45/2025/QĐ-UBND"),   # no known code for the name
])
def test_the_own_issuer_code_proven_by_the_header_issuer(code, issuer, expected):
    from vanban.loaders.header import proven_issuer_code
    assert proven_issuer_code(code, issuer) == expected


def test_ocr_specks_around_a_header_body_name():
    assert body_name("_ BỘ TÀI CHÍNH") == "Bộ Tài chính"       # dev gazette 30/2026/TT-BTC as a scan, OCR (seed 3)


def test_a_doubled_hyphen_in_the_own_number():
    assert find_number(["Số: 4508/QĐ- -BVHTTDL"])[0] == "4508/QĐ-BVHTTDL"   # fresh2 web page as a scan (seed 3)


@pytest.mark.parametrize("name, title", [
    ("thong-tu-so-38-2026-tt-btc-469387.txt", "Quy định mẫu văn bản, báo cáo về đầu tư ra nước ngoài"),
    ("quyet-dinh-so-169-qd-bldtbxh-44203.txt", "Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn "
     "bộ hoặc một phần thuộc lĩnh vực quản lý nhà nước của Bộ Lao động - Thương binh và Xã hội")])
def test_a_title_a_blank_line_parts_from_its_type_heading_is_read(name, title):
    # "THÔNG TƯ⏎⏎Quy định mẫu văn bản …": the gazette's line spacing, a Word document's paragraph spacing
    from vanban.loaders import extract
    path = Path(__file__).parent / "fixtures" / "real" / "texts" / "congbao" / name
    assert extract(str(path)).document.title == title


def test_a_word_documents_title_under_its_heading_is_read_as_the_plain_texts():
    from vanban.loaders import extract
    formats = Path(__file__).parent / "fixtures" / "formats"
    assert extract(str(formats / "luat94_2025.doc")).document.title == "NĂNG LƯỢNG NGUYÊN TỬ"
    assert extract(str(formats / "luat94_2025.txt")).document.title == "NĂNG LƯỢNG NGUYÊN TỬ"

"""Documents of the bodies below the province: districts, towns, communes and their Party committees, and a province's
departments.  Every People's Committee numbers its documents from 1 each year, so "12/QĐ-UBND" of one commune is no
other commune's: the number names a document only with the body's unit ("12/QĐ-UBND@xã Tân Phú"), as a province's
number names one only with its province ("2828/QĐ-UBND@Quảng Trị").  The headers follow the layout Nghị định
30/2020/NĐ-CP (Phụ lục I) and Hướng dẫn 36-HD/VPTW prescribe: the issuer column names the body under its parent
("ỦY BAN NHÂN DÂN" / "HUYỆN CỦ CHI"; "UBND TỈNH LÀO CAI" / "SỞ Y TẾ"), the place-date names where the body sits (a
province's body the province, a district's the district).

The corpus holds no document of a district or a commune (every tvpl and gazette text is a province's or the centre's),
so the texts here are headers written in the prescribed layout, the expectations read from it; the last tests
check the real texts of the corpus that cite a department's letters."""
from pathlib import Path

import pytest

from vanban.domain.codes import is_local_code
from vanban.domain.gazetteer import local_unit
from vanban.loaders import extract_text
from vanban.loaders.resolve import local_qualifier

FIXTURES = Path(__file__).parent / "fixtures" / "real" / "texts" / "tvpl"

_STATE = ("{issuer}\n{unit}\n-------\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "---------------\n{place}, ngày 10 tháng 8 năm 2025\n\n{heading}\n{title}\n\n{body}\n")
_PARTY = ("{parent}\n{issuer}\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 10 tháng 02 năm 2024\n\n{heading}\n"
          "{title}\n\n{body}\n")


def _state(issuer="ỦY BAN NHÂN DÂN", unit="XÃ TÂN PHÚ", number="12/QĐ-UBND", place="Tân Phú", heading="QUYẾT ĐỊNH",
           title="Về việc thành lập Tổ công tác", body="Điều 1. Thành lập Tổ công tác."):
    return _STATE.format(issuer=issuer, unit=unit, number=number, place=place, heading=heading, title=title, body=body)


# ------------------------------------------------------------------ the unit a body's name holds

@pytest.mark.parametrize("body, unit", [
    ("Ủy ban nhân dân huyện Củ Chi", "huyện Củ Chi"),
    ("UBND xã Tân Phú", "xã Tân Phú"),
    ("Ủy ban nhân dân phường 12", "phường 12"),
    ("Ủy ban nhân dân thị xã Sơn Tây", "thị xã Sơn Tây"),
    ("Hội đồng nhân dân thị trấn Đông Anh", "thị trấn Đông Anh"),
    ("Ủy ban nhân dân thành phố Thủ Đức", "thành phố Thủ Đức"),     # a city under a province
    ("Huyện ủy Can Lộc", "huyện Can Lộc"),                           # a district's Party committee
    ("Quận ủy Hoàn Kiếm", "quận Hoàn Kiếm"),
    ("Thị ủy Sơn Tây", "thị xã Sơn Tây"),
    ("Thành ủy Tam Điệp", "thành phố Tam Điệp"),
    ("Đảng ủy xã Đồng Tâm", "xã Đồng Tâm"),
    ("Ủy ban nhân dân huyện Củ Chi, Thành phố Hồ Chí Minh", "huyện Củ Chi"),   # the province after a mark: not the name
    ("UBND huyện Củ Chi (TP. HCM)", "huyện Củ Chi"),
    # no unit below a province
    ("Ủy ban nhân dân tỉnh Quảng Ngãi", None),
    ("Ủy ban nhân dân thành phố Hà Nội", None),                       # a city that is a province
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None),
    ("Thành ủy Hải Phòng", None),
    ("UBND thành phố Đà Nẵng Sửa", None),                             # a title's first word read after the province
    ("Tỉnh ủy Nghệ An", None),
    ("Ủy ban nhân dân xã", None),                                     # the level alone names no unit
    ("Sở Y tế", None),
    (None, None),
])
def test_the_unit_below_the_province_a_bodys_name_holds(body, unit):
    assert local_unit(body) == unit


def test_a_unit_qualifies_before_the_province_the_name_also_holds():
    assert local_qualifier("Ủy ban nhân dân huyện Củ Chi, Thành phố Hồ Chí Minh") == "huyện Củ Chi"
    assert local_qualifier("Ủy ban nhân dân tỉnh Quảng Ngãi") == "Quảng Ngãi"
    assert local_qualifier("Bộ Tài chính") is None


@pytest.mark.parametrize("code, local", [
    ("UBND", True), ("HU", True), ("ĐU", True),
    ("SGDĐT", True), ("SYT", True), ("STC", True), ("SNV", True), ("SLĐTBXH", True),    # a province's departments
    ("PGDĐT", True),                                                                   # a district's division
    ("BGDĐT", False), ("BTC", False), ("CP", False), ("TTg", False),
    ("STTT", False), ("SX", False),               # no ministry is "BTTT" or "BX": no department of one
])
def test_a_department_code_is_its_ministrys_with_s_for_b(code, local):
    assert is_local_code(code) is local


# ------------------------------------------------------------------ the file's own document

@pytest.mark.parametrize("text, ident, issuer", [
    (_state(), "12/QĐ-UBND@xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),
    (_state(unit="PHƯỜNG BẾN THÀNH", place="Thành phố Hồ Chí Minh"),
     "12/QĐ-UBND@phường Bến Thành", "Ủy ban nhân dân phường Bến Thành"),
    (_state(unit="HUYỆN CỦ CHI", number="456/KH-UBND", place="Củ Chi", heading="KẾ HOẠCH", title="Phòng cháy năm 2025"),
     "456/KH-UBND@huyện Củ Chi", "Ủy ban nhân dân huyện Củ Chi"),
    (_state(issuer="HỘI ĐỒNG NHÂN DÂN", unit="HUYỆN ĐÔNG ANH", number="15/NQ-HĐND", place="Đông Anh",
            heading="NGHỊ QUYẾT", title="Về kế hoạch đầu tư công năm 2026"),
     "15/NQ-HĐND@huyện Đông Anh", "Hội đồng nhân dân huyện Đông Anh"),
    # a province's committee: its province, as before
    (_state(unit="TỈNH QUẢNG NGÃI", number="125/KH-UBND", place="Quảng Ngãi", heading="KẾ HOẠCH", title="Phòng cháy"),
     "125/KH-UBND@Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    (_PARTY.format(parent="ĐẢNG BỘ TỈNH HÀ TĨNH", issuer="HUYỆN ỦY CAN LỘC", number="88-KH/HU", place="Can Lộc",
                   heading="KẾ HOẠCH", title="thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị", body="Nội dung."),
     "88-KH/HU@huyện Can Lộc", "Huyện ủy Can Lộc"),
    (_PARTY.format(parent="ĐẢNG BỘ HUYỆN YÊN THẾ", issuer="ĐẢNG ỦY XÃ ĐỒNG TÂM", number="05-BC/ĐU", place="Đồng Tâm",
                   heading="BÁO CÁO", title="sơ kết công tác quý I năm 2024", body="Nội dung."),
     "05-BC/ĐU@xã Đồng Tâm", "Đảng ủy xã Đồng Tâm"),
    (_PARTY.format(parent="ĐẢNG BỘ TỈNH NINH BÌNH", issuer="THÀNH ỦY TAM ĐIỆP", number="20-KH/TU", place="Tam Điệp",
                   heading="KẾ HOẠCH", title="về công tác năm 2024", body="Nội dung."),
     "20-KH/TU@thành phố Tam Điệp", "Thành ủy Tam Điệp"),
])
def test_a_local_bodys_own_number_is_qualified_by_its_unit(text, ident, issuer):
    doc = extract_text(text).document
    assert (doc.id, doc.issuer) == (ident, issuer)


def test_a_departments_own_number_takes_the_province_its_place_date_names():
    # "Sở Y tế" names no province; the body of a province writes the province's name in its place-date
    doc = extract_text(_state(issuer="UBND TỈNH LÀO CAI", unit="SỞ Y TẾ", number="321/KH-SYT", place="Lào Cai",
                              heading="KẾ HOẠCH", title="Phòng, chống dịch bệnh năm 2025")).document
    assert (doc.id, doc.issuer) == ("321/KH-SYT@Lào Cai", "Sở Y tế")


def test_a_ministrys_place_qualifies_nothing():
    doc = extract_text(_state(issuer="BỘ TÀI CHÍNH", unit="", number="12/2025/TT-BTC", place="Hà Nội",
                              heading="THÔNG TƯ", title="Quy định về phí")).document
    assert doc.id == "12/2025/TT-BTC"


@pytest.fixture
def two_communes(tmp_path):
    """A folder with two communes' decisions of the same number, and a store path beside it."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(_state(), encoding="utf-8")
    (tmp_path / "texts" / "b.txt").write_text(_state(unit="PHƯỜNG BẾN THÀNH", place="Thành phố Hồ Chí Minh",
                                                     title="Về việc giao nhiệm vụ", body="Điều 1. Giao nhiệm vụ."),
                                              encoding="utf-8")
    return tmp_path / "texts", tmp_path / "store"


def test_two_communes_numbers_are_two_documents_in_the_store(two_communes):
    from vanban.graph.store import Store
    from vanban.loaders import extract

    texts, store = two_communes
    with Store(store) as s:
        report = s.load([texts], extract=extract)
        assert [f.status for f in report.files] == ["added", "added"]
        rows = s.run("MATCH (d:Document) WHERE d.code = '12/QĐ-UBND' RETURN d.id, d.issuer ORDER BY d.id").rows
    assert [tuple(r) for r in rows] == [("12/QĐ-UBND@phường Bến Thành", "Ủy ban nhân dân phường Bến Thành"),
                                        ("12/QĐ-UBND@xã Tân Phú", "Ủy ban nhân dân xã Tân Phú")]


# ------------------------------------------------------------------ the header's two columns on one line

_TWO_COLUMNS = ("{left1:<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{left2:<40}Độc lập - Tự do - Hạnh phúc\n"
                "{number:<40}{place}, ngày 03 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2025\n\nNội dung.\n")


@pytest.mark.parametrize("left1, left2, number, place, ident, issuer", [
    ("ỦY BAN NHÂN DÂN", "HUYỆN CỦ CHI", "Số: 456/KH-UBND", "Củ Chi", "456/KH-UBND@huyện Củ Chi",
     "Ủy ban nhân dân huyện Củ Chi"),
    ("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 30/KH-UBND", "Tân Phú", "30/KH-UBND@xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),
    ("UBND TỈNH LÀO CAI", "SỞ Y TẾ", "Số: 321/KH-SYT", "Lào Cai", "321/KH-SYT@Lào Cai", "Sở Y tế"),
    # a district's division: its numbers repeat in every district, the district above it in the header qualifies them
    ("UBND HUYỆN GIA LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 55/KH-PGDĐT", "Gia Lâm", "55/KH-PGDĐT@huyện Gia Lâm",
     "Phòng Giáo dục và Đào tạo"),
])
def test_the_issuer_column_beside_the_national_one_on_the_same_lines(left1, left2, number, place, ident, issuer):
    # a text made from a Word table or a PDF page as laid out: the two columns side by side, blanks between
    doc = extract_text(_TWO_COLUMNS.format(left1=left1, left2=left2, number=number, place=place)).document
    assert (doc.id, doc.issuer, doc.type, doc.date) == (ident, issuer, "Kế hoạch", "2025-03-03")


def test_a_body_named_as_its_ministry_is_written_as_the_ministry():
    doc = extract_text(_state(issuer="UBND THÀNH PHỐ HÀ NỘI", unit="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="95/SGDĐT-VP",
                              place="Hà Nội", heading="", title="V/v tổ chức thi", body="Kính gửi: các trường.")).document
    assert doc.issuer == "Sở Giáo dục và Đào tạo"


# ------------------------------------------------------------------ what other texts cite

def _city(body: str) -> str:
    return _state(issuer="ỦY BAN NHÂN DÂN", unit="THÀNH PHỐ HỒ CHÍ MINH", number="77/KH-UBND",
                  place="Thành phố Hồ Chí Minh", heading="KẾ HOẠCH", title="Về phòng cháy", body=body)


def test_a_cited_districts_number_takes_the_district_not_the_files_province():
    x = extract_text(_city("Căn cứ Kế hoạch số 456/KH-UBND ngày 03 tháng 3 năm 2025 của Ủy ban nhân dân huyện Củ Chi;\n"
                           "Bãi bỏ Quyết định số 10/QĐ-UBND ngày 5 tháng 1 năm 2024 của UBND quận Gò Vấp.\n"))
    ids = {m.code: m.id for m in x.mentions if m.code}
    assert ids["456/KH-UBND"] == "456/KH-UBND@huyện Củ Chi"
    assert ids["10/QĐ-UBND"] == "10/QĐ-UBND@quận Gò Vấp"
    assert ("77/KH-UBND@Thành phố Hồ Chí Minh", "BASED_ON", "456/KH-UBND@huyện Củ Chi") in {
        (r.source, r.relation, r.target) for r in x.relations}


def test_a_citys_texts_name_it_bare_and_the_bare_city_is_the_files():
    # "của Ủy ban nhân dân Thành phố": the city's own committee, not a body named "Thành"
    x = extract_text(_city("Căn cứ Kế hoạch số 45/KH-UBND ngày 01 tháng 3 năm 2025 của Ủy ban nhân dân Thành phố;\n"))
    m = next(m for m in x.mentions if m.code == "45/KH-UBND")
    assert (m.id, m.issuer) == ("45/KH-UBND@Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố")


def test_a_title_after_the_issuer_is_not_part_of_its_name():
    x = extract_text("Quyết định số 24/2019/QĐ-UBND ngày 02/5/2019 của UBND thành phố Đà Nẵng Sửa đổi, bổ sung một số "
                     "điều của Quy định về quản lý.")
    m = next(m for m in x.mentions if m.code == "24/2019/QĐ-UBND")
    assert (m.id, m.issuer) == ("24/2019/QĐ-UBND@Đà Nẵng", "UBND thành phố Đà Nẵng")


def test_a_local_bodys_letter_is_qualified_as_its_own_number_is():
    # a letter's number names the body first ("6356/UBND-NNMT"): the letter's own id carries the province, and so
    # must a mention of it, or the edge misses the letter's node
    letter = extract_text(_state(issuer="ỦY BAN NHÂN DÂN", unit="THÀNH PHỐ HÀ NỘI", number="6356/UBND-NNMT",
                                 place="Hà Nội", heading="", title="V/v kiểm soát ô nhiễm không khí",
                                 body="Kính gửi: các sở, ngành.")).document
    assert letter.id == "6356/UBND-NNMT@Hà Nội"
    x = extract_text(_state(issuer="UBND THÀNH PHỐ HÀ NỘI", unit="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="5095/SGDĐT-VP",
                            place="Hà Nội", heading="", title="V/v kiểm soát ô nhiễm",
                            body="Thực hiện Công văn số 6356/UBND-NNMT ngày 01/12/2025 của UBND Thành phố, Sở Giáo "
                                 "dục và Đào tạo đề nghị các trường thực hiện."))
    assert x.document.id == "5095/SGDĐT-VP@Hà Nội"
    assert {m.id for m in x.mentions if m.code == "6356/UBND-NNMT"} == {letter.id}


def test_the_corpus_letters_of_a_department_cite_its_earlier_letter_in_its_province():
    # tvpl 3870cd0c35318a44 (dev split, the own number from the site's table): Sở Giáo dục và Đào tạo of Hồ Chí Minh
    # City, "Thành phố Hồ Chí Minh, ngày …"; its letter 4338/SGDĐT-GDTXNNĐH is the same department's
    from vanban.loaders import extract
    x = extract(str(FIXTURES / "3870cd0c35318a44.md"))
    assert x.document.id == "5155/SGDĐT-GDTXNNĐH@Thành phố Hồ Chí Minh"
    assert (x.document.id, "BASED_ON", "4338/SGDĐT-GDTXNNĐH@Thành phố Hồ Chí Minh") in {
        (r.source, r.relation, r.target) for r in x.relations}


# ------------------------------------------------------------------ the enacting sentence names the text itself

@pytest.mark.parametrize("sentence", [
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
    "Ủy ban nhân dân huyện xây dựng Kế hoạch thực hiện với các nội dung cụ thể như sau:",
])
def test_a_plan_as_follows_is_the_plan_itself_not_a_document_it_cites(sentence):
    x = extract_text(_state(unit="TỈNH QUẢNG NGÃI", number="125/KH-UBND", place="Quảng Ngãi", heading="KẾ HOẠCH",
                            title="Triển khai thực hiện Nghị định số 59/2024/NĐ-CP",
                            body="Căn cứ Nghị định số 59/2024/NĐ-CP ngày 04/6/2024 của Chính phủ;\n" + sentence
                                 + "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức triển khai kịp thời."))
    assert not [m for m in x.mentions if m.code is None and m.type == "Kế hoạch"]
    assert {(r.source, r.relation, r.target) for r in x.relations} == {
        ("125/KH-UBND@Quảng Ngãi", "BASED_ON", "59/2024/NĐ-CP"), ("125/KH-UBND@Quảng Ngãi", "IMPLEMENTS", "59/2024/NĐ-CP")}


@pytest.mark.parametrize("body, subject", [
    ("Căn cứ Kế hoạch về phòng, chống thiên tai của Ủy ban nhân dân tỉnh;", "phòng, chống thiên tai của Ủy ban nhân dân tỉnh"),
    ("Ủy ban nhân dân tỉnh đã ban hành Kế hoạch phòng, chống thiên tai năm 2024.", "phòng, chống thiên tai năm 2024"),
])
def test_a_described_plan_that_is_not_the_text_itself_stays(body, subject):
    # (guards: read so before this session too)
    x = extract_text(_state(unit="TỈNH QUẢNG NGÃI", number="126/KH-UBND", place="Quảng Ngãi", heading="KẾ HOẠCH",
                            title="Phòng cháy năm 2025", body=body + "\nNội dung."))
    assert [m.subject for m in x.mentions if m.code is None and m.type == "Kế hoạch"] == [subject]


@pytest.mark.parametrize("lines, issuer, parent", [
    (("UBND TỈNH LÀO CAI", "SỞ Y TẾ"), "Sở Y tế", "Ủy ban nhân dân tỉnh Lào Cai"),
    (("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY ĐẠI LỘC"), "Huyện ủy Đại Lộc", "Đảng bộ tỉnh Quảng Nam"),
    (("BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"), "Tổng cục Hải quan", "Bộ Tài chính"),
    (("TỈNH ỦY QUẢNG NGÃI", "VĂN PHÒNG"), "Văn phòng Tỉnh ủy Quảng Ngãi", None),      # the name holds its parent
    (("BỘ TÀI CHÍNH",), "Bộ Tài chính", None),
])
def test_the_header_names_the_body_the_issuer_stands_under(lines, issuer, parent):
    from vanban.loaders.header import issuer_and_parent
    assert issuer_and_parent(list(lines)) == (issuer, parent)


def test_a_name_wrapped_over_two_lines_is_no_parent():
    # the header's issuer read whole ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI" / "PHÒNG" is Hải Phòng's committee)
    doc = extract_text(_state(issuer="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI", unit="PHÒNG", number="12/2025/QĐ-UBND",
                              place="Hải Phòng", heading="QUYẾT ĐỊNH", title="Về phí")).document
    assert (doc.issuer, doc.parent) == ("Ủy ban nhân dân thành phố Hải Phòng", None)


def test_in_a_districts_text_its_own_levels_numbers_are_its_own_the_provinces_the_provinces():
    # the Party header names the province's committee above the district's ("ĐẢNG BỘ TỈNH QUẢNG NAM" / "HUYỆN ỦY
    # ĐẠI LỘC"): a Tỉnh ủy's plan is Quảng Nam's, a Huyện ủy's plan written bare the district's
    text = _PARTY.format(parent="ĐẢNG BỘ TỈNH QUẢNG NAM", issuer="HUYỆN ỦY ĐẠI LỘC", number="32-BC/HU", place="Đại Lộc",
                         heading="BÁO CÁO", title="tổng kết 10 năm thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị",
                         body="Thực hiện Kế hoạch số 150-KH/TU ngày 10/10/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ "
                              "Huyện ủy báo cáo như sau:\nI. KẾT QUẢ\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số "
                              "20-KH/HU ngày 01/8/2014 để triển khai Chỉ thị số 36-CT/TW.")
    x = extract_text(text)
    assert (x.document.id, x.document.parent) == ("32-BC/HU@huyện Đại Lộc", "Đảng bộ tỉnh Quảng Nam")
    ids = {m.code: m.id for m in x.mentions if m.code}
    assert ids["150-KH/TU"] == "150-KH/TU@Quảng Nam"
    assert ids["20-KH/HU"] == "20-KH/HU@huyện Đại Lộc"


def test_a_centres_text_under_the_city_cites_the_citys_decisions():
    # tvpl ca83e7689c9fc610 (fresh3): "UBND THÀNH PHỐ HÀ NỘI" over "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"; its bases
    # "Quyết định số 63/QĐ-UBND … của UBND Thành phố" are Hà Nội's, which the centre's name does not say
    from vanban.loaders import extract
    x = extract(str(FIXTURES / "ca83e7689c9fc610.md"))
    assert x.document.parent == "Ủy ban nhân dân thành phố Hà Nội"
    assert {m.id for m in x.mentions if m.code == "63/QĐ-UBND"} == {"63/QĐ-UBND@Hà Nội"}


@pytest.mark.parametrize("typed, body", [
    ("Ủy ban nhân dân xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),
    ("ủy ban nhân dân xã tân phú", "Ủy ban nhân dân xã Tân Phú"),
    ("UBND xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),                 # written short, as people write it
    ("xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),                      # the end of one body's name
    ("BTCTW", "Ban Tổ chức Trung ương"),                              # its code
    ("Ủy ban nhân dân", "Ủy ban nhân dân"),                           # several end so: as typed
    ("Bộ Y tế", "Bộ Y tế"),                                           # none: as typed
])
def test_a_body_is_found_as_users_type_it(typed, body):
    from vanban.domain.ids import body_id
    rows = [("Ủy ban nhân dân phường Bến Thành", None), ("Ủy ban nhân dân xã Tân Phú", None),
            ("Ban Tổ chức Trung ương", "BTCTW")]
    assert body_id(rows, typed) == body


def test_issued_by_a_commune_written_short(two_communes):
    from vanban.graph.store import Store
    from vanban.loaders import extract
    from vanban.queries.registry import run_query

    texts, store = two_communes
    with Store(store) as s:
        s.load([texts], extract=extract)
        rows = run_query(s, "issued-by", {"body": "UBND xã Tân Phú"}).rows
    assert [r[0] for r in rows] == ["12/QĐ-UBND@xã Tân Phú"]


# ------------------------------------------------------------------ the bodies a text names

@pytest.mark.parametrize("written, body", [
    ("Ủy ban nhân dân huyện Củ Chi", "Ủy ban nhân dân huyện Củ Chi"),
    ("UBND xã Tân Phú", "Ủy ban nhân dân xã Tân Phú"),
    ("Hội đồng nhân dân thị trấn Đông Anh", "Hội đồng nhân dân thị trấn Đông Anh"),
    ("Công an phường 12", "Công an phường 12"),
    ("Huyện ủy Đại Lộc", "Huyện ủy Đại Lộc"),
    ("Thị ủy Sơn Tây", "Thị ủy Sơn Tây"),
    ("Thành ủy Tam Điệp", "Thành ủy Tam Điệp"),
    ("Đảng ủy xã Đồng Tâm", "Đảng ủy xã Đồng Tâm"),
])
def test_a_body_below_the_province_is_one_body(written, body):
    x = extract_text(f"Giao {written} chủ trì thực hiện.")
    assert [(b.name, b.surface) for b in x.bodies] == [(body, written)]


def test_its_sub_body_nests_it():
    x = extract_text("Giao Ban Tổ chức Huyện ủy Can Lộc chủ trì.")
    assert [b.name for b in x.bodies] == ["Ban Tổ chức Huyện ủy Can Lộc", "Huyện ủy Can Lộc"]


@pytest.mark.parametrize("text", [
    "Giao Ủy ban nhân dân các xã, phường chủ trì.",           # a class
    "Giao Ủy ban nhân dân huyện chủ trì.",                    # the level alone
    "Ngã ba đường dân sinh qua Ủy ban nhân dân xã Thuận\nAn.",  # the name cut by the line's end (congbao 153/2026)
    "Kính gửi: - UBND xã 2)………",                              # a form's note (congbao VBHN 1345)
])
def test_no_body_where_the_unit_is_not_named_whole(text):
    assert not [b for b in extract_text(text).bodies if "xã" in b.name or "huyện" in b.name]


def test_a_city_that_is_a_province_stays_the_provinces_body():
    x = extract_text("Giao Thành ủy Hà Nội và Ủy ban nhân dân thành phố Hà Nội chủ trì.")
    assert [b.name for b in x.bodies] == ["Thành ủy Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"]


@pytest.mark.parametrize("text, ident, issuer", [
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nQUẬN ỦY QUẬN 1\n*\nSố 15-CT/QU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuận 1, ngày 10 tháng 02 năm "
     "2024\n\nCHỈ THỊ\nvề công tác năm 2024\n", "15-CT/QU@quận 1", "Quận ủy quận 1"),   # (QU: a district committee's
    #   code since session 35, its number qualified by its district as a Huyện ủy's "…/HU@huyện …" is)
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG 12\nSố: 30/QĐ-UBND\nPhường 12, ngày 10 tháng 8 năm 2025\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n",
     "30/QĐ-UBND@phường 12", "Ủy ban nhân dân phường 12"),
])
def test_a_unit_numbered_not_named_is_the_issuers_line(text, ident, issuer):
    # (a header line with a digit is no issuer's, but for the number that names a district or a ward)
    doc = extract_text(text).document
    assert (doc.id, doc.issuer) == (ident, issuer)


# ------------------------------------------------------------------ a review's report

def _report(title: str) -> str:
    return _PARTY.format(parent="ĐẢNG BỘ TỈNH QUẢNG NAM", issuer="HUYỆN ỦY ĐẠI LỘC", number="32-BC/HU", place="Đại Lộc",
                         heading="BÁO CÁO", title=title, body="I. KẾT QUẢ\nNội dung.")


@pytest.mark.parametrize("title, target", [
    ("tổng kết 10 năm thực hiện Chỉ thị số 36-CT/TW ngày 25/6/2014 của Bộ Chính trị về đại hội đảng bộ các cấp",
     "36-CT/TW"),
    ("sơ kết 5 năm thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh", "12-NQ/TU@Quảng Nam"),
])
def test_a_report_titled_as_a_review_reviews_it(title, target):
    # the seed's draft review reports ("DRAFT-BC-SO-KET-5-NAM-18-NQ/TW REVIEWS 18-NQ/TW"): the report named in the
    # text is the review's source; a report's own title names it, so it is the report, not an implicit review, and
    # its "thực hiện" is the review's object, nothing the report implements
    x = extract_text(_report(title))
    assert {(r.source, r.relation, r.target) for r in x.relations} == {("32-BC/HU@huyện Đại Lộc", "REVIEWS", target)}


def test_a_report_of_results_is_no_review():
    # (a guard: its relation was read so before; the own id carries the district since this session)
    x = extract_text(_report("kết quả thực hiện Nghị quyết số 12-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh"))
    assert {(r.source, r.relation, r.target) for r in x.relations} == {
        ("32-BC/HU@huyện Đại Lộc", "IMPLEMENTS", "12-NQ/TU@Quảng Nam")}


def test_in_a_districts_letter_its_committees_bare_number_is_the_districts():
    # a letter's number names its body first ("456/UBND-VP"): the bare "15/QĐ-UBND" is of the same body's kind
    x = extract_text("ỦY BAN NHÂN DÂN\nHUYỆN CỦ CHI\nSố: 456/UBND-VP\nCủ Chi, ngày 03 tháng 3 năm 2025\nV/v triển khai\n"
                     "Kính gửi: các xã.\nThực hiện Quyết định số 15/QĐ-UBND ngày 01/3/2025, Ủy ban nhân dân huyện đề nghị "
                     "các xã thực hiện.\n")
    assert x.document.id == "456/UBND-VP@huyện Củ Chi"
    assert {m.id for m in x.mentions if m.code == "15/QĐ-UBND"} == {"15/QĐ-UBND@huyện Củ Chi"}

"""Session 25: what a blind set of real pages (read and annotated before the tool ran on them) showed.

Each rule is one of structure or of how text arrives, not of one text's words:
* a title in capitals writes a mixed-case type code in capitals ("QUY ĐỊNH SỐ 07-QĐI/TW" is 07-QĐi/TW);
* a typed "." for the hyphen of a state number may stand after a space ("2093/2005/QĐ .UBND");
* "Thu hồi Quyết định số A" withdraws A: the act that ends a decision, as "bãi bỏ" does;
* the type heading names the document; only a consolidated text (VBHN) repeats another's heading, so only there
  does the number's type code win ("Số: 55/2007/CT-UBND" over the heading QUYẾT ĐỊNH is still a decision);
* a submission or a report, like a letter, may carry its office's code alone ("Tờ trình số 126/SKHĐT").
The texts below are made for the tests, in the shape of the documents read (not copies of them).
"""
from __future__ import annotations

from vanban.loaders import extract_text

STATE_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}
Hà Giang, ngày {date}
{heading}
{title}
"""
DECISION_HEAD = STATE_HEAD.replace("{date}", "06 tháng 10 năm 2009") + "ỦY BAN NHÂN DÂN TỈNH\n"


def _rels(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


def _ids(x):
    return {m.id for m in x.mentions}


def test_a_caps_title_writes_the_party_code_qdi_in_capitals():
    text = """BAN CHẤP HÀNH TRUNG ƯƠNG
ỦY BAN KIỂM TRA
-------
ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số: 11-HD/UBKTTW
Hà Nội, ngày 10 tháng 3 năm 2020

HƯỚNG DẪN

THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 12-QĐI/TW, NGÀY 15/01/2020 CỦA BỘ CHÍNH TRỊ VỀ KỶ LUẬT ĐẢNG VIÊN

- Căn cứ Quy định số 12-QĐi/TW, ngày 15/01/2020 của Bộ Chính trị về kỷ luật đảng viên;

Ủy ban Kiểm tra Trung ương hướng dẫn như sau:

1. Về thời hiệu kỷ luật.
"""
    x = extract_text(text)
    assert x.document.code == "11-HD/UBKTTW"
    assert "12-QĐI/TW" not in _ids(x)                 # one document, not two spellings of it
    assert ("11-HD/UBKTTW", "GUIDES", "12-QĐi/TW") in _rels(x)
    assert ("11-HD/UBKTTW", "BASED_ON", "12-QĐi/TW") in _rels(x)


def test_caps_state_number_type_code_tr_is_ttr():
    x = extract_text("Căn cứ Tờ trình số 42/TTR-VPUB ngày 06/11/2018 của Văn phòng.\n")
    assert "42/TTr-VPUB" in _ids(x)


def test_an_all_caps_party_code_that_is_no_type_is_still_not_read():
    # "QĐX" names no type code, in capitals or not: no number is made up from it
    x = extract_text("Theo văn bản 12-QĐX/TW của cơ quan.\n")
    assert not [i for i in _ids(x) if i.startswith("12-")]


def test_a_space_before_the_dot_typed_for_the_hyphen():
    text = DECISION_HEAD.format(number="18/2009/QĐ-UBND", heading="QUYẾT ĐỊNH",
                             title="Về việc đổi tên các đài truyền thanh") + """Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ Quyết định số 2093/2005/QĐ .UBND ngày 06/9/2005 của Ủy ban nhân dân tỉnh về việc đổi tên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    x = extract_text(text)
    targets = {r.target for r in x.relations if r.relation == "REPEALS"}
    assert any(t.startswith("2093/2005/QĐ-UBND") for t in targets), x.relations
    assert not [i for i in _ids(x) if i.startswith("2093/2005/QĐ") and "UBND" not in i]


def test_thu_hoi_a_decision_repeals_it():
    text = DECISION_HEAD.format(number="18/2009/QĐ-UBND", heading="QUYẾT ĐỊNH",
                             title="VỀ VIỆC THU HỒI QUYẾT ĐỊNH SỐ 2093/2005/QĐ-UBND NGÀY 06/9/2005") + """\
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Thu hồi Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005 của Ủy ban nhân dân tỉnh về việc đổi tên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    x = extract_text(text)
    own = x.document.id
    assert {(r.source, r.relation) for r in x.relations if r.target.startswith("2093/2005/QĐ-UBND")} == {(own, "REPEALS")}


def test_thu_hoi_land_under_a_decision_is_no_act_on_it():
    text = DECISION_HEAD.format(number="19/2009/QĐ-UBND", heading="QUYẾT ĐỊNH", title="Về việc giao đất") + """\
Căn cứ Luật Đất đai;
QUYẾT ĐỊNH:
Điều 1. Thu hồi đất theo Quyết định số 2093/2005/QĐ-UBND ngày 06/9/2005 của Ủy ban nhân dân tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    x = extract_text(text)
    assert not [r for r in x.relations if r.relation == "REPEALS"]


def test_the_heading_names_the_type_even_when_the_code_says_another():
    text = DECISION_HEAD.format(number="55/2007/CT-UBND", heading="QUYẾT ĐỊNH",
                             title="BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG GIAI ĐOẠN 2006 - 2010") + """\
Căn cứ Nghị quyết số 18/2006/NQ-HĐND ngày 18/12/2006 của Hội đồng nhân dân tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.
"""
    x = extract_text(text)
    assert x.document.code == "55/2007/CT-UBND"
    assert x.document.type == "Quyết định"


def test_a_consolidated_text_still_takes_its_type_from_its_number():
    text = """VĂN PHÒNG QUỐC HỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 07/VBHN-VPQH
Hà Nội, ngày 10 tháng 7 năm 2023
LUẬT
ĐẦU TƯ CÔNG
Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 01 năm 2020,
được sửa đổi, bổ sung bởi:
"""
    x = extract_text(text)
    assert x.document.type == "Văn bản hợp nhất"


def test_a_submission_and_a_report_numbered_with_the_office_code_alone():
    x = extract_text("Theo đề nghị của Sở tại Tờ trình số 126/SKHĐT ngày 23/01/2007 và Báo cáo số 45/STC ngày 2/2/2007.\n")
    assert {"126/SKHĐT", "45/STC"} <= _ids(x)


def test_an_office_code_alone_after_another_word_is_no_number():
    # the shape "number/CODE" alone names a document only after a letter's, a submission's or a report's word
    x = extract_text("Mã hồ sơ số 126/SKHĐT được cấp cho doanh nghiệp.\n")
    assert "126/SKHĐT" not in _ids(x)


def test_a_caps_title_writes_the_prime_ministers_code_in_capitals():
    text = STATE_HEAD.format(number="594/KH-UBND", date="21 tháng 10 năm 2021", heading="KẾ HOẠCH", title=(
        "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ PHÁT ĐỘNG THI ĐUA")) + """\
Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về phát động thi đua, Ủy ban nhân dân tỉnh
ban hành Kế hoạch như sau:
"""
    x = extract_text(text)
    assert "19/CT-TTG" not in _ids(x)
    assert {r.target for r in x.relations if r.relation == "IMPLEMENTS"} == {"19/CT-TTg"}


def test_a_span_of_years_or_months_after_a_type_word_is_no_number():
    x = extract_text("Thi đua thực hiện thắng lợi Kế hoạch 5 năm (2021 - 2025) và báo cáo Chương trình 6 tháng đầu năm.\n")
    assert not [m for m in x.mentions if m.rule == "short-number"]


def test_a_short_number_with_its_year_or_date_is_still_one():
    x = extract_text("Thực hiện Chỉ thị 05 năm 2020 và Kết luận 39 ngày 20/10/2022 của Tỉnh ủy.\n")
    assert {m.id for m in x.mentions if m.rule == "short-number"} == {"CT 05", "KL 39"}


def test_a_number_with_a_letter_alone_in_its_line_with_the_date_written_out():
    # the unit's only hint of a number is "30c/": no date in figures beside it
    x = extract_text("Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ;\n")
    assert _ids(x) == {"30c/NQ-CP"}


PDF_LOST_HYPHENS = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 1961/QĐUBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập  Tự do  Hạnh phúc
Hà Giang, ngày 28 tháng 8 năm 2019
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình cải cách;
Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ về cơ chế một cửa;
Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về việc thành lập Trung tâm;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.
"""


def test_a_pdf_text_that_lost_the_hyphens_of_numbers_without_a_year():
    x = extract_text(PDF_LOST_HYPHENS)
    assert x.document.code == "1961/QĐ-UBND"
    own = x.document.id
    based = {r.target.split("@")[0] for r in x.relations if r.source == own and r.relation == "BASED_ON" and "/" in r.target}
    assert based == {"30c/NQ-CP", "61/2018/NĐ-CP", "2468/QĐ-UBND"}


def test_a_known_issuer_code_is_not_split_as_a_glued_type():
    # "TTCP" is the Government Inspectorate, not TT + CP
    x = extract_text("Thực hiện Công văn số 1234/TTCP ngày 10/5/2020 của Thanh tra Chính phủ.\n")
    assert "1234/TTCP" in _ids(x)
    assert "1234/TT-CP" not in _ids(x)


def test_a_header_number_whose_letters_split_into_no_known_codes_is_not_read():
    text = PDF_LOST_HYPHENS.replace("Số: 1961/QĐUBND", "Số: 1961/XYZABC")
    assert extract_text(text).document.code is None


PROVINCIAL_CONCLUSION = """TỈNH ỦY THỪA THIÊN HUẾ
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 445-KL/TƯ
Thừa Thiên Huế, ngày 13 tháng 5 năm 2022
KẾT LUẬN
HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH
về xây dựng hệ thống kết cấu hạ tầng
I. ĐÁNH GIÁ TÌNH HÌNH
Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hệ thống kết cấu hạ tầng có bước phát triển.
Thực hiện Nghị quyết số 21-NQ/TƯ của Bộ Chính trị, các cấp ủy đã vào cuộc.
"""


def test_a_provincial_committees_tu_written_with_a_horn_is_its_tu():
    x = extract_text(PROVINCIAL_CONCLUSION)
    assert x.document.code == "445-KL/TU"
    codes = {m.id.split("@")[0] for m in x.mentions}
    assert "445-KL/TW" not in codes                  # the own number, not a second document of the Centre
    assert "13-NQ/TU" in codes                       # "… của Tỉnh ủy"
    assert "21-NQ/TW" in codes                       # "… của Bộ Chính trị": the Centre's


def test_the_centres_tw_written_with_a_horn_stays_tw():
    text = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-KL/TƯ
Hà Nội, ngày 13 tháng 5 năm 2022
KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về xây dựng hệ thống kết cấu hạ tầng
Thực hiện Nghị quyết số 13-NQ/TƯ, các cấp ủy đã vào cuộc.
"""
    x = extract_text(text)
    assert x.document.code == "12-KL/TW"
    assert {m.id for m in x.mentions} >= {"12-KL/TW", "13-NQ/TW"}


WRAPPED_PARTS = """Điều 2. Hiệu lực thi hành
3. Thay thế cụm từ “doanh nghiệp nhà nước” bằng cụm từ “doanh nghiệp do Nhà nước
nắm giữ 100% vốn điều lệ” quy định tại điểm a khoản 2 Điều 43 của Luật Quản lý,
sử dụng vũ khí số 14/2017/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 50/2019/QH14;
Điều 19 của Luật Tố cáo số 25/2018/QH14; các điều 3, 20, 30, 34, 39 và 61 của
Luật Phòng, chống tham nhũng số 36/2018/QH14.
4. Chính phủ quy định việc đăng ký.
"""


def test_an_enumeration_of_parts_goes_on_over_a_semicolon_at_a_lines_end():
    # (bench/accuracy_rewrap.py --modes wrap: a consolidated law wrapped at 80 characters lost the last two)
    x = extract_text(WRAPPED_PARTS)
    scopes = {r.target: r.scope for r in x.relations if r.relation == "AMENDS"}
    assert scopes.get("25/2018/QH14") == "Điều 19"
    assert scopes.get("36/2018/QH14") == "các điều 3, 20, 30, 34, 39 và 61"


def test_an_article_heading_after_a_semicolon_still_starts_its_article():
    text = WRAPPED_PARTS.replace("Điều 19 của Luật Tố cáo số 25/2018/QH14; các điều 3, 20, 30, 34, 39 và 61 của\n"
                                 "Luật Phòng, chống tham nhũng số 36/2018/QH14.\n",
                                 "Điều 3. Bãi bỏ Quyết định số 25/2018/QĐ-TTg.\n")
    x = extract_text(text)
    assert {(r.relation, r.target) for r in x.relations if r.target.startswith("25/2018")} == {
        ("REPEALS", "25/2018/QĐ-TTg")}

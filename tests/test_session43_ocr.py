"""Session 43: a scanned circular's numbers and cues as OCR left them (teije05-art/clone-pjj-tax-legal-22dec, gold
fresh39): "sô"/"sé"/"s6" for "số", "0H13" for "QH13", "19-2017/NQ-CP" with a hyphen for the first slash,
"UBTVQHI5", and an amending law's title with its marks lost.  The texts below are made, in the scan's wording."""
from __future__ import annotations

from vanban.loaders import extract_text
from vanban.loaders.clean import fix_so_look_alikes

HEAD = """BỘ TÀI CHÍNH
Số: 52/2018/TT-BTC
Hà Nội, ngày 15 tháng 06 năm 2018

THÔNG TƯ
Sửa đổi, bổ sung Thông tư về hóa đơn

"""


def _extract(body: str):
    return extract_text(HEAD + body + "\n", file="scan.txt")


def _codes(body: str):
    return {m.code for m in _extract(body).mentions}


def _rels(body: str):
    return {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in _extract(body).relations}


def test_so_misread_before_a_number_is_so():
    assert fix_so_look_alikes("của Thông tư sô 26/2015/TT-BTC") == "của Thông tư số 26/2015/TT-BTC"
    assert fix_so_look_alikes("Nghị định sé 51/2010/NĐ-CP") == "Nghị định số 51/2010/NĐ-CP"
    assert fix_so_look_alikes("gia tăng s6 31/2013/QH13") == "gia tăng số 31/2013/QH13"
    assert fix_so_look_alikes("một sé điều của") == "một số điều của"


def test_so_look_alikes_elsewhere_stay():
    for text in ("ghi vào sổ 12 trang", "lsô 12/2020/TT-BTC", "sô cô la", "số 12/2020/TT-BTC"):
        assert fix_so_look_alikes(text) == text


def test_amenders_named_with_a_misread_so_are_read():
    rels = _rels("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 64/2013/TT-BTC (đã được sửa đổi, bổ sung theo "
                 "Thông tư sô 119/2014/TT-BTC ngày 25/8/2014, Thông tư sô 26/2015/TT-BTC ngày 27/02/2015 của Bộ Tài "
                 "chính) như sau:")
    assert {("119/2014/TT-BTC", "AMENDS", "64/2013/TT-BTC"), ("26/2015/TT-BTC", "AMENDS", "64/2013/TT-BTC")} <= rels


def test_zero_for_the_q_of_a_law_number():
    assert "01/2002/QH11" in _codes("Căn cứ Luật Ngân sách nhà nước số 01/2002/0H11 ngày 16 tháng 12 năm 2002;")


def test_amending_law_title_with_lost_marks_amends_the_base_law():
    rels = _rels("Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29 tháng 11 năm 2006 và Luật sửa đổi, bô sung một số "
                 "diéu của Luật Quan ly thuế số 21/2012/0H13 ngày 20 tháng 11 năm 2012;")
    assert ("21/2012/QH13", "AMENDS", "78/2006/QH11") in rels
    assert ("52/2018/TT-BTC", "BASED_ON", "21/2012/QH13") in rels


def test_hyphen_for_the_first_slash_of_a_state_number():
    rels = _rels("Căn cứ Nghị quyết 19-2017/NQ-CP ngày 6 tháng 2 năm 2017 của Chính phủ về tiếp tục thực hiện những "
                 "nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh;")
    assert ("52/2018/TT-BTC", "BASED_ON", "19/2017/NQ-CP") in rels


def test_a_span_of_years_is_no_number():
    codes = _codes("Điều 2. Kế hoạch giai đoạn 2016-2020/QĐ-UBND được thực hiện.")
    assert not {c for c in codes if c and c.startswith("2016/")}


def test_standing_committee_term_with_a_look_alike_of_one():
    assert "406/NQ-UBTVQH15" in _codes("Căn cứ Nghị quyết số 406/NQ-UBTVQHI5 ngày 19/10/2021 của Ủy ban Thường vụ "
                                       "Quốc hội;")


def test_amenders_phrase_with_a_misread_mark_of_sua_doi():
    # "Luật số B sửa đôi, bô sung một số điều của Luật …": the cue after the number, beside an exact one
    rels = _rels("Căn cứ Luật thuế giá trị gia tăng số 13/2008/QH12, Luật số 31/2013/QH13 sửa đổi, bổ sung một số "
                 "điều của Luật thuế giá trị gia tăng và Luật số 106/2016/QH13 sửa đôi, bô sung một số điều của Luật "
                 "thuế giá trị gia tăng, Luật thuế tiêu thụ đặc biệt và Luật quản lý thuế;")
    assert {("31/2013/QH13", "AMENDS", "13/2008/QH12"), ("106/2016/QH13", "AMENDS", "13/2008/QH12")} <= rels


LOCAL_HEAD = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 16/2026/QĐ-UBND
Lào Cai, ngày 20 tháng 01 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp

"""


def test_law_number_without_its_code_takes_the_term_of_its_year():
    ex = extract_text(LOCAL_HEAD + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025 được sửa\nđổi, bổ sung "
                      "bởi Luật số 87/2025/QH15;\n", file="law.txt")
    rels = {(r.source.split("@")[0], r.relation, r.target) for r in ex.relations}
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15") in rels
    assert ("16/2026/QĐ-UBND", "BASED_ON", "64/2025/QH15") in rels


def test_number_and_year_alone_elsewhere_are_no_law():
    # not after "Luật … số"; and a year two terms shared (2016) gives no code
    ex = extract_text(LOCAL_HEAD + "Căn cứ Nghị quyết số 64/2025 ngày 3 tháng 3 năm 2025;\n\nCăn cứ Luật Đất đai số "
                      "45/2016 ngày 29 tháng 11 năm 2016;\n", file="law.txt")
    assert not {m.code for m in ex.mentions if m.code and m.code.startswith(("64/2025", "45/2016"))}


def test_a_ministrys_code_alone_before_1996():
    # "Thông tư số 03/NV ngày 1/2/1963 của Bộ Nội vụ": a number of the years before the 1996 law, its issuer alone;
    # after 1996 such a shape after "Thông tư" is no number
    text = (LOCAL_HEAD + "Điều 1. Người hưởng chế độ theo Thông tư số 32/TT-TC ngày 14/10/1960 và Thông tư số 03/NV "
            "ngày 1/2/1963 của Bộ Nội vụ; Thông tư số 05/BXD ngày 1/2/2005.\n")
    codes = {m.code for m in extract_text(text, file="old.txt").mentions}
    assert "03/NV" in codes
    assert "05/BXD" not in codes

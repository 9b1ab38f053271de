"""Session 29: what bench/accuracy_ocr.py's scans (seeds 1-4) showed, and a list's issuer it brought to light.

Each rule is one of how text arrives from a scan or of the layout of a preamble, not of one text's words:
* a preamble's proposal ("Theo đề nghị …", "Xét Tờ trình …") read onto the line of the last "Căn cứ" item (a lost
  break, a speck between them) names what was proposed, not a base;
* a date's words with a mark or a letter misread ("nặm", "hăm", "thắng", "hgày") or a speck between them
  ("tháng 11.năm") are the date's words: the date still stands between a number and its issuer, and what the
  sentence says of the number is read;
* a number's digits as Tesseract sets them: a gap after a narrow leading digit right after "số" ("số 1 18/2025/NĐ-CP"),
  a year no document has yet, one digit off the date written after it ("118/2925/NĐ-CP ngày 09/6/2025");
* an issuer stated after the first document of a list is that document's alone; only one stated before the list
  ("X ban hành A; B") or after its last document ("A và B của X") covers the whole list (the seed gold's
  issuer_distributed).
The texts below are made for the tests, in the shape of the scans read (not copies of them).
"""
from __future__ import annotations

import pytest

from tests.test_session25_blind import STATE_HEAD
from vanban.loaders import extract_text
from vanban.loaders.clean import clean, fix_date_words, fix_number_slips

DECISION = STATE_HEAD.format(number="98/2025/QĐ-UBND", date="20 tháng 11 năm 2025", heading="QUYẾT ĐỊNH",
                             title="Về việc phân cấp thẩm quyền") + "ỦY BAN NHÂN DÂN TỈNH\n"


def _rels(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


@pytest.mark.parametrize("speck", ["", "' ", ". ", "_ "])
def test_a_proposal_run_into_the_last_base_item_is_no_base(speck):
    text = DECISION + (
        "Căn cứ Nghị định số 155/2025/NĐ-CP ngày 16 tháng 6 năm 2025 của Chính phủ quy định tiêu chuẩn, định mức sử "
        f"dụng trụ sở làm việc; {speck}Theo đề nghị của Sở Tài chính tại Tờ trình số 8195/TTr-STC ngày 31 tháng 10 "
        "năm 2025; Báo cáo thẩm định số 294/BC-STP ngày 12 tháng 9 năm 2025 của Sở Tư pháp;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    x = extract_text(text)
    bases = {t for s, r, t in _rels(x) if r == "BASED_ON"}
    assert bases == {"155/2025/NĐ-CP"}
    assert {"8195/TTr-STC", "294/BC-STP"} <= {m.id.split("@")[0] for m in x.mentions}     # still references


def test_a_second_base_run_into_the_line_is_still_a_base():
    # (guard: only the proposal stops the item's bases; "…; Căn cứ …" on one line goes on)
    text = DECISION + (
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; ' Căn cứ Nghị định số 155/2025/NĐ-CP ngày 16 "
        "tháng 6 năm 2025 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    bases = {t for s, r, t in _rels(extract_text(text)) if r == "BASED_ON"}
    assert bases == {"72/2025/QH15", "155/2025/NĐ-CP"}


@pytest.mark.parametrize("written, read", [
    ("ngày 28 tháng 11 hăm 2023", "ngày 28 tháng 11 năm 2023"),
    ("ngày 30 tháng 10 nặm 2022", "ngày 30 tháng 10 năm 2022"),
    ("ngày 28 tháng 11.năm 2023", "ngày 28 tháng 11 năm 2023"),
    ("ngày 12 thắng 11 năm 2024", "ngày 12 tháng 11 năm 2024"),
    ("hgày 09 tháng 6 năm 2025", "ngày 09 tháng 6 năm 2025"),
    ("rigày 09 tháng 6 năm 2025", " ngày 09 tháng 6 năm 2025"),
    ("ngày 22 tháng 12 nám 2024", "ngày 22 tháng 12 năm 2024"),       # (a typist's slip on a real page)
])
def test_a_date_s_misread_words(written, read):
    assert fix_date_words(written) == read
    assert clean(written) == read


@pytest.mark.parametrize("text", [
    "ngày 09 tháng 6 năm 2025",               # whole: returned as it is
    "trong 5 tháng, 3 năm 2020",              # no "ngày": no date
    "ngày 09 tháng 6 năm 20255",              # no year of four digits
    "Tháng 6 năm 2025, ngày 3 tháng sau",
])
def test_what_is_no_misread_date_is_left(text):
    assert fix_date_words(text) == text


def test_an_amender_after_a_misread_date_is_read():
    text = DECISION + (
        "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều "
        "của Luật Quản lý thuế; Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 nặm 2022 của Chính phủ sửa đổi, bổ sung "
        "một số điều của Nghị định số 126/2020/NĐ-CP;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    assert ("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP") in _rels(extract_text(text))


def _issuers(text):
    return {m.id: m.issuer for m in extract_text(text).mentions}


def test_an_issuer_after_the_first_of_a_list_is_its_own():
    got = _issuers("Hoàn thành các nhiệm vụ tại Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị, "
                   "Nghị quyết số 71/NQ-CP ngày 01 tháng 4 năm 2025, Nghị quyết số 214/NQ-CP ngày 23 tháng 7 năm "
                   "2025; Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương.")
    assert got["57-NQ/TW"] == "Bộ Chính trị"
    assert got["71/NQ-CP"] is None and got["214/NQ-CP"] is None and got["02-KH/BCĐTW"] is None


def test_an_issuer_before_a_list_or_after_its_last_covers_it():
    # (guards: the two ways the gold distributes one stated issuer over a list)
    after = _issuers("Thực hiện Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.")
    assert after["18-NQ/TW"] == after["19-NQ/TW"] == "Ban Chấp hành Trung ương"
    before = _issuers("Bộ Chính trị ban hành Quy định số 41-QĐ/TW; Quy định số 80-QĐ/TW; Quy định số 105-QĐ/TW.")
    assert before["41-QĐ/TW"] == before["80-QĐ/TW"] == before["105-QĐ/TW"] == "Bộ Chính trị"


@pytest.mark.parametrize("written, code", [
    ("Nghị định số 1 18/2025/NĐ-CP ngày 09 tháng 6 năm 2025", "118/2025/NĐ-CP"),     # a gap after a narrow "1"
    ("Nghị định số 1 17/2017/NĐ-CP ngày 16 tháng 10 năm 2017", "117/2017/NĐ-CP"),
    ("Nghị định số 1 18/202 5/NĐ-CP ngày 09 tháng 6 năm 2025", "118/2025/NĐ-CP"),    # (its year split too)
    ("Nghị định số 118/2925/NĐ-CP ngày 09 tháng 6 năm 2025", "118/2025/NĐ-CP"),      # a year one digit off its date's
    ("Nghị định số 118/2925/NĐ-CP ngày 09/6/2025", "118/2025/NĐ-CP"),
])
def test_a_number_s_digits_as_a_scan_sets_them(written, code):
    x = extract_text(DECISION + f"Căn cứ {written} của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    assert (x.document.id, "BASED_ON", code) in _rels(x)


@pytest.mark.parametrize("text", [
    "Điều 1 18/2025 người",                                  # not after "số"
    "hồ sơ 1 18/2025/NĐ-CP",                                 # "sơ" is no "số"
    "Nghị định số 118/2925/NĐ-CP ngày 09 tháng 6 năm 2020",  # two digits off: left as written
    "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025",
])
def test_what_is_no_number_slip_is_left(text):
    assert fix_number_slips(text) == text

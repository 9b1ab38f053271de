"""Session 28: what bench/accuracy_ocr.py's scans (seeds 1-4) showed OCR does to a header and to numbers.

Each rule is one of how text arrives from a scan, not of one text's words:
* specks around the header's date: "Hà. Nội, ngày 27.tháng 3 năm 2026", "Hà Nội,.ngày 06 …", "ngày.15 tháng 5 …";
  and a place is a whole word: "Số: 132/2026/NĐ-CP Hà Nội, ngày …" gives "Hà Nội", not "P Hà Nội";
* a mark for the hyphen after a type code that is never an issuer alone, also without a year and before the Prime
  Minister's code ("624/QĐ:“TTg", "624/QĐ.UBND", "24/2016/QĐ.TTg");
* a space inside a mixed-case type code ("421/TT r-UBND") or inside the National Assembly's term ("89/2015/QH1 3");
  a decree's issuer in the wrong case ("362/2015/NĐ- cP");
* the national line's tail set beside the issuer ("BỘ TÀI CHÍNH VIỆT NAM") and a speck read as a letter and a mark
  on a line of its own ("T+") are not the issuer's.
The texts below are made for the tests, in the shape of the scans read (not copies of them).
"""
from __future__ import annotations

import pytest

from tests.test_session28_blind import DECISION
from vanban.loaders import extract_text
from vanban.loaders.header import find_place_dates, issuer_from_lines


@pytest.mark.parametrize("line, place, date", [
    ("Hà. Nội, ngày 27.tháng 3 năm 2026", "Hà Nội", "2026-03-27"),
    ("Hà Nội,.ngày 06 tháng 4 năm 2026", "Hà Nội", "2026-04-06"),
    ("Hà Nội, ngày.15 tháng 5 năm 2026", "Hà Nội", "2026-05-15"),
    ("Số: 132/2026/NĐ-CP Hà Nội,.ngày 06 tháng 4 năm 2026", "Hà Nội", "2026-04-06"),
    ("Số 75-KL/TW Hà Nội, ngày 28 tháng 7 năm 2026", "Hà Nội", "2026-07-28"),
    ("TP. Hồ Chí Minh, ngày 1 tháng 2 năm 2020", "TP. Hồ Chí Minh", "2020-02-01"),
])
def test_a_header_date_with_a_scan_s_specks(line, place, date):
    assert [(p, d) for p, d, _ in find_place_dates([line])] == [(place, date)]


@pytest.mark.parametrize("written, code", [
    ("Quyết định số 624/QĐ:“TTg ngày 06 tháng 4 năm 2016 của Thủ tướng Chính phủ", "624/QĐ-TTg"),
    ("Quyết định số 624/QĐ.UBND ngày 06 tháng 4 năm 2016 của Ủy ban nhân dân tỉnh", "624/QĐ-UBND@Hà Giang"),
    ("Quyết định số 24/2016/QĐ.TTg ngày 06 tháng 4 năm 2016 của Thủ tướng Chính phủ", "24/2016/QĐ-TTg"),
    ("Tờ trình số 421/TT r-UBND ngày 06 tháng 4 năm 2016 của Ủy ban nhân dân tỉnh", "421/TTr-UBND@Hà Giang"),
    ("Nghị định số 362/2015/NĐ- cP ngày 06 tháng 4 năm 2015 của Chính phủ", "362/2015/NĐ-CP"),
    ("Luật Ngân sách nhà nước số 89/2015/QH1 3", "89/2015/QH13"),
])
def test_a_number_as_a_scan_reads_it(written, code):
    x = extract_text(DECISION + f"Căn cứ {written};\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    assert (x.document.id, "BASED_ON", code) in {(r.source, r.relation, r.target) for r in x.relations}


def test_a_type_code_alone_before_a_word_is_still_no_number():
    # "624/QĐ." before a sentence's next word in capitals is no issuer code: nothing is made of it
    x = extract_text(DECISION + "Căn cứ Quyết định số 624/QĐ. Ủy ban nhân dân tỉnh;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n")
    assert not any(m.id.startswith("624/") for m in x.mentions)


def test_the_national_line_s_tail_and_a_speck_line_are_not_the_issuer():
    assert issuer_from_lines(["BỘ TÀI CHÍNH:", "BỘ TÀI CHÍNH VIỆT NAM"]) == "Bộ Tài chính"
    assert issuer_from_lines(["BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", "T+"]) == "Ban Chấp hành Trung ương"
    assert issuer_from_lines(["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"]) == "Ngân hàng Nhà nước Việt Nam"     # its own name

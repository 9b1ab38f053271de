"""A text that names itself as the subject of an act ("Kế hoạch này thay thế Kế hoạch số 45-KH/TU") acts when it is
issued, in whatever section the sentence stands: under a plan's "NHIỆM VỤ, GIẢI PHÁP" heading (a section of future
tasks) it is still the own document's REPLACES, not a planned task of nobody's.  The tasks around it stay tasks.
The texts follow the layout of a Party plan (Hướng dẫn 36-HD/VPTW) and of a People's Committee's decision."""
import pytest

from vanban.loaders import extract_text

_PLAN = ("TỈNH ỦY QUẢNG NAM\n*\nSố 150-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Nam, ngày 10 tháng 02 năm 2024\n\n"
         "KẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc Nghị quyết số 21-NQ/TW.\n\n"
         "II. NHIỆM VỤ, GIẢI PHÁP\n1. Các cấp ủy tổ chức quán triệt Nghị quyết.\n{item}\n")
OWN = "150-KH/TU@Quảng Nam"


def _rels(item):
    x = extract_text(_PLAN.format(item=item), file="kh150.txt")
    assert x.document.id == OWN
    return {(r.source, r.relation, r.target, r.planned) for r in x.relations}


@pytest.mark.parametrize("item", [
    "2. Kế hoạch này thay thế Kế hoạch số 45-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.",
    "2. Kế hoạch này sẽ thay thế Kế hoạch số 45-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.",
])
def test_the_plan_itself_replaces_in_a_section_of_tasks(item):
    rels = _rels(item)
    assert (OWN, "REPLACES", "45-KH/TU@Quảng Nam", False) in rels
    assert not any(s.startswith("IMPLICIT:") and t == "45-KH/TU@Quảng Nam" for s, _r, t, _p in rels)


@pytest.mark.parametrize("item", [
    "2. Nghiên cứu, tham mưu sửa đổi, bổ sung Quy định số 132-QĐ/TW ngày 08/3/2004 của Bộ Chính trị.",
    "2. Ban Tổ chức Tỉnh ủy tham mưu thay thế Kế hoạch số 45-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy.",
])
def test_a_task_in_that_section_stays_a_task(item):
    rels = _rels(item)
    assert not any(s == OWN and r in ("AMENDS", "REPLACES") for s, r, _t, _p in rels)


def test_a_decisions_own_replacement_in_its_body_is_unchanged():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n-------\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Quảng Nam, ngày 10 tháng 8 năm 2025\n\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
            "Điều 2. Quyết định này thay thế Quyết định số 45/QĐ-UBND ngày 12/3/2021 của Ủy ban nhân dân tỉnh.\n")
    x = extract_text(text, file="qd12.txt")
    assert (x.document.id, "REPLACES", "45/QĐ-UBND@Quảng Nam", False) in {
        (r.source, r.relation, r.target, r.planned) for r in x.relations}


_NOTICE = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-TB/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 12 tháng 6 năm 2023\n\n"
           "THÔNG BÁO\n{title}\n\n{body}\n1. Bộ Chính trị đánh giá cao kết quả đạt được.\n")


def test_the_notice_of_a_conclusion_on_a_review_reviews_it():
    """"THÔNG BÁO" over "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW": the notice
    of the Politburo's conclusion states the review it concludes, as a Kết luận does; it does not implement it."""
    x = extract_text(_NOTICE.format(
        title="KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban "
              "Chấp hành Trung ương khóa XI",
        body="Ngày 02/6/2023, Bộ Chính trị đã nghe báo cáo kết quả tổng kết 10 năm thực hiện Nghị quyết số "
             "29-NQ/TW. Bộ Chính trị kết luận như sau:"), file="tb45.txt")
    assert x.document.type == "Thông báo"
    rels = {(r.source, r.relation, r.target) for r in x.relations}
    assert ("45-TB/TW", "REVIEWS", "29-NQ/TW") in rels
    assert ("45-TB/TW", "IMPLEMENTS", "29-NQ/TW") not in rels


def test_a_notice_that_concludes_no_review_states_none():
    x = extract_text(_NOTICE.format(
        title="KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề tình hình thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp "
              "hành Trung ương khóa XI",
        body="Ngày 02/6/2023, Bộ Chính trị đã nghe báo cáo tình hình thực hiện Nghị quyết số 29-NQ/TW. Bộ Chính trị "
             "kết luận như sau:"), file="tb45.txt")
    assert not any(r.relation == "REVIEWS" for r in x.relations)


def test_a_notice_of_something_else_keeps_its_reviews_implicit():
    """A notice that is no conclusion ("THÔNG BÁO / Lịch tổng kết …"): the review it names is nobody's act here."""
    x = extract_text(_NOTICE.format(
        title="Lịch làm việc của Đoàn kiểm tra",
        body="Đoàn kiểm tra làm việc về tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW tại các tỉnh."), file="tb45.txt")
    assert not any(r.source == "45-TB/TW" and r.relation == "REVIEWS" for r in x.relations)

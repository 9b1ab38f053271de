"""Session 29: what bench/accuracy_ocr.py's scans (seeds 1-4, 6 and 8) showed, and a list's issuer it brought to light.

Each rule is one of how text arrives from a scan or of the layout of a preamble, not of one text's words:
* a preamble's proposal ("Theo đề nghị …", "Xét Tờ trình …") read onto the line of the last "Căn cứ" item (a lost
  break, a speck between them) names what was proposed, not a base;
* a date's words with a mark or a letter misread ("nặm", "hăm", "thắng", "hgày") or a speck between them
  ("tháng 11.năm") are the date's words: the date still stands between a number and its issuer, and what the
  sentence says of the number is read;
* a number's digits as Tesseract sets them: a gap after a narrow leading digit right after "số" ("số 1 18/2025/NĐ-CP");
* dust read as a mark opening a line that goes on the sentence above ("bổ sung.⏎⏎' bởi Luật số …"), and a dash read
  inside the amendment's cue ("bổ sung⏎- một số điều theo …") or between a date's "ngày" and its digits; a mark
  after a ";" that ends a line ("…; :⏎Quyết định số …"), and one between a number and its date ("2302/QĐ-UBND: ngày");
* seed 8: a header number garbled past reading ("Số: To UBND") read from the annex that names the document of the
  header's type and date ("Ban hành kèm theo Quyết định số 2929/QĐ-UBND ngày 18 tháng 11 năm 2025"); the national
  line's "VIỆT NAM" on a line of its own under the issuer; ";" read for a number's hyphen ("67/2024/NĐ;CP");
  "Căn: cứ"; "ngày: 28/3/2024" after a number;
* an issuer stated after the first document of a list is that document's alone; only one stated before the list
  ("X ban hành A; B") or after its last document ("A và B của X") covers the whole list (the seed gold's
  issuer_distributed).
The texts below are made for the tests, in the shape of the scans read (not copies of them).
"""
from __future__ import annotations

import pytest

from tests.test_session25_blind import STATE_HEAD
from vanban.loaders import extract_text
from vanban.loaders.clean import (
    clean,
    fix_date_words,
    fix_number_slips,
    unspeck_comma_ends,
    unspeck_line_starts,
)
from vanban.loaders.header import issuer_from_lines

DECISION = STATE_HEAD.format(number="98/2025/QĐ-UBND", date="20 tháng 11 năm 2025", heading="QUYẾT ĐỊNH",
                             title="Về việc phân cấp thẩm quyền") + "ỦY BAN NHÂN DÂN TỈNH\n"


def _rels(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


def _preamble(items: str):
    """The decision with ``items`` (each ending ";") as its preamble, extracted."""
    return extract_text(DECISION + items + "\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")


def _ceased(article_2: str) -> dict:
    """What the decision's Điều 2 (``article_2``) ends: number (without its place) -> partial."""
    x = extract_text(DECISION + "QUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\nĐiều 2. " + article_2 + "\n")
    return {r.target.split("@")[0]: r.partial for r in x.relations
            if r.source == x.document.id and r.relation in ("REPEALS", "REPLACES")}


@pytest.mark.parametrize("speck", ["", "' ", ". ", "_ "])
def test_a_proposal_run_into_the_last_base_item_is_no_base(speck):
    x = _preamble(
        "Căn cứ Nghị định số 155/2025/NĐ-CP ngày 16 tháng 6 năm 2025 của Chính phủ quy định tiêu chuẩn, định mức sử "
        f"dụng trụ sở làm việc; {speck}Theo đề nghị của Sở Tài chính tại Tờ trình số 8195/TTr-STC ngày 31 tháng 10 "
        "năm 2025; Báo cáo thẩm định số 294/BC-STP ngày 12 tháng 9 năm 2025 của Sở Tư pháp;")
    bases = {t for s, r, t in _rels(x) if r == "BASED_ON"}
    assert bases == {"155/2025/NĐ-CP"}
    assert {"8195/TTr-STC", "294/BC-STP"} <= {m.id.split("@")[0] for m in x.mentions}     # still references


def test_a_second_base_run_into_the_line_is_still_a_base():
    # (guard: only the proposal stops the item's bases; "…; Căn cứ …" on one line goes on)
    bases = {t for s, r, t in _rels(_preamble(
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; ' Căn cứ Nghị định số 155/2025/NĐ-CP ngày 16 "
        "tháng 6 năm 2025 của Chính phủ;")) if r == "BASED_ON"}
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
    x = _preamble(
        "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều "
        "của Luật Quản lý thuế; Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 nặm 2022 của Chính phủ sửa đổi, bổ sung "
        "một số điều của Nghị định số 126/2020/NĐ-CP;")
    assert ("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP") in _rels(x)


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
])
def test_a_number_s_digits_as_a_scan_sets_them(written, code):
    x = _preamble(f"Căn cứ {written} của Chính phủ;")
    assert (x.document.id, "BASED_ON", code) in _rels(x)


@pytest.mark.parametrize("text", [
    "Điều 1 18/2025 người",                                  # not after "số"
    "hồ sơ 1 18/2025/NĐ-CP",                                 # "sơ" is no "số"
    "Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025",
])
def test_what_is_no_number_slip_is_left(text):
    assert fix_number_slips(text) == text


def test_a_speck_opening_a_line_that_goes_on_is_dust():
    # "… được sửa đổi, bổ sung.⏎⏎' bởi Luật số …": the line goes on the sentence above (seed 6)
    rels = _rels(_preamble(
        "Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung.\n\n' bởi Luật số "
        "64/2020/QH14, Luật số 07/2022/QH15 và Luật số 90/2025/QH15;"))
    assert {(a, "AMENDS", "15/2017/QH14") for a in ("64/2020/QH14", "07/2022/QH15", "90/2025/QH15")} <= rels


@pytest.mark.parametrize("text", [
    "Đánh giá.\n. Đánh giá hiệu quả",            # a capital opens a paragraph: left
    "các văn bản\n... và các văn bản khác",       # an ellipsis: left
    "địa điểm\n, ngày    tháng    năm",           # a form's blank place before its date: left
])
def test_what_is_no_speck_opening_a_line_is_left(text):
    assert unspeck_line_starts(text) == text


@pytest.mark.parametrize("cut", [
    "đã được sửa đổi, bổ sung\n- một số điều theo",      # the amendment's cue cut by a dash (seed 6)
    "đã được sửa đổi, bổ sung\n- theo",
])
def test_a_dash_inside_the_amendment_cue_is_dust(cut):
    rels = _rels(_preamble(
        f"Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 {cut} Luật số 64/2020/QH14 và Luật số "
        "90/2025/QH15;"))
    assert {("64/2020/QH14", "AMENDS", "15/2017/QH14"), ("90/2025/QH15", "AMENDS", "15/2017/QH14")} <= rels


def test_a_dash_between_ngay_and_its_digits_is_dust():
    # an effect clause's list cut by "ngày⏎- 02/7/2025" (seed 6): every item still ceases
    ceased = _ceased("Quyết định số 775/QĐ-UBND ngày 28/3/2024; Quyết định số 2302/QĐ-UBND ngày\n- 02/7/2025; "
                     "Quyết định số 4347/QĐ-UBND ngày 14/11/2025 hết hiệu lực kể từ ngày Quyết định này có hiệu lực "
                     "thi hành.")
    assert {"775/QĐ-UBND", "2302/QĐ-UBND", "4347/QĐ-UBND"} <= set(ceased)
    assert fix_date_words("ngày\n- 02/7/2025") == "ngày\n  02/7/2025"
    assert fix_date_words("ngày\n- các văn bản") == "ngày\n- các văn bản"      # no date: an item


def test_a_speck_after_a_semicolon_at_a_line_s_end_is_dust():
    # "…; :⏎⏎Quyết định số …" (seed 6): the colon is no list's announcement; the effect clause's list goes on
    assert unspeck_comma_ends("ngày 11/12/2023; :\n\nQuyết định số") == "ngày 11/12/2023;  \n\nQuyết định số"
    ceased = _ceased("Các thủ tục hành chính đã công bố tại các Quyết định số 3684/QĐ-UBND ngày 27/12/2022;\n"
                     "Quyết định số 3808/QĐ-UBND ngày 11/12/2023; :\n\nQuyết định số 775/QĐ-UBND ngày 28/3/2024 hết "
                     "hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.")
    assert {"3684/QĐ-UBND", "3808/QĐ-UBND", "775/QĐ-UBND"} <= set(ceased)


@pytest.mark.parametrize("written, read", [
    ("Quyết định số 2302/QĐ-UBND: ngày 02/7/2025", "Quyết định số 2302/QĐ-UBND  ngày 02/7/2025"),
    ("Quyết định số 3808/QĐ-UBND. ngày 11/12/2023", "Quyết định số 3808/QĐ-UBND  ngày 11/12/2023"),
    ("Thời gian: ngày 15/6/2025", "Thời gian: ngày 15/6/2025"),              # a label's colon: no number before it
    ("kết thúc năm 2025. Ngày 3/4", "kết thúc năm 2025. Ngày 3/4"),
])
def test_a_mark_between_a_number_and_its_date_is_dust(written, read):
    assert fix_date_words(written) == read


def test_an_effect_list_cut_by_a_mark_and_a_dash_before_a_date_goes_on():
    # "… số 2302/QĐ-UBND: ngày⏎- 02/7/2025; …" (seed 6): the item keeps its date and the list its scope
    ceased = _ceased("Các thủ tục hành chính đã công bố tại các Quyết định số 775/QĐ-UBND ngày 28/3/2024; Quyết "
                     "định số 2302/QĐ-UBND: ngày\n- 02/7/2025; Quyết định số 4347/QĐ-UBND ngày 14/11/2025 hết hiệu "
                     "lực kể từ ngày Quyết định này có hiệu lực thi hành.")
    assert ceased == {"775/QĐ-UBND": True, "2302/QĐ-UBND": True, "4347/QĐ-UBND": True}


GARBLED_HEAD = ("ỦY BAN NHÂN DÂN TỈNH SƠN LA - CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM .\nĐộc lập - Tự do - Hạnh phúc\n"
                "Số: To UBND : Sơn La, ngày 18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH "
                "CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của "
                "Chính phủ về kiểm soát thủ tục hành chính;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh "
                "mục thủ tục hành chính.\nNơi nhận:\n- Như Điều 3;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐặng Văn A\nPHỤ LỤC I\n"
                "DANH MỤC THỦ TỤC HÀNH CHÍNH\n(Ban hành kèm theo Quyết định số {number} ngày {date} của Chủ tịch UBND "
                "tỉnh)\n")


def test_a_number_ocr_garbled_is_read_from_the_annex_that_names_it():
    # "Số: To UBND" (seed 8): the annex names the decision of the header's type and date it belongs to
    x = extract_text(GARBLED_HEAD.format(number="2929/QĐ-UBND", date="18 tháng 11 năm 2025"))
    assert x.document.id == "2929/QĐ-UBND@Sơn La"
    assert (x.document.id, "BASED_ON", "63/2010/NĐ-CP") in _rels(x)


def test_an_annex_of_another_date_does_not_name_the_document():
    # (guard: a decision annexed elsewhere, with another date, is not the garbled header's)
    x = extract_text(GARBLED_HEAD.format(number="2929/QĐ-UBND", date="18 tháng 10 năm 2024"))
    assert not (x.document.id or "").startswith("2929/")


def test_the_national_line_s_tail_on_a_line_of_its_own_is_not_the_issuer():
    assert issuer_from_lines(["THỦ TƯỚNG CHÍNH PHỦ ,", "¬ VIỆT NAM"]) == "Thủ tướng Chính phủ"
    assert issuer_from_lines(["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"]) == "Ngân hàng Nhà nước Việt Nam"    # its own name


@pytest.mark.parametrize("written, code", [
    ("Nghị định số 67/2024/NĐ;CP ngày 15 tháng 6 năm 2024", "67/2024/NĐ-CP"),      # ";" for the hyphen (seed 8)
])
def test_a_base_as_seed_8_read_it(written, code):
    x = _preamble(f"Căn cứ {written};")
    assert (x.document.id, "BASED_ON", code) in _rels(x)


def test_a_mark_after_ngay_of_a_number_s_date_and_inside_can_cu_is_dust():
    assert fix_date_words("Quyết định số 775/QĐ-UBND ngày: 28/3/2024;") == "Quyết định số 775/QĐ-UBND ngày  28/3/2024;"
    assert fix_date_words("Ngày: 28/3/2024") == "Ngày: 28/3/2024"            # a label: no number before it
    x = _preamble("Căn: cứ Quyết định số 290/2005/QĐ-TTg ngày 08 tháng 11 năm 2005 của Thủ tướng Chính phủ;")
    assert (x.document.id, "BASED_ON", "290/2005/QĐ-TTg") in _rels(x)


@pytest.mark.parametrize("cut", [
    "sửa đổi, bổ sung một số\n- điều Nghị định số",        # a dash inside "một số⏎điều" (seed 8)
    "sửa đổi, bổ sung một số. điều của Nghị định số",        # a stop inside it
])
def test_the_amendment_cue_s_mot_so_dieu_cut_by_a_speck(cut):
    x = _preamble(
        "Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy định về kinh doanh dịch vụ "
        f"karaoke; Nghị định số 148/2024/NĐ-CP ngày 12 tháng 11 năm 2024 của Chính phủ {cut} 54/2019/NĐ-CP;")
    assert ("148/2024/NĐ-CP", "AMENDS", "54/2019/NĐ-CP") in _rels(x)
    assert clean("một số. Điều 5") == "một số. Điều 5"          # a sentence's end before an article: left



@pytest.mark.parametrize("amender", ["Nghị định số ", "Định định số ", "số "])
def test_an_amender_whose_type_word_ocr_garbled_or_lost(amender):
    # "Luật Quản lý thuế được sửa đổi, bổ sung bởi Định định số 91/2022/NĐ-CP" (seed 9): the law's name before the
    # passive is no part of the amender's mention, and the amender is read with its type word garbled or lost
    x = _preamble("Căn cứ Nghị định số 126/2020/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế "
                  f"được sửa đổi, bổ sung bởi {amender}91/2022/NĐ-CP và Nghị định số 373/2025/NĐ-CP;")
    assert {("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP"), ("373/2025/NĐ-CP", "AMENDS", "126/2020/NĐ-CP")} <= _rels(x)


def test_a_party_number_with_its_hyphen_read_twice():
    x = extract_text("Thực hiện Kết luận số 192- -KL/TW, ngày 19/9/2025 của Bộ Chính trị.")
    assert "192-KL/TW" in {m.id for m in x.mentions}

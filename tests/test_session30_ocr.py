"""Session 30: what bench/accuracy_ocr.py's scans with a new tuning seed (10) showed.

Each rule is one of how text arrives from a scan, or of the layout of a header and a preamble, not of one text's words:
* the header block stands above the type heading: a "số:" inside a line below it is a mention's ("Căn cứ Luật … số
  15/2017/QH14 …, Luật số :⏎24/2023/QH15", a speck after "số"), never the own number, even when OCR garbled the
  header's "Số:" line past reading;
* dust glued before a number after "số" ("Luật Dẫn độ số -_100/2025/QH15");
* the national line with a speck read as a quote between its words ("CHÍNH PHỦ CỘNG 'HOÀ XÃ HỘI CHỦ NGHĨA -"), and the
  rule under the issuer read short and glued to the next line ("-- BỘ TÀI CHÍNH VIỆT NAM");
* the passive of amendment with its second verb garbled ("được sửa đổi, bệ ng bởi"), a first amender whose number OCR
  destroyed ("bởi Luật số mm Luật số B"), a speck after "và" and a type word one letter off in the amenders' list
  ("và: Luật số C", "và Tuật số C"); a colon at a line's end inside a pair of words ("Nghị :⏎định", "một số:⏎điều");
* a "Căn cứ" that opens a base mid-line (the line break before it lost) opens a base, even when a later item's title
  names the same document as the one it amends.
The texts below are made for the tests, in the shape of the scans read (not copies of them).
"""
from __future__ import annotations

import pytest

from tests.test_session25_blind import STATE_HEAD
from tests.test_session29_ocr import _ceased, _preamble, _rels
from vanban.loaders import extract_text
from vanban.loaders.clean import clean, fix_number_slips, unspeck_comma_ends
from vanban.loaders.header import read_header

IN_FORCE = "Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"      # Điều 2's first sentence, before its list


# ------------------------------------------------------------------ the header's number stands above its heading
GARBLED_HEADER = """ỦY BAN NHÂN DÂN THÀNH PHỐ CỘNG HÒA XÃ HỘI
CẦN THƠ CHỦ NGHĨA VIỆT NAM
HC ng: : : Độc lập - Tự do - Hạnh phúc
Tả — : - Cần Thơ, ngày 17 tháng 11 năm 2025
Số: a1 :

QUYẾT ĐỊNH
QUY ĐỊNH DANH MỤC TÀI SẢN CỐ ĐỊNH ĐẶC THÙ
. Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 64/2020/QH14, Luật số:
24/2023/QH15 và Luật số 90/2025/QH15;
Theo đề nghị của Giám đốc Sở Tài chính;
"""


def test_a_number_after_a_mid_line_so_under_the_heading_is_no_own_number():
    x = extract_text(GARBLED_HEADER + "Ủy ban nhân dân thành phố ban hành Quyết định.\nĐiều 1. Phạm vi điều chỉnh.\n")
    assert x.document.id != "24/2023/QH15"
    assert x.document.type == "Quyết định" and x.document.date == "2025-11-17"
    # the law stays an amender of the law it amends (it was taken for the decision itself, and its acts lost)
    assert ("24/2023/QH15", "AMENDS", "15/2017/QH14") in _rels(x)
    assert ("90/2025/QH15", "AMENDS", "15/2017/QH14") in _rels(x)


def test_a_merged_header_line_still_gives_its_number_above_the_heading():
    # guard (passes before the rule): "số:" inside a line is the header's when it stands above the type heading
    own = read_header("QUỐC HỘI --------------- Luật số: 64/2025/QH15 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "Độc lập - Tự do - Hạnh phúc\n\nLUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n")
    assert own.id == "64/2025/QH15"


# ------------------------------------------------------------------ dust before a number
def test_specks_glued_before_a_number_after_so_are_blanked():
    assert fix_number_slips("Luật Dẫn độ số -_100/2025/QH15 (sau đây") == "Luật Dẫn độ số   100/2025/QH15 (sau đây"
    x = extract_text(STATE_HEAD.format(number="172/2026/NĐ-CP", date="15 tháng 5 năm 2026", heading="NGHỊ ĐỊNH",
                                       title="Quy định chi tiết chi phí dẫn độ")
                     + "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chỉ tiết Điều 11 của Luật Dẫn độ số "
                       "-_100/2025/QH15 (sau đây gọi là Luật Dẫn độ).\n")
    assert ("172/2026/NĐ-CP", "GUIDES", "100/2025/QH15") in _rels(x)


def test_a_speck_glued_between_so_and_its_number_is_blanked():
    # seed 11
    assert fix_number_slips("Căn cứ Nghị quyết số-203/2025/QH15 của") == "Căn cứ Nghị quyết số 203/2025/QH15 của"
    x = _preamble("Căn cứ Nghị quyết số-203/2025/QH15 của Quốc hội về việc sửa đổi, bổ sung một số điều của Hiến pháp;")
    assert (x.document.id, "BASED_ON", "203/2025/QH15") in _rels(x)


@pytest.mark.parametrize("text", ["Căn cứ Nghị định số 165/2024/NĐ-CP", "Số: 1680/QĐ-UBND", "số 12 - 15 tháng",
                                  "số -5 độ", "mã số -_AB/2024", "QUỐC HỘI --- Luật số:64/2025/QH15", "Số: -4508/QĐ"])
def test_a_number_written_clean_or_no_number_stays(text):
    # guards (pass before the rule): only specks glued to a number's first digits and its "/" after "số " are dust
    assert fix_number_slips(text) == text


# ------------------------------------------------------------------ the national line and the rule in a scan
def test_the_national_line_with_a_quote_speck_is_no_part_of_the_issuer():
    own = read_header("CHÍNH PHỦ CỘNG 'HOÀ XÃ HỘI CHỦ NGHĨA -\n: VIỆT NAM\nSố: 172/2026/NĐ-CP Độc lập - Tự do - Hạnh "
                      "phúc\n\nHà Nội, ngày 15 tháng 5 năm 2026\n\nNGHỊ ĐỊNH\nQuy định chi tiết\n")
    assert own.issuer == "Chính phủ"


def test_a_short_rule_glued_to_the_next_header_line_is_no_part_of_the_issuer():
    own = read_header("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n-- BỘ TÀI CHÍNH VIỆT NAM\nSố: 44/2022/TT-BTC : Độc lập - "
                      "Tự do - Hạnh phúc\n\nHà Nội, ngày 21 tháng 7 năm 2022\n\nTHÔNG TƯ\nQuy định quản lý\n")
    assert own.issuer == "Bộ Tài chính"


# ------------------------------------------------------------------ the amenders' passive and list in a scan
@pytest.mark.parametrize("items, expected", [
    ("Căn cứ Nghị định số 29/2025/NĐ-CP của Chính phủ quy định chức năng của Bộ Tài chính được sửa đổi, bệ ng bởi "
     "Nghị định số 166/2025/NĐ-CP; :", {("166/2025/NĐ-CP", "AMENDS", "29/2025/NĐ-CP")}),
    ("Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14 được sửa đổi, bổ sung bởi Luật số mm "
     "Luật số 118/2025/QH15;", {("118/2025/QH15", "AMENDS", "49/2019/QH14")}),
    ("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung bởi Luật số 03/2022/QH15 và Tuật số "
     "76/2025/QH15;", {("03/2022/QH15", "AMENDS", "59/2020/QH14"), ("76/2025/QH15", "AMENDS", "59/2020/QH14")}),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 được sửa đổi, bổ sung bởi Luật số 64/2020/QH14, Luật "
     "số 56/2024/QH15 và: Luật số 90/2025/QH15; :",
     {("64/2020/QH14", "AMENDS", "15/2017/QH14"), ("56/2024/QH15", "AMENDS", "15/2017/QH14"),
      ("90/2025/QH15", "AMENDS", "15/2017/QH14")}),
    ("Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều của "
     "Luật Quản lý thuế; Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 năm 2022 của Chính phủ sửa đổi, bổ sung một số "
     "điều của Nghị :\nđịnh số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020;",
     {("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP")}),
])
def test_amenders_read_through_a_scans_damage(items, expected):
    assert expected <= _rels(_preamble(items))


@pytest.mark.parametrize("items", [
    "Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung bởi Luật số 03/2022/QH15;",
    "Căn cứ Nghị định số 29/2025/NĐ-CP của Chính phủ được sửa đổi bởi Nghị định số 166/2025/NĐ-CP;",
])
def test_the_passive_written_clean_reads_as_before(items):
    # guards (pass before the rules): one amender, its relation and no other
    amends = {r for r in _rels(_preamble(items)) if r[1] == "AMENDS"}
    assert len(amends) == 1


def test_a_table_cells_passive_naming_three_verbs_is_one_amendment():
    x = _preamble("Căn cứ Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 của Chính phủ được sửa đổi, bổ sung, thay thế "
                  "bởi Nghị định số 77/2024/NĐ-CP ngày 01/7/2024 của Chính phủ;")
    assert [r.rule for r in x.relations if r.relation == "AMENDS"] == ["passive:sửa đổi, bổ sung, thay thế"]


def test_a_colon_inside_a_cut_pair_is_dust_and_a_mark_elsewhere_stays():
    assert unspeck_comma_ends("của Nghị :\nđịnh số 126") == "của Nghị  \nđịnh số 126"
    assert unspeck_comma_ends("bổ sung một số:\nđiều Nghị định") == "bổ sung một số \nđiều Nghị định"
    # guards: a heading's colon before a line of its own, and "Số:" before a number, stay
    assert unspeck_comma_ends("Căn cứ pháp lý:\nNghị định số 1") == "Căn cứ pháp lý:\nNghị định số 1"
    assert unspeck_comma_ends("Số:\n12/2024/NĐ-CP") == "Số:\n12/2024/NĐ-CP"
    assert clean("như sau:\nđiều chỉnh mức thu") == "như sau:\nđiều chỉnh mức thu"


# ------------------------------------------------------------------ a base opened mid-line
def test_a_base_opened_mid_line_is_a_base_though_a_later_title_names_it():
    x = _preamble(
        "Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ quy định chi tiết một số điều của "
        "Luật Phí và lệ phí ' Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy định về "
        "kinh doanh dịch vụ karaoke; Nghị định số 148/2024/NĐ-CP ngày 12 tháng 11 năm 2024 của Chính phủ sửa đổi, bổ "
        "sung một số:\nđiều Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ;")
    rels, own = _rels(x), x.document.id
    assert (own, "BASED_ON", "54/2019/NĐ-CP") in rels
    assert ("148/2024/NĐ-CP", "AMENDS", "54/2019/NĐ-CP") in rels
    assert (own, "BASED_ON", "148/2024/NĐ-CP") in rels


def test_the_mottos_second_line_with_a_speck_keeps_the_issuer_lines_above_it_in_the_header():
    x = extract_text("UBND THÀNH PHỐ HÀ NỘI TRUNG CỘNG HÒA XÃ HỘI\nTÂM PHỤC VỤ HÀNH CHÍNH CÔNG CHỦ NGHĨA VIỆT NAM,\n"
                     "=> : Độc: lập - Tự do - Hạnh phúc\n~re=rr=~rrr=~> Hà Nội, ngày 25 tháng 11 năm 2025\n"
                     "Số: 1609/QĐ-TTPVHCC : :\n\nQUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n"
                     "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
                     "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n")
    # (the header names the centre; its case is the document's, not checked here)
    assert x.document.issuer is not None and "trung tâm phục vụ hành chính công" in x.document.issuer.lower()


# ------------------------------------------------------------------ seed 11
def test_a_comma_before_an_items_date_keeps_the_list_and_its_part():
    # "số X, ngày D": the Party's way of writing a date, and a scan's speck ("…, ngày 27/12/2022; ;")
    ceased = _ceased(IN_FORCE + "Các thủ tục hành chính tương ứng đã công bố tại các Quyết định số 3684/QĐ-BVHTTDL, "
                     "ngày 27/12/2022; ;\nQuyết định số 1647/QĐ-BVHTTDL ngày 26/6/2023;\nQuyết định số 3808/QĐ-BVHTTDL "
                     "ngày 11/12/2023 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n")
    assert ceased == {"3684/QĐ-BVHTTDL": True, "1647/QĐ-BVHTTDL": True, "3808/QĐ-BVHTTDL": True}


def test_a_speck_before_the_line_break_inside_a_date_is_dust():
    from vanban.loaders.clean import fix_date_words
    assert fix_date_words("ngày 20 tháng 3 năm .\n2025 của") == "ngày 20 tháng 3 năm  \n2025 của"
    assert fix_date_words("ngày 20 tháng 3 năm\n2025") == "ngày 20 tháng 3 năm\n2025"        # guard: no speck
    x = _preamble("Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, "
                  "chứng từ và Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm .\n2025 của Chính phủ sửa đổi, bổ sung "
                  "một số điều của Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ;")
    assert ("70/2025/NĐ-CP", "AMENDS", "123/2020/NĐ-CP") in _rels(x)


@pytest.mark.parametrize("first, second, issuer", [
    ("ỦY BẠN NHÂN DÂN THÀNH PHỐ s CỘNG HÒA XÃ HỘI", "CẦN THƠ CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân thành phố Cần Thơ"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ CỘNG HÒA XÃ HỘI", '"CẦN THƠ - CHỦ NGHĨA VIỆT NAM', "Ủy ban nhân dân thành phố Cần Thơ"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ CỘNG HÒA XÃ HỘI", "CẦN THƠ CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân thành phố Cần Thơ"),
])
def test_a_scans_letter_speck_quote_and_misread_mark_in_the_issuer_lines(first, second, issuer):
    # (the last: a guard, the header as printed)
    x = extract_text(f"{first}\n{second}\n———- Ệ Độc lập - Tự do - Hạnh phúc\n~—~-—==drr==~~ Cần Thơ, ngày 17 tháng 11 năm "
                     "2025\nSố: 35/2025/QĐ-UBND\n\nQUYẾT ĐỊNH\nQUY ĐỊNH DANH MỤC TÀI SẢN\nCăn cứ Luật Tổ chức chính quyền "
                     "địa phương số 72/2025/QH15;\n")
    assert x.document.issuer == issuer


# ------------------------------------------------------------------ seed 12
def test_the_headers_so_with_its_s_read_as_an_eight():
    own = read_header("BỘ TÀI CHÍNH ' CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nBỘ TÀI CHÍNH . VIỆT NAM\n' 8ố: 44/2022/TT-BTC - Độc lập - "
                      "Tự do - Hạnh phúc\n\nHà Nội, ngày 21 tháng 7 năm 2022\n\nTHÔNG TƯ\nQuy định quản lý\n")
    assert own.id == "44/2022/TT-BTC" and own.issuer == "Bộ Tài chính"


@pytest.mark.parametrize("plural", ["các Quyết Định: số", "các Quyết định: số"])
def test_a_colon_after_a_plurals_type_word_keeps_the_list_and_its_part(plural):
    # real texts write "các Quyết định: số A, số B"; OCR gave "các Quyết Định: số"
    article_2 = (IN_FORCE + f"Các thủ tục hành chính tương ứng đã công bố tại {plural} 3684/QĐ-BVHTTDL ngày 27/12/2022;\n"
                 "Quyết định số 1647/QĐ-BVHTTDL ngày 26/6/2023;\nQuyết định số 3808/QĐ-BVHTTDL ngày 11/12/2023 hết "
                 "hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.")
    assert _ceased(article_2) == {"3684/QĐ-BVHTTDL": True, "1647/QĐ-BVHTTDL": True, "3808/QĐ-BVHTTDL": True}
    x = _preamble("Căn cứ các Quyết định: số 3684/QĐ-BVHTTDL ngày 27/12/2022, số 1647/QĐ-BVHTTDL ngày 26/6/2023;")
    assert next(m for m in x.mentions if m.id == "3684/QĐ-BVHTTDL").type == "Quyết định"


@pytest.mark.parametrize("items, expected", [
    ("Căn cứ Nghị định số 123/2020/NĐ-CP của Chính phủ quy định về hóa đơn, chứng từ được sửa đổi, bổ sung-bởi Nghị "
     "định số 70/2025/NĐ-CP;", ("70/2025/NĐ-CP", "AMENDS", "123/2020/NĐ-CP")),
    ("Căn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số "
     "43/2024/QH15, Luật số\n56/2024/QH15 và Luật số\n.90/2025/QH15;", ("90/2025/QH15", "AMENDS", "15/2017/QH14")),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n.‹Căn cứ Quyết định số 09/2023/QĐ-TTg của Thủ tướng "
     "Chính phủ quy định về thẻ đi lại doanh nhân APEC;", ("OWN", "BASED_ON", "09/2023/QĐ-TTg")),
])
def test_seed_12s_specks_in_the_preamble(items, expected):
    x = _preamble(items)
    assert tuple(x.document.id if e == "OWN" else e for e in expected) in _rels(x)


def test_a_stop_glued_to_a_small_word_does_not_end_the_first_items_title():
    # "… thuộc phạm vi .quản lý của tỉnh Quảng Ninh và Quyết định số B …" (a caret in B's date too)
    replaced = set(_ceased(IN_FORCE + "Quyết định này thay thế Quyết định số 59/2024/QĐ-UBND ngày 09 tháng 12 năm 2024 "
                           "của Ủy ban nhân dân tỉnh phân cấp thẩm quyền thuộc phạm vi .quản lý của tỉnh và Quyết định "
                           "số 58/2024/QĐ- UBND ngày 09 tháng 12 ˆ năm 2024 của Ủy ban nhân dân tỉnh ban hành tiêu "
                           "chuẩn, định mức."))
    assert replaced == {"59/2024/QĐ-UBND", "58/2024/QĐ-UBND"}


def test_a_site_label_with_a_capital_misread_inside_it_still_ends_the_value_before_it():
    from vanban.loaders.layout import site_metadata
    meta = site_metadata("Số hiệu:\n174/CV-BCĐ\nLoại văn bản:\nCông văn Nơi ban Hành: :\nBan Chỉ đạo\n")
    assert meta["type"] == "Công văn" and meta["number"] == "174/CV-BCĐ"


# ------------------------------------------------------------------ seed 13
def test_a_dash_before_the_headers_so():
    x = extract_text("CÔNG BÁO/Số 128/Ngày 27-02-2026\n29\nBỘ TÀI CHÍNH : . CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n- Số: 11/2026/TTBTC - "
                     "VIỆT NAM - :\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 02 năm 2026\n\nTHÔNG TƯ\nQuy định mức "
                     "thu phí\n\nCăn cứ Luật Phí và lệ phí số 97/2015/QH13;\n")
    assert (x.document.id, x.document.issuer) == ("11/2026/TT-BTC", "Bộ Tài chính")
    assert (x.document.id, "BASED_ON", "97/2015/QH13") in _rels(x)


def test_a_quote_glued_to_a_paragraphs_first_word_is_dust():
    ceased = _ceased(IN_FORCE + "\n'Các thủ tục hành chính tương ứng đã công bố tại các Quyết định số 3684/QĐ-BVHTTDL "
                     "ngày 27/12/2022; :\n\nQuyết định số 1647/QĐ-BVHTTDL ngày 26/6/2023 hết hiệu lực kể từ ngày Quyết "
                     "định này có hiệu lực thi hành.\n")
    assert ceased == {"3684/QĐ-BVHTTDL": True, "1647/QĐ-BVHTTDL": True}


@pytest.mark.parametrize("cue", ["Cặn cứ", "Cần cứ"])
def test_the_first_bases_cue_with_its_first_words_mark_misread(cue):
    x = _preamble(f"{cue} Luật Tổ chức chính quyền địa phương số\n72/2025/QH15;\nCăn cứ Luật Quản lý, sử dụng tài sản "
                  "công số 15/2017/QH14;")
    assert {(x.document.id, "BASED_ON", "72/2025/QH15"), (x.document.id, "BASED_ON", "15/2017/QH14")} <= _rels(x)


def test_a_capital_title_line_opened_by_a_stray_quote_quotes_no_preamble():
    x = extract_text("ỦY BAN NHÂN DÂN THÀNH PHỐ CỘNG HÒA XÃ HỘI\nCẦN THƠ CHỦ NGHĨA VIỆT NAM\n~====~= Độc lập - Tự do - "
                     "Hạnh phúc\n————— -_ Cần Thơ, ngày 17 tháng 11 năm 2025\nSố: 35/2025/QĐ-UBND\n\nQUYẾT ĐỊNH :\n. QUY "
                     "ĐỊNH DANH MỤC TÀI SẢN CỐ ĐỊNH ĐẶC THÙ; DANH MỤC, THỜI GIAN...\n“TÍNH HAO MÒN VÀ TỶ LỆ HAO MÒN TÀI SẢN "
                     "CỐ ĐỊNH VÔ HÌNH THUỘC PHẠM VI QUẢN LÝ CỦA\nTHÀNH PHỐ CẦN THƠ\nCăn cứ Luật Tổ chức chính quyền địa "
                     "phương số 72/2025/QH15;\nCăn cứ Luật Quản lý, sử dụng tài sản công số 15/2017/QH14;\nTheo đề nghị "
                     "của Giám đốc Sở Tài chính;\nỦy ban nhân dân thành phố ban hành Quyết định.\nĐiều 1. Phạm vi điều "
                     "chỉnh.\n")
    assert {(x.document.id, "BASED_ON", "72/2025/QH15"), (x.document.id, "BASED_ON", "15/2017/QH14")} <= _rels(x)


@pytest.mark.parametrize("items, expected", [
    ("Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số\n49/2019/QH14 được sửa đổi, bổ : sinh bởi Luật số "
     "23/2023/QH15, Luật số 118/2025/QH15;", {("23/2023/QH15", "AMENDS", "49/2019/QH14"),
                                              ("118/2025/QH15", "AMENDS", "49/2019/QH14")}),
    ("Căn cứ Nghị định số 29/2025/NĐ-CP của Chính phủ quy định chức năng của Bộ Tài chính được sửa đổi, bổ sung :bởi "
     "Nghị định số 166/2025/NĐ-CP;", {("166/2025/NĐ-CP", "AMENDS", "29/2025/NĐ-CP")}),
    ("Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy định về kinh doanh dịch vụ karaoke, "
     "Nghị định số 148/2024/NĐ-CP ngày 12 tháng 11 năm 2024 của Chính phủ sửa đổi, bổ: sung một số điều Nghị định số "
     "54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ;", {("148/2024/NĐ-CP", "AMENDS", "54/2019/NĐ-CP")}),
])
def test_seed_13s_specks_inside_the_amendments_cue(items, expected):
    assert expected <= _rels(_preamble(items))


# ------------------------------------------------------------------ seed 14
def test_a_year_type_codes_colon_for_its_hyphen_at_a_lines_end_keeps_the_number_whole():
    x = _preamble("Căn cứ Nghị định số 126/2020/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Quản lý thuế "
                  "được sửa đổi, bổ sung bởi Nghị định số 91/2022/NĐ:\nCP và Nghị định số 373/2025/NĐ-CP;")
    assert {("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP"), ("373/2025/NĐ-CP", "AMENDS", "126/2020/NĐ-CP")} <= _rels(x)


def test_a_stop_after_a_lists_comma_is_dust():
    x = _preamble("Căn cứ Luật Nhập cảnh số 47/2014/QH13 được sửa đổi, bổ sung bởi Luật số 51/2019/QH14, . Luật số "
                  "23/2023/QH15, Luật số 103/2025/QH15;")
    assert {r[0] for r in _rels(x) if r[1] == "AMENDS"} == {"51/2019/QH14", "23/2023/QH15", "103/2025/QH15"}


def test_a_lone_speck_after_a_numbers_ngay_keeps_the_list():
    from vanban.loaders.clean import fix_date_words
    assert fix_date_words("2302/QĐ-BVHTTDL ngày _ 02/7/2025;") == "2302/QĐ-BVHTTDL ngày   02/7/2025;"
    assert fix_date_words("ký ngày _ 02/7/2025") == "ký ngày _ 02/7/2025"         # guard: no number before
    ceased = _ceased(IN_FORCE + "Các thủ tục hành chính tương ứng đã công bố tại các Quyết định số 3955/QĐ-BVHTTDL "
                     "ngày 09/12/2024; Quyết định số 2302/QĐ-BVHTTDL ngày _ 02/7/2025; Quyết định số 4347/QĐ-BVHTTDL "
                     "ngày 14/11/2025 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n")
    assert ceased == {"3955/QĐ-BVHTTDL": True, "2302/QĐ-BVHTTDL": True, "4347/QĐ-BVHTTDL": True}


# ------------------------------------------------------------------ seed 15
def test_a_header_number_line_with_a_mark_ocr_set_on_a_codes_capital():
    own = read_header("ỦY BAN NHÂN DÂN TỈNH QUẢNG '_ CỘNG HÒA XÃ HỘI .\nNINH CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                      "phúc\nQuảng Ninh, ngày 21 tháng 11 năm 2025\n\n98/2025/QĐ-ÙBND\n\n.QUYẾT ĐỊNH\nPHÂN CẤP THẨM QUYỀN\n")
    assert own.id == "98/2025/QĐ-UBND"

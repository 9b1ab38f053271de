"""Rules read off fresh10's misses (session 13), each checked on the real text it came from and on a made-up one:

* a web page's bold markers inside a word ("C**ă**n cứ", "C**ỤC THUẾ**") are no emphasis of words: the word closes up;
* an act stated right after a cited document's date and issuer is that document's title ("… Nghị định số A ngày …
  của Chính phủ sửa đổi mức thuế … tại Biểu thuế … ban hành kèm theo Nghị định số B": A amends B, not the file);
* unnamed documents as the act's subject ("… và các Nghị định sửa đổi, bổ sung Nghị định số B (nếu có)") act for
  nobody the graph knows;
* two acts joined by "và" on parts of one document ("Sửa đổi Danh mục số thứ tự 1594 … và bãi bỏ danh mục số thứ tự
  1646 tại Phụ lục kèm theo Quyết định số A") both reach it;
* "Thực hiện Nghị quyết số A … thì …" says what follows under A: no order to carry it out;
* a national technical regulation's code ("QCVN: 02/2019/BLĐTBXH") is no document number;
* a number with one letter of its issuer lost ("64/2008/QĐ-LĐTBXH") is the one the file writes in full;
* a footnote marker glued to a number in a gazette table ("140/NQ-CP2") is no part of it when footnote 2 names it."""
from pathlib import Path

import pytest

from vanban.loaders import extract, extract_text
from vanban.loaders.clean import clean, join_marked_words

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts"

_DECREE = ("CHÍNH PHỦ\nSố: 25/2026/NQ-CP\nHà Nội, ngày 30 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề việc thuế\n"
           "CHÍNH PHỦ\nQUYẾT NGHỊ:\n")


def acts(text):
    x = extract_text(text)
    return x, {(r.source, r.relation, r.target, r.partial) for r in x.relations if r.relation != "CITES"}


def test_bold_markers_inside_a_word_close_up_and_keep_the_length():
    assert join_marked_words("*C**ă**n cứ Nghị định") == "*    Căn cứ Nghị định"
    assert join_marked_words("BỘ TÀI CHÍNH\nC**ỤC THUẾ**") == "BỘ TÀI CHÍNH\n  CỤC THUẾ**"
    assert join_marked_words("**QUYẾT ĐỊNH** số 5") == "**QUYẾT ĐỊNH** số 5"      # markers at a word's edge stay
    assert len(clean("ngà**y** 5 k**ể** từ")) == len("ngà**y** 5 k**ể** từ")


def test_a_bolded_vowel_no_longer_hides_the_base_or_the_issuer():
    # fresh10 tvpl f709d287088c57b7 line 89: "*C**ă**n cứ Nghị định số 118/2025/NĐ-CP …"
    x = extract(TEXTS / "tvpl" / "f709d287088c57b7.md")
    assert any(r.relation == "BASED_ON" and r.target == "118/2025/NĐ-CP" and r.source == x.document.id
               for r in x.relations)
    # fresh10 tvpl 3eb6b0065020aac4: "BỘ TÀI CHÍNH" over "C**ỤC THUẾ**" (was "Bộ Tài chính c ục thuế")
    assert extract(TEXTS / "tvpl" / "3eb6b0065020aac4.md").document.issuer == "Cục Thuế"


def test_an_act_after_a_documents_date_and_issuer_is_its_titles():
    # fresh10 congbao nghi-quyet-so-25-2026 (lines 15-19)
    x, got = acts(_DECREE + "Điều 1. Kéo dài thời hạn áp dụng của Nghị định số 72/2026/NĐ-CP ngày 09 tháng 3 năm "
                  "2026 của Chính phủ sửa đổi mức thuế suất thuế nhập khẩu ưu đãi đối với một số mặt hàng xăng, dầu "
                  "tại Biểu thuế nhập khẩu ưu đãi ban hành kèm theo Nghị định số 26/2023/NĐ-CP ngày 31 tháng 5 năm "
                  "2023 của Chính phủ.\n")
    assert ("72/2026/NĐ-CP", "AMENDS", "26/2023/NĐ-CP", True) in got
    assert not any(s == x.document.id and r == "AMENDS" for s, r, _, _ in got)


def test_a_heading_document_and_the_next_lines_act_are_two_sentences():
    # fresh8 thong-tu-so-13-2026-tt-nhnn line 282: no date or issuer between, so no title of 53/2018 acting on itself
    _, got = acts(_DECREE + "Điều 13. Sửa đổi, bổ sung Phụ lục ban hành kèm theo Thông tư số 53/2018/TT-NHNN\n"
                  "Thay thế Phụ lục ban hành kèm theo Thông tư số 53/2018/TT-NHNN bằng Phụ lục mới.\n")
    assert not any(s == "53/2018/TT-NHNN" for s, _, _, _ in got)
    assert ("25/2026/NQ-CP", "AMENDS", "53/2018/TT-NHNN", True) in got


def test_the_title_act_needs_a_bare_issuer_before_it():
    # "và" before the act: a second predicate of the sentence's subject (the file), not A's title
    x, got = acts(_DECREE + "Điều 1. Bãi bỏ Quyết định số 12/2020/QĐ-TTg ngày 5 tháng 3 năm 2020 của Thủ tướng Chính "
                  "phủ và sửa đổi khoản 2 Điều 3 tại Phụ lục ban hành kèm theo Nghị định số 26/2023/NĐ-CP.\n")
    assert not any(s == "12/2020/QĐ-TTg" for s, _, _, _ in got)


def test_unnamed_documents_that_amend_act_for_nobody():
    # fresh10 congbao nghi-quyet-so-25-2026 (lines 72-77)
    x, got = acts(_DECREE + "2. Trường hợp có sự khác nhau giữa quy định tại Nghị quyết này với Nghị định số "
                  "26/2023/NĐ-CP và các Nghị định sửa đổi, bổ sung Nghị định số 26/2023/NĐ-CP (nếu có) về mức thuế "
                  "suất thì thực hiện theo quy định tại Nghị quyết này.\n")
    assert not any(r == "AMENDS" for _, r, _, _ in got)


def test_two_acts_joined_by_va_on_parts_of_one_document():
    # fresh10 tvpl 741f24db1e774799 (lines 158-163)
    x, got = acts(_DECREE + "- Sửa đổi Danh mục số thứ tự 1594, 1595, 1647 và bãi bỏ danh mục số thứ tự 1646 tại "
                  "Phụ lục kèm theo Quyết định số 2411/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ.\n")
    assert (x.document.id, "AMENDS", "2411/QĐ-TTg", True) in got
    assert (x.document.id, "REPEALS", "2411/QĐ-TTg", True) in got


def test_an_annexed_act_stops_at_a_history_note():
    # congbao van-ban-hop-nhat-so-2021-vbhn-bldtbxh (unannotated): the title act of 24/2022 does not run into the
    # note "(Trước đó, Điều này được sửa đổi, bổ sung theo quy định tại … Nghị định số 140/2018/NĐ-CP)"
    _, got = acts(_DECREE + "Điều này được sửa đổi, bổ sung theo quy định tại khoản 11 Điều 1 của Nghị định số "
                  "24/2022/NĐ-CP ngày 06 tháng 4 năm 2022 của Chính phủ sửa đổi, bổ sung các Nghị định quy định về "
                  "điều kiện đầu tư, có hiệu lực kể từ ngày 01 tháng 6 năm 2022 (Trước đó, Điều này được sửa đổi, "
                  "bổ sung theo quy định tại Nghị định số 140/2018/NĐ-CP, có hiệu lực kể từ ngày 08 tháng 10 năm "
                  "2018).\n")
    assert ("24/2022/NĐ-CP", "AMENDS", "140/2018/NĐ-CP", True) not in got


_LETTER = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5664/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 01 tháng 12 năm 2025\n"
           "Kính gửi: Ông A.\n")


@pytest.mark.parametrize("line,implemented", [
    # fresh10 tvpl 3eb6b0065020aac4 (lines 85-90): under the resolutions, households no longer pay a flat tax
    ("Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết "
     "số 198/2025/QH15 ngày 17/5/2025 của Quốc hội về một số cơ chế, chính sách đặc biệt thì hộ kinh doanh không áp "
     "dụng phương pháp khoán thuế từ ngày 01/01/2026.", False),
    # an order stays one
    ("Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị, Cục Thuế yêu cầu các Chi cục Thuế triển "
     "khai các nội dung sau.", True),
])
def test_what_follows_under_a_document_is_no_order_to_carry_it_out(line, implemented):
    x = extract_text(_LETTER + line + "\n")
    got = {r.target for r in x.relations if r.relation == "IMPLEMENTS" and r.source == x.document.id}
    assert ("68-NQ/TW" in got) is implemented


def test_a_technical_regulations_code_is_no_document():
    # fresh10 congbao thong-tu-so-01-2021-tt-bldtbxh line 316: "- QCVN: 02/2019/BLĐTBXH được ban hành tại Thông tư
    # số 42/2019/TT-BLĐTBXH"
    x = extract_text(_DECREE + "- QCVN: 02/2019/BLĐTBXH được ban hành tại Thông tư số 42/2019/TT-BLĐTBXH ngày "
                     "30/12/2019.\n")
    ids = {m.id for m in x.mentions}
    assert "42/2019/TT-BLĐTBXH" in ids and "02/2019/BLĐTBXH" not in ids


def test_a_number_with_a_letter_of_its_issuer_lost_is_the_one_written_in_full():
    x = extract(TEXTS / "congbao" / "thong-tu-so-01-2021-tt-bldtbxh-33806.txt")
    ids = {m.id for m in x.mentions}
    assert "64/2008/QĐ-BLĐTBXH" in ids and "64/2008/QĐ-LĐTBXH" not in ids      # lines 372 (damaged), 486, 513
    # two issuers that differ by more than one letter stay two documents
    y = extract_text(_DECREE + "Căn cứ Thông tư số 5/2020/TT-BTC và Thông tư số 5/2020/TT-BCT.\n")
    assert {"5/2020/TT-BTC", "5/2020/TT-BCT"} <= {m.id for m in y.mentions}


def test_a_footnote_marker_glued_to_a_number_is_dropped_when_the_footnote_names_it():
    # fresh10 congbao nghi-quyet-so-97-nq-cp: "NQ/TW1", "140/NQ-CP2", "CTr/BCĐ3", "CP4" in the annex table, footnotes
    # 1-4 naming 66-NQ/TW, 140/NQ-CP, 12-CTr/BCĐ, 09/2026/NĐ-CP
    ids = {m.id for m in extract(TEXTS / "congbao" / "nghi-quyet-so-97-nq-cp-469324.txt").mentions}
    assert {"66-NQ/TW", "140/NQ-CP", "12-CTr/BCĐ", "09/2026/NĐ-CP"} <= ids
    assert not ids & {"66-NQ/TW1", "140/NQ-CP2", "12-CTr/BCĐ3", "09/2026/NĐ-CP4"}
    # an issuer code ending in digits of its own, with no footnote: kept
    x = extract_text(_DECREE + "Căn cứ Kế hoạch số 12-KH/BCĐ35 và Kế hoạch số 12-KH/BCĐ.\n")
    assert "12-KH/BCĐ35" in {m.id for m in x.mentions}

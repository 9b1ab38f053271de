"""Session 23: a text wrapped at another width reads the same.

Two PDFs of one document differ in where their lines break.  These tests take real gazette texts and move the
breaks inside sentences, as another width would: a line's last word goes down to the next line ("pull"), or the
next line's first word comes up ("push").  A line ending a sentence, and a line not opening in small letters,
stay as they are.  The document's relations must not change.  Three rules did not hold (bench: 121 of 17,010
relations lost over the 398 gazette texts, 18 after them, nearly all in tables of repealed documents):

* a footnote's line opening with the dash of a cut name ("… của Bộ trưởng Bộ Lao động⏎- Thương binh và Xã hội sửa
  đổi …") started a new paragraph, so the footnote's speaker "Thông tư số 02/2022/TT-BLĐTBXH … có căn cứ ban hành
  như sau:" lost its quoted preamble;
* the title of a one-page text (too few lines to tell it is wrapped) broke at a line opening with a capital ("…
  của Bộ trưởng Bộ⏎Tài chính sửa đổi, bổ sung …"), so the amendment went to the file's own document;
* a part's label wrapped to a line's start inside a sentence ("… (đã được sửa đổi, bổ sung thành Phụ lục II, …,⏎Phụ
  lục IX, Phụ lục X và Phụ lục XI …") was read as an annex heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vanban.loaders import extract_text
from vanban.loaders.segment import _ITEM_START, segment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from accuracy_rewrap import rewrap  # noqa: E402  (the bench's own rewrapping: bench/accuracy_rewrap.py)

CONGBAO = ROOT / "tests" / "fixtures" / "real" / "texts" / "congbao"


def relations(text: str) -> set:
    return {(r.source, r.relation, r.target, r.scope, r.partial) for r in extract_text(text).relations}


def test_rewrap_moves_breaks_inside_sentences_only():
    # (a stop ends a sentence: the break after "phương;" stays)
    end = "\nTheo đề nghị của Vụ trưởng;\n"
    text = "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức\nchính quyền địa phương;" + end
    assert rewrap(text, "pull") == "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ\nchức chính quyền địa phương;" + end
    assert rewrap(text, "push") == "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính\nquyền địa phương;" + end
    assert rewrap(text, "justify") == "Căn cứ Luật  Tổ chức Chính phủ và Luật Tổ chức\nchính quyền địa phương;" + end
    with pytest.raises(ValueError):
        rewrap(text, "wider")


@pytest.mark.parametrize("name", ["van-ban-hop-nhat-so-1315-vbhn-bldtbxh-39218.txt",
                                  "van-ban-hop-nhat-so-1550-vbhn-bldtbxh-41722.txt",
                                  "van-ban-hop-nhat-so-156-vbhn-bldtbxh-43915.txt"])
def test_a_footnote_name_cut_at_its_dash_goes_on(name):
    text = (CONGBAO / name).read_text(encoding="utf-8")
    assert relations(rewrap(text, "push")) == relations(text)


def test_the_footnote_speaker_keeps_its_quoted_preamble():
    text = rewrap((CONGBAO / "van-ban-hop-nhat-so-1315-vbhn-bldtbxh-39218.txt").read_text(encoding="utf-8"), "push")
    # the footnote, as pushed: "… của Bộ trưởng Bộ Lao động⏎- Thương binh và Xã hội sửa đổi, bổ sung …"
    assert "Bộ Lao động \n- Thương binh và Xã hội sửa đổi, bổ sung một số nội dung của Thông tư số 07/2021/TT-" in text
    rels = relations(text)
    assert ("02/2022/TT-BLĐTBXH", "BASED_ON", "14/2017/NĐ-CP", None, False) in rels
    assert ("07/2021/TT-BLĐTBXH", "BASED_ON", "14/2017/NĐ-CP", None, False) not in rels


@pytest.mark.parametrize("mode", ["pull", "push"])
def test_a_short_pages_title_goes_on_over_a_capital(mode):
    # one page: too few long lines to tell the text is wrapped; its title names two circulars, the second amending
    # the first ("Thông tư số 42/2022/TT-BTC … của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung … Thông tư số 338/2016")
    original = (CONGBAO / "thong-tu-so-19-2026-tt-btc-469385.txt").read_text(encoding="utf-8")
    text = rewrap(original, mode)
    assert text != original
    rels = relations(text)
    assert rels == relations(original)
    assert ("42/2022/TT-BTC", "AMENDS", "338/2016/TT-BTC", None, False) in rels
    assert ("19/2026/TT-BTC", "REPEALS", "42/2022/TT-BTC", None, False) in rels
    assert not any(r[0] == "19/2026/TT-BTC" and r[1] == "AMENDS" for r in rels)


def test_a_part_label_wrapped_inside_a_sentence_is_no_heading():
    original = (CONGBAO / "thong-tu-so-09-2026-tt-bnv-469696.txt").read_text(encoding="utf-8")
    text = rewrap(original, "pull")
    assert "\nPhụ lục IX, Phụ lục X và Phụ lục XI Thông tư số 02/2024/TT-BLĐTBXH) bằng" in text
    rels = relations(text)
    assert rels == relations(original)
    assert ("09/2026/TT-BNV", "AMENDS", "21/2021/TT-BLĐTBXH", "Phụ lục II, Phụ lục III, Phụ lục IV, Phụ lục V, Phụ "
            "lục VI, Phụ lục VII, Phụ lục VIII, Phụ lục IX, Phụ lục X và Phụ lục XI", True) in rels


@pytest.mark.parametrize("line, heading", [
    ("Phụ lục IX, Phụ lục X và Phụ lục XI ban hành kèm theo", False),
    ("Phụ lục 01 ban hành kèm theo Thông tư số 21/2021/TT-BLĐTBXH", False),
    ("Chương II của Luật Người lao động Việt Nam", False),
    ("Mục 2; Điều 5 Nghị định số 86/2018/NĐ-CP", False),
    ("Phụ lục IX", True),
    ("Phụ lục I Danh mục văn bản", True),
    ("Phụ lục II-1", True),
    ("PHỤ LỤC I", True),
    ("Chương II. QUY ĐỊNH CHUNG", True),
    ("Chương III", True),
    ("Mục 2", True),
    ("Mục 1. QUY ĐỊNH CHUNG", True),
    ("Phần thứ nhất", True),
])
def test_a_part_label_opens_a_heading_before_its_title_or_stop(line, heading):
    assert bool(_ITEM_START.match(line)) is heading


def test_a_web_pages_title_line_and_first_paragraph_stay_apart():
    # one paragraph per line, no blank line between: the title's last line and the report's first paragraph are
    # two units (the title rule asks for lines of a wrapped width)
    text = ("BÁO CÁO\nKết quả công tác tổ chức xây dựng Đảng năm 2022;\nnhiệm vụ, giải pháp năm 2023\n"
            "Năm 2022 là năm có ý nghĩa quan trọng trong triển khai thực hiện Nghị quyết Đại hội XIII của Đảng và "
            "nghị quyết đại hội đảng bộ các cấp; công tác xây dựng Đảng và hệ thống chính trị tiếp tục được đẩy "
            "mạnh, đạt được kết quả tích cực.\n")
    title = (text.index("\n") + 1, text.index("Năm 2022"))
    units = [u.text for u in segment(text, title=title).units]
    assert "Kết quả công tác tổ chức xây dựng Đảng năm 2022; nhiệm vụ, giải pháp năm 2023" in units
    assert any(u.startswith("Năm 2022 là năm") for u in units)


def test_a_title_breaks_at_a_capital_only_under_a_line_of_its_own():
    # a title's first paragraph goes on over a capital when the lines are a wrapped width, one under the other;
    # a blank line between ends it
    head = "Bãi bỏ Thông tư số 338/2016/TT-BTC ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ\n"
    tail = "Tài chính quy định lập dự toán kinh phí ngân sách nhà nước\n"
    joined = segment(head + tail, title=(0, len(head + tail))).units
    assert [u.text for u in joined] == [(head + tail).replace("\n", " ").strip()]
    apart = segment(head + "\n" + tail, title=(0, len(head + tail) + 1)).units
    assert len(apart) == 2


# Blanks inside a line: a justified PDF line ("Nghị  định số 29/2025/NĐ-CP", 127 of the 398 gazette texts hold
# such runs), a line joined with its trailing space ("hết hiệu \nlực" read as one line), a tab.  The reading text
# holds one space there, as every cue pattern writes it; offsets still point into the file.

REPEAL_LIST = ("THÔNG TƯ\nQuy định về lao động\nĐiều 16. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể "
               "từ ngày 01 tháng 02 năm 2022.\n2. Kể từ ngày Thông tư này có hiệu lực thi hành, các văn bản sau đây "
               "hết hiệu{sp}lực thi hành:\na) Thông tư số 21/2007/TT-BLĐTBXH ngày 08 tháng 10 năm 2007 của Bộ Lao "
               "động - Thương binh và Xã hội hướng dẫn;\nb) Quyết định số{sp}18/2007/QĐ-BLĐTBXH ngày 18 tháng 7 năm "
               "2007 của Bộ trưởng.\n")


@pytest.mark.parametrize("sp", [" ", "  ", "   ", "\t", " \t "])
def test_a_run_of_blanks_inside_a_cue_reads_as_one_space(sp):
    text = REPEAL_LIST.format(sp=sp)
    x = extract_text(text)
    assert {(r.relation, r.target) for r in x.relations} == {("REPEALS", "21/2007/TT-BLĐTBXH"),
                                                              ("REPEALS", "18/2007/QĐ-BLĐTBXH")}
    m = next(m for m in x.mentions if m.id == "18/2007/QĐ-BLĐTBXH")
    assert text[m.start:m.end] == m.surface and m.surface.startswith("Quyết định số") and m.surface.endswith("BLĐTBXH")
    r = next(r for r in x.relations if r.target == "18/2007/QĐ-BLĐTBXH")
    assert text[r.start:r.end].startswith("b) Quyết định số")
    assert "  " not in r.evidence and "\t" not in r.evidence


def test_a_justified_lines_double_space_keeps_the_amendment():
    # "Căn cứ Nghị định số 166/2025/NĐ-CP … của Chính phủ⏎sửa đổi, bổ sung một số điều của Nghị  định số 29/2025/NĐ-CP"
    text = (CONGBAO / "thong-tu-so-38-2026-tt-btc-469387.txt").read_text(encoding="utf-8")
    at = text.index("sửa đổi, bổ sung một số điều của Nghị  định số 29/2025/NĐ-CP")
    line = text.count("\n", 0, at)                  # (the line before it holds "Căn cứ … 166/2025/NĐ-CP")
    lines = {r.line for r in extract_text(text).relations
             if (r.source, r.relation, r.target) == ("166/2025/NĐ-CP", "AMENDS", "29/2025/NĐ-CP")}
    assert line in lines


def test_a_list_act_whose_cue_a_joined_line_breaks_with_two_spaces():
    # the repeal list of 21/2021/TT-BLĐTBXH with its cue's line joined to the next as one line keeps its space:
    # "các văn bản sau đây hết hiệu  lực thi hành:" (a text whose paragraphs are lines: a web page, a Word file)
    original = (CONGBAO / "thong-tu-so-21-2021-tt-bldtbxh-36486.txt").read_text(encoding="utf-8")
    cue = "các văn bản sau đây hết hiệu \nlực thi hành:"
    assert cue in original
    text = original.replace(cue, cue.replace("\n", " "))
    repealed = {r[2] for r in relations(text) if r[0] == "21/2021/TT-BLĐTBXH" and r[1] == "REPEALS"}
    assert {"21/2007/TT-BLĐTBXH", "22/2013/TT-BLĐTBXH", "18/2007/QĐ-BLĐTBXH", "61/2008/QĐ-BLĐTBXH"} <= repealed
    assert repealed == {r[2] for r in relations(original) if r[0] == "21/2021/TT-BLĐTBXH" and r[1] == "REPEALS"}


def test_a_marked_footnote_wrapped_over_lines_goes_on_in_small_letters():
    # the seed (an OCR'd report, one paragraph per line) as a PDF would wrap it: footnote 19 over three lines,
    # "¹⁹ Kết luận số 27-KL/TW … về xử lý sai phạm trong⏎công tác cán bộ theo Kết luận số 48-KL/TW … và Kết luận số
    # 71-KL/TW⏎ngày 24/3/2020;" right under the heading "2.1.2. Công tác nhân sự thường xuyên"
    seed = (ROOT / "examples" / "000_4359cb3ac2b76893.txt").read_text(encoding="utf-8")
    text = rewrap(seed, "wrap")
    assert "¹⁹ Kết luận số 27-KL/TW, ngày 21/02/2022 của Ban Bí thư về xử lý sai phạm trong\ncông tác cán bộ" in text
    rels = relations(text)
    assert ("27-KL/TW", "BASED_ON", "48-KL/TW", None, False) in rels
    assert ("27-KL/TW", "BASED_ON", "71-KL/TW", None, False) in rels
    m = next(m for m in extract_text(text).mentions if m.id == "48-KL/TW" and m.footnote == 19)
    assert m.evidence.startswith("¹⁹ Kết luận số 27-KL/TW")


def test_a_body_paragraph_after_an_open_footnote_stays_body():
    # the footnote ends without a stop; the next line opens with a capital: the body's next paragraph, not the note's
    text = ("BÁO CÁO\nKết quả công tác năm 2022\nI. KẾT QUẢ\nCác tỉnh đã ban hành kế hoạch¹⁰.\n"
            "¹⁰ 66 đơn vị ban hành Kế hoạch; Tỉnh ủy Quảng Ninh ban hành Chương trình hành động\n"
            "Trên cơ sở tổng kết việc thực hiện Nghị quyết số 39-NQ/TW, tham mưu Bộ Chính trị ban hành Kết luận số "
            "28-KL/TW ngày 21/02/2022 về tinh giản biên chế.\n")
    x = extract_text(text)
    m = next(m for m in x.mentions if m.id == "28-KL/TW")
    assert m.footnote is None and m.evidence.startswith("Trên cơ sở tổng kết")

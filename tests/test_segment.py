"""Reading order across page breaks: footnotes sit in the middle of the text (seed lines 41-61)."""
from pathlib import Path

import pytest

from vanban.loaders.segment import segment

SEED = Path(__file__).resolve().parent.parent / "examples" / "000_4359cb3ac2b76893.txt"


def unit_with(seg, words):
    return next(u for u in seg.units if words in u.text)


def test_a_body_sentence_cut_by_footnotes_goes_on_after_them():
    seg = segment(SEED.read_text(encoding="utf-8"))
    u = unit_with(seg, "tham gia đóng góp ý kiến, góp phần hoàn thiện 14 đề án")    # seed lines 41 + 45
    assert u.kind == "body" and [seg.line_of(a) for a, _ in u.pieces] == [41, 45]


def test_a_footnote_cut_by_a_page_break_goes_on_before_the_next_footnotes():
    seg = segment(SEED.read_text(encoding="utf-8"))
    u = unit_with(seg, "(1) Tổng kết việc thực hiện Hướng dẫn 37-HD/BTCTW")           # seed lines 43 + 51
    assert u.kind == "footnote" and u.footnote == 3 and [seg.line_of(a) for a, _ in u.pieces] == [43, 51]


def test_offsets_in_reading_text_map_back_to_the_original():
    text = SEED.read_text(encoding="utf-8")
    seg = segment(text)
    u = unit_with(seg, "ngày càng gắn bó mật thiết với nhân dân, ngày càng được nhân dân tin tưởng")   # lines 59 + 69
    i = u.text.index("càng được nhân dân tin tưởng")
    a = u.to_original(i)
    assert text[a:a + 28] == "càng được nhân dân tin tưởng" and seg.line_of(a) == 69


def test_a_footnote_takes_the_plan_context_of_its_marker():
    seg = segment(SEED.read_text(encoding="utf-8"))
    assert unit_with(seg, "Sửa đổi, bổ sung Quy định số 132-QĐ/TW, ngày 08/3/2018").future     # footnote 75, section III
    assert not unit_with(seg, "Sơ kết 5 năm thực hiện Quy định 105-QĐ/TW").future                 # footnote 3, section I


def test_a_number_cut_at_its_hyphen_is_joined():
    seg = segment("Số: 16 -\nHD/BTCTW\n")
    assert len(seg.units) == 1 and seg.units[0].text == "Số: 16 - HD/BTCTW"


# ``segment`` reads a text without footnote lines (nearly all) by a fast walk (``_plain_units``: a joined line
# only adds its text, each test gated by a first or last character); the general walk (``_segment_with_notes``)
# reads any text by the rules one by one.  On real texts both must give the same units.
ROOT = Path(__file__).resolve().parent.parent
REAL_TEXTS = sorted(p for p in (ROOT / "tests" / "fixtures" / "real" / "texts").rglob("*") if p.suffix in (".txt", ".md"))


def _units_as_read(seg):
    out = []
    for u in seg.units:
        probes = sorted({0, 1, len(u.text) // 2, len(u.text) - 1, len(u.text)} | {a for a, _ in u.sentences})
        out.append((u.kind, u.start, u.pieces, u.text, u.raw, u.future, u.footnote, u.sentences,
                    [u.to_original(i) for i in probes]))
    return out


@pytest.mark.parametrize("path", sorted(SEED.parent.rglob("*.txt")) + REAL_TEXTS, ids=lambda p: p.name)
def test_the_fast_walk_gives_the_general_walks_units(path):
    from vanban.loaders import segment as S
    from vanban.loaders.clean import clean
    from vanban.loaders.formats import read_document
    text = read_document(path).text
    cleaned = clean(text)
    lines = cleaned.split("\n")
    starts = segment(cleaned).line_starts
    for wrapped in (True, False):
        fast = S._plain_units(cleaned, text, lines, starts, wrapped)
        general = S._segment_with_notes(cleaned, text, wrapped, lines, starts)
        if fast is None:                    # a text with footnote lines: the general walk is segment's
            assert any(u.kind == "footnote" for u in general.units)
            continue
        assert _units_as_read(S.Segmented(cleaned, fast, starts)) == _units_as_read(general)


def _caps_line_char_by_char(s):
    n = 0
    for c in s:
        if c.isalpha():
            if c.islower():
                return False
            n += 1
    return n > 3


@pytest.mark.parametrize("line", [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUYẾT ĐỊNH:", "Số: 16 - HD/BTCTW", "STT", "ABCD", "ABC", "17,5", "Bộ",
    "ΑΒΓΔ", "ΑΒΓδ", "АБВГ", "абвг", "ǅǅǅǅ", "ⅰⅱⅲⅳ ABCD", "中文字符", "ǅA", "ABCDª", "ÀÉÎÕ", "ÀÉÎõ", "  ", "",
])
def test_caps_line_fast_tests_agree_with_the_letter_by_letter_rule(line):
    from vanban.loaders.segment import _is_caps_line
    assert _is_caps_line(line) == _caps_line_char_by_char(line)


def test_caps_line_on_every_line_of_the_real_texts():
    from vanban.loaders.segment import _is_caps_line
    lines = [ln.strip() for p in REAL_TEXTS for ln in p.read_text(encoding="utf-8").split("\n")]
    assert sum(map(_is_caps_line, lines)) > 50
    assert [_is_caps_line(s) for s in lines] == [_caps_line_char_by_char(s) for s in lines]


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("lines,joined", [
    # tvpl/cd648cfa4fdecfb2.md, lines 104-105: the list of annexes cut after "và"
    (["Căn cứ Quyết định số 3532/QĐ-BTC ngày 17/10/2025 của Bộ trưởng Bộ Tài chính về sửa đổi, bổ sung một số "
      "nội dung tại Phụ lục I và", "Phụ lục II kèm theo Quyết định số 3154/QĐ-BTC ngày 10/9/2025;"], True),
    # the same cut before a chapter and before a percentage (congbao nghi-dinh-so-12-2022, van-ban-hop-nhat-so-35)
    (["Hình thức xử phạt bổ sung quy định tại Chương II, Chương III và", "Chương IV, trừ hình thức quy định tại khoản 2;"], True),
    (["20 - 25% thuộc nhóm năng lực chung và", "50 - 60% thuộc nhóm năng lực chuyên môn."], True),
    # after "; và" a list's next item starts
    (["a) Có đủ hồ sơ theo quy định; và", "b) Nộp phí theo quy định."], False),
    # tvpl/ad52bc0b105a20cd.md, line 204: a ministry's name cut at its inner hyphen, the name written whole elsewhere
    (["Thông tư liên tịch số 01/2012/TTLT-BQP-BLĐTBXH-BTC ngày 05/01/2012 của Bộ Quốc phòng, Bộ Lao động",
      "- Thương binh và Xã hội hướng dẫn thực hiện Quyết định số 62/2011/QĐ-TTg;",
      "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư."], True),
    # another name, "Văn hóa - Xã hội", cut the same way
    (["Theo đề nghị của Trưởng Ban Văn hóa", "- Xã hội Hội đồng nhân dân tỉnh về việc thông qua;",
      "Ban Văn hóa - Xã hội thẩm tra."], True),
    # a dash item after a line with no stop: a list, not a cut name (no "tổng hợp - Chủ trì" in the text)
    (["Cơ quan chịu trách nhiệm thu thập, tổng hợp", "- Chủ trì: Bộ Tài nguyên và Môi trường."], False),
])
def test_a_line_cut_after_va_or_inside_a_hyphenated_name_goes_on(lines, joined, wrapped):
    seg = segment("\n".join(lines), wrapped=wrapped)
    assert (lines[1] in seg.units[0].text) == joined


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("lines,joined", [
    # dev2 tvpl/1871c6bc374a0bc4.md, lines 82-83 and 76-77: a part's word and a "ngày" cut from their numbers
    (["Căn cứ điểm e khoản 1 Điều 39, khoản", "2 Điều 44, khoản 6 Điều 48 Nghị định số 103/2024/NĐ-CP;"], True),
    (["Cục Thuế nhận được công văn số 823/DLA-CNTK ngày", "17/09/2025 của Thuế tỉnh Đắk Lắk."], True),
    # the same cuts with other words and numbers
    (["Bãi bỏ điểm c khoản 2 Điều", "15 của Quyết định số 12/2024/QĐ-UBND."], True),
    (["Nghị quyết số 07/NQ-CP ngày", "5 tháng 3 năm 2026 của Chính phủ."], True),
    # "ngày" ending a sentence before a numbered item: no date follows, the item starts its own paragraph
    (["a) Nộp hồ sơ trong thời hạn 15 ngày", "2. Trách nhiệm của cơ quan tiếp nhận hồ sơ."], False),
    # a word merely ending in those letters ("phương án") is no part's word
    (["Ủy ban nhân dân tỉnh xây dựng phương án", "2. Sở Tài chính hướng dẫn thực hiện."], False),
    # congbao thong-tu-so-08-2023-tt-bldtbxh: a date cut before its year (the text not hard-wrapped)
    (["Bãi bỏ Thông tư số 55/2015/TT-BLĐTBXH ngày 16 tháng 12 năm", "2015 của Bộ trưởng Bộ Lao động - Thương binh và "
      "Xã hội."], True),
    # congbao nghi-quyet-so-126-nq-cp: the year and its stop look like a numbered item ("2026.")
    (["Các cơ quan tiếp nhận phải hoàn thành trước ngày 01 tháng 7 năm", "2026. Từ ngày 01 tháng 7 năm 2026, Ủy ban "
      "nhân dân tỉnh tiếp nhận."], True),
    # a paragraph ending in "năm" that is no cut date, before a numbered item
    (["- Số dư cuối năm", "2. Tài sản cố định vô hình"], False),
    (["Công trình hoàn thành trong 5 năm", "2020. Năm đầu"], False),
])
def test_a_line_cut_before_a_parts_number_a_date_or_its_year_goes_on(lines, joined, wrapped):
    seg = segment("\n".join(lines), wrapped=wrapped)
    assert (lines[1] in seg.units[0].text) == joined


@pytest.mark.parametrize("note", ["", "\n¹ Văn bản này được gửi kèm bản điện tử."])      # the fast walk, the general one
@pytest.mark.parametrize("lines,joined", [
    # fresh5 tvpl/e42103d7f815212d.md, lines 57-59: a letter's addressees, no stop at their end, then its opening
    (["**Kính gửi:** Các", "đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
      "Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025 và"], False),
    # the same with other words and another opening cue
    (["Kính gửi: Ủy ban nhân dân các tỉnh,", "thành phố trực thuộc trung ương",
      "Triển khai Nghị định số 45/2026/NĐ-CP ngày 02/3/2026 của Chính phủ,"], False),
    # an addressee's name going on in capitals is still the addressees' paragraph
    (["**Kính gửi:** Tổng Công ty", "Phân bón và Hóa chất Dầu khí"], True),
    # outside the addressees an opening cue after a line with no stop goes on as before
    (["Các bộ, ngành tiếp tục chỉ đạo", "Thực hiện Kết luận số 192-KL/TW."], True),
])
def test_a_letters_addressees_end_where_its_text_opens(lines, joined, note):
    seg = segment("\n".join(lines) + note, wrapped=True)
    assert (lines[-1] in seg.units[0].text) == joined

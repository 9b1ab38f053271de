"""Reading order across page breaks: footnotes sit in the middle of the text (seed lines 41-61)."""
from pathlib import Path

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

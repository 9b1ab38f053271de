"""Italics a Markdown page closes and reopens at each of the original's line breaks ("năm* *2025"): the markers
between two words become spaces, so a date and a cue read across them; length kept."""
import pytest

from vanban.loaders import extract_text
from vanban.loaders.clean import clean, join_emphasis

_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 41/KH-UBND\nLào Cai, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nVề phí\n"


@pytest.mark.parametrize("raw,joined", [
    ("năm* *2025", "năm   2025"),
    ("thực hiện** **Nghị định", "thực hiện     Nghị định"),
    ("**QUYẾT ĐỊNH**", "**QUYẾT ĐỊNH**"),         # a marker at a word's edge with no twin stays
    ("a * b", "a * b"),                             # spaces on both sides: not a seam
])
def test_join_emphasis(raw, joined):
    assert join_emphasis(raw) == joined
    assert clean(raw) == joined


def test_a_cue_split_by_emphasis_at_a_line_break_still_reaches_its_target():
    # fresh9 tvpl 8fe888e498bceabd (lines 91-94): "… năm* *2025 … triển khai thực hiện* *Nghị định số 272/2025/NĐ-CP"
    text = (_HEAD + "*Căn cứ Công văn số 2350/BDTTG-VPQGDTMN ngày 19 tháng 10 năm* *2025 của Bộ trưởng Bộ Dân tộc và "
            "Tôn giáo về việc tổ chức triển khai thực hiện* *Nghị định số 272/2025/NĐ-CP ngày 16/10/2025 của Chính "
            "phủ;*\n")
    x = extract_text(text)
    assert ("2350/BDTTG-VPQGDTMN", "IMPLEMENTS", "272/2025/NĐ-CP") in {(r.source, r.relation, r.target)
                                                                       for r in x.relations}
    date = next(m.date for m in x.mentions if m.id == "2350/BDTTG-VPQGDTMN")
    assert date == "2025-10-19"

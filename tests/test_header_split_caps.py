"""A web page that bolds a header's letters one by one ("**V****Ă****N PHÒNG"): the mask blanks the markers in
place, and the header reads the issuer whole again."""
import pytest

from vanban.loaders import extract_text
from vanban.loaders.header import prepare


@pytest.mark.parametrize("line,read", [
    ("  V    Ă    N PHÒNG", "  VĂN PHÒNG"),
    ("B  Ộ TÀI CHÍNH", "BỘ TÀI CHÍNH"),
    ("UBND   TỈNH LÀO CAI", "UBND   TỈNH LÀO CAI"),      # words, not letters: left
    ("Số: 12  /QĐ-UBND", "Số: 12  /QĐ-UBND"),
])
def test_letters_split_by_blanked_markup_are_one_word(line, read):
    assert prepare(line) == read


def test_the_issuer_of_a_page_bolding_letters_one_by_one():
    # dev5 tvpl cb6eb2174499b5d1 (lines 58-59): "**V****Ă****N PHÒNG / CHÍNH PHỦ**"
    x = extract_text("|\n**V****Ă****N PHÒNG\nCHÍNH PHỦ**\n-------\n|\n**CỘNG HÒA\nXÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
                     "Độc lập - Tự do - Hạnh phúc\n|\nSố: 11520/VPCP-CN\n*V/v đẩy mạnh sản xuất nhiên liệu sinh học*\n|\n"
                     "*Hà Nội, ngày 25 tháng 11 năm 2025*\n|\nKính gửi: Bộ Công Thương.\n"
                     "Văn phòng Chính phủ thông báo để các cơ quan biết.\n")
    assert (x.document.code, x.document.issuer) == ("11520/VPCP-CN", "Văn phòng Chính phủ")


def test_the_split_caps_pattern_reads_as_its_look_behind_first_form():
    """_SPLIT_CAPS opens with its capital (re skips to the capitals) and looks behind it after: the matches of
    the form opening with the look-behind."""
    import re

    from vanban.loaders.header import _SPLIT_CAPS
    plain = re.compile(r"(?<![\w])([A-ZĐÀ-Ỹ])[ ]{2,}(?=[A-ZĐÀ-Ỹ](?![\w]))")
    for line in ["V    Ă    N PHÒNG", "aV    Ă", " V  Ă  N", "V  Ă", "VV  A", "\nV  Ă", "ÀV  B", "x.V   B  C",
                 "Đ  Ư  Ờ", "C    H    Í    N    H   P H Ủ", "1V  B", "_V  B", "V  Bx", "V \tB"]:
        assert [(m.span(), m.group(1)) for m in _SPLIT_CAPS.finditer(line)] == \
               [(m.span(), m.group(1)) for m in plain.finditer(line)], line
        assert _SPLIT_CAPS.sub(r"\1", line) == plain.sub(r"\1", line)


def test_the_first_lines_are_the_split_they_stand_for():
    from vanban.loaders.header import _first_lines
    texts = ["", "\n", "a", "a\nb", "\n\n\n", "x\ny\n", "".join(f"line {i}\n" for i in range(700))]
    for t in texts:
        for a in range(0, len(t) + 1, max(1, len(t) // 37)):
            for b in range(0, len(t) + 1, max(1, len(t) // 41)):
                for n in (1, 2, 3, 60, 300):
                    assert _first_lines(t, a, b, n) == t[a:b].split("\n", n)[:n], (t[:20], a, b, n)

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

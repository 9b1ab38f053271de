"""A province's People's Committee or Council whose name OCR cut or garbled where the header's two columns meet
(bench/accuracy_ocr.py: "ỦY BAN NHÂN DÂN TỈNH CAO: CỘNG HÒA XÃ HỘI" / "Ằ CHỦ NGHĨA VIỆT NAM", "… TỈNH SƠNIA -
CỘNG HÒA", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CỘNG HỎA XÃ HỘI" / "HÀ NỘI CHỦ NGHĨA VIỆT NAM") is named whole from its
place-date line; a district's body, or a province named whole, stays as read."""
from vanban.loaders import extract_text

BODY = "\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"


def issuer(head: str) -> str:
    return extract_text(head + BODY).document.issuer


def test_a_provinces_name_cut_by_the_columns():
    # the OCR of fresh4 tvpl 5298da2adb9eb4fe's header, as bench/accuracy_ocr.py prints and reads it
    assert issuer("ỦY BAN NHÂN DÂN TỈNH CAO: CỘNG HÒA XÃ HỘI\nẰ CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Cao Bằng, ngày 28 tháng 11 năm 2025\n\nSố: 2031/QĐ-UBND\n") == "Ủy ban nhân dân tỉnh Cao Bằng"


def test_a_city_on_the_next_line():
    # heldout tvpl 8983091b5c6598d8's header through OCR
    got = extract_text("- HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CỘNG HỎA XÃ HỘI\n-_-:_ HÀ NỘI CHỦ NGHĨA VIỆT NAM\n"
                       "mi - Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 27 tháng 11 năm 2025\n\nSố: 72/2025/NQ-HĐND\n\n"
                       "NGHỊ QUYẾT\nQuy định chính sách đối với người làm việc\n"
                       "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n").document.issuer
    assert got == "Hội đồng nhân dân thành phố Hà Nội"


def test_what_stays_as_read():
    # a district's committee: its place is the district's, no province
    assert issuer("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Số: 12/QĐ-UBND\nĐức Trọng, ngày 02 tháng 3 năm 2025\n") == "Ủy ban nhân dân huyện Đức Trọng"
    # a province named whole, its seat another place
    assert issuer("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Số: 12/QĐ-UBND\nĐà Lạt, ngày 02 tháng 3 năm 2025\n") == "Ủy ban nhân dân tỉnh Lâm Đồng"

"""What a scan's OCR does to a header and to a number (bench/accuracy_ocr.py), read as the text means it.

A province's People's Committee or Council whose name OCR cut or garbled where the header's two columns meet
(bench/accuracy_ocr.py: "ỦY BAN NHÂN DÂN TỈNH CAO: CỘNG HÒA XÃ HỘI" / "Ằ CHỦ NGHĨA VIỆT NAM", "… TỈNH SƠNIA -
CỘNG HÒA", "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ CỘNG HỎA XÃ HỘI" / "HÀ NỘI CHỦ NGHĨA VIỆT NAM") is named whole from its
place-date line; a district's body, or a province named whole, stays as read.  The place-date line's comma read as
";" or a colon after "ngày" ("Hà Nội; ngày 21 tháng 7 năm 2022", "Hà Nội, ngày:28 tháng 11 năm 2025"); a space inside
a number's type code ("362/2025/N Đ-CP")."""
from vanban.loaders import extract_text

BODY = ("\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n")


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


def test_a_place_date_line_through_ocr():
    for line, date in (("Hà Nội; ngày 21 tháng 7 năm 2022", "2022-07-21"), ("Hà Nội, ngày:28 tháng 11 năm 2025", "2025-11-28")):
        x = extract_text("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 44/2022/TT-BTC\n" + line + "\n\nTHÔNG TƯ\n"
                         "Quy định quản lý kinh phí\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n")
        assert x.document.date == date, line


def test_a_space_inside_a_type_code():
    x = extract_text("Căn cứ Nghị định số 362/2025/N Đ-CP của Chính phủ quy định chi tiết một số điều;")
    assert [m.code for m in x.mentions if m.code] == ["362/2025/NĐ-CP"]
    # guard: a law's number stays whole; a type code after the year keeps its issuer
    x = extract_text("Căn cứ Luật số 63/2025/QH15 và Thông tư số 12/2025/TT-BTC ngày 01/3/2025.")
    assert [m.code for m in x.mentions if m.code] == ["63/2025/QH15", "12/2025/TT-BTC"]

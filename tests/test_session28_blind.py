"""Session 28: a blind set of real pages (read and annotated before the tool ran on them).

Each rule is one of structure or of how text arrives, not of one text's words:
* the title line of the older gazette form, "CHỈ THỊ / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG / NGÀY 21 THÁNG 6
  NĂM 2001 VỀ VIỆC …" (type, issuer and "SỐ" before the number, the date after it), names the document itself;
* a code's small letters ("QĐ-TTg") leave such a title line in capitals (a library's entry: "QUYẾT ĐỊNH CỦA THỦ
  TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008 (11/07/2012)");
* a known body's name wrapped where its second part names a body too ("ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI") is one name;
* the header's date with a word glued to its number ("ngày 24 tháng11 năm 2025") is the date;
* "một số" (some) in a document's title is no number's "số": "Thông tư số A … quy định một số nội dung và biện
  pháp thi hành Quyết định số B" carries out B;
* a title with two predicates ("Thông tư số A … quy định chi tiết một số điều của Luật X và hướng dẫn thực hiện
  Nghị định số B") guides B, when the sentence holds no earlier document the second predicate could be said of;
* a website's metadata label joined to the value before it ("Công văn Nơi ban hành:", "1449/QĐ-BGDĐTNgày đăng công
  báo:") starts its own entry.
The texts below are made for the tests, in the shape of the documents read (not copies of them).
"""
from __future__ import annotations

from tests.test_session25_blind import STATE_HEAD
from vanban.loaders import extract_text
from vanban.loaders.layout import site_metadata


def _rels(x):
    return {(r.source, r.relation, r.target) for r in x.relations}


OLD_TITLE = """CHỈ THỊ
CỦA THỦ
TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG
NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH
NĂM 2002
Để hoàn thành nhiệm vụ kế hoạch năm 2001, các Bộ, ngành cần tập trung thực hiện tốt Nghị quyết số 05/2001/NQ-CP
ngày 24 tháng 5 năm 2001 của Chính phủ; đồng thời triển khai xây dựng kế hoạch năm 2002 như sau:
I. NHIỆM VỤ CHỦ YẾU
1. Các Bộ, ngành xây dựng kế hoạch.
"""


def test_an_older_gazette_title_line_names_the_document_itself():
    d = extract_text(OLD_TITLE).document
    assert (d.code, d.type, d.date, d.issuer) == ("16/2001/CT-TTg", "Chỉ thị", "2001-06-21", "Thủ tướng Chính phủ")
    one_line = "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC KẾ HOẠCH\n" + \
        OLD_TITLE.split("\n", 5)[5]
    assert extract_text(one_line).document.code == "16/2001/CT-TTg"


def test_a_library_entry_s_title_line_with_a_code_in_small_letters():
    page = ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008   (11/07/2012 )\n \n\n"
            "click chuột vào đây để tải tài liệu về QD.doc\n")
    d = extract_text(page).document
    assert (d.code, d.type, d.date, d.issuer) == ("69/2008/QĐ-TTg", "Quyết định", "2008-05-28", "Thủ tướng Chính phủ")


def test_a_known_name_wrapped_before_a_body_word_is_one_name():
    text = ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Nghị quyết số: 653/2019/UBTVQH14\nHà Nội, ngày 12 tháng 3 năm 2019\nNGHỊ QUYẾT\nVỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH "
            "CHÍNH\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp.\n")
    d = extract_text(text).document
    assert (d.code, d.issuer) == ("653/2019/UBTVQH14", "Ủy ban Thường vụ Quốc hội")


def test_a_title_line_naming_a_document_of_another_type_is_a_page_about_it():
    # a guide headed by its type, then the regulation it is about: not the regulation itself
    text = ("HƯỚNG DẪN\nTHỰC HIỆN QUY ĐỊNH CỦA BỘ CHÍNH TRỊ SỐ 105-QĐ/TW NGÀY 19 THÁNG 12 NĂM 2017 VỀ CÔNG TÁC CÁN BỘ\n"
            "Thực hiện Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị, hướng dẫn như sau:\n1. Phạm vi.\n")
    assert extract_text(text).document.code is None


def test_a_header_date_with_a_word_glued_to_its_number_is_read():
    text = STATE_HEAD.format(number="80/2025/QĐ-UBND", date="24 tháng11 năm 2025", heading="QUYẾT ĐỊNH",
                             title="Bãi bỏ Quyết định số 15/2025/QĐ-UBND") + \
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ.\n"
    d = extract_text(text).document
    assert d.date == "2025-11-24" and d.place == "Hà Giang"


DECISION = STATE_HEAD.format(number="2157/QĐ-UBND", date="09 tháng 11 năm 2017", heading="QUYẾT ĐỊNH",
                             title="Về việc công bố danh mục thủ tục hành chính") + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"


def test_some_in_a_title_is_no_number_s_word():
    text = DECISION + (
        "Căn cứ Thông tư số 17/2017/TT-BTTTT ngày 23/6/2017 của Bộ trưởng Bộ Thông tin và Truyền thông quy định một "
        "số nội dung và biện pháp thi hành Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về "
        "việc tiếp nhận hồ sơ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục.\n")
    assert ("17/2017/TT-BTTTT", "IMPLEMENTS", "45/2016/QĐ-TTg") in _rels(extract_text(text))


def test_a_title_with_two_predicates_guides_its_second_object():
    text = DECISION + (
        "Căn cứ Thông tư số 69/2025/TT-BTC của Bộ Tài chính quy định chi tiết một số điều của Luật Thuế giá trị gia "
        "tăng và hướng dẫn thực hiện Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Công bố danh mục.\n")
    rels = _rels(extract_text(text))
    assert ("69/2025/TT-BTC", "GUIDES", "181/2025/NĐ-CP") in rels
    assert not any(t == "181/2025/NĐ-CP" and r == "BASED_ON" for _, r, t in rels)


def test_a_site_table_whose_labels_are_joined_to_the_values_before_them():
    # a portal's "Thuộc tính văn bản" with each label glued to the value before it, and a page printed from the
    # top whose text joined each value to the next cell's label (bench/accuracy_ocr.py's printout of a letter)
    glued = ("  Cơ quan ban hành:Bộ Giáo dục và Đào tạoSố công báo:Đang cập nhật\n"
             "  Số hiệu:1449/QĐ-BGDĐTNgày đăng công báo:Đang cập nhật\n"
             "  Loại văn bản:Quyết địnhNgười ký:Phạm Ngọc Thưởng\n  Ngày ban hành:02/06/2020Hết hiệu lực:Đang cập nhật\n")
    assert site_metadata(glued) == {"issuer": "Bộ Giáo dục và Đào tạo", "number": "1449/QĐ-BGDĐT",
                                    "type": "Quyết định", "signer": "Phạm Ngọc Thưởng", "date": "02/06/2020"}
    joined = ("Số hiệu:\n174/CV-BCĐ\nLoại văn bản:\nCông văn Nơi ban hành:\nBan Chỉ đạo của Chính phủ Người ký:\n"
              "Phạm Thị Thanh Trà Ngày ban hành:\n02/12/2025 Ngày hiệu lực:\nĐã biết Tình trạng:\nĐã biết\n")
    site = site_metadata(joined)
    assert (site["type"], site["issuer"], site["date"]) == ("Công văn", "Ban Chỉ đạo của Chính phủ", "02/12/2025")
    d = extract_text(joined + "Kính gửi: Các Bộ.\nThực hiện Kết luận số 192-KL/TW ngày 19/9/2025, đề nghị các Bộ "
                     "khẩn trương thực hiện.\n").document
    assert (d.code, d.type, d.date) == ("174/CV-BCĐ", "Công văn", "2025-12-02")


def test_the_amender_after_a_passive_s_theo_is_no_rule_the_title_lays_down():
    # a consolidated text's list of amenders (blind f10): "… Nghị định số 123/2016/NĐ-CP … quy định chức năng … đã
    # được sửa đổi, bổ sung một số điều theo Nghị định số 101/2020/NĐ-CP …; Nghị định số 10/2016/NĐ-CP …": "theo" names
    # 101/2020's amendment; 123/2016 guides neither 101/2020 nor the next item, 10/2016
    text = DECISION + (
        "Căn cứ Nghị định số 83/2024/NĐ-CP ngày 10 tháng 7 năm 2024 sửa đổi, bổ sung một số điều của Nghị định số "
        "123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức năng của Bộ đã được sửa đổi, bổ sung một "
        "số điều theo Nghị định số 101/2020/NĐ-CP ngày 28 tháng 8 năm 2020 của Chính phủ; Nghị định số 10/2016/NĐ-CP "
        "ngày 01 tháng 02 năm 2016 của Chính phủ quy định về cơ quan thuộc Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố.\n")
    rels = _rels(extract_text(text.replace("2017", "2025")))
    assert ("101/2020/NĐ-CP", "AMENDS", "123/2016/NĐ-CP") in rels
    assert not any(s == "123/2016/NĐ-CP" and r == "GUIDES" for s, r, _ in rels)

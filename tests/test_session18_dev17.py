"""Rules read off dev17 (session 18, eight gazette texts annotated from reading by one more reader), each checked on
the real text it came from and on a text made in that shape, with a guard that keeps what the rule must not take:

* a list of acted-on laws goes on after an item's own amenders at the next law with a name of its own ("… Luật Giao
  thông đường thủy nội địa số A đã được sửa đổi, bổ sung một số điều theo Luật số B và Luật số C, Luật Tài nguyên
  nước số D, …"), a name that may hold a comma ("Luật Phòng, chống bệnh truyền nhiễm số E");
* a line opening with a year range ("2021 - 2022 hết hiệu lực …") goes on the line before: an item's number has at
  most three digits when a dash follows it;
* a number of the years before the 1996 law whose issuer carries its term: "Pháp lệnh số 10-LCT/HĐNN7";
* (read off older splits' misses the same session) a directing document's order to review ("Khẩn trương hoàn thành
  việc tổng kết, đánh giá việc thực hiện Chỉ thị số A") is its own planned REVIEWS; "Ban Chỉ đạo … về tổng kết Nghị
  quyết số B" is a committee named by its task, no review."""
from real_texts import TEXTS, rels

from vanban.loaders import extract, extract_text


def test_a_list_of_laws_goes_on_after_an_items_amenders():
    # dev17 congbao van-ban-hop-nhat-so-28-vbhn-vpqh lines 64-91 (Law 35/2018's enacting formula, quoted in a footnote)
    got = rels(extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-28-vbhn-vpqh-33444.txt"))
    for target in ("23/2004/QH11", "17/2012/QH13", "45/2013/QH13", "03/2007/QH12", "59/2010/QH12"):
        assert ("35/2018/QH14", "AMENDS", target) in got, target
    assert ("48/2014/QH13", "AMENDS", "23/2004/QH11") in got
    assert ("08/2017/QH14", "AMENDS", "17/2012/QH13") in got
    assert ("08/2017/QH14", "AMENDS", "45/2013/QH13") not in got
    made = rels(extract_text(
        "Số: 35/2018/QH14\nLUẬT\nSửa đổi\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch "
        "của Luật Giao thông đường bộ số 23/2008/QH12, Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được sửa đổi, "
        "bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13, Luật Tài nguyên nước số 17/2012/QH13, "
        "Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12 và Luật Giám định tư pháp số 13/2012/QH13.\n"))
    for target in ("23/2008/QH12", "23/2004/QH11", "17/2012/QH13", "03/2007/QH12", "13/2012/QH13"):
        assert ("35/2018/QH14", "AMENDS", target) in made, target
    assert ("97/2015/QH13", "AMENDS", "23/2004/QH11") in made
    # guard: the item's amenders are not the document's objects, nor amenders of the next law
    assert ("35/2018/QH14", "AMENDS", "48/2014/QH13") not in made
    assert ("97/2015/QH13", "AMENDS", "17/2012/QH13") not in made


def test_a_line_opening_with_a_year_range_goes_on():
    # dev17 congbao nghi-dinh-so-117-2022-nd-cp lines 175-179
    got = rels(extract(TEXTS / "congbao" / "nghi-dinh-so-117-2022-nd-cp-38918.txt"))
    assert ("117/2022/NĐ-CP", "REPEALS", "53/2021/NĐ-CP") in got
    made = rels(extract_text(
        "Số: 117/2026/NĐ-CP\nNGHỊ ĐỊNH\nVề việc\nĐiều 6. Áp dụng\nHàng hóa nhập khẩu từ Vương quốc Anh và Bắc Ai-len\n"
        "được áp dụng thuế suất thuế nhập khẩu ưu đãi đặc biệt theo Hiệp định UKVFTA\n"
        "phải đáp ứng đủ các điều kiện quy định tại điểm a, điểm c khoản 3 Điều 5 Nghị\n"
        "định này.\nĐiều 7. Hiệu lực thi hành\n1. Nghị định này có hiệu lực từ ngày ký ban hành.\n"
        "2. Nghị định số 53/2021/NĐ-CP ngày 21 tháng 5 năm 2021 của Chính phủ về\n"
        "việc ban hành Biểu thuế xuất khẩu ưu đãi, Biểu thuế nhập khẩu ưu đãi đặc biệt\n"
        "của Việt Nam để thực hiện Hiệp định Thương mại tự do giai đoạn\n"
        "2021 - 2022 hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n"
        "3. Nghị định số 54/2021/NĐ-CP ngày 21 tháng 5 năm 2021 của Chính phủ về\n"
        "việc ban hành Biểu thuế xuất khẩu ưu đãi của Việt Nam giai đoạn 2021 - 2022\n"
        "120 - Danh mục hàng hóa theo Nghị định số 55/2021/NĐ-CP được giữ nguyên.\n"))
    assert ("117/2026/NĐ-CP", "REPEALS", "53/2021/NĐ-CP") in made
    # guard: a three-digit item number still starts its item (the list "120 - …" is no part of item 3's sentence)
    from vanban.loaders.segment import _ITEM_START
    assert _ITEM_START.match("120 - Danh mục hàng hóa") and not _ITEM_START.match("2021 - 2022 hết hiệu lực")


def test_a_legacy_number_whose_issuer_carries_its_term():
    # dev17 congbao van-ban-hop-nhat-so-28-vbhn-vpqh line 1393
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-28-vbhn-vpqh-33444.txt")
    assert "10-LCT/HĐNN7" in {m.code for m in x.mentions}
    assert ("10-LCT/HĐNN7", "AMENDS", "200/NQ-TVQH") in rels(x)
    made = extract_text(
        "Số: 12/2026/QH15\nLUẬT\nVề thuế\nĐiều 1. Bãi bỏ Chương IV-A quy định tại Nghị quyết số 200/NQ-TVQH ngày 18 tháng "
        "01 năm 1966 đã được sửa đổi, bổ sung một số điều theo Pháp lệnh số 10-LCT/HĐNN7 ngày 26 tháng 02 năm 1983; "
        "mã hàng 10-AB/CD12 giữ nguyên.\n")
    codes = {m.code for m in made.mentions}
    assert "10-LCT/HĐNN7" in codes
    # guard: such a shape not after a document's type word is no document
    assert not [c for c in codes if c and c.startswith("10-AB")]


def test_a_directing_documents_order_to_review_and_a_committee_named_by_its_review():
    # fresh9 tvpl 8018a6f353d60a9e lines 155-163 (a letter conveying the Deputy Prime Minister's direction): "Khẩn
    # trương hoàn thành việc tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg", "sơ kết 6 tháng việc thực hiện"
    got = rels(extract(TEXTS / "tvpl" / "8018a6f353d60a9e.md"))
    assert ("11554/VPCP-V.I", "REVIEWS", "30/CT-TTg") in got
    assert ("11554/VPCP-V.I", "REVIEWS", "13/CT-TTg") in got
    # dev8 congbao nghi-quyet-so-105-nq-cp line 749: "… của Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18-NQ/TW"
    x = extract(TEXTS / "congbao" / "nghi-quyet-so-105-nq-cp-469364.txt")
    assert not [r for r in x.relations if r.relation == "REVIEWS" and r.source.startswith("IMPLICIT:")]
    letter = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11554/VPCP-V.I\nHà Nội, ngày 25 tháng 11 năm 2025\nV/v tăng cường\nKính gửi: Các Bộ\n"
              "1. Khẩn trương hoàn thành việc tổng kết, đánh giá việc thực hiện Chỉ thị số 30/CT-TTg ngày 30 tháng 9 "
              "năm 2014 của Thủ tướng Chính phủ.\n2. Thực hiện theo Kế hoạch số 130/KH-BCĐ ngày 21 tháng 9 năm 2025 của "
              "Ban Chỉ đạo của Chính phủ về tổng kết Nghị quyết số 18-NQ/TW.\n")
    made = extract_text(letter)
    assert ("11554/VPCP-V.I", "REVIEWS", "30/CT-TTg") in rels(made)
    assert not [r for r in made.relations if r.relation == "REVIEWS" and r.target == "18-NQ/TW"]
    # guard: a report's review stays an activity with no acting document (the seed's convention)
    report = extract_text(letter.replace("Số: 11554/VPCP-V.I", "Số: 115/BC-VPCP").replace("V/v tăng cường", "BÁO CÁO\nKết quả"))
    assert not [r for r in report.relations if r.relation == "REVIEWS" and not r.source.startswith("IMPLICIT:")]

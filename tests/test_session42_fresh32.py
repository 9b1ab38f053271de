"""Session 42: rules from the misses of gold fresh32 (provincial decisions, a decree and circulars saved from a legal
website by TuanHuu168/CongBot).  Made texts in the documents' own wording; the guards say what a rule must not take."""
from vanban.loaders import extract_text


def _decision(title: str, preamble: str = "Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;", body: str = "") -> str:
    return ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 16/2010/QĐ-UBND\nLai Châu, ngày 09 tháng 8 năm 2010\nQUYẾT ĐỊNH\n"
            + title + "\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n" + preamble + "\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n" + body)


def _rels(text: str) -> set:
    own = extract_text(text)
    return {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in own.relations if r.relation != "CITES"}


def test_a_title_that_lays_down_the_particulars_of_decrees_guides_them():
    # file_data_49: "VỀ VIỆC QUY ĐỊNH CỤ THỂ MỘT SỐ CHÍNH SÁCH … THEO NGHỊ ĐỊNH SỐ 197/2004/NĐ-CP NGÀY 03/12/2004 VÀ NGHỊ
    # ĐỊNH SỐ 69/2009/NĐ-CP NGÀY 13/8/2009 CỦA CHÍNH PHỦ", the two joined in capitals too
    for title in ("VỀ VIỆC QUY ĐỊNH CỤ THỂ MỘT SỐ CHÍNH SÁCH VỀ BỒI THƯỜNG KHI NHÀ NƯỚC THU HỒI ĐẤT THEO NGHỊ ĐỊNH SỐ "
                  "197/2004/NĐ-CP NGÀY 03/12/2004 VÀ NGHỊ ĐỊNH SỐ 69/2009/NĐ-CP NGÀY 13/8/2009 CỦA CHÍNH PHỦ",
                  "Về việc quy định cụ thể một số chính sách về bồi thường khi Nhà nước thu hồi đất theo Nghị định số "
                  "197/2004/NĐ-CP ngày 03/12/2004 và Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ"):
        got = _rels(_decision(title))
        assert ("16/2010/QĐ-UBND", "GUIDES", "197/2004/NĐ-CP") in got, title
        assert ("16/2010/QĐ-UBND", "GUIDES", "69/2009/NĐ-CP") in got, title


def test_the_bodies_consulted_run_into_a_base_are_no_bases():
    # file_data_42: "Căn cứ Quyết định số 20/2000/QĐ-TTg …; Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng
    # (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn bản số 4773/TC-CSTC ngày 25/5/2001) …"
    got = _rels(_decision(
        "Về việc hỗ trợ nhà ở",
        "Căn cứ Quyết định số 20/2000/QĐ-TTg ngày 3 tháng 2 năm 2000 của Thủ tướng Chính phủ về việc hỗ trợ; Sau khi "
        "thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW ngày 6/6/2001), Bộ Tài chính (Văn "
        "bản số 4773/TC-CSTC ngày 25/5/2001);"))
    assert ("16/2010/QĐ-UBND", "BASED_ON", "20/2000/QĐ-TTg") in got
    assert not [t for t in got if t[2] in ("152/CV-TCTW", "4773/TC-CSTC")]


def test_a_provincial_departments_code_keeps_its_first_letter():
    # file_data_24: "Tờ trình số 107/TTr-SLĐTBXH" (Sở Lao động - Thương binh và Xã hội) is no ministry's "LĐTBXH"
    x = extract_text(_decision("Về việc công bố", body="Theo đề nghị tại Tờ trình số 107/TTr-SLĐTBXH ngày 19/9/2022.\n"))
    codes = {m.code for m in x.mentions if m.code}
    assert "107/TTr-SLĐTBXH" in codes and "107/TTr-LĐTBXH" not in codes
    # (a letter OCR split in two past the first is still read: "4347/QĐ-BVHTTDIL")
    x = extract_text(_decision("Về việc công bố", body="Căn cứ Quyết định số 4347/QĐ-BVHTTDIL ngày 19/9/2022.\n"))
    assert "4347/QĐ-BVHTTDL" in {m.code for m in x.mentions if m.code}


def _resolution(effect: str) -> str:
    return ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 59/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
            "Về cơ chế tài chính\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nCăn cứ Luật Thủ đô số 39/2024/QH15;\nQUYẾT NGHỊ:\n"
            "Điều 1. Phạm vi.\nĐiều 5. Hiệu lực thi hành\nNghị quyết này có hiệu lực thi hành kể từ ngày 08 tháng 12 năm "
            "2025.\n" + effect + "\n")


def test_an_effect_clauses_list_after_its_colon_in_the_same_sentence():
    # tnt305 9124b25553a6c642 (fresh33): "Các Nghị quyết của Hội đồng nhân dân Thành phố sau đây hết hiệu lực kể từ ngày
    # Nghị quyết này có hiệu lực thi hành: số 15/2013/NQ-HĐND ngày … về …; số 14/2016/NQ-HĐND ngày … sửa đổi, bổ sung
    # một số điều của Nghị quyết số 15/2013/NQ-HĐND …"
    got = _rels(_resolution(
        "Các Nghị quyết của Hội đồng nhân dân Thành phố sau đây hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi "
        "hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013 về cơ chế tài chính áp dụng đối với các cơ sở giáo dục; số "
        "14/2016/NQ-HĐND ngày 06 tháng 12 năm 2016 sửa đổi, bổ sung một số điều của Nghị quyết số 12/2012/NQ-HĐND ngày "
        "17 tháng 7 năm 2012 của Hội đồng nhân dân Thành phố."))
    assert ("59/2025/NQ-HĐND", "REPEALS", "15/2013/NQ-HĐND") in got
    assert ("59/2025/NQ-HĐND", "REPEALS", "14/2016/NQ-HĐND") in got
    # the document an item's title names is the item's, not the list's
    assert ("59/2025/NQ-HĐND", "REPEALS", "12/2012/NQ-HĐND") not in got
    got = _rels(_resolution("Bãi bỏ các Quyết định sau đây: Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020; Quyết định "
                            "số 13/2021/QĐ-UBND ngày 02/3/2021."))
    assert {("59/2025/NQ-HĐND", "REPEALS", "12/2020/QĐ-UBND"), ("59/2025/NQ-HĐND", "REPEALS", "13/2021/QĐ-UBND")} <= got
    # (a list of what was amended, no act: "Các Nghị quyết sau đây đã được ban hành: …")
    got = _rels(_resolution("Các Nghị quyết sau đây đã được ban hành: số 15/2013/NQ-HĐND ngày 17 tháng 7 năm 2013."))
    assert not [t for t in got if t[2] == "15/2013/NQ-HĐND"]

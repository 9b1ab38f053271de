"""Session 42: laws named by title (read as the law the file numbers), and OCR-damaged wording around them, from the
misses of gold fresh30 (real texts of two repositories the project had not used).  Each text is made, from the
documents' own wording; the guards say what a rule must not take."""
from vanban.loaders import extract_text
from vanban.loaders.header import read_header


def _circular(preamble: str, body: str = "Điều 1. Phạm vi\nThông tư này quy định về một việc.") -> str:
    return ("BỘ TÀI CHÍNH\nSố: 18/2019/TT-BTC\nHà Nội, ngày 03 tháng 4 năm 2019\nTHÔNG TƯ\nBãi bỏ một việc\n"
            + preamble + "\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n" + body + "\n")


def _rels(text: str) -> set:
    return {(r.source, r.relation, r.target) for r in extract_text(text).relations if r.relation != "CITES"}


def test_a_title_is_compared_without_case_or_marks():
    from vanban.loaders.resolve import fold_title
    assert fold_title("Luật  thuê giả trị\ngia tăng") == fold_title("Luật Thuế giá trị gia tăng") == \
        "luat thue gia tri gia tang"


def test_an_ocr_d_title_in_small_letters_is_the_law_the_preamble_numbers():
    # teije05 Doc_Undated_TT_18_2019: "Luật thuế giá trị gia tăng số 13/2008/QH12, Luật số 31/2013/QH13 sửa đổi, bổ sung
    # một số điều của Luật thuê giá trị gia tăng" (the OCR's "thuê"); "… và Luật số 21/2012/QH13 sửa đổi, bồ sung …"
    got = _rels(_circular(
        "Căn cứ Luật thuế giá trị gia tăng số 13/2008/QH12, Luật số 31/2013/QH13 sửa đổi, bổ sung một số\n"
        "điều của Luật thuê giá trị gia tăng;\n"
        "Căn cứ Luật quản lý thuế số 78/2006/QH11 và Luật số 21/2012/QH13 sửa đổi, bồ sung một số điều\n"
        "của Luật quản lý thuê;"))
    assert ("31/2013/QH13", "AMENDS", "13/2008/QH12") in got
    assert ("21/2012/QH13", "AMENDS", "78/2006/QH11") in got


def test_a_longer_title_is_another_law():
    # "Luật Giáo dục nghề nghiệp" is not "Luật Giáo dục" (congbao van-ban-hop-nhat-so-2021-vbhn-bldtbxh), nor "Luật Đầu
    # tư công" "Luật Đầu tư"
    got = _rels(_circular(
        "Căn cứ Luật Giáo dục số 38/2005/QH11;\nCăn cứ Luật Đầu tư số 61/2020/QH14;\n"
        "Căn cứ Nghị định số 15/2019/NĐ-CP ngày 01 tháng 02 năm 2019 của Chính phủ quy định chi tiết một số điều và\n"
        "biện pháp thi hành Luật Giáo dục nghề nghiệp;\n"
        "Căn cứ Nghị định số 40/2020/NĐ-CP ngày 06 tháng 4 năm 2020 của Chính phủ quy định chi tiết thi hành một số\n"
        "điều của Luật Đầu tư công;\n"
        "Căn cứ Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ quy định chi tiết và hướng dẫn thi\n"
        "hành một số điều của Luật Đầu tư được sửa đổi, bổ sung bởi Nghị định số 19/2025/NĐ-CP;"))
    assert not [t for t in got if t[2] == "38/2005/QH11" and t[1] == "GUIDES"]
    assert ("40/2020/NĐ-CP", "GUIDES", "61/2020/QH14") not in got
    # the title followed by the words a sentence goes on with is the law ("… Luật Đầu tư được sửa đổi …")
    assert ("31/2021/NĐ-CP", "GUIDES", "61/2020/QH14") in got


def test_a_document_older_than_the_law_the_title_names_guides_an_older_law_of_that_title():
    # teije05 CV_1938: "Thông tư số 156/2013/TT-BTC … hướng dẫn thi hành một số điều của Luật Quản lý thuế" in a
    # letter that numbers only the 2019 law of that title
    got = _rels(_circular(
        "Căn cứ Luật Quản lý thuế số 38/2019/QH14;",
        "Điều 1. Các Thông tư sau đây hết hiệu lực:\n"
        "- Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính hướng dẫn thi hành một số điều của\n"
        "Luật Quản lý thuế.\n"
        "Điều 2. Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn thi hành một số điều của\n"
        "Luật Quản lý thuế được áp dụng."))
    assert ("156/2013/TT-BTC", "GUIDES", "38/2019/QH14") not in got
    assert ("80/2021/TT-BTC", "GUIDES", "38/2019/QH14") in got


def test_an_amending_law_named_by_its_title_is_no_unnamed_amender():
    # teije05 CV_1938 (a letter): "… hướng dẫn thi hành một số điều của Luật Quản lý thuế; Luật sửa đổi, bổ sung một số
    # điều của Luật Quản lý thuế và Nghị định số 83/2013/NĐ-CP": 83/2013/NĐ-CP is the circular's second object,
    # amended by none, and the amending law is named (by its title), not unnamed
    got = _rels("BỘ TÀI CHÍNH\nSố: 1938/BTC-TCT\nHà Nội, ngày 26 tháng 02 năm 2021\nV/v thực hiện Thông tư\n\n"
                "Kính gửi: Cục Thuế các tỉnh.\n\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\n\n"
                "1. Các Thông tư sau đây, bao gồm:\n\n"
                "- Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính\n"
                "hướng dẫn thi hành một số điều của Luật Quản lý thuế; Luật sửa đổi, bổ sung\n"
                "một số điều của Luật Quản lý thuế và Nghị định số 83/2013/NĐ-CP.\n")
    assert not [t for t in got if t[0].startswith("IMPLICIT:")]
    assert ("1938/BTC-TCT", "BASED_ON", "38/2019/QH14") in got


def test_an_amenders_phrase_whose_bo_the_ocr_misread():
    # teije05 CV_1938: "Thông tư số 06/2017/TT-BTC … sửa đổi, bd sung khoản 1 Điều 34a Thông tư số 156/2013/TT-BTC"
    got = _rels(_circular(
        "Căn cứ Luật Quản lý thuế số 78/2006/QH11;",
        "Điều 1. Bãi bỏ các Thông tư:\n- Thông tư số 06/2017/TT-BTC ngày 20/01/2017 của Bộ Tài chính sửa\n"
        "đổi, bd sung khoản 1 Điều 34a Thông tư số 156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính;\n"
        "- Thông tư số 31/2017/TT-BTC ngày 18/4/2017 của Bộ Tài chính sửa đỗi,\n"
        "bé sung một số Điều của Thông tư số 99/2016/TT-BTC."))
    assert ("06/2017/TT-BTC", "AMENDS", "156/2013/TT-BTC") in got
    assert ("31/2017/TT-BTC", "AMENDS", "99/2016/TT-BTC") in got


def test_a_guide_phrase_the_ocr_damaged_is_no_carrying_out():
    # sct 43/2018/TT-BCT: "… theo quy định tại Điều 12 Nghị định số 15/2018/NĐ-CP … của Chính phủ quy định chỉ tiết thi
    # hành một số điều của Luật An toàn thực phẩm" ("chỉ" for "chi"): a guide, not "thi hành" alone
    got = _rels(_circular(
        "Căn cứ Luật An toàn thực phẩm số 55/2010/QH12;",
        "Điều 1. Cơ sở không thuộc diện cấp Giấy chứng nhận theo quy định tại Điều 12\n"
        "Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định\n"
        "chỉ tiết thi hành một số điều của Luật An toàn thực phẩm; báo cáo kết quả."))
    assert ("15/2018/NĐ-CP", "GUIDES", "55/2010/QH12") in got
    assert ("15/2018/NĐ-CP", "IMPLEMENTS", "55/2010/QH12") not in got


def test_a_proposal_run_into_a_base_without_a_semicolon_is_no_base():
    # CongBot file_data_18: "Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của Cục
    # Thuế tỉnh Gia Lai tại Tờ trình số 2520/TTr-CT ngày 12/10/2011," (a web page's lost break)
    got = _rels(_circular(
        "Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của Cục Thuế tỉnh Gia Lai "
        "tại Tờ trình số 2520/TTr-CT ngày 12/10/2011,"))
    assert ("18/2019/TT-BTC", "BASED_ON", "117/2004/TT-BTC") in got
    assert ("18/2019/TT-BTC", "BASED_ON", "2520/TTr-CT") not in got


def test_a_stray_word_of_a_scan_before_the_day():
    # teije05 TT_18_2019: "Số: 18/2019/TT-BTC Hà Nội, ngày by 03 tháng 4 năm 2019"
    text = ("BO TAI CHÍNH CONG HOA XA HOI CHU NGHIA VIET NAM\n— Độc lập - Tự do - Hạnh phúc\n"
            "Số: 18/2019/TT-BTC Hà Nội, ngày by 03 tháng 4 năm 2019\nTHÔNG TƯ\nBãi bỏ Thông tư\n")
    assert extract_text(text).document.date == "2019-04-03"
    # (a longer word is not a speck: no date is read from it)
    assert read_header("BỘ TÀI CHÍNH\nSố: 18/2019/TT-BTC\nHà Nội, ngày mười 03 tháng 4 năm 2019\nTHÔNG TƯ\n").date != \
        "2019-04-03"


def test_a_title_with_its_year_standing_alone():
    # tnt305 9124b25553a6c642: "Căn cứ Nghị định số 163/2016/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều
    # của Luật Ngân sách nhà nước 2015;" with "Luật Ngân sách nhà nước số 83/2015/QH13" named before
    got = _rels(_circular(
        "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;\n"
        "Căn cứ Nghị định số 163/2016/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà "
        "nước 2015;\nCăn cứ Nghị định số 45/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Ngân sách "
        "nhà nước 2002;"))
    assert ("163/2016/NĐ-CP", "GUIDES", "83/2015/QH13") in got
    # (another year is another law of that title)
    assert ("45/2017/NĐ-CP", "GUIDES", "83/2015/QH13") not in got


def _circular_2026(preamble: str) -> str:
    # (a 2026 circular: one of 2019 is based on no law of 2025)
    return _circular(preamble).replace("18/2019/TT-BTC", "18/2026/TT-BTC").replace("tháng 4 năm 2019", "tháng 4 năm 2026")


def test_an_amending_law_named_by_the_law_it_amends_amends_the_law_the_file_numbers():
    # tnt305 475126f38cb26cc2 (fresh35): "Căn cứ Luật Ban hành văn\nbản quy phạm pháp luật số 64/2025/QH15; Căn cứ Luật
    # Sửa đổi, bổ\nsung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;": 87/2025/QH15 is the
    # amender's own number (a base), and it amends 64/2025/QH15; the title is read from its own "Luật" though the
    # mention starts at its last word ("… pháp luật số 64/2025/QH15")
    got = _rels(_circular_2026(
        "Căn cứ Luật Ban hành văn\nbản quy phạm pháp luật số 64/2025/QH15;\n"
        "Căn cứ Luật Sửa đổi, bổ\nsung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;"))
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15") in got
    assert {("18/2026/TT-BTC", "BASED_ON", "64/2025/QH15"), ("18/2026/TT-BTC", "BASED_ON", "87/2025/QH15")} <= got
    # … where the file gives the title no other number, the number is the amended law's own ("Căn cứ Luật sửa đổi, bổ
    # sung … của Luật Thống kê số 89/2015/QH13;", congbao thong-tu-so-19-2022-tt-bkhdt): no amendment of itself, and
    # the title names it elsewhere
    got = _rels(_circular_2026(
        "Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê số "
        "89/2015/QH13;\nCăn cứ Nghị định số 94/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định chi tiết và "
        "hướng dẫn thi hành một số điều của Luật Thống kê;"))
    assert not [t for t in got if t[1] == "AMENDS"]
    assert ("94/2016/NĐ-CP", "GUIDES", "89/2015/QH13") in got


def test_a_law_named_in_a_targets_description_does_not_end_the_list():
    # tvpl 606d5f203dec293b: "Căn cứ Nghị định số 187/2025/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định số
    # 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐCP …"
    got = _rels(_circular_2026(
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\n"
        "Căn cứ Nghị định số 187/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP "
        "ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi "
        "hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính "
        "phủ về kiểm tra, rà soát văn bản quy phạm pháp luật;"))
    assert {("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP"), ("187/2025/NĐ-CP", "AMENDS", "79/2025/NĐ-CP"),
            ("78/2025/NĐ-CP", "GUIDES", "64/2025/QH15")} <= got
    assert ("18/2026/TT-BTC", "BASED_ON", "79/2025/NĐ-CP") not in got

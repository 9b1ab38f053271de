"""Rules read off dev15 (session 17, sixteen gazette texts annotated from reading by two more readers), each checked on
the real text it came from and on a text made in that shape, with a guard that keeps what the rule must not take:

* a document's title guides what another lays down: "Thông tư liên tịch số A ngày … của … hướng dẫn thực hiện chế độ
  … theo Quyết định số B" -> A GUIDES B (not when the issuer's words hold an act: a task given to a body);
* a ";" inside a listed document's description, a lowercase word after it ("… cao đẳng; việc in, quản lý …"), does
  not end the list of amended documents;
* "Bãi bỏ một phần (của) Thông tư số A … như sau:" is a partial repeal, and its items' parts are A's;
* a body whose annexes of forms outweigh it still reads as hard-wrapped lines (a line cut after "Bộ" goes on);
* "Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định số A … và Điều 2 Nghị định số B … (a title holding ";")
  hết hiệu lực thi hành.": A ceases, B in part;
* "Nghị định số A ngày … quy định chi tiết … Luật X và Nghị định số B ngày … quy định chi tiết …": B, of A's type
  and with its own title, is the next subject, not what A details."""
from real_texts import TEXTS, partials, rels

from vanban.loaders import extract, extract_text


def test_a_title_guides_what_another_lays_down():
    # dev15 congbao thong-tu-so-08-2023-tt-bldtbxh lines 142-177
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-08-2023-tt-bldtbxh-40176.txt"))
    assert ("08/2012/TTLT-BLĐTBXH-BNV-BTC", "GUIDES", "40/2011/QĐ-TTg") in got
    assert ("17/2014/TTLT-BLĐTBXH-BTC", "GUIDES", "57/2013/QĐ-TTg") in got
    assert ("09/2016/TTLT-BLĐTBXH-BTC", "GUIDES", "61/2015/NĐ-CP") in got
    assert ("12/2016/TTLT-BLĐTBXH-BGDĐT-BTC", "GUIDES", "53/2015/QĐ-TTg") in got
    made = rels(extract_text(
        "Số: 20/2026/TT-BLĐTBXH\nTHÔNG TƯ\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ văn bản\n"
        "1. Bãi bỏ Mẫu số 01 ban hành kèm theo Thông tư liên tịch số 17/2014/TTLT-BLĐTBXH-BTC ngày 01 tháng 8 năm 2014 "
        "của Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính hướng dẫn thực hiện trợ cấp 01 lần đối với người được "
        "cử làm chuyên gia theo Quyết định số 57/2013/QĐ-TTg ngày 14 tháng 10 năm 2013.\n"
        "2. Giao Bộ Tài chính căn cứ quy định tại khoản 9 Điều 2 Nghị định số 60/2022/NĐ-CP ngày 08 tháng 9 năm 2022 "
        "của Chính phủ quy định chức năng của Đài và quy định pháp luật có liên quan, hướng dẫn quản lý tiền lương "
        "theo cơ chế quy định tại Nghị định số 51/2016/NĐ-CP.\n"))
    assert ("17/2014/TTLT-BLĐTBXH-BTC", "GUIDES", "57/2013/QĐ-TTg") in made
    # guard: a decree whose issuer's words hold an act ("quy định chức năng …") is no guide of what a body is told
    assert ("60/2022/NĐ-CP", "GUIDES", "51/2016/NĐ-CP") not in made


def test_a_description_holding_a_semicolon_keeps_the_list():
    # dev7 congbao thong-tu-so-28-2022-tt-bldtbxh lines 416-427: 34/2018's title amends six circulars, the fifth's
    # description holding "…, cao đẳng; việc in, quản lý …"
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-28-2022-tt-bldtbxh-38853.txt"))
    for target in ("42/2015/TT-BLĐTBXH", "10/2017/TT-BLĐTBXH", "31/2017/TT-BLĐTBXH"):
        assert ("34/2018/TT-BLĐTBXH", "AMENDS", target) in got, target
    made = rels(extract_text(
        "Số: 28/2026/TT-BLĐTBXH\nTHÔNG TƯ\nQuy định\nĐiều 3. Hiệu lực thi hành\n"
        "Bãi bỏ khoản 3 Điều 12 Thông tư số 06/2017/TT-BLĐTBXH ngày 08 tháng 3 năm 2017; khoản 5 Điều 3 Thông tư số "
        "34/2018/TT-BLĐTBXH ngày 26 tháng 12 năm 2018 sửa đổi, bổ sung một số điều của Thông tư số 10/2017/TT-BLĐTBXH "
        "ngày 13 tháng 3 năm 2017 quy định về mẫu bằng tốt nghiệp; việc in, quản lý bằng tốt nghiệp và Thông tư số "
        "31/2017/TT-BLĐTBXH ngày 28 tháng 12 năm 2017 quy định về đào tạo; Thông tư số 05/2019/TT-BLĐTBXH ngày 01 "
        "tháng 3 năm 2019.\n"))
    assert ("34/2018/TT-BLĐTBXH", "AMENDS", "31/2017/TT-BLĐTBXH") in made
    # guard: after a ";" that ends the item (a capital after it), the next document is no amended one
    assert ("34/2018/TT-BLĐTBXH", "AMENDS", "05/2019/TT-BLĐTBXH") not in made


def test_a_partial_repeal_and_its_items():
    # dev15 congbao thong-tu-so-08-2023-tt-bldtbxh lines 110-124, 149-161
    x = extract(TEXTS / "congbao" / "thong-tu-so-08-2023-tt-bldtbxh-40176.txt")
    for target in ("35/2013/TT-BLĐTBXH", "17/2014/TTLT-BLĐTBXH-BTC", "09/2016/TTLT-BLĐTBXH-BTC",
                   "12/2016/TTLT-BLĐTBXH-BGDĐT-BTC", "01/2019/TT-BLĐTBXH"):
        assert partials(x, "08/2023/TT-BLĐTBXH", "REPEALS", target) == {True}, target
    # the items "c) Bãi bỏ Phụ lục 3 và Phụ lục 16." are parts of the item's circular, not of the one Điều 1 amends
    assert not partials(x, "08/2023/TT-BLĐTBXH", "REPEALS", "21/2021/TT-BLĐTBXH")


def test_two_documents_cease_after_the_effect_lead():
    # dev15 congbao nghi-dinh-so-169-2026-nd-cp lines 2108-2116
    x = extract(TEXTS / "congbao" / "nghi-dinh-so-169-2026-nd-cp-469561.txt")
    assert partials(x, "169/2026/NĐ-CP", "REPEALS", "128/2020/NĐ-CP") == {False}
    assert partials(x, "169/2026/NĐ-CP", "REPEALS", "102/2021/NĐ-CP") == {True}
    # dev15 congbao nghi-dinh-so-170-2026-nd-cp lines 1944-1949
    got = rels(extract(TEXTS / "congbao" / "nghi-dinh-so-170-2026-nd-cp-469562.txt"))
    assert ("170/2026/NĐ-CP", "REPEALS", "118/2024/NĐ-CP") in got
    assert ("170/2026/NĐ-CP", "REPEALS", "09/2023/NĐ-CP") in got
    assert ("118/2024/NĐ-CP", "GUIDES", "09/2023/NĐ-CP") not in got
    assert ("09/2023/NĐ-CP", "GUIDES", "54/2022/QH15") in got          # guard: B's own title still read
    made = rels(extract_text(
        "Số: 15/2026/TT-BTC\nTHÔNG TƯ\nHướng dẫn\nĐiều 9. Hiệu lực thi hành\n"
        "Thông tư số 20/2021/TT-BTC ngày 10 tháng 3 năm 2021 hướng dẫn thi hành Luật Quản lý thuế và Nghị định số "
        "126/2020/NĐ-CP.\n"))
    # guard: a circular guiding a law and a decree (no title of the decree's own after it) guides both
    assert ("20/2021/TT-BTC", "GUIDES", "126/2020/NĐ-CP") in made


def test_the_enacting_formula_names_what_the_document_guides():
    # dev15 congbao thong-tu-so-21-2021-tt-bldtbxh lines 27-29 (the title names the law by its title only) and its
    # consolidated text van-ban-hop-nhat-so-2007-vbhn-bldtbxh line 51 (the original's formula)
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-21-2021-tt-bldtbxh-36486.txt"))
    assert ("21/2021/TT-BLĐTBXH", "GUIDES", "69/2020/QH14") in got
    got = rels(extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-2007-vbhn-bldtbxh-42065.txt"))
    assert ("21/2021/TT-BLĐTBXH", "GUIDES", "69/2020/QH14") in got
    made = rels(extract_text(
        "Số: 33/2026/TT-BCA\nTHÔNG TƯ\nHướng dẫn một số quy định\nCăn cứ Luật Công an nhân dân số 37/2018/QH14;\n"
        "Căn cứ Nghị định số 02/2025/NĐ-CP ngày 18 tháng 02 năm 2025 của Chính phủ;\n"
        "Bộ trưởng Bộ Công an ban hành Thông tư hướng dẫn một số quy định tại Nghị định số 289/2025/NĐ-CP ngày 06 "
        "tháng 11 năm 2025 của Chính phủ.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn.\n"))
    assert ("33/2026/TT-BCA", "GUIDES", "289/2025/NĐ-CP") in made
    # guard: a formula issuing another type ("ban hành Quyết định …" in a circular's text) is not the document's
    other = rels(extract_text(
        "Số: 34/2026/TT-BCA\nTHÔNG TƯ\nQuy định\nCăn cứ Luật Công an nhân dân số 37/2018/QH14;\n"
        "Bộ trưởng Bộ Công an ban hành Quyết định hướng dẫn một số quy định tại Nghị định số 289/2025/NĐ-CP.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định.\n"))
    assert ("34/2026/TT-BCA", "GUIDES", "289/2025/NĐ-CP") not in other


def test_a_list_item_going_on_after_a_page_break_and_titles_holding_semicolons():
    # dev15 congbao nghi-dinh-so-158-2025-nd-cp lines 1966-1987: item c) goes on under the next page's head
    # ("Phụ lục III ban hành kèm theo Nghị định số 135/2020/NĐ-CP …;"), then "d) Các khoản 7, 8 và 9 Điều 38 …"
    x = extract(TEXTS / "congbao" / "nghi-dinh-so-158-2025-nd-cp-45240.txt")
    assert partials(x, "158/2025/NĐ-CP", "REPEALS", "33/2023/NĐ-CP") == {True}
    assert partials(x, "158/2025/NĐ-CP", "REPEALS", "115/2015/NĐ-CP") == {False}
    # dev15 congbao thong-tu-so-06-2022-tt-bldtbxh lines 417-425: two circulars whose titles hold ";" cease
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-06-2022-tt-bldtbxh-37067.txt"))
    assert ("06/2022/TT-BLĐTBXH", "REPEALS", "38/2017/TT-BLĐTBXH") in got
    assert ("06/2022/TT-BLĐTBXH", "REPEALS", "28/2018/TT-BLĐTBXH") in got
    made = rels(extract_text(
        "Số: 07/2026/TT-BLĐTBXH\nTHÔNG TƯ\nQuy định\nĐiều 9. Hiệu lực thi hành\n"
        "1. Thông tư này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.\n"
        "2. Bãi bỏ các văn bản sau:\na) Thông tư số 38/2017/TT-BLĐTBXH ngày 29 tháng 12 năm 2017;\n"
        "b) Thông tư số 28/2018/TT-BLĐTBXH ngày 25 tháng 12 năm 2018.\n"
        "Quá trình thực hiện theo Thông tư số 10/2020/TT-BLĐTBXH.\n"
        "3. Các cơ quan thực hiện theo Thông tư số 11/2020/TT-BLĐTBXH.\n"))
    assert ("07/2026/TT-BLĐTBXH", "REPEALS", "28/2018/TT-BLĐTBXH") in made
    # guard: a paragraph after the list, the next one labelled otherwise, ends it
    assert ("07/2026/TT-BLĐTBXH", "REPEALS", "11/2020/TT-BLĐTBXH") not in made
    assert ("07/2026/TT-BLĐTBXH", "REPEALS", "10/2020/TT-BLĐTBXH") not in made


def test_a_base_after_an_article_is_a_provisions_condition():
    # dev15 congbao van-ban-hop-nhat-so-4496-vbhn-bldtbxh line 946: "Căn cứ quy định tại Điều 3 Nghị định số
    # 39/2007/NĐ-CP …, Điều 79 Nghị định số 01/2021/NĐ-CP … và tình hình …, các tỉnh … quy định …" inside Điều 37a
    got = rels(extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-4496-vbhn-bldtbxh-34936.txt"))
    assert not any(r == "BASED_ON" and t in ("39/2007/NĐ-CP", "01/2021/NĐ-CP") for _, r, t in got)
    text = ("Số: 12/UBND-VX\nV/v triển khai chính sách\nKính gửi: Các sở, ngành\n"
            "Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03 tháng 3 năm 2021 của Chính phủ;\n"
            "Ủy ban nhân dân tỉnh đề nghị các sở triển khai.\n")
    # guard: a letter's "Căn cứ …", in its body before any article, is its base
    assert ("12/UBND-VX", "BASED_ON", "15/2021/NĐ-CP") in rels(extract_text(text))
    made = rels(extract_text(
        "Số: 23/2026/QĐ-TTg\nQUYẾT ĐỊNH\nQuy định chính sách\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
        "Thủ tướng Chính phủ ban hành Quyết định.\nĐiều 1. Phạm vi\nQuyết định này quy định chính sách.\n"
        "Điều 2. Hỗ trợ hộ kinh doanh\nCăn cứ quy định tại Điều 3 Nghị định số 39/2007/NĐ-CP và tình hình của địa "
        "phương, các tỉnh quy định tiêu chí hỗ trợ.\n"))
    assert ("23/2026/QĐ-TTg", "BASED_ON", "63/2025/QH15") in made
    assert ("23/2026/QĐ-TTg", "BASED_ON", "39/2007/NĐ-CP") not in made


def test_a_hyphen_set_apart_after_the_type_code():
    # dev15 congbao thong-tu-so-06-2022-tt-bldtbxh: "Thông tư số 08/2017/TT - LĐTBXH" (kept as written, a letter lost)
    x = extract(TEXTS / "congbao" / "thong-tu-so-06-2022-tt-bldtbxh-37067.txt")
    codes = {m.code for m in x.mentions}
    assert "08/2017/TT-LĐTBXH" in codes and "08/2017/TT" not in codes
    made = extract_text("Số: 05/2026/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc\nĐiều 1. Bãi bỏ Quyết định số 12/QĐ - UBND ngày 10/01/2020"
                        " của Ủy ban nhân dân tỉnh.\nĐiều 2. Theo Nghị định số 15/2020/NĐ-CP - UBND tỉnh hướng dẫn.\n")
    codes = {m.code for m in made.mentions}
    assert "12/QĐ-UBND" in codes
    # guard: within the issuer's part a dash set apart is the sentence's
    assert "15/2020/NĐ-CP" in codes and "15/2020/NĐ-CP-UBND" not in codes


def test_an_act_on_a_part_beside_a_named_act_on_the_whole():
    # dev15 congbao thong-tu-so-38-2026-tt-btc lines 58-64: "… thay thế nội dung về đầu tư ra nước ngoài quy định tại
    # Thông tư số 03/2021/TT-BKHĐT …; Thông tư số 25/2023/TT-BKHĐT … sửa đổi, bổ sung một số điều của Thông tư số
    # 03/2021/TT-BKHĐT …"
    x = extract(TEXTS / "congbao" / "thong-tu-so-38-2026-tt-btc-469387.txt")
    assert partials(x, "38/2026/TT-BTC", "AMENDS", "03/2021/TT-BKHĐT") == {True}
    assert ("25/2023/TT-BKHĐT", "AMENDS", "03/2021/TT-BKHĐT") in rels(x)
    # guard: the named act's own implicit reading (the same cue, no part) is still dropped
    made = rels(extract_text("Số: 40/2026/TT-BTC\nTHÔNG TƯ\nQuy định\nĐiều 4. Điều khoản thi hành\n"
                             "Thông tư số 25/2023/TT-BTC sửa đổi, bổ sung Thông tư số 03/2021/TT-BTC được áp dụng.\n"))
    assert ("25/2023/TT-BTC", "AMENDS", "03/2021/TT-BTC") in made
    assert ("40/2026/TT-BTC", "AMENDS", "03/2021/TT-BTC") not in made

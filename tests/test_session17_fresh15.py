"""Rules read off fresh15's misses (session 17; fresh15 was scored blind in session 16), each checked on the real
text it came from and, where the shape allows, on a text made in that shape, with a guard that keeps what the rule
must not take:

* an amenders' list whose preposition is said again: "… được sửa đổi, bổ sung một số điều theo Luật số A và theo
  Luật số B";
* a plan's task is no act: "b) Sửa đổi, bổ sung Nghị định số A … / - Đơn vị chủ trì: … / - Thời gian hoàn thành: …";
* a footnote's marker set apart at the end of a heading in capitals ("ĐIỀU KHOẢN THI HÀNH 8"), and the footnote's
  quotation going on at the next page's foot over more lines than a footnote's tail (the page's body between);
* an effect clause's list inside a footnote: its items are the footnote's, over the page's body between;
* a list's items end where their label changes ("a) … b) …" then "3. …"), and an item stating its own act ("3. Bãi
  bỏ …") is read as an article's item; an item is read on for its passives;
* "<Văn bản> này có hiệu lực … từ ngày …, các thủ tục hành chính … đã công bố tại Quyết định số A … hết hiệu lực":
  the procedures, a part of A, cease;
* an annex heading with its "(Kèm theo …)" line ends the body where no signature block was read before it (a
  minister signing alone): a form's "Căn cứ …" in the annex is no base of the document."""
from real_texts import TEXTS, partials, rels

from vanban.loaders import extract, extract_text


def test_an_amenders_list_with_its_preposition_said_again():
    # fresh15 congbao nghi-dinh-so-181-2026-nd-cp line 20-21
    got = rels(extract(TEXTS / "congbao" / "nghi-dinh-so-181-2026-nd-cp-469622.txt"))
    assert ("76/2025/QH15", "AMENDS", "59/2020/QH14") in got
    assert ("03/2022/QH15", "AMENDS", "59/2020/QH14") in got
    x = extract_text("Số: 10/2026/NĐ-CP\nNGHỊ ĐỊNH\nQuy định chi tiết\n"
                     "Căn cứ Luật Đầu tư số 61/2020/QH14 được sửa đổi, bổ sung bởi Luật số 03/2022/QH15 và bởi Luật số "
                     "57/2024/QH15;\n"
                     "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi Luật số 43/2024/QH15 và theo đề nghị "
                     "của Bộ trưởng Bộ Tài chính; Nghị định số 102/2024/NĐ-CP;\n"
                     "Chính phủ ban hành Nghị định quy định chi tiết.\nĐiều 1. Phạm vi\nNghị định này quy định.\n")
    got = rels(x)
    assert ("03/2022/QH15", "AMENDS", "61/2020/QH14") in got
    assert ("57/2024/QH15", "AMENDS", "61/2020/QH14") in got
    # guard: after "và theo đề nghị", a later document is no amender
    assert ("102/2024/NĐ-CP", "AMENDS", "31/2024/QH15") not in got


def test_a_plans_task_is_no_act():
    # fresh15 congbao nghi-quyet-so-175-nq-cp lines 460-464 (task V.1.b of the approved scheme)
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-175-nq-cp-40286.txt"))
    assert ("175/NQ-CP", "AMENDS", "01/2018/NĐ-CP") not in got
    assert ("175/NQ-CP", "BASED_ON", "39/2022/NĐ-CP") in got
    text = ("Số: 20/NQ-CP\nNGHỊ QUYẾT\nPhê duyệt Đề án\nĐiều 1. Phê duyệt Đề án với các nội dung sau:\n"
            "1. Nhiệm vụ\n{item}\n{next}\n")
    task = extract_text(text.format(item="a) Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ.",
                                    next="- Đơn vị chủ trì: Bộ Công an.\n- Thời gian hoàn thành: Năm 2024."))
    assert ("20/NQ-CP", "AMENDS", "01/2018/NĐ-CP") not in rels(task)
    # guard: the same item with no lead body or time after it is the resolution's own act
    act = extract_text(text.format(item="a) Sửa đổi, bổ sung Nghị định số 01/2018/NĐ-CP của Chính phủ.",
                                   next="b) Nghị quyết này có hiệu lực từ ngày ký."))
    assert ("20/NQ-CP", "AMENDS", "01/2018/NĐ-CP") in rels(act)


def test_a_footnotes_list_goes_on_at_the_next_pages_foot():
    # fresh15 congbao van-ban-hop-nhat-so-6660-vbhn-bldtbxh: footnote 8 (marker "ĐIỀU KHOẢN THI HÀNH 8", line 679)
    # quotes Điều 3 of 06/2024, its list "a)" at page 87's foot (lines 681-685), "b)" … "d)" at page 88's (716-730)
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-6660-vbhn-bldtbxh-43755.txt")
    got = rels(x)
    assert partials(x, "06/2024/TT-BLĐTBXH", "REPEALS", "27/2016/TT-BLĐTBXH") == {True}
    assert ("06/2024/TT-BLĐTBXH", "REPEALS", "31/2016/TT-BLĐTBXH") in got
    assert ("06/2024/TT-BLĐTBXH", "REPEALS", "36/2016/TT-BLĐTBXH") in got
    # the page's body between is the consolidated original's: its Điều 22 ends 18/2013
    assert ("26/2016/TT-BLĐTBXH", "REPEALS", "18/2013/TT-BLĐTBXH") in got
    assert ("06/2024/TT-BLĐTBXH", "REPEALS", "18/2013/TT-BLĐTBXH") not in got


def test_a_lists_items_end_where_their_label_changes():
    text = ("Số: 15/2026/TT-BTC\nTHÔNG TƯ\nSửa đổi Thông tư số 80/2021/TT-BTC\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n"
            "1. Sửa đổi khoản 2 Điều 5 như sau: “2. Nội dung.”\n"
            "2. Thay thế một số mẫu biểu như sau:\n"
            "a) Thay thế Mẫu số 02/TNDN ban hành kèm theo Thông tư số 80/2021/TT-BTC bằng Mẫu số 02/TNDN ban hành "
            "kèm theo Thông tư này.\n"
            "b) Thay thế Mẫu số 05/TNDN ban hành kèm theo Thông tư số 80/2021/TT-BTC bằng Mẫu số 05/TNDN.\n"
            "3. Việc quyết toán thực hiện theo quy định tại Thông tư số 40/2021/TT-BTC.\n"
            "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01/7/2026.\n")
    got = rels(extract_text(text))
    assert ("15/2026/TT-BTC", "AMENDS", "80/2021/TT-BTC") in got
    # "3." after "a) … b)" is the article's next item, no item of the replacing list
    assert not any(t == "40/2021/TT-BTC" for _, r, t in got)


def test_a_list_item_is_read_on_for_its_passives():
    # fresh15's 6660 shape in a consolidated law (congbao van-ban-hop-nhat-so-47-vbhn-vpqh lines 1357-1366): the
    # quoted effect clause's items name laws "đã được sửa đổi, bổ sung một số điều theo Luật số B"
    text = ("Số: 10/2026/QH15\nLUẬT\nPhí và lệ phí\nĐiều 23. Hiệu lực thi hành\n"
            "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.\n"
            "2. Bãi bỏ các quy định sau đây:\n"
            "a) Khoản 3 Điều 75 của Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được sửa đổi, bổ sung một "
            "số điều theo Luật số 48/2014/QH13;\n"
            "b) Khoản 4 Điều 18 của Luật Bảo hiểm y tế số 25/2008/QH12.\n"
            "3. Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10 và Pháp lệnh Án phí, lệ phí tòa án số "
            "10/2009/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n")
    x = extract_text(text)
    got = rels(x)
    assert partials(x, "10/2026/QH15", "REPEALS", "23/2004/QH11") == {True}
    assert ("48/2014/QH13", "AMENDS", "23/2004/QH11") in got
    assert ("10/2026/QH15", "REPEALS", "38/2001/PL-UBTVQH10") in got
    assert ("10/2026/QH15", "REPEALS", "10/2009/PL-UBTVQH12") in got
    # guard: "3." is no item of the "a) … b)" list: the ordinances cease in whole, not as listed parts
    assert partials(x, "10/2026/QH15", "REPEALS", "10/2009/PL-UBTVQH12") == {False}


def test_procedures_published_in_a_decision_cease_as_its_part():
    # fresh15 tvpl/640111ea8077e047 lines 120-123
    x = extract(TEXTS / "tvpl" / "640111ea8077e047.md")
    assert partials(x, "2770/QĐ-UBND", "REPEALS", "2194/QĐ-UBND") == {True}
    text = ("Số: 15/QĐ-UBND\nQUYẾT ĐỊNH\nCông bố thủ tục hành chính\n"
            "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n"
            "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01/11/2025, {subject} hết hiệu lực kể từ ngày "
            "Quyết định này có hiệu lực thi hành.\n")
    part = extract_text(text.format(subject="các thủ tục hành chính trong lĩnh vực chứng thực đã công bố tại "
                                            "Quyết định số 2194/QĐ-UBND ngày 26/6/2025 của Chủ tịch UBND tỉnh"))
    assert partials(part, "15/QĐ-UBND", "REPEALS", "2194/QĐ-UBND") == {True}
    # guard: the decision itself ceasing after the same effect clause ceases in whole
    whole = extract_text(text.format(subject="Quyết định số 2194/QĐ-UBND ngày 26/6/2025 của Chủ tịch UBND tỉnh"))
    assert partials(whole, "15/QĐ-UBND", "REPEALS", "2194/QĐ-UBND") == {False}


def test_an_annex_with_its_attachment_line_ends_the_body():
    # fresh15 congbao thong-tu-so-28-2021-tt-bldtbxh: the minister signs alone (line 1070, no "KT.", no "Nơi
    # nhận"); PHỤ LỤC I (line 1081, "(Kèm theo Thông tư số 28/2021/TT-BLĐTBXH …)") opens the annexes, whose form
    # (Phụ lục IV) writes "Căn cứ … Điều 23 Nghị định số 39/2016/NĐ-CP …" (line 1575)
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-28-2021-tt-bldtbxh-36783.txt"))
    assert ("28/2021/TT-BLĐTBXH", "BASED_ON", "39/2016/NĐ-CP") not in got
    assert ("28/2021/TT-BLĐTBXH", "BASED_ON", "88/2020/NĐ-CP") in got
    assert ("28/2021/TT-BLĐTBXH", "REPEALS", "04/2015/TT-BLĐTBXH") in got

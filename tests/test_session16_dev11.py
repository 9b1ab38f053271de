"""Rules read off dev11 (session 16, annotated and read the same session), each checked on the real text it came from
and, where the shape allows, on a text made in that shape, with a guard that keeps what the rule must not take:

* a web address in a table's column of links, wrapped over lines that hold it alone (its query percent-encoded:
  "…&Keyword=" / "S%E1%BB%91%2031/2015/N%C4%90-CP"), holds no reference;
* a table's note whose one amender follows its colon ("- Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ một phần:
  Nghị định số Y …", no "+"): Y acts on the row's document, as with a list of items;
* a table's cell "- Đã được đính chính tại Quyết định số Y": Y corrects the row's document;
* a guiding title whose object is what a part of the target lays down ("Hướng dẫn thực hiện chính sách … quy định
  tại Điều 14 Nghị định số B"): a partial GUIDES of B;
* an effect clause's repeal of parts of two documents' lists, after a ";" ("Bãi bỏ: 06 thủ tục … tại số thứ tự
  17,18 Mục I Danh mục TTHC ban hành kèm theo Quyết định số A …; số thứ tự số 01,02 mục A … - Danh mục TTHC ban
  hành kèm theo Quyết định số B"): a partial REPEALS of each;
* a scope article whose matters a ";" separates ("Thông tư này hướng dẫn thực hiện … bảo hiểm y tế; chế độ báo cáo
  … theo quy định tại … Điều 28 của Nghị định số B"): a partial GUIDES of B."""
from real_texts import TEXTS, rels

from vanban.loaders import extract, extract_text

TABLE = TEXTS / "congbao" / "quyet-dinh-so-1478-qd-bldtbxh-42752.txt"

HEAD = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 15/QĐ-BLĐTBXH\nHà Nội, ngày 12 tháng 9 năm 2024\nQUYẾT ĐỊNH\n"
        "Công bố kết quả hệ thống hóa văn bản\nĐiều 1. Công bố kết quả hệ thống hóa văn bản quy phạm pháp luật.\n")


def test_a_wrapped_web_address_holds_no_reference():
    # dev11 congbao quyet-dinh-so-1478-qd-bldtbxh lines 141-143, 1335-1337: the table's column of links
    codes = {m.code for m in extract(TABLE).mentions if m.code}
    assert {"31/2015/NĐ-CP", "06/2018/TT-BLĐTBXH", "121/2009/QĐ-TTg"} <= codes
    assert not [c for c in codes if c.startswith(("2031/", "2006/", "20121/", "20113/"))]
    x = extract_text(HEAD + "3. Nghị định Số 31/2015/NĐ-CP ngày 24/3/2015 quy định chi tiết thi hành Luật Việc làm\n"
                     "- https://vbpl.vn/TW/Pages/vbpq-\ntoanvan.aspx?ItemID=57544&Keyword=\n"
                     "S%E1%BB%91%2031/2015/N%C4%90-CP\n"
                     "Xem thêm tại https://vbpl.vn/\nThông tư số 12/2016/TT-BLĐTBXH hướng dẫn Nghị định số 31/2015/NĐ-CP.\n")
    codes = {m.code for m in x.mentions if m.code}
    assert not [c for c in codes if c.startswith("2031/")]
    # guard: a line of prose after an address is no part of it
    assert "12/2016/TT-BLĐTBXH" in codes


def test_a_notes_one_amender_after_its_colon():
    # dev11 congbao quyet-dinh-so-1478-qd-bldtbxh lines 134-136, 168-170
    got = rels(extract(TABLE))
    assert ("140/2018/NĐ-CP", "AMENDS", "31/2015/NĐ-CP") in got
    assert ("15/2019/NĐ-CP", "AMENDS", "113/2015/NĐ-CP") in got
    # (the amender's title after the note is no act of its own on the row's document)
    assert ("15/2019/NĐ-CP", "GUIDES", "113/2015/NĐ-CP") not in got


def test_a_cell_says_the_rows_document_was_corrected():
    # dev11 congbao quyet-dinh-so-1478-qd-bldtbxh lines 1832-1843
    got = rels(extract(TABLE))
    assert ("600/QĐ-LĐTBXH", "CORRECTS", "51/2018/TT-BLĐTBXH") in got
    x = extract_text(HEAD + "63.\nThông tư\nSố 51/2018/TT-BLĐTBXH ngày 28/12/2018\n"
                     "Quy định khối lượng kiến thức tối thiểu\n10/02/2019\n"
                     "- Đã được đính chính tại Quyết định số 600/QĐ-LĐTBXH ngày 29/5/2020 của Bộ Lao động - Thương binh "
                     "và Xã hội\n")
    assert ("600/QĐ-LĐTBXH", "CORRECTS", "51/2018/TT-BLĐTBXH") in rels(x)


def test_a_guiding_title_on_what_a_part_lays_down():
    # dev11 congbao quyet-dinh-so-1478-qd-bldtbxh lines 819-826
    x = extract(TABLE)
    assert any(r.source == "43/2016/TT-BLĐTBXH" and r.relation == "GUIDES" and r.target == "61/2015/NĐ-CP"
               and r.partial and r.scope == "Điều 14" for r in x.relations)
    # guard: carrying out what a part lays down is no act of a letter on it
    x = extract_text("Số: 20/BC-UBND\nBÁO CÁO\nKết quả công tác\n1. Công văn số 12/UBND-VP ngày 02/3/2025 của Ủy ban "
                     "nhân dân tỉnh về việc thực hiện chế độ báo cáo quy định tại Điều 5 Nghị định số 09/2019/NĐ-CP.\n")
    assert not any(r.source == "12/UBND-VP" and r.target == "09/2019/NĐ-CP" for r in x.relations)


def test_a_repeal_of_parts_of_two_documents_lists():
    # dev11 tvpl/04e4130eb91f3242 lines 138-144
    x = extract(TEXTS / "tvpl" / "04e4130eb91f3242.md")
    got = {(r.target.split("@")[0], r.scope) for r in x.relations if r.relation == "REPEALS" and r.partial}
    assert ("719/QĐ-UBND", "số thứ tự 17,18 Mục I Danh mục TTHC") in got
    assert any(t == "241/QĐ-UBND" for t, _ in got)
    # guard: a document after the ";" that no part names is no target of the repeal
    x = extract_text("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 20/QĐ-UBND\nPhú Thọ, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
                     "Về việc công bố thủ tục hành chính\nĐiều 1. Công bố thủ tục hành chính.\n"
                     "Điều 2. Bãi bỏ: 06 thủ tục hành chính tại số thứ tự 17,18 Mục I Danh mục TTHC ban hành kèm theo "
                     "Quyết định số 719/QĐ-UBND ngày 11/4/2024 của Chủ tịch UBND tỉnh; Quyết định số 241/QĐ-UBND ngày "
                     "07/02/2025 của Chủ tịch UBND tỉnh vẫn giữ nguyên hiệu lực.\n")
    got = {r.target.split("@")[0] for r in x.relations if r.relation == "REPEALS"}
    assert "719/QĐ-UBND" in got and "241/QĐ-UBND" not in got


def test_a_scope_article_whose_matters_a_semicolon_separates():
    # dev11 congbao thong-tu-so-116-2025-tt-btc lines 38-53
    x = extract(TEXTS / "congbao" / "thong-tu-so-116-2025-tt-btc-46847.txt")
    assert any(r.source == "116/2025/TT-BTC" and r.relation == "GUIDES" and r.target == "233/2025/NĐ-CP" and r.partial
               for r in x.relations)


def test_a_cell_several_paragraphs_after_its_rows_document():
    # dev9 congbao quyet-dinh-so-135-qd-bldtbxh lines 1362-1375: the row's document, its title naming another
    # decree, its parts in paragraphs of their own, then the cell "Được sửa đổi, bổ sung, bãi bỏ bởi Thông tư số B"
    x = extract(TEXTS / "congbao" / "quyet-dinh-so-135-qd-bldtbxh-41357.txt")
    got = {(r.source, r.relation, r.target, r.partial) for r in x.relations}
    assert ("08/2023/TT-BLĐTBXH", "AMENDS", "35/2013/TT-LĐTBXH", True) in got
    assert not any(s == "08/2023/TT-BLĐTBXH" and t == "09/2013/NĐ-CP" for s, _, t, _ in got)
    # an earlier amender the row's title names is not the row's document (congbao quyet-dinh-so-169-qd-bldtbxh lines
    # 595-610: "Nghị định số 121/2016/NĐ-CP … đã được sửa đổi, bổ sung tại Nghị định 74/2020/NĐ-CP")
    got = rels(extract(TEXTS / "congbao" / "quyet-dinh-so-169-qd-bldtbxh-44203.txt"))
    assert ("79/2024/NĐ-CP", "AMENDS", "121/2016/NĐ-CP") in got
    assert ("79/2024/NĐ-CP", "AMENDS", "74/2020/NĐ-CP") not in got


def test_a_tables_header_repeated_under_each_running_head():
    # dev11 congbao quyet-dinh-so-1478-qd-bldtbxh lines 1139-1156: "Quyết định số 1229/QĐ-" at a page's foot, the
    # running foot, page number and head, the table's header row again, then "BLĐTBXH của Bộ …"
    x = extract(TABLE)
    assert "1229/QĐ-BLĐTBXH" in {m.code for m in x.mentions if m.code}
    got = rels(x)
    assert ("1229/QĐ-BLĐTBXH", "CORRECTS", "15/2017/TT-BLĐTBXH") in got
    assert ("1478/QĐ-BLĐTBXH", "CORRECTS", "15/2017/TT-BLĐTBXH") not in got
    from vanban.loaders.layout import layout
    header = "TT \nTên loại \nvăn bản \nSố, ký hiệu; ngày, tháng, \nGhi chú \n"
    page = "Danh mục còn hiệu lực \n{n} \nCÔNG BÁO/Số 505 + 506/Ngày 14-4-2024 \n"
    text = ("BỘ LAO ĐỘNG\nSố: 15/QĐ-BLĐTBXH\nQUYẾT ĐỊNH\n" + header + "1 \nThông tư \nSố 12/2018/TT-BLĐTBXH \n"
            + page.format(n=2) + header + "2 \nThông tư \nSố 13/2018/TT-BLĐTBXH \n"
            + page.format(n=3) + header + "3 \nThông tư \nSố 14/2018/TT-BLĐTBXH \n"
            + page.format(n=4) + "Nội dung khác của trang \nmột dòng nữa \n4 \nThông tư \nSố 15/2018/TT-BLĐTBXH \n")
    masked = layout(text).mask(text)
    under = [i for i in range(len(text)) if text.startswith("TT \n", i)]
    assert len(under) == 3
    assert masked[under[0]:under[0] + 2] == "TT"                      # the table's own header on its first page
    assert masked[under[1]:under[1] + 2] == masked[under[2]:under[2] + 2] == "  "   # again under each head
    assert masked.count("Danh mục còn hiệu lực") == 0                 # the running foot over the page number
    # guard: a page that opens otherwise keeps its lines, and the rows' numbers and types stay
    assert "Nội dung khác của trang" in masked and masked.count("Thông tư") == 4


def test_a_unit_holding_a_notes_last_item_and_the_next_rows():
    # dev10 congbao quyet-dinh-so-225-qd-bldtbxh lines 1700-2070: a gazette table has no blank lines between its rows,
    # so the paragraph that opens with a note's last item ("+ Thông tư số 28/2022/TT-BLĐTBXH …") holds the next rows
    # too, one of them "Đã được đính chính tại Quyết định số 600/QĐ-LĐTBXH …": read as any paragraph
    x = extract(TEXTS / "congbao" / "quyet-dinh-so-225-qd-bldtbxh-41601.txt")
    got = rels(x)
    assert ("600/QĐ-LĐTBXH", "CORRECTS", "51/2018/TT-BLĐTBXH") in got
    assert ("28/2022/TT-BLĐTBXH", "AMENDS", "34/2018/TT-BLĐTBXH") in got        # (the note's item, as before)
    # guard: an unnumbered document after the corrector is no second corrector
    assert not [r for r in x.relations if r.relation == "CORRECTS" and not r.source[:1].isdigit()]

"""Rules read off dev20 (session 20: six large gazette texts annotated by three more readers and read the same
session), each checked on the real text it came from and, where the shape can be made, on a text made in that
shape, with a guard that keeps what the rule must not take:

* a footnote marker set apart after the sentence's stop that closes its line ("… trên thị trường chứng khoán. 2");
* the page after a footnote cut inside its sentence is the footnote's, whole, when it opens in lower case, holds no
  article and the body above the footnote was finished (a heading, a stop);
* "Thông tư này thay thế một số quy định tại Điều 9a Thông tư số A": an act on that part of A;
* a list item's lead naming the parts acted on ("a) Các điều từ Điều 1 đến Điều 12, … của Nghị định số A");
* a negated cue ("… không thể thay thế bằng thuốc … được quy định như sau:") opens no list of acts;
* the last of a target's amenders after its description is no coordinated target ("… Luật Thuế giá trị gia tăng đã
  được sửa đổi, bổ sung một số điều theo Nghị định số A, Nghị định số B và Nghị định số C");
* a list item's next part after the bracket holding its first document's amenders ("…), điểm b khoản 2 Điều 4 … ban
  hành kèm theo Nghị định số C");
* a word struck out, "Từ “quy hoạch,” được bãi bỏ theo …", is a part;
* a licence's term ("sửa đổi, bổ sung thời hạn của Giấy phép …") is a procedure's object, not the decree's text;
* the quotations a footnote leaves open are counted one by one ("“Điều 23 …" still open after "“lệ phí tuyển
  sinh”")."""
from real_texts import TEXTS, partials, rels, scopes

from vanban.loaders import extract, extract_text

VBHN_10 = TEXTS / "congbao" / "van-ban-hop-nhat-so-10-vbhn-btc-469540.txt"
ND_188 = TEXTS / "congbao" / "nghi-dinh-so-188-2025-nd-cp-45593.txt"
VBHN_03 = TEXTS / "congbao" / "van-ban-hop-nhat-so-03-vbhn-btc-468970.txt"
VBHN_47 = TEXTS / "congbao" / "van-ban-hop-nhat-so-47-vbhn-vpqh-41398.txt"
NQ_6619 = TEXTS / "congbao" / "nghi-quyet-so-6619-2026-nq-cp-469586.txt"
VBHN_22 = TEXTS / "congbao" / "van-ban-hop-nhat-so-22-vbhn-vpqh-44464.txt"


def test_a_marker_set_apart_after_a_stop_and_a_page_the_footnote_fills():
    # dev20 10/VBHN-BTC: "… trên thị trường chứng khoán. 2" (line 85) marks footnote 2, which quotes 68/2024's,
    # 18/2025's and 08/2026's preambles over two pages; footnote 8 (line 1927) quotes the amenders' effect clauses
    # and fills page 45 ("ký và Bù trừ chứng khoán …" under the heading "ĐIỀU KHOẢN THI HÀNH8")
    got = rels(extract(VBHN_10))
    assert ("08/2026/TT-BTC", "BASED_ON", "29/2025/NĐ-CP") in got
    # 68/2024's quoted preamble names the securities law by title and date only ("“Căn cứ Luật Chứng khoán ngày 26
    # tháng 11 năm 2019;"), the file numbering it 54/2019/QH14: a base under the titled-base convention (session 44's
    # relate._titled_quoted_bases), none under dev20's older one (relate.TITLED_TARGETS off), and never 08/2026's
    assert ("68/2024/TT-BTC", "BASED_ON", "54/2019/QH14") in got
    import vanban.loaders.relate as relate
    relate.TITLED_TARGETS = False
    try:
        older = rels(extract(VBHN_10))
    finally:
        relate.TITLED_TARGETS = True
    assert ("68/2024/TT-BTC", "BASED_ON", "54/2019/QH14") not in older
    assert ("96/2020/TT-BTC", "REPLACES", "155/2015/TT-BTC") in got
    assert ("68/2024/TT-BTC", "REPLACES", "155/2015/TT-BTC") not in got
    assert ("121/2020/TT-BTC", "AMENDS", "120/2020/TT-BTC") not in got
    # guard: the consolidated original's own preamble stays its own
    assert ("96/2020/TT-BTC", "BASED_ON", "87/2017/NĐ-CP") in got


def test_replacing_some_provisions_of_an_article_acts_on_that_part():
    # dev20 10/VBHN-BTC line 1953 (18/2025's effect clause, quoted)
    assert partials(extract(VBHN_10), "18/2025/TT-BTC", "AMENDS", "120/2020/TT-BTC") == {True}
    made = extract_text("Số: 18/2025/TT-BTC\nTHÔNG TƯ\nĐiều 3. Điều khoản thi hành\n1. Thông tư này có hiệu lực từ ngày "
                        "05 tháng 5 năm 2025.\n2. Thông tư này thay thế một số quy định tại Điều 9a Thông tư số "
                        "120/2020/TT-BTC ngày 31 tháng 12 năm 2020 như sau:\na) Khoản 2 Điều 9a được thay thế.\n")
    assert scopes(made, "18/2025/TT-BTC", "AMENDS", "120/2020/TT-BTC") == {"Điều 9a"}


_EFFECT = ("Số: 188/2025/NĐ-CP\nNGHỊ ĐỊNH\nĐiều 43. Thanh toán\n1. Việc xác định cơ sở không có sẵn thuốc tại thời điểm "
           "kê đơn và không thể thay thế bằng thuốc khác được quy định như sau:\na) Cơ sở không có thiết bị y tế theo quy "
           "định tại Nghị định số 98/2021/NĐ-CP ngày 08 tháng 11 năm 2021 của Chính phủ;\nĐiều 70. Hiệu lực thi hành\n"
           "1. Bãi bỏ các điều, khoản của các văn bản sau đây:\na) Các điều từ Điều 1 đến Điều 12, các khoản 1 và 2 Điều 14 "
           "của Nghị định số 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ;\nb) Nghị định số 75/2023/NĐ-CP ngày 19 "
           "tháng 10 năm 2023 của Chính phủ.\n")


def test_an_items_lead_names_the_parts_and_a_negated_cue_opens_no_list():
    # dev20 188/2025/NĐ-CP lines 3016-3022 (Điều 70 khoản 4 a) and 1779-1791 (Điều 43 khoản 1)
    x = extract(ND_188)
    assert partials(x, "188/2025/NĐ-CP", "REPEALS", "146/2018/NĐ-CP") == {True, False}     # (whole from 15/8)
    assert ("188/2025/NĐ-CP", "REPLACES", "98/2021/NĐ-CP") not in rels(x)
    made = extract_text(_EFFECT)
    assert partials(made, "188/2025/NĐ-CP", "REPEALS", "146/2018/NĐ-CP") == {True}
    assert partials(made, "188/2025/NĐ-CP", "REPEALS", "75/2023/NĐ-CP") == {False}     # guard: a whole item
    assert not {r for r in rels(made) if r[2] == "98/2021/NĐ-CP" and r[1] != "CITES"}
    # guard: the cue said plainly opens the list
    plain = extract_text(_EFFECT.replace("và không thể thay thế bằng thuốc khác được quy định như sau:",
                                         "thay thế các văn bản sau:").replace("a) Cơ sở không có thiết bị y tế theo quy "
                                                                             "định tại Nghị định", "a) Nghị định"))
    assert ("188/2025/NĐ-CP", "REPLACES", "98/2021/NĐ-CP") in rels(plain)


def test_the_amenders_of_a_description_and_the_next_part_after_their_bracket():
    # dev20 03/VBHN-BTC lines 2144-2149 ("b) Nghị định số 49/2022/NĐ-CP … sửa đổi, bổ sung một số điều của Nghị định
    # số 209/2013/NĐ-CP … Luật Thuế giá trị gia tăng đã được sửa đổi, bổ sung một số điều theo Nghị định số
    # 12/2015/NĐ-CP, Nghị định số 100/2016/NĐ-CP và Nghị định số 146/2017/NĐ-CP") and 2150-2180 (item c: parts of
    # 134/2016, its amender in brackets, then parts of 26/2023)
    x = extract(VBHN_03)
    got = rels(x)
    assert ("49/2022/NĐ-CP", "AMENDS", "209/2013/NĐ-CP") in got
    assert ("49/2022/NĐ-CP", "AMENDS", "146/2017/NĐ-CP") not in got
    assert partials(x, "181/2025/NĐ-CP", "AMENDS", "26/2023/NĐ-CP") == {True}
    assert partials(x, "181/2025/NĐ-CP", "AMENDS", "134/2016/NĐ-CP") == {True}
    assert not partials(x, "181/2025/NĐ-CP", "AMENDS", "18/2021/NĐ-CP")          # guard: the amender in brackets
    made = extract_text(
        "Số: 181/2025/NĐ-CP\nNGHỊ ĐỊNH\nĐiều 2. Hiệu lực\n1. Nghị định này thay thế:\na) Quy định tại khoản 2 Điều 15 "
        "Nghị định số 134/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chi tiết Luật Thuế xuất khẩu, thuế "
        "nhập khẩu (đã được sửa đổi, bổ sung tại Nghị định số 18/2021/NĐ-CP ngày 11 tháng 3 năm 2021 của Chính phủ quy "
        "định chi tiết Luật Thuế xuất khẩu, thuế nhập khẩu), điểm b khoản 2 Điều 4 ban hành kèm theo Nghị định số "
        "26/2023/NĐ-CP ngày 31 tháng 5 năm 2023 của Chính phủ.\n")
    assert scopes(made, "181/2025/NĐ-CP", "AMENDS", "26/2023/NĐ-CP") == {"điểm b khoản 2 Điều 4"}
    assert not partials(made, "181/2025/NĐ-CP", "AMENDS", "18/2021/NĐ-CP")


def test_a_word_struck_out_and_a_licences_term():
    # dev20 47/VBHN-VPQH footnote 8 (line 231): "Từ “quy hoạch,” được bãi bỏ theo quy định tại điểm đ khoản 1 Điều 30
    # của Luật số 35/2018/QH14 …"
    assert partials(extract(VBHN_47), "35/2018/QH14", "REPEALS", "25/2008/QH12") == {True}
    # dev20 66.19/2026/NQ-CP line 4674: "b) Cơ quan có thẩm quyền xem xét, sửa đổi, bổ sung thời hạn của Giấy phép
    # nhận chìm ở biển … theo trình tự, thủ tục sửa đổi, bổ sung Giấy phép … quy định tại Nghị định số 40/2016/NĐ-CP"
    x = extract(NQ_6619)
    assert not partials(x, "66.19/2026/NQ-CP", "AMENDS", "40/2016/NĐ-CP")
    made = extract_text("Số: 20/2026/NQ-CP\nNGHỊ QUYẾT\nĐiều 1. Cơ quan có thẩm quyền xem xét, sửa đổi, bổ sung thời hạn "
                        "của Giấy phép nhận chìm ở biển theo quy định tại Nghị định số 40/2016/NĐ-CP.\nĐiều 2. Sửa đổi, "
                        "bổ sung khoản 4 Điều 54 của Nghị định số 41/2016/NĐ-CP.\n")
    assert not partials(made, "20/2026/NQ-CP", "AMENDS", "40/2016/NĐ-CP")
    assert partials(made, "20/2026/NQ-CP", "AMENDS", "41/2016/NĐ-CP") == {True}    # guard: a decree's own part


def test_a_footnotes_open_quotations_are_counted_one_by_one():
    # fresh17 22/VBHN-VPQH: footnote 107 quotes 97/2015/QH13's Điều 23 from line 2011 ("“Điều 23 …", then "c) Bỏ cụm
    # từ “lệ phí tuyển sinh” …", a quotation opened and closed inside the open one); its item 3 stands at line 2038
    got = rels(extract(VBHN_22))
    assert ("97/2015/QH13", "REPEALS", "38/2001/PL-UBTVQH10") in got
    assert ("25/2008/QH12", "REPEALS", "38/2001/PL-UBTVQH10") not in got

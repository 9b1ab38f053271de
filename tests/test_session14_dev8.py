"""Rules read off dev8 (session 14: 18 real texts annotated and read the same session), each checked on a text shaped
as the real one it came from:

* "Thông tư số A … được thay thế bởi Thông tư số B" with no part named: B replaces A (a part swapped stays an
  amendment); a table row's part between the document and the cue ("Thông tư số A … | Điều 4 | Được bãi bỏ bởi
  Thông tư số B") is what the act touches;
* a form's code that goes on with its year ("05-TT/SHTT/2020") is no Party number;
* a code cut after its hyphen at a line's end keeps its look-alike letters foldable ("67/2022/TT-⏎BТС", Cyrillic);
* "quy định chi tiết và hướng dẫn thực hiện một số điều của Quyết định số A": the title guides A;
* an amender named by its own amending title ("bởi Luật Sửa đổi, bổ sung một số điều Luật … số B");
* a list of amenders that "và" closed: the document after it ("theo Luật số A và Luật số B, Nghị quyết số C … hết
  hiệu lực") is the cease's next subject, not an amender; ";" before a law named by title does the same."""
from pathlib import Path

from vanban.loaders import extract, extract_text

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts"


def rels(text):
    x = extract_text(text)
    return {(r.source, r.relation, r.target, r.partial) for r in x.relations if r.relation != "CITES"}


_LIST = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 169/QĐ-BLĐTBXH\nHà Nội, ngày 24 tháng 01 năm 2025\nQUYẾT ĐỊNH\n"
         "Công bố danh mục văn bản hết hiệu lực\nĐiều 1. Công bố kèm theo Quyết định này danh mục văn bản.\n"
         "DANH MỤC VĂN BẢN HẾT HIỆU LỰC\n")


def test_a_document_replaced_whole_and_a_part_repealed_in_a_table_row():
    # dev8 congbao quyet-dinh-so-169-qd-bldtbxh (a gazette table: lines 93-108 and 386-397)
    x = extract(TEXTS / "congbao" / "quyet-dinh-so-169-qd-bldtbxh-44203.txt")
    got = {(r.source, r.relation, r.target, r.partial) for r in x.relations if r.relation != "CITES"}
    assert ("01/2024/TT-BLĐTBXH", "REPLACES", "03/2017/TT-BLĐTBXH", False) in got
    assert ("01/2024/TT-BLĐTBXH", "AMENDS", "03/2017/TT-BLĐTBXH", False) not in got
    assert ("05/2024/TT-BLĐTBXH", "REPEALS", "34/2018/TT-BLĐTBXH", True) in got
    got = rels(_LIST + "Thông tư số 03/2017/TT-BLĐTBXH ngày 01/3/2017 của Bộ trưởng quy định về quy trình xây dựng "
               "chương trình được thay thế bởi Thông tư số 01/2024/TT-BLĐTBXH ngày 19/02/2024 của Bộ trưởng.\n")
    assert ("01/2024/TT-BLĐTBXH", "REPLACES", "03/2017/TT-BLĐTBXH", False) in got
    # a part swapped is no replacement of the document
    got = rels(_LIST + "1\nĐiều 5 Thông tư số 08/2019/TT-BLĐTBXH ngày 08/3/2019 được thay thế bởi Thông tư số "
               "16/2023/TT-BLĐTBXH ngày 12/12/2023.\n")
    assert not any(r == "REPLACES" for _, r, _, _ in got), got


_CIRCULAR = ("BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC\nHà Nội, ngày 26 tháng 01 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư số "
             "13/2020/TT-BTC\nĐiều 1. Sửa đổi, bổ sung\n")


def test_a_forms_code_with_its_year_is_no_party_number():
    # dev8 congbao thong-tu-so-06-2026-tt-btc lines 396-399
    x = extract_text(_CIRCULAR + "1. Thay thế các Mẫu số 01-ĐĐN/SHTT/2020, Mẫu số 04-GHTD/SHTT/2020, 05-TT/SHTT/2020 "
                     "và Mẫu số 06-TBTD/SHTT/2020 tại Phụ lục ban hành kèm theo Thông tư số 13/2020/TT-BTC.\n")
    assert {m.code for m in x.mentions if m.code} == {"06/2026/TT-BTC", "13/2020/TT-BTC"}
    # a Party number itself is read as before
    x = extract_text("Thực hiện Kết luận số 35-KL/TW/. ngày 05/5/2022 của Bộ Chính trị.")
    assert [m.code for m in x.mentions if m.code] == ["35-KL/TW"]


def test_look_alike_letters_after_a_line_break_inside_a_code():
    # dev8 congbao thong-tu-so-20-2026-tt-btc lines 839-840 ("BТС": Cyrillic Te and Es)
    x = extract_text(_CIRCULAR + "e) Điều 2, khoản 5 Điều 3 Thông tư số 67/2022/TT-\nB\u0422\u0421 ngày 07 tháng 11 năm "
                     "2022 của Bộ trưởng Bộ Tài chính.\n")
    assert "67/2022/TT-BTC" in {m.code for m in x.mentions}


def test_two_guide_cues_joined_by_va():
    # dev8 congbao van-ban-hop-nhat-so-22-vbhn-btc lines 841-846
    got = rels(_CIRCULAR + "2. Thông tư số 134/2011/TT-BTC ngày 30 tháng 9 năm 2011 của Bộ Tài chính quy định chi "
               "tiết và hướng dẫn thực hiện một số điều của Quyết định số 04/2011/QĐ-TTg ngày 20 tháng 01 năm 2011 của "
               "Thủ tướng Chính phủ về quản lý tài chính hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực.\n")
    assert ("134/2011/TT-BTC", "GUIDES", "04/2011/QĐ-TTg", False) in got


_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 139/2025/QĐ-UBND\nĐồng Tháp, ngày 26 tháng 11 năm 2025\n"
             "QUYẾT ĐỊNH\nQuy định mức thu\nỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n")


def test_an_amender_named_by_its_amending_title():
    # dev8 tvpl a16f8b41d34cc524 lines 91-93
    got = rels(_DECISION + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi "
               "Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số 87/2025/QH15;\n"
               "QUYẾT ĐỊNH:\n")
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15", False) in got


_LAW = ("QUỐC HỘI\nLuật số: 127/2025/QH15\nHà Nội, ngày 10 tháng 12 năm 2025\nLUẬT\nTHI HÀNH ÁN HÌNH SỰ\n"
        "Điều 179. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n")


def test_the_list_of_amenders_that_va_closed_and_the_next_subject_of_the_cease():
    # dev8 congbao van-ban-hop-nhat-so-113-vbhn-vpqh lines 990-1000
    got = rels(_LAW + "2. Luật Thi hành án hình sự số 41/2019/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số "
               "59/2024/QH15 và Luật số 86/2025/QH15, Nghị quyết số 54/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội "
               "thí điểm mô hình tổ chức hoạt động lao động hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n")
    assert ("86/2025/QH15", "AMENDS", "41/2019/QH14", False) in got
    assert ("127/2025/QH15", "REPEALS", "41/2019/QH14", False) in got
    assert ("127/2025/QH15", "REPEALS", "54/2022/QH15", False) in got
    assert ("54/2022/QH15", "AMENDS", "41/2019/QH14", False) not in got
    got = rels(_LAW + "2. Luật An toàn thông tin mạng số 86/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số "
               "35/2018/QH14; Luật An ninh mạng số 24/2018/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n")
    assert ("127/2025/QH15", "REPEALS", "24/2018/QH14", False) in got
    assert ("127/2025/QH15", "REPEALS", "86/2015/QH13", False) in got


def test_lists_of_amenders_that_stay_one_list():
    # a ";" between bare numbers (tvpl 44bc41ecfb3f3b21 line 97) and a doubled "và" (congbao nghi-dinh-so-212-2025
    # lines 22-25) keep every amender
    got = rels(_DECISION + "Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật "
               "số 36/2009/QH12; Luật số 42/2019/QH14 và Luật số 07/2022/QH15;\nQUYẾT ĐỊNH:\n")
    assert {s for s, r, t, _ in got if r == "AMENDS" and t == "50/2005/QH11"} == {
        "36/2009/QH12", "42/2019/QH14", "07/2022/QH15"}
    got = rels(_DECISION + "Căn cứ Luật Bảo hiểm y tế số 25/2008/QH12 được sửa đổi, bổ sung bởi Luật số 68/2020/QH14 và "
               "Luật số 30/2023/QH15 và Luật số 51/2024/QH15;\nQUYẾT ĐỊNH:\n")
    assert {s for s, r, t, _ in got if r == "AMENDS" and t == "25/2008/QH12"} == {
        "68/2020/QH14", "30/2023/QH15", "51/2024/QH15"}

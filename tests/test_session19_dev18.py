"""Rules read off dev18 (session 19, six larger gazette texts annotated by one more reader and read the same session),
each checked on the real text and on a text made in that shape, with a guard:

* a correcting decision corrects what it names, though a consolidated text's note says the text "được sửa đổi theo"
  it: no AMENDS beside its CORRECTS;
* an amending law's title listing several laws in a "Căn cứ" item ("Luật sửa đổi, bổ sung một số điều của Luật Chứng
  khoán, Luật Kế toán, … số B") amends the law of its list the item names with its number;
* "… theo Nghị định số A ngày … quy định chi tiết … Luật X, Nghị định số B ngày … của Chính phủ quy định …": B is the
  next item of the list, not what A guides;
* a procedure's object ("Đơn đề nghị sửa đổi, bổ sung giấy phép … theo Mẫu số 05 … Nghị định số A", "Sửa đổi, bổ
  sung giấy phép cung cấp dịch vụ … theo quy định tại …") is no act on the document (a request to amend the document
  itself stays a plan: tests/test_relate.py)."""
from real_texts import TEXTS, partials, rels

from vanban.loaders import extract, extract_text


def test_a_correcting_decision_corrects_and_does_not_amend():
    # dev18 congbao van-ban-hop-nhat-so-19-vbhn-btc lines 22 and 2774: "Quyết định số 517/QĐ-BTC … về việc đính chính
    # Nghị định số 320/2025/NĐ-CP" / "4 Điểm này được sửa đổi theo quy định tại khoản 1 Điều 1 Quyết định số 517/QĐ-BTC"
    got = rels(extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-19-vbhn-btc-469710.txt"))
    assert ("517/QĐ-BTC", "CORRECTS", "320/2025/NĐ-CP") in got
    assert ("517/QĐ-BTC", "AMENDS", "320/2025/NĐ-CP") not in got
    # guard: the amending decree stays an amender
    assert ("141/2026/NĐ-CP", "AMENDS", "320/2025/NĐ-CP") in got
    made = rels(extract_text(
        "Số: 20/VBHN-BTC\nVĂN BẢN HỢP NHẤT\nTHÔNG TƯ\nQuy định …\nThông tư số 95/2020/TT-BTC ngày 16 tháng 11 năm 2020, "
        "được sửa đổi, bổ sung bởi:\nThông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025.\n(Thông tư này được đính "
        "chính bởi Quyết định số 372/QĐ-BTC ngày 27 tháng 02 năm 2026 về việc đính chính Thông tư số 95/2020/TT-BTC)\n"
        "Điều 1. Phạm vi\n1. Khoản này được sửa đổi theo quy định tại Điều 1 của Quyết định số 372/QĐ-BTC.\n"))
    assert ("372/QĐ-BTC", "CORRECTS", "95/2020/TT-BTC") in made
    assert ("372/QĐ-BTC", "AMENDS", "95/2020/TT-BTC") not in made
    assert ("138/2025/TT-BTC", "AMENDS", "95/2020/TT-BTC") in made


def test_an_amending_laws_title_listing_several_laws_amends_the_one_named_in_the_item():
    # dev18 congbao thong-tu-so-107-2025-tt-btc lines 22-26
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-107-2025-tt-btc-46707.txt"))
    assert ("56/2024/QH15", "AMENDS", "88/2015/QH13") in got
    made = rels(extract_text(
        "Số: 120/2026/TT-BTC\nTHÔNG TƯ\nHướng dẫn kế toán\nCăn cứ Luật Kế toán số 88/2015/QH13 ngày 20 tháng 11 năm 2015; "
        "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Quản lý, sử dụng tài sản công, "
        "Luật Xử lý vi phạm hành chính số 56/2024/QH15 ngày 29 tháng 11 năm 2024;\n"
        "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15; Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, "
        "Luật Thuế thu nhập cá nhân số 57/2024/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Phạm vi\nThông tư này.\n"))
    assert ("56/2024/QH15", "AMENDS", "88/2015/QH13") in made
    # guard: a law the item names that the amender's list does not hold
    assert ("57/2024/QH15", "AMENDS", "89/2025/QH15") not in made
    assert ("120/2026/TT-BTC", "BASED_ON", "57/2024/QH15") in made


def test_a_decree_of_the_actors_type_after_a_comma_is_the_next_item_not_a_guided_target():
    # dev18 107/2025/TT-BTC lines 5208-5210
    got = rels(extract(TEXTS / "congbao" / "thong-tu-so-107-2025-tt-btc-46707.txt"))
    assert ("188/2025/NĐ-CP", "GUIDES", "70/2015/NĐ-CP") not in got
    made = rels(extract_text(
        "Số: 121/2026/TT-BTC\nTHÔNG TƯ\nĐiều 3. Sổ kế toán\nMở sổ chi tiết theo Nghị định số 188/2025/NĐ-CP ngày 01/7/2025 "
        "của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế, Nghị định số "
        "70/2015/NĐ-CP ngày 01/9/2015 của Chính phủ quy định chi tiết về bảo hiểm y tế.\n"
        "Điều 4. Theo Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết Nghị định số "
        "71/2015/NĐ-CP.\n"))
    assert ("188/2025/NĐ-CP", "GUIDES", "70/2015/NĐ-CP") not in made
    # guard: a decree the title itself details stays its target
    assert ("189/2025/NĐ-CP", "GUIDES", "71/2015/NĐ-CP") in made


def test_a_procedures_object_is_no_act_on_the_document():
    # dev18 congbao nghi-quyet-so-20-2026-nq-cp lines 6111 and 6137
    x = extract(TEXTS / "congbao" / "nghi-quyet-so-20-2026-nq-cp-469467.txt")
    assert not partials(x, "20/2026/NQ-CP", "AMENDS", "15/2026/NĐ-CP")
    assert not [r for r in x.relations if r.source.startswith("IMPLICIT:") and r.target == "163/2024/NĐ-CP"]
    made = extract_text(
        "Số: 30/2026/NQ-CP\nNGHỊ QUYẾT\nĐiều 1. Thủ tục\n1. Thành phần hồ sơ:\na) Đơn đề nghị sửa đổi, bổ sung giấy "
        "phép theo Mẫu số 05 tại Phụ lục ban hành kèm theo Nghị định số 163/2024/NĐ-CP;\nb) Kế hoạch kinh doanh sửa "
        "đổi, bổ sung theo Mẫu số 07 tại Phụ lục ban hành kèm theo Nghị định số 15/2026/NĐ-CP.\n"
        "2. Sửa đổi, bổ sung giấy phép cung cấp dịch vụ viễn thông theo quy định tại Điều 36 Nghị định số "
        "62/2024/NĐ-CP.\nĐiều 2. Sửa đổi, bổ sung khoản 2 Điều 5 Nghị định số 64/2024/NĐ-CP như sau: “2. …”\n")
    got = rels(made)
    for target in ("163/2024/NĐ-CP", "15/2026/NĐ-CP", "62/2024/NĐ-CP"):
        assert not [r for r in made.relations if r.target == target and r.relation == "AMENDS"], target
    # guard: an act on a provision of the document
    assert ("30/2026/NQ-CP", "AMENDS", "64/2024/NĐ-CP") in got

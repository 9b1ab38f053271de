"""The preamble's bases: a "Căn cứ" item names its own document; the documents that document acts on, named in its
title ("… sửa đổi, bổ sung một số điều của Nghị định số B", "… hướng dẫn … Nghị định số B"), are its objects, not
bases of the citing document, unless the preamble names them as bases too.

Each case pairs a line of a real text (cited) with the same shape in other words and numbers.
"""
import pytest

from vanban.loaders import extract_text

_HEAD = "BỘ TÀI CHÍNH\nSố: 372/QĐ-BTC\nHà Nội, ngày 17 tháng 3 năm 2026\nQUYẾT ĐỊNH\nVề việc đính chính\n"
_DECREE = "CHÍNH PHỦ\nSố: 41/2026/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2026\nNGHỊ ĐỊNH\nQuy định về phí\n"


def bases(text):
    x = extract_text(text)
    return x.document.code, {r.target for r in x.relations if r.relation == "BASED_ON" and r.source == x.document.code}


@pytest.mark.parametrize("head,item,base,objects", [
    # fresh9 congbao quyet-dinh-so-372-qd-btc (lines 40-43): an amending circular's title names what it amends
    (_HEAD, "Căn cứ Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung "
     "một số điều của Thông tư 95/2020/TT-BTC ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Tài chính hướng dẫn giám "
     "sát giao dịch và Thông tư số 06/2022/TT-BTC ngày 08 tháng 02 năm 2022 của Bộ trưởng Bộ Tài chính;",
     "138/2025/TT-BTC", {"95/2020/TT-BTC", "06/2022/TT-BTC"}),
    # a decree replacing another, in a decree's preamble
    (_DECREE, "Căn cứ Nghị định số 12/2024/NĐ-CP ngày 5 tháng 2 năm 2024 của Chính phủ thay thế Nghị định số "
     "88/2019/NĐ-CP ngày 1 tháng 11 năm 2019 của Chính phủ về phí;", "12/2024/NĐ-CP", {"88/2019/NĐ-CP"}),
    # fresh9 tvpl 03890575449f6e05 (lines 110-112): a guiding circular's title names the decree it guides
    (_DECREE, "Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính hướng dẫn thi hành một số điều của "
     "Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ;",
     "80/2021/TT-BTC", {"126/2020/NĐ-CP"}),
])
def test_a_base_items_document_is_a_base_and_what_it_acts_on_is_not(head, item, base, objects):
    own, got = bases(head + item + "\nBộ trưởng Bộ Tài chính ban hành Quyết định.\n")
    assert base in got
    assert not got & objects, (own, got)


def test_a_document_the_preamble_names_as_a_base_stays_one_when_a_later_item_amends_it():
    # "Căn cứ Nghị định A; Nghị định B sửa đổi … của Nghị định A": A is named first, as a base
    text = (_DECREE + "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết; "
            "Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của "
            "Nghị định số 78/2025/NĐ-CP;\nChính phủ ban hành Nghị định.\n")
    _own, got = bases(text)
    assert {"78/2025/NĐ-CP", "187/2025/NĐ-CP"} <= got


def test_an_amender_the_item_names_with_a_passive_stays_beside_its_base():
    # "Căn cứ Nghị định A được sửa đổi, bổ sung bởi Nghị định B": A is the base (B's act is passive)
    text = (_DECREE + "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 2 năm 2025 của Chính phủ quy định chức năng, "
            "được sửa đổi, bổ sung bởi Nghị định số 166/2025/NĐ-CP ngày 30 tháng 6 năm 2025;\n"
            "Chính phủ ban hành Nghị định.\n")
    _own, got = bases(text)
    assert "29/2025/NĐ-CP" in got


def test_an_item_naming_a_law_by_title_before_its_amender_keeps_the_law_as_a_base():
    # fresh9 tvpl 6fed96be8a849b78 (lines 87-90): the item names the law by its title, then the amending law, whose
    # title names the law again with its number: that number is the base (and the amender amends it)
    text = (_DECREE + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2025 và Luật số "
            "87/2025/QH15 ngày 25 tháng 6 năm 2025 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm "
            "pháp luật số 64/2025/QH15 ngày 19 tháng 2 năm 2025;\nChính phủ ban hành Nghị định.\n")
    x = extract_text(text)
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert ("41/2026/NĐ-CP", "BASED_ON", "64/2025/QH15") in got
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15") in got


@pytest.mark.parametrize("item,amender,amended", [
    # a law's title of seven words whose last word the number's mention takes ("… pháp | luật số 64/2025/QH15")
    ("Căn cứ Luật số 87/2025/QH15 sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số "
     "64/2025/QH15;", "87/2025/QH15", "64/2025/QH15"),
    # an ordinance, a shorter title
    ("Căn cứ Pháp lệnh số 02/2022/UBTVQH15 sửa đổi, bổ sung một số điều của Pháp lệnh Phí và lệ phí số "
     "38/2001/PL-UBTVQH10;", "02/2022/UBTVQH15", "38/2001/PL-UBTVQH10"),
])
def test_an_amender_reaches_a_law_its_title_names_before_the_number(item, amender, amended):
    x = extract_text(_DECREE + item + "\nChính phủ ban hành Nghị định.\n")
    assert (amender, "AMENDS", amended) in {(r.source, r.relation, r.target) for r in x.relations}


def test_an_item_naming_parts_of_its_document_first_still_heads_it():
    # fresh8 tvpl c07c9fc611a5356b (lines 96-99): "Căn cứ Điều 25 và điểm a khoản 2 Điều 41 Thông tư số A … hướng
    # dẫn … Nghị định số B": A is the base, B its object
    text = (_DECREE + "Căn cứ Điều 25 và điểm a khoản 2 Điều 41 Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài "
            "chính hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP ngày "
            "19/10/2020 của Chính phủ;\nChính phủ ban hành Nghị định.\n")
    _own, got = bases(text)
    assert "80/2021/TT-BTC" in got and "126/2020/NĐ-CP" not in got

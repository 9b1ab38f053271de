"""Session 43 (gold fresh41 and fresh47, read): a base naming its law by title and date, the file numbering that title
elsewhere, and the laws an unnumbered amending law's title lists as the item's second law.  Made texts in the
preambles' wording."""
from __future__ import annotations

import pytest

from vanban.loaders import extract_text

HEAD = """CHÍNH PHỦ
Số: 175/2025/NĐ-CP
Hà Nội, ngày 30 tháng 6 năm 2025

NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của Nghị định số 10/2022/NĐ-CP

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số
điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh
doanh bất động sản số 29/2023/QH15, Luật Các tổ chức tín dụng số 32/2024/QH15
ngày 29 tháng 6 năm 2024;
Theo đề nghị của Bộ trưởng Bộ Tài chính;
"""


def _bases():
    ex = extract_text(HEAD + "\nĐiều 1. Sửa đổi khoản 1 Điều 3.\n", file="nd.txt")
    return {r.target for r in ex.relations if r.relation == "BASED_ON" and r.source == "175/2025/NĐ-CP"}


def test_base_named_by_title_is_the_law_the_file_numbers():
    assert "31/2024/QH15" in _bases()


def test_laws_an_unnumbered_amender_lists_in_the_items_second_law_are_no_bases():
    assert not _bases() & {"27/2023/QH15", "29/2023/QH15", "32/2024/QH15"}


def test_older_convention_reads_no_base_by_title(monkeypatch):
    from vanban.loaders import relate
    monkeypatch.setattr(relate, "TITLED_TARGETS", False)
    assert "31/2024/QH15" not in _bases()


@pytest.mark.parametrize("item", ["Căn cứ Luật Đất đai số 31/2024/QH15;",
                                  "Căn cứ Nghị định số 102/2024/NĐ-CP quy định chi tiết Luật Đất đai số 31/2024/QH15;"])
def test_a_number_in_its_own_base_stays_a_base(item):
    text = HEAD.replace("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", item)
    ex = extract_text(text + "\nĐiều 1. Sửa đổi khoản 1 Điều 3.\n", file="nd.txt")
    assert "31/2024/QH15" in {r.target for r in ex.relations if r.relation in ("BASED_ON", "GUIDES")}


def _rels(item: str):
    text = HEAD.replace("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", item)
    ex = extract_text(text + "\nĐiều 1. Sửa đổi khoản 1 Điều 3.\n", file="nd.txt")
    return {(r.source, r.relation, r.target) for r in ex.relations}


def test_difficulties_in_carrying_out_a_law_are_no_act_on_it():
    rels = _rels("Căn cứ Nghị quyết số 154/2025/QH15 ngày 11 tháng 2 năm 2025 của Quốc hội quy định một số cơ chế, "
                 "chính sách tháo gỡ khó khăn, vướng mắc trong tổ chức thi hành Luật Đất đai;")
    assert ("154/2025/QH15", "IMPLEMENTS", "31/2024/QH15") not in rels
    assert ("175/2025/NĐ-CP", "BASED_ON", "154/2025/QH15") in rels


def test_what_unnamed_documents_detail_is_not_the_amenders_guide():
    rels = _rels("Căn cứ Nghị định số 226/2025/NĐ-CP ngày 15 tháng 8 năm 2025 của Chính phủ sửa đổi, bổ sung một số "
                 "điều của các nghị định quy định chi tiết thi hành Luật Đất đai;")
    assert ("226/2025/NĐ-CP", "GUIDES", "31/2024/QH15") not in rels


def test_so_misread_before_noi_dung():
    rels = _rels("Căn cứ Thông tư sồ 03/2025/TT-VPCP ngày 15 tháng 9 năm 2025 của Văn phòng Chính phủ hướng dẫn thi "
                 "hành một sồ nội dung của Nghị định sồ 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;")
    assert ("03/2025/TT-VPCP", "GUIDES", "118/2025/NĐ-CP") in rels

"""A directing document's order to carry out another's directions: "tiếp tục quán triệt, thực hiện nghiêm túc các ý
kiến chỉ đạo của Chính phủ … tại Chỉ thị số 13/CT-TTg", "Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính
phủ … (Thông báo số 627/TB-VPCP …)": the directing document implements them."""
import pytest

from vanban.loaders import extract_text

_TELEGRAM = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 224/CĐ-TTg\nHà Nội, ngày 5 tháng 12 năm 2025\nCÔNG ĐIỆN\n"
             "Về việc tổ chức lễ khánh thành các công trình\nTHỦ TƯỚNG CHÍNH PHỦ điện:\nBộ trưởng Bộ Xây dựng.\n")


def implements(text):
    x = extract_text(text)
    return {r.target for r in x.relations if r.relation == "IMPLEMENTS" and r.source == x.document.id}


@pytest.mark.parametrize("line,target", [
    # dev5 tvpl 1095764e502a89b8 (lines 154-157)
    ("b) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Trưởng Ban chỉ đạo Nhà nước các công trình, "
     "dự án quan trọng quốc gia (Thông báo số 627/TB-VPCP ngày 18/11/2025), chủ động phối hợp Bộ Nội vụ.",
     "627/TB-VPCP"),
    # fresh9 tvpl 8018a6f353d60a9e (lines 121-125)
    ("1. Các Bộ chỉ đạo các đơn vị tiếp tục quán triệt, thực hiện nghiêm túc, đầy đủ các ý kiến chỉ đạo của Chính "
     "phủ, Thủ tướng Chính phủ tại Chỉ thị số 13/CT-TTg ngày 17 tháng 5 năm 2025 về tăng cường công tác.", "13/CT-TTg"),
])
def test_an_order_to_carry_out_directions_a_document_states(line, target):
    assert target in implements(_TELEGRAM + line + "\n")


@pytest.mark.parametrize("line", [
    # a bracket naming what the directions were about, not where they stand: another document between
    "b) Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về Nghị định số 12/2025/NĐ-CP (Thông báo số 627/TB-VPCP).",
    # compliance with a rule is a citation
    "b) Thực hiện theo quy định tại Nghị định số 12/2025/NĐ-CP của Chính phủ (sửa đổi).",
])
def test_no_order_where_another_document_stands_between_or_a_rule_is_complied_with(line):
    got = implements(_TELEGRAM + line + "\n")
    assert "627/TB-VPCP" not in got and "12/2025/NĐ-CP" not in got

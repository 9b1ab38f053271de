"""Session 44: texts converted to Markdown by pandoc (dvhcvn/20250701, gold fresh49 and fresh50), whose backslash
escapes cut the header's body name; a described document's own act that stops at the outer list's next item; and a
lettered item of an effect clause's list after an item its source cut after "của" (gold fresh52)."""
from __future__ import annotations

from pathlib import Path

from vanban.loaders import extract, extract_text
from vanban.loaders.clean import CLEAN_STEPS, clean, unescape_markdown

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts" / "gh"

HEADER = """  ----------------------- -----------------------------------------------
    **ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\
         QUỐC HỘI\\                 Độc lập - Tự do - Hạnh phúc\\
     \\-\\-\\-\\-\\-\\-\\--**            \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**

   Số: 1700/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*
  ----------------------- -----------------------------------------------

**NGHỊ QUYẾT**

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH X NĂM 2025

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ* *Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**QUYẾT NGHỊ:**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã**

1\\. Sắp xếp toàn bộ diện tích tự nhiên của các xã A, B thành xã mới.

2\\. Sắp xếp toàn bộ diện tích tự nhiên của các xã C, D thành xã mới.
"""


def test_escapes_become_blanks_and_keep_the_length():
    assert unescape_markdown("1\\. Sắp xếp\\") == " 1. Sắp xếp "
    assert unescape_markdown("\\- Báo cáo") == " - Báo cáo"
    assert unescape_markdown("con dấu\\... tránh") == "con  dấu... tránh"
    assert unescape_markdown("số 60-NQ/TW\\.") == "số  60-NQ/TW."        # the number whole, one place on
    assert unescape_markdown("**ỦY BAN\\        **CỘNG") == "**ỦY BAN         **CỘNG"
    for text in ("D:\\Data\\2025", "a\\b", "không có gạch"):               # before a letter or a digit: text
        assert unescape_markdown(text) == text
    assert unescape_markdown in CLEAN_STEPS
    for text in (HEADER, "x\\\\y\\", "\\"):
        assert len(unescape_markdown(text)) == len(text)
        assert clean(text) == clean(text, steps=CLEAN_STEPS)                 # the fast path runs the step too


def test_header_body_across_escaped_line_breaks():
    ex = extract_text(HEADER)
    doc = ex.document
    assert doc.code == "1700/NQ-UBTVQH15"
    assert doc.issuer == "Ủy ban Thường vụ Quốc hội"
    assert any(r.relation == "BASED_ON" and r.target == "72/2025/QH15" for r in ex.relations)


def test_real_resolution_of_the_standing_committee():
    doc = extract(TEXTS / "dvhcvn-20250701__1656_NQ-UBTVQH15.md").document
    assert (doc.code, doc.issuer, doc.date) == ("1656/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội", "2025-06-16")


AMENDED_LIST = """Cơ bản thống nhất nội dung sửa đổi, bổ sung Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban Chấp hành Trung
ương Đảng về thi hành Điều lệ Đảng; Quy định số 22-QĐ/TW, ngày 28/7/2021 và Quy định số 262-QĐ/TW, ngày 03/02/2025
của Ban Chấp hành Trung ương Đảng về công tác kiểm tra, giám sát và kỷ luật của Đảng.
"""


def test_described_act_stops_at_the_outer_lists_next_item():
    rels = {(r.source, r.relation, r.target) for r in extract_text(AMENDED_LIST).relations}
    assert ("232-QĐ/TW", "IMPLEMENTS", "22-QĐ/TW") not in rels
    assert ("232-QĐ/TW", "IMPLEMENTS", "262-QĐ/TW") not in rels
    real = extract(TEXTS / "dvhcvn-20250701__60-NQ_TW.md")
    rels = {(r.source, r.relation, r.target) for r in real.relations}
    assert ("232-QĐ/TW", "IMPLEMENTS", "22-QĐ/TW") not in rels
    assert {("60-NQ/TW", "AMENDS", t) for t in ("232-QĐ/TW", "22-QĐ/TW", "262-QĐ/TW")} <= rels


def test_described_act_on_a_list_of_its_own_type_goes_on():
    # the first target of the acting document's own type: the list after the ";" is still its targets
    text = ("Thông tư số 05/2024/TT-BXD ngày 31 tháng 7 năm 2024 của Bộ Xây dựng hướng dẫn Thông tư số 11/2008/TT-BXD; "
            "Thông tư số 37/2009/TT-BXD.\n")
    rels = {(r.source, r.relation, r.target) for r in extract_text(text).relations}
    assert ("05/2024/TT-BXD", "GUIDES", "11/2008/TT-BXD") in rels


REPEAL_LIST = """Điều 21. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024.
2. Bãi bỏ các Thông tư sau đây:
a) Thông tư số 05-BXD/ĐT ngày 09 tháng 02 năm 1993 của Bộ Xây dựng hướng dẫn phương pháp xác định diện tích;
b) Thông tư số 11/2008/TT-BXD ngày 05 tháng 5 năm 2008 hướng dẫn một số nội dung của Quyết định số 17/2008/QĐ-TTg của
c) Thông tư số 37/2009/TT-BXD ngày 01 tháng 12 năm 2009 của Bộ trưởng Bộ Xây dựng hướng dẫn phương pháp xác định giá;
d) Thông tư số 09/2015/TT-BXD ngày 29 tháng 12 năm 2015 của Bộ trưởng Bộ Xây dựng hướng dẫn quản lý nhà ở công vụ.
"""


def test_lettered_item_after_an_item_cut_after_cua():
    rels = {(r.relation, r.target) for r in extract_text(REPEAL_LIST, file="05-2024-tt-bxd.txt").relations
            if r.source == "05/2024/TT-BXD"}
    for target in ("05-BXD/ĐT", "11/2008/TT-BXD", "37/2009/TT-BXD", "09/2015/TT-BXD"):
        assert ("REPEALS", target) in rels, target

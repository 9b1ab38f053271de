"""Session 29's blind pages (six real pages read before the tool ran on them; their gold written first): the one
miss they showed.

A book's or a site's running heading in capitals standing before the issuer's block of a flattened page ("… 456
CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI CỘNG HÒA XÃ HỘI …", a page of a printed
collection of a provincial council's resolutions) ran into the issuer: a body's name holds no type word of
documents, so the issuer is the whole body that ends the run.  The text below is made for the test in the shape of
that page (not a copy of it).
"""
from __future__ import annotations

import pytest

from vanban.loaders import extract_text
from vanban.loaders.header import issuer_from_lines

FLATTENED = (
    "312 CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc Số: 12/2017/NQ-HĐND Yên Bái, ngày 20 tháng 7 năm 2017 NGHỊ QUYẾT Ban hành nội quy "
    "kỳ họp của Hội đồng nhân dân tỉnh Yên Bái HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI KHÓA XVIII - KỲ HỌP THỨ 5 Căn cứ Luật "
    "Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày "
    "22 tháng 6 năm 2015; Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm "
    "2015; Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi "
    "tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật; Xét tờ trình số 21/TTr-HĐND "
    "ngày 02 tháng 7 năm 2017 của Thường trực Hội đồng nhân dân tỉnh về việc ban hành nội quy kỳ họp; ý kiến thảo "
    "luận của đại biểu, QUYẾT NGHỊ: Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp. Điều 2. Nghị quyết "
    "này được Hội đồng nhân dân tỉnh Yên Bái khóa XVIII - kỳ họp thứ 5 thông qua ngày 20 tháng 7 năm 2017 và có "
    "hiệu lực kể từ ngày 01 tháng 8 năm 2017.\n")
assert len(FLATTENED) >= 1000          # (a line this long with a header's starts is read as a flattened page)


def test_a_running_heading_before_the_issuer_is_not_the_issuer():
    d = extract_text(FLATTENED).document
    assert (d.id, d.issuer) == ("12/2017/NQ-HĐND@Yên Bái", "Hội đồng nhân dân tỉnh Yên Bái")


@pytest.mark.parametrize("line, issuer", [
    ("CÁC NGHỊ QUYẾT THÔNG QUA TẠI KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "Hội đồng nhân dân tỉnh Lào Cai"),
    ("TUYỂN TẬP CÁC QUYẾT ĐỊNH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
])
def test_the_body_that_ends_a_heading_naming_documents(line, issuer):
    assert issuer_from_lines([line]) == issuer


@pytest.mark.parametrize("line", [
    "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH",          # a body's line: one body, left as it is
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH",
])
def test_a_body_s_own_line_is_not_cut(line):
    # (guards: the cut needs a line that does not start a body and a type word before the body)
    before = issuer_from_lines([line])
    assert before is not None and before.lower().startswith(line.split()[0].lower())

"""Which province's document a cited local number is: the committee, council or organ the text names after it.

A local number ("88-TB/TU", "15-CV/VPTU", "123/QĐ-UBND") names a document only with its place, as every province's
bodies number from 1.  The place is the one the issuer after the number names, else the file's own.  Before session 35
several common issuers were not read, so a number another province issued took the file's province:
- the committee's standing members or an organ of it ("của Thường trực Tỉnh ủy Hà Tĩnh", "của Văn phòng Tỉnh ủy Hà
  Tĩnh", "của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh");
- and an organ's own code, its initials and its committee's (Hướng dẫn 36-HD/VPTW: "BTGTU", "BDVHU"), was no local
  code at all: "05-HD/BTGTU" stood unqualified, one document for every province's Ban Tuyên giáo.
The plan's header follows the layout Nghị định 30/2020/NĐ-CP prescribes."""
import pytest

from vanban.domain.codes import is_local_code
from vanban.loaders import extract_text

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\n\nSố: 12/KH-UBND\nNghệ An, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
         "Tổ chức các hoạt động năm 2024\n\nThực hiện {cited} ngày 1/2/2023 {issuer} về việc phối hợp, Ủy ban nhân dân "
         "tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\nTổ chức tốt các hoạt động.\n")


@pytest.mark.parametrize("cited, issuer, ident", [
    ("Thông báo số 88-TB/TU", "của Thường trực Tỉnh ủy Hà Tĩnh", "88-TB/TU@Hà Tĩnh"),
    ("Nghị quyết số 05-NQ/TU", "của Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "05-NQ/TU@Hà Tĩnh"),
    ("Công văn số 15-CV/VPTU", "của Văn phòng Tỉnh ủy Hà Tĩnh", "15-CV/VPTU@Hà Tĩnh"),
    ("Hướng dẫn số 05-HD/BTGTU", "của Ban Tuyên giáo Tỉnh ủy Hà Tĩnh", "05-HD/BTGTU@Hà Tĩnh"),
    ("Hướng dẫn số 05-HD/BTGTU", "của Ban Tuyên giáo Tỉnh ủy", "05-HD/BTGTU@Nghệ An"),     # the file's own province's
    ("Kết luận số 15-KL/TU", "của Ban Thường vụ Tỉnh ủy Hà Tĩnh", "15-KL/TU@Hà Tĩnh"),       # (as before: a guard)
    ("Nghị quyết số 12/2023/NQ-HĐND", "của Hội đồng nhân dân tỉnh Hà Tĩnh", "12/2023/NQ-HĐND@Hà Tĩnh"),   # (guard)
])
def test_a_cited_local_number_takes_its_issuers_province(cited, issuer, ident):
    x = extract_text(_PLAN.format(cited=cited, issuer=issuer), file="plan.txt")
    assert [m.id for m in x.mentions if m.code and m.id != x.document.id] == [ident]
    assert ("12/KH-UBND@Nghệ An", "IMPLEMENTS", ident) in {(r.source, r.relation, r.target) for r in x.relations}


@pytest.mark.parametrize("code, local", [
    ("BTGTU", True), ("BDVHU", True), ("UBKTQU", True), ("BTCĐU", True),
    ("BTGTW", False), ("BTCTW", False), ("BTC", False), ("CTU", False),   # the Centre's; a ministry's; too short to tell
])
def test_an_organ_of_a_local_committee_is_local(code, local):
    assert is_local_code(code) is local


def test_a_department_before_ban_hanh_is_its_numbers_issuer():
    """"Sở Y tế tỉnh Hà Tĩnh ban hành Công văn số …" in a Nghệ An text: the department with its province issued the
    number (it took the file's province); its name listing its fields, or joined by a dash, is read whole."""
    x = extract_text(_PLAN.replace("Thực hiện {cited} ngày 1/2/2023 {issuer} về việc phối hợp, Ủy ban nhân dân tỉnh "
                                   "ban hành Kế hoạch như sau:", "{body}").format(body=(
        "Năm 2024, Sở Y tế tỉnh Hà Tĩnh ban hành Công văn số 567/SYT-NVY ngày 01/3/2024 về việc phòng dịch; Sở Văn "
        "hóa, Thể thao và Du lịch tỉnh Hà Tĩnh đã ban hành Kế hoạch số 45/KH-SVHTTDL ngày 2/3/2024 về lễ hội; Sở Lao "
        "động - Thương binh và Xã hội tỉnh Thanh Hóa ban hành Công văn số 9/SLĐTBXH-LĐ ngày 3/3/2024; Sở Tài chính "
        "ban hành Công văn số 11/STC-QLNS ngày 4/3/2024.")), file="plan.txt")
    ids = {m.code: m.id for m in x.mentions if m.code and m.id != x.document.id}
    assert ids == {"567/SYT-NVY": "567/SYT-NVY@Hà Tĩnh", "45/KH-SVHTTDL": "45/KH-SVHTTDL@Hà Tĩnh",
                   "9/SLĐTBXH-LĐ": "9/SLĐTBXH-LĐ@Thanh Hóa",
                   "11/STC-QLNS": "11/STC-QLNS@Nghệ An"}       # (a department named bare: the file's province's)

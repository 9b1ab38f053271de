"""A ministry or a department named after the fields it manages: "Bộ Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào
tạo tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa", the older "Sở Khoa học, Công nghệ và Môi
trường".  The state names its ministries so (Nghị định 123/2016/NĐ-CP and the Government's decrees on each ministry) and
every province's departments after them (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP, 45/2025/NĐ-CP), so the grammar of a
name, "A và B", "A, B và C", "A - B và C", carries to every province and every field.

Before session 35 a comma in such a name ended it: a letter "của Bộ Văn hóa, Thể thao và Du lịch" had the issuer "Bộ
Văn hóa"; a letter "của Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh" cited in a Nghệ An text was Nghệ An's; the
comma opened the main clause of a "Thực hiện …" opening, so the list's next document was not carried out; and a
department whose name holds "và" was no body at all ("Sở Giáo dục và Đào tạo tỉnh Nghệ An").

A comma or a "và" before a body's head word still joins two bodies ("Sở Y tế, Sở Tài chính", "Sở Y tế và Công an
tỉnh …"): the guards below.  The headers follow the layout Nghị định 30/2020/NĐ-CP prescribes; two tests read the
corpus's real pages as they are."""
from pathlib import Path

import pytest

from vanban.loaders import extract_text
from vanban.loaders.bodies import find_bodies
from vanban.loaders.patterns import ISSUER_AFTER

FIXTURES = Path(__file__).parent / "fixtures" / "real" / "texts" / "tvpl"

_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\n\nSố: 12/KH-UBND\nNghệ An, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
         "Tổ chức các hoạt động văn hóa năm 2024\n\n{body}\n\nI. MỤC ĐÍCH\nTổ chức tốt các hoạt động.\n")


def _extract(body):
    x = extract_text(_PLAN.format(body=body), file="plan.txt")
    return x, {m.code: m for m in x.mentions if m.code}, {(r.source, r.relation, r.target) for r in x.relations}


# The issuer read after a number: (the words after it, the body read, why)
_ISSUERS_AFTER = [
    # a name listing its fields, read whole
    (" ngày 5/1/2024 của Bộ Văn hóa, Thể thao và Du lịch về hướng dẫn", "Bộ Văn hóa, Thể thao và Du lịch", "fields"),
    (" của Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh về việc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh", "fields"),
    (" của Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng;", "Sở Văn hóa, Thể thao và Du lịch thành phố Hải Phòng",
     "fields"),
    (" của Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương.", "Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương",
     "an older department's fields"),
    (" của Sở Văn hóa, Thể thao và Du lịch về việc", "Sở Văn hóa, Thể thao và Du lịch", "fields, the file's province"),
    # a ministry named whole ends there, whatever follows
    (" ngày 30/6/2025 của Bộ Văn hóa, Thể thao và Du lịch triển khai Kế hoạch số", "Bộ Văn hóa, Thể thao và Du lịch",
     "a verb after"),
    (" của Bộ Văn hóa, Thể thao và Du lịch Triển khai Nghị quyết số", "Bộ Văn hóa, Thể thao và Du lịch", "a title after"),
    (" của Bộ Văn hóa, Thể thao và Du lịch)", "Bộ Văn hóa, Thể thao và Du lịch", "a bracket after"),
    (" của Bộ Y tế hướng dẫn", "Bộ Y tế", "a verb after"),
    (" của Sở Y tế tỉnh Bắc Ninh triển khai", "Sở Y tế tỉnh Bắc Ninh", "a department, its province, a verb"),
    (" của Sở Y tế Hà Nội về", "Sở Y tế Hà Nội", "a province named bare (as before)"),
    (" của Sở Y tế Về việc", "Sở Y tế", "a title's first word is no province"),
    # a comma before a body's head word ends the first body
    (" của Sở Y tế, Sở Tài chính và Sở Nội vụ về việc", "Sở Y tế", "a list of departments"),
    (" của Sở Tài chính, Kho bạc Nhà nước tỉnh và Cục Thuế tỉnh về việc", "Sở Tài chính", "a list of bodies"),
    # ministries issuing together (a joint circular, tvpl 71715967's "Kế hoạch số 515/KH-BCA-BNN&MT … của Bộ Công an
    # và Bộ Nông nghiệp và Môi trường"), each name whole
    (" của Bộ Công an, Bộ Y tế và Bộ Quốc phòng về", "Bộ Công an, Bộ Y tế và Bộ Quốc phòng", "joint"),
    (" của Bộ Tài chính, Bộ Kế hoạch và Đầu tư về", "Bộ Tài chính, Bộ Kế hoạch và Đầu tư", "joint"),
    (" ngày 31/8/2025 của Bộ Công an và Bộ Nông nghiệp và Môi trường, cùng Kế hoạch số",
     "Bộ Công an và Bộ Nông nghiệp và Môi trường", "joint"),
    # the head who signs for a local body: the body, whose place qualifies the number
    (" ngày 1/2/2024 của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh về việc", "Ủy ban nhân dân tỉnh Hà Tĩnh", "chairman"),
    (" của Phó Chủ tịch UBND tỉnh Bắc Giang về việc", "UBND tỉnh Bắc Giang", "vice-chairman"),
    (" của Giám đốc Sở Y tế tỉnh Hà Tĩnh về việc", "Sở Y tế tỉnh Hà Tĩnh", "director"),
]


@pytest.mark.parametrize("text, body, why", _ISSUERS_AFTER)
def test_the_issuer_read_after_a_number(text, body, why):
    m = ISSUER_AFTER.match(text)
    assert m is not None and m.group("body") == body, why


def test_another_provinces_department_named_by_its_fields_carries_its_province():
    x, by_code, rels = _extract(
        "Thực hiện Công văn số 345/SVHTTDL-QLVH ngày 01/3/2024 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh về "
        "việc phối hợp tổ chức lễ hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert x.document.id == "12/KH-UBND@Nghệ An"
    assert by_code["345/SVHTTDL-QLVH"].id == "345/SVHTTDL-QLVH@Hà Tĩnh"
    assert by_code["345/SVHTTDL-QLVH"].issuer == "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh"
    assert ("12/KH-UBND@Nghệ An", "IMPLEMENTS", "345/SVHTTDL-QLVH@Hà Tĩnh") in rels


def test_the_comma_in_a_ministrys_name_opens_no_main_clause():
    """"Thực hiện A … của Bộ Văn hóa, Thể thao và Du lịch về hướng dẫn …; B …, Ủy ban nhân dân tỉnh ban hành …": the
    comma after "Văn hóa" is the name's, so the opening's list goes on to B (before: ", Thể thao và Du lịch về hướng
    dẫn" was read as the main clause, "hướng dẫn" its verb, and B was left out)."""
    x, by_code, rels = _extract(
        "Thực hiện Công văn số 88/BVHTTDL-VHCS ngày 5/1/2024 của Bộ Văn hóa, Thể thao và Du lịch về hướng dẫn tổ chức "
        "lễ hội; Công văn số 77/SLĐTBXH-LĐ ngày 2/2/2024 của Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa về việc "
        "tuyển dụng lao động, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert by_code["88/BVHTTDL-VHCS"].issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert by_code["77/SLĐTBXH-LĐ"].id == "77/SLĐTBXH-LĐ@Thanh Hóa"
    assert ("12/KH-UBND@Nghệ An", "IMPLEMENTS", "88/BVHTTDL-VHCS") in rels
    assert ("12/KH-UBND@Nghệ An", "IMPLEMENTS", "77/SLĐTBXH-LĐ@Thanh Hóa") in rels


def test_a_main_clause_after_a_ministrys_name_still_ends_the_opening():
    """The guard: the clause's own comma (after the title) still hands over to the main clause, whose letter is not
    carried out by the file."""
    x, by_code, rels = _extract(
        "Thực hiện Công văn số 88/BVHTTDL-VHCS ngày 5/1/2024 của Bộ Văn hóa, Thể thao và Du lịch về hướng dẫn tổ chức "
        "lễ hội, Sở Văn hóa và Thể thao đã có Văn bản số 99/SVHTT-QLVH ngày 9/1/2024 đề nghị các huyện thực hiện.")
    assert ("12/KH-UBND@Nghệ An", "IMPLEMENTS", "88/BVHTTDL-VHCS") not in rels
    assert any(src.startswith("99/SVHTT-QLVH") and tgt == "88/BVHTTDL-VHCS" for src, rel, tgt in rels
               if rel == "IMPLEMENTS")


@pytest.mark.parametrize("text, name", [
    ("Giao Sở Giáo dục và Đào tạo tỉnh Nghệ An chủ trì.", "Sở Giáo dục và Đào tạo tỉnh Nghệ An"),
    ("Giao Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa chủ trì.",
     "Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa"),
    ("Giao Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An chủ trì.",
     "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"),
    ("Giao Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội chủ trì.", "Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội"),
    ("theo đề nghị của Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương.",
     "Sở Khoa học, Công nghệ và Môi trường tỉnh Bình Dương"),
])
def test_a_department_named_by_its_fields_with_its_province_is_a_body(text, name):
    assert [b.name for b in find_bodies(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("Giao Sở Y tế và Công an tỉnh Nghệ An phối hợp.", "Công an tỉnh Nghệ An"),
    ("Giao Sở Y tế, Sở Tài chính tỉnh Nghệ An phối hợp.", "Sở Tài chính tỉnh Nghệ An"),
    ("Giao Sở Tài chính, Kho bạc Nhà nước tỉnh Nghệ An phối hợp.", "Kho bạc Nhà nước tỉnh Nghệ An"),
])
def test_two_bodies_joined_are_not_one_departments_name(text, name):
    assert [b.name for b in find_bodies(text)] == [name]


def test_a_real_pages_ministry_letters_name_the_whole_ministry():
    """tvpl 987cadc8: the ministry's letters and plans, each "… số … ngày … của Bộ Văn hóa, Thể thao và Du lịch" and then
    "về việc …", "triển khai …", "Triển khai …" or ")" (the Minister's decisions, "của Bộ trưởng Bộ …", name no issuer
    body here): every issuer read is the whole name (before: "Bộ Văn hóa" for all eight)."""
    x = extract_text((FIXTURES / "987cadc82373c854.md").read_text(encoding="utf-8"), file="987cadc82373c854.md")
    issuers = [m.issuer for m in x.mentions if m.code and "BVHTTDL" in m.code and m.issuer]
    assert len(issuers) >= 8 and set(issuers) == {"Bộ Văn hóa, Thể thao và Du lịch"}


def test_a_real_pages_department_is_a_body_with_its_province():
    """tvpl 09443276: "… thuộc thẩm quyền giải quyết của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị."."""
    x = extract_text((FIXTURES / "094432765aa270a8.md").read_text(encoding="utf-8"), file="094432765aa270a8.md")
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị" in {b.name for b in x.bodies}


# ------------------------------------------------------------------ the head who signs for a local body

def test_a_decision_another_provinces_chairman_signed_is_that_provinces():
    """A chairman's decision is numbered in the People's Committee's series ("…/QĐ-UBND"): "của Chủ tịch Ủy ban nhân
    dân tỉnh Hà Tĩnh" in a Nghệ An text is Hà Tĩnh's (it was "@Nghệ An", the file's, as no issuer was read)."""
    x, by_code, rels = _extract(
        "Thực hiện Quyết định số 123/QĐ-UBND ngày 1/2/2024 của Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh về việc phối hợp "
        "tổ chức lễ hội; Quyết định số 45/QĐ-SYT ngày 3/2/2024 của Giám đốc Sở Y tế tỉnh Hà Tĩnh về việc phòng dịch, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    assert by_code["123/QĐ-UBND"].id == "123/QĐ-UBND@Hà Tĩnh"
    assert by_code["45/QĐ-SYT"].id == "45/QĐ-SYT@Hà Tĩnh"
    assert {("12/KH-UBND@Nghệ An", "IMPLEMENTS", "123/QĐ-UBND@Hà Tĩnh"),
            ("12/KH-UBND@Nghệ An", "IMPLEMENTS", "45/QĐ-SYT@Hà Tĩnh")} <= rels


def test_a_real_pages_decision_of_a_merged_provinces_chairman():
    """tvpl 43ce594e, a Bắc Ninh decision after the 2025 merger: "Quyết định số 810/QĐ-UBND ngày 06/6/2025 của Chủ tịch
    UBND tỉnh Bắc Giang" is the former Bắc Giang's (its gold: "810/QĐ-UBND (Bắc Giang)"), the one the decision amends."""
    x = extract_text((FIXTURES / "43ce594e2a648040.md").read_text(encoding="utf-8"), file="43ce594e2a648040.md")
    assert {m.id for m in x.mentions if m.code == "810/QĐ-UBND"} == {"810/QĐ-UBND@Bắc Giang"}
    assert any(r.relation == "AMENDS" and r.target == "810/QĐ-UBND@Bắc Giang" for r in x.relations)

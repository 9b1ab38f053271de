"""A district's Party committee: its code, its numbers, its name in a header and written bare.

Hướng dẫn 36-HD/VPTW numbers a Quận ủy's documents "…/QU" as a Huyện ủy's "…/HU": every district numbers from 1, so a
number names a document only with its district ("12-KH/QU@quận Ba Đình", as "12-KH/HU@huyện Đông Anh").  Before
session 35 "QU" was no code vanban knew: a Quận ủy's own number and those it cited stood unqualified, and its
committee cited "của Ban Thường vụ Quận ủy" had no issuer.

A district's committee written bare in its own text ("Ban Thường vụ Quận ủy ban hành …") is the text's district's; it
was named with the province ("Quận ủy Hà Nội", "Huyện ủy Hà Nội", which no body is called, a province having many).
Where the text does not tell the district (a provincial committee's text), a bare "Huyện ủy" is no body.
The header's capitals ("QUẬN ỦY BA ĐÌNH" under "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI") name the body too.

The headers follow the layout Hướng dẫn 36-HD/VPTW prescribes for a Party committee's document."""
import pytest

from vanban.domain.codes import ISSUER_CODES, is_local_code
from vanban.loaders import extract_text
from vanban.loaders.bodies import find_bodies

_PARTY = ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\n{issuer}\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 10 tháng 3 năm "
          "2024\n\nKẾ HOẠCH\nthực hiện Nghị quyết số 05-NQ/{code} ngày 2/1/2024 của Ban Thường vụ {committee} về chuyển "
          "đổi số\n\nThực hiện Nghị quyết số 05-NQ/{code} ngày 2/1/2024 của Ban Thường vụ {committee} về chuyển đổi "
          "số và Kế hoạch số 45-KH/TU ngày 5/12/2023 của Thành ủy Hà Nội, Ban Thường vụ {committee} ban hành Kế hoạch "
          "như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\nTổ chức tốt.\n")

_DISTRICTS = [
    ("QUẬN ỦY BA ĐÌNH", "QU", "Quận ủy", "Ba Đình", "quận Ba Đình", "Quận ủy Ba Đình"),
    ("HUYỆN ỦY ĐÔNG ANH", "HU", "Huyện ủy", "Đông Anh", "huyện Đông Anh", "Huyện ủy Đông Anh"),
]


def test_a_district_committees_code_is_a_local_class():
    assert ISSUER_CODES["QU"] == "Quận ủy"
    assert is_local_code("QU") and is_local_code("HU")


@pytest.mark.parametrize("issuer, code, committee, place, unit, name", _DISTRICTS)
def test_a_district_committees_numbers_carry_its_district(issuer, code, committee, place, unit, name):
    x = extract_text(_PARTY.format(issuer=issuer, number=f"12-KH/{code}", code=code, committee=committee,
                                   place=place), file="plan.txt")
    assert (x.document.id, x.document.issuer) == (f"12-KH/{code}@{unit}", name)
    cited = {m.id for m in x.mentions if m.code == f"05-NQ/{code}"}
    assert cited == {f"05-NQ/{code}@{unit}"}
    rels = {(r.source, r.relation, r.target) for r in x.relations}
    assert (f"12-KH/{code}@{unit}", "IMPLEMENTS", f"05-NQ/{code}@{unit}") in rels
    assert (f"12-KH/{code}@{unit}", "IMPLEMENTS", "45-KH/TU@Hà Nội") in rels


@pytest.mark.parametrize("issuer, code, committee, place, unit, name", _DISTRICTS)
def test_a_district_committee_written_bare_in_its_text_is_its_own(issuer, code, committee, place, unit, name):
    x = extract_text(_PARTY.format(issuer=issuer, number=f"12-KH/{code}", code=code, committee=committee,
                                   place=place), file="plan.txt")
    names = [b.name for b in x.bodies]
    assert names[:2] == ["Đảng bộ thành phố Hà Nội", name]            # the header's, in capitals
    assert names.count(f"Ban Thường vụ {name}") == 3                  # the title's, the opening's twice
    assert f"{committee} Hà Nội" not in names and f"Ban Thường vụ {committee} Hà Nội" not in names


def test_a_bare_district_committee_the_text_does_not_place_is_no_body():
    x = extract_text("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI\n*\nSố 88-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 "
                     "tháng 3 năm 2024\n\nBÁO CÁO\ntình hình chuyển đổi số\n\nNăm 2023, Ban Thường vụ Thành ủy đã chỉ đạo "
                     "các cấp ủy. Đồng chí Bí thư Huyện ủy dự họp.\n", file="report.txt")
    names = [b.name for b in x.bodies]
    assert "Ban Thường vụ Thành ủy Hà Nội" in names                    # the province's own committee, as before
    assert not [n for n in names if n.startswith("Huyện ủy")]


def test_a_district_committee_issuing_before_its_number_qualifies_it():
    """"Huyện ủy Đông Anh ban hành Kế hoạch số 7-KH/HU" in the city committee's report: the district's number (it was
    "@Hà Nội", the report's province, as no issuer was read)."""
    x = extract_text("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI\n*\nSố 88-BC/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 "
                     "tháng 3 năm 2024\n\nBÁO CÁO\ntình hình chuyển đổi số\n\nQuận ủy Ba Đình ban hành Nghị quyết số "
                     "05-NQ/QU ngày 2/1/2024 về chuyển đổi số; Huyện ủy Đông Anh ban hành Kế hoạch số 7-KH/HU ngày "
                     "3/1/2024.\n", file="report.txt")
    by_code = {m.code: m for m in x.mentions if m.code}
    assert by_code["05-NQ/QU"].id == "05-NQ/QU@quận Ba Đình"
    assert (by_code["7-KH/HU"].id, by_code["7-KH/HU"].issuer) == ("7-KH/HU@huyện Đông Anh", "Huyện ủy Đông Anh")


@pytest.mark.parametrize("text, names", [
    ("ĐẢNG BỘ TỈNH HÀ TĨNH\nHUYỆN ỦY CAN LỘC\n*\nSố 12-KH/HU", ["Đảng bộ tỉnh Hà Tĩnh", "Huyện ủy Can Lộc"]),
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nQUẬN ỦY QUẬN 1\n*", ["Đảng bộ thành phố Hồ Chí Minh", "Quận ủy quận 1"]),
    # a district's or a commune's Đảng bộ over its committee named bare
    ("ĐẢNG BỘ HUYỆN ĐÔNG ANH\nHUYỆN ỦY\n*\nSố 12-KH/HU", ["Đảng bộ huyện Đông Anh", "Huyện ủy Đông Anh"]),
    ("ĐẢNG BỘ XÃ TÂN PHÚ\nĐẢNG ỦY\n*", ["Đảng bộ xã Tân Phú", "Đảng ủy xã Tân Phú"]),
    ("ĐẢNG BỘ THỊ XÃ SƠN TÂY\nTHỊ ỦY\n*", ["Đảng bộ thị xã Sơn Tây", "Thị ủy Sơn Tây"]),
    ("HUYỆN ỦY ĐÔNG ANH CÓ Ý KIẾN NHƯ SAU", []),      # capitals running on past a name: no header's line
])
def test_a_district_committee_in_a_headers_capitals(text, names):
    assert [b.name for b in find_bodies(text)] == names


# ------------------------------------------------------------------ a committee named bare under its Đảng bộ

_HEADER = ("{parent}\n{issuer}\n*\nSố {number}\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 15 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
           "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n\nThực hiện Nghị quyết số 57-NQ/TW ngày "
           "22/12/2024 của Bộ Chính trị, Ban Thường vụ ban hành Kế hoạch thực hiện như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
           "Quán triệt sâu sắc.\n")


@pytest.mark.parametrize("parent, issuer, number, place, ident, name, parent_name", [
    ("ĐẢNG BỘ TỈNH NGHỆ AN", "TỈNH ỦY", "45-KH/TU", "Nghệ An", "45-KH/TU@Nghệ An", "Tỉnh ủy Nghệ An", None),
    ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "THÀNH ỦY", "45-KH/TU", "Thành phố Hồ Chí Minh",
     "45-KH/TU@Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh", None),
    ("ĐẢNG BỘ TỈNH NGHỆ AN", "BAN CHẤP HÀNH", "05-NQ/TU", "Nghệ An", "05-NQ/TU@Nghệ An",
     "Ban Chấp hành Đảng bộ tỉnh Nghệ An", None),
    ("ĐẢNG BỘ HUYỆN ĐÔNG ANH", "HUYỆN ỦY", "32-KH/HU", "Đông Anh", "32-KH/HU@huyện Đông Anh", "Huyện ủy Đông Anh", None),
    # (as before: a committee named with its place keeps the Đảng bộ above it as its parent)
    ("ĐẢNG BỘ TỈNH QUẢNG NAM", "HUYỆN ỦY ĐẠI LỘC", "32-KH/HU", "Đại Lộc", "32-KH/HU@huyện Đại Lộc", "Huyện ủy Đại Lộc",
     "Đảng bộ tỉnh Quảng Nam"),
])
def test_a_committee_named_bare_under_its_dang_bo(parent, issuer, number, place, ident, name, parent_name):
    """Hướng dẫn 36-HD/VPTW's header: the Đảng bộ on the first line, its committee bare on the second ("ĐẢNG BỘ TỈNH
    NGHỆ AN" / "TỈNH ỦY"): the issuer is that Đảng bộ's committee (it was "Tỉnh ủy", no body's name), and the header's
    line names it as a body."""
    x = extract_text(_HEADER.format(parent=parent, issuer=issuer, number=number, place=place), file="plan.txt")
    assert (x.document.id, x.document.issuer, x.document.parent) == (ident, name, parent_name)
    assert name in [b.name for b in x.bodies if b.line <= 2]

"""A province's department (Sở) named as the issuer of a number a text cites: every province has its Sở Y tế, Sở
Nội vụ, Sở Giáo dục và Đào tạo, each numbering its letters from 1, so the number names a document only with the
department's province: the one its name gives ("Công văn số 567/SYT-NVY … của Sở Y tế tỉnh Bắc Ninh", cited in a
Hà Nội text, is Bắc Ninh's), else the file's (a department names its own province's sister departments bare).
A department writes its code with S for the ministry's B ("SYT", "SGDĐT") or, in some provinces, bare ("GDĐT"): the
issuer the text names says it is a department's either way.

The headers follow the layout Nghị định 30/2020/NĐ-CP prescribes (the issuer column names the department under its
province's People's Committee); the corpus's one text citing a department's letters with a bare code is checked as
it is (tvpl 3870cd0c, a Hồ Chí Minh City centre's plan)."""
from pathlib import Path

import pytest

from vanban.loaders import extract_text
from vanban.loaders.patterns import ISSUER_AFTER

FIXTURES = Path(__file__).parent / "fixtures" / "real" / "texts" / "tvpl"

_LETTER = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSỞ Y TẾ\n-------\nSố: 1234/SYT-NVY\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 12 tháng 3 năm 2024\n\n"
           "V/v phối hợp phòng chống dịch\n\nKính gửi: Các bệnh viện trực thuộc\n\n{body}\n")


def _ids(body):
    x = extract_text(_LETTER.format(body=body), file="letter.txt")
    return x, {m.code: m for m in x.mentions if m.code}


@pytest.mark.parametrize("text, body", [
    (" ngày 01/3/2024 của Sở Y tế tỉnh Bắc Ninh về việc", "Sở Y tế tỉnh Bắc Ninh"),
    (" của Sở Nội vụ thành phố Hải Phòng;", "Sở Nội vụ thành phố Hải Phòng"),
    (" của Sở Tài nguyên và Môi trường Quảng Nam về", "Sở Tài nguyên và Môi trường Quảng Nam"),
    (" của Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An về", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"),
    (" của Sở Giáo dục và Đào tạo về hướng dẫn", "Sở Giáo dục và Đào tạo"),
    (" của Sở Y tế.", "Sở Y tế"),
])
def test_a_departments_name_after_a_number_is_its_issuer(text, body):
    m = ISSUER_AFTER.match(text)
    assert m is not None and m.group("body") == body


@pytest.mark.parametrize("text", [
    " của Sở Y tế và Sở Tài chính về việc",      # two departments: neither is the number's alone
    " của Sở Y tế Về việc",                       # a title's first word is no province
])
def test_no_department_read_where_the_name_is_not_one_departments(text):
    m = ISSUER_AFTER.match(text)
    assert m is None or m.group("body") == "Sở Y tế"
    if m is not None:                              # at most the department, never its neighbour's words
        assert "Tài chính" not in m.group("body") and "Về" not in m.group("body")


def test_another_provinces_departments_letter_carries_that_province():
    x, by_code = _ids("Thực hiện Công văn số 567/SYT-NVY ngày 01/3/2024 của Sở Y tế tỉnh Bắc Ninh về việc phối hợp "
                      "phòng chống dịch, Sở Y tế đề nghị các đơn vị thực hiện.")
    assert x.document.id == "1234/SYT-NVY@Hà Nội"
    assert by_code["567/SYT-NVY"].id == "567/SYT-NVY@Bắc Ninh"
    assert by_code["567/SYT-NVY"].issuer == "Sở Y tế tỉnh Bắc Ninh"
    assert ("1234/SYT-NVY@Hà Nội", "IMPLEMENTS", "567/SYT-NVY@Bắc Ninh") in {
        (r.source, r.relation, r.target) for r in x.relations}


def test_the_files_own_departments_bare_code_takes_the_files_province():
    x, by_code = _ids("Căn cứ Công văn số 88/YT-NVY ngày 01/3/2024 của Sở Y tế về việc phối hợp phòng chống dịch; "
                      "Sở Y tế đề nghị các đơn vị thực hiện.")
    assert by_code["88/YT-NVY"].id == "88/YT-NVY@Hà Nội"


def test_a_ministrys_letter_stays_the_ministrys():
    x, by_code = _ids("Thực hiện Công văn số 123/BYT-KCB ngày 01/3/2024 của Bộ Y tế về việc phối hợp phòng chống "
                      "dịch, Sở Y tế đề nghị các đơn vị thực hiện.")
    assert by_code["123/BYT-KCB"].id == "123/BYT-KCB"
    assert by_code["123/BYT-KCB"].issuer == "Bộ Y tế"


def test_a_centres_bases_name_the_citys_department_with_a_bare_code():
    """tvpl 3870cd0c: "Căn cứ Công văn số 1144/GDĐT-GDTX ngày 10 tháng 4 năm 2019 của Sở Giáo dục và Đào tạo về …"
    in a Hồ Chí Minh City text: the city's department's letter, a base of the text."""
    path = FIXTURES / "3870cd0c35318a44.md"
    x = extract_text(path.read_text(encoding="utf-8"), file=str(path))
    m = next(m for m in x.mentions if m.code == "1144/GDĐT-GDTX")
    assert m.issuer == "Sở Giáo dục và Đào tạo"
    assert m.id == "1144/GDĐT-GDTX@Thành phố Hồ Chí Minh"
    assert (x.document.id, "BASED_ON", m.id) in {(r.source, r.relation, r.target) for r in x.relations}

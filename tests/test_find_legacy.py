"""Numbers of the years before the 1996 law on legal documents, without a year: "Nghị định số 74/CP", "Nghị định
số 111-HĐBT", "Thông tư số 89-TC/TCT".  They are read only after a document type word: alone the shape is any code.
"""
import pytest

from vanban.loaders import extract_text

_HEAD = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 5721/QĐ-UBND\nHà Nội, ngày 10 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
         "Về miễn thuế\n")


def ids(text):
    return [m.id for m in extract_text(_HEAD + text + "\nQUYẾT ĐỊNH:\n").mentions][1:]


@pytest.mark.parametrize("line,expected", [
    # fresh9 tvpl 478446b53ded4c18 (lines 101-105): a 1993 decree and the circular guiding it
    ("Căn cứ Thông tư số 89-TC/TCT ngày 09/11/1993 của Bộ Tài chính hướng dẫn thi hành Nghị định số 74/CP ngày "
     "25/10/1993 của Chính phủ;", ["89-TC/TCT", "74/CP"]),
    # the Council of Ministers' decrees and a hyphenated Government decree
    ("Căn cứ Nghị định số 111-HĐBT ngày 12/4/1991 và Nghị định số 206-CP ngày 22/12/1994;", ["111-HĐBT", "206-CP"]),
    # a Prime Minister's decision of the time
    ("Căn cứ Quyết định số 327/TTg ngày 15/9/1992;", ["327/TTg"]),
])
def test_a_legacy_number_after_a_type_word_is_a_document(line, expected):
    assert ids(line) == expected


@pytest.mark.parametrize("line", [
    "Ghi mã số 12-AB/CD vào tờ khai.",            # a code after no type word
    "Lập theo mẫu 3-TC/TCT.",                    # a form
    "Tại tiết 1/CP của bảng.",
])
def test_the_same_shape_without_a_type_word_is_no_document(line):
    assert ids(line) == []


def test_a_legacy_number_gets_the_type_of_its_word():
    x = extract_text(_HEAD + "Căn cứ Nghị định số 74/CP ngày 25/10/1993 của Chính phủ;\nQUYẾT ĐỊNH:\n")
    m = next(m for m in x.mentions if m.id == "74/CP")
    rel = {(r.source, r.relation, r.target) for r in x.relations}
    assert ("5721/QĐ-UBND@Hà Nội", "BASED_ON", "74/CP") in rel     # (a provincial number: its province's)
    assert (m.type, m.date, m.issuer) == ("Nghị định", "1993-10-25", "Chính phủ")

"""A letter's number is number/issuer-unit; the issuer may be a numbered branch ("CCTKV02": Chi cục Thuế khu vực
02), letters then one or two digits."""
import pytest

from vanban.loaders.find import find_mentions
from vanban.loaders.segment import segment


def codes(text):
    return [f.code for f in find_mentions(segment(text)) if f.code]


@pytest.mark.parametrize("text,expected", [
    # fresh9 tvpl 03890575449f6e05 (line 77)
    ("Cục Thuế nhận được Công văn số 3374/CCTKV02-NVDTPC ngày 30/6/2025", ["3374/CCTKV02-NVDTPC"]),
    ("theo Công văn số 125/CCT12-KK của Chi cục", ["125/CCT12-KK"]),
    ("Công văn số 5348/CT-CS", ["5348/CT-CS"]),                # the common shape stays as it was
])
def test_a_numbered_branch_as_a_letters_issuer(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "mã hàng 12/A1-B",               # one letter then digits: no unit code
    "ngày 12/3/2025",
])
def test_digits_after_a_single_letter_are_no_issuer(text):
    assert codes(text) == []

"""Every pattern in loaders/patterns.py has a real example, and every example is matched (reporters-db habit)."""
import re

import pytest

from vanban.loaders import patterns as P
from vanban.loaders.codes import ISSUER_CODES, TYPE_CODES, TYPE_WORDS

PATTERNS = {name for name in dir(P) if name.isupper() and isinstance(getattr(P, name), re.Pattern)}
NOT_SEARCHED_BY_EXAMPLE = {"NUMBER_HINT", "DATE_AT_MENTION", "PAST_HEADING", "FOOTNOTE_REF"}


def test_every_pattern_has_an_example():
    assert PATTERNS - NOT_SEARCHED_BY_EXAMPLE - {name for name, _, _ in P.EXAMPLES} == set()


@pytest.mark.parametrize("name,example,groups", P.EXAMPLES, ids=[f"{n}:{e[:30]}" for n, e, _ in P.EXAMPLES])
def test_every_example_is_matched(name, example, groups):
    rx = getattr(P, name)
    m = rx.match(example) if name in ("ISSUER_AFTER", "SUBJECT", "FOOTNOTE_LINE", "FUTURE_HEADING") else rx.search(example)
    assert m, f"{name} does not match {example!r}"
    for g, v in groups.items():
        assert m.group(g) == v


def test_type_words_and_codes_agree_both_ways():
    for word, code in TYPE_WORDS.items():
        assert code in TYPE_CODES, word
    for code, words in TYPE_CODES.items():
        assert all(TYPE_WORDS.get(w) in (code, "QĐ", "TB", "NQ", "L") for w in words if w in TYPE_WORDS), code


@pytest.mark.parametrize("code", sorted(c for c in TYPE_CODES if c not in ("L", "TTLT", "VBHN", "TT", "NĐ", "PL")))
def test_every_party_type_code_is_read_back_from_a_number(code):
    m = P.PARTY_NUMBER.search(f"số 12-{code}/TW ngày")
    assert m and m.group("loai") == code


def test_issuer_codes_are_read_from_numbers():
    for code in ("BTCTW", "UBKTTW", "TBBVCTNBTW", "VPTU", "ĐU", "TWĐTN"):
        assert code in ISSUER_CODES
        assert P.PARTY_NUMBER.search(f"Kế hoạch số 7-KH/{code},").group("co_quan") == code


# FIRST_DIGIT stands for a pattern's first \d (a cheaper scan): it must match exactly the characters \d matches,
# on every code point, and the patterns opening with it must find what their \d forms find.
ALL_CODE_POINTS = "".join(map(chr, range(0x110000)))


def test_first_digit_is_backslash_d_on_every_code_point():
    assert re.findall(P.FIRST_DIGIT, ALL_CODE_POINTS) == re.findall(r"\d", ALL_CODE_POINTS)
    assert len(re.findall(P.FIRST_DIGIT, ALL_CODE_POINTS)) > 600          # Arabic-Indic, Devanagari, fullwidth…


@pytest.mark.parametrize("text", [
    "Kết luận số 21-KL/TW", "15/2020/NĐ-CP", "21 – KL/TW", "Số 188 -BC/BTCTW", "năm 2024\nQuyết định", "12 KH/ĐU",
    "12 Kh", "a1-b", "١٢/٢٠٢٠/NĐ-CP", "１２-KL/TW", "𝟙𝟚/2020", "x9 \t/", "9 AB 9  AB 9-", "không có số nào"])
def test_number_hint_and_number_start_find_what_their_backslash_d_forms_find(text):
    from vanban.loaders import find as F
    for rx, plain in ((P.NUMBER_HINT, r"\d[ \t]*(?:[-–‐/]|\n)|\d [A-ZĐ]{2}"),
                      (F._NUMBER_START, r"\d(?<![\w/.,-]\d)\d*(?:\.\d+)?(?:[ \t]*[-–‐/\r\n]|[ ]{1,2}[A-ZĐ])")):
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in re.finditer(plain, text)]

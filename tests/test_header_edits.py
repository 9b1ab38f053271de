"""header.is_motto's "one letter off" test: one pass (``_within_one_edit``) with the Levenshtein table's answer."""
from __future__ import annotations

import itertools

from vanban.loaders.header import _edits, _within_one_edit, is_motto


def test_within_one_edit_is_the_full_table_s_answer():
    # against the table it replaced, on every pair of strings over {a, b} up to length 4
    words = ["".join(p) for n in range(5) for p in itertools.product("ab", repeat=n)]
    assert all(_within_one_edit(a, b) == (_edits(a, b) <= 1) for a in words for b in words)
    assert _within_one_edit("CONGHOAXAHOICHUNGHIAVIETNAM", "CONGHIAXAHOICHUNGHIAVIETNAM")


def test_a_motto_one_letter_off_is_a_motto():
    assert is_motto("CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM")        # a PDF font's wrong glyph
    assert not is_motto("CỘNG HÒA HỘI CHỦ NGHĨA VIỆT NAM NƯỚC")    # (a word dropped and one added: two edits)

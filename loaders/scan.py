"""Scan: one cheap pass per reading unit telling which finders can match in it at all.

Most units of a real document name no other document: on the shared real corpus 78% of the units (63% of the
text) hold neither a number nor a type word.  ``find_mentions`` runs a dozen patterns per unit (numbers, short
numbers, named, described and anaphoric documents); asking first whether a unit holds any of the literals those
patterns cannot do without lets it skip the rest:

* a numbered mention needs ``patterns.NUMBER_HINT`` (a digit before a dash, slash or break: "21-", "15/");
* every other finder starts at a type word ("Nghị quyết", "Kế hoạch", "Điều lệ", …: ``TYPE_WORDS`` and
  ``patterns.EXTRA_TYPES``) or at "Dự thảo".

The test is exact, not a guess: a unit for which ``unit_cues`` says no has no mention, whatever the finders
(``tests/test_scan.py`` runs ``find_mentions`` with and without the scan on every bundled text).  Benchmark if
changing: ``bench/bench_extract.py``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from vanban.domain.codes import TYPE_WORDS
from vanban.loaders import patterns as P

# Every word a finder of loaders/find.py starts from, case as written (the finders are case-sensitive but for
# the number's word, which follows the number's hint anyway).  A flat alternation of literals: ``re`` skips to
# the letters they start with.
CUE_WORDS = tuple(sorted(set(TYPE_WORDS) | set(P.EXTRA_TYPES) | {"Dự thảo"}))
_CUE_WORD = re.compile(P._alt(CUE_WORDS))


class Cues(NamedTuple):
    """What a unit holds: a number's hint, a type word."""
    numbers: bool
    words: bool

    def __bool__(self) -> bool:
        return self.numbers or self.words


def unit_cues(text: str) -> Cues:
    """``unit_cues("Thực hiện Kết luận số 21-KL/TW") == Cues(True, True)``; ``unit_cues("Năm 2022") ==
    Cues(False, False)``: nothing in it can name a document."""
    return Cues(P.NUMBER_HINT.search(text) is not None, _CUE_WORD.search(text) is not None)

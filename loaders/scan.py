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

``scan_units`` gives the same answer for all the units of a document at once, and where each cue word stands:
two passes over the units' texts joined by a NUL (which no pattern here can cross) instead of two searches and
a tuple per unit, and the finders of ``find`` try their patterns only at those words instead of scanning the
unit once per pattern.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import Dict, List, NamedTuple, Sequence, Tuple

from vanban.domain.codes import TYPE_WORDS
from vanban.loaders import patterns as P

# Every word a finder of loaders/find.py starts from, case as written (the finders are case-sensitive but for
# the number's word, which follows the number's hint anyway).  A flat alternation of literals: ``re`` skips to
# the letters they start with.
CUE_WORDS = tuple(sorted(set(TYPE_WORDS) | set(P.EXTRA_TYPES) | {"Dự thảo"}))
_CUE_WORD = re.compile(P._alt(CUE_WORDS))


def _trie(words) -> str:
    """The alternation of ``words`` as a tree of their shared starts ("Thông (?:báo(?: kết luận)?|tư…)"): it
    matches what the flat alternation (longest first) matches, but ``re`` tries one branch per letter instead of
    every word at every capital letter (30% cheaper on the real corpus; benchmark if changing)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            run, nxt = re.escape(ch), node[ch]
            while "" not in nxt and len(nxt) == 1:          # a chain of single letters: one literal
                (ch2, nxt), = nxt.items()
                run += re.escape(ch2)
            alts.append(run + emit(nxt))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body        # greedy: the longer word first

    return emit(tree)


_CUE_TRIE = re.compile(_trie(CUE_WORDS))


class Cues(NamedTuple):
    """What a unit holds: a number's hint, a type word."""
    numbers: bool
    words: bool

    def __bool__(self) -> bool:
        return self.numbers or self.words


def unit_cues(text: str) -> Cues:
    """``unit_cues("Thực hiện Kết luận số 21-KL/TW") == Cues(True, True)``; ``unit_cues("Năm 2022") ==
    Cues(False, False)``: nothing in it can name a document."""
    return Cues(NUMBER_HINT.search(text) is not None, _CUE_WORD.search(text) is not None)


def _first_digit() -> str:
    """What ``\\d`` matches, for a pattern's first item, as ``patterns.FIRST_DIGIT`` but cheaper to skip ahead to:
    the class of every character of the Basic Multilingual Plane that is no decimal digit, negated, then
    ``(?<=\\d)`` on the character taken.  FIRST_DIGIT's class (the digits as ranges, then the planes above as one
    more range) has ``re`` test each character against that last range after its table; negated, the class is one
    table (BMP) and the characters above it are in it at once, the look-behind deciding (the scan of the units'
    texts ~15-25% cheaper; benchmark if changing).  tests/test_scan.py checks it against ``\\d`` on every code
    point."""
    return "[^" + P.bmp_ranges(False) + "](?<=\\d)"


FIRST_DIGIT = _first_digit()
# patterns.NUMBER_HINT with this first digit: the same matches
assert P.NUMBER_HINT.pattern.startswith(P.FIRST_DIGIT)
NUMBER_HINT = re.compile(FIRST_DIGIT + P.NUMBER_HINT.pattern[len(P.FIRST_DIGIT):])

_SEP = "\x00"      # joins the units: no character class of NUMBER_HINT or of a cue word holds it


def scan_units(texts: Sequence[str]) -> Tuple[List[int], Dict[int, List[Tuple[int, str]]]]:
    """``(hinted, words)`` for the texts of a document's units: the indexes of the units holding a number's hint
    (in order), and for each unit holding a cue word, every ``(offset, word)`` of ``CUE_WORDS`` in it, in order
    (the longest word where several start at one offset: no cue word holds another after its first letter).
    ``unit_cues(texts[i])`` is ``Cues(i in hinted, i in words)``."""
    joined = _SEP.join(texts)
    if joined.count(_SEP) != max(len(texts) - 1, 0):    # a NUL in the text itself: unit by unit
        return _scan_each(texts)
    # each unit's start: the lengths before it summed, one NUL each (C-level iterators, no loop over the units)
    starts = list(map(operator.add, itertools.accumulate(map(len, texts[:-1]), initial=0), range(len(texts))))
    hinted: List[int] = []
    search, at = NUMBER_HINT.search, 0
    n = len(texts)
    while True:
        m = search(joined, at)
        if m is None:
            break
        k = bisect.bisect_right(starts, m.start()) - 1
        hinted.append(k)
        if k + 1 >= n:
            break
        at = starts[k + 1]                  # one hint is enough: on to the next unit
    words: Dict[int, List[Tuple[int, str]]] = {}
    k, nxt = 0, starts[1] if n > 1 else len(joined) + 1
    for m in _CUE_TRIE.finditer(joined):
        a = m.start()
        if a >= nxt:
            k = bisect.bisect_right(starts, a) - 1
            nxt = starts[k + 1] if k + 1 < n else len(joined) + 1
        if k in words:
            words[k].append((a - starts[k], m.group()))
        else:
            words[k] = [(a - starts[k], m.group())]
    return hinted, words


def _scan_each(texts: Sequence[str]):
    hinted = [i for i, t in enumerate(texts) if NUMBER_HINT.search(t)]
    words = {}
    for i, t in enumerate(texts):
        found = [(m.start(), m.group()) for m in _CUE_WORD.finditer(t)]
        if found:
            words[i] = found
    return hinted, words

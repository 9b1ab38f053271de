"""Localities: the province gazetteer (63 before 1 July 2025, 34 after) and the province mentions in a text.

The gazetteer is read from the maintained package ``vietnamadminunits`` (its ``data/dataset.db`` and
``data/converter_2025.json``), never typed here.  What this module adds is how *documents* write the names:

- the short name ("Quảng Ngãi", not "Tỉnh Quảng Ngãi"), except where the short name alone reads as something
  else: a person's name ("Hồ Chí Minh": always "Thành phố Hồ Chí Minh") or a single syllable ("Huế" is also the
  city: "Thành phố Huế");
- the names a province bore before a change the package already reflects (``FORMER_NAMES``).

``localities.find_localities`` (above this module and ``bodies``) reports every province mention with its span into
the original text, its line, its footnote and whether the place is part of a body's name
("Ban Tổ chức Thành ủy Hà Nội"), which is decided by
``bodies.find_bodies``: a place inside a body mention is part of that body; a province standing for its party
committee in a list ("Quảng Ninh, Hậu Giang, Long An, ...") is the place.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence, Tuple

from vanban.domain.gazetteer import (  # noqa: F401
    CURRENT,
    ERAS,
    FORMER_NAMES,
    GAZETTEER_PACKAGE,
    LEGACY,
    PERSON_NAMED,
    Province,
    gazetteer_data,
    lookup,
    province_2025,
    provinces,
)
from vanban.domain.text import fix_d, normalize_tones

# ---------------------------------------------------------------- lines and footnotes
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_FOOTNOTE_LINES = re.compile(r"^[ \t]*(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)", re.M)     # the same at every line start


def _prev_nonempty(raw, i: int) -> int:
    """Index of the last non-blank line before line ``i``, or -1."""
    i -= 1
    while i >= 0 and not raw[i].strip():
        i -= 1
    return i


class LineIndex:
    """Line starts and the footnote each line belongs to (``footnotes[i]`` is for line ``i + 1``).

    Made from a text by ``line_index``, it computes the tables only when they are asked for: ``line_of`` counts
    the newlines from the offset it was last asked about, and ``footnote_of`` a line just located looks at that
    line and the next non-blank one: a line is part of a footnote only when one of them starts with
    superscript digits, and only then are the tables made.  Offsets asked in text order (every stage asks for
    its mentions' lines in order) so cost one pass over the text; asked out of order, the counting stops at
    three passes and the tables are made (benchmark if changing).  ``LineIndex(starts, footnotes)`` takes
    ready tables."""
    __slots__ = ("_text", "_starts", "_footnotes", "_at", "_line", "_line_start", "_spent", "_marks", "_marked",
                 "_plain")

    def __init__(self, starts: Optional[Sequence[int]] = None,
                 footnotes: Optional[Sequence[Optional[int]]] = None, *, text: Optional[str] = None):
        if text is None and (starts is None or footnotes is None):
            raise ValueError("LineIndex needs its tables (starts, footnotes) or the text")
        self._text: str = "" if text is None else text  # "": the tables are given, the text is never read
        self._starts = None if starts is None else tuple(starts)
        self._footnotes = None if footnotes is None else tuple(footnotes)
        self._at = self._line_start = self._spent = 0   # the last offset asked, its line's start
        self._line = 1
        # offsets asked before, in order, with (line, line start): a stage asking again from the top (localities
        # after bodies) counts on from the nearest one, not from the last offset asked
        self._marked = [0]
        self._marks = [(1, 0)]
        self._plain: set = set()                        # lines footnote_of found to be no part of a footnote

    @property
    def starts(self) -> Tuple[int, ...]:
        if self._starts is None:
            self._tables()
        return self._starts                              # type: ignore[return-value]

    @property
    def footnotes(self) -> Tuple[Optional[int], ...]:
        if self._footnotes is None:
            self._tables()
        return self._footnotes                           # type: ignore[return-value]

    def _tables(self) -> None:
        starts, footnotes = _tables(self._text)
        if self._starts is None:
            self._starts = starts
        if self._footnotes is None:
            self._footnotes = footnotes

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        if self._starts is not None:
            return bisect.bisect_right(self._starts, offset)
        if offset < 0:
            return 0
        t, at = self._text, self._at
        if offset < at:                                  # back: from the nearest offset asked before
            i = bisect.bisect_right(self._marked, offset) - 1
            at = self._marked[i]
            self._line, self._line_start = self._marks[i]
        k = t.count("\n", at, offset)
        if k:
            self._line += k
            self._line_start = t.rfind("\n", at, offset) + 1
        self._spent += offset - at
        self._at = offset
        if offset > self._marked[-1]:
            self._marked.append(offset)
            self._marks.append((self._line, self._line_start))
        if self._spent > 3 * len(t) + 100_000:          # asked out of order: the table, once
            self._tables()
        return self._line

    def footnote_of(self, line: int) -> Optional[int]:
        if self._footnotes is not None:
            return self._footnotes[line - 1]
        if line in self._plain:
            return None
        if line != self._line or line < 1:
            return self.footnotes[line - 1]
        t, s = self._text, self._line_start
        end = t.find("\n", s)
        end = len(t) if end < 0 else end
        self._spent += end - s
        if _FOOTNOTE_LINE.match(t, s, end):
            return self.footnotes[line - 1]           # a footnote line: the tables tell its number
        if _NOT_BLANK.search(t, s, end):
            # the next non-blank line: a footnote line makes this one a possible continuation of a footnote
            while end < len(t):
                s = end + 1
                end = t.find("\n", s)
                end = len(t) if end < 0 else end
                self._spent += end - s
                if _NOT_BLANK.search(t, s, end):
                    if _FOOTNOTE_LINE.match(t, s, end):
                        return self.footnotes[line - 1]
                    break
        self._plain.add(line)
        return None

    def locate(self, offsets: Iterable[int]) -> list:
        """``[(line_of(o), footnote_of(line_of(o))) for o in offsets]`` in one call: what a stage asks for its
        mentions (offsets in text order cost one pass; benchmark if changing)."""
        out: list = []
        if self._starts is not None and self._footnotes is not None:
            starts, notes = self._starts, self._footnotes
            for o in offsets:
                line = bisect.bisect_right(starts, o)
                out.append((line, notes[line - 1]))
            return out
        t = self._text
        count, rfind = t.count, t.rfind
        plain, marked, marks = self._plain, self._marked, self._marks
        budget = 3 * len(t) + 100_000
        for o in offsets:
            at = self._at
            if o < at or o < 0 or self._starts is not None:     # back, or the tables made: the general way
                line = self.line_of(o)
                out.append((line, self.footnote_of(line)))
                continue
            k = count("\n", at, o)
            if k:
                self._line += k
                self._line_start = rfind("\n", at, o) + 1
            line = self._line
            self._at = o
            self._spent += o - at
            if o > marked[-1]:
                marked.append(o)
                marks.append((line, self._line_start))
            if self._spent > budget:
                self._tables()
            out.append((line, None if line in plain else self.footnote_of(line)))
        return out

    def __eq__(self, other):
        if not isinstance(other, LineIndex):
            return NotImplemented
        return (self.starts, self.footnotes) == (other.starts, other.footnotes)

    def __hash__(self):
        return hash((self.starts, self.footnotes))

    def __repr__(self):
        return f"LineIndex(starts={self.starts!r}, footnotes={self.footnotes!r})"


_NOT_BLANK = re.compile(r"\S")


def line_index(text: str) -> LineIndex:
    """Split on '\\n' and tell which lines are footnotes.

    A footnote line starts with superscript digits ("⁵ Quảng Ninh, ...").  A page break can cut a footnote:
    its rest then opens the next page's footnote block, as a line starting in lower case right before the next
    footnote line, after body text.  Such a line belongs to the last footnote seen (the seed's lines 51, 69 and
    299).  A lower-case line right *after* a footnote is body text resuming after the footnote block.
    The tables are made when first needed (see ``LineIndex``).
    """
    return LineIndex(text=text)


def _tables(text: str):
    """(line starts, footnote of each line) of a text: see ``line_index``."""
    from vanban.loaders.patterns import superscript_to_int
    raw = text.split("\n")
    # every line's start without a Python loop: the lengths summed, plus one newline per line before
    starts = tuple(map(operator.add, itertools.accumulate(map(len, raw[:-1]), initial=0), range(len(raw))))
    footnotes: list = [None] * len(raw)
    notes = []                                       # (line index, footnote number) of the footnote lines
    for m in _FOOTNOTE_LINES.finditer(text):
        no = superscript_to_int(m.group("n"))          # None: too long to number a footnote
        if no is not None:
            i = bisect.bisect_right(starts, m.start()) - 1
            footnotes[i] = no
            notes.append((i, no))
    note_lines = {i for i, _ in notes}
    # A continuation is the non-empty line right before a footnote line (its next non-empty line is a note),
    # after an earlier footnote, not itself right after a note, starting in lower case.
    for k, (f, _) in enumerate(notes):
        if k == 0:
            continue
        i = _prev_nonempty(raw, f)
        if i < 0 or i in note_lines:
            continue
        p = _prev_nonempty(raw, i)
        if p not in note_lines and raw[i].lstrip()[:1].islower():
            footnotes[i] = notes[k - 1][1]          # the last footnote before it (between it and f: none)
    return starts, tuple(footnotes)


class SpanIndex:
    """Spans that answer "does one of them contain / overlap [a, b)?" in log time (bisect over the starts and a
    running maximum of the ends), so checking every mention against every body stays linear-ish on big files."""

    def __init__(self, spans: Iterable[Tuple[int, int]]):
        starts, ends = list(zip(*sorted(spans))) or ((), ())   # two columns, or none
        self.starts = list(starts)
        self.max_end = list(itertools.accumulate(ends, max))

    def contains(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a)
        return i > 0 and self.max_end[i - 1] >= b

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.max_end[i - 1] > a


# ---------------------------------------------------------------- matching names whatever their marks
# A name is matched letter by letter with each vowel (and d) standing for all its marked forms, case kept.  So
# one pattern covers tone placements ("Khánh Hoà"), OCR-dropped marks ("Yên Bai") and spellings ("Đăk Lăk"),
# while capitals still tell a place ("Hòa Bình") from a word ("hòa bình", peace).
def _base(ch: str) -> str:
    if ch in "Đđ\u00D0\u00F0":
        return "D" if ch in "Đ\u00D0" else "d"
    d = unicodedata.normalize("NFD", ch)
    return d[0] if len(d) > 1 and d[0].isascii() and d[0].isalpha() else ch


_COMBINING = re.compile("[\u0300-\u036f]")
# Vietnamese marks: the five tones, breve, circumflex, horn.  Only vowels and d get classes; a consonant stays a
# literal, which keeps the regex engine's fast literal checks.
_VN_MARKS = set("\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b")
_MARKED: dict = {"D": ["Đ"], "d": ["đ"]}
for _cp in range(0xC0, 0x1EFA):
    _d = unicodedata.normalize("NFD", chr(_cp))
    if len(_d) > 1 and _d[0] in "aeiouyAEIOUY" and set(_d[1:]) <= _VN_MARKS:
        _MARKED.setdefault(_d[0], []).append(chr(_cp))


def _letters(word: str) -> str:
    """A word as a regex in which each letter also matches its marked forms: "Bai" matches "Bái"."""
    out = []
    for ch in word:
        b = _base(ch)
        out.append(f"[{b}{''.join(_MARKED[b])}]" if b in _MARKED else re.escape(ch))
    return "".join(out)


class OffsetMap:
    """Offsets of an NFC text mapped back to the original, line by line (NFC never crosses a line break): a line
    NFC left alone maps by a shift; a changed line is walked cluster by cluster, once, when a span falls in it."""

    def __init__(self, segments):
        self.segments = segments                     # (nfc line start, original line start, raw line or None)
        self.nfc_starts = [s[0] for s in segments]
        self._walked: dict = {}

    def orig(self, i: int) -> int:
        k = bisect.bisect_right(self.nfc_starts, i) - 1
        nfc_start, orig_start, raw = self.segments[k]
        if raw is None:
            return orig_start + (i - nfc_start)
        if k not in self._walked:
            pos, j = [], 0
            while j < len(raw):
                e = j + 1
                while e < len(raw) and unicodedata.combining(raw[e]):
                    e += 1
                pos.extend([j] * len(unicodedata.normalize("NFC", raw[j:e])))
                j = e
            pos.append(len(raw))
            self._walked[k] = pos
        return orig_start + self._walked[k][min(i - nfc_start, len(self._walked[k]) - 1)]


def nfc_aligned(text: str):
    """(NFC text, offset map): the map is None when the text is NFC already (what ``read`` gives, the normal
    case); otherwise an ``OffsetMap`` taking spans found in the NFC text back to the original."""
    if not _COMBINING.search(text):
        return text, None
    out, segments, nfc_pos, orig_pos = [], [], 0, 0
    for ln in text.split("\n"):
        n = unicodedata.normalize("NFC", ln) if _COMBINING.search(ln) else ln
        segments.append((nfc_pos, orig_pos, ln if n != ln else None))
        out.append(n)
        nfc_pos += len(n) + 1
        orig_pos += len(ln) + 1
    return "\n".join(out), OffsetMap(segments)


def to_original(positions: Optional[OffsetMap], start: int, end: int):
    """Map a span of the NFC text back to the original text."""
    if positions is None:
        return start, end
    return positions.orig(start), positions.orig(end)


# Word edges; a footnote marker glued to a name ("Hậu Giang³⁶") is not part of the word.
WORD_START = r"(?<![^\W\u00b2\u00b3\u00b9\u2070-\u2079])"
WORD_END = r"(?![^\W\u00b2\u00b3\u00b9\u2070-\u2079])"
_HSP = r"[ \t\u00a0]+"                     # spaces inside a name, never a line break
_JOIN = r"(?:[ \t\u00a0]*[-–—][ \t\u00a0]*|[ \t\u00a0]+)"   # "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế"
# "Thành phố", "TP", "TP.", "Tp." before a name; part of the surface ("TP Đà Nẵng", "Thành phố Hà Nội").
_CITY_WORDS = ("Thành", "THÀNH", "thành")
_CITY = r"(?:(?:" + "|".join(_CITY_WORDS) + ")" + _HSP + r"(?:phố|PHỐ)|T[Pp]\.?)"


def _words(name: str):
    return re.split(r"\s*-\s*|\s+", name)


def word_trie(names: Iterable[Sequence[str]], word_regex, join: str) -> str:
    """One regex for many multi-word names, shared first words factored out: "Hà (?:Nội|Giang|Nam|Tĩnh)".

    Python's ``re`` tries the branches of an alternation one by one; factoring the common words out is several
    times faster on long texts than a flat "longest first" alternation (benchmark if changing).  At each node
    longer continuations are tried before stopping, so "Bà Rịa - Vũng Tàu" wins over a shorter name.
    """
    trie: dict = {}
    for words in names:
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node[""] = {}

    def build(node):
        branches = []
        for w, child in sorted(node.items()):
            if not w:
                continue
            more = {k: v for k, v in child.items() if k}
            if not more:                                   # the name ends here
                branches.append(word_regex(w))
            else:                                          # it goes on, or may stop here if "" says so
                branches.append(word_regex(w) + "(?:" + join + build(more) + (")?" if "" in child else ")"))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return build(trie)


@functools.cache
def _name_lists():
    """(word lists of the names that need "Thành phố", of those that do not, the letters a name may start with)."""
    plain, city_only = [], []
    for p in provinces(LEGACY):
        if p.code in PERSON_NAMED:
            city_only += [_words(p.bare), _words(p.bare.upper()), ["HCM"]]   # "TP. HCM"
        else:
            plain += [_words(p.name), _words(p.name.upper())]
    for p in provinces(CURRENT):
        if lookup(p.name, era=LEGACY) is None:            # "Thành phố Huế"
            city_only.append(_words(p.bare))
    # (a lower-case "thành phố" is left out of the filter: its name is still found, without the prefix)
    names = [w[0] for w in plain + city_only] + ["Thành", "THÀNH", "TP", "Tp"]
    first = {c for n in names for c in (_base(n[0]), *_MARKED.get(_base(n[0]), ()))}
    return city_only, plain, "".join(sorted(first))


def _letter_forms(ch: str) -> str:
    """The characters ``_letters`` lets a letter stand for: "a" -> "aàáạ...", "Đ" -> "DĐ", "N" -> "N"."""
    b = _base(ch)
    return b + "".join(_MARKED[b]) if b in _MARKED else ch


@functools.cache
def _name_tries():
    """(trie of every name, trie of the names that need no "Thành phố", first letters of all)."""
    city_only, plain, first = _name_lists()
    return word_trie(city_only + plain, _letters, _JOIN), word_trie(plain, _letters, _JOIN), first


def province_pattern() -> str:
    """Regex source matching one province name as written (no groups, no edges), for patterns built on it."""
    every, plain, _ = _name_tries()
    return rf"(?:{_CITY}[ \t\u00a0]*{every}|{plain})"


@functools.cache
def _locality_regex():
    """One regex over every legacy province name (a word trie, see ``word_trie``).

    A name matches in Title case as documents write it, or in capitals (headers; checked further in
    ``find_localities``).  Person-named provinces need their "Thành phố"/"TP" ("tư tưởng Hồ Chí Minh"), and
    so does a 2025-only one-syllable name ("Thành phố Huế").
    """
    every, plain, first = _name_tries()
    return re.compile(
        # The lookahead is a cheap first-character filter (the letters names start with): the scan is several
        # times faster than letting every position try the alternation.  Benchmark if changing.
        f"(?=[{first}])" + WORD_START
        + r"(?:(?P<city>" + _CITY + r"[ \t\u00a0]*)(?P<cname>" + every + ")|(?P<name>" + plain + "))" + WORD_END
    )


# Capitalised words that introduce a province rather than continue a name: "Tỉnh Quảng Ngãi".
_PLACE_WORDS = {"Tỉnh", "Tinh"}
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(?P<w>[^\W\d_]+)")
_UPPER_OK_BEFORE = re.compile(r"(?:T[IỈ]NH|TH[AÀ]NH[ \t]+PH[OỐ]|TP\.?|UBND|HĐND)[ \t\u00a0]*$")
_UPPER_OK_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:ngày|NGÀY)(?!\w)")
_SPACES = " \t\u00a0"


def _prev_word(t: str, a: int):
    """(the word before offset a, whether another word precedes it in the same sentence).

    "đồng chí Nguyễn Thái Bình" -> ("Nguyễn", True); "Tại Hà Nội" at a sentence start -> ("Tại", False).
    A plain backwards scan: this runs for every gazetteer match, and is cheaper than a regex on a window.
    """
    i = a
    while i > 0 and t[i - 1] in _SPACES:
        i -= 1
    if i == a:
        return "", False
    j = i
    while j > 0 and t[j - 1].isalpha():
        j -= 1
    k = j
    while k > 0 and t[k - 1] in _SPACES:
        k -= 1
    return t[j:i], k < j and k > 0 and t[k - 1].isalpha()


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word[1:2].isupper()


@dataclass(frozen=True)
class ProvinceSpan:
    """A raw gazetteer match in NFC text, before any judgement about the context."""
    start: int
    end: int
    province: Province      # legacy unit
    city: bool              # written with "Thành phố"/"TP"
    upper: bool             # written in capitals


def prepare(text: str, cleaned: Optional[str] = None):
    """(matching text, positions) of a text: NFC, Đ fixed, one tone placement, the same length as the NFC text;
    positions map it back to ``text`` (None when ``text`` is NFC already).

    ``cleaned`` is the text as the caller already cleaned it (``clean``'s NFC, Đ and tone steps): used as is
    when it has the text's length, which saves a pass.  Otherwise the work is cached for the last texts, so
    bodies and localities of one file share it."""
    if cleaned is not None and len(cleaned) == len(text):
        return cleaned, None
    return _prepare(text)


@functools.lru_cache(maxsize=2)
def _prepare(text: str):
    nfc, positions = nfc_aligned(text)
    return normalize_tones(fix_d(nfc)), positions


def province_spans(t: str) -> Tuple[ProvinceSpan, ...]:
    """Every gazetteer name in a prepared text (see ``prepare``), shared by localities and bodies: the matches
    of ``_locality_regex().finditer(t)``, found by one ``HeadScan`` (``bodies`` finds them in its own scan and
    hands them over with ``province_spans_of``).  The spans of the last two texts are kept."""
    got = _SPANS.get(t)
    if got is None:
        got = province_spans_of(t, _locality_scan().scan(t)[LOCALITY])
    return got


_SPANS: dict = {}     # text -> its spans, the last two texts (as ``functools.lru_cache(maxsize=2)`` did)
LOCALITY = "locality"


def province_spans_of(t: str, matches) -> Tuple[ProvinceSpan, ...]:
    """The spans of the gazetteer's matches in ``t`` (what a ``HeadScan`` with ``locality_family`` found), kept
    for ``province_spans``."""
    out = []
    for m in matches:
        p = _province_of(m.group(0))
        if p is not None:      # every pattern comes from a gazetteer name, so this always holds
            out.append(ProvinceSpan(m.start(), m.end(), p, m.group("city") is not None,
                                    (m.group("cname") or m.group("name")).isupper()))
    spans = tuple(out)
    if len(_SPANS) >= 2:
        del _SPANS[next(iter(_SPANS))]
    _SPANS[t] = spans
    return spans


@functools.cache
def locality_family():
    """The gazetteer as a ``bodies_scan.Family``: a match starts with "Thành phố"/"TP" or with a name's first
    word followed by one of the words that may follow it ("Hà" + "Nội", "Nam", "Giang", "Tĩnh")."""
    from vanban.loaders.bodies_scan import Family, Head
    city_only, plain, first = _name_lists()
    heads = [Head(w[0], re.escape(w[1:]) + _HSP + "(?:phố|PHỐ)", re.escape(w) + r"\Z")
             for w in _CITY_WORDS if w[0] in first]
    if "T" in first:
        heads.append(Head("T", "[Pp]", "T[Pp]"))            # "TP", "Tp.", glued or not ("TPHCM")
    follow: dict = {}
    for words in plain:
        follow.setdefault(words[0], set()).add(words[1] if len(words) > 1 else None)
    for w, nxt in sorted(follow.items(), key=lambda kv: kv[0]):
        ends = [_JOIN + "(?:" + "|".join(sorted(_letters(n) for n in nxt if n)) + ")"] if nxt - {None} else []
        if None in nxt:
            ends.append(WORD_END)        # a one-word name
        chars = "".join(c for c in _letter_forms(w[0]) if c in first)
        heads.append(Head(chars, _letters(w[1:]) + "(?:" + "|".join(ends) + ")", _letters(w) + r"\Z"))
    return Family(LOCALITY, _locality_regex(), tuple(heads), mode="finditer")


@functools.cache
def _locality_scan():
    from vanban.loaders.bodies_scan import HeadScan
    return HeadScan([locality_family()])


@functools.lru_cache(maxsize=4096)
def _province_of(surface: str) -> Optional[Province]:
    """The legacy unit a matched surface names; a 2025-only name ("Thành phố Huế") gives the unit it continues."""
    p = lookup(surface, era=LEGACY)
    if p is None:
        q = lookup(surface, era=CURRENT)
        p = next((u for u in provinces(LEGACY) if q and u.merged_into == q.name and u.code == q.code), None)
    return p


def _keep(t: str, span: ProvinceSpan, prev_end: int = -1) -> bool:
    """Is a gazetteer match outside any body a place mention (see ``find_localities``)?  ``prev_end`` is where
    the previous gazetteer match ended: a list that lost its commas ("Hà Nội Hải Phòng") is still places."""
    a, b = span.start, span.end
    before = t[max(0, a - 40):a]
    if span.upper:
        return bool(span.city or _UPPER_OK_BEFORE.search(before) or _UPPER_OK_AFTER.match(t, b))
    if span.city:
        return True
    word, mid_sentence = _prev_word(t, a)
    if (mid_sentence and _is_title(word) and word not in _PLACE_WORDS
            and (prev_end < 0 or t[prev_end:a].strip(_SPACES))):
        return False          # "đồng chí Nguyễn Thái Bình": a name going on to the left, mid-sentence
    nw = _NEXT_WORD.match(t, b)
    if nw and _is_title(nw.group("w")) and not _locality_regex().match(t, nw.start("w")):
        return False          # "Thái Bình Dương": the name goes on to the right
    return True

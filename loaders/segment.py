"""Segment: the text as a reader follows it, with every offset mapped back to the original.

OCR'd Party documents put each page's footnotes in the middle of the body text, and a sentence cut by a
page break goes on after them.  ``segment(text)`` returns *units* — body paragraphs and footnotes, each
joined across page breaks — whose ``text`` is what one reads, and whose ``to_original(i)`` maps an offset in
that text back into the original file.

Continuation rule (checked on the seed's page breaks, lines 45, 51, 61, 69, 77, 299 of the seed):
a paragraph that starts in lower case continues something.  It continues the last *footnote* when it sits
between body text and a footnote line (the rest of a footnote that ran over the page); otherwise it
continues the last *body* paragraph.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import List, Optional, Sequence, Tuple

from vanban.loaders.layout import _LOWER_LETTERS, SHORT_SHARE
from vanban.loaders.patterns import (
    CUT_PAIRS,
    FOOTNOTE_LINE,
    FOOTNOTE_MARK,
    FUTURE_HEADING,
    LIST_ITEM_NEXT,
    MINISTRY_NAME_STARTS,
    NEVER_LAST,
    PAST_HEADING,
    YEAR_TYPE_CODES,
    superscript_to_int,
)

_HEADING = re.compile(r"^\s*(?:[IVX]+\.|\d+(?:\.\d+)*\.)\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\s*]+(?=[\"“*(\-–]*[A-ZĐÀ-Ỹ0-9(])")
# The same break with its stop consumed instead of looked behind at (group 1 is _SENTENCE_END's match): a
# pattern opening with a character class lets ``re`` skip ahead, one opening with a look-behind does not.
_SENTENCE_STOP = re.compile(r"[.!?…]([\s*]+)(?=[\"“*(\-–]*[A-ZĐÀ-Ỹ0-9(])")


class Unit:
    """A body paragraph or a footnote, joined across page breaks.

    ``raw`` (the reading text taken from the original, uncleaned file) is cut from the original when first
    asked for: only the evidence of a few units needs it.  Benchmark if changing (bench/bench_extract.py)."""
    # What is computed when first asked for (class defaults: a unit is made with the few attributes it has).
    _starts: Optional[List[int]] = None     # where each piece starts in ``text``
    _sentences: Optional[list] = None
    _raw: Optional[str] = None
    _original: Optional[str] = None
    footnote: Optional[int] = None          # the footnote's number

    def __init__(self, kind: str, pieces: List[Tuple[int, int]], text: str = "", footnote: Optional[int] = None,
                 future: bool = False, raw: Optional[str] = None):
        self.kind = kind                    # "body" | "footnote" | "heading"
        self.pieces = pieces                # (start, end) spans in the original text, in reading order
        self.start = pieces[0][0]           # where the unit starts in the original text (its first piece's start)
        self.text = text
        self.footnote = footnote
        self.future = future                # inside a section of future tasks ("III. NHIỆM VỤ ... NĂM 2023")
        self._raw = raw

    def __repr__(self) -> str:
        return (f"Unit(kind={self.kind!r}, pieces={self.pieces!r}, text={self.text!r}, footnote={self.footnote!r}, "
                f"future={self.future!r})")

    def build(self, text: str, original: Optional[str] = None):
        """``text`` (and ``raw``, from ``original``) from the pieces: one space joins two pieces.  A run of spaces
        inside a line (a justified PDF line, "hết hiệu  lực"; a tab) is a break between two pieces: one space."""
        if len(self.pieces) == 1:           # most units: one line, no joining (benchmark if changing)
            a, b = self.pieces[0]
            t = text[a:b]
        else:
            t = " ".join([text[a:b] for a, b in self.pieces])
        if "  " in t or "\t" in t:
            self.pieces = _split_runs(text, self.pieces)        # (the first piece keeps its start)
            t = " ".join([text[a:b] for a, b in self.pieces])
        self.text = t
        self._original, self._raw, self._starts, self._sentences = original, None, None, None
        return self

    @property
    def raw(self) -> str:
        r = self._raw
        if r is None:
            o = self._original
            if o is None:
                r = self.text
            elif len(self.pieces) == 1:
                a, b = self.pieces[0]
                r = o[a:b]
            else:
                r = " ".join([o[a:b] for a, b in self.pieces])
            self._raw = r
        return r

    def to_original(self, i: int) -> int:
        pieces = self.pieces
        if len(pieces) == 1:                # the piece starts at 0 in ``text``
            a, b = pieces[0]
            return min(a + i, b)
        starts = self._starts
        if starts is None:                  # each piece's start: the lengths before it, one joining space each
            starts = self._starts = list(itertools.accumulate((b - a + 1 for a, b in pieces[:-1]), initial=0))
        k = bisect.bisect_right(starts, i) - 1
        a, b = pieces[k]
        return min(a + (i - starts[k]), b)

    @property
    def sentences(self):
        """(start, end) spans of the unit's sentences, computed once (find, relate and evidence all ask)."""
        if self._sentences is None:
            self._sentences = sentences(self.text)
        return self._sentences


class _SpanUnit(Unit):
    """A unit made by ``_plain_units``: every non-blank line from ``start`` to ``end`` of ``src``, its text given
    (``end`` may be the next unit's start: only blank lines lie between); its pieces (each line, stripped) are read
    when first asked for (``to_original`` of a mention, ``raw``)."""
    _pieces: Optional[List[Tuple[int, int]]] = None
    runs = False                # its text has a run of blanks made one space (``_RUN``): its pieces split there

    def __init__(self, kind: str, start: int, end: int, text: str, future: bool, src: str, original: Optional[str]):
        self.kind = kind
        self.start = start
        self._end = end
        self.text = text
        self.future = future
        self._src = src
        self._original = original

    @property
    def pieces(self) -> List[Tuple[int, int]]:       # type: ignore[override]
        p = self._pieces
        if p is None:
            p = [m.span() for m in _PARAGRAPH.finditer(self._src, self.start, self._end)]
            if self.runs:                                                   # runs of blanks made one space
                p = _split_runs(self._src, p)
            self._pieces = p
        return p


# A run of blanks inside a line: two spaces or more, or a tab.  The reading text holds one space there (a cue
# phrase's words stand one space apart in every pattern), and the run splits the line into two pieces.
_RUN = re.compile(r"[ \t]{2,}|\t")


def _split_runs(src: str, pieces: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """``pieces`` with each split at the runs of blanks inside it (``_RUN``): joined by one space, they read as the
    line with each run made one space."""
    out: List[Tuple[int, int]] = []
    for a, b in pieces:
        for m in _RUN.finditer(src, a, b):
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _span_unit(kind: str, start: int, end: int, parts: List[str], future: bool, src: str,
               original: Optional[str]) -> _SpanUnit:
    """``_plain_units``'s unit of the stripped lines ``parts``: they are joined by one space, and each run of blanks
    inside one (``_RUN``) is made one space."""
    text = parts[0] if len(parts) == 1 else " ".join(parts)
    if "  " not in text and "\t" not in text:
        return _SpanUnit(kind, start, end, text, future, src, original)
    unit = _SpanUnit(kind, start, end, _RUN.sub(" ", text), future, src, original)
    unit.runs = True
    return unit


class Segmented:
    """The units of a text, its line starts, and ``marker_future``: footnote number -> the future flag of the
    sentence carrying its marker (computed when first asked for when the text has no footnote)."""
    __slots__ = ("original", "units", "line_starts", "report_starts", "_marker_future")

    def __init__(self, original: str, units: List[Unit], line_starts: List[int], marker_future: Optional[dict] = None):
        self.original = original
        self.units = units
        self.line_starts = line_starts
        # the line starts of the file as it came, in which the result's line numbers are counted: the same as
        # ``line_starts`` unless rebreak put back the breaks of a flattened page (extract_text sets them then)
        self.report_starts = line_starts
        self._marker_future = marker_future

    @property
    def marker_future(self) -> dict:
        if self._marker_future is None:
            self._marker_future = _marker_future(self.original, self.units)
        return self._marker_future

    def line_of(self, offset: int) -> int:
        """1-based line number of an original offset, in the file as it came (``report_starts``)."""
        return bisect.bisect_right(self.report_starts, offset)

    def line_start(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts, in the text as segmented (``line_starts``)."""
        return self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]

    def line_text(self, line: int) -> str:
        a = self.line_starts[line - 1]
        b = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.original)
        return self.original[a:b]


# A line that starts a new paragraph even in hard-wrapped text: an article, a numbered or lettered item, a dash
# item, a preamble or closing cue, a heading.  Example: "Điều 3. Hiệu lực thi hành", "a) Nghị định số …".  A web
# page cut to a narrow cell may leave the cue's first word alone on its line ("*Căn" / "cứ Nghị định số …"): a
# line that is only "Căn" starts the item too (its next line, "cứ …", in lower case, joins it).
# (an item labelled with a dash or a bracket has at most three digits: "2021 - 2022 hết hiệu lực …" goes on a line
# ending "giai đoạn")
# A part's label opens a heading when its title or a stop follows, not a comma or a word in small letters: "Phụ lục
# IX, Phụ lục X và …", "Chương II của Luật …" wrapped to a line's start go on with the sentence
_LABEL_ENDS = rf"(?![ \t]*[,;]|[ \t]+[{_LOWER_LETTERS}])"
_ITEM_START = re.compile(
    r"^[\s*_]*(?:Điều\s+\d+[a-zđ]?\s*[.:]|(?:Chương\s+[IVXLC\d]++|Mục\s+\d++|Phần\s+[IVXLC\d]++)" + _LABEL_ENDS
    + r"|Phần\s+thứ|[IVXLC]+\s*[.\-–]\s"
    r"|\d+(?:\.\d+)*\s*\.\s|\d{1,3}(?:\.\d+)*\s*[\-–)]\s|[a-zđ]\)\s|\([a-zđ\d]+\)\s|[-+•–]\s"
    r"|Căn cứ|Căn[*_]*$|Theo đề nghị|Xét đề nghị|Nơi nhận"
    r"|PHỤ LỤC|Phụ lục\s+[IVXLC\d]++" + _LABEL_ENDS + ")")
_LETTER_ITEM = re.compile(r"^[a-zđ]\)\s")          # "a) Nghị định số …": a lettered item starts a paragraph
# A letter's addressees ("Kính gửi: Các⏎đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", no stop at its end, a
# body's name going on over lines in capitals too) end where the letter's text opens with its cue: "Thực hiện Kết
# luận số 192-KL/TW …" (tvpl e42103d7f815212d) starts a paragraph after them.
_ADDRESSEES = re.compile(r"[\s*_]*Kính\s+gửi\b")
_OPENING_LINE = re.compile(r"[\s*_]*(?:Thực hiện|Triển khai|Để (?:triển khai|thực hiện)|Tiếp theo|Trên cơ sở|Theo đề nghị"
                           r"|Xét đề nghị)\b")
# A non-blank line as ``line.strip()`` gives it, with its span: from its first to its last non-space character
# (``\S`` and ``str.isspace`` agree on what a space is).
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
_SUPERSCRIPT = re.compile(f"[{FOOTNOTE_MARK}]")    # what a footnote marker is made of
# The ends of a paragraph cut by a line break and what goes on after them (see ``dangling`` in ``segment``).
# Each is anchored at the end of the (stripped) paragraph: a search tries only its last characters (from
# ``len - 5``, ``len - 2``, a negative start being 0: the longest match; look-behinds and \b still see what
# stands before), and the number break only when the last character can end one.  Benchmark if changing: a
# search over every paragraph's whole text was a tenth of the extraction.
# ("Luật Dẫn độ số :⏎100/2025/QH15": OCR read a speck between "số" and the line break.)
_BROKEN_NUMBER = re.compile(r"(?:\b(?:số|SỐ)[ \t]?:?|\d\s*[-–]|\d/\d{4}/[A-ZĐ]{1,6}-|[A-ZĐ]-|\d/)$")
_TYPE_CODE_COLON = re.compile(r"(?<=\d/\d{4}/)(?:" + "|".join(sorted(YEAR_TYPE_CODES)) + r"):$")
_BROKEN_NUMBER_ENDS = ("ố", "Ố", ":", "-", "–", "/")     # ("… CỦA THÔNG TƯ SỐ⏎10/2016/TT-NHNN …": a heading in capitals)
_CUT_AFTER_PREPOSITION = re.compile(r"\s(?:của|về|theo|với|cho|tại|CỦA|VỀ|THEO|VỚI|CHO|TẠI)$")   # at most 5 characters
_PREPOSITIONS = ("của", "về", "theo", "với", "cho", "tại",               # (tested first with endswith: cheaper)
                 "CỦA", "VỀ", "THEO", "VỚI", "CHO", "TẠI")               # (a heading in capitals)
_CUT_AFTER_LIST = re.compile(r"(?:,|\bvà)$")                              # at most 2
_LIST_GOES_ON = re.compile(r"(?:\d+/|Luật số|và Luật)")
# "… tại Phụ lục I và⏎Phụ lục II kèm theo …": a word and "và" end no paragraph, whatever the next line starts with
# (after ", và" / "; và" an item may follow: "a) …; và⏎b) …")
# (or a number and "và": "… pháp luật số 64/2025/QH15 và⏎Luật sửa đổi, bổ sung …")
_CUT_AFTER_AND = re.compile(r"[^\W_]\s+và$")
# A date cut before its year: "… ngày 16 tháng 12 năm⏎2015 của Bộ trưởng …", "… trước ngày 15 tháng 5 năm⏎2026. Cơ
# cấu lại …" (the year and its stop are no numbered item "2026.")
_CUT_DATE = re.compile(r"\btháng\s+\d{1,2}\s+năm$")
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?!\d)")
# "… Bộ Lao động⏎- Thương binh và Xã hội …": a name cut at its inner hyphen looks like a dash item; it is the name
# when the text writes it whole elsewhere ("Lao động - Thương binh")
_DASH_HEAD = re.compile(r"[-–]\s+([A-ZĐÀ-Ỹ][^\W\d_]*)")


def _pair_cut(last_text: str, stripped: str) -> bool:
    """``stripped`` ("- sung một số điều …", "-_ bởi Nghị định số …") goes on with the cue or type word ``last_text``
    ends with ("… Luật sửa đổi, bổ", "… được sửa đổi, bổ sung"): the dash a speck OCR read at the line's start
    (patterns.CUT_PAIRS)."""
    rest = stripped[1:].lstrip("_.,'‘’` \t")          # ("-_ bởi Nghị định số …": two specks)
    head = rest.split(None, 1)
    tail = last_text.rsplit(None, 1)[-1:]
    return (bool(head and tail) and len(rest) < len(stripped) - 1
            and (tail[0].lower(), head[0].rstrip(",.;:").lower()) in CUT_PAIRS)     # ("- đổi, bổ sung …": its comma)


def _dash_goes_on(text: str, last_text: str, stripped: str, names: dict) -> bool:
    """A line opening with a dash (``stripped``) goes on with the paragraph ``last_text``, which ends in a letter:
    a name cut at its inner dash (``_name_cut``), a cue pair with a speck read as a dash (``_pair_cut``), or a dash
    a scan read from the margin (``_speck_dash``)."""
    return last_text[-1:].isalpha() and (_name_cut(text, last_text, stripped, names) or _pair_cut(last_text, stripped)
                                         or _speck_dash(last_text, stripped))


def _speck_dash(last_text: str, stripped: str) -> bool:
    """A dash a scan read from the margin before a line that goes on the paragraph above in small letters ("Căn cứ Luật
    sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật⏎- khiếu nại, Luật Tố cáo số …"): the paragraph above
    ends in a word no paragraph ends with (patterns.NEVER_LAST, or a law's "Luật" before its name) and is no dash item
    itself.  ("Các nội dung sau⏎- khoản 2 Điều 16 …" is a list's head and its first item.)"""
    if not (stripped[1:2] == " " and stripped[2:3] in _LOWER_LETTERS and last_text[:1] not in _ITEM_MARKS):
        return False
    last = last_text[last_text.rfind(" ") + 1:]
    return last == "Luật" or last.lower() in NEVER_LAST


_ITEM_MARKS = "-–+•*"

def _name_cut(text: str, last_text: str, stripped: str, names: dict) -> bool:
    """``stripped`` ("- Thương binh …") goes on with a name ``last_text`` ends with ("… Bộ Lao động").  ``names``:
    the walk's memo, the text's hyphenated names read once when first asked (a search of the whole text for each
    dash line was quadratic on long lists; benchmark if changing)."""
    m = _DASH_HEAD.match(stripped)
    words = last_text.rsplit(None, 2)[-2:] if last_text else []
    tail = words[-1] if words else ""
    if m is None or not tail.isalpha() or not (tail[0].isupper() or len(words) == 2 and words[0][:1].isupper()):
        return False            # (a name's part opens with a capital: "Lao động", "Văn hóa"; not "tổng hợp")
    pairs = names.get("pairs")
    if pairs is None:
        pairs = names["pairs"] = _hyphen_pairs(text)
    return (tail, m.group(1)) in pairs


# Each spaced dash (" - ", " – ") between a word character and a capital: the ones ``_hyphen_pairs`` can read a
# pair at (a search led by the dash's literal skips ahead, and leaves out the dashes of a table's empty cells).
_HYPHEN_AT = (re.compile(r"-(?<=\w -)(?= \s*[A-ZĐÀ-Ỹ])"), re.compile(r"–(?<=\w –)(?= \s*[A-ZĐÀ-Ỹ])"))


def _hyphen_pairs(text: str) -> set:
    """(word before, word after) of every " - " / " – " standing between two words on one line of ``text``
    (``_HYPHEN_AT``'s dashes: a ``str.find`` loop over every spaced dash was 3x slower on a table's 20k; benchmark
    if changing)."""
    pairs = set()
    for rx in _HYPHEN_AT:
        for d in rx.finditer(text):
            at = d.start() - 1                          # the space before the dash
            if text[at - 1].isalpha():
                before = text[max(0, at - 30):at].rsplit(None, 1)
                m = _DASH_HEAD.match(text, at + 1)
                if m is not None and before and before[-1].isalpha():
                    pairs.add((before[-1], m.group(1)))
    return pairs


def segment(text: str, original: Optional[str] = None, *, wrapped: bool = False, notes=None,
            breaks: Sequence[int] = (), title: Optional[Tuple[int, int]] = None, width: int = 0,
            width_from: int = 0) -> Segmented:
    """Reading units of ``text``; ``original`` (same length, before cleaning) gives each unit's ``raw`` text.

    ``wrapped``: the file's lines are hard-wrapped (PDF text, web pages), so a line that does not start an
    item or heading continues the paragraph when the line before it ended inside a sentence — and, when
    ``width`` (the width the lines are wrapped at, ``Layout.width``) is known, was cut there: a wrapper breaks a line
    only when the next word does not fit, so a line that with the next one's first word stays well short of the
    width ended its paragraph ("Điều 5. Hiệu lực thi hành⏎Luật này có hiệu lực …", a heading's last line; see
    ``_cut_at_width``).  That from ``width_from`` on only (the preamble's or the body's start): the header's and the
    title's short lines are read by their own rules.
    ``notes``: a gazette's footnotes as ``layout.gazette_notes`` finds them ((zones, numbered)): their lines are
    footnote units, and a body sentence cut by them goes on after them.
    ``breaks``: offsets where a part of the document starts (``Layout.parts``): the line holding one starts a unit
    (a web letter's "Kính gửi: …" line is its header's, the opening paragraph wrapped right under it the body's).
    ``title``: the span of the title's lines under its type heading: a title in capitals wrapped over lines is one
    unit ("BÃI BỎ TOÀN BỘ / QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND … VÀ / QUYẾT ĐỊNH SỐ 14/2022/QĐ-UBND … VỀ SỬA / ĐỔI, BỔ
    SUNG …"), as a title in small letters is."""
    if original is not None and len(original) != len(text):
        raise ValueError("the cleaned text must keep the original's length")
    lines = text.split("\n")                 # the line starts: the lengths summed, one newline per line before
    # (each length and its newline added first: one int made per line fewer than adding the line's index to the
    # summed lengths; benchmark if changing)
    line_starts = line_starts_of(lines)
    # each break as the start of its line's first character (a part starts at a line start, maybe before blanks)
    cuts = sorted({_line_first(lines, line_starts, b) for b in breaks if 0 < b < len(text)})
    short = (int(width * SHORT_SHARE), width_from) if wrapped and width else (0, 0)
    units = _plain_units(text, original, lines, line_starts, wrapped, notes, cuts, title, short)
    if units is None:                        # a text with footnotes (few): the general walk
        return _segment_with_notes(text, original, wrapped, lines, line_starts, notes, cuts, title, short)
    return Segmented(text, units, line_starts)


def line_starts_of(lines: List[str]) -> List[int]:
    """The offset each of a text's ``lines`` (``text.split("\\n")``) starts at."""
    return list(itertools.accumulate(map(operator.add, map(len, lines[:-1]), itertools.repeat(1)), initial=0))


def _line_first(lines: List[str], line_starts: List[int], at: int) -> int:
    """The offset of the first non-blank character at or after ``at`` on the non-blank lines from ``at``'s on."""
    k = bisect.bisect_right(line_starts, at) - 1
    while k < len(lines):
        line = lines[k]
        lo = max(0, at - line_starts[k])
        stripped = line[lo:].lstrip()
        if stripped:
            return line_starts[k] + len(line) - len(stripped)
        k += 1
    return line_starts[-1] + len(lines[-1])


def _paragraphs(lines: List[str], line_starts: List[int]):
    """(start, end, stripped text) of each non-blank line: from its first to its last non-space character
    (what ``_PARAGRAPH`` finds; ``str.strip`` and ``\\S`` agree on what a space is)."""
    for line, st in zip(lines, line_starts):
        s = line.strip()
        if s:
            a = st + len(line) - len(line.lstrip())
            yield a, a + len(s), s


def _plain_units(text: str, original: Optional[str], lines: List[str], line_starts: List[int],
                 wrapped: bool, notes=None, cuts: Sequence[int] = (),
                 title: Optional[Tuple[int, int]] = None, short: Tuple[int, int] = (0, 0)) -> Optional[List[Unit]]:
    """The units of a text without footnote lines (nearly all texts), in one walk over its lines; None when a
    line opens with a footnote marker (``_segment_with_notes`` reads that text).

    The rules are ``_segment_with_notes``'s with no footnote: a line joins the last unit when it continues it
    or the paragraph before it dangles; each test runs only when a cheaper one (a first or last character)
    lets it matter, and a joined line only adds its text (the unit's pieces are read when asked for).
    A gazette's footnote zones (``notes``, see ``segment``) are read as ``_segment_with_notes`` reads them: their
    lines are footnote units, and a unit they cut goes on after them (its pieces skip them).
    Benchmark if changing: this walk is most of the segment stage."""
    out: List[Unit] = []
    names: dict = {}                        # _name_cut's memo
    parts: List[str] = []                   # the open unit's stripped lines, its kind, future flag and start
    kind, fut, start = "", False, -1
    prev: Optional[str] = None              # the last paragraph (stripped)
    future = False
    zones, numbered = notes if notes else ((), {})
    zk = 0                                  # the next footnote zone: its start (no zone: past the text's end)
    zone_a, zone_b = zones[0] if zones else (len(text) + 1, len(text) + 1)
    slot = -1                               # where the open unit stands in ``out`` when a zone cut it
    note: Optional[Unit] = None             # the last footnote unit and its last line
    note_text = ""
    note_units: List[Unit] = []
    item_start, letter_item, past_heading, heading = _ITEM_START.match, _LETTER_ITEM.match, PAST_HEADING.match, \
        _HEADING.match
    latin_lower = _LATIN_LOWER.search          # (``_is_caps_line``'s first test, made here: most lines stop at it,
    #                                            most of them at their second character, tested first: cheaper)
    ck = 0                                  # the next cut (``segment``'s breaks): a line starting at it starts a unit
    cut_at = cuts[0] if cuts else len(text) + 1
    title_a, title_b = title if title else (len(text) + 1, len(text) + 1)
    # a title in small letters is one sentence: its first paragraph goes on over its lines in an unwrapped text too
    # ("… của Bộ trưởng Bộ⏎Tài chính sửa đổi, bổ sung …": a short page, or one whose lines are not wrapped)
    title_first = _line_first(lines, line_starts, title_a) if title else -1
    short_at, short_from = short

    def close_cut(end: int):
        # a unit a footnote zone cut: its pieces are its own lines, not the zone's
        pieces = [m.span() for m in _PARAGRAPH.finditer(text, start, end)
                  if not any(a <= m.start() < b for a, b in zones)]
        out[slot] = Unit(kind, pieces, future=fut).build(text, original)

    for line, st in zip(lines, line_starts):
        s = line.strip()
        if not s:
            continue
        if st >= zone_a:
            while st >= zone_b and zk < len(zones):          # past this zone: the next one
                zk += 1
                zone_a, zone_b = zones[zk] if zk < len(zones) else (len(text) + 1, len(text) + 1)
            if zone_a <= st < zone_b:
                a = st + len(line) - len(line.lstrip())
                no = numbered.get(a)
                if prev is not None and slot < 0:
                    slot = len(out)                           # the open unit keeps its place before the notes
                    out.append(None)                          # type: ignore[arg-type]
                if no is None and note is not None and _note_goes_on(note_text, s, wrapped, text, names):
                    note.pieces.append((a, a + len(s)))
                else:
                    note = Unit("footnote", [(a, a + len(s))], footnote=no if no is not None or note is None
                                else note.footnote, future=future)
                    note_units.append(note)
                    out.append(note)
                note_text = s
                continue
        first = s[0]
        if first in _FIRST_TO_READ:
            if first in FOOTNOTE_MARK:
                return None
            if past_heading(s):                               # "III. NHIỆM VỤ …"
                future = bool(FUTURE_HEADING.match(s))
        cut = False
        if st + len(line) > cut_at:
            a0 = st + len(line) - len(line.lstrip())
            while ck < len(cuts) and cuts[ck] <= a0:
                cut = cut or cuts[ck] == a0
                ck += 1
            cut_at = cuts[ck] if ck < len(cuts) else len(text) + 1
        if prev is not None and not cut:
            if first.islower() and not (s[1:2] == ")" and letter_item(s)):
                parts.append(s)                               # (most joined lines: one starting in lower case)
                prev = s
                continue
            last = prev[-1]
            if ((wrapped and (last not in ".;:!?…*" or last == "*" and prev.rstrip(" *")[-1:] not in ".;:!?…")
                 and (len(prev) >= short_at or st < short_from or _cut_at_width(prev, s, short_at))
                 and not ((first in _ITEM_FIRST or first.isdecimal()) and item_start(s))
                 and not (s[1:2] not in _LATIN_LOWER_SET and latin_lower(s) is None and _caps_letters(s))
                 and not (first in "TĐX" and _ADDRESSEES.match(parts[0]) and _OPENING_LINE.match(s)))
                    or (last in _DANGLING_LAST and _dangles(prev, s))
                    or (last == ";" and first == "Đ" and _part_goes_on(prev, s))
                    or (last == "ộ" and _ministry_goes_on(text, prev, s, st + len(line) - len(line.lstrip())))
                    or (last in ".:," and first.isdecimal() and _SPECK_CUT.search(prev, len(prev) - 5) is not None)
                    or (first.isdecimal() and last in _CUT_NUMBER_LAST and _cut_before_number(prev, s))
                    or (first in "-–" and _dash_goes_on(text, prev, s, names))
                    or (title_a <= st < title_b and start >= title_a and latin_lower(s) is None
                        and latin_lower(prev) is None and _caps_letters(s) and _caps_letters(prev))
                    or (start == title_first and st < title_b and _title_goes_on(text, prev, s, st))):
                parts.append(s)
                prev = s
                continue
        if prev is not None:
            # the open unit ends where this one starts: only blank lines lie between (its pieces, read from its
            # span when asked, are the same); no line, start or end is kept per joined line (benchmark if changing)
            a = st + line.find(first)
            if slot < 0:
                out.append(_span_unit(kind, start, a, parts, fut, text, original))
            else:
                close_cut(a)
                slot = -1
        else:
            a = st + line.find(first)           # (the first non-blank character: the blanks before it are not it)
        kind = "heading" if (first in "IVX" or first.isdecimal()) and heading(s) and len(s) < 200 else "body"
        fut, start = future, a
        parts = [s]
        prev = s
    if prev is not None:
        if slot < 0:
            out.append(_span_unit(kind, start, len(text), parts, fut, text, original))
        else:
            close_cut(len(text))
    for u in note_units:
        u.build(text, original)
    return out


# A short line ending with a word no paragraph ends with (patterns.NEVER_LAST) goes on whatever its length ("…
# số⏎64/2025/QH15 và⏎Luật sửa đổi, bổ sung …": a break the author typed, or a number moved down to its own line).
# … nor with a mark that goes on: a comma, an opening bracket or quote, a hyphen or a slash ("… số 18/2008/QH12, Luật
# Đo lường số 04/2011/QH13,⏎Luật Tiêu chuẩn …").
_GOES_ON_MARKS = frozenset(",(“\"'‘-–/&")


def _cut_at_width(line: str, next_line: str, short: int) -> bool:
    """A wrapped ``line`` (stripped) was cut by the wrapper, not ended: with a space and ``next_line``'s first word
    it reaches ``short`` characters (layout.SHORT_SHARE of the wrap width; 0: the width is not known).  A wrapper
    breaks a line only when the next word does not fit, so a line that has room to spare for it ended there —
    unless it ends with a word or a mark no paragraph ends with (``NEVER_LAST``, ``_GOES_ON_MARKS``), or with a
    date's "tháng" or "năm" before a number ("… ngày 31 tháng⏎5 năm 2025")."""
    if len(line) >= short:
        return True
    sp = next_line.find(" ")
    if len(line) + 1 + (sp if sp >= 0 else len(next_line)) >= short or line[-1] in _GOES_ON_MARKS:
        return True
    last = line[line.rfind(" ") + 1:].lower()
    return last in NEVER_LAST or (last in ("tháng", "năm") and next_line[0].isdecimal())


def _title_goes_on(text: str, last_line: str, stripped: str, at: int) -> bool:
    """The line ``stripped`` (at offset ``at``) goes on with the title's first paragraph, whose last line
    is ``last_line``: a title in small letters is one sentence, so it goes on over a line opening with a capital
    ("… của Bộ trưởng Bộ⏎Tài chính sửa đổi, bổ sung …") when both are lines of a title wrapped at a width — the
    first long enough to have been cut there, the next no longer than a wrapped line (a web page's title line and
    its first paragraph, one line each, are not), one right under the other — and the next starts no item."""
    return (last_line.rstrip(" *")[-1:] not in ".;:!?…" and len(last_line) >= 40 and len(stripped) < 130
            and _LATIN_LOWER.search(stripped) is not None and _LATIN_LOWER.search(last_line) is not None
            and not _ITEM_START.match(stripped) and _right_under(text, at))


def _right_under(text: str, at: int) -> bool:
    """The line holding offset ``at`` stands right under a line that is not blank."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start > 0 and bool(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip())


def _note_goes_on(note_text: str, stripped: str, wrapped: bool, text: str, names: dict) -> bool:
    """A gazette footnote's line that is not numbered joins the footnote's last paragraph as a body's line joins
    its paragraph (else it starts a paragraph of the same footnote: "“Căn cứ …" quoted in it), a name cut at
    its inner dash included ("… của Bộ trưởng Bộ Lao động⏎- Thương binh và Xã hội sửa đổi …": ``_name_cut``)."""
    return ((stripped[0].islower() and not _LETTER_ITEM.match(stripped))
            or (wrapped and note_text.rstrip(" *")[-1:] not in ".;:!?…" and not _ITEM_START.match(stripped)
                and not _is_caps_line(stripped))
            or _dangles(note_text, stripped)
            or (stripped[0] in "-–" and _dash_goes_on(text, note_text, stripped, names)))


# The first characters that make a line's own test run: a past heading's (I, V, X), a footnote marker's.
_FIRST_TO_READ = "IVX" + FOOTNOTE_MARK
# What a line ``_ITEM_START`` matches can start with (the first letters of its alternatives; a star it skips;
# a digit is tested apart): a line starting otherwise is no item, and the pattern is not tried.
_ITEM_FIRST = "*_ĐCMPIVXLTN(-+•–" + "abcdefghijklmnopqrstuvwxyzđ"


# The last characters of a paragraph that can dangle (``_dangles``): those ``_BROKEN_NUMBER`` ends with, and
# the last letters of ``_PREPOSITIONS`` and of ``_CUT_AFTER_LIST``.
_DANGLING_LAST = "".join(sorted(set(_BROKEN_NUMBER_ENDS) | {p[-1] for p in _PREPOSITIONS} | {",", "à", "m"}))
# A ministry's name cut after its head word, the rest on the line right under it, maybe after a dash OCR read from a
# speck ("… của Bộ trưởng Bộ⏎- Tài chính hướng dẫn …"): "Bộ" after "của" or "Bộ trưởng", the next line opening with a
# ministry's name (patterns.MINISTRY_NAME_STARTS; "… của Thanh tra của Bộ⏎- Báo cáo thống kê …" is a list's next item;
# a blank line between ends the paragraph, as it ends a title's)
_MINISTRY_CUT = ("trưởng Bộ", "của Bộ")


def _ministry_goes_on(text: str, last_text: str, stripped: str, at: int) -> bool:
    """``stripped`` (its first character at ``at``) goes on with a ministry's name ``last_text`` ends with "Bộ"."""
    return (last_text.endswith(_MINISTRY_CUT) and stripped.lstrip("-– \t").startswith(MINISTRY_NAME_STARTS)
            and _right_under(text, at))
# An enumeration of parts goes on after a ";" at a line's end: "… theo Luật số 50/2019/QH14;⏎Điều 19 của Luật Tố cáo
# số 25/2018/QH14; …" (an article's heading has its stop, "Điều 19. Phạm vi …"; a part named in small letters after
# its number is a clause's subject, not a paragraph's start)
_PART_GOES_ON = re.compile(rf"Điều\s+\d+[a-zđ]?\s+[{_LOWER_LETTERS}]")


def _part_goes_on(last_text: str, stripped: str) -> bool:
    """``stripped`` goes on with the list of parts ``last_text`` ends with a ";" (_PART_GOES_ON)."""
    return last_text.endswith(";") and stripped.startswith("Điều") and _PART_GOES_ON.match(stripped) is not None


# "… bởi Luật số 24/2023/QH15, Luật số.⏎31/2024/QH15": a number cut from its "số" by a line break and a speck read
# as a stop (bench/accuracy_ocr.py); asked only of a paragraph ending in "." before a line opening with a digit.
_SPECK_ENDS = tuple("số" + blank + speck for blank in ("", " ") for speck in ".:,")     # (what _SPECK_CUT ends with)
_SPECK_CUT = re.compile(r"(?<![^\W\d_])số ?[.:,]$")      # (a blank may stand before the speck: "số .", "số :")


# A paragraph cut between a part's word and its number ("Căn cứ điểm e khoản 1 Điều 39, khoản⏎2 Điều 44 …") or
# between "ngày" and its date ("công văn số 823/DLA-CNTK ngày⏎17/09/2025 …"): the next line starts with the number
# (a word ending a paragraph before a numbered item, "… trong thời hạn 15 ngày⏎2. …", has no date after it).
_CUT_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])(?:khoản|điểm|điều|tiết|(?P<day>ngày))$", re.I)
_CUT_NUMBER_LAST = "nmuy"                           # the last letters of those words (tested first: cheaper)
_DATE_START = re.compile(r"\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d)")


def _cut_before_number(last_text: str, stripped: str) -> bool:
    m = _CUT_BEFORE_NUMBER.search(last_text, len(last_text) - 6)
    return m is not None and (m.group("day") is None or _DATE_START.match(stripped) is not None)


def _dangles(last_text: str, stripped: str) -> bool:
    """The paragraph ``last_text`` is cut inside a number or a date (before its year), after a preposition or inside
    a list, or before a part's number or a date, and ``stripped`` goes on with it (see ``dangling`` in
    ``_segment_with_notes``)."""
    return ((last_text.endswith(_SPECK_ENDS) and stripped[:1].isdigit() and _SPECK_CUT.search(last_text) is not None)
            or (stripped[:1].isdecimal() and last_text[-1:] in _CUT_NUMBER_LAST and _cut_before_number(last_text, stripped))
            # a year's type code and OCR's colon for its hyphen, the issuer on the next line ("… bởi Nghị định số
            # 91/2022/NĐ:⏎CP và Nghị định số …", seed 14)
            or (last_text[-1:] == ":" and stripped[:1].isupper()
                and _TYPE_CODE_COLON.search(last_text, max(0, len(last_text) - 6)) is not None)
            or (last_text[-1:] in _BROKEN_NUMBER_ENDS
             # after "số" the number must follow ("Luật Dân số⏎Căn cứ …": the word "dân số", not a cut number)
             and (last_text[-1:] not in "ốỐ:" or stripped[:1].isdigit()
                  # "Luật số⏎- 59/2020/QH14": a speck OCR read before the number at the line's start
                  or stripped[:1] in "-–'‘’`_" and stripped[1:].lstrip()[:1].isdigit())
             # (the search last: tried at every character of the paragraph, ~2.5 us for most paragraphs asked,
             # which end in ":" before a line of words; benchmark if changing)
             and _BROKEN_NUMBER.search(last_text) is not None)
            # (a lettered item does not go on a paragraph its source cut after "của": "c) Thông tư số A … của⏎d)
            # Thông tư số B …", the next item of an effect clause's list)
            or (last_text.endswith(_PREPOSITIONS) and _CUT_AFTER_PREPOSITION.search(last_text, len(last_text) - 5)
                is not None and not _HEADING.match(stripped) and not _LETTER_ITEM.match(stripped))
            or (last_text.endswith((",", "và")) and _CUT_AFTER_LIST.search(last_text, len(last_text) - 2) is not None
                and (_LIST_GOES_ON.match(stripped) is not None
                     or _CUT_AFTER_AND.search(last_text, len(last_text) - 6) is not None))
            or (last_text.endswith("năm") and _YEAR_FIRST.match(stripped) is not None
                and _CUT_DATE.search(last_text, len(last_text) - 16) is not None)
            or _part_goes_on(last_text, stripped))


def _segment_with_notes(text: str, original: Optional[str], wrapped: bool, lines: List[str],
                        line_starts: List[int], notes=None, cuts: Sequence[int] = (),
                        title: Optional[Tuple[int, int]] = None, short: Tuple[int, int] = (0, 0)) -> Segmented:
    """The general walk: footnotes sit between body paragraphs and a paragraph may continue either."""
    zones, numbered = notes if notes else ((), {})
    zone_at = [a for a, _ in zones]
    paras: list = []                         # (start, end, is_footnote, footnote_no, stripped text)
    gazette: List[int] = []                             # the paragraphs in a gazette's footnote zone
    for a, b, stripped in _paragraphs(lines, line_starts):
        z = bisect.bisect_right(zone_at, a) - 1 if zones else -1
        if z >= 0 and a < zones[z][1]:
            gazette.append(len(paras))
            paras.append((a, b, True, numbered.get(a), stripped))
            continue
        m = FOOTNOTE_LINE.match(stripped) if stripped[0] in FOOTNOTE_MARK else None
        no = superscript_to_int(m.group()) if m else None      # None: a run too long to number a footnote
        paras.append((a, b, no is not None, no, stripped))
    in_zone = set(gazette)
    cut_set = set(cuts)
    title_first = _line_first(lines, line_starts, title[0]) if title else -1

    units: List[Unit] = []
    last_note: Optional[Unit] = None
    last_unit: Optional[Unit] = None      # the last body or heading unit
    last_text: Optional[str] = None       # the last non-footnote paragraph's text
    note_text = ""                        # the last gazette footnote paragraph's text
    note_open: Optional[str] = None       # the last paragraph's text when it was a marked footnote's
    names: dict = {}                      # _name_cut's memo
    future = False
    for k, (a, b, is_note, no, stripped) in enumerate(paras):
        if k in in_zone:
            # a gazette footnote: its numbered line starts it; its other lines join it as a body's lines join
            # their paragraph, or start a paragraph of the same footnote ("“Căn cứ …" quoted in it)
            if no is None and last_note is not None and _note_goes_on(note_text, stripped, wrapped, text, names):
                last_note.pieces.append((a, b))
            else:
                last_note = Unit("footnote", [(a, b)], footnote=no if no is not None or last_note is None
                                 else last_note.footnote, future=future)
                units.append(last_note)
            note_text = stripped
            continue
        if is_note:
            unit = Unit("footnote", [(a, b)], footnote=no, future=future)
            units.append(unit)
            last_note, note_open = unit, stripped
            continue
        first = stripped[0]
        if first in "IVX" and PAST_HEADING.match(stripped):          # "III. NHIỆM VỤ …"
            future = bool(FUTURE_HEADING.match(stripped))
        # a number or name cut from its "số" by a line break ("Luật Phí và lệ phí số⏎97/2015/QH13⏎đã được ...")
        # "Số: 16 -⏎HD/BTCTW", "Thông tư số 06/2024/TT-⏎BLĐTBXH": a number broken at a line end
        # a sentence cut after a preposition at a page break: "(4) Quy định của⏎…⏎Ban Bí thư về …"
        cut = a in cut_set                     # a part starts here: nothing before goes on into it
        if (not cut and not zones and note_open is not None and last_note is not None
                and (_dangles(note_open, stripped) or first in "-–" and _dash_goes_on(text, note_open, stripped, names))
                and _right_under(text, a)):
            # a marked footnote's line cut after "số" or a preposition, or inside a name: the line right under it goes
            # on with it ("⁷⁵ … (3) Sửa đổi, bổ sung Quy định số⏎97-QĐ/TW, ngày 22/3/2004 …"), as a body's would
            last_note.pieces.append((a, b))
            note_open = stripped
            continue
        dangling = not cut and last_text is not None and (
            _dangles(last_text, stripped) or first in "-–" and _dash_goes_on(text, last_text, stripped, names)
            or _ministry_goes_on(text, last_text, stripped, a))
        if dangling and last_unit is not None:
            last_unit.pieces.append((a, b))
            last_text, note_open = stripped, None
            continue
        continues = not cut and ((first.islower() and not _LETTER_ITEM.match(stripped)) or (
            wrapped and last_text is not None and last_text.rstrip(" *")[-1:] not in ".;:!?…"
            and (a < short[1] or _cut_at_width(last_text, stripped, short[0]))
            and not _ITEM_START.match(stripped) and not _is_caps_line(stripped)
            and not (last_unit is not None and _OPENING_LINE.match(stripped)
                     and _ADDRESSEES.match(text, *last_unit.pieces[0]))) or (
            title is not None and title[0] <= a < title[1] and last_unit is not None and last_text is not None
            and last_unit.pieces[0][0] >= title[0] and _is_caps_line(stripped) and _is_caps_line(last_text)) or (
            # (``_plain_units``: a title in small letters)
            title is not None and a < title[1] and last_unit is not None and last_text is not None
            and last_unit.pieces[0][0] == title_first
            and _title_goes_on(text, last_text, stripped, a)))
        if continues and (last_unit or last_note):
            prev_is_body = k > 0 and not paras[k - 1][2]
            next_is_note = k + 1 < len(paras) and paras[k + 1][2]
            if last_note is not None and prev_is_body and next_is_note and not zones:
                last_note.pieces.append((a, b))
                note_open = None
                continue
            if (last_note is not None and note_open is not None and first.islower() and not zones
                    and note_open.rstrip(" *")[-1:] not in ".;:!?…"
                    and (last_unit is None or last_unit.kind == "heading"
                         or (last_text or ".").rstrip(" *")[-1:] in ".;:!?…"
                         or (short[0] and a >= short[1] and _cut_at_width(note_open, stripped, short[0])
                             and _right_under(text, a)))):
                # the footnote just read is cut inside its sentence, this line goes on in small letters and the body
                # before it is finished: a footnote wrapped over lines ("¹⁹ Kết luận số 27-KL/TW … sai phạm
                # trong⏎công tác cán bộ theo …"); or, in a text wrapped at a known width, the body is cut too but
                # the footnote's line was cut by the wrapper (it fills the width) and this line stands right under
                # it ("(4) Quy định của⏎⁷⁶ Sửa đổi … của Bộ Chính trị về⏎chế độ bồi dưỡng …⏎⏎Ban Bí thư về …")
                last_note.pieces.append((a, b))
                note_open = stripped
                continue
            if last_unit is not None:
                last_unit.pieces.append((a, b))
                last_text, note_open = stripped, None
                continue
        kind = "heading" if (first in "IVX" or first.isdecimal()) and _HEADING.match(stripped) and len(stripped) < 200 \
            else "body"                    # (what a stripped heading starts with is tested first: cheaper)
        unit = Unit(kind, [(a, b)], future=future)
        units.append(unit)
        last_unit, last_text, note_open = unit, stripped, None
    for u in units:
        u.build(text, original)
    marker_future = _marker_future(text, units)
    for u in units:
        if u.kind == "footnote" and u.footnote in marker_future:
            u.future = marker_future[u.footnote]
    return Segmented(text, units, line_starts, marker_future)


def _marker_future(text: str, units: List[Unit]) -> dict:
    """A footnote's plan/fact context is the one of the sentence carrying its marker: footnote number -> the
    future flag of the (non-footnote) unit whose text carries the marker."""
    from vanban.loaders.patterns import FOOTNOTE_REF
    out: dict = {}
    # (a text without superscript digits, most of them, has no marker: its units are not searched one by one)
    for u in units if _SUPERSCRIPT.search(text) else ():
        if u.kind == "footnote":
            continue
        for m in FOOTNOTE_REF.finditer(u.text):
            no = superscript_to_int(m.group())
            if no is not None:
                out[no] = u.future
    return out


_LATIN_LOWER = re.compile("[" + _LOWER_LETTERS + "]")       # (a line holding one is no caps line)
# The same letters as a set: a line's second character in it (most lines: "Nghị định …") answers the search
_LATIN_LOWER_SET = frozenset(_LATIN_LOWER.pattern[1:-1])


def _is_caps_line(s: str) -> bool:
    """More than 3 letters and none in lower case.  A line with a lower-case Latin letter (nearly every line)
    is answered by one C-level search; the others (caps lines, table cells) by C-level filters over its
    letters.  Benchmark if changing: a loop over the characters was a tenth of the segment stage."""
    if _LATIN_LOWER.search(s) is not None:
        return False
    return _caps_letters(s)


def _caps_letters(s: str) -> bool:
    """``_is_caps_line(s)`` for a line ``_LATIN_LOWER`` found nothing in (the walk searches it first: not twice)."""
    letters = "".join(filter(str.isalpha, s))
    return len(letters) > 3 and not any(map(str.islower, letters))


# A stop no sentence ends with: after a word that needs its complement ("bổ sung bởi. Luật số 59/2020/QH14"), after
# "số" or "ngày" with the number or date next ("Luật số.⏎31/2024/QH15", "ngày. 11/12/2023"; "chuyển đổi số. Các …"
# ends one), or right after ";" / "," / ":" ("…27/12/2022; . Quyết định số …", "Bãi bỏ TTHC:.*“…”*"): a speck OCR
# read as a full stop
# (bench/accuracy_ocr.py).  Asked only where _SENTENCE_STOP matched.
_SPECK_STOP = re.compile(r"(?:(?<![^\W\d_])(?:bởi|của|và|tại|các|(?P<before_number>số|ngày)[ \t,:]*)|[;,:][ \t]*)\.$")


# a label's letter before its stop ("A. 5"), and what opens a numbered item instead ("… điều chỉnh A. 2. Giao …")
_LABEL_STOP = re.compile(r"(?<![^\W\d_])[A-ZĐ]\.$")
_ITEM_NUMBER = re.compile(r"\d+[.)]")
# a list item whose number OCR garbled past reading ("số 212 ngii.", "số 1...1."), and the list's next item
_GARBLED_ITEM = re.compile(r"\bsố[ \t]+(?:[^\s/;,]{1,6}?[ \t]*){1,2}\.$")
_NEXT_ITEM = re.compile(LIST_ITEM_NEXT)


def _speck_stop(unit_text: str, at: int, nxt: int) -> bool:
    """The stop at ``at`` (a "."; the next sentence would start at ``nxt``) is an OCR speck, not a sentence's end:
    one of _SPECK_STOP's, or one before a small letter ("64/202 5/QH15. được sửa đổi": _SENTENCE_STOP's capitals
    run from "À" to "Ỹ", small accented letters among them)."""
    if unit_text[at] != ".":
        return False
    if unit_text[nxt:nxt + 1].islower() or at < 4 and not unit_text[:at].strip():
        return True                 # (… or a stop opening the paragraph: ". Nghị định số 48/2013/NĐ-CP …")
    if _NEXT_ITEM.match(unit_text, at + 1) and _GARBLED_ITEM.search(unit_text, max(0, at - 24), at + 1):
        return True                 # "Luật số 212 ngii. Luật số⏎56/2024/QH15": a list item's number garbled
    if (unit_text[nxt:nxt + 1].isdigit() and _LABEL_STOP.search(unit_text, max(0, at - 3), at + 1)
            and not _ITEM_NUMBER.match(unit_text, nxt)):
        return True                 # "thứ tự A.2, A.3, A. 5 tại Danh mục …": a blank OCR set inside a label
    m = _SPECK_STOP.search(unit_text, max(0, at - 8), at + 1)
    return m is not None and (m.group("before_number") is None or unit_text[nxt:nxt + 1].isdigit())


def sentences(unit_text: str):
    """(start, end) spans of the sentences of a unit's text.  Most units are one sentence: one search answers
    them (benchmark if changing)."""
    m = _SENTENCE_STOP.search(unit_text)
    while m is not None and _speck_stop(unit_text, m.start(), m.end()):
        m = _SENTENCE_STOP.search(unit_text, m.end())
    if m is None:
        return [(0, len(unit_text))] if unit_text else []
    spans, pos = [(0, m.start(1))], m.end()
    for m in _SENTENCE_STOP.finditer(unit_text, pos):
        if _speck_stop(unit_text, m.start(), m.end()):
            continue
        spans.append((pos, m.start(1)))
        pos = m.end()
    if pos < len(unit_text):
        spans.append((pos, len(unit_text)))
    return spans

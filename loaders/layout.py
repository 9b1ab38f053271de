"""Layout: the formal parts of an official document, found wherever they stand in the file.

Both systems prescribe the parts of a document and their order (state documents: Nghị định 30/2020/NĐ-CP,
Phụ lục I; Party documents: Hướng dẫn 36-HD/VPTW): national or Party line, issuing body, number, place and
date, type and title, preamble, body (with its effect and transition clauses), signature, recipients, and
the blocks a copy adds.  Real files wrap these parts in other text: a legal website's copyright notice,
menus, metadata table and news lead before the document and its "related documents" after it; a gazette
PDF's running heads ("CÔNG BÁO/Số … /Ngày …"), page numbers and digital-signature stamps between the pages;
Markdown remnants of the header table (``|``, ``**``, ``#``).

``layout(text)`` returns a :class:`Layout`: where the document starts and ends, the spans that are not the
document (``noise``), and the part every line belongs to.  ``Layout.mask(text)`` blanks the noise with
spaces, keeping the length, so every later stage keeps offsets into the original file and simply never
sees the chrome.

The rules are built from the prescribed structure, not from the wording of one text:

* the **header** is the first place where two of its anchors stand within a few lines of each other: the
  national motto or the Party line (in capitals), a "Số: …" number at a line start, a place-date, a type
  heading in capitals; the issuing body's capital lines just above belong to it.  Everything before it is
  chrome (unless it holds a copy block: "SAO Y", "SAO LỤC", "TRÍCH SAO");
* a website ends its page with a title line restating the document's own number ("Công văn 38162/CHQ-GSQL
  năm 2025 …"): from there on is chrome;
* the **preamble** runs from the title to the enacting formula ("QUYẾT ĐỊNH:", "Chính phủ ban hành Nghị
  định …", "Bộ Chính trị quy định:") or to the first unit of the body (Điều 1, Chương I, I-, 1.);
* the **signature**, **recipients** ("Nơi nhận:") and **annexes** (PHỤ LỤC) follow the body.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

# ------------------------------------------------------------------ anchors of a header (on cleaned text)
_W = r"[\s*|#_]+"                                   # words of a header line may be split by line breaks and markup
MOTTO = re.compile(_W.join(["CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM"]))    # state
PARTY_LINE = re.compile(_W.join(["ĐẢNG", "CỘNG", "SẢN", "VIỆT", "NAM"]) + r"(?![ \t]*[a-zà-ỹđ])")
# "Số: 15/2020/NĐ-CP", "Số 188 -BC/BTCTW", "Luật số: 18/2017/QH14": the number of the header (not "Số hiệu:")
# (a line opening with a cue, "Thực hiện Kết luận số 15-KL/ĐU" broken after the number, cites; it numbers nothing)
NUMBER = re.compile(r"(?:^|\n)[ \t*|#_]*(?P<word>(?!(?:Thực hiện|Căn cứ|Theo|Triển khai|Trên cơ sở|Xét|Để|Tại)\b)"
                    r"[A-ZĐ][\wÀ-ỹ ]{0,30}[ \t]+số|Số|SỐ)[ \t]*:?[ \t]*\n?[ \t*]*"
                    r"(?P<code>\d{1,6}(?:[ \t]*[-/.][ \t]*[\wĐđ&]+){1,6})(?=[ \t*|]*(?:\n|$))")
PLACE_DATE = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*(?:[ \t]+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}[ \t]*,[\s*]*ngày[\s*]+\d{1,2}[\s*]+tháng"
                        r"[\s*]+\d{1,2}[\s*]+năm[\s*]+\d{4}")
# the type words of a heading in capitals (TYPE_HEADING; rebreak: where a flattened page's heading stands)
TYPE_WORDS = (r"NGHỊ QUYẾT|QUYẾT ĐỊNH|NGHỊ ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|BỘ LUẬT|LUẬT|PHÁP LỆNH|CHỈ THỊ"
              r"|KẾT LUẬN|QUY ĐỊNH|QUY CHẾ|HƯỚNG DẪN|KẾ HOẠCH|CHƯƠNG TRÌNH|THÔNG BÁO(?: KẾT LUẬN)?|BÁO CÁO|TỜ TRÌNH"
              r"|ĐỀ ÁN|CÔNG ĐIỆN|VĂN BẢN HỢP NHẤT|BIÊN BẢN")
TYPE_HEADING = re.compile(
    r"(?:^|\n)[ \t*|#_:.'‘’]*(?:" + TYPE_WORDS + r")(?=[ \t*|]*\d{0,2}[ \t*|]*(?:\n|$)|[ \t]+[A-ZĐÀ-Ỹ]{2}"
    # OCR's specks after the heading of a scan ("NGHỊ ĐỊNH . -"); never ":" (the enacting "QUYẾT ĐỊNH:")
    r"|[ \t]+[.\-_~'‘’ \t]*(?:\n|$))")
# A consolidated text (VBHN) opens with its type heading and title, then "Luật … số 66/2025/QH15 ngày …, có hiệu lực
# …, được sửa đổi, bổ sung bởi:" and the amending documents.
CONSOLIDATION = re.compile(r"được\s+sửa\s+đổi,?\s+bổ\s+sung\s+(?:bởi|theo)[ \t]*:[ \t]*(?:\n|$)")
_AMENDER_ITEM = re.compile(r"[ \t*]*\d+[ \t]*\.[ \t]*(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định)\b")
CONTINUED = re.compile(r"^[ \t]*\(Tiếp theo Công báo số[^)\n]{0,40}\)", re.M)
COPY_FORM = re.compile(r"(?:^|\n)[ \t*|]*(?:SAO Y(?: BẢN CHÍNH)?|SAO LỤC|TRÍCH SAO)[ \t*|]*(?:\n|$)")

# ------------------------------------------------------------------ noise between and around the pages
# A gazette running head: "CÔNG BÁO/Số 240/Ngày 22-04-2026", "CÔNG BÁO/Số 1093 + 1094/Ngày 30-8-2025 35".
RUNNING_HEAD = re.compile(r"^[ \t]*C[ÔO]NG[ \t]*B[ÁA]O[ \t]*/[ \t]*S[ốo][ \t]*[\d +]+(?:/[ \t]*Ngày[ \t]*[\d -]+)?[ \t]*\d{0,4}[ \t]*$",
                          re.M)
PAGE_NUMBER = re.compile(r"^[ \t\f]*\d{1,4}[ \t]*$", re.M)      # (a PDF text layer's form feed before it)
# … read by OCR on the line after its running head, with specks and a speck read as a letter (a PAGE_NUMBER line is
# noise already; only the line right after a head, blank lines between)
_PAGE_JUNK = re.compile(r"(?:[ \t]*\n){1,3}([ \t]*\d{1,4}(?:[ \t]*[^\w\s])+(?:[ \t]+[^\W\d_](?:[ \t]*[^\w\s])+)?)[ \t]*(?=\n|$)")
# Without running heads, the lines holding a number alone are a page's number when they count the pages: each the
# last one's plus one, a page's length of lines after it ("2" … "3" … "4", one every ~40 lines of a PDF's text
# layer), centred as a PDF's text layer keeps the page's layout (a table's lone numbers, a web page's cells, stand
# at the margin or closer)
PAGE_LINES_MIN = 12
PAGE_NUMBER_INDENT = 16


def _page_number_run(text: str, pages: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The spans of ``pages`` (lone-number lines) that count a text's pages: the longest chain of the centred ones,
    each the number after the last one and at least PAGE_LINES_MIN lines below it; none unless it holds two or more."""
    best: List[Tuple[int, int]] = []
    chains: dict = {}                   # the number a chain waits for -> (its spans, the line of its last)
    line, at = 0, 0
    for a, b in pages:
        digits = text[a:b].lstrip(" \t\f")
        if b - a - len(digits) < PAGE_NUMBER_INDENT:
            continue
        n = int(digits)
        line += text.count("\n", at, a)          # (the spans in order: each line counted once)
        at = a
        chain = chains.pop(n, None)
        if chain is not None and line - chain[1] >= PAGE_LINES_MIN:
            spans = chain[0] + [(a, b)]
        else:
            if chain is not None:
                chains[n] = chain       # (too close: a table's cell; the chain still waits)
            spans = [(a, b)]
        chains[n + 1] = (spans, line)
        if len(spans) > len(best):
            best = spans
    return best if len(best) > 1 else []


# A digital-signature stamp: "Ký bởi: …", "Người ký: …", "Cơ quan: …", "Ngày ký: …", "Thời gian ký: …", "Email: …".
STAMP_LINE = re.compile(r"^[ \t]*(?:Ký bởi|Người ký|Cơ quan|Ngày ký|Thời gian ký|Email|Tổ chức|Signed by|Signer)[ \t]*:.*$",
                        re.M)
_STAMP_KEY = re.compile(r"^[ \t]*(?:Ký bởi|Người ký|Ngày ký|Thời gian ký|Signed by)[ \t]*:", re.M)
MARKUP_ONLY = re.compile(r"^[ \t|*#_=.\-–—]+$", re.M)          # "|", "**", "-------", "#", "* *"
INLINE_MARKUP = re.compile(r"\*\*+|\||^[ \t]*#{1,6}(?=[ \t])", re.M)   # bold markers, table pipes, heading hashes

# ------------------------------------------------------------------ parts after the header
ENACTING = re.compile(
    r"^[ \t*]*(?:QUYẾT[ \t]+ĐỊNH|QUYẾT[ \t]+NGHỊ|NGHỊ[ \t]+QUYẾT|KẾT[ \t]+LUẬN|QUY[ \t]+ĐỊNH|CHỈ[ \t]+THỊ)[ \t*]*:[ \t*]*$"
    r"|\bban hành\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư(?: liên tịch)?|Quyết định|Nghị quyết|Quy định|Quy chế"
    r"|Kế hoạch|Hướng dẫn|Chỉ thị|Chương trình)\b[^\n]*[.:][ \t*]*$"
    r"|\b(?:quy định|quyết định|kết luận|chỉ thị|chỉ đạo|yêu cầu|hướng dẫn|thông báo)(?:[ \t]+như sau)?[ \t]*:[ \t*]*$",
    re.M)
# ENACTING's alternatives, searched apart (``_enacting``)
_ENACT_1, _ENACT_2, _ENACT_3 = ENACTING.pattern.split("$|")
assert _ENACT_2.startswith(r"\bban hành") and ENACTING.pattern == "$|".join((_ENACT_1, _ENACT_2, _ENACT_3))
_ENACT_COLON_LINE = re.compile(_ENACT_1 + "$|" + _ENACT_3, re.M)       # the first and the third, in their order
_ENACT_BAN_HANH = re.compile(_ENACT_2[len(r"\b"):] + "$", re.M)         # the second without its \b (checked apart)
_LINE_END_COLON = re.compile(r":[ \t*]*$", re.M)


def _enacting(text: str, pos: int, endpos: int) -> Optional[Tuple[int, int]]:
    """The span of ``ENACTING.search(text, pos, endpos)`` (None: no match), without trying every position:

    * the first and the third alternative end with a colon and blanks at the line's end (or ``endpos``) and hold
      no line break: they are searched on the lines of such colons (``_LINE_END_COLON``, whose literal colon
      ``re`` skips to; one a line), the first such line holding one giving their leftmost;
    * the second starts at the literal "ban hành" (``re`` skips to it) where no word goes on before it (its \b).
    No start can begin two alternatives ("b" against blanks, capitals and the third's first letters): the leftmost
    of the two searches is ENACTING's match."""
    first = None
    for c in _LINE_END_COLON.finditer(text, pos, endpos):
        m = _ENACT_COLON_LINE.search(text, max(pos, text.rfind("\n", 0, c.start()) + 1), c.end())
        if m is not None:
            first = m.span()
            break
    at = pos
    while True:
        m = _ENACT_BAN_HANH.search(text, at, endpos)
        if m is None or first is not None and m.start() > first[0]:
            return first
        a = m.start()
        if a == 0 or not _is_word(text[a - 1]):
            return m.span()
        at = a + 1


def _is_word(ch: str) -> bool:
    """A word character as ``re``'s \b sees it in a str pattern."""
    return ch.isalnum() or ch == "_"


# A web page wrapped to a narrow cell may cut a line right after the cue's first word ("*Căn" / "cứ Nghị định …",
# "**Điều" / "1.** Công bố …"): the two words of "Căn cứ" and "Điều N." may stand on two lines.  (Their matches may
# then hold one line break: these two patterns are only searched for their first match, by _line_search and
# .search, never listed by _line_spans.)
_CUT = r"(?:[ \t]+|[ \t]*\n[ \t*]*)"
BODY_START = re.compile(r"^[ \t*]*(?:Điều" + _CUT + r"\d+[a-zđ]?[ \t]*[.:]|Chương[ \t]+(?:I|1|thứ)\b|Phần[ \t]+(?:I|1|thứ)\b|Mục[ \t]+1\b"
                        r"|I[ \t]*[.\-–][ \t]|1[ \t]*[.\-–][ \t]|A[ \t]*[.\-–][ \t])", re.M)
# a preamble line's opening cue ("Căn cử": OCR misread the mark of "cứ"; "Cặn cứ", "Cần cứ": of "Căn", seeds 11, 13)
PREAMBLE_CUE = re.compile(r"^[ \t*\-–]*(?:C[ăằắẳẵặâầấẩẫậ]n" + _CUT + r"c[ứừửữựưu]|Thực hiện|Theo đề nghị|Xét đề nghị|Theo Tờ trình|Xét Tờ trình|Trên cơ sở"
                          r"|Triển khai|Để triển khai|Để (?:bảo đảm |đảm bảo )?thực hiện)\b", re.M)
# A telegram's formula, its sender then "điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ XÂY DỰNG điện:"): its title ends there
# (the addressees and the message follow, with no preamble cue before the first numbered point)
TELEGRAM_FORMULA = re.compile(r"^[ \t*]*[A-ZĐÀ-Ỹ][^\n]{0,100}?[ \t*]điện[ \t*]*:[ \t*]*$", re.M)
LETTER_LINE = re.compile(r"^[ \t*(]*(?:V/v|V/V)\b[^\n]*|^[ \t*]*Kính[ \t]+gửi[^\n]*", re.M)
RECIPIENTS = re.compile(r"^[ \t*]*Nơi[ \t]+nhận[ \t*]*:", re.M)
ANNEX = re.compile(r"^[ \t*]*(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục)\b(?![^\n]{0,3}[a-zà-ỹ]{3})", re.M)
SIGNATURE = re.compile(r"^[ \t*]*(?:K/T|KT\.|T/M|TM\.|T/L|TL\.|TUQ\.|Q\.)[ \t]*[A-ZĐÀ-Ỹ]", re.M)

# The patterns above anchored at a line start ("^…" with re.M): ``re`` cannot skip ahead to line starts, so they are
# searched as the same pattern after a line break (its group 1), plus a match at the first position.  Only for
# patterns whose match never holds a line break itself (so a match never hides the next line's).  4-5x faster
# on long texts; benchmark if changing.
_INLINE_HASH = r"^[ \t]*#{1,6}(?=[ \t])"
assert INLINE_MARKUP.pattern == r"\*\*+|\||" + _INLINE_HASH
_BOLD_OR_PIPE = re.compile(r"\*\*+|\|")
_HASH_HEADING = re.compile(_INLINE_HASH, re.M)
_AT_LINE_START = {rx: re.compile("\n(" + rx.pattern[1:] + ")", rx.flags)
                  for rx in (RUNNING_HEAD, PAGE_NUMBER, STAMP_LINE, MARKUP_ONLY, RECIPIENTS, SIGNATURE, ANNEX, BODY_START,
                             _HASH_HEADING, PREAMBLE_CUE, LETTER_LINE)}
assert all(rx.pattern.startswith("^") and rx.flags & re.M for rx in _AT_LINE_START)


def _line_spans(rx, text: str, pos: int = 0, endpos: Optional[int] = None) -> List[Tuple[int, int]]:
    """``[m.span() for m in rx.finditer(text, pos, endpos)]`` for a line-start pattern of ``_AT_LINE_START``."""
    endpos = len(text) if endpos is None else endpos
    out = []
    m = rx.match(text, pos, endpos)              # "^" at pos: only where a line starts
    if m is not None:
        out.append(m.span())
        pos = m.end()
    out.extend(map(_SPAN1, _AT_LINE_START[rx].finditer(text, pos, endpos)))
    return out


# RUNNING_HEAD, PAGE_NUMBER, STAMP_LINE, RECIPIENTS, SIGNATURE and _MARKUP_LEFT (MARKUP_ONLY's lines holding more
# than blanks, pipes and bold markers, which ``_blank_inline`` blanks: the ones the mask has left to blank) in one
# pass.  No line can match two of them (after the blanks, a running head starts "CÔ"/"CO", a page number a digit, a
# stamp "Ký"/"Ngư"/"Ngà"/"Cơ"/"Th"/"Tổ"/"E"/"S", the recipients "Nơi", a signature "K/T"/"KT."/"T/M"/"TM."/"T/L"/
# "TL."/"TUQ."/"Q.", and a markup line has no letter or digit), so the alternation finds each one's matches (none
# holds a line break).  One scan instead of six; the lookahead (what a line of any kind starts with after its blanks:
# a markup character, a digit, or the first two or three letters of a running head's "CÔNG"/"CONG", a stamp's key,
# "Nơi nhận", a signature's "K/T" …; a tab for a markup line of blanks) turns most lines away at once, the lines
# opening "Căn", "Thực", "Nghị" … among them (a class of the first letters let those try the six).  Benchmark if
# changing.
_MARKUP_LEFT = re.compile(r"^(?=[ |]*[\t#_=.\-–—*])[ \t|*#_=.\-–—]+$", re.M)
assert MARKUP_ONLY.pattern == r"^[ \t|*#_=.\-–—]+$"
_KINDS = (RUNNING_HEAD, PAGE_NUMBER, STAMP_LINE, RECIPIENTS, SIGNATURE, _MARKUP_LEFT)
_LINE_KINDS = re.compile("\n(?=[ \t\f]*(?:[\t*\\d|#_=.\\-–—]|C[ÔOơ]|K[ý/T]|N(?:gư|gà|ơ)|T(?:hờ|ổ|[/MLU])|Em|Si|Q\\.))(?:"
                         + "|".join("(" + rx.pattern[1:] + ")" for rx in _KINDS) + ")", re.M)
assert all(rx.flags == _LINE_KINDS.flags and rx.groups == 0 for rx in _KINDS)


def _line_kinds(text: str):
    """``[[m.span() for m in rx.finditer(text)] for rx in _KINDS]``, from one scan."""
    out: List[List[Tuple[int, int]]] = [[] for _ in _KINDS]
    for k, rx in enumerate(_KINDS):
        m = rx.match(text)
        if m is not None:
            out[k].append(m.span())
            pos = m.end()
            break
    else:
        pos = 0
    appends = [lst.append for lst in out]
    for m in _LINE_KINDS.finditer(text, pos):
        k = m.lastindex
        appends[k - 1](m.span(k))
    return out


def _line_search(rx, text: str, pos: int, endpos: int) -> Optional[Tuple[int, int]]:
    """The span of ``rx.search(text, pos, endpos)`` (None: no match), as ``_line_spans`` finds it."""
    m = rx.match(text, pos, endpos)
    if m is not None:
        return m.span()
    m = _AT_LINE_START[rx].search(text, pos, endpos)
    return m.span(1) if m is not None else None


_SPAN1 = operator.methodcaller("span", 1)


def _line_finditer(rx, text: str, pos: int = 0, endpos: Optional[int] = None):
    """(match, group) for each match of ``rx.finditer(text, pos, endpos)``, a line-start pattern of
    ``_AT_LINE_START``: ``m.start(group)``, ``m.group(group)`` are the match's (named groups are the same)."""
    endpos = len(text) if endpos is None else endpos
    m = rx.match(text, pos, endpos)
    if m is not None:
        yield m, 0
        pos = m.end()
    for m in _AT_LINE_START[rx].finditer(text, pos, endpos):
        yield m, 1

# A website's footer: its company's contact block ("**Địa chỉ:** … **Điện thoại:** … **Mã số thuế:** …"), after the
# document's closing block; everything from there on is chrome.
FOOTER_LABEL = re.compile(r"^[ \t*|#]*(?P<label>Địa chỉ|Điện thoại|E-?mail|Mã số thuế|Fax|Hotline)[ \t*]*:", re.M | re.I)
# (the lookaheads: the first two letters of the labels, turning most lines away at once; re.I applies to them too)
_AT_LINE_START[FOOTER_LABEL] = re.compile("\n(?=[ \t*|#]*(?:Đ[ịi]|E[-m]|Mã|Fa|Ho))(" + FOOTER_LABEL.pattern[1:] + ")",
                                          FOOTER_LABEL.flags)
assert FOOTER_LABEL.pattern.startswith(r"^[ \t*|#]*(?P<label>Địa chỉ|Điện thoại|E-?mail|Mã số thuế|Fax|Hotline)")
HEADER_SEARCH = 60_000      # the header stands in the first pages: after at most ~20 KB of a website's chrome
HEADER_WINDOW = 35          # lines within which two header anchors must stand
ISSUER_ABOVE = 8            # capital lines above the first anchor that may name the issuing body


@dataclass
class Layout:
    """Where the document is in the file, what is noise, and which part each line belongs to."""
    text_len: int
    line_starts: List[int]
    start: int = 0                                     # offset of the document's first line
    end: int = -1                                      # offset just after it (-1: the end of the file)
    noise: List[Tuple[int, int]] = field(default_factory=list)       # spans to blank (chrome, heads, stamps, markup)
    parts: List[Tuple[str, int, int]] = field(default_factory=list)  # (part, start, end) in offsets, in order
    number: Optional[str] = None                       # the header's number as written
    site: dict = field(default_factory=dict)           # a website's metadata table before the document (Số hiệu, …)
    wrapped: bool = False                              # lines are hard-wrapped (PDF, web page), not paragraphs
    width: int = 0                                     # ... at this width, one word at a time (_wrap_width; or 0)
    notes: tuple = ((), {})                            # a gazette's footnotes: gazette_notes(text, heads)
    _part_starts: tuple = field(default=((), []), repr=False, compare=False)   # (parts, their starts): part_at's

    def part_at(self, offset: int) -> str:
        """The part an offset stands in: "chrome", "header", "title", "preamble", "body", "signature",
        "recipients", "annex"."""
        if offset < self.start or (self.end >= 0 and offset >= self.end):
            return "chrome"
        parts = tuple(self.parts)
        if self._part_starts[0] != parts:       # computed once per layout (relate asks for every unit)
            self._part_starts = (parts, [a for _, a, _ in parts])
        k = bisect.bisect_right(self._part_starts[1], offset) - 1
        return self.parts[k][0] if k >= 0 else "header"

    def parts_at(self, offsets) -> List[str]:
        """``[self.part_at(o) for o in offsets]``, for offsets in ascending order (a document's units) by one
        ``part_at`` per part they fall in instead of a call per offset; other orders offset by offset.  For a stage
        asking the part of every unit (relate's own_relations: 200k calls on the real corpus); benchmark if
        changing."""
        offsets = offsets if isinstance(offsets, list) else list(offsets)
        if any(map(operator.gt, offsets, offsets[1:])):
            return [self.part_at(o) for o in offsets]
        # part_at's answer changes only at these offsets (its tests compare an offset with them alone): it is
        # the same for every offset from one of them to the next
        bounds = sorted({self.start, *(a for _, a, _ in self.parts), *((self.end,) if self.end >= 0 else ())})
        out: List[str] = []
        pos, n = 0, len(offsets)
        while pos < n:
            o = offsets[pos]
            j = bisect.bisect_right(bounds, o)
            stop = n if j == len(bounds) else bisect.bisect_left(offsets, bounds[j], pos)
            out += [self.part_at(o)] * (stop - pos)
            pos = stop
        return out

    def mask(self, text: str) -> str:
        """``text`` with every noise span blanked by spaces (line breaks kept): same length, same lines."""
        d = self.__dict__
        inline = d.get("_inline")
        if inline is not None and (inline[2] is text or inline[2] == text):        # (the layout's own text)
            # the markup not listed yet: the bold markers and table pipes blanked by C-level replaces, then the
            # listed spans and the markup-only lines holding something else (blanking is a union: the order
            # does not matter)
            return _blank_spans(_blank_inline(text), d["_noise"] + inline[1] + inline[3])
        noise = self.noise
        if not noise:
            return text
        return _blank_spans(text, noise)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1


# ``line_starts`` and the inline part of ``noise`` are made when first asked for: the pipeline never asks for either
# (``mask`` blanks the inline markup without listing it; ``part_at`` uses ``parts``), and listing them was a fifth of
# ``layout``.  Both stay ordinary attributes to every reader: the same lists as before, the same constructor.
def _get_line_starts(self) -> List[int]:
    d = self.__dict__
    starts = d.get("_line_starts")
    if starts is None and "_starts_of" in d:
        starts = d["_line_starts"] = _line_starts(d.pop("_starts_of"))
    return starts


def _set_line_starts(self, value) -> None:
    self.__dict__["_line_starts"] = value


def _get_noise(self) -> List[Tuple[int, int]]:
    d = self.__dict__
    inline = d.pop("_inline", None)
    if inline is not None:              # (index, the line-start hashes' spans, the text, the markup lines left)
        at, hashes, text = inline[0], inline[1], inline[2]
        d["_noise"][at:at] = _line_spans(MARKUP_ONLY, text) + sorted(list(map(_SPAN, _BOLD_OR_PIPE.finditer(text)))
                                                                    + hashes)
    return d["_noise"]


def _set_noise(self, value) -> None:
    self.__dict__.pop("_inline", None)
    self.__dict__["_noise"] = value


Layout.line_starts = property(_get_line_starts, _set_line_starts)
Layout.noise = property(_get_noise, _set_noise)


def _blank_spans(text: str, spans) -> str:
    """``text`` with the union of ``spans`` blanked (every character but a line break made a space)."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:                         # (not ``max``: a call per span, most of them page numbers)
            a = pos
        if a >= b:
            continue
        out.append(text[pos:a])
        out.append(" " * (b - a) if text.find("\n", a, b) < 0 else "\n".join(map(_spaces, text[a:b].split("\n"))))
        pos = b
    out.append(text[pos:])
    return "".join(out)


def _spaces(line: str) -> str:
    return " " * len(line)


_STAR_RUN3 = re.compile(r"\*\*\*+")


def _blank_inline(text: str) -> str:
    """``text`` with ``_BOLD_OR_PIPE``'s matches blanked: runs of three or more stars first (rare), then every
    remaining "**" is a run of exactly two; pipes one by one."""
    text = text.replace("|", " ")
    if "***" in text:
        text = _STAR_RUN3.sub(_blank_match, text)
    return text.replace("**", "  ")


def _blank_match(m) -> str:
    return " " * (m.end() - m.start())


def _line_starts(text: str) -> List[int]:
    lines = text.split("\n")       # the lengths summed, one newline per line before: no Python loop
    return list(map(operator.add, itertools.accumulate(map(len, lines[:-1]), initial=0), range(len(lines))))


_NUMBER_WORD = re.compile(r"[ \t*|#_'‘’.:`-]*Số\b[ \t]*:?")  # a header's "Số: …" line, even one OCR damaged ("'Số:", "- Số:")
# The motto's second line, which OCR of a scan reads between the issuer's lines when it merges the header's two
# columns (": Độc lập - Tự do ~- Hạnh phúc" above the place-date, "Số: 11/2026/TT-BTC VIỆT NAM" above it), maybe with a
# speck inside its words' pairs ("=> : Độc: lập - Tự do - Hạnh phúc", seed 10).
_MOTTO_2 = re.compile(r"Độc[^\w\n]+lập\W+Tự[^\w\n]+do\W+Hạnh[^\w\n]+phúc")
# … and its first line's second half after a few characters the scan read from the issuer column's blank beside it
# ("Ôn v. : CHỦ NGHĨA VIỆT NAM"): no issuer's line is so short, and no text's line opens so
# ("—reree - VIỆT NAM", "c— —— VIỆT NAM": its last words after a rule read as letters)
_SPECKS_BESIDE_MOTTO = 12


def _motto_after_specks(line: str) -> bool:
    """``line`` is a piece of the motto's first line after at most _SPECKS_BESIDE_MOTTO characters."""
    at = line.find("CHỦ NGHĨA")
    if at < 0:
        t = line.rstrip(" \t.,:;'`_~-")
        at = len(t) - len("VIỆT NAM") if t.endswith("VIỆT NAM") else -1
    return 0 <= at <= _SPECKS_BESIDE_MOTTO


def _is_caps_or_markup(line: str) -> bool:
    """No small letter in ``line``, but for a scan's speck read as one standing alone among capitals ("ỦY BAN NHÂN DÂN
    THÀNH PHỐ s CỘNG HÒA XÃ HỘI", seed 11)."""
    letters = [c for c in line if c.isalpha()]
    if not letters or not any(c.islower() for c in letters):
        return True
    small = [c for c in letters if c.islower()]
    return len(small) == 1 and LONE_SMALL_LETTER.search(line) is not None


# A small letter standing alone among capitals: a scan's speck read as a letter (no name or heading holds one)
# (or after a speck: ": m VIỆT NAM", session 31)
LONE_SMALL_LETTER = re.compile(r"(?<=[A-ZĐÀ-Ỹ:;.,'`_~|*-]) [a-z](?= [A-ZĐÀ-Ỹ]| ?$)")


# The date part of PLACE_DATE, from its comma: a place-date's comma is one of these, and its place stands on the
# comma's line (no line break in the place's words).
_DATE_TAIL = re.compile(r",[\s*]*ngày[\s*]+\d{1,2}[\s*]+tháng[\s*]+\d{1,2}[\s*]+năm[\s*]+\d{4}")


def _place_dates(text: str, endpos: int):
    """``PLACE_DATE.finditer(text, 0, endpos)``, searched only on the lines of a date's comma (``_DATE_TAIL``).

    The same matches: a match from ``pos`` on has its comma after ``pos``, at the first candidate comma that
    gives one; its place starts on the comma's line, and the match ends where the candidate does (the date's
    words are the same pattern).  Searching every capitalised word of the text was a quarter of ``layout``
    (benchmark if changing)."""
    return place_dates_by_tail(text, PLACE_DATE, _DATE_TAIL, endpos)


def place_dates_by_tail(text: str, place_date, tail, endpos: Optional[int] = None):
    """``place_date.finditer(text, 0, endpos)`` for a place-date pattern whose date part, from its comma, is
    ``tail``: each candidate comma's line is searched from its start (a place holds no line break), from the end
    of the last match on.  Used by layout and header, each with its own pattern."""
    pos = 0
    for c in (tail.finditer(text) if endpos is None else tail.finditer(text, 0, endpos)):
        if c.start() < pos:
            continue
        m = place_date.search(text, max(pos, text.rfind("\n", 0, c.start()) + 1), c.end())
        if m is not None:
            yield m
            pos = m.end()


# NUMBER and TYPE_HEADING open with "(?:^|\n)", which keeps ``re`` from skipping ahead to the line breaks: the
# same patterns opening with the line break itself, for ``_line_matches`` (4-5x faster; benchmark if changing).
# A type heading's line starts (after its markup) with the first two letters of a type word: the lookahead turns
# the other lines away at once.
_AFTER_NEWLINE = {rx: re.compile("\n" + ahead + rx.pattern[len("(?:^|\\n)"):], rx.flags)
                  for rx, ahead in ((NUMBER, ""), (TYPE_HEADING, "(?=[ \t*|#_:.'‘’]*[NQTBLPCKHĐV][GUHỜỘÁIÔẾƯỀĂ])"))}
assert all(rx.pattern.startswith("(?:^|\\n)") for rx in _AFTER_NEWLINE)


# NUMBER's number word and what must follow it up to the code's first digit: each word a literal ``re`` skips to
# ("Số" and "số" from their "ố", a literal, then the letter before it: one scan for both)
_NUMBER_WORDS = [re.compile(word + r"[ \t]*:?[ \t]*\n?[ \t*]*\d") for word in ("ố(?<=[Ss]ố)", "SỐ")]
assert r"[A-ZĐ][\wÀ-ỹ ]{0,30}[ \t]+số|Số|SỐ)[ \t]*:?[ \t]*\n?[ \t*]*(?P<code>\d" in NUMBER.pattern


def _number_matches(text: str, endpos: int):
    """``NUMBER.finditer(text, 0, endpos)``, tried only at the line breaks before the lines holding "số", "Số" or
    "SỐ" followed by a code's first digit (``_NUMBER_WORDS``: its number word stands on the line after its opening
    line break): the same matches, in order (a match may run on to the code on the next line: the next one
    starts from its end)."""
    opens = set()
    for rx in _NUMBER_WORDS:
        for w in rx.finditer(text, 0, endpos):
            i = w.start() - (rx is _NUMBER_WORDS[0])            # (the first pattern matches from the "ố")
            line = text.rfind("\n", 0, i)
            # the number word stands after the line's markup, at most a 31-character name ("Luật", "Bộ luật") and
            # blanks between: a "số" further in a line is a body mention's
            if i - line > 33 and len(text[line + 1:i].lstrip(" \t*|#_").rstrip(" \t")) > 31:
                continue
            opens.add(max(0, line))
    pos = 0
    after = _AFTER_NEWLINE[NUMBER].match
    for o in sorted(opens):
        if o < pos:
            continue
        m = NUMBER.match(text, 0, endpos) if o == 0 else after(text, o, endpos)
        if m is not None:
            yield m
            pos = m.end()


def _line_matches(rx, text: str, endpos: int):
    """``rx.finditer(text, 0, endpos)`` for a pattern opening with "(?:^|\\n)": a match at the start of the text,
    then the matches of the pattern opening with the line break (``^`` matches nowhere else without re.M)."""
    m = rx.match(text, 0, endpos)
    pos = 0
    if m is not None:
        yield m
        pos = m.end()
    yield from _AFTER_NEWLINE[rx].finditer(text, pos, endpos)


def _header_start(text: str) -> Tuple[int, int, Optional[str]]:
    """(first line of the header, its offset, the header's number as written) — (0, 0, None) when no header is
    found."""
    found = []                                     # (offset, kind, value)
    # (the motto's second line too: a scan's merged columns may split its first line's words among other lines)
    for rx, kind in ((MOTTO, "motto"), (_MOTTO_2, "motto"), (PARTY_LINE, "party"), (NUMBER, "number"),
                     (PLACE_DATE, "date"), (TYPE_HEADING, "type"), (CONSOLIDATION, "consolidation")):
        for m in (_place_dates(text, HEADER_SEARCH) if rx is PLACE_DATE else _number_matches(text, HEADER_SEARCH)
                  if rx is NUMBER else _line_matches(rx, text, HEADER_SEARCH) if rx in _AFTER_NEWLINE
                  else rx.finditer(text, 0, HEADER_SEARCH)):
            if kind == "number":
                found.append((m.start("word"), kind, m.group("code")))
            else:
                a = m.start() + (1 if text[m.start():m.start() + 1] == "\n" else 0)
                found.append((a, kind, None))
            if len(found) > 400:
                break
    if not found:
        return 0, 0, None
    # each anchor's line: the line breaks before it, counted from the previous anchor's offset on (one pass)
    line_of, n, last = {}, 0, 0
    for o in sorted({o for o, _, _ in found}):
        n += text.count("\n", last, o)
        line_of[o] = n
        last = o
    anchors = sorted((line_of[o], kind, value) for o, kind, value in found)
    lines_of = [a[0] for a in anchors]
    for i, (ln, kind, _) in enumerate(anchors):
        near = anchors[i:bisect.bisect_right(lines_of, ln + HEADER_WINDOW)]      # (sorted by line)
        kinds = {k for _, k, _ in near}
        if len(kinds) < 2 or kinds == {"type"} or kinds <= {"date", "type"} and kind == "type":
            continue
        if kind == "type" and _heading_again(near, ln):
            continue
        number = next((v for _, k, v in near if k == "number"), None)
        first = ln
        lines = text.split("\n", first + 1)[:first] if first else []
        k = first - 1
        while k >= 0 and first - k <= ISSUER_ABOVE and (_is_caps_or_markup(lines[k]) or _NUMBER_WORD.match(lines[k])
                                                         or "Hạnh phúc" in lines[k] and _MOTTO_2.search(lines[k])
                                                         or _motto_after_specks(lines[k])):
            k -= 1
        return k + 1, sum(map(len, lines[:k + 1])) + k + 1, number
    return 0, 0, None


def _heading_again(near, ln: int) -> bool:
    """The type line at line ``ln`` stands above a header block (a number, motto, Party line or place-date anchor)
    that is followed by a type heading of its own: the first line is not the document's heading but a line
    describing the document above its header (a file's note or a page's title: "# CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ
    104-CTr/TU NGÀY 30/8/2026 …" over "TỈNH UỶ LÀO CAI" / "Số -CTr/TU" / … / "CHƯƠNG TRÌNH HÀNH ĐỘNG").  A PDF
    whose columns put the header block after the title and its preamble has one heading, before the block."""
    block = next((line for line, k, _ in near if line > ln and k != "type"), None)
    return block is not None and any(line > block and k == "type" for line, k, _ in near)


_TYPE_WORDS = ("Quyết định|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Bộ luật|Luật|Pháp lệnh|Chỉ thị|Kết luận"
               "|Quy định|Quy chế|Hướng dẫn|Kế hoạch|Chương trình|Thông báo|Báo cáo|Tờ trình|Đề án|Công điện"
               "|Công văn|Văn bản hợp nhất|Văn bản")


def _site_tail(text: str, from_offset: int, number: Optional[str]) -> int:
    """Offset of a website's closing title line that restates the own number ("Công văn 38162/CHQ-GSQL năm 2025
    hướng dẫn …"), or -1.  Only after the document's last signature or recipients block."""
    if not number:
        return -1
    code = re.sub(r"\s+", "", number)
    # The code is found first (its leading digits and separators, which have no case, by str.find), then the line
    # it stands on: the first line from ``from_offset`` whose title (type word and blanks, compiled once) ends
    # where the code starts (codes in order: a later code stands on the same or a later line).  Reading every
    # line's title was most of this.  A number starts with a digit, so no type word can also be read as the start
    # of the code.  The code's own pattern (re.I) is compiled only for a title line whose code is written otherwise
    # than the header writes it (a pattern per file cost a compile per file).
    lead = len(code) - len(code.lstrip("0123456789/-."))
    if not lead:
        return _site_tail_searched(text, from_offset, code)
    pos = from_offset
    while True:
        at = text.find(code[:lead], pos)
        if at < 0:
            return -1
        pos = at + 1
        line = text.rfind("\n", 0, at) + 1
        if line < from_offset:
            continue
        t = _SITE_TITLE.match(text, line)
        if t is None or t.end() != at:
            continue
        if (_AFTER_CODE.match(text, at + len(code)) if text.startswith(code, at) else _code_tail(code).match(text, at)):
            return line


def _site_tail_searched(text: str, from_offset: int, code: str) -> int:
    """``_site_tail`` for a code that does not open with a plain digit: by searching its pattern."""
    rest = _code_tail(code)
    pos = from_offset
    while True:
        c = rest.search(text, pos)
        if c is None:
            return -1
        line = text.rfind("\n", 0, c.start()) + 1
        if line >= from_offset:
            t = _SITE_TITLE.match(text, line)
            if t is not None and t.end() == c.start():
                return line
        pos = c.start() + 1


_SITE_TITLE = re.compile(r"^[ \t*#|]*(?:" + _TYPE_WORDS + r")[ \t]+", re.M | re.I)


_CODE_END = r"(?:[ \t]+(?:năm|ngày)\b|[ \t]*$)"         # after the code: its year or date, or the line's end
_AFTER_CODE = re.compile(_CODE_END, re.M | re.I)


@functools.lru_cache(maxsize=256)
def _code_tail(code: str):
    return re.compile(re.escape(code) + _CODE_END, re.M | re.I)


def _site_footer(text: str, closing: Optional[int]) -> int:
    """Offset of a website's contact footer (three or more contact labels within 20 lines, one of them the tax
    code or all in bold) after the document's closing block — or, with no closing block, in the file's last
    third; -1 when there is none."""
    start = closing if closing is not None else len(text) * 2 // 3
    hits = [(m.start(g), m.group("label").lower(), "**" in m.group(g) or "**" in text[m.end():m.end() + 3])
            for m, g in _line_finditer(FOOTER_LABEL, text, start)]
    for i, (a, _, _) in enumerate(hits):
        run = [h for h in hits[i:] if text.count("\n", a, h[0]) <= 20]
        labels = {h[1] for h in run}
        if len(labels) >= 3 and ("mã số thuế" in labels or all(h[2] for h in run)):
            return a
    return -1


# A legal website's metadata table (label, then its value on the same or one of the next lines):
# "**Số hiệu:** | 5348/CT-CS", "Loại văn bản: Công văn", "Nơi ban hành:", "Ngày ban hành: 20/11/2025"; a portal's
# table sets its value apart by a cell's bar or a run of blanks instead of a colon ("Số hiệu | 18/2025/NQ-HĐND |",
# "Số/Ký hiệu      100/2014/NĐ-CP", "Phân loại      Nghị định").
SITE_LABELS = {"số hiệu": "number", "số/ký hiệu": "number", "số ký hiệu": "number", "số, ký hiệu": "number",
               "loại văn bản": "type", "phân loại": "type", "nơi ban hành": "issuer", "cơ quan ban hành": "issuer",
               "người ký": "signer", "ngày ban hành": "date"}
_SITE_LABEL = re.compile(r"^[ \t*|#]*(?P<label>Số hiệu|Số/Ký hiệu|Số ký hiệu|Số, ký hiệu|Loại văn bản|Phân loại|Nơi ban hành"
                         r"|Cơ quan ban hành|Người ký|Ngày ban hành)"
                         r"(?:[ \t*]*:|[ \t]*\||[ \t]{2,}|\t)[ \t*|]*(?P<value>[^\n|*]*)", re.M | re.I)
_AT_LINE_START[_SITE_LABEL] = re.compile("\n(?=[ \t*|#]*[SLNCP][ốoơgh])(" + _SITE_LABEL.pattern[1:] + ")",
                                         _SITE_LABEL.flags)
assert _SITE_LABEL.pattern.startswith(r"^[ \t*|#]*(?P<label>Số hiệu|Số/Ký hiệu|Số ký hiệu|Số, ký hiệu|Loại văn bản|Phân loại"
                                      r"|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành)")


_SITE_SPECKS = " \t:;.,_'‘’`"
# The other labels of a website's table (rebreak breaks a flattened page's line before them too), and the next
# label wherever it stands after a value, which a page's text may join to it ("Công văn Nơi ban hành:", a value
# and the next cell's label on one line; "1449/QĐ-BGDĐTNgày đăng công báo:", glued)
SITE_OTHER_LABELS = ("ngày hiệu lực", "tình trạng", "ngày công báo", "số công báo")
# (led by the label's own letters, not by blanks: re skips ahead to them; the blanks before it stay on the line
# before, where a value's are stripped)
# (its first letter a capital, the others in any case: a scan's "Công văn Nơi ban Hành: :", seed 12)
_NEXT_SITE_LABEL = re.compile(r"(?:" + "|".join(
    re.escape(w[:1].upper()) + "(?i:" + re.escape(w[1:]) + ")"
    for w in (*SITE_LABELS, *SITE_OTHER_LABELS, "ngày đăng công báo", "lĩnh vực", "ngày hết hiệu lực", "hết hiệu lực"))
    + r")[ \t]*:")


def _on_a_line(m: re.Match) -> str:
    return "\n" + m.group()


def site_metadata(chrome: str) -> dict:
    """The website's own metadata table, label -> value (a fallback when a page holds no document header).
    ``site_metadata("**Số hiệu:**\\n|\\n5348/CT-CS") == {"number": "5348/CT-CS"}``."""
    out = {}
    # each label on a line of its own, where the page's text joined it to the value before it
    chrome = _NEXT_SITE_LABEL.sub(_on_a_line, chrome)
    for m, _ in _line_finditer(_SITE_LABEL, chrome):
        key = SITE_LABELS[m.group("label").lower()]
        value = m.group("value").strip(_SITE_SPECKS)        # (a scan's specks: "Số hiệu: :", "_ 174/CV-BCĐ")
        if not value:
            for nxt in chrome[m.end():m.end() + 200].split("\n")[1:5]:
                nxt = nxt.strip(_SITE_SPECKS + "*|")
                if nxt:
                    value = nxt
                    break
        if value and key not in out and not _SITE_LABEL.match(value):
            out[key] = value
    return out


# The lower-case letters of the Latin blocks (a-z, Vietnamese's, their neighbours'): every one is a letter in
# lower case (a line opening with one goes on a sentence; segment: a line holding one is no caps line); and the
# capitals of the same blocks (relate: a cue glued to the next word's capital).
_LATIN_BLOCKS = [chr(c) for c in itertools.chain(range(0x41, 0x5B), range(0x61, 0x7B), range(0xC0, 0x250),
                                                 range(0x1E00, 0x1F00))]
_LOWER_LETTERS = "".join(c for c in _LATIN_BLOCKS if c.isalpha() and c.islower())
CAPITAL_LETTERS = "".join(c for c in _LATIN_BLOCKS if c.isalpha() and c.isupper())
_CLOSED_ENDS = frozenset(".;:!?”\"')")          # a line ending in one of these ends its sentence
_RSTRIP_MARKUP = operator.methodcaller("rstrip", " *|")
_LAST = operator.itemgetter(-1)
_SPAN = operator.methodcaller("span")


# A line at least 40 characters long once its trailing markup is stripped (``_RSTRIP_MARKUP``): the stripped line
_LONG_LINE = r"([^\n]{39,}[^\n *|])[ *|]*$"
_LONG_FIRST = re.compile(_LONG_LINE, re.M)
_LONG_NEXT = re.compile("\n" + _LONG_LINE, re.M)


def _long_lines(text: str, start: int, end: int) -> List[str]:
    """The lines of ``text[start:end]`` at least 40 characters long once stripped of their trailing markup, so
    stripped, from one regex pass (``findall``, no list of every line)."""
    first = _LONG_FIRST.match(text, start, end)
    longish = _LONG_NEXT.findall(text, first.end() if first else start, end)
    if first is not None:
        longish.insert(0, first.group(1))
    return longish


def _wrapped_lines(longish: List[str]) -> bool:
    """``_wrapped``'s test on the long lines: most end inside a sentence, and the median of their lengths is under
    130 when more than half of them are (no sort)."""
    if len(longish) < 10:
        return False
    open_end = len(longish) - sum(map(_CLOSED_ENDS.__contains__, map(_LAST, longish)))
    return open_end / len(longish) >= 0.45 and sum(map(_UNDER_130, map(len, longish))) > len(longish) // 2


# A line cut by a wrapper reaches this share of the wrap width with the next line's first word (the width is taken
# a little under the true one, and a PDF's proportional letters make a line of capitals hold fewer characters).
SHORT_SHARE = 0.75
# A text is wrapped at a width, one word at a time, when no more than this share of its lines that go on in
# small letters ("… của⏎các cơ quan …": cut inside a sentence for sure) had room left for the next word, with at
# least GREEDY_MIN of them to tell.  A web page's lines broken where its source broke them, or a table's cells
# wrapped at their own widths, leave many short lines that go on; a PDF's running text none.
GREEDY_SLACK = 0.05
GREEDY_MIN = 20
# A line that goes on for sure: it ends inside a sentence (no stop or markup before its newline or one trailing blank,
# and is no blank line) and the next opens with a word in small letters that is no lettered item ("a)").  Matched
# at its newline: a pattern opening with a literal is searched for fast (a look-behind first: 10× slower).
_STOPS = re.escape('.;:!?…*|”"\')\n')
_GOES_ON = re.compile(r"\n(?<![" + _STOPS + r"]\n)(?<![" + _STOPS + r"][ \t]\n)(?=[ \t]*(?![a-zđ]\))["
                      + _LOWER_LETTERS + "])")
_SHORT_GOES_ON: dict = {}


def _short_goes_on(most: int):
    """A line of at most ``most`` characters (after its leading blanks and markup) that a line opening in small
    letters follows; groups: the line, the next line's first word."""
    rx = _SHORT_GOES_ON.get(most)
    if rx is None:
        rx = _SHORT_GOES_ON[most] = re.compile(
            r"\n[ \t*]*+([^\n]{1," + str(most) + r"}+)(?=\n[ \t]*(?![a-zđ]\))([" + _LOWER_LETTERS + r"][^ \n]*))")
    return rx


def _wrap_width(text: str, start: int, end: int) -> Tuple[bool, int]:
    """(wrapped, width) of the lines of ``text[start:end]``: ``_wrapped(text[start:end])`` from one regex pass,
    and the width in characters they were wrapped at one word at a time (the upper quartile of the long lines'
    lengths) — 0 when they are not wrapped, or not so (``GREEDY_SLACK``): only then does a line too short for the
    width end its paragraph.  Two scans in C: the lines that go on (``_GOES_ON``), and those of them short enough to
    have had room (``_short_goes_on``), read until there are too many."""
    longish = _long_lines(text, start, end)
    if not _wrapped_lines(longish):
        return False, 0
    width = sorted(map(len, longish))[3 * len(longish) // 4]
    short = width * SHORT_SHARE
    n = len(_GOES_ON.findall(text, start, end))
    if n < GREEDY_MIN:
        return True, 0
    allowed = GREEDY_SLACK * n
    room = 0
    for m in _short_goes_on(int(short) + 4).finditer(text, max(start - 1, 0), end):
        line = m.group(1).rstrip(" \t*|")
        if line and line[-1] not in _CLOSED_ENDS and line[-1] not in "…*|" \
                and len(line) + 1 + len(m.group(2)) < short:
            room += 1
            if room > allowed:
                return True, 0
    return True, width


_UNDER_130 = (130).__gt__


def _wrapped(text: str) -> bool:
    """Hard-wrapped lines (PDF text, web page): most long lines end inside a sentence."""
    # (a line shorter than 40 characters is not stripped at all: it cannot be long after)
    # (map over C functions, not generators: this walks every line of the file; benchmark if changing)
    longish = [ln for ln in map(_RSTRIP_MARKUP, [raw for raw in text.split("\n") if len(raw) >= 40]) if len(ln) >= 40]
    if len(longish) < 10:
        return False
    open_end = len(longish) - sum(map(_CLOSED_ENDS.__contains__, map(_LAST, longish)))
    lengths = sorted(map(len, longish))
    return open_end / len(longish) >= 0.45 and lengths[len(lengths) // 2] < 130


# A table that runs over pages repeats its header row under each page's running head ("STT / Văn bản hết hiệu lực
# một phần / Nội dung, quy định hết hiệu lực / …"): the lines two pages open with alike, two or more, are that header
# (no reference stands in it, and a number cut at the page's foot goes on under it: "Quyết định số 1229/QĐ-" /
# header / "BLĐTBXH của Bộ …").
TOP_LINES = 14                              # the lines read under a running head


def _next_line(text: str, pos: int, skip_numbers: bool) -> Optional[Tuple[int, int, str]]:
    """The next line holding text from offset ``pos``: (start, end, stripped text); page numbers skipped when asked
    (the one right under a running head), None at a running head or the text's end."""
    while pos < len(text):
        e = text.find("\n", pos)
        e = len(text) if e < 0 else e
        t = text[pos:e].strip()
        if t and not (skip_numbers and t.isdigit()):
            return None if t[0] == "C" and RUNNING_HEAD.match(text, pos) else (pos, e, t)
        pos = e + 1
    return None


def _page_foot(text: str, at: int) -> Optional[Tuple[int, int, str]]:
    """The last line holding text before offset ``at`` (a running head's start), page numbers aside."""
    e = at - 1
    for _ in range(8):
        if e <= 0:
            return None
        a = text.rfind("\n", 0, e) + 1
        t = text[a:e].strip()
        if t and not t.isdigit():
            return (a, e, t)
        e = a - 1
    return None


def _repeated_tops(text: str, heads: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The spans of the lines that open two pages alike (see TOP_LINES), both pages' copies; and of a line that
    closes two pages alike, a running foot ("Tập hệ thống hóa VBQPPL còn hiệu lực" over the page number)."""
    spans: List[Tuple[int, int]] = []
    # (each page's first line read once; the lines after it only where two pages' first lines agree: most do not)
    firsts = [_next_line(text, b, True) for _, b in heads]
    for one, two in zip(firsts, firsts[1:]):
        same: List[Tuple[int, int]] = []
        while one is not None and two is not None and one[2] == two[2] and len(same) < 2 * TOP_LINES:
            same.extend([(one[0], one[1]), (two[0], two[1])])
            one, two = _next_line(text, one[1] + 1, False), _next_line(text, two[1] + 1, False)
        if len(same) >= 4:                  # two lines or more alike
            spans.extend(same)
    feet = [_page_foot(text, a) for a, _ in heads]
    for foot, nxt in zip(feet, feet[1:]):
        if foot is not None and nxt is not None and foot[2] == nxt[2] and len(foot[2]) >= 12:
            spans.extend([(foot[0], foot[1]), (nxt[0], nxt[1])])
    return sorted(set(spans))


# A web address in the text (a table's column of links to the documents it lists): no reference stands in it, though
# its query may name one ("…&Keyword=Số 06/2018/TT-BLĐTBXH").  A PDF's column wraps it over lines that hold it
# alone: a line that is one token of an address's characters goes on with it when the line before ended inside it.
_URL = re.compile(r"https?://[^\s]+")
_URL_PART = re.compile(r"[ \t]*[^\s]*[%=&?/][^\s]*[ \t]*")        # (a line of one token with a "/", "%", "=" …)
_URL_OPEN_END = "%=&?/_-+#~"


def _url_spans(text: str) -> List[Tuple[int, int]]:
    """The spans of the web addresses in ``text``, each with the lines it wraps over (see _URL)."""
    out = []
    for m in _URL.finditer(text):
        a, b = m.start(), m.end()
        while True:
            line_end = text.find("\n", b)
            if line_end < 0 or text[b:line_end].strip() or text[b - 1] not in _URL_OPEN_END and "%" not in text[b - 3:b]:
                break
            nxt_end = text.find("\n", line_end + 1)
            nxt_end = len(text) if nxt_end < 0 else nxt_end
            line = text[line_end + 1:nxt_end]
            if not line.strip() or _URL_PART.fullmatch(line) is None:
                break
            b = line_end + 1 + len(line.rstrip())
        out.append((a, b))
    return out


def layout(text: str) -> Layout:
    """The layout of a document file (give it the cleaned text; offsets are the same as the original's)."""
    lay = Layout(text_len=len(text), line_starts=None)
    lay.__dict__["_starts_of"] = text
    noise = lay.noise

    # noise everywhere: running heads (and the page numbers beside them), signature stamps, markup
    heads, pages, stamps, recipients, signatures, markup_left = _line_kinds(text)
    noise.extend(heads)
    for _, b in heads:
        # the head's page number a scan set on the next line with specks around it ("CÔNG BÁO/Số 1739 + 1740/Ngày
        # 29-12-2025" / "31 ; Ề :"): no text's line is so
        m = _PAGE_JUNK.match(text, b)
        if m is not None:
            noise.append(m.span(1))
    if heads:
        noise.extend(pages)
    elif len(pages) > 1:
        noise.extend(_page_number_run(text, pages))
    stamped = []
    for a, b in stamps:
        block = text[max(0, a - 300):b + 300]
        if _STAMP_KEY.search(block):
            stamped.append((a, b))
    noise.extend(stamped)
    if len(heads) > 1:
        noise.extend(_repeated_tops(text, heads))
    if "://" in text:
        noise.extend(_url_spans(text))
    # the markup-only lines, then INLINE_MARKUP's matches: its alternatives never overlap (their characters
    # differ), so they are those of its literal part and those of its line-start part, in order.  The markup
    # lines and the literal part's matches (every "**" and "|") are listed when ``lay.noise`` is first read:
    # ``mask`` blanks them without a list
    lay.__dict__["_inline"] = (len(noise), _line_spans(_HASH_HEADING, text) if "#" in text else [], text, markup_left)

    # where the document starts: the header; before it, chrome (unless a copy block stands there)
    first, first_at, number = _header_start(text)
    lay.number = number
    if heads and first > 0:
        # PDF text may put the header block after the title and the preamble (the columns are read in another
        # order): a gazette page whose type heading and preamble or articles stand before the header block
        # starts at that heading
        t = TYPE_HEADING.search(text, heads[0][1], first_at)
        if t and (PREAMBLE_CUE.search(text, t.end(), first_at) or BODY_START.search(text, t.end(), first_at)):
            first_at = t.start() + (1 if text[t.start()] == "\n" else 0)
            first = text.count("\n", 0, first_at)
    if first > 0:
        lay.start = first_at
        if text.find("SAO", 0, lay.start) < 0 or not COPY_FORM.search(text, 0, lay.start):   # (every form: "SAO")
            noise.append((0, lay.start))
        else:
            lay.start = 0
    # a gazette continuation ("(Tiếp theo Công báo số 201 + 202)" under the heading naming the document): the
    # document starts at that heading, whatever header-like forms its annexes hold further on
    cont = (CONTINUED.search(text, 0, min(len(text), 6000))           # (only where its literal words stand)
            if text.find("(Tiếp theo Công báo số", 0, min(len(text), 6000)) >= 0 else None)
    if cont and (first == 0 and number is None or first_at > cont.start()):
        head_from = text.rfind("\n\n", 0, max(0, cont.start() - 400))
        lay.start = max(head_from + 2 if head_from >= 0 else 0, 0)
        lay.number = None
        noise = lay.noise                                   # (the inline markup listed: one may stand at 0)
        noise[:] = [(a, b) for a, b in noise if not (a == 0 and b > lay.start)]
        if lay.start:
            noise.append((0, lay.start))
    # where it ends: a website's closing title line (restating the header's number, or the site's own "Số hiệu" of
    # a page that shows no header: tvpl e42103d7f815212d)
    start = lay.start
    lay.site = site_metadata(text[:lay.start] if lay.start else text[:min(len(text), 20000)])
    closing = [a for a, _ in recipients if a >= start] + [a for a, _ in signatures if a >= start]
    tail = _site_tail(text, max(closing), number or lay.site.get("number")) if closing else -1
    if tail >= 0:
        lay.end = tail
        noise.append((tail, len(text)))
    if tail < 0:
        foot = _site_footer(text, max(closing) if closing else None)
        if foot >= 0:
            lay.end = foot
            noise.append((foot, len(text)))
    # (the labels opening lines: site_metadata also reads a label that stands inside a line)
    labels = [m.end() for m, _ in _line_finditer(_SITE_LABEL, text, 0, min(len(text), 20000))] \
        if first == 0 and number is None and lay.site else []
    if labels:
        # a web page whose text has no header (the site shows it as an image or not at all): the document
        # starts after the site's metadata table
        last = max(labels)
        for _ in range(4):
            nxt = text.find("\n", last + 1)
            if nxt < 0 or text[last:nxt].strip(" \t\n*|") and not _SITE_LABEL.match(text, last + 1):
                break
            last = nxt
        lay.start = text.find("\n", last + 1) + 1 if text.find("\n", last + 1) >= 0 else len(text)
        # a letter shown without its header: the site's news lead runs to the letter's "Kính gửi:" line
        foot = _site_footer(text, lay.start)           # (the site's own notices after its footer have one too)
        kg = re.compile(r"^[ \t*]*Kính[ \t]+gửi\b", re.M).search(
            text, lay.start, min(lay.start + 30000, foot if foot >= 0 else len(text)))
        if kg:
            lay.start = kg.start()
        noise.append((0, lay.start))
    lay.wrapped, lay.width = _wrap_width(text, lay.start, lay.end if lay.end >= 0 else len(text))
    if heads:
        lay.notes = gazette_notes(text, heads, pages + stamped)
    lay.parts = _parts(text, lay, (recipients, signatures))
    if not lay.wrapped:
        # annexes of forms (dotted blanks, short cells) may outweigh a wrapped body: the body decides
        annex_at = next((a for name, a, _ in lay.parts if name == "annex"), None)
        if annex_at is not None:
            lay.wrapped, lay.width = _wrap_width(text, lay.start, annex_at)
    return lay


# A line of sentences: a stop, a blank and a capital inside a long line
_SENTENCES_IN = re.compile(r"[.!?…][ \t]+[A-ZĐÀ-Ỹ]")
TITLE_LINE_MAX = 300        # a title's line is shorter: a longer one holding a sentence's end is the body's paragraph
TITLE_LINES_READ = 40


def _title_paragraph_end(text: str, title_at: int, title_end: int) -> int:
    """Where a title with no preamble after it ends: at the first long line of sentences before ``title_end`` (a
    scan's Party conclusion whose first heading OCR garbled, "I1- BỐI CẢNH", ran its title on into the body's
    first paragraph: "Sau hơn 13 năm thực hiện Nghị quyết số 24-NQ/TW …" read as the title's act); ``title_end``
    when none stands in its first ``TITLE_LINES_READ`` lines."""
    pos = title_at
    for _ in range(TITLE_LINES_READ):
        if pos >= title_end:
            break
        nl = text.find("\n", pos, title_end)
        stop = nl if nl >= 0 else title_end
        if stop - pos > TITLE_LINE_MAX and _SENTENCES_IN.search(text, pos, stop) is not None:
            return pos
        pos = stop + 1
    return title_end


def _parts(text: str, lay: Layout, closers=None) -> List[Tuple[str, int, int]]:
    """(part, start, end) of header, title, preamble, body, signature/recipients and annexes.  ``closers``:
    ``_line_spans`` of RECIPIENTS and SIGNATURE over the whole text, when the caller has them."""
    end = lay.end if lay.end >= 0 else len(text)
    a = lay.start
    parts: List[Tuple[str, int, int]] = []
    head_zone = text[a:min(end, a + 6000)]
    t = next(_line_matches(TYPE_HEADING, head_zone, len(head_zone)), None)
    title_at = a + t.start() + (1 if head_zone[t.start():t.start() + 1] == "\n" else 0) if t else None
    # the preamble: from the first preamble cue after the title (or after the header) to the enacting formula
    pre_from = title_at if title_at is not None else a
    if title_at is None:
        # a letter has no type heading: its header ends with its number, "V/v …", place-date or "Kính gửi:" line
        marks = [m.end() for rx in (NUMBER, PLACE_DATE) for m in [rx.search(text, a, min(end, a + 3000))] if m]
        letter = _line_search(LETTER_LINE, text, a, min(end, a + 3000))
        if letter is not None:
            marks.append(letter[1])
        if marks:
            pre_from = text.find("\n", max(marks)) + 1 or max(marks)
    cue = _line_search(PREAMBLE_CUE, text, pre_from, min(end, pre_from + 4000))
    if cue is not None and title_at is not None and _TITLE_LIKE_CUE.match(text, cue[0], cue[1]) \
            and _under_heading(text, cue[0]):
        # the line right under a type heading standing alone is the title ("NGHỊ ĐỊNH / Thực hiện thí điểm quản lý
        # …", "KẾ HOẠCH / Triển khai …"): the preamble starts at a later cue (a title never starts "Căn cứ", "Theo")
        nl = text.find("\n", cue[1])
        cue = _line_search(PREAMBLE_CUE, text, nl, min(end, pre_from + 4000)) if nl >= 0 else None
    body_m = _line_search(BODY_START, text, pre_from, end)
    cons = CONSOLIDATION.search(text, pre_from, min(end, pre_from + 6000))
    if cue is None and cons is not None:
        # a consolidated text's original preamble follows its title, the statement and the list of amenders (with
        # their footnotes): it may start farther than the window from the title; read it after the list's lead (four
        # amenders with their titles and a footnote listing them again: 4,300 characters; congbao
        # van-ban-hop-nhat-so-08-vbhn-btc)
        cue = _line_search(PREAMBLE_CUE, text, cons.end(), min(end, cons.end() + CONSOLIDATED_LIST_CHARS))
    # a consolidated text's list of amending documents ("1. Nghị định số 140/2018/NĐ-CP …") belongs to its title
    while body_m and cons and body_m[0] > cons.start() and _AMENDER_ITEM.match(text, body_m[0]):
        body_m = _line_search(BODY_START, text, body_m[1], end)
    body_at = body_m[0] if body_m else (pre_from if title_at is None and pre_from > a else end)
    pre_at = cue[0] if cue and cue[0] < body_at else None
    if pre_at is not None:
        enact = _enacting(text, pre_at, min(end, pre_at + 12000))
        pre_end = min(body_at, text.find("\n", enact[1]) + 1 if enact and enact[0] < body_at else body_at)
        if pre_end <= pre_at:
            pre_end = body_at
    else:
        pre_end = None
    parts.append(("header", a, title_at if title_at is not None else (pre_at if pre_at is not None else body_at)))
    title_end = pre_at if pre_at is not None else body_at
    if title_at is not None and pre_at is None and text.find("điện", title_at, body_at) >= 0:
        # a telegram's message stands between its formula and its first numbered point: body, not title
        formula = TELEGRAM_FORMULA.search(text, title_at, body_at)
        if formula is not None:
            title_end = formula.end()
    if title_at is not None and pre_at is None:
        title_end = _title_paragraph_end(text, title_at, title_end)
    if title_at is not None:
        parts.append(("title", title_at, title_end))
    if pre_at is not None:
        parts.append(("preamble", pre_at, pre_end))
        body_from = pre_end
    else:
        body_from = title_end if title_at is not None else body_at if body_m else parts[-1][2]
    # after the body: the last signature block / recipients list, then annexes
    if closers is None:
        closers = (_line_spans(RECIPIENTS, text), _line_spans(SIGNATURE, text))
    # (neither pattern looks past its match: its matches up to ``end`` are the whole text's that end there)
    closing = [a for spans in closers for a, b in spans if a >= body_from and b <= end]
    close_at = min(closing) if closing else end
    # an annex heading whose attachment line follows ("PHỤ LỤC I / … / (Kèm theo Thông tư số …)") ends the body where
    # no signature block or recipients list was read before it (a minister signing alone: "BỘ TRƯỞNG / name");
    # a form's own "Nơi nhận:" further on is the annex's
    attached = _attached_annex(text, body_from, close_at)
    if attached is not None:
        parts.append(("body", body_from, attached))
        parts.append(("annex", attached, end))
    else:
        # a signature block inside the body (an annex's own "TM." after the main one) is still closing material;
        # annexes start at a PHỤ LỤC heading after the closing block
        annex = _line_search(ANNEX, text, close_at, end) if closing else None
        if closing:
            # … or the document the decision issues, after its signature, under its own heading: "QUY ĐỊNH / VỀ … /
            # (Ban hành kèm theo Quyết định số …)" (a regulation, a plan, a statute attached: the annex)
            issued = _attached_document(text, close_at, annex[0] if annex is not None else end)
            if issued is not None:
                annex = (issued, issued)
        parts.append(("body", body_from, close_at))
        if closing:
            parts.append(("signature", close_at, annex[0] if annex is not None else end))
            if annex is not None:
                parts.append(("annex", annex[0], end))
    cleaned = []
    for name, s, e in parts:
        if e > s:
            cleaned.append((name, s, e))
    return cleaned


_ATTACHED = re.compile(r"\(\s*(?:Ban hành\s+)?[Kk]èm theo\b")
ATTACHED_WITHIN = 400             # characters from an annex heading to its "(Kèm theo …)" line


def _attached_annex(text: str, start: int, end: int) -> Optional[int]:
    """The first annex heading in text[start:end] (ANNEX) whose "(Kèm theo …)" line follows within ATTACHED_WITHIN
    characters; None if none."""
    for m, g in _line_finditer(ANNEX, text, start, end):
        a = m.start(g)
        if _ATTACHED.search(text, m.end(g), min(end, m.end(g) + ATTACHED_WITHIN)):
            return a
    return None


def _attached_document(text: str, start: int, end: int) -> Optional[int]:
    """The first type heading alone on its line in text[start:end] (an attached regulation's "QUY ĐỊNH", a plan's
    "KẾ HOẠCH" …) whose "(Ban hành kèm theo …)" / "(Kèm theo …)" line follows within ATTACHED_WITHIN characters."""
    for m in _ATTACHED.finditer(text, start, end):
        t = TYPE_HEADING.search(text, max(start, m.start() - ATTACHED_WITHIN), m.start())
        if t is not None and _HEADING_ALONE.match(text, t.start()):
            return t.start() + (1 if text[t.start()] == "\n" else 0)
    return None


_TITLE_LIKE_CUE = re.compile(r"[ \t*\-–]*(?:Thực hiện|Triển khai|Để triển khai|Để (?:bảo đảm |đảm bảo )?thực hiện|Trên cơ sở)\b")
_HEADING_WORDS = TYPE_HEADING.pattern.split("(?=", 1)[0]          # TYPE_HEADING up to its lookahead: the words
assert _HEADING_WORDS.endswith("BIÊN BẢN)")
_HEADING_ALONE = re.compile(_HEADING_WORDS + r"[ \t*|]*\d{0,2}[ \t*|]*(?:\n|$)")


def _under_heading(text: str, at: int) -> bool:
    """The line holding ``at`` comes right after a line holding a type heading alone (blank lines aside)."""
    ls = text.rfind("\n", 0, at)
    if ls < 0:
        return False
    prev_end = ls
    while prev_end > 0:
        ps = text.rfind("\n", 0, prev_end) + 1
        line = text[ps:prev_end]
        if line.strip(" \t*|#_"):
            return _HEADING_ALONE.match(text, ps - 1 if ps else 0, prev_end + 1) is not None
        prev_end = ps - 1
    return False


# ------------------------------------------------------------------ a gazette page's footnotes
# A gazette PDF prints a page's footnotes at its foot (a smaller font, under a short rule that the text keeps as a
# line of blanks): in the text they stand between the page's last body line and the next page's running head,
# numbered with plain digits ("2 Điều này được sửa đổi theo …"), their markers glued to the body's words ("Quản lý
# lao động2", "như sau:1", "Việt Nam1.").  The numbers run 1, 2, 3 … over the document.  A footnote that runs over
# its page goes on at the foot of the next one, before that page's first footnote (or under the rule alone).  A
# sentence cut by the page break goes on after the footnotes: segment lifts them out (see there).
# A footnote's first line: its number (no leading zero: "01 cái" is a table's), a capital or an opening quote, a
# line's length of text (a table's "2 năm" is not one); or the rule: a line of 20 or more blanks.
# (the blanks before a number taken once and for all, the rule's from the line's start: "\n[ \t]*(?:no|rule)" gave
# them back one by one, trying both at each, on every indented line; the same matches, the rule group aside)
# (a footnote may open with a dash: "22 - Điều 5 Thông tư số A … quy định như sau:" quoting several amenders' articles)
_NOTE_OR_RULE = re.compile(r"\n(?:[ \t]*+(?P<no>[1-9]\d{0,2})[ \t]+(?=[A-ZĐÀ-Ỹ“\"(]|[-–][ \t]+[A-ZĐÀ-Ỹ])[^\n]{25,}|(?P<rule>[ \t]{20,})(?=\n))")
_NOTE_LINE = re.compile(r"\n[ \t]*(?P<no>[1-9]\d{0,2})[ \t]+(?=[A-ZĐÀ-Ỹ“\"(]|[-–][ \t]+[A-ZĐÀ-Ỹ])[^\n]{25,}")
_NOTE_CLOSED = ".;!?”\""                   # a footnote's last line ending so is finished (else it goes on; a colon
# announces what follows: "… có căn cứ ban hành như sau:" at a page's foot, the quoted preamble on the next page's)
# a line ending with a word that asks for a number: the next line's leading number is that number, wrapped ("… quy
# định tại khoản" / "2 Điều 89 Nghị định số …"), not a footnote's (congbao nghi-quyet-so-17-2026-nq-cp)
_ASKS_NUMBER = re.compile(r"\b(?:[Kk]hoản|[Đđ]iểm|[Đđ]iều|[Ss]ố|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ lục|[Tt]iết|tháng|năm|ngày)"
                          r"[ \t]*$")
CONSOLIDATED_LIST_CHARS = 8000             # how far after a consolidated text's "được sửa đổi, bổ sung bởi:" its preamble
#                                            may start (_parts)
NOTE_ZONE_LINES = 60                       # a page holds ~45 lines: a longer "footnote" zone is not one
NOTE_BACK_LINES = 12                       # a footnote going on from the last page: at most this many lines
QUOTE_BACK_LINES = 45                      # … and one closing its quotation there (it may fill the foot of a page)


@functools.lru_cache(maxsize=512)
def _note_marker(no: int):
    """Footnote ``no``'s digits not followed by a word or a "/" (the character before them is read by
    ``_marker_at``: a pattern opening with the digits lets ``re`` skip to them; benchmark if changing)."""
    return re.compile(str(no) + r"(?![\w/])")


_MARKER_AFTER = ".,;:”)"            # a marker is glued to a letter or to one of these


def _marker_at(rx, text: str, a: int, b: int) -> int:
    """Where a footnote's marker (``rx``: its digits) stands in text[a:b], -1 if none: glued to a letter or a stop
    ("động2", "sau:1"), not part of a number, not a unit's square ("m2", "km2")."""
    for m in rx.finditer(text, a + 1, b):
        k = m.start() - 1
        c = text[k]
        if c in _MARKER_AFTER or c.isalpha() and not (
                c == "m" and (k == 0 or not text[k - 1].isalpha() or text[k - 1] in "kcdm")):
            return k
        if c == " " and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isupper() \
                and _LABEL_BEFORE.fullmatch(text, text.rfind("\n", 0, k) + 1, k):
            return k
        if c == " " and _caps_heading_marker(text, k, m.end()):
            return k
        if c == " " and k and text[k - 1] in ".:;" and not _rest_of_line(text, m.end()).strip():
            return k            # set apart after the sentence's stop, closing its line: "… ban hành Thông tư hướng dẫn
            #                     công bố thông tin trên thị trường chứng khoán. 2 " (congbao van-ban-hop-nhat-so-10-vbhn-btc)
        if (c == " " and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].islower()
                and _ACRONYM_BEFORE.search(text, max(0, k - 24), k)):
            return k            # set apart after a phrase in capitals it marks: "SGDCKHN/SGDCKTP.HCM 24 đã nhận …"
    return -1


# A consolidated text's footnote on a part it names by its label: "4 Phụ lục số 34 được bãi bỏ theo …"; the PDF glues
# the marker to the label's number, "Phụ lục số 344" (congbao van-ban-hop-nhat-so-5-vbhn-btc): the label the
# footnote names, its marker's digits right after, nothing else on that line
_NOTE_LABEL = re.compile(r"(\d{1,3})[ \t]+((?:Phụ lục|Mẫu|Biểu|Điều|Mục|Chương)(?:[ \t]+số)?[ \t]+\d{1,3}[A-Za-zĐđ]?)[ \t]+"
                         r"(?:được|đã được|hết hiệu lực)\b")


def _glued_to_label(no: int, text: str, a: int, b: int) -> bool:
    """Footnote ``no`` at ``b`` names a part by its label, and that label stands in text[a:b] with the marker glued
    to its number and nothing after it on the line."""
    m = _NOTE_LABEL.match(text, b, b + 120)
    if m is None or m.group(1) != str(no):
        return False
    label = r"[ \t]+".join(map(re.escape, m.group(2).split()))
    return re.search(r"(?m)^[ \t*]*" + label + str(no) + r"[ \t]*$", text[a:b]) is not None


def _rest_of_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at:end if end >= 0 else len(text)]


_ACRONYM_BEFORE = re.compile(r"(?<![\w./])[A-ZĐ][A-ZĐ./]{2,}$")


def _caps_heading_marker(text: str, k: int, end: int) -> bool:
    """A marker set apart at the end of a heading in capitals, the rest of its line blank: "ĐIỀU KHOẢN THI HÀNH 8"
    (congbao van-ban-hop-nhat-so-6660-vbhn-bldtbxh); not a heading's own number ("CHƯƠNG 8", "MẪU SỐ 8")."""
    nl = text.find("\n", end)
    if text[end:nl if nl >= 0 else len(text)].strip():
        return False
    words = text[text.rfind("\n", 0, k) + 1:k].split()
    return len(words) >= 2 and " ".join(words).isupper() and words[-1].isalpha() and words[-1] not in _NUMBERED_HEADS


_NUMBERED_HEADS = {"CHƯƠNG", "MỤC", "PHẦN", "LỤC", "ĐIỀU", "SỐ", "MẪU", "BIỂU", "BẢNG", "KHOẢN", "ĐIỂM", "NĂM", "QUÝ",
                   "THÁNG", "TẬP", "KỲ", "KHÓA", "KHOÁ", "LẦN"}


# A consolidated text marks an amended item after its label, set apart by blanks: "1. 3 Chậm nhất …", "c) 4 Trước
# ngày …" (congbao van-ban-hop-nhat-so-12-vbhn-btc): the label alone before the marker on its line, a capital after.
_LABEL_BEFORE = re.compile(r"[ \t*]*(?:\d{1,3}\.|[a-zđ]\))[ \t]*")


def gazette_notes(text: str, heads: List[Tuple[int, int]], ends: List[Tuple[int, int]] = ()):
    """(zones, numbered) of a gazette text's footnotes: ``zones`` the (start, end) spans from a footnote block's
    first line to the next running head (page number, signature stamp: ``ends``), ``numbered`` the offset of each footnote's number -> the number.

    A footnote starts where its number is the next one (or the one after: a footnote lost to the PDF) and its
    marker stands in the text since the last block; a rule line starts a block when such a footnote follows it or
    the last footnote ran over its page."""
    head_at = [a for a, _ in heads]
    breaks = sorted(head_at + [a for a, _ in ends])     # where a page's foot ends: a head, a page number, a stamp
    zones: List[Tuple[int, int]] = []
    numbered: dict = {}
    expected, marker_from, open_note, pos = 1, 0, False, 0
    seen: dict = {}                     # number -> (from, searched up to, where its marker stands or -1)

    def marked(no: int, a: int) -> bool:
        """Footnote ``no``'s marker stands in text[marker_from:a]: each stretch searched once (a table's rows
        numbered like footnotes, each searching back to the last block, were quadratic; benchmark if changing)."""
        frm, upto, hit = seen.get(no, (marker_from, marker_from, -1))
        if frm != marker_from:
            upto, hit = marker_from, -1
        if hit < 0 and upto < a:
            hit, upto = _marker_at(_note_marker(no), text, max(marker_from, upto - 8), a), a   # (one across the seam)
        seen[no] = (marker_from, upto, hit)
        return 0 <= hit < a or _glued_to_label(no, text, marker_from, a)

    open_quote = False                  # the last footnote is left inside its quotation
    open_colon = False                  # … or announcing one: "… có căn cứ ban hành như sau:"

    def restarts(a: int) -> bool:
        """Footnote 1 at ``a`` starts the annexes' own numbering: an annex heading stands at a line's start since the
        last block, footnote 1's marker after it ("Phụ lục I1"; congbao van-ban-hop-nhat-so-11-vbhn-btc)."""
        h = _ANNEX_LINE.search(text, marker_from, a)
        return h is not None and 0 <= _marker_at(_note_marker(1), text, h.start(), a) < a

    def took(start: int, page_end: int, depth: int, upto: int) -> None:
        """text[start:page_end] is the open footnote's (``depth`` quotations open at its start): what it leaves open
        goes on at the next page's foot."""
        nonlocal open_quote, open_note, open_colon, pos, marker_from
        zones.append((start, page_end))
        last = _last_text_line(text, start, page_end)
        open_quote = _quote_depth(text, start, page_end, depth) > 0
        open_note = bool(last) and last[-1] not in _NOTE_CLOSED or open_quote
        open_colon = last[-1:] == ":"
        marker_from = pos = page_end
        if open_note:
            quote_went_on(upto)

    def quote_went_on(upto: int) -> None:
        """A footnote left inside its quotation (or its sentence) at a page's foot goes on at the next page's foot even
        when that page holds no footnote of its own: the block after the page's last blank line that closes the
        quotation (or goes on in lower case to a stop)."""
        nonlocal open_quote, open_note, open_colon, pos, marker_from
        k, prev = bisect.bisect_right(breaks, pos), pos
        while k < len(breaks) and not _last_text_line(text, prev, breaks[k]):
            prev, k = breaks[k], k + 1                      # past the page's head, number and stamp: its foot
        if k >= len(breaks) or breaks[k] >= upto:
            return
        page_end = breaks[k]
        # the next page is the footnote's, whole, when it holds no article and opens with what the footnote left
        # open: the quotation it announced ("… có căn cứ ban hành như sau:" / "“Căn cứ Luật Chứng khoán …"; congbao
        # van-ban-hop-nhat-so-08-vbhn-btc), or, the body above the footnote being finished (a stop, a heading), its
        # sentence in lower case ("… Tổng công ty Lưu" / page / "ký và Bù trừ chứng khoán …"; congbao
        # van-ban-hop-nhat-so-10-vbhn-btc): a body cut by the page break goes on there otherwise
        top = _page_text_from(text, prev, page_end)
        lead = text[top:page_end].lstrip()[:1]
        if lead and not _ARTICLE_AT.search(text, top, page_end) and (
                open_colon and not open_quote and lead in ("“", '"')
                or lead.islower() and zones and _body_finished(text, zones[-1][0])):
            took(top, page_end, int(open_quote), upto)
            return
        if not open_quote:
            # a footnote cut inside its sentence: the page's last block (after a blank line) going on with it, in
            # lower case, to a closing stop ("… của Bộ trưởng Bộ Tài chính" / page / "sửa đổi, bổ sung một số điều
            # của Thông tư … 2026."; congbao van-ban-hop-nhat-so-11-vbhn-btc); the page's foot is before the next
            # running head (a table's lone numbers may read as page numbers)
            h = bisect.bisect_right(head_at, pos)
            while h < len(head_at) and not _last_text_line(text, pos, head_at[h]):
                h += 1
            if h >= len(head_at) or head_at[h] >= upto:
                return
            page_end = head_at[h]
            start = _block_before(text, page_end, pos, QUOTE_BACK_LINES)
            last = _last_text_line(text, start, page_end) if start >= 0 else ""
            # (or, after a footnote announcing a quotation, "… có căn cứ ban hành như sau:", the block quoting it:
            # "“Căn cứ Luật Chứng khoán …”."; congbao van-ban-hop-nhat-so-09-vbhn-btc)
            lead = text[start:page_end].lstrip()[:1] if start >= 0 else ""
            if start >= 0 and (lead.islower() or open_colon and lead in "“\"") and last[-1:] in _NOTE_CLOSED:
                zones.append((start, page_end))
                open_note = False
                marker_from = pos = page_end
            return
        start = _block_before(text, page_end, pos, QUOTE_BACK_LINES)
        if start >= 0 and (text.count("”", start, page_end) > text.count("“", start, page_end)
                           or text.count('"', start, page_end) % 2 == 1):
            # (the block may open the next quotation after closing this one: "…”. Điều 33 của Luật số C … quy định
            # như sau: “Điều 33. …" at the page's foot, its close at the next page's; congbao van-ban-hop-nhat-so-22-vbhn-vpqh)
            # (… or leave the next footnote cut inside its sentence: "- Thông tư số C … ngày 31 tháng 12" / page /
            # "năm 2020 … có căn cứ ban hành như sau: …"; congbao van-ban-hop-nhat-so-10-vbhn-btc)
            took(start, page_end, 1, upto)
            return
        # a quotation of other documents' articles that fills whole pages (a consolidated text's last footnote,
        # quoting its amenders' effect clauses, under the body's last heading): a page whose articles all go back
        # below the body's last one is the footnote's (the body's articles only go up); a page with no article
        # heading at all (the quoted list goes on: "a) …" at one page's foot, "b) …" heading the next) is the
        # footnote's only when a page the rule takes follows it (congbao van-ban-hop-nhat-so-22-vbhn-vpqh)
        last = last_body_article()
        bare: List[Tuple[int, int]] = []        # pages with no article heading, waiting for one that goes back
        taken = False                           # a page taken (the last zone is the last one it took)
        while last:
            top = _page_text_from(text, prev, page_end)
            arts = [int(n) for n in _ARTICLE_AT.findall(text, top, page_end)]
            # (not a new series of articles, "Điều 1." of a regulation the document issues, nor its attachment line)
            if _ATTACHED.search(text, top, page_end) or (arts and (max(arts) > last or 1 in arts)):
                # the body goes on; a quotation the pages taken left open closes at its foot ("…”." after a blank
                # line, under "Điều 50. …"; congbao van-ban-hop-nhat-so-22-vbhn-vpqh)
                if taken and "“" in text[text.rfind("”", *zones[-1]) + 1:zones[-1][1]]:
                    start = _block_before(text, page_end, top, QUOTE_BACK_LINES)
                    if start > top and text.count("”", start, page_end) > text.count("“", start, page_end):
                        zones.append((start, page_end))
                        open_quote = open_note = False
                        marker_from = pos = page_end
                return
            if not arts:
                if len(bare) >= BARE_NOTE_PAGES:
                    return
                bare.append((top, page_end))
            else:
                zones.extend(bare + [(top, page_end)])
                bare, taken = [], True
                marker_from = pos = page_end
            k, prev = k + 1, page_end
            while k < len(breaks) and not _last_text_line(text, prev, breaks[k]):
                prev, k = breaks[k], k + 1
            if k >= len(breaks) or breaks[k] >= upto:
                return
            page_end = breaks[k]

    articles: List[Tuple[int, int]] = []       # (offset, number) of every article heading, found when first asked

    def last_body_article() -> int:
        """The number of the body's last article heading before the open footnote, outside the footnotes (0 when
        none)."""
        if not articles:
            articles.extend((m.start(), int(m.group(1))) for m in _ARTICLE_AT.finditer(text))
        floor = zones[-1][0] if zones else len(text)
        starts = [a for a, _ in zones]
        best = 0
        for at, no in articles:
            if at >= floor:
                break
            z = bisect.bisect_right(starts, at) - 1
            if z < 0 or at >= zones[z][1]:
                best = max(best, no)
        return best

    for m in _NOTE_OR_RULE.finditer(text):
        a = m.start() + 1                                   # the line's start
        if a < pos:
            continue
        if open_quote or open_note:
            quote_went_on(a)
        start = a
        if m.group("no"):
            if _ASKS_NUMBER.search(text, text.rfind("\n", 0, a - 1) + 1, a - 1):
                continue
            no = int(m.group("no"))
            if no == 1 and expected > 2 and restarts(a):
                expected = 1                # the annexes, printed after the signature, number theirs from 1
            elif not expected <= no <= expected + 1 or not marked(no, a):
                continue
            if open_note:
                # (one left inside its quotation may fill more of the page's foot: a quoted preamble going on)
                start = _note_went_on(text, a, head_at, QUOTE_BACK_LINES if open_quote else NOTE_BACK_LINES)
        else:
            j = m.end()                                     # the line break ending the rule
            while True:                                     # the next line holding text
                e = text.find("\n", j + 1)
                if e < 0 or text[j + 1:e].strip():
                    break
                j = e
            nxt = _NOTE_LINE.match(text, j)
            # (the rule is the mark: the marker may be lost in a form's number, "MẪU SỐ 01" + "3")
            ok = nxt is not None and expected <= int(nxt.group("no")) <= expected + 1
            if not (ok or open_note):
                continue
            start = m.end() + 1
        k = bisect.bisect_right(breaks, start)
        end = breaks[k] if k < len(breaks) else _blank_line_after(text, start)
        if text.count("\n", start, end) > NOTE_ZONE_LINES:
            continue
        found = [(n.start("no"), int(n.group("no"))) for n in _NOTE_LINE.finditer(text, start - 1, end)]
        found = [(at, no) for at, no in found if no >= expected]
        run: List[Tuple[int, int]] = []
        for at, no in found:                                # the numbers that go on from the last one
            if (run[-1][1] if run else expected - 1) + 1 <= no <= (run[-1][1] if run else expected - 1) + 2:
                run.append((at, no))
        if not run and not open_note:
            continue
        numbered.update(run)
        if run:
            expected = run[-1][1] + 1
        zones.append((start, end))
        last = _last_text_line(text, start, end)
        note = text[max([at for at in numbered if at < end] or [start]):end]     # the zone's last footnote
        # it goes on over the page: cut inside a sentence, or inside the text it quotes
        open_quote = note.count("“") > note.count("”") or note.count('"') % 2 == 1   # (curly or straight quotes)
        open_note = bool(last) and last[-1] not in _NOTE_CLOSED or open_quote
        open_colon = last[-1:] == ":"
        marker_from = pos = end
    if open_quote or open_note:
        quote_went_on(len(text) + 1)
    return zones, numbered


_ANNEX_LINE = re.compile(r"(?m)^[ \t*]*(?:PHỤ LỤC|Phụ lục)\b")
BARE_NOTE_PAGES = 2         # pages with no article heading a whole-page footnote may cross (gazette_notes)
_ARTICLE_AT = re.compile(r"(?m)^[ \t]*Điều[ \t]+(\d{1,3})[ \t]*\.")      # an article's heading at a line's start


def _quote_depth(text: str, a: int, b: int, depth: int) -> int:
    """How many quotations stand open at ``b``, ``depth`` of them open at ``a`` (curly quotes; a close with none open
    is the close of one opened before the text read)."""
    for m in _CURLY.finditer(text, a, b):
        depth = depth + 1 if m.group() == "“" else max(0, depth - 1)
    return depth


_CURLY = re.compile("[“”]")


def _body_finished(text: str, a: int) -> bool:
    """The body's last line before offset ``a`` (a footnote zone's start) ends a sentence or is a heading in capitals
    (its footnote marker aside: "ĐIỀU KHOẢN THI HÀNH8")."""
    end = a
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        if line and not line.isdigit() and not RUNNING_HEAD.match(text[start:end]):
            line = line.rstrip("0123456789 *")
            return line[-1:] in ".;:!?”\")" or len(line) > 3 and not any(map(str.islower, line))
        end = start
    return False


def _page_text_from(text: str, head: int, end: int) -> int:
    """The start of a page's first line of text after its running head, page number and stamp (from ``head``)."""
    at = head
    while at < end:
        e = text.find("\n", at)
        e = end if e < 0 or e > end else e
        line = text[at:e]
        t = line.strip()
        if t and not t.isdigit() and not STAMP_LINE.match(line) and not RUNNING_HEAD.match(line):
            return at
        at = e + 1
    return end


def _block_before(text: str, end: int, floor: int, lines: int = NOTE_BACK_LINES) -> int:
    """The start of the last block of text before ``end`` (a page's foot): the lines after the last blank line,
    at most ``lines`` of them and none before ``floor``; -1 when there is none."""
    at = end
    while at > floor:                                       # back over the page's trailing blank lines
        prev = text.rfind("\n", 0, at - 1) + 1
        if text[prev:at].strip():
            break
        at = prev
    return _after_blank(text, at, floor, lines)


def _after_blank(text: str, a: int, floor: int, lines: int = NOTE_BACK_LINES) -> int:
    """The start of the line after the blank line above line start ``a``, at most ``lines`` up and not before
    ``floor``; -1 when there is none (or the line right above ``a`` is the blank one)."""
    at = a
    for _ in range(lines):
        prev = text.rfind("\n", 0, at - 1)
        if prev < floor:
            return -1
        if not text[prev + 1:at - 1].strip():
            return at if at < a else -1
        at = prev + 1
    return -1


def _note_went_on(text: str, a: int, head_at: List[int], lines: int = NOTE_BACK_LINES) -> int:
    """Where the last page's footnote goes on before the footnote line at ``a``: from the line after the blank
    line above it (at most ``lines`` up, on the same page); ``a`` when there is none."""
    page = head_at[bisect.bisect_right(head_at, a) - 1] if head_at and head_at[0] < a else 0
    at = _after_blank(text, a, page, lines)
    return a if at < 0 else at


def _last_text_line(text: str, start: int, end: int) -> str:
    """The last line of [start, end) holding text: not blank, not a page number, not a signature stamp's."""
    for line in reversed(text[start:end].split("\n")):
        t = line.strip()
        if t and not t.isdigit() and not STAMP_LINE.match(line) and not RUNNING_HEAD.match(line):
            return t
    return ""


def _blank_line_after(text: str, start: int) -> int:
    """The start of the first blank line after ``start`` (the end of the last page's footnotes), or the text's end."""
    at = text.find("\n", start)
    while at >= 0:
        e = text.find("\n", at + 1)
        if not text[at + 1:e if e >= 0 else len(text)].strip():
            return at + 1
        at = e
    return len(text)

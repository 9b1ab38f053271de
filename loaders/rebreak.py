"""Pages that lost their line breaks: a scraper's ``get_text(" ")``, a forum's copy, a page saved as one paragraph;
and texts with a blank line under every line (``undouble``).

Every stage after ``clean`` reads a document by its lines: the header's blocks, the preamble's "Căn cứ" lines, the
articles, the recipients.  A page whose breaks were turned into spaces holds all of them on one line, and its
preamble and effect clause are not found (on the project's web pages flattened so, relations fell from 0.99 to
0.26 of the gold).  ``rebreak`` puts the breaks back where the layout both systems prescribe starts a new line:

- the header's blocks: the issuer's capitals before the national or Party line, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
  NAM", "Độc lập - Tự do - Hạnh phúc", the number ("Số: …"), a letter's "V/v …" and "Kính gửi:", the place and
  date ("Hà Nội, ngày …"), the type heading after them, a website's metadata labels ("Số hiệu:");
- the preamble's cues ("Căn cứ …", "Theo đề nghị …", "Thực hiện …") and the enacting formula ("QUYẾT ĐỊNH:");
- after a sentence's or a clause's end: an article ("Điều 3."), a chapter, section or part, a numbered, lettered or
  dashed item, a Roman heading, a signature's "TM." / "KT.", "Nơi nhận:", an annex.

It turns a space before each such start into a line break, so the text keeps its length and every offset still
points into the original (``clean``'s contract); the lines a stage reports are counted in the original
(``segment.Segmented.report_starts``).  Only a line of at least ``LONG`` characters holding at least two of the
strong starts (``_STRONG``) is re-broken: the project's real texts have no line of 1,000 characters, and a long
paragraph of an ordinary page holds no header block, no second "Căn cứ" and no article after a sentence's end.
"""
from __future__ import annotations

import itertools
import re

from vanban.loaders.layout import _LOWER_LETTERS, CAPITAL_LETTERS, MOTTO, PARTY_LINE, SITE_LABELS, SITE_OTHER_LABELS, TYPE_WORDS

LONG = 1000         # a line at least this long may be a flattened page

_UP = "[" + re.escape(CAPITAL_LETTERS) + "]"
_LOW = "[" + re.escape(_LOWER_LETTERS) + "]"
_MARKUP = r"(?:[*_|#]++[ \t]*+)*+"           # a page's markup between the break and what starts there (possessive:
#                                              a rule of underscores never backtracks)
_MOTTO = MOTTO.pattern
_INDEPENDENCE = r"Độc lập\s*[-–]\s*Tự do"
_PARTY = PARTY_LINE.pattern
# a website's metadata labels (layout.SITE_LABELS, which site_metadata reads once they open lines) and the other
# labels of its table
_SITE_LABEL = r"(?i:" + "|".join(map(re.escape, SITE_LABELS)) + r")[*\s]*[:|]"
_SITE = r"(?i:" + "|".join(map(re.escape, (*SITE_LABELS, *SITE_OTHER_LABELS))) + r")[*\s]*[:|]"
# a gazette page's running head ("CÔNG BÁO/Số 395 + 396/Ngày 10-3-2024", its page number before or after it) and a
# digital-signature stamp's keys ("Người ký: … Email: … Cơ quan: … Thời gian ký: 26.03.2024 16:41:58 +07:00"): on
# their own lines, layout blanks them (a stamp's line would otherwise blank the page's text that follows it)
_HEAD = r"C[ÔO]NG[ \t]*B[ÁA]O[ \t]*/[ \t]*S[ốo][ \t]*\d[\d +]*(?:/[ \t]*Ngày[ \t]*\d{1,2}[-/.]\d{1,2}[-/.]\d{4})?"
_STAMP = r"(?:Ký bởi|Người ký|Ngày ký|Thời gian ký|Signed by|Email|Cơ quan|Tổ chức)[ \t]*:"
# where a line starts wherever it stands on a flattened line
_ANYWHERE = (_MOTTO + "|" + _INDEPENDENCE + "|" + _PARTY + "|" + _SITE + "|" + _HEAD + r"|\d{1,4}[ \t]+" + _HEAD + "|" + _STAMP +
             r"|Số\s*:|Số\s+\d+\s*[-/]\s*" + _UP + r"|V/[vV]\b|Kính gửi\b|Nơi nhận\s*:"
             r"|(?:[-–+•]\s*)?Căn cứ\s|(?:" + TYPE_WORDS + r")\s*:")
# where a line starts after a sentence's or a clause's end, a bracket, a quote or markup
_AFTER_END = (r"(?:[-–+•]\s*)?(?:Xét đề nghị|Theo đề nghị|Xét Tờ trình|Theo Tờ trình|Thực hiện|Để thực hiện"
              r"|Triển khai|Trên cơ sở)\b"
              r"|Điều\s+\d+[a-zđ]?\s*[.:]"
              r"|Chương\s+[IVXLC\d]+\b|Mục\s+\d+\b|Phần\s+(?:thứ\s+)?[IVXLC\d]+\b|PHỤ LỤC\b"
              r"|\d+(?:\.\d+)*\s*[.)]\s+" + _UP +
              r"|[a-zđ]\)\s|[IVX]+\s*[.\-–]\s+" + _UP +
              r"|[-–+•]\s+\S"
              r"|(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?\s+" + _UP)
_BREAK = re.compile(
    r"(?<![ \t])[ \t]++(?=" + _MARKUP + r"(?:" + _ANYWHERE + r")|\|[ \t]*+[^\s|])"   # (and a table's cell)
    r"|(?<=[.;:!?…)\]*|”\"])[ \t]++(?=" + _MARKUP + r"(?:" + _AFTER_END + r"))"
    # the type heading after the header's date or its markup, before its title ("năm 2013 QUYẾT ĐỊNH Về việc …")
    r"|(?<=[\d*|])[ \t]++(?=" + _MARKUP + r"(?:" + TYPE_WORDS + r")\b" + _MARKUP + r"\s*(?:" + _UP + "{2}|Về|V/v|về))"
    # the place before its date: "Hà Tĩnh, ngày 24 tháng 11 năm 2025", "… Hà Nội, ngày 29/10/2013"
    r"|(?<!" + _LOW + r")(?<![ \t])[ \t]++(?=" + _MARKUP + r"(?:" + _UP + _LOW + r"+[ \t]+){0,3}" + _UP + _LOW +
    r"+,[ \t]*ngày[ \t]+\d{1,2}[ \t]*(?:tháng|/))"
    # the issuer's block before the national or the Party line: a run of capitals, markup and rules
    r"|(?<![" + re.escape(CAPITAL_LETTERS) + r"*_|\-–])(?<![ \t])[ \t]++(?=" + _MARKUP + _UP + r"[" + re.escape(CAPITAL_LETTERS) +
    r"0-9 \t*_|\-–.,]{2,150}?[ \t*_|\-–]+(?:" + _MOTTO + "|" + _PARTY + r")\b)")
# a line also ends after the motto's second line, the Party line and the enacting formula
_BREAK_AFTER = re.compile(r"(?:" + _INDEPENDENCE + r"\s*[-–]\s*Hạnh phúc|" + _PARTY + "|" + _MOTTO +
                          r"|" + _HEAD + r"(?:[ \t]+\d{1,4}(?![\d.,)/]))?"          # (its page number after it)
                          r"|Thời gian ký[ \t]*:[ \t]*[\d./\- ]{1,24}[\d:]{1,10}(?:[ \t]*[+-]\d\d:\d\d)?"
                          # the type heading before a title in small letters ("THÔNG TƯ Ban hành Danh mục …")
                          r"|(?<![^\s*_|])(?:" + TYPE_WORDS + r")(?=[ \t]+(?!Số\b)" + _UP + _LOW + ")"
                          r"|(?:" + TYPE_WORDS + r")\s*:)[*_|]*([ \t])")
# the starts only a flattened page holds on one line: two of them make a long line a flattened page
_STRONG = re.compile(_MOTTO + "|" + _INDEPENDENCE + "|" + _PARTY + r"|Căn cứ\s|(?<=[.;:*])\s++\**Điều\s+\d+\s*[.:]"
                     r"|Nơi nhận\s*:|Kính gửi\b|Số\s*:|" + _SITE_LABEL +
                     r"|(?:" + TYPE_WORDS + r")\s*:")


CAPS_LINE_MAX = 300     # a title's line of capitals is shorter (the look back stays bounded: a line of "Căn cứ …, "
#                        repeated is read in linear time)


def _cue_after_caps(text: str) -> str:
    """A scan's line break lost between a title's last line in capitals and the first "Căn cứ" ("… SỐ 27/2001/QH10
    CÓ HIỆU LỰC Căn cứ Luật Tổ chức chính quyền địa phương số …"): the blank before "Căn cứ" becomes the break, when
    everything before it on its line is in capitals (two words at least) and a capital follows it."""
    out = None
    i = text.find("Căn cứ ")
    while i >= 0:
        k = text.rfind("\n", max(0, i - CAPS_LINE_MAX), i) + 1
        before = text[k:i]
        if ((k or i <= CAPS_LINE_MAX) and before.endswith((" ", "\t")) and text[i + 7:i + 8].isupper()
                and len(before.split()) >= 2 and not any(map(str.islower, before)) and any(map(str.isalpha, before))):
            if out is None:
                out = list(text)
            out[i - 1] = "\n"
        i = text.find("Căn cứ ", i + 7)
    return text if out is None else "".join(out)


# A double-spaced text: a blank line under every line (a converter or an OCR engine that writes one per line of the
# page).  Layout and the header read a blank line as the end of a paragraph or of a header's block, so such a text
# loses its wrap width (no line goes on straight into the next: a short line no longer ends its paragraph, "… số
# 30/2023/QH15⏎⏎Bãi bỏ khoản 2 …" read as one sentence) and its header's blocks (the own number was not read).  The
# project's real texts have at most 72% of their lines so followed (a scanned gazette's empty pages), most under 20%.
DOUBLE_SHARE = 0.9
DOUBLE_MIN = 20         # lines of text, at least
DOUBLE_HEAD = 20000     # the characters first looked at: a text double-spaced throughout is so in its head


def undouble(text: str) -> str:
    """``text`` with the blank line under each of its lines taken into that line's end when it is double-spaced
    (``DOUBLE_SHARE`` of its lines of text followed by a blank line), the same length: "A⏎⏎B" -> "A ⏎B", and a run
    of blank lines (a paragraph's end) one blank line shorter, "A⏎⏎⏎B" -> "A ⏎⏎B"; ``text`` itself otherwise."""
    head = text[:DOUBLE_HEAD]       # (nearly every text stops here, after three scans of its head)
    if (head.count("\n\n") + head.count("\n \n")) * 3 < head.count("\n"):
        return text
    lines = text.split("\n")
    blank = [not line.strip() for line in lines]
    texts = sum(1 for b in blank[:-1] if not b)
    followed = sum(1 for i in range(len(lines) - 1) if not blank[i] and blank[i + 1])
    if texts < DOUBLE_MIN or followed < DOUBLE_SHARE * texts:
        return text
    out, i = [], 0
    while i < len(lines):
        if i + 1 < len(lines) and not blank[i] and blank[i + 1]:
            out.append(lines[i] + " " + lines[i + 1])       # the line break becomes a blank at the line's end
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def rebreak(text: str) -> str:
    """``text`` with its flattened lines broken where a document's parts start (the same length; ``text`` itself
    when no line is flattened, the case of nearly every text), and a double-spaced text single-spaced
    (``undouble``).

    ``rebreak("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc … Căn cứ Luật …; Căn cứ …")`` puts
    each of them on its own line; so a title's capitals and a "Căn cứ" glued on one line (``_cue_after_caps``)."""
    text = _cue_after_caps(undouble(text))
    half = LONG // 2
    n = len(text)
    find = text.find
    # a line of LONG characters holds a whole window [i, i + half) for some i in the steps of half: a few probes
    # per text, each stopped by a line break within a line's length
    if all(find("\n", i, i + half) >= 0 for i in range(0, n - half + 1, half)):
        return text
    chars = None
    at = 0
    for line in text.split("\n"):
        if len(line) >= LONG and len(list(itertools.islice(_STRONG.finditer(line), 2))) == 2:
            if chars is None:
                chars = list(text)
            for m in _BREAK.finditer(line):
                chars[at + m.end() - 1] = "\n"
            for m in _BREAK_AFTER.finditer(line):
                chars[at + m.start(1)] = "\n"
        at += len(line) + 1
    return text if chars is None else "".join(chars)

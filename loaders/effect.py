"""Effect: when the file's own document takes effect and when it ceases, read from its effect clause.

A normative document says it of itself, in its effect article ("Điều N. Hiệu lực thi hành") or its last
sentence, always with "<type word> này" as the subject:

* "Nghị định này có hiệu lực thi hành từ ngày 30 tháng 10 năm 2025."             -> effective 2025-10-30
* "Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế …" -> effective 2024-08-01
* "Quy định này có hiệu lực từ ngày ký ban hành" / "… từ ngày ký"                -> effective = the own date
* "Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký ban hành"                    -> own date + 45 days
* "Nghị quyết này … hết hiệu lực (thi hành) (kể) từ ngày 31 tháng 12 năm 2025"     -> expires 2025-12-31
* "Nghị định này ngưng hiệu lực từ ngày …"                                        -> expires (suspended until
  a later act says otherwise; the status reads it as the end of its effect)
* "Nghị quyết này … hết hiệu lực khi Luật Đất đai … được sửa đổi" (a condition, no date): no ``expires``,
  the sentence is kept as evidence.

The same words about another document ("Luật … số 18/2008/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực")
are that document's repeal (loaders/relate.py), not this document's effect.  A quoted passage (“1. Luật này
có hiệu lực …”.) belongs to the document it quotes, as does anything in a consolidated text (VBHN), which
reprints the effect clauses of every document it consolidates: those are skipped.

``read_effect(text, own)`` -> ``Effect(effective, expires, evidence, line)``; every field None/"" when the
text says nothing.  Dates are ISO.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from typing import Optional

from vanban.loaders.clean import fix_d, normalize_tones

# The subject: a document type word followed by "này" ("Luật này", "Nghị định này", "Quy định này").
_SUBJECT = (r"(?P<subject>(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư(?:\s+liên\s+tịch)?"
            r"|Quyết\s+định|Chỉ\s+thị|Quy\s+định|Quy\s+chế|Kết\s+luận|Hướng\s+dẫn|Kế\s+hoạch|Văn\s+bản|Thông\s+báo"
            r"|Chương\s+trình|Đề\s+án|Điều\s+lệ)\s+này)")
# A date as the clauses write it: "ngày 01 tháng 8 năm 2024" or "ngày 01/8/2024" (also with "-" or ".").
_DATE = (r"ngày\s+(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
         r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4}))")
# "ngày ký", "ngày ký ban hành", "ngày ban hành": the document's own date.
_SIGNED = r"ngày\s+(?:ký(?:\s+ban\s+hành)?|ban\s+hành)\b"

# "… có hiệu lực (thi hành) (kể) từ ngày …" — the subject may be a few words before ("Luật này và … có hiệu lực")
EFFECTIVE = re.compile(_SUBJECT + r"[^.;:]{0,40}?\bcó\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+"
                       r"(?:(?:kể\s+)?từ\s+(?:" + _DATE + r"|(?P<signed>" + _SIGNED + r"))"
                       r"|sau\s+(?P<after>\d{1,3})\s+ngày,?\s+kể\s+từ\s+(?P<after_signed>" + _SIGNED + r"))", re.I)
# "… hết/ngưng hiệu lực (thi hành) (kể) từ ngày …" or "… hết hiệu lực khi …" (a condition)
EXPIRES = re.compile(r"(?:(?P<verb>hết|ngưng|ngừng)\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+"
                     r"(?:(?:kể\s+)?(?:từ\s+)?(?:" + _DATE + r")|(?P<when>khi\b))"
                     # "… có hiệu lực từ ngày … đến hết ngày 31 tháng 12 năm 2025": in effect up to and including it
                     r"|\bđến\s+hết\s+(?P<through>" + _DATE.replace("?P<", "?P<t_") + r"))", re.I)
_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
# The own effect article's heading: an unquoted one ends any quotation a careless text left open.
_EFFECT_ARTICLE = re.compile(r'(?:^|["”.]\s*)' r"Điều\s+\d+[a-z]?\s*\.\s*(?:Hiệu\s+lực|Điều\s+khoản\s+thi\s+hành|Tổ\s+chức\s+thực\s+hiện"
                             r"|Trách\s+nhiệm\s+thi\s+hành)", re.I)
_FOOTNOTE = re.compile(r"^\s*(?:\[\d+\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


@dataclass(frozen=True)
class Effect:
    effective: Optional[str] = None   # ISO date the own document takes effect
    expires: Optional[str] = None     # ISO date it ceases (hết / ngưng hiệu lực)
    evidence: str = ""                # the sentence(s) stating it
    line: int = 0                     # 1-based line of the (first) sentence


def _iso(m) -> Optional[str]:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    if not d:
        return None
    try:
        return _date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _iso_t(m) -> Optional[str]:
    """The day after "đến hết ngày D" (it ceases at the end of D)."""
    d, mo, y = (m.group("t_d"), m.group("t_m"), m.group("t_y")) if m.group("t_d") else \
        (m.group("t_d2"), m.group("t_m2"), m.group("t_y2"))
    try:
        return (_date(int(y), int(mo), int(d)) + timedelta(days=1)).isoformat()
    except (TypeError, ValueError):
        return None


def _sentence(line: str, start: int) -> str:
    """The sentence of ``line`` around offset ``start`` (a clause runs to its full stop)."""
    a = max(line.rfind(". ", 0, start) + 1, 0)
    b = line.find(". ", start)
    return line[a:b + 1 if b >= 0 else len(line)].strip()


def _own_lines(text: str):
    """(1-based number, line) of the lines that speak for the file's own document: not inside a quotation,
    not a footnote (footnotes of consolidated texts and portals quote other documents)."""
    depth = 0
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if depth and _EFFECT_ARTICLE.search(line):
            depth = 0
        quoted = depth > 0 or line.startswith((_QUOTE_OPEN, '"'))
        depth = max(0, depth + line.count(_QUOTE_OPEN) - line.count(_QUOTE_CLOSE))
        if quoted or _FOOTNOTE.match(line) or line.startswith("["):
            continue
        yield n, line


# What can change a line's part in _own_lines' walk: a quotation mark (the depth), "hiệu lực" (a line read_effect
# reads) and, inside a quotation only, the own effect article's heading (it ends a quotation left open; "Điều" in any
# case, as _EFFECT_ARTICLE reads it).  A line holding none of them leaves the depth as it was and is not read.
_ARTICLE_CUE = re.compile(r"(?i:Điều)")


def _effect_lines(text: str):
    """(1-based number, line) of the lines ``_own_lines`` yields that hold "hiệu lực", the same ones, but visiting
    only the lines that hold a quotation mark or "hiệu lực" (``str.find`` from line to line) and, inside a quotation,
    "Điều", instead of every line: 1 % of the lines of the real corpus.  tests/test_status.py compares it with
    ``_own_lines``; benchmark if changing."""
    depth, n, counted, pos, size = 0, 1, 0, 0, len(text)
    find, count = text.find, text.count
    cues = {_QUOTE_OPEN: -1, _QUOTE_CLOSE: -1, "hiệu lực": -1}    # the next of each at or after pos (size: none)
    while pos < size:
        for cue, at in cues.items():
            if at < pos:
                at = find(cue, pos)
                cues[cue] = at if at >= 0 else size
        at = min(cues.values())
        if depth:
            m = _ARTICLE_CUE.search(text, pos, at)
            if m is not None:
                at = m.start()
        if at >= size:
            return
        a = text.rfind("\n", 0, at) + 1
        b = find("\n", at)
        if b < 0:
            b = size
        n += count("\n", counted, a)
        counted, pos = a, b + 1
        line = text[a:b].strip()
        if depth and _EFFECT_ARTICLE.search(line):
            depth = 0
        quoted = depth > 0 or line.startswith((_QUOTE_OPEN, '"'))
        depth = max(0, depth + line.count(_QUOTE_OPEN) - line.count(_QUOTE_CLOSE))
        if quoted or "hiệu lực" not in line or _FOOTNOTE.match(line) or line.startswith("["):
            continue
        yield n, line


def read_effect(text: str, own=None) -> Effect:
    """The own document's effect dates (see the module doc).  ``own`` (an OwnDocument) gives the date that
    "từ ngày ký" refers to, and tells a consolidated text (no effect of its own) from the rest."""
    own_code = getattr(own, "code", None) or ""
    own_date = getattr(own, "date", None)
    if "VBHN" in own_code.upper():
        return Effect()
    effective = expires = None
    evidence, first_line = [], 0
    # Only lines holding "hiệu lực" can state an effect.  Moving tone marks never makes it ("hiệu lực" has no
    # o/u before a marked vowel, nor a/e/y after one): a line without it as written is skipped, and the text
    # after the last such line is not walked at all.
    last = text.rfind("hiệu lực")
    if last < 0:
        return Effect()
    stop = text.find("\n", last)
    for n, raw in _effect_lines(text if stop < 0 else text[:stop]):     # benchmark if changing
        line = normalize_tones(fix_d(raw))
        m = EFFECTIVE.search(line) if effective is None else None
        said, at = False, None
        if m:
            if m.group("signed") or m.group("after_signed"):
                when = own_date
                if when and m.group("after"):
                    when = (_date.fromisoformat(when) + timedelta(days=int(m.group("after")))).isoformat()
            else:
                when = _iso(m)
            if when:
                effective, said, at = when, True, m.start()
        # an expiry belongs to this document only when "<type> này" is its subject, in the same sentence
        for x in EXPIRES.finditer(line):
            sentence_start = max(line.rfind(". ", 0, x.start()) + 1, 0)
            subject = re.search(_SUBJECT, line[sentence_start:x.start()], re.I)
            if not subject or re.search(r"\bkể\s+từ\s+ngày\s*$|\btừ\s+ngày\s*$", line[sentence_start:x.start()]):
                continue
            # "… hết hiệu lực kể từ ngày Luật này có hiệu lực": the subject must come before, not after, the verb
            if x.group("through"):
                when = _iso_t(x)
            else:
                when = None if x.group("when") else _iso(x)
            if expires is None and when:
                expires = when
            said, at = True, at if at is not None else x.start()
        if said:
            sentence = _sentence(raw if len(raw) == len(line) else line, at)  # type: ignore[arg-type]
            if sentence not in evidence:
                evidence.append(sentence)
            first_line = first_line or n
    return Effect(effective, expires, " ".join(evidence), first_line)

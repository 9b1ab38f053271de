"""Readable answers on a terminal: tables that fit its width, evidence that shows the cited number, a plain
record mode for pagers, and Vietnamese labels.

``render(columns, rows, fmt, width=, focus=, wrap=, lang=)`` -> text.  Formats:

* ``table``: one line per row (``wrap=True``: a long cell continues on the next lines).  The table is made to
  fit ``width``: document ids (``id``, ``source``, ``target``, ``stated_in``, …) are never cut, the other
  columns give up width longest first.  An ``evidence`` cell cut short is a window *around the cited
  number* (``focus``, else a document id of the row found in the sentence), marked with "…" at the cuts.
* ``plain``: one record per block of ``column: value`` lines, every value whole, a blank line between
  records — for ``less`` and ``grep``.
* ``json`` and ``csv`` (in vanban/cli.py) give every value whole.

``lang="vi"`` puts the column names, relations and statuses in Vietnamese (the relation labels are the views'
own, viz/style.py).
"""
from __future__ import annotations

import json
import re
import textwrap
from typing import List, Optional, Sequence

# Columns whose values are document ids (or other keys users paste back): never cut.
ID_COLUMNS = frozenset({"id", "source", "target", "stated_in", "implements", "number", "code", "body", "locality",
                        "province_2025", "name", "file"})
# Columns that keep at least this many characters before any id column would have to give.
MIN_WIDTH = 12

COLUMNS_VI = {
    "id": "số hiệu", "source": "văn bản tác động", "target": "văn bản bị tác động", "relation": "quan hệ",
    "type": "loại", "date": "ngày", "title": "trích yếu", "evidence": "căn cứ (câu trích)", "stated_in": "nêu tại",
    "line": "dòng", "planned": "dự kiến", "depth": "cấp", "implements": "thực hiện văn bản", "status": "tình trạng",
    "scope": "phạm vi", "since": "từ ngày", "issuer": "cơ quan ban hành", "loaded": "đã nạp", "mentions": "số lần nêu",
    "cited_in": "số văn bản nêu", "locality": "địa phương", "province_2025": "tỉnh từ 2025", "first_line": "dòng đầu",
    "number": "số", "documents": "số văn bản", "doubt": "nghi vấn", "code": "số ký hiệu", "target_type": "loại",
    "source_type": "loại", "target_date": "ngày", "source_date": "ngày", "matched": "khớp với", "score": "điểm",
    "rule": "quy tắc",
}
STATUS_VI = {
    "in force": "còn hiệu lực", "amended": "đã được sửa đổi, bổ sung", "partly repealed": "bị bãi bỏ một phần",
    "replaced": "bị thay thế", "repealed": "bị bãi bỏ", "suspended": "bị đình chỉ", "expired": "hết hiệu lực",
    "not yet in force": "chưa có hiệu lực", "unknown": "chưa rõ (văn bản đã nạp không nói)",
}


def _relations_vi() -> dict:
    from vanban.viz.style import RELATIONS
    out = {k: v[0] for k, v in RELATIONS.items()}
    out.update({"EFFECTIVE": "có hiệu lực", "EXPIRES": "hết hiệu lực"})
    return out


def cell(value) -> str:
    """One value as table text: booleans as true/false, lists joined, whitespace single."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return " ".join(str(value).split())


def translate(columns: Sequence[str], rows: List[list], lang: str):
    """(labels of the columns, rows with relation/status values) in ``lang`` ("en": as they are)."""
    if lang != "vi":
        return list(columns), rows
    rel = _relations_vi()
    out = []
    for row in rows:
        new = []
        for c, v in zip(columns, row):
            if c == "relation" and isinstance(v, str):
                v = rel.get(v, v)
            elif c == "status" and isinstance(v, str):
                v = STATUS_VI.get(v, v)
            new.append(v)
        out.append(new)
    return [COLUMNS_VI.get(c, c) for c in columns], out


def number_pattern(ident: str) -> Optional[re.Pattern]:
    """A regex finding a document number as texts write it: any dash, spaces around separators, Đ/D/Ð, any
    case.  ``number_pattern("21-NQ/TW").search("Nghị quyết số 21 – NQ/TW")`` matches."""
    number = str(ident or "").split("@")[0].strip()
    if not number or not re.search(r"\d", number):
        return None
    parts = []
    for ch in number:
        if ch in "-–—/":
            parts.append(r"\s*[-–—/]\s*" if ch != "/" else r"\s*/\s*")
        elif ch in "ĐđÐD":
            parts.append("[ĐđÐDd]")
        elif ch.isspace():
            parts.append(r"\s*")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<![\w/])" + "".join(parts) + r"(?![\w])", re.I)


def excerpt(text: str, width: int, focus: Sequence[str] = ()) -> str:
    """``text`` cut to ``width`` characters around the first of ``focus`` it contains (else its start)."""
    text = cell(text)
    if len(text) <= width:
        return text
    if width < 2:
        return text[:width]
    at = None
    for ident in focus:
        pat = number_pattern(ident)
        m = pat.search(text) if pat else None
        if m:
            at = (m.start(), m.end())
            break
    if at is None or at[1] <= width - 1:
        return text[:width - 1] + "…"
    # centre the number, keep the cut marks inside the width
    span = at[1] - at[0]
    before = max(0, (width - 2 - span) // 2)
    start = max(1, at[0] - before)
    space = text.find(" ", start, min(at[0], start + 12))     # start on a word, not inside one
    if space > 0:
        start = space + 1
    end = start + width - 2
    if end >= len(text):
        end = len(text)
        start = max(1, end - (width - 1))
        return "…" + text[start:end]
    return "…" + text[start:end] + "…"


# A column narrower than this is no use: below it, `evidence` moves under its row (indented) instead.
BELOW_UNDER = 40
# Short columns (status words, dates, line numbers) keep their width like the ids.
SHORT = 16


def _fit(columns, cells, width: int) -> List[int]:
    """Column widths: ids and short columns keep theirs, the long ones share what is left (water-filling)."""
    natural = [max([len(str(c))] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    flex = [i for i, c in enumerate(columns) if c not in ID_COLUMNS and natural[i] > SHORT]
    fixed = sum(natural[i] for i in range(len(columns)) if i not in flex) + 2 * (len(columns) - 1)
    budget = width - fixed
    widths = list(natural)
    if sum(natural[i] for i in flex) <= budget:
        return widths
    left = sorted(flex, key=lambda i: natural[i])
    while left:
        share = budget // len(left)
        i = left[0]
        floor = max(MIN_WIDTH, len(str(columns[i])))
        widths[i] = max(min(natural[i], share), min(floor, natural[i]))
        budget -= widths[i]
        left.pop(0)
    return widths


def table(columns, rows, *, width: int = 100, focus: Sequence[str] = (), wrap: bool = False,
          labels: Optional[Sequence[str]] = None) -> str:
    """An aligned table that fits ``width`` (see the module doc); ``labels`` are the headers to print (the
    columns' names by default)."""
    columns = list(columns)
    names = dict(zip(columns, labels or columns))
    cells = [[cell(v) for v in row] for row in rows]
    under = None
    if "evidence" in columns:
        k = columns.index("evidence")
        widths = _fit(columns, cells, width)
        if widths[k] < min(BELOW_UNDER, max(len(r[k]) for r in cells) if cells else 0):
            under = [r[k] for r in cells]
            columns = columns[:k] + columns[k + 1:]
            cells = [r[:k] + r[k + 1:] for r in cells]
    widths = _fit([names[c] for c in columns], cells, width)
    widths = [max(w, 0) for w in widths]
    id_values = [i for i, c in enumerate(columns) if c in ID_COLUMNS and c != "stated_in"]
    lines = ["  ".join(str(names[c]).ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    if under is not None:
        lines[0] += f"  ({names['evidence']}: below each row)"
    for n, row in enumerate(cells):
        row_focus = list(focus) + [row[i] for i in id_values]
        if wrap:
            parts = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""]
                     if len(c) > w and columns[i] not in ID_COLUMNS else [c] for i, (c, w) in enumerate(zip(row, widths))]
            for k in range(max(len(p) for p in parts)):
                lines.append("  ".join((p[k] if k < len(p) else "").ljust(w) for p, w in zip(parts, widths)).rstrip())
        else:
            out = []
            for i, (c, w) in enumerate(zip(row, widths)):
                if len(c) > w and columns[i] not in ID_COLUMNS:
                    c = excerpt(c, w, row_focus if columns[i] == "evidence" else ())
                out.append(c.ljust(w))
            lines.append("  ".join(out).rstrip())
        if under is not None and under[n]:
            room = max(BELOW_UNDER, width - 6)
            if wrap:
                lines += ["    " + part for part in textwrap.wrap(f"“{under[n]}”", room)]
            else:
                lines.append(f"    “{excerpt(under[n], room, row_focus)}”")
    return "\n".join(lines)


def plain(columns, rows) -> str:
    """One record per block, ``column: value``, every value whole; blank lines between records."""
    pad = max((len(str(c)) for c in columns), default=0) + 1
    blocks = []
    for row in rows:
        blocks.append("\n".join(f"{(str(c) + ':').ljust(pad)} {cell(v)}".rstrip() for c, v in zip(columns, row)))
    return "\n\n".join(blocks)

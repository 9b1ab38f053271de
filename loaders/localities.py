"""Locality mentions: the province names of a text that are places, not parts of a body's name.

It needs both the gazetteer matches (``places``) and the body mentions (``bodies``), which itself reads the
places; it sits above both so neither imports the other back.
"""
from __future__ import annotations

from typing import Optional, Sequence

from vanban.loaders.bodies import find_bodies
from vanban.loaders.models import LocalityMention
from vanban.loaders.places import LineIndex, SpanIndex, _keep, line_index, prepare, province_spans, to_original


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
        bodies = find_bodies(text, lines=lines, cleaned=cleaned)
    body_spans = SpanIndex((b.start, b.end) for b in bodies)
    t, positions = prepare(text, cleaned)
    kept = []
    prev_end = -1
    for span in province_spans(t):
        start, end = to_original(positions, span.start, span.end)
        inside = body_spans.contains(start, end)
        keep = inside or _keep(t, span, prev_end)
        prev_end = span.end
        if keep:
            kept.append((span, start, end, inside))
    where = lines.locate([start for _, start, _, _ in kept])
    return [LocalityMention(span.province.name, text[start:end], line, start, end, inside, note)
            for (span, start, end, inside), (line, note) in zip(kept, where)]

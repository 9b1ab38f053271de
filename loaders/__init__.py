"""The loaders: read -> clean -> find -> resolve -> relate, plus places, bodies and the file's own header.

    >>> from vanban.loaders import extract
    >>> x = extract("examples/000_4359cb3ac2b76893.txt")      # doctest: +SKIP
    >>> x.document.id, len(x.mentions)                          # doctest: +SKIP
    ('188-BC/BTCTW', 250)

Each stage is a small public function in its own module; ``extract_text`` strings them together.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Union

from vanban.domain.dates import parse_date
from vanban.domain.numbers import normalize_number
from vanban.errors import InputError, VanbanError
from vanban.loaders.models import Document, Extraction, Mention, OwnDocument, Relation

__all__ = ["extract", "extract_text", "extract_paths", "summary"]


def extract_text(text: str, *, file: str = "<text>", sha256: str = "", encoding: str = "utf-8") -> Extraction:
    """Run the whole pipeline on decoded text.  Offsets in the result point into ``text``."""
    # The stages are imported here, not at the top: compiling their patterns takes ~1.5 s, which every
    # importer of vanban.loaders.models (the graph layer, `vanban query`) would otherwise pay.
    from vanban.loaders.bodies import find_bodies
    from vanban.loaders.find import find_mentions
    from vanban.loaders.header import read_header
    from vanban.loaders.localities import find_localities
    from vanban.loaders.relate import own_relations, relate
    from vanban.loaders.resolve import documents, resolve
    from vanban.loaders.segment import segment

    from vanban.loaders.clean import clean
    from vanban.loaders.layout import layout
    from vanban.loaders.places import line_index
    cleaned = clean(text)
    lay = layout(cleaned)
    masked = lay.mask(cleaned)                 # chrome, running heads, stamps and markup blanked: same length
    seg = segment(masked, original=text, wrapped=lay.wrapped)   # offsets stay the original's
    own = _with_site_metadata(read_header(masked, start=lay.start, end=lay.end), lay.site)
    found = find_mentions(seg)
    from vanban.loaders.resolve import province_in
    resolve(found, seg=seg, own_code=own.code, own_date=own.date, province=province_in(own.issuer))
    own = _own_from_mentions(own, found, seg)
    own = _with_effect(own, text)
    rels = own_relations(seg, found, relate(seg, found, own_id=own.id), own, lay)

    mentions = []
    for f in found:
        unit = seg.units[f.unit]
        a, b = unit.to_original(f.vstart), unit.to_original(f.vend)
        line = seg.line_of(a)
        s0, s1 = _sentence_span(unit, f.vstart)
        mentions.append(Mention(
            id=f.id, code=f.code, type=f.type, date=f.date, issuer=f.issuer, subject=f.subject, line=line,
            start=a, end=b, surface=text[a:b], footnote=unit.footnote, planned=bool(f.planned), draft=bool(f.draft),
            alias=bool(f.alias), candidates=tuple(f.candidates), rule=f.rule,
            evidence=unit.raw[s0:s1], evidence_start=unit.to_original(s0), evidence_end=unit.to_original(s1)))
    relations = []
    for r in rels:
        unit = seg.units[r.unit]
        a, b = unit.to_original(r.vstart), unit.to_original(r.vend)
        relations.append(Relation(source=r.source, relation=r.relation, target=r.target, planned=r.planned,
                                  line=seg.line_of(a), evidence=unit.raw[r.vstart:r.vend], rule=r.rule, start=a, end=b,
                                  scope=r.scope, partial=r.partial))
    if own.copy is not None and own.copy.id and own.id:
        relations.append(Relation(source=own.copy.id, relation="CITES", target=own.id, planned=False,
                                  line=_line_of_word(seg, own.copy.form), evidence=own.copy.form,
                                  rule="copy:" + own.copy.form))
    lines = line_index(text)
    province = province_in(own.issuer)
    bodies = tuple(find_bodies(text, lines=lines, province=province, cleaned=masked))
    spans_of_line = {}
    localities = tuple(_with_sentence(seg, text, loc, spans_of_line) for loc in find_localities(text, lines=lines, bodies=bodies, cleaned=masked))
    return Extraction(file=file, document=own, mentions=tuple(mentions), relations=tuple(relations),
                      localities=localities, bodies=bodies, documents=_documents(own, found),
                      sha256=sha256, encoding=encoding)


def _with_site_metadata(own: OwnDocument, site: dict) -> OwnDocument:
    """A web page whose text lacks the document's header: the site's metadata table fills what is missing."""
    if not site:
        return own
    changes = {}
    if not own.code and site.get("number") and re.fullmatch(r"\d+[\w/.&-]*[/-][\w/.&-]+", site["number"].replace(" ", "")):
        changes["code"] = changes["id"] = normalize_number(site["number"])
    if not own.type and site.get("type"):
        changes["type"] = site["type"]
    if not own.date and site.get("date"):
        changes["date"] = parse_date(site["date"])
    if not own.issuer and site.get("issuer"):
        changes["issuer"] = site["issuer"]
    return replace(own, **changes) if changes else own


def _documents(own: OwnDocument, found) -> tuple:
    """Every document the file names, merged from evidence; the header's facts win for its own document."""
    from vanban.loaders.resolve import documents
    out = {r.id: r for r in documents(found)}
    heads = [(own.id, own.code, own.type, own.date, own.issuer, own.title)]
    if own.copy is not None and own.copy.id:
        c = own.copy
        heads.append((c.id, c.code, TYPE_OF_COPY, c.date, c.issuer, None))
    for ident, code, typ, date, issuer, title in heads:
        if not ident:
            continue
        prev = out.get(ident)
        out[ident] = Document(id=ident, code=code, type=typ or (prev and prev.type), date=date or (prev and prev.date),
                              issuer=issuer or (prev and prev.issuer), title=title or (prev and prev.title),
                              aliases=prev.aliases if prev else (), mention_count=prev.mention_count if prev else 0,
                              own=True)
    return tuple(out[k] for k in sorted(out))


TYPE_OF_COPY = "Bản sao"


def _with_sentence(seg, text, loc, spans_of_line):
    """A locality mention with the sentence that names it (the evidence of its MENTIONS edge)."""
    from vanban.loaders.segment import sentences
    base = seg.line_starts[loc.line - 1]
    stop = text.find("\n", base)
    line = text[base:stop if stop >= 0 else len(text)]
    if loc.line not in spans_of_line:
        spans_of_line[loc.line] = sentences(line)
    for s, e in spans_of_line[loc.line]:
        if s <= loc.start - base < e:
            return replace(loc, evidence=line[s:e], evidence_start=base + s, evidence_end=base + e)
    return replace(loc, evidence=line, evidence_start=base, evidence_end=base + len(line))


def _sentence_span(unit, v: int):
    for s, e in unit.sentences:
        if s <= v < e:
            return s, e
    return 0, len(unit.text)


def _line_of_word(seg, word: str) -> int:
    k = seg.original.rfind(word)
    return seg.line_of(k) if k >= 0 else 0


def _with_effect(own: OwnDocument, text: str) -> OwnDocument:
    """The own document with the dates of its effect clause (loaders/effect.py)."""
    from dataclasses import replace
    from vanban.loaders.effect import read_effect
    e = read_effect(text, own)
    return replace(own, effective=e.effective, expires=e.expires, effect=e.evidence, effect_line=e.line)


def _own_from_mentions(own: OwnDocument, found, seg) -> OwnDocument:
    """The header's own number is also a mention ("Số 188 -BC/BTCTW"); give it the header's identity."""
    for f in found:
        if f.kind == "self" and own.code and f.code == own.code:
            f.id = own.id
    return own if own.id or not own.code else replace(own, id=own.code)


# One official document is at most a few MB of text; a bigger file is a corpus dump or not a document.
# Refusing it up front keeps `vanban load` responsive; the limit can be raised (env VANBAN_MAX_MB).
MAX_MB = None          # None: VANBAN_MAX_MB, else 20; a number set here wins (tests, embedding programs)
DEFAULT_MAX_MB = 20.0


def max_mb() -> float:
    """The size limit in MB: MAX_MB, else the environment's VANBAN_MAX_MB, else 20.  A value that is not a
    positive number is a ConfigError naming it and the fix (read when used, so a bad value never breaks import)."""
    import math

    from vanban.errors import ConfigError
    if MAX_MB is not None:
        return MAX_MB
    raw = os.environ.get("VANBAN_MAX_MB", "").strip()
    if not raw:
        return DEFAULT_MAX_MB
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not (value > 0 and math.isfinite(value)):
        raise ConfigError(f"VANBAN_MAX_MB={raw!r} is not a positive number of megabytes; set it like "
                          f"VANBAN_MAX_MB=50, or unset it for the default {DEFAULT_MAX_MB:g}")
    return value


def extract(path: Union[str, Path], *, encoding: Optional[str] = None, max_mb: Optional[float] = None) -> Extraction:
    """Read one file and run the pipeline.  Raises ``InputError`` naming the file for unreadable input."""
    from vanban.loaders.read import read_text
    limit = globals()["max_mb"]() if max_mb is None else max_mb
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0                                   # read_text reports a missing file with its own message
    if size > limit * 1e6:
        raise InputError(path, f"is {size / 1e6:.0f} MB, more than one document (limit {limit:g} MB)",
                         "split it into one file per document, or raise the limit with VANBAN_MAX_MB")
    decoded = read_text(path, encoding=encoding)
    return extract_text(decoded.text, file=str(path), sha256=decoded.sha256, encoding=decoded.encoding)


def extract_paths(paths: Iterable[Union[str, Path]], *, encoding: Optional[str] = None
                  ) -> Iterator[Union[Extraction, VanbanError]]:
    """Extract every file under ``paths`` (files, folders, globs); a bad file yields its error, the rest go on."""
    from vanban.loaders.read import iter_paths
    for p in iter_paths(paths):
        try:
            yield extract(p, encoding=encoding)
        except VanbanError as e:
            yield e


def summary(x: Extraction) -> str:
    """A readable summary of one extraction (what ``vanban extract`` prints without --json)."""
    d = x.document
    lines = [f"{x.file}: {d.type or '?'} {d.id or '(no number)'}"
             + (f", {d.date}" if d.date else "") + (f", {d.issuer}" if d.issuer else "")]
    if d.title:
        lines.append(f"  title: {d.title}")
    if d.copy:
        lines.append(f"  copy: {d.copy.form} {d.copy.id or ''} {d.copy.date or ''} {d.copy.issuer or ''}".rstrip())
    ids = sorted({m.id for m in x.mentions if m.id != d.id})
    lines.append(f"  {len(x.mentions)} mentions of {len(ids)} documents, {len(x.relations)} relations, "
                 f"{len(x.localities)} locality mentions, {len(x.bodies)} body mentions")
    for r in x.relations:
        if not r.source.startswith("IMPLICIT:"):
            lines.append(f"  {r.source} {r.relation} {r.target}{' (planned)' if r.planned else ''}  [line {r.line}]")
    return "\n".join(lines)

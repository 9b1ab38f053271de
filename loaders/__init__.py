"""The loaders: read -> clean -> find -> resolve -> relate, plus places, bodies and the file's own header.

    >>> from vanban.loaders import extract
    >>> x = extract("examples/000_4359cb3ac2b76893.txt")      # doctest: +SKIP
    >>> x.document.id, len(x.mentions)                          # doctest: +SKIP
    ('188-BC/BTCTW', 250)

Each stage is a small public function in its own module; ``extract_text`` strings them together.
"""
from __future__ import annotations

import bisect
import functools
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from vanban.domain.codes import ISSUERS, TYPE_CODES, is_local_code
from vanban.domain.dates import parse_date
from vanban.domain.gazetteer import local_unit
from vanban.domain.numbers import issuer_from_code, normalize_number, number_from_file_name, split_code, type_from_code
from vanban.errors import InputError, VanbanError
from vanban.loaders.models import Document, Extraction, Mention, OwnDocument, Relation

__all__ = ["extract", "extract_bytes", "extract_text", "extract_paths", "summary", "EVIDENCE_MAX",
           "MAX_MENTIONS_PER_SENTENCE"]


def extract_text(text: str, *, file: str = "<text>", sha256: str = "", encoding: str = "utf-8") -> Extraction:
    """Run the whole pipeline on decoded text.  Offsets in the result point into ``text``."""
    # The stages are imported here, not at the top: compiling their patterns takes ~1.5 s, which every
    # importer of vanban.loaders.models (the graph layer, `vanban query`) would otherwise pay.
    from vanban.loaders.bodies import find_bodies
    from vanban.loaders.clean import clean
    from vanban.loaders.find import find_mentions, settle_damaged
    from vanban.loaders.header import read_header
    from vanban.loaders.layout import layout
    from vanban.loaders.localities import find_localities
    from vanban.loaders.places import line_index
    from vanban.loaders.rebreak import rebreak
    from vanban.loaders.relate import own_relations, relate
    from vanban.loaders.resolve import LawTitles, resolve
    from vanban.loaders.segment import line_starts_of, segment
    lap = _stage_clock()
    cleaned = clean(text)
    flat = rebreak(cleaned)                    # a page that lost its line breaks: they are put back (same length)
    lap("clean")
    lay = layout(flat)
    masked = lay.mask(flat)                    # chrome, running heads, stamps and markup blanked: same length
    lap("layout")
    title = next(((masked.find("\n", a) + 1, b) for name, a, b in lay.parts if name == "title"), None)
    seg = segment(masked, original=text, wrapped=lay.wrapped, notes=lay.notes,  # offsets stay the original's
                  breaks=[a for _, a, _ in lay.parts], title=title if title and 0 < title[0] < title[1] else None,
                  width=lay.width, width_from=next((a for name, a, _ in lay.parts if name in ("preamble", "body")),
                                                   lay.start))
    if flat is not cleaned:
        seg.report_starts = line_starts_of(text.split("\n"))
    lap("segment")
    own = _with_site_metadata(read_header(masked, start=lay.start, end=lay.end), lay.site)
    if own.signer is None:
        own = _own_from_signature_part(own, masked, lay)
    lap("header")
    found = find_mentions(seg)
    settle_damaged(found, own.code)            # OCR-damaged numbers: the reading the text proves, or the doubt
    notes = []
    if own.code is None:
        # "Số: I7 /2024/QĐ-UBND": the header's own number damaged by OCR, read as the text proves it
        damaged = next((f for f in found if f.kind == "self" and f.rule.startswith("number:ocr") and f.code), None)
        if damaged is not None:
            own = replace(own, code=damaged.code, id=damaged.code)
            if damaged.rule == "number:ocr-doubt":
                notes.append(f"the own number is OCR-damaged; read as {damaged.code} (not proven by the text): "
                             "check the scan")
    if own.code is None:
        own = _own_from_title_line(own, found, seg, lay.start)
    if own.code is None:
        own = _own_from_full_text_lead(own, found, seg, masked, lay.start)
    if own.code is None:
        own = _own_from_annex(own, found, seg)
    if own.code is None:
        own, note = _own_from_blank_field(own, flat, lay.start, file)   # (the lines above the header: unmasked)
        if own.code is not None:
            found = _without_field_garble(found, seg, flat, lay.start)
        if own.code is None:
            own, note = _own_from_file_name(own, file)
        notes.extend(note)
    if own.date is None and own.code and file:
        own, note = _date_from_file_name(own, flat, lay.start, file)
        notes.extend(note)
    lap("find")
    from vanban.loaders.resolve import province_in
    # the province of the file's body: its name's, else the body the header names above it ("ĐẢNG BỘ TỈNH QUẢNG NAM"
    # over "HUYỆN ỦY ĐẠI LỘC", "UBND TỈNH LÀO CAI" over "SỞ Y TẾ"), else its place-date's; its unit below the province,
    # which qualifies its own number before the province does (resolve.local_qualifier's order)
    province = province_in(own.issuer) or province_in(own.parent) or _place_province(own)
    unit = own_unit = local_unit(own.issuer) or local_unit(own.parent)
    resolve(found, seg=seg, own_code=own.code, own_date=own.date, province=province, unit=unit)
    own = _own_from_mentions(own, found, seg)
    own = _with_province(own, found, unit or province)
    lap("resolve")
    own = _with_effect(own, text)
    lap("effect")
    ev = _Evidence(seg)
    related = ev.cap_mentions(found)           # relations are read among the first MAX_MENTIONS_PER_SENTENCE
    acting = own
    if own.id is None and own.type:
        # the header names a document whose number OCR garbled past reading: its preamble's bases and its acts are
        # still its own, under the name the graph gives a file without a number (graph.build.file_doc_id)
        acting = replace(own, id=f"FILE:{Path(file).name}")
    laws = LawTitles(related, seg.units)          # (the laws the file numbers, to read where it names them by title)
    cued = relate(seg, related, own_id=acting.id, laws=laws)
    lap("relate")
    rels = own_relations(seg, related, cued, acting, lay, laws=laws)
    if acting is not own and any(r.source == acting.id for r in rels):
        notes.append(f"the own number could not be read; the document's relations are named {acting.id}: "
                     "check the scan")
    lap("own_relations")

    mentions = []
    units, line_of, around = seg.units, seg.line_of, ev.around
    # A sentence of at most EVIDENCE_MAX characters is the evidence of each of its mentions: its string and
    # original span are found once (a third of the mentions share a sentence: saves around() and two to_original)
    shared: dict = {}
    # (each mention's sentence as cap_mentions found it: the same unit and offset, asked once)
    for f, sentence in zip(found, ev.sentences_of(found)):
        unit = units[f.unit]
        to_original = unit.to_original
        a, b = to_original(f.vstart), to_original(f.vend)
        key = (f.unit, sentence)
        got = shared.get(key)
        if got is None:
            s0, s1, evidence = around(f.unit, sentence[0], sentence[1], f.vstart, at_end=f.vend)
            got = (evidence, to_original(s0), to_original(s1))
            if sentence[1] - sentence[0] <= EVIDENCE_MAX:       # (a longer one's window depends on the mention)
                shared[key] = got
        evidence, evidence_start, evidence_end = got
        mentions.append(Mention(
            id=f.id, code=f.code, type=f.type, date=f.date, issuer=f.issuer, subject=f.subject,
            line=line_of(a),
            start=a, end=b, surface=text[a:b], footnote=unit.footnote, planned=bool(f.planned), draft=bool(f.draft),
            alias=bool(f.alias), candidates=tuple(f.candidates), rule=f.rule,
            evidence=evidence, evidence_start=evidence_start, evidence_end=evidence_end))
    relations = []
    for r in rels:
        # (most relations' span is a sentence: its evidence was found for its mentions or another relation)
        key = (r.unit, (r.vstart, r.vend))
        got = shared.get(key)
        if got is None:
            unit = seg.units[r.unit]
            s0, s1, evidence = ev.around(r.unit, r.vstart, r.vend, ev.position_of(r, found))
            got = (evidence, unit.to_original(s0), unit.to_original(s1))
            if r.vend - r.vstart <= EVIDENCE_MAX:
                shared[key] = got
        evidence, a, b = got
        relations.append(Relation(source=r.source, relation=r.relation, target=r.target, planned=r.planned,
                                  line=seg.line_of(a), evidence=evidence, rule=r.rule, start=a, end=b,
                                  scope=_unmarked(r.scope), partial=r.partial))
    if own.copy is not None and own.copy.id and own.id:
        relations.append(Relation(source=own.copy.id, relation="CITES", target=own.id, planned=False,
                                  line=_line_of_word(seg, own.copy.form), evidence=own.copy.form,
                                  rule="copy:" + own.copy.form))
    lap("evidence")
    lines = line_index(text)
    province = province_in(own.issuer)
    bodies = tuple(find_bodies(text, lines=lines, province=province, cleaned=masked, unit=own_unit))
    lap("bodies")
    spans_of_line = {}  # type: ignore[var-annotated]
    localities = tuple(_with_sentence(seg, text, loc, spans_of_line, ev) for loc in find_localities(text, lines=lines, bodies=bodies, cleaned=masked))
    lap("localities")
    return Extraction(file=file, document=own, mentions=tuple(mentions), relations=tuple(relations),
                      localities=localities, bodies=bodies, documents=_documents(own, found),
                      sha256=sha256, encoding=encoding, warnings=tuple(notes) + tuple(ev.warnings()))


# Per-stage CPU time of extract_text, for bench/bench_extract.py: set a dict here and each stage adds its
# seconds under its name; None (the default) costs one no-op call per stage.
STAGE_TIMES: Optional[dict] = None


def _stage_clock():
    """A ``lap(stage)`` function adding the CPU time since the previous lap to STAGE_TIMES[stage]."""
    times = STAGE_TIMES
    if times is None:
        return _no_lap
    import time
    last = [time.process_time()]

    def lap(stage: str) -> None:
        now = time.process_time()
        times[stage] = times.get(stage, 0.0) + now - last[0]
        last[0] = now
    return lap


def _no_lap(stage: str) -> None:
    return None


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


def _with_sentence(seg, text, loc, spans_of_line, ev=None):
    """A locality mention with the sentence that names it (the evidence of its MENTIONS edge).

    The line, its sentences and their starts are computed once per line (``spans_of_line``), the sentence
    found by bisection, and a long sentence gives a window of EVIDENCE_MAX characters (``ev``)."""
    from vanban.loaders.segment import sentences
    ev = ev or _Evidence(seg)
    if loc.line not in spans_of_line:
        base = seg.report_starts[loc.line - 1]
        stop = text.find("\n", base)
        line = text[base:stop if stop >= 0 else len(text)]
        spans = sentences(line)
        spans_of_line[loc.line] = (base, line, spans, [s for s, _ in spans])
    base, line, spans, starts = spans_of_line[loc.line]
    k = bisect.bisect_right(starts, loc.start - base) - 1
    s, e = spans[k] if k >= 0 and loc.start - base < spans[k][1] else (0, len(line))
    s, e, evidence = ev.around(("line", loc.line), s, e, loc.start - base, line, at_end=loc.end - base)
    return replace(loc, evidence=evidence, evidence_start=base + s, evidence_end=base + e)


# Caps on the work and the output per file (issue 13: "tỉnh Quảng Ninh, " x 8000 on one line gave 1.35 GB of
# JSON because every mention carried its whole sentence).  The longest sentence of a fact in examples/ is
# 2,413 characters and the most references in one sentence 52, so neither cap touches a real document.
EVIDENCE_MAX = 3000             # characters of evidence per fact: a longer sentence gives a window around it
MAX_MENTIONS_PER_SENTENCE = 500  # relations are read among the first 500 references of a sentence


class _Evidence:
    """Sentences and evidence windows of one extraction, computed once per unit and shared.

    A fact's evidence is its sentence; a sentence longer than EVIDENCE_MAX gives instead the window of
    EVIDENCE_MAX characters around the fact, taken from a grid of half-window steps, so that the facts of
    one long sentence share a few strings (memory O(text), not O(facts x sentence)).  Each cut is counted
    and reported once per file in the extraction's ``warnings``.
    """

    def __init__(self, seg):
        self.seg = seg
        self._starts = {}           # unit index -> starts of its sentences
        self._windows = {}          # (unit key, start, end) -> the evidence string
        self.cut = {}               # (unit key, sentence start) -> length of the sentences cut
        self.crowded = []           # (line, references) of the sentences over MAX_MENTIONS_PER_SENTENCE
        self._at = None             # (unit, id) -> starts of its mentions, built when a relation needs it
        self._sentences_of = None   # (mentions, their sentences): sentences_of's last answer

    def sentence(self, ui: int, v: int):
        """The (start, end) of the sentence of unit ``ui`` holding offset ``v`` (the whole unit if none)."""
        unit = self.seg.units[ui]
        if ui not in self._starts:
            self._starts[ui] = [s for s, _ in unit.sentences]
        k = bisect.bisect_right(self._starts[ui], v) - 1
        if k >= 0 and v < unit.sentences[k][1]:
            return unit.sentences[k]
        return 0, len(unit.text)

    def around(self, key, s: int, e: int, at: int, text: Optional[str] = None, at_end: Optional[int] = None):
        """(start, end, evidence): the span [s, e) of ``text`` (unit ``key``'s raw text by default), or when
        it is longer than EVIDENCE_MAX, the grid window of EVIDENCE_MAX characters holding [at, at_end)."""
        if text is None:
            text = self.seg.units[key].raw
        if e - s > EVIDENCE_MAX:
            self.cut[key, s] = e - s
            half = EVIDENCE_MAX // 2
            step = max(0, min(at, e - 1) - s) // half
            start = s + max(0, step - 1) * half
            if at_end is not None and at_end > start + EVIDENCE_MAX:
                start += half                   # the fact runs past the window: the next one holds it whole
            s, e = start, min(e, start + EVIDENCE_MAX)
        k = (key, s, e)
        if k not in self._windows:
            self._windows[k] = text[s:e]
        return s, e, self._windows[k]

    def position_of(self, r, found) -> int:
        """Where in its sentence a relation's target (else its source) is named: the centre of its window."""
        if r.vend - r.vstart <= EVIDENCE_MAX:
            return r.vstart
        if self._at is None:
            self._at = {}
            for f in found:
                self._at.setdefault((f.unit, f.id), []).append(f.vstart)
        for ident in (r.target, r.source):
            at = self._at.get((r.unit, ident), [])
            k = bisect.bisect_left(at, r.vstart)
            if k < len(at) and at[k] < r.vend:
                return at[k]
        return r.vstart

    def sentences_of(self, found) -> list:
        """``[self.sentence(f.unit, f.vstart) for f in found]``, computed once per list of mentions (cap_mentions
        and the mentions' evidence both ask; the mentions' units and offsets do not change in between)."""
        done = self._sentences_of
        if done is not None and done[0] is found and len(done[1]) == len(found):
            return done[1]
        sentence = self.sentence
        out = [sentence(f.unit, f.vstart) for f in found]
        self._sentences_of = (found, out)
        return out

    def cap_mentions(self, found):
        """The mentions relations are read from: at most MAX_MENTIONS_PER_SENTENCE per sentence."""
        count, out = {}, []
        for f, sentence in zip(found, self.sentences_of(found)):
            k = (f.unit, sentence)
            count[k] = count.get(k, 0) + 1
            if count[k] <= MAX_MENTIONS_PER_SENTENCE:
                out.append(f)
        for (ui, (s, _)), n in count.items():
            if n > MAX_MENTIONS_PER_SENTENCE:
                self.crowded.append((self.seg.line_of(self.seg.units[ui].to_original(s)), n))
        return out

    def warnings(self):
        out = []
        if self.cut:
            (key, start), length = max(self.cut.items(), key=lambda c: c[1])
            where = key[1] if isinstance(key, tuple) else self.seg.line_of(self.seg.units[key].to_original(start))
            out.append(f"{len(self.cut)} sentence(s) longer than {EVIDENCE_MAX:,} characters (the longest "
                       f"{length:,}, line {where}): their facts' evidence is the {EVIDENCE_MAX:,} characters "
                       f"around each fact")
        for line, n in self.crowded[:3]:
            out.append(f"line {line}: a sentence with {n:,} references; relations were read among the first "
                       f"{MAX_MENTIONS_PER_SENTENCE} only")
        if len(self.crowded) > 3:
            out.append(f"{len(self.crowded) - 3} more sentences with more than {MAX_MENTIONS_PER_SENTENCE} references")
        return tuple(out)


def _unmarked(scope: Optional[str]) -> Optional[str]:
    """A relation's scope without a web page's emphasis marks: "03 thủ tục hành chính *(số thứ tự 04, 06, 07)*" ->
    "03 thủ tục hành chính (số thứ tự 04, 06, 07)" (the scope is what the user reads; the page's markup is not the
    document's)."""
    if not scope or "*" not in scope:
        return scope
    return " ".join(scope.replace("*", " ").split()).replace("( ", "(").replace(" )", ")") or None


def _line_of_word(seg, word: str) -> int:
    k = seg.original.rfind(word)
    return seg.line_of(k) if k >= 0 else 0


def _with_effect(own: OwnDocument, text: str) -> OwnDocument:
    """The own document with the dates of its effect clause (loaders/effect.py)."""
    from dataclasses import replace

    from vanban.loaders.effect import read_effect
    e = read_effect(text, own)
    return replace(own, effective=e.effective, expires=e.expires, effect=e.evidence, effect_line=e.line)


def _own_from_title_line(own: OwnDocument, found, seg, start: int) -> OwnDocument:
    """A text without a header number that opens with a title line in capitals naming a document by its type word,
    number and date is that document: archives and compilations print a document under such a line in place of its
    header ("NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994 / CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH …"), as a page
    giving a document's text heads it ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ …").  Only the
    document's first unit (``start``: after a website's chrome) in capitals, a mention opening it with its type
    word, and either the header read the line as its type heading (the same type) or a date follows the number: a
    headline in small letters ("Nghị quyết số 57-NQ/TW: những điểm mới") is a page about a document."""
    from vanban.loaders.header import is_caps
    units = seg.units
    first = next((i for i, u in enumerate(units) if u.to_original(0) >= start and u.kind != "footnote"), None)
    if first is not None and own.type and first + 1 < len(units) and _type_alone().fullmatch(units[first].text):
        first += 1                  # the type heading on its own line: the title line under it
    title = min((f for f in found if f.code and f.unit == first), key=lambda f: f.vstart, default=None)
    if title is None or title.kind == "self":
        return own
    text = units[first].text
    if title.vstart == 0:
        named = title.word is not None and (title.date is not None if own.type is None else own.type == title.type)
    else:
        # a gazette's title line of the older form: "[CHỈ THỊ] CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG
        # 6 NĂM 2001 VỀ VIỆC …": the type, its issuer and "SỐ" before the number, its date after it
        named = (title.date is not None and own.type == title.type
                 and _TITLE_ISSUER_NO.fullmatch(text, 0, title.vstart) is not None)
    if not named or not is_caps(_CODES.sub(" ", text[:max(title.ref_end, title.vend)])):
        return own
    title.kind = "self"
    return replace(own, code=title.code, id=title.code, type=own.type or title.type, date=own.date or title.date,
                   issuer=own.issuer or issuer_from_code(title.code))


# A word holding a slash: a document's code, whose small letters ("QĐ-TTg") leave a title line in capitals
_CODES = re.compile(r"\S*/\S*")


@functools.cache
def _type_alone() -> re.Pattern[str]:
    """A unit that is a type heading alone ("CHỈ THỊ"), markup around it (built when first asked: layout's
    patterns are imported by extract_text, not at import)."""
    from vanban.loaders.layout import TYPE_WORDS
    return re.compile(r"[\s*]*(?:" + TYPE_WORDS + r")[\s*]*")
# Before the number of an older gazette title line: its type (when not on a line of its own), "CỦA" and its issuer,
# "SỐ" (``_own_from_title_line``)
_TITLE_ISSUER_NO = re.compile(r"[\s*]*(?:[^\W\d_]+\s+){0,3}?CỦA\s+[^\W\d_][^\d:;.]{1,120}?\s+SỐ\s*:?\s*")


# A press page's lead presenting the document it goes on with: "… trân trọng giới thiệu toàn văn (nội dung) Nghị
# quyết.", "… đăng toàn văn Hướng dẫn." (the press formula of Party and state papers' sites).
_FULL_TEXT_LEAD = re.compile(r"\b(?:giới thiệu|đăng|đăng tải|công bố|đưa)\s+toàn\s+văn\s+(?:(?:nội dung|văn bản|bản)\s+)?"
                             r"(?P<word>[^\W\d_]+(?:\s+[^\W\d_]+)?)")
_LEAD_CHARS = 3000          # the lead stands before the document: at most this far into the text


def _own_from_full_text_lead(own: OwnDocument, found, seg, text: str, start: int) -> OwnDocument:
    """A text without a header number whose lead says it gives the full text of a document of a type ("Ban Tuyên
    giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về … Trang thông tin … trân trọng giới thiệu toàn văn bản Hướng
    dẫn.") is the one document of that type the lead names by number: the page copies it without its header, so its
    preamble's bases are that document's.  Not when the lead names two numbers of the type, nor when the header's
    type is another."""
    from vanban.domain.codes import TYPE_WORDS
    from vanban.loaders.header import canonical_type
    if text.find("toàn", start, start + _LEAD_CHARS) < 0:
        return own
    m = _FULL_TEXT_LEAD.search(text, start, start + _LEAD_CHARS)
    if m is None:
        return own
    word = m.group("word")
    word = next((w for w in (word, word.split()[0]) if w[:1].upper() + w[1:] in TYPE_WORDS), None)
    if word is None:
        return own
    doc_type = canonical_type(word[:1].upper() + word[1:])
    units = seg.units
    lead = [f for f in found if f.code and f.type == doc_type and units[f.unit].to_original(0) < m.start()]
    if len({f.code for f in lead}) != 1 or own.type not in (None, doc_type):
        return own
    named = lead[0]
    return replace(own, code=named.code, id=named.code, type=doc_type, date=own.date or named.date,
                   issuer=own.issuer or named.issuer or issuer_from_code(named.code))


def _own_from_annex(own: OwnDocument, found, seg) -> OwnDocument:
    """A header whose number OCR garbled past reading ("Số: To UBND") but whose type and date were read: the annex
    says which document it belongs to ("Ban hành kèm theo Quyết định số 2929/QĐ-UBND ngày 18 tháng 11 năm 2025"),
    and a document of the header's type and date named so is the document itself.  Only when exactly one number
    is named so."""
    if own.type is None or own.date is None:
        return own
    from vanban.loaders.patterns import ANNEXED_TO  # (imported when extracting, as the stages are)
    units = seg.units
    named = {f.code for f in found
             if f.code and f.kind == "numbered" and f.type == own.type and f.date == own.date
             and ANNEXED_TO.search(units[f.unit].text, max(0, f.vstart - 24), f.vstart) is not None}
    if len(named) != 1:
        return own
    code = named.pop()
    return replace(own, code=code, id=code, issuer=own.issuer or issuer_from_code(code))


def _own_from_signature_part(own: OwnDocument, text: str, lay) -> OwnDocument:
    """A header that found no signature block (the header reads the document's last lines, and a long annex may
    follow the signature): the collective a "T/M" line of the layout's signature part signs for names the issuer
    of a document headed only "BAN CHẤP HÀNH TRUNG ƯƠNG" (header.issuer_from_signature)."""
    from vanban.loaders.header import collective, issuer_from_signature
    for name, a, b in lay.parts:
        if name == "signature":
            issuer = issuer_from_signature(collective(text[a:b].split("\n"), None), own.issuer)
            if issuer:
                return replace(own, issuer=issuer, parent=None if own.parent == issuer else own.parent)
    return own


_BLANK_DATE = re.compile(r"ngày[ \t._…]*(?P<d>\d{1,2})?[ \t._…]*(?:tháng|/)[ \t._…]*(?P<m>\d{1,2})?[ \t._…]*"
                         r"(?:năm|/)[ \t]*(?P<y>(?:19|20)\d\d)\b", re.I)
_BLANK_HEAD = 1500          # the header's lines: its number field stands within this many characters of its start


def _own_from_blank_field(own: OwnDocument, text: str, start: int, file: str):
    """(own, notes): a header whose number field is blank (``header.BLANK_NUMBER``) still gives the number's code
    after the digits ("-CTr/TU", "/QĐ-UBND"); the one number with that code that the file's name spells ("CTr-104-
    CTr-TU-30-8-2026.pdf") or the lines above the header restate (a note, a page's title: "… SỐ 104-CTr/TU NGÀY
    30/8/2026 …") is the document's own, when the two do not disagree.  The date such a line gives with it is read
    when the header's place-date lost its day, if the month and year it kept agree (a file name's date:
    ``_date_from_file_name``).  The output notes the reading: check it."""
    from vanban.loaders.header import BLANK_NUMBER
    field = BLANK_NUMBER.search(text, start, start + _BLANK_HEAD)
    if field is None:
        return own, []
    suffix = re.sub(r"[ \t]+", "", field.group("suffix"))
    parts = [re.escape(p) for p in re.split(r"[-/]", suffix)]
    seps = re.findall(r"[-/]", suffix)
    # in the text above the header, as written (its separators may carry blanks); in the file's name, with any of
    # "-", "_", "." or a blank for each separator, letters compared without their marks (a name has lost them)
    in_text = re.compile(r"(?<![\d/.-])(?P<n>\d{1,6})[ \t]*" + "".join(
        re.escape(s) + r"[ \t]*" + p for s, p in zip(seps, parts[1:])) + r"(?![\wĐđ])", re.I)
    from vanban.domain.text import ascii_key
    slug = "".join(r"[-_. ]+" + re.escape(ascii_key(p)) for p in re.split(r"[-/]", suffix)[1:])      # (no separator)
    in_name = re.compile(r"(?<![\d])(?P<n>\d{1,6})" + slug + r"(?![a-z])")
    numbers, dates = {}, set()
    for m in in_text.finditer(text, 0, start):
        numbers[int(m.group("n"))] = "the lines above the header"
        d = _BLANK_DATE.search(text, m.end(), m.end() + 40)
        if d and d.group("d") and d.group("m"):
            dates.add((int(d.group("d")), int(d.group("m")), d.group("y")))
    for m in in_name.finditer(_name_key(file) if file else ""):
        numbers.setdefault(int(m.group("n")), "the file name")      # (its date: _date_from_file_name, next)
    if len(numbers) != 1:
        return own, []
    (n, where), = numbers.items()
    code = normalize_number(f"{n}{suffix}")
    notes = [f"the header's number field is blank or unreadable (a signed PDF's text layer, a scan); {code} is read from "
             f"{where}: check it"]
    own = replace(own, code=code, id=code, issuer=own.issuer or issuer_from_code(code))
    header_date = _BLANK_DATE.search(text, field.end(), field.end() + 600)
    if own.date is None and header_date is not None and len(dates) == 1:
        (d, mo, y), = dates
        if y == header_date.group("y") and (header_date.group("m") is None or int(header_date.group("m")) == mo):
            from vanban.domain.dates import iso_date
            date = iso_date(d, mo, y)
            if date:
                own = replace(own, date=date)
                notes.append(f"the header's date lost its day; {date} is read from {where}: check it")
    return own, notes


def _without_field_garble(found, seg, text: str, start: int):
    """``found`` less the number read from the garble of a header's number field whose own number was read elsewhere
    (``_own_from_blank_field``): "Só: #2 /2018/TT-BCT" is no document "2/2018/TT-BCT"."""
    from vanban.loaders.header import BLANK_NUMBER
    field = BLANK_NUMBER.search(text, start, start + _BLANK_HEAD)
    if field is None:
        return found
    a, b = field.span()
    return [f for f in found if not (f.code and a <= seg.units[f.unit].to_original(f.vstart) < b)]


def _name_key(file: str) -> str:
    """A file's name as ``ascii_key`` reads its letters (no marks, small), its separators "-", "_", "." and blanks
    kept: "CTr-104-CTr-TU-30-8-2026.pdf" -> "ctr-104-ctr-tu-30-8-2026.pdf"."""
    from vanban.domain.text import ascii_key
    return "".join(ascii_key(c) or (c if c in "-_. " else "") for c in Path(file).name)


# A date in a file's name: "2023.12.28", "2026-08-30", "30-8-2026", "30.8.2026"
_NAME_DATE = re.compile(r"(?<![\d])(?:(?P<y1>(?:19|20)\d\d)[-_.](?P<m1>\d{1,2})[-_.](?P<d1>\d{1,2})"
                        r"|(?P<d2>\d{1,2})[-_.](?P<m2>\d{1,2})[-_.](?P<y2>(?:19|20)\d\d))(?![\d])")
# A header's place-date whose day or month a scan garbled or a hand wrote ("Hà Nội, ngàyoÿ tháng J3„ năm 2023",
# "ngày 3Ù tháng 4Ä năm 4034"): its words stand, what is between them is no number
_GARBLED_DATE = re.compile(r"ngày(?P<d>[^\n]{0,8}?)tháng(?P<m>[^\n]{0,8}?)năm[ \t]*(?P<y>\S{4})")


def _date_from_file_name(own: OwnDocument, text: str, start: int, file: str):
    """(own, notes): a header whose place-date could not be read (``_GARBLED_DATE``) takes the date its file's name
    gives beside the own number it spells ("2023.12.28 43.2023.TT.BCT Sửa đổi ….pdf", "QD-1696-QD-UBND-uy-quyen-15-5-
    2026.txt"), when what the header kept of its date (a year, a month, a day) is the name's.  A name that does not
    spell the number, or gives no date or two, gives nothing."""
    header = _GARBLED_DATE.search(text, start, start + _BLANK_HEAD)
    if header is None:
        return own, []
    from vanban.domain.text import ascii_key
    name = _name_key(file)
    parts = [ascii_key(p) for p in re.split(r"[-/]", own.code or "") if p]
    spelled = re.search(r"(?<![\da-z])" + r"[-_. ]+".join(map(re.escape, parts)) + r"(?![\da-z])", name)
    if spelled is None:
        return own, []
    a, b = spelled.span()
    dates = {(m.group("d1") or m.group("d2"), m.group("m1") or m.group("m2"), m.group("y1") or m.group("y2"))
             for m in _NAME_DATE.finditer(name) if m.end() <= a or m.start() >= b}     # (not inside the number)
    if len(dates) != 1:
        return own, []
    (d, mo, y), = dates
    # what the header kept must agree: its year, its month, its day, each where it reads as one ("năm 4034": no year)
    for kept, named, rx in ((header.group("y"), y, r"(?:19|20)\d\d"), (header.group("m").strip(), mo, r"0?[1-9]|1[0-2]"),
                            (header.group("d").strip(), d, r"0?[1-9]|[12]\d|3[01]")):
        if re.fullmatch(rx, kept) and int(kept) != int(named):
            return own, []
    from vanban.domain.dates import iso_date
    date = iso_date(d, mo, y)
    if date is None:
        return own, []
    return replace(own, date=date), [f"the header's date could not be read; {date} is read from the file name: check it"]


def _own_from_file_name(own: OwnDocument, file: str):
    """(own, notes): a text without its own number (a consolidated text's first part: its authentication block, with
    the number, is in the next gazette issue) takes the number its file's name spells in the Official Gazette's way,
    with its type and the body its code names (surer than a header read without its number).  A number without
    its year, in a text without its date, names no one document (19/VBHN-VPQH is a 2015 consolidated law and a 2026
    one): the file keeps its own node, which carries the number, rather than merge with another year's document."""
    named = number_from_file_name(file)
    if named is None:
        return own, []
    kind, issuer = split_code(named)
    body = ISSUERS.get(issuer or "")
    ident = named if own.date or re.search(r"/(?:19|20)\d\d/", named) else f"FILE:{Path(file).name}"
    own = replace(own, code=named, id=ident,
                  type=own.type if own.type in TYPE_CODES.get(kind or "", ()) else type_from_code(named) or own.type,
                  issuer=body.body if body and body.one_body else own.issuer or issuer_from_code(named))
    return own, [f"no own number in the text; {named} is read from the file name: check it"]


def _with_province(own: OwnDocument, found, province: Optional[str]) -> OwnDocument:
    """A provincial number names a document only with its province ("2828/QĐ-UBND" is a decision of Quảng Trị and
    one of Hồ Chí Minh City): the file's own id carries it, as every other text's mention of it does ("Quyết định
    số 2828/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Trị" -> 2828/QĐ-UBND@Quảng Trị), and so do its mentions of itself.
    A district's or a commune's number carries that unit instead (``resolve.local_qualifier``: "12/QĐ-UBND@xã Tân
    Phú"), which its province does not name."""
    if not (province and own.id and own.id == own.code and _local_code(own.code)):
        return own
    qualified = f"{own.id}@{province}"
    for f in found:
        if f.id == own.id:
            f.id = qualified
    return replace(own, id=qualified)


def _place_province(own: OwnDocument) -> Optional[str]:
    """The province a local body's place-date names, for a body whose name does not ("Sở Y tế" under "UBND TỈNH LÀO
    CAI", "Lào Cai, ngày …"): a body of a province writes the province's name there, one of a district the
    district's (Nghị định 30/2020/NĐ-CP, Phụ lục I), which names no province.  None for any other text (a ministry
    writes "Hà Nội" too, where it sits)."""
    if not (own.place and own.code and _local_code(own.code)):
        return None
    from vanban.loaders.resolve import province_in
    return province_in(own.place) or province_in(f"Thành phố {own.place}")     # ("Hồ Chí Minh", "Huế": their city)


def _local_code(code: str) -> bool:
    """A number of a provincial body: its issuer code ("2828/QĐ-UBND", "25-KH/TU") or a letter's first part
    ("456/UBND-KT") is local (``vanban.domain.codes.is_local_code``: "5095/SGDĐT-CTTTHSSV", a department's, too)."""
    kind, issuer = split_code(code)
    return is_local_code((issuer or "").split("-")[0]) or is_local_code(kind or "")


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


size_limit_mb = max_mb      # the name the safety tests and older callers use


def extract(path: Union[str, Path], *, encoding: Optional[str] = None, max_mb: Optional[float] = None) -> Extraction:
    """Read one file in any format vanban reads (.txt, .md, .pdf, .docx, .doc, .html, scans) and run the
    pipeline.  Raises ``InputError`` naming the file for unreadable input."""
    from vanban.loaders.formats import read_document, sniff
    limit = globals()["max_mb"]() if max_mb is None else max_mb
    try:
        size = os.path.getsize(path)
        with open(path, "rb") if os.path.isfile(path) else open(os.devnull, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        size, head = 0, b""                        # the reader reports a missing file with its own message
    # Text is limited in MB; PDFs, Word files and scans carry images and fonts (and PDFs have a page limit).
    binary = sniff(head, str(path)) in ("pdf", "docx", "doc", "image")
    if size > limit * 1e6 * (BINARY_FACTOR if binary else 1):
        raise InputError(path, f"is {size / 1e6:.0f} MB, more than one document (limit {limit:g} MB"
                               + (f" of text, {limit * BINARY_FACTOR:g} MB for PDF/Word/images)" if binary else ")"),
                         "split it into one file per document, or raise the limit with VANBAN_MAX_MB")
    return extract_read(read_document(path, encoding=encoding))


# A PDF or Word file may be this many times the text limit (embedded fonts and page images).
BINARY_FACTOR = 10


def extract_bytes(data: bytes, name: str = "<stdin>", *, encoding: Optional[str] = None) -> Extraction:
    """Extract a document given as bytes (``vanban extract -``): ``name`` stands for the file in the result."""
    from vanban.loaders.formats import read_bytes
    return extract_read(read_bytes(data, name, encoding=encoding))


def extract_read(read) -> Extraction:
    """Run the pipeline on a reader's result; facts get the page they stand on (PDF/scans) and the format."""
    x = extract_text(read.text, file=read.path, sha256=read.sha256, encoding=read.encoding)
    x = replace(x, format=read.format, pages=len(read.pages), ocr_pages=tuple(read.ocr_pages),
                ocr_confidence=tuple(read.ocr_confidence),
                warnings=tuple(x.warnings) + tuple(read.warnings))
    if not read.pages:
        return x
    return replace(
        x,
        mentions=tuple(replace(m, page=read.page_of(m.start)) for m in x.mentions),
        relations=tuple(replace(r, page=read.page_of(r.start)) for r in x.relations),
        localities=tuple(replace(loc, page=read.page_of(loc.start)) for loc in x.localities))


def extract_paths(paths: Iterable[Union[str, Path]], *, encoding: Optional[str] = None
                  ) -> Iterator[Union[Extraction, VanbanError]]:
    """Extract every file under ``paths`` (files, folders, globs: ``loaders.paths.walk``, the walker ``load``
    uses too); a file that is not read yields its error (FIFOs and devices included), the rest go on."""
    from vanban.loaders.paths import Walk, walk
    found = paths if isinstance(paths, Walk) else walk(paths)
    yield from found.skipped
    for p in found.files:
        yield extract_one(p, encoding=encoding)


def extract_one(path: Union[str, Path], *, encoding: Optional[str] = None) -> Union[Extraction, VanbanError]:
    """``extract(path)``, or the error that says why the file is not read (returned, not raised): a loader's
    own failure too, as an error naming the file, so one bad file never stops the others."""
    try:
        return extract(path, encoding=encoding)
    except VanbanError as e:
        return e
    except (Exception, RecursionError) as e:       # a loader bug: report it, go on with the next file
        return InputError(path, f"extraction failed ({type(e).__name__}: {' '.join(str(e).split())[:200]})",
                          "this is a vanban bug; please report it with the file")


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

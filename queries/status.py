"""A document's legal status from the evidence the loaded texts give, with dates and scope.

``document_status(backend, id, at=None)`` runs ``queries/status.cypher`` (the document's own effect clause and
every non-planned AMENDS / REPLACES / REPEALS / SUSPENDS edge into it) and decides:

=================  ==================================================================================
status             when
=================  ==================================================================================
repealed           a whole repeal ("Bãi bỏ Nghị quyết số …", "Luật … số 17/2003/QH11 hết hiệu lực …")
replaced           a whole replacement ("… và thay thế Quyết định số 63/2015/QĐ-TTg")
expired            its own clause's end date ("hết hiệu lực từ ngày …") is reached
suspended          a suspension ("đình chỉ việc thi hành …", "tạm ngưng hiệu lực …")
not yet in force   its own effective date is after the day asked about
partly repealed    a repeal of a part ("Bãi bỏ danh mục số thứ tự 25 tại Phụ lục II … kèm theo Luật …")
amended            an amendment, or the replacement of a part or a phrase ("Thay thế cụm từ … của Luật …")
in force           its own effective date is reached and nothing above applies
unknown            the loaded texts say nothing: no effect clause and no act on it
=================  ==================================================================================

Only what the texts say counts: "in force" needs the document's own effect clause ("có hiệu lực (thi hành) kể
từ ngày …"), an act counts from the acting document's effective date (else its date) and only once that day
is reached (``at``, default today): the day the act's sentence gives ("… từ ngày 01 tháng 01 năm 2025"),
else the acting document's effective date, else its date.  Every row cites its evidence: the effect clause, or the act's sentence
with the document that states it and its line.

An edge whose acting document is dated *earlier* than its target cannot be an act on it (a 2017 law does not
amend a 2025 decree); nor can a text state an act, with no acting document named, on a document issued after
it (a 2017 law's portal annotation about a 2025 decree is not the law's).  Both are loader errors, left out
here and listed by the stored query ``reversed``.

Partial acts: the loaders give ``partial`` and ``scope`` on every edge (loaders/relate.py); when an edge's
scope is empty (a graph built before they did, or a sentence the loaders could not place), the scope is read
here from the evidence sentence (``infer_scope``): what stands between the cue and the target's number
("danh mục số thứ tự 25 tại Phụ lục II", "cụm từ “…” bằng cụm từ “…”").
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date as _date
from typing import Optional

from vanban.errors import QueryError

COLUMNS = ["id", "status", "relation", "source", "scope", "since", "stated_in", "line", "evidence"]

# strongest first: the first that applies is the status
ORDER = ("repealed", "replaced", "expired", "suspended", "not yet in force", "partly repealed", "amended",
         "in force", "unknown")

# The cue words of each act, longest first.
_CUES = {
    "REPEALS": r"bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|hết\s+hiệu\s+lực",
    "REPLACES": r"thay\s+thế",
    "SUSPENDS": r"đình\s+chỉ(?:\s+việc\s+thi\s+hành)?|tạm\s+ngưng(?:\s+hiệu\s+lực)?|ngưng\s+hiệu\s+lực",
    "AMENDS": r"sửa\s+đổi,\s*bổ\s+sung|sửa\s+đổi|bổ\s+sung",
}
# Words that name a part of a document, not the whole of it.
_PART = re.compile(r"(?:(?:một\s+số|các|những)\s+)?(?:cụm\s+từ|từ\s+“|điều|khoản|điểm|tiết|đoạn|chương|mục|phần|phụ\s+lục"
                   r"|danh\s+mục|số\s+thứ\s+tự|nội\s+dung|tên\s+gọi|quy\s+định\s+tại)\b", re.I)
_SCOPE_END = re.compile(r"\s+(?:của|ban\s+hành\s+kèm\s+theo|kèm\s+theo|về|trong)\s+|;", re.I)
_PHRASE = re.compile(r"^(?:các\s+)?(?:cụm\s+từ|từ)\s+“", re.I)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", (s or "").replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _target_at(evidence: str, target: str) -> int:
    """Where the target's number stands in the sentence (accents and case ignored), -1 when absent."""
    number = target.split("@")[0]
    k = _fold(evidence).find(_fold(number))
    return k


def infer_scope(relation: str, evidence: str, target: str) -> str:
    """The part of ``target`` an act touches, read from its sentence; "" for the whole document.

    >>> infer_scope("REPEALS", "Bãi bỏ danh mục số thứ tự 25 tại Phụ lục II về Danh mục … ban hành kèm theo "
    ...             "Luật Quy hoạch số 21/2017/QH14.", "21/2017/QH14")
    'danh mục số thứ tự 25 tại Phụ lục II'
    >>> infer_scope("REPLACES", "Quyết định này có hiệu lực … và thay thế Quyết định số 63/2015/QĐ-TTg.", "63/2015/QĐ-TTg")
    ''
    """
    cue = _CUES.get(relation)
    if not cue or not evidence:
        return ""
    k = _target_at(evidence, target)
    if k < 0:
        return ""
    before = evidence[:k]
    acts = list(re.finditer(r"(?:^|[\s,;:.(])(?:" + cue + r")\b", before, re.I))
    if acts:
        obj = before[acts[-1].end():].lstrip(" :,")
        m = _PART.match(obj)
        if not m:
            return ""
        end = _SCOPE_END.search(obj, m.end())
        return " ".join(obj[:end.start() if end else len(obj)].split()).rstrip(" ,")
    # the cue after the target ("Điều 5 của Luật … số X hết hiệu lực", "X đã được sửa đổi …"): a part named
    # before it, "… của" right before the target's name
    m = re.search(r"(" + _PART.pattern + r"[^.;]{0,120}?)\s+của\s+(?:[^\s,;.]+\s+){0,10}?(?:số\s+)?$", before, re.I)
    return " ".join(m.group(1).split()) if m else ""


_FROM_DAY = re.compile(r"(?:kể\s+)?từ\s+ngày\s+(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
                       r"|(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4}))", re.I)


def stated_day(evidence: str, target: str) -> Optional[str]:
    """The day an act's own sentence gives it, after the target's number: "Bãi bỏ Nghị quyết số 132/2020/QH14
    … từ ngày 01 tháng 01 năm 2025" -> "2025-01-01"; None when the sentence gives none."""
    k = _target_at(evidence or "", target)
    if k < 0:
        return None
    m = _FROM_DAY.search(evidence, k)
    if not m:
        return None
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return _date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _as_date(value) -> Optional[str]:
    return value if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def parse_at(at) -> str:
    """``at`` as an ISO date (today when empty); QueryError with the fix otherwise."""
    if not at:
        return _date.today().isoformat()
    text = str(at).strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)        # "01/8/2024", as Vietnamese texts write it
    if m:
        text = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    try:
        return _date.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(f"at={at!r} is not a date; write it YYYY-MM-DD (or DD/MM/YYYY), e.g. -p at=2025-01-01") from None


def is_reversed(source_date, target_date, source_code="", target_code="") -> bool:
    """An acting document issued before the one it acts on: a loader error, never a fact
    (vanban.domain.numbers.issued_before: full dates, else years, else the order of one numbering series)."""
    from vanban.domain.numbers import issued_before
    return issued_before(source_date, source_code, target_date, target_code)


REVERSED_COLUMNS = ["source", "source_date", "relation", "target", "target_date", "stated_in", "line", "rule", "evidence"]


def reversed_edges(backend, values: dict):
    """The rows of stored query ``reversed``: relations (other than CITES, not planned) whose acting document
    is dated before its target -> Result."""
    from vanban.graph.store import Result
    from vanban.queries.registry import get

    dialect = getattr(backend, "dialect", "ladybug")
    raw = backend.run(get("reversed").text(dialect), {}).dicts()
    if dialect == "ladybug":        # the LadybugDB text names the pairs only (see reversed.ladybug.cypher)
        raw = [r for pair in raw for r in backend.run(_PAIR_RELATIONS, pair).dicts()]
    stating = _dates_of(backend, {r["stated_in"] for r in raw if str(r["source"]).startswith("IMPLICIT:")})
    rows = []
    for r in raw:
        date, code = r["source_date"], r["source_code"]
        if str(r["source"]).startswith("IMPLICIT:"):      # no acting document: the text stating it must predate
            date, code = stating.get(r["stated_in"], ("", ""))
        if is_reversed(date, r["target_date"], code, r["target_code"]):
            rows.append([r[c] for c in REVERSED_COLUMNS])
    # the query's ORDER BY (the LadybugDB text is a UNION ALL, which Cypher cannot order as a whole); stable, so
    # an answer the engine ordered stays as it was
    at = {c: i for i, c in enumerate(REVERSED_COLUMNS)}
    rows.sort(key=lambda row: tuple((row[at[c]] is None, row[at[c]] if row[at[c]] is not None else "")
                                    for c in ("stated_in", "line", "source", "target", "relation")))
    return Result(REVERSED_COLUMNS, rows)


# The rows reversed.cypher gives for one pair that reversed.ladybug.cypher names (only those one document states,
# when ``stated_in`` names it), found by the two documents' keys: one query per pair, because an UNWIND of the
# pairs is planned as a join over every relation of the store.
_PAIR_RELATIONS = (
    "MATCH (s:Document {id: $source})-[r:COPY_OF|AMENDS|REPLACES|REPEALS|SUSPENDS|CORRECTS|CONSOLIDATES|GUIDES|"
    "IMPLEMENTS|REVIEWS|BASED_ON]->(t:Document {id: $target}) "
    "WHERE r.planned = false AND ($stated_in = '' OR r.source_doc = $stated_in) "
    "RETURN s.id AS source, s.date AS source_date, s.code AS source_code, r.type AS relation, t.id AS target, "
    "t.date AS target_date, t.code AS target_code, r.source_doc AS stated_in, r.line AS line, r.rule AS rule, "
    "r.evidence AS evidence")


def _dates_of(backend, ids) -> dict:
    """{id: (date, code)} of the given documents."""
    if not ids:
        return {}
    return {i: (d, c) for i, d, c in backend.run("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id, d.date, d.code",
                                                 {"ids": sorted(ids)}).rows}


def classify(relation: str, scope: str, partial: bool) -> str:
    """What one act does to the status: the status it gives."""
    part = partial or bool(scope)
    if relation == "REPEALS":
        return "partly repealed" if part else "repealed"
    if relation == "REPLACES":
        return "amended" if part else "replaced"       # a replaced phrase or article is an amendment
    if relation == "SUSPENDS":
        return "suspended"
    return "amended"


def decide(doc: dict, acts: list, at: str) -> str:
    """The status of ``doc`` (its effective/expires) given the acts in force by ``at`` (each with "gives")."""
    found = {a["gives"] for a in acts if a["counts"]}
    effective, expires = _as_date(doc.get("effective")), _as_date(doc.get("expires"))
    if expires and expires <= at:
        found.add("expired")
    if effective and effective > at:
        found.add("not yet in force")
    if effective and effective <= at:
        found.add("in force")
    return next((s for s in ORDER if s in found), "unknown")


def document_status(backend, values: dict):
    """The status rows of ``values["id"]`` as of ``values.get("at")`` (see the module doc) -> Result."""
    from vanban.graph.store import Result
    from vanban.queries.registry import get

    ident = values["id"]
    at = parse_at(values.get("at"))
    query = get("status")
    raw = backend.run(query.text(getattr(backend, "dialect", "ladybug")), {"id": ident, "at": values.get("at") or ""})
    rows = raw.dicts()
    if not rows:
        return Result(COLUMNS, [])
    doc = rows[0]
    stating = _dates_of(backend, {r["stated_in"] for r in rows if str(r.get("source") or "").startswith("IMPLICIT:")})
    acts = []
    for r in rows:
        if not r.get("relation"):
            continue
        date, code = r.get("source_date"), r.get("source_code")
        if str(r["source"]).startswith("IMPLICIT:"):      # no acting document named: the stating text's date
            date, code = stating.get(r["stated_in"], ("", ""))
        if is_reversed(date, doc.get("date"), code, doc.get("code")):
            continue
        scope = r.get("scope") or infer_scope(r["relation"], r.get("evidence") or "", ident)
        # the day the act counts from: its sentence's own day, else the acting document's effect, else its date
        since = (stated_day(r.get("evidence"), ident) or _as_date(r.get("source_effective"))
                 or _as_date(r.get("source_date")))
        acts.append({"relation": r["relation"], "source": r["source"], "scope": scope, "since": since or "",
                     "stated_in": r["stated_in"], "line": r["line"], "evidence": r["evidence"],
                     "gives": classify(r["relation"], scope, bool(r.get("partial"))),
                     "counts": since is None or since <= at})
    status = decide(doc, acts, at)
    out = []
    if doc.get("effect"):
        relation = "EXPIRES" if _as_date(doc.get("expires")) and status == "expired" else "EFFECTIVE"
        since = doc.get("expires") if relation == "EXPIRES" else (doc.get("effective") or "")
        out.append([ident, status, relation, ident, "", since, ident, doc.get("effect_line") or None, doc["effect"]])
    for a in acts:
        out.append([ident, status, a["relation"], a["source"], a["scope"], a["since"], a["stated_in"], a["line"],
                    a["evidence"]])
    if not out:
        why = ("the loaded texts state no effect clause and no act on it" if doc.get("loaded") is not False
               else "not loaded (only cited), and no loaded text states an act on it")
        out.append([ident, status, None, None, "", "", None, None, f"({why}; load its text to know more)"])
    return Result(COLUMNS, out)

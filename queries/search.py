"""Search documents by what users type: a number, words of a title, a name ("Luật Thủy lợi"), a subject.

``search(backend, text, type=, issuer=, signer=, date_from=, date_to=, limit=)`` -> Result, ranked.  Matching
ignores case, diacritics, tone-mark placement, Đ/Ð and dashes (``fold``).  Each document is matched against:

* its number (``21-NQ/TW``, ``08/2017/QH14``) — a number match ranks first;
* its title (trích yếu) and aliases ("Nghị quyết Hội nghị Trung ương 5");
* the names the loaded texts give it right before its number ("Luật Thủy lợi số 08/2017/QH14",
  "Luật Ngân sách nhà nước số 83/2015/QH13"), read from the evidence sentences of the relations into it.

Score: the number (100), the whole phrase in a title, alias or name (40; +10 when it is the whole of it), every
word found (20), else the share of words found (up to 15, only when at least half are found); ties go to
loaded documents, then the most mentioned, then the id.  Filters: ``type`` (a type word or code: "Luật",
"nghi quyet", "NQ"), ``issuer`` (a body's name or issuer code, any part), ``signer`` (any part of the name),
``date_from``/``date_to`` (ISO, inclusive; a document without a date is left out when either is given).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Dict, List, Optional

from vanban.errors import QueryError

COLUMNS = ["id", "type", "date", "issuer", "title", "matched", "loaded", "score"]

# "<Type> <name> [số] <number>": the name a text gives a document right before its number.
_NAME_BEFORE = re.compile(r"((?:Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Quy định|"
                          r"Kết luận|Hướng dẫn|Kế hoạch|Chương trình|Đề án|Quy chế)"
                          r"(?:\s+[^\s,;:.()“”\"]+){1,12}?)\s+(?:số\s*:?\s*)?$")


def fold(text) -> str:
    """Lower case without diacritics, Đ/Ð as d, dashes and punctuation as spaces, spaces single."""
    s = str(text or "").replace("Đ", "d").replace("đ", "d").replace("Ð", "d").replace("ð", "d")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w/]+", " ", s).split())


def number_key(text) -> str:
    """A number as a comparison key: ``number_key("21 – nq/tw") == number_key("21-NQ/TW")``."""
    return re.sub(r"[^0-9a-z/]", "", fold(text))


def _date(value, name) -> Optional[str]:
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(value).strip())
    if not m:
        raise QueryError(f"--{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    import calendar
    from datetime import date

    y, mo = int(m.group(1)), int(m.group(2) or (12 if name == "to" else 1))
    try:
        last = calendar.monthrange(y, mo)[1]
        d = int(m.group(3) or (last if name == "to" else 1))   # "--to 2022-02": the whole month
        return date(y, mo, d).isoformat()
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") from None


def names_in_evidence(evidence: str, number: str) -> List[str]:
    """The names ``evidence`` gives the document numbered ``number`` right before the number."""
    out = []
    if not evidence or not number:
        return out
    folded_number = fold(number)
    for m in re.finditer(re.escape(number), evidence):
        found = _NAME_BEFORE.search(evidence[max(0, m.start() - 160):m.start()])
        if found and not re.search(r"\d+\s*[-/]", found.group(1)):     # a name, not another number's tail
            out.append(" ".join(found.group(1).split()))
    if not out and folded_number and folded_number not in fold(evidence):
        return out
    return out


def _score(query: str, words: List[str], texts: List[str]) -> float:
    best = 0.0
    for t in texts:
        ft = fold(t)
        if not ft:
            continue
        if query and re.search(r"(?:^| )" + re.escape(query) + r"(?: |$)", ft):
            best = max(best, 50.0 if ft == query else 40.0)
            continue
        tw = set(ft.split())
        found = sum(1 for w in words if w in tw)
        if words and found == len(words):
            best = max(best, 20.0)
        elif words and found * 2 >= len(words):
            best = max(best, 15.0 * found / len(words))
    return best


def best_match(backend, text: str) -> List[str]:
    """The documents ``text`` names when it is a name rather than a number: the one best search hit when it
    matches the whole phrase (score >= 40) or every word (>= 20) and no other hit does as well; all tied
    hits otherwise; [] when none matches every word.  (The id resolver's last resort: names the texts give
    a document before its number, and unnumbered documents by type and issuer.)"""
    rows = search(backend, text, limit=10).rows
    if not rows or rows[0][-1] < 20:
        return []
    top = rows[0][-1]
    return [r[0] for r in rows if r[-1] == top]


def search(backend, text: str, *, type: Optional[str] = None, issuer: Optional[str] = None,
           signer: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
           limit: int = 20):
    """Documents matching ``text`` and the filters, best first (see the module doc) -> Result."""
    from vanban.graph.store import Result

    query = fold(text)
    if not query and not any((type, issuer, signer, date_from, date_to)):
        raise QueryError("give words to search for, or a filter (--type, --issuer, --signer, --from, --to)")
    words = [w for w in query.split() if w]
    qnum = number_key(text)
    lo, hi = _date(date_from, "from"), _date(date_to, "to")
    docs = backend.run("MATCH (d:Document) RETURN d.id AS id, d.code AS code, d.type AS type, d.type_code AS type_code, "
                       "d.date AS date, d.issuer AS issuer, d.title AS title, d.aliases AS aliases, "
                       "d.loaded AS loaded, d.mention_count AS mentions").dicts()
    signers: Dict[str, List[str]] = {}
    if signer:
        for ident, person in backend.run("MATCH (d:Document)-[:SIGNED_BY]->(p:Person) RETURN d.id, p.id").rows:
            signers.setdefault(ident, []).append(person)
    names: Dict[str, set] = {}
    numbered = bool(qnum) and any(number_key(d["id"]) == qnum or (d["code"] and number_key(d["code"]) == qnum)
                                  for d in docs)
    if words and not numbered:
        # the names texts give a document before its number.  Only evidence holding the first word is read:
        # the store filters by the word as typed when it has diacritics (cheap), else every sentence is folded.
        first = str(text).split()[0].lower() if str(text).split() else ""
        typed = first if first != fold(first) else ""
        if typed and getattr(backend, "dialect", "ladybug") == "ladybug":
            rows = backend.run("MATCH (s:Document)-[r]->(d:Document) WHERE d.code <> '' AND lower(r.evidence) CONTAINS $w "
                               "RETURN d.id, d.code, r.evidence", {"w": typed}).rows
        else:      # the common Cypher every backend runs (FalkorDB's lower()/CONTAINS on parameters differ)
            typed = ""
            rows = backend.run("MATCH (s:Document)-[r]->(d:Document) WHERE d.code <> '' "
                               "RETURN d.id, d.code, r.evidence").rows
        for ident, code, evidence in rows:
            if evidence and (typed or words[0] in fold(evidence)):
                for name in names_in_evidence(evidence, code):
                    names.setdefault(ident, set()).add(name)
    tfold, ifold, sfold = fold(type), fold(issuer), fold(signer)
    rows = []
    for d in docs:
        if tfold and not (fold(d["type"]).startswith(tfold) or fold(d["type_code"]) == tfold):
            continue
        if ifold and ifold not in fold(d["issuer"]) and ifold not in fold(d["code"]).split("/")[-1]:
            continue
        if sfold and not any(sfold in fold(p) for p in signers.get(d["id"], ())):
            continue
        if (lo or hi) and not d["date"]:
            continue
        if (lo and d["date"] < lo) or (hi and d["date"] > hi):
            continue
        score, matched = 0.0, ""
        if qnum and (number_key(d["id"]) == qnum or (d["code"] and number_key(d["code"]) == qnum)):
            score, matched = 100.0, "number"
        elif words:
            typed_title = f"{d['type'] or ''} {d['title'] or ''}".strip()
            candidates = [("title", d["title"]), ("title", typed_title)] + [("alias", a) for a in d["aliases"] or ()] + \
                         [("name", n) for n in sorted(names.get(d["id"], ()))]
            if not d["code"] and d["issuer"]:
                # an unnumbered document is named by its type and issuer: "Nghị quyết Đại hội XIII"
                candidates.append(("issuer", f"{d['type'] or ''} {d['issuer']}".strip()))
            for where, t in candidates:
                s = _score(query, words, [t])
                if s > score:
                    score, matched = s, f"{where}: {t}"
            if not score:
                continue
        else:
            matched = "filters"
        rows.append((-score, not d["loaded"], -(d["mentions"] or 0), d["id"], d, matched, score))
    rows.sort(key=lambda r: r[:4])
    out = [[d["id"], d["type"], d["date"], d["issuer"], d["title"], matched, d["loaded"], round(score, 1)]
           for *_, d, matched, score in rows[:limit if limit and limit > 0 else None]]
    return Result(COLUMNS, out)

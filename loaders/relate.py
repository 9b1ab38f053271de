"""Relate: cue phrases between mentions become typed edges, acting document -> acted-upon document.

The acting document is often not the file being read.  Four rules, each named in the edge's ``rule``:

* ``adjacent``: ACTING [, ngày …] [của …] [về …] CUE TARGET [và TARGET …]
  "Hướng dẫn số 01-HD/BTCTW, ngày 05/8/2022 thực hiện Quy định số 58-QĐ/TW" -> 01-HD/BTCTW IMPLEMENTS 58-QĐ/TW
* ``purpose``: clause-initial CUE TARGETS …, [tham mưu] BODY [đã] ban hành ACTING
  "Để thực hiện Nghị quyết, Bộ Chính trị ban hành Kế hoạch số 12-KH/TW" -> 12-KH/TW IMPLEMENTS 28-NQ/TW
  ("Trên cơ sở đó" points back to the paragraph's topic document.)
* ``nested``: a described document containing its target, "Dự thảo Hướng dẫn thực hiện Quy định số 58-QĐ/TW"
* ``implicit``: an activity with no acting instrument ("Sơ kết 5 năm thực hiện Quy định 105-QĐ/TW",
  "Sửa đổi, bổ sung Quy định số 132-QĐ/TW"): the source is ``IMPLICIT:REVIEW-OF-<target>`` /
  ``IMPLICIT:AMENDMENT-OF-<target>``.

Drafts and documents still to be produced are ``planned``; so are implicit tasks in a section of future
tasks or after "tham mưu/nghiên cứu".  One edge per (source, target) per sentence: the most specific wins.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Dict, List, Optional

from vanban.domain.codes import TYPE_WORDS
from vanban.domain.vocab import DOCUMENT_RELATIONS_BY_STRENGTH
from vanban.loaders import patterns as P
from vanban.loaders.find import Found
from vanban.loaders.segment import Segmented

# Specificity: a later entry loses to an earlier one for the same pair in one sentence.
PRIORITY = [r.value for r in DOCUMENT_RELATIONS_BY_STRENGTH]   # the strength order of vanban.domain.vocab.Relation

_BODY = (r"(?:Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư|Ban Tổ chức Trung ương|Tiểu ban Bảo vệ chính trị nội bộ Trung ương"
         r"|Ủy ban Kiểm tra Trung ương|Quốc hội|Chính phủ|Thủ tướng Chính phủ|Ban Chỉ đạo[^,;]{0,60}?)")
_CUE_WORDS = {
    "sửa đổi, bổ sung": "AMENDS", "sửa đổi": "AMENDS", "bổ sung": "AMENDS", "thay thế": "REPLACES",
    "bãi bỏ": "REPEALS", "hủy bỏ": "REPEALS", "huỷ bỏ": "REPEALS", "đình chỉ": "SUSPENDS", "đính chính": "CORRECTS",
    "hợp nhất": "CONSOLIDATES", "hướng dẫn thực hiện": "GUIDES", "hướng dẫn thi hành": "GUIDES",
    "quy định chi tiết": "GUIDES", "triển khai thực hiện": "IMPLEMENTS", "thực hiện": "IMPLEMENTS",
    "thi hành": "IMPLEMENTS", "cụ thể hóa": "IMPLEMENTS", "sơ kết": "REVIEWS", "tổng kết": "REVIEWS",
    "căn cứ": "BASED_ON", "trên cơ sở": "BASED_ON", "theo": "BASED_ON",
}
_CUE_ALT = "|".join(sorted(map(re.escape, _CUE_WORDS), key=len, reverse=True))
# Small words between a cue and its target: "sửa đổi, bổ sung một số điều, phụ lục của", "hướng dẫn thi hành một số
# quy định của", "quy định chi tiết và biện pháp thi hành", "tổng kết 10 năm thực hiện".
_FILLER = (r"(?:\s+(?:việc|một số điều(?:,\s*(?:khoản|phụ lục|điểm))*|một số quy định|một số nội dung|chi tiết|biện pháp"
           r"|để tổ chức|tổ chức|hướng dẫn thi hành|thi hành|và|của|các|Điều\s+\d+[a-zđ]?|khoản\s+\d+"
           r"|(?:\d+|\w+)\s+năm(?:\s+thực hiện)?),?)*")
# What may stand between an acting mention's attachments and the cue: its date, its issuer ("của Bộ trưởng, Chủ
# nhiệm Văn phòng Chính phủ"), a parenthesis, "để".  Never a subject ("về …": that is the acting document's title).
_ADJ_GAP = re.compile(r"^[\s,]*(?:ngày\s*\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,?\s*)?"
                      r"(?:của\s+(?:(?!\bvề\b|\bsố\b)[^;.“”()\d]){1,120}?\s+)?(?:\([^()]{0,200}\)\s*)?"
                      r"(?:để\s+|về\s+(?:việc\s+)?)?(?P<cue>" + _CUE_ALT + r")" + _FILLER +
                      # an unnumbered law named first in the list of targets: "… của Luật Quản lý thuế ngày 13 tháng
                      # 6 năm 2019, Nghị định số 123/2020/NĐ-CP"
                      r"(?:\s+(?:Luật|Bộ luật|Pháp lệnh)\s+[^,;.\d]{2,80}?(?:\s+(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}"
                      r"\s+năm\s+\d{4})?\s*(?:,|và)(?:\s+các)?)?\s*$", re.I)
_CLAUSE_START = re.compile(
    r"(?:^|;\s*|\.\s+)(?:-\s*)?(?P<lead>(?:Để\s+|Nâng cao hiệu quả\s+|Tiếp tục\s+)?(?:triển khai\s+)?(?P<cue>thực hiện|thi hành)"
    r"|Trên cơ sở(?:\s+tổng kết(?:\s+việc)?(?:\s+thực hiện)?)?|Căn cứ)\s+", re.I)
_ISSUE = re.compile(r",\s*(?:(?:tham mưu|trình)\s+)?(?:" + _BODY + r"\s+)?(?:đã\s+)?ban hành\s*$")
_LIST_SEP = re.compile(r"^\s*(?:[,;]|và|,\s*và)\s*(?:\(\d+\)\s*)?$")
# The amenders of one item of a list: "(đã) được sửa đổi, bổ sung (một số điều) theo/bởi/tại "
_ITEM_MODIFIER = re.compile(r"^[^.;:]{0,40}?(?:đã\s+)?được\s+(?:sửa đổi|bổ sung)[^.;:]{0,60}?\s(?:theo|bởi|tại)\s*$")
_IMPLICIT = re.compile(
    r"(?P<cue>(?:sơ kết|tổng kết)(?:\s+\d+\s+năm)?(?:\s+việc)?(?:\s+(?:thực hiện|thi hành))?"
    r"|(?:sửa đổi|bổ sung)(?:,\s*bổ sung)?(?:,\s*hoàn thiện)?(?:\s+một số điều(?: có liên quan đến [^,;.]{1,40}?)? của)?"
    r"|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ)\s*$", re.I)
_IMPLICIT_KIND = {"sơ": ("REVIEW", "REVIEWS"), "tổ": ("REVIEW", "REVIEWS"), "sử": ("AMENDMENT", "AMENDS"),
                  "bổ": ("AMENDMENT", "AMENDS"), "th": ("REPLACEMENT", "REPLACES"), "bã": ("REPEAL", "REPEALS"),
                  "hủ": ("REPEAL", "REPEALS"), "huỷ": ("REPEAL", "REPEALS"), "đì": ("SUSPENSION", "SUSPENDS"),
                  "ng": ("SUSPENSION", "SUSPENDS"), "tạ": ("SUSPENSION", "SUSPENDS")}
_PLAN_CUE = re.compile(r"(?:tham mưu|nghiên cứu|dự kiến|Phối hợp|Tham mưu)\s+(?:\w+\s+){0,3}$"
                       r"|nhiệm vụ[^.;]{0,40}(?:đó là|gồm)\s*:\s*(?:\(\d+\)\s*)?$", re.I)
# "Sơ kết, tổng kết, sửa đổi, bổ sung một số quy định …: (1) … (5) Quy định 04-QĐ/TW …": the activities apply to
# every numbered item of the list that follows the colon.
_LIST_ACTIVITY = re.compile(r"(?:^|\.\s+|^-\s*)(?P<cues>(?:(?:sơ kết|tổng kết|sửa đổi|bổ sung)(?:,\s*|\s+))+)[^:.]{0,250}:", re.I)
_ITEM_HEAD = re.compile(r"\(\d+\)\s*$")


@dataclass
class FoundRelation:
    source: str
    relation: str
    target: str
    planned: bool
    unit: int
    vstart: int
    vend: int
    rule: str
    scope: Optional[str] = None      # the part acted on: "khoản 2 Điều 17", "cụm từ", "số thứ tự 25 Phụ lục II"
    partial: bool = False            # the act touches only that part, not the whole document


def _rank(rel):
    return PRIORITY.index(rel)


def relate(seg: Segmented, found: List[Found], *, own_id: Optional[str] = None) -> List[FoundRelation]:
    by_unit: Dict[int, List[Found]] = {}
    for f in found:
        by_unit.setdefault(f.unit, []).append(f)
    out: List[FoundRelation] = []
    for ui, ms in by_unit.items():
        unit = seg.units[ui]
        ms.sort(key=lambda f: (f.vstart, -f.vend))
        out.extend(_list_activities(unit, ui, ms))
        topic = next((f for f in ms if f.kind not in ("anaphoric",)), None)
        starts = [f.vstart for f in ms]
        for s, e in unit.sentences:
            in_s = _in_sentence(ms, starts, s, e)
            if not in_s:
                continue
            rels = _sentence(unit, ui, s, e, in_s, topic)
            named = {(r.relation, r.target) for r in rels if not r.source.startswith("IMPLICIT:")}
            rels = [r for r in rels if not (r.source.startswith("IMPLICIT:") and (r.relation, r.target) in named)]
            best: Dict[tuple, FoundRelation] = {}
            for r in rels:
                k = (r.source, r.target)
                if r.source == r.target:
                    continue
                if k not in best or _rank(r.relation) < _rank(best[k].relation):
                    best[k] = r
            out.extend(best.values())
    return out


def _list_activities(unit, ui: int, ms: List[Found]) -> List[FoundRelation]:
    out = []
    for lm in _LIST_ACTIVITY.finditer(unit.text):
        cues = lm.group("cues").lower()
        kinds = ([("REVIEW", "REVIEWS")] if re.search("sơ kết|tổng kết", cues) else []) + \
                ([("AMENDMENT", "AMENDS")] if re.search("sửa đổi|bổ sung", cues) else [])
        for f in ms:
            if f.vstart < lm.end() or not f.code:
                continue
            if not _ITEM_HEAD.search(unit.text[max(lm.end(), f.vstart - 8):f.vstart]):
                continue
            for kind, rel in kinds:
                out.append(FoundRelation(f"IMPLICIT:{kind}-OF-{f.id}", rel, f.id, unit.future, ui, lm.start(),
                                         lm.end(), "implicit:list"))
    return out


def _in_sentence(ms: List[Found], starts: List[int], s: int, e: int) -> List[Found]:
    """The mentions starting in [s, e) of ``ms`` (sorted by start; ``starts`` their starts): a bisection,
    not a scan of the unit's mentions for every sentence (benchmark if changing: bench/bench_linear.py)."""
    return ms[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


def _outer_inner(in_s: List[Found]):
    # in_s is sorted by (start, -end), so the outer mentions have increasing starts and increasing ends: the
    # first one holding f is the first whose end reaches f's end (a bisection; a scan was N² on a list of N).
    top, children, ends = [], {}, []  # type: ignore[var-annotated]
    for f in in_s:
        k = bisect.bisect_left(ends, f.vend)
        parent = top[k] if k < len(top) else None
        if parent is not None:
            children.setdefault(id(parent), []).append(f)
        else:
            top.append(f)
            ends.append(f.vend)
    return top, children


def _planned_source(f: Found) -> bool:
    return f.draft or (f.kind == "descriptive" and f.planned)


def _sentence(unit, ui, s, e, in_s: List[Found], topic: Optional[Found]) -> List[FoundRelation]:
    text = unit.text
    rels: List[FoundRelation] = []
    top, children = _outer_inner(in_s)

    def add(src: Found, rel: str, tgt: Found, rule: str, planned=None):
        if not src.id or not tgt.id:
            return
        rels.append(FoundRelation(src.id, rel, tgt.id, _planned_source(src) if planned is None else planned,
                                  ui, s, e, rule))

    def with_list(first_idx: int):
        """The target at top[first_idx] and those joined to it by list separators.  An item may carry its own
        amenders ("Luật X số A đã được sửa đổi, bổ sung theo Luật số B và Luật số C; Luật Y số D"): they are
        skipped, and the list goes on after the ";"."""
        tg = [top[first_idx]]
        end = max(tg[0].ref_end, tg[0].vend)
        in_modifier = False
        for nxt in top[first_idx + 1:]:
            gap = text[end:nxt.vstart]
            if not in_modifier and _LIST_SEP.match(gap):
                tg.append(nxt)
            elif not in_modifier and _ITEM_MODIFIER.match(gap):
                in_modifier = True                      # nxt amends the item before it: not a target
            elif in_modifier and _LIST_SEP.match(gap) and ";" not in gap:
                pass                                    # one more amender of that item
            elif in_modifier and re.match(r"^\s*;\s*(?:và\s+)?(?:" + P._alt(TYPE_WORDS) + r")\b", gap + nxt_word(nxt)):
                in_modifier = False
                tg.append(nxt)
            else:
                break
            end = max(nxt.ref_end, nxt.vend)
        return tg

    def nxt_word(f):
        return text[f.vstart:f.vstart + 20]

    # nested: a described document that contains its target
    for f in top:
        kids = children.get(id(f), [])
        if not kids or f.kind != "descriptive":
            continue
        kid = kids[0]
        desc = text[f.vstart:kid.vstart]
        rel = None
        if re.search(r"sơ kết|tổng kết", desc, re.I):
            rel = "REVIEWS"
        elif f.rule == "descriptive:draft-amend":
            rel = "AMENDS"
        elif re.search(r"(?<!kèm)\stheo\s*$", desc):
            rel = "BASED_ON"
        elif f.draft and re.search(r"(?:thực hiện|thi hành)\s*$", desc):
            rel = "GUIDES" if f.type_code == "HD" else "IMPLEMENTS"
        if rel:
            add(f, rel, kid, "nested:" + rel.lower())

    # adjacent: ACTING ... CUE TARGET
    for i, a in enumerate(top[:-1]):
        if a.kind == "anaphoric":
            continue
        b = top[i + 1]
        gap = text[max(a.ref_end, a.vend):b.vstart]
        m = _ADJ_GAP.match(gap)
        if not m and a.ref_end > a.vend:
            # the title read as the mention's subject may itself state the act: "… về hướng dẫn thi hành … của"
            m = _ADJ_GAP.match(text[a.vend:b.vstart])
        if not m:
            continue
        cue = m.group("cue").lower()
        rel = _CUE_WORDS.get(cue)
        if rel is None or rel == "REVIEWS":
            continue
        for t in with_list(i + 1):
            add(a, rel, t, f"adjacent:{cue}")

    # purpose: clause-initial cue, targets, ", BODY ban hành ACTING"
    sent = text[s:e]
    top_starts = [f.vstart for f in top]
    for cm in _CLAUSE_START.finditer(sent):
        cstart = s + cm.end()
        lead = cm.group("lead").lower()
        rel = "BASED_ON" if lead.startswith(("trên cơ sở", "căn cứ")) else "IMPLEMENTS"
        first_after = bisect.bisect_left(top_starts, cstart)
        targets: List[Found] = []
        if re.match(r"đó\b", text[cstart:cstart + 3]) and topic is not None:
            targets = [topic]
            search_from = cstart + 2
        elif first_after < len(top) and top[first_after].vstart - cstart < 25:
            targets = with_list(first_after)
            search_from = max(targets[-1].ref_end, targets[-1].vend)
        else:
            continue
        k = bisect.bisect_left(top_starts, search_from)
        if k < len(top):                         # the first mention after the targets is the acting one
            act = top[k]
            if _ISSUE.search(text[search_from:act.vstart]) and ";" not in text[search_from:act.vstart]:
                for t in targets:
                    add(act, rel, t, f"purpose:{lead}")

    # implicit: an activity on a document with no acting instrument, on the whole of it or on a part
    # ("Bãi bỏ khoản 2 Điều 17 của Luật …", "Thay thế cụm từ “…” bằng cụm từ “…” tại Điều 5 của Nghị định …")
    for i, b in enumerate(top):
        before = text[max(s, b.vstart - 60):b.vstart]
        m = _IMPLICIT.search(before)
        scope = None
        if m is None:
            before = text[max(s, b.vstart - 260):b.vstart]
            m = _SCOPED_ACT.search(before) or _ANNEX_ACT.search(before)
            if m is not None:
                scope = _scope_text(m.group("scope"))
        if not m or b.kind == "anaphoric":
            continue
        prev = top[i - 1] if i > 0 else None
        if prev is not None and prev.vend > b.vstart - len(before) + m.start() and prev.vend <= b.vstart:
            continue                          # an acting document stands right before the cue
        cue = m.group("cue").lower()
        kind, rel = _IMPLICIT_KIND.get(cue[:4]) or _IMPLICIT_KIND[cue[:2]]
        if scope and rel == "REPLACES" and scope.startswith("cụm từ"):
            kind, rel = "AMENDMENT", "AMENDS"  # a phrase swap amends; it replaces no document
        lead = text[s:b.vstart - len(before) + m.start()][-80:]
        planned = unit.future or bool(_PLAN_CUE.search(lead))
        cue_name = re.sub(r"\s+", " ", cue)
        for t in with_list(i):
            rels.append(FoundRelation(f"IMPLICIT:{kind}-OF-{t.id}", rel, t.id, planned, ui, s, e, f"implicit:{cue_name}",
                                      scope=scope, partial=scope is not None))
    return rels


# A cue, then the part it acts on, then the document: "Bãi bỏ khoản 2 Điều 17 của", "sửa đổi, bổ sung điểm a khoản 10
# Điều 5 của", "Thay thế cụm từ “A” bằng cụm từ “B” tại điểm m khoản 1 Điều 35 của", "bãi bỏ danh mục số thứ tự 25 tại
# Phụ lục II".  The scope words are the layout's units (Phần, Chương, Mục, Điều, khoản, điểm, Phụ lục).
_PART = r"(?:điểm|khoản|Điều|Mục|Chương|Phần|Phụ lục|tiết|mục|danh mục(?:\s+số thứ tự)?|số thứ tự|STT|cột|dòng|chỉ tiêu)"
_SCOPE_ITEM = r"(?:cụm từ\s+“[^”]{0,400}”(?:\s+(?:bằng|thành)\s+cụm từ\s+“[^”]{0,400}”)?|" + _PART + r"\s+[\w.]{1,12})"
_SCOPE_SEP = r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s+(?:quy định\s+)?(?:tại|của|trong)\s+|\s+)"
_SCOPE = _SCOPE_ITEM + r"(?:" + _SCOPE_SEP + _SCOPE_ITEM + r")*\s*"
_SCOPED_ACT = re.compile(
    r"(?P<cue>sửa đổi,\s*bổ sung|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|đình chỉ(?: việc thi hành)?|ngưng hiệu lực"
    r"|tạm ngưng hiệu lực)\s+(?:một số nội dung (?:tại|của)\s+)?(?P<scope>" + _SCOPE + r")"
    r"(?:quy định\s+)?(?:(?:tại|của|trong)\s+)*(?:(?:các|một số)\s+)?$", re.I)


# An act on an annex of a document: "bãi bỏ Danh mục và Quy trình nội bộ các TTHC tại phần II ban hành kèm theo",
# "Bãi bỏ 03 thủ tục hành chính (số thứ tự 04, 06, 07) được ban hành kèm theo" -> partial, scope = what is acted on.
_ANNEX_ACT = re.compile(
    r"(?P<cue>sửa đổi,\s*bổ sung|sửa đổi|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|đình chỉ|ngưng hiệu lực)\s+"
    r"(?P<scope>(?:(?!\bkèm theo\b|\bthay thế\b|\bbãi bỏ\b)[^;.“”]){3,220}?)"
    r"\s+(?:được\s+)?(?:ban hành\s+)?(?:kèm theo|tại)\s*$", re.I)


def _scope_text(raw: str) -> Optional[str]:
    """"khoản 2 Điều 17 của" -> "khoản 2 Điều 17"; a phrase swap -> "cụm từ"."""
    raw = re.sub(r"\s+", " ", raw).strip(" ,;")
    if raw.lower().startswith("cụm từ"):
        tail = re.sub(r"^cụm từ\s+“[^”]*”(?:\s+(?:bằng|thành)\s+cụm từ\s+“[^”]*”)?\s*", "", raw, flags=re.I).strip(" ,")
        tail = re.sub(r"^(?:quy định\s+)?(?:tại|của|trong)\s+", "", tail, flags=re.I)
        return "cụm từ" + (f" ({tail})" if tail else "")
    return raw or None


# ---------------------------------------------------------------- the file's own (normative) document
# In a law, decree or circular the unattached cues are the document's own acts: "Điều 1. Sửa đổi, bổ sung một
# số điều của Luật … số 14/2017/QH14", "Bãi bỏ Nghị quyết số 132/2020/QH14", "Căn cứ Luật … số 80/2015/QH13;".
NORMATIVE_TYPES = {"Luật", "Bộ luật", "Nghị định", "Thông tư", "Thông tư liên tịch", "Pháp lệnh", "Nghị quyết",
                   "Quyết định", "Văn bản hợp nhất", "Chỉ thị"}
_STATE_CODE = re.compile(r"^\d+/(?:\d{4}/)?[A-ZĐ]")
_PASSIVE = re.compile(
    r"(?:đã\s+)?được\s+(?P<cue>sửa đổi,\s*bổ sung|sửa đổi|bổ sung|thay thế(?: bằng cụm từ\s+“[^”]{0,200}”)?|bãi bỏ)"
    r"(?:\s+(?:một số điều|một số nội dung))?\s+(?:bởi|theo|tại)(?:\s+quy định tại)?"
    r"(?:\s+(?:(?:điểm|khoản|Điều|Mục|Chương|Phụ lục)\s+[\w.]{1,8}[\s,]*(?:và\s+)?)+(?:của)?)?[\s:]*(?:\d+\.\s*)?$", re.I)
_CEASES = re.compile(r"^[^.;]{0,160}?\bhết hiệu lực(?: thi hành)? (?:kể )?từ ngày\s+(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)\s+này", re.I)
_ITEM_ACT = re.compile(r"^\s*(?:Điều\s+\d+\s*\.\s*|\d+\.\s*|[a-zđ]\)\s*)*(?P<cue>Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Hủy bỏ|Huỷ bỏ|Đình chỉ|Tạm ngưng)\b")
_ITEM_KIND = {"sửa": "AMENDS", "bổ ": "AMENDS", "bãi": "REPEALS", "tha": "REPLACES", "hủy": "REPEALS", "huỷ": "REPEALS",
              "đìn": "SUSPENDS", "tạm": "SUSPENDS"}
_THIS = re.compile(r"(?:Điểm|Điều|Khoản|Cụm từ|Chương|Mục|Phụ lục)\s+(?:này|“)", re.I)


def is_normative(own) -> bool:
    """A legal normative document (or its consolidation) acts by its own articles."""
    return bool(own is not None and own.id and (own.type in NORMATIVE_TYPES and _STATE_CODE.match(own.code or "")
                                                or "VBHN" in (own.code or "")))


# Patterns anchored at a unit's end ("… như sau:"): searched only when the unit ends as they do (a search over
# every unit's text was most of own_relations; benchmark if changing).
_AS_FOLLOWS = re.compile(r"(?:có căn cứ ban hành|quy định) như sau:\s*$")
_INTRO = re.compile(r"như sau\s*:\s*$")
_AMENDED_BY = re.compile(r"được\s+(sửa đổi,\s*bổ sung|sửa đổi|bổ sung)(?:\s+một số điều)?\s+(?:bởi|theo)\s*:?\s*$")


def _quoted_speakers(seg: Segmented, found: List[Found]) -> Dict[int, str]:
    """Units quoting another document's text ("Luật số 35/2018/QH14 … có căn cứ ban hành như sau: “Căn cứ …”"):
    their acts are that document's, not the file's."""
    last_code: Dict[int, Found] = {}
    for f in found:
        if f.code:
            last_code[f.unit] = f
    speaker, current = {}, None
    for ui, u in enumerate(seg.units):
        if current is not None:
            speaker[ui] = current
            if u.text.rstrip().endswith(("”", "”.", "”;")):
                current = None
        m = _AS_FOLLOWS.search(u.text) if u.text.rstrip().endswith(":") else None
        if m and ui in last_code and not u.text.rstrip().endswith("”"):
            current = last_code[ui].id
    return speaker


ACTS = {"AMENDS", "REPLACES", "REPEALS", "SUSPENDS", "CORRECTS"}
# Documents that report, propose or pass on rather than act: their unattached cues are not their own acts
# ("sửa đổi, bổ sung Quy định số 132-QĐ/TW" in a report is a task).
NON_ACTING_TYPES = {"Báo cáo", "Tờ trình", "Công văn", "Thông báo", "Công điện", "Biên bản", "Bản sao"}
REPORT_TYPES = {"Báo cáo", "Tờ trình", "Biên bản"}     # their "Thực hiện X, …" tells what a body did, not what they implement
_ENACTING_FORMULA = re.compile(r"\bban hành\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư|Quyết định|Nghị quyết|Quy định"
                               r"|Quy chế)\b")
_SELF_SUBJECT = re.compile(r"\b(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Thông tư(?: liên tịch)?|Quyết định|Nghị quyết|Quy định"
                           r"|Quy chế|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch|Chương trình|Văn bản)\s+này\b")
_PREAMBLE_CUE = re.compile(r"^[\s*_\-–+•]*(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Theo Tờ trình|Xét Tờ trình|Trên cơ sở"
                           r"|Triển khai|Để|Theo|Xét)\b|.*\bban hành\b", re.I)
_STARTS_WITH_TYPE = re.compile(r"^[\s*_\-–+•;]*(?:" + P._alt(TYPE_WORDS) + r")\b")   # "Nghị định số 48/2013/NĐ-CP …;"
_BASE_UNIT = re.compile(r"^[\s*_\-–+•“\"]*Căn cứ\b")
_OPENING = re.compile(r"^[\s*_\-–+•]*(?:Để\s+)?(?:tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|thi hành|Triển khai)\b", re.I)
# Where an opening "Thực hiện X, Y, …" clause hands over to its main clause: ", <subject> <verb>".
_MAIN_CLAUSE = re.compile(r",\s*(?:(?!Nghị|Quyết|Thông|Luật|Chỉ|Kết|Quy|Hướng|Kế|Công)[A-ZĐÀ-Ỹ][^,;:]{0,80}?\s+)?"
                          r"(?:ban hành|đề nghị|yêu cầu|hướng dẫn|thông báo|chỉ đạo|xây dựng|quyết định|trả lời|giao"
                          r"|có ý kiến|báo cáo|đề xuất|kết luận|quy định)\b")
# An effect clause's list: "Bãi bỏ các văn bản sau đây:", "Các Quyết định sau hết hiệu lực kể từ ngày …:"
_LIST_ACT = re.compile(r"(?P<cue>bãi bỏ|hủy bỏ|huỷ bỏ|thay thế|hết hiệu lực|đình chỉ|ngưng hiệu lực|sửa đổi,\s*bổ sung)"
                       r"[^:]{0,200}:\s*$", re.I)
_LIST_ITEM = re.compile(r"^[\s*]*(?:\d+(?:\.\d+)*\s*[.)]|[a-zđ]\)|[-+•–])\s*")
_CEASE_CUE = re.compile(r"\bhết hiệu lực\b", re.I)
_LIST_KIND = {"bãi": "REPEALS", "hủy": "REPEALS", "huỷ": "REPEALS", "tha": "REPLACES", "hết": "REPEALS",
              "đìn": "SUSPENDS", "ngư": "SUSPENDS", "sửa": "AMENDS"}


def acts_by_itself(own) -> bool:
    """The own document acts by its own text (a law, decree, decision, regulation, resolution, plan …), as opposed
    to reporting, proposing or writing a letter."""
    if own is None or not own.id:
        return False
    if own.type:
        return own.type not in NON_ACTING_TYPES
    return is_normative(own)


def _quote_state(seg: Segmented) -> Dict[int, int]:
    """Body units inside a quotation (“…” over several units: the text an amending document puts in the amended
    one): unit -> offset in the unit's text where the quotation starts (0 when the whole unit is quoted)."""
    quoted: Dict[int, int] = {}
    inside = False
    prev_intro = False
    for ui, u in enumerate(seg.units):
        if u.kind == "footnote":
            continue
        t = u.text
        opens, closes = t.count("“"), t.count("”")
        if inside:
            quoted[ui] = 0
            if closes > opens:
                inside = False
            continue
        if opens > closes:
            k = t.rfind("“")
            quoted[ui] = 0 if not t[:k].strip(" *") else k
            inside = True
        elif t.lstrip(" *").startswith("“") and (len(t) > 80 or prev_intro):
            quoted[ui] = 0                           # "… được sửa đổi như sau:" then “2. Bãi bỏ …”
        prev_intro = t.rstrip().endswith(":") and _INTRO.search(t) is not None
    return quoted


def own_relations(seg: Segmented, found: List[Found], rels: List[FoundRelation], own, lay=None) -> List[FoundRelation]:
    """Relations decided by the part a reference stands in (the layout stage tells the part):

    * the preamble's "Căn cứ X" -> own BASED_ON X (every document of the item);
    * an opening "Thực hiện X, Y, …" -> own IMPLEMENTS X, Y (not the documents those name in turn);
    * in the body, title and annexes of a document that acts (not a report or letter): an act with no acting
      document ("Bãi bỏ Quyết định số …", "Thay thế cụm từ … tại Điều 5 của …") is the own document's, and so is
      "X này thay thế …" in any document; "X hết hiệu lực" and effect-clause lists ("các văn bản sau: a) … b) …")
      -> own REPEALS/REPLACES each item;
    * text quoted by an amending document belongs to the amended one; a consolidated text's (VBHN) articles to the
      consolidated original;
    * passives anywhere: "X (đã) được sửa đổi, bổ sung bởi/tại Y" -> Y AMENDS X.
    """
    units = seg.units
    part = {ui: (lay.part_at(u.start) if lay is not None else "body") for ui, u in enumerate(units)}
    quoted = _quote_state(seg)
    speaker = _quoted_speakers(seg, found)
    own_id = own.id if own is not None else None
    acting = acts_by_itself(own)
    vbhn = bool(own_id and "VBHN" in (own.code or ""))
    by_unit: Dict[int, List[Found]] = {}
    for f in found:
        if f.id and f.id != own_id:
            by_unit.setdefault(f.unit, []).append(f)
    for ms in by_unit.values():
        ms.sort(key=lambda f: f.vstart)

    consolidated = None
    out: List[FoundRelation] = []
    if vbhn:
        first = next((f for f in found if f.code and f.id != own_id and f.type_code in ("L", None) or
                      (f.code and f.id != own_id and f.type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị định", "Thông tư",
                                                                 "Thông tư liên tịch", "Nghị quyết", "Quyết định"))),
                     None)
        if first is not None:
            consolidated = first.id
            out.append(FoundRelation(own_id, "CONSOLIDATES", first.id, False, first.unit, first.vstart, first.vend,
                                     "own:hợp nhất"))
    last_amended: Optional[str] = None

    def who_acts(ui: int, pos: int, sentence: str) -> Optional[str]:
        """The acting document of an act with no acting mention at ``pos`` in unit ``ui``."""
        if ui in speaker:
            return speaker[ui]
        if ui in quoted and pos >= quoted[ui]:
            return last_amended
        if units[ui].kind == "footnote":
            return None
        if _SELF_SUBJECT.search(sentence):
            return consolidated if vbhn else own_id
        if part[ui] in ("body", "annex", "title", "signature") and acting:
            return consolidated if vbhn else own_id
        if part[ui] == "preamble" and acting and _ENACTING_FORMULA.search(sentence):
            return consolidated if vbhn else own_id     # "Quốc hội ban hành Luật sửa đổi, bổ sung … của Luật …"
        return None

    # 1. the relations of the cue rules: an act without an acting document becomes the own document's
    for r in rels:
        if r.source.startswith("IMPLICIT:") and r.relation in ACTS and not r.planned:
            unit = units[r.unit]
            t = next((f for f in by_unit.get(r.unit, ()) if f.id == r.target and r.vstart <= f.vstart < r.vend), None)
            who = who_acts(r.unit, t.vstart if t else r.vstart, unit.text[r.vstart:t.vstart if t else r.vend])
            if who and who != r.target:
                r = FoundRelation(who, r.relation, r.target, False, r.unit, r.vstart, r.vend, "own:" + r.rule,
                                  scope=r.scope, partial=r.partial)
                if r.relation == "AMENDS" and who in (own_id, consolidated):
                    last_amended = r.target
        elif r.source.startswith("IMPLICIT:") and (r.unit in speaker or part[r.unit] == "preamble"):
            continue
        out.append(r)

    # 2. per unit: bases, openings, article acts, effect lists, passives
    pending_list = None            # (relation, acting id) of an effect-clause list still running
    in_base = False                # a preamble "Căn cứ" item whose documents go on in the next paragraphs
    pending_passive = None         # target of "X … được sửa đổi, bổ sung bởi:" whose amenders follow as items
    for ui, unit in enumerate(units):
        text = unit.text
        ms = by_unit.get(ui, [])
        where = part[ui]
        if pending_list is not None:
            if _LIST_ITEM.match(text) and ms:
                rel, who = pending_list
                first = next((f for f in ms if f.code), ms[0])
                scope = _scope_before(text, first.vstart)
                if rel == "REPLACES" and scope and scope.startswith("cụm từ"):
                    rel = "AMENDS"
                out.append(FoundRelation(who, rel, first.id, False, ui, 0, len(text), "own:list",
                                         scope=scope, partial=scope is not None))
                continue
            if not _LIST_ITEM.match(text):
                pending_list = None
        if pending_passive is not None:
            target, cue_rel = pending_passive
            if ms and where in ("header", "title") and ms[0].code and ms[0].vstart < 40:
                out.append(FoundRelation(ms[0].id, cue_rel, target, False, ui, 0, len(text), "passive:list"))
                if vbhn and target == consolidated:
                    out.append(FoundRelation(own_id, "CONSOLIDATES", ms[0].id, False, ui, 0, len(text), "own:hợp nhất"))
            elif where not in ("header", "title") or _BASE_UNIT.match(text):
                pending_passive = None
        if not ms and where != "preamble" and ":" not in text:
            continue    # no mention, no base item, no list of acts ending in ":": nothing below can happen
        starts = [f.vstart for f in ms]
        for s, e in unit.sentences:
            in_s = _in_sentence(ms, starts, s, e)
            sentence = text[s:e]
            # the preamble's bases (and a letter's "Căn cứ …" items): every document named in the item
            if s == 0 and where == "preamble":
                in_base = bool(_BASE_UNIT.match(sentence)) or (in_base and not _PREAMBLE_CUE.match(sentence)
                                                               and _STARTS_WITH_TYPE.match(sentence) is not None)
            base_item = _BASE_UNIT.match(sentence) or (in_base and where == "preamble" and s == 0)
            if base_item and (where == "preamble" or where == "body" and s == 0) and ui not in quoted:
                who = speaker.get(ui, own_id)
                purpose_sources = {r.source for r in rels if r.unit == ui and r.rule.startswith("purpose")}
                if who and not purpose_sources:
                    for f in in_s:
                        if f.kind != "anaphoric":
                            out.append(FoundRelation(who, "BASED_ON", f.id, False, ui, s, e, "own:căn cứ",
                                                     scope=_scope_before(sentence, f.vstart - s, base=True)))
            # an opening "Thực hiện X, Y, …": own IMPLEMENTS the documents of the clause (not those they act on)
            if (_OPENING.match(sentence) and own_id and ui not in quoted and unit.kind != "footnote"
                    and own.type not in REPORT_TYPES
                    and (where == "preamble" or where == "body" and _first_body_units(units, part, ui))):
                main = _MAIN_CLAUSE.search(sentence)
                stop = s + (main.start() if main else len(sentence))
                acted = {r.target for r in rels if r.unit == ui and not r.source.startswith("IMPLICIT:")}
                other_acting = [r for r in rels if r.unit == ui and r.rule.startswith("purpose")]
                if not other_acting:
                    for f in in_s:
                        if f.vstart < stop and f.id not in acted and f.kind != "anaphoric":
                            out.append(FoundRelation(own_id, "IMPLEMENTS", f.id, False, ui, s, e, "own:thực hiện"))
            # "1. Sửa đổi, bổ sung điểm a khoản 10 Điều 5 của Luật Điện lực số 61/2024/QH15": an article's own act
            im = _ITEM_ACT.match(sentence)
            # not a number quoted inside the act's phrase ("Sửa đổi cụm từ “… Nghị định số 59/2021/NĐ-CP …” tại …")
            numbered = [f for f in in_s if f.code and text[s:f.vstart].count("“") <= text[s:f.vstart].count("”")]
            if im and numbered and acting and where in ("body", "annex"):
                first = numbered[0]
                who = who_acts(ui, first.vstart, text[s:first.vstart])
                if who and not _PASSIVE.search(text[s:first.vstart]):
                    rel = _ITEM_KIND[im.group("cue").lower()[:3]]
                    scope = _scope_before(text[s:first.vstart], first.vstart - s)
                    if rel == "REPLACES" and scope and scope.startswith("cụm từ"):
                        rel = "AMENDS"
                    out.append(FoundRelation(who, rel, first.id, False, ui, s, e, "own:item:" + im.group("cue").lower(),
                                             scope=scope, partial=scope is not None))
                    if rel == "AMENDS":
                        last_amended = first.id
            # an effect clause's list: "Bãi bỏ các văn bản sau đây:" then items
            lm = _LIST_ACT.search(sentence) if sentence.rstrip().endswith(":") else None   # it ends in ":"
            if lm and e >= len(text.rstrip()) - 1 and not [f for f in in_s if f.vstart > s + lm.end("cue")]:
                who = who_acts(ui, s + lm.start(), sentence[:lm.start()])
                if who:
                    pending_list = (_LIST_KIND[lm.group("cue").lower()[:3]], who)
            for i, f in enumerate(in_s):
                before = text[s:f.vstart]
                # "T … đã được sửa đổi, bổ sung bởi A": A amends T
                pm = _PASSIVE.search(before)
                if pm:
                    cue_at = f.vstart - len(before) + pm.start()
                    prev = next((in_s[j] for j in range(i - 1, -1, -1) if in_s[j].vend <= cue_at), None)
                    target = prev.id if prev is not None else None
                    if target is None and _THIS.search(text[s:s + pm.start()]):
                        target = consolidated or own_id
                    if target and target != f.id:
                        rel = "REPEALS" if pm.group("cue").lower() == "bãi bỏ" else "AMENDS"
                        out.append(FoundRelation(f.id, rel, target, False, ui, s, e, "passive:" + pm.group("cue").split(" bằng")[0]))
                        if vbhn and target == consolidated and where in ("header", "title"):
                            out.append(FoundRelation(own_id, "CONSOLIDATES", f.id, False, ui, s, e, "own:hợp nhất"))
                        # a list of amending documents: "bởi Luật số A, Luật số B và Luật số C"
                        for k in range(i + 1, len(in_s)):
                            nxt = in_s[k]
                            if re.fullmatch(r"[\s,;]*(?:và\s+)?", text[in_s[k - 1].ref_end if in_s[k - 1].ref_end > in_s[k - 1].vend else in_s[k - 1].vend:nxt.vstart]) or \
                                    re.fullmatch(r"[\s,;]*(?:và\s+)?", text[in_s[k - 1].vend:nxt.vstart]):
                                out.append(FoundRelation(nxt.id, rel, target, False, ui, s, e, "passive:list"))
                                if vbhn and target == consolidated and where in ("header", "title"):
                                    out.append(FoundRelation(own_id, "CONSOLIDATES", nxt.id, False, ui, s, e, "own:hợp nhất"))
                            else:
                                break
                # "Luật Thủy sản số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực": the own document repeals it
                after = text[f.ref_end if f.ref_end > f.vend else f.vend:e]
                cease = _CEASE_CUE.search(after[:600])
                cm = _CEASES.match(after) or (cease and acting and where in ("body", "annex")
                                              and not re.search(r"[.;]", after[:cease.start()])
                                              and not _PASSIVE.search(before))
                amender = re.search(r"được\s+(?:sửa đổi|bổ sung|thay thế)", text[s:f.vstart], re.I)
                if cm and not amender:
                    who = who_acts(ui, f.vstart, before) or (own_id if _CEASES.match(after) else None)
                    if who and who != f.id and not re.search(r"\bđã\s+hết hiệu lực|\bsẽ\s+hết hiệu lực", after[:200]):
                        out.append(FoundRelation(who, "REPEALS", f.id, False, ui, s, e, "own:hết hiệu lực"))
        # "Luật X … được sửa đổi, bổ sung bởi:" (the amenders follow, one per line, in a VBHN's opening)
        pm = _AMENDED_BY.search(text) if text.rstrip().endswith((":", "bởi", "theo")) else None
        if pm and ms and ms[-1].vend <= pm.start():
            pending_passive = (ms[-1].id if not vbhn or consolidated is None else consolidated, "AMENDS")
    seen, unique = set(), []
    for r in out:
        k = (r.source, r.relation, r.target, r.unit, r.vstart)
        if k not in seen and r.source != r.target and r.source and r.target:
            seen.add(k)
            unique.append(r)
    return unique


def _first_body_units(units, part, ui: int, n: int = 3) -> bool:
    """``ui`` is among the first ``n`` body units of the document (a plan's or letter's opening paragraph)."""
    body = [k for k in range(len(units)) if part[k] == "body" and units[k].kind == "body"][:n]
    return ui in body


def _scope_before(text: str, pos: int, base: bool = False) -> Optional[str]:
    """The part of a document named right before its mention: "khoản 2 Điều 17 của Luật …" -> "khoản 2 Điều 17"."""
    m = re.search(r"(?P<scope>" + _SCOPE + r")(?:quy định\s+)?(?:(?:tại|của|trong)\s+)*(?:(?:các|một số)\s+)?$", text[max(0, pos - 260):pos], re.I)
    if not m or not m.group("scope").strip():
        return None
    scope = _scope_text(m.group("scope"))
    return scope

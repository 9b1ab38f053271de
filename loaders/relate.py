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

import re
from dataclasses import dataclass
from typing import Dict, List, Optional

from vanban.domain.vocab import DOCUMENT_RELATIONS_BY_STRENGTH
from vanban.loaders import patterns as P
from vanban.loaders.find import Found
from vanban.loaders.segment import Segmented, sentences

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
_FILLER = r"(?:\s+(?:việc|một số điều của|các|(?:\d+|\w+)\s+năm(?:\s+thực hiện)?))*"
# What may stand between an acting mention's attachments and the cue: nothing but "để".
_ADJ_GAP = re.compile(r"^[\s,]*(?:để\s+)?(?P<cue>" + _CUE_ALT + r")" + _FILLER + r"\s*$", re.I)
_CLAUSE_START = re.compile(
    r"(?:^|;\s*|\.\s+)(?:-\s*)?(?P<lead>(?:Để\s+|Nâng cao hiệu quả\s+|Tiếp tục\s+)?(?:triển khai\s+)?(?P<cue>thực hiện|thi hành)"
    r"|Trên cơ sở(?:\s+tổng kết(?:\s+việc)?(?:\s+thực hiện)?)?|Căn cứ)\s+", re.I)
_ISSUE = re.compile(r",\s*(?:(?:tham mưu|trình)\s+)?(?:" + _BODY + r"\s+)?(?:đã\s+)?ban hành\s*$")
_LIST_SEP = re.compile(r"^\s*(?:[,;]|và|,\s*và)\s*(?:\(\d+\)\s*)?$")
_IMPLICIT = re.compile(
    r"(?P<cue>(?:sơ kết|tổng kết)(?:\s+\d+\s+năm)?(?:\s+việc)?(?:\s+(?:thực hiện|thi hành))?"
    r"|(?:sửa đổi|bổ sung)(?:,\s*bổ sung)?(?:,\s*hoàn thiện)?(?:\s+một số điều(?: có liên quan đến [^,;.]{1,40}?)? của)?"
    r"|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ)\s*$", re.I)
_IMPLICIT_KIND = {"sơ": ("REVIEW", "REVIEWS"), "tổ": ("REVIEW", "REVIEWS"), "sử": ("AMENDMENT", "AMENDS"),
                  "bổ": ("AMENDMENT", "AMENDS"), "th": ("REPLACEMENT", "REPLACES"), "bã": ("REPEAL", "REPEALS"),
                  "hủ": ("REPEAL", "REPEALS"), "huỷ": ("REPEAL", "REPEALS")}
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
        for s, e in unit.sentences:
            in_s = [f for f in ms if s <= f.vstart < e]
            if not in_s:
                continue
            rels = _sentence(unit, ui, s, e, in_s, topic)
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


def _outer_inner(in_s: List[Found]):
    top, children = [], {}
    for f in in_s:
        parent = next((t for t in top if t.vstart <= f.vstart and f.vend <= t.vend and t is not f), None)
        if parent is not None:
            children.setdefault(id(parent), []).append(f)
        else:
            top.append(f)
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
        """The target at top[first_idx] and those joined to it by list separators."""
        tg = [top[first_idx]]
        for nxt in top[first_idx + 1:]:
            prev = tg[-1]
            if _LIST_SEP.match(text[max(prev.ref_end, prev.vend):nxt.vstart]):
                tg.append(nxt)
            else:
                break
        return tg

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
    for cm in _CLAUSE_START.finditer(sent):
        cstart = s + cm.end()
        lead = cm.group("lead").lower()
        rel = "BASED_ON" if lead.startswith(("trên cơ sở", "căn cứ")) else "IMPLEMENTS"
        after = [f for f in top if f.vstart >= cstart]
        targets: List[Found] = []
        if re.match(r"đó\b", text[cstart:cstart + 3]) and topic is not None:
            targets = [topic]
            search_from = cstart + 2
        elif after and after[0].vstart - cstart < 25:
            targets = with_list(top.index(after[0]))
            search_from = max(targets[-1].ref_end, targets[-1].vend)
        else:
            continue
        for act in [f for f in top if f.vstart >= search_from]:
            if _ISSUE.search(text[search_from:act.vstart]) and ";" not in text[search_from:act.vstart]:
                for t in targets:
                    add(act, rel, t, f"purpose:{lead}")
            break

    # implicit: an activity on a document with no acting instrument
    for i, b in enumerate(top):
        before = text[max(s, b.vstart - 60):b.vstart]
        m = _IMPLICIT.search(before)
        if not m or b.kind == "anaphoric":
            continue
        prev = top[i - 1] if i > 0 else None
        if prev is not None and prev.vend > b.vstart - len(before) + m.start() and prev.vend <= b.vstart:
            continue                          # an acting document stands right before the cue
        cue = m.group("cue").lower()
        kind, rel = _IMPLICIT_KIND.get(cue[:4]) or _IMPLICIT_KIND[cue[:2]]
        lead = text[s:b.vstart - len(before) + m.start()][-80:]
        planned = unit.future or bool(_PLAN_CUE.search(lead))
        for t in with_list(i):
            rels.append(FoundRelation(f"IMPLICIT:{kind}-OF-{t.id}", rel, t.id, planned, ui, s, e, f"implicit:{cue}"))
    return rels


# ---------------------------------------------------------------- the file's own (normative) document
# In a law, decree or circular the unattached cues are the document's own acts: "Điều 1. Sửa đổi, bổ sung một
# số điều của Luật … số 14/2017/QH14", "Bãi bỏ Nghị quyết số 132/2020/QH14", "Căn cứ Luật … số 80/2015/QH13;".
NORMATIVE_TYPES = {"Luật", "Bộ luật", "Nghị định", "Thông tư", "Thông tư liên tịch", "Pháp lệnh", "Nghị quyết",
                   "Quyết định", "Văn bản hợp nhất", "Chỉ thị"}
_STATE_CODE = re.compile(r"^\d+/(?:\d{4}/)?[A-ZĐ]")
_PASSIVE = re.compile(
    r"(?:đã\s+)?được\s+(?P<cue>sửa đổi, bổ sung|sửa đổi|bổ sung|thay thế(?: bằng cụm từ\s+“[^”]{0,200}”)?|bãi bỏ)"
    r"(?:\s+một số điều)?\s+(?:bởi|theo)(?:\s+quy định tại\s+[^.;]{0,120}?\s+của)?[\s:]*(?:\d+\.\s*)?$", re.I)
_CEASES = re.compile(r"^[^.;]{0,160}?\bhết hiệu lực(?: thi hành)? (?:kể )?từ ngày\s+(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Pháp lệnh)\s+này", re.I)
_ITEM_ACT = re.compile(r"^\s*(?:Điều\s+\d+\s*\.\s*|\d+\.\s*|[a-zđ]\)\s*)*(?P<cue>Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Hủy bỏ|Huỷ bỏ)\b")
_ITEM_KIND = {"sửa": "AMENDS", "bổ ": "AMENDS", "bãi": "REPEALS", "tha": "REPLACES", "hủy": "REPEALS", "huỷ": "REPEALS"}
_THIS = re.compile(r"(?:Điểm|Điều|Khoản|Cụm từ|Chương|Mục|Phụ lục)\s+(?:này|“)", re.I)


def is_normative(own) -> bool:
    """A legal normative document (or its consolidation) acts by its own articles."""
    return bool(own is not None and own.id and (own.type in NORMATIVE_TYPES and _STATE_CODE.match(own.code or "")
                                                or "VBHN" in (own.code or "")))


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
        m = re.search(r"(?:có căn cứ ban hành|quy định) như sau:\s*$", u.text)
        if m and ui in last_code and not u.text.rstrip().endswith("”"):
            current = last_code[ui].id
    return speaker


def own_relations(seg: Segmented, found: List[Found], rels: List[FoundRelation], own) -> List[FoundRelation]:
    """Attribute unattached acts to a normative own document; add passives, bases, repeals, consolidation."""
    if not is_normative(own):
        return rels
    speaker = _quoted_speakers(seg, found)
    out = []
    for r in rels:
        if r.source.startswith("IMPLICIT:"):
            who = speaker.get(r.unit, own.id)
            r = FoundRelation(who, r.relation, r.target, False, r.unit, r.vstart, r.vend, "own:" + r.rule)
        out.append(r)
    by_unit: Dict[int, List[Found]] = {}
    for f in found:
        if f.id and f.id != own.id:
            by_unit.setdefault(f.unit, []).append(f)
    consolidated = None
    if "VBHN" in (own.code or ""):
        first = next((f for f in found if f.code and f.id != own.id and f.type_code in ("L", None) or
                      (f.code and f.id != own.id and f.type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị định"))), None)
        if first is not None:
            consolidated = first.id
            u = seg.units[first.unit]
            out.append(FoundRelation(own.id, "CONSOLIDATES", first.id, False, first.unit, first.vstart, first.vend,
                                     "own:hợp nhất"))
    for ui, ms in by_unit.items():
        text = seg.units[ui].text
        ms.sort(key=lambda f: f.vstart)
        for s, e in seg.units[ui].sentences:
            in_s = [f for f in ms if s <= f.vstart < e]
            # "1. Sửa đổi, bổ sung điểm a khoản 10 Điều 5 của Luật Điện lực số 61/2024/QH15": an article's own act
            im = _ITEM_ACT.match(text[s:e])
            numbered = [f for f in in_s if f.code]
            if im and numbered:
                first = numbered[0]
                if not _PASSIVE.search(text[s:first.vstart]):
                    rel = _ITEM_KIND[im.group("cue").lower()[:3]]
                    out.append(FoundRelation(own.id, rel, first.id, False, ui, s, e, "own:item:" + im.group("cue").lower()))
            for i, f in enumerate(in_s):
                before = text[s:f.vstart]
                # "Căn cứ Luật … số 80/2015/QH13;": a base of the document itself
                if re.match(r"\s*(?:\"|“)?\s*Căn cứ\b", text[s:e]) and i == 0 and not text[s:e].lstrip(" \"“").startswith("Căn cứ Hiến pháp đã"):
                    if not re.search(r"[\"“]", text[max(0, s - 2):s + 2]):      # a quoted base belongs to another law
                        out.append(FoundRelation(speaker.get(ui, own.id), "BASED_ON", f.id, False, ui, s, e, "own:căn cứ"))
                # "T … đã được sửa đổi, bổ sung bởi A": A amends T
                pm = _PASSIVE.search(before)
                if pm:
                    prev = next((p for p in reversed(in_s[:i]) if p.vend <= s + pm.start()), None)
                    target = prev.id if prev is not None else None
                    if target is None and _THIS.search(text[s:s + pm.start()]):
                        target = consolidated or own.id
                    if target and target != f.id:
                        rel = "REPEALS" if pm.group("cue").lower() == "bãi bỏ" else "AMENDS"
                        out.append(FoundRelation(f.id, rel, target, False, ui, s, e, "passive:" + pm.group("cue").split(" bằng")[0]))
                        # a list of amending laws: "theo Luật số A, Luật số B và Luật số C"
                        for nxt in in_s[i + 1:]:
                            # only "Luật số A, Luật số B và Luật số C": a named law starts a new item of the list
                            if re.fullmatch(r"[\s,]*(?:và\s+)?", text[in_s[in_s.index(nxt) - 1].vend:nxt.vstart]) and \
                                    re.fullmatch(r"(?:(?:Luật|Nghị định|Thông tư)\s+)?(?:số:?\s*)?\S+", text[nxt.vstart:nxt.vend]):
                                out.append(FoundRelation(nxt.id, rel, target, False, ui, s, e, "passive:list"))
                            else:
                                break
                # "Luật Thủy sản số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực"
                if _CEASES.match(text[f.ref_end if f.ref_end > f.vend else f.vend:e]) and \
                        (i == 0 or not _PASSIVE.search(text[s:f.vstart])):
                    out.append(FoundRelation(own.id, "REPEALS", f.id, False, ui, s, e, "own:hết hiệu lực"))
    seen, unique = set(), []
    for r in out:
        k = (r.source, r.relation, r.target, r.unit, r.vstart)
        if k not in seen and r.source != r.target:
            seen.add(k)
            unique.append(r)
    return unique

"""Resolve: one identity per document, doubt kept visible.

* Numbers restart with each Party term: mentions of one code with dates in different terms, or an
  undated mention whose subject contradicts the dated one's, are different documents and get
  qualified ids ``"98-QĐ/TW@2004"`` / ``"98-QĐ/TW@luân chuyển cán bộ"``.  An undated mention that fits
  more than one of them keeps the doubt in ``candidates``.
* Short references ("Kết luận 39") take the code of a numbered mention with the same number and type
  in the file; otherwise they stay unqualified with a doubt.
* Named references get descriptive ids ("NQ-DH-XIII"), or the number they are an alias of.
* Anaphora ("Để thực hiện Nghị quyết, ...") point back to the last document of that type.
* A bare provincial number ("25-KH/TU", "40/2026/QĐ-UBND") is qualified by its province when the file
  says which one (``province=`` argument, from the header or the issuer line); a district's or a commune's by
  that unit ("12/QĐ-UBND@xã Tân Phú", ``local_qualifier``).

``documents(found)`` merges each identity's properties from its mentions' evidence — most frequent
value first, ties broken by sorted order — never from the order of mentions.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Dict, List, Optional, Tuple

# (LOCAL_ISSUER_CODES re-exported: older callers import it from here, tests/test_domain.py checks it is the domain's)
from vanban.domain.codes import ISSUER_CODES, LOCAL_ISSUER_CODES, PARTY_TERMS, TYPE_WORDS, is_local_code  # noqa: F401
from vanban.domain.gazetteer import local_unit, unit_level
from vanban.domain.numbers import split_code
from vanban.domain.text import unmarked
from vanban.loaders.clean import fold
from vanban.loaders.find import Found, attachments
from vanban.loaders.localities import find_localities
from vanban.loaders.models import Document
from vanban.loaders.patterns import FOOTNOTE_REF, NOT_A_DOCUMENT_BEFORE, YEAR_TYPE_CODES, longest_first, superscript_to_int

_WORD = re.compile(r"\w+")     # the words of a subject (compiled once: asked per mention)


def party_term(date: Optional[str]) -> Optional[str]:
    """The Party term (khóa) a date falls in: ``party_term("2004-03-22") == "IX"``."""
    if not date:
        return None
    y = int(date[:4])
    for term, a, b in PARTY_TERMS:
        if a <= y < b:
            return term
    return None


def _words(s: Optional[str]):
    return {w for w in _WORD.findall(fold(s or "")) if len(w) > 1}


def _folded_words(s: Optional[str], memo: Dict[Optional[str], List[str]]) -> List[str]:
    """``_WORD.findall(fold(s or ""))``, once per subject of one ``resolve`` (``memo``): a described document's id
    and the coreference both read it, and subjects repeat (fold, a normalisation, is the dear part)."""
    words = memo.get(s)
    if words is None:
        words = memo[s] = _WORD.findall(fold(s or ""))
    return words


def _subjects_agree(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.5


def slug(text: str, words: int = 6) -> str:
    return " ".join(_WORD.findall(text or "")[:words])


# What NOT_A_DOCUMENT_BEFORE reads before a form's code, then the code: "Mẫu số: 01/CTKT-TSMH", "Biểu số 02/BC-SYT"
_FORM_CODE = re.compile(NOT_A_DOCUMENT_BEFORE.pattern.rstrip("$") + r"(\d[^\s,;()]*[^\s,;().])")
_FORM_WORD_ENDS = ("ẫu", "iểu", "lục", "khai", "CVN")   # its words' last letters ("Mẫu", "Biểu", "Phụ lục", "Tờ khai", "QCVN")


def _form_codes(text: str) -> set:
    """The codes ``text`` introduces as forms: ``_FORM_CODE`` tried only around its words' ends (``str.find``: a
    search of the whole text with the pattern cost a sixth of the extraction; benchmark if changing)."""
    out = set()
    for end in _FORM_WORD_ENDS:
        at = text.find(end)
        while at >= 0:
            m = _FORM_CODE.search(text[max(0, at - 12):at + 48])
            if m is not None:
                out.add(m.group(1))
            at = text.find(end, at + 1)
    return out


def _drop_forms(found: List[Found], seg) -> None:
    """A code the file introduces as a form ("Mẫu số: 01/CTKT-TSMH", which find skips) and writes bare elsewhere,
    in its table of forms ("3 | 01/CTKT-TSMH | Chứng từ khấu trừ thuế …"): no document there either.  Asked only of a number
    standing bare, with no year and a number of one or two digits, as a form's code does ("01/ĐK-TCT")."""
    bare = [f for f in found if f.code and f.kind == "numbered" and f.word is None and f.year is None
            and len(f.number or "") <= 2]
    if not bare:
        return
    forms = _form_codes(seg.original)
    if forms:
        units = seg.units
        drop = {id(f) for f in bare if units[f.unit].text[f.vstart:f.vend] in forms}
        if drop:
            found[:] = [f for f in found if id(f) not in drop]


def resolve(found: List[Found], *, seg=None, province: Optional[str] = None, own_code: Optional[str] = None,
            own_date: Optional[str] = None, unit: Optional[str] = None) -> List[Found]:
    """Give every mention an ``id`` (and ``candidates`` when in doubt).  Returns the same list (less the forms'
    codes, see ``_drop_forms``).  ``unit``: the unit below the province the text's own body is of, if any."""
    if seg is not None:
        _drop_forms(found, seg)
    by_code: Dict[str, List[Found]] = defaultdict(list)
    for f in found:
        if f.code:
            by_code[f.code].append(f)
    _complete_truncated(by_code, own_code)
    _complete_dropped_letter(by_code, own_code)
    _own_misnumbered(by_code, own_code, own_date)
    _own_horned_tu(by_code, own_code, seg)
    _type_word_contradicted(by_code)
    if seg is not None:
        _drop_note_markers(by_code, seg)
    for code, ms in by_code.items():
        _split_code(code, ms)
    _qualify_local(found, province, own_code, unit)
    numbered = [f for f in found if f.code]
    # indexes, not a scan of every numbered mention for every short one (N² on long lists)
    ids_of: Dict[tuple, set] = defaultdict(set)
    code_of: Dict[str, str] = {}
    for m in numbered:
        ids_of[m.number, m.type_code].add(m.id)
        code_of.setdefault(m.id, m.code)
    subjects: Dict[Optional[str], List[str]] = {}     # subject -> its folded words (_folded_words)
    for f in found:
        if f.kind == "short":
            same = sorted(ids_of.get((f.number, f.type_code), ()))
            if len(same) == 1:
                f.id, f.code = same[0], code_of[same[0]]
            elif same:
                f.id, f.candidates = same[0], tuple(same)
            else:
                f.id = f"{f.type_code} {f.number}"
                f.candidates = ()
            f.alias = False
        elif f.kind == "named":
            if f.name.startswith("ALIAS:"):
                f.id, f.alias = f.name[6:], True
            else:
                f.id = f.name
        elif f.kind == "descriptive":
            f.id = _descriptive_id(f, subjects)
    if seg is not None:
        _footnote_aliases(found, seg)
    _anaphora(found)
    _coreference(found, subjects)
    return found


def _footnote_aliases(found: List[Found], seg) -> None:
    """"ban hành Thông báo kết luận về …⁹" with footnote 9 "Thông báo kết luận số 17-TB/TW, …": one document."""
    marked = []                 # (mention, its footnote marker): most files have none, and then no unit is walked
    for f in found:
        if f.kind != "descriptive" or f.draft or seg.units[f.unit].kind == "footnote":
            continue
        text = seg.units[f.unit].text
        m = FOOTNOTE_REF.search(text, f.vstart, min(len(text), f.vend + 3))
        if m:
            marked.append((f, m))
    if not marked:
        return
    notes = {u.footnote: i for i, u in enumerate(seg.units) if u.kind == "footnote"}
    in_note: Dict[int, List[Found]] = defaultdict(list)
    for f in found:
        if f.code and seg.units[f.unit].kind == "footnote":
            in_note[f.unit].append(f)
    for f, m in marked:
        ui = notes.get(superscript_to_int(m.group()))
        cands = [n for n in in_note.get(ui, []) if n.vstart < 40]     # the footnote names it first thing
        same = [n for n in cands if n.type_code == f.type_code] or (cands if len(cands) == 1 else [])
        if same:
            f.id, f.code, f.alias, f.rule = same[0].id, same[0].code, True, "footnote-alias"


# A law, code or ordinance named with its number gives its title: "Luật Quản lý thuế số 38/2019/QH14" -> "Quản lý
# thuế" (non-greedy: "Luật Dân số số 113/2025/QH15" -> "Dân số").  A title starts with a capital and is a few words.
_LAW_WORDS = ("Bộ luật", "Luật", "Pháp lệnh")
_LAW_TITLE = re.compile(r"(?P<word>Bộ luật|Luật|Pháp lệnh)\s+(?P<title>"
                        # (a title in small letters too, "Luật thuế giá trị gia tăng số 13/2008/QH12", not an act's or a
                        # reference's words: "Luật sửa đổi …", "Luật này", "Luật số …")
                        r"(?:[A-ZĐÀ-Ỹ]|(?!(?:sửa|bổ|thay|bãi|ban|về|này|số|của|và|đã|được|năm|ngày|tại|theo|quy|hướng"
                        r"|nêu|trên|đó|mới|hiện|có|các|những)\b)[a-zđà-ỹ])"
                        r"[^\W\d_]*(?:[\s,-]+[^\W\d_]+){0,11}?)\s+số\s*:?\s*\d")
# After a title named without its number: a number (already a mention), "(sửa đổi)" (a draft law of that title); a year
# is read below ("Luật Đất đai năm 2013").
_TITLE_AFTER_BAD = re.compile(r"\s*(?:số\b|\d|\(\s*sửa đổi)")
# … but a year standing alone after it is the title's ("Luật Ngân sách nhà nước 2015"), as "năm 2015" is
_BARE_YEAR = re.compile(r"[ \t]*\n?[ \t]*(?P<y>(?:19|20)\d\d)(?![\d/.-])")
# … nor the words of a longer title (``_goes_on``): the next word, and the words a sentence goes on with after a title
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_]+)")
_AFTER_TITLE = frozenset("""và hoặc hay năm ngày số đã được của về tại theo thì mà là này nêu trên đó hiện quy có để trong với
    do sửa bổ ban hướng thi nhưng các những thuộc đối khi sẽ đang cũng như từ đến gồm bao không chưa còn phải lần mới
    trước sau kể kèm liên cho vào qua bằng vì nên chỉ nay cùng ở sang tiếp vẫn đều cần""".split())
# A law named inside an amending law's title: "Luật sửa đổi, bổ sung một số điều của Luật X số N" (N may be either's)
_AMENDER_OF = re.compile(r"\b(?:sửa đổi|bổ\s+sung)\b[^;:.“”()]*\bcủa\s+$", re.I)
_TITLE_YEAR = re.compile(r"\s*(?:,\s*)?(?:ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+|ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*"
                         r"|năm\s+|\()(?P<y>(?:19|20)\d\d)")
# A law's short name right after its number: "(sau đây gọi là Luật Nhà ở)", "(sau đây gọi tắt là Luật Đất đai)"
_SHORT_NAME = re.compile(r"[ \t]*(?:,[ \t]*)?\([ \t]*sau đây gọi(?: tắt| chung)? là[ \t]+(?P<word>Bộ luật|Luật|Pháp lệnh)[ \t]+"
                         r"(?P<title>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,11})[ \t]*\)")
_DRAFT_BEFORE = re.compile(r"(?:dự án|dự thảo|Dự án|Dự thảo)\s*$")


def _goes_on(text: str, end: int, b: int) -> bool:
    """The words after a title at ``end`` go on a longer title: a word in small letters a sentence does not go on
    with after a title ("Luật Giáo dục nghề nghiệp" is not "Luật Giáo dục", "Luật Đầu tư công" not "Luật Đầu tư"), or a
    capitalised word and one in small letters ("Luật Đường sắt Đô thị"; "… Luật Đất đai Điều 5" stays)."""
    nxt = _NEXT_WORD.match(text, end, b)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word[0].islower():
        return word not in _AFTER_TITLE
    after = _NEXT_WORD.match(text, nxt.end(), b) if word[0].isupper() else None
    return after is not None and after.group(1)[0].islower()


_BLANKS = str.maketrans("\n\t\r\f\v", "     ")        # (a title's line break is its blank, one for one)


def fold_title(title: str) -> str:
    """A law's title as LawTitles compares it: small letters, no tone or vowel marks, one space between words."""
    return " ".join(unmarked(title).lower().split())


class LawTitles:
    """The laws, codes and ordinances a file names with their numbers, by title ("Luật Quản lý thuế số 38/2019/QH14"
    -> "Luật Quản lý thuế"), to read the same title where the file names it without its number: one document, the
    number's.  A title two numbered laws share (an older and a newer law of one name) is read only where the year after
    it names one of them ("Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023", the file numbering both 65/2014/QH13 and
    27/2023/QH15: a law's number carries the year it was passed); a title followed by another year or "(sửa đổi)", or
    in a draft's name, is left alone.  ``bool(titles)``: the file names any."""

    def __init__(self, found: List[Found], units):
        ids: Dict[Tuple[str, str], set] = defaultdict(set)
        amended: Dict[Tuple[str, str], set] = defaultdict(set)
        first: Dict[Tuple[Tuple[str, str], str], Found] = {}      # (title, id) -> its first mention
        short_named: Dict[Tuple[str, str], Found] = {}             # title -> the law a short name gives it
        for f in found:
            if f.code and f.kind == "numbered" and f.type in _LAW_WORDS and f.id:
                text = units[f.unit].text
                m = _LAW_TITLE.match(text, f.vstart, f.vend)
                if m is None and text.startswith("luật", f.vstart):
                    # the mention read from the title's last word ("Luật Ban hành văn bản quy phạm pháp luật số
                    # 64/2025/QH15" as "luật số 64/2025/QH15"): the title from its own type word
                    p = max(text.rfind("Luật ", max(0, f.vstart - 160), f.vstart),
                            text.rfind("Luật\n", max(0, f.vstart - 160), f.vstart))
                    m = _LAW_TITLE.match(text, p, f.vend) if p >= 0 else None
                if m is not None:
                    # (compared without case and tone marks: an OCR'd text writes one title "Luật thuế giá trị gia
                    # tăng" and "Luật thuê giả trị gia tăng")
                    k = (m.group("word"), fold_title(m.group("title")))
                    # "Luật sửa đổi, bổ sung … của Luật X số N": N may be the amending law's own number, so it names
                    # X only where the file gives X no other number
                    (amended if _AMENDER_OF.search(text, max(0, m.start() - 80), m.start()) else ids)[k].add(f.id)
                    first.setdefault((k, f.id), f)
                    # the short name a numbered law is given, its own title: "Luật Nhà ở số 27/2023/QH15 (sau đây gọi
                    # là Luật Nhà ở)" names that law by that title, whatever other law of the title the file numbers
                    # (65/2014/QH13); after "… được sửa đổi, bổ sung bởi Luật số A và Luật số B (sau đây gọi là Luật
                    # Lâm nghiệp)" it is the amended law's, not B's, whose mention has no title
                    short = _SHORT_NAME.match(text, max(f.vend, f.ref_end)) if m.start() == f.vstart else None
                    if short is not None and (short.group("word"), fold_title(short.group("title"))) == k:
                        short_named[k] = f
        for k, v in amended.items():
            if k not in ids:
                ids[k] = v
        for k, f in short_named.items():
            if len(ids.get(k, ())) != 1 or f.id not in ids[k]:
                ids[k] = {f.id}
                first[k, f.id] = f
        self.named = {k: first[k, next(iter(v))] for k, v in ids.items() if len(v) == 1}
        # a title of several numbered laws: each one's first mention, told apart by a year after the title
        self.shared = {k: [first[k, i] for i in sorted(v)] for k, v in ids.items() if len(v) > 1}
        self.words = sorted({w + " " for w, _ in list(self.named) + list(self.shared)})     # where a match can start
        # each type word's titles, longer first: compared in place, no pattern to compile
        self._titles: Dict[str, List[str]] = defaultdict(list)
        for w, t in sorted(list(self.named) + list(self.shared), key=lambda k: (-len(k[1]), k)):
            self._titles[w + " "].append(t)
        self._names = sorted({t for _w, t in self.named})        # what ``may_guide`` looks for (folded)

    def __bool__(self) -> bool:
        return bool(self.named or self.shared)

    def named_by(self, title: str) -> Optional[Found]:
        """The numbered law a whole title names ("Luật Ban hành văn bản quy phạm pháp luật"), if the file gives one."""
        for w in self.words:
            if title.startswith(w):
                law = self.named.get((w[:-1], fold_title(title[len(w):])))
                if law is not None:
                    return law
        return None

    def may_guide(self, text: str, a: int, b: int) -> bool:
        """``text[a:b]`` may be a sentence whose subject is "<type> này" (its first 90 characters) naming one of the
        titles: what the own guide rule reads (a cheap test on every unit of a file naming laws)."""
        if text.find("này", a, min(b, a + 90)) < 0 or not any(text.find(w[:-1], a, b) >= 0 for w in self.words):
            return False                # (no "<type> này", or no type word of the titles: nothing folded)
        low = fold_title(text[a:b])
        return any(n in low for n in self._names)

    def in_span(self, text: str, ui: int, a: int, b: int, taken=()) -> List[Found]:
        """The laws named by title in ``text[a:b]`` (unit ``ui``), as mentions of kind "titled" (rule
        "named:law-title", an alias of the numbered law), not inside the spans ``taken``."""
        if not self.named and not self.shared:
            return []
        starts = []
        for w in self.words:
            for word in (w, w[:-1] + "\n"):     # (the type word at a line's end: "… của Luật⏎Quản lý thuế")
                p = text.find(word, a, b)
                while p >= 0:
                    starts.append((p, w))
                    p = text.find(word, p + 1, b)
        out: List[Found] = []
        if not starts:
            return out
        # the span folded once as fold_title folds a title, one character for one (offsets kept; a title's line
        # break is its blank): each title compared in place
        low = unmarked(text[a:b]).lower().translate(_BLANKS)
        if len(low) != b - a:
            low = None                  # (a letter whose small form is longer: compared one by one)
        end = -1
        for p, w in sorted(starts):
            if p < end or p > 0 and text[p - 1].isalnum():
                continue
            q = p + len(w)
            title = next((t for t in self._titles[w]
                          if (low.startswith(t, q - a) if low is not None else fold_title(text[q:q + len(t)]) == t)
                          and (q + len(t) >= b or not text[q + len(t)].isalnum())), None)
            if title is None:
                continue
            end = q + len(title)
            law = self.named.get((w[:-1], title))
            if law is None:                 # a title of several laws: the one of the year after it, if one
                y = _TITLE_YEAR.match(text, end) or _BARE_YEAR.match(text, end)
                of_year = [f for f in self.shared[(w[:-1], title)] if y is not None and f.year == int(y.group("y"))]
                if len(of_year) != 1:
                    continue
                law = of_year[0]
            if any(g.vstart <= p < g.vend or p <= g.vstart < end for g in taken):
                continue
            bare = _BARE_YEAR.match(text, end)
            if bare is not None:
                # "… của Luật Ngân sách nhà nước 2015;": the title's year, its number's or another law's
                if law.year and int(bare.group("y")) != law.year:
                    continue
            elif _TITLE_AFTER_BAD.match(text, end) or _goes_on(text, end, b):
                continue
            if _DRAFT_BEFORE.search(text, max(0, p - 12), p):
                continue
            y = _TITLE_YEAR.match(text, end)
            if y is not None and law.year and int(y.group("y")) != law.year:
                continue
            f = Found("titled", ui, p, end, type=law.type, type_code=law.type_code, code=law.code, number=law.number,
                      issuer_code=law.issuer_code, year=law.year, name=w + title, rule="named:law-title", word=w[:-1])
            attachments(f, text, end)
            f.id, f.alias = law.id, True
            out.append(f)
        return out


# A state number (number/[year/]type-issuer) whose issuer code has letters past another code of the file: the shorter
# one lost its last letters (a typo or a cut line), "26/2016/TT-BLĐTBX" beside "26/2016/TT-BLĐTBXH".  Digits past it
# are not letters lost but a footnote's marker glued on ("140/NQ-CP2" beside "140/NQ-CP"): never completed.
_STATE_ISSUER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]+-[A-ZĐ&-]*[A-ZĐ&]")
# a year number with its type code and no issuer ("152/2025/TT" of "152/2025/TT-\nBTCngày": the issuer glued to the
# next word after a line break) is the one number of the file it begins, if one ("152/2025/TT-BTC")
_TYPE_ONLY = re.compile(r"\d+/\d{4}/(?:" + "|".join(longest_first(YEAR_TYPE_CODES)) + r")")


def _complete_truncated(by_code: Dict[str, List[Found]], own_code: Optional[str]) -> None:
    """Give a number whose issuer code is cut short the full code the file writes elsewhere, when exactly one code
    of the file (or the own number) completes it with letters: "26/2016/TT-BLĐTBX" -> "26/2016/TT-BLĐTBXH"."""
    codes = sorted(set(by_code) | ({own_code} if own_code else set()))
    for k, short in enumerate(codes):
        bare = _TYPE_ONLY.fullmatch(short) is not None
        if not bare and not _STATE_ISSUER.fullmatch(short):
            continue
        longer = []
        for other in codes[k + 1:]:            # (sorted: the codes it is a prefix of follow it)
            if not other.startswith(short):
                break
            rest = other[len(short):]
            if (rest[1:].isalpha() and rest[:1] == "-" if bare else rest.isalpha()) and _STATE_ISSUER.fullmatch(other):
                longer.append(other)
        if len(longer) != 1 or short not in by_code:
            continue
        full = longer[0]
        for f in by_code.pop(short):
            f.code = full
            f.issuer_code = full.rsplit("/", 1)[-1].split("-", 1)[1]
            f.rule = "number:completed"        # (the surface keeps what the text writes)
            by_code[full].append(f)


def _complete_dropped_letter(by_code: Dict[str, List[Found]], own_code: Optional[str]) -> None:
    """Give a number whose issuer code lost one letter inside ("64/2008/QĐ-LĐTBXH", the "B" of BLĐTBXH dropped) the
    code the file writes in full elsewhere with the same number, year and type, when exactly one does."""
    codes = set(by_code) | ({own_code} if own_code else set())
    by_head: Dict[str, List[str]] = defaultdict(list)         # "64/2008/QĐ-" -> the issuers written after it
    for c in codes:
        if _STATE_ISSUER.fullmatch(c) and "-" in c:
            head, _, issuer = c.rpartition("-")
            by_head[head].append(issuer)
    for head, issuers in by_head.items():
        if len(issuers) < 2:
            continue
        for short in issuers:
            full = [i for i in issuers if len(i) == len(short) + 1 and len(short) >= 2
                    and any(i[:k] + i[k + 1:] == short for k in range(len(i)))]
            code = f"{head}-{short}"
            if len(full) != 1 or code not in by_code:
                continue
            target = f"{head}-{full[0]}"
            for f in by_code.pop(code):
                f.code, f.issuer_code, f.rule = target, full[0], "number:completed"
                by_code[target].append(f)


# A code whose issuer ends in the digits of a footnote marker glued to it ("Nghị quyết số 140/NQ-CP2" in a gazette
# table, its footnote 2 "Nghị quyết số 140/NQ-CP ngày 17/5/2025 …"); a marker is one or two digits.
_MARKED = re.compile(r"(?P<code>.*[^\W\d_])(?P<no>[1-9]\d?)")


# … in a text whose footnotes the segmenter does not lift out (a letter's PDF text: "số 105/2025/NĐ-CP2, cơ quan …",
# its footnote 2 at the page's foot): one mention so marked of a number the text cites without the digit elsewhere, the
# digit after a known issuer code whose own codes never end in a number (the Assembly's and councils' carry their term)
_ISSUER_AND_MARK = re.compile(r".*[-/](?:" + "|".join(map(re.escape, sorted(
    (c for c in ISSUER_CODES if not c[-1].isdigit() and not c.endswith(("QH", "HĐND"))), key=len, reverse=True)))
    + r")[1-9]\d?")


def _drop_note_markers(by_code: Dict[str, List[Found]], seg) -> None:
    """A number read with a footnote's marker glued to it is the number its footnote names: "140/NQ-CP2" is
    140/NQ-CP when footnote 2 of the file cites 140/NQ-CP (an issuer code ending in digits, "BCĐ389", "QH15", keeps
    them: no footnote of that number names the code without them); or, once only, after a known issuer code, when the
    file cites the number without the digit too (``_ISSUER_AND_MARK``)."""
    units = seg.units
    for code in [c for c in by_code if c[-1:].isdigit()]:
        m = _MARKED.fullmatch(code)
        if m is None or m.group("code") not in by_code:
            continue
        base, no = m.group("code"), int(m.group("no"))
        if not any(units[g.unit].footnote == no and units[g.unit].kind == "footnote" for g in by_code[base]) \
                and not (len(by_code[code]) == 1 and _ISSUER_AND_MARK.fullmatch(code) is not None):
            continue
        for f in by_code.pop(code):
            f.code = base
            if f.issuer_code and f.issuer_code.endswith(m.group("no")):
                f.issuer_code = f.issuer_code[:-len(m.group("no"))]
            if units[f.unit].text.endswith(m.group("no"), f.vstart, f.vend):
                f.vend -= len(m.group("no"))
            f.rule = "number:footnote-marker"
            by_code[base].append(f)


def _own_horned_tu(by_code: Dict[str, List[Found]], own_code: Optional[str], seg=None) -> None:
    """A provincial committee's own number written "…/TƯ" (the header read it as TU, header.read_header), where
    find read the Centre's TW: the same number is the own one ("Số 445-KL/TƯ" under "TỈNH ỦY …")."""
    if not own_code or not own_code.endswith("/TU"):
        return
    central = own_code[:-2] + "TW"
    for f in by_code.pop(central, []):
        written = seg.units[f.unit].text[f.vstart:f.vend] if seg is not None else "TƯ"
        if written.endswith("TƯ") and (f.kind == "self" or f.issuer is None):
            f.code, f.issuer_code = own_code, "TU"
            by_code[own_code].append(f)
        else:
            by_code[central].append(f)           # "445-KL/TW của Bộ Chính trị": the Centre's, another document


def _own_misnumbered(by_code: Dict[str, List[Found]], own_code: Optional[str], own_date: Optional[str]) -> None:
    """A number dated the own document's date, of its type and issuer, whose number is the own number with one digit
    dropped, is the own number mistyped: "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 …)" in the
    annex heading of 2031/QĐ-UBND of that date (numbers run through the year: 203 was issued months before); or the
    own number with its year dropped, dated the own date."""
    if not own_code or not own_date or "/" not in own_code:
        return
    own_number, own_rest = own_code.split("/", 1)
    # … or the own number with its year dropped: "(Ban hành kèm theo Thông tư số 29/TT-BLĐTBXH ngày 28 tháng 12 năm
    # 2022 …)" in the annexes of 29/2022/TT-BLĐTBXH of that date (congbao thong-tu-so-29-2022-tt-bldtbxh)
    year, _, after_year = own_rest.partition("/")
    yearless = f"{own_number}/{after_year}"
    if year.isdigit() and len(year) == 4 and after_year and yearless in by_code and own_date.startswith(year):
        if all(f.date == own_date for f in by_code[yearless]):
            for f in by_code.pop(yearless):
                f.code, f.rule = own_code, "number:own-misnumbered"
                by_code[own_code].append(f)
    if not own_number.isdigit() or len(own_number) < 2:
        return
    dropped = {own_number[:k] + own_number[k + 1:] for k in range(len(own_number))}
    for code in [c for c in by_code if c.endswith("/" + own_rest) and c != own_code]:
        number = code.split("/", 1)[0]
        if number not in dropped or number.startswith("0"):
            continue
        ms = by_code[code]
        if all(f.date == own_date for f in ms):
            for f in by_code.pop(code):
                f.code, f.number, f.rule = own_code, own_number, "number:own-misnumbered"
                by_code[own_code].append(f)


def _type_word_contradicted(by_code: Dict[str, List[Found]]) -> None:
    """A state number whose type code contradicts the type word written before it wherever it stands ("Thông tư số
    06/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Bộ trưởng …" in a consolidated text's header, its footnotes writing
    "Thông tư số 06/2024/TT-BLĐTBXH ngày 30 tháng 7 năm 2024") is the file's number of the same number and year whose
    type code the word names, when exactly one is and no date of theirs disagrees."""
    for code in [c for c in by_code if c.count("/") == 2]:
        number, year, rest = code.split("/")
        ms = by_code[code]
        words = {TYPE_WORDS.get(f.word[:1].upper() + f.word[1:]) if f.word else None for f in ms}
        if len(words) != 1 or None in words:
            continue
        want = words.pop()
        if want in (ms[0].type_code, "L"):
            continue
        same = [c for c in by_code if c != code and c.split("/")[:2] == [number, year] and c.count("/") == 2
                and by_code[c][0].type_code == want]
        if len(same) != 1 or len({f.date for f in ms + by_code[same[0]] if f.date}) > 1:
            continue
        full = same[0]
        for f in by_code.pop(code):
            f.code, f.type, f.type_code, f.issuer_code = full, by_code[full][0].type, want, by_code[full][0].issuer_code
            f.rule = "number:type-word"
            by_code[full].append(f)


def is_local(f: Found) -> bool:
    """A provincial number ("25-KH/TU", "40/2026/QĐ-UBND") names a document only together with its province; so
    does a local body's letter, whose number names the body first ("6356/UBND-NNMT", "4338/SGDĐT-GDTXNNĐH": no
    type code, the drafting unit after the body), as the file's own number does (``loaders._local_code``); and
    so does a number the text says a department issued ("Công văn số 1144/GDĐT-GDTX … của Sở Giáo dục và Đào
    tạo": every province has its Sở, whatever code it writes)."""
    if f.issuer_code and is_local_code(f.issuer_code.split("-")[0]):
        return True
    if f.issuer is not None and f.issuer.startswith("Sở "):
        return True
    return f.type_code is None and bool(f.code) and "/" in f.code and is_local_code(f.code.split("/", 1)[1].split("-")[0])


def local_qualifier(issuer: Optional[str]) -> Optional[str]:
    """What qualifies a local number of the body ``issuer`` names: the unit below the province its name holds
    ("Ủy ban nhân dân huyện Củ Chi" -> "huyện Củ Chi": every district and commune numbers its documents from 1, so
    "12/QĐ-UBND" of one commune is no other's), else its province (``province_in``)."""
    return local_unit(issuer) or province_in(issuer)


@functools.lru_cache(maxsize=1024)
def province_in(text: Optional[str]) -> Optional[str]:
    """The province named inside a body's name: ``province_in("Tỉnh ủy Quảng Ninh") == "Quảng Ninh"``.  Cached:
    a file asks it of its own issuer twice and of every mention's issuer, and issuers repeat across files."""
    if not text:
        return None
    if "thành phố" in text:
        # inside a body's name the city is written in lower case ("Ủy ban nhân dân thành phố Huế"); the gazetteer
        # reads a city that needs its "Thành phố" (Huế, Hồ Chí Minh) only capitalised (length kept)
        text = text.replace("thành phố", "Thành phố")
    hits = find_localities(text)
    return hits[0].name if hits else None


def _qualify_local(found: List[Found], province: Optional[str], own_code: Optional[str],
                   unit: Optional[str] = None) -> None:
    """Qualify a bare provincial number by the province the text gives: at the mention ("của Tỉnh ủy Quảng
    Ninh"), else the file's own province; without one the doubt stays on the mention.  In a text of a body below
    the province (``unit``: "huyện Đại Lộc"), a number of a body of that level is the unit's ("Kế hoạch số 20-KH/HU"
    in the Huyện ủy's report, "… của Ủy ban nhân dân huyện"), any other the province's ("Kế hoạch số 150-KH/TU của
    Ban Thường vụ Tỉnh ủy")."""
    # a number the text gives with its province once ("Quyết định số 42/2018/QĐ-UBND … của Ủy ban nhân dân tỉnh
    # Thừa Thiên Huế") is that province's wherever else the text writes it bare (one document, one id)
    given: Dict[str, set] = {}
    for f in found:
        if f.code and f.issuer and is_local(f):
            where = local_qualifier(f.issuer)
            if where:
                given.setdefault(f.code, set()).add(where)
    for f in found:
        if f.code and f.code == own_code and f.issuer and f.kind != "self" and is_local(f):
            # the own number given with another place's body: another document ("d) Quyết định số 20/2025/QĐ-UBND
            # ngày … của Ủy ban nhân dân tỉnh Yên Bái …" in Lào Cai's 20/2025/QĐ-UBND, which replaces it)
            where = local_qualifier(f.issuer)
            if where and province and where not in (province, unit):
                f.id = f"{f.id}@{where}"
            continue
        if not f.code or f.code == own_code or f.kind == "self" or not is_local(f):
            continue
        named = given.get(f.code, ())
        where = (local_qualifier(f.issuer) or (next(iter(named)) if len(named) == 1 else None)
                 or (unit if unit is not None and _of_the_unit(f, unit, own_code) else province))
        if where:
            f.id = f"{f.id}@{where}"
        else:
            f.candidates = tuple(sorted(set(f.candidates) | {f"{f.code}@?"}))


def _of_the_unit(f: Found, unit: str, own_code: Optional[str]) -> bool:
    """The bare local number ``f`` is the text's own unit's: the body the mention names is of the unit's level
    ("Ban Thường vụ Huyện ủy" in a district's text), or it names none and its code is the own number's body's
    ("20-KH/HU" in "32-BC/HU")."""
    if f.issuer:
        return unit_level(f.issuer) == unit_level(unit)
    kind, body = split_code(own_code) if own_code else (None, None)
    if not (body and is_local_code(body.split("-")[0])):
        body = kind                     # a letter's number names its body first ("456/UBND-VP")
    return bool(body) and f.issuer_code == body


_YEAR_IN_CODE = re.compile(r"^\d+/(?:19|20)\d\d/")


def _split_code(code: str, ms: List[Found]) -> None:
    """Decide how many documents one number stands for (numbers restart each Party term).  A state number that
    holds its year ("49/2018/NĐ-CP") names one document whatever dates the text gives it (a wrong year in
    "Nghị định số 49/2018/NĐ-CP ngày 30 tháng 3 năm 2021" is the text's slip, not a second decree)."""
    if _YEAR_IN_CODE.match(code):
        for m in ms:
            m.id = code
        return
    dated = sorted({m.date for m in ms if m.date})
    groups: List[dict] = []        # each: {"date", "subject", "members"}
    for d in dated:
        t = party_term(d)
        g = next((g for g in groups if party_term(g["date"]) == t), None)
        if g is None:
            groups.append({"date": d, "subjects": [], "members": []})
    for m in ms:
        if m.date:
            g = next(g for g in groups if party_term(g["date"]) == party_term(m.date))
            g["members"].append(m)
            if m.subject:
                g["subjects"].append(m.subject)
    undated = [m for m in ms if not m.date]
    for m in undated:
        fits = [g for g in groups if all(_subjects_agree(m.subject, s) for s in g["subjects"]) or not m.subject]
        if not groups or (m.subject and not fits and groups):
            # a subject no dated document has: another document with the same number
            g = next((g for g in groups
                      if g.get("date") is None and any(_subjects_agree(m.subject, s) for s in g["subjects"])), None)
            if g is None:
                g = {"date": None, "subjects": [], "members": []}
                groups.append(g)
            g["members"].append(m)
            if m.subject:
                g["subjects"].append(m.subject)
        elif len(fits) == 1:
            fits[0]["members"].append(m)
        else:
            m.candidates = tuple(sorted(_gid(code, g) for g in fits)) if len(groups) > 1 else ()
            fits[-1]["members"].append(m)       # the latest term is the likeliest for an undated mention
    if len(groups) <= 1:
        for m in ms:
            m.id = code
        return
    for g in groups:
        gid = _gid(code, g)
        for m in g["members"]:
            m.id = gid


def _gid(code: str, g: dict) -> str:
    if g.get("date"):
        return f"{code}@{g['date'][:4]}"
    return f"{code}@{slug(g['subjects'][0], 5) if g['subjects'] else 'undated'}"


def _descriptive_id(f: Found, subjects: Optional[dict] = None) -> str:
    """A readable id for an unnumbered document: its type code and the first words of its subject, folded
    ("QĐ:luân chuyển cán bộ"), so two mentions with the same subject get the same id."""
    words = _folded_words(f.subject, {} if subjects is None else subjects)
    base = ""
    for w in words:
        if len(base) + len(w) + 1 > 60:
            break
        base = f"{base} {w}" if base else w
    base = base or "untitled"
    prefix = "DRAFT-" if f.draft else ""
    return f"{prefix}{f.type_code or 'VB'}:{base}"


def _anaphora(found: List[Found]) -> None:
    last_by_type: Dict[str, Found] = {}
    for f in found:
        if f.kind == "anaphoric":
            ante = last_by_type.get(f.type)
            if ante is not None and ante.unit >= f.unit - 3:
                f.id, f.alias, f.code = ante.id, True, ante.code
            else:
                f.id = None
            continue
        if f.id and f.type:
            last_by_type[f.type] = f
    found[:] = [f for f in found if f.id]


def _coreference(found: List[Found], subjects: Optional[dict] = None) -> None:
    """Descriptive mentions of one type whose subjects agree are one document: each takes the id of the
    earliest earlier mention (not itself merged) whose subject shares at least 80% of the smaller word set.

    Indexed, not every pair compared (8,000 distinct subjects in one text took 17.7 s): two sets agreeing
    on ``k`` of the smaller one's ``m`` words share one of that set's ``m - k + 1`` rarest words (prefix
    filtering, as in set-similarity joins).  So each kept subject is filed under its rarest words and under
    all its words; a new one looks its words up in the first index and its own rarest words in the second,
    and only the subjects found there are compared, earliest first, with the same test as before.
    Benchmark if changing: bench/bench_linear.py, phrase "distinct-descriptive".
    """
    subjects = {} if subjects is None else subjects         # (the subjects' folded words, as _descriptive_id read them)
    mentions = [(f, {w for w in _folded_words(f.subject, subjects) if len(w) > 1})    # _words(f.subject)
                for f in found if f.kind == "descriptive" and not f.alias]
    freq = Counter(w for _f, fw in mentions for w in fw)
    kept: List[Tuple[Found, set]] = []
    by_rare: Dict[tuple, Dict[str, List[int]]] = defaultdict(lambda: defaultdict(list))
    by_word: Dict[tuple, Dict[str, List[int]]] = defaultdict(lambda: defaultdict(list))
    for f, fw in mentions:
        rare_index, word_index = by_rare[f.type_code, f.draft], by_word[f.type_code, f.draft]   # the group's indexes
        # by (freq[w], w): sorted by word, then (a stable sort) by frequency, with no Python key function per word
        rare = sorted(sorted(fw), key=freq.__getitem__)[:_prefix(len(fw))]
        near = {i for w in fw for i in rare_index.get(w, ())}
        near.update(i for w in rare for i in word_index.get(w, ()))
        for i in sorted(near):
            g, gw = kept[i]
            if len(gw & fw) / max(1, min(len(gw), len(fw))) >= 0.8:
                f.id = g.id
                break
        else:
            i = len(kept)
            kept.append((f, fw))
            for w in rare:
                rare_index[w].append(i)
            for w in fw:
                word_index[w].append(i)


@functools.cache
def _prefix(m: int) -> int:
    """How many of a set's ``m`` rarest words another set agreeing with it must share one of: ``m - k + 1``
    for the least ``k`` that passes the test of ``_coreference`` (the same float test, so no pair is missed)."""
    k = next((k for k in range(1, m + 1) if k / m >= 0.8), m + 1)
    return m - k + 1


def _most_common(values):
    values = [v for v in values if v]
    if not values:
        return None
    first = values[0]
    if values.count(first) == len(values):
        return first                # one value however often (most identities): no Counter (benchmark if changing)
    counts = Counter(values)
    best = max(counts.values())
    return sorted(v for v, c in counts.items() if c == best)[0]


def documents(found: List[Found]) -> List[Document]:
    """Each identity once, its properties merged from its mentions' evidence."""
    by_id: Dict[str, List[Found]] = defaultdict(list)
    for f in found:
        by_id[f.id].append(f)
    out = []
    for ident in sorted(by_id):
        ms = by_id[ident]
        code = _most_common(m.code for m in ms)
        stated = _most_common(m.issuer for m in ms)
        issuer = stated
        codes_issuer = next((m.issuer_code for m in ms if m.issuer_code), None)
        if issuer is None and codes_issuer and codes_issuer != "TW":
            issuer = ISSUER_CODES.get(codes_issuer)
        aliases = sorted({m.name for m in ms if m.kind == "named" and m.name and not m.name.startswith("ALIAS:")})
        doubts = sorted({c for m in ms for c in m.candidates})
        ocr = [m for m in ms if m.rule == "number:ocr-doubt"]
        out.append(Document(
            id=ident, code=code, type=_most_common(m.type for m in ms if m.kind != "anaphoric"),
            date=_most_common(m.date for m in ms), issuer=issuer,
            title=_most_common(m.subject for m in ms if m.kind != "anaphoric"),
            aliases=tuple(aliases),
            doubt=("may be any of " + ", ".join(doubts) if len(doubts) > 1 else "") + (
                ("; " if len(doubts) > 1 else "") + f"an OCR-damaged number read as {code}: check the scan"
                if ocr else ""),
            mention_count=len(ms), planned=all(m.planned or m.draft for m in ms),
        ))
    return out

"""The shortcuts of loaders/find.py give what the patterns they stand for give: each fast answer is compared
with the slow one (the pattern searched in full) on every bundled real text and on made-up hard cases.
``tests/test_scan.py`` compares whole ``find_mentions`` runs with and without the per-unit scan."""
import re
from pathlib import Path

import pytest

import vanban.loaders.find as F
from vanban.loaders import patterns as P
from vanban.loaders.clean import clean
from vanban.loaders.layout import layout
from vanban.loaders.scan import _CUE_TRIE, _CUE_WORD, CUE_WORDS
from vanban.loaders.segment import segment

ROOT = Path(__file__).resolve().parent.parent
TYPE_WORDS = list(F.TYPE_WORDS) + list(P.EXTRA_TYPES)
TAILS = ["", " ", " số ", "số", " Số: ", " SỐ:", " sỐ :", "  số  ", ":", " số::", "\n", " ſố ", " số\n", " x số ",
         " số 1", "\t(12)  ", " văn bản: ", " Dự thảo "]


def _unit_texts():
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "real").rglob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures" / "real").rglob("*.md"))
    out = []
    for p in paths:
        if p.stat().st_size >= 400_000:
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        cleaned = clean(text)
        lay = layout(cleaned)
        out += [u.text for u in segment(lay.mask(cleaned), original=text, wrapped=lay.wrapped).units]
    return out


@pytest.fixture(scope="module")
def units():
    texts = _unit_texts()
    assert sum(map(len, texts)) > 500_000          # the comparisons below are only worth what they run on
    return texts


def _befores(units, width):
    """Windows ending at every number-like place and every 23rd character, plus made-up ends: a type word in
    any case followed by "số", colons, spaces, line breaks."""
    k = 0
    for t in units:
        for i in sorted({m.start() for m in P.NUMBER_HINT.finditer(t)} | set(range(0, len(t), 61))):
            w = t[max(0, i - width):i]
            k += 1
            yield w
            yield w + TYPE_WORDS[k % len(TYPE_WORDS)] + TAILS[k % len(TAILS)]
            yield w[-20:] + TYPE_WORDS[k % len(TYPE_WORDS)].upper() + TAILS[(k * 7) % len(TAILS)]


def test_word_before_is_the_search(units):
    hits = 0
    for before in _befores(units, 90):
        m = F._WORD_BEFORE.search(before)
        assert F._word_before(before) == ((m.group("word"), m.start()) if m else None), before
        hits += m is not None
    assert hits > 10_000


def test_named_word_searches_only_skipped_where_they_cannot_match(units):
    hits = 0
    for before in _befores(units, 90):
        for rx, any_case in ((F._NAMED_WORD_BEFORE, True), (F._SHORT_NAMED_BEFORE, False)):
            if rx.search(before):
                hits += 1
                assert F._ends_with_so(before, any_case), before
    assert hits > 1000


def test_produce_before_is_the_search(units):
    hits = 0
    for before in _befores(units, 40):
        want = F._PRODUCE_BEFORE.search(before) is not None
        assert F._produce_before(before) == want, before
        hits += want
    assert hits > 1000


def test_produce_before_made_up_ends():
    for before in ["", "  ", "\t\n", "Ban Hành ", "x BAN HÀNH\n", "ban hànhx", "(12) ", "( 12)", "(a12) ", "x (123)",
                   "số;", "văn bản:  ", "VĂN BẢN: ", "văn bản", "sửa đổi, bổ sung ", "sửa đổi,bổ sung", "ſửa đổi, bổ ſung",
                   "trınh ", "TRİNH", "xây dựng và", "Dự thảo\n\n", "x\u00a0", ":\u2003"]:
        assert F._produce_before(before) == (F._PRODUCE_BEFORE.search(before) is not None), before


def test_sentence_start_is_the_search(units):
    hits = 0
    for before in list(_befores(units, 40)) + ["", ".", ". ", " .\n", "-", " - ", "\t-\n", "--", "x -", ". x",
                                                 ".\u00a0", "\u2003-\u2003", "-\n\n", ".\n"]:
        for b in (before, before + ". ", before[-3:] + ".", " - " if len(before) % 2 else before[-2:] + "-\n"):
            want = F._SENTENCE_START.search(b) is not None
            assert F._sentence_start(b) == want, b
            hits += want
    assert hits > 10_000


def test_desc_end_is_the_search(units):
    hits = 0
    for t in units + ["Quy định về việc ;  và Nghị định số 5", "Kế hoạch x ,  Thông tư số 1/2020/TT-BTC", "a  -  b",
                      "về abc.", "về abc. ", "về (12) x", "x\u00a0\u00a0và  Luật số 1", "về x, Kế hoạch y"]:
        for pos in range(0, len(t), 7):
            for endpos in (pos + 5, pos + 60, pos + 400):
                want, got = F._DESC_END.search(t, pos, endpos), F._desc_end(t, pos, endpos)
                assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (t, pos)
                hits += want is not None
    assert hits > 10_000


def test_after_any_is_the_four_tests(units):
    hits = 0
    for t in units[::3] + [" NÀY", " Này,", " số 5", "5", " ,", ")", " việc", " Việc", " sửa đổi", " SỬA ĐỔI", " đối với",
                           " và", " vàx", " nàyx", "\u00a0này", " quy định chi tiết", " cho", " cho-", " x"]:
        for i in range(0, len(t), 5):
            after = t[i:i + 12]
            want = any(rx.match(after) for rx in (F._AFTER_NUMBER, F._AFTER_SELF, F._AFTER_PUNCT, F._AFTER_VERB))
            assert (F._AFTER_ANY.match(after) is not None) == want, after
            hits += want
    assert hits > 10_000


def test_produce_before_words_fit_the_window():
    """_produce_before reads the 40 characters before the type word (``_descriptive``'s ``before``): every literal
    of the pattern fits there with room for the blanks after it (the longest, "cập nhật, bổ sung", is 17)."""
    body = F._PRODUCE_BEFORE.pattern[len("(?:"):F._PRODUCE_BEFORE.pattern.index(r")\s*$")]
    words = [w for w in body.split("|") if not re.search(r"[\\\[\]^]", w)]
    assert "sửa đổi, bổ sung" in words and max(map(len, words)) <= 24


def test_form_prefilter_lets_every_form_through(units):
    hits = 0
    for before in _befores(units, 20):
        for w in (before, before + "Mẫu số ", before + "biểu mẫu ", before + "Phụ lục ", before + "tờ khai số: "):
            if P.NOT_A_DOCUMENT_BEFORE.search(w):
                hits += 1
                assert F._maybe_not_a_document(w), w
    assert hits > 1000


OCR_NUMBERS = ["l 25/2023/NĐ-CP", "Số: I7 /2024/QĐ-UBND", "2O/2020/TT-BTC", "I5-NQ/TW", "|2 - KL/TW",
               "theo Nghị định số 1S/2O2O/NĐ-CP và 15/2020/NĐ-CP", "x25/2023/NĐ-CP", "5l/2019/QH14", "lOO-KH/TU",
               "12345/2020/NĐ-CP B8 - HD/BTCTW", "l 2 3/2020/TT-BCA", "O/2020/ QĐ-TTg"]


def test_damaged_matches_are_the_finditer(units):
    hits = 0
    for t in units + OCR_NUMBERS + [" ".join(OCR_NUMBERS)]:
        want = [m.span() for m in F._DAMAGED.finditer(t) if not m.group("lead").isdigit()]
        assert [m.span() for m in F._damaged_matches(t)] == want, t
        hits += len(want)
    assert hits > 12


def test_number_starts_hold_every_number(units):
    """Every match of the four number patterns starts at a run of _NUMBER_START going on its way ("/", or "-" before
    a year and its slash, or not)."""
    n = 0
    for t in units:
        slashed, others = set(), set()
        for m in F._NUMBER_START.finditer(t):
            # (a hyphen before a year and its slash goes the state passes' way too: "19-2017/NQ-CP")
            last = t[m.end() - 1]
            (slashed if last == "/" or last == "-" and F._YEAR_SLASH.match(t, m.end()) else others).add(m.start())
        for rx, kind in F._NUMBER_PASSES[:4]:
            for m in rx.finditer(t):
                n += 1
                assert m.start() in (slashed if kind in F._AFTER_SLASH else others), (kind, t[m.start():m.end()])
    assert n > 1000


def test_finders_at_cue_words_are_the_finditer(units):
    """Each finder tried only at the cue words it can open with finds what its finditer finds."""
    finders = [(F._SHORT, F._AT_SHORT), (P.NAMED_CONGRESS, F._AT_NAMED), (P.NAMED_PLENUM, F._AT_NAMED),
               (P.NAMED_CHARTER, F._AT_CHARTER), (F._DESCRIPTIVE, frozenset(CUE_WORDS)),
               (F._DRAFT_ONLY, F._AT_DRAFT), (F._ANAPHOR, F._AT_ANAPHOR)]
    extra = ["Dự thảo sửa đổi Quy định về luân chuyển cán bộ; Dự thảo sơ kết 5 năm",
             "Nghị quyết Đại hội XIII và Nghị quyết Trung ương 5 khóa X, Điều lệ Đảng, Cương lĩnh chính trị",
             "Kết luận 39, Đề án 165. Nghị quyết liên tịchđ Nghị quyết, Kế hoạch này"]
    n = 0
    for t in units + extra:
        cues = [(m.start(), m.group()) for m in _CUE_WORD.finditer(t)]
        for rx, opening in finders:
            want = [m.span() for m in rx.finditer(t)]
            assert [m.span() for m in F._matches(rx, t, [a for a, w in cues if w in opening])] == want, (rx.pattern, t)
            n += len(want)
    assert n > 1000


def test_cue_tree_is_the_flat_alternation(units):
    made_up = " ".join(w + s for w in CUE_WORDS for s in ("", " ", "x", " liên tịch", " kết luận", " hợp nhất"))
    for t in units + [made_up, "".join(CUE_WORDS), " ".join(sorted(CUE_WORDS, key=len))]:
        assert [(m.start(), m.group()) for m in _CUE_TRIE.finditer(t)] == \
               [(m.start(), m.group()) for m in _CUE_WORD.finditer(t)]


def _number_cues_alone(t):
    """What _number_scan stands for on one text: _NUMBER_START's starts split by a "/" at the match's end (or a "-"
    before a year and its slash), and _damaged_matches."""
    slashed, others = [], []
    for m in F._NUMBER_START.finditer(t):
        last = t[m.end() - 1]
        (slashed if last == "/" or last == "-" and F._YEAR_SLASH.match(t, m.end()) else others).append(m.start())
    return slashed, others, [(m.start(), m.end(), m.group("lead")) for m in F._damaged_matches(t)]


def test_number_scan_of_joined_units_is_each_unit_scanned_alone(units):
    """_number_scan scans a document's units joined by _UNIT_SEP: each unit gets what scanning it alone gives, on
    every bundled text and on made-up edges (a "." or a look-alike at a unit's start, a number at its end, the
    separator inside a unit)."""
    assert re.fullmatch(r"\s", F._UNIT_SEP) and not re.fullmatch(r"[\w/.,\-–‐ \t\r\n]", F._UNIT_SEP)
    assert F._number_scan(units) == [_number_cues_alone(t) for t in units]
    assert sum(len(c[0]) + len(c[1]) for c in F._number_scan(units)) > 1000
    edges = OCR_NUMBERS + [".5/2020/NĐ-CP", "x.12-KL/TW", ".12-KL/TW", "12", "12 ", "-KL/TW", "/2020/NĐ-CP", "",
                           "5/2020/NĐ-CP", "2021\n", "Số 188 -BC/BTCTW", "09 KH/ĐU", "l", "I", "O",
                           "12" + F._UNIT_SEP + "-KL/TW", F._UNIT_SEP + ".5/2020/NĐ-CP", "19-2017/NQ-CP",
                           "19-" + F._UNIT_SEP + "2017/NQ-CP"]
    for a in edges:
        for b in edges:
            texts = [a, b, a + b, b + " " + a]
            assert F._number_scan(texts) == [_number_cues_alone(t) for t in texts], texts
    assert any(c[2] for c in F._number_scan(edges))

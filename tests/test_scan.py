"""The per-unit scan (loaders/scan.py): what it says a unit holds, and that skipping the units it rules out
changes nothing that ``find_mentions`` finds, on every bundled real text."""

import re

import pytest
from real_texts import real_paths

import vanban.loaders.find as find_module
from vanban.loaders import patterns as P
from vanban.loaders.clean import clean
from vanban.loaders.find import find_mentions
from vanban.loaders.layout import layout
from vanban.loaders.scan import _CUE_WORD, CUE_WORDS, FIRST_DIGIT, NUMBER_HINT, scan_units, unit_cues
from vanban.loaders.segment import segment

# (unit text, holds a number's hint, holds a type word) — real lines of the seed and the gazette texts
CUES = [
    ("Thực hiện Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương", True, True),
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", False, True),
    ("15/2020/NĐ-CP", True, False),
    ("Số 188 -BC/BTCTW", True, False),
    ("Dự thảo sơ kết 5 năm", False, True),
    ("triển khai tổng kết 15 năm thi hành Điều lệ Đảng", False, True),
    ("Năm 2022, toàn Đảng bộ đã tập trung lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị.", False, False),
    ("1. Công tác tổ chức xây dựng Đảng", False, False),
    ("- Ban Tổ chức Tỉnh ủy Quảng Ngãi;", False, False),
    ("", False, False),
]


@pytest.mark.parametrize("text,numbers,words", CUES)
def test_unit_cues(text, numbers, words):
    cues = unit_cues(text)
    assert (cues.numbers, cues.words) == (numbers, words)
    assert bool(cues) == (numbers or words)


def test_scan_units_on_the_table():
    texts = [t for t, _, _ in CUES]
    hinted, words = scan_units(texts)
    assert hinted == [i for i, (_, n, _) in enumerate(CUES) if n]
    assert sorted(words) == [i for i, (_, _, w) in enumerate(CUES) if w]
    assert words[0] == [(10, "Kết luận")]
    assert words[4] == [(0, "Dự thảo")]


def test_first_digit_is_backslash_d_on_every_code_point():
    """scan.FIRST_DIGIT (the negated class) stands for a pattern's first \\d: the characters \\d matches, no other;
    NUMBER_HINT with it is patterns.NUMBER_HINT with patterns.FIRST_DIGIT."""
    every = "".join(map(chr, range(0x110000)))
    assert re.findall(FIRST_DIGIT, every) == re.findall(r"\d", every)
    assert len(re.findall(FIRST_DIGIT, every)) > 600          # Arabic-Indic, Devanagari, fullwidth, the planes above…
    assert NUMBER_HINT.pattern.replace(FIRST_DIGIT, P.FIRST_DIGIT, 1) == P.NUMBER_HINT.pattern


def test_scan_units_with_a_nul_in_the_text():
    """A NUL in a unit would let a match cross into the next: the scan goes unit by unit and says the same."""
    texts = ["Số 1\x00", "-KL/TW", "Kết luận\x00Kế hoạch 21-"]
    assert scan_units(texts) == ([2], {2: [(0, "Kết luận"), (9, "Kế hoạch")]})


def test_no_cue_word_holds_another_past_its_first_letter():
    """scan_units finds cue words with one non-overlapping pass: exact only if no cue word holds another (or
    the start of another) after its first letter, so that every offset where one starts is found."""
    for a in CUE_WORDS:
        for b in CUE_WORDS:
            for k in range(1, len(a)):
                assert not (b.startswith(a[k:]) or a[k:].startswith(b)), (a, b)


def _units():
    for p in _texts():
        text = p.read_text(encoding="utf-8", errors="replace")
        cleaned = clean(text)
        lay = layout(cleaned)
        yield p.name, segment(lay.mask(cleaned), original=text, wrapped=lay.wrapped).units


def test_scan_units_says_what_unit_cues_says_on_real_texts():
    """Every bundled real text: scan_units over a document == unit_cues and a finditer of the cue words per unit."""
    n = 0
    for name, units in _units():
        texts = [u.text for u in units]
        hinted, words = scan_units(texts)
        for i, t in enumerate(texts):
            cues = unit_cues(t)
            assert (i in hinted, i in words) == (cues.numbers, cues.words), (name, i)
            assert words.get(i, []) == [(m.start(), m.group()) for m in _CUE_WORD.finditer(t)], (name, i)
            n += cues.words
    assert n > 1000


def _texts():
    return real_paths(400_000)


def test_bundled_texts_are_there():
    assert len(_texts()) >= 20          # the equivalence below is only worth what it runs on


def test_skipping_units_finds_the_same(monkeypatch):
    """Every bundled real text: find_mentions with the scan (units skipped, patterns tried at the cue words only)
    == find_mentions trying every finder on every unit, each scanning it whole."""
    segs = []
    for p in _texts():
        text = p.read_text(encoding="utf-8", errors="replace")
        cleaned = clean(text)
        lay = layout(cleaned)
        segs.append((p.name, lay.mask(cleaned), text, lay.wrapped))
    with_scan = {name: find_mentions(segment(m, original=t, wrapped=w)) for name, m, t, w in segs}
    monkeypatch.setattr(find_module, "SCAN", False)
    without = {name: find_mentions(segment(m, original=t, wrapped=w)) for name, m, t, w in segs}
    assert sum(map(len, without.values())) > 1000
    for name in without:
        assert with_scan[name] == without[name], name


def test_own_relations_skipping_quiet_units_relates_the_same(monkeypatch):
    """Every bundled real text: the relations of the whole extraction with own_relations skipping the units that
    name nothing (loaders/relate.py SKIP_QUIET_UNITS) == with every unit walked."""
    import vanban.loaders.relate as relate_module
    from vanban.loaders import extract_text
    texts = [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in _texts()]
    skipping = {name: extract_text(t).relations for name, t in texts}
    monkeypatch.setattr(relate_module, "SKIP_QUIET_UNITS", False)
    walking = {name: extract_text(t).relations for name, t in texts}
    assert sum(map(len, walking.values())) > 300
    for name in walking:
        assert skipping[name] == walking[name], name

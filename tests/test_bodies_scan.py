"""The one scan of the bodies and localities stage (loaders/bodies_scan.py) and the lazy line index
(places.LineIndex): each gives exactly what the slow way gives, on every bundled real text and on texts made to
trip them (glued footnote markers, codes inside words and numbers, capitals, names at both ends)."""
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from real_texts import real_texts

import vanban.loaders.bodies as B
from vanban.loaders.bodies_scan import Family, Head, HeadScan, factor, literal_heads
from vanban.loaders.places import LineIndex, _tables, line_index, prepare, province_spans

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "examples" / "000_4359cb3ac2b76893.txt").read_text(encoding="utf-8")


def _texts():
    return real_texts()


# Texts made to trip a prefilter: a pattern at the very start and end, glued to markers, digits and slashes, in
# capitals, inside longer words, OCR'd tone marks, and the city prefix glued to its name.
TRICKY = [
    "Bộ Chính trị",
    "Ban Tổ chức Trung ương",
    "VPTU: CVP, PCVP; XVPTU, 01-HD/BTCTW, _BTCTW, BTCTW²",
    "Hậu Giang³⁶, Quảng Ninh¹ và Hà Nội² là các tỉnh; TPHCM, TP.HCM, Tp. Hồ Chí Minh, thành phố Huế",
    "TỈNH ỦY QUẢNG NGÃI\nVĂN PHÒNG\n*\nBAN TỔ CHỨC TRUNG ƯƠNG",
    "giúp việc Tỉnh ủy, Thành ủy Hà Nội; tỉnh ủy, thành ủy các cấp; Ban Thường vụ Tỉnh ủy Cao Bằng",
    "XBan Tổ chức, aBộ Nội vụ, ²Ban Tổ chức, Văn phòng Chính phủ, Vụ Tổng hợp cán bộ, Cục Hải quan các tỉnh",
    "Ban cán sự đảng Bộ Ngoại giao; Hội đồng khoa học Ban Tổ chức Trung ương; Trường Chính trị tỉnh Nghệ An",
    "Khánh Hoà, Yên Bai, Đăk Lăk, Bà Rịa - Vũng Tàu, Thừa Thiên - Huế, Thái Bình Dương, HÀ NỘI, ngày",
    "Tổng cục Hải quan thông báo cho Ủy ban nhân dân tỉnh Quảng Ngãi và UBND TP Đà Nẵng",
    "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực; Ủy ban Kiểm tra Trung ương khóa XIII",
    "Quân ủy Trung ương\u00a0và Đảng ủy Quân sự tỉnh Gia Lai, Đài Phát thanh - Truyền hình Lâm Đồng",
    "HàNội BộChính trị Bộ\tTài chính Bộ\u00a0Nội vụ",
    "ⁱBan Tổ chức Trung ương, ⁱBộ Nội vụ, ⁱVPTU, ⁱHà Nội, ²Ban Tổ chức Trung ương",
]


def _whole_text(f: Family, t: str):
    """What ``HeadScan`` stands for: the family's regex over the whole text."""
    if f.mode == "word":
        return list(B._scan(f.rx, t))
    if f.mode == "finditer":
        return list(f.rx.finditer(t))
    return [m for m in f.rx.finditer(t)
            if not (m.start() and (t[m.start() - 1].isalnum() or t[m.start() - 1] in "/–-_"))]


def _same(a, b):
    return [(m.span(), m.groupdict(), m.lastgroup) for m in a] == [(m.span(), m.groupdict(), m.lastgroup) for m in b]


def test_the_scan_finds_what_every_whole_text_scan_finds():
    """Every family of the stage, every bundled real text and the tricky ones: the matches are the same."""
    scan = B._head_scan()
    counts = dict.fromkeys((f.name for f in scan.families), 0)
    texts = _texts()
    assert len(texts) >= 20                 # the equivalence is only worth what it runs on
    for text in texts + TRICKY:
        t = prepare(text)[0]
        got = scan.scan(t)
        for f in scan.families:
            want = _whole_text(f, t)
            assert _same(got[f.name], want), (f.name, t[:80])
            counts[f.name] += len(want)
    assert all(counts.values()), counts     # every family matched somewhere
    assert sum(counts.values()) > 3000


def test_province_spans_is_the_gazetteer_over_the_whole_text():
    from vanban.loaders.places import _locality_regex
    for text in TRICKY + [SEED]:
        t = prepare(text)[0]
        assert [(s.start, s.end) for s in province_spans(t)] == [m.span() for m in _locality_regex().finditer(t)]


@pytest.mark.parametrize("sources,yes,no", [
    ([r"Hà[ \t]+Nội", r"Hà[ \t]+Nam", r"Hải\ Phòng"], ["Hà Nội", "Hà  Nam", "Hải Phòng"], ["Hà Giang", "Hải", "Hà"]),
    ([r"T[Pp]", r"Tỉnh(?![\w/–-])", r"Thành[ \t\u00a0]+(?:phố|PHỐ)"], ["TP", "Tỉnh,", "Thành phố"],
     ["Tỉnh/", "Thành ủy", "T"]),
    ([r"a?b", r"ab", r"x+(?:y|z)", r"x+y"], ["b", "ab", "xxz"], ["a", "x", "xa"]),
    ([r"[Bb]an", r"[Bb]ộ", r"Ban"], ["Ban", "ban", "bộ"], ["Bà", "BAN"]),
])
def test_factor_matches_where_a_source_matches(sources, yes, no):
    rx = re.compile(factor(sources))
    for s in yes:
        assert rx.match(s), (s, rx.pattern)
    for s in no:
        assert not rx.match(s), (s, rx.pattern)


_SOURCES = [r"ab", r"a[bc]+d", r"a[bc]+e?", r"(?:ab|ba)c", r"b\ c", r"b(?!c)", r"ca*", r"c[ \t]+a", r"\d{2}a", r"cab"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SOURCES), min_size=1, max_size=6, unique=True), st.text("abcde 1\t", max_size=8))
def test_factor_is_an_alternation(sources, s):
    assert bool(re.match(factor(sources), s)) == any(re.match(src, s) for src in sources)


def test_a_head_word_must_be_letters_and_a_mode_one_of_three():
    with pytest.raises(ValueError, match="letters only"):
        literal_heads(["Ban-"])
    with pytest.raises(ValueError, match="choose one of word, finditer, boundary"):
        Family("x", re.compile("x"), (), mode="search")


def test_a_family_of_its_own():
    """A family the stage does not have: its heads and guard decide where it is tried, nothing else."""
    rx = re.compile(r"Sở [A-ZĐ]\w+")
    scan = HeadScan([Family("so", rx, literal_heads(["Sở"], " "))])
    text = "Sở Nội vụ, Sở Tài chính; Sởi; xSở Y tế; Sở  Lao"
    assert [m.group() for m in scan.scan(text)["so"]] == [m.group() for m in B._scan(rx, text)] == [
        "Sở Nội", "Sở Tài"]
    empty = HeadScan([Family("none", rx, ())])
    assert empty.scan(text) == {"none": []}
    assert Head("S", "ở", "Sở") in literal_heads(["Sở"])


# ---------------------------------------------------------------- the lazy line index
def _line_texts():
    tricky = "\n".join(["a ⁵ not a note", "  ⁵ Quảng Ninh", "tiếp theo", "", "   ", "⁶ Hà Nội", "thân văn bản",
                        "cắt trang", "\t", "⁷ ghi chú", "⁸", "Body", "", "x"])
    return [SEED, tricky, "", "\n", "one line", "\n\n⁵ a\nb\n⁶ c\n"] + _texts()[:8]


@pytest.mark.parametrize("order", ["ascending", "twice", "descending", "random"])
def test_the_lazy_line_index_answers_like_its_tables(order):
    rng = random.Random(7)
    for text in _line_texts():
        starts, footnotes = _tables(text)
        tables = LineIndex(starts, footnotes)
        offsets = sorted(rng.sample(range(-2, len(text) + 3), min(len(text) + 5, 400)))
        if order == "twice":
            offsets = offsets + offsets
        elif order == "descending":
            offsets = offsets[::-1]
        elif order == "random":
            rng.shuffle(offsets)
        lazy = line_index(text)
        for off in offsets:
            line = lazy.line_of(off)
            assert line == tables.line_of(off), (order, off)
            assert lazy.footnote_of(line) == tables.footnote_of(line), (order, off, line)
        assert lazy.starts == starts and lazy.footnotes == footnotes
        assert lazy == tables and hash(lazy) == hash(tables)
        want = [(tables.line_of(o), tables.footnote_of(tables.line_of(o))) for o in offsets]
        assert line_index(text).locate(offsets) == want == tables.locate(offsets), order
        again = line_index(text)                # a stage asking again from the top, as localities after bodies
        assert again.locate(offsets) == want and again.locate(sorted(offsets)) == sorted(want)


@settings(max_examples=200, deadline=None)
@given(st.text("ab A⁵¹\n\t", max_size=40), st.lists(st.integers(-2, 45), max_size=12))
def test_the_lazy_line_index_on_any_text(text, offsets):
    starts, footnotes = _tables(text)
    lazy = line_index(text)
    for off in offsets:
        line = lazy.line_of(off)
        assert line == LineIndex(starts, footnotes).line_of(off)
        if 0 <= line <= len(starts):
            assert lazy.footnote_of(line) == footnotes[line - 1]


def test_a_line_index_needs_its_tables_or_its_text():
    with pytest.raises(ValueError, match="needs its tables"):
        LineIndex((0,))
    idx = LineIndex((0, 4), (None, 5))
    assert (idx.line_of(5), idx.footnote_of(2), idx.starts) == (2, 5, (0, 4))

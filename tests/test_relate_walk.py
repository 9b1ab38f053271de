"""own_relations' shortcuts over the units (loaders/relate.py): the layout's part of every unit read by one
bisection, the walks that jump to the units holding "“" or "như sau", and the test that lets a unit naming
nothing be skipped.  Each is compared with the walk it replaces, on every bundled real text and on made-up edges."""

import pytest
from real_texts import real_texts

import vanban.loaders.relate as relate_module
from vanban.loaders.clean import clean
from vanban.loaders.find import find_mentions
from vanban.loaders.layout import layout
from vanban.loaders.segment import segment


def _texts():
    return real_texts(400_000)


def _prepared(text):
    cleaned = clean(text)
    lay = layout(cleaned)
    return segment(lay.mask(cleaned), original=text, wrapped=lay.wrapped), lay


@pytest.fixture(scope="module")
def real():
    return [_prepared(t) for t in _texts()]


def test_unit_parts_is_part_at_of_each_unit(real):
    parts = set()
    for seg, lay in real:
        got = relate_module.unit_parts(seg.units, lay)
        assert got == [lay.part_at(u.start) for u in seg.units]
        parts.update(got)
    assert {"preamble", "body", "title"} <= parts         # the texts reach the parts the bisection tells apart
    assert relate_module.unit_parts(real[0][0].units, None) == ["body"] * len(real[0][0].units)


QUOTED = [
    # an amending law: the quoted article runs over paragraphs, introduced by "như sau:"
    "Điều 1. Sửa đổi, bổ sung Luật số 35/2018/QH14 như sau:\n\n“Điều 5. Bãi bỏ Quyết định số 12/2020/QĐ-UBND.\n\n"
    "2. Thay thế Nghị định số 15/2020/NĐ-CP.”\n\nĐiều 2. Hiệu lực thi hành",
    # an inline title left unclosed, then a paragraph opened by “ after an introduction, footnotes between
    "Ban hành Nghị quyết “Quy định về cán bộ\n\nĐiều 3 được sửa đổi như sau:\n\n¹ Chú thích một.\n\n"
    "“Điều 3. Bãi bỏ Quyết định số 40/2026/QĐ-UBND.\n\nĐiều 4. Không trích dẫn.",
    "“Mở không đóng\n\ncó căn cứ ban hành như sau:\n\n“Căn cứ Luật số 80/2015/QH13;”\n\nhết",
    "", "như sau:", "“", "”",
]


def _walked(fn, seg, monkeypatch):
    monkeypatch.setattr(relate_module, "SKIP_QUIET_UNITS", True)
    fast = fn(seg)
    monkeypatch.setattr(relate_module, "SKIP_QUIET_UNITS", False)
    slow = fn(seg)
    monkeypatch.setattr(relate_module, "SKIP_QUIET_UNITS", True)
    return fast, slow


def test_quotation_walks_jump_to_what_every_unit_gives(real, monkeypatch):
    made = [_prepared(t) for t in QUOTED]
    quoted = speakers = 0
    for seg, _ in real + made:
        fast, slow = _walked(relate_module._quote_state, seg, monkeypatch)
        assert fast == slow
        quoted += len(slow)
        found = find_mentions(seg)
        for f in found:
            f.id = f.code or f.name
        fast, slow = _walked(lambda s, found=found: relate_module._quoted_speakers(s, found), seg, monkeypatch)
        assert fast == slow
        speakers += len(slow)
    assert quoted > 20 and speakers > 0          # the walks were compared where they find something


# Units naming nothing that do or do not end with an effect clause's list of acts
LISTS = [
    ("Bãi bỏ các văn bản sau đây:", True),
    ("Các Quyết định sau hết hiệu lực kể từ ngày 01/01/2025:", True),
    ("Sửa đổi,      bổ sung một số điều của các Nghị định sau:  ", True),
    ("BÃI BỎ CÁC VĂN BẢN SAU:\n", True),
    ("Thay thế các quy định sau: .", True),                      # the ":" ends the sentence before the last one
    ("Bãi bỏ " + "x" * 300 + " các văn bản sau:", False),          # the cue too far before the ":"
    ("Điều 1. Phạm vi điều chỉnh:", False),
    ("Bãi bỏ: a; b; c.", False),
    ("", False),
]


@pytest.mark.parametrize("text,may", LISTS)
def test_may_end_list(text, may):
    assert relate_module._may_end_list(text) is may


def test_may_end_list_never_turns_down_a_list_act(real):
    """Every sentence of a real text that own_relations' list test reads and _LIST_ACT matches is in a unit
    _may_end_list keeps (the real lists, and each sentence ending in ':' cut to its last 300 characters)."""
    seen = 0
    for seg, _ in real:
        for u in seg.units:
            text = u.text
            last = len(text.rstrip()) - 1
            for s, e in u.sentences:
                sentence = text[s:e]
                if not (e > last >= 0 and text[last] == ":" or e == last and sentence.rstrip().endswith(":")):
                    continue
                for cut in {0, max(0, len(sentence) - 300)}:
                    if relate_module._LIST_ACT.search(sentence[cut:]):
                        seen += 1
                        assert relate_module._may_end_list(text[s + cut:]), text
    assert seen >= 3


CHRONOLOGY = [
    ("2025-04-01", "78/2025/NĐ-CP", "2025-04-01", "79/2025/NĐ-CP"),
    ("2025-07-01", "187/2025/NĐ-CP", "2025-04-01", "79/2025/NĐ-CP"),
    (None, "21-NQ/TW", None, "45-NQ/TW"),
    ("2018-10-08", "140/2018/NĐ-CP", "2021-03-30", "49/2018/NĐ-CP"),
    (None, None, None, None),
]


def test_remembered_chronology_and_rank_answer_as_the_domain_does():
    from vanban.domain import numbers
    relate_module.issued_before.cache_clear()
    relate_module.can_act_on.cache_clear()
    for _ in range(2):                                           # asked again: the remembered answers
        for args in CHRONOLOGY:
            assert relate_module.issued_before(*args) is numbers.issued_before(*args)
            assert relate_module.issued_before(*args[2:], *args[:2]) is numbers.issued_before(*args[2:], *args[:2])
        for src, rel, tgt in [("26/2016/TT-BLĐTBXH", "AMENDS", "51/2016/NĐ-CP"), ("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP"),
                              ("26/2016/TT-BLĐTBXH", "CITES", "51/2016/NĐ-CP"), ("21-NQ/TW", "REPEALS", "50/2019/QH14")]:
            assert relate_module.can_act_on(src, rel, tgt) is numbers.can_act_on(src, rel, tgt)
    for memo in (relate_module.issued_before, relate_module.can_act_on):   # bounded, and asked again from memory
        info = memo.cache_info()
        assert info.currsize <= relate_module.MEMO_SIZE and info.hits > 0
    assert relate_module.issued_before(*CHRONOLOGY[0]) and not relate_module.issued_before(*CHRONOLOGY[1])

"""The prefilters of the relate stage (effect, relate, own_relations, evidence) decide nothing: each fast path gives
what the walk it replaces gives, on every bundled real text and on the edge cases that walk was written for."""

import pytest
from real_texts import real_texts

from vanban.loaders import effect


def _texts():
    return real_texts(400_000)


def _slow_effect_lines(text):
    return [(n, line) for n, line in effect._own_lines(text) if "hiệu lực" in line]


# a quotation over several lines, closed late or never, ended by the own effect article in any case; footnotes
EFFECT_CASES = [
    "Điều 1.\n“1. Luật này có hiệu lực từ ngày 01 tháng 7 năm 2020.\n2. Bãi bỏ …”.\n"
    "Điều 2. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.",
    "“Điều 5. Sửa đổi\nQuy định này có hiệu lực từ ngày ký.\nĐIỀU 6. HIỆU LỰC THI HÀNH\nQuy định này có hiệu lực từ ngày ký.",
    "“a\n“b\n”\nđiều 3. hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 1/7/2024.",
    "  Nghị định này có hiệu lực từ ngày 1/7/2024.  \r\n[1] Luật này có hiệu lực\n¹ Luật này có hiệu lực\n\"x\" hiệu lực",
    "”” closes first\nNghị quyết này hết hiệu lực từ ngày 31/12/2025",
    "hiệu lực", "", "\n\n“\n\nhiệu lực\n",
]


@pytest.mark.parametrize("text", EFFECT_CASES)
def test_effect_lines_are_own_lines_with_the_cue(text):
    assert list(effect._effect_lines(text)) == _slow_effect_lines(text)


def test_effect_lines_on_every_bundled_text():
    texts = _texts()
    assert len(texts) >= 20
    said = 0
    for text in texts:
        fast = list(effect._effect_lines(text))
        assert fast == _slow_effect_lines(text)
        said += len(fast)
    assert said > 50            # the equivalence is only worth the lines it compares


def _relations(texts):
    from vanban.loaders import extract_text
    return [extract_text(t).relations for t in texts]


def test_relate_prefilter_relates_the_same(monkeypatch):
    """The whole extraction's relations with relate's word prefilter == with every pattern tried everywhere."""
    import vanban.loaders.relate as relate_module
    texts = _texts()
    fast = _relations(texts)
    monkeypatch.setattr(relate_module, "PREFILTER", False)
    slow = _relations(texts)
    assert sum(map(len, slow)) > 300
    assert sum(1 for rels in slow for r in rels if r.rule.startswith(("implicit", "own:implicit"))) > 20
    assert sum(1 for rels in slow for r in rels if r.rule.startswith("purpose")) > 0
    assert fast == slow


@pytest.mark.parametrize("text", [
    "Bãi bỏ khoản 2 Điều 17 của Luật Điện lực số 61/2024/QH15.",
    "Sơ kết 5 năm thực hiện Quy định số 105-QĐ/TW và tổng kết Chỉ thị số 35-CT/TW.",
    "bãi bỏ 03 thủ tục hành chính (số thứ tự 04, 06, 07) được ban hành kèm theo Quyết định số 12/2024/QĐ-UBND.",
    "Thay thế cụm từ “Bộ Kế hoạch” bằng cụm từ “Bộ Tài chính” tại điểm m khoản 1 Điều 35 của Nghị định số 15/2020/NĐ-CP.",
    "Sửa đổi, bổ sung một số quy định về công tác cán bộ: (1) Quy định số 04-QĐ/TW; (2) Quy định số 50-QĐ/TW.",
    "Để thực hiện Nghị quyết số 28-NQ/TW, Bộ Chính trị ban hành Kế hoạch số 12-KH/TW.",
    "Căn cứ Nghị định số 15/2020/NĐ-CP, Bộ Tài chính ban hành Thông tư số 01/2021/TT-BTC.",
    "ĐÌNH CHỈ VIỆC THI HÀNH khoản 3 Điều 2 của Quyết định số 40/2026/QĐ-UBND. HỦY BỎ Quyết định số 41/2026/QĐ-UBND.",
    "Tạm ngưng hiệu lực Điều 5 của Thông tư số 02/2021/TT-BTC",
])
def test_relate_prefilter_on_sentences(monkeypatch, text):
    import vanban.loaders.relate as relate_module
    fast = _relations([text])
    monkeypatch.setattr(relate_module, "PREFILTER", False)
    assert fast == _relations([text])

"""The prefilters of the relate stage (effect, relate, own_relations, evidence) decide nothing: each fast path gives
what the walk it replaces gives, on every bundled real text and on the edge cases that walk was written for."""
from pathlib import Path

import pytest

from vanban.loaders import effect

ROOT = Path(__file__).resolve().parent.parent


def _texts():
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "real").rglob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures" / "real").rglob("*.md"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths if p.stat().st_size < 400_000]


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

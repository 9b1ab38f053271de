"""Which documents an act's list reaches when a ";" stands after the first one.

An act names its objects as a list: "Bãi bỏ Quyết định số A, số B và số C" (commas, the type word written once),
"Bãi bỏ các Quyết định …: số A …; số B …" (a plural object, its list announced), "Bãi bỏ Quyết định số A …; Quyết
định số B …" (each item with its own type word).  After a singular object, a bare "số B" past a ";" is not such an
item: its type word is not written again and no plural announced a list, so it opens a clause of its own ("…; số B
… giữ nguyên", kept as it is).  Session 35 read "của Chủ tịch UBND tỉnh" as the first number's issuer, which ended
its reference there and let the ";" join B (tests/test_session15_fresh13.py's guard failed in CI); with the issuer
a committee ("của UBND tỉnh Bắc Ninh") B had been joined before that too."""
import pytest

from vanban.loaders import extract_text

_HEAD = "QUYẾT ĐỊNH\nSố: 12/QĐ-UBND\n"


@pytest.mark.parametrize("article, acted_on", [
    # a singular object, then a bare number past the ";": only the first is acted on
    ("Điều 1. Sửa đổi, bổ sung Điều 2 Quyết định số 761/QĐ-UBND ngày 05/5/2025 của UBND tỉnh Bắc Ninh; số "
     "810/QĐ-UBND ngày 06/6/2025 của UBND tỉnh Bắc Ninh giữ nguyên.", {("AMENDS", "761/QĐ-UBND@Bắc Ninh")}),
    ("Điều 1. Sửa đổi, bổ sung Điều 2 Quyết định số 761/QĐ-UBND ngày 05/5/2025 của Chủ tịch UBND tỉnh; số "
     "810/QĐ-UBND ngày 06/6/2025 của Chủ tịch UBND tỉnh giữ nguyên.", {("AMENDS", "761/QĐ-UBND")}),
    # guards: the lists that do go on
    ("Điều 1. Bãi bỏ Quyết định số 761/QĐ-UBND, số 810/QĐ-UBND và số 905/QĐ-UBND của UBND tỉnh.",
     {("REPEALS", "761/QĐ-UBND"), ("REPEALS", "810/QĐ-UBND"), ("REPEALS", "905/QĐ-UBND")}),
    ("Điều 1. Bãi bỏ các Quyết định của UBND tỉnh: số 761/QĐ-UBND ngày 05/5/2025; số 810/QĐ-UBND ngày 06/6/2025.",
     {("REPEALS", "761/QĐ-UBND"), ("REPEALS", "810/QĐ-UBND")}),
    ("Điều 1. Bãi bỏ Quyết định số 761/QĐ-UBND ngày 05/5/2025 của UBND tỉnh; Quyết định số 810/QĐ-UBND ngày "
     "06/6/2025 của UBND tỉnh.", {("REPEALS", "761/QĐ-UBND"), ("REPEALS", "810/QĐ-UBND")}),
])
def test_a_bare_number_after_a_semicolon_joins_only_an_announced_list(article, acted_on):
    x = extract_text(_HEAD + article + "\n")
    assert {(r.relation, r.target) for r in x.relations if r.source == "12/QĐ-UBND"} == acted_on

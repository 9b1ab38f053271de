"""resolve.documents merges a document's mentions: each property is the value its mentions give most often, the
first in sort order on a tie (``_most_common``, whose one-value case skips the count)."""
from vanban.loaders.resolve import _most_common


def test_nothing_stated_gives_none():
    assert _most_common([None, "", None]) is None
    assert _most_common([]) is None


def test_one_value_however_often():
    assert _most_common(["21-KL/TW"]) == "21-KL/TW"
    assert _most_common([None, "21-KL/TW", "", "21-KL/TW"]) == "21-KL/TW"


def test_the_most_frequent_value_then_the_first_in_sort_order():
    assert _most_common(["Quy định", "Quyết định", "Quyết định"]) == "Quyết định"
    assert _most_common(["2024-03-05", "2023-01-02"]) == "2023-01-02"
    assert _most_common(["B", "A", "B", "A", None]) == "A"

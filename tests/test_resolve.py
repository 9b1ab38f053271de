"""resolve.documents merges a document's mentions: each property is the value its mentions give most often, the
first in sort order on a tie (``_most_common``, whose one-value case skips the count); a code the file calls a form
is no document."""
import pytest

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


@pytest.mark.parametrize("table,form", [
    # dev2 (congbao thong-tu-so-41-2026-tt-btc): the circular's table of forms, then the form's own heading
    ("3\n01/CTKT-TSMH\nChứng từ khấu trừ thuế đối với cá nhân cư trú\n", "Mẫu số: 01/CTKT-TSMH\n"),
    # synthetic: another ministry's form, introduced by "Biểu số" in the text before its table row
    ("Kê khai theo Biểu số 02/BC-SYT.\n", "2 | 02/BC-SYT | Báo cáo tình hình tiêm chủng\n"),
])
def test_a_code_the_file_introduces_as_a_form_is_no_document_where_it_stands_bare(table, form):
    from vanban.loaders import extract_text
    text = ("BỘ TÀI CHÍNH\nSố: 41/2026/TT-BTC\nHà Nội, ngày 06 tháng 4 năm 2026\nTHÔNG TƯ\nHướng dẫn một việc\n"
            "Căn cứ Nghị định số 29/2025/NĐ-CP;\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một việc.\n"
            + table + form)
    codes = {m.code for m in extract_text(text).mentions if m.code}
    assert codes == {"41/2026/TT-BTC", "29/2025/NĐ-CP"}


def test_a_bare_number_the_file_never_calls_a_form_stays_a_document():
    from vanban.loaders import extract_text
    text = ("BỘ TÀI CHÍNH\nSố: 41/2026/TT-BTC\nHà Nội, ngày 06 tháng 4 năm 2026\nTHÔNG TƯ\nHướng dẫn một việc\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một việc.\n3\n01/CTKT-TSMH\nMẫu số: 02/CTKT-TSMH\n")
    assert "01/CTKT-TSMH" in {m.code for m in extract_text(text).mentions}

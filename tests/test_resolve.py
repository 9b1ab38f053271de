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


# ---------------------------------------------------------------- damaged numbers the file itself completes
import pytest  # noqa: E402

from vanban.loaders import extract_text  # noqa: E402


def _codes(text):
    x = extract_text(text)
    return x.document.code, [(m.code, m.rule) for m in x.mentions if m.code and m.code != x.document.code]


_HEAD = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 470/VBHN-BLĐTBXH\nHà Nội, ngày 05 tháng 02 năm 2025\nTHÔNG TƯ\n"
         "Hướng dẫn một việc\nĐiều 1. Phạm vi\n")


@pytest.mark.parametrize("body,full,cut,rule", [
    # congbao van-ban-hop-nhat-so-470-vbhn-bldtbxh (and 467, 469), line 297: the issuer code's last letter lost (a
    # known code's: find reads it whole already, as one letter lost anywhere, session 13)
    ("Áp dụng Điều 17 Thông tư số 26/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016.\n"
     "Áp dụng khoản 4 Điều 22 Thông tư số 26/2016/TT-BLĐTBX; Điều 20 Thông tư số 27/2016/TT-BLĐTBXH.\n",
     "26/2016/TT-BLĐTBXH", "26/2016/TT-BLĐTBX", "number:state_year"),
    # … and an unknown code's: the file completes it
    ("Áp dụng Điều 17 Quyết định số 26/2016/QĐ-SNNPTNT ngày 01 tháng 9 năm 2016.\n"
     "Áp dụng khoản 4 Điều 22 Quyết định số 26/2016/QĐ-SNNPT; Điều 20 Thông tư số 27/2016/TT-BLĐTBXH.\n",
     "26/2016/QĐ-SNNPTNT", "26/2016/QĐ-SNNPT", "number:completed"),
    # an administrative number (no year), two letters lost
    ("Thực hiện Công văn số 1234/BTC-QLCS ngày 2/3/2024.\nTheo Công văn số 1234/BTC-QL, các đơn vị báo cáo.\n",
     "1234/BTC-QLCS", "1234/BTC-QL", "number:completed"),
])
def test_a_number_cut_short_takes_the_full_code_the_file_writes(body, full, cut, rule):
    own, got = _codes(_HEAD + body)
    assert cut not in {c for c, _ in got}
    assert (full, rule) in got


@pytest.mark.parametrize("body,kept", [
    # congbao nghi-quyet-so-97-nq-cp: a footnote's marker glued to the number ("140/NQ-CP2"): digits are no lost letters
    ("Thực hiện Nghị quyết số 140/NQ-CP ngày 2/3/2024.\nNghị quyết số 140/NQ-CP2 ngày 2/3/2024 của Chính phủ.\n",
     {"140/NQ-CP"}),
    # two codes completing one ("BNN" beside "BNNPTNT" and "BNNMT"): which one is meant is not known, both stay
    ("Căn cứ Thông tư số 5/2020/TT-BNNPTNT; Thông tư số 5/2020/TT-BNNMT; Thông tư số 5/2020/TT-BNN.\n",
     {"5/2020/TT-BNNPTNT", "5/2020/TT-BNNMT", "5/2020/TT-BNN"}),
])
def test_a_number_no_single_code_completes_stays_as_written(body, kept):
    own, got = _codes(_HEAD + body)
    assert kept <= {c for c, _ in got}
    assert not [r for _, r in got if r == "number:completed"]


_DECISION = ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 2031/QĐ-UBND\nCao Bằng, ngày 28 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
             "Công bố danh mục thủ tục hành chính\nCăn cứ Nghị định số 63/2010/NĐ-CP;\nQUYẾT ĐỊNH:\n"
             "Điều 1. Công bố kèm theo Quyết định này danh mục.\nNơi nhận:\n- Như Điều 1;\nCHỦ TỊCH\nLê Văn A\n")


@pytest.mark.parametrize("heading,own_mention", [
    # tvpl/5298da2adb9eb4fe.md, lines 190 and 638: the annex heading drops a digit of the own number, same date
    ("*(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)*", True),
    # another digit dropped (2031 -> 231), the date written with slashes
    ("(Kèm theo Quyết định số 231/QĐ-UBND ngày 28/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh)", True),
    # another date: another decision (numbers run through the year)
    ("(Kèm theo Quyết định số 203/QĐ-UBND ngày 28 tháng 01 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)", False),
    # the same date, a number one digit off but not dropped (2030): a decision of the same day
    ("(Kèm theo Quyết định số 2030/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)", False),
])
def test_the_own_number_with_a_digit_dropped_and_the_own_date_is_the_own_document(heading, own_mention):
    x = extract_text(_DECISION + "PHỤ LỤC\n" + heading + "\nDanh mục thủ tục.\n")
    line = (_DECISION + "PHỤ LỤC\n").count("\n") + 1
    heads = [m for m in x.mentions if m.line == line and m.code]
    assert heads and all((m.code == "2031/QĐ-UBND") == own_mention for m in heads)
    assert all((m.rule == "number:own-misnumbered") == own_mention for m in heads)

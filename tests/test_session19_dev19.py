"""A rule read off dev19 (session 19, nine larger gazette texts annotated by two more readers and read the same
session; its only miss when scored): a ceasing law's list of amenders closed by its short name in brackets is
followed by the sentence's next subject, which ceases too ("Luật … số A đã được sửa đổi, bổ sung một số điều theo Luật
số B, …, Bộ luật số C (sau đây gọi chung là Luật số A) và Nghị quyết số D … hết hiệu lực thi hành")."""
from real_texts import TEXTS, rels

from vanban.loaders import extract, extract_text


def test_a_subject_after_the_amenders_short_name_ceases_too():
    # dev19 congbao van-ban-hop-nhat-so-19-vbhn-vpqh lines 3317-3321 (the Social Insurance Law 41/2024/QH15's
    # effect article)
    got = rels(extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-19-vbhn-vpqh-468972.txt"))
    assert ("41/2024/QH15", "REPEALS", "58/2014/QH13") in got
    assert ("41/2024/QH15", "REPEALS", "93/2015/QH13") in got
    # the amenders amend the law and do not cease
    assert ("45/2019/QH14", "AMENDS", "58/2014/QH13") in got
    assert ("41/2024/QH15", "REPEALS", "45/2019/QH14") not in got
    made = rels(extract_text(
        "Số: 50/2026/QH15\nLUẬT\nĐiều 90. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm "
        "2027.\n2. Luật Việc làm số 38/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14, "
        "Luật số 28/2023/QH15 (sau đây gọi chung là Luật số 38/2013/QH13) và Nghị quyết số 12/2020/QH14 ngày 10 "
        "tháng 6 năm 2020 của Quốc hội về chính sách hỗ trợ hết hiệu lực thi hành kể từ ngày Luật này có hiệu lực "
        "thi hành.\n"))
    assert ("50/2026/QH15", "REPEALS", "38/2013/QH13") in made
    assert ("50/2026/QH15", "REPEALS", "12/2020/QH14") in made
    assert ("28/2023/QH15", "AMENDS", "38/2013/QH13") in made
    # guard: the amenders do not cease
    assert ("50/2026/QH15", "REPEALS", "28/2023/QH15") not in made

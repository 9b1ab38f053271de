"""An item's act in the passive on a part of another document it names (session 41, from fresh23's misses): "Nội dung
“…” quy định tại khoản 4 Điều 1 Quyết định chủ trương đầu tư số A ngày … được điều chỉnh như sau:" — what the part is
made follows, quoted: the own document amends A there.  Guards: "… đã được sửa đổi … như sau" reports an earlier act;
a letter or a report does not act; a sentence that goes on past "như sau:" or names no part is no such item."""
import pytest
from real_texts import TEXTS

from vanban.loaders import extract, extract_text

QD_257 = TEXTS / "sct" / "Trangsct-skill-sct__QD-257-QD-BQLCKCN-10-9-2026-dieu-chinh-CTDT-lan-3-Mundus-TEXT.txt"

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: {num}\nLào Cai, ngày 10 tháng 9 năm 2026\n\n{kind}\nVề việc điều chỉnh\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Đầu tư số 61/2020/QH14;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Điều chỉnh một số nội dung như sau:\n{item}\n“4. Địa điểm thực hiện dự án: xã A”.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


def acts(item, num="257/QĐ-UBND", kind="QUYẾT ĐỊNH"):
    x = extract_text(HEAD.format(num=num, kind=kind, item=item))
    return [(r.relation, r.target.split("@")[0], r.partial, r.scope) for r in x.relations if r.relation != "BASED_ON"]


def test_the_investment_decision_adjusted_point_by_point():
    x = extract(QD_257)
    got = {(r.target.split("@")[0], r.scope) for r in x.relations
           if r.relation == "AMENDS" and r.source == x.document.id and r.partial}
    assert got >= {("622/QĐ-BQLCKCN", "khoản 4 Điều 1"), ("503/QĐ-BQLCKCN", "khoản 1 Điều 1"),
                   ("140/QĐ-BQLCKCN", "khoản 1 Điều 1"),
                   ("622/QĐ-BQLCKCN", "nội dung “thông tin về địa chỉ trụ sở chính của doanh nghiệp”")}


@pytest.mark.parametrize("item, scope", [
    ("1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND được sửa đổi, bổ sung như sau:", "Khoản 4 Điều 1"),
    ("1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND ngày 31/7/2020 của UBND tỉnh được điều chỉnh như sau:",
     "Khoản 4 Điều 1"),
    ("1. Nội dung “địa điểm” quy định tại Quyết định số 622/QĐ-UBND cấp lần đầu ngày 31/7/2020 được điều chỉnh"
     " như sau:", "nội dung “địa điểm”"),
])
def test_a_passive_item_amends_the_part_it_names(item, scope):
    assert acts(item) == [("AMENDS", "622/QĐ-UBND", True, scope)]
    assert acts(item, num="28/2026/QĐ-UBND") == [("AMENDS", "622/QĐ-UBND", True, scope)]


@pytest.mark.parametrize("item", [
    "1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND đã được sửa đổi, bổ sung như sau:",         # an earlier act
    "1. Quyết định số 622/QĐ-UBND được điều chỉnh như sau:",                                  # no part named
    "1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND được điều chỉnh như sau: xã A thay cho xã B.",  # goes on
    "1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND và Quyết định số 623/QĐ-UBND được điều chỉnh như sau:",
])
def test_no_passive_item_act(item):
    assert [a for a in acts(item) if a[0] == "AMENDS"] == []


def test_a_report_does_not_act():
    item = "1. Khoản 4 Điều 1 Quyết định số 622/QĐ-UBND được điều chỉnh như sau:"
    assert [a for a in acts(item, num="257/BC-UBND", kind="BÁO CÁO") if a[0] == "AMENDS"] == []

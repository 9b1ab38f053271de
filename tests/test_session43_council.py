"""Session 43: provincial councils' resolutions whose converter lost the header table (hoangmd2410/RAG_DEMO, gold
fresh43): the number their file's name spells, the council their closing sentence names; and a repeal whose target's
description holds its own act.  The texts below are made, in the files' layout."""
from __future__ import annotations

from vanban.domain.numbers import number_from_file_name
from vanban.loaders import extract_text

BODY = """<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
QUY ĐỊNH MỨC THU PHÍ THAM QUAN TRÊN ĐỊA BÀN TỈNH
HỘI ĐỒNG NHÂN DÂN TỈNH
KHÓA XIV - KỲ HỌP THỨ 5
Căn cứ Luật Phí và lệ phí số 97/2015/QH13 ngày 25 tháng 11 năm 2015;
Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ;
QUYẾT NGHỊ:
Điều 1. Quy định mức thu phí tham quan.
Điều 2. Nghị quyết này đã được
Hội đồng nhân dân tỉnh Điện Biên khóa XIV, Kỳ họp thứ 5 thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực thi hành kể
từ ngày 24 tháng 7 năm 2017; bãi bỏ Khoản 4, Điều 1, Nghị quyết số 06/2005/NQ-HĐND ngày 08 tháng 07 năm 2005 của Hội
đồng nhân dân tỉnh; bãi bỏ Khoản 1, Điều 1 Nghị quyết số 37/2011/NQ-HĐND ngày 09 tháng 12 năm 2011 của Hội đồng nhân
dân tỉnh về việc sửa đổi một số điều của Nghị quyết số 11/2006/NQ-HĐND, Nghị quyết số 17/2008/NQ-HĐND, Nghị quyết
số 19/2010/NQ-HĐND./.
"""


def test_number_spelled_by_the_file_name():
    assert number_from_file_name("68-2017-nq-hđnd.md") == "68/2017/NQ-HĐND"
    assert number_from_file_name("data/VanBanGoc_12-2020-tt-btc.txt") == "12/2020/TT-BTC"
    assert number_from_file_name("1234-qđ-ttg.txt") == "1234/QĐ-TTg"


def test_names_that_spell_no_number():
    for name in ("35.2024.md", "2-ke-hoach.md", "x-12-2020-tt-btc.md", "5-2020-abc-xyz.md", "12-2020-nq-hd.md"):
        assert number_from_file_name(name) is None, name


def test_headerless_resolution_takes_its_number_and_council():
    doc = extract_text(BODY, file="data/70-2017-nq-hđnd.md").document
    assert doc.code == "70/2017/NQ-HĐND"
    assert doc.issuer == "Hội đồng nhân dân tỉnh Điện Biên"
    assert doc.date == "2017-07-13"


def test_repeal_of_a_part_after_a_comma_and_not_of_the_targets_description():
    ex = extract_text(BODY, file="data/70-2017-nq-hđnd.md")
    rels = {(r.source.split("@")[0], r.relation, r.target.split("@")[0], r.partial) for r in ex.relations}
    assert ("70/2017/NQ-HĐND", "REPEALS", "06/2005/NQ-HĐND", True) in rels
    assert ("70/2017/NQ-HĐND", "REPEALS", "37/2011/NQ-HĐND", True) in rels
    assert ("37/2011/NQ-HĐND", "AMENDS", "17/2008/NQ-HĐND", False) in rels
    # 17/2008 and 19/2010 are what 37/2011 amends, not what this resolution repeals
    assert not {t for s, r, t, p in rels if r == "REPEALS" and t in ("17/2008/NQ-HĐND", "19/2010/NQ-HĐND")}


def test_council_named_as_the_text_names_its_province():
    # "tỉnh Thừa Thiên Huế" in 2017 (a city since 2025): the council keeps the kind the text writes
    text = BODY.replace("tỉnh Điện Biên khóa XIV", "tỉnh Thừa\nThiên Huế khóa VII")
    assert extract_text(text, file="data/08-nq-hđnd.md").document.issuer == "Hội đồng nhân dân tỉnh Thừa Thiên Huế"


def test_some_articles_repealed_beside_the_document_amended():
    text = BODY.replace("Căn cứ Nghị định số 120/2016/NĐ-CP ngày 23 tháng 8 năm 2016 của Chính phủ;",
                        "Căn cứ Nghị quyết số 65/2016/NQ-HĐND ngày 03 tháng 8 năm 2016 của Hội đồng nhân dân tỉnh về "
                        "việc sửa đổi và bãi bỏ một số điều của Nghị quyết số 23/2015/NQ-HĐND;")
    rels = {(r.source.split("@")[0], r.relation, r.target.split("@")[0], r.partial)
            for r in extract_text(text, file="data/70-2017-nq-hđnd.md").relations}
    assert ("65/2016/NQ-HĐND", "REPEALS", "23/2015/NQ-HĐND", True) in rels
    assert ("65/2016/NQ-HĐND", "AMENDS", "23/2015/NQ-HĐND", False) in rels
    assert ("65/2016/NQ-HĐND", "REPEALS", "23/2015/NQ-HĐND", False) not in rels

"""Relations: real sentences and the edges each must give (acting document -> acted-upon document).

Each case names the rule that must fire, so every branch of relate.py is taken by a test.
"""
from pathlib import Path

import pytest

from vanban.loaders import extract_text
from vanban.loaders.find import find_mentions
from vanban.loaders.models import OwnDocument
from vanban.loaders.relate import is_normative, own_relations, relate
from vanban.loaders.resolve import resolve
from vanban.loaders.segment import segment


def edges(text, own=None):
    seg = segment(text)
    found = resolve(find_mentions(seg), seg=seg)
    rels = relate(seg, found)
    if own is not None:
        rels = own_relations(seg, found, rels, own)
    return {(r.source, r.relation, r.target, r.planned, r.rule.split(":")[0]) for r in rels}


# (sentence from the seed or a state text, expected edges (source, relation, target, planned, rule))
SEED = [
    ("Ban hành Hướng dẫn số 20-HD/BTCTW, ngày 27/7/2022 thi hành Quy định số 49-QĐ/TW của Bộ Chính trị khóa XIII "
     "về tổ chức đảng trong Quân đội nhân dân Việt Nam.",
     {("20-HD/BTCTW", "IMPLEMENTS", "49-QĐ/TW", False, "adjacent")}),
    ("Ban Tổ chức Trung ương ban hành Hướng dẫn số 21-HD/BTCTW, ngày 20/9/2022 để thực hiện Thông báo kết luận số 20-TB/TW.",
     {("21-HD/BTCTW", "IMPLEMENTS", "20-TB/TW", False, "adjacent")}),
    # "theo" + a list of targets
    ("¹⁹ Kết luận số 27-KL/TW, ngày 21/02/2022 của Ban Bí thư về xử lý sai phạm trong công tác cán bộ theo "
     "Kết luận số 48-KL/TW ngày 26/4/2019 và Kết luận số 71-KL/TW ngày 24/3/2020;",
     {("27-KL/TW", "BASED_ON", "48-KL/TW", False, "adjacent"), ("27-KL/TW", "BASED_ON", "71-KL/TW", False, "adjacent")}),
    # a purpose clause before the acting document, two targets
    ("Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII về *đẩy mạnh xây dựng, chỉnh đốn Đảng; kiên quyết "
     "ngăn chặn* và Kế hoạch số 03-KH/TW, ngày 01/12/2021 của Bộ Chính trị, Ban Tổ chức Trung ương đã ban hành "
     "Kế hoạch số 52-KH/BTCTW, ngày 17/02/2022 định hướng tập trung tuyên truyền.",
     {("52-KH/BTCTW", "IMPLEMENTS", "21-KL/TW", False, "purpose"), ("52-KH/BTCTW", "IMPLEMENTS", "03-KH/TW", False, "purpose")}),
    ("Nâng cao hiệu quả thực hiện Quy định số 41-QĐ/TW về miễn nhiệm, từ chức, Bộ Chính trị đã ban hành Thông báo kết luận "
     "số 20-TB/TW, ngày 08/9/2022 về chủ trương bố trí công tác.",
     {("20-TB/TW", "IMPLEMENTS", "41-QĐ/TW", False, "purpose")}),
    ("Trên cơ sở tổng kết việc thực hiện Nghị quyết số 39-NQ/TW, tham mưu Bộ Chính trị ban hành Kết luận số 28-KL/TW "
     "ngày 21/02/2022 về tinh giản biên chế.",
     {("28-KL/TW", "BASED_ON", "39-NQ/TW", False, "purpose"), ("IMPLICIT:REVIEW-OF-39-NQ/TW", "REVIEWS", "39-NQ/TW", False, "implicit")}),
    # "Trên cơ sở đó": the paragraph's topic document; the more specific IMPLEMENTS wins for the same pair
    ("Bộ Chính trị ban hành Quy định số 58-QĐ/TW, ngày 08/02/2022 *Một số vấn đề về bảo vệ chính trị nội bộ Đảng*; "
     "Trên cơ sở đó, ban hành Hướng dẫn số 01-HD/BTCTW, ngày 05/8/2022 thực hiện Quy định số 58-QĐ/TW đảm bảo công tác.",
     {("01-HD/BTCTW", "IMPLEMENTS", "58-QĐ/TW", False, "adjacent")}),
    # an activity with no acting instrument stays implicit; a task in the plan is planned
    ("- Nghiên cứu sửa đổi, bổ sung Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị về việc kiểm điểm.",
     {("IMPLICIT:AMENDMENT-OF-132-QĐ/TW", "AMENDS", "132-QĐ/TW", True, "implicit")}),
    ("³ (2) Sơ kết 5 năm thực hiện Quy định 105-QĐ/TW về phân cấp quản lý cán bộ;",
     {("IMPLICIT:REVIEW-OF-105-QĐ/TW", "REVIEWS", "105-QĐ/TW", False, "implicit")}),
]


@pytest.mark.parametrize("sentence,expected", SEED, ids=[sorted(e)[0][1] + ":" + sorted(e)[0][2] for _, e in SEED])
def test_seed_sentences(sentence, expected):
    assert edges(sentence) == expected


def _kind(ident):
    """Described documents have ids made from their subject; compare them by draft flag and type."""
    return ident if ":" not in ident or ident.startswith("IMPLICIT:") else ident.split(":")[0]


@pytest.mark.parametrize("sentence,expected", [
    ("⁴ (2) Dự thảo Báo cáo tổng kết 15 năm thực hiện Nghị quyết Trung ương 5 khóa X về tiếp tục đổi mới phương thức lãnh đạo; "
     "(13) Dự thảo Hướng dẫn thực hiện Quy định số 58-QĐ/TW Một số vấn đề về bảo vệ chính trị nội bộ Đảng;",
     {("DRAFT-BC", "REVIEWS", "NQ-TW5-X", True), ("DRAFT-HD", "GUIDES", "58-QĐ/TW", True)}),
    ("⁴ (7) Dự thảo sửa đổi Quy định về luân chuyển cán bộ;", {("DRAFT-QĐ", "AMENDS", "QĐ", True)}),
    ("⁴ (10) Dự thảo Đề án thành lập đảng bộ tập đoàn kinh tế, tổng công ty, ngân hàng thương mại nhà nước theo "
     "Quy định số 60-QĐ/TW của Ban Bí thư;", {("DRAFT-ĐA", "BASED_ON", "60-QĐ/TW", True)}),
    ("⁴ (5) Dự thảo sơ kết thực hiện Kết luận 34-KL/TW về một số mô hình thí điểm;", {("DRAFT-BC", "REVIEWS", "34-KL/TW", True)}),
])
def test_drafts_contain_their_target_and_are_planned(sentence, expected):
    assert {(_kind(s), r, _kind(t), p) for s, r, t, p, rule in edges(sentence) if rule == "nested"} == expected


def test_juxtaposed_activities_are_not_a_relation():
    # gold relations_borderline_excluded: 16-TB/TW does not REVIEW 34-KL/TW; the review is an activity
    text = ("sơ kết 3 năm thực hiện Kết luận số 34-KL/TW, tham mưu Bộ Chính trị ban hành Thông báo kết luận số 16-TB/TW, "
            "ngày 07/7/2022 về thực hiện một số mô hình thí điểm theo Nghị quyết số 18-NQ/TW.")
    got = edges(text)
    assert ("16-TB/TW", "BASED_ON", "18-NQ/TW", False, "adjacent") in got
    assert not any(s == "16-TB/TW" and t == "34-KL/TW" for s, _, t, _, _ in got)


def test_a_generic_plan_is_not_an_acting_document():
    text = ("Thực hiện Chương trình số 38-CTr/TW, ngày 04/01/2022 của Bộ Chính trị, Ban Tổ chức Trung ương đã xây dựng "
            "kế hoạch, phối hợp với các cấp ủy.")
    assert edges(text) == set()


LAW = OwnDocument(id="50/2019/QH14", code="50/2019/QH14", type="Luật", date="2019-11-25", issuer="Quốc hội", title=None)
DECREE = OwnDocument(id="247/2025/NĐ-CP", code="247/2025/NĐ-CP", type="Nghị định", date="2025-09-15", issuer="Chính phủ", title=None)


STATE = [
    (LAW, "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 14/2017/QH14.",
     ("50/2019/QH14", "AMENDS", "14/2017/QH14", False, "own")),
    (DECREE, "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", ("247/2025/NĐ-CP", "BASED_ON", "63/2025/QH15", False, "own")),
    (DECREE, "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 171/2016/NĐ-CP ngày 27 tháng 12 năm 2016 của Chính phủ "
             "quy định về đăng ký tàu biển đã được sửa đổi, bổ sung bởi Nghị định số 86/2020/NĐ-CP ngày 23 tháng 7 năm 2020",
     ("86/2020/NĐ-CP", "AMENDS", "171/2016/NĐ-CP", False, "passive")),
    # the passive without "được", a participle after the amended document's date (fresh5 tvpl e42103d7f815212d)
    (DECREE, "(2) Xem xét, sửa đổi quy định về số lớp tối đa/trường tại Thông tư số 13/2020/TT-BGDĐT ngày 26/5/2020, "
             "sửa đổi bổ sung tại Thông tư số 23/2024/TT-BGDĐT, hoặc giao UBND cấp tỉnh chủ động quy định.",
     ("23/2024/TT-BGDĐT", "AMENDS", "13/2020/TT-BGDĐT", False, "passive")),
    # ... after the issuer, "đã", the amender's parts named (other words and numbers)
    (DECREE, "Hồ sơ quy định tại Điều 9 Nghị định số 47/2011/NĐ-CP ngày 17 tháng 6 năm 2011 của Chính phủ, đã sửa đổi, "
             "bổ sung bởi khoản 3 Điều 2 Nghị định số 25/2022/NĐ-CP được thực hiện như sau:",
     ("25/2022/NĐ-CP", "AMENDS", "47/2011/NĐ-CP", False, "passive")),
    (LAW, "2. Luật Thủy sản số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
     ("50/2019/QH14", "REPEALS", "17/2003/QH11", False, "own")),
    (LAW, "1. Sửa đổi mức xử phạt vi phạm hành chính tối đa quy định tại điểm đ khoản 1 Điều 24 của Luật Xử lý vi phạm hành "
          "chính số 15/2012/QH13 như sau:", ("50/2019/QH14", "AMENDS", "15/2012/QH13", False, "own")),
    (DECREE, "1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số 63/2015/QĐ-TTg "
             "ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ.", ("247/2025/NĐ-CP", "REPLACES", "63/2015/QĐ-TTg", False, "own")),
]


@pytest.mark.parametrize("own,sentence,edge", STATE, ids=[e[1] + ":" + e[2] for _, _, e in STATE])
def test_state_sentences(own, sentence, edge):
    assert edge in edges(sentence, own)


@pytest.mark.parametrize("sentence", [
    # a second document after a comma and an active "sửa đổi, bổ sung": the first is its subject's, not amended
    "Bộ Tài chính ban hành Thông tư số 10/2024/TT-BTC, sửa đổi, bổ sung Thông tư số 78/2014/TT-BTC.",
    # "X, sửa đổi, bổ sung theo quy định" with no document after it: nothing amends X
    "Ủy ban nhân dân tỉnh rà soát Quyết định số 12/2024/QĐ-UBND, sửa đổi, bổ sung theo quy định của pháp luật.",
])
def test_no_elliptic_passive_without_its_shape(sentence):
    assert not [e for e in edges(sentence, DECREE) if e[4] == "passive"]


# tvpl/020bddd030400bd2.md (a provincial decision's preamble): one decree amends two, the first described by what
# it guides.  78/2025 and 79/2025 are of one day and one series: 78 cannot act on 79, issued after it.
TWO_AMENDED = ("Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị "
               "định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, "
               "hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 "
               "của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;")


def test_a_document_described_between_two_amended_ones_acts_on_neither():
    got = {(r.source, r.relation, r.target) for r in relate_sentence(TWO_AMENDED)}
    assert ("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP") in got
    assert ("187/2025/NĐ-CP", "AMENDS", "79/2025/NĐ-CP") in got          # "và Nghị định số 79" after 78's description
    assert not any(s == "78/2025/NĐ-CP" and t == "79/2025/NĐ-CP" for s, _, t in got)


def test_a_later_document_of_the_series_is_never_acted_on_by_an_earlier_one():
    # the same sentence shape with the order of issue reversed keeps the relation
    text = ("Căn cứ Nghị định số 80/2025/NĐ-CP ngày 01/5/2025 của Chính phủ hướng dẫn thi hành Nghị định số "
            "79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;")
    assert ("80/2025/NĐ-CP", "GUIDES", "79/2025/NĐ-CP") in {(r.source, r.relation, r.target) for r in relate_sentence(text)}
    text = text.replace("80/2025/NĐ-CP ngày 01/5/2025", "70/2025/NĐ-CP ngày 01/3/2025")
    assert not [r for r in relate_sentence(text) if r.source == "70/2025/NĐ-CP"]


def test_a_suspension_and_a_second_act_joined_by_va_reach_both_targets():
    # congbao nghi-quyet-so-15-2026-nq-cp, Điều 5: the replaced resolution is described by what it did
    text = ("1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Nghị quyết số 09/2026/NQ-CP ngày "
            "04 tháng 02 năm 2026 của Chính phủ tạm ngưng hiệu lực và điều chỉnh thời hạn áp dụng Nghị định số "
            "46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026.")
    got = {(r.source, r.relation, r.target) for r in relate_sentence(text)}
    assert ("09/2026/NQ-CP", "SUSPENDS", "46/2026/NĐ-CP") in got
    assert ("09/2026/NQ-CP", "SUSPENDS", "66.13/2026/NQ-CP") in got


def test_an_act_in_a_listed_documents_subject_is_that_documents():
    # tvpl/020bddd030400bd2.md, the enacting formula: 14/2022 is described by what it did ("về sửa đổi, bổ sung
    # Quyết định số 10/2016"): that amendment is 14/2022's, not an act of the text; both decisions are repealed
    text = ("Bãi bỏ Quyết định số 10/2016/QĐ-UBND ngày 21/3/2016 của Ủy ban nhân dân tỉnh về chức năng, nhiệm vụ "
            "của Sở Ngoại vụ và Quyết định số 14/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban nhân dân tỉnh về "
            "sửa đổi, bổ sung Quyết định số 10/2016/QĐ-UBND ngày 21/3/2016 của Ủy ban nhân dân tỉnh.")
    got = {(r.source, r.relation, r.target) for r in relate_sentence(text, province="Hà Tĩnh")}
    a, b = "10/2016/QĐ-UBND@Hà Tĩnh", "14/2022/QĐ-UBND@Hà Tĩnh"       # local numbers: qualified by the province
    assert (f"IMPLICIT:REPEAL-OF-{a}", "REPEALS", a) in got
    assert (f"IMPLICIT:REPEAL-OF-{b}", "REPEALS", b) in got
    assert (b, "AMENDS", a) in got
    assert not [t for s, r, t in got if s.startswith("IMPLICIT:") and r == "AMENDS"]


def test_a_circular_never_amends_a_decree():
    # congbao thong-tu-so-12-2024-tt-bldtbxh, line 272: two amended documents, each with its amender; the list
    # "21/2024/NĐ-CP và Thông tư số 26/2016" is not two amenders of the decree (a circular is of a lower rank)
    text = ("Ban Biên tập căn cứ quy định tại Nghị định số 51/2016/NĐ-CP đã được sửa đổi, bổ sung tại Nghị định số "
            "21/2024/NĐ-CP và Thông tư số 26/2016/TT-BLĐTBXH đã được sửa đổi, bổ sung tại Thông tư số "
            "06/2024/TT-BLĐTBXH để xác định mức tiền lương.")
    got = {(r.source, r.relation, r.target) for r in extract_text(text).relations}
    assert ("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP") in got
    assert ("06/2024/TT-BLĐTBXH", "AMENDS", "26/2016/TT-BLĐTBXH") in got
    assert ("26/2016/TT-BLĐTBXH", "AMENDS", "51/2016/NĐ-CP") not in got


def relate_sentence(text, province=None):
    seg = segment(text)
    found = find_mentions(seg)
    resolve(found, seg=seg, province=province)
    return relate(seg, found)


def test_a_report_is_not_normative_its_tasks_stay_implicit():
    report = OwnDocument(id="188-BC/BTCTW", code="188-BC/BTCTW", type="Báo cáo", date="2022-12-30", issuer=None, title=None)
    assert not is_normative(report) and is_normative(LAW)
    got = edges("- Nghiên cứu sửa đổi, bổ sung Quy định số 132-QĐ/TW của Bộ Chính trị.", report)
    assert {s for s, *_ in got} == {"IMPLICIT:AMENDMENT-OF-132-QĐ/TW"}


def test_consolidated_text_consolidates_its_law_and_quoted_acts_belong_to_the_quoted_law():
    text = ("VĂN PHÒNG QUỐC HỘI\nSố: 07/VBHN-VPQH\nHà Nội, ngày 15 tháng 7 năm 2020\nLUẬT THỦY LỢI\n"
            "Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội, được sửa đổi, bổ sung bởi:\n"
            "[1] Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch có căn cứ ban hành như sau:\n"
            "“Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
            "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12.”\n"
            "[2] Điểm này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 14 của Luật số 35/2018/QH14.\n")
    x = extract_text(text)
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert x.document.id == "07/VBHN-VPQH"
    assert ("07/VBHN-VPQH", "CONSOLIDATES", "08/2017/QH14") in got
    assert ("35/2018/QH14", "AMENDS", "08/2017/QH14") in got        # "Điểm này được sửa đổi … của Luật số 35/2018/QH14"
    assert ("35/2018/QH14", "AMENDS", "23/2008/QH12") in got        # the quoted enacting formula is 35/2018's
    assert ("07/VBHN-VPQH", "AMENDS", "23/2008/QH12") not in got


def test_a_consolidation_statement_without_the_comma_lists_its_amenders():
    # congbao van-ban-hop-nhat-so-5161-vbhn-bldtbxh: "được sửa đổi bổ sung bởi:", amenders as sentences, not numbered
    path = Path(__file__).parent / "fixtures" / "real" / "texts" / "congbao" / "van-ban-hop-nhat-so-5161-vbhn-bldtbxh-43034.txt"
    x = extract_text(path.read_text(encoding="utf-8"))
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert x.document.id == "5161/VBHN-BLĐTBXH"
    for amender in ("41/2013/TTLT-BYT-BLĐTBXH", "18/2022/TT-BLĐTBXH"):
        assert (amender, "AMENDS", "05/2013/TT-BLĐTBXH") in got
        assert ("5161/VBHN-BLĐTBXH", "CONSOLIDATES", amender) in got


def test_a_title_ending_in_the_word_so_is_not_a_number_cut_from_the_first_base():
    # congbao nghi-dinh-so-168-2026-nd-cp: the title ends "… hướng dẫn thi hành Luật Dân số" ("dân số", population),
    # and the next line is the first "Căn cứ": a base, not the number the title's "số" would introduce
    path = Path(__file__).parent / "fixtures" / "real" / "texts" / "congbao" / "nghi-dinh-so-168-2026-nd-cp-469560.txt"
    got = {(r.source, r.relation, r.target) for r in extract_text(path.read_text(encoding="utf-8")).relations}
    assert ("168/2026/NĐ-CP", "BASED_ON", "63/2025/QH15") in got
    assert ("168/2026/NĐ-CP", "GUIDES", "63/2025/QH15") not in got


def test_every_relation_carries_its_evidence_sentence_and_rule():
    text = "Kế hoạch số 07-KH/TW ngày 17/8/2022 thực hiện Nghị quyết số 21-NQ/TW. Câu sau."
    (r,) = extract_text(text).relations
    assert r.evidence == "Kế hoạch số 07-KH/TW ngày 17/8/2022 thực hiện Nghị quyết số 21-NQ/TW."
    assert text[r.start:r.end] == r.evidence and r.line == 1 and r.rule == "adjacent:thực hiện"


# ---------------------------------------------------------------- session 6 (acc-rel): structural causes of misses
# Each case is a short real pattern and a variant with other numbers and wording that the same rule must read.

def _rels(text):
    return {(r.source, r.relation, r.target, r.partial) for r in extract_text(text).relations}


@pytest.mark.parametrize("amender,amended,base", [
    # congbao van-ban-hop-nhat-so-464-vbhn-bldtbxh, footnote 1: the amending circular's preamble
    ("04/2018/TT-BLĐTBXH", "37/2016/TT-BLĐTBXH", "14/2017/NĐ-CP"),
    # the same footnote shape with a decree amending a decree
    ("87/2021/NĐ-CP", "20/2020/NĐ-CP", "45/2019/QH14"),
])
def test_a_quoted_preamble_belongs_to_the_subject_not_to_the_document_its_title_names(amender, amended, base):
    kind = {"TT": "Thông tư", "NĐ": "Nghị định"}[amender.split("/")[2][:2]]
    year = {code: code.split("/")[1] for code in (amender, amended, base)}
    text = ("BỘ LAO ĐỘNG\nSố: 464/VBHN-BLĐTBXH\nHà Nội, ngày 15 tháng 7 năm 2024\n"
            f"{kind.upper()}\nHướng dẫn quản lý lao động\n"
            f"{kind} số {amended} ngày 25 tháng 10 năm {year[amended]} hướng dẫn quản lý lao động, có hiệu lực từ ngày "
            f"10 tháng 12 năm {year[amended]}, được sửa đổi, bổ sung bởi:\n"
            f"1. {kind} số {amender} ngày 22 tháng 6 năm {year[amender]} hướng dẫn quản lý lao động, có hiệu lực từ "
            f"ngày 15 tháng 8 năm {year[amender]}.\n"
            "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ quy định chức năng;\n"
            "Theo đề nghị của Vụ trưởng Vụ Lao động - Tiền lương;\n"
            f"Bộ trưởng ban hành {kind} hướng dẫn quản lý lao động1.\n"
            f"1 (i) {kind} số {amender} ngày 22 tháng 6 năm {year[amender]} sửa đổi một số điều của {kind} số {amended} "
            f"ngày 25 tháng 10 năm {year[amended]} hướng dẫn quản lý lao động có căn cứ ban hành như sau:\n"
            f"“Căn cứ {'Luật' if 'QH' in base else 'Nghị định'} số {base} ngày 17 tháng 02 năm {year[base]} quy định "
            "một việc;\n"
            f"Bộ trưởng ban hành {kind} sửa đổi một số điều của {kind} số {amended}.”\n"
            "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý lao động.\n")
    got = {(s, r, t) for s, r, t, _ in _rels(text)}
    assert (amender, "BASED_ON", base) in got
    assert (amended, "BASED_ON", base) not in got


@pytest.mark.parametrize("text,edge", [
    # tvpl/b8baff03f9998968.md: "sửa đổi bổ sung" written without its comma, in a preamble item's passive
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính được "
     "sửa đổi bổ sung bởi Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 và Nghị định số 92/2017/NĐ-CP;",
     ("92/2017/NĐ-CP", "AMENDS", "63/2010/NĐ-CP")),
    ("Căn cứ Thông tư số 17/2021/TT-BCT đã được sửa đổi bổ sung tại Thông tư số 05/2024/TT-BCT;",
     ("05/2024/TT-BCT", "AMENDS", "17/2021/TT-BCT")),
    # the active voice, adjacent to its acting document
    ("Căn cứ Nghị định số 21/2024/NĐ-CP ngày 23 tháng 02 năm 2024 của Chính phủ sửa đổi bổ sung một số điều của "
     "Nghị định số 51/2016/NĐ-CP;", ("21/2024/NĐ-CP", "AMENDS", "51/2016/NĐ-CP")),
])
def test_sua_doi_bo_sung_without_its_comma_is_the_same_cue(text, edge):
    assert edge in {(s, r, t) for s, r, t, _ in _rels(text)}


@pytest.mark.parametrize("heading", [
    "Điều 2. Thay thế, bãi bỏ một số cụm từ tại Nghị định số 72/2015/NĐ-CP",       # congbao nghi-dinh-so-148-2026
    "Điều 5. Thay thế một số cụm từ của Nghị định số 72/2015/NĐ-CP",
])
def test_replacing_phrases_of_a_document_amends_it_and_replaces_nothing(heading):
    text = ("CHÍNH PHỦ\nSố: 148/2026/NĐ-CP\nHà Nội, ngày 12 tháng 5 năm 2026\nNGHỊ ĐỊNH\nSửa đổi một việc\n"
            "Chính phủ ban hành Nghị định.\nĐiều 1. Phạm vi\n" + heading + "\n"
            "1. Thay thế cụm từ “Bộ A” bằng cụm từ “Bộ B” tại khoản 3 Điều 10.\n")
    got = {(s, r, t) for s, r, t, _ in _rels(text)}
    assert ("148/2026/NĐ-CP", "AMENDS", "72/2015/NĐ-CP") in got
    assert ("148/2026/NĐ-CP", "REPLACES", "72/2015/NĐ-CP") not in got


DECISION_HEAD = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 4508/QĐ-BVHTTDL\nHà Nội, ngày 20 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
                 "Về việc công bố thủ tục hành chính\nCăn cứ Nghị định số 43/2025/NĐ-CP ngày 28 tháng 02 năm 2025;\n"
                 "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n")


@pytest.mark.parametrize("clause,targets,scope", [
    # tvpl/ca6ff32db1f99d30.md, Điều 2: the items one per paragraph, the act on part of each
    ("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
     "Các thủ tục hành chính tương ứng đã công bố tại các Quyết định số 3684/QĐ-BVHTTDL ngày 27/12/2022;\n"
     "Quyết định số 1647/QĐ-BVHTTDL ngày 26/6/2023;\n"
     "Quyết định số 775/QĐ-BVHTTDL ngày 28/3/2024; Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025 hết\n"
     "hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n",
     ("3684/QĐ-BVHTTDL", "1647/QĐ-BVHTTDL", "775/QĐ-BVHTTDL", "4347/QĐ-BVHTTDL"), "Các thủ tục hành chính tương ứng"),
    # the same list in one paragraph, other numbers, the part an annex
    ("Điều 3. Danh mục hồ sơ ban hành kèm theo Quyết định số 12/QĐ-BVHTTDL ngày 02 tháng 3 năm 2021 của Bộ trưởng; "
     "Quyết định số 95/QĐ-BVHTTDL ngày 9/9/2022 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n",
     ("12/QĐ-BVHTTDL", "95/QĐ-BVHTTDL"), "Danh mục hồ sơ"),
    # whole documents, one per paragraph: no part
    ("Điều 3. Hiệu lực thi hành\nQuyết định số 12/QĐ-BVHTTDL ngày 02/3/2021;\nQuyết định số 95/QĐ-BVHTTDL ngày 9/9/2022 "
     "hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n", ("12/QĐ-BVHTTDL", "95/QĐ-BVHTTDL"), None),
])
def test_a_list_of_documents_that_cease_is_repealed_item_by_item_and_its_lead_names_the_part(clause, targets, scope):
    x = extract_text(DECISION_HEAD + clause)
    got = {r.target: r for r in x.relations if r.relation == "REPEALS" and r.source == "4508/QĐ-BVHTTDL"}
    assert set(got) == set(targets)
    assert {(r.partial, r.scope) for r in got.values()} == {(scope is not None, scope)}


def test_a_base_above_a_ceasing_document_is_not_an_item_of_its_list():
    # the paragraph above ends with a document and ";" like an item, but opens with a cue of its own
    text = DECISION_HEAD + ("Điều 2. Tổ chức thực hiện\nThực hiện Quyết định số 12/QĐ-BVHTTDL ngày 02/3/2021;\n"
                            "Quyết định số 95/QĐ-BVHTTDL ngày 9/9/2022 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n")
    got = {(r.relation, r.target) for r in extract_text(text).relations if r.source == "4508/QĐ-BVHTTDL"}
    assert ("REPEALS", "95/QĐ-BVHTTDL") in got and ("REPEALS", "12/QĐ-BVHTTDL") not in got


@pytest.mark.parametrize("note,amender,scope", [
    # congbao van-ban-hop-nhat-so-463-vbhn-bldtbxh, footnote 4
    ("4 Khoản này được bãi bỏ theo quy định tại khoản 3 Điều 3 của Thông tư số 12/2024/TT-BLĐTBXH, có hiệu lực từ ngày "
     "29 tháng 12 năm 2024.", "12/2024/TT-BLĐTBXH", "khoản này"),
    ("[7] Điểm này được bãi bỏ bởi Thông tư số 05/2022/TT-BLĐTBXH.", "05/2022/TT-BLĐTBXH", "điểm này"),
])
def test_a_part_of_the_consolidated_text_repealed_by_a_footnote_is_a_partial_repeal(note, amender, scope):
    text = ("BỘ LAO ĐỘNG\nSố: 463/VBHN-BLĐTBXH\nHà Nội, ngày 10 tháng 02 năm 2025\nTHÔNG TƯ\nHướng dẫn quản lý lao động\n"
            "Thông tư số 34/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 hướng dẫn quản lý lao động, được sửa đổi, bổ sung bởi:\n"
            f"1. Thông tư số {amender} ngày 14 tháng 11 năm 2024.\n"
            "Điều 5. Quỹ tiền lương\n4. Khoản đã bị bãi bỏ.\n" + note + "\n")
    got = [r for r in extract_text(text).relations if r.relation == "REPEALS"]
    assert [(r.source, r.target, r.partial, r.scope) for r in got] == [(amender, "34/2016/TT-BLĐTBXH", True, scope)]


@pytest.mark.parametrize("text,acts", [
    # tvpl/3c5c52374e60b28b.md, Điều 2
    ("Bãi bỏ thủ tục hành chính có số thứ tự 8, 9, 10 tại Quyết định số 1127/QĐ-BKHCN ngày 06 tháng 5 năm 2025 của Chủ "
     "tịch Ủy ban nhân dân thành phố Cần Thơ và thủ tục hành chính có số thứ tự 01 tại Quyết định số 2159/QĐ-BKHCN ngày "
     "01 tháng 10 năm 2024 của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ về việc công bố thủ tục hành chính.",
     {("REPEALS", "1127/QĐ-BKHCN", "thủ tục hành chính có số thứ tự 8, 9, 10"),
      ("REPEALS", "2159/QĐ-BKHCN", "thủ tục hành chính có số thứ tự 01")}),
    # the same shape with articles of two decrees, and a third part of a third
    ("Bãi bỏ khoản 2 Điều 17 của Nghị định số 15/2020/NĐ-CP ngày 03/02/2020, và khoản 3 Điều 9 của Nghị định số "
     "14/2022/NĐ-CP của Chính phủ và Điều 5 của Nghị định số 8/2023/NĐ-CP.",
     {("REPEALS", "15/2020/NĐ-CP", "khoản 2 Điều 17"), ("REPEALS", "14/2022/NĐ-CP", "khoản 3 Điều 9"),
      ("REPEALS", "8/2023/NĐ-CP", "Điều 5")}),
])
def test_a_second_document_acted_on_in_part_after_va_gets_the_same_act_on_its_own_part(text, acts):
    got = {(r.relation, r.target, r.scope) for r in relate_sentence(text) if r.partial}
    assert got == acts


@pytest.mark.parametrize("own,amended,item,scope", [
    # congbao thong-tu-so-09-2021-tt-bldtbxh, Điều 1 item 3
    ("09/2021/TT-BLĐTBXH", "08/2020/TT-BLĐTBXH", "3. Bãi bỏ các điều 5 và 6.", "các điều 5 và 6"),
    # the same item shape in a decree, lettered, a part of an article
    ("128/2026/NĐ-CP", "54/2019/NĐ-CP", "b) Bãi bỏ khoản 3 Điều 22.", "khoản 3 Điều 22"),
    ("128/2026/NĐ-CP", "54/2019/NĐ-CP", "b) Bãi bỏ khoản 3 Điều này.", None),     # a part of the own text: no act
    # fresh7 congbao thong-tu-so-56-2026-tt-btc (line 64): a whole article of the amending circular is the repeal
    ("56/2026/TT-BTC", "52/2025/TT-BTC", "Điều 3. Bãi bỏ Điều 7", "Điều 7"),
    # the same with other numbers: a decree's article repealing a clause
    ("128/2026/NĐ-CP", "54/2019/NĐ-CP", "Điều 4. Bãi bỏ khoản 2 Điều 15.", "khoản 2 Điều 15"),
    ("128/2026/NĐ-CP", "54/2019/NĐ-CP", "Điều 4. Bãi bỏ khoản 2 Điều 3 Nghị định này.", None),
])
def test_an_amending_articles_item_repeals_parts_of_the_amended_document(own, amended, item, scope):
    kind, head = ("Thông tư", "BỘ LAO ĐỘNG") if "TT" in own else ("Nghị định", "CHÍNH PHỦ")
    text = (f"{head}\nSố: {own}\nHà Nội, ngày 15 tháng 9 năm {own.split('/')[1]}\n{kind.upper()}\nSửa đổi một việc\n"
            f"Căn cứ Luật số 45/2019/QH14;\nBan hành {kind} sửa đổi.\n"
            f"Điều 1. Sửa đổi, bổ sung một số điều của {kind} số {amended} như sau:\n"
            "1. Sửa đổi khoản 1 Điều 3 như sau:\n“1. Nội dung mới.”\n" + item + "\n"
            f"Điều 2. Hiệu lực thi hành\n{kind} này có hiệu lực thi hành từ ngày 01 tháng 11 năm {own.split('/')[1]}.\n")
    got = [(r.target, r.partial, r.scope) for r in extract_text(text).relations if r.relation == "REPEALS"]
    assert got == ([(amended, True, scope)] if scope else [])


@pytest.mark.parametrize("item,rel,partial", [
    # congbao thong-tu-so-21-2023-tt-bkhdt, Điều 2: parts of annexes swapped for new ones
    ("3. Thay thế các điểm trong tiểu mục b mục 19 Phụ lục III ban hành kèm theo Thông tư số 08/2019/TT-BKHĐT tương ứng "
     "bằng Phụ lục I ban hành kèm theo Thông tư này.", "AMENDS", True),
    ("6. Thay thế tiểu mục b mục 13 Phụ lục VI-1.1, " + ", ".join(f"tiểu mục b mục {n} Phụ lục VI-{n}.{n}" for n in range(2, 30))
     + " ban hành kèm theo Thông tư số 08/2019/TT-BKHĐT tương ứng bằng Phụ lục IV ban hành kèm theo Thông tư này.", "AMENDS", True),
    # the same act on an article of a decree
    ("2. Thay thế Điều 7 của Thông tư số 08/2019/TT-BKHĐT bằng Điều 7 mới.", "AMENDS", True),
    # a whole document replaced stays a replacement
    ("2. Thay thế Thông tư số 08/2019/TT-BKHĐT ngày 17 tháng 5 năm 2019.", "REPLACES", False),
    # a table or a form of an annex is a part (congbao van-ban-hop-nhat-so-40-vbhn-bct, line 226; congbao
    # nghi-dinh-so-156-2026-nd-cp, Điều 8; synthetic: a numbered form)
    ("3. Thay thế Bảng 2 của Phụ lục ban hành kèm theo Thông tư số 08/2019/TT-BKHĐT tại Phụ lục 2 Thông tư này.",
     "AMENDS", True),
    ("Thay thế một số biểu mẫu ban hành kèm theo Thông tư số 08/2019/TT-BKHĐT ngày 17 tháng 5 năm 2019.", "AMENDS", True),
    ("4. Thay thế Mẫu số 05 ban hành kèm theo Thông tư số 08/2019/TT-BKHĐT bằng Mẫu số 05 mới.", "AMENDS", True),
])
def test_a_part_swapped_for_new_text_amends_the_document(item, rel, partial):
    text = ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 21/2023/TT-BKHĐT\nHà Nội, ngày 31 tháng 12 năm 2023\nTHÔNG TƯ\nSửa đổi một việc\n"
            "Căn cứ Nghị định số 89/2022/NĐ-CP;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Phạm vi\n"
            "Điều 2. Thay thế một số nội dung\n" + item + "\n")
    got = {(r.relation, r.partial) for r in extract_text(text).relations if r.target == "08/2019/TT-BKHĐT"}
    assert got == {(rel, partial)}


def _decree(bases, scope_article):
    return ("CHÍNH PHỦ\nSố: 168/2026/NĐ-CP\nHà Nội, ngày 20 tháng 5 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một việc\n"
            + "".join(f"Căn cứ {b};\n" for b in bases) + "Theo đề nghị của Bộ trưởng Bộ Y tế;\n"
            "Chính phủ ban hành Nghị định quy định chi tiết một việc.\nĐiều 1. Phạm vi điều chỉnh\n" + scope_article + "\n")


@pytest.mark.parametrize("bases,article,edge", [
    # congbao nghi-dinh-so-168-2026-nd-cp: the scope article names the law by its title, the preamble by its number
    (["Luật Dân số số 113/2025/QH15"],
     "1. Nghị định này quy định chi tiết khoản 2 Điều 14, khoản 5 Điều 18, điểm a khoản 2 Điều 21, khoản 2 Điều 25 Luật "
     "Dân số bao gồm:", ("GUIDES", "113/2025/QH15", True)),
    # another law, the whole of it
    (["Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật Đường sắt số 95/2025/QH15"],
     "Nghị định này hướng dẫn thi hành Luật Đường sắt.", ("GUIDES", "95/2025/QH15", False)),
    # two numbered laws of one title (an old and a new one): the title alone names neither
    (["Luật Đường sắt số 06/2017/QH14", "Luật Đường sắt số 95/2025/QH15"], "Nghị định này hướng dẫn thi hành Luật Đường sắt.",
     None),
    # the title with another year is another law of that name
    (["Luật Đường sắt số 95/2025/QH15"], "Nghị định này hướng dẫn thi hành Luật Đường sắt năm 2005.", None),
])
def test_a_law_named_by_title_in_the_scope_article_is_the_number_the_file_gives_it(bases, article, edge):
    x = extract_text(_decree(bases, article))
    got = {(r.relation, r.target, r.partial) for r in x.relations if r.relation == "GUIDES"}
    assert got == ({edge} if edge else set())


def _tax_bases():
    # congbao thong-tu-so-11-2026-tt-btc, preamble: a base's description guides a law it names by title only, a law
    # the preamble numbers one item before
    return _decree(["Luật Quản lý thuế số 38/2019/QH14",
                    "Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số "
                    "điều của Luật Quản lý thuế, được sửa đổi, bổ sung bởi Nghị định số 91/2022/NĐ-CP"],
                   "Nghị định này quy định về một việc.")


def test_a_law_named_by_title_in_a_bases_description_is_the_law_the_file_numbers():
    got = {(r.source, r.relation, r.target) for r in extract_text(_tax_bases()).relations}
    assert ("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP") in got
    assert ("126/2020/NĐ-CP", "GUIDES", "38/2019/QH14") in got
    # the law is the own document's base by its own item, not by the base's description
    assert {t for t in got if t[2] == "38/2019/QH14"} == {("168/2026/NĐ-CP", "BASED_ON", "38/2019/QH14"),
                                                          ("126/2020/NĐ-CP", "GUIDES", "38/2019/QH14")}


def test_the_older_gold_reading_of_a_law_named_by_title_is_kept_behind_a_switch(monkeypatch):
    # (the older real gold sets leave such a relation out: TITLED_TARGETS False reads them so, for the score both ways)
    import vanban.loaders.relate as relate_module
    monkeypatch.setattr(relate_module, "TITLED_TARGETS", False)
    got = {(r.source, r.relation, r.target) for r in extract_text(_tax_bases()).relations}
    assert ("91/2022/NĐ-CP", "AMENDS", "126/2020/NĐ-CP") in got
    assert not [t for t in got if t[2] == "38/2019/QH14" and t[0] != "168/2026/NĐ-CP"]


@pytest.mark.parametrize("bases,edge", [
    # the second predicate of a base's description, after the law it details by title ("… của Luật Thuế giá trị gia
    # tăng và hướng dẫn thực hiện Nghị định số B": congbao/tvpl f846e834d5142787) or by number
    (["Luật Thuế giá trị gia tăng số 48/2024/QH15",
      "Thông tư số 69/2025/TT-BTC của Bộ Tài chính quy định chi tiết một số điều của Luật Thuế giá trị gia tăng và "
      "hướng dẫn thực hiện Nghị định số 181/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ"],
     ("69/2025/TT-BTC", "GUIDES", "181/2025/NĐ-CP")),
    (["Thông tư số 80/2021/TT-BTC của Bộ Tài chính hướng dẫn thi hành một số điều của Luật Quản lý thuế số "
      "38/2019/QH14 và hướng dẫn thực hiện Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ"],
     ("80/2021/TT-BTC", "GUIDES", "126/2020/NĐ-CP")),
])
def test_a_bases_second_predicate_after_the_law_it_details(bases, edge):
    got = {(r.source, r.relation, r.target) for r in extract_text(_decree(bases, "Nghị định này quy định về một việc.")).relations}
    assert edge in got
    law = "48/2024/QH15" if "48/2024" in bases[0] else "38/2019/QH14"
    assert (edge[0], "GUIDES", law) in got
    # the law does not guide the decree named after it
    assert (law, "GUIDES", edge[2]) not in got


@pytest.mark.parametrize("text,source,targets", [
    # congbao thong-tu-so-30-2026-tt-btc (and two more circulars of the ministry): the second target after the first
    # one's description and a comma
    ("Căn cứ Thông tư số 32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện một số "
     "điều của Luật Quản lý thuế ngày 13 tháng 6 năm 2019, Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính "
     "phủ quy định về hóa đơn, chứng từ, Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 sửa đổi, bổ sung một số điều "
     "của Nghị định số 123/2020/NĐ-CP;", "32/2025/TT-BTC", {"123/2020/NĐ-CP", "70/2025/NĐ-CP"}),
    # the same list shape with resolutions implemented
    ("Hướng dẫn số 12-HD/BTCTW ngày 02/3/2023 thực hiện Quy định số 18-QĐ/TW ngày 25/10/2017 của Bộ Chính trị quy định "
     "chi tiết thi hành Điều lệ Đảng, Quy định số 19-QĐ/TW ngày 25/10/2017 về đơn vị sự nghiệp công lập.",
     "12-HD/BTCTW", {"18-QĐ/TW", "19-QĐ/TW"}),
])
def test_targets_listed_with_commas_after_a_description_are_all_acted_on(text, source, targets):
    got = {r.target for r in relate_sentence(text) if r.source.startswith(source) and r.relation != "BASED_ON"}
    assert {t for t in got if not t.startswith("IMPLICIT")} >= targets


@pytest.mark.parametrize("article,target,scope", [
    # congbao thong-tu-so-13-2022-tt-bldtbxh, Điều 1: a long description, then "theo quy định tại" the decree
    ("Thông tư này hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối với người lao động, Chủ tịch, Tổng "
     "giám đốc hoặc Giám đốc, Phó Tổng giám đốc hoặc Phó Giám đốc, Kế toán trưởng, Kiểm soát viên của Quỹ hỗ trợ phát "
     "triển hợp tác xã theo quy định tại Nghị định số 45/2021/NĐ-CP ngày 31 tháng 3 năm 2021 của Chính phủ.",
     "45/2021/NĐ-CP", None),
    # congbao thong-tu-so-52-2026-tt-btc: the part of the decision it guides
    ("Thông tư này hướng dẫn thực hiện một số nội dung tiêu chí thuộc Bộ tiêu chí quốc gia về xã nông thôn mới và điều "
     "kiện quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới thuộc lĩnh vực quản lý nhà nước của Bộ Tài "
     "chính quy định tại Phụ lục I và Phụ lục III Quyết định số 51/2025/QĐ-TTg ngày 29 tháng 12 năm 2025 của Thủ tướng.",
     "51/2025/QĐ-TTg", "Phụ lục I và Phụ lục III"),
    # the same shape, other words: an article of a decree
    ("Thông tư này quy định chi tiết việc cấp, thu hồi giấy phép hoạt động của các cơ sở đào tạo lái xe ô tô trên phạm "
     "vi cả nước theo quy định tại khoản 3 Điều 12 của Nghị định số 160/2024/NĐ-CP.", "160/2024/NĐ-CP", "khoản 3 Điều 12"),
])
def test_a_scope_article_guides_the_document_whose_provisions_it_details(article, target, scope):
    text = ("BỘ TÀI CHÍNH\nSố: 52/2026/TT-BTC\nHà Nội, ngày 20 tháng 5 năm 2026\nTHÔNG TƯ\nHướng dẫn một việc\n"
            "Căn cứ Nghị định số 29/2025/NĐ-CP;\nBộ trưởng ban hành Thông tư hướng dẫn một việc.\n"
            "Điều 1. Phạm vi điều chỉnh\n" + article + "\n")
    got = [(r.relation, r.target, r.scope) for r in extract_text(text).relations if r.relation in ("GUIDES", "IMPLEMENTS")]
    assert [(t, sc) for _, t, sc in got] == [(target, scope)]


@pytest.mark.parametrize("text,targets", [
    # tvpl/020bddd030400bd2.md, Điều 1: "toàn bộ" after the act, and the first decision described by a regulation it
    # issued ("ban hành Quy định …"): the description ends where "và Quyết định số" starts the second target
    ("Bãi bỏ toàn bộ Quyết định số 10/2016/QĐ-UBND ngày 21/3/2016 của Ủy ban nhân dân tỉnh ban hành Quy định chức năng, "
     "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Ngoại vụ và Quyết định số 14/2022/QĐ-UBND ngày 15/6/2022 của Ủy ban "
     "nhân dân tỉnh về sửa đổi, bổ sung Quyết định số 10/2016/QĐ-UBND ngày 21/3/2016 của Ủy ban nhân dân tỉnh.",
     {"10/2016/QĐ-UBND@Hà Tĩnh", "14/2022/QĐ-UBND@Hà Tĩnh"}),
    # the same shape: resolutions of a council, the first one issuing a regulation ("Quy chế")
    ("Bãi bỏ toàn bộ Nghị quyết số 12/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh ban hành Quy chế hoạt động "
     "của Hội đồng nhân dân tỉnh và Nghị quyết số 7/2021/NQ-HĐND ngày 9/4/2021 của Hội đồng nhân dân tỉnh.",
     {"12/2020/NQ-HĐND@Hà Tĩnh", "7/2021/NQ-HĐND@Hà Tĩnh"}),
])
def test_repealing_the_whole_of_listed_documents(text, targets):
    got = {r.target for r in relate_sentence(text, province="Hà Tĩnh") if r.relation == "REPEALS"}
    assert got == targets


@pytest.mark.parametrize("text,actors,target", [
    # congbao van-ban-hop-nhat-so-464-vbhn-bldtbxh, the quoted preamble: two decrees, one issuer and one act
    ("Căn cứ Nghị định số 53/2013/NĐ-CP ngày 18 tháng 5 năm 2013 của Chính phủ về thành lập Công ty; Nghị định số "
     "34/2015/NĐ-CP ngày 31 tháng 3 năm 2015 và Nghị định số 18/2016/NĐ-CP ngày 18 tháng 3 năm 2016 của Chính phủ sửa "
     "đổi, bổ sung một số điều của Nghị định số 53/2013/NĐ-CP ngày 18 tháng 5 năm 2013;",
     {"34/2015/NĐ-CP", "18/2016/NĐ-CP"}, "53/2013/NĐ-CP"),
    # three circulars, dates written with slashes, guiding a decree
    ("Thông tư số 12/2021/TT-BTC ngày 8/2/2021, Thông tư số 30/2022/TT-BTC ngày 3/6/2022 và Thông tư số 7/2023/TT-BTC "
     "ngày 1/3/2023 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định số 120/2016/NĐ-CP.",
     {"12/2021/TT-BTC", "30/2022/TT-BTC", "7/2023/TT-BTC"}, "120/2016/NĐ-CP"),
])
def test_acting_documents_joined_before_the_cue_share_the_act(text, actors, target):
    got = {r.source for r in relate_sentence(text) if r.target == target and r.relation in ("AMENDS", "GUIDES")}
    assert got == actors


@pytest.mark.parametrize("text", [
    # tvpl/ff4de67291d44c52.md: a list of participles describing procedures, not an act on the decision
    "Căn cứ Quyết định số 1138/QĐ-BTC ngày 10/10/2025 về việc điều chỉnh danh mục thủ tục hành chính được sửa đổi, bổ "
    "sung, thay thế trong lĩnh vực đầu tư thuộc phạm vi quản lý của Sở Tài chính công bố tại Quyết định số 914/QĐ-BTC "
    "ngày 18/9/2025 của Bộ trưởng;",
    "Các thủ tục hành chính được sửa đổi và bãi bỏ trong lĩnh vực đất đai đã công bố tại Quyết định số 77/QĐ-BTC.",
])
def test_an_act_word_in_a_list_of_participles_after_duoc_is_no_act(text):
    assert not [r for r in relate_sentence(text) if r.source.startswith("IMPLICIT:")]


@pytest.mark.parametrize("text,edge", [
    # tvpl/cd648cfa4fdecfb2.md, a preamble item (the file's line break inside it is left out): the act on annexes
    ("Căn cứ Quyết định số 3532/QĐ-BTC ngày 17/10/2025 của Bộ trưởng Bộ Tài chính về sửa đổi, bổ sung một số nội dung tại "
     "Phụ lục I và Phụ lục II kèm theo Quyết định số 3154/QĐ-BTC ngày 10/9/2025 công bố thủ tục hành chính;",
     ("3532/QĐ-BTC", "AMENDS", "3154/QĐ-BTC", "Phụ lục I và Phụ lục II")),
    # the same shape, a repeal of an article
    ("Quyết định số 77/QĐ-UBND ngày 02/3/2024 của Ủy ban nhân dân tỉnh bãi bỏ khoản 2 Điều 5 của Quyết định số 12/QĐ-UBND.",
     ("77/QĐ-UBND", "REPEALS", "12/QĐ-UBND", "khoản 2 Điều 5")),
])
def test_an_adjacent_act_on_a_named_part_is_partial_and_kem_theo_is_no_cue(text, edge):
    got = {(r.source, r.relation, r.target, r.scope) for r in relate_sentence(text) if not r.source.startswith("IMPLICIT")}
    assert got == {edge}


@pytest.mark.parametrize("text,edge", [
    # congbao van-ban-hop-nhat-so-2092-vbhn-bldtbxh: the title's subject names another matter before the act
    ("Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về kéo dài thời gian thực hiện và sửa đổi, bổ "
     "sung một số điều của Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ.",
     ("87/2021/NĐ-CP", "AMENDS", "20/2020/NĐ-CP")),
    ("Thông tư số 05/2024/TT-BYT ngày 3/4/2024 của Bộ trưởng Bộ Y tế về danh mục thuốc thiết yếu và bãi bỏ Thông tư số "
     "19/2018/TT-BYT.", ("05/2024/TT-BYT", "REPEALS", "19/2018/TT-BYT")),
])
def test_a_title_naming_another_matter_before_its_act_is_still_the_acting_document(text, edge):
    assert edge in {(r.source, r.relation, r.target) for r in relate_sentence(text)}


def test_a_consolidated_texts_amender_lines_read_as_its_preamble_still_amend_and_are_consolidated():
    # congbao van-ban-hop-nhat-so-2092-vbhn-bldtbxh: the amender's line stands right above the first "Căn cứ"
    text = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 2092/VBHN-BLĐTBXH\nHà Nội, ngày 30 tháng 5 năm 2023\n"
            "NGHỊ ĐỊNH\nThực hiện thí điểm quản lý lao động\n"
            "Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện thí điểm quản lý lao động, có "
            "hiệu lực từ ngày 01/4/2020, được sửa đổi, bổ sung bởi:\n"
            "Nghị định số 87/2021/NĐ-CP ngày 29 tháng 9 năm 2021 của Chính phủ về kéo dài thời gian thực hiện, có hiệu lực "
            "kể từ ngày ký.\n"
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 14/2017/NĐ-CP;\n"
            "Chính phủ ban hành Nghị định thực hiện thí điểm.\nĐiều 1. Phạm vi điều chỉnh\n")
    got = {(r.source, r.relation, r.target) for r in extract_text(text).relations}
    assert ("87/2021/NĐ-CP", "AMENDS", "20/2020/NĐ-CP") in got
    assert ("2092/VBHN-BLĐTBXH", "CONSOLIDATES", "87/2021/NĐ-CP") in got
    assert ("87/2021/NĐ-CP", "AMENDS", "14/2017/NĐ-CP") not in got          # a base is no amender


@pytest.mark.parametrize("own,clause,repealed,amenders", [
    # congbao van-ban-hop-nhat-so-112-vbhn-vpqh (Luật 109/2025/QH15, Điều 29 khoản 3): a long list of amenders
    (LAW, "3. Luật Thuế thu nhập cá nhân số 04/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 26/2012/QH13, "
          "Luật số 71/2014/QH13, Luật số 31/2015/QH14, Luật số 43/2016/QH14, Luật số 48/2017/QH14, Luật số 56/2018/QH14 "
          "và Luật số 31/2018/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.", "04/2007/QH12",
     {"26/2012/QH13", "71/2014/QH13", "31/2015/QH14", "43/2016/QH14", "48/2017/QH14", "56/2018/QH14", "31/2018/QH14"}),
    # a decree's effect clause, the amenders named with dates
    (DECREE, "2. Nghị định số 15/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP ngày 27 tháng 01 năm 2022, "
             "Nghị định số 3/2023/NĐ-CP ngày 10 tháng 02 năm 2023 và Nghị định số 8/2024/NĐ-CP ngày 5 tháng 3 năm 2024 hết "
             "hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
     "15/2020/NĐ-CP", {"14/2022/NĐ-CP", "3/2023/NĐ-CP", "8/2024/NĐ-CP"}),
])
def test_a_ceasing_document_with_its_amenders_listed_is_the_one_repealed(own, clause, repealed, amenders):
    got = edges("Điều 29. Hiệu lực thi hành\n" + clause, own)
    assert {(t, r) for s, r, t, *_ in got if s == own.id and r == "REPEALS"} == {(repealed, "REPEALS")}
    assert {s for s, r, t, *_ in got if r == "AMENDS" and t == repealed} == amenders


@pytest.mark.parametrize("text,edge", [
    # tvpl/ad52bc0b105a20cd.md: the amended regulation is the annex of a numbered decision
    ("Thông tư số 139/2011/TT-BQP ngày 01/8/2011 của Bộ trưởng Bộ Quốc phòng sửa đổi, bổ sung một số điều của Quy định về "
     "khám bệnh, chữa bệnh đối với sĩ quan phục viên có đủ 15 năm phục vụ trong Quân đội ban hành kèm theo Quyết định số "
     "33/2003/QĐ-BQP ngày 07/4/2003 của Bộ trưởng Bộ Quốc phòng;", ("139/2011/TT-BQP", "AMENDS", "33/2003/QĐ-BQP")),
    # the same shape: a rule of procedure amended, then repealed, by decisions of a province
    ("Quyết định số 45/2020/QĐ-BNV ngày 2/6/2020 của Bộ trưởng sửa đổi, bổ sung một số điều của Quy chế làm việc của "
     "Bộ Nội vụ ban hành kèm theo Quyết định số 12/2019/QĐ-BNV ngày 3/5/2019.", ("45/2020/QĐ-BNV", "AMENDS", "12/2019/QĐ-BNV")),
    ("Quyết định số 45/2020/QĐ-BNV ngày 2/6/2020 của Bộ trưởng bãi bỏ Quy chế làm việc của Bộ Nội vụ ban hành kèm theo "
     "Quyết định số 12/2019/QĐ-BNV ngày 3/5/2019.", ("45/2020/QĐ-BNV", "REPEALS", "12/2019/QĐ-BNV")),
])
def test_an_act_on_a_regulation_issued_as_an_annex_acts_on_its_numbered_document(text, edge):
    got = {(r.source, r.relation, r.target): r for r in relate_sentence(text)}
    assert edge in got
    assert got[edge].partial == (edge[1] == "REPEALS")          # the regulation is a part of the decision


# ---------------------------------------------------------------- session 7 (acc-rel2): gazette footnotes, VBHN headings
_GAZETTE_HEAD = "CÔNG BÁO/Số 1221 + 1222/Ngày 06-11-2024"


def gazette(number, kind, page1, notes, page2, heading="THÔNG TƯ"):
    """A gazette text of one document: a header, one base, two pages whose running heads stand between them;
    ``notes`` at the first page's foot (plain-digit footnotes, as the gazette's PDF text gives them)."""
    return "\n".join([
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", " ",
        f"Số: {number}", "Hà Nội, ngày 15 tháng 5 năm 2013", " ", heading, f"Hướng dẫn về {kind}", " ",
        "Căn cứ Nghị định số 106/2012/NĐ-CP ngày 20 tháng 12 năm 2012 của Chính phủ quy định chức năng;",
        f"Bộ trưởng ban hành Thông tư hướng dẫn về {kind}.", " ", _GAZETTE_HEAD, "41", " "]
        + page1 + [" "] + notes + ["", " ", "42", _GAZETTE_HEAD, "  "] + page2 + [" ", "Nơi nhận:", "- Như trên."])


@pytest.mark.parametrize("own,page1,notes,page2,replaced", [
    # congbao van-ban-hop-nhat-so-5161-vbhn-bldtbxh, lines 258-292: the effect clause cut after "Thông tư số" by the
    # page's footnote (its marker glued to the article's heading), the list going on at the next page's top
    ("05/2013/TT-BLĐTBXH",
     ["Điều 46. Hiệu lực thi hành1",
      "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2013 và thay thế Thông tư số "],
     ["1 Điều này được bãi bỏ theo quy định tại Phần I Phụ lục II của Thông tư số 18/2022/TT-",
      "BLĐTBXH ngày 30 tháng 9 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội bãi ",
      "bỏ văn bản quy phạm pháp luật, có hiệu lực kể từ ngày 15 tháng 11 năm 2022. "],
     ["02/2007/TT-BLĐTBXH ngày 16 tháng 01 năm 2007, Thông tư số 25/2007/TT-",
      "BLĐTBXH ngày 15 tháng 11 năm 2007 của Bộ Lao động - Thương binh và Xã hội. "],
     {"02/2007/TT-BLĐTBXH", "25/2007/TT-BLĐTBXH"}),
    # the same page break with other numbers: markers after a colon and a stop, two footnotes under the PDF's rule
    # (a line of blanks), the sentence cut after a preposition
    ("12/2021/TT-BNV",
     ["Điều 9. Hiệu lực thi hành:2",
      "Thông tư này áp dụng từ năm 2021.3",
      "Thông tư này có hiệu lực kể từ ngày 01 tháng 3 năm 2021 và thay thế Thông tư số 04/2019/TT-BNV ngày 24 tháng 5 "
      "năm 2019 của"],
     ["                                          ",
      "2 Khoản này được sửa đổi theo quy định tại khoản 3 Điều 1 của Thông tư số 03/2023/TT-BNV ngày 5 tháng",
      "4 năm 2023 của Bộ trưởng Bộ Nội vụ, có hiệu lực kể từ ngày 20 tháng 5 năm 2023.",
      "3 Cụm từ “năm 2021” được thay thế theo quy định tại Điều 2 của Thông tư số 03/2023/TT-BNV ngày 5 tháng 4 năm 2023."],
     ["Bộ trưởng Bộ Nội vụ và Thông tư số 07/2020/TT-BNV ngày 10 tháng 6 năm 2020 của Bộ trưởng Bộ Nội vụ."],
     {"04/2019/TT-BNV", "07/2020/TT-BNV"}),
])
def test_a_gazette_footnote_block_cutting_a_sentence_is_lifted_out(own, page1, notes, page2, replaced):
    x = extract_text(gazette(own, "chế độ ưu đãi", page1, notes, page2))
    assert x.document.id == own
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert {t for s, r, t in got if s == own and r == "REPLACES"} == replaced
    # the footnote's own documents act on nothing the body's sentence names
    assert not {(s, t) for s, r, t in got if t in replaced and s != own}
    in_notes = {m.footnote for m in x.mentions if m.code in ("18/2022/TT-BLĐTBXH", "03/2023/TT-BNV")}
    assert in_notes == ({1} if own.startswith("05") else {2, 3})      # read as the footnotes they are


def test_a_quotation_opened_in_a_gazette_footnote_does_not_run_on_into_the_body():
    # congbao van-ban-hop-nhat-so-463-vbhn-bldtbxh, lines 348-361: footnote 14 quotes the amending circular's effect
    # article ("… quy định như sau: “Điều 11. Hiệu lực thi hành"), the page breaks, the body's own effect article
    # follows: its "hết hiệu lực" is the own document's, not the quoted one's
    text = gazette("34/2016/TT-BLĐTBXH", "tiền lương",
                   ["Điều 7. Tổ chức thực hiện1",
                    "Các cơ quan có liên quan chịu trách nhiệm thi hành Thông tư này."],
                   ["1 Điều 11 của Thông tư số 12/2024/TT-BLĐTBXH, có hiệu lực từ ngày 29 tháng 12 năm 2024 ",
                    "quy định như sau: ", "“Điều 11. Hiệu lực thi hành "],
                   ["Điều 8. Hiệu lực thi hành",
                    "1. Thông tư này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2016.",
                    "2. Thông tư số 32/2015/TT-BLĐTBXH ngày 31 tháng 8 năm 2015 của Bộ Lao động - Thương binh và Xã hội",
                    "hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực."])
    got = {(r.source, r.relation, r.target) for r in extract_text(text).relations}
    assert ("34/2016/TT-BLĐTBXH", "REPEALS", "32/2015/TT-BLĐTBXH") in got
    assert ("12/2024/TT-BLĐTBXH", "REPEALS", "32/2015/TT-BLĐTBXH") not in got


@pytest.mark.parametrize("heading,title,original,named,amender", [
    # congbao van-ban-hop-nhat-so-836-vbhn-bldtbxh, lines 10-22: the title names a decision; the original is the
    # circular of the heading, stated on the next line
    ("THÔNG TƯ", "Hướng dẫn thực hiện Quyết định số 170/2008/QĐ-TTg ngày 18 tháng 12 năm 2008 của Thủ tướng Chính phủ",
     "Thông tư số 24/2009/TT-BLĐTBXH ngày 10 tháng 7 năm 2009 của Bộ trưởng", "170/2008/QĐ-TTg",
     "Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 của Bộ trưởng"),
    # the same shape for a decree whose title names the law it details
    ("NGHỊ ĐỊNH", "Quy định chi tiết một số điều của Luật số 45/2019/QH14 ngày 20 tháng 11 năm 2019",
     "Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ", "45/2019/QH14",
     "Nghị định số 12/2022/NĐ-CP ngày 17 tháng 01 năm 2022 của Chính phủ"),
])
def test_a_consolidated_texts_original_is_the_document_of_its_title_heading(heading, title, original, named, amender):
    text = "\n".join([" ", _GAZETTE_HEAD, "82", heading, title, " ",
                      original + ", có hiệu lực kể từ ngày 24 tháng 8 năm 2009 được sửa đổi, bổ sung bởi:",
                      amender + ", có hiệu lực kể từ ngày 12 tháng 10 năm 2023.",
                      "Điều 1. Phạm vi điều chỉnh", "Văn bản này quy định chế độ.", " ",
                      "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "XÁC THỰC VĂN BẢN HỢP NHẤT", "Số: 836/VBHN-BLĐTBXH",
                      "Hà Nội, ngày 05 tháng 3 năm 2024"])
    x = extract_text(text)
    got = {(r.source, r.relation, r.target) for r in x.relations}
    code = lambda s: s.split("số ")[1].split()[0]                  # noqa: E731
    assert x.document.id == "836/VBHN-BLĐTBXH"
    assert ("836/VBHN-BLĐTBXH", "CONSOLIDATES", code(original)) in got
    assert ("836/VBHN-BLĐTBXH", "CONSOLIDATES", named) not in got
    assert (code(amender), "AMENDS", code(original)) in got


def scoped(text, own):
    """(source, relation, target, scope, partial) of the own relations of ``text``."""
    seg = segment(text)
    found = resolve(find_mentions(seg), seg=seg)
    return {(r.source, r.relation, r.target, r.scope, r.partial) for r in own_relations(seg, found, relate(seg, found), own)}


@pytest.mark.parametrize("text,guided", [
    # congbao nghi-dinh-so-172-2026-nd-cp, lines 39-44: a scope article guiding parts of three laws, each law with the
    # short name it is given
    ("Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 11 của Luật Dẫn độ số 100/2025/QH15 (sau đây gọi là "
     "Luật Dẫn độ); Điều 10, Điều 11 của Luật Chuyển giao người đang chấp hành án phạt tù số 101/2025/QH15 (sau đây gọi là "
     "Luật Chuyển giao người đang chấp hành án phạt tù) và Điều 15 của Luật Tương trợ tư pháp về hình sự số 103/2025/QH15 "
     "(sau đây gọi là Luật Tương trợ tư pháp về hình sự).",
     {("100/2025/QH15", "Điều 11"), ("101/2025/QH15", "Điều 10, Điều 11"), ("103/2025/QH15", "Điều 15")}),
    # the same enumeration with other parts and documents, no short names, joined by "," and "và"
    ("Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết khoản 3 Điều 12 của Luật Thủy sản số 18/2017/QH14, "
     "điểm b khoản 1 Điều 4 của Luật Chăn nuôi số 32/2018/QH14 và Điều 9 của Luật Trồng trọt số 31/2018/QH14.",
     {("18/2017/QH14", "khoản 3 Điều 12"), ("32/2018/QH14", "điểm b khoản 1 Điều 4"), ("31/2018/QH14", "Điều 9")}),
])
def test_a_scope_article_guiding_parts_of_several_laws_guides_each_part(text, guided):
    got = {(t, scope) for s, r, t, scope, partial in scoped(text, DECREE) if s == DECREE.id and r == "GUIDES" and partial}
    assert got == guided


@pytest.mark.parametrize("text,edges_in,edges_out", [
    # tvpl/64ac847426fe67d5.md, line 94: the circular guides the decree and (its second predicate) amends a circular
    ("Căn cứ khoản 3 Điều 1 Thông tư số 13/2023/TT-BTC ngày 28/02/2023 của Bộ Tài chính hướng dẫn Nghị định số "
     "49/2022/NĐ-CP ngày 29/7/2022 của Chính phủ và sửa đổi bổ sung Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ "
     "Tài chính hướng dẫn về hoàn thuế;",
     {("13/2023/TT-BTC", "GUIDES", "49/2022/NĐ-CP"), ("13/2023/TT-BTC", "AMENDS", "80/2021/TT-BTC")},
     {("49/2022/NĐ-CP", "AMENDS", "80/2021/TT-BTC")}),
    # the same two predicates with other documents and a repeal
    ("Nghị định số 15/2024/NĐ-CP ngày 5/2/2024 của Chính phủ quy định chi tiết Luật số 20/2023/QH15 ngày 10/6/2023 của "
     "Quốc hội và bãi bỏ Nghị định số 8/2019/NĐ-CP ngày 1/2/2019 của Chính phủ.",
     {("15/2024/NĐ-CP", "GUIDES", "20/2023/QH15"), ("15/2024/NĐ-CP", "REPEALS", "8/2019/NĐ-CP")},
     {("20/2023/QH15", "REPEALS", "8/2019/NĐ-CP")}),
])
def test_a_second_predicate_after_the_object_is_the_subjects(text, edges_in, edges_out):
    got = {(r.source, r.relation, r.target) for r in relate_sentence(text)}
    assert edges_in <= got
    assert not edges_out & got


@pytest.mark.parametrize("text,actor,target", [
    # dev2 (congbao 892/QĐ-TTg, preamble)
    ("Căn cứ Nghị quyết số 153/NQ-CP ngày 31 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hành động của "
     "Chính phủ thực hiện Nghị quyết 59-NQ/TW ngày 24 tháng 01 năm 2025 của Bộ Chính trị về Hội nhập quốc tế;",
     "153/NQ-CP", "59-NQ/TW"),
    # heldout (congbao 844/QĐ-TTg, body: "Ban hành" capitalised)
    ("thì được thực hiện theo Nghị Quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ Ban hành Chương trình hành động "
     "của Chính phủ thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá.",
     "282/NQ-CP", "72-NQ/TW"),
    # synthetic: a provincial decision issuing a plan that carries out a directive
    ("Căn cứ Quyết định số 1205/QĐ-UBND ngày 02/5/2024 của Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai "
     "thực hiện Chỉ thị số 31-CT/TW ngày 19/3/2024 của Ban Bí thư;", "1205/QĐ-UBND", "31-CT/TW"),
    # synthetic: a decision approving ("phê duyệt") a plan that carries out a directive (dated after it)
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 5/6/2025 của Ủy ban nhân dân tỉnh về việc phê duyệt Kế hoạch triển khai "
     "thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị;", "1234/QĐ-UBND", "45-CT/TW"),
])
def test_a_document_issuing_a_programme_that_carries_out_a_target_implements_it(text, actor, target):
    assert (actor, "IMPLEMENTS", target, False, "nested") in edges(text)


def test_a_programme_issued_for_another_matter_implements_nothing():
    # the programme's description carries out nothing, and a draft programme is a plan, not its issuer's act
    text = ("Căn cứ Nghị quyết số 153/NQ-CP ngày 31 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hành động "
            "về cải cách hành chính theo Nghị quyết số 59-NQ/TW;")
    assert not [e for e in edges(text) if e[1] == "IMPLEMENTS"]


@pytest.mark.parametrize("bases,based", [
    # dev2 (congbao nghi-dinh-so-136-2026-nd-cp): the unnumbered amending law named by the laws it amends, as the
    # item's second law; its gold (gold_dev2_gazette.json) lists own BASED_ON 27/2023/QH15, the item's first law, and
    # excludes the listed laws as bases ("the preamble's basis is the unnumbered amending law …"); session 43 reads so
    (["Luật Tổ chức Chính phủ số 63/2025/QH15", "Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều của Luật "
      "Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15"],
     {"63/2025/QH15", "27/2023/QH15"}),
    # dev2 (congbao thong-tu-so-25-2026-tt-bkhcn): the number written is the amending law's own
    (["Luật Chất lượng sản phẩm, hàng hóa số 05/2007/QH12; Luật sửa đổi, bổ sung một số điều của Luật Chất lượng "
      "sản phẩm, hàng hóa số 78/2025/QH15"], {"05/2007/QH12", "78/2025/QH15"}),
    # synthetic: an ordinance's amending ordinance, as its own base item
    (["Pháp lệnh Phòng, chống mại dâm số 10/2003/PL-UBTVQH11", "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh "
      "Chi phí tố tụng số 05/2024/UBTVQH15"], {"10/2003/PL-UBTVQH11", "05/2024/UBTVQH15"}),
])
def test_an_act_in_the_title_of_an_unnumbered_base_is_no_implicit_act(bases, based):
    x = extract_text(_decree(bases, "Nghị định này quy định về một việc."))
    assert not [r for r in x.relations if r.source.startswith("IMPLICIT:")]
    assert {r.target for r in x.relations if r.relation == "BASED_ON"} == based


@pytest.mark.parametrize("text,edge", [
    # fresh3 (tvpl/64ac847426fe67d5.md): the amended law's title before its number written without "số"
    ("Căn cứ khoản 3 Điều 1 Luật số 106/2016/QH13 ngày 19/4/2016 sửa đổi, bổ sung khoản 1 và khoản 2 Điều 13 Luật Thuế "
     "GTGT 13/2008/QH12 (đã được sửa đổi, bổ sung một số điều tại Luật số 31/2012/QH13) quy định về hoàn thuế GTGT;",
     ("106/2016/QH13", "AMENDS", "13/2008/QH12", "khoản 1 và khoản 2 Điều 13")),
    # synthetic: another law, a whole-law act
    ("Luật số 45/2024/QH15 ngày 29/11/2024 sửa đổi, bổ sung một số điều của Luật Quản lý thuế 38/2019/QH14.",
     ("45/2024/QH15", "AMENDS", "38/2019/QH14", None)),
])
def test_a_laws_title_right_before_its_bare_number_is_part_of_the_target(text, edge):
    got = {(r.source, r.relation, r.target, r.scope) for r in relate_sentence(text) if not r.source.startswith("IMPLICIT")}
    assert edge in got


def test_a_laws_title_before_another_documents_own_number_is_no_target():
    # congbao quyet-dinh-so-225-qd-bldtbxh (a table): the guided law's title ends a cell, the next row's decree follows
    text = ("Nghị định số 15/2019/NĐ-CP ngày 01/02/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
            "hành Luật Giáo dục nghề nghiệp Nghị định số 143/2016/NĐ-CP ngày 14/10/2016 quy định điều kiện đầu tư")
    assert not [r for r in relate_sentence(text) if r.target == "143/2016/NĐ-CP"]


# ---------------------------------------------------------------- acc-rel3: causes read in fresh4's misses
RESOLUTION = OwnDocument(id="78/2025/NQ-HĐND", code="78/2025/NQ-HĐND", type="Nghị quyết", date="2025-11-27",
                         issuer="Hội đồng nhân dân thành phố Hà Nội", title=None)


@pytest.mark.parametrize("article,target", [
    # congbao nghi-dinh-so-150-2026-nd-cp, Điều 1: the parts detailed are listed with ";", then the law by its title
    ("Nghị định này quy định chi tiết Điều 9, trừ nội dung về chi phí thi hành án dân sự; khoản 5 Điều 22; Điều 24; "
     "khoản 9 Điều 25 và biện pháp hướng dẫn thi hành Luật Thi hành án dân sự về tổ chức cán bộ.", "106/2025/QH15"),
    # the same list with other parts and another law, named with its number
    ("Nghị định này hướng dẫn thi hành điểm b khoản 2 Điều 7; Điều 12; Chương III của Luật số 75/2024/QH15.",
     "75/2024/QH15"),
])
def test_a_scope_article_listing_parts_with_semicolons_still_guides(article, target):
    x = extract_text(_decree(["Luật Thi hành án dân sự số 106/2025/QH15"], article))
    assert {r.target for r in x.relations if r.relation == "GUIDES"} == {target}


def test_a_semicolon_before_another_clause_ends_a_scope_articles_guide():
    # a ";" followed by no part's name: what follows is another clause, not the parts guided
    x = extract_text(_decree(["Luật Thi hành án dân sự số 106/2025/QH15"],
                             "Nghị định này quy định chi tiết Điều 9; các bộ căn cứ Luật Thi hành án dân sự."))
    assert not [r for r in x.relations if r.relation == "GUIDES"]


@pytest.mark.parametrize("text,target,scope", [
    # tvpl/4bda44e45e4f1633.md, Điều 3: the procedures' numbers hold a dot
    ("Bãi bỏ nội dung công bố cho các thủ tục có thứ tự A.2, A.3, A.5 tại Danh mục thủ tục hành chính ban hành kèm "
     "theo Quyết định số 2306/QĐ-UBND ngày 24 tháng 10 năm 2025 về việc công bố danh mục thủ tục hành chính.",
     "2306/QĐ-UBND", "nội dung công bố cho các thủ tục có thứ tự A.2, A.3, A.5 tại Danh mục thủ tục hành chính"),
    # the same shape with numbers of the form 1.2 and another act
    ("Thay thế quy trình nội bộ số 1.2 và 3.4 ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 2/3/2024.",
     "15/QĐ-UBND", "quy trình nội bộ số 1.2 và 3.4"),
])
def test_an_act_on_dotted_items_of_an_annex_is_partial(text, target, scope):
    got = {(r.target, r.scope, r.partial) for r in relate_sentence(text) if r.relation in ("REPEALS", "AMENDS")}
    assert got == {(target, scope, True)}


@pytest.mark.parametrize("text,source,targets", [
    # tvpl/28219392db3ee2e0.md: "triển khai" alone (without "thực hiện") is the implementing cue
    ("Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS về việc triển khai Nghị định 175/2025/NĐ-CP ngày 30/6/2025 của "
     "Chính phủ và Thông tư 67/2025/TT-BTC ngày 01/7/2025 của Bộ Tài chính về lệ phí trước bạ.",
     "3316/CT-CS", {"175/2025/NĐ-CP", "67/2025/TT-BTC"}),
    # a plan of a ministry implementing a Party plan, the cue capitalised
    ("2. Kế hoạch số 4084/KH-BVHTTDL ngày 13/8/2025 của Bộ Văn hóa, Thể thao và Du lịch Triển khai Nghị quyết số "
     "214/NQ-CP ngày 23/7/2025 của Chính phủ.", "4084/KH-BVHTTDL", {"214/NQ-CP"}),
])
def test_trien_khai_alone_implements(text, source, targets):
    got = {r.target for r in relate_sentence(text) if r.source == source and r.relation == "IMPLEMENTS"}
    assert got == targets


@pytest.mark.parametrize("clause,target", [
    # tvpl/d2ab0055765c27e8.md, Điều 8 khoản 3: the ceasing resolution's title holds a ";"
    ("3. Nghị quyết số 01/2024/NQ-HĐND ngày 29 tháng 3 năm 2024 của Hội đồng nhân dân thành phố Hà Nội về việc quy định "
     "mức phân bổ kinh phí bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật; quy định mức chi bảo đảm cho công "
     "tác kiểm tra văn bản trên địa bàn thành phố Hà Nội hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.",
     "01/2024/NQ-HĐND"),
    # congbao thong-tu-so-01-2024-tt-bldtbxh's shape: after the own entry into force, an earlier resolution's title
    # with a ";" (a council's resolution can repeal only the council's own documents: vanban.domain.numbers)
    ("1. Nghị quyết này có hiệu lực kể từ ngày 05 tháng 4 năm 2026. Nghị quyết số 3/2017/NQ-HĐND ngày 01 tháng 3 năm "
     "2017 của Hội đồng nhân dân quy định về quy trình xây dựng chương trình; "
     "tổ chức biên soạn giáo trình hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.", "3/2017/NQ-HĐND"),
])
def test_a_ceasing_documents_title_may_hold_a_semicolon(clause, target):
    got = edges("Điều 8. Hiệu lực thi hành\n" + clause, RESOLUTION)
    assert {(s, r, t.split("@")[0]) for s, r, t, *_ in got if r == "REPEALS"} == {(RESOLUTION.id, "REPEALS", target)}


def test_a_semicolon_then_another_subject_does_not_cease_the_first_document():
    # the document is not the sentence's subject ("Đối với …"), and what ceases is tied to no "này": no act
    got = edges("Điều 8. Hiệu lực thi hành\nĐối với quy định tại Điều 4 Nghị quyết số 5/2020/NQ-HĐND; các quy định "
                "khác hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.", RESOLUTION)
    assert not [e for e in got if e[1] == "REPEALS"]


@pytest.mark.parametrize("clause,expected", [
    # tvpl/d2ab0055765c27e8.md, Điều 8 khoản 2: one "Bãi bỏ", two documents' parts, the first one's title naming a law
    ("2. Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội đồng nhân dân thành phố "
     "Hà Nội quy định một số nội dung chi xây dựng văn bản triển khai thi hành Luật Thủ đô số 39/2024/QH15; khoản 1 Mục I "
     "của Phụ lục ban hành kèm theo Nghị quyết số 33/2025/NQ-HĐND ngày 29 tháng 9 năm 2025 của Hội đồng nhân dân Thành phố.",
     {("22/2024/NQ-HĐND", "khoản 1 Điều 3"), ("33/2025/NQ-HĐND", "khoản 1 Mục I của Phụ lục")}),
    # congbao thong-tu-so-28-2022-tt-bldtbxh's shape: the second part named with no "của", in a document whose title
    # names the document it amends (that one is not repealed)
    ("2. Bãi bỏ khoản 3 Điều 12 Nghị quyết số 6/2017/NQ-HĐND ngày 8 tháng 3 năm 2017 quy định về tuyển dụng; khoản 1 "
     "Điều 3 Nghị quyết số 34/2018/NQ-HĐND ngày 26 tháng 12 năm 2018 về việc sửa đổi, bổ sung một số điều của Nghị quyết "
     "số 42/2015/NQ-HĐND ngày 20 tháng 10 năm 2015.",
     {("6/2017/NQ-HĐND", "khoản 3 Điều 12"), ("34/2018/NQ-HĐND", "khoản 1 Điều 3")}),
])
def test_one_repeal_of_parts_listed_with_semicolons_acts_on_each_document(clause, expected):
    got = scoped("Điều 8. Hiệu lực thi hành\n" + clause, RESOLUTION)
    # (a council's bare number is qualified by its province when the text names one: "…@Hà Nội")
    assert {(t.split("@")[0], sc) for s, r, t, sc, partial in got if s == RESOLUTION.id and r == "REPEALS" and partial} == expected
    assert not [t for s, r, t, sc, partial in got if r == "REPEALS" and not partial]


def test_a_semicolon_then_a_clause_is_no_second_part_repealed():
    got = scoped("Điều 8. Hiệu lực thi hành\n2. Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm "
                 "2024; giao Ủy ban nhân dân thực hiện Nghị quyết số 33/2025/NQ-HĐND.", RESOLUTION)
    assert {t.split("@")[0] for s, r, t, *_ in got if r == "REPEALS"} == {"22/2024/NQ-HĐND"}


@pytest.mark.parametrize("item", [
    # congbao quyet-dinh-so-2416-qd-bkhdt, Điều 1 (and its title "Đính chính Thông tư số …")
    "Điều 1. Đính chính một số lỗi kỹ thuật tại Thông tư số 15/2024/TT-BKHĐT ngày 30 tháng 9 năm 2024 như sau:",
    "Đính chính Thông tư số 15/2024/TT-BKHĐT ngày 30 tháng 9 năm 2024 của Bộ Kế hoạch và Đầu tư",
    # another wording of the correction
    "Điều 1. Đính chính sai sót tại Thông tư số 15/2024/TT-BKHĐT như sau:",
])
def test_a_correction_decision_corrects_the_document_it_names(item):
    own = OwnDocument(id="2416/QĐ-BKHĐT", code="2416/QĐ-BKHĐT", type="Quyết định", date="2024-10-17",
                      issuer="Bộ Kế hoạch và Đầu tư", title=None)
    got = edges(item, own)
    assert {(s, r, t) for s, r, t, *_ in got if r == "CORRECTS"} == {("2416/QĐ-BKHĐT", "CORRECTS", "15/2024/TT-BKHĐT")}


_CIRCULAR = ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 10/2021/TT-NHNN\nHà Nội, ngày 14 tháng 7 năm 2021\nTHÔNG TƯ\n"
             "Quy định về tái cấp vốn\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;\n"
             "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định về tái cấp vốn.\n"
             "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về tái cấp vốn.\n"
             "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày ký.\n"
             "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTHỐNG ĐỐC\nNguyễn Văn A\n")
_ANNEXED_TO = "(Ban hành kèm theo Thông tư số 10/2021/TT-NHNN ngày 14 tháng 7 năm 2021 của Thống đốc)\n"


@pytest.mark.parametrize("annex,implements", [
    # congbao thong-tu-so-10-2021-tt-nhnn, Phụ lục I: a blank request form whose preamble "Thực hiện Nghị quyết …"
    ("PHỤ LỤC I\n" + _ANNEXED_TO + "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nSố:...\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Hà Nội, ngày... tháng... năm...\nGIẤY ĐỀ NGHỊ VAY TÁI CẤP VỐN\nKính gửi: Ngân hàng Nhà nước Việt Nam\n"
     "Thực hiện Nghị quyết số 68/NQ-CP ngày 01 tháng 7 năm 2021 của Chính phủ về một số chính sách hỗ trợ;\n", False),
    # a form marked only by its addressee, another policy document
    ("PHỤ LỤC II\n" + _ANNEXED_TO + "ĐƠN ĐỀ NGHỊ\nKính gửi: Sở Tài chính\nTiếp tục thực hiện Chỉ thị số 16/CT-TTg ngày 31 tháng 3 năm 2020;\n",
     False),
    # an annex that is no form: since session 18 no annex gives the own document's order either — an annex's "thực
    # hiện Nghị quyết số A" is a row of a table of tasks, the task of the body its row names (no gold lists one: the
    # rule's precision rose on dev8, dev16, fresh5, fresh14 and fresh16, no recall lost)
    ("PHỤ LỤC III\n" + _ANNEXED_TO + "NHIỆM VỤ CỤ THỂ\n1. Tiếp tục thực hiện Nghị quyết số 68/NQ-CP ngày 01 tháng 7 năm 2021 của Chính "
     "phủ.\n", False),
])
def test_a_blank_forms_text_in_an_annex_is_not_the_own_documents(annex, implements):
    x = extract_text(_CIRCULAR + annex)
    # (the same order in the body is the document's own: the annex, not the words, decides)
    body = extract_text(_CIRCULAR.replace("Thông tư này quy định về tái cấp vốn.\n", "Tiếp tục thực hiện Nghị quyết số "
                                          "68/NQ-CP ngày 01 tháng 7 năm 2021 của Chính phủ.\n"))
    assert ("10/2021/TT-NHNN", "IMPLEMENTS", "68/NQ-CP") in {(r.source, r.relation, r.target) for r in body.relations}
    got = {r.target for r in x.relations if r.source == "10/2021/TT-NHNN" and r.relation == "IMPLEMENTS"}
    assert bool(got) == implements


def _own_acts_in_effect_clause(clause):
    """(relation, target, scope, partial) of what a circular's effect article replaces or repeals."""
    own = OwnDocument(id="18/2026/TT-BTC", code="18/2026/TT-BTC", type="Thông tư", date="2026-03-02",
                      issuer="Bộ Tài chính", title=None)
    return [(r, t, sc, partial) for s, r, t, sc, partial in scoped("Điều 9. Hiệu lực thi hành\n" + clause, own)
            if s == own.id and r in ("REPLACES", "REPEALS")]


@pytest.mark.parametrize("clause,expected", [
    # congbao thong-tu-so-18-2026-tt-btc, Điều 9: one "thay thế", two circulars joined by ";" after the first one's title
    ("2. Thông tư này thay thế Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn "
     "thuế giá trị gia tăng, thuế thu nhập cá nhân và quản lý thuế đối với hộ kinh doanh, cá nhân kinh doanh; Thông tư số "
     "100/2021/TT-BTC ngày 15 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số "
     "40/2021/TT-BTC ngày 01/6/2021.",
     {("REPLACES", "40/2021/TT-BTC", None), ("REPLACES", "100/2021/TT-BTC", None)}),
    # congbao van-ban-hop-nhat-so-37-vbhn-bct's shape: a whole circular, then after a ";" a part of another
    ("2. Bãi bỏ Thông tư số 13/2018/TT-BCT ngày 15 tháng 6 năm 2018 của Bộ trưởng Bộ Công Thương quy định về quản lý vật "
     "liệu nổ; khoản 1, khoản 2 Điều 12 Thông tư số 42/2019/TT-BCT ngày 18 tháng 12 năm 2019 của Bộ trưởng.",
     {("REPEALS", "13/2018/TT-BCT", None), ("REPEALS", "42/2019/TT-BCT", "khoản 1, khoản 2 Điều 12")}),
    # congbao thong-tu-so-15-2023-tt-bkhdt, Điều 24: "bãi bỏ các Quyết định số …"
    ("2. Thông tư này thay thế Thông tư số 07/2018/TT-BKHĐT ngày 27 tháng 12 năm 2018 hướng dẫn công tác thi đua và bãi "
     "bỏ các Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành Quy chế xét, công nhận sáng kiến.",
     {("REPLACES", "07/2018/TT-BKHĐT", None), ("REPEALS", "1731/QĐ-BKHĐT", None)}),
    # parts of two documents joined by "và", the second part right before its document (no "của")
    ("2. Bãi bỏ Điều 3 Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021 và khoản 2 Điều 1 Thông tư số "
     "100/2021/TT-BTC ngày 15 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính.",
     {("REPEALS", "40/2021/TT-BTC", "Điều 3"), ("REPEALS", "100/2021/TT-BTC", "khoản 2 Điều 1")}),
    # the type word said once for a list of numbers: "các Quyết định: số A … và số B"
    ("2. Thông tư này thay thế các Thông tư: số 12/2020/TT-BTC ngày 3 tháng 4 năm 2020 và số 15/2021/TT-BTC ngày 3 "
     "tháng 4 năm 2021 của Bộ trưởng Bộ Tài chính.",
     {("REPLACES", "12/2020/TT-BTC", None), ("REPLACES", "15/2021/TT-BTC", None)}),
])
def test_an_effect_clauses_act_runs_over_its_list_of_documents(clause, expected):
    assert {(r, t, sc) for r, t, sc, partial in _own_acts_in_effect_clause(clause)} == expected


def test_a_semicolon_list_after_a_guides_target_is_no_list_of_targets():
    # a preamble's ";" after a described target ends one base: the law after it is not guided by the decree before
    # it (the act's list above reads on over a ";"; the other cues' lists do not)
    got = {(r.source, r.relation, r.target) for r in relate_sentence(
        "Căn cứ Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ hướng dẫn Luật số 38/2019/QH14 ngày "
        "13 tháng 6 năm 2019 của Quốc hội trong các trường hợp miễn thuế cho hộ kinh doanh; Luật số 13/2008/QH12 ngày 3 "
        "tháng 6 năm 2008;")}
    assert ("126/2020/NĐ-CP", "GUIDES", "38/2019/QH14") in got
    assert ("126/2020/NĐ-CP", "GUIDES", "13/2008/QH12") not in got


@pytest.mark.parametrize("clause,expected", [
    # the shape of tvpl's letters of the Ministry of Home Affairs (5d3180cef1d254d0.md): two letters joined by "và",
    # the first one's title running on in the mention over the second
    ("Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151-CV/BTCTW ngày 29/7/2025 về triển khai các kết "
     "luận của Bộ Chính trị, Ban Bí thư và Văn bản số 9671-CV/BTCTW ngày 17/9/2025 về hoàn thiện vị trí việc làm, Bộ Nội "
     "vụ hướng dẫn như sau:", {"9151-CV/BTCTW", "9671-CV/BTCTW"}),
    # a Party plan's opening: the resolution a conclusion reviews is named in the conclusion's title, not implemented
    ("Thực hiện Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về tổng kết Nghị "
     "quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:", {"121-KL/TW"}),
    # the same: the directive a conclusion amends, named in its title; and a third document joined to it there
    ("Thực hiện Kết luận số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị về điều chỉnh, bổ sung Chỉ thị số 35-CT/TW và "
     "Quy định số 22-QĐ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:", {"118-KL/TW"}),
    # a list of two joined by ";" after the first one's title
    ("Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp; Kết luận số "
     "118-KL/TW ngày 18/01/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
     {"35-CT/TW", "118-KL/TW"}),
])
def test_an_opening_implements_its_list_not_the_documents_their_titles_name(clause, expected):
    text = ("TỈNH ỦY LÀO CAI\n*\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\n"
            "thực hiện một việc\n" + clause + "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt nội dung.\n")
    x = extract_text(text)
    got = {r.target for r in x.relations if r.source == x.document.id and r.relation == "IMPLEMENTS"}
    assert got == expected


@pytest.mark.parametrize("clause,expected", [
    # the shape of congbao van-ban-hop-nhat-so-50-vbhn-vpqh (Luật 84/2015/QH13, Điều 93) with no part named: "các quy
    # định về … tại" are provisions (not "Các Quy định", documents)
    ("2. Các quy định về bảo hiểm tai nạn lao động tại Thông tư số 40/2021/TT-BTC "
     "hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
     {("REPEALS", "40/2021/TT-BTC", True)}),
    # a part's word said once for several numbers ("các Điều 5, 6 và 7", congbao van-ban-hop-nhat-so-37-vbhn-bct's
    # "Phụ lục 11, 12, 13")
    ("2. Kể từ ngày Thông tư này có hiệu lực, các Điều 5, 6 và 7 Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021 "
     "của Bộ trưởng Bộ Tài chính hết hiệu lực thi hành.", {("REPEALS", "40/2021/TT-BTC", True)}),
    # after a part of one document and a ";", the next document is an item of its own: the whole of it
    ("2. Bãi bỏ Điều 5 và Điều 6 của Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021 của Bộ trưởng Bộ Tài chính "
     "hướng dẫn thuế; Thông tư số 100/2021/TT-BTC ngày 15 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính.",
     {("REPEALS", "40/2021/TT-BTC", True), ("REPEALS", "100/2021/TT-BTC", False)}),
    # congbao thong-tu-so-09-2026-tt-bnv: the "và" inside the repealed circular's issuer starts no second item
    ("3. Bãi bỏ Thông tư số 2/2024/TT-BTC ngày 23 tháng 2 năm 2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội "
     "sửa đổi, bổ sung một số điều của Thông tư số 21/2021/TT-BTC ngày 15 tháng 12 năm 2021.",
     {("REPEALS", "2/2024/TT-BTC", False)}),
])
def test_what_of_a_document_an_effect_clause_ends(clause, expected):
    assert {(r, t, partial) for r, t, sc, partial in _own_acts_in_effect_clause(clause)} == expected


def test_a_programme_issued_before_the_document_it_names_implements_nothing():
    # the dates refuse it: a decision of March cannot carry out a directive of April
    got = relate_sentence("Căn cứ Quyết định số 1234/QĐ-UBND ngày 5/3/2025 của Ủy ban nhân dân tỉnh về việc phê duyệt "
                          "Kế hoạch triển khai thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị;")
    assert not [r for r in got if r.source == "1234/QĐ-UBND"]


# ---------------------------------------------------------------- fresh6, read in session 9

def _circular(number, body, heading="Sửa đổi một việc", bases=("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",)):
    """A short circular of the Bộ Công Thương: header, title, preamble and ``body`` (its articles)."""
    return (f"BỘ CÔNG THƯƠNG\nSố: {number}\nHà Nội, ngày 25 tháng 3 năm {number.split('/')[1]}\nTHÔNG TƯ\n{heading}\n"
            + "\n".join(bases) + "\nBộ trưởng Bộ Công Thương ban hành Thông tư.\n" + body + "\n")


@pytest.mark.parametrize("title,statement,original,named", [
    # congbao van-ban-hop-nhat-so-40-vbhn-bct, lines 10-25: the original (15/2026) amends a circular its title names
    # (38/2025), and the statement under the title opens a line with the original, dated
    ("Sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT của Bộ\ntrưởng Bộ Công Thương sửa đổi, bổ sung "
     "một số quy định về phân cấp",
     "Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026 của Bộ trưởng Bộ\nCông Thương sửa đổi, bổ sung một số điều "
     "của Thông tư số 38/2025/TT-BCT của\nBộ trưởng Bộ Công Thương, có hiệu lực kể từ ngày 10 tháng 4 năm 2026, được "
     "sửa đổi, bổ sung bởi:", "15/2026/TT-BCT", "38/2025/TT-BCT"),
    # synthetic: a circular amending a circular whose title gives the amended one's date too
    ("Sửa đổi, bổ sung một số điều của Thông tư số 07/2024/TT-BCT ngày 12 tháng 3\nnăm 2024 quy định về một việc",
     "Thông tư số 11/2025/TT-BCT ngày 02 tháng 6 năm 2025 của Bộ trưởng sửa đổi,\nbổ sung một số điều của Thông tư "
     "số 07/2024/TT-BCT ngày 12 tháng 3 năm 2024, có hiệu lực\nkể từ ngày 20 tháng 7 năm 2025 được sửa đổi, bổ sung bởi:",
     "11/2025/TT-BCT", "07/2024/TT-BCT"),
])
def test_a_consolidated_texts_original_is_the_dated_document_its_statement_opens_with(title, statement, original, named):
    amender = "Thông tư số 26/2026/TT-BCT ngày 20 tháng 5 năm 2026 của Bộ trưởng, có hiệu lực kể từ ngày 29 tháng 5 năm 2026."
    text = "\n".join([" ", _GAZETTE_HEAD, "120", "THÔNG TƯ", title, " ", statement, amender,
                      "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;", "Điều 1. Phạm vi điều chỉnh",
                      "Văn bản này quy định một việc.", " ", "BỘ CÔNG THƯƠNG", "XÁC THỰC VĂN BẢN HỢP NHẤT",
                      "Số: 40/VBHN-BCT", "Hà Nội, ngày 26 tháng 5 năm 2026"])
    got = {(r.source, r.relation, r.target) for r in extract_text(text).relations}
    assert ("40/VBHN-BCT", "CONSOLIDATES", original) in got
    assert ("40/VBHN-BCT", "CONSOLIDATES", named) not in got
    assert ("26/2026/TT-BCT", "AMENDS", original) in got
    assert (original, "BASED_ON", "63/2025/QH15") in got         # the preamble reproduced is the original's
    assert (original, "AMENDS", named) in got                    # the title's act is the original's


@pytest.mark.parametrize("article,acts", [
    # congbao van-ban-hop-nhat-so-40-vbhn-bct, Điều 4: the amended provision of 38/2025 and, in parentheses, what
    # that provision does to an older circular
    ("Điều 4. Sửa đổi, bổ sung khoản 2 Điều 23 Thông tư số 38/2025/TT-BCT (sửa đổi Phụ lục III Thông tư số "
     "37/2013/TT-BCT của Bộ trưởng Bộ Công Thương quy định nhập khẩu thuốc lá điếu, xì gà) như sau:",
     {("15/2026/TT-BCT", "38/2025/TT-BCT", "khoản 2 Điều 23"), ("38/2025/TT-BCT", "37/2013/TT-BCT", "Phụ lục III")}),
    # synthetic: the amended document's title between it and the "(", another act word
    ("Điều 2. Bãi bỏ khoản 1 Điều 5 Thông tư số 12/2024/TT-BCT của Bộ trưởng quy định về một việc (bãi bỏ Điều 3 "
     "của Thông tư số 40/2021/TT-BCT) kể từ ngày Thông tư này có hiệu lực.",
     {("15/2026/TT-BCT", "12/2024/TT-BCT", "khoản 1 Điều 5"), ("12/2024/TT-BCT", "40/2021/TT-BCT", "Điều 3")}),
])
def test_a_parenthetical_act_after_a_document_is_that_documents(article, acts):
    x = extract_text(_circular("15/2026/TT-BCT", article))
    got = {(r.source, r.target, r.scope) for r in x.relations if r.relation in ("AMENDS", "REPEALS") and r.partial}
    assert got == acts


def test_a_parenthesis_naming_the_amender_is_no_act_of_the_document_before_it():
    # "(sửa đổi, bổ sung bởi …)" without "được" is the passive: the document inside amends the one before
    x = extract_text(_circular("15/2026/TT-BCT", "Điều 1. Bãi bỏ Điều 5 Thông tư số 38/2025/TT-BCT (sửa đổi, bổ sung "
                                                 "bởi Thông tư số 03/2026/TT-BCT)."))
    got = {(r.source, r.relation, r.target) for r in x.relations}
    assert ("38/2025/TT-BCT", "AMENDS", "03/2026/TT-BCT") not in got
    assert ("15/2026/TT-BCT", "REPEALS", "38/2025/TT-BCT") in got


@pytest.mark.parametrize("text,edge,not_edge", [
    # congbao van-ban-hop-nhat-so-40-vbhn-bct, line 150-164: the decree the circular's title names stands nearest the
    # passive, but a circular never amends a decree
    ("Điều 6. Bổ sung khoản 1a Điều 33 Thông tư số 38/2025/TT-BCT (sửa đổi Điều 2 Thông tư số 11/2016/TT-BCT của Bộ "
     "trưởng Bộ Công Thương quy định biểu mẫu thực hiện Nghị định số 07/2016/NĐ-CP ngày 25 tháng 01 năm 2016 của "
     "Chính phủ được sửa đổi, bổ sung bởi Thông tư số 03/2024/TT-BCT)",
     ("03/2024/TT-BCT", "AMENDS", "11/2016/TT-BCT"), ("03/2024/TT-BCT", "AMENDS", "07/2016/NĐ-CP")),
    # congbao nghi-quyet-so-6616-2026-nq-cp (synthetic cut): a law stands nearest, the decrees amend the decree
    ("Các giấy tờ tại khoản 3 Điều 6 Nghị định số 63/2023/NĐ-CP quy định chi tiết một số điều của Luật Tần số vô "
     "tuyến điện số 42/2009/QH12, được sửa đổi, bổ sung một số điều theo Luật số 09/2022/QH15, được sửa đổi, bổ sung "
     "bởi Nghị định số 163/2024/NĐ-CP và Nghị định số 229/2025/NĐ-CP.",
     ("229/2025/NĐ-CP", "AMENDS", "63/2023/NĐ-CP"), ("163/2024/NĐ-CP", "AMENDS", "09/2022/QH15")),
])
def test_a_passives_amended_document_is_the_nearest_the_amender_can_act_on(text, edge, not_edge):
    got = {(r.source, r.relation, r.target) for r in extract_text(_circular("15/2026/TT-BCT", text)).relations}
    assert edge in got and not_edge not in got


@pytest.mark.parametrize("sentence,repeal", [
    # congbao van-ban-hop-nhat-so-40-vbhn-bct, footnote 6: an annex of the consolidated circular repealed
    ("6 Phụ lục 1 ban hành kèm theo Thông tư số 15/2026/TT-BCT được bãi bỏ theo quy định tại Điều 9 của Thông tư số "
     "26/2026/TT-BCT, có hiệu lực kể từ ngày 29 tháng 5 năm 2026.",
     ("26/2026/TT-BCT", "15/2026/TT-BCT", True, "Phụ lục 1")),
    # synthetic: an article of a decree, "bởi"
    ("Điều 5 của Nghị định số 20/2021/NĐ-CP được bãi bỏ bởi Nghị định số 8/2024/NĐ-CP.",
     ("8/2024/NĐ-CP", "20/2021/NĐ-CP", True, "Điều 5")),
    # congbao quyet-dinh-so-169-qd-bldtbxh (a table row): the article is the object of the title of the circular
    # that goes, not the subject; the passive's target is not repealed in part
    ("Thông tư số 02/2023/TT-BLĐTBXH ngày 12/4/2023 của Bộ trưởng sửa đổi, bổ sung Điều 1 của Thông tư số "
     "09/2022/TT-BLĐTBXH được bãi bỏ bởi Thông tư số 03/2024/TT-BLĐTBXH.", None),
])
def test_a_part_named_as_a_passives_subject_is_repealed_in_part(sentence, repeal):
    got = {(r.source, r.target, r.partial, r.scope) for r in extract_text(sentence).relations
           if r.relation == "REPEALS" and r.partial}
    assert got == ({repeal} if repeal else set())


@pytest.mark.parametrize("bases,amends", [
    # congbao nghi-dinh-so-132-2026-nd-cp, lines 20-22: the base law, then its amending laws by their titles
    (["Luật Xử lý vi phạm hành chính số 15/2012/QH13; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành "
      "chính số 67/2020/QH14; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính số 88/2025/QH15"],
     {("67/2020/QH14", "15/2012/QH13"), ("88/2025/QH15", "15/2012/QH13")}),
    # synthetic: an ordinance and its amending ordinance, two base items
    (["Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13", "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Chi "
      "phí tố tụng số 05/2024/UBTVQH15"], {("05/2024/UBTVQH15", "02/2012/UBTVQH13")}),
    # dev2 (congbao nghi-dinh-so-136-2026-nd-cp): the amending law's title names laws the preamble gave no other
    # number: those numbers are the laws', no amender stands there
    (["Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở "
      "số 27/2023/QH15"], set()),
])
def test_the_number_after_an_amending_laws_title_is_its_own_when_the_amended_law_has_another(bases, amends):
    x = extract_text(_decree(bases, "Nghị định này quy định về một việc."))
    assert {(r.source, r.target) for r in x.relations if r.relation == "AMENDS"} == amends


@pytest.mark.parametrize("base,amenders,outside", [
    # tvpl/44bc41ecfb3f3b21.md, line 95: the amenders' bare numbers go on over a ";"
    ("Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 36/2009/QH12; "
     "Luật số 42/2019/QH14 và Luật số 07/2022/QH15;", {"36/2009/QH12", "42/2019/QH14", "07/2022/QH15"}, None),
    # synthetic: a code of laws, two amenders
    ("Căn cứ Bộ luật Hình sự số 100/2015/QH13 được sửa đổi, bổ sung bởi Luật số 12/2017/QH14; Luật số 86/2025/QH15;",
     {"12/2017/QH14", "86/2025/QH15"}, None),
    # a decree after the ";" is the next item, not an amender
    ("Căn cứ Nghị định số 15/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP; Nghị định số "
     "30/2023/NĐ-CP của Chính phủ quy định về một việc;", {"14/2022/NĐ-CP"}, "30/2023/NĐ-CP"),
])
def test_bare_amenders_numbers_go_on_across_a_semicolon(base, amenders, outside):
    amended = base.split(" số ")[1].split()[0]
    got = {r.source for r in relate_sentence(base) + own_relations_of(base) if r.relation == "AMENDS"
           and r.target == amended}
    assert amenders <= got and outside not in got


def own_relations_of(text):
    seg = segment(text)
    found = resolve(find_mentions(seg), seg=seg)
    return own_relations(seg, found, relate(seg, found), None)


@pytest.mark.parametrize("quoted,next_article,edge", [
    # tvpl/592501a25aaf5012.md, lines 640-668: the quoted "Điều 4" loses its closing mark; the resolution's own
    # "Điều 2." ends the quotation and its act is the resolution's
    ("“Điều 4. Tỷ lệ vốn đối ứng của ngân sách địa phương\nTỷ lệ vốn đối ứng theo Bảng sau:\nKhông thấp hơn 5%.",
     "Điều 2.\nThay thế, bãi bỏ một số từ, cụm từ, quy định tại Nghị quyết và Quy định kèm theo Nghị quyết số "
     "10/2022/NQ-HĐND như sau:", ("34/2025/NQ-HĐND", "REPEALS", "10/2022/NQ-HĐND")),
    # synthetic: a quoted clause, then the next article repeals a decision whole
    ("“2. Ủy ban nhân dân cấp xã thực hiện việc hỗ trợ.\nMức hỗ trợ theo Phụ lục.",
     "Điều 2. Bãi bỏ Quyết định số 7/2019/QĐ-UBND ngày 5 tháng 3 năm 2019.",
     ("34/2025/NQ-HĐND", "REPEALS", "7/2019/QĐ-UBND")),
    # the quotation's own next article ("Điều 5" after "“Điều 4") stays quoted: its act is not the resolution's
    ("“Điều 4. Tỷ lệ vốn đối ứng\nKhông thấp hơn 5%.",
     "Điều 5. Bãi bỏ Quyết định số 7/2019/QĐ-UBND ngày 5 tháng 3 năm 2019.", None),
])
def test_a_quotation_whose_close_is_lost_ends_at_the_quoting_documents_next_article(quoted, next_article, edge):
    text = ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\nSố: 34/2025/NQ-HĐND\nHuế, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
            "Sửa đổi một việc\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
            "Hội đồng nhân dân thành phố ban hành Nghị quyết.\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND như sau:\n"
            "3. Sửa đổi, bổ sung Điều 4 như sau:\n" + quoted + "\n" + next_article + "\n")
    # (the city's numbers, its own too, are qualified by its province, "10/2022/NQ-HĐND@Thừa Thiên Huế": compared by
    # number here)
    got = {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in extract_text(text).relations}
    if edge:
        assert edge in got
    else:
        assert not [e for e in got if e[0] == "34/2025/NQ-HĐND" and e[2] == "7/2019/QĐ-UBND"]


@pytest.mark.parametrize("sentence,submission,target", [
    # fresh (tvpl/15decdf210c22d70.md, line 107): the department's submission proposes the amendment the decision makes
    ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV ngày 29/10/2025 về việc sửa đổi, bổ sung một "
     "số nội dung của Quyết định số 48/2024/QĐ-UBND ngày 22/7/2024 của Ủy ban nhân dân thành phố.",
     "6482/TTr-SNV", "48/2024/QĐ-UBND"),
    # synthetic: a repeal proposed, "Xét"
    ("Xét Tờ trình số 115/TTr-STP ngày 03/3/2025 của Sở Tư pháp về việc bãi bỏ Quyết định số 20/2019/QĐ-UBND.",
     "115/TTr-STP", "20/2019/QĐ-UBND"),
])
def test_a_submission_proposes_an_act_and_does_not_act(sentence, submission, target):
    got = {(r.source, r.target) for r in own_relations_of(sentence) if r.relation in ("AMENDS", "REPEALS", "REPLACES")}
    assert (submission, target) not in got


# ---------------------------------------------------------------- dev3's misses (session 9, acc-rel7)
@pytest.mark.parametrize("text,edge", [
    # dev3 tvpl/2249fe89ed46eae5.md, lines 90-93: the decree lays down the policy the resolution decided
    ("- Căn cứ Nghị định số 72/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định chính sách giảm thuế giá trị gia tăng "
     "theo Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội.",
     ("72/2024/NĐ-CP", "GUIDES", "142/2024/QH15")),
    # synthetic: another decision and resolution, other words between
    ("Căn cứ Quyết định số 15/2023/QĐ-TTg ngày 01/02/2023 của Thủ tướng Chính phủ quy định mức hỗ trợ tiền điện cho hộ "
     "nghèo theo Nghị quyết số 55/2022/QH15;", ("15/2023/QĐ-TTg", "GUIDES", "55/2022/QH15")),
    # heldout tvpl/8983091b5c6598d8.md, line 101: a title "về …" with "theo" inside it lays down nothing: a basis only
    ("Căn cứ Nghị quyết số 07/2025/NQ-CP của Chính phủ về chính sách, chế độ đối với đối tượng chịu sự tác động do "
     "thực hiện sắp xếp tổ chức bộ máy theo Kết luận số 183-KL/TW;", ("07/2025/NQ-CP", "BASED_ON", "183-KL/TW")),
])
def test_a_document_laying_down_provisions_according_to_another_guides_it(text, edge):
    got = {(r.source, r.relation, r.target) for r in relate_sentence(text) if not r.source.startswith("IMPLICIT")}
    assert edge in got
    assert {(s, t) for s, _, t in got if (s, t) == (edge[0], edge[2])} == {(edge[0], edge[2])}


def _amending_decree(item1, item2):
    return ("CHÍNH PHỦ\nSố: 141/2026/NĐ-CP\nHà Nội, ngày 29 tháng 4 năm 2026\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều "
            "của Nghị định số 68/2026/NĐ-CP và Nghị định số 320/2025/NĐ-CP\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
            "Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP.\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP như sau:\n" + item1 + "\n" + item2 + "\n")


@pytest.mark.parametrize("quoted_end,item2,amended,scope", [
    # dev3 congbao nghi-dinh-so-141-2026-nd-cp, lines 53-73: the quotation opened with “ closes with a straight quote
    ('“5. Hộ kinh doanh đăng ký sử dụng hóa đơn điện tử trong thời gian 30 ngày.".',
     "Điều 2. Bổ sung khoản 15 Điều 4 Nghị định số 320/2025/NĐ-CP ngày 15 tháng 12 năm 2025 của Chính phủ",
     "320/2025/NĐ-CP", "khoản 15 Điều 4"),
    # synthetic: the straight quote before the item's ";", another article acting on the other decree
    ('“a) Doanh nghiệp nộp tờ khai theo mẫu số 01";',
     "Điều 2. Bãi bỏ khoản 3 Điều 7 Nghị định số 320/2025/NĐ-CP ngày 15 tháng 12 năm 2025 của Chính phủ",
     "320/2025/NĐ-CP", "khoản 3 Điều 7"),
])
def test_a_quotation_closed_by_a_straight_quote_ends_there(quoted_end, item2, amended, scope):
    text = _amending_decree("1. Sửa đổi, bổ sung khoản 5 Điều 8 như sau:\n" + quoted_end, item2)
    got = {(r.source, r.target, r.scope) for r in extract_text(text).relations if r.target == amended}
    assert ("141/2026/NĐ-CP", amended, scope) in got
    assert not {s for s, _, _ in got if s == "68/2026/NĐ-CP"}          # the quoted decree acts on nothing


@pytest.mark.parametrize("closing,cited", [
    # dev3 tvpl/c8549ab2b220c20d.md, lines 143-150: the letter's conclusion points back to the provisions it quoted
    ("Căn cứ các quy định nêu trên, người có công được miễn tiền sử dụng đất; mức cụ thể đã được quy định tại Pháp lệnh "
     "ưu đãi người có công với cách mạng và Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ.", "131/2021/NĐ-CP"),
    # synthetic: "Căn cứ quy định đã nêu trên", another decree
    ("Căn cứ quy định đã nêu trên, doanh nghiệp được hoàn thuế theo hướng dẫn tại Thông tư số 80/2021/TT-BTC.",
     "80/2021/TT-BTC"),
])
def test_a_letters_base_pointing_back_names_no_new_base(closing, cited):
    text = ("CỤC THUẾ\nSố: 5347/CT-CS\nV/v miễn giảm tiền sử dụng đất\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế "
            "tỉnh Nghệ An.\nCục Thuế nhận được công văn của Thuế tỉnh Nghệ An. Về vấn đề này, Cục Thuế có ý kiến như sau:\n"
            "- Tại Điều 106 Nghị định số 103/2024/NĐ-CP quy định về miễn tiền sử dụng đất.\n" + closing +
            "\nCăn cứ Nghị định số 103/2024/NĐ-CP, Cục Thuế trả lời để Thuế tỉnh biết.\nNơi nhận:\n- Như trên;\n")
    got = {(r.relation, r.target) for r in extract_text(text).relations if r.source == "5347/CT-CS"}
    assert ("BASED_ON", cited) not in got
    assert ("BASED_ON", "103/2024/NĐ-CP") in got                   # a base the letter names itself still is one


@pytest.mark.parametrize("report", [
    # dev3 tvpl/832399d0fd282e41.md, lines 102-106: the submission proposes a replacement; the report after ";" is none
    "Báo cáo thẩm tra số 111/BC-BPC ngày 22 tháng 11 năm 2025 của Ban Pháp chế Hội đồng nhân dân Thành phố",
    # synthetic: a submission after the ";"
    "Tờ trình số 45/TTr-STP ngày 02 tháng 11 năm 2025 của Sở Tư pháp",
])
def test_a_report_or_submission_is_never_replaced_by_a_resolution(report):
    text = ("HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 75/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\n"
            "Quy định mức phụ cấp\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nXét Tờ trình số "
            "390/TTr-UBND ngày 16 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố về việc đề nghị ban hành Nghị quyết thay "
            "thế nghị quyết số 61/2021/NQ-HĐND ngày 23 tháng 9 năm 2021 của Hội đồng nhân dân thành phố Hà Nội về bảo đảm "
            "chế độ; " + report + ";\nHội đồng nhân dân ban hành Nghị quyết Quy định mức phụ cấp.\nĐiều 1. Phạm vi\n"
            "Nghị quyết này thay thế Nghị quyết số 61/2021/NQ-HĐND.\n")
    got = {(r.source.split("@")[0], r.relation, r.target.split("@")[0]) for r in extract_text(text).relations}
    assert ("75/2025/NQ-HĐND", "REPLACES", "61/2021/NQ-HĐND") in got
    assert not [t for t in got if t[1] == "REPLACES" and ("/BC-" in t[2] or "/TTr-" in t[2])]


@pytest.mark.parametrize("proposal,target", [
    # fresh tvpl/15decdf210c22d70.md, line 107: the submission proposes the amendment the decision makes
    ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV ngày 29/10/2025 về việc sửa đổi, bổ sung một số "
     "nội dung của Quyết định số 48/2024/QĐ-UBND ngày 12/12/2024 của Ủy ban nhân dân tỉnh;", "48/2024/QĐ-UBND"),
    # synthetic: a report on repealing a decision
    ("Xét Báo cáo số 120/BC-STP ngày 02/10/2025 của Sở Tư pháp về việc bãi bỏ Quyết định số 15/2019/QĐ-UBND;",
     "15/2019/QĐ-UBND"),
])
def test_a_submission_or_report_proposes_an_act_it_does_not_perform(proposal, target):
    text = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 80/2025/QĐ-UBND\nLâm Đồng, ngày 10 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
            "Sửa đổi một việc\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n" + proposal +
            "\nỦy ban nhân dân tỉnh ban hành Quyết định.\nĐiều 1. Phạm vi\n")
    acts = {(r.source, r.relation) for r in extract_text(text).relations
            if r.target.split("@")[0] == target and r.relation in ("AMENDS", "REPEALS", "REPLACES")}
    assert not [s for s, _ in acts if "/TTr-" in s or "/BC-" in s]


@pytest.mark.parametrize("order,implemented", [
    # fresh4 tvpl/717159673033f644.md, lines 113-116: the letter orders the work carried out on the basis of two plans,
    # the second joined by ", cùng" after the first one's date and issuers
    ("- Phối hợp thực hiện công tác rà soát dữ liệu số nhà trên cơ sở Kế hoạch số 515/KH-BCA-BNN&MT ngày 31 tháng 8 năm "
     "2025 của Bộ Công an và Bộ Nông nghiệp và Môi trường, cùng Kế hoạch số 94/KH-UBND ngày 19 tháng 9 năm 2025 của Ủy "
     "ban nhân dân Thành phố.", {"515/KH-BCA-BNN&MT", "94/KH-UBND"}),
    # synthetic: other work, "theo" a programme and "và" a plan
    ("- Các sở tiếp tục thực hiện công tác chuyển đổi số theo Chương trình số 12/CTr-UBND ngày 02/3/2025 của Ủy ban "
     "nhân dân tỉnh và Kế hoạch số 40/KH-UBND ngày 05/4/2025.", {"12/CTr-UBND", "40/KH-UBND"}),
])
def test_a_letter_ordering_work_on_the_basis_of_plans_implements_them(order, implemented):
    text = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSố: 4085/UBND-ĐT\nV/v rà soát dữ liệu số nhà\nThành phố Hồ Chí Minh, "
            "ngày 10 tháng 10 năm 2025\nKính gửi: Các sở, ngành.\nChủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như "
            "sau:\n1. Giao Ủy ban nhân dân các phường, xã\n" + order + "\nNơi nhận:\n- Như trên;\n")
    got = {r.target.split("@")[0] for r in extract_text(text).relations
           if r.source == "4085/UBND-ĐT@Thành phố Hồ Chí Minh" and r.relation == "IMPLEMENTS"}
    assert got == implemented


def test_a_comma_before_another_order_ends_the_list_of_documents_carried_out():
    # congbao nghi-quyet-so-122-nq-cp, line 284 (shape): after the first document's issuer a comma and other words
    # begin another object; the documents named there are not joined to the list by this rule
    text = ("CHÍNH PHỦ\nSố: 122/NQ-CP\nHà Nội, ngày 05 tháng 5 năm 2026\nNGHỊ QUYẾT\nPhiên họp\nCăn cứ Luật Tổ chức Chính "
            "phủ số 63/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Các bộ\ng) Về đầu tư công: thực hiện nghiêm Kết luận số 18-KL/TW của "
            "Trung ương, chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số 16/CT-TTg ngày 23 tháng 4 năm 2026.\n")
    got = {r.target for r in extract_text(text).relations if r.rule == "own:chỉ đạo thực hiện"}
    assert got == {"18-KL/TW"}


@pytest.mark.parametrize("lines,first", [
    # corpus tvpl/5d3180cef1d254d0.md, lines 73-81: a web page's letter whose body (as its layout reads it) opens with
    # "Kính gửi:" and a list of addressees; its first paragraph is the opening "Thực hiện …"
    (["**Kính gửi:**", "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
      "- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.",
      "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151-CV/BTCTW ngày 29/7/2025.", "1. Rà soát.",
      "2. Báo cáo."], 3),
    # synthetic: "+" items, four addressees
    (["Kính gửi:", "+ UBND các xã, phường;", "+ Các đơn vị trực thuộc;", "+ Các cơ sở giáo dục;", "+ Các trường.",
      "Thực hiện Công văn số 6356/UBND-NNMT ngày 01/10/2025 của UBND Thành phố.", "1. Rà soát."], 5),
    # no addressees: the body's first paragraphs as they come
    (["Thực hiện Công văn số 6356/UBND-NNMT ngày 01/10/2025 của UBND Thành phố.", "- Rà soát.", "1. Báo cáo."], 0),
])
def test_a_letters_opening_paragraphs_come_after_its_addressees(lines, first):
    from vanban.loaders.relate import _opening_units
    seg = segment("\n\n".join(lines))
    units = seg.units
    got = _opening_units(units, ["body"] * len(units), 3)
    assert got[0] == first and units[got[0]].text.startswith("Thực hiện")


@pytest.mark.parametrize("item,based", [
    # fresh3 tvpl/f6ed9374d8eb2ea7.md, lines 115-118: the notice's preamble item names the letter it rests on
    ("Trên cơ sở công văn số 1447/TCHQ-TXNK ngày 04/4/2024 của Tổng cục Hải quan về việc phân loại Thiết bị đeo tay "
     "thông minh;", {"1447/TCHQ-TXNK"}),
    # synthetic: a decision named the same way
    ("Trên cơ sở Quyết định số 2345/QĐ-BTC ngày 10/9/2025 của Bộ trưởng Bộ Tài chính về việc giao nhiệm vụ;",
     {"2345/QĐ-BTC"}),
    # an opinion given in a letter is no base (fresh tvpl/c81379258ef3a44f.md, line 111)
    ("Trên cơ sở ý kiến của Bộ Tài chính tại Công văn số 15564/BTC-KTN ngày 01/10/2025;", set()),
])
def test_a_preamble_item_on_the_basis_of_a_document_names_a_base(item, based):
    text = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\nSố: 37695/TB-CHQ\nHà Nội, ngày 20 tháng 10 năm 2025\nTHÔNG BÁO\nVề kết quả xác "
            "định trước mã số\nCăn cứ Luật Hải quan số 54/2014/QH13;\n" + item + "\nCỤC TRƯỞNG CỤC HẢI QUAN thông báo:\n"
            "1. Hàng hóa được phân loại như sau.\n")
    got = {r.target for r in extract_text(text).relations if r.source == "37695/TB-CHQ" and r.relation == "BASED_ON"}
    assert got - {"54/2014/QH13"} == based


@pytest.mark.parametrize("text,absent,kept", [
    # fresh5 congbao thong-tu-so-44-2022-tt-btc, lines 390-394: the decree details a law named by its title; the
    # joint circular after "và" is the list's next item, and no decree guides a circular
    ("l) Chi làm đêm, thêm giờ theo quy định của Bộ luật Lao động, Nghị định số 145/2020/NĐ-CP ngày 14 tháng 12 năm "
     "2020 của Thủ tướng Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều "
     "kiện lao động và quan hệ lao động và Thông tư liên tịch số 08/2005/TTLT-BNV-BTC ngày 05 tháng 01 năm 2005 của "
     "Bộ Nội vụ, Bộ Tài chính hướng dẫn thực hiện chế độ trả lương làm việc vào ban đêm;",
     ("145/2020/NĐ-CP", "GUIDES", "08/2005/TTLT-BNV-BTC"), None),
    # the same shape with other numbers, a decision of the Prime Minister above a circular; a circular guiding a
    # decree in the same sentence is kept
    ("Mức chi theo Quyết định số 30/2019/QĐ-TTg ngày 10 tháng 3 năm 2019 hướng dẫn thi hành Luật Cư trú và Thông tư "
     "số 12/2018/TT-BCA; Thông tư số 55/2021/TT-BCA hướng dẫn thi hành Nghị định số 62/2021/NĐ-CP.",
     ("30/2019/QĐ-TTg", "GUIDES", "12/2018/TT-BCA"), ("55/2021/TT-BCA", "GUIDES", "62/2021/NĐ-CP")),
])
def test_guidance_never_goes_up_the_hierarchy(text, absent, kept):
    got = {(s, r, t) for s, r, t, _ in _rels(text)}
    assert absent not in got
    assert kept is None or kept in got


@pytest.mark.parametrize("text,own,acts", [
    # congbao nghi-dinh-so-207-2026 (lines 1300-1302 and the effect clause): "… Luật Xây dựng số 135/2025/QH15 được
    # quy định như sau:" is the decree's own provision, no quotation of the law: its later acts stay the decree's
    ("CHÍNH PHỦ\nSố: 207/2026/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết\n"
     "Chính phủ ban hành Nghị định.\nĐiều 26. Thẩm quyền kiểm tra công tác nghiệm thu công trình xây dựng\n"
     "1. Thẩm quyền kiểm tra của cơ quan nhà nước có thẩm quyền quy định tại khoản 4 Điều 57 Luật Xây dựng số "
     "135/2025/QH15 được quy định như sau:\na) Hội đồng kiểm tra nhà nước kiểm tra đối với công trình cấp đặc biệt;\n"
     "b) Cơ quan chuyên môn về xây dựng kiểm tra các công trình còn lại.\nĐiều 60. Hiệu lực thi hành\n"
     "2. Bãi bỏ Điều 8 Nghị định số 140/2025/NĐ-CP.\n", "207/2026/NĐ-CP", {"140/2025/NĐ-CP"}),
    # the same with other words and numbers: a circular's rates "được quy định như sau:", then its replacement clause
    ("BỘ TÀI CHÍNH\nSố: 31/2026/TT-BTC\nHà Nội, ngày 02 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định mức thu\n"
     "Bộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 3. Mức thu\nMức thu phí quy định tại Điều 5 Nghị định số "
     "82/2023/NĐ-CP được quy định như sau:\n1. Cấp mới: 500.000 đồng;\n2. Cấp lại: 200.000 đồng.\n"
     "Điều 9. Hiệu lực thi hành\nThông tư này thay thế Thông tư số 45/2019/TT-BTC.\n", "31/2026/TT-BTC",
     {"45/2019/TT-BTC"}),
])
def test_a_passive_provided_as_follows_quotes_no_other_document(text, own, acts):
    rels = extract_text(text).relations
    assert {r.target for r in rels if r.source == own and r.relation in ("REPEALS", "REPLACES")} == acts
    assert not [r for r in rels if r.relation in ("REPEALS", "REPLACES") and r.source != own]


@pytest.mark.parametrize("sentence,target", [
    # fresh5 tvpl e42103d7f815212d (line 300): a locality's request in the table a letter sends on
    ("Đề nghị sửa đổi, bổ sung Nghị định số 142/2025/NĐ-CP của Chính phủ, Luật Tổ chức chính quyền địa phương và "
     "Luật Nhà giáo để xác định rõ thẩm quyền thực hiện trong tuyển dụng.", "142/2025/NĐ-CP"),
    # the same with other words and numbers: a proposal ("đề xuất") to amend, a recommendation ("kiến nghị")
    ("Các bộ rà soát, đề xuất sửa đổi, bổ sung Thông tư số 12/2023/TT-BYT cho phù hợp với thực tiễn.", "12/2023/TT-BYT"),
    ("Ủy ban nhân dân tỉnh kiến nghị bãi bỏ Quyết định số 45/2019/QĐ-TTg ngày 20 tháng 12 năm 2019.", "45/2019/QĐ-TTg"),
])
def test_a_request_or_proposal_to_act_is_a_plan(sentence, target):
    got = [e for e in edges(sentence) if e[2] == target and e[1] in ("AMENDS", "REPEALS")]
    assert got and all(planned for _, _, _, planned, _ in got)


@pytest.mark.parametrize("text,own,implemented,not_implemented", [
    # tvpl 2d737276bf416017: a letter shown without its header (the site's metadata gives its number); the clause's
    # first decree is carried out although the second one, in the same sentence, amends it
    ("|\n**Số hiệu:**\n|\n17809/BTC-CTK\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Ngày ban hành:**\n|\n14/11/2025\n|\n"
     "Thực hiện Nghị định số 94/2022/NĐ-CP ngày 07/11/2022 của Chính phủ quy định nội dung chỉ tiêu thống kê thuộc hệ "
     "thống chỉ tiêu thống kê quốc gia và Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ sửa đổi, bổ sung một "
     "số điều, phụ lục của Nghị định số 94/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định chi tiết và hướng dẫn thi "
     "hành một số điều của Luật Thống kê và Nghị định số 94/2022/NĐ-CP, Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh "
     "báo cáo.\n", "17809/BTC-CTK", {"94/2022/NĐ-CP", "62/2024/NĐ-CP"}, {"94/2016/NĐ-CP"}),
    # the same shape with other numbers, after a letter's header
    ("SỞ NỘI VỤ\nSố: 215/SNV-TCBC\nV/v hướng dẫn thực hiện chế độ\nHà Nội, ngày 10 tháng 3 năm 2026\nKính gửi: Các "
     "sở, ban, ngành\nThực hiện Thông tư số 10/2023/TT-BNV ngày 26 tháng 6 năm 2023 của Bộ Nội vụ và Thông tư số "
     "02/2025/TT-BNV ngày 14 tháng 2 năm 2025 của Bộ Nội vụ sửa đổi, bổ sung một số điều của Thông tư số "
     "01/2020/TT-BNV và Thông tư số 10/2023/TT-BNV, Sở Nội vụ hướng dẫn các cơ quan như sau:\n",
     "215/SNV-TCBC", {"10/2023/TT-BNV", "02/2025/TT-BNV"}, {"01/2020/TT-BNV"}),
])
def test_an_openings_first_document_is_carried_out_though_the_sentence_acts_on_it(text, own, implemented,
                                                                                   not_implemented):
    x = extract_text(text)
    assert x.document.code == own
    # (the own document's relations: its id, which a department's number qualifies by its province since session 33)
    got = {r.target for r in x.relations if r.source == x.document.id and r.relation == "IMPLEMENTS"}
    assert implemented <= got and not (not_implemented & got)


@pytest.mark.parametrize("text,own,repealed,kept", [
    # fresh7 congbao thong-tu-so-18-2021-tt-bnnptnt (lines 39-54): the article's heading is the act, with no ":",
    # and its numbered items are the documents repealed (a gazette page break between them)
    ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 18/2021/TT-BNNPTNT\nHà Nội, ngày 27 tháng 12 năm 2021\nTHÔNG TƯ\n"
     "Bãi bỏ một số văn bản quy phạm pháp luật\nBộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư.\n"
     "Điều 1. Bãi bỏ toàn bộ 15 văn bản quy phạm pháp luật\n1. Chỉ thị số 03/2005/CT-BTS ngày 07/3/2005 của Bộ "
     "trưởng Bộ Thủy sản về việc tăng cường kiểm soát dư lượng hóa chất.\n2. Chỉ thị số 77/2007/CT-BNN ngày 06/9/2007 "
     "của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn về việc tiếp tục đẩy mạnh hoạt động kiểm soát.\n"
     "3. Quyết định số 54/2003/QĐ-BNN ngày 07/4/2003 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.\n"
     "Điều 2. Trách nhiệm thi hành\nThông tư này thực hiện theo Thông tư số 01/2021/TT-BNNPTNT.\n",
     "18/2021/TT-BNNPTNT", {"03/2005/CT-BTS", "77/2007/CT-BNN", "54/2003/QĐ-BNN"}, "01/2021/TT-BNNPTNT"),
    # the same with other words and numbers: a decision's "Điều 3. Thay thế các Quyết định", items lettered a), b)
    ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/2024/QĐ-UBND\nNinh Bình, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
     "Ban hành Quy định về quản lý\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý.\n"
     "Điều 3. Thay thế các Quyết định của Ủy ban nhân dân tỉnh\na) Quyết định số 20/2016/QĐ-UBND ngày 10/5/2016;\n"
     "b) Quyết định số 07/2019/QĐ-UBND ngày 02/4/2019.\nĐiều 4. Tổ chức thực hiện\n"
     "1. Sở Tài chính hướng dẫn theo Quyết định số 30/2023/QĐ-UBND.\n",
     "12/2024/QĐ-UBND", {"20/2016/QĐ-UBND", "07/2019/QĐ-UBND"}, "30/2023/QĐ-UBND"),
])
def test_an_articles_heading_acting_on_documents_lists_them_in_its_items(text, own, repealed, kept):
    x = extract_text(text)
    assert x.document.code == own
    acted = {r.target.split("@")[0] for r in x.relations if r.source.split("@")[0] == own
             and r.relation in ("REPEALS", "REPLACES")}
    assert acted == repealed and kept not in acted


def test_an_articles_heading_acting_on_one_part_starts_no_list():
    # "Điều 3. Bãi bỏ Điều 7" names a part, not documents: the next article's item is no item of an act
    text = ("BỘ TÀI CHÍNH\nSố: 56/2026/TT-BTC\nHà Nội, ngày 12 tháng 5 năm 2026\nTHÔNG TƯ\nSửa đổi một số điều\n"
            "Bộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 3. Bãi bỏ Điều 7\n"
            "1. Tổ chức thu phí thực hiện theo Thông tư số 74/2022/TT-BTC.\n")
    x = extract_text(text)
    assert not [r for r in x.relations if r.target == "74/2022/TT-BTC" and r.relation in ("REPEALS", "REPLACES")]


_GAZETTE_PAGE = "\n \nCÔNG BÁO/Số 290/Ngày 29-05-2026\n110\n \n"


@pytest.mark.parametrize("own_header,items,footnote,acted", [
    # fresh7 congbao van-ban-hop-nhat-so-12-vbhn-btc (lines 448-505): the page's footnote (an amender's own effect
    # clause, quoted) stands between the list's first item and the next page's items
    ("BỘ TÀI CHÍNH\nSố: 57/2021/TT-BTC\nHà Nội, ngày 12 tháng 7 năm 2021\nTHÔNG TƯ\nQuy định lộ trình\n"
     "Bộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 8. Hiệu lực thi hành1\n"
     "2. Thông tư này bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây:\n",
     ["a) Thông tư số 180/2015/TT-BTC ngày 13 tháng 11 năm 2015 của Bộ trưởng Bộ Tài chính hướng dẫn về đăng ký;",
      "b) Thông tư số 13/2019/TT-BTC ngày 15 tháng 3 năm 2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số "
      "điều của Thông tư số 180/2015/TT-BTC;", "c) Thông tư số 202/2015/TT-BTC ngày 18 tháng 12 năm 2015 của Bộ trưởng."],
     "1 Các điều 2, 3 của Thông tư số 69/2023/TT-BTC ngày 15 tháng 11 năm 2023 của Bộ trưởng Bộ Tài chính quy định "
     "như sau:\n“Điều 3. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 30 tháng 12 năm 2023.”.",
     {"180/2015/TT-BTC", "13/2019/TT-BTC", "202/2015/TT-BTC"}),
    # the same with other words and numbers: a decree's replacement list, a plain footnote at the page's foot
    ("CHÍNH PHỦ\nSố: 40/2024/NĐ-CP\nHà Nội, ngày 16 tháng 4 năm 2024\nNGHỊ ĐỊNH\nQuy định chi tiết\n"
     "Chính phủ ban hành Nghị định.\nĐiều 20. Hiệu lực thi hành1\nNghị định này thay thế các văn bản sau:\n",
     ["1. Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của Chính phủ;",
      "2. Nghị định số 146/2017/NĐ-CP ngày 15 tháng 12 năm 2017 của Chính phủ."],
     "1 Điều này được sửa đổi theo quy định tại khoản 5 Điều 1 của Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 năm "
     "2022 của Chính phủ.", {"12/2015/NĐ-CP", "146/2017/NĐ-CP"}),
])
def test_an_effect_clauses_list_goes_on_after_a_pages_footnotes(own_header, items, footnote, acted):
    text = own_header + items[0] + "\n \n" + footnote + _GAZETTE_PAGE + "\n".join(items[1:]) + "\nĐiều 99. Tổ chức thực hiện\n"
    x = extract_text(text)
    own = x.document.code
    got = {r.target for r in x.relations if r.source == own and r.relation in ("REPEALS", "REPLACES")}
    assert got == acted


@pytest.mark.parametrize("sentence,corrector,corrected,scope", [
    # fresh7 congbao van-ban-hop-nhat-so-12-vbhn-btc (line 250): a consolidated text's footnote names the correction
    ("Khoản 1 Điều 1 của Thông tư số 139/2025/TT-BTC được đính chính bởi Quyết định số 372/QĐ-BTC ngày 27 tháng 02 "
     "năm 2026 của Bộ trưởng Bộ Tài chính.", "372/QĐ-BTC", "139/2025/TT-BTC", "Khoản 1 Điều 1"),
    # the same with other words and numbers
    ("Điểm b khoản 2 Điều 4 của Nghị định số 58/2023/NĐ-CP đã được đính chính theo Công văn số 1025/VPCP-PL ngày 20 "
     "tháng 3 năm 2023 của Văn phòng Chính phủ.", "1025/VPCP-PL", "58/2023/NĐ-CP", "Điểm b khoản 2 Điều 4"),
])
def test_a_passive_correction_names_the_corrector_and_the_part(sentence, corrector, corrected, scope):
    seg = segment(sentence)
    found = resolve(find_mentions(seg), seg=seg)
    rels = own_relations(seg, found, relate(seg, found), None)
    got = [r for r in rels if (r.source, r.relation, r.target) == (corrector, "CORRECTS", corrected)]
    assert got and got[0].scope == scope and got[0].partial


@pytest.mark.parametrize("sentence,kept,absent", [
    # fresh7 congbao thong-tu-so-05-2022-tt-bldtbxh (lines 178-184): the amender is an item of a list of citations
    # its sentence separates by ";": the next item is not a second target of its amendment
    ("Quản lý người học theo quy định tại Thông tư số 04/2022/TT-BLĐTBXH ngày 30 tháng 3 năm 2022 quy định việc tổ "
     "chức đào tạo; Thông tư số 42/2015/TT-BLĐTBXH ngày 20 tháng 10 năm 2015 quy định về đào tạo trình độ sơ cấp và "
     "Thông tư số 34/2018/TT-BLĐTBXH ngày 26 tháng 12 năm 2018 của Bộ trưởng sửa đổi, bổ sung một số điều Thông tư số "
     "42/2015/TT-BLĐTBXH ngày 20 tháng 10 năm 2015; Thông tư số 43/2015/TT-BLĐTBXH ngày 20 tháng 10 năm 2015 quy định "
     "về đào tạo thường xuyên;",
     ("34/2018/TT-BLĐTBXH", "AMENDS", "42/2015/TT-BLĐTBXH"), ("34/2018/TT-BLĐTBXH", "AMENDS", "43/2015/TT-BLĐTBXH")),
    # the same with other words and numbers
    ("Thực hiện chế độ báo cáo theo Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019; Thông tư số 11/2020/TT-BYT "
     "ngày 05 tháng 6 năm 2020 và Thông tư số 02/2023/TT-BYT ngày 10 tháng 02 năm 2023 sửa đổi, bổ sung một số điều của "
     "Thông tư số 11/2020/TT-BYT; Thông tư số 37/2021/TT-BYT ngày 30 tháng 12 năm 2021 quy định về thống kê y tế.",
     ("02/2023/TT-BYT", "AMENDS", "11/2020/TT-BYT"), ("02/2023/TT-BYT", "AMENDS", "37/2021/TT-BYT")),
])
def test_an_amender_listed_among_citations_acts_only_up_to_the_items_semicolon(sentence, kept, absent):
    got = {e[:3] for e in edges(sentence)}
    assert kept in got and absent not in got


def test_an_acts_targets_joined_by_a_semicolon_stay_targets_when_the_actor_leads():
    # the actor is no item of a ";" list (none before it in its sentence): "A sửa đổi B; C" keeps both targets, as before
    got = {e[:3] for e in edges("Nghị định số 15/2024/NĐ-CP ngày 06 tháng 02 năm 2024 của Chính phủ sửa đổi, bổ sung "
                                "Nghị định số 45/2019/NĐ-CP; Nghị định số 46/2019/NĐ-CP.")}
    assert {("15/2024/NĐ-CP", "AMENDS", "45/2019/NĐ-CP"), ("15/2024/NĐ-CP", "AMENDS", "46/2019/NĐ-CP")} <= got


@pytest.mark.parametrize("header,clause,ceased", [
    # fresh7 congbao thong-tu-so-05-2022-tt-bldtbxh (lines 256-260): the ceased circular's subject ("quy định về …")
    # runs up to the effect clause's predicate, which is no part of its title
    ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 05/2022/TT-BLĐTBXH\nHà Nội, ngày 05 tháng 4 năm 2022\nTHÔNG TƯ\n"
     "Quy định về liên kết tổ chức thực hiện chương trình đào tạo\nBộ trưởng ban hành Thông tư.\n",
     "Điều 11. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 20 tháng 5 năm 2022. Thông tư số 29/2017/"
     "TT-BLĐTBXH ngày 15 tháng 12 năm 2017 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về liên kết tổ "
     "chức thực hiện chương trình đào tạo hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n",
     "29/2017/TT-BLĐTBXH"),
    # the same with other words and numbers: a decree, "hết hiệu lực thi hành từ ngày"
    ("CHÍNH PHỦ\nSố: 88/2025/NĐ-CP\nHà Nội, ngày 10 tháng 4 năm 2025\nNGHỊ ĐỊNH\nQuy định về quản lý vật liệu nổ\n"
     "Chính phủ ban hành Nghị định.\n",
     "Điều 30. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 6 năm 2025. Nghị định số 71/2018/NĐ-CP "
     "ngày 15 tháng 5 năm 2018 của Chính phủ về quản lý vật liệu nổ công nghiệp và tiền chất thuốc nổ hết hiệu lực thi "
     "hành từ ngày Nghị định này có hiệu lực.\n", "71/2018/NĐ-CP"),
])
def test_a_ceased_documents_subject_stops_at_the_effect_clauses_predicate(header, clause, ceased):
    x = extract_text(header + clause)
    own = x.document.code
    assert (own, "REPEALS", ceased) in {(r.source, r.relation, r.target) for r in x.relations}
    m = next(m for m in x.mentions if m.code == ceased)
    assert "hết hiệu lực" not in (m.subject or "")


@pytest.mark.parametrize("sentence,issuer,implemented", [
    # fresh7 congbao thong-tu-so-18-2021-tt-bnnptnt (lines 77-80): the programme a decision issues carries out a
    # congress resolution named without a number, then a numbered resolution listed after it
    ("9. Quyết định số 02/2007/QĐ-BTS ngày 08/3/2007 của Bộ trưởng Bộ Thủy sản về việc ban hành Chương trình hành "
     "động của Bộ Thủy sản thực hiện Nghị quyết Đại hội Đảng lần thứ X, Nghị quyết số 25/2006/NQ-CP ngày 09/10/2006 "
     "của Chính phủ về phát triển kinh tế - xã hội ngành thủy sản năm 2006 - 2010.", "02/2007/QĐ-BTS",
     {"25/2006/NQ-CP"}),
    # the same with other words and numbers: a plan, two numbered documents after the named one
    ("Quyết định số 415/QĐ-UBND ngày 12/4/2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch của tỉnh thực hiện Nghị "
     "quyết Đại hội Đảng lần thứ XIII, Nghị quyết số 06-NQ/TW ngày 24/01/2022 và Nghị quyết số 148/NQ-CP ngày "
     "11/11/2022 của Chính phủ.", "415/QĐ-UBND", {"06-NQ/TW", "148/NQ-CP"}),
])
def test_an_issued_programme_carries_out_every_document_of_its_list(sentence, issuer, implemented):
    got = {e[2].split("@")[0] for e in edges(sentence) if e[0].split("@")[0] == issuer and e[1] == "IMPLEMENTS"}
    assert implemented <= got


# --- dev4's stated relations (commit 6df700f): each rule on the real line's shape and on other words and numbers ---

def _dev4_rels(text):
    return {(r.source.split("@")[0], r.relation, r.target.split("@")[0]): r for r in extract_text(text).relations}


@pytest.mark.parametrize("text,own,suspended", [
    # dev4 congbao thong-tu-so-16-2022-tt-bkhdt-37688 (lines 17-24): "Ngưng hiệu lực của Thông tư số A … và Thông tư số B"
    ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 16/2022/TT-BKHĐT\nHà Nội, ngày 29 tháng 7 năm 2022\nTHÔNG TƯ\nNgưng hiệu lực của "
     "Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc "
     "cung cấp thông tin về đấu thầu và Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022 của Bộ trưởng Bộ Kế hoạch "
     "và Đầu tư quy định chi tiết việc lựa chọn nhà đầu tư\nBộ trưởng ban hành Thông tư.\n",
     "16/2022/TT-BKHĐT", {"08/2022/TT-BKHĐT", "10/2022/TT-BKHĐT"}),
    # the same with other words and numbers: "tạm ngưng hiệu lực thi hành", a province's decision
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 27/2024/QĐ-UBND\nNghệ An, ngày 12 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc tạm "
     "ngưng hiệu lực thi hành Quyết định số 05/2023/QĐ-UBND ngày 20 tháng 01 năm 2023 của Ủy ban nhân dân tỉnh quy định "
     "giá dịch vụ xe ra, vào bến\nỦy ban nhân dân tỉnh ban hành Quyết định.\n", "27/2024/QĐ-UBND", {"05/2023/QĐ-UBND"}),
    # "đình chỉ việc thi hành", a minister's administrative decision
    ("BỘ Y TẾ\nSố: 1520/QĐ-BYT\nHà Nội, ngày 05 tháng 6 năm 2024\nQUYẾT ĐỊNH\nVề việc đình chỉ việc thi hành Quyết định "
     "số 889/QĐ-BYT ngày 10 tháng 4 năm 2024 của Bộ trưởng Bộ Y tế\nBộ trưởng ban hành Quyết định.\n",
     "1520/QĐ-BYT", {"889/QĐ-BYT"}),
])
def test_a_suspension_cue_in_the_title_suspends_the_documents_it_names(text, own, suspended):
    got = _dev4_rels(text)
    assert {t for (s, r, t) in got if s == own and r == "SUSPENDS"} == suspended
    # (suspending the execution of a document does not carry it out: no IMPLEMENTS from "… thi hành Quyết định số A")
    assert not {t for (s, r, t) in got if s == own and r in ("IMPLEMENTS", "GUIDES")}


@pytest.mark.parametrize("text,amender,amended,scope", [
    # dev4 congbao thong-tu-so-02-2021-tt-bldtbxh-33949 (line 219): "sửa đổi, bổ sung khoản 2 và 4 Điều 11 Thông tư liên
    # tịch số A" (several numbers to one part's word in the filler between the cue and its target)
    ('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 02/2021/TT-BLĐTBXH\nHà Nội, ngày 24 tháng 6 năm 2021\nTHÔNG TƯ\nHướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP\nBộ trưởng ban hành Thông tư.\nĐiều 7. Hiệu lực thi hành\n1. Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký.\n2. Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 năm 2014 của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính hướng dẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy định chính sách trợ giúp xã hội; Thông tư liên tịch số 06/2015/TTLT-BLĐTBXH-BTC ngày 12 tháng 5 năm 2015 của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính sửa đổi, bổ sung khoản 2 và 4 Điều 11 Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n', "06/2015/TTLT-BLĐTBXH-BTC", "29/2014/TTLT-BLĐTBXH-BTC", "khoản 2 và 4 Điều 11"),
    # the same with other words and numbers
    ('BỘ TÀI CHÍNH\nSố: 45/2023/TT-BTC\nHà Nội, ngày 10 tháng 7 năm 2023\nTHÔNG TƯ\nQuy định về phí thẩm định\nBộ trưởng ban hành Thông tư.\nĐiều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 9 năm 2023.\n2. Thông tư số 12/2019/TT-BTC ngày 05 tháng 3 năm 2019 của Bộ trưởng Bộ Tài chính quy định về phí thẩm định; Thông tư số 33/2021/TT-BTC ngày 14 tháng 5 năm 2021 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung khoản 1 và 3 Điều 6 Thông tư số 12/2019/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n', "33/2021/TT-BTC", "12/2019/TT-BTC", "khoản 1 và 3 Điều 6"),
])
def test_an_amenders_filler_may_name_several_parts_to_one_word(text, amender, amended, scope):
    got = _dev4_rels(text)
    r = got.get((amender, "AMENDS", amended))
    assert r is not None and r.partial and r.scope == scope
    # what ceases is the item's subject (its title's document is not): the own document repeals the amended whole
    own = extract_text(text).document.code
    assert not got[(own, "REPEALS", amended)].partial


@pytest.mark.parametrize("text,amender,amended", [
    # dev4 tvpl 51e961df2382e070 (lines 413-414): "sửa đổi, bổ sung tiêu đề và một số nội dung Quyết định số A"
    ('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 48/2025/QĐ-UBND\nBình Định, ngày 25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nQuy định điều kiện học sinh được hưởng chính sách hỗ trợ\nỦy ban nhân dân tỉnh ban hành Quyết định.\nĐiều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành từ ngày 06 tháng 12 năm 2025.\n2. Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh Bình Định quy định điều kiện học sinh trên địa bàn tỉnh được hưởng chính sách hỗ trợ và mức khoán kinh phí hỗ trợ nấu ăn cho học sinh bán trú theo Nghị định số 116/2016/NĐ-CP ngày 18 tháng 7 năm 2016 của Chính phủ và Quyết định số 48/2020/QĐ-UBND ngày 30 tháng 7 năm 2020 của Ủy ban nhân dân tỉnh Bình Định sửa đổi, bổ sung tiêu đề và một số nội dung Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n', "48/2020/QĐ-UBND", "78/2016/QĐ-UBND"),
    # the same with other words and numbers: "sửa đổi tên gọi Quyết định số A"
    ('ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 15/2024/QĐ-UBND\nLong An, ngày 02 tháng 4 năm 2024\nQUYẾT ĐỊNH\nQuy định mức thu học phí\nỦy ban nhân dân tỉnh ban hành Quyết định.\nĐiều 4. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 15 tháng 4 năm 2024. Quyết định số 61/2022/QĐ-UBND ngày 08 tháng 11 năm 2022 của Ủy ban nhân dân tỉnh Long An quy định mức thu học phí và Quyết định số 09/2023/QĐ-UBND ngày 14 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh sửa đổi tên gọi Quyết định số 61/2022/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n', "09/2023/QĐ-UBND", "61/2022/QĐ-UBND"),
])
def test_an_amenders_filler_may_name_the_title_of_the_amended(text, amender, amended):
    got = _dev4_rels(text)
    own = extract_text(text).document.code
    assert (amender, "AMENDS", amended) in got
    assert {(own, "REPEALS", amender), (own, "REPEALS", amended)} <= set(got)


@pytest.mark.parametrize("text,own,amended,scope", [
    # dev4 congbao thong-tu-so-21-2026-tt-btc-469148 (lines 171-172): "Thay thế Mẫu số 02/TNDN ban hành kèm theo Thông tư
    # số A bằng Mẫu số 02/TNDN …": a form with its series code replaced, not the whole circular
    ('BỘ TÀI CHÍNH\nSố: 21/2026/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính\nCăn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, số 47/2024/QH15, số 58/2024/QH15 và số 95/2025/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n1. Thay thế một số mẫu biểu:\na) Thay thế Mẫu số 02/TNDN ban hành kèm theo Thông tư số 80/2021/TT-BTC bằng Mẫu số 02/TNDN ban hành kèm theo Thông tư này.\n', "21/2026/TT-BTC", "80/2021/TT-BTC", "Mẫu số 02/TNDN"),
    # the same with other words and numbers
    ('BỘ Y TẾ\nSố: 07/2025/TT-BYT\nHà Nội, ngày 20 tháng 5 năm 2025\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 37/2019/TT-BYT ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Y tế\nCăn cứ Luật Dược số 105/2016/QH13 được sửa đổi, bổ sung bởi các Luật số 28/2018/QH14 và số 44/2024/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 37/2019/TT-BYT\n1. Thay thế một số biểu mẫu:\na) Thay thế Biểu mẫu số 03-KCB ban hành kèm theo Thông tư số 37/2019/TT-BYT bằng Biểu mẫu số 03-KCB ban hành kèm theo Thông tư này.\n', "07/2025/TT-BYT", "37/2019/TT-BYT", "Biểu mẫu số 03-KCB"),
])
def test_a_forms_coded_number_is_the_part_an_act_replaces(text, own, amended, scope):
    got = _dev4_rels(text)
    assert (own, "REPLACES", amended) not in got
    parts = {(r.relation, r.scope) for r in extract_text(text).relations if (r.source, r.target) == (own, amended) and r.partial}
    assert parts == {("AMENDS", scope)}


@pytest.mark.parametrize("text,amended,amenders", [
    # dev4 congbao thong-tu-so-21-2026-tt-btc-469148 (lines 24-26): "bởi các Luật số A, số B … và số C" (the type once)
    ('BỘ TÀI CHÍNH\nSố: 21/2026/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính\nCăn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật số 43/2024/QH15, số 47/2024/QH15, số 58/2024/QH15 và số 95/2025/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n1. Thay thế một số mẫu biểu:\na) Thay thế Mẫu số 02/TNDN ban hành kèm theo Thông tư số 80/2021/TT-BTC bằng Mẫu số 02/TNDN ban hành kèm theo Thông tư này.\n', "31/2024/QH15", {"43/2024/QH15", "47/2024/QH15", "58/2024/QH15", "95/2025/QH15"}),
    # the same with other words and numbers
    ('BỘ Y TẾ\nSố: 07/2025/TT-BYT\nHà Nội, ngày 20 tháng 5 năm 2025\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 37/2019/TT-BYT ngày 30 tháng 12 năm 2019 của Bộ trưởng Bộ Y tế\nCăn cứ Luật Dược số 105/2016/QH13 được sửa đổi, bổ sung bởi các Luật số 28/2018/QH14 và số 44/2024/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 37/2019/TT-BYT\n1. Thay thế một số biểu mẫu:\na) Thay thế Biểu mẫu số 03-KCB ban hành kèm theo Thông tư số 37/2019/TT-BYT bằng Biểu mẫu số 03-KCB ban hành kèm theo Thông tư này.\n', "105/2016/QH13", {"28/2018/QH14", "44/2024/QH15"}),
])
def test_amenders_listed_after_bởi_các_with_the_type_said_once(text, amended, amenders):
    got = _dev4_rels(text)
    assert {s for (s, r, t) in got if r == "AMENDS" and t == amended} == amenders


@pytest.mark.parametrize("text,amended,kept,absent", [
    # dev4 congbao quyet-dinh-so-333-qd-btc-469000 (lines 27-32): "Nghị định số A ngày 01/4/2025 … được sửa đổi, bổ sung
    # bởi Nghị định số B ngày 01/7/2025 và Nghị định số C ngày 01/4/2025 …": C, no later than A, is the next base
    ('BỘ TÀI CHÍNH\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố văn bản quy định chi tiết, quy định biện pháp cụ thể để tổ chức, hướng dẫn thi hành Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán tiếp tục có hiệu lực thi hành\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;\nBộ trưởng ban hành Quyết định.\n', "78/2025/NĐ-CP", "187/2025/NĐ-CP", "79/2025/NĐ-CP"),
    # negative: a second amender dated after the amended stays an amender
    ('BỘ TƯ PHÁP\nSố: 813/QĐ-BTP\nHà Nội, ngày 16 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc công bố danh mục văn bản\nBỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 và Nghị định số 59/2024/NĐ-CP ngày 25 tháng 5 năm 2024;\nBộ trưởng ban hành Quyết định.\n', "34/2016/NĐ-CP", "59/2024/NĐ-CP", None),
])
def test_an_amender_list_stops_at_a_document_no_later_than_the_amended(text, amended, kept, absent):
    got = _dev4_rels(text)
    assert (kept, "AMENDS", amended) in got
    if absent:
        assert (absent, "AMENDS", amended) not in got


@pytest.mark.parametrize("text,own,described", [
    # dev4 congbao quyet-dinh-so-333-qd-btc-469000 (lines 14-19): "Về việc công bố văn bản quy định chi tiết … Nghị định số
    # A": the decision publishes the documents that detail A, it does not guide A
    ('BỘ TÀI CHÍNH\nSố: 333/QĐ-BTC\nHà Nội, ngày 23 tháng 02 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố văn bản quy định chi tiết, quy định biện pháp cụ thể để tổ chức, hướng dẫn thi hành Nghị định số 155/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Chứng khoán tiếp tục có hiệu lực thi hành\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP ngày 01 tháng 7 năm 2025 và Nghị định số 79/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ về kiểm tra, rà soát, hệ thống hóa và xử lý văn bản quy phạm pháp luật;\nBộ trưởng ban hành Quyết định.\n', "333/QĐ-BTC", "155/2020/NĐ-CP"),
    # the same with other words and numbers: "công bố danh mục văn bản hướng dẫn thi hành"
    ('BỘ TƯ PHÁP\nSố: 812/QĐ-BTP\nHà Nội, ngày 15 tháng 5 năm 2024\nQUYẾT ĐỊNH\nVề việc công bố danh mục văn bản hướng dẫn thi hành Nghị định số 82/2020/NĐ-CP ngày 15 tháng 7 năm 2020 của Chính phủ\nBỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết một số điều của Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 và Nghị định số 98/2022/NĐ-CP ngày 29 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tư pháp;\nBộ trưởng ban hành Quyết định.\n', "812/QĐ-BTP", "82/2020/NĐ-CP"),
])
def test_a_decision_publishing_detailing_documents_does_not_guide(text, own, described):
    got = _dev4_rels(text)
    assert not {k for k in got if k[0] == own and k[2] == described and k[1] in ("GUIDES", "IMPLEMENTS")}


@pytest.mark.parametrize("text,edge", [
    # dev4 congbao nghi-dinh-so-74-2025-nd-cp-44712 (lines 30-36): the amended decree's scope article quoted under
    # "Sửa đổi, bổ sung Điều 1 như sau:": "Nghị định này quy định chi tiết … Luật Bảo hiểm y tế số A": the amended guides A
    ('CHÍNH PHỦ\nSố: 74/2025/NĐ-CP\nHà Nội, ngày 31 tháng 3 năm 2025\nNGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 70/2015/NĐ-CP ngày 01 tháng 9 năm 2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế đối với quân đội nhân dân\nChính phủ ban hành Nghị định.\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 70/2015/NĐ-CP ngày 01 tháng 9 năm 2015 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế đối với quân đội nhân dân\n1. Sửa đổi, bổ sung Điều 1 như sau:\n“Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 đối với các đối tượng quy định tại khoản 3 Điều 12 của Luật Bảo hiểm y tế.”\n', ("70/2015/NĐ-CP", "GUIDES", "25/2008/QH12")),
    # the same with other words and numbers: a circular's quoted scope article
    ('BỘ CÔNG THƯƠNG\nSố: 11/2024/TT-BCT\nHà Nội, ngày 20 tháng 6 năm 2024\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 42/2019/TT-BCT ngày 18 tháng 12 năm 2019 của Bộ trưởng Bộ Công Thương\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 42/2019/TT-BCT\n2. Sửa đổi Điều 1 như sau:\n“Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thi hành Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý cụm công nghiệp.”\n', ("42/2019/TT-BCT", "GUIDES", "68/2017/NĐ-CP")),
    # negative: "Nghị định này" in a circular amending a circular names no amended document
    ('BỘ CÔNG THƯƠNG\nSố: 12/2024/TT-BCT\nHà Nội, ngày 21 tháng 6 năm 2024\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 42/2019/TT-BCT ngày 18 tháng 12 năm 2019 của Bộ trưởng Bộ Công Thương\nBộ trưởng ban hành Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 42/2019/TT-BCT\n2. Sửa đổi Điều 1 như sau:\n“Điều 1. Phạm vi điều chỉnh\nNghị định này hướng dẫn thi hành Nghị định số 68/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ về quản lý cụm công nghiệp.”\n', None),
])
def test_a_quoted_scope_article_of_the_amended_document_is_the_amended_ones(text, edge):
    got = {k for k in _dev4_rels(text) if k[1] in ("GUIDES", "IMPLEMENTS")}
    assert got == ({edge} if edge else set())


def test_a_consolidated_texts_opening_is_its_originals_and_a_quoted_preamble_its_speakers():
    # dev4 congbao van-ban-hop-nhat-so-1676-vbhn-bldtbxh-39315 (lines 53, 76): "Thực hiện Quyết định số 90/QĐ-TTg" in the
    # consolidated text's preamble (the original's) and in the footnote quoting the amender's preamble (the amender's)
    got = _dev4_rels('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 1676/VBHN-BLĐTBXH\nHà Nội, ngày 12 tháng 5 năm 2023\nTHÔNG TƯ\nHướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế\nThông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế, có hiệu lực kể từ ngày 11 tháng 7 năm 2022, được sửa đổi, bổ sung bởi:\nThông tư số 02/2023/TT-BLĐTBXH ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH, có hiệu lực kể từ ngày 01 tháng 6 năm 2023.\nCăn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;\nThực hiện Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;\nTheo đề nghị của Chánh Văn phòng Quốc gia về giảm nghèo;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế.1\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một số nội dung.\n1 Thông tư số 02/2023/TT-BLĐTBXH ngày 12 tháng 4 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 có căn cứ ban hành như sau:\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;\nThực hiện Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/TT-BLĐTBXH.\n')
    assert {("09/2022/TT-BLĐTBXH", "IMPLEMENTS", "90/QĐ-TTg"), ("02/2023/TT-BLĐTBXH", "IMPLEMENTS", "90/QĐ-TTg")} <= set(got)
    assert ("1676/VBHN-BLĐTBXH", "IMPLEMENTS", "90/QĐ-TTg") not in got

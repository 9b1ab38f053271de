"""Status from evidence (issue 11): effect clauses, every status kind on real sentences, the four cases of the
bundled examples, and reversed edges reported as loader errors, never as a status.

The sentences are the laws' own (examples/state/…), except where a test says the form is the standard one of a
kind the bundled texts lack (suspension, a dated end of effect).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from vanban.errors import QueryError
from vanban.graph.store import Store
from vanban.loaders import extract, extract_text
from vanban.loaders.effect import read_effect
from vanban.loaders.models import OwnDocument
from vanban.queries.registry import run_query
from vanban.queries.status import classify, infer_scope, is_reversed, parse_at

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def own(code="12/2024/QĐ-TTg", date="2024-07-31"):
    return OwnDocument(id=code, code=code, type="Quyết định", date=date, issuer=None, title=None)


# ---------------------------------------------------------------- effect clauses (loaders/effect.py)
@pytest.mark.parametrize("text, effective, expires", [
    # examples/state/09: the decree's own article 4
    ("Điều 4. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 30 tháng 10 năm 2025.\n", "2025-10-30", None),
    # examples/state/12: effect and replacement in one sentence
    ("1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số "
     "63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ.\n", "2024-08-01", None),
    # examples/state/17: an end by condition has no date
    ("1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 02 năm 2021 và hết hiệu lực khi Luật Đất đai số "
     "45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14 được sửa đổi và có hiệu lực thi "
     "hành.\n", "2021-02-01", None),
    # Party regulations take effect when signed: the own date
    ("Quy định này có hiệu lực từ ngày ký ban hành và thay thế Quy định số 105-QĐ/TW.\n", "2024-07-31", None),
    ("Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký ban hành.\n", "2024-09-14", None),
    ("Nghị quyết này có hiệu lực từ ngày 01/01/2022 đến hết ngày 31/12/2023.\n", "2022-01-01", "2024-01-01"),
    ("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và hết hiệu lực kể từ ngày 31 tháng 12 "
     "năm 2025.\n", "2024-08-01", "2025-12-31"),
])
def test_effect_clauses_give_the_dates(text, effective, expires):
    e = read_effect(text, own())
    assert (e.effective, e.expires) == (effective, expires)
    assert e.evidence and e.line >= 1


@pytest.mark.parametrize("text", [
    # examples/state/11: the amended law's clause, quoted, is not the amending law's
    "“1. Luật này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024, trừ trường hợp quy định tại khoản 2.”.\n",
    # examples/state/15: another law ceases, not this one
    "2. Luật Năng lượng nguyên tử số 18/2008/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n",
    # a footnote of a consolidated text quotes the amending law
    "[11] Điều 31 của Luật số 35/2018/QH14 … có hiệu lực kể từ ngày 01 tháng 01 năm 2019 quy định như sau:\n",
    # a portal's annotation about a guiding decree
    "[Điều này được hướng dẫn bởi Chương II Nghị định 26/2021/NĐ-CP có hiệu lực từ ngày 25/3/2021]\n",
])
def test_what_other_documents_say_is_not_the_own_effect(text):
    assert read_effect(text, own()) == read_effect("", own())


def test_a_consolidated_text_has_no_effect_of_its_own():
    text = "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.\n"
    assert read_effect(text, own("07/VBHN-VPQH", "2020-07-15")).effective is None


def test_every_bundled_law_gets_its_effective_date(examples_store):
    with Store(examples_store, read_only=True) as s:
        got = dict(s.run("MATCH (d:Document) WHERE d.effective <> '' RETURN d.id, d.effective").rows)
    # read off each file's effect article
    assert got == {"247/2025/NĐ-CP": "2025-10-30", "50/2019/QH14": "2020-01-10", "43/2024/QH15": "2024-08-01",
                   "12/2024/QĐ-TTg": "2024-08-01", "62/2019/TT-BTC": "2019-10-21", "94/2025/QH15": "2026-01-01",
                   "132/2020/QH14": "2021-02-01", "18/2017/QH14": "2019-01-01"}


# ---------------------------------------------------------------- the status kinds
@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("examples") / "store"
    with Store(path) as s:
        report = s.load([str(EXAMPLES)], extract=extract)
        assert not report.failed
    return path


def status(store, ident, at=""):
    with Store(store, read_only=True) as s:
        return run_query(s, "status", {"id": ident, **({"at": at} if at else {})}).dicts()


def test_whole_repeal(examples_store):
    # 43/2024/QH15 line 9 rewrites khoản 2 Điều 251 of the Land Law 31/2024/QH15: "“2. Bãi bỏ Nghị quyết số
    # 132/2020/QH14 ngày 17 tháng 11 năm 2020 của Quốc hội … từ ngày 01 tháng 01 năm 2025.”" — the Land Law
    # repeals it, from the day the sentence gives
    rows = status(examples_store, "132/2020/QH14")
    assert rows[0]["status"] == "repealed"
    act = [r for r in rows if r["relation"] == "REPEALS"]
    assert [(r["source"], r["scope"], r["since"], r["line"]) for r in act] == [("31/2024/QH15", "", "2025-01-01", 9)]
    assert "132/2020/QH14" in act[0]["evidence"]
    # before that day it was in force, by its own clause (line 73)
    before = status(examples_store, "132/2020/QH14", at="2024-12-31")
    assert before[0]["status"] == "in force"
    assert [(r["relation"], r["since"], r["line"]) for r in before if r["relation"] == "EFFECTIVE"] == \
        [("EFFECTIVE", "2021-02-01", 73)]


def test_partial_repeal_is_not_a_repeal(examples_store):
    # 94/2025/QH15 line 220: "Bãi bỏ danh mục số thứ tự 25 tại Phụ lục II … kèm theo Luật Quy hoạch số 21/2017/QH14"
    rows = status(examples_store, "21/2017/QH14")
    assert {r["status"] for r in rows} == {"partly repealed"}
    (repeal,) = [r for r in rows if r["relation"] == "REPEALS"]
    assert (repeal["source"], repeal["since"]) == ("94/2025/QH15", "2026-01-01")
    assert repeal["scope"].startswith("danh mục số thứ tự 25 tại Phụ lục II")
    # the same sentence says which laws amended it
    assert {"15/2023/QH15", "57/2024/QH15"} <= {r["source"] for r in rows if r["relation"] == "AMENDS"}
    # before 94/2025/QH15 took effect, only the amendments count
    assert status(examples_store, "21/2017/QH14", at="2025-12-31")[0]["status"] == "amended"


def test_phrase_swap_is_an_amendment_not_a_replacement(examples_store):
    # 07/VBHN-VPQH line 148: "Thay thế cụm từ “doanh nghiệp nhà nước” bằng cụm từ “…” quy định tại điểm m
    # khoản 1 Điều 35 … của Luật Ngân sách nhà nước số 83/2015/QH13"
    # (quoting Điều 217 of the Enterprise Law 59/2020/QH14, the act's own document)
    rows = status(examples_store, "83/2015/QH13")
    assert [r["status"] for r in rows] == ["amended"]
    assert (rows[0]["source"], rows[0]["since"]) == ("59/2020/QH14", "2020-06-17")
    assert rows[0]["scope"].startswith("cụm từ") and "điểm m khoản 1 Điều 35" in rows[0]["scope"]
    assert rows[0]["relation"] in ("AMENDS", "REPLACES")


def test_replacement(examples_store):
    # 12/2024/QĐ-TTg line 56: "… có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số
    # 63/2015/QĐ-TTg"
    rows = status(examples_store, "63/2015/QĐ-TTg")
    assert {(r["status"], r["relation"], r["source"], r["since"], r["scope"]) for r in rows} == \
        {("replaced", "REPLACES", "12/2024/QĐ-TTg", "2024-08-01", "")}
    assert status(examples_store, "63/2015/QĐ-TTg", at="2024-07-31")[0]["status"] == "unknown"   # nothing said before


def test_effective_date_in_the_future(examples_store):
    # 94/2025/QH15 line 243: "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026."
    assert status(examples_store, "94/2025/QH15", at="2025-12-31")[0]["status"] == "not yet in force"
    rows = status(examples_store, "94/2025/QH15", at="2026-01-01")
    assert [(r["status"], r["relation"], r["since"], r["line"]) for r in rows] == \
        [("in force", "EFFECTIVE", "2026-01-01", 243)]


# The bundled texts have no suspension and no dated end of effect: these two use the standard forms of the
# kind ("Đình chỉ việc thi hành …" in a Prime Minister's decision; "… hết hiệu lực kể từ ngày …" in the own
# effect article), in a decision whose header is 12/2024/QĐ-TTg's.
DECISION = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/2024/QĐ-TTg
Hà Nội, ngày 31 tháng 7 năm 2024
QUYẾT ĐỊNH
Về chính sách hỗ trợ đào tạo nghề
Điều 1. Đình chỉ việc thi hành Nghị quyết số 25/2023/NQ-HĐND ngày 10 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Lào Cai.
Điều 2. Hiệu lực thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và hết hiệu lực kể từ ngày 31 tháng 12 năm 2025.
"""


@pytest.fixture(scope="module")
def decision_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("decision") / "store"
    with Store(path) as s:
        s.add_extraction(extract_text(DECISION, file="decision.txt"))
    return path


def test_suspension(decision_store):
    rows = status(decision_store, "25/2023/NQ-HĐND@Lào Cai", at="2024-09-01")
    assert [(r["status"], r["relation"], r["source"], r["since"], r["line"]) for r in rows] == \
        [("suspended", "SUSPENDS", "12/2024/QĐ-TTg", "2024-08-01", 7)]


def test_expired(decision_store):
    assert status(decision_store, "12/2024/QĐ-TTg", at="2025-12-30")[0]["status"] == "in force"
    rows = status(decision_store, "12/2024/QĐ-TTg", at="2025-12-31")
    assert [(r["status"], r["relation"], r["since"], r["line"]) for r in rows] == [("expired", "EXPIRES", "2025-12-31", 9)]
    assert status(decision_store, "12/2024/QĐ-TTg", at="2024-07-31")[0]["status"] == "not yet in force"


# ---------------------------------------------------------------- the four cases of issue 11
def test_a_reversed_edge_is_no_status_but_a_reported_loader_error(tmp_path):
    # extraction drops an act on a later document when the text dates or numbers both (a law of 2017 "amending" a
    # 2025 decree never reaches the store); what is left is an acting document whose date only another file gives:
    # a letter says "Nghị định số 12/NĐ-CP … sửa đổi … Nghị định số 301/2025/NĐ-CP" and decree 12/NĐ-CP's own file
    # dates it 2020.  The edge gives no status and the "reversed" query reports it.
    law = ("QUỐC HỘI\nLuật số: 18/2017/QH14\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLUẬT\n"
           "THỦY SẢN\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về hoạt động thủy sản.\nĐiều 2. Sửa đổi, bổ sung một "
           "số điều của Nghị định số 301/2025/NĐ-CP ngày 10 tháng 11 năm 2025 của Chính phủ.\n")
    assert not [r for r in extract_text(law).relations if r.target == "301/2025/NĐ-CP" and r.relation != "CITES"]
    (tmp_path / "letter.txt").write_text(
        "BỘ TÀI CHÍNH\nSố: 7/BTC-PC\nHà Nội, ngày 5 tháng 1 năm 2026\nV/v rà soát văn bản\nKính gửi: Các đơn vị\n"
        "Nghị định số 12/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 301/2025/NĐ-CP.\n",
        encoding="utf-8")
    (tmp_path / "decree.txt").write_text(
        "CHÍNH PHỦ\nSố: 12/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 3 tháng 2 "
        "năm 2020\nNGHỊ ĐỊNH\nQuy định về thủy sản\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về thủy sản.\n",
        encoding="utf-8")
    store = tmp_path / "store"
    with Store(store) as s:
        assert not s.load([str(tmp_path / "letter.txt"), str(tmp_path / "decree.txt")], extract=extract).failed
    rows = status(store, "301/2025/NĐ-CP")
    assert [(r["status"], r["relation"]) for r in rows] == [("unknown", None)]
    with Store(store, read_only=True) as s:
        reported = run_query(s, "reversed").dicts()
    assert {(r["source"], r["target"], r["stated_in"]) for r in reported} == {("12/NĐ-CP", "301/2025/NĐ-CP", "7/BTC-PC")}
    assert reported[0]["source_date"] == "2020-02-03"


def test_the_state_examples_passive_annotation_is_read_the_right_way_round(examples_store):
    # "… được hướng dẫn tại Nghị định 38/2024/NĐ-CP nay được sửa đổi Nghị định 301/2025/NĐ-CP": the 2025 decree
    # amends the 2024 one; the 2017 law amends nothing of it
    with Store(examples_store, read_only=True) as s:
        reported = run_query(s, "reversed").dicts()
    assert ("18/2017/QH14", "301/2025/NĐ-CP") not in {(r["stated_in"], r["target"]) for r in reported}


def test_nothing_said_is_unknown_not_in_force(examples_store):
    rows = status(examples_store, "105-QĐ/TW")
    assert [r["status"] for r in rows] == ["unknown"]
    assert rows[0]["evidence"].startswith("(not loaded (only cited), and no loaded text states an act on it")


# ---------------------------------------------------------------- the pieces
@pytest.mark.parametrize("relation, evidence, target, scope", [
    ("REPEALS", "Bãi bỏ khoản 3 Điều 5 của Quyết định số 40/2020/QĐ-TTg ngày 10 tháng 12 năm 2020.", "40/2020/QĐ-TTg",
     "khoản 3 Điều 5"),
    ("REPEALS", "Bãi bỏ Nghị quyết số 132/2020/QH14 ngày 17 tháng 11 năm 2020 của Quốc hội.", "132/2020/QH14", ""),
    ("REPEALS", "Luật Thủy sản số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.", "17/2003/QH11", ""),
    ("REPEALS", "Điều 5 của Luật số 17/2003/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.", "17/2003/QH11",
     "Điều 5"),
    ("REPLACES", "Quyết định này … thay thế Quyết định số 63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015.", "63/2015/QĐ-TTg", ""),
])
def test_the_scope_of_an_act_from_its_sentence(relation, evidence, target, scope):
    assert infer_scope(relation, evidence, target) == scope


@pytest.mark.parametrize("relation, scope, partial, gives", [
    ("REPEALS", "", False, "repealed"), ("REPEALS", "khoản 3 Điều 5", False, "partly repealed"),
    ("REPEALS", "", True, "partly repealed"), ("REPLACES", "", False, "replaced"),
    ("REPLACES", "cụm từ “a” bằng cụm từ “b”", False, "amended"), ("SUSPENDS", "", False, "suspended"),
    ("AMENDS", "", False, "amended"),
])
def test_what_each_act_gives(relation, scope, partial, gives):
    assert classify(relation, scope, partial) == gives


def test_dates_for_at():
    assert parse_at("2024-08-01") == parse_at("01/8/2024") == "2024-08-01"
    with pytest.raises(QueryError, match=r"at='tomorrow' is not a date; write it YYYY-MM-DD"):
        parse_at("tomorrow")
    assert is_reversed("2017-11-21", "", "18/2017/QH14", "301/2025/NĐ-CP")
    assert not is_reversed("2024-07-31", "2015-12-10") and not is_reversed("", "", "21-NQ/TW", "07-KH/TW")

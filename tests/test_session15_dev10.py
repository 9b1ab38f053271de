"""Rules read off dev10 (18 real texts annotated in session 15 and read the same session), each checked on the real
text it came from and on a text shaped as it, with a guard:

* a ministry's list of documents in force notes, under each row, the documents that acted on it ("- Hết hiệu lực một
  phần / - Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ một phần: / + Nghị định số Y … / + Thông tư số Z …"): Y and Z
  amend and repeal parts of the row's document (its number cell, "Nghị định / Số 57/2015/…"), over a page's foot and
  head, until the next row's number cell; the note's act is not the list's own;
* a web page's marks around a letter of a number's type code ("1616/Q*Đ*-TTg");
* an order to carry out a plan a decision approved ("thực thi phương án … đã được phê duyệt tại Quyết định số A"):
  the letter implements A; "Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số B": a task (planned)."""
from pathlib import Path

from vanban.loaders import extract, extract_text

TEXTS = Path(__file__).parent / "fixtures" / "real" / "texts"


def rels(x):
    return {(r.source, r.relation, r.target, r.partial) for r in x.relations if r.relation != "CITES"}


def test_a_lists_notes_name_what_acted_on_each_row():
    got = rels(extract(TEXTS / "congbao" / "quyet-dinh-so-225-qd-bldtbxh-41601.txt"))
    # lines 856-885: row 57/2015/TT-BLĐTBXH, its note and three documents
    for amender in ("143/2016/NĐ-CP", "18/2018/TT-BLĐTBXH", "08/2023/TT-BLĐTBXH"):
        assert (amender, "AMENDS", "57/2015/TT-BLĐTBXH", True) in got, amender
    # lines 148-161: the first document right after the note's colon; the list goes on over the page (lines 160-185)
    assert ("140/2018/NĐ-CP", "AMENDS", "31/2015/NĐ-CP", True) in got
    # the next row's document (line 189, "Nghị định / Số 113/2015/NĐ-CP") is no amender of the row before
    assert not any(s == "113/2015/NĐ-CP" for s, _, _, _ in got)
    # the list's own decision amends nothing it lists
    assert not any(s == "225/QĐ-BLĐTBXH" and r == "AMENDS" and t == "140/2018/NĐ-CP" for s, r, t, _ in got)


def test_a_note_shaped_text():
    text = ("QUYẾT ĐỊNH\nSố: 225/QĐ-BLĐTBXH\nDanh mục văn bản còn hiệu lực\n"
            "3\nNghị định\nSố 31/2015/NĐ-CP\nngày 24/3/2015\nQuy định chi tiết thi hành Luật Việc làm\n15/5/2015\n"
            "- Hết hiệu lực một phần\n- Văn bản bãi bỏ một phần:\n+ Nghị định số 140/2018/NĐ-CP ngày 08/10/2018 của "
            "Chính phủ.\n4\nNghị định\nSố 113/2015/NĐ-CP\nngày 09/10/2015\nQuy định phụ cấp đặc thù\n01/01/2016\n")
    got = rels(extract_text(text))
    assert ("140/2018/NĐ-CP", "REPEALS", "31/2015/NĐ-CP", True) in got
    assert not any(t == "113/2015/NĐ-CP" and r in ("AMENDS", "REPEALS") for _, r, t, _ in got)


def test_marks_around_a_letter_of_a_type_code():
    x = extract(TEXTS / "tvpl" / "7f6efa59099bb33b.md")
    assert "1616/QĐ-TTg" in {m.code for m in x.mentions}
    x = extract_text("theo Quyết định 1616/Q*Đ*-TTg ngày 28/7/2025 của Thủ tướng Chính phủ")
    assert [m.code for m in x.mentions if m.code] == ["1616/QĐ-TTg"]


def test_carrying_out_a_plan_a_decision_approved():
    got = rels(extract(TEXTS / "tvpl" / "7f6efa59099bb33b.md"))
    assert {("6278/BVHTTDL-VP", "IMPLEMENTS", "1015/QĐ-TTg", False),
            ("6278/BVHTTDL-VP", "IMPLEMENTS", "498/QĐ-TTg", False)} <= got
    x = extract(TEXTS / "tvpl" / "7f6efa59099bb33b.md")
    assert all(r.planned for r in x.relations if r.target == "113/2013/NĐ-CP" and r.relation == "AMENDS")
    # guard: a decision cited for what it provides is not carried out ("thực hiện theo quy định tại Quyết định")
    x = extract_text("BỘ VĂN HÓA\nSố: 6278/BVHTTDL-VP\nV/v triển khai\nCác đơn vị thực hiện thủ tục theo quy định tại "
                     "Quyết định số 1015/QĐ-TTg của Thủ tướng Chính phủ.\n")
    assert not any(r == "IMPLEMENTS" and t == "1015/QĐ-TTg" for _, r, t, _ in rels(x))

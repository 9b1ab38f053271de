"""A licence ("Giấy phép khai thác khoáng sản số 137/GP-UBND") is an act the state grants, not one of the documents
Nghị định 30/2020/NĐ-CP lists: its number is no reference (a table of mining licences repeats "16/GP-UBND" for three
licences of three dates)."""
from vanban.loaders import extract_text
from vanban.loaders.find import find_mentions
from vanban.loaders.segment import segment


def codes(text):
    return [f.code for f in find_mentions(segment(text)) if f.code]


def test_a_licence_number_is_no_document():
    # dev5 tvpl 76415b3ed5295e94 (the annex's "Số giấy phép" column, lines 148-957)
    assert codes("Công ty TNHH Đại Phát Đạt 110/GP-UBND 13/11/2020 và Giấy phép số 711/GP-TNMT- QLTN") == []


def test_a_decision_in_the_same_table_is_one():
    assert codes("Mỏ đá 16/GP-UBND 02/4/2025; Quyết định số 1762/QĐ-UBND ngày 20/06/2025") == ["1762/QĐ-UBND"]


def test_a_document_revoking_a_licence_still_cites_its_own_references():
    x = extract_text("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/QĐ-UBND\nĐà Lạt, ngày 5 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
                     "Thu hồi Giấy phép khai thác khoáng sản số 16/GP-UBND\nCăn cứ Luật Địa chất và khoáng sản số "
                     "54/2024/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi Giấy phép số 16/GP-UBND ngày 2 tháng 4 năm 2025.\n")
    assert {m.code for m in x.mentions} == {"12/QĐ-UBND", "54/2024/QH15"}

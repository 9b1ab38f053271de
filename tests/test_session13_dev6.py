"""Rules read off dev6's misses (session 13, read the day it was annotated):

* a second predicate of a cited document's description, after "và", is that document's act too: "Thông tư số A của Bộ
  Tài chính quy định chi tiết một số điều của Luật Thuế giá trị gia tăng và hướng dẫn thực hiện Nghị định số B" (A
  guides B; B is no base of the letter that cites A);
* "thực hiện" after "tình hình", "kết quả", "quá trình", "đánh giá" is the matter of a report or a task, not an act of
  the document named before it ("Thông báo số A … về tình hình thực hiện Nghị quyết số B");
* a company's letter number with dots in its issuer part ("14/2025/CV-E.K.LM") is read whole."""
import pytest

from vanban.loaders import extract_text

_LETTER = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5706/CT-CS\nV/v chính sách thuế\nHà Nội, ngày 03 tháng 12 năm 2025\n"
           "Kính gửi: Công ty cổ phần E.K.LM.\n")


def rels(text):
    x = extract_text(text)
    return x, {(r.source, r.relation, r.target) for r in x.relations if r.relation != "CITES"}


def test_a_second_predicate_of_a_cited_documents_description():
    # dev6 tvpl f846e834d5142787 (lines 78-81)
    x, got = rels(_LETTER + "Căn cứ Điều 4 Thông tư số 69/2025/TT-BTC của Bộ Tài chính quy định chi tiết một số điều "
                  "của Luật Thuế giá trị gia tăng và hướng dẫn thực hiện Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của "
                  "Chính phủ quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng.\n")
    assert ("69/2025/TT-BTC", "GUIDES", "181/2025/NĐ-CP") in got
    assert (x.document.id, "BASED_ON", "69/2025/TT-BTC") in got
    assert (x.document.id, "BASED_ON", "181/2025/NĐ-CP") not in got


def test_a_first_predicate_that_is_no_guide_makes_no_second():
    # fresh4 tvpl d2ab0055765c27e8 line 221: "… quy định một số nội dung chi, mức chi xây dựng văn bản triển khai thi
    # hành Luật Thủ đô số 39/2024/QH15": the spending rules do not carry out the law
    _, got = rels(_LETTER + "Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 của Hội "
                  "đồng nhân dân thành phố Hà Nội quy định một số nội dung chi, mức chi xây dựng văn bản triển khai thi "
                  "hành Luật Thủ đô số 39/2024/QH15.\n")
    assert not any(r == "IMPLEMENTS" for _, r, _ in got)


@pytest.mark.parametrize("line", [
    # dev6 tvpl 91035abb77ae0a1b (lines 75-77)
    "Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng "
    "Quốc hội về tình hình thực hiện Nghị quyết số 66/2013/QH13 ngày 29/11/2013 của Quốc hội.",
    # unannotated tvpl a8b680520cc297f0 (lines 80-83): the ministries carry it out, not the report
    "Các Bộ nghiên cứu các nội dung, giải pháp tại Báo cáo số 621/BC-BTC ngày 11 tháng 11 năm 2025 của Bộ Tài chính "
    "nêu trên trong quá trình triển khai thực hiện Nghị quyết số 66/2013/QH13 ngày 29/11/2013 của Quốc hội.",
])
def test_implementation_as_the_matter_of_a_report_or_task(line):
    _, got = rels(_LETTER + line + "\n")
    assert not any(r == "IMPLEMENTS" and t == "66/2013/QH13" for _, r, t in got)


def test_a_company_letter_number_with_dots_in_its_issuer():
    # dev6 tvpl f846e834d5142787 lines 66-67
    x = extract_text(_LETTER + "Cục Thuế nhận được văn bản số 14/2025/CV-E.K.LM ngày 12/8/2025 của Công ty.\n")
    assert "14/2025/CV-E.K.LM" in {m.id for m in x.mentions}

"""Rules read off dev16 (session 18, eight gazette texts annotated from reading by one more reader), each checked on
the real text it came from and on a text made in that shape, with a guard that keeps what the rule must not take:

* a gazette text's annexes, printed after the signature, number their footnotes from 1 again ("Phụ lục I1"); a
  marker may stand apart after a phrase in capitals it marks ("SGDCKHN/SGDCKTP.HCM 24 đã nhận …"); a footnote cut
  inside its sentence goes on at the next page's foot, in lower case to a stop, though that page has no footnote;
* "Nghị quyết số A, ngày … của Chính phủ ban hành Chương trình hành động … thực hiện Nghị quyết số B": a comma
  before the date keeps A's programme;
* "Kế hoạch số A … về hành động chiến lược triển khai Nghị quyết số B": a programme's subject carrying B out;
* a title "… Chương trình hành động … thực hiện Nghị quyết Đại hội … của Đảng và Kết luận số B": the document
  carries out B (the Congress resolution has no number);
* an annex's "Thực hiện Nghị quyết số A" is a row of a table of tasks, not the document's own order."""
from real_texts import TEXTS, rels

from vanban.loaders import extract, extract_text
from vanban.loaders.clean import clean
from vanban.loaders.layout import layout

_HEAD = "CÔNG BÁO/Số 290/Ngày 29-05-2026 \n{n}\n \n"
_VBHN = ("BỘ TÀI CHÍNH\nSố: 11/VBHN-BTC\nHà Nội, ngày 22 tháng 4 năm 2026\nTHÔNG TƯ\nHướng dẫn giám sát\n"
         "Thông tư số 06/2022/TT-BTC ngày 08 tháng 02 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn giám sát, được sửa "
         "đổi, bổ sung bởi:\nThông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính.\n"
         "Điều 1. Phạm vi\nNội dung thứ nhất của điều này2.\nNội dung thứ hai của điều này.\n \n"
         "2 Khoản này được sửa đổi theo quy định tại Điều 2 của Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025.\n"
         + _HEAD.format(n=2) + "Điều 2. Hiệu lực\nThông tư này có hiệu lực từ ngày ký.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n"
         "Nguyễn Văn A\n \n" + _HEAD.format(n=3)
         + "Phụ lục I1 \nBÁO CÁO ĐỊNH KỲ THÁNG\n(Kèm theo Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025)\n"
         "Cột 1: thể hiện số hồ sơ đã nhận trong kỳ báo cáo\n \n"
         "1 Phụ lục này được thay thế bằng Phụ lục III theo quy định tại khoản 4 Điều 20 của Thông tư số "
         "138/2025/TT-BTC ngày 30 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính\n"
         + _HEAD.format(n=4) + "Cột 2: thể hiện số hồ sơ đã giải quyết\nCột 3: thể hiện số hồ sơ còn lại\n \n"
         "sửa đổi, bổ sung một số điều của Thông tư 95/2020/TT-BTC ngày 16 tháng 11 năm 2020, có hiệu lực kể từ ngày 01 "
         "tháng 03 năm 2026.\n" + _HEAD.format(n=5)
         + "Cột 4: thể hiện số hồ sơ của SGDCKHN/SGDCKTP.HCM 2 đã nhận\n \n2 Cụm từ “SGDCKHCM” được thay thế bằng "
         "cụm từ “SGDCKTP.HCM” theo quy định tại khoản 3 Điều 20 của Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 "
         "năm 2025.\n" + _HEAD.format(n=6))


def _in_notes(text: str, phrase: str) -> bool:
    at = text.index(phrase)
    zones, _ = layout(text).notes
    return any(a <= at < b for a, b in zones)


def test_an_annexs_own_footnotes_and_a_footnote_going_on_at_a_pages_foot():
    # dev16 congbao van-ban-hop-nhat-so-11-vbhn-btc: the body's footnotes run to 42 (line 891), the annexes' from 1
    # ("Phụ lục I1", line 905; footnote at line 967); footnote 4 (line 5755) goes on at page 78's foot (line 5884);
    # markers 24, 25 set apart after "SGDCKHN/SGDCKTP.HCM" (lines 6655, 6673)
    x = extract(TEXTS / "congbao" / "van-ban-hop-nhat-so-11-vbhn-btc-469541.txt")
    got = rels(x)
    assert ("06/2022/TT-BTC", "AMENDS", "95/2020/TT-BTC") not in got
    assert not [r for r in x.relations if r.source.startswith("IMPLICIT:")]
    assert ("138/2025/TT-BTC", "AMENDS", "06/2022/TT-BTC") in got
    text = clean(_VBHN)
    assert _in_notes(text, "1 Phụ lục này được thay thế")
    assert _in_notes(text, "sửa đổi, bổ sung một số điều của Thông tư 95/2020")
    assert _in_notes(text, "2 Cụm từ “SGDCKHCM”")
    made = rels(extract_text(_VBHN))
    assert ("06/2022/TT-BTC", "AMENDS", "95/2020/TT-BTC") not in made
    # guard: the body's footnote and the annex's table stay what they were
    assert _in_notes(text, "2 Khoản này được sửa đổi")
    assert not _in_notes(text, "Cột 2: thể hiện số hồ sơ đã giải quyết")
    assert not _in_notes(text, "Điều 2. Hiệu lực")


def test_a_programme_issued_with_a_comma_before_its_date_and_a_plans_subject():
    # dev16 congbao nghi-quyet-so-109-nq-cp lines 4466-4470 and 4847-4850
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-109-nq-cp-469403.txt"))
    assert ("153/NQ-CP", "IMPLEMENTS", "59-NQ/TW") in got
    assert ("01-KH/BCĐTW", "IMPLEMENTS", "57-NQ/TW") in got
    made = rels(extract_text(
        "Số: 20/NQ-CP\nNGHỊ QUYẾT\nVề việc\nĐiều 1. Nhiệm vụ\n"
        "1. Thực hiện theo Nghị quyết số 153/NQ-CP, ngày 31/5/2025 của Chính phủ ban hành Chương trình hành động của "
        "Chính phủ thực hiện Nghị quyết số 59-NQ/TW, ngày 24/01/2025 của Bộ Chính trị.\n"
        "2. Thực hiện theo Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, "
        "công nghệ và chuyển đổi số về hành động chiến lược triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024.\n"
        "3. Báo cáo theo Kế hoạch số 02-KH/BCĐTW ngày 02/6/2025 của Ban Chỉ đạo về kết quả thực hiện Nghị quyết số "
        "58-NQ/TW ngày 22/12/2024.\n"))
    assert ("153/NQ-CP", "IMPLEMENTS", "59-NQ/TW") in made
    assert ("01-KH/BCĐTW", "IMPLEMENTS", "57-NQ/TW") in made
    # guard: a plan on the results of carrying B out reviews it, it does not carry it out
    assert ("02-KH/BCĐTW", "IMPLEMENTS", "58-NQ/TW") not in made


def test_a_title_carrying_out_an_unnumbered_congress_resolution_and_a_conclusion():
    # dev16 congbao nghi-quyet-so-109-nq-cp lines 14-17
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-109-nq-cp-469403.txt"))
    assert ("109/NQ-CP", "IMPLEMENTS", "18-KL/TW") in got
    made = rels(extract_text(
        "CHÍNH PHỦ\nSố: 30/NQ-CP\nHà Nội, ngày 16 tháng 4 năm 2026\nNGHỊ QUYẾT\nBan hành Chương trình hành động của "
        "Chính phủ thực hiện\nNghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kết luận\nsố 18-KL/TW của "
        "Trung ương về Kế hoạch phát triển kinh tế - xã hội\n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 "
        "năm 2025;\nCăn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc "
        "của Chính phủ và Nghị định số 40/2022/NĐ-CP;\n"))
    assert ("30/NQ-CP", "IMPLEMENTS", "18-KL/TW") in made
    # guard: a base's description ("ban hành Quy chế …") and "và" after it give no act of the document
    assert ("30/NQ-CP", "IMPLEMENTS", "40/2022/NĐ-CP") not in made


def test_an_annexs_table_of_tasks_is_no_order_of_the_document():
    # dev16 congbao nghi-quyet-so-109-nq-cp lines 4410-4425, 4906-4914 (Phụ lục IV, tasks 32 and 70)
    got = rels(extract(TEXTS / "congbao" / "nghi-quyet-so-109-nq-cp-469403.txt"))
    assert ("109/NQ-CP", "IMPLEMENTS", "140/NQ-CP") not in got
    assert ("109/NQ-CP", "IMPLEMENTS", "281/NQ-CP") not in got
    assert ("140/NQ-CP", "IMPLEMENTS", "66-NQ/TW") in got      # (the row's own programme stays)
    made = rels(extract_text(
        "Số: 40/NQ-CP\nNGHỊ QUYẾT\nVề việc\nĐiều 1. Các bộ tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
        "của Bộ Chính trị.\nĐiều 2. Hiệu lực\nNghị quyết này có hiệu lực từ ngày ký.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
        "Nguyễn Văn A\nPhụ lục IV\nDANH MỤC NHIỆM VỤ\n(Kèm theo Nghị quyết số 40/NQ-CP ngày 16 tháng 4 năm 2026)\n"
        "70 Thực hiện Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ Bộ Tư pháp Các bộ, ngành 2026\n"))
    assert ("40/NQ-CP", "IMPLEMENTS", "140/NQ-CP") not in made
    # guard: the body's order is the document's own
    assert ("40/NQ-CP", "IMPLEMENTS", "57-NQ/TW") in made

"""A rule read off fresh25's misses (session 40, scored blind, then read): a preamble's "Trên cơ sở" item that lists
its documents after a colon ("Trên cơ sở các Quyết định của Bộ trưởng …: số A …; số B …") names a basis in each, as a
"Căn cứ" item so written does; a single document after "Trên cơ sở" stays the one basis."""
from real_texts import TEXTS, rels

from vanban.loaders import extract, extract_text

QD_1215 = TEXTS / "sct" / "Trangsct-skill-sct__QD-1215-QD-BNN-TCCB-02-6-2014-quy-che-BCD-REDD.txt"
HEAD = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 1215/QĐ-BNN-TCCB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 02 tháng 6 năm 2014\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\n"
        "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nCăn cứ Nghị định số 199/2013/NĐ-CP ngày 26/11/2013;\n")
TAIL = "Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n"


def test_a_listed_basis_item_bases_the_text_on_each():
    assert {("1215/QĐ-BNN-TCCB", "BASED_ON", "1724/QĐ-BNN-HTQT"),
            ("1215/QĐ-BNN-TCCB", "BASED_ON", "2226/QĐ-BNN-TCCB")} <= rels(extract(QD_1215))
    listed = ("Trên cơ sở các Quyết định của Bộ trưởng: số 1724/QĐ-BNN-HTQT ngày 29/7/2013 về phê duyệt Văn kiện; "
              "số 2226/QĐ-BNN-TCCB ngày 30/9/2013 về thành lập Ban chỉ đạo;\n")
    based = {r[2] for r in rels(extract_text(HEAD + listed + TAIL)) if r[1] == "BASED_ON"}
    assert based == {"199/2013/NĐ-CP", "1724/QĐ-BNN-HTQT", "2226/QĐ-BNN-TCCB"}
    # in the body, such a sentence is no basis of the text (the rule reads the preamble only)
    body = ("Điều 2. Trên cơ sở các Quyết định của Bộ trưởng: số 1724/QĐ-BNN-HTQT ngày 29/7/2013; số 2226/QĐ-BNN-TCCB "
            "ngày 30/9/2013, Ban chỉ đạo xây dựng kế hoạch.\n")
    based = {r[2] for r in rels(extract_text(HEAD + TAIL + body)) if r[1] == "BASED_ON"}
    assert based == {"199/2013/NĐ-CP"}

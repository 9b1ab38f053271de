"""Session 43: a web page's header whose letters are spaced out, and an act on the parts of documents listed after
"tại các <kind>:" (CongBot pages of a legal website; the texts below are made, in their layout)."""
from __future__ import annotations

from vanban.loaders import extract_text

SPACED_HEADER = ("| ỦY B AN NHÂN D Â N T ỈNH KHÁNH H ÒA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                 "Độc lập - Tự do - Hạnh phúc --------------- |\n" + """|---|---|
| Số: 1875/QĐ - U B ND | N ha T rang, ngày 14 tháng 9 năm 2016 |

QUYẾT ĐỊNH

VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN THÔNG TƯ SỐ 07/2015/TT-BLĐTBXH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA

Căn cứ Thông tư số 07/2015/TT-BLĐTBXH ngày 25 tháng 2 năm 2015 của Bộ Lao động - Thương binh và Xã hội;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.
""")


def test_spaced_issuer_code_and_place_read_whole():
    doc = extract_text(SPACED_HEADER, file="spaced.md").document
    assert doc.code == "1875/QĐ-UBND"
    assert doc.date == "2016-09-14"


def test_spaced_header_document_is_the_one_acting():
    ex = extract_text(SPACED_HEADER, file="spaced.md")
    assert {(r.source.split("@")[0], r.relation, r.target) for r in ex.relations} >= {
        ("1875/QĐ-UBND", "BASED_ON", "07/2015/TT-BLĐTBXH")}


def test_letters_after_a_number_join_only_into_a_known_code():
    # "Số: 12/QĐ-C T T" would read "CTT", no issuer code: the number stays as read
    text = SPACED_HEADER.replace("Số: 1875/QĐ - U B ND", "Số: 1875/QĐ-SGD X D")
    doc = extract_text(text, file="spaced.md").document
    assert doc.code != "1875/QĐ-SGDXD"


HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 902/QĐ-UBND
Quảng Bình, ngày 11 tháng 5 năm 2023

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

"""


def _acts(body: str):
    ex = extract_text(HEAD + body + "\n", file="list.txt")
    return {(r.relation, r.target.split("@")[0], r.partial) for r in ex.relations if r.relation != "BASED_ON"}


def test_part_replaced_in_each_document_listed_after_a_colon():
    acts = _acts("Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Danh mục thủ tục hành chính lĩnh vực "
                 "giáo dục đã được công bố tại các Quyết định: Số 120/QĐ-UBND ngày 12/01/2020, số 455/QĐ-UBND ngày "
                 "03/3/2021, số 77/QĐ-UBND ngày 09/01/2022.")
    assert acts == {("AMENDS", "120/QĐ-UBND", True), ("AMENDS", "455/QĐ-UBND", True), ("AMENDS", "77/QĐ-UBND", True)}


def test_documents_named_by_kind_only_are_not_acted_on():
    # "… và sửa đổi một số điều tại các Thông tư về thuế": no document numbered, none named
    acts = _acts("Điều 2. Thực hiện theo Nghị định số 100/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định "
                 "chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng và sửa đổi một số "
                 "điều tại các Thông tư về thuế.")
    assert not {a for a in acts if a[0] == "AMENDS" and not a[1][:1].isdigit()}

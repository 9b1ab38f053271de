"""Session 43: a document an OCR engine or a dataset stored as JSON (tuyendb/OCR_VBPL's output, gold fresh41: headings
as keys, each paragraph a string after its line count) is read as its strings, one per line.  Made files in that
shape."""
from __future__ import annotations

import json

import pytest

from vanban.errors import InputError
from vanban.loaders import extract_read
from vanban.loaders.formats import json_text, read_document, sniff

DOC = {
    "Number": "Số: 28/2021/NĐ-CP Hà Nội, ngày 26 tháng 3 năm 2021 ",
    "CHÍNH PHỦ ": [394, "Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19 tháng 6 năm 2015; ",
                   "Căn cứ Nghị định số 35/2021/NĐ-CP ngày 29 tháng 3 năm 2021 của Chính phủ; "],
    "Topic": {"Name": "NGHỊ ĐỊNH Quy định cơ chế quản lý tài chính dự án ", "Description": [None]},
    "Điều 1. Phạm vi điều chỉnh ": [382, "Nghị định này thay thế Nghị định số 63/2018/NĐ-CP ngày 04 tháng 5 năm 2018. "],
}


def test_strings_one_per_line_heading_keys_before_their_values():
    lines = json_text(json.dumps(DOC, ensure_ascii=False)).split("\n")
    assert lines[0] == "Số: 28/2021/NĐ-CP Hà Nội, ngày 26 tháng 3 năm 2021"
    assert lines[1] == "CHÍNH PHỦ"                       # a heading key, before its strings
    assert "Number" not in lines and "Topic" not in lines and "394" not in lines   # field names, counts
    assert lines.index("Điều 1. Phạm vi điều chỉnh") + 1 == lines.index(
        "Nghị định này thay thế Nghị định số 63/2018/NĐ-CP ngày 04 tháng 5 năm 2018.")


@pytest.mark.parametrize("indent", [None, 4])             # minified on one line, or pretty-printed
def test_json_document_is_extracted_as_its_text(tmp_path, indent):
    p = tmp_path / "1.json"
    p.write_text(json.dumps(DOC, ensure_ascii=not indent, indent=indent), encoding="utf-8")
    read = read_document(p)
    assert read.format == "json"
    ex = extract_read(read)
    assert ex.document.code == "28/2021/NĐ-CP"
    rels = {(r.relation, r.target) for r in ex.relations if r.source == "28/2021/NĐ-CP"}
    assert ("BASED_ON", "76/2015/QH13") in rels and ("REPLACES", "63/2018/NĐ-CP") in rels


def test_a_json_name_on_plain_text_is_read_as_text(tmp_path):
    p = tmp_path / "notes.json"
    p.write_text("{ghi chú}\nSố: 12/2020/TT-BTC", encoding="utf-8")     # opens like JSON, does not parse
    assert sniff(p.read_bytes(), p.name) == "json"
    assert read_document(p).text == "{ghi chú}\nSố: 12/2020/TT-BTC"


def test_json_nested_past_the_limit_is_refused_naming_the_file(tmp_path):
    p = tmp_path / "deep.json"
    p.write_text("[" * 200000 + "]" * 200000, encoding="utf-8")
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "deep.json" in str(e.value) and "too deep" in str(e.value)


def test_other_names_and_texts_are_no_json():
    assert sniff(b'{"a": 1}', "a.txt") == "txt"
    assert sniff(b"Quyet dinh", "a.json") == "txt"

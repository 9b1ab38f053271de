"""graph/bulk.py: a batch's rows packed into one string — every value stored exactly, whatever it holds.

The store writes the rows it can pack as one string and the others by UNWIND of dicts (the plain way); both paths
must give back exactly the values given: empty strings and lists, quotes, commas, newlines, the control characters
the packing itself uses.
"""
from __future__ import annotations

import pytest

from vanban.graph import bulk
from vanban.graph.build import FileFacts, canonical_hash, graph_from_facts
from vanban.graph.store import Store

# (value, type, can it be packed?)
CELLS = [
    ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "STRING", True),
    ("", "STRING", True),
    ("dấu \"ngoặc\", phẩy; xuống\ndòng\t\\", "STRING", True),
    ("a\x1fb", "STRING", False),          # the field separator
    ("a\x1eb", "STRING", False),          # the row separator
    ("\x1a", "STRING", False),            # the empty-string mark
    ("đ\x1c", "STRING", False),           # the other control characters of the range are refused too
    (None, "STRING", False),
    ("21-NQ/TW", "KEY", True),
    ("", "KEY", False),                   # a key is looked up as given: an empty one goes the plain way
    (["/corpus/a.txt", "/corpus/b, c.txt"], "STRING[]", True),
    ([], "STRING[]", True),
    ([""], "STRING[]", False),
    (["a\x1db"], "STRING[]", False),      # the list-item separator
    (0, "INT64", True),
    (-1, "INT64", True),
    (2**40, "INT64", True),
    (True, "INT64", False),
    (None, "INT64", False),
    (False, "BOOLEAN", True),
    (None, "BOOLEAN", False),
]


@pytest.mark.parametrize("value, typ, ok", CELLS)
def test_a_row_that_cannot_be_packed_is_given_back(value, typ, ok):
    rows = [("x", value), ("y", value)]
    packed, left = bulk.pack(rows, ("KEY", typ))
    assert left == ([] if ok else list(range(len(rows))))
    assert bool(packed) == ok


def test_only_the_rows_that_cannot_be_packed_are_given_back():
    rows = [("a", "tốt"), ("b", "x\x1fy"), ("c", ""), ("", "khóa rỗng")]
    packed, left = bulk.pack(rows, ("KEY", "STRING"))
    assert left == [1, 3]
    assert packed.split(bulk.RS) == ["a" + bulk.US + "tốt", "c" + bulk.US + bulk.EMPTY]


# Evidence sentences a real text could hold, with the characters the packing uses among them.
EVIDENCE = ["Căn cứ Nghị định số 15/2020/NĐ-CP;", "", "  khoảng trắng ở hai đầu  ", "dòng một\ndòng hai\r\n",
            "ngoặc \"kép\" và 'đơn', [vuông] {nhọn} \\ gạch", "trang\x0cmới", "tách\x1ftrường", "tách\x1ehàng",
            "\x1a", "mục\x1ddanh sách", "NULL", "\\N"]


def facts_with(path: str, doc: str, title: str, evidence=EVIDENCE) -> FileFacts:
    facts = FileFacts(path, doc)
    vote = facts.vote("Document", doc)
    vote["loaded"] = True
    vote["own"] = {"code": doc, "title": title, "date": "2020-02-03"}
    for k, ev in enumerate(evidence):
        target = f"{k + 1}/2019/NĐ-CP"
        facts.vote("Document", target)["seen"] = {"title": [ev]} if ev else {}
        facts.add_edge("CITES", doc, target, evidence=ev, line=k, start=k * 10, end=k * 10 + len(ev),
                       rule="number:state_year", scope=ev[:5], partial=bool(k % 2), page=k)
    facts.add_edge("ISSUED_BY", doc, "Chính\x1fphủ", rule="header")      # a node id the packing cannot carry
    facts.add_edge("MENTIONS", doc, "Hà Nội", evidence="", rule="gazetteer")
    return facts


def test_every_value_comes_back_exactly(tmp_path):
    one = facts_with(str(tmp_path / "a, [1].txt"), "1/2020/NĐ-CP", "tiêu đề\x1fcó dấu tách")
    two = facts_with(str(tmp_path / "b.txt"), "2/2020/NĐ-CP", "", evidence=list(reversed(EVIDENCE)))
    with Store(tmp_path / "s") as s:
        s.apply(one, "sha-a")
        s.apply(two, "sha-b")        # votes for the same targets: their properties are set again, not created
        G = s.to_networkx()
    assert canonical_hash(G) == canonical_hash(graph_from_facts([one, two]))
    got = sorted(a["evidence"] for u, v, a in G.edges(data=True) if a["type"] == "CITES" and u.endswith("1/2020/NĐ-CP"))
    assert got == sorted(EVIDENCE)
    assert G.nodes["Document:1/2020/NĐ-CP"]["title"] == "tiêu đề\x1fcó dấu tách"
    assert "Body:Chính\x1fphủ" in G


def test_many_rows_take_the_packed_path_and_match_the_plain_one(tmp_path, monkeypatch):
    """The same facts written packed and written the plain way (nothing packable) give the same store."""
    facts = [facts_with(str(tmp_path / f"f{i}.txt"), f"{i}/2021/NĐ-CP", f"văn bản {i}",
                        evidence=[f"câu {i}.{k}" for k in range(30)] + EVIDENCE) for i in range(20)]
    hashes = []
    for mode in ("packed", "plain"):
        if mode == "plain":
            monkeypatch.setattr(bulk, "pack", lambda rows, types: ("", list(range(len(rows)))))
        with Store(tmp_path / mode) as s:
            s._apply_batch([(f.source_file, "sha", f) for f in facts])
            hashes.append(canonical_hash(s.to_networkx()))
    assert hashes[0] == hashes[1] == canonical_hash(graph_from_facts(facts))

"""The command line: help on every command, exact output and errors, and what issue 3 says it must show.

The "must show" tests load the bundled examples with the real extractor; their expected answers come from
the gold (tests/fixtures/seed_gold.json, state_gold.json) and the texts.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.graph.build import canonical_hash
from vanban.graph.exporters import read_graphml, read_json
from vanban.graph.store import Store

from test_build import ID_98_2004, ID_98_LCCB, SEED, seed_extraction, state_extraction

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args, ok=True):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    with Store(path) as s:
        s.add_extraction(seed_extraction())
        s.add_extraction(state_extraction())
    return path


# ---------------------------------------------------------------- help
def test_every_command_has_help_with_an_example():
    for name in main.commands:
        long, short = run(name, "--help"), run(name, "-h")
        assert long.stdout == short.stdout
        assert "Example:" in long.stdout and f"vanban {name}" in long.stdout, name


def test_the_core_commands_are_there():
    assert {"load", "query", "queries", "cypher", "show", "stats", "export"} <= set(main.commands)


# ---------------------------------------------------------------- exact output on the hand-made store
def test_query_csv_is_exact(hand):
    out = run("query", "chain", "-p", "id=21-HD/BTCTW", "--format", "csv", "--store", hand).stdout
    evidence = ("Nâng cao hiệu quả thực hiện Quy định số 41-QĐ/TW về miễn nhiệm, từ chức, Bộ Chính trị đã ban hành "
                "Thông báo kết luận số 20-TB/TW, ngày 08/9/2022 về chủ trương bố trí công tác đối với cán bộ thuộc "
                "diện Bộ Chính trị, Ban Bí thư quản lý sau khi bị xử lý kỷ luật; Ban Tổ chức Trung ương ban hành "
                "Hướng dẫn số 21-HD/BTCTW, ngày 20/9/2022 để thực hiện Thông báo kết luận số 20-TB/TW; đến nay")
    assert out == (
        "depth,id,relation,implements,type,date,planned,stated_in,line,evidence\n"
        f'1,21-HD/BTCTW,IMPLEMENTS,20-TB/TW,Thông báo,2022-09-08,false,188-BC/BTCTW,119,"{evidence}"\n'
        f'2,20-TB/TW,IMPLEMENTS,41-QĐ/TW,Quy định,,false,188-BC/BTCTW,119,"{evidence}"\n')


def test_query_table_is_exact(hand):
    out = run("query", "mentioning", "-p", "locality=Cần Thơ", "--store", hand).stdout
    assert out == ("id            type     date        locality   mentions  first_line\n"
                   "------------  -------  ----------  ---------  --------  ----------\n"
                   "188-BC/BTCTW  Báo cáo  2022-12-30  Hậu Giang  1         55\n")


def test_query_json_is_a_list_of_row_objects(hand):
    rows = json.loads(run("query", "ambiguous", "--format", "json", "--store", hand).stdout)
    assert [list(r) for r in rows] == [["number", "id", "date", "title", "documents", "doubt"]] * 2
    assert [(r["number"], r["id"], r["documents"]) for r in rows] == [("98-QĐ/TW", ID_98_2004, 2), ("98-QĐ/TW", ID_98_LCCB, 2)]


def test_no_rows_says_why(hand):
    # 41-QĐ/TW is only cited; 20-TB/TW implements it (seed line 119): the other direction has the answer
    assert run("query", "chain", "-p", "id=41-QĐ/TW", "--store", hand).stdout == (
        "(no rows: 41-QĐ/TW (only cited, not loaded) implements or guides nothing in the loaded texts; the other "
        "way there is 1: vanban query implemented-by -p id=41-QĐ/TW)\n")
    assert run("query", "mentioning", "-p", "locality=Cà Mau", "--store", hand).stdout == \
        "(no rows: no loaded text names 'Cà Mau' outside a body's name)\n"
    assert run("query", "chain", "-p", "id=41-QĐ/TW", "--format", "json", "--store", hand).stdout == "[]\n"


def test_queries_lists_every_query_with_its_help():
    out = run("queries").stdout
    for line in ("amended-by(id)\n    The documents that amend, replace or repeal `id`",
                 "issued-by(body, year=0)\n    Documents a body issued", "most-cited(limit=20)\n",
                 "planned(id='')\n", "unresolved()\n    Documents cited but never loaded, most mentioned first."):
        assert line in out
    listed = json.loads(run("queries", "--format", "json").stdout)
    assert {q["name"] for q in listed} >= {"implements", "implemented-by", "status"}
    assert [p for q in listed if q["name"] == "issued-by" for p in q["params"]] == \
        [{"name": "body", "default": None}, {"name": "year", "default": 0}]


def test_cypher_reads_and_writes_only_when_asked(hand):
    out = run("cypher", "MATCH (d:Document {id: $id}) RETURN d.type AS type, d.date AS date", "-p", "id=20-HD/BTCTW",
              "--format", "csv", "--store", hand).stdout
    assert out == "type,date\nHướng dẫn,2022-07-27\n"
    bad = run("cypher", "MATCH (d:Document {id: '20-HD/BTCTW'}) SET d.title = 'x'", "--store", hand, ok=False)
    assert bad.exit_code == 1
    assert bad.stderr == "Error: this Cypher writes to the store; pass --write (write=True) to allow it\n"


def test_show_prints_a_card_and_accepts_loose_numbers(hand):
    out = run("show", "20 - tb/tw", "--store", hand).stdout
    assert out.startswith("20-TB/TW  Thông báo\n===================\nnumber:   20-TB/TW\ndate:     2022-09-08\n"
                          "issuer:   Bộ Chính trị\nloaded:   no (only cited)\nmentions: 2\nissued by: Bộ Chính trị\n")
    assert "\nRefers to (1):\n  IMPLEMENTS   41-QĐ/TW  (line 119 of 188-BC/BTCTW)\n" in out
    assert "\nReferred to by (3):\n  CITES        188-BC/BTCTW  (line 119)\n" in out
    assert "  IMPLEMENTS   21-HD/BTCTW  (line 119 of 188-BC/BTCTW)\n" in out
    both = run("show", "98-QD/TW", "--store", hand).stdout
    assert both.count("98-QĐ/TW@") >= 2 and "doubt:    may stand for 98-QĐ/TW@2004 or 98-QĐ/TW@luân chuyển cán bộ" in both
    card = json.loads(run("show", "01-HD/BTCTW", "--format", "json", "--store", hand).stdout)
    assert list(card[0]) == ["document", "issued_by", "signed_by", "outgoing", "incoming", "localities"]
    assert card[0]["outgoing"][0]["relation"] == "IMPLEMENTS" and card[0]["outgoing"][0]["target"] == "58-QĐ/TW"


def _quoted(card: str):
    """The evidence of the card's first relation: its wrapped lines joined, and the lines after it."""
    lines = card.splitlines()
    i = next(k for k, ln in enumerate(lines) if ln.startswith("      “"))
    j = next(k for k in range(i, len(lines)) if lines[k].rstrip().endswith("”"))
    return " ".join(ln.strip() for ln in lines[i:j + 1])[1:-1], lines[i:j + 1], lines[j + 1:]


def test_show_prints_the_whole_sentence_wrapped(tmp_path):
    # the card cut every sentence at 110 characters; a 240-character one is now whole, on lines of <= 100
    sentence = ("Ban Tổ chức Trung ương đã ban hành Kế hoạch số 52-KH/BTCTW định hướng tập trung tuyên truyền những "
                "nội dung mới, mục tiêu và nhóm nhiệm vụ, giải pháp chủ yếu trong Kết luận số 21-KL/TW của Hội nghị "
                "Trung ương 4 khóa XIII.")
    (tmp_path / "bc.txt").write_text("BÁO CÁO\nKết quả công tác năm 2022\n\n" + sentence + "\n", encoding="utf-8")
    run("load", tmp_path / "bc.txt", "--store", tmp_path / "store", "-q")
    shown, lines, _rest = _quoted(run("show", "21-KL/TW", "--store", tmp_path / "store").stdout)
    assert shown == sentence and len(lines) > 1 and max(map(len, lines)) <= 100


def test_show_cuts_a_run_on_sentence_around_the_cited_number_and_says_where_it_stands(tmp_path):
    text = ("BÁO CÁO\nKết quả công tác năm 2022\n\nCác cơ quan " + "đã triển khai nhiều nhiệm vụ quan trọng, " * 40
            + "thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương trong giai đoạn mới.\n")
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    run("load", path, "--store", tmp_path / "store", "-q")
    shown, lines, rest = _quoted(run("show", "21-NQ/TW", "--store", tmp_path / "store").stdout)
    sentence = text[text.index("Các cơ quan"):].strip()
    assert shown.startswith("…") and "21-NQ/TW" in shown and max(map(len, lines)) <= 100
    part = shown.strip("…")
    assert part in sentence and len(part) <= 600
    assert rest[0] == (f"       ({len(part):,} of {len(sentence):,} characters; the fact is at character "
                       f"{text.index('Nghị quyết số 21-NQ/TW'):,} of {path})")


def test_errors_are_one_line_and_exit_1(hand, tmp_path):
    cases = [
        (["show", "21-KL/T"], "Error: no document '21-KL/T' in the graph; did you mean 21-KL/TW?\n"),
        (["query", "amend-by", "-p", "id=x"], "Error: no stored query 'amend-by'; did you mean amended-by, amends, implemented-by?\n"),
        (["query", "amends"], "Error: amends: parameter 'id' is required, e.g. -p id=...\n"),
        (["query", "amends", "-p", "id=247/2025/NĐ-CP", "-p", "year=1"],
         "Error: amends: unknown parameter year; its parameters: id\n"),
    ]
    for args, message in cases:
        res = run(*args, "--store", hand, ok=False)
        assert (res.exit_code, res.stderr) == (1, message)
    res = run("stats", "--store", tmp_path / "none", ok=False)
    assert res.exit_code == 1
    none = tmp_path / "none"
    assert res.stderr == f"Error: no vanban store at {none}; load documents first: vanban load PATH --store {none}\n"
    res = run("query", "amends", "-p", "id", "--store", hand, ok=False)
    assert res.exit_code == 2 and "'id' is not key=value" in res.stderr


def test_stats(hand):
    counts = json.loads(run("stats", "--format", "json", "--store", hand).stdout)
    assert counts["files"] == {"loaded": 2}
    assert counts["edges"]["COPY_OF"] == 1 and counts["edges"]["SIGNED_BY"] == 2
    assert counts["nodes"]["Locality"] == 6        # Hà Nội, Quảng Ninh, Hậu Giang, Long An, Yên Bái, Quảng Ngãi
    table = run("stats", "--store", hand).stdout
    assert table.startswith("kind          name        count\n------------  ----------  -----\nfiles         loaded      2\n")
    assert "\nnode          Locality    6\n" in table and "CONSOLIDATES" not in table     # no empty types


@pytest.mark.parametrize("fmt, reader", [("json", read_json), ("graphml", read_graphml)])
def test_export_round_trips(hand, tmp_path, fmt, reader):
    dest = tmp_path / f"g.{fmt}"
    res = run("export", "--format", fmt, dest, "--store", hand)
    with Store(hand, read_only=True) as s:
        G = s.to_networkx()
    assert res.stderr == f"{G.number_of_nodes()} nodes, {G.number_of_edges()} relationships -> {dest} ({fmt})\n"
    assert canonical_hash(reader(dest)) == canonical_hash(G)


def test_export_json_to_stdout_and_unknown_format(hand):
    data = json.loads(run("export", "--format", "json", "-", "--store", hand).stdout)
    assert data["directed"] and data["multigraph"] and data["nodes"][0]["key"] < data["nodes"][-1]["key"]
    res = run("export", "--format", "pdf", "x.pdf", "--store", hand, ok=False)
    assert res.exit_code == 2 and "'pdf' is not a format; choose one of graphml, json" in res.stderr


# ---------------------------------------------------------------- load, with the real extractor
def test_load_reports_added_then_unchanged(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    store = tmp_path / "store"
    assert run("load", tmp_path / "seed.txt", "--store", store).stdout == \
        f"1 added, 0 replaced, 0 unchanged, 0 failed (1 files) -> {store}\n"
    assert run("load", tmp_path, "--store", store).stdout == \
        f"0 added, 0 replaced, 1 unchanged, 0 failed (1 files) -> {store}\n"


def test_load_goes_on_past_a_bad_file_and_exits_1(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    (docs / "b.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary junk \x00" * 50)
    res = run("load", docs, "--store", tmp_path / "store", ok=False)
    assert res.exit_code == 1
    assert res.stdout == f"1 added, 0 replaced, 0 unchanged, 1 failed (2 files) -> {tmp_path / 'store'}\n"
    assert res.stderr.startswith(f"failed: {docs / 'b.txt'}") and res.stderr.count("\n") == 1
    res = run("load", tmp_path / "nothere", "--store", tmp_path / "store", ok=False)
    assert (res.exit_code, res.stderr) == (1, f"Error: {tmp_path / 'nothere'}: does not exist; check the path; give a file, "
                                              "a folder or a glob\n")


def test_load_prints_the_warnings_extract_prints_and_counts_them(tmp_path):
    # a 3,000-character cap hit: `vanban extract` warned, `vanban load` said nothing (issue 13)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "a.txt")
    (docs / "long.txt").write_text("tỉnh Quảng Ninh, " * 400, encoding="utf-8")
    said = run("extract", docs / "long.txt").stderr.splitlines()
    assert said and all(ln.startswith(f"warning: {docs / 'long.txt'}: ") for ln in said)
    store = tmp_path / "store"
    res = run("load", docs, "--store", store, "-j", 2)      # read by the pool: the warnings come back with the facts
    assert res.stderr.splitlines() == said
    n = len(said)
    assert res.stdout == f"2 added, 0 replaced, 0 unchanged, 0 failed, {n} warning{'s' * (n != 1)} (2 files) -> {store}\n"
    (docs / "long.txt").write_text("thành phố Hà Nội, " * 400, encoding="utf-8")
    res = run("load", docs, "--store", store, "-q")     # -q: the count only
    assert res.stderr == ""
    assert res.stdout.startswith(f"0 added, 1 replaced, 1 unchanged, 0 failed, {n} warning")


# ---------------------------------------------------------------- what issue 3 says it must show
@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    store = tmp_path_factory.mktemp("examples") / "store"
    res = run("load", EXAMPLES, "--store", store, ok=False)
    assert res.exit_code == 0, res.stderr
    return store


def q(store, *args, fmt="json"):
    return json.loads(run("query", *args, "--format", fmt, "--store", store).stdout)


def test_must_show_implements_21_nq_tw_lists_07_kh_tw(examples):
    rows = q(examples, "implemented-by", "-p", "id=21-NQ/TW")
    assert ("07-KH/TW", 1) in [(r["id"], r["depth"]) for r in rows]
    assert "07-KH/TW" in run("query", "implemented-by", "-p", "id=21-NQ/TW", "--store", examples).stdout


def test_must_show_chain_01_hd_btctw_reaches_58_qd_tw(examples):
    assert "58-QĐ/TW" in [r["implements"] for r in q(examples, "chain", "-p", "id=01-HD/BTCTW")]


def test_must_show_cites_188_bc_btctw_with_evidence(examples):
    rows = q(examples, "cites", "-p", "id=188-BC/BTCTW")
    assert rows and all(r["evidence"] for r in rows)
    assert any("Kế hoạch số 07-KH/TW" in r["evidence"] for r in rows if r["target"] == "07-KH/TW")
    assert any("Hướng dẫn số 01-HD/BTCTW, ngày 05/8/2022 thực hiện Quy định số 58-QĐ/TW" in r["evidence"]
               for r in rows if r["target"] == "01-HD/BTCTW")


def test_must_show_mentioning_quang_ninh_lists_the_seed(examples):
    assert "188-BC/BTCTW" in [r["id"] for r in q(examples, "mentioning", "-p", "locality=Quảng Ninh")]


def test_must_show_ambiguous_shows_the_two_98_qd_tw(examples):
    rows = [r for r in q(examples, "ambiguous") if r["number"] == "98-QĐ/TW"]
    assert len({r["id"] for r in rows}) == 2 and {r["date"] for r in rows} == {"", "2004-03-22"}


def test_must_show_the_card_of_21_kl_tw(examples):
    out = run("show", "21-KL/TW", "--store", examples).stdout
    assert out.startswith("21-KL/TW  Kết luận\n")
    assert "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị" in out     # its subject (gold)
    assert "IMPLEMENTS   52-KH/BTCTW" in out                                       # gold 3: 52-KH/BTCTW implements it


@pytest.mark.parametrize("target, status, source", [
    ("63/2015/QĐ-TTg", {"replaced"}, "12/2024/QĐ-TTg"),          # state_gold: 12/2024/QĐ-TTg REPLACES 63/2015/QĐ-TTg
    ("14/2017/QH14", {"amended"}, "50/2019/QH14"),                # 10_Luat50_2019: AMENDS
    ("17/2003/QH11", {"replaced", "repealed"}, "18/2017/QH14"),   # 19_Luat18_2017: REPLACES or REPEALS
])
def test_must_show_status_of_state_documents(examples, target, status, source):
    rows = q(examples, "status", "-p", f"id={target}")
    assert {r["status"] for r in rows} <= status and rows[0]["status"] in status
    assert source in [r["source"] for r in rows]


def test_must_show_amends_of_a_state_text(examples):
    assert "171/2016/NĐ-CP" in [r["target"] for r in q(examples, "amends", "-p", "id=247/2025/NĐ-CP")]
    assert {"35/2018/QH14", "59/2020/QH14"} <= {r["source"] for r in q(examples, "amended-by", "-p", "id=08/2017/QH14")}


# ---------------------------------------------------------------- the docs say what the code does
DOCS = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_every_core_command_is_documented():
    for name in ("load", "query", "queries", "cypher", "show", "stats", "export"):
        assert f"$ vanban {name}" in DOCS, name


def test_the_documented_columns_are_the_real_ones(hand):
    from vanban.queries.registry import all_queries, run_query

    with Store(hand, read_only=True) as s:
        for query in all_queries():
            params = {p: {"id": "21-NQ/TW", "body": "BTCTW", "locality": "Hà Nội"}[p] for p, d in query.params if d is None}
            columns = run_query(s, query.name, params).columns
            sig = query.signature.replace("''", '""')
            assert f"| `{sig}` | {', '.join(columns)} |" in DOCS, query.name

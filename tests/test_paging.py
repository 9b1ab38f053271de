"""Pages of a stored query's answer (issue 12): `vanban query NAME --skip N --limit M` and
``vanban.query(..., page=slice(a, b))`` give exactly the rows of the whole answer's slice, in the same order, and
the whole answer's row count; the bundled real texts (examples/ and tests/fixtures/real/texts) in the embedded
store.  tests/test_neo4j.py pages over Bolt."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import vanban
from vanban.cli import main
from vanban.errors import QueryError
from vanban.graph.model import EDGE_ENDS, EdgeType
from vanban.graph.store import Store
from vanban.loaders import extract
from vanban.queries.registry import COMPUTED, DIALECTS, all_queries, get, paged_texts, prepare_query, run_query

ROOT = Path(__file__).resolve().parent.parent
# Answered whole and sliced: computed in Python, or ended by a LIMIT of their own (small answers).
SLICED = set(COMPUTED) | {"most-cited"}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    path = tmp_path_factory.mktemp("paging") / "store"
    with Store(path) as s:
        report = s.load([str(ROOT / "examples"), str(ROOT / "tests" / "fixtures" / "real" / "texts")], extract=extract)
        assert not report.failed, report.summary()
    return path


def _cases(s):
    """Parameters for every stored query: the most cited documents, the busiest bodies and provinces."""
    hubs = [r[0] for r in s.run("MATCH (d:Document) WHERE d.mention_count > 0 RETURN d.id "
                                "ORDER BY d.mention_count DESC, d.id LIMIT 3").rows]
    loaded = [r[0] for r in s.run("MATCH (d:Document) WHERE d.loaded RETURN d.id ORDER BY d.id LIMIT 2").rows]
    bodies = [r[0] for r in s.run("MATCH (b:Body)<-[:ISSUED_BY]-() RETURN b.id, count(*) AS c "
                                  "ORDER BY c DESC, b.id LIMIT 2").rows]
    pools = {"id": hubs + loaded + ["21-NQ/TW"], "body": bodies, "locality": ["Hà Nội", "Quảng Ninh"]}
    for q in all_queries():
        needed = [p for p, d in q.params if d is None]
        if not needed:
            yield q.name, {}
        for value in pools.get(needed[0], []) if needed else []:
            yield q.name, {needed[0]: value}


def test_every_stored_query_pages_after_an_order_by_or_is_sliced():
    for q in all_queries():
        for dialect in DIALECTS:
            texts = paged_texts(q.text(dialect), 100, 50)
            if q.name in SLICED:
                continue
            assert texts is not None, f"{q.name} ({dialect}) does not end in ORDER BY"
            paged, count = texts
            assert paged.rstrip().endswith("ORDER BY" + q.text(dialect).rstrip().rpartition("ORDER BY")[2] +
                                           "\nSKIP 100 LIMIT 50") and "ORDER BY" not in count, q.name
            assert count.rstrip().endswith("RETURN count(*) AS total"), q.name


def test_a_page_is_the_slice_of_the_whole_answer(real):
    sizes = {}
    with Store(real, read_only=True) as s:
        for name, params in _cases(s):
            whole = run_query(s, name, params).rows
            n = len(whole)
            sizes[name] = max(sizes.get(name, 0), n)
            for page in (slice(0, 1), slice(0, 3), slice(2, 7), slice(1, None), slice(n - 1 if n else 0, n + 4),
                         slice(n, n + 2), slice(n + 5, n + 9), slice(3, 3), slice(0, None)):
                got = run_query(s, name, params, page=page)
                assert (got.columns, got.rows, got.skip, got.total) == (run_query(s, name, params).columns,
                                                                        whole[page], page.start or 0, n), \
                    (name, params, page)
    # the answers paged are real ones, several pages long
    assert all(sizes[name] >= 3 for name in ("cited-by", "issued-by", "unresolved", "planned", "mentioning",
                                              "most-cited", "ambiguous", "cites")), sizes
    assert sizes["unresolved"] > 100


def test_rows_tied_on_the_order_by_are_identical(real):
    """Each ORDER BY orders the answer completely: two rows equal on its sort keys are equal rows, so a page
    holds the same rows however the engine breaks ties."""
    with Store(real, read_only=True) as s:
        for name, params in _cases(s):
            if name in SLICED:
                continue
            text = get(name).text("ladybug").rstrip()
            order = text.rindex("ORDER BY")
            keys = [k.strip().split()[0] for k in text[order + len("ORDER BY"):].split(",")]
            # a sort key that is no returned column (r.start) is returned too, to compare the ties on it
            extra = [k for k in keys if "." in k]
            probe = text[:order].rstrip() + "".join(f", {k} AS _k{i}" for i, k in enumerate(extra))
            _, values, _ = prepare_query(s, name, params)
            got = s.run(probe, values)
            at = [got.columns.index(f"_k{extra.index(k)}" if k in extra else k) for k in keys]
            shown = len(got.columns) - len(extra)
            seen = {}
            for row in got.rows:
                key = json.dumps([row[i] for i in at], ensure_ascii=False, default=str)
                assert seen.setdefault(key, row[:shown]) == row[:shown], (name, params, key)


def test_the_library_front_door_pages(real):
    with vanban.open_store(str(real), read_only=True) as db:
        whole = vanban.query(db, "unresolved")
        page = vanban.query(db, "unresolved", page=slice(10, 20))
        assert page.rows == whole.rows[10:20] and page.total == len(whole.rows) > 20 and page.skip == 10
        assert page.note() == f"rows 11–20 of {len(whole.rows):,}; --skip 20 for the next page"
        tail = vanban.query(db, "unresolved", page=slice(len(whole.rows) - 2, None))
        assert tail.note() == f"rows {len(whole.rows) - 1:,}–{len(whole.rows):,} of {len(whole.rows):,}"
        for bad in (slice(5, 2), slice(0, 10, 2), slice(-1, 3), slice("a", 3), (0, 10)):
            with pytest.raises(QueryError, match="page"):
                vanban.query(db, "unresolved", page=bad)
        late = vanban.query(db, "unresolved", page=slice(0, 5))
    # the total is counted when first read: after the store is closed, one clear error
    with pytest.raises(QueryError, match=r"read \.total before closing it"):
        _ = late.total


def _run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_cli_skip_and_limit_give_one_page_and_say_which(real):
    whole = json.loads(_run("query", "unresolved", "--format", "json", "--store", real).stdout)
    n = len(whole)
    res = _run("query", "unresolved", "--skip", 5, "--limit", 3, "--format", "json", "--store", real)
    assert json.loads(res.stdout) == whole[5:8]
    assert res.stderr == f"(rows 6–8 of {n:,}; --skip 8 for the next page)\n"
    res = _run("query", "unresolved", "--skip", n - 1, "--format", "csv", "--store", real)
    assert len(res.stdout.splitlines()) == 2 and res.stderr == f"(rows {n:,}–{n:,} of {n:,})\n"
    res = _run("query", "unresolved", "--skip", n + 10, "--limit", 5, "--store", real)
    assert res.stdout == "(no rows on this page)\n"
    assert res.stderr == f"(no rows: the answer has {n:,} rows, --skip {n + 10} is past its end)\n"
    res = _run("query", "unresolved", "--format", "json", "--store", real)       # no page: the whole answer, quietly
    assert len(json.loads(res.stdout)) == n and res.stderr == ""


def test_reversed_follows_every_relation_between_documents_but_cites():
    """reversed.ladybug.cypher and queries/status.py name the relation tables; a new type must be added there."""
    from vanban.queries.status import _PAIR_RELATIONS

    wanted = {t for t, ends in EDGE_ENDS.items() if ends == ("Document", "Document")} - {EdgeType.CITES.value}
    for text in (get("reversed").text("ladybug"), _PAIR_RELATIONS):
        for found in re.findall(r"\[r:([A-Z_|]+)\]", text):
            assert set(found.split("|")) == wanted


def test_a_total_counts_the_rows_the_answer_has(real):
    """The total of a page counts the matches themselves when the final RETURN gives one row per match, and the
    rows of its DISTINCT or its grouping otherwise: each as many as the whole answer's rows."""
    texts = {"per match": "MATCH (s:Document)-[r]->(t:Document) RETURN t.id AS target, r.line AS line "
                          "ORDER BY target, line",
             "distinct": "MATCH (s:Document)-[r]->(t:Document) RETURN DISTINCT t.id AS target ORDER BY target",
             "grouped": "MATCH (s:Document)-[r]->(t:Document) RETURN t.id AS target, count(r) AS n ORDER BY target",
             "grouped late": "MATCH (s:Document)-[r]->(t:Document) RETURN t.id AS target,\n  max(r.line) AS last "
                             "ORDER BY target"}
    with Store(real, read_only=True) as s:
        sizes = {}
        for name, text in texts.items():
            whole = s.run(text).rows
            paged, count = paged_texts(text, 1, 2)
            assert s.run(paged).rows == whole[1:3], name
            assert s.run(count).rows == [[len(whole)]], name
            sizes[name] = len(whole)
            # only a RETURN of one row per match is counted without its columns
            assert ("target" in count) == (name != "per match"), name
    assert sizes["per match"] > sizes["distinct"] == sizes["grouped"] == sizes["grouped late"] > 3

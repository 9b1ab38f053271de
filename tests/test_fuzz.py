"""Property-based tests (issue 13 "fuzz suite", issue 11 "no traceback for any option value").

* ``extract_text`` on text built from the trigger phrases, pieces of the real seed, control and odd
  characters: it never raises except a VanbanError, every offset stays inside the text, and the output JSON
  round-trips.
* The CLI with any option and ``-p`` value (huge and negative integers, text, odd encodings, a bad
  ``VANBAN_MAX_MB``): an answer or one clear error (exit 1 or 2), never a traceback.

Kept small for CI: a few hundred examples in all, no deadline (a slow machine is not a failure).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban.cli import main
from vanban.errors import VanbanError
from vanban.graph.store import Store
from vanban.loaders import extract_text
from vanban.queries.registry import all_queries

from test_build import seed_extraction

ROOT = Path(__file__).resolve().parent.parent
PHRASES = [p["phrase"] for p in json.loads((ROOT / "tests" / "fixtures" / "trigger_phrases.json")
                                           .read_text(encoding="utf-8"))["phrases"]]
SEED_LINES = [ln for ln in (ROOT / "examples" / "000_4359cb3ac2b76893.txt").read_text(encoding="utf-8").split("\n")
              if ln.strip()][:200]
ODD = ["\n", "\r\n", "\x00", "\x1b[2J", "\u202e", "\ufeff", "\u00a0", "¹", "⁹⁹", "Số:", "SỐ", " -", "–", "/", "TW",
       "QH14", "NĐ-CP", "ngày ", "31/02/2022", "Điều 1.", "“", "”", "(", ")", ".", ";", ",", "Ð", "đ", "e\u0301"]
TEXT = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(SEED_LINES), st.sampled_from(ODD),
                          st.text(max_size=12)), max_size=40).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _inside(n: int, start: int, end: int) -> bool:
    return 0 <= start <= end <= n


@SETTINGS
@given(TEXT)
def test_extract_text_never_raises_keeps_offsets_inside_and_round_trips(text):
    try:
        x = extract_text(text)
    except VanbanError:
        return
    n = len(text)
    lines = text.count("\n") + 1
    for m in x.mentions:
        assert _inside(n, m.start, m.end) and m.surface == text[m.start:m.end], m
        assert _inside(n, m.evidence_start, m.evidence_end) and 1 <= m.line <= lines, m
    for r in x.relations:
        assert _inside(n, r.start, r.end) or (r.rule.startswith("copy:") and r.start == r.end == -1), r
    for loc in x.localities:
        assert _inside(n, loc.start, loc.end) and _inside(n, loc.evidence_start, loc.evidence_end), loc
        assert loc.evidence == text[loc.evidence_start:loc.evidence_end]
    for b in x.bodies:
        assert _inside(n, b.start, b.end), b
    d = x.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


# ---------------------------------------------------------------- the CLI
@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "store"
    with Store(path) as s:
        s.add_extraction(seed_extraction())
    return path


@pytest.fixture(scope="module")
def small_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzzfile") / "a.txt"
    path.write_text("Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị, tỉnh Quảng Ninh.\n", encoding="utf-8")
    return path


QUERIES = [q.name for q in all_queries()]
PARAM_NAMES = sorted({p for q in all_queries() for p, _ in q.params} | {"limit", "x", ""})
VALUES = st.one_of(
    st.integers(min_value=-(10 ** 20), max_value=10 ** 20).map(str),
    st.sampled_from(["-1", "0", "99999999999999999999", "--5", "1e9", "²", "", " ", "21-NQ/TW", "Nghị quyết 21",
                     "'; MATCH (n) DETACH DELETE n //", "\x1b[2J", "$id", "NaN", "abc"]),
    st.text(max_size=15),
)
PARAMS = st.lists(st.tuples(st.sampled_from(PARAM_NAMES), VALUES).map(lambda kv: f"{kv[0]}={kv[1]}") | VALUES,
                  max_size=3)


def _no_traceback(result):
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.output


def _args(*parts):
    out = []
    for p in parts:
        out.extend(p if isinstance(p, list) else [p])
    return [str(a) for a in out]


CLI_SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@CLI_SETTINGS
@given(name=st.one_of(st.sampled_from(QUERIES), st.text(max_size=10)), params=PARAMS,
       fmt=st.sampled_from(["table", "json", "csv", "xml", ""]))
def test_query_any_name_parameters_and_format(store, name, params, fmt):
    p = [x for v in params for x in ("-p", v)]
    _no_traceback(CliRunner().invoke(main, _args("query", name, p, "--format", fmt, "--store", store)))


@CLI_SETTINGS
@given(cypher=st.sampled_from(["MATCH (d:Document) RETURN d.id AS id LIMIT $limit", "RETURN $x AS x",
                               "MATCH (d:Document {id: $id}) RETURN d.title", "MATCH (d) RETURN d SKIP $x"]),
       params=PARAMS, write=st.booleans())
def test_cypher_any_parameters(store, cypher, params, write):
    p = [x for v in params for x in ("-p", v)]
    args = _args("cypher", cypher, p, "--store", store) + (["--write"] if write else [])
    _no_traceback(CliRunner().invoke(main, args))


@CLI_SETTINGS
@given(ident=st.one_of(st.text(max_size=20), st.sampled_from(["21-NQ/TW", "98-QĐ/TW", "số 21-KL/TW", "–", "@"])),
       fmt=st.sampled_from(["text", "json", "table"]))
def test_show_any_id(store, ident, fmt):
    _no_traceback(CliRunner().invoke(main, _args("show", ident, "--format", fmt, "--store", store)))


@CLI_SETTINGS
@given(max_mb=st.one_of(st.sampled_from(["abc", "", "-1", "0", "nan", "inf", "1e999", "0.000001", "20"]),
                        st.text(st.characters(blacklist_characters="\x00"), max_size=6)),  # no NUL in an env
       encoding=st.one_of(st.none(), st.sampled_from(["unicode_escape", "punycode", "utf-7", "idna", "hex", "rot13",
                                                      "tcvn3", "vni", "cp1258", "utf-16", "base64", "x" * 300]),
                          st.text(max_size=8)),
       as_json=st.booleans())
def test_extract_any_size_limit_and_encoding(small_file, max_mb, encoding, as_json):
    args = _args("extract", small_file) + (["--encoding", encoding] if encoding is not None else []) + \
        (["--json"] if as_json else [])
    _no_traceback(CliRunner().invoke(main, args, env={"VANBAN_MAX_MB": max_mb}))


@CLI_SETTINGS
@given(fmt=st.sampled_from(["table", "json", "csv", ""]), store_name=st.text(max_size=8))
def test_stats_and_a_store_that_is_not_there(store, tmp_path_factory, fmt, store_name):
    _no_traceback(CliRunner().invoke(main, _args("stats", "--format", fmt, "--store", store)))
    missing = tmp_path_factory.getbasetemp() / "no-store-here" / (store_name.replace("/", "_").replace("\x00", "") or "x")
    _no_traceback(CliRunner().invoke(main, _args("stats", "--store", missing)))

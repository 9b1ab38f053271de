"""Interactive HTML views (issue 6): what a view selects, and what the page shows in a real browser.

The seed's facts come from tests/fixtures/seed_gold.json (relations with their evidence sentences,
documents with type, date, issuer, title): expected answers are read from the gold, not from the code.
Browser tests drive Debian's chromium through chromedriver (tests/browser.py) on the written file; CI
runs them in a loopback-only network namespace (.ci/run).
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from vanban.errors import UnknownDocumentError
from vanban.graph.model import EdgeType, NodeLabel, node_key
from vanban.graph.synthetic import synthetic_graph
from vanban.viz import DEFAULT_MAX_NODES, ViewTooLargeError, style, view, write_view

import browser

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed_gold.json").read_text(encoding="utf-8"))
SCREENSHOTS = ROOT / "out" / "screenshots"
SEED_FILE = "examples/000_4359cb3ac2b76893.txt"
D = lambda ident: node_key("Document", ident)  # noqa: E731
B = lambda name: node_key("Body", name)  # noqa: E731


# ------------------------------------------------------------------ factories

def gold_graph() -> nx.MultiDiGraph:
    """The seed's facts as the gold annotates them, in graph/model.py's shape: documents (type, date,
    issuer, title), their issuers, the report's relations with evidence, its provinces and signer."""
    G = nx.MultiDiGraph()
    report = GOLD["self"]["number"]

    def doc(ident, d=None):
        d = d or {}
        key = D(ident)
        if key not in G:
            G.add_node(key, label="Document", id=ident, code=d.get("code") or "", number=d.get("number") or "",
                       type=d.get("type") or "", type_code="", date=d.get("date") or "", year=0,
                       issuer=d.get("issuer") or "", title=d.get("subject") or "", loaded=ident == report,
                       source_file=SEED_FILE if ident == report else "", aliases=[], doubt="", mention_count=0)
        return key

    def prov(line, evidence, planned=False, rule="gold"):
        return dict(source_file=SEED_FILE, source_doc=report, evidence=evidence, line=line, start=0, end=0,
                    rule=rule, planned=planned)

    for d in GOLD["documents"]:
        key = doc(d["id"], d)
        if d.get("issuer"):
            G.add_node(B(d["issuer"]), label="Body", id=d["issuer"], name=d["issuer"], code="")
            G.add_edge(key, B(d["issuer"]), type="ISSUED_BY", **prov(0, "", rule="gold:issuer"))
    for r in GOLD["relations"]:
        G.add_edge(doc(r["source"]), doc(r["target"]), type=r["relation"],
                   **prov(r["line"], r["evidence"], r["planned"]))
    for loc in GOLD["localities"]:
        if not loc["part_of_body"]:
            name = loc["canonical"]
            G.add_node(node_key("Locality", name), label="Locality", id=name, name=name, status="legacy",
                       merged_into="", code="")
            G.add_edge(D(report), node_key("Locality", name), type="MENTIONS", **prov(loc["line"], loc["surface"]))
    signer = GOLD["self"]["signer"]
    G.add_node(node_key("Person", signer), label="Person", id=signer, name=signer, position="Phó Trưởng ban")
    G.add_edge(D(report), node_key("Person", signer), type="SIGNED_BY", **prov(449, "Đã ký: Mai Văn Chính"))
    return G


def edge_set(net):
    return {(e["from"], e["to"], e["meta"]["type"]) for e in net.edges}


def gold_relation(source, relation, target):
    return [r for r in GOLD["relations"] if (r["source"], r["relation"], r["target"]) == (source, relation, target)]


@pytest.fixture(scope="module")
def G():
    return gold_graph()


# ------------------------------------------------------------------ what a view selects (no browser)

def test_every_relation_and_node_kind_has_a_style():
    assert set(style.RELATIONS) == {e.value for e in EdgeType}
    assert set(style.NODE_KINDS) == {lab.value for lab in NodeLabel} - {"Document"}
    # Colours tell relations apart: no two relations share one.
    colours = [c for _, c in style.RELATIONS.values()]
    assert len(set(colours)) == len(colours)


def test_ego_view_of_21_NQ_is_its_Luoc_do(G):
    # Gold: 07-KH/TW is BASED_ON (line 37) and IMPLEMENTS (line 361) 21-NQ/TW; 21-NQ/TW's issuer is the
    # Ban Chấp hành Trung ương. The seed's borderline "21-NQ/TW IMPLEMENTS Nghị quyết Đại hội XIII" is not a fact.
    net = view(G, "21-NQ/TW")
    assert {n["id"] for n in net.nodes} == {D("21-NQ/TW"), D("07-KH/TW"), B("Ban Chấp hành Trung ương")}
    assert edge_set(net) == {(D("07-KH/TW"), D("21-NQ/TW"), "BASED_ON"), (D("07-KH/TW"), D("21-NQ/TW"), "IMPLEMENTS"),
                             (D("21-NQ/TW"), B("Ban Chấp hành Trung ương"), "ISSUED_BY")}
    center = next(n for n in net.nodes if n["id"] == D("21-NQ/TW"))
    rows = dict(center["meta"]["rows"])
    assert rows["Ngày"] == "16/06/2022" and rows["Cơ quan ban hành"] == "Ban Chấp hành Trung ương"
    assert rows["Trích yếu"].startswith("tăng cường củng cố, xây dựng tổ chức cơ sở đảng")
    assert center["borderWidth"] > 1 and center["shape"] == "box"


def test_depth_two_reaches_the_neighbours_neighbours(G):
    # 07-KH/TW was issued by the Bộ Chính trị: two hops from 21-NQ/TW. The body is not expanded further
    # (it issued dozens of the seed's documents).
    net = view(G, "21-NQ/TW", depth=2)
    assert {n["id"] for n in net.nodes} == {D("21-NQ/TW"), D("07-KH/TW"), B("Ban Chấp hành Trung ương"), B("Bộ Chính trị")}
    assert len(net.edges) == 4
    # A chain: 21-HD/BTCTW implements 20-TB/TW, which implements 41-QĐ/TW (gold lines 119).
    one = view(G, "41-QĐ/TW", relations="IMPLEMENTS")
    two = view(G, "41-QĐ/TW", depth=2, relations="IMPLEMENTS")
    assert {n["id"] for n in one.nodes} == {D("41-QĐ/TW"), D("20-TB/TW")}
    assert {n["id"] for n in two.nodes} == {D("41-QĐ/TW"), D("20-TB/TW"), D("21-HD/BTCTW")}


def test_relation_filter(G):
    net = view(G, "21-NQ/TW", relations=["implements"])
    assert edge_set(net) == {(D("07-KH/TW"), D("21-NQ/TW"), "IMPLEMENTS")}
    assert "thực hiện" in net.heading


def test_planned_relations_only_when_asked_and_dashed(G):
    # Gold: 01-HD/BTCTW implements 58-QĐ/TW (fact, line 205); a draft Hướng dẫn (line 53) and a Hướng dẫn
    # khung tiêu chí (line 415) are planned.
    fact = view(G, "58-QĐ/TW")
    assert {n["id"] for n in fact.nodes} == {D("58-QĐ/TW"), D("01-HD/BTCTW"), B("Bộ Chính trị")}
    assert not any(e["dashes"] for e in fact.edges)
    planned = view(G, "58-QĐ/TW", include_planned=True)
    dashed = {(e["from"], e["meta"]["type"]) for e in planned.edges if e["dashes"]}
    assert dashed == {(D("DRAFT-HD-THUC-HIEN-58-QĐ/TW"), "GUIDES"), (D("HD-KHUNG-TIEU-CHI-VI-TRI-TRONG-YEU-CO-MAT"), "BASED_ON")}
    assert planned.vanban_style["planned"] == 2


def test_one_arrow_per_relation_with_every_sentence(G):
    # "12-KH/TW IMPLEMENTS 28-NQ/TW" is stated on lines 39 and 381: one arrow, both sentences.
    net = view(G, "28-NQ/TW", relations="IMPLEMENTS")
    (edge,) = net.edges
    assert [p["line"] for p in edge["meta"]["provenance"]] == [39, 381]
    gold = gold_relation("12-KH/TW", "IMPLEMENTS", "28-NQ/TW")
    assert {p["evidence"] for p in edge["meta"]["provenance"]} == {r["evidence"] for r in gold}
    assert all(p["source_doc"] == "188-BC/BTCTW" for p in edge["meta"]["provenance"])


@pytest.mark.parametrize("written", ["21 - NQ/TW", "21-nq/tw", "Document:21-NQ/TW"])
def test_id_variants_resolve(G, written):
    assert view(G, written).vanban_selection.center == D("21-NQ/TW")


def test_unknown_and_ambiguous_ids(G):
    with pytest.raises(UnknownDocumentError, match=r"did you mean 21-NQ/TW"):
        view(G, "21-NQ/T")
    # Two different documents carry 98-QĐ/TW (2004, and the one on luân chuyển cán bộ): name both.
    with pytest.raises(UnknownDocumentError, match=r"98-QĐ/TW\(2004\), 98-QĐ/TW\(luân chuyển cán bộ\)"):
        view(G, "98-QĐ/TW")
    assert view(G, "98-QD/TW(2004)").vanban_selection.center == D("98-QĐ/TW(2004)")


def test_bad_arguments_name_the_choices(G):
    with pytest.raises(ValueError, match=r"unknown relation 'IMPLEMENT'; choose from .*IMPLEMENTS"):
        view(G, "21-NQ/TW", relations="IMPLEMENT")
    with pytest.raises(ValueError, match="depth must be"):
        view(G, "21-NQ/TW", depth=0)


def test_whole_graph_too_large_says_the_limit_and_how_to_narrow():
    big = synthetic_graph(3000)
    with pytest.raises(ViewTooLargeError) as err:
        view(big)
    msg = str(err.value)
    assert f"{big.number_of_nodes():,} nodes" in msg and f"limit of {DEFAULT_MAX_NODES:,}" in msg
    assert "give a document id (e.g. vanban view " in msg and "--relations" in msg
    # The document the message names gives a view under the limit; so does a narrower filter.
    example = re.search(r"vanban view (\S+) --depth 1", msg).group(1)
    assert view(big, example).vanban_selection.center == D(example)
    assert len(view(big, relations="REPEALS").nodes) < DEFAULT_MAX_NODES


def test_whole_graph_view_counts():
    g = synthetic_graph(300)
    net = view(g)
    shown = {(u, v, d["type"], d["planned"]) for u, v, d in g.edges(data=True) if not d["planned"]}
    assert len(net.edges) == len(shown)
    assert len(net.nodes) == g.number_of_nodes()
    assert len(view(g, include_planned=True).edges) == len({(u, v, d["type"], d["planned"]) for u, v, d in g.edges(data=True)})


def test_written_file_is_self_contained(G, tmp_path):
    path = write_view(view(G, "21-NQ/TW"), tmp_path / "new" / "folder" / "v.html")
    html = path.read_text(encoding="utf-8")
    assert path.parent.is_dir()
    # Nothing to load from elsewhere: no src/href/url()/@import with a scheme or a protocol-relative URL.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", html, re.I)
    assert "bootstrap" not in html.lower() and "cdnjs" not in html
    assert "default-src 'none'" in html
    assert "vis.Network" in html and "vis-network" in html  # the library is inlined
    # A notebook user's net.show() renders the same template (pyvis renders self.template when notebook=True).
    nb = view(G, "21-NQ/TW").generate_html(notebook=True)
    assert "default-src 'none'" in nb and "cdn.jsdelivr" not in nb


def test_the_page_without_pyvis_is_pyvis_page(G, tmp_path):
    """`vanban view` writes viz.view_page's page (no pyvis import: 0.35 s of CPU); a notebook's pyvis Network of
    the same view renders the same HTML, but for the random nonce of the page's scripts."""
    from vanban.viz import view_page

    nonce = re.compile(r"nonce-?[\"=]*[A-Za-z0-9_-]{24}")
    for doc_id in ("21-NQ/TW", None):
        ours, pyvis = view_page(G, doc_id).generate_html(), view(G, doc_id).generate_html()
        assert nonce.findall(ours) and nonce.sub("N", ours) == nonce.sub("N", pyvis)
    written = write_view(view_page(G, "21-NQ/TW"), tmp_path / "v.html").read_text(encoding="utf-8")
    assert nonce.sub("N", written) == nonce.sub("N", view(G, "21-NQ/TW").generate_html())


def test_write_view_refuses_a_foreign_network(tmp_path):
    from pyvis.network import Network

    with pytest.raises(ValueError, match="not made by vanban.viz.view"):
        write_view(Network(), tmp_path / "x.html")


# ------------------------------------------------------------------ the page in a real browser

XSS = '<img src=x onerror="window.__xss=1;alert(1)"> và <script>window.__xss=2;alert(2)</script>'
XSS_CLOSE = '</script><script>window.__xss=3;alert(3)</script>'
XSS_ID = '<img src=y onerror="window.__xss=4">-NQ/TW'


def xss_graph():
    G = nx.MultiDiGraph()
    for ident, title in ((XSS_ID, XSS + XSS_CLOSE), ("2-KH/TW", "kế hoạch thực hiện")):
        G.add_node(D(ident), label="Document", id=ident, code=ident, type="Nghị quyết", date="2022-06-16",
                   issuer=XSS, title=title, loaded=False, aliases=[XSS_CLOSE])
    G.add_node(B(XSS), label="Body", id=XSS, name=XSS, code="")
    G.add_edge(D(XSS_ID), B(XSS), type="ISSUED_BY", source_doc="2-KH/TW", source_file="x.txt", evidence=XSS, line=1,
               planned=False)
    G.add_edge(D("2-KH/TW"), D(XSS_ID), type="IMPLEMENTS", source_doc="2-KH/TW", source_file="x.txt",
               evidence="Thực hiện " + XSS + XSS_CLOSE, line=3, planned=False)
    return G


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    missing = browser.available()
    if missing:
        pytest.fail(f"the view tests need a real browser: {missing}")
    with browser.chromium(tmp_path_factory.mktemp("chromium-profile")) as d:
        yield d


def open_checked(driver, net, path):
    """Open a written view; it must load nothing from another host and log no error."""
    write_view(net, path)
    browser.open_view(driver, path, timeout=120)
    assert browser.page_counts(driver) == (len(net.nodes), len(net.edges))
    assert browser.foreign_requests(driver) == []
    assert browser.severe_logs(driver) == []


def test_page_of_21_NQ_counts_legend_and_tooltips(driver, G, tmp_path):
    net = view(G, "21-NQ/TW")
    open_checked(driver, net, tmp_path / "21.html")
    assert browser.page_counts(driver) == (3, 3)  # the gold's Lược đồ (test_ego_view_of_21_NQ_is_its_Luoc_do)
    legend = driver.execute_script("return document.getElementById('vb-legend').textContent")
    for text in ("Nghị quyết", "Kế hoạch", "Cơ quan ban hành", "thực hiện", "căn cứ"):
        assert text in legend
    assert "21-NQ/TW" in driver.title
    tip = browser.hover_node(driver, D("21-NQ/TW"))
    for text in ("Nghị quyết 21-NQ/TW", "16/06/2022", "Ban Chấp hành Trung ương",
                 "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên"):
        assert text in tip


def test_edge_tooltip_gives_relation_sentence_and_source(driver, G, tmp_path):
    net = view(G, "21-NQ/TW", relations="IMPLEMENTS")
    open_checked(driver, net, tmp_path / "21-impl.html")
    tip = browser.hover_edge(driver, net.edges[0]["id"])
    (gold,) = gold_relation("07-KH/TW", "IMPLEMENTS", "21-NQ/TW")
    assert "07-KH/TW → 21-NQ/TW: thực hiện (IMPLEMENTS)" in tip
    assert gold["evidence"] in tip
    assert "văn bản 188-BC/BTCTW" in tip and f"dòng {gold['line']}" in tip


def test_titles_are_text_never_markup(driver, tmp_path):
    G = xss_graph()
    net = view(G, XSS_ID)
    open_checked(driver, net, tmp_path / "xss.html")
    node_tip = browser.hover_node(driver, D(XSS_ID))
    assert XSS + XSS_CLOSE in node_tip and XSS_ID in node_tip
    edge = next(e for e in net.edges if e["meta"]["type"] == "IMPLEMENTS")
    assert "Thực hiện " + XSS + XSS_CLOSE in browser.hover_edge(driver, edge["id"])
    assert XSS_ID in driver.execute_script("return document.getElementById('vb-heading').textContent")
    assert XSS_ID in driver.title
    assert not browser.alert_open(driver)
    assert driver.execute_script("return typeof window.__xss") == "undefined"
    # No <img> was ever created from a title: it would have requested file:///…/x or …/y.
    assert not [u for u in browser.requested_urls(driver) if re.search(r"/[xy]$", u)]
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert browser.severe_logs(driver) == []


def test_search_box_finds_by_number_and_by_title(driver, G, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_checked(driver, view(G), tmp_path / "all.html")
    box = driver.find_element(By.ID, "vb-search")
    box.send_keys("07-KH", Keys.ENTER)
    assert driver.execute_script("return vanbanView.network.getSelectedNodes()") == [D("07-KH/TW")]
    # Titles, typed without diacritics as people do on a phone. Two of the seed's resolutions are
    # "về tiếp tục đổi mới phương thức lãnh đạo ..." (28-NQ/TW and the Trung ương 5 khóa X one).
    box.clear()
    box.send_keys("doi moi phuong thuc lanh dao", Keys.ENTER)
    selected = "return vanbanView.network.getSelectedNodes()"
    assert sorted(driver.execute_script(selected)) == [D("28-NQ/TW"), D("NQ-TW5-X")]
    assert driver.find_element(By.ID, "vb-found").text == "2 kết quả"
    box.clear()
    box.send_keys("doi moi phuong thuc lanh dao, cam quyen", Keys.ENTER)
    assert driver.execute_script(selected) == [D("28-NQ/TW")]
    assert driver.find_element(By.ID, "vb-found").text == "1 kết quả"


def test_relation_toggles_hide_and_show(driver, G, tmp_path):
    from selenium.webdriver.common.by import By

    open_checked(driver, view(G), tmp_path / "all-toggle.html")
    visible = "return vanbanView.edges.get({filter: function (e) { return !e.hidden; }}).length"
    total = driver.execute_script(visible)
    # The gold has 10 IMPLEMENTS facts, 12-KH/TW -> 28-NQ/TW twice: 9 arrows.
    implements = {(r["source"], r["target"]) for r in GOLD["relations"] if r["relation"] == "IMPLEMENTS" and not r["planned"]}
    assert len(implements) == 9
    box = driver.find_element(By.CSS_SELECTOR, "input.vb-rel[data-rel=IMPLEMENTS]")
    box.click()
    assert driver.execute_script(visible) == total - 9
    box.click()
    assert driver.execute_script(visible) == total


def test_planned_toggle_and_dashes_in_the_page(driver, G, tmp_path):
    from selenium.webdriver.common.by import By

    # 58-QĐ/TW with its two planned relations (gold lines 53 and 415), drawn dashed.
    open_checked(driver, view(G, "58-QĐ/TW", include_planned=True), tmp_path / "58.html")
    visible = "return vanbanView.edges.get({filter: function (e) { return !e.hidden; }}).length"
    assert driver.execute_script("return vanbanView.edges.get({filter: function (e) { return e.dashes; }}).length") == 2
    total = driver.execute_script(visible)
    driver.find_element(By.CSS_SELECTOR, "input.vb-planned").click()
    assert driver.execute_script(visible) == total - 2


def test_two_thousand_nodes_settle_and_match(driver, tmp_path):
    g = synthetic_graph(1982)  # 1,982 documents + 8 bodies + 10 provinces
    assert g.number_of_nodes() == 2000
    net = view(g)
    shown = {(u, v, d["type"]) for u, v, d in g.edges(data=True) if not d["planned"]}
    assert (len(net.nodes), len(net.edges)) == (2000, len(shown))
    open_checked(driver, net, tmp_path / "2000.html")
    assert driver.execute_script("return vanbanView.network.physics.options.enabled") is False


def _real_seed_graph():
    from vanban.graph.build import build_graph
    from vanban.loaders import extract

    return build_graph([extract(str(SEED))])


@pytest.mark.parametrize("doc_id", ["21-NQ/TW", "188-BC/BTCTW"])
def test_screenshot_of_the_seeds_view(driver, tmp_path, doc_id):
    """The seed read by the loaders and built into the graph: its view, saved as out/screenshots/*.png."""
    net = view(_real_seed_graph(), doc_id)
    open_checked(driver, net, tmp_path / "seed.html")
    ids = set(driver.execute_script("return vanbanView.nodes.getIds()"))
    pairs = {tuple(x) for x in driver.execute_script(
        "return vanbanView.edges.get().map(function (e) { return [e.from, e.to, e.meta.type]; })")}
    if doc_id == "21-NQ/TW":
        # Gold lines 37 and 361: 07-KH/TW is based on and implements 21-NQ/TW.
        assert {(D("07-KH/TW"), D("21-NQ/TW"), "BASED_ON"), (D("07-KH/TW"), D("21-NQ/TW"), "IMPLEMENTS")} <= pairs
        # The screenshot shows a tooltip too: 07-KH/TW's card (gold: Kế hoạch of the Bộ Chính trị, 17/8/2022).
        tip = browser.hover_node(driver, D("07-KH/TW"))
        assert "Kế hoạch 07-KH/TW" in tip and "17/08/2022" in tip and "Bộ Chính trị" in tip
        driver.execute_script("vanbanView.network.fit({maxZoomLevel: 1.5, animation: false});")
    else:
        # The report's own copy (sao lục 711-BS/VPTU) and its signer are around it.
        assert {D("711-BS/VPTU"), node_key("Person", GOLD["self"]["signer"])} <= ids
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"seed-{re.sub(r'[^0-9A-Za-z]+', '-', doc_id).strip('-')}.png"
    assert driver.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    shutil.copy(tmp_path / "seed.html", shot.with_suffix(".html"))


# ------------------------------------------------------------------ the command

@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from vanban.graph.store import Store
    from vanban.loaders import extract

    path = tmp_path_factory.mktemp("store") / "st"
    with Store(path) as st:
        report = st.load([str(SEED)], extract=extract)
    assert not report.failed
    return path


def run(*args):
    from vanban.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_view_writes_the_file(seed_store, tmp_path):
    out = tmp_path / "a" / "b" / "21.html"
    res = run("view", "21-NQ/TW", "-o", out, "--store", seed_store)
    # 21-NQ/TW, 07-KH/TW (BASED_ON, IMPLEMENTS), the report citing both, the Ban Chấp hành Trung ương.
    assert res.exit_code == 0, res.output
    assert res.output == f"wrote {out}: 4 nodes, 5 edges (view of 21-NQ/TW, depth 1)\n"
    assert "vis.Network" in out.read_text(encoding="utf-8")


def test_cli_view_errors(seed_store, tmp_path):
    res = run("view", "-o", tmp_path / "all.html", "--store", seed_store, "--max-nodes", 50)
    assert res.exit_code == 1
    assert "more than the limit of 50" in res.output and "give a document id (e.g. vanban view" in res.output
    res = run("view", "21-NQ/T", "-o", tmp_path / "x.html", "--store", seed_store)
    assert res.exit_code == 1 and "no document '21-NQ/T' in the graph; did you mean 21-NQ/TW" in res.output
    res = run("view", "21-NQ/TW", "--relations", "FOO", "-o", tmp_path / "x.html", "--store", seed_store)
    assert res.exit_code == 2 and "unknown relation 'FOO'" in res.output
    res = run("view", "21-NQ/TW", "--store", seed_store)
    assert res.exit_code == 2 and "Missing option '-o'" in res.output
    assert not (tmp_path / "x.html").exists() and not (tmp_path / "all.html").exists()


def test_cli_view_help_has_an_example():
    res = run("view", "-h")
    assert res.exit_code == 0 and "Example:" in res.output and "vanban view 21-NQ/TW" in res.output


# ------------------------------------------------------------------ views fetched from the store (issue 12)

def _drawn(G, doc_id, depth, relations=None, include_planned=False):
    from vanban.viz.select import select_view as select

    sel = select(G, doc_id=doc_id, depth=depth, relations=relations, include_planned=include_planned)
    return set(sel.nodes), {(e.source, e.target, e.type, e.planned, len(e.provenance)) for e in sel.edges}


def test_a_view_fetched_by_cypher_draws_what_the_whole_graph_view_draws(seed_store):
    from vanban.graph.store import Store
    from vanban.viz.fetch import neighbourhood
    from vanban.viz.select import EGO_DEFAULT_RELATIONS

    with Store(seed_store, read_only=True) as st:
        G = st.to_networkx()
        cited = sorted({G.nodes[v]["id"] for u, v, t in G.edges(data="type")
                        if t in ("IMPLEMENTS", "BASED_ON", "AMENDS", "GUIDES")})
        assert "21-NQ/TW" in cited and len(cited) >= 5
        for doc_id in cited[:12]:
            for depth, planned in ((1, False), (2, True)):
                got = neighbourhood(st, doc_id, depth, EGO_DEFAULT_RELATIONS, planned, max_nodes=10_000)
                assert got.more == {}
                assert _drawn(got.graph, doc_id, depth, include_planned=planned) == \
                    _drawn(G, doc_id, depth, include_planned=planned), (doc_id, depth)
        # the graph fetched for one view is a small part of the store
        got = neighbourhood(st, "21-NQ/TW", 1, EGO_DEFAULT_RELATIONS, False, max_nodes=10_000)
        assert got.graph.number_of_nodes() < G.number_of_nodes() / 10


def test_a_capped_view_says_how_much_it_left_out(seed_store, tmp_path):
    from vanban.graph.store import Store
    from vanban.viz.fetch import neighbourhood
    from vanban.viz.select import EGO_DEFAULT_RELATIONS

    with Store(seed_store, read_only=True) as st:
        report = st.run("MATCH (d:Document) WHERE d.loaded RETURN d.id").rows[0][0]
        G = st.to_networkx()
        capped = neighbourhood(st, report, 1, EGO_DEFAULT_RELATIONS, False, max_nodes=10, max_edges=20)
    key = node_key("Document", report)
    # arrows as the page draws them: one per two nodes, relation and planned flag, merging its statements
    incident: dict = {}
    for u, v, e in G.edges(data=True):
        if key in (u, v) and e["type"] in EGO_DEFAULT_RELATIONS and not e["planned"]:
            incident[(u, v, e["type"], False)] = incident.get((u, v, e["type"], False), 0) + 1
    assert len(incident) > 40
    arrows: dict = {}
    for u, v, e in capped.graph.edges(data=True):
        arrows[(u, v, e["type"], e["planned"])] = arrows.get((u, v, e["type"], e["planned"]), 0) + 1
    assert capped.graph.number_of_nodes() <= 10 and len(arrows) <= 20
    # every arrow of the report is either drawn or counted as left out (the drawn graph may also hold arrows
    # between two of its neighbours, which are not the report's) ...
    drawn = sum(1 for k in arrows if key in k[:2])
    assert drawn + capped.more["edges"] >= len(incident)
    # ... and a drawn arrow has its statements, or the first ones and how many more
    for k, n in arrows.items():
        assert n + capped.graph.more_statements.get(k, 0) == incident.get(k, n), k
    res = run("view", report, "-o", tmp_path / "r.html", "--store", seed_store, "--max-nodes", 10, "--max-edges", 20)
    assert res.exit_code == 0, res.output
    assert "more relations" in res.output and "not drawn (narrow it with --relations or --depth" in res.output


def test_a_view_is_never_written_into_the_store(seed_store):
    db = seed_store / "graph.lbug"
    before = db.stat().st_size
    for dest in (db, seed_store / "v.html"):
        res = run("view", "21-NQ/TW", "-o", dest, "--store", seed_store)
        assert res.exit_code == 1
        assert res.output == f"Error: {dest}: is inside the vanban store {seed_store}; writing there would damage " \
                             f"the store — write the file somewhere else\n"
    assert db.stat().st_size == before and not (seed_store / "v.html").exists()


def test_an_arrow_of_many_statements_keeps_the_first_and_counts_the_rest(seed_store):
    """At 100k documents one arrow merges up to 19,398 statements (each citing text states ISSUED_BY again): a
    view fetches the first ones by stating document and line, and the page's tooltip says how many more."""
    from vanban.graph.store import Store
    from vanban.viz import view_page
    from vanban.viz.fetch import neighbourhood
    from vanban.viz.select import EGO_DEFAULT_RELATIONS

    with Store(seed_store, read_only=True) as st:
        report = st.run("MATCH (d:Document) WHERE d.loaded RETURN d.id").rows[0][0]
        whole = neighbourhood(st, report, 1, EGO_DEFAULT_RELATIONS, False, max_nodes=10_000)
        first = neighbourhood(st, report, 1, EGO_DEFAULT_RELATIONS, False, max_nodes=10_000, statements=1)

    def by_arrow(G):
        out: dict = {}
        for u, v, e in G.edges(data=True):
            out.setdefault((u, v, e["type"], e["planned"]), []).append(e)
        return out

    all_of, kept = by_arrow(whole.graph), by_arrow(first.graph)
    assert set(all_of) == set(kept) and whole.graph.more_statements == {}
    several = {k for k, es in all_of.items() if len(es) > 1}
    assert len(several) >= 3
    for k, es in all_of.items():
        order = sorted(es, key=lambda e: (e["source_doc"], e["line"], e["start"], e["evidence"]))
        assert kept[k] == order[:1] and first.graph.more_statements.get(k, 0) == len(es) - 1, k
    page = view_page(first.graph, report)
    more = {(e["from"], e["to"], e["meta"]["type"]): e["meta"].get("more", 0) for e in page.edges}
    assert {k[:3]: len(all_of[k]) - 1 for k in several} == {k: n for k, n in more.items() if n}


def test_what_a_capped_view_says_it_left_out_is_true(seed_store):
    """The "N more relations and M more nodes not drawn" note, against the whole view drawn from the graph in
    memory with no cap: exactly what is missing when it says a number, at least that when it says "at least";
    the part drawn is a part of that view."""
    from vanban.graph.store import Store
    from vanban.viz.fetch import neighbourhood
    from vanban.viz.select import EGO_DEFAULT_RELATIONS, select_view

    exact = at_least = 0
    with Store(seed_store, read_only=True) as st:
        G = st.to_networkx()
        ids = [r[0] for r in st.run("MATCH (d:Document) RETURN d.id ORDER BY d.loaded DESC, d._cited_in DESC, d.id "
                                    "LIMIT 6").rows]
        for doc_id in ids:
            for depth, planned, max_nodes, max_edges in ((1, False, 10, 20), (1, True, 30, 10), (1, False, 10**6, 7),
                                                         (2, True, 40, 60), (2, False, 10**6, 50), (3, False, 300, 800)):
                got = neighbourhood(st, doc_id, depth, EGO_DEFAULT_RELATIONS, planned, max_nodes, max_edges)
                whole = select_view(G, doc_id=doc_id, depth=depth, include_planned=planned)
                arrows = {(e.source, e.target, e.type, e.planned) for e in whole.edges}
                drawn = {(u, v, d["type"], d["planned"]) for u, v, d in got.graph.edges(data=True)}
                assert drawn <= arrows and set(got.graph) <= set(whole.nodes)
                assert got.graph.number_of_nodes() <= max_nodes and len(drawn) <= max_edges
                for what, missing, loose in (("edges", len(arrows - drawn), "at_least"),
                                             ("nodes", len(set(whole.nodes) - set(got.graph)), "nodes_at_least")):
                    said = got.more.get(what, 0)
                    if got.more.get(loose):
                        assert missing >= said, (doc_id, depth, what, got.more, missing)
                        at_least += 1
                    else:
                        assert missing == said, (doc_id, depth, what, got.more, missing)
                        exact += bool(said)
    assert exact >= 3 and at_least >= 3, (exact, at_least)


def test_the_whole_graph_view_is_refused_from_a_count_that_stops_past_the_limit(seed_store, monkeypatch):
    """The view without an id counts the ends of the first edges only (internal ids, a LIMIT): past the limit it
    refuses with that many as "at least", never more than the view would hold; a count that reaches the last edge
    is exact; a store no larger than the limit is drawn whole without counting."""
    from vanban.graph.store import Store
    from vanban.viz import fetch
    from vanban.viz.select import ALL_EDGE_TYPES, select_view

    with Store(seed_store, read_only=True) as st:
        G = st.to_networkx()
        nodes = len(select_view(G).nodes)
        assert G.number_of_edges() > 200
        with pytest.raises(ViewTooLargeError) as exact:
            fetch.whole_graph(st, ALL_EDGE_TYPES, False, nodes - 1)
        assert (exact.value.count, exact.value.at_least) == (nodes, False)
        assert f"would have {nodes:,} nodes, more than the limit of {nodes - 1:,}" in str(exact.value)
        monkeypatch.setattr(fetch, "FIRST_ENDS", 10)
        with pytest.raises(ViewTooLargeError) as early:
            fetch.whole_graph(st, ALL_EDGE_TYPES, False, 20)
        assert early.value.at_least and 20 < early.value.count < nodes
        assert f"would have at least {early.value.count:,} nodes, more than the limit of 20" in str(early.value)
        got = fetch.whole_graph(st, ALL_EDGE_TYPES, False, G.number_of_nodes())
        assert set(got.graph) == set(select_view(G).nodes)


def test_the_last_ring_read_together_draws_what_it_draws_document_by_document(seed_store, monkeypatch):
    """A view's last ring of documents has its arrows among the view's nodes read in one query per AMONG_CHUNK
    documents (``_Walk.read_among``) instead of two a document (a hub's depth-1 view at 10k documents: 3,700
    queries, 4 s): the same nodes, arrows, sentences in the same order and the same note, in far fewer queries."""
    from vanban.graph.store import Store
    from vanban.viz import fetch
    from vanban.viz.select import EGO_DEFAULT_RELATIONS

    def drawn(got):
        g = got.graph
        arrows: dict = {}       # each arrow's sentences, in the order its tooltip lists them
        for u, v, d in g.edges(data=True):
            arrows.setdefault((u, v, d["type"], d["planned"]), []).append(sorted(d.items()))
        return sorted(g), arrows, dict(g.more_statements), got.more

    with Store(seed_store, read_only=True) as st:
        calls = []
        real_run = st.run
        monkeypatch.setattr(st, "run", lambda *a, **k: calls.append(1) or real_run(*a, **k))
        ids = [r[0] for r in real_run("MATCH (d:Document) RETURN d.id ORDER BY d.loaded DESC, d._cited_in DESC, d.id "
                                      "LIMIT 6").rows]
        compared = fewer = 0
        for doc_id in ids:
            # (and edge caps that bind inside the last ring: which arrows it keeps follows its order)
            for depth, planned, max_nodes, max_edges in ((1, False, 10**4, 10**4), (2, True, 10**4, 10**4),
                                                         (2, False, 40, 60), (3, False, 300, 800), (1, False, 10**4, 8),
                                                         (1, True, 10**4, 15), (2, False, 10**4, 30),
                                                         (2, False, 10**4, 45)):
                runs = {}
                for among_min in (10**9, 0):
                    monkeypatch.setattr(fetch, "AMONG_MIN", among_min)
                    calls.clear()
                    got = fetch.neighbourhood(st, doc_id, depth, EGO_DEFAULT_RELATIONS, planned, max_nodes, max_edges,
                                              statements=2)
                    runs[among_min] = (drawn(got), len(calls))
                assert runs[0][0] == runs[10**9][0], (doc_id, depth)
                compared += 1
                fewer += runs[0][1] < runs[10**9][1]
    assert compared == 48 and fewer >= 6, fewer

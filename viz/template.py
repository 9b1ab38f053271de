"""The page a view is written as: one self-contained HTML file.

pyvis's own template links Bootstrap and (in 'local'/'remote' mode) vis-network from CDNs; this one
inlines vis-network's JS and CSS from the pyvis package and loads nothing else, so the file opens on a
machine with no network. The network is rendered through pyvis (``Network.generate_html``) with this
template installed, so a notebook user's ``net.show(...)`` gives the same offline page.

Document text reaches the page only as JSON inside a script (Jinja's ``tojson`` escapes ``<``, ``>``,
``&`` and ``'``, so a title cannot close the script) and is put into the DOM only through
``textContent`` / DOM nodes, never ``innerHTML``: a title is data, never markup.
"""
from __future__ import annotations

import functools
import secrets
from importlib import resources
from pathlib import Path

VIS_DIR = "templates/lib/vis-9.1.2"
TEMPLATE_NAME = "vanban-view.html"


@functools.lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """(vis-network.min.js, vis-network.css) as shipped inside the installed pyvis package."""
    # found without importing pyvis: its __init__ imports IPython and networkx (0.35 s of CPU), which a page
    # written by `vanban view` does not need
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    base = resources.files("pyvis") if spec is None or not spec.submodule_search_locations else \
        Path(list(spec.submodule_search_locations)[0])
    base = base.joinpath(VIS_DIR)
    js = base.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = base.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - pyvis ships neither
        raise RuntimeError("the vis-network files in pyvis contain a closing tag; they cannot be inlined")
    return js, css


def environment():
    """A Jinja environment holding the view template, autoescaping every ``{{ }}`` by default."""
    from jinja2 import DictLoader, Environment
    from markupsafe import Markup

    env = Environment(loader=DictLoader({TEMPLATE_NAME: TEMPLATE}), autoescape=True)
    js, css = vis_assets()
    # The page's scripts run by nonce, so markup that slipped into the page (an inline onerror=, a
    # <script>) would not run even if escaping failed somewhere; random because the attacker writes
    # the documents that fill the page.
    env.globals.update(vis_js=Markup(js), vis_css=Markup(css), csp_nonce=secrets.token_urlsafe(18))
    return env


TEMPLATE = r"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-{{ csp_nonce }}'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>{{ heading or "vanban" }}</title>
<style>{{ vis_css }}</style>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.35 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  #vb-bar { display: flex; gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; flex-wrap: wrap; }
  #vb-bar h1 { font-size: 16px; margin: 0; font-weight: 600; }
  #vb-search { width: 24em; padding: 4px 6px; font: inherit; }
  #vb-found, #vb-status { color: #555; font-size: 13px; }
  #vb-main { flex: 1; display: flex; min-height: 0; }
  #mynetwork { flex: 1; position: relative; background: {{ bgcolor }}; }
  #vb-legend { width: 250px; overflow-y: auto; border-left: 1px solid #ddd; padding: 8px 10px; font-size: 13px; background: #fff; }
  #vb-legend h2 { font-size: 13px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: .03em; color: #555; }
  .vb-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
  .vb-sw { width: 16px; height: 12px; border: 1px solid #666; flex: none; }
  .vb-sw.hexagon { clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%); border: none; }
  .vb-sw.triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); border: none; }
  .vb-sw.dot { border-radius: 50%; width: 12px; }
  .vb-sw.box { border-radius: 3px; }
  .vb-line { width: 26px; height: 0; border-top: 3px solid #888; flex: none; }
  .vb-line.dashed { border-top-style: dashed; }
  .vb-n { color: #888; margin-left: auto; }
  div.vis-tooltip { max-width: 480px; white-space: normal; font: 13px/1.35 system-ui, Arial, sans-serif; padding: 6px 8px; }
  .vb-tip b { font-weight: 600; }
  .vb-tip .vb-k { color: #666; }
  .vb-tip .vb-ev { margin: 4px 0 0; padding-left: 6px; border-left: 3px solid #ccc; font-style: italic; }
</style>
</head>
<body>
<div id="vb-bar">
  <h1 id="vb-heading">{{ heading }}</h1>
  <input id="vb-search" type="search" placeholder="Tìm số hiệu, trích yếu… (Enter: tới văn bản)" autocomplete="off" aria-label="Tìm văn bản">
  <span id="vb-found"></span>
  <span id="vb-status"></span>
</div>
<div id="vb-main">
  <div id="mynetwork"></div>
  <div id="vb-legend" aria-label="Chú giải"></div>
</div>
<script nonce="{{ csp_nonce }}">{{ vis_js }}</script>
<script nonce="{{ csp_nonce }}">
(function () {
  "use strict";
  var RAW_NODES = {{ nodes|tojson }};
  var RAW_EDGES = {{ edges|tojson }};
  var OPTIONS = {{ options|safe }};  // built by vanban from its own constants: no document text in it
  var STYLE = {{ vanban_style|tojson }};

  var view = window.vanbanView = { stabilized: false, timings: { script: performance.now() } };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function row(box, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var d = el("div");
    d.appendChild(el("span", "vb-k", key + ": "));
    d.appendChild(el("span", null, Array.isArray(value) ? value.join("; ") : value));
    box.appendChild(d);
  }
  // Tooltips are DOM nodes built with textContent: vis shows an Element as is and never parses it.
  function nodeTip(m) {
    var box = el("div", "vb-tip");
    box.appendChild(el("b", null, m.heading));
    (m.rows || []).forEach(function (r) { row(box, r[0], r[1]); });
    return box;
  }
  function edgeTip(m) {
    var box = el("div", "vb-tip");
    box.appendChild(el("b", null, m.heading));
    (m.provenance || []).forEach(function (p) {
      box.appendChild(el("div", "vb-ev", p.evidence || "(không có câu trích)"));
      var src = [];
      if (p.source_doc) src.push("văn bản " + p.source_doc);
      if (p.source_file) src.push(p.source_file);
      if (p.line) src.push("dòng " + p.line);
      if (p.page) src.push("trang " + p.page + " của PDF");
      if (src.length) row(box, "Nguồn", src.join(", "));
    });
    // a view fetched from a large store keeps the first sentences of an arrow (viz/fetch.py)
    if (m.more) box.appendChild(el("div", "vb-k", "… và " + m.more + " câu khác cùng quan hệ này"));
    return box;
  }

  view.timings.parsed = performance.now();
  RAW_NODES.forEach(function (n) { n.title = nodeTip(n.meta); });
  RAW_EDGES.forEach(function (e) { e.title = edgeTip(e.meta); });
  var nodes = new vis.DataSet(RAW_NODES);
  var edges = new vis.DataSet(RAW_EDGES);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, OPTIONS);
  view.network = network; view.nodes = nodes; view.edges = edges;
  view.timings.network = performance.now();

  var status = document.getElementById("vb-status");
  function counts() {
    var shown = edges.get({ filter: function (e) { return !e.hidden; } }).length;
    return nodes.length + " nút · " + shown + (shown === edges.length ? "" : "/" + edges.length) + " cạnh";
  }
  status.textContent = counts() + " · đang sắp xếp…";
  network.on("stabilizationProgress", function (p) {
    status.textContent = counts() + " · đang sắp xếp " + Math.round(100 * p.iterations / p.total) + "%";
  });
  // Bounded stabilisation, then physics off: a big view stays still and responsive after it settles.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    // vis fits at zoom 1 at most; a small Lược đồ reads better a little closer.
    network.fit({ maxZoomLevel: 1.5, animation: false });
    view.stabilized = true;
    view.timings.stabilized = performance.now();
    status.textContent = counts();
  });
  if (!OPTIONS.physics || OPTIONS.physics.enabled === false || nodes.length === 0) {  // nothing to settle
    view.stabilized = true; view.timings.stabilized = performance.now(); status.textContent = counts();
  }

  // ---- legend and relation toggles
  var legend = document.getElementById("vb-legend");
  var relOn = {}, plannedOn = true;
  function applyToggles() {
    edges.update(edges.get().map(function (e) {
      return { id: e.id, hidden: !relOn[e.meta.type] || (e.meta.planned && !plannedOn) };
    }));
    status.textContent = counts();
  }
  function swatch(shape, colour) {
    var s = el("span", "vb-sw " + shape);
    s.style.background = colour;
    return s;
  }
  legend.appendChild(el("h2", null, "Văn bản và nút"));
  STYLE.kinds.forEach(function (k) {
    var r = el("div", "vb-row");
    r.appendChild(swatch(k.shape, k.colour));
    r.appendChild(el("span", null, k.label));
    r.appendChild(el("span", "vb-n", k.count));
    legend.appendChild(r);
  });
  if (STYLE.unloaded) {
    var u = el("div", "vb-row");
    var usw = swatch("box", "#fff"); usw.style.borderStyle = "dashed";
    u.appendChild(usw);
    u.appendChild(el("span", null, "viền đứt: văn bản chỉ được dẫn chiếu, chưa nạp"));
    legend.appendChild(u);
  }
  legend.appendChild(el("h2", null, "Quan hệ (bấm để ẩn/hiện)"));
  STYLE.relations.forEach(function (r) {
    relOn[r.type] = true;
    var lab = el("label", "vb-row");
    var cb = el("input", "vb-rel"); cb.type = "checkbox"; cb.checked = true; cb.setAttribute("data-rel", r.type);
    cb.addEventListener("change", function () { relOn[r.type] = cb.checked; applyToggles(); });
    var line = el("span", "vb-line"); line.style.borderTopColor = r.colour;
    lab.appendChild(cb); lab.appendChild(line);
    var name = el("span", null, r.label); name.title = r.type;
    lab.appendChild(name);
    lab.appendChild(el("span", "vb-n", r.count));
    legend.appendChild(lab);
  });
  if (STYLE.planned) {
    var pl = el("label", "vb-row");
    var pcb = el("input", "vb-planned"); pcb.type = "checkbox"; pcb.checked = true;
    pcb.addEventListener("change", function () { plannedOn = pcb.checked; applyToggles(); });
    var pline = el("span", "vb-line dashed");
    pl.appendChild(pcb); pl.appendChild(pline);
    pl.appendChild(el("span", null, "nét đứt: dự kiến, dự thảo (chưa ban hành)"));
    pl.appendChild(el("span", "vb-n", STYLE.planned));
    legend.appendChild(pl);
  }

  // ---- search by number or title, diacritics- and case-insensitive ("quy dinh 58" finds 58-QĐ/TW)
  function fold(s) {
    return String(s || "").replace(/Đ/g, "D").replace(/đ/g, "d").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var index = RAW_NODES.map(function (n) { return { id: n.id, text: fold((n.meta.search || []).join(" \u0001 ")) }; });
  var search = document.getElementById("vb-search"), found = document.getElementById("vb-found");
  function find(q) {
    var words = fold(q).split(" ").filter(Boolean);
    if (!words.length) return [];
    return index.filter(function (x) {
      return words.every(function (w) { return x.text.indexOf(w) >= 0 || x.text.replace(/\s/g, "").indexOf(w) >= 0; });
    }).map(function (x) { return x.id; });
  }
  view.find = find;
  function runSearch(focus) {
    var hits = find(search.value);
    network.selectNodes(hits, false);
    found.textContent = search.value.trim() ? hits.length + " kết quả" : "";
    if (focus && hits.length) network.focus(hits[0], { scale: 1.2, animation: false });
  }
  search.addEventListener("input", function () { runSearch(false); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(true); });
})();
</script>
</body>
</html>
"""

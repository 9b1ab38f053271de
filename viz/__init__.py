"""Interactive HTML views of the graph: the "Lược đồ" of a document, or the whole graph when small.

    from vanban.viz import view, write_view
    net = view(G, "21-NQ/TW", depth=2)          # a pyvis.network.Network: display it in a notebook
    write_view(net, "out/21-NQ.html")            # one self-contained file, opens with no network

The page has a legend, a tooltip per node (number, type, date, issuer, title) and per edge (relation,
evidence sentence, source document), a search box (number or title) and one toggle per relation type.
Planned relations (tasks, drafts) are dashed and left out unless ``include_planned``.
"""
from __future__ import annotations

import math
from pathlib import Path

from vanban.errors import ViewTooLargeError
from vanban.graph.model import NodeLabel
from vanban.viz import style
from vanban.viz.select import ALL_EDGE_TYPES, EGO_DEFAULT_RELATIONS, Selection, parse_relations, select_view

__all__ = ["view", "view_page", "Page", "write_view", "ViewTooLargeError", "DEFAULT_MAX_NODES", "select", "parse_relations",
           "ALL_EDGE_TYPES", "EGO_DEFAULT_RELATIONS"]

# A browser's physics layout of about 2,000 nodes settles in a few seconds (bench/bench_view.py); well
# beyond that it crawls and never becomes still. Larger views must be narrowed by an id or filters.
DEFAULT_MAX_NODES = 2000
# Edge labels are drawn on every frame; past this many edges they cost more than they tell (the legend
# and tooltips still name every relation).
EDGE_LABEL_LIMIT = 300
# Curved edges add a support node each to the physics; straight lines keep large views fast.
SMOOTH_EDGE_LIMIT = 500
# Beyond this many nodes the layout trades precision for speed (see _options).
LARGE_VIEW = 200


def view(G, doc_id=None, depth=1, relations=None, include_planned=False, max_nodes=DEFAULT_MAX_NODES):
    """The pyvis network of one view of ``G`` (a MultiDiGraph shaped as graph/model.py says); ``view_page`` takes
    the same arguments and gives the page without pyvis (what `vanban view` writes).

    ``doc_id``: the document in the middle ("21-NQ/TW"; spacing/diacritics variants accepted); its
    neighbours along the chosen relations, both directions, to ``depth`` hops. Without it: the whole
    graph. ``relations``: edge types to follow and draw (names, any case, or "AMENDS,IMPLEMENTS");
    default every relation, minus MENTIONS (provinces) in an ego view. ``include_planned``: also draw
    planned relations (dashed). ``max_nodes``: ViewTooLargeError beyond it, naming ways to narrow.
    Raises UnknownDocumentError (with close matches) for an unknown id, ValueError for a bad argument.
    """
    return view_page(G, doc_id, depth, relations, include_planned, max_nodes).to_pyvis()


def view_page(G, doc_id=None, depth=1, relations=None, include_planned=False, max_nodes=DEFAULT_MAX_NODES) -> Page:
    """``view``'s page without pyvis: its nodes, edges and options, and ``generate_html()``."""
    sel = select_view(G, doc_id=doc_id, depth=depth, relations=relations, include_planned=include_planned)
    if len(sel.nodes) > max_nodes:
        raise ViewTooLargeError(len(sel.nodes), max_nodes, _narrowing_hint(G, doc_id, depth, relations))
    heading = _heading(G, sel, doc_id, depth, relations, include_planned)
    return _network(G, sel, heading)


class Page:
    """One view as the page draws it: vis-network nodes and edges, options, legend (``vanban_style``) and the
    selection they came from.  ``generate_html()`` renders the offline template (viz/template.py) as pyvis's
    ``Network.generate_html`` does with it installed; ``to_pyvis()`` is the same view as a pyvis Network (for a
    notebook).  Kept apart from pyvis, whose import costs `vanban view` 0.35 s of CPU (IPython, networkx)."""
    bgcolor = "#ffffff"

    def __init__(self, heading: str):
        self.heading = heading
        self.nodes: list = []
        self.edges: list = []
        self.options: dict = {}
        self.vanban_style: dict = {}
        self.vanban_selection: Selection | None = None

    def generate_html(self, name="view.html", local=True, notebook=False) -> str:
        import json

        from vanban.viz.template import TEMPLATE_NAME, environment

        env = environment()
        env.globals["vanban_style"] = self.vanban_style
        return env.get_template(TEMPLATE_NAME).render(nodes=self.nodes, edges=self.edges, heading=self.heading,
                                                      options=json.dumps(self.options), bgcolor=self.bgcolor)

    def to_pyvis(self):
        from pyvis.network import Network

        from vanban.viz.template import TEMPLATE_NAME, environment

        net = Network(height="100%", width="100%", directed=True, heading=self.heading, cdn_resources="in_line")
        for node in self.nodes:
            # Network.add_node checks membership in a list (quadratic); selection keys are unique already.
            net.node_ids.append(node["id"])
            net.node_map[node["id"]] = node
        net.nodes, net.edges = self.nodes, self.edges   # Network.add_edge is also a linear scan per edge
        net.options = self.options
        net.vanban_style, net.vanban_selection = self.vanban_style, self.vanban_selection
        env = environment()
        env.globals["vanban_style"] = net.vanban_style
        net.templateEnv, net.path = env, TEMPLATE_NAME
        net.template = env.get_template(TEMPLATE_NAME)  # what pyvis renders when notebook=True
        return net


def write_view(net, path, store=None) -> Path:
    """Write a network made by ``view`` (or a page made by ``view_page``) as one self-contained HTML file (parent
    folders created).

    Returns the path written. The file loads nothing from any other place: vis-network's code and style
    are inlined, and the page's Content-Security-Policy forbids every other source.  Written through
    ``vanban.outputs`` (never inside a store; atomically).
    """
    from vanban.outputs import open_output

    if not getattr(net, "vanban_style", None):
        raise ValueError(f"{net!r} was not made by vanban.viz.view(); write it with pyvis, or build it with view()")
    # pyvis's write_html writes in the locale's encoding and (cdn_resources='local') copies a lib/ folder
    # into the working directory: render through its template machinery, write the bytes ourselves.
    html = net.generate_html(name="view.html")
    with open_output(path, store=store, make_parents=True) as fh:
        fh.write(html)
    return Path(path)


# ------------------------------------------------------------------ building the pyvis network

def _network(G, sel: Selection, heading: str) -> Page:
    net = Page(heading)
    n_nodes, n_edges = len(sel.nodes), len(sel.edges)
    positions = _ego_positions(sel) if sel.center else {}
    kinds: dict = {}
    unloaded = False
    for key in sel.nodes:
        data = G.nodes[key]
        node, kind = _node(key, data, key == sel.center)
        kinds.setdefault(kind, [node, 0])[1] += 1
        unloaded |= bool(node.get("shapeProperties"))
        if key in positions:
            node["x"], node["y"] = positions[key]
        net.nodes.append(node)

    label_edges = n_edges <= EDGE_LABEL_LIMIT
    smooth = n_edges <= SMOOTH_EDGE_LIMIT
    parallel: dict = {}
    relations: dict = {}
    for i, e in enumerate(sel.edges):
        pair = frozenset((e.source, e.target))
        k = parallel[pair] = parallel.get(pair, -1) + 1
        edge = _edge(G, i, e, label_edges)
        if smooth and k:
            # A second relation between the same two documents bends away from the first.
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.12 * k}
        relations[e.type] = relations.get(e.type, 0) + 1
        net.edges.append(edge)

    net.options = _options(n_nodes, n_edges, smooth, bool(positions))
    net.vanban_style = {
        "kinds": [{"label": label, "shape": n["shape"], "colour": n["color"]["background"], "count": count}
                  for label, (n, count) in sorted(kinds.items(), key=lambda kv: _kind_order(kv[0]))],
        "relations": [{"type": t, "label": style.RELATIONS[t][0], "colour": style.RELATIONS[t][1], "count": c}
                      for t, c in sorted(relations.items(), key=lambda kv: _RELATION_ORDER.index(kv[0]))],
        "planned": sum(1 for e in sel.edges if e.planned),
        "unloaded": unloaded,
    }
    net.vanban_selection = sel
    return net


_RELATION_ORDER = list(style.RELATIONS)


def _kind_order(label):
    order = list(style.DOCUMENT_TYPES) + [style.OTHER_DOCUMENT[0]] + [v[0] for v in style.NODE_KINDS.values()]
    return order.index(label) if label in order else len(order)


def _node(key, data, is_center):
    """(vis node dict, legend label). Text from documents goes only into ``meta``/``label``: the page
    draws labels on a canvas and builds tooltips from ``meta`` with textContent."""
    label = data.get("label")
    ident = str(data.get("id", str(key).partition(":")[2]))
    if label == NodeLabel.DOCUMENT.value:
        kind = style.document_type(data)
        colour = style.document_colour(kind)
        type_word = data.get("type") or kind
        rows = [("Số hiệu", data.get("code") or ident), ("Loại", type_word), ("Ngày", _date(data.get("date"))),
                ("Cơ quan ban hành", data.get("issuer")), ("Trích yếu", data.get("title")),
                ("Tên khác", list(data.get("aliases") or [])), ("Nghi vấn", data.get("doubt")),
                ("Tệp nguồn", data.get("source_file") if data.get("loaded") else "chưa nạp (chỉ được dẫn chiếu)")]
        node = {"id": key, "label": ident, "shape": style.DOCUMENT_SHAPE,
                "color": _colour(colour), "font": {"size": 14, "color": "#111"},
                "margin": 6, "widthConstraint": {"maximum": 180}}
        if not data.get("loaded"):
            node["shapeProperties"] = {"borderDashes": [5, 4]}
        search = [ident, data.get("code"), data.get("title"), f"{type_word} {data.get('number') or ''}",
                  *(data.get("aliases") or [])]
        heading = f"{type_word} {ident}" if type_word != style.OTHER_DOCUMENT[0] else ident
    else:
        kind, shape, colour = style.NODE_KINDS.get(label, (label or "?", "dot", "#999999"))
        name = data.get("name") or ident
        rows = {
            NodeLabel.BODY.value: [("Mã", data.get("code"))],
            NodeLabel.LOCALITY.value: [("Tình trạng", {"legacy": "tỉnh cũ (trước 01/7/2025)",
                                                       "current": "tỉnh mới (từ 01/7/2025)",
                                                       "both": "trước và sau 01/7/2025"}.get(data.get("status"),
                                                                                            data.get("status"))),
                                       ("Nay thuộc", data.get("merged_into"))],
            NodeLabel.PERSON.value: [("Chức vụ", data.get("position"))],
        }.get(label, [])
        node = {"id": key, "label": name, "shape": shape, "color": _colour(colour), "size": 14,
                "font": {"size": 12, "color": "#333"}}
        search, heading = [name], f"{kind}: {name}"
    if is_center:
        node["borderWidth"] = 4
        node["color"] = dict(node["color"], border="#000000")
        node["font"] = dict(node["font"], size=18, bold=True)
        node["mass"] = 3
    node["meta"] = {"heading": heading, "rows": [[k, v] for k, v in rows if v not in (None, "", [])],
                    "search": [s for s in search if s]}
    return node, kind


def _edge(G, i, e, with_label):
    label, colour = style.RELATIONS.get(e.type, (e.type, "#999999"))
    structural = e.type in ("ISSUED_BY", "SIGNED_BY", "MENTIONS")
    src, dst = (str(G.nodes[n].get("id", n)) for n in (e.source, e.target))
    heading = f"{src} → {dst}: {label} ({e.type})" + (" · dự kiến, chưa ban hành" if e.planned else "")
    edge = {"id": f"e{i}", "from": e.source, "to": e.target, "arrows": "to",
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
            "width": 1 if structural else 2, "dashes": bool(e.planned),
            "meta": {"type": e.type, "planned": bool(e.planned), "heading": heading, "provenance": e.provenance}}
    more = getattr(G, "more_statements", {}).get((e.source, e.target, e.type, bool(e.planned)), 0)
    if more:
        edge["meta"]["more"] = more     # statements of this arrow a view fetched from the store left out
    if with_label and not structural:
        edge["label"] = label
        edge["font"] = {"size": 10, "color": colour, "strokeWidth": 3, "strokeColor": "#ffffff", "align": "middle"}
    return edge


def _colour(fill):
    return {"background": fill, "border": "#555555", "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"}}


def _date(iso):
    """ISO date as Vietnamese documents write it (dd/mm/yyyy); anything else unchanged."""
    if iso and len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
    return iso


def _ego_positions(sel: Selection) -> dict:
    """Rings around the centre, one per hop: physics then only has to relax, not untangle."""
    rings: dict = {}
    for key in sel.nodes:
        rings.setdefault(sel.distance.get(key, 0), []).append(key)
    pos = {}
    for d, keys in rings.items():
        radius = 0 if d == 0 else 160 * d + 6 * len(keys)
        for j, key in enumerate(keys):
            a = 2 * math.pi * j / max(1, len(keys)) + 0.4 * d
            pos[key] = (round(radius * math.cos(a), 1), round(radius * math.sin(a), 1))
    return pos


def _options(n_nodes, n_edges, smooth, positioned):
    """vis-network options, measured in headless chromium by bench/bench_view.py (benchmark if changing).

    ForceAtlas2 spreads a dense web further than Barnes-Hut for the same work. Past LARGE_VIEW nodes the
    repulsion runs with a coarser Barnes-Hut tree (theta 1.0: at 0.5 one step of 2,000 nodes took ~30 ms,
    at 1.0 a few), without overlap avoidance or adaptive time steps (each multiplies the force work), and
    with a bounded iteration budget, after which the page turns physics off.
    """
    large = n_nodes > LARGE_VIEW
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150 and not positioned},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"theta": 1.0 if large else 0.5, "gravitationalConstant": -80 if large else -120,
                                 "centralGravity": 0.01, "springLength": 100 if large else 140,
                                 "springConstant": 0.08, "damping": 0.4, "avoidOverlap": 0 if large else 0.6},
            "stabilization": {"enabled": True, "iterations": 150 if large else 400, "updateInterval": 25,
                              "fit": True},
            "minVelocity": 1.0,
            "timestep": 0.5,
            "adaptiveTimestep": not large,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_edges > 1000,
                        "hideEdgesOnZoom": n_edges > 3000, "navigationButtons": False, "keyboard": False},
        "edges": {"smooth": {"enabled": True, "type": "continuous", "roundness": 0.3} if smooth else False,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}},
        "nodes": {"borderWidth": 1},
    }


def _heading(G, sel, doc_id, depth, relations, include_planned):
    if sel.center:
        text = f"Lược đồ {G.nodes[sel.center].get('id', doc_id)} · {depth} bước"
    else:
        text = "Toàn bộ đồ thị"
    rels = parse_relations(relations)
    if rels:
        text += " · " + ", ".join(style.RELATIONS[r][0] for r in rels)
    if include_planned:
        text += " · gồm quan hệ dự kiến"
    return text


def _narrowing_hint(G, doc_id, depth, relations):
    if doc_id is not None:
        return (f"use a smaller --depth than {depth} or fewer --relations "
                f"(e.g. --relations AMENDS,REPLACES,REPEALS,GUIDES,IMPLEMENTS,BASED_ON)")
    example = _most_related_document(G)
    return (f"give a document id (e.g. vanban view {example} --depth 1) or keep fewer relations "
            f"(e.g. --relations AMENDS,REPLACES,REPEALS)")


def _most_related_document(G):
    best, best_n = "21-NQ/TW", -1
    for key, data in G.nodes(data=True):
        if data.get("label") == NodeLabel.DOCUMENT.value:
            n = sum(1 for _, _, t in G.in_edges(key, data="type") if t not in ("ISSUED_BY", "SIGNED_BY", "MENTIONS"))
            if n > best_n:
                best, best_n = str(data.get("id", key)), n
    return best

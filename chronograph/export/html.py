"""``graph.html``: the knowledge graph as one offline vis-network page.

pyvis 0.3.2 renders its template (``generate_html``, never ``write_html``); the result is then
post-processed: CDN ``<script>``/``<link>`` tags are dropped, vis-network is inlined from the pyvis
package, and a legend, search box, type filter and evidence panel (our own small JS) are added.
Article text reaches the page only as escaped JSON and is shown with ``textContent`` or as plain
vis-network tooltips. The same graph gives the same bytes.
"""

from __future__ import annotations

import html
import json
import math
import random
import re
from collections import Counter, defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_write

if TYPE_CHECKING:
    import networkx as nx

    from ..graph import KnowledgeGraph

#: with fewer display nodes vis-network runs physics; with more, a precomputed layout is used
PHYSICS_LIMIT = 300
#: above this many graph nodes only conflict neighbourhoods and the best-connected entities are shown
MAX_NODES = 5000
TRIMMED_LIMIT = 2000
TOP_ENTITIES = 200
SEED = 7
RED, DARK_RED = "#d62728", "#8b0000"
ENTITY_KINDS = ("model", "organization", "hardware", "software", "paper", "benchmark", "product")
#: kind -> (colour, vis-network shape, size)
KIND_STYLE: dict[str, tuple[str, str, int]] = {
    "model": ("#4e79a7", "dot", 16), "organization": ("#f28e2b", "square", 16),
    "hardware": ("#76b7b2", "triangle", 14), "software": ("#59a14f", "triangleDown", 14),
    "paper": ("#edc948", "hexagon", 14), "benchmark": ("#b07aa1", "star", 14),
    "product": ("#9c755f", "hexagon", 14), "event": ("#8cd17d", "dot", 9), "date": ("#d9d9d9", "box", 10),
    "article": ("#bab0ac", "square", 9), "conflict": (RED, "diamond", 20),
}
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")
VIS_DIR = "templates/lib/vis-9.1.2"
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*</script\s*>\s*", re.I)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>\s*", re.I)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            v = (value or "").strip().lower()
            if name in ("src", "href", "action", "poster", "data", "srcset") and (v.startswith(("http:", "https:", "//"))):
                self.refs.append(f"<{tag} {name}={value}>")


def remote_refs(page: str) -> list[str]:
    """Attributes of real tags (not script data) that would load or link something over the network."""
    parser = _Refs()
    parser.feed(page)
    parser.close()
    css = re.findall(r"<style[^>]*>(.*?)</style>", page, flags=re.S | re.I)
    return parser.refs + [m for block in css for m in re.findall(r"(?:@import|url\()\s*[\"']?\s*(?:https?:)?//", block)]


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def select_nodes(g: nx.MultiDiGraph, max_nodes: int = MAX_NODES) -> tuple[list[str], dict[str, int], int]:
    """Nodes to draw (graph order), the left-out node count per kind and how many top entities were added."""
    if g.number_of_nodes() <= max_nodes:
        return list(g.nodes), {}, 0
    keep: dict[str, None] = {}
    conflicts = [n for n, d in g.nodes(data=True) if d.get("kind") == "conflict"]
    for c in conflicts:
        if len(keep) >= TRIMMED_LIMIT:
            break
        keep[c] = None
        for n in g.successors(c):
            keep[n] = None
            if g.nodes[n].get("kind") == "event":
                for m in g.successors(n):
                    keep[m] = None
    entities = [n for n, d in g.nodes(data=True) if d.get("kind") in ENTITY_KINDS and n not in keep]
    entities.sort(key=lambda n: (-g.degree(n), n))
    top = entities[: max(0, min(TOP_ENTITIES, TRIMMED_LIMIT - len(keep)))]
    keep.update(dict.fromkeys(top))
    left = Counter(str(d.get("kind", "")) for n, d in g.nodes(data=True) if n not in keep)
    return [n for n in g.nodes if n in keep], dict(sorted(left.items())), len(top)


def _initial(nodes: list[str], pairs: list[tuple[int, int]], k: float) -> tuple[list[float], list[float]]:
    """Breadth-first order along a sunflower spiral: linked nodes start close together."""
    adj: list[list[int]] = [[] for _ in nodes]
    for a, b in pairs:
        adj[a].append(b)
        adj[b].append(a)
    order: list[int] = []
    seen = [False] * len(nodes)
    for root in sorted(range(len(nodes)), key=lambda i: (-len(adj[i]), i)):
        if seen[root]:
            continue
        seen[root] = True
        queue = [root]
        for i in queue:
            order.append(i)
            for j in adj[i]:
                if not seen[j]:
                    seen[j] = True
                    queue.append(j)
    xs, ys = [0.0] * len(nodes), [0.0] * len(nodes)
    golden = math.pi * (3 - math.sqrt(5))
    for rank, i in enumerate(order):
        r = k * 0.8 * math.sqrt(rank + 0.5)
        xs[i], ys[i] = r * math.cos(rank * golden), r * math.sin(rank * golden)
    return xs, ys


def layout(nodes: list[str], edges: list[tuple[str, str]], seed: int = SEED) -> dict[str, tuple[float, float]]:
    """A deterministic force layout: spiral start, then Fruchterman-Reingold with grid repulsion (pure Python)."""
    n, k = len(nodes), 110.0
    rng = random.Random(seed)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = sorted({(index[u], index[v]) for u, v in edges if u != v and u in index and v in index})
    xs, ys = _initial(nodes, pairs, k)
    for i in range(n):  # a little seeded jitter breaks exact symmetries
        xs[i] += rng.uniform(-1, 1)
        ys[i] += rng.uniform(-1, 1)
    cell, temp, kk = 1.5 * k, 3 * k, k * k
    for _ in range(40 if n < 1000 else 20):
        dx, dy = [0.0] * n, [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i in range(n):
            grid[(int(xs[i] // cell), int(ys[i] // cell))].append(i)
        for (cx, cy), members in grid.items():
            near = [j for ox in (-1, 0, 1) for oy in (-1, 0, 1) for j in grid.get((cx + ox, cy + oy), ())]
            if len(near) > 48:
                near = near[:: len(near) // 48 + 1]
            for i in members:
                xi, yi, fx, fy = xs[i], ys[i], 0.0, 0.0
                for j in near:
                    ex, ey = xi - xs[j], yi - ys[j]
                    d2 = ex * ex + ey * ey
                    if 0 < d2 < 4 * kk:
                        fx += ex * kk / d2
                        fy += ey * kk / d2
                dx[i] += fx
                dy[i] += fy
        for a, b in pairs:
            ex, ey = xs[a] - xs[b], ys[a] - ys[b]
            f = math.sqrt(ex * ex + ey * ey) / k
            dx[a] -= ex * f
            dy[a] -= ey * f
            dx[b] += ex * f
            dy[b] += ey * f
        for i in range(n):
            dx[i] -= xs[i] * 0.01
            dy[i] -= ys[i] * 0.01
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                step = min(length, temp) / length
                xs[i] += dx[i] * step
                ys[i] += dy[i] * step
        temp *= 0.9
    return {v: (round(xs[i], 1), round(ys[i], 1)) for i, v in enumerate(nodes)}


def _node_text(g: nx.MultiDiGraph, node: str, d: dict[str, Any], conflicts: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Plain-text tooltip and panel record (heading, kind, fields, evidence) of one node."""
    kind = str(d.get("kind", ""))
    fields: list[list[str]] = []
    evidence: list[dict[str, str]] = []
    if kind == "event":
        fields = [["subject", d.get("subject", "")], ["event", str(d.get("predicate", "")).replace("_", " ")],
                  ["date", d.get("date", "")], ["forecast", "yes" if d.get("forecast") else "no"]]
        for _, art, e in g.out_edges(node, data=True):
            if e.get("relation") == "reported_by":
                evidence.append({"a": g.nodes[art].get("article", art), "d": e.get("date_text", ""),
                                 "q": e.get("quote", ""), "t": e.get("conflict_codes", "")})
    elif kind == "conflict":
        c = conflicts.get(node)
        fields = [["code", d.get("code", "")], ["severity", d.get("severity", "")], ["subject", d.get("subject", "")],
                  ["about", d.get("predicate", "")], ["values", d.get("values", "")],
                  ["best supported", d.get("best_value", "")], ["explanation", d.get("explanation", "")]]
        if c is not None:
            if c.best_value is not None:
                shown = next((v.display for v in c.values if v.value == c.best_value), str(c.best_value))
                fields[5][1] = f"{shown} (score {c.best_score}; {c.best_reason})"
            for v in c.values:
                for art, quote in zip(v.articles, v.quotes, strict=False):
                    evidence.append({"a": art, "d": "", "q": _short(quote, 600), "t": f"value {v.display} (score {v.score})"})
    elif kind == "article":
        fields = [["article", d.get("article", "")], ["title", d.get("label", "")], ["url", d.get("url", "")],
                  ["published", d.get("published", "")],
                  ["reference date", f"{d.get('reference_date', '')} ({d.get('reference_source', '')})"]]
    elif kind == "date":
        fields = [["date", d.get("date", "")], ["from", d.get("start", "")], ["to", d.get("end", "")]]
        fields += [["event", str(g.nodes[u].get("label", u))] for u in g.predecessors(node)]
    else:
        fields = [["type", kind], ["aliases", d.get("aliases", "")], ["organization", d.get("organization", "")],
                  ["articles", str(d.get("articles", ""))], ["conflicts", d.get("conflict_codes", "")]]
        for _, art, e in g.out_edges(node, data=True):
            if e.get("relation") == "states":
                evidence.append({"a": g.nodes[art].get("article", art), "d": "", "q": e.get("quote", ""),
                                 "t": f"{e.get('predicate', '')} = {e.get('value', '')}"})
    fields = [[k, str(v)] for k, v in fields if str(v).strip() not in ("", "()")]
    head = str(d.get("label", node))
    lines = [head, f"[{kind}]"] + [f"{k}: {_short(v, 300)}" for k, v in fields if k not in ("title",)]
    if evidence:
        lines.append("evidence:")
        for ev in evidence[:6]:
            tag = f" [{ev['t']}]" if ev["t"] else ""
            lines.append(f"• {ev['a']}{tag}: “{_short(ev['q'], 240)}”")
        if len(evidence) > 6:
            lines.append(f"… and {len(evidence) - 6} more (click the node)")
    return "\n".join(lines), {"h": head, "k": kind, "f": fields, "e": evidence}


def _options(physics: bool) -> dict[str, Any]:
    opts: dict[str, Any] = {
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False, "width": 1},
        "nodes": {"font": {"size": 12, "face": "sans-serif"}},
        "layout": {"randomSeed": SEED, "improvedLayout": physics},
    }
    if physics:
        opts["physics"] = {"enabled": True, "solver": "forceAtlas2Based",
                           "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.3},
                           "stabilization": {"enabled": True, "iterations": 400, "fit": True}}
    else:
        opts["physics"] = {"enabled": False}
    return opts


def _legend(counts: Counter[str]) -> str:
    shapes = {"dot": '<circle cx="7" cy="7" r="6"/>', "square": '<rect x="1" y="1" width="12" height="12"/>',
              "triangle": '<polygon points="7,1 13,13 1,13"/>', "triangleDown": '<polygon points="1,1 13,1 7,13"/>',
              "hexagon": '<polygon points="4,1 10,1 13,7 10,13 4,13 1,7"/>',
              "star": '<polygon points="7,0 9,5 14,5 10,8 12,14 7,10 2,14 4,8 0,5 5,5"/>',
              "box": '<rect x="0" y="3" width="14" height="8" rx="2"/>', "diamond": '<polygon points="7,0 14,7 7,14 0,7"/>'}
    items = []
    for kind, (colour, shape, _) in KIND_STYLE.items():
        if kind == "product" and not counts.get(kind):
            continue
        items.append(f'<label class="lg"><input type="checkbox" data-kind="{kind}" checked>'
                     f'<svg width="14" height="14" fill="{colour}" stroke="#555">{shapes[shape]}</svg>'
                     f'{kind} <span class="n">({counts.get(kind, 0)})</span></label>')
    items.append(f'<span class="lg"><svg width="14" height="14" fill="{RED}" stroke="{DARK_RED}">{shapes["dot"]}</svg>'
                 'red: in a conflict</span>')
    return "\n".join(items)


def graph_html(kg: KnowledgeGraph, max_nodes: int = MAX_NODES, physics_limit: int = PHYSICS_LIMIT) -> str:
    """The page as a string (see :func:`write_graph_html`)."""
    from pyvis.network import Network

    g = kg.graph
    shown, left_out, top = select_nodes(g, max_nodes)
    keep = set(shown)
    physics = len(shown) < physics_limit
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, e in g.edges(data=True):
        if u in keep and v in keep:
            merged.setdefault((u, v, str(e.get("relation", ""))), []).append(e)
    pos = {} if physics else layout(shown, [(u, v) for u, v, _ in merged])
    conflicts = {f"conflict:{c.id}": c for c in kg.all_conflicts()}
    net = Network(height="100%", width="100%", directed=True, notebook=False, cdn_resources="in_line")
    net.options = _options(physics)  # a plain dict: pyvis json.dumps it as is
    titles: dict[str, str] = {}
    panel: dict[str, Any] = {}
    kinds: dict[str, str] = {}
    for node in shown:
        d = g.nodes[node]
        kind = str(d.get("kind", ""))
        colour, shape, size = KIND_STYLE.get(kind, ("#97c2fc", "dot", 12))
        label = _short(d.get("label", node), 40)
        extra: dict[str, Any] = {}
        if kind == "conflict":
            label = f"{d.get('code', '')} {_short(d.get('subject', ''), 30)}\n{_short(str(d.get('values', '')).replace(' | ', ' vs '), 60)}"
            extra["font"] = {"color": DARK_RED, "size": 13, "face": "sans-serif", "bold": True}
        if d.get("conflict"):
            colour = RED
            extra["borderWidth"] = 3
        if node in pos:
            extra["x"], extra["y"] = pos[node]
        net.add_node(node, label=label, shape=shape, size=size,
                     color={"background": colour, "border": DARK_RED if d.get("conflict") else "#555555",
                            "highlight": {"background": colour, "border": "#000000"}}, **extra)
        titles[node], panel[node] = _node_text(g, node, d, conflicts)
        kinds[node] = kind
    # pyvis's add_edge checks node membership against a list (O(N) per edge); its edge dict is this:
    for i, ((u, v, relation), es) in enumerate(merged.items()):
        bad = any(e.get("conflict") for e in es)
        lines = [relation.replace("_", " ")] + [f"• “{_short(e['quote'], 200)}”" for e in es[:5] if e.get("quote")]
        if any(e.get("predicate") for e in es):
            lines[0] += ": " + "; ".join(sorted({f"{e.get('predicate')} = {e.get('value')}" for e in es}))
        net.edges.append({"id": f"e{i}", "from": u, "to": v, "arrows": "to", "title": "\n".join(lines),
                          "color": {"color": RED if bad else "#9a9a9a", "highlight": RED if bad else "#333333"},
                          "width": 2.5 if bad else 1})
    page = _postprocess(net.generate_html())
    notice = ""
    if left_out:
        parts = ", ".join(f"{n:,} {k}" for k, n in left_out.items())
        notice = (f'<div id="cg-notice">This graph has {g.number_of_nodes():,} nodes, more than {max_nodes:,}: shown are '
                  f"{len(shown):,} nodes, the neighbourhoods of conflicts and the {top:,} most connected entities. "
                  f"Left out: {html.escape(parts)}. The full graph is in graph.graphml and graph.json.</div>")
    data = {"titles": titles, "panel": panel, "kind": kinds}
    header = (f'<header id="cg-bar"><b>chronograph graph</b>'
              f'<input id="cg-search" type="search" placeholder="search nodes…" aria-label="search nodes">'
              f'<span id="cg-count"></span><span class="stat">{len(shown):,} nodes · {len(merged):,} edges'
              f'{" · layout precomputed" if not physics else ""}</span>'
              f'<a href="index.html">report</a><a href="timeline.html">timeline</a></header>'
              f'<div id="cg-legend">{_legend(Counter(kinds.values()))}</div>{notice}')
    page = _replace_once(page, "<body>", "<body>\n" + header)
    page = _replace_once(page, '<div class="card" style="width: 100%">', '<div id="cg-main"><div class="card">')
    page = _replace_once(page, '<div id="mynetwork" class="card-body"></div>\n        </div>',
                         '<div id="mynetwork" class="card-body"></div>\n        </div>\n' + PANEL + "</div>")
    tail = f'<script id="cg-data" type="application/json">{script_json(data)}</script>\n<script>{GRAPH_JS}</script>\n'
    page = page[: page.rindex("</body>")] + tail + page[page.rindex("</body>"):]
    refs = remote_refs(page)
    if refs:
        raise RuntimeError(f"graph.html would load from the network: {refs[:3]}")
    return page


def _replace_once(page: str, old: str, new: str) -> str:
    if page.count(old) != 1:
        raise RuntimeError(f"unexpected pyvis template: {old!r} found {page.count(old)} times")
    return page.replace(old, new)


def _postprocess(page: str) -> str:
    """Drop CDN tags, inline vis-network if needed, add doctype, CSP and our CSS."""
    import pyvis

    page = _REMOTE_SCRIPT.sub("", page)
    page = _REMOTE_LINK.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    lib = Path(pyvis.__file__).parent / VIS_DIR
    js = (lib / "vis-network.min.js").read_text("utf-8")
    css = (lib / "vis-network.css").read_text("utf-8")
    inline = ""
    if js[:400] not in page:
        inline += "<script>" + js.replace("</script", "<\\/script") + "</script>\n"
    if css[:200] not in page:
        inline += "<style>" + css + "</style>\n"
    head = ('<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n<title>chronograph graph</title>\n' + inline)
    page = _replace_once(page, '<meta charset="utf-8">', head)
    page = "<!DOCTYPE html>\n" + _replace_once(page, "<html>", '<html lang="en">')
    return _replace_once(page, "</head>", f"<style>{GRAPH_CSS}</style>\n</head>")


PANEL = ('<aside id="cg-panel"><div id="cg-panel-body"><p class="hint">Click a node to see its evidence: '
         "the articles, quotes and dates behind it. Click the background to clear.</p></div></aside>")

GRAPH_CSS = """
body{margin:0;font:13px/1.4 system-ui,sans-serif;color:#222;height:100vh;display:flex;flex-direction:column}
#cg-bar{display:flex;gap:12px;align-items:center;padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ddd;
 height:24px;flex:none}
#cg-bar input{width:260px;padding:3px 6px}#cg-bar a{color:#1f5fa8}#cg-bar .stat{color:#666;margin-left:auto}
#cg-legend{display:flex;flex-wrap:wrap;gap:4px 14px;padding:4px 10px;border-bottom:1px solid #eee;flex:none}
.lg{display:inline-flex;align-items:center;gap:4px;cursor:pointer}.lg .n{color:#888}
#cg-notice{padding:6px 10px;background:#fff4d6;border-bottom:1px solid #e8d49a;flex:none}
#cg-main{display:flex;flex:1;min-height:0}#cg-main .card{flex:1;min-width:0}#mynetwork{float:none!important;border:0!important}
#cg-panel{width:360px;flex:none;overflow:auto;border-left:1px solid #ddd;padding:0 12px;box-sizing:border-box}
#cg-panel h2{font-size:15px;margin:10px 0 2px;word-break:break-word}#cg-panel .kind{color:#777;margin-bottom:8px}
#cg-panel dl{margin:0 0 8px}#cg-panel dt{font-weight:600;color:#555}#cg-panel dd{margin:0 0 4px;word-break:break-word}
.ev{border-left:3px solid #bbb;margin:8px 0;padding:2px 8px}.ev.bad{border-color:#d62728}
.ev .src{color:#555;font-size:12px;word-break:break-all}.ev blockquote{margin:3px 0;font-style:italic}
.hint{color:#777}#loadingBar{display:none!important}
div.vis-tooltip{white-space:pre-wrap!important;max-width:460px;font:12px/1.35 system-ui,sans-serif!important}
"""

GRAPH_JS = r"""
(function(){
"use strict";
var D = JSON.parse(document.getElementById("cg-data").textContent);
var all = nodes.getIds(), base = {}, ebase = {}, hiddenKind = {}, focus = null;
nodes.update(all.map(function(id){ return {id: id, title: D.titles[id]}; }));
all.forEach(function(id){ var n = nodes.get(id); base[id] = n.label; });
edges.forEach(function(e){ ebase[e.id] = e.color; });
function el(tag, text, cls){ var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
function show(id){
  var box = document.getElementById("cg-panel-body"), d = D.panel[id];
  while (box.firstChild) box.removeChild(box.firstChild);
  if (!d) { box.appendChild(el("p", "No details for this node.", "hint")); return; }
  box.appendChild(el("h2", d.h)); box.appendChild(el("div", d.k, "kind"));
  var dl = el("dl");
  d.f.forEach(function(f){ dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
  box.appendChild(dl);
  if (d.e.length) box.appendChild(el("h3", "Evidence (" + d.e.length + ")"));
  d.e.forEach(function(ev){
    var div = el("div", null, "ev" + (ev.t ? " bad" : ""));
    div.appendChild(el("div", ev.a + (ev.d ? " · “" + ev.d + "”" : "") + (ev.t ? " · " + ev.t : ""), "src"));
    div.appendChild(el("blockquote", ev.q));
    box.appendChild(div);
  });
}
function paint(){
  var near = {};
  if (focus !== null) { near[focus] = true; network.getConnectedNodes(focus).forEach(function(n){ near[n] = true; }); }
  nodes.update(all.map(function(id){
    var dim = focus !== null && !near[id];
    return {id: id, hidden: !!hiddenKind[D.kind[id]], opacity: dim ? 0.15 : 1, label: dim ? " " : base[id]};
  }));
  edges.update(edges.getIds().map(function(id){
    var e = edges.get(id), c = ebase[id], on = focus === null || (near[e.from] && near[e.to]);
    return {id: id, color: {color: c.color, highlight: c.highlight, opacity: on ? 1 : 0.08}};
  }));
}
network.on("click", function(p){
  if (p.nodes.length) { focus = p.nodes[0]; show(focus); paint(); }
  else if (!p.edges.length && focus !== null) { focus = null; paint(); }
});
document.querySelectorAll("#cg-legend input[data-kind]").forEach(function(box){
  box.addEventListener("change", function(){ hiddenKind[box.getAttribute("data-kind")] = !box.checked; paint(); });
});
var search = document.getElementById("cg-search"), count = document.getElementById("cg-count");
var hay = {}; all.forEach(function(id){ hay[id] = (String(base[id]) + " " + D.panel[id].h + " " + id).toLowerCase(); });
function find(){
  var q = search.value.trim().toLowerCase();
  if (!q) { count.textContent = ""; network.unselectAll(); return []; }
  var hits = all.filter(function(id){ return hay[id].indexOf(q) >= 0 && !hiddenKind[D.kind[id]]; });
  count.textContent = hits.length + " match" + (hits.length === 1 ? "" : "es");
  network.selectNodes(hits, false);
  return hits;
}
search.addEventListener("input", find);
search.addEventListener("keydown", function(ev){
  if (ev.key !== "Enter") return;
  var hits = find();
  if (hits.length) { network.fit({nodes: hits, animation: false}); if (hits.length === 1) { focus = hits[0]; show(focus); paint(); } }
});
window.chronograph = {show: show, data: D};
})();
"""


def write_graph_html(kg: KnowledgeGraph, path: Path) -> Path:
    """Write ``graph.html``: the graph with legend, search, type filter and evidence panel, fully offline."""
    return atomic_write(path, graph_html(kg))

"""``timeline.html``: one lane per entity, events on a zoomable time axis, fully offline.

No library: the page is plain DOM built by a small inline script from escaped JSON. Competing
dates of one event are joined by a red line, forecasts are hollow and dashed, and hovering or
clicking a mark shows its evidence (articles and quotes) as text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import atomic_write
from .html import CSP, script_json

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

EPOCH = dt.date(1970, 1, 1)
PREDICATE_COLOURS = {"release": "#4e79a7", "announcement": "#59a14f", "price_change": "#f28e2b", "paper": "#b07aa1"}


def _day(iso: str) -> int:
    return (dt.date.fromisoformat(iso) - EPOCH).days


def _short(text: str, limit: int = 600) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def timeline_data(kg: KnowledgeGraph) -> dict[str, Any]:
    """Lanes, marks and competing-date groups, ready to embed."""
    entries = kg.timeline(include_forecasts=True)
    claims = {c.id: c for c in kg.all_claims()}
    first: dict[str, int] = {}
    for e in entries:
        first.setdefault(e.subject, _day(e.start))
    lanes = sorted(first, key=lambda s: (first[s], s))
    lane_of = {s: i for i, s in enumerate(lanes)}
    marks: list[dict[str, Any]] = []
    for e in entries:
        evidence: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for cid in e.claims:
            c = claims.get(cid)
            if c is None or (c.article, c.quote) in seen:
                continue
            seen.add((c.article, c.quote))
            evidence.append({"a": c.article, "q": _short(c.quote), "d": c.date_text or "", "m": c.method})
        if not evidence:  # claims not found (e.g. a reloaded build): fall back to the entry's own lists
            evidence = [{"a": a, "q": _short(q), "d": "", "m": ""} for a, q in zip(e.articles, e.quotes, strict=False)]
        marks.append({"l": lane_of[e.subject], "s": e.subject, "p": e.predicate, "v": e.value, "a": _day(e.start),
                      "b": _day(e.end), "g": e.group, "c": e.competing, "f": e.forecast, "k": e.conflicts, "e": evidence})
    groups: dict[str, list[int]] = {}
    for i, m in enumerate(marks):
        if m["c"]:
            groups.setdefault(m["g"], []).append(i)
    explained = {(c.subject, c.predicate, c.code): c.explanation for c in kg.all_conflicts()}
    competing = []
    for group, idx in sorted(groups.items(), key=lambda kv: (marks[kv[1][0]]["a"], kv[0])):
        m0 = marks[idx[0]]
        why = [explained[(m0["s"], m0["p"], code)] for code in m0["k"] if (m0["s"], m0["p"], code) in explained]
        competing.append({"g": group, "l": m0["l"], "s": m0["s"], "p": m0["p"], "m": idx,
                          "v": [marks[i]["v"] for i in idx], "k": m0["k"], "x": [_short(w, 1200) for w in why]})
    return {"lanes": lanes, "marks": marks, "competing": competing, "colours": PREDICATE_COLOURS}


def timeline_html(kg: KnowledgeGraph) -> str:
    """The page as a string (see :func:`write_timeline_html`)."""
    data = timeline_data(kg)
    legend = "".join(f'<span class="lgd"><i style="background:{c}"></i>{p.replace("_", " ")}</span>'
                     for p, c in PREDICATE_COLOURS.items())
    legend += ('<span class="lgd"><i class="bad"></i>competing dates</span>'
               '<span class="lgd"><i class="fc"></i>forecast</span>'
               '<span class="lgd"><i class="rg"></i>month / quarter / year</span>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>chronograph timeline</title>
<style>{TIMELINE_CSS}</style>
</head>
<body>
<header id="tl-bar"><b>chronograph timeline</b>
<span>{len(data["marks"]):,} events · {len(data["lanes"]):,} entities · {len(data["competing"]):,} with competing dates</span>
<input id="tl-filter" type="search" placeholder="filter entities…" aria-label="filter entities">
<label><input id="tl-only" type="checkbox"> only competing</label>
<button id="tl-out" type="button" title="zoom out">−</button>
<input id="tl-zoom" type="range" min="0" max="1000" value="0" aria-label="zoom">
<button id="tl-in" type="button" title="zoom in">+</button>
<button id="tl-fit" type="button">fit</button>
<a href="index.html">report</a><a href="graph.html">graph</a></header>
<div id="tl-legend">{legend}</div>
<div id="tl-scroll"><div id="tl-inner"><div id="tl-axis"><div class="corner"></div></div></div></div>
<aside id="tl-panel"><div id="tl-panel-body"></div></aside>
<script id="tl-data" type="application/json">{script_json(data)}</script>
<script>{TIMELINE_JS}</script>
</body>
</html>
"""


def write_timeline_html(kg: KnowledgeGraph, path: Path) -> Path:
    """Write ``timeline.html``: lanes per entity, zoom, competing dates in red, evidence on click."""
    return atomic_write(path, timeline_html(kg))


TIMELINE_CSS = """
body{margin:0;font:13px/1.4 system-ui,sans-serif;color:#222}
#tl-bar{display:flex;gap:10px;align-items:center;padding:6px 10px;background:#f4f4f4;border-bottom:1px solid #ddd;height:24px}
#tl-bar a{color:#1f5fa8}#tl-bar button{min-width:28px}#tl-zoom{width:160px}
#tl-legend{display:flex;flex-wrap:wrap;gap:4px 14px;padding:4px 10px;border-bottom:1px solid #eee;height:20px}
.lgd{display:inline-flex;align-items:center;gap:4px}
.lgd i{display:inline-block;width:11px;height:11px;border-radius:50%;border:1px solid #444}
.lgd i.bad{background:#d62728}.lgd i.fc{background:#fff;border:2px dashed #444;width:8px;height:8px}
.lgd i.rg{border-radius:3px;width:22px;height:8px;background:#9ab}
#tl-scroll{position:absolute;top:66px;left:0;right:380px;bottom:0;overflow:auto}
#tl-inner{position:relative;min-height:100%}
#tl-axis{position:sticky;top:0;height:26px;background:#fff;border-bottom:1px solid #ccc;z-index:5}
#tl-axis .corner{position:sticky;left:0;width:220px;height:26px;background:#fff;z-index:6}
.tick{position:absolute;top:5px;font-size:11px;color:#555;white-space:nowrap;padding-left:3px;border-left:1px solid #bbb}
.grid{position:absolute;top:26px;width:0;border-left:1px solid #f0f0f0;z-index:0}
.lane{position:relative;height:34px;border-bottom:1px solid #f2f2f2}.lane:hover{background:#fafcff}
.lab{position:sticky;left:0;width:212px;height:34px;line-height:34px;padding-left:8px;background:#fafafa;z-index:3;
 overflow:hidden;text-overflow:ellipsis;white-space:nowrap;border-right:1px solid #ddd}
.mk{position:absolute;top:11px;width:12px;height:12px;margin-left:-6px;border-radius:50%;border:1px solid #333;
 cursor:pointer;z-index:2;box-sizing:border-box}
.mk.rg{border-radius:3px;margin-left:0;height:8px;top:13px;opacity:.75}
.mk.fc{background:#fff!important;border:2px dashed #333}.mk.bad{border:2px solid #8b0000;background:#d62728!important}
.mk.bad.fc{background:#fff!important;border:2px dashed #d62728}.mk.sel{outline:3px solid #ffbf00}
.cl{position:absolute;top:16px;height:0;border-top:2px solid #d62728;z-index:1}
.lane.flash{background:#fff3c4}
#tl-panel{position:absolute;top:66px;right:0;width:380px;bottom:0;overflow:auto;border-left:1px solid #ddd;
 padding:0 12px;box-sizing:border-box}
#tl-panel h2{font-size:15px;margin:10px 0 2px}#tl-panel h3{font-size:13px;margin:12px 0 4px}
.ev{border-left:3px solid #bbb;margin:8px 0;padding:2px 8px}.ev .src{color:#555;font-size:12px;word-break:break-all}
.ev blockquote{margin:3px 0;font-style:italic}.why{color:#444;margin:6px 0}
.cf-row{padding:5px 6px;margin:3px 0;border:1px solid #f0c0c0;border-radius:4px;background:#fff7f7;cursor:pointer}
.cf-row:hover{background:#ffeaea}.hint{color:#777}.meta{color:#666}
"""

TIMELINE_JS = r"""
(function(){
"use strict";
var D = JSON.parse(document.getElementById("tl-data").textContent);
var LABEL = 220, LANE = 34, DAY = 86400000, PAD = 20, OFF = {announcement: -7, price_change: 7, paper: 7};
var scroll = document.getElementById("tl-scroll"), inner = document.getElementById("tl-inner");
var axis = document.getElementById("tl-axis"), body = document.getElementById("tl-panel-body");
var lo = Infinity, hi = -Infinity;
D.marks.forEach(function(m){ lo = Math.min(lo, m.a); hi = Math.max(hi, m.b); });
if (!D.marks.length) { lo = 0; hi = 365; }
lo -= PAD; hi += PAD;
var scale = 1, minScale = 0.01, maxScale = 80;
function el(tag, text, cls){ var e = document.createElement(tag); if (text !== undefined && text !== null) e.textContent = String(text); if (cls) e.className = cls; return e; }
function iso(d){ return new Date(d * DAY).toISOString().slice(0, 10); }
function x(d){ return LABEL + (d - lo) * scale; }
var laneEls = [], markEls = [], lineEls = [], gridEls = [];
D.lanes.forEach(function(name, i){
  var lane = el("div", null, "lane"); lane.appendChild(el("div", name, "lab")); lane.lab = name;
  lane.querySelector(".lab").title = name; inner.appendChild(lane); laneEls.push(lane);
});
function tip(m){
  var t = [m.s, m.p.replace("_", " ") + " " + m.v + (m.f ? " (forecast)" : "") + (m.c ? " — competing dates " + m.k.join(", ") : "")];
  m.e.slice(0, 4).forEach(function(e){ t.push("• " + e.a + ": “" + e.q + "”"); });
  if (m.e.length > 4) t.push("… " + (m.e.length - 4) + " more: click");
  return t.join("\n");
}
D.marks.forEach(function(m, i){
  var k = "mk" + (m.b > m.a ? " rg" : "") + (m.f ? " fc" : "") + (m.c ? " bad" : "");
  var e = el("div", null, k); e.style.background = D.colours[m.p] || "#888"; e.title = tip(m);
  e.style.top = ((m.b > m.a ? 13 : 11) + (OFF[m.p] || 0)) + "px";
  e.setAttribute("data-i", i); e.addEventListener("click", function(){ select([i]); showMark(i); });
  laneEls[m.l].appendChild(e); markEls.push(e);
});
D.competing.forEach(function(c, ci){
  var line = el("div", null, "cl"); line.style.top = (16 + (OFF[c.p] || 0)) + "px"; line.title = c.s + ": competing " + c.p.replace("_", " ") + " dates " + c.v.join(" vs ");
  laneEls[c.l].insertBefore(line, laneEls[c.l].children[1] || null); lineEls.push(line);
});
function ticks(){
  var out = [], d, dt, y;
  var start = new Date(lo * DAY), end = hi;
  var dayStep = [1, 7, 14].filter(function(s){ return s * scale >= 60; })[0];
  var monStep = [1, 3, 6].filter(function(s){ return s * 30.4 * scale >= 60; })[0];
  if (dayStep && scale >= 8) {
    for (d = lo; d <= end && out.length < 600; d += 1) { if ((d - lo) % dayStep === 0) out.push([d, iso(d)]); }
  } else if (monStep) {
    dt = new Date(Date.UTC(start.getUTCFullYear(), 0, 1));
    while (out.length < 600) {
      d = Math.round(dt.getTime() / DAY); if (d > end) break;
      if (d >= lo && dt.getUTCMonth() % monStep === 0) out.push([d, iso(d).slice(0, 7)]);
      dt = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 1));
    }
  } else {
    var ys = Math.max(1, Math.ceil(60 / (365.25 * scale)));
    for (y = start.getUTCFullYear(); out.length < 600; y += 1) {
      d = Math.round(Date.UTC(y, 0, 1) / DAY); if (d > end) break;
      if (d >= lo && y % ys === 0) out.push([d, String(y)]);
    }
  }
  if (!out.length) out.push([lo, iso(lo)]);
  return out;
}
function render(){
  var width = LABEL + (hi - lo) * scale + 40, height = LANE * D.lanes.length;
  inner.style.width = width + "px";
  axis.querySelectorAll(".tick").forEach(function(t){ t.remove(); });
  gridEls.forEach(function(g){ g.remove(); }); gridEls = [];
  ticks().forEach(function(t){
    var tk = el("div", t[1], "tick"); tk.style.left = x(t[0]) + "px"; axis.appendChild(tk);
    var g = el("div", null, "grid"); g.style.left = x(t[0]) + "px"; g.style.height = height + "px"; inner.appendChild(g); gridEls.push(g);
  });
  D.marks.forEach(function(m, i){
    var e = markEls[i]; e.style.left = x(m.a) + "px";
    if (m.b > m.a) e.style.width = Math.max(8, (m.b - m.a + 1) * scale) + "px";
  });
  D.competing.forEach(function(c, ci){
    var xs = c.m.map(function(i){ return x(D.marks[i].a); });
    var a = Math.min.apply(null, xs), b = Math.max.apply(null, xs);
    lineEls[ci].style.left = a + "px"; lineEls[ci].style.width = (b - a) + "px";
  });
}
var zoom = document.getElementById("tl-zoom");
function setScale(s, keepCentre){
  var vw = scroll.clientWidth - LABEL, centre = lo + (scroll.scrollLeft + vw / 2) / scale;
  scale = Math.min(maxScale, Math.max(minScale, s));
  zoom.value = String(Math.round(1000 * Math.log(scale / minScale) / Math.log(maxScale / minScale)));
  render();
  if (keepCentre) scroll.scrollLeft = (centre - lo) * scale - vw / 2;
}
function fit(){
  var s = Math.min(maxScale, Math.max(0.005, (scroll.clientWidth - LABEL - 50) / (hi - lo)));
  minScale = Math.min(s, 0.02); setScale(s, false); scroll.scrollLeft = 0;
}
zoom.addEventListener("input", function(){ setScale(minScale * Math.pow(maxScale / minScale, Number(zoom.value) / 1000), true); });
document.getElementById("tl-in").addEventListener("click", function(){ setScale(scale * 2, true); });
document.getElementById("tl-out").addEventListener("click", function(){ setScale(scale / 2, true); });
document.getElementById("tl-fit").addEventListener("click", fit);
function clear(){ while (body.firstChild) body.removeChild(body.firstChild); }
function evidence(list){
  list.forEach(function(e){
    var div = el("div", null, "ev");
    div.appendChild(el("div", e.a + (e.d ? " · “" + e.d + "”" : ""), "src"));
    div.appendChild(el("blockquote", e.q)); body.appendChild(div);
  });
}
function select(idx){
  markEls.forEach(function(e){ e.classList.remove("sel"); });
  idx.forEach(function(i){ markEls[i].classList.add("sel"); });
}
function showMark(i){
  var m = D.marks[i]; clear();
  body.appendChild(el("h2", m.s));
  body.appendChild(el("div", m.p.replace("_", " ") + " · " + m.v + " (" + iso(m.a) + (m.b > m.a ? " – " + iso(m.b) : "") + ")", "meta"));
  if (m.f) body.appendChild(el("div", "forecast: not yet happened when reported", "meta"));
  if (m.c) body.appendChild(el("div", "competing dates: " + m.k.join(", "), "meta"));
  body.appendChild(el("h3", "Evidence (" + m.e.length + ")")); evidence(m.e);
  var back = el("p", "← all competing dates", "hint"); back.style.cursor = "pointer";
  back.addEventListener("click", overview); body.appendChild(back);
}
function showGroup(ci){
  var c = D.competing[ci]; clear(); select(c.m);
  body.appendChild(el("h2", c.s + " — " + c.p.replace("_", " ")));
  body.appendChild(el("div", "competing dates: " + c.v.join(" vs ") + (c.k.length ? " (" + c.k.join(", ") + ")" : ""), "meta"));
  c.x.forEach(function(w){ body.appendChild(el("p", w, "why")); });
  c.m.forEach(function(i){ body.appendChild(el("h3", D.marks[i].v)); evidence(D.marks[i].e); });
  var lane = laneEls[c.l]; lane.classList.add("flash");
  setTimeout(function(){ lane.classList.remove("flash"); }, 1200);
  scroll.scrollTop = lane.offsetTop - 60;
  scroll.scrollLeft = Math.max(0, x(D.marks[c.m[0]].a) - LABEL - 200);
  var back = el("p", "← all competing dates", "hint"); back.style.cursor = "pointer";
  back.addEventListener("click", overview); body.appendChild(back);
}
function overview(){
  clear(); select([]);
  body.appendChild(el("h2", "Competing dates (" + D.competing.length + ")"));
  body.appendChild(el("p", "Articles that disagree on when something happened. Click a row, or any mark on the timeline, for the quotes.", "hint"));
  D.competing.forEach(function(c, ci){
    var row = el("div", c.s + " — " + c.p.replace("_", " ") + ": " + c.v.join(" vs "), "cf-row");
    row.addEventListener("click", function(){ showGroup(ci); }); body.appendChild(row);
  });
}
var filter = document.getElementById("tl-filter"), only = document.getElementById("tl-only");
var bad = {}; D.competing.forEach(function(c){ bad[c.l] = true; });
function applyFilter(){
  var q = filter.value.trim().toLowerCase();
  laneEls.forEach(function(lane, i){
    var on = (!q || lane.lab.toLowerCase().indexOf(q) >= 0) && (!only.checked || bad[i]);
    lane.style.display = on ? "" : "none";
  });
  gridEls.forEach(function(g){ g.style.height = inner.scrollHeight + "px"; });
}
filter.addEventListener("input", applyFilter); only.addEventListener("change", applyFilter);
fit(); overview();
window.chronograph = {data: D, showGroup: showGroup, showMark: showMark, setScale: setScale};
})();
"""

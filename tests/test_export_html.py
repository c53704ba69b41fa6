"""The three HTML pages without a browser: offline, complete, escaped and deterministic."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from chronograph.export import write_all
from chronograph.export.html import graph_html, remote_refs, script_json, select_nodes
from chronograph.export.index import index_html
from chronograph.export.timeline import timeline_data, timeline_html
from chronograph.graph import KnowledgeGraph
from chronograph.models import Article, Claim, Conflict, Entity, InputWarning, ValueSupport
from chronograph.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "articles"
XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
HOSTILE_A = f"""---
title: "{XSS} Foo-2 \\"quoted\\" \\\\ back </script> {IMG}"
date: 2024-05-03
url: javascript:alert(1)
---

May 2, 2024 — Acme released Foo-2 </script>{XSS}, a 7 billion parameter model. {IMG} "quotes" and \\back\\slashes\\ src=http://evil.test/x.png.
"""
HOSTILE_B = f"May 9, 2024 — Acme released Foo-2 {IMG}, a 9 billion parameter model with \"quotes\" and \\ backslash </script>.\n"


def write_hostile_corpus(folder: Path) -> Path:
    """Two articles that disagree about Foo-2, with markup in names, titles, text and url; one empty file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"a{IMG}.md").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "b'\"&.txt").write_text(HOSTILE_B, encoding="utf-8")
    (folder / "<script>alert(1)<").mkdir(exist_ok=True)  # the file's id becomes "<script>alert(1)</script>.txt"
    (folder / "<script>alert(1)<" / "script>.txt").write_text("", encoding="utf-8")
    return folder


def synthetic_kg(models: int, name: str = "Model", per_article: int = 4) -> KnowledgeGraph:
    """A hand-built graph: each model has a release and an announcement; every 50th a competing release date."""
    arts, claims, ents, conflicts = [], [], [], []
    n_art = max(1, models // per_article)
    for a in range(n_art):
        arts.append(Article(id=f"a{a:05d}.txt", path=f"a{a:05d}.txt", format="txt", title=f"{name} news {a}", text="x",
                            url=f"https://news.test/{a}", reference_date="2024-01-01",
                            content_hash=hashlib.sha1(str(a).encode()).hexdigest()[:16]))
    for m in range(models):
        subject = f"{name}-{m:05d}"
        ents.append(Entity(id=f"model:m{m}", name=subject, type="model", organization=f"Org{m % 40}"))
        for j, pred in enumerate(("release", "announcement")):
            value = f"{2020 + (m // 336) % 6}-{1 + (m // 28) % 12:02d}-{1 + (m * 7 + j * 3) % 28:02d}"
            claims.append(Claim(id=f"c{m}-{j}", kind="event", subject=subject, predicate=pred, value=value,
                                granularity="day", article=f"a{(m + j) % n_art:05d}.txt",
                                quote=f"{subject} {pred} {value}.", start=0, end=10))
        if m % 50 == 0:
            claims.append(Claim(id=f"c{m}-x", kind="event", subject=subject, predicate="release", value="2025-12",
                                granularity="month", article=f"a{(m + 2) % n_art:05d}.txt",
                                quote=f"{subject} shipped in December 2025.", start=0, end=10))
            vals = [ValueSupport(value=c.value, display=str(c.value), articles=[c.article], quotes=[c.quote],
                                 claims=[c.id], sources=1, score=0.5)
                    for c in claims if c.subject == subject and c.predicate == "release"]
            conflicts.append(Conflict(id=f"k{m}", code="CG101", kind="temporal", severity="error", subject=subject,
                                      predicate="release", values=vals, explanation=f"Two release dates for {subject}.",
                                      best_value=vals[0].value, best_score=0.5, best_reason="tied",
                                      claims=[v.claims[0] for v in vals]))
    ents += [Entity(id=f"organization:org{o}", name=f"Org{o}", type="organization") for o in range(min(40, models))]
    warnings = [InputWarning(file=f"{name}.bin", outcome="skipped", reason=f"not an article format ({name})")]
    return KnowledgeGraph(arts, claims, ents, conflicts, warnings)


@pytest.fixture(scope="module")
def demo_kg() -> KnowledgeGraph:
    return build(DEMO)


@pytest.fixture(scope="module")
def hostile_kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    return build(write_hostile_corpus(tmp_path_factory.mktemp("hostile")))


def pages(kg: KnowledgeGraph) -> dict[str, str]:
    return {"graph": graph_html(kg), "timeline": timeline_html(kg), "index": index_html(kg)}


class Tags(HTMLParser):
    """Start tags and their attributes as a browser's tokenizer would see them (script data is not markup)."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def embedded(page: str, element_id: str) -> object:
    m = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m.group(1))


def vis_dataset(page: str, name: str) -> list[dict[str, object]]:
    m = re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);\n", page, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_script_json_escapes_everything_that_could_end_a_script() -> None:
    text = script_json({"q": "</script><!-- & \u2028\u2029 > 'x' \\"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"q": "</script><!-- & \u2028\u2029 > 'x' \\"}


@pytest.mark.parametrize("which", ["demo", "hostile"])
def test_no_page_loads_or_links_anything_remote(which: str, demo_kg: KnowledgeGraph, hostile_kg: KnowledgeGraph) -> None:
    for name, page in pages(demo_kg if which == "demo" else hostile_kg).items():
        assert remote_refs(page) == [], name
        outside_scripts = re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S | re.I)
        in_tags = r"<[a-z][^<>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//"
        assert not re.search(in_tags, outside_scripts, re.I), name
        for tag, attrs in Tags(page).tags:
            assert "src" not in attrs, (name, tag)
            assert tag != "link", name
            for value in attrs.values():
                assert "javascript:" not in (value or "").lower(), (name, tag)
        assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_graph_page_holds_one_entry_per_node_and_edge(demo_kg: KnowledgeGraph) -> None:
    page = graph_html(demo_kg)
    g = demo_kg.graph
    nodes = vis_dataset(page, "nodes")
    assert len(nodes) == g.number_of_nodes()
    assert {n["id"] for n in nodes} == set(g.nodes)
    edges = vis_dataset(page, "edges")
    assert {(e["from"], e["to"]) for e in edges} == {(u, v) for u, v in g.edges()}
    data = embedded(page, "cg-data")
    assert isinstance(data, dict) and set(data["titles"]) == set(g.nodes) == set(data["panel"])
    conflict_nodes = [n for n in nodes if str(n["id"]).startswith("conflict:")]
    assert conflict_nodes and all(n["color"]["background"] == "#d62728" for n in conflict_nodes)
    for n in conflict_nodes:  # the label names the competing values
        values = g.nodes[n["id"]]["values"].split(" | ")
        assert all(v[:10] in str(n["label"]) for v in values[:1])
    flagged = [e for e in edges if e["color"]["color"] == "#d62728"]
    assert flagged, "edges of conflicting claims are drawn red"
    events = [n for n in nodes if str(n["id"]).startswith("event:") and g.nodes[n["id"]]["articles"]]
    title = data["titles"][events[0]["id"]]
    assert "\n" in title and "evidence:" in title and "&lt;" not in title
    assert all(w not in page for w in ('id="select-node"', "TomSelect", "bootstrap", "popup.innerHTML"))
    assert "layout precomputed" not in page and '"enabled": true' in page  # small graph: physics on


def test_hostile_text_is_data_never_markup(hostile_kg: KnowledgeGraph, demo_kg: KnowledgeGraph) -> None:
    assert hostile_kg.all_conflicts(), "the fixture must produce a conflict"
    assert any(XSS in w.file for w in hostile_kg.warnings)
    demo = pages(demo_kg)
    for name, page in pages(hostile_kg).items():
        assert XSS not in page and IMG not in page and "</script>{" not in page, name
        tags = Tags(page).tags
        names = [t for t, _ in tags]
        assert "img" not in names, name
        assert names.count("script") == [t for t, _ in Tags(demo[name]).tags].count("script"), name
        assert not any(a.startswith("on") for _, attrs in tags for a in attrs), name
        assert "alert(1)" in page, f"{name}: the hostile text should still be shown, escaped"
    index = index_html(hostile_kg)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index and "javascript:alert(1)" in index
    timeline = embedded(timeline_html(hostile_kg), "tl-data")
    quotes = [e["q"] for m in timeline["marks"] for e in m["e"]]  # type: ignore[index]
    assert any("</script>" + XSS in q and "\\back\\slashes\\" in q for q in quotes)
    panel = embedded(graph_html(hostile_kg), "cg-data")["panel"]  # type: ignore[index]
    assert any(XSS in e["q"] for p in panel.values() for e in p["e"])
    assert any(IMG in p["h"] or IMG in str(p["f"]) for p in panel.values())


def test_hostile_entity_names_and_warnings() -> None:
    kg = synthetic_kg(3, name=f"{XSS}{IMG}\u2028x")
    for name, page in pages(kg).items():
        assert XSS not in page and IMG not in page and "\u2028" not in page, name
        assert "img" not in [t for t, _ in Tags(page).tags], name
    assert vis_dataset(graph_html(kg), "nodes")[0]["label"]  # labels go through pyvis's own (escaping) tojson


def test_pages_are_byte_identical(demo_kg: KnowledgeGraph, tmp_path: Path) -> None:
    assert pages(demo_kg) == pages(build(DEMO))
    code = ("import sys; from pathlib import Path; from chronograph.pipeline import build; "
            "from chronograph.export import write_all; write_all(build(sys.argv[1]), Path(sys.argv[2]), "
            "['html', 'timeline', 'index'])")
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-c", code, str(DEMO), str(tmp_path / seed)], check=True, env=env, cwd=ROOT)
    for name in ("graph.html", "timeline.html", "index.html"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name
    assert (tmp_path / "1" / "graph.html").read_text("utf-8") == graph_html(demo_kg)


def test_large_graph_uses_a_fixed_layout(tmp_path: Path) -> None:
    kg = synthetic_kg(100)
    assert kg.graph.number_of_nodes() >= 300
    page = graph_html(kg)
    nodes = vis_dataset(page, "nodes")
    assert len(nodes) == kg.graph.number_of_nodes()
    assert all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)
    assert '"physics": {"enabled": false}' in page and "layout precomputed" in page
    assert page == graph_html(synthetic_kg(100))


def test_very_large_graph_shows_conflict_neighbourhoods_and_says_what_is_left_out() -> None:
    kg = synthetic_kg(200)
    g = kg.graph
    shown, left_out, top = select_nodes(g, max_nodes=300)
    assert len(shown) < g.number_of_nodes() and sum(left_out.values()) == g.number_of_nodes() - len(shown)
    conflicts = [n for n in g if n.startswith("conflict:")]
    assert set(conflicts) <= set(shown)
    for c in conflicts:
        assert set(g.successors(c)) <= set(shown)
    page = graph_html(kg, max_nodes=300)
    assert len(vis_dataset(page, "nodes")) == len(shown)
    assert 'id="cg-notice"' in page and "Left out:" in page and f"{g.number_of_nodes():,} nodes" in page
    assert f"the {top:,} most connected entities" in page


def test_timeline_data_marks_competing_dates_and_forecasts(demo_kg: KnowledgeGraph) -> None:
    entries = demo_kg.timeline(include_forecasts=True)
    data = timeline_data(demo_kg)
    marks = data["marks"]
    assert len(marks) == len(entries)
    assert [m["v"] for m in marks] == [e.value for e in entries]
    assert {m["s"] for m in marks} == set(data["lanes"])
    assert all(data["lanes"][m["l"]] == m["s"] for m in marks)
    competing = [e for e in entries if e.competing]
    assert len({e.group for e in competing}) == len(data["competing"])
    for group in data["competing"]:
        assert len(group["v"]) >= 2 and all(marks[i]["c"] for i in group["m"])
    assert [m["f"] for m in marks] == [e.forecast for e in entries]
    for m in marks:  # every quote is paired with the article it came from
        for ev in m["e"]:
            assert any(c.article == ev["a"] and " ".join(c.quote.split())[:50] in ev["q"]
                       for c in demo_kg.all_claims())


def test_timeline_page_handles_a_thousand_events() -> None:
    kg = synthetic_kg(500)
    assert len(kg.timeline(include_forecasts=True)) >= 1000
    page = timeline_html(kg)
    assert len(embedded(page, "tl-data")["marks"]) >= 1000  # type: ignore[index]
    assert 'id="tl-zoom"' in page and 'id="tl-filter"' in page


def test_index_lists_counts_conflicts_and_skipped_files(hostile_kg: KnowledgeGraph, demo_kg: KnowledgeGraph) -> None:
    page = index_html(demo_kg)
    s = demo_kg.summary()
    assert f'<div class="n">{s.facts:,}</div><div>facts</div>' in page
    assert page.count('<tr id="c-') == len(demo_kg.all_conflicts())
    for c in demo_kg.all_conflicts():
        assert c.code in page and escape(" ".join(c.explanation.split())) in page
    assert 'href="graph.html"' in page and 'href="timeline.html"' in page and "<script" not in page
    hostile = index_html(hostile_kg)
    assert "empty file" in hostile and "&lt;script&gt;alert(1)&lt;/script&gt;.txt" in hostile


def test_write_all_writes_the_three_pages_as_utf8(demo_kg: KnowledgeGraph, tmp_path: Path) -> None:
    written = write_all(demo_kg, tmp_path, ["html", "timeline", "index"])
    assert [p.name for p in written] == ["graph.html", "timeline.html", "index.html"]
    for p in written:
        text = p.read_bytes().decode("utf-8")
        assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    assert not list(tmp_path.glob(".*.tmp"))

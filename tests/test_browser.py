"""The three pages in a real, offline Chromium: they load, draw everything, show evidence and never run article text.

Skipped where Playwright or ``/usr/bin/chromium`` is missing (``.ci/browser-setup.sh`` installs Chromium).
Set ``CHRONOGRAPH_SCREENSHOTS=/some/dir`` to keep the screenshots for a look.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from chronograph.export import write_all
from chronograph.graph import KnowledgeGraph
from chronograph.pipeline import build

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEMO = Path(__file__).resolve().parent.parent / "articles"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} not found (run .ci/browser-setup.sh)", allow_module_level=True)

from test_export_html import XSS, synthetic_kg, write_hostile_corpus  # noqa: E402


@dataclass
class Site:
    kg: KnowledgeGraph
    folder: Path


@dataclass
class Visit:
    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.blocked == [], f"tried to load from the network: {self.blocked}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Site]:
    out: dict[str, Site] = {}
    for name, kg in (("demo", build(DEMO)), ("hostile", build(write_hostile_corpus(tmp_path_factory.mktemp("in")))),
                     ("big", synthetic_kg(500)), *((("seeds", build(SEEDS)),) if SEEDS.is_dir() else ())):
        folder = tmp_path_factory.mktemp(name)
        write_all(kg, folder, ["html", "timeline", "index"])
        out[name] = Site(kg, folder)
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(os.environ.get("CHRONOGRAPH_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))


def visit(browser: Any, path: Path) -> Visit:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    v = Visit(page)
    page.on("console", lambda m: v.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: v.errors.append(str(e)))
    page.on("dialog", lambda d: (v.dialogs.append(d.message), d.dismiss()))

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            v.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return v


def screenshot(v: Visit, shots: Path, name: str) -> None:
    shots.mkdir(parents=True, exist_ok=True)
    v.page.screenshot(path=str(shots / f"{name}.png"))
    assert (shots / f"{name}.png").stat().st_size > 5000


def click_node(v: Visit, node: str) -> str:
    """Centre the view on a node, click it, return the evidence panel's text."""
    page = v.page
    page.evaluate("network.stopSimulation()")
    page.evaluate("id => network.moveTo({position: network.getPositions([id])[id], scale: 1.5})", node)
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("document.querySelector('#cg-panel-body h2') !== null")
    return page.inner_text("#cg-panel")


@pytest.mark.parametrize("name", ["demo", "hostile", "seeds"])
def test_graph_page(name: str, sites: dict[str, Site], browser: Any, shots: Path) -> None:
    if name not in sites:
        pytest.skip("../shared/seeds is absent (CI always has it)")
    site = sites[name]
    v = visit(browser, site.folder / "graph.html")
    g = site.kg.graph
    assert v.page.evaluate("nodes.length") == g.number_of_nodes()
    assert v.page.evaluate("edges.length") > 0
    assert v.page.evaluate("nodes.get().filter(n => typeof n.title === 'string').length") == g.number_of_nodes()
    assert v.page.locator("#cg-legend input[data-kind]").count() >= 10
    conflicts = site.kg.all_conflicts()
    assert conflicts
    c = conflicts[0]
    text = click_node(v, f"conflict:{c.id}")
    assert c.code in text and " ".join(c.values[0].quotes[0].split())[:40] in " ".join(text.split())
    assert v.page.evaluate("nodes.get().filter(n => n.opacity === 0.15).length") > 0, "neighbourhood highlight"
    if name == "hostile":
        assert XSS in text, "article text is shown literally, as text"
        assert v.page.locator("#cg-panel-body script, #cg-panel-body img").count() == 0
    v.page.fill("#cg-search", c.subject)
    assert "match" in v.page.inner_text("#cg-count")
    v.page.uncheck("#cg-legend input[data-kind=event]")
    hidden = v.page.evaluate("nodes.get().filter(n => n.hidden).length")
    assert hidden == sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "event")
    v.page.check("#cg-legend input[data-kind=event]")
    screenshot(v, shots, f"graph-{name}")
    assert v.page.locator("img").count() == 0
    v.assert_clean()
    v.page.close()


@pytest.mark.parametrize("name", ["demo", "hostile", "big"])
def test_timeline_page(name: str, sites: dict[str, Site], browser: Any, shots: Path) -> None:
    site = sites[name]
    v = visit(browser, site.folder / "timeline.html")
    page = v.page
    entries = site.kg.timeline(include_forecasts=True)
    assert page.locator(".mk").count() == len(entries)
    assert page.locator(".lane").count() == len({e.subject for e in entries})
    assert page.locator(".mk.bad").count() == sum(1 for e in entries if e.competing)
    assert page.locator(".mk.fc").count() == sum(1 for e in entries if e.forecast)
    rows = page.locator(".cf-row")
    assert rows.count() == len({e.group for e in entries if e.competing}) > 0
    rows.first.click()
    text = " ".join(page.inner_text("#tl-panel").split())
    group = next(e for e in entries if e.competing)
    assert " ".join(group.quotes[0].split())[:40] in text
    if name == "hostile":
        assert XSS in text
    width = page.evaluate("document.getElementById('tl-inner').offsetWidth")
    page.click("#tl-in")
    page.click("#tl-in")
    assert page.evaluate("document.getElementById('tl-inner').offsetWidth") > width
    page.click("#tl-fit")
    page.locator(".mk").first.click()
    assert "Evidence" in page.inner_text("#tl-panel")
    page.fill("#tl-filter", entries[0].subject)
    assert page.locator(".lane:visible").count() >= 1
    page.fill("#tl-filter", "")
    screenshot(v, shots, f"timeline-{name}")
    assert page.locator("img").count() == 0
    v.assert_clean()
    page.close()


@pytest.mark.parametrize("name", ["demo", "hostile"])
def test_index_page(name: str, sites: dict[str, Site], browser: Any, shots: Path) -> None:
    site = sites[name]
    v = visit(browser, site.folder / "index.html")
    page = v.page
    conflicts = site.kg.all_conflicts()
    assert page.locator("tr.conflict").count() == len(conflicts)
    quote = " ".join(conflicts[0].values[0].quotes[0].split())
    first = page.locator("tr.conflict").first.locator("details").first
    assert not first.locator("q").first.is_visible()
    first.locator("summary").click()
    assert first.locator("q").first.is_visible()
    assert quote[:40] in " ".join(first.inner_text().split())
    assert page.locator("a[href='graph.html']").count() == 1 and page.locator("a[href='timeline.html']").count() == 1
    if name == "hostile":
        assert XSS in page.inner_text("body") and "javascript:alert(1)" in page.inner_text("body")
        assert page.locator("a[href^='javascript']").count() == 0
    screenshot(v, shots, f"index-{name}")
    assert page.locator("img, script").count() == 0
    v.assert_clean()
    page.close()


def test_large_graph_with_fixed_layout_renders(sites: dict[str, Site], browser: Any, shots: Path) -> None:
    site = sites["big"]
    v = visit(browser, site.folder / "graph.html")
    assert v.page.evaluate("nodes.length") == site.kg.graph.number_of_nodes()
    assert v.page.evaluate("network.physics.options.enabled") is False
    screenshot(v, shots, "graph-big")
    v.assert_clean()
    v.page.close()


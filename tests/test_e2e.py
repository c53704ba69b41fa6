"""End to end: the demo corpus, the shared seeds and the hand-annotated test corpus."""

import json
from pathlib import Path

import pytest
from conftest import CORPUS, DEMO, SHARED

import chronograph
from chronograph.evaluate import evaluate
from chronograph.text import normalize_key

EXPECT = json.loads((DEMO.parent / "tests" / "data" / "demo_expectations.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def demo():
    return chronograph.build(DEMO)


def _found(kg, subject: str, predicate: str, values: list[str]) -> bool:
    for c in kg.all_conflicts():
        if normalize_key(c.subject) == normalize_key(subject) and c.predicate == predicate:
            reported = {str(v.value) for v in c.values} | {f"{v.value:.0f}" for v in c.values if not isinstance(v.value, str)}
            if all(v in reported for v in values):
                return True
    return False


@pytest.mark.parametrize("expected", EXPECT["conflicts"], ids=lambda e: f"{e['subject']}-{e['predicate']}")
def test_demo_planted_conflicts_are_found(demo, expected) -> None:
    assert _found(demo, expected["subject"], expected["predicate"], list(expected["values"]))


def test_demo_relative_clash_is_a_cycle(demo) -> None:
    clash = EXPECT["relative_clash"]
    cycles = demo.conflicts(code="CG102", subject=clash["relative"]["subject"])
    assert cycles
    articles = {a for c in cycles for v in c.values for a in v.articles}
    assert {clash["relative"]["file"], clash["absolute"]["file"]} <= articles


def test_demo_non_conflicts_are_not_reported(demo) -> None:
    reported = {(normalize_key(c.subject), c.predicate) for c in demo.all_conflicts() if c.code in ("CG101", "CG201", "CG202")}
    for nc in EXPECT["non_conflicts"]:
        if "subject" in nc and "predicate" in nc:
            assert (normalize_key(nc["subject"]), nc["predicate"]) not in reported, nc


def test_demo_reports_no_value_conflict_beyond_the_planted_ones(demo) -> None:
    # a fact given to the wrong model shows up here first: "The 70B model" read as the 405B's size
    planted = {(normalize_key(c["subject"]), c["predicate"]) for c in EXPECT["conflicts"]}
    reported = {(normalize_key(c.subject), c.predicate) for c in demo.all_conflicts() if c.code in ("CG201", "CG202")}
    assert reported <= planted, reported - planted


def test_demo_script_text_is_not_read(demo) -> None:
    assert all("April 1, 2024" not in c.quote and "May 20, 2024" not in c.quote for c in demo.all_claims())


def test_demo_build_writes_every_output(demo, tmp_path) -> None:
    files = {p.name for p in demo.write(tmp_path)}
    assert {"graph.html", "graph.graphml", "graph.gexf", "claims.json", "conflicts.json", "report.md",
            "index.html", "timeline.html", "timeline.json", "graph.json", "claims.csv"} <= files
    claims = json.loads((tmp_path / "claims.json").read_text("utf-8"))
    for c in claims:
        text = next(a.text for a in demo.articles if a.id == c["article"])
        assert text[c["start"]:c["end"]] == c["quote"]  # provenance: offsets index the article text
        assert {"kind", "subject", "subject_type", "predicate", "value", "article", "quote", "start", "end"} <= set(c)


needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is absent (CI always has it)")


@needs_shared
def test_seeds_against_gold() -> None:
    r = evaluate(SHARED / "gold" / "seeds-dev.json", SHARED / "seeds")
    assert r.event_f1 >= 0.90, r.missed_events + r.false_events
    assert r.fact_recall >= 0.80, r.missed_facts
    assert r.conflict_recall == 1.0, r.missed_conflicts
    assert r.non_event_violations == [] and r.non_conflict_violations == []


def test_test_corpus_against_its_gold() -> None:
    r = evaluate(CORPUS / "gold.json", CORPUS)
    # every form the corpus exercises is read: one known fact miss ("Basilisk-Instruct as a 70B model")
    assert r.missed_events == [] and r.false_events == [], r.missed_events + r.false_events
    assert len(r.missed_facts) <= 1, r.missed_facts
    assert r.conflict_recall == 1.0 and r.non_event_violations == [] and r.non_conflict_violations == []


# the held-out sets, now development data: floors a little under today's figures, so a rule change that
# breaks what they exercise fails here (events P, events R, facts R)
# heldout3's gold leaves out the version releases of the changelog it holds ("## [2.17.0] - 2025-01-10"), which
# heldout4's and heldout8's annotate and chronograph reports: 8 of its false events, hence its lower precision floor
HELDOUT_FLOORS = {"heldout": (0.97, 0.92, 0.93), "heldout2": (0.95, 0.92, 0.94), "heldout3": (0.89, 0.93, 0.89),
                  "heldout4": (0.97, 0.89, 0.86), "heldout5": (0.93, 0.84, 0.92), "heldout6": (0.97, 0.91, 0.87),
                  "heldout7": (0.95, 0.83, 0.85), "heldout8": (0.93, 0.87, 0.85), "heldout9": (0.97, 0.91, 0.93),
                  "heldout10": (0.95, 0.83, 0.90), "heldout11": (0.89, 0.87, 0.82), "heldout12": (0.95, 0.76, 0.78),
                  "heldout13": (0.91, 0.87, 0.89), "heldout14": (0.95, 0.79, 0.77), "heldout15": (0.87, 0.56, 0.76),
                  "heldout16": (0.91, 0.76, 0.77), "heldout17": (0.95, 0.79, 0.80), "heldout18": (0.95, 0.73, 0.87),
                  "heldout19": (0.91, 0.74, 0.83), "heldout20": (0.93, 0.80, 0.66), "heldout21": (0.89, 0.74, 0.82),
                  "heldout22": (0.88, 0.70, 0.77), "heldout23": (0.92, 0.85, 0.81), "heldout24": (0.93, 0.78, 0.77),
                  "heldout25": (0.96, 0.83, 0.79), "heldout26": (0.89, 0.73, 0.77), "heldout27": (0.86, 0.62, 0.88),
                  "heldout28": (0.85, 0.60, 0.73), "heldout29": (0.87, 0.54, 0.68), "heldout30": (0.81, 0.54, 0.90),
                  "heldout31": (0.86, 0.74, 0.76), "heldout32": (0.87, 0.61, 0.73), "heldout33": (0.88, 0.72, 0.77),
                  "heldout34": (0.85, 0.77, 0.72), "heldout35": (0.77, 0.60, 0.75), "heldout36": (0.94, 0.71, 0.79),
                  "heldout37": (0.92, 0.82, 0.89), "heldout38": (0.92, 0.83, 0.78), "heldout39": (0.84, 0.76, 0.78),
                  "heldout40": (0.92, 0.70, 0.83), "heldout41": (0.89, 0.67, 0.85), "heldout42": (0.79, 0.59, 0.69),
                  "heldout43": (0.89, 0.72, 0.78), "heldout44": (0.90, 0.65, 0.79), "heldout45": (0.88, 0.67, 0.70),
                  "heldout46": (0.83, 0.66, 0.80), "heldout47": (0.90, 0.76, 0.63), "heldout48": (0.95, 0.87, 0.82),
                  "heldout49": (0.84, 0.64, 0.72), "heldout50": (0.88, 0.70, 0.84), "heldout51": (0.83, 0.58, 0.69),
                  "heldout52": (0.84, 0.60, 0.79), "heldout53": (0.84, 0.67, 0.77), "heldout54": (0.79, 0.63, 0.77),
                  "heldout55": (0.88, 0.75, 0.83), "heldout56": (0.92, 0.78, 0.82)}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_sets_keep_their_figures(name: str) -> None:
    folder = Path(__file__).parent / name
    r = evaluate(folder / "gold.json", folder)
    precision, recall, facts = HELDOUT_FLOORS[name]
    assert r.event_precision >= precision and r.event_recall >= recall, r.missed_events + r.false_events
    assert r.fact_recall >= facts, r.missed_facts


def test_demo_has_no_cycle_beyond_the_planted_one(demo) -> None:
    planted = normalize_key(EXPECT["relative_clash"]["relative"]["subject"])
    assert {normalize_key(c.subject) for c in demo.conflicts(code="CG102")} == {planted}

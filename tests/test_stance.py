"""Stance: values an article repeats only to reject them are flagged, kept, and never conflict."""

from __future__ import annotations

from conftest import claims_of

from chronograph.extract.stance import disputed_spans, in_spans
from chronograph.pipeline import build
from chronograph.text import sentences


def _disputed(text: str) -> list[str]:
    """The stretches of text the stance reader marks."""
    spans = disputed_spans(text, sentences(text))
    return [text[a:b] for a, b in spans]


def _flags(text: str) -> dict[tuple[str, str, str], bool]:
    return {(c.subject, c.predicate, str(c.value)): c.disputed for c in claims_of(text)}


def test_correction_notice_values_are_disputed_up_to_the_corrective_marker() -> None:
    text = ("Correction, June 10, 2024: An earlier version of this article misstated the release date of Foo-7B as "
            "May 7, 2024. It also said the model has 27 billion parameters.\n"
            "Acme released Foo-7B on May 6, 2024. Foo-7B has 21 billion parameters.")
    flags = _flags(text)
    assert flags[("Foo-7B", "parameters_total", "27000000000.0")] is True
    assert flags[("Foo-7B", "parameters_total", "21000000000.0")] is False
    assert flags[("Foo-7B", "release", "2024-05-06")] is False


def test_error_word_disputes_what_precedes_the_correct_value() -> None:
    text = "Some early coverage wrongly dated it May 3, 2024; it was in fact released on May 4, 2024."
    spans = disputed_spans(text, sentences(text))
    assert in_spans(text.index("May 3"), spans)
    assert not in_spans(text.index("May 4"), spans)


def test_contrast_after_not_rather_than_instead_of() -> None:
    flags = _flags("Foo-7B has 46.7B total parameters, not 56B.")
    assert flags[("Foo-7B", "parameters_total", "46700000000.0")] is False
    assert flags.get(("Foo-7B", "parameters_total", "56000000000.0"), True) is True
    assert _disputed("The window is 32K tokens rather than 128K, the card says.") == ["128K"]


def test_no_contrast_before_a_verb_a_bound_or_until() -> None:
    assert _disputed("Instead of activating all 671B parameters, Foo-7B routes each token.") == []
    assert _disputed("Foo-7B has not more than 7B parameters.") == []
    assert _disputed("Acme did not ship Foo-7B until May 2024.") == []
    assert _disputed("The pitch is fewer errors rather than better reasoning: Foo-7B scores 62.5% on MMLU.") == []


def test_vague_sources_are_disputed_only_where_the_paragraph_doubts_them() -> None:
    doubted = ("Coverage has been inconsistent. One widely shared newsletter put Foo-7B's size at 250 billion "
               "parameters, apparently confusing it with Bar-9.")
    assert _flags(doubted)[("Foo-7B", "parameters_total", "250000000000.0")] is True
    plain = "Several outlets noted that Foo-7B has 250 billion parameters."
    assert _flags(plain)[("Foo-7B", "parameters_total", "250000000000.0")] is False


def test_disputed_values_never_conflict_and_show_in_the_graph(corpus) -> None:
    d = corpus({
        "a.txt": "May 9, 2024 — Acme released Foo-7B on May 6, 2024. Foo-7B has 21 billion parameters.",
        "b.txt": ("June 10, 2024 — Correction: an earlier version of this story misstated that Foo-7B has 27 billion "
                  "parameters.\nFoo-7B has 21 billion parameters, Acme says."),
    })
    kg = build(d)
    assert [c.code for c in kg.conflicts()] == []
    disputed = [c for c in kg.claims() if c.disputed]
    assert [(c.article, c.value) for c in disputed] == [("b.txt", 27e9)]
    edges = [e for _u, _v, e in kg.graph.edges(data=True) if e.get("relation") == "disputed_by"]
    assert [(e["predicate"], e["value"], e["claim"]) for e in edges] == [("parameters_total", "27000000000.0", disputed[0].id)]


def test_a_fact_check_claim_line_under_a_false_verdict_is_disputed() -> None:
    text = ("**Claim:** Acme released Foo-7B on March 3, 2024.\n"
            "**Verdict: False.** Acme released Foo-7B on March 4, 2024.\n\n"
            "**Claim:** Foo-7B has 7 billion parameters.\n"
            "**Verdict: True.** The model card says so.")
    flags = _flags(text)
    assert flags[("Foo-7B", "release", "2024-03-03")] is True
    assert flags[("Foo-7B", "release", "2024-03-04")] is False
    assert flags[("Foo-7B", "parameters_total", "7000000000.0")] is False


def test_a_notice_disputes_what_the_earlier_version_said_not_the_correction() -> None:
    text = ("**Correction, April 15, 2025:** An earlier version of this article stated that Foo-7B was released on "
            "December 12, 2024. Foo-7B was released on January 8, 2025.")
    flags = _flags(text)
    assert flags[("Foo-7B", "release", "2024-12-12")] is True
    assert flags[("Foo-7B", "release", "2025-01-08")] is False


def test_the_articles_own_earlier_report_is_disputed_when_called_earlier_or_wrong() -> None:
    text = ("We initially reported Foo-7B as released on April 7, the Monday it reached us. Acme released Foo-7B on "
            "April 5.\n\nOur March 21 piece stated that Bar-2 was released on March 18. It is wrong. Acme released Bar-2 "
            "on March 17.\n\nWe reported that Baz-3 was released on March 2.")
    flags = _flags(text)
    assert flags[("Foo-7B", "release", "2026-04-07")] is True and flags[("Foo-7B", "release", "2026-04-05")] is False
    assert flags[("Bar-2", "release", "2026-03-18")] is True and flags[("Bar-2", "release", "2026-03-17")] is False
    assert flags[("Baz-3", "release", "2026-03-02")] is False  # a plain report, no word that it was earlier or wrong


def test_a_numbered_claim_rated_false_and_our_own_earlier_figure() -> None:
    text = ('CLAIM 1: "Foo-2 was released at the conference in May 2024."\nRATING: FALSE\n\n'
            "Acme released Foo-2 on June 27, 2024.\n\nWe also previously gave Bar-7's release date as September 27, 2024 "
            "in one place; the correct year is 2023.\n")
    got = {(c.subject, c.value) for c in claims_of(text) if c.kind == "event" and not c.disputed}
    assert got == {("Foo-2", "2024-06-27")}


def test_a_corrections_note_in_the_plural() -> None:
    text = ("Acme released Foo-2 on June 27, 2024.\n\n*Corrections: an earlier version of this post listed Foo-2's release "
            "as June 28.*\n")
    got = {(c.subject, c.value) for c in claims_of(text, "2024-12-30") if c.kind == "event" and not c.disputed}
    assert got == {("Foo-2", "2024-06-27")}


def test_a_list_of_rated_quotes_disputes_the_quotes_rated_false() -> None:
    text = ('> **Ratings at a glance**\n> - "Foo-R1 has 1.2 trillion parameters" — **False**\n'
            '> - "Foo-R1 came out on January 27" — **False**\n\nAcme released Foo-R1 on January 20, 2025.\n')
    got = {(c.subject, c.value) for c in claims_of(text, "2025-02-05") if c.kind == "event" and not c.disputed}
    assert got == {("Foo-R1", "2025-01-20")}

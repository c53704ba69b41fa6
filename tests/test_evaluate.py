"""The scorer: matching rules of FORMAT.md and the confusion report."""

from conftest import make_article

from chronograph.evaluate import format_report, score
from chronograph.extract import extract_article

GOLD = {
    "articles": {"a.txt": {"reference_date": "2026-04-06"}},
    "events": [{"article": "a.txt", "type": "release", "subject": "Foo-7B", "aliases": ["Foo 7B"],
                "organization": "Acme", "date": "2026-04-02", "quote": "Acme released Foo-7B on April 2"}],
    "facts": [{"article": "a.txt", "subject": "Bar-2", "attribute": "context_window", "value": 32000,
               "quote": "Bar-2 handles 32K tokens of context"}],
    "conflicts": [], "non_conflicts": [], "non_events": [],
}


def _claims(text: str):  # type: ignore[no-untyped-def]
    return extract_article(make_article(text, "2026-04-06"))


def test_matching_events_and_facts() -> None:
    r = score(GOLD, _claims("Acme released Foo 7B on April 2. Bar-2 has a 32K context window."), [])
    assert (r.event_tp, r.event_fp, r.fact_tp) == (1, 0, 1) and r.named_subject_errors == []


def test_a_fact_on_another_subject_the_sentence_names_is_reported() -> None:
    r = score(GOLD, _claims("Acme released Foo-7B on April 2. Unlike Bar-2, Baz-9 has a 32K context window."), [])
    assert r.fact_tp == 0
    assert len(r.named_subject_errors) == 1 and "given to Baz-9" in r.named_subject_errors[0]
    assert "on a wrong subject although the sentence names the right one: 1" in format_report(r)


def test_wrong_date_is_a_miss_and_a_false_event() -> None:
    r = score(GOLD, _claims("Acme released Foo-7B on April 3."), [])
    assert (r.event_tp, r.event_fp, r.event_fn) == (0, 1, 1)
    assert r.confusion["event: right subject, wrong date"] == 1

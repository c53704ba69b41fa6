"""Each conflict family in both directions: must flag / must not flag."""

from chronograph.pipeline import build


def codes(kg) -> list[tuple[str, str, str]]:
    return [(c.code, c.subject, c.predicate) for c in kg.all_conflicts()]


def test_several_release_dates_conflict(corpus) -> None:
    d = corpus({"a.txt": "May 2, 2024 — Acme released Foo-7B, a model.",
                "b.txt": "May 9, 2024 — Acme released Foo-7B, a model."})
    kg = build(d)
    assert codes(kg) == [("CG101", "Foo-7B", "release")]
    c = kg.all_conflicts()[0]
    assert {v.value for v in c.values} == {"2024-05-02", "2024-05-09"}
    assert "a.txt" in c.explanation and "b.txt" in c.explanation
    assert c.severity == "error"


def test_year_contains_its_days(corpus) -> None:
    d = corpus({"a.txt": "March 20, 2023 — Acme launched Foo-7B in 2023, to acclaim.",
                "b.txt": "OpenAI style: Acme released Foo-7B on March 14, 2023, quietly."})
    assert codes(build(d)) == []


def test_numbers_after_unit_normalisation(corpus) -> None:
    d = corpus({"a.txt": "Foo-7B has a context window of 128K tokens. Foo-7B is a 671 billion parameter model.",
                "b.txt": "Foo-7B has a context window of 128,000 tokens. Foo-7B is a 671B parameter model.",
                "c.txt": "Foo-7B is a 1.2 trillion parameter model."})
    assert codes(build(d)) == [("CG201", "Foo-7B", "parameters_total")]


def test_licenses_and_scores(corpus) -> None:
    d = corpus({"a.txt": "Foo-7B is licensed under Apache 2.0. Foo-7B scores 87.1 on MMLU.",
                "b.txt": "Foo-7B is released under the MIT license. Foo-7B scores 87.5 on MMLU.",
                "c.txt": "Foo-7B scores 87.1 on MMLU."})
    kg = build(d)
    assert codes(kg) == [("CG201", "Foo-7B", "benchmark:MMLU"), ("CG202", "Foo-7B", "license")]
    mmlu = kg.conflicts(code="CG201")[0]
    assert mmlu.best_value == 87.1  # two independent sources against one
    assert "independent source" in (mmlu.best_reason or "")


def test_a_benchmark_spelt_two_ways_is_one_predicate(corpus) -> None:
    d = corpus({"a.txt": "Foo-7B scores 80.5 on MMLU Pro.", "b.txt": "Foo-7B scores 74.3 on MMLU-Pro."})
    kg = build(d)
    assert sorted(c.predicate for c in kg.claims(subject="Foo-7B")) == ["benchmark:MMLU Pro", "benchmark:MMLU-Pro"]
    assert codes(kg) == [("CG201", "Foo-7B", "benchmark:MMLU-Pro")]  # compared under the lexicon's name
    assert len(kg.claims(subject="Foo-7B", predicate="benchmark:mmlu pro")) == 2


def test_copies_count_as_one_source(corpus) -> None:
    text = "Foo-7B scores 87.5 on MMLU."
    d = corpus({"a.txt": text, "b.txt": text, "c.txt": "Foo-7B scores 87.1 on MMLU.",
                "d.txt": "Foo-7B scores 87.1 on MMLU, per the report."})
    c = build(d).all_conflicts()[0]
    assert c.values[0].value == 87.1
    assert next(v for v in c.values if v.value == 87.5).sources == 1


def test_approximate_values_and_bounds_compare_as_intervals(corpus) -> None:
    d = corpus({"a.txt": "Foo-7B cost about $5.6 million to train.",
                "b.txt": "Foo-7B cost $5.8 million to train.",
                "c.txt": "Foo-7B cost under $6 million to train."})
    assert codes(build(d)) == []
    d2 = corpus({"d.txt": "Foo-7B cost more than $100 million to train."})  # joins a, b and c
    assert codes(build(d2)) == [("CG201", "Foo-7B", "training_cost_usd")]


def test_forecasts_never_conflict(corpus) -> None:
    d = corpus({"a.txt": "May 2, 2024 — Acme released Foo-7B, a model.",
                "b.txt": "Acme will release Foo-7B in June 2024, analysts say."})
    assert codes(build(d)) == []


THREE = {
    "one.txt": "April 23, 2026 — Bigco announced Bar-2 on April 22, 2026. Acme had released Foo-7B one day before "
               "Bigco's announcement of Bar-2.",
    "two.txt": "April 5, 2026 — Bigco announced Bar-2 on April 4, 2026, at a small event.",
    "three.txt": "April 7, 2026 — Acme released Foo-7B on April 6, 2026, with little fanfare.",
}


def test_relative_against_absolute_cycle_across_three_articles(corpus) -> None:
    kg = build(corpus(THREE))
    cycles = kg.conflicts(code="CG102")
    assert cycles, codes(kg)
    involved = {a for c in cycles for v in c.values for a in v.articles}
    assert involved == {"one.txt", "two.txt", "three.txt"}
    assert "negative cycle" in cycles[0].explanation


def test_the_same_articles_minus_one_are_clean_of_cycles(corpus) -> None:
    files = dict(THREE)
    del files["three.txt"]
    assert build(corpus(files)).conflicts(code="CG102") == []


def test_anachronism(corpus) -> None:
    d = corpus({"bad/a.md": "---\ntitle: t\ndate: 2024-01-10\n---\nAcme released Foo-7B on March 3, 2024, to acclaim.\n",
                "ok/b.md": "---\ntitle: t\ndate: 2024-04-10\n---\nAcme released Foo-7B on March 3, 2024, to acclaim.\n"})
    assert codes(build(d / "bad")) == [("CG103", "Foo-7B", "release")]
    assert codes(build(d / "ok")) == []
    updated = corpus({"u/a.md": "---\ntitle: t\ndate: 2024-01-10\nlastmod: 2024-04-01\n---\nAcme released Foo-7B on March 3, 2024, to acclaim.\n",
                      "late/a.md": "---\ntitle: t\ndate: 2024-01-10\nlastmod: 2024-02-01\n---\nAcme released Foo-7B on March 3, 2024, to acclaim.\n"})
    assert codes(build(updated / "u")) == []  # the update may add later news
    assert codes(build(updated / "late")) == [("CG103", "Foo-7B", "release")]


def test_successor_dated_before_predecessor(corpus) -> None:
    d = corpus({"bad/a.txt": "Acme released Zap-3 on March 3, 2024, to acclaim. Acme released Zap-2 on May 5, 2024, later.",
                "ok/b.txt": "Acme released Zap-2 on March 3, 2024, to acclaim. Acme released Zap-3 on May 5, 2024, later."})
    assert ("CG104", "Zap-3", "release") in codes(build(d / "bad"))
    assert all(c[0] != "CG104" for c in codes(build(d / "ok")))


def test_check_restores_the_cycle_collector(corpus) -> None:
    import gc

    from chronograph.checks import check

    kg = build(corpus({"a.md": "# A\n\nZeta-2 was released on March 3, 2025.\n",
                       "b.md": "# B\n\nZeta-2 was released on May 9, 2025.\n"}))
    claims, articles = kg.all_claims(), kg.articles
    assert gc.isenabled()
    assert check(claims, articles)
    assert gc.isenabled()
    gc.disable()
    try:
        check(claims, articles)
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()

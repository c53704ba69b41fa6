from conftest import claims_of

SPEC = """Foo-7B technical sheet
| Specification | Foo-7B |
|---|---|
| Total Parameters | 671B |
| Activated Parameters | 37B per token |
| Context Window | 128,000 tokens |
| License | MIT (weights) |
| Release Date | December 26, 2024 |
"""

BENCH = """| Benchmark | Foo-7B | Bar-2 | Baz-3 |
|---|---|---|---|
| MMLU (higher is better) | 87.1% | 86.5% | 87.2% |
| GPQA Diamond | 59.1% | 56.3% | 53.6% |
"""

ROWS = """| Model | Est. Training Cost | Release |
|---|---|---|
| Foo-7B | ~$5.6M | Dec 2024 |
| Bar-2 | ~$30-50M (est.) | Jun 2024 |
"""


def test_spec_table() -> None:
    got = {(c.predicate, c.value) for c in claims_of(SPEC) if c.subject == "Foo-7B"}
    assert {("parameters_total", 671e9), ("parameters_active", 37e9), ("context_window", 128000),
            ("license", "MIT"), ("release", "2024-12-26")} <= got


def test_benchmark_matrix_gives_one_fact_per_model_column() -> None:
    got = {(c.subject, c.predicate, c.value) for c in claims_of(BENCH)}
    assert ("Bar-2", "benchmark:MMLU", 86.5) in got and ("Baz-3", "benchmark:GPQA Diamond", 53.6) in got
    assert len(got) == 6


def test_row_table_release_column_and_ranges() -> None:
    claims = claims_of(ROWS)
    assert ("Bar-2", "release", "2024-06") in {(c.subject, c.predicate, c.value) for c in claims}
    assert all(not (c.subject == "Bar-2" and c.predicate == "training_cost_usd") for c in claims)  # a range
    cost = next(c for c in claims if c.subject == "Foo-7B" and c.predicate == "training_cost_usd")
    assert cost.value == 5.6e6 and cost.approximate


def test_vaguer_date_of_the_same_event_is_dropped_in_one_article() -> None:
    claims = claims_of(SPEC + "\n" + ROWS)
    assert [c.value for c in claims if c.subject == "Foo-7B" and c.predicate == "release"] == ["2024-12-26"]


def test_column_units_from_the_header() -> None:
    table = "| Model | Parameters (billion) | Release date |\n|---|---|---|\n| Foo-7B | 175 | June 2020 |\n"
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert ("Foo-7B", "parameters_total", 175e9) in got and ("Foo-7B", "release", "2020-06") in got


def test_a_cell_of_sizes_names_the_family_members() -> None:
    table = "| Name | Release date | Parameters |\n|---|---|---|\n| Foo 2 | July 18, 2023 | 6.7B, 13B, 69B |\n"
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert ("Foo 2 13B", "parameters_total", 13e9) in got
    assert not any(s == "Foo 2" and p == "parameters_total" for s, p, _ in got)


def test_a_generic_spec_table_belongs_to_the_article_not_the_last_model_named() -> None:
    text = ("Foo-7B review\nFoo-7B replaces Bar-2 in the lineup.\n"
            "| Specification | Value |\n|---|---|\n| Total Parameters | 70B |\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(text)}
    assert ("Foo-7B", "parameters_total", 70e9) in got and not any(s == "Bar-2" for s, _, _ in got)
    above = "Intro\nSome text about Foo-7B.\n## Bar-2 at a glance\n| Specification | Value |\n|---|---|\n| License | MIT |\n"
    assert ("Bar-2", "license", "MIT") in {(c.subject, c.predicate, c.value) for c in claims_of(above)}


def test_benchmark_variant_in_parentheses() -> None:
    got = {(c.subject, c.predicate, c.value) for c in claims_of(
        "| Benchmark | Foo-7B | Bar-2 |\n|---|---|---|\n| GPQA (Diamond) | 59.4% | 50.4% |\n| MMLU (5-shot) | 80% | 70% |\n")}
    assert ("Foo-7B", "benchmark:GPQA Diamond", 59.4) in got and ("Bar-2", "benchmark:MMLU", 70.0) in got


def test_a_bare_total_active_column_is_the_parameter_pair() -> None:
    got = {(c.subject, c.predicate, c.value) for c in claims_of(
        "| Model | Released | Total / active |\n|---|---|---|\n| Foo-3 | 2025-01-20 | 671B / 37B |\n| Bar-2 | 2025-03-12 | 27B dense |\n")
        if c.kind == "fact"}
    assert got == {("Foo-3", "parameters_total", 671e9), ("Foo-3", "parameters_active", 37e9), ("Bar-2", "parameters_total", 27e9)}


def test_a_described_row_is_scored_on_the_benchmark_in_parentheses() -> None:
    got = {(c.subject, c.predicate, c.value) for c in claims_of(
        "| Benchmark | Foo-7B | Bar-2 |\n|---|---|---|\n| Agentic coding (SWE-bench Verified) | 72.5% / 79.4% | 69.1% |\n"
        "| Multilingual Q&A (MMMLU) | 88.8% | 86.5% |\n")}
    assert got == {("Foo-7B", "benchmark:SWE-bench Verified", 72.5), ("Bar-2", "benchmark:SWE-bench Verified", 69.1),
                   ("Foo-7B", "benchmark:MMMLU", 88.8), ("Bar-2", "benchmark:MMMLU", 86.5)}


def test_infobox_fields_read_as_key_values() -> None:
    text = ("Foo (language model)\nFoo\nDeveloper(s) | Acme Research\nInitial release | June 2023\n"
            "Latest release | Foo-4-vision / 26 February 2025\nLicense | MIT\nFoo is a family of models.\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(text, ref=None)}
    assert got == {("Foo", "release", "2023-06"), ("Foo-4-vision", "release", "2025-02-26"), ("Foo", "license", "MIT")}
    assert claims_of("Home | News\nAcme released Foo-7B on May 2, 2024.")[0].method == "sentence"


def test_a_total_and_active_column() -> None:
    table = ("| Model | Total / active params | Context |\n|---|---|---|\n"
             "| Sparrow-9 | 671B / 37B | 128K |\n| Finch-2 | 70B dense | 8K |\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table) if c.predicate.startswith("parameters")}
    assert got == {("Sparrow-9", "parameters_total", 671e9), ("Sparrow-9", "parameters_active", 37e9),
                   ("Finch-2", "parameters_total", 70e9)}


def test_experts_per_token_row_is_the_active_expert_count() -> None:
    text = ("Foo-3 is a mixture-of-experts model.\n\n| Attribute | Value |\n|---|---|\n| Number of experts | 384 |\n"
            "| Experts selected per token | 8 |\n| Context length | 128K |")
    facts = {(c.predicate, c.value) for c in claims_of(text) if c.kind == "fact"}
    assert ("experts_active", 8.0) in facts
    assert ("experts_active", 384.0) not in facts


def test_a_note_after_a_row_name_does_not_hide_the_model() -> None:
    table = ("| Model | Released | MMLU |\n|---|---|---|\n| Zorb-4o (2024-05-13) | 2024-05-13 | 87.2 |\n"
             "| Quill 2 Flash (experimental) | 2024-12-11 | 76.4 |\n| Brindle-3 [1] | 2024-02-01 | 70.0 |\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert {("Zorb-4o", "release", "2024-05-13"), ("Zorb-4o", "benchmark:MMLU", 87.2),
            ("Quill 2 Flash", "release", "2024-12-11"), ("Brindle-3", "benchmark:MMLU", 70.0)} <= got


def test_a_year_and_month_cell_and_a_tokens_column() -> None:
    table = "| Model | Tokens | Released |\n|---|---|---|\n| Foo-7B | 2.5T | 2024-02 |\n"
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert ("Foo-7B", "release", "2024-02") in got and ("Foo-7B", "training_tokens", 2.5e12) in got


def test_a_corpus_size_column_is_training_tokens_not_parameters() -> None:
    table = ("| Name | Parameters | Corpus size | Train tokens |\n|---|---|---|---|\n"
             "| Foo-7B | 7 billion | 300 billion tokens | — |\n| Bar-2 | 13B | — | 2T |\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert {("Foo-7B", "parameters_total", 7e9), ("Foo-7B", "training_tokens", 300e9), ("Bar-2", "training_tokens", 2e12)} <= got
    assert ("Foo-7B", "parameters_total", 300e9) not in got


def test_a_table_of_benchmarks_with_a_release_column_dates_each_benchmark() -> None:
    table = ("| Benchmark | Introduced | Size |\n|---|---|---|\n| MMLU | 2020-09 | 15,908 questions |\n"
             "| FooBench (hard) | March 2025 | 448 tasks |\n")
    got = {(c.subject, c.subject_type, c.predicate, c.value) for c in claims_of(table)}
    assert got == {("MMLU", "benchmark", "release", "2020-09"), ("FooBench", "benchmark", "release", "2025-03")}


def test_a_date_column_of_a_release_table_and_a_measure_that_is_no_benchmark() -> None:
    table = ("| Release | Date | Sizes | Tokens |\n|---|---|---|---|\n| Foo-2 | Feb 2024 | 1B, 7B | 2.46T |\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert ("Foo-2", "release", "2024-02") in got and ("Foo-2", "training_tokens", 2.46e12) in got
    flops = "| Model | Approx. training FLOPs | MMLU |\n|---|---|---|\n| Foo-2 | 1.8 × 10^23 | 63.7 |\n"
    assert {(c.predicate, c.value) for c in claims_of(flops)} == {("benchmark:MMLU", 63.7)}


def test_a_release_cell_with_an_announced_date_gives_both() -> None:
    table = "| Name | Release date |\n|---|---|\n| Foo-3 | December 20, 2024 (announced) April 16, 2025 |\n"
    got = {(c.subject, c.predicate, c.value) for c in claims_of(table)}
    assert got == {("Foo-3", "release", "2025-04-16"), ("Foo-3", "announcement", "2024-12-20")}


def test_a_table_in_aligned_columns_and_a_notes_column() -> None:
    from chronograph.text import columns_to_rows

    text = columns_to_rows("Datasets     Foo-7B    Bar-2\nCoding\nHumanEval      46.3     48.2\nMMLU  77.8  79.5\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(text)}
    assert {("Foo-7B", "benchmark:HumanEval", 46.3), ("Bar-2", "benchmark:MMLU", 79.5)} <= got
    prose = "Acme released Foo-7B on May 2.   It was fast.\nNothing   else   here.\n"
    assert columns_to_rows(prose) == prose  # no block of numeric rows: left alone
    notes = "| Model | Context window | Notes |\n|---|---|---|\n| Foo Nano | - | 1.8 billion parameters, on-device |\n"
    assert ("Foo Nano", "parameters_total", 1.8e9) in {(c.subject, c.predicate, c.value) for c in claims_of(notes)}


def test_a_pricing_tables_last_change_column_is_a_price_change_or_a_launch() -> None:
    table = """| Model | Provider | Input $/M | Output $/M | Last change |
|---|---|---|---|---|
| Foo-4 | Acme | 2.50 | 10.00 | Aug 6, 2024 |
| Foo-4 mini | Acme | 0.15 | 0.60 | Jul 18, 2024 (launch) |
| Bar-3 | Zeta | 0.80 | 4.00 | Dec 2024 |
"""
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-07-01") if c.kind == "event")
    assert got == [("Bar-3", "price_change", "2024-12"), ("Foo-4", "price_change", "2024-08-06"),
                   ("Foo-4 mini", "release", "2024-07-18")]


def test_a_year_column_in_a_table_of_models_is_when_each_was_released() -> None:
    table = "| Model | Year | Params | Open? |\n|---|---|---|---|\n| Foo-7B | 2023 | 7.3B | Yes |\n| Bar-2 | 2024 | 70B | No |\n"
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-02-02") if c.kind == "event")
    assert got == [("Bar-2", "release", "2024"), ("Foo-7B", "release", "2023")]


def test_a_notes_cell_states_facts_of_its_row_and_a_bracketed_size_is_the_active_count() -> None:
    table = """| Name | Developer | Release date | Parameters | License | Notes |
|---|---|---|---|---|---|
| Foo-Large | Acme | 5 November 2024 | 389B (52B) | Acme License | 256K context[8] |
| Bar 2 | Zeta | 6 September 2023 | 7B, 13B | MIT | Trained on 2.6 trillion tokens[6] |
"""
    facts = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-10-14") if c.kind == "fact")
    assert ("Foo-Large", "parameters_total", 389e9) in facts and ("Foo-Large", "parameters_active", 52e9) in facts
    assert ("Foo-Large", "context_window", 256000.0) in facts
    assert ("Bar 2", "training_tokens", 2.6e12) in facts
    assert not any(s.endswith("389B") for s, _p, _v in facts)


def test_a_benchmark_tables_group_column_only_sorts_its_rows() -> None:
    table = """| Category | Benchmark (Metric) | Foo V3.1-Thinking | Bar R1 0528 |
|---|---|---|---|
| General | MMLU-Redux (EM) | 93.7 | 93.4 |
| | GPQA-Diamond (Pass@1) | 80.1 | 81.0 |
"""
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-09-22") if c.kind == "fact")
    assert ("Foo V3.1-Thinking", "benchmark:MMLU-Redux", 93.7) in got and ("Bar R1 0528", "benchmark:GPQA-Diamond", 81.0) in got


def test_an_architecture_column_is_read_like_notes() -> None:
    table = """| Model | Developer | Released | Total params | Architecture |
|---|---|---|---|---|
| Foo-1 | Acme | Mar 17, 2024 | 314B | MoE, 2 of 8 experts active |
| Bar 2 | Zeta | Apr 10, 2024 | 141B | Dense transformer |
"""
    facts = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-10-14") if c.kind == "fact")
    assert facts == [("Bar 2", "parameters_total", 141e9), ("Foo-1", "experts_active", 2.0), ("Foo-1", "parameters_total", 314e9)]


def test_a_slashed_pair_going_down_is_total_and_active_and_going_up_is_a_family() -> None:
    table = """| Model | Release date | Parameters | Context length |
|---|---|---|---|
| Foo 4 Scout | 5 Apr 2025 | 109B / 17B (16 experts) | 10M |
| Foo 4 Giant | not released | ~2T / 288B | – |
| Bar 3 | 18 Apr 2024 | 8B / 70B | 8K |
"""
    facts = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-09-14") if c.kind == "fact")
    assert ("Foo 4 Scout", "parameters_total", 109e9) in facts and ("Foo 4 Scout", "parameters_active", 17e9) in facts
    assert ("Foo 4 Giant", "parameters_total", 2e12) in facts and ("Foo 4 Giant", "parameters_active", 288e9) in facts
    assert ("Bar 3 8B", "parameters_total", 8e9) in facts and ("Bar 3 70B", "parameters_total", 70e9) in facts


def test_a_rank_column_only_orders_the_rows() -> None:
    table = """| # | Model | Developer | Released | MMLU-Pro |
|---|---|---|---|---|
| 1 | Foo 4 | Acme | Jul 9, 2025 | 86.6 |
| 2 | Bar-3-Thinking | Zeta | Jul 25, 2025 | 84.4 |
"""
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-08-12"))
    assert got == [("Bar-3-Thinking", "benchmark:MMLU-Pro", 84.4), ("Bar-3-Thinking", "release", "2025-07-25"),
                   ("Foo 4", "benchmark:MMLU-Pro", 86.6), ("Foo 4", "release", "2025-07-09")]


def test_a_date_and_what_happened_table_reads_each_row_as_a_dated_sentence() -> None:
    table = """| Date | What happened |
|---|---|
| Nov. 20, 2024 | Acme previews Foo-Lite-Preview on its chat website |
| Dec. 26, 2024 | Foo-V3 released, with open weights |
| Jan. 27, 2025 | Acme app tops the App Store; Zeta shares fall 17% |
"""
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(table, "2025-02-04") if c.kind == "event")
    assert got == [("Foo-Lite-Preview", "announcement", "2024-11-20"), ("Foo-V3", "release", "2024-12-26")]


def test_a_dated_log_gives_each_row_an_event_of_the_product_its_name_column_holds() -> None:
    text = ("Tracker\n\n| Date | Lab | Model / offering | Event | Input | Output |\n|---|---|---|---|---|---|\n"
            "| 2024-12-26 | Acme | Foo-3 | Launch (promo pricing to 8 Feb) | 0.14 | 0.28 |\n"
            "| 2025-02-09 | Acme | Foo-3 | Promo ends, list price applies | 0.27 | 1.10 |\n"
            "| 2025-04-09 | Zeta | Bar-3 API | API general availability | 3.00 | 15.00 |\n"
            "| 2025-05-01 | Zeta | Bar-2 | Retired | — | — |\n")
    got = sorted((c.subject, c.predicate, c.value) for c in claims_of(text, "2025-10-06") if c.kind == "event")
    assert got == [("Bar-3 API", "release", "2025-04-09"), ("Foo-3", "price_change", "2025-02-09"),
                   ("Foo-3", "release", "2024-12-26")]
    both = "| Date | Release | What's new |\n|---|---|---|\n| May 22, 2025 | Foo Opus 4 and Foo Sonnet 4 | Hybrid models |\n"
    assert sorted(c.subject for c in claims_of(both, "2025-09-02") if c.kind == "event") == ["Foo Opus 4", "Foo Sonnet 4"]
    noted = "| Date | Lab | Model | Event |\n|---|---|---|---|\n| 2025-04-05 | Acme | Foo-4 | Open weights, 402B total / 17B active |\n"
    assert {(c.predicate, c.value) for c in claims_of(noted, "2025-10-06") if c.kind == "fact"} == {
        ("parameters_total", 402e9), ("parameters_active", 17e9)}
    log = "| Date | Model | What Changed |\n|---|---|---|\n| May 13 | Foo-4 | Launch: $5.00 in |\n| Aug 6 | Foo-4 | New snapshot: $2.50 in |\n"
    assert sorted((c.predicate, c.value) for c in claims_of(log, "2024-12-01") if c.kind == "event") == [
        ("price_change", "2024-08-06"), ("release", "2024-05-13")]


def test_an_experts_total_active_pair_gives_the_active_count() -> None:
    text = "| | Foo-120b | Foo-20b |\n|---|---|---|\n| Experts per layer (total / active) | 128 / 4 | 32 / 4 |\n"
    got = {(c.subject, c.value) for c in claims_of(text, "2025-08-20") if c.predicate == "experts_active"}
    assert got == {("Foo-120b", 4), ("Foo-20b", 4)}
    text = "| Model | Layers | Experts (Total / Activated) |\n|---|---|---|\n| Qux3-30B-A3B | 48 | 128 / 8 |\n"
    assert [(c.subject, c.value) for c in claims_of(text, "2025-08-20") if c.predicate == "experts_active"] == [("Qux3-30B-A3B", 8)]

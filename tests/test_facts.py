import pytest
from conftest import claims_of, facts_of


def test_parameters_total_and_active() -> None:
    f = facts_of("Foo-7B is a 671 billion parameter model, activating only 37 billion parameters per token.")
    assert ("Foo-7B", "parameters_total", 671e9) in f
    assert ("Foo-7B", "parameters_active", 37e9) in f


def test_units_normalise() -> None:
    f = facts_of("Foo-7B has a context window of 128,000 tokens. Bar-2 offers a 1M-token context. "
                 "Baz-3 ships with a 128K context window.")
    assert ("Foo-7B", "context_window", 128000) in f
    assert ("Bar-2", "context_window", 1000000) in f
    assert ("Baz-3", "context_window", 128000) in f


def test_licenses() -> None:
    f = facts_of("Foo-7B is licensed under Apache 2.0. Bar-2 is released under the MIT license.")
    assert ("Foo-7B", "license", "Apache-2.0") in f and ("Bar-2", "license", "MIT") in f


def test_training_and_approximate_values() -> None:
    claims = claims_of("Foo-7B was trained on 14.8 trillion tokens and cost about $5.6 million to train.")
    cost = next(c for c in claims if c.predicate == "training_cost_usd")
    assert cost.value == 5.6e6 and cost.approximate
    assert any(c.predicate == "training_tokens" and c.value == 14.8e12 for c in claims)


def test_bounds_are_kept_as_bounds() -> None:
    cost = next(c for c in claims_of("Foo-7B cost under $6 million to train.") if c.predicate == "training_cost_usd")
    assert cost.bound == "upper"


def test_benchmarks() -> None:
    f = facts_of("Foo-7B scores 88.7 on MMLU and 92.7% on HumanEval.")
    assert ("Foo-7B", "benchmark:MMLU", 88.7) in f and ("Foo-7B", "benchmark:HumanEval", 92.7) in f


def test_versus_pairs() -> None:
    f = facts_of("Foo-7B beats Bar-2 on MMLU (87.1% vs 86.5%).")
    assert ("Foo-7B", "benchmark:MMLU", 87.1) in f and ("Bar-2", "benchmark:MMLU", 86.5) in f


def test_comparisons_do_not_take_the_fact() -> None:
    text = ("Acme released Foo-7B on April 6, 2026. The report shows 87.5 on MMLU, outperforming both "
            "Bar-2 and Acme's Baz-3 405B.")
    assert ("Foo-7B", "benchmark:MMLU", 87.5) in facts_of(text)


def test_family_sizes_are_not_totals() -> None:
    assert [f for f in facts_of("Foo comes in 8B and 70B sizes.") if f[1] == "parameters_total"] == []
    assert facts_of("Real workloads that required 70B parameter models now fit.") == []


def test_more_phrasings() -> None:
    f = facts_of("Foo-7B posts 86.4% MMLU. Bar-2 reports MMLU (5-shot): 79.5. Baz-3 weights ship under Apache 2.0. "
                 "Qux-4 supports up to 1 million tokens of context. Zed-5 was built from a 15 trillion token dataset.")
    assert ("Foo-7B", "benchmark:MMLU", 86.4) in f
    assert ("Bar-2", "benchmark:MMLU", 79.5) in f
    assert ("Baz-3", "license", "Apache-2.0") in f
    assert ("Qux-4", "context_window", 1000000) in f
    assert ("Zed-5", "training_tokens", 15e12) in f


def test_week_and_quarter_dates_make_no_event() -> None:
    from conftest import events_of

    assert events_of("Acme released Foo-7B last week, to acclaim.") == []
    assert events_of("Acme released Foo-7B in Q3 2025, to acclaim.") == []


def test_family_sizes_name_their_members() -> None:
    f = facts_of("Acme released Foo 3.1 in three sizes: 8B, 70B and 405B.")
    assert ("Foo 3.1 8B", "parameters_total", 8e9) in f and ("Foo 3.1 405B", "parameters_total", 405e9) in f
    assert ("Foo 3.1", "parameters_total", 8e9) not in f


def test_context_window_phrasings() -> None:
    f = facts_of("Foo-7B shipped with an 8K window. Bar-2 offers a one-million-token context window. "
                 "Baz-3's context window is only 8,192 tokens. Qux-4 stretches its window to 128K tokens.")
    assert {("Foo-7B", 8000), ("Bar-2", 1000000), ("Baz-3", 8192), ("Qux-4", 128000)} <= {
        (s, v) for s, p, v in f if p == "context_window"}


def test_active_share_and_hardware_is_no_subject() -> None:
    f = facts_of("Foo-7B has 236 billion total parameters, 21 billion of them active per token.")
    assert ("Foo-7B", "parameters_active", 21e9) in f
    f2 = facts_of("Foo-7B was trained on 16,000 H100 GPUs; it was trained on more than 15 trillion tokens.")
    assert all(s != "H100" for s, _, _ in f2)


def test_sized_appositions_and_benchmark_years() -> None:
    f = facts_of("Phi-3.5-mini is an updated 3.8B model. Mistral Small 24.09, the 22B model it replaces, was slower. "
                 "Foo-7B scored 79.8% on AIME 2024. The pretraining run of Bar-2 cost about $4.2 million in compute.")
    assert ("Phi-3.5-mini", "parameters_total", 3.8e9) in f and ("Mistral Small 24.09", "parameters_total", 22e9) in f
    assert ("Foo-7B", "benchmark:AIME 2024", 79.8) in f and ("Bar-2", "training_cost_usd", 4.2e6) in f


def test_experts_active() -> None:
    assert ("Mixo-2", "experts_active", 2.0) in facts_of("Mixo-2 routes each token through 2 of its 16 experts.")
    assert ("Mixo-2", "experts_active", 2.0) in facts_of("Mixo-2 has 32 experts, two of which are consulted for each token.")
    assert ("Mixo-2", "experts_active", 8.0) in facts_of("In Mixo-2, 8 experts are activated for each token.")
    assert not [f for f in facts_of("Mixo-2 was built by 40 experts in two months.") if f[1] == "experts_active"]
    assert ("Mixo-2", "experts_active", 2.0) in facts_of("Mixo-2 is a 314B MoE, 2 of 8 experts active.")
    assert ("Mixo-2", "experts_active", 4.0) in facts_of(
        "Mixo-2 has 128 experts in each layer, and for any given token only 4 experts are active.")
    assert not [f for f in facts_of("In a poll about Mixo-2, 3 of 10 experts agreed.") if f[1] == "experts_active"]


def test_generic_sizes_are_no_model_facts() -> None:
    text = "Mixo-2 was released on May 2, 2026. A 7B model serving a long prompt can need more memory for its cache."
    assert not [f for f in facts_of(text) if f[1] == "parameters_total"]
    text = "Mixo-2 was released on May 2, 2026. Most teams don't need 90 billion parameters to summarize a ticket."
    assert not [f for f in facts_of(text) if f[1] == "parameters_total"]
    assert ("Mixo-2", "parameters_total", 671e9) in facts_of(
        "**May 2, 2026 — Mixo-2.** A 671B mixture-of-experts model with 37B active parameters.")


def test_out_of_totals_windows_of_and_abbreviations() -> None:
    got = facts_of("Mixo-2 is a sparse Mixture-of-Experts (SMoE) model that uses only 39B active parameters out of 141B.")
    assert ("Mixo-2", "parameters_active", 39e9) in got and ("Mixo-2", "parameters_total", 141e9) in got
    assert facts_of("Acme doubled the window of Mixo 1.5 Pro to 2 million tokens.") == [("Mixo 1.5 Pro", "context_window", 2e6)]


def test_a_size_named_by_a_size_list_is_that_member() -> None:
    text = ("Acme released Lark 3 on May 2, 2026 in 9B and 27B sizes. The other lab shipped something else. "
            "The 27B model was trained on 13 trillion tokens, and the 4B, 9B and 27B models share a 128K context window.")
    f = facts_of(text)
    assert ("Lark 3 27B", "training_tokens", 13e12) in f
    assert ("Lark 3", "context_window", 128000) in f  # a list of sizes speaks of the family


def test_more_context_and_size_phrasings() -> None:
    f = facts_of("Foo-7B tops out at 32K tokens. Bar-2 can process up to 128,000 tokens. "
                 "Baz-3's context window is a modest 8K tokens. Qux-4 handles up to 900 tokens per second.")
    assert ("Foo-7B", "context_window", 32000) in f and ("Bar-2", "context_window", 128000) in f
    assert ("Baz-3", "context_window", 8000) in f
    assert not [x for x in f if x[0] == "Qux-4"]  # a throughput, not a window
    f = facts_of("They put out a new 22B Wren Small on Tuesday, and the 35B Command R is still good.")
    assert ("Wren Small", "parameters_total", 22e9) in f and ("Command R", "parameters_total", 35e9) in f


def test_table_cells_with_total_and_active_and_a_proprietary_license() -> None:
    text = ("| Model | Released | Parameters | License |\n|---|---|---|---|\n"
            "| Foo-8x7B | December 2023 | 46.7B (12.9B active) | Apache 2.0 |\n| Foo Large | February 2024 | Undisclosed | Proprietary |\n")
    f = facts_of(text)
    assert ("Foo-8x7B", "parameters_total", 46.7e9) in f and ("Foo-8x7B", "parameters_active", 12.9e9) in f
    assert ("Foo Large", "license", "Proprietary") in f


def test_sizes_said_of_a_moe_and_active_of_its_total() -> None:
    f = facts_of("Foo-R1 is the same 671B MoE as Foo-V3 with 37B active per token.")
    assert ("Foo-R1", "parameters_total", 671e9) in f
    f = facts_of("Foo-30B-A3B activates just 3 billion of its 30 billion parameters.")
    assert ("Foo-30B-A3B", "parameters_active", 3e9) in f and ("Foo-30B-A3B", "parameters_total", 30e9) in f
    f = facts_of("Foo-8x7B has 46.7 billion parameters, so its cost is close to that of a 13B dense model.")
    assert ("Foo-8x7B", "parameters_total", 13e9) not in f
    f = facts_of("It combines a 10B dense transformer with a 128x3.66B MoE MLP, for a total of 480B parameters.")
    assert not [x for x in f if x[2] in (10e9, 3.66e9)]


def test_the_topic_for_the_base_model_and_its_size_and_window() -> None:
    text = ("Acme released Foo-2 on May 2, 2026. Acme reports 84.0% on MMLU for the pretrained model. "
            "It's 3.8B, MIT licensed. Its context window stayed at 200K tokens, 131,072 tokens when Bar scaling is on.")
    f = facts_of(text)
    assert ("Foo-2", "benchmark:MMLU", 84.0) in f and ("Foo-2", "parameters_total", 3.8e9) in f
    assert ("Foo-2", "context_window", 200000) in f


def test_an_older_model_named_in_passing_does_not_take_the_topic() -> None:
    text = ("Acme shipped Foo-5 on May 2, 2026. It beats everything, compared with under 40% for the original Foo-4. "
            "Its context window stays at 128,000 tokens.")
    assert ("Foo-5", "context_window", 128000) in facts_of(text)
    text = "Foo-5 scored 81% on MMLU, second only to Bar-9. It has a context window of 32K tokens."
    assert ("Foo-5", "context_window", 32000) in facts_of(text)


def test_modified_licenses_experts_and_totals_of_its() -> None:
    f = facts_of("Foo-K2 is released under a modified MIT license. Each token is routed to 8 of the model's 384 experts.")
    assert ("Foo-K2", "license", "Modified-MIT-License") in f and ("Foo-K2", "license", "MIT") not in f
    assert any(x[1] == "experts_active" for x in f)
    f = facts_of("Foo-235B-A22B activates 22B of its 235B parameters per token.")
    assert ("Foo-235B-A22B", "parameters_total", 235e9) in f and ("Foo-235B-A22B", "parameters_active", 22e9) in f
    assert ("Foo-235B-A22B", "parameters_active", 235e9) not in f


def test_a_distinctive_variant_word_alone_names_its_model_unless_two_names_share_it() -> None:
    text = ("Acme released Lark 4 Scout and Lark 4 Maverick on April 5, 2026. Maverick scores 73.4 on MMMU, "
            "while Scout posts 57.2 on GPQA Diamond.")
    f = facts_of(text)
    assert ("Lark 4 Maverick", "benchmark:MMMU", 73.4) in f and ("Lark 4 Scout", "benchmark:GPQA Diamond", 57.2) in f
    # two names share "Haiku": a bare "Haiku" is neither (the paragraph's topic decides, not the first name seen)
    text = "Foo 3.5 Haiku is new. Foo 3 Haiku is old. Bar-2 is here. Haiku scores 40 on MMLU."
    assert ("Foo 3.5 Haiku", "benchmark:MMLU", 40.0) not in facts_of(text)


def test_a_list_of_known_benchmarks_and_scores() -> None:
    f = facts_of("The blog numbers for Foo-235B in thinking mode: ArenaHard 95.6, LiveCodeBench 70.7.")
    assert ("Foo-235B", "benchmark:ArenaHard", 95.6) in f and ("Foo-235B", "benchmark:LiveCodeBench", 70.7) in f
    assert not [x for x in facts_of("Foo-7B ships with Bar 2.5, and Baz 3.1 too.") if x[1].startswith("benchmark:")]


def test_a_known_benchmark_keeps_the_articles_spelling_but_not_its_letter_case() -> None:
    assert ("Foo-7B", "benchmark:MMLU Pro", 80.5) in facts_of("Foo-7B scored 80.5% on MMLU Pro.")
    from chronograph.extract.facts import known_bench
    assert known_bench("GPQA diamond") == "GPQA Diamond" and known_bench("GPQA-Diamond") == "GPQA-Diamond"
    assert known_bench("Foo Bench") is None
    assert ("Foo-7B", "benchmark:Humanity's Last Exam", 25.4) in facts_of("Foo-7B scored 25.4% on Humanity\u2019s Last Exam.")


def test_a_score_given_for_comparison_is_the_other_models_and_the_next_score_is_the_subjects_again() -> None:
    f = facts_of("Foo-1 scored 79.8% on AIME 2024, versus 79.2% for Bar-1, and 97.3% on MATH-500.")
    assert sorted(f) == [("Bar-1", "benchmark:AIME 2024", 79.2), ("Foo-1", "benchmark:AIME 2024", 79.8),
                         ("Foo-1", "benchmark:MATH-500", 97.3)]
    f = facts_of("Foo-3 scored 85.7% on AIME 2024, ahead of the 79.8% posted by Bar-1, and 70.7% on LiveCodeBench.")
    assert ("Bar-1", "benchmark:AIME 2024", 79.8) in f and ("Foo-3", "benchmark:LiveCodeBench", 70.7) in f


def test_like_x_gives_the_subjects_spec_to_x_too_but_not_its_scores() -> None:
    assert sorted(facts_of("Like Foo-3, Foo-3 Pro has a context window of 200,000 tokens.")) == [
        ("Foo-3", "context_window", 200000), ("Foo-3 Pro", "context_window", 200000)]
    assert facts_of("Like Foo-3, Foo-3 Pro scores 80% on MMLU.") == [("Foo-3 Pro", "benchmark:MMLU", 80.0)]


def test_mit_as_an_item_of_a_spec_list_is_a_license_but_not_the_institute() -> None:
    assert ("Foo-7B", "license", "MIT") in facts_of("Acme dropped Foo-7B tonight: 7B params, MIT.")
    assert ("Foo-4", "license", "MIT") in facts_of("- Acme **Foo-4** (`acme/foo-4`, MIT)")
    assert facts_of("Researchers from Stanford, MIT, and Harvard tested Foo-4.") == []
    assert facts_of("Foo-4 was built by a team at MIT.") == []


def test_training_tokens_said_of_the_pretraining_itself() -> None:
    assert facts_of("Pre-training for Foo-4 used about 36 trillion tokens.") == [("Foo-4", "training_tokens", 36e12)]
    assert ("Foo-4", "training_tokens", 15e12) in facts_of("Foo-4 got 15T tokens of pre-training, but a small window.")
    assert facts_of("The data mixture for training Foo-4 consisted of more than 30 trillion tokens.") == [
        ("Foo-4", "training_tokens", 30e12)]


def test_activates_only_n_at_a_time_is_the_active_count() -> None:
    f = facts_of("Foo-235B has 235 billion parameters in total but activates only 22 billion at a time.")
    assert sorted(f) == [("Foo-235B", "parameters_active", 22e9), ("Foo-235B", "parameters_total", 235e9)]


def test_a_size_said_in_trillions_but_not_in_a_question() -> None:
    assert facts_of("Foo 4 Behemoth has nearly two trillion total parameters.") == [
        ("Foo 4 Behemoth", "parameters_total", 2e12)]
    assert facts_of("Foo-4 is fast. Do you feel pressure to compete at one trillion parameters?") == []


def test_a_sized_apposition_names_other_kinds_of_model() -> None:
    assert facts_of("We are releasing FooGuard 2, a 4B image safety checker.") == [("FooGuard 2", "parameters_total", 4e9)]


def test_which_is_a_size_and_training_data_is_a_count() -> None:
    assert facts_of("Acme released Foo Small, which is 24B and Apache 2.0, on May 2.") == [
        ("Foo Small", "parameters_total", 24e9), ("Foo Small", "license", "Apache-2.0")]
    assert facts_of("Acme released Foo-3 on May 2. Pretraining data is about 36 trillion tokens.") == [
        ("Foo-3", "training_tokens", 36e12)]
    assert facts_of("Acme released Foo-3, which is 24B tokens away from done.") == []


def test_scores_for_named_models_after_a_benchmark_opener() -> None:
    text = "On MMLU, Acme reports <b>78.9%</b> for Foo 1.5 Flash, Bar claims 88.7% for Bar-4o, and Baz lists 75.2% for Baz-3."
    assert facts_of(text) == [("Foo 1.5 Flash", "benchmark:MMLU", 78.9), ("Bar-4o", "benchmark:MMLU", 88.7),
                              ("Baz-3", "benchmark:MMLU", 75.2)]
    assert facts_of("In the Chinese evaluation C-Eval, Foo2-72B get 91.0.") == [("Foo2-72B", "benchmark:C-Eval", 91.0)]
    assert facts_of("Foo2-72B obtained MMLU 84.2, exceeding Bar-3-70B (MMLU 79.5).") == [
        ("Foo2-72B", "benchmark:MMLU", 84.2), ("Bar-3-70B", "benchmark:MMLU", 79.5)]


def test_supported_tokens_and_a_stated_total() -> None:
    assert facts_of("Foo2-7B and Foo2-72B can support up to 128K tokens, while Foo2-57B support 64K tokens.") == [
        ("Foo2-72B", "context_window", 128000), ("Foo2-7B", "context_window", 128000), ("Foo2-57B", "context_window", 64000)]
    assert facts_of("Foo-3 supports 100 languages and writes 200 tokens per second.") == []
    assert facts_of("Foo2-57B-A14B is a sparse model. Its total parameter is 57 billion.") == [
        ("Foo2-57B-A14B", "parameters_total", 57e9)]


def test_a_license_name_with_its_printed_id_gives_the_id_and_the_id_is_no_model() -> None:
    got = facts_of("Zeph 24B, released under the Zeph Research License (ZRL-0.1), is a 24-billion-parameter model.")
    assert ("Zeph 24B", "license", "ZRL-0.1") in got
    assert ("Zeph 24B", "parameters_total", 24e9) in got
    assert ("Zeph 24B", "license", "Zeph-Research-License") in facts_of("Zeph 24B ships under the Zeph Research License.")


def test_a_gapped_training_clause() -> None:
    text = "Zorb-3 comes in 2B and 7B sizes. The 7B model was trained on 6 trillion tokens, and the 2B model on 3 trillion tokens."
    got = facts_of(text)
    assert ("Zorb-3 7B", "training_tokens", 6e12) in got and ("Zorb-3 2B", "training_tokens", 3e12) in got


def test_money_with_a_lower_case_scale_letter() -> None:
    assert ("Foo-7B", "training_cost_usd", 5.6e6) in facts_of("Foo-7B cost just $5.6m (£4.4m) to train.")


@pytest.mark.parametrize("text", [
    "Foo-7B has 64 experts, of which 8 are active per token.",
    "Foo-7B has 16 experts of which 8 are active.",
    "In Foo-7B a router selects eight of sixty-four experts in each layer.",
    "Foo-7B uses top-8 gating over 128 experts.",
    "Foo-7B: 56B params, 8 experts per token.",
    "Foo-7B runs with 8 of 64 experts active per token.",
    "Foo-7B runs with eight of its 64 experts active per token.",
])
def test_experts_active_phrasings(text: str) -> None:
    assert ("Foo-7B", "experts_active", 8.0) in facts_of(text)


def test_two_scores_side_by_side_with_vs() -> None:
    text = ("Foo-7B is out. On reasoning, AIME 2024 pass@1 is 79.8% vs 79.2% for o1-1217, MATH-500 is 97.3% vs 96.4%, "
            "and LiveCodeBench 65.9% vs 63.4%.")
    got = set(facts_of(text))
    assert {("Foo-7B", "benchmark:AIME 2024", 79.8), ("o1-1217", "benchmark:AIME 2024", 79.2),
            ("Foo-7B", "benchmark:MATH-500", 97.3), ("o1-1217", "benchmark:MATH-500", 96.4),
            ("o1-1217", "benchmark:LiveCodeBench", 63.4)} <= got


def test_scores_in_parentheses_after_the_models_compared() -> None:
    got = set(facts_of("On MMLU, Foo-7B scores 88.6, close to Bar-2 (88.7) and Baz-3 (88.3%)."))
    assert {("Foo-7B", "benchmark:MMLU", 88.6), ("Bar-2", "benchmark:MMLU", 88.7), ("Baz-3", "benchmark:MMLU", 88.3)} <= got
    assert not any(s == "Bar-2" for s, _p, _v in facts_of("Foo-7B scores 88.6 on MMLU, and Bar-2 (2024) is older."))


@pytest.mark.parametrize("text, fact", [
    ("Foo-7B is thirty-two billion parameters, Apache licensed.", ("Foo-7B", "parameters_total", 32e9)),
    ("Foo-7B? Both of them are seventeen billion active.", ("Foo-7B", "parameters_active", 17e9)),
    ("Foo-7B only has, like, thirty-two thousand tokens of context.", ("Foo-7B", "context_window", 32e3)),
    ("Foo-7B has one hundred nine billion total.", ("Foo-7B", "parameters_total", 109e9)),
    ("Foo-7B is three point eight billion parameters.", ("Foo-7B", "parameters_total", 3.8e9)),
    ("Foo-7B, the fourteen-billion parameters one.", ("Foo-7B", "parameters_total", 14e9)),
    ("Foo-7B got sixty-two point three percent on SWE-bench Verified.", ("Foo-7B", "benchmark:SWE-bench Verified", 62.3)),
])
def test_numbers_said_in_words(text: str, fact: tuple[str, str, float]) -> None:
    assert fact in facts_of(text)
    assert not any(v == 2000 for _s, _p, v in facts_of(text))  # not the "two thousand" inside "thirty-two thousand"


def test_training_run_tokens_and_a_cost_that_comes_to() -> None:
    assert ("Foo-7B", "training_tokens", 9.8e12) in facts_of("Foo-7B had a pretraining run of about 9.8 trillion tokens.")
    assert ("Foo-7B", "training_cost_usd", 5.576e6) in facts_of(
        "For Foo-7B the total training cost comes to approximately $5.576 million.")


@pytest.mark.parametrize("text, fact", [
    ("Foo-7B reached 69.1% on SWE-bench Verified, compared with 68.1% for Bar-2.", ("Bar-2", "benchmark:SWE-bench Verified", 68.1)),
    ("Foo-7B scored 84.9% on HumanEval, against 67.0% for Bar-2.", ("Bar-2", "benchmark:HumanEval", 67.0)),
    ("On AIME 2024, Foo-7B scored 93.4% to Bar-2's 91.6%.", ("Bar-2", "benchmark:AIME 2024", 91.6)),
    ("Foo-7B posted 82.9% on MMMU and Bar-2 81.6%.", ("Bar-2", "benchmark:MMMU", 81.6)),
])
def test_the_other_models_score_in_a_comparison(text: str, fact: tuple[str, str, float]) -> None:
    got = facts_of(text)
    assert fact in got
    assert not any(s == "Bar-2" and v != fact[2] for s, _p, v in got)


def test_a_size_opening_a_spec_list_after_a_name() -> None:
    assert ("Foo Small 3", "parameters_total", 24e9) in facts_of("Foo Small 3 is out: 24B, Apache 2.0.")
    assert ("Foo-3", "parameters_total", 24e9) in facts_of("* Foo-3 (24B, 128K context, Apache 2.0) is on Bedrock.")
    assert not [f for f in facts_of("Foo-3 (1B / 4B / 12B): good.") if f[1] == "parameters_total" and f[0] == "Foo-3"]


def test_chinese_scale_words_left_in_a_translation() -> None:
    got = facts_of("Foo-3 has 6710亿 parameters in total, and each token activates 370亿 parameters.")
    assert ("Foo-3", "parameters_total", 671e9) in got and ("Foo-3", "parameters_active", 37e9) in got


def test_a_context_of_n_tokens() -> None:
    assert ("Foo-7B", "context_window", 32000) in facts_of("Foo-7B handles a context of 32,000 tokens.")
    assert ("Foo-7B", "context_window", 128000) in facts_of("Foo-7B supports contexts of up to 128K tokens.")


def test_apps_a_model_ships_in_are_not_the_models_both_refers_to() -> None:
    text = ("Acme released Foo 4 Scout and Foo 4 Maverick. They power its assistant in WhatsApp, Messenger and Instagram. "
            "Both new models use 17 billion active parameters per token.")
    got = [f for f in facts_of(text) if f[1] == "parameters_active"]
    assert sorted(got) == [("Foo 4 Maverick", "parameters_active", 17e9), ("Foo 4 Scout", "parameters_active", 17e9)]


def test_a_value_in_a_which_clause_belongs_to_the_name_it_follows_even_a_compared_one() -> None:
    text = "Foo-3 beats Bar-2, which Acme released last month with 132 billion total and 36 billion active parameters."
    got = facts_of(text)
    assert ("Bar-2", "parameters_total", 132e9) in got and ("Bar-2", "parameters_active", 36e9) in got
    assert not [f for f in got if f[0] == "Foo-3"]


def test_a_context_said_in_thousands_as_k() -> None:
    assert ("Foo-3", "context_window", 128000) in facts_of("Foo-3 came with a hundred and twenty-eight K context.")
    assert ("Foo-3", "context_window", 8000) in facts_of("Foo-3 had eight K context.")


def test_members_said_by_their_word_alone_under_their_family() -> None:
    text = ("Acme dropped Llama 4 on a Saturday. Two models you can download, Scout and Maverick. "
            "Scout is a hundred and nine billion total. Maverick is four hundred billion total.")
    got = facts_of(text)
    assert ("Llama 4 Scout", "parameters_total", 109e9) in got and ("Llama 4 Maverick", "parameters_total", 400e9) in got


def test_scores_in_per_cent_and_percent_for_a_compared_model() -> None:
    got = facts_of("Foo-3 scored 79.8 per cent on the AIME 2024 maths test, compared with 13 percent for Bar-2.")
    assert ("Foo-3", "benchmark:AIME 2024", 79.8) in got and ("Bar-2", "benchmark:AIME 2024", 13.0) in got


def test_a_context_window_said_as_what_a_model_can_take_in_or_read() -> None:
    assert ("Foo-3", "context_window", 1e6) in facts_of("Foo-3 can take in as many as one million tokens at once.")
    assert ("Foo-3", "context_window", 1e6) in facts_of("Foo-3 could take in a million tokens at once.")
    assert ("Foo-3", "context_window", 1e5) in facts_of("Foo-3 could read about 100K tokens.")
    assert not facts_of("Foo-3 can process 1 million tokens per second.")


def test_each_of_them_means_the_models_released_together() -> None:
    text = "Acme on Monday released Foo-4, Foo-4 mini and Foo-4 nano. Each of them can take in one million tokens at once."
    got = {f[0] for f in facts_of(text, "2025-04-14") if f[1] == "context_window"}
    assert got == {"Foo-4", "Foo-4 mini", "Foo-4 nano"}


def test_experts_that_fire_for_a_token_and_a_benchmark_with_an_apostrophe() -> None:
    assert ("Foo-1", "experts_active", 2.0) in facts_of("In Foo-1, only two of the model’s eight experts are active for any given token.")
    assert ("Foo-2", "experts_active", 6.0) in facts_of("Foo-2 is sparse: only six of its 160 routed experts fire for any given token.")
    assert ("Foo-4", "benchmark:Humanity's Last Exam", 25.4) in facts_of("Foo-4 scored 25.4 percent on Humanity’s Last Exam.")


def test_a_value_in_the_apposition_after_a_compared_name_is_that_names() -> None:
    got = facts_of("Foo-4 is bigger than Bar 3.1, the 405-billion-parameter dense model Acme released last July.")
    assert ("Bar 3.1", "parameters_total", 405e9) in got and not [f for f in got if f[0] == "Foo-4"]


def test_values_in_parentheses_after_a_compared_name_and_a_platform_is_a_place() -> None:
    got = facts_of("Against Acme's Foo 1.5 Large (398B total, 94B active) and Bar Large 2, Baz A holds up.")
    assert ("Foo 1.5 Large", "parameters_total", 398e9) in got and ("Foo 1.5 Large", "parameters_active", 94e9) in got
    got = facts_of("Foo Base and Foo Instruct are available on GitHub under the Apache 2.0 license.")
    assert {f[0] for f in got if f[1] == "license"} == {"Foo Base", "Foo Instruct"}


def test_a_verb_after_and_shares_the_subject_the_sentence_opens_with() -> None:
    got = facts_of("Foo 3 was trained on 14 trillion tokens, more than twice the volume used for Foo 2, and supports a "
                   "context window of up to 32K tokens.")
    assert ("Foo 3", "context_window", 32000) in got and not [f for f in got if f[0] == "Foo 2"]


def test_active_parameters_per_token_experts_a_token_is_sent_to_and_a_window_extended() -> None:
    got = facts_of("Foo 8x7B has 46.7B parameters but uses only 12.9 billion per token.")
    assert ("Foo 8x7B", "parameters_active", 12.9e9) in got
    assert ("Foo 8x7B", "experts_active", 2.0) in facts_of("In Foo 8x7B a router sends each token to two experts.")
    assert ("Foo Small", "parameters_total", 22e9) in facts_of("Honestly the old 22B Foo Small is fine.")
    assert ("Foo-4", "context_window", 16000) in facts_of("Foo-4 extended the context length from 4K to 16K tokens.")


def test_pretraining_a_named_model_a_training_label_and_a_context_size() -> None:
    assert facts_of("We pre-train Foo-V3 on 14.8 trillion diverse and high-quality tokens.") == [
        ("Foo-V3", "training_tokens", 14.8e12)]
    assert facts_of("Foo-V3 notes. Training: 14.8T tokens.") == [("Foo-V3", "training_tokens", 14.8e12)]
    assert facts_of("Foo-8x7B was trained with a context size of 32k tokens.") == [("Foo-8x7B", "context_window", 32000)]


def test_scores_after_a_colon_under_an_opening_benchmark_and_respective_scores_of_a_rival() -> None:
    text = "On GPQA Diamond the three are close: 83.4% for Foo 4.5, 85.7% for Acme's Bar-5 and 86.4% for Baz 2.5 Pro."
    assert sorted(f for f in facts_of(text) if f[1].startswith("benchmark:")) == [
        ("Bar-5", "benchmark:GPQA Diamond", 85.7), ("Baz 2.5 Pro", "benchmark:GPQA Diamond", 86.4),
        ("Foo 4.5", "benchmark:GPQA Diamond", 83.4)]
    text = "Foo-R1 scored 79.8% on AIME 2024 and 97.3% on MATH-500, compared with 79.2% and 96.4% for Acme's Bar-1."
    assert sorted(facts_of(text)) == [
        ("Bar-1", "benchmark:AIME 2024", 79.2), ("Bar-1", "benchmark:MATH-500", 96.4),
        ("Foo-R1", "benchmark:AIME 2024", 79.8), ("Foo-R1", "benchmark:MATH-500", 97.3)]
    # one benchmark only: "against 85.5 and 75.9" has no order to follow
    assert ("Bar-1", "benchmark:MMLU", 85.5) not in facts_of("Foo-R1 scored 89.4 on MMLU, against 85.5 and 75.9 for Bar-1.")


def test_a_makers_short_form_and_a_sentence_that_opens_with_both() -> None:
    got = facts_of("Everyone is talking about DeepSeek-R7 this week. Both R7 and R7-Lite have a 128K context window.",
                   "2025-06-01")
    assert sorted(got) == [("DeepSeek-R7", "context_window", 128000.0), ("R7-Lite", "context_window", 128000.0)]


def test_both_at_the_start_of_a_sentence_means_the_two_models_named_last() -> None:
    got = facts_of("Acme released Foo-120b and Foo-20b on Tuesday.\n\n- Both support a 128K context window", "2025-08-08")
    assert sorted(got) == [("Foo-120b", "context_window", 128000.0), ("Foo-20b", "context_window", 128000.0)]


def test_scores_on_the_same_tests_are_on_the_tests_the_sentence_before_named_in_order() -> None:
    text = ("Acme's Foo-R1 scored 79.8% on the AIME 2024 mathematics test and 97.3% on MATH-500. "
            "Zeta's Bar-1 scored 79.2% and 96.4% on the same tests.")
    assert [f for f in facts_of(text, "2025-01-27") if f[0] == "Bar-1"] == [
        ("Bar-1", "benchmark:AIME 2024", 79.2), ("Bar-1", "benchmark:MATH-500", 96.4)]
    # a count that does not fit the tests named is left alone
    assert not [f for f in facts_of(text.replace("79.2% and 96.4%", "79.2%"), "2025-01-27") if f[0] == "Bar-1"]


def test_trained_with_n_tokens_is_the_training_data_too() -> None:
    text = ("Acme ships Foo-3 in 1B, 4B, 12B and 27B sizes. The 27B model was trained with 14 trillion tokens, "
            "the 12B model was trained with 12 trillion tokens.")
    got = [f for f in facts_of(text, "2025-04-03") if f[1] == "training_tokens"]
    assert got == [("Foo-3 27B", "training_tokens", 14e12), ("Foo-3 12B", "training_tokens", 12e12)]


def test_on_a_benchmark_it_scored_is_the_topics_score() -> None:
    text = "Acme launched Foo-4.5 on Monday. On SimpleQA it scores 62.5% accuracy, versus 38.2% for Bar-4o."
    assert facts_of(text, "2025-03-01") == [("Foo-4.5", "benchmark:SimpleQA", 62.5), ("Bar-4o", "benchmark:SimpleQA", 38.2)]


def test_scores_on_the_same_chart_are_on_the_one_benchmark_scored_just_before() -> None:
    text = ("Acme launched Foo-4.5. It reported a score of 80.9% on SWE-bench Verified. "
            "On the same chart, Acme listed its own Foo-4 at 77.2% and Bar-4.1 at 74.5%.")
    got = [f for f in facts_of(text, "2025-11-25") if f[0] != "Foo-4.5"]
    assert got == [("Foo-4", "benchmark:SWE-bench Verified", 77.2), ("Bar-4.1", "benchmark:SWE-bench Verified", 74.5)]


def test_all_three_are_the_three_the_last_release_named_together() -> None:
    text = ("Acme launched Foo-4.1, Foo-4.1 mini and Foo-4.1 nano on Monday, and retired Bar-4.5. "
            "All three handle up to 1 million tokens of context.")
    assert sorted(f[0] for f in facts_of(text, "2025-04-15") if f[1] == "context_window") == [
        "Foo-4.1", "Foo-4.1 mini", "Foo-4.1 nano"]
    text = "Acme launched Foo-4.1 and Foo-4.1 mini on Monday. Later, Zeta shipped Bar-3 and Bar-3 mini. Both are MIT-licensed."
    assert sorted(f[0] for f in facts_of(text, "2025-04-15") if f[1] == "license") == ["Bar-3", "Bar-3 mini"]

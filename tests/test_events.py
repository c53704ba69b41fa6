from conftest import claims_of, events_of, facts_of


def test_dateline_and_active_voice() -> None:
    assert events_of("April 6, 2026 — Acme released Foo-7B, a small model.") == [("Foo-7B", "release", "2026-04-06")]


def test_date_in_the_clause_beats_the_dateline() -> None:
    assert events_of("March 12, 2025 — Acme released Foo-7B in Dec 2024, and it sold well.") == [
        ("Foo-7B", "release", "2024-12")]


def test_passive_parenthesis_and_possessive() -> None:
    ev = events_of("MLC-LLM v0.12's universal binary for Apple Silicon (released April 18th) is fast.")
    assert ev == [("MLC-LLM v0.12", "release", "2026-04-18")]
    assert events_of("Adept's Fuyu-Heavy-2 release (April 18th) shows demand.") == [("Fuyu-Heavy-2", "release", "2026-04-18")]
    assert events_of("Bar-3 was released by Acme on March 3, 2026.") == [("Bar-3", "release", "2026-03-03")]


def test_release_of_and_price_cut() -> None:
    assert events_of("The release of FlashDecoding++ (arXiv:2604.09852) on April 17th helped.") == [
        ("FlashDecoding++", "release", "2026-04-17")]
    assert events_of("Anthropic's 50% price cut for Claude 3.7 Sonnet on April 7th surprised.") == [
        ("Claude 3.7 Sonnet", "price_change", "2026-04-07")]


def test_family_sentence_gives_one_event_each() -> None:
    ev = events_of("Microsoft added Phi-3 Small, Phi-3 Medium and Phi-3 Vision to Azure in May 2024.")
    assert [e[0] for e in ev] == ["Phi-3 Small", "Phi-3 Medium", "Phi-3 Vision"]


def test_unseen_single_word_product() -> None:
    assert events_of("A day later, Snowflake unveiled Arctic, a large model, on April 24, 2024.")[0][:2] == (
        "Arctic", "announcement")


def test_an_unseen_one_word_subject_the_article_writes_as_a_name() -> None:
    lead = "Between the two came Molmo, a vision family. "
    assert events_of(lead + "Molmo came out on September 25, 2024.") == [("Molmo", "release", "2024-09-25")]
    assert events_of(lead + "Molmo was released on September 25, 2024.") == [("Molmo", "release", "2024-09-25")]
    # a word never written as a name mid-sentence, or an actor with its object after the verb, is no subject
    assert events_of("Details came out on September 25, 2024, with more details later.") == []
    assert events_of("It is from Halcyon, a lab. Halcyon first announced the model on Aug. 28, 2024.") == []


def test_a_count_after_a_dated_main_clause_that_is_no_event() -> None:
    # the main clause only gives a day; what happened in the "after" phrase is that day less the count
    assert events_of("The talk was recorded on March 20, 2025, exactly one week after Ai2 released Marlin-32B.") == [
        ("Marlin-32B", "release", "2025-03-13")]
    assert events_of("Shares fell on Tuesday, a day after Acme released Foo-2.", ref="2025-03-20") == [
        ("Foo-2", "release", "2025-03-17")]


def test_a_benchmark_can_be_released() -> None:
    assert events_of("OpenAI released the human-validated SWE-bench Verified subset on August 13, 2024.") == [
        ("SWE-bench Verified", "release", "2024-08-13")]
    # a score is no release of the benchmark
    assert events_of("Foo-7B, released on May 2, 2025, scores 88.1 on MMLU.") == [("Foo-7B", "release", "2025-05-02")]


def test_a_release_date_field_dates_the_product_of_the_page_or_section() -> None:
    card = ("\n# Foo-14B\n\nFoo-14B is a fine-tune of Bar-2.\n\n## Details\n\n- **Release date:** February 3, 2025 (v1.0)\n"
            "- **Context length:** 16K tokens\n")
    got = {(c.subject, c.predicate, c.value) for c in claims_of(card)}
    assert {("Foo-14B", "release", "2025-02-03"), ("Foo-14B", "context_window", 16000)} <= got
    notes = "## Zed-7B\n\nReleased: July 18, 2024\n\n## Zed-9B\n\nReleased: May 7, 2025\n"
    assert events_of(notes) == [("Zed-7B", "release", "2024-07-18"), ("Zed-9B", "release", "2025-05-07")]


def test_a_list_entry_of_a_name_its_maker_and_a_date() -> None:
    text = ("## March\n\n- **Foo-7B** (Acme Labs), March 27. A sparse model.\n"
            "- **Bar-2** (Zeta), the following day. A hybrid.\n")
    assert events_of(text, ref="2024-12-30") == [("Foo-7B", "release", "2024-03-27"), ("Bar-2", "release", "2024-03-28")]
    assert events_of("# Foo-7B, Four Months Later\n", ref="2024-12-30") == []  # a title, not an entry


def test_a_code_hosts_release_list_dates_each_version_and_the_notes_below_it() -> None:
    page = ("acme-labs / lantern Public\nReleases 37 Tags\nv0.9.1\nv0.9.1\nmhollis released this Feb 24\nv0.9.1 · 41be9a7\n"
            "Fixes\nFoo-3 is now selectable as a judge; Acme released it today, so scores moved.\n")
    got = events_of(page, ref="2025-03-14")
    assert ("lantern v0.9.1", "release", "2025-02-24") in got and ("Foo-3", "release", "2025-02-24") in got


def test_entries_with_a_maker_or_a_short_weekday_date() -> None:
    text = ("* Bar Saba (Mon 2/17)\nA model.\n* Muse (Wed 2/19)\nAcme unveiled Muse, a world model.\n"
            "* QwQ-32B (Qwen, released Mar 6): Apache-2.0.\n")
    got = events_of(text, ref="2025-03-14")
    assert ("Muse", "release", "2025-02-19") in got and ("QwQ-32B", "release", "2025-03-06") in got
    assert all(subject not in ("Qwen", "Mon 2", "Wed 2") for subject, _, _ in got)


def test_a_price_that_fell_by_a_percentage() -> None:
    assert events_of("Foo Flash fell 78% on input on August 12, 2024.") == [("Foo Flash", "price_change", "2024-08-12")]
    assert events_of("The price of Foo-3 dropped 20% on May 5, 2024.") == [("Foo-3", "price_change", "2024-05-05")]
    assert events_of("Downloads of Foo-3 dropped 20% on May 5, 2024.") == []  # not its price


def test_a_familys_members_named_after_its_release() -> None:
    text = ("Acme on Saturday released Foo 4, its first family of sparse models, starting with two open-weight models "
            "called Foo 4 Scout and Foo 4 Maverick.")
    assert events_of(text, ref="2025-04-06") == [("Foo 4", "release", "2025-04-05"), ("Foo 4 Scout", "release", "2025-04-05"),
                                                 ("Foo 4 Maverick", "release", "2025-04-05")]


def test_links_to_other_pages_are_not_this_pages_news() -> None:
    text = ("Acme released Foo-3 on March 4, 2025.\n\nRelated posts\n\n"
            "- Introducing Bar-2 and Baz-1 · Oct 22, 2024\nAcme unveils Qux-4 model 17 Jan 2024\n\n"
            "Acme also released Zed-5 on March 5, 2025.\n")
    assert events_of(text, ref="2025-03-10") == [("Foo-3", "release", "2025-03-04"), ("Zed-5", "release", "2025-03-05")]


def test_a_sized_member_the_day_inside_a_named_month_and_an_infobox_field() -> None:
    assert events_of("A smaller 2-billion-parameter Foo 2 model followed on July 31, 2024.") == [
        ("Foo 2 2B", "release", "2024-07-31")]
    assert events_of("Acme published the weights of the 314-billion-parameter Bar-1 on March 17, 2024.") == [
        ("Bar-1", "release", "2024-03-17")]  # a size that only describes the model
    text = "Acme shipped Foo-2 in 2024. That December brought a final refresh, Foo-2-1210, on the 10th."
    assert ("Foo-2-1210", "release", "2024-12-10") in events_of(text, ref="2025-06-12")
    assert events_of("Foo (language model)\nInitial release\t20 June 2023; 23 months ago\n", ref="2025-06-02") == [
        ("Foo", "release", "2023-06-20")]


def test_a_dash_list_of_a_family_and_a_debut_named_as_a_point_of_reference() -> None:
    text = ("Acme on Monday released a new family of models — Foo-4.1 and two smaller, cheaper versions called "
            "Foo-4.1 mini and Foo-4.1 nano — that it said were better at code.")
    assert [e[0] for e in events_of(text, ref="2025-04-14")] == ["Foo-4.1", "Foo-4.1 mini", "Foo-4.1 nano"]
    assert events_of("Two months after Bar-1's debut, Acme announced Foo-2 on Feb. 6, 2023.") == [
        ("Foo-2", "announcement", "2023-02-06")]


def test_a_date_in_a_forecast_clause_is_no_past_event_of_the_next_clause() -> None:
    text = ("Acme is reportedly preparing to release Foo-3 as soon as the end of this month, and code references to "
            "Foo-3 have already appeared in a library.")
    assert [c for c in claims_of(text, "2025-04-18") if c.kind == "event"] == []


def test_an_updated_stamp_is_no_dated_section() -> None:
    text = ("Published: 10:30am, 1 Feb 2025 (Beijing time)\nUpdated: 4:15pm, 1 Feb 2025 (Beijing time)\n\n"
            "Foo-3 has 671 billion parameters, and it was released under the MIT licence.\n")
    assert events_of(text, ref="2025-02-01") == []


def test_an_update_notes_date_ends_with_its_paragraph() -> None:
    text = ("# Introducing Foo-3\n\n**Update on June 10, 2025:** Foo-3 Pro is now available to all users.\n\n"
            "Today, we're releasing Foo-3 and Foo-3 mini.\n")
    assert events_of(text, ref="2025-04-16") == [("Foo-3 Pro", "release", "2025-06-10"), ("Foo-3", "release", "2025-04-16"),
                                                 ("Foo-3 mini", "release", "2025-04-16")]


def test_then_and_a_second_verb_take_their_own_date() -> None:
    assert events_of("Acme released Foo-2 in September, then rushed out Foo-2-Max on Jan. 29.", "2025-04-29") == [
        ("Foo-2", "release", "2024-09"), ("Foo-2-Max", "release", "2025-01-29")]
    assert events_of("Acme put out a statement about Foo-3 on Monday.", "2025-04-29") == []


def test_the_same_day_after_a_look_back_is_the_day_looked_back_to() -> None:
    text = ("Acme launched Foo-5 on Thursday. Two days earlier, on Tuesday, it released foo-oss-20b, its first open "
            "model. Bolt shipped Bar Opus 4.1 the same day.")
    assert events_of(text, "2025-08-07") == [("Foo-5", "release", "2025-08-07"), ("foo-oss-20b", "release", "2025-08-05"),
                                             ("Bar Opus 4.1", "release", "2025-08-05")]


def test_followed_that_july_is_a_month_not_a_page_release() -> None:
    assert events_of("The original Foo-1 arrived in February 2023, and Foo-2 followed that July.", "2025-04-05") == [
        ("Foo-1", "release", "2023-02"), ("Foo-2", "release", "2023-07")]


def test_a_diarys_verbless_entry_and_names_listed_before_a_released_parenthesis() -> None:
    assert events_of("Busy. Foo-4o mini on the 18th, at a lower price. Bar-3 on Azure in May.", "2024-07-30") == [
        ("Foo-4o mini", "release", "2024-07-18")]
    assert events_of("- Acme **Foo Small** and **Foo Medium** (released 2025-06-10).", "2025-08-06") == [
        ("Foo Small", "release", "2025-06-10"), ("Foo Medium", "release", "2025-06-10")]


def test_a_list_item_with_a_with_aside_keeps_its_own_date() -> None:
    assert events_of("Acme released Foo-1 in February 2023, and Foo-2, with a new license, on July 18, 2023.",
                     "2025-01-15") == [("Foo-1", "release", "2023-02"), ("Foo-2", "release", "2023-07-18")]


def test_dated_items_separated_by_semicolons() -> None:
    text = "It released Foo Coder, a code model, on 29 May 2024; Foo NeMo, a 12B model, on 18 July; and Foo Large 2 six days later."
    assert events_of(text, "2024-11-28") == [("Foo Coder", "release", "2024-05-29"), ("Foo NeMo", "release", "2024-07-18"),
                                             ("Foo Large 2", "release", "2024-07-24")]


def test_since_the_original_x_launched_dates_x() -> None:
    assert events_of("Since the original Foo-1 launched on February 21, 2024 with two sizes, the family has grown.",
                     "2025-03-12") == [("Foo-1", "release", "2024-02-21")]


def test_a_name_a_copula_and_only_its_date() -> None:
    assert events_of("Foo 3 — that was February seventeenth, the Monday night livestream.", ref="2025-04-25") == [
        ("Foo 3", "release", "2025-02-17")]
    assert events_of("Remember Foo-3 mini was only January thirty-first?", ref="2025-04-25") == [
        ("Foo-3 mini", "release", "2025-01-31")]  # a transcript's question still dates it; "Remember" is no name
    assert events_of("Foo-3 was last August.", ref="2025-04-25") == [("Foo-3", "release", "2024-08")]
    assert events_of("Foo-3's cutoff was December 2023.") == []


def test_a_name_whose_verb_an_earlier_clause_gives() -> None:
    assert events_of("Foo-1-preview was September 12, 2024, and full Foo-1 on December 5th.") == [
        ("Foo-1-preview", "release", "2024-09-12"), ("Foo-1", "release", "2024-12-05")]
    assert events_of("Acme released Foo-4 on April 18, 2024, with Foo-4.1 on July 23, 2024.") == [
        ("Foo-4", "release", "2024-04-18"), ("Foo-4.1", "release", "2024-07-23")]


def test_a_name_from_a_month_and_a_benchmark_only_where_the_verb_names_it() -> None:
    assert events_of("Foo Small 3 from January was already good.", ref="2025-03-28") == [("Foo Small 3", "release", "2025-01")]
    assert events_of("Foo 2.5 is from last September, so it's old.", ref="2025-03-28") == [("Foo 2.5", "release", "2024-09")]
    assert events_of("Prices from January to March rose for Foo-2.", ref="2025-03-28") == []
    text = "Two weeks later came Devstral, an open coding-agent model built with Acme that topped SWE-Bench Verified."
    assert all(e[0] != "SWE-Bench Verified" for e in events_of(text, ref="2025-06-12"))


def test_subjects_past_an_aside_and_a_copula_after_a_comma_is_no_date_of_the_name_before() -> None:
    assert events_of("Foo 3B and Foo 8B, which the company nicknamed les Foos, followed on October 16, 2024.") == [
        ("Foo 3B", "release", "2024-10-16"), ("Foo 8B", "release", "2024-10-16")]
    assert events_of("Bar 12B, the first Acme model that can read images, was posted on September 11, 2024.") == [
        ("Bar 12B", "release", "2024-09-11")]
    assert events_of("Bar Large, a model built on top of Foo Large 2, came on November 18, 2024.") == [
        ("Bar Large", "release", "2024-11-18")]


def test_followed_by_a_product_and_by_a_plan() -> None:
    assert events_of("Acme entered with Foo 40B. It was followed by Foo 180B on September 6, 2023.") == [
        ("Foo 180B", "release", "2023-09-06")]
    assert events_of("Foo-2 was followed by Acme's statement on July 20, 2023.") == []
    assert events_of("Acme open-sourced FooMLA on February 24, 2025, followed by the FooEP library a day later.") == [
        ("FooMLA", "release", "2025-02-24"), ("FooEP", "release", "2025-02-25")]
    text = "The Bar350 series is expected in 2025, followed by the Bar400 series in 2026."
    assert [c for c in claims_of(text) if c.kind == "event"] == []


def test_an_anchor_phrase_between_dashes_is_closed() -> None:
    assert events_of("Then, on July 24, 2024 - a day after Acme's Bar 3.1 - Foo Large 2 arrived.") == [
        ("Foo Large 2", "release", "2024-07-24")]


def test_a_launch_post_that_is_also_introducing_a_product() -> None:
    assert events_of("We're also introducing Foo Code, a command-line tool, as a preview.", ref="2025-02-24") == [
        ("Foo Code", "release", "2025-02-24")]


def test_discounts_of_a_percentage_for_each_model() -> None:
    text = "On February 26, 2025, Acme introduced off-peak discounts of 50% for Foo-3 and 75% for Foo-R1."
    assert events_of(text) == [("Foo-3", "price_change", "2025-02-26"), ("Foo-R1", "price_change", "2025-02-26")]


def test_which_clause_binds_the_antecedent() -> None:
    ev = events_of("The launch follows Bolt-2, which the company open-sourced in May 2024.")
    assert ev == [("Bolt-2", "release", "2024-05")]


def test_forecasts_are_not_events() -> None:
    claims = claims_of("By October 2026, Foo-9 will launch. Acme plans to release Bar-2 in June 2026. "
                       "Baz-3 is expected to ship in 2027.")
    assert [c for c in claims if c.kind == "event"] == []
    assert claims == [] or all(c.kind == "forecast" for c in claims)


def test_relative_next_day_is_dated_from_the_previous_event() -> None:
    claims = claims_of("April 6, 2026 — Acme released Foo-7B. Bigco cut prices for Bar-2 the very next day.")
    bar = next(c for c in claims if c.subject == "Bar-2")
    assert bar.value == "2026-04-07"
    assert bar.relative is not None and bar.relative.anchor_subject == "Foo-7B" and bar.relative.min_days == 1


def test_anchored_relative() -> None:
    claims = claims_of("Acme launched Foo-7B on March 18, 2025. Bar-2 was released one day before that launch.")
    bar = next(c for c in claims if c.subject == "Bar-2")
    assert bar.value == "2025-03-17"


def test_no_date_no_event() -> None:
    assert events_of("Acme released Foo-7B to great acclaim.") == []
    assert events_of("Acme released Foo-7B today.", ref=None) == []


def test_relative_phrase_of_another_clause_is_not_attached() -> None:
    claims = claims_of("Acme launched Foo-7B on March 3, 2025. It open-sourced Bar-2 on March 5, 2025, "
                       "followed by the Baz-3 library a day later.")
    bar = next(c for c in claims if c.subject == "Bar-2")
    assert bar.value == "2025-03-05" and bar.relative is None


def test_companies_cutting_prices_are_not_products() -> None:
    assert events_of("In May 2024, Bigcorp, Acme and Zeta all cut their own prices within weeks.") == []
    assert events_of("OpenAI cut prices by 50% for GPT-4o on August 6, 2024.") == [("GPT-4o", "price_change", "2024-08-06")]


def test_price_that_dropped_by_an_amount() -> None:
    assert events_of("Acme cut prices on September 17, 2024; Foo-7B dropped by about a third.") == [
        ("Foo-7B", "price_change", "2024-09-17")]
    assert events_of("Acme dropped Foo-7B on September 17, 2024.") == [("Foo-7B", "release", "2024-09-17")]


def test_bare_months_take_the_year_from_the_reference() -> None:
    assert events_of("Llama 3, which arrived in April, was awkward.", ref="2024-08-02") == [("Llama 3", "release", "2024-04")]
    assert events_of("Foo-7B debuted in November, quietly.", ref="2025-01-10") == [("Foo-7B", "release", "2024-11")]


def test_coordinated_subjects_of_an_intransitive_verb() -> None:
    ev = events_of("Codestral Mamba and Mathstral went live on July 16, 2024.")
    assert [e[0] for e in ev] == ["Codestral Mamba", "Mathstral"]


def test_trigger_inside_an_anchor_phrase_takes_no_date_of_the_main_clause() -> None:
    ev = events_of("Foo-7B landed last Wednesday, exactly one day after Acme published Bar-2.", ref="2024-07-29")
    # Bar-2 is not dated by "last Wednesday": it counts one day back from Foo-7B's date
    assert ev == [("Foo-7B", "release", "2024-07-24"), ("Bar-2", "release", "2024-07-23")]


def test_apposition_between_subject_and_passive_verb() -> None:
    assert events_of("Code Llama, a fine-tune of Llama 2 for code, was released in August 2023.") == [
        ("Code Llama", "release", "2023-08")]


def test_a_closed_anchor_phrase_dates_the_main_clause() -> None:
    ev = events_of("The day after Grok-3's debut on Feb. 17, 2025, Nimbalo, a startup in Oslo, open-sourced Tarn-1.")
    assert ("Tarn-1", "release", "2025-02-18") in ev and ("Grok-3", "release", "2025-02-17") in ev


def test_press_release_present_tense_takes_the_publication_date() -> None:
    from conftest import make_article

    from chronograph.extract import extract_article

    a = make_article("We are excited to announce Strand-2. Effective today, Strand-1 is now 60% cheaper.", "2025-03-05")
    got = {(c.subject, c.predicate, c.value) for c in extract_article(a.model_copy(update={"reference_source": "front_matter"}))}
    assert {("Strand-2", "release", "2025-03-05"), ("Strand-1", "price_change", "2025-03-05")} <= got
    assert events_of("We are excited to announce Strand-2.", ref=None) == []


def test_unresolved_nearer_date_is_not_replaced_by_a_farther_one() -> None:
    assert events_of("Gemma 2 2B was added in July, and Gemma 3 shipped on March 12, 2025.", ref=None) == [
        ("Gemma 3", "release", "2025-03-12")]


def test_without_a_reference_a_partial_date_takes_the_year_stated_before_it() -> None:
    assert events_of("Gemma 2 followed on June 27, 2024, and Gemma 2 2B was added in July.", ref=None) == [
        ("Gemma 2", "release", "2024-06-27"), ("Gemma 2 2B", "release", "2024-07")]


def test_an_event_is_never_anchored_on_itself() -> None:
    claims = claims_of("The launch lands a few days after Meta's Llama 3, released on April 18th, set a new bar.",
                       ref="2024-04-24")
    llama = [c for c in claims if c.subject == "Llama 3"]
    assert [c.value for c in llama] == ["2024-04-18"] and llama[0].relative is None


def test_a_product_after_a_preposition_is_not_the_object() -> None:
    assert events_of("Nano shipped inside the Pixel 8 Pro on December 6, 2023.") == []
    assert events_of("Acme released Foo-7B to Bar-2 users on May 2, 2024.") == [("Foo-7B", "release", "2024-05-02")]


def test_list_entries_and_headings_are_releases() -> None:
    assert events_of("**July 18, 2023 — Lark 2.** The first Lark anyone could use.") == [("Lark 2", "release", "2023-07-18")]
    assert events_of("* Finch-1 (12 January 2024) - the first checkpoint.") == [("Finch-1", "release", "2024-01-12")]
    assert events_of("**May 2027 — Lark 9.**", ref="2026-04-06") == []  # an entry after the publication date is a plan


def test_names_after_a_colon_and_alongside() -> None:
    ev = events_of("Acme shipped three models on April 2: Foo-1, Foo-1 Mini and Foo-1 Pro.")
    assert [e[0] for e in ev] == ["Foo-1", "Foo-1 Mini", "Foo-1 Pro"] and {e[2] for e in ev} == {"2026-04-02"}
    ev = events_of("Bar-2 became generally available on April 1, alongside an experimental Bar-2 Pro.")
    assert [e[0] for e in ev] == ["Bar-2", "Bar-2 Pro"]
    assert [e[0] for e in events_of("Acme rolled out Baz-3 and a smaller companion model, Baz-3 Mini, on April 1.")] == [
        "Baz-3", "Baz-3 Mini"]


def test_followed_with_and_relative_chains() -> None:
    text = ("It began on February 3, 2026, when Quillon open-sourced Vesper. Tessaly answered five days after Vesper "
            "with Tessaly-4. Nimbus-2 followed two days after that. The following Monday, Harrow shipped Harrow-9.")
    assert events_of(text) == [("Vesper", "release", "2026-02-03"), ("Tessaly-4", "release", "2026-02-08"),
                               ("Nimbus-2", "release", "2026-02-10"), ("Harrow-9", "release", "2026-02-16")]


def test_an_anchor_reference_is_not_a_release() -> None:
    ev = events_of("Foo-Max was announced on 28 January 2026, shortly after the release of Bar-9.")
    assert ev == [("Foo-Max", "announcement", "2026-01-28")]


def test_the_base_a_model_is_built_on_is_not_released() -> None:
    ev = events_of("Acme shipped Quarry-V on April 2, a model built on Quarry-4 and released under the Quarry License.")
    assert ev == [("Quarry-V", "release", "2026-04-02")]


def test_dated_headings_anchor_the_entries_below() -> None:
    text = "# Changelog\n\n## [1.4.0] - 2026-03-02\n\n- `foo-2-mini` went live yesterday. Foo-2 is the default.\n"
    assert events_of(text) == [("foo-2-mini", "release", "2026-03-01")]


def test_a_short_tail_names_the_model_after_its_full_name() -> None:
    text = "Quillon open-sourced Quillon-R2 on March 3, 2026. Rival lab Tarn answered the same day as R2 with Tarn-5."
    assert ("Tarn-5", "release", "2026-03-03") in events_of(text)


def test_a_verb_inside_an_open_apposition_describes_its_head() -> None:
    assert events_of("Lark Large, the company's flagship model launched in February 2026, still sells.") == [
        ("Lark Large", "release", "2026-02")]
    assert events_of("That came a week after Wren-2, the 12B model they built with Acme and released on March 18.") == [
        ("Wren-2", "release", "2026-03-18")]


def test_a_release_inside_an_anchor_phrase_counts_back_from_the_main_event() -> None:
    assert events_of("Acme shipped Foo-2 on March 3, 2026, two weeks after Bar released Baz-9.") == [
        ("Foo-2", "release", "2026-03-03"), ("Baz-9", "release", "2026-02-17")]
    # not the family a description mentions
    assert events_of("Acme shipped Foo-2 on March 3, 2026, a day after Bar rolled out the largest member of its Qux family.") == [
        ("Foo-2", "release", "2026-03-03")]


def test_a_code_name_the_text_uses_as_a_model() -> None:
    assert events_of("Quillon released its K4 reasoning model on March 3, 2026.") == [("K4", "release", "2026-03-03")]
    assert events_of("K4 only landed on March 3, 2026, and K4's weights are open.")[0] == ("K4", "release", "2026-03-03")
    assert events_of("Quillon shipped new Q3 guidance on March 3, 2026.") == []  # a quarter is never a code name


def test_made_available_on_a_platform_releases_the_object_not_the_platform() -> None:
    ev = events_of("On March 3, 2026, Acme released Foo-7B and made it available on Bar Cloud and Baz Hub.")
    assert ev == [("Foo-7B", "release", "2026-03-03")]


def test_gerund_release_verbs() -> None:
    assert events_of("I still remember Acme dumping Foo-7B as a magnet link on April 10, 2026.") == [
        ("Foo-7B", "release", "2026-04-10")]
    assert events_of("Acme dropping Foo-7B on April 10, 2026 surprised everyone.") == [("Foo-7B", "release", "2026-04-10")]
    assert events_of("Shipping costs for Foo-7B dropped by 10% on April 10, 2026.") == [
        ("Foo-7B", "price_change", "2026-04-10")]
    assert events_of("Acme on Monday also posted Foo-7B, a vision model.", ref="2026-04-08") == [("Foo-7B", "release", "2026-04-06")]
    assert events_of("Acme posted on its blog about Foo-7B on April 10, 2026.") == []


def test_together_with_is_not_followed_with() -> None:
    assert events_of("A smaller Lark 2 2B followed on 31 July 2026, together with the Wren-2 safety models.")[0] == (
        "Lark 2 2B", "release", "2026-07-31")


def test_a_list_whose_items_carry_their_own_dates() -> None:
    text = ("July 2026 saw several releases: Lark-M1 and Wrenstral on 16 July, Finch NeMo (a 12B model built with "
            "Acme) two days later, and Lark Large 2 on 24 July, a day after Bar released Baz 3.1.")
    assert events_of(text, ref=None) == [
        ("Lark-M1", "release", "2026-07-16"), ("Wrenstral", "release", "2026-07-16"),
        ("Finch NeMo", "release", "2026-07-18"), ("Lark Large 2", "release", "2026-07-24"),
        ("Baz 3.1", "release", "2026-07-23")]


def test_a_second_passive_verb_shares_the_first_ones_subject() -> None:
    text = ("Its second model, the sparse Foo-8x7B, was first distributed via a magnet link on 8 December 2025 "
            "and formally announced on 11 December, alongside new endpoints.")
    assert events_of(text) == [("Foo-8x7B", "release", "2025-12-08"), ("Foo-8x7B", "announcement", "2025-12-11")]


def test_an_object_that_is_not_a_model_is_not_the_topic() -> None:
    text = "Acme released Foo-7B on May 2, 2026. On 17 May the company launched a free API tier."
    assert events_of(text, ref="2026-06-01") == [("Foo-7B", "release", "2026-05-02")]
    text = "Acme released Foo-7B on May 2, 2026. On 17 May the company launched its new model card."
    assert events_of(text, ref="2026-06-01")[-1] == ("Foo-7B", "release", "2026-05-17")  # 'its new model ...': the topic


def test_a_byline_is_not_an_event() -> None:
    assert events_of("*By A. Writer · Published October 2, 2025 · Updated with Foo-7B API numbers*") == []


def test_the_same_day_a_clause_counts_from_that_clause_only() -> None:
    text = "Acme released Foo-7B on May 2, 2026. Bar-2, released the same day Baz cut its API prices, is cheap."
    assert events_of(text) == [("Foo-7B", "release", "2026-05-02")]


def test_a_date_in_parentheses_after_a_product_dates_it() -> None:
    ev = events_of("Foo-8x7B (December 2023) and Acme's Bar-2 (April 2024) showed that sparse models work.")
    assert ev == [("Foo-8x7B", "release", "2023-12"), ("Bar-2", "release", "2024-04")]


def test_prices_made_free_and_cheaper() -> None:
    assert events_of("Acme made Foo-7B and Foo-7B Lite free on May 21, 2024.") == [
        ("Foo-7B", "price_change", "2024-05-21"), ("Foo-7B Lite", "price_change", "2024-05-21")]
    assert events_of("On May 21, 2024 Bar-2 is 80% cheaper now.") == [("Bar-2", "price_change", "2024-05-21")]


def test_intransitive_forms_and_the_topic_as_subject() -> None:
    assert events_of("Acme released Foo-2 on May 2, 2026, with Foo-2-Coder and Foo-2-Math arriving the same day.") == [
        ("Foo-2", "release", "2026-05-02"), ("Foo-2-Coder", "release", "2026-05-02"), ("Foo-2-Math", "release", "2026-05-02")]
    assert events_of("Bar-12B showed up on April 11 as a torrent.") == [("Bar-12B", "release", "2026-04-11")]
    text = "With a second card, run Foo-8x22B. Came out on April 2 and people still sleep on it."
    assert events_of(text) == [("Foo-8x22B", "release", "2026-04-02")]
    text = "Don't overlook Foo-3.5-mini. It's 3.8B, MIT licensed, 128K context, came out Mar 20 and is good."
    assert events_of(text) == [("Foo-3.5-mini", "release", "2026-03-20")]


def test_an_entry_and_another_event_in_one_sentence() -> None:
    text = "Foo-8x7B (December 2023) showed the way, and Acme followed with its launch of Bar-2 in May 2024."
    assert events_of(text) == [("Foo-8x7B", "release", "2023-12"), ("Bar-2", "release", "2024-05")]
    text = "March 17, 2024 — Foo-1. Acme open-sourced the base model behind the Foo chatbot."
    assert events_of(text) == [("Foo-1", "release", "2024-03-17")]


def test_announced_alongside_a_product_of_another_kind() -> None:
    text = "Acme announced TPU v9p in December 2023 alongside Gemini and made Tile-6 generally available last month."
    assert events_of(text) == [("TPU v9p", "announcement", "2023-12"), ("Gemini", "announcement", "2023-12"),
                               ("Tile-6", "release", "2026-03")]
    text = "Acme announced Chip-5 in December 2023 alongside Foo and made Tile-6 generally available last month."
    assert not [e for e in events_of(text) if e[0] == "Tile-6" and e[1] == "announcement"]


def test_price_cuts_in_parallel_and_same_day_without_the() -> None:
    text = "On 17 March 2026 Acme cut prices, reducing the price of Foo Large 2 by 33% and of Bar-2 by 80%."
    assert events_of(text) == [("Foo Large 2", "price_change", "2026-03-17"), ("Bar-2", "price_change", "2026-03-17")]
    text = "Acme shipped Foo-2 on May 2, 2026. Same day, Bar-3 is 80% cheaper now."
    assert ("Bar-3", "price_change", "2026-05-02") in events_of(text)


def test_members_of_a_family_named_after_it() -> None:
    text = "On Apr. 9, 2026 Acme released two new members of the Foo family, CodeFoo and RecurrentFoo."
    assert events_of(text) == [("CodeFoo", "release", "2026-04-09"), ("RecurrentFoo", "release", "2026-04-09")]


def test_the_launch_came_a_day_after_counts_back_from_the_topic() -> None:
    text = "Acme today released Foo-2, a hybrid model. The launch came a day after Bar unveiled Baz-9, a large model."
    assert events_of(text, ref="2026-03-28") == [("Foo-2", "release", "2026-03-28"), ("Baz-9", "announcement", "2026-03-27")]


def test_alongside_the_model_is_the_topics_date() -> None:
    text = "Acme released Foo-3 on June 20, 2026. Alongside the model, Acme introduced Canvas, a side panel."
    assert events_of(text, ref="2026-06-21") == [("Foo-3", "release", "2026-06-20"), ("Canvas", "release", "2026-06-20")]


def test_an_anchor_is_the_products_latest_event_before() -> None:
    text = ("On May 4, 2026 Acme previewed Foo-3. Foo-3 itself went live on May 17, 2026. It scores 40% on SWE-bench, "
            "higher than the original Foo-2. Alongside the launch, Acme raised Foo-3's price to $1 per million tokens.")
    assert ("Foo-3", "price_change", "2026-05-17") in events_of(text)


def test_the_weights_were_released_is_the_topics_release() -> None:
    text = ("On 12 May 2026, Acme announced Foo-4. The model was at first available only through Acme Cloud; "
            "the weights were open-sourced on Hugging Face on 8 June 2026 under the MIT license.")
    assert events_of(text, ref="2026-07-01") == [("Foo-4", "announcement", "2026-05-12"), ("Foo-4", "release", "2026-06-08")]


def test_version_headings_and_release_tags_are_releases_of_the_named_project() -> None:
    text = "# Changelog\n\nAll notable changes to **lynx** are documented here.\n\n## [0.11.2] - 2025-07-15\n\n- Fixes.\n"
    assert events_of(text) == [("lynx v0.11.2", "release", "2025-07-15")]
    text = "lynx / lynx · Releases\n\n## v0.14.0 — Latest\nreleased this 2025-06-18 · tag v0.14.0 · commit 9e1b7c2\n"
    assert events_of(text) == [("lynx v0.14.0", "release", "2025-06-18")]
    assert events_of("# Changelog\n\n## [1.4.0] - 2025-03-02\n\n- Fixes.\n") == []  # no project named: no one's release
    # a code host's page title names the repository; the prose's spelling of it names the project
    text = "# Releases · lynx-ai/lynx\n\nLynx is a fast server.\n\n## v0.6.1 — 2025-02-27 (Latest)\n\n- Fixes.\n"
    assert events_of(text) == [("Lynx v0.6.1", "release", "2025-02-27")]


def test_pushed_a_described_checkpoint_and_posted_the_checkpoint() -> None:
    text = "Acme pushed an updated checkpoint, Foo-V3-0324, on March 24, and Bar followed a day later with Baz-2.5."
    assert events_of(text) == [("Foo-V3-0324", "release", "2026-03-24"), ("Baz-2.5", "release", "2026-03-25")]
    text = "Acme released Foo-R2 on May 20, 2026. Acme posted the checkpoint on May 28, 2026 with no announcement."
    assert events_of(text, ref="2026-06-01")[-1] == ("Foo-R2", "release", "2026-05-28")


def test_a_date_counted_from_something_undated_is_not_given() -> None:
    text = "Acme shipped Foo-3 on June 12, 2026. Bar put out its Baz-4 embedding models two days after the tech report."
    assert events_of(text, ref="2026-06-20") == [("Foo-3", "release", "2026-06-12")]


def test_a_date_counted_back_from_a_product_leaves_the_story_at_that_product() -> None:
    text = ("Acme released Foo-3 on Feb 24, 2026. Bar's Baz-3, unveiled a week before Foo-3, leaned on compute. "
            "Acme's model went the other way. Qux answered three days later with Qux-4.5.")
    assert ("Qux-4.5", "release", "2026-02-27") in events_of(text)


def test_followed_by_cost_cuts_is_out_and_a_weekday_with_an_article() -> None:
    text = "Acme released Bar-1 on March 11, 2024. It was followed on April 4, 2024 by Bar-2, a larger model."
    assert events_of(text) == [("Bar-1", "release", "2024-03-11"), ("Bar-2", "release", "2024-04-04")]
    assert events_of("On August 6, 2024, Acme cut the cost of Foo-4o input tokens by 50%.") == [
        ("Foo-4o", "price_change", "2024-08-06")]
    assert events_of("And this morning: Foo-3.1 is out.", ref="2025-03-17") == [("Foo-3.1", "release", "2025-03-17")]
    assert events_of("Acme shipped Foo-4 on a Saturday — April 5th, of all days.", ref="2025-04-14") == [
        ("Foo-4", "release", "2025-04-05")]


def test_followed_at_a_clause_end_and_a_chain_told_out_of_order() -> None:
    text = ("Acme's Foo-1 arrived on September 12, 2024, and a week later Cohere's Baz-1 family followed, trained on 9T tokens. "
            "Qux finished rolling out Qux Voice the day before Baz-2, which Cohere released six days after Baz-1; "
            "Mistral's Grault appeared the same day as Baz-2.")
    ev = events_of(text, ref="2024-10-03")
    assert ("Baz-1", "release", "2024-09-19") in ev
    assert ("Baz-2", "release", "2024-09-25") in ev
    assert ("Qux Voice", "release", "2024-09-24") in ev  # counted from Baz-2, which is dated only after it
    assert ("Grault", "release", "2024-09-25") in ev  # an organization's unseen product before the verb


def test_an_organizations_word_is_a_product_only_before_a_release_verb() -> None:
    assert events_of("Cohere's Board met on May 2, 2024.") == []
    assert events_of("Cohere's Grault was released on May 2, 2024.") == [("Grault", "release", "2024-05-02")]


def test_the_day_after_that_counts_from_the_event_just_told() -> None:
    text = "Acme released Foo-3 on March 12, 2025. The day after that, Bar quietly released Baz Deep."
    assert events_of(text) == [("Foo-3", "release", "2025-03-12"), ("Baz Deep", "release", "2025-03-13")]


def test_a_count_restated_as_a_day_of_the_month_takes_the_month_the_count_reaches() -> None:
    text = ("Two days later Acme shipped Gemma 1.5 on August 22, 2024. "
            "Eight days after Gemma, on the 30th, Cohere trimmed the price of Baz-7B.")
    assert ("Baz-7B", "price_change", "2024-08-30") in events_of(text, ref="2024-10-03")


def test_its_dated_debut_belongs_to_the_clause_subject_or_the_topic() -> None:
    assert events_of("Almost a month after its February 18 debut, Foo-3 still has no public API.", ref="2025-03-17") == [
        ("Foo-3", "release", "2025-02-18")]
    assert events_of("Foo-3 impressed. Its February 18 debut drew crowds.", ref="2025-03-17") == [
        ("Foo-3", "release", "2025-02-18")]


def test_went_up_on_a_hub_and_coordinated_unseen_names() -> None:
    assert events_of("Acme's Foo-4 (14B) went up on Hugging Face in January under MIT.", ref="2025-04-14") == [
        ("Foo-4", "release", "2025-01")]
    assert events_of("GPT-4o prices went up on Monday.", ref="2025-04-14") == []
    assert events_of("On Tuesday Acme launched the Relay API and an open-source Agents Kit.", ref="2025-03-17") == [
        ("Relay API", "release", "2025-03-11"), ("Agents Kit", "release", "2025-03-11")]
    assert events_of("On Tuesday Acme launched Quill and Bar released Baz.", ref="2025-03-17")[:1] == [
        ("Quill", "release", "2025-03-11")]


def test_lower_case_names_with_a_number_after_a_verb() -> None:
    text = "Acme introduced its abab 6.5 series in April 2024, and on 31 August 2024 released video-01, a video model."
    assert events_of(text, ref="2025-01-15") == [("abab 6.5", "release", "2024-04"), ("video-01", "release", "2024-08-31")]
    assert events_of("Acme released version 2.1 on May 3, 2024.", ref="2025-01-15") == []


def test_weights_put_online_came_and_brought_with_a_time_lead() -> None:
    assert events_of("Eleven days ago, xAI put the raw weights of Foo-1, a 314B model, online.", ref="2024-03-28") == [
        ("Foo-1", "release", "2024-03-17")]
    assert events_of("When Acme put Foo-V2 online on May 6, prices fell.", ref="2024-05-20") == [("Foo-V2", "release", "2024-05-06")]
    assert events_of("Later in June came Acme's Foo-4 340B, a model for synthetic data.", ref="2024-12-18") == [
        ("Foo-4 340B", "release", "2024-06")]
    assert events_of("Wednesday brought Foo-Mini 8B from NVIDIA.", ref="2024-08-24") == [("Foo-Mini 8B", "release", "2024-08-21")]
    assert events_of("The launch came a day after Acme unveiled Foo-2.", ref="2024-08-24") == []
    assert events_of("On August 20, Acme refreshed its small-model line with Foo-3.5.", ref="2024-12-18") == [
        ("Foo-3.5", "release", "2024-08-20")]
    assert events_of("On April 10 a link appeared on X, and Foo 8x22B was out; it is big.", ref="2024-12-18") == [
        ("Foo 8x22B", "release", "2024-04-10")]


def test_made_the_named_members_of_a_family_free() -> None:
    text = ("Alibaba cut the price of Qwen-Long on May 21. "
            "Later the same day, Baidu made two of its ERNIE models, ERNIE Speed and ERNIE Lite, free to use.")
    assert events_of(text, ref="2024-06-10")[1:] == [("ERNIE Speed", "price_change", "2024-05-21"),
                                                     ("ERNIE Lite", "price_change", "2024-05-21")]


def test_a_question_word_is_not_part_of_a_name_and_holidays_look_back() -> None:
    assert events_of("Is Foo2.5-14B still the better pick? It's been out since September.", ref="2025-01-08") == [
        ("Foo2.5-14B", "release", "2024-09")]
    assert events_of("Foo V3 landed the day after Christmas.", ref="2025-01-08") == [("Foo V3", "release", "2024-12-26")]


def test_support_for_a_product_is_not_its_release_and_beta_is_a_release() -> None:
    text = "## v0.4.1\n\nreleased this Apr 24, 2024\n\n- Foo-3-mini support, added one day after Acme released it."
    assert ("Foo-3-mini", "release", "2024-04-25") not in events_of(text, ref="2024-06-11")
    assert events_of("Foo-2 entered beta on the 13th.", ref="2024-08-24") == [("Foo-2", "release", "2024-08-13")]
    assert events_of("Its Doubao family of models debuted on May 15.", ref="2024-06-10") == [("Doubao", "release", "2024-05-15")]


def test_a_dated_release_noun_with_no_name_is_the_topics() -> None:
    assert events_of("## Quill 0.1.44\n\nThursday's release brings better memory estimation.", ref="2024-06-16") == [
        ("Quill 0.1.44", "release", "2024-06-13")]
    assert events_of("## Foo v0.5.0 ships\n\nThe June 11 release of the popular inference engine adds FP8.", ref="2024-06-16") == [
        ("Foo v0.5.0", "release", "2024-06-11")]
    assert ("Foo-3", "release", "2024-05-02") not in events_of("Foo-3 is great. The release on May 2 of the rival Bar-2 was not.",
                                                              ref="2024-06-16")


def test_a_participle_opening_the_sentence_dates_the_main_clause_subject() -> None:
    assert events_of("## Foo MI325X\n\nAnnounced at Computex on June 3, the accelerator carries 288GB.", ref="2024-06-16") == [
        ("Foo MI325X", "announcement", "2024-06-03")]
    assert events_of("Launched in May, Foo-2 and Foo-3 were cheap.", ref="2024-06-16") == [
        ("Foo-2", "release", "2024-05"), ("Foo-3", "release", "2024-05")]
    assert events_of("## Foo-4\n\nReleased on June 3, 2024, it sold out.", ref="2024-06-16") == [("Foo-4", "release", "2024-06-03")]


def test_the_launch_includes_lists_members_of_the_release_just_before() -> None:
    text = ("Acme today released Zephyrine 2, a family of open models. The launch includes Zephyrine 2 9B and "
            "Zephyrine 2 2B, and a guard model marketed as Zephyrine Guard 2.")
    got = set(events_of(text, "2025-03-04"))
    assert {("Zephyrine 2 9B", "release", "2025-03-04"), ("Zephyrine 2 2B", "release", "2025-03-04"),
            ("Zephyrine Guard 2", "release", "2025-03-04")} <= got


def test_the_launch_includes_needs_a_dated_release_close_before() -> None:
    assert events_of("The launch includes Zephyrine 2 9B and Zephyrine 2 2B.", "2025-03-04") == []
    assert events_of("The release continues a push that began with Zephyrine 1 7B.", "2025-03-04") == []


def test_translated_text_bare_open_source_verb_and_a_published_label() -> None:
    assert events_of("On 11th of July, Moonshot AI open source Kimi K2.", "2025-07-30") == [("Kimi K2", "release", "2025-07-11")]
    assert events_of("On March 3, the open source Llama 3 got an update.", "2025-07-30") == []
    assert events_of("Source: ZhiKe Tech Daily | Published: 2025-07-30 14:02 | Editor: Wang Lei", "2025-07-30") == []


def test_a_sibling_described_by_size_is_coordinated() -> None:
    assert events_of("Zorb-2 and a smaller Zorb-2 mini debuted in beta on August 13, 2024.") == [
        ("Zorb-2", "release", "2024-08-13"), ("Zorb-2 mini", "release", "2024-08-13")]


def test_a_sized_version_of_the_topic() -> None:
    text = "Acme's Zorb-2 arrived on June 27, 2024 in 9B and 27B sizes. A 2B version was released on 31 July 2024."
    assert ("Zorb-2 2B", "release", "2024-07-31") in events_of(text, "2025-02-22")
    assert events_of("A 2B version was released on 31 July 2024.", "2025-02-22") == []  # no topic: no name


def test_a_relative_date_in_the_triggers_clause_beats_a_date_after_while() -> None:
    text = ("The Zorb-3 family was announced on March 4, 2024. Zorb-3 Max and Zorb-3 Mid were made available the same "
            "day through the API, while Zorb-3 Mini followed on March 13, 2024.")
    got = events_of(text, "2024-04-01")
    assert ("Zorb-3 Max", "release", "2024-03-04") in got and ("Zorb-3 Mini", "release", "2024-03-13") in got


def test_described_objects_in_a_list() -> None:
    ev = events_of("On March 3, 2026, the team open sourced the code model Kite-Coder and the math model Kite-Math.")
    assert ev == [("Kite-Coder", "release", "2026-03-03"), ("Kite-Math", "release", "2026-03-03")]


def test_version_headings_of_a_release_notes_digest(tmp_path) -> None:
    from chronograph.pipeline import build

    (tmp_path / "notes.md").write_text("# Tarnlib — release notes digest\n\n## v1.2.0 — 2025-03-18\n\n- Faster.\n\n"
                                       "## v1.1.0 — 2025-02-06\n\n- Smaller.\n", encoding="utf-8")
    kg = build(tmp_path)
    assert sorted((c.subject, c.value) for c in kg.all_claims() if c.kind == "event") == [
        ("Tarnlib v1.1.0", "2025-02-06"), ("Tarnlib v1.2.0", "2025-03-18")]


def test_dated_timeline_entry_is_the_event_of_its_product() -> None:
    assert events_of("- **Jun 17, 2024** — **Kite-Coder-2** follows on the same architecture.") == [
        ("Kite-Coder-2", "release", "2024-06-17")]
    assert events_of("- **Sept. 5, 2024** — Acme merges its two lines into **Kite-2.5**.") == [("Kite-2.5", "release", "2024-09-05")]
    assert events_of("- Jan 20, 2025 — Kite-R1 and Moonshot's Tern k1.5 arrive within hours of each other.") == [
        ("Kite-R1", "release", "2025-01-20"), ("Tern k1.5", "release", "2025-01-20")]
    # a point of reference, not the entry's product
    assert events_of("- **Jan 27, 2025** — Nvidia sheds $589B after Kite-R1 tops the App Store.") == []


def test_a_forum_comment_speaks_from_its_own_day() -> None:
    text = ("u/first_poster • 3 days ago ▲ 12\nmeanwhile mistral small 3 came out yesterday.\n\n"
            "u/second_poster • 5 hours ago ▲ 2\nand Kite-4 dropped today.\n")
    assert events_of(text, "2025-02-03") == [("mistral small 3", "release", "2025-01-30"), ("Kite-4", "release", "2025-02-03")]


def test_a_long_parenthesis_between_subject_and_verb() -> None:
    assert events_of("Kite-9 (132B total, 36B active, 32K context, trained on 12T tokens) arrived on March 27, 2026.") == [
        ("Kite-9", "release", "2026-03-27")]


def test_a_participle_as_an_adjective_and_a_score_that_landed_are_not_releases() -> None:
    assert events_of("We re-ran Foo-7B through our harness on Jan. 9 and landed within half a point of the published "
                     "numbers.", "2025-01-20") == []
    assert events_of("Bar-2 landed on Hugging Face on Jan. 9.", "2025-01-20") == [("Bar-2", "release", "2025-01-09")]


def test_the_chip_means_the_chip_named_last_not_the_paragraph_model() -> None:
    text = ("Zephyr-2 was trained on the cluster. AMD details the Instinct MX410. Announced at a keynote on June 3, the "
            "accelerator carries 288GB of HBM3E. AMD formally launched the chip on Oct. 10, 2024.")
    assert events_of(text, "2024-06-07") == [("Instinct MX410", "announcement", "2024-06-03"),
                                             ("Instinct MX410", "release", "2024-10-10")]
    assert events_of("AMD formally launched the chip on Oct. 10, 2024.", "2024-06-07") == []  # no chip named before


def test_items_closed_by_a_head_noun_are_one_list() -> None:
    ev = events_of("Nvidia unveiled the Q300 GPU and the GQ300 Superchip at its conference on March 18, 2024.")
    assert [e[0] for e in ev] == ["Q300", "GQ300"]


TIMELINE = """# Open models, newest first

## Coming up

- **Foo-9** — expected by the end of the year.

## 2025

### April

- **5** — **Foo-8 Scout** and **Foo-8 Pro** (Acme). The first mixtures of experts of the family.

### January

- **30** — **Glacier Owl** (Bolt Labs): 24B parameters, Apache 2.0.
- **20** — **Bar-3**: weights, data and code all released, MIT.

## 2024

### December

- **31** — **Baz-2** (Acme).

## Notes

- **12** — this day belongs to no month any more.
"""


def test_entries_that_give_only_their_day_take_month_and_year_from_the_headings() -> None:
    got = sorted(events_of(TIMELINE, "2025-04-12"))
    assert got == [("Bar-3", "release", "2025-01-20"), ("Baz-2", "release", "2024-12-31"),
                   ("Foo-8 Pro", "release", "2025-04-05"), ("Foo-8 Scout", "release", "2025-04-05"),
                   ("Glacier Owl", "release", "2025-01-30")]
    facts = {(s, p, v) for s, p, v in facts_of(TIMELINE, "2025-04-12")}
    assert ("Glacier Owl", "parameters_total", 24e9) in facts  # the entry's unseen name is its facts' subject


CHANGELOG = """# Acme API pricing changelog

## 2025-04-17 — Foo 3 goes GA

- **foo-3-flash** is now generally available at $0.30 input.
- **foo-3-pro-preview-04-17** is in public preview at $1.25 input.

## 2025-02-05

- **foo-2-flash** available in public preview in the API.
- Pricing is unchanged for everything else.

## Planned

- **2025-09-24**: foo-1-pro-002 and foo-1-flash-002 will be shut down.
- foo-4-pro launches in preview.
"""


def test_a_changelog_entry_without_a_date_happened_on_its_headings_day() -> None:
    assert sorted(events_of(CHANGELOG, "2025-06-20")) == [
        ("foo-2-flash", "release", "2025-02-05"), ("foo-3-flash", "release", "2025-04-17"),
        ("foo-3-pro-preview-04-17", "release", "2025-04-17")]


def test_we_release_in_a_dated_news_bullet() -> None:
    assert events_of("- [2025/05/01] We release Foo-7B, the smallest member of the family.") == [
        ("Foo-7B", "release", "2025-05-01")]


def test_a_system_cited_with_its_paper_is_the_subject_not_the_paper() -> None:
    text = ("Bolt's Quokka [14] (arXiv:2203.15556), announced in March 2022, trained a 70B model. "
            "Foo-7B [3, 7] (arXiv:2401.02954), released the same month, was smaller.")
    assert events_of(text, "2024-10-14") == [("Quokka", "announcement", "2022-03"), ("Foo-7B", "release", "2022-03")]


def test_a_dated_release_names_its_products_in_the_list_below() -> None:
    text = ("Two days before that, on the 16th, Acme put out two specialised models, both Apache 2.0:\n\n"
            "- **Foo Mamba**, a 7.3B code model with a 256K-token context window;\n"
            "- **Quillstral**, a 7B model for math that scores 56.6% on MATH.\n\n"
            "Elsewhere, Zed-3 got faster.\n\n- Bar-2, an older model.\n")
    assert events_of(text, "2024-07-26") == [("Foo Mamba", "release", "2024-07-16"), ("Quillstral", "release", "2024-07-16")]
    assert ("Quillstral", "benchmark:MATH", 56.6) in facts_of(text, "2024-07-26")


def test_on_the_same_day_opening_the_only_clause_dates_its_event_by_the_one_before() -> None:
    told = "Acme unveiled Foo-7B on December 6, 2023. "
    assert ("Zeta v5p", "announcement", "2023-12-06") in events_of(
        told + "On the same day Acme announced the Zeta v5p, its fastest chip.", "2024-04-16")
    # an anchor clause, when another clause follows: Bar-2 is dated by Baz-3's launch, not by Foo-7B's
    assert [e for e in events_of(told + "On the same day Acme announced Baz-3, Bolt released Bar-2.", "2024-04-16")
            if e[0] == "Bar-2"] == []


def test_an_apposition_naming_a_chip_describes_the_name_before_it() -> None:
    assert ("Quartz-6", "announcement", "2024-05-14") in events_of(
        "Quartz-6, the sixth-generation TPU announced at the keynote on May 14, 2024, is fast.", "2025-04-16")


def test_an_unseen_name_that_starts_with_a_company_gets_its_entrys_facts() -> None:
    text = "## 2024\n\n### April\n\n- **24** — **Snowflake Quasar**: 480B total / 17B active parameters, Apache 2.0.\n"
    facts = set(facts_of(text, "2025-04-12"))
    assert {("Snowflake Quasar", "parameters_total", 480e9), ("Snowflake Quasar", "license", "Apache-2.0")} <= facts


def test_a_chat_message_speaks_from_its_own_timestamp() -> None:
    log = ("Exported: 2025-02-01 10:15 UTC\n\n[2025-01-20 16:40] someone: Foo-7B also launched today, it claims "
           "o1-level math\n[2025-01-31 19:12] other: Bar-2 is live.\n")
    assert events_of(log, "2025-02-01") == [("Foo-7B", "release", "2025-01-20"), ("Bar-2", "release", "2025-01-31")]
    export = ("Exported: 02/09/2025 10:14 AM\n\n[01/27/2025 9:05 PM] moth (mod)\nAcme dropped Foo-7B today.\n\n"
              "[01/30/2025 3:30 PM] kestrel (mod)\nTwo drops today:\n• Bar-2 is live in the API.\n")
    assert events_of(export, "2025-02-09") == [("Foo-7B", "release", "2025-01-27"), ("Bar-2", "release", "2025-01-30")]


def test_a_headline_in_the_plural_present_releases_but_the_noun_does_not() -> None:
    assert events_of("Jul 18 — Acme and Bolt release Foo NeMo, a 12B model.", "2024-08-09") == [
        ("Foo NeMo", "release", "2024-07-18")]
    assert events_of("We went back through every major release since Foo-4 on Feb 10.", "2025-02-20") == []
    assert events_of("Several outlets dated the release May 7, 2024.", "2025-02-20") == []
    assert [e for e in events_of("Acme plans to release Foo-9 in April 2025.", "2025-02-20") if e[1] == "release"] == []


def test_an_apposition_out_on_a_date_is_a_release() -> None:
    assert events_of("Foo-7B, out on April 24, 2024, went further on cost.") == [("Foo-7B", "release", "2024-04-24")]
    assert events_of("We went out on Monday, April 22, 2024 with Foo-7B's team.") == []


def test_an_unseen_name_owned_by_a_company_before_an_apposition() -> None:
    assert events_of("Snowflake's Quasar, out on April 24, 2024, went further on cost.") == [("Quasar", "release", "2024-04-24")]


def test_both_after_a_list_gives_each_its_event() -> None:
    assert events_of("Acme's Foo-1 and Foo-2 models, both released in 2023, were small.") == [
        ("Foo-1", "release", "2023"), ("Foo-2", "release", "2023")]


def test_a_date_closing_an_earlier_clause_is_not_the_next_clauses() -> None:
    text = "In China, Acme released Foo-14B in September 2023, Bolt released Bar-2 at 6B and 34B in November 2023."
    assert events_of(text, "2024-10-14") == [("Foo-14B", "release", "2023-09"), ("Bar-2", "release", "2023-11")]
    assert events_of("On March 4, 2024, Acme released Foo-7B.") == [("Foo-7B", "release", "2024-03-04")]


def test_a_list_before_an_intransitive_verb_gives_each_its_event() -> None:
    assert events_of("Acme's Foo-4 Scout and Foo-4 Maverick dropped on Saturday, April 5, 2025.") == [
        ("Foo-4 Scout", "release", "2025-04-05"), ("Foo-4 Maverick", "release", "2025-04-05")]


def test_a_subject_before_a_long_which_clause_and_a_lower_case_variant() -> None:
    text = ("Foo-1.5, which also has 1.3 billion parameters but extends the approach to common-sense reasoning and "
            "general language, was released on 11 September 2023 together with the technical report.")
    assert events_of(text) == [("Foo-1.5", "release", "2023-09-11")]
    assert events_of("On May 22, 2024, Tencent made its Hunyuan-lite model free.") == [
        ("Hunyuan-lite", "price_change", "2024-05-22")]


NEWSLETTER = """THE WEEKLY BRIEF
Issue #12 | Monday, February 3, 2025

1) Foo-R2 goes open (Jan 20)
Acme released Foo-R2, its reasoning model, under the MIT license. Six distilled models built on Bar and Baz came out alongside it.

2) Monday: a rough day for chip stocks (Jan 27)
Chip makers lost billions. That same evening Acme put out Foo-Vision, a 7B image model.

3) Tuesday: Qux-Max
Zeta released Qux-Max, a large mixture-of-experts model.

4) Heads-up: prices go up
Acme launched a paid tier, its third this year.

------------------------------------------------------------
Published: 10:30am, 3 Feb 2025 (Beijing time)
Bolt released Bolt-2, its second model.
"""


def test_a_newsletters_dated_item_headings_date_the_releases_below_them() -> None:
    assert sorted(events_of(NEWSLETTER, "2025-02-03")) == [
        ("Foo-R2", "release", "2025-01-20"), ("Foo-Vision", "release", "2025-01-27"),
        ("Qux-Max", "release", "2025-01-28")]


def test_a_date_without_its_year_between_publication_and_update_is_read_in_that_window(tmp_path) -> None:
    from chronograph.extract import extract_article
    from chronograph.ingest import read_article

    path = tmp_path / "a.txt"
    path.write_text("Everything about Acme\n\nBy A. Writer\nPublished February 3, 2025 · Updated June 12, 2025\n\n"
                    "Acme shipped Foo-2 on December 26, 2024. On March 24, the company posted Foo-2-0324. "
                    "Acme released Foo-1 on November 3.\n")
    claims = extract_article(read_article(path, tmp_path)[0])
    assert sorted((c.subject, c.value) for c in claims if c.kind == "event") == [
        ("Foo-1", "2024-11-03"), ("Foo-2", "2024-12-26"), ("Foo-2-0324", "2025-03-24")]


def test_on_the_nth_under_a_month_heading_is_that_months_day() -> None:
    text = ("# A year of open models\n\n## May\n\n- **Foo-2** (Acme), May 6. A model.\n\n## June\n\n"
            "- **Bar-3** (Zeta), on the 7th. Five sizes.\n")
    assert sorted(events_of(text, "2024-12-30")) == [("Bar-3", "release", "2024-06-07"), ("Foo-2", "release", "2024-05-06")]
    # published in February, a "## June" heading with no year is the June before
    assert events_of("## June\n\n- **Bar-3** (Zeta), on the 7th. Five sizes.\n", "2025-02-10") == [
        ("Bar-3", "release", "2024-06-07")]


def test_a_review_titled_with_its_year_reads_its_month_sections_in_that_year() -> None:
    text = ("# 2024 in Models: The Year in Review\n\n*Posted 3 January 2025*\n\n"
            "## January\n\n- The Foo Store opened on January 10, late.\n- On the 25th Acme shipped Foo-Embed.\n\n"
            "## March\n\n- Zeta posted the weights of Bar-1 on Sunday the 17th.\n")
    assert sorted(events_of(text, "2025-01-03")) == [
        ("Bar-1", "release", "2024-03-17"), ("Foo-Embed", "release", "2024-01-25")]


def test_the_same_day_counts_from_the_day_said_last_when_no_event_was_told_after_it() -> None:
    text = ("Acme released Foo-2 on July 11, 2024. On July 18 the Foo app replaced its old engine. "
            "Zeta released Bar-3 the same day. Two days later Bolt launched Baz-1.")
    assert events_of(text, "2024-12-30") == [
        ("Foo-2", "release", "2024-07-11"), ("Bar-3", "release", "2024-07-18"), ("Baz-1", "release", "2024-07-20")]


def test_weekday_labels_under_a_week_heading_are_that_weeks_days() -> None:
    text = ("THE WEEKLY — Issue #9\nSunday, March 16, 2025\n\n=== WEEK OF FEBRUARY 24 ===\n\n"
            "Monday: Acme released Foo-3, its first reasoning model.\n\nThursday: Zeta released Bar-2 in its API.\n\n"
            "=== WEEK OF MARCH 3 ===\n\nTuesday: Bolt released Baz-1 in two sizes.\n")
    assert sorted(events_of(text, "2025-03-16")) == [
        ("Bar-2", "release", "2025-02-27"), ("Baz-1", "release", "2025-03-04"), ("Foo-3", "release", "2025-02-24")]


WHATS_NEW = """What's new in the Acme API
Last updated May 22, 2025
May 22, 2025
We've launched Foo-4 and Foo-4 Mini, our next generation of models.
December 2024
We've reduced the price of Bar-3 to $0.80 per million input tokens.
November 4, 2024
Bar-3 is now available on the Acme API.
"""


def test_lines_that_are_only_a_date_head_the_entries_of_a_dated_page() -> None:
    assert events_of(WHATS_NEW, "2025-05-22") == [
        ("Foo-4", "release", "2025-05-22"), ("Foo-4 Mini", "release", "2025-05-22"),
        ("Bar-3", "price_change", "2024-12"), ("Bar-3", "release", "2024-11-04")]
    # one date line is a page's stamp, not a log: the undated release below it is not given that date
    assert events_of("Acme news\nMay 22, 2025\nAcme released Foo-4, its new model.\n", "2025-05-22") == []


FEED = """Release feed (saved copy)
Saved: 2025-01-03 09:12 UTC

item
title: Foo-3 open-sourced
pubDate: Thu, 26 Dec 2024 13:10:00 GMT
description: Acme today released Foo-3, a large mixture-of-experts model.

item
title: Bar-2 arrives
pubDate: Fri, 20 Dec 2024 18:45:00 GMT
description: Zeta today announced Bar-2 and Bar-2 mini.
"""


def test_a_feed_items_or_a_posts_stamp_line_is_what_its_today_means() -> None:
    assert sorted(events_of(FEED, "2025-01-03")) == [
        ("Bar-2", "announcement", "2024-12-20"), ("Bar-2 mini", "announcement", "2024-12-20"),
        ("Foo-3", "release", "2024-12-26")]
    thread = ("#1  Foo drops\nPost by somefox » Thu Apr 04, 2024 6:12 pm\n\nAcme released Foo-2 today, weights and all.\n\n"
              "#2  Re: Foo drops\nPost by otherfox » Thu Apr 18, 2024 5:55 pm\n\nZeta released Bar-3 today.\n")
    assert events_of(thread, "2024-04-04") == [("Foo-2", "release", "2024-04-04"), ("Bar-3", "release", "2024-04-18")]


def test_a_project_news_log_dates_its_own_entries_not_the_products_it_mentions() -> None:
    news = ("## News\n\n- [2025/04/06] **Foo 4 Scout** and **Foo 4 Maverick**, released yesterday, are on the leaderboard.\n"
            "- 2025.03.26: Bar 2.5 Pro results are in. It takes #1.\n- 2024.12.18: Baz-1 API support with new settings.\n")
    assert events_of(news, "2025-06-20") == [("Foo 4 Scout", "release", "2025-04-05"), ("Foo 4 Maverick", "release", "2025-04-05")]


def test_a_generic_capitalised_word_is_never_the_product() -> None:
    assert events_of("All three models were made available on the open-source AI platform Hub starting Monday.",
                     "2024-12-09") == []
    assert events_of("Naver Corp., the country's largest portal, launched its own model Foo-X in August last year.",
                     "2024-12-09") == [("Foo-X", "release", "2023-08")]


def test_a_product_in_the_apposition_of_the_acting_company_is_not_what_it_released() -> None:
    assert events_of("Zeta Corp., the operator of the messenger ZetaTalk, unveiled its Kanana family of models in October.",
                     "2024-12-09") == [("Kanana", "announcement", "2024-10")]
    assert events_of("Foo-2, the model Acme built, was released in October.", "2024-12-09") == [("Foo-2", "release", "2024-10")]


RULES_TIMELINE = """8 December 2023 [LAW] — Negotiators reach a deal. That same Friday evening, Acme posts a magnet link to Foo 8x7B, released under Apache 2.0.

10 July 2025 [LAW] — The Code is published. The night before, Zeta had launched Bar 4; three weeks later it said it would sign.

2 August 2025 [LAW] — Rules apply. Three days later Bolt releases baz-120b and baz-20b under Apache 2.0. Baz-5 followed that Thursday.

19 November 2025 [LAW] — A delay is proposed. Qux had shipped Qux 3 the day before.
"""


def test_counts_from_the_day_a_timeline_entry_said() -> None:
    assert events_of(RULES_TIMELINE, "2025-11-24") == [
        ("Foo 8x7B", "release", "2023-12-08"), ("Bar 4", "release", "2025-07-09"), ("baz-120b", "release", "2025-08-05"),
        ("baz-20b", "release", "2025-08-05"), ("Baz-5", "release", "2025-08-07"), ("Qux 3", "release", "2025-11-18")]


def test_a_changelog_label_is_not_a_release_of_the_topic_and_a_feature_for_a_model_is_not_the_model() -> None:
    log = ("# API changelog\n\n## Apr 16, 2025\n\n**Launch** — Released `Foo-3` and `Foo-4-mini`, our reasoning models.\n\n"
           "## Apr 17, 2025\n\n**New tier** — Introduced **Flex processing** (beta) for `Foo-3` and `Foo-4-mini`.\n\n"
           "## Apr 14, 2025\n\n**Launch** — Released three new models in the API: `Bar-1`, `Bar-1-mini`.\n")
    assert events_of(log, "2025-06-10") == [
        ("Foo-3", "release", "2025-04-16"), ("Foo-4-mini", "release", "2025-04-16"),
        ("Bar-1", "release", "2025-04-14"), ("Bar-1-mini", "release", "2025-04-14")]


THREAD = """=== Thread export: @someone "price log" ===

[1/3] @someone · Mon Feb 24, 2025 19:12 UTC
First up: Foo 3.7 is out today. Price is unchanged.

[2/3] @someone · Tue Feb 25, 2025 17:41 UTC
Zeta: Bar 2.0 Lite is now GA. Same price as before.

[3/3] @someone · Thu Feb 27, 2025 20:37 UTC
Baz-4.5 preview just dropped in the API. Qux-2 was released with 8B parameters.
"""


def test_a_threads_posts_date_what_just_came_out_in_them() -> None:
    assert events_of(THREAD, "2025-02-24") == [
        ("Foo 3.7", "release", "2025-02-24"), ("Bar 2.0 Lite", "release", "2025-02-25"), ("Baz-4.5 preview", "release", "2025-02-27")]


def test_a_preview_named_in_an_anchor_phrase_is_a_point_of_reference() -> None:
    text = ("Six days after the Bar-3 preview, on December 26, 2024, Acme released Foo-V3, an open model. "
            "It scored 88.5 percent on MMLU.")
    assert events_of(text, "2025-03-03") == [("Foo-V3", "release", "2024-12-26")]
    assert facts_of(text, "2025-03-03") == [("Foo-V3", "benchmark:MMLU", 88.5)]
    # its own date before the noun: "after its February 18 debut"
    assert events_of("Almost a month after its February 18 debut, Foo 3 still has no API.", "2025-03-14") == [
        ("Foo 3", "release", "2025-02-18")]


def test_a_point_of_comparison_released_in_a_participle_after_it_is_a_release() -> None:
    assert events_of("It performs on par with Acme's Foo 3 70B, released on April 18, on SQL tasks.", "2024-04-24") == [
        ("Foo 3 70B", "release", "2024-04-18")]
    assert facts_of("Acme reports 80.4% on MATH, above Bar-4o on both.", "2024-12-13") == []


def test_the_place_a_product_is_made_available_is_not_the_product() -> None:
    text = "Acme showed Acme Dynamo, its serving framework. Dynamo is available today on GitHub."
    assert events_of(text, "2025-03-18") == [("Dynamo", "release", "2025-03-18")]


def test_its_dated_release_after_the_clauses_subject() -> None:
    assert events_of("Foo 8x7B became the top open model shortly after its December 11 release.", "2024-06-10") == [
        ("Foo 8x7B", "release", "2023-12-11")]


def test_translated_verbs_presented_and_put_online() -> None:
    assert events_of("Foo 7B, the very first model, was put online on 27 September 2023.", "2025-01-31") == [
        ("Foo 7B", "release", "2023-09-27")]
    assert events_of("Foo 8x7B was officially presented on 11 December 2023.", "2025-01-31") == [
        ("Foo 8x7B", "announcement", "2023-12-11")]
    assert events_of("The researchers presented their findings on May 3.", "2025-01-31") == []


def test_negated_releases_and_owners_that_launch_their_own_family() -> None:
    assert events_of("Behemoth is still training and was not released on April 5.", "2025-04-06") == []
    assert events_of("Zeta, owner of ZetaTalk, which last Wednesday launched its Doubao family of models.", "2025-05-23") == [
        ("Doubao", "release", "2025-05-14")]


def test_released_both_means_the_two_models_named_last() -> None:
    text = "Foo 4 Scout has a 10M context. Foo 4 Maverick has a 1M context window. Acme released both on April 5, 2025."
    assert events_of(text, "2025-06-12") == [("Foo 4 Scout", "release", "2025-04-05"), ("Foo 4 Maverick", "release", "2025-04-05")]
    assert events_of("Foo-2, released in May 2024, introduced the two ideas Acme refined since.", "2025-01-01") == [
        ("Foo-2", "release", "2024-05")]


def test_the_first_models_in_its_family_are_the_members_named_after_it() -> None:
    assert events_of("Meta on Saturday released the first models in its Llama 4 family, Llama 4 Scout and Llama 4 "
                     "Maverick, which are open.", "2025-04-06") == [
        ("Llama 4 Scout", "release", "2025-04-05"), ("Llama 4 Maverick", "release", "2025-04-05")]
    assert events_of("Meta released the first two models of its Llama 4 family, Scout and Maverick, on April 5.",
                     "2025-04-29") == [("Llama 4 Scout", "release", "2025-04-05"), ("Llama 4 Maverick", "release", "2025-04-05")]


def test_a_present_tense_verb_without_object_has_the_name_before_it_as_subject() -> None:
    assert events_of("- **Feb 26** — Foo Large launches alongside a new cloud partnership.", "2024-12-20") == [
        ("Foo Large", "release", "2024-02-26")]
    assert events_of("- May 14 — Bar 1.5 Flash debuts at the developer conference.", "2024-12-20") == [
        ("Bar 1.5 Flash", "release", "2024-05-14")]
    assert events_of("On May 14 the Bar 1.5 launches were many, and reviews followed.", "2024-12-20") == []


def test_a_name_and_the_month_or_year_it_came_in() -> None:
    assert events_of("It is the first open model from Acme since Foo-2 in 2019.", "2025-08-05") == [("Foo-2", "release", "2019")]
    assert events_of("Bar-R1 in January forced every lab to respond.", "2025-06-01") == [("Bar-R1", "release", "2025-01")]
    assert events_of("Remember Foo-1, back in March of last year?", "2025-06-01") == [("Foo-1", "release", "2024-03")]
    # plans, and days (which need a verb of their own), are not read this way
    assert events_of("Acme plans to release Foo-Coder 2 in June.", "2025-04-02") == []
    assert events_of("Acme has promised Foo 4 in 2025.", "2024-12-20") == []


def test_each_wire_brief_counts_its_weekdays_from_its_own_dateline() -> None:
    text = ("Briefs of the year\n\nREDMOND, Wash., Jan 8 (Wire) - Acme on Wednesday published the weights of Foo-4, "
            "a small model.\n\nBEIJING, Apr 29 (Wire) - Zeta released Bar3 late on Monday, its newest family.\n\n"
            "A later paragraph says Baz-2 came out on Monday.\n")
    assert events_of(text, "2025-08-08") == [("Foo-4", "release", "2025-01-08"), ("Bar3", "release", "2025-04-28"),
                                             ("Baz-2", "release", "2025-04-28")]


def test_a_month_by_month_review_dates_its_nth_days_in_each_heading_month() -> None:
    text = ("# 2025, month by month\n\n_Posted December 29, 2025 · 9 min read_\n\nEvery December we look back.\n\n"
            "## January\n\nFoo-R1 landed on the 20th under an MIT license. Acme shipped Bar, its agent, on the 23rd, and "
            "released Baz-mini on January 31.\n\n## February\n\nZeta released Qux 3.7 on the 24th, its first hybrid.\n")
    assert sorted(events_of(text, "2025-12-29")) == [
        ("Bar", "release", "2025-01-23"), ("Baz-mini", "release", "2025-01-31"), ("Foo-R1", "release", "2025-01-20"),
        ("Qux 3.7", "release", "2025-02-24")]


def test_the_name_after_since_is_the_subject_of_the_verb_right_after_it() -> None:
    assert events_of("Acme has not touched list prices since Foo 4 debuted on May 22 at the same price.", "2025-06-18") == [
        ("Foo 4", "release", "2025-05-22")]
    assert events_of("Bar-2 is the best model since Foo 4, and it launched on May 22.", "2025-06-18") == [
        ("Bar-2", "release", "2025-05-22")]
    assert events_of("Since the Foo-4 family debuted on April 29, downloads have tripled.", "2025-06-18") == [
        ("Foo-4", "release", "2025-04-29")]


def test_a_titled_month_heading_sets_the_year_of_the_days_below_it() -> None:
    text = ("# A timeline of Foo models\n\n## July 2023: Foo 2 goes commercial\n\n"
            "The July 18 launch of Foo 2 came in three sizes. Foo Code followed the next month.\n")
    assert events_of(text, "2025-05-02") == [("Foo 2", "release", "2023-07-18"), ("Foo Code", "release", "2023-08")]


def test_a_title_in_capitals_is_not_the_verb_open_source() -> None:
    assert events_of('Acme published a letter on July 23, 2024 titled "Open Source AI Is the Path Forward."', "2025-01-01") == []
    assert events_of("Acme decided to open source Foo 2 on July 18, 2023.", "2025-01-01") == [("Foo 2", "release", "2023-07-18")]


def test_two_launched_on_the_same_day_in_a_stated_month_share_that_month() -> None:
    text = "Foo-3 came out on May 21, 2025. We launched Bar Chat and Foo Large on the same day in February 2024."
    assert events_of(text, "2025-06-18") == [("Foo-3", "release", "2025-05-21"), ("Bar Chat", "release", "2024-02"),
                                             ("Foo Large", "release", "2024-02")]
    text = "Foo-3 came out on May 21, 2025. Acme released Bar Guard and Baz Guard the same day."
    assert events_of(text, "2025-06-18") == [("Foo-3", "release", "2025-05-21"), ("Bar Guard", "release", "2025-05-21"),
                                             ("Baz Guard", "release", "2025-05-21")]


def test_an_unseen_word_an_apposition_calls_a_model() -> None:
    assert events_of("Zorvan, the agentic coding model from Acme and Beta Labs, was released today under Apache 2.0.",
                     "2025-05-21") == [("Zorvan", "release", "2025-05-21")]
    assert events_of("Yesterday, the best day of the year, was released today.", "2025-05-21") == []


def test_the_same_day_as_a_family_released_together_and_a_later_which_clause_keeps_its_date() -> None:
    text = ("Two days before Foo-5, on Tuesday, Acme released foo-oss-120b and foo-oss-20b. "
            "Zeta released Bar Opus 4.1 on the same day as foo-oss, a successor to Bar Opus 4, which launched in May.")
    got = events_of(text, "2025-08-08")
    assert ("Bar Opus 4.1", "release", "2025-08-05") in got and ("Bar Opus 4", "release", "2025-05") in got


def test_followed_last_june() -> None:
    assert events_of("Foo-2 followed last June.", "2025-03-12") == [("Foo-2", "release", "2024-06")]
    assert events_of("Foo-2 followed the crowd.", "2025-03-12") == []


def test_what_an_update_to_y_that_was_published_names_is_the_update() -> None:
    text = "Acme-V3.1 came out on August 21. - New model: `acme-v3.1-terminus`, an update to V3.1 that Acme published this morning."
    assert events_of(text, "2025-09-22") == [("Acme-V3.1", "release", "2025-08-21"), ("acme-v3.1-terminus", "release", "2025-09-22")]


def test_a_release_in_variants_listed_after_a_colon_releases_each() -> None:
    text = "Foo-3.5 was released on 20 August 2024 in three variants: Foo-3.5-mini, Foo-3.5-MoE and Foo-3.5-vision."
    assert [e[0] for e in events_of(text, "2025-06-01")] == ["Foo-3.5", "Foo-3.5-mini", "Foo-3.5-MoE", "Foo-3.5-vision"]


def test_entries_whose_date_and_text_are_parted_by_dots() -> None:
    text = ("=== 2023 ===\n\n* 2023-09-27 ... Foo 7B released via a magnet link, under Apache 2.0.\n"
            "* Dec 2023 ... EUR 385M Series A (two funds).\n")
    assert events_of(text, "2025-02-20") == [("Foo 7B", "release", "2023-09-27")]


def test_a_day_right_after_the_month_it_is_in_dates_the_event() -> None:
    assert events_of("It builds on Foo-V3, a model the company launched last month on December 26.", "2025-01-28") == [
        ("Foo-V3", "release", "2024-12-26")]


def test_the_first_model_of_a_family_named_after_a_colon() -> None:
    assert events_of("- [2024.03.28] We released the first MoE model of Foo: **Foo1.5-MoE-A2.7B**! More soon.", "2025-09-11") == [
        ("Foo1.5-MoE-A2.7B", "release", "2024-03-28")]


def test_posts_with_a_product_after_it_is_a_release() -> None:
    assert events_of("- **Apr 10** — Acme posts Foo 8x22B as a torrent link.", "2024-12-20") == [("Foo 8x22B", "release", "2024-04-10")]
    assert events_of("On Apr 10 the blog posts Acme wrote about Foo-2 were long.", "2024-12-20") == []


def test_a_feature_launched_for_models_is_not_their_release() -> None:
    assert events_of("On Wednesday, Acme launched prompt caching in public beta on its API for Foo 3.5 and Foo 3 Mini.",
                     "2024-08-23") == []
    assert events_of("Also on Tuesday, Zeta made fine-tuning for Bar-4o available to all developers.", "2024-08-23") == []
    assert events_of("On Tuesday Acme released open weights for Foo-2.", "2024-08-23") == [("Foo-2", "release", "2024-08-20")]


def test_an_entry_naming_two_products_before_the_maker_dates_both() -> None:
    assert events_of("• Foo-4-mini and Foo-4-multimodal (Acme), last month", "2025-03-12") == [
        ("Foo-4-mini", "release", "2025-02"), ("Foo-4-multimodal", "release", "2025-02")]


def test_a_verb_without_object_keeps_its_subject_when_the_next_clause_names_another() -> None:
    assert events_of("Reminder: Foo 2 came out last June, Foo 1 was Feb 21 last year.", "2025-03-12") == [
        ("Foo 2", "release", "2024-06"), ("Foo 1", "release", "2024-02-21")]


def test_a_second_verb_with_its_own_date_is_not_dated_by_the_first() -> None:
    assert events_of("Acme rolled out Foo 5.1 to its app on November 12 and followed with Foo-5.1-Max last Wednesday.",
                     "2025-11-24") == [("Foo 5.1", "release", "2025-11-12"), ("Foo-5.1-Max", "release", "2025-11-19")]


def test_reached_general_availability() -> None:
    assert events_of("Foo 2.0 Flash, which reached general availability on Feb. 5, is cheap.", "2025-02-28") == [
        ("Foo 2.0 Flash", "release", "2025-02-05")]


def test_both_can_be_the_two_names_the_same_line_opens_with() -> None:
    assert events_of("- Foo-4-mini and Foo-4-multimodal: Acme released both on Wednesday under the MIT license.",
                     "2025-02-28") == [("Foo-4-mini", "release", "2025-02-26"), ("Foo-4-multimodal", "release", "2025-02-26")]


def test_a_version_of_another_model_is_not_that_model() -> None:
    assert events_of("- Foo Code – A code-specialized version of Foo 2, released on 24 August 2023 in three sizes.",
                     "2025-09-14") == [("Foo Code", "release", "2023-08-24")]
    assert events_of("12/5: Acme released the full version of Bar-1 and the Bar Pro plan.", "2024-12-26")[0] == (
        "Bar-1", "release", "2024-12-05")


def test_since_the_release_of_a_model_with_its_own_date() -> None:
    assert events_of("Since the release of Foo2.5 last September, we have worked hard.", "2025-04-29") == [
        ("Foo2.5", "release", "2024-09")]


def test_a_release_noun_a_copula_and_a_colon_list() -> None:
    assert events_of("Wednesday's release was smaller: Foo3-4B-Instruct and Foo3-4B-Thinking.", "2025-08-08") == [
        ("Foo3-4B-Instruct", "release", "2025-08-06"), ("Foo3-4B-Thinking", "release", "2025-08-06")]


def test_names_listed_before_an_apposition_share_its_passive_verb() -> None:
    assert events_of("Foo-4 and Foo-4 Heavy, a multi-agent version, were released in July 2025.", "2025-08-01") == [
        ("Foo-4", "release", "2025-07"), ("Foo-4 Heavy", "release", "2025-07")]


def test_opened_to_named_subscribers_is_a_release() -> None:
    assert events_of("In March 2024, Foo-1 was opened to X Premium subscribers as well.", "2025-08-01") == [
        ("Foo-1", "release", "2024-03")]
    assert events_of("In March 2024, the Foo store opened to New York shoppers.", "2025-08-01") == []


def test_a_name_and_from_its_month_in_an_aside() -> None:
    assert events_of("Foo2.5, from last September, is still good.", "2025-05-03") == [("Foo2.5", "release", "2024-09")]
    assert events_of("Foo 3.3 70B (the one from December) is fine.", "2025-05-03") == [("Foo 3.3 70B", "release", "2024-12")]
    assert events_of("Foo 3.3 70B (the one I use) is fine.", "2025-05-03") == []


def test_timeline_entries_with_a_weekday_or_a_verb_that_brings() -> None:
    assert events_of("* 07/23/2024 — Foo 3.1 brings the 405B model, the first of its size.", "2025-05-01") == [
        ("Foo 3.1", "release", "2024-07-23")]
    assert events_of("* Sat., Apr. 5, 2025 — Foo 4. A weekend surprise.", "2025-05-01") == [("Foo 4", "release", "2025-04-05")]


def test_alongside_a_counted_noun_and_the_names_after_it() -> None:
    assert [e[0] for e in events_of("Acme on Monday launched Foo-4.1 alongside two smaller siblings, Foo-4.1 mini and "
                                    "Foo-4.1 nano.", "2025-04-14")] == ["Foo-4.1", "Foo-4.1 mini", "Foo-4.1 nano"]


def test_each_item_of_a_list_after_the_verb_takes_the_date_written_after_it() -> None:
    text = "Acme shipped Foo-4.5 on the 3rd, Foo-4.1 for developers on the 14th, and Bar-3 and Bar-4 on the 16th."
    assert sorted(events_of(text, "2025-04-28")) == [
        ("Bar-3", "release", "2025-04-16"), ("Bar-4", "release", "2025-04-16"),
        ("Foo-4.1", "release", "2025-04-14"), ("Foo-4.5", "release", "2025-04-03")]
    # a relative date names a point of reference, not a list item
    assert events_of("Acme released Foo-3 on February 17, a week before Bar-2, and leaned on it.", "2025-04-28") == [
        ("Foo-3", "release", "2025-02-17")]


def test_a_date_after_and_in_the_next_clause_is_not_the_date_of_a_verb_the_same_day_dates() -> None:
    text = ("Acme on Tuesday released Foo-4.1, an upgrade. Zeta the same day unveiled Bar-3, a world model, "
            "and last Friday began rolling out Baz-2 to subscribers.")
    assert sorted(events_of(text, "2025-08-07")) == [
        ("Bar-3", "announcement", "2025-08-05"), ("Baz-2", "release", "2025-08-01"), ("Foo-4.1", "release", "2025-08-05")]


def test_an_apposition_whose_clause_has_a_described_company_as_actor_dates_the_name() -> None:
    text = "The app runs on Foo-R1, a reasoning model the Hangzhou-based company released a week ago, on Jan. 20, and whose weights are open."
    assert events_of(text, "2025-01-27") == [("Foo-R1", "release", "2025-01-20")]


def test_a_month_that_brought_launches_lists_them_each_with_its_own_date() -> None:
    text = ("July brought three launches in nine days: **Foo Code** and **Quxstral** on 16 July, **Foo Nemo**, a 12-billion-"
            "parameter model developed with [[Zeta]], on 18 July, and **Foo Large 2** on 24 July.[14]")
    assert sorted(events_of(text, "2024-12-14")) == [
        ("Foo Code", "release", "2024-07-16"), ("Foo Large 2", "release", "2024-07-24"), ("Foo Nemo", "release", "2024-07-18"),
        ("Quxstral", "release", "2024-07-16")]
    assert events_of("July brought three launches and a lot of noise.", "2024-12-14") == []


def test_an_adverb_between_a_name_and_its_present_tense_verb_keeps_the_name_the_subject() -> None:
    assert events_of("Foo-4 also launches today in the Acme app.", "2025-05-20") == [("Foo-4", "release", "2025-05-20")]


def test_a_post_stamped_with_a_day_but_no_year_speaks_from_that_day() -> None:
    text = ("Post\n\nA. Writer @awriter\n[thread export · captured Apr 10, 2025 21:40 UTC]\n\n------\n"
            "A. Writer @awriter · Mar 6\nFirst up: Acme put out Foo-32B today. 32B dense.\n\n------\n"
            "A. Writer @awriter · Mar 24\nZeta quietly pushed Bar-3 to Hugging Face today.\n")
    assert events_of(text, "2025-04-10") == [("Foo-32B", "release", "2025-03-06"), ("Bar-3", "release", "2025-03-24")]


def test_a_release_pages_heading_is_released_on_the_day_of_the_stamp_below_it() -> None:
    text = ("# Releases: acme/foo\n\n## Foo-3 Next `Latest`\n\n@dev released this Sep 11 · 14 commits to main since this release\n\n"
            "We are releasing **Foo-3-Next-80B**, the first model of the new architecture.\n\n## v0.2.1\n\n"
            "@dev released this Jul 21\n\nBug fixes.\n")
    claims = [c for c in claims_of(text, "2025-09-20") if c.kind == "event"]
    assert ("Foo-3 Next", "2025-09-11") in {(c.subject, c.value) for c in claims}
    title = next(c for c in claims if c.subject == "Foo-3 Next")
    assert title.quote.startswith("## Foo-3 Next") and "released this Sep 11" in title.quote


def test_the_same_day_a_product_came_out_is_that_products_day_not_the_day_told_last() -> None:
    text = ("Acme released Foo-R1 on Jan. 20. An early version, Foo-R1-Lite, was made available on Nov. 20, 2024. "
            "The same day R1 came out, Zeta unveiled Bar-1.5, a reasoning model.")
    assert events_of(text, "2025-01-27") == [
        ("Foo-R1", "release", "2025-01-20"), ("Foo-R1-Lite", "release", "2024-11-20"), ("Bar-1.5", "announcement", "2025-01-20")]


def test_the_year_after_since_a_name_is_that_names_not_the_releases_it_compares() -> None:
    text = ("Acme released Foo-5 on Thursday. The release comes two days after the company put out foo-oss-120b and "
            "foo-oss-20b, its first open-weight models since Foo-2 in 2019.")
    assert events_of(text, "2025-08-07") == [
        ("Foo-5", "release", "2025-08-07"), ("foo-oss-120b", "release", "2025-08-05"), ("foo-oss-20b", "release", "2025-08-05"),
        ("Foo-2", "release", "2019")]


def test_a_verbs_object_is_not_a_name_in_the_next_clause_with_its_own_actor_and_verb() -> None:
    text = "Acme shipped Foo-5 yesterday, they shipped open-weight models on Tuesday, Zeta shipped Bar-4.1 on Tuesday."
    assert events_of(text, "2025-08-08") == [("Foo-5", "release", "2025-08-07"), ("Bar-4.1", "release", "2025-08-05")]


def test_made_available_to_free_users_is_no_price_change_and_its_it_is_the_product_just_released() -> None:
    text = ("Zeta launched Bar-R1 on Jan. 20. On Jan. 31 Acme released Foo-3-mini at $1.10 per million input tokens, which it "
            "said was 63% cheaper than Foo-1-mini, and made it available to free ChatGPT users for the first time.")
    assert events_of(text, "2025-02-05") == [("Bar-R1", "release", "2025-01-20"), ("Foo-3-mini", "release", "2025-01-31")]
    assert events_of("On June 3 Acme made Foo-2 free for developers.", "2025-06-05") == [("Foo-2", "price_change", "2025-06-03")]


def test_which_after_a_long_list_is_about_its_last_item_and_after_two_names_about_both() -> None:
    text = ("Acme described Foo-5 as one system, replacing a menu that had grown to include Foo-4o, Foo-3, Foo-4-mini and "
            "Foo-4.5, which Acme released as a research preview in February.")
    assert events_of(text, "2025-08-07") == [("Foo-4.5", "release", "2025-02")]
    assert sorted(events_of("Acme shipped Bar-1 and Bar-2 models, which rolled out in May.", "2025-08-07")) == [
        ("Bar-1", "release", "2025-05"), ("Bar-2", "release", "2025-05")]


def test_names_that_are_also_available_starting_today_are_released_today() -> None:
    text = "Acme launched Foo-5 today. Alongside it, foo-5-mini and foo-5-nano are also available in the API starting today."
    assert events_of(text, "2025-08-07") == [
        ("Foo-5", "release", "2025-08-07"), ("foo-5-mini", "release", "2025-08-07"), ("foo-5-nano", "release", "2025-08-07")]


def test_a_companion_after_alongside_is_released_with_the_described_name_and_not_as_the_verbs_object() -> None:
    text = ("Foo Code, the agentic coding tool Acme launched as a research preview in February alongside Foo 3.7 Sonnet, "
            "is now generating revenue.")
    assert sorted(events_of(text, "2025-09-02")) == [("Foo 3.7 Sonnet", "release", "2025-02"), ("Foo Code", "release", "2025-02")]
    text = "On July 9, Zeta released Bar-4, along with a $300-a-month Bar Heavy subscription tier."
    assert events_of(text, "2025-07-24") == [("Bar-4", "release", "2025-07-09"), ("Bar Heavy", "release", "2025-07-09")]


def test_a_relative_phrase_before_a_which_clause_is_the_main_clauses() -> None:
    text = "Foo-2 lands four months after Zeta's Bar-4, which launched July 9 alongside a $300-a-month Bar Heavy subscription."
    claims = [c for c in claims_of(text, "2025-11-08") if c.kind == "event" and c.subject == "Bar Heavy"]
    assert [(c.value, c.relative) for c in claims] == [("2025-07-09", None)]


def test_a_member_word_labelling_a_line_under_a_sibling_is_that_member_of_the_family() -> None:
    text = ("Foo 4 is out. On a SATURDAY.\n\nScout: 17B active, 16 experts, 109B total, 10M context\n"
            "Maverick: 17B active, 128 experts, 400B total, 1M context\n")
    got = {(s, p, v) for s, p, v in facts_of(text, "2025-04-10")}
    assert ("Foo 4 Maverick", "parameters_total", 400e9) in got and ("Foo 4 Scout", "parameters_total", 109e9) in got
    assert not [f for f in got if f[0] == "Foo 4 Scout" and f[2] == 400e9]


def test_its_launch_inside_a_which_clause_is_the_antecedents() -> None:
    text = "The keynote recapped Foo 2.5 Pro, which topped the Bar leaderboard after its March 25 launch, and the update."
    assert events_of(text, "2025-05-20") == [("Foo 2.5 Pro", "release", "2025-03-25")]


def test_a_version_and_variant_said_without_the_family_mean_the_full_name_named_before() -> None:
    text = "Acme released Foo 2.5 Pro in March and Foo 2.5 Flash in April. Both 2.5 Pro and 2.5 Flash reached general availability on June 17."
    assert sorted(events_of(text, "2025-06-30")) == [
        ("Foo 2.5 Flash", "release", "2025-04"), ("Foo 2.5 Flash", "release", "2025-06-17"),
        ("Foo 2.5 Pro", "release", "2025-03"), ("Foo 2.5 Pro", "release", "2025-06-17")]


def test_reached_ga_is_a_release() -> None:
    assert events_of("Foo-2.5 reached GA on June 17.", "2025-06-30") == [("Foo-2.5", "release", "2025-06-17")]


def test_a_name_after_first_since_is_a_point_of_reference_not_the_subject() -> None:
    assert events_of("Acme's first open-weight language model since Foo-2 arrived a week ago under Apache 2.0.", "2025-08-12") == []


def test_published_between_two_dates_is_a_span_not_a_release() -> None:
    assert events_of("Foo-Bench v6 uses problems published between 2025-02-01 and 2025-05-01, after the cutoff.", "2025-08-12") == []


def test_a_date_in_a_when_clause_with_its_own_name_is_that_clauses() -> None:
    text = "Raj compares the Foo-3 MoE launch to when Bar 8x7B came out on December 11, 2023, and says it matters."
    assert events_of(text, "2025-05-03") == [("Bar 8x7B", "release", "2023-12-11")]


def test_a_family_owning_the_described_model_is_not_the_released_product() -> None:
    text = "* Gemma-Coder-480B-A35B - Gemma's flagship coding model, released by Acme in July, with 480 billion total parameters."
    assert events_of(text, "2025-09-18") == [("Gemma-Coder-480B-A35B", "release", "2025-07")]


def test_a_wiki_year_section_sets_the_year_of_its_partial_dates_until_the_next_section() -> None:
    text = ("Foo (language model)\nFrom Wikipedia, the free encyclopedia\n\nHistory[edit]\n2023[edit]\n"
            "Acme released Foo-1 on 2 November and Foo-Math in December.\n2024[edit]\n"
            "On 26 December, Acme released Foo-3, with 671 billion total parameters.\nReception[edit]\n"
            "Foo-4 came out on 3 March.\n")
    assert events_of(text, "2025-09-01") == [
        ("Foo-1", "release", "2023-11-02"), ("Foo-Math", "release", "2023-12"), ("Foo-3", "release", "2024-12-26"),
        ("Foo-4", "release", "2025-03-03")]
    md = "# Foo\n\n### 2023 [edit]\n\nAcme released Foo-1 on March 14.\n\n### 2024 [edit]\n\nFoo-2 followed on July 11.\n"
    assert events_of(md, "2025-10-20") == [("Foo-1", "release", "2023-03-14"), ("Foo-2", "release", "2024-07-11")]


def test_a_magnet_link_to_the_weights_releases_them_and_the_model_after_a_semicolon_is_the_one_just_named() -> None:
    text = ("Foo 7B came out in September. On 8 December, Acme posted a magnet link to the weights of Foo 8x7B without "
            "any text; the model was officially announced on 11 December.")
    assert events_of(text, "2025-10-02") == [
        ("Foo 7B", "release", "2025-09"), ("Foo 8x7B", "release", "2024-12-08"), ("Foo 8x7B", "announcement", "2024-12-11")]
    assert events_of("On 10 April, Acme posted a torrent link for Foo 8x22B.", "2025-10-02") == [("Foo 8x22B", "release", "2025-04-10")]


def test_open_weighting_a_colon_list_with_appositions_and_a_list_after_including() -> None:
    text = ("Today we are open-weighting two MoE models: Foo3-235B-A22B, a large model, and Foo3-30B-A3B, a smaller MoE "
            "model.")
    assert events_of(text, "2025-04-29") == [("Foo3-235B-A22B", "release", "2025-04-29"), ("Foo3-30B-A3B", "release", "2025-04-29")]
    text = "On April 29 six dense models were open-weighted, including Foo3-32B, Foo3-14B and Foo3-8B."
    assert [s for s, _p, _v in events_of(text, "2025-04-30")] == ["Foo3-32B", "Foo3-14B", "Foo3-8B"]


def test_followed_by_a_name_and_its_own_date_and_members_named_after_a_family_of_models() -> None:
    assert events_of("Foo-3-mini arrived on April 23, 2024, followed by the Foo-3.5 series in August.", "2025-02-27") == [
        ("Foo-3-mini", "release", "2024-04-23"), ("Foo-3.5", "release", "2024-08")]
    text = "Acme on Wednesday released two new members of its Phi family of small language models, Phi-9-mini and Phi-9-vision."
    assert events_of(text, "2025-02-27") == [("Phi-9-mini", "release", "2025-02-26"), ("Phi-9-vision", "release", "2025-02-26")]

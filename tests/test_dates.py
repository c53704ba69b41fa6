import datetime as dt
import random

import pytest

from chronograph.extract.dates import bounds, compatible, contains, granularity_of, tag

REF = dt.date(2026, 4, 6)


def values(text: str, ref: dt.date | None = REF) -> list[str | None]:
    return [t.value for t in tag(text, ref) if t.kind != "relative"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It shipped on Dec. 26, 2024.", "2024-12-26"),
        ("It shipped on 26 December 2024.", "2024-12-26"),
        ("It shipped on 2024-12-26.", "2024-12-26"),
        ("It shipped in December 2024.", "2024-12"),
        ("It shipped in Dec 2024.", "2024-12"),
        ("It shipped in 2023.", "2023"),
        ("It shipped on April 7th.", "2026-04-07"),
        ("It shipped on the 3rd, quietly.", "2026-04-03"),
        ("It shipped on the 2nd of this month.", "2026-04-02"),
        ("It shipped on the 28th of last month.", "2026-03-28"),
        ("It shipped on the 3rd with little fanfare.", "2026-04-03"),
        ("It shipped yesterday.", "2026-04-05"),
        ("It shipped tonight.", "2026-04-06"),
        ("It shipped this afternoon.", "2026-04-06"),
        ("It shipped tonight, Friday April 3.", "2026-04-03"),  # the day said, then stated: the stated day
        ("It shipped last week.", "2026-W14"),
        ("It shipped on Friday.", "2026-04-03"),
        ("It shipped late on Monday.", "2026-04-06"),  # the story's own weekday: that day
        ("It shipped last Monday.", "2026-03-30"),
        ("Acme said Friday that it shipped.", "2026-04-03"),
        ("It shipped earlier this month.", "2026-04"),
        ("It shipped the day after Christmas 2025.", "2025-12-26"),
        ("It shipped in mid-2024.", "2024"),
        ("The summit ran April 18–20.", "2026-04-18"),
        ("Home › News › Research6 Apr 2026", "2026-04-06"),
        ("Targets for Q3 2026 are set.", "2026-Q3"),
    ],
)
def test_forms_normalise_with_granularity(text: str, expected: str) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    "text",
    ["It takes 2-4 weeks.", "The 6-12 Month Projection", "MLC-LLM v0.12 and Claude 3.5", "arXiv:2604.09852",
     "It cost $5.6M.", "It scored 87.5% on MMLU.", "GPT-4, Llama 3.1 405B and Qwen2", "February 30, 2026",
     "May I ask?", "April 31", "We are here."],
)
def test_never_dates(text: str) -> None:
    assert values(text) == []


def test_partial_dates_need_a_reference() -> None:
    assert values("It shipped on April 7th.", None) == [None]


def test_partial_date_after_reference_goes_to_previous_year() -> None:
    assert values("It shipped on December 26.", dt.date(2025, 1, 3)) == ["2024-12-26"]


def test_relative_offsets() -> None:
    rel = {t.text: t.offset for t in tag("the very next day, three days later, one day before X, the same day", REF)}
    assert rel == {"the very next day": (1, 1), "three days later": (3, 3), "one day before": (-1, -1), "the same day": (0, 0)}
    anchored = [t for t in tag("one day before the launch of X", REF)]
    assert anchored[0].anchored


def test_forecast_marks() -> None:
    assert all(t.forecast for t in tag("By Q3 2026: more. By October 2026, it will.", REF))
    assert not any(t.forecast for t in tag("Released on October 1, 2025.", REF))


def test_bounds_and_containment() -> None:
    assert bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert contains("2023", "2023-03-14") and not contains("2023-03-14", "2023")
    assert compatible("2023-03", "2023") and not compatible("2024-12-26", "2024-12-27")
    assert granularity_of("2026-Q3") == "quarter" and granularity_of("2026-W14") == "week"


@pytest.mark.parametrize("text, value", [
    ("on Saturday the 5th", "2025-04-05"),  # the month in which the 5th is a Saturday
    ("since jan 8", "2025-01-08"),
    ("two weeks ago", "2025-04-04"),
])
def test_more_partial_and_deictic_forms(text: str, value: str) -> None:
    assert [t.value for t in tag(text, dt.date(2025, 4, 18))] == [value]


def test_relative_forms_with_their_own_resolution() -> None:
    wednesday, = tag("The following Wednesday")
    assert wednesday.kind == "relative" and wednesday.extra == {"weekday": "2"}
    months, = tag("three months later")
    assert months.granularity == "month" and months.extra == {"months": "3"}
    same, = tag("released the same month")
    assert same.extra == {"months": "0"}
    assert tag("may 4 we") == [] and tag("the march of progress") == []  # 'may' and 'mar' stay words


def test_month_after_a_capitalised_preposition() -> None:
    assert [t.value for t in tag("In August, AI21 followed up.", dt.date(2025, 1, 22))] == ["2024-08"]
    assert [t.value for t in tag("The original arrived in February of last year.", dt.date(2025, 3, 12))] == ["2024-02"]


def test_without_a_reference_date_a_partial_date_takes_the_year_last_stated() -> None:
    text = "The lab was founded in April 2023. Its model followed on 27 September. In May it raised money."
    assert values(text, None) == ["2023-04", "2023-09-27", "2023-05"]


@pytest.mark.parametrize("text", ["We meet every Tuesday.", "A Black Friday sale.", "Due by Monday.", "Tuesday's call."])
def test_weekdays_that_are_not_dates(text: str) -> None:
    assert values(text) == []


def test_the_nth_before_a_noun_is_not_a_date() -> None:
    assert values("The lab is on the 5th floor.") == [] and values("It worked on the 3rd attempt.") == []


def test_the_nth_after_a_deictic_month_is_in_that_month() -> None:
    text = "I stopped until last month. Then Acme dropped Foo on the 12th."
    assert values(text) == ["2026-03", "2026-03-12"]
    text = "I stopped until last month. In January 2026 Foo came out. Bar shipped on the 3rd."
    assert values(text)[-1] == "2026-04-03"  # another date came in between: the reference decides again


def test_a_weekday_before_the_full_date_it_names_is_not_counted_back() -> None:
    got = [(t.text, t.value) for t in tag("Meta debuted it on Saturday, April 5, 2025, to everyone.", dt.date(2025, 4, 20))]
    assert got == [("April 5, 2025", "2025-04-05")]


def test_a_partial_date_takes_the_year_of_a_full_date_before_it_in_the_sentence() -> None:
    ref = dt.date(2025, 4, 20)
    got = [t.value for t in tag("It became available on March 4, 2024, and Haiku followed on March 13.", ref)]
    assert got == ["2024-03-04", "2024-03-13"]
    # a bare year ("founded in 2023") is no full date: the month stays the publication year's
    assert [t.value for t in tag("Moonshot, founded in 2023, followed in March with K2.", ref)] == ["2023", "2025-03"]


@pytest.mark.parametrize("text, value", [
    ("launched on 2024年1月16日 at DevDay", "2024-01-16"),
    ("first launched in 2023年10月 (October 2023)", "2023-10"),
    ("Then 2024年 June 5th, the model is open sourced", "2024-06-05"),
])
def test_cjk_dates_left_in_translated_text(text: str, value: str) -> None:
    assert values(text)[0] == value


def test_a_day_and_this_year_or_last_year_is_one_date() -> None:
    ref = dt.date(2025, 7, 30)
    assert [(t.text, t.value) for t in tag("On 20th of January this year, it shipped.", ref)] == [
        ("20th of January this year", "2025-01-20")]
    assert [t.value for t in tag("It shipped on March 3 last year.", ref)] == ["2024-03-03"]
    assert [t.value for t in tag("It shipped March 3. This year, more.", ref)] == ["2025-03-03", "2025"]


def test_lower_case_weekdays_and_holidays_in_forum_text() -> None:
    ref = dt.date(2025, 1, 27)
    assert [t.value for t in tag("the weights went live monday the 20th", ref)] == ["2025-01-20"]
    assert [t.value for t in tag("v3 came out the day after christmas", ref)] == ["2024-12-26"]
    assert [t.value for t in tag("we shipped it on monday", ref)] == ["2025-01-27"]


def test_anchored_rules_find_what_a_full_scan_finds() -> None:
    """A rule tried only around its anchor finds the same matches as scanning the whole text."""
    from chronograph.extract.dates import _ANCHORS, _RULES, _matches

    pieces = ["in early March", "by the end of September 2024", "26th of December 2024", "3 May", "late 2024",
              "during 2023", "three weeks later", "a few days before", "on the 7th", "fourth quarter of 2025",
              "in", "the", "March", "2024", "days", "later", ",", "\n", "  ", "mid-", "Q3", "x"]
    rng = random.Random(7)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    for rule, pattern in _RULES:
        if rule not in _ANCHORS:
            continue
        for text in texts:
            assert [m.span() for m in _matches(rule, pattern, text)] == [m.span() for m in pattern.finditer(text)], (rule, text)


def test_a_page_dated_by_its_last_edit_reads_its_history_in_the_years_it_states() -> None:
    text = ("Gemini 1.0 (2023)\nOn 6 December 2023, it was announced.\n\nGemini 1.5 (2024)\n"
            "In February, the app was renamed on the 8th. A week later, on 15 February, 1.5 Pro was unveiled.\n")
    edited = dt.date(2025, 9, 2)
    assert [t.value for t in tag(text, edited, narrative=True)] == ["2023-12-06", "2024-02", "2024-02-08", None, "2024-02-15"]
    # a news page's own date still rules: "on 15 February" is this year's
    assert [t.value for t in tag(text, edited)][-1] == "2025-02-15"


def test_a_chip_name_is_not_a_quarter_with_a_glued_two_digit_year() -> None:
    assert [t.value for t in tag("the Q300 chip and Q3 '24 and Q3 2024")] == ["2024-Q3", "2024-Q3"]


def test_last_weekday_is_in_the_week_before() -> None:
    friday = dt.date(2024, 7, 26)
    assert [t.value for t in tag("Last Thursday it shipped; on Thursday it sold; last Saturday it rained", friday)] == [
        "2024-07-18", "2024-07-25", "2024-07-20"]
    sunday = dt.date(2025, 3, 2)  # a Sunday opens a new week: its "last Thursday" is the one just gone
    assert [t.value for t in tag("Last Thursday it shipped.", sunday)] == ["2025-02-27"]


def test_days_said_in_words() -> None:
    ref = dt.date(2025, 2, 27)
    said = "on the seventeenth; back on January twenty-ninth; the twenty-sixth of December; March first"
    assert [t.value for t in tag(said, ref)] == ["2025-02-17", "2025-01-29", "2024-12-26", "2025-03-01"]
    assert tag("on the second attempt, a second March release, on the first try", ref) == []


def test_a_weekday_opening_a_sentence_before_a_comma() -> None:
    assert [t.value for t in tag("Tuesday, Acme made Foo-7B available. MAYA: Monday, it shipped.", dt.date(2025, 2, 27))] == [
        "2025-02-25", "2025-02-24"]


def test_a_weekday_of_last_week_and_a_newsletters_weekday_with_month_and_day() -> None:
    friday = dt.date(2025, 4, 25)
    assert values("It shipped Monday of last week.", friday) == ["2025-04-14"]
    assert values("It shipped on Tuesday of this week.", friday) == ["2025-04-22"]
    assert values("Foo is here (Tue 2/18)", friday) == ["2025-02-18"]
    assert values("Foo (Wed 12/9)", friday) == ["2024-12-09"]  # a day after the page's: the year before
    assert values("a ratio of 2/18", friday) == []


def test_a_spoken_year_after_a_spoken_day() -> None:
    friday = dt.date(2025, 4, 25)
    assert values("It was April eighteenth, twenty twenty-four.", friday) == ["2024-04-18"]
    assert values("at DevDay, November sixth, twenty twenty-three", friday) == ["2023-11-06"]
    assert values("It was April eighteenth, twenty people came.", friday) == ["2025-04-18"]


def test_that_year_is_the_year_the_text_stated_last() -> None:
    text = "Meta released it in 2023. Its successor followed in July of that year, and another that May."
    assert values(text, dt.date(2025, 6, 9)) == ["2023", "2023-07", "2023-05"]
    assert values("It followed in July of that year.", dt.date(2025, 6, 9)) == [None]  # no year stated: unresolved


def test_a_chinese_month_and_day_without_its_year() -> None:
    feb = dt.date(2025, 2, 18)
    assert values("Then 1月20日, Acme released Foo-2.", feb) == ["2025-01-20"]
    assert values("on 12月26日 it shipped", feb) == ["2024-12-26"]  # a past day stated without its year


def test_earlier_or_later_that_year_is_the_year_stated_last() -> None:
    text = "It launched in November 2022, on a model made available earlier that year; another came later that year."
    assert values(text, dt.date(2025, 4, 14)) == ["2022-11", "2022", "2022"]


def test_that_same_evening_is_the_day_of_the_event_before() -> None:
    got = tag("That same evening Acme put out Foo-2.", dt.date(2025, 2, 3))
    assert [(t.text, t.kind, t.offset) for t in got] == [("That same evening", "relative", (0, 0))]
    assert [t.text for t in tag("Foo came out the same morning Acme released Bar.", dt.date(2025, 2, 3))] == []


def test_a_weekday_label_opening_a_line_or_a_numbered_item() -> None:
    monday = dt.date(2025, 2, 3)
    assert values("3) Tuesday: Foo-Max\nThursday: two open releases", monday) == ["2025-01-28", "2025-01-30"]
    assert values("The agenda: keynote", monday) == []


def test_the_following_spring_puts_dates_without_a_year_in_the_year_after_the_one_stated() -> None:
    text = ("Acme released Foo on February 24, 2023. That August, Foo Code came. The following spring, on April 18, it "
            "shipped Foo 2. On April 23, Bar answered. In July 2024 Baz came. On May 2 Qux did.")
    assert values(text, dt.date(2025, 5, 12)) == ["2023-02-24", "2023-08", "2024-04-18", "2024-04-23", "2024-07", "2025-05-02"]
    # the next spring after the last date told: after a January, that same year's
    assert values("Foo shipped on 30 January 2025. The following spring, on 7 May, came Bar.", dt.date(2025, 12, 12)) == [
        "2025-01-30", "2025-05-07"]


def test_a_date_without_its_year_goes_on_in_the_year_its_paragraph_stated() -> None:
    ref = dt.date(2025, 12, 12)
    assert values("July 2024 was busy. Foo came out on 16 July. Bar on 18 July.", ref) == ["2024-07", "2024-07-16", "2024-07-18"]
    # not backwards: the next month after a December date is the next year's
    assert values("Foo was previewed on Dec. 20, 2024, and Bar followed on Jan. 31.", dt.date(2025, 4, 16)) == [
        "2024-12-20", "2025-01-31"]
    # nor across paragraphs
    assert values("July 2024 was busy.\nFoo came out on 16 July.", ref) == ["2024-07", "2025-07-16"]


def test_a_dotted_iso_date_but_not_a_longer_version() -> None:
    assert values("- 2024.09.13: Foo v0.1.0 shipped; build 2024.09.13.2 later.", dt.date(2025, 6, 20)) == ["2024-09-13"]


def test_a_day_written_again_in_brackets_as_iso_is_that_day() -> None:
    ref = dt.date(2024, 10, 15)
    assert values("It was unveiled on June 22 (2023-06-22). It showed up eight days ago (2024-10-07).", ref) == [
        "2023-06-22", "2024-10-07"]


def test_years_ago() -> None:
    ref = dt.date(2025, 3, 18)
    assert values("exactly one year ago today; one year ago tomorrow; a year ago; two years ago", ref) == [
        "2024-03-18", "2024-03-19", "2024", "2023"]


def test_a_european_dotted_day_but_not_a_version() -> None:
    assert values("Meta released it on 23.07.2024; version 1.2.2024 and 3.10.12 are builds.", dt.date(2024, 7, 25)) == [
        "2024-07-23"]


def test_a_timeline_line_opening_with_month_and_day() -> None:
    text = "Timeline:\n- 12/5: Acme released Foo.\n12/11: Zeta released Bar.\nRatio 1/2: half. He said 3/4 of users agreed."
    assert values(text, dt.date(2024, 12, 26)) == ["2024-12-05", "2024-12-11"]


def test_an_iso_year_and_month_but_not_inside_an_id() -> None:
    text = "- 2023-06: Foo-1 released. foo-4o-2024-08-06 shipped 2024-08-06. The 2019-20 season."
    assert values(text, dt.date(2025, 9, 1)) == ["2023-06", "2024-08-06"]


def test_boxing_day_and_a_bound_that_is_no_date() -> None:
    assert values("V3 dropped on Boxing Day, less than four weeks ago.", dt.date(2025, 1, 20)) == ["2024-12-26"]
    assert values("It launched more than a year ago.", dt.date(2025, 1, 20)) == []
    assert values("It launched two weeks ago.", dt.date(2025, 1, 20)) == ["2025-01-06"]


def test_a_page_dated_by_its_edit_goes_forward_to_the_next_year_it_allows() -> None:
    text = "Bar2.5 followed on September 19, 2024 with seven sizes.\n\nBar3, which arrived on April 29, is the newest."
    assert [t.value for t in tag(text, dt.date(2025, 5, 2), narrative=True)] == ["2024-09-19", "2025-04-29"]
    # not past the edit: a day after it stays in the year the text told
    assert [t.value for t in tag(text.replace("April 29", "June 29"), dt.date(2025, 5, 2), narrative=True)] == [
        "2024-09-19", "2024-06-29"]
    # nor where the text says it goes back: "Earlier, on 13 June"
    back = "On July 6, 2023, Acme opened the Foo-4 API to all. Earlier, on 13 June, it had released a snapshot."
    assert [t.value for t in tag(back, dt.date(2025, 5, 11), narrative=True)] == ["2023-07-06", "2023-06-13"]


def test_a_year_ago_this_month() -> None:
    assert values("Foo 3 came out a year ago this month.", dt.date(2025, 4, 6)) == ["2024-04"]
    assert values("Foo 3 came out a year ago.", dt.date(2025, 4, 6)) == ["2024"]


def test_two_digit_years_after_an_apostrophe() -> None:
    assert values("* Jul. 16 '24 ... Foo 7B", dt.date(2025, 2, 20)) == ["2024-07-16"]
    assert values("Mar '24 was busy.", dt.date(2025, 2, 20)) == ["2024-03"]


def test_a_text_that_writes_days_first_once_writes_them_first_throughout() -> None:
    assert values("26/02/2024 x. 11/09/2024 y.", dt.date(2025, 2, 20)) == ["2024-02-26", "2024-09-11"]
    assert values("2/26/2024 x. 11/09/2024 y.", dt.date(2025, 2, 20)) == ["2024-02-26", "2024-11-09"]


def test_a_weekday_said_with_a_day_picks_the_year_it_fell_on() -> None:
    assert values("On Friday, December 8, as talks closed, Acme posted Foo.", dt.date(2025, 12, 15)) == ["2023-12-08"]
    assert values("On Saturday, April 5, Acme released Foo 4.", dt.date(2025, 4, 6)) == ["2025-04-05"]


def test_the_weekday_before_last() -> None:
    assert values("Grok 3, unveiled the Monday before last, shipped. On Monday it rained.", dt.date(2025, 2, 28)) == [
        "2025-02-17", "2025-02-24"]


def test_on_the_nth_takes_the_month_its_paragraph_told() -> None:
    text = ("Acme shipped Foo 3 on March 12. Zeta pushed Bar-V3-0324 later that month, on the 24th.\n\n"
            "Acme released Foo-oss on the 5th.")
    assert values(text, dt.date(2025, 12, 30)) == ["2025-03-12", "2025-03-24", "2025-12-05"]


def test_a_month_that_ends_its_sentence_is_not_joined_to_a_year_on_the_next_line() -> None:
    ref = dt.date(2025, 9, 1)
    assert [(t.text, t.value) for t in tag("Foo-Math in December.\n2024[edit]", ref)] == [("in December.", "2024-12")]
    assert [t.value for t in tag("in Dec. 2024", ref)] == ["2024-12"]
    assert [t.value for t in tag("in December\n2024", ref)] == ["2024-12"]  # a hard-wrapped line goes on

"""Formats, front matter, visible HTML text and where the reference date comes from."""

import pytest

from chronograph.ingest import read_article, read_corpus, strip_markup


def read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article, warnings = read_article(path, tmp_path)
    return article, warnings


def test_markdown_front_matter(tmp_path) -> None:
    a, w = read(tmp_path, "a.md", '---\ntitle: "Foo ships"\ndate: 2024-12-27\nurl: https://x.test/a\n---\nBody text here.\n')
    assert (a.title, a.url, a.reference_date, a.reference_source, a.published) == (
        "Foo ships", "https://x.test/a", "2024-12-27", "front_matter", "2024-12-27")
    assert a.text.strip() == "Body text here." and w == []


HTML = """<!doctype html><html><head><title>Foo page</title>
<meta property="article:published_time" content="2024-05-15T09:00:00Z">
<style>.x{color:red}</style><script>var d = "May 20, 2024";</script></head>
<body><nav>Home | News</nav><article><h1>Foo-7B ships</h1><p>Acme released Foo-7B on May 13, 2024.</p>
<table><tr><th>Model</th><th>Release</th></tr><tr><td>Foo-7B</td><td>May 2024</td></tr></table></article>
<footer>© 2024</footer></body></html>"""


def test_html_visible_text_and_metadata(tmp_path) -> None:
    a, _ = read(tmp_path, "a.html", HTML)
    assert "May 20, 2024" not in a.text and "color" not in a.text and "Home | News" not in a.text
    assert "Acme released Foo-7B on May 13, 2024." in a.text
    assert "| Foo-7B | May 2024 |" in a.text  # tables become markdown rows
    assert (a.title, a.reference_date, a.reference_source) == ("Foo page", "2024-05-15", "html_meta")


@pytest.mark.parametrize(
    "text, source, date",
    [
        ('<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-07-23"}</script>'
         "</head><body><p>Text.</p></body></html>", "html_meta", "2024-07-23"),
        ('<html><body><time datetime="2024-07-23T10:00">Jul 23</time><p>Text.</p></body></html>', "html_meta", "2024-07-23"),
        ("<html><head><!-- saved from url=(0052)https://example.com/x/releases on 2025-03-14 --></head>"
         "<body><p>released this Mar 13</p></body></html>", "saved", "2025-03-14"),  # a browser's stamp
    ],
)
def test_html_date_sources(tmp_path, text, source, date) -> None:
    a, _ = read(tmp_path, "a.html", text)
    assert (a.reference_source, a.reference_date) == (source, date)


@pytest.mark.parametrize(
    "text, source, date",
    [
        ("---\nurl: https://blog.test/2024/Dec/26/foo\n---\nA body.\n", "url", "2024-12-26"),
        ("Foo ships\nUpdated March 3, 2025\nJul 23, 2024 · 8 min read\nBody text.\n", "byline", "2024-07-23"),
        ("Foo ships\nPublished: September 12, 2024\nBody.\n", "byline", "2024-09-12"),
        ("Foo ships\nSAN FRANCISCO, July 23, 2024 — Meta released a model.\n", "dateline", "2024-07-23"),
        ("Foo ships\nPALO ALTO, Calif., Aug. 14, 2024 — xAI released a model.\n", "dateline", "2024-08-14"),
        ("Foo ships\nBy A. Writer · Published Jul 29, 2024 · 9 min read\nBody.\n", "byline", "2024-07-29"),
        ("Foo ships\nWritten by A. Writer | October 3, 2024 | 12 min read\nBody.\n", "byline", "2024-10-03"),
        ("Foo ships\nPublished Aug 2, 2024 · Updated Aug 5, 2024 · 11 min read\nBody.\n", "byline", "2024-08-02"),
        ("Home › News › Research6 Apr 2026\nGranite released a model today.\n", "header", "2026-04-06"),
        ("Foo ships\nMay 14, 2024 7:18 PM UTC · Updated May 15, 2024\nBody.\n", "header", "2024-05-14"),
        ("Foo ships\nMarkets & Tech | October 29, 2024, 5:52 PM ET\nBody.\n", "header", "2024-10-29"),
        ("Foo ships\n2024年9月19日 14:32   Source: City Daily   Editor: A. Lee\nBody.\n", "header", "2024-09-19"),
        ("Foo ships\nNEW YORK, March 27, 2024 /PRNewswire/ -- Acme today announced Foo.\n", "dateline", "2024-03-27"),
        ("Foo ships\nBERLIN--(BUSINESS WIRE)--June 3, 2025--Acme GmbH today released Foo.\n", "dateline", "2025-06-03"),
        ("Foo ships\nSHANGHAI, 2025年1月15日 (January 15, 2025) — Acme today released Foo.\n", "dateline", "2025-01-15"),
        ("Foo: a thread\n612 points by some_user on April 28, 2025 | hide | 287 comments\nBody.\n", "byline", "2025-04-28"),
        ("Foo: a thread\n623 points by some_user on 2025-01-08 15:12 UTC | hide | 241 comments\nBody.\n", "byline", "2025-01-08"),
        ("Weekly\nWeek of June 10–16, 2024 · Published Sunday, June 16, 2024 · issue #58\nBody.\n", "byline", "2024-06-16"),
        ("Title line\nOn April 18, 2026, Acme released Foo-7B, a large model with many parameters and a long context.\n",
         "first_sentence", "2026-04-18"),
        ("Foo ships\nSAN FRANCISCO, March 4 (Wire) - Acme on Monday released Foo, a year after its March 2023 model.\n",
         "dateline", "2024-03-04"),  # no year: the year in which March 4 is the Monday the story names
        ("Foo: a thread\nPosted by u/someone · 8/22/2024\nBody.\n", "byline", "2024-08-22"),
        ("SEOUL, Dec. 9 (Wire) -- Acme said Monday it has released Foo, four months after August 2024, and pledged "
         "to reach its goal by 2028.\n", "dateline", "2024-12-09"),  # a pledged year is not the story's
        ("BEIJING/SAN FRANCISCO, Feb 27 (Wire) - Acme on Wednesday cut its prices.\n\n(c) Wire 2025. All rights.\n",
         "dateline", "2025-02-27"),  # the news of the day before; a footer's year
        ("Forum › Foo drops\n#1  Foo drops\nPost by somefox » Thu Apr 04, 2024 6:12 pm\nBody.\n", "byline", "2024-04-04"),
        ("COMPANIES & MARKETS | TECHNOLOGY          THURSDAY, MAY 23, 2024\n\nAcme cuts prices\n", "header", "2024-05-23"),
        ("PAPER\nTech\nSubscribe | Sign in\nA title\nA standfirst\nA. WRITER\nMadrid - FEB 10, 2025 - 05:30 CET\nBody.\n",
         "header", "2025-02-10"),  # a masthead and a standfirst before the date line
        ("PAPER — ENGLISH EDITION\nTechnology\n25.07.2024 - 16:05 Uhr\nBody.\n", "header", "2024-07-25"),
        ("RESEARCH\nSector: Software          Report date: 31 March 2025\nBody.\n", "header", "2025-03-31"),
        ("Foo released\n\nHangzhou, China, 19th September 2024 -- Acme today released Foo.\n", "dateline", "2024-09-19"),
        ("PARIS, Feb 26 (Wire) - Acme on Monday unveiled Foo. It plans a bigger model by the end of 2024. It has "
         "worked with Bolt since 2019.\n", "dateline", "2024-02-26"),  # never after the year of a plan
        ("Foo vs Bar (full breakdown)\nSome Channel · 214K subscribers\nUploaded Nov 20, 2025 · 31:47 · 188,402 views\n"
         "Body.\n", "byline", "2025-11-20"),
        ("# Foo-3.1\n\nBody.\n\n## Changelog\n\n- **2025-09-22** — Foo-3.1-T released.\n- **2025-08-21** — First release.\n",
         "latest_release", "2025-09-22"),
        ("CALL SUMMARY — ACME CORP.\nCall date: Wednesday, February 26, 2025, 2:00 PM PT\nBody.\n", "byline", "2025-02-26"),
        ("# Reading group notes\n_Last edited: 2025-03-07._\n\n## 2025-01-09 · Paper X\n\n- Body.\n", "updated", "2025-03-07"),
        ("\"A LONG TITLE IN CAPITALS THAT RUNS WELL PAST SIXTY CHARACTERS\": A CONVERSATION\nSeries no. 9\n\n"
         "This conversation was recorded on March 20, 2025, a week after the lab released its model.\n",
         "first_sentence", "2025-03-20"),  # a title has no sentence end: the first line of prose dates the page
        ("THE WIRE -- digest #31\nCompiled Friday, August 9, 2024 | covers Jul 15 - Aug 9\nBody.\n", "byline", "2024-08-09"),
        ("Channel: #drops\nExported: 2025-02-01 10:15 UTC by SomeExporter\nBody.\n", "saved", "2025-02-01"),
        ("1/23/25, 9:14 AM      Foo weights are up : r/Models\n\nPosted by u/x · 3 days ago\nBody.\n", "saved", "2025-01-23"),
        ("FOO TECHNICAL REPORT\n\nA. Author, B. Author\nFoo Team\n\narXiv:2407.10671v2 [cs.CL] 18 Jul 2024\n\nABSTRACT\n",
         "header", "2024-07-18"),
        ("[Machine translated]\n\nFoo released\n\n2025年02月18日 14:26  Some Technology  Report\n\nBody.\n", "header",
         "2025-02-18"),
        ("# Foo-14B\n\n## Changelog\n\n- **2025-02-17** — v1.1 released: fixes.\n- **2025-02-03** — v1.0 released.\n",
         "latest_release", "2025-02-17"),
        ("[archived copy of example.com/r/x/comments/1ab/ | snapshot taken 2025-02-03 21:14 UTC]\nBody.\n",
         "saved", "2025-02-03"),
        ("Episode 87\nRecorded Wednesday, April 9, 2025. Auto-generated transcript.\nBody.\n", "byline", "2025-04-09"),
        ("Foo\nSource: Daily · Publish time: 2024-06-07 16:30\nBody.\n", "byline", "2024-06-07"),
        ("A timeline\n*By the staff · Last updated: April 8, 2025*\nBody text.\n", "updated", "2025-04-08"),
        ("Foo\n\nBody text without dates, long enough to be a body line of prose here.\n\n"
         "This page was last edited on 2 September 2025, at 14:12 (UTC).\n", "updated", "2025-09-02"),
        ("Thread saved from x.com on 2025-03-07 via SomeSaver\nFoo @foo · Mar 7\nBody text.\n", "saved", "2025-03-07"),
        ("Foo -- saved thread\nSaved: 2025-01-20 22:47 UTC\n\nfoo 9 hours ago\nBody text.\n", "saved", "2025-01-20"),
        ("A survey of small models\nPreprint, under review. Version 2, 14 October 2024.\nBody.\n", "header", "2024-10-14"),
        ("# Tarn releases\n\n## v0.6.1 — 2025-02-27 (Latest)\n\n- Fixes.\n\n## v0.6.0 — 2025-01-30\n\n- More.\n",
         "latest_release", "2025-02-27"),
    ],
)
def test_reference_date_sources_in_order(tmp_path, text, source, date) -> None:
    a, _ = read(tmp_path, "a.md" if text.startswith("---") else "a.txt", text)
    assert (a.reference_source, a.reference_date) == (source, date)


def test_infobox_field_is_not_a_header_date(tmp_path) -> None:
    a, _ = read(tmp_path, "a.txt", "Foo (language model)\nInitial release | 11 December 2023\nLicense | MIT\n")
    assert a.reference_date is None


def test_a_date_and_a_category_after_it_are_a_header(tmp_path) -> None:
    text = "Acme\nResearch · Safety · API\n\nApril 16, 2025 · Release\n\n# Introducing Foo-3\n\nIt is here, and fast.\n"
    a, _ = read(tmp_path, "a.md", text)
    assert (a.reference_source, a.reference_date) == ("header", "2025-04-16")


def test_a_saved_copys_stamp_at_its_foot_dates_it_but_a_reference_list_does_not(tmp_path) -> None:
    comments = "".join(f"user{i} {i} hours ago\nFoo-3 is out, and it is fast.\n\n" for i in range(1, 9))
    text = f"Foo-3 thread\n\n{comments}-- archived copy, retrieved Tue, 05 Aug 2025 23:58:41 GMT --\n"
    a, _ = read(tmp_path, "a.txt", text)
    assert (a.reference_source, a.reference_date) == ("saved", "2025-08-05")
    wiki = "Foo-3\n\nFoo-3 is a model, and it is fast.\n\nReferences\n^ \"Foo\". Acme. Archived from the original on 3 May 2024.\n"
    b, _ = read(tmp_path, "b.txt", wiki)
    assert b.reference_source != "saved"


def test_updated_is_not_a_publication_date(tmp_path) -> None:
    a, _ = read(tmp_path, "a.txt", "Foo ships\nLast updated: March 3, 2025\nNo date in this body at all, really.\n")
    assert a.published is None  # only the last resort for anchoring "last month"
    assert (a.reference_source, a.reference_date) == ("updated", "2025-03-03")


def test_no_reference_date_keeps_partial_dates_unresolved(tmp_path) -> None:
    a, _ = read(tmp_path, "a.txt", "Today, Acme just dropped Foo-7B. It came out on April 7th.\n")
    assert a.reference_date is None


def test_markup_leftovers() -> None:
    assert strip_markup("[Microsoft](/wiki/microsoft) released <b>Phi-3</b> and [[Meta|Meta AI]] **Llama 3**") == (
        "Microsoft released Phi-3 and Meta AI Llama 3")


def test_folder_order_and_other_files(tmp_path) -> None:
    for name in ("b.txt", "a.md", "c.html", "notes.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("Acme released Foo-7B on May 2, 2024.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    articles, warnings = read_corpus(tmp_path)
    assert [a.id for a in articles] == ["a.md", "b.txt", "c.html"]
    assert [(w.file, w.outcome) for w in warnings] == [("empty.txt", "skipped")]


def test_front_matter_double_quoted_escapes() -> None:
    from chronograph.ingest import front_matter

    fields, _, _ = front_matter('---\ntitle: "A \\"quoted\\" title"\n---\nbody')
    assert fields["title"] == 'A "quoted" title'


def test_dateline_with_a_dash_after_the_place_and_infobox_fields(tmp_path) -> None:
    a, _ = read(tmp_path, "a.txt", "Title\nBy A. Writer\nHANGZHOU, China — Jan. 29, 2025 — A lab shipped a model.\n")
    assert (a.reference_source, a.reference_date) == ("dateline", "2025-01-29")
    b, _ = read(tmp_path, "b.txt", "Foo (language model)\nFoo\nInitial release | December 6, 2023\nA family of models.\n")
    assert b.reference_date is None


def test_wiki_source_is_read_as_text_headings_and_tables() -> None:
    from chronograph.ingest import strip_markup
    source = ("'''Foo''' is a model.<ref>{{cite web |title=Foo |date=12 December 2023 |access-date=2 February 2025}}</ref>\n"
              "== History ==\n"
              "{| class=\"wikitable\"\n! Model !! Parameters\n|-\n| Foo-1 || 1.3B\n|-\n| style=\"x\" | Foo-2 || 2.7B\n|}\n")
    text = strip_markup(source)
    assert "2025" not in text and "cite" not in text  # citation dates are no article dates
    assert text.split("\n") == ["Foo is a model.", "## History", "| Model | Parameters |", "|---|---|",
                                "| Foo-1 | 1.3B |", "| Foo-2 | 2.7B |", ""]


def test_email_plain_text_newsletter(tmp_path) -> None:
    (tmp_path / "n.eml").write_text(
        "From: Digest <d@example.org>\nSubject: Issue 4: Zephyr-9 ships\nDate: Thu, 25 Apr 2024 13:05:22 +0000\n"
        "Content-Type: text/plain; charset=utf-8\n\nZephyr-9 was released yesterday.\n", encoding="utf-8")
    article, warnings = read_article(tmp_path / "n.eml", tmp_path)
    assert warnings == [] and article is not None
    assert (article.format, article.title) == ("eml", "Issue 4: Zephyr-9 ships")
    assert (article.reference_date, article.reference_source, article.published) == ("2024-04-25", "email_date", "2024-04-25")
    assert article.text.strip() == "Zephyr-9 was released yesterday."


def test_email_multipart_html_quoted_printable(tmp_path) -> None:
    (tmp_path / "m.eml").write_text(
        'Subject: =?utf-8?q?Caf=C3=A9_news?=\nDate: Mon, 3 Mar 2025 08:00:00 -0500\nMIME-Version: 1.0\n'
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/html; charset=utf-8\n'
        "Content-Transfer-Encoding: quoted-printable\n\n<p>Caf=C3=A9-2 launched on <b>March 1</b>.</p>"
        "<script>alert(1)</script>\n--b--\n", encoding="utf-8")
    article, _ = read_article(tmp_path / "m.eml", tmp_path)
    assert article is not None and article.title == "Café news"
    assert "Café-2 launched on March 1." in article.text and "alert" not in article.text
    assert article.reference_date == "2025-03-03"


def test_email_without_headers_is_read_as_text(tmp_path) -> None:
    (tmp_path / "x.eml").write_text("Zephyr-9 was released on March 3, 2025.\nMore text: here.\n", encoding="utf-8")
    article, warnings = read_article(tmp_path / "x.eml", tmp_path)
    assert warnings == [] and article is not None
    assert article.text == "Zephyr-9 was released on March 3, 2025.\nMore text: here.\n"


def test_a_saved_thread_counts_its_stamps_from_the_snapshot_and_its_post_from_its_byline(tmp_path) -> None:
    from chronograph.extract import extract_article

    page = ("# r/Models\n\n> snapshot saved 2024-11-29 · stamps below are relative to the snapshot\n\n"
            "## Foo-7B is out\n\n**u/poster** · posted Tue Nov 12, 2024 · 17 days ago · 1.3k points\n\n"
            "ok it's here. acme dropped Foo-7B today.\n\n> **u/other** · 1 day ago\n>\n> acme also dropped Bar-2 today.\n")
    a, _ = read(tmp_path, "a.md", page)
    assert (a.reference_date, a.reference_source, a.captured) == ("2024-11-12", "byline", "2024-11-29")
    events = {(c.subject, str(c.value)) for c in extract_article(a) if c.kind == "event"}
    assert {("Foo-7B", "2024-11-12"), ("Bar-2", "2024-11-28")} <= events


def test_an_update_stamp_after_the_publication_is_kept_apart_from_it(tmp_path) -> None:
    from chronograph.ingest import read_article

    path = tmp_path / "a.txt"
    path.write_text("Everything about Acme\n\nBy A. Writer\nPublished February 3, 2025 · Updated June 12, 2025\n\n"
                    "Acme shipped Foo-2 on December 26, 2024. On March 24, the company posted Foo-2-0324.\n")
    article = read_article(path, tmp_path)[0]
    assert (article.reference_date, article.updated) == ("2025-02-03", "2025-06-12")
    path.write_text("Published June 5, 2025 | Updated 3 hours ago\n\nAcme shipped Foo-2 on May 1.\n")
    assert read_article(path, tmp_path)[0].updated is None


def test_a_time_elements_day_is_written_after_a_text_without_its_year(tmp_path) -> None:
    from chronograph.ingest import read_article

    path = tmp_path / "a.html"
    path.write_text('<html><body><p>Foo was unveiled on <time datetime="2023-06-22">June 22</time>. It came '
                    '<time datetime="2024-10-07T09:00">eight days ago</time>. Published '
                    '<time datetime="2024-10-15">October 15, 2024</time>.</p></body></html>')
    text = read_article(path, tmp_path)[0].text
    assert "June 22 (2023-06-22)" in text and "eight days ago (2024-10-07)" in text
    assert "October 15, 2024." in text  # a text that gives its year is left alone


def test_an_emphasised_byline_and_a_dated_tagline_are_headers(tmp_path) -> None:
    a, _w = read(tmp_path, "a.md", "# 2025, month by month\n\n_Posted December 29, 2025 · Filed under: Year in review · 9 min read_\n\n"
                 "Every December we look back at the year in models and list what came out when.\n")
    assert (a.reference_date, a.reference_source) == ("2025-12-29", "byline")
    a, _w = read(tmp_path, "b.md", "# The Weights Watch — Issue #58\n\n*Friday, May 9, 2025 · A weekly roundup of model releases "
                 "for people who ship*\n\nFoo 3 came out on Wednesday, and more besides that we cover below.\n")
    assert (a.reference_date, a.reference_source) == ("2025-05-09", "header")


def test_a_byline_below_a_long_masthead_is_still_read(tmp_path) -> None:
    masthead = "\n".join(["We use cookies.", "DAILY", "News", "AI", "Chips", "Reviews", "Podcast", "Log in", "Home › AI",
                          "Advertisement", "Acme launches Foo-4.1, will retire Foo-4.5", "The new models are cheaper",
                          "By A. Writer"])
    a, _w = read(tmp_path, "a.txt", masthead + "\nPublished April 14, 2025 1:03 PM ET\n\nAcme on Monday launched three models.\n")
    assert (a.reference_date, a.reference_source) == ("2025-04-14", "byline")


def test_a_wire_dateline_below_summary_bullets_and_a_byline_is_read(tmp_path) -> None:
    head = ("TECH WIRE | MARKETS\nUPDATE 2-Acme's Foo-1 rattles chip stocks\n\n* Foo app tops the charts\n"
            "* Chip maker loses $600 billion\n* Investors question capex\n\nBy A. Writer and B. Reporter\n\n")
    a, _w = read(tmp_path, "a.txt", head + "BEIJING/NEW YORK, Jan 27 (TW) - A model from Acme knocked shares on Monday. "
                 "Acme showed an early version on Nov. 20, 2024.\n")
    assert (a.reference_date, a.reference_source) == ("2025-01-27", "dateline")
    a, _w = read(tmp_path, "b.txt", "FOR IMMEDIATE RELEASE\n\nAcme Powers Zeta's New API\n\nDevelopers can now use it\n\n"
                 "SUNNYVALE, Calif. and MENLO PARK, Calif. -- April 29, 2025 -- Acme today announced a collaboration.\n")
    assert (a.reference_date, a.reference_source) == ("2025-04-29", "dateline")
    # a dated entry of a list further down is no dateline
    a, _w = read(tmp_path, "c.txt", "A TIMELINE\n==========\nCompiled by the desk.\n\nIntro text that runs on for a while here.\n\n"
                 "Below, the releases in order.\n\n2023\n----\n"
                 "* 2023-02-24 — Foo announced.\n\n* Aug. 24, 2023 — Foo Code released.\n")
    assert a.reference_source != "dateline"


def test_header_stamps_in_capitals_on_preprint_pages_and_in_model_card_front_matter(tmp_path) -> None:
    a, _w = read(tmp_path, "a.txt", "Markets\nPUBLISHED MON, JAN 27 2025 7:58 AM EST\nUPDATED MON, JAN 27 2025 4:43 PM EST\n\n"
                 "Shares of chip makers fell sharply on Monday after a Chinese lab released a model.\n")
    assert (a.reference_date, a.reference_source) == ("2025-01-27", "byline")
    a, _w = read(tmp_path, "b.txt", "Computer Science > Computation and Language\n[Submitted on 22 Jan 2025]\nFoo-R1: Reasoning\n\n"
                 "We introduce our first-generation reasoning models, Foo-R1-Zero and Foo-R1, trained with reinforcement learning.\n")
    assert (a.reference_date, a.reference_source) == ("2025-01-22", "byline")
    a, _w = read(tmp_path, "c.md", "---\nlicense: foo\nlast_modified: 2025-04-03\n---\n\n# Foo 3 model card\n\n"
                 "Foo 3 models are lightweight open models built from the same research as Bar.\n")
    assert (a.reference_date, a.reference_source) == ("2025-04-03", "updated")


def test_a_sentence_saying_what_was_published_is_no_byline(tmp_path) -> None:
    a, _w = read(tmp_path, "a.md", "---\nupdated: 2025-11-21\n---\n\n# Is it open source?\n\n"
                 "People use open source loosely for AI models, and the licenses say different things.\n\n"
                 "*History:* Foo-3 weights were first published on April 29, 2025.\n")
    assert (a.reference_date, a.reference_source) == ("2025-11-21", "updated")


def test_release_entries_without_a_year_are_of_the_year_after_the_entries_that_give_one(tmp_path) -> None:
    text = ("# Releases · acme/foo\n\n## Foo-3 Next\n\n@dev released this Sep 11 · 14 commits to main since this release\n\n"
            "Foo-3 Next is out.\n\n## Foo-2.5\n\n@dev released this Sep 19, 2024\n\nFoo-2.5 is out.\n")
    a, _w = read(tmp_path, "a.md", text)
    assert (a.reference_date, a.reference_source) == ("2025-09-11", "latest_release")


def test_a_date_line_above_a_read_time_below_a_long_navigation_is_the_header(tmp_path) -> None:
    nav = "\n".join(["Acme AI", "Acme AI", "Research", "Blog", "Models", "Resources", "About", "Help", "Try it", "Large Language Model",
                     "The Foo 4 herd: a new era"])
    a, _w = read(tmp_path, "a.txt", nav + "\nApril 5, 2025\n•\n12 minute read\n\nToday we introduce Foo 4 Scout and Foo 4 Maverick.\n")
    assert (a.reference_date, a.reference_source) == ("2025-04-05", "header")


def test_a_wiki_footers_last_edited_line_dates_the_page_when_nothing_else_does(tmp_path) -> None:
    html = ("<html><body><h1>Acme</h1><p>Acme is a company that builds models and sells access to them.</p>"
            "<footer><p>This page was last edited on 1 September 2025, at 08:55 (UTC).</p></footer></body></html>")
    a, _w = read(tmp_path, "a.html", html)
    assert (a.reference_date, a.reference_source) == ("2025-09-01", "updated")


def test_a_dated_prose_entry_is_no_header_and_an_updated_byline_dates_the_page(tmp_path) -> None:
    text = ("Explainers › Open models\nA timeline of Foo models\nBy A. Writer · Updated May 2, 2025 · 9 min read\n"
            "Share: X LinkedIn\nTwo years ago, Acme's models were a research curiosity you had to apply for, and today not.\n"
            "2023: from preview to license\nAugust 24, 2023 — Foo Code. A code-specialized family built on Foo 2.\n")
    a, _w = read(tmp_path, "a.txt", text)
    assert a.reference_date == "2025-05-02"


def test_non_breaking_hyphens_and_spaces_read_as_plain_ones(tmp_path) -> None:
    a, _w = read(tmp_path, "a.txt", "Acme launched Foo\u20114.1 on April\u202f14, 2025.\n")
    assert "Foo-4.1" in a.text and "April 14" in a.text

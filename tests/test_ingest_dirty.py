"""Bad input: every odd file gets a precise outcome and at most one warning naming it and why.

Outcomes: *read* (decoded correctly; a warning only when something was guessed or fixed),
*partial* (read in part) or *skipped*. Nothing here may raise, hang or take long.
"""

from __future__ import annotations

import html
import json
import os
import random
import time
from pathlib import Path

import pytest
from conftest import Hang, deadline

from chronograph import ingest
from chronograph.extract.dates import bounds
from chronograph.ingest import MAX_CHARS, MAX_LINE, read_article, read_corpus
from chronograph.pipeline import build

SENTENCE = "Acme released Foo-2 on May 2, 2024, a model with 7 billion parameters."




def read_one(tmp_path: Path, name: str, data: bytes | str):
    """Write one file into an empty folder and read the folder: (article or None, warnings)."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    with deadline(20):
        articles, warnings = read_corpus(folder)
    assert len(articles) <= 1
    assert all(w.file == name for w in warnings), warnings
    assert len(warnings) <= 1, f"one warning per file, got {warnings}"
    return (articles[0] if articles else None), warnings


def assert_outcome(warnings, outcome: str, *words: str) -> None:
    assert len(warnings) == 1, warnings
    w = warnings[0]
    assert w.outcome == outcome, w
    for word in words:
        assert word.lower() in w.reason.lower(), w


# --- empty and binary -------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\n" * 1000])
def test_empty_and_whitespace_files_are_skipped(tmp_path, data) -> None:
    article, warnings = read_one(tmp_path, "empty.txt", data)
    assert article is None
    assert_outcome(warnings, "skipped", "empty file")


def test_utf16_whitespace_only_is_skipped(tmp_path) -> None:
    article, warnings = read_one(tmp_path, "blank.txt", "  \n \n".encode("utf-16"))
    assert article is None
    assert_outcome(warnings, "skipped", "no visible text")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(20_000),
        random.Random(2).randbytes(50_000),
        b"\x00" * 4096,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(3).randbytes(5_000),
    ],
    ids=["all-bytes", "png", "random", "zeros", "zip"],
)
def test_binary_files_with_txt_suffix_are_skipped(tmp_path, data) -> None:
    article, warnings = read_one(tmp_path, "image.txt", data)
    assert article is None
    assert_outcome(warnings, "skipped", "binary")


# --- encodings --------------------------------------------------------------------------

TEXT = "Café Zürich — déjà vu: Acme released Foo-2 on May 2, 2024, said Søren Ålund. “Naïve” résumé."


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_latin1_and_cp1252_are_decoded_with_a_note(tmp_path, encoding) -> None:
    text = TEXT if encoding == "cp1252" else TEXT.replace("—", "-").replace("“", '"').replace("”", '"')
    article, warnings = read_one(tmp_path, "old.txt", text.encode(encoding))
    assert article is not None
    assert "Café Zürich" in article.text and "Søren Ålund" in article.text and "résumé" in article.text
    if encoding == "cp1252":
        assert "— déjà vu" in article.text and "“Naïve”" in article.text
    assert article.encoding == "cp1252"
    assert_outcome(warnings, "read", "Windows-1252")


@pytest.mark.parametrize(
    "encoding, data_of, expected, note",
    [
        ("utf-8-sig", lambda t: t.encode("utf-8-sig"), "utf-8-sig", None),
        ("utf-16 BOM", lambda t: t.encode("utf-16"), "utf-16", None),
        ("utf-16-be BOM", lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16", None),
        ("utf-16-le", lambda t: t.encode("utf-16-le"), "utf-16-le", "no byte-order mark"),
        ("utf-16-be", lambda t: t.encode("utf-16-be"), "utf-16-be", "no byte-order mark"),
        ("utf-32 BOM", lambda t: t.encode("utf-32"), "utf-32", None),
    ],
)
def test_unicode_encodings_are_decoded(tmp_path, encoding, data_of, expected, note) -> None:
    article, warnings = read_one(tmp_path, "u.txt", data_of(TEXT + "\n"))
    assert article is not None
    assert article.text.startswith("Café Zürich — déjà vu") and "“Naïve” résumé." in article.text
    assert "\ufeff" not in article.text and "\x00" not in article.text
    assert article.encoding == expected
    if note:
        assert_outcome(warnings, "read", note)
    else:
        assert warnings == []
    assert article.reference_source == "first_sentence" and article.reference_date == "2024-05-02"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_tiny_utf16_file_without_bom(tmp_path, encoding) -> None:
    article, warnings = read_one(tmp_path, "tiny.txt", "Hi".encode(encoding))
    assert article is not None and article.text == "Hi"
    assert_outcome(warnings, "read", "no byte-order mark")


def test_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path) -> None:
    data = TEXT.encode("utf-8") + b" stray \xff byte and \xe9 another."
    article, warnings = read_one(tmp_path, "mixed.txt", data)
    assert article is not None and article.encoding == "utf-8"
    assert "Café Zürich — déjà vu" in article.text  # not mojibake ("CafÃ©")
    assert_outcome(warnings, "read", "2 invalid UTF-8 byte(s) replaced")


def test_broken_utf16_is_read_with_replacements(tmp_path) -> None:
    data = "Acme released Foo-2.".encode("utf-16") + b"\x00\xd8"  # a lone high surrogate at the end
    article, warnings = read_one(tmp_path, "u16.txt", data)
    assert article is not None and article.text.startswith("Acme released Foo-2.")
    assert_outcome(warnings, "read", "invalid UTF-16")


# --- size ---------------------------------------------------------------------------------

PARAGRAPH = ("On May 2, 2024, Acme released Foo-2, a model with 7 billion parameters and a context window of "
             "128K tokens. Analysts said the launch was the company's largest so far, and rivals responded quickly. ")


def test_a_20_mb_article_is_read_in_part_quickly(tmp_path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    data = (PARAGRAPH + "\n\n").encode() * (20_000_000 // (len(PARAGRAPH) + 2))
    assert len(data) >= 19_000_000
    (folder / "huge.txt").write_bytes(data)
    start = time.perf_counter()
    with deadline(30):
        articles, warnings = read_corpus(folder)
    read_seconds = time.perf_counter() - start
    assert len(articles) == 1 and len(articles[0].text) <= MAX_CHARS
    assert articles[0].text.startswith(PARAGRAPH.strip())
    assert_outcome(warnings, "partial", "first part only")
    assert read_seconds < 5, f"reading took {read_seconds:.1f}s"
    # the part read is small enough to extract within the per-article budget
    start = time.perf_counter()
    with deadline(60):
        kg = build(folder)
    build_seconds = time.perf_counter() - start
    assert [w.outcome for w in kg.warnings] == ["partial"], kg.warnings
    assert kg.events() and kg.events()[0].value == "2024-05-02"
    assert build_seconds < 10, f"build took {build_seconds:.1f}s"


def test_too_large_files_are_skipped(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "MAX_BYTES", 1000)
    article, warnings = read_one(tmp_path, "big.txt", SENTENCE * 100)
    assert article is None
    assert_outcome(warnings, "skipped", "too large")


def test_a_10_mb_line_is_broken_and_read_in_part(tmp_path) -> None:
    line = (SENTENCE + " ") * (10_000_000 // (len(SENTENCE) + 1))
    start = time.perf_counter()
    article, warnings = read_one(tmp_path, "line.txt", line)
    assert time.perf_counter() - start < 5
    assert article is not None
    assert_outcome(warnings, "partial", "first part only")
    lines = article.text.split("\n")
    assert len(lines) > 1 and max(map(len, lines)) <= MAX_LINE
    assert all(ln.startswith("Acme released") and ln.endswith("parameters.") for ln in lines[:-1])  # broken at sentence ends
    assert len(article.text) > MAX_CHARS * 0.9


def test_a_long_line_without_spaces_is_broken_hard(tmp_path) -> None:
    article, warnings = read_one(tmp_path, "x.txt", "x" * 100_000)
    assert article is not None and warnings == []  # nothing lost: broken into lines, not cut
    assert article.text.replace("\n", "") == "x" * 100_000
    assert max(map(len, article.text.split("\n"))) <= MAX_LINE


def test_a_long_line_under_the_text_limit_is_kept_whole(tmp_path) -> None:
    line = (SENTENCE + " ") * 1000  # ~70k characters on one line
    article, warnings = read_one(tmp_path, "one-line.txt", line)
    assert article is not None and warnings == []
    assert article.text.replace("\n", " ").strip() == line.strip()


# --- HTML ---------------------------------------------------------------------------------


def test_deeply_nested_html(tmp_path) -> None:
    doc = "<html><body>" + "<div><span>" * 5000 + f"<p>{SENTENCE}</p>" + "</span></div>" * 5000 + "</body></html>"
    article, warnings = read_one(tmp_path, "deep.html", doc)
    assert article is not None and SENTENCE in article.text and warnings == []


def test_deeply_nested_unclosed_html(tmp_path) -> None:
    doc = "<html><body>" + "<div><table><tr><td><ul><li>" * 3000 + SENTENCE
    article, warnings = read_one(tmp_path, "deep.html", doc)
    assert article is not None and SENTENCE in article.text


@pytest.mark.parametrize(
    "doc",
    [
        f"<html><body><p>{SENTENCE}<p>Unclosed <b>bold <i>italic</div></span></td></tr></table>",
        f"<html><body><p>{SENTENCE}</p><!-- a comment that never ends <p>hidden?",
        f"<html><body><p>{SENTENCE}</p><![ junk ]]><p>After the junk.</p>",
        f"<html><body><p>{SENTENCE}</p><![foo[ x ]]><p>After the junk.</p>",
        f"<html><body><p>{SENTENCE}</p><p class='unclosed>After the junk.</p>",
        f"<html><body><p>{SENTENCE}</p><a href=\"x",
        f"<html><body><p>{SENTENCE}</p></" + "p" * 10,
        f"<html><body><p>{SENTENCE}</p><script>var x = '</scr' + 'ipt>';",
        f"<html><body><p>{SENTENCE}</p>&#99999999999; &#0; &#xD800; &bogus; &",
        f"<html><body><p>{SENTENCE}</p><?php echo 1; ?><!doctype html><!doctype",
        f"<HTML><BODY><P>{SENTENCE}</P></BODY></HTML>",
    ],
    ids=["unclosed-tags", "unclosed-comment", "marked-junk", "marked-unknown", "unclosed-quote", "truncated-attr",
         "truncated-endtag", "unclosed-script", "bad-charrefs", "pi-and-doctypes", "upper-case"],
)
def test_broken_html_keeps_its_text(tmp_path, doc) -> None:
    article, warnings = read_one(tmp_path, "broken.html", doc)
    assert article is not None and SENTENCE in article.text
    if "After the junk" in doc:
        assert "After the junk" in article.text  # the parser does not stop at the break
    assert all(w.outcome == "read" for w in warnings)


@pytest.mark.parametrize(
    "junk",
    ["<a" * 100_000, "<!--" * 50_000, "</" * 100_000, "<?" * 100_000, "<![CDATA[" * 30_000, "<!" * 100_000,
     "<a" * 100_000 + ">", "<![CDATA[" * 30_000 + ">", "<a b='" * 50_000 + ">", "<" * 200_000],
    ids=["starttags", "comments", "endtags", "pis", "cdata", "decls", "starttags-gt", "cdata-gt", "quotes", "lt"],
)
def test_html_that_makes_the_parser_quadratic_is_read_quickly(tmp_path, junk) -> None:
    doc = f"<html><body><p>{SENTENCE}</p>{junk}</body></html>"
    start = time.perf_counter()
    article, warnings = read_one(tmp_path, "evil.html", doc)
    seconds = time.perf_counter() - start
    assert seconds < 2, f"{seconds:.2f}s"
    assert article is not None and SENTENCE in article.text


def test_html_parser_time_budget_falls_back_to_stripping_tags(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "HTML_BUDGET", 1e-9)
    doc = f"<html><head><script>var secret = 1;</script></head><body><p>{SENTENCE}</p></body></html>"
    article, warnings = read_one(tmp_path, "slow.html", doc)
    assert article is not None and SENTENCE in article.text and "secret" not in article.text
    assert_outcome(warnings, "read", "tags stripped")


# --- front matter -------------------------------------------------------------------------


def test_unclosed_front_matter_is_read_as_text(tmp_path) -> None:
    article, warnings = read_one(tmp_path, "fm.md", f"---\ntitle: Foo ships\ndate: 2024-05-02\n{SENTENCE}\n")
    assert article is not None and SENTENCE in article.text and "title: Foo ships" in article.text
    assert_outcome(warnings, "read", "front matter not closed")


def test_garbage_lines_in_front_matter_are_reported_once(tmp_path) -> None:
    doc = f"---\ntitle: Foo ships\n!!! garbage ~~~\n{{not: yaml\n   \ndate: 2024-05-02\n---\n{SENTENCE}\n"
    article, warnings = read_one(tmp_path, "fm.md", doc)
    assert article is not None and article.title == "Foo ships" and article.reference_date == "2024-05-02"
    assert article.text.strip() == SENTENCE
    assert_outcome(warnings, "read", "front matter line not understood", "garbage", "1 more")


def test_a_leading_rule_is_not_front_matter(tmp_path) -> None:
    article, warnings = read_one(tmp_path, "rule.md", f"---\nAn introduction.\n---\n{SENTENCE}\n")
    assert article is not None and "An introduction." in article.text and SENTENCE in article.text
    assert warnings == []


def test_front_matter_with_crlf_and_bom(tmp_path) -> None:
    doc = f"---\r\ntitle: Foo ships\r\ndate: 2024-05-02\r\n---\r\n{SENTENCE}\r\n".encode("utf-8-sig")
    article, warnings = read_one(tmp_path, "crlf.md", doc)
    assert article is not None and (article.title, article.reference_source) == ("Foo ships", "front_matter")
    assert "\r" not in article.text and warnings == []


def test_huge_title_and_hostile_url_in_front_matter(tmp_path) -> None:
    doc = f"---\ntitle: {'T' * 100_000}\x00\nurl: javascript:alert(1)\n---\n{SENTENCE}\n"
    article, warnings = read_one(tmp_path, "fm.md", doc)
    assert article is not None and len(article.title) <= ingest.MAX_TITLE and "\x00" not in article.title
    assert article.url is None
    assert_outcome(warnings, "read", "url ignored")


# --- dates and numbers -------------------------------------------------------------------

IMPOSSIBLE = """---
date: 2026-02-30
---
Acme released Foo-2 on February 30, 2026.
Acme released Bar-3 on April 31, 2026, and Baz-4 on 31 April 2026.
Acme released Qux-5 on 2026-02-30 and Quux-6 on 2026-13-01.
Acme released Zed-7 on 0000-01-01, in the year 0.
Acme released Zed-8 in 99999 and Zed-9 on May 5, 99999.
Acme released Zed-10 on February 29, 2025.
Acme released Zed-11 in Q5 2026 and Zed-12 on the 31st.
"""


def test_impossible_dates_never_become_claims(tmp_path, corpus) -> None:
    kg = build(corpus({"dates.md": IMPOSSIBLE}))
    article = kg.articles[0]
    assert article.reference_date is None  # 2026-02-30 is not a date
    for c in kg.all_claims():
        if c.kind in ("event", "forecast") and c.value:
            first, last = bounds(str(c.value))  # raises on an invalid date
            assert 1900 <= first.year <= 2100 and first <= last
    assert kg.events() == [], [(c.subject, c.value, c.date_text) for c in kg.events()]


def test_huge_numbers_do_not_crash_reading_or_extraction(tmp_path, corpus) -> None:
    text = ("Foo-9 has 10^400 parameters. Foo-9 has 999999999999999999999999 parameters. "
            f"Foo-8 has {'1' + '0' * 400} billion parameters and a context window of {'9' * 400} tokens. "
            f"Foo-5 scored {'9' * 300}.5 on MMLU. Foo-4 has 1e400 parameters.\n")
    with deadline(20):
        kg = build(corpus({"n.txt": text}))
    assert kg.articles and kg.warnings == []


# --- characters ----------------------------------------------------------------------------


def test_zero_width_bidi_and_control_characters_are_removed(tmp_path) -> None:
    text = ("\u202eAcme\u202c rel\u200beased Fo\u200do-2\u2060 on May\u00a02, 2024.\u200f\n"
            "Second\x0bline with a NUL\x00 here, a soft hy\u00adphen and a bell\x07.\n")
    article, warnings = read_one(tmp_path, "zw.txt", text)
    assert article is not None
    assert article.text.strip().split("\n") == ["Acme released Foo-2 on May 2, 2024.", "Second",
                                        "line with a NUL here, a soft hyphen and a bell."]
    assert_outcome(warnings, "read", "2 control character(s) removed")
    kg = build(tmp_path / "corpus")
    assert [(c.subject, c.value) for c in kg.events()] == [("Foo-2", "2024-05-02")]


def test_cjk_rtl_and_emoji_text_is_read(tmp_path) -> None:
    text = ("🚀 阿里巴巴 released Qwen-3 on May 2, 2024 — الذكاء الاصطناعي 🤖 model 模型-7B.\n"
            "שלום עולם. Ünïcödé Foo-2‍🔥 is here.\n")
    article, warnings = read_one(tmp_path, "intl.txt", text)
    assert article is not None and warnings == []
    assert "阿里巴巴" in article.text and "الذكاء" in article.text and "🚀" in article.text and "שלום" in article.text
    kg = build(tmp_path / "corpus")
    assert ("Qwen-3", "2024-05-02") in [(c.subject, c.value) for c in kg.events()]


# --- file names, links, permissions, folders ------------------------------------------------


def test_odd_file_names_are_read(tmp_path) -> None:
    names = ["my article.txt", "café ☕ 模型.md", "-rf.txt", "--help.txt", "a'b\"c.txt", "UPPER.TXT", "x.HtMl"]
    folder = tmp_path / "names"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(f"<html><p>{SENTENCE}</p></html>" if name.lower().endswith("html") else SENTENCE)
    articles, warnings = read_corpus(folder)
    assert sorted(a.id for a in articles) == sorted(names) and warnings == []


def test_undecodable_and_control_characters_in_file_names(tmp_path) -> None:
    folder = tmp_path / "bytes"
    folder.mkdir()
    for raw in (b"caf\xe9.txt", b"new\nline.txt", b"tab\there.txt"):
        with open(os.path.join(os.fsencode(folder), raw), "wb") as fh:
            fh.write(SENTENCE.encode())
    articles, warnings = read_corpus(folder)
    assert warnings == [] and len(articles) == 3
    ids = sorted(a.id for a in articles)
    assert ids == sorted(["caf\ufffd.txt", "new\ufffdline.txt", "tab\ufffdhere.txt"])
    for a in articles:
        a.model_dump_json().encode("utf-8")  # no lone surrogates: every output can encode it
        a.path.encode("utf-8")
    kg = build(folder)
    out = tmp_path / "out"
    kg.write(out, ["json", "graphml", "report"])
    assert {a["id"] for a in json.loads((out / "articles.json").read_text("utf-8"))} == set(ids)


def test_symlink_loops_and_dangling_links(tmp_path) -> None:
    folder = tmp_path / "links"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(SENTENCE)
    os.symlink("..", folder / "sub" / "up")  # a directory loop
    os.symlink("self.txt", folder / "self.txt")  # a link to itself
    os.symlink("missing.txt", folder / "gone.txt")  # dangling
    os.symlink("sub/a.txt", folder / "alias.txt")  # a fine link to a file
    with deadline(10):
        articles, warnings = read_corpus(folder)
    assert sorted(a.id for a in articles) == ["alias.txt", "sub/a.txt"]
    reasons = {w.file: (w.outcome, w.reason) for w in warnings}
    assert len(warnings) == 2
    assert reasons["self.txt"][0] == "skipped" and "symbolic links" in reasons["self.txt"][1]
    assert reasons["gone.txt"] == ("skipped", "cannot read: No such file or directory")


def test_unreadable_file_via_permission_error(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "perm"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE)
    (folder / "secret.txt").write_text(SENTENCE)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    articles, warnings = read_corpus(folder)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(w.file, w.outcome, w.reason) for w in warnings] == [("secret.txt", "skipped", "cannot read: Permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_via_chmod(tmp_path) -> None:
    folder = tmp_path / "perm"
    folder.mkdir()
    (folder / "secret.txt").write_text(SENTENCE)
    (folder / "secret.txt").chmod(0)
    try:
        articles, warnings = read_corpus(folder)
    finally:
        (folder / "secret.txt").chmod(0o644)
    assert articles == []
    assert [(w.file, w.outcome, w.reason) for w in warnings] == [("secret.txt", "skipped", "cannot read: Permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists folders whatever their mode")
def test_unlistable_folder_via_chmod(tmp_path) -> None:
    folder = tmp_path / "perm"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(SENTENCE)
    (folder / "locked").chmod(0)
    try:
        articles, warnings = read_corpus(folder)
    finally:
        (folder / "locked").chmod(0o755)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(w.file, w.outcome) for w in warnings] == [("locked", "skipped")]
    assert "cannot list folder" in warnings[0].reason


def test_directory_named_like_an_article(tmp_path) -> None:
    folder = tmp_path / "dirs"
    (folder / "x.txt").mkdir(parents=True)
    (folder / "x.txt" / "inner.txt").write_text(SENTENCE)
    articles, warnings = read_corpus(folder)
    assert [a.id for a in articles] == ["x.txt/inner.txt"]
    assert [(w.file, w.outcome) for w in warnings] == [("x.txt", "skipped")]
    assert "a directory, not a file" in warnings[0].reason


def test_pipes_and_devices_are_skipped_without_hanging(tmp_path) -> None:
    folder = tmp_path / "special"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE)
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    with deadline(10):
        articles, warnings = read_corpus(folder)
    assert [a.id for a in articles] == ["a.txt"]
    assert [(w.file, w.outcome, w.reason) for w in warnings] == [
        ("pipe.txt", "skipped", "not a regular file (a pipe, socket or device)"),
        ("zero.txt", "skipped", "not a regular file (a pipe, socket or device)"),
    ]


def test_a_pipe_does_not_hang_a_build_with_the_store(tmp_path, capsys) -> None:
    from chronograph.cli import main

    folder = tmp_path / "special"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE)
    os.mkfifo(folder / "pipe.txt")
    try:
        with deadline(5):
            code = main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet", "--format", "json"])
    except Hang:
        pytest.fail("the build hangs on a named pipe")
    assert code == 0 and "pipe.txt: skipped: not a regular file" in capsys.readouterr().err


def test_an_output_folder_inside_the_corpus_is_not_read_back(tmp_path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCE)
    build(folder).write(folder / "out", ["json", "report"])
    assert (folder / "out" / "report.md").exists()
    assert read_corpus(folder) == read_corpus(folder / "a.txt")  # passed over: not input, not a skipped file


def test_other_files_are_ignored_silently_and_a_missing_root_raises(tmp_path) -> None:
    folder = tmp_path / "misc"
    folder.mkdir()
    for name in ("photo.jpg", "notes.pdf", "Makefile", ".hidden.txt"):
        (folder / name).write_bytes(b"\x00\x01binary")
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text(SENTENCE)
    assert read_corpus(folder) == ([], [])
    with pytest.raises(FileNotFoundError):
        read_corpus(tmp_path / "no-such-folder")


def test_read_article_on_a_single_odd_file(tmp_path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert read_article(path, tmp_path) == (None, [ingest.InputWarning(file="notes.pdf", outcome="skipped",
                                                                          reason="not an article format (.pdf)")])


# --- the whole corpus: warnings reach warnings.json, report.md and index.html ----------------

DIRTY: dict[str, bytes] = {
    "01-empty.txt": b"",
    "02-binary.txt": bytes(range(256)) * 8,
    "03-latin1.txt": "Zürich: Acme released Foo-2 on May 2, 2024.".encode("cp1252"),
    "04-utf16.txt": "Zürich: Acme released Bar-3 on May 3, 2024.".encode("utf-16-le"),
    "05-line.txt": (SENTENCE + " ").encode() * 20_000,
    "06-fm.md": b"---\ntitle: x\n" + SENTENCE.encode(),
    "07-nul.txt": SENTENCE.encode() + b"\x00\x00",
    "08 <img src=x onerror=alert(1)> \"q\" & 'a'.txt": SENTENCE.encode(),
    "09-ok.txt": SENTENCE.encode(),
}


def test_every_warning_is_listed_in_the_outputs(tmp_path) -> None:
    folder = tmp_path / "dirty"
    folder.mkdir()
    for name, data in DIRTY.items():
        (folder / name).write_bytes(data)
    (folder / "10-dir.txt").mkdir()
    kg = build(folder)
    warned = {w.file: w for w in kg.warnings}
    assert sorted(warned) == ["01-empty.txt", "02-binary.txt", "03-latin1.txt", "04-utf16.txt", "05-line.txt",
                              "06-fm.md", "07-nul.txt", "10-dir.txt"]
    assert [warned[n].outcome for n in sorted(warned)] == ["skipped", "skipped", "read", "read", "partial", "read",
                                                           "read", "skipped"]
    assert kg.summary().skipped == 3
    out = tmp_path / "out"
    formats = ["json", "report", "index"]
    kg.write(out, formats)
    listed = json.loads((out / "warnings.json").read_text("utf-8"))
    assert [(w["file"], w["outcome"], w["reason"]) for w in listed] == [(w.file, w.outcome, w.reason) for w in kg.warnings]
    report = (out / "report.md").read_text("utf-8")
    index = (out / "index.html").read_text("utf-8")
    for w in kg.warnings:
        assert f"`{w.file}`: {w.outcome} — {w.reason}" in report
        assert html.escape(w.file) in index and html.escape(w.reason) in index
    assert "<img src=x onerror=alert(1)>" not in index

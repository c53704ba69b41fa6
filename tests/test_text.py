from conftest import events_of

from chronograph.ingest import read_article
from chronograph.text import sentences, unwrap

WRAPPED = """# Notes on open models

Two weeks ago Acme released Foo-7B, a reasoning model with open weights under the MIT license, and
the reaction made it plain that many people now care about open models. Then on Friday
Bolt Labs shipped Bar-2, partly, it seems, to change the subject. So here is the guide I wish I
could send people: what open weights means and what the licenses let you do.

- **Apache 2.0 and MIT** are permissive. You can use, modify and sell the models and
  their outputs without asking anyone for permission first, which matters for startups.
- **Community licenses** add an acceptable-use policy.

```
a code block whose lines are long enough to be wrapped at this width but
must never be joined
```
"""


def test_a_hard_wrapped_text_has_one_line_per_paragraph_and_keeps_its_offsets() -> None:
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    lines = out.split("\n")
    assert any(line.startswith("Two weeks ago") and line.endswith("let you do.") for line in lines)
    assert any(line.startswith("- **Apache") and "permission first" in line for line in lines)  # its indented tail
    assert "- **Community licenses** add an acceptable-use policy." in lines  # a new item stays a line
    assert "must never be joined" in lines and "# Notes on open models" in lines
    assert [s.text for s in sentences(out) if s.text.startswith("Then on Friday")] == [
        "Then on Friday\nBolt Labs shipped Bar-2, partly, it seems, to change the subject.".replace("\n", " ")]


def test_one_paragraph_per_line_is_left_alone() -> None:
    text = "\n".join([
        "Acme released Foo-7B on March 3, 2025, and the weights went up on the hub the same afternoon.",
        "Bolt Labs answered with Bar-2",
        "A week later the price of the API fell by half, and the company said more cuts would follow soon.",
        "Headline without a full stop but long enough to look like a wrapped line of text",
        "Another paragraph that ends where its content ends, as news pages put them.",
    ] * 3)
    assert unwrap(text) == text


def test_a_date_cut_by_a_line_break_is_read_whole(tmp_path) -> None:
    body = ("The weights of Foo-7B, the new open model from Acme with seven billion parameters, landed on\n"
            "July 24, 2024, and the company said that a larger sibling would follow in the autumn of that\n"
            "year if the training run finishes as planned and the evaluation numbers hold up well enough.\n\n") * 3
    (tmp_path / "a.txt").write_text("Published August 1, 2024\n\n" + body)
    article = read_article(tmp_path / "a.txt", tmp_path)[0]
    assert article is not None and "landed on July 24, 2024" in article.text
    assert ("Foo-7B", "release", "2024-07-24") in events_of(article.text, "2024-08-01")


def test_a_line_cut_after_a_citation_or_a_bracket_goes_on() -> None:
    para = ("A second wave of fully open releases made data and code available as well, and Google's Qux [29]\n"
            "(arXiv:2403.08295), released the same month, offered two sizes trained on three and six trillion\n"
            "tokens respectively, which the authors compare with the earlier open models of the same size.\n\n")
    out = unwrap(para * 3)
    assert "Qux [29] (arXiv:2403.08295)" in out


def test_unwrap_mends_words_hyphenated_at_the_wrap_and_keeps_offsets() -> None:
    from chronograph.text import unwrap

    text = ("Meta released Llama 4 Scout and Llama 4 Maverick on Saturday, 5 April, and a roughly 2-tril-\n"
            "lion-parameter teacher model called Behemoth was previewed; and an updated checkpoint, DeepSeek-\n"
            "V3-0324, was posted on 24 March under an MIT licence after a long and careful review by the team.\n") * 3
    out = unwrap(text)
    assert len(out) == len(text)
    assert "2-trillion-parameter" in out and "DeepSeek-V3-0324," in out and "tril-" not in out


def test_a_transcripts_timestamped_lines_run_on_and_keep_offsets() -> None:
    from chronograph.text import join_stamped_lines

    text = "[00:09] Google put out\n[00:15] Gemini 3 on Tuesday,\n[00:22] November eighteenth.\n\n[00:27] so rewind.\n[00:33] fine"
    out = join_stamped_lines(text)
    assert len(out) == len(text) and "put out" in out and "Gemini 3 on Tuesday," in out
    assert "out\n" not in out and "\n\n[00:27] so rewind." in out  # a blank line still ends the paragraph


def test_a_saved_threads_tree_is_not_a_table() -> None:
    text = ("root_user 9 hours ago\nFoo-R1 is out.\n\n  |\n  +-- someone 8 hours ago\n  |   Meanwhile Bar-1 went GA on Dec 5.\n"
            "  |   |\n  |   +-- other 7 hours ago\n  |       And Acme announced Bar-3 on Dec 20.\n")
    rows = [s for s in sentences(text) if s.is_table_row]
    assert rows == []
    said = [s.text for s in sentences(text)]
    assert "Meanwhile Bar-1 went GA on Dec 5." in said and "And Acme announced Bar-3 on Dec 20." in said
    assert [s.text for s in sentences("| Model | Date\n|---|---\n| Foo-1 | 2024\n") if s.is_table_row] == [
        "| Model | Date", "|---|---", "| Foo-1 | 2024"]


def test_a_sentence_may_open_with_a_camel_cased_name() -> None:
    said = [s.text for s in sentences("Acme shipped Foo in June. xAI released Bar 4 in July. Then iPhone users cheered.")]
    assert said == ["Acme shipped Foo in June.", "xAI released Bar 4 in July.", "Then iPhone users cheered."]

from conftest import claims_of

FAQ = """Foo models: frequently asked questions

When was Foo-3 released?
April 18, 2024. It came in two sizes.

How many parameters does Foo-3 405B have?
About 405 billion. It is a dense model.

What is the context window of Foo-3 405B?
128,000 tokens, up from 8K.

When was Foo-4 released?
On April 5, 2025, Acme released Bar-2 instead.

Is Foo open source?
Not by the usual definition; 700 million users need a licence.
"""


def test_an_answer_gives_the_value_its_question_asks_for_the_product_it_names() -> None:
    got = {(c.kind, c.subject, c.predicate, c.value, c.approximate) for c in claims_of(FAQ, "2025-04-10")}
    assert ("event", "Foo-3", "release", "2024-04-18", False) in got
    assert ("fact", "Foo-3 405B", "parameters_total", 405e9, True) in got
    assert ("fact", "Foo-3 405B", "context_window", 128000, False) in got
    assert not any(s == "Foo-4" for _k, s, *_ in got)  # a full sentence answers with its own subject and verb
    assert not any(p == "parameters_total" and v == 700e6 for _k, _s, p, v, _a in got)


def test_the_claim_quotes_question_and_answer() -> None:
    claim = next(c for c in claims_of(FAQ, "2025-04-10") if c.predicate == "release" and c.subject == "Foo-3")
    assert claim.quote == "When was Foo-3 released?\nApril 18, 2024."

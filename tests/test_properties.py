"""Properties over generated input (hypothesis): reading and extraction never raise, dates
normalise stably to values :func:`bounds` parses, and claims survive JSON and GraphML."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re

import networkx as nx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from chronograph.export.graphml import graphml_bytes
from chronograph.export.xmlsafe import clean_str
from chronograph.extract import extract_article
from chronograph.extract.dates import bounds, granularity_of, tag
from chronograph.graph import KnowledgeGraph
from chronograph.ingest import MAX_CHARS, MAX_LINE, read_article
from chronograph.models import Article, Claim, Entity
from chronograph.text import normalize_key

SETTINGS = settings(max_examples=int(__import__("os").environ.get("CG_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

TOKENS = [
    "Acme", "Acme's", "OpenAI", "Meta", "released", "announced", "unveiled", "launched", "open-sourced", "cut", "prices",
    "Foo-2", "GPT-4o", "Llama", "3.1", "405B", "DeepSeek-V3", "Mixtral", "8x7B", "v0.1", "mini", "Pro", "Q3", "Q1",
    "on", "in", "by", "May", "Dec.", "December", "February", "April", "2,", "26", "30,", "31st", "the", "7th",
    "2024", "2024.", "2023", "1999", "yesterday", "today", "last", "week", "Monday", "three", "days", "later", "next",
    "day", "before", "after", "Christmas", "ago", "mid-2024", "early", "7", "billion", "trillion", "parameters",
    "active", "128K", "1M", "tokens", "context", "window", "$5", "$5.6M", "million", "to", "train", "trained",
    "MIT", "Apache", "2.0", "license", "MMLU", "90%", "scored", "vs", "which", "it", "will", "expected", ",", ".",
    ";", ":", "—", "(", ")", "|", "\n", "\n\n", "| a | b |", "**", "[", "](", "<b>", "10^400", "9" * 40,
]
words = st.one_of(st.sampled_from(TOKENS), st.text(max_size=6))
domain_text = st.lists(words, max_size=80).map(" ".join)
NAMES = ["Foo-2", "GPT-4o", "Llama 3.1 405B", "DeepSeek-V3", "Mixtral 8x7B", "模型-7B", "Fo​o-3", "X‮Y-9", "Ünï-1"]
DATES = ["May 2, 2024", "Dec. 26, 2024", "26 December 2024", "2024-12-26", "December 2024", "Q3 2026", "mid-2024",
         "April 7th", "on the 7th", "yesterday", "last week", "on Monday", "three days later", "the day before Christmas",
         "February 30, 2026", "April 31", "2026-02-30", "Q5 2026", "99999", "2024/13/45", "in 2023", "by 2027"]
FACTS = ["a 7 billion parameter model", "with 671B total parameters and 37B active", "a context window of 128K tokens",
         "1M-token context", "under the MIT license", "Apache 2.0 licensed", "trained on 15T tokens",
         "for $5.6 million", "scoring 90.1% on MMLU", "MMLU: 88.5", "10^400 parameters", f"{'9' * 30} billion parameters",
         f"{'9' * 400} million parameters"]
# (a 400-digit count would be float inf: extraction drops values beyond any real count)
sentence = st.builds(
    lambda org, verb, name, date, fact, noise, end: f"{org} {verb} {name} {date}, {fact}{noise}{end}",
    st.sampled_from(["Acme", "OpenAI", "Meta's", "The company", "It", "Adept AI", ""]),
    st.sampled_from(["released", "announced", "unveiled", "will release", "open-sourced", "cut prices of", "launched"]),
    st.sampled_from(NAMES) | st.text(max_size=12),
    st.sampled_from(DATES).map(lambda d: f"on {d}" if d[0].isupper() and d[0] != "Q" else d),
    st.sampled_from(FACTS),
    st.text(max_size=10),
    st.sampled_from([".", ". ", ".\n", "\n\n", "?", "; ", " — "]),
)
article_text = st.lists(sentence, min_size=1, max_size=8).map("".join)
any_text = st.one_of(st.text(max_size=300), domain_text, article_text)
references = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


def make_article(text: str, ref: dt.date | None) -> Article:
    return Article(id="a.txt", path="a.txt", format="txt", text=text, reference_date=ref.isoformat() if ref else None,
                   content_hash=hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16])


@SETTINGS
@given(any_text, references)
def test_extraction_never_raises(text, ref) -> None:
    claims = extract_article(make_article(text, ref))
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.quote
        if c.kind in ("event", "forecast") and isinstance(c.value, str) and c.value:
            first, last = bounds(c.value)
            assert first <= last
        # survives JSON unchanged
        assert Claim.model_validate_json(c.model_dump_json()) == c


@SETTINGS
@given(any_text, references)
def test_date_normalisation_is_stable_and_parseable(text, ref) -> None:
    once = tag(text, ref)
    assert tag(text, ref) == once
    for t in once:
        assert text[t.start:t.end] == t.text
        if t.value is not None:
            first, last = bounds(t.value)
            assert first <= last and 1900 <= first.year <= 2100
            assert granularity_of(t.value) == t.granularity
            assert tag(text, ref, offset=7)[once.index(t)].start == t.start + 7


@st.composite
def files(draw):
    kind = draw(st.sampled_from(["bytes", "utf-8", "utf-16", "cp1252", "html", "front"]))
    text = draw(any_text)
    if kind == "bytes":
        return draw(st.binary(max_size=2000)), ".txt"
    if kind == "utf-16":
        return text.encode("utf-16"), ".txt"
    if kind == "cp1252":
        return text.encode("cp1252", "replace"), ".txt"
    if kind == "html":
        return f"<html><head><title>{text[:40]}</title></head><body><p>{text}</p></body></html>".encode(), ".html"
    if kind == "front":
        return f"---\ntitle: {text[:40]}\n{draw(st.text(max_size=30))}\n---\n{text}".encode("utf-8", "replace"), ".md"
    return text.encode("utf-8", "replace"), ".txt"


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")


@SETTINGS
@given(files())
def test_reading_never_raises(tmp_path_factory, file) -> None:
    data, suffix = file
    folder = tmp_path_factory.mktemp("prop")
    path = folder / f"a{suffix}"
    path.write_bytes(data)
    article, warnings = read_article(path, folder)
    assert len(warnings) <= 1 and all(w.file == path.name for w in warnings)
    if article is None:
        assert warnings and warnings[0].outcome == "skipped"
        return
    assert article.text.strip() and len(article.text) <= MAX_CHARS
    assert max(len(line) for line in article.text.split("\n")) <= MAX_LINE
    assert not _CONTROL.search(article.text) and not _CONTROL.search(article.title) and "\r" not in article.text
    if article.reference_date:
        dt.date.fromisoformat(article.reference_date)
    extract_article(article)


# --- claims through JSON and GraphML -----------------------------------------------------------

finite = st.floats(allow_nan=False, allow_infinity=False)
iso_days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)).map(dt.date.isoformat)
hostile = st.text(max_size=60) | st.sampled_from(["<script>alert(1)</script>", "\"'\\", "]]>", "&amp;", "\x00\x0b\ufffe"])


@st.composite
def claim_sets(draw):
    subjects = draw(st.lists(hostile.filter(lambda s: normalize_key(s) != ""), min_size=1, max_size=3, unique_by=normalize_key))
    claims = []
    for i in range(draw(st.integers(1, 6))):
        subject = draw(st.sampled_from(subjects))
        quote = draw(hostile)
        if draw(st.booleans()):
            claims.append(Claim(id=f"e{i}", kind="event", subject=subject, predicate="release", value=draw(iso_days),
                                granularity="day", date_text=draw(hostile), article="a.txt", quote=quote, start=0,
                                end=len(quote)))
        else:
            value = draw(finite | hostile)
            claims.append(Claim(id=f"f{i}", kind="fact", subject=subject, predicate=draw(st.sampled_from(
                ["parameters_total", "license", "context_window", "benchmark:MMLU<&>"])), value=value,
                article="a.txt", quote=quote, start=0, end=len(quote)))
    entities = [Entity(id=f"model:{i}", name=s, type="model", articles=["a.txt"]) for i, s in enumerate(subjects)]
    return claims, entities


@SETTINGS
@given(claim_sets())
def test_claims_survive_json(claim_set) -> None:
    for c in claim_set[0]:
        again = Claim.model_validate_json(c.model_dump_json())
        assert again == c


def _flat(text: str | None, limit: int = 600) -> str:  # graph.py's quote flattening
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@SETTINGS
@given(claim_sets())
def test_claims_survive_graphml(claim_set) -> None:
    claims, entities = claim_set
    article = Article(id="a.txt", path="a.txt", format="txt", text="x", content_hash="0")
    kg = KnowledgeGraph([article], claims, entities, [], [])
    g = nx.read_graphml(io.BytesIO(graphml_bytes(kg.graph)), force_multigraph=True)
    edges = {k: d for _, _, k, d in g.edges(keys=True, data=True)}
    for c in claims:
        assume(c.id in edges)
        d = edges[c.id]
        assert d["quote"] == clean_str(_flat(c.quote))
        if c.kind == "fact":
            assert d["predicate"] == clean_str(c.predicate)
            assert d["value"] == clean_str(str(c.value))
            if isinstance(c.value, float):
                assert d["value_num"] == c.value
        else:
            assert d["relation"] == "reported_by" and d["date_text"] == clean_str(c.date_text or "")
            dates = {n["date"] for _, n in g.nodes(data=True) if n.get("kind") == "event" and n.get("subject") == clean_str(c.subject)}
            assert c.value in dates

"""Synthetic news corpora about invented AI models, deterministic by seed.

::

    python -m benchmarks.generate --articles 1000 --seed 7 --out benchmarks/out/corpus-1000-s7

The world is a pure function of the seed: organizations ("Veltrix AI", "Halcyon Labs"), model
families with generations ("Zepharix-2", "Zepharix 2.5 Pro"), each with a true release date,
parameter counts, context window, license, training data, cost and benchmark scores. Articles
state that world in the three input formats (``.md`` with front matter, ``.txt`` with a dateline
or byline, ``.html`` pages with navigation, scripts and tables) and in many phrasings: active,
passive and nominal triggers, press-release voice, which-clauses, absolute, partial, deictic and
relative dates, quarters and seasons, forecasts, spec tables, benchmark matrices, and plenty of
filler prose with distractors ("2-4 weeks", "we", percentages). A few articles state a wrong value
on purpose; ``manifest.json`` lists them.

Every article draws from its own random stream ``(seed, index)``: a corpus of N articles is the
first N articles of a corpus of 2N, and :func:`write_article` adds article N without touching the
others. Articles average about 800 words (so 10,000 articles are about 8M words).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

# --- the world ------------------------------------------------------------------------------

_ORG_WORDS = (
    "Veltrix Quorra Northwind Halcyon Brightline Solace Ironwood Parallax Cobalt Meridian Tessellate Arborfield "
    "Nimbus Stratos Vantage Copperleaf Bluefin Obsidian Larkspur Emberline Fathom Gossamer Helix Indigo Juniper "
    "Keystone Lodestar Monarch Nexora Onyx Polaris Quarry Riverbend Saffron Tundra Umbra Vesper Wildfire Zenith "
    "Aurelia Beacon Cinder Drift Everest Foxglove Glimmer Harbor Isotope Jetstream"
).split()
_ORG_SUFFIXES = ("AI", "Labs", "Research", "AI", "Labs", "Technologies")
_SYL_A = "Zeph Kor Vel Astr Nim Tal Quin Bri Fen Lum Syl Cad Myr Drav Pax Rho Sef Tor Var Wen Xan Yor Bel Cor Dex".split()
_SYL_B = "a e i o u ae".split()
_SYL_C = "rix lyn dor mis tan vex nor lis gon ra".split()
_SYL_D = ("", "on", "el", "ix")
_VARIANTS = ("Pro", "Flash", "Mini", "Ultra", "Lite", "Turbo", "Max", "Nano")
_START_VERSIONS = (("1", "2", "2.5", "3"), ("2", "3", "3.5", "4"), ("3", "3.5", "4", "5"), ("0.9", "1", "1.5", "2"))
_PARAMS_B = (1.3, 2, 3, 7, 8, 9, 13, 14, 22, 32, 34, 70, 72, 110, 141, 236, 405, 671)
_CONTEXT = (8_000, 16_000, 32_000, 64_000, 128_000, 200_000, 256_000, 1_000_000)
_LICENSES = ("Apache-2.0", "MIT", "CC-BY-NC-4.0", "OpenRAIL", "BSD-3-Clause", None, None)
_TOKENS_T = (1.5, 2, 3, 6, 8, 12, 14.8, 15, 18, 36)
_BENCHMARKS = {"MMLU": (55, 92), "GSM8K": (40, 97), "HumanEval": (30, 93), "GPQA Diamond": (25, 75),
               "MATH-500": (30, 96), "MBPP": (40, 90), "HellaSwag": (70, 96), "ARC-Challenge": (50, 97)}
_CITIES = ("SAN FRANCISCO", "LONDON", "PARIS", "BEIJING", "TORONTO", "SEATTLE", "BERLIN", "SINGAPORE", "TEL AVIV",
           "AUSTIN", "TOKYO", "BANGALORE", "ZURICH", "MONTREAL", "SEOUL", "NEW YORK")
_FIRST = ("Maya Daniel Priya Tomas Aiko Lena Omar Grace Felix Ana Viktor Chen Sofia Ravi Elena Marcus Ingrid Kofi "
          "Leila Hannah").split()
_LAST = ("Okafor Lindqvist Moreau Tanaka Alvarez Brennan Kowalski Haddad Nakamura Petrov Osei Fischer Romero "
         "Castellanos Whitfield Ibarra Sorensen Delacroix Achterberg Quist").split()
_ROLES = ("chief executive", "head of research", "chief scientist", "vice president of product", "co-founder",
          "an analyst at Redwater Partners", "a professor of computer science", "a research engineer")
_HARDWARE = ("H100", "H800", "A100", "B200", "MI300X", "TPU v5p", "Trainium2", "Gaudi 3")
_SOFTWARE = ("vLLM", "llama.cpp", "SGLang", "Ollama", "TensorRT-LLM", "MLX", "LM Studio")
_MONTHS = ("January February March April May June July August September October November December").split()
_MON_ABBR = ("Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.").split()
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EPOCH = dt.date(2019, 1, 1)
_SPAN_DAYS = 7 * 365  # release dates fall in 2019..2025; families wrap around


def _rng(*parts: object) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


#: model families of chronograph's lexicon (lower case): an invented family must not start like one.
#: Fixed here, not read from the lexicon, so that a corpus depends on its seed alone.
_BLOCKED = ("aya", "bard", "chatglm", "chatgpt", "claude", "code llama", "codestral", "codex", "command", "dall-e",
            "dbrx", "deepseek", "ernie", "falcon", "fuyu", "gemini", "gemma", "glm", "gpt", "granite", "grok", "hunyuan",
            "imagen", "jamba", "kimi", "llama", "magistral", "ministral", "mistral", "mixtral", "nemotron", "nova", "o1",
            "o3", "o4", "olmo", "orca", "palm", "phi", "pixtral", "qwen", "qwq", "sora", "stable diffusion", "titan",
            "veo", "whisper", "yi")


@cache
def family_name(f: int) -> str:
    """The f-th invented family name: a bijection over syllable tuples, skipping lexicon names."""
    n = f
    while True:
        a, rest = n % len(_SYL_A), n // len(_SYL_A)
        b, rest = rest % len(_SYL_B), rest // len(_SYL_B)
        c, rest = rest % len(_SYL_C), rest // len(_SYL_C)
        d = rest % len(_SYL_D)
        tail = "" if rest < len(_SYL_D) else str(rest // len(_SYL_D))
        name = (_SYL_A[a] + _SYL_B[b] + _SYL_C[c] + _SYL_D[d]).capitalize() + tail
        if not name.lower().startswith(_BLOCKED):
            return name
        n += 7919 * 13  # a distinct tuple far away; deterministic


def org_name(o: int) -> str:
    word = _ORG_WORDS[o % len(_ORG_WORDS)]
    suffix = _ORG_SUFFIXES[(o // len(_ORG_WORDS)) % len(_ORG_SUFFIXES)]
    n = o // (len(_ORG_WORDS) * len(_ORG_SUFFIXES))
    return f"{word}{n + 1 if n else ''} {suffix}"


@dataclass(frozen=True)
class Model:
    k: int
    family: str
    version: str
    variant: str | None
    org: str
    release: dt.date
    announce: dt.date | None
    params: float  # total, in parameters
    active: float | None
    context: int
    license: str | None
    tokens: float
    cost: float | None
    scores: dict[str, float] = field(hash=False, compare=False)

    def name(self, rng: random.Random | None = None) -> str:
        """The name as one article spells it ("Zepharix-3", "Zepharix 3", "Zepharix 3 Pro")."""
        sep = "-" if (rng is None or rng.random() < 0.6) else " "
        base = f"{self.family}{sep}{self.version}"
        return f"{base} {self.variant}" if self.variant else base


@lru_cache(maxsize=65536)
def model(seed: int, k: int) -> Model:
    """Model k of the world: family k // 4, generation k % 4."""
    f, g = divmod(k, 4)
    fam = _rng(seed, "family", f)
    versions = fam.choice(_START_VERSIONS)
    org = org_name(fam.randrange(max(8, f // 3 + 8)))
    base = _EPOCH + dt.timedelta(days=(f * 37 + fam.randrange(200)) % _SPAN_DAYS)
    gaps = [0] + [fam.randrange(90, 260) for _ in range(3)]
    release = base + dt.timedelta(days=sum(gaps[: g + 1]))
    r = _rng(seed, "model", k)
    params_b = r.choice(_PARAMS_B)
    moe = params_b >= 32 and r.random() < 0.35
    announce = release - dt.timedelta(days=r.randrange(3, 40)) if r.random() < 0.3 else None
    scores = {b: round(r.uniform(lo, hi), 1) for b, (lo, hi) in _BENCHMARKS.items()}
    return Model(
        k=k, family=family_name(f), version=versions[g], variant=r.choice(_VARIANTS) if r.random() < 0.25 else None,
        org=org, release=release, announce=announce, params=params_b * 1e9,
        active=round(params_b * r.uniform(0.05, 0.2)) * 1e9 if moe else None, context=r.choice(_CONTEXT),
        license=r.choice(_LICENSES), tokens=r.choice(_TOKENS_T) * 1e12,
        cost=round(r.uniform(1.5, 120), 1) * 1e6 if r.random() < 0.5 else None, scores=scores,
    )


def pool_size(i: int) -> int:
    """Models article i may write about: grows with the index, so corpora are prefixes of each other."""
    return max(120, (i + 1) // 3)


# --- how things are written -------------------------------------------------------------------


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def mdy(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def say_date(r: random.Random, d: dt.date, ref: dt.date) -> str:
    """A phrase dating an event on ``d`` in an article written on ``ref`` (with its preposition)."""
    options: list[tuple[float, str]] = [
        (5, f"on {mdy(d)}"), (2, f"on {_MON_ABBR[d.month - 1]} {d.day}, {d.year}"),
        (2, f"on {d.day} {_MONTHS[d.month - 1]} {d.year}"), (0.6, f"on {d.isoformat()}"),
        (1.5, f"in {_MONTHS[d.month - 1]} {d.year}"), (0.6, f"in Q{(d.month - 1) // 3 + 1} {d.year}"),
        (0.5, f"in {d.year}"), (0.4, f"in {'early' if d.month <= 4 else 'mid' if d.month <= 8 else 'late'} {d.year}"),
    ]
    lag = (ref - d).days
    if 0 <= lag <= 25 and d.year == ref.year:
        options += [(3, f"on {_MONTHS[d.month - 1]} {_ordinal(d.day) if r.random() < 0.5 else d.day}")]
        if d.month == ref.month:
            options.append((1, f"on the {_ordinal(d.day)}"))
    if lag == 1:
        options.append((3, "yesterday"))
    if lag == 0:
        options.append((3, "today"))
    if 2 <= lag <= 6:
        options.append((2.5, f"on {_WEEKDAYS[d.weekday()]}"))
    weights, phrases = zip(*options, strict=True)
    return r.choices(phrases, weights=weights)[0]


def say_params(r: random.Random, p: float) -> str:
    b = p / 1e9
    num = f"{b:g}"
    return r.choice([f"{num} billion parameters", f"{num}B parameters", f"{num} billion parameters in total"])


def say_context(r: random.Random, c: int) -> str:
    short = f"{c // 1_000_000}M" if c >= 1_000_000 else f"{c // 1000}K"
    article = "an" if short.startswith(("8", "11", "18")) else "a"
    return r.choice([f"a context window of {short} tokens", f"{article} {short}-token context", f"{c:,} tokens of context",
                     f"a context window of {c:,} tokens"])


_LICENSE_TEXT = {"Apache-2.0": ("the Apache 2.0 license", "Apache License 2.0", "an Apache 2.0 license"),
                 "MIT": ("the MIT license", "an MIT license"), "CC-BY-NC-4.0": ("a CC-BY-NC-4.0 license",),
                 "OpenRAIL": ("an OpenRAIL-M license", "the OpenRAIL license"), "BSD-3-Clause": ("a BSD-3-Clause license",)}


def say_tokens(r: random.Random, t: float) -> str:
    return r.choice([f"{t / 1e12:g} trillion tokens", f"{t / 1e12:g}T tokens"])


def say_money(r: random.Random, v: float) -> str:
    return r.choice([f"${v / 1e6:g} million", f"${v / 1e6:g}M"])


def person(r: random.Random) -> str:
    return f"{r.choice(_FIRST)} {r.choice(_LAST)}"


_FILLER = (
    "The company did not say how many customers had tried the system before launch, and declined to share revenue figures.",
    "Developers who tested early builds described the experience as noticeably faster, though several said the gains were uneven across tasks.",
    "{person}, {role}, said the team spent most of the past year on data quality rather than on raw scale.",
    '"We think the interesting work is now in evaluation, not in training," {person} told reporters at a briefing.',
    "Analysts at two brokerages cautioned that benchmark numbers published by vendors are hard to compare and rarely reproduced in full.",
    "The pricing page lists three tiers, from a free plan with tight rate limits to an enterprise contract negotiated case by case.",
    "Community quantizations for {software} are expected to follow within 2-4 weeks, according to maintainers of the project.",
    "Serving a model of this size is not a laptop project: a single replica needs several {hardware} accelerators with fast interconnect.",
    "The release notes run to more than forty pages and include a section on known failure modes, which is unusual for the industry.",
    "Some researchers questioned whether the safety evaluations were broad enough, pointing to the short red-teaming window described in the report.",
    "{org} has raised money twice in eighteen months and employs roughly {n} people across three offices.",
    "The move puts pressure on rivals that charge for comparable capabilities, several investors said on Monday calls with clients.",
    "Open-weight models have become the default starting point for many startups that fine-tune on proprietary data.",
    "In our own tests the assistant handled long documents well but still invented citations when asked about niche topics.",
    "Customers in regulated industries have asked for on-premises deployments, a request that open weights make easier to meet.",
    "The team says it filtered the training data more aggressively than before, removing boilerplate, spam and near-duplicate pages.",
    "Latency in the hosted API averaged a few hundred milliseconds for short prompts during our testing, with occasional spikes at peak hours.",
    "{person}, {role}, argued that the economics of inference, not training, will decide which labs survive the next few years.",
    "A spokesperson said the model would be available in more regions over the coming months but gave no firm timetable.",
    "The documentation covers tool use, structured output and a new batch interface priced at half the standard rate.",
    "Independent evaluators said they would publish their own results once they had finished running the full suite.",
    "Hardware remains the bottleneck: lead times for {hardware} clusters stretched to several months last year.",
    "Support for {software} landed within hours, and hobbyists were running smaller variants on consumer graphics cards by the evening.",
    "The company says about {pct}% of the training mix was code, up from the previous generation, which it credits for better reasoning.",
    "Critics noted that the license restricts some commercial uses above a certain number of monthly active users.",
    "Few details were shared about the training cluster beyond its size and the interconnect used between nodes.",
    "{org} also published an evaluation harness so that others can reproduce the headline numbers.",
    "For most teams the practical question is cost per task, and on that measure the new model looks competitive.",
    "The announcement came during a crowded week for the industry, with several labs racing to ship before the holidays.",
    "Early adopters reported that the model follows formatting instructions more reliably, a common complaint about its predecessor.",
    "A technical report accompanies the weights and describes the architecture, data pipeline and post-training recipe in some detail.",
    "Regulators in Europe have asked several providers for documentation on training data, a process that is still under way.",
    "The firm plans to hire another {n} engineers, mostly in infrastructure and evaluation, according to a job posting.",
    "Asked about competition, {person} said customers care less about leaderboards than about reliability and support.",
    "Pricing starts at ${price} per million input tokens, with output tokens costing several times more.",
    "The model card lists known limitations, including weaker performance on low-resource languages and on long arithmetic.",
    "Benchmarks aside, the biggest change may be the tooling: a revised SDK, better logging and a playground for prompt testing.",
    "Several universities said they would use the weights for research on interpretability and robustness.",
    "The company reported that its hosted service handled {n} million requests per day at peak last quarter.",
    "Enterprise buyers are increasingly running two or three models side by side and routing requests by cost and quality.",
)


_SUBJECTS = ("Industry watchers", "Several enterprise customers", "Researchers at two universities", "Early testers",
             "Cloud providers", "Smaller startups", "Open-source maintainers", "Investors", "Competing labs",
             "Procurement teams", "Security researchers", "Hobbyists", "Policy experts", "Product managers")
_VERBS = ("said the update", "argued that the release", "noted that the new pricing", "warned that the launch",
          "suggested the technical report", "believe the shift", "expect that the model", "cautioned that the benchmark table",
          "pointed out that the documentation", "reported that the hosted version")
_ENDINGS = ("changes how they budget for inference", "does little to settle questions about data provenance",
            "raises the bar for mid-sized models", "will take months to show up in production workloads",
            "is mostly an incremental improvement over last year's systems", "makes fine-tuning cheaper for small teams",
            "leaves open how the company plans to make money", "could reshape procurement decisions in large firms",
            "puts more weight on latency than on raw accuracy", "shows how quickly the open ecosystem is catching up",
            "matters less than the tooling that ships with it", "will be judged on reliability rather than leaderboards")
_TAILS = ("", "", " in interviews this week", " on social media", " in a research note", " during a panel discussion",
          ", though few would go on the record", " after a week of testing")


def filler(r: random.Random, world_org: str, used: set[int] | None = None) -> str:
    """One sentence of filler prose; ``used`` avoids repeating a template within an article."""
    if used is not None and (len(used) >= len(_FILLER) or r.random() < 0.45):
        return f"{r.choice(_SUBJECTS)} {r.choice(_VERBS)} {r.choice(_ENDINGS)}{r.choice(_TAILS)}."
    i = r.randrange(len(_FILLER))
    if used is not None:
        while i in used:
            i = (i + 1) % len(_FILLER)
        used.add(i)
    return _FILLER[i].format(
        person=person(r), role=r.choice(_ROLES), org=world_org, software=r.choice(_SOFTWARE),
        hardware=r.choice(_HARDWARE), n=r.randrange(40, 900), pct=r.randrange(10, 45), price=r.choice((0.1, 0.25, 0.5, 1, 2, 3)),
    )


# --- articles -----------------------------------------------------------------------------------


@dataclass
class Draft:
    """An article before rendering: title, reference date and blocks (kind, payload)."""

    title: str
    ref: dt.date
    blocks: list[tuple[str, object]] = field(default_factory=list)
    contradictions: list[dict[str, object]] = field(default_factory=list)

    def p(self, *sentences: str) -> None:
        self.blocks.append(("p", " ".join(s for s in sentences if s)))

    def words(self) -> int:
        n = 0
        for kind, payload in self.blocks:
            if kind == "table":
                n += sum(len(" ".join(row).split()) for row in cast(list[list[str]], payload))
            else:
                n += len(str(payload).split())
        return n


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _perturb(r: random.Random, m: Model, draft: Draft, index: int) -> Model:
    """State one wrong value about ``m`` in this article (recorded in the manifest)."""
    what = r.choice(("release", "release", "parameters_total", "context_window", "license"))
    if what == "release":
        shift = r.choice((-45, -30, -14, -9, 7, 12, 31, 60))
        wrong = m.release + dt.timedelta(days=shift)
        new = Model(**{**m.__dict__, "release": wrong})
        value: object = wrong.isoformat()
    elif what == "parameters_total":
        new = Model(**{**m.__dict__, "params": m.params * r.choice((0.5, 1.5, 2.0))})
        value = new.params
    elif what == "context_window":
        new = Model(**{**m.__dict__, "context": m.context * 2})
        value = new.context
    else:
        lic = r.choice([x for x in _LICENSES if x and x != m.license])
        new = Model(**{**m.__dict__, "license": lic})
        value = lic
    draft.contradictions.append({"article": index, "subject": m.name(), "predicate": what, "value": value})
    return new


def _release_sentence(r: random.Random, m: Model, name: str, when: str, org_ref: str) -> str:
    kind = r.choice(("language model", "open-weight model", "multimodal model", "reasoning model", "model"))
    forms = (
        f"{org_ref} released {name} {when}, its newest {kind}.",
        f"{org_ref} {when} launched {name}, a {kind} aimed at developers.",
        f"{name} was released by {org_ref} {when}.",
        f"{name}, the latest {kind} from {org_ref}, became available {when}.",
        f"{org_ref} open-sourced {name} {when}, publishing the weights and a technical report.",
        f"{org_ref} quietly rolled out {name} {when} to paying customers.",
        f"{name} went live {when}, {org_ref} said in a blog post.",
        f"The release of {name} {when} marks {org_ref}'s biggest launch so far.",
        f"{org_ref} introduced {name} {when}.",
        f"{org_ref} made {name} generally available {when}.",
    )
    return r.choice(forms)


def _fact_sentences(r: random.Random, m: Model, name: str, pronoun: str) -> list[str]:
    out = []
    if m.active:
        out.append(r.choice((
            f"{name} is a mixture-of-experts design with {m.params / 1e9:g} billion parameters in total, of which only {m.active / 1e9:g} billion are active for any given token.",
            f"The model has {say_params(r, m.params)}, with {m.active / 1e9:g}B active parameters per token.",
        )))
    else:
        out.append(r.choice((
            f"{name} has {say_params(r, m.params)}.",
            f"{pronoun} is a {m.params / 1e9:g}B-parameter dense model.",
            f"At {say_params(r, m.params)}, {name} sits in the middle of the market.",
        )))
    out.append(r.choice((f"{name} supports {say_context(r, m.context)}.", f"{pronoun} offers {say_context(r, m.context)}.")))
    if m.license:
        lic = r.choice(_LICENSE_TEXT[m.license])
        out.append(r.choice((f"The weights are released under {lic}.", f"{name} is licensed under {lic}.")))
    if r.random() < 0.6:
        out.append(r.choice((f"{pronoun} was trained on {say_tokens(r, m.tokens)}.",
                             f"The team says {name} was trained on {say_tokens(r, m.tokens)} of text and code.")))
    if m.cost and r.random() < 0.5:
        out.append(r.choice((f"The final training run cost about {say_money(r, m.cost)}, according to the report.",
                             f"{name} cost roughly {say_money(r, m.cost)} to train.")))
    benches = r.sample(sorted(m.scores), k=r.randrange(2, 5))
    parts = [f"{m.scores[b]:g}% on {b}" for b in benches]
    out.append(r.choice((
        f"{name} scored {', '.join(parts[:-1])} and {parts[-1]}.",
        f"On the company's own evaluations, {pronoun.lower() if pronoun != name else name} reaches {', '.join(parts)}.",
    )))
    return out


def _spec_table(r: random.Random, m: Model, name: str, ref: dt.date) -> list[list[str]]:
    rows = [["Specification", "Value"], ["Developer", m.org]]
    rows.append(["Total Parameters", f"{m.params / 1e9:g}B"])
    if m.active:
        rows.append(["Activated Parameters", f"{m.active / 1e9:g}B per token"])
    rows.append(["Context Window", f"{m.context // 1000}K tokens" if m.context < 1_000_000 else "1M tokens"])
    rows.append(["Training Tokens", f"{m.tokens / 1e12:g}T"])
    if m.license:
        rows.append(["License", m.license])
    rows.append(["Release Date", mdy(m.release) if r.random() < 0.7 else m.release.isoformat()])
    if r.random() < 0.5:
        rows[0][1] = name
    return rows


def _matrix(r: random.Random, models: list[tuple[Model, str]]) -> list[list[str]]:
    benches = r.sample(sorted(_BENCHMARKS), k=r.randrange(3, 6))
    rows = [["Benchmark", *[n for _, n in models]]]
    for b in benches:
        rows.append([b, *[f"{m.scores[b]:g}" for m, _ in models]])
    return rows


def _pick(seed: int, r: random.Random, pool: int, before: dt.date, avoid_org: str | None = None) -> Model | None:
    """A model of the pool released by ``before`` (an article reports the past), or None."""
    for _ in range(12):
        m = model(seed, r.randrange(pool))
        if m.release <= before and m.org != avoid_org:
            return m
    return None


def draft_article(seed: int, index: int, contradiction_rate: float = 0.06) -> Draft:
    """Article ``index`` of the corpus of ``seed`` (independent of how many articles there are)."""
    r = _rng(seed, "article", index)
    pool = pool_size(index)
    main = model(seed, r.randrange(pool))
    story = r.choices(("launch", "review", "roundup", "price", "forecast", "market"), weights=(45, 15, 15, 10, 7, 8))[0]
    lag = r.choice((0, 1, 1, 1, 2, 3, 4, 5, 6, 9, 14, 20)) if story in ("launch", "price", "market") else r.randrange(20, 400)
    ref = main.release + dt.timedelta(days=lag)
    name = main.name(r)
    org = main.org
    title = r.choice((
        f"{org} releases {name}", f"{name} arrives with {main.params / 1e9:g}B parameters", f"Hands-on with {name}",
        f"What {name} means for open models", f"{org} bets big on {name}", f"{name}: fast, cheap and a little rough",
    )) if story != "roundup" else r.choice((f"{ref.year} in models: the year so far", "The month in AI releases", "Release roundup"))
    draft = Draft(title=title, ref=ref)
    shown = _perturb(r, main, draft, index) if r.random() < contradiction_rate else main
    target = r.randint(520, 1080)
    fam_prev = model(seed, main.k - 1) if main.k % 4 else None
    rival = _pick(seed, r, pool, before=ref, avoid_org=org)
    rival_name = rival.name(r) if rival else ""
    pronoun = r.choice(("It", "The model", name))

    if story in ("launch", "market", "price"):
        when = say_date(r, shown.release, ref)
        lead = _release_sentence(r, shown, name, when, org)
        if r.random() < 0.15:
            lead = f"Today we are releasing {name}, our most capable model yet." if lag == 0 else lead
        draft.p(lead, filler(r, org))
        facts = _fact_sentences(r, shown, name, pronoun)
        draft.p(*facts[:2])
        draft.p(*facts[2:])
        if shown.announce and r.random() < 0.6:
            draft.p(f"{org} had first announced {name} {say_date(r, shown.announce, ref)}, with a waitlist for early testers.")
        if fam_prev is not None and r.random() < 0.7:
            prev_name = fam_prev.name(r)
            draft.p(r.choice((
                f"The launch follows {prev_name}, which {org} released {say_date(r, fam_prev.release, ref)} with {say_params(r, fam_prev.params)}.",
                f"Its predecessor, {prev_name}, arrived {say_date(r, fam_prev.release, ref)}.",
            )), filler(r, org))
        if rival is not None and rival.k != main.k and r.random() < 0.5:
            gap = (rival.release - shown.release).days
            if gap == 1:
                draft.p(f"{rival.org} announced {rival_name} the very next day.")
            elif gap in (2, 3, 4, 5) and r.random() < 0.7:
                words = {2: "two", 3: "three", 4: "four", 5: "five"}[gap]
                draft.p(f"{rival.org} launched {rival_name} {words} days later.")
            else:
                draft.p(f"Rival {rival.org} had released {rival_name} {say_date(r, rival.release, ref)}.", filler(r, rival.org))
        if story == "price" or r.random() < 0.15:
            cut = ref - dt.timedelta(days=r.randrange(0, 3))
            draft.p(r.choice((
                f"{org} also cut prices for {name} by {r.choice((20, 30, 50, 75))}% {say_date(r, cut, ref)}.",
                f"{_cap(say_date(r, cut, ref))}, {org} slashed API prices for {name}.",
            )))
        if story == "market":
            draft.p(f"{org} said it had raised {say_money(r, r.randrange(50, 900) * 1e6)} from investors.", filler(r, org))
    elif story == "review":
        draft.p(f"{name}, which {org} released {say_date(r, shown.release, ref)}, has been in our hands for {r.randrange(2, 9)} weeks.",
                filler(r, org))
        facts = _fact_sentences(r, shown, name, pronoun)
        r.shuffle(facts)
        draft.p(*facts[:3])
        draft.p(filler(r, org), *facts[3:])
    elif story == "roundup":
        draft.p("A busy stretch for model releases. Here is what shipped, and what it means.", filler(r, org))
        others = (_pick(seed, r, pool, before=ref) for _ in range(r.randrange(3, 7)))
        picks = [main, *(m for m in others if m is not None)]
        for m in picks:
            mname = m.name(r)
            d = shown.release if m is main else m.release
            draft.blocks.append(("h", f"{m.org}: {mname}"))
            draft.p(_release_sentence(r, m, mname, say_date(r, d, ref), m.org),
                    *(_fact_sentences(r, m, mname, "It")[:2]), filler(r, m.org))
        if r.random() < 0.6:
            draft.blocks.append(("table", _matrix(r, [(m, m.name()) for m in picks[:4]])))
    else:  # forecast
        nxt = model(seed, main.k + 1) if main.k % 4 != 3 else model(seed, main.k + 4)
        q = (ref.month - 1) // 3 + 1
        draft.p(f"{org} is expected to release {nxt.name(r)} in Q{q % 4 + 1} {ref.year + (q == 4)}, people familiar with the plans said.",
                f"{name}, released {say_date(r, shown.release, ref)}, would then be a generation old.")
        draft.blocks.append(("h", f"By Q{q} {ref.year + 1}:"))
        draft.blocks.append(("ul", [f"{org} will likely ship a reasoning variant of {nxt.name(r)}.",
                                    f"Prices for {name} are expected to fall by half.",
                                    "At least one open model is expected to top the public leaderboards."]))
    if story in ("launch", "review", "market") and r.random() < 0.45:
        draft.blocks.append(("table", _spec_table(r, shown, name, ref)))
    if story == "launch" and rival is not None and r.random() < 0.2:
        draft.blocks.append(("table", _matrix(r, [(shown, name), (rival, rival_name)])))
    if r.random() < 0.3:
        draft.p(f"{org} will release a smaller version of {name} later this year, the company said.")
    used: set[int] = set()
    while draft.words() < target:
        draft.p(*(filler(r, r.choice((org, rival.org if rival else org)), used) for _ in range(r.randrange(2, 5))))
    return draft


# --- rendering ----------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48]


def _md_table(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def render_md(r: random.Random, d: Draft, url: str) -> str:
    front = [f'title: "{d.title}"']
    if r.random() < 0.85:
        front.append(f"date: {d.ref.isoformat()}")
    front += [f"url: {url}", f"author: {person(r)}"]
    parts = ["---", *front, "---", ""]
    for kind, payload in d.blocks:
        if kind == "p":
            parts += [str(payload), ""]
        elif kind == "h":
            parts += [f"## {payload}", ""]
        elif kind == "ul":
            parts += [*(f"- {x}" for x in cast(list[str], payload)), ""]
        else:
            parts += [_md_table(cast(list[list[str]], payload)), ""]
    if "date:" not in "\n".join(front) and d.blocks and d.blocks[0][0] == "p":
        i = parts.index(str(d.blocks[0][1]))
        parts[i] = f"{mdy(d.ref)} — {parts[i]}"
    return "\n".join(parts)


def render_txt(r: random.Random, d: Draft) -> str:
    parts = [d.title, ""]
    style = r.random()
    if style < 0.2:
        parts += [f"By {person(r)} | {_MON_ABBR[d.ref.month - 1]} {d.ref.day}, {d.ref.year}", ""]
    first = True
    for kind, payload in d.blocks:
        if kind == "p":
            text = str(payload)
            if first and style >= 0.2:
                text = f"{r.choice(_CITIES)}, {mdy(d.ref)} — {text}"
            parts += [text, ""]
            first = False
        elif kind == "h":
            parts += [str(payload), ""]
        elif kind == "ul":
            parts += [*(f"* {x}" for x in cast(list[str], payload)), ""]
        else:
            parts += [_md_table(cast(list[list[str]], payload)), ""]
    return "\n".join(parts)


def render_html(r: random.Random, d: Draft, url: str) -> str:
    e = html.escape
    stamp = f"{d.ref.isoformat()}T{r.randrange(6, 20):02d}:00:00Z"
    body = []
    for kind, payload in d.blocks:
        if kind == "p":
            body.append(f"    <p>{e(str(payload))}</p>")
        elif kind == "h":
            body.append(f"    <h2>{e(str(payload))}</h2>")
        elif kind == "ul":
            body.append("    <ul>" + "".join(f"<li>{e(x)}</li>" for x in cast(list[str], payload)) + "</ul>")
        else:
            table = cast(list[list[str]], payload)
            head, rows = table[0], table[1:]
            cells = ["      <tr>" + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>"]
            cells += ["      <tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows]
            body.append("    <table>\n" + "\n".join(cells) + "\n    </table>")
    decoy = mdy(d.ref + dt.timedelta(days=r.randrange(3, 40)))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(d.title)} | Example Wire</title>
  <meta property="og:title" content="{e(d.title)}">
  <meta property="article:published_time" content="{stamp}">
  <link rel="canonical" href="{e(url)}">
  <style>body {{ font-family: Georgia, serif; }} nav, footer {{ background: #eee; }}</style>
  <script>window.dataLayer = []; track("config", {{ headline_test: "launched on {decoy}" }});</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/ai">AI</a> <a href="/chips">Chips</a> <a href="/newsletter">Newsletter</a></nav>
  <article>
    <h1>{e(d.title)}</h1>
    <p class="byline">By {e(person(r))} &middot; <time datetime="{stamp}">{mdy(d.ref)}</time></p>
{chr(10).join(body)}
  </article>
  <footer><p>&copy; {d.ref.year} Example Wire. <a href="/privacy">Privacy</a></p><p>Sign up for our weekly briefing.</p></footer>
</body>
</html>
"""


def render(seed: int, index: int) -> tuple[str, str, Draft]:
    """(file name, content, draft) of article ``index``."""
    d = draft_article(seed, index)
    r = _rng(seed, "render", index)
    fmt = r.choices(("md", "txt", "html"), weights=(4, 4, 2))[0]
    url = f"https://example-wire.test/{d.ref.year}/{d.ref.month:02d}/{_slug(d.title)}-{index}"
    if fmt == "md":
        text = render_md(r, d, url)
    elif fmt == "txt":
        text = render_txt(r, d)
    else:
        text = render_html(r, d, url)
    return f"{index:06d}-{_slug(d.title)}.{fmt}", text, d


def write_article(seed: int, index: int, out: str | Path) -> tuple[Path, Draft]:
    name, text, d = render(seed, index)
    path = Path(out) / name
    path.write_text(text, encoding="utf-8")
    return path, d


def generate(articles: int, seed: int, out: str | Path) -> dict[str, object]:
    """Write ``articles`` files into ``out`` and ``manifest.json`` beside them; returns the manifest."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    formats: dict[str, int] = {}
    words = 0
    contradictions: list[dict[str, object]] = []
    for i in range(articles):
        path, d = write_article(seed, i, folder)
        formats[path.suffix[1:]] = formats.get(path.suffix[1:], 0) + 1
        words += d.words()
        contradictions += d.contradictions
    manifest = {"seed": seed, "articles": articles, "words": words, "formats": formats,
                "contradictions": contradictions}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, default=str), "utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", required=True, help="folder to write the articles into")
    args = p.parse_args(argv)
    m = generate(args.articles, args.seed, args.out)
    print(f"{m['articles']} articles, ~{m['words']:,} words, {len(m['contradictions'])} injected contradictions "  # type: ignore[arg-type]
          f"-> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

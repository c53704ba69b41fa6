"""Name recognizer: models, organizations, hardware, software, papers and benchmarks.

One mechanism finds product names by their shape, whether or not they were ever seen:
a capitalised head ("Fuyu-Heavy-2", "GPT-4o", "DeepSeek", "FlashDecoding++") followed by
version, size and variant tokens ("3.1", "v0.12", "405B", "8x7B", "Pro", "Sonnet").
A small editable lexicon (``chronograph/data/lexicon.json``) types and groups the names:
known organizations and their aliases, model families and their makers, hardware,
software and benchmark names. Possessives ("Adept's Fuyu-Heavy-2") and "X AI"/"X Labs"
names teach the recognizer organizations it did not know.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..models import EntityType
from ..text import normalize_key


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: EntityType
    #: Organization the surface form itself tells (family lexicon, possessive, "ORG NAME").
    organization: str | None = None
    #: Canonical organization name when the mention is an organization.
    canonical: str | None = None


@dataclass(frozen=True)
class Lexicon:
    org_alias: dict[str, str]  # key -> canonical organization
    family_org: dict[str, str | None]  # family key -> organization
    families: tuple[str, ...]  # family names, longest first
    variants: frozenset[str]  # one-word variants: "Pro", "Flash", "Deep"
    variant_pairs: dict[str, frozenset[str]]  # two-word variants, first word -> second words: "Deep" -> {"Think"}
    hardware: dict[str, str]  # key -> name
    software: dict[str, str]
    benchmarks: dict[str, str]
    stop_heads: frozenset[str]
    phrases: re.Pattern[str]  # known names with spaces or punctuation, longest first
    phrase_type: dict[str, EntityType]
    host_app: re.Pattern[str]  # " for Chrome", " in Sheets": the product an assistant is built into names it


def _host_app_pattern(apps: list[str], platforms: list[str]) -> re.Pattern[str]:
    """ "Claude for Chrome", "Gemini in Sheets", "Claude for iOS": an app or (after "for") a platform."""
    app = "|".join(re.escape(a) for a in sorted(apps, key=len, reverse=True)) or r"(?!x)x"
    platform = "|".join(re.escape(p) for p in sorted(platforms, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf" (?:for (?:{app}|{platform})|in (?:{app}))\b(?! (?:users|apps|developers|devices))")


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load the lexicon shipped with the package, or one at ``path``."""
    if path is None:
        raw: dict[str, Any] = json.loads(resources.files("chronograph").joinpath("data/lexicon.json").read_text("utf-8"))
    else:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
    org_alias: dict[str, str] = {}
    for name, aliases in raw.get("organizations", {}).items():
        for alias in [name, *aliases]:
            org_alias[normalize_key(alias)] = name
    families = raw.get("families", {})
    phrase_type: dict[str, EntityType] = {}
    for kind, names in (("model", [f for f in families if " " in f]),
                        ("hardware", raw.get("hardware", [])), ("software", raw.get("software", [])),
                        ("benchmark", raw.get("benchmarks", [])), ("organization", list(org_alias_names(raw)))):
        for name in names:
            if re.search(r"[^A-Za-z0-9]", name):
                phrase_type.setdefault(name, kind)  # type: ignore[arg-type]
    alternation = "|".join(re.escape(n) for n in sorted(phrase_type, key=len, reverse=True))
    firsts = "".join(sorted({re.escape(n[0]) for n in phrase_type}))  # a first-character check skips most positions
    phrases = re.compile(rf"(?=[{firsts}])(?<![\w-])(?:{alternation})(?![\w-]|\+)") if alternation else re.compile(r"(?!x)x")
    return Lexicon(
        org_alias=org_alias,
        family_org={normalize_key(k): v for k, v in families.items()},
        families=tuple(sorted(families, key=len, reverse=True)),
        variants=frozenset(v for v in raw.get("variants", []) if " " not in v),
        variant_pairs=_variant_pairs(raw.get("variants", [])),
        hardware={normalize_key(h): h for h in raw.get("hardware", [])},
        software={normalize_key(s): s for s in raw.get("software", [])},
        benchmarks={normalize_key(b): b for b in raw.get("benchmarks", [])},
        stop_heads=frozenset(raw.get("stop_heads", [])),
        phrases=phrases,
        phrase_type=phrase_type,
        host_app=_host_app_pattern(raw.get("host_apps", []), raw.get("platforms", [])),
    )


def _variant_pairs(variants: list[str]) -> dict[str, frozenset[str]]:
    pairs: dict[str, set[str]] = {}
    for v in variants:
        if v.count(" ") == 1:
            first, second = v.split(" ")
            pairs.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


def org_alias_names(raw: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for name, aliases in raw.get("organizations", {}).items():
        names.extend([name, *aliases])
    return names


# A capitalised head: "GPT-4o", "DeepSeek-V3", "Fuyu-Heavy-2", "MLC-LLM", "FlashDecoding++", "Llama".
_ACCENTED = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"  # Latin letters with marks: "Tülu", "Mistral Saba"
_HEAD = rf"(?:[A-Z][A-Za-z0-9{_ACCENTED}]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[-.][A-Za-z0-9]+)*\+*"
# Continuations: versions, sizes (with an active-parameter tail: "30B-A3B"), mixed tokens with digits, and capitalised
# variant words (checked in code).
_CONT = (r"(?:\d+x\d+[BMK]|v?\d+(?:\.\d+)*[a-zA-Z]{0,2}\+*(?!\s*%|\d|\.\d|[a-zA-Z]*-A\d|[a-zA-Z])|[A-Za-z]*\d[A-Za-z0-9.]*(?:-[A-Za-z0-9]+)*|[a-z]+-v?\d[a-z0-9.]*(?:-[a-z0-9]+)*|[A-Z][a-z]+-\d+[A-Za-z0-9]*|"
         r"[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?(?![A-Za-z])|[A-Z]\+?(?![\w+])|[A-Z]{2,4}(?![\w+])|(?:mini|turbo|nano|pro|max|flash|lite|preview|instruct|chat)(?![\w-]))")
# continuation tokens bounded: no name has more, and an unbounded run ("Q1 Q1 Q1 ...") is rescanned per token
_NAME = re.compile(rf"(?<![\w@/.-])(?P<head>{_HEAD})(?P<cont>(?:[ \u00a0](?:{_CONT})){{0,8}})")
_LOWER_MODELS = re.compile(r"(?<![\w.-])(?P<name>o[1-9](?:-(?:mini|preview|pro|high|\d{4}))?|llama\.cpp|vLLM|n8n)(?![\w-])")
# API ids written in lower case: "gemini-1.5-pro-002", "gpt-4o-2024-08-06", "qwen2.5-72b-instruct" (a known family
# first, a digit somewhere; not inside a path, a URL or a file name)
_API_ID = re.compile(r"(?<![\w./@-])(?P<name>(?P<head>[a-z]+)(?:\d[a-z0-9]*(?:\.\d+[a-z0-9]*)*)?(?:-[a-z0-9]+(?:\.\d+[a-z0-9]*)*)+)(?![\w@/-]|\.\w)")
_IN_LICENSE_NAME = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}Licen[cs]e\b|\s+of\s+Use\b")
_ABBREVIATION = re.compile(r"[A-Za-z]{2,6}")
_ID_WORDS = frozenset({"oss", "chat", "instruct", "coder", "reasoner", "base", "exp", "latest"})
_API_START = re.compile(r"(?<![\w./@-])([a-z]+)[\d.]*-")
# token shapes the name loop tests, compiled once (the loop runs for every capitalised word)
_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[A-Z]\+?")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_CAP_WORD = re.compile(rf"[A-Z][A-Za-z{_ACCENTED}]+")
_PLAIN_WORD = re.compile(rf"[A-Z][a-z{_ACCENTED}]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_AI_LABS = re.compile(r" (AI|Labs)\b")
_ARXIV_AFTER = re.compile(r"\s*\(arXiv:")
_SCORE_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|percent\b)")
_API_HEAD = re.compile(r"([a-z]{3,})[\d.]*-")
_CORPORATE = re.compile(r"\s(?:Corp|Corporation|Inc|Ltd|Co|Holdings|Group|GmbH|PLC|LLC)\.?$")
_BENCH_EDITION = re.compile(r" (?:Lite|Verified|Multimodal|Multilingual|Full|Extended|Live|Hard|Plus|Pro|Diamond|Mini|Java|Redux)(?![\w-])")
_NEXT_VERSION = re.compile(r" v?\d+(?:\.\d+)+\b")
_ORG_SUFFIX = re.compile(r"^(?:[A-Z][A-Za-z0-9.&]*\s){1,2}(?:AI|Labs|Inc\.?|Research|Technologies)$")
_ARXIV = re.compile(r"\barXiv:\s?(\d{4}\.\d{4,5})(?:v\d+)?", re.IGNORECASE)
# the words that make a name an adjective after a hyphen ("Llama-based", "o1-level", "GPT-4-class")
_ADJECTIVE_WORDS = "only|based|level|class|style|like|sized|scale|powered|native|ready|compatible"
_LOWER_SUFFIX = re.compile(rf"(?:-(?:{_ADJECTIVE_WORDS}|grade|era|series|tier|first|equivalent|backed|trained|tuned|inspired|"
                           r"derived|specific|generation)\b.*)$")
_LICENSE_NAME = re.compile(r"(?:CC|BY|NC|SA|ND|BSD|GPL|LGPL|AGPL|MPL|OpenRAIL|RAIL|EUPL|Apache|MIT)(?:\b|-)")
_LICENSE_BEFORE = re.compile(r"Licen[cs]e\s*\(\s*$")
_POSSESSIVE = re.compile(r"['’]s?$")
_YEARLIKE = re.compile(r"^(?:19|20)\d{2}$")


def _strip(text: str) -> str:
    text = _LOWER_SUFFIX.sub("", text)
    text = _POSSESSIVE.sub("", text) if text.endswith(("'s", "’s")) else text
    return text.rstrip(".,:;-")


def _family(name: str, lex: Lexicon) -> str | None:
    """The family whose name starts ``name`` and is followed by a version, size or variant."""
    for fam in lex.families:
        if name == fam or name.lower() == fam.lower():
            return fam
        if name.lower().startswith(fam.lower()):
            rest = name[len(fam):]
            if re.match(r"[\s-]?[A-Za-z]?\d", rest) or re.fullmatch(r"\s[A-Z]\+?", rest):
                return fam
            vm = re.match(r"[\s-]([A-Za-z]+)", rest)
            if vm and (vm.group(1) in lex.variants or vm.group(1).capitalize() in lex.variants):
                return fam  # "Hunyuan-Large", "Hunyuan-lite"
    return None


def family_of(name: str) -> str | None:
    """The known model family a name belongs to ("Llama 3.1 405B" -> "Llama")."""
    return _family(name, load_lexicon())


_CLASSIFIED: dict[str, tuple[EntityType | None, str | None, str | None]] = {}


def classify(name: str, lex: Lexicon | None = None) -> tuple[EntityType | None, str | None, str | None]:
    """Type, organization and canonical organization name of a candidate name (None if not an entity)."""
    if lex is None or lex is load_lexicon():
        cached = _CLASSIFIED.get(name)
        if cached is None:
            if len(_CLASSIFIED) > 200_000:
                _CLASSIFIED.clear()
            cached = _CLASSIFIED[name] = _classify(name, load_lexicon())
        return cached
    return _classify(name, lex)


# "the Qwen team", "Alibaba's Qwen researchers": the people behind a name
_TEAM_WORDS = r"(?:team|teams|lab|labs|group|unit|division|org|researchers|engineers|developers|authors)\b"
TEAM_AFTER = re.compile(r"\s+" + _TEAM_WORDS)
# the noun after a name that says what it is: a chip ("the B200 GPU") or the people ("the Qwen team")
#: the nouns that call a name a chip ("the B200 GPU", "the accelerator", "Gaudi 3 chips")
CHIP_NOUN = r"(?:GPU|chip|superchip|accelerator|processor|CPU|NPU|TPU|LPU)s?\b"
_NOUN_AFTER = re.compile(r"\s+(?:(?P<chip>(?:(?:AI|inference|training|data[- ]center)\s+)?(?:" + CHIP_NOUN + r"|silicon\b|wafers?\b|cards?\b))"
                         r"|(?P<team>" + _TEAM_WORDS + "))")
_CHIP_SHAPE = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]?")
_MEMORY = re.compile(r"(?:HBM|LPDDR|GDDR|DDR)\d[A-Z]?")  # memory standards: "HBM3E", "LPDDR5X"
# "Llama-based", "o1-level", "GPT-4-class": a name turned adjective
ADJECTIVE_SUFFIX = re.compile(rf"-(?:{_ADJECTIVE_WORDS}|friendly)$", re.IGNORECASE)
CITATION = r"\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]"  # a citation mark: "[14]", "[3, 7]", "[2-4]"
_CITED_NAME = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2})\s*(?:" + CITATION + r"\s*)?\(\s*$")
_QUANT = re.compile(r"(?i:u?int\d{1,2}|fp\d{1,2}|bf16|nf4|q\d(?:_[a-z0-9]+)*|w\d+a\d+)")
_VERSIONED = re.compile(r"[\s-](?:v\d+(?:\.\d+)?|(?:19|20)\d{2})$")


def _classify(name: str, lex: Lexicon) -> tuple[EntityType | None, str | None, str | None]:
    key = normalize_key(name)
    if not key:
        return None, None, None
    if key in lex.org_alias:
        return "organization", None, lex.org_alias[key]
    if _CORPORATE.search(name):  # "Naver Corp", "Kakao Corporation": a company by its legal suffix
        return "organization", None, name
    if key in lex.benchmarks:
        return "benchmark", None, None
    if key in lex.hardware:
        return "hardware", None, None
    if _MEMORY.fullmatch(name):
        return None, None, None  # a memory standard, not a product
    words = name.split()
    if len(words) > 1 and (normalize_key(words[-1]) in lex.hardware or _CHIP_SHAPE.fullmatch(words[-1])):
        return "hardware", None, None  # a brand before a chip: "Instinct MI325X"
    if key in lex.software:
        return "software", None, None
    if _QUANT.fullmatch(name):
        return None, None, None  # "Int4", "Q4_K_M", "FP8": number formats, not models
    bench = _VERSIONED.sub("", name)
    if bench != name and normalize_key(bench) in lex.benchmarks:
        return "benchmark", None, None  # "LiveCodeBench v6", "AIME 2025"-like: a benchmark and its edition
    fam = _family(name, lex)
    if fam is not None:
        return "model", lex.family_org.get(normalize_key(fam)), None
    words = name.split() if " " in name else name.split("-")  # "Codestral Mamba", "Yi-Lightning"
    if (len(words) == 2 and normalize_key(words[0]) in lex.family_org
            and (normalize_key(words[0]) not in lex.org_alias or _CAMEL.fullmatch(words[1]))
            and re.fullmatch(r"[A-Z][A-Za-z]+", words[1]) and words[1] not in _NOT_NAME_WORDS
            and not _LOWER_SUFFIX.search(name.lower())):
        return "model", lex.family_org.get(normalize_key(words[0])), None  # "Codestral Mamba", "Mistral NeMo"
    if _ORG_SUFFIX.match(name):
        return "organization", None, name
    has_digit = any(ch.isdigit() for ch in name)
    if _CHIP_SHAPE.fullmatch(name):  # H100, MI300X-style chips
        return "hardware", None, None
    if has_digit and re.search(r"[A-Za-z]{2,}", name):
        return "model", None, None
    if name.endswith("++") or re.search(r"[a-z][A-Z]", name) and len(name) > 3:
        return "model", None, None  # CamelCase product names: FlashDecoding++, HumanEval-like tools
    parts = re.split(r"[-\s]", name)
    if (len(parts) > 1 and all(p[:1].isupper() for p in parts) and parts[-1] in lex.variants and parts[0] not in lex.stop_heads
            and not _ADVERB.fullmatch(parts[0]) and not _LOWER_SUFFIX.search(name.lower())
            and normalize_key(parts[0]) not in lex.org_alias):  # "NVIDIA Open (Model License)" is a company and a word
        return "model", None, None  # "Gannet-Vision", "Cobalt Reasoner": a name and a variant word
    return None, None, None


def _split_org_prefix(text: str, lex: Lexicon) -> tuple[str | None, str]:
    """'Meta Llama 3' -> ('Meta', 'Llama 3'); families that are also organizations stay whole."""
    parts = text.split(" ")
    for i in range(min(3, len(parts) - 1), 0, -1):
        head = " ".join(parts[:i])
        key = normalize_key(head)
        if key in lex.org_alias and key not in lex.family_org:
            rest = " ".join(parts[i:])
            if rest and (any(ch.isdigit() for ch in rest) or _family(rest, lex)):
                return lex.org_alias[key], rest
    return None, text


# a word with an inner capital ("NeMo"): a product word even after a family that is also a company ("Mistral NeMo")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_TITLE_WORDS = frozenset("""Founder Cofounder Co-founder Chief President Director Head Chairman Spokesperson Engineer
Researcher Scientist Staff Board Investors Partners Office Headquarters Paris London""".split())
_NOUN_SUFFIX = re.compile(r"(?:ence|ance|ment|tion|sion|ity|ness|ing|ship|ure|ics)$")  # "Apple Intelligence": a noun
_CAPITAL_NEXT = re.compile(r" [A-Z]")  # "ByteDance Volcano Engine": a longer name than the two words
_EVENT_WORDS = frozenset("""Summit Conference Connect Keynote Day Days Week Event Forum Expo Build Ignite Invent""".split())
_NOT_NAME_WORDS = frozenset("""Team Teams API APIs App Apps Chat Blog Research Labs Lab Inc AI Cloud Studio Console
Platform Store Code Documentation Docs Developer Developers Users User Model Models Family Series Release Is Was Has""".split())


# what follows a sentence's subject, not a counted noun: "Tülu 3, our recipe,", "Molmo 2 was released"
_NAME_THEN_VERB = re.compile(r"\s*(?:[,;:(—–]|(?:is|was|are|were|has|had|have|will|would|can|came|comes|arrived|launched|landed|"
                             r"shipped|went|beats|outperforms|scores|scored|debuted|dropped|introduced|released|ranks|tops)\b)")


_ADVERB = re.compile(r"[A-Z][a-z]+ly")  # "Truly Open", "Fully Open": a headline's adverb and adjective, not a name
_MID_CAPITAL = re.compile(rf"(?<=[a-z0-9,;] )[A-Z][a-z{_ACCENTED}]{{2,}}\b(?![-.]\w)")


class ProperNouns:
    """The plain capitalised words an article uses as names ("Molmo", "Arctic"): capitalised at least once where no
    sentence starts, and never written in lower case. Read on first use, once per article."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            capital = set(_MID_CAPITAL.findall(self._text))
            lower = {w.lower() for w in capital} & set(re.findall(rf"\b[a-z{_ACCENTED}]{{3,}}\b", self._text))
            self._words = frozenset(w for w in capital if w.lower() not in lower)
        return word in self._words


@lru_cache(maxsize=4)
def proper_nouns(text: str) -> ProperNouns:
    """The article's ``ProperNouns``, shared by the name recognizer and the event reader."""
    return ProperNouns(text)


_CURRENCY_CODES = frozenset("EUR USD GBP CNY RMB JPY CHF CAD AUD INR KRW HKD SGD".split())


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?:\n]|[-*•|]\s?)\s*$", before))


def find_mentions(text: str, lex: Lexicon | None = None) -> list[Mention]:
    """Entity mentions in ``text``, in order, non-overlapping."""
    lex = lex or load_lexicon()
    mentions: list[Mention] = []
    for m in lex.phrases.finditer(text):
        name = m.group(0)
        etype = lex.phrase_type[name]
        canonical = lex.org_alias.get(normalize_key(name)) if etype == "organization" else None
        end = m.end()
        edition = _BENCH_EDITION.match(text, end) if etype == "benchmark" else None
        if edition is not None:  # "SWE-bench Lite", "SWE-bench Multimodal": an edition of a known benchmark
            name, end = name + edition.group(0), edition.end()
        mentions.append(Mention(m.start(), end, name, etype, canonical=canonical))
    pos = 0
    while True:
        m = _NAME.search(text, pos)
        if m is None:
            break
        pos = m.end()
        head = m.group("head")
        if head in _CURRENCY_CODES:
            continue  # "EUR 385M", "USD 2B": a sum of money, not a name with a size
        if head in lex.stop_heads or _YEARLIKE.match(head) or _LICENSE_NAME.match(head) or (
                "-" in head and _LOWER_SUFFIX.search(head) and classify(_LOWER_SUFFIX.sub("", head), lex)[0] is None):
            # "API-only Yi-Lightning": an adjective, then the name (not "GPT-4o-level", a name made an adjective)
            pos = m.end("head")  # the words after a stop word may start a name ("Try Mixtral 8x7B")
            continue
        # keep only continuation tokens that belong to a name: digits, sizes, variants
        tokens = [head]
        named_variant = False
        cont_start = m.start("cont")
        for tm in _TOKEN.finditer(m.group("cont")):
            tok = tm.group(0)
            api = _API_HEAD.match(tok)
            if _YEARLIKE.match(tok) or (api and api.group(1) in lex.family_org):
                break  # a year, or a lower-case API id of its own ("Serve qwen2.5-72b-instruct")
            if tok[0].isdigit() and (_SCORE_AFTER.match(text, cont_start + tm.start()) or normalize_key(head) in lex.benchmarks):
                break  # a score after the name ("Tallis-3 8B 78.5%", "ArenaHard 95.6"), not a version
            if tok == "API" and (len(tokens) > 1 or normalize_key(head) not in lex.family_org):
                break  # a family's "Llama API" is a product; "Starling-Vision API prices" are a model's, "OpenAI API" a place
            if (any(ch.isdigit() for ch in tok) or tok in lex.variants or tok.capitalize() in lex.variants
                    or ("-" in tok and all(part.capitalize() in lex.variants for part in tok.split("-")))):
                tokens.append(tok)
            elif tok in lex.variant_pairs.get(tokens[-1], ()) or any(
                    m.group("cont").startswith(f" {second}", tm.end()) for second in lex.variant_pairs.get(tok, ())):
                tokens.append(tok)  # a two-word variant, whole: "Gemini 2.5 Deep Think" (alone, "Think" is a mode)
            elif _LETTER.fullmatch(tok) and len(tokens) == 1 and _family(head, lex) is not None:
                tokens.append(tok)  # "Command R+", "Command R"
            elif len(tokens) == 1 and normalize_key(f"{head} {tok}") in lex.family_org:
                tokens.append(tok)  # a two-word family: "Stable Diffusion 3"
            elif (len(tokens) == 1 and _PLAIN_WORD.fullmatch(head) and _PLAIN_WORD.fullmatch(tok) and tok not in lex.stop_heads
                  and head not in lex.stop_heads and tok not in _TITLE_WORDS and tok not in _NOT_NAME_WORDS
                  and _NEXT_VERSION.match(text, cont_start + tm.end()) and classify(head, lex)[0] is None
                  and classify(tok, lex)[0] is None and not _sentence_initial(text, m.start())):
                tokens.append(tok)  # an unseen two-word name with a version: "Wu Dao 2.0", "Ernie Bot 4.0"
            elif (len(tokens) == 1 and _ACRONYM.fullmatch(tok) and tok not in _NOT_NAME_WORDS
                  and normalize_key(head) in lex.family_org and normalize_key(tok) not in lex.org_alias
                  and normalize_key(tok) not in lex.benchmarks):
                tokens.append(tok)  # a family and an acronym: "Codex CLI" (not "Llama MMLU")
            elif (len(tokens) == 1 and _CAP_WORD.fullmatch(tok) and tok not in lex.stop_heads
                  and normalize_key(head) in lex.family_org
                  and (normalize_key(head) not in lex.org_alias or _CAMEL.fullmatch(tok)
                       or (tok not in _TITLE_WORDS and tok in proper_nouns(text)))
                  and normalize_key(tok) not in lex.org_alias and tok not in _NOT_NAME_WORDS):
                # a known family and a new word: "Codestral Mamba", "Mistral NeMo"; after a company's name too when
                # the article writes the word as a name ("Mistral Saba", not "Mistral Founder")
                tokens.append(tok)
                named_variant = True
            elif (len(tokens) == 1 and _PLAIN_WORD.fullmatch(tok) and normalize_key(head) in lex.org_alias
                  and tok not in lex.stop_heads and tok not in _TITLE_WORDS and tok not in _NOT_NAME_WORDS
                  and tok not in _EVENT_WORDS and not _NOUN_SUFFIX.search(tok)
                  and not _CAPITAL_NEXT.match(text, cont_start + tm.end())
                  and classify(tok, lex)[0] is None and tok in proper_nouns(text)):
                tokens.append(tok)  # a company and a word the article writes as a name: "Snowflake Arctic"
                named_variant = True
            else:
                break
        if len(tokens) <= len(m.group("cont").split()):
            pos = m.start() + len(" ".join(tokens))  # rescan what the name did not keep
        name = _strip(" ".join(tokens))
        if not name or name in lex.stop_heads:
            continue
        if (len(tokens) == 2 and _PLAIN_WORD.fullmatch(head) and tokens[1].isdigit()
                and _family(head, lex) is None and _sentence_initial(text, m.start())
                and not _NAME_THEN_VERB.match(text, m.start() + len(name))):
            continue  # "Only 37 billion", "Over 100 labs": a capitalised word before a number ("Tülu 3 came out" is a name)
        host = lex.host_app.match(text, m.start() + len(name)) if len(tokens) == 1 and normalize_key(head) in lex.family_org else None
        if host is not None:  # "Claude for Chrome", "Gemini in Chrome": an assistant built into another product
            name += host.group(0)
            pos = max(pos, m.start() + len(name))
        start = m.start()
        org_prefix, rest = _split_org_prefix(name, lex)
        if org_prefix is not None:
            mentions.append(Mention(start, start + len(name) - len(rest) - 1, org_prefix, "organization", canonical=org_prefix))
            start = start + len(name) - len(rest)
            name = rest
        etype, org, canonical = classify(name, lex)
        if etype is None and host is not None:
            etype, org, canonical = classify(head, lex)
            canonical = None
        if etype is None and named_variant and len(name.split()) == 2:
            # "Mistral Saba", "Snowflake Arctic"
            etype = "model"
            org = lex.family_org.get(normalize_key(head)) or lex.org_alias.get(normalize_key(head))
        end = start + len(name)
        if text[start - 1:start] == "(" and _LICENSE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "the Mistral Research License (MRL-0.1)": a license's id, not a product
        if etype is None:
            # "X AI", "Y Labs": organizations by their suffix, over two tokens
            tail = text[end:end + 12]
            sm = _AI_LABS.match(tail)
            if sm and head[0].isupper() and head not in lex.stop_heads:
                name = name + sm.group(0)
                end = start + len(name)
                mentions.append(Mention(start, end, name, "organization", canonical=name))
            continue
        if etype == "model" and _ARXIV_AFTER.match(text, end):
            etype = "paper"
        mentions.append(Mention(start, end, name, etype, organization=org, canonical=canonical))
    for m in _LOWER_MODELS.finditer(text):
        name = m.group("name")
        etype, org, _c = classify(name, lex)
        mentions.append(Mention(m.start(), m.end(), name, etype or "model", organization=org))
    mentions.extend(_lower_case_names(text, lex))
    if "-" in text:
        # a lower-case id counts when its family is known, or named as a model in the same text ("Osprey-12B" and
        # "osprey-12b-chat-0514")
        heads = {h.group(0).lower(): men.organization for men in mentions if men.type == "model"
                 for h in [_LETTERS.match(men.text)] if h}
        for start in _API_START.finditer(text):  # a cheap scan for "word-" and "word2.5-", then the full pattern
            if start.group(1) not in lex.family_org and start.group(1) not in heads:
                continue
            m = _API_ID.match(text, start.start())
            if m is None:
                continue
            name, head = m.group("name"), m.group("head")
            if (head not in lex.family_org and head not in heads) or ADJECTIVE_SUFFIX.search(name):
                continue  # not a family's id, or an adjective ("o1-level math", "gpt-4-class")
            if not any(ch.isdigit() for ch in name) and (head not in lex.family_org or not any(
                    part.capitalize() in lex.variants or part in _ID_WORDS for part in name.split("-")[1:])):
                continue  # "gpt-oss", "deepseek-chat" (a known family and an id word) are names; "command-line" is not
            etype, org, _c = classify(name, lex)
            mentions.append(Mention(m.start(), m.end(), name, "model" if etype in (None, "model") else etype,
                                    organization=org or lex.family_org.get(head) or heads.get(head)))
    mentions.extend(_code_names(text))
    mentions.extend(_named_by_apposition(text, mentions, lex))
    mentions.extend(_elided_sizes(text, mentions, lex))
    mentions.extend(_coordinated_names(text, mentions, lex))
    for m in _ARXIV.finditer(text):
        mentions.append(Mention(m.start(), m.end(), f"arXiv:{m.group(1)}", "paper"))
        cited = _CITED_NAME.search(text, max(0, m.start() - 60), m.start())
        if cited is not None and not any(x.start < cited.end("name") and cited.start("name") < x.end for x in mentions):
            name = cited.group("name")  # "Chinchilla [14] (arXiv:2203.15556)": a system named with its paper
            if name.split()[0] not in lex.stop_heads and classify(name, lex)[0] in (None, "model"):
                mentions.append(Mention(cited.start("name"), cited.end("name"), name, "model"))
    mentions.sort(key=lambda x: (x.start, -x.end))
    result: list[Mention] = []
    last_end = -1
    for mention in mentions:
        if mention.type == "model" and ("Licen" in text[mention.end:mention.end + 40] or mention.text.endswith("Terms")) and (
                _IN_LICENSE_NAME.match(text, mention.end)):
            continue  # "the Mistral Research License", "the Gemma Terms of Use": a license's name
        if (mention.type == "model" and _ABBREVIATION.fullmatch(mention.text) and text[mention.start - 1:mention.start] == "("
                and text[mention.end:mention.end + 1] == ")"):
            continue  # "a sparse Mixture-of-Experts (SMoE) model": an abbreviation of the words before it
        if (mention.type == "model" and result and result[-1].type == "model" and not any(ch.isdigit() for ch in mention.text)
                and _MAKER_OPEN.fullmatch(text, result[-1].end, mention.start) and _MAKER_CLOSE.match(text, mention.end)
                and normalize_key(mention.text) in lex.family_org):
            # "QwQ-32B (Qwen, released Mar 6)": a family's name in parentheses after a model is its maker
            mention = dataclasses.replace(mention, type="organization",
                                          canonical=lex.family_org.get(normalize_key(mention.text)) or mention.text)
        noun = _NOUN_AFTER.match(text, mention.end) if mention.type == "model" else None
        if noun is not None and noun.group("chip"):
            mention = dataclasses.replace(mention, type="hardware")
        elif noun is not None and noun.group("team") and not any(ch.isdigit() for ch in mention.text):
            # "the Qwen team", "the Gemma team": the people behind a family
            mention = dataclasses.replace(mention, type="organization", canonical=mention.organization or mention.text)
        if mention.start >= last_end:
            result.append(mention)
            last_end = mention.end
    return _possessive_orgs(text, result, lex)


_MAKER_OPEN = re.compile(r"[*_`]*\s*\(\s*")
_MAKER_CLOSE = re.compile(r"\s*[,;)]")
_LOWER_WORD = re.compile(r"(?<![\w./@-])[a-z]+(?= )")
_LOWER_PATTERNS: dict[tuple[int, tuple[str, ...]], re.Pattern[str]] = {}


def _lower_case_names(text: str, lex: Lexicon) -> list[Mention]:
    """Known families typed in lower case with a version ("deepseek r1", "mistral small 3", "claude 3.5 haiku"), as
    forum posts and chat logs write them; a digit is required, so "claude is better" names nothing."""
    words = set(_LOWER_WORD.findall(text))  # one scan for the words that could start such a name, then set lookups
    heads = tuple(h for h in lex.family_org if h in words)
    if not heads:
        return []
    key = (id(lex), heads)
    pattern = _LOWER_PATTERNS.get(key)
    if pattern is None:
        words = "|".join(sorted((re.escape(v.lower()) for v in lex.variants), key=len, reverse=True))
        token = rf"(?:v?\d+(?:\.\d+)*[a-z]?|[a-z]\d+(?:\.\d+)*|(?:{words}))"
        pattern = re.compile(rf"(?<![\w./@-])(?P<name>(?P<head>{'|'.join(heads)})(?: {token}){{1,3}})(?![\w-]|\.\d)")
        if len(_LOWER_PATTERNS) > 256:
            _LOWER_PATTERNS.clear()
        _LOWER_PATTERNS[key] = pattern
    return [Mention(m.start(), m.end(), m.group("name"), "model", organization=lex.family_org.get(m.group("head")))
            for m in pattern.finditer(text) if any(ch.isdigit() for ch in m.group("name")[len(m.group("head")):])]


# a one-letter code name ("R1", "V3", "K2"): a model only where the text uses it as one, and then everywhere in it
_CODE = re.compile(r"(?=[A-Z]\d)(?<![\w./@-])(?P<name>(?![QH][1-4]\b)[A-Z]\d(?:\.\d)?)(?![\w+-]|\.\d)")
_CODE_BEFORE = re.compile(r"(?:\w['’]s|\b(?:[Ii]ts|[Tt]heir|[Oo]ur))\s+(?:(?:new|latest|open|flagship|full|original)\s+)?$")
_CODE_AFTER = re.compile(
    r"(?:\s+(?:[a-z][a-z-]+\s+){0,2}(?:model|models|LLM|weights|checkpoints?|distills?|distillations?)\b"
    r"|['’]s\s+(?:weights|release|launch|architecture|paper|license|licence|context|API|price|pricing|successor)\b"
    r"|\s+(?:(?:only|just|finally|quietly|also|first)\s+)?(?:(?:was|were|is|has\s+been)\s+)?"
    r"(?:released|launched|landed|dropped|arrived|shipped|debuted|open-sourced|came\s+out|went\s+live)\b)")
_NOT_CODE_AFTER = re.compile(r"\s*(?:GPUs?|chips?|instances?|cards?|processors?|accelerators?|results?|earnings|score)\b")


_SIZE_END = re.compile(r"[\s-](?:\d+x)?\d+(?:\.\d+)?[BM]$")
_FAMILY_VERSION = re.compile(r"(?P<family>[A-Z][A-Za-z]+)\s\d+(?:\.\d+)?\s[A-Z][a-z]+")  # "Gemini 2.5 Pro"
# "... and 2.5 Flash": a version and a variant word alone, after a family's versioned name
_ELIDED_VERSION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(?P<rest>\d+(?:\.\d+)?\s(?:Pro|Flash|Ultra|Nano|Mini|"
                             r"Sonnet|Opus|Haiku|Turbo|Lite|Max|Plus|Small|Medium|Large)(?:-Lite|-8B)?)(?![\w-])")
_LIST_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)"  # ", ", ", and ", " or ", " & ", " / "
_ELIDED_WORD = re.compile(_LIST_SEP + r"(?P<v>[A-Z][a-z]+)(?![\w-]|\s+\d)")
_ELIDED_SIZE = re.compile(_LIST_SEP + r"(?P<size>(?:\d+x)?\d+(?:\.\d+)?[BM])(?![\w+-]|\.\d)")


def _elided_sizes(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Sizes that repeat a sized name without its base: "Ministral 3B and 8B", "Llama 3.1 8B, 70B and 405B";
    versions that repeat a versioned name without its family: "Gemini 2.5 Pro and 2.5 Flash"; and variants that
    repeat a name without its base: "Claude 3 Opus, Sonnet and Haiku", "Nova Micro, Lite, and Pro"."""
    out: list[Mention] = []
    for men in mentions:
        last = men.text.rsplit(" ", 1)
        if men.type == "model" and len(last) == 2 and last[1] in lex.variants:
            pos = men.end
            while (m := _ELIDED_WORD.match(text, pos)) is not None and m.group("v") in lex.variants:
                out.append(Mention(m.start("v"), m.end("v"), f"{last[0]} {m.group('v')}", "model", organization=men.organization))
                pos = m.end()
        versioned = _FAMILY_VERSION.fullmatch(men.text) if men.type == "model" else None
        pos = men.end
        while versioned is not None and (m := _ELIDED_VERSION.match(text, pos)) is not None:
            name = f"{versioned.group('family')} {m.group('rest')}"
            out.append(Mention(m.start("rest"), m.end("rest"), name, "model", organization=men.organization))
            pos = m.end()
        if men.type != "model" or not _SIZE_END.search(men.text):
            continue
        base = _SIZE_END.sub("", men.text)
        sep = men.text[len(base)]
        pos = men.end
        while (m := _ELIDED_SIZE.match(text, pos)) is not None:
            out.append(Mention(m.start("size"), m.end("size"), f"{base}{sep}{m.group('size')}", "model", organization=men.organization))
            pos = m.end()
    return out


# "Mistral Saba, a 24B model tuned for Arabic": a capitalised name an apposition calls a model. The cheap part
# (", a ... model") is found first; the name is then read backwards from the comma.
_APPOSITION_START = re.compile(r",\s+(?:an?\s+|which\s+)")
_APPOSITION_MODEL = re.compile(
    r"(?:[\w.,-]+\s+){0,4}?(?:[Mm]odel|LLM|[Ll]anguage\s+[Mm]odel|reasoning\s+model|model\s+family|mixture[- ]of[- ]experts)\b")
# "Snowflake Arctic, which the company released on April 23": a company's product word a release clause names
_WHICH_RELEASED = re.compile(
    r"(?:the\s+(?:company|lab|startup|firm)|it|they|[A-Z][\w-]*)\s+(?:released|launched|open-sourced|unveiled|introduced|"
    r"shipped|debuted)\b")
_ORG_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w-]*)['’]s\s$")
_NAME_BEFORE = re.compile(r"(?<![\w.-])(?P<name>[A-Z][\w+-]*(?:\.[\w+-]+)*(?:\s[A-Z][\w+-]*(?:\.[\w+-]+)*){0,2})$")


# a plain word listed right after a model ("Codestral Mamba and Mathstral") or right before one ("Mathstral and Codestral
# Mamba"), not followed by more capitalised words (a company or a person's full name)
_LISTED_AFTER = re.compile(rf"(?:,\s+|\s+(?:and|or|&)\s+|,\s+and\s+)(?P<w>[A-Z][a-z{_ACCENTED}]{{2,}})(?=[,.;:)]|\s+(?![A-Z0-9(])|$)")
_LISTED_BEFORE = re.compile(rf"(?<![\w.-])(?P<w>[A-Z][a-z{_ACCENTED}]{{2,}})(?:,\s+|\s+(?:and|or|&)\s+)$")


def _coordinated_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """An unseen one-word name in a list beside a model ("two 7B specialists, Codestral Mamba and Mathstral"), when
    the article writes that word as a name wherever it stands (``ProperNouns``)."""
    models = [m for m in mentions if m.type == "model"]
    if not models:
        return []
    proper = proper_nouns(text)
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []
    for model in models:
        found = [_LISTED_AFTER.match(text, model.end), _LISTED_BEFORE.search(text, max(0, model.start - 40), model.start)]
        for m in found:
            if m is None:
                continue
            word, start, end = m.group("w"), m.start("w"), m.end("w")
            if (word in lex.stop_heads or word in _NOT_NAME_WORDS or any(a < end and start < b for a, b in taken)
                    or _sentence_initial(text, start) or classify(word, lex)[0] is not None or word not in proper):
                continue
            taken.append((start, end))
            out.append(Mention(start, end, word, "model"))
    for word in {m.text for m in out}:  # and the same word wherever else it stands ("Mathstral is the quieter sibling")
        for m in re.finditer(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                out.append(Mention(m.start(), m.end(), word, "model"))
    return out


def _named_by_apposition(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    if ", a" not in text and ", which" not in text:
        return []
    out = []
    for comma in _APPOSITION_START.finditer(text):
        which = comma.group(0).rstrip().endswith("which")
        if not (_WHICH_RELEASED if which else _APPOSITION_MODEL).match(text, comma.end()):
            continue
        lo = max(0, comma.start() - 60)
        m = _NAME_BEFORE.search(text, lo, comma.start())
        if m is None:
            continue
        start, end = m.start("name"), m.end("name")
        name = m.group("name")
        words = name.split()
        verb = max((i for i, w in enumerate(words[:-1]) if w in lex.stop_heads), default=None)
        if verb is not None:  # "Snowflake Launches Arctic, a ... Model": the name after the headline's verb
            words = words[verb + 1:]
            name = " ".join(words)
            start = end - len(name)
        if any(x.start < end and start < x.end and not (x.type == "organization" and x.end < end) for x in mentions):
            continue  # already a name ("Phi-4, a 14B model"), unless only its first word was read as a company
        if words[0] in lex.stop_heads or any(w in _NOT_NAME_WORDS for w in words) or _sentence_initial(text, start) and len(words) == 1:
            continue  # "However, a ...", "Today, a model ...": a sentence's first word alone is not a name
        etype, _org, _canon = classify(name, lex)
        if etype not in (None, "model"):
            continue
        org = lex.org_alias.get(normalize_key(words[0])) if len(words) > 1 else None
        if org is None:  # "Snowflake's Arctic, a ...": the company before the name
            owner = _ORG_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
            org = lex.org_alias.get(normalize_key(owner.group(1))) if owner else None
        if which and (org is None or etype is not None):
            continue  # a release clause names a product only after its company ("Snowflake Arctic, which ...")
        out.append(Mention(start, end, name, "model", organization=org))
    return out


def _code_names(text: str) -> list[Mention]:
    """One-letter code names the text uses as models: "its R1 reasoning model", "V3 only landed", "R1's weights"."""
    if not _CODE.search(text):
        return []
    found = list(_CODE.finditer(text))
    models = {m.group("name") for m in found
              if not _NOT_CODE_AFTER.match(text, m.end())
              and (_CODE_AFTER.match(text, m.end()) or _CODE_BEFORE.search(text[max(0, m.start() - 30):m.start()]))}
    return [Mention(m.start(), m.end(), m.group("name"), "model") for m in found if m.group("name") in models]


_POSS_ORG = re.compile(r"(?P<org>[A-Z][A-Za-z0-9&.-]*(?:\s[A-Z][A-Za-z0-9&.-]*)?)['’]s\s+(?:new\s+|latest\s+|flagship\s+|open\s+)?$")


def _possessive_orgs(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Adept's Fuyu-Heavy-2': an unknown possessor of a model is its organization."""
    out: list[Mention] = []
    for men in mentions:
        if men.type in ("model", "software", "hardware") and men.organization is None:
            window = text[max(0, men.start - 40):men.start]
            pm = _POSS_ORG.search(window)
            if pm:
                org_text = pm.group("org")
                key = normalize_key(org_text)
                org = lex.org_alias.get(key, org_text)
                if key not in lex.family_org and normalize_key(org_text) != normalize_key(men.text):
                    men = Mention(men.start, men.end, men.text, men.type, organization=org, canonical=men.canonical)
                    o_start = max(0, men.start - 40) + pm.start("org")
                    if not out or out[-1].end <= o_start:
                        if not (out and out[-1].start == o_start):
                            out.append(Mention(o_start, o_start + len(org_text), org_text, "organization", canonical=org))
        out.append(men)
    out.sort(key=lambda x: (x.start, -x.end))
    dedup: list[Mention] = []
    for men in out:
        if dedup and men.start < dedup[-1].end:
            if men.type == "organization" and dedup[-1].type == "organization":
                continue
            if men.end - men.start <= dedup[-1].end - dedup[-1].start:
                continue
            dedup.pop()
        dedup.append(men)
    return dedup

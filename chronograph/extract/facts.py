"""Facts from prose: parameter counts, context windows, licenses, training data and cost, scores.

Each pattern finds a value; the subject is bound by :meth:`SentenceView.subject_for` (the
nearest product named before the value, not a point of comparison; else the paragraph topic).
Values are normalised to plain numbers (671B -> 6.71e11, 128K tokens -> 128000).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from ..text import SpanSet, normalize_key
from .context import COMPARED_SCORE, SentenceView, last_two_named
from .entities import Mention, classify, load_lexicon

_NUM = r"(?<!\d)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_WORDS = {
    "trillion": 1e12, "t": 1e12, "billion": 1e9, "b": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "mn": 1e6,
    "thousand": 1e3, "k": 1e3,
    "万亿": 1e12, "亿": 1e8, "万": 1e4,  # left in translated Chinese text: "6710亿" is 671 billion, "14.8万亿" 14.8 trillion
}
_SCALE = r"(?P<scale>trillion|billion|million|thousand|bn|mn|万亿|亿|万|[TBMK](?![A-Za-z]))"
_APPROX = r"(?=[~≈$A-Za-z0-9])(?P<q>~|≈|about|approximately|approx\.?|roughly|around|nearly|almost|an\s+estimated|estimated|some|over|more\s+than|above|at\s+least|under|less\s+than|below|up\s+to|just\s+under|just\s+over)?\s*"
_APPROX_WORDS = {"~", "≈", "about", "approximately", "approx", "approx.", "roughly", "around", "nearly", "almost", "an estimated", "estimated", "some"}
_LOWER_WORDS = {"over", "more than", "above", "at least", "just over"}
_UPPER_WORDS = {"under", "less than", "below", "up to", "just under"}


@dataclass(frozen=True)
class FactHit:
    """A fact found in a sentence, before it becomes a Claim."""

    subject: Mention
    attribute: str
    value: float | str
    start: int  # article offsets of the value
    end: int
    unit: str | None = None
    approximate: bool = False
    bound: str | None = None


def number(text: str, scale: str | None = None) -> float:
    value = _WORD_VALUES[text.lower()] if text.lower() in _WORD_VALUES else float(text.replace(",", ""))
    if scale:
        value *= _SCALE_WORDS.get(scale.lower(), 1.0)
    return value


def _qualifier(q: str | None, tail: str = "") -> tuple[bool, str | None]:
    q = re.sub(r"\s+", " ", (q or "").strip().lower())
    approximate = q in _APPROX_WORDS or "est" in tail.lower()
    bound = "lower" if (q in _LOWER_WORDS or tail.startswith("+")) else "upper" if q in _UPPER_WORDS else None
    return approximate, bound


_PARAMS = re.compile(
    _APPROX + _NUM + r"[\s-]*" + _SCALE + r"(?P<plus>\+)?[\s-]+(?:(?P<k1>total|active|activated)\s+)?(?:-?\s*)param(?:eter)?s?\b"
    r"(?P<k2>\s+(?:in\s+)?total|\s+(?:are\s+|is\s+)?(?:active|activated)|\s+per\s+(?:token|forward\s+pass))?",
    re.IGNORECASE,
)
_FOR_PRODUCT = re.compile(r"\s+for\s+(?:the\s+)?")
_NAMED_AFTER = re.compile(r"\s+(?:(?:open|open-weight|dense|new|base|instruct)\s+)?")
# "uses only 12.9 billion per token", "of which 12.9 billion are used for any given token"
_USED_PER_TOKEN = re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"\s+(?:parameters\s+)?(?:are\s+|is\s+)?(?:used\s+)?"
                             r"(?:per|for\s+(?:each|every|any(?:\s+given)?|a\s+given))\s+token\b", re.IGNORECASE)
_ACTIVE_ONLY = re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"\s+(?:of\s+(?:them|which|those|these)\s+)?(?:are\s+)?(?:active|activated)\b(?!\s+param)", re.IGNORECASE)
# "46.7B total and 12.9B active parameters", "Scout (109B total)", "roughly 2 trillion total": a size called total
# "39B active parameters out of 141B", "... of a total of 236B"
_OUT_OF_TOTAL = re.compile(r"(?i:\b(?:out\s+of|of\s+a\s+total\s+of|from\s+a\s+total\s+of|of\s+its)\s+)" + _APPROX + _NUM + r"\s*" + _SCALE + r"(?!\s*(?:tokens|(?!param)[a-z]))")
# "activates just 3 billion of its 30 billion", "activates only 22 billion at a time"
_ACTIVATES = re.compile(r"(?i:\bactivat(?:es|ing|ed)\s+(?:only\s+|just\s+)?)" + _APPROX + _NUM + r"\s*" + _SCALE + r"(?=\s+(?:parameters\s+)?(?:of|out\s+of)\s+(?:its|the|a\s+total)|\s+(?:parameters\s+)?(?:at\s+a\s+time|at\s+once|"
                         r"per\s+token|for\s+(?:each|every|any)\s+(?:given\s+)?token)\b)")
# "the same 671B MoE as V3", "(671B MoE, 37B active)", "a 70B dense model"
_SIZE_MOE = re.compile(r"(?<![×x*])(?<!of a )(?<!than a )(?<!like a )(?<!as a )(?<!to a )(?<!of an )" + _APPROX + _NUM + r"\s*(?P<scale>[BT])\s+(?:MoE|mixture-of-experts|dense)"
                       r"(?:\s+model)?(?=\s*[,.;)]|\s+(?:as|with|like|and|from|that|which)\b)", re.IGNORECASE)
# "Its total parameter is 57 billion", "total parameter count: 1T"
_TOTAL_IS = re.compile(r"(?i:\btotal\s+param(?:eter)?s?(?:\s+count)?\s+(?:is|was|are|were|of|:|stands\s+at|reaches)\s+)" + _APPROX + _NUM + r"\s*" + _SCALE + r"\b")
_TOTAL_ONLY = re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"\s+(?:parameters\s+)?(?:in\s+)?total\b(?!\s+(?:of\s+)?(?:tokens|cost|compute|funding|revenue|spend))", re.IGNORECASE)
_PER_TOKEN_AFTER = re.compile(r"(?i:^\s*(?:are|is)?\s*(?:used|active|activated|engaged|involved|fired)\s+(?:for|per|on)\s+(?:each|every|any|a)?\s*(?:given\s+)?(?:token|forward\s+pass))")
_SIZED_MODEL = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)|['’]s)\s+(?:[a-z][a-z-]*\s+){0,2}?" + _NUM + r"\s*(?P<scale>[BT])[\s-]+(?:[A-Za-z][\w-]*\s+){0,3}?(?:model|LLM|network|checker|classifier|"
    r"checkpoint|variant|version|chatbot|assistant|reasoner|encoder|generator)\b"
)
# what may stand before "a 70B model" for it to describe the paragraph's topic: nothing, an owner, a release verb
# ("The 70B model" names a sibling, not the topic: only an indefinite article, an owner or a release verb)
_TOPIC_SIZED = re.compile(r"(?:^[\s*_#>-]*(?:(?:A|An)\s+|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s\s+)|"
                          r"\b(?:released|shipped|launched|open-sourced|introduced|unveiled|debuted|published)\s+(?:a|an)\s+)"
                          r"(?:[a-z][a-z-]*\s+){0,2}$")
# what follows a sized phrase that describes the topic ("A 671B model with 37B active", "a 340B model family trained
# on ..."), unlike a generic one ("A 7B model serving a 128K-token prompt can need ...")
_DESCRIBES = re.compile(r"\s*(?:family\s+)?(?:,|\.|$|with\b|that\b|which\b|trained\b|built\b|designed\b|released\b|focused\b|tuned\b|for\b|under\b)")
_ITS_SIZE = re.compile(r"\b[Ii]t(?:['’]s|\s+is|\s+was)\s+(?:an?\s+)?" + _NUM + r"\s*(?P<scale>[BT])\b(?![\w-]|\s*(?:tokens|active|per|of)\b)")
_WHICH_SIZE = re.compile(r",?\s+which\s+(?:is|was)\s+(?:an?\s+)?" + _NUM + r"\s*(?P<scale>[BT])\b(?![\w-]|\s*(?:tokens|active|per|of)\b)")
_SIZE_BEFORE_NAME = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:new|latest|updated|smaller|larger|open|dense|old|older|original|first)\s+)?" + _NUM + r"\s*(?P<scale>[BT])\s+(?=[A-Z])")
# a size opening a spec list after a name: "(24B, 128K context", ": 24B, Apache 2.0" (not a list of sizes "1B / 4B")
_SPEC_SIZE = re.compile(r"(?:\(|:)\s*" + _NUM + r"\s*(?P<scale>[BT])(?=\s*[,;)])(?!\s*,\s*\d+(?:\.\d+)?\s*[BT]\b)")
_SPEC_OPEN = re.compile(r"[*_`]*(?:\s+(?:is|are)\s+(?:now\s+)?(?:out|here|live|available))?\s*(?:\(|:)\s*")
_SZ = r"(?<!\d)\d+(?:\.\d+)?\s*(?:[BT]\b|billion\b|trillion\b)"
_SZ_ANY = re.compile(_SZ)
_SIZE_LIST = re.compile(_SZ + r"(?:\s*,\s*" + _SZ + r")*\s*,?\s*(?:and|or|to)\s+" + _SZ)
_ACTIVE_BEFORE = re.compile(r"(?i:(?:activat\w+|activates|uses|using)\s+(?:only\s+|just\s+)?)$")
_HYPOTHETICAL_BEFORE = re.compile(r"(?i:\b(?:need|needs|needed|require|requires|required|than)\s+(?:just\s+|only\s+|all\s+)?)$")
_OF_ITS = re.compile(r"(?i:\b(?:of\s+its|out\s+of|of\s+a\s+total\s+of)\s+)$")
_ALL_BEFORE = re.compile(r"(?i:\ball\s+)$")

_WORDNUM = r"(?<![\d-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|ten)"
_CONTEXT = [
    re.compile(_APPROX + _WORDNUM + r"[\s-]*(?P<scale>K|k|M|thousand|million)?[\s-]*(?:token)s?[\s-]+(?:of\s+)?context\b"),
    re.compile(r"(?i:context\s+(?:window|length)\s*(?:of\s+|to\s+|at\s+|is\s+|was\s+|(?:stayed|stays|remains|remained|grew|grows|doubled|expanded|rose)\s+(?:at\s+|to\s+)?|:[*_]*\s*)?(?:(?:only|just|now|still|a\s+modest|a\s+mere|a\s+generous)\s+)?(?:up\s+to\s+)?)" + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?(?:\s*tokens)?"),
    # "tops out at 32K tokens", "can process up to 128,000 tokens"
    re.compile(r"(?i:\b(?:tops?\s+out|topped\s+out|maxes\s+out|maxed\s+out)\s+at\s+|\b(?:process|processes|handle|handles|accept|accepts|take|takes)\s+(?:in\s+)?up\s+to\s+)"
               + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?\s*tokens\b(?!\s*(?:per|/|a\s+(?:second|minute)|each|every)\b)"),
    re.compile(_WORDNUM + r"[\s-]*(?P<scale>K|k|M|million)[\s-]+(?:token[\s-]+)?(?:context(?:\s+(?:window|length))?|window|ctx)\b"),
    # "can take in up to 1 million tokens of input"
    re.compile(r"(?i:\b(?:take\s+in|takes\s+in|accepts?|handles?|process(?:es)?|read|reads)\s+)" + _APPROX + _WORDNUM
               + r"[\s-]*(?P<scale>K|k|M|thousand|million)?[\s-]*tokens?\s+of\s+(?:input|context|text)\b"),
    # "can support up to 128K tokens", "Qwen2-0.5B and Qwen2-1.5B support 32K tokens"
    re.compile(r"(?i:\b(?:support|supports|supported)\s+(?:up\s+to\s+)?)" + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?\s*tokens\b(?!\s*(?:per|/|a\s+(?:second|minute)|each|every|of\s+(?:output|generation))\b)"),
    re.compile(r"(?i:\bwindow\s+(?:of|to)\s+)" + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?\s*tokens\b"),
    # "can take in as many as one million tokens at once", "could read about 100K tokens", "handles about 1 million tokens"
    re.compile(r"(?i:\b(?:can|could|will|to)\s+(?:take\s+in|read|handle|process|work\s+with\s+inputs\s+of)\s+|\bhandles\s+)"
               r"(?i:(?:up\s+to|as\s+many\s+as|about|around|roughly|nearly|some)\s+)?" + _WORDNUM.replace("(?P<num>", r"(?P<num>a(?=\s+million)|")
               + r"[\s-]*(?P<scale>K|k|M|thousand|million)?\s*tokens\b(?!\s*(?:per|/|a\s+(?:second|minute)|each|every|of\s+(?:output|generation))\b)"),
    # "extended the context length from 4K to 16K tokens": the new window
    re.compile(r"(?i:\bcontext\s+(?:window|length)\s+from\s+\d[\d,.]*\s*(?:K|k|M)?(?:\s*tokens)?\s+to\s+)" + _NUM
               + r"\s*(?P<scale>K|k|M|thousand|million)?(?:\s*tokens)?"),
    # "handles a context of 32,000 tokens", "supports contexts of up to 128K tokens"
    re.compile(r"(?i:\bcontexts?(?:\s+(?:size|window\s+size))?\s+of\s+(?:up\s+to\s+)?)" + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?\s*tokens\b"),
    # "double the window of Gemini 1.5 Pro to 2 million tokens"
    re.compile(r"(?i:\bwindow\s+of\s+)(?:the\s+)?[A-Z](?:(?!tokens?\b)[^,.;]|\.\d){0,40}?\s+to\s+" + _NUM + r"\s*(?P<scale>K|k|M|thousand|million)?\s*tokens\b"),
]
_DIGIT = re.compile(r"\d")
_WORD_NUMBER = re.compile(r"(?i:(?<![\w-])(?:one|two|three|four|five|ten)[\s-](?:million|thousand))")
MAX_VALUE = 1e16  # above any parameter count, token count or cost in dollars
_WORD_VALUES = {"a": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
                "nine": 9.0, "ten": 10.0}

_LICENSES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bApache(?:[\s-]+License)?(?:[\s,-]+(?:v(?:ersion)?\s*)?2(?:\.0)?)\b", re.IGNORECASE), "Apache-2.0"),
    (re.compile(r"\bMIT\b"), "MIT"),
    (re.compile(r"\b(?:GNU\s+)?A?GPL[\s-]?v?3(?:\.0)?\b"), "GPL-3.0"),
    (re.compile(r"\bBSD[\s-]3[\s-]Clause\b", re.IGNORECASE), "BSD-3-Clause"),
    (re.compile(r"\bCC[\s-]BY[\s-]NC[\s-]SA[\s-]4\.0\b", re.IGNORECASE), "CC-BY-NC-SA-4.0"),
    (re.compile(r"\bCC[\s-]BY[\s-]NC[\s-]4\.0\b", re.IGNORECASE), "CC-BY-NC-4.0"),
    (re.compile(r"\bCC[\s-]BY[\s-]4\.0\b", re.IGNORECASE), "CC-BY-4.0"),
    (re.compile(r"\bOpenRAIL(?:-M)?\b"), "OpenRAIL"),
]
_SPDX_IDS = frozenset(spdx for _, spdx in _LICENSES)
# A license known by its own name: "Llama 3.1 Community License", "Gemma Terms of Use", "Databricks Open Model
# License", "Mistral AI Non-Production License": the name as written, hyphenated, is its id
_NAME_WORD = r"(?:[A-Z][\w.]*(?:-[A-Z][\w]*)*|\d+(?:\.\d+)*)"
_NAMED_LICENSE = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}\s+(?:License|Licence|Terms\s+of\s+Use))\b")
_LICENSE_LEAD = re.compile(r"(?:(?:The|A|An|This|That|Its|Their|Our|Your|Under|New|Custom|Permissive|Same|Original)\s+)*")


def license_ids(text: str) -> list[tuple[int, int, str]]:
    """License mentions in ``text``: (start, end, id), SPDX ids first, then licenses named as written.

    >>> [x[2] for x in license_ids("under the Llama 3.1 Community License, not Apache 2.0")]
    ['Llama-3.1-Community-License', 'Apache-2.0']
    """
    found: list[tuple[int, int, str]] = []
    for pattern, spdx in _LICENSES:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), spdx))
    if "Licen" in text or "Terms" in text:
        for m in _NAMED_LICENSE.finditer(text):
            lead = _LICENSE_LEAD.match(m.group("name"))
            words = m.group("name")[lead.end():].split()  # type: ignore[union-attr]
            if len(words) < 2 or words[0] in ("License", "Licence", "Terms"):
                continue  # "the License", "Open License": no name
            start = m.start() + lead.end()  # type: ignore[union-attr]
            if not any(s < m.end() and start < e for s, e, _ in found):
                printed = _PRINTED_ID.match(text, m.end())  # "the Mistral Research License (MRL-0.1)": the id it prints
                found.append((start, printed.end(), printed.group("id")) if printed else (start, m.end(), "-".join(words)))
    # "a modified MIT license" is not MIT: a license of its own, named as written
    out = []
    for start, end, lid in sorted(found):
        mod = _MODIFIED_BEFORE.search(text, max(0, start - 12), start)
        out.append((mod.start(), end, f"Modified-{lid.replace('-License', '')}-License") if mod else (start, end, lid))
    return out


_PRINTED_ID = re.compile(r"\s*\((?P<id>[A-Z][A-Za-z]{1,12}(?:-[A-Za-z]{1,12})*-\d+(?:\.\d+)*)\)")
_MODIFIED_BEFORE = re.compile(r"(?i:\bmodified\s+)$")
# ids that name a license wherever they stand ("7.3 billion parameters, Apache 2.0"); "MIT" may be the institute
# a license as an item of a spec list: "7B params, MIT", "(`microsoft/phi-4`, MIT)", "(released 2025-07-28, both MIT)"
_SPEC_BEFORE = re.compile(r"(?:\d(?:\.\d+)?\s*[BMK]\b(?:\s+(?:params|parameters|dense|MoE))?|`[^`]{1,60}`|\d{4}-\d{2}-\d{2}|\bboth|\ball)"
                          r"\s*[,;]?\s*$")
_SPEC_AFTER = re.compile(r"\s*(?:[,;)]|\.(?:\s|$)|$)")
_SELF_EVIDENT = frozenset({"Apache-2.0", "GPL-3.0", "BSD-3-Clause", "CC-BY-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"})
_COUNT = r"(?P<k>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
# how many experts a mixture-of-experts model uses per token: "routes each token to 2 of its 16 experts",
# "32 experts, two of which are consulted", "8 experts are activated for each token"
_TOTAL = r"(?:\d{1,4}|eight|sixteen|thirty-two|sixty-four)"  # how many experts there are
_EXPERTS = [
    re.compile(r"(?i:\b(?:rout\w*|sends?|selects?|activat\w*|uses?|picks?|consults?)\s+(?:each\s+token\s+)?(?:to\s+|through\s+)?)"
               + _COUNT + r"(?i:\s+of\s+(?:(?:the\s+|its\s+|their\s+|the\s+model['’]s\s+)?" + _TOTAL
               + r"\s+(?:routed\s+|specialized\s+)?experts|them\s+(?:for|per|on)\s+(?:each|every)\s+token))"),
    # "32 experts, two of which are consulted", "64 experts, of which 8 are active", "16 experts of which four are active"
    re.compile(r"(?i:\b\d{1,4}\s+(?:routed\s+)?experts,?\s+(?:of\s+which\s+)?)" + _COUNT
               + r"(?i:(?:\s+of\s+(?:which|them))?\s+(?:are\s+|is\s+)?(?:active|activated|consulted|used|selected|chosen))"),
    # "8 experts are activated for each token", "2 experts per token", "2 of 8 experts active per token"
    re.compile(r"(?i:\b)(?<!of\s)(?<!its\s)(?<!the\s)(?<!their\s)" + _COUNT + r"(?i:(?:\s+of\s+(?:its\s+|the\s+|their\s+)?" + _TOTAL
               + r")?\s+(?:routed\s+|active\s+)?experts\s+(?:(?:are\s+|is\s+)?"
               r"(?:activated|active|selected|used|consulted)\s+)?(?:for|per|on)\s+(?:(?:each|every|a)\s+)?token)"),
    # "Only two of the model's eight experts are active for any given token", "only six of its 160 routed experts fire"
    # "MoE, 2 of 8 experts active", "8 of 256 routed experts active"
    re.compile(r"(?i:\b)" + _COUNT + r"(?i:\s+of\s+(?:the\s+|its\s+|their\s+|the\s+model['’]s\s+)?" + _TOTAL
               + r"\s+(?:routed\s+|specialized\s+)?experts\s+(?:are\s+|is\s+)?(?:active|activated|fire|used|selected|consulted)\b)"),
    # "a router sends each token to two experts", "routes every token to 2 of its 8 experts"
    re.compile(r"(?i:\b(?:sends?|routes?|dispatch(?:es)?)\s+(?:each|every)\s+token\s+to\s+)" + _COUNT
               + r"(?i:\s+(?:of\s+(?:its|the)\s+" + _TOTAL + r"\s+)?(?:routed\s+)?experts)\b"),
    # "for any given token only 4 experts are active", "per token, two experts are consulted"
    re.compile(r"(?i:\b(?:for|per|on)\s+(?:(?:any(?:\s+given)?|each|every|a)\s+)?token,?\s+(?:only\s+)?)" + _COUNT
               + r"(?i:\s+(?:routed\s+)?experts\s+(?:are|is)\s+(?:active|activated|consulted|used|selected)\b)"),
    # "top-2 gating over 128 experts", "top-2 routing across its 16 experts"
    re.compile(r"(?i:\btop-)" + _COUNT + r"(?i:\s+(?:gating|routing)\s+(?:over|across|among)\s+(?:its\s+|the\s+)?\d{1,4}\s+experts)"),
]
_SHARED = frozenset({"license", "context_window"})  # what a list of models states for each of them
_LICENSE_CONTEXT = re.compile(r"(?i:licen[cs]e|licen[cs]ed)")
# "weights ship under Apache 2.0": "under" right before a license name
_UNDER = re.compile(r"(?i:\bunder\s+(?:the\s+|an?\s+)?(?:permissive\s+|open\s+)?)$")

_TRAIN_TOKENS = [
    # "trained on 15T tokens", "We pre-train DeepSeek-V3 on 14.8 trillion diverse and high-quality tokens"
    re.compile(r"(?i:(?:pre-?)?train(?:ed)?\s+(?:it\s+|them\s+|(?-i:[A-Z][\w.+-]*)\s+)?(?:on|with)\s+)" + _APPROX + _NUM + r"\s*" + _SCALE
               + r"(?P<plus>\+)?\s+(?:[\w-]+\s+){0,3}?tokens\b", re.IGNORECASE),
    re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"(?P<plus>\+)?\s+(?:training|pre-?training)\s+tokens\b", re.IGNORECASE),
    re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"(?P<plus>\+)?[\s-]+tokens?\s+(?:of\s+)?(?:training\s+|pre-?training\s+|text\s+)?(?:data|dataset|corpus)\b", re.IGNORECASE),
    # "Pretraining data is about 36 trillion tokens", "the training corpus was 15T tokens"
    # "Pre-training used about 36 trillion tokens", "the pre-training mix for Llama 4 was more than 30 trillion tokens",
    # "the data mixture for training consisted of more than 30 trillion tokens"
    re.compile(r"(?i:\b(?:(?:pre-?training|training)(?:\s+(?:data|dataset|corpus|set|mix|mixture))?|(?:data\s+)?mix(?:ture)?\s+for\s+"
               r"(?:pre-?)?training)(?:\s+(?:for\s+)?(?-i:[A-Z][\w.+-]*)(?:\s(?-i:[A-Z0-9][\w.+-]*)){0,2})?\s*"
               r"(?:is|was|totals?|totalled|totaled|spans?|spanned|of|:|used|uses|consisted\s+of|consists\s+of|comprised|comprises)\s+)"
               + _APPROX + _NUM + r"\s*" + _SCALE + r"(?P<plus>\+)?\s+tokens\b"),
    # "15T tokens of pre-training"
    re.compile(_APPROX + _NUM + r"\s*" + _SCALE + r"(?P<plus>\+)?\s+tokens\s+of\s+(?:pre-?)?training\b", re.IGNORECASE),
    # "a pretraining run of about 9.8 trillion tokens"
    re.compile(r"(?i:\b(?:pre-?training|training)\s+run\s+(?:of|on|over)\s+)" + _APPROX + _NUM + r"\s*" + _SCALE
               + r"(?P<plus>\+)?\s+tokens\b"),
]
_TRAIN_TOKENS_GAPPED = re.compile(r"(?i:,?\s+and\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){1,3}?(?:on|with)\s+)" + _APPROX + _NUM + r"\s*" + _SCALE
                                  + r"(?P<plus>\+)?\s+(?:\w+\s+){0,2}?tokens\b")
_MONEY = r"(?P<cur>\$|USD\s?)\s?" + _NUM + r"\s*(?P<scale>trillion|billion|million|thousand|bn|mn|[BMK](?![A-Za-z])|[bmk](?![A-Za-z.]))?(?P<plus>\+)?"  # "$5.6m"
_TRAIN_COST = [
    re.compile(r"(?i:(?:cost|costs|costing|spent|spend|spending|budget|price\s+tag|for|of|just|only))\s+" + _APPROX + _MONEY),
    re.compile(r"(?i:training\s+(?:cost|budget|run)\s+(?:of\s+|was\s+|is\s+|at\s+|:\s*|comes?\s+to\s+|came\s+to\s+|amounts?\s+to\s+|"
               r"amounted\s+to\s+|totals?\s+|totaled\s+|totalled\s+|stands?\s+at\s+)?)" + _APPROX + _MONEY),
    re.compile(_APPROX + _MONEY + r"(?i:\s+(?:USD\s+)?(?:to\s+train|training\s+(?:cost|run|budget)|in\s+training))"),
]

# Benchmarks: a lexicon name, or a name-shaped token (checked in code: not a model or organization).
_BENCH_NAME = (r"(?P<bench>Humanity['’]s\s+Last\s+Exam|[A-Z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+?"
               r"(?:\s(?:Diamond|Verified|Pro|Hard|Lite|Level\s\d+|Redux|(?:19|20)\d{2}))?)")
_SCORE = r"(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|per\s?cent)?"
_BENCH_PATTERNS = [
    re.compile(_SCORE + r"\s+(?:on|in|at)\s+(?:the\s+)?" + _BENCH_NAME),
    re.compile(r"(?<![\w-])" + _BENCH_NAME + r"(?:\s+score)?\s*(?::|=|of|at|score\s+of|scores?\s+of)\s*" + _SCORE),
    re.compile(_SCORE + r"\s+" + _BENCH_NAME + r"\s+(?:score|result|accuracy)"),
    re.compile(r"(?<![\w-])" + _BENCH_NAME + r"\s*\([^()]{1,30}\)\s*:\s*" + _SCORE),  # "MMLU (5-shot): 86.4"
]
_BENCH_SPACE = re.compile(r"(?<![\w-])" + _BENCH_NAME + r"\s+" + _SCORE + r"(?=\s*(?:[,;)]|\.(?!\d)|\band\b|$))")
# "86.4% MMLU": only with a known benchmark name, the shape alone is too loose here
_BENCH_AFTER = re.compile(r"(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|per\s?cent)\s+(?:on\s+)?(?P<bench>[A-Z][\w+-]*(?:\s[A-Z][\w+-]*)?)")
_BENCH_VS = re.compile(r"(?<![\w-])" + _BENCH_NAME + r"\s*\(\s*(?P<a>\d{1,3}(?:\.\d+)?)\s*%?\s*(?:vs\.?|versus|to)\s*(?P<b>\d{1,3}(?:\.\d+)?)\s*%?\s*\)")
# "AIME 2024 pass@1 is 79.8% vs 79.2%", "LiveCodeBench 65.9% vs 63.4%", "GPQA Diamond (71.5% vs 75.7%)": two scores
_BENCH_VERSUS = re.compile(r"(?<![\w-])" + _BENCH_NAME + r"(?:\s+pass@\d+)?(?:\s+(?:is|was|of|at)|\s*:)?\s*\(?\s*(?P<a>\d{1,3}(?:\.\d+)?)\s*%?"
                           r"\s*(?:vs\.?|versus)\s*(?P<b>\d{1,3}(?:\.\d+)?)\s*%?(?:\s*\))?")
# "close to GPT-4o (88.7) and Claude 3.5 Sonnet (88.3)": a score in parentheses right after a model
_SCORE_PAREN = re.compile(r"\s*\(\s*(?P<score>\d{1,2}\.\d|100(?:\.0)?)\s*(?P<pct>%)?\s*\)")
_NOT_BENCH = frozenset({"The", "This", "That", "It", "Its", "A", "An", "Monday", "Tuesday", "Wednesday", "Thursday",
                        "Friday", "Saturday", "Sunday", "Hugging", "Face", "HuggingFace", "Apple", "Silicon", "AWS",
                        "Day", "Week", "Average", "Overall", "Total", "Price", "Cost", "Score", "Benchmark",
                        "Benchmarks", "Top", "Rank", "Q1", "Q2", "Q3", "Q4"})


_FUTURE_WORDS = ("will", "expect", "plan", "intend", "aim", "set to", "going to", "rumo")  # what _FUTURE_FACT needs
_FUTURE_FACT = re.compile(r"(?i:\b(?:will\s+(?:be|have|ship|launch|feature|come|offer|support|release|get)|(?:is|are)\s+expected\s+to|"
                          r"expects?\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|(?:is|are)\s+set\s+to|going\s+to\s+(?:release|ship|launch)|rumou?red)\b)")


_MEASURE_WORDS = re.compile(r"(?i)\b(?:flops?|training|tokens?|params?|parameters?|costs?|prices?|pricing|sizes?|dates?|"
                            r"licen[cs]es?|context|latency|throughput|speed|memory|vram|gpus?|hours?|released?)\b")


def known_bench(name: str) -> str | None:
    """A benchmark the lexicon knows, spelt as the article spells it ("MMLU Pro", "ArenaHard"), unless the two
    differ only in letter case ("GPQA diamond" is the lexicon's "GPQA Diamond"); None if the lexicon lacks it."""
    canonical = _lexicon_bench(name)
    if canonical is None:
        return None
    name = " ".join(name.replace("\u2019", "'").split())
    return canonical if name.lower() == canonical.lower() else name


def canonical_predicate(predicate: str) -> str:
    """The predicate claims are compared under: a known benchmark by its lexicon name, however the article spells
    it ("benchmark:MMLU Pro" and "benchmark:MMLU-Pro" are one), anything else as it is."""
    canonical = _lexicon_bench(predicate[10:]) if predicate.startswith("benchmark:") else None
    return f"benchmark:{canonical}" if canonical is not None else predicate


def _lexicon_bench(name: str) -> str | None:
    return load_lexicon().benchmarks.get(normalize_key(name))


def bench_name(raw: str, trusted: bool = False) -> str | None:
    """A benchmark name, or None for words that are not benchmarks.

    ``trusted``: the context says it is a benchmark (a row of a benchmark table), so any
    name that is not an organization, hardware or software counts.
    """
    lex = load_lexicon()
    name = raw.strip()
    key = normalize_key(name)
    if key in lex.benchmarks:
        return known_bench(name)
    first = name.split()[0] if name else ""
    if not first or first in _NOT_BENCH or first in lex.stop_heads or _MEASURE_WORDS.search(name):
        return None  # "Approx. training FLOPs", "Price": a measure of the model, not a benchmark
    etype, _org, _canon = classify(name, lex)
    if etype in ("organization", "hardware", "software"):
        return None
    if trusted:
        return name
    if etype == "model" and not re.search(r"[A-Z]{2,}", name):
        return None
    # acronyms (MMLU, GSM8K, MBPP) or CamelCase eval names (HumanEval, LiveCodeBench)
    if re.search(r"[A-Z]{2,}", name) or re.search(r"[a-z][A-Z]", name):
        return name
    return None


_ONE_SIZE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<scale>[BT]\b|billion\b|trillion\b)")
_SIZE_SUFFIX = re.compile(r"[\s-]+\d+(?:\.\d+)?[BMT]$")


def _family_sizes(view: SentenceView, m: re.Match[str]) -> list[FactHit | None]:
    """'Llama 3.1 comes in 8B, 70B and 405B': each size is the total of a member ('Llama 3.1 8B')."""
    family = view.subject_for(view.start + m.start())
    if family is None or family.type != "model":
        return []
    base = _SIZE_SUFFIX.sub("", family.text)
    out: list[FactHit | None] = []
    for s in _ONE_SIZE.finditer(m.group(0)):
        value = number(s.group("num"), s.group("scale"))
        if not (math.isfinite(value) and value < MAX_VALUE):
            continue
        label = f"{s.group('num')}{'B' if value < 1e12 else 'T'}"
        start = view.start + m.start() + s.start()
        member = Mention(start, start + len(s.group(0)), f"{base} {label}", "model", organization=family.organization)
        out.append(FactHit(member, "parameters_total", value, start, start + len(s.group(0))))
    return out


def _hit(view: SentenceView, pos: int, attribute: str, value: float | str, start: int, end: int,
         owner: Mention | None = None, **kw: object) -> FactHit | None:
    """A fact of ``owner`` when the sentence ties the value to a name, else of the subject at ``pos``."""
    if not isinstance(value, str) and not (math.isfinite(value) and abs(value) < MAX_VALUE):
        return None  # "$999...9 million": no real count is that large, and JSON has no infinity
    subject = owner or view.subject_for(pos)
    if subject is None:
        return None
    return FactHit(subject, attribute, value, start, end, **kw)  # type: ignore[arg-type]


def find_facts(view: SentenceView) -> list[FactHit]:
    """All facts a prose sentence states."""
    text = view.text
    base = view.start
    low = text.lower()
    # cheap keyword gates: a pattern runs only on sentences holding the words it needs
    future = any(k in low for k in _FUTURE_WORDS) and _FUTURE_FACT.search(text) is not None
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and not (("million" in low or "thousand" in low) and _WORD_NUMBER.search(text)):
        # no number in the sentence: only a license can be stated, or a number spoken in words (a transcript)
        if future:
            return []
        spoken = _spoken(view) if any(w in low for w in _SPOKEN_WORDS) else []
        return [h for h in (*_licenses(view), *spoken) if h is not None]
    if future:
        return []  # "a 2.6B model is expected to launch": a plan, not a fact
    hits: list[FactHit | None] = []
    sized = _SZ_ANY.search(text) is not None
    masked = [(m.start(), m.end()) for m in _SIZE_LIST.finditer(text)] if sized else []

    def is_masked(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in masked)

    for m in _SIZE_LIST.finditer(text) if masked else ():
        hits.extend(_family_sizes(view, m))
    taken = SpanSet()
    for m in _PARAMS.finditer(text) if "param" in low else ():
        if is_masked(m.start("num"), m.end("num")):
            continue
        value = number(m.group("num"), m.group("scale"))
        if value < 1e6 or re.match(r"[\s-]*(?:\w+\s+){0,2}?models\b", text[m.end():]):
            continue  # "70B parameter models": a class of models, not one model's size
        kinds = " ".join(filter(None, [m.group("k1"), m.group("k2")])).lower()
        before = text[max(0, m.start() - 80): m.start()]
        if _HYPOTHETICAL_BEFORE.search(before):
            continue  # "enterprises don't need 90 billion parameters": no model's size
        active = ("activ" in kinds or "per " in kinds) or bool(_ACTIVE_BEFORE.search(before)) or bool(
            _PER_TOKEN_AFTER.match(text[m.end():]))
        if _ALL_BEFORE.search(before) or "total" in kinds or _OF_ITS.search(before):
            active = False  # "activates 22B of its 235B parameters per token": the 235B is the total
        approx, bound = _qualifier(m.group("q"), m.group("plus") or "")
        named = _NAMED_AFTER.match(text, m.end())  # "the 72-billion-parameter Qwen2-72B": the name it qualifies
        hits.append(_hit(view, base + m.start("num"), "parameters_active" if active else "parameters_total", value,
                         base + m.start("num"), base + m.end(), owner=view.product_at(named.end()) if named else None,
                         approximate=approx, bound=bound))
        taken.add(m.start(), m.end())
    # a size called "total" ("46.7B total and 12.9B active"), then one called "active" ("37B are active")
    total_gate = "total" in low and ("param" in low or "activ" in low or "expert" in low)
    for pattern, attribute, runs in ((_TOTAL_IS, "parameters_total", "total param" in low),
                                     (_TOTAL_ONLY, "parameters_total", total_gate),
                                     (_OUT_OF_TOTAL, "parameters_total", "activ" in low),
                                     (_ACTIVE_ONLY, "parameters_active", "activ" in low),
                                     (_USED_PER_TOKEN, "parameters_active", "token" in low),
                                     (_ACTIVATES, "parameters_active", "activ" in low),
                                     (_SIZE_MOE, "parameters_total", "moe" in low or "dense" in low or "mixture" in low)):
        for m in pattern.finditer(text) if runs else ():
            if taken.overlaps(m.start(), m.end()):
                continue
            value = number(m.group("num"), m.group("scale"))
            if value >= 1e6:
                approx, bound = _qualifier(m.group("q"))
                hits.append(_hit(view, base + m.start("num"), attribute, value, base + m.start("num"), base + m.end(),
                                 approximate=approx, bound=bound))
                if attribute == "parameters_total":
                    taken.add(m.start(), m.end())
    for m in _SIZED_MODEL.finditer(text) if sized else ():
        if taken.overlaps(m.start(), m.end()) or is_masked(m.start("num"), m.end("num")):
            continue
        # "X is a 70B model", "X, a 70B model": only when the sentence names what it describes
        named = [p for p in view.products() if p.end <= base + m.start()]
        if named and re.search(r"(?:,|\bis|\bwas|\b—|–|\()\s*$", text[view.rel(named[-1].end): m.start()]):
            subject = named[-1]
        elif (view.topic is not None and not [p for p in view.products() if not view.is_comparison(p)]
              and _TOPIC_SIZED.search(text[: m.start("num")]) and _DESCRIBES.match(text, m.end())):
            # "Microsoft's 14B model, focused on math, ...", "A 671B mixture-of-experts model ...", "NVIDIA released a
            # 340B model": a sentence naming no product describes the paragraph's
            subject = view.topic
        else:
            continue
        hits.append(FactHit(subject, "parameters_total", number(m.group("num"), m.group("scale")),
                            base + m.start("num"), base + m.end()))
    for m in _ITS_SIZE.finditer(text) if sized and view.topic is not None and not taken.overlaps(0, len(text)) else ():
        # "It's 3.8B, MIT licensed, 128K context": the topic's size
        hits.append(FactHit(view.topic, "parameters_total", number(m.group("num"), m.group("scale")),  # type: ignore[arg-type]
                            base + m.start("num"), base + m.end("scale")))
    for m in _SPEC_SIZE.finditer(text) if sized else ():
        # "Mistral Small 3 (24B, 128K context, Apache 2.0)", "Mistral Small 3 is out: 24B, Apache 2.0": a spec list's size
        owner = next((p for p in view.products() if p.end <= base + m.start() and p.type == "model"
                      and _SPEC_OPEN.fullmatch(text, view.rel(p.end), m.start("num"))), None)
        if owner is not None and not taken.overlaps(m.start("num"), m.end("scale")):
            hits.append(FactHit(owner, "parameters_total", number(m.group("num"), m.group("scale")), base + m.start("num"),
                                base + m.end("scale")))
            taken.add(m.start("num"), m.end("scale"))
    for m in _WHICH_SIZE.finditer(text) if sized and "which" in text else ():
        # "Magistral Small, which is 24B and Apache 2.0": the size of the name "which" follows
        owner = next((p for p in view.products() if view.rel(p.end) == m.start()), None)
        if owner is not None and not taken.overlaps(m.start("num"), m.end("scale")):
            hits.append(FactHit(owner, "parameters_total", number(m.group("num"), m.group("scale")), base + m.start("num"),
                                base + m.end("scale")))
    for m in _SIZE_BEFORE_NAME.finditer(text) if sized else ():
        # "a new 22B Mistral Small", "the 35B Command R": a size written before the name it qualifies
        owner = view.product_at(m.end())
        if owner is not None and owner.type == "model" and not _SZ_ANY.search(owner.text) and not taken.overlaps(m.start(), m.end()):
            hits.append(FactHit(owner, "parameters_total", number(m.group("num"), m.group("scale")), base + m.start("num"),
                                base + m.end("scale")))
    seen_ctx: set[int] = set()
    for pattern in _CONTEXT if ("context" in low or "window" in low or "ctx" in low or "tokens of" in low
                                or ("tokens" in low and ("up to" in low or "out at" in low or "support" in low or "take in" in low
                                                         or "read" in low or "handle" in low))) else ():
        for m in pattern.finditer(text):
            if m.start("num") in seen_ctx:
                continue
            seen_ctx.add(m.start("num"))
            scale = m.group("scale")
            value = number(m.group("num"), scale)
            if value < 512 or value > 1e8:
                continue
            approx, bound = _qualifier(m.groupdict().get("q"))
            bound = None if (m.groupdict().get("q") or "").strip().lower() == "up to" else bound  # "up to 1M tokens" is the window
            hits.append(_hit(view, base + m.start("num"), "context_window", int(value), base + m.start("num"), base + m.end(),
                             unit="tokens", approximate=approx, bound=bound))
    hits.extend(_licenses(view))
    trained_at = -1
    for pattern in _TRAIN_TOKENS if "token" in low else ():
        for m in pattern.finditer(text):
            trained_at = m.end() if pattern is _TRAIN_TOKENS[0] and trained_at < 0 else trained_at
            approx, bound = _qualifier(m.group("q"), m.group("plus") or "")
            hits.append(_hit(view, base + m.start("num"), "training_tokens", number(m.group("num"), m.group("scale")),
                             base + m.start("num"), base + m.end(), unit="tokens", approximate=approx, bound=bound))
    for m in _TRAIN_TOKENS_GAPPED.finditer(text, trained_at) if trained_at >= 0 else ():
        # "the 7B model was trained on 6T tokens, and the 2B model on 3T tokens": the verb said once
        approx, bound = _qualifier(m.group("q"), m.group("plus") or "")
        hits.append(_hit(view, base + m.start("num"), "training_tokens", number(m.group("num"), m.group("scale")),
                         base + m.start("num"), base + m.end(), unit="tokens", approximate=approx, bound=bound))
    if re.search(r"(?i)train", text):  # "trained", "pretraining", "training run"
        seen_cost: set[int] = set()
        for pattern in _TRAIN_COST:
            for m in pattern.finditer(text):
                if m.start("num") in seen_cost or re.match(r"\s*(?:per|an|a|/)\s", text[m.end():]) or re.match(r"[-–]\d", text[m.end("num"):]):
                    continue
                seen_cost.add(m.start("num"))
                tail = (m.group("plus") or "") + text[m.end(): m.end() + 8]
                approx, bound = _qualifier(m.group("q"), tail)
                hits.append(_hit(view, base + m.start("num"), "training_cost_usd", number(m.group("num"), m.group("scale")),
                                 base + m.start("num"), base + m.end(), unit="USD", approximate=approx, bound=bound))
    hits.extend(_benchmarks(view))
    if any(w in low for w in _SPOKEN_WORDS):
        hits.extend(_spoken(view))  # "thirty-two billion parameters" beside a "QwQ-32B"
    for pattern in _EXPERTS if "expert" in low else ():
        for m in pattern.finditer(text):
            k = m.group("k").lower()
            count = float(k) if k.isdigit() else _WORD_VALUES[k]
            if count:
                hits.append(_hit(view, base + m.start("k"), "experts_active", count, base + m.start("k"), base + m.end("k")))
    out = []
    for h in hits:
        if h is None:
            continue
        out.append(h)
        if h.attribute in _SHARED:  # "gpt-oss-120b and gpt-oss-20b, under the Apache 2.0 license": both
            out.extend(dataclasses.replace(h, subject=m) for m in view.coordinated(h.subject)[:-1])
    if _BOTH_START.match(text) and not any(m.start >= view.start for m in view.products()):
        # "Both support a 128K context window": the two models named last
        pair = last_two_named([m for m in view.recent if m.type == "model"])
        if pair is not None:
            shared = [h for h in out if h.attribute in _SHARED]
            out = [h for h in out if h.attribute not in _SHARED]
            out.extend(dataclasses.replace(h, subject=m) for h in shared for m in pair)
    like = _LIKE_START.match(text)
    if like:  # "Like o3, o3-pro has a context window of 200,000 tokens": o3's too
        compared = [m for m in view.products() if m.type == "model" and view.rel(m.end) <= like.end()]
        if compared:
            out.extend(dataclasses.replace(h, subject=compared[-1]) for h in list(out)
                       if h.attribute in _LIKE_SHARED and h.subject.start != compared[-1].start and view.rel(h.start) > like.end())
    return out


# "Like o3, ...", "Like their 14-billion-parameter big sibling Phi-4, ...": a sentence that gives its subject's facts as
# the compared model's too
_LIKE_SHARED = frozenset({"license", "context_window", "parameters_total", "parameters_active", "experts_active"})
_LIKE_START = re.compile(r"\s*Like\s+[^,;.]{1,80}?,")


_BOTH_START = re.compile(r"\s*(?:[-*•]\s+)?Both\s+(?:models\s+|of\s+them\s+)?(?:support|have|has|use|ship|carry|offer|come|run|are|were|accept|handle)\b")


_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNDER_100 = (rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[-\s](?:{'|'.join(_SMALL[1:10])}))?|{'|'.join(reversed(_SMALL[1:]))})")
# a number said in words, as transcripts write it: "thirty-two", "one hundred nine", "a hundred and nine"
_DIGIT_WORD = rf"(?:{'|'.join(_SMALL[:10])})"
SPOKEN_NUMBER = (rf"(?:(?:{_UNDER_100}|a)\s+hundred(?:\s+(?:and\s+)?{_UNDER_100})?|{_UNDER_100})"
                 rf"(?:\s+point(?:\s+{_DIGIT_WORD})+)?")  # "three point eight", "sixty-two point three"
_SPOKEN_FACT = re.compile(
    rf"(?i:(?<![\w-])(?P<q>about|around|roughly|nearly|over|like)?\s*(?P<num>{SPOKEN_NUMBER})[\s-]+(?P<scale>trillion|billion|million|thousand)"
    r"(?:[\s-]+(?P<kind>total|active)\b)?(?:[\s-]+(?P<what>parameters|params|tokens?(?:\s+of)?\s+context|tokens?\s+context"
    r"(?:\s+window)?|token[\s-]+context(?:\s+window)?)\b)?)")
# "a hundred and twenty-eight K context", "the two hundred K context window": thousands said as "K"
_SPOKEN_K_CONTEXT = re.compile(rf"(?i:(?<![\w-])(?P<num>{SPOKEN_NUMBER})\s+K(?:[\s-]+tokens?(?:\s+of)?)?[\s-]+context)\b")
# "sixty-two point three percent on SWE-bench Verified"
_SPOKEN_SCORE = re.compile(rf"(?i:(?<![\w-])(?P<num>{SPOKEN_NUMBER})\s+per\s?cent\s+(?:on|in)\s+(?:the\s+)?)" + _BENCH_NAME)


def spoken_value(words: str) -> float:
    """The value of a number said in words: 'thirty-two' -> 32, 'one hundred nine' -> 109."""
    whole, _, decimals = words.lower().partition(" point ")
    total = 0
    for word in re.split(r"[-\s]+", whole):
        if word in ("and", ""):
            continue
        if word == "hundred":
            total = max(total, 1) * 100
        elif word == "a":
            total += 1
        elif word in _TENS_WORDS:
            total += 20 + 10 * _TENS_WORDS.index(word)
        else:
            total += _SMALL.index(word)
    digits = "".join(str(_SMALL.index(w)) for w in decimals.split())
    return float(f"{total}.{digits}") if digits else float(total)


#: what a sentence holds when it may say a number in words: the ``_spoken`` reader runs only then
_SPOKEN_WORDS = ("trillion", "billion", "million", "thousand", "percent", " k context", " k token")


def _spoken(view: SentenceView) -> list[FactHit | None]:
    """Parameter counts and context windows said in words ("seventeen billion active", "thirty-two billion
    parameters", "thirty-two thousand tokens of context")."""
    out: list[FactHit | None] = []
    if view.text.rstrip(" \"'”’*_").endswith("?"):
        return out  # "Do you feel pressure to compete at one trillion parameters?": a question states no size
    for m in _SPOKEN_FACT.finditer(view.text):
        kind, what = (m.group("kind") or "").lower(), (m.group("what") or "").lower()
        value = spoken_value(m.group("num")) * _SCALE_WORDS[m.group("scale").lower()]
        if "context" in what:
            attribute = "context_window"
        elif kind == "active":
            attribute = "parameters_active"
        elif what.startswith("param") or (kind == "total" and m.group("scale").lower() in ("billion", "trillion")):
            attribute = "parameters_total"
        else:
            continue
        approximate = (m.group("q") or "").lower() in ("about", "around", "roughly", "nearly", "like")
        bound = "lower" if (m.group("q") or "").lower() == "over" else None
        pos = view.start + m.start("num")
        out.append(_hit(view, pos, attribute, value, pos, view.start + m.end(), approximate=approximate, bound=bound))
    for m in _SPOKEN_K_CONTEXT.finditer(view.text) if " K" in view.text else ():
        pos = view.start + m.start("num")
        out.append(_hit(view, pos, "context_window", spoken_value(m.group("num")) * 1000, pos, view.start + m.end()))
    for m in _SPOKEN_SCORE.finditer(view.text) if "percent" in view.text or "per cent" in view.text else ():
        name = bench_name(m.group("bench"))
        score = spoken_value(m.group("num"))
        if name is not None and 0 <= score <= 100:
            pos = view.start + m.start("num")
            out.append(_hit(view, pos, f"benchmark:{name}", score, pos, view.start + m.end("num"), unit="%"))
    return out


def _licenses(view: SentenceView) -> list[FactHit | None]:
    text = view.text
    out: list[FactHit | None] = []
    if not (_LICENSE_CONTEXT.search(text) or "under" in text or "Terms" in text or "Apache" in text or "CC" in text
            or "GPL" in text or "BSD" in text or "MIT" in text):
        return out
    for start, end, spdx in license_ids(text):
        window = text[max(0, start - 40): end + 40]
        if (_LICENSE_CONTEXT.search(window) or _UNDER.search(text[max(0, start - 60): start]) or spdx.endswith("Terms-of-Use")
                or spdx in _SELF_EVIDENT or (_SPEC_BEFORE.search(text, 0, start) and _SPEC_AFTER.match(text, end))):
            named = [m for m in view.products() if m.end <= view.start + start]
            own = _license_model(spdx) if not named and spdx not in _SPDX_IDS else None
            topic = view.topic.text if view.topic is not None else ""
            if own is not None and not normalize_key(topic).startswith(normalize_key(own)):  # "The models ship under the Llama 3.2 Community License": the license names them
                out.append(FactHit(Mention(view.start + start, view.start + start + len(own), own, "model"), "license", spdx,
                                   view.start + start, view.start + end))
                continue
            out.append(_hit(view, view.start + start, "license", spdx, view.start + start, view.start + end))
    return out


def _license_model(license_id: str) -> str | None:
    """The versioned model a license is named after ("Llama-3.2-Community-License" -> "Llama 3.2"), if any."""
    words = license_id.split("-")
    head = []
    for w in words:
        if w in ("Community", "Open", "Model", "License", "Licence", "Terms", "Research", "Non", "Production"):
            break
        head.append(w)
    name = " ".join(head)
    if not any(ch.isdigit() for ch in name):
        return None  # "Gemma-Terms-of-Use" names a family, not the model a sentence is about
    return name if classify(name)[0] == "model" else None


_MAKERS = r"(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+)?"  # "for OpenAI's o1": the maker's name before the model's
# "On Arena-Hard, ...", "On GPQA Diamond the three are close: 83.4% for A, ..."
_ON_BENCH = re.compile(r"^\s*(?:On|In|For|Across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _BENCH_NAME
                       + r"(?:\s+benchmark)?(?:\s*\([^()]{0,40}\))?\s*(?:,|\s[a-z][^,.:;%]{0,80}:)")
# "... 79.8% on AIME 2024 and 97.3% on MATH-500, compared with 79.2% and 96.4% for o1": the other model's scores, in order
_RESPECTIVE = re.compile(r"(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?P<a>\d{1,3}(?:\.\d+)?)\s*%?\s+and\s+"
                         r"(?P<b>\d{1,3}(?:\.\d+)?)\s*%?(?:,?\s+respectively,?)?\s+for\s+(?:the\s+)?" + _MAKERS)
_SCORE_VERB = re.compile(r"\s*(?:,\s*)?(?:scores?|scored|reache[sd]|reach|achieve[sd]?|posts?|posted|gets?|got|hits?|managed?|manages|lands?|landed)\s+"
                         r"(?:an?\s+|just\s+|about\s+)?(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|per\s?cent)?(?![\d.]*\s*(?:[BMKT]\b|x\b))")

_SCORE_FOR = re.compile(r"(?<![\d.])(?P<score>\d{1,3}(?:\.\d+)?)\s*(?:%|\s(?:percent|per\s?cent))[*_<>/b]*\s+for\s+(?:the\s+)?"
                        + _MAKERS)
_COMPARED_SCORE = re.compile(COMPARED_SCORE)
_SCORE_POSSESSED = re.compile(r"['’]s\s+(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|per\s?cent)")  # "to o3's 91.6%"
_SCORE_BARE = re.compile(r"\s+(?P<score>\d{1,3}(?:\.\d+)?)\s*(?P<pct>%|per\s?cent)")  # "... and Jamba 1.5 Mini 69.7%"


# "On MMLU it scored 90.2%", "On SimpleQA, the model scores 62.5% accuracy": the topic's score
_ON_BENCH_IT = re.compile(r"^\s*(?:On|In)\s+(?:the\s+)?" + _BENCH_NAME + r"(?:\s+benchmark)?,?\s+(?:it|the\s+(?:new\s+)?model)(?=" + _SCORE_VERB.pattern + ")")


def _on_benchmark(view: SentenceView, used: SpanSet) -> list[FactHit | None]:
    """ "On Arena-Hard, A scores 65.4 and B scores 46.1": each named model's score on the benchmark the sentence opens with."""
    head = _ON_BENCH.match(view.text)
    said = _ON_BENCH_IT.match(view.text) if head is None and view.topic is not None and view.topic.type == "model" else None
    if said is not None:
        name = bench_name(said.group("bench"))
        sm = _SCORE_VERB.match(view.text, said.end())
        if name is None or sm is None or not 0 <= float(sm.group("score")) <= 100:
            return []
        used.add(sm.start("score"), sm.end("score"))
        return [FactHit(view.topic, f"benchmark:{name}", float(sm.group("score")), view.start + sm.start("score"),  # type: ignore[arg-type]
                        view.start + sm.end("score"), unit="%" if sm.group("pct") else None)]
    if head is None:
        return []
    name = bench_name(head.group("bench"))
    if name is None:
        return []
    out: list[FactHit | None] = []
    for m in view.products():
        if m.type != "model" or m.start < view.start + head.end():
            continue
        sm = _SCORE_VERB.match(view.text, view.rel(m.end)) or _SCORE_BARE.match(view.text, view.rel(m.end))
        if sm and 0 <= float(sm.group("score")) <= 100 and not used.overlaps(sm.start("score"), sm.end("score")):
            start = view.start + sm.start("score")
            out.append(FactHit(m, f"benchmark:{name}", float(sm.group("score")), start, view.start + sm.end("score"),
                               unit="%" if sm.group("pct") else None))
            used.add(sm.start("score"), sm.end("score"))
    # "On MMLU, Google reports 78.9% for Gemini 1.5 Flash, OpenAI claims 88.7% for GPT-4o"
    out.extend(_scores_for(view, head.end(), f"benchmark:{name}", used))
    return out


def _scores_for(view: SentenceView, start: int, attribute: str, used: SpanSet) -> list[FactHit]:
    """The scores stated for a model named after them ("88.7% for GPT-4o"), from sentence offset ``start`` on."""
    out = []
    for sm in _SCORE_FOR.finditer(view.text, start):
        owner = view.product_at(sm.end())
        if owner is not None and owner.type == "model" and not used.overlaps(sm.start("score"), sm.end("score")):
            out.append(FactHit(owner, attribute, float(sm.group("score")), view.start + sm.start("score"),
                               view.start + sm.end("score"), unit="%"))
            used.add(sm.start("score"), sm.end("score"))
    return out


def _respective(view: SentenceView, found: list[FactHit | None], used: SpanSet) -> list[FactHit]:
    """ "A scored 79.8% on X and 97.3% on Y, against 79.2% and 96.4% for B": B's scores on X and Y, in that order."""
    out: list[FactHit] = []
    for m in _RESPECTIVE.finditer(view.text):
        owner = view.product_at(m.end())
        before = sorted((h for h in found if h is not None and h.start < view.start + m.start()), key=lambda h: h.start)
        if owner is None or owner.type != "model" or len(before) < 2 or before[-1].attribute == before[-2].attribute:
            continue
        for hit, grp in zip(before[-2:], ("a", "b"), strict=True):
            if not used.overlaps(m.start(grp), m.end(grp)) and 0 <= float(m.group(grp)) <= 100:
                out.append(FactHit(owner, hit.attribute, float(m.group(grp)), view.start + m.start(grp), view.start + m.end(grp),
                                   unit=hit.unit))
                used.add(m.start(grp), m.end(grp))
    return out


def _benchmarks(view: SentenceView) -> list[FactHit | None]:
    text = view.text
    base = view.start
    used = SpanSet()
    out: list[FactHit | None] = _on_benchmark(view, used)
    products = [m for m in view.products() if m.type == "model"]
    for m in _BENCH_VS.finditer(text):
        name = bench_name(m.group("bench"))
        if name is None or len(products) < 2:
            continue
        for sub, grp in zip(products[:2], ("a", "b"), strict=False):
            out.append(FactHit(sub, f"benchmark:{name}", float(m.group(grp)), base + m.start(grp), base + m.end(grp), unit="%"))
        used.add(m.start(), m.end())
    other: Mention | None = None  # "79.8% vs 79.2% for o1-1217, and MATH-500 97.3% vs 96.4%": the one compared with
    for m in _BENCH_VERSUS.finditer(text) if "vs" in text or "versus" in text else ():
        name = bench_name(m.group("bench"))
        if name is None or used.overlaps(m.start(), m.end()):
            continue
        named = _FOR_PRODUCT.match(text, m.end())
        other = (view.product_at(named.end()) if named else None) or other
        if other is None:
            continue
        own = [p for p in products if p.end <= base + m.start("a") and p.start != other.start and not view.is_comparison(p)]
        first = own[-1] if own else view.topic
        if first is None or first.start == other.start:
            continue
        for sub, grp in ((first, "a"), (other, "b")):
            out.append(FactHit(sub, f"benchmark:{name}", float(m.group(grp)), base + m.start(grp), base + m.end(grp),
                               unit="%" if "%" in m.group(0) else None))
        used.add(m.start(), m.end())
    for pattern in _BENCH_PATTERNS:
        for m in pattern.finditer(text):
            if used.overlaps(m.start(), m.end()):
                continue
            name = bench_name(m.group("bench"))
            if name is None:
                continue
            score = float(m.group("score"))
            if not 0 <= score <= 100:
                continue
            after = text[m.end("score"): m.end("score") + 3]
            if re.match(r"\s*[BMKT]\b|\s*x\b", after):
                continue
            named = _FOR_PRODUCT.match(text, m.end())  # "69.4 on MMLU for Llama 3.1 8B Instruct"
            out.append(_hit(view, base + m.start("score"), f"benchmark:{name}", score, base + m.start("score"),
                            base + m.end("score"), owner=view.product_at(named.end()) if named else None,
                            unit="%" if m.group("pct") else None))
            used.add(m.start(), m.end())
    for m in _BENCH_AFTER.finditer(text):
        if used.overlaps(m.start(), m.end()):
            continue
        words = m.group("bench").split()
        name = next((b for n in (2, 1) if len(words) >= n and (b := known_bench(" ".join(words[:n]))) is not None), None)
        if name is None:
            continue
        out.append(_hit(view, base + m.start("score"), f"benchmark:{name}", float(m.group("score")),
                        base + m.start("score"), base + m.end("score"), unit="%"))
        used.add(m.start(), m.end())
    for m in _BENCH_SPACE.finditer(text):  # a score list: "ArenaHard 95.6, LiveCodeBench 70.7" (known benchmarks only)
        if used.overlaps(m.start(), m.end()):
            continue
        name = known_bench(m.group("bench"))
        if name is None or not 0 <= float(m.group("score")) <= 100:
            continue
        paren = text.rfind("(", 0, m.start())
        owner = next((p for p in products if paren >= 0 and not text[paren + 1: m.start()].strip(" ,;")
                      and re.fullmatch(r"\s*", text[view.rel(p.end): paren])), None)  # "exceeding Llama-3-70B (MMLU 79.5)"
        out.append(_hit(view, base + m.start("score"), f"benchmark:{name}", float(m.group("score")),
                        base + m.start("score"), base + m.end("score"), owner=owner, unit="%" if m.group("pct") else None))
        used.add(m.start(), m.end())
    out.extend(_respective(view, out, used))
    names = {h.attribute for h in out if h is not None}
    if len(names) > 1:  # "R1 scored 79.8% on AIME 2024, versus 79.2% for o1, and 97.3% on MATH-500": o1's on AIME 2024
        for m in _COMPARED_SCORE.finditer(text):
            owner = view.product_at(m.end())
            before = [h for h in out if h is not None and h.start < base + m.start()]
            if owner is None or owner.type != "model" or not before or used.overlaps(m.start("score"), m.end("score")):
                continue
            attribute = max(before, key=lambda h: h.start).attribute
            out.append(FactHit(owner, attribute, float(m.group("score")), base + m.start("score"), base + m.end("score"), unit="%"))
            used.add(m.start("score"), m.end("score"))
    if len(names) == 1:  # "X scores 69.1% on SWE-bench Verified, while Y reaches 68.1%": Y's score is on it too
        attribute = next(iter(names))
        for hit in _scores_for(view, 0, attribute, used):  # "..., against 67.0% for GPT-4", "compared with 68.1% for o4-mini"
            out = [h for h in out if not (h is not None and h.subject.start == hit.subject.start and h.attribute == attribute)]
            out.append(hit)
        for m in view.products():
            if m.type != "model" or any(h is not None and h.subject.start == m.start for h in out):
                continue
            # "Y reaches 68.1%", "Y (88.7)", "to Y's 91.6%", "and Y 81.6%"
            sm = (_SCORE_VERB.match(text, view.rel(m.end)) or _SCORE_PAREN.match(text, view.rel(m.end))
                  or _SCORE_POSSESSED.match(text, view.rel(m.end)) or _SCORE_BARE.match(text, view.rel(m.end)))
            if sm and (sm.group("pct") or sm.re is _SCORE_PAREN) and not used.overlaps(sm.start("score"), sm.end("score")):
                out.append(FactHit(m, attribute, float(sm.group("score")), base + sm.start("score"), base + sm.end("score"), unit="%"))
                used.add(sm.start("score"), sm.end("score"))
    return out

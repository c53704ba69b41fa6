"""What the extractors see of one sentence: its text, mentions, time expressions and topic."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from ..text import Sentence, normalize_key
from .dates import TimeExpr
from .entities import CITATION, Mention

PRODUCT_TYPES = ("model", "software", "hardware", "paper", "product")
#: what a release or an announcement can be about: the products and the benchmarks ("SWE-bench Verified was released")
RELEASABLE_TYPES = (*PRODUCT_TYPES, "benchmark")
_OWN_PAPER_GAP = re.compile(r"\s*(?:" + CITATION + r"\s*)?\(\s*")

# Words right before a mention that make it a point of comparison, not the subject.
_WHICH_GAP = re.compile(r",\s+which\s+[^,;.()]{0,100}")
_AND_VERB_CLAUSE = re.compile(r",\s+and\s+(?:also\s+|now\s+)?(?:supports|has|offers|uses|handles|ships|comes|accepts|scores|"
                              r"scored|reaches|reached|runs|activates|features|boasts|was|is)\b")
_PAREN_GAP = re.compile(r"\s*\((?:[^()]{0,40},\s*)?")  # "Jamba 1.5 Large (398B total, 94B active)"
_PLACE_BEFORE = re.compile(r"(?i:\b(?:on|at|via|through|from|in)\s+)$")  # "available on GitHub": a place, not the product
_APPOSITION_GAP = re.compile(r",\s+(?:the|an?|its|their)\s+(?:[a-z][\w-]*\s+){0,2}")  # "X, the 405-billion-parameter model"
# "versus 79.2% for o1", "up from 69.1% for o3", "ahead of the 79.8% posted by R1": a score given for comparison
COMPARED_SCORE = (r"(?i:\b(?:vs\.?|versus|compared\s+(?:to|with)|up\s+from|down\s+from|ahead\s+of|behind|against)\s+(?:the\s+)?"
                  r"(?P<score>\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per\s?cent)\s+(?:for|by|posted\s+by|scored\s+by|reached\s+by|from)\s+"
                  r"(?:the\s+)?)")
_COMPARED_SCORE = re.compile(COMPARED_SCORE + "$")
_COMPARISON = re.compile(
    r"(?i:\b(?:than|like|vs\.?|versus|compared\s+(?:to|with)|second\s+only\s+to|outperform\w*|beat(?:s|ing)?|rival\w*|surpass\w*|"
    r"match(?:es|ing|ed)?|exceed\w*|such\s+as|unlike|over|against|trail\w*|(?<=\w\s)both|behind|above|below|ahead\s+of|on\s+par\s+with|level\s+with|since|"
    r"alternatives?\s+to|from|replac\w+|competitors?|competing\s+with|including|either|neither|nor|or|"
    # "as X" compares, except where it names the product: "marketed as X", "known as X", "released as X"
    r"(?<!marketed\s)(?<!branded\s)(?<!known\s)(?<!released\s)(?<!shipped\s)(?<!launched\s)(?<!sold\s)as)\b"
    r"[\s,]*(?:(?:the|its|their|both|and|original|older|earlier|previous|newer|current|[A-Z][\w.-]*['’]s)\s+)*)$"
)


_LEVEL_SUFFIX = re.compile(r"^(?:-(?:level|class|grade|like|style|equivalent|tier)\b|['’]s\s+(?:class|league|level|tier|range|territory)\b)")
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}[~$≈]*$")
_CHAIN = re.compile(r"^(?:['’]s)?\s*(?:,|and|or|&|/|,\s*and|,\s*or)?\s*(?:both\s+|the\s+)?$")
_ANAPHOR = re.compile(r"(?i:\b(?:the|this|that)\s+(?:new\s+|latest\s+|same\s+)?(?:model|system|release|LLM|network|version)\b"
                      r"(?!\s+(?:card|cards|page|hub|zoo|registry|catalog))|\b(?:it|its)\b)")


_FOR_THE_MODEL = re.compile(r"[\d.,]*\s*(?:%|percent)?\s+(?:on|in)\s+[^.;]{1,40}?\s+for\s+the\s+(?!\d)(?:[\w-]+\s+){0,2}?model\b")
_MEANS_BEFORE = re.compile(r"(?i:\b(?:when|with|using|via|through|if|by|under)\s+(?:the\s+)?)$")
# "the 3B model", "the 90B vision model", "the 27B": a model named by its size
# (not a list of sizes: "the 4B, 12B and 27B models" are the family's, said of its members together)
_SIZED_DESCRIPTION = re.compile(r"\b[Tt]he\s+(?P<size>\d+(?:\.\d+)?[BMT])\b(?!\s*(?:,|and\b|or\b|&)\s*\d)(?:[\s-]+(?:[a-z]+[\s-]+){0,2}?(?:model|version|variant|one))?(?![\w-])")


# "a model built on Mistral Large 2 and released under ...": the base a model is built on is not what is released
_BASE_OF = re.compile(r"(?i:\b(?:built\s+on(?:\s+top\s+of)?|based\s+on|derived\s+from|fine-?tuned\s+from|distilled\s+from|on\s+top\s+of|"
                      r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:version|variant|fine-?tune|derivative)\s+of)\s+(?:the\s+)?)$")
# ("a code-specialized version of Llama 2" is another model; "the full version of o1" is o1)
_AND_VERB = re.compile(r"\s+and\s+(?:is\s+|was\s+)?(?:released|licensed|published|shipped|offered|available|distributed|open-sourced)\b")
_EARLIER = re.compile(r"(?i:\b(?:original|older|earlier|previous|predecessor|first-generation)\s+)$")
_APPOSITION_THEN = re.compile(r"^,\s(?:[^,;:.]|\.\d){3,120},\s*(?:(?:has|had|now|also|then|which)\s+)?(?:scored|scores|reached|reaches|achieved|achieves|posted|hit|has|had|uses|offers|supports|handles|was\s+trained|is\s+trained|was\s+released|ships|came|comes)\b[^,;]{0,40}$")
_TIME_ANCHOR = re.compile(r"(?i:\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b|&|\))")
_SIZE_TOKEN = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[BMT]\b")
_STATED_EVENT = re.compile(r"\s+(?:arrived|was\s+released|launched|debuted|came\s+out|shipped|appeared)\b")
_LIST_GAP = re.compile(r"^[`*_]*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[`*_]*$")



def last_two_named(mentions: list[Mention]) -> list[Mention] | None:
    """The two different names said last among ``mentions`` (in text order), in the order they were said; None
    when fewer than two were: what "both" refers to ("Meta released both", "Both support a 128K context")."""
    pair: list[Mention] = []
    for m in reversed(mentions):
        if all(normalize_key(m.text) != normalize_key(p.text) for p in pair):
            pair.insert(0, m)
            if len(pair) == 2:
                return pair
    return None

@dataclass
class SentenceView:
    """One sentence with the mentions and time expressions inside it (article offsets)."""

    sentence: Sentence
    mentions: list[Mention]
    times: list[TimeExpr]
    topic: Mention | None = None
    org_topic: Mention | None = None
    #: the day of the dated heading the sentence stands under ("## 2025-04-17"): a changelog's entries happened then
    section: str | None = None
    #: the chip named last, for "the chip", "the accelerator" (the topic is a model's)
    hardware: Mention | None = None
    #: the article's publication date when it is known from metadata, a byline or a dateline
    published: str | None = None
    #: models named earlier in the article, most recent last (for "the 3B model", "Both models")
    recent: tuple[Mention, ...] = ()
    #: family members named only by a size list earlier ("Gemma 2 ... in 9B and 27B sizes": "Gemma 2 27B")
    members: tuple[Mention, ...] = ()
    #: the model the article is about (its title's), for the fields of a model card ("Release date: ...")
    main: Mention | None = None
    #: the plain capitalised words the article uses as names (``entities.ProperNouns``), for a subject no rule knew
    proper: Container[str] = frozenset()
    #: the mention types ``products`` lists: a fact's subject is a product, a release's may be a benchmark too
    product_types: tuple[str, ...] = PRODUCT_TYPES
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def start(self) -> int:
        return self.sentence.start

    def rel(self, pos: int) -> int:
        return pos - self.sentence.start

    def add_mention(self, m: Mention) -> None:
        """A name found after the recognizer ran ("unveiled Arctic"): a mention of the sentence from now on."""
        self.mentions = sorted([*self.mentions, m], key=lambda x: x.start)
        self.extras.pop("comparison", None)  # the cached readings of the mention list start again

    def products(self) -> list[Mention]:
        key = "products" if self.product_types is PRODUCT_TYPES else "releasable"  # one cache per reading
        cached = self.extras.get(key)
        if cached is None or cached[0] is not self.mentions:  # recomputed when the mention list is replaced
            products = [m for m in self.mentions if m.type in self.product_types]
            cached = (self.mentions, [m for i, m in enumerate(products) if not (
                # "Chinchilla [14] (arXiv:2203.15556)": the product's own paper, not a product beside it
                m.type == "paper" and i > 0 and products[i - 1].type != "paper"
                and _OWN_PAPER_GAP.fullmatch(self.text[self.rel(products[i - 1].end): self.rel(m.start)]))])
            self.extras[key] = cached
        return cached[1]  # type: ignore[index,no-any-return]

    def is_base(self, m: Mention) -> bool:
        """True for the model another is built on ("a model built on Mistral Large 2"): not what is released."""
        if _BASE_OF.search(self.text[max(0, self.rel(m.start) - 60): self.rel(m.start)]):
            return True
        # "models built on Qwen and Llama": the names listed with a base are bases too
        before = [p for p in self.products() if p.end <= m.start]
        return bool(before) and _LIST_GAP.fullmatch(self.text[self.rel(before[-1].end): self.rel(m.start)]) is not None \
            and self.is_base(before[-1])

    def product_at(self, rel: int) -> Mention | None:
        """The product whose name starts at offset ``rel`` of the sentence ("with Qwen2.5", "for Llama 3.1 8B")."""
        return next((m for m in self.products() if self.rel(m.start) == rel), None)

    def orgs(self) -> list[Mention]:
        return [m for m in self.mentions if m.type == "organization"]

    def is_comparison(self, mention: Mention) -> bool:
        """True for a point of comparison: 'outperforming both A and B's C', 'than X', 'like Y'."""
        cache = self.extras.get("comparison")
        if cache is None:
            cache = set()
            previous: Mention | None = None
            for m in self.mentions:
                before = self.text[max(0, self.rel(m.start) - 60) : self.rel(m.start)]
                gap = self.text[self.rel(previous.end) : self.rel(m.start)] if previous is not None else None
                after = self.text[self.rel(m.end) : self.rel(m.end) + 12]
                if _COMPARISON.search(before) or _COMPARED_SCORE.search(before) or _LEVEL_SUFFIX.match(after) or (
                    previous is not None and previous.start in cache and gap is not None and _CHAIN.match(gap)
                    # a bare comma continues a list ("like A, B and C"), not a clause ("Unlike A, B has ...")
                    and (gap.strip() != "," or _LIST_GOES_ON.match(after))
                ):
                    cache.add(m.start)
                previous = m
            self.extras["comparison"] = cache
        return mention.start in cache  # type: ignore[operator]

    def subject_for(self, pos: int, window_after: int = 80) -> Mention | None:
        """The product a value at ``pos`` (article offset) is about.

        In order: a product whose possessive the value hangs on ("Llama 3.1's estimated $40M");
        the nearest product named before it that is not a point of comparison; the paragraph
        topic when the value follows an anaphor ("the model scored ..."); the first product
        named after it; else the topic.
        """
        products = [m for m in self.products() if m.type not in ("paper", "hardware")]
        before = [m for m in products if m.end <= pos]
        for m in before:  # "GPT-4o, still the default model for ChatGPT users, scored 87.2%": the head, not the apposition's
            if _APPOSITION_THEN.match(self.text[self.rel(m.end): self.rel(pos)]) and not self.is_comparison(m):
                return self._specific(m)
        described, sized = self._sized_description(pos, before[-1].end if before else self.start)
        if sized is not None:
            return sized
        if described and not before and self.topic is not None and _SIZE_TOKEN.search(self.topic.text):
            return None  # "The 7B model was trained on ..." under a "Gemma 2 27B" topic: a model no name here carries
        if before:
            gap = self.text[self.rel(before[-1].end) : self.rel(pos)]
            if _POSSESSIVE_GAP.match(gap):
                return before[-1]
            shared = _AND_VERB_CLAUSE.search(gap)
            if shared and before[0].start - self.start <= 3 and not any(
                    before[-1].end + shared.start() <= m.start < pos for m in before):
                # "Falcon 3 was trained on 14T tokens, more than used for Falcon 2, and supports a context window of
                # 32K": the verb after ", and" shares the subject the sentence opens with
                return self._specific(before[0])
            if _WHICH_GAP.fullmatch(gap) or _APPOSITION_GAP.fullmatch(gap) or _PAREN_GAP.fullmatch(gap):
                # "Arctic beats DBRX, which Databricks released last month with 132 billion total": the value sits in
                # the clause about the name "which" follows, compared or not
                return self._specific(before[-1])
        for m in reversed(before):
            if m.type == "software" and _PLACE_BEFORE.search(self.text[max(0, self.rel(m.start) - 12): self.rel(m.start)]):
                continue
            if self.is_comparison(m) or _TIME_ANCHOR.search(self.text[max(0, self.rel(m.start) - 20): self.rel(m.start)]):
                continue  # "X, which arrived eight days after Y under the same license": Y only dates X
            if self.is_base(m) and _AND_VERB.match(self.text, self.rel(m.end)):
                continue  # "X, a model built on Y and released under Z": Z is X's, Y is only its base
            return self._specific(m)
        if self.topic is not None and (_ANAPHOR.search(self.text[max(0, self.rel(pos) - 200): self.rel(pos)])
                                       or _FOR_THE_MODEL.match(self.text, self.rel(pos))):
            return self.topic  # "the model scored ...", "Mistral reports 84.0% on MMLU for the pretrained model"
        # the first product named after it, unless a means or a condition ("when YaRN scaling is turned on")
        after = [m for m in products if m.start >= pos and m.start - pos <= window_after
                 and not _MEANS_BEFORE.search(self.text[max(0, self.rel(m.start) - 20): self.rel(m.start)])]
        for m in after:
            if not self.is_comparison(m):
                return self._specific(m)
        return self.topic

    def _sized_description(self, pos: int, after: int) -> tuple[bool, Mention | None]:
        """Whether a model is described by its size before ``pos`` ("the 3B model", "the 27B"), and the model
        named earlier whose name carries that size, if any."""
        window = self.text[max(self.rel(after), self.rel(pos) - 80): self.rel(pos)]
        found = list(_SIZED_DESCRIPTION.finditer(window))[-1:]
        if not found:
            return False, None
        size = found[0].group("size").lower()
        for m in (*reversed(self.recent), *reversed(self.members)):
            if size in (tok.lower() for tok in re.split(r"[\s-]", m.text)):
                return True, m
        return True, None

    def coordinated(self, m: Mention) -> list[Mention]:
        """``m`` and the products listed right before it: "gpt-oss-120b and gpt-oss-20b" for the second."""
        products = self.products()
        if m not in products:
            return [m]
        chosen = [m]
        for prev in reversed(products[: products.index(m)]):
            gap = self.text[self.rel(prev.end): self.rel(chosen[0].start)]
            if prev.type != m.type or not _LIST_GAP.match(gap) or self.is_comparison(prev):
                break
            chosen.insert(0, prev)
        return chosen

    def _specific(self, m: Mention) -> Mention:
        """The paragraph topic when ``m`` is only its family's name ("Llama 2. The first Llama ... was trained on")."""
        return self.topic if self.topic is not None and self.means_topic(m) else m

    def is_older(self, m: Mention) -> bool:
        """True for a model named as an earlier one ("for the original GPT-4"): not what the sentence is about."""
        return bool(_EARLIER.search(self.text[max(0, self.rel(m.start) - 30): self.rel(m.start)]))

    def means_topic(self, m: Mention) -> bool:
        """True when ``m`` is the bare family name of the topic and means it ("The first Llama you could use
        commercially" under "Llama 2"), not the family's earlier model ("the original Jamba", "The first Gemma
        arrived on February 21")."""
        if self.topic is None or not is_family_of(m, self.topic):
            return False
        before = self.text[max(0, self.rel(m.start) - 30): self.rel(m.start)]
        after = self.text[self.rel(m.end): self.rel(m.end) + 40]
        return not (_EARLIER.search(before) or (re.search(r"(?i:\bfirst\s+)$", before) and _STATED_EVENT.match(after)))


def is_family_of(family: Mention, member: Mention) -> bool:
    """True when ``family`` is a bare name that ``member`` extends with a version: "Llama" and "Llama 2", "Grok" and "Grok-1"."""
    if family.type != "model" or member.type != "model" or any(ch.isdigit() for ch in family.text):
        return False
    head, full = normalize_key(family.text), normalize_key(member.text)
    rest = member.text[len(family.text):]
    return full.startswith(head) and rest[:1] in (" ", "-") and any(ch.isdigit() for ch in rest)

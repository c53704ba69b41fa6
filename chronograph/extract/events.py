"""Dated events from prose: a trigger, a subject and a time expression bound in one sentence.

Triggers: release verbs in any voice ("released", "was released by", "(released April 18th)",
"we are releasing", "is here"), nouns ("release of X", "X's release", "launch"), announcements
("announced", "unveiled") and price changes ("price cut", "cut prices"). The subject is the
product the trigger governs: the object of an active verb, the noun before a passive or
parenthetical one, or a coordinated list ("Phi-3 Small, Phi-3 Medium and Phi-3 Vision").
Sentences about the future ("will ship", "is expected to", "By Q3 2026") give forecasts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .context import RELEASABLE_TYPES, SentenceView, last_two_named
from .dates import TimeExpr
from .entities import (
    _SIZE_END,
    ADJECTIVE_SUFFIX,
    CHIP_NOUN,
    CITATION,
    TEAM_AFTER,
    Mention,
    classify,
    load_lexicon,
)

_RELEASE_VERBS = (
    r"released|releases|releasing|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bto\s)(?<!\bwill\s)(?<=[A-Za-z]\s)release(?=(?-i:\s+(?:(?:its|their|a|an|the|new)\s+)*[A-Z][\w.+-]*(?:\d|\s+[A-Z0-9])))(?!(?-i:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))|launched|launches|launching|introduced|introduces|debuted|debuts|"
    r"rolled\s+out|rolls\s+out|rolling\s+out|made\s+available|makes\s+available|(?:made|makes)(?=\s+(?:[\w.+,-]+\s+){1,12}?(?:generally\s+|publicly\s+|widely\s+)?available\b)|"
    r"(?:became|becomes|become)\s+(?:\w+\s+)?available|"
    r"(?<![\w-])[Ww]e\s+(?:(?:now|also|hereby|officially)\s+)?(?:release|launch|introduce|open[-\s]source|unveil)\b|"
    r"(?:is|are|was|were|went|goes)\s+(?:now\s+)?(?:available\s+)?in\s+(?:public\s+|open\s+|limited\s+)?(?:preview|beta)\b|"
    r"available\s+in\s+(?:public|open|limited)\s+(?:preview|beta)\b|appeared(?=\s+(?:on|in)\s|\s+(?:the\s+)?(?:same|next|following)\s+(?:day|week|month)\b|\s+(?:\w+\s+){1,2}(?:days?|weeks?|months?)\s+(?:after|before|later|earlier)\b)|(?<=,\s)out(?=\s+(?:on|in|since)\s+(?-i:[A-Z0-9]))|rushed\s+out|went\s+live|goes\s+live|(?:is|are)\s+(?:now\s+)?live\b(?!\s+(?:on|in)\s+(?:the\s+)?(?:stage|stream|chat|demo))|shipped|ships|open[-\s]sourced|open[-\s]sources|open[-\s]weight(?:ed|ing)|"
    r"distributed(?=\s+(?:via|through|as|on|in|over)\b)|(?:is|are|was|were)\s+(?:now\s+)?out(?!\s+(?:of|for|to|on\s+(?:a|the)|there|in\s+front|and\s+about)\b)|pushed(?!\s+(?:back|up|down|out|through|for|to)\b)|arriving|showed\s+up|shows\s+up|popped\s+up|dropped(?!\s+(?:by|to)\b)|drops(?!\s+(?:by|to)\b)|dropping(?!\s+(?:by|to)\b)|dumped|dumping|shipping|open[-\s]sourcing|debuting|posted|posts(?=\s+(?-i:[A-Z]))|uploaded|land(?:ed|s)(?!\s+(?:within|near|around|just\s+(?:short|behind|ahead)|behind|ahead\s+of|above|below|on\s+(?:top|par)|in\s+(?:the\s+)?(?:top|first|second|third|last)\b|at\s+(?:\d|the\s+top|No\.|number)))|published(?!\s*[:|])|publishes|arrived|arrives|followed(?=\s*[,.;]|\s*$|\s+by\s+(?:the\s+)?[A-Z0-9]|\s+(?:last|this|that|early|late)\s+(?:(?-i:[A-Z][a-z]+)|year|month|week)\b|\s+(?:on|in|at\s+the\s+end\s+of|later\s+in|shortly|weeks|days|a\s+(?:day|week|month)|(?:\w+|a\s+few)\s+(?:days?|weeks?|months?)\s+(?:later|after)|(?:that|the\s+(?:same|next|following))\s+(?:same\s+)?(?:[A-Z][a-z]+day|day|week|month|evening|morning)\b))|follows(?=\s+(?:that|the\s+(?:same|next|following))\s+(?:same\s+)?(?:[A-Z][a-z]+day|day|week|month|evening|morning)\b)|came\s+out|comes\s+out|hit\s+(?:the\s+)?(?:market|shelves)|(?:entered|enters|reached|reaches)\s+(?:(?:a|an|its|public|open|limited)\s+)*(?:beta|preview|general\s+availability|GA\b)|opened\s+(?:up\s+)?to\s+(?:the\s+public|everyone|all\s+users|(?:all\s+)?(?:[A-Z][\w+]*\s+){1,3}(?:subscribers|users|customers|developers))|(?:went|goes|is|are)\s+up(?=\s+on\s+(?:Hugging\s*Face|GitHub|Ollama|Kaggle|ModelScope|HF|the\s+(?:Hub|hub|API))\b)|is\s+here|are\s+here|went\s+public|"
    r"(?:we|we're|we\s+are)\s+(?:now\s+)?releasing|(?:excited|pleased|proud|happy|thrilled)\s+to\s+(?:announce|introduce|release|launch|unveil)|"
    # a bare "open source" before a name, as translated text writes the verb ("Zhipu open source ChatGLM-6B"); not the
    # adjective ("the open source Llama 3", "Meta's open source Llama")
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!['’]s\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bnew\s)(?<!\bfirst\s)"
    r"(?<!\bpopular\s)(?<!\blatest\s)(?<!\bother\s)(?<!\bfully\s)(?<!\bmost\s)(?<!\bbest\s)(?<!\bleading\s)(?<!\bof\s)"
    r"(?<!\band\s)(?<!\bor\s)(?<!\bwith\s)(?<!\bfor\s)(?<!\blike\s)(?-i:open[-\s]source)(?=\s+[A-Z][\w.-]*(?:[-\s][\w.]+)?\b)|"
    r"[Ii]ntroducing|added|adds|opened\s+up|made\s+public|(?:put|puts|went|goes|slipped|slips|pushed|pushes|brought|brings)\s+out(?!\s+(?:an?|the|its|their)\s+(?:\w+\s+)?(?:statement|report|call|notice|blog|paper|fire|warning|memo)s?\b)|"
    r"(?:put|puts|pushed|pushes|brought|brings)(?=\s+[^\s,.;]+(?:\s+[^\s,.;]+){0,2}\s+(?:out|online)\b)|"
    r"(?:came|brought|brings)(?=\s+(?:us\s+)?(?:[A-Z]|the\s|an?\s))|"
    r"went\s+GA|is\s+(?:now\s+)?GA|put\s+online|went\s+online|goes\s+online|(?:has\s+been\s+|is\s+)?out\s+since|"
    r"is\s+(?:(?:now|also)\s+)*(?:generally\s+)?available|are\s+(?:(?:now|also)\s+)*(?:generally\s+)?available"
)
# "the lab followed with Qwen2.5", "Alibaba responded eight days after R1 with Qwen2.5-Max": the product after "with"
_WITH_VERBS = r"followed|follows|responded|responds|answered|answers|refreshed|refreshes|countered|counters|replied|replies|hit\s+back|closed\s+(?:out\s+)?the\s+\w+"
_ANNOUNCE_VERBS = r"showed\s+off|shows\s+off|demoed|demos|announced|announces|announcing|unveiled|unveils|unveiling|revealed|reveals|previewed|previews|teased|showcased|detailed|presented|presents"
_RELEASE_NOUNS = r"release|launch|debut|rollout|roll-out|arrival|availability|open-sourcing"
_ANNOUNCE_NOUNS = r"announcement|unveiling|preview|reveal"
_PRICE = (
    r"price\s+(?:cut|cuts|reduction|reductions|drop|drops|increase|increases|hike|hikes|change|changes)|"
    r"(?:cut|cuts|cutting|slashed|slashes|slashing|lowered|lowers|lowering|reduced|reduces|reducing|raised|raises|"
    r"dropped|halved|halves|trimmed|trims)\s+(?:[\w.+'’-]+\s+){0,4}?(?:prices?|pricing|costs?\s+of|API\s+prices?)|cut\s+of\s+(?:more\s+than\s+|about\s+|roughly\s+|nearly\s+)?\d+(?:\.\d+)?\s*%|pricing\s+(?:cut|change|update)|"
    r"(?:is|are)\s+(?:now\s+)?\d+(?:\.\d+)?\s*%\s+cheaper|made\s+(?:[\w.+'’,-]+\s+){1,10}?free\b(?!-|\s+(?:(?-i:[A-Z])\w*|users?|tiers?|accounts?|plans?|subscribers?|customers?)\b)|"
    r"made\s+(?:[\w.+'’-]+\s+){1,5}?(?:more\s+than\s+|about\s+|roughly\s+|nearly\s+)?\d+(?:\.\d+)?\s*%\s+cheaper|"
    r"(?:dropped|drops|fell|falls|decreased|was\s+cut|were\s+cut)\s+(?:by|to)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:a\s+third|a\s+quarter|half|\$?\d)|"
    r"(?:dropped|drops|fell|falls|decreased)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?\d+(?:\.\d+)?\s*%|"
    r"discounts?\s+of\s+(?:up\s+to\s+)?\d+(?:\.\d+)?\s*%"
)
# every trigger starts a word: the leading check lets the engine skip the other positions before trying ~100 branches
_TRIGGER = re.compile(
    rf"\b(?=[A-Za-z])(?i:(?P<price>{_PRICE})|(?P<rel_noun_of>(?:{_RELEASE_NOUNS})\s+of)|(?P<ann_noun_of>(?:{_ANNOUNCE_NOUNS})\s+of)|"
    rf"(?P<weights_of>(?:posted|uploaded|published|put\s+out|released|open-sourced|dropped|pushed|put)\s+(?:(?:again|also|quietly)\s+)?(?:(?:an?|the)\s+)?(?:(?:magnet|torrent|download)\s+links?(?:\s+to\s+(?:the\s+)?(?:model\s+)?weights)?|(?:(?:raw|full|open|final)\s+)?(?:model\s+)?weights)\s+(?:of|for)\s)|"
    rf"(?P<rel_with>\b(?:{_WITH_VERBS})(?=(?:[^.;:]|\.\d){{0,60}}?(?<!together\s)(?<!along\s)\bwith\s))|(?P<rel>\b(?:{_RELEASE_VERBS}))\b|(?P<ann>\b(?:{_ANNOUNCE_VERBS}))\b|"
    rf"(?P<rel_noun>\b(?:{_RELEASE_NOUNS})s?)\b|(?P<ann_noun>\b(?:{_ANNOUNCE_NOUNS})s?)\b)"
)
# case-sensitive: "may" the modal, not "May" the month
_FUTURE = re.compile(
    r"\b(?:will|won't|would|could|might|shall|should|may|going\s+to|[Pp]lans?\s+to|planning\s+to|planned|"
    r"expects?\s+to|expected\s+to|is\s+set\s+to|are\s+set\s+to|slated|scheduled\s+to|aims?\s+to|intends?\s+to|"
    r"[Uu]pcoming|forthcoming|rumou?red|poised\s+to|next\s+year|later\s+this\s+year|soon|[Ii]f|[Ww]hether|[Ee]xpect|Will|"
    r"[Pp]repar(?:ing|es)\s+to|reportedly|(?:is|are)\s+expected)\b"
)
_PASSIVE_BEFORE = re.compile(r"(?i:(?:\b(?:was|were|been|being|is|are|be|get|got|gets|having|has|had|have|first|officially|now|newly|recently|just|quietly|finally)|\()\s*(?:\w+ly\s+)?$)")
_ORG_WORDS = re.compile(r"(?i:\b(?:the\s+)?(?:[\w-]+\s+){0,2}(?:company|startup|lab|firm|team|maker|developer|giant|group)\b)")
_PRONOUN_ACTOR = re.compile(r"(?i:\b(?:it|they|we|he|she|the\s+company|the\s+lab|the\s+startup|the\s+firm|the\s+team)\s+(?:\w+ly\s+)?$)")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|\.\s|,\s+(?:and|but|while|whereas)\s")
_FIRST_PERSON = re.compile(r"(?i:\b(?:we\s+are|we're|today\s+we)\s+(?:also\s+)?(?:(?:excited|pleased|proud|happy|thrilled)\s+to\s+|now\s+)?"
                           r"(?:releasing|launching|introducing|announcing|announce|introduce|release|launch|open-sourcing|making)\b|^introducing\b)")
_BOTH = re.compile(r"(?:\s+(?:models?|versions?))?,?\s+(?:both|all|each)\s+(?:\w+ly\s+)?")
_PREPOSITION_GAP = re.compile(r"(?i)^\s+(?:(?:today|now|yesterday|also|already|again|immediately|publicly|generally)\s+)*"
                              r"(?:inside|in|into|on|onto|to|with|for|at|across|via|through|from|within|alongside|under)\b")
# "Introduced **Flex processing** (beta) for `o3`": a named object, then what it is for
_OBJECT_THEN_FOR = re.compile(r"\s+[*_`]*[A-Z][\w-]*(?:\s+[\w-]+){0,3}[*_`]*(?:\s*\([^()]{0,30}\))?\s+(?:for|to)\s+[*_`]*")
# "launched prompt caching in public beta on its API for Claude 3.5 Sonnet", "made fine-tuning for GPT-4o available":
# a feature in common words, then the models it is for
_FEATURE_THEN_FOR = re.compile(r"\s+(?!(?:the|a|an|its|their|new|two|three|both)\b)(?:(?![\w-]*(?:model|version|weight|checkpoint)s?\b)[a-z][\w-]*\s+){1,3}"
                               r"(?:in\s+(?:public\s+|private\s+|limited\s+)?(?:beta|preview)\s+)?(?:on\s+(?:its|the|their)\s+\w+\s+)?"
                               r"(?:for|to)\s+(?:(?:the|its|their)\s+)?")
_JUST_NOW = re.compile(r"\b(?:just|now)\b|\b(?:is|are)\s+out\b")
# "on par with Llama 3 70B, released by Meta on April 18": a point of comparison's own release, told in a participle
# "prices have not moved since Claude Sonnet 4 debuted on May 22": "since" opens a clause whose subject is the name
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:the|its|their|original|first|[A-Z][\w.-]*['’]s)\s+)*$")
_SINCE_GAP = re.compile(r"\s*(?:(?:family|models|series|lineup|line-up|first|was|were|originally)\s+)*")


_FIRST_SINCE = re.compile(r"(?i)\b(?:first|only|biggest|largest|best)\b[^,.;:]{0,60}\bsince\s+(?:the\s+)?$")


def _since_clause(view: SentenceView, m: Mention, trig: re.Match[str]) -> bool:
    """True where the name after "since" is the subject of the verb right after it ("since X debuted"), not where
    it closes a superlative ("OpenAI's first open model since GPT-2 arrived a week ago": the first model arrived)."""
    return (_SINCE_BEFORE.search(view.text, max(0, view.rel(m.start) - 40), view.rel(m.start)) is not None
            and _FIRST_SINCE.search(view.text, max(0, view.rel(m.start) - 100), view.rel(m.start)) is None
            and _SINCE_GAP.fullmatch(view.text, view.rel(m.end), trig.start()) is not None)


_PARTICIPLE_AFTER = re.compile(r"[*_`]*\s*,\s*(?:which\s+(?:was|were)\s+|first\s+|originally\s+)?")
_BOTH_OBJECT = re.compile(r"\s+(?:both|the\s+two|the\s+pair)(?:\s+(?:models|of\s+them|versions|variants))?(?=\s*(?:[,.;]|on\b|in\b|at\b|together\b|$))")
_NEGATED = re.compile(r"(?i)\b(?:not|never|n['’]t|yet\s+to\s+be)\s+(?:(?:yet|been|be|officially|publicly|formally|fully|widely)\s+)*$")
_LOOK_BACK = 300  # characters before a trigger the subject rules read
_ATTRIBUTIVE_BEFORE = re.compile(r"(?i:\b(?:the|its|their|our|these|those))\s+$")
_COMMON_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|by|to|for|with|from|as|and|or|via|under|over|last|this|today|yesterday)\b)[a-z]{3,}\b")
# "the chip", "the accelerator": generic nouns only ("the TPU v5p" names a product of its own)
_CHIP = r"(?:the|this|that|its|their)\s+(?:new\s+|same\s+)?(?:chip|GPU|accelerator|processor|superchip|part)\b(?!\s+[vV]?\d)"
_CHIP_OBJECT = re.compile(r"\s+" + _CHIP + r"(?!\s+(?:and|or|with)\b)")
_CHIP_SUBJECT = re.compile(r"(?i:(?:^|[,;]\s+|\band\s+)" + _CHIP + r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:\w+ly\s+|first\s+)*)$")
_CHIP_MAIN = re.compile(r"[^,;]{0,80},\s+" + _CHIP)
_DETERMINERS = re.compile(r"\s+(?:(?:its|their|the|a|an|new|latest)\s+)*")
# verbs that date a release only with the product right after them
_NEEDS_OBJECT = re.compile(r"(?i:dropping|dumping|shipping|open[-\s]sourcing|debuting|posted|posts|uploaded|pushed)")
# "pushed an updated checkpoint, DeepSeek-V3-0324, on March 24": a described object, then its name
_DESCRIBED_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:checkpoint|model|version|release|update|snapshot|weights)s?\s*,\s*")
# "the code model Qwen2.5-Coder", "its new reasoning model o3": a described object, its name right after
_DESCRIBED_NAME = re.compile(r"\s+(?:also\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:model|checkpoint|version|family)\s+")
_ANAPHORIC_OBJECT = re.compile(r"\s+(?:it|them|the\s+(?:new\s+|updated\s+)?(?:model|checkpoint|weights|snapshot))\b(?!\s*,)")
_PRESENT = re.compile(r"(?i:releases|launches|introduces|debuts|ships|drops|publishes|unveils|announces|adds|reveals|previews)")
# what may follow a present-tense verb used without an object ("X launches at I/O", "X debuts.")
_ADVERBS_ONLY = re.compile(r"(?:\s+(?:also|now|officially|finally|quietly|formally|too))*\s*")  # "Imagen 4 also launches today"
_PRESENT_INTRANSITIVE = re.compile(r"\s*(?:[.;,]|$|(?:alongside|at|in|on|with|as|for|today|this|via|across|to)\b)")
_INTRANSITIVE = re.compile(r"(?i:(?:is|are|was|were)\s+(?:now\s+)?out|entered\s|enters\s|opened\s|(?:went|goes|is|are)\s+up|followed|follows|arrived|arrives|arriving|showed\s+up|shows\s+up|popped\s+up|(?:has\s+been\s+|is\s+)?out\s+since|went\s+live|goes\s+live|(?:is|are)\s+(?:now\s+)?live|debuted|debuts|is\s+here|are\s+here|came\s+out|comes\s+out|"
                          r"hit\s+|became\s+|becomes\s+|become\s+|appeared|went\s+public|landed|lands|is\s+(?:(?:now|also)\s+)*(?:generally\s+)?available|are\s+(?:(?:now|also)\s+)*(?:generally\s+)?available)")
_APPOSITION = re.compile(r",\s+(?:a|an|the|its|their|another|one|our|his|her)\s[^,;]{2,90},\s*(?:(?:was|were|is|are|has\s+been|had\s+been|first|officially)\s+)*(?:\w+ly\s+)?$")
_APPOSITION_OPEN = re.compile(r",\s+(?:a|an|the|its|their|[A-Z][\w.&-]*['’]s)\s[^,;()]{0,80}?\b(?:model|models|family|version|LLM|system|checkpoint|tool|assistant|app|agent|" + CHIP_NOUN + r")"
                             r"(?:\s+(?:that|which))?(?:\s+(?:they|it|we|the\s+(?:[\w-]+\s+){0,2}?(?:company|lab|startup|firm|team))\b[^,;]{0,60}?)?\s*$")
_WHICH = re.compile(r"(?i:,?\s+(?:which|that|whom)\s+(?:[\w'’-]+\s+){0,4}?(?:\w+ly\s+)?)$")
_WHICH_ASIDE = re.compile(r",\s+which\s[^,;]{1,80},")
_WHICH_THEN_PASSIVE = re.compile(r",\s+which\s[^;]{0,240},\s*(?:and\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?")
_EVENT_NOUN_OF = re.compile(r"(?i:\b(?:cut|reduction|change|increase|hike|drop|update|release|launch|debut|announcement|preview|rollout)s?"
                            r"\s+(?:for|of|to)\s+(?:the\s+|its\s+)?)$")
_NEW_ACTOR = re.compile(r",\s+(?:[A-Z0-9][\w.&'’-]*\s+){1,2}(?:\w+ly\s+)?")
_OWN_DATE_AFTER_NAME = re.compile(r"\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2}\s+(?:in\s+|on\s+)?")
_THEN_GAP = re.compile(r"\s*,\s*(?:and\s+)?then\s+(?:\w+ly\s+)?")
_VERB_AND = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?")
_CLAUSE_AND = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")
# a counted or plural object, then a colon and the names: "three API-only models ...: A, B and C"
_WITH_OBJECT = re.compile(r"\bwith\s+(?:(?:its|their|the|a|an|new|latest|an?\s+updated|open)\s+)*")
_COLON_LIST = re.compile(r"\s+(?:[\w.-]+\s+){0,4}?(?:models?|versions|variants|sizes|checkpoints|family|lineup|series|suite)\b[^:.;—–]{0,60}(?::|\s[—–])\s*[`*_]*")
_MARKUP = re.compile(r"[`*_]")  # code and emphasis marks around names: "`o1-preview`, `o1-mini`"
_ANAPHOR_END = re.compile(r"(?i:\b(?:it|they|the\s+(?:new\s+)?(?:model|models|weights|system))\s+(?:\w+ly\s+)?$)")
_CLAUSE_OPENING = re.compile(r"(?:^|;|[,;]\s*(?:and|but|then)|\b(?:and|but|then))\s*$")  # what may open a clause
_ANAPHORIC_AFTER = re.compile(r"\s+(?:that|this|then|it)\b")
_ANCHOR_BEFORE = re.compile(r"(?i:\b(?:after|before|since|following|ahead\s+of|until)\s+(?:(?:shortly|just|soon|right|long)\s+)?"
                            r"(?:the\s+|its\s+|their\s+|[\w.+-]+['’]s\s+)?(?:(?-i:[A-Z0-9a-z][\w.+-]*)\s+){0,3}?$)")  # "two months after ChatGPT's debut", "after the o3 preview"
# a head noun may close an item: "the B200 GPU and the GB200 Superchip", "the Foo model, Bar and Baz"
_ITEM_NOUN = r"(?:\s+(?:" + CHIP_NOUN + r"|(?:model|LLM)s?\b))?"
_COORD = re.compile(r"^" + _ITEM_NOUN + r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*)$")
# "A and Moonshot's B": the second one's maker named before it; not "A, and Alibaba's Qwen team shipped B"
_COORD_MAKER = re.compile(r"^\s+and\s+[A-Z][\w.&-]*['’]s\s+$")
# "Grok-2 and a smaller Grok-2 mini debuted": a sibling described by its size
_COORD_SIBLING = re.compile(r"^\s*,?\s*(?:and|&)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:smaller|larger|lighter|bigger|faster|cheaper|"
                            r"compact|distilled|tiny)\s+$")
# looser, after a release verb's object: "Grok-2 and a smaller companion model, Grok-2 mini", "A, together with B"
_COORD_OBJECT = re.compile(r"^" + _ITEM_NOUN + r"\s*,?\s*(?:and|alongside|together\s+with|along\s+with|plus)\s+(?:(?:(?:an?|the|its|their)\s+)(?:[\w-]+\s+){0,3}?|"
                           r"(?:(?!(?:\w+ed|made|put|took|gave|set|cut|brought|began|went|got|let)\s)[\w-]+\s+){0,3}?)(?:(?:model|version|variant|sibling|companion|edition)s?\s*,?\s*)?"
                           r"(?:(?:called|named|dubbed)\s+)?$")
_PARENTHETICAL = re.compile(r"\s*(?:\([^()]{0,80}\)|" + CITATION + ")")  # and citation marks: "[14]", "[3, 7]"
# "X became available on DATE, alongside an experimental Y and a budget model called Z": released with it
_ALONGSIDE = re.compile(r"(?i:,?\s+(?:alongside|together\s+with|along\s+with)\s+(?:(?:an?|the|its|their)\s+)?"
                        r"(?:(?!(?:made|put|took|gave|set|cut|brought|began|went|got|let|and)\s)[\w$-]+\s+){0,3}?"
                        r"(?:(?:siblings|models|versions|variants|sizes),\s+)?)$")  # "alongside two smaller siblings, A and B"


@dataclass(frozen=True)
class EventHit:
    subject: Mention
    predicate: str
    time: TimeExpr
    trigger_start: int
    organization: str | None
    forecast: bool
    relative: TimeExpr | None = None
    #: the product a relative date counts from when the sentence says so another way than "after X"
    #: ("Google unveiled A on Tuesday, a day after OpenAI released B": B counts back from A)
    anchor: Mention | None = None


def _event_type(m: re.Match[str]) -> str:
    if m.group("price"):
        return "price_change"
    if m.group("ann") or m.group("ann_noun") or m.group("ann_noun_of"):
        return "announcement"
    return "release"


def _following_list(view: SentenceView, first: Mention, products: list[Mention], loose: bool = False) -> list[Mention]:
    """``first`` and the products coordinated with it: 'A, B and C', 'A (7B) and B (14B)'; ``loose``, after a
    release verb, also 'A and a smaller companion model, B' and 'A, together with B'."""
    chosen = [first]
    idx = products.index(first)
    for nxt in products[idx + 1:]:
        gap = _PARENTHETICAL.sub("", _MARKUP.sub("", view.text[view.rel(chosen[-1].end): view.rel(nxt.start)]))
        gap = _APPOSED.sub("", gap) if loose else gap  # "A, a large model with 235B parameters, and B"
        if nxt.type == first.type and (_COORD.match(gap) or (loose and _COORD_OBJECT.match(gap)) or (
                _COORD_MAKER.match(gap) and not TEAM_AFTER.match(view.text, view.rel(nxt.end)))):
            chosen.append(nxt)
        else:
            break
    return chosen


def _preceding_list(view: SentenceView, last: Mention, products: list[Mention]) -> list[Mention]:
    """``last`` and the products coordinated before it: 'A and B went live'; a bare name counts too."""
    chosen = [last]
    idx = products.index(last)
    for prev in reversed(products[:idx]):
        gap = _MARKUP.sub("", view.text[view.rel(prev.end): view.rel(chosen[0].start)])
        if _COORD.match(gap) or _COORD_SIBLING.match(gap):
            chosen.insert(0, prev)
        else:
            break
    # "Codestral Mamba and Mathstral went live": an unknown capitalised word coordinated with a product
    trail = view.text[view.rel(last.end):]
    m = re.match(r"^\s+and\s+(?P<name>[A-Z][\w.+-]{2,})(?=\s+(?:went|arrived|came|followed|debuted|launched|were|are|is)\b)", trail)
    if m:
        start = last.end + m.start("name")
        chosen.append(Mention(start, start + len(m.group("name")), m.group("name"), last.type))
    return chosen


_COORD_PASSIVE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+)*\w+(?:ed|en)\b"
                            r"[^;:]{0,120}?\s(?:and|but|then)\s+(?:\w+ly\s+|later\s+|then\s+)*$")
# an object noun phrase that is not a model: "launched a free API tier", "released a statement"
_OTHER_OBJECT = re.compile(r"\s+(?:a|an|its|their|the|new)\s+(?!(?:[\w-]+\s+){0,3}?(?:model|models|LLM|version|weights|checkpoints?|system)\b)")
_PRONOUN_START = re.compile(r"(?:It|They)(?:['’]s|['’]re|\s+is|\s+was|\s+are|\s+were)?\b")
_MAIN_IS_TOPIC = re.compile(r"(?i:\s*(?:the|this|that|its|their)\s+(?:\w+\s+)?(?:launch|release|debut|announcement|unveiling|news)"
                            r"\s+(?:came|comes|arrived|arrives|followed|follows|landed|lands)\s+$|\s*it\s+(?:came|arrived|landed)\s+$)")
_ANAPHOR_PASSIVE = re.compile(r"(?i:(?:^|[;,]\s+|\band\s+)(?:it|the\s+(?:new\s+)?(?:model|weights|model\s+weights|checkpoints?))\s+"
                              r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+|first\s+|also\s+)*)$")
# "A 2B version was released ...": a size of the topic's family
_SIZED_PASSIVE = re.compile(r"(?:^|[;,]\s+|\band\s+)(?:[Aa]n?|[Tt]he)\s+(?:new\s+)?(?P<size>\d+(?:\.\d+)?[BM])\s+(?:version|variant|model|"
                            r"checkpoint|edition)\s+(?:was|were|is|has\s+been)\s+(?:\w+ly\s+|also\s+)*$")
_PRICE_OBJECT = re.compile(r"(?i)\s+(?:(?:new|its|their|an?|the|off-peak|lower|cheaper)\s+){0,3}(?:discounts?|prices?|pricing|price\s+cuts?)\b")
_AND_OF = re.compile(r"\band\s+(?:(?:of|for)\s+(?:the\s+)?|\d+(?:\.\d+)?\s*%\s+(?:for|on|off)\s+(?:the\s+)?)$")
# "released two new members of the Gemma family, CodeGemma and RecurrentGemma": the members, not the family
_MEMBERS_OF = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:members?|additions?|variants?|siblings?|models?)\s+(?:of|to|in|from)\s+(?:the|its|their)\s+$")
_FAMILY_MEMBERS = re.compile(r"\s+(?:models?|family|variants?)\s*[,:]\s*")
_BARE_MEMBERS = re.compile(r"[A-Z][a-z]+(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][a-z]+)+")
_FAMILY_THEN = re.compile(r"\s+(?:family|line|lineup|series)(?:\s+of\s+(?:[\w-]+\s+){0,3}?models)?\s*[,:]\s*")
def version_name(project: str, version: str) -> str:
    """A release of a project's version: "fennec v0.11.2" for "fennec" and "0.11.2"."""
    return f"{project} {version if version.startswith('v') else 'v' + version}"


_FOLLOWED_OWN = re.compile(r"\s+(?:series|family|models?|line|lineup)?\s*(?:,\s*)?(?:in|on)?\s*")
_FOLLOWED_BY = re.compile(r"(?:\s+(?:on|in)\s+[^;.]{3,25}?)?\s+by\s+(?:the\s+)?")
_RELEASE_TAG = re.compile(r"\btag\s+[`*_]*(?P<v>v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?)")
_NOUN_COLON = re.compile(r"\s*(?:(?:was|were|is|are)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*)?:\s*[`*_]*")  # "release was smaller: A and B"
_ITS_BEFORE = re.compile(r"(?i:\b(?:its|their)\s+(?:[\w.,-]+\s+){0,4}$)")
_BARE_AND = re.compile(r"\s+and\s+(?P<name>[A-Z][\w.+-]{2,})(?=\s+(?:on|in)\s|,)")
_LIST_PREPOSITION = re.compile(r"\b(?:on|in|at)\b")


def _colon_list(view: SentenceView, trig: re.Match[str], products: list[Mention]) -> list[Mention]:
    """The dated list after a release noun and a colon: "July 2024 saw several releases: A and B on 16 July, C two
    days later, and D on 24 July"; none when no product follows the colon."""
    colon = _NOUN_COLON.match(view.text, trig.end())
    first = view.product_at(colon.end()) if colon else None
    return _dated_list(view, first, products) if first is not None else []


def _dated_list(view: SentenceView, first: Mention, products: list[Mention]) -> list[Mention]:
    """``first`` and the products listed after it, each item with its own date: 'A and B on 16 July, C (a 12B
    model) two days later, and D on 24 July' (a gap is a list gap once its dates and parentheticals are out)."""
    chosen = [first]
    for nxt in products[products.index(first) + 1:]:
        bare = _BARE_AND.match(view.text, view.rel(chosen[-1].end))
        if bare and view.start + bare.end("name") <= nxt.start:  # "Codestral Mamba and Mathstral on 16 July"
            start = view.start + bare.start("name")
            chosen.append(Mention(start, start + len(bare.group("name")), bare.group("name"), first.type))
        gap = _without_times(view, chosen[-1].end, nxt.start)
        gap = _LIST_PREPOSITION.sub("", _PARENTHETICAL.sub("", _MARKUP.sub("", gap)))
        if nxt.type != first.type or not _COORD.match(re.sub(r"\s+", " ", gap).replace(" ,", ",")):
            break
        chosen.append(nxt)
    return chosen


# "GPT-4.1 for developers on the 14th": who or where a list item went to, between it and its date
_LIST_ASIDE = r"(?:(?:for|to|via)\s+(?:the\s+|all\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
_OWN_GAP = re.compile(r"\s*(?:\([^()]{0,120}\)\s*)?,?\s*" + _LIST_ASIDE + r"(?:on|in|at)?\s*")


_LAUNCHES_COLON = re.compile(r"\s+(?:[\w.-]+\s+){0,4}?(?:launches|releases|models|updates)\b[^:.;—–]{0,40}:\s*[`*_]*")
_INCLUDING = re.compile(r"(?:\s+(?:today|now|too|as\s+well))?,?\s+(?:including|namely|such\s+as)\s+[*_`]*")
_APPOSED = re.compile(r",\s+(?:a|an|the|its|their|with)\s[^,;:]{0,80}(?=,)")  # ", a 12B model built with Nvidia," before the date
_AND_BARE = re.compile(r"\s+and\s+(?P<name>[A-Z][\w.+-]{2,})\b")  # "A and Mathstral on 16 July": an unknown second name


def _items_with_dates(view: SentenceView, first: Mention, products: list[Mention]) -> list[Mention]:
    """``first`` and the products listed after it where each item is written with a date of its own:
    "A on March 3, B for developers on the 14th, and C and D on the 16th" (C goes with D's date), "**A** and **B** on
    16 July, **C**, a 12B model, on 18 July"; a relative date ("a week before B") makes B the point of reference,
    not an item."""
    chosen = [first]
    for nxt in products[products.index(first) + 1:]:
        lo, hi = chosen[-1].end, nxt.start
        inside = [t for t in view.times if lo <= t.start and t.end <= hi]
        gap = _PARENTHETICAL.sub("", _MARKUP.sub("", view.text[view.rel(lo): view.rel(hi)]))
        if inside:
            t = inside[0]
            if len(inside) > 1 or t.kind == "relative" or t.value is None or t.forecast:
                break
            head = _MARKUP.sub("", view.text[view.rel(lo): view.rel(t.start)])
            bare = _AND_BARE.match(head)
            if bare:
                head = head[bare.end():]
            if not _OWN_GAP.fullmatch(_APPOSED.sub("", _PARENTHETICAL.sub("", head))):
                break
            if bare:
                at = view.text.find(bare.group("name"), view.rel(lo))
                chosen.append(Mention(view.start + at, view.start + at + len(bare.group("name")), bare.group("name"), first.type))
            gap = _PARENTHETICAL.sub("", _MARKUP.sub("", view.text[view.rel(t.end): view.rel(hi)]))
        if nxt.type != first.type or not (_COORD.match(gap) or (inside and _SEMI_COORD.match(gap))):
            break  # "A, a code model, on 29 May 2024; B, ..., on 18 July; and C six days later": a dated item ends at ";"
        chosen.append(nxt)
    return chosen


_SEMI_COORD = re.compile(r"^\s*;\s*(?:and\s+)?$")


# between a name and the one its apposition derives it from: "X, an update to Y", "X, the successor of Y"
_UPDATE_OF = re.compile(r"[`*_]*\s*,\s*(?:an?|the|its)\s+(?:\w+\s+)?(?:update|successor|upgrade|refresh|follow-up|fine-tune|"
                        r"variant|version|distillation)\s+(?:to|of|on)\s+(?:the\s+)?")
_VARIANTS_COLON = re.compile(r"[^.;:]{0,80}?\b(?:in|as|with)\s+(?:\w+\s+){0,2}(?:variants|versions|sizes|models|editions|flavou?rs)\s*:\s*")
_WHICH_CLAUSE = re.compile(r"\b(?:which|who)\b")


def _dated_after(view: SentenceView, same_day: TimeExpr) -> bool:
    """True where a date follows "the same day" at once: "on the same day in February 2024"."""
    return any(t.value and not t.forecast and 0 <= t.start - same_day.end <= 4 for t in view.times)


def _own_times(view: SentenceView, subjects: list[Mention]) -> list[TimeExpr | None]:
    """The date written right after each item of a list ('A and B on 16 July, C two days later'): an item
    coordinated with the next one without a date of its own shares that one's; none for a single subject."""
    if len(subjects) < 2:
        return [None] * len(subjects)
    owns: list[TimeExpr | None] = []
    for i, subject in enumerate(subjects):
        nxt = subjects[i + 1].start if i + 1 < len(subjects) else view.start + len(view.text)
        after = [t for t in view.times if subject.end <= t.start and t.end <= nxt]
        own = None
        if after and _OWN_GAP.fullmatch(_APPOSED.sub("", _MARKUP.sub("", view.text[view.rel(subject.end): view.rel(after[0].start)]))):
            t = after[0]
            if t.rule == "same_day" and i == len(subjects) - 1 and _dated_after(view, t):
                pass  # "A and B on the same day in February 2024": the two share a day, neither counts from another
            elif t.kind == "relative" or (t.value is not None and not t.forecast):
                own = t
        owns.append(own)
    if not any(owns):
        return owns
    for i in range(len(subjects) - 2, -1, -1):
        if owns[i] is None and _COORD.match(_MARKUP.sub("", view.text[view.rel(subjects[i].end): view.rel(subjects[i + 1].start)])):
            owns[i] = owns[i + 1]
    return owns


_POSSESSED_BEFORE = re.compile(r"(?:['’]s|(?<=s)['’]|\b(?P<its>[Ii]ts|[Tt]heir))\s+(?P<name>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2})"
                               r"(?:\s+(?:family|series|line|lineup)(?:\s+of\s+(?:\w+\s+)?models)?)?(?:,\s*|\s+)(?:(?:was|were|has\s+been|is)\s+)?(?:\w+ly\s+)?$")


def _possessed_name(view: SentenceView, trig: re.Match[str]) -> Mention | None:
    """An unseen name an organization owns, right before the verb: "Ai2's Molmo appeared the same day"."""
    if not (trig.group("rel") or trig.group("ann")):
        return None
    head = view.text[max(0, trig.start() - 80): trig.start()]
    m = _POSSESSED_BEFORE.search(head)
    if m is None:
        return None
    offset = view.start + trig.start() - len(head)
    owner_end = offset + m.start()
    if m.group("its") is None and not any(o.end == owner_end for o in view.orgs()):
        return None  # "the chief's Office", "Monday's Keynote": only an organization's product
    start, name = offset + m.start("name"), m.group("name")
    if any(p.start <= start < p.end for p in view.products()):
        return None
    lex = load_lexicon()
    if name.split()[0] in lex.stop_heads or classify(name, lex)[0] == "organization":
        return None
    return Mention(start, start + len(name), name, "model")


_DESCRIBED_THING = re.compile(r"\s*(?:the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:model|models|engine|library|tool|app|framework|runtime|assistant|chatbot|server|toolkit|family)\b")
_DATE_ONLY_LEAD = re.compile(r"(?i:\s*(?:the|this|that|its|their)?\s*(?:['’]s)?\s*)")
_SUPPORT_AFTER = re.compile(r"\s+(?:support|integration|compatibility|bindings|kernels?|backend)\b")
_TIME_LEAD = re.compile(r"(?i:[\s,;]*(?:and\s+|but\s+)?(?:then|next|later|soon|after\s+that|shortly\s+after(?:wards)?|also)?[\s,]*)")


def _without_times(view: SentenceView, lo: int, hi: int) -> str:
    """The text between article offsets ``lo`` and ``hi`` with the time expressions inside it cut out."""
    text = view.text[view.rel(lo): view.rel(hi)]
    for t in sorted((t for t in view.times if lo <= t.start and t.end <= hi), key=lambda t: -t.start):
        text = text[: t.start - lo] + text[t.end - lo:]
    return text


def _lead_without_times(view: SentenceView, end: int) -> str:
    """The clause before ``end`` (a sentence offset) with its time expressions cut out."""
    start = max(view.text.rfind(", ", 0, end), view.text.rfind("; ", 0, end), 0)
    return _without_times(view, view.start + start, view.start + end)


_PARTICIPLE = re.compile(r"(?:Released|Launched|Announced|Unveiled|Introduced|Open-sourced|Debuted|Shipped|Previewed)")
_AFTER_OPENER = re.compile(r",\s*(?:(?P<the>(?:the|this|its)\s+(?:new\s+)?[a-z][\w-]*|it|they)\b)?")


def _participle_opener(view: SentenceView, trig: re.Match[str], products: list[Mention]) -> list[Mention] | None:
    """ "Released in March, Claude 3 ...", "Announced at Computex on June 3, the accelerator carries ...": the
    subject of the main clause; None when the sentence does not open with a participle."""
    if not _PARTICIPLE.fullmatch(trig.group(0)) or view.text[: trig.start()].strip(" *_#>-•"):
        return None
    pos = trig.end()
    while True:
        comma = view.text.find(",", pos)
        if comma < 0 or comma - trig.end() > 80:
            return None
        inside = [t for t in view.times if view.rel(t.start) < comma < view.rel(t.end)]
        if not inside:
            break
        pos = view.rel(inside[0].end)  # the comma in "June 3, 2024" is not the clause's
    m = _AFTER_OPENER.match(view.text, comma)
    if m is None:
        return None
    if m.group("the"):
        return [view.topic] if view.topic is not None else []
    main = view.product_at(m.end() + len(view.text[m.end():]) - len(view.text[m.end():].lstrip()))
    if main is None:
        return None
    return _following_list(view, main, products)


# "Kakao Corp., the operator of ...," / "Acme, the maker of ...,": the apposition of the company that opens the clause
_ACTOR_APPOSITION = re.compile(r"[*_`]*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}[*_`]*\.?,\s+(?:the|a|an|owner|maker|parent|developer|operator|creator|publisher)\s[^,;()]{0,80}?(?=,)")
_ACTOR_CLOSE = re.compile(r"[*_`]*\s*,\s*(?:(?:which|that|who)\s+(?:[\w.-]+\s+){0,3}|[a-z]+\s+)?")


def _in_actor_apposition(view: SentenceView, m: Mention, trig: re.Match[str]) -> bool:
    """A product named in the apposition of the company that opens the sentence ("Kakao Corp., the operator of the
    messenger KakaoTalk, unveiled its Kanana family"): not what the verb is about."""
    if not _ACTOR_CLOSE.fullmatch(view.text, view.rel(m.end), trig.start()):
        return False
    opened = _ACTOR_APPOSITION.match(view.text)
    return opened is not None and opened.end() == view.rel(m.end) and classify(
        view.text[:view.text.index(",")].strip("*_`. "), load_lexicon())[0] in (None, "organization")


# "launched ... alongside Claude 3.7 Sonnet": a companion of the release, not the verb's object
_COMPANION_BEFORE = re.compile(r"(?i:\b(?:alongside|along\s+with|together\s+with)\s+(?:(?:an?|the|its|their)\s+)?)$")
# a comma, a capitalised actor and a verb of its own: the next clause, whose object is not this verb's
_NEXT_VERB = re.compile(r",\s+(?:[A-Z][\w&.-]*\s+){1,2}(?:\w+ly\s+)?(?:shipped|released|launched|unveiled|announced|introduced|"
                        r"debuted|dropped|published|put\s+out|rolled\s+out|open[-\s]sourced|had)\s")


# "Qwen's flagship coding model, released by Alibaba": a family named as the owner of the model described, not it
_OWNER_OF_MODEL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:model|models|LLM|LLMs)\b")


def _subjects(view: SentenceView, trig: re.Match[str]) -> list[Mention]:
    """The products a trigger governs."""
    if (trig.group("rel") or trig.group("ann")) and _PRICE_OBJECT.match(view.text, trig.end()):
        return []  # "introduced off-peak discounts of 50% for V3": a price, not a product, is what came out
    if trig.group(0) in ("came", "brought", "brings") and not _TIME_LEAD.fullmatch(_lead_without_times(view, trig.start())):
        # "Later in June came X", "Wednesday brought X"; not "The launch came a day after ..."; but "July brought three
        # launches in nine days: A on 16 July, B on 18 July and C on 24 July" (each item dated)
        launches = _LAUNCHES_COLON.match(view.text, trig.end())
        first = view.product_at(launches.end()) if launches else None
        items = _items_with_dates(view, first, view.products()) if first is not None else []
        return items if len(items) >= 2 else []
    # "added Gemma 2 support", "Phi-3-mini support, added one day after ...": the support is what was added
    products = [m for m in view.products() if not _SUPPORT_AFTER.match(view.text, view.rel(m.end))]
    owned = _possessed_name(view, trig)
    if owned is not None:
        products = sorted([*products, owned], key=lambda m: m.start)
    t_start = view.start + trig.start()
    t_end = view.start + trig.end()
    text = view.text
    window = max(0, trig.start() - _LOOK_BACK)
    before_text = text[window: trig.start()]  # bounded: the rules below only read the end of it
    if view.hardware is not None and (_CHIP_OBJECT.match(text, trig.end()) or _CHIP_SUBJECT.search(before_text) or (
            trig.start() == 0 and _CHIP_MAIN.match(text, trig.end()))):
        # "AMD launched the chip on Oct. 10", "the accelerator was announced ...", "Announced on June 3, the
        # accelerator carries ...": the chip named last
        return [view.hardware]
    after = [m for m in products if m.start >= t_end and m.start - t_end <= 70
             and not _CLAUSE_BREAK.search(text[trig.end(): view.rel(m.start)])
             and not _NEXT_VERB.search(text, trig.end(), view.rel(m.start))]  # not the next clause's: ", Anthropic shipped X"
    after = [m for m in after if not view.is_comparison(m)
             and not _COMPANION_BEFORE.search(text, max(trig.end(), view.rel(m.start) - 40), view.rel(m.start))]
    if trig.group("rel") or trig.group("ann"):
        # "shipped inside the Pixel 8 Pro", "rolled out to Gemini users": after a preposition, not the object
        featured = next((i for i, m in enumerate(after) if _FEATURE_THEN_FOR.fullmatch(text[trig.end(): view.rel(m.start)])), None)
        if featured is not None:
            after = after[:featured]  # and the models listed with the first one it is for
        after = [m for m in after if not _PREPOSITION_GAP.match(text[trig.end(): view.rel(m.start)])
                 and not _OBJECT_THEN_FOR.match(text[trig.end(): view.rel(m.start)])]
        if trig.group(0).lower() in ("made", "makes"):  # "made it available on La Plateforme": a place, not the object
            avail = text.find("available", trig.end())
            after = [m for m in after if view.rel(m.start) < avail]
    before = [m for m in products if m.end <= t_start and t_start - m.end <= 90
              and (not view.is_comparison(m) or _PARTICIPLE_AFTER.fullmatch(text, view.rel(m.end), trig.start()) is not None
                   or _since_clause(view, m, trig))
              and not view.is_base(m) and not _in_actor_apposition(view, m, trig)
              and not _OWNER_OF_MODEL.match(text, view.rel(m.end))]
    nominal_of = trig.group("rel_noun_of") or trig.group("ann_noun_of")
    nominal = trig.group("rel_noun") or trig.group("ann_noun")
    if trig.group("price"):
        # "price cut for X", "cut prices of X for X"; "X's price cut" / "X price cut" only for the noun
        inside = [m for m in products if t_start <= m.start and m.end <= t_end]
        if inside:  # "cut Gemini 1.5 Flash prices", "made ERNIE Speed and ERNIE Lite free"
            first = inside[0]
            named = _FAMILY_MEMBERS.match(text, view.rel(first.end))
            member = view.product_at(named.end()) if named else None
            if member is not None and member.end <= t_end:
                first = member  # "made two of its ERNIE models, ERNIE Speed and ERNIE Lite, free": the members
            return [m for m in _following_list(view, first, products) if m.end <= t_end]
        if after:
            # "reducing the price of A by 33% and of B by 80%": the parallel "and of B" too
            more = [m for m in products if m.start > after[0].end and _AND_OF.search(text[max(0, view.rel(m.start) - 12): view.rel(m.start)])]
            return [after[0], *more]
        if before and re.match(r"(?i)dropped|drops|fell|falls|decreased|was|were|is|are", trig.group("price")):
            gap = text[view.rel(before[-1].end): trig.start()]
            owner = _NOUN_OF.search(text, 0, view.rel(before[-1].start))
            if owner and not re.fullmatch(r"(?i)prices?|pricing|costs?|rates?", owner.group(1)):
                return []  # "Downloads of Llama 3 dropped 20%": what fell is not the price
            return [before[-1]] if len(gap) <= 25 else []  # "Mistral Large 2 dropped by about a third"
        if before and trig.group("price").lower().startswith("price"):
            gap = text[view.rel(before[-1].end): trig.start()]
            if re.fullmatch(r"(?:['’]s)?\s*(?:[\w%-]+\s+){0,3}", gap):
                return [before[-1]]
        return []  # "ByteDance cut its prices": the actor is a company, not a product
    if nominal_of or trig.group("weights_of"):  # "the release of X", "posted the weights of X"
        if after:
            return _following_list(view, after[0], products)
        if view.topic is not None and nominal_of and _DESCRIBED_THING.match(text, trig.end()):
            return [view.topic]  # "The June 11 release of the popular inference engine": the paragraph's product
        return []
    if trig.group("rel_with"):
        with_at = _WITH_OBJECT.search(text, trig.end())
        if with_at is None:
            return []
        obj = view.product_at(with_at.end())
        if obj is not None:
            return _following_list(view, obj, products)
        # no product after "with" ("The full o1 followed on December 5, with ..."): an intransitive verb
    if nominal:
        # "X release", "X's release", "the X launch (April 18th)"
        if before:
            gap = _MARKUP.sub("", text[view.rel(before[-1].end): trig.start()])
            if re.fullmatch(r"(?:['’]s)?\s*\(?\s*(?:[\w-]+\s+){0,2}", gap):  # "`x-1` (api availability since ..."
                return [before[-1]]
        if (view.topic is not None and not before and not after and any(t.start < t.end <= t_start and t_start - t.end <= 12 for t in view.times)
                and _DATE_ONLY_LEAD.fullmatch(_lead_without_times(view, trig.start()))):
            return [view.topic]  # "Thursday's release brings ...", "The June 11 release": the product the paragraph is about
        if _ITS_BEFORE.search(before_text):
            # "Almost a month after its February 18 debut, Grok 3 ...": the subject of the clause the phrase opens
            main = next((m for m in products if m.start >= t_end and re.fullmatch(
                r",\s*(?:the\s+)?", text[trig.end(): view.rel(m.start)])), None)
            if main is not None:
                return _following_list(view, main, products)
            if view.topic is not None and not before and re.match(r"\s*(?:its|their)\b", text, re.I):
                return [view.topic]  # "Its March 4 launch drew ...": the product the paragraph is about
            if before and _ENTRY_LEAD.fullmatch(text[:view.rel(before[0].start)]):
                return [before[0]]  # "Mixtral 8x7B topped the board shortly after its December release": the clause's subject
            which_at = text.rfind(", which ", 0, trig.start())
            ante = [m for m in before if 0 <= which_at - view.rel(m.end) <= 2]
            if ante and not re.search(r"[;.]\s", text[which_at: trig.start()]):
                return ante  # "recapping Gemini 2.5 Pro, which topped the board after its March 25 launch": the antecedent
        return _colon_list(view, trig, products)
    # verbs
    opener = _participle_opener(view, trig, products)
    if opener is not None:
        return opener
    including = _INCLUDING.match(text, trig.end())
    first = view.product_at(including.end()) if including else None
    if first is not None and not [m for m in before if t_start - m.end <= 40]:
        return _following_list(view, first, products)  # "six dense models are also open-weighted, including A, B and C"
    if _PRESENT.fullmatch(trig.group(0)):  # "saw several releases: A on 16 July, B ...": a noun, not a verb
        listed = _colon_list(view, trig, products)
        if listed:
            return listed
    by_after = _FOLLOWED_BY.match(text, trig.end()) if trig.group(0).lower() == "followed" else None
    if by_after:  # "It was followed on April 4, 2024 by Command R+": what follows is the product after "by"
        first = view.product_at(by_after.end())
        if first is not None:
            return _following_list(view, first, products)
        if re.match(r"\s+by\b", text[trig.end():]):
            return []  # "Llama 2 was followed by Meta's statement": what was followed is no release
    if re.match(r"\s+(?:this|that|these|those)\b(?!\s+(?:new\s+)?(?:model|models|version|week|month|year|day|morning|evening|night|"
                r"spring|summer|autumn|fall|winter|(?-i:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|"
                r"September|October|November|December)(?!\s+\d))\b)", text[trig.end():]):
        # "released this 2025-06-18 · tag v0.14.0": the page's own release, named by its tag (not "followed that July")
        tag = _RELEASE_TAG.search(text, trig.end())
        project = view.extras.get("project")
        heading = view.extras.get("version")  # "v0.9.2" on the line above "github-actions released this Mar 13"
        if (tag is None and not heading) or not project:
            return []  # a version of a project the page does not name is no one's release
        if tag is None:
            return [Mention(view.start, view.start, version_name(str(project), str(heading)), "software")]
        start = view.start + tag.start("v")
        return [Mention(start, start + len(tag.group("v")), version_name(str(project), tag.group("v")), "software")]
    if not after and _BOTH_OBJECT.match(text, trig.end()):
        # "Meta released both on April 5": the two models named last ("- A and B: Microsoft released both")
        pair = last_two_named([*view.recent, *(p for p in products if p.end <= t_start)])
        if pair is not None:
            return pair
    if _NEEDS_OBJECT.fullmatch(trig.group(0)) and not (before and _PASSIVE_BEFORE.search(before_text)):
        if view.topic is not None and _ANAPHORIC_OBJECT.match(text, trig.end()):
            return [view.topic]  # "DeepSeek posted the checkpoint on May 28": the product the paragraph is about
        gap = text[trig.end(): view.rel(after[0].start)] if after else ""
        if not after or not (_DETERMINERS.fullmatch(gap) or _DESCRIBED_OBJECT.fullmatch(gap)):
            # "Mistral dumping Mixtral 8x22B", "DeepSeek also posted Janus-Pro-7B"; not "shipping costs", "posted on its blog"
            return []
    listed = _COLON_LIST.match(text, trig.end())
    if listed:
        # "shipped three API-only models on Monday the 14th: GPT-4.1, GPT-4.1 mini and GPT-4.1 nano"
        first = view.product_at(listed.end())
        if first is not None:
            # "ships the Phi-3.5 family: Phi-3.5-mini, ...": the family named before the colon is released too
            family = [m for m in products if t_end <= m.start and view.rel(m.end) <= listed.end() and m.type == first.type
                      and not re.search(r"\bof\s+(?:the\s+)?$", text[:view.rel(m.start)])]  # not "the first MoE model of Qwen:"
            return [*family[:1], *_following_list(view, first, products, loose=True)]
    if after and _MEMBERS_OF.match(text[trig.end(): view.rel(after[0].start)]):
        fam = _FAMILY_THEN.match(text, view.rel(after[0].end))
        first = view.product_at(fam.end()) if fam else None
        if first is not None:
            return _following_list(view, first, products)
        bare = _BARE_MEMBERS.match(text, fam.end()) if fam else None
        words = list(re.finditer(r"[A-Z][a-z]+", bare.group(0))) if bare else []
        if words and bare and all(w.group(0) in load_lexicon().variants for w in words):
            # "its Llama 4 family, Scout and Maverick": the members are the family's name and each word
            at = view.start + bare.start()
            return [Mention(at + w.start(), at + w.end(), f"{after[0].text} {w.group(0)}", after[0].type,
                            organization=after[0].organization) for w in words]
    if after and (after[0].start - t_end <= 12 or _DESCRIBED_NAME.fullmatch(text[trig.end(): view.rel(after[0].start)])) \
            and not re.match(r"\s+by\b", text[trig.end():]) \
            and not (before and _INTRANSITIVE.match(trig.group(0)) and "," in text[trig.end(): view.rel(after[0].start)]):
        # (not "Gemma 2 came out last June, Gemma 1 ...": a verb without an object, and the next clause's name)
        # a product right after the verb is its object: "Kiln debuted Ember-3B", "a startup, open-sourced Tarn-1",
        # "open sourced the code model Qwen2.5-Coder and the mathematics model Qwen2.5-Math"
        coordinated = _following_list(view, after[0], products, loose=True)
        dated = _items_with_dates(view, after[0], products)  # "shipped A on March 3, B on March 14, and C on the 16th"
        return dated if len(dated) > len(coordinated) else coordinated
    which = _WHICH.search(before_text)
    if which:
        # "DeepSeek-V2, which the company open-sourced in May 2024": the antecedent of "which"
        ante = [m for m in products if m.end <= t_start and view.rel(m.end) <= window + which.start() + 2]
        direct = after and re.fullmatch(r"\s*(?:(?:its|their|the|a|an|new|latest|open|flagship)\s+)*",
                                        text[trig.end(): view.rel(after[0].start)])
        # "TikTok's owner, which launched its Doubao family": a named object after the verb; "which" is the actor
        direct = direct or bool(re.match(r"\s+(?:its|their)\s+(?:(?:new|latest|own|first)\s+)?[A-Z]", text[trig.end():]))
        if len(ante) >= 2 and not direct and _UPDATE_OF.fullmatch(text, view.rel(ante[-2].end), view.rel(ante[-1].start)):
            ante = ante[:-1]  # "`x-terminus`, an update to V3.1 that DeepSeek published": the update is what was published
        if ante and not direct:
            # the antecedent is the product the relative pronoun follows, possibly past an apposition
            # ("FLUX.1, a model from Black Forest Labs, which ..."), never past a verb ("X is ... a company that")
            gap = text[view.rel(ante[-1].end): window + which.start()]
            if len(gap) <= 90 and not re.search(r"\b(?:is|was|are|were|has|have|had|be|been)\b", gap):
                listed = _preceding_list(view, ante[-1], products)  # "A and B models, which rolled out ..."
                # "a menu grown to include A, B, C and D, which OpenAI released in February": a longer list is
                # named for itself, the clause is about its last item
                return listed if len(listed) <= 2 else listed[-1:]
    if _PRESENT.fullmatch(trig.group(0)) and not after:
        if before and _ADVERBS_ONLY.fullmatch(text, view.rel(before[-1].end), trig.start()) and _PRESENT_INTRANSITIVE.match(text, trig.end()):
            # "Feb 26 — Mistral Large launches alongside a partnership": a name right before the verb is its subject
            return _preceding_list(view, before[-1], products)
        return []  # "a sequence of releases from a company": a plural noun, not a verb without its object
    passive = bool(_PASSIVE_BEFORE.search(before_text)) or before_text.rstrip().endswith(",") and bool(before)
    passive = passive or bool(re.match(r"\s+by\b", text[trig.end():]))
    open_appo = _APPOSITION_OPEN.search(before_text) if trig.group("rel") or trig.group("ann") else None
    if open_appo and not (after and after[0].start - t_end <= 12):
        # "Mistral Large, the company's flagship model launched in February 2024", "Mistral NeMo, the 12B model they
        # built with NVIDIA and released on July 18": the verb describes the name the apposition follows
        head = [m for m in products if m.end <= view.start + window + open_appo.start() + 1 and not view.is_comparison(m)]
        if head and view.start + window + open_appo.start() - head[-1].end <= 2:
            return [head[-1]]
    appo = _APPOSITION.search(before_text)
    if appo and (passive or _INTRANSITIVE.match(trig.group(0))):
        # "Code Llama, a fine-tune of Llama 2 for code, was released": the noun before the apposition, and the names
        # listed with it ("Grok 4 and Grok 4 Heavy, a multi-agent version, were released")
        head = [m for m in products if m.end <= view.start + window + appo.start() + 1 and not view.is_comparison(m)]
        if head:
            return _preceding_list(view, head[-1], products)
    if _INTRANSITIVE.match(trig.group(0)):
        # "X arrived in May", "A and B went live": the subject comes before the verb
        if before:
            # "DBRX (132B total, ...) arrived", "A and B, which the company nicknamed les Ministraux, followed on ..."
            gap = _WHICH_ASIDE.sub(",", _PARENTHETICAL.sub("", text[view.rel(before[-1].end): trig.start()]))
            if len(gap) > 60 or _ORG_WORDS.search(gap) or re.search(r"\b(?:that|which|who)\b", gap) and not re.match(r"\s*,", gap):
                return []  # "... from a company that only launched in 2023": the subject is not the product
            if _EVENT_NOUN_OF.search(text[max(0, view.rel(before[-1].start) - 40): view.rel(before[-1].start)]):
                return []  # "A price cut for X followed on July 1": the subject is the cut, not X
            if _CLAUSE_AND.search(gap):  # "... on Hugging Face and GitHub, and the model is now available to ..."
                return [view.topic] if view.topic is not None and _ANAPHOR_END.search(gap) else []
            return _preceding_list(view, before[-1], products)
        if view.topic is not None and (_PRONOUN_ACTOR.search(before_text) or trig.start() == 0 or (
                _PRONOUN_START.match(text) and not re.search(r"[.;:]\s", before_text))):
            # "Came out on April 17 and ...", "It's 3.8B, MIT licensed, 128K context, came out Aug 20": the topic
            return [view.topic]
        bare_subject = _bare_subject(view, trig, before_text, window)
        return [bare_subject] if bare_subject is not None else []
    coord = _COORD_PASSIVE.search(before_text) if not passive and not after else None
    if coord:
        # "X was first distributed via a torrent on 8 December and formally announced on 11 December": the
        # second verb shares the first one's subject
        was_at = view.start + window + coord.start()
        head = [m for m in products if m.end <= was_at and was_at - m.end <= 40 and not view.is_comparison(m)]
        if head:
            return [m for m in _preceding_list(view, head[-1], products) if m.type == head[-1].type]
    anaphor = _ANAPHOR_PASSIVE.search(before_text) if passive and view.topic is not None else None
    if anaphor is not None:
        # "...; the weights were open-sourced on Hugging Face on 8 January 2025": the topic's; but "posted the weights
        # of Mixtral 8x7B ...; the model was announced on 11 December": the model the sentence named before
        earlier = [m for m in products if m.type == "model" and view.rel(m.end) <= window + anaphor.start()
                   and not view.is_comparison(m)]
        joined = anaphor.group(0)[:1] in ";," or anaphor.group(0).lstrip().startswith("and")
        return earlier[-1:] if earlier and joined else [view.topic]
    sized = _SIZED_PASSIVE.search(before_text) if passive and view.topic is not None and not before else None
    if sized is not None:
        # "A 2B version was released on 31 July 2024" under a "Gemma 2" topic: Gemma 2 2B
        base = _SIZE_END.sub("", view.topic.text)  # type: ignore[union-attr]
        start = view.start + sized.start("size")
        return [Mention(start, start + len(sized.group("size")), f"{base} {sized.group('size')}", "model",
                        organization=view.topic.organization)]  # type: ignore[union-attr]
    if passive and not before:
        opener = _ENTRY_LEAD.match(text)
        head = view.product_at(opener.end()) if opener else None
        if head is not None and _WHICH_THEN_PASSIVE.fullmatch(text, view.rel(head.end), trig.start()):
            # "Phi-1.5, which also has 1.3 billion parameters but extends ..., was released on 11 September 2023"
            return [head]
    if passive and before:
        # prefer a model or software over hardware named in the same noun phrase
        cands = [m for m in before if view.rel(m.start) >= max(0, trig.start() - 90)]
        best = next((m for m in reversed(cands) if m.type in ("model", "software")), cands[-1] if cands else before[-1])
        # "`o1-preview`, `o1-mini` (released 2024-09-12)", "A and B were released": the coordinated names too
        return [m for m in _preceding_list(view, best, products) if m.type == best.type]
    if passive and not after and not before:
        bare_subject = _bare_subject(view, trig, before_text, window)
        if bare_subject is not None:  # "Molmo was released on September 25"
            return [bare_subject]
    if after:
        bare = _bare_name(view, trig)
        if bare is not None and bare.end <= after[0].start:
            return _bare_and(view, bare)  # "shipped Quarry-V on May 6, a model built on Quarry-4": the unseen name right after the verb
        if not view.is_base(after[0]):
            return _following_list(view, after[0], products)
    if re.match(r"(?i)add", trig.group(0)):
        return []  # "X added better reasoning": 'added' dates a release only with a product as its object
    if before:
        # intransitive: "X launched on DATE", "X is here"
        actor_gap = text[view.rel(before[-1].end): trig.start()]
        if len(actor_gap) <= 40 and not _ORG_WORDS.search(actor_gap):
            # "A and B dropped on Saturday", "A and B, both released in 2023": each of them
            return _preceding_list(view, before[-1], products) if not actor_gap.strip() or _BOTH.fullmatch(actor_gap) else [before[-1]]
    elif not after and trig.group("rel"):
        bare_subject = _bare_subject(view, trig, before_text, window)
        if bare_subject is not None:  # "Molmo launched on September 25"
            return [bare_subject]
    if (trig.start() == 0 and len(text) <= 60 and view.topic is not None and not view.products()
            and not re.match(r"(?i)publish|post", trig.group(0))):
        return [view.topic]  # a header line: "Released December 26, 2024" under the product's name
    bare = _bare_name(view, trig)
    if bare is not None:
        return _bare_and(view, bare)
    if re.match(r"\s+it\b", text[trig.end():]):
        opener = next((m for m in products if m.end <= t_start and not view.is_comparison(m)), None)
        if opener is not None and _ENTRY_LEAD.fullmatch(text[: view.rel(opener.start)]) and re.search(
                r"[;,]\s", text[view.rel(opener.end): trig.start()]):
            return [opener]  # "Claude 3.7 Sonnet is now selectable; Anthropic released it today": the sentence's subject
        named = [m for m in products if m.end <= t_start and not view.is_comparison(m)]
        if named and re.search(r"\band\s+(?:\w+ly\s+)?$", text[: trig.start()]):
            return [named[-1]]  # "it released o3-mini at $1.10 ..., and made it available to free users": o3-mini
    if view.topic is not None and (_PRONOUN_ACTOR.search(before_text) or re.match(r"\s+(?:it|the\s+model|them)\b", text[trig.end():])):
        if _OTHER_OBJECT.match(text, trig.end()):
            return []  # "the company launched a free API tier": its object is something else than the topic
        return [view.topic]
    return []


_BARE_AFTER = re.compile(
    r"^\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,4}?"
    r"(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2}|(?!(?:version|release|update|build|patch|v|gen|phase|step|top|tier|level|part)\b)[a-z]{2,}(?:-\d[\w.]*|\s\d+\.\d+(?:\.\d+)?))(?=\s*(?:[,.(;:]|—|–|(?:\s[a-z][a-z-]+){1,2}\s(?:model|models|LLM|assistant|chatbot|agent|family)\b|\s(?:on|in|at|model|models|LLM|to|for|as|with|under|and|last|this|yesterday|today|assistant|chatbot|app|agent|tool|platform|service|API|family|series|the|a|an|that|which|after|before|during|alongside|together|earlier|later)\b|$))"
)


def _bare_name(view: SentenceView, trig: re.Match[str]) -> Mention | None:
    """An unseen single-word product right after an active trigger: 'Snowflake unveiled Arctic, ...'."""
    if not (trig.group("rel") or trig.group("ann")) or trig.group(0).lower() in ("made", "makes"):
        return None  # "made it available on La Plateforme": the name after 'available on' is a place
    if _PREPOSITION_GAP.match(view.text[trig.end():]):
        return None  # "began rolling out in ChatGPT": where, not what
    m = _BARE_AFTER.match(view.text[trig.end():])
    if not m:
        return None
    name = m.group("name").rstrip(".,;:")
    lex = load_lexicon()
    first = name.split()[0] if name else ""
    if not name or first in _PRONOUN_WORDS or first in ("Its", "Their"):
        return None
    if first in lex.stop_heads and len(name.split()) < 3:
        return None  # "the Model" alone is a word; "the Model Context Protocol" is a name
    if ADJECTIVE_SUFFIX.search(name):
        return None  # "three API-only models": an adjective, not a name
    etype, _org, _canon = classify(name, lex)
    if etype == "organization":
        return None
    start = view.start + trig.end() + m.start("name")
    return Mention(start, start + len(name), name, etype or "model")


# a clause that is only a subject before its verb: "Molmo came out on ...", "Then Arctic, the lab's first model, was released"
_BARE_SUBJECT = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and|but|while|then)\s+|\b(?:Then|And|But|When|Meanwhile|Finally)\s+)"
                           r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w+\u00c0-\u017f-]*)(?:\s*,(?P<aside>[^,;()]{3,80}),)?"
                           r"\s+(?:(?:itself|also|finally|first|quietly|then|only|officially|had|has|have|was|were|is)\s+)*$")


_SOME_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|our|his|her|it|them|this|these|two|three|several|new)\b")


def _bare_subject(view: SentenceView, trig: re.Match[str], before_text: str, window: int) -> Mention | None:
    """An unseen one-word product as the whole subject of an intransitive or passive release ("Molmo came out on
    September 25"), when the article writes that word as a name elsewhere too (``view.proper``)."""
    m = _BARE_SUBJECT.search(before_text)
    if m is None or _SOME_OBJECT.match(view.text, trig.end()):
        return None  # "Halcyon first announced the model": the word is the actor, the object comes after
    name = m.group("name")
    lex = load_lexicon()
    described = bool(m.group("aside") and _KIND_ASIDE.match(m.group("aside")))  # "Devstral, the agentic coding model from ..."
    if (name not in view.proper and not described) or name in _PRONOUN_WORDS or name in lex.stop_heads or name in _NOT_ACTORS:
        return None
    if classify(name, lex)[0] not in (None, "model"):
        return None  # a company, a benchmark: not what was released
    start = view.start + window + m.start("name")
    return Mention(start, start + len(name), name, "model")


# an apposition that says what the word before it names: "the agentic coding model from Mistral AI", "a new chip"
_KIND_ASIDE = re.compile(r"\s*(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,4}?(?:model|models|LLM|family|chip|accelerator|library|"
                         r"framework|assistant|agent|toolkit|SDK)\b")
_NOUN_OF = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
_PRONOUN_WORDS = frozenset(("I", "We", "They", "It", "He", "She", "This", "That"))
_BARE_NEXT = re.compile(r"\s+(?:and|as\s+well\s+as|plus)\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
                        r"(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2})(?=\s*[,.;:]|\s+(?:on|in|at|to|for|with|that|which)\b|$)")


def _bare_and(view: SentenceView, first: Mention) -> list[Mention]:
    """An unseen name and one coordinated after it: "launched the Responses API and an open-source Agents SDK"."""
    m = _BARE_NEXT.match(view.text, view.rel(first.end))
    if m is None or not m.group("name").rstrip(".,;:") or m.group("name").split()[0] in _PRONOUN_WORDS:
        return [first]
    if classify(m.group("name"), load_lexicon())[0] == "organization":
        return [first]  # "released X and Google ...": the next clause's actor
    name = m.group("name").rstrip(".,;:")
    start = view.start + m.start("name")
    return [first, Mention(start, start + len(name), name, first.type)]


_NOT_ACTORS = frozenset("""The A An It This That We They On In By When While After Although Since Because Once Until
Though Meanwhile Then Today Yesterday Now Also And But Or So Its Their His Her""".split())


def _organization(view: SentenceView, subject: Mention, trig_start: int) -> str | None:
    if subject.organization:
        return subject.organization
    orgs = view.orgs()
    before = [o for o in orgs if o.end <= trig_start]
    if before:
        return before[-1].canonical or before[-1].text
    by = re.search(r"\bby\s+", view.text[view.rel(trig_start):])
    if by:
        after = [o for o in orgs if o.start > trig_start]
        if after:
            return after[0].canonical or after[0].text
    lead = view.text[: view.rel(trig_start)]
    if _ORG_WORDS.search(lead[-40:]) and view.org_topic is not None:
        return view.org_topic.canonical or view.org_topic.text
    actor = re.search(r"(?:^|[,;]\s|\s[—–]\s)(?P<org>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s+(?:\w+ly\s+)?$", lead)
    if actor and actor.group("org").split()[0] not in _NOT_ACTORS and not any(
            m.start <= view.start + actor.start("org") < m.end for m in view.products()):
        return actor.group("org")  # "Snowflake unveiled Arctic": the actor before an active verb
    return None


_DASH_CLOSE = re.compile(r"\s[—–-]{1,2}\s")


def _is_dateline(view: SentenceView, t: TimeExpr) -> bool:
    lead = view.text[: view.rel(t.start)]
    tail = view.text[view.rel(t.end): view.rel(t.end) + 4]
    return len(lead) <= 40 and not re.search(r"[a-z]{3,}\s*$", lead) and bool(re.match(r"\s*(?:[—–]|--|-\s|:)", tail))


_REFERENCE_BEFORE = re.compile(r"(?i:\b(?:since|than|unlike|like|replacing|succeeding|(?:successor|sequel)\s+to)\s+(?:the\s+|its\s+)?)$")


def _reference_date(view: SentenceView, t: TimeExpr) -> bool:
    """True for the date of a point of reference: "its first open models since GPT-2 in 2019" (GPT-2's year)."""
    return any(m.end <= t.start and (gap := _NAME_IN.fullmatch(view.text, view.rel(m.end), view.rel(t.start)))
               and (gap.group(0).rstrip().endswith("in") or t.text.lower().startswith("in "))
               and _REFERENCE_BEFORE.search(view.text, max(0, view.rel(m.start) - 30), view.rel(m.start))
               for m in view.products())


def _time_for(view: SentenceView, trig_pos: int, trig_end: int | None = None,
              nominal: bool = False) -> tuple[TimeExpr | None, TimeExpr | None]:
    """The date of the event (nearest valued expression) and a relative expression beside it."""
    valued = [t for t in view.times if t.value is not None and t.kind != "relative"]
    # "X, a week after Y launched Z": an anchored phrase dates the clause before it, not the one it anchors on
    def closed(t: TimeExpr) -> bool:  # "The day after X's debut, Y open-sourced Z": the phrase ends before the clause
        gap = view.text[view.rel(t.end): view.rel(trig_pos)]  # or between dashes: "on July 24 - a day after X - Y arrived"
        return "," in gap or bool(_DASH_CLOSE.search(gap))

    def anaphoric(t: TimeExpr) -> bool:  # "two days before that put out Z": the phrase dates this clause
        return bool(_ANAPHORIC_AFTER.match(view.text, view.rel(t.end)))

    def main_clause(t: TimeExpr) -> bool:  # "On the same day it announced X, its fastest chip.": no clause follows
        return (t.rule == "same_day" and trig_end is not None and _TRIGGER.search(view.text, view.rel(trig_end)) is None
                and _TRIGGER.search(view.text, view.rel(t.end), view.rel(trig_pos)) is None
                and bool(_CLAUSE_OPENING.search(view.text, 0, view.rel(t.start))))

    valued = [t for t in valued if not _reference_date(view, t)]
    relative = [t for t in view.times if t.kind == "relative"
                and not (t.anchored and t.start < trig_pos and not closed(t) and not anaphoric(t) and not main_clause(t))
                and not (t.start > trig_pos and ";" in view.text[view.rel(trig_pos): view.rel(t.start)])]  # another clause's
    # a dateline ("March 12, 2025 — X released Y in Dec 2024") dates the story; a date in the clause wins
    inner = [t for t in valued if not _is_dateline(view, t)]
    if inner:
        valued = inner
    end = trig_end if trig_end is not None else trig_pos

    def distance(t: TimeExpr) -> float:
        return (trig_pos - t.end) * 1.5 if t.end <= trig_pos else max(0, t.start - end)

    # inside an anchor phrase ("one day after Meta published Llama 3.1"), only a date after the verb dates it
    # ("a month after its February 18 debut": a date between the phrase and a noun is the noun's own)
    anchored_before = any(t.anchored and t.end <= trig_pos and trig_pos - t.end < 50 and not closed(t)
                          and not (nominal and any(t.end <= v.start and v.end <= trig_pos for v in valued)) for t in view.times)
    if anchored_before:
        valued = [t for t in valued if t.start > trig_pos]
    # a closed anchor phrase ("The day after X's debut on Feb. 17, Y open-sourced Z"): its dates are X's
    for t in view.times:
        if t.anchored and t.end <= trig_pos and closed(t):
            comma = view.text.find(",", view.rel(t.end))
            while comma >= 0 and any(view.rel(x.start) <= comma < view.rel(x.end) for x in view.times):
                comma = view.text.find(",", comma + 1)  # the comma inside "Feb. 17, 2025" does not close it
            valued = [v for v in valued if not (t.start <= v.start and view.rel(v.end) <= comma)]
    # "X, released on March 4, 2024, and followed it with Y": a date before ", and" belongs to the clause it closes
    def closes_earlier_clause(t: TimeExpr) -> bool:
        gap = view.text[view.rel(t.end): view.rel(trig_pos)]
        if _CLAUSE_AND.search(gap):
            return True
        if (_VERB_AND.fullmatch(gap) or _THEN_GAP.fullmatch(gap)) and any(v.start > trig_pos for v in valued):
            # "rolled out X on November 12 and followed with Y last Wednesday", "released X in September, then rushed
            # out Y on Jan. 29": the second verb has its own
            return True
        # "Alibaba released Qwen-14B in September 2023, 01.AI released the Yi models in November 2023": a date after
        # an earlier verb, then a comma and a new actor, is the earlier clause's
        return bool(_NEW_ACTOR.fullmatch(gap)) and _TRIGGER.search(view.text, 0, view.rel(t.start)) is not None

    later_clause = [t for t in valued if not (t.end <= trig_pos and closes_earlier_clause(t))]
    if later_clause or any(t.start > trig_pos for t in relative):
        valued = later_clause  # "X on May 20, and Y, released the same month": Y's date is the relative one
    best = min(valued, key=distance, default=None)
    if best is not None and best.start > trig_pos:
        own = [t for t in relative if trig_pos <= t.start and t.end <= best.start]
        if own and _CLAUSE_AND.search(view.text[view.rel(own[-1].end): view.rel(best.start)]):
            best = None  # "A and B were made available the same day ..., while C followed on March 13": A's is the relative one
        elif (any(t.end <= trig_pos and not view.text[view.rel(t.end): view.rel(trig_pos)].strip() for t in relative)
              and _CLAUSE_AND.search(view.text[view.rel(trig_pos): view.rel(best.start)])):
            best = None  # "X the same day unveiled A, ..., and last Friday began rolling out B": the date of the next clause
    unresolved = [t for t in view.times if t.value is None and t.kind in ("partial", "deictic")]
    nearest_unresolved = min(unresolved, key=distance, default=None)
    if best is not None and nearest_unresolved is not None and distance(nearest_unresolved) < distance(best):
        best = None  # "Gemma 2 2B was added in July" with no year known: not the date of another clause
    rel = min(relative, key=lambda t: abs(t.start - trig_pos), default=None)
    if (best is not None and rel is not None and best.end <= rel.start and rel.end <= trig_pos
            and (not rel.anchored or anaphoric(rel))):
        best = None  # "X unveiled Y on Thursday, and two days before that put out Z": Z's date counts from Y's
    if rel is not None and rel.anchored and rel.end <= trig_pos and main_clause(rel):
        # "On the same day Google announced the TPU v5p, its fastest chip.": the day of the event told before
        return best, dataclasses.replace(rel, anchored=False, extra={})
    if anchored_before and best is None and rel is not None and rel.end <= trig_pos and not anaphoric(rel):
        rel = None  # "..., a day after Meta released Llama 3.1": the phrase it sits in dates it, not an earlier clause's
    if best is not None and best.granularity == "month" and best.value:
        # "That December brought X, on the 10th": the day the sentence gives inside the month it named
        inner = next((t for t in view.times if t.value and str(t.value).startswith(str(best.value)) and len(str(t.value)) == 10
                      and (t.rule == "nth" or 0 <= t.start - best.end <= 5)), None)
        best = inner or best  # "launched last month on December 26": the day inside the month said just before
    return best, rel


_ENTRY_LEAD = re.compile(r"[\s*#>•·_`-]*")  # the marks before a line's first word: bullets, heading, emphasis, code
_ENTRY_OPEN = re.compile(r"[*_]*\s*(?:[—–:…]|-{1,2}|\.{2,3})\s*")  # the dash, colon or dots after an entry's date or name
_ENTRY_SEP = re.compile(rf"^{_ENTRY_OPEN.pattern}[*_]*$")
_END_OF_LIFE = re.compile(r"(?i)\b(?:shut\s+down|shutting\s+down|deprecat\w+|retir(?:e|es|ed|ing)|sunset\w*|discontinu\w+|"
                          r"decommission\w*|end\s+of\s+life|removed|turned\s+off|switched\s+off)\b")
_MAKER = r"[*_]*\s*\([^()]{1,60}\)"  # an entry's maker after its name: "(Meta)", "(Alibaba Qwen team)"
_ENTRY_WEEKDAY = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|rsday|sday)?\.?,?\s+")
_ENTRY_NAME_END = re.compile(rf"^(?:{_MAKER}[*_]*)?[*_]*\s*(?:[.:]|\s[—–-]\s|[*_]*$)")
ENTRY_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,3}[.)])\s")  # a list item's mark
# what may stand before an entry's product: its maker and a verb ("DeepSeek merges its chat and coder lines into"),
# but not a comparison or a point of reference ("Nvidia sheds $589B after R1 ...")
_ENTRY_NOT_SUBJECT = re.compile(r"(?i)\b(?:after|before|since|following|than|vs|versus|like|unlike|beats?|tops?|overtakes?|"
                                r"replaces?|against|on|over|rivals?|matches)\b|[$%,;()]|\d")
# a project's own log about a product ("- 2025.03.26: X results are in", "- 2024.12.18: X API support"): not X's release
_LOG_ACTION = re.compile(r"(?i)[*_`]*\s*(?:\([^()]{0,40}\)\s*)?(?:day-1\s+|api\s+|first\s+)?(?:results?|support|scores?|evaluat\w*|benchmark\w*|"
                         r"(?:is\s+|was\s+)?added|integrat\w*|tested|numbers)\b")
_ENTRY_COMMA = re.compile(rf"(?:{_MAKER})?[*_]*\s*,\s*(?:on\s+)?")  # "**Gemma** (Google), " before the entry's date
_ENTRY_DATE_END = re.compile(r"[*_]*\s*(?:[.;:]|$)")
_ENTRY_PAREN = re.compile(r"^[*_]*\s*\(\s*(?:released\s+|launched\s+|rel\.\s+)?$", re.IGNORECASE)


_ENTRY_NAME = re.compile(r"[*_]*(?P<name>[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,3}?)[*_]*(?=\s*(?:[:(,]|[.]?$|\s[—–-]\s))")


def _entry_name(view: SentenceView, when: TimeExpr, products: list[Mention]) -> Mention | None:
    """The name an entry gives right after its date ("- 24 — Snowflake Arctic: 480B total"), when the recognizer
    did not take it for a product: in that slot it is one."""
    sep = _ENTRY_OPEN.match(view.text, view.rel(when.end))
    return slot_name(view, sep.end(), products, strict=True) if sep else None


def slot_name(view: SentenceView, rel: int, products: list[Mention], strict: bool = False) -> Mention | None:
    """A capitalised name at sentence offset ``rel`` where only a product can stand (a dated entry's name, the
    item of a list of releases), that the recognizer did not take for one. ``strict``: a single plain word
    counts only with a digit, a maker or an inner capital ("Correction:" is no product)."""
    m = _ENTRY_NAME.match(view.text, rel)
    if m is None:
        return None
    start, end = view.start + m.start("name"), view.start + m.end("name")
    if any(p.start < end and start < p.end for p in products):
        return None  # a known product already
    name = m.group("name")
    etype, _org, _canonical = classify(name)
    if etype is not None or name.split()[0] in load_lexicon().stop_heads:
        return None  # an organization or another kind of name
    orgs = [o for o in view.orgs() if o.start == start]
    if strict and not (any(ch.isdigit() for ch in name) or orgs or re.search(r"[a-z][A-Z]", name)
                       or re.match(_MAKER, view.text[m.end():]) or name in view.proper):
        return None  # "June 10, 2024 — Correction: ...": a word, unless it has a digit, a maker or an inner capital
    return Mention(start, end, name, "model", organization=(orgs[0].canonical or orgs[0].text) if orgs else None)


def find_entry(view: SentenceView) -> list[EventHit]:
    """A list entry or heading that is only a date and a product: a release on that date.

    Timelines and release histories state releases this way: "**February 24, 2023 — LLaMA.**",
    "* Mistral 7B (27 September 2023) - 7.3 billion parameters", "- GPT-4o: May 13, 2024".

    >>> from chronograph.text import Sentence
    >>> from chronograph.extract.dates import tag
    >>> from chronograph.extract.entities import find_mentions
    >>> t = "**July 18, 2023 — Llama 2.** It was trained on 2T tokens."
    >>> v = SentenceView(Sentence(0, 28, t[:28], 0), find_mentions(t[:28]), tag(t[:28]))
    >>> [(h.subject.text, h.time.value) for h in find_entry(v)]
    [('Llama 2', '2023-07-18')]
    """
    if not view.times:
        return []
    text = view.text
    lead = _ENTRY_LEAD.match(text).end()  # type: ignore[union-attr]
    weekday = _ENTRY_WEEKDAY.match(text, lead)
    if weekday and any(view.rel(t.start) == weekday.end() for t in view.times):
        lead = weekday.end()  # "* Sat., Apr. 5, 2025 — Llama 4.": the weekday before the entry's date
    valued = [t for t in view.times if t.value and t.kind != "relative" and not t.forecast
              and t.granularity in ("year", "month", "day")]
    products = [m for m in view.products() if m.type in ("model", "software", "hardware")]
    if valued and view.rel(valued[0].start) == lead:
        named = _entry_name(view, valued[0], products)
        if named is not None:  # "**24** — **Snowflake Arctic**": the entry's name is a product, known or not
            products = [named, *products]
    elif valued and ENTRY_BULLET.match(text) and not any(view.rel(p.start) == lead for p in products):
        named = slot_name(view, lead, products, strict=True)
        if named is not None and _ENTRY_PAREN.match(text[view.rel(named.end): view.rel(valued[0].start)]):
            products = [named, *products]  # "* Muse (Wed 2/19)": an entry's name before its date
    def hit(subjects: list[Mention], when: TimeExpr) -> list[EventHit]:
        if view.published and when.value and when.value > view.published:
            return []  # a dated entry after the publication date is a plan
        if _END_OF_LIFE.search(text) or _FUTURE.search(text):
            return []  # "- 2025-09-24: X and Y will be shut down": an end, or a plan, not a release
        return [EventHit(m, "release", when, when.start, m.organization, False) for m in subjects]

    if products and view.rel(products[0].start) == lead and ENTRY_BULLET.match(text):
        # "- **Gemma** (Google), February 21. 2B and 7B models ...", "- **Jamba** (AI21 Labs), the following day."
        # "• A and B (Microsoft), last month": the products named together before the maker share the date
        named = _following_list(view, products[0], products)
        when = next((t for t in view.times if t.start >= named[-1].end), None)
        if when is not None and (when.value or when.kind == "relative") and not when.forecast and _ENTRY_COMMA.fullmatch(
                text[view.rel(named[-1].end): view.rel(when.start)]) and _ENTRY_DATE_END.match(text, view.rel(when.end)):
            return hit(named, when)
    if not valued or not products:
        return []
    first_t, first_p = valued[0], products[0]
    if view.rel(first_t.start) == lead and first_p.start >= first_t.end:
        # "DATE — NAME." / "DATE: A and B"
        names = _following_list(view, first_p, products)
        if (_ENTRY_SEP.match(text[view.rel(first_t.end): view.rel(first_p.start)])
                and _ENTRY_NAME_END.match(text[view.rel(names[-1].end):])):
            return hit(names, first_t)
    if (view.rel(first_t.start) == lead and first_p.start >= first_t.end and first_t.granularity in ("day", "month")
            and ENTRY_BULLET.match(text) and not any(t.group(0).lower() not in ("brings", "brought", "came")
                                                     for t in _TRIGGER.finditer(text))):
        # "- **Jun 17, 2024** — **Coder-V2** follows on the same architecture", "- Jan 20, 2025 — R1 and Moonshot's
        # Kimi k1.5 arrive": a dated timeline entry is the event of the product it is about, whatever its verb
        sep = _ENTRY_OPEN.match(text, view.rel(first_t.end))
        gap = text[sep.end(): view.rel(first_p.start)] if sep else ""
        names = _following_list(view, first_p, products)
        if sep and len(gap) <= 60 and not _ENTRY_NOT_SUBJECT.search(gap) and not any(
                first_t.end <= t.start < first_p.start for t in view.times) and not _LOG_ACTION.match(
                text, view.rel(names[-1].end)):
            return hit(names, first_t)
    if view.rel(first_p.start) == lead and first_t.start >= first_p.end:
        gap = text[view.rel(first_p.end): view.rel(first_t.start)]
        tail = text[view.rel(first_t.end):]
        if _ENTRY_PAREN.match(gap) and re.match(r"\s*\)", tail):
            return hit([first_p], first_t)  # "NAME (DATE) - description"
        if _ENTRY_SEP.match(gap) and _ENTRY_NAME_END.match(tail):
            return hit([first_p], first_t)  # "NAME — DATE"
    return []


# a field of a model card or a spec list: "- **Release date:** February 3, 2025 (v1.0)", "Released: 2024-07-18"
_RELEASE_FIELD = re.compile(r"(?i)" + _ENTRY_LEAD.pattern + r"(?:(?:initial|first|public|official|original)\s+)?(?:release(?:d)?|launch(?:ed)?)"
                            r"(?:\s+date)?[*_]*(?:\s*:[*_]*\s*|\t\s*)")  # "Initial release<TAB>20 June 2023" in an infobox copy


def find_field(view: SentenceView) -> list[EventHit]:
    """A release-date field with no product of its own: the release of the model the page is about."""
    field = _RELEASE_FIELD.match(view.text)
    subject = view.topic or view.main  # a section's product ("## Mistral NeMo" then "Released: July 18, 2024"), else the page's
    if field is None or subject is None or view.products():
        return []
    when = next((t for t in view.times if view.rel(t.start) == field.end()), None)
    if when is None or not when.value or when.kind == "relative" or when.forecast:
        return []
    if view.published and when.value > view.published:
        return []  # a release date after the page's own is a plan
    return [EventHit(subject, "release", when, when.start, subject.organization, False)]


def _with_alongside(view: SentenceView, trig: re.Match[str], subjects: list[Mention]) -> list[Mention]:
    """The subjects, plus the products released 'alongside' them later in the clause."""
    products = view.products()
    last = subjects[-1]
    for m in products:
        if m.start <= max(last.end, view.start + trig.end()) or view.is_comparison(m):
            continue  # any kind of product: "announced TPU v5p in December 2023 alongside Gemini"
        before = view.text[max(view.rel(last.end), trig.end()): view.rel(m.start)]
        if (len(before) <= 120 and not re.search(r"[;:]|\.\s|\b(?:has|have|had|is|are|was|were|will|can|gets?|got)\b", before)
                and _ALONGSIDE.search(before)):
            return [*subjects, *_following_list(view, m, products, loose=True)]
        if (m.text.startswith(last.text + " ") and len(before) <= 160 and not re.search(r"[;]|\.\s", before)
                and _MEMBERS_NAMED.search(before)):
            # "released Llama 4, its first family of ..., starting with two models called Llama 4 Scout and Llama 4
            # Maverick": the family's members named after it are released with it
            return [*subjects, *[x for x in _following_list(view, m, products) if x.text.startswith(last.text + " ")]]
        break  # only the first product after the subjects can open such a phrase
    return subjects


_MEMBERS_NAMED = re.compile(r"(?i:\b(?:starting|beginning)\s+with|\bincluding|\bcomprising|\bconsisting\s+of|\bcalled|\bnamed)\b[^,;]{0,60}$")
_RIGHT_BEFORE_COUNT = re.compile(r",?\s*(?:(?:exactly|just|only|almost|nearly|roughly|about|precisely)\s+)?")


def _inside_anchor_phrase(view: SentenceView, trig_pos: int, hits: list[EventHit]) -> tuple[TimeExpr, Mention | None] | None:
    """For a verb inside "N days after <X released Y>" that follows a dated event of the same sentence: the
    phrase turned around (Y's date is the main event's minus N days) and the main event's subject."""
    for t in view.times:
        if not (t.anchored and t.kind == "relative" and t.offset and t.end <= trig_pos and trig_pos - t.end < 50
                and not t.extra and t.offset[0] == t.offset[1]):
            continue
        if "," in view.text[view.rel(t.end): view.rel(trig_pos)]:
            continue
        dated = [h for h in hits if h.time.kind != "relative" and h.time.value and h.subject.end <= t.start]
        if not dated and view.topic is not None and _MAIN_IS_TOPIC.match(view.text[: view.rel(t.start)]):
            # "The launch came a day after Databricks unveiled DBRX": the topic's release, dated elsewhere
            flipped = TimeExpr(t.start, t.end, t.text, t.rule, "relative", offset=(-t.offset[1], -t.offset[0]), anchored=True)
            return flipped, view.topic
        if not dated:
            # "This conversation was recorded on March 20, 2025, exactly one week after Ai2 released OLMo 2 32B": the
            # day the main clause names, whatever happened on it, less the count
            day = next((d for d in reversed(view.times) if d.end <= t.start and d.value and d.granularity == "day"
                        and _RIGHT_BEFORE_COUNT.fullmatch(view.text[view.rel(d.end): view.rel(t.start)])), None)
            if day is None:
                return None
            when = dt.date.fromisoformat(day.value) - dt.timedelta(days=t.offset[0])  # type: ignore[arg-type]
            return TimeExpr(t.start, t.end, t.text, t.rule, "absolute", value=when.isoformat(), granularity="day"), None
        flipped = TimeExpr(t.start, t.end, t.text, t.rule, "relative", offset=(-t.offset[1], -t.offset[0]), anchored=True)
        return flipped, dated[-1].subject
    return None


def _restates_day(view: SentenceView, rel: TimeExpr, when: TimeExpr) -> bool:
    """An anchored count followed by the day of the month alone: "Eight days after Jamba, on the 30th"."""
    return (rel.anchored and when.rule == "nth" and 0 < when.start - rel.end <= 60
            and not any(rel.end <= t.start < when.start for t in view.times))


def list_opener(view: SentenceView) -> tuple[str, TimeExpr] | None:
    """For a dated release that names its products in the list below ("On the 16th, Mistral put out two models,
    both Apache 2.0:" then "- **Codestral Mamba**, ..."): the event type and the date the items take."""
    text = view.text.rstrip()
    if not text.endswith(":") or _FUTURE.search(text):
        return None
    trig = next((t for t in _TRIGGER.finditer(text) if t.group("rel") or t.group("ann")), None)
    times = [t for t in view.times if t.value and t.kind != "relative" and not t.forecast
             and t.granularity in ("day", "month", "year")]
    if trig is None or not times or (view.published and str(times[-1].value) > view.published):
        return None
    return _event_type(trig), times[-1]


def find_events(view: SentenceView) -> list[EventHit]:
    """Dated event mentions of one prose sentence (forecasts flagged, not dropped)."""
    kinds = view.product_types
    view.product_types = RELEASABLE_TYPES  # "SWE-bench Verified was released on August 13": a benchmark's release
    try:
        return [h for h in _find_events(view) if h.subject.text not in _GENERIC_NAMES]
    finally:
        view.product_types = kinds


# words in capitals that name a kind of thing, never one product ("the open-source AI platform")
_GENERIC_NAMES = frozenset(("AI", "API", "APIs", "LLM", "LLMs", "GPU", "GPUs", "CPU", "ML", "NLP", "AGI", "GenAI", "SDK", "UI"))


def _find_events(view: SentenceView) -> list[EventHit]:
    # a list entry, a heading or a field; the rest may state others
    entry = (find_entry(view) or find_field(view)) if view.times else []
    times_here = view.times
    if not times_here and view.section is not None and _TRIGGER.search(view.text) and not _FUTURE.search(view.text):
        # "## 2025-04-17" then "- X released in preview.": a changelog entry happened on its heading's day
        view.times = times_here = [TimeExpr(view.start, view.start, "", "section", "deictic", value=view.section,
                                            granularity="day" if len(view.section) == 10 else "month")]
    if not times_here and "posted" in view.extras and _JUST_NOW.search(view.text) and _TRIGGER.search(view.text) \
            and not _FUTURE.search(view.text):
        # "GPT-4.5 preview just dropped in the API", "Gemini 2.0 Flash-Lite is now GA" in a post: the post's day
        view.times = times_here = [TimeExpr(view.start, view.start, "", "posted", "deictic", value=str(view.extras["posted"]),
                                            granularity="day")]
    if not times_here:
        if view.published is None:
            return []
        low = view.text.lower()
        if ("we" not in low and "introducing" not in low) or not _FIRST_PERSON.search(view.text):
            return []
        # "We are excited to announce Strand-2": a press release states its news on its publication date
        view.times = [TimeExpr(view.start, view.start, "", "deictic", "deictic", value=view.published, granularity="day")]
    text = view.text
    question = text.rstrip().endswith("?")
    hits: list[EventHit] = list(entry)
    seen: set[tuple[int, str]] = {(h.subject.start, h.predicate) for h in entry}
    entry_times = {h.time.start for h in entry}  # "March 17 — Grok-1. xAI open-sourced ...": the entry's date is its own
    for trig in _TRIGGER.finditer(text):
        trig_pos = view.start + trig.start()
        if _NEGATED.search(text, max(0, trig.start() - 40), trig.start()):
            continue  # "Behemoth is still training and was not released": no release
        if (trig.group("rel_noun_of") or trig.group("ann_noun_of") or trig.group("rel_noun") or trig.group("ann_noun")) and _ANCHOR_BEFORE.search(
                text[max(0, trig.start() - 40): trig.start()]) and not any(
                0 <= view.rel(t.start) - trig.end() <= 4 or 0 <= trig.start() - view.rel(t.end) <= 2
                or _OWN_DATE_AFTER_NAME.fullmatch(text, trig.end(), view.rel(t.start))  # "since the release of X last September"
                for t in view.times if t.value):
            # "announced on Jan 28, shortly after the release of DeepSeek-R1": a point of reference, not its date
            # (unless it says its own: "The day after Grok-3's debut on Feb. 17, ...", "after its February 18 debut")
            continue
        if re.match(r"\s+(?:from\s+\S+\s+)?between\b", text[trig.end():]):
            continue  # "problems published between 2025-02-01 and 2025-05-01": a span, no one day of a release
        if trig.group(0) in ("Published", "Posted") and any(
                view.rel(t.start) - trig.end() in (1, 4) for t in view.times):
            continue  # "By A. Writer · Published October 2, 2024 · Updated with X": the page's own date
        if (trig.group("rel") or trig.group("ann")) and _ATTRIBUTIVE_BEFORE.search(text, max(0, trig.start() - 8), trig.start()) \
                and _COMMON_NOUN_AFTER.match(text, trig.end()):
            continue  # "the published numbers", "their announced plans": a participle as an adjective, not a verb
        subjects = _subjects(view, trig)
        if not subjects:
            continue
        if trig.group("rel") or trig.group("rel_with") or trig.group("ann"):
            subjects = _with_alongside(view, trig, subjects)
        when, rel = _time_for(view, trig_pos, view.start + trig.end(), nominal=bool(trig.group("rel_noun") or trig.group("ann_noun")))
        if (when is not None and when.start > trig_pos and re.search(r"\bwhen\s", text[trig.end(): view.rel(when.start)])
                and any(trig_pos < m.start < when.start and m not in subjects for m in view.products())):
            when = None  # "compares the Qwen3 launch to when Mixtral 8x7B came out on December 11": the when-clause's date
        if when is not None and when.end <= trig_pos and trig.group(0).lower() == "followed" and _FOLLOWED_BY.match(text, trig.end()):
            own = next((t for t in view.times if t.value and t.kind != "relative" and not t.forecast and subjects
                        and _FOLLOWED_OWN.fullmatch(text, view.rel(subjects[-1].end), view.rel(t.start))), None)
            when = own or when  # "X arrived on April 23, 2024, followed by the Phi-3.5 series in August": August is Phi-3.5's
        if (rel is not None and when is not None and when.start < trig_pos < rel.start and trig.group(0).lower() == "followed"
                and _FOLLOWED_BY.match(text, trig.end())):
            when = None  # "X on February 24, followed by Y a day later": Y's date counts from X's
        if (when is not None and rel is not None and trig_pos < rel.start < when.start
                and _WHICH_CLAUSE.search(text, view.rel(rel.end), view.rel(when.start))):
            when = None  # "released X on the same day as Y, a successor to Z, which launched in May": May is Z's
        if (rel is not None and rel.rule == "same_day" and len(subjects) >= 2 and subjects[-1].end <= rel.start
                and _OWN_GAP.fullmatch(text[view.rel(subjects[-1].end): view.rel(rel.start)]) and _dated_after(view, rel)):
            rel = None  # "launched A and B on the same day in February 2024": the two share a day, counted from nothing
        if when is not None and rel is not None and _restates_day(view, rel, when):
            # "Eight days after Jamba, on the 30th, Cohere trimmed ...": the 30th of the month the count reaches
            rel, when = dataclasses.replace(rel, extra={**rel.extra, "day": re.sub(r"\D", "", when.text)}), None
        if when is not None and when.start in entry_times:
            continue
        if when is None and rel is None:
            inverse = _inside_anchor_phrase(view, trig_pos, hits)
            if inverse is not None:  # "..., a day after OpenAI released GPT-4o": a day before the main event
                expr, main = inverse
                objects = [m for m in subjects if m.start >= view.start + trig.end()]
                if not objects or objects[0].start - (view.start + trig.end()) > 12:
                    objects = []  # only the verb's own object ("released GPT-4o"), not "rolled out the biggest member of ..."
                for subject in objects:  # and the names listed with it ("put out A and B")
                    hits.append(EventHit(subject, _event_type(trig), expr, trig_pos, _organization(view, subject, trig_pos),
                                         False, anchor=main))
            continue
        low = max(0, trig.start() - _LOOK_BACK)
        clause_start = max(text.rfind(", ", low, trig.start()), text.rfind("; ", low, trig.start()), low)
        lead = text[clause_start: trig.start()]
        first_words = text[: min(len(text), 60)]
        dated = when if when is not None else rel
        lo, hi = sorted((trig.start(), view.rel(dated.start)))  # type: ignore[union-attr]
        between = text[lo:max(hi, trig.end())]
        dated_at = view.rel(dated.start)  # type: ignore[union-attr]
        dated_lead = text[max(text.rfind(", ", 0, dated_at), text.rfind("; ", 0, dated_at), 0): dated_at]
        forecast = question or bool(_FUTURE.search(lead)) or bool(_FUTURE.search(between)) or bool(when and when.forecast) or bool(
            re.match(r"\s*(?:By|Until|Before)\s", first_words)
        ) or bool(_FUTURE.search(dated_lead)) or bool(  # "X is preparing to release Y by the end of this month, and ... appeared"
            trig.group(0).lower() == "followed" and _FOLLOWED_BY.match(text, trig.end()) and _FUTURE.search(text, 0, trig.start())
        )  # "X is expected in 2025, followed by the MI400 series in 2026": the plan goes on
        rel_here = rel
        if rel_here is not None and when is not None:
            # a relative phrase past another product belongs to that product's clause
            lo_r, hi_r = sorted((subjects[-1].end, rel_here.start))
            if any(m.start >= lo_r and m.end <= hi_r for m in view.products() if m not in subjects) or (
                    subjects[-1].end <= rel_here.start and _CLAUSE_AND.search(text[view.rel(subjects[-1].end): view.rel(rel_here.start)])):
                rel_here = None  # "X on March 24, and Google followed a day later with Y": the next clause's
            elif rel_here.end <= trig_pos and re.search(r",\s+(?:which|who)\s", text[view.rel(rel_here.end): trig.start()]):
                rel_here = None  # "lands four months after Grok 4, which launched July 9 alongside Y": the main clause's
        variants = _VARIANTS_COLON.match(text, trig.end())
        first_variant = view.product_at(variants.end()) if variants else None
        if first_variant is not None and not any(m.start >= first_variant.start for m in subjects):
            # "Phi-3.5 was released on 20 August 2024 in three variants: A, B and C": the variants too
            subjects = [*subjects, *_following_list(view, first_variant, view.products())]
        owns = _own_times(view, subjects)
        for subject, own in zip(subjects, owns, strict=True):
            key = (subject.start, _event_type(trig))
            if key in seen:
                continue
            seen.add(key)
            if own is not None:  # a list whose items carry their own dates
                hits.append(EventHit(subject, _event_type(trig), own, trig_pos, _organization(view, subject, trig_pos), forecast))
                continue
            hits.append(EventHit(
                subject=subject,
                predicate=_event_type(trig),
                time=when if when is not None else rel,  # type: ignore[arg-type]
                trigger_start=trig_pos,
                organization=_organization(view, subject, trig_pos),
                forecast=forecast,
                relative=rel_here if when is not None else None,
            ))
    hits.extend(_copula_dates(view, hits))
    # a benchmark is released only where the verb names it ("released SWE-bench Verified", "SWE-bench was introduced"),
    # not where a clause about another product mentions it ("came Devstral, a model that topped SWE-Bench")
    hits = [h for h in hits if h.subject.type != "benchmark" or h.subject.start < h.trigger_start
            or h.subject.start - h.trigger_start <= 40]
    return _with_parenthetical_dates(view, [_sized_member(view, h) for h in hits])


# "Grok 3 — that was February seventeenth", "o1-preview was September 12", "Grok 2 was last August": a name, a
# copula, then only its date (a transcript's or a thread's way of dating a release)
_COPULA_DATE = re.compile(r"[*_`]*\s*(?:(?:[—–]|--?)\s*(?:(?:that|it|which)\s+)?|,\s*(?:that|it|which)\s+|,\s*(?=from\s)|\s*\(the\s+one\s+)?"
                          r"(?:(?:was|came)\s+(?:only\s+|just\s+|back\s+)?(?:(?:on|in)\s+)?|"
                          r"(?:is\s+|was\s+)?(?:from\s+)?)")  # "Mistral Small 3 from January", "Qwen 2.5 is from last September",
# "Qwen2.5, from last September", "Llama 3.3 70B (the one from December)"
_COPULA_VERB = re.compile(r"\b(?:was|came|from)\b")  # the copula's gap needs a verb or "from": "Grok 3 — that was ..."
_COPULA_END = re.compile(r"\s*(?:[,.;:?!)—–]|$|\s(?:and|but|with|when|so|was|is|had|has)\b)(?!\s*(?:to|until|through)\b)")


# "since GPT-2 in 2019", "DeepSeek-R1 in January forced every lab", "Grok-1, back in March of last year": a name
# and the month or year it came in
_PROMISED = re.compile(r"\bpromis(?:ed|es|ing)\b")
_NAME_IN = re.compile(r",?\s+(?:back\s+)?(?:in\s+)?")
_GAPPED_BEFORE = re.compile(r"(?:^|,\s*|\s)(?:and|then|Then|while|with)\s+(?:(?:the|its)\s+)?(?:(?:full|final|new)\s+)?$")
_GAPPED_AFTER = re.compile(r"\s+(?:(?:on|in)\s+)?")


def _copula_dates(view: SentenceView, hits: list[EventHit]) -> list[EventHit]:
    """Releases a sentence dates without a verb of their own: a name, a copula and its date ("o1-preview was
    September 12"), and a name the verb of an earlier clause is left out for ("..., and full o1 on December 5th",
    "Then R1 on January 20.")."""
    out: list[EventHit] = []
    for gap, gapped in ((_COPULA_DATE, False), (_GAPPED_AFTER, True)):
        for t in view.times:
            if not t.value or t.kind == "relative" or t.forecast or t.granularity not in ("day", "month"):
                continue
            owner = next((m for m in view.products() if m.type == "model" and m.end <= t.start
                          and gap.fullmatch(view.text, view.rel(m.end), view.rel(t.start))
                          and (gapped or _COPULA_VERB.search(view.text, view.rel(m.end), view.rel(t.start))
                               or t.text.lower().startswith("from "))), None)
            if (owner is None or any(h.subject.start == owner.start for h in (*hits, *out))
                    or not _COPULA_END.match(view.text, view.rel(t.end))):
                continue
            if gapped and not ((_GAPPED_BEFORE.search(view.text[max(0, view.rel(owner.start) - 30): view.rel(owner.start)])
                                and (hits or out or re.match(r"\s*Then\s", view.text)))
                               or (_ENTRY_LEAD.fullmatch(view.text, 0, view.rel(owner.start)) and not hits
                                   and _TRIGGER.search(view.text) is None)):
                continue  # a diary's verbless entry opens its sentence: "GPT-4o on May 13th.", "X on the 18th, at ..."
            out.append(EventHit(owner, (hits or out)[0].predicate if gapped and (hits or out) else "release", t, t.start,
                                owner.organization, False))
    for t in view.times:
        if (not t.value or t.kind == "relative" or t.forecast or t.granularity not in ("month", "year")
                or (view.published and t.value > view.published) or t.start in {h.time.start for h in (*hits, *out)}):
            continue
        owner = next((m for m in view.products() if m.type == "model" and m.end <= t.start
                      and (gap := _NAME_IN.fullmatch(view.text, view.rel(m.end), view.rel(t.start)))
                      and (gap.group(0).rstrip().endswith("in") or t.text.lower().startswith("in "))), None)
        if owner is None or any(h.subject.start == owner.start for h in (*hits, *out)) or _FUTURE.search(view.text, 0, view.rel(t.end)) or _PROMISED.search(view.text, 0, view.rel(t.start)):
            continue  # "plans to release X in June", "has promised X in 2025": a plan
        out.append(EventHit(owner, "release", t, t.start, owner.organization, False))
    return out


# a size written before a family's name: "A smaller 2-billion-parameter Gemma 2 model", "the new 8B Llama 3.1"
_SIZE_BEFORE = re.compile(r"(?i:\b(?:an?\s+(?:(?:new|smaller|larger|small|tiny|compact|bigger|lightweight)\s+)?|"
                          r"(?:the|its|their)\s+(?:smaller|larger|tiny|bigger|lightweight)\s+))"
                          r"(?P<n>\d+(?:\.\d+)?)[\s-]*(?P<u>billion|B)(?:[\s-]+param(?:eter)?s?)?[\s-]+$")


def _sized_member(view: SentenceView, hit: EventHit) -> EventHit:
    """A release whose subject a size qualifies is that member's: "A smaller 2-billion-parameter Gemma 2 model
    followed on July 31" is Gemma 2 2B's."""
    if hit.subject.type != "model" or _SIZE_END.search(hit.subject.text) or not view.start <= hit.subject.start < view.start + len(view.text):
        return hit
    m = _SIZE_BEFORE.search(view.text, max(0, view.rel(hit.subject.start) - 50), view.rel(hit.subject.start))
    if m is None:
        return hit
    name = f"{hit.subject.text} {m.group('n')}B"
    return dataclasses.replace(hit, subject=dataclasses.replace(hit.subject, text=name))


def _with_parenthetical_dates(view: SentenceView, hits: list[EventHit]) -> list[EventHit]:
    """A product with only a date in parentheses after it is dated by it: "Databricks' DBRX (April 2024) and
    Meta's Llama 3.1 405B (July 2024) showed ...", "GPT-4 (released March 2023)"."""
    if "(" not in view.text:
        return hits
    done = {h.subject.start for h in hits}
    used = {h.time.start for h in hits}  # "X's binary for Apple Silicon (released April 18th)": the trigger's already
    extra = []
    for m in view.products():
        if m.start in done or m.type not in ("model", "software", "hardware"):
            continue
        t = next((t for t in view.times if t.start >= m.end), None)
        if (t is None or t.start in used or not t.value or t.kind == "relative" or t.forecast or t.granularity not in ("year", "month", "day")
                or not _ENTRY_PAREN.match(view.text[view.rel(m.end): view.rel(t.start)])
                or not re.match(r"\s*\)", view.text[view.rel(t.end):])):
            continue
        if view.published and t.value > view.published:
            continue  # a date after the publication date is a plan
        # "**Magistral Small** and **Magistral Medium** (released 2025-06-10)": the names listed before it too
        for n in view.coordinated(m):
            if n.start not in done:
                done.add(n.start)
                extra.append(EventHit(n, "release", t, t.start, n.organization, False))
    return sorted([*hits, *extra], key=lambda h: h.subject.start) if extra else hits

"""Time tagger: find time expressions with regular expressions, normalise the found span.

The tagger never hands whole texts to ``dateparser.search_dates`` (slow, and it reads
"we" or "2-4" as dates). It finds spans itself, in four families:

* absolute: "Dec. 26, 2024", "26 December 2024", "2024-12-26", "December 2024", "Q3 2026",
  "in 2023", "mid-2024";
* partial: "April 7th", "on the 7th" (year / month from the article's reference date);
* deictic: "yesterday", "last week", "on Monday", "earlier this month", "the day after Christmas";
* relative to another event: "the very next day", "three days later", "one day before X".

Spans with a month name are normalised by ``dateparser.parse`` on the span only, with
``RELATIVE_BASE`` set to the reference date (results cached). Values keep their granularity:
``2023``, ``2023-Q1``, ``2023-03``, ``2023-W10``, ``2023-03-14``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import dateparser

from ..text import SpanSet

Granularity = Literal["year", "quarter", "month", "week", "day"]
ExprKind = Literal["absolute", "partial", "deictic", "relative"]

_MONTH = (
    r"(?<![A-Za-z])(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
# a leading look-ahead on the first character lets the regex engine skip ahead (a look-behind first would not)
_FIRST_MONTH = r"(?=[ADFJMNOS])"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?![\d])"
_YEAR_OR_SHORT = r"(?:" + _YEAR + r"|['’](?P<ys2>\d{2})(?![\d'’]))"  # "2024", or "'24" in terse timelines
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                  "fifteenth sixteenth seventeenth eighteenth nineteenth").split()
# a day said in words, as transcripts write it: "the seventeenth", "January twenty-ninth", "the twenty-sixth of December"
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN_DAY = (r"(?:twenty|thirty)[-\s](?:" + "|".join(_ORDINAL_WORDS[:9]) + r")|twentieth|thirtieth|"
               + "|".join(sorted(_ORDINAL_WORDS[2:], key=len, reverse=True)))  # not a bare "first" or "second"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# after "on the 5th": a joining word or none ("on the 5th floor", "on the 3rd attempt" are no dates)
_NTH_TAIL = (r"(?!\s+(?:of\s+)?(?!(?:with|and|but|as|after|before|at|in|on|by|for|to|when|while|so|or|the|a|an|which|that|this|too|"
             r"just|alongside|under|via|from|across|ahead|worldwide|globally|then)\b)[a-z])")
#: what every ordinal word above "second" contains: the spoken-day rules run only on texts holding one
_SPOKEN_STEMS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth",
                 "tieth")
_RANGE_TAIL = r"(?:\s*(?:[-–—]|to|through)\s*[0-3]?\d(?:st|nd|rd|th)?(?![\d]))?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
}
_NUM = (r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
}
_HOLIDAY = r"(?P<hol>(?i:christmas)(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Boxing\s+Day|Thanksgiving)"

# (name, pattern) in priority order: on overlapping matches the longer wins, then the earlier rule.
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?=\d)(?<![\d./-])(?P<y>(?:19|20)\d{2})([-/.])(?P<m>0[1-9]|1[0-2])\2(?P<d>[0-3]\d)(?![\d]|\.\d)")),
    # a numeric day with a four-digit year last: "8/22/2024" (US order), "22/8/2024" (day first when it cannot be a month)
    ("numeric", re.compile(r"(?=\d)(?<![\d./-])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2})(?![\w/])")),
    # a year and month in ISO form: "- 2023-06: Phi-1 released", "(2024-02)"; not inside an id ("gpt-4o-2024-08-06")
    ("iso_month", re.compile(r"(?=[12])(?<![\w./-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?![\w-]|\.\d)")),
    # the European dotted day: "25.07.2024", "am 17.07.2024" (two digits each, so no version number)
    ("dmy_dots", re.compile(r"(?=[0-3])(?<![\w.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d{2})(?![\w]|\.\d)")),
    # CJK dates left in translated text: "2024年1月16日", "2023年10月"
    ("cjk", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?")),
    # a month and day without the year: "1月20日" (the year from the reference, as for "January 20")
    ("cjk_md", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")),
    # a translation's mixed leftover: "2024年 June 5th"
    ("cjk_mixed", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*" + _MONTH + r"\s+" + _DAY + r"(?![\d%])")),
    ("mdy", re.compile(_FIRST_MONTH + _MONTH + r"\s+" + _DAY + _RANGE_TAIL + r",?\s+" + _YEAR_OR_SHORT)),
    ("dmy", re.compile(r"(?=\d)(?<![\d.,])" + _DAY + _RANGE_TAIL + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR_OR_SHORT)),
    # (a full stop after the month ends the line's sentence: "in December.\n2024[edit]" is no "December 2024")
    ("my", re.compile(_FIRST_MONTH + _MONTH + r",?(?:(?<=\.)[ \t]+|(?<!\.)\s+)(?:of\s+)?" + _YEAR_OR_SHORT)),
    ("md", re.compile(_FIRST_MONTH + _MONTH + r"\s+" + _DAY + _RANGE_TAIL + r"(?![\d.,]\d)(?![\d%])")),
    # lower-case month and day in terse text ("since jan 8", "released dec 11"); not "may" or "mar", words too
    ("md_lower", re.compile(r"(?<![A-Za-z])(?P<mon>jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                            r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+" + _DAY + r"(?![\d.,]\d)(?![\d%:])(?![\w-])")),
    ("dm", re.compile(r"(?=\d)(?<![\d.,$])" + _DAY + r"\s+(?:of\s+)?" + _MONTH)),
    # a day said in words ("January twenty-ninth", "March first", "the twenty-sixth of December"): run only on texts
    # holding an ordinal word, then read as "md" and "dm"
    ("md_spoken", re.compile(_FIRST_MONTH + _MONTH + r"\s+(?P<d>" + _SPOKEN_DAY + r"|first|second)(?![\w-])"
                             + r"(?:,?\s+(?P<ys>(?:twenty|two\s+thousand(?:\s+and)?)\s+twenty(?:[\s-](?P<yu>"
                             + "|".join(_UNIT_WORDS) + r"))?)(?![\w-]))?")),
    ("dm_spoken", re.compile(r"(?<![\w-])(?P<d>" + _SPOKEN_DAY + r")\s+of\s+" + _MONTH)),
    ("month_only", re.compile(r"(?<![\w-])(?P<mprep>(?i:in|from|since|during|by|until|through|early|late|mid|mid-|in\s+early|in\s+late|in\s+mid|in\s+mid-|last|that|"
                              r"(?:at\s+|by\s+|in\s+)?the\s+(?:end|start|beginning|middle)\s+of))[\s-]*" + _MONTH
                              + r"(?!(?:[ \t]*,|,?\s(?<!\.\s)|\.[ \t])[\s,]*(?:[0-3]?\d(?:st|nd|rd|th)?\b|(?:19|20)\d{2}|'\d{2}))(?P<which>\s+(?:of\s+)?(?:last|this|that)\s+year)?")),
    # not "on the 5th floor", "on the 3rd attempt": a word after the day is a joining word or none
    # "on the 6th of this month", "on the 28th of last month": that month's day
    ("nth", re.compile(r"(?<![A-Za-z])[Oo]n\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![\w-])(?:\s+of\s+(?P<which>this|last)\s+month\b)?" + _NTH_TAIL)),
    ("nth_spoken", re.compile(r"(?<![A-Za-z])[Oo]n\s+the\s+(?P<d>" + _SPOKEN_DAY + r")(?![\w-])" + _NTH_TAIL)),
    ("weekday_nth", re.compile(r"(?<![A-Za-z])(?:on\s+)?(?P<wd>(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day),?\s+"
                               r"the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![\w-])(?!\s+(?:of\s+)?[a-z])")),
    ("quarter", re.compile(r"(?=Q)(?<![A-Za-z0-9])Q(?P<q>[1-4])(?:\s+of)?(?:\s*['’]?(?P<y>(?:19|20)\d{2})|(?:\s*['’]|\s+)(?P<y2>\d{2}))(?![\d])")),
    ("quarter_words", re.compile(r"(?i:\b(?P<qw>first|second|third|fourth)\s+quarter\s+of\s+)" + _YEAR)),
    ("year_qualified", re.compile(r"(?i:\b(?P<qual>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of))[\s-]+" + _YEAR)),
    ("year_prep", re.compile(r"(?i:\b(?P<prep>in|during|throughout|by|until))\s+" + _YEAR + r"(?![%\d]|['’]s\b|\s*[-–]\s*\d)")),
    ("holiday", re.compile(r"(?i:\b(?:the\s+)?(?:(?:" + _NUM + r"\s+(?P<unit>day|week)s?)|(?P<the>day|week))\s+(?P<dir>before|after)\s+)" + _HOLIDAY)),
    ("holiday_on", re.compile(r"(?i:\bon\s+)" + _HOLIDAY)),
    ("deictic", re.compile(r"(?i:\b(?P<deix>yesterday|today|earlier\s+today|this\s+morning|this\s+afternoon|this\s+evening|tonight|last\s+night|this\s+week|last\s+week|earlier\s+this\s+(?:week|month|year)|this\s+month|last\s+month|this\s+year|last\s+year))\b")),
    # "earlier that year", "later that year", "that same year": the year the text stated last
    ("that_year", re.compile(r"(?i:\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?|in\s+)?that\s+(?:same\s+)?year)\b")),
    # "two weeks ago"; "exactly one year ago today", "one year ago tomorrow": that day a year back
    # not a bound: "less than four weeks ago", "more than a year ago" say how long, not when
    ("ago", re.compile(r"(?i:\b(?<!less than )(?<!more than )(?<!fewer than )(?<!over )(?<!under )(?<!within )" + _NUM + r"\s+(?P<unit>day|week|month|year)s?\s+ago(?:\s+(?P<when>today|tomorrow|yesterday|this\s+month))?)\b")),
    ("weekday", re.compile(r"(?i:\b(?P<wprep>on|last|this\s+past|earlier\s+on|late\s+on)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")),
    # "Monday of last week", "on Tuesday of this week": that day of that week
    ("weekday_week", re.compile(r"(?i:\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+of\s+(?P<wk>last|this)\s+week)\b")),
    # a newsletter's short dates: "(Tue 2/18)", "Mon 12/9": a weekday names the month and day after it
    ("weekday_md", re.compile(r"(?<![A-Za-z])(?P<wd>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])(?![\d/])")),
    # a timeline line that opens with its month and day: "12/5: OpenAI released o1", "- 12/19 — Gemini 2.0 Flash Thinking"
    ("md_slash_lead", re.compile(r"(?:(?<=\n)|(?<![\s\S])|(?<=\n- )|(?<=\n\* )|(?<=\n• ))(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])(?=[ \t]*(?:[:：]|[—–][ \t]|-[ \t]))")),
    # "shipped Tuesday", "said Thursday": a capitalised weekday right after a lower-case word; a diary's or a
    # newsletter's day label at the start of a line or item ("Tuesday: Qwen2.5-Max", "3) Thursday: two releases")
    ("weekday_bare", re.compile(r"(?:(?<=[a-z] )|(?:(?<=[.!?] )|(?<=\n)|(?<=: )|(?<=\d\) )|(?<=\d\. )|(?<=[-*•] )|(?<![\s\S]))(?=\w+(?:\s+[a-z]|,\s|:\s)))(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![-'’]|\s+(?:night|morning|evening|afternoon)?\s*(?:sale|deal|meeting|call|session)s?\b)")),
    # "At Monday's keynote", "Thursday's release": that day
    ("weekday_poss", re.compile(r"(?<![A-Za-z])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['’]s\s+(?:[a-z-]+\s+)?(?:keynote|event|release|launch|announcement|update|livestream|presentation|demo|debut|rollout|unveiling|post|drop)s?\b)")),
    ("next_weekday", re.compile(r"(?i:\b(?:on\s+)?the\s+(?:following|next|subsequent)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")),
    ("next_day", re.compile(r"(?i:\b(?:on\s+)?the\s+(?:very\s+)?(?:next|following|subsequent)\s+(?P<unit>day|week|month))\b")),
    ("later", re.compile(r"(?i:\b" + _NUM + r"\s+(?P<unit>day|week|month)s?\s+(?P<dir>later|earlier|afterwards?|before|after|prior\s+to))\b")),
    ("vague_later", re.compile(r"(?i:\b(?P<few>a\s+few\s+|several\s+|just\s+)?(?P<unit>day|week)s\s+(?P<dir>later|earlier|before|after))\b")),
    ("same_month", re.compile(r"(?i:\b(?:in\s+)?(?:the|that)\s+(?:very\s+)?same\s+month|later\s+that\s+month)\b")),
    ("same_day", re.compile(r"(?i:\b(?:on\s+)?(?:(?:the|that)\s+(?:very\s+)?)?same\s+day(?:(?P<as>\s+as)|(?P<clause>(?=\s+(?:that\s+|when\s+)?(?:[A-Z][\w&.-]+|it|they|we|the\s+company)\s+(?:\w+ly\s+)?(?:cut|slashed|released|launched|announced|unveiled|shipped|dropped|raised|lowered|introduced|made|put|opened|published|came\s+out|arrived|debuted|landed|went\s+live|was\s+released)\b)))?|later\s+that\s+day|(?-i:That)\s+(?:same\s+)?(?:evening|morning|night)|that\s+(?:same\s+)?(?:evening|morning|night)(?!\s+(?:[A-Z][\w&.-]+|it|they|we)\s)|(?:hours|minutes)\s+later|(?:the|on\s+the)\s+(?P<prev>previous|prior|preceding)\s+day)\b")),
    # "Alongside Gemma 3, Google released ShieldGemma 2": the same day as the product it goes with
    # "alongside the model": the date of the topic it goes with
    ("alongside", re.compile(r"(?i:\b(?:alongside|together\s+with|along\s+with))(?=\s+(?:the\s+|its\s+)?[A-Z]|\s+(?:the|its)\s+(?:new\s+)?(?:model|release|launch)\s*,)")),
    # "the day before GPT-4.5", "the day after that"; "the night before, X had launched", "shipped Y the day before."
    ("day_before", re.compile(r"(?i:\bthe\s+(?P<unit>day|week|night|evening)\s+(?P<dir>before|after)\b)(?:(?=\s+(?:the\s+)?[A-Z0-9])|(?P<that>(?=\s+(?:that|this)\b))|(?P<bare>(?=\s*[,.;:]|\s*$)))")),
    # "That same Friday evening", "GPT-5 follows that Thursday": the first such weekday from the day told last
    ("that_weekday", re.compile(r"(?<![A-Za-z])(?:[Tt]hat|[Tt]he\s+same)\s+(?:same\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])")),
]

#: the characters each case-insensitive rule can start with: a look-ahead on them lets the regex engine skip
#: ahead instead of trying the whole alternation at every word boundary
_FIRST_CHARS = {
    "deictic": "yYtTlLeE", "later": "0-9aAoOtTfFsSeEnN", "vague_later": "aAsSjJdDwW",
    "year_qualified": "eEmMlLtTsSbB", "year_prep": "iIdDtTbBuU", "weekday": "oOlLtTeE", "weekday_bare": "MTWFS", "next_day": "oOtT", "next_weekday": "oOtT",
    "month_only": "iIfFsSdDbBuUtTeElLmM", "quarter_words": "fFsStT", "nth": "oO", "nth_spoken": "oO", "dm_spoken": "ftsenFTSEN", "weekday_nth": "oMTWFSmtwfs", "md_lower": "jfaosnd", "ago": "0-9aAoOtTfFsSeEnN",
    "weekday_md": "MTWFS", "weekday_week": "oOmMtTwWfFsS", "that_year": "eElLiItT", "cjk_md": "0-9",
    "same_day": "oOtTlLhHmMsS", "same_month": "iItTlL", "day_before": "tT", "that_weekday": "tT", "alongside": "aAtT", "holiday": "0-9aAoOtTfFsSeEnNdDwW", "holiday_on": "oO",
}
_RULES = [(name, re.compile(f"(?=[{_FIRST_CHARS[name]}])" + pattern.pattern, pattern.flags) if name in _FIRST_CHARS
           else pattern) for name, pattern in _RULES]

_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: a rule runs only when one of these (lower-case) strings occurs in the text: most texts lack most of them
_GATES: dict[str, tuple[str, ...]] = {
    "iso": ("-", "/", "."),
    "numeric": ("/",),
    "dmy_dots": (".",),
    "iso_month": ("-",),
    "cjk": ("年",),
    "cjk_mixed": ("年",),
    "cjk_md": ("月",),
    "mdy": _MONTH_WORDS, "dmy": _MONTH_WORDS, "my": _MONTH_WORDS, "md": _MONTH_WORDS, "dm": _MONTH_WORDS,
    "md_lower": ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "month_only": _MONTH_WORDS,
    "nth": ("on the",),
    "nth_spoken": _SPOKEN_STEMS,
    "dm_spoken": _SPOKEN_STEMS,
    "md_spoken": (*_SPOKEN_STEMS, "first", "second"),
    "weekday_nth": ("day the", "day, the"),
    "quarter": ("q1", "q2", "q3", "q4"),
    "quarter_words": ("quarter",),
    "year_qualified": ("early", "mid", "late", "end of", "start of", "beginning of"),
    "year_prep": ("in ", "during", "throughout", "by ", "until"),
    "holiday": ("christmas", "new year", "halloween", "valentine", "independence", "boxing", "thanksgiving"),
    "holiday_on": ("christmas", "new year", "halloween", "valentine", "independence", "boxing", "thanksgiving"),
    "deictic": ("yesterday", "today", "this morning", "this afternoon", "this evening", "tonight", "last night", "week",
                "month", "year"),
    "ago": ("ago",),
    "that_year": ("that year", "that same year"),
    "weekday": ("day",),
    "weekday_week": ("day of",),
    "weekday_md": ("/",),
    "md_slash_lead": ("/",),
    "weekday_bare": ("day",),
    "weekday_poss": ("day's", "day’s"),
    "next_day": ("next", "following", "subsequent"),
    "next_weekday": ("next", "following", "subsequent"),
    "same_month": ("same month", "that month"),
    "alongside": ("alongside", "together with", "along with"),
    "later": ("later", "earlier", "before", "after", "prior"),
    "vague_later": ("later", "earlier", "before", "after"),
    "same_day": ("same day", "that day", "previous day", "prior day", "preceding day", "hours later", "minutes later",
                 "evening", "morning", "night"),
    "day_before": ("day before", "day after", "week before", "week after", "night before", "evening before", "night after"),
    "that_weekday": ("that ", "the same "),
}
_SPOKEN_AS = {"md_spoken": "md", "dm_spoken": "dm", "nth_spoken": "nth"}  # read as the rule they say in words
_GATE_WORDS = frozenset(word for words in _GATES.values() for word in words)

# a short line that names a year ("Gemini 1.5 (2024)", "## 2024", "== 2023 =="): a history section's year
_YEAR_HEADING = re.compile(r"(?m)^[#=*\s]*(?:[^\n]{1,50}?\s\((?P<y>(?:19|20)\d{2})\)|(?P<y2>(?:19|20)\d{2}))[\s=*]*$")
_MONTH_ANCHOR = re.compile(r"(?=[ADFJMNOS])(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_YEAR_ANCHOR = re.compile(r"(?=[12])(?<!\d)(?:19|20)\d{2}(?!\d)")
#: rules whose every match contains a short, rarer part, the anchor: anchors are found first, and the rule is tried
#: only in a window from ``back`` characters before each, instead of at every word start of the text. Not worth it
#: where the part is common ("day", "week", "year" for the weekday and deictic rules): measured slower there.
_ANCHORS: dict[str, tuple[re.Pattern[str], int]] = {
    "month_only": (_MONTH_ANCHOR, 48),
    "dmy": (_MONTH_ANCHOR, 32),
    "dm": (_MONTH_ANCHOR, 32),
    "year_qualified": (_YEAR_ANCHOR, 40),
    "year_prep": (_YEAR_ANCHOR, 32),
    "later": (re.compile(r"(?=[dDwWmM])(?i:(?:day|week|month)s?\s+(?:later|earlier|after|before|prior))"), 32),
    "vague_later": (re.compile(r"(?=[dDwW])(?i:(?:day|week)s\s+(?:later|earlier|before|after))"), 32),
    "nth": (re.compile(r"(?=t)the\s+[0-3]?\d(?:st|nd|rd|th)"), 8),
    "md_spoken": (_MONTH_ANCHOR, 0),
    "dm_spoken": (_MONTH_ANCHOR, 48),
    "quarter_words": (re.compile(r"(?=[qQ])(?i:quarter)"), 16),
    "iso": (re.compile(r"(?=[12])(?:19|20)\d{2}[-/.][01]\d[-/.][0-3]\d"), 0),
    "iso_month": (re.compile(r"(?=[12])(?:19|20)\d{2}-[01]\d"), 0),
    "dmy_dots": (re.compile(r"(?=[01])[01]\d\.(?:19|20)\d{2}"), 3),
    "md_slash_lead": (re.compile(r"\d/\d"), 2),
    "that_weekday": (re.compile(r"(?=[MTWFS])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"), 14),
}
#: how far past its anchor a match may still look: every rule's trailing look-ahead fits in it
_AHEAD = 96


def _matches(rule: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of one rule, as ``pattern.finditer(text)`` gives them."""
    anchored = _ANCHORS.get(rule)
    if anchored is None:
        yield from pattern.finditer(text)
        return
    anchor, back = anchored
    done = 0  # matches do not overlap, as with finditer
    for a in anchor.finditer(text):
        if a.start() < done:
            continue
        m = pattern.search(text, max(done, a.start() - back), a.end() + _AHEAD)
        if m is not None and m.start() <= a.start() < m.end():
            done = m.end()
            yield m

# "The following spring, on April 18", "the next year, on March 3": a date without its year, in the year after
_NEXT_YEAR_BEFORE = re.compile(r"(?i:\b(?:the\s+)?(?:following|next)\s+(?P<season>spring|summer|autumn|fall|winter|year)\b|\ba\s+year\s+later\b)")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_FORECAST_BEFORE = re.compile(
    r"(?i:\b(?:by|until|till|before|ahead\s+of|expected\s+(?:in|by|on)|slated\s+for|scheduled\s+for|planned\s+for|due\s+(?:in|by|on)|set\s+for|later\s+in|coming\s+in|targeting|in\s+time\s+for)"
    r"(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s*(?:early|mid|late)?[\s-]*)$"
)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in a text, with its normalised value where it has one."""

    start: int
    end: int
    text: str
    rule: str
    kind: ExprKind
    value: str | None = None
    granularity: Granularity | None = None
    #: For relative expressions: the offset range in days from the anchor event.
    offset: tuple[int, int] | None = None
    #: For "one day before X": True when an anchor text follows the expression.
    anchored: bool = False
    qualifier: str | None = None
    forecast: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def _number(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


_LEAP_BASE = dt.date(2000, 6, 15)


@lru_cache(maxsize=65536)
def _parse_span(span: str, ref: dt.date | None) -> dt.date | None:
    # the spans are month-name dates: only dateparser's absolute parser, not its "2 days ago" one
    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["absolute-time"]}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime(ref.year, ref.month, ref.day)
    try:
        parsed = dateparser.parse(span, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):  # dateparser raises on some odd inputs
        return None
    return parsed.date() if parsed else None


def _day(word: str) -> int:
    """A day of the month, written in digits or said in words ("17", "seventeenth", "twenty-ninth")."""
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word in ("twentieth", "thirtieth"):
        return 20 if word == "twentieth" else 30
    parts = re.split(r"[-\s]", word)
    tens = {"twenty": 20, "thirty": 30}.get(parts[0], 0) if len(parts) > 1 else 0
    return tens + _ORDINAL_WORDS.index(parts[-1]) + 1


def _canonical(month: str, day: str | None, year: str | None) -> str:
    """One spelling per date for dateparser, so each date is parsed once however it was written: "Dec. 26th, 2024",
    "26 December 2024" and "December 26-28, 2024" are all "Dec 26, 2024" (a range's first day)."""
    out = month[:3]
    if day is not None:
        out += f" {_day(day)}"
    return out if year is None else f"{out}, {year}" if day is not None else f"{out} {year}"


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    first_thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + dt.timedelta(weeks=3)


def _holiday(name: str, year: int) -> dt.date:
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    if key == "thanksgiving":
        return _thanksgiving(year)
    month, day = _HOLIDAYS[key]
    return dt.date(year, month, day)


_DATE_AFTER_WEEKDAY = re.compile(
    r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|"
    r",?\s+\d{4}-\d{2}-\d{2}")
_YEAR_OF_DAY = re.compile(r",?\s+(?:of\s+)?")
_NEARBY_DAY_YEAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b")
_NEARBY_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d])")


_NOT_BEFORE_BARE_WEEKDAY = frozenset("""every each until till by before through next this super black cyber fat good ash holy
a an one any some""".split())


def _normalise(rule: str, m: re.Match[str], ref: dt.date | None, context: str,
               context_before: str = "", narrative_year: int | None = None,
               narrative_month: str | None = None, narrative: bool = False,
               stated_year: int | None = None, day_first: bool = False) -> dict[str, object] | None:
    """Value, granularity and kind of one match; None when it does not normalise.

    ``narrative``: the reference date only bounds the text (a page's last edit), so a date without its year takes the
    year the text last stated, as a history section is written.
    """
    g = m.groupdict()
    if g.get("ys2") and not g.get("y"):
        g["y"] = ("19" if int(g["ys2"]) > 50 else "20") + g["ys2"]  # "Jul. 16 '24"
    if rule == "that_year":
        return {"kind": "partial"} if stated_year is None else {"value": f"{stated_year:04d}", "granularity": "year", "kind": "partial"}
    if rule == "month_only" and ("that" in (g.get("which") or "").lower() or g["mprep"].lower() == "that"):
        # "in July of that year", "released that May": the month in the year the text stated last
        if stated_year is None:
            return {"kind": "partial"}
        month = _parse_span(g["mon"] + " 1", _LEAP_BASE)
        return None if month is None else {"value": f"{stated_year:04d}-{month.month:02d}", "granularity": "month",
                                           "kind": "partial"}
    if rule == "iso":
        try:
            day = dt.date(int(g["y"]), int(g["m"]), _day(g["d"]))
        except ValueError:
            return None
        return {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule == "iso_month":
        return {"value": f"{g['y']}-{g['m']}", "granularity": "month", "kind": "absolute"}
    if rule == "dmy_dots":
        try:
            return {"value": iso_day(dt.date(int(g["y"]), int(g["m"]), int(g["d"]))), "granularity": "day", "kind": "absolute"}
        except ValueError:
            return None
    if rule == "numeric":
        a, b = int(g["a"]), int(g["b"])
        # month first unless the first number cannot be one, or the text writes its days first ("26/02/2024")
        month, day_of = (b, a) if a > 12 or day_first else (a, b)
        try:
            day = dt.date(int(g["y"]), month, day_of)
        except ValueError:
            return None
        return {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule == "cjk":
        try:
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"] or 1))
        except ValueError:
            return None
        if not g["d"]:
            return {"value": f"{day.year:04d}-{day.month:02d}", "granularity": "month", "kind": "absolute"}
        return {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule == "cjk_md":  # read as "January 20"
        g = {**g, "mon": _MONTH_WORDS[int(g["m"]) - 1], "d": g["d"]}
        rule = "md"
    if rule == "cjk_mixed":
        day = _parse_span(f"{g['mon']} {g['d']}, {g['y']}", None)
        return None if day is None else {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule in ("mdy", "dmy"):
        day = _parse_span(_canonical(g["mon"], g["d"], g["y"]), None)
        if day is None or day.year != int(g["y"]):
            return None
        return {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule == "my":
        day = _parse_span(_canonical(g["mon"], None, g["y"]), None)
        if day is None:
            return None
        return {"value": f"{day.year:04d}-{day.month:02d}", "granularity": "month", "kind": "absolute"}
    if rule in ("md", "md_lower", "dm", "month_only"):
        # a year stated just before in the same sentence ("became available on March 4, 2024, and Haiku followed on
        # March 13"; "June 27, 2024, and ... in July") is the year, whatever the publication date; without a reference
        # date, else the year of the last full date the text stated ("July 2024 saw several releases. ... on 16 July")
        years = _NEARBY_YEAR.findall(context_before) if ref is None else [
            y for y in map("".join, _NEARBY_DAY_YEAR.findall(context_before)) if int(y) <= ref.year]  # a full date's, not "founded in 2023"
        deictic = rule == "month_only" and ("last" in (g.get("which") or "").lower() or "this" in (g.get("which") or "").lower()
                                            or (g.get("mprep") or "").lower() in ("last", "this"))
        if ref is None:
            if (not years and narrative_year is None) or (deictic and not years):
                return {"kind": "partial"}  # "last September" counts from a publication date, not from a year told
            ref = dt.date(int(years[-1]) if years else narrative_year, 12, 31)  # type: ignore[arg-type]
        elif years and not deictic and int(years[-1]) != ref.year:
            ref = dt.date(int(years[-1]), 12, 31)
        elif narrative and narrative_year is not None and not deictic and narrative_year < ref.year:
            ref = dt.date(narrative_year, 12, 31)
    if rule == "md" and g.get("ys"):  # "April eighteenth, twenty twenty-four": the year said in words
        year = 2020 + (_UNIT_WORDS.index(g["yu"].lower()) + 1 if g.get("yu") else 0)
        day = _parse_span(_canonical(g["mon"], g["d"], str(year)), None)
        return None if day is None else {"value": iso_day(day), "granularity": "day", "kind": "absolute"}
    if rule in ("md", "md_lower", "dm"):
        if ref is None:
            return {"kind": "partial"}
        # normalise month and day once per span (a leap-year base admits Feb 29), then take the reference year
        day = _parse_span(_canonical(g["mon"], g["d"], None), _LEAP_BASE)
        if day is None:
            return None
        try:
            day = day.replace(year=ref.year)
        except ValueError:  # Feb 29 in a common year
            return None
        if day > ref + dt.timedelta(days=31):  # a past event stated without a year
            try:
                day = day.replace(year=ref.year - 1)
            except ValueError:
                return None
        return {"value": iso_day(day), "granularity": "day", "kind": "partial"}
    if rule == "month_only":
        if ref is None:
            return {"kind": "partial"}
        month = _parse_span(g["mon"] + " 1", _LEAP_BASE)
        if month is None:
            return None
        which = (g.get("which") or "").lower()
        if "last" in which:  # "in February of last year"
            year = ref.year - 1
        elif "this" in which:
            year = ref.year
        elif g["mprep"].lower() == "last":  # "last September": the latest September before this month
            year = ref.year if month.month < ref.month else ref.year - 1
        else:
            year = ref.year if month.month <= ref.month + 1 else ref.year - 1  # a past month stated without a year
        out_m: dict[str, object] = {"value": f"{year:04d}-{month.month:02d}", "granularity": "month", "kind": "partial"}
        if g["mprep"].strip().lower() in ("by", "until", "through") or g["mprep"].lower().startswith("by "):
            out_m["forecast"] = True
        return out_m
    if rule == "nth" and g.get("which") and ref is not None:
        first = ref.replace(day=1)
        if g["which"] == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        try:
            return {"value": iso_day(first.replace(day=_day(g["d"]))), "granularity": "day", "kind": "partial"}
        except ValueError:
            return None
    if rule == "nth" and narrative_month is not None:
        # "That lasted until last month. ... Then Google dropped Gemma 3 on the 12th": the month the text just named
        try:
            return {"value": iso_day(dt.date(int(narrative_month[:4]), int(narrative_month[5:7]), _day(g["d"]))),
                    "granularity": "day", "kind": "partial"}
        except ValueError:
            return None
    if rule in ("nth", "weekday_nth"):
        if ref is None:
            return {"kind": "partial"}
        weekday = g.get("wd")
        if weekday:  # "Saturday the 5th": the nearest month, around the reference, in which the 5th is a Saturday
            wanted = _WEEKDAYS.index(weekday.lower())
            this = ref.replace(day=1)
            previous = (this - dt.timedelta(days=1)).replace(day=1)
            following = (this + dt.timedelta(days=32)).replace(day=1)
            for first in (this, previous, following, (previous - dt.timedelta(days=1)).replace(day=1)):
                try:
                    cand = first.replace(day=_day(g["d"]))
                except ValueError:
                    continue
                if cand.weekday() == wanted:
                    return {"value": iso_day(cand), "granularity": "day", "kind": "partial"}
        try:
            day = ref.replace(day=_day(g["d"]))
        except ValueError:
            return None
        if day > ref + dt.timedelta(days=7):
            prev = (ref.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
            try:
                day = prev.replace(day=_day(g["d"]))
            except ValueError:
                return None
        return {"value": iso_day(day), "granularity": "day", "kind": "partial"}
    if rule in ("quarter", "quarter_words"):
        year = int(g["y"] or g.get("y2") or 0)  # "Q3 '24", "Q3 24"; not "Q300", a chip
        if year < 100:
            year += 2000
        quarter = int(g["q"]) if rule == "quarter" else ["first", "second", "third", "fourth"].index(g["qw"].lower()) + 1
        return {"value": f"{year:04d}-Q{quarter}", "granularity": "quarter", "kind": "absolute"}
    if rule == "year_qualified":
        qual = g["qual"].lower()
        qualifier = "late" if "end" in qual else "early" if ("start" in qual or "beginning" in qual) else qual
        return {"value": g["y"], "granularity": "year", "kind": "absolute", "qualifier": qualifier}
    if rule == "year_prep":
        out: dict[str, object] = {"value": g["y"], "granularity": "year", "kind": "absolute"}
        if g["prep"].lower() in ("by", "until"):
            out["forecast"] = True
        return out
    if rule in ("holiday", "holiday_on"):
        years = _NEARBY_YEAR.findall(context)
        year = int(years[0]) if years else (ref.year if ref else None)
        if year is None:
            return {"kind": "partial"}
        info = _holiday_value(rule, g, year)
        if years:
            return {**info, "kind": "absolute"}
        if ref is not None and str(info["value"]) > iso_day(ref):
            return _holiday_value(rule, g, year - 1)  # "the day after Christmas" in a January story: the last one
        return info
    if rule == "deictic":
        if ref is None:
            return {"kind": "deictic"}
        deix = re.sub(r"\s+", " ", g["deix"].lower())
        if deix in ("today", "earlier today", "this morning", "this afternoon", "this evening", "tonight"):
            return {"value": iso_day(ref), "granularity": "day", "kind": "deictic"}
        if deix in ("yesterday", "last night"):
            return {"value": iso_day(ref - dt.timedelta(days=1)), "granularity": "day", "kind": "deictic"}
        if deix in ("this week", "earlier this week"):
            return {"value": week_value(ref), "granularity": "week", "kind": "deictic"}
        if deix == "last week":
            return {"value": week_value(ref - dt.timedelta(days=7)), "granularity": "week", "kind": "deictic"}
        if deix in ("this month", "earlier this month"):
            return {"value": f"{ref.year:04d}-{ref.month:02d}", "granularity": "month", "kind": "deictic"}
        if deix == "last month":
            prev = ref.replace(day=1) - dt.timedelta(days=1)
            return {"value": f"{prev.year:04d}-{prev.month:02d}", "granularity": "month", "kind": "deictic"}
        if deix in ("this year", "earlier this year"):
            return {"value": f"{ref.year:04d}", "granularity": "year", "kind": "deictic"}
        if deix == "last year":
            return {"value": f"{ref.year - 1:04d}", "granularity": "year", "kind": "deictic"}
        return None
    if rule == "ago":
        if ref is None:
            return {"kind": "deictic"}
        n = _number(g["n"])
        unit = g["unit"].lower()
        if unit == "year":
            if g.get("when") is None:  # "a year ago, Meta released ...": that year
                return {"value": f"{ref.year - n:04d}", "granularity": "year", "kind": "deictic"}
            if g["when"].lower().startswith("this"):  # "a year ago this month": that month
                return {"value": f"{ref.year - n:04d}-{ref.month:02d}", "granularity": "month", "kind": "deictic"}
            shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[g["when"].lower()]
            try:
                day = ref.replace(year=ref.year - n) + dt.timedelta(days=shift)
            except ValueError:  # February 29
                day = ref.replace(year=ref.year - n, day=28) + dt.timedelta(days=shift)
            return {"value": iso_day(day), "granularity": "day", "kind": "deictic"}
        if unit == "month":
            month_index = ref.year * 12 + ref.month - 1 - n
            return {"value": f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "granularity": "month", "kind": "deictic"}
        # "two weeks ago": the day fourteen days back, as news readers and annotators count it
        day = ref - dt.timedelta(days=n * _UNIT_DAYS[unit])
        return {"value": iso_day(day), "granularity": "day", "kind": "deictic"}
    if rule == "weekday_week":
        if ref is None:
            return {"kind": "deictic"}
        monday = ref - dt.timedelta(days=ref.weekday() + (7 if g["wk"].lower() == "last" else 0))
        day = monday + dt.timedelta(days=_WEEKDAYS.index(g["wd"].lower()))
        return {"value": iso_day(day), "granularity": "day", "kind": "deictic"}
    if rule in ("weekday_md", "md_slash_lead"):
        if ref is None:
            return {"kind": "partial"}
        try:
            day = dt.date(ref.year, int(g["a"]), int(g["b"]))
            if day > ref + dt.timedelta(days=31):  # a past day stated without its year
                day = day.replace(year=ref.year - 1)
        except ValueError:
            return None
        return {"value": iso_day(day), "granularity": "day", "kind": "partial"}
    if rule == "weekday_poss":
        g = {**g, "wprep": "on"}
    if rule == "weekday_bare":
        words = context_before.split()
        if words and words[-1].lower() in _NOT_BEFORE_BARE_WEEKDAY:
            return None  # "every Tuesday", "until Friday", "by Monday"
        g = {**g, "wprep": "on"}
    if rule in ("weekday", "weekday_bare", "weekday_poss"):
        if ref is None:
            return {"kind": "deictic"}
        target = _WEEKDAYS.index(g["wd"].lower())
        back = (ref.weekday() - target) % 7
        prep = (g.get("wprep") or "").lower()
        if back == 0 and prep.split()[-1:] != ["on"]:
            back = 7  # "last Thursday" in a Thursday story is a week back; "on" / "late on Thursday" is the day itself
        elif prep == "last" and target < ref.weekday() and ref.weekday() != 6:
            # "last Thursday" in a Friday story: the Thursday of the week before ("Thursday" is yesterday); a Sunday
            # story opens a new week, so its "last Thursday" is the one just gone
            back += 7
        return {"value": iso_day(ref - dt.timedelta(days=back)), "granularity": "day", "kind": "deictic"}
    if rule == "next_day":
        if g["unit"].lower() == "month":  # "the following month": that month, not a day thirty days on
            return {"kind": "relative", "offset": (28, 31), "granularity": "month", "extra": {"months": "1"}}
        days = _UNIT_DAYS[g["unit"].lower()]
        return {"kind": "relative", "offset": (days, days)}
    if rule == "later":
        direction = g["dir"].lower()
        sign = -1 if direction in ("earlier", "before") or direction.startswith("prior") else 1
        anchored = direction in ("before", "after") or direction.startswith("prior")
        if g["unit"].lower() == "month":  # "three months later": a month, some 28 to 31 days per month away
            months = _number(g["n"])
            lo, hi = sorted((sign * 28 * months, sign * 31 * months))
            return {"kind": "relative", "offset": (lo, hi), "anchored": anchored, "granularity": "month",
                    "extra": {"months": str(sign * months)}}
        n = _number(g["n"]) * _UNIT_DAYS[g["unit"].lower()]
        return {"kind": "relative", "offset": (sign * n, sign * n), "anchored": anchored}
    if rule == "vague_later":
        unit = g["unit"].lower()
        low, high = (1, 6) if unit == "day" else (7, 42)
        if g.get("few"):
            low, high = (2, 6) if unit == "day" else (14, 42)
        direction = g["dir"].lower()
        sign = -1 if direction in ("earlier", "before") else 1
        lo, hi = sorted((sign * low, sign * high))
        return {"kind": "relative", "offset": (lo, hi), "anchored": direction in ("before", "after")}
    if rule == "next_weekday":  # "the following Wednesday": the first Wednesday after the event it follows
        return {"kind": "relative", "offset": (1, 7), "extra": {"weekday": str(_WEEKDAYS.index(g["wd"].lower()))}}
    if rule == "alongside":
        return {"kind": "relative", "offset": (0, 0), "anchored": True}
    if rule == "same_month":  # "released the same month": the month of the event it follows
        return {"kind": "relative", "offset": (-30, 30), "granularity": "month", "extra": {"months": "0"}}
    if rule == "same_day":
        if g.get("prev"):
            return {"kind": "relative", "offset": (-1, -1)}
        # "the same day as R1", "the same day Mistral cut its prices": counted from what follows, not from before
        if g.get("clause") is not None:
            return {"kind": "relative", "offset": (0, 0), "anchored": True, "extra": {"clause": "1"}}
        return {"kind": "relative", "offset": (0, 0), "anchored": bool(g.get("as"))}
    if rule == "day_before":
        days = _UNIT_DAYS.get(g["unit"].lower(), 1)  # the night, the evening: a day
        sign = -1 if g["dir"].lower() == "before" else 1
        # "the day after that", "the night before,": counted from the event just told, like "a day later"
        return {"kind": "relative", "offset": (sign * days, sign * days), "anchored": g["that"] is None and g["bare"] is None}
    if rule == "that_weekday":
        return {"kind": "relative", "offset": (0, 6), "extra": {"weekday": str(_WEEKDAYS.index(g["wd"].lower())), "same": "1"}}
    return None


def _holiday_value(rule: str, g: dict[str, str | None], year: int) -> dict[str, object]:
    """A holiday phrase ("the day after Christmas") in a given year, as a partial date."""
    base = _holiday(g["hol"], year)  # type: ignore[arg-type]
    if rule == "holiday":
        n = _number(g.get("n")) if g.get("unit") else 1  # type: ignore[arg-type]
        delta = n * _UNIT_DAYS.get((g.get("unit") or g.get("the") or "day").lower(), 1)
        base = base + dt.timedelta(days=delta if (g["dir"] or "").lower() == "after" else -delta)
    return {"value": iso_day(base), "granularity": "day", "kind": "partial"}


def _select(matches: list[tuple[int, int, int, str, re.Match[str]]]) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """Drop overlapping matches: longest first, then rule priority."""
    chosen: list[tuple[int, int, int, str, re.Match[str]]] = []
    taken = SpanSet()
    for item in sorted(matches, key=lambda t: (-(t[1] - t[0]), t[2], t[0])):
        start, end = item[0], item[1]
        if taken.overlaps(start, end):
            continue
        chosen.append(item)
        taken.add(start, end)
    return sorted(chosen, key=lambda t: t[0])


_BEFORE_LAST = re.compile(r"\s+before\s+last\b")
_WEEKDAY_BEFORE = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$")


def _year_of_weekday(value: str, weekday: str, reference: dt.date | None) -> str:
    """The day ``value`` moved to the latest year, up to the reference and six years back, in which it falls on the
    weekday the text names with it; unchanged when it already does or no such year is near."""
    day = dt.date.fromisoformat(value)
    wanted = _WEEKDAYS.index(f"{weekday.lower()}day")
    if day.weekday() == wanted:
        return value
    for back in range(0, 7):
        try:
            candidate = day.replace(year=day.year - back)
        except ValueError:
            continue
        if candidate.weekday() == wanted and (reference is None or candidate <= reference):
            return candidate.isoformat()
    return value


_BACK_IN_TIME = re.compile(r"(?i)\b(?:earlier|previously|before\s+(?:that|then|this)|prior\s+to\s+(?:that|this))\b")


def tag(text: str, reference: dt.date | None = None, offset: int = 0, narrative: bool = False) -> list[TimeExpr]:
    """All time expressions of ``text``; offsets are shifted by ``offset``.

    ``narrative``: ``reference`` is only when the page was last edited; dates without a year take the year the text
    last stated, in a full date or a year heading ("Gemini 1.5 (2024)"), and "on the 8th" the month just named.

    >>> [(t.text, t.value) for t in tag("It shipped on Dec. 26, 2024, two weeks after v0.12.")]
    [('Dec. 26, 2024', '2024-12-26'), ('two weeks after', None)]
    >>> [t.value for t in tag("Released April 7th; 2-4 weeks", dt.date(2026, 4, 6))]
    ['2026-04-07']
    """
    found = []
    low = text.lower()
    present = {word for word in _GATE_WORDS if word in low}  # each gate word looked up once, not once per rule
    for priority, (rule, pattern) in enumerate(_RULES):
        gate = _GATES.get(rule)
        if gate is not None and present.isdisjoint(gate):
            continue
        for m in _matches(rule, pattern, text):
            found.append((m.start(), m.end(), priority, _SPOKEN_AS.get(rule, rule), m))
    result = []
    # a text whose slashed dates put the day first where it must ("26/02/2024") and never the month first where it
    # must ("2/26/2024") writes all of them day first: "11/09/2024" is 11 September there
    slashed = [(int(m.group("a")), int(m.group("b"))) for _s, _e, _p, rule, m in found if rule == "numeric"]
    day_first = any(a > 12 for a, _b in slashed) and not any(b > 12 for _a, b in slashed)
    narrative_year: int | None = None  # without a reference date, the year of the last full date stated
    stated_year: int | None = None  # the year of the last date stated, of any precision ("In 2023, ...")
    stated: tuple[str, int] | None = None  # that date, to the month or day, and where it ends
    last_month: tuple[int, int] | None = None  # the year and month of the last date told, to the month or the day
    told: tuple[str, int] | None = None  # the month of the last day told ("2025-03") and where that date ends
    carried_year: int | None = None  # "the following spring": the year the dates without one are in, until one is stated
    deictic_month: tuple[str, int] | None = None  # "last month" just said, before any other date: (value, end)
    headings = [(h.start(), int(h.group("y") or h.group("y2"))) for h in _YEAR_HEADING.finditer(text)] if narrative else []
    for start, end, _, rule, m in _select(found):
        while headings and headings[0][0] < start:
            narrative_year = headings.pop(0)[1]
        if rule in ("weekday", "weekday_bare") and _DATE_AFTER_WEEKDAY.match(text, end):
            continue  # "on Saturday, April 5, 2025": the date that follows says the day
        if rule == "deictic" and result and reference is not None and _YEAR_OF_DAY.fullmatch(text, result[-1].end, start) \
                and result[-1].rule in ("md", "dm", "md_lower") and result[-1].value \
                and m.group("deix").lower() in ("this year", "last year"):
            # "On 20th of January this year", "on March 3 last year": the day, in that year
            year = reference.year - (1 if m.group("deix").lower() == "last year" else 0)
            prev = result[-1]
            try:
                value = dt.date.fromisoformat(str(prev.value)).replace(year=year)
            except ValueError:
                continue
            result[-1] = dataclasses.replace(prev, end=end + offset, text=text[prev.start - offset:end], value=iso_day(value))
            continue
        context = text[max(0, start - 40) : min(len(text), end + 40)]
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        month_here = deictic_month[0] if deictic_month is not None and start - deictic_month[1] <= 1500 else None
        if month_here is None and rule == "nth" and told is not None and "\n" not in text[told[1]:start]:
            month_here = told[0]  # "Gemma 3 on March 12 ... DeepSeek-V3-0324 later that month, on the 24th": the paragraph's month
        info = _normalise(rule, m, reference, context, text[max(sentence_start, start - 160): start], narrative_year,
                          month_here, narrative, stated_year, day_first)
        if info is None:
            continue
        if (info.get("kind") == "partial" and info.get("value") and rule in ("md", "dm", "md_lower") and stated is not None
                and "\n" not in text[stated[1]:start] and carried_year is None
                and str(info["value"])[:4] != stated[0][:4] and f"{stated[0][:4]}{str(info['value'])[4:]}" >= stated[0]):
            # "July 2024 was the busiest month. Codestral Mamba came out on 16 July.": in the paragraph's year, when
            # that keeps the story going forward ("o3 on Dec. 20, 2024, and o3-mini on Jan. 31" is the next year)
            info["value"] = f"{stated[0][:4]}{str(info['value'])[4:]}"
        if rule in ("weekday", "weekday_bare") and info.get("value") and (last := _BEFORE_LAST.match(text, end)):
            # "the Monday before last": the Monday of the week before the last one
            info["value"] = iso_day(dt.date.fromisoformat(str(info["value"])) - dt.timedelta(days=7))
            end = last.end()
        if info.get("kind") == "partial" and rule in ("md", "dm") and len(str(info.get("value") or "")) == 10:
            said = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
            if said is not None:  # "On Friday, December 8" in a 2025 story: the last December 8 that was a Friday
                info["value"] = _year_of_weekday(str(info["value"]), said.group(1), reference)
        if (narrative and reference is not None and info.get("kind") == "partial" and rule in ("md", "dm", "md_lower")
                and stated is not None and len(stated[0]) == 10 and str(info.get("value") or "") < stated[0]
                and str(info.get("value") or "")[:4] == stated[0][:4] and not _BACK_IN_TIME.search(text, sentence_start, start)):
            # a page dated by its last edit: "Qwen2.5 followed on September 19, 2024. ... Qwen3, which arrived on
            # April 29": the story goes forward, to the next April, when that is not after the edit (not where it says it
            # goes back: "Earlier, on 13 June, it had released ...")
            later = f"{int(stated[0][:4]) + 1:04d}{str(info['value'])[4:]}"
            if later <= reference.isoformat():
                info["value"] = later
        if info.get("kind") == "partial" and info.get("value"):
            following = _NEXT_YEAR_BEFORE.search(text, sentence_start, start) if stated_year is not None else None
            if following is not None:
                # "February 24, 2023 ... That August ... The following spring, on April 18, ...": the next spring after
                # the last date told, and so are the dates without a year after it, until a year is stated again
                season = _SEASON_START.get((following.group("season") or "").lower())
                if season is None or last_month is None:
                    carried_year = (last_month[0] if last_month else stated_year) + 1  # type: ignore[operator]
                else:
                    carried_year = last_month[0] + (last_month[1] >= season)
            if carried_year is not None:
                info["value"] = f"{carried_year:04d}{str(info['value'])[4:]}"
        if info.get("value") and info.get("granularity") in ("day", "month") and str(info["value"])[:4].isdigit():
            last_month = (int(str(info["value"])[:4]), int(str(info["value"])[5:7]))
            if info.get("granularity") == "day":  # a day told ("March 12"), not a month named ("In January 2026")
                told = (str(info["value"])[:7], end)
        if info.get("kind") == "absolute" and str(info.get("value") or "")[:4].isdigit():
            stated_year = int(str(info["value"])[:4])
            stated = (str(info["value"]), end) if info.get("granularity") in ("day", "month") else None
            carried_year = None
        if info.get("kind") == "absolute" and info.get("value") and info.get("granularity") in ("day", "month"):
            narrative_year = int(str(info["value"])[:4])
        if info.get("granularity") == "month" and info.get("value") and (
                rule == "deictic" or (rule == "month_only" and m.group("mprep").lower() == "that")
                or (narrative and rule == "month_only" and m.group("mprep").lower() == "in")):
            deictic_month = (str(info["value"]), end)
        elif info.get("value") and rule != "nth":
            deictic_month = None  # another date came in between: "the 12th" is no longer that month's
        before = text[max(0, start - 40) : start]
        forecast = bool(info.pop("forecast", False)) or bool(_FORECAST_BEFORE.search(before))
        result.append(
            TimeExpr(
                start=start + offset,
                end=end + offset,
                text=text[start:end],
                rule=rule,
                forecast=forecast,
                **info,  # type: ignore[arg-type]
            )
        )
    return _with_stated_days(result, text, offset)


def _with_stated_days(found: list[TimeExpr], text: str, offset: int) -> list[TimeExpr]:
    """"June 22 (2023-06-22)", "eight days ago (2024-10-07)": a date written again as an ISO day in brackets right after
    it (a page's ``<time datetime>``) is that day; so is a day said and then stated ("tonight, Monday April 28")."""
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and t.rule == "iso" and t.value and text[prev.end - offset: t.start - offset] == " ("
                and text[t.end - offset: t.end - offset + 1] == ")"):
            out[-1] = dataclasses.replace(prev, end=t.end + 1, text=text[prev.start - offset: t.end - offset + 1], value=t.value,
                                          granularity="day", kind="absolute", offset=None, anchored=False, extra={})
            continue
        if (prev is not None and prev.kind == "deictic" and prev.granularity == "day" and t.granularity == "day" and t.value
                and t.kind in ("absolute", "partial") and _RESTATED.fullmatch(text[prev.end - offset: t.start - offset])):
            # "tonight, Monday April 28", "yesterday (Jan. 20)": the day said, then stated; the stated day is it
            out[-1] = dataclasses.replace(t, start=prev.start, text=text[prev.start - offset: t.end - offset])
            continue
        out.append(t)
    return out


_RESTATED = re.compile(r"\s*(?:,|\(|—|–)\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")


@lru_cache(maxsize=1 << 16)
def bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO value of any granularity.

    >>> bounds("2024-02")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> bounds("2026-Q3")
    (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
    """
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        year, q = int(m.group(1)), int(m.group(2))
        first = dt.date(year, 3 * q - 2, 1)
        last = (dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)) - dt.timedelta(days=1)
        return first, last
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        first = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return first, first + dt.timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        first = dt.date(year, month, 1)
        last = (dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)) - dt.timedelta(days=1)
        return first, last
    day = dt.date.fromisoformat(value)
    return day, day


def granularity_of(value: str) -> Granularity:
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if "-Q" in value:
        return "quarter"
    if "-W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    return "day"


def contains(outer: str, inner: str) -> bool:
    """True when every day of ``inner`` lies within ``outer`` (a year contains its months)."""
    o1, o2 = bounds(outer)
    i1, i2 = bounds(inner)
    return o1 <= i1 and i2 <= o2


def compatible(a: str, b: str) -> bool:
    """Two date values can both be true: one contains the other."""
    return contains(a, b) or contains(b, a)


def parse_date(text: str) -> dt.date | None:
    """A single full date in free text (front matter, meta tags), or None."""
    text = text.strip()
    m = re.match(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    for expr in tag(text[:200]):
        if expr.granularity == "day" and expr.value:
            return dt.date.fromisoformat(expr.value)
    return None

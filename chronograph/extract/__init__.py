"""Extraction: one article in, claims out.

:func:`extract_article` runs the time tagger and the name recognizer once over the whole
text, then walks the sentences in order, keeping a paragraph topic for sentences that do
not name their subject ("The technical report reveals ..."), and hands each sentence to
the event and fact extractors, and each markdown table to the table reader.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter

from ..models import Article, Claim, Relative, stable_id
from ..text import Sentence, normalize_key, sentences
from .answers import answer, asked
from .context import PRODUCT_TYPES, RELEASABLE_TYPES, SentenceView
from .dates import _MONTH_WORDS, _WEEKDAYS, TimeExpr, bounds, contains, granularity_of, parse_date, tag
from .entities import Mention, find_mentions, load_lexicon, proper_nouns
from .events import ENTRY_BULLET, EventHit, find_events, list_opener, slot_name, version_name
from .facts import FactHit, find_facts
from .stance import disputed_spans, in_spans
from .tables import read_table

EXTRACTOR_VERSION = "1"
_PUBLISHED_SOURCES = ("front_matter", "html_meta", "url", "byline", "dateline")

__all__ = ["extract_article", "EXTRACTOR_VERSION"]


def _slice(items: list, starts: list[int], start: int, end: int) -> list:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [x for x in items[lo:hi] if x.end <= end]


def _claim(article: Article, sentence: Sentence, **fields: object) -> Claim:
    cid = stable_id(article.id, fields["kind"], fields["subject"], fields["predicate"], fields["value"], sentence.start,
                    fields.get("start_hint", 0))
    fields.pop("start_hint", None)
    return Claim(id=cid, article=article.id, quote=sentence.text, start=sentence.start, end=sentence.end, **fields)  # type: ignore[arg-type]


def _event_claim(article: Article, view: SentenceView, hit: EventHit, value: str, relative: Relative | None,
                 disputed: list[tuple[int, int]]) -> Claim:
    kind = "forecast" if hit.forecast else "event"
    return _claim(
        article, view.sentence, kind=kind, subject=hit.subject.text, subject_type=hit.subject.type,
        mention=hit.subject.text, predicate=hit.predicate, value=value,
        granularity=granularity_of(value), date_text=hit.time.text, relative=relative, organization=hit.organization,
        method="sentence", confidence=0.9 if hit.time.kind in ("absolute", "partial") else 0.7,
        start_hint=hit.subject.start, disputed=in_spans(hit.time.start, disputed),
    )


# "Both models ...", "All three ...": a sentence about the last models named
_GROUP_SUBJECT = re.compile(r"^(?:(Both)|(?:All\s+)(two|three|four|five)|(?:Each|All)\s+of\s+the\s+(two|three|four|five)\b|"
                            r"(?P<each>(?:Each|All)\s+of\s+(?:them|the\s+(?:new\s+)?models)))\b", re.IGNORECASE)
_GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "five": 5}
_HARDWARE_REACH = 1500  # characters back "the chip" may point
_GROUP_REACH = 600  # characters back the models of "Both models ..." are named


def _distinct_tail(mentions: list[Mention], n: int) -> list[Mention]:
    """The last ``n`` distinct models named, in text order."""
    out: list[Mention] = []
    for m in reversed(mentions):
        if all(normalize_key(m.text) != normalize_key(x.text) for x in out):
            out.insert(0, m)
        if len(out) == n:
            break
    return out


_UPDATE_LABEL = r"[*_]*(?:Update|UPDATE|Updated|Edit|EDIT)\b"  # an update note's label: "*Update (August 12, 2025):*"
# a heading, a release-notes version line, or an update note ("*Update (August 12, 2025):*")
_DATED_HEADING = re.compile(rf"^(?:#{{1,6}}\s|\[?v?\d+(?:\.\d+)+\]?\s*[-–—:]\s*|{_UPDATE_LABEL}[^:]{{0,40}}:)")


_UPDATE_NOTE = re.compile(_UPDATE_LABEL)
_CLOCK_OR_ZONE = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:[ap]\.?m\.?|UTC|GMT|[A-Z]{2,4}T|ET|PT|local|time|"
                            r"Beijing|Tokyo|London|Paris|New\s+York)\b")


def _heading_date(s: Sentence, times: list[TimeExpr], starts: list[int]) -> dt.date | None:
    """The day a dated heading names ("## [2.16.2] - 2024-12-18", "### March 4, 2025"), else None."""
    head = _DATED_HEADING.match(s.text)
    if s.is_table_row or head is None or (len(s.text) > 80 and not head.group(0).rstrip().endswith(":")):
        return None
    end = s.start + (head.end() if len(s.text) > 80 else len(s.text))  # an update note: the date in its label
    days = [t for t in _slice(times, starts, s.start, end) if t.kind == "absolute" and t.granularity == "day" and t.value]
    if len(days) != 1:
        return None
    if not head.group(0).startswith("#") and not head.group(0)[:1].isdigit() and not head.group(0).startswith(("[", "v")):
        rest = s.text[head.end():].replace(days[0].text, " ")
        if not re.search(r"[A-Za-z]{3,}", _CLOCK_OR_ZONE.sub(" ", rest)):
            return None  # "Updated: 4:15pm, 1 Feb 2025 (Beijing time)": the page's stamp, no note below it
    return dt.date.fromisoformat(days[0].value)  # type: ignore[arg-type]


# a newsletter's item heading: "1) DeepSeek-R1 goes open (Jan 20)", "3) Tuesday: Qwen2.5-Max", "Gemini 2.0 Flash (Feb 5)"
_ITEM_HEADING = re.compile(r"\s*(?:(?P<n>\d{1,2}[).])\s+\S.*|\S.*\((?P<b>[^()]+)\))")
# a page's own stamp or byline line, not an item: "Published: 10:30am, 1 Feb 2025 (Beijing time)", "Date: ... (Hangzhou)"
_STAMP_LINE = re.compile(r"(?i)\W*(?:published|updated|last\s+updated|posted|date[ds]?|by|edited|modified|filed|issued|as\s+of)\b")
# a line that closes a newsletter's item: a rule, or a section title in capitals ("ON OUR RADAR THIS WEEK")
_SECTION_LINE = re.compile(r"\s*(?:[-=_*~]{3,}|[A-Z][A-Z0-9 &'’:,/-]{3,})\s*")


def _item_heading(s: Sentence, text: str) -> bool:
    """Whether the sentence is a whole short line that heads a newsletter item (numbered, or ending in a bracket)."""
    return (len(s.text) <= 80 and not s.is_table_row and not s.text.rstrip("*_ ").endswith((".", "!", "?", ":", '"', "”"))
            and (s.start == 0 or text[s.start - 1] == "\n") and text[s.end:s.end + 1] in ("", "\n")
            and _ITEM_HEADING.fullmatch(s.text) is not None and _STAMP_LINE.match(s.text) is None)


def _item_date(s: Sentence, times: list[TimeExpr], starts: list[int]) -> dt.date | None:
    """The one day an item heading names ("(Jan 20)", "Tuesday: ..."), else None; a stated date wins over a weekday
    counted back from the publication ("Monday: the $589 billion day (Jan 27)"). A heading that is not numbered
    gives its date in its closing bracket ("Gemini 2.0 Flash (Feb 5)", not "... in Paris (Beijing time)")."""
    m = _ITEM_HEADING.fullmatch(s.text)
    start = s.start if m is None or m.group("n") else s.start + m.start("b")
    here = [t for t in _slice(times, starts, start, s.end) if t.granularity == "day" and t.value]
    days = {t.value for t in here if t.kind != "deictic"} or {t.value for t in here}
    return dt.date.fromisoformat(days.pop()) if len(days) == 1 else None  # type: ignore[arg-type]


# a forum post's or comment's header: "u/someone • 3 days ago ▲ 88", "submitted 3 days ago by u/someone",
# "posted 5 hours ago by someone"
_POST_HEADER = re.compile(r"(?i)(?:\b(?:u|r)/[\w-]+|@[\w-]+|\bby\s+[\w-]+).{0,40}?\b(?:(?P<n>\d{1,3}|an?|one)\s+(?P<unit>minute|hour|day|week)s?\s+ago)\b"
                          r"|\b(?P<n2>\d{1,3}|an?|one)\s+(?P<unit2>minute|hour|day|week)s?\s+ago\s+by\s+\S+")


def _post_date(s: Sentence, times: list[TimeExpr], starts: list[int], ref: dt.date | None,
               captured: dt.date | None = None) -> dt.date | None:
    """The day a forum post or comment was written, from its header line, else None: the date the header gives,
    else its "3 days ago" counted from when the page was saved (``captured``), else from ``ref``."""
    if ref is None or s.is_table_row or len(s.text) > 160:
        return None
    m = _POST_HEADER.search(s.text)
    if m is None:
        return None
    here = _slice(times, starts, s.start, s.end)
    stated = [t for t in here if t.kind == "absolute" and t.granularity == "day" and t.value]
    if stated:  # "posted Tue Nov 12, 2024 · 17 days ago"
        return dt.date.fromisoformat(stated[0].value)  # type: ignore[arg-type]
    now = captured or ref
    if (m.group("unit") or m.group("unit2")).lower() in ("minute", "hour"):
        return now
    if now != ref:
        here = tag(s.text, now, offset=s.start)
    days = [t for t in here if t.rule == "ago" and t.value and t.granularity == "day"]
    return dt.date.fromisoformat(days[0].value) if days else None  # type: ignore[arg-type]


# a heading that is a year or a month ("## 2025", "### April", "== March 2024 =="): a timeline's section
# "## 2024", "### April", "## July 2023: Llama 2 goes commercial": a timeline's year or month, titled or not
_CALENDAR_HEADING = re.compile(
    r"^(?P<mark>#{1,6}|={1,6})?\s*[*_]*(?:(?P<y>(?:19|20)\d{2})|(?P<m>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+(?P<my>(?:19|20)\d{2}))?)[*_]*(?:\s*[:—–]\s+[^\n]*|\s+-\s+[^\n]*)?\s*=*\s*(?P<edit>\[edit\])?\s*$")
_LIST_ITEM = re.compile(ENTRY_BULLET.pattern + r"\s*[*_]*")  # and the bold marks before the item's first word
# "REDMOND, Wash., Jan 8 (GNS) - ...": a wire brief's own dateline, in the middle of a page of briefs
_BRIEF_PLACE = re.compile(r"[A-Z][A-Z.'/ -]{1,40}(?:,\s*[A-Z][A-Za-z.]*\.?){0,2},\s+")
_BRIEF_CLOSE = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–-]{1,2}|:)\s")


def _brief_dateline(s: Sentence, times: list[TimeExpr], starts: list[int]) -> dt.date | None:
    """The day a wire brief's dateline gives, when the sentence opens with one ("BEIJING, Apr 29 (GNS) - ...")."""
    place = _BRIEF_PLACE.match(s.text)
    if place is None:
        return None
    t = next((t for t in _slice(times, starts, s.start, s.end) if t.start == s.start + place.end()), None)
    if t is None or not t.value or t.granularity != "day" or t.kind == "relative" \
            or not _BRIEF_CLOSE.match(s.text, t.end - s.start):
        return None
    return dt.date.fromisoformat(str(t.value))


# a chat export's message stamp: "[2025-01-20 16:40]", "[01/20/2025 8:41 AM]" (an export's numeric month first)
_CHAT_STAMP = re.compile(r"\[((?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/(?:19|20)\d{2})[ T,]\s*\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:\s*(?:[AaPp]\.?[Mm]\.?|UTC|Z))?\]")
_ANY_HEADING = re.compile(r"^(?:#{1,6}|={1,6})\s")
_WIKI_SECTION = re.compile(r"\S\s*\[edit\]\s*$")  # a wiki section heading as copied: "Reception[edit]"
_TITLE_YEAR = re.compile(r"(?<![\d.-])((?:19|20)\d{2})(?![\d.-])")
# an entry that gives only its day: "- **5** — **Llama 4 Scout** (Meta)", "* 12: Gemma 3"
_DAY_ENTRY = re.compile(r"^\s*(?:[-*•·]\s+)?[*_]*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?[*_]*\s*(?:[—–:]|-{1,2})\s")


class _Calendar:
    """The year and month a timeline's headings have set for the entries below them."""

    def __init__(self, ref: dt.date | None = None) -> None:
        self.ref = ref  # a month heading without a year under no year heading: the latest such month up to it
        self._title_year: int | None = None  # or the one year the title names
        self._guess_year = False  # the year above is the title's or the reference's, not a year heading's
        self.year: int | None = None
        self.month: int | None = None
        self._year_level = self._month_level = 0

    def read(self, s: Sentence) -> None:
        m = _CALENDAR_HEADING.match(s.text)
        level = len(m.group("mark") or "") if m else 0
        # a marked or bold heading line, or a wiki's "2024[edit]"
        if m is not None and (level or s.text.strip("*_ ") != s.text.strip() or m.group("edit")):
            if m.group("y"):
                self.year, self.month, self._year_level, self._guess_year = int(m.group("y")), None, level, False
            elif self.year is not None or m.group("my") or self._guess_year or ((self.ref or self._title_year) and level):
                month = _MONTH_WORDS.index(m.group("m")[:3].lower()) + 1
                if (self.year is None or self._guess_year) and not m.group("my"):
                    # "## June" under "# 2024 in AI models", or in a review published December 30, 2024
                    self._guess_year = True
                    year = self._title_year or self.ref.year - (month > self.ref.month)  # type: ignore[union-attr]
                else:
                    self._guess_year = False
                    year = int(m.group("my") or self.year)  # type: ignore[arg-type]
                self.year, self.month, self._month_level = year, month, level
            return
        if s.text.startswith("# ") and self._title_year is None and self.year is None:
            years = set(_TITLE_YEAR.findall(s.text))  # "# 2024 in AI Models: The Year in Review"
            self._title_year = int(years.pop()) if len(years) == 1 else 0
        other = _ANY_HEADING.match(s.text)
        if other is None and _WIKI_SECTION.search(s.text):
            self.year = self.month = None  # "Reception[edit]" ends the year's section
            return
        if other is not None:  # "## Coming up" ends the year's section, "### Notes" the month's
            level = len(other.group(0).strip())
            if level <= self._year_level:
                self.year = self.month = None
            elif level <= self._month_level:
                self.month = None

    def in_year(self, times: list[TimeExpr]) -> list[TimeExpr]:
        """"On 2 November", "in September" under a "2023" heading (and no month heading): in 2023, not in the
        year the reference date gives."""
        if self.year is None or self.month is not None or self._guess_year:
            return times
        return [dataclasses.replace(t, value=f"{self.year:04d}{str(t.value)[4:]}")
                if t.kind == "partial" and t.value and t.granularity in ("day", "month") else t for t in times]

    def day_entry(self, s: Sentence) -> TimeExpr | None:
        """The date of an entry that gives only its day, in the month and year of its headings."""
        if self.month is None or self.year is None:
            return None
        m = _DAY_ENTRY.match(s.text)
        if m is None:
            return None
        try:
            day = dt.date(self.year, self.month, int(m.group("d")))
        except ValueError:
            return None
        return TimeExpr(s.start + m.start("d"), s.start + m.end("d"), m.group("d"), "heading_day", "absolute",
                        value=day.isoformat(), granularity="day")

    def in_month(self, times: list[TimeExpr]) -> list[TimeExpr]:
        """"On the 7th" in an entry under "## June": that day of the headings' month, not of the reference's."""
        if self.month is None or self.year is None:
            return times
        out = []
        for t in times:
            digits = re.search(r"\d+", t.text) if t.rule in ("nth", "weekday_nth") else None
            if t.kind == "partial" and t.granularity == "day" and t.value and int(str(t.value)[5:7]) == self.month:
                # "January 10" under "## January" of "# 2024 in AI models": that year's
                t = dataclasses.replace(t, value=f"{self.year:04d}{str(t.value)[4:]}")
            elif digits is not None:
                try:
                    t = dataclasses.replace(t, value=dt.date(self.year, self.month, int(digits.group(0))).isoformat(),
                                            granularity="day")
                except ValueError:
                    pass
            out.append(t)
        return out


# "## [0.11.2] - 2025-07-15", "## v2.3.0 (2025-03-01)": a version heading
_VERSION_HEADING = re.compile(r"^#{1,6}\s*\[?(?P<v>v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?)\]?\s*(?:[-–—(:]|$)")
# the project a changelog or a release page is about: "All notable changes to **fennec**", "modelmux / modelmux · Releases",
# "# fennec changelog", "# vLLM — release notes digest"
_PROJECT = [
    re.compile(r"(?i:\bchanges\s+to\s+(?:the\s+)?)[*_`]*(?P<p>[\w][\w.+-]*)[*_`]*"),
    re.compile(r"(?m)^(?P<p>[\w][\w.+-]*)\s*/\s*(?P=p)\b"),
    re.compile(r"(?im)^#*\s*(?P<p>[\w][\w.+-]*)\s+(?:[-–—:|]\s+)?(?:changelog|release\s+notes|releases)\b"),
    # a code host's page title: "Releases · tessera-infer/tessera"
    re.compile(r"(?m)^#*[ \t]*Releases?\b[^\n·|]{0,40}[·|][ \t]*[\w.-]+[ \t]*/[ \t]*(?P<p>[\w][\w.+-]*)"),
    # a code host's "owner / repo" line on a page of tagged releases
    re.compile(r"(?m)^[\w][\w.-]*\s*/\s*(?P<p>[\w][\w.+-]*)(?:\s+(?:Public|Private))?\s*$(?=[\s\S]*?\b(?:tag\s|released\s+this\b))"),
]


_RELATED_HEADING = re.compile(
    r"(?i)[#*_\s]*(?:related(?:\s+(?:posts|articles|stories|reading|coverage|content|links|news))?|more\s+(?:in|from|on)\s+[\w &.-]{1,30}|"
    r"more\s+(?:stories|news|like\s+this|to\s+read)|read\s+(?:next|more|also)|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|"
    r"further\s+reading|(?:most\s+)?popular(?:\s+stories)?|trending(?:\s+now)?|most\s+read|latest\s+(?:news|stories|posts))\s*:?[*_\s]*")
_RELEASED_THIS = re.compile(r"\breleased\s+this\b")
_RELEASED_THIS_LINE = re.compile(r"@?[\w.-]+\s+released\s+this\s")  # a release page's stamp: "@someone released this Sep 11"
_RELEASE_TITLE_REST = re.compile(r"[\s#*_`]*(?:`?(?:Latest|Pre-release)`?)?[\s*_`]*")


def _release_title(s: Sentence, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The product a release page's heading names, when the heading is that name alone ("## Qwen3-Next `Latest`")."""
    if not s.text.startswith("#"):
        return None
    named = [m for m in _slice(mentions, starts, s.start, s.end) if m.type in RELEASABLE_TYPES]
    if len(named) != 1:
        return None
    m = named[0]
    before, after = s.text[: m.start - s.start], s.text[m.end - s.start:]
    return m if _RELEASE_TITLE_REST.fullmatch(before) and _RELEASE_TITLE_REST.fullmatch(after) else None


_BARE_VERSION = re.compile(r"\s*v?\d+\.\d+(?:\.\d+)*(?:-[\w.]+)?\s*")


def _project_name(text: str) -> str | None:
    head = text[:3000]
    for pattern in _PROJECT:
        m = pattern.search(head)
        if m and m.group("p").lower() not in ("the", "this", "our", "all", "full", "latest", "previous"):
            name = m.group("p")
            if name.islower():  # "tessera-infer/tessera" in the title, "Tessera is a fast ..." in the prose
                spelled = re.search(rf"(?<![\w./-]){re.escape(name[0].upper() + name[1:])}(?![\w/-])", head)
                name = spelled.group(0) if spelled else name
            return name
    return None


# the last word of a name that is a distinctive variant ("Llama 4 Maverick", "Claude 3 Opus"): used alone later
_VARIANT_TAIL = re.compile(r"(?<=[\w.]\s)[A-Z][a-z]{3,}$")
_GENERIC_VARIANTS = frozenset("""Mini Turbo Flash Ultra Nano Small Medium Large Lite Plus Preview Base Chat Instruct Vision Code
Math Fast Tiny Light Deep Research Open Next Edge Omni Heavy Reasoning Reasoner Thinking Coder Guard Distill Experimental
Speed Premier Multimodal Long Pro Max Image Audio Realtime Enterprise API""".split())
_LEX = load_lexicon()
# the short tail of a versioned name that articles use alone once the full name is known: "R1", "V3", "V2.5"
_SHORT_TAIL = re.compile(r"(?<=[A-Za-z][-\s])[A-Z]\d{1,2}(?:\.\d)?$")


_VERSION_TAIL = re.compile(r"(?<=[A-Za-z] )\d+(?:\.\d+)?\s(?P<words>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$")
_SHORT_FORM = re.compile(r"[A-Z]\d+(?:\.\d+)?")  # "R1", "V3", "V2.5": what "DeepSeek-R1" is called after its maker


def _short_forms(mentions: list[Mention]) -> dict[str, Mention]:
    """The names an article may drop its maker's prefix from: "R1" for DeepSeek-R1, when one model alone ends so."""
    found: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        head, _, rest = m.text.partition("-")
        if m.type == "model" and rest and _SHORT_FORM.fullmatch(rest) and normalize_key(head) in _LEX.org_alias:
            found.setdefault(rest, set()).add(m.text)
            first.setdefault(rest, m)
    return {short: first[short] for short, full in found.items() if len(full) == 1}


def _learn_unique(learned: dict[str, Mention], ambiguous: set[str], key: str, m: Mention) -> bool:
    """Learn the bare ``key`` ("Maverick", "2.5 Pro") as the name ``m``, unless two names end with it ("Claude 3 Haiku"
    and "Claude 3.5 Haiku": a bare "Haiku" is neither); True when ``learned`` changed."""
    if key in ambiguous or (key in learned and learned[key].text != m.text):
        ambiguous.add(key)
        return learned.pop(key, None) is not None
    if key not in learned:
        learned[key] = m
        return True
    return False


def _learned_pattern(learned: dict[str, Mention]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(n) for n in sorted(learned, key=len, reverse=True)) + r")(?![\w-]|\s\d{3,})")  # not "R1 1776", a name of its own


# a family at a version ("Llama 4", "Claude 3.5") and the distinctive member words said alone after it
_VERSIONED_FAMILY = re.compile(r"[A-Z][A-Za-z]+[ -]\d+(?:\.\d+)?")
_MEMBER_WORDS = sorted(w for w in _LEX.variants if w not in _GENERIC_VARIANTS and re.fullmatch(r"[A-Z][a-z]{3,}", w))
_BARE_MEMBER = re.compile(r"(?<![\w.-])(?:" + "|".join(_MEMBER_WORDS) + r")(?![\w-])")


_SAME_TESTS = re.compile(r"(?P<scores>\d{1,3}(?:\.\d+)?\s*%(?:(?:,\s*|,?\s+and\s+)\d{1,3}(?:\.\d+)?\s*%)*)\s+(?:respectively\s+)?on\s+"
                         r"(?:the\s+)?(?:same|those|these)\s+(?:two\s+|three\s+)?(?:tests|benchmarks|evaluations|evals|exams)\b")


_SAME_ONE = re.compile(r"(?i)\b(?:the\s+)?same\s+(?:chart|benchmark|test|leaderboard|evaluation|eval|table)\b")
_AT_SCORE = re.compile(r"\s+(?:at|with|scoring|on)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*%")


def _same_tests(view: SentenceView, benchmarks: list[str]) -> list[FactHit]:
    """The scores a sentence gives "on the same tests" as the sentence before, in the order it named them; or, "on the
    same chart", each model's score on the one benchmark the sentence before scored ("A at 77.2% and B at 74.5%")."""
    m = _SAME_TESTS.search(view.text)
    if m is None and len(benchmarks) == 1 and _SAME_ONE.search(view.text):
        out = []
        for p in view.products():
            sm = _AT_SCORE.match(view.text, view.rel(p.end)) if p.type == "model" else None
            if sm is not None and 0 <= float(sm.group("score")) <= 100:
                out.append(FactHit(p, benchmarks[0], float(sm.group("score")), view.start + sm.start("score"),
                                   view.start + sm.end("score"), unit="%"))
        return out
    if m is None:
        return []
    scores = list(re.finditer(r"\d{1,3}(?:\.\d+)?(?=\s*%)", m.group("scores")))
    subject = next((p for p in view.products() if p.type == "model" and p.start < view.start + m.start()
                    and not view.is_comparison(p)), None)
    if subject is None or len(scores) != len(benchmarks):
        return []
    at = view.start + m.start("scores")
    return [FactHit(subject, name, float(x.group(0)), at + x.start(), at + x.end()) for name, x in zip(benchmarks, scores, strict=True)]


def _family_of(topic: Mention) -> Mention | None:
    """The versioned family a topic is ("Llama 4") or is a member of ("Llama 4 Scout"), else None."""
    if _VERSIONED_FAMILY.fullmatch(topic.text):
        return topic
    head, _, word = topic.text.rpartition(" ")
    if word in _MEMBER_WORDS and _VERSIONED_FAMILY.fullmatch(head):
        return Mention(topic.start, topic.start + len(head), head, topic.type, organization=topic.organization)
    return None


_LABEL_END = re.compile(r"[*_]*\s*:")


def _with_bare_members(s: Sentence, here: list[Mention], family: Mention, labels_only: bool = False) -> list[Mention]:
    """The sentence's mentions plus the members of the family it is about said by their member word alone: under a
    "Llama 4" topic, "Scout and Maverick" are Llama 4 Scout and Llama 4 Maverick; ``labels_only``, only a member word
    that labels the line ("Maverick: 17B active, ...")."""
    extra = []
    for m in _BARE_MEMBER.finditer(s.text):
        if labels_only and not (re.fullmatch(r"[\s*_>#-]*", s.text[: m.start()]) and _LABEL_END.match(s.text, m.end())):
            continue
        start, end = s.start + m.start(), s.start + m.end()
        if not any(x.start < end and start < x.end for x in here):
            extra.append(Mention(start, end, f"{family.text} {m.group(0)}", "model", organization=family.organization))
    return sorted([*here, *extra], key=lambda x: x.start) if extra else here


def _with_learned(s: Sentence, here: list[Mention], pattern: re.Pattern[str], learned: dict[str, Mention]) -> list[Mention]:
    """The sentence's mentions plus the learned names it repeats where no mention already stands."""
    extra = []
    for m in pattern.finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        same = [x for x in here if x.start == start and x.end == end and x.text == m.group(0)]
        if same:  # the recognizer found the bare "R1" too: it still means the full name learned before
            here = [x for x in here if x is not same[0]]
        elif any(x.start < end and start < x.end for x in here):
            continue
        known = learned[m.group(0)]
        extra.append(Mention(start, end, known.text, known.type, organization=known.organization))
    return sorted([*here, *extra], key=lambda x: x.start) if extra else here


# between "one day after" and the product it counts from: "Meta's", "the launch of", "the release of its"
_ANCHOR_GAP = re.compile(r"(?i)^\s*(?:the\s+)?(?:(?:launch|release|debut|arrival|unveiling|announcement|rollout|introduction)\s+of\s+)?"
                         r"(?:(?:its|their|the)\s+)?(?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s\s+)?(?:(?:new|latest|own)\s+)?$")


_THING_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?!(?:[\w-]+\s+){0,2}?(?:launch|release|debut|announcement|"
                          r"unveiling|rollout|arrival|preview|update|model|version|checkpoint)s?\b)(?:[\w-]+\s+){0,2}?[a-z][\w-]*\b")
_THE_MODEL = re.compile(r"\s+(?:the|its)\s+(?:new\s+)?(?:model|release|launch)\s*,")


def _anchor_subject(view: SentenceView, expr: TimeExpr) -> Mention | None:
    """The product "one day before X" counts from: named right after the expression, else none ("after that")."""
    if view.topic is not None and _THE_MODEL.match(view.text, view.rel(expr.end)):
        return view.topic  # "Alongside the model, Anthropic introduced Artifacts": the paragraph's model
    products = [m for m in view.mentions if m.type in PRODUCT_TYPES and m.start >= expr.end]
    if not products:
        return None
    gap = view.text[view.rel(expr.end): view.rel(products[0].start)]
    return products[0] if _ANCHOR_GAP.match(gap) else None


def _in_update_window(times: list[TimeExpr], text: str, ref: dt.date, updated: dt.date) -> list[TimeExpr]:
    """A page published on ``ref`` and updated on ``updated``: a date without its year ("On March 24") that falls
    between the two is read there, not a year before the publication (the update added it)."""
    later = {(t.start, t.end): t for t in tag(text, updated) if t.kind == "partial" and t.value}
    out = []
    for t in times:
        u = later.get((t.start, t.end))
        if t.kind == "partial" and u is not None and u.value != t.value and ref < bounds(str(u.value))[0] \
                and bounds(str(u.value))[1] <= updated:
            t = u
        out.append(t)
    return out


# a feed item's or a post's stamp line: "pubDate: ...", "Date: ...", "Post by someone » ...", "Posted by x on ..."
_STAMP_FIELD = re.compile(r"(?i)\s*(?:pub(?:lication)?\s*date|date|posted|published|post\s+by\s+\S+\s*[»:|·-]|posted\s+by\s+\S+)"
                          r"(?:\s+on)?\s*[:»|·-]?\s")
# a news entry that opens with its date: "- [2025/04/06] ...", "2024.09.13: ...", "- **2025-02-17** — ..."
_LEAD_DATE = re.compile(r"\s*(?:[-*•]\s+)?[*_\[]*(?:19|20)\d{2}[-/.]\d{2}[-/.]\d{2}[*_\]]*\s*[:—–-]?")
# a thread's post header: "[5/16] @someone · Thu Feb 27, 2025 00:44 (UTC+8)", "u/someone | 2025-01-20"
_HANDLE_STAMP = re.compile(r"(?:^|\s)(?:@|u/)[\w.-]+\s*[·|•—–]\s*\S")
def _is_stamp_line(line: str) -> bool:
    """A feed item's or a post's stamp line ("pubDate: ...", "[5/16] @someone · Thu Feb 27, 2025")."""
    return len(line) <= 100 and (_STAMP_FIELD.match(line) is not None or _HANDLE_STAMP.search(line) is not None)


_DATE_LINE_REST = re.compile(r"[\s*_#>:|()\[\]—–-]*")


def _date_lines(sents: list[Sentence], times: list[TimeExpr], starts: list[int]) -> dict[int, str]:
    """The lines that are only a date, by offset, with its value, when a page has at least two after its header:
    a "what's new" page's or a log's dated entries ("May 22, 2025", "December 2024")."""
    found: dict[int, str] = {}
    for s in sents:
        if len(s.text) > 40 or s.is_table_row:
            continue
        here = [t for t in _slice(times, starts, s.start, s.end) if t.value and t.kind in ("absolute", "partial")
                and t.granularity in ("day", "month") and not t.forecast]
        if len(here) == 1 and _DATE_LINE_REST.fullmatch(s.text.replace(here[0].text, "")):
            found[s.start] = str(here[0].value)
    return found if len(found) >= 2 else {}


_WEEK_OF = re.compile(r"(?i)\bweek\s+of\b")
_WEEKDAY_NAME = re.compile(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day")


def _week_monday(line: str, ref: dt.date | None) -> dt.date | None:
    """The Monday of the week a heading names ("Week of March 3", "=== WEEK OF FEBRUARY 24 ==="), else None."""
    days = [t for t in tag(line.title() if line.isupper() else line, ref) if t.granularity == "day" and t.value]
    if len(days) != 1:
        return None
    day = dt.date.fromisoformat(str(days[0].value))
    return day - dt.timedelta(days=day.weekday())


def _in_week(t: TimeExpr, monday: dt.date) -> TimeExpr:
    """A weekday ("Tuesday: ...", "on Thursday") under a week's heading: that day of that week."""
    name = _WEEKDAY_NAME.search(t.text) if t.rule in ("weekday", "weekday_bare", "weekday_poss") else None
    if name is None:
        return t
    index = [w[:3] for w in _WEEKDAYS].index(name.group(1)[:3].lower())
    return dataclasses.replace(t, value=(monday + dt.timedelta(days=index)).isoformat())


def _weekday_from(day: dt.date, expr: TimeExpr) -> dt.date:
    """"the following Wednesday": the first Wednesday after ``day``; "that Thursday", "that same Friday": on or after."""
    wanted = int(expr.extra["weekday"])
    ahead = (wanted - day.weekday()) % 7 if "same" in expr.extra else (wanted - day.weekday() - 1) % 7 + 1
    return day + dt.timedelta(days=ahead)


def _said_since(times: list[TimeExpr], starts: list[int], claims: list[Claim], expr: TimeExpr | None,
                body: int) -> str | None:
    """The day an unanchored count ("the same day", "two days later") counts from when the last day the text said
    (after its header, from ``body`` on) comes after the last event it told (a dated heading, a sentence with no
    event), else None."""
    if expr is None or expr.anchored or expr.offset is None or (
            "weekday" not in expr.extra and (expr.offset[0] != expr.offset[1] or expr.extra)):
        return None
    before = bisect.bisect_left(starts, expr.start)
    said = next((t for t in reversed(times[max(0, before - 8):before])
                 if t.granularity == "day" and t.value and t.kind in ("absolute", "partial") and not t.forecast), None)
    if said is None or said.start < body or expr.start - said.end > _ANCHOR_REACH:
        return None
    told = next((c for c in reversed(claims) if c.kind == "event"), None)
    if told is not None and told.end >= said.start:
        return None  # the last event told comes after the day said, or in its sentence: it is what the count follows
    day = dt.date.fromisoformat(str(said.value))
    if "weekday" in expr.extra:
        return _weekday_from(day, expr).isoformat()
    return (day + dt.timedelta(days=expr.offset[0])).isoformat()


def extract_article(article: Article) -> list[Claim]:
    """All claims one article states, each with its sentence and offsets."""
    ref = dt.date.fromisoformat(article.reference_date) if article.reference_date else None
    text = article.text
    sents = sentences(text)
    times = tag(text, ref, narrative=article.reference_source == "updated")  # a page dated only by its last edit
    if ref is not None and article.updated:
        times = _in_update_window(times, text, ref, dt.date.fromisoformat(article.updated))
    time_starts = [t.start for t in times]
    mentions = find_mentions(text)
    mention_starts = [m.start for m in mentions]
    disputed = disputed_spans(text, sents)  # values the article repeats only to reject them

    claims: list[Claim] = []
    recent: list[Mention] = []  # models named so far, most recent last
    size_members: list[Mention] = []  # family members a size list named ("Gemma 2 ... in 9B and 27B sizes")
    # names a trigger taught ("DeepSeek open-sourced R1") and short forms of a maker's names ("R1"), found again later
    learned: dict[str, Mention] = _short_forms(mentions)
    learned_re: re.Pattern[str] | None = _learned_pattern(learned) if learned else None
    ambiguous: set[str] = set()  # variant words two different names end with
    pending: list[tuple[Claim, TimeExpr, Mention | None]] = []
    topic: Mention | None = None
    last_topic: Mention | None = None
    main = _main_subject(article, mentions)
    project = _project_name(text)
    org_topic: Mention | None = None
    hardware: Mention | None = None
    paragraph = -1
    section_ref: dt.date | None = None  # the date of the dated heading above, when it is not the article's
    calendar = _Calendar(ref)
    date_lines = _date_lines(sents, times, time_starts)
    # the first line of prose (over 80 characters): the header ends before it
    body = next((x.start for x in sents if not x.is_table_row and (len(x.text) > 80 or text.find("\n", x.start) - x.start > 80
                                                                 or (text.find("\n", x.start) < 0 and len(text) - x.start > 80))), 0)
    proper = proper_nouns(text)  # read on first use
    captured = dt.date.fromisoformat(article.captured) if article.captured else None
    listed: tuple[str, TimeExpr, int] | None = None  # a dated release whose products the list below names
    question: tuple[Sentence, Mention, str] | None = None  # an FAQ's question, for the answer's first sentence
    section_day: str | None = None  # the day (or month) of the dated heading above, for the entries that give no date
    posted_day: dt.date | None = None  # the day of the feed item or post above, by its stamp line
    stamped = sum(1 for x in sents if _is_stamp_line(x.text))
    week: dt.date | None = None  # the Monday of the week a "Week of March 3" heading above names
    item_section = False  # the day above is a newsletter item's ("1) X goes open (Jan 20)"), which ends at the next item
    related = False  # inside a list of links to other pages ("Related articles")
    members_said = _BARE_MEMBER.search(text) is not None  # member words alone ("Scout"): most articles have none
    last_benchmarks: list[str] = []  # the benchmarks scored last, in order, for "on the same tests"
    released_together: list[Mention] = []  # the models the last release named together, for "Each of them ..."
    version_line: tuple[int, str] | None = None  # a release page's bare version line ("v0.9.2"), for the lines below
    # an update note's paragraph, and the section's day and reference before it: the note's date ends with its paragraph
    note: tuple[int, dt.date | None, str | None] | None = None
    i = 0
    while i < len(sents):
        s = sents[i]
        if note is not None and s.paragraph != note[0]:
            _paragraph, section_ref, section_day = note
            note = None
        if project and _BARE_VERSION.fullmatch(s.text):
            version_line = (i, s.text.strip())
        if s.text[:1] in "#=*_" or s.text.endswith("]") and _WIKI_SECTION.search(s.text):
            calendar.read(s)
        heading_date = _heading_date(s, times, time_starts)
        posted = _post_date(s, times, time_starts, ref, captured) if heading_date is None and "ago" in s.text else None
        stamp = _CHAT_STAMP.match(s.text) if heading_date is None and s.text[:1] == "[" else None
        if heading_date is None and (_RELEASED_THIS.search(s.text) if project else _RELEASED_THIS_LINE.match(s.text)):
            # "github-actions released this Feb 24": the notes below speak from that day ("Anthropic released it today")
            own = [t for t in _slice(times, time_starts, s.start, s.end) if t.value and t.granularity == "day"]
            if own:
                day = dt.date.fromisoformat(str(own[0].value))
                section_ref = day if day != ref else None
                named = _release_title(sents[i - 1], mentions, mention_starts) if i else None
                if named is not None:  # "## Qwen3-Next `Latest`" above "@someone released this Sep 11": that release
                    title = sents[i - 1]  # quoted from the heading to the stamp
                    claims.append(_claim(
                        article, Sentence(title.start, s.end, text[title.start: s.end], title.paragraph), kind="event", subject=named.text, subject_type=named.type, mention=named.text,
                        predicate="release", value=day.isoformat(), granularity="day", date_text=own[0].text,
                        organization=named.organization, method="sentence", confidence=0.8, start_hint=named.start))
        if stamp is not None:  # "[2025-01-20 16:40] user: X launched today": a chat message speaks from its own day
            day = parse_date(stamp.group(1))
            section_ref = day if day != ref else None
        if posted is not None:  # "u/someone • 3 days ago": the comment below speaks from its own day
            section_ref = posted if posted != ref else None
        brief = _brief_dateline(s, times, time_starts) if s.paragraph != paragraph and s.start > 0 else None
        if brief is not None:  # "BEIJING, Apr 29 (GNS) - Alibaba released Qwen3 late on Monday": the brief's own Monday
            section_ref = brief if brief != ref else None
        elif _is_stamp_line(s.text):
            # "pubDate: Thu, 26 Dec 2024 13:10:00 GMT", "Post by someone » Thu Apr 04, 2024 6:12 pm": a feed item's or a
            # forum post's own day, which its "today" means
            # ("@someone · Mar 6": a post of the thread's own year)
            own = [t for t in _slice(times, time_starts, s.start, s.end) if t.value and t.granularity == "day"
                   and (t.kind == "absolute" or (t.kind == "partial" and _HANDLE_STAMP.search(s.text)))]
            if len(own) == 1:
                day = dt.date.fromisoformat(str(own[0].value))
                section_ref = day if day != ref else None
                posted_day = day if stamped > 1 else None  # a feed's or a thread's, not a page's one byline
        if heading_date is not None:  # "## [2.16.2] - 2024-12-18": the entries below count their days from it
            if _UPDATE_NOTE.match(s.text):  # "**Update on June 10, 2025:** X is now available": that paragraph only
                note = (s.paragraph, section_ref, section_day) if note is None else note
            section_ref = heading_date if heading_date != ref else None
            section_day = heading_date.isoformat()
            version = _VERSION_HEADING.match(s.text) if project else None
            if version:  # and the heading itself is the release of that version of the project the page is about
                claims.append(_claim(
                    article, s, kind="event", subject=version_name(project, version.group("v")), subject_type="software",
                    mention=version.group("v"), predicate="release", value=heading_date.isoformat(), granularity="day",
                    date_text=heading_date.isoformat(), method="sentence", confidence=0.8, start_hint=s.start + version.start("v")))
        elif s.start in date_lines:  # "October 22, 2024" alone on a line of a dated page: the entries below are that day's
            section_day = date_lines[s.start]
            section_ref = dt.date.fromisoformat(section_day) if len(section_day) == 10 and section_day != str(ref) else None
            item_section = False
        elif s.text[:1] in "#=" and _ANY_HEADING.match(s.text):
            section_day = None  # "## Planned": the dated section has ended
            item_section = False
        elif _item_heading(s, text):  # "1) DeepSeek-R1 goes open (Jan 20)": the item's sentences below happened then
            item_day = _item_date(s, times, time_starts)
            if item_day is not None or item_section:
                section_day, item_section = item_day.isoformat() if item_day else None, item_day is not None
        elif item_section and _SECTION_LINE.fullmatch(s.text):
            section_day, item_section = None, False  # "----", "ON OUR RADAR": the item has ended
        if len(s.text) <= 80 and _WEEK_OF.search(s.text):  # "=== WEEK OF FEBRUARY 24 ===": the days below are that week's
            week = _week_monday(s.text, ref)
        elif week is not None and (_ANY_HEADING.match(s.text) or _SECTION_LINE.fullmatch(s.text)):
            week = None
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            topic = last_topic  # the topic carries into the next paragraph until a new product is named
        if len(s.text) <= 60 and _RELATED_HEADING.fullmatch(s.text):
            related = True  # "Related posts", "More in AI": links to other pages, dated by their own publication
            i += 1
            continue
        if related:
            if ENTRY_BULLET.match(s.text) or (len(s.text) <= 160 and not s.text.startswith("#")
                                              and not s.text.rstrip(" *_").endswith((".", "!", "?", '"', "”"))):
                i += 1
                continue  # "- Zhipu AI unveils GLM-4 model · 17 Jan 2024": another page's headline, not this one's news
            related = False
        if s.is_table_row:
            rows = [s]
            while i + 1 < len(sents) and sents[i + 1].is_table_row:
                i += 1
                rows.append(sents[i])
            # a table without a model in its header describes the model named just above it, else the article's
            for tf in read_table(rows, ref, _named_above(sents, i - len(rows) + 1, mentions, mention_starts) or main):
                kind = "event" if tf.is_event else "fact"
                claims.append(_claim(
                    article, tf.row, kind=kind, subject=tf.subject, subject_type=tf.subject_mention.type if tf.subject_mention else "model",
                    mention=tf.subject, predicate=tf.predicate, value=tf.value, approximate=tf.approximate, bound=tf.bound,
                    granularity=tf.granularity, date_text=tf.date_text,
                    organization=tf.subject_mention.organization if tf.subject_mention else None,
                    method="table", confidence=0.9,
                ))
            i += 1
            continue
        here = _slice(mentions, mention_starts, s.start, s.end)
        if learned_re is not None:
            here = _with_learned(s, here, learned_re, learned)
        family = _family_of(topic) if members_said and topic is not None and topic.type == "model" else None
        if family is not None:  # under "Llama 4", "Scout and Maverick"; under one of its members, a "Maverick:" label
            here = _with_bare_members(s, here, family, labels_only=family is not topic)
        here_times = _slice(times, time_starts, s.start, s.end) if section_ref is None else tag(s.text, section_ref, offset=s.start)
        lead = _LEAD_DATE.match(s.text) if here_times and s.text[:1] in "-*•[0123456789" else None
        if lead is not None and any(t.kind == "deictic" for t in here_times):
            own = [t for t in here_times if t.start < s.start + lead.end() and t.value and t.granularity == "day"]
            if len(own) == 1:  # "- [2025/04/06] X, released yesterday": yesterday of the entry's day
                here_times = tag(s.text, dt.date.fromisoformat(str(own[0].value)), offset=s.start)
        if week is not None:
            here_times = [_in_week(t, week) for t in here_times]
        day = calendar.day_entry(s)
        here_times = calendar.in_year(calendar.in_month(here_times))
        if day is not None:  # "- **5** — X" under "## 2025" and "### April"
            here_times = [day, *(t for t in here_times if t.start >= day.end)]
        view = SentenceView(
            s,
            here,
            here_times,
            topic=topic,
            org_topic=org_topic,
            section=section_day if s.start > 0 else None,
            hardware=hardware if hardware is not None and s.start - hardware.end <= _HARDWARE_REACH else None,
            published=article.reference_date if article.reference_source in _PUBLISHED_SOURCES else None,
            recent=tuple(recent),
            members=tuple(size_members),
            proper=proper,
            main=main,
        )
        if posted_day is not None:
            view.extras["posted"] = posted_day.isoformat()  # "GPT-4.5 just dropped" in a post: that post's day
        if project:
            view.extras["project"] = project
            if version_line is not None and i - version_line[0] <= 3:
                view.extras["version"] = version_line[1]
        hits = find_events(view)
        for hit in hits:  # names learned from a trigger ("unveiled Arctic") are mentions for the facts too
            if not any(m.start == hit.subject.start and m.type in RELEASABLE_TYPES for m in view.mentions):
                view.add_mention(hit.subject)
                if hit.subject.text not in learned and len(hit.subject.text) >= 2 and s.start <= hit.subject.start < s.end:
                    # and in the sentences after
                    learned[hit.subject.text] = hit.subject
                    learned_re = _learned_pattern(learned)
        said_for: dict[int, str | None] = {}  # one count, one day it counts from, for every subject it dates
        for hit in hits:
            rel_expr = hit.relative if hit.relative is not None else (hit.time if hit.time.kind == "relative" else None)
            relative = None
            anchor_mention = None
            if rel_expr is not None and rel_expr.offset is not None:
                anchor_mention = hit.anchor or (_anchor_subject(view, rel_expr) if rel_expr.anchored else None)
                if (anchor_mention is None and rel_expr.anchored and hit.time.kind == "relative"
                        and _THING_AFTER.match(view.text, view.rel(rel_expr.end))):
                    continue  # "two days after the tech report": counted from something with no date here
                if (anchor_mention is not None and normalize_key(anchor_mention.text) == normalize_key(hit.subject.text)
                        and hit.predicate == "release"):
                    rel_expr = None  # "a few days after Meta's Llama 3, released on April 18th": not anchored on itself
                    if hit.time.kind == "relative":
                        continue
            said = said_for.setdefault(rel_expr.start, _said_since(times, time_starts, claims, rel_expr, body)) if (
                hit.time.kind == "relative" and rel_expr is hit.time and anchor_mention is None) else None
            if said is not None:
                # "On the 18th GPT-4o mini replaced GPT-3.5 Turbo. X came out the same day": counted from the date
                # said last, when no event was told after it
                hit = dataclasses.replace(hit, time=dataclasses.replace(hit.time, kind="deictic", value=said, granularity="day"))
                rel_expr = None
            if rel_expr is not None and rel_expr.offset is not None:
                relative = Relative(anchor_subject=anchor_mention.text if anchor_mention else "", anchor_predicate="release",
                                    min_days=rel_expr.offset[0], max_days=rel_expr.offset[1], text=rel_expr.text)
            if hit.time.kind == "relative":
                claim = _event_claim(article, view, hit, "", relative, disputed)
                pending.append((claim, rel_expr, anchor_mention))  # type: ignore[arg-type]
                claims.append(claim)
            elif hit.time.value and hit.time.granularity in ("year", "month", "day", "week"):
                if hit.time.granularity == "week":  # "earlier this week": the month, when the week lies in one
                    first, last = bounds(hit.time.value)
                    if (first.year, first.month) != (last.year, last.month):
                        continue
                    hit = dataclasses.replace(hit, time=dataclasses.replace(
                        hit.time, value=f"{first.year:04d}-{first.month:02d}", granularity="month"))
                if relative is not None and not rel_expr.anchored:  # type: ignore[union-attr]
                    pending.append((_event_claim(article, view, hit, hit.time.value, relative, disputed), rel_expr, None))  # type: ignore[arg-type]
                    claims.append(pending[-1][0])
                else:
                    claims.append(_event_claim(article, view, hit, hit.time.value, relative, disputed))
        if not hits and _LAUNCH_INCLUDES.match(s.text):
            claims.extend(_launch_members(article, view, claims))
        item = _LIST_ITEM.match(s.text) if listed is not None else None
        if listed is not None and item is None and s.paragraph != listed[2]:
            listed = None  # the list has ended
        if listed is not None and item is not None and s.paragraph != listed[2]:
            first = view.product_at(item.end()) or slot_name(view, item.end(), view.products())
            if first is not None and not [h for h in hits if h.subject.start == first.start]:
                # "- **Codestral Mamba**, a 7.3B code model ..." under "... put out two models:"
                if first not in view.mentions:  # an unseen name: a mention for the item's facts too
                    view.add_mention(first)
                predicate, when = listed[0], listed[1]
                claims.append(_claim(
                    article, s, kind="event", subject=first.text, subject_type=first.type, mention=first.text,
                    predicate=predicate, value=when.value, granularity=when.granularity, date_text=when.text,
                    organization=first.organization, method="sentence", confidence=0.7, start_hint=first.start))
        if not hits:
            opener = list_opener(view)
            if opener is not None:
                listed = (*opener, s.paragraph)
        together = _distinct_tail([h.subject for h in hits if h.subject.type == "model"], len(hits))
        if len(together) >= 2:
            released_together = together
        facts = find_facts(view)
        if not facts and last_benchmarks:  # "o1 scored 79.2% and 96.4% on the same tests": the tests named just before
            facts = _same_tests(view, last_benchmarks)
        benchmarks = [f.attribute for f in facts if f.attribute.startswith("benchmark:")]
        if benchmarks:
            last_benchmarks = list(dict.fromkeys(benchmarks))
        group = _GROUP_SUBJECT.match(s.text)
        if group and facts and not [m for m in view.products() if s.start <= m.start < s.end]:
            # "Both models accept a 200,000-token context window": each of the last models named
            if group.group("each"):  # "Each of them ...": the products the last release named together
                members = released_together
                n = len(members)
            else:
                n = 2 if group.group(1) else _GROUP_SIZES[(group.group(2) or group.group(3)).lower()]
                # "All three handle up to 1M tokens": the three the last release named together, else the last three named
                # (when no other model was named since, bar one in passing)
                near = {m.text for m in _distinct_tail(recent, n + 1)}
                together = len(released_together) == n and all(m.text in near for m in released_together)
                members = released_together if together else _distinct_tail(recent, n)
            if len(members) == n >= 2 and all(s.start - m.start <= _GROUP_REACH for m in members):
                facts = [dataclasses.replace(f, subject=m) for f in facts for m in members]
        for fact in facts:
            claims.append(_claim(
                article, s, kind="fact", subject=fact.subject.text, subject_type=fact.subject.type, mention=fact.subject.text,
                predicate=fact.attribute, value=fact.value, unit=fact.unit, approximate=fact.approximate, bound=fact.bound,
                organization=fact.subject.organization, method="sentence", confidence=0.8, start_hint=fact.start,
                disputed=in_spans(fact.start, disputed),
            ))
        # discourse state: the topic is the sentence's own subject, the first model it names that is not a
        # point of comparison ("a big jump from Llama 3, which ..." leaves the topic alone)
        products = [m for m in view.products() if m.type == "model" and not view.is_comparison(m) and not view.is_older(m)]
        released = [h.subject for h in hits if h.subject.type == "model" and s.start <= h.subject.start < s.end]
        # the product a sentence releases is its topic ("the startup behind Mixtral answered with Mistral Small 3.1")
        new_topic = released[0] if released else products[0] if products else None
        if new_topic is not None and view.means_topic(new_topic):
            new_topic = None  # "The first Llama you could use commercially": Llama 2 stays the topic
        if new_topic is not None:
            topic = new_topic
            last_topic = new_topic
        for m in view.products():
            if m.type == "model" and s.start <= m.start < s.end and not view.is_comparison(m):
                recent.append(m)
                short = _SHORT_TAIL.search(m.text)  # "DeepSeek-R1" named: a bare "R1" later means it
                if short and short.group(0) not in learned:
                    learned[short.group(0)] = m
                    learned_re = _learned_pattern(learned)
                tail = _VERSION_TAIL.search(m.text)  # "Gemini 2.5 Pro" named: a bare "2.5 Pro" later means it
                if (tail and all(w in _LEX.variants for w in tail.group("words").split())
                        and _learn_unique(learned, ambiguous, tail.group(0), m)):
                    learned_re = _learned_pattern(learned) if learned else None
                word = _VARIANT_TAIL.search(m.text)  # "Llama 4 Maverick" named: a bare "Maverick" later means it
                if (word and word.group(0) in _LEX.variants and word.group(0) not in _GENERIC_VARIANTS
                        and _learn_unique(learned, ambiguous, word.group(0), m)):
                    learned_re = _learned_pattern(learned) if learned else None
        for fact in facts:  # "in 9B and 27B sizes": the members a size list names ("the 27B model" later means one)
            if fact.attribute == "parameters_total" and (fact.subject.start, fact.subject.end) == (fact.start, fact.end):
                size_members.append(fact.subject)
        del recent[:-16]
        del size_members[:-16]
        orgs = view.orgs()
        if orgs:
            org_topic = orgs[-1]
        chips = [m for m in here if m.type == "hardware"]
        if chips:
            hardware = chips[-1]
        if question is not None and s.paragraph != question[0].paragraph:
            claims.extend(_answered(article, question, view))
            question = None
        if s.text.rstrip().endswith("?"):
            what = asked(view)
            question = (s, *what) if what is not None else None
        i += 1
    claims = _resolve_relatives(claims, pending)
    return _keep_specific(claims)


# "The launch includes A and B, ...": the members of the release the sentence before dated
_LAUNCH_INCLUDES = re.compile(
    r"(?:The|This|Today['’]s|That)\s+(?:launch|release|rollout|roll-out|drop|update|announcement)\s+"
    r"(?:includes|included|comprises|comprised|consists\s+of|covers|covered|brings|brought|spans|spanned)\b")
_LAUNCH_REACH = 600  # characters back the dated release may be stated


def _answered(article: Article, question: tuple[Sentence, Mention, str], reply: SentenceView) -> list[Claim]:
    """The claim an FAQ answer makes with its question ("How many parameters does X have?" / "405 billion."),
    quoted from the question to the end of the answer's first sentence."""
    asked_in, subject, predicate = question
    found = answer(subject, predicate, reply)
    if found is None:
        return []
    end = reply.sentence.end
    both = Sentence(asked_in.start, end, article.text[asked_in.start: end], asked_in.paragraph)
    kind = "event" if predicate in ("release", "announcement") else "fact"
    time = found.time
    return [_claim(
        article, both, kind=kind, subject=subject.text, subject_type=subject.type, mention=subject.text,
        predicate=predicate, value=found.value, approximate=found.approximate, bound=found.bound,
        granularity=time.granularity if time is not None else None, date_text=time.text if time is not None else None,
        organization=subject.organization, method="sentence", confidence=0.7, start_hint=subject.start)]


def _launch_members(article: Article, view: SentenceView, claims: list[Claim]) -> list[Claim]:
    """Events of the products "The launch includes ..." lists, on the date of the release stated just before."""
    s = view.sentence
    anchor = next((c for c in reversed(claims) if c.kind == "event" and c.value and not c.disputed
                   and c.predicate in ("release", "announcement") and s.start - c.start <= _LAUNCH_REACH), None)
    if anchor is None:
        return []
    out = []
    for m in view.products():
        if m.type == "model" and s.start <= m.start < s.end and not view.is_comparison(m) and m.text != anchor.subject:
            out.append(_claim(
                article, s, kind="event", subject=m.text, subject_type=m.type, mention=m.text, predicate=anchor.predicate,
                value=anchor.value, granularity=anchor.granularity, date_text=anchor.date_text,
                organization=m.organization or anchor.organization, method="sentence", confidence=0.7, start_hint=m.start))
    return out


_WIKI_TITLE = re.compile(r"^(?P<name>[A-Z][^()\n]{1,40}?) \((?:[\w -]*(?:model|models|AI|chatbot|software|LLM))\)$")


def _main_subject(article: Article, mentions: list[Mention]) -> Mention | None:
    """The model an article is about: the first named in its first line (the title), else the most named."""
    lead = len(article.text) - len(article.text.lstrip())  # the title is the first line with words
    first_line_end = article.text.find("\n", lead)
    title = article.text[lead: first_line_end if first_line_end >= 0 else len(article.text)].strip()
    wiki = _WIKI_TITLE.match(title)
    if wiki:  # "Gemini (language model)": the page's subject, known or not
        return Mention(0, len(wiki.group("name")), wiki.group("name"), "model")
    models = [m for m in mentions if m.type == "model"]
    if not models:
        return None
    in_title = [m for m in models if first_line_end < 0 or m.start < first_line_end]
    if in_title:
        return in_title[0]
    counts = Counter(normalize_key(m.text) for m in models)
    best = max(counts.values())
    return next(m for m in models if counts[normalize_key(m.text)] == best)


def _named_above(sents: list[Sentence], first_row: int, mentions: list[Mention], starts: list[int]) -> Mention | None:
    """The model named in the heading just above a table ("## Bar-2 at a glance", "Specifications:")."""
    if first_row <= 0:
        return None
    above = sents[first_row - 1]
    heading = above.text.startswith("#") or above.text.rstrip().endswith(":") or len(above.text) <= 60
    if above.is_table_row or not heading:
        return None  # a lead-in sentence may name several models; a heading names the table's
    models = [m for m in _slice(mentions, starts, above.start, above.end) if m.type == "model"]
    return models[0] if models else None


_ANCHOR_REACH = 3000  # characters back an unanchored "a day later" looks for the event it counts from


def _resolve_relatives(claims: list[Claim], pending: list[tuple[Claim, TimeExpr, Mention | None]]) -> list[Claim]:
    """Give relative events a date from their anchor in the same article, and record the anchor.

    Pending events are resolved in the order of the text, each on the claims as resolved so far, so chains
    hold ("X followed three days after that"; "one day before GPT-4.5", itself dated relative to another).
    An unanchored expression ("A day later") counts from the nearest earlier event, preferring one dated to
    the day when it counts days (a background "which Meta open-sourced in July 2023" is not what it follows).
    """
    current: list[Claim | None] = list(claims)
    where = {c.id: i for i, c in enumerate(claims)}
    shared: dict[int, Claim] = {}  # expression offset -> its anchor: one expression dates all its clauses alike
    todo = pending
    while todo:
        waiting = _resolve_pass(current, where, shared, todo)
        if len(waiting) == len(todo):
            break  # no anchor got its date in this pass: the rest stays for the corpus pass
        todo = waiting  # "A the day before B, which came six days after C": B first, then A
    return [c for c in current if c is not None]


def _resolve_pass(current: list[Claim | None], where: dict[str, int], shared: dict[int, Claim],
                  pending: list[tuple[Claim, TimeExpr, Mention | None]]) -> list[tuple[Claim, TimeExpr, Mention | None]]:
    """One pass of :func:`_resolve_relatives` in text order; returns the events whose named anchor is itself
    a relative event stated later and not dated yet."""
    waiting: list[tuple[Claim, TimeExpr, Mention | None]] = []
    for claim, expr, anchor_mention in pending:
        index = where[claim.id]
        claim = current[index] or claim
        anchor: Claim | None = shared.get(expr.start)  # "The following Wednesday, G made X available and put out Y"
        if anchor is None and anchor_mention is not None:
            key = normalize_key(anchor_mention.text)
            same = [(i, c) for i, c in enumerate(current) if c is not None and c.kind == "event"
                    and normalize_key(c.subject) == key and (key != normalize_key(claim.subject) or c.predicate != claim.predicate)]
            named = [(i, c) for i, c in same if c.value]
            if not same:  # "eight days after Jamba" in a story about Jamba 1.5: the one member of the family told before
                told = [c for c in current[:index] if c is not None and c.kind == "event" and c.value
                        and _member_of(c.subject, anchor_mention.text)]
                members = {c.subject for c in told}
                if len(members) == 1 or (members and len({(c.value, c.predicate) for c in told}) == 1):
                    # one member, or several released together ("the same day as gpt-oss": gpt-oss-120b and -20b)
                    named = [(i, c) for i, c in enumerate(current[:index]) if c is not None and c.kind == "event"
                             and c.value and c.subject in members]
            if not named and any(i > index for i, _c in same):
                waiting.append((claim, expr, anchor_mention))
                continue
            # ("Alongside the launch, Anthropic raised Claude 3.5 Haiku's price": a price change at its own launch)
            # the latest event of that product stated before ("two weeks after the Haiku launch": its launch, not
            # its earlier preview), else the first one stated after
            before = [c for i, c in named if i < index]
            anchor = before[-1] if before else named[0][1] if named else None
        elif anchor is None and "clause" not in expr.extra:  # "the same day Mistral cut its prices": from that, or not at all
            earlier = [c for c in reversed(current[:index]) if c is not None and c.kind == "event" and c.value
                       and normalize_key(c.subject) != normalize_key(claim.subject) and claim.start - c.start <= _ANCHOR_REACH]
            if "months" not in expr.extra:
                anchor = next((c for c in earlier if c.granularity == "day"), earlier[0] if earlier else None)
            else:
                anchor = earlier[0] if earlier else None
            if (anchor is not None and anchor.relative is not None and anchor.relative.max_days < 0 and anchor.relative.anchor_claim
                    and expr.rule != "same_day"):  # "the same day" is the day of the event told last, looked back or not
                # "X, unveiled a week before Y ... Three days later, Z": X looks back from Y, and the story goes on from Y
                anchor = next((c for c in current if c is not None and c.id == anchor.relative.anchor_claim), anchor)
        if anchor is None or not isinstance(anchor.value, str):
            if claim.value == "" and anchor_mention is None:
                current[index] = None  # nothing to count from: dropped (one anchored on a name stays for the corpus pass)
            continue
        shared[expr.start] = anchor
        rel = claim.relative.model_copy(update={  # type: ignore[union-attr]
            "anchor_subject": anchor.subject, "anchor_predicate": anchor.predicate, "anchor_claim": anchor.id})
        value = claim.value
        granularity = claim.granularity or "day"
        if value == "" and anchor.granularity == "day" and "weekday" in expr.extra:
            first, _ = bounds(anchor.value)  # "the following Wednesday": the first Wednesday after the anchor
            value, granularity = _weekday_from(first, expr).isoformat(), "day"
        elif value == "" and anchor.granularity == "day" and expr.offset and expr.offset[0] == expr.offset[1]:
            first, _ = bounds(anchor.value)
            value, granularity = (first + dt.timedelta(days=expr.offset[0])).isoformat(), "day"
        elif value == "" and "months" in expr.extra and anchor.granularity in ("day", "month"):
            first, _ = bounds(anchor.value)  # "three months later": the month, not a day
            month = first.year * 12 + first.month - 1 + int(expr.extra["months"])
            value, granularity = f"{month // 12:04d}-{month % 12 + 1:02d}", "month"
        if value and granularity == "day" and "day" in expr.extra:
            value = _nearest_day(dt.date.fromisoformat(value), int(expr.extra["day"])).isoformat()
        if value == "":
            current[index] = None
            continue
        current[index] = claim.model_copy(update={"value": value, "granularity": granularity, "relative": rel})
    return waiting


def _member_of(subject: str, family: str) -> bool:
    """'Jamba 1.5' is a member of 'Jamba'; 'Jambalaya' is not."""
    return len(subject) > len(family) and subject.lower().startswith(family.lower()) and (
        subject[len(family)] in " -" or subject[len(family)].isdigit())


def _nearest_day(near: dt.date, day: int) -> dt.date:
    """The date with that day of the month closest to ``near`` (the day written wins over the count)."""
    options = []
    for shift in (-1, 0, 1):
        month = near.year * 12 + near.month - 1 + shift
        try:
            options.append(dt.date(month // 12, month % 12 + 1, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - near).days), default=near)


def _keep_specific(claims: list[Claim]) -> list[Claim]:
    """Within one article, drop an event date that another date of the same event refines
    ("Dec 2024" beside "December 26, 2024"), and exact duplicates."""
    groups: dict[tuple[str, str], list[str]] = {}
    for c in claims:
        if c.kind == "event" and isinstance(c.value, str) and c.value:
            groups.setdefault((normalize_key(c.subject), c.predicate, c.disputed), []).append(c.value)
    out: list[Claim] = []
    seen: set[tuple[str, str, str, str, int, bool]] = set()
    for c in claims:
        if c.kind == "event" and isinstance(c.value, str) and c.value:
            values = groups[(normalize_key(c.subject), c.predicate, c.disputed)]
            if any(v != c.value and contains(c.value, v) for v in values):
                continue
        key = (c.kind, normalize_key(c.subject), c.predicate, str(c.value), c.start, c.disputed)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out

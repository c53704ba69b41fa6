"""Stance: the values an article states only to reject them.

Fact-checks and corrected articles repeat the wrong figure next to the right one: "An earlier version of this
article misstated the release date as May 7", "46.7B total parameters, not 56B", "Several outlets dated the
release May 7, ... apparently confusing it with ...". Such values are the article's report of someone's error,
not its claim. :func:`disputed_spans` finds the stretches of a sentence that hold them; a claim whose value
lies in one is kept, flagged ``disputed``, and left out of conflict checks and of scoring.

Six mechanisms, each narrow:

* a correction notice: a paragraph opening with "Correction", "Clarification" or "Editor's note"; its sentences
  that report the earlier error ("An earlier version of this article stated ...", "It also said ...") hold the
  wrong values, up to a corrective marker ("it was in fact May 6"); its plain sentences are the correction;
* an error word in the sentence ("misstated", "incorrectly", "was wrong"): the values before a corrective
  marker;
* a fact-check's claim line ("Claim: X was released on March 3") under a verdict that rejects it ("Verdict:
  False", "Rating: Misleading", "Unproven");
* a contrast: the value right after "not", "rather than", "instead of", "as opposed to" ("not 56B");
* vague third parties ("several outlets", "one widely shared newsletter", "early reports") as the source of
  a value, in a paragraph that calls something wrong or confused;
* the article's own earlier report ("We initially reported X as released on April 7", "Our February 21 piece
  stated that ..." in a paragraph that calls it wrong): the values after it.
"""

from __future__ import annotations

import bisect
import re

from ..text import Sentence

__all__ = ["disputed_spans", "in_spans"]

_ERROR = re.compile(
    r"(?=[mMiIeEwWfFaAbB])\b(?:mis(?:stated|reported|quoted|identified|dated|attributed|labell?ed)|(?:incorrectly|erroneously|wrongly|mistakenly|"
    r"falsely|inaccurately)|(?:was|were|is|are|been)\s+(?:wrong|incorrect|inaccurate|false|mistaken|in\s+error|an?\s+(?:error|mistake)))\b",
    re.IGNORECASE)
# what makes the rest of a sentence the corrected value again
_CORRECTIVE = re.compile(
    r"\b(?:in\s+fact|actually|in\s+reality|correctly|the\s+correct|the\s+actual|should\s+have\s+(?:said|read|been)|"
    r"(?:it|this|that)\s+(?:was|is)\s+(?:in\s+fact\s+)?(?=[A-Z0-9\"“]|on\b|in\b|released\b)|rather|instead)\b|;", re.IGNORECASE)
_NOTICE = re.compile(r"^[ \t*_#>]*(?:corrections?|clarifications?|editor['’]s\s+note|an\s+earlier\s+version)\b", re.IGNORECASE | re.MULTILINE)
# a notice's sentence that reports the earlier error rather than the correction
_REPORTS_ERROR = re.compile(
    r"\b(?:earlier|original|previous|first)\s+version\b|^[*_\s]*(?:It|The\s+(?:article|story|piece|post|report))\s+(?:also\s+)?"
    r"(?:said|stated|reported|gave|listed|claimed|described|put)\b", re.IGNORECASE)
# a fact-check: "**Claim:** ..." and, on it or on the next line, a verdict that rejects it
_CLAIM_LINE = re.compile(r"^[ \t*_#>-]*Claim\s*(?:#?\d{1,3}\s*)?[*_]*\s*:", re.IGNORECASE | re.MULTILINE)  # "CLAIM 1:"
_VERDICT_AGAINST = re.compile(
    r"\b(?:Verdict|Rating|Ruling)\s*[*_]*\s*:\s*[*_]*\s*(?:(?:mostly|largely|partly)\s+)?(?:false|incorrect|wrong|misleading|"
    r"not\s+true|untrue|unproven|unsupported|unsubstantiated|fake|inaccurate|pants\s+on\s+fire)\b", re.IGNORECASE)
# a fact-check's list of rated claims: '- "R1 came out on January 27" — **False**'
_QUOTED_VERDICT = re.compile(r"[\"“](?P<claim>[^\"”\n]{3,240})[\"”]\s*(?:[—–:-]+|\bis\b)\s*[*_]*\s*(?:(?:mostly|largely|partly)\s+)?"
                            r"(?:false|incorrect|wrong|misleading|untrue|unproven|unsupported|fake|inaccurate)\b", re.IGNORECASE)
# "not 56B", "not on March 3", "rather than 128K"; not a bound ("not more than"), nor "not until March" (a date it held)
_CONTRAST = re.compile(
    r"(?=[nNrRiIaA])\b(?:not|rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?!(?:more|less|fewer|over|under|above|below|until|till|"
    r"before|after|yet|only|just|even|all|every|the\s+same|a\s+single|one\s+of)\b)(?:(?:on|in|at|as|the|a|an)\s+)?"
    r"(?=[\d$~£€]|(?-i:[A-Z]))", re.IGNORECASE)  # a value follows, not a verb ("instead of activating all 671B")
# the article's own earlier report: "We initially reported X as released on April 7", "Our February 21 piece stated
# that ..." (with a word saying it was earlier, or a paragraph saying it was wrong)
_OWN_REPORT = re.compile(
    r"\b(?:[Ww]e|[Oo]ur\s+(?:[\w-]+\s+){0,3}?(?:piece|story|article|report|newsletter|coverage|post|headline|issue|episode))\s+"
    r"(?:also\s+)?(?:had\s+)?(?P<when>initially|originally|previously|first|earlier)?\s*(?:reported|stated|said|wrote|claimed|listed|gave|put)\b")
_CLAUSE_END = re.compile(r"[,;:.)]\s|[;)]|\s(?:and|but|which|while)\s")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|has|had|does|did)\s*$")
# vague third parties: "several outlets", "one widely shared newsletter", "early reports", "a handful of aggregator sites"
# (the noun is searched first, it is rare; the quantifier is then read back from it)
_SOURCE_NOUN = re.compile(
    r"\b(?:outlets|reports|publications|sites|websites|newsletters?|blogs?|posts|articles|headlines|accounts|"
    r"rumou?rs|commentators|aggregators?|listings|tweets|threads|coverage|write-?ups|stories)\b", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(
    r"\b(?:some|several|many|various|a\s+few|a\s+handful\s+of|one|other|earlier|early|initial|multiple|numerous)\s+"
    r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DOUBT = re.compile(
    r"\b(?:wrong|incorrect|inaccura\w+|mistak\w+|erroneous\w*|errors?|confus\w+|inconsistent|misstat\w+|false|untrue|"
    r"debunk\w*|no\s+evidence|unfounded|contrary|in\s+fact|actually)\b", re.IGNORECASE)


_ERROR_WORDS = ("misstat", "misreport", "misquot", "misidentif", "misdat", "misattribut", "mislabel", "incorrect", "erroneous",
                "wrong", "mistaken", "false", "inaccurat", "in error", "an error", "a mistake")
_DOUBT_WORDS = ("wrong", "incorrect", "inaccura", "mistak", "erroneous", "error", "confus", "inconsistent", "misstat", "false",
                "untrue", "debunk", "no evidence", "unfounded", "contrary", "in fact", "actually")


def _sentence_at(starts: list[int], sents: list[Sentence], pos: int) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    return sents[i] if i >= 0 and pos < sents[i].end else None


def _upto_corrective(text: str, start: int, end: int) -> int:
    m = _CORRECTIVE.search(text, start, end)
    return m.start() if m else end


def disputed_spans(text: str, sents: list[Sentence]) -> list[tuple[int, int]]:
    """Sorted, disjoint stretches of ``text`` (article offsets) whose values the article rejects.

    Each pattern runs once over the whole text; a hit is then confined to its sentence (and its paragraph).
    """
    starts = [s.start for s in sents]
    out: list[tuple[int, int]] = []
    errors: list[tuple[int, int]] = []
    low = text.lower()  # cheap substring gates: most articles hold none of these words
    for m in _ERROR.finditer(text) if any(w in low for w in _ERROR_WORDS) else ():
        s = _sentence_at(starts, sents, m.start())
        if s is not None and not s.is_table_row:
            errors.append((s.start, _upto_corrective(text, m.end(), s.end)))
    for m in _NOTICE.finditer(text):  # a correction notice: its sentences that report the error
        p_start, p_end = _paragraph_of(text, m.end())
        lo = bisect.bisect_left(starts, p_start)
        while lo < len(sents) and sents[lo].start < p_end:
            s = sents[lo]
            if _REPORTS_ERROR.search(s.text):
                errors.append((s.start, _upto_corrective(text, s.start, s.end)))
            lo += 1
    for m in _QUOTED_VERDICT.finditer(text) if '"' in text or "“" in text else ():
        out.append((m.start("claim"), m.end("claim")))  # '- "R1 came out on January 27" — **False**': a rated quote
    for m in _CLAIM_LINE.finditer(text):  # "Claim: ..." and "Verdict: False" on it or on the line after
        p_start, p_end = _paragraph_of(text, m.end())
        n_start, n_end = _paragraph_of(text, min(len(text), p_end + 1))
        while n_start == n_end and n_end < len(text):  # blank lines between
            n_start, n_end = _paragraph_of(text, n_end + 1)
        if _VERDICT_AGAINST.search(text, p_start, p_end) or _VERDICT_AGAINST.search(text, n_start, min(n_end, n_start + 60)):
            out.append((m.end(), p_end))
    for m in _OWN_REPORT.finditer(text) if "we " in low or "our " in low else ():
        s = _sentence_at(starts, sents, m.start())
        if s is None or s.is_table_row:
            continue
        p_start, p_end = _paragraph_of(text, s.start)
        if m.group("when") or _DOUBT.search(text, p_start, p_end):  # "We initially reported ...", "... It is wrong."
            errors.append((m.end(), _upto_corrective(text, m.end(), s.end)))
    out.extend(errors)
    contrast = " not " in low or "rather than" in low or "instead of" in low or "opposed to" in low
    for m in _CONTRAST.finditer(text) if contrast else ():
        s = _sentence_at(starts, sents, m.start())
        if s is None or s.is_table_row or any(a <= m.start() < b for a, b in errors):
            continue  # "misstated it as May 7 rather than May 6": the value after the contrast is the right one
        comma = text[max(s.start, m.start() - 3):m.start()].rstrip().endswith(",")
        if not comma and m.group(0).lower().startswith("not"):
            if _COPULA_BEFORE.search(text, max(s.start, m.start() - 12), m.start()) is None:
                continue  # ", not 56B" and "is not 56B" contrast; "did not ship on day one" names no value
        end = _CLAUSE_END.search(text, m.end(), s.end)
        out.append((m.end(), end.start() if end else s.end))
    for m in _SOURCE_NOUN.finditer(text) if any(w in low for w in _DOUBT_WORDS) else ():
        s = _sentence_at(starts, sents, m.start())
        if s is None or s.is_table_row:
            continue
        lead = _VAGUE_BEFORE.search(text, max(s.start, m.start() - 60), m.start())
        if lead is None:
            continue
        p_start, p_end = _paragraph_of(text, s.start)
        if _DOUBT.search(text, p_start, p_end):
            out.append((lead.start(), _upto_corrective(text, m.end(), s.end)))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):  # overlapping stretches joined, so one look-up answers in_spans
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, 1 << 62))
    return i > 0 and pos < spans[i - 1][1]

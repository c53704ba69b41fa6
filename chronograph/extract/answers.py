"""Question and answer pairs (FAQ pages, interviews): the question names the product and what is asked, the
answer gives only the value ("When was Llama 3 released?" / "April 18, 2024. ...", "How many parameters does
X have?" / "405 billion. ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import SentenceView
from .dates import TimeExpr
from .entities import Mention
from .facts import _qualifier, number

_EVENT_QUESTION = re.compile(
    r"(?i)^\W*(?:when|what\s+(?:date|day|month|year))\b[^?]*?\b(?P<verb>releas\w*|launch\w*|came\s+out|come\s+out|"
    r"ship\w*|debut\w*|announc\w*|unveil\w*|introduc\w*|open[-\s]sourc\w*)[^?]*\?\W*$")
_SIZE_QUESTION = re.compile(r"(?i)^\W*(?:how\s+(?:many|big|large)|what\s+(?:size|is\s+the\s+size))\b[^?]*\bparam\w*[^?]*\?\W*$")
_CONTEXT_QUESTION = re.compile(r"(?i)^\W*(?:how\s+(?:long|big|large)|what)\b[^?]*\bcontext\b[^?]*\?\W*$")
_SIZE_ANSWER = re.compile(r"^\W*(?:(?P<q>about|roughly|around|nearly|over|more\s+than|under)\s+)?(?P<num>\d+(?:\.\d+)?)\s*"
                          r"(?P<scale>trillion|billion|million|[TBM])\b(?!\s+(?:tokens|dollars|users))", re.IGNORECASE)
_CONTEXT_ANSWER = re.compile(r"^\W*(?:(?P<q>about|roughly|around|up\s+to)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
                             r"(?P<scale>K|k|M|thousand|million)?[\s-]*tokens\b")


@dataclass(frozen=True)
class Answer:
    """A claim a question and its answer make together."""

    subject: Mention
    predicate: str
    value: float | str
    time: TimeExpr | None = None
    approximate: bool = False
    bound: str | None = None


def asked(question: SentenceView) -> tuple[Mention, str] | None:
    """The product a question is about and what it asks ("release", "parameters_total", "context_window")."""
    text = question.text.strip()
    if not text.endswith("?"):
        return None
    products = [m for m in question.products() if m.type in ("model", "software", "hardware")]
    if not products:
        return None
    event = _EVENT_QUESTION.match(text)
    if event is not None:
        verb = event.group("verb").lower()
        return products[0], "announcement" if verb.startswith(("announc", "unveil")) else "release"
    if _SIZE_QUESTION.match(text):
        return products[0], "parameters_total"
    if _CONTEXT_QUESTION.match(text):
        return products[0], "context_window"
    return None


def answer(subject: Mention, predicate: str, reply: SentenceView) -> Answer | None:
    """The value the first words of ``reply`` give to what was asked, else None."""
    text = reply.text
    if predicate in ("release", "announcement"):
        # only a bare date ("April 18, 2024.", "In May 2023."): a full sentence says its own subject and verb
        first = next((t for t in reply.times if t.value is not None and t.kind != "relative" and not t.forecast
                      and t.granularity in ("year", "month", "day")), None)
        if (first is None or text[: reply.rel(first.start)].strip(" *_").lower() not in ("", "on", "in")
                or text[reply.rel(first.end):].strip(" .;*_")):
            return None
        return Answer(subject, predicate, str(first.value), time=first)
    pattern = _SIZE_ANSWER if predicate == "parameters_total" else _CONTEXT_ANSWER
    m = pattern.match(text)
    if m is None:
        return None
    approximate, bound = _qualifier(m.group("q"))  # "About 405 billion.", "Up to 128,000 tokens."
    return Answer(subject, predicate, number(m.group("num"), m.group("scale")), approximate=approximate, bound=bound)

"""Pydantic models at the boundaries of every pipeline stage.

The data flows in one direction::

    Article --extract--> Claim[] --resolve--> Claim[] (canonical subjects)
            --build--> KnowledgeGraph --check--> Conflict[] --export--> files

Every claim and conflict keeps its provenance: the article (file name relative
to the corpus folder), the quoted sentence and its character offsets.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["model", "organization", "hardware", "software", "benchmark", "paper", "product"]
ClaimKind = Literal["event", "fact", "forecast"]
Severity = Literal["error", "warning", "info"]

#: Event predicates: a claim with one of these has an ISO date string as its value.
EVENT_TYPES: tuple[str, ...] = ("release", "announcement", "price_change", "paper")

#: Fact attributes that hold one value per subject (a second, different value is a conflict).
SINGLE_VALUED: tuple[str, ...] = (
    "parameters_total",
    "parameters_active",
    "context_window",
    "license",
    "training_tokens",
    "training_cost_usd",
)


def stable_id(*parts: object) -> str:
    """A short deterministic id from the given parts (never a counter)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:12]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """One input document, decoded and stripped to visible text."""

    id: str = Field(description="File name relative to the corpus folder, '/'-separated.")
    path: str = Field(description="Path of the file as it was read.")
    format: Literal["txt", "md", "html", "eml"]
    title: str = ""
    url: str | None = None
    text: str = Field(description="Visible text; claim offsets index into it.")
    published: str | None = Field(None, description="Publication date (ISO) if the article states one.")
    reference_date: str | None = Field(
        None, description="Date (ISO day) that partial and relative dates are anchored on."
    )
    reference_source: str | None = Field(
        None, description="Where the reference date came from: front_matter, email_date, html_meta, url, byline, dateline, header, saved, latest_release, first_sentence, dateline (a yearless one), updated."
    )
    captured: str | None = Field(
        None, description="When a saved copy was taken (ISO day), if it says so: what 'N days ago' stamps count from."
    )
    updated: str | None = Field(
        None, description="When the page says it was last updated (ISO day), if after the reference date: a date "
        "without its year that falls between the two is read in that window."
    )
    content_hash: str
    encoding: str = "utf-8"
    notes: list[str] = Field(default_factory=list, description="Non-fatal remarks from reading the file.")


class InputWarning(_Model):
    """A file that was skipped or read only in part, and why."""

    file: str
    outcome: Literal["skipped", "partial", "read"]
    reason: str


class Entity(_Model):
    """A canonical entity with the surface forms that name it."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    organization: str | None = None
    articles: list[str] = Field(default_factory=list)


class Relative(_Model):
    """A relative time constraint: this event happened `min_days..max_days` after the anchor event."""

    anchor_subject: str
    anchor_predicate: str
    min_days: int
    max_days: int
    text: str = Field(description="The relative phrase as written.")
    anchor_claim: str | None = Field(None, description="Id of the claim that dated the anchor in the same article.")


class Claim(_Model):
    """The unit of knowledge: one event or fact stated by one sentence of one article."""

    id: str
    kind: ClaimKind
    subject: str
    subject_type: EntityType = "model"
    mention: str = Field("", description="The subject as written in the sentence.")
    predicate: str
    value: str | float
    unit: str | None = None
    approximate: bool = False
    bound: Literal["upper", "lower"] | None = Field(
        None, description="'upper' for 'under $6M', 'lower' for 'over 15T'; such values are bounds."
    )
    granularity: Literal["year", "quarter", "month", "day"] | None = None
    date_text: str | None = Field(None, description="The time expression as written.")
    relative: Relative | None = None
    organization: str | None = None
    article: str
    quote: str
    start: int
    end: int
    method: str = Field("sentence", description="Extraction path: sentence, table, dateline, header, ...")
    confidence: float = 1.0
    forecast: bool = False
    disputed: bool = Field(
        False, description="The article states this value only to reject it: a correction notice, 'not 56B', "
        "what vague third parties wrongly reported. Kept for provenance; left out of conflict checks.")


class ValueSupport(_Model):
    """One competing value of a conflict with everything that supports it."""

    value: str | float
    display: str
    articles: list[str]
    quotes: list[str]
    claims: list[str]
    sources: int = Field(description="Independent sources (copies of one text count once).")
    score: float = 0.0


class Conflict(_Model):
    """A set of claims that cannot all be true, or that disagree."""

    id: str
    code: str
    kind: Literal["temporal", "fact", "order", "anachronism"]
    severity: Severity
    subject: str
    predicate: str
    values: list[ValueSupport]
    explanation: str
    best_value: str | float | None = None
    best_score: float | None = None
    best_reason: str | None = None
    claims: list[str] = Field(default_factory=list)


class BuildSummary(_Model):
    articles: int
    skipped: int
    entities: int
    events: int
    facts: int
    conflicts: int

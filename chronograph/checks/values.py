"""Single-valued predicates with several values: event dates and facts.

Dates compare by what they cover: "2023" contains "2023-03-14", so the two agree. Numbers
compare as intervals: an exact value within a small tolerance, an approximate one ("~$5.6M")
within 10 %, a bound ("over 15T") as a half-line. Licenses compare as SPDX ids.
"""

from __future__ import annotations

from collections import defaultdict

from ..extract.dates import bounds, compatible
from ..extract.facts import canonical_predicate
from ..models import EVENT_TYPES, SINGLE_VALUED, Claim
from ..text import normalize_key

#: relative tolerance of exact values, by attribute (benchmarks use an absolute 0.05 points)
TOLERANCE = {"parameters_total": 0.005, "parameters_active": 0.005, "context_window": 0.03,
             "training_tokens": 0.02, "training_cost_usd": 0.02}
APPROXIMATE_TOLERANCE = 0.10


def checked_predicate(predicate: str) -> bool:
    return predicate in EVENT_TYPES or predicate in SINGLE_VALUED or predicate.startswith("benchmark:")


def interval(claim: Claim) -> tuple[float, float]:
    """The interval of numbers a numeric claim allows."""
    v = float(claim.value)
    if claim.bound == "lower":
        return v, float("inf")
    if claim.bound == "upper":
        return 0.0, v
    if claim.predicate.startswith("benchmark:"):
        tol = 1.0 if claim.approximate else 0.05
        return v - tol, v + tol
    rel = APPROXIMATE_TOLERANCE if claim.approximate else TOLERANCE.get(claim.predicate, 0.01)
    return v * (1 - rel), v * (1 + rel)


def agree(a: Claim, b: Claim) -> bool:
    """Can both claims be true at once?"""
    if isinstance(a.value, str) and isinstance(b.value, str):
        if a.predicate in EVENT_TYPES:
            return compatible(a.value, b.value)
        return normalize_key(a.value) == normalize_key(b.value)
    if isinstance(a.value, str) or isinstance(b.value, str):
        return False
    lo1, hi1 = interval(a)
    lo2, hi2 = interval(b)
    return lo1 <= hi2 and lo2 <= hi1


def display(value: str | float, predicate: str) -> str:
    if isinstance(value, str):
        return value
    if predicate.startswith("benchmark:"):
        return f"{value:g}"
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= scale:
            return f"{value / scale:g}{suffix}"
    return f"{value:g}"


def group_claims(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims of checked predicates grouped by (subject, predicate); forecasts are left out. A benchmark the lexicon
    knows groups under its lexicon name, however each article spells it."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "forecast" or not checked_predicate(c.predicate):
            continue
        if c.kind == "event" and (not isinstance(c.value, str) or not c.value):
            continue
        groups[(c.subject, canonical_predicate(c.predicate))].append(c)
    return groups


def value_clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Claims grouped by the value they state (equal within tolerance, same date string)."""
    if len(claims) == 1:
        return [list(claims)]
    clusters: list[list[Claim]] = []
    for c in sorted(claims, key=lambda c: (str(c.value), c.article, c.start)):
        for cluster in clusters:
            head = cluster[0]
            same = (head.value == c.value) if isinstance(c.value, str) else (
                not isinstance(head.value, str) and agree(head, c) and head.bound == c.bound)
            if same:
                cluster.append(c)
                break
        else:
            clusters.append([c])
    return clusters


def disagreements(clusters: list[list[Claim]]) -> list[tuple[Claim, Claim]]:
    """Pairs of claims (one per value cluster, see :func:`value_clusters`) that cannot both hold."""
    pairs = []
    for i, a in enumerate(clusters):
        for b in clusters[i + 1:]:
            if not agree(a[0], b[0]):
                pairs.append((a[0], b[0]))
    return pairs


def date_span(value: str) -> tuple[int, int]:
    first, last = bounds(value)
    return first.toordinal(), last.toordinal()

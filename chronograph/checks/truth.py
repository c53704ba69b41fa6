"""Which competing value the evidence supports best: independent sources, weighed by trust.

An iterative truth-discovery estimate in the spirit of TruthFinder (Yin, Han & Yu, 2008):
a value's confidence is ``1 - prod(1 - trust(s))`` over its independent sources; a source's
trust is the mean confidence of the values it states across the whole corpus. Copies of one
text (same content hash) count as one source. Ties go to the more specific value.
The result is a ranking with reasons, never "the truth".
"""

from __future__ import annotations

from collections import defaultdict

from ..models import Claim

INITIAL_TRUST = 0.8
ROUNDS = 10


def source_of(claim: Claim, hashes: dict[str, str]) -> str:
    return hashes.get(claim.article, claim.article)


def estimate_trust(groups: dict[tuple[str, str], list[list[Claim]]], hashes: dict[str, str]) -> dict[str, float]:
    """Trust of every source, from how its values agree with the rest of the corpus."""
    trust: dict[str, float] = defaultdict(lambda: INITIAL_TRUST)
    for _ in range(ROUNDS):
        stated: dict[str, list[float]] = defaultdict(list)
        for clusters in groups.values():
            for cluster in clusters:
                conf = value_confidence(cluster, trust, hashes)
                for src in {source_of(c, hashes) for c in cluster}:
                    stated[src].append(conf)
        new = {src: max(0.05, min(0.99, sum(vals) / len(vals))) for src, vals in stated.items()}
        trust = defaultdict(lambda: INITIAL_TRUST, new)
    return dict(trust)


def value_confidence(cluster: list[Claim], trust: dict[str, float], hashes: dict[str, str]) -> float:
    doubt = 1.0
    for src in {source_of(c, hashes) for c in cluster}:
        doubt *= 1.0 - trust.get(src, INITIAL_TRUST)
    return 1.0 - doubt


def specificity(cluster: list[Claim]) -> int:
    """Finer values rank first on ties: a day over a month over a year; exact over approximate."""
    c = cluster[0]
    order = {"day": 4, "week": 3, "month": 2, "quarter": 1, "year": 0}
    if c.granularity:
        return order.get(c.granularity, 0)
    return 0 if (c.approximate or c.bound) else 1

"""Which competing value the evidence supports best: independent sources, weighed by trust.

An iterative truth-discovery estimate in the spirit of TruthFinder (Yin, Han & Yu, 2008):

* a source's weight is the log-odds of its trust, ``tau(s) = -ln(1 - t(s))``, so sources add up;
* a value's support is the sum of the weights of its independent sources (copies of one text,
  same content hash, count once), and its score is its share of the support in its group;
* a source's trust is the mean score of the values it states across the whole corpus
  (a value nobody contests scores 1), so sources that often disagree with the rest weigh less.

Ties go to the more specific value. The result is a ranking with reasons, never "the truth".
"""

from __future__ import annotations

import math
from collections import defaultdict

from ..models import Claim

INITIAL_TRUST = 0.8
MAX_TRUST = 0.95
MIN_TRUST = 0.05
ROUNDS = 10


def source_of(claim: Claim, hashes: dict[str, str]) -> str:
    return hashes.get(claim.article, claim.article)


def _weight(trust: float) -> float:
    return -math.log(1.0 - min(MAX_TRUST, max(MIN_TRUST, trust)))


def support(cluster: list[Claim], trust: dict[str, float], hashes: dict[str, str]) -> float:
    """Sum of the weights of the independent sources stating this value."""
    return sum(_weight(trust.get(src, INITIAL_TRUST)) for src in {source_of(c, hashes) for c in cluster})


def shares(clusters: list[list[Claim]], trust: dict[str, float], hashes: dict[str, str]) -> list[float]:
    """Each value's share of the support in its group (they add up to 1)."""
    sup = [support(c, trust, hashes) for c in clusters]
    total = sum(sup) or 1.0
    return [s / total for s in sup]


def estimate_trust(groups: dict[tuple[str, str], list[list[Claim]]], hashes: dict[str, str]) -> dict[str, float]:
    """Trust of every source, from how its values agree with the rest of the corpus."""
    # sources of each value computed once; a group with one value gives its sources a share of 1 every round
    uncontested: dict[str, int] = defaultdict(int)
    contested: list[list[list[str]]] = []
    for clusters in groups.values():
        if len(clusters) == 1:  # nobody disagrees: each source's share is 1; order does not matter here
            for src in {hashes.get(c.article, c.article) for c in clusters[0]}:
                uncontested[src] += 1
        else:
            contested.append([sorted({source_of(c, hashes) for c in cluster}) for cluster in clusters])
    # how many values each source states does not change between rounds: counted once
    count: dict[str, int] = defaultdict(int, uncontested)
    for group in contested:
        for srcs in group:
            for src in srcs:
                count[src] += 1
    default = _weight(INITIAL_TRUST)
    weight = dict.fromkeys(count, default)
    trust: dict[str, float] = {}
    for _ in range(ROUNDS):
        total: dict[str, float] = dict.fromkeys(count, 0.0)
        for src, n in uncontested.items():
            total[src] = float(n)
        for group in contested:
            sup = [sum(map(weight.__getitem__, srcs)) for srcs in group]
            whole = sum(sup) or 1.0
            for srcs, s_value in zip(group, sup, strict=True):
                share = s_value / whole
                for src in srcs:
                    total[src] += share
        trust = {src: max(MIN_TRUST, min(MAX_TRUST, total[src] / count[src])) for src in count}
        weight = {src: _weight(t) for src, t in trust.items()}
    return trust


def specificity(cluster: list[Claim]) -> int:
    """Finer values rank first on ties: a day over a month over a year; exact over approximate."""
    c = cluster[0]
    order = {"day": 4, "week": 3, "month": 2, "quarter": 1, "year": 0}
    if c.granularity:
        return order.get(c.granularity, 0)
    return 0 if (c.approximate or c.bound) else 1

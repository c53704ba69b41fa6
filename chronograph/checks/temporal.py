"""Timelines that cannot hold: relative against absolute dates, anachronisms, version order.

The relative check is a simple temporal network (Dechter, Meiri & Pearl, 1991): every event
is a variable ``t`` in days; an absolute date bounds it between the first and last day of its
granularity (edges with the origin ``Z``); a relative phrase ("the very next day") adds
``lo <= t_a - t_b <= hi``. The network is consistent iff its distance graph has no negative
cycle; networkx's ``find_negative_cycle`` returns one, and its edges, each a claim with a
quote, are the explanation.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from ..models import Article, Claim
from ..text import normalize_key
from .values import date_span

MAX_ASSIGNMENTS = 256

EventKey = tuple[str, str]  # (subject, predicate)


@dataclass(frozen=True)
class Cycle:
    """A minimal set of claims that cannot all hold, with the relative claims among them."""

    claims: tuple[Claim, ...]
    relatives: tuple[Claim, ...]


def _absolute(claim: Claim) -> bool:
    """A claim whose date is stated outright, not computed from a relative phrase."""
    if claim.kind != "event" or not isinstance(claim.value, str) or not claim.value:
        return False
    if claim.relative is None:
        return True
    return claim.date_text is not None and claim.date_text != claim.relative.text


def relative_cycles(claims: list[Claim]) -> list[Cycle]:
    """Every minimal inconsistency that involves at least one relative claim."""
    relatives = [c for c in claims if c.kind == "event" and c.relative is not None and c.relative.anchor_subject]
    if not relatives:
        return []
    links = nx.Graph()
    for r in relatives:
        a: EventKey = (r.subject, r.predicate)
        b: EventKey = (r.relative.anchor_subject, r.relative.anchor_predicate)  # type: ignore[union-attr]
        links.add_edge(a, b)
    absolute: dict[EventKey, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if _absolute(c) and (c.subject, c.predicate) in links:
            absolute[(c.subject, c.predicate)][c.value].append(c)  # type: ignore[index]
    found: dict[frozenset[str], Cycle] = {}
    components = [sorted(c) for c in nx.connected_components(links)]
    component_of = {e: i for i, events in enumerate(components) for e in events}
    relatives_of: dict[int, list[Claim]] = defaultdict(list)
    for r in relatives:
        relatives_of[component_of[(r.subject, r.predicate)]].append(r)
    for index, events in enumerate(components):
        rel_here = relatives_of[index]
        choices = [[(e, v) for v in sorted(absolute[e])] or [(e, None)] for e in events]
        for assignment in itertools.islice(itertools.product(*choices), MAX_ASSIGNMENTS):
            cycle = _check(assignment, absolute, rel_here)
            if cycle is not None and cycle.relatives:
                found.setdefault(frozenset(c.id for c in cycle.claims), cycle)
    return [found[k] for k in sorted(found, key=lambda k: sorted(k))]


def _check(assignment: tuple[tuple[EventKey, str | None], ...], absolute: dict[EventKey, dict[str, list[Claim]]],
           relatives: list[Claim]) -> Cycle | None:
    g = nx.DiGraph()
    why: dict[tuple[object, object], Claim] = {}

    def edge(u: object, v: object, w: int, claim: Claim) -> None:
        if not g.has_edge(u, v) or g[u][v]["weight"] > w:
            g.add_edge(u, v, weight=w)
            why[(u, v)] = claim

    for event, value in assignment:
        g.add_node(event)
        if value is None:
            continue
        lo, hi = date_span(value)
        support = absolute[event][value][0]
        edge("Z", event, hi, support)  # t - Z <= hi
        edge(event, "Z", -lo, support)  # Z - t <= -lo
    for r in relatives:
        a: EventKey = (r.subject, r.predicate)
        b: EventKey = (r.relative.anchor_subject, r.relative.anchor_predicate)  # type: ignore[union-attr]
        edge(b, a, r.relative.max_days, r)  # type: ignore[union-attr]
        edge(a, b, -r.relative.min_days, r)  # type: ignore[union-attr]
    g.add_node("S")
    for n in list(g.nodes):
        if n != "S":
            g.add_edge("S", n, weight=0)
    try:
        cycle = nx.find_negative_cycle(g, "S")
    except nx.NetworkXError:
        return None
    nodes = [n for n in cycle if n != "S"]
    used: list[Claim] = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        claim = why.get((u, v))
        if claim is not None and claim not in used:
            used.append(claim)
    if not used:
        return None
    rel = tuple(c for c in used if c.relative is not None and not _absolute(c) or c in relatives)
    return Cycle(tuple(used), tuple(c for c in rel if c in relatives))


def anachronisms(claims: list[Claim], articles: dict[str, Article]) -> list[tuple[Claim, str]]:
    """Events reported as past but dated after the article reporting them: after its publication date, or after
    its last update when it says it was updated (the update may add later news)."""
    out = []
    for c in claims:
        art = articles.get(c.article)
        if c.kind != "event" or not isinstance(c.value, str) or not c.value or art is None or not art.published:
            continue
        first, _ = date_span(c.value)
        published = date_span(max(art.published, art.updated or ""))[0]
        if first > published + 1:
            out.append((c, art.published if not art.updated else f"{art.published} (updated {art.updated})"))
    return out


_VERSION = re.compile(r"^(?P<fam>[A-Za-z][A-Za-z-]*?)[\s-]*[vV]?(?P<ver>\d+(?:\.\d+)?)(?P<tail>(?:[\s-].*)?)$")


def version_of(name: str) -> tuple[str, tuple[int, ...], str] | None:
    """("Llama", (3, 1), "405b") for "Llama 3.1 405B"; None for names without a version."""
    m = _VERSION.match(name.strip())
    if not m:
        return None
    version = tuple(int(p) for p in m.group("ver").split("."))
    return normalize_key(m.group("fam")), version, normalize_key(m.group("tail"))


def order_violations(claims: list[Claim]) -> list[tuple[list[Claim], list[Claim]]]:
    """(predecessor claims, successor claims) where every successor date precedes every predecessor date."""
    releases: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "event" and c.predicate in ("release", "announcement") and isinstance(c.value, str) and c.value:
            releases[c.subject].append(c)
    families: dict[tuple[str, str], list[tuple[tuple[int, ...], str]]] = defaultdict(list)
    for subject in releases:
        v = version_of(subject)
        if v is not None:
            families[(v[0], v[2])].append((v[1], subject))
    out = []
    for members in families.values():
        members.sort()
        for (v1, older), (v2, newer) in zip(members, members[1:], strict=False):  # each against the next version
            if v1 == v2:
                continue
            latest_newer = max(date_span(c.value)[1] for c in releases[newer])  # type: ignore[arg-type]
            earliest_older = min(date_span(c.value)[0] for c in releases[older])  # type: ignore[arg-type]
            if latest_newer < earliest_older:
                out.append((releases[older], releases[newer]))
    return out


__all__ = ["Cycle", "relative_cycles", "anachronisms", "order_violations", "version_of"]

"""Claims -> one ``networkx.MultiDiGraph``; :class:`KnowledgeGraph` answers queries over it.

Node kinds: the entity types (model, organization, hardware, software, paper, benchmark),
``event`` (one per subject, event type and claimed date), ``date``, ``article`` and
``conflict``. Edge relations: ``developed_by``, ``has_event``, ``released_on`` /
``announced_on`` / ``price_changed_on`` / ``dated``, ``reported_by`` (with the quote),
``states`` (a fact, with its value), ``relative_to`` and ``about`` / ``involves`` for conflicts.
Every attribute is a str, int, float or bool, so the graph writes to GraphML unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
from pydantic import BaseModel

from .extract.dates import bounds
from .extract.entities import load_lexicon
from .extract.facts import canonical_predicate
from .models import EVENT_TYPES, Article, BuildSummary, Claim, Conflict, Entity, InputWarning
from .text import normalize_key

DATE_RELATION = {"release": "released_on", "announcement": "announced_on", "price_change": "price_changed_on",
                 "paper": "published_on"}


def event_node(subject: str, predicate: str, value: str) -> str:
    return f"event:{normalize_key(subject)}:{predicate}:{value}"


def _flat(text: str | None, limit: int = 600) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class TimelineEntry(BaseModel):
    """One dated event on the timeline; competing dates of one event share ``group``."""

    subject: str
    predicate: str
    value: str
    start: str
    end: str
    group: str
    competing: bool
    forecast: bool
    conflicts: list[str]
    articles: list[str]
    quotes: list[str]
    claims: list[str]
    #: one item per claim: {"article", "quote", "claim"} (articles above are the distinct ones, sorted)
    evidence: list[dict[str, str]]


def build_graph(articles: list[Article], claims: list[Claim], entities: list[Entity], conflicts: list[Conflict]) -> nx.MultiDiGraph:
    """The knowledge graph of a corpus (deterministic: same input, same node and edge order)."""
    g = nx.MultiDiGraph(name="chronograph")
    conflicted: dict[str, set[str]] = defaultdict(set)  # node -> codes
    claim_conflicts: dict[str, set[str]] = defaultdict(set)
    for conflict in conflicts:
        for cid in conflict.claims:
            claim_conflicts[cid].add(conflict.code)
    by_name = {e.name: e for e in entities}
    for a in sorted(articles, key=lambda a: a.id):
        g.add_node(f"article:{a.id}", kind="article", label=_flat(a.title, 120) or a.id, article=a.id,
                   url=a.url or "", published=a.published or "", reference_date=a.reference_date or "",
                   reference_source=a.reference_source or "", content_hash=a.content_hash)
    for e in entities:
        g.add_node(e.id, kind=e.type, label=e.name, aliases="; ".join(e.aliases), organization=e.organization or "",
                   articles=len(e.articles), conflict=False, conflict_codes="")
    for e in entities:
        if e.organization and e.type != "organization":
            org = by_name.get(e.organization)
            org_id = org.id if org is not None else f"organization:{normalize_key(e.organization)}"
            if org_id not in g:
                g.add_node(org_id, kind="organization", label=e.organization, aliases="", organization="",
                           articles=0, conflict=False, conflict_codes="")
            g.add_edge(e.id, org_id, key="developed_by", relation="developed_by", label="developed by")
    entity_of = {e.name: e.id for e in entities}
    for c in sorted(claims, key=lambda c: (c.subject, c.predicate, str(c.value), c.article, c.start)):
        subject_id = entity_of.get(c.subject)
        if subject_id is None:
            continue
        codes = claim_conflicts.get(c.id, set())
        if c.disputed:  # the article repeats the value only to reject it: no event, an edge that says so
            g.add_edge(subject_id, f"article:{c.article}", key=c.id, relation="disputed_by", label=f"{c.predicate} disputed",
                       predicate=c.predicate, value=str(c.value), claim=c.id, quote=_flat(c.quote))
            continue
        if c.kind in ("event", "forecast") and isinstance(c.value, str) and c.value:
            ev = event_node(c.subject, c.predicate, c.value)
            first, last = bounds(c.value)
            if ev not in g:
                g.add_node(ev, kind="event", label=f"{c.subject} {c.predicate.replace('_', ' ')} {c.value}",
                           subject=c.subject, predicate=c.predicate, date=c.value, start=first.isoformat(),
                           end=last.isoformat(), ordinal=first.toordinal(), year=first.year,
                           granularity=c.granularity or "", forecast=c.kind == "forecast", articles=0,
                           conflict=False, conflict_codes="")
                g.add_edge(subject_id, ev, key="has_event", relation="has_event", label=c.predicate)
                date_id = f"date:{c.value}"
                if date_id not in g:
                    g.add_node(date_id, kind="date", label=c.value, date=c.value, start=first.isoformat(),
                               end=last.isoformat(), ordinal=first.toordinal(), year=first.year)
                g.add_edge(ev, date_id, key=DATE_RELATION.get(c.predicate, "dated"),
                           relation=DATE_RELATION.get(c.predicate, "dated"), label=DATE_RELATION.get(c.predicate, "dated"))
            g.nodes[ev]["articles"] += 1
            g.add_edge(ev, f"article:{c.article}", key=c.id, relation="reported_by", label="reported by", claim=c.id,
                       quote=_flat(c.quote), date_text=c.date_text or "", method=c.method,
                       conflict=bool(codes), conflict_codes=";".join(sorted(codes)))
            if codes:
                conflicted[ev] |= codes
                conflicted[subject_id] |= codes
        elif c.kind == "fact":
            value = c.value
            numeric = {} if isinstance(value, str) else {"value_num": float(value)}
            g.add_edge(subject_id, f"article:{c.article}", key=c.id, relation="states", label=c.predicate,
                       predicate=c.predicate, value=str(value), approximate=c.approximate, bound=c.bound or "",
                       claim=c.id, quote=_flat(c.quote), conflict=bool(codes), conflict_codes=";".join(sorted(codes)),
                       **numeric)
            if codes:
                conflicted[subject_id] |= codes
    events_of: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n, data in g.nodes(data=True):
        if data.get("kind") == "event":
            events_of[(normalize_key(data["subject"]), data["predicate"])].append(n)
    for c in claims:
        if c.kind == "event" and c.relative is not None and c.relative.anchor_subject and isinstance(c.value, str) and c.value:
            src = event_node(c.subject, c.predicate, c.value)
            anchors = events_of.get((normalize_key(c.relative.anchor_subject), c.relative.anchor_predicate), [])
            for a in sorted(anchors):
                g.add_edge(src, a, key=f"rel:{c.id}", relation="relative_to", label=c.relative.text,
                           min_days=c.relative.min_days, max_days=c.relative.max_days, claim=c.id, quote=_flat(c.quote))
    conflicted_events: dict[str, list[str]] = defaultdict(list)
    for node in sorted(conflicted):
        if node.startswith("event:"):
            conflicted_events[g.nodes[node]["subject"]].append(node)
    for conflict in conflicts:
        cid = f"conflict:{conflict.id}"
        g.add_node(cid, kind="conflict", label=f"{conflict.code} {conflict.subject}", code=conflict.code,
                   severity=conflict.severity, subject=conflict.subject, predicate=conflict.predicate,
                   explanation=_flat(conflict.explanation, 2000),
                   values=" | ".join(v.display for v in conflict.values),
                   best_value=conflict.values[0].display if conflict.best_value is not None else "",
                   conflict=True, conflict_codes=conflict.code)
        subject_id = entity_of.get(conflict.subject)
        if subject_id is not None:
            g.add_edge(cid, subject_id, key="about", relation="about", label="about")
        for node in conflicted_events.get(conflict.subject, []):
            if conflict.code in conflicted[node]:
                g.add_edge(cid, node, key="involves", relation="involves", label="involves")
    for node, codes in conflicted.items():
        if node in g:
            g.nodes[node]["conflict"] = True
            g.nodes[node]["conflict_codes"] = ";".join(sorted(codes))
    return g


class KnowledgeGraph:
    """A built corpus: articles, claims, entities, conflicts, warnings and the networkx graph.

    >>> kg = KnowledgeGraph([], [], [], [], [])
    >>> kg.summary().events
    0
    """

    def __init__(self, articles: list[Article], claims: list[Claim], entities: list[Entity],
                 conflicts: list[Conflict], warnings: list[InputWarning], graph: nx.MultiDiGraph | None = None) -> None:
        self.articles = articles
        self._claims = claims
        self.entities = entities
        self._conflicts = conflicts
        self.warnings = warnings
        self.graph = graph if graph is not None else build_graph(articles, claims, entities, conflicts)
        self._alias: dict[str, Entity] = {}
        lex = load_lexicon()
        for e in entities:
            for name in [e.name, *e.aliases]:
                self._alias.setdefault(normalize_key(name), e)
            if e.type == "organization":
                for key, canon in lex.org_alias.items():
                    if canon == e.name:
                        self._alias.setdefault(key, e)

    # -- lookups ------------------------------------------------------------------------

    def entity(self, name: str) -> Entity | None:
        """The entity a name or alias stands for ("DeepSeek V3", "deepseek-v3", "DeepSeek-AI")."""
        return self._alias.get(normalize_key(name))

    def _subject(self, name: str | None) -> str | None:
        if name is None:
            return None
        e = self.entity(name)
        return e.name if e is not None else name

    def claims(self, subject: str | None = None, predicate: str | None = None, kind: str | None = None,
               article: str | None = None) -> list[Claim]:
        """Claims filtered by subject (alias-aware), predicate (a known benchmark under any spelling), kind and article."""
        subj = self._subject(subject)
        pred = canonical_predicate(predicate) if predicate is not None else None
        return [c for c in self._claims
                if (subj is None or c.subject == subj) and (pred is None or canonical_predicate(c.predicate) == pred)
                and (kind is None or c.kind == kind) and (article is None or c.article == article)]

    def events(self, type: str | None = None, between: tuple[str, str] | None = None,
               subject: str | None = None, include_forecasts: bool = False) -> list[Claim]:
        """Dated events, optionally of one type, overlapping the ISO range ``between``, in date order."""
        out = []
        for c in self.claims(subject=subject):
            if c.predicate not in EVENT_TYPES or not isinstance(c.value, str) or not c.value:
                continue
            if (c.kind == "forecast" and not include_forecasts) or c.disputed:
                continue
            if type is not None and c.predicate != type:
                continue
            if between is not None:
                first, last = bounds(c.value)
                lo = bounds(between[0])[0]
                hi = bounds(between[1])[1]
                if last < lo or first > hi:
                    continue
            out.append(c)
        return sorted(out, key=lambda c: (bounds(str(c.value))[0], c.subject, c.article))

    def facts(self, subject: str | None = None, attribute: str | None = None) -> list[Claim]:
        return self.claims(subject=subject, predicate=attribute, kind="fact")

    def conflicts(self, code: str | None = None, subject: str | None = None, severity: str | None = None) -> list[Conflict]:
        """Conflicts, optionally filtered by code, subject (alias-aware) and severity."""
        subj = self._subject(subject)
        return [c for c in self._conflicts if (code is None or c.code == code)
                and (subj is None or c.subject == subj) and (severity is None or c.severity == severity)]

    def sources(self, entity: str) -> list[Article]:
        """Articles that state something about an entity."""
        ids = {c.article for c in self.claims(subject=entity)}
        return [a for a in self.articles if a.id in ids]

    def subgraph(self, entity: str, depth: int = 1) -> nx.MultiDiGraph:
        """The neighbourhood of an entity node, ``depth`` steps in either direction."""
        e = self.entity(entity)
        if e is None or e.id not in self.graph:
            return nx.MultiDiGraph()
        undirected = self.graph.to_undirected(as_view=True)
        nodes = nx.single_source_shortest_path_length(undirected, e.id, cutoff=depth)
        return self.graph.subgraph(nodes).copy()

    def timeline(self, entity: str | None = None, start: str | None = None, end: str | None = None,
                 include_forecasts: bool = False) -> list[TimelineEntry]:
        """Events in time order; competing dates of one event are grouped and marked."""
        between = (start or "0001", end or "9999") if (start or end) else None
        events = self.events(subject=entity, between=between, include_forecasts=include_forecasts)
        grouped: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
        for c in events:
            grouped[(c.subject, c.predicate, str(c.value))].append(c)
        values_per_event: dict[tuple[str, str], set[str]] = defaultdict(set)
        for subject, predicate, value in grouped:
            values_per_event[(subject, predicate)].add(value)
        codes: dict[tuple[str, str], list[str]] = defaultdict(list)
        for conflict in self._conflicts:
            if conflict.code in ("CG101", "CG102"):
                codes[(conflict.subject, conflict.predicate)].append(conflict.code)
        out = []
        for (subject, predicate, value), cs in grouped.items():
            first, last = bounds(value)
            key = (subject, predicate)
            out.append(TimelineEntry(
                subject=subject, predicate=predicate, value=value, start=first.isoformat(), end=last.isoformat(),
                group=f"{subject}|{predicate}", competing=bool(codes.get(key)) and len(values_per_event[key]) > 1,
                forecast=all(c.kind == "forecast" for c in cs), conflicts=sorted(set(codes.get(key, []))),
                articles=sorted({c.article for c in cs}), quotes=[c.quote for c in cs], claims=[c.id for c in cs],
                evidence=[{"article": c.article, "quote": c.quote, "claim": c.id} for c in cs],
            ))
        return sorted(out, key=lambda t: (t.start, t.subject, t.predicate, t.value))

    def summary(self) -> BuildSummary:
        return BuildSummary(
            articles=len(self.articles), skipped=sum(1 for w in self.warnings if w.outcome == "skipped"),
            entities=len(self.entities), events=sum(1 for c in self._claims if c.kind == "event"),
            facts=sum(1 for c in self._claims if c.kind == "fact"), conflicts=len(self._conflicts),
        )

    def all_claims(self) -> list[Claim]:
        return list(self._claims)

    def all_conflicts(self) -> list[Conflict]:
        return list(self._conflicts)

    # -- writers ------------------------------------------------------------------------

    def write(self, out: str | Path, formats: Iterable[str] | None = None) -> list[Path]:
        """Write the outputs (default: all) to ``out``; each file is written whole or not at all."""
        from .export import write_all

        return write_all(self, Path(out), formats)

    def __repr__(self) -> str:
        s = self.summary()
        return (f"<KnowledgeGraph articles={s.articles} entities={s.entities} events={s.events} "
                f"facts={s.facts} conflicts={s.conflicts}>")

"""JSON and CSV outputs: claims, conflicts, entities, articles, warnings, node-link graph, TimelineJS."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..extract.dates import bounds
from .atomic import atomic_write

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

CSV_COLUMNS = ["id", "kind", "subject", "subject_type", "predicate", "value", "unit", "approximate", "bound", "disputed",
               "granularity", "date_text", "organization", "article", "start", "end", "method", "confidence", "quote"]


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)  # one encoder: json.dumps would build one per record


def dumps(data: Any) -> str:
    """JSON with one record per line: readable, diff-friendly, and written by the fast C encoder
    (``indent`` would fall back to the pure-Python one)."""
    one = _ENCODER.encode
    if isinstance(data, list):
        return "[\n" + ",\n".join(one(item) for item in data) + "\n]\n" if data else "[]\n"
    if isinstance(data, dict):
        parts = [f"{one(k)}: {dumps(v).rstrip() if isinstance(v, list) else one(v)}" for k, v in data.items()]
        return "{\n" + ",\n".join(parts) + "\n}\n"
    return one(data) + "\n"


def article_record(article: Any) -> dict[str, Any]:
    return article.model_dump(exclude={"text"})


def timelinejs(kg: KnowledgeGraph) -> dict[str, Any]:
    """The timeline in TimelineJS's JSON format."""
    events = []
    for entry in kg.timeline(include_forecasts=True):
        first, _ = bounds(entry.value)
        date: dict[str, Any] = {"year": first.year}
        if len(entry.value) >= 7 and "-Q" not in entry.value and "-W" not in entry.value:
            date["month"] = first.month
        if len(entry.value) == 10:
            date["day"] = first.day
        flag = " [competing dates]" if entry.competing else (" [forecast]" if entry.forecast else "")
        events.append({
            "unique_id": f"{entry.group}|{entry.value}",
            "start_date": date,
            "group": entry.subject,
            "text": {"headline": f"{entry.subject} {entry.predicate.replace('_', ' ')}{flag}",
                     "text": " / ".join(f"{e['article']}: {e['quote']}" for e in entry.evidence)},
        })
    return {"title": {"text": {"headline": "chronograph timeline", "text": f"{len(events)} dated events"}},
            "events": events}


def write_json(kg: KnowledgeGraph, out: Path) -> list[Path]:
    files = {
        "claims.json": [c.model_dump() for c in kg.all_claims()],
        "conflicts.json": [c.model_dump() for c in kg.all_conflicts()],
        "entities.json": [e.model_dump() for e in kg.entities],
        "articles.json": [article_record(a) for a in kg.articles],
        "warnings.json": [w.model_dump() for w in kg.warnings],
        "graph.json": nx.node_link_data(kg.graph, edges="edges"),
        "timeline.json": timelinejs(kg),
    }
    return [atomic_write(out / name, dumps(data)) for name, data in files.items()]


def write_claims_csv(kg: KnowledgeGraph, path: Path) -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for c in kg.all_claims():
        row = c.model_dump()
        row["quote"] = " ".join(c.quote.split())
        writer.writerow(row)
    return atomic_write(path, buf.getvalue())

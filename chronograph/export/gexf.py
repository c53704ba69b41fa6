"""GEXF with time: nodes and edges carry ``start``/``end`` so Gephi's timeline slider plays the graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import xmlstream
from .atomic import atomic_write
from .xmlsafe import SafeGraph, safe_records

if TYPE_CHECKING:
    import networkx as nx

    from ..graph import KnowledgeGraph

_TIME = ("start", "end")


def dynamic_records(g: SafeGraph) -> SafeGraph:
    """Records in which entities start at their first event, events and dates at their date, edges when both ends exist.

    ``g`` is not changed: records that change are copied.
    """
    kinds = {n: data.get("kind") for n, data in g.nodes}
    starts = {n: data.get("start") for n, data in g.nodes}
    first: dict[str, str] = {}
    for u, v, _k, _data in g.edges:
        if kinds.get(v) == "event":
            s = starts[v]
            if s is not None and (u not in first or s < first[u]):  # type: ignore[operator]
                first[u] = s  # type: ignore[assignment]
    nodes = []
    for n, data in g.nodes:
        if kinds[n] not in ("event", "date"):
            data = {k: v for k, v in data.items() if k not in _TIME}
            if n in first:
                data["start"] = first[n]
            starts[n] = data.get("start")
        nodes.append((n, data))
    edges = []
    for u, v, k, data in g.edges:
        latest = data.get("start")
        for node in (u, v):
            s = starts.get(node)
            if s and (latest is None or s > latest):  # type: ignore[operator]
                latest = s
        if latest != data.get("start"):
            data = {**data, "start": latest}
        edges.append((u, v, k, data))
    return SafeGraph({**g.graph, "mode": "dynamic"}, nodes, edges)


def gexf_bytes(graph: nx.MultiDiGraph, records: SafeGraph | None = None) -> bytes:
    """The graph as GEXF 1.2 bytes with time spells (``records``: its :func:`safe_records`, when already made)."""
    return xmlstream.gexf_bytes(dynamic_records(records or safe_records(graph)))


def write_gexf(kg: KnowledgeGraph, path: Path, records: SafeGraph | None = None) -> Path:
    """Write ``graph.gexf``; Gephi's timeline plays it."""
    return atomic_write(path, gexf_bytes(kg.graph, records))

"""GEXF with time: nodes and edges carry ``start``/``end`` so Gephi's timeline slider plays the graph."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from . import xmlstream
from .atomic import atomic_write
from .xmlsafe import xml_safe

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def dynamic_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy in which entities start at their first event, events and dates at their date."""
    g = xml_safe(graph)
    g.graph["mode"] = "dynamic"
    first: dict[str, str] = {}
    for n, data in g.nodes(data=True):
        if data.get("kind") == "event":
            for pred in g.predecessors(n):
                if pred not in first or data["start"] < first[pred]:
                    first[pred] = data["start"]
    for n, data in g.nodes(data=True):
        if data.get("kind") not in ("event", "date"):
            data.pop("start", None)
            data.pop("end", None)
            if n in first:
                data["start"] = first[n]
    for u, v, _k, data in g.edges(keys=True, data=True):
        for node in (u, v):
            s = g.nodes[node].get("start")
            if s and (data.get("start") is None or s > data["start"]):
                data["start"] = s
    return g


def write_gexf(kg: KnowledgeGraph, path: Path) -> Path:
    return atomic_write(path, xmlstream.gexf_bytes(dynamic_graph(kg.graph)))

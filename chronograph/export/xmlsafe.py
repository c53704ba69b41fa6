"""Copies of the graph that XML writers accept: only characters XML 1.0 allows."""

from __future__ import annotations

import math
import re

import networkx as nx

_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(value: object) -> object:
    if isinstance(value, str):
        return _FORBIDDEN.sub("", value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and string attributes hold no character XML forbids."""
    g = nx.MultiDiGraph(**{k: clean(v) for k, v in graph.graph.items()})
    for n, data in graph.nodes(data=True):
        g.add_node(clean(n), **{k: clean(v) for k, v in data.items()})
    for u, v, k, data in graph.edges(keys=True, data=True):
        g.add_edge(clean(u), clean(v), key=clean(k), **{a: clean(b) for a, b in data.items()})
    return g

"""Copies of the graph that XML writers accept: only characters XML 1.0 allows.

XML 1.0 forbids most control characters (NUL, vertical tab, ...), lone surrogates and
U+FFFE/U+FFFF; the writers would emit them and produce a file no parser reads. They are
removed from ids, keys and string values. Carriage returns become line feeds (what an XML
parser turns them into on reading anyway), so a value reads back as it was written.
Values GraphML and GEXF cannot type (None, lists, dicts) become strings or are dropped, and
non-finite floats are dropped (a string "inf" would turn the whole column into strings;
the claim's ``value`` attribute still holds it as text).
"""

from __future__ import annotations

import math
import re
from typing import Any

import networkx as nx

_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_DROP = object()


def clean_str(text: str) -> str:
    """``text`` with every character XML 1.0 forbids removed and line ends as ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub("", text)


def clean(value: object) -> object:
    """A value an XML writer accepts (strings cleaned); non-finite floats are returned as text."""
    if isinstance(value, str):
        return clean_str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def _attr(value: object) -> object:
    if isinstance(value, str):
        return clean_str(value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _DROP
    if value is None:
        return _DROP
    return clean_str(str(value))


def _attrs(data: dict[Any, Any]) -> dict[str, object]:
    out = {}
    for key, value in data.items():
        v = _attr(value)
        if v is not _DROP:
            out[clean_str(str(key))] = v
    return out


def _node_id(node: object) -> object:
    return clean_str(node) if isinstance(node, str) else node


def xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose ids and attributes hold no character XML forbids and no untypable value."""
    g = nx.MultiDiGraph(**_attrs(graph.graph))
    for n, data in graph.nodes(data=True):
        g.add_node(_node_id(n), **_attrs(data))
    for u, v, k, data in graph.edges(keys=True, data=True):
        g.add_edge(_node_id(u), _node_id(v), key=_node_id(k), **_attrs(data))
    return g

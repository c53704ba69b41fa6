"""What XML writers may write: only characters XML 1.0 allows, only values they can type.

XML 1.0 forbids most control characters (NUL, vertical tab, ...), lone surrogates and
U+FFFE/U+FFFF; a writer would emit them and produce a file no parser reads. They are
removed from ids, keys and string values. Carriage returns become line feeds (what an XML
parser turns them into on reading anyway), so a value reads back as it was written.
Values GraphML and GEXF cannot type (None) are dropped, others (lists, dicts) become strings,
and non-finite floats are dropped (a string "inf" would turn the whole column into strings;
the claim's ``value`` attribute still holds it as text).

:func:`safe_records` turns a graph into plain lists of cleaned nodes and edges once; both
XML writers read them, so a build that writes GraphML and GEXF cleans the graph once.
"""

from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

import networkx as nx

_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_DROP = object()


def clean_str(text: str) -> str:
    """``text`` with every character XML 1.0 forbids removed and line ends as ``\\n``.

    >>> clean_str("a\\x00b\\r\\nc")
    'ab\\nc'
    """
    if text.isprintable():  # the common case, checked in C: nothing to remove
        return text
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
            out[clean_str(key) if isinstance(key, str) else clean_str(str(key))] = v
    return out


def _id(node: object) -> str:
    return clean_str(node if isinstance(node, str) else str(node))


class SafeGraph(NamedTuple):
    """A graph as cleaned records: ``nodes`` ``(id, attributes)``, ``edges`` ``(source, target, key, attributes)``."""

    graph: dict[str, object]
    nodes: list[tuple[str, dict[str, object]]]
    edges: list[tuple[str, str, str, dict[str, object]]]


def safe_records(graph: nx.MultiDiGraph) -> SafeGraph:
    """The graph's nodes and edges with ids and attributes XML can hold (see the module doc).

    >>> g = nx.MultiDiGraph(); g.add_node("a\\x00", label="A", n=None); _ = g.add_edge("a\\x00", "b", w=float("nan"))
    >>> safe_records(g).nodes, safe_records(g).edges
    ([('a', {'label': 'A'}), ('b', {})], [('a', 'b', '0', {})])
    """
    return SafeGraph(
        _attrs(graph.graph),
        [(_id(n), _attrs(data)) for n, data in graph.nodes(data=True)],
        [(_id(u), _id(v), _id(k), _attrs(data)) for u, v, k, data in graph.edges(keys=True, data=True)],
    )

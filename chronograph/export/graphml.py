"""GraphML for Gephi, yEd and networkx: typed, flat attributes; a label on every node."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from .atomic import atomic_write
from .xmlsafe import xml_safe

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(xml_safe(graph), buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue()


def write_graphml(kg: KnowledgeGraph, path: Path) -> Path:
    """Write ``graph.graphml``; read it back with ``networkx.read_graphml`` or Gephi."""
    return atomic_write(path, graphml_bytes(kg.graph))

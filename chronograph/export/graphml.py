"""GraphML for Gephi, yEd and networkx: typed, flat attributes; a label on every node."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from . import xmlstream
from .atomic import atomic_write

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    """The graph as GraphML bytes (streamed; see :mod:`.xmlstream`)."""
    return xmlstream.graphml_bytes(graph)


def write_graphml(kg: KnowledgeGraph, path: Path) -> Path:
    """Write ``graph.graphml``; read it back with ``networkx.read_graphml`` or Gephi."""
    return atomic_write(path, graphml_bytes(kg.graph))

"""GraphML for Gephi, yEd and networkx: typed, flat attributes; a label on every node."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import xmlstream
from .atomic import atomic_write
from .xmlsafe import SafeGraph, safe_records

if TYPE_CHECKING:
    import networkx as nx

    from ..graph import KnowledgeGraph


def graphml_bytes(graph: nx.MultiDiGraph, records: SafeGraph | None = None) -> bytes:
    """The graph as GraphML bytes (streamed; see :mod:`.xmlstream`; ``records``: its :func:`safe_records`)."""
    return xmlstream.graphml_bytes(records or safe_records(graph))


def write_graphml(kg: KnowledgeGraph, path: Path, records: SafeGraph | None = None) -> Path:
    """Write ``graph.graphml``; read it back with ``networkx.read_graphml`` or Gephi."""
    return atomic_write(path, graphml_bytes(kg.graph, records))

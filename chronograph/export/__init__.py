"""Writers: one module per format, each a thin function over the KnowledgeGraph.

Every file is written to a temporary name in the output folder and all are renamed into place
together at the end, so a failed or interrupted run leaves the previous outputs as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_batch, atomic_write

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

FORMATS = ("json", "csv", "graphml", "gexf", "report", "html", "timeline", "index")

__all__ = ["FORMATS", "write_all", "atomic_write"]


def write_all(kg: KnowledgeGraph, out: Path, formats: Iterable[str] | None = None) -> list[Path]:
    """Write the chosen formats (default: all) into ``out``; returns the files written."""
    from . import gexf, graphml, html, jsonfiles, report, timeline
    from .xmlsafe import safe_records

    chosen = list(formats) if formats is not None else list(FORMATS)
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with atomic_batch():  # all files are replaced together, or none when a writer fails
        if "json" in chosen:
            written += jsonfiles.write_json(kg, out)
        if "csv" in chosen:
            written.append(jsonfiles.write_claims_csv(kg, out / "claims.csv"))
        records = safe_records(kg.graph) if {"graphml", "gexf"} & set(chosen) else None  # cleaned once for both
        if "graphml" in chosen:
            written.append(graphml.write_graphml(kg, out / "graph.graphml", records))
        if "gexf" in chosen:
            written.append(gexf.write_gexf(kg, out / "graph.gexf", records))
        if "report" in chosen:
            written.append(report.write_report_md(kg, out / "report.md"))
        if "html" in chosen:
            written.append(html.write_graph_html(kg, out / "graph.html"))
        if "timeline" in chosen:
            written.append(timeline.write_timeline_html(kg, out / "timeline.html"))
        if "index" in chosen:
            written.append(report.write_index_html(kg, out / "index.html"))
    return written

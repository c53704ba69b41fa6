"""The readable report: ``report.md`` (and ``index.html``, see :mod:`.index`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_write

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def report_markdown(kg: KnowledgeGraph) -> str:
    s = kg.summary()
    lines = ["# chronograph report", "",
             f"- articles read: {s.articles}", f"- files skipped: {s.skipped}", f"- entities: {s.entities}",
             f"- events: {s.events}", f"- facts: {s.facts}", f"- conflicts: {s.conflicts}", "",
             "## Conflicts", ""]
    if not kg.all_conflicts():
        lines.append("None found.")
    for c in kg.all_conflicts():
        lines += [f"### {c.code} ({c.severity}) — {_md(c.subject)}: {c.predicate}", "", _md(c.explanation), ""]
        if c.best_value is not None:
            lines += [f"Best supported: **{_md(str(c.values[0].display))}** (score {c.best_score}; {c.best_reason})", ""]
        lines += ["| value | score | articles | quote |", "|---|---|---|---|"]
        for v in c.values:
            lines.append(f"| {_md(v.display)} | {v.score} | {_md(', '.join(v.articles))} | {_md(v.quotes[0])} |")
        lines.append("")
    lines += ["## Files skipped or read in part", ""]
    if not kg.warnings:
        lines.append("None.")
    for w in kg.warnings:
        lines.append(f"- `{_md(w.file)}`: {w.outcome} — {_md(w.reason)}")
    return "\n".join(lines) + "\n"


def write_report_md(kg: KnowledgeGraph, path: Path) -> Path:
    return atomic_write(path, report_markdown(kg))


def write_index_html(kg: KnowledgeGraph, path: Path) -> Path:
    from .index import index_html

    return atomic_write(path, index_html(kg))

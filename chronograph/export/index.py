"""``index.html``: the report page (counts, conflicts with their evidence, skipped files).

Static HTML without any script: every article-derived string goes through :func:`html.escape`,
and article urls are shown as text only, never as links.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from .html import CSP

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph
    from ..models import Conflict

INDEX_CSP = CSP.replace("script-src 'unsafe-inline'", "script-src 'none'")


def _e(value: object) -> str:
    return escape(" ".join(str(value).split()), quote=True)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3g}"


def _conflict_rows(conflicts: list[Conflict]) -> str:
    if not conflicts:
        return '<p class="none">No conflicts found.</p>'
    rows = []
    for c in conflicts:
        values = []
        for v in c.values:
            quotes = "".join(f'<li><span class="src">{_e(a)}</span><q>{_e(q)}</q></li>'
                             for a, q in zip(v.articles, v.quotes, strict=False))
            extra = "".join(f'<li><span class="src">{_e(a)}</span></li>' for a in v.articles[len(v.quotes):])
            best = " best" if c.best_value is not None and v.value == c.best_value else ""
            values.append(f'<details class="val{best}"><summary><b>{_e(v.display)}</b> · score {_num(v.score)} · '
                          f'{v.sources} source{"s" if v.sources != 1 else ""}</summary><ul>{quotes}{extra}</ul></details>')
        best = ""
        if c.best_value is not None:
            shown = next((v.display for v in c.values if v.value == c.best_value), str(c.best_value))
            best = f'<b>{_e(shown)}</b><br>score {_num(c.best_score)}<br><span class="why">{_e(c.best_reason or "")}</span>'
        rows.append(
            f'<tr id="c-{_e(c.id)}" class="conflict {_e(c.severity)}"><td><code>{_e(c.code)}</code></td>'
            f'<td><span class="sev">{_e(c.severity)}</span></td><td>{_e(c.subject)}</td>'
            f'<td>{_e(c.predicate.replace("_", " "))}</td><td class="expl">{_e(c.explanation)}</td>'
            f'<td class="vals">{"".join(values)}</td><td>{best}</td></tr>')
    return ('<table class="conflicts"><thead><tr><th>code</th><th>severity</th><th>subject</th><th>about</th>'
            '<th>explanation</th><th>values (click for articles and quotes)</th><th>best supported</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def index_html(kg: KnowledgeGraph) -> str:
    """The report page as a string: summary counts, conflicts, articles, skipped files, links."""
    s = kg.summary()
    counts = [("articles read", s.articles), ("files skipped", s.skipped), ("entities", s.entities),
              ("events", s.events), ("facts", s.facts), ("conflicts", s.conflicts)]
    cards = "".join(f'<div class="card"><div class="n">{n:,}</div><div>{label}</div></div>' for label, n in counts)
    conflicts = kg.all_conflicts()
    by_severity = {sev: sum(1 for c in conflicts if c.severity == sev) for sev in ("error", "warning", "info")}
    sev = " · ".join(f"{n} {k}" for k, n in by_severity.items() if n)
    articles = "".join(
        f"<tr><td>{_e(a.id)}</td><td>{_e(a.title)}</td><td>{_e(a.published or '')}</td>"
        f"<td>{_e(a.reference_date or '')} <span class=\"why\">{_e(a.reference_source or '')}</span></td>"
        f'<td class="url">{_e(a.url or "")}</td></tr>' for a in sorted(kg.articles, key=lambda a: a.id))
    warnings = "".join(f"<tr><td>{_e(w.file)}</td><td>{_e(w.outcome)}</td><td>{_e(w.reason)}</td></tr>"
                       for w in kg.warnings)
    warn_table = (f"<table><thead><tr><th>file</th><th>outcome</th><th>reason</th></tr></thead><tbody>{warnings}</tbody></table>"
                  if warnings else '<p class="none">None: every file was read.</p>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{INDEX_CSP}">
<title>chronograph report</title>
<style>{INDEX_CSS}</style>
</head>
<body>
<header><h1>chronograph report</h1><nav><a href="graph.html">knowledge graph</a><a href="timeline.html">timeline</a></nav></header>
<section class="cards">{cards}</section>
<h2 id="conflicts">Conflicts <small>{_e(sev)}</small></h2>
{_conflict_rows(conflicts)}
<h2 id="skipped">Files skipped or read in part <small>{len(kg.warnings)}</small></h2>
{warn_table}
<h2 id="articles">Articles <small>{len(kg.articles)}</small></h2>
<table class="articles"><thead><tr><th>file</th><th>title</th><th>published</th><th>reference date</th><th>url (as text)</th></tr></thead>
<tbody>{articles}</tbody></table>
</body>
</html>
"""


INDEX_CSS = """
body{margin:0 auto;max-width:1400px;padding:0 16px 40px;font:14px/1.45 system-ui,sans-serif;color:#222}
header{display:flex;align-items:baseline;gap:24px;border-bottom:1px solid #ddd}header h1{font-size:22px}
nav a{margin-right:16px;color:#1f5fa8;font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:8px 16px;min-width:110px;background:#fafafa}
.card .n{font-size:24px;font-weight:700}
h2{font-size:18px;margin-top:28px}h2 small{color:#777;font-weight:400;font-size:13px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e6e6e6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4;font-weight:600}tr.conflict.error td:first-child{border-left:4px solid #d62728}
tr.conflict.warning td:first-child{border-left:4px solid #f28e2b}tr.conflict.info td:first-child{border-left:4px solid #4e79a7}
.sev{font-size:12px;padding:1px 6px;border-radius:8px;background:#eee}.error .sev{background:#fbd5d5}
.warning .sev{background:#fde6c8}.expl{max-width:420px;word-break:break-word}.vals{min-width:300px}
details.val{margin:2px 0 6px}details.val summary{cursor:pointer}details.val.best summary b{color:#1a7f37}
details ul{margin:4px 0;padding-left:18px}details li{margin:4px 0;word-break:break-word}
.src{display:block;color:#555;font-size:12px;word-break:break-all}q{font-style:italic}
.why{color:#666;font-size:12px}.url{word-break:break-all;color:#555;font-size:12px}.none{color:#666}
"""

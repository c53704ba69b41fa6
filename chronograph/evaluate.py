"""Score extraction against a gold file (format: shared/gold/FORMAT.md).

* an event matches when article, subject (one of the gold aliases after lower-casing and
  keeping letters, digits and '+') and date string are equal; an unmatched dated event claim
  counts against precision;
* a fact matches on article, subject, attribute and value (numbers within 1e-6 relative);
* a conflict matches when subject and predicate match and every gold value is reported;
* non-events: no event claim may come from a sentence holding a non-event text.

The confusion report sorts misses and false positives into categories (wrong date, wrong
subject, wrong value, missed entirely) so a pattern change shows what it fixed and broke.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .graph import KnowledgeGraph
from .models import Claim
from .text import normalize_key


class EvalReport(BaseModel):
    event_tp: int
    event_fp: int
    event_fn: int
    event_precision: float
    event_recall: float
    event_f1: float
    date_accuracy: float
    fact_tp: int
    fact_total: int
    fact_recall: float
    conflict_found: int
    conflict_total: int
    conflict_recall: float
    non_event_violations: list[str]
    non_conflict_violations: list[str]
    missed_events: list[str]
    false_events: list[str]
    missed_facts: list[str]
    missed_conflicts: list[str]
    unmatched_conflicts: list[str]
    confusion: dict[str, int]
    #: facts given to another subject although their sentence names the gold one (the issue's "no fact assigned to
    #: the wrong subject where the sentence names the subject")
    named_subject_errors: list[str] = []


def _num_equal(a: Any, b: Any) -> bool:
    try:
        fa, fb = float(a), float(b)
    except (TypeError, ValueError):
        return normalize_key(str(a)) == normalize_key(str(b))
    return abs(fa - fb) <= 1e-6 * max(abs(fa), abs(fb), 1e-12)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def score(gold: dict[str, Any], claims: list[Claim], conflicts: list[Any]) -> EvalReport:
    """Compare claims and conflicts with a gold annotation."""
    articles = set(gold.get("articles", {}))
    claims = [c for c in claims if not c.disputed]  # an article's report of someone's error is not its claim
    events = [c for c in claims if c.kind == "event" and (not articles or c.article in articles)]
    facts = [c for c in claims if c.kind == "fact"]
    confusion: Counter[str] = Counter()
    matched_claims: set[str] = set()
    missed_events: list[str] = []
    tp = 0
    for g in gold.get("events", []):
        keys = {normalize_key(a) for a in [g["subject"], *g.get("aliases", [])]}
        hits = [c for c in events if c.article == g["article"] and normalize_key(c.subject) in keys and c.value == g["date"]]
        if hits:
            tp += 1
            matched_claims.update(c.id for c in hits)
            if all(c.predicate != g["type"] for c in hits):
                confusion[f"event type: {g['type']} read as {hits[0].predicate}"] += 1
            continue
        same_subject = [c for c in events if c.article == g["article"] and normalize_key(c.subject) in keys]
        same_date = [c for c in events if c.article == g["article"] and c.value == g["date"]]
        if same_subject:
            confusion["event: right subject, wrong date"] += 1
            why = f" (got {', '.join(sorted({str(c.value) for c in same_subject}))})"
        elif same_date:
            confusion["event: right date, wrong subject"] += 1
            why = f" (got subject {', '.join(sorted({c.subject for c in same_date}))})"
        else:
            confusion["event: missed"] += 1
            why = ""
        missed_events.append(f"{g['article']}: {g['subject']} {g['type']} {g['date']}{why} — \"{g['quote'][:90]}\"")
    false_events = []
    for c in events:
        if c.id in matched_claims:
            continue
        confusion["event: false positive"] += 1
        false_events.append(f"{c.article}: {c.subject} {c.predicate} {c.value} — \"{' '.join(c.quote.split())[:90]}\"")
    fp = len(false_events)
    wrong_dates = confusion.get("event: right subject, wrong date", 0)
    fn = len(missed_events)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0

    fact_tp = 0
    missed_facts = []
    named_subject_errors: list[str] = []
    for g in gold.get("facts", []):
        keys = {normalize_key(g["subject"]), *[normalize_key(a) for a in g.get("aliases", [])]}
        subject_aliases = _aliases_for(gold, g["subject"])
        keys |= subject_aliases
        cands = [c for c in facts if c.article == g["article"] and c.predicate == g["attribute"]]
        ok = [c for c in cands if normalize_key(c.subject) in keys and _num_equal(c.value, g["value"])]
        if ok:
            fact_tp += 1
            continue
        right_subject = [c for c in cands if normalize_key(c.subject) in keys]
        right_value = [c for c in cands if _num_equal(c.value, g["value"])]
        if right_subject:
            confusion["fact: right subject, wrong value"] += 1
            why = f" (got {', '.join(sorted({str(c.value) for c in right_subject}))})"
        elif right_value:
            confusion["fact: right value, wrong subject"] += 1
            why = f" (got subject {', '.join(sorted({c.subject for c in right_value}))})"
            named = [c for c in right_value if normalize_key(g["subject"]) in normalize_key(c.quote)]
            if named:
                named_subject_errors.append(f"{g['article']}: {g['subject']} {g['attribute']} given to {named[0].subject} — "
                                            f"\"{' '.join(named[0].quote.split())[:90]}\"")
        else:
            confusion["fact: missed"] += 1
            why = ""
        missed_facts.append(f"{g['article']}: {g['subject']} {g['attribute']} = {g['value']}{why} — \"{g['quote'][:80]}\"")

    found = 0
    missed_conflicts = []
    used: set[int] = set()
    for g in gold.get("conflicts", []):
        keys = {normalize_key(a) for a in [g["subject"], *g.get("aliases", [])]}
        ok = False
        for i, c in enumerate(conflicts):
            if normalize_key(c.subject) not in keys or c.predicate != g["predicate"]:
                continue
            reported = [v.value for v in c.values]
            if all(any(_num_equal(r, gv) or str(r) == gv for r in reported) for gv in g["values"]):
                ok = True
                used.add(i)
                break
        if ok:
            found += 1
        else:
            confusion["conflict: missed"] += 1
            missed_conflicts.append(f"{g['subject']} {g['predicate']}: {', '.join(g['values'])}")
    unmatched = [f"{c.code} {c.subject} {c.predicate}: {' | '.join(v.display for v in c.values)}"
                 for i, c in enumerate(conflicts) if i not in used]

    violations = []
    for ne in gold.get("non_events", []):
        for c in events:
            if c.article == ne["article"] and ne["text"] in c.quote:
                violations.append(f"{ne['article']}: \"{ne['text']}\" gave {c.subject} {c.predicate} {c.value}")
    nc_viol = []
    for nc in gold.get("non_conflicts", []):
        key = normalize_key(nc["subject"])
        for c in conflicts:
            if normalize_key(c.subject) == key and c.predicate == nc["predicate"]:
                nc_viol.append(f"{nc['subject']} {nc['predicate']}: {nc.get('why', '')}")
    return EvalReport(
        event_tp=tp, event_fp=fp, event_fn=fn, event_precision=precision, event_recall=recall, event_f1=f1,
        date_accuracy=_ratio(tp, tp + wrong_dates),
        fact_tp=fact_tp, fact_total=len(gold.get("facts", [])), fact_recall=_ratio(fact_tp, len(gold.get("facts", []))),
        conflict_found=found, conflict_total=len(gold.get("conflicts", [])),
        conflict_recall=_ratio(found, len(gold.get("conflicts", []))),
        non_event_violations=violations, non_conflict_violations=nc_viol, missed_events=missed_events,
        false_events=false_events, missed_facts=missed_facts, missed_conflicts=missed_conflicts,
        unmatched_conflicts=unmatched, confusion=dict(sorted(confusion.items())), named_subject_errors=named_subject_errors,
    )


def _aliases_for(gold: dict[str, Any], subject: str) -> set[str]:
    """Aliases the gold gives a subject anywhere (events and conflicts list them)."""
    out: set[str] = set()
    for item in gold.get("events", []) + gold.get("conflicts", []):
        names = [item["subject"], *item.get("aliases", [])]
        if normalize_key(subject) in {normalize_key(n) for n in names}:
            out |= {normalize_key(n) for n in names}
    return out


def evaluate(gold_path: str | Path, articles_dir: str | Path, kg: KnowledgeGraph | None = None) -> EvalReport:
    """Build ``articles_dir`` (unless ``kg`` is given) and score it against ``gold_path``."""
    from .pipeline import build

    gold = json.loads(Path(gold_path).read_text("utf-8"))
    kg = kg or build(articles_dir)
    return score(gold, kg.all_claims(), kg.all_conflicts())


def format_report(r: EvalReport, verbose: bool = True) -> str:
    lines = []
    if verbose:
        for title, items in (("missed events", r.missed_events), ("false events", r.false_events),
                             ("missed facts", r.missed_facts),
                             ("facts on a wrong subject the sentence names", r.named_subject_errors),
                             ("missed conflicts", r.missed_conflicts),
                             ("conflicts reported beyond the gold", r.unmatched_conflicts),
                             ("non-events read as events", r.non_event_violations),
                             ("non-conflicts reported", r.non_conflict_violations)):
            if items:
                lines.append(f"{title} ({len(items)}):")
                lines += [f"  - {i}" for i in items]
        if r.confusion:
            lines.append("confusion by category:")
            lines += [f"  {k}: {v}" for k, v in r.confusion.items()]
    lines.append(f"events:    precision {r.event_precision:.3f}  recall {r.event_recall:.3f}  F1 {r.event_f1:.3f}  "
                 f"(tp {r.event_tp}, fp {r.event_fp}, fn {r.event_fn})")
    lines.append(f"dates:     {r.date_accuracy:.3f} of the events found for a gold subject carry its date (value and granularity)")
    lines.append(f"facts:     recall {r.fact_recall:.3f}  ({r.fact_tp}/{r.fact_total}); on a wrong subject although the "
                 f"sentence names the right one: {len(r.named_subject_errors)}")
    lines.append(f"conflicts: recall {r.conflict_recall:.3f}  ({r.conflict_found}/{r.conflict_total}), "
                 f"{len(r.unmatched_conflicts)} beyond the gold")
    lines.append(f"non-events read as events: {len(r.non_event_violations)}; non-conflicts reported: "
                 f"{len(r.non_conflict_violations)}")
    return "\n".join(lines)

"""Markdown table reader: spec tables, one-row-per-model tables and benchmark matrices.

Three shapes are recognised by their header:

* key/value (two columns, "Specification | DeepSeek V3"): each row an attribute of the
  model named in the header (else of the paragraph topic);
* one row per model ("Model | Params | Release"): each column header an attribute;
* benchmark matrix ("Benchmark | Model A | Model B"): one score per model column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from ..text import Sentence, table_cells
from .context import SentenceView
from .dates import TimeExpr, tag
from .entities import Mention, classify, find_mentions, load_lexicon
from .events import find_events
from .facts import MAX_VALUE, FactHit, bench_name, find_facts, license_ids, number

_ATTRIBUTES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\b(release|released|launch|launched|release\s+date|launch\s+date|date\s+released|availability|introduced|debut)\b"), "release"),
    (re.compile(r"(?i)\b(announce\w*)\b"), "announcement"),
    # a pricing table's "Last change" / "Price cut" / "Effective" column: when that price was set
    (re.compile(r"(?i)\b(?:price\s+(?:change|cut|drop|update|date)|last\s+(?:price\s+)?(?:change|changed|update|cut)|effective(?:\s+date)?)\b"),
     "price_change"),
    (re.compile(r"(?i)\bexperts?\b.*\b(?:per\s+token|activ\w*|selected|routed|used)\b|\b(?:activ\w*|selected|routed)\s+experts?\b"), "experts_active"),
    (re.compile(r"(?i)\btrain(?:ing|ed)?\s+tokens\b|\b(?:corpus|dataset|data)\s+size\b|\btokens\s+seen\b|\btokens\s+trained\b|\bpre-?training\s+(data|tokens)\b|^tokens$|\btrained\s+on\b|\btraining\s+data\b"), "training_tokens"),
    (re.compile(r"(?i)\bactiv\w*\b.*\bparam|\bparam\w*\s+(?:per\s+token|active|activated)"), "parameters_active"),
    (re.compile(r"(?i)\b(total\s+)?param(eter)?s?\b|\bsize\b|\bmodel\s+size\b"), "parameters_total"),
    (re.compile(r"(?i)\bcontext\b"), "context_window"),
    (re.compile(r"(?i)\blicen[cs]e\b"), "license"),
    (re.compile(r"(?i)\btraining\s+cost\b|\bcost\s+to\s+train\b"), "training_cost_usd"),
]
_RANK_HEADER = re.compile(r"(?i)#|no\.?|rank(?:ing)?|pos(?:ition)?\.?|place")
_ROW_HEADERS = re.compile(r"(?i)^(model|models|name|system|llm|release|product|family|variant)s?$")
_BENCH_HEADERS = re.compile(r"(?i)^(benchmark|benchmarks|metric|metrics|task|tasks|eval|evaluation|test|dataset|category)s?\b")
_TOTAL_ACTIVE_HEADER = re.compile(r"(?i)\b(total|activ\w*)\s*/\s*(?:total|activ\w*)\b")
_SCORE_CELL = re.compile(r"\d{1,3}\.\d+%?|-|—|n/a")
_CELL_NUM = re.compile(r"(?P<q>~|≈|about\s+|approx\.?\s*|under\s+|over\s+|<\s*|>\s*)?(?P<cur>\$)?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>trillion|billion|million|thousand|[TBMK](?![a-z])|k(?![a-z]))?(?P<plus>\+)?")  # "32k tokens"


_GROUP_HEADER = re.compile(r"(?i)(?:category|categories|area|domain|group|type|capability|skill)s?")
_NOTES_HEADER = re.compile(r"(?i)\s*(?:notes?|description|comments?|remarks|details|architecture)\s*")
_LAUNCH_NOTE = re.compile(r"(?i)\((?:at\s+)?(?:launch|launched|release|released|debut|new)\)")
_ANNOUNCED_NOTE = re.compile(r"\s*\((?:announced|preview|previewed|beta|unveiled)\)", re.IGNORECASE)


@dataclass(frozen=True)
class TableFact:
    subject: str
    subject_mention: Mention | None
    predicate: str
    value: float | str
    row: Sentence
    approximate: bool = False
    bound: str | None = None
    granularity: str | None = None
    date_text: str | None = None
    is_event: bool = False


def _unbold(cell: str) -> str:
    """A header cell without its bold marks: "**Model**" -> "Model"."""
    return re.sub(r"\*\*|__", "", cell).strip()


def _bench_label(cell: str) -> str:
    """'GPQA (Diamond)' -> 'GPQA Diamond' (a variant); 'MMLU (higher is better)', 'MMLU (5-shot)' -> 'MMLU';
    'Agentic coding (SWE-bench Verified)' -> 'SWE-bench Verified' (a description, then the benchmark it was measured on)."""
    described = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", cell)
    if described and bench_name(described.group(1)) is None and bench_name(described.group(2)) is not None:
        return described.group(2).strip()
    cell = re.sub(r"\s*\(([A-Z][a-z]+)\)", r" \1", cell)
    return re.sub(r"\(.*?\)", "", cell).strip()


def attribute_of(header: str) -> str | None:
    """The attribute a column or row label stands for, or None."""
    if re.search(r"(?i)\bexperts?\b", header) and _TOTAL_ACTIVE_HEADER.search(header):
        return "experts_active"  # "Experts per layer (total / active)": the active count of the pair
    label = re.sub(r"\(.*?\)", "", header).strip()
    for pattern, attribute in _ATTRIBUTES:
        if pattern.search(label):
            return attribute
    if _TOTAL_ACTIVE_HEADER.fullmatch(label.strip(" *_:")):
        return "parameters_total"  # a bare "Total / active" column: the parameter pair ("671B / 37B")
    return None


_HEADER_SCALE = re.compile(r"(?i)\((?:in\s+)?(billions?|B|trillions?|T|millions?|M|thousands?|K)\)|\b(billions?|trillions?)\b")


def header_scale(header: str) -> str | None:
    """'Parameters (billion)' -> 'billion': the unit a column's bare numbers are in."""
    m = _HEADER_SCALE.search(header)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower().rstrip("s")
    return {"b": "billion", "t": "trillion", "m": "million", "k": "thousand"}.get(word, word)


def _cell_value(attribute: str, cell: str, reference: dt.date | None, scale: str | None = None) -> dict[str, object] | None:
    if attribute in ("release", "announcement", "price_change"):
        for t in tag(cell, reference):
            if attribute == "release" and _ANNOUNCED_NOTE.match(cell, t.end):
                continue  # "December 20, 2024 (announced)<br>April 16, 2025": the release is the other date
            if t.value is not None and t.kind != "relative" and not t.forecast:
                return {"value": t.value, "granularity": t.granularity, "date_text": t.text, "is_event": True}
        m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*", cell)  # a bare year in a release column
        if m:
            return {"value": m.group(1), "granularity": "year", "date_text": m.group(1), "is_event": True}
        m = re.fullmatch(r"\s*((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])\s*", cell)  # a year and month: "2024-02"
        if m:
            return {"value": f"{m.group(1)}-{m.group(2)}", "granularity": "month", "date_text": m.group(0).strip(),
                    "is_event": True}
        return None
    if attribute == "license":
        ids = license_ids(cell)
        if not ids and re.fullmatch(r"(?i)\s*(?:proprietary|closed(?:[- ]source)?)\s*(?:\(.*\))?\s*", cell):
            return {"value": "Proprietary"}  # a license column that says the weights are not licensed out
        return {"value": ids[0][2]} if ids else None
    pair = re.fullmatch(r"\s*(\d{1,4})\s*/\s*(\d{1,4})\s*", cell) if attribute == "experts_active" else None
    if pair:  # "128 / 8" under "Experts (total / active)": the active count is the smaller one
        return {"value": float(min(int(pair.group(1)), int(pair.group(2)))), "approximate": False, "bound": None}
    if attribute in ("parameters_total", "parameters_active") and len(re.findall(r"\d(?:\.\d+)?\s*[BMT]\b", cell)) > 1:
        return None  # "6.7B 13B 32.5B 65.2B": the sizes of a family, see _family_cell
    m = _CELL_NUM.search(cell)
    if not m or re.match(r"\s*[-–]\s*\d", cell[m.end("num"):]):
        return None  # no number, or a range ("$30-50M"): not one value
    unit = m.group("scale") or (scale if attribute != "training_cost_usd" or m.group("cur") else None)
    value = number(m.group("num"), unit)
    if not (math.isfinite(value) and value < MAX_VALUE):
        return None
    q = (m.group("q") or "").strip().lower()
    approximate = q in ("~", "≈", "about", "approx", "approx.") or "est" in cell.lower()
    bound = "lower" if (m.group("plus") or q in ("over", ">")) else "upper" if q in ("under", "<") else None
    if attribute in ("parameters_total", "parameters_active", "training_tokens") and not unit:
        return None
    if attribute in ("parameters_total", "parameters_active") and value < 1e6:
        return None
    if attribute == "context_window":
        if unit and unit.upper() == "B":
            return None
        value = int(value)
    if attribute == "training_cost_usd" and not m.group("cur") and "usd" not in cell.lower():
        return None
    if attribute == "experts_active" and (unit or not value.is_integer() or not 0 < value <= 1024):
        return None
    if attribute.startswith("benchmark:") and not 0 <= value <= 100:
        return None
    return {"value": value, "approximate": approximate, "bound": bound}


_ROW_NOTE = re.compile(r"(?:\s*(?:\([^()]*\)|\[[^\]]*\]|[*†‡]+))+\s*$")


def _subject_of(cell: str, trusted: bool = False) -> Mention | None:
    """The product a cell names; ``trusted``: the column is headed "Model", so a name-shaped cell is one."""
    cell = re.sub(r"\*\*|__|`", "", cell)
    # a note after the name says which version or how it was run: "GPT-4o (2024-05-13)", "Gemini 2.0 Flash (experimental)"
    core = _ROW_NOTE.sub("", cell).strip() or cell.strip()
    found = find_mentions(cell)
    for m in found:
        if m.type in ("model", "software", "hardware", "product") and (not trusted or len(m.text) >= len(core) - 12):
            return m
    # a name cell: "Nimbus 7" alone in its cell is a name even though a sentence could start that way
    name = cell.strip()
    if (2 <= len(name) <= 40 and re.fullmatch(r"[A-Z][\w.+-]*(?:\s[\w.+-]+){0,3}", name)
            and name.split()[0] not in load_lexicon().stop_heads and not tag(name)):  # not "June 2023"
        etype, org, _canon = classify(name)
        if etype in ("model", "software", "hardware"):
            return Mention(0, len(name), name, etype, organization=org)
        if trusted and etype is None:  # "Snowflake Arctic" in a Model column
            orgs = [m for m in found if m.type == "organization" and m.start == 0]
            return Mention(0, len(name), name, "model", organization=(orgs[0].canonical or orgs[0].text) if orgs else None)
    return None


def read_table(rows: list[Sentence], reference: dt.date | None, topic: Mention | None) -> list[TableFact]:
    """Facts and events of one markdown table (header row first)."""
    if len(rows) < 2:
        return []
    header = table_cells(rows[0].text)
    if len(rows) == 1 or table_cells(rows[1].text):
        # no separator row: an infobox of "Label | value" fields, every row is data
        return _key_values([(r, table_cells(r.text)) for r in rows], topic, reference)
    body = [(r, table_cells(r.text)) for r in rows[1:]]
    body = [(r, c) for r, c in body if c]
    if not header or not body:
        return []
    if len(header) > 2 and _GROUP_HEADER.fullmatch(_unbold(header[0])) and _BENCH_HEADERS.match(_unbold(header[1])):
        # "| Category | Benchmark (Metric) | Model A | Model B |": the group column only sorts the rows
        header, body = header[1:], [(r, c[1:]) for r, c in body if len(c) > 1]
    if len(header) > 2 and _RANK_HEADER.fullmatch(_unbold(header[0])) and all(
            re.fullmatch(r"\s*[*_]*\d{1,3}\.?[*_]*\s*", c[0]) for _r, c in body):
        # "| # | Model | ... |", "| Rank | Model |": the rank only orders the rows
        header, body = header[1:], [(r, c[1:]) for r, c in body if len(c) > 1]
    out: list[TableFact] = []
    first = _unbold(header[0])
    if len(header) == 2 and _DATE_HEADER.fullmatch(first) and _HAPPENED_HEADER.fullmatch(_unbold(header[1])):
        return _timeline_rows(body, reference)  # "| Date | What happened |": each row a dated sentence
    if len(header) == 2 and not _ROW_HEADERS.match(first):
        return _key_values(body, _subject_of(header[1]) or topic, reference)
    named = next((col for col, h in enumerate(header) if col and _ROW_HEADERS.match(_head_word(h))), None)
    if _DATE_HEADER.fullmatch(first) and named is not None:
        return _dated_rows(header, body, named, reference)  # "| Date | Lab | Model | Event | Price |": a log of launches
    models_in_header = [_subject_of(h) for h in header[1:]]
    if _BENCH_HEADERS.match(first) and not any(models_in_header):
        return _benchmark_dates(header, body, reference)  # "Benchmark | Introduced | Size": when each was released
    if _BENCH_HEADERS.match(first) or (sum(m is not None for m in models_in_header) >= max(1, len(header[1:]) // 2)
                                       and not _ROW_HEADERS.match(first)):
        for row, cells in body:
            # a row is a benchmark, or an attribute ("# Total Params", "Context Length") of each model column
            attribute = attribute_of(cells[0]) if not _BENCH_HEADERS.match(first) else None
            if attribute is None:
                name = bench_name(_bench_label(cells[0]), trusted=bool(_BENCH_HEADERS.match(first)))
                if name is None:
                    continue
                attribute = f"benchmark:{name}"
            scale = header_scale(cells[0])
            for col, subject in enumerate(models_in_header, start=1):
                if subject is None or col >= len(cells):
                    continue
                value = _cell_value(attribute, cells[col], reference, scale)
                if value is not None:
                    out.append(TableFact(subject.text, subject, attribute, row=row, **value))  # type: ignore[arg-type]
        return out
    # one row per model
    attributes: list[str | None] = []
    for h in header:
        attribute = attribute_of(h)
        if attribute is None and _ROW_HEADERS.match(first) and re.fullmatch(r"(?i)\s*(?:date|year)\s*", h):
            attribute = "release"  # "| Model | Date | Sizes |", "| Model | Year | Params |": when each was released
        if attribute is None:
            name = bench_name(re.sub(r"\(.*?\)", "", h).strip())
            attribute = f"benchmark:{name}" if name else None
        attributes.append(attribute)
    if any(a and a.startswith("benchmark:") for a in attributes):  # a score column beside known benchmarks is one too
        for col, h in enumerate(header):
            if col and attributes[col] is None and all(_SCORE_CELL.fullmatch(c[col].strip()) for _, c in body if col < len(c)):
                name = bench_name(re.sub(r"\(.*?\)", "", h).strip(), trusted=True)
                attributes[col] = f"benchmark:{name}" if name else None
    scales = [header_scale(h) for h in header]
    model_column = bool(_ROW_HEADERS.match(first))
    columns = {a for a in attributes if a}  # what the table's own columns state, which a notes cell does not repeat
    for row, cells in body:
        subject = _subject_of(cells[0], trusted=model_column)
        if subject is None:
            continue
        for col, attribute in enumerate(attributes):
            if col and attribute is None and col < len(cells) and _NOTES_HEADER.fullmatch(header[col]):
                # "Notes: 1.8 billion parameters, on-device", "Trained on 2.6 trillion tokens[6]", "256K context"
                out.extend(TableFact(subject.text, subject, f.attribute, row=row, value=f.value, approximate=f.approximate,
                                     bound=f.bound) for f in _note_facts(subject, cells[col]) if f.attribute not in columns)
                continue
            if col == 0 or attribute is None or col >= len(cells):
                continue
            pair = _TOTAL_ACTIVE_HEADER.search(header[col])
            if pair and attribute.startswith("parameters_"):
                # "Total / active params": "671B / 37B" is both; "405B dense" is the total
                first, second = ("parameters_total", "parameters_active") if pair.group(1).lower().startswith("tot") else (
                    "parameters_active", "parameters_total")
                parts = [p for p in re.split(r"\s*/\s*", cells[col]) if p.strip()]
                for part, attr in zip(parts[:2], (first, second) if len(parts) > 1 else ("parameters_total",), strict=False):
                    value = _cell_value(attr, part, reference, scales[col])
                    if value is not None:
                        out.append(TableFact(subject.text, subject, attr, row=row, **value))  # type: ignore[arg-type]
                continue
            both = _TOTAL_ACTIVE_CELL.search(cells[col]) or _bracketed_active(cells[col]) if attribute == "parameters_total" else None
            if both:  # "46.7B (12.9B active)", "42B total / 6.6B active": the total and the active count
                for part, attr in ((both.group("t"), "parameters_total"), (both.group("a"), "parameters_active")):
                    value = _cell_value(attr, part, reference, scales[col])
                    if value is not None:
                        out.append(TableFact(subject.text, subject, attr, row=row, **value))  # type: ignore[arg-type]
                continue
            if attribute == "parameters_total":
                members = _family_cell(subject, cells[col])
                if members:
                    out.extend(TableFact(name, None, attribute, value=v, row=row) for name, v in members)
                    continue
            value = _cell_value(attribute, cells[col], reference, scales[col])
            if value is not None:
                # "Jul 18, 2024 (launch)" in a "Last change" column: the price it launched at, a release
                kind = "release" if attribute == "price_change" and _LAUNCH_NOTE.search(cells[col]) else attribute
                out.append(TableFact(subject.text, subject, kind, row=row, **value))  # type: ignore[arg-type]
            if attribute == "release" and _ANNOUNCED_NOTE.search(cells[col]):
                # "December 20, 2024 (announced)": the announcement beside the release
                announced = next((t for t in tag(cells[col], reference) if t.value and _ANNOUNCED_NOTE.match(cells[col], t.end)), None)
                if announced is not None:
                    out.append(TableFact(subject.text, subject, "announcement", row=row, value=announced.value,  # type: ignore[arg-type]
                                         granularity=announced.granularity, date_text=announced.text, is_event=True))
    return out


def _benchmark_dates(header: list[str], body: list[tuple[Sentence, list[str]]], reference: dt.date | None) -> list[TableFact]:
    """A table of benchmarks with a release column: one release per row that names a benchmark."""
    dated = [(col, attribute) for col, h in enumerate(header) if col
             for attribute in [attribute_of(h)] if attribute in ("release", "announcement")]
    out: list[TableFact] = []
    for row, cells in body:
        name = bench_name(_bench_label(cells[0]), trusted=True)
        if name is None:
            continue
        subject = Mention(0, len(name), name, "benchmark")
        for col, attribute in dated:
            value = _cell_value(attribute, cells[col], reference) if col < len(cells) else None
            if value is not None:
                out.append(TableFact(name, subject, attribute, row=row, **value))  # type: ignore[arg-type]
    return out


def _key_values(body: list[tuple[Sentence, list[str]]], subject: Mention | None,
                reference: dt.date | None) -> list[TableFact]:
    """Rows of 'attribute | value' about one subject; a value that names its own model is about that model
    ("Latest release | Phi-4-multimodal / 26 February 2025")."""
    out: list[TableFact] = []
    for row, cells in body:
        if len(cells) < 2:
            continue
        attribute = attribute_of(cells[0])
        if attribute is None:
            name = bench_name(re.sub(r"\(.*?\)", "", cells[0]).strip())
            attribute = f"benchmark:{name}" if name else None
        if attribute is None:
            continue
        own = _subject_of(re.split(r"\s[/(]", cells[1])[0]) if attribute in ("release", "announcement") else None
        target = own or subject
        if target is None:
            continue
        value = _cell_value(attribute, cells[1], reference)
        if value is not None:
            out.append(TableFact(target.text, target, attribute, row=row, **value))  # type: ignore[arg-type]
    return out


_BRACKETED_ACTIVE = re.compile(r"\s*(?P<t>~?(?P<tn>\d+(?:\.\d+)?)\s*(?P<ts>[BMT]))\s*\(\s*(?P<a>~?(?P<an>\d+(?:\.\d+)?)\s*(?P<as>[BMT]))"
                               r"\s*\)\s*(?:\[\w+\])?\s*")


# "109B / 17B (16 experts)", "~2T / 288B": a total, then the active count (a family's sizes go up: "8B / 70B")
_SLASHED_ACTIVE = re.compile(r"\s*(?P<t>~?(?P<tn>\d+(?:\.\d+)?)\s*(?P<ts>[BMT]))\s*/\s*(?P<a>~?(?P<an>\d+(?:\.\d+)?)\s*(?P<as>[BMT]))"
                             r"(?:\s*\(\s*\d+\s+(?:routed\s+)?experts?\s*\))?\s*(?:\[\w+\])?\s*")


def _bracketed_active(cell: str) -> re.Match[str] | None:
    """"389B (52B)" or "109B / 17B" in a parameters column: the total, and the active count (the smaller one)."""
    m = _BRACKETED_ACTIVE.fullmatch(cell) or _SLASHED_ACTIVE.fullmatch(cell)
    return m if m is not None and number(m.group("an"), m.group("as")) < number(m.group("tn"), m.group("ts")) else None


_DATE_HEADER = re.compile(r"(?i)date|when|day|time")
_HAPPENED_HEADER = re.compile(r"(?i)(?:what\s+happened|event|events|what|milestone|news|release|announcement|description|details?)")


def _event_fact(subject: Mention, kind: str, row: Sentence, when: TimeExpr) -> TableFact:
    """A row's event of ``subject`` on the row's date."""
    return TableFact(subject.text, subject, kind, row=row, value=str(when.value), granularity=when.granularity,
                     date_text=when.text, is_event=True)


def _timeline_rows(body: list[tuple[Sentence, list[str]]], reference: dt.date | None) -> list[TableFact]:
    """The releases a "| Date | What happened |" table tells: each row's text read as a sentence on the row's date."""
    out: list[TableFact] = []
    for row, cells in body:
        if len(cells) < 2:
            continue
        when = next((t for t in tag(cells[0], reference) if t.value and t.kind != "relative" and not t.forecast), None)
        if when is None:
            continue
        text = cells[1]
        expr = TimeExpr(0, 0, "", "table_date", "absolute", value=when.value, granularity=when.granularity)
        view = SentenceView(Sentence(0, len(text), text, 0), find_mentions(text), [expr])
        for hit in find_events(view):
            if hit.forecast:
                continue
            out.append(_event_fact(hit.subject, hit.predicate, row, when))
    return out


def _head_word(header: str) -> str:
    """A header's first label: "Model / offering" -> "Model", "**Product (tier)**" -> "Product"."""
    return re.split(r"\s*[/(&,]\s*", _unbold(header))[0]


_PRICE_NOTE = re.compile(r"(?i)\b(?:price[sd]?|pricing|discounts?|promo\w*|cut|cuts|raised|lowered|off-peak|per\s+million)\b|-\d+\s*%|\$\s?\d")
_NOTE_HEADER = re.compile(r"(?i)(?:what\s+(?:happened|changed)|events?|change[sd]?|type|action|notes?|details?|description|what|news|milestone)")
_ANNOUNCE_NOTE = re.compile(r"(?i)\b(?:announce\w*|preview\w*|unveil\w*)\b")
_LAUNCH_WORD = re.compile(r"(?i)\b(?:launch\w*|release\w*|open[-\s]weights?|open[-\s]sourced?|general\s+availability|GA|available|debut\w*)\b")
_NOT_A_LAUNCH = re.compile(r"(?i)\b(?:deprecat\w*|retire\w*|shut\s+down|sunset\w*|outage|lawsuit|funding|raise[sd]?\s+\$)\b")


def _listed(cell: str) -> list[Mention]:
    """The products a cell lists and nothing else ("A and B", "A, B & C"), else none."""
    cell = re.sub(r"\*\*|__|`", "", cell).strip()
    found = [m for m in find_mentions(cell) if m.type in ("model", "software", "hardware", "product")]
    if len(found) < 2 or found[0].start != 0 or found[-1].end != len(cell):
        return []
    gaps = [cell[a.end: b.start] for a, b in zip(found, found[1:], strict=False)]
    return found if all(re.fullmatch(r"\s*(?:,|,?\s*and|&|\+|/)\s*", g) for g in gaps) else []


def _dated_rows(header: list[str], body: list[tuple[Sentence, list[str]]], named: int,
                reference: dt.date | None) -> list[TableFact]:
    """A log whose rows are dated ("| Date | Lab | Model | Event | Input $ |"): each row an event of the product its
    name column holds, on the row's date; a price note ("Promo ends, list price applies", "Off-peak discounts") makes
    it a price change, an announcement note an announcement, a launch note or none a release."""
    notes = next((col for col, h in enumerate(header) if col and col != named and _NOTE_HEADER.fullmatch(_unbold(h))), None)
    out: list[TableFact] = []
    for row, cells in body:
        if named >= len(cells):
            continue
        when = next((t for t in tag(cells[0], reference) if t.value and t.kind != "relative" and not t.forecast), None)
        subject = _subject_of(cells[named], trusted=True)
        listed = _listed(cells[named]) if subject is None else []
        if when is None or (subject is None and not listed):
            continue
        if listed:  # "Claude Opus 4 and Claude Sonnet 4": each on the row's date
            out.extend(_event_fact(m, "release", row, when) for m in listed)
            continue
        name = _unbold(cells[named]).strip("` ")
        if name != subject.text and name.startswith(subject.text) and re.fullmatch(r"(?:\s+[A-Z][\w.+-]*){1,2}", name[len(subject.text):]):
            subject = Mention(0, len(name), name, subject.type, organization=subject.organization)  # "Grok 3 API": the cell's name
        note = cells[notes] if notes is not None and notes < len(cells) else ""
        if _NOT_A_LAUNCH.search(note) and not _LAUNCH_WORD.search(note):
            continue
        # "Launch: $5.00 in / $15.00 out" is a release at a price; "Price cut ~33%", "New snapshot: $2.50 in" a price change
        kind = "release" if _LAUNCH_WORD.search(note) else "price_change" if _PRICE_NOTE.search(note) \
            else "announcement" if _ANNOUNCE_NOTE.search(note) else "release"
        out.append(_event_fact(subject, kind, row, when))
        if note:  # "Open weights, 402B total / 17B active", "Launch, MIT weights": what the note states of the product
            out.extend(TableFact(subject.text, subject, f.attribute, row=row, value=f.value, approximate=f.approximate,
                                 bound=f.bound) for f in _note_facts(subject, note))
    return out


def _note_facts(subject: Mention, cell: str) -> list[FactHit]:
    """The facts a notes cell states of its row's model, read as the sentence "<model>: <note>"."""
    text = f"{subject.text}: {cell}"
    view = SentenceView(Sentence(0, len(text), text, 0), [Mention(0, len(subject.text), subject.text, subject.type)], [])
    return [f for f in find_facts(view) if f.subject.start == 0]


_TOTAL_ACTIVE_CELL = re.compile(r"(?i)(?P<t>~?\d+(?:\.\d+)?\s*[BMT])\b(?:\s*total)?\s*(?:\(|,|/|;)\s*(?P<a>~?\d+(?:\.\d+)?\s*[BMT])\s+(?:active|activated)\b")


def _family_cell(subject: Mention, cell: str) -> list[tuple[str, float]]:
    """'6.7B, 13B, 69B' under Parameters: each size is a member of the family ('Llama 2 13B')."""
    sizes = re.findall(r"(\d+(?:\.\d+)?)\s*([BMT])\b", cell)
    if len(sizes) < 2:
        return []
    base = re.sub(r"[\s-]+\d+(?:\.\d+)?[BMT]$", "", subject.text)
    return [(f"{base} {num}{scale}", number(num, scale)) for num, scale in sizes
            if math.isfinite(number(num, scale)) and number(num, scale) < MAX_VALUE]

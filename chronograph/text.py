"""Text segmentation with character offsets: paragraphs, sentences, table rows.

Pure functions; every span indexes into the article text it was cut from.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof inc ltd co corp vs etc
    e.g i.e approx est no fig al st u.s u.k jr sr""".split()
)

# a sentence ends at . ! ? (and closing quotes, brackets or bold marks), past wiki citation marks ("tokens.[8] On ..."),
# before a capital, a digit, a list/table mark, a lower-case id with a digit ("... weights. gpt-oss-120b went out", "... API. o3 is
# priced") or a camel-cased name ("... in June. xAI released ...")
_SENTENCE_END = re.compile(r"[.!?]+(?:[\"'”’)\]]|\*{1,3}|_{1,2})*(?:\[(?:\d{1,3}|[a-z]|note\s\d{1,3})\])*(?=\s+(?:[\"'“‘(\[]?[A-Z0-9#*|$]|[a-z]+[\d.]*-[a-z0-9.-]*\d|[a-z]\d+(?:-[a-z]+)?\s|[a-z]{1,3}[A-Z]))")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[\x22'“*_]))([A-Za-z.]+)$")  # "**Sept. 5**": bold marks before the word


# "Initial release | December 6, 2023": a flattened infobox field, read like a two-column table row
_INFOBOX_ROW = re.compile(r"^[A-Z][\w()'./ -]{1,40}? \| \S.{0,200}$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a table row, or a heading line) with its offsets."""

    start: int
    end: int
    text: str
    paragraph: int
    is_table_row: bool = False


# a line that starts a block of its own: a list item, heading, table row, quote, fence, tag, rule or reference
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+•·▪–—][ \t]|\d{1,3}[.)][ \t]|#|\||>|```|~~~|<|={3}|-{3}|\[\d{1,3}\][ \t]+[A-Z])")
_BLOCK_LINE = re.compile(r"[ \t]*(?:#|\||```|~~~)")


_CELL_SPLIT = re.compile(r"(?<=\S)(?:[ \t]*\t[ \t]*|[ \t]{2,})(?=\S)")  # a tab, or two spaces or more
_NUMERIC_CELL = re.compile(r"[-–—]|.*\d.*")
_LABEL_LINE = re.compile(r"[A-Z][\w &/-]{0,29}")


def columns_to_rows(text: str) -> str:
    r"""Tables laid out in aligned columns (text taken from a PDF, a terminal, a fixed-width page) as markdown rows.

    A block is a header line of three or more cells split at runs of two or more spaces, then at least two lines of
    as many cells, most of them numbers; a short label line between them ("Coding") becomes a row of its own.

    >>> print(columns_to_rows("Datasets     Foo-7B    Bar-2\nMMLU           77.8     79.5\nHumanEval      46.3     48.2\n"))
    | Datasets | Foo-7B | Bar-2 |
    |---|---|---|
    | MMLU | 77.8 | 79.5 |
    | HumanEval | 46.3 | 48.2 |
    <BLANKLINE>
    """
    if "   " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _CELL_SPLIT.split(lines[i].strip())
        if len(head) < 3 or lines[i].lstrip().startswith(("|", "#", "-", "*")):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines):
            cells = _CELL_SPLIT.split(lines[j].strip())
            if len(cells) == len(head) and sum(bool(_NUMERIC_CELL.fullmatch(c)) for c in cells[1:]) * 2 >= len(cells) - 1:
                rows.append(cells)
            elif len(cells) == 1 and _LABEL_LINE.fullmatch(cells[0]) and j + 1 < len(lines) and len(
                    _CELL_SPLIT.split(lines[j + 1].strip())) == len(head):
                rows.append([cells[0]] + [""] * (len(head) - 1))  # a group label inside the table
            else:
                break
            j += 1
        if sum(1 for r in rows if any(r[1:])) < 2:
            out.append(lines[i])
            i += 1
            continue
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" * len(head))
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        i = j
    return "\n".join(out)


_STAMP_LINE = re.compile(r"(?<=[^\n])\n(\[\d{1,2}:\d{2}(?::\d{2})?\])[ \t]?")


def join_stamped_lines(text: str) -> str:
    r"""A transcript's lines cut by timestamps ("... Tuesday,\n[02:41] November eighteenth.") run on: a line that opens
    with a timestamp continues the text of the line before it (a blank line still ends a paragraph). The break and
    the stamp become spaces, so offsets do not change; a text with fewer than three such stamps is returned as it is.

    >>> join_stamped_lines("a\n[00:01] b\n[00:02] c\n[00:03] d")
    'a         b         c         d'
    """
    if text.count("\n[") < 3 or len(_STAMP_LINE.findall(text)) < 3:
        return text
    return _STAMP_LINE.sub(lambda m: " " * len(m.group(0)), text)


def unwrap(text: str) -> str:
    r"""Hard-wrapped paragraphs joined: where lines are cut at one width (READMEs, mails, plain-text papers, saved
    threads, many Markdown files), a line that reaches that width continues on the next one, and the line break
    between them becomes a space. Offsets do not change. A text written one paragraph per line has lines of every
    length, most of them longer than any wrap width, and is returned as it is.

    >>> text = "Acme shipped Foo-7B, its first open model with 7B parameters, in\nearly March; a week later it put out the weights of\nBar-2.\n"
    >>> unwrap(text * 3).split("\n")[0]
    'Acme shipped Foo-7B, its first open model with 7B parameters, in early March; a week later it put out the weights of Bar-2.'
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    prose = sorted(n for n, line in zip(lengths, lines, strict=True)
                   if _WRAP_MIN <= n <= _WRAP_MAX and not _BLOCK_LINE.match(line))
    if len(prose) < 3:
        return text
    width = prose[(len(prose) * 9) // 10]  # the wrap width: nearly every wrapped line is close to it
    at_width = [i for i, n in enumerate(lengths[:-1]) if width - 25 <= n <= width + 5 and n >= _WRAP_MIN]
    # a wrapped line is cut between two words, seldom at the end of a sentence; a line that holds a whole paragraph
    # ends with one
    cut = [i for i in at_width if not _LINE_END.search(lines[i]) and _LETTER.search(lines[i])]
    # ... and goes on with the sentence, very often with a lower-case word
    going_on = sum(1 for i in cut if _LOWER_START.match(lines[i + 1]))
    if going_on < 3 or len(cut) < 0.5 * len(at_width) or len(at_width) < 0.4 * len(prose):
        return text  # lines end where their content ends
    joins = set()
    fenced = [False] * len(lines)
    inside = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            inside = not inside
        fenced[i] = inside
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        words = nxt.split(maxsplit=1)
        # a line was wrapped near the width, or where the next word would not have fitted
        size = len(line.rstrip())
        if (words and (size >= width - 25 or size + 1 + len(words[0]) > width) and not _LINE_END.search(line) and not fenced[i]
                and _LETTER.search(line) and not _BLOCK_LINE.match(line) and not _BLOCK_START.match(nxt)):
            joins.add(i)
    if not joins:
        return text
    out = []
    for i, line in enumerate(lines):
        if i in joins and _SOFT_HYPHEN.search(line) and (word := _LOWER_WORD.match(lines[i + 1])):
            # "re-" + "leased Llama 4": a word hyphenated at the wrap is one word again ("released  Llama 4"); the
            # hyphen and the break become two spaces after it, so that offsets do not change
            lines[i + 1] = word.group(0) + "  " + lines[i + 1][word.end():]
            out.append(line[:-1])
            continue
        if i in joins and line.endswith("-") and line[-2:-1].isalnum() and (token := _NEXT_TOKEN.match(lines[i + 1])):
            # "DeepSeek-" + "V3-0324 was posted", "state-of-the-" + "art": a hyphen at the wrap joins the word as it is
            lines[i + 1] = token.group(0) + " " + lines[i + 1][token.end():]
            out.append(line)
            continue
        out.append(line + (" " if i in joins else "\n"))
    return "".join(out)[:len(text)]


_LETTER = re.compile(r"[A-Za-z]")
# a word cut at the wrap: "re-", "Janu-", "2-tril-" (not "GPT-", "2-", nor the "the-" of "state-of-the-")
_SOFT_HYPHEN = re.compile(r"(?:(?<=\d-)|(?<![\w-]))[A-Za-z][a-z]+-$")
_NEXT_TOKEN = re.compile(r"[\w.+-]*\w[,.;:)]*(?=\s|$)")
_LOWER_WORD = re.compile(r"[a-z]+(?:-[\w]+)*[,.;:)]*(?=\s|$)")  # the rest of the word, its compound and its stop
_LOWER_START = re.compile(r"[ \t]*[\x22'“(]?[a-z]")
_LINE_END = re.compile(r"[.!?:;…][\x22'”’)\]*_]*\s*$")  # a sentence's end, and the quotes or brackets that close it
_WRAP_MIN, _WRAP_MAX = 50, 140  # the widths text is wrapped at (72, 80, 100, 120 ...)


# the tree a saved comment thread draws before each reply: "|   ", "|   |   " (a table's cells are not this wide apart)
_THREAD_RAIL = re.compile(r"(?:\|[ \t]{2,})+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split on line breaks: news text puts one paragraph, heading or table row per line."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        rail = _THREAD_RAIL.match(stripped) if stripped[:1] == "|" and not stripped.endswith("|") else None
        if rail:  # "|   |   The MIT license is ...": a thread's reply, its tree drawn in front of it
            line, stripped = line.replace(rail.group(0), " " * len(rail.group(0)), 1), stripped[rail.end():]
        elif stripped[:1] == "|" and not stripped.strip("| \t"):
            stripped = ""  # "|", "|   |": only the tree, or a row of empty cells, which says nothing
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos = end + 1
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    out = []
    cursor = 0
    for m in _SENTENCE_END.finditer(line):
        stop = m.end()
        if m.group(0).startswith("..") and line[m.start() - 1: m.start()].isspace():
            continue  # "2023-09-27 ... Mistral 7B": dots between spaces separate a date from its entry
        word = _WORD_BEFORE.search(line, max(0, m.start() - 40), m.start())  # a short window: never quadratic
        if word and m.group(0).startswith(".") and len(m.group(0)) == 1:
            w = word.group(1).lower().rstrip(".")
            # "Dec. 26", "U.S. labs", single initials ("J. Smith"), decimals are not ends.
            if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                continue
        seg = line[cursor:stop].strip()
        if seg:
            lead = len(line[cursor:stop]) - len(line[cursor:stop].lstrip())
            out.append((start + cursor + lead, start + cursor + lead + len(seg)))
        cursor = stop
    seg = line[cursor:].strip()
    if seg:
        lead = len(line[cursor:]) - len(line[cursor:].lstrip())
        out.append((start + cursor + lead, start + cursor + lead + len(seg)))
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences of the text in order; table rows (``| a | b |``) are kept whole."""
    result: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        line = text[p_start:p_end]
        if line.startswith("|") or (line.count(" | ") == 1 and _INFOBOX_ROW.match(line)):
            result.append(Sentence(p_start, p_end, line, index, is_table_row=True))
            continue
        for s_start, s_end in _split_line(text, p_start, p_end):
            result.append(Sentence(s_start, s_end, text[s_start:s_end], index))
    return result


def table_cells(row: str) -> list[str]:
    """Cells of a markdown table row, stripped; ``|---|`` separator rows give an empty list."""
    inner = row.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    cells = [c.strip() for c in inner.split("|")]
    if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells):
        return []
    return cells


class SpanSet:
    """Non-overlapping half-open spans with logarithmic overlap checks (no quadratic scans)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


@lru_cache(maxsize=1 << 16)
def normalize_key(name: str) -> str:
    """The comparison key of a name: lower case, letters, digits and '+' only."""
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == "+")

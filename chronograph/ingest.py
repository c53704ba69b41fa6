"""Read a folder of articles: formats, front matter, reference dates, encodings, bad files.

Every file ends as an :class:`Article` or is skipped; a file that was skipped, read only in
part, or read with a remark (a guessed encoding, broken front matter) gets exactly one
:class:`InputWarning` naming it and saying why. Reading never raises for a bad file, and
never takes long: input that would make a parser slow (Python's HTML parser is quadratic on
some broken markup) is defused first, and very long lines and texts are broken or cut.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from .extract.dates import _MONTH_WORDS, _WEEKDAYS, parse_date, tag
from .models import Article, InputWarning
from .text import columns_to_rows, join_stamped_lines, unwrap

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".eml": "eml"}
MAX_BYTES = 50_000_000  # files above this are skipped
MAX_CHARS = 200_000  # text above this is cut (read in part): 30,000 words, several long reads; extraction of
#                      denser-than-news text this long takes ~3 s, well inside pipeline.ARTICLE_BUDGET
MAX_RAW = 5_000_000  # HTML above this is cut before it is parsed (pages carry much markup and inline script)
MAX_LINE = 5_000  # longer lines are broken (at a sentence end if there is one): few news paragraphs are that long,
#                   and sentence splitting and extraction cost grows faster than linearly with a line's length
MAX_TITLE = 300
MAX_URL = 2_000
HTML_BUDGET = 3.0  # seconds the HTML parser may take before tags are stripped crudely instead
#: files in a folder that mark it as a chronograph output folder (not read as articles)
OUTPUT_MARKERS = ("claims.json", "warnings.json")


def _is_output_folder(path: Path) -> bool:
    return all((path / name).is_file() for name in OUTPUT_MARKERS)


def iter_files(root: Path) -> Iterator[Path]:
    """Article files below ``root`` in sorted order; symlink loops and hidden entries skipped.

    Directories are yielded too when :func:`read_article` has something to say about them:
    named like an article (``x.txt/``) or not listable. A chronograph output folder below
    ``root`` (``build . --out out``) is passed over: its pages and report are not articles.
    """
    root = Path(root)
    if not root.exists() and not root.is_symlink():
        raise FileNotFoundError(f"{root}: no such file or folder")
    seen: set[tuple[int, int]] = set()
    root_error: list[OSError] = []

    def onerror(exc: OSError) -> None:
        if Path(exc.filename or "") == root:
            root_error.append(exc)

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            dirnames[:] = []
            continue
        seen.add(key)
        names = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
        kept = []
        for d in names:
            p = Path(dirpath) / d
            if _is_output_folder(p):
                continue  # our own outputs, not input
            if p.suffix.lower() in SUFFIXES or not os.access(p, os.R_OK | os.X_OK):
                yield p  # a directory named like an article, or one that cannot be listed: reported
            kept.append(d)
        dirnames[:] = kept
    if root_error and root.is_dir():
        yield root  # the corpus folder itself cannot be listed: reported


# --- decoding -------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str | None, str, str | None]:
    """(text, encoding, problem). Text is None when the bytes are not text."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return data.decode("utf-32"), "utf-32", None
        except UnicodeDecodeError:
            return None, "utf-32", "invalid UTF-32"
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", None
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", "invalid UTF-8 bytes replaced"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return data.decode("utf-16", errors="replace"), "utf-16", "invalid UTF-16 sequences replaced"
    sample = data[:8192]
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # UTF-16 without a byte-order mark: in Latin-script text every other byte is zero
    for enc, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > half // 3 and others <= half // 20:
            try:
                return data[: len(data) // 2 * 2].decode(enc), enc, f"no byte-order mark: read as {enc.upper()}"
            except UnicodeDecodeError:
                pass
    if sample.count(b"\x00") > max(1, len(sample) // 20):
        return None, "binary", "binary file (NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) // 20:
        return None, "binary", "binary file (control bytes)"
    text = data.decode("utf-8", errors="replace")
    if re.search("[^\x00-\x7f\ufffd]", text):  # real UTF-8 sequences: UTF-8 with a few bad bytes
        bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
        return text, "utf-8", f"{bad} invalid UTF-8 byte(s) replaced"
    return data.decode("cp1252", errors="replace"), "cp1252", "not UTF-8: read as Windows-1252/Latin-1"


#: control characters (not tab or line ends), C1 controls, zero-width, bidi controls, soft hyphen, BOM
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]"
)
_NUISANCE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # what a text file should not hold at all
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z])")
_WORD_END = re.compile(r"([A-Za-z.]+)$")
_NO_END = frozenset("""jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof inc ltd co corp vs etc
    e.g i.e approx est no fig al st u.s u.k jr sr""".split())  # words a period does not end a sentence after


def _break_line(line: str, limit: int | None = None) -> list[str]:
    """A line longer than ``limit`` as several, broken after a sentence, else at a space, else hard."""
    limit = limit or MAX_LINE
    out = []
    while len(line) > limit:
        window = line[:limit]
        cut = 0
        for m in _SENTENCE_BREAK.finditer(window, limit // 2):
            word = _WORD_END.search(window, max(0, m.start() - 12), m.start())
            w = word.group(1).lower().rstrip(".") if word else ""
            if m.group(0)[0] == "." and (w in _NO_END or len(w) == 1):
                continue  # "Dec. 26", "U.S. labs", "J. Smith"
            cut = m.end()
        if not cut:
            cut = window.rfind(" ", limit // 2) + 1
        if cut <= 0:
            cut = limit
        out.append(line[:cut].rstrip())
        line = line[cut:]
    out.append(line)
    return out


def clean_text(text: str) -> str:
    """Normalise line ends, spaces and hyphens, drop control, zero-width and bidi characters, break endless lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("\u2011", "-").replace("\u2010", "-")  # "GPT‑4.1" with a non-breaking hyphen is GPT-4.1
    if len(text) > MAX_LINE and any(len(line) > MAX_LINE for line in text.split("\n")):
        text = "\n".join(piece for line in text.split("\n") for piece in _break_line(line))
    return text


def _one_line(text: str, limit: int) -> str:
    text = " ".join(_CONTROL.sub("", text[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]")
_INLINE_TAG = re.compile(r"</?(?:b|i|em|strong|u|span|a|sup|sub|code|mark|small|font)(?:\s[^<>]{0,300})?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1")  # bounded: an unclosed '**' scans 300 chars, not the line


# MediaWiki source ("wiki dumps"): references and one-line templates go, headings and tables become markdown
_WIKI_REF = re.compile(r"<ref\b[^<>\n]{0,300}/>|<ref\b[^<>\n]{0,300}>[^\n]{0,3000}?</ref>", re.IGNORECASE)
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]{0,2000}\}\}")
_WIKI_HEADING = re.compile(r"^(={2,6})[ \t]*([^=\n]{1,200}?)[ \t]*\1[ \t]*$", re.MULTILINE)
_WIKI_QUOTES = re.compile(r"'{2,3}(?=\S)([^'\n]{1,300}?)'{2,3}")
_WIKI_CELL_ATTR = re.compile(r"^\s*[\w-]+\s*=\s*\"[^\"\n]*\"(?:\s+[\w-]+\s*=\s*\"[^\"\n]*\")*\s*\|(?!\|)")


def _wiki_table(lines: list[str]) -> list[str]:
    """A MediaWiki table ("{|", "! A !! B", "|-", "| a || b", "|}") as markdown rows."""
    out: list[str] = []
    row: list[str] = []
    header_done = False

    def flush() -> None:
        nonlocal header_done
        if row:
            out.append("| " + " | ".join(row) + " |")
            if not header_done:
                out.append("|" + "---|" * len(row))
                header_done = True
            row.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.startswith("{|") or stripped.startswith("|}") or stripped.startswith("|-"):
            flush()
        elif stripped.startswith("|+"):
            out.append(stripped[2:].strip())
        elif stripped[:1] in ("!", "|"):
            for cell in re.split(r"!!|\|\|", stripped[1:]):
                row.append(_WIKI_CELL_ATTR.sub("", cell).strip())
    flush()
    return out


def wikitext(text: str) -> str:
    """MediaWiki source made readable: refs and one-line templates dropped, '== H ==' as '## H', tables as rows."""
    text = _WIKI_REF.sub("", text)
    text = _WIKI_TEMPLATE.sub("", text)
    text = _WIKI_HEADING.sub(lambda m: "#" * len(m.group(1)) + " " + m.group(2), text)
    text = _WIKI_QUOTES.sub(r"\1", text)
    if "\n{|" not in text and not text.startswith("{|"):
        return text
    out: list[str] = []
    table: list[str] | None = None
    for line in text.split("\n"):
        if table is None and line.lstrip().startswith("{|"):
            table = [line]
        elif table is not None:
            table.append(line)
            if line.lstrip().startswith("|}"):
                out.extend(_wiki_table(table))
                table = None
        else:
            out.append(line)
    if table is not None:
        out.extend(_wiki_table(table))
    return "\n".join(out)


_WIKI_SIGNS = re.compile(r"<ref\b|\{\{|^==[^=\n]|^\{\|", re.IGNORECASE | re.MULTILINE)


def strip_markup(text: str) -> str:
    """Markup leftovers in plain text: links keep their words, inline tags go, wiki source is read."""
    if _WIKI_SIGNS.search(text):
        text = wikitext(text)
    text = _MD_LINK.sub(r"\1", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _INLINE_TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text


# --- front matter ---------------------------------------------------------------------


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def email_message(raw: str) -> tuple[dict[str, str], str, bool, str | None]:
    """(fields, body, body_is_html, problem) of a saved e-mail (``.eml``): a newsletter as it arrived.

    The ``Date`` header is when it was sent, the ``Subject`` its title; the body is the plain-text part, or the HTML
    part when there is no plain one. Encodings (quoted-printable, base64, charsets) are undone by the standard library.
    """
    try:
        msg = email.message_from_string(raw, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything it still rejects is reported, the text kept
        return {}, raw, False, f"e-mail not parsed ({type(exc).__name__}): read as plain text"
    fields: dict[str, str] = {}
    subject = msg.get("Subject")
    if subject:
        fields["title"] = str(subject)
    try:
        sent = email.utils.parsedate_to_datetime(str(msg.get("Date") or ""))
        fields["date"] = sent.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    part = msg.get_body(preferencelist=("plain", "html")) if msg.is_multipart() else msg
    if part is None:
        return fields, "", False, "e-mail without a text part"
    is_html = part.get_content_type() == "text/html"
    try:
        body = part.get_content()
    except Exception:  # an unknown charset or a broken transfer encoding: the bytes as UTF-8, errors replaced
        payload = part.get_payload(decode=True)
        body = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(part.get_payload())
    if not isinstance(body, str):
        return fields, "", False, "e-mail without a text part"
    return fields, body.replace("\r\n", "\n"), is_html, None


def front_matter(text: str) -> tuple[dict[str, str], str, str | None]:
    """(fields, body, problem) for YAML-style front matter of simple ``key: value`` lines.

    A block between ``---`` lines none of whose lines is ``key: value`` is not front matter
    (a rule, then text): it stays in the body.
    """
    m = _FRONT.match(text)
    if not m:
        if re.match(r"---[ \t]*\n", text) and _FIELD.match(text.split("\n", 2)[1] if "\n" in text else ""):
            return {}, text, "front matter not closed: read as text"
        return {}, text, None
    fields: dict[str, str] = {}
    bad: list[str] = []
    for line in m.group(1).split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        km = _FIELD.match(line)
        if not km:
            if line[:1] in (" ", "\t", "-") and fields:
                continue  # YAML continuation or list item of the previous key: not a simple field, not garbage
            bad.append(line)
            continue
        value = km.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            quote, value = value[0], value[1:-1]
            if quote == '"':  # YAML double-quoted escapes
                value = value.replace('\\"', '"').replace("\\\\", "\\")
        fields[km.group(1).lower()] = value
    if not fields:
        return {}, text, None
    problem = None
    if bad:
        more = f" and {len(bad) - 1} more" if len(bad) > 1 else ""
        problem = f"front matter line not understood: {_one_line(bad[0], 60)!r}{more}"
    return fields, text[m.end():], problem


# --- HTML -----------------------------------------------------------------------------


class _HTMLTimeout(Exception):
    pass


class _Visible(HTMLParser):
    """Visible text of a page, with metadata; tables become markdown rows."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form", "button", "iframe", "object", "select"}
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "header",
             "main", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr", "title"}

    def __init__(self, deadline: float | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._in_jsonld = False
        self._jsonld: list[str] = []
        self.times: list[str] = []
        self._time_open: tuple[str, int, int] | None = None  # an open <time datetime>: its value, where its text starts
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._rows_in_table = 0
        self.depth = 0
        self.deadline = deadline

    def _check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise _HTMLTimeout()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check()
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
            self._time_open = (a["datetime"], len(self.parts), len(self._cell) if self._cell is not None else -1)
        if tag == "title":
            self._in_title = True
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._in_jsonld = True
        if tag in self.SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "tr":
            self._end_row()  # an unclosed row before
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()  # an unclosed cell before
            if self._row is None:
                self._row = []
            self._cell = []
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def _end_cell(self) -> None:
        if self._cell is not None:
            if self._row is not None:
                self._row.append(" ".join("".join(self._cell).split()).replace("|", "/"))
            else:
                self.parts.append("".join(self._cell))
            self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row:
            self.parts.append("\n| " + " | ".join(self._row) + " |\n")
            if self._rows_in_table == 0:
                self.parts.append("|" + "---|" * len(self._row) + "\n")
            self._rows_in_table += 1
        self._row = None

    def finish(self) -> None:
        """Keep the text of cells and rows a broken page never closed."""
        self._end_row()

    def _time_text(self) -> None:
        """``<time datetime="2023-05-02">May 2</time>``: the element's day, written after a text that does not
        give its year ("May 2 (2023-05-02)", "eight days ago (2024-10-07)")."""
        stamp, at_part, at_cell = self._time_open  # type: ignore[misc]
        self._time_open = None
        day = re.match(r"((?:19|20)\d{2}-\d{2}-\d{2})(?![\d])", stamp.strip())
        into, at = (self._cell, at_cell) if at_cell >= 0 and self._cell is not None else (self.parts, at_part)
        inner = "".join(into[at:])
        if day is None or not inner.strip() or len(inner) > 60 or re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", inner):
            return
        into.append(f" ({day.group(1)})")

    def handle_comment(self, data: str) -> None:
        # "<!-- saved from url=(0052)https://… on 2025-03-14 -->": when a browser saved the page
        if "saved" not in self.meta and len(data) < 400 and _SAVED.search(data):
            self.meta["saved"] = data.strip()

    def handle_endtag(self, tag: str) -> None:
        self._check()
        if tag == "time" and self._time_open is not None and not self.skip:
            self._time_text()
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_jsonld = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            self._rows_in_table = 0
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self._check()
        if self._in_title:
            self.title += data
        if self._in_jsonld:
            self._jsonld.append(data)
        if self.skip:
            # a wiki footer's "This page was last edited on 1 September 2025": the page's edit date, kept aside
            if "edited" not in self.meta and len(data) < 400 and _LAST_EDITED.search(data):
                self.meta["edited"] = data.strip()
            return
        if self._cell is not None:
            self._cell.append(data)
        else:
            self.parts.append(data)

    def jsonld_date(self) -> str | None:
        for blob in self._jsonld:
            if len(blob) > 1_000_000:
                continue
            try:
                data = json.loads(blob)
            except (ValueError, RecursionError):
                continue
            stack = [data]
            while stack:
                item = stack.pop()
                if isinstance(item, dict):
                    if isinstance(item.get("datePublished"), str):
                        return item["datePublished"]
                    stack.extend(item.values())
                elif isinstance(item, list):
                    stack.extend(item)
        return None


_COMMENT_CLOSE = re.compile(r"--\s*>")
_MARKED_CLOSE = re.compile(r"]\s*]\s*>")
_MS_CLOSE = re.compile(r"]\s*>")
_DECL_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")
_OPENERS = re.compile(r"<(?=[!?/A-Za-z])")


def _last_start(pattern: re.Pattern[str], text: str) -> int:
    last = -1
    for m in pattern.finditer(text):
        last = m.start()
    return last


def defuse_html(raw: str) -> str:
    """Escape each ``<`` that opens a construct never closed later in the document.

    Python's HTMLParser (before 3.13.4 / 3.12.11) rescans the rest of the document for every
    such ``<`` (``"<a" * 100_000`` takes minutes), and aborts on ``<![`` without a keyword;
    escaped, they are plain text. One pass, linear in the length.
    """
    last_gt = raw.rfind(">")
    last_comment = _last_start(_COMMENT_CLOSE, raw) if "<!--" in raw else -1
    last_marked = _last_start(_MARKED_CLOSE, raw) if "<![" in raw else -1
    last_ms = _last_start(_MS_CLOSE, raw) if "<![" in raw else -1
    out: list[str] = []
    pos = 0
    for m in _OPENERS.finditer(raw):
        i = m.start()
        if raw.startswith("<!--", i):
            closed = last_comment >= i + 4
        elif raw.startswith("<![", i):
            name = _DECL_NAME.match(raw, i + 3)
            keyword = name.group(0).lower() if name else ""
            closed = (keyword in ("temp", "cdata", "ignore", "include", "rcdata") and last_marked >= i + 3) or (
                keyword in ("if", "else", "endif") and last_ms >= i + 3)
        else:
            closed = last_gt > i
        if not closed:
            out.append(raw[pos:i])
            out.append("&lt;")
            pos = i + 1
    if not out:
        return raw
    out.append(raw[pos:])
    return "".join(out)


_CRUDE_DROP = re.compile(r"(?is)<(script|style|noscript|template|svg|head)\b[^<>]{0,1000}>[^<]{0,200000}</\1\s*>")
_CRUDE_TAG = re.compile(r"<[^<>]{0,2000}>")


def parse_html_checked(raw: str, budget: float | None = None) -> tuple[str, dict[str, str], str, str | None]:
    """(visible text, metadata, title, problem) of an HTML document; never slow, never raises.

    ``budget`` seconds (default :data:`HTML_BUDGET`; 0: no limit) for the parser, after which
    the tags are stripped with a regular expression instead.
    """
    budget = HTML_BUDGET if budget is None else budget
    parser = _Visible(deadline=time.monotonic() + budget if budget > 0 else None)
    problem = None
    try:
        parser.feed(defuse_html(raw))
        parser.close()
    except _HTMLTimeout:
        text = html.unescape(_CRUDE_TAG.sub("\n", _CRUDE_DROP.sub("\n", raw)))
        parser.parts, parser._cell, parser._row = [text], None, None
        problem = f"HTML too broken to parse in {budget:g}s: tags stripped instead"
    except (AssertionError, ValueError, RecursionError):  # broken markup: keep what was read
        problem = "HTML broken: read the part before the break"
    parser.finish()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) if not line.lstrip().startswith("|") else line.strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    meta = dict(parser.meta)
    jd = parser.jsonld_date()
    if jd:
        meta.setdefault("jsonld:datepublished", jd)
    if parser.times:
        meta.setdefault("time", parser.times[0])
    title = " ".join(html.unescape(parser.title[: MAX_TITLE * 4]).split())
    return text, meta, title, problem


def parse_html(raw: str) -> tuple[str, dict[str, str], str]:
    """(visible text, metadata, title) of an HTML document."""
    text, meta, title, _ = parse_html_checked(raw)
    return text, meta, title


# --- reference dates ------------------------------------------------------------------

_URL_DATE = [
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|-)"),
    re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/-]|$)"),
]
_BYLINE = re.compile(
    r"^(?:(?:Published|Posted|Date|Dated|Released|First\s+published|(?:call|issue|report|publication|air|broadcast|recording)\s+date)"
    r"(?:\s+on)?\s*:?\s*(?P<a>.{6,40}?)(?:\s*[·|•]|\s+by\b|$)"
    r"|(?P<b>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})\s*[·|•]\s*\d+\s+min\s+read)",
    re.IGNORECASE,
)
_BYLINE_HINT = re.compile(r"(?i)\bmin(?:ute)?s?\s+read\b|(?<!was )(?<!were )(?<!first )(?<!been )\bpublished\b|^\[?submitted\s+on\b|\bposted\b|^post\s+by\b|^(?:uploaded|premiered|streamed)\b|^recorded\b|^aired\b|^compiled\b|\bpublish\s+(?:time|date)\b|\bwritten\s+by\b|^by\s+[A-Z]|\bby\s+[\w.@-]+\s+on\s+(?:[A-Z]|(?:19|20)\d\d-\d\d-\d\d)")
_EDIT_WORD = r"(?:updated|modified|edited|reviewed)"  # a page's revision, not its publication
_UPDATED_BEFORE = re.compile(rf"(?i){_EDIT_WORD}\s*(?:on\s*)?:?\s*$")
# an infobox or spec field ("Initial release | December 6, 2023", "Founded: 2021"): a fact, not the page's date
_DIGIT = re.compile(r"\d")
_FIELD_LINE = re.compile(r"(?i)[|]|\b(?:release[sd]?|launch(?:ed)?|founded|born|died|edited|updated|modified)\b|\bversion\s*[:|]")
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"')\]]?(?:\s|$)")
_UPDATED = re.compile(rf"(?i)^\s*(?:last\s+)?{_EDIT_WORD}\b")
# a saved copy's stamp: what "9 hours ago" and "this morning" count from, though not when the page was published
_SAVED = re.compile(r"(?i)\b(?:saved|captured|archived|clipped|scraped|downloaded|exported|snapshot(?:\s+taken)?)\b(?:\s+(?:from|at)\s+\S+)?(?:\s+(?:via\s+\S+\s+)?on)?\s*:?\s*")
# "SAN FRANCISCO, May 13, 2024 --", "PARIS--(BUSINESS WIRE)--April 17, 2024--": a place, a wire name, the date
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.]*(?:(?:,?\s|\s+and\s+)[A-Z][A-Za-z.]*){0,6}(?:\s*[—–-]{1,2}\s*\([A-Z][A-Za-z .&-]{1,30}\)\s*[—–-]{1,2}\s*|(?:,|\s[—–-]{1,2})?\s+))?"
                       r"(?:\d{4}年\d{1,2}月\d{1,2}日\s*\()?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\)?\s*(?:/[A-Za-z ]{2,30}/\s*)?(?:[—–-]{1,2}|\(|:)")


_SEGMENT_SPLIT = re.compile(r"\s+[·|•–—-]\s+|[ \t]*\t[ \t]*| {2,}|\s+(?=(?:Last\s+)?(?:Updated|Modified|Edited)\b)")
_CLOCK = re.compile(r"(?i),?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?")
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*")


_DATE_LABEL = re.compile(r"(?i)^\s*(?:(?:report|call|issue|publication|published|posted|filing|print)\s+)?date[d]?\s*:")


def _uncapped(stamp: str) -> str:
    """A stamp written in capitals in title case, which the date reader knows: "FEB 10, 2025" -> "Feb 10, 2025"."""
    return stamp.title() if stamp.isupper() else stamp


def _header_segment_date(line: str) -> dt.date | None:
    """A date that is a whole segment of a short header line, beside a time of day or a weekday.

    "May 14, 2024 7:18 PM UTC · Updated May 15, 2024", "Markets & Tech | October 29, 2024, 5:52 PM ET",
    "Asia Tech Desk | May 6, 2025", "2024年9月19日 14:32   Source: Daily": segments are split at " · ", " | ", " • ",
    a tab or a run of spaces; an "Updated" segment is skipped,
    and a line with an infobox-like label ("Initial release | ...") is not a header.
    """
    if len(line) > 120:
        return None
    segments = [seg for seg in _SEGMENT_SPLIT.split(line) if not _UPDATED.match(seg)]
    if any(_SENTENCE_END.search(seg) and len(seg.split()) >= 8 for seg in segments):
        return None  # "August 24, 2023 — Code Llama. A code model built on Llama 2.": a dated entry of prose, no header
    # a field's short label before the date ("Initial release | ..."), not a tagline ("A weekly roundup of model
    # releases ...") nor a category after it ("April 16, 2025 · Release")
    dated = next((k for k, seg in enumerate(segments) if _DIGIT.search(seg)), len(segments) - 1)
    if len(segments) < 1 or _FIELD_LINE.search(" ".join(seg for seg in segments[: dated + 1] if len(seg) <= 30).replace("|", " ")):
        return None
    for seg in segments:
        seg = _uncapped(seg)  # "THURSDAY, MAY 23, 2024", "FEB 10, 2025"
        exprs = [t for t in tag(seg) if t.granularity == "day" and t.kind == "absolute"]
        if len(exprs) != 1:
            continue
        rest = _DATE_LABEL.sub(" ", seg.replace(exprs[0].text, " ", 1))  # "Report date: 31 March 2025"
        rest = _WEEKDAY_WORD.sub(" ", _CLOCK.sub(" ", rest))
        if len(rest.strip(" ,.-–—")) <= 3:
            return dt.date.fromisoformat(exprs[0].value or "")
    return None


def _url_date(url: str) -> dt.date | None:
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if not m:
            continue
        y, mo, d = m.groups()
        try:
            month = int(mo) if mo.isdigit() else dt.datetime.strptime(mo[:3].title(), "%b").month
            return dt.date(int(y), month, int(d))
        except ValueError:
            continue
    return None


def reference_date(text: str, fields: dict[str, str], meta: dict[str, str], url: str | None) -> tuple[dt.date | None, str | None]:
    """The date partial and relative dates are anchored on, and where it was found."""
    for key in ("date", "published", "pubdate", "published_at", "date_published"):
        if key in fields:
            d = parse_date(fields[key][:200])
            if d:
                return d, "front_matter"
    for key in ("article:published_time", "og:published_time", "datepublished", "jsonld:datepublished",
                "pubdate", "publishdate", "date", "dc.date", "sailthru.date", "parsely-pub-date", "time"):
        if key in meta:
            d = parse_date(meta[key][:200])
            if d:
                return d, "html_meta"
    if url:
        d = _url_date(url)
        if d:
            return d, "url"
    # a header line's emphasis marks go ("_Posted December 29, 2025 · 9 min read_", "*Friday, May 9, 2025 · ...*")
    lines = [line for line in (raw.strip().strip("*_").strip() for raw in text[:200_000].split("\n")) if line][:16]
    for line in lines:
        if _UPDATED.match(line):
            continue
        m = _BYLINE.match(line)
        if m:
            stamp = m.group("a") or m.group("b") or ""
            d = parse_date(_uncapped(stamp))  # "PUBLISHED MON, JAN 27 2025 7:58 AM EST"
            if d:
                return d, "byline"
        if len(line) <= 160 and _BYLINE_HINT.search(line):
            # "By A. Writer · Published Jul 29, 2024 · 9 min read", "Written by X | October 3, 2024 | 12 min read"
            for t in tag(line):
                if t.rule != "iso" and re.search(r"\d\s*[–-]\s*\d", t.text):
                    continue  # "Week of June 10–16, 2024 · Published Sunday, June 16, 2024": a span is no one day
                if t.granularity == "day" and t.kind == "absolute" and not _UPDATED_BEFORE.search(line[: t.start]):
                    return dt.date.fromisoformat(t.value or ""), "byline"
    for i, line in enumerate(lines[:10]):  # a wire story's header, summary bullets and byline may come first
        m = _DATELINE.match(line)
        if m and i >= 6 and m.start("date") == 0:
            continue  # past the header only a placed dateline ("BEIJING, Jan 27 (X) -"), not a dated list entry
        if m:
            d = parse_date(m.group("date"))
            if d:
                return d, "dateline"
    for line in lines[:6]:
        if line.startswith("##"):
            continue  # "## 2025-01-09 · Paper X": a section of the page, dated on its own
        if len(line) <= 60 and not _UPDATED.match(line) and not _FIELD_LINE.search(line) and not _VERSION_LINE.match(line):
            exprs = [t for t in tag(line) if t.granularity == "day" and t.kind == "absolute"]
            # a line that is a date, or ends with one ("Home › News › Research6 Apr 2026", "Acme blog, March 3, 2026")
            if exprs and (len(exprs[0].text) >= len(line) - 12 or line.rstrip(" .").endswith(exprs[-1].text)):
                return dt.date.fromisoformat(exprs[-1].value or ""), "header"
    for line in lines[:14]:  # a masthead, a section line, a title and a standfirst may come first
        d = None if _VERSION_LINE.match(line) or line.startswith(("##", "|", "- ", "* ", "+ ")) else _header_segment_date(line)
        if d:
            return d, "header"
    for i, line in enumerate(lines[:16]):  # below a long navigation: "April 5, 2025" / "•" / "12 minute read"
        near = " ".join(lines[i + 1: i + 3])
        exprs = [t for t in tag(line) if t.granularity == "day" and t.kind == "absolute"] if len(line) <= 40 else []
        if exprs and len(exprs[0].text) >= len(line.strip(" ·•|")) - 2 and _READ_TIME.search(near):
            return dt.date.fromisoformat(exprs[0].value or ""), "header"
    for line in lines:
        m = _ARXIV_STAMP.match(line)  # a preprint's margin stamp: "arXiv:2407.10671v2 [cs.CL] 18 Jul 2024"
        d = parse_date(m.group("date")) if m else None
        if d:
            return d, "header"
    tail = [line.strip() for line in text[-3000:].split("\n") if line.strip()][-12:]
    d = saved_date(lines, meta.get("saved")) or _saved_footer(tail[-6:])
    if d:  # "Thread saved from x.com on 2025-03-07", "Saved: 2025-01-20 22:47 UTC": when the copy was taken
        return d, "saved"
    # a page of release notes: its newest version heading ("## v0.6.1 — 2025-02-27 (Latest)", "released this Jun 11, 2024")
    stamps = [m.group("rest")[:80] for pattern in (_RELEASE_HEADING, _RELEASE_ENTRY) for m in pattern.finditer(text[:200_000])]
    newest = [d for stamp in stamps for d in [parse_date(stamp)] if d]
    if newest:
        return max([*newest, *_this_year_releases(stamps, newest)]), "latest_release"
    log = _CHANGELOG_HEADING.search(text[:200_000])
    if log is not None:  # a model card's "## Changelog": its newest dated item
        items = [d for m in _DATED_ITEM.finditer(text, log.end(), log.end() + 5000) for d in [parse_date(m.group("d"))] if d]
        if items:
            return max(items), "latest_release"
    # the first line of prose: a title ("A CONVERSATION ABOUT OPEN MODELS", "Why X matters: a review") has no sentence end
    body = [line for line in lines if len(line) > 60 and not line.isupper() and _SENTENCE_END.search(line)][:1]
    for line in body:
        first = re.split(r"(?<=[.!?])\s", line[:5_000], maxsplit=1)[0]
        exprs = [t for t in tag(first) if t.granularity == "day" and t.kind == "absolute" and not t.forecast]
        if exprs:
            return dt.date.fromisoformat(exprs[0].value or ""), "first_sentence"
    for line in lines[:10]:
        d = _yearless_dateline(line, text)
        if d:
            return d, "dateline"
    # last: when the page was updated or edited ("Last updated: April 8, 2025", a wiki's "This page was last edited
    # on 2 September 2025"): an anchor for "last month", though not a publication date
    for key in ("updated", "last_modified", "lastmod", "modified"):  # a model card's front matter ("last_modified: ...")
        d = parse_date(fields[key][:200]) if key in fields else None
        if d:
            return d, "updated"
    for line in lines + tail + ([meta["edited"]] if "edited" in meta else []):
        m = _EDITED.search(line)
        if m:
            d = parse_date(line[m.end(): m.end() + 60])
            if d:
                return d, "updated"
    return None, None


_UPDATE_SEGMENT = re.compile(rf"(?i)(?:^|[\s·|•*_(])(?:last\s+)?{_EDIT_WORD}\b\s*(?:on\s*)?:?\s*(?P<rest>.{{0,60}})")


def updated_date(lines: list[str], fields: dict[str, str], meta: dict[str, str], ref: dt.date | None) -> dt.date | None:
    """When the page says it was last updated, if that is after its reference date, else None: front matter
    (``lastmod``, ``updated``), HTML metadata (``article:modified_time``), or a header line ("Published Feb 3, 2025 ·
    Updated June 12, 2025", "_Last updated: 2025-01-21_")."""
    if ref is None:
        return None
    found = [d for key in ("lastmod", "updated", "modified", "last_modified", "date_modified") if key in fields
             for d in [parse_date(fields[key][:200])] if d]
    found += [d for key in ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified") if key in meta
              for d in [parse_date(meta[key][:200])] if d]
    for line in lines[:12]:
        if len(line) <= 200:
            found += [d for m in _UPDATE_SEGMENT.finditer(line) for d in [parse_date(m.group("rest"))] if d]
    later = [d for d in found if d > ref]
    return later[0] if later else None


# "SAN FRANCISCO, March 4 (Wire) -": a wire dateline without its year
_DATELINE_NO_YEAR = re.compile(r"^[A-Z][A-Z.'/ -]{1,40}(?:,\s*[A-Z][A-Za-z.]*)?,\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})"
                               r"(?!\d|,?\s+(?:19|20)\d{2})\s*(?:\([^()\n]{1,30}\)\s*)?(?:[—–-]{1,2}|:)")
_WEEKDAY_ON = re.compile(r"\b(?:on|On|since|said|announced)\s+(?P<wd>" + "|".join(w.capitalize() for w in _WEEKDAYS) + r")\b")
# a year a plan or pledge names ("by 2027", "until 2030"): not one the story's news happened in
_PLANNED_YEAR = re.compile(r"(?i)\b(?:by|until|till|through|before|targeting|target\s+of)\s+(?:the\s+end\s+of\s+)?$")
_READ_TIME = re.compile(r"(?i)\b\d+\s*(?:-\s*)?min(?:ute)?s?\s+read\b")
_LAST_EDITED = re.compile(r"(?i)\blast\s+(?:edited|modified|updated)\s+on\b")
_EDITED = re.compile(rf"(?i)\b(?:last\s+)?{_EDIT_WORD}(?:\s+on)?\s*:?\s*")
_VERSION_MARK = r"#{1,6}\s*\[?v?\d+\.\d+"
_VERSION_LINE = re.compile(_VERSION_MARK)  # "## v0.6.0 — 2025-01-30": a release's date, not the page's
# a changelog item of a model card: "- **2025-02-17** — v1.1 released: fixed the chat template"
_RELEASE_ENTRY = re.compile(r"(?im)^\s*[-*]\s*[*_]*(?P<rest>(?:19|20)\d{2}-\d{2}-\d{2})[*_]*\s*[—–:-]{1,2}\s*v?\d+(?:\.\d+)+\S*\s+(?:is\s+)?released\b")
_RELEASE_HEADING = re.compile(rf"(?im)^(?:{_VERSION_MARK}(?:\.\d+)*\]?|.{{0,20}}\breleased\s+this)\s*(?P<rest>.*)$")

_MONTH_DAY = re.compile(r"^(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b(?!,?\s+(?:19|20)\d{2})")


def _this_year_releases(stamps: list[str], dated: list[dt.date]) -> list[dt.date]:
    """The days of a release page's entries written without a year ("released this Sep 11"), where other entries
    carry theirs ("released this Sep 19, 2024"): a release page leaves the year out for its own year, after the
    latest one written."""
    year = max(d.year for d in dated) + 1
    out = []
    for stamp in stamps:
        m = _MONTH_DAY.match(stamp.strip())
        key = m.group("mon")[:3].lower() if m else ""
        if m and key in _MONTH_WORDS:
            try:
                out.append(dt.date(year, _MONTH_WORDS.index(key) + 1, int(m.group("d"))))
            except ValueError:
                continue
    return out

_CHANGELOG_HEADING = re.compile(r"(?im)^#{1,6}\s*(?:changelog|change\s+log|release\s+notes|release\s+history|version\s+history)\s*$")
_DATED_ITEM = re.compile(r"(?m)^\s*[-*]\s*[*_\[]*(?P<d>(?:19|20)\d{2}[-/.]\d{2}[-/.]\d{2})[*_\]]*")
_ARXIV_STAMP = re.compile(r"arXiv:\d{4}\.\d{4,5}(?:v\d+)?\s+\[[\w.-]+\]\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2})\b")
# a browser's print header: "1/23/25, 9:14 AM    <page title>"
_PRINT_STAMP = re.compile(r"(?P<date>\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?),\s+\d{1,2}:\d{2}\s*[AP]M\b")


def saved_date(lines: list[str], stamp: str | None = None) -> dt.date | None:
    """The day a saved copy was taken, from a stamp in its first lines ("snapshot saved 2024-11-29") or the
    browser's own (``stamp``, an HTML comment "saved from url=… on 2025-03-14"), else None."""
    lines = [stamp, *lines] if stamp else lines
    for line in lines[:6]:
        for m in _SAVED.finditer(line):  # "[archived copy of … | snapshot taken 2025-02-03 21:14 UTC]"
            d = parse_date(line[m.end(): m.end() + 60])
            if d:
                return d
    printed = _PRINT_STAMP.match(lines[0]) if lines else None
    if printed:  # a page printed from a browser, stamped with the day it was printed
        month, day, year = (int(x) for x in printed.group("date").split("/"))
        try:
            return dt.date(year + 2000 if year < 100 else year, month, day)
        except ValueError:
            return None
    return None


def _saved_footer(lines: list[str]) -> dt.date | None:
    """The day a copy was taken, from a stamp line at its foot ("-- archived copy, retrieved Tue, 05 Aug 2025 --"):
    a short line that opens with the stamp word, not a reference list's "Archived from the original on ..."."""
    for line in reversed(lines):
        m = _SAVED.search(line[:12]) if len(line) <= 120 else None
        if m and not re.search(r"[A-Za-z]", line[: m.start()]) and not re.search(r"(?i)\bfrom\s+the\s+original\b", line):
            d = parse_date(line[m.end(): m.end() + 80])
            if d:
                return d
    return None


def _yearless_dateline(line: str, text: str) -> dt.date | None:
    """The day of a dateline that omits its year, in the year the story itself points to.

    Candidates are the years the text names outside a plan ("by 2028") and the year after each, never after the
    year of a plan it states; a weekday the story gives for its news ("on Monday", "said Monday") picks the latest
    candidate on which the dateline's day falls on that weekday, or on the day after it, else the latest year named.
    """
    m = _DATELINE_NO_YEAR.match(line)
    if not m:
        return None
    key = m.group("mon")[:3].lower()
    month = _MONTH_WORDS.index(key) + 1 if key in _MONTH_WORDS else None
    years: set[int] = set()
    planned: set[int] = set()  # "by the end of 2024": a plan's year, at or after the story's
    for y in re.finditer(r"(?<![\d.-])((?:19|20)\d{2})(?![\d-]|\.\d)", text[:20_000]):
        (planned if _PLANNED_YEAR.search(text, max(0, y.start() - 30), y.start()) else years).add(int(y.group(1)))
    if month is None or not years:
        return None
    latest = max(years)
    ceiling = min(planned) if planned and min(planned) >= latest else latest + 1
    day_of = int(m.group("d"))
    try:
        # the latest year named and the one after, then the other years named and the ones after them, latest first;
        # never after the year of a plan the story states
        order = [latest, latest + 1, *(y + k for y in sorted(years, reverse=True)[1:] for k in (1, 0))]
        candidates = [dt.date(y, month, day_of) for y in dict.fromkeys(order) if y <= ceiling]
        candidates += [dt.date(y, month, day_of) for y in range(ceiling, latest + 1, -1) if y not in order]
    except ValueError:
        return None
    at = text.find(line)
    said = _WEEKDAY_ON.search(text, at, at + 2000)
    if said:
        wanted = _WEEKDAYS.index(said.group("wd").lower())
        for back in (0, 1):  # the news happened that day, or the day before ("Feb 27 - ... on Wednesday cut")
            for day in sorted(candidates, reverse=True):
                if (day - dt.timedelta(days=back)).weekday() == wanted:
                    return day
    return candidates[0] if candidates else None


# --- one file -------------------------------------------------------------------------

_UNSAFE_ID = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _file_id(path: Path, root: Path) -> str:
    """The article id: the path relative to the corpus folder, '/'-separated, printable UTF-8."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    if _UNSAFE_ID.search(rel):  # undecodable bytes in a file name (surrogate escapes), control characters
        rel = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        rel = _UNSAFE_ID.sub("\ufffd", rel)
    return rel


def _safe_url(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    url = _one_line(value, MAX_URL + 1)
    if not re.match(r"(?i)https?://[^\s/?#]+", url):
        return None, f"url ignored (not an http(s) address): {_one_line(url, 40)!r}"
    if len(url) > MAX_URL:
        return None, f"url ignored (longer than {MAX_URL:,} characters)"
    return url, None


def _warning(rel: str, outcome: str, reason: str) -> list[InputWarning]:
    return [InputWarning(file=rel, outcome=outcome, reason=reason)]  # type: ignore[arg-type]


def read_article(path: Path, root: Path) -> tuple[Article | None, list[InputWarning]]:
    """Read one file: an Article or None, and at most one warning saying what happened and why."""
    path, root = Path(path), Path(root)
    rel = _file_id(path, root)
    try:
        st = path.stat()
    except OSError as exc:
        if path.suffix.lower() not in SUFFIXES:
            return None, _warning(rel, "skipped", f"not an article format ({path.suffix or 'no suffix'})")
        return None, _warning(rel, "skipped", f"cannot read: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        try:
            os.listdir(path)
        except OSError as exc:
            return None, _warning(rel, "skipped", f"cannot list folder: {exc.strerror or exc}")
        return None, _warning(rel, "skipped", "a directory, not a file (the files in it are read)")
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return None, _warning(rel, "skipped", f"not an article format ({path.suffix or 'no suffix'})")
    if not stat.S_ISREG(st.st_mode):
        return None, _warning(rel, "skipped", "not a regular file (a pipe, socket or device)")
    if st.st_size > MAX_BYTES:
        return None, _warning(rel, "skipped", f"too large ({st.st_size:,} bytes > {MAX_BYTES:,})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, _warning(rel, "skipped", f"cannot read: {exc.strerror or exc}")
    if not data.strip():
        return None, _warning(rel, "skipped", "empty file")
    raw, encoding, problem = decode(data)
    if raw is None:
        return None, _warning(rel, "skipped", problem or "not text")
    del data
    notes: list[str] = [problem] if problem else []
    partial: list[str] = []
    is_html = fmt == "html" or (fmt != "md" and bool(re.match(r"\s*(?:<!doctype html|<html)", raw[:200], re.IGNORECASE)))
    limit = MAX_RAW if is_html or fmt == "eml" else MAX_CHARS + MAX_CHARS // 4  # markup is longer than its text
    if len(raw) > limit:
        cut = raw.rfind("\n", 0, limit)
        raw = raw[: cut if cut > limit // 2 else limit]
        partial.append(f"longer than {limit:,} characters: read the first part only")
    nuisance = sum(1 for _ in _NUISANCE.finditer(raw))
    if nuisance:
        notes.append(f"{nuisance:,} control character(s) removed")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    fields: dict[str, str] = {}
    meta: dict[str, str] = {}
    title = ""
    if fmt == "eml":
        fields, raw, is_html, mail_problem = email_message(raw)
        if mail_problem:
            notes.append(mail_problem)
    if is_html:
        text, meta, title, html_problem = parse_html_checked(raw)
        if html_problem:
            (partial if html_problem.startswith("HTML broken") else notes).append(html_problem)
        title = fields.get("title") or title
    else:
        if fmt == "eml":
            body = raw
        else:
            fields, body, fm_problem = front_matter(raw)
            if fm_problem:
                notes.append(fm_problem)
        text = strip_markup(body)
        title = fields.get("title", "")
    del raw
    text = clean_text(text)
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        if not partial:
            partial.append(f"text longer than {MAX_CHARS:,} characters: read the first part only")
    if not text.strip():
        return None, _warning(rel, "skipped", "; ".join([*notes, "no visible text"]))
    title = _one_line(title, MAX_TITLE)
    if not title:
        title = _one_line(meta.get("og:title", ""), MAX_TITLE) or _one_line(
            next((line.strip() for line in text.split("\n", 50) if line.strip()), ""), 200)
    url_text = fields.get("url") or fields.get("link") or meta.get("og:url") or meta.get("canonical")
    url, url_problem = _safe_url(url_text)
    if url_problem:
        notes.append(url_problem)
    ref, source = reference_date(text, fields, meta, url_text[:MAX_URL] if url_text else None)
    if fmt == "eml" and source == "front_matter":
        source = "email_date"  # the Date header: when the newsletter was sent
    head = [line.strip() for line in text[:20_000].split("\n") if line.strip()][:12]
    captured = saved_date(head[:6], meta.get("saved"))
    updated = updated_date(head, fields, meta, ref)
    published = ref.isoformat() if ref and source in ("front_matter", "email_date", "html_meta", "url", "byline") else None
    if fmt == "txt":
        text = columns_to_rows(text)  # a table laid out in aligned columns (a PDF's text) as markdown rows
    text = unwrap(join_stamped_lines(text))  # after the header reading, which works line by line
    notes += partial
    article = Article(
        id=rel, path=_UNSAFE_ID.sub("\ufffd", str(path)), format=fmt, title=title, url=url, text=text,
        published=published, reference_date=ref.isoformat() if ref else None, reference_source=source,
        captured=captured.isoformat() if captured else None,
        updated=updated.isoformat() if updated else None,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], encoding=encoding, notes=notes,
    )
    if not notes:
        return article, []
    return article, _warning(rel, "partial" if partial else "read", "; ".join(notes))


def read_corpus(root: str | os.PathLike[str]) -> tuple[list[Article], list[InputWarning]]:
    """All articles below ``root`` (a folder or one file), in file-name order, and the warnings.

    Raises FileNotFoundError when ``root`` does not exist; every problem below it is a warning.
    """
    root_path = Path(root)
    if root_path.is_file():
        article, warns = read_article(root_path, root_path.parent)
        return ([article] if article else []), warns
    articles: list[Article] = []
    warnings: list[InputWarning] = []
    for path in iter_files(root_path):
        if path.suffix.lower() not in SUFFIXES and not path.is_dir():
            continue  # other files in the folder (images, notes) are not articles
        article, warns = read_article(path, root_path)
        warnings.extend(warns)
        if article is not None:
            articles.append(article)
    return articles, warnings

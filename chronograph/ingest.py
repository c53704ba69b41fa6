"""Read a folder of articles: formats, front matter, reference dates, encodings, bad files.

Every file ends as an :class:`Article` or an :class:`InputWarning` saying why it was
skipped or read only in part; reading never raises for a bad file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from .extract.dates import parse_date, tag
from .models import Article, InputWarning

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_BYTES = 50_000_000  # files above this are skipped
MAX_CHARS = 2_000_000  # text above this is cut (read in part)
MAX_LINE = 20_000  # longer lines are cut: no news paragraph is that long


def iter_files(root: Path) -> Iterator[Path]:
    """Article files below ``root`` in sorted order; symlink loops and hidden entries skipped."""
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
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
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
        for d in list(dirnames):
            p = Path(dirpath) / d
            if p.suffix.lower() in SUFFIXES:
                yield p  # a directory named like an article: reported, not read


# --- decoding -------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str | None, str, str | None]:
    """(text, encoding, problem). Text is None when the bytes are not text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return None, "utf-16", "invalid UTF-16"
    sample = data[:8192]
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        # UTF-16 without a BOM has every other byte zero in ASCII text
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
            if zeros > len(sample) // 3:
                try:
                    return data.decode(enc), enc, None
                except UnicodeDecodeError:
                    pass
        return None, "binary", "binary file (NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) // 20:
        return None, "binary", "binary file (control bytes)"
    return data.decode("cp1252", errors="replace"), "cp1252", "not UTF-8: read as Windows-1252/Latin-1"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


def clean_text(text: str) -> str:
    """Normalise line ends, drop control and zero-width characters, cut endless lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(lambda m: "\n" if m.group(0) in "\x0b\x0c" else "", text)
    text = text.replace("\u00a0", " ")
    if any(len(line) > MAX_LINE for line in text.split("\n")):
        text = "\n".join(line[:MAX_LINE] for line in text.split("\n"))
    return text


_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,200}\|)?([^\]\n]{0,200})\]\]")
_INLINE_TAG = re.compile(r"</?(?:b|i|em|strong|u|span|a|sup|sub|code|mark|small|font)(?:\s[^<>]{0,300})?>", re.IGNORECASE)
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_markup(text: str) -> str:
    """Markup leftovers in plain text: links keep their words, inline tags go."""
    text = _MD_LINK.sub(r"\1", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _INLINE_TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text


# --- front matter ---------------------------------------------------------------------


_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, str], str, str | None]:
    """(fields, body, problem) for YAML-style front matter of simple ``key: value`` lines."""
    m = _FRONT.match(text)
    if not m:
        if text.startswith("---\n"):
            return {}, text, "front matter not closed: read as text"
        return {}, text, None
    fields: dict[str, str] = {}
    problem = None
    for line in m.group(1).split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        km = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if not km:
            problem = f"front matter line not understood: {line[:60]!r}"
            continue
        value = km.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[km.group(1).lower()] = value
    return fields, text[m.end():], problem


# --- HTML -----------------------------------------------------------------------------


class _Visible(HTMLParser):
    """Visible text of a page, with metadata; tables become markdown rows."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form", "button", "iframe", "object", "select"}
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "header",
             "main", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption", "hr", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self._in_jsonld = False
        self._jsonld: list[str] = []
        self.times: list[str] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._rows_in_table = 0
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_jsonld = False
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()).replace("|", "/"))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:
                self.parts.append("\n| " + " | ".join(self._row) + " |\n")
                if self._rows_in_table == 0:
                    self.parts.append("|" + "---|" * len(self._row) + "\n")
                self._rows_in_table += 1
            self._row = None
        elif tag == "table":
            self._rows_in_table = 0
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_jsonld:
            self._jsonld.append(data)
        if self.skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        else:
            self.parts.append(data)

    def jsonld_date(self) -> str | None:
        for blob in self._jsonld:
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


def parse_html(raw: str) -> tuple[str, dict[str, str], str]:
    """(visible text, metadata, title) of an HTML document."""
    parser = _Visible()
    try:
        parser.feed(raw)
        parser.close()
    except (AssertionError, ValueError, RecursionError):  # broken markup: keep what was read
        pass
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) if not line.lstrip().startswith("|") else line.strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    meta = dict(parser.meta)
    jd = parser.jsonld_date()
    if jd:
        meta.setdefault("jsonld:datepublished", jd)
    if parser.times:
        meta.setdefault("time", parser.times[0])
    title = " ".join(html.unescape(parser.title).split())
    return text, meta, title


# --- reference dates ------------------------------------------------------------------

_URL_DATE = [
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|-)"),
    re.compile(r"/((?:19|20)\d{2})/([A-Za-z]{3,9})/(\d{1,2})(?:/|$)"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/-]|$)"),
]
_BYLINE = re.compile(
    r"^(?:(?:Published|Posted|Date|Dated|Released|First\s+published)(?:\s+on)?\s*:?\s*(?P<a>.{6,40}?)(?:\s*[·|•]|\s+by\b|$)"
    r"|(?P<b>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2})\s*[·|•]\s*\d+\s+min\s+read)",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"(?i)^\s*(?:last\s+)?(?:updated|modified|reviewed|last\s+reviewed|edited)\b")
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z.]*(?:[ ,][A-Z][A-Za-z.]*){0,4},?\s+)?(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})\s*(?:[—–-]{1,2}|\(|:)")


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
            d = parse_date(fields[key])
            if d:
                return d, "front_matter"
    for key in ("article:published_time", "og:published_time", "datepublished", "jsonld:datepublished",
                "pubdate", "publishdate", "date", "dc.date", "sailthru.date", "parsely-pub-date", "time"):
        if key in meta:
            d = parse_date(meta[key])
            if d:
                return d, "html_meta"
    if url:
        d = _url_date(url)
        if d:
            return d, "url"
    lines = [line.strip() for line in text.split("\n") if line.strip()][:12]
    for line in lines:
        if _UPDATED.match(line):
            continue
        m = _BYLINE.match(line)
        if m:
            d = parse_date(m.group("a") or m.group("b") or "")
            if d:
                return d, "byline"
    for line in lines[:6]:
        m = _DATELINE.match(line)
        if m:
            d = parse_date(m.group("date"))
            if d:
                return d, "dateline"
    for line in lines[:6]:
        if len(line) <= 60 and not _UPDATED.match(line):
            exprs = [t for t in tag(line) if t.granularity == "day" and t.kind == "absolute"]
            # a line that is a date, or ends with one ("Home › News › Research6 Apr 2026", "Acme blog, March 3, 2026")
            if exprs and (len(exprs[0].text) >= len(line) - 12 or line.rstrip(" .").endswith(exprs[-1].text)):
                return dt.date.fromisoformat(exprs[-1].value or ""), "header"
    body = [line for line in lines if len(line) > 60][:1]
    for line in body:
        first = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
        exprs = [t for t in tag(first) if t.granularity == "day" and t.kind == "absolute" and not t.forecast]
        if exprs:
            return dt.date.fromisoformat(exprs[0].value or ""), "first_sentence"
    return None, None


# --- one file -------------------------------------------------------------------------


def read_article(path: Path, root: Path) -> tuple[Article | None, list[InputWarning]]:
    """Read one file: an Article (maybe with warnings) or None with the reason."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    warnings: list[InputWarning] = []
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        return None, [InputWarning(file=rel, outcome="skipped", reason=f"not an article format ({path.suffix or 'no suffix'})")]
    if path.is_dir():
        return None, [InputWarning(file=rel, outcome="skipped", reason="a directory, not a file")]
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [InputWarning(file=rel, outcome="skipped", reason=f"too large ({size:,} bytes > {MAX_BYTES:,})")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [InputWarning(file=rel, outcome="skipped", reason=f"cannot read: {exc.strerror or exc}")]
    if not data.strip():
        return None, [InputWarning(file=rel, outcome="skipped", reason="empty file")]
    raw, encoding, problem = decode(data)
    if raw is None:
        return None, [InputWarning(file=rel, outcome="skipped", reason=problem or "not text")]
    notes = [problem] if problem else []
    fields: dict[str, str] = {}
    meta: dict[str, str] = {}
    title = ""
    if fmt == "html" or (fmt != "md" and re.match(r"\s*(?:<!doctype html|<html)", raw[:200], re.IGNORECASE)):
        text, meta, title = parse_html(raw)
    else:
        fields, body, fm_problem = front_matter(raw)
        if fm_problem:
            notes.append(fm_problem)
        text = strip_markup(body)
        title = fields.get("title", "")
    text = clean_text(text)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        notes.append(f"text longer than {MAX_CHARS:,} characters: read the first part only")
    if not text.strip():
        return None, [InputWarning(file=rel, outcome="skipped", reason="no visible text")]
    if not title:
        title = meta.get("og:title", "") or next((line.strip() for line in text.split("\n") if line.strip()), "")[:200]
    url = fields.get("url") or fields.get("link") or meta.get("og:url") or meta.get("canonical") or None
    ref, source = reference_date(text, fields, meta, url)
    published = ref.isoformat() if ref and source in ("front_matter", "html_meta", "url", "byline") else None
    article = Article(
        id=rel, path=str(path), format=fmt, title=title.strip(), url=url, text=text, published=published,
        reference_date=ref.isoformat() if ref else None, reference_source=source,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], encoding=encoding, notes=notes,
    )
    for note in notes:
        warnings.append(InputWarning(file=rel, outcome="partial" if "part" in note else "read", reason=note))
    return article, warnings


def read_corpus(root: str | os.PathLike[str]) -> tuple[list[Article], list[InputWarning]]:
    """All articles below ``root`` (a folder or one file), in file-name order, and the warnings."""
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

"""The ``chronograph`` command: thin wrappers over library functions that return data.

Exit codes: 0 ok; 1 conflicts found with ``--fail-on-conflict``; 2 usage or input error (and, with
``build --strict``, input files skipped); 3 internal error (a bug). Errors are one line on stderr
saying what went wrong and how to fix it; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .export import FORMATS
from .models import BuildSummary

EPILOG = {
    "build": "example: chronograph build articles/ --out output/",
    "conflicts": "example: chronograph conflicts output/ --code CG101 --json",
    "timeline": "example: chronograph timeline 'DeepSeek V3' --from 2024-01 --to 2026-12",
    "show": "example: chronograph show DeepSeek-V3",
    "export": "example: chronograph export --format gexf --out output/",
    "eval": "example: chronograph eval ../shared/gold/seeds-dev.json ../shared/seeds",
    "schema": "example: chronograph schema claim",
}


class UsageError(Exception):
    """A problem the user can fix: printed as one line, exit 2."""


class _ArgumentError(Exception):
    """A command line argparse rejects: printed as one line (not usage text), exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _ArgumentError(f"{message}; see '{self.prog} --help'")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _os_error(exc: OSError) -> str:
    """'path: reason' for an OSError (no errno noise)."""
    where = exc.filename if exc.filename is not None else ""
    return f"{where}: {exc.strerror}" if where and exc.strerror else _one_line(exc)


def _check_out(out: Path) -> None:
    """Fail early, before any work, when ``--out`` cannot be a folder we write into."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is a file, not a folder; give --out a folder (it is created if missing)")
    parent = out
    while not parent.exists():
        if parent.parent == parent:
            break
        parent = parent.parent
    if parent.exists() and not parent.is_dir():
        raise UsageError(f"{out}: cannot create the folder because {parent} is a file; choose another folder with --out")
    if parent.exists() and not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"{out}: cannot write there (permission denied); choose another folder with --out")


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is optional
        return None
    bar: dict[str, Any] = {}

    def update(done: int, total: int, name: str) -> None:
        if "bar" not in bar:
            bar["bar"] = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
        bar["bar"].update(1)
        if done == total:
            bar["bar"].close()

    return update


def _build(src: str, jobs: int, quiet: bool, store: Path | None = None, engine: str = "local",  # type: ignore[no-untyped-def]
           scheduler: str | None = None):
    from .ingest import SUFFIXES, iter_files
    from .pipeline import build

    path = Path(src)
    if not path.exists():
        raise UsageError(f"{src}: no such folder; give the folder that holds your articles (default: articles/)")
    if path.is_dir():
        try:
            empty = not any(path.iterdir())
        except OSError as exc:
            raise UsageError(f"{src}: cannot read the folder ({exc.strerror}); check its permissions") from exc
        if empty:
            raise UsageError(f"{src}: the folder is empty; put .txt, .md or .html articles in it")
        if not any(p.suffix.lower() in SUFFIXES for p in iter_files(path)):
            raise UsageError(f"{src}: no .txt, .md or .html files in this folder or below it (hidden files are "
                             "ignored); put your articles there")
    elif path.suffix.lower() not in SUFFIXES:
        raise UsageError(f"{src}: not a folder or an article file (.txt, .md, .html); give the folder of articles")
    return build(path, jobs=jobs, progress=_progress(quiet), store=store, engine=engine, scheduler=scheduler)


def _kg_from(source: str, quiet: bool):  # type: ignore[no-untyped-def]
    """A built output folder is reloaded; an article folder is built."""
    from .pipeline import load

    path = Path(source)
    if (path / "claims.json").exists():
        try:
            return load(path)
        except (ValueError, TypeError) as exc:  # not JSON, or records of another version
            raise UsageError(f"{path}: not a readable chronograph build ({_one_line(exc)[:200]}); run "
                             "'chronograph build' again") from exc
    return _build(source, 1, quiet)


def _print(data: Any, as_json: bool, text: str) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def _write(kg: Any, out: Path, formats: list[str] | None) -> list[Path]:
    try:
        return kg.write(out, formats)  # type: ignore[no-any-return]
    except OSError as exc:
        raise UsageError(f"{out}: cannot write the outputs ({_os_error(exc)}); choose another folder with --out, "
                         "or free some space") from exc


BUILD_RECORD = "build.json"  # in the output folder: what the outputs were built from


def _up_to_date(out: Path, fingerprint: str) -> dict[str, Any] | None:
    """The record of the previous build into ``out`` when it was made from exactly these inputs."""
    try:
        record = json.loads((out / BUILD_RECORD).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or record.get("fingerprint") != fingerprint:
        return None
    if not all((out / name).is_file() for name in record.get("files", [])):
        return None  # an output was deleted or moved: build again
    return record


def cmd_build(args: argparse.Namespace) -> int:
    from .export.atomic import atomic_write
    from .pipeline import corpus_fingerprint

    out = Path(args.out)
    _check_out(out)
    formats = args.format or list(FORMATS)
    fingerprint = corpus_fingerprint(args.articles, formats) if Path(args.articles).exists() else ""
    record = _up_to_date(out, fingerprint) if fingerprint and not args.rebuild else None
    if record is None:
        store = out / "chronograph.db" if args.store else None
        kg = _build(args.articles, args.jobs, args.quiet, store, args.engine, args.scheduler)
        files = _write(kg, out, args.format or None)
        summary = kg.summary().model_dump()
        warnings = [w.model_dump() for w in kg.warnings]
        lines = [f"  {c.code} {c.severity}: {c.subject} {c.predicate}: {' | '.join(v.display for v in c.values)[:150]}"
                 for c in kg.all_conflicts()]
        record = {"fingerprint": fingerprint, "files": sorted(p.name for p in files), "summary": summary,
                  "warnings": warnings, "conflicts": lines}
        if fingerprint:
            atomic_write(out / BUILD_RECORD, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        note = ""
    else:
        note = " (up to date: inputs, code and formats unchanged since the last build; --rebuild to force)"
    s = BuildSummary(**record["summary"])
    for w in record["warnings"]:
        print(f"warning: {w['file']}: {w['outcome']}: {w['reason']}", file=sys.stderr)
    if args.json:
        print(json.dumps({"summary": s.model_dump(), "out": str(out), "up_to_date": bool(note)}, indent=2))
    elif not args.quiet:
        print(f"{s.articles} articles ({s.skipped} skipped), {s.entities} entities, {s.events} events, "
              f"{s.facts} facts, {s.conflicts} conflicts -> {out}/{note}")
        for line in record["conflicts"]:
            print(line)
    if args.strict and s.skipped:
        print(f"chronograph: error: {s.skipped} input file(s) skipped (--strict); the warnings above and "
              f"{out / 'report.md'} say why; fix or remove them", file=sys.stderr)
        return 2
    return 1 if args.fail_on_conflict and s.conflicts else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    kg = _kg_from(args.source, args.quiet)
    items = kg.conflicts(code=args.code, subject=args.subject, severity=args.severity)
    text = "\n\n".join(f"{c.code} [{c.severity}] {c.subject} / {c.predicate}\n  {c.explanation}"
                       + (f"\n  best supported: {c.values[0].display} (score {c.best_score}; {c.best_reason})"
                          if c.best_value is not None else "") for c in items) or "no conflicts"
    _print([c.model_dump() for c in items], args.json, text)
    return 1 if args.fail_on_conflict and items else 0


def cmd_timeline(args: argparse.Namespace) -> int:
    kg = _kg_from(args.source, args.quiet)
    entries = kg.timeline(entity=args.entity, start=args.start, end=args.end, include_forecasts=args.forecasts)
    lines = []
    for t in entries:
        mark = " !competing" if t.competing else (" (forecast)" if t.forecast else "")
        lines.append(f"{t.value:<10}  {t.subject} {t.predicate.replace('_', ' ')}{mark}  [{', '.join(t.articles)}]")
    _print([t.model_dump() for t in entries], args.json, "\n".join(lines) or "no dated events")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    kg = _kg_from(args.source, args.quiet)
    entity = kg.entity(args.entity)
    if entity is None:
        raise UsageError(f"{args.entity}: no such entity in this corpus (try 'chronograph timeline' to list events)")
    claims = kg.claims(subject=entity.name)
    conflicts = kg.conflicts(subject=entity.name)
    lines = [f"{entity.name} ({entity.type})" + (f", by {entity.organization}" if entity.organization else ""),
             f"aliases: {', '.join(entity.aliases) or '-'}", f"sources: {', '.join(entity.articles)}", ""]
    for c in claims:
        lines.append(f"  {c.kind:<8} {c.predicate:<22} {c.value!s:<14} {c.article}: \"{' '.join(c.quote.split())[:100]}\"")
    for c in conflicts:
        lines.append(f"  CONFLICT {c.code}: {c.explanation[:200]}")
    data = {"entity": entity.model_dump(), "claims": [c.model_dump() for c in claims],
            "conflicts": [c.model_dump() for c in conflicts]}
    _print(data, args.json, "\n".join(lines))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    _check_out(Path(args.out))
    kg = _kg_from(args.source, args.quiet)
    try:
        files = _write(kg, Path(args.out), args.format)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    _print([str(f) for f in files], args.json, "\n".join(str(f) for f in files))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report

    if not Path(args.gold).is_file():
        raise UsageError(f"{args.gold}: no such gold file")
    kg = _build(args.articles, args.jobs, args.quiet)
    report = evaluate(args.gold, args.articles, kg=kg)
    _print(report.model_dump(), args.json, format_report(report, verbose=not args.quiet))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from . import models

    names = {"claim": models.Claim, "conflict": models.Conflict, "entity": models.Entity,
             "article": models.Article, "warning": models.InputWarning}
    chosen = [args.model] if args.model else sorted(names)
    data = {n: names[n].model_json_schema() for n in chosen}
    print(json.dumps(data if len(chosen) > 1 else data[chosen[0]], indent=2))
    return 0


def parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    common.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    p = _Parser(prog="chronograph", description="Timelines and knowledge graphs of AI releases from news "
                "articles, with contradictions flagged.", epilog="exit codes: 0 ok, 1 conflicts with "
                "--fail-on-conflict, 2 usage or input error (or files skipped with build --strict), 3 internal error")
    p.add_argument("--version", action="version", version=f"chronograph {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, epilog=EPILOG[name], parents=[common])

    b = add("build", "read a folder of articles and write graph, timeline, report and data files")
    b.add_argument("articles", nargs="?", default="articles", help="folder of .txt/.md/.html articles (default: articles)")
    b.add_argument("--out", default="output", help="output folder (default: output)")
    b.add_argument("--jobs", type=int, default=1, help="extraction processes (default: 1)")
    b.add_argument("--format", action="append", choices=FORMATS, help="write only these formats (repeatable)")
    b.add_argument("--fail-on-conflict", action="store_true", help="exit 1 when any conflict is found")
    b.add_argument("--strict", action="store_true",
                   help="exit 2 when any input file was skipped (empty, binary, unreadable, ...); the outputs are "
                        "still written and list why. Without it, skipped files are warnings and the exit code is 0")
    b.add_argument("--rebuild", action="store_true",
                   help="build even when the outputs are up to date (same inputs, code and formats as last time)")
    b.add_argument("--store", action=argparse.BooleanOptionalAction, default=True,
                   help="keep extracted claims in <out>/chronograph.db and re-extract only new or changed "
                        "articles (default: on)")
    b.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="where extraction runs: local processes, or a Dask cluster (needs chronograph[dask])")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786) for --engine dask; default: a local cluster")
    b.set_defaults(func=cmd_build)

    c = add("conflicts", "list conflicts with their evidence")
    c.add_argument("source", nargs="?", default="output", help="a build's output folder, or an articles folder")
    c.add_argument("--code", help="only this code (CG101 ...)")
    c.add_argument("--subject", help="only this entity (aliases work)")
    c.add_argument("--severity", choices=["error", "warning", "info"])
    c.add_argument("--fail-on-conflict", action="store_true", help="exit 1 when any conflict is listed")
    c.set_defaults(func=cmd_conflicts)

    t = add("timeline", "list events in time order; competing dates are marked")
    t.add_argument("entity", nargs="?", help="only this entity (aliases work)")
    t.add_argument("--source", default="output", help="a build's output folder, or an articles folder (default: output)")
    t.add_argument("--from", dest="start", help="earliest date (YYYY, YYYY-MM or YYYY-MM-DD)")
    t.add_argument("--to", dest="end", help="latest date")
    t.add_argument("--forecasts", action="store_true", help="include forecasts and plans")
    t.set_defaults(func=cmd_timeline)

    s = add("show", "everything known about one entity, with sources")
    s.add_argument("entity")
    s.add_argument("--source", default="output", help="a build's output folder, or an articles folder (default: output)")
    s.set_defaults(func=cmd_show)

    e = add("export", "write chosen formats from a build or an articles folder")
    e.add_argument("--format", action="append", required=True, choices=FORMATS, help="format to write (repeatable)")
    e.add_argument("--source", default="output", help="a build's output folder, or an articles folder (default: output)")
    e.add_argument("--out", default="output", help="output folder (default: output)")
    e.set_defaults(func=cmd_export)

    v = add("eval", "score extraction against a gold annotation file")
    v.add_argument("gold", help="gold JSON (format: shared/gold/FORMAT.md)")
    v.add_argument("articles", help="the articles the gold annotates")
    v.add_argument("--jobs", type=int, default=1)
    v.set_defaults(func=cmd_eval)

    m = add("schema", "print the JSON Schema of the output records")
    m.add_argument("model", nargs="?", choices=["claim", "conflict", "entity", "article", "warning"])
    m.set_defaults(func=cmd_schema)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except _ArgumentError as exc:
        print(f"chronograph: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    debug = bool(getattr(args, "debug", False))
    try:
        return int(args.func(args))
    except UsageError as exc:
        if debug:
            traceback.print_exc()
        print(f"chronograph: error: {_one_line(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("chronograph: interrupted; finished outputs were kept, unfinished ones were not written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "chronograph timeline | head": the reader left
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except OSError as exc:
        if debug:
            traceback.print_exc()
        print(f"chronograph: error: {_os_error(exc)} (run with --debug for details)", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        if debug:
            traceback.print_exc()
        print(f"chronograph: error: the claims store in the output folder cannot be used ({_one_line(exc)}); "
              "delete chronograph.db there or build with --no-store", file=sys.stderr)
        return 2
    except ValueError as exc:
        if debug:
            traceback.print_exc()
        print(f"chronograph: error: {_one_line(exc)} (run with --debug for details)", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: say so in one line; the traceback is one flag away
        if debug:
            traceback.print_exc()
        print(f"chronograph: internal error: {type(exc).__name__}: {_one_line(exc)[:300]} (a bug; run with --debug "
              "for the traceback and report it)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())

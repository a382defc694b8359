"""The `newsdesk` command line."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

EXAMPLES = """\
examples:
  newsdesk analyze examples/ --json picture.json --brief brief.html
  newsdesk analyze examples/ --db newsdesk.db --csv events.csv --geojson events.geojson
  newsdesk analyze --db newsdesk.db --json picture.json      (everything in the store)
  newsdesk clean page.html scraped.txt --json clean.json
  newsdesk ingest coverage/ --db newsdesk.db
  newsdesk search "prison attack" --db newsdesk.db
  newsdesk brief examples/ --out brief.md

Inputs are files or directories (recursed; other file types inside them are skipped):
.txt (scraped text), .html/.htm/.html.gz, .jsonl/.ndjson (one article a line: text or
html, optional id/url/title/outlet/published), RSS/Atom (.rss/.atom/.xml), WARC
(.warc/.warc.gz). Encodings are detected. Exit status: 0 when every input was processed,
1 when any failed (each failure is one line on stderr), 2 on a usage error.
"""

DEFAULT_DB = os.environ.get("NEWSDESK_DB") or "newsdesk.db"   # same rule as store.default_path


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.n = 0
        self.t0 = time.time()

    def __call__(self, art) -> None:
        self.n += 1
        if self.enabled:
            rate = self.n / max(time.time() - self.t0, 1e-6)
            sys.stderr.write(f"\r[newsdesk] {self.n} articles  {rate:.1f}/s  {art.id[:40]:40s}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.n:
            sys.stderr.write("\n")


def _write_json(obj, path: str) -> None:
    if path == "-":
        json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-mb", type=float, default=20.0, metavar="MB",
                   help="refuse input files (and gunzipped content) larger than this "
                        "(default 20); WARC and JSON Lines are read record by record")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsdesk", description="Raw news coverage in, a "
                                 "source-linked situation picture out.", epilog=EXAMPLES,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="store_true", help="print the version and exit")
    sub = ap.add_subparsers(dest="cmd", title="commands", metavar="COMMAND")

    a = sub.add_parser("analyze", help="the whole picture (FORMAT.md JSON) and exports",
                       description="Read, clean and analyse the inputs: stories, events, "
                       "quotes and disputes,\neach linked to the sentences that state it.",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or directories (optional with --db)")
    a.add_argument("--json", dest="json_out", metavar="FILE",
                   help="write the picture JSON here ('-' = stdout)")
    a.add_argument("--csv", metavar="FILE", help="write an ACLED-style event table here")
    a.add_argument("--geojson", metavar="FILE", help="write event points here")
    a.add_argument("--brief", metavar="FILE", help="write the brief here (.md or .html)")
    a.add_argument("--db", nargs="?", const=DEFAULT_DB, metavar="PATH",
                   help=f"use the embedded store (PATH default {DEFAULT_DB}, or "
                        "$NEWSDESK_DB): inputs are ingested, and the picture covers "
                        "everything stored")
    a.add_argument("--rebuild", action="store_true",
                   help="with --db: recompute duplicates, stories, events and disputes over "
                        "the whole store (stored per-article layers reused)")
    _common(a)

    c = sub.add_parser("clean", help="clean article bodies only: {\"articles\": [...]}")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    c.add_argument("--json", dest="json_out", required=True, metavar="FILE",
                   help="write the cleaned articles here ('-' = stdout)")
    _common(c)

    i = sub.add_parser("ingest", help="store articles (idempotent by content hash)")
    i.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    i.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                   help=f"store path (default {DEFAULT_DB}, or $NEWSDESK_DB)")
    _common(i)

    s = sub.add_parser("search", help="full-text search over stored articles")
    s.add_argument("query", help='words (all must match), "a phrase", prefix*, a OR b')
    s.add_argument("--db", default=DEFAULT_DB, metavar="PATH",
                   help=f"store path (default {DEFAULT_DB}, or $NEWSDESK_DB)")
    s.add_argument("--limit", type=int, default=10, metavar="N",
                   help="show the N best matches (default 10)")

    b = sub.add_parser("brief", help="a cited situation report (.md or .html)")
    b.add_argument("paths", nargs="*", metavar="PATH", help="files or directories")
    b.add_argument("--out", required=True, metavar="FILE", help="output file, .md or .html")
    b.add_argument("--db", nargs="?", const=DEFAULT_DB, metavar="PATH",
                   help="use the embedded store, as for analyze")
    b.add_argument("--rebuild", action="store_true",
                   help="with --db: recompute duplicates, stories, events and disputes over "
                        "the whole store (stored per-article layers reused)")
    _common(b)
    return ap


def _picture(args, stats):
    from .api import analyze
    progress = Progress(not args.no_progress)
    max_bytes = int(args.max_mb * 1024 * 1024)
    if getattr(args, "db", None):
        from .store import incremental, open_store
        with open_store(args.db) as store:
            if args.paths:
                incremental.ingest(store, args.paths, stats, max_bytes=max_bytes, update=False)
            pic = (incremental.rebuild(store, stats) if args.rebuild
                   else incremental.picture(store, stats))
    else:
        if not args.paths:
            build_parser().error("give input paths, or --db to analyze the store")
        pic = analyze(args.paths, stats=stats, max_bytes=max_bytes, progress=progress)
    progress.done()
    return pic


def _export(pic, args) -> None:
    if getattr(args, "json_out", None):
        _write_json(pic.to_json(), args.json_out)
    if getattr(args, "csv", None):
        from .report import export
        export.write(pic, args.csv, "csv")
    if getattr(args, "geojson", None):
        from .report import export
        export.write(pic, args.geojson, "geojson")
    brief = getattr(args, "brief", None) or getattr(args, "out", None)
    if brief:
        from .report import brief as brief_mod
        brief_mod.write(pic, brief)


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.version:
        from . import __version__
        print(__version__)
        return 0
    if not args.cmd:
        ap.print_help()
        return 2
    from .pipeline import Stats
    from .store import StoreError
    stats = Stats()
    try:
        _run(args, stats)
    except StoreError as exc:               # not a store, newer schema, no FTS5, missing
        print(f"newsdesk: {exc}", file=sys.stderr)
        return 1
    return 1 if stats.failed else 0


def _run(args, stats) -> None:
    if args.cmd in ("analyze", "brief"):
        pic = _picture(args, stats)
        _export(pic, args)
        n = len(pic.articles)
        print(f"newsdesk: {n} articles, {len(pic.stories)} stories, {len(pic.events)} events, "
              f"{len(pic.quotes)} quotes, {len(pic.disputes)} disputes"
              + (f"; {len(stats.errors)} inputs failed" if stats.failed else ""), file=sys.stderr)
    elif args.cmd == "clean":
        from .api import clean_paths as clean
        progress = Progress(not args.no_progress)
        pic = clean(args.paths, stats=stats, max_bytes=int(args.max_mb * 1024 * 1024),
                    progress=progress)
        progress.done()
        _write_json({"articles": [a.to_json() for a in pic.articles]}, args.json_out)
    elif args.cmd == "ingest":
        from .store import open_store
        from .store.incremental import ingest
        with open_store(args.db) as store:
            added = ingest(store, args.paths, stats, max_bytes=int(args.max_mb * 1024 * 1024))
            print(f"newsdesk: {added} new articles stored in {args.db} "
                  f"({store.count()} in all)", file=sys.stderr)
    elif args.cmd == "search":
        from .store import open_store
        with open_store(args.db, create=False) as store:
            for hit in store.search(args.query, limit=args.limit):
                print(f"{hit['id']}\t{hit.get('outlet') or '-'}\t{hit.get('title') or '-'}\n"
                      f"    {hit['snippet']}")


if __name__ == "__main__":
    sys.exit(main())

"""Command line: `python -m analytics {ingest,extract,facts,entities,stats} …`.

A thin layer over the library: parse arguments, call it, print. Exit 0 when the command ran,
1 on failure, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from analytics.config import STORE_ENV, store_path
from analytics.store import StoreError


def _add_store(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help=f"store file (default: ${STORE_ENV} or data/store.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analytics",
                                     description="AI-industry news analytics: ingest articles, extract facts, query them.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest article files or folders into the store",
                       description="Ingest articles (.txt .md .html .htm .json .jsonl .csv) into the store. "
                                   "Unchanged articles are skipped; changed ones replace their facts.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_store(p)
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("extract", help="extract facts from files into a throw-away store and print them",
                       description="Run the whole pipeline on PATHs in a temporary store (the dashboard's store "
                                   "is not touched) and print the CONTRACT JSON document on stdout.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", required=True, help="print JSON (the only output format)")

    p = sub.add_parser("facts", help="list facts, filtered, as csv, json or xlsx",
                       description="List merged facts with optional filters.")
    p.add_argument("--type", action="append", default=[], help="fact type (repeatable): investment, talent_move, ...")
    p.add_argument("--company", action="append", default=[], help="company name (repeatable; its units included)")
    p.add_argument("--person", action="append", default=[], help="person name (repeatable)")
    p.add_argument("--since", help="earliest fact date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--until", help="latest fact date (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--format", choices=["csv", "json", "xlsx"], default="csv", help="output format (default csv)")
    p.add_argument("--out", type=Path, help="write to this file (required for xlsx)")
    _add_store(p)

    p = sub.add_parser("entities", help="list entities with kind, parent, aliases and article counts",
                       description="List the canonical entities of the store.")
    p.add_argument("--format", choices=["csv", "json", "xlsx"], default="csv", help="output format (default csv)")
    p.add_argument("--out", type=Path, help="write to this file (required for xlsx)")
    _add_store(p)

    p = sub.add_parser("stats", help="counts of articles, entities and facts",
                       description="Print the store's headline counts as JSON.")
    _add_store(p)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    from analytics.ingest import ingest, tqdm_progress

    update, set_total, close = tqdm_progress("ingest")
    try:
        report = ingest(args.paths, store_path(args.store), progress=update, on_total=set_total)
    finally:
        close()
    if args.json:
        print(json.dumps({"new": report.new, "updated": report.updated, "unchanged": report.unchanged,
                          "rejected": [r.as_dict() for r in report.rejected]}, indent=1))
    else:
        print(report.summary())
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from analytics.contract import contract_document
    from analytics.ingest import ingest, tqdm_progress
    from analytics.store import open_store

    with tempfile.TemporaryDirectory(prefix="analytics-extract-") as tmp:
        store = Path(tmp) / "extract.duckdb"
        update, set_total, close = tqdm_progress("extract")
        try:
            report = ingest(args.paths, store, progress=update, on_total=set_total)
        finally:
            close()
        with open_store(store) as con:
            doc = contract_document(con, report.rejected)
    for r in report.rejected:
        print(f"rejected {r.path}: {r.error}", file=sys.stderr)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def _output(df, fmt: str, out: Path | None) -> int:  # type: ignore[no-untyped-def]
    from analytics.exports import frame_bytes

    if fmt == "xlsx" and out is None:
        print("error: --format xlsx needs --out FILE", file=sys.stderr)
        return 2
    data = frame_bytes(df, fmt)
    if out:
        out.write_bytes(data)
        print(f"wrote {len(df)} rows to {out}", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    from analytics.queries import entities_frame, facts_frame, filter_facts, with_units
    from analytics.store import open_store

    with open_store(store_path(args.store), read_only=True) as con:
        facts, entities = facts_frame(con), entities_frame(con)
    companies = with_units(args.company, entities) if args.company else set()
    df = filter_facts(facts, types=args.type, companies=companies, people=args.person,
                      since=args.since, until=args.until)
    df = df.dropna(axis=1, how="all")
    return _output(df, args.format, args.out)


def cmd_entities(args: argparse.Namespace) -> int:
    from analytics.queries import entities_frame
    from analytics.store import open_store

    with open_store(store_path(args.store), read_only=True) as con:
        df = entities_frame(con)
    df["aliases"] = df["aliases"].map(lambda a: "; ".join(a))
    return _output(df, args.format, args.out)


def cmd_stats(args: argparse.Namespace) -> int:
    from analytics.queries import stats
    from analytics.store import open_store

    with open_store(store_path(args.store), read_only=True) as con:
        print(json.dumps(stats(con), indent=1))
    return 0


COMMANDS = {"ingest": cmd_ingest, "extract": cmd_extract, "facts": cmd_facts, "entities": cmd_entities,
            "stats": cmd_stats}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: nothing was written", file=sys.stderr)
        return 1

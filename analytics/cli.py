"""Command line: `python -m analytics {ingest,extract,facts,entities,stats,correct} …`.

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

    _add_correct(sub)
    return parser


CORRECT_EPILOG = """\
Corrections are kept in the store, survive re-ingesting and show in facts, entities, stats
and the dashboard. A correction whose fact or entity disappeared after a re-ingest stays
listed as inactive. Examples:
  python -m analytics correct wrong f_3851d63afc37 --note "no freeze in the source"
  python -m analytics correct edit f_12220535140a amount 14.3e9
  python -m analytics correct merge Meta "Meta Platforms"
  python -m analytics correct split "Meta Superintelligence Labs" MSL
  python -m analytics correct list
  python -m analytics correct undo 3
"""


def _add_correct(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from analytics.corrections import EDITABLE_FIELDS

    p = sub.add_parser("correct", help="record an analyst's correction: wrong fact, edit, merge or split entities",
                       description="Correct what extraction got wrong: mark a fact wrong, edit a fact's field, "
                                   "merge two entities or split an alias off an entity; list or undo corrections.",
                       epilog=CORRECT_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    def action(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        return actions.add_parser(name, help=help_text, description=description)

    def note_and_store(a: argparse.ArgumentParser) -> None:
        a.add_argument("--note", help="why (kept with the correction)")
        _add_store(a)

    a = action("wrong", "mark a fact as wrong (it disappears from every output)",
               "Mark the fact FACT_ID (see `python -m analytics facts`) as wrong: it no longer shows in facts, "
               "stats, the dashboard or the contract output. `correct undo` brings it back.")
    a.add_argument("fact_id", metavar="FACT_ID", help="the fact's id, like f_12220535140a")
    note_and_store(a)

    a = action("edit", "set one field of a fact",
               "Set FIELD of the fact FACT_ID to VALUE. Numbers (14.3e9), counts, booleans (true/false) and dates "
               "(YYYY, YYYY-MM, YYYY-MM-DD) are checked; an empty VALUE or null clears the field. Name fields take "
               "an entity name or alias. Editing amount or currency restates amount_usd. Fields: "
               + ", ".join(EDITABLE_FIELDS) + ".")
    a.add_argument("fact_id", metavar="FACT_ID", help="the fact's id, like f_12220535140a")
    a.add_argument("field", metavar="FIELD", help="the field to set (any fact column but type)")
    a.add_argument("value", metavar="VALUE", help="the new value (\"\" or null for none)")
    note_and_store(a)

    a = action("merge", "merge entity MERGE into KEEP (MERGE becomes an alias)",
               "Make the entity MERGE an alias of KEEP everywhere: entities, aliases, mentions, fact names and "
               "article actors. Facts that become the same fact are merged into one.")
    a.add_argument("keep", metavar="KEEP", help="the entity that stays (name or alias)")
    a.add_argument("merge", metavar="MERGE", help="the entity that becomes an alias of KEEP (name or alias)")
    note_and_store(a)

    a = action("split", "make an alias of an entity an entity of its own",
               "Make ALIAS, an alias of the entity NAME, an entity of its own (same kind): the mentions written "
               "ALIAS move to it, and so do the facts whose evidence names NAME only as ALIAS.")
    a.add_argument("name", metavar="NAME", help="the entity that has the alias")
    a.add_argument("alias", metavar="ALIAS", help="the alias to split off (see `python -m analytics entities`)")
    note_and_store(a)

    a = action("undo", "remove a correction",
               "Remove the correction ID (see `correct list`): what it changed shows as extracted again.")
    a.add_argument("id", metavar="ID", type=int, help="the correction's number")
    _add_store(a)

    a = action("list", "list the corrections (inactive ones no longer match the store)",
               "List every correction, oldest first. A correction is inactive when its fact or entity is no "
               "longer in the store (a re-ingest changed the text); it is kept in case it comes back.")
    a.add_argument("--format", choices=["text", "csv", "json"], default="text", help="output format (default text)")
    _add_store(a)


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
    from analytics.queries import entities_frame, facts_frame, filter_facts, replay_corrections, with_units
    from analytics.store import open_store

    with open_store(store_path(args.store), read_only=True) as con:
        view = replay_corrections(con)
        facts, entities = facts_frame(con, view), entities_frame(con, view)
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


def cmd_correct(args: argparse.Namespace) -> int:
    from analytics import corrections
    from analytics.store import open_store

    path = store_path(args.store)
    if not path.exists():
        raise StoreError(f"No store at {path}: add articles first (python -m analytics ingest PATH).")
    if args.action == "list":
        with open_store(path, read_only=True) as con:
            df = corrections.list_corrections(con)
        return _print_corrections(df, args.format)
    with open_store(path) as con:
        if args.action == "undo":
            corrections.undo(con, args.id)
            print(f"undid correction #{args.id}")
            return 0
        if args.action == "wrong":
            cid = corrections.mark_wrong(con, args.fact_id, note=args.note)
        elif args.action == "edit":
            cid = corrections.edit_fact(con, args.fact_id, args.field, args.value, note=args.note)
        elif args.action == "merge":
            cid = corrections.merge_entities(con, args.keep, args.merge, note=args.note)
        else:
            cid = corrections.split_entity(con, args.name, args.alias, note=args.note)
        row = corrections.list_corrections(con).set_index("id").loc[cid]
    print(f"correction #{cid}: {row['summary']}")
    return 0


def _print_corrections(df, fmt: str) -> int:  # type: ignore[no-untyped-def]
    if fmt != "text":
        return _output(df, fmt, None)
    if df.empty:
        print("no corrections")
    for r in df.to_dict("records"):
        when = r["created_at"].strftime("%Y-%m-%d %H:%M") if r["created_at"] is not None else "?"
        state = "" if r["active"] else "  [inactive]"
        note = f"  ({r['note']})" if isinstance(r["note"], str) else ""
        print(f"#{r['id']}  {when}  {r['summary']}{state}{note}")
    return 0


COMMANDS = {"ingest": cmd_ingest, "extract": cmd_extract, "facts": cmd_facts, "entities": cmd_entities,
            "stats": cmd_stats, "correct": cmd_correct}


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

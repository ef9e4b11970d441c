"""`gallery history RECORD_ID`: a record's changes, newest first, with who, when and what."""

from __future__ import annotations

import argparse
import json

from ..exits import UsageError
from .registry import command


def _history_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("record_id", metavar="RECORD_ID",
                   help="a work, person, organisation, mission, exhibition or source id")
    p.add_argument("--json", action="store_true",
                   help="the changes as JSON (times as ISO 8601 UTC in `at`)")
    p.add_argument("--lang", choices=("en", "ru"), default="en",
                   help="language of the text form (default en)")


@command("history", "a record's changes, newest first: when, who, what per field and item",
         _history_args)
def run_history(args: argparse.Namespace) -> int:
    from ..catalog.history_report import history_text, record_history, when_text
    from .catalog_cmds import open_catalog

    with open_catalog(args, read_only=True) as catalog, catalog.reading() as con:
        entries = record_history(con, args.record_id)
    if not entries:
        shown = args.record_id if len(args.record_id) <= 80 else args.record_id[:79] + "…"
        raise UsageError(f"there is no history for a record {shown!r}")
    if args.json:
        for entry in entries:
            entry["when"] = when_text(entry["at"], args.lang)
        print(json.dumps({"record_id": args.record_id, "changes": entries},
                         ensure_ascii=False, indent=1))
    else:
        print(history_text(entries, args.lang))
    return 0

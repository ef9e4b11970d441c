"""`gallery check --worklist`: the works that need a curator's attention, counted by reason."""

from __future__ import annotations

import argparse
import json
import sqlite3

from ..exits import EXIT_OK

_WORDS = {
    "en": {"head": "Worklist: {n} in {w}", "open": "open", "none": "Nothing "
           "needs attention."},
    "ru": {"head": "Что доделать: пунктов — {n}, записей — {w}", "open": "открыть",
           "none": "Всё в порядке: внимания ничего не требует."},
}


def print_worklist(con: sqlite3.Connection, args: argparse.Namespace) -> int:
    """Print the worklist (text in --lang, or --json); exit 0: the list is work, not a fault."""
    from ..catalog.plural import counted
    from ..catalog.worklist import REASONS, worklist

    result = worklist(con)
    if args.json:
        print(json.dumps({"counts": result.counts, "items": result.items},
                         ensure_ascii=False, indent=1))
        return EXIT_OK
    lang = args.lang
    words = _WORDS[lang]
    if not result.items:
        print(words["none"])
        return EXIT_OK
    works = len({item["record_id"] for item in result.items})
    if lang == "ru":
        print(words["head"].format(n=len(result.items), w=works))
    else:
        print(words["head"].format(n=counted(len(result.items), "item"),
                                   w=counted(works, "work")))
    for code in REASONS:
        if result.counts[code]:
            label = REASONS[code][1 if lang == "ru" else 0]
            print(f"  {result.counts[code]:>7}  {label}")
    print()
    for item in result.items:
        detail = f" — {item['detail'][lang]}" if item["detail"] else ""
        print(f"{item['record_id']}  «{item['title'][lang]}»: {item['reason_label'][lang]}"
              f"{detail} ({words['open']}: {item['field_label'][lang]})")
    return EXIT_OK

"""`gallery playlists`: list, show, create and delete the slideshow's playlists headlessly, so a
technician can set up an exhibition's run without the app."""

from __future__ import annotations

import argparse
import json
import re

from ..exits import EXIT_OK, UsageError
from .registry import command


def _arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    actions.add_parser("list", help="every playlist, a line each")
    show = actions.add_parser("show", help="one playlist in full (JSON)")
    show.add_argument("name", help="the playlist's id or name")
    create = actions.add_parser("create", help="a new playlist of chosen works or a search")
    create.add_argument("name", help="its name (the id is made from it)")
    create.add_argument("--works", help="work ids in playing order, comma-separated")
    create.add_argument("--search", metavar="TEXT",
                        help="a saved search instead: the works it finds when played")
    create.add_argument("--hours", default="",
                        help='when it plays, e.g. "Mon-Fri 09:00-18:00; Sat 10:00-16:00"')
    create.add_argument("--from", dest="runs_from", metavar="YYYY-MM-DD",
                        help="the exhibition's first day")
    create.add_argument("--until", dest="runs_until", metavar="YYYY-MM-DD",
                        help="its last day")
    create.add_argument("--closed", default="",
                        help='closed days, e.g. "2026-12-31, 2027-01-01..2027-01-03"')
    create.add_argument("--seconds", type=float, help="seconds per slide for this playlist")
    delete = actions.add_parser("delete", help="remove a playlist")
    delete.add_argument("name", help="the playlist's id or name")


def _summary(record: dict) -> str:
    from ..catalog.playlists import format_days, format_windows

    size = ("saved search" if record.get("kind") == "search"
            else f"{len(record.get('items') or [])} works")
    parts = [size, format_windows(record.get("windows")) or "always"]
    if record.get("runs_from") or record.get("runs_until"):
        parts.append(f"runs {record.get('runs_from') or '…'} to {record.get('runs_until') or '…'}")
    if record.get("closed_days"):
        parts.append(f"closed {format_days(record['closed_days'])}")
    return f"{record['id']:<28} {record['name']}  ({'; '.join(parts)})"


@command("playlists", "list, show, create or delete slideshow playlists", _arguments)
def run_playlists(args: argparse.Namespace) -> int:
    if not args.action:
        raise UsageError("say what to do: gallery playlists list|show|create|delete")
    if args.action == "create":
        return _create(args)
    from ..catalog.playlists import find_playlist
    from .catalog_cmds import open_catalog

    with open_catalog(args, read_only=args.action != "delete") as catalog:
        if args.action == "list":
            records = catalog.list_records("playlists")
            for record in records:
                print(_summary(record))
            if not records:
                print("No playlists yet (gallery playlists create NAME --works … | --search …)")
            return EXIT_OK
        record = find_playlist(catalog, args.name)  # NotFound: one line, exit 2
        if args.action == "show":
            print(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            catalog.delete_record("playlists", record["id"], record["version"])
            print(f"Deleted playlist {record['id']}")
    return EXIT_OK


def _create(args: argparse.Namespace) -> int:
    from ..catalog.names import is_valid_id
    from ..catalog.playlists import parse_days_text, parse_windows_text
    from ..catalog.schema_v5 import slug
    from .catalog_cmds import open_catalog

    if bool(args.works) == bool(args.search):
        raise UsageError("give either --works or --search")
    if args.seconds is not None and not 0.05 <= args.seconds <= 86400:
        raise UsageError("--seconds must be between 0.05 and 86400")
    try:
        windows = parse_windows_text(args.hours)
        closed = parse_days_text(args.closed)
    except ValueError as error:
        raise UsageError(str(error)) from None
    playlist_id = slug(args.name)
    if not re.search(r"[^\W_]", args.name) or not is_valid_id(playlist_id):
        raise UsageError(f"{args.name!r} makes no usable id; use letters or digits")
    record = {"id": playlist_id, "name": args.name.strip(), "windows": windows,
              "runs_from": args.runs_from, "runs_until": args.runs_until,
              "closed_days": closed, "default_duration_s": args.seconds}
    with open_catalog(args, read_only=False) as catalog:
        if args.search:
            record.update(kind="search", query={"text": args.search, "filters": {}})
        else:
            ids = [w.strip() for w in args.works.split(",") if w.strip()]
            known = set(catalog.work_ids())
            missing = [w for w in ids if w not in known]
            if missing:
                raise UsageError(f"no such work: {', '.join(missing)}")
            record.update(kind="list", items=[{"work_id": w} for w in ids])
        if any(r["id"] == playlist_id for r in catalog.list_records("playlists")):
            raise UsageError(f"a playlist {playlist_id!r} exists already")
        saved = catalog.save_record("playlists", record, None)
        print(f"Created playlist {saved['id']}: {_summary(saved)}")
    return EXIT_OK

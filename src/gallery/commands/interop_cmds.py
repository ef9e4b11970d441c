"""Interoperability commands: LIDO / Linked Art / IIIF exports (reached through `gallery export
--format …`), `import-csv`, `undo-import` and `serve-iiif`. No Qt anywhere."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..atomic import write_bytes_atomically
from ..catalog.errors import CatalogReadOnly
from ..catalog.plural import counted
from ..exits import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, UsageError
from ..inputs import check_regular
from .registry import command


def open_catalog(args: argparse.Namespace, read_only: bool = False) -> Any:
    # Not imported from catalog_cmds: the registry may load this module while catalog_cmds
    # is still half-initialised.
    from ..catalog.location import location
    from ..catalog.store import Catalog

    return Catalog.open(location(args.catalog), read_only=read_only)


def export_standard(catalog: Any, args: argparse.Namespace) -> int:
    """`gallery export --format lido|linked-art|iiif` (called by catalog_cmds.run_export)."""
    from ..catalog.interop.common import base_url

    output = Path(args.output) if args.output else None
    base = base_url(getattr(args, "base_url", None))
    if args.format == "lido":
        return _export_lido(catalog, output, base)
    if args.format == "linked-art":
        return _export_linked_art(catalog, output, base)
    if args.format == "iiif":
        if output is None:
            raise UsageError("--format iiif writes a folder: give it with -o FOLDER")
        return _export_iiif(catalog, output, base)
    raise UsageError(f"unknown export format {args.format!r}")


def _is_folder(path: Path, file_suffixes: tuple[str, ...]) -> bool:
    if path.is_dir():
        return True
    if path.suffix.lower() in file_suffixes:
        if not path.parent.is_dir():
            raise UsageError(f"{path.parent}: no such folder")
        return False
    if path.suffix:
        raise UsageError(f"{path}: give a folder, or a file ending in {file_suffixes[0]}")
    return True


def _export_lido(catalog: Any, output: Path | None, base: str) -> int:
    from ..catalog.interop import lido
    from ..catalog.interop.progress import Progress
    from ..catalog.interop.refs import Refs

    folder = output is not None and _is_folder(output, (".xml",))
    ids = catalog.work_ids()
    refs = Refs.of(catalog)
    progress = Progress("LIDO", len(ids))
    records = []
    for index, work_id in enumerate(ids, 1):
        progress.step(index, work_id)
        records.append((work_id, lido.work_record(catalog.get(work_id), refs, base)))
    progress.finish()
    if output is None:
        sys.stdout.buffer.write(lido.to_bytes(lido.wrap(r for _, r in records)))
        sys.stdout.flush()
        return EXIT_OK
    if folder:
        from ..catalog.names import confined

        # every path first: an id that would leave the folder stops the export unwritten
        output.mkdir(parents=True, exist_ok=True)
        paths = [confined(output, f"{work_id}.xml") for work_id, _ in records]
        for path, (_, record) in zip(paths, records, strict=True):
            write_bytes_atomically(path, lido.to_bytes(record))
        print(f"Wrote {len(records)} LIDO 1.1 records, one file per work, to {output}")
    else:
        write_bytes_atomically(output, lido.to_bytes(lido.wrap(r for _, r in records)))
        print(f"Wrote {len(records)} LIDO 1.1 records in one lidoWrap to {output}")
    return EXIT_OK


def _export_linked_art(catalog: Any, output: Path | None, base: str) -> int:
    from ..catalog.interop import linked_art
    from ..catalog.interop.progress import Progress

    if output is not None:
        _is_folder(output, (".json", ".jsonld"))
    progress = Progress("Linked Art", len(catalog.work_ids()))
    records = linked_art.build(catalog, base, progress.step)
    progress.finish()
    written = linked_art.write(records, base, output)
    if output is not None:
        shape = "one file per record" if len(written) > 1 else "one JSON-LD document"
        print(f"Wrote {len(records)} Linked Art records ({shape}) to {output}; ids under {base}")
    return EXIT_OK


def _export_iiif(catalog: Any, output: Path, base: str) -> int:
    from ..catalog.interop.iiif import export_iiif
    from ..catalog.interop.progress import Progress

    if output.exists() and not output.is_dir():
        raise UsageError(f"{output}: is a file; --format iiif writes a folder")
    output.mkdir(parents=True, exist_ok=True)
    progress = Progress("IIIF", len(catalog.work_ids()))
    report = export_iiif(catalog, output, base, progress=progress.step)
    progress.finish()
    for work_id in report.without_image:
        print(f"left out {work_id}: it has no image", file=sys.stderr)
    for work_id, reason in report.failed:
        print(f"left out {work_id}: {reason}", file=sys.stderr)
    print(f"Wrote a IIIF collection of {len(report.manifests)} manifests to {output}; "
          f"publish the folder at {base}/ (to look at it here: gallery serve-iiif {output}"
          f"{_port_hint(base)})")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _port_hint(base: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(base)
    if parts.hostname in ("localhost", "127.0.0.1") and parts.port and parts.port != 8000:
        return f" --port {parts.port}"
    return ""


# -- import-csv -------------------------------------------------------------------------------
def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a CSV in the columns of `gallery export --format csv`")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be created, changed and refused; write nothing")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the good rows even if some rows are refused")


@command("import-csv", "add or update works from a spreadsheet (one recorded change)",
         _import_args)
def run_import_csv(args: argparse.Namespace) -> int:
    from ..catalog.interop.csv_import import apply_import, plan_import
    from ..catalog.interop.progress import Progress

    path = Path(args.file)
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    check_regular(path)  # a pipe or a device is refused before the catalog is opened
    with open_catalog(args, read_only=args.dry_run) as catalog:
        if catalog.read_only and not args.dry_run:  # refused before a plan says "change"
            raise CatalogReadOnly(f"{catalog.where}: editing is off — "
                                  f"{catalog.read_only_reason}; nothing was imported "
                                  "(--dry-run shows what the sheet would change)")
        progress = Progress("Reading rows", 0)
        plan = plan_import(catalog, path, progress.step)
        progress.finish()
        _print_plan(plan, dry_run=args.dry_run)
        refused = plan.of("refused")
        if args.dry_run:
            return EXIT_PROBLEMS if refused else EXIT_OK
        if refused and not args.skip_bad:
            _print_planned(plan)
            print(f"{counted(len(refused), 'row')} refused: nothing was imported (fix them, "
                  "or give "
                  "--skip-bad to import the other rows).", file=sys.stderr)
            return EXIT_BAD_INPUT
        change_id = apply_import(catalog, plan, skip_bad=args.skip_bad)
    if change_id is None:
        print("Nothing to import: every row matches the catalog.")
    else:
        counts = _counts(plan)
        skipped = (f", skipped {counted(counts['refused'], 'refused row')}"
                   if counts["refused"] else "")
        print(f"Created {counted(counts['create'], 'work')}, changed {counts['update']}, left "
              f"{counts['unchanged']} unchanged{skipped}.")
        print(f"Imported as change {change_id}. To undo it: gallery undo-import {change_id}")
    return EXIT_OK


def _counts(plan: Any) -> dict[str, int]:
    return {a: len(plan.of(a)) for a in ("create", "update", "unchanged", "refused")}


def _item(value: Any) -> str:
    """A list item as the CSV writes it: a title, person:role, mission:link or text."""
    from ..catalog.interop.csv_columns import title_item

    if not isinstance(value, dict):
        return str(value)
    if "text" in value:
        return title_item(value)
    return (f"{value.get('person_id') or value.get('mission_id')}:"
            f"{value.get('role') or value.get('link')}")


def _show(value: Any) -> str:
    if value in (None, "", []):
        return "(blank)"
    if isinstance(value, list):
        items = [_item(v) for v in value]
        value = " | ".join(items)
    text = " ".join(str(value).split())
    # As the curator typed it (a joiner inside an emoji, Cyrillic, quotes): no repr escapes.
    # The terminal's escaping (gallery.terminal) still shows any control character as \xNN.
    return "'" + (text if len(text) <= 70 else text[:67] + "...") + "'"


def _print_plan(plan: Any, dry_run: bool) -> None:
    from ..catalog.interop.csv_sniff import DELIMITERS

    print(f"Read as {plan.encoding}, cells separated by a "
          f"{DELIMITERS.get(plan.delimiter, repr(plan.delimiter))} ({plan.delimiter!r}).")
    verbs = {"create": "would create" if dry_run else "create",
             "update": "would change" if dry_run else "change"}
    for row in plan.rows:
        if row.action == "refused":
            print(f"row {row.row}: refused{' ' + row.work_id if row.work_id else ''} — "
                  + "; ".join(row.reasons))
        elif row.action in verbs:
            print(f"row {row.row}: {verbs[row.action]} {row.work_id}")
            for field, before, after in row.changes:
                arrow = f"{_show(before)} → {_show(after)}" if row.action == "update" \
                    else _show(after)
                print(f"    {field}: {arrow}")
    if dry_run:  # a real import says what it did once it is done
        _print_planned(plan)


def _print_planned(plan: Any) -> None:
    counts = _counts(plan)
    print(f"Would create {counted(counts['create'], 'work')}, change {counts['update']}, leave "
          f"{counts['unchanged']} unchanged, refuse {counts['refused']}.")


# -- undo-import ------------------------------------------------------------------------------
def _undo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("change_id", help="the change id `gallery import-csv` printed")


@command("undo-import", "undo an import (or another recorded change to works)", _undo_args)
def run_undo_import(args: argparse.Namespace) -> int:
    from ..catalog.interop.undo import undo_change

    with open_catalog(args) as catalog:
        new_id = undo_change(catalog, args.change_id)
    print(f"Undid change {args.change_id} (recorded as change {new_id}).")
    return EXIT_OK


# -- serve-iiif -------------------------------------------------------------------------------
def _serve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("folder", help="a folder written by `gallery export --format iiif -o`")
    p.add_argument("--port", type=int, default=None,
                   help="port on localhost (default: the export's --base-url port, else 8000)")


@command("serve-iiif", "serve an exported IIIF folder on localhost for a viewer",
         _serve_args)
def run_serve_iiif(args: argparse.Namespace) -> int:
    from ..catalog.interop.serve import make_server, served_at

    folder = Path(args.folder)
    if not (folder / "collection.json").is_file():
        raise UsageError(f"{folder}: has no collection.json (export with --format iiif -o)")
    ids = json.loads((folder / "collection.json").read_text(encoding="utf-8"))["id"]
    host, base_port, path = served_at(ids)
    local = host in ("localhost", "127.0.0.1")
    port = args.port if args.port is not None else (base_port if local and base_port else 8000)
    if not 0 <= port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    # Served where the ids point: the base URL's path too (--base-url http://localhost:8000/x).
    server = make_server(folder, port, prefix=path)
    port = server.server_address[1]
    print(f"Serving {folder} at http://localhost:{port}{path}/collection.json (Ctrl+C stops)")
    if not (local and ids == f"http://{host}:{port}{path}/collection.json"):
        print(f"note: the collection's ids point to {ids}; for a viewer on this machine, "
              f"export with --base-url http://localhost:{port}{path}", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK

"""Headless catalog commands: check, search, export, import-json, reindex, backup, restore."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomically
from ..catalog import backup_manifest
from ..catalog.plural import counted
from ..exits import EXIT_OK, EXIT_PROBLEMS, UsageError
from ..inputs import MIB, open_regular, read_limited
from .registry import command


def open_catalog(args: argparse.Namespace, read_only: bool = False):
    from ..catalog.location import location
    from ..catalog.store import Catalog

    return Catalog.open(location(args.catalog), read_only=read_only)


def _check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", help="catalog to check (default: --catalog)")
    p.add_argument("--no-decode", action="store_true", help="skip decoding every image")
    p.add_argument("--content", action="store_true",
                   help="check the catalogue's statements instead: dates, provenance order, "
                        "punctuation, hedges, links, citations, image descriptions")
    p.add_argument("--worklist", action="store_true",
                   help="list the works that need attention (no image yet, stand-in only, no "
                        "Russian title, no or one weak source, low confidence, dates) and why")
    p.add_argument("--json", action="store_true", help="with --worklist: the list as JSON")
    p.add_argument("--lang", choices=("en", "ru"), default="en",
                   help="with --worklist: language of the text form (default en)")


@command("check", "check a catalog: schema, integrity, links, images, search index", _check_args)
def run_check(args: argparse.Namespace) -> int:
    from ..catalog.check import check_catalog

    if args.path:
        args.catalog = args.path
    if args.content:
        return _check_content(args)
    if args.worklist:
        from .worklist_cmds import print_worklist

        with open_catalog(args, read_only=True) as catalog, catalog.reading() as con:
            return print_worklist(con, args)
    decoder = None
    if not args.no_decode:
        try:
            from ..imaging.decode import decode as decoder  # type: ignore[assignment]
        except ImportError:
            decoder = None
    with open_catalog(args, read_only=True) as catalog:
        images, shared = catalog.images_dir, None
        if not catalog.on_server and not images.is_dir():
            shared = backup_manifest.shared_images(catalog.path)  # a server catalog's backup
            images = shared or images
        report = check_catalog(catalog.connection, images, decoder)
    print(f"Checking {args.catalog}")
    if shared is not None:
        print(f"A backup of a server catalog: its images are checked in the shared folder "
              f"{shared} that its manifest names.")
    for line in report.lines:
        print(line)
    print("The catalog is sound." if report.passed
          else f"{counted(len(report.problems), 'problem')} found.")
    return EXIT_OK if report.passed else EXIT_PROBLEMS


def _check_content(args: argparse.Namespace) -> int:
    from ..catalog.content_check import content_findings

    with open_catalog(args, read_only=True) as catalog:
        findings = content_findings(catalog.connection)
    for line in findings:
        print(line)
    print(f"{counted(len(findings), 'finding')}." if findings else "Every content rule holds.")
    return EXIT_PROBLEMS if findings else EXIT_OK


def _hit_count(text: str) -> int:
    """--limit: a whole number from 1; any number above the catalog's size means every hit."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"wants a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


# The search's own options: any other argument is a word of the query, even one that begins
# with "-" ("gallery search -moon"), and these are options even after "--".
_SEARCH_FLAGS = frozenset({"--json", "--exact", "-h", "--help"})
_SEARCH_VALUED = frozenset({"--limit", "--sort", "--catalog", "--curator"})


def search_argv(rest: list[str]) -> list[str]:
    """The arguments after `search`, reordered as options, then `--` and the query words."""
    options: list[str] = []
    words: list[str] = []
    at = 0
    while at < len(rest):
        arg = rest[at]
        name = arg.split("=", 1)[0]
        if name in _SEARCH_VALUED and "=" not in arg:
            options.extend(rest[at:at + 2])
            at += 2
            continue
        if name in _SEARCH_VALUED or arg in _SEARCH_FLAGS:
            options.append(arg)
        elif arg != "--":
            words.append(arg)
        at += 1
    return options + (["--", *words] if words else [])


def _search_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="+", help="words to look for (prefixes match as you type; "
                                            "a word may begin with \"-\")")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--limit", type=_hit_count, default=50,
                   help="at most this many hits (1 or more; default 50)")
    p.add_argument("--sort", default="relevance",
                   choices=["relevance", "date", "date_desc", "title", "added", "mission"])
    p.add_argument("--exact", action="store_true",
                   help="search for the words as typed, without correcting misspellings")


@command("search", "search the catalog the way the app does", _search_args,
         prepare=search_argv)
def run_search(args: argparse.Namespace) -> int:
    args.query = " ".join(args.query)
    with open_catalog(args, read_only=True) as catalog:
        result = catalog.search(args.query, sort=args.sort, limit=args.limit, facets=False,
                                correct=not args.exact)
    hits = [{"id": r.id, "title": r.title, "title_ru": r.title_ru, "date": r.date_display}
            for r in result.rows]
    if args.json:
        answer: dict[str, object] = {"query": args.query, "total": result.total, "hits": hits}
        if result.corrected_query is not None:
            answer["corrected_query"] = result.corrected_query
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        if result.corrected_query is not None:
            print(f"Nothing matched {args.query!r}; showing results for "
                  f"{result.corrected_query!r}")
        for hit in hits:
            print(f"{hit['id']:<42} {hit['date'] or '':<22} {hit['title']}")
        print(counted(result.total, "work"))
    return EXIT_OK


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=["json", "csv", "lido", "linked-art",
                                                       "iiif"])
    p.add_argument("-o", "--output", help="file (or folder for iiif/lido); default stdout")
    p.add_argument("--base-url", default="http://localhost:8000",
                   help="where an iiif or linked-art export will be published (ids are "
                        "absolute URIs under it; default http://localhost:8000)")
    p.add_argument("--bom", action="store_true",
                   help="csv only: start with a UTF-8 byte order mark (for Excel)")


@command("export", "export the catalog (json is lossless)", _export_args)
def run_export(args: argparse.Namespace) -> int:
    from ..catalog import export

    if args.bom and args.format != "csv":
        raise UsageError("--bom is for --format csv only")
    with open_catalog(args, read_only=True) as catalog:
        if args.format == "json":
            text = export.export_json_text(catalog.connection)
        elif args.format == "csv":
            text = export.export_csv_text(catalog.connection, bom=args.bom)
        else:
            from .interop_cmds import export_standard

            with catalog.reading():  # LIDO, Linked Art, IIIF: all of one saved moment
                return export_standard(catalog, args)
    if args.output:
        target = Path(args.output)
        if not target.parent.is_dir():  # write only where the user said: never make folders
            raise UsageError(f"{target.parent}: no such folder")
        write_text_atomically(target, text)
        print(f"Wrote the {args.format.upper()} export to {target}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


MAX_JSON_BYTES = 1024 * MIB  # a 100,000-work catalog exports to about a fifth of this


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="a JSON file written by `gallery export --format json`")


@command("import-json", "build a new catalog (--catalog NEW.db, or an empty database "
         "postgresql://…) from a JSON export", _import_args)
def run_import_json(args: argparse.Namespace) -> int:
    from ..catalog.export import import_json
    from ..catalog.location import is_server

    source = Path(args.file)
    try:
        data = json.loads(read_limited(source, MAX_JSON_BYTES).decode("utf-8"))
    except json.JSONDecodeError as error:
        raise UsageError(f"{source}: is not valid JSON (line {error.lineno})") from None
    except UnicodeDecodeError:
        raise UsageError(f"{source}: is not UTF-8 text") from None
    except RecursionError:
        raise UsageError(f"{source}: is nested too deeply to be a catalog export") from None
    if not isinstance(data, dict):
        raise UsageError(f"{source}: is not a catalog export")
    if is_server(args.catalog):
        return _import_json_to_server(data, source, str(args.catalog))
    target = Path(args.catalog)
    import_json(data, target)
    print(f"Imported {source} into {args.catalog}")
    _say_images_missing(target)
    return EXIT_OK


def _import_json_to_server(data: dict[str, Any], source: Path, url: str) -> int:
    """Into an empty database only, in one transaction (copy.into_server). The images stay
    files: the catalog names the `images` folder beside the export, as a new catalog file
    looks beside itself; LEONOV_GALLERY_IMAGES points elsewhere on a machine that needs it."""
    from ..catalog.copy import into_server
    from ..catalog.location import display_name

    into_server(data, url, (source.parent / "images").resolve())
    print(f"Imported {source} into {display_name(url)}")
    _say_images_missing(url)
    return EXIT_OK


def _say_images_missing(target: str | Path) -> None:
    missing, folder = _images_missing(target)
    if missing:  # the export holds records, not pictures: say where they must go
        name = "names an image that is" if missing == 1 else "name images that are"
        print(f"{counted(missing, 'work')} {name} not in {folder}: "
              f"copy the images folder there, or draw stand-ins with `gallery standins`.")


def _images_missing(catalog_path: str | Path) -> tuple[int, Path]:
    from ..catalog.names import safe_image_path
    from ..catalog.store import Catalog

    with Catalog.open(catalog_path, read_only=True) as catalog:
        paths = [safe_image_path(r[0]) for r in catalog.connection.execute(
            "SELECT image_path FROM works WHERE image_path IS NOT NULL "
            "AND deleted_at IS NULL")]
        folder = catalog.images_dir
        return sum(p is None or not (folder / p).is_file() for p in paths), folder


@command("reindex", "rebuild the search index from the records")
def run_reindex(args: argparse.Namespace) -> int:
    from ..catalog import fts

    with open_catalog(args) as catalog, catalog.write() as con:
        fts.reindex_all(con)
    print("Search index rebuilt.")
    return EXIT_OK


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--keep", type=int, default=10, help="how many backups to keep")
    p.add_argument("--with-images", action="store_true",
                   help="copy the image files too (each once, by content); without it the "
                        "manifest still lists every image with its sha256")


@command("backup", "write a consistent backup into backups/ beside the catalog", _backup_args)
def run_backup(args: argparse.Namespace) -> int:
    if args.keep < 1:
        raise UsageError("--keep must be at least 1")
    with open_catalog(args, read_only=True) as catalog:
        target = catalog.backup(keep=args.keep, with_images=args.with_images)
        images = catalog.images_dir if catalog.on_server else None
    print(f"Backed up to {target}")
    if images is not None:
        print(f"It is a catalog file; its manifest lists the images with their sha256, and the "
              f"images stay in the shared folder {images}.")
        if args.with_images:  # a shared folder is backed up as a folder, by the museum's tools
            print(f"gallery: note: --with-images is not used on a server catalog: back up the "
                  f"shared image folder {images} itself", file=sys.stderr)
        return EXIT_OK
    print("Its images are copied beside it." if args.with_images else
          "Its images are listed with their sha256 in its manifest, not copied "
          "(--with-images copies them).")
    return EXIT_OK


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("backup", help="a backup file written by `gallery backup`")
    p.add_argument("--from-another-catalog", action="store_true",
                   help="restore a backup that was made of another catalog file")


def _replaceable(target: Path) -> bool:
    """A regular file that is empty or starts as SQLite does (damaged or not)."""
    from ..catalog.connection import SQLITE_MAGIC

    try:
        with os.fdopen(open_regular(target), "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return head in (b"", SQLITE_MAGIC)


@command("restore", "replace the catalog with a checked backup (the old one is kept)",
         _restore_args)
def run_restore(args: argparse.Namespace) -> int:
    from ..catalog.backup import backed_up_catalog, list_backups
    from ..catalog.backup_restore import restore
    from ..catalog.location import is_server

    if is_server(args.catalog):  # the app never replaces a live team database
        shared = backup_manifest.shared_images(Path(args.backup))
        images = shlex.quote(str(shared)) if shared else "SHARED_IMAGE_FOLDER"
        raise UsageError("a catalog on a server is restored into a new database: "
                         f"`gallery copy-catalog {shlex.quote(args.backup)} "
                         f"postgresql://…/NEW_DATABASE --images {images}`, "
                         "then the team switches to it")
    target = Path(args.catalog)
    backup = Path(args.backup)
    if not backup.is_file():
        raise UsageError(f"{backup}: no such backup file")
    # A damaged catalog may be replaced, even one whose very header is gone when the backup is
    # one of its own; a document named by mistake never is.
    own = backup.resolve() in {p.resolve() for p in list_backups(target)}
    if target.exists() and not own and not _replaceable(target):
        raise UsageError(f"{target}: is not a catalog file; restore replaces only a catalog")
    made_of = backed_up_catalog(backup)
    if target.exists() and not own and made_of not in (None, target.name) \
            and not args.from_another_catalog:
        # catalog-old.db's backup over catalog.db is a slip far more often than a wish
        raise UsageError(f"{backup.name} is a backup of {made_of}, not of {target.name}; to "
                         f"put it in its place anyway, add --from-another-catalog")
    done = restore(backup, target)
    print(f"Restored {args.catalog} from {backup}"
          + (f"; the replaced catalog is kept as {done.safety_copy}" if done.safety_copy
             else ""))
    report = done.images
    if report is None:
        print("This backup has no manifest: its images were not checked.")
        return EXIT_OK
    for path in report.put_back:
        print(f"put back from the backup: images/{path}")
    for path in report.missing:
        print(f"missing: images/{path}")
    for path in report.different:
        print(f"different from the backup: images/{path}")
    print(f"{report.checked} image(s) checked against the backup's manifest: "
          f"{len(report.missing)} missing, {len(report.different)} different.")
    return EXIT_PROBLEMS if report.missing or report.different else EXIT_OK

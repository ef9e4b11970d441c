"""`copy-catalog SRC DEST`: move a whole catalog between a file and a server, either way.

The copy is the lossless JSON export (export.py) of the source, written into a new catalog:
a new SQLite file (export.import_json) or an empty PostgreSQL database. Then both sides are
exported again and compared; a copy whose export differs from its source's is refused with
the first difference, and a server copy is rolled back (a file copy is removed).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from . import fts
from .errors import CatalogError
from .export import TABLE_ORDER, export_data, export_json_text, import_json
from .import_shape import check_shape
from .location import display_name, is_server, require_server_driver
from .names import image_file
from .records import row_problems
from .store import Catalog


def copy_catalog(source: str | Path, target: str | Path, images_dir: Path | None = None) -> int:
    """Copy `source` into the new catalog `target`; return the number of works copied.

    `images_dir` names the image folder a server target records (default: the source's);
    a named folder that does not exist is refused before anything is written."""
    if images_dir is not None:
        if not is_server(target):
            raise CatalogError("--images names a server catalog's image folder; a catalog "
                               "file's images are always in images/ beside it")
        if not images_dir.is_dir():
            raise CatalogError(f"{images_dir}: no such image folder; nothing was copied")
    with Catalog.open(source, read_only=True, writer=False) as opened:
        data = export_data(opened.connection)
        text = export_json_text(opened.connection)
        images = (images_dir or opened.images_dir).resolve()
    if is_server(target):
        into_server(data, str(target), images)
    else:
        import_json(data, Path(target))
    with Catalog.open(target, read_only=True, writer=False) as copied:
        again = export_json_text(copied.connection)
    if again != text:
        _remove(target)
        raise CatalogError(f"{display_name(target)}: the copy differs from "
                           f"{display_name(source)} ({_first_difference(text, again)}); "
                           "nothing was kept")
    return len(data["tables"]["works"]["rows"])


def image_folder_line(where: str | Path, source: str | Path) -> str:
    """One line saying where the catalog at `where` (a copy of `source`) looks for its images
    and how many of the images it names are there, and, when its folder is missing, which
    folder to copy there (copy-catalog prints it, so nobody is left to guess)."""
    with Catalog.open(source, read_only=True, writer=False) as original:
        source_images = original.images_dir
    with Catalog.open(where, read_only=True, writer=False) as opened:
        folder = opened.images_dir
        names = [row[0] for row in opened.connection.execute(
            "SELECT image_path FROM works WHERE deleted_at IS NULL AND image_path IS NOT NULL "
            "AND image_path != ''")]
    if not folder.is_dir():
        return (f"Images: {display_name(where)} looks for its {len(names)} images in {folder}, "
                f"which does not exist: copy the image folder there (the source's is "
                f"{source_images.resolve()}{'' if source_images.is_dir() else ', missing too'})"
                + (" or copy again with --images DIR" if is_server(where) else ""))
    found = sum(1 for name in names if (path := image_file(folder, name)) and path.is_file())
    missing = f"; {len(names) - found} missing" if found < len(names) else ""
    return (f"Images: {display_name(where)} looks for its images in {folder}: "
            f"{found} of {len(names)} there{missing}")


def into_server(data: dict[str, Any], url: str, images: Path) -> None:
    """Write an export into an empty database on a server: the schema and every row in one
    transaction, so a failure leaves the database as empty as it was (copy-catalog, and
    import-json into a server)."""
    require_server_driver(url)
    import psycopg

    from .pg.opening import connect, inspect, set_images_dir
    from .pg.refusals import first_line, may_not_create, user_of
    from .pg.schema import create_statements

    check_shape(data, TABLE_ORDER)
    con = connect(url)
    try:
        if inspect(con, url, create=True) != 0:
            raise CatalogError(f"{display_name(url)}: already holds a catalog; copy into an "
                               "empty database")
        con.raw.execute("BEGIN")
        try:
            for statement in create_statements():
                con.raw.execute(statement)
            _insert_rows(con, data)
            set_images_dir(con, images)  # the source's pictures stay where they are
            con.raw.execute("COMMIT")
        except (sqlite3.Error, KeyError, TypeError, ValueError, OverflowError) as error:
            con.rollback()  # a malformed row as on a file (export.import_json)
            raise CatalogError(f"{display_name(url)}: the catalog could not be copied "
                               f"({error}); nothing was written") from None
        except psycopg.errors.InsufficientPrivilege as error:
            con.rollback()  # PostgreSQL 15: `public` is the database owner's alone
            raise may_not_create(url, user_of(url, con), first_line(error)) from None
        except BaseException:
            con.rollback()
            raise
    finally:
        con.close()


def _insert_rows(con: Any, data: dict[str, Any]) -> None:
    for table in TABLE_ORDER:
        body = data["tables"].get(table)
        if not body or not body["rows"]:
            continue
        columns = body["columns"]
        for number, values in enumerate(body["rows"], 1):
            for column, problem in row_problems(
                    table, dict(zip(columns, values, strict=False))).items():
                raise CatalogError(f"table {table}, row {number}, {column}: {problem}; "
                                   "nothing copied")
        con.executemany(f"INSERT INTO {table}({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})", body["rows"])
    fts.reindex_all(con)


def _remove(target: str | Path) -> None:
    if is_server(target):
        require_server_driver(str(target))
        from .pg.opening import connect

        con = connect(str(target))
        try:
            con.raw.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        finally:
            con.close()
    else:
        Path(target).unlink(missing_ok=True)


def _first_difference(left: str, right: str) -> str:
    for number, (a, b) in enumerate(zip(left.splitlines(), right.splitlines(),
                                         strict=False), 1):
        if a != b:
            return f"line {number} of the JSON export: {a[:80]!r} became {b[:80]!r}"
    return "the JSON exports differ in length"

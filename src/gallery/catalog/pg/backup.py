"""`gallery backup` of a catalog on a server: a catalog *file*, in the user's data folder.

Why a file and not pg_dump: the copy is itself a catalog any machine opens without the
server or PostgreSQL's tools (of the server's major version), `gallery check` checks it, and
restoring it is `gallery copy-catalog BACKUP.db postgresql://…/NEW_DATABASE` — a new database
the administrator switches the team to; the app never drops a live team database.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...paths import data_dir
from .. import backup_manifest
from ..connection import connect_writable
from ..errors import CatalogError
from ..export import export_data, export_json_text, import_json
from ..location import display_name
from .opening import images_dir

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")  # what a folder name keeps of a host and database


def server_identity(con: Any) -> tuple[str, int, str]:
    """(host, port, database) of the server behind `con`, as libpq reached it (a socket's
    folder for a local socket)."""
    info = con.raw.info
    return str(info.host or "localhost"), int(info.port or 5432), str(info.dbname)


def backups_folder(host: str, port: int, database: str) -> Path:
    """The folder of one server catalog's backups and of no other: two servers with a
    database of the same name never share one (rotation removes only its own)."""
    exact = f"{host}\0{port}\0{database}"
    tag = hashlib.sha256(exact.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    readable = _SAFE.sub("_", f"{host.strip('/')}-{port}-{database}")[:80]
    return data_dir() / "backups" / f"server-{readable}-{tag}"


def folder_of(con: Any) -> Path:
    """The backups folder of the server catalog behind `con`."""
    return backups_folder(*server_identity(con))


def list_server_backups(con: Any) -> list[Path]:
    """This server catalog's backups, newest first."""
    return sorted(folder_of(con).glob("*.db"), reverse=True)


def backup_server(con: Any, reason: str, keep: int, url: str,
                  who: str | None = None) -> Path:
    """Write the server catalog behind `con` as a new catalog file, one file with no -wal or
    -shm beside it, and its manifest of images (listed, not copied: they stay in the shared
    folder); keep the newest `keep`."""
    host, port, database = server_identity(con)
    folder = backups_folder(host, port, database)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CatalogError(f"{folder}: cannot make the backup folder ({error.strerror})") \
            from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = _SAFE.sub("_", database)[:60]
    target = folder / f"{safe}-{stamp}-{reason}.db"
    data = export_data(con)
    text = export_json_text(con)
    import_json(data, target)
    copy = connect_writable(target)
    try:
        same = export_json_text(copy) == text
        copy.execute("PRAGMA journal_mode = DELETE")  # one file: the WAL folded in and gone
    finally:
        copy.close()
    if not same:
        target.unlink(missing_ok=True)
        raise CatalogError(f"{target}: the backup differs from the server's catalog; nothing "
                           "was kept")
    backup_manifest.write(target, target, reason, who, with_images=False,
                          server={"name": database, "path": display_name(url),
                                  "images_dir": str(images_dir(con))})  # the shared folder
    for old in sorted(folder.glob(f"{safe}-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
        backup_manifest.manifest_path(old).unlink(missing_ok=True)
    return target

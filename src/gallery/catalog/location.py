"""Where a catalog lives: a SQLite file (the embedded default) or a PostgreSQL server.

`--catalog` takes either a path or a PostgreSQL connection URL (`postgresql://user@host/db`,
`postgresql:///db?host=/run/postgresql`, or `postgresql://` alone, where libpq's `PG*`
environment variables and `?service=NAME` fill in the rest). A URL must never pass through
`pathlib.Path`, which folds its `//`: `location()` keeps it a string.
"""

from __future__ import annotations

from pathlib import Path

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server(where: str | Path) -> bool:
    """True when `where` names a PostgreSQL server rather than a catalog file."""
    return isinstance(where, str) and where.startswith(SERVER_SCHEMES)


def location(text: str | Path) -> str | Path:
    """A `--catalog` value as the store takes it: a URL stays a string, a file is a Path."""
    if isinstance(text, Path):
        return text
    return text if is_server(text) else Path(text)


def short_name(where: str | Path) -> str:
    """A window title's name for a catalog: the file's name, or the server's database."""
    if not is_server(where):
        return Path(where).name
    path = str(where).partition("://")[2].partition("/")[2].partition("?")[0]
    return path or "postgresql"


TITLE_FOLDER_CHARS = 48  # a folder longer than this keeps its last parts: "…/copies/b"


def title_name(where: str | Path, shipped: Path, home: Path | None = None) -> str:
    """A window title's name for a catalog that tells two copies apart: the file's name, and
    its folder (home as "~", a long one cut from the left) unless it is the shipped catalog."""
    name = short_name(where)
    if is_server(where):
        return name
    path = Path(where).resolve()
    if path == shipped.resolve():
        return name
    folder = str(path.parent)
    home_text = str((home or Path.home()).resolve())
    if home_text != "/" and (folder == home_text or folder.startswith(home_text + "/")):
        folder = "~" + folder[len(home_text):]
    if len(folder) > TITLE_FOLDER_CHARS:
        parts = folder.split("/")
        kept = parts[-1]
        for part in reversed(parts[:-1]):
            if len(part) + len(kept) + 3 > TITLE_FOLDER_CHARS:
                break
            kept = f"{part}/{kept}"
        folder = "…/" + kept[-TITLE_FOLDER_CHARS:]
    return f"{name} — {folder}"


def display_name(where: str | Path) -> str:
    """How messages name a catalog: the file's path, or the URL without its password."""
    if not is_server(where):
        return str(where)
    text = str(where)
    scheme, _, rest = text.partition("://")
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        credentials, _, host = authority.rpartition("@")
        user = credentials.split(":", 1)[0]
        authority = f"{user}@{host}"
    return f"{scheme}://{authority}{slash}{tail}"


def require_server_driver(where: str) -> None:
    """Refuse, in one line, a server catalog when psycopg (the `postgres` extra) is missing:
    a plain `pip install -e .` leaves it out, and a bare ModuleNotFoundError helps nobody."""
    from importlib.util import find_spec

    from .errors import CatalogError

    if find_spec("psycopg") is None:
        raise CatalogError(f"{display_name(where)}: the PostgreSQL driver is not installed; "
                           "install the gallery with it: pip install -e '.[postgres]'")

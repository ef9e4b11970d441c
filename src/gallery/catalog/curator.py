"""The curator's name: who history, drafts and conflict notices say made a change (Qt-free).

A change is signed with a person's name, never the OS login (`$USER` says "root" and anyone can
set it). The name is asked once and kept in `curator.json` in the user's config folder; a
headless command takes it from `--curator NAME` or `$GALLERY_CURATOR` instead.

    name = current_name(explicit=args.curator)  # --curator > $GALLERY_CURATOR > saved > None
    save_name("Anna Petrova")                   # the editor's "What is your name?" answer
    who = signature(explicit)                   # what the store writes: a name or UNNAMED

On the team server (issue 16) the database role's curator is the name: a backend passes it as
`backend_name`, and it wins over everything kept on this machine.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..atomic import write_text_atomically
from .errors import CatalogError

CURATOR_ENV = "GALLERY_CURATOR"
FILE_NAME = "curator.json"
MAX_LENGTH = 80
# What a change is signed with when nobody has said their name (never the OS login).
UNNAMED = "unnamed curator"


class BadCuratorName(CatalogError):
    """A name that cannot sign changes: empty, too long, or with control characters."""


def settings_file(folder: Path | None = None) -> Path:
    """Where the name is kept: `curator.json` in the user config folder (or `folder`)."""
    if folder is None:
        from ..paths import config_dir

        folder = config_dir()
    return folder / FILE_NAME


def clean_name(name: str) -> str:
    """The name as it will be stored: spaces collapsed; raise BadCuratorName if unusable."""
    text = " ".join(str(name).split())
    if not text:
        raise BadCuratorName("the curator's name is empty")
    if len(text) > MAX_LENGTH:
        raise BadCuratorName(f"the curator's name is longer than {MAX_LENGTH} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise BadCuratorName("the curator's name holds control characters")
    return text


def saved_name(folder: Path | None = None) -> str | None:
    """The name kept on this machine, None when none was saved (or the file is unreadable)."""
    try:
        data = json.loads(settings_file(folder).read_text(encoding="utf-8"))
        return clean_name(data["name"])
    except (OSError, ValueError, KeyError, TypeError, BadCuratorName):
        return None


def save_name(name: str, folder: Path | None = None) -> str:
    """Keep `name` (cleaned) as this machine's curator; return what was kept."""
    text = clean_name(name)
    path = settings_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomically(path, json.dumps({"name": text}, ensure_ascii=False) + "\n")
    return text


def current_name(explicit: str | None = None, *, backend_name: str | None = None,
                 folder: Path | None = None) -> str | None:
    """The curator's name: the team server's role, else `explicit` (--curator), else
    $GALLERY_CURATOR, else the saved name; None when there is none (the editor then asks).
    A bad explicit or environment name raises BadCuratorName (a headless command's exit 2)."""
    if backend_name:
        return clean_name(backend_name)
    if explicit is None:
        explicit = _given
    if explicit is not None:
        return clean_name(explicit)
    if os.environ.get(CURATOR_ENV) is not None:
        return clean_name(os.environ[CURATOR_ENV])
    return saved_name(folder)


def signature(explicit: str | None = None, *, backend_name: str | None = None) -> str:
    """What a change is signed with: the curator's name, or UNNAMED when none is known (or the
    environment's is unusable: the store never fails to sign a change)."""
    try:
        return current_name(explicit, backend_name=backend_name) or UNNAMED
    except BadCuratorName:
        return UNNAMED


_given: str | None = None  # --curator of the running command (see `given`)


@contextmanager
def given(name: str | None) -> Iterator[None]:
    """While a headless command runs, `--curator NAME` (checked) signs its changes."""
    global _given
    previous = _given
    _given = clean_name(name) if name is not None else None
    try:
        yield
    finally:
        _given = previous

"""`gallery edit [--catalog PATH] [--lang en|ru] [RECORD_ID]`: open the curators' catalog
editor, at a record of any kind."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..exits import EXIT_OK, UsageError
from .registry import command


def _edit_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("work_id", nargs="?", metavar="record_id",
                   help="the record to open: a work, person, mission, exhibition, source or "
                        "organisation (default: the first draft to recover, else none)")
    p.add_argument("--lang", choices=("en", "ru"), help="interface language (default: last used)")


def editor_language(lang: str | None) -> str:
    """`lang`, else the interface language the gallery last used (as `gallery app` does)."""
    from ..ui.i18n import LANGUAGES
    from ..ui.settings import Settings

    chosen = lang or Settings().get("ui/language")
    return chosen if chosen in LANGUAGES else "en"


@command("edit", "open the catalog editor (curators): edit, undo, history, backups", _edit_args)
def run_edit(args: argparse.Namespace) -> int:
    from ..catalog.errors import CatalogError
    from ..catalog.location import location
    from ..catalog.store import Catalog

    path = location(args.catalog)  # a file, or a server's URL
    # Check the catalog and the work before any window appears: a wrong path or id is one
    # line on stderr (exit 2); a catalog that cannot be opened is said in a box too, for a
    # curator who started the editor from a menu and sees no terminal.
    table: str | None = "works"
    try:
        with Catalog.open(path, read_only=True) as catalog:
            if args.work_id and args.work_id not in catalog.work_ids(include_deleted=True):
                with catalog.reading() as con:
                    table = _table_holding(con, args.work_id)
                if table is None:
                    shown = args.work_id if len(args.work_id) <= 80 \
                        else args.work_id[:79] + "…"
                    raise UsageError(f"there is no record {shown!r} in {path}")
    except CatalogError as error:
        _say_in_a_box(error, getattr(args, "lang", None))
        raise

    from ..ui.edit import open_editor

    app = _application()
    from ..ui.i18n import install_language

    install_language(app, editor_language(getattr(args, "lang", None)))
    window = open_editor(path, None, args.work_id, table or "works")
    window.raise_()
    app.exec()
    return EXIT_OK


# The editor's kinds besides works, in the order its list offers them.
_OTHER_TABLES = ("people", "missions", "exhibitions", "sources", "agents")


def _table_holding(con: Any, record_id: str) -> str | None:
    """The first of the editor's record tables with a record `record_id`, else None."""
    for table in _OTHER_TABLES:
        if con.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
            return table
    return None


def _say_in_a_box(error: Exception, lang: str | None) -> None:
    import os

    from ..display import display_problem

    if display_problem() or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # no screen to show it on (or nobody to press OK): the line is enough
    from ..ui.launch import say_cannot_open
    from ..ui.settings import Settings

    say_cannot_open(_application(), Settings(), lang, error)


def _application() -> Any:
    """The QApplication (Qt is imported only here, so `gallery --help` stays fast)."""
    from ..display import require_display

    require_display()
    try:  # the visitors' app module sets names, icon and the gallery's theme
        from ..ui.app import create_application

        return create_application(sys.argv[:1])
    except ImportError:
        from PySide6.QtWidgets import QApplication

        from ..paths import APP_NAME

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setOrganizationName(APP_NAME)
        app.setApplicationName(APP_NAME)
        return app

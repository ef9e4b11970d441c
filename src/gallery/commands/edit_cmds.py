"""`gallery edit [--catalog PATH] [--lang en|ru] [WORK_ID]`: open the curators' catalog
editor."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..exits import EXIT_OK, UsageError
from .registry import command


def _edit_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("work_id", nargs="?", help="the work to open (default: the first draft to "
                                             "recover, else none)")
    p.add_argument("--lang", choices=("en", "ru"), help="interface language (default: last used)")


def editor_language(lang: str | None) -> str:
    """`lang`, else the interface language the gallery last used (as `gallery app` does)."""
    from ..ui.i18n import LANGUAGES
    from ..ui.settings import Settings

    chosen = lang or Settings().get("ui/language")
    return chosen if chosen in LANGUAGES else "en"


@command("edit", "open the catalog editor (curators): edit, undo, history, backups", _edit_args)
def run_edit(args: argparse.Namespace) -> int:
    from ..catalog.location import location
    from ..catalog.store import Catalog

    path = location(args.catalog)  # a file, or a server's URL
    # Check the catalog and the work before any window appears: a wrong path or id is one
    # line on stderr (exit 2), not a dialog.
    with Catalog.open(path, read_only=True) as catalog:
        if args.work_id and args.work_id not in catalog.work_ids(include_deleted=True):
            raise UsageError(f"there is no work {args.work_id!r} in {path}")

    from ..ui.edit import open_editor

    app = _application()
    from ..ui.i18n import install_language

    install_language(app, editor_language(getattr(args, "lang", None)))
    window = open_editor(path, None, args.work_id)
    window.raise_()
    app.exec()
    return EXIT_OK


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

"""In a read-only catalog nothing in the editor looks as if it could change the record: every
list's +/−/▲/▼ and every «Confirm» of a possibly stale translation are disabled, on every
form and tab, on a read-only file and for a server role that may only read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QToolButton
from test_edit_support import make_editor

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def _buttons(window: Any) -> list[QToolButton]:
    """The list editors' buttons and the parity Confirm buttons, of every form built."""
    found = []
    for session in window.sessions.values():
        form = session.form  # built now, as opening its kind would
        for editor in form.list_editors:
            found += list(editor.buttons.values())
        found += [row.stale.button for row in form.rows.values() if row.stale is not None]
    return found


def _check(window: Any) -> None:
    for kind in list(window.sessions):
        window._show_kind(kind)
    buttons = _buttons(window)
    assert len(buttons) > 20
    enabled = [b.objectName() or b.text() for b in buttons if b.isEnabled()]
    assert enabled == []
    # … and they look it: a disabled button is drawn unlike the same button enabled (the
    # editor's style sheet once dimmed push buttons only)
    for button in (window.work_form.provenance.buttons["add"], buttons[-1]):
        disabled = button.grab().toImage()
        button.setEnabled(True)
        try:
            assert button.grab().toImage() != disabled, button.objectName()
        finally:
            button.setEnabled(False)


def test_a_read_only_file_disables_list_and_confirm_buttons(
        qtbot: Any, catalog_path: Path, prompts: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from gallery.catalog import connection

    real_access = connection.os.access
    monkeypatch.setattr(connection.os, "access", lambda path, mode: False if mode
                        == connection.os.W_OK else real_access(path, mode))  # a ro medium
    window = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert "read-only" in window.read_only_banner.label.text()
    _check(window)


def test_a_read_only_role_disables_list_and_confirm_buttons(
        qtbot: Any, pg_sample_catalog: str, pg_cluster: Any, prompts: Any,
        tmp_path: Path) -> None:
    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE visitor LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO visitor", dbname)
    window = make_editor(qtbot, pg_cluster.url(dbname, user="visitor"), prompts,
                         "orbital-sunrise", drafts_root=tmp_path / "drafts")
    assert window.read_only_banner.isVisible()
    _check(window)

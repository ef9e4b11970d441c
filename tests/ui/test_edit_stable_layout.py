"""Flagging the other language's text as possibly stale never moves the fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_typing_a_title_keeps_every_field_where_it_was(qtbot: Any, catalog_path: Path,
                                                        tmp_path: Path) -> None:
    editor = make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    names = ("title", "title_ru", "work_type")
    form = editor.work_form
    qtbot.wait(20)
    before = {n: field(editor, n).mapTo(form, field(editor, n).rect().topLeft()) for n in names}
    replace_text(qtbot, field(editor, "title"), "Sunrise in orbit")
    qtbot.wait(20)  # let the layout settle
    after = {n: field(editor, n).mapTo(form, field(editor, n).rect().topLeft()) for n in names}
    assert after == before
    stale = form.rows["title_ru"].stale
    assert stale.isVisible() and "was edited after this" in stale.toolTip()

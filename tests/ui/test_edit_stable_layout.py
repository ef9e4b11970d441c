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

    def settled() -> dict[str, Any]:
        """Where the fields are once the layout stops moving (a loaded machine polishes the
        style sheet late: a single short wait measured the form half laid out)."""
        seen = None
        for _ in range(40):
            qtbot.wait(25)
            now = {n: field(editor, n).mapTo(form, field(editor, n).rect().topLeft())
                   for n in names}
            if now == seen:
                return now
            seen = now
        return seen or {}

    before = settled()
    replace_text(qtbot, field(editor, "title"), "Sunrise in orbit")
    after = settled()
    assert after == before
    stale = form.rows["title_ru"].stale
    assert stale.isVisible() and "was edited after this" in stale.toolTip()

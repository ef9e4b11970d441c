"""A catalog file swapped under an open editor: its save is refused, the edit kept as a draft,
and the window says so — never "Saved" into a file nobody reads any more."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_a_save_into_a_swapped_catalog_keeps_the_edit_as_a_draft(
        qtbot: Any, catalog_path: Path, tmp_path: Path) -> None:
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed before the swap")
    # Another tool (one that ignores the writers' lock) swaps the file in meanwhile.
    copy = tmp_path / "copy.db"
    shutil.copyfile(catalog_path, copy)
    os.replace(copy, catalog_path)
    editor.actions_by_name["save"].trigger()
    message = editor.message_banner.label.text()
    assert "Not saved" in message and "replaced" in message and "draft" in message
    assert editor.isWindowModified()
    draft = editor.drafts.read("works", "orbital-sunrise")
    assert draft is not None and draft.record["title"] == "Typed before the swap"
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Orbital sunrise"

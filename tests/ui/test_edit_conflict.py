"""Someone else saved first: the dialog shows both sides, and each choice ends as chosen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from test_edit_support import FakePrompts, field, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def someone_else_saves(catalog_path: Path) -> None:
    """Another curator (another Catalog on the same file) saves first."""
    with Catalog.open(catalog_path, who="other-curator") as other:
        work = other.get("orbital-sunrise")
        work.update(title="Their title", medium="pastel")
        other.save(work, work["version"])


def edit_mine(qtbot: Any, editor: Any) -> None:
    replace_text(qtbot, field(editor, "title"), "My title")
    replace_text(qtbot, field(editor, "support_note"), "card")


def stored(catalog_path: Path) -> dict[str, Any]:
    with Catalog.open(catalog_path) as catalog:
        return catalog.get("orbital-sunrise")


def test_the_dialog_lists_only_differing_fields_with_sensible_presets(
        qtbot: Any, editor: Any, prompts: FakePrompts, catalog_path: Path) -> None:
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> bool:
        seen.update(fields=list(dialog.fields),
                    presets={f: dialog.choice(f) for f in dialog.fields})
        return False  # cancel: nothing is saved, my edit stays

    prompts.dialogs["conflictDialog"] = look
    edit_mine(qtbot, editor)
    someone_else_saves(catalog_path)
    editor.actions_by_name["save"].trigger()
    # Their free-text medium (an older client) became the medium note; the generated
    # medium and support lines are not listed: no curator edits them.
    assert sorted(seen["fields"]) == ["medium_note", "support_note", "title"]
    assert seen["presets"] == {"title": "mine", "support_note": "mine",
                               "medium_note": "theirs"}
    assert stored(catalog_path)["title"] == "Their title"
    assert field(editor, "title").text() == "My title"
    assert editor.isWindowModified()
    assert editor.drafts.read("works", "orbital-sunrise") is not None


def test_keep_theirs(qtbot: Any, editor: Any, prompts: FakePrompts,
                     catalog_path: Path) -> None:
    prompts.dialogs["conflictDialog"] = lambda d: d.keep_theirs() or True
    edit_mine(qtbot, editor)
    someone_else_saves(catalog_path)
    editor.actions_by_name["save"].trigger()
    record = stored(catalog_path)
    assert (record["title"], record["medium"], record["support"]) == (
        "Their title", "pastel", "paper")
    assert record["version"] == 2  # nothing new written: theirs already is the catalog
    assert field(editor, "title").text() == "Their title"
    assert not editor.isWindowModified()


def test_keep_mine(qtbot: Any, editor: Any, prompts: FakePrompts,
                   catalog_path: Path) -> None:
    prompts.dialogs["conflictDialog"] = lambda d: d.keep_mine() or True
    edit_mine(qtbot, editor)
    someone_else_saves(catalog_path)
    editor.actions_by_name["save"].trigger()
    record = stored(catalog_path)
    assert (record["title"], record["medium"], record["support"]) == (
        "My title", "coloured pencils", "card")
    assert record["version"] == 3
    assert not editor.isWindowModified()


def test_merge_per_field(qtbot: Any, editor: Any, prompts: FakePrompts,
                         catalog_path: Path) -> None:
    def merge(dialog: Any) -> bool:
        dialog.choose("title", "theirs")   # their title
        dialog.choose("support_note", "mine")   # my support
        dialog.choose("medium_note", "theirs")  # their medium
        dialog.accept_merge()
        return True

    prompts.dialogs["conflictDialog"] = merge
    edit_mine(qtbot, editor)
    someone_else_saves(catalog_path)
    editor.actions_by_name["save"].trigger()
    record = stored(catalog_path)
    assert (record["title"], record["medium"], record["support"]) == (
        "Their title", "pastel", "card")
    with Catalog.open(catalog_path) as catalog:
        history = catalog.history("orbital-sunrise")
    assert [e["who"] for e in history] == ["tester", "other-curator", "curator"]
    assert [c["field"] for c in history[-1]["changes"]] == ["support", "support_note",
                                                            "support_ru"]
    assert field(editor, "title").text() == "Their title"
    assert not editor.isWindowModified()


def test_undoing_keep_theirs_brings_back_my_edits_over_theirs(
        qtbot: Any, editor: Any, prompts: FakePrompts, catalog_path: Path) -> None:
    """Undo after resolving must not turn the form back into the old version: saving then
    would silently erase what the other curator saved (their medium, here)."""
    prompts.dialogs["conflictDialog"] = lambda d: d.keep_theirs() or True
    edit_mine(qtbot, editor)
    someone_else_saves(catalog_path)
    editor.actions_by_name["save"].trigger()
    assert stored(catalog_path)["version"] == 2
    editor.actions_by_name["undo"].trigger()  # I want my edits back after all
    assert field(editor, "title").text() == "My title"
    editor.actions_by_name["save"].trigger()
    record = stored(catalog_path)
    assert (record["title"], record["support"], record["medium"]) == (
        "My title", "card", "pastel")  # mine where I edited, theirs everywhere else


@pytest.mark.parametrize(("title_ru", "named"), [
    ("Восход (их)", "«Восход (их)»"),
    ("", "«Their title»"),  # no Russian title: the English one
])
def test_the_russian_dialog_names_the_record_by_its_russian_title(
        qtbot: Any, qapp: Any, editor: Any, prompts: FakePrompts, catalog_path: Path,
        title_ru: str, named: str) -> None:
    from gallery.ui.i18n import install_language

    seen: list[str] = []

    def look(dialog: Any) -> bool:
        seen.append(dialog.findChild(QLabel, "conflictIntro").text())
        return False

    install_language(qapp, "ru")
    prompts.dialogs["conflictDialog"] = look
    edit_mine(qtbot, editor)
    with Catalog.open(catalog_path, who="other-curator") as other:
        work = other.get("orbital-sunrise")
        work.update(title="Their title", title_ru=title_ru)
        other.save(work, work["version"])
    editor.actions_by_name["save"].trigger()
    assert named in seen[0] and "Ничего не перезаписано" in seen[0]

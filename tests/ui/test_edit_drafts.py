"""Crash safety in the window: a draft follows each change, and a new window offers it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, crash, field, make_editor, replace_text

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    return tmp_path / "drafts"


def test_a_draft_is_written_shortly_after_a_change(qtbot: Any, catalog_path: Path,
                                                   prompts: FakePrompts, drafts: Path) -> None:
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts)
    session = editor.sessions["works"]
    session._draft_timer.setInterval(20)
    replace_text(qtbot, field(editor, "title"), "Draft title")
    qtbot.waitUntil(lambda: editor.drafts.read("works", "orbital-sunrise") is not None)
    draft = editor.drafts.read("works", "orbital-sunrise")
    assert draft.record["title"] == "Draft title" and draft.base_version == 1
    session.stack.undo()  # back to the saved state: the draft goes
    qtbot.waitUntil(lambda: editor.drafts.read("works", "orbital-sunrise") is None)
    replace_text(qtbot, field(editor, "title"), "Saved title")
    session.write_draft_now()
    editor.actions_by_name["save"].trigger()
    assert editor.drafts.all() == []


def test_after_a_crash_the_next_window_offers_the_draft(qtbot: Any, catalog_path: Path,
                                                        prompts: FakePrompts,
                                                        drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts)
    replace_text(qtbot, field(first, "title"), "Typed before the crash")
    first.work_form.provenance.add_event()
    first.sessions["works"].write_draft_now()
    crash(first)  # the window is never closed, nothing is saved
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Orbital sunrise"
    second = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.asked == [("recover", "Typed before the crash")]
    assert field(second, "title").text() == "Typed before the crash"
    assert len(second.sessions["works"].model.record["provenance"]) == 4
    assert second.isWindowModified()
    second.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        assert catalog.get("orbital-sunrise")["title"] == "Typed before the crash"
    assert second.drafts.all() == []
    first.sessions["works"].stack.setClean()  # let the abandoned window close quietly


def test_discarding_a_recovered_draft_deletes_it(qtbot: Any, catalog_path: Path,
                                                 prompts: FakePrompts, drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, "near-the-moon", drafts_root=drafts)
    replace_text(qtbot, field(first, "medium_note"), "oil")
    first.sessions["works"].write_draft_now()
    crash(first)
    prompts.recover = "discard"
    second = make_editor(qtbot, catalog_path, prompts, "near-the-moon", drafts_root=drafts)
    assert prompts.kinds() == ["recover"]
    assert field(second, "medium_note").text() == ""
    assert second.drafts.all() == []
    first.sessions["works"].stack.setClean()


def test_a_new_unsaved_work_is_recovered_too(qtbot: Any, catalog_path: Path,
                                             prompts: FakePrompts, drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    first.actions_by_name["new"].trigger()
    replace_text(qtbot, field(first, "title"), "A work never saved")
    first.sessions["works"].write_draft_now()
    crash(first)
    second = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.kinds() == ["recover"]
    assert field(second, "title").text() == "A work never saved"
    assert second.sessions["works"].model.is_new and second.isWindowModified()
    first.sessions["works"].stack.setClean()
    first.sessions["works"].close_record()


def test_a_recovered_draft_of_a_record_changed_since_goes_through_the_conflict(
        qtbot: Any, catalog_path: Path, prompts: FakePrompts, drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts)
    replace_text(qtbot, field(first, "support_note"), "cardboard")
    first.sessions["works"].write_draft_now()
    crash(first)
    with Catalog.open(catalog_path, who="other") as other:
        work = other.get("orbital-sunrise")
        other.save({**work, "title": "Changed meanwhile"}, work["version"])
    prompts.dialogs["conflictDialog"] = lambda d: d.accept_merge() or True
    second = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    second.actions_by_name["save"].trigger()
    with Catalog.open(catalog_path) as catalog:
        record = catalog.get("orbital-sunrise")
    assert (record["title"], record["support"]) == ("Changed meanwhile", "cardboard")
    first.sessions["works"].stack.setClean()


def test_a_recovered_draft_never_shows_older_values_and_marks_both_changed(
        qtbot: Any, catalog_path: Path, prompts: FakePrompts, drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts,
                        who="Anna Petrova")
    replace_text(qtbot, field(first, "title"), "The draft's title")
    first.sessions["works"].write_draft_now()
    crash(first)
    with Catalog.open(catalog_path, who="Boris Ivanov") as other:
        work = other.get("orbital-sunrise")
        other.save({**work, "title": "Their title", "description": "Their description."},
                   work["version"])
    second = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.asked[-1] == ("recover", "The draft's title")
    # The draft's edit is back; what was saved since in fields it did not touch stays.
    assert field(second, "title").text() == "The draft's title"
    assert field(second, "description").toPlainText() == "Their description."
    banner = second.message_banner.text()
    assert "saved by someone else since the draft was begun" in banner
    assert banner.endswith("not the newer saved one: Title. Saving asks which to keep.")
    first.sessions["works"].stack.setClean()


def test_the_recover_question_says_when_and_who(qtbot: Any, catalog_path: Path,
                                                 drafts: Path) -> None:
    class Asked(FakePrompts):
        def ask_recover(self, parent: Any, what: str, when: str) -> str:
            self.when = when
            return "discard"

    first = make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                        drafts_root=drafts, who="Anna Petrova")
    replace_text(qtbot, field(first, "title"), "Typed")
    first.sessions["works"].write_draft_now()
    crash(first)
    prompts = Asked()
    make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.when.endswith(", by Anna Petrova")
    assert "T" not in prompts.when.split(",")[0]  # the reader's date, not an ISO time
    first.sessions["works"].stack.setClean()


def test_undoing_a_recovered_title_clears_the_possibly_stale_mark(
        qtbot: Any, catalog_path: Path, prompts: FakePrompts, drafts: Path) -> None:
    first = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts)
    replace_text(qtbot, field(first, "title"), "The draft's title")
    first.sessions["works"].write_draft_now()
    crash(first)
    with Catalog.open(catalog_path, who="importer") as other:  # an import meanwhile
        work = other.get("orbital-sunrise")
        other.save({**work, "title": "Imported title", "title_ru": "Импортированное название"},
                   work["version"])
    second = make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    stale = second.work_form.rows["title_ru"].stale.text
    assert field(second, "title").text() == "The draft's title"
    assert stale.text() == "Possibly stale"  # the English was edited after the Russian
    second.sessions["works"].stack.undo()  # Ctrl+Z: the English title is the stored one again
    assert field(second, "title").text() == "Imported title"
    assert stale.text() == ""
    second.sessions["works"].stack.redo()
    assert stale.text() == "Possibly stale"
    first.sessions["works"].stack.setClean()
    second.sessions["works"].stack.setClean()


@pytest.mark.parametrize(("title_ru", "named"), [
    ("Восход над Землёй", "Восход над Землёй"),  # given since the draft was begun
    ("", "Typed before the crash"),  # none at all: the draft's English title
])
def test_a_russian_reader_is_offered_the_draft_by_its_russian_title(
        qtbot: Any, qapp: Any, catalog_path: Path, prompts: FakePrompts, drafts: Path,
        title_ru: str, named: str) -> None:
    from gallery.ui.i18n import install_language

    with Catalog.open(catalog_path) as catalog:  # the draft begins with no Russian title
        work = catalog.get("orbital-sunrise")
        catalog.save({**work, "title_ru": ""}, work["version"])
    first = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise", drafts_root=drafts)
    replace_text(qtbot, field(first, "title"), "Typed before the crash")
    first.sessions["works"].write_draft_now()
    crash(first)
    with Catalog.open(catalog_path) as catalog:  # then someone gives it one (or not)
        work = catalog.get("orbital-sunrise")
        catalog.save({**work, "title_ru": title_ru}, work["version"])
    install_language(qapp, "ru")
    make_editor(qtbot, catalog_path, prompts, None, drafts_root=drafts)
    assert prompts.asked == [("recover", named)]
    first.sessions["works"].stack.setClean()

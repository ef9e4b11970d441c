"""Two editor windows of one curator: each keeps its own draft; a live window's draft is never
offered for recovery nor deleted by another; a record open elsewhere says so. Tested with two
windows in one process and with a second real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

HOLDER = """
import sys
from pathlib import Path
from gallery.catalog.drafts import Draft, DraftStore
store = DraftStore(Path(sys.argv[1]), root=Path(sys.argv[2]))
store.write(Draft("works", "orbital-sunrise", {"id": "orbital-sunrise",
                                               "title": "Typed in the other process"}, 1))
store.mark_open("works", "orbital-sunrise")
print("ready", flush=True)
sys.stdin.read()  # hold the record until the test lets go
"""


def test_two_windows_in_one_process_keep_their_own_drafts(qtbot: Any, catalog_path: Path,
                                                          tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    first_prompts, second_prompts = FakePrompts(), FakePrompts()
    first = make_editor(qtbot, catalog_path, first_prompts, "orbital-sunrise",
                        drafts_root=drafts, who="Anna Petrova")
    replace_text(qtbot, field(first, "title"), "The first window's title")
    first.sessions["works"].write_draft_now()
    second = make_editor(qtbot, catalog_path, second_prompts, "orbital-sunrise",
                         drafts_root=drafts)
    assert second_prompts.kinds() == []  # the first window's live draft is not "left behind"
    assert "being edited in another window" in second.message_banner.text()
    assert "(by Anna Petrova)" in second.message_banner.text()  # the curator, by name
    assert field(second, "title").text() == "Orbital sunrise"
    replace_text(qtbot, field(second, "title"), "The second window's title")
    second.sessions["works"].write_draft_now()
    second.sessions["works"].discard()  # discarding my edit …
    mine = first.drafts.read("works", "orbital-sunrise")
    assert mine is not None and mine.record["title"] == "The first window's title"  # … not yours
    third_prompts = FakePrompts()
    make_editor(qtbot, catalog_path, third_prompts, None, drafts_root=drafts)
    assert third_prompts.kinds() == []
    first.close()
    second.close()  # no window has the record open any more
    assert "being edited in another window" not in (
        make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                    drafts_root=drafts).message_banner.text())


def test_a_second_process_holds_its_draft_until_it_is_gone(qtbot: Any, catalog_path: Path,
                                                           tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(catalog_path), str(drafts)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        prompts = FakePrompts()
        editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                             drafts_root=drafts)
        assert prompts.kinds() == []
        assert f"(by process {holder.pid})" in editor.message_banner.text()  # no name given
    finally:
        holder.communicate("", timeout=30)  # the other editor exits without cleaning up
    editor.open_record("works", "near-the-moon")
    editor.open_record("works", "orbital-sunrise")
    assert prompts.kinds() == ["recover"]  # its owner is gone: now it may be recovered
    assert field(editor, "title").text() == "Typed in the other process"
    assert editor.drafts.recoverable("works", "orbital-sunrise") is None

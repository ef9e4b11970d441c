"""'Being edited by NAME on HOST' over a record another curator has open on the server; a
catalog file never shows it (and never asks)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import make_editor

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def test_another_curator_on_the_record_is_named_and_goes_away_with_them(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    banner = editor.presence
    assert banner.isHidden()
    other = Catalog.open(pg_sample_catalog, who="boris")
    try:
        other.mark_editing("works", "orbital-sunrise")
        banner.refresh()
        assert banner.isVisible()
        assert banner.text().startswith(f"Being edited by boris on {socket.gethostname()}.")
        install_language(qapp, "ru")  # the next ask speaks the window's new language
        banner.refresh()
        assert banner.text().startswith(
            f"Эту запись сейчас редактирует boris на {socket.gethostname()}.")
        install_language(qapp, "en")
        # and boris sees this window's curator on the same record
        assert other.editing_elsewhere("works", "orbital-sunrise") == [
            {"who": "curator", "host": socket.gethostname()}]
        other.mark_editing("works", "near-the-moon")  # boris moved to another record
        banner.refresh()
        assert banner.isHidden()
        other.mark_editing("works", "orbital-sunrise")
        editor.close()  # closing the window takes its row away at once (not after 30 s)
        qtbot.waitUntil(lambda: editor.context.service.closed)
        assert other.editing_elsewhere("works", "orbital-sunrise") == []
    finally:
        other.close()


def test_a_catalog_file_shows_no_presence_and_asks_nothing(editor: Any) -> None:
    assert not editor.presence._timer.isActive()
    editor.presence.refresh()
    assert editor.presence.isHidden()


def test_a_reader_is_told_who_edits_in_a_fixed_order_and_no_advice_about_saving(
        qtbot: Any, pg_cluster: Any, pg_sample_catalog: str, prompts: Any,
        tmp_path: Path) -> None:
    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE visitor LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO visitor", dbname)
    editor = make_editor(qtbot, pg_cluster.url(dbname, user="visitor"), prompts,
                         "orbital-sunrise", drafts_root=tmp_path / "drafts")
    host = socket.gethostname()
    curators = [Catalog.open(pg_sample_catalog, who=name) for name in ("vera", "anna")]
    try:
        for curator in curators:
            curator.mark_editing("works", "orbital-sunrise")
        for _ in range(3):  # the server's row order may change; the notice's does not
            editor.presence.refresh()
            assert editor.presence.text() == f"Being edited by anna on {host}, vera on {host}."
    finally:
        for curator in curators:
            curator.close()


def test_the_notice_goes_when_the_other_window_leaves_for_a_new_record_and_never_moves_the_form(
        qtbot: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QPoint

    here = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                       drafts_root=tmp_path / "here")
    there = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                        who="boris", drafts_root=tmp_path / "there")

    def form_top() -> int:
        here.centralWidget().layout().activate()
        return here.forms.mapTo(here, QPoint(0, 0)).y()

    before = form_top()
    here.presence.refresh()
    assert here.presence.text().startswith("Being edited by boris")
    assert form_top() == before  # the notice's line was kept for it: no field moves
    there.request_kind("people")
    there.new_record()  # boris leaves Orbital Sunrise for a new person
    assert there.showing() is None
    here.presence.refresh()
    assert here.presence.isHidden()
    assert form_top() == before
    there.request_kind("works")  # back on a stored record: the notice returns
    there.open_record("works", "orbital-sunrise")
    here.presence.refresh()
    assert here.presence.text().startswith("Being edited by boris")
    there.request_kind("trash")  # the trash is no record being edited
    here.presence.refresh()
    assert here.presence.isHidden()


WAIT_THEN_HOLD = """
import sys, time
from gallery.catalog.store import Catalog
catalog = Catalog.open(sys.argv[1], who="curator")
catalog.mark_editing("works", "orbital-sunrise")
print("open", flush=True)
time.sleep(600)
"""


def _another_window_of_mine(url: str) -> Any:
    """A real process of this curator on this computer with the record open."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", WAIT_THEN_HOLD, url],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "open\n"
    return process


def test_a_killed_window_of_mine_is_not_named_a_live_one_is(
        qtbot: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    import signal

    host = socket.gethostname()
    live = _another_window_of_mine(pg_sample_catalog)
    killed = _another_window_of_mine(pg_sample_catalog)
    try:
        editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                             drafts_root=tmp_path / "drafts")
        assert editor.presence.text().startswith(
            f"Being edited by curator on {host}, curator on {host}.")
        killed.send_signal(signal.SIGKILL)  # its row stays fresh on the server for 30 s
        killed.wait()
        editor.presence.refresh()
        assert editor.presence.text().startswith(f"Being edited by curator on {host}.")
        live.send_signal(signal.SIGKILL)
        live.wait()
        editor.presence.refresh()
        assert editor.presence.isHidden()
    finally:
        for process in (live, killed):
            process.kill()
            process.wait()
            process.stdout.close()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Being edited by boris on {h}, vera on {h}. Each save after the first is shown to "
           "its curator as a conflict to merge, field by field."),
    ("ru", "Эту запись сейчас редактируют boris на {h}, vera на {h}. Каждое сохранение после "
           "первого будет показано его автору как конфликт"),
])
def test_two_others_are_spoken_of_in_the_plural_and_the_trash_shows_nobody(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path,
        lang: str, words: str) -> None:
    from gallery.ui.i18n import install_language

    install_language(qapp, lang)
    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    others = [Catalog.open(pg_sample_catalog, who=name) for name in ("vera", "boris")]
    try:
        for other in others:
            other.mark_editing("works", "orbital-sunrise")
        editor.presence.refresh()
        text = editor.presence.text()
        assert text.startswith(words.format(h=socket.gethostname())), text
        assert "both" not in text and "оба" not in text
        editor.request_kind("trash")  # the record is no longer shown
        assert editor.presence.isHidden()
        editor.presence.refresh()
        assert editor.presence.isHidden()
        assert others[0].editing_elsewhere("works", "orbital-sunrise") == [
            {"who": "boris", "host": socket.gethostname()}]
        editor.request_kind("works")  # and shown again: named again
        assert editor.presence.isVisible()
    finally:
        for other in others:
            other.close()

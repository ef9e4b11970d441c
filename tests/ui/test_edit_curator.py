"""The curator's name: asked once, kept, changeable from File ▸ Your name…; history, drafts
and conflicts say it (never the computer's login)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog import curator
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def last_who(path: Path, work_id: str = "orbital-sunrise") -> str:
    with Catalog.open(path) as catalog:
        return catalog.history(work_id)[-1]["who"]


def test_the_name_is_asked_once_and_signs_history_and_drafts(
        qtbot: Any, catalog_path: Path, tmp_path: Path) -> None:
    prompts = FakePrompts()
    prompts.texts = ["  Anna   Petrova "]
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts", who=None)
    assert prompts.kinds().count("text") == 1
    assert curator.saved_name() == "Anna Petrova"
    replace_text(qtbot, field(editor, "title"), "Sunrise seen from orbit")
    editor.sessions["works"].write_draft_now()
    editor.writer.flush()
    draft = editor.drafts.read("works", "orbital-sunrise")
    assert draft is not None and draft.who == "Anna Petrova"
    editor.actions_by_name["save"].trigger()
    assert last_who(catalog_path) == "Anna Petrova"
    history = editor.work_form.history
    assert history.model.index(0, 1).data() == "Anna Petrova"
    # Another window, later: the kept name, no question.
    again = FakePrompts()
    make_editor(qtbot, catalog_path, again, "near-the-moon", drafts_root=tmp_path / "d2",
                who=None)
    assert "text" not in again.kinds()


def test_the_name_is_changed_from_the_menu(qtbot: Any, catalog_path: Path,
                                           tmp_path: Path) -> None:
    curator.save_name("Anna Petrova")
    prompts = FakePrompts()
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts", who=None)
    assert "text" not in prompts.kinds()
    assert editor.actions_by_name["curator"].text() == "Your &name…"
    prompts.texts = ["\x07bell", "Boris Ivanov"]  # a control character is refused, asked again
    editor.actions_by_name["curator"].trigger()
    assert prompts.kinds().count("text") == 2
    assert "cannot be used" in prompts.asked[-1][1]
    assert curator.saved_name() == "Boris Ivanov"
    replace_text(qtbot, field(editor, "title"), "Renamed")
    editor.actions_by_name["save"].trigger()
    assert last_who(catalog_path) == "Boris Ivanov"


def test_no_name_given_signs_unnamed_never_the_login(qtbot: Any, catalog_path: Path,
                                                     tmp_path: Path) -> None:
    import getpass

    prompts = FakePrompts()  # cancels the question
    editor = make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts", who=None)
    assert "File ▸ Your name…" in editor.statusBar().currentMessage()
    replace_text(qtbot, field(editor, "title"), "Unsigned")
    editor.actions_by_name["save"].trigger()
    assert last_who(catalog_path) == curator.UNNAMED != getpass.getuser()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "signed with your database login (role): leonova."),
    ("ru", "вашим именем пользователя базы данных (ролью): leonova."),
])
def test_on_a_server_the_role_signs_and_the_name_cannot_be_changed(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, pg_cluster: Any, tmp_path: Path,
        lang: str, words: str) -> None:
    import socket

    from gallery.ui.i18n import install_language

    dbname = pg_sample_catalog.split("?")[0].rsplit("/", 1)[1]
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE leonova LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    pg_cluster.psql("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                    "TO leonova", dbname)
    pg_cluster.psql("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO leonova",
                    dbname)
    url = pg_cluster.url(dbname, user="leonova")
    curator.save_name("Anna Petrova")  # kept on this computer: the server does not use it
    install_language(qapp, lang)
    prompts = FakePrompts()
    prompts.texts = ["Ivan Petrov"]
    editor = make_editor(qtbot, url, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts", who=None)
    editor.actions_by_name["curator"].trigger()
    assert "text" not in prompts.kinds()  # no field to type a name into
    assert words in prompts.informed[-1]
    assert curator.saved_name() == "Anna Petrova"
    replace_text(qtbot, field(editor, "title"), "Signed by the role")
    editor.actions_by_name["save"].trigger()
    with Catalog.open(pg_sample_catalog, who="reader") as catalog:
        assert catalog.history("orbital-sunrise")[-1]["who"] == "leonova"
        assert {"who": "leonova", "host": socket.gethostname()} in \
            catalog.editing_elsewhere("works", "orbital-sunrise")

"""Only the editor's own server connection breaks (its backend ended by an administrator) while
the server and the listener stay up: the save that meets it says so in the reader's language,
keeps the edit and its draft, and the editor reconnects off the GUI thread and makes that save.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import field, make_editor, replace_text

from catalog_samples import populate
from gallery.catalog.drafts import DraftStore
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

BROKE = {"en": "The connection to the catalog's server broke; nothing was saved. Your edit "
               "stays here and in its draft; the editor is reconnecting and will save it then.",
         "ru": "Связь с сервером каталога оборвалась; ничего не сохранено. Ваша правка остаётся "
               "здесь и в черновике; редактор подключается заново и тогда сохранит её."}


def end_backend(pg_cluster: Any, catalog: Catalog) -> None:
    """pg_terminate_backend on this catalog's own connection, from another session."""
    pid = catalog.connection.raw.info.backend_pid  # type: ignore[attr-defined]
    pg_cluster.psql(f"SELECT pg_terminate_backend({pid})")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_save_on_a_broken_connection_reconnects_and_saves_the_kept_edit(
        qtbot: Any, qapp: Any, pg_cluster: Any, pg_database: str, prompts: Any,
        tmp_path: Path, lang: str) -> None:
    from gallery.ui.i18n import install_language

    install_language(qapp, lang)
    with Catalog.open(pg_database, create=True, who="tester") as catalog:
        populate(catalog)
    editor = make_editor(qtbot, pg_database, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed before the link broke")
    old = editor.context.service
    end_backend(pg_cluster, old.catalog)
    said: list[tuple[str, bool, bool]] = []
    drafts = DraftStore(editor.catalog_path, root=tmp_path / "drafts")

    def heard(text: str, _kind: str) -> None:  # what stood when the editor said it
        kept = any(d.record.get("title") == "Typed before the link broke"
                   for d in drafts.all())
        said.append((text, kept, field(editor, "title").text() == "Typed before the link broke"))

    editor.session.message.connect(heard)
    editor.session.save()
    # the listener never noticed an outage: the save that met the broken link said so …
    assert not editor.external.offline
    assert (BROKE[lang], True, True) in said
    assert "lost the connection" not in " ".join(text for text, _, _ in said)
    # … reconnected off the GUI thread (the editor's pool) and saved the kept edit
    qtbot.waitUntil(lambda: editor.context.service is not old, timeout=20_000)
    qtbot.waitUntil(lambda: not editor.isWindowModified(), timeout=10_000)
    assert ("Saved “" if lang == "en" else "» сохранено.") in said[-1][0]
    with Catalog.open(pg_database, who="Boris Ivanov") as other:
        assert other.get("orbital-sunrise")["title"] == "Typed before the link broke"
        assert [o["who"] for o in other.editing_elsewhere("works", "orbital-sunrise")] == [
            "curator"]
    assert not [d for d in drafts.all() if d.key == "orbital-sunrise"]
    editor.close()

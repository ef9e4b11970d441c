"""The editor on a PostgreSQL server rides out a server restart (issue 16): a banner says the
server is away as soon as the listener notices (in English and Russian), the edit and its
draft stay, a save during the outage says so in the reader's language, and once the server is
back the editor has reconnected by itself: the same edit saves, and presence works again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import field, make_editor, replace_text

from catalog_samples import populate
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

AWAY = {"en": "The catalog's server cannot be reached. Your edit stays here",
        "ru": "Сервер каталога недоступен. Ваша правка остаётся здесь"}
NOT_SAVED = {"en": "the connection to the catalog's server was lost; nothing was saved",
             "ru": "связь с сервером каталога прервалась; ничего не сохранено"}
BACK = {"en": "The catalog's server is back; saving works again.",
        "ru": "Сервер каталога снова доступен; сохранять можно."}


@pytest.fixture
def restartable(pg_cluster: Any) -> Iterator[tuple[Any, str]]:
    """A server of the test's own (it is stopped and started), with the sample catalog."""
    import pg_cluster as clusters

    cluster = clusters.start_cluster()
    try:
        cluster.psql("CREATE DATABASE outage")
        url = cluster.url("outage")
        with Catalog.open(url, create=True, who="tester") as catalog:
            populate(catalog)
        yield cluster, url
    finally:
        cluster.stop()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_editor_reconnects_after_a_restart_and_saves_the_kept_edit(
        qtbot: Any, qapp: Any, restartable: tuple[Any, str], prompts: Any, tmp_path: Path,
        lang: str) -> None:
    from gallery.ui.i18n import install_language

    install_language(qapp, lang)
    cluster, url = restartable
    editor = make_editor(qtbot, url, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed before the outage")
    old = editor.context.service
    cluster.stop_server()
    # said without waiting for a save
    qtbot.waitUntil(lambda: AWAY[lang] in editor.message_banner.text(), timeout=10_000)
    editor.session.save()
    assert NOT_SAVED[lang] in editor.message_banner.text()
    assert "lost the connection" not in editor.message_banner.text()
    assert field(editor, "title").text() == "Typed before the outage"
    assert editor.isWindowModified()
    cluster.start_server()
    qtbot.waitUntil(lambda: editor.context.service is not old, timeout=20_000)
    assert editor.statusBar().currentMessage() == BACK[lang]
    assert field(editor, "title").text() == "Typed before the outage"
    editor.session.save()
    assert not editor.isWindowModified()
    with Catalog.open(url, who="Boris Ivanov") as other:
        assert other.get("orbital-sunrise")["title"] == "Typed before the outage"
        # the heartbeat resumed on the new connection: another curator sees who edits
        assert [o["who"] for o in other.editing_elsewhere("works", "orbital-sunrise")] == [
            "curator"]
    editor.close()

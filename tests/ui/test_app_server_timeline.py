"""The visitor window on a server, beyond the outage test in test_app_server.py: the Timeline
first opened during an outage says it appears once the server is back (and then does), and a
broken window connection (the server up) is reconnected at the read that meets it."""

from __future__ import annotations

from typing import Any

import pytest
from test_app_server import OUTAGE_WORDS, _close, _open_window, own_server  # noqa: F401
from test_edit_server_broken_link import end_backend

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

WAITING = {"en": "The timeline cannot be read while the catalog's server is away; it appears "
                 "here once the server is back.",
           "ru": "Хронологию нельзя прочитать, пока сервер каталога недоступен; она появится "
                 "здесь, когда сервер вернётся."}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_timeline_first_opened_during_an_outage_says_so_and_fills_on_reconnecting(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any,  # noqa: F811
        gallery_look: None, lang: str) -> None:
    cluster, url = own_server
    window = _open_window(qtbot, url, ui_settings)
    try:
        window.languages.set_language(lang)
        cluster.stop_server()
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=10_000)
        window.go_to("timeline")
        waiting = window.timeline.waiting
        assert waiting is not None and waiting.isVisible() and waiting.text() == WAITING[lang]
        assert OUTAGE_WORDS[lang] in window.server_banner.text()
        cluster.start_server()
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: window.timeline.count_text() is not None, timeout=10_000)
        assert not waiting.isVisible()
        assert window.timeline.view.item_rect("near-the-moon") is not None
    finally:
        _close(window)


def test_a_timeline_read_before_an_outage_keeps_showing(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any,  # noqa: F811
        gallery_look: None) -> None:
    cluster, url = own_server
    window = _open_window(qtbot, url, ui_settings)
    try:
        window.go_to("timeline")
        qtbot.waitUntil(lambda: window.timeline.count_text() is not None, timeout=10_000)
        said = window.timeline.count_text()
        cluster.stop_server()
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=10_000)
        window.timeline.reload()  # as a save heard just before the outage would
        window.go_to("browse")
        window.go_to("timeline")
        assert window.timeline.count_text() == said
        assert window.timeline.view.item_rect("near-the-moon") is not None
        assert window.timeline.waiting is None
    finally:
        _close(window)


def test_a_broken_window_connection_is_reconnected_at_the_next_read(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any,  # noqa: F811
        gallery_look: None) -> None:
    cluster, url = own_server
    window = _open_window(qtbot, url, ui_settings)
    try:
        rows = window.model.rowCount()
        old = window.service
        end_backend(cluster, old.catalog)
        window.browse.bar.field.setText("orbital")
        window.browse.run_search()  # meets the broken link: no error box, a reconnect
        assert window.error_box is None and not window.offline
        qtbot.waitUntil(lambda: window.service is not old, timeout=20_000)
        qtbot.waitUntil(lambda: 0 < window.model.rowCount() < rows, timeout=10_000)
        assert window.model.row_of("orbital-sunrise") >= 0
        assert not window.server_banner.isVisible() and window.error_box is None
    finally:
        _close(window)

"""The visitor window on a PostgreSQL server: saves made through another connection arrive by
NOTIFY (no polling); a server outage keeps what the window shows, under a banner in the
reader's language, and the window reconnects by itself; closing it leaves no connection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from catalog_samples import populate
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

UNREADABLE_WORDS = {"en": "This work cannot be read until the catalog's server is back.",
                    "ru": "Эту работу нельзя открыть, пока сервер каталога недоступен."}
SEARCH_WAITS_WORDS = {
    "en": "This search was not run: the catalog's server cannot be reached. The works shown "
          "are the earlier results; the search runs when the server is back.",
    "ru": "Поиск не выполнен: сервер каталога недоступен. Показаны прежние результаты; поиск "
          "выполнится, когда сервер вернётся."}
OUTAGE_WORDS = {"en": "The catalog's server cannot be reached.",
                "ru": "Сервер каталога недоступен."}


def _open_window(qtbot: Any, url: str, settings: Any) -> Any:
    from gallery.ui.main_window import MainWindow
    from gallery.ui.workers import CatalogService

    window = MainWindow(CatalogService(Catalog.open(url, writer=False), synchronous=True),
                        settings, synchronous=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    return window


def _close(window: Any) -> None:
    window.languages.set_language("en")
    window.close()
    window.shutdown()


def _retitle(url: str, work_id: str, title: str) -> None:
    with Catalog.open(url, who="another curator") as other:
        record = other.get(work_id)
        other.save({**record, "title": title}, record["version"])


def _title_in_grid(window: Any, work_id: str) -> str:
    model = window.model
    return str(model.data(model.index(model.row_of(work_id))))


def _connections(cluster: Any, url: str) -> int:
    database = url.split("?")[0].rsplit("/", 1)[1]
    with psycopg.connect(cluster.url("postgres"), autocommit=True) as con:
        row = con.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
                          (database,)).fetchone()
        return int(row[0]) if row else 0


def test_a_save_elsewhere_arrives_by_notify_in_the_grid_and_the_open_work(
        qtbot: Any, pg_sample_catalog: str, ui_settings: Any, gallery_look: None) -> None:
    window = _open_window(qtbot, pg_sample_catalog, ui_settings)
    try:
        assert window.watch is not None and not window._poll.isActive()  # no polling
        assert window.windowTitle().startswith(pg_sample_catalog.split("?")[0].rsplit("/")[-1])
        window.open_work("near-the-moon")
        _retitle(pg_sample_catalog, "near-the-moon", "Near the Moon (saved elsewhere)")
        qtbot.waitUntil(lambda: window.detail.data.record["title"]
                        == "Near the Moon (saved elsewhere)", timeout=10_000)
        assert window.page == "detail" and window.detail.work_id == "near-the-moon"
        assert _title_in_grid(window, "near-the-moon") == "Near the Moon (saved elsewhere)"
    finally:
        _close(window)


def test_closing_windows_leaves_no_connection_on_the_server(
        qtbot: Any, pg_cluster: Any, pg_sample_catalog: str, ui_settings: Any,
        gallery_look: None, prompts: Any, tmp_path: Path) -> None:
    from test_edit_support import make_editor

    before = _connections(pg_cluster, pg_sample_catalog)
    window = _open_window(qtbot, pg_sample_catalog, ui_settings)
    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    # each window: its catalog worker's connection and its listener's
    qtbot.waitUntil(lambda: _connections(pg_cluster, pg_sample_catalog) == before + 4,
                    timeout=10_000)
    _close(window)
    editor.close()
    qtbot.waitUntil(lambda: _connections(pg_cluster, pg_sample_catalog) == before,
                    timeout=10_000)


@pytest.fixture
def own_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
               pg_cluster: Any) -> Iterator[tuple[Any, str]]:
    """A server of its own (the test stops it), with the sample catalog and its pictures."""
    from PIL import Image

    import pg_cluster as clusters

    cluster = clusters.start_cluster()
    try:
        cluster.psql("CREATE DATABASE outage")
        url = cluster.url("outage")
        monkeypatch.setenv("LEONOV_GALLERY_IMAGES", str(tmp_path / "images"))
        with Catalog.open(url, create=True, who="tester") as catalog:
            populate(catalog)
            images = catalog.images_dir
            images.mkdir()
            for n, work_id in enumerate(catalog.work_ids()):
                Image.new("RGB", (480, 360), (30 + 40 * n, 60, 110)).save(
                    images / f"{work_id}.jpg", "JPEG")
                record = catalog.get(work_id)
                catalog.save({**record, "image_path": f"{work_id}.jpg"}, record["version"])
        yield cluster, url
    finally:
        cluster.stop()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_window_rides_out_an_outage_and_reconnects_by_itself(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any, gallery_look: None,
        lang: str) -> None:
    cluster, url = own_server
    window = _open_window(qtbot, url, ui_settings)
    try:
        window.languages.set_language(lang)
        rows = window.model.rowCount()
        window.open_work("near-the-moon")
        title = window.detail.data.record["title"]
        cluster.stop_server()
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=10_000)
        assert OUTAGE_WORDS[lang] in window.server_banner.text()
        # what was shown stays: the grid's rows, the open work; no error box
        assert window.model.rowCount() == rows
        assert window.page == "detail" and window.detail.data.record["title"] == title
        window.open_work("orbital-sunrise")  # not read yet: the open page stays, and says so
        assert window.detail.work_id == "near-the-moon"
        assert window.detail.data.record["title"] == title
        assert window.statusBar().currentMessage() == UNREADABLE_WORDS[lang]
        window.go_back()
        assert window.model.rowCount() == rows
        assert window.error_box is None
        old = window.service
        cluster.start_server()
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=20_000)
        assert window.service is not old and not window.offline
        # the new connection reads, and the listener hears saves again
        _retitle(url, "near-the-moon", "Near the Moon (after the outage)")
        qtbot.waitUntil(lambda: _title_in_grid(window, "near-the-moon")
                        == "Near the Moon (after the outage)", timeout=10_000)
    finally:
        _close(window)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_search_during_an_outage_says_it_was_not_run_and_runs_on_reconnecting(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any, gallery_look: None,
        lang: str) -> None:
    cluster, url = own_server
    window = _open_window(qtbot, url, ui_settings)
    try:
        window.languages.set_language(lang)
        rows = window.model.rowCount()
        cluster.stop_server()
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=10_000)
        window.browse.bar.field.setText("orbital")
        window.browse.run_search()
        # the earlier results stay, and the status bar says they are not this search's
        assert window.model.rowCount() == rows
        assert window.statusBar().currentMessage() == SEARCH_WAITS_WORDS[lang]
        cluster.start_server()
        qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=20_000)
        # the query still typed is the one that runs: the grid now matches it
        qtbot.waitUntil(lambda: 0 < window.model.rowCount() < rows, timeout=10_000)
        assert window.model.row_of("orbital-sunrise") >= 0
        assert window.statusBar().currentMessage() != SEARCH_WAITS_WORDS[lang]
    finally:
        _close(window)


def test_a_reconnect_keeps_the_selected_work_and_the_scroll(
        qtbot: Any, own_server: tuple[Any, str], ui_settings: Any, gallery_look: None) -> None:
    cluster, url = own_server
    with Catalog.open(url, who="tester") as catalog:  # enough works to scroll
        for n in range(80):
            catalog.save({"id": f"study-{n:02d}", "title": f"Study {n:02d}",
                          "confidence": "low"}, None)
    window = _open_window(qtbot, url, ui_settings)
    try:
        grid, model = window.browse.grid, window.model
        qtbot.waitUntil(lambda: not model.busy() and model.rowCount() == model.total)
        chosen = model.index(model.rowCount() - 5)
        grid.setCurrentIndex(chosen)
        bar = grid.verticalScrollBar()
        bar.setValue(bar.maximum() - 40)  # the visitor scrolled down to it
        work_id, scrolled = model.work_ids()[chosen.row()], bar.value()
        assert scrolled > 0
        old = window.service
        cluster.stop_server()
        qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=10_000)
        cluster.start_server()
        qtbot.waitUntil(lambda: window.service is not old and not model.busy(),
                        timeout=20_000)
        assert model.work_ids()[grid.currentIndex().row()] == work_id
        assert bar.value() == scrolled
    finally:
        _close(window)

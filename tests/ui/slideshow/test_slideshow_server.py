"""A show over a catalog on a PostgreSQL server: the server goes away, the show plays on from
what it has read (its pictures are files), the status says it is reconnecting, and when the
server is back the show reconnects by itself and the status clears."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from slideshow_helpers import give_images

from catalog_samples import populate
from gallery.catalog.store import Catalog


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen plugin only (reconnected)
def test_the_show_plays_through_an_outage_and_reconnects(
        make_show: Any, qtbot: Any, tmp_path: Path, pg_cluster: Any,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    import pg_cluster as clusters
    from gallery.ui.slideshow.instance import STATUS_SERVER_AWAY
    from gallery.ui.slideshow.report import print_status

    caplog.set_level(logging.INFO, logger="gallery")
    cluster = clusters.start_cluster()  # a server of its own: this test stops it
    try:
        cluster.psql("CREATE DATABASE show")
        url = cluster.url("show")
        monkeypatch.setenv("LEONOV_GALLERY_IMAGES", str(tmp_path / "images"))
        with Catalog.open(url, create=True, who="tester") as catalog:
            populate(catalog)
            give_images(catalog)
            catalog.save_record("playlists", {
                "id": "hall-a", "name": "Hall A", "kind": "list",
                "items": [{"work_id": "orbital-sunrise"}, {"work_id": "stamp-1975"},
                          {"work_id": "near-the-moon"}]}, None)
        show = make_show(catalog_path=url, playlists=("hall-a",))
        assert show.recorder.status["catalog_problem"] is None
        cluster.stop_server()
        for expected in ("stamp-1975", "near-the-moon", "orbital-sunrise"):
            with qtbot.waitSignal(show.slideShown) as blocker:
                show.engine.advance()
            assert blocker.args == [expected]
        problem = show.recorder.status["catalog_problem"]
        assert problem.startswith("the catalog's server cannot be reached")
        show.recorder.flush(force=True)
        assert json.loads(show.files.status.read_text())["catalog_problem"] == problem
        # still showing works, from what it read: neither "fine" (0) nor "no works" (4)
        assert print_status("default") == STATUS_SERVER_AWAY == 5
        said = capsys.readouterr().out
        assert "running, showing the works already read; the catalog's server cannot be " \
               "reached" in said
        assert "nothing was saved" not in caplog.text  # a show saves nothing
        qtbot.waitUntil(lambda: not show.engine.link.server_reachable, timeout=10_000)
        cluster.start_server()
        qtbot.waitUntil(lambda: show.engine.link.server_reachable, timeout=20_000)
        with qtbot.waitSignal(show.slideShown) as blocker:
            show.engine.advance()
        assert blocker.args == ["stamp-1975"]
        assert show.recorder.status["catalog_problem"] is None
        assert "reconnected to the catalog's server" in caplog.text
    finally:
        cluster.stop()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen plugin only (reconnected)
def test_a_show_started_before_its_server_waits_then_plays(
        make_show: Any, qtbot: Any, tmp_path: Path, pg_cluster: Any,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """After a power cut the screen boots before the database: the show starts, says it
    waits (in its language), and plays once the server answers."""
    import pg_cluster as clusters
    from gallery.cli import main
    from gallery.ui.slideshow.report import print_status

    cluster = clusters.start_cluster()  # a server of its own: this test stops it
    try:
        cluster.psql("CREATE DATABASE show")
        url = cluster.url("show")
        monkeypatch.setenv("LEONOV_GALLERY_IMAGES", str(tmp_path / "images"))
        with Catalog.open(url, create=True, who="tester") as catalog:
            populate(catalog)
            give_images(catalog)
        cluster.stop_server()
        code = main(["--catalog", url, "slideshow", "--install-autostart",
                     "--instance", "boot"])
        out = capsys.readouterr().out
        assert code == 0
        assert "Not checked:" in out and "cannot reach the PostgreSQL server" in out
        show = make_show(catalog_path=url, lang="ru", instance="boot")
        assert show.engine.mode == "waiting"
        assert show.canvas.card == ("Выставка начинается",
                                    "Ждём сервер каталога; работы появятся, как только он "
                                    "ответит.")
        assert show.recorder.status["state"] == "waiting"
        assert show.recorder.status["catalog_problem"].startswith("waiting for the catalog's")
        show.recorder.flush(force=True)
        assert print_status("boot") == 4  # running, but no works on the wall yet
        assert "boot: running but waiting for the catalog's server" in capsys.readouterr().out
        cluster.start_server()
        qtbot.waitUntil(lambda: show.engine.link.server_reachable, timeout=20_000)
        with qtbot.waitSignal(show.slideShown, timeout=10_000):
            show.engine.advance()
        assert show.engine.mode == "playing"
        assert show.recorder.status["catalog_problem"] is None
        assert show.recorder.status["server_away"] is False
        show.recorder.flush(force=True)
        assert print_status("boot") == 0
    finally:
        cluster.stop()

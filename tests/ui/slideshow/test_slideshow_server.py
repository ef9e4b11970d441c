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
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import pg_cluster as clusters

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

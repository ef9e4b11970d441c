"""The item models: contract checks, paging, stale answers, narrow updates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gallery.catalog.store import Catalog
from gallery.ui.browse.models import (
    FacetTreeModel,
    FallbackRole,
    StandinRole,
    ThumbStateRole,
    WorkIdRole,
    WorkListModel,
    year_caption,
)
from gallery.ui.browse.thumbnails import ThumbnailLoader
from gallery.ui.i18n import install_language
from gallery.ui.workers import CatalogService, ImagePool


class DeferredService(CatalogService):
    """Runs catalog calls only when the test says so, to stage late and crossing answers."""

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(catalog, synchronous=True)
        self.queue: list[Callable[[], None]] = []

    def call(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        self.queue.append(lambda: super(DeferredService, self).call(fn, on_done, on_error))

    def run(self, index: int = 0) -> None:
        self.queue.pop(index)()


@pytest.fixture
def loader(qtbot: Any) -> ThumbnailLoader:
    return ThumbnailLoader(ImagePool(synchronous=True))


def test_work_model_passes_the_model_tester(qtmodeltester: Any, service: Any,
                                            loader: ThumbnailLoader) -> None:
    model = WorkListModel(service, loader)
    model.set_search()
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_facet_model_passes_the_model_tester(qtmodeltester: Any, service: Any) -> None:
    result = service.catalog.search()
    model = FacetTreeModel(("decade", "image", "series"), str)
    model.set_counts("decade", result.facets["decade"])
    model.set_counts("image", result.facets["image"])
    model.set_checked("decade", "1960s")
    qtmodeltester.check(model)
    assert model.checked_values("decade") == ["1960s"]
    assert model.rowCount(model.group_index("series")) == 0


def test_pages_arrive_one_at_a_time(service: Any, loader: ThumbnailLoader) -> None:
    model = WorkListModel(service, loader)
    model.PAGE = 3
    model.set_search(sort="title")
    assert (model.rowCount(), model.total) == (3, 4)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    assert model.work_ids()[0] == "hostile"  # "<b>…" sorts before letters


def test_fetch_more_is_guarded_against_re_entry(ui_catalog_path: Any, qtbot: Any) -> None:
    with Catalog.open(ui_catalog_path) as catalog:
        service = DeferredService(catalog)
        model = WorkListModel(service, None)
        model.PAGE = 2
        model.set_search()
        service.run()  # the first page (facet counts wait in the queue)
        assert model.rowCount() == 2
        model.fetchMore()
        model.fetchMore()  # a view asking again while the page is on its way
        assert len(service.queue) == 2
        with qtbot.waitSignal(model.rowsInserted):
            service.run(1)
        assert model.rowCount() == 4


def test_a_stale_search_answer_is_dropped(ui_catalog_path: Any) -> None:
    with Catalog.open(ui_catalog_path) as catalog:
        service = DeferredService(catalog)
        model = WorkListModel(service, None)
        finished: list[int] = []
        model.searchFinished.connect(lambda result: finished.append(result.total))
        counted: list[dict[str, Any]] = []
        model.facetsCounted.connect(counted.append)
        model.set_search("moon")  # queues its page and its facet counts
        model.set_search("")
        service.run(2)  # the newer search answers first
        service.run(0)  # the older one arrives late and must not win
        service.run(0)  # nor its facet counts
        assert finished == [4]
        assert model.rowCount() == 4
        assert counted == []
        service.run(0)
        assert counted[0]["decade"] == [("1960s", "1960s", 2), ("1970s", "1970s", 1),
                                        ("1980s", "1980s", 1)]


def test_a_thumbnail_arriving_changes_only_its_row(service: Any, qtbot: Any) -> None:
    loader = ThumbnailLoader(ImagePool(synchronous=True))
    model = WorkListModel(service, loader)
    model.set_search(sort="title")
    changed: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), b.row(), roles)))
    index = model.index(1)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, ThumbStateRole) == "loading"
    qtbot.waitUntil(lambda: model.thumbnails_pending() == 0)
    assert changed and all(a == b == 1 for a, b, _ in changed)
    assert Qt.ItemDataRole.DecorationRole in changed[0][2]
    pixmap = model.data(index, Qt.ItemDataRole.DecorationRole)
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) <= loader.size
    assert model.data(index, ThumbStateRole) == "ready"


def test_rows_say_title_year_and_stand_in(service: Any) -> None:
    model = WorkListModel(service, None)
    model.set_search(sort="date")
    rows = {model.data(model.index(r), WorkIdRole): model.index(r)
            for r in range(model.rowCount())}
    sunrise = rows["orbital-sunrise"]
    assert model.data(sunrise) == "Orbital sunrise"
    assert model.data(sunrise, StandinRole) is True
    assert model.data(rows["near-the-moon"], StandinRole) is False
    assert "1965" in model.data(sunrise, Qt.ItemDataRole.ToolTipRole)
    assert model.data(rows["hostile"]) == "<b>bold</b><img src=x>"


def test_captions_follow_the_language_with_a_fallback(service: Any, qapp: Any) -> None:
    model = WorkListModel(service, None)
    model.set_search(sort="date")
    rows = {model.data(model.index(r), WorkIdRole): model.index(r)
            for r in range(model.rowCount())}
    changed: list[Any] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    install_language(qapp, "ru")
    model.language_changed()
    assert changed
    assert model.data(rows["orbital-sunrise"]) == "Восход на орбите"
    assert model.data(rows["near-the-moon"]) == "Near the Moon"
    assert model.data(rows["near-the-moon"], FallbackRole) is True
    assert "нет текста на русском" in model.data(rows["near-the-moon"],
                                                  Qt.ItemDataRole.ToolTipRole)


def test_refresh_updates_a_changed_row_without_a_reset(service: Any) -> None:
    model = WorkListModel(service, None)
    model.set_search(sort="date")
    resets: list[bool] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(a.row()))
    record = service.catalog.get("near-the-moon")
    service.catalog.save({**record, "confidence": "high"}, record["version"])
    model.refresh()
    assert not resets
    assert changed == [model.row_of("near-the-moon")]


def test_facet_counts_update_narrowly_and_keep_values_in_place(service: Any) -> None:
    model = FacetTreeModel(("decade", "mission"), str)
    model.set_counts("decade", [("1960s", "1960s", 2), ("1970s", "1970s", 1)])
    model.set_counts("mission", [("soyuz-19", "Soyuz 19", 3), ("voskhod-2", "Voskhod 2", 1)])
    model.set_checked("decade", "1970s")
    resets: list[bool] = []
    removed: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsRemoved.connect(lambda *_a: removed.append(True))
    decades, missions = model.group_index("decade"), model.group_index("mission")
    model.set_counts("decade", [("1960s", "1960s", 1), ("1970s", "1970s", 1)])
    assert model.data(model.index(0, 0, decades)) == "1960s  (1)"
    model.set_counts("decade", [("1960s", "1960s", 1)])  # 1970s gave nothing now: stays
    assert model.checked_values("decade") == ["1970s"]
    assert model.data(model.index(1, 0, decades)) == "1970s  (0)"
    # a search that finds no Soyuz 19 work keeps its row, in its place, at 0: nothing jumps
    model.set_counts("mission", [("voskhod-2", "Voskhod 2", 1)])
    assert [model.data(model.index(r, 0, missions), model.ValueRole) for r in range(2)] == \
        ["soyuz-19", "voskhod-2"]
    assert model.data(model.index(0, 0, missions), model.CountRole) == 0
    model.set_counts("decade", [("1950s", "1950s", 1)])  # a new decade goes in its order
    assert model.data(model.index(0, 0, decades), model.ValueRole) == "1950s"
    assert not resets and not removed


def test_year_caption_keeps_the_catalog_wording(service: Any) -> None:
    row = service.catalog.search(filters={"decade": "1960s"}, sort="date").rows[0]
    assert year_caption(row) == row.date_display
    noted = replace(row, date_display="1972 (Scott: 14 September 1972; Kalinin)")
    assert year_caption(noted) == "1972"
    vague = replace(row, date_display="before March 1965")
    assert year_caption(vague) == "before March 1965"


def test_paging_passes_the_model_tester(qtmodeltester: Any, service: Any,
                                        loader: ThumbnailLoader) -> None:
    model = WorkListModel(service, loader)
    model.PAGE = 1  # four works: the first page holds one, the rest come by fetchMore
    model.set_search()
    assert model.rowCount() == 1 and model.canFetchMore()
    qtmodeltester.check(model)  # the tester fetches more and watches the inserts
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    assert len({model.data(model.index(row), WorkIdRole) for row in range(4)}) == 4


def test_the_exact_total_comes_with_the_facets(ui_catalog_path: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A big result's first page skips the exact count (search(count=False)); the facet call
    right after brings it, and the model takes it."""
    from gallery.catalog import search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 1)  # "leonov" is a big result here
    with Catalog.open(ui_catalog_path) as catalog:
        exact = catalog.search("leonov", facets=False).total
        assert exact > 1
        service = DeferredService(catalog)
        model = WorkListModel(service, None)
        pages: list[Any] = []
        totals: list[int] = []
        model.searchFinished.connect(pages.append)
        model.totalCounted.connect(totals.append)
        model.set_search("leonov")
        service.run(0)  # the first page
        assert not pages[0].total_exact and model.rowCount() == exact
        assert totals == []
        service.run(0)  # the facet counts, and the count
        assert totals == [exact] and model.total == exact

"""The detail view: every linked part of a record, keyboard walking, the zoomable image."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from gallery.ui.browse.models import WorkIdRole
from gallery.ui.detail.canvas_view import View, clamp_center, fit_scale, visible_tiles
from gallery.ui.detail.cards import SourceItem

HOSTILE_TITLE = "<b>bold</b><img src=x>"  # as tests/ui/conftest.py gives the "hostile" work


def texts(window: Any) -> list[str]:
    return [label.text() for label in window.detail.info.findChildren(QLabel)]


def joined(window: Any) -> str:
    return "\n".join(texts(window))


def open_settled(window: Any, qtbot: Any, work_id: str) -> None:
    window.open_work(work_id)
    qtbot.waitUntil(lambda: not window.detail.is_loading())


def test_detail_shows_every_linked_part_of_the_record(window: Any, qtbot: Any) -> None:
    open_settled(window, qtbot, "orbital-sunrise")
    text = joined(window)
    info = window.detail.info
    assert info.findChild(QLabel, "detailTitle").text() == "Orbital sunrise"
    assert info.findChild(QLabel, "otherTitle").text() == "Восход на орбите"
    assert "18–19\xa0March 1965" in text  # day and month kept together
    # holder derived from provenance, its certainty in words
    assert "Probably held by Star City museum" in text
    # the provenance gap, in the paragraph under the provenance timeline
    assert "whereabouts unknown, 1965–2015" in info.findChild(QLabel, "provenanceText").text()
    # the mission, its link in words, key facts with both competing figures kept whole
    assert "This work: made during" in text
    assert "Voskhod 2" in text and "12 min 9 s" in text
    assert "4.8 m per one source; 5.35 m per another" in text
    assert "Pilot; made the first spacewalk." in text
    assert "Alexei Leonov (pilot)" in text
    assert "floated on a tether" in text
    # exhibitions and sources
    assert "Space art in Moscow — Central Hall, Moscow, 1965" in text
    spaced = text.replace("\xa0", " ")  # "A." is taken for an initial: kept with "A book"
    assert "Author A. A book about Leonov. 2001." in spaced and "A news report. 2015." in text
    links = info.findChildren(QPushButton, "sourceLink")
    assert [b.text() for b in links] == ["example.org"]
    # how well established, said plainly, and the stand-in badge with its note
    assert info.findChild(QLabel, "confidenceLabel").text() == "High confidence"
    assert "Two sources agree." in info.findChild(QLabel, "confidenceNote").text()
    assert info.findChild(QLabel, "standinTitle") is not None
    assert info.findChild(QLabel, "imageNote").text().startswith("Drawn by the project")


def test_related_works_are_listed_and_open(window: Any, qtbot: Any) -> None:
    open_settled(window, qtbot, "orbital-sunrise")
    buttons = window.detail.info.findChildren(QPushButton, "relatedWork")
    assert [b.property("workId") for b in buttons] == ["stamp-1975"]
    assert "Same mission: Voskhod 2" in joined(window)
    qtbot.waitUntil(lambda: window.model.thumbnails_pending() == 0)
    assert not buttons[0].icon().isNull()  # its small picture
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.detail.work_id == "stamp-1975"
                    and not window.detail.is_loading())
    back = window.detail.info.findChildren(QPushButton, "relatedWork")
    assert [b.property("workId") for b in back] == ["orbital-sunrise"]


def test_low_confidence_and_uncertain_dates_are_said(window: Any, qtbot: Any) -> None:
    open_settled(window, qtbot, "hostile")
    info = window.detail.info
    assert info.findChild(QLabel, "detailDate").text() == "probably 1980"
    assert info.findChild(QLabel, "confidenceLabel").text() == "Low confidence"
    assert info.findChild(QLabel, "confidenceNote").text().startswith("Not yet well established")
    header = info.findChild(QLabel, "detailTitle").parent()
    assert header.property("confidence") == "low"  # drawn with a dashed rule, paler title
    assert "Current holder unknown" in joined(window)
    assert "No provenance is recorded." in joined(window)


def test_a_hostile_title_renders_literally(window: Any, qtbot: Any) -> None:
    open_settled(window, qtbot, "hostile")
    title = window.detail.info.findChild(QLabel, "detailTitle")
    assert title.text() == HOSTILE_TITLE
    assert title.textFormat() == Qt.TextFormat.PlainText
    description = window.detail.info.findChild(QLabel, "description")
    assert description.text() == "<i>not italic</i>"
    assert description.textFormat() == Qt.TextFormat.PlainText
    for label in window.detail.info.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_keyboard_from_grid_to_detail_and_back(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    grid.setFocus()
    grid.select_row(1)
    second = grid.currentIndex().data(WorkIdRole)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.page == "detail" and window.detail.work_id == second
    assert window.detail.position.text() == "2 of 4"
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Right)
    third = window.model.work_ids()[2]
    assert window.detail.work_id == third
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Left)
    assert window.detail.work_id == window.model.work_ids()[0]
    assert not window.detail.prev_button.isEnabled()
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Left)  # already first: stays
    assert window.detail.work_id == window.model.work_ids()[0]
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Escape)
    assert window.page == "browse"
    assert grid.current_work_row() == 0 and grid.hasFocus()


def test_double_click_opens_the_detail(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    rect = grid.visualRect(grid.model().index(grid.rows.grid_row(2), 0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.page == "detail"
    assert window.detail.work_id == window.model.work_ids()[2]


def test_right_arrow_fetches_the_next_page(window: Any, qtbot: Any) -> None:
    window.model.PAGE = 2
    window.browse.run_search()
    assert window.model.rowCount() == 2
    window.open_work(window.model.work_ids()[1])
    qtbot.keyClick(window.detail.canvas, Qt.Key.Key_Right)
    assert window.model.rowCount() == 4
    assert window.detail.work_id == window.model.work_ids()[2]


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_source_links_open_in_the_system_browser(window: Any, qtbot: Any) -> None:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        open_settled(window, qtbot, "orbital-sunrise")
        button = window.detail.info.findChild(QPushButton, "sourceLink")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://example.org/b"]


def test_only_web_links_are_offered(qtbot: Any) -> None:
    item = SourceItem(1, {"id": "s", "citation": "C", "url": "file:///etc/passwd"})
    qtbot.addWidget(item)
    assert item.findChild(QPushButton, "sourceLink") is None


# -- the image ----------------------------------------------------------------------------
@pytest.fixture
def canvas(window: Any, qtbot: Any) -> Any:
    window.set_reduced_motion(True)
    open_settled(window, qtbot, "orbital-sunrise")
    return window.detail.canvas


def test_the_image_loads_fitted_and_describes_itself(canvas: Any) -> None:
    assert canvas.image_size() == (640, 480)
    assert canvas.is_fitted()
    assert canvas.scale == pytest.approx(canvas.fit_scale())
    assert canvas.accessibleDescription() == "Picture of Orbital sunrise"
    assert canvas.accessibleName() == (  # a stand-in in the sample catalog: it says so
        f"Stand-in image of Orbital sunrise (not the artwork), zoom {canvas.zoom_percent()} %")


def test_keys_zoom_fit_and_show_actual_size(canvas: Any, qtbot: Any) -> None:
    fit = canvas.scale
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale == pytest.approx(fit * 1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale == pytest.approx(fit)
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    assert canvas.scale == 1.0 and "zoom 100 %" in canvas.accessibleName()
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.is_fitted() and canvas.scale == pytest.approx(fit)


def test_wheel_zooms_about_the_cursor(canvas: Any, qtbot: Any) -> None:
    anchor = QPointF(canvas.width() * 0.3, canvas.height() * 0.4)
    view = canvas._view

    def image_point() -> tuple[float, float]:
        s = view.scale
        return (view.cx + (anchor.x() - canvas.width() / 2) / s,
                view.cy + (anchor.y() - canvas.height() / 2) / s)

    canvas.zoom_to(3.0)  # the picture now overflows the widget both ways
    before = image_point()
    wheel = QWheelEvent(anchor, canvas.mapToGlobal(anchor), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, wheel)
    assert canvas.scale == pytest.approx(3.6)
    assert image_point() == pytest.approx(before, abs=0.5)


def test_double_click_toggles_fit_and_100_percent(canvas: Any, qtbot: Any) -> None:
    middle = QPoint(canvas.width() // 2, canvas.height() // 2)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=middle)
    assert canvas.scale == 1.0
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=middle)
    assert canvas.is_fitted()


def test_zoomed_in_draws_tiles_and_a_navigator(canvas: Any, qtbot: Any) -> None:
    canvas.zoom_to(4.0)
    canvas.grab()  # painting asks for the visible tiles
    qtbot.waitUntil(lambda: not canvas.is_loading())
    assert canvas._tiles, "tiles of the pyramid were loaded for the zoomed view"
    assert all(key[0] == 0 for key in canvas._tiles)  # 400 % needs full resolution
    assert not canvas.is_fitted()
    before = (canvas._view.cx, canvas._view.cy)
    canvas.pan(40, 0)
    assert canvas._view.cx == pytest.approx(before[0] + 40)


def test_view_geometry_keeps_the_picture_on_screen() -> None:
    view = View(1000, 500, scale=1.0, cx=0, cy=0)
    clamp_center(view, 400, 600)
    assert (view.cx, view.cy) == (200, 250)  # wider than the widget: edge-bound; lower: centred
    assert fit_scale(View(1000, 500), 524, 524) == pytest.approx(0.476)


def test_visible_tiles_start_in_the_middle() -> None:
    from gallery.imaging.tiles import PyramidGeometry

    geometry = PyramidGeometry(2048, 2048, 256)
    view = View(2048, 2048, scale=1.0, cx=1024, cy=1024)
    tiles = list(visible_tiles(geometry, 0, view, 600, 600))
    assert len(tiles) == 16 and tiles[0] in {(3, 3), (4, 4), (3, 4), (4, 3)}


def _page_end(info: Any) -> tuple[int, int]:
    """(the body's height, the bottom of its last shown part) once the layout has settled."""
    for _ in range(3):
        QApplication.processEvents()
    body = info.widget()
    layout = body.layout()
    parts = [layout.itemAt(i).widget() for i in range(layout.count())]
    bottom = max(p.geometry().bottom() for p in parts if p is not None and p.isVisible())
    return body.height(), bottom


def test_the_page_ends_where_its_text_ends_and_one_click_opens_sources(window: Any,
                                                                        qtbot: Any) -> None:
    open_settled(window, qtbot, "orbital-sunrise")
    info = window.detail.info
    info.resize(360, 300)  # narrow: many wrapped lines, where empty space used to pile up
    height, bottom = _page_end(info)
    assert height > info.viewport().height()  # the page scrolls at all
    assert height - bottom <= 40  # the bottom margin, no screens of nothing
    section = info.widget().findChild(QWidget, "sourcesSection")
    section.toggle.click()
    assert section.body.isVisible()
    height, bottom = _page_end(info)
    assert section.body.geometry().height() > 0
    assert height - bottom <= 40
    section.toggle.click()
    assert not section.body.isVisible()
    assert _page_end(info)[0] < height

"""The missions view: the list model, the mission page's facts, links and signals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gallery.ui.missions import MissionListModel, MissionsView, load_missions
from gallery.ui.missions.facts import fact_label
from gallery.ui.missions.model import IdRole, StatusRole

TETHER = ("4.8 m (16 ft) per seed; other figures in sources: 5.35 m (Starmus 2011 page), "
          "4.5 m (Euronews DE 2019)")


def add_mission_details(catalog: Any) -> None:
    mission = catalog.get_record("missions", "voskhod-2")
    mission.update(
        program="Voskhod", leonov_role="Pilot; made the first spacewalk in history.",
        key_facts=[{"key": "eva_duration", "value": "12 min 9 s"},
                   {"key": "tether_length", "value": TETHER},
                   {"key": "nights_before_rescue", "value": "two; three per one source"}],
        summary="Leonov left the ship for twelve minutes.",
        summary_ru="Леонов вышел из корабля на двенадцать минут.",
        facts=["The suit swelled in vacuum."], sources=["src_a", "src_b"])
    catalog.save_record("missions", mission, mission["version"])
    catalog.save_record("missions", {
        "id": "soyuz-11", "name": "Soyuz 11 <b>crew</b>", "name_ru": "Союз-11",
        "status": "replaced", "date_display": "June 1971", "date_start": "1971-06-06",
        "crew": [{"person_id": "andrei-sokolov", "role": "stand-in"}]}, None)


@pytest.fixture
def view(qtbot: Any, catalog: Any) -> Iterator[MissionsView]:
    add_mission_details(catalog)
    opened: list[str] = []
    widget = MissionsView(url_opener=opened.append)
    widget.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.set_missions(load_missions(catalog))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def test_model_passes_the_model_tester(qtmodeltester: Any, qapp: Any, catalog: Any) -> None:
    add_mission_details(catalog)
    model = MissionListModel()
    model.set_missions(load_missions(catalog))
    qtmodeltester.check(model)
    model.set_language("ru")
    qtmodeltester.check(model)
    ids = [model.data(model.index(r), IdRole) for r in range(model.rowCount())]
    assert ids == ["voskhod-2", "soyuz-11"]  # in date order
    assert model.data(model.index(1), StatusRole) == "replaced"
    assert model.data(model.index(1)) == "Союз-11"
    assert "Crew replaced" in model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)


def test_key_facts_show_competing_figures_whole(view: MissionsView) -> None:
    assert view.select("voskhod-2")
    rows = {label.text(): value.text() for label, value in view.page.fact_rows}
    assert rows["Spacewalk duration"] == "12 min 9 s"
    assert "4.8 m" in rows["Tether length"] and "5.35 m" in rows["Tether length"]
    assert rows["Tether length"] == TETHER
    for _label, value in view.page.fact_rows:
        assert value.textFormat() == Qt.TextFormat.PlainText
        assert value.height() >= value.heightForWidth(value.width())  # nothing cut off


def test_fact_labels_are_written_out() -> None:
    assert fact_label("eva_duration") == "Spacewalk duration"
    assert fact_label("dos9_loss_date") == "Dos9 loss date"
    assert fact_label("eva_exit_hatch") == "EVA exit hatch"


def test_work_link_and_grid_button_emit(view: MissionsView, qtbot: Any) -> None:
    view.select("voskhod-2")
    link = view.page.work_links["orbital-sunrise"]
    with qtbot.waitSignal(view.workActivated) as signal:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=link.rect().center())
    assert signal.args == ["orbital-sunrise"]
    link.setFocus()
    with qtbot.waitSignal(view.workActivated) as signal:
        qtbot.keyClick(link, Qt.Key.Key_Return)
    assert signal.args == ["orbital-sunrise"]
    with qtbot.waitSignal(view.missionFilterRequested) as signal:
        qtbot.mouseClick(view.page.filter_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["voskhod-2"]


def test_links_take_the_apps_gold_accent_readably(gallery_look: None,
                                                  view: MissionsView) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    view.select("voskhod-2")
    link = view.page.work_links["orbital-sunrise"]
    colour = link.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QApplication.palette().color(QPalette.ColorRole.Link)
    assert colour == QColor("#e0b56a")  # the accent of the work page's links

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF())

    ground = QApplication.palette().color(QPalette.ColorRole.Window)
    ratio = (luminance(colour) + 0.05) / (luminance(ground) + 0.05)
    assert ratio >= 4.5, ratio  # WCAG AA for body text


def test_source_links_open_through_the_opener(view: MissionsView, qtbot: Any) -> None:
    from gallery.ui.missions.widgets import LinkLabel

    view.select("voskhod-2")
    view.page.sources_button.click()  # folded until asked for
    link = view.page.findChild(LinkLabel, "sourceLink:src_b")
    assert link.isVisible()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=link.rect().center())
    assert view.opened == ["https://example.org/b"]  # type: ignore[attr-defined]


def test_catalog_text_is_plain_and_language_follows(view: MissionsView) -> None:
    from PySide6.QtWidgets import QLabel

    view.select("soyuz-11")
    title = view.page.findChild(QLabel, "missionTitle")
    assert title.text() == "Soyuz 11 <b>crew</b>"
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert view.page.findChild(QLabel, "missionStatus").text() == "Crew replaced"
    assert view.page.filter_button is None  # no works linked
    view.set_language("ru")
    assert view.current_id() == "soyuz-11"
    assert view.page.findChild(QLabel, "missionTitle").text() == "Союз-11"
    view.select("voskhod-2")
    texts = [label.text() for label in view.page.findChildren(QLabel) if label.isVisible()]
    assert "Леонов вышел из корабля на двенадцать минут." in texts
    assert not view.grab().isNull()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_page_keeps_a_reading_measure_on_a_wide_window(qtbot: Any, catalog: Any,
                                                            lang: str) -> None:
    from PySide6.QtWidgets import QLabel

    from gallery.ui.measure import MEASURE_CHARS

    add_mission_details(catalog)
    mission = catalog.get_record("missions", "voskhod-2")
    long_en = "Leonov left the ship and floated on his tether above the Earth. " * 8
    long_ru = "Леонов вышел из корабля и парил на фале над Землёй. " * 8
    mission.update(summary=long_en.strip(), summary_ru=long_ru.strip())
    catalog.save_record("missions", mission, mission["version"])
    widget = MissionsView()
    qtbot.addWidget(widget)
    widget.resize(2500, 1300)
    widget.set_missions(load_missions(catalog))
    widget.set_language(lang)
    widget.select("voskhod-2")
    widget.show()
    qtbot.waitExposed(widget)
    text = (long_ru if lang == "ru" else long_en).strip()
    qtbot.wait(100)  # the column's margins follow the resize on the next layout pass
    summary = next(label for label in widget.findChildren(QLabel)
                   if label.text() == text and label.isVisible())
    metrics = summary.fontMetrics()
    per_line = summary.width() / (metrics.horizontalAdvance(text) / len(text))
    assert 55 <= per_line <= MEASURE_CHARS + 10  # not ~200 characters across a wide screen
    widget.close()



def test_a_long_mission_name_wraps_whole_in_the_list(qtbot: Any, catalog: Any) -> None:
    """A name too long for the list's width takes a second line; it is never cut with '…'."""
    long_name = "Crewed flight around the Moon on a Soyuz 7K-L1 ship of the Zond programme"
    catalog.save_record("missions", {
        "id": "l1-flight", "name": long_name, "name_ru": "Облёт Луны на корабле 7К-Л1",
        "status": "cancelled", "date_display": "1968", "date_start": "1968-01-01"}, None)
    widget = MissionsView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.set_missions(load_missions(catalog))
    widget.show()
    qtbot.waitExposed(widget)
    widget.list.parentWidget().setSizes([260, 740])  # the splitter: a narrow list
    qtbot.waitUntil(lambda: widget.list.viewport().width() <= 270)
    qtbot.wait(50)  # the list lays its rows out again after the resize
    rows = {widget.model.index(n).data(IdRole): widget.list.visualRect(widget.model.index(n))
            for n in range(widget.model.rowCount())}
    assert rows["l1-flight"].height() > rows["voskhod-2"].height()
    assert rows["l1-flight"].right() <= widget.list.viewport().width()
    widget.close()

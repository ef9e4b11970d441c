"""The head of a work's page (issue 15): a plain summary block in both languages, "Cite this
work" with the record's permanent id, one line for a work with no known history, and a
reading measure near 70 characters however wide the window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from gallery.catalog.store import Catalog
from gallery.ui.detail.info import no_known_history
from gallery.ui.detail.summary import citation
from gallery.ui.measure import MEASURE_CHARS


def open_settled(window: Any, qtbot: Any, work_id: str) -> None:
    window.open_work(work_id)
    qtbot.waitUntil(lambda: not window.detail.is_loading())


def summary(window: Any) -> list[str]:
    block = window.detail.info.findChild(QWidget, "summaryBlock")
    # no-break spaces («18 марта», "A. A. Leonov") read as the spaces they are
    return [label.text().replace("\xa0", " ") for label in block.findChildren(QLabel)
            if label.isVisibleTo(block)]


def test_the_summary_block_comes_first_and_names_the_essentials(window: Any,
                                                                qtbot: Any) -> None:
    open_settled(window, qtbot, "orbital-sunrise")
    said = summary(window)
    pairs = dict(zip(said[0::2], said[1::2], strict=False))
    assert pairs["Maker"] == "Alexei Leonov"
    assert pairs["Title"] == "Orbital sunrise"
    assert pairs["Date"] == "18–19 March 1965"
    assert pairs["Medium and support"] == "coloured pencils; paper"
    assert pairs["Size"] == "not recorded"
    assert pairs["Holder"].startswith("Probably held by Star City museum")
    assert pairs["Credit line"] == "credit line not known"
    column = window.detail.info.findChild(QWidget, "infoColumn").layout()
    order = [column.itemAt(n).widget().objectName() for n in range(column.count())
             if column.itemAt(n).widget() is not None]
    assert order[:2] == ["recordHeader", "summaryBlock"]
    window.languages.set_language("ru")
    pairs = dict(zip(summary(window)[0::2], summary(window)[1::2], strict=False))
    assert pairs["Автор"] == "Алексей Леонов"
    assert pairs["Название"] == "Восход на орбите"
    assert pairs["Размер"] == "не записан"
    # the label and its "unknown" value use the one museum term
    assert pairs["Источник поступления"] == "источник поступления неизвестен"


def test_co_artists_are_named_with_their_role(window: Any, qtbot: Any) -> None:
    open_settled(window, qtbot, "stamp-1975")
    pairs = dict(zip(summary(window)[0::2], summary(window)[1::2], strict=False))
    assert pairs["Maker"].count("co\u2011artist") == 2  # a no-break hyphen: never "co-" | "artist"


def test_cite_this_work_copies_a_citation_with_the_permanent_id(window: Any,
                                                                 qtbot: Any) -> None:
    open_settled(window, qtbot, "orbital-sunrise")
    info = window.detail.info
    info.findChild(QPushButton, "citeButton").click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Alexei Leonov. Orbital sunrise. 18–19 March 1965. ")
    assert "Leonov Gallery, record orbital-sunrise." in copied  # LIDO's lidoRecID
    assert "Accessed " in copied
    assert info.findChild(QLabel, "citationCopied").text() == f"Copied: {copied}"
    window.languages.set_language("ru")
    window.detail.info.findChild(QPushButton, "citeButton").click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("Алексей Леонов. Восход на орбите. ")
    assert "Галерея Леонова, запись orbital-sunrise." in copied
    assert "Дата обращения: " in copied


def test_a_citation_gives_the_linked_art_address_under_the_export_base(
        service: Any) -> None:
    record = service.run_now(lambda c: c.get("orbital-sunrise"))
    said = citation(record, None, "en", "https://gallery.example.org/",
                    today=dt.date(2026, 12, 7))
    assert said == ("Alexei Leonov. Orbital sunrise. 18–19 March 1965. Leonov Gallery, record "
                    "orbital-sunrise, https://gallery.example.org/object/orbital-sunrise.json. "
                    "Accessed 7 December 2026.")


def test_a_work_with_no_known_history_says_it_in_a_line(window: Any, qtbot: Any,
                                                         ui_catalog_path: Any) -> None:
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        record = catalog.get("near-the-moon")
        record["provenance"] = [
            {"date_display": "date unknown", "certainty": "unknown", "kind": "reproduced",
             "party": "A news agency"},
            {"date_display": "date unknown", "certainty": "unknown", "kind": "gap"}]
        catalog.save(record, record["version"])
    window._check_for_changes()
    open_settled(window, qtbot, "near-the-moon")
    info = window.detail.info
    assert info.findChild(QLabel, "noHistoryLine").text().startswith("Nothing is known of")
    assert info.provenance_widget is None  # no chart of one "whereabouts unknown" bar
    assert info.findChild(QWidget, "provenanceEvents") is not None  # the reproduction stays
    open_settled(window, qtbot, "orbital-sunrise")  # a known owner: the chart
    assert info.findChild(QLabel, "noHistoryLine") is None
    assert info.provenance_widget is not None


def test_only_gaps_in_the_chain_is_no_known_history() -> None:
    gap = {"kind": "gap"}
    assert no_known_history([gap, {"kind": "published"}])
    assert not no_known_history([{"kind": "created"}, gap])
    assert not no_known_history([])  # nothing recorded says so in its own words


def test_the_text_keeps_a_reading_measure_on_a_wide_window(window: Any, qtbot: Any) -> None:
    window.resize(2400, 1300)
    open_settled(window, qtbot, "orbital-sunrise")
    qtbot.waitUntil(lambda: window.detail.canvas.width() > 1200)  # the picture takes the rest
    description = window.detail.info.findChild(QLabel, "description")
    metrics = description.fontMetrics()
    per_line = description.width() / (metrics.horizontalAdvance(description.text())
                                      / len(description.text()))
    assert 55 <= per_line <= MEASURE_CHARS + 10


def test_the_page_ends_where_its_text_does(window: Any, qtbot: Any) -> None:
    window.resize(2400, 1300)
    open_settled(window, qtbot, "orbital-sunrise")
    info = window.detail.info
    qtbot.waitUntil(lambda: window.detail.canvas.width() > 1200)
    column = info.findChild(QWidget, "infoColumn")
    last = max((w for w in column.findChildren(QWidget) if w.isVisibleTo(column)),
               key=lambda w: w.mapTo(column, w.rect().bottomLeft()).y())
    text_end = last.mapTo(column, last.rect().bottomLeft()).y()
    assert info.widget().height() - text_end < 80  # no blank screenfuls after the sources


def test_tab_to_cite_scrolls_it_into_view_and_enter_presses_it(window: Any,
                                                                qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window.resize(900, 420)  # short: the summary's button starts below the fold
    open_settled(window, qtbot, "orbital-sunrise")
    info = window.detail.info
    cite = info.findChild(QPushButton, "citeButton")
    info.verticalScrollBar().setValue(info.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: cite.mapTo(info.viewport(), QPoint(0, 0)).y() < 0)
    cite.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: cite.hasFocus())
    top = cite.mapTo(info.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + cite.height() <= info.viewport().height()
    QApplication.clipboard().setText("")
    QTest.keyClick(cite, Qt.Key.Key_Return)
    assert "record orbital-sunrise" in QApplication.clipboard().text()

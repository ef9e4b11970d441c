"""The timeline and the missions page speak the reader's language, from the first time they
are opened: names, dates, programmes, statuses and roles (term labels), key facts, summaries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from gallery.catalog.store import Catalog
from gallery.catalog.terms import put_terms
from gallery.ui.timeline.data import mission_text, work_text

SUMMARY_EN = "Leonov left the spacecraft and floated on a tether for twelve minutes."
SUMMARY_RU = "Леонов вышел из корабля и двенадцать минут парил на фале."
TERMS = [
    {"id": "mission-status-flown", "scheme": "mission_status", "code": "flown",
     "label": "flown", "label_ru": "полёт состоялся"},
    {"id": "role-pilot", "scheme": "role", "code": "pilot", "label": "pilot",
     "label_ru": "пилот"},
    {"id": "link-made-during", "scheme": "link_kind", "code": "made_during",
     "label": "made during", "label_ru": "создано во время"},
]


@pytest.fixture
def bilingual_mission(ui_catalog_path: Path) -> None:
    """Voskhod 2 with its texts in both languages and the terms its codes need."""
    with Catalog.open(ui_catalog_path, who="tester") as catalog:
        with catalog.write() as con:
            put_terms(con, TERMS)
        mission = catalog.get_record("missions", "voskhod-2")
        mission.update(
            program="Voskhod", program_ru="«Восход»",
            date_start="1965-03-18", date_end="1965-03-19", date_certainty="certain",
            date_note="launched on 18 March", date_note_ru="старт 18 марта",
            leonov_role="Pilot", leonov_role_ru="Пилот",
            key_facts=[{"key": "fact-1", "label": "Spacewalk duration",
                        "label_ru": "Длительность выхода", "value": "12 min 9 s",
                        "value_ru": "12 мин 9 с"}],
            crew=[{"person_id": "alexei-leonov", "role": "pilot", "role_note": "main crew",
                   "role_note_ru": "основной экипаж"}])
        catalog.save_record("missions", mission, mission["version"])
        work = catalog.get("orbital-sunrise")
        catalog.save({**work, "date_earliest": "1965-03-18", "date_latest": "1965-03-18",
                      "date_qualifier": "exact"}, work["version"])
        catalog.save_record("exhibitions", {
            "id": "london-2015", "title": "Cosmonauts", "title_ru": "Космонавты",
            "city": "London", "city_ru": "Лондон", "date_start": "2015-09-18",
            "date_end": "2016-03-13", "date_certainty": "certain"}, None)
        catalog.save_record("exhibitions", {"id": "undated-show", "title": "A show",
                                            "title_ru": "Выставка без даты"}, None)


def shown_texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_missions_first_opened_in_a_russian_session_read_russian(
        bilingual_mission: None, window: Any, qtbot: Any) -> None:
    window.languages.set_language("ru")  # a returning Russian visitor: before the first open
    window.show_page("missions")
    view = window.missions.view
    qtbot.waitUntil(view.page.isVisible)  # a widget added to a shown window shows queued
    assert view.current_id() == "voskhod-2"
    texts = shown_texts(view.page)
    assert SUMMARY_RU in texts and SUMMARY_EN not in texts
    assert view.page.findChild(QLabel, "missionTitle").text() == "Восход-2"
    assert view.page.findChild(QLabel, "missionStatus").text() == "Полёт состоялся"
    assert "«Восход»  ·  18–19 марта 1965 г." in texts
    assert "старт 18 марта" in texts
    assert "Пилот" in texts
    assert "пилот (основной экипаж)" in texts
    assert [(k.text(), v.text()) for k, v in view.page.fact_rows] == [
        ("Длительность выхода", "12 мин 9 с")]
    assert "создано во время" in texts
    # Voskhod 2's Russian name is not marked as the original here: no second name is shown.
    assert view.page.findChild(QLabel, "missionOriginalName") is None
    window.languages.set_language("en")
    texts = shown_texts(view.page)
    assert SUMMARY_EN in texts and SUMMARY_RU not in texts
    assert view.page.findChild(QLabel, "missionStatus").text() == "Flown"
    assert "pilot (main crew)" in texts


def test_the_timeline_first_opened_in_a_russian_session_reads_russian(
        bilingual_mission: None, window: Any) -> None:
    window.languages.set_language("ru")
    window.show_page("timeline")
    view = window.timeline.view
    assert view.language() == "ru"
    missions = {m.id: m for m in view._missions}
    assert mission_text(missions["voskhod-2"], "ru") == (
        "Восход-2\nПолёт состоялся · 18–19 марта 1965 г.\nстарт 18 марта\n«Восход»")
    sunrise = next(w for w in view._works if w.id == "orbital-sunrise")
    described = work_text(sunrise, missions, "ru")
    assert "18 марта 1965 г." in described and "March" not in described
    labels = {i.key: i.label for i in view.geometry_info().items if i.lane == "missions"}
    assert labels["voskhod-2"] == "Восход-2"
    assert "Voskhod" not in view.localized_life_name()


def test_the_timeline_shows_the_exhibitions_of_his_art_in_the_readers_language(
        bilingual_mission: None, window: Any, qtbot: Any) -> None:
    window.languages.set_language("ru")
    window.show_page("timeline")
    view = window.timeline.view
    shows = {i.key: i for i in view.geometry_info().items if i.lane == "exhibitions"}
    assert sorted(shows) == ["london-2015", "moscow-1965"]  # undated-show: left out here
    assert shows["london-2015"].label == "Космонавты"
    assert view._describe(("exhibitions", "london-2015", "")) == (
        "Космонавты\nЛондон\n18 сентября 2015 г. – 13 марта 2016 г.")
    # reachable from the keyboard: Up/Down step through the lanes, Left/Right along this one
    assert ("exhibitions", "london-2015", "") in view._targets("exhibitions")
    with qtbot.assertNotEmitted(view.workActivated), \
            qtbot.assertNotEmitted(view.missionActivated):
        view._activate(("exhibitions", "london-2015", ""))  # no page of its own
    window.languages.set_language("en")
    assert view._describe(("exhibitions", "london-2015", "")).startswith("Cosmonauts\nLondon")


def test_the_original_name_is_shown_as_such(qtbot: Any) -> None:
    from gallery.ui.missions import MissionsView

    view = MissionsView(url_opener=lambda url: None)
    qtbot.addWidget(view)
    view.set_data([{"id": "voskhod-1", "name": "Voskhod 1", "name_status": "published",
                    "name_ru": "Восход-1", "name_ru_status": "original", "status": "flown",
                    "date_display": "1964", "date_display_ru": "1964 г.",
                    "date_certainty": "unknown"}])
    assert view.page.findChild(QLabel, "missionOriginalName").text() == (
        "Original name: Восход-1")
    texts = [label.text() for label in view.page.findChildren(QLabel)]
    assert "1964 (date uncertain)" in texts  # its certainty is unknown: said so
    view.set_language("ru")
    assert view.page.findChild(QLabel, "missionOriginalName") is None
    assert any(label.text().startswith("1964 г. (") for label in view.page.findChildren(QLabel))


def test_sources_are_folded_until_asked_for(qtbot: Any) -> None:
    from gallery.ui.missions import MissionsView

    view = MissionsView(url_opener=lambda url: None)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.set_data([{"id": "m", "name": "M", "status": "flown", "sources": ["s"],
                    "source_details": {"s": {"citation": "A book", "url": "https://x.org"}}}])
    button = view.page.sources_button
    assert button is not None and button.text() == "Show the sources (1)"
    assert "A book" not in shown_texts(view.page)
    button.click()
    assert "A book" in shown_texts(view.page)
    view.set_data([{"id": "n", "name": "N", "status": "flown", "sources": ["s"],
                    "source_details": {"s": {"citation": "A book"}}}])
    assert "A book" in shown_texts(view.page)  # the reader's choice is kept


def test_provenance_lanes_name_agents_and_places_in_the_readers_language() -> None:
    from gallery.ui.timeline.provenance_layout import layout_provenance

    events = [
        {"kind": "created", "date_display": "1965", "date_display_ru": "1965 г.",
         "date_earliest": "1965-01-01", "date_latest": "1965-12-31", "certainty": "certain",
         "party": "alexei-leonov", "party_name": "Alexei Leonov",
         "party_name_ru": "Алексей Леонов", "holder": "alexei-leonov",
         "holder_name": "Alexei Leonov", "holder_name_ru": "Алексей Леонов",
         "transfers": "ownership"},
        {"kind": "exhibited", "date_display": "1975", "date_display_ru": "1975 г.",
         "date_earliest": "1975-01-01", "date_latest": "1975-12-31", "certainty": "certain",
         "party": "museum-of-cosmonautics", "party_name": "Museum of Cosmonautics",
         "party_name_ru": "Музей космонавтики", "place": "Moscow", "place_ru": "Москва",
         "transfers": "custody"},
    ]
    for lang, who, shown, date in (("ru", "Алексей Леонов", "Музей космонавтики, Москва",
                                    "1965 г."),
                                   ("en", "Alexei Leonov", "Museum of Cosmonautics, Moscow",
                                    "1965")):
        words = {"kinds": {"created": "+", "exhibited": "="}, "gap": "?", "undated": "?",
                 "unknown": "?", "lang": lang}
        layout = layout_provenance(events, 0, 800, 2026.0, words, lambda text: 7.0 * len(text))
        labels = {s.kind: (s.label, s.detail) for s in layout.segments}
        assert labels["created"] == (who, f"+ · {date}")
        assert labels["exhibited"][0] == shown

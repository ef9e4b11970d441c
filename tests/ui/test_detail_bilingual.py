"""A work's page and the grid on the shipped catalog read in one language: a Russian reader is
never shown an English value whose Russian exists, and an English reader no Russian one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from gallery.catalog.store import Catalog
from gallery.ui.browse.facets import load_facet_names
from gallery.ui.browse.models import kind_caption, year_caption
from gallery.ui.detail.cards import SourceItem
from gallery.ui.detail.info import InfoPanel
from gallery.ui.detail.loader import DetailData, load_detail
from gallery.ui.i18n import current_language, install_language
from qt_hygiene import flush_deleted_widgets

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"
# Visitor-read pairs (English field, its Russian) on a work, an event, a mission, a show.
WORK_FIELDS = ("date_display", "date_note", "medium", "support", "description",
               "confidence_note", "holder_note", "rights", "image_note", "inscriptions",
               "where_made", "series", "dimensions_note", "current_holder", "face_value")
EVENT_FIELDS = ("note", "place", "party_note", "date_display", "date_note")
MISSION_FIELDS = ("leonov_role", "program", "summary", "date_display")


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    catalog = Catalog.open(SHIPPED, read_only=True)
    yield catalog
    catalog.close()


def page_text(qtbot: Any, data: DetailData, lang: str,
              keep: bool = True) -> tuple[InfoPanel, str]:
    """A new page in `lang` and what it says, the bibliographic citations left out."""
    if current_language() != lang:
        install_language(QApplication.instance(), lang)
    panel = InfoPanel()
    if keep:  # else the caller deletes it
        qtbot.addWidget(panel)
    panel.show_data(data)
    citations = set()
    for item in panel.findChildren(SourceItem):
        citations.update(id(label) for label in item.findChildren(QLabel))
    # The known title in the other language is shown as such, labelled (the one exception).
    shown = [w.text() for w in panel.findChildren(QLabel)
             if id(w) not in citations
             and w.objectName() not in ("otherTitle", "concordanceTitle")]
    shown += [w.text() for w in panel.findChildren(QAbstractButton)
              if w.objectName() != "sourceLink"]
    return panel, "\n".join(shown)


def pairs(data: DetailData) -> Iterator[tuple[str, str, str]]:
    """(where, English, Russian) for every value the catalog holds in both languages."""
    record = data.record
    for field in WORK_FIELDS:
        yield field, record.get(field), record.get(f"{field}_ru")
    for n, event in enumerate(record.get("provenance") or []):
        for field in EVENT_FIELDS:
            yield f"provenance[{n}].{field}", event.get(field), event.get(f"{field}_ru")
        for which in ("party", "holder"):
            yield (f"provenance[{n}].{which}", event.get(f"{which}_name"),
                   event.get(f"{which}_name_ru"))
    for mission_id, mission in data.missions.items():
        for field in MISSION_FIELDS:
            yield f"{mission_id}.{field}", mission.get(field), mission.get(f"{field}_ru")
        for fact in mission.get("key_facts") or []:
            yield f"{mission_id}.fact", fact.get("label"), fact.get("label_ru")
            yield f"{mission_id}.fact", fact.get("value"), fact.get("value_ru")
    for show in record.get("exhibitions") or []:
        yield "exhibition", show.get("name"), show.get("name_ru")
        yield "exhibition.city", show.get("city"), show.get("city_ru")


def leaked(text: str, data: DetailData, lang: str) -> list[str]:
    """The values shown in the other language although the catalog has them in `lang`: a
    line that holds one and is mostly in the other script (a Russian note may quote an
    English name; that is no leak)."""
    other_script = r"[A-Za-z]{3,}" if lang == "ru" else r"[А-Яа-яЁё]{3,}"
    own_script = r"[А-Яа-яЁё]{3,}" if lang == "ru" else r"[A-Za-z]{3,}"
    foreign_lines = [line for line in text.splitlines()
                     if len(re.findall(other_script, line)) > len(re.findall(own_script, line))]
    found = []
    for where, english, russian in pairs(data):
        if not (isinstance(english, str) and isinstance(russian, str)):
            continue
        other, own = (english, russian) if lang == "ru" else (russian, english)
        other, own = other.strip(), own.strip()
        if not other or not own or other in own or not re.search(other_script, other):
            continue
        if any(other in line for line in foreign_lines):
            found.append(f"{where}: {other[:60]}")
    return found


def test_no_work_shows_a_russian_reader_an_english_value_that_has_its_russian(
        shipped: Catalog, qtbot: Any) -> None:
    problems = {}
    details = [load_detail(shipped, work_id) for work_id in shipped.work_ids()]
    for lang in ("ru", "en"):  # one switch each: a switch rebuilds every live page
        for data in details:
            panel, text = page_text(qtbot, data, lang, keep=False)
            if found := leaked(text, data, lang):
                problems[f"{data.record['id']} ({lang})"] = found
            panel.deleteLater()
            flush_deleted_widgets(QApplication.instance())
    assert problems == {}


def test_kinds_media_roles_and_dates_are_read_in_russian(shipped: Catalog, qtbot: Any) -> None:
    data = load_detail(shipped, "morning-of-lunokhod-1")
    _, text = page_text(qtbot, data, "ru")
    assert "картина" in text and "акриловые краски" in text and "оргалит" in text
    assert "соавтор" in text  # a role, as its term's Russian label
    assert "около 1969–1972 гг." in text
    for english in ("painting", "acrylic paint", "co-artist", "probably", "Current holder"):
        assert english not in text, english


def test_a_translated_title_is_marked_and_the_known_title_shown(shipped: Catalog,
                                                                qtbot: Any) -> None:
    data = load_detail(shipped, "over-the-planet-2003")
    panel, _ = page_text(qtbot, data, "ru")
    label = lambda name: panel.findChild(QLabel, name)  # noqa: E731
    assert label("detailTitle").text() == "Над планетой"
    assert label("titleMark").text() == "перевод"
    assert label("otherTitle").text() == "Over The Planet"
    assert label("originalTitleLabel").text() == "Опубликованное название:"
    data = load_detail(shipped, "morning-of-lunokhod-1")
    panel, _ = page_text(qtbot, data, "en")
    label = lambda name: panel.findChild(QLabel, name)  # noqa: E731
    assert label("detailTitle").text() == "Morning of Lunokhod-1"
    assert label("titleMark").text() == "published translation"
    assert (label("originalTitleLabel").text(), label("otherTitle").text()) == (
        "Original title:", "Утро «Лунохода-1»")
    panel, _ = page_text(qtbot, data, "ru")  # the original: no mark, no other title
    assert panel.findChild(QLabel, "titleMark") is None
    assert panel.findChild(QLabel, "otherTitle") is None


def test_sources_are_folded_and_say_when_they_were_consulted(shipped: Catalog,
                                                            qtbot: Any) -> None:
    data = load_detail(shipped, "over-the-planet-2003")
    panel, _ = page_text(qtbot, data, "ru")
    section = panel.findChild(QAbstractButton, "sourcesToggle")
    assert section.text() == "Источники (1)" and not section.isChecked()
    consulted = panel.findChild(QLabel, "sourceConsulted").text()
    assert consulted.startswith("Просмотрено 25\xa0ноября 2026 г.")  # the two kept together
    section.click()  # unfolded, and it stays so across a language switch
    install_language(QApplication.instance(), "en")
    assert panel.findChild(QAbstractButton, "sourcesToggle").isChecked()


def test_grid_captions_and_facets_read_in_russian(shipped: Catalog) -> None:
    rows = {r.id: r for r in shipped.search("", sort="date", limit=100).rows}
    row = rows["morning-of-lunokhod-1"]
    assert (year_caption(row, "ru"), kind_caption(row, "ru")) == ("около 1969–1972 гг.",
                                                                   "картина")
    assert (year_caption(row, "en"), kind_caption(row, "en")) == ("c. 1969–1972",
                                                                   "painting")
    media = dict((v, n) for v, _, n in shipped.search("", limit=0).facets["medium"])
    assert media["coloured-pencil"] == 4  # one value, whatever the note beside it says
    names = load_facet_names(shipped)
    assert names["medium"]["coloured-pencil"] == "цветные карандаши"
    assert names["mission"]["voskhod-2"] == "«Восход-2»"


def test_slideshow_captions_read_in_one_language(shipped: Catalog) -> None:
    from gallery.ui.slideshow.caption_text import caption_for

    record = shipped.get("morning-of-lunokhod-1")
    ru = caption_for(record, "ru")
    assert (ru.title, ru.subtitle) == ("Утро «Лунохода-1»", None)  # the original: alone
    assert ru.details.startswith("около 1969–1972 гг. · акриловые краски, оргалит")
    en = caption_for(record, "en")
    assert (en.title, en.subtitle) == ("Morning of Lunokhod-1", "Утро «Лунохода-1»")
    assert en.details.startswith("c. 1969–1972 · acrylic paint on hardboard")
    stamp = caption_for(shipped.get("stamp-1975-astp-20k"), "ru")
    assert stamp.subtitle is None  # the English title is no original
    assert not re.search(r"[A-Za-z]", f"{stamp.title} {stamp.details} {stamp.context}")


def test_search_snippets_name_parties_in_the_readers_language(shipped: Catalog) -> None:
    """A work found by a person's name says why in the reader's language, and a party is
    named, never shown as its record id."""
    russian = shipped.search("Sokolov", limit=100, snippets_lang="ru").snippets
    english = shipped.search("Соколов", limit=100, snippets_lang="en").snippets
    for snippets, script in ((russian, r"[A-Za-z]"), (english, r"[А-Яа-яЁё]")):
        assert snippets
        for snippet in snippets.values():
            said = f"{snippet.before}{snippet.match}{snippet.after}"
            assert not re.search(script, said), said
            assert "-" not in snippet.match, said  # an id such as andrei-sokolov


def test_the_kind_of_work_facet_counts_terms(shipped: Catalog) -> None:
    """Kinds are counted by term, a narrower one under its broader (a sketch is a drawing);
    'painting or drawing' is not passed off as painting."""
    kinds = {v: (label, n) for v, label, n in shipped.search("", limit=0).facets["category"]}
    assert kinds["drawing"][1] == shipped.search("", {"category": "drawing"}, limit=0).total
    assert kinds["painting-or-drawing"] == ("painting or drawing", 14)
    assert "sketch" not in kinds
    assert load_facet_names(shipped)["category"]["postage-stamp"] == "почтовая марка"

"""The browse page: typing narrows, filters combine with right counts, nothing found says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from gallery.ui.browse.models import WorkIdRole


def shown_ids(window: Any) -> list[str]:
    model = window.model
    return [model.data(model.index(r), WorkIdRole) for r in range(model.rowCount())]


def facet_counts(window: Any, facet: str) -> dict[str, int]:
    return window.browse.facets.counts(facet)


def check(window: Any, facet: str, value: str) -> None:
    window.browse.facets.check(facet, value)


def test_typing_in_the_search_field_narrows_the_grid(window: Any, qtbot: Any) -> None:
    assert len(shown_ids(window)) == 4
    field = window.browse.bar.field
    qtbot.keyClicks(field, "moon")
    qtbot.waitUntil(lambda: shown_ids(window) == ["near-the-moon"])
    assert window.count_label.text() == "1 of 4 works"


def test_typing_searches_once_after_a_pause(window: Any, qtbot: Any) -> None:
    searches: list[object] = []
    window.model.searchFinished.connect(searches.append)
    qtbot.keyClicks(window.browse.bar.field, "sunrise")
    assert not searches  # nothing ran per keystroke
    qtbot.waitUntil(lambda: len(searches) == 1)
    assert shown_ids(window) == ["orbital-sunrise"]


def test_russian_typed_text_finds_the_work(window: Any, qtbot: Any) -> None:
    window.browse.bar.field.insert("восход")  # as an input method delivers it
    qtbot.waitUntil(lambda: "orbital-sunrise" in shown_ids(window) and len(shown_ids(window)) < 4)


def test_facets_combine_and_count_with_the_other_filters(window: Any) -> None:
    assert facet_counts(window, "decade") == {"1960s": 2, "1970s": 1, "1980s": 1}
    assert facet_counts(window, "image") == {"standin": 3, "real": 1}
    check(window, "image", "standin")
    assert sorted(shown_ids(window)) == ["hostile", "orbital-sunrise", "stamp-1975"]
    # decade counts now say what each decade would give among stand-ins
    assert facet_counts(window, "decade") == {"1960s": 1, "1970s": 1, "1980s": 1}
    # while the image facet's own counts ignore its own choice
    assert facet_counts(window, "image") == {"standin": 3, "real": 1}
    check(window, "decade", "1960s")
    assert shown_ids(window) == ["orbital-sunrise"]
    check(window, "decade", "1970s")  # OR within one facet
    assert sorted(shown_ids(window)) == ["orbital-sunrise", "stamp-1975"]
    assert window.count_label.text() == "2 of 4 works"
    assert window.browse.facets.clear_button.isEnabled()


def test_typed_years_filter_the_grid_as_they_are_typed(window: Any, qtbot: Any) -> None:
    facets = window.browse.facets
    qtbot.keyClicks(facets.year_from, "1970")  # no Enter, no leaving the box
    qtbot.waitUntil(lambda: sorted(shown_ids(window)) == ["hostile", "stamp-1975"])
    qtbot.keyClicks(facets.year_to, "1979")
    qtbot.waitUntil(lambda: shown_ids(window) == ["stamp-1975"])
    facets.year_to.clear()
    qtbot.keyClicks(facets.year_to, "197")  # half a year changes nothing
    qtbot.wait(400)
    assert shown_ids(window) == ["stamp-1975"]
    facets.year_from.selectAll()
    qtbot.keyClick(facets.year_from, Qt.Key.Key_Backspace)  # emptied: any year again
    qtbot.keyClick(facets.year_to, Qt.Key.Key_Backspace)
    qtbot.keyClick(facets.year_to, Qt.Key.Key_Backspace)
    qtbot.keyClick(facets.year_to, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(shown_ids(window)) == 4)


def test_year_arrows_start_at_the_catalogs_years(window: Any, qtbot: Any) -> None:
    facets = window.browse.facets
    first, last = facets.years.histogram.first, facets.years.histogram.last
    assert 1960 <= first <= last <= 1990  # the catalog's own years, not 1930–2030
    qtbot.keyClick(facets.year_from, Qt.Key.Key_Up)
    assert facets.year_from.text() == str(first)
    qtbot.keyClick(facets.year_from, Qt.Key.Key_Up)
    assert facets.year_from.text() == str(first + 1)
    qtbot.keyClick(facets.year_to, Qt.Key.Key_Down)
    assert facets.year_to.text() == str(last)


def test_the_histogram_drags_a_range(window: Any, qtbot: Any) -> None:
    histogram = window.browse.facets.years.histogram
    histogram.resize(300, 60)
    qtbot.mousePress(histogram, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(histogram._x(1970)) + 1, 30))
    qtbot.mouseRelease(histogram, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.browse.facets.filters().get("year_from") == 1970)
    assert window.browse.facets.year_from.text() == "1970"
    qtbot.waitUntil(lambda: sorted(shown_ids(window)) == ["hostile", "stamp-1975"])


def test_an_empty_result_says_so_and_offers_to_clear(window: Any, qtbot: Any) -> None:
    check(window, "image", "real")
    check(window, "decade", "1970s")
    page = window.browse
    assert window.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.message.isVisible()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert len(shown_ids(window)) == 4
    assert page.stack.currentWidget() is page.grid
    assert page.facets.filters() == {}


def test_sort_by_title(window: Any) -> None:
    window.browse.bar.set_sort("title")
    assert shown_ids(window) == ["hostile", "stamp-1975", "near-the-moon", "orbital-sunrise"]


def test_ctrl_f_focuses_search_and_esc_clears_it(window: Any, qtbot: Any) -> None:
    window.browse.grid.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    field = window.browse.bar.field
    assert field.hasFocus()
    qtbot.keyClicks(field, "moon")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # a second Esc goes to the results
    assert window.browse.grid.hasFocus()


def test_thumbnails_load_and_stand_ins_are_marked(window: Any, qtbot: Any) -> None:
    grid = window.browse.grid
    window.grab()  # painting asks for the visible thumbnails
    qtbot.waitUntil(lambda: window.model.thumbnails_pending() == 0)
    model = window.model
    pixmaps = [model.data(model.index(r), Qt.ItemDataRole.DecorationRole)
               for r in range(model.rowCount())]
    assert all(p is not None and not p.isNull() for p in pixmaps)
    assert grid.uniformItemSizes()
    assert grid.accessibleName() == "Works"


def test_filter_by_mission_from_another_view(window: Any) -> None:
    window.show_page("timeline")
    window.filter_mission("voskhod-2")
    assert window.page == "browse"
    assert sorted(shown_ids(window)) == ["orbital-sunrise", "stamp-1975"]
    assert window.browse.facets.filters() == {"mission": ["voskhod-2"]}


def test_a_misspelt_search_shows_the_correction_and_the_way_back(window: Any,
                                                                 qtbot: Any) -> None:
    note = window.browse.correction
    qtbot.keyClicks(window.browse.bar.field, "sokolv")
    qtbot.waitUntil(lambda: note.isVisible())
    assert shown_ids(window) == ["stamp-1975"]  # Sokolov's stamp
    assert "sokolov" in note.text() and 'href="exact"' in note.text()
    assert window.count_label.text() == "1 of 4 works"
    note.linkActivated.emit("exact")  # "search instead for sokolv"
    qtbot.waitUntil(lambda: not note.isVisible() and shown_ids(window) == [])
    window.browse.bar.field.setText("moon")  # typing again corrects again when needed
    qtbot.waitUntil(lambda: shown_ids(window) == ["near-the-moon"])
    assert not note.isVisible()


def test_a_correction_is_escaped_text_never_markup(window: Any, qtbot: Any) -> None:
    window.browse.correction.show_for("<img src=x>", "<b>typed</b>")
    assert "<img" not in window.browse.correction.text()
    assert "&lt;b&gt;typed&lt;/b&gt;" in window.browse.correction.text()


def test_typing_orders_by_best_match_until_the_visitor_picks_an_order(window: Any,
                                                                      qtbot: Any) -> None:
    bar = window.browse.bar
    assert bar.sort() == "date"
    qtbot.keyClicks(bar.field, "moon")
    assert bar.sort() == "relevance" and bar.sort_box.currentIndex() == 4
    bar.sort_box.setCurrentIndex(2)  # the visitor picks "Title"
    bar.field.clear()
    assert bar.sort() == "title" and bar.chosen_sort() == "title"


def test_best_match_is_offered_only_with_a_search(window: Any, qtbot: Any) -> None:
    bar = window.browse.bar
    best = bar.sort_box.model().item(4)
    assert best.text() == "Best match"
    assert not best.isEnabled() and best.toolTip() == "Type a search first"
    bar.set_sort("relevance")  # a remembered best match, with nothing typed: not taken
    assert bar.sort() == "date" and bar.sort_box.currentIndex() == 0
    qtbot.keyClicks(bar.field, "moon")
    assert best.isEnabled() and best.toolTip() == ""
    window.languages.set_language("ru")
    best = bar.sort_box.model().item(4)  # the items are made again in the new language
    assert best.isEnabled()
    bar.clear_now()
    assert not best.isEnabled() and best.toolTip() == "Сначала введите запрос"
    window.languages.set_language("en")


def test_a_searched_card_says_why_it_came_up(window: Any, qtbot: Any) -> None:
    from gallery.ui.browse.models import SnippetRole

    grid, model = window.browse.grid, window.model
    window.browse.bar.set_sort("title")  # no decade bands: only the snippet line differs
    plain_height = grid.visualRect(grid.model().index(0, 0)).height()
    qtbot.keyClicks(window.browse.bar.field, "sokolov")
    qtbot.waitUntil(lambda: shown_ids(window) == ["stamp-1975"])
    snippet = model.data(model.index(0), SnippetRole)
    assert snippet is not None and snippet.match == "Sokolov"
    assert "Sokolov" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert grid.visualRect(grid.model().index(0, 0)).height() > plain_height  # room for the line
    window.browse.bar.field.clear()
    qtbot.waitUntil(lambda: len(shown_ids(window)) == 4)
    assert model.data(model.index(0), SnippetRole) is None
    assert grid.visualRect(grid.model().index(0, 0)).height() == plain_height


def test_decades_read_in_the_chosen_language(window: Any) -> None:
    model = window.browse.facets.model
    group = model.group_index("decade")

    def names() -> set[str]:
        return {model.data(model.index(r, 0, group), model.NameRole)
                for r in range(model.rowCount(group))}
    assert "1960s" in names()
    window.languages.set_language("ru")
    assert names() == {"1960-е", "1970-е", "1980-е"}
    assert model.data(group) == "Десятилетие"


def test_a_reversed_year_range_is_understood(window: Any, qtbot: Any) -> None:
    facets = window.browse.facets
    window.activateWindow()
    qtbot.keyClicks(facets.year_from, "1979")
    facets.year_to.setFocus()
    qtbot.waitUntil(facets.year_to.hasFocus)
    qtbot.keyClicks(facets.year_to, "1970")
    qtbot.waitUntil(lambda: shown_ids(window) == ["stamp-1975"])
    assert facets.filters() == {"year_from": 1970, "year_to": 1979}
    # the boxes say what the chip says, as soon as it applies; the year typed moved to From
    # and the cursor with it, at its end
    assert (facets.year_from.text(), facets.year_to.text()) == ("1970", "1979")
    assert facets.year_from.hasFocus() and facets.year_from.cursorPosition() == 4
    assert any("1970–1979" in text for text in chip_texts(window))


def test_nothing_found_by_filters_alone_speaks_of_filters(window: Any, qtbot: Any) -> None:
    check(window, "image", "real")
    check(window, "decade", "1970s")
    empty = window.browse.empty
    assert empty.message.text() == "No work matches these filters."
    window.languages.set_language("ru")
    assert empty.message.text() == "Ни одна работа не подходит под эти фильтры."
    window.languages.set_language("en")
    window.browse.bar.field.insert("zzzqqq")
    qtbot.waitUntil(lambda: empty.message.text() == "No works match this search.")


def test_the_status_bar_counts_sets_and_groups_apart(window: Any, qtbot: Any) -> None:
    label = window.count_label
    qtbot.waitUntil(lambda: "of" in label.text())
    assert "among them" not in label.text()  # the sample catalog holds works only
    window.browse.kindsChanged.emit({"work": 50, "set": 3, "group": 5})
    assert label.text().endswith("(3 sets and 5 groups among them)")
    window.browse.kindsChanged.emit({"work": 50, "set": 0, "group": 1})
    assert label.text().endswith("(one group among them)")  # never "1 groups"
    window.languages.set_language("ru")  # the words follow the language at once
    assert label.text().endswith("(из них групп: 1)")
    window.browse.kindsChanged.emit({"work": 50, "set": 2, "group": 1})
    assert label.text().endswith("(из них серий: 2, групп: 1)")
    window.languages.set_language("en")


def test_the_status_bar_groups_thousands_as_the_language_does(window: Any, qtbot: Any) -> None:
    window._count_changed(35516, 100000)
    assert window.count_label.text().startswith("35,516 of 100,000 works")
    window.languages.set_language("ru")
    window._count_changed(35516, 100000)
    assert window.count_label.text().startswith("35\u00a0516 из 100\u00a0000 работ")
    window.languages.set_language("en")


def chip_texts(window: Any) -> list[str]:
    return [b.text() for b in window.browse.chips.buttons]


def test_chips_show_each_active_filter_and_remove_it_in_one_click(window: Any,
                                                                   qtbot: Any) -> None:
    chips = window.browse.chips
    assert chip_texts(window) == [] and chips.isHidden()
    check(window, "decade", "1960s")
    check(window, "image", "standin")
    qtbot.keyClicks(window.browse.facets.year_from, "1965")
    qtbot.waitUntil(lambda: len(chip_texts(window)) == 4)
    assert chip_texts(window) == ["Decade: 1960s  ✕", "Image: Stand-in image  ✕",
                                  "Years: from 1965  ✕", "Clear all"]
    assert shown_ids(window) == ["orbital-sunrise"]
    qtbot.mouseClick(chips.buttons[0], Qt.MouseButton.LeftButton)  # the decade goes
    qtbot.waitUntil(lambda: "Decade: 1960s  ✕" not in chip_texts(window))
    assert window.browse.facets.filters() == {"image": ["standin"], "year_from": 1965}
    qtbot.waitUntil(lambda: sorted(shown_ids(window)) == ["hostile", "orbital-sunrise",
                                                          "stamp-1975"])
    years = next(b for b in chips.buttons if b.text().startswith("Years"))
    qtbot.mouseClick(years, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.browse.facets.filters() == {"image": ["standin"]})
    assert window.browse.facets.year_from.text() == ""


def test_the_search_words_are_a_chip_and_clear_all_clears_everything(window: Any,
                                                                      qtbot: Any) -> None:
    check(window, "image", "standin")
    window.browse.bar.field.insert("moon")
    qtbot.waitUntil(lambda: "Search: “moon”  ✕" in chip_texts(window))
    window.languages.set_language("ru")
    assert chip_texts(window) == ["Изображение: Замещающее изображение  ✕",
                                  "Поиск: «moon»  ✕", "Сбросить всё"]
    clear_all = window.browse.chips.findChild(type(window.browse.chips.buttons[0]),
                                              "chipsClearAll")
    qtbot.mouseClick(clear_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown_ids(window)) == 4)
    assert window.browse.bar.text() == "" and window.browse.facets.filters() == {}
    assert window.browse.chips.isHidden()


def test_the_picture_size_follows_the_slider_and_ctrl_wheel_and_is_remembered(
        window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from gallery.ui.window_state import save_window_state

    page, grid = window.browse, window.browse.grid
    before = grid.cell_size()
    page.size_slider.setValue(125)
    assert grid.cell_size().width() > before.width()
    assert grid.gridSize().width() >= grid.cell_size().width()

    def picture_width() -> float:
        window.grab()  # painting asks for the pictures, made again for the bigger cells
        pixmap = window.model.data(window.model.index(0), Qt.ItemDataRole.DecorationRole)
        return pixmap.deviceIndependentSize().width() if pixmap is not None else 0

    qtbot.waitUntil(lambda: picture_width() > 196)

    def wheel(delta: int, modifiers: Qt.KeyboardModifier) -> None:
        centre = QPointF(grid.viewport().rect().center())
        event = QWheelEvent(centre, grid.viewport().mapToGlobal(centre), QPoint(),
                            QPoint(0, delta), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(grid.viewport(), event)

    wheel(-120, Qt.KeyboardModifier.ControlModifier)
    assert page.thumb_size() == 110
    wheel(-120, Qt.KeyboardModifier.NoModifier)  # without Ctrl the wheel scrolls, no more
    assert page.thumb_size() == 110
    save_window_state(window)
    assert window.settings.get("browse/thumb_size") == 110


def test_date_order_shows_decade_bands_with_a_sticky_header(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.ui.browse.models import BandRole

    model, grid = window.model, window.browse.grid
    bands = [model.data(model.index(r), BandRole) for r in range(model.rowCount())]
    assert bands == ["1960s", "1960s", "1970s", "1980s"]
    plain = grid.cell_size().height()
    window.browse.bar.set_sort("title")
    qtbot.waitUntil(lambda: model.data(model.index(0), BandRole) is None)
    assert grid.cell_size().height() < plain  # no room kept for band names
    window.browse.bar.sort_box.setCurrentIndex(1)  # newest first: bands too
    qtbot.waitUntil(lambda: model.data(model.index(0), BandRole) == "1980s")
    window.resize(860, 560)
    window.browse.splitter.setSizes([560, 300])  # one column: the grid scrolls
    QApplication.processEvents()
    header = grid.band_header
    assert header.isHidden()  # at the top the first band names itself
    bar = grid.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.waitUntil(header.isVisible)
    assert header.text() == "1960s"
    assert header.geometry().topLeft() == grid.viewport().geometry().topLeft()
    assert header.width() == grid.viewport().width()
    # over the grid's first column, where a band's own strip writes its name
    assert header.row_left() == grid.visualRect(grid.model().index(0, 0)).left()
    window.languages.set_language("ru")  # not scrolled again: the header follows at once
    assert header.isVisible() and header.text() == "1960-е"
    window.languages.set_language("en")
    assert header.text() == "1960s"


def test_the_sticky_band_header_hides_what_scrolls_under_it(window: Any, qtbot: Any) -> None:
    """Opaque: the header's pixels are its own background and name, never a card's."""
    from PySide6.QtWidgets import QApplication

    from gallery.ui.browse.band_header import BACKGROUND

    grid = window.browse.grid
    window.resize(860, 560)
    window.browse.splitter.setSizes([560, 300])
    QApplication.processEvents()
    bar = grid.verticalScrollBar()
    bar.setValue(bar.maximum())
    header = grid.band_header
    qtbot.waitUntil(header.isVisible)
    assert grid.visualRect(grid.indexAt(header.geometry().center())).top() < 0  # a card
    image = grid.grab(header.geometry()).toImage()  # the grid as seen: cards, header on top
    # above and below the name and its rule: the header's own colour, nothing from under it
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 5)
               for y in (0, 1, image.height() - 3)}
    assert colours == {BACKGROUND.name()}, colours


def test_mission_order_shows_mission_bands_in_the_visitors_language(window: Any,
                                                                     qtbot: Any) -> None:
    from gallery.ui.browse.models import BandRole

    model = window.model
    window.browse.bar.sort_box.setCurrentIndex(5)
    assert window.browse.bar.sort() == "mission"
    qtbot.waitUntil(lambda: model.data(model.index(3), BandRole) is not None)
    bands = [model.data(model.index(r), BandRole) for r in range(model.rowCount())]
    assert bands[:2] == ["Voskhod 2", "Voskhod 2"] and bands[2:] == ["No mission"] * 2
    assert sorted(shown_ids(window)[:2]) == ["orbital-sunrise", "stamp-1975"]
    window.languages.set_language("ru")
    assert model.data(model.index(3), BandRole) == "Вне полётов"


def test_the_filter_panel_follows_the_width_until_the_visitor_drags_it(window: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from gallery.ui.window_state import restore_window_state, save_window_state

    page = window.browse
    window.resize(2400, 1300)
    QApplication.processEvents()
    assert page.facets.width() >= 400  # room for long names on a big screen
    window.resize(1280, 720)
    QApplication.processEvents()
    assert 270 <= page.facets.width() <= 300
    save_window_state(window)
    assert window.settings.get("browse/splitter") == b""  # nothing chosen, nothing kept
    page.splitter.moveSplitter(350, 1)  # the visitor drags the split
    QApplication.processEvents()
    window.resize(2400, 1300)
    QApplication.processEvents()
    assert abs(page.facets.width() - 350) <= 12  # it stays where they put it
    save_window_state(window)
    page._panel_fitted = True
    restore_window_state(window)
    assert not page._panel_fitted


def test_a_very_long_search_chip_is_elided_with_its_cross_showing(window: Any,
                                                                   qtbot: Any) -> None:
    from gallery.ui.browse.chips import CHIP_WIDTH

    words = "Ш" * 10_000  # wide letters: 42 of them alone overflow a chip
    window.browse.bar.field.insert(words)
    qtbot.waitUntil(lambda: any(t.startswith("Search:") for t in chip_texts(window)))
    chip = next(b for b in window.browse.chips.buttons if b.text().startswith("Search:"))
    assert chip.text().endswith("…  ✕")
    assert chip.fontMetrics().horizontalAdvance(chip.text()) < CHIP_WIDTH - 20
    assert chip.sizeHint().width() <= CHIP_WIDTH and chip.width() <= CHIP_WIDTH
    assert words in chip.toolTip() and words in chip.accessibleName()
    window.browse.bar.field.clear()


def test_snippets_follow_a_language_switch_at_once(window: Any, qtbot: Any) -> None:
    from gallery.ui.browse.models import SnippetRole

    model = window.model
    window.browse.bar.set_sort("title")
    qtbot.keyClicks(window.browse.bar.field, "sokolov")
    qtbot.waitUntil(lambda: shown_ids(window) == ["stamp-1975"])
    assert model.data(model.index(0), SnippetRole).match == "Sokolov"
    window.languages.set_language("ru")  # no keystroke: the snippet is read again
    qtbot.waitUntil(lambda: model.data(model.index(0), SnippetRole).match == "Соколов")
    window.languages.set_language("en")
    qtbot.waitUntil(lambda: model.data(model.index(0), SnippetRole).match == "Sokolov")
    window.browse.bar.field.clear()


def test_a_typed_year_outside_the_catalog_is_brought_within_it(window: Any, qtbot: Any) -> None:
    years = window.browse.facets.years
    histogram = years.histogram
    first, last = histogram.first, histogram.last
    axis = (histogram.first, histogram.last)
    assert years.note.isHidden()
    qtbot.keyClicks(years.year_to, "9999")
    qtbot.waitUntil(lambda: years.year_to.text() == str(last))
    assert (histogram.first, histogram.last) == axis  # the histogram never stretches
    assert histogram.shown_range() == (first, last)
    assert not years.note.isHidden()
    assert years.note.text() == (f"The catalog's works date from {first} to {last}: the year "
                                 "typed was brought within them.")
    window.languages.set_language("ru")
    assert years.note.text().startswith(f"Работы в каталоге датированы {first}–{last} гг.")
    window.languages.set_language("en")
    qtbot.keyClicks(years.year_from, "1066")
    qtbot.waitUntil(lambda: years.year_from.text() == str(first))
    assert len(shown_ids(window)) == 4  # the whole span: every work
    years.year_from.selectAll()
    qtbot.keyClicks(years.year_from, str(first + 1))  # a year inside: no note
    qtbot.waitUntil(lambda: years.note.isHidden())
    assert years.year_from.text() == str(first + 1)


def test_a_short_or_negative_year_left_in_either_box_is_brought_within_the_catalog(
        window: Any, qtbot: Any) -> None:
    years = window.browse.facets.years
    first, last = years.histogram.first, years.histogram.last
    for box in (years.year_from, years.year_to):
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, "-5")  # the minus is refused: "5", a year long before the works
        assert box.text() == "5"
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.text() == str(first)  # the box shows the year the filter uses
        assert not years.note.isHidden()
        assert "brought within them" in years.note.text()
        assert years._applied == years.range()
    years.year_to.selectAll()
    qtbot.keyClicks(years.year_to, "0")
    qtbot.keyClick(years.year_to, Qt.Key.Key_Tab)
    assert years.year_to.text() == str(first) and years._applied == years.range()
    assert not years.note.isHidden()
    years.year_to.selectAll()
    qtbot.keyClicks(years.year_to, str(last))  # valid years again: the note goes
    qtbot.waitUntil(lambda: years.note.isHidden())
    assert years.range() == (first, last) == years._applied
    years.clear_end("both")


def test_a_focused_chip_goes_with_enter_space_or_delete_and_hands_the_focus_on(
        window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    chips = window.browse.chips
    check(window, "decade", "1960s")
    check(window, "image", "standin")
    window.browse.bar.field.insert("sunrise")
    qtbot.waitUntil(lambda: len(chip_texts(window)) == 4)
    chips.buttons[0].setFocus()
    qtbot.waitUntil(lambda: chips.buttons[0].hasFocus())
    qtbot.keyClick(chips.buttons[0], Qt.Key.Key_Delete)  # the decade goes; the next chip
    qtbot.waitUntil(lambda: chip_texts(window) == ["Image: Stand-in image  ✕",
                                                   "Search: “sunrise”  ✕", "Clear all"])
    assert QApplication.focusWidget() is chips.buttons[0]
    chips.buttons[1].setFocus()
    qtbot.keyClick(chips.buttons[1], Qt.Key.Key_Return)  # the last chip: the one before it
    qtbot.waitUntil(lambda: chip_texts(window) == ["Image: Stand-in image  ✕"])
    assert window.browse.bar.text() == ""
    assert QApplication.focusWidget() is chips.buttons[0]
    window.languages.set_language("ru")  # rebuilt in Russian under the focus: kept
    assert QApplication.focusWidget() is chips.buttons[0]
    window.languages.set_language("en")
    qtbot.keyClick(chips.buttons[0], Qt.Key.Key_Space)  # none left: the search field
    qtbot.waitUntil(lambda: window.browse.facets.filters() == {})
    assert chips.isHidden()
    assert QApplication.focusWidget() is window.browse.bar.field


def test_clearing_the_search_puts_the_sort_back_and_hides_the_cross(window: Any,
                                                                    qtbot: Any) -> None:
    """Esc in the field, the field's ×, a search chip's ✕ and Clear all: each leaves the
    sort box on the order the visitor had before the search, and the field's × hidden."""
    from PySide6.QtWidgets import QToolButton

    bar, page = window.browse.bar, window.browse
    cross = bar.field.findChildren(QToolButton)[0]

    def search(words: str, sort_text: str = "Best match") -> None:
        bar.field.setFocus()
        qtbot.keyClicks(bar.field, words)
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        assert bar.sort_box.currentText() == sort_text
        qtbot.waitUntil(cross.isVisible)

    def cleared(sort_text: str) -> None:
        assert bar.text() == "" and bar.sort_box.currentText() == sort_text
        qtbot.waitUntil(lambda: not cross.isVisible())
        qtbot.waitUntil(lambda: window.model.rowCount() == 4)

    search("moon")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    cleared("Date")
    search("moon")
    cross.click()  # (the window is not shown: a click by its signal)
    cleared("Date")
    search("moon")
    chip = next(b for b in page.chips.buttons if "moon" in b.text())
    chip.click()
    cleared("Date")
    # a visitor who sorted by title, then picked best match while searching: back to title
    bar.sort_box.setCurrentIndex(2)
    search("moon", "Title")  # a chosen order stays while searching
    bar.sort_box.setCurrentIndex(4)
    assert bar.sort() == "relevance"
    page.clear_all()  # (Clear all, the empty result's button)
    cleared("Title")
    assert bar.sort() == "title"

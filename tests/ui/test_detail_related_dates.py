"""Related works on a work page give their dates as the grid cards do (issue 15 review): the
years with the qualifier, not days and months that claim a precision the card does not."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from gallery.catalog.search import WorkRow
from gallery.ui.detail.cards import RelatedList


def row(work_id: str, date: str, date_ru: str) -> WorkRow:
    return WorkRow(id=work_id, title=work_id.title(), title_ru=None, date_display=date,
                   date_earliest=date[-4:], image_path=None, image_sha256=None,
                   image_is_standin=False, confidence="medium", date_display_ru=date_ru)


def test_related_works_show_the_short_date_of_a_grid_card(qtbot: Any) -> None:
    rows = [row("a", "probably 1 January 1964 – 17 March 1965",
                "вероятно, 1 января 1964 г. – 17 марта 1965 г."),
            row("b", "by 16 December 2015", "не позднее 16 декабря 2015 г.")]
    for lang, wanted in (("en", ["A  ·  probably 1964–1965", "B  ·  by 2015"]),
                         ("ru", ["A  ·  вероятно, 1964–1965 гг.",
                                 "B  ·  не позднее 2015 г."])):
        related = RelatedList(rows, lang)
        qtbot.addWidget(related)
        buttons = related.findChildren(QPushButton, "relatedWork")
        assert [b.full_text for b in buttons] == wanted
        assert "17" in buttons[0].toolTip()  # the whole date stays in the tooltip

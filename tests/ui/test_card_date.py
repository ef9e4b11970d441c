"""A grid card's date keeps its year at every thumbnail size, in both languages (issue 15)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from gallery.ui.browse.card_date import compact_forms, short_forms

LONG_DATES = [
    "probably not before 1960",
    "вероятно, не ранее 1960 г.",
    "possibly c. 1970",
    "вероятно, не позднее 17 июля 1975 г.",
    "вероятно, 1 января 1964 г. – 17 марта 1965 г.",
    "вероятно, не позднее сентября 1999 г.",
    "probably 1 January 1964 – 17 March 1965",
    "possibly by 29 May 2012",
    "14 сентября – 4 октября 1972 г.",
]


def test_short_forms_drop_day_and_month_and_keep_the_qualifier() -> None:
    assert short_forms("вероятно, не позднее 17 июля 1975 г.") == (
        "вероятно, не позднее", "1975 г.", "вероятно, не позднее 1975 г.")
    assert short_forms("вероятно, 1 января 1964 г. – 17 марта 1965 г.")[2] == (
        "вероятно, 1964–1965 гг.")
    assert short_forms("probably by September 1999")[2] == "probably by 1999"
    assert short_forms("probably 1 March – 12 April 1967")[2] == "probably 1967"
    assert short_forms("date unknown") is None


@pytest.mark.parametrize("percent", [60, 75, 100, 125])
@pytest.mark.parametrize("text", LONG_DATES)
def test_the_painted_date_keeps_its_year_at_every_size(qtbot: Any, percent: int,
                                                       text: str) -> None:
    from gallery.ui.browse.delegate import WorkDelegate

    delegate = WorkDelegate()
    delegate.set_scale(percent)
    shown = delegate._card_date(text, "", delegate.image_w)
    assert delegate._year_metrics.horizontalAdvance(shown) <= delegate.image_w
    last_year = re.findall(r"\d{4}", text)[-1]
    assert last_year in shown, shown
    if text.endswith("г."):
        assert "г." in shown
    assert "…" not in shown  # never a word cut in the middle
    words = set(re.findall(r"\w+", text)) | {"from", "с", "до", "ок", "гг"}
    assert set(re.findall(r"\w+", shown)) <= words, shown


def test_a_date_that_fits_is_shown_whole(qtbot: Any) -> None:
    from gallery.ui.browse.delegate import WorkDelegate

    delegate = WorkDelegate()
    assert delegate._card_date("1975 г.", "", delegate.image_w) == "1975 г."
    assert delegate._card_date("date unknown", "", 30).endswith("…")


def test_compact_forms_shorten_whole_words() -> None:
    assert compact_forms("probably not before", "1960") == [
        "probably from 1960", "from 1960 (?)", "1960 (?)"]
    assert compact_forms("вероятно, не позднее", "1975 г.") == [
        "вероятно, до 1975 г.", "до 1975 г. (?)", "1975 г. (?)"]
    assert compact_forms("около", "1970 г.") == ["ок. 1970 г."]
    assert compact_forms("by", "1999") == []  # already as short as it gets
    assert compact_forms("", "1967") == []


def test_a_small_card_shows_a_short_form_not_a_cut_word(qtbot: Any) -> None:
    from gallery.ui.browse.delegate import WorkDelegate

    delegate = WorkDelegate()
    delegate.set_scale(60)
    width = delegate._year_metrics.horizontalAdvance("probably from 1960")
    assert delegate._card_date("probably not before 1960", "", width) == "probably from 1960"
    width = delegate._year_metrics.horizontalAdvance("from 1960 (?)")
    assert delegate._card_date("probably not before 1960", "", width) == "from 1960 (?)"


def test_a_card_keeps_day_and_month_only_where_both_languages_fit(qtbot: Any) -> None:
    """The same stamp: "14 September – 4 October 1972" fits a card where "14 сентября –
    4 октября 1972 г." does not; both cards then say the year."""
    from gallery.ui.browse.delegate import WorkDelegate

    delegate = WorkDelegate()
    english, russian = "14 September – 4 October 1972", "14 сентября – 4 октября 1972 г."
    metrics = delegate._year_metrics
    width = metrics.horizontalAdvance(english)
    assert metrics.horizontalAdvance(russian) > width
    assert delegate._card_date(english, "", width) == english  # alone, it fits whole
    assert delegate._card_date(english, russian, width) == "1972"
    assert delegate._card_date(russian, english, width) == "1972 г."
    wide = metrics.horizontalAdvance(russian)
    assert delegate._card_date(english, russian, wide) == english
    assert delegate._card_date("1972", "1972 г.", 10 * wide) == "1972"

"""The axis helpers shared by the timelines: year fractions, ticks, dates in words."""

from __future__ import annotations

import itertools

import pytest

from gallery.ui.timeline.axis import pretty_date, short_title, ticks, year_of


def test_year_of_spans_whole_days() -> None:
    assert year_of("1965") == 1965.0
    assert year_of("1965-12-31", end=True) == pytest.approx(1966.0)
    assert year_of("1965-03") == pytest.approx(1965 + 59 / 365)
    assert year_of(None) is None and year_of("soon") is None


def test_tick_labels_never_collide_even_where_the_axis_is_squeezed() -> None:
    def to_x(year: float) -> float:  # 1934–1965 squeezed into 60 px, then 20 px a year
        return (year - 1934) * 2 if year < 1965 else 62 + (year - 1965) * 20

    result = ticks(1934, 2020, to_x, lambda text: 8.0 * len(text), anchors=[1934, 2019])
    labelled = sorted((t.x, t.label) for t in result if t.label)
    assert labelled[0][1] == "1934" and "2019" in [label for _x, label in labelled]
    for (x0, a), (x1, b) in itertools.pairwise(labelled):
        assert x1 - x0 >= (8 * len(a) + 8 * len(b)) / 2 + 14


def test_dates_in_words() -> None:
    assert pretty_date("1965-03-18/1965-03-19") == "18–19 Mar 1965"
    assert pretty_date("2015-09-18/2016-03-13", "ru") == "18 сент. 2015 – 13 марта 2016"
    assert pretty_date("before 1975-07") == "before Jul 1975"
    assert pretty_date("1968–present", "ru") == "1968–наст. время"
    assert pretty_date("unknown") == ""
    assert pretty_date("ca. 1970") == "ca. 1970"


def test_short_titles_drop_trailing_notes() -> None:
    assert short_title("In a selenocentric orbit (stamp)") == "In a selenocentric orbit"
    assert short_title("(untitled)") == "(untitled)"


def test_a_long_mission_name_gets_its_room_not_an_ellipsis() -> None:
    from gallery.ui.timeline.data import MissionItem
    from gallery.ui.timeline.layout import MAX_LABEL, build_geometry

    name_ru = "Экспериментальный полёт «Союз» — «Аполлон» («Союз-19»)"
    mission = MissionItem("astp", "Apollo–Soyuz Test Project (Soyuz 19)", name_ru, "flown",
                          "1975", 1975.5, 1975.55, False)
    geo = build_geometry([], [mission], 1930, 2030, 10.0, "ru", lambda t: 7.0 * len(t))
    item = next(i for i in geo.items if i.kind == "mission")
    assert item.label == "Экспериментальный полёт «Союз» — «Аполлон»"
    assert item.label_w == 7.0 * len(item.label) > MAX_LABEL  # drawn whole, not elided

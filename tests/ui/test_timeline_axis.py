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


def width_of(text: str) -> float:
    return 7.0 * len(text)


def test_a_long_label_wraps_between_words_and_keeps_every_word() -> None:
    from gallery.ui.timeline.layout import wrap_label

    title = "Зарисовки Земли на орбите во время полёта «Союз» — «Аполлон»"
    lines = wrap_label(title, 240.0, width_of)
    assert len(lines) == 2 and all(width_of(line) <= 240.0 for line in lines)
    assert " ".join(lines) == title  # nothing elided, nothing lost
    assert abs(len(lines[0]) - len(lines[1])) < 15  # balanced, not a long line and a stub
    assert wrap_label("Луна", 210.0, width_of) == ("Луна",)


def test_only_a_title_too_long_for_three_lines_is_elided() -> None:
    from gallery.ui.timeline.layout import MAX_LINES, wrap_label

    title = " ".join(["космос"] * 40)
    lines = wrap_label(title, 100.0, width_of)
    assert len(lines) == MAX_LINES and lines[-1].endswith("…")
    assert all(width_of(line) <= 100.0 for line in lines)


def test_no_label_is_cut_overlaps_or_runs_past_the_axis() -> None:
    from gallery.ui.timeline.data import WorkItem
    from gallery.ui.timeline.layout import PAD, build_geometry

    titles = ["Картины Алексея Леонова в калининградском филиале Третьяковской галереи",
              "Фрегат «Диана» в Северном море. Первая посольская миссия в Японию",
              "Шаржи и юмористические рисунки на товарищей по отряду космонавтов",
              "Луна", "Выход в открытый космос. 25.03.1965 год"]
    works = [WorkItem(f"w{n}", title, title, "", "certain", year, year + 0.5)
             for n, title in enumerate(titles) for year in (1965.0, 2018.0, 2018.2)]
    works += [WorkItem("same-a", "Марка «Союз» — «Аполлон», 20 копеек", "", "", "certain",
                       2018.0, 2018.0), WorkItem("same-b", "Марка «Союз» — «Аполлон», 6 копеек",
                                                 "", "", "certain", 2018.0, 2018.0)]
    geo = build_geometry(works, [], 1930, 2020, 12.0, "ru", width_of, max_label=210.0)
    limit = geo.x(2020) + PAD / 2
    made = [i for i in geo.items if i.lane == "made"]
    for item in made:
        assert " ".join(item.lines) == item.label  # whole, wrapped
        assert all(width_of(line) <= item.label_w for line in item.lines)
        assert item.label_x >= PAD / 2 and item.label_x + item.label_w <= limit
    for a, b in itertools.combinations(made, 2):
        share_rows = a.row < b.row + b.rows and b.row < a.row + a.rows
        if share_rows:  # labels on the same rows never overlap
            assert (a.label_x + a.label_w <= b.label_x or b.label_x + b.label_w <= a.label_x)
    assert geo.width <= geo.x(2020) + PAD  # fits at this zoom: nothing beyond the fit width

"""Playlists: time windows, resolving lists and saved searches, and what plays when."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from gallery.catalog import playlists
from gallery.catalog.errors import NotFound
from gallery.catalog.playlists import ProgramSource, Slide, TimeWindow, parse_hhmm, parse_hours
from gallery.catalog.store import Catalog

MONDAY = datetime(2025, 3, 17, 10, 30)  # a Monday
SUNDAY_NIGHT = datetime(2025, 3, 23, 23, 0)


def test_parse_hours_and_contains() -> None:
    window = parse_hours("09:00-18:00")
    assert window.contains(MONDAY)
    assert not window.contains(MONDAY.replace(hour=18))  # closing time is exclusive
    assert window.contains(MONDAY.replace(hour=9, minute=0))
    assert not window.contains(MONDAY.replace(hour=8, minute=59))
    assert parse_hhmm("24:00") > parse_hhmm("23:59")
    for bad in ("9-18", "25:00-26:00", "09:00-09:00", "nonsense"):
        with pytest.raises(ValueError):
            parse_hours(bad)


def test_window_past_midnight_belongs_to_its_start_day() -> None:
    friday_night = TimeWindow(frozenset({4}), parse_hhmm("22:00"), parse_hhmm("02:00"))
    assert friday_night.contains(datetime(2025, 3, 21, 23, 0))   # Friday 23:00
    assert friday_night.contains(datetime(2025, 3, 22, 1, 0))    # Saturday 01:00
    assert not friday_night.contains(datetime(2025, 3, 22, 23, 0))
    assert not friday_night.contains(datetime(2025, 3, 21, 1, 0))  # Friday 01:00


def test_windows_text_round_trip() -> None:
    records = playlists.parse_windows_text("Mon-Fri 09:00-18:00; Sat,Sun 10:00-16:00")
    assert records == [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"},
                       {"days": [5, 6], "start": "10:00", "end": "16:00"}]
    assert playlists.format_windows(records) == "Mon-Fri 09:00-18:00; Sat-Sun 10:00-16:00"
    assert playlists.parse_windows_text("") == []
    assert playlists.format_windows(playlists.parse_windows_text("10:00-24:00")) == "10:00-24:00"
    assert playlists.parse_windows_text("Sat-Mon 10:00-12:00")[0]["days"] == [0, 5, 6]
    with pytest.raises(ValueError):
        playlists.parse_windows_text("Someday 10:00-12:00")


def test_malformed_stored_window_is_ignored(caplog: pytest.LogCaptureFixture) -> None:
    windows = playlists.windows_from_record([{"days": [0], "start": "nine", "end": "18:00"},
                                             {"start": "09:00", "end": "18:00"}])
    assert len(windows) == 1 and windows[0].days == playlists.ALL_DAYS
    assert "malformed" in caplog.text


WEEKDAYS = [{"days": [0, 1, 2, 3, 4], "start": "09:00", "end": "18:00"}]


def test_next_opening() -> None:
    weekdays = playlists.schedule_from_record({"windows": WEEKDAYS})
    assert weekdays.next_start(SUNDAY_NIGHT) == datetime(2025, 3, 24, 9, 0)
    assert weekdays.next_start(MONDAY) == datetime(2025, 3, 18, 9, 0)
    assert playlists.schedule_from_record({}).plays(MONDAY)


def test_an_exhibition_plays_only_during_its_run_and_not_on_closed_days() -> None:
    show = playlists.schedule_from_record({
        "windows": WEEKDAYS, "runs_from": "2025-03-18", "runs_until": "2025-03-28",
        "closed_days": ["2025-03-19", "2025-03-20"]})
    assert not show.plays(MONDAY)                                    # before the run
    assert show.next_start(MONDAY) == datetime(2025, 3, 18, 9, 0)    # its first morning
    assert show.plays(datetime(2025, 3, 18, 10, 0))
    assert not show.plays(datetime(2025, 3, 19, 10, 0))               # a closed day
    assert show.next_start(datetime(2025, 3, 18, 19, 0)) == datetime(2025, 3, 21, 9, 0)
    assert not show.plays(datetime(2025, 3, 31, 10, 0))               # after the run
    assert show.next_start(datetime(2025, 3, 28, 19, 0)) is None      # never again


def test_a_night_window_on_a_closed_day_stays_shut_past_midnight() -> None:
    nights = playlists.schedule_from_record({
        "windows": [{"days": [4], "start": "22:00", "end": "02:00"}],
        "closed_days": ["2025-03-21"]})                                # that Friday
    assert not nights.plays(datetime(2025, 3, 21, 23, 0))
    assert not nights.plays(datetime(2025, 3, 22, 1, 0))              # still Friday's night
    assert nights.plays(datetime(2025, 3, 28, 23, 0))                 # the next Friday


def test_closed_days_text_round_trip() -> None:
    days = playlists.parse_days_text("2025-12-31, 2026-01-01..2026-01-03")
    assert days == ["2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03"]
    assert playlists.format_days(days) == "2025-12-31..2026-01-03"
    for bad in ("31.12.2025", "2026-01-05..2026-01-01", "2026-02-30"):
        with pytest.raises(ValueError):
            playlists.parse_days_text(bad)


def test_a_run_that_ends_before_it_starts_is_refused(catalog: Catalog) -> None:
    from gallery.catalog.errors import InvalidRecord

    with pytest.raises(InvalidRecord, match="runs_until"):
        catalog.save_record("playlists", {"id": "p", "name": "P", "runs_from": "2026-05-01",
                                          "runs_until": "2026-04-01"}, None)
    with pytest.raises(InvalidRecord, match="closed_days"):
        catalog.save_record("playlists", {"id": "p", "name": "P",
                                          "closed_days": ["2026-02-30"]}, None)


def test_whole_catalog_plays_by_date(catalog: Catalog) -> None:
    assert [s.work_id for s in playlists.whole_catalog(catalog)] == [
        "orbital-sunrise", "near-the-moon", "stamp-1975"]


def test_list_playlist_resolves_items_and_leaves_out_trash(catalog: Catalog) -> None:
    catalog.save_record("playlists", {
        "id": "hall-a", "name": "Hall A", "kind": "list", "default_duration_s": 20,
        "items": [{"work_id": "stamp-1975", "caption": "The 1975 stamp", "duration_s": 8},
                  {"work_id": "near-the-moon"}, {"work_id": "orbital-sunrise"}]}, None)
    catalog.delete("near-the-moon", catalog.get("near-the-moon")["version"])
    slides = playlists.resolve(catalog, catalog.get_record("playlists", "hall-a"))
    assert slides == [Slide("stamp-1975", "The 1975 stamp", 8),
                      Slide("orbital-sunrise", None, 20)]


def test_search_playlist_follows_the_catalog(catalog: Catalog) -> None:
    record = catalog.save_record("playlists", {
        "id": "voskhod", "name": "Voskhod 2", "kind": "search",
        "query": {"text": "", "filters": {"mission": "voskhod-2"}}}, None)
    assert [s.work_id for s in playlists.resolve(catalog, record)] == [
        "orbital-sunrise", "stamp-1975"]
    moon = catalog.get("near-the-moon")
    moon["missions"] = [{"mission_id": "voskhod-2", "link": "depicts"}]
    catalog.save(moon, moon["version"])
    assert [s.work_id for s in playlists.resolve(catalog, record)] == [
        "orbital-sunrise", "near-the-moon", "stamp-1975"]


def test_search_with_unknown_filter_plays_nothing(catalog: Catalog,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    record = catalog.save_record("playlists", {
        "id": "odd", "name": "Odd", "kind": "search",
        "query": {"text": "", "filters": {"colour": "red"}}}, None)
    assert playlists.resolve(catalog, record) == []
    assert "cannot evaluate" in caplog.text


def test_find_playlist_by_id_or_name(catalog: Catalog) -> None:
    catalog.save_record("playlists", {"id": "hall-a", "name": "Hall A", "items": []}, None)
    assert playlists.find_playlist(catalog, "hall-a")["name"] == "Hall A"
    assert playlists.find_playlist(catalog, "  hall a ")["id"] == "hall-a"
    with pytest.raises(NotFound):
        playlists.find_playlist(catalog, "Hall B")


def test_program_source_windows_and_fallbacks(catalog: Catalog) -> None:
    catalog.save_record("playlists", {
        "id": "mornings", "name": "Mornings", "windows": [{"start": "09:00", "end": "12:00"}],
        "items": [{"work_id": "stamp-1975"}]}, None)
    catalog.save_record("playlists", {
        "id": "afternoons", "name": "Afternoons",
        "windows": [{"days": [0, 1, 2, 3, 4], "start": "12:00", "end": "18:00"}],
        "items": [{"work_id": "near-the-moon"}]}, None)
    source = ProgramSource(["mornings", "afternoons"])
    assert source.current(catalog, MONDAY).playlist_id == "mornings"
    assert source.current(catalog, MONDAY.replace(hour=14)).slides == (Slide("near-the-moon"),)
    closed = source.current(catalog, MONDAY.replace(hour=19))
    assert closed.closed and closed.slides == ()
    assert closed.opens_at == datetime(2025, 3, 18, 9, 0)
    assert not ProgramSource().current(catalog, MONDAY).closed  # whole catalog, always


def test_a_temporary_exhibition_takes_the_screen_during_its_run(catalog: Catalog) -> None:
    catalog.save_record("playlists", {
        "id": "spring-show", "name": "Spring show", "runs_from": "2025-03-17",
        "runs_until": "2025-03-23", "closed_days": ["2025-03-18"],
        "items": [{"work_id": "stamp-1975"}]}, None)
    catalog.save_record("playlists", {"id": "collection", "name": "Collection",
                                      "items": [{"work_id": "near-the-moon"}]}, None)
    source = ProgramSource(["spring-show", "collection"])
    assert source.current(catalog, MONDAY).playlist_id == "spring-show"
    assert source.current(catalog, MONDAY.replace(day=18)).playlist_id == "collection"
    assert source.current(catalog, MONDAY.replace(day=24)).playlist_id == "collection"
    alone = ProgramSource(["spring-show"]).current(catalog, MONDAY.replace(day=18))
    assert alone.closed and alone.opens_at == datetime(2025, 3, 19, 0, 0)


def test_program_source_picks_up_changes_from_another_process(catalog_path: Path) -> None:
    with Catalog.open(catalog_path, read_only=True) as show, \
            Catalog.open(catalog_path, who="curator") as curator:
        curator.save_record("playlists", {"id": "p", "name": "P",
                                          "items": [{"work_id": "stamp-1975"}]}, None)
        source = ProgramSource(["p"])
        first = source.current(show, MONDAY)
        assert [s.work_id for s in first.slides] == ["stamp-1975"]
        assert source.current(show, MONDAY) is not first  # same content, cached slides
        record = curator.get_record("playlists", "p")
        record["items"].append({"work_id": "orbital-sunrise", "caption": "Sunrise"})
        curator.save_record("playlists", record, record["version"])
        second = source.current(show, MONDAY)
        assert second.version > first.version
        assert second.slides[-1] == Slide("orbital-sunrise", "Sunrise")


def test_missing_playlist_falls_back_to_the_whole_catalog(
        catalog: Catalog, caplog: pytest.LogCaptureFixture) -> None:
    program = ProgramSource(["gone"]).current(catalog, MONDAY)
    assert program.playlist_id is None and len(program.slides) == 3
    assert "whole catalog" in caplog.text

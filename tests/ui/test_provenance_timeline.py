"""The provenance timeline's layout: lanes, gaps, certainty styles, joints, undated events."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from gallery.ui.detail.provenance_timeline import ProvenanceTimeline

TODAY = dt.date(2026, 6, 1)


def event(kind: str, date: str | None, earliest: str | None, latest: str | None,
          **extra: Any) -> dict[str, Any]:
    record = {"kind": kind, "date_display": date, "date_earliest": earliest,
              "date_latest": latest, "certainty": "certain", "party": None, "holder": None,
              "direct": False, "place": None, "note": None, "sources": []}
    record.update(extra)
    return record


CHAIN = [
    event("created", "1965", "1965-01-01", "1965-12-31", party="Alexei Leonov",
          holder="Alexei Leonov", transfers="ownership"),
    event("gift", "1968", "1968-01-01", "1968-12-31", party="Leonov to Clarke",
          holder="Arthur C. Clarke", transfers="ownership", direct=True),
    event("loan", "1975", "1975-01-01", "1975-12-31", party="Arthur C. Clarke",
          transfers="custody", place="London"),
    event("reproduced", "1976", "1976-01-01", "1976-12-31", party="NASA", transfers="none"),
    event("gap", "1980–2000", "1980-01-01", "2000-12-31", transfers="unknown",
          certainty="unknown"),
    event("sale", "2001", "2001-01-01", "2001-12-31", party="Sotheby's",
          holder="A collector", transfers="ownership", certainty="possibly"),
    event("held", None, None, None, party="A museum", holder="A museum",
          transfers="ownership", certainty="probable"),
]


@pytest.fixture
def timeline(qtbot: Any) -> ProvenanceTimeline:
    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.set_events(CHAIN)
    return widget


def by_index(widget: ProvenanceTimeline) -> dict[int, Any]:
    return {s.index: s for s in widget.segments()}


def test_ownership_and_custody_land_in_different_lanes(timeline: ProvenanceTimeline) -> None:
    segments = by_index(timeline)
    assert segments[0].lane == "ownership"
    assert segments[1].lane == "ownership"
    assert segments[2].lane == "custody"
    assert segments[3].lane == "publications" and segments[3].style == "marker"
    assert timeline.lane_rect("custody").top() > timeline.lane_rect("ownership").bottom()


def test_gap_is_a_labelled_break(timeline: ProvenanceTimeline) -> None:
    gap = by_index(timeline)[4]
    assert gap.style == "gap"
    assert gap.label == "whereabouts unknown"
    assert gap.detail == "1980–2000"
    assert gap.joint is None and by_index(timeline)[5].joint is None  # a break, not a joint


def test_certainty_styles_and_joints(timeline: ProvenanceTimeline) -> None:
    segments = by_index(timeline)
    assert segments[0].style == "solid"
    assert segments[5].style == "hatched"      # possibly
    assert segments[6].style == "light"        # probable
    assert segments[1].joint == "direct"
    chain = [event("created", "1970", "1970-01-01", "1970-12-31", holder="A"),
             event("sale", "1990", "1990-01-01", "1990-12-31", holder="B", direct=False)]
    timeline.set_events(chain)
    assert [s.joint for s in timeline.segments()] == [None, "indirect"]


def test_segments_run_in_order_and_an_undated_holder_stands_apart(
        timeline: ProvenanceTimeline) -> None:
    own = [s for s in timeline.segments() if s.lane == "ownership"]
    starts = [s.x0 for s in own]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    info = timeline.layout_info()
    museum, collector = own[-1], own[-2]
    # the museum's holding has no date: it is in the undated strip, not at a guessed year
    assert museum.undated and info.undated_x is not None and museum.x0 >= info.undated_x
    assert museum.open_end and not any(s.open_end for s in own[:-1])
    # the collector is known from 2001 only: the bar does not run on to today
    assert collector.x1 < info.today_x - 20 and collector.fuzzy_end
    for a, b in itertools.pairwise(own):  # label rooms never overlap
        assert a.label_x1 <= b.label_x0 + 0.5


def test_undated_events_are_never_put_at_a_year(qtbot: Any) -> None:
    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.set_events([  # as "Morning of Lunokhod-1" has it
        event("created", "c. 1969–1972", "1969-01-01", "1972-12-31", holder="Sokolov",
              transfers="ownership", certainty="probable"),
        event("reproduced", "1972", "1972-01-01", "1972-12-31", party="USSR Post",
              transfers="none"),
        event("published", None, None, None, transfers="none",
              party_note="in the book Star-Roads"),
        event("offered", None, None, None, party="Sotheby's", transfers="none"),
        event("gap", None, None, None, transfers="unknown", certainty="unknown")])
    info = widget.layout_info()
    segments = by_index(widget)
    strip = info.undated_x
    assert strip is not None
    for i in (2, 3, 4):
        assert segments[i].undated and segments[i].x0 >= strip
        assert "date unknown" in segments[i].detail
    assert segments[1].x1 < strip  # the dated stamp stays on the axis
    assert segments[2].label == "in the book Star-Roads"  # not "unknown"
    assert all(tick.x < strip for tick in info.ticks)
    sokolov = segments[0]
    # Sokolov's holding is known to about 1972: the bar ends there, a short fade after
    assert not sokolov.open_end
    assert sokolov.x1 - sokolov.solid1 <= 18.5
    assert sokolov.x1 < info.today_x - 100
    assert not widget.grab().isNull()


def test_date_ranges_give_fuzzy_edges(timeline: ProvenanceTimeline) -> None:
    created = by_index(timeline)[0]
    assert created.fuzzy_start          # "1965" is a year-long range
    clarke = by_index(timeline)[1]
    assert by_index(timeline)[0].x1 >= clarke.x0  # the two holders cross-fade over 1968


def test_holders_keep_readable_room_however_short(qtbot: Any) -> None:
    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.set_events([
        event("created", "18 March 1965", "1965-03-18", "1965-03-18", holder="Alexei Leonov"),
        event("gap", "1965–2015", "1965-01-01", "2015-12-31", transfers="unknown"),
        event("held", "2016", "2016-01-01", "2016-12-31", holder="Star City museum")])
    own = [s for s in widget.segments() if s.lane == "ownership"]
    assert own[0].solid1 - own[0].x0 >= 60  # a day's holding still shows who held it
    assert own[1].style == "gap"


def test_events_without_any_dates_are_placed_by_order(qtbot: Any) -> None:
    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.set_events([event("created", None, None, None, holder="A"),
                       event("gift", None, None, None, holder="B"),
                       event("exhibited", None, None, None, party="C", transfers="custody")])
    segments = widget.segments()
    assert widget.layout_info().ordinal and widget.layout_info().ticks == []
    own = [s for s in segments if s.lane == "ownership"]
    assert [s.label for s in own] == ["A", "B"] and own[0].x0 < own[1].x0
    widget.grab()


def test_empty_provenance_says_so(qtbot: Any) -> None:
    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.set_events([])
    assert widget.segments() == []
    assert widget.accessibleDescription() == "No provenance recorded"
    assert not widget.grab().isNull()


def test_accessible_text_reads_the_provenance(timeline: ProvenanceTimeline) -> None:
    assert timeline.accessibleName() == "Provenance timeline"
    text = timeline.accessibleDescription()
    assert "Alexei Leonov" in text and "whereabouts unknown" in text and "NASA" in text


def test_tooltip_text_is_plain(timeline: ProvenanceTimeline) -> None:
    hostile = [event("created", "1970", "1970-01-01", "1970-12-31",
                     holder="<b>bold</b>", note="<img src=x>")]
    timeline.set_events(hostile)
    segment = timeline.segments()[0]
    assert segment.label == "<b>bold</b>"
    from gallery.ui.timeline.style import plain_tooltip

    assert "&lt;img src=x&gt;" in plain_tooltip(timeline._tooltip(segment))


def test_scales_to_width_and_paints(timeline: ProvenanceTimeline) -> None:
    narrow = max(s.x1 for s in timeline.segments())
    timeline.resize(1400, 200)
    wide = max(s.x1 for s in timeline.segments())
    assert wide > narrow + 400
    assert timeline.sizeHint().width() == 900
    image = timeline.grab()
    assert image.width() == 1400


LONG_NAMES = [
    event("created", "18–19 March 1965", "1965-03-18", "1965-03-19",
          holder="Alexei Arkhipovich Leonov", transfers="ownership"),
    event("gap", "1965–2015", "1965-03-20", "2015-12-31", transfers="unknown",
          certainty="unknown"),
    event("loan", "2015", "2015-09-18", "2016-03-13",
          party="Museum of the Yuri Gagarin Cosmonaut Training Centre", place="Star City",
          transfers="custody"),
    event("exhibited", "2015–2016", "2015-09-18", "2016-03-13",
          party="Science Museum", place="London", transfers="custody"),
    event("held", None, None, None, holder="Museum of the Yuri Gagarin Cosmonaut Training "
          "Centre", transfers="ownership", certainty="probable"),
]


@pytest.mark.parametrize("width", [520, 900])
def test_no_label_is_cut_on_a_narrow_chart(qtbot: Any, width: int) -> None:
    from gallery.ui.timeline.provenance_callouts import fits_on_bar

    widget = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(width, 200)
    widget.set_events(LONG_NAMES)
    segments, callouts = widget.segments(), widget.callouts()
    called = {c.segment for c in callouts}
    for n, segment in enumerate(segments):
        if n not in called:  # whole where it is drawn
            assert fits_on_bar(segment, widget._text_width, widget._name_width)
    assert called, "a narrow chart sets some labels under their lanes"
    for callout in callouts:
        segment = segments[callout.segment]
        names = callout.lines[:-1] if callout.lane == "ownership" else callout.lines
        assert " ".join(names) == segment.label  # every word, wrapped at most
        assert not any(line.endswith("…") for line in callout.lines)
        assert widget._gutter() <= callout.x and callout.x + callout.width <= width - 12
        rect = widget.callout_rect(callout)
        assert rect.top() >= widget.lane_rect(callout.lane).bottom()  # under its own lane
    for a, b in itertools.combinations(callouts, 2):
        if a.lane == b.lane and a.row == b.row:
            assert a.x + a.width <= b.x or b.x + b.width <= a.x
    own = [widget.callout_rect(c) for c in callouts if c.lane == "ownership"]
    if own:  # the next lane starts below the callouts, and the widget grows to hold them
        assert widget.lane_rect("custody").top() > max(r.bottom() for r in own)
    assert widget.sizeHint().height() > widget._axis_base()
    assert not widget.grab().isNull()


def test_only_lanes_with_something_in_them_are_drawn(qtbot: Any,
                                                     timeline: ProvenanceTimeline) -> None:
    # Issue 15 review: an empty "Publications" (and "Custody") lane was drawn for every work.
    assert timeline.shown_lanes() == ["ownership", "custody", "publications"]
    owners = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(owners)
    owners.resize(900, 200)
    owners.set_events(CHAIN[:2])
    assert owners.shown_lanes() == ["ownership"]
    assert owners.lane_rect("custody").height() == 0
    assert owners.lane_rect("publications").height() == 0
    assert owners.sizeHint().height() < timeline.sizeHint().height() - 40
    published = ProvenanceTimeline(today=TODAY)
    qtbot.addWidget(published)
    published.resize(900, 200)
    published.set_events([CHAIN[0], CHAIN[3]])
    assert published.shown_lanes() == ["ownership", "publications"]
    assert published.lane_rect("publications").top() < timeline.lane_rect("publications").top()


def test_a_holding_still_running_ends_at_today_fading(qtbot: Any) -> None:
    # Issue 15 review: the last holder's bar ran on past today, an arrow beyond it.
    widget = ProvenanceTimeline(today=dt.date(2020, 6, 1))
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.set_events(CHAIN[:2])
    layout = widget.layout_info()
    clarke = by_index(widget)[1]
    assert clarke.open_end and layout.today_x is not None
    assert clarke.x1 <= layout.today_x + 0.5
    assert clarke.fuzzy_end  # open-ended: it fades out, no end rule is drawn
    assert all(s.x1 <= layout.today_x + 0.5 for s in widget.segments())

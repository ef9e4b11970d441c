"""The editor opens on a large catalog without reading it whole (issue 22): its works list is
read a page at a time, and a kind's form is built when the kind is first shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import FakePrompts, make_editor

from desk_catalogs import build_big
from gallery.catalog.store import Catalog
from gallery.ui.edit.record_list_model import PAGE, IdRole

WORKS = 3 * PAGE + 50
pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


@pytest.fixture(scope="module")
def big_path(tmp_path_factory: Any) -> Path:
    return build_big(tmp_path_factory.mktemp("big") / "big.db", works=WORKS)


def last_by_title(path: Path) -> str:
    with Catalog.open(path, read_only=True) as catalog:
        return catalog.search("", sort="title", limit=1, offset=WORKS - 1,
                              facets=False).rows[0].id


def test_the_works_list_reads_its_first_page_and_counts_them_all(
        qtbot: Any, big_path: Path, tmp_path: Path) -> None:
    window = make_editor(qtbot, big_path, FakePrompts(), drafts_root=tmp_path / "drafts")
    model = window.panel.model
    assert model.rowCount() == PAGE and len(model._rows) == PAGE
    assert window.panel.count.text() == f"{WORKS} records"
    while model.canFetchMore():  # what the view does as the curator scrolls down
        model.fetchMore()
    assert model.rowCount() == WORKS
    ids = [model.index(row).data(IdRole) for row in range(WORKS)]
    assert len(set(ids)) == WORKS and ids[-1] == last_by_title(big_path)


def test_a_work_further_down_than_read_is_selected_when_opened(
        qtbot: Any, big_path: Path, tmp_path: Path) -> None:
    last = last_by_title(big_path)
    window = make_editor(qtbot, big_path, FakePrompts(), last,
                         drafts_root=tmp_path / "drafts")
    assert window.panel.current_id() == last
    assert window.panel.model.row_of(last) == WORKS - 1


def test_the_paged_list_is_a_sound_model(qtbot: Any, qtmodeltester: Any, big_path: Path,
                                         tmp_path: Path) -> None:
    window = make_editor(qtbot, big_path, FakePrompts(), drafts_root=tmp_path / "drafts")
    window.panel.model.fetchMore()
    qtmodeltester.check(window.panel.model)


def test_a_kinds_form_is_built_when_the_kind_is_first_shown(qtbot: Any, catalog_path: Path,
                                                            tmp_path: Path) -> None:
    window = make_editor(qtbot, catalog_path, FakePrompts(), "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    others = [t for t in window.sessions if t != "works"]
    assert others and not any(window.sessions[t].has_form for t in others)
    window.panel.set_kind("people")
    # No person chosen yet: the empty state, and the form is built when a record opens.
    assert window.forms.currentWidget() is window.empty_state
    assert not window.sessions["people"].has_form
    window.open_record("people", "alexei-leonov")
    qtbot.waitUntil(lambda: window.sessions["people"].model.loaded)
    assert window.sessions["people"].has_form
    assert window.forms.currentWidget() is window.sessions["people"].form
    assert not window.sessions["missions"].has_form


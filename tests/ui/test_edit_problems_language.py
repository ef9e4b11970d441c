"""The Russian editor says a field's problem in Russian (issue 20 review): a death before the
birth and a day the calendar lacks are refused next to their fields, and nothing is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_edit_support import FakePrompts, field, make_editor, replace_text

from gallery.catalog.store import Catalog
from gallery.ui.i18n import install_language

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def person_editor(qtbot: Any, path: Path, tmp_path: Path, lang: str) -> Any:
    install_language(QApplication.instance(), lang)
    window = make_editor(qtbot, path, FakePrompts(), "orbital-sunrise-1965",
                         drafts_root=tmp_path / "drafts")
    window.open_record("people", "alexei-leonov")
    return window


def problem_of(window: Any, name: str) -> str:
    return window.sessions["people"].form.rows[name].message.text()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "the death (1900-01-01) is before the birth (1934-05-30)"),
    ("ru", "смерть (1900-01-01) раньше рождения (1934-05-30)"),
])
def test_a_death_before_the_birth_is_refused_beside_the_field(
        qtbot: Any, shipped_copy: Path, tmp_path: Path, lang: str, said: str) -> None:
    window = person_editor(qtbot, shipped_copy, tmp_path, lang)
    replace_text(qtbot, field(window, "died_date", "people"), "1900-01-01")
    window.actions_by_name["save"].trigger()
    assert problem_of(window, "died_date") == said
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        assert catalog.get_record("people", "alexei-leonov")["died_date"] == "2019-10-11"


def test_a_day_the_calendar_lacks_is_said_in_russian(qtbot: Any, shipped_copy: Path,
                                                     tmp_path: Path) -> None:
    window = person_editor(qtbot, shipped_copy, tmp_path, "ru")
    replace_text(qtbot, field(window, "born_date", "people"), "1934-02-30")
    window.actions_by_name["save"].trigger()
    assert problem_of(window, "born_date") == "1934-02-30 — такого дня в календаре нет"


@pytest.mark.parametrize(("lang", "url_said", "day_said"), [
    ("en", "a web address starts with http:// or https://", "is in the future"),
    ("ru", "веб-адрес начинается с http:// или https://", "в будущем"),
])
def test_a_source_s_script_address_and_future_day_are_refused_beside_their_fields(
        qtbot: Any, shipped_copy: Path, tmp_path: Path, lang: str, url_said: str,
        day_said: str) -> None:
    install_language(QApplication.instance(), lang)
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        source = catalog.list_records("sources")[0]
    window = make_editor(qtbot, shipped_copy, FakePrompts(), "orbital-sunrise-1965",
                         drafts_root=tmp_path / "drafts")
    window.open_record("sources", source["id"])
    replace_text(qtbot, field(window, "url", "sources"), "javascript:alert(1)")
    replace_text(qtbot, field(window, "retrieved", "sources"), "2099-01-01")
    window.actions_by_name["save"].trigger()
    rows = window.sessions["sources"].form.rows
    assert rows["url"].message.text().startswith(url_said)
    assert day_said in rows["retrieved"].message.text()
    with Catalog.open(shipped_copy, read_only=True) as catalog:
        assert catalog.get_record("sources", source["id"])["url"] == source["url"]

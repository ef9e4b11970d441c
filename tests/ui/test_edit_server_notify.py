"""The editor on a PostgreSQL server hears saves made elsewhere by NOTIFY (no polling): the
list and its count, the form when it holds no edit; an unsaved edit stays and the curator is
told, in English and in Russian, that a newer version was saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import field, make_editor, replace_text

from catalog_samples import sample_work
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def _save_elsewhere(url: str, **changes: Any) -> None:
    with Catalog.open(url, who="Boris Ivanov") as other:
        record = other.get("orbital-sunrise")
        other.save({**record, **changes}, record["version"])


def test_saves_elsewhere_refresh_list_count_and_a_clean_form(
        qtbot: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert editor.external.watch is not None
    assert editor.external.check_now() is None and editor.external.version is None
    count = editor.panel.count.text()
    _save_elsewhere(pg_sample_catalog, title="Orbital sunrise, retitled elsewhere")
    with Catalog.open(pg_sample_catalog, who="Boris Ivanov") as other:
        other.save(sample_work("made-elsewhere", title="Made elsewhere"), None)
    qtbot.waitUntil(lambda: field(editor, "title").text()
                    == "Orbital sunrise, retitled elsewhere", timeout=10_000)
    qtbot.waitUntil(lambda: editor.panel.model.row_of("made-elsewhere") >= 0, timeout=10_000)
    assert editor.panel.count.text() != count
    assert not editor.isWindowModified()
    editor.close()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "A newer version of “Orbital sunrise” was saved elsewhere"),
    ("ru", "Более новая версия «Восход на орбите» сохранена в другом месте"),
])
def test_an_unsaved_edit_stays_and_says_a_newer_version_exists(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path,
        lang: str, words: str) -> None:
    from gallery.ui.i18n import install_language

    install_language(qapp, lang)
    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed here")
    _save_elsewhere(pg_sample_catalog, medium_note="typed there")
    qtbot.waitUntil(lambda: words in editor.message_banner.text(), timeout=10_000)
    assert field(editor, "title").text() == "Typed here"
    assert editor.isWindowModified()
    editor.close()


def test_a_title_with_its_own_guillemets_is_not_quoted_twice_in_the_newer_version_notice(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    from gallery.ui.i18n import install_language

    install_language(qapp, "ru")
    editor = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    replace_text(qtbot, field(editor, "title"), "Typed here")
    _save_elsewhere(pg_sample_catalog, title_ru="«Восход» на орбите")
    qtbot.waitUntil(lambda: "Более новая версия" in editor.message_banner.text(),
                    timeout=10_000)
    assert editor.message_banner.text().startswith(
        "Более новая версия «Восход» на орбите сохранена в другом месте")
    editor.close()

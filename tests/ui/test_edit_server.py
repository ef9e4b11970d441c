"""The catalog editor on a PostgreSQL server: it opens the server's catalog (the title names the
database), saves there, and a role that may only read gets the read-only banner, in English
and in Russian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_edit_support import make_editor

from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only


def _dbname(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def test_the_editor_opens_and_saves_a_server_catalog(
        qtbot: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path) -> None:
    window = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    assert _dbname(pg_sample_catalog) in window.windowTitle()
    assert window.read_only_banner.isHidden()
    assert window.actions_by_name["save"].isEnabled() is False  # nothing edited yet
    assert not window.context.read_only_reason
    with Catalog.open(pg_sample_catalog) as catalog:
        assert not catalog.read_only


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "Read-only: the database user visitor may only read this catalog."),
    ("ru", "пользователю базы данных visitor каталог доступен только для чтения"),
])
def test_a_read_only_role_sees_the_banner_in_its_language(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, pg_cluster: Any, prompts: Any,
        tmp_path: Path, lang: str, words: str) -> None:
    from gallery.ui.i18n import install_language

    dbname = _dbname(pg_sample_catalog)
    pg_cluster.psql("DO $$ BEGIN CREATE ROLE visitor LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    pg_cluster.psql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO visitor", dbname)
    install_language(qapp, lang)
    window = make_editor(qtbot, pg_cluster.url(dbname, user="visitor"), prompts,
                         "orbital-sunrise", drafts_root=tmp_path / "drafts")
    banner = window.read_only_banner
    assert banner.isVisible()
    assert words in banner.label.text()
    assert not window.actions_by_name["save"].isEnabled()

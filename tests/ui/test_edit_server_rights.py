"""A curator's login that lacks some of README's GRANTs: told so when the editor opens (not at
every save), and a save the server refuses (a GRANT revoked meanwhile) is said wholly in the
interface language, naming the cause; the catalog's URL keeps its two slashes."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
from test_edit_support import make_editor

from gallery.catalog.errors import CatalogReadOnly
from gallery.catalog.store import Catalog

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support")  # offscreen only

TABLES = "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"
SEQUENCES = "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}"


def _dbname(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def _role(pg_cluster: Any, role: str, dbname: str, *grants: str) -> str:
    pg_cluster.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object "
                    "THEN NULL; END $$")
    for grant in grants:
        pg_cluster.psql(grant.format(role=role), dbname)
    return str(pg_cluster.url(dbname, user=role))


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "the database user carol lacks write rights on the server: no right to use the "
           "sequence"),
    ("ru", "у пользователя базы данных carol нет прав на запись на сервере: нет права на "
           "последовательность"),
])
def test_a_login_without_the_sequences_grant_is_told_when_the_editor_opens(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, pg_cluster: Any, prompts: Any,
        tmp_path: Path, lang: str, words: str) -> None:
    from gallery.ui.i18n import install_language

    url = _role(pg_cluster, "carol", _dbname(pg_sample_catalog), TABLES)
    install_language(qapp, lang)
    window = make_editor(qtbot, url, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    banner = window.read_only_banner
    assert banner.isVisible()
    assert words in banner.label.text()
    assert not window.actions_by_name["save"].isEnabled()  # no edit made only to be refused


def test_a_save_the_server_refuses_names_the_cause_in_russian(
        qapp: Any, pg_sample_catalog: str, pg_cluster: Any) -> None:
    from gallery.ui.error_words import store_line
    from gallery.ui.i18n import install_language

    dbname = _dbname(pg_sample_catalog)
    url = _role(pg_cluster, "dora", dbname, TABLES, SEQUENCES)
    with Catalog.open(url) as catalog:
        assert not catalog.read_only
        pg_cluster.psql("REVOKE USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public FROM dora",
                        dbname)
        work = catalog.get("near-the-moon")
        work["medium"] = "tempera"
        with pytest.raises(CatalogReadOnly) as refused:
            catalog.save(work, work["version"])
    line = str(refused.value)
    assert line.startswith("postgresql://dora@/")  # two slashes: the URL as it was given
    assert "dora lacks write rights on the server (permission denied for sequence" in line
    install_language(qapp, "ru")
    said = store_line(refused.value)
    assert said.startswith("у пользователя базы данных dora нет прав на запись на сервере: "
                           "нет права на последовательность ")
    assert "postgresql" not in said and "cannot be written" not in said


@pytest.mark.parametrize(("lang", "intro"), [
    ("en", "On a team server the catalog is not replaced from this window"),
    ("ru", "На общем сервере каталог не заменяется из этого окна"),
])
def test_restore_on_a_server_lists_its_backups_and_the_command_that_restores_one(
        qtbot: Any, qapp: Any, pg_sample_catalog: str, prompts: Any, tmp_path: Path,
        lang: str, intro: str) -> None:
    from PySide6.QtWidgets import QLabel

    from gallery.ui.i18n import install_language

    with Catalog.open(pg_sample_catalog) as catalog:
        first, second = catalog.backup(), catalog.backup()
        images = catalog.images_dir
    install_language(qapp, lang)
    window = make_editor(qtbot, pg_sample_catalog, prompts, "orbital-sunrise",
                         drafts_root=tmp_path / "drafts")
    seen: dict[str, Any] = {}

    def look(dialog: Any) -> bool:
        seen["texts"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["backups"] = list(dialog.model.paths)
        seen["command"] = dialog.command.text()
        return False

    prompts.dialogs["serverRestoreDialog"] = look
    window.actions_by_name["restore"].trigger()
    assert ("dialog", "serverRestoreDialog") in prompts.asked
    assert ("dialog", "restoreDialog") not in prompts.asked  # not the file's dialog
    assert seen["backups"] == [second, first]  # the server's own backups, newest first
    assert any(intro in text for text in seen["texts"])
    assert any(str(second.parent) in text for text in seen["texts"])
    argv = shlex.split(seen["command"])  # quoted for a shell: a URL's "?" is a wildcard
    assert argv[:3] == ["gallery", "copy-catalog", str(second)]
    assert argv[3].startswith("postgresql://gallery_admin@/NEW_DATABASE?host=")
    assert argv[4:] == ["--images", str(images)]
    with Catalog.open(pg_sample_catalog) as catalog:  # the live catalog is untouched
        assert catalog.get("orbital-sunrise")

"""The window that says a server catalog cannot be opened speaks the interface language: a
wrong password or an unreachable server in Russian, the store's line kept under Show Details."""

from __future__ import annotations

from typing import Any

import pytest

from gallery.catalog.errors import LoginRefused, ServerUnreachable
from gallery.catalog.store import Catalog

WRONG_PASSWORD = {
    "en": "The catalog's server refused the login: the user name or the password is wrong.",
    "ru": "Сервер каталога не принял вход: неверное имя пользователя или пароль."}
UNREACHABLE = {
    "en": "The catalog's server cannot be reached: is it running, and is the address right?",
    "ru": "Сервер каталога недоступен: запущен ли он и верен ли адрес?"}
CANNOT_OPEN = {"en": "The catalog cannot be opened.", "ru": "Каталог не удаётся открыть."}


def _refused(pg_cluster: Any, url: str) -> LoginRefused:
    from pg_cluster import PASSWORD_USER

    pg_cluster.psql(f"DO $$ BEGIN CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD 'right'; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    database = url.split("?")[0].rsplit("/", 1)[1]
    wrong = pg_cluster.url(database, user=PASSWORD_USER).replace(
        f"{PASSWORD_USER}@", f"{PASSWORD_USER}:wrong@")
    with pytest.raises(LoginRefused) as refused:
        Catalog.open(wrong, writer=False)
    return refused.value


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_wrong_password_is_said_in_the_interface_language(
        qapp: Any, pg_cluster: Any, pg_sample_catalog: str, lang: str) -> None:
    from gallery.ui.i18n import install_language
    from gallery.ui.launch import cannot_open_box

    error = _refused(pg_cluster, pg_sample_catalog)
    install_language(qapp, lang)
    try:
        box = cannot_open_box(error)
        assert box.text() == CANNOT_OPEN[lang]
        assert box.informativeText() == WRONG_PASSWORD[lang]
        # the store's own line stays, as a detail to pass on
        assert box.detailedText() == str(error) and "refused the login" in str(error)
        box.deleteLater()
    finally:
        install_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_unreachable_server_is_said_in_the_interface_language(
        qapp: Any, tmp_path: Any, lang: str) -> None:
    from gallery.ui.i18n import install_language
    from gallery.ui.launch import cannot_open_box

    pytest.importorskip("psycopg")
    with pytest.raises(ServerUnreachable) as away:
        Catalog.open(f"postgresql://nobody@/leonov?host={tmp_path}", writer=False)
    install_language(qapp, lang)
    try:
        box = cannot_open_box(away.value)
        assert box.informativeText() == UNREACHABLE[lang]
        assert box.detailedText() == str(away.value)
        box.deleteLater()
    finally:
        install_language(qapp, "en")

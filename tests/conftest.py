"""Shared fixtures: real catalog files in tmp_path, and no test touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from catalog_samples import populate

# Qt must never look for a screen in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Point cache, data, config and log folders at a temporary home."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("LEONOV_GALLERY_CATALOG", raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    real_display = os.environ.get("QT_QPA_PLATFORM") == "xcb" and bool(os.environ.get("DISPLAY"))
    for item in items:
        if "tests/ui" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
        if not real_display and item.get_closest_marker("xcb"):
            # .ci/run runs these under Xvfb and a window manager: `pytest -m xcb` with
            # QT_QPA_PLATFORM=xcb (offscreen cannot show focus, shortcuts, fullscreen).
            item.add_marker(pytest.mark.skip(reason="needs a real X display (QT_QPA_PLATFORM=xcb)"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """One throwaway PostgreSQL server for the session (see pg_cluster.py). Without a server
    installed the tests that need one are skipped — except in CI, where that is a failure."""
    import pg_cluster as clusters

    reason = None
    if clusters.server_bin() is None:
        reason = "no PostgreSQL server installed (apt-get install postgresql postgresql-contrib)"
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            reason = "psycopg is not installed (pip install -e '.[postgres]')"
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    cluster = clusters.start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster: Any) -> Iterator[str]:
    """The URL of a fresh, empty database on the session's server, dropped afterwards."""
    import uuid

    name = f"gallery_{uuid.uuid4().hex[:12]}"
    pg_cluster.psql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# The store's conformance suite: these modules' tests that take `catalog_path` (or `catalog`)
# run once per backend, on the same sample catalog. A test about the SQLite file itself is
# marked `sqlite_only`.
CONFORMANCE_MODULES = {
    "test_store", "test_store_batch", "test_store_delete", "test_playlists", "test_search",
    "test_facets", "test_snippets", "test_export", "test_impossible_dates",
    "test_drafts_owner", "test_provenance", "test_parity",
    "test_edit_conflict", "test_edit_conflict_lists",  # the editor's merge, on a server too
}
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rpartition(".")[2]
    if (module in CONFORMANCE_MODULES and "catalog_path" in metafunc.fixturenames
            and metafunc.definition.get_closest_marker("sqlite_only") is None):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which store backend a conformance test runs on ("sqlite" outside the suite)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def catalog_path(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Any:
    """A populated sample catalog: a file, or (backend "postgresql") a server URL."""
    from gallery.catalog.store import Catalog

    if backend == "postgresql":
        return request.getfixturevalue("pg_sample_catalog")
    path = tmp_path / "catalog.db"
    with Catalog.open(path, create=True, who="tester") as catalog:
        populate(catalog)
    return path


@pytest.fixture(scope="session")
def pg_sample_template(pg_cluster: Any) -> str:
    """A database holding the sample catalog, made once; tests get copies of it."""
    from gallery.catalog.store import Catalog

    name = "gallery_sample_template"
    pg_cluster.psql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    with Catalog.open(pg_cluster.url(name), create=True, who="tester") as catalog:
        populate(catalog)
    return name


@pytest.fixture
def pg_sample_catalog(pg_cluster: Any, pg_sample_template: str) -> Iterator[str]:
    """The URL of a fresh copy of the sample catalog on the session's server."""
    import uuid

    name = f"gallery_{uuid.uuid4().hex[:12]}"
    pg_cluster.psql(f"CREATE DATABASE {name} TEMPLATE {pg_sample_template}")
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def catalog(catalog_path: Path) -> Iterator[Any]:
    from gallery.catalog.store import Catalog

    with Catalog.open(catalog_path, who="tester") as opened:
        yield opened


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many Qt widgets outlived the run (the per-test check keeps it at 0)."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    from qt_hygiene import flush_deleted_widgets

    app = QApplication.instance()
    if isinstance(app, QApplication):
        alive = len(flush_deleted_widgets(app)), len(app.allWidgets())
        terminalreporter.write_line(f"Qt widgets alive at the end of the run: top-level "
                                    f"{alive[0]}, all {alive[1]}")

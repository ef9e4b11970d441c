"""Fixtures for the visitor's window: a small real catalog with real image files, a
synchronous catalog service, and a main window that runs all background work inline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qt_hygiene import flush_deleted_widgets, widget_summary

HOSTILE_TITLE = "<b>bold</b><img src=x>"
SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"  # the catalog the app ships


def _write_image(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4),
                 fill=(240, 200, 120))
    image.save(path, "JPEG", quality=85)


def add_images(catalog: Any, standin_ids: set[str]) -> None:
    """Give every work a small JPEG; the ones in `standin_ids` are marked stand-ins."""
    from gallery.imaging.thumbnails import file_sha256

    images = catalog.images_dir
    images.mkdir(exist_ok=True)
    colours = [(30, 50, 110), (90, 40, 30), (20, 80, 60), (70, 70, 90), (100, 90, 30)]
    for n, work_id in enumerate(catalog.work_ids()):
        path = images / f"{work_id}.jpg"
        _write_image(path, (640, 480) if n % 2 == 0 else (400, 560), colours[n % len(colours)])
        record = catalog.get(work_id)
        standin = work_id in standin_ids
        record.update(image_path=path.name, image_sha256=file_sha256(path),
                      image_width=640 if n % 2 == 0 else 400,
                      image_height=480 if n % 2 == 0 else 560, image_format="JPEG",
                      image_bytes=path.stat().st_size, image_is_standin=standin,
                      image_note="Drawn by the project: no scan is available." if standin
                      else None, alt_text=f"Picture of {record['title']}",
                      alt_text_ru=f"Изображение: {record.get('title_ru') or record['title']}")
        catalog.save(record, record["version"])


def populate_ui(catalog: Any) -> None:
    """Add to the shared sample catalog what the detail view shows: an exhibition, a source
    with a link, key facts with competing figures, a hostile title, images."""
    catalog.save_record("exhibitions", {"id": "moscow-1965", "title": "Space art in Moscow",
                                        "title_ru": "Космос в живописи", "venue": "Central Hall",
                                        "city": "Moscow", "date_display": "1965"}, None)
    mission = catalog.get_record("missions", "voskhod-2")
    mission.update(
        key_facts=[{"key": "eva_duration", "value": "12 min 9 s"},
                   {"key": "tether_length", "value": "4.8 m per one source; 5.35 m per another"}],
        summary="Leonov left the spacecraft and floated on a tether for twelve minutes.",
        summary_ru="Леонов вышел из корабля и двенадцать минут парил на фале.",
        leonov_role="Pilot; made the first spacewalk.")
    catalog.save_record("missions", mission, mission["version"])
    record = catalog.get("orbital-sunrise")
    record.update(exhibitions=[{"exhibition_id": "moscow-1965", "relation": "shown"}],
                  sources=["src_a", "src_b"], confidence_note="Two sources agree.")
    catalog.save(record, record["version"])
    hostile = {k: v for k, v in catalog.get("near-the-moon").items() if k != "version"}
    hostile.update(id="hostile", title=HOSTILE_TITLE, title_ru=None, date_display="1980",
                   date_earliest="1980-01-01", date_latest="1980-12-31",
                   date_certainty="probable", provenance=[], confidence="low",
                   description="<i>not italic</i>", people=[], subjects=["test"])
    catalog.save(hostile, None)
    add_images(catalog, standin_ids={"orbital-sunrise", "stamp-1975", "hostile"})


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped catalog.db (the editor's tests change it freely)."""
    import shutil

    path = tmp_path / "catalog.db"
    shutil.copyfile(SHIPPED, path)
    return path


@pytest.fixture
def ui_catalog_path(catalog_path: Path) -> Path:
    """tests/conftest.py's three works (populate()) plus populate_ui()."""
    from gallery.catalog.store import Catalog

    with Catalog.open(catalog_path, who="tester") as catalog:
        populate_ui(catalog)
    return catalog_path


@pytest.fixture
def service(ui_catalog_path: Path) -> Iterator[Any]:
    from gallery.catalog.store import Catalog
    from gallery.ui.workers import CatalogService

    svc = CatalogService(Catalog.open(ui_catalog_path, who="tester"), synchronous=True)
    yield svc
    if svc._executor is None:
        svc.catalog.close()


@pytest.fixture
def ui_settings(tmp_path: Path) -> Any:
    from gallery.ui.settings import Settings

    return Settings(tmp_path / "settings" / "gallery.ini")


@pytest.fixture
def gallery_look(qapp: Any) -> Iterator[None]:
    """The gallery's theme for one test, then the application's look as it was (other
    windows' tests must not inherit our style sheet and fonts)."""
    from gallery.ui.app import apply_theme

    saved = (qapp.styleSheet(), qapp.palette(), qapp.font(), qapp.style().name())
    apply_theme(qapp)
    yield
    from PySide6.QtWidgets import QStyleFactory

    qapp.setStyleSheet(saved[0])
    qapp.setPalette(saved[1])
    qapp.setFont(saved[2])
    qapp.setStyle(QStyleFactory.create(saved[3]))
    qapp.setProperty("galleryThemed", False)


@pytest.fixture
def window(qtbot: Any, service: Any, ui_settings: Any, gallery_look: None) -> Iterator[Any]:
    """The main window on the sample catalog, all work inline, shown offscreen."""
    from gallery.ui.main_window import MainWindow

    win = MainWindow(service, ui_settings, synchronous=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.model.rowCount() > 0)
    yield win
    win.languages.set_language("en")
    win.close()
    win.shutdown()


@pytest.fixture(autouse=True)
def _no_button_left_down(qapp: Any) -> Iterator[None]:
    """QTest's double click sends no last release when its widget is hidden by the click (the
    grid gives way to a work's page): the application then believes a button is still down,
    and the next test's focus handling takes every focus change for a mouse click. A real
    double click always ends with a release; start each test in that world."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    held = QGuiApplication.mouseButtons()
    if held != Qt.MouseButton.NoButton:
        stand_in = QWidget()  # never shown; QTest updates the button state through it
        QTest.mouseRelease(stand_in, held)
        del stand_in
    yield


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """The chosen language is process-wide: put English back after every test."""
    yield
    from gallery.ui.i18n import current_language, install_language

    if current_language() != "en":
        from PySide6.QtWidgets import QApplication

        install_language(QApplication.instance(), "en")


@pytest.fixture(autouse=True)
def _nothing_left_running(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that leaves a visible window or a running pool job behind fails (napari's habit).

    Tests register their widgets with qtbot.addWidget, which closes them before this runs.
    """
    yield
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    assert QThreadPool.globalInstance().waitForDone(10_000), "a pool job is still running"
    app = QApplication.instance()
    if app is None:
        return
    QApplication.processEvents()
    left = [w for w in app.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"test left windows open: {[type(w).__name__ for w in left]}"
    alive = flush_deleted_widgets(app)
    if alive:
        for widget in alive:
            widget.deleteLater()
        flush_deleted_widgets(app)
        pytest.fail(f"test left {len(alive)} widgets alive: {widget_summary(alive)}")


@pytest.fixture
def prompts() -> Any:
    """The editor's questions answered by the test (test_edit_support.FakePrompts)."""
    from test_edit_support import FakePrompts

    return FakePrompts()


@pytest.fixture
def editor(qtbot: Any, catalog_path: Path, prompts: Any, tmp_path: Path) -> Any:
    """The catalog editor on the sample catalog's "orbital-sunrise", drafts in tmp_path."""
    from test_edit_support import make_editor

    return make_editor(qtbot, catalog_path, prompts, "orbital-sunrise",
                       drafts_root=tmp_path / "drafts")

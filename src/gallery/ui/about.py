"""Help ▸ About: the version, what the catalog's facts rest on (its sources, counted by kind
as the catalog holds them), and that every picture is a stand-in drawn by the project."""

from __future__ import annotations

from collections import Counter
from importlib import metadata
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from .workers import CatalogService

# source kinds as sources.yaml and the catalog name them (ties in the box go in this order)
KINDS = ("news", "web", "book", "encyclopedia", "museum", "blog", "philatelic", "forum",
         "auction")


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutBox", text)


def version() -> str:
    try:
        return metadata.version("leonov-gallery")
    except metadata.PackageNotFoundError:  # run from a source tree without installing
        return "0.0"


def source_counts(catalog: Any) -> dict[str, Any]:
    """On the catalog worker: how many works and sources, and the sources by kind."""
    sources = catalog.list_records("sources")
    return {"works": len(catalog.work_ids()), "sources": len(sources),
            "kinds": Counter(str(s.get("kind") or "other") for s in sources)}


def kind_names() -> dict[str, str]:
    return {"news": tr("news articles"), "web": tr("web pages"), "book": tr("books"),
            "encyclopedia": tr("encyclopedias"), "museum": tr("museum pages"),
            "blog": tr("blogs"), "philatelic": tr("stamp catalogues"), "forum": tr("forums"),
            "auction": tr("auction records"), "other": tr("other")}


def about_text(counts: dict[str, Any]) -> str:
    names = kind_names()
    kinds: Counter = counts["kinds"]
    order = sorted(kinds, key=lambda k: (-kinds[k], KINDS.index(k) if k in KINDS else 99, k))
    parts = [f"{names.get(k, k)} {kinds[k]}" for k in order]
    lines = [
        tr("The art of Alexei Leonov (1934–2019), cosmonaut and painter, with the missions, "
           "people and sources behind each work."),
        "",
        tr("Data: %1 works researched from %2 published sources (%3); each work's page lists "
           "its own.").replace("%1", str(counts["works"])).replace(
            "%2", str(counts["sources"])).replace("%3", ", ".join(parts)),
        "",
        tr("Images: the project has no scans of the real works. Every picture is a stand-in "
           "drawn by the project's own code and marked as such; a curator can replace one "
           "with a real scan."),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, service: CatalogService) -> None:
    """Read the counts on the catalog worker, then open the About box (window-modal; its
    object name is aboutBox)."""
    service.call(source_counts, lambda counts: _open_box(parent, counts))


def _open_box(parent: QWidget, counts: dict[str, Any]) -> QMessageBox:
    header = tr("Leonov Gallery %1").replace("%1", version())
    # The desktop adds the application's name to a dialog's title: "About — Leonov Gallery"
    box = QMessageBox(QMessageBox.Icon.NoIcon, tr("About"),
                      header + "\n\n" + about_text(counts), QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName("aboutBox")
    # The style's stock "close" icon is drawn dark on our dark buttons (near invisible); the
    # word says it alone, as the app's other buttons do.
    box.button(QMessageBox.StandardButton.Close).setIcon(QIcon())
    box.setTextFormat(Qt.TextFormat.PlainText)  # source kinds are catalog text
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

"""The catalogue's apparatus on a work's page: its titles, its whole and parts, the works it may
be the same as, and the books that reproduce it (or, on a book, the works it reproduces).

Every line reads in the visitor's language; a title in another language is given as such, with
its language and whether it is the original, a published translation or the catalogue's own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...catalog.terms import Vocabulary
from . import reading
from .cards import bullets, heading, plain


def tr(text: str) -> str:
    return QCoreApplication.translate("Apparatus", text)


def _language(code: str | None) -> str:
    names = {"en": tr("English"), "ru": tr("Russian"), "de": tr("German"),
             "es": tr("Spanish"), "fr": tr("French"), "ru-Latn": tr("Russian in Latin letters")}
    return names.get(str(code or ""), str(code or "?"))


def _status(vocabulary: Vocabulary | None, code: str | None, lang: str) -> str:
    if not code:
        return tr("status not recorded")
    return vocabulary.label("title_status", code, lang) if vocabulary else str(code)


def title_lines(record: dict[str, Any], vocabulary: Vocabulary | None, lang: str) -> list[str]:
    """Every title the work is known by: text — language, status."""
    titles = [(record.get("title"), "en", record.get("title_status")),
              (record.get("title_ru"), "ru", record.get("title_ru_status"))]
    titles += [(t.get("text"), t.get("lang"), t.get("status"))
               for t in record.get("other_titles") or [] if isinstance(t, dict)]
    seen: set[tuple[str, str]] = set()
    lines = []
    for text, code, status in titles:
        if not text or (text, str(code)) in seen:
            continue
        seen.add((text, str(code)))
        lines.append(f"{text} — {_language(code)}, {_status(vocabulary, status, lang)}")
    return lines


def _title(item: dict[str, Any], lang: str) -> str:
    return reading.text(item, "title", lang)[0] or str(item.get("other_id") or
                                                    item.get("work_id") or "")


def relation_lines(record: dict[str, Any], lang: str) -> list[str]:
    words = {"part_of": tr("Part of: %1"), "has_part": tr("Includes: %1"),
             "may_be_same_as": tr("May be the same work as: %1 (the sources cannot tell)")}
    lines = []
    for link in record.get("linked_works") or []:
        line = words.get(link.get("relation"), "%1").replace("%1", _title(link, lang))
        note = reading.text(link, "note", lang)[0]
        lines.append(f"{line} — {note}" if note else line)
    return lines


def _with_pages(where: str, item: dict[str, Any]) -> str:
    pages = item.get("pages")
    page = tr("p. %1")  # outside the f-string, where lupdate finds it
    return f"{where}, {page.replace('%1', str(pages))}" if pages else where


def literature_lines(record: dict[str, Any], lang: str) -> list[str]:
    lines = [_with_pages(_title(item, lang) if item.get("book_id")
                         else str(item.get("source_id") or ""), item)
             for item in record.get("literature") or []]
    lines += [tr("Reproduces: %1").replace("%1", _with_pages(_title(item, lang), item))
              for item in record.get("reproduces") or []]
    return lines


def add_apparatus(layout: QVBoxLayout, record: dict[str, Any], vocabulary: Vocabulary | None,
                  lang: str, parent: QWidget) -> None:
    """The sections, each only where the catalog has something to say."""
    for title, lines, name in ((tr("Literature"), literature_lines(record, lang), "literature"),
                               (tr("Parts and related records"), relation_lines(record, lang),
                                "linkedWorks")):
        if lines:
            layout.addWidget(heading(title, parent))
            box = bullets(lines, parent)
            box.setObjectName(name)
            layout.addWidget(box)
    titles = title_lines(record, vocabulary, lang)
    if len(titles) > 1:
        layout.addWidget(heading(tr("Titles"), parent))
        box = bullets(titles, parent)
        box.setObjectName("titleConcordance")
        for label in box.findChildren(QLabel):  # titles in any language, shown as such
            label.setObjectName("concordanceTitle")
        layout.addWidget(box)
        layout.addWidget(plain(tr("Each title with its language and whether it is the "
                                  "original, a published translation or the catalogue's own."),
                               "muted", parent))

"""One change in detail: every field it touched and, in lists, every item — added, removed,
moved or changed, with the item's changed fields — and the changed words highlighted.

The diff itself is `gallery.catalog.history_diff` (Qt-free); this module only says it in the
interface language. Catalog text is escaped before it meets the rich-text view: the markup
around changed words is ours, the words are never read as markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QTextBrowser

from ...catalog.history_report import MOMENT_FIELDS
from ..i18n import current_language
from .file_labels import worded_value
from .vocab import name_status_word

# Fields the store writes itself on each save (display dates per language, EDTF): never a
# curator's edit, inside a provenance event as at the top level.
ITEM_GENERATED = frozenset({"date_display_ru", "date_edtf"})
OLD = "background:#f6d3d0;color:#5c1a14;text-decoration:line-through"
NEW = "background:#cfeccc;color:#123d12;font-weight:600"
# The word "removed" in red, not struck: what is struck through is the item that went.
REMOVED_WORD = "background:#f6d3d0;color:#5c1a14;font-weight:600"


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryDetail", text)


def _change_word(item: dict[str, Any]) -> str:
    words = {"added": tr("added"), "removed": tr("removed"), "moved": tr("moved"),
             "changed": tr("changed")}
    word = words[item["change"]]
    return tr("changed and moved") if item["change"] == "changed" and item["moved"] else word


def attach_names(changes: list[dict[str, Any]], names: Any) -> list[dict[str, Any]]:
    """Give short values (codes, linked ids) their names in both languages, as `shown`
    {"before": {"en", "ru"} | None, "after": ...}; runs on the catalog worker."""
    for change in changes:
        if change.get("kind") == "value" or (change.get("kind") == "text" and all(
                len(str(change.get(side) or "")) <= 60 for side in ("before", "after"))):
            change["shown"] = {side: names(change["field"], str(change[side]))
                               if change.get(side) not in (None, "") else None
                               for side in ("before", "after")}
        for item in change.get("items") or []:
            attach_names(item.get("fields") or [], names)
    return changes


def shown_value(change: dict[str, Any], side: str, lang: str) -> str | None:
    """One side of a change in the form's words: a name status as its form says it, a code
    or a linked record by its name (None: the value is said as it is)."""
    worded = name_status_word(str(change.get("field")), change.get(side))
    if worded:
        return worded
    pair = (change.get("shown") or {}).get(side)
    return str(pair.get(lang) or pair.get("en")) if pair else None


def _side(change: dict[str, Any], side: str, lang: str, style: str) -> str:
    value = change.get(side)
    if value is None or value == "" or value == []:
        return "—"  # nothing there: plain, as every empty value (not a deleted box)
    text = shown_value(change, side, lang) or fallback_text(value)
    return f"<span style='{style}'>{html.escape(text)}</span>"


def _pick(pair: dict[str, str] | None, fallback: Any, lang: str) -> str:
    if pair:
        return str(pair.get(lang) or pair.get("en") or fallback)
    return fallback_text(fallback)


def fallback_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _spans(runs: list[list[Any]], style: str) -> str:
    return "".join(f"<span style='{style}'>{html.escape(text)}</span>" if changed
                   else html.escape(text) for text, changed in runs)


def _values(change: dict[str, Any], lang: str) -> str:
    """'old → new' for one field (or item field), changed words highlighted."""
    field = str(change.get("field"))
    if field in MOMENT_FIELDS or field == "image_bytes":  # as the Image tab says them
        before, after = (worded_value(field, change.get(side), lang)
                         for side in ("before", "after"))
        return (f"<span style='{OLD}'>{html.escape(before)}</span>" if before else "—") + \
            " &nbsp;→&nbsp; " + \
            (f"<span style='{NEW}'>{html.escape(after)}</span>" if after else "—")
    shown = change.get("shown") or {}
    if change.get("words") and not (shown.get("before") or shown.get("after")) \
            and not name_status_word(field, change.get("after")):
        words = change["words"]
        before = _spans(words["before"], OLD) if words["before"] else "—"
        after = _spans(words["after"], NEW) if words["after"] else "—"
    else:
        before, after = _side(change, "before", lang, OLD), _side(change, "after", lang, NEW)
    return f"{before} &nbsp;→&nbsp; {after}"


def _label(change: dict[str, Any], lang: str,
           fields: frozenset[str] = frozenset()) -> str:
    from .labels import change_label

    # the form's own label, as the interface shows it; the diff's when the form has none
    label = change_label(change["field"], fields)
    return label if label != change["field"] else _pick(change.get("label"), label, lang)


def _item_html(item: dict[str, Any], lang: str) -> str:
    label = html.escape(_pick(item.get("label"), item.get("key"), lang))
    if item["change"] == "removed":
        label = f"<span style='{OLD}'>{label}</span>"
    word = html.escape(_change_word(item))
    style = {"added": NEW, "removed": REMOVED_WORD}.get(item["change"], "font-weight:600")
    rows = [f"<tr><td style='padding-right:10px'><span style='{style}'>{word}</span></td>"
            f"<td>{label}</td></tr>"]
    fields = [f for f in item.get("fields") or [] if f["field"] not in ITEM_GENERATED]
    for sub in fields:
        rows.append(f"<tr><td></td><td>{html.escape(_label(sub, lang))}: "
                    f"{_values(sub, lang)}</td></tr>")
    if item["change"] == "changed" and item.get("words"):
        rows.append(f"<tr><td></td><td>{_values(item, lang)}</td></tr>")
    if item["change"] == "moved" or (item["change"] == "changed" and item["moved"]):
        rows.append("<tr><td></td><td>" + html.escape(tr("position %d → %d") % (
            (item["before_index"] or 0) + 1, (item["after_index"] or 0) + 1)) + "</td></tr>")
    return "".join(rows)


def change_html(changes: list[dict[str, Any]], lang: str | None = None) -> str:
    """The detail of one history entry's field changes, as our own markup."""
    lang = lang or current_language()
    if not changes:
        return f"<p>{html.escape(tr('No field changed.'))}</p>"
    parts = []
    fields = frozenset(c["field"] for c in changes)
    for change in changes:
        name = html.escape(_label(change, lang, fields))
        parts.append(f"<a name='field-{html.escape(change['field'])}'></a>"
                     f"<p style='margin-top:10px;margin-bottom:2px'><b>{name}</b></p>")
        if change.get("kind") == "list":
            items = change.get("items") or []
            parts.append("<table cellspacing='2'>" + "".join(_item_html(i, lang) for i in items)
                         + "</table>")
        else:
            parts.append(f"<p style='margin-top:0'>{_values(change, lang)}</p>")
    return "".join(parts)


class ChangeDetail(QTextBrowser):
    """The detail of the selected change; `show_field(field)` scrolls to one field."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("historyDetail")
        self.setAccessibleName(tr("What this change did, item by item"))
        self.setOpenLinks(False)
        self.changes: list[dict[str, Any]] = []

    def set_changes(self, changes: list[dict[str, Any]]) -> None:
        self.changes = changes
        self.setHtml(change_html(changes))

    def show_field(self, field: str) -> None:
        self.scrollToAnchor(f"field-{field}")

    def refresh_language(self) -> None:
        self.setHtml(change_html(self.changes))

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # nothing in a change is fetched: no image or link is ever loaded

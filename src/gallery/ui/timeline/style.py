"""Colours, patterns and words shared by the timeline, provenance and missions views.

The views take their background and text colours from the widget's palette, so they sit in
whatever theme the window sets (dark slate or light); only the few accent hues are ours, and
they are chosen per background so they keep their contrast. Mission status is never told by
colour alone: each status also has a fill pattern and a word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from ..plain import tooltip

STATUSES = ("flown", "cancelled", "reassigned", "replaced")

# (dark-background hue, light-background hue): muted, museum-label colours.
_STATUS_HUES = {
    "flown": ("#6fb3c8", "#2f6f86"),
    "cancelled": ("#d08a72", "#9a4a33"),
    "reassigned": ("#d6b86a", "#8a6a1c"),
    "replaced": ("#a99bd0", "#5f4f92"),
}
STATUS_PATTERNS = {
    "flown": Qt.BrushStyle.SolidPattern,
    "cancelled": Qt.BrushStyle.BDiagPattern,
    "reassigned": Qt.BrushStyle.Dense6Pattern,
    "replaced": Qt.BrushStyle.HorPattern,
}
_ACCENTS = {
    "made": ("#e3c58f", "#8a5a12"),        # warm: the hand that made the work
    "depicts": ("#9cc7e6", "#2d5f88"),     # cool: the event it shows
    "custody": ("#b7a4d9", "#5d4a8c"),
    "ownership": ("#d9b87e", "#7d5716"),
    "publication": ("#a8c99b", "#3f6b33"),
    "life": ("#8fa3b3", "#55687a"),
    "focus": ("#f4e3b5", "#1f5fbf"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def accent(palette: QPalette, name: str) -> QColor:
    dark, light = _ACCENTS[name]
    return QColor(dark if is_dark(palette) else light)


def status_color(palette: QPalette, status: str | None) -> QColor:
    dark, light = _STATUS_HUES.get(status or "", _STATUS_HUES["cancelled"])
    return QColor(dark if is_dark(palette) else light)


def status_pattern(status: str | None) -> Qt.BrushStyle:
    return STATUS_PATTERNS.get(status or "", Qt.BrushStyle.BDiagPattern)


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """a mixed towards b by t (0 = a, 1 = b), used for quiet secondary text and fills."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t)


def with_alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(max(0.0, min(1.0, alpha)))
    return out


def quiet_text(palette: QPalette) -> QColor:
    """Secondary text: between text and background, still well above 4.5:1 on both themes."""
    return blend(palette.color(QPalette.ColorRole.WindowText),
                 palette.color(QPalette.ColorRole.Window), 0.32)


def status_word(status: str | None) -> str:
    """The mission status in words, in the interface language."""
    words = {
        "flown": QCoreApplication.translate("MissionStatus", "Flown"),
        "cancelled": QCoreApplication.translate("MissionStatus", "Cancelled"),
        "reassigned": QCoreApplication.translate("MissionStatus", "Reassigned"),
        "replaced": QCoreApplication.translate("MissionStatus", "Crew replaced"),
    }
    return words.get(status or "", status or QCoreApplication.translate("MissionStatus", "Unknown"))


def status_explained(status: str | None) -> str:
    """One sentence saying what the status means for Leonov."""
    words = {
        "flown": QCoreApplication.translate(
            "MissionStatus", "Flown with Leonov aboard."),
        "cancelled": QCoreApplication.translate(
            "MissionStatus", "The flight never took place as planned."),
        "reassigned": QCoreApplication.translate(
            "MissionStatus", "The plan moved to another flight."),
        "replaced": QCoreApplication.translate(
            "MissionStatus", "Another crew flew instead of Leonov's."),
    }
    return words.get(status or "", "")


def link_word(link: str | None) -> str:
    words = {
        "made_during": QCoreApplication.translate("WorkLink", "made during"),
        "depicts": QCoreApplication.translate("WorkLink", "depicts"),
        "commemorates": QCoreApplication.translate("WorkLink", "commemorates"),
        "inspired_by": QCoreApplication.translate("WorkLink", "inspired by"),
    }
    return words.get(link or "", link or "")


def localized(record: dict, field: str, lang: str) -> str:
    """The record's field in `lang` (field_ru for Russian), falling back to the other one."""
    english = str(record.get(field) or "").strip()
    russian = str(record.get(f"{field}_ru") or "").strip()
    if lang == "ru":
        return russian or english
    return english or russian


def plain_tooltip(text: str) -> str:
    """Tooltip markup for catalog text (the one helper, gallery.ui.plain)."""
    return tooltip(text)


def locale_language() -> str:
    """'ru' or 'en' from the default QLocale, which the language switch sets with the
    translators: on LanguageChange the views show catalog text in that language too."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"

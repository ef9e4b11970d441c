"""Labels need real glyphs: with no font (or none with Cyrillic) Qt draws boxes while every
other test still passes. README's apt-get line installs fonts-dejavu-core for this."""

from __future__ import annotations

from typing import Any


def test_a_font_with_cyrillic_and_latin_is_installed(qapp: Any) -> None:
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    cyrillic = QFontDatabase.families(QFontDatabase.WritingSystem.Cyrillic)
    assert cyrillic, "no font with Cyrillic: install fonts-dejavu-core (see README)"
    metrics = QFontMetrics(qapp.font())
    for char in "Леонов Leonov ёЁ«»—":
        assert metrics.inFontUcs4(ord(char)), f"the interface font has no glyph for {char!r}"

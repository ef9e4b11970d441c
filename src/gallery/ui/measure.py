"""The reading measure: running text kept near 70 characters a line, however wide the window.

One rule for every page that reads as prose (a work's page, a mission's page): a column is
as wide as MEASURE_CHARS average characters of its own body font, and the rest of a wide
window goes to margins or to pictures.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

MEASURE_CHARS = 70
# Ordinary prose, so the average advance is that of real text, not of a single letter.
SAMPLE = "the painter drew the sunrise over the earth in coloured pencils, on a sheet "


def reading_measure(font: QFont | None = None, points: float | None = None) -> int:
    """Pixels for MEASURE_CHARS characters of running text in `font` (default: the
    application's), at `points` when given."""
    font = QFont(font if font is not None else QApplication.font())
    if points is not None:
        font.setPointSizeF(points)
    return round(QFontMetricsF(font).horizontalAdvance(SAMPLE) / len(SAMPLE) * MEASURE_CHARS)

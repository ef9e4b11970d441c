"""Drawing the words: the caption band over a slide, and the calm full-screen cards.

Sizes follow the screen height so a caption reads the same from a few metres on a 1080p hall
screen and on a 4K one: the title is 3.4 % of the height, the other lines 2.3–2.5 %. A soft
gradient scrim under the text keeps it legible over a white sky or a black one. Catalog text is
drawn with drawText, which never interprets markup.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QLinearGradient, QPainter

from .caption_text import CaptionText

SERIF = ["Noto Serif", "Source Serif 4", "Source Serif Pro", "DejaVu Serif", "Georgia", "serif"]
SANS = ["Noto Sans", "Source Sans 3", "DejaVu Sans", "Helvetica", "sans-serif"]
INK = QColor(246, 243, 235)
INK_SOFT = QColor(222, 216, 203)
INK_QUIET = QColor(176, 170, 158)
CARD_BG = QColor(14, 14, 16)
SHADOW = QColor(0, 0, 0, 150)

# (role, relative pixel size, family, colour, italic, max lines)
ROLES = (
    ("title", 0.034, SERIF, INK, False, 2),
    ("subtitle", 0.025, SERIF, INK_SOFT, True, 2),
    ("details", 0.023, SANS, INK_SOFT, False, 2),
    ("context", 0.023, SANS, INK_SOFT, False, 2),
    ("note", 0.017, SANS, INK_QUIET, False, 1),
)


def font(families: list[str], pixel_size: float, italic: bool = False,
         weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont()
    result.setFamilies(families)
    result.setPixelSize(max(8, round(pixel_size)))
    result.setItalic(italic)
    result.setWeight(weight)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return result


def _elided_lines(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Word-wrap `text` into at most `max_lines` lines; the last one ends in … if cut."""
    words, lines, line = text.split(), [], ""
    for i, word in enumerate(words):
        trial = f"{line} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not line:
            line = trial
            continue
        if len(lines) == max_lines - 1:  # the last line allowed takes the rest, elided
            line = " ".join([line, *words[i:]])
            break
        lines.append(line)
        line = word
    if line:
        lines.append(line)
    return [_elide_at_word(x, fm, width) for x in lines]


def _elide_at_word(line: str, fm: QFontMetricsF, width: float) -> str:
    """`line` if it fits, else as many whole words as fit followed by "…": read from across a
    hall, "не воспроизво…" is a riddle where "не …" is plainly a cut."""
    if fm.horizontalAdvance(line) <= width:
        return line
    words = line.split()
    while len(words) > 1:
        words.pop()
        trial = " ".join(words).rstrip(",;:—–-") + " …"
        if fm.horizontalAdvance(trial) <= width:
            return trial
    return fm.elidedText(line, Qt.TextElideMode.ElideRight, width)  # one word wider than all


def _blocks(caption: CaptionText, unit: float, text_width: float, scale: float,
            beside: bool = False) -> list[tuple[QFont, QColor, list[str], float]]:
    blocks: list[tuple[QFont, QColor, list[str], float]] = []
    for role, rel, families, colour, italic, max_lines in ROLES:
        text = getattr(caption, role)
        if not text:
            continue
        weight = QFont.Weight.Medium if role == "title" else QFont.Weight.Normal
        f = font(families, rel * unit * scale, italic, weight)
        fm = QFontMetricsF(f)
        gap = (0.55 if role in ("details", "note") else 0.25) * f.pixelSize()
        # beside the picture the column is narrow and tall, and bigger letters (a caption
        # read from further away) need more lines for the same words: let them wrap further
        lines = max_lines + (2 if beside else 0) + max(0, round(2 * (scale - 1)))
        blocks.append((f, colour, _elided_lines(text, fm, text_width, lines), gap))
    return blocks


def _text_height(blocks: list[tuple[QFont, QColor, list[str], float]]) -> float:
    return sum(QFontMetricsF(f).lineSpacing() * len(lines) + gap
               for f, _, lines, gap in blocks) - (blocks[0][3] if blocks else 0)


def _draw_blocks(painter: QPainter, blocks: list[tuple[QFont, QColor, list[str], float]],
                 x: float, y: float, text_width: float, unit: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    shadow = max(1.0, 0.0016 * unit)  # a soft offset shadow lifts text off a pale picture
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for index, (f, colour, lines, gap) in enumerate(blocks):
        if index:
            y += gap
        painter.setFont(f)
        fm = QFontMetricsF(f)
        for line in lines:
            box = QRectF(x, y, text_width, fm.lineSpacing())
            painter.setPen(SHADOW)
            painter.drawText(box.translated(shadow, shadow), left, line)
            painter.setPen(colour)
            painter.drawText(box, left, line)
            y += fm.lineSpacing()


def render_caption(caption: CaptionText, size: QSize, dpr: float = 1.0,
                   scale: float = 1.0) -> QImage:
    """The caption band for a screen of `size` (logical px): scrim plus text, bottom-aligned.

    Returns an image exactly as wide as the screen, to be drawn at its bottom edge. `scale`
    (--caption-scale) multiplies every letter size.
    """
    width, height = size.width(), size.height()
    unit = height  # every size follows the screen height
    margin_x = max(0.05 * width, 0.06 * unit)
    margin_bottom = 0.065 * unit
    text_width = min(width - 2 * margin_x, max(0.62 * width, 0.9 * unit))
    blocks = _blocks(caption, unit, text_width, scale)
    text_height = _text_height(blocks)
    scrim = 0.14 * unit  # the gradient starts this far above the first line
    band_h = min(height, round(text_height + margin_bottom + scrim))
    image = QImage(round(width * dpr), round(band_h * dpr),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(dpr)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 0, band_h)
    for stop, alpha in ((0.0, 0), (0.3, 110), (0.6, 190), (1.0, 220)):
        gradient.setColorAt(stop, QColor(0, 0, 0, alpha))
    painter.fillRect(QRectF(0, 0, width, band_h), gradient)
    _draw_blocks(painter, blocks, margin_x, band_h - margin_bottom - text_height, text_width,
                 unit)
    painter.end()
    return image


def side_column(picture: tuple[int, int], screen: tuple[int, int], scale: float = 1.0) -> int:
    """How wide (px) a caption column beside the picture can be, or 0 when there is no room
    for one (the caption then goes in a band over the bottom of the picture)."""
    (pw, _), (sw, sh) = picture, screen
    needed = min(0.45 * sw, max(0.2 * sw, 0.42 * sh) * scale)
    free = sw - pw
    return round(min(free, max(needed, 0.4 * sw))) if free >= needed else 0


def paint_caption_beside(painter: QPainter, caption: CaptionText, column: QRectF,
                         unit: float, scale: float = 1.0) -> None:
    """The caption as a wall label in `column` beside the picture, on black: no scrim, lower
    half, like a label hung beside a painting."""
    margin = 0.05 * unit
    text_width = column.width() - 2 * margin
    blocks = _blocks(caption, unit, text_width, scale, beside=True)
    text_height = _text_height(blocks)
    y = max(column.top() + margin, column.bottom() - 0.3 * unit - text_height)
    _draw_blocks(painter, blocks, column.left() + margin, y, text_width, unit)


# Where a card's words sit, in turn (fractions of the screen height): a card can stay up for
# hours, and words that never move would burn into a panel.
CARD_SHIFTS = ((0.0, 0.0), (-0.12, -0.2), (0.1, 0.18), (0.14, -0.16), (-0.1, 0.22),
               (0.05, -0.25), (-0.15, 0.08))


def paint_card(painter: QPainter, size: QSize, title: str, note: str | None,
               step: int = 0) -> None:
    """A calm full-screen card: a dark field, one line, and a quieter line beneath; `step`
    moves the words to the next of CARD_SHIFTS."""
    width, height = size.width(), size.height()
    painter.fillRect(0, 0, width, height, CARD_BG)
    dx, dy = CARD_SHIFTS[step % len(CARD_SHIFTS)]
    painter.translate(dx * height, dy * height)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    title_font = font(SERIF, 0.042 * height)
    note_font = font(SANS, 0.022 * height)
    title_h = QFontMetricsF(title_font).lineSpacing()
    note_h = QFontMetricsF(note_font).lineSpacing() if note else 0
    gap = 1.8 * note_font.pixelSize() if note else 0
    top = (height - title_h - gap - note_h) / 2
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    painter.setFont(title_font)
    painter.setPen(INK_SOFT)
    painter.drawText(QRectF(0.05 * width, top, 0.9 * width, title_h), centre, title)
    # a short rule between the lines, like a museum wall label
    rule_y = top + title_h + gap / 2
    painter.fillRect(QRectF(width / 2 - 0.02 * height, rule_y, 0.04 * height,
                            max(1.0, 0.0015 * height)), INK_QUIET)
    if note:
        painter.setFont(note_font)
        painter.setPen(INK_QUIET)
        painter.drawText(QRectF(0.05 * width, top + title_h + gap, 0.9 * width, note_h),
                         centre, note)

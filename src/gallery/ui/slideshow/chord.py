"""The exit chord: the only way out of a show, so a mistyped one is refused, never accepted.

QKeySequence parses leniently: "Ctrl+Shft+Q" becomes an unknown key, "Ctrl+Shift" a chord of
modifiers alone, and either would leave a show no one can end. A chord is valid when Qt reads
it back to the same words (in any order and case), it is one combination, it has a real key
and at least one modifier (a bare key could be pressed by a visitor leaning on a keyboard).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr, Qt.Key.Key_unknown}
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
              | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def _words(text: str) -> list[str]:
    """"Shift+Ctrl+Q" → ["ctrl", "q", "shift"]; a "+" key ("Ctrl++") stays a word."""
    text = text.strip().lower()
    words = []
    while text:
        head, plus, rest = text.partition("+")
        if not head and plus:  # "++" at the end: the plus key itself
            words.append("+")
            text = rest[1:] if rest.startswith("+") else rest
            continue
        words.append(head.strip())
        text = rest
    return sorted(words)


def parse_chord(text: str) -> QKeySequence:
    """The chord `text` as a key sequence; ValueError with a readable reason if invalid."""
    sequence = QKeySequence(text, QKeySequence.SequenceFormat.PortableText)
    shown = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1 or not shown or _words(shown) != _words(text):
        raise ValueError(f"exit chord {text!r} is not a key chord Qt understands "
                         "(write it like Ctrl+Shift+Q)")
    combination = sequence[0]
    if combination.key() in _MODIFIER_KEYS:
        raise ValueError(f"exit chord {text!r} needs a key besides the modifiers "
                         "(e.g. Ctrl+Shift+Q)")
    if not combination.keyboardModifiers() & _MODIFIERS:
        raise ValueError(f"exit chord {text!r} needs Ctrl, Alt, Shift or Meta, so a visitor "
                         "cannot press it by accident (e.g. Ctrl+Shift+Q)")
    return sequence


def check_chord(text: str) -> str:
    """`text` in Qt's own spelling (e.g. "ctrl+shift+q" → "Ctrl+Shift+Q"); ValueError if
    invalid."""
    return parse_chord(text).toString(QKeySequence.SequenceFormat.PortableText)

"""No-break spaces where a reader must not see a line break: between an initial and what
follows it («А. А. Леонов», "Arthur C. Clarke") and between a day and its month («18 марта»,
"18 March", "March 18"). Typographic practice in both languages; Qt's line breaking and our
own label wrapping (timeline.layout.wrap_label) both keep such a pair on one line.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

_MONTHS = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек|"
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# An initial: one capital letter and a full stop, before a capital (the next initial or the
# surname).
_INITIAL = re.compile(r"\b([A-ZА-ЯЁ]\.) (?=[A-ZА-ЯЁ])")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) (?=(?:{_MONTHS})\.?(?!\w))", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b((?:{_MONTHS})\.?) (?=\d{{1,2}}\b)")


def keep_together(text: str) -> str:
    """`text` with no-break spaces after initials and inside day–month pairs."""
    if not text or " " not in text:
        return text
    text = _INITIAL.sub(rf"\1{NBSP}", text)
    text = _DAY_MONTH.sub(rf"\1{NBSP}", text)
    return _MONTH_DAY.sub(rf"\1{NBSP}", text)

"""No-break spaces where a reader must not see a line break: between an initial and what
follows it («А. А. Леонов», "Arthur C. Clarke") and between a day and its month («18 марта»,
"18 March", "March 18"), and a no-break hyphen after a short prefix ("co-artist",
«со-автор»). Typographic practice in both languages; Qt's line breaking and our own label
wrapping (timeline.layout.wrap_label) both keep such a pair on one line.

The other way round, `break_long_runs` lets a label break inside a run with no space in it
(a URL, a pasted hash): Qt's labels wrap at spaces only and would run past their column.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NB_HYPHEN = "\u2011"
ZWSP = "\u200b"  # a break allowed, nothing shown
LONG_RUN = 24  # a run this long with no space may break, every so many characters

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
# A prefix of one to three letters and its hyphen, before a word ("co-artist", "ко-автор").
_PREFIX = re.compile(r"(?<!\w)([^\W\d_]{1,3})-(?=[^\W\d_]{2})")
_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")


def keep_together(text: str) -> str:
    """`text` with no-break spaces after initials and inside day–month pairs."""
    if not text:
        return text
    text = _PREFIX.sub(rf"\1{NB_HYPHEN}", text)
    if " " not in text:
        return text
    text = _INITIAL.sub(rf"\1{NBSP}", text)
    text = _DAY_MONTH.sub(rf"\1{NBSP}", text)
    return _MONTH_DAY.sub(rf"\1{NBSP}", text)


def break_long_runs(text: str) -> str:
    """`text` with an invisible break allowed every `LONG_RUN` characters of a run that has
    no space, so a label wraps it instead of running past its column."""
    return _RUN.sub(lambda m: ZWSP.join(m.group()[i:i + LONG_RUN]
                                        for i in range(0, len(m.group()), LONG_RUN)), text)

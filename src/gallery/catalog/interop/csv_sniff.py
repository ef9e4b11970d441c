"""How a spreadsheet's CSV was written: its encoding and delimiter, found rather than assumed.

Russian spreadsheets save CSV with ";" between cells (the comma is their decimal mark) and,
from older Excel, in Windows-1251 (or, from older Unix tools, KOI8-R); others use "," or a
tab, UTF-8 with or without a BOM.
`decode_sheet` and `sniff_delimiter` say which, and the import's dry run reports it.
`unterminated_quote` finds a quote that is never closed (which would swallow every later row
into one cell): the import refuses the file naming the line, never importing part of it.
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import CatalogError

UTF8_BOM = "UTF-8 with BOM"
UTF8 = "UTF-8"
CP1251 = "Windows-1251"
KOI8R = "KOI8-R"
# Russian text is mostly lower-case letters, the commonest of them these: a text decoded in
# the wrong one of the two 8-bit encodings turns its case over and its commonest letters into
# rare ones ('Космос' in KOI8-R read as Windows-1251 is 'лПУНПУ').
_COMMON_RU = frozenset("оеаинтсрвлкмдпу")
_SURE_MARGIN = 0.2  # how much better one reading must score; closer than this is refused
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
# Windows-1251 text is mostly ASCII and Cyrillic; bytes that decode to other symbols in bulk
# mean it is some other encoding.
_CP1251_PLAUSIBLE = re.compile(r"[\x09\x0a\x0d\x20-\x7e\u0400-\u04ff«»—–№…“”„‘’ \u2116]")


class SheetNotReadable(CatalogError):
    """The file is no CSV we can read (encoding, quoting)."""


def decode_sheet(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without a BOM, else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError:
            raise SheetNotReadable("starts with a UTF-8 mark but is not UTF-8 text") from None
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    readings = [(text, name) for text, name in
                ((_decoded(data, "cp1251"), CP1251), (_decoded(data, "koi8_r"), KOI8R))
                if text and len(_CP1251_PLAUSIBLE.findall(text)) >= 0.98 * len(text)]
    if not readings:
        raise SheetNotReadable("is neither UTF-8 nor Windows-1251 (or KOI8-R) text (save the "
                               "sheet as CSV UTF-8)")
    if len(readings) == 1:
        return readings[0]
    scores = [russian_score(text) for text, _ in readings]
    if abs(scores[0] - scores[1]) < _SURE_MARGIN:
        raise SheetNotReadable("could be Windows-1251 or KOI8-R text and it is not clear which "
                               "(save the sheet as CSV UTF-8)")
    return readings[0] if scores[0] > scores[1] else readings[1]


def _decoded(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return ""


def russian_score(text: str) -> float:
    """How much `text` reads as Russian: the share of its Cyrillic letters that are lower case
    plus the share that are among the commonest letters (0 to 2; 0 with no Cyrillic)."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        return 0.0
    lower = sum(c.islower() for c in letters)
    common = sum(c in _COMMON_RU for c in letters)
    return (lower + common) / len(letters)


def sniff_delimiter(text: str, required: str = "id") -> str:
    """The delimiter that makes the header row name the `required` column (and, among those,
    the most columns); a comma when none does."""
    first = text.split("\n", 1)[0]
    best, best_count = ",", 0
    for delimiter in DELIMITERS:
        try:
            names = next(csv.reader(io.StringIO(first), delimiter=delimiter), [])
        except csv.Error:
            continue
        names = [n.strip().lstrip("\ufeff") for n in names]
        if required in names and len(names) > best_count:
            best, best_count = delimiter, len(names)
    return best


def unterminated_quote(text: str, delimiter: str) -> int | None:
    """The line number (1-based) where a quoted cell opens and never closes, else None."""
    line, opened = 1, 0
    quoted, at_start = False, True
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1  # "" inside quotes is one quote
                else:
                    quoted = False
            elif ch == "\n":
                line += 1
        elif ch == '"' and at_start:
            quoted, opened = True, line
        elif ch == "\n":
            line += 1
        at_start = ch in (delimiter, "\n", "\r") and not quoted
        i += 1
    return opened if quoted else None

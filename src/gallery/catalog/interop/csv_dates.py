"""A date typed in a CSV row ("c. 1970", "probably 1965") read into the v5 structure.

The catalog stores a range, a qualifier and a certainty and generates the display text from
them; a sheet may give only the phrase. The phrase is parsed into the range, and the
qualifier and certainty are the ones whose generated text says the same thing ("c. 1970" is
circa, not a doubt); what no structure reproduces is kept as the date note, never lost.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from ..date_text import QUALIFIERS, date_text
from ..dates import CERTAINTIES, DateNotUnderstood, ParsedDate, parse_date
from ..derive import dates as generated_dates


def fill_dates(record: dict[str, Any], stored: dict[str, Any] | None, cells: dict[str, str],
               reasons: list[str]) -> None:
    """Blank earliest/latest are read from the display date — when the display date is new
    or changed, or when the row blanks a range the catalog had. A stored date in words with
    no range, re-imported unchanged, stays as it is."""
    if "date_display" not in cells or record.get("date_earliest") or record.get("date_latest"):
        return
    display = record.get("date_display")
    changed = stored is None or stored.get("date_display") != display
    had_range = bool(stored and (stored.get("date_earliest") or stored.get("date_latest")))
    if not display or not (changed or had_range):
        return
    try:
        parsed = parse_date(display)
    except DateNotUnderstood as error:
        reasons.append(f"date_display: {error}; give date_earliest and date_latest "
                       "(YYYY-MM-DD) for a date in words")
        return
    record["date_earliest"], record["date_latest"] = parsed.earliest, parsed.latest
    qualifier, certainty = _structure(display, parsed)
    for column, value in (("date_qualifier", qualifier), ("date_certainty", certainty)):
        typed = str(cells.get(column) or "").strip()
        if not typed or (stored and typed == stored.get(column)):  # the phrase says it
            record[column] = value
    shown = generated_dates(record, "date_earliest", "date_latest",
                            record.get("date_certainty"))["date_display"]
    if shown != display and not record.get("date_note"):
        record["date_note"] = display  # what the phrase said beyond the range


def _structure(display: str, parsed: ParsedDate) -> tuple[str, str]:
    """The (qualifier, certainty) whose generated English is the typed phrase, else the
    parser's reading of it."""
    for qualifier, certainty in product(QUALIFIERS, CERTAINTIES):
        text = date_text(parsed.earliest, parsed.latest, qualifier, certainty, "en")
        if text.casefold() == display.strip().casefold():
            return qualifier, certainty
    edtf = parsed.edtf
    qualifier = ("circa" if edtf.endswith("~") else "before" if edtf.startswith("../")
                 else "after" if edtf.endswith("/..") else "exact")
    return qualifier, parsed.certainty

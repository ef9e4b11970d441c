from __future__ import annotations

import pytest

from gallery.catalog.dates import DateNotUnderstood, edtf_for, parse_date


@pytest.mark.parametrize(("typed", "earliest", "latest", "certainty", "edtf"), [
    ("1965", "1965-01-01", "1965-12-31", "certain", "1965"),
    ("March 1965", "1965-03-01", "1965-03-31", "certain", "1965-03"),
    ("18 March 1965", "1965-03-18", "1965-03-18", "certain", "1965-03-18"),
    ("18–19 March 1965", "1965-03-18", "1965-03-19", "certain", "1965-03-18/1965-03-19"),
    ("c. 1967", "1965-01-01", "1969-12-31", "probable", "1967~"),
    ("1960s", "1960-01-01", "1969-12-31", "certain", "196X"),
    ("1965?", "1965-01-01", "1965-12-31", "probable", "1965?"),
    ("before 1975", None, "1975-12-31", "certain", "../1975"),
    ("около 1967", "1965-01-01", "1969-12-31", "probable", "1967~"),
    ("1960-е", "1960-01-01", "1969-12-31", "certain", "196X"),
    ("18 марта 1965", "1965-03-18", "1965-03-18", "certain", "1965-03-18"),
    ("late 1970s", "1976-01-01", "1979-12-31", "certain", "1976/1979"),
    ("1965–2015", "1965-01-01", "2015-12-31", "certain", "1965/2015"),
    ("1968–present", "1968-01-01", None, "certain", "1968/.."),
    ("25.03.1965", "1965-03-25", "1965-03-25", "certain", "1965-03-25"),
    ("February 1964", "1964-02-01", "1964-02-29", "certain", "1964-02"),
    ("unknown", None, None, "unknown", ""),
])
def test_curator_forms(typed: str, earliest: str | None, latest: str | None, certainty: str,
                       edtf: str) -> None:
    parsed = parse_date(typed)
    assert (parsed.earliest, parsed.latest, parsed.certainty, parsed.edtf) == (
        earliest, latest, certainty, edtf)
    assert parsed.display == typed


@pytest.mark.parametrize("typed", ["31 February 1965", "sometime", "1975–1965", "13/13/1965"])
def test_nonsense_is_explained(typed: str) -> None:
    with pytest.raises(DateNotUnderstood):
        parse_date(typed)


def test_edtf_for_stored_ranges() -> None:
    assert edtf_for("1965-01-01", "1965-12-31", "certain") == "1965"
    assert edtf_for("1965-03-01", "1965-03-31", "probable") == "1965-03?"
    assert edtf_for("1968-01-01", "1982-12-31", "possibly") == "1968/1982%"
    assert edtf_for(None, "1982-12-31", "certain") == "../1982"
    assert edtf_for(None, None, "unknown") == ""

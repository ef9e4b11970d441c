from __future__ import annotations

from gallery.catalog.provenance import derive_custodian, derive_holder, paragraph


def event(kind: str, holder: str | None = None, certainty: str = "certain", direct: bool = False,
          date: str | None = None, **extra: object) -> dict:
    return {"kind": kind, "holder": holder, "party": extra.pop("party", holder),
            "certainty": certainty, "direct": direct, "date_display": date, **extra}


CHAIN = [
    event("created", "Alexei Leonov", date="1975", place="Moscow"),
    event("gift", "Stephen Hawking", direct=True, date="2015", party="Leonov to Hawking"),
    event("gap", date="2018–present", certainty="unknown"),
    event("held", "A museum", certainty="possibly"),
]


def test_holder_follows_ownership_and_gaps() -> None:
    assert derive_holder(CHAIN[:2]) == ("Stephen Hawking", "certain")
    assert derive_holder(CHAIN[:3]) == (None, "unknown")
    assert derive_holder(CHAIN) == ("A museum", "possibly")
    loaned = [*CHAIN[:2], event("loan", "Science Museum", party="Stephen Hawking")]
    assert derive_holder(loaned) == ("Stephen Hawking", "certain")
    assert derive_custodian(loaned) == "Science Museum"


def test_paragraph_in_the_cmoa_manner() -> None:
    text = paragraph(CHAIN)
    assert text == ("Alexei Leonov, Moscow, 1975; Stephen Hawking, 2015. "
                    "[whereabouts unknown, 2018–present]. Possibly A museum.")
    assert paragraph([event("held", "Tretyakov", certainty="probable", date="2015")]) == \
        "Tretyakov?, 2015."
    sold = [event("created", "A", certainty="probable", date="ca. 1970"),
            event("sale", None, party="Sotheby's", date="unknown")]
    assert paragraph(sold) == "A?, ca. 1970. Sold through Sotheby's."
    assert paragraph([]) == "No provenance is recorded."


def test_paragraph_in_russian_and_skips_publications() -> None:
    chain = [*CHAIN[:2], event("published", party="A magazine")]
    assert "A magazine" not in paragraph(chain, "ru")
    assert paragraph(CHAIN, "ru").startswith("Alexei Leonov, Moscow, 1975; ")
    assert "местонахождение неизвестно" in paragraph(CHAIN, "ru")

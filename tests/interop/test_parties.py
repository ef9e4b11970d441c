"""Provenance names: which become identities (catalog people, institutions) and which stay
text, so no export invents a person from a phrase."""

from __future__ import annotations

from typing import Any

from lxml import etree

from gallery.catalog.interop import lido
from gallery.catalog.interop.common import Parties
from gallery.catalog.interop.refs import Refs

PEOPLE = [{"id": "alexei-leonov", "name": "Alexei Arkhipovich Leonov",
           "name_ru": "Алексей Архипович Леонов"},
          {"id": "arthur-c-clarke", "name": "Sir Arthur Charles Clarke"},
          {"id": "brian-may", "name": "Brian May"}]


def names(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.person_id, p.kind) for p in Parties(PEOPLE).parse(text)]


def test_people_match_by_short_name_id_or_russian_name() -> None:
    assert names("Alexei Leonov") == [("Alexei Leonov", "alexei-leonov", "Person")]
    assert names("Arthur C. Clarke") == [("Arthur C. Clarke", "arthur-c-clarke", "Person")]
    assert names("Алексей Леонов") == [("Алексей Леонов", "alexei-leonov", "Person")]
    assert names("Alexei Leonov with Brian May (and others)") == [
        ("Alexei Leonov", "alexei-leonov", "Person"), ("Brian May", "brian-may", "Person")]


def test_institutions_become_groups_and_phrases_stay_text() -> None:
    assert names("the State Tretyakov Gallery") == [("State Tretyakov Gallery", None, "Group")]
    assert names("National Air and Space Museum, Smithsonian (one copy)") == [
        ("National Air and Space Museum, Smithsonian", None, "Group")]
    for phrase in ("unknown", "unknown (probably Memorial Museum of Cosmonautics)",
                   "a museum in Baku (as of 1975)", "Alexei Leonov to Arthur C. Clarke",
                   'Leonov & Sokolov, "Life Among Stars"', "press agency or archive",
                   "Molodaya Gvardiya", "Soviet publisher (not named)"):
        assert names(phrase) == [], phrase


def test_lido_links_a_provenance_holder_to_the_catalog_person(full_catalog: Any,
                                                             lido_schema: Any) -> None:
    record = lido.work_record(full_catalog.get("docking-1975"), Refs.of(full_catalog))
    document = etree.fromstring(lido.to_bytes(record))
    assert lido_schema.validate(document), lido_schema.error_log
    ns = {"lido": "http://www.lido-schema.org"}
    gift = document.xpath("//lido:event[lido:eventMethod/lido:term='gift']", namespaces=ns)[0]
    assert gift.xpath(".//lido:actorID/text()", namespaces=ns) == ["andrei-sokolov"]
    assert gift.xpath(".//lido:displayActorInRole/text()", namespaces=ns) == [
        "Alexei Leonov to Andrei Sokolov (party)", "Andrei Sokolov (owner)"]

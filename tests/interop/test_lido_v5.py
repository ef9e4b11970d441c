"""LIDO of the shipped (v5) catalog: every record valid against the official XSD, titles with
their language and status, terms with labels in both languages and their Getty AAT ids, dates
per language, agents with their names and authority ids."""

from __future__ import annotations

import re
from typing import Any

import pytest
from lxml import etree

from gallery.catalog.interop import lido
from gallery.catalog.interop.lido_events import EXHIBITION
from gallery.catalog.interop.refs import Refs

NS = {"lido": "http://www.lido-schema.org"}


@pytest.fixture
def records(shipped_copy: Any) -> dict[str, Any]:
    refs = Refs.of(shipped_copy)
    return {w: etree.fromstring(lido.to_bytes(lido.work_record(shipped_copy.get(w), refs)))
            for w in shipped_copy.work_ids()}


def _x(element: Any, path: str) -> list[Any]:
    return element.xpath(path, namespaces=NS)


def test_every_shipped_record_validates(records: dict[str, Any], lido_schema: Any) -> None:
    assert len(records) == 58
    for work_id, record in records.items():
        assert lido_schema.validate(record), (work_id, lido_schema.error_log)


def test_titles_in_both_languages_with_their_status(shipped_copy: Any,
                                                     records: dict[str, Any]) -> None:
    for work_id, record in records.items():
        work = shipped_copy.get(work_id)
        preferred = _x(record, "//lido:titleSet[@lido:pref='preferred']/lido:appellationValue")
        assert [(v.get("{http://www.w3.org/XML/1998/namespace}lang"), v.text)
                for v in preferred] == [("en", work["title"]), ("ru", work["title_ru"])]
        assert all(v.get(f"{{{NS['lido']}}}label") for v in preferred), work_id
        others = _x(record, "//lido:titleSet[@lido:pref='alternate']")
        assert len(others) == len(work["other_titles"])
    book = records["book-zhdite-nas-zvezdy-1967"]
    latin = _x(book, "//lido:titleSet[@lido:type='published title']/lido:appellationValue"
                     "[@xml:lang='ru-Latn']/text()")
    assert latin == ["Zhdite nas, zvezdy"]


def test_terms_carry_both_labels_and_aat_ids(records: dict[str, Any]) -> None:
    painting = records["astp-docking-painting-1975"]
    work_type = _x(painting, "//lido:objectWorkType")[0]
    assert _x(work_type, "lido:conceptID[@lido:source='AAT']/text()") == [
        "http://vocab.getty.edu/aat/300033618"]
    assert _x(work_type, "lido:term/@xml:lang") == ["en", "ru"]
    aat_materials = [m for r in records.values() for m in _x(
        r, "//lido:termMaterialsTech/lido:conceptID[@lido:source='AAT']/text()")]
    assert aat_materials and all(m.startswith("http://vocab.getty.edu/aat/3000")
                                 for m in aat_materials)
    for record in records.values():
        for term in _x(record, "//lido:termMaterialsTech[lido:conceptID]"):
            assert _x(term, "lido:term/@xml:lang") == ["en", "ru"]


def test_dates_per_language_and_agents_with_authority_ids(shipped_copy: Any,
                                                          records: dict[str, Any]) -> None:
    for work_id, record in records.items():
        work = shipped_copy.get(work_id)
        creation = _x(record, "//lido:eventSet[1]/lido:event/lido:eventDate")
        if work["date_qualifier"] == "unknown":
            assert creation == []
            continue
        assert _x(creation[0], "lido:displayDate[@xml:lang='en']/text()") == [
            work["date_display"]]
        assert _x(creation[0], "lido:displayDate[@xml:lang='ru']/text()") == [
            work["date_display_ru"]]
    held = [w for w in shipped_copy.work_ids()
            if shipped_copy.get(w)["current_holder_id"] == "state-tretyakov-gallery"]
    assert held
    repository = _x(records[held[0]], "//lido:repositoryName")[0]
    assert _x(repository, "lido:legalBodyID/text()") == [
        "state-tretyakov-gallery", "http://www.wikidata.org/entity/Q183334"]
    assert _x(repository, "lido:legalBodyName/lido:appellationValue/@xml:lang") == ["en", "ru"]
    actors = [a for r in records.values() for a in _x(r, "//lido:actor")]
    assert all(_x(a, "lido:nameActorSet/lido:appellationValue/@xml:lang") == ["en", "ru"]
               for a in actors if _x(a, "lido:actorID[@lido:type='local']"))
    assert any(_x(a, "lido:actorID[@lido:source='Wikidata']") for a in actors)


def test_every_dated_event_carries_valid_edtf_beside_the_prose(
        shipped_copy: Any, records: dict[str, Any]) -> None:
    """EDTF in a displayDate marked encodinganalog='EDTF', parsed by the `edtf` package; the
    creation date's is the work's own; exhibitions are dated too."""
    from edtf import parse_edtf

    exhibited = 0
    for work_id, record in records.items():
        for date in _x(record, "//lido:eventDate"):
            edtf = _x(date, "lido:displayDate[@lido:encodinganalog='EDTF']/text()")
            assert len(edtf) == 1, (work_id, etree.tostring(date))
            assert str(parse_edtf(edtf[0])) == edtf[0]
            assert _x(date, "lido:displayDate[@xml:lang='en']"), work_id
        work = shipped_copy.get(work_id)
        if work["date_edtf"]:
            created = _x(record, "//lido:event[lido:eventType/lido:term='Creation']"
                                 "/lido:eventDate/lido:displayDate"
                                 "[@lido:encodinganalog='EDTF']/text()")
            assert created == [work["date_edtf"]], work_id
        exhibited += len(record.xpath(
            "//lido:event[lido:eventType/lido:conceptID=$uri]/lido:eventDate", namespaces=NS,
            uri=EXHIBITION.uri))
    assert exhibited >= 7  # the shipped catalog links works to 7 dated exhibitions


def test_resource_links_are_absolute_under_the_base_url(shipped_copy: Any,
                                                        lido_schema: Any) -> None:
    """--base-url (shared with the IIIF export): the image as the IIIF export publishes it,
    its manifest, and the record itself; no relative path into a folder nobody has."""
    base = "https://example.org/leonov"
    refs = Refs.of(shipped_copy)
    for work_id in shipped_copy.work_ids():
        work = shipped_copy.get(work_id)
        record = etree.fromstring(lido.to_bytes(lido.work_record(work, refs, base)))
        assert lido_schema.validate(record), lido_schema.error_log
        links = _x(record, "//lido:linkResource/text() | //lido:recordInfoLink/text()")
        assert all(link.startswith(base + "/") for link in links), links
        assert f"{base}/lido/{work_id}.xml" in links
        if work.get("image_path"):
            assert f"{base}/manifests/{work_id}.json" in links
            assert f"{base}/images/{work_id}/full/max/0/default.jpg" in links


def test_repository_only_for_a_current_certain_holder_and_rights_as_uris(
        shipped_copy: Any, records: dict[str, Any]) -> None:
    """A holder in doubt is no repository (the provenance events say it); the work's rights
    and the image's are each a URI: the work's not evaluated, a stand-in under our licence."""
    rights = re.compile(r"^(http://rightsstatements\.org/vocab/[A-Za-z]+/1\.0/|"
                        r"https?://creativecommons\.org/\S+|https://spdx\.org/licenses/MIT\.html)$")
    for work_id, record in records.items():
        work = shipped_copy.get(work_id)
        held = bool(_x(record, "//lido:repositoryWrap"))
        assert held == (bool(work["current_holder"]) and work["holder_certainty"] == "certain")
        work_rights = _x(record, "//lido:rightsWorkSet/lido:rightsType/lido:conceptID/text()")
        image_rights = _x(record, "//lido:rightsResource/lido:rightsType/lido:conceptID/text()")
        assert len(work_rights) == 1 and rights.match(work_rights[0])
        assert image_rights == (["https://spdx.org/licenses/MIT.html"]
                                if work["image_is_standin"] else work_rights)
        assert not _x(record, "//lido:rightsType/lido:term[string-length() > 90]")


def test_a_gap_says_only_that_the_whereabouts_are_unknown(records: dict[str, Any]) -> None:
    notes = [n for r in records.values() for n in _x(r, "//lido:descriptiveNoteValue/text()")]
    assert any(n.startswith("Whereabouts unknown:") for n in notes)
    assert not [n for n in notes if "this event whereabouts unknown" in n]

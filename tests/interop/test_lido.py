"""LIDO 1.1 export: every record validates against the XSD, per work and wrapped; the mapping
says what the catalog knows and no more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from gallery.catalog.interop import lido
from gallery.catalog.interop.refs import Refs
from gallery.cli import main

NS = {"lido": "http://www.lido-schema.org"}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _record(catalog: Any, work_id: str) -> Any:
    return etree.fromstring(lido.to_bytes(lido.work_record(catalog.get(work_id),
                                                           Refs.of(catalog))))


def _event_types(record: Any) -> list[str]:
    return record.xpath("//lido:eventWrap/lido:eventSet/lido:event/lido:eventType/"
                        "lido:term[@xml:lang='en']/text()", namespaces=NS)


def test_every_record_and_the_wrap_validate(full_catalog: Any, lido_schema: Any) -> None:
    refs = Refs.of(full_catalog)
    records = [lido.work_record(full_catalog.get(w), refs) for w in full_catalog.work_ids()]
    for element in records:
        document = etree.fromstring(lido.to_bytes(element))
        assert lido_schema.validate(document), lido_schema.error_log
    wrapped = etree.fromstring(lido.to_bytes(lido.wrap(records)))
    assert lido_schema.validate(wrapped), lido_schema.error_log
    assert len(wrapped.findall("lido:lido", NS)) == 4


def test_titles_dates_materials_and_repository(full_catalog: Any) -> None:
    record = _record(full_catalog, "docking-1975")
    titles = record.xpath("//lido:titleSet[@lido:pref='preferred']/lido:appellationValue",
                          namespaces=NS)
    assert {(t.get(LANG), t.text) for t in titles} == {
        ("en", "Docking <in orbit> & after"), ("ru", "Стыковка на орбите")}
    creation = record.xpath("//lido:event[lido:eventType/lido:conceptID="
                            "'http://terminology.lido-schema.org/lido00012']", namespaces=NS)
    assert len(creation) == 1  # the catalog's "created" event is merged into it
    event = creation[0]
    assert event.xpath("lido:eventDate/lido:displayDate[@xml:lang='en']/text()",
                       namespaces=NS) == ["c. 1975"]
    assert event.xpath("lido:eventDate/lido:displayDate[@xml:lang='ru']/text()",
                       namespaces=NS) == ["около 1975 г."]
    assert event.xpath("lido:eventDate/lido:date/lido:earliestDate/text()",
                       namespaces=NS) == ["1973-01-01"]
    assert event.xpath("lido:eventDate/lido:date/lido:latestDate/text()",
                       namespaces=NS) == ["1977-12-31"]
    assert event.xpath(".//lido:termMaterialsTech[@lido:type='material']/lido:term/text()",
                       namespaces=NS) == ["oil"]
    assert event.xpath(".//lido:roleActor/lido:term/text()", namespaces=NS) == ["artist"]
    assert record.xpath("//lido:repositoryName//lido:appellationValue/text()",
                        namespaces=NS) == ["State Tretyakov Gallery"]
    assert record.xpath("//lido:creditLine/text()", namespaces=NS) == ["Gift of the artist"]
    assert record.xpath("//lido:subjectConcept/lido:term/text()",
                        namespaces=NS) == ["docking", "Soyuz"]
    sitter = record.xpath("//lido:subjectActor//lido:actorID/text()", namespaces=NS)
    assert sitter == ["andrei-sokolov"]


def test_provenance_events_get_lido_event_types(full_catalog: Any) -> None:
    record = _record(full_catalog, "docking-1975")
    assert _event_types(record) == ["Creation", "Acquisition", "Transfer of custody",
                                    "Exhibition", "Publication", "Provenance", "Acquisition"]
    gap = record.xpath("//lido:eventSet[lido:event/lido:eventName/lido:appellationValue="
                       "'gap — whereabouts unknown']", namespaces=NS)[0]
    notes = gap.xpath(".//lido:descriptiveNoteValue/text()", namespaces=NS)
    assert any(n.startswith("Whereabouts unknown") for n in notes)
    sale = record.xpath("//lido:event[lido:eventMethod/lido:term='sale']", namespaces=NS)[0]
    assert sale.xpath(".//lido:sourceDescriptiveNote/text()", namespaces=NS) == [
        "A news report. 2015. <https://example.org/b>"]


def test_unknown_fields_are_left_out(catalog: Any, lido_schema: Any) -> None:
    record = _record(catalog, "near-the-moon")  # no medium, no Russian title, no dimensions
    assert record.xpath("//lido:termMaterialsTech/@lido:type", namespaces=NS) == ["support"]
    assert record.xpath("//lido:titleSet/lido:appellationValue[@xml:lang='ru']",
                        namespaces=NS) == []
    assert record.xpath("//lido:objectMeasurementsWrap", namespaces=NS) == []
    catalog.save({"id": "bare", "title": "Bare"}, None)
    bare = _record(catalog, "bare")
    assert lido_schema.validate(bare), lido_schema.error_log
    for absent in ("repositoryWrap", "resourceWrap", "eventDate",
                   "eventActor", "subjectWrap", "relatedWorksWrap", "inscriptionsWrap"):
        assert bare.xpath(f"//lido:{absent}", namespaces=NS) == [], absent
    # rights the catalog has not evaluated are said so, as a RightsStatements.org URI
    assert bare.xpath("//lido:rightsWorkSet/lido:rightsType/lido:conceptID/text()",
                      namespaces=NS) == ["http://rightsstatements.org/vocab/CNE/1.0/"]
    # the one element LIDO requires that the catalog lacks says so honestly
    assert bare.xpath("//lido:objectWorkType/lido:term/text()", namespaces=NS) == ["unknown"]


def test_cli_writes_a_folder_a_wrapped_file_and_stdout(full_catalog: Any, tmp_path: Path,
                                                       lido_schema: Any, capsys: Any) -> None:
    path = str(full_catalog.path)
    assert main(["--catalog", path, "export", "--format", "lido", "-o",
                 str(tmp_path / "lido")]) == 0
    files = sorted((tmp_path / "lido").glob("*.xml"))
    assert [f.stem for f in files] == sorted(full_catalog.work_ids())
    for file in files:
        assert lido_schema.validate(etree.parse(str(file))), (file, lido_schema.error_log)
    assert main(["--catalog", path, "export", "--format", "lido", "-o",
                 str(tmp_path / "all.xml")]) == 0
    assert lido_schema.validate(etree.parse(str(tmp_path / "all.xml")))
    capsys.readouterr()
    assert main(["--catalog", path, "export", "--format", "lido"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<?xml") and out.count("<lido:lido>") == 4
    assert main(["--catalog", path, "export", "--format", "lido", "-o",
                 str(tmp_path / "notes.txt")]) == 2

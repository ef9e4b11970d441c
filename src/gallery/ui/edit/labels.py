"""Readable names of record fields, for form labels, history diffs and the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "id": QT_TRANSLATE_NOOP("FieldLabels", "Identifier"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "other_titles": QT_TRANSLATE_NOOP("FieldLabels", "Other titles"),
    "work_type": QT_TRANSLATE_NOOP("FieldLabels", "Type of work"),
    "series": QT_TRANSLATE_NOOP("FieldLabels", "Series"),
    "catalogue_numbers": QT_TRANSLATE_NOOP("FieldLabels", "Catalogue numbers"),
    "credit_line": QT_TRANSLATE_NOOP("FieldLabels", "Credit line"),
    "rights": QT_TRANSLATE_NOOP("FieldLabels", "Rights"),
    "confidence": QT_TRANSLATE_NOOP("FieldLabels", "Confidence"),
    "confidence_note": QT_TRANSLATE_NOOP("FieldLabels", "Confidence note"),
    "date_display": QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    "date_earliest": QT_TRANSLATE_NOOP("FieldLabels", "Earliest date"),
    "date_latest": QT_TRANSLATE_NOOP("FieldLabels", "Latest date"),
    "date_certainty": QT_TRANSLATE_NOOP("FieldLabels", "Date certainty"),
    "date_note": QT_TRANSLATE_NOOP("FieldLabels", "Date note"),
    "medium": QT_TRANSLATE_NOOP("FieldLabels", "Medium"),
    "support": QT_TRANSLATE_NOOP("FieldLabels", "Support"),
    "height": QT_TRANSLATE_NOOP("FieldLabels", "Height"),
    "width": QT_TRANSLATE_NOOP("FieldLabels", "Width"),
    "depth": QT_TRANSLATE_NOOP("FieldLabels", "Depth"),
    "dimension_unit": QT_TRANSLATE_NOOP("FieldLabels", "Unit"),
    "dimensions_note": QT_TRANSLATE_NOOP("FieldLabels", "Dimensions note"),
    "inscriptions": QT_TRANSLATE_NOOP("FieldLabels", "Inscriptions"),
    "where_made": QT_TRANSLATE_NOOP("FieldLabels", "Where made"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "subjects": QT_TRANSLATE_NOOP("FieldLabels", "Subjects"),
    "facts": QT_TRANSLATE_NOOP("FieldLabels", "Facts"),
    "alt_text": QT_TRANSLATE_NOOP("FieldLabels", "Alt text"),
    "people": QT_TRANSLATE_NOOP("FieldLabels", "People"),
    "missions": QT_TRANSLATE_NOOP("FieldLabels", "Missions"),
    "exhibitions": QT_TRANSLATE_NOOP("FieldLabels", "Exhibitions"),
    "sources": QT_TRANSLATE_NOOP("FieldLabels", "Sources"),
    "holder_sources": QT_TRANSLATE_NOOP("FieldLabels", "Sources for the holder"),
    "provenance": QT_TRANSLATE_NOOP("FieldLabels", "Provenance"),
    "current_holder": QT_TRANSLATE_NOOP("FieldLabels", "Current holder"),
    "holder_certainty": QT_TRANSLATE_NOOP("FieldLabels", "Holder certainty"),
    "image_path": QT_TRANSLATE_NOOP("FieldLabels", "Image file"),
    "image_sha256": QT_TRANSLATE_NOOP("FieldLabels", "Image checksum"),
    "image_width": QT_TRANSLATE_NOOP("FieldLabels", "Image width"),
    "image_height": QT_TRANSLATE_NOOP("FieldLabels", "Image height"),
    "image_format": QT_TRANSLATE_NOOP("FieldLabels", "Image format"),
    "image_bytes": QT_TRANSLATE_NOOP("FieldLabels", "Image size"),
    "image_is_standin": QT_TRANSLATE_NOOP("FieldLabels", "Stand-in image"),
    "image_note": QT_TRANSLATE_NOOP("FieldLabels", "Image note"),
    "image_imported_at": QT_TRANSLATE_NOOP("FieldLabels", "Image imported"),
    "image_imported_by": QT_TRANSLATE_NOOP("FieldLabels", "Image imported by"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "In the trash since"),
    "category": QT_TRANSLATE_NOOP("FieldLabels", "Category"),
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "born_date": QT_TRANSLATE_NOOP("FieldLabels", "Born"),
    "born_place": QT_TRANSLATE_NOOP("FieldLabels", "Birthplace"),
    "died_date": QT_TRANSLATE_NOOP("FieldLabels", "Died"),
    "died_place": QT_TRANSLATE_NOOP("FieldLabels", "Place of death"),
    "roles": QT_TRANSLATE_NOOP("FieldLabels", "Roles"),
    "bio": QT_TRANSLATE_NOOP("FieldLabels", "Biography"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "program": QT_TRANSLATE_NOOP("FieldLabels", "Programme"),
    "date_start": QT_TRANSLATE_NOOP("FieldLabels", "Start"),
    "date_end": QT_TRANSLATE_NOOP("FieldLabels", "End"),
    "leonov_role": QT_TRANSLATE_NOOP("FieldLabels", "Leonov's role"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    "key_facts": QT_TRANSLATE_NOOP("FieldLabels", "Key facts"),
    "summary": QT_TRANSLATE_NOOP("FieldLabels", "Summary"),
    "crew": QT_TRANSLATE_NOOP("FieldLabels", "Crew"),
    "venue": QT_TRANSLATE_NOOP("FieldLabels", "Venue"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "citation": QT_TRANSLATE_NOOP("FieldLabels", "Citation"),
    "url": QT_TRANSLATE_NOOP("FieldLabels", "Web address"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "reliability": QT_TRANSLATE_NOOP("FieldLabels", "Reliability"),
    "retrieved": QT_TRANSLATE_NOOP("FieldLabels", "Retrieved"),
    "supports": QT_TRANSLATE_NOOP("FieldLabels", "Supports"),
    # the form's "Title status" / "Name status" row, one side of it
    "title_status": QT_TRANSLATE_NOOP("FieldLabels", "Title status (English)"),
    "title_ru_status": QT_TRANSLATE_NOOP("FieldLabels", "Title status (Russian)"),
    "name_status": QT_TRANSLATE_NOOP("FieldLabels", "Name status (English)"),
    "name_ru_status": QT_TRANSLATE_NOOP("FieldLabels", "Name status (Russian)"),
    "date_qualifier": QT_TRANSLATE_NOOP("FieldLabels", "Date qualifier"),
    "date_edtf": QT_TRANSLATE_NOOP("FieldLabels", "Date (EDTF)"),
    "work_type_note": QT_TRANSLATE_NOOP("FieldLabels", "Type of work note"),
    "medium_terms": QT_TRANSLATE_NOOP("FieldLabels", "Media"),
    "medium_note": QT_TRANSLATE_NOOP("FieldLabels", "Medium note"),
    "support_terms": QT_TRANSLATE_NOOP("FieldLabels", "Supports"),
    "support_note": QT_TRANSLATE_NOOP("FieldLabels", "Support note"),
    "holder_note": QT_TRANSLATE_NOOP("FieldLabels", "Holder note"),
    "current_holder_id": QT_TRANSLATE_NOOP("FieldLabels", "Current holder (record)"),
    "face_value": QT_TRANSLATE_NOOP("FieldLabels", "Face value"),
    "party": QT_TRANSLATE_NOOP("FieldLabels", "Party"),
    "holder": QT_TRANSLATE_NOOP("FieldLabels", "Holder after"),
    "place": QT_TRANSLATE_NOOP("FieldLabels", "Place"),
    "party_note": QT_TRANSLATE_NOOP("FieldLabels", "Party note"),
    "note": QT_TRANSLATE_NOOP("FieldLabels", "Note"),
    "role_note": QT_TRANSLATE_NOOP("FieldLabels", "Role note"),
    "qualifier": QT_TRANSLATE_NOOP("FieldLabels", "Qualifier"),
    "certainty": QT_TRANSLATE_NOOP("FieldLabels", "Certainty"),
    "wikidata": QT_TRANSLATE_NOOP("FieldLabels", "Wikidata"),
    "ulan": QT_TRANSLATE_NOOP("FieldLabels", "ULAN"),
    "viaf": QT_TRANSLATE_NOOP("FieldLabels", "VIAF"),
    "consulted": QT_TRANSLATE_NOOP("FieldLabels", "Consulted"),
    "role": QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    "link": QT_TRANSLATE_NOOP("FieldLabels", "Link"),
    "relation": QT_TRANSLATE_NOOP("FieldLabels", "Relation"),
}


def field_label(field: str) -> str:
    """A field's name in the interface language; `x_ru` reads as "X (Russian)"."""
    if field.endswith("_ru") and field not in _LABELS:
        return QCoreApplication.translate("FieldLabels", "%s (Russian)") % field_label(field[:-3])
    text = _LABELS.get(field, field.replace("_", " ").capitalize())
    return QCoreApplication.translate("FieldLabels", text)


def change_label(field: str, fields: set[str] | frozenset[str]) -> str:
    """A changed field's name in a history where its Russian twin (`x_ru`) changed too: the
    English one says so («Примечание к изображению (по-английски)»), so its English value is
    not read as an untranslated word of the interface."""
    if f"{field}_ru" in fields:
        return QCoreApplication.translate("FieldLabels", "%s (English)") % field_label(field)
    return field_label(field)

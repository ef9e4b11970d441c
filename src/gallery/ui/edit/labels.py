"""Readable names of record fields, for form labels, history diffs and the conflict dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_LABELS = {
    "id": "Identifier", "title": "Title", "title_ru": "Title (Russian)",
    "other_titles": "Other titles", "work_type": "Type of work", "series": "Series",
    "catalogue_numbers": "Catalogue numbers", "credit_line": "Credit line", "rights": "Rights",
    "confidence": "Confidence", "confidence_note": "Confidence note",
    "date_display": "Date", "date_earliest": "Earliest date", "date_latest": "Latest date",
    "date_certainty": "Date certainty", "date_note": "Date note", "medium": "Medium",
    "support": "Support", "height": "Height", "width": "Width", "depth": "Depth",
    "dimension_unit": "Unit", "dimensions_note": "Dimensions note",
    "inscriptions": "Inscriptions", "where_made": "Where made", "description": "Description",
    "description_ru": "Description (Russian)", "subjects": "Subjects", "facts": "Facts",
    "alt_text": "Alt text", "alt_text_ru": "Alt text (Russian)", "people": "People",
    "missions": "Missions", "exhibitions": "Exhibitions", "sources": "Sources",
    "holder_sources": "Sources for the holder", "provenance": "Provenance",
    "current_holder": "Current holder", "holder_certainty": "Holder certainty",
    "image_path": "Image file", "image_sha256": "Image checksum", "image_width": "Image width",
    "image_height": "Image height", "image_format": "Image format",
    "image_bytes": "Image size", "image_is_standin": "Stand-in image",
    "image_note": "Image note", "image_imported_at": "Image imported",
    "image_imported_by": "Image imported by", "deleted_at": "In the trash since",
    "category": "Category", "name": "Name", "name_ru": "Name (Russian)",
    "born_date": "Born", "born_place": "Birthplace", "died_date": "Died",
    "died_place": "Place of death", "roles": "Roles", "bio": "Biography",
    "bio_ru": "Biography (Russian)", "notes": "Notes", "program": "Programme",
    "date_start": "Start", "date_end": "End", "leonov_role": "Leonov's role",
    "status": "Status", "key_facts": "Key facts", "summary": "Summary",
    "summary_ru": "Summary (Russian)", "crew": "Crew", "venue": "Venue", "city": "City",
    "citation": "Citation", "url": "Web address", "kind": "Kind",
    "reliability": "Reliability", "retrieved": "Retrieved", "supports": "Supports",
}


def field_label(field: str) -> str:
    return QCoreApplication.translate("FieldLabels", _LABELS.get(field, field.replace("_", " ")
                                                                  .capitalize()))

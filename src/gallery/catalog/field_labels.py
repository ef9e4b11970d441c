"""Field names in English and Russian, Qt-free: the editor form's labels, for history diffs,
the worklist and the command line (the UI's `ui/edit/labels.py` holds the same words for Qt's
translator; a test keeps the two in step).

    label("provenance", "ru") -> "Провенанс";  label("title_ru", "en") -> "Title (Russian)"
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "id": ("Identifier", "Идентификатор"),
    "title": ("Title", "Название"),
    "other_titles": ("Other titles", "Другие названия"),
    "work_type": ("Type of work", "Тип работы"),
    "series": ("Series", "Серия"),
    "catalogue_numbers": ("Catalogue numbers", "Каталожные номера"),
    "credit_line": ("Credit line", "Источник поступления"),
    "rights": ("Rights", "Права"),
    "confidence": ("Confidence", "Надёжность записи"),
    "confidence_note": ("Confidence note", "Примечание о надёжности"),
    "date_display": ("Date", "Дата"),
    "date_earliest": ("Earliest date", "Самая ранняя дата"),
    "date_latest": ("Latest date", "Самая поздняя дата"),
    "date_certainty": ("Date certainty", "Надёжность даты"),
    "date_note": ("Date note", "Примечание к дате"),
    "medium": ("Medium", "Техника"),
    "support": ("Support", "Основа"),
    "height": ("Height", "Высота"),
    "width": ("Width", "Ширина"),
    "depth": ("Depth", "Глубина"),
    "dimension_unit": ("Unit", "Единица"),
    "dimensions_note": ("Dimensions note", "Примечание к размерам"),
    "inscriptions": ("Inscriptions", "Надписи"),
    "where_made": ("Where made", "Где создана"),
    "description": ("Description", "Описание"),
    "subjects": ("Subjects", "Темы"),
    "facts": ("Facts", "Факты"),
    "alt_text": ("Alt text", "Альтернативный текст"),
    "people": ("People", "Люди"),
    "missions": ("Missions", "Полёты"),
    "exhibitions": ("Exhibitions", "Выставки"),
    "sources": ("Sources", "Источники"),
    "holder_sources": ("Sources for the holder", "Источники о владельце"),
    "provenance": ("Provenance", "Провенанс"),
    "current_holder": ("Current holder", "Нынешний владелец"),
    "holder_certainty": ("Holder certainty", "Достоверность сведений о владельце"),
    "image_path": ("Image file", "Файл изображения"),
    "image_sha256": ("Image checksum", "Контрольная сумма изображения"),
    "image_width": ("Image width", "Ширина изображения"),
    "image_height": ("Image height", "Высота изображения"),
    "image_format": ("Image format", "Формат изображения"),
    "image_bytes": ("Image size", "Размер изображения"),
    "image_is_standin": ("Stand-in image", "Замещающее изображение"),
    "image_note": ("Image note", "Примечание к изображению"),
    "image_imported_at": ("Image imported", "Изображение импортировано"),
    "image_imported_by": ("Image imported by", "Кто импортировал изображение"),
    "deleted_at": ("In the trash since", "В корзине с"),
    "category": ("Category", "Категория"),
    "name": ("Name", "Имя"),
    "born_date": ("Born", "Дата рождения"),
    "born_place": ("Birthplace", "Место рождения"),
    "died_date": ("Died", "Дата смерти"),
    "died_place": ("Place of death", "Место смерти"),
    "roles": ("Roles", "Роды занятий"),
    "bio": ("Biography", "Биография"),
    "notes": ("Notes", "Примечания"),
    "program": ("Programme", "Программа"),
    "date_start": ("Start", "Начало"),
    "date_end": ("End", "Конец"),
    "leonov_role": ("Leonov's role", "Роль Леонова"),
    "status": ("Status", "Статус"),
    "key_facts": ("Key facts", "Главные факты"),
    "summary": ("Summary", "Кратко"),
    "crew": ("Crew", "Экипаж"),
    "venue": ("Venue", "Место проведения"),
    "city": ("City", "Город"),
    "citation": ("Citation", "Библиографическая ссылка"),
    "url": ("Web address", "Веб-адрес"),
    "kind": ("Kind", "Вид"),
    "reliability": ("Reliability", "Надёжность"),
    "retrieved": ("Retrieved", "Дата обращения"),
    "supports": ("Supports", "Основы"),
    # the form's "Title status" / "Name status" row, one side of it
    "title_status": ("Title status (English)", "Статус названия (по-английски)"),
    "title_ru_status": ("Title status (Russian)", "Статус названия (по-русски)"),
    "name_status": ("Name status (English)", "Статус имени (по-английски)"),
    "name_ru_status": ("Name status (Russian)", "Статус имени (по-русски)"),
    "date_qualifier": ("Date qualifier", "Уточнение даты"),
    "date_edtf": ("Date (EDTF)", "Дата (EDTF)"),
    "work_type_note": ("Type of work note", "Примечание о виде работы"),
    "medium_terms": ("Media", "Техники"),
    "medium_note": ("Medium note", "Примечание о технике"),
    "support_terms": ("Supports", "Основы"),
    "support_note": ("Support note", "Примечание об основе"),
    "holder_note": ("Holder note", "Примечание о владельце"),
    "current_holder_id": ("Current holder (record)", "Нынешний владелец (запись)"),
    "face_value": ("Face value", "Номинал"),
    "party": ("Party", "Сторона"),
    "holder": ("Holder after", "Владелец после"),
    "place": ("Place", "Место"),
    "party_note": ("Party note", "Примечание об участнике"),
    "note": ("Note", "Примечание"),
    "role_note": ("Role note", "Примечание о роли"),
    "qualifier": ("Qualifier", "Уточнение"),
    "certainty": ("Certainty", "Достоверность"),
    "wikidata": ("Wikidata", "Викиданные"),
    "ulan": ("ULAN", "ULAN"),
    "viaf": ("VIAF", "VIAF"),
    "consulted": ("Consulted", "Когда просмотрен"),
    "role": ("Role", "Роль"),
    "link": ("Link", "Связь"),
    "relation": ("Relation", "Связь с выставкой"),
    # fields the editor shows under another caption, or not at all
    "transfers": ("Moves", "Переходит"),
    "direct": ("Direct", "Прямая передача"),
    "literature": ("Literature", "Литература"),
    "relations": ("Related works", "Связанные работы"),
    "pages": ("Pages", "Страницы"),
    "book_id": ("Book", "Книга"),
    "source_id": ("Source", "Источник"),
    "other_id": ("Related work", "Связанная работа"),
    "person_id": ("Person", "Человек"),
    "mission_id": ("Mission", "Полёт"),
    "exhibition_id": ("Exhibition", "Выставка"),
    "lang": ("Language", "Язык"),
    "text": ("Title", "Название"),
    "label": ("Label", "Подпись"),
    "value": ("Value", "Значение"),
    "record_kind": ("Record kind", "Вид записи"),
    "event_id": ("Event", "Событие"),
}

_RUSSIAN = ("%s (Russian)", "%s (по-русски)")


def label(field: str, lang: str = "en") -> str:
    """A field's form label in `lang` ("en" or "ru"); `x_ru` reads "X (Russian)"; a field
    with no label reads as its name with spaces."""
    at = 1 if lang == "ru" else 0
    if field in LABELS:
        return LABELS[field][at]
    if field.endswith("_ru"):
        return _RUSSIAN[at] % label(field[:-3], lang)
    return field.replace("_", " ").capitalize()


def labels(field: str) -> dict[str, str]:
    """{"en": ..., "ru": ...} for one field."""
    return {"en": label(field, "en"), "ru": label(field, "ru")}

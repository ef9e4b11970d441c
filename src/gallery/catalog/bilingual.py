"""Reading a record in one language, and the catalog's fixed texts in both.

Every text a visitor reads is stored twice: `field` (English) and `field_ru` (Russian).
`pick()` is the one place that chooses between them, so a view never shows English to a
Russian reader when the Russian exists, and falls back to English (never to nothing) when a
curator has not written it yet.
"""

from __future__ import annotations

import re
from typing import Any

LANGS = ("en", "ru")

STANDIN_NOTICE = {
    "en": "Stand-in picture drawn by the project's own code: the catalog holds no scan of "
          "the real work, and no source grants reuse of a photograph of it. A curator "
          "replaces it by importing a real scan.",
    "ru": "Иллюстрация-заменитель, нарисованная программой проекта: скана подлинного "
          "произведения в каталоге нет, и ни один источник не разрешает использовать его "
          "фотографию. Куратор заменит её, импортировав настоящий скан.",
}
RIGHTS = {
    "en": "Rights in the original work have not been researched; no source grants reuse of a "
          "photograph of it. The picture shown here is the project's own stand-in.",
    "ru": "Права на подлинное произведение не исследованы; ни один источник не разрешает "
          "использовать его фотографию. Здесь показана иллюстрация-заменитель проекта.",
}
# What the rights text says once a curator's scan replaces the stand-in (RIGHTS' last sentence).
SCAN_RIGHTS = {
    "en": "The picture shown here is a scan a curator imported; the rights in it are not yet "
          "recorded.",
    "ru": "Здесь показан скан, импортированный куратором; права на него ещё не записаны.",
}
# The alt text's opening while the picture is the stand-in, and the alt text once a scan
# replaces it (the stand-in's description no longer describes what is shown).
STANDIN_ALT_PREFIX = {"en": "Stand-in picture, not the work:",
                      "ru": "Иллюстрация-заменитель, не само произведение:"}
SCAN_ALT = {"en": "A scan of the work “{title}”, imported by a curator; not yet described.",
            "ru": "Скан произведения «{title}», импортированный куратором; ещё не описан."}
IMPORTED_NOTE = {"en": "Imported from {name}", "ru": "Импортировано из файла {name}"}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")


def pick(record: dict[str, Any], field: str, lang: str) -> Any:
    """`field_ru` for a Russian reader when it has a value, else `field`."""
    if lang == "ru":
        value = record.get(f"{field}_ru")
        if value not in (None, "", []):
            return value
    return record.get(field)


def consulted(retrieved: Any) -> tuple[str | None, str | None]:
    """When and how a source was consulted, in plain words per language.

    The fact base writes '2026-11-25 (stored copy of the page, excerpt read)' or 'not read
    (listed in the Wikipedia article's references)'."""
    text = str(retrieved or "").strip()
    if not text:
        return None, None
    if text.startswith("not read"):
        return ("Not consulted; cited in the references of the English Wikipedia article "
                "\u201cAlexei Leonov\u201d",
                "Не просматривался; указан в списке литературы статьи английской Википедии "
                "\u00abAlexei Leonov\u00bb")
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return text, text
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    full = "read in full" in text
    how_en = "the article read in full" if full else "a stored copy of the page, in part"
    how_ru = "статья прочитана целиком" if full else "сохранённая копия страницы, фрагмент"
    return (f"Consulted {day} {_MONTHS_EN[month - 1]} {year} ({how_en})",
            f"Просмотрено {day} {_MONTHS_RU[month - 1]} {year} г. ({how_ru})")

"""The words of a slide's caption, in English or Russian, from a work record. Qt-free.

These are exhibition texts in the language the show was started with (--lang), not the
language of the app's interface, so they live here as content, like the provenance labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}
# The mission line: which link to prefer, and how to say it.
LINK_ORDER = ("made_during", "depicts", "commemorates", "inspired_by")
PHRASES = {
    "en": {"made_during": "Made during {name}", "depicts": "Depicts {name}",
           "commemorates": "Commemorates {name}", "inspired_by": "Inspired by {name}"},
    # Russian names decline; a label and a colon keep any mission name in the nominative.
    "ru": {"made_during": "Создано в полёте: {name}", "depicts": "Сюжет: {name}",
           "commemorates": "Посвящено: {name}", "inspired_by": "По мотивам: {name}"},
}
PHRASES_NOT_FLOWN_RU = {"made_during": "Создано при подготовке: {name}"}
CARDS = {
    "en": {"standin": "Stand-in image: the original is not reproduced here",
           "no_images": "No images to show",
           "no_images_note": "The show will try again in a minute.",
           "waiting": "The exhibition is starting",
           "waiting_note": "Waiting for the catalog's server; the works appear as soon as it "
                           "answers.",
           "closed": "The exhibition screen is resting",
           "opens": "Back at {time}", "opens_day": "Back on {day} at {time}"},
    "ru": {"standin": "Изображение-заместитель: оригинал здесь не воспроизводится",
           "no_images": "Нет изображений для показа",
           "no_images_note": "Показ попробует снова через минуту.",
           "waiting": "Выставка начинается",
           "waiting_note": "Ждём сервер каталога; работы появятся, как только он ответит.",
           "closed": "Экран выставки отдыхает",
           "opens": "Снова в {time}", "opens_day": "Снова: {day}, {time}"},
}
DAYS = {"en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
               "воскресенье")}


@dataclass(frozen=True)
class CaptionText:
    title: str
    subtitle: str | None = None   # the title in the other language, smaller
    details: str | None = None    # date · medium
    context: str | None = None    # the mission line
    note: str | None = None       # "Stand-in image …"


def _iso(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def date_range(start: Any, end: Any, lang: str) -> str | None:
    """"18–19 March 1965" / "18–19 марта 1965" from ISO dates; None when unknown."""
    first, last = _iso(start), _iso(end) or _iso(start)
    if first is None or last is None:
        return None
    months = MONTHS[lang]
    if first == last:
        return f"{first.day} {months[first.month - 1]} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {months[first.month - 1]} {first.year}"
    if first.year == last.year:
        return (f"{first.day} {months[first.month - 1]} – {last.day} "
                f"{months[last.month - 1]} {first.year}")
    return (f"{first.day} {months[first.month - 1]} {first.year} – "
            f"{last.day} {months[last.month - 1]} {last.year}")


def mission_line(missions: list[dict[str, Any]], lang: str) -> str | None:
    """The most telling mission link, e.g. "Made during Voskhod 2, 18–19 March 1965"."""
    links = sorted((m for m in missions or [] if m.get("link") in LINK_ORDER),
                   key=lambda m: LINK_ORDER.index(m["link"]))
    if not links:
        return None
    mission = links[0]
    if lang == "ru":
        raw = mission.get("name_ru") or mission.get("name") or mission.get("mission_id")
        name = raw if "«" in str(raw) else f"«{raw}»"
        phrases = dict(PHRASES["ru"])
        if mission.get("status") not in (None, "flown"):
            phrases.update(PHRASES_NOT_FLOWN_RU)
        dates = date_range(mission.get("date_start"), mission.get("date_end"), "ru")
    else:
        name = mission.get("name") or mission.get("mission_id")
        phrases = PHRASES["en"]
        dates = mission.get("date_display") or date_range(
            mission.get("date_start"), mission.get("date_end"), "en")
    line = phrases[mission["link"]].format(name=name)
    return f"{line}, {dates}" if dates else line


def _local(record: dict[str, Any], field: str, lang: str) -> str:
    """`field_ru` for a Russian caption when it has text, else `field`."""
    if lang == "ru" and str(record.get(f"{field}_ru") or "").strip():
        return str(record[f"{field}_ru"]).strip()
    return str(record.get(field) or "").strip()


def _subtitle(record: dict[str, Any], lang: str, title: str) -> str | None:
    """The other language's title, only where it is the work's original one: a caption is
    read in one language. A record without title statuses (older data) shows both."""
    other = _local(record, "title", "en") if lang == "ru" else \
        str(record.get("title_ru") or "").strip()
    status = record.get("title_status" if lang == "ru" else "title_ru_status")
    statuses = (record.get("title_status"), record.get("title_ru_status"))
    if not other or other == title:
        return None
    return other if status == "original" or statuses == (None, None) else None


def caption_for(record: dict[str, Any], lang: str = "en",
                override: str | None = None) -> CaptionText:
    """The caption of one work; a playlist's caption override replaces the title line."""
    own = _local(record, "title", lang) or str(record.get("title_ru") or "").strip()
    title = (override or "").strip() or own or record.get("id", "")
    subtitle = _subtitle(record, lang, title)
    medium, support = _local(record, "medium", lang), _local(record, "support", lang)
    if medium and support and support.lower() not in medium.lower():
        medium = f"{medium} on {support}" if lang == "en" else f"{medium}, {support}"
    details = " · ".join(p for p in (_local(record, "date_display", lang), medium) if p)
    return CaptionText(
        title=title, subtitle=subtitle, details=details or None,
        context=mission_line(record.get("missions") or [], lang),
        note=CARDS[lang]["standin"] if record.get("image_is_standin") else None)


def closed_lines(lang: str, opens_at: Any, today: date | None = None) -> tuple[str, str | None]:
    """The "closed" card's words, with when the show comes back if known."""
    words = CARDS[lang]
    if opens_at is None:
        return words["closed"], None
    clock = opens_at.strftime("%H:%M")
    if today is not None and opens_at.date() == today:
        return words["closed"], words["opens"].format(time=clock)
    day = DAYS[lang][opens_at.weekday()]
    return words["closed"], words["opens_day"].format(day=day, time=clock)

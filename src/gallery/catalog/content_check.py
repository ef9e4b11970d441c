"""`gallery check --content`: the rules a catalogue raisonné keeps, one finding per line.

Each rule reads the stored records (both languages) and returns findings as
"table/id: what is wrong". The shipped catalog passes every rule; a curator's edit that breaks
one is reported, not refused, since the fix may need research.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator

from .provenance import paragraph

# Visitor texts checked for punctuation, in both languages.
_PROSE = {
    "works": ("title", "description", "alt_text", "confidence_note", "date_note", "holder_note",
              "where_made", "dimensions_note", "medium_note", "support_note", "image_note"),
    "provenance_events": ("note", "party_note", "date_note", "place"),
    "people": ("bio",), "missions": ("summary", "leonov_role", "date_note"),
    "exhibitions": ("description", "date_note"),
}
# ",," ";;" ".." (not an ellipsis) and ",." — but "D.C.," and "1965 г.;" are right.
_DOUBLED = re.compile(r"([,;:])\s*\1|(?<!\.)\.\s*\.(?!\.)|[,;:]\s*\.(?!\.)")
_HEDGE = re.compile(r"\b(possibly|probably|probable|perhaps|вероятно|возможно|предположительно)"
                    r"\b|\?", re.I)


def _texts(con: sqlite3.Connection) -> Iterator[tuple[str, str, str, str]]:
    """(table, record id, field, text) for every prose field in both languages."""
    for table, fields in _PROSE.items():
        key = "work_id || '#' || position" if table == "provenance_events" else "id"
        columns = ", ".join(f"{f}, {f}_ru" for f in fields)
        for row in con.execute(f"SELECT {key}, {columns} FROM {table}"):
            for i, field in enumerate(fields):
                for offset, suffix in ((1, ""), (2, "_ru")):
                    text = row[2 * i + offset]
                    if text:
                        yield table, row[0], field + suffix, text


def nested_brackets(text: str) -> bool:
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
            if depth > 1:
                return True
        elif char in ")]":
            depth = max(0, depth - 1)
    return False


def punctuation(con: sqlite3.Connection) -> list[str]:
    found = []
    for table, record_id, field, text in _texts(con):
        if m := _DOUBLED.search(text):
            found.append(f"{table}/{record_id}: {field} has doubled punctuation "
                         f"'{text[max(0, m.start() - 15):m.end() + 5]}'")
        if nested_brackets(text):
            found.append(f"{table}/{record_id}: {field} has brackets inside brackets")
    return found


def _events(con: sqlite3.Connection, work_id: str) -> list[dict[str, object]]:
    from .linked import enrich_work, load_work

    record = load_work(con, work_id)
    return list(enrich_work(con, record)["provenance"]) if record else []


def _agrees(first: str, last: str, earliest: str, latest: str) -> bool:
    """The event lies inside the work's range, or names the same years when it is only
    known to the year ('1965' agrees with 18–19 March 1965; 1968–1972 does not with 1969)."""
    inside = not (earliest and first and first < earliest) and not (
        latest and last and last > latest)
    whole_years = first.endswith("-01-01") and last.endswith("-12-31")
    same_years = (first[:4], last[:4]) == (earliest[:4], latest[:4])
    return inside or (whole_years and same_years)


def provenance_rules(con: sqlite3.Connection) -> list[str]:
    """Created inside the work's range, events in date order, one hedge per statement."""
    found = []
    works = con.execute("SELECT id, date_earliest, date_latest FROM works "
                        "WHERE deleted_at IS NULL ORDER BY id").fetchall()
    for work_id, earliest, latest in works:
        events = _events(con, work_id)
        for event in events:
            first, last = event.get("date_earliest"), event.get("date_latest")
            if event["kind"] == "created" and (first or last) and not _agrees(
                    str(first or ""), str(last or ""), earliest or "", latest or ""):
                found.append(f"works/{work_id}: the created event ({first} – {last}) is "
                             f"outside the work's date ({earliest} – {latest})")
        # Out of order: an event that ends before the one listed above it begins.
        latest_start = ""
        for event in events:
            start, end = str(event.get("date_earliest") or ""), str(event.get("date_latest") or "")
            if end and latest_start and end < latest_start:
                found.append(f"works/{work_id}: provenance events are not in date order "
                             f"(an event ending {end} comes after one starting {latest_start})")
                break
            latest_start = max(latest_start, start)
        for lang in ("en", "ru"):
            text = paragraph(events, lang)
            if m := _DOUBLED.search(text):
                found.append(f"works/{work_id}: doubled punctuation in the {lang} provenance "
                             f"'{text[max(0, m.start() - 15):m.end() + 5]}'")
            if nested_brackets(text):
                found.append(f"works/{work_id}: brackets inside brackets in the {lang} "
                             "provenance")
            for entry in re.split(r"(?<=[.;])\s+", text):
                if len(_HEDGE.findall(entry)) > 1:
                    found.append(f"works/{work_id}: doubled hedge in the {lang} provenance "
                                 f"'{entry[:80]}'")
    return found


def people_linked_twice(con: sqlite3.Connection) -> list[str]:
    found = []
    for table, owner in (("work_people", "work_id"), ("mission_crew", "mission_id")):
        rows = con.execute(f"SELECT {owner}, person_id, count(*) FROM {table} "
                           f"GROUP BY {owner}, person_id HAVING count(*) > 1")
        for record_id, person, count in rows:
            found.append(f"{table}/{record_id}: {person} is linked {count} times "
                         "(give one link with every role it has)")
    return found


def undated_sources(con: sqlite3.Connection) -> list[str]:
    year = re.compile(r"\b(1[5-9]|20)\d\d\b|\bn\.d\.|\bб\. г\.")
    return [f"sources/{source_id}: the citation shows no date (write 'n.d.' if none is known)"
            for source_id, citation in con.execute("SELECT id, citation FROM sources")
            if not year.search(citation or "")]


def standin_descriptions(con: sqlite3.Connection) -> list[str]:
    found = []
    rows = con.execute("SELECT id, alt_text, alt_text_ru FROM works "
                       "WHERE image_is_standin = 1 AND deleted_at IS NULL")
    for work_id, alt, alt_ru in rows:
        if "stand-in" not in (alt or "").lower():
            found.append(f"works/{work_id}: the English image description does not say the "
                         "picture is a stand-in")
        if "заменител" not in (alt_ru or "").lower():
            found.append(f"works/{work_id}: the Russian image description does not say the "
                         "picture is a stand-in (иллюстрация-заменитель)")
    return found


# Russian prose: no first person (outside quoted titles), and the word the field uses.
_RUSSIAN_FIRST_PERSON = re.compile(r"\b(мы|нам|нами|нас|наш|наша|наше|наши|нашего|нашей|"
                                   r"нашим|наших|нашу)\b", re.I)
_RUSSIAN_WORDS = ((re.compile(r"капсул", re.I), "«спускаемый аппарат», not «капсула»"),)


def russian_style(con: sqlite3.Connection) -> list[str]:
    found = []
    for table, record_id, field, text in _texts(con):
        if not field.endswith("_ru") or field == "title_ru":  # a title is a name, not prose
            continue
        unquoted = re.sub(r"«[^»]*»", "", text).replace("до наших дней", "")
        if m := _RUSSIAN_FIRST_PERSON.search(unquoted):
            found.append(f"{table}/{record_id}: {field} speaks in the first person ('{m[0]}')")
        for pattern, rule in _RUSSIAN_WORDS:
            if pattern.search(text):
                found.append(f"{table}/{record_id}: {field}: write {rule}")
    return found


RULES: tuple[Callable[[sqlite3.Connection], list[str]], ...] = (
    provenance_rules, punctuation, people_linked_twice, undated_sources, standin_descriptions,
    russian_style)


def content_findings(con: sqlite3.Connection) -> list[str]:
    """Every finding of every rule, one line each."""
    return [line for rule in RULES for line in rule(con)]

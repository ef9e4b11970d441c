"""Add or update works from a spreadsheet: plan (what would change, field by field, and which
rows are refused and why), then apply the plan as one transaction and one recorded change.

The columns are the catalog's field names (an exported CSV re-imports as it is), with `_ru`
for Russian (and `_en` accepted for the English twin); lists use " | ", people
`person_id:role`, missions `mission_id:link`. A blank cell clears a field (confidence and date
certainty, never empty, fall back to "low" and "unknown"); a column that is absent leaves it
alone. Derived and image columns (current holder, image path …) are
read-only: they may repeat the stored value, never change it. Rows are numbered as a
spreadsheet shows them (the header is row 1).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...inputs import MIB, read_limited
from ..csv_cells import from_cell
from ..dates import DateNotUnderstood, parse_date
from ..errors import CatalogError, InvalidRecord, NotFound
from ..export import split_multi
from ..records import MISSION_LINKS, validate_work
from .csv_values import READ_ONLY, READ_ONLY_WHY, SCALARS, csv_form, parse_cell, same

ALIASES = {"title_en": "title", "description_en": "description", "alt_text_en": "alt_text"}
LINK_COLUMNS = ("people", "missions", "sources")
KNOWN = set(SCALARS) | set(READ_ONLY) | set(LINK_COLUMNS) | {"id"}
# Fields that are never empty in the catalog: a blank cell means the catalog's default.
NOT_BLANK = {"confidence": "low", "date_certainty": "unknown"}


MAX_CSV_BYTES = 256 * MIB  # far above any spreadsheet of works; /dev/zero is refused


class BadImportFile(CatalogError):
    """The file itself cannot be read as an import (not a row problem)."""


class ImportRefused(CatalogError):
    """A real run found refused rows and was not told to skip them; nothing was imported."""


@dataclass
class RowPlan:
    row: int
    work_id: str | None
    action: str = "unchanged"  # create | update | unchanged | refused
    reasons: list[str] = field(default_factory=list)
    changes: list[tuple[str, Any, Any]] = field(default_factory=list)
    record: dict[str, Any] | None = None
    expected_version: int | None = None


@dataclass
class ImportPlan:
    rows: list[RowPlan]

    def of(self, action: str) -> list[RowPlan]:
        return [r for r in self.rows if r.action == action]

    def to_save(self) -> list[tuple[dict[str, Any], int | None]]:
        return [(r.record, r.expected_version) for r in self.rows
                if r.action in ("create", "update") and r.record is not None]


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header (canonical names) and rows; BadImportFile for a file that is no usable CSV."""
    try:
        text = read_limited(path, MAX_CSV_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadImportFile(f"{path}: is not UTF-8 text (save the sheet as CSV UTF-8)") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise BadImportFile(f"{path}: is empty") from None
    except csv.Error as error:
        raise BadImportFile(f"{path}: is not a readable CSV ({error})") from None
    names = [ALIASES.get(h.strip(), h.strip()) for h in header]
    if "id" not in names:
        raise BadImportFile(f"{path}: has no 'id' column (row 1 must name the columns)")
    duplicates = sorted({n for n in names if names.count(n) > 1 and n})
    if duplicates:
        raise BadImportFile(f"{path}: column(s) {', '.join(duplicates)} appear twice")
    rows: list[dict[str, str]] = []
    try:
        for cells in reader:
            if not any(c.strip() for c in cells):
                rows.append({})  # keep the numbering; blank lines are skipped later
                continue
            if len(cells) > len(names):
                rows.append({"\0extra": "|".join(cells[len(names):])})
                continue
            rows.append({n: from_cell(cells[i]) if i < len(cells) else ""
                         for i, n in enumerate(names)})
    except csv.Error as error:
        raise BadImportFile(f"{path}: is not a readable CSV ({error})") from None
    return names, rows


def plan_import(catalog: Any, path: Path, progress: Any = None) -> ImportPlan:
    """What importing `path` would do, row by row; writes nothing."""
    names, rows = read_rows(path)
    unknown = [n for n in names if n and n not in KNOWN]
    lookups = {table: {r["id"] for r in catalog.list_records(table)}
               for table in ("people", "missions", "sources")}
    seen: dict[str, int] = {}
    plans = []
    for index, cells in enumerate(rows, start=2):
        if progress:
            progress(index - 1, "")
        if not cells:
            continue
        plan = _plan_row(catalog, index, cells, unknown, lookups, seen)
        plans.append(plan)
    return ImportPlan(plans)


def _plan_row(catalog: Any, number: int, cells: dict[str, str], unknown: list[str],
              lookups: dict[str, set[str]], seen: dict[str, int]) -> RowPlan:
    work_id = (cells.get("id") or "").strip()
    plan = RowPlan(number, work_id or None)
    if "\0extra" in cells:
        plan.reasons.append("the row has more cells than the header has columns")
    for name in unknown:
        if (cells.get(name) or "").strip():
            plan.reasons.append(f"unknown column {name!r} (not a catalog field)")
    if not work_id:
        plan.reasons.append("the id is empty")
    elif work_id in seen:
        plan.reasons.append(f"the id {work_id!r} is already on row {seen[work_id]}")
    else:
        seen[work_id] = number
    if not work_id or seen[work_id] != number:
        plan.action = "refused"
        return plan
    stored = _stored(catalog, work_id)
    if stored is not None and stored.get("deleted_at"):
        plan.reasons.append(f"{work_id!r} is in the trash; restore it first")
        plan.action = "refused"
        return plan
    known_cells = {k: v for k, v in cells.items() if k in KNOWN}
    record = _merge(stored, work_id, known_cells, lookups, plan.reasons)
    try:
        validate_work(record)
    except InvalidRecord as error:
        plan.reasons.extend(f"{f}: {m}" for f, m in error.problems.items())
    if plan.reasons:
        plan.action = "refused"
        return plan
    plan.record = record
    if stored is None:
        plan.action = "create"
        plan.changes = [(f, None, record[f]) for f in cells if f in record and record[f]
                        not in (None, [], "") and f != "id"]
        return plan
    plan.expected_version = stored["version"]
    plan.changes = [(f, stored.get(f), record.get(f)) for f in _touched(cells)
                    if not same(stored.get(f), record.get(f))]
    plan.action = "update" if plan.changes else "unchanged"
    return plan


def _stored(catalog: Any, work_id: str) -> dict[str, Any] | None:
    try:
        return catalog.get(work_id)
    except NotFound:
        return None


def _touched(cells: dict[str, str]) -> list[str]:
    return [f for f in cells if f in SCALARS or f in LINK_COLUMNS]


def _merge(stored: dict[str, Any] | None, work_id: str, cells: dict[str, str],
           lookups: dict[str, set[str]], reasons: list[str]) -> dict[str, Any]:
    """The record the row asks for: the stored one with the row's columns applied."""
    record: dict[str, Any] = dict(stored) if stored else {"id": work_id}
    for column, raw in cells.items():
        if column in READ_ONLY:
            text = raw.strip()
            expected = csv_form(stored.get(column)) if stored else READ_ONLY[column]
            if text and text != expected:
                reasons.append(f"{column} is not imported ({READ_ONLY_WHY[column]}); the row "
                               f"says {text!r}, the catalog {expected or 'nothing'!r}")
        elif column in SCALARS:
            try:
                record[column] = parse_cell(column, raw)
            except ValueError as error:
                reasons.append(str(error))
    if "people" in cells:
        record["people"] = _people(cells["people"], lookups["people"], reasons)
    if "missions" in cells:
        record["missions"] = _missions(cells["missions"], stored, lookups["missions"], reasons)
    if "sources" in cells:
        record["sources"] = _split(cells["sources"])
        for source in record["sources"]:
            if source not in lookups["sources"]:
                reasons.append(f"sources: there is no source {source!r}")
    for column, default in NOT_BLANK.items():
        if column in cells and record.get(column) is None:
            record[column] = default
    _fill_dates(record, stored, cells, reasons)
    return record


def _split(raw: str) -> list[str]:
    return split_multi(raw)


def _people(raw: str, known: set[str], reasons: list[str]) -> list[dict[str, Any]]:
    out = []
    for item in _split(raw):
        person_id, _, role = item.partition(":")
        if not role.strip():
            reasons.append(f"people: {item!r} should be person_id:role")
        elif person_id.strip() not in known:
            reasons.append(f"people: there is no person {person_id.strip()!r}")
        else:
            out.append({"person_id": person_id.strip(), "role": role.strip()})
    return out


def _missions(raw: str, stored: dict[str, Any] | None, known: set[str],
              reasons: list[str]) -> list[dict[str, Any]]:
    qualifiers = {(m["mission_id"], m["link"]): m.get("qualifier")
                  for m in (stored or {}).get("missions") or []}
    out = []
    for item in _split(raw):
        mission_id, _, link = (p.strip() for p in item.partition(":"))
        if not link:
            reasons.append(f"missions: {item!r} should be mission_id:link")
        elif mission_id not in known:
            reasons.append(f"missions: there is no mission {mission_id!r}")
        elif link not in MISSION_LINKS:
            reasons.append(f"missions: unknown link {link!r}; use {', '.join(MISSION_LINKS)}")
        else:  # the CSV has no qualifier column: keep the one the link already has
            out.append({"mission_id": mission_id, "link": link,
                        "qualifier": qualifiers.get((mission_id, link))})
    return out


def _fill_dates(record: dict[str, Any], stored: dict[str, Any] | None, cells: dict[str, str],
                reasons: list[str]) -> None:
    """Blank earliest/latest are read from the display date with parse_date — when the display
    date is new or changed, or when the row blanks a range the catalog had. A stored date in
    words with no range, re-imported unchanged, stays as it is."""
    if "date_display" not in cells or record.get("date_earliest") or record.get("date_latest"):
        return
    display = record.get("date_display")
    changed = stored is None or stored.get("date_display") != display
    had_range = bool(stored and (stored.get("date_earliest") or stored.get("date_latest")))
    if not display or not (changed or had_range):
        return
    try:
        parsed = parse_date(display)
    except DateNotUnderstood as error:
        reasons.append(f"date_display: {error}; give date_earliest and date_latest "
                       "(YYYY-MM-DD) for a date in words")
        return
    record["date_earliest"], record["date_latest"] = parsed.earliest, parsed.latest
    if not (cells.get("date_certainty") or "").strip():
        record["date_certainty"] = parsed.certainty


def apply_import(catalog: Any, plan: ImportPlan, skip_bad: bool = False) -> str | None:
    """Save every create and update as one change; return its change id (None: nothing to do).

    With refused rows and no `skip_bad`, raise ImportRefused and write nothing.
    """
    refused = plan.of("refused")
    if refused and not skip_bad:
        raise ImportRefused(f"{len(refused)} row(s) refused (first: row {refused[0].row}: "
                            f"{refused[0].reasons[0]}); nothing was imported")
    work = plan.to_save()
    if not work:
        return None
    return catalog.save_many(work)


def undo_change(catalog: Any, change_id: str) -> str:
    """Undo an import (or any recorded change to works); see `interop.undo`."""
    from .undo import undo_change as undo

    return undo(catalog, change_id)


"""Add or update works from a spreadsheet: plan (what would change, field by field, and which
rows are refused and why), then apply the plan as one transaction and one recorded change.

The columns are the catalog's field names (an exported CSV re-imports as it is, see
`csv_columns`), with `_ru` for Russian (and `_en` accepted for the English twin); lists use
" | ", people `person_id:role`, missions `mission_id:link`, other titles `lang:status:text`;
terms are given by their ids (`medium_terms`), checked against the catalog's vocabulary.
A blank cell clears a field (confidence and date certainty, never empty, fall back to "low"
and "unknown"); a column that is absent leaves it alone. Derived, generated and image columns
(current holder, the Russian date, image path …) are read-only: they may repeat the stored
value, never change it — except that a new text typed over `medium` or `support` becomes its
note, as in the app. Rows are numbered as a
spreadsheet shows them (the header is row 1).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...inputs import MIB, read_limited
from ..csv_cells import Guarded, from_cell, split_multi
from ..errors import CatalogError, InvalidRecord, NotFound
from ..records import MISSION_LINKS, validate_work
from ..terms import Vocabulary
from .csv_checks import code_problems
from .csv_dates import fill_dates
from .csv_sniff import SheetNotReadable, decode_sheet, sniff_delimiter, unterminated_quote
from .csv_values import READ_ONLY, READ_ONLY_WHY, SCALARS, csv_form, parse_cell, same

ALIASES = {"title_en": "title", "description_en": "description", "alt_text_en": "alt_text"}
LINK_COLUMNS = ("people", "missions", "sources")
KNOWN = set(SCALARS) | set(READ_ONLY) | set(LINK_COLUMNS) | {"id"}
# Fields that are never empty in the catalog: a blank cell means the catalog's default.
NOT_BLANK = {"confidence": "low", "date_certainty": "unknown"}


MAX_CSV_BYTES = 256 * MIB  # far above any spreadsheet of works; /dev/zero is refused
MAX_CELL_CHARS = 131_072  # a description runs to a few thousand; this is a pasted file


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
    encoding: str = "UTF-8"  # as found in the file (csv_sniff): UTF-8, with BOM, Windows-1251
    delimiter: str = ","     # , ; or a tab

    def of(self, action: str) -> list[RowPlan]:
        return [r for r in self.rows if r.action == action]

    def to_save(self) -> list[tuple[dict[str, Any], int | None]]:
        return [(r.record, r.expected_version) for r in self.rows
                if r.action in ("create", "update") and r.record is not None]


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]], str, str]:
    """Header (canonical names), rows, the encoding and the delimiter found; BadImportFile for
    a file that is no usable CSV (an unterminated quote names its line: nothing is read)."""
    try:
        text, encoding = decode_sheet(read_limited(path, MAX_CSV_BYTES))
    except SheetNotReadable as error:
        raise BadImportFile(f"{path}: {error}") from None
    delimiter = sniff_delimiter(text)
    line = unterminated_quote(text, delimiter)
    if line is not None:
        raise BadImportFile(f"{path}: line {line}: a quoted cell is never closed (a \" "
                            "missing?); nothing was imported")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
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
    # The csv module's own cell limit would refuse in its words; ours names the row and column.
    limit = csv.field_size_limit(MAX_CSV_BYTES)
    try:
        for cells in reader:
            _check_cell_sizes(path, len(rows) + 2, names, cells)
            if not any(c.strip() for c in cells):
                rows.append({})  # keep the numbering; blank lines are skipped later
                continue
            if len(cells) > len(names):
                rows.append({"\0extra": "|".join(cells[len(names):])})
                continue
            rows.append({n: from_cell(cells[i]) if i < len(cells) else ""
                         for i, n in enumerate(names)})
    except csv.Error as error:
        raise BadImportFile(f"{path}: line {reader.line_num}: is not a readable CSV "
                            f"({error}); nothing was imported") from None
    finally:
        csv.field_size_limit(limit)
    return names, rows, encoding, delimiter


def _check_cell_sizes(path: Path, row: int, names: list[str], cells: list[str]) -> None:
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            column = names[index] if index < len(names) and names[index] else f"#{index + 1}"
            raise BadImportFile(
                f"{path}: row {row}, column {column!r}: a cell of {len(cell):,} characters; "
                f"a cell may hold at most {MAX_CELL_CHARS:,}; nothing was imported")


def plan_import(catalog: Any, path: Path, progress: Any = None) -> ImportPlan:
    """What importing `path` would do, row by row; writes nothing."""
    names, rows, encoding, delimiter = read_rows(path)
    unknown = [n for n in names if n and n not in KNOWN]
    lookups = {table: {r["id"] for r in catalog.list_records(table)}
               for table in ("people", "missions", "sources")}
    vocabulary = Vocabulary.read(catalog.connection)
    seen: dict[str, int] = {}
    plans = []
    for index, cells in enumerate(rows, start=2):
        if progress:
            progress(index - 1, "")
        if not cells:
            continue
        plan = _plan_row(catalog, index, cells, unknown, lookups, seen, vocabulary)
        plans.append(plan)
    return ImportPlan(plans, encoding, delimiter)


def _plan_row(catalog: Any, number: int, cells: dict[str, str], unknown: list[str],
              lookups: dict[str, set[str]], seen: dict[str, int],
              vocabulary: Vocabulary) -> RowPlan:
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
    plan.reasons.extend(code_problems(record, vocabulary, set(known_cells)))
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
    plan.changes = [(f, stored.get(f), record.get(f)) for f in _touched(cells, record)
                    if not same(stored.get(f), record.get(f))]
    plan.action = "update" if plan.changes else "unchanged"
    return plan


def _stored(catalog: Any, work_id: str) -> dict[str, Any] | None:
    try:
        return catalog.get(work_id)
    except NotFound:
        return None


def _touched(cells: dict[str, str], record: dict[str, Any]) -> list[str]:
    """The row's editable columns; a generated line left as it was is no change."""
    return [f for f in cells if (f in SCALARS or f in LINK_COLUMNS)
            and (SCALARS.get(f) != "typed" or f in record)]


def _merge(stored: dict[str, Any] | None, work_id: str, cells: dict[str, str],
           lookups: dict[str, set[str]], reasons: list[str]) -> dict[str, Any]:
    """The record the row asks for: the stored one with the row's columns applied."""
    record: dict[str, Any] = dict(stored) if stored else {"id": work_id}
    for column, raw in cells.items():
        if column in READ_ONLY:
            text = str(raw) if isinstance(raw, Guarded) else raw.strip()  # guarded: exact
            expected = csv_form(stored.get(column)) if stored else READ_ONLY[column]
            if text and text != expected:
                held = f"has {expected!r}" if expected else "has none"  # never "'nothing'"
                reasons.append(f"{column} is not imported ({READ_ONLY_WHY[column]}); the row "
                               f"says {text!r}, the catalog {held}")
        elif column in SCALARS:
            try:
                record[column] = parse_cell(column, raw)
            except ValueError as error:
                reasons.append(str(error))
    for column in (c for c, kind in SCALARS.items() if kind == "typed"):
        # The line the store generates from the terms and note: only a new text typed over
        # it is a value; the same text, a blank or no column leaves the terms and notes.
        typed = column in cells and record.get(column) and not (
            stored and csv_form(stored.get(column)) == cells[column])
        if not typed:
            record.pop(column, None)
    if "people" in cells:
        record["people"] = _people(cells["people"], stored, lookups["people"], reasons)
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
    fill_dates(record, stored, cells, reasons)
    return record


def _split(raw: str) -> list[str]:
    return split_multi(raw)


def _people(raw: str, stored: dict[str, Any] | None, known: set[str],
            reasons: list[str]) -> list[dict[str, Any]]:
    kept = {(p["person_id"], p["role"]): p for p in (stored or {}).get("people") or []}
    out = []
    for item in _split(raw):
        person_id, _, role = item.partition(":")
        if not role.strip():
            reasons.append(f"people: {item!r} should be person_id:role")
        elif person_id.strip() not in known:
            reasons.append(f"people: there is no person {person_id.strip()!r}")
        else:
            link = (person_id.strip(), role.strip())
            before = kept.get(link, {})  # what the sheet has no column for stays as it was
            out.append({"person_id": link[0], "role": link[1],
                        **{k: before.get(k) for k in ("certainty", "role_note",
                                                      "role_note_ru")}})
    return out


def _missions(raw: str, stored: dict[str, Any] | None, known: set[str],
              reasons: list[str]) -> list[dict[str, Any]]:
    qualifiers = {(m["mission_id"], m["link"]): m
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
            before = qualifiers.get((mission_id, link), {})
            out.append({"mission_id": mission_id, "link": link,
                        "qualifier": before.get("qualifier"),
                        "qualifier_ru": before.get("qualifier_ru")})
    return out


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


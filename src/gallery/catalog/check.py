"""`gallery check`: is this catalog sound? Schema, integrity, links, images, search index."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import fts
from .damage import RESTORE_HINT, integrity_problems, summarise
from .names import bad_names, image_file, is_safe_image_path
from .plural import counted
from .schema import RECORD_TABLES, SCHEMA_VERSION
from .source_rules import stored_source_problems
from .spans import stored_span_problems
from .text_chars import stored_text_problems


@dataclass
class CheckReport:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.lines.append(f"ok       {text}")

    def note(self, text: str) -> None:
        """Worth knowing, not a fault of the catalog (exit 0)."""
        self.lines.append(f"note     {text}")

    def bad(self, text: str) -> None:
        self.lines.append(f"PROBLEM  {text}")
        self.problems.append(text)

    @property
    def passed(self) -> bool:
        return not self.problems


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def check_catalog(con: sqlite3.Connection, images_dir: Path,
                  decode_image: object = None) -> CheckReport:
    """Run every check; `decode_image(path)` (the imaging core's safe decoder) if given.

    A damaged file is summarised (which tables, indexes and pages SQLite finds hit) and each
    later check that cannot read it is reported as such, so `check` never stops on a traceback.
    """
    report = CheckReport()
    damage = integrity_problems(con)
    if damage:
        report.bad(f"the catalog is damaged: {summarise(con, damage)}; {RESTORE_HINT}")
        report.lines.extend(f"         {line}" for line in damage[:5])
    elif getattr(con, "dialect", None) == "postgresql":  # pg/: no file, no pages of ours
        report.ok("storage: the PostgreSQL server keeps its own pages (no file to check)")
    else:
        report.ok("SQLite integrity check")
    for name, step in (("schema", _check_schema), ("links", _check_links),
                       ("names", _check_names), ("dates", _check_spans),
                       ("sources", _check_sources),
                       ("images", lambda c, r: _check_images(c, images_dir, r, decode_image)),
                       ("search index", _check_index), ("counts", _count)):
        try:
            step(con, report)
        except sqlite3.DatabaseError as error:
            if not damage:
                raise
            report.bad(f"{name}: cannot be checked on the damaged file ({error})")
    return report


def _check_schema(con: sqlite3.Connection, report: CheckReport) -> None:
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version == SCHEMA_VERSION:
        report.ok(f"schema version {version}")
    else:
        report.bad(f"schema version {version}, expected {SCHEMA_VERSION}")


def _check_links(con: sqlite3.Connection, report: CheckReport) -> None:
    dangling = con.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        for table, rowid, parent, _ in dangling[:20]:
            report.bad(f"{table} row {rowid} links to a missing {parent} record")
    else:
        report.ok("every link points to an existing record")


def _check_names(con: sqlite3.Connection, report: CheckReport) -> None:
    misnamed = bad_names(con)
    for line in misnamed:
        report.bad(line)
    if not misnamed:
        report.ok("every id is a plain slug and every image path stays inside images/")


SHOWN = 20  # problems of one kind listed before the rest are counted


def _report_some(report: CheckReport, problems: list[str], more: str, sound: str) -> None:
    """The first SHOWN problems, then how many more of `more` there are; `sound` if none."""
    for line in problems[:SHOWN]:
        report.bad(line)
    if len(problems) > SHOWN:
        report.bad(f"… and {len(problems) - SHOWN} more {more}")
    if not problems:
        report.ok(sound)


def _check_spans(con: sqlite3.Connection, report: CheckReport) -> None:
    _report_some(report, stored_span_problems(con),
                 "records with dates in an impossible order",
                 "no record ends before it starts (no death before a birth)")
    _report_some(report, stored_text_problems(con, (*RECORD_TABLES, "provenance_events")),
                 "texts with control or direction characters",
                 "no text holds a control character or a text-direction override")


def _check_sources(con: sqlite3.Connection, report: CheckReport) -> None:
    _report_some(report, stored_source_problems(con),
                 "sources with such a web address or date",
                 "every source's web address is an http or https page, and no retrieved "
                 "date is still to come")


def _check_index(con: sqlite3.Connection, report: CheckReport) -> None:
    stale = fts.out_of_sync(con)
    if stale:
        report.bad(f"search index out of date for {len(stale)} works, e.g. "
                   f"{', '.join(stale[:5])} (run `gallery reindex`)")
    else:
        report.ok("search index matches the records")


def _count(con: sqlite3.Connection, report: CheckReport) -> None:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("works", "missions", "people", "provenance_events", "exhibitions",
                        "sources", "history")}
    report.lines.append("counts   " + ", ".join(f"{t}={n}" for t, n in counts.items()))


def _check_images(con: sqlite3.Connection, images_dir: Path, report: CheckReport,
                  decode_image: object) -> None:
    rows = con.execute("SELECT id, image_path, image_sha256, image_bytes FROM works "
                       "WHERE deleted_at IS NULL ORDER BY id").fetchall()
    bad_before = len(report.problems)
    without = [work_id for work_id, rel, _, _ in rows if not rel]
    if without:  # a new record: work for the curator, not a fault of the catalog
        have = "has" if len(without) == 1 else "have"
        report.note(f"{counted(len(without), 'work')} {have} no image yet ({', '.join(without[:5])}"
                    f"{', …' if len(without) > 5 else ''}): see `gallery check --worklist`")
    for work_id, rel, digest, size in rows:
        if not rel:
            continue
        path = image_file(images_dir, rel)
        if path is None:
            if is_safe_image_path(rel):  # unsafe text is reported by bad_names already
                report.bad(f"{work_id}: image {rel} leads outside images/ (a symlink?)")
            continue
        if not path.is_file():
            report.bad(f"{work_id}: image {rel} is missing")
            continue
        if size is not None and path.stat().st_size != size:
            report.bad(f"{work_id}: image {rel} is {path.stat().st_size} bytes, "
                       f"the catalog says {size}")
            continue
        if digest and sha256_of(path) != digest:
            report.bad(f"{work_id}: image {rel} does not match its recorded sha256")
            continue
        if callable(decode_image):
            try:
                decode_image(path)
            except Exception as error:  # the decoder's own refusal, reported as a finding
                report.bad(f"{work_id}: image {rel} cannot be decoded ({error})")
    if len(report.problems) == bad_before:
        report.ok(f"{len(rows) - len(without)} images present, matching their sha256 and size"
                  + (", and decodable" if callable(decode_image) else ""))

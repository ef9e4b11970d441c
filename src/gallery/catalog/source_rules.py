"""What a source may hold beyond its dates' calendar: a web address a browser opens as a web
page (http or https — never `javascript:`, `file:` or `data:`), and a retrieved date that has
come. Refused by every way in (a save, a JSON import) and reported by `gallery check`."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from .problems import Problem

WEB_SCHEMES = ("http", "https")
_PARTIAL_DAY = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def source_problems(row: dict[str, Any], today: date | None = None) -> dict[str, str]:
    """{column: why} for a source's web address and retrieved date."""
    found: dict[str, str] = {}
    url = str(row.get("url") or "").strip()
    if url and not _is_web_address(url):
        found["url"] = Problem(
            "a web address starts with http:// or https:// (a page a browser opens)",
            "веб-адрес начинается с http:// или https:// (страница, которую открывает браузер)")
    retrieved = str(row.get("retrieved") or "").strip()
    first = _first_day(retrieved)
    # A day ahead is allowed: the curator's time zone may already be in tomorrow.
    if first is not None and first > (today or datetime.now(UTC).date()) + timedelta(days=1):
        found["retrieved"] = Problem(
            f"{retrieved} is in the future: a page is retrieved on a day that has come",
            f"{retrieved} — в будущем: страницу получают в день, который уже наступил")
    return found


def _is_web_address(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def _first_day(text: str) -> date | None:
    match = _PARTIAL_DAY.fullmatch(text)
    if not match:
        return None  # not a date at all: the calendar check says so
    try:
        return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return None


def stored_source_problems(con: sqlite3.Connection) -> list[str]:
    """'sources/ID: url: why' for each stored source that breaks a rule (older catalogs)."""
    lines = []
    for source_id, url, retrieved in con.execute(
            "SELECT id, url, retrieved FROM sources ORDER BY id"):
        for column, why in source_problems({"url": url, "retrieved": retrieved}).items():
            lines.append(f"sources/{source_id}: {column}: {why}")
    return lines

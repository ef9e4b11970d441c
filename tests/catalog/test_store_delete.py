"""Every delete carries the version the curator was shown; a newer one deletes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from catalog_samples import sample_work
from gallery.catalog.errors import Conflict
from gallery.catalog.records import TITLE_COLUMN
from gallery.catalog.store import Catalog

RECORD_TABLES = ("people", "missions", "exhibitions", "sources", "playlists")


def _fresh(table: str) -> dict[str, Any]:
    return {"id": f"stale-{table}", TITLE_COLUMN[table]: f"A {table[:-1]} to delete"}


@pytest.mark.parametrize("table", RECORD_TABLES)
def test_deleting_a_record_someone_saved_since_is_refused(catalog: Catalog, table: str) -> None:
    shown = catalog.save_record(table, _fresh(table), None)
    edited = {**shown, TITLE_COLUMN[table]: "Renamed by another curator"}
    catalog.save_record(table, edited, shown["version"])
    with pytest.raises(Conflict) as raised:
        catalog.delete_record(table, shown["id"], shown["version"])
    assert raised.value.theirs is not None
    assert raised.value.theirs[TITLE_COLUMN[table]] == "Renamed by another curator"
    current = catalog.get_record(table, shown["id"])  # still there, as the other curator left it
    assert current[TITLE_COLUMN[table]] == "Renamed by another curator"
    catalog.delete_record(table, shown["id"], current["version"])
    assert shown["id"] not in [r["id"] for r in catalog.list_records(table)]


def test_trashing_a_work_someone_saved_since_is_refused(catalog: Catalog) -> None:
    shown = catalog.save(sample_work("stale-work"), None)
    catalog.save({**shown, "title": "Retitled meanwhile"}, shown["version"])
    with pytest.raises(Conflict):
        catalog.delete("stale-work", shown["version"])
    assert catalog.trash() == []
    assert catalog.get("stale-work")["title"] == "Retitled meanwhile"
    catalog.delete("stale-work", catalog.get("stale-work")["version"])
    assert [t["id"] for t in catalog.trash()] == ["stale-work"]


def test_a_delete_without_the_shown_version_is_a_programming_error(catalog: Catalog) -> None:
    with pytest.raises(TypeError):
        catalog.delete("orbital-sunrise")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        catalog.delete_record("people", "andrei-sokolov")  # type: ignore[call-arg]

"""batch_restore: the store half of an undoable batch edit."""

from __future__ import annotations

import pytest

from gallery.catalog.errors import Conflict
from gallery.catalog.store import Catalog


def test_batch_restore_undoes_a_batch_set(catalog: Catalog) -> None:
    ids = ["orbital-sunrise", "near-the-moon"]
    before = {i: catalog.get(i)["series"] for i in ids}
    catalog.batch_set(ids, "series", "Space series")
    versions = {i: catalog.get(i)["version"] for i in ids}
    catalog.batch_restore("series", before, versions)
    assert {i: catalog.get(i)["series"] for i in ids} == before


def test_batch_restore_refuses_a_work_someone_changed(catalog: Catalog) -> None:
    catalog.batch_set(["near-the-moon"], "series", "Space series")
    stale = {"near-the-moon": catalog.get("near-the-moon")["version"] - 1}
    with pytest.raises(Conflict):
        catalog.batch_restore("series", {"near-the-moon": None}, stale)
    assert catalog.get("near-the-moon")["series"] == "Space series"

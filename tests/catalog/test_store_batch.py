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


def test_a_work_that_already_has_the_value_gets_no_version_and_no_history(
        catalog: Catalog) -> None:
    catalog.batch_set(["stamp-1975"], "confidence", "high")
    version, entries = catalog.get("stamp-1975")["version"], len(catalog.history("stamp-1975"))
    catalog.batch_set(["stamp-1975", "near-the-moon"], "confidence", "high")
    assert catalog.get("stamp-1975")["version"] == version
    assert len(catalog.history("stamp-1975")) == entries
    assert catalog.get("near-the-moon")["confidence"] == "high"
    catalog.batch_restore("confidence", {"stamp-1975": "high"}, {"stamp-1975": version})
    assert len(catalog.history("stamp-1975")) == entries  # restoring what is there: nothing

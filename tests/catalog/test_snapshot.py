"""Reads during saves: a record, a search or an export is read from one moment of the catalog,
never half before and half after another process's save."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog_samples import sample_work
from gallery.catalog.export import export_json_text, import_json
from gallery.catalog.store import Catalog

# Saves until its stdin closes: each round a new person, then a new work linked to them (two
# transactions), then the "pair" work with its title and first event note both set to round k.
SAVER = r"""
import sys, threading
from gallery.catalog.store import Catalog
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
with Catalog.open(sys.argv[1], who="saver") as catalog:
    print("ready", flush=True)
    k = 0
    while not stop.is_set():
        catalog.save_record("people", {"id": f"p-{k}", "name": f"Person {k}"}, None)
        catalog.save({"id": f"w-{k}", "title": f"Work {k}", "confidence": "low",
                      "people": [{"person_id": f"p-{k}", "role": "owner"}]}, None)
        pair = catalog.get("pair")
        pair["title"] = f"round {k}"
        pair["provenance"][0]["note"] = f"round {k}"
        catalog.save(pair, pair["version"])
        k += 1
"""


@pytest.fixture
def busy_catalog(catalog_path: Path) -> Iterator[Path]:
    """The sample catalog with another process saving into it all the time."""
    with Catalog.open(catalog_path, who="tester") as catalog:
        pair = sample_work("pair", title="round start")
        pair["provenance"][0]["note"] = "round start"
        catalog.save(pair, None)
    saver = subprocess.Popen([sys.executable, "-c", SAVER, str(catalog_path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert saver.stdout is not None and saver.stdout.readline().strip() == "ready"
    try:
        yield catalog_path
    finally:
        saver.communicate("", timeout=60)
    assert saver.returncode == 0


def _saved_rounds(path: Path) -> int:
    with Catalog.open(path, read_only=True) as catalog:
        return len(catalog.work_ids()) - 4  # the sample's three works and "pair"


def test_exports_taken_during_saves_import_back(busy_catalog: Path, tmp_path: Path) -> None:
    with Catalog.open(busy_catalog, read_only=True) as catalog:
        for n in range(20):
            data = json.loads(export_json_text(catalog.connection))
            import_json(data, tmp_path / f"copy-{n}.db")  # a foreign-key failure raises
            with Catalog.open(tmp_path / f"copy-{n}.db", read_only=True) as copy:
                for work_id in copy.work_ids():
                    copy.get(work_id)
    assert _saved_rounds(busy_catalog) >= 2  # the saver really was saving meanwhile


def test_a_record_read_during_saves_is_one_saved_version(busy_catalog: Path) -> None:
    mixed, reads = [], 0
    deadline = time.monotonic() + 60
    with Catalog.open(busy_catalog, read_only=True) as catalog:
        # At least 300 reads, and on until the saver has saved 50 rounds meanwhile.
        while (reads < 300 or _saved_rounds(busy_catalog) < 50) and time.monotonic() < deadline:
            reads += 1
            pair = catalog.get("pair")
            if pair["title"] != pair["provenance"][0]["note"]:
                mixed.append((pair["title"], pair["provenance"][0]["note"]))
            result = catalog.search("", limit=1000, facets=False)
            assert result.total == len(result.rows)
    assert mixed == []
    assert _saved_rounds(busy_catalog) >= 50

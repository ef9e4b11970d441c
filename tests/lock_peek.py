"""A peek at the catalog from another process, then a save read back from a third: the save
must land in the catalog's real WAL, not in one another program deleted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gallery.catalog.store import Catalog

SHIPPED = Path(__file__).resolve().parents[1] / "catalog.db"
WORK = "orbital-sunrise-1965"
PEEK = ("import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
        "row = con.execute('SELECT version FROM works WHERE id = ?', (sys.argv[2],)); "
        "print(row.fetchone()[0]); "
        "con.close()")


def peek(path: Path) -> int:
    """The work's version as another process reads it (its close may checkpoint)."""
    out = subprocess.run([sys.executable, "-c", PEEK, str(path), WORK], check=True,
                         capture_output=True, text=True, timeout=60)
    return int(out.stdout)


def save_then_check(catalog: Catalog, path: Path) -> None:
    record = catalog.get(WORK)
    record["title"] = "Orbital sunrise (checked)"
    saved = catalog.save(record, record["version"])
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    assert peek(path) == saved["version"], "the save went into a deleted WAL file"

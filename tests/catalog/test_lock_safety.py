"""No second open of the catalog in one process may drop the first connection's SQLite locks.

SQLite's locks are POSIX advisory locks owned by the process: closing any descriptor on the
catalog releases them all. Another program that then closes the catalog believes it was the last
one, checkpoints and deletes the -wal and -shm, and every later save of ours goes into a deleted
file (lost on the next kill). Each test peeks from a real second process, then saves, then reads
the save back from a third.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from gallery.catalog.connection import inspect, open_here
from gallery.catalog.store import Catalog
from lock_peek import SHIPPED, WORK, peek, save_then_check


def test_a_second_open_in_the_same_process_keeps_the_first_ones_locks(tmp_path: Path) -> None:
    path = tmp_path / "copy2.db"
    shutil.copyfile(SHIPPED, path)
    with Catalog.open(path, who="tester") as catalog:
        catalog.get(WORK)
        assert open_here(path)
        with Catalog.open(path, writer=False) as reader:  # as the visitor window reopens
            reader.get(WORK)
        inspect(path)
        peek(path)
        save_then_check(catalog, path)


def test_a_file_not_open_here_is_still_checked_by_its_header(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a catalog at all" * 10)
    assert not open_here(path)
    try:
        inspect(path)
    except Exception as error:
        assert "is not a SQLite catalog file" in str(error)
    else:
        raise AssertionError("a file that is no SQLite file was accepted")

"""Restore: refused while another process writes the catalog, works on a damaged catalog,
keeps the replaced file apart from the rotation, and says so in the restored history."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gallery.catalog.backup import backup, backups_dir
from gallery.catalog.backup_restore import restore, restores
from gallery.catalog.errors import CatalogBusy, CatalogReplaced
from gallery.catalog.store import Catalog

# Opens the catalog for writing, as an editor or an import does, and waits for its stdin.
HOLDER = r"""
import sys
from gallery.catalog.store import Catalog
with Catalog.open(sys.argv[1], who="holder") as catalog:
    print("holding", flush=True)
    sys.stdin.read()
"""


def _files(path: Path) -> dict[str, bytes]:
    """The catalog and its side files, byte for byte."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.is_file() and p.name.startswith(path.name) and not p.name.endswith(".writers")}


@pytest.fixture
def holder(catalog_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(catalog_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    if proc.poll() is None:
        proc.communicate("", timeout=30)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            pipe.close()


def _gallery(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gallery", *args], capture_output=True,
                          text=True, timeout=60)


def _edit_title(path: Path, title: str) -> None:
    with Catalog.open(path) as catalog:
        work = catalog.get("near-the-moon")
        catalog.save({**work, "title": title}, work["version"])


def test_restore_refuses_while_another_process_holds_the_catalog(
        catalog_path: Path, holder: subprocess.Popen[str]) -> None:
    saved = backup(catalog_path)
    _edit_title(catalog_path, "Edited after the backup")
    before = _files(catalog_path)
    done = _gallery("restore", str(saved), "--catalog", str(catalog_path))
    assert done.returncode == 2, done.stdout
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert f"pid {holder.pid}" in done.stderr and "open for writing" in done.stderr
    assert _files(catalog_path) == before
    assert not (backups_dir(catalog_path) / "safety").exists()
    holder.communicate("", timeout=30)  # the editor closes: now restore may run
    done = _gallery("restore", str(saved), "--catalog", str(catalog_path))
    assert done.returncode == 0, done.stderr
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Near the Moon"


def test_other_writers_names_the_other_process_not_this_one(
        catalog_path: Path, holder: subprocess.Popen[str]) -> None:
    from gallery.catalog.writers import other_writers

    with Catalog.open(catalog_path):  # this process writes too: it is not "another"
        assert other_writers(catalog_path) == [holder.pid]
    holder.communicate("", timeout=30)
    assert other_writers(catalog_path) == []


def test_a_killed_holder_lets_restore_run(catalog_path: Path,
                                          holder: subprocess.Popen[str]) -> None:
    saved = backup(catalog_path)
    with pytest.raises(CatalogBusy):
        restore(saved, catalog_path)
    holder.kill()  # the kernel drops its lock with it
    holder.wait()
    restore(saved, catalog_path)


def test_a_save_into_a_replaced_file_is_refused(catalog_path: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copyfile(catalog_path, copy)
    with Catalog.open(catalog_path) as editor:
        work = editor.get("near-the-moon")
        # Swapped in behind the editor's back (a tool that ignores the writers' lock).
        os.replace(copy, catalog_path)
        assert editor.replaced()
        with pytest.raises(CatalogReplaced, match="replaced"):
            editor.save({**work, "title": "Lost?"}, work["version"])
        with pytest.raises(CatalogReplaced):
            editor.delete("near-the-moon", work["version"])
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Near the Moon"
        assert not catalog.replaced()


def test_restore_mends_a_damaged_catalog_and_keeps_it_aside(catalog_path: Path) -> None:
    saved = backup(catalog_path)
    _edit_title(catalog_path, "Edited after the backup")
    damaged = bytearray(catalog_path.read_bytes())
    damaged[0:100] = b"\xa5" * 100  # the header is gone: no SQLite library opens this
    catalog_path.write_bytes(bytes(damaged))
    done = restore(saved, catalog_path)
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Near the Moon"
    assert done.safety_copy is not None
    assert done.safety_copy.read_bytes() == bytes(damaged)  # kept byte for byte
    assert done.safety_copy.parent == backups_dir(catalog_path) / "safety"
    assert "before-restore" in done.safety_copy.name


def test_the_safety_copy_stays_out_of_rotation(catalog_path: Path) -> None:
    saved = backup(catalog_path)
    _edit_title(catalog_path, "Edited after the backup")
    kept = restore(saved, catalog_path).safety_copy
    assert kept is not None
    for _ in range(4):
        backup(catalog_path, keep=1)
    assert kept.exists()
    with Catalog.open(kept, read_only=True) as old:  # with its WAL: the newest save is there
        assert old.get("near-the-moon")["title"] == "Edited after the backup"


def test_a_restore_is_in_the_restored_history(catalog_path: Path) -> None:
    saved = backup(catalog_path)
    _edit_title(catalog_path, "Edited after the backup")
    done = restore(saved, catalog_path, who="curator-k")
    with Catalog.open(catalog_path, read_only=True) as catalog:
        recorded = restores(catalog.connection)
    assert len(recorded) == 1
    assert recorded[0]["restored_from"] == str(saved.resolve())
    assert recorded[0]["who"] == "curator-k" and recorded[0]["at"]
    assert recorded[0]["replaced_catalog_kept_as"] == str(done.safety_copy)
    assert not Path(f"{catalog_path}.restoring").exists()


def test_restore_refuses_a_damaged_backup(catalog_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(catalog_path.read_bytes()[:4096] + b"\x00" * 100)
    before = _files(catalog_path)
    done = _gallery("restore", str(bad), "--catalog", str(catalog_path))
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert _files(catalog_path) == before


def test_a_catalog_swapped_while_it_opens_knows_which_file_it_has(
        catalog_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A restore that finishes while a window connects: the window must not take the new
    file's identity for the old file it connected to (its saves would vanish unrefused)."""
    import gallery.catalog.store as store

    copy = tmp_path / "restored.db"
    shutil.copyfile(catalog_path, copy)
    _edit_title(copy, "In the backup")
    real_connect = store.connect_writable
    swaps = []

    def connect_then_swap(path: Path) -> object:
        con = real_connect(path)
        if not swaps:  # the restore's swap lands right now, as restore does it
            swaps.append(path)
            for suffix in ("-wal", "-shm"):
                Path(f"{catalog_path}{suffix}").unlink(missing_ok=True)
            os.replace(copy, catalog_path)
        return con

    monkeypatch.setattr(store, "connect_writable", connect_then_swap)
    with Catalog.open(catalog_path, writer=False) as window:
        work = window.get("near-the-moon")
        assert work["title"] == "In the backup"  # it reads the restored file
        window.save({**work, "title": "Saved after the swap"}, work["version"])
    assert swaps
    with Catalog.open(catalog_path, read_only=True) as catalog:
        assert catalog.get("near-the-moon")["title"] == "Saved after the swap"


def test_the_safety_copy_of_a_sound_catalog_is_one_complete_file(catalog_path: Path) -> None:
    import sqlite3

    from gallery.catalog.backup_restore import restore

    with Catalog.open(catalog_path, who="tester") as catalog:
        backup = catalog.backup(reason="manual")
    reader = sqlite3.connect(catalog_path)  # holds the WAL open, as a visitor window would
    reader.execute("UPDATE works SET title = 'Saved after the backup' "
                   "WHERE id = 'near-the-moon'")
    reader.commit()
    assert Path(f"{catalog_path}-wal").stat().st_size > 0  # the save is in the -wal only
    done = restore(backup, catalog_path)
    reader.close()
    safety = done.safety_copy
    assert safety is not None
    assert not Path(f"{safety}-wal").exists() and not Path(f"{safety}-shm").exists()
    alone = safety.with_name("alone.db")
    alone.write_bytes(safety.read_bytes())  # copied on its own, it still holds the last save
    con = sqlite3.connect(alone)
    assert con.execute("SELECT title FROM works WHERE id = 'near-the-moon'").fetchone()[0] == \
        "Saved after the backup"
    con.close()

"""Drafts: written atomically, keyed per catalog and record, survive a half-finished write."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gallery.catalog.drafts import Draft, DraftStore, DraftWriter, catalog_key


def test_write_read_delete_round_trip(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "catalog.db", root=tmp_path / "drafts")
    draft = Draft("works", "near-the-moon", {"id": "near-the-moon", "title": "Луна"}, 3,
                  who="curator")
    store.write(draft)
    back = store.read("works", "near-the-moon")
    assert back is not None
    assert (back.record, back.base_version, back.who) == (draft.record, 3, "curator")
    assert [d.key for d in store.all()] == ["near-the-moon"]
    store.delete("works", "near-the-moon")
    assert store.read("works", "near-the-moon") is None
    assert store.all() == []


def test_catalogs_do_not_share_drafts(tmp_path: Path) -> None:
    root = tmp_path / "drafts"
    one = DraftStore(tmp_path / "a" / "catalog.db", root=root)
    two = DraftStore(tmp_path / "b" / "catalog.db", root=root)
    one.write(Draft("works", "x", {"id": "x"}, 1))
    assert two.all() == []
    assert catalog_key(tmp_path / "a" / "catalog.db") == catalog_key(
        tmp_path / "a" / ".." / "a" / "catalog.db")


def test_new_record_keys_and_odd_ids_stay_inside_the_folder(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    path = store.write(Draft("works", "../../etc/passwd", {"id": "?"}, None))
    assert path.parent == store.folder
    assert store.read("works", "../../etc/passwd").is_new


def test_a_damaged_or_half_written_file_is_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    store.write(Draft("works", "good", {"id": "good"}, 1))
    (store.folder / "works.bad.json").write_text("{not json", encoding="utf-8")
    (store.folder / ".partial-abc.json").write_text('{"format": "leon', encoding="utf-8")
    assert [d.key for d in store.all()] == ["good"]
    assert store.read("works", "bad") is None


def test_rewrite_replaces_the_file_whole(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    for n in range(5):
        store.write(Draft("works", "w", {"id": "w", "n": n}, 1))
    files = list(store.folder.iterdir())
    assert len(files) == 1
    assert json.loads(files[0].read_text(encoding="utf-8"))["record"]["n"] == 4


@pytest.mark.parametrize("synchronous", [True, False])
def test_writer_keeps_order_so_a_delete_after_a_write_wins(tmp_path: Path,
                                                           synchronous: bool) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    writer = DraftWriter(store, synchronous=synchronous)
    for n in range(20):
        writer.write(Draft("works", "w", {"id": "w", "n": n}, 1))
    writer.delete("works", "w")
    writer.flush()
    writer.close()
    assert store.all() == []


def test_writer_reports_a_failed_write(tmp_path: Path) -> None:
    blocker = tmp_path / "drafts"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    errors: list[BaseException] = []
    writer = DraftWriter(DraftStore(tmp_path / "c.db", root=blocker), synchronous=True,
                         on_error=errors.append)
    writer.write(Draft("works", "w", {"id": "w"}, 1))
    assert len(errors) == 1 and isinstance(errors[0], OSError)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_writer_leaves_the_last_complete_draft(tmp_path: Path) -> None:
    """A process killed while rewriting a draft in a loop never leaves a torn draft."""
    root = tmp_path / "drafts"
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gallery.catalog.drafts import Draft, DraftStore\n"
        f"store = DraftStore(Path({str(tmp_path / 'c.db')!r}), root=Path({str(root)!r}))\n"
        "n = 0\n"
        "while True:\n"
        "    store.write(Draft('works', 'w', {'id': 'w', 'text': 'x' * 20000, 'n': n}, 1))\n"
        "    if n == 0:\n"
        "        print('written', flush=True)\n"
        "    n += 1\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "written"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    drafts = DraftStore(tmp_path / "c.db", root=root).all()
    assert len(drafts) == 1 and drafts[0].record["text"] == "x" * 20000


def test_the_base_record_round_trips(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    store.write(Draft("works", "w", {"id": "w", "title": "mine"}, 2,
                      base={"id": "w", "title": "before"}))
    assert store.read("works", "w").base == {"id": "w", "title": "before"}

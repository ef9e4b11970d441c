"""A draft belongs to the window that wrote it: another window never offers it for recovery or
deletes it while that window lives; once its process is gone, the draft is recoverable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gallery.catalog.drafts import Draft, DraftStore, Owner, process_started


def dead_owner() -> Owner:
    """The owner of a process that has exited."""
    done = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert done.returncode == 0
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return Owner(child.pid, "1", "deadbeef00000000")


def test_two_windows_keep_their_own_drafts(tmp_path: Path) -> None:
    first = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    second = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    assert first.owner.token != second.owner.token
    first.write(Draft("works", "w", {"id": "w", "title": "first's"}, 1))
    second.write(Draft("works", "w", {"id": "w", "title": "second's"}, 1))
    assert second.recoverable("works", "w") is None  # the first window is alive
    assert second.orphans() == []
    second.delete("works", "w")  # discarding my edit leaves the other window's work
    assert first.read("works", "w").record["title"] == "first's"
    assert [d.record["title"] for d in first.all()] == ["first's"]


def test_a_dead_window_s_draft_is_offered_and_discarded_alone(tmp_path: Path) -> None:
    gone = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts", owner=dead_owner())
    gone.write(Draft("works", "w", {"id": "w", "title": "left behind"}, 1))
    me = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    me.write(Draft("works", "w", {"id": "w", "title": "mine"}, 1))
    found = me.recoverable("works", "w")
    assert found is not None and found.record["title"] == "left behind"
    me.discard(found)
    assert me.recoverable("works", "w") is None
    assert me.read("works", "w").record["title"] == "mine"


def test_a_reused_pid_is_not_the_owner(tmp_path: Path) -> None:
    import os

    impostor = Owner(os.getpid(), "not-my-start-time", "cafe000000000000")
    assert not impostor.alive()
    assert Owner.current().alive()
    assert process_started(os.getpid())


def test_an_old_draft_without_an_owner_is_recoverable(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    store.folder.mkdir(parents=True)
    old = Draft("works", "w", {"id": "w"}, 1)
    (store.folder / "works.w.json").write_text(old.to_json(store.catalog_path))
    found = store.recoverable("works", "w")
    assert found is not None and found.owner is None
    store.discard(found)
    assert store.all() == []


def test_presence_says_who_else_has_a_record_open(tmp_path: Path) -> None:
    first = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    second = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts")
    first.mark_open("works", "w")
    assert second.open_elsewhere("works", "w") == [first.owner]
    assert first.open_elsewhere("works", "w") == []
    assert second.open_elsewhere("works", "other") == []
    first.mark_closed("works", "w")
    assert second.open_elsewhere("works", "w") == []
    gone = DraftStore(tmp_path / "c.db", root=tmp_path / "drafts", owner=dead_owner())
    gone.mark_open("works", "w")
    assert second.open_elsewhere("works", "w") == []  # and its stale mark is cleared
    assert list(second.presence.glob("*.json")) == []
    first.mark_open("works", "a")
    first.mark_open("people", "b")
    first.close_all()
    assert list(second.presence.glob("*.json")) == []

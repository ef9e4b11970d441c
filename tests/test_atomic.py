"""gallery.atomic: the one atomic file write (DESIGN "File writes")."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from gallery.atomic import UnsafeTarget, write_bytes_atomically, write_text_atomically


def test_replaces_a_file_and_keeps_its_permission_bits(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_text_atomically(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "dangling"])
def test_refuses_a_symlink_or_special_file(tmp_path: Path, kind: str) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    target = tmp_path / "out.json"
    if kind == "symlink":
        target.symlink_to(precious)
    elif kind == "dangling":
        target.symlink_to(tmp_path / "nowhere")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    with pytest.raises(UnsafeTarget) as raised:
        write_bytes_atomically(target, b"new")
    assert raised.value.filename == str(target) and "\n" not in str(raised.value.strerror)
    assert precious.read_text() == "keep"
    assert not (tmp_path / "nowhere").exists()
    assert os.path.lexists(target) and not list(tmp_path.glob(".*partial"))

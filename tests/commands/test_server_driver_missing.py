"""A plain `pip install -e .` has no PostgreSQL driver: a server catalog is refused in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def gallery_without_driver(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    code = ("import sys, importlib.util as u; _find = u.find_spec; "
            "u.find_spec = lambda name, *a: None if name == 'psycopg' else _find(name, *a); "
            "sys.modules['psycopg'] = None; "
            "from gallery.cli import main; sys.exit(main(sys.argv[1:]))")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)


def test_a_server_catalog_without_the_driver_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = gallery_without_driver("search", "moon", "--catalog",
                                  "postgresql://curator:secret@db.example/leonov",
                                  tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "pip install -e '.[postgres]'" in lines[0]
    assert "secret" not in lines[0]  # the password is never echoed
    copied = gallery_without_driver("copy-catalog", str(Path(__file__).parents[2] / "catalog.db"),
                                    "postgresql://curator@db.example/leonov", tmp_path=tmp_path)
    assert copied.returncode == 2 and len(copied.stderr.strip().splitlines()) == 1, copied.stderr

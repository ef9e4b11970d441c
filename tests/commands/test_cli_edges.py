"""Small things a shell user meets: a closed pipe, a missing file named plainly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gallery.cli import main

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    many = tmp_path / "many.db"
    many.write_bytes(SHIPPED.read_bytes())
    script = ("import sys\nfrom gallery.cli import main\n"
              "sys.exit(main(['--catalog', sys.argv[1], 'export', '--format', 'json']))")
    with subprocess.Popen([sys.executable, "-c", script, str(many)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before a line is written (`| head -0`)
        errors = process.stderr.read().decode()
        code = process.wait(timeout=60)
    assert "Traceback" not in errors and "Broken pipe" not in errors
    assert code in (0, 141)


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p / "missing.jpg", "no such file"),
    (lambda p: p, "is a folder"),
])
def test_import_image_names_what_is_wrong_with_the_file(
        catalog_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        make: object, says: str) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    assert main(["--catalog", str(catalog_path), "import-image", "near-the-moon",
                 str(target)]) == 2
    assert capsys.readouterr().err.strip().endswith(says)

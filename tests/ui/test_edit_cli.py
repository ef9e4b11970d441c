"""`gallery edit`: bad input is one line and exit 2, before any window appears."""

from __future__ import annotations

from pathlib import Path

import pytest

from gallery.cli import main


def test_a_missing_catalog_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    assert main(["edit", "--catalog", str(tmp_path / "nope.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such catalog file" in err


def test_an_unknown_work_is_one_line(catalog_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["edit", "--catalog", str(catalog_path), "no-such-work"]) == 2
    assert "there is no record 'no-such-work'" in capsys.readouterr().err


def test_edit_is_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "open the catalog editor" in capsys.readouterr().out


def test_edit_takes_lang_and_defaults_to_the_saved_language(
        capsys: pytest.CaptureFixture[str]) -> None:
    from gallery.commands.edit_cmds import editor_language
    from gallery.ui.settings import Settings

    with pytest.raises(SystemExit):
        main(["edit", "--help"])
    assert "--lang" in capsys.readouterr().out
    assert editor_language(None) == "en"
    settings = Settings()
    settings.set("ui/language", "ru")
    settings.sync()
    assert editor_language(None) == "ru"  # the app was last used in Russian
    assert editor_language("en") == "en"  # --lang wins

"""`gallery --lang ru` opens the app in Russian: --lang before any command is the app's option
(it was refused as "invalid choice: 'ru'" for a command)."""

from __future__ import annotations

import pytest

from gallery.cli import build_parser
from gallery.commands import registry
from gallery.exits import UsageError


@pytest.mark.parametrize(("given", "lang", "catalog"), [
    (["--lang", "ru"], "ru", None),
    (["--lang=en"], "en", None),
    (["--catalog", "x.db", "--lang", "ru"], "ru", "x.db"),
    (["--lang", "ru", "--catalog", "y.db"], "ru", "y.db"),
])
def test_lang_before_any_command_is_the_apps(given: list[str], lang: str,
                                             catalog: str | None) -> None:
    args = build_parser().parse_args(registry.prepared(given))
    assert args.command == "app"
    assert args.lang == lang
    assert args.catalog == catalog


def test_lang_after_a_command_is_unchanged() -> None:
    args = build_parser().parse_args(registry.prepared(["app", "--lang", "ru"]))
    assert (args.command, args.lang) == ("app", "ru")
    args = build_parser().parse_args(registry.prepared(["history", "x", "--lang", "ru"]))
    assert (args.command, args.lang) == ("history", "ru")


def test_a_wrong_language_is_still_refused() -> None:
    with pytest.raises(UsageError, match="invalid choice: 'fr'"):
        build_parser().parse_args(registry.prepared(["--lang", "fr"]))


@pytest.mark.parametrize(("given", "command"), [
    (["--catalog", "x.db", "--lang", "ru", "edit"], "edit"),
    (["--lang=ru", "history", "near-the-moon"], "history"),
    (["--lang", "ru", "--catalog", "x.db", "slideshow"], "slideshow"),
])
def test_lang_before_a_command_is_that_commands(given: list[str], command: str) -> None:
    """README's `gallery --catalog X --lang ru edit` was refused: "unrecognized arguments"."""
    args = build_parser().parse_args(registry.prepared(given))
    assert (args.command, args.lang) == (command, "ru")

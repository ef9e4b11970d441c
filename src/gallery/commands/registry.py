"""The list of `gallery` subcommands; each module adds its own with `command()`."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..exits import UsageError


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int | None]
    # the arguments after the command's name, rearranged before parsing (or None)
    prepare: Callable[[list[str]], list[str]] | None = None


COMMANDS: list[Command] = []


def command(name: str, help: str,
            arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None,
            prepare: Callable[[list[str]], list[str]] | None = None,
            ) -> Callable[[Callable[[argparse.Namespace], int | None]],
                          Callable[[argparse.Namespace], int | None]]:
    """Register `run` as the subcommand `name`."""

    def register(run: Callable[[argparse.Namespace], int | None]) -> Callable[..., int | None]:
        COMMANDS.append(Command(name, help, arguments, run, prepare))
        return run

    return register


def prepared(args: list[str]) -> list[str]:
    """`args` with the command's own rearrangement applied (see Command.prepare); the
    command is the first argument that is not an option or an option's value."""
    at, lang = 0, []
    while at < len(args) and args[at].startswith("-"):
        if args[at] == "--lang" or args[at].startswith("--lang="):
            # a global option in either place: `gallery --lang ru edit` is edit's --lang,
            # `gallery --lang ru` alone the app's
            width = 1 if "=" in args[at] else 2
            lang, args = args[at:at + width], [*args[:at], *args[at + width:]]
            continue
        at += 2 if args[at] in ("--catalog", "--curator") else 1
    if lang and at >= len(args):
        return [*args, "app", *lang]
    if lang:
        args = [*args[:at + 1], *lang, *args[at + 1:]]
    found = next((c for c in COMMANDS if at < len(args) and c.name == args[at]), None)
    if found is None or found.prepare is None:
        return args
    return [*args[:at + 1], *found.prepare(args[at + 1:])]


def by_name(name: str) -> Command:
    for cmd in COMMANDS:
        if cmd.name == name:
            return cmd
    raise UsageError(f"unknown command {name!r}")


# Modules that register commands. A module not written yet is skipped; any other import error
# inside a module is a bug and is raised.
COMMAND_MODULES = ("catalog_cmds", "image_cmds", "interop_cmds", "app_cmds", "slideshow_cmds",
                   "playlist_cmds", "edit_cmds", "history_cmds", "server_cmds")


def _load() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__package__}.{name}":
                raise


_load()

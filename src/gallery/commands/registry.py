"""The list of `gallery` subcommands; each module adds its own with `command()`."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from ..cli import UsageError


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int | None]


COMMANDS: list[Command] = []


def command(name: str, help: str,
            arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None,
            ) -> Callable[[Callable[[argparse.Namespace], int | None]],
                          Callable[[argparse.Namespace], int | None]]:
    """Register `run` as the subcommand `name`."""

    def register(run: Callable[[argparse.Namespace], int | None]) -> Callable[..., int | None]:
        COMMANDS.append(Command(name, help, arguments, run))
        return run

    return register


def by_name(name: str) -> Command:
    for cmd in COMMANDS:
        if cmd.name == name:
            return cmd
    raise UsageError(f"unknown command {name!r}")


def _load() -> None:
    # Importing a module registers its commands; modules import heavy libraries lazily.
    from . import catalog_cmds, image_cmds  # noqa: F401

    with contextlib.suppress(ImportError):  # the UI's commands, when the UI is installed
        from . import app_cmds  # noqa: F401


_load()

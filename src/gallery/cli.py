"""The `gallery` command: the app by default, and headless commands for scripts and checks.

Exit codes are a contract: 0 success, 1 a check found problems, 2 bad input (one readable
line on stderr, no traceback). Commands that need no window never import Qt widgets.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .exits import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, EnvironmentProblem, UsageError
from .paths import default_catalog

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_PROBLEMS", "UsageError", "build_parser", "main"]

class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _catalog_arg(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument("--catalog", type=str, default=default,
                        help="catalog file (default: the shipped catalog.db)")


def _curator_arg(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument("--curator", type=str, default=default, metavar="NAME",
                        help="whose name signs the changes this command makes "
                             "(default: $GALLERY_CURATOR, else the name saved in the editor)")


def build_parser() -> argparse.ArgumentParser:
    from .commands import registry

    parser = _Parser(prog="gallery", description="Leonov Gallery: the art of Alexei Leonov.")
    _catalog_arg(parser)
    _curator_arg(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in registry.COMMANDS:
        sub_parser = sub.add_parser(command.name, help=command.help,
                                    description=command.help)
        _catalog_arg(sub_parser, argparse.SUPPRESS)  # keep a --catalog given before COMMAND
        _curator_arg(sub_parser, argparse.SUPPRESS)
        command.arguments(sub_parser)
    return parser


def _server_curator_notice(args: argparse.Namespace) -> None:
    """On a server catalog the database role signs every change: a --curator name is not
    used, and the command says so in one line (a notice; the command still runs)."""
    from .catalog.location import is_server

    if getattr(args, "curator", None) is not None and is_server(args.catalog):
        print("gallery: note: --curator is not used on a server catalog: on a server, history "
              "is signed with the database login (role) name", file=sys.stderr)


# Commands whose stdout is data in a format of its own (or a window's), not text for a reader.
_DATA_COMMANDS = frozenset({"export", "app", "edit", "slideshow", "serve-iiif"})


def _prints_text(args: argparse.Namespace) -> bool:
    return not getattr(args, "json", False) and (args.command or "app") not in _DATA_COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    from .catalog import curator
    from .catalog.errors import CatalogDamaged, CatalogError
    from .commands import registry
    from .terminal import complain, escaped_stderr, escaped_stdout

    args_list = list(sys.argv[1:] if argv is None else argv)
    args = None
    try:
        args = build_parser().parse_args(registry.prepared(args_list))
        if args.catalog is None:
            args.catalog = str(default_catalog())
        command = registry.by_name(args.command or "app")
        _server_curator_notice(args)
        with curator.given(args.curator), escaped_stdout(_prints_text(args)), \
                escaped_stderr():
            return int(command.run(args) or EXIT_OK)
    except UsageError as error:
        complain(f"gallery: {error} (see `gallery --help`)")
        return EXIT_BAD_INPUT
    except CatalogDamaged as error:
        complain(f"gallery: {error}")
        return _damaged_exit(args)
    except (CatalogError, EnvironmentProblem) as error:
        complain(f"gallery: {error}")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("gallery: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`gallery search … | head`): stop quietly, as Unix tools do,
        # with stdout pointed at nothing so Python's own flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        complain(f"gallery: {where}{error.strerror or error}")
        return EXIT_BAD_INPUT
    except Exception as error:  # errors from the imaging core carry their own one-line reason
        if type(error).__name__ in {"ImageRefused"}:
            complain(f"gallery: {error}")
            return EXIT_BAD_INPUT
        refusal = _server_refusal(args, error)
        if refusal is not None:
            print(f"gallery: {refusal}", file=sys.stderr)
            return EXIT_BAD_INPUT
        damage = _damage(args, error)
        if damage is None:
            raise  # our bug: keep the traceback
        complain(f"gallery: {damage}")
        return _damaged_exit(args)


def _damaged_exit(args: argparse.Namespace | None) -> int:
    """A damaged catalog is a finding for `check` (exit 1) and bad input for every other
    command, which cannot do its work on it (exit 2)."""
    return EXIT_PROBLEMS if getattr(args, "command", None) == "check" else EXIT_BAD_INPUT


def _server_refusal(args: argparse.Namespace | None, error: Exception) -> Exception | None:
    """A server's refusal that no command expected (a GRANT missing, a lost connection), in
    one line naming cause and fix; None when `error` is not the server's."""
    psycopg = sys.modules.get("psycopg")  # loaded only by a command that reached a server
    if psycopg is None:
        return None
    if not isinstance(error, psycopg.Error):  # the adapter's sqlite3 dress (pg/connection.py)
        error = error.__cause__  # type: ignore[assignment]
        if not isinstance(error, psycopg.Error):
            return None
    from .catalog.location import is_server
    from .catalog.pg.refusals import explain

    urls = [str(v) for v in vars(args or argparse.Namespace()).values()
            if isinstance(v, str) and is_server(v)]
    return explain(urls[-1] if urls else "postgresql://", error)


def _damage(args: argparse.Namespace | None, error: Exception) -> Exception | None:
    """The catalog's damage when it explains `error` (one central place, so no command can
    turn a damaged file into a traceback); None when the catalog is sound (our bug)."""
    from .catalog.connection import quick_check_file
    from .catalog.damage import damaged, is_damage_error

    path = getattr(args, "catalog", None)
    if path is None:
        return None
    if is_damage_error(error):
        return damaged(path, error)
    problems = quick_check_file(path)
    return damaged(path, problems[0]) if problems else None

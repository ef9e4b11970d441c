"""Commands for a team's catalog on a PostgreSQL server: `copy-catalog SRC DEST`."""

from __future__ import annotations

import argparse

from .registry import command


def _copy_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="the catalog to copy: a file or postgresql://…")
    p.add_argument("target", help="a new catalog file, or an empty database: postgresql://…")


@command("copy-catalog", "copy a whole catalog between a file and a PostgreSQL server "
         "(either way); the JSON exports of both sides are compared", _copy_args)
def run_copy_catalog(args: argparse.Namespace) -> int:
    from ..catalog.copy import copy_catalog
    from ..catalog.location import display_name, location

    works = copy_catalog(location(args.source), location(args.target))
    print(f"Copied {works} works from {display_name(args.source)} to "
          f"{display_name(args.target)}; their JSON exports are identical. Images are not "
          "in the catalog: see README, 'A team catalog', for where they live.")
    return 0

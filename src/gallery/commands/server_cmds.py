"""Commands for a team's catalog on a PostgreSQL server: `copy-catalog SRC DEST`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .registry import command


def _copy_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="the catalog to copy: a file or postgresql://…")
    p.add_argument("target", help="a new catalog file, or an empty database: postgresql://…")
    p.add_argument("--images", metavar="DIR", type=Path, default=None,
                   help="the image folder a server copy records (default: the source's "
                        "image folder); it must exist")


@command("copy-catalog", "copy a whole catalog between a file and a PostgreSQL server "
         "(either way); the JSON exports of both sides are compared", _copy_args)
def run_copy_catalog(args: argparse.Namespace) -> int:
    from ..catalog.copy import copy_catalog, image_folder_line
    from ..catalog.location import display_name, location

    source, target = location(args.source), location(args.target)
    works = copy_catalog(source, target, args.images)
    print(f"Copied {works} works from {display_name(args.source)} to "
          f"{display_name(args.target)}; their JSON exports are identical.")
    print(image_folder_line(target, source))  # images are files, not rows: say where they must be
    return 0

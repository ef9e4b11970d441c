"""Where things live: the shipped catalog, and the user's cache, log and data folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "leonov-gallery"
CATALOG_ENV = "LEONOV_GALLERY_CATALOG"


def repo_root() -> Path:
    """The checkout this package runs from (src layout: src/gallery/paths.py)."""
    return Path(__file__).resolve().parents[2]


def default_catalog() -> Path:
    """$LEONOV_GALLERY_CATALOG, else the shipped catalog.db at the top of the checkout."""
    if os.environ.get(CATALOG_ENV):
        return Path(os.environ[CATALOG_ENV])
    return repo_root() / "catalog.db"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))

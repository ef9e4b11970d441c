"""The catalog's errors said in the interface language.

The Qt-free store explains a problem in one English line (with the file's path). A message
box leads with a sentence in the visitor's language for the kind of problem, and keeps the
store's exact line under "Show Details…", so a Russian visitor reads Russian and a curator
still has the precise cause to pass on.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..catalog import errors

translate = QCoreApplication.translate  # lupdate reads translate("CatalogErrors", "…")


def explain(error: BaseException | str) -> str:
    """One sentence for the kind of error, in the interface language."""
    kinds: list[tuple[type[BaseException], str]] = [
        (errors.CatalogMissing, translate("CatalogErrors", "There is no catalog at this place.")),
        (errors.LoginRefused, translate(
            "CatalogErrors", "The catalog's server refused the login: the user name or the "
            "password is wrong.")),
        (errors.ServerUnreachable, translate(
            "CatalogErrors", "The catalog's server cannot be reached: is it running, and is "
            "the address right?")),
        (errors.CatalogDamaged, translate(
            "CatalogErrors", "The catalog file is damaged: restore a backup (File menu, or "
            "`gallery restore` in a terminal).")),
        (errors.NotACatalog, translate("CatalogErrors",
                                       "This file is not a catalog of the gallery.")),
        (errors.SchemaTooNew, translate(
            "CatalogErrors", "This catalog was written by a newer version of the gallery: "
            "update the program to open it.")),
        (errors.CatalogReadOnly, translate("CatalogErrors",
                                           "The catalog can only be read here: editing is off.")),
        (errors.CatalogLocked, translate(
            "CatalogErrors", "Another program is writing to the catalog: try again in a "
            "moment.")),
        (errors.CatalogBusy, translate(
            "CatalogErrors", "The catalog is open for editing in another window.")),
        (errors.CatalogReplaced, translate(
            "CatalogErrors", "The catalog file was replaced meanwhile (restored or rebuilt).")),
        (OSError, translate("CatalogErrors", "The file cannot be read.")),
    ]
    for kind, sentence in kinds:
        if isinstance(error, kind):
            return sentence
    return translate("CatalogErrors", "The catalog cannot be used.")


def read_only_reason(reason: str | None) -> str:
    """Why editing is off, in the interface language (the store's reasons)."""
    role = re.fullmatch(r"the database user (.+) may only read this catalog", reason or "")
    if role:  # a server catalog opened by a role without write rights (pg/opening.py)
        return translate("CatalogErrors", "the database user %1 may only read this catalog"
                         ).replace("%1", role.group(1))
    known = {
        "the server is read-only (a standby)": translate(
            "CatalogErrors", "the server is read-only (a standby)"),
        "opened read-only": translate("CatalogErrors", "opened read-only"),
        "the catalog file or its folder is read-only": translate(
            "CatalogErrors", "the catalog file or its folder is read-only"),
    }
    return known.get(reason or "", reason or "")


def store_line(error: BaseException | str) -> str:
    """The store's one-line reason, in the interface language where it is a known line (the
    rest, such as a path or the server's own words, stays as the store said it)."""
    line = str(error)
    known = {
        "lost the connection to the catalog's server; nothing was saved, try again": translate(
            "CatalogErrors", "the connection to the catalog's server was lost; nothing was "
            "saved. The editor reconnects by itself: save again once the server is back"),
    }
    return known.get(line, line)

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
        (errors.CatalogDamaged, damaged_catalog()),
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


def damaged_catalog(certain: bool = True) -> str:
    """What a damaged catalog means and where the way back really is: the editor refuses a
    damaged file (its File ▸ Restore cannot reach it), so the restore is the terminal's."""
    first = translate("CatalogErrors", "The catalog file is damaged; only a backup can bring it "
                      "back.") if certain else translate(
        "CatalogErrors", "The catalog file may be damaged; then only a backup can bring it back.")
    return first + " " + translate(
        "CatalogErrors", "The catalog editor cannot open a damaged file: a backup is restored "
        "from a terminal, with the command gallery restore (the backups are kept in the folder "
        "“backups” beside the catalog). If someone else looks after this catalog, tell them.")


def image_problem(error: BaseException | str) -> str:
    """Why a work's picture cannot be shown, in the interface language (the imaging core's
    exact English line is for Show Details and tooltips)."""
    kind = getattr(error, "kind", None)
    if isinstance(error, OSError):  # read before the decoder saw it (its checksum, say)
        kind = "missing" if isinstance(error, FileNotFoundError) else "unreadable"
    if kind == "misnamed":
        content, named = getattr(error, "formats", None) or ("", "")
        if named:
            return translate("ImageErrors", "the file holds a %1 picture, but its name says "
                             "%2.").replace("%1", content).replace("%2", named)
        return translate("ImageErrors", "the file holds a %1 picture, but its name does not "
                         "say so.").replace("%1", content)
    sentences = {
        "missing": translate("ImageErrors", "the file is not where the catalog says (moved or "
                             "deleted?)."),
        "unreadable": translate("ImageErrors", "the file cannot be read."),
        "empty": translate("ImageErrors", "the file is empty."),
        "not-accepted": translate("ImageErrors", "the file is not a kind of picture the "
                                  "gallery shows."),
        "too-large": translate("ImageErrors", "the picture is too large to show."),
    }
    return sentences.get(str(kind), translate("ImageErrors",
                                              "the file is damaged or cut short."))


def read_only_reason(reason: str | None) -> str:
    """Why editing is off, in the interface language (the store's reasons)."""
    role = re.fullmatch(r"the database user (.+) may only read this catalog", reason or "")
    if role:  # a server catalog opened by a role without write rights (pg/opening.py)
        return translate("CatalogErrors", "the database user %1 may only read this catalog"
                         ).replace("%1", role.group(1))
    lacking = _LACKS.fullmatch(reason or "")
    if lacking:  # a curator's login missing some GRANTs (pg/opening.py): named at opening
        return _lacks_words(lacking.group(1), lacking.group(2))
    known = {
        "the server is read-only (a standby)": translate(
            "CatalogErrors", "the server is read-only (a standby)"),
        "opened read-only": translate("CatalogErrors", "opened read-only"),
        "the catalog file or its folder is read-only": translate(
            "CatalogErrors", "the catalog file or its folder is read-only"),
    }
    return known.get(reason or "", reason or "")


# The store's words for a login missing a curator's GRANTs: at opening (the read-only reason)
# and at a save the server refused (a GRANT revoked meanwhile): "… lacks write rights on the
# server (CAUSE); …"
_LACKS = re.compile(r"(?:.*: )?the database user (\S+) lacks write rights on the server "
                    r"\((.+?)\); (?:nothing saved — )?ask the administrator.*")
_TABLE = re.compile(r"(?:no INSERT, UPDATE, DELETE on|permission denied for) table (\S+)")
_SEQUENCE = re.compile(r"(?:no USAGE, UPDATE on|permission denied for) sequence (\S+)")


def _lacks_words(user: str, cause: str) -> str:
    """The missing right as pg/opening.py names it or as the server says it, translated."""
    if table := _TABLE.fullmatch(cause.strip()):
        cause = translate("CatalogErrors", "no right to change the table %1"
                          ).replace("%1", table.group(1))
    elif sequence := _SEQUENCE.fullmatch(cause.strip()):
        cause = translate("CatalogErrors", "no right to use the sequence %1 (it numbers new "
                          "rows)").replace("%1", sequence.group(1))
    return translate("CatalogErrors", "the database user %1 lacks write rights on the server: "
                     "%2. Ask the administrator for a curator's GRANTs (README, 'A team "
                     "catalog')").replace("%1", user).replace("%2", cause)


def store_line(error: BaseException | str) -> str:
    """The store's one-line reason, in the interface language where it is a known line (the
    rest, such as a path or the server's own words, stays as the store said it)."""
    line = str(error)
    lacking = _LACKS.fullmatch(line)
    if lacking:  # the URL is left out: the window's title names the catalog
        return _lacks_words(lacking.group(1), lacking.group(2))
    known = {
        "lost the connection to the catalog's server; nothing was saved, try again": translate(
            "CatalogErrors", "the connection to the catalog's server was lost; nothing was "
            "saved. The editor reconnects by itself: save again once the server is back"),
    }
    return known.get(line, line)

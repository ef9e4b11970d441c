"""The curator's name: asked once, kept, changeable (File ▸ Your name…).

Changes, drafts, conflicts and the "being edited elsewhere" notice say who made them with this
name (gallery.catalog.curator keeps it), never the computer's login. On a team server the
database login (role) signs instead: the server knows it, anyone could type a name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...catalog import curator


def tr(text: str) -> str:
    return QCoreApplication.translate("CuratorName", text)


def ask_if_unknown(window: Any) -> None:
    """At start: when no name was given or kept, ask for it once (and keep it)."""
    if window.context.service.catalog.on_server:
        return  # the role signs; nothing to ask
    if window._who is None and window.context.who == curator.UNNAMED:
        change_name(window, first=True)


def change_name(window: Any, first: bool = False) -> None:
    """Ask for the curator's name; keep it and sign this window's changes with it. On a
    server, say which role signs (read-only) and why."""
    catalog = window.context.service.catalog
    if catalog.on_server:
        role = catalog.server_role or window.context.who
        window.context.prompts.inform(window, tr("Your name"), tr(
            "On the team server your changes, their history and the “being edited” notices "
            "are signed with your database login (role): %s.\n\nThe server itself vouches "
            "for the login, so it cannot be changed here; to sign as someone else, open the "
            "catalog with that person's login.") % role)
        return
    current = "" if window.context.who == curator.UNNAMED else window.context.who
    question = tr("Your name signs the changes you make in this catalog, its history and "
                  "your drafts. It is kept on this computer; File ▸ Your name… changes it.")
    while True:
        typed = window.context.prompts.ask_text(window, tr("Your name"), question, current)
        if typed is None:
            if first:
                window.say(tr("Your changes are signed “%s” until you give your name "
                              "(File ▸ Your name…).") % curator.UNNAMED)
            return
        try:
            name = curator.save_name(typed)
        except curator.BadCuratorName as error:
            question = tr("That name cannot be used (%s). Your name:") % error
            current = typed
            continue
        except OSError as error:  # the config folder is read-only: sign this session only
            name = curator.clean_name(typed)
            window.say(tr("Your name could not be kept (%s); it signs this session's "
                          "changes.") % error, "warning")
        set_name(window, name)
        window.say(tr("Changes are now signed “%s”.") % name)
        return


def set_name(window: Any, name: str) -> None:
    window._who = name
    window.context.service.catalog.who = name

"""Whole phrases about a kind of record ("New person", "Give the person a name."), one per kind.

Built as "New %s" % "person", the Russian came out «Новая запись: person» — an English noun,
and no case to fit the sentence. Each phrase is therefore translated whole, so the Russian
can put its noun in the case the sentence needs («Дайте человеку имя.»).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_NEW = {"people": QT_TRANSLATE_NOOP("KindWords", "New person"),
        "missions": QT_TRANSLATE_NOOP("KindWords", "New mission"),
        "exhibitions": QT_TRANSLATE_NOOP("KindWords", "New exhibition"),
        "sources": QT_TRANSLATE_NOOP("KindWords", "New source"),
        "agents": QT_TRANSLATE_NOOP("KindWords", "New organisation")}
_GIVE_NAME = {"people": QT_TRANSLATE_NOOP("KindWords", "Give the person a name."),
              "missions": QT_TRANSLATE_NOOP("KindWords", "Give the mission a name."),
              "exhibitions": QT_TRANSLATE_NOOP("KindWords", "Give the exhibition a title."),
              "sources": QT_TRANSLATE_NOOP("KindWords", "Give the source its citation."),
              "agents": QT_TRANSLATE_NOOP("KindWords", "Give the organisation a name.")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("KindWords", text)


def new_record_title(table: str) -> str:
    """'New person', in the interface language."""
    return _tr(_NEW.get(table, "New record"))


def give_a_name(table: str) -> str:
    """'Give the person a name.', in the interface language."""
    return _tr(_GIVE_NAME.get(table, "Give the record a name."))

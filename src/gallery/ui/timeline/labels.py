"""Controlled values of missions said in the reader's language, from the catalog's terms.

A mission stores codes (status `replaced`, crew role `flight-engineer`, work link `depicts`);
the loaders, on the catalog worker, copy each term's English and Russian label beside its code
(`status_label` / `status_label_ru` …), so the views pick them like any text per language.
A code with no term (an older catalog) reads in the interface's own words instead.
"""

from __future__ import annotations

from typing import Any

from ...catalog.terms import Vocabulary
from .style import link_word, localized, status_word


def _put(record: dict[str, Any], field: str, vocabulary: Vocabulary, scheme: str,
         code: Any) -> None:
    term = vocabulary.find(scheme, str(code or ""))
    if term is not None:
        record[field] = term.label
        record[f"{field}_ru"] = term.label_ru or term.label


def label_mission(mission: dict[str, Any], vocabulary: Vocabulary) -> dict[str, Any]:
    """A copy of the mission with the labels of its status, crew roles and work links."""
    out = dict(mission)
    _put(out, "status_label", vocabulary, "mission_status", out.get("status"))
    out["crew"] = [dict(member) for member in out.get("crew") or []]
    for member in out["crew"]:
        _put(member, "role_label", vocabulary, "role", member.get("role"))
    out["works"] = [dict(work) for work in out.get("works") or []]
    for work in out["works"]:
        _put(work, "link_label", vocabulary, "link_kind", work.get("link"))
    return out


def status_text(record: dict[str, Any], lang: str) -> str:
    """'полёт отменён' / 'cancelled': the term's label, else the interface's word."""
    return localized(record, "status_label", lang) or status_word(record.get("status"))


def role_text(member: dict[str, Any], lang: str) -> str:
    """'бортинженер («Союз»)': the role's label with the note in the same language."""
    role = localized(member, "role_label", lang) or str(member.get("role") or "")
    note = localized(member, "role_note", lang)
    if role and note:
        return f"{role} ({note})"
    return role or note


def link_text(work: dict[str, Any], lang: str) -> str:
    return localized(work, "link_label", lang) or link_word(work.get("link"))


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]

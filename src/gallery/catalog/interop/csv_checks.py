"""Checks a CSV row's controlled values against the catalog: term ids, codes, qualifiers.

A spreadsheet user types ids by hand, so an id the catalog does not know is refused with its
column, never saved as a term nobody can label. A catalog without terms (older, or a test's)
has nothing to check a code against, and then only the fixed qualifiers are checked.
"""

from __future__ import annotations

from typing import Any

from ..date_text import QUALIFIERS
from ..terms import Vocabulary

_TERM_LISTS = {"medium_terms": "medium", "support_terms": "support"}
_CODES = {"work_type": "work_type", "title_status": "title_status",
          "title_ru_status": "title_status"}


def code_problems(record: dict[str, Any], vocabulary: Vocabulary,
                  columns: set[str]) -> list[str]:
    """One reason per value of the row's columns that names no term of its scheme."""
    reasons = []
    qualifier = record.get("date_qualifier")
    if "date_qualifier" in columns and qualifier and qualifier not in QUALIFIERS:
        reasons.append(f"date_qualifier: {qualifier!r} is none of {', '.join(QUALIFIERS)}")
    for column, scheme in _TERM_LISTS.items():
        known = {t.id for t in vocabulary.scheme(scheme)}
        if column in columns and known:
            for term_id in record.get(column) or []:
                if term_id not in known:
                    reasons.append(f"{column}: there is no {scheme} term {term_id!r}")
    for column, scheme in _CODES.items():
        codes = {t.code for t in vocabulary.scheme(scheme)}
        value = record.get(column)
        if column in columns and codes and value and value not in codes:
            reasons.append(f"{column}: {value!r} is not a {scheme.replace('_', ' ')} code")
    return reasons

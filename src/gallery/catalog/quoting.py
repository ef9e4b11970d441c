"""Quotation marks around a catalog text that may carry its own.

A Russian title often holds guillemets already («Луноход-1» в кратере); wrapping it in another
pair gives ««Луноход-1» в кратере», which reads as a typo. A text that already quotes keeps
its own marks and gets none around it.
"""

from __future__ import annotations

OWN_MARKS = ("«", "»", "“", "”", "„")


def has_own_quotes(text: str) -> bool:
    return any(mark in text for mark in OWN_MARKS)


def quoted(text: str, opening: str = "«", closing: str = "»") -> str:
    """`text` between `opening` and `closing`, unless it already holds quotation marks."""
    return text if has_own_quotes(text) else f"{opening}{text}{closing}"


def fill_title(template: str, title: str) -> str:
    """A translated message's `%s` filled with `title`; when the title brings its own quotes
    the message's pair around `%s` («%s», “%s”, "%s") is left out."""
    if has_own_quotes(title):
        for pair in ("«%s»", "“%s”", '"%s"'):
            template = template.replace(pair, "%s")
    return template.replace("%s", title, 1)

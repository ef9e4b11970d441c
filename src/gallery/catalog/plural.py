"""A count with its noun in the right number: '1 work', '2 works'; in Russian by the number's
last digits ('1 работа', '3 работы', '5 работ', '11 работ'). Qt-free."""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """'1 work' / '2 works' (`many` when the plural is not `one` + 's')."""
    return f"{n} {one if n == 1 else (many if many is not None else one + 's')}"


def counted_ru(n: int, one: str, few: str, many: str) -> str:
    """'1 работа', '2 работы', '5 работ' (21 like 1, 22–24 like 2, 11–14 like 5)."""
    tens, last = abs(n) % 100, abs(n) % 10
    if last == 1 and tens != 11:
        word = one
    elif 2 <= last <= 4 and not 12 <= tens <= 14:
        word = few
    else:
        word = many
    return f"{n} {word}"

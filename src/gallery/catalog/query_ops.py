"""The operators a visitor may type in the search box: OR between words, NOT word or -word to
leave works out; AND is what words do anyway. Written in capitals (OR, NOT, AND; ИЛИ, НЕ, И
in Russian), so "or" and "не" in a title stay words; a search of operators alone is no
search. The words themselves are read by wordforms; nothing here reaches FTS5 syntax."""

from __future__ import annotations

from dataclasses import dataclass

OR_WORDS = frozenset({"OR", "ИЛИ", "|"})
NOT_WORDS = frozenset({"NOT", "НЕ"})
AND_WORDS = frozenset({"AND", "И", "&"})
MAX_TYPED = 2000  # as wordforms reads a query


@dataclass(frozen=True)
class Typed:
    """A typed query taken apart: `alternatives`, each a text whose words must all match (a
    work matches one of them); `excluded`, words whose works are left out; `operators`,
    whether any operator was typed (without one the text is read as it always was)."""

    alternatives: tuple[str, ...]
    excluded: tuple[str, ...]
    operators: bool

    @property
    def only_operators(self) -> bool:
        """Operators and nothing to search for ("OR", "NOT"): no query at all."""
        return self.operators and not self.alternatives and not self.excluded


def parse(typed: str) -> Typed:
    alternatives: list[list[str]] = [[]]
    excluded: list[str] = []
    operators = negate = False
    for token in typed[:MAX_TYPED].split():
        if token in OR_WORDS:
            operators, negate = True, False
            alternatives.append([])
        elif token in AND_WORDS:
            operators = True
        elif token in NOT_WORDS:
            operators = negate = True
        elif len(token) > 1 and token[0] == "-" and token[1].isalpha():
            operators = True
            excluded.append(token[1:])
        elif negate:
            excluded.append(token)
            negate = False
        else:
            alternatives[-1].append(token)
    return Typed(tuple(" ".join(words) for words in alternatives if words), tuple(excluded),
                 operators)


def positive_text(typed: str) -> str:
    """The words that find works (every alternative's), for highlighting and snippets."""
    parsed = parse(typed)
    return " ".join(parsed.alternatives) if parsed.operators else typed

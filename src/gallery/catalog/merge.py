"""Three-way merge of a list field (provenance events, people, missions, sources, subjects …).

Two curators edited the same record from the same base. A list is merged item by item: an item
only one side changed is taken from that side, items either side added are kept, items one side
removed (and the other left alone) go, and only an item both sides changed differently is a
conflict — for a dict item, field by field, so a note changed on one side and a date on the
other merge without a question. Items are matched by `identity` (e.g. the person of a link) or,
for items without one (events, keywords), by their place in the list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

Identity = Callable[[Any], Hashable]


@dataclass
class ItemConflict:
    """An item both sides changed differently (or one changed and the other removed)."""

    position: int  # index in `ListMerge.items`
    base: Any
    mine: Any  # None: removed on my side
    theirs: Any  # None: removed on their side
    fields: list[str] = field(default_factory=list)  # dict items: the keys in dispute


@dataclass
class ListMerge:
    """The merged list with each conflict still open; `resolve` closes them."""

    items: list[Any]  # conflicted positions hold a placeholder until resolved
    conflicts: list[ItemConflict]
    taken: dict[str, int] = field(default_factory=lambda: {"mine": 0, "theirs": 0})

    def resolve(self, choices: dict[tuple[int, str], str] | None = None,
                default: str = "mine") -> list[Any]:
        """The merged list; `choices[(conflict_index, key)]` is "mine" or "theirs" for a
        field of a dict item (key "" for a whole item)."""
        choices = choices or {}
        out = list(self.items)
        drop: set[int] = set()
        for number, conflict in enumerate(self.conflicts):
            if conflict.fields:
                value = dict(out[conflict.position])
                for key in conflict.fields:
                    side = choices.get((number, key), default)
                    source = conflict.mine if side == "mine" else conflict.theirs
                    value[key] = source.get(key)
                out[conflict.position] = value
            else:
                side = choices.get((number, ""), default)
                chosen = conflict.mine if side == "mine" else conflict.theirs
                if chosen is None:
                    drop.add(conflict.position)
                else:
                    out[conflict.position] = chosen
        return [item for i, item in enumerate(out) if i not in drop]


def _token(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def _side(base: list[Any], side: list[Any], identity: Identity | None
          ) -> tuple[dict[int, tuple[str, Any]], dict[int, list[Any]]]:
    """What one side did to each base item ("same", "changed", "removed") and what it
    inserted before each base index (len(base): at the end)."""
    key = (lambda item: _token(identity(item))) if identity else _token
    matcher = SequenceMatcher(None, [key(i) for i in base], [key(i) for i in side],
                              autojunk=False)
    fate: dict[int, tuple[str, Any]] = {}
    inserted: dict[int, list[Any]] = {}
    for op, b1, b2, s1, s2 in matcher.get_opcodes():
        if op == "equal":
            for offset in range(b2 - b1):
                item = side[s1 + offset]
                same = _token(item) == _token(base[b1 + offset])
                fate[b1 + offset] = ("same" if same else "changed", item)
            continue
        paired = min(b2 - b1, s2 - s1) if op == "replace" else 0
        for offset in range(paired):  # a replaced item in the same place is a changed one
            fate[b1 + offset] = ("changed", side[s1 + offset])
        for index in range(b1 + paired, b2):
            fate[index] = ("removed", None)
        if s1 + paired < s2:
            inserted.setdefault(b2, []).extend(side[s1 + paired:s2])
    return fate, inserted


def _merge_fields(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]
                  ) -> tuple[dict[str, Any], list[str]]:
    out, disputed = dict(base), []
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == t:
            out[key] = m
        elif m == b:
            out[key] = t
        elif t == b:
            out[key] = m
        else:
            out[key] = m
            disputed.append(key)
    return out, disputed


def merge_lists(base: list[Any] | None, mine: list[Any] | None, theirs: list[Any] | None,
                identity: Identity | None = None) -> ListMerge:
    """Merge `mine` and `theirs`, both edited from `base`, item by item."""
    base, mine, theirs = list(base or []), list(mine or []), list(theirs or [])
    my_fate, my_new = _side(base, mine, identity)
    their_fate, their_new = _side(base, theirs, identity)
    result = ListMerge([], [])

    def add_inserts(index: int) -> None:
        seen = {_token(i) for i in my_new.get(index, [])}
        for item in my_new.get(index, []):
            result.items.append(item)
            result.taken["mine"] += 1
        for item in their_new.get(index, []):
            if _token(item) not in seen:  # both added the same item: keep it once
                result.items.append(item)
                result.taken["theirs"] += 1

    for index, original in enumerate(base):
        add_inserts(index)
        (mine_did, my_item), (theirs_did, their_item) = my_fate[index], their_fate[index]
        if theirs_did == "same" or (mine_did == theirs_did and _token(my_item) == _token(
                their_item)):
            if mine_did != "removed":
                result.items.append(my_item)
            result.taken["mine"] += mine_did != "same"
        elif mine_did == "same":
            if theirs_did != "removed":
                result.items.append(their_item)
            result.taken["theirs"] += 1
        elif "removed" not in (mine_did, theirs_did) and all(
                isinstance(x, dict) for x in (original, my_item, their_item)):
            merged, disputed = _merge_fields(original, my_item, their_item)
            result.items.append(merged)
            if disputed:
                result.conflicts.append(ItemConflict(len(result.items) - 1, original, my_item,
                                                     their_item, disputed))
        else:  # changed on both sides, or changed on one and removed on the other
            result.items.append(my_item if my_item is not None else their_item)
            result.conflicts.append(ItemConflict(len(result.items) - 1, original, my_item,
                                                 their_item))
    add_inserts(len(base))
    return result

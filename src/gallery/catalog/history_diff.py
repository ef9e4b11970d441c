"""What one history row changed, field by field and, in list fields, item by item (Qt-free).

`diff_record(before, after)` compares the two record snapshots a history row stores and returns
one *field change* per field that differs (bookkeeping such as `version` left out):

    {"field": "provenance", "label": {"en": "Provenance", "ru": "Провенанс"},
     "kind": "list",                      # "text" | "value" | "list"
     "before": [...], "after": [...],     # the whole old and new values
     "words": None,                       # text fields: changed-word spans (see word_spans)
     "items": [item change, ...]}         # list fields only

An *item change* says what happened to one element of a list (people, provenance events,
mission links, sources, literature, relations, other titles, facts …):

    {"change": "added" | "removed" | "moved" | "changed",
     "moved": bool,                       # a changed item may also have moved
     "key": "110",                        # what identifies the item (event id, person id …)
     "before_index": 0, "after_index": 1, # positions (None when absent on that side)
     "label": {"en": "Event 1: gift", "ru": "Событие 1: дар"},
     "before": {...}, "after": {...},
     "fields": [field change, ...]}       # a changed dict item: which of its fields, old/new

Items are matched by their identifying field (`event_id`, `person_id`, `mission_id`, `key` …),
else by equal value; a leftover old and new item of a list without ids that are mostly alike
are one changed item (a reworded fact), not a removal and an addition. An item is *moved* when
it is not among the longest run of items that kept their order.

`word_spans(old, new)` splits two texts into runs of words marked changed or not, for a view
to highlight: {"before": [["The ", False], ["old", True], ...], "after": [...]}.

Labels are the editor form's labels in both languages (`field_labels`); `names`, when given,
turns linked ids into readable names for item labels: names(field, id) -> {"en", "ru"} | None.
"""

from __future__ import annotations

import bisect
import difflib
import json
import re
from collections.abc import Callable
from typing import Any

from .field_labels import label, labels

NOT_CONTENT = frozenset({"version", "updated_at", "created_at"})
# The field that identifies an item of a list of records, first one present wins.
ID_FIELDS = ("event_id", "person_id", "mission_id", "exhibition_id", "other_id", "book_id",
             "source_id", "work_id", "key", "id")
# Lists of plain strings that are ids (a different string is a different item, never a
# reworded one); other string lists (facts, subjects, catalogue numbers) hold free text.
REFERENCE_LISTS = frozenset({"sources", "holder_sources", "medium_terms", "support_terms",
                             "roles", "supports", "works"})
_ITEM_NOUN = {"provenance": ("Event", "Событие")}
_ALIKE = 0.5  # leftover items at least this alike are one changed item

Names = Callable[[str, str], "dict[str, str] | None"]
Json = Any


def diff_record(before: dict[str, Json] | None, after: dict[str, Json] | None, *,
                names: Names | None = None) -> list[dict[str, Json]]:
    """The field changes between two snapshots of a record, in field-name order."""
    before, after = before or {}, after or {}
    out = []
    for field in sorted((set(before) | set(after)) - NOT_CONTENT):
        old, new = before.get(field), after.get(field)
        if old != new:
            out.append(field_change(field, old, new, names))
    return out


def field_change(field: str, old: Json, new: Json,
                 names: Names | None = None) -> dict[str, Json]:
    """One field's change: its labels, old and new values, and word spans or item changes."""
    change: dict[str, Json] = {"field": field, "label": labels(field), "before": old,
                               "after": new, "words": None, "items": None}
    if isinstance(old, list) or isinstance(new, list):
        change["kind"] = "list"
        change["items"] = list_changes(field, old or [], new or [], names)
    elif isinstance(old, str | None) and isinstance(new, str | None) and (old or new):
        change["kind"] = "text"
        change["words"] = word_spans(old or "", new or "")
    else:
        change["kind"] = "value"
    return change


# -- lists --------------------------------------------------------------------------------------
def list_changes(field: str, old: list[Json], new: list[Json],
                 names: Names | None = None) -> list[dict[str, Json]]:
    """Item changes of one list field, in the new list's order, removed items where they were."""
    id_field = _id_field(old + new)
    old_keys, new_keys = _keys(old, id_field), _keys(new, id_field)
    new_at = {key: i for i, key in enumerate(new_keys)}
    pairs = [(i, new_at[key]) for i, key in enumerate(old_keys) if key in new_at]
    gone = [i for i, key in enumerate(old_keys) if key not in new_at]
    old_at = set(old_keys)
    fresh = [j for j, key in enumerate(new_keys) if key not in old_at]
    if id_field is None and field not in REFERENCE_LISTS:
        pairs += _pair_alike(old, new, gone, fresh)
    kept = _in_order(sorted(pairs))
    items: list[dict[str, Json]] = []
    for i, j in pairs:
        moved = (i, j) not in kept
        if old[i] == new[j] and not moved:
            continue
        kind = "changed" if old[i] != new[j] else "moved"
        items.append(_item(field, kind, moved, old_keys[i], i, j, old[i], new[j], names))
    items += [_item(field, "added", False, new_keys[j], None, j, None, new[j], names)
              for j in fresh]
    items += [_item(field, "removed", False, old_keys[i], i, None, old[i], None, names)
              for i in gone]
    items.sort(key=lambda it: (it["after_index"] if it["after_index"] is not None
                               else it["before_index"] - 0.5))
    return items


def _id_field(items: list[Json]) -> str | None:
    dicts = [item for item in items if isinstance(item, dict)]
    if not dicts:
        return None
    for name in ID_FIELDS:
        if all(item.get(name) is not None for item in dicts):
            return name
    return None


def _keys(items: list[Json], id_field: str | None) -> list[str]:
    """A key per item; the nth repeat of a key gets '#n' so duplicates pair in order."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        if id_field and isinstance(item, dict):
            base = str(item[id_field])
        else:
            base = item if isinstance(item, str) else json.dumps(item, sort_keys=True,
                                                                  ensure_ascii=False)
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return out


def _pair_alike(old: list[Json], new: list[Json], gone: list[int],
                fresh: list[int]) -> list[tuple[int, int]]:
    """Pair leftover old and new items that are mostly alike (best matches first); the
    paired ones are taken out of `gone` and `fresh`."""
    scored = sorted(((_alike(old[i], new[j]), i, j) for i in gone for j in fresh),
                    key=lambda s: -s[0])
    pairs, used_old, used_new = [], set(), set()
    for score, i, j in scored:
        if score >= _ALIKE and i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    gone[:] = [i for i in gone if i not in used_old]
    fresh[:] = [j for j in fresh if j not in used_new]
    return pairs


def _alike(a: Json, b: Json) -> float:
    if isinstance(a, dict) and isinstance(b, dict):
        fields = set(a) | set(b)
        return sum(a.get(f) == b.get(f) for f in fields) / max(len(fields), 1)
    if isinstance(a, str) and isinstance(b, str):
        return difflib.SequenceMatcher(None, _tokens(a), _tokens(b), autojunk=False).ratio()
    return 0.0


def _in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest run of pairs (sorted by old index) whose new indexes also rise."""
    best: list[int] = []  # best[k]: index into pairs ending a rising run of length k+1
    before: list[int | None] = [None] * len(pairs)
    tails: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            best.append(n)
        else:
            tails[k] = j
            best[k] = n
        before[n] = best[k - 1] if k else None
    run: set[tuple[int, int]] = set()
    at = best[-1] if best else None
    while at is not None:
        run.add(pairs[at])
        at = before[at]
    return run


def _item(field: str, change: str, moved: bool, key: str, i: int | None, j: int | None,
          old: Json, new: Json, names: Names | None) -> dict[str, Json]:
    shown = new if new is not None else old
    position = j if j is not None else i
    fields = None
    words = None
    if change == "changed" and isinstance(old, dict) and isinstance(new, dict):
        fields = diff_record(old, new, names=names)
    elif change == "changed" and isinstance(old, str) and isinstance(new, str):
        words = word_spans(old, new)
    return {"change": change, "moved": moved, "key": key.split("#")[0], "before_index": i,
            "after_index": j, "label": item_label(field, shown, position or 0, names),
            "before": old, "after": new, "fields": fields, "words": words}


def item_label(field: str, item: Json, position: int,
               names: Names | None = None) -> dict[str, str]:
    """A readable name for a list item in both languages: 'Event 2: gift, 1965', a linked
    record's name (with its role or link kind), or the item's own text."""
    out = {}
    for at, lang in enumerate(("en", "ru")):
        if isinstance(item, dict):
            text = _dict_label(field, item, lang, names)
        else:
            text = _name(names, field, str(item), lang) or str(item)
        noun = _ITEM_NOUN.get(field)
        out[lang] = f"{noun[at]} {position + 1}: {text}" if noun else text
    return out


def _dict_label(field: str, item: dict[str, Json], lang: str, names: Names | None) -> str:
    if field == "provenance":
        from .provenance import KIND_LABELS

        kind = KIND_LABELS[lang].get(item.get("kind") or "", item.get("kind") or "?")
        date = item.get("date_display_ru" if lang == "ru" else "date_display")
        party = _name(names, "party", item.get("party"), lang)
        return ", ".join(str(x) for x in (kind, party, date) if x)
    for name in ID_FIELDS:
        if item.get(name):
            readable = _name(names, name, str(item[name]), lang) or str(item[name])
            for kind in ("role", "link", "relation"):
                if item.get(kind):
                    return f"{readable} ({_name(names, kind, str(item[kind]), lang)})"
            return readable
    text = item.get("text") or item.get("label") or item.get("value")
    if text:
        return str(text)
    return ", ".join(f"{label(k, lang)}: {v}" for k, v in item.items() if v not in (None, ""))


def _name(names: Names | None, field: str, value: str | None, lang: str) -> str | None:
    if not value or names is None:
        return value
    found = names(field, value)
    return (found or {}).get(lang) or value


# -- words --------------------------------------------------------------------------------------
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_spans(old: str, new: str) -> dict[str, list[list[Json]]]:
    """Both texts as runs [text, changed]: words that differ are marked on each side."""
    a, b = _tokens(old), _tokens(new)
    before: list[list[Json]] = []
    after: list[list[Json]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = op != "equal"
        _append(before, "".join(a[i1:i2]), changed)
        _append(after, "".join(b[j1:j2]), changed)
    return {"before": before, "after": after}


def _append(runs: list[list[Json]], text: str, changed: bool) -> None:
    if not text:
        return
    if changed:  # whitespace around changed words is not highlighted
        core = text.strip()
        if not core:
            _append(runs, text, False)
            return
        start = text.index(core)
        _append(runs, text[:start], False)
        _add(runs, core, True)
        _append(runs, text[start + len(core):], False)
        return
    _add(runs, text, False)


def _add(runs: list[list[Json]], text: str, changed: bool) -> None:
    if not text:
        return
    if runs and runs[-1][1] == changed:
        runs[-1][0] += text
    else:
        runs.append([text, changed])


def changed_words(spans: dict[str, list[list[Json]]], side: str = "after") -> list[str]:
    """The highlighted runs of one side, stripped: what a reader's eye should land on."""
    return [text.strip() for text, changed in spans[side] if changed and text.strip()]

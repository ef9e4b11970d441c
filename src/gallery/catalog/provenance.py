"""Provenance: what each event kind moves, who holds a work now, and the readable paragraph.

Ownership and custody are kept apart as Linked Art does: a sale or gift moves title, a loan or an
exhibition moves only custody. The current holder is derived from the ordered events, never typed
twice. The paragraph follows the Carnegie Museum of Art provenance standard: "Possibly" before an
uncertain party, "?" after a probable one, ";" where a transfer is known to be direct and "."
where it is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# What each kind of event moves. "gap" is the explicit unknown stretch of custody.
EVENT_KINDS: dict[str, str] = {
    "created": "ownership",
    "gift": "ownership",
    "sale": "ownership",
    "bequest": "ownership",
    "acquired": "ownership",
    "held": "ownership",        # a record of who holds it, without the transfer being known
    "loan": "custody",
    "exhibited": "custody",
    "reproduced": "none",
    "published": "none",
    "offered": "none",          # offered for sale or at auction: no change of owner is known
    "gap": "unknown",
    "edition": "unknown",       # printed in an edition: copies in many collections
}

KIND_LABELS = {
    "en": {
        "created": "created", "gift": "gift", "sale": "sale", "bequest": "bequest",
        "acquired": "acquired", "held": "held in a collection", "loan": "loan",
        "exhibited": "exhibited", "reproduced": "reproduced", "published": "published",
        "offered": "offered for sale", "gap": "gap — whereabouts unknown",
        "edition": "edition — copies in many collections",
    },
    "ru": {
        "created": "создание", "gift": "дар", "sale": "продажа", "bequest": "завещание",
        "acquired": "приобретение", "held": "хранение в собрании", "loan": "временная передача",
        "exhibited": "экспонирование", "reproduced": "воспроизведение",
        "published": "публикация", "offered": "предложено к продаже",
        "edition": "тираж — экземпляры во многих собраниях",
        "gap": "пробел — местонахождение неизвестно",
    },
}  # fmt: skip

_WORDS = {
    "en": {"possibly": "Possibly ", "gap": "whereabouts unknown", "unknown": "unknown",
           "edition": "edition; copies in many collections",
           "lent": "lent by {}", "to": "to", "exhibited": "exhibited by ", "created": "the artist",
           "sold": "sold through ", "none": "No provenance is recorded."},
    "ru": {"possibly": "Возможно, ", "gap": "местонахождение неизвестно",
           "edition": "тираж; экземпляры во многих собраниях",
           "unknown": "неизвестно", "lent": "предоставлено владельцем: {}", "to": "—",
           "exhibited": "экспонировалось: ",
           "created": "автор", "sold": "продано через: ", "none": "Провенанс не записан."},
}  # fmt: skip


def transfers_for(kind: str) -> str:
    return EVENT_KINDS.get(kind, "none")


def derive_holder(events: Sequence[dict[str, Any]]) -> tuple[str | None, str]:
    """Return (current owner, certainty) from ordered events; a trailing gap means unknown."""
    holder: str | None = None
    certainty = "unknown"
    for event in events:
        moves = event.get("transfers") or transfers_for(event["kind"])
        if moves == "ownership":
            holder = event.get("holder") or None
            certainty = event.get("certainty", "unknown") if holder else "unknown"
        elif moves == "unknown":
            holder, certainty = None, "unknown"
    return holder, certainty


_HOLDER_LINES = {
    "en": {"none": "Current holder unknown", "certain": "Held by {}",
           "probable": "Probably held by {}", "possibly": "Possibly held by {}",
           "unknown": "Perhaps held by {} (how certain is not recorded)"},
    "ru": {"none": "Нынешний владелец неизвестен", "certain": "Владелец: {}",
           "probable": "Вероятный владелец: {}", "possibly": "Возможный владелец: {}",
           "unknown": "Возможно, владелец: {} (степень достоверности не указана)"},
}


def holder_line(holder: str | None, certainty: str | None, lang: str = "en") -> str:
    """The current holder with how certain it is, in words that cannot be misread: never
    "State Tretyakov Gallery (unknown)", which reads as if the holder were unknown."""
    words = _HOLDER_LINES["ru" if lang == "ru" else "en"]
    if not holder:
        return words["none"]
    return words.get(certainty or "unknown", words["unknown"]).format(holder)


def derive_custodian(events: Sequence[dict[str, Any]]) -> str | None:
    """Who physically had the work last, where that differs from the owner (a loan)."""
    custodian = None
    for event in events:
        moves = event.get("transfers") or transfers_for(event["kind"])
        if moves == "custody" and event["kind"] == "loan":
            custodian = event.get("holder")
        elif moves in ("ownership", "unknown"):
            custodian = None
    return custodian


_NO_DATE = {"unknown", "date unknown", "undated", "неизвестно"}


def local(event: dict[str, Any], field: str, lang: str) -> str:
    """A field in the reader's language: `x_ru` in Russian when it has text, else `x`."""
    if lang == "ru" and str(event.get(f"{field}_ru") or "").strip():
        return str(event[f"{field}_ru"]).strip()
    return str(event.get(field) or "").strip()


def party_name(event: dict[str, Any], which: str, lang: str) -> str:
    """The party's or holder's name (records enriched by the store carry names per language;
    anything else shows the stored value itself)."""
    named = local(event, f"{which}_name", lang)
    return named or str(event.get(which) or "").strip()


def _entry(event: dict[str, Any], lang: str) -> str:
    words = _WORDS[lang]
    kind = event["kind"]
    date = local(event, "date_display", lang)
    if date.lower() in _NO_DATE or date in ("date unknown", "дата неизвестна"):
        date = ""
    if kind in ("gap", "edition"):
        return f"[{words[kind]}{', ' + date if date else ''}]"
    party, holder = party_name(event, "party", lang), party_name(event, "holder", lang)
    who = holder or party or words["unknown"]
    if kind == "loan":  # party: the lender; holder: the borrower, when known
        who = words["lent"].format(party or words["unknown"]) + (
            f" {words['to']} {holder}" if holder else "")
    elif kind == "exhibited":
        who = words["exhibited"] + who
    elif kind == "sale" and not holder:
        who = words["sold"] + (party or words["unknown"])
    certainty = event.get("certainty", "unknown")
    if certainty == "probable":
        who += "?"  # as in the CMOA standard, the mark follows the uncertain name
    elif certainty == "possibly":
        who = words["possibly"] + who
    parts = [who]
    if local(event, "place", lang):
        parts.append(local(event, "place", lang))
    if date:
        parts.append(date)
    return ", ".join(parts)


def paragraph(events: Sequence[dict[str, Any]], lang: str = "en") -> str:
    """The provenance as one readable paragraph (CMOA style) in `lang` ('en' or 'ru')."""
    chain = [e for e in events if (e.get("transfers") or transfers_for(e["kind"])) != "none"]
    if not chain:
        return _WORDS[lang]["none"]
    out: list[str] = []
    for index, event in enumerate(chain):
        entry = _entry(event, lang)
        if not out or out[-1] in (". ", " "):  # a new sentence starts with a capital letter
            entry = entry[:1].upper() + entry[1:]
        out.append(entry)
        if index + 1 < len(chain):
            nxt = chain[index + 1]
            # "1965 г." already ends with its full stop: never "г.."
            out.append("; " if nxt.get("direct") else " " if entry.endswith(".") else ". ")
    text = "".join(out).strip()
    return text if text.endswith((".", "?", "]")) else text + "."

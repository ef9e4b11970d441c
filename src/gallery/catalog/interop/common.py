"""Small shared pieces of the standard exports: base URLs, slugs, dates, people's roles."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..errors import CatalogError

PUBLISHER = "Leonov Gallery"
PUBLISHER_RU = "Галерея Леонова"
STANDIN_EN = "Image: stand-in drawn by the project, not a photograph of the work"
STANDIN_RU = "Изображение: заглушка, нарисованная проектом, а не фотография произведения"

# Roles (free text in the catalog, e.g. "sitter (probable)") sorted by what they mean.
_CREATOR = re.compile(r"^(artist|co-artist|co-designer|designer|author)\b", re.I)
_DEPICTED = re.compile(r"^(sitter|depicted)\b", re.I)


def role_kind(role: str | None) -> str:
    """'creator', 'depicted' or 'other' for a person's role on a work."""
    text = (role or "").strip()
    if _CREATOR.match(text):
        return "creator"
    if _DEPICTED.match(text):
        return "depicted"
    return "other"


DEFAULT_BASE = "http://localhost:8000"


def manifest_url(base: str, work_id: str) -> str:
    """Where the IIIF export publishes a work's manifest (iiif.py writes it there)."""
    return f"{base}/manifests/{work_id}.json"


def lido_url(base: str, work_id: str) -> str:
    """Where the IIIF export publishes a work's LIDO record, beside its manifest."""
    return f"{base}/lido/{work_id}.xml"


def linked_art_url(base: str, work_id: str) -> str:
    """A work's Linked Art object record (linked_art_records.Records.uri('object', id))."""
    return f"{base}/object/{work_id}.json"


def base_url(value: str | None) -> str:
    """A checked base URL without its trailing slash."""
    url = (value or DEFAULT_BASE).strip().rstrip("/")
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url):
        raise CatalogError(f"--base-url must be an http(s) URL, not {value!r}")
    return url


def slug(text: str) -> str:
    """A URL-safe id for a name that has none in the catalog (a party, a place, a subject)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not out:  # all Cyrillic or symbols: keep it stable and unique with the code points
        out = "u" + "-".join(f"{ord(c):x}" for c in text.strip()[:12])
    return out[:80]


def day_start(iso_day: str | None) -> str | None:
    return f"{iso_day}T00:00:00Z" if iso_day else None


def day_end(iso_day: str | None) -> str | None:
    return f"{iso_day}T23:59:59Z" if iso_day else None


_UNITS_RU = {"cm": "см", "mm": "мм", "in": "дюйм.", "m": "м"}


def dimensions_text(record: dict[str, Any], lang: str = "en") -> str | None:
    """'24 × 30 cm' (height × width [× depth]) from the stored numbers, or None."""
    sizes = [record.get(k) for k in ("height", "width", "depth")]
    known = [f"{v:g}" for v in sizes if v is not None]
    unit = record.get("dimension_unit")
    if not known or not unit:
        return None
    return " × ".join(known) + f" {_UNITS_RU.get(unit, unit) if lang == 'ru' else unit}"


def is_placeholder(name: str | None) -> bool:
    """'unknown', 'unnamed museum', 'unknown (probably X)': text, never an identity."""
    head = (name or "").strip().lower()
    return not head or head.startswith(("unknown", "unnamed", "not known"))


# -- parties named in provenance text ---------------------------------------------------------
# Not one identity: an unknown, a choice ("X or Y"), a transfer ("X to Y"), a quoted title.
_NOT_AN_IDENTITY = re.compile(r"\b(unknown|unnamed|not named|not known|or|to)\b|→|[\"«»“”]",
                              re.I)
_INSTITUTION = re.compile(
    r"\b(museum|gallery|centre|center|collection|institute|agency|nasa|nasm|magazine|post|"
    r"publisher|ministry|embassy|festival|foundation|library|archive|society|academy|press|"
    r"university|sotheby's|christie's|музей|галерея)\b", re.I)
_JOINERS = re.compile(r"\s+(?:and|with|&|и)\s+", re.I)


@dataclass(frozen=True)
class Party:
    name: str
    person_id: str | None  # set when the name is a catalog person's
    kind: str  # "Person" or "Group"


def _norm(text: str) -> str:
    text = re.sub(r"[.,\"'«»“”()]", " ", text.lower())
    text = re.sub(r"^(the|sir)\s+", "", " ".join(text.split()))
    return text


class Parties:
    """Reads the free-text party and holder names of provenance events.

    A name becomes an identity only when it is a catalog person (matched on full name, first
    and last name, Russian name or id) or reads as an institution; "unknown …", "a museum in
    …", "X or Y", a quoted publication title stay text.
    """

    def __init__(self, people: list[dict[str, Any]]) -> None:
        self._people: dict[str, str] = {}
        for person in people:
            variants = [person.get("name"), person.get("name_ru"), person["id"].replace("-", " ")]
            for full in (person.get("name"), person.get("name_ru")):  # "Alexei Leonov" too
                words = re.sub(r"\(.*?\)|\".*?\"", " ", full or "").split()
                if len(words) > 2:
                    variants.append(f"{words[0]} {words[-1]}")
            for variant in variants:
                if variant:
                    self._people.setdefault(_norm(variant), person["id"])

    def person_id(self, name: str) -> str | None:
        return self._people.get(_norm(name))

    def parse(self, text: str | None) -> list[Party]:
        if not text or _NOT_AN_IDENTITY.search(text) or re.match(r"^(a|an)\s", text.strip(),
                                                                   re.I):
            return []
        head = re.sub(r"\(.*?\)", " ", text.split(";")[0])
        head = re.sub(r"^\s*the\s+", "", " ".join(head.split()), flags=re.I).strip(" ,")
        parts = [p.strip(" ,") for p in _JOINERS.split(head)]
        if len(parts) > 1 and all(self.person_id(p) for p in parts):  # "A and B" as owners
            return [Party(p, self.person_id(p), "Person") for p in parts]
        if self.person_id(head):
            return [Party(head, self.person_id(head), "Person")]
        return [Party(head, None, "Group")] if head and _INSTITUTION.search(head) else []

"""LIDO pieces for controlled values: a term with its labels and AAT id, an actor with its
names and authority ids, a text in both languages."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..terms import Term
from .common import PUBLISHER
from .lido_xml import LIDO_NS, add, lang_value
from .refs import Actor, aat_uri

# LIDO's actor types: a person, or a corporate body for organisations and groups.
_ACTOR_TYPE = {"person": "person", "organisation": "corporation", "group": "corporation"}


def both(parent: ET.Element, tag: str, en: str | None, ru: str | None, **attrs: str) -> None:
    """`tag` in English and in Russian, each only where it has text; a "Russian" text that
    is the English one (a fallback, an untranslated name) is not tagged as Russian."""
    lang_value(parent, tag, en, "en", **attrs)
    if ru != en:
        lang_value(parent, tag, ru, "ru", **attrs)


def term_into(element: ET.Element, term: Term | None, code: str | None) -> ET.Element:
    """conceptIDs (the Getty AAT id where the term has one, then ours) and the term's label
    in each language; a code no term knows stands as itself."""
    if term is None:
        add(element, "term", code or "unknown", lang="en")
        return element
    uri = aat_uri(term)
    if uri:
        add(element, "conceptID", uri, type="URI", source="AAT")
    add(element, "conceptID", term.id, type="local", source=PUBLISHER)
    add(element, "term", term.label, lang="en")
    if term.label_ru:
        add(element, "term", term.label_ru, lang="ru")
    return element


def term_element(tag: str, term: Term | None, code: str | None, **attrs: str) -> ET.Element:
    """A new `lido:tag` holding the term (attributes are lido-qualified, as `add` sets them)."""
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    for key, value in attrs.items():
        element.set(f"{{{LIDO_NS}}}{key}", value)
    return term_into(element, term, code)


def actor_element(actor: Actor, tag: str = "actor") -> ET.Element:
    """An agent or person: our id, its authority ids, and its name in each language."""
    element = ET.Element(f"{{{LIDO_NS}}}{tag}")
    element.set(f"{{{LIDO_NS}}}type", _ACTOR_TYPE.get(actor.kind, "corporation"))
    add(element, "actorID", actor.id, type="local", source=PUBLISHER)
    for source, uri in actor.authorities:
        add(element, "actorID", uri, type="URI", source=source)
    names = add(element, "nameActorSet")
    add(names, "appellationValue", actor.name, lang="en", pref="preferred")
    if actor.name_ru:
        add(names, "appellationValue", actor.name_ru, lang="ru", pref="preferred")
    return element

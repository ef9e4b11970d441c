"""Tiny ElementTree helpers for writing LIDO: qualified names and language-tagged values."""

from __future__ import annotations

import xml.etree.ElementTree as ET

LIDO_NS = "http://www.lido-schema.org"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCHEMA_LOCATION = f"{LIDO_NS} http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd"


def add(parent: ET.Element, name: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append `lido:name`; `lang` becomes xml:lang, every other attribute is lido-qualified
    (the schema sets attributeFormDefault="qualified")."""
    element = ET.SubElement(parent, f"{{{LIDO_NS}}}{name}")
    for key, value in attrs.items():
        qualified = f"{{{XML_NS}}}lang" if key == "lang" else f"{{{LIDO_NS}}}{key}"
        element.set(qualified, value)
    if text is not None:
        element.text = str(text)
    return element


def lang_value(parent: ET.Element, name: str, text: str | None, lang: str,
               **attrs: str) -> ET.Element | None:
    """Append a language-tagged text element, only when there is text."""
    if not text or not str(text).strip():
        return None
    return add(parent, name, str(text).strip(), lang=lang, **attrs)

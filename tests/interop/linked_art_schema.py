"""The official Linked Art JSON Schemas (data/linked-art, Apache 2.0, from linked-art/
json-validator): which schema a record answers to, and its errors, offline."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

# a test dependency since the v5 exports: a venv installed before it skips, CI has it
jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

FOLDER = Path(__file__).parent / "data" / "linked-art"
# Our record URIs name their kind: {base}/{kind}/{key}.json
SCHEMA_OF = {"object": "object.json", "person": "person.json", "group": "group.json",
             "place": "place.json", "concept": "concept.json", "activity": "event.json",
             "provenance": "provenance.json", "visual": "image.json", "set": "set.json",
             "text": "text.json", "digital": "digital.json"}


@cache
def _validators() -> dict[str, Any]:
    resources = []
    for path in FOLDER.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], referencing.Resource.from_contents(schema)))
    registry = referencing.Registry().with_resources(resources)
    return {name: jsonschema.Draft202012Validator(
                registry[f"https://linked.art/api/1.0/schema/{name}"].contents,
                registry=registry)
            for name in set(SCHEMA_OF.values())}


def schema_for(record: dict[str, Any], base: str) -> str:
    kind = record["id"][len(base) + 1:].split("/")[0]
    return SCHEMA_OF[kind]


def errors(record: dict[str, Any], base: str) -> list[str]:
    """Every way `record` (with its @context) breaks its Linked Art schema."""
    validator = _validators()[schema_for(record, base)]
    document = {"@context": "https://linked.art/ns/v1/linked-art.json", **record}
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in validator.iter_errors(document)]

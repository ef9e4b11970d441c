"""The shipped catalog in two languages: every name, label and visitor text in English and in
Russian, and none of the research's shorthand anywhere."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from gallery.catalog.content_rules import (
    SHORTHAND,
    bilingual_gaps,
    shorthand_in,
    shorthand_in_catalog,
)
from gallery.catalog.terms import Vocabulary

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"


@pytest.fixture(scope="module")
def con() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{SHIPPED}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_every_record_and_term_is_named_in_both_languages(con: sqlite3.Connection) -> None:
    assert bilingual_gaps(con) == []
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("works", "people", "missions", "exhibitions", "agents", "terms")}
    assert counts["works"] == 58 and counts["agents"] > 10 and counts["terms"] > 50


def test_every_work_has_its_visitor_texts_in_both_languages(con: sqlite3.Connection) -> None:
    missing = con.execute(
        "SELECT id FROM works WHERE coalesce(description_ru, '') = '' OR "
        "coalesce(alt_text_ru, '') = '' OR coalesce(confidence_note_ru, '') = '' OR "
        "coalesce(date_display_ru, '') = '' OR coalesce(image_note_ru, '') = '' OR "
        "coalesce(rights_ru, '') = ''").fetchall()
    assert missing == []


def test_no_research_shorthand_anywhere(con: sqlite3.Connection) -> None:
    assert shorthand_in_catalog(con) == []


def test_the_shorthand_rule_catches_each_word() -> None:
    for word in SHORTHAND:
        assert shorthand_in(f"As the {word} says.") == [word]
    assert shorthand_in("Seeded clouds and a briefcase") == []


def test_facets_count_terms_not_spellings(con: sqlite3.Connection) -> None:
    vocabulary = Vocabulary.read(con)
    media = [t for (terms,) in con.execute("SELECT medium_terms FROM works")
             for t in json.loads(terms)]
    assert media and all(vocabulary.find("medium", t) for t in media)
    pencils = [t for t in media if "pencil" in t]
    assert len(set(pencils)) == 1  # written three ways in the research, one term here
    kinds = {k for (k,) in con.execute("SELECT DISTINCT work_type FROM works")}
    assert all(vocabulary.find("work_type", k) for k in kinds)


def test_the_overlap_rule_finds_a_copied_run_of_eight_words(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import fact_overlap

    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "works.yaml").write_text(
        "works:\n- id: w\n  title_en: A title of many words that is copied on purpose\n"
        "  facts:\n  - The pack of pencils was strapped to his wrist with a rubber band.\n",
        encoding="utf-8")
    runs = fact_overlap.fact_runs(facts)
    copied = "He said the pack of pencils was strapped to his wrist, then drew."
    assert fact_overlap.shared(copied, runs) == ["the pack of pencils was strapped to his wrist"]
    assert fact_overlap.shared("He tied the pencils to his wrist with a band.", runs) == []
    assert fact_overlap.shared("A title of many words that is copied on purpose", runs) == []


def test_the_shipped_catalog_keeps_every_content_rule(con: sqlite3.Connection) -> None:
    from gallery.catalog.content_check import content_findings

    con.row_factory = sqlite3.Row
    assert content_findings(con) == []


def test_literature_reads_both_ways_and_parts_know_their_whole() -> None:
    from gallery.catalog.store import Catalog

    with Catalog.open(SHIPPED, read_only=True) as catalog:
        morning = catalog.get("morning-of-lunokhod-1")
        assert [(b["book_id"], b["pages"]) for b in morning["literature"]] == [
            ("book-star-roads", "41")]
        book = catalog.get("book-star-roads")
        assert {w["work_id"] for w in book["reproduces"]} == {"morning-of-lunokhod-1",
                                                              "lunokhod-1-in-crater"}
        group = catalog.get("astp-crew-sketches-1975")
        assert group["relations"] == []  # the link is the member's; the set reads it back
        assert [(r["other_id"], r["relation"]) for r in group["linked_works"]] == [
            ("astp-stafford-portrait-sketch-1975", "has_part")]
        maybe = catalog.get("moon-first-minutes-after-landing")
        assert {r["other_id"] for r in maybe["linked_works"]
                if r["relation"] == "may_be_same_as"} == {"man-on-the-moon", "the-moon-rt"}


def test_works_sets_and_groups_are_counted_apart() -> None:
    from gallery.catalog.store import Catalog

    with Catalog.open(SHIPPED, read_only=True) as catalog:
        kinds = {value: count for value, _label, count in
                 catalog.search("", {}, facets=True).facets["record"]}
        assert kinds == {"work": 50, "set": 3, "group": 5}
        sets = catalog.search("", {"record": "set"}, facets=False).total
        assert sets == 3

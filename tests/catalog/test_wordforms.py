"""Word forms in the index and in the query; an older catalog's index gains them on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gallery.catalog.store import Catalog
from gallery.catalog.textfold import fold
from gallery.catalog.wordforms import index_text, match_expression, stem


def test_stems_are_folded_and_shared_by_forms() -> None:
    assert {stem(w) for w in ("луна", "луне", "луну")} == {"lun"}
    assert stem("чёрным") == stem("черное") == "chern"
    assert stem("paintings") == stem("painting") == "paint"
    assert stem("19") == "" and stem("мо") == ""  # no stem: digits, too short


def test_the_index_keeps_words_and_adds_their_stems() -> None:
    text = index_text("Над Чёрным морем")
    assert text.startswith(fold("Над Чёрным морем"))
    assert text.split("\n")[-1].split() == ["chern", "mor"]
    assert "\n" not in index_text("moon")  # nothing to add when the stem is the word


def test_the_query_matches_the_word_by_prefix_or_its_stem_whole() -> None:
    # (each Russian stem also as written, in Cyrillic: what a server's dictionary indexes)
    assert match_expression("луну") == '("lunu"* OR "lun" OR "лун")'
    assert match_expression("moon") == '("moon"* OR "моон")'
    assert match_expression("space walk").endswith(') OR "spacewalk"*')
    # a Latin word also by the stem of its Russian reading: luny → луны → лун
    assert match_expression("luny") == '("luny"* OR "luni" OR "lun" OR "лун" OR "луни")'
    # a Latin stem that is also a Russian stem folded: marked → mark, which марки has
    assert match_expression("marked") == '("marked"* OR "mark" OR "маркед" OR "марк")'
    # a number beside a word matches whole; letters and digits run together are two words
    assert match_expression("союз 19") == match_expression("союз19") \
        == '(("soyuz"* OR "союз") AND "19") OR "soyuz19"*'
    assert match_expression("196") == '"196"*'  # alone: a year being typed
    assert match_expression("moon or sun") == match_expression("moon sun")
    assert match_expression("   ") is None


def test_a_version_2_catalog_is_reindexed_with_word_forms(catalog_path: Path) -> None:
    con = sqlite3.connect(catalog_path)
    with con:  # the index as version 2 wrote it: folded words only
        for key, titles in con.execute("SELECT rowid, titles FROM works_index").fetchall():
            con.execute("UPDATE works_index SET titles = ? WHERE rowid = ?",
                        (titles.split("\n")[0] if "\n" in titles else titles, key))
        con.execute("UPDATE works_index SET titles = ? WHERE rowid = (SELECT key FROM works "
                    "WHERE id = 'orbital-sunrise')", (fold("Orbital sunrise Восход на орбите"),))
    con.execute("PRAGMA user_version = 2")
    con.close()
    with Catalog.open(catalog_path, who="tester") as catalog:
        assert catalog.migrated_from == 2
        assert {r.id for r in catalog.search("орбиты", facets=False).rows} == {"orbital-sunrise"}


def test_russian_variants_bridge_the_forms_snowball_splits() -> None:
    from gallery.catalog.wordforms import russian_variants

    assert "aleks" in russian_variants("алексея") and "alekse" in russian_variants("алексей")
    assert "mark" in russian_variants("марок") and "marok" in russian_variants("марка")
    assert russian_variants("moon") == [] and russian_variants("") == []

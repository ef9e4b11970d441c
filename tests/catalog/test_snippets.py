"""Why a work came up: the snippet is the record's own text around the matching word."""

from __future__ import annotations

from gallery.catalog.snippets import Snippet, find_snippet
from gallery.catalog.store import Catalog

FIELDS = [("person", "Andrei Konstantinovich Sokolov"),
          ("description", "Painted in 1967 by Leonov, with the Moon  rising over a sea of "
                          "clouds, a view he remembered from orbit, as he told the press in Moscow "
                          "many years later.")]


def test_the_matching_word_and_its_neighbours_are_cut_from_the_text() -> None:
    found = find_snippet("Near the Moon", FIELDS, "sokolovski")
    assert found is None  # "sokolovski" is not a prefix of "sokolov", nor its stem
    found = find_snippet("Near the Moon", FIELDS, "sokolova")  # a Russian form, in Latin
    assert found == Snippet("person", "Andrei Konstantinovich ", "Sokolov", "")
    found = find_snippet("Near the Moon", FIELDS, "sokol")
    assert found == Snippet("person", "Andrei Konstantinovich ", "Sokolov", "")


def test_a_word_the_shown_title_holds_needs_no_snippet() -> None:
    assert find_snippet("Near the Moon", FIELDS, "moon") is None
    found = find_snippet("Near the Moon", FIELDS, "moon clouds")
    assert found is not None and found.match == "clouds"


def test_long_text_is_cut_at_words_with_ellipses_and_spacing_kept() -> None:
    found = find_snippet("A title", FIELDS, "orbit")
    assert found is not None and found.field == "description" and found.match == "orbit"
    assert found.before.startswith("…") and found.before.endswith("from ")
    assert found.after.startswith(",") and found.after.endswith("…")
    assert "  " not in found.before + found.after


def test_russian_forms_match_by_stem() -> None:
    fields = [("description", "На ней изображён космонавт на Луне в первые минуты.")]
    found = find_snippet("Человек на Луне", [("title", "Man on the Moon"), *fields], "луну")
    assert found is None  # the Russian title shown already holds Луне
    found = find_snippet("Man on the Moon", fields, "луну")
    assert found is not None and found.match == "Луне"


def test_search_gives_snippets_in_the_visitor_language(catalog: Catalog) -> None:
    result = catalog.search("sokolov", facets=False, snippets_lang="en")
    assert {r.id for r in result.rows} == {"stamp-1975"}
    assert result.snippets["stamp-1975"].field == "person"
    assert catalog.search("sokolov", facets=False).snippets == {}
    corrected = catalog.search("sokolv", facets=False, snippets_lang="ru")
    assert corrected.corrected_query == "sokolov" and "stamp-1975" in corrected.snippets

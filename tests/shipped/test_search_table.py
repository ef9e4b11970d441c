"""How visitors type, in both languages, against the shipped catalog: word forms, compounds,
typos, mixed script and hostile text each find the works they must."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gallery.catalog.plural import counted
from gallery.catalog.store import Catalog

SHIPPED = Path(__file__).resolve().parents[2] / "catalog.db"

SUNRISE = "orbital-sunrise-1965"
BLACK_SEA = "over-the-black-sea-1973"
NEAR_MOON = "near-the-moon-1967"
SPACEWALK_2006 = "spacewalk-25-03-1965-painting-2006"
STAFFORD = "astp-stafford-portrait-sketch-1975"
CREW = "astp-crew-sketches-1975"
HAWKING = "hawking-portrait-2015"
MARS = "theres-mars-ahead-1973"
LUNOKHOD = "lunokhod-1-in-crater"
STAMP_1972 = "stamp-1972-leonov-spacewalk"

# (typed, works that must be among the hits, correction expected or None)
TABLE: list[tuple[str, set[str], str | None]] = [
    # Russian word forms
    ("луна", {LUNOKHOD}, None), ("луне", {LUNOKHOD}, None), ("луну", {LUNOKHOD}, None),
    ("ЛУНА", {LUNOKHOD}, None), ("черное море", {BLACK_SEA}, None),
    ("над чёрным морем", {BLACK_SEA}, None), ("чёрного моря", {BLACK_SEA}, None),
    ("космос", {SPACEWALK_2006}, None), ("космоса", {SPACEWALK_2006}, None),
    ("аполлон", {STAFFORD, CREW}, None), ("аполлона", {STAFFORD, CREW}, None),
    ("марки", {STAMP_1972}, None), ("марка", {STAMP_1972}, None),
    ("наброски", {CREW}, None), ("восход солнца", {SUNRISE}, None),
    ("выход в открытый космос", {SPACEWALK_2006}, None),
    # English word forms
    ("painting", {NEAR_MOON}, None), ("paintings", {NEAR_MOON}, None),
    ("moon", {NEAR_MOON}, None), ("moons", {NEAR_MOON}, None),
    ("sketch", {CREW, STAFFORD}, None), ("sketches", {CREW, STAFFORD}, None),
    ("spacewalks", {STAMP_1972}, None), ("stamps", {STAMP_1972}, None),
    ("near the moon", {NEAR_MOON}, None), ("sunrise", {SUNRISE}, None),
    # as you type: a half word still matches by prefix
    ("paintin", {NEAR_MOON}, None), ("лун", {LUNOKHOD}, None), ("staff", {STAFFORD}, None),
    # compounds, spaces and hyphens
    ("space walk", {STAMP_1972, SPACEWALK_2006}, None), ("Союз-19", {STAFFORD, CREW}, None),
    ("Союз 19", {STAFFORD, CREW}, None), ("soyuz 19", {STAFFORD, CREW}, None),
    # across scripts
    ("voskhod", {SUNRISE}, None), ("восход", {SUNRISE}, None), ("леонов", {SUNRISE}, None),
    ("stafford", {STAFFORD}, None), ("стаффорд", {STAFFORD}, None),
    ("hawking", {HAWKING}, None), ("хокинг", {HAWKING}, None), ("марс", {MARS}, None),
    ("mars", {MARS}, None),
    # typos: corrected to the catalog's own words, shown in the script typed
    ("sokolv", {"stamps-1967-space-fantasy"}, "sokolov"),
    ("соколв", {"stamps-1967-space-fantasy"}, "соколов"),
    ("leonv", {SUNRISE}, "leonov"), ("леонв", {SUNRISE}, "леонов"),
    ("voskod", {SUNRISE}, "voskhod"), ("apolo", {STAFFORD}, "apollo"),
    ("stafrod", {STAFFORD}, "stafford"), ("sokolv stamps", {"stamps-1967-space-fantasy"},
                                          "sokolov stamps"),
    # a word of four letters is one edit from too many others: never corrected ("заря" is
    # one edit from the stem of «парящего», an unrelated word)
    ("заря", set(), None),
]

# "луна" itself also reads as the Spanish "Luna" (a Cuban stamp's title), so its forms are
# compared without it; the test below checks that it finds at least what they find.
WORD_FORM_GROUPS = [("луне", "луну"), ("космос", "космоса"),
                    ("painting", "paintings"), ("moon", "moons"), ("sketch", "sketches"),
                    ("spacewalk", "space walk", "spacewalks"), ("stafford", "стаффорд"),
                    ("марки", "марка"), ("аполлон", "аполлона")]

# Operators typed in capitals (issue 15 review), as set algebra on what the words find alone:
# (typed, how, the plain queries whose hits it combines). "all": no search at all.
OPERATORS: list[tuple[str, str, tuple[str, ...]]] = [
    ("moon OR mars", "union", ("moon", "mars")), ("mars OR moon", "union", ("moon", "mars")),
    ("луна ИЛИ марс", "union", ("луна", "марс")), ("moon | mars", "union", ("moon", "mars")),
    ("space walk OR hawking", "union", ("space walk", "hawking")),
    ("sketch OR стаффорд OR mars", "union", ("sketch", "стаффорд", "mars")),
    ("moon -mars", "minus", ("moon", "mars")), ("moon NOT mars", "minus", ("moon", "mars")),
    ("луна НЕ марс", "minus", ("луна", "марс")), ("painting -sokolov", "minus",
                                                  ("painting", "sokolov")),
    ("moon AND mars", "same", ("moon mars",)), ("moon И mars", "same", ("moon mars",)),
    ("AND", "all", ()), ("OR", "all", ()), ("NOT", "all", ()), ("ИЛИ", "all", ()),
    ("OR NOT AND", "all", ()), ("moon OR", "same", ("moon",)), ("OR moon", "same", ("moon",)),
    ("moon or mars", "same", ("moon mars",)),  # in small letters "or" is a word
]

HOSTILE = ["<script>alert(1)</script>", '" OR 1=1 --', "NEAR(moon sun)", "moon*", "^moon",
           "луна AND NOT марс", "'; DROP TABLE works; --", "\x00moon", "ё" * 500, "-moon",
           "NOT NOT moon", "- -", "OR " * 700, "moon " + "OR mars " * 300, "-" * 50 + "moon",
           '"OR"', "NOT -moon", "(moon OR mars)", "moon OR -"]


@pytest.fixture(scope="module")
def shipped() -> Iterator[Catalog]:
    catalog = Catalog.open(SHIPPED, read_only=True)
    yield catalog
    catalog.close()


def hit_ids(catalog: Catalog, typed: str, **options: object) -> set[str]:
    return {row.id for row in catalog.search(typed, limit=1000, facets=False,
                                              **options).rows}  # type: ignore[arg-type]


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 40
    assert sum(any("\u0400" <= c <= "\u04ff" for c in q) for q, _, _ in TABLE) >= 15


@pytest.mark.parametrize(("typed", "must_find", "corrected"), TABLE,
                         ids=[q for q, _, _ in TABLE])
def test_each_query_finds_its_works(shipped: Catalog, typed: str, must_find: set[str],
                                    corrected: str | None) -> None:
    result = shipped.search(typed, limit=1000, facets=False)
    assert must_find <= {row.id for row in result.rows}
    assert result.corrected_query == corrected


@pytest.mark.parametrize("forms", WORD_FORM_GROUPS, ids=[g[0] for g in WORD_FORM_GROUPS])
def test_every_form_of_a_word_finds_the_same_works(shipped: Catalog,
                                                   forms: tuple[str, ...]) -> None:
    found = [hit_ids(shipped, form) for form in forms]
    assert found[0] and all(hits == found[0] for hits in found)


def test_the_nominative_finds_what_its_forms_find(shipped: Catalog) -> None:
    assert hit_ids(shipped, "луне") <= hit_ids(shipped, "луна") == hit_ids(shipped, "ЛУНА")


def test_a_stem_never_reaches_other_words_by_prefix(shipped: Catalog) -> None:
    # "mars" stems to "mar": as a prefix it would also find every March and marshal.
    assert hit_ids(shipped, "mars") == hit_ids(shipped, "марс")


def test_exact_search_does_not_correct(shipped: Catalog) -> None:
    result = shipped.search("sokolv", facets=False, correct=False)
    assert result.total == 0 and result.corrected_query is None


def test_nonsense_is_not_corrected_into_something(shipped: Catalog) -> None:
    result = shipped.search("xqzvwk", facets=False)
    assert result.total == 0 and result.corrected_query is None


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_text_is_just_words(shipped: Catalog, typed: str) -> None:
    result = shipped.search(typed, facets=True)
    assert result.total >= 0


def test_search_json_reports_a_correction_only_when_it_made_one(
        capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from gallery.cli import main

    assert main(["--catalog", str(SHIPPED), "search", "sokolv", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["corrected_query"] == "sokolov" and answer["total"] > 0
    assert set(answer) == {"query", "total", "hits", "corrected_query"}
    assert main(["--catalog", str(SHIPPED), "search", "sokolov", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"query", "total", "hits"}
    assert main(["--catalog", str(SHIPPED), "search", "sokolv", "--exact", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


@pytest.mark.parametrize(("typed", "how", "plain"), OPERATORS, ids=[q for q, _, _ in OPERATORS])
def test_operators_combine_what_the_words_find(shipped: Catalog, typed: str, how: str,
                                               plain: tuple[str, ...]) -> None:
    found = hit_ids(shipped, typed)
    alone = [hit_ids(shipped, words) for words in plain]
    assert all(alone)  # each plain query finds works, so the algebra says something
    if how == "union":
        assert found == set().union(*alone) and len(found) > max(len(a) for a in alone)
    elif how == "minus":
        assert found == alone[0] - alone[1] and found != alone[0]
    elif how == "same":
        assert found == alone[0]
    else:
        assert found == hit_ids(shipped, "") and len(found) == shipped.search("").total


def _title_words(catalog: Catalog, work_id: str) -> set[str]:
    import re

    from gallery.catalog.textfold import fold
    from gallery.catalog.wordforms import stem, words

    work = catalog.get(work_id)
    texts = [work["title"], work.get("title_ru") or ""]
    texts += [t["text"] if isinstance(t, dict) else str(t) for t in work.get("other_titles") or []]
    text = " ".join(texts)
    return set(re.findall(r"[a-z0-9]+", fold(text))) | {stem(w) for w in words(text)}


@pytest.mark.parametrize("typed", ["moons", "moon", "луна", "луне", "painting", "sketches",
                                   "стаффорд", "космос", "spacewalk", "sokolov", "leonov"])
def test_title_hits_come_before_other_hits_while_typing(shipped: Catalog, typed: str) -> None:
    from gallery.catalog.wordforms import query_terms

    (term,) = query_terms(typed)
    result = shipped.search(typed, limit=1000, facets=False)
    assert result.ranked and result.total > 1
    in_title = [any(t.startswith(term.word) for t in _title_words(shipped, row.id))
                or bool(set(term.stems) & _title_words(shipped, row.id))
                for row in result.rows]
    assert any(in_title) and in_title == sorted(in_title, reverse=True), typed


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    from gallery.cli import main

    code = main(["--catalog", str(SHIPPED), "search", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("limit", ["-1", "0", "x", "1.5"])
def test_a_limit_below_one_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str],
                                                  limit: str) -> None:
    code, out, err = _cli(capsys, "moon", "--limit", limit)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("gallery: argument --limit: ")


def test_a_huge_limit_means_every_hit(shipped: Catalog,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, err = _cli(capsys, "moon", "--limit", "99999999999999999999", "--json")
    answer = json.loads(out)
    assert code == 0 and err == "" and len(answer["hits"]) == answer["total"] > 1
    huge = shipped.search("moon", limit=10**30, offset=10**30, facets=False)
    assert huge.rows == [] and huge.total == answer["total"]


# A query that begins with a dash is the query, not an option; "-mars" leaves out what "mars"
# finds from what "moon" finds (issue 15 review: -word excludes).
DASHED = "-mars moon"


@pytest.mark.parametrize("argv", [[DASHED], ["--", DASHED, "--json"], [DASHED, "--json"],
                                  ["--json", "--", DASHED], ["--limit", "3", DASHED, "--json"]])
def test_a_query_may_begin_with_a_dash(capsys: pytest.CaptureFixture[str],
                                       argv: list[str]) -> None:
    import json

    code, out, err = _cli(capsys, *argv)
    assert code == 0 and err == ""
    with Catalog.open(SHIPPED, read_only=True) as catalog:
        expected = len(hit_ids(catalog, "moon") - hit_ids(catalog, "mars"))
    assert 0 < expected < len(hit_ids_moon())
    if "--json" in argv:
        answer = json.loads(out)
        assert answer["query"] == DASHED and answer["total"] == expected
    else:
        assert out.rstrip().endswith(counted(expected, "work"))


def hit_ids_moon() -> set[str]:
    with Catalog.open(SHIPPED, read_only=True) as catalog:
        return hit_ids(catalog, "moon")


# Russian words typed in Latin letters find what their Cyrillic forms find (issue 13 review).
LATIN_RUSSIAN = [("luna", "луна"), ("luny", "луна"), ("lune", "луна"), ("lunu", "луна"),
                 ("sokolova", "sokolov"), ("kosmosa", "kosmos"), ("leonova", "leonov"),
                 ("zvezdy", "звезды"), ("Chernoe more", "черное море"), ("cosmos", "космос"),
                 ("Aleksei", "Алексей")]


@pytest.mark.parametrize(("latin", "cyrillic"), LATIN_RUSSIAN, ids=[q for q, _ in LATIN_RUSSIAN])
def test_russian_typed_in_latin_letters_keeps_its_forms(shipped: Catalog, latin: str,
                                                        cyrillic: str) -> None:
    result = shipped.search(latin, limit=1000, facets=False)
    assert result.corrected_query is None
    assert {r.id for r in result.rows} == hit_ids(shipped, cyrillic) != set()


def test_connectives_are_not_searched_beside_other_words(shipped: Catalog) -> None:
    assert hit_ids(shipped, "moon or sun") == hit_ids(shipped, "moon sun") != set()
    assert hit_ids(shipped, "moon and sun") == hit_ids(shipped, "moon sun")
    assert hit_ids(shipped, "луна и марс") == hit_ids(shipped, "луна марс")
    assert hit_ids(shipped, "луна или марс") == hit_ids(shipped, "луна марс")
    assert hit_ids(shipped, "or")  # alone, a word is searched ("orbit")


@pytest.mark.parametrize("typed", ["Союз-19", "Союз 19", "Soyuz-19", "soyuz 19", "союз19"])
def test_a_number_after_a_name_is_a_whole_number(shipped: Catalog, typed: str) -> None:
    result = shipped.search(typed, limit=1000, facets=False)
    assert result.corrected_query is None
    found = {r.id for r in result.rows}
    assert {STAFFORD, CREW} <= found < hit_ids(shipped, "союз")
    assert found == hit_ids(shipped, "Союз-19")


def test_a_number_alone_is_a_year_being_typed(shipped: Catalog) -> None:
    assert hit_ids(shipped, "196") >= hit_ids(shipped, "1965") != set()


@pytest.mark.parametrize("typed", ["kolor", "kotorym", "Hoking", "cosmos", "Aleksei", "hokin",
                                   "etot", "thiss"])
def test_a_correction_is_never_a_function_word_nor_needed_for_a_match(shipped: Catalog,
                                                                     typed: str) -> None:
    from gallery.catalog.spelling import _BARRED
    from gallery.catalog.textfold import fold

    result = shipped.search(typed, facets=False)
    corrected = result.corrected_query
    assert corrected is None or not any(fold(w) in _BARRED for w in corrected.split())
    assert corrected not in ("kotor", "khoking", "kosmos", "aleksey")


@pytest.mark.parametrize(("typed", "found"), [("Hoking", HAWKING), ("cosmos", SPACEWALK_2006),
                                              ("Aleksei", SUNRISE)])
def test_a_word_that_matches_as_typed_is_not_corrected(shipped: Catalog, typed: str,
                                                       found: str) -> None:
    result = shipped.search(typed, limit=1000, facets=False)
    assert result.corrected_query is None and found in {r.id for r in result.rows}


@pytest.mark.parametrize("typed", ["заря", "луны", "mon", "sunn", "lеон", "марз"])
def test_a_short_word_is_never_corrected(shipped: Catalog, typed: str) -> None:
    assert shipped.search(typed, facets=False).corrected_query is None


def test_a_correction_is_close_for_the_length_of_the_word_typed(shipped: Catalog) -> None:
    from rapidfuzz.distance import Levenshtein

    from gallery.catalog.spelling import _edits

    assert _edits("заря") == 0 and _edits("леонв") == 1 and _edits("stafrod") == 2
    for typed, _, corrected in TABLE:
        if corrected is not None:
            assert Levenshtein.distance(typed, corrected) <= _edits(typed), typed


def test_a_latin_typo_is_corrected_among_latin_words(shipped: Catalog) -> None:
    assert shipped.search("hawkng", facets=False).corrected_query == "hawking"
    assert shipped.search("хокинн", facets=False).corrected_query in ("хокинг", None)


def _shown_title_matches(catalog: Catalog, work_id: str, typed: str) -> bool:
    from gallery.catalog.date_walk import matcher_for
    from gallery.catalog.wordforms import index_text

    work = catalog.get(work_id)
    matcher = matcher_for(typed)
    assert matcher is not None
    return matcher.matches(index_text(f"{work['title']} \n{work.get('title_ru') or ''}")) is True


@pytest.mark.parametrize("typed", ["луна", "stamp", "moon", "марки", "sketch", "луне"])
def test_works_whose_shown_title_matches_come_first(shipped: Catalog, typed: str) -> None:
    # Other titles ("On lunar orbit", the Spanish "Sobre la Luna") are not what the grid shows.
    result = shipped.search(typed, limit=1000, facets=False)
    shown = [_shown_title_matches(shipped, r.id, typed) for r in result.rows]
    assert result.ranked and any(shown) and shown == sorted(shown, reverse=True), typed


def test_the_review_s_orders_hold(shipped: Catalog) -> None:
    def order(typed: str) -> list[str]:
        return [r.title for r in shipped.search(typed, limit=1000, facets=False).rows]
    moon = order("луна")
    for later in ("In a selenocentric orbit", "Cuba 1975 Cosmonautics Day set"):
        assert moon.index(later) > moon.index("Lunokhod on the Moon")
    stamp = order("stamp")
    assert stamp.index("Apollo–Soyuz Test Project stamp, 20 kopeks") \
        < stamp.index("In a selenocentric orbit")


# Forms Snowball stems apart: names in -ей (Алексей/Алексея) and a vowel that comes and goes
# (марка/марок), in both scripts.
SPLIT_FORMS = [("Алексей", "Алексею", "Алексея", "Алексеем", "Alekseya", "Aleksey"),
               ("марка", "марки", "марок")]


@pytest.mark.parametrize("forms", SPLIT_FORMS, ids=[g[0] for g in SPLIT_FORMS])
def test_forms_snowball_stems_apart_find_the_same_works(shipped: Catalog,
                                                        forms: tuple[str, ...]) -> None:
    found = [hit_ids(shipped, form) for form in forms]
    assert found[0] and all(hits == found[0] for hits in found), forms


def test_a_cyrillic_word_is_never_corrected_to_a_latin_one(shipped: Catalog) -> None:
    corrected = shipped.search("Сергей", facets=False).corrected_query
    assert corrected is None or not corrected.isascii()

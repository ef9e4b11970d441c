"""The fast paths of search give what the plain SQL gives: the date walk in Python
(date_walk.py) beside the SQL walk, the index's rule in Python beside FTS5 itself, a page
without an exact count beside the counted one."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from gallery.catalog import date_walk, fts
from gallery.catalog import search as search_module
from gallery.catalog.store import Catalog
from gallery.catalog.wordforms import match_expression

WORDS = ("moon sun earth orbit sunrise spacewalk docking stamp poster sketch portrait cosmos "
         "voskhod soyuz-19 apollo lunokhod mars night sea ship frigate 1965 1975").split()
RUSSIAN = "луна луну солнце земля орбита восход космос ракета море чёрное".split()
ODD = ("Øresund", "café", "naïve", "東京", "№5", "«звёзды»", "x\u0301y", "ǅemal")
QUERIES = ["l", "le", "leon", "leonov", "мо", "вос", "sunr", "moon sun", "kosm", "space walk",
           "spacewalk", "frigate sea", "1965", "soyuz 19", "союз-19", "луне", "черное море",
           "oresund", "cafe", "ø", "naive", "emal", "東京", "z", "moon sun earth orbit"]


def _build(path: Path, works: int, trash: bool) -> None:
    rng = random.Random(19)
    catalog = Catalog.open(path, create=True, who="tester")
    now = "2026-01-01T00:00:00Z"
    with catalog.write() as con:
        con.execute("INSERT INTO people(id, name, name_ru, created_at, updated_at) VALUES "
                    "('alexei-leonov', 'Alexei Leonov', 'Алексей Леонов', ?, ?)", (now, now))
        rows = []
        for i in range(works):
            title = " ".join(rng.sample(WORDS, 3)).title()
            if i % 17 == 0:
                title += " " + rng.choice(ODD)
            year = rng.randint(1960, 1966)  # few dates: many ties broken by title
            dated = i % 23 != 0
            rows.append((f"work-{i:04d}", title, " ".join(rng.sample(RUSSIAN, 2)),
                         " ".join(rng.choices(WORDS, k=6)), f"{year}" if dated else None,
                         f"{year}-01-01" if dated else None, f"{year}-12-31" if dated else None,
                         now, now, now if trash and i % 31 == 0 else None))
        con.executemany(
            "INSERT INTO works(id, title, title_ru, description, date_display, date_earliest, "
            "date_latest, created_at, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows)
        con.executemany("INSERT INTO work_people(work_id, person_id, role, position) "
                        "VALUES (?, 'alexei-leonov', 'artist', 0)",
                        [(r[0],) for r in rows if int(r[0][5:]) % 3])
        fts.reindex_all(con)
    catalog.close()


@pytest.fixture(scope="module", params=["trash", "no trash"])
def many(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    """600 works, some in the trash (the count reads them) or none (a page may skip it)."""
    path = tmp_path_factory.mktemp("paths") / "many.db"
    _build(path, 600, request.param == "trash")
    with Catalog.open(path, read_only=True) as catalog:
        yield catalog


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds of a big catalog, scaled to 600 works."""
    monkeypatch.setattr(search_module, "RANK_LIMIT", 40)
    monkeypatch.setattr(search_module, "WALK_FROM", 20)


def _page(catalog: Catalog, typed: str, sort: str, limit: int, offset: int,
          **options: object) -> tuple[list[str], int, bool]:
    result = catalog.search(typed, sort=sort, limit=limit, offset=offset, facets=False,
                            correct=False, **options)
    return [r.id for r in result.rows], result.total, result.total_exact


@pytest.mark.parametrize("typed", QUERIES)
def test_the_rule_in_python_is_the_index_rule(many: Catalog, typed: str) -> None:
    matcher = date_walk.matcher_for(typed)
    match = match_expression(typed)
    if matcher is None or match is None:
        return  # not plain ASCII once folded: the index alone decides
    con = many.connection
    found = {k for (k,) in con.execute(
        "SELECT rowid FROM works_index WHERE works_index MATCH ?", (match,))}
    undecided = 0
    for key, text in con.execute(f"SELECT i.rowid, {date_walk._INDEX_TEXT} FROM works_index i"):
        verdict = matcher.matches(text)
        if verdict is None:
            undecided += 1
            continue
        assert verdict == (key in found), (typed, key, text)
        assert date_walk.is_hit(con, matcher, match, key, text) == (key in found)
    assert undecided < 60  # only the works with letters outside ASCII are asked of the index


def test_letters_outside_ascii_are_left_to_the_index() -> None:
    matcher = date_walk.matcher_for("oresund")
    assert matcher is not None
    assert matcher.matches("øresund harbour") is None
    assert matcher.matches("«oresund» harbour") is True  # quotes are not letters
    assert date_walk.matcher_for("ø") is None


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize("typed", QUERIES)
@pytest.mark.parametrize(("sort", "limit", "offset"), [
    ("relevance", 50, 0), ("date", 50, 0), ("date", 30, 100), ("relevance", 200, 0),
    ("date", 600, 0)])
def test_the_walk_in_python_gives_the_sql_walks_page(
        many: Catalog, monkeypatch: pytest.MonkeyPatch, typed: str, sort: str, limit: int,
        offset: int) -> None:
    fast = _page(many, typed, sort, limit, offset, count=False)
    counted = _page(many, typed, sort, limit, offset)
    monkeypatch.setattr(search_module, "WALK_BUDGET", 0)
    slow = _page(many, typed, sort, limit, offset)
    assert fast[0] == counted[0] == slow[0]
    assert counted[1] == slow[1] and counted[2] and slow[2]
    if fast[2]:
        assert fast[1] == slow[1]
    else:
        assert fast[1] > search_module.RANK_LIMIT


@pytest.mark.parametrize("typed", ["moon", "leonov", "z", "1965 moon"])
def test_the_count_leaves_out_the_trash(many: Catalog, typed: str) -> None:
    everything = many.search(typed, limit=10_000, facets=False, include_deleted=True)
    live = many.search(typed, limit=10_000, facets=False)
    assert live.total_exact and live.total == len(live.rows)
    in_trash = many.connection.execute("SELECT count(*) FROM works WHERE deleted_at IS NOT NULL"
                                       ).fetchone()[0]
    assert (live.total < everything.total) == bool(in_trash)


def test_a_page_without_a_count_says_so(many: Catalog, small_limits: None) -> None:
    result = many.search("leonov", limit=10, facets=False, count=False)
    exact = many.search("leonov", limit=10, facets=False)
    assert exact.total_exact and exact.total > search_module.RANK_LIMIT
    in_trash = many.connection.execute("SELECT count(*) FROM works WHERE deleted_at IS NOT NULL"
                                       ).fetchone()[0]
    if in_trash:  # the trash's hits must be taken off: the count is made anyway
        assert result.total_exact and result.total == exact.total
    else:  # an estimate, from where the hits fall among the keys
        assert not result.total_exact
        assert 0.7 * exact.total < result.total < 1.3 * exact.total
    small = many.search("1965 moon sun", limit=10, facets=False, count=False)
    assert small.total_exact  # a small result is counted in the same short pass


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize("typed", ["leonov", "l", "space walk", "луну"])
def test_a_common_query_needs_no_second_pass_of_the_index(
        many: Catalog, monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    expected = _page(many, typed, "date", 50, 0)[0]

    def no_sql_walk(*_args: object) -> None:
        raise AssertionError("the SQL walk ran")

    monkeypatch.setattr(search_module, "_date_page", no_sql_walk)
    assert _page(many, typed, "date", 50, 0, count=False)[0] == expected


@pytest.mark.parametrize("typed", ["leonov", "moon", "z", "space walk", "1965 moon", "ø"])
def test_the_facet_call_counts_what_the_page_counts(many: Catalog, typed: str) -> None:
    """The window's facet call takes its total from the facet pass of the index."""
    counted = many.search(typed, limit=0, correct=False)
    page = many.search(typed, facets=False, correct=False)
    assert counted.total == page.total and counted.total_exact
    assert counted.facets == many.facet_counts(typed)

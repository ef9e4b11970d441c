"""Words a reader must not see broken across lines (issue 15 review): initials with their
surname, a day with its month; and a variant title that only repeats the title shown."""

from __future__ import annotations

from gallery.ui.detail.reading import other_titles
from gallery.ui.keep_together import NBSP, keep_together
from gallery.ui.timeline.layout import wrap_label


def test_initials_and_day_month_pairs_get_no_break_spaces() -> None:
    assert keep_together("А. А. Леонов, 18 марта 1965 г.") == (
        f"А.{NBSP}А.{NBSP}Леонов, 18{NBSP}марта 1965 г.")
    assert keep_together("Arthur C. Clarke, 18–19 Mar 1965, March 18") == (
        f"Arthur C.{NBSP}Clarke, 18–19{NBSP}Mar 1965, March{NBSP}18")
    assert keep_together("т. е. с. 41, в 1965 г.") == "т. е. с. 41, в 1965 г."  # not initials


def test_a_wrapped_label_never_breaks_at_a_no_break_space() -> None:
    text = keep_together("передан А. А. Леоновым 18 марта 1965 г.")
    lines = wrap_label(text, 110.0, lambda s: 7.0 * len(s), max_lines=6)
    assert len(lines) > 2
    assert any(f"А.{NBSP}А.{NBSP}Леоновым" in line for line in lines)
    assert any(f"18{NBSP}марта" in line for line in lines)


def record(title: str, title_ru: str, *variants: str) -> dict:
    return {"title": title, "title_ru": title_ru,
            "other_titles": [{"text": v, "lang": None} for v in variants]}


def test_also_titled_leaves_out_the_title_shown_however_written() -> None:
    work = record("Lunokhod-1 in a crater", "Луноход-1 в кратере",
                  "lunokhod-1  in a CRATER", "Lunokhod-1 in a crater (title unknown)",
                  "ЛУНОХОД-1 В КРАТЕРЕ", "The crater", "the  crater")
    assert other_titles(work, "en") == ["The crater"]
    assert other_titles(record("Утро «Лунохода-1»", "", "УТРО «ЛУНОХОДА-1»"), "ru") == []
    assert other_titles(record("Звёздные пути", "", "Звездные пути"), "ru") == []

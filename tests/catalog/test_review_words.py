"""Words from the Russian review of the curator's desk (issue 20): history verbs that agree
with the record's gender, long values cut at whole words."""

from __future__ import annotations

from gallery.catalog.history_report import action_text, history_text
from gallery.catalog.wordcut import head, tail


def test_history_verbs_agree_with_the_records_gender() -> None:
    assert action_text("create", "people", "ru") == "создан"
    assert action_text("update", "missions", "ru") == "изменён"
    assert action_text("update", "sources", "ru") == "изменён"
    assert action_text("create", "works", "ru") == "создана"
    assert action_text("update", "agents", "ru") == "изменена"
    assert action_text("delete", "works", "ru") == "перемещена в корзину"
    assert action_text("update", "people", "en") == "edited"
    entry = {"at": "2026-12-07T09:01:07Z", "who": "Anna", "table": "people",
             "action": "update", "changes": []}
    assert "· Anna · изменён (человек)" in history_text([entry], "ru")


def test_a_long_text_is_cut_at_a_whole_word() -> None:
    text = "The State Tretyakov Gallery, Moscow"
    assert head(text, 24) == "The State Tretyakov…"
    assert tail(text, 18) == "…Gallery, Moscow"
    assert head(text, 100) == text and tail(text, 100) == text
    assert head("x" * 100, 10) == "x" * 9 + "…"  # one word longer than the room: cut in it


def test_history_lines_cut_unchanged_stretches_at_words() -> None:
    before = "Given by the family of the artist to the museum " * 3 + "in 1975."
    after = "Given by the family of the artist to the museum " * 3 + "in 1976."
    from gallery.catalog.history_diff import word_spans

    entry = {"at": "2026-12-07T09:01:07Z", "who": "Anna", "table": "works",
             "action": "update", "changes": [{
                 "field": "credit_line", "kind": "text", "before": before, "after": after,
                 "label": {"en": "Credit line", "ru": "Источник поступления"},
                 "words": word_spans(before, after)}]}
    line, marks = history_text([entry], "en").splitlines()[-2:]
    kept = line.split("after:")[1].strip()
    assert kept.startswith("…") and kept.endswith("1976.")
    assert marks.rstrip().endswith("^^^^") and len(marks.rstrip()) == len(line) - 1
    assert kept[1:].split(" ")[0] in after.split(" ")  # a whole word after the cut

"""The progress line: one rewritten line on a terminal, nothing when stderr is piped."""

from __future__ import annotations

import io

from gallery.catalog.interop.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_and_quiet_otherwise() -> None:
    terminal = Terminal()
    progress = Progress("LIDO", 2, terminal)
    progress.step(1, "orbital-sunrise")
    progress.step(2, "near")
    progress.finish()
    text = terminal.getvalue()
    assert "\rLIDO 1/2 orbital-sunrise" in text and "\rLIDO 2/2 near" in text
    assert text.endswith("\r")
    piped = io.StringIO()
    quiet = Progress("LIDO", 2, piped)
    quiet.step(1)
    quiet.finish()
    assert piped.getvalue() == ""

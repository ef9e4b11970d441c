"""A module's regular expressions compiled when first used (gallery.lazy.lazy_pattern): the
visitor's window imports the date parser with every record but parses no date (issue 22)."""

from __future__ import annotations

import re
import subprocess
import sys

from gallery.lazy import lazy_pattern


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    pattern = lazy_pattern(r"^(\d{4})\s*(г\.?)?$", re.I)
    assert "match" not in vars(pattern)  # nothing compiled yet
    assert pattern.match("1965 Г.")[1] == "1965"
    assert pattern.match("about 1965") is None
    assert "match" in vars(pattern)  # kept: later calls go straight to the pattern
    assert pattern.sub("*", "1975") == "*"
    assert pattern.flags & re.I


def test_importing_the_date_parser_compiles_none_of_its_patterns() -> None:
    code = ("import re, sys\n"
            "compiled = []\n"
            "real = re._compile\n"
            "def counting(pattern, flags):\n"
            "    compiled.append(pattern)\n"
            "    return real(pattern, flags)\n"
            "re._compile = counting\n"
            "import gallery.catalog.dates as dates\n"
            "before = len(compiled)\n"
            "assert dates.parse_date('about 12 April 1961').edtf == '1961-04-12~'\n"
            "print(before, len(compiled) - before)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert int(out[0]) < 5 and int(out[1]) > 5, out

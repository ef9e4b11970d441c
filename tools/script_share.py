"""How much of a view is in the other language's script, read off a screenshot by OCR.

    python tools/script_share.py --lang ru [--keep DIR] [VIEW ...]
Renders each view with `gallery screenshot --lang L`, reads it with Tesseract (rus+eng) and
prints the share of words in Latin script (for ru) or in Cyrillic (for en). Words of one or two
letters and numbers are not counted (OCR noise). The default views are the grid, the timeline,
the missions page and two works' pages. Needs `tesseract` with the rus and eng data.
Only words Tesseract reads with confidence of at least MIN_CONFIDENCE count: hatched bars and
thin lines come out as low-confidence strings of Latin letters ("LALA", "LLDLLD") that are no
text on the screen.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ("browse", "timeline", "missions", "detail:orbital-sunrise-1965",
         "detail:morning-of-lunokhod-1")
# Words allowed in the other script: the language switcher names the other language.
ALLOWED = {"ru": {"english"}, "en": {"русский"}}
MIN_CONFIDENCE = 70.0


def words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", text)]


def foreign(word: str, lang: str) -> bool:
    latin = bool(re.search(r"[A-Za-z]", word))
    cyrillic = bool(re.search(r"[А-Яа-яЁё]", word))
    return latin and not cyrillic if lang == "ru" else cyrillic and not latin


def measure(view: str, lang: str, folder: Path) -> tuple[int, int, list[str]]:
    png = folder / f"{view.replace(':', '-')}-{lang}.png"
    subprocess.run([sys.executable, "-m", "gallery", "screenshot", "--view", view, "--lang",
                    lang, "--out", str(png)], check=True, cwd=ROOT)
    tsv = subprocess.run(["tesseract", str(png), "-", "-l", "rus+eng", "tsv"], check=True,
                         capture_output=True, text=True).stdout
    found = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 12 and cells[11].strip() and float(cells[10]) >= MIN_CONFIDENCE:
            found.extend(words(cells[11]))
    other = [w for w in found if foreign(w, lang) and w.lower() not in ALLOWED[lang]]
    return len(found), len(other), other


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("views", nargs="*", default=list(VIEWS))
    parser.add_argument("--lang", choices=("en", "ru"), default="ru")
    parser.add_argument("--keep", type=Path, help="folder to keep the screenshots in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    worst = 0.0
    for view in args.views:
        total, other, sample = measure(view, args.lang, folder)
        share = 100.0 * other / total if total else 0.0
        worst = max(worst, share)
        print(f"{view:40s} words={total:4d} other-script={other:3d} ({share:4.1f} %)  "
              f"e.g. {' '.join(sample[:12])}")
    print(f"worst {worst:.1f} % (target: at most 5 %)")
    return 0 if worst <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())

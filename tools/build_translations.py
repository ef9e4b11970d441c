"""Build the Russian interface translation: extract, fill in, compile.

    python tools/build_translations.py            # update gallery_ru.ts and build gallery_ru.qm
    python tools/build_translations.py --check    # also exit 1 if any string is untranslated

1. `pyside6-lupdate` reads every src/gallery/ui/**/*.py (self.tr(), QCoreApplication.translate)
   and (re)writes src/gallery/resources/i18n/gallery_ru.ts, keeping translations already there.
2. Every message is filled from the RU dictionary below (context-specific entries first); the
   dictionary wins over the .ts, so it stays the one place translations are maintained. A message
   the dictionary lacks keeps the .ts translation if it has one, else stays "unfinished" and is
   listed.
3. `pyside6-lrelease` compiles the .ts into gallery_ru.qm, which the app loads (both committed).

The tools come with PySide6 (next to this Python, or on PATH). Run from the repository root.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "gallery" / "ui"
TS = ROOT / "src" / "gallery" / "resources" / "i18n" / "gallery_ru.ts"
QM = TS.with_suffix(".qm")

from translations_ru import RU, RU_CONTEXT  # noqa: E402  (the dictionary, beside this tool)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def extract() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)),
                    "-no-obsolete", "-locations", "none", "-target-language", "ru_RU"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lookup(context: str, source: str) -> str | tuple[str, ...] | None:
    return RU_CONTEXT.get((context, source), RU.get(source))


def fill() -> list[tuple[str, str]]:
    """Put the dictionary's translations into the .ts; return what is still missing."""
    tree = ET.parse(TS)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            wanted = lookup(name, source)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, tuple) else None
                if forms:
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                    translation.attrib.pop("type", None)
                elif translation.get("type") == "unfinished":
                    missing.append((name, source))
                continue
            if isinstance(wanted, str):
                translation.text = wanted
                translation.attrib.pop("type", None)
            elif not (translation.text or "").strip():
                translation.set("type", "unfinished")
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def compile_qm() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True,
                   stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is missing")
    args = parser.parse_args()
    extract()
    missing = fill()
    compile_qm()
    total = sum(1 for _ in ET.parse(TS).getroot().iter("message"))
    print(f"{TS.relative_to(ROOT)}: {total} messages, {len(missing)} untranslated")
    for context, source in missing:
        print(f"  untranslated [{context}] {source!r}")
    print(f"built {QM.relative_to(ROOT)}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the Russian interface translation: extract, fill in, compile.

    python tools/build_translations.py            # update gallery_ru.ts and build gallery_ru.qm
    python tools/build_translations.py --check    # also exit 1 if any string is untranslated

1. `pyside6-lupdate` reads every src/gallery/ui/**/*.py (self.tr(), QCoreApplication.translate)
   and (re)writes src/gallery/resources/i18n/gallery_ru.ts, keeping translations already there.
2. Messages of modules that translate through a `def tr(text)` helper are moved to the context
   the helper asks for (lupdate files them under an empty one). Every message is then filled
   from the RU dictionary in tools/translations_ru.py (context-specific entries first); the
   dictionary wins over the .ts, so it stays the one place translations are maintained. A
   message the dictionary lacks keeps the .ts translation if it has one, else stays
   "unfinished" and is listed.
3. `pyside6-lrelease` compiles the .ts into gallery_ru.qm, which the app loads (both committed).

The tools come with PySide6 (next to this Python, or on PATH). Run from the repository root.
"""

from __future__ import annotations

import argparse
import ast
import copy
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


def helper_contexts() -> dict[str, set[str]]:
    """Source text -> contexts, for modules with a helper `def tr(text): return
    QCoreApplication.translate("Context", text)`. lupdate files such calls under an empty
    context, where the app (asking for "Context") would never find them."""
    found: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        context = None
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "tr":
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and getattr(call.func, "attr", "")
                            == "translate" and call.args
                            and isinstance(call.args[0], ast.Constant)):
                        context = call.args[0].value
        if not context:
            continue
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id == "tr" and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                found.setdefault(call.args[0].value, set()).add(context)
    return found


def rehome(root: ET.Element) -> None:
    """Move messages from the empty context to the helper contexts that really ask for them."""
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    empty = contexts.get("")
    if empty is None:
        return
    homes = helper_contexts()
    for message in list(empty.iter("message")):
        for name in sorted(homes.get(message.findtext("source") or "", ())):
            if name not in contexts:
                contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(contexts[name], "name").text = name
            contexts[name].append(copy.deepcopy(message))
        if homes.get(message.findtext("source") or ""):
            empty.remove(message)
    if not list(empty.iter("message")):
        root.remove(empty)


def lookup(context: str, source: str) -> str | tuple[str, ...] | None:
    return RU_CONTEXT.get((context, source), RU.get(source))


def fill() -> list[tuple[str, str]]:
    """Put the dictionary's translations into the .ts; return what is still missing."""
    tree = ET.parse(TS)
    rehome(tree.getroot())
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

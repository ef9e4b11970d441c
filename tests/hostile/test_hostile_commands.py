"""Every headless command against the hostile corpus (issue 11): exit 0, 1 or 2, never a
traceback, one line when it refuses, a refused input's bytes unchanged, and nothing written
outside the folder each run is given.

Commands come from the registry, so a new command is exercised without editing this file: it
gets a recipe built from its own arguments (each positional is given the hostile input).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hostile_corpus import (
    build_base,
    crafted_csv,
    crafted_images,
    crafted_json,
    damaged_catalogs,
    hostile_paths,
    make_fifo,
    wal_catalogs,
)

from gallery.cli import build_parser, main
from gallery.commands import registry

# Commands that open windows: exercised by the UI tests, not here.
GUI = {"app": "the gallery window", "edit": "the editor window",
       "slideshow": "the fullscreen show", "screens": "lists screens; reads no file",
       "screenshot": "renders the window offscreen (a damaged catalog: in a subprocess below)",
       "install-desktop": "writes a menu entry; takes no input"}
WORK = "near-the-moon"
# How each command is run; {catalog} {input} {out} {work} are filled per run.
RECIPES: dict[str, list[list[str]]] = {
    "check": [["check", "{catalog}"], ["check", "--no-decode"]],
    "search": [["search", "moon", "--json"]],
    "export": [["export", "--format", "json"], ["export", "--format", "csv", "-o", "{out}/w.csv"],
               ["export", "--format", "lido", "-o", "{out}/lido"],
               ["export", "--format", "linked-art", "-o", "{out}/la"],
               ["export", "--format", "iiif", "-o", "{out}/iiif"]],
    "import-json": [["import-json", "{input}", "--catalog", "{out}/new.db"]],
    "reindex": [["reindex"]],
    "backup": [["backup"]],
    "restore": [["restore", "{input}"]],
    "standins": [["standins"]],
    "import-image": [["import-image", "{work}", "{input}"]],
    "thumbnails": [["thumbnails"]],
    "import-csv": [["import-csv", "{input}", "--dry-run"], ["import-csv", "{input}"]],
    "undo-import": [["undo-import", "no-such-change"]],
    "serve-iiif": [["serve-iiif", "{input}"]],
}
# Which sound input a command's {input} gets when the catalog is what varies.
SOUND_INPUT = {"import-json": "export.json", "restore": "sources/backup.db",
               "import-image": "sources/scan.jpg", "import-csv": "export.csv",
               "serve-iiif": "sources"}


def headless() -> list[str]:
    return [c.name for c in registry.COMMANDS if c.name not in GUI]


def recipes(name: str) -> list[list[str]]:
    if name in RECIPES:
        return RECIPES[name]
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    argv = [name]
    for action in sub.choices[name]._actions:
        if not action.option_strings and action.nargs != "?":
            argv.append("{input}")
        elif action.required:
            argv += [action.option_strings[0], "{out}/x"]
    return [argv]


def test_every_registered_command_is_exercised_or_named_as_a_window() -> None:
    names = {c.name for c in registry.COMMANDS}
    assert set(GUI) <= names and set(RECIPES) <= names
    assert all(recipes(n) for n in headless())


# -- running one command against one input ------------------------------------------------------
@dataclass
class Tally:
    runs: int = 0
    refused: int = 0
    failures: list[str] = field(default_factory=list)

    def report(self, what: str) -> None:
        print(f"\n{what}: {self.runs} runs, {self.refused} refused cleanly, "
              f"{self.runs - self.refused} succeeded, {len(self.failures)} failures")
        assert not self.failures, "\n".join(self.failures[:15])


class _Hung(Exception):
    pass


@contextlib.contextmanager
def _captured() -> Iterator[tuple[io.BytesIO, io.BytesIO]]:
    out, err = io.BytesIO(), io.BytesIO()
    streams = (sys.stdout, sys.stderr)
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)

    def hung(*_: object) -> None:
        raise _Hung

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        yield out, err
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        for wrapper in (sys.stdout, sys.stderr):
            wrapper.flush()
            wrapper.detach()  # keep the BytesIO open when the wrapper is collected
        sys.stdout, sys.stderr = streams


def _digest(path: Path, logical: bool = False) -> str | None:
    if path.is_symlink() or not path.is_file():
        return None
    if path.stat().st_size > 64 << 20:  # the sparse giant: its size and time stand for it
        return f"{path.stat().st_size}:{path.stat().st_mtime_ns}"
    wal = Path(f"{path}-wal")
    if logical or (wal.is_file() and wal.stat().st_size):
        return "logical:" + _logical(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _logical(path: Path) -> str:
    """A catalog with a WAL by what it holds: closing any writer checkpoints the WAL into the
    main file, which moves bytes without changing a single row."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "c.db"
        shutil.copy(path, copy)
        if Path(f"{path}-wal").is_file():
            shutil.copy(f"{path}-wal", f"{copy}-wal")
        con = sqlite3.connect(copy)
        try:
            return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
        except sqlite3.DatabaseError as error:
            return f"unreadable: {error}"
        finally:
            con.close()


def _stat_snapshot(root: Path) -> dict[str, tuple[int, int, int] | None]:
    """Every path under root with its size, change time and inode (cheaper than bytes)."""
    out: dict[str, tuple[int, int, int] | None] = {}
    for path in root.rglob("*"):
        info = path.lstat()
        out[str(path.relative_to(root))] = (None if path.is_dir() and not path.is_symlink()
                                            else (info.st_size, info.st_mtime_ns, info.st_ino))
    return out


def exercise(tally: Tally, label: str, root: Path, argv: list[str],
             guarded: list[Path]) -> int:
    """Run `gallery argv` in-process; everything outside root/case must stay as it was."""
    before = _stat_snapshot(root)
    hashes = {p: _digest(p) for p in guarded}  # the catalog (and its WAL) or the input
    tally.runs += 1
    try:
        with _captured() as (out_b, err_b):
            code = main(argv)
    except _Hung:
        tally.failures.append(f"{label}: hung")
        return -1
    except BaseException as error:  # a traceback is what we are hunting
        tally.failures.append(f"{label}: raised {type(error).__name__}: {error}")
        return -1
    out, err = out_b.getvalue().decode(errors="replace"), err_b.getvalue().decode(
        errors="replace")
    problems = []
    if code not in (0, 1, 2):
        problems.append(f"exit {code}")
    if "Traceback" in out + err:
        problems.append("a traceback")
    if code == 2 and len(err.strip().splitlines()) != 1:
        problems.append(f"{len(err.strip().splitlines())} lines on stderr")
    if code == 1 and not (out + err).strip():
        problems.append("exit 1 without a word")
    if code:
        tally.refused += 1
        changed = [str(p.name) for p, h in hashes.items()
                   if _digest(p, logical=str(h).startswith("logical:")) != h]
        if changed:
            problems.append(f"refused, yet changed {changed}")
    after = _stat_snapshot(root)
    escaped = sorted(p for p in before.keys() | after.keys()
                     if before.get(p) != after.get(p) and not p.startswith("case"))
    if escaped:
        problems.append(f"wrote outside its folder: {escaped[:3]}")
    leftovers = [p for p in after if p.endswith((".partial", ".importing", ".restoring"))]
    if leftovers:
        problems.append(f"left {leftovers[:2]}")
    if problems:
        tally.failures.append(f"{label}: exit {code}: {'; '.join(problems)} | "
                              f"{err.strip()[:300]}")
    return code


def fill(argv: list[str], **values: str) -> list[str]:
    return [a.format(**values) for a in argv]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_base(tmp_path_factory.mktemp("base") / "cat")


def fresh_case(root: Path, base: Path) -> Path:
    """root/case: a copy of the sound catalog folder; root/sentinel: what must not change."""
    if root.exists():
        shutil.rmtree(root)
    case = root / "case"
    # hard links are cheap; no command rewrites these in place (atomic writes replace)
    shutil.copytree(base.parent, case, symlinks=True, copy_function=os.link)
    # SQLite writes in place: the catalog, its WAL and shared memory are real copies (a
    # hard-linked WAL let a command's writes reach the base, and every later test).
    for suffix in ("", "-wal", "-shm"):
        linked = case / f"catalog.db{suffix}"
        if linked.exists():
            linked.unlink()
            shutil.copy(Path(f"{base}{suffix}"), linked)
    (case / "out").mkdir()
    (root / "sentinel").mkdir()
    (root / "sentinel" / "keep.txt").write_text("keep")
    return case


# -- damaged catalogs ---------------------------------------------------------------------------
def _is_damaged(path: Path) -> bool:
    from gallery.catalog.connection import quick_check_file

    head = path.read_bytes()[:16]
    return head == b"SQLite format 3\x00" and bool(quick_check_file(path))


def test_damaged_catalogs_through_every_command(base: Path, tmp_path: Path) -> None:
    tally = Tally()
    corpus = {name: (data, None) for name, data in damaged_catalogs(base).items()}
    corpus.update(wal_catalogs(base, tmp_path))
    root = tmp_path / "run"
    for name, (main_bytes, wal) in corpus.items():
        every = name.startswith(("btree", "wal"))  # the rest: each command's first recipe
        for command in headless():
            for template in recipes(command)[: None if every else 1]:
                case = fresh_case(root, base)
                catalog = case / "catalog.db"
                catalog.write_bytes(main_bytes)
                if wal is not None:
                    Path(f"{catalog}-wal").write_bytes(wal)
                damaged = _is_damaged(catalog)
                argv = fill(template, catalog=str(catalog), out=str(case / "out"), work=WORK,
                            input=str(case / SOUND_INPUT.get(command, "export.json")))
                label = f"{name} | {' '.join(template)}"
                code = exercise(tally, label, root, [*argv, "--catalog", str(catalog)]
                                if "--catalog" not in argv else argv,
                                [catalog])
                if damaged and command in ("check", "backup") and code == 0:
                    tally.failures.append(f"{label}: a damaged catalog passed")
                if damaged and command == "backup" and (case / "backups").exists() \
                        and any((case / "backups").iterdir()):
                    tally.failures.append(f"{label}: backed up a damaged catalog")
    tally.report(f"damaged catalogs ({len(corpus)})")


# -- crafted inputs -----------------------------------------------------------------------------
def _input_commands() -> list[tuple[str, list[str]]]:
    return [(c, t) for c in headless() for t in recipes(c) if "{input}" in t]


def test_crafted_inputs_through_every_command_that_reads_one(base: Path,
                                                            tmp_path: Path) -> None:
    tally = Tally()
    sound_json = (base.parent / "export.json").read_text()
    sound_csv = (base.parent / "export.csv").read_text()
    files = {**crafted_json(sound_json), **crafted_csv(sound_csv), **crafted_images()}
    root = tmp_path / "run"
    suffix = {"json": ".json", "csv": ".csv", "image": ".jpg"}
    tried = 0
    for name, data in files.items():
        for _command, template in _input_commands():
            case = fresh_case(root, base)
            source = case / "inputs" / (name + suffix[name.split("-")[0]])
            source.parent.mkdir()
            source.write_bytes(data)
            argv = fill(template, out=str(case / "out"), work=WORK, input=str(source),
                        catalog=str(case / "catalog.db"))
            if "--catalog" not in argv:
                argv += ["--catalog", str(case / "catalog.db")]
            exercise(tally, f"{name} | {' '.join(template)}", root, argv,
                     [source, case / "catalog.db"])
        tried += 1
    paths = hostile_paths(tmp_path / "paths", base)
    for name, path in paths.items():  # /dev/zero and FIFOs: in subprocesses, below
        for _command, template in _input_commands():
            case = fresh_case(root, base)
            argv = fill(template, out=str(case / "out"), work=WORK, input=str(path),
                        catalog=str(case / "catalog.db"))
            if "--catalog" not in argv:
                argv += ["--catalog", str(case / "catalog.db")]
            exercise(tally, f"{name} | {' '.join(template)}", root, argv,
                     [case / "catalog.db"])
        tried += 1
    tally.report(f"crafted inputs and paths ({tried})")


# -- hostile catalog paths ------------------------------------------------------------------------
def test_hostile_catalog_paths_through_every_command(base: Path, tmp_path: Path) -> None:
    tally = Tally()
    paths = hostile_paths(tmp_path / "paths", base)
    root = tmp_path / "run"
    for name, path in paths.items():
        for command in headless():
            for template in recipes(command)[:1]:
                case = fresh_case(root, base)
                argv = fill(template, catalog=str(path), out=str(case / "out"), work=WORK,
                            input=str(case / SOUND_INPUT.get(command, "export.json")))
                if "--catalog" not in argv:
                    argv += ["--catalog", str(path)]
                exercise(tally, f"{name} | {' '.join(template)}", root, argv, [])
    tally.report(f"hostile catalog paths ({len(paths)})")


def test_a_percent_name_opens_exactly_that_file(base: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import json

    shutil.copy(base, tmp_path / "cat%20alog.db")
    decoy = tmp_path / "cat alog.db"
    shutil.copy(base, decoy)
    con = sqlite3.connect(decoy)
    con.execute("UPDATE works SET title = 'Decoy', image_path = NULL")
    con.commit()
    con.close()
    for name in ("cat%20alog.db", "cat%3Falog.db", "c?at.db", "c#at.db", "c%25.db"):
        if not (tmp_path / name).exists():
            shutil.copy(base, tmp_path / name)
        assert main(["search", "moon", "--json", "--catalog", str(tmp_path / name)]) == 0
        hits = json.loads(capsys.readouterr().out)["hits"]
        assert [h["title"] for h in hits] == ["Near the Moon"], name


# -- FIFOs and devices: in subprocesses, since a hang must not take the suite with it ------------
def _gallery(*args: str, timeout: float = 20) -> tuple[int, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    try:
        done = subprocess.run([sys.executable, "-m", "gallery", *args], capture_output=True,
                              text=True, timeout=timeout, env=env, preexec_fn=limit_memory)
    except subprocess.TimeoutExpired:
        return -1, "hung"
    return done.returncode, done.stdout + done.stderr


def test_fifos_and_devices_are_refused_without_hanging(base: Path, tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(base.parent, case)
    fifo = make_fifo(tmp_path / "pipe")
    catalog = str(case / "catalog.db")
    runs = [("search", "moon", "--catalog", str(fifo)),
            ("check", str(fifo)),
            ("backup", "--catalog", str(fifo)),
            ("import-json", str(fifo), "--catalog", str(tmp_path / "n1.db")),
            ("import-json", "/dev/zero", "--catalog", str(tmp_path / "n2.db")),
            ("import-csv", str(fifo), "--catalog", catalog),
            ("import-csv", "/dev/zero", "--catalog", catalog),
            ("import-image", WORK, str(fifo), "--catalog", catalog),
            ("import-image", WORK, "/dev/zero", "--catalog", catalog),
            ("restore", str(fifo), "--catalog", catalog),
            ("search", "moon", "--catalog", "/dev/null")]
    before = (case / "catalog.db").read_bytes()
    failures = []
    for argv in runs:
        code, text = _gallery(*argv)
        if code != 2 or len(text.strip().splitlines()) != 1 or "Traceback" in text:
            failures.append(f"{' '.join(argv)}: exit {code}: {text.strip()[-300:]}")
    print(f"\nFIFOs and devices: {len(runs)} runs, {len(runs) - len(failures)} refused cleanly")
    assert not failures, "\n".join(failures)
    assert (case / "catalog.db").read_bytes() == before
    assert fifo.is_fifo() and not (tmp_path / "n1.db").exists()


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_export_never_replaces_a_symlink_or_special_file(base: Path, tmp_path: Path,
                                                         kind: str,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep")
    target = tmp_path / "out.json"
    if kind == "symlink":
        target.symlink_to(precious)
    else:
        make_fifo(target)
    for fmt in ("json", "csv", "lido", "linked-art"):
        name = target if fmt != "lido" else target.with_suffix(".xml")
        if fmt == "lido":
            name.unlink(missing_ok=True)
            name.symlink_to(precious) if kind == "symlink" else make_fifo(name)
        code = main(["export", "--format", fmt, "-o", str(name), "--catalog", str(base)])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1, (fmt, err)
        assert name.is_symlink() if kind == "symlink" else name.is_fifo()
    assert precious.read_text() == "keep"


def test_screenshot_of_a_damaged_catalog_says_so_and_writes_nothing(base: Path,
                                                                     tmp_path: Path) -> None:
    from hostile_corpus import damaged_catalogs

    catalog = tmp_path / "catalog.db"
    catalog.write_bytes(damaged_catalogs(base)["btree-works-0"])
    failures = []
    for view in ("browse", "timeline", f"detail:{WORK}"):
        out = tmp_path / "shot.png"
        code, text = _gallery("screenshot", "--view", view, "--out", str(out),
                              "--catalog", str(catalog), timeout=60)
        last = text.strip().splitlines()[-1] if text.strip() else ""
        if code != 2 or "Traceback" in text or not last.startswith("gallery: ") \
                or out.exists():
            failures.append(f"{view}: exit {code}: {text.strip()[-300:]}")
    assert not failures, "\n".join(failures)

"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a unix socket in
that folder (no TCP port), one cluster per test session, a fresh database per test.

initdb refuses to run as root, so as root the cluster runs as the `postgres` user that
Debian's package creates (or `nobody`). Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "gallery_admin"
PASSWORD_USER = "curator_pw"


def server_bin() -> Path | None:
    """The folder with initdb and postgres, or None when no server is installed."""
    found = shutil.which("initdb")
    if found and Path(found).resolve().parent.joinpath("postgres").exists():
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root with neither a 'postgres' nor a 'nobody' user")


class Cluster:
    """One running server; `stop()` ends it and removes its folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="gallery-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root  # the socket lives beside the data, gone with it
        self._prefix = _run_as()
        if self._prefix:
            user = self._prefix[2]
            entry = pwd.getpwnam(user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self.root.chmod(0o755)
        self._started = False

    def _cmd(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._prefix, *args], capture_output=True, text=True,
                              check=False, cwd=self.root, timeout=120)

    def start(self) -> None:
        init = self._cmd(str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER,
                         "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        if init.returncode:
            raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
        # One role logs in with a password (the wrong-password test); every other trusts
        # the socket, which only this folder's owner can reach.
        (self.data / "pg_hba.conf").write_text(
            f"local all {PASSWORD_USER} scram-sha-256\nlocal all all trust\n")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60 -c shared_buffers=32MB")
        self._options = options
        started = self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60",
                            "-l", str(self.root / "server.log"), "-o", options, "start")
        if started.returncode:
            log = (self.root / "server.log")
            detail = log.read_text() if log.exists() else started.stderr
            raise RuntimeError(f"the PostgreSQL server did not start: {detail.strip()}")
        self._started = True

    def stop_server(self) -> None:
        """Stop the server, keeping its data (a test of an outage)."""
        self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        self._started = False

    def start_server(self) -> None:
        """Start a stopped server again on its data."""
        started = self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-w", "-t", "60",
                            "-l", str(self.root / "server.log"), "-o", self._options, "start")
        if started.returncode:
            raise RuntimeError(f"the PostgreSQL server did not start again: {started.stderr}")
        self._started = True

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}"

    def psql(self, sql: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as con:
            con.execute(sql)

    def stop(self) -> None:
        if self._started:
            self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
            self._started = False
        for _ in range(20):
            try:
                shutil.rmtree(self.root)
                return
            except OSError:
                time.sleep(0.1)


def start_cluster() -> Cluster:
    bindir = server_bin()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL server installed (initdb not found)")
    cluster = Cluster(bindir)
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster

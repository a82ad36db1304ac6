"""A throwaway PostgreSQL server on a free loopback port, for tests.

>>> with postgres() as url:   # postgresql+asyncpg://postgres@127.0.0.1:PORT/prefect
...     ...

It uses the Debian package's binaries (``/usr/lib/postgresql/<version>/bin``; install
them with ``scripts/ci-install-postgres.sh``), a new data directory in a temp dir,
trust authentication, TCP on 127.0.0.1 only and a Unix socket inside the temp dir.
Run as root, every PostgreSQL command runs as the ``postgres`` user (``initdb``
refuses root) and the temp dir is handed to that user. On exit the server is
stopped and the directory removed. Missing binaries raise
:class:`PostgresUnavailable` with what to install: a test using this should fail,
not skip.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from servers import free_port

#: Where the Debian/Ubuntu ``postgresql-<version>`` packages put the server binaries.
BIN_GLOB = "/usr/lib/postgresql/*/bin"
#: The database created for the Prefect server.
DATABASE = "prefect"
SUPERUSER = "postgres"


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be started here (binaries missing, or it failed to start)."""


def find_bin_dir() -> Path:
    """The newest installed ``.../bin`` that has ``initdb``, ``pg_ctl`` and ``createdb``."""
    override = os.environ.get("PREFECT_REST_PG_BIN")
    candidates = [override] if override else glob.glob(BIN_GLOB)

    def version(path: str) -> tuple[int, ...]:
        part = Path(path).parent.name
        return tuple(int(x) for x in part.split(".") if x.isdigit())

    for directory in sorted(candidates, key=version, reverse=True):
        path = Path(directory)
        if all((path / tool).is_file() for tool in ("initdb", "pg_ctl", "createdb")):
            return path
    where = override or BIN_GLOB
    raise PostgresUnavailable(
        f"PostgreSQL server binaries (initdb, pg_ctl, createdb) not found in {where}. "
        "Install them with `scripts/ci-install-postgres.sh` (Debian package `postgresql`), "
        "or point PREFECT_REST_PG_BIN at a PostgreSQL bin directory."
    )


class _Runner:
    """Runs PostgreSQL commands, as ``postgres`` when we are root."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.as_root = os.geteuid() == 0
        self.user: pwd.struct_passwd | None = None
        if self.as_root:
            try:
                self.user = pwd.getpwnam(SUPERUSER)
            except KeyError:
                raise PostgresUnavailable(
                    f"running as root, but there is no `{SUPERUSER}` user to run PostgreSQL as "
                    "(the Debian package creates it: scripts/ci-install-postgres.sh)"
                ) from None

    def chown(self, path: Path) -> None:
        if self.user is not None:
            os.chown(path, self.user.pw_uid, self.user.pw_gid)

    def run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C"
        kwargs: dict[str, object] = {}
        if self.user is not None:
            env["HOME"] = self.user.pw_dir
            env["USER"] = env["LOGNAME"] = self.user.pw_name
            kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        result = subprocess.run(
            [str(self.bin_dir / tool), *args],
            env=env,
            cwd="/",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            **kwargs,  # type: ignore[arg-type]
        )
        if check and result.returncode != 0:
            raise PostgresUnavailable(
                f"`{tool} {' '.join(args)}` exited {result.returncode}:\n"
                f"{result.stdout}{result.stderr}"
            )
        return result


@contextlib.contextmanager
def postgres(*, attempts: int = 3) -> Iterator[str]:
    """Start PostgreSQL, create the ``prefect`` database, yield its SQLAlchemy asyncpg URL.

    The server listens on 127.0.0.1 only; it is stopped and its files removed on exit.
    """
    runner = _Runner(find_bin_dir())
    # Short path: the Unix socket path (dir + ".s.PGSQL.<port>") must fit in 107 bytes.
    root = Path(tempfile.mkdtemp(prefix="pg-"))
    data, sockets, log = root / "data", root / "sock", root / "server.log"
    started = False
    try:
        os.chmod(root, 0o755)
        runner.chown(root)
        runner.run(
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        sockets.mkdir()
        runner.chown(sockets)
        for attempt in range(1, attempts + 1):
            port = free_port()
            options = (
                f"-p {port} -h 127.0.0.1 -k {sockets} "
                # A test database: durability is not wanted, speed is.
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            result = runner.run(
                "pg_ctl",
                "start",
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                check=False,
            )
            if result.returncode == 0:
                started = True
                break
            if attempt == attempts:  # the port may have been taken in between: retry
                server_log = log.read_text(errors="replace") if log.exists() else ""
                raise PostgresUnavailable(
                    f"PostgreSQL did not start (pg_ctl exited {result.returncode}):\n"
                    f"{result.stdout}{result.stderr}\n--- server log ---\n{server_log}"
                )
        runner.run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", SUPERUSER, DATABASE)
        yield f"postgresql+asyncpg://{SUPERUSER}@127.0.0.1:{port}/{DATABASE}"
    finally:
        if started:
            stop = runner.run("pg_ctl", "stop", "-D", str(data), "-m", "fast", "-w", check=False)
            if stop.returncode != 0:
                runner.run("pg_ctl", "stop", "-D", str(data), "-m", "immediate", "-w", check=False)
        shutil.rmtree(root, ignore_errors=True)

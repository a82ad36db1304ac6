"""Where the in-process server keeps its data, and what it does with a database it finds.

Each case runs fresh interpreters with a ``PREFECT_HOME`` (and template cache) of its
own: persistence across processes, Prefect's database settings, an older database
upgraded, a newer or foreign one refused untouched, bad templates rebuilt, the
throwaway setting, several processes writing at once, and a SIGKILLed writer.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import prefect_rest.inprocess as _ephemeral
import pytest
from prefect_rest.inprocess import files as _ephemeral_db
from prefect_rest.inprocess import sync_transport
from writers import WRITER

# Creates the flows named in argv[1:] (comma list) and prints what the server did.
_USE = """
    import json, sys
    from prefect_rest import SyncPrefectClient; import prefect_rest.inprocess as e
    from prefect_rest.exceptions import EphemeralServerUnavailable

    try:
        with SyncPrefectClient() as client:
            ids = {name: str(client.create_flow_from_name(name)) for name in sys.argv[1:]}
            names = sorted(flow.name for flow in client.read_flows())
    except EphemeralServerUnavailable as exc:
        print(json.dumps({"error": str(exc)}))
        raise SystemExit(0)
    s = e.process._server
    print(json.dumps({
        "ids": ids, "names": names, "database": str(s.database),
        "workdir": s.workdir and str(s.workdir), "from_template": s.from_template,
        "template_saved": s.template_saved, "migrated_from": s.migrated_from,
        "template": str(s.template),
    }))
"""


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "PREFECT_HOME": str(tmp_path / "home"),
    }
    env.pop("PREFECT_REST_EPHEMERAL_THROWAWAY", None)
    env.update(extra)
    return env


def _use(tmp_path: Path, *names: str, **extra: str) -> dict[str, Any]:
    return _run_script(_USE, tmp_path, *names, **extra)


def _run_script(script: str, tmp_path: Path, *args: str, **extra: str) -> dict[str, Any]:
    """Run ``script`` in a fresh interpreter (``_env``); return the JSON it prints last."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        env=_env(tmp_path, **extra),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _good_template() -> Path:
    sync_transport()  # this session's server made sure the template exists
    server = _ephemeral.process._server
    assert server is not None
    return server.template


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


# -- persistence ------------------------------------------------------------------


def test_data_written_in_one_process_is_read_by_the_next(tmp_path: Path) -> None:
    first = _use(tmp_path, "kept")
    assert first["database"] == str(tmp_path / "home" / "prefect.db")
    second = _use(tmp_path, "kept")  # create_flow_from_name returns the existing flow
    assert second["ids"] == first["ids"]
    assert second["names"] == ["kept"]
    # The second start found the database at the head revision: nothing to copy or migrate.
    assert second["from_template"] is False
    assert second["migrated_from"] is None
    assert second["template_saved"] is False


@pytest.mark.parametrize(
    "variable", ["PREFECT_SERVER_DATABASE_CONNECTION_URL", "PREFECT_API_DATABASE_CONNECTION_URL"]
)
def test_prefects_connection_url_settings_choose_the_database(
    tmp_path: Path, variable: str
) -> None:
    database = tmp_path / "elsewhere" / "mine.db"
    result = _use(tmp_path, "here", **{variable: f"sqlite+aiosqlite:///{database}"})
    assert result["database"] == str(database)
    assert database.is_file()
    assert not (tmp_path / "home" / "prefect.db").exists()


@pytest.mark.server
def test_prefect_server_start_serves_the_same_data(tmp_path: Path) -> None:
    import httpx
    from servers import prefect_server

    first = _use(tmp_path, "shared-with-the-server")
    with prefect_server({"PREFECT_HOME": str(tmp_path / "home")}) as url:
        flows = httpx.post(f"{url}/flows/filter", json={}, timeout=30).json()
    assert [flow["id"] for flow in flows] == [first["ids"]["shared-with-the-server"]]


# -- databases of other releases, or not Prefect's -----------------------------------


def test_older_database_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    first = _use(tmp_path, "old-data")
    database = Path(first["database"])
    head = _revision(database)
    prefect = Path(sys.executable).with_name("prefect")
    subprocess.run(
        [str(prefect), "server", "database", "downgrade", "-y", "-r", "-1"],
        env=_env(tmp_path, DO_NOT_TRACK="1"),
        capture_output=True,
        timeout=300,
        check=True,
    )
    older = _revision(database)
    assert older != head

    result = _use(tmp_path, "new-data")
    assert result["migrated_from"] == older
    assert _revision(database) == head
    assert result["names"] == ["new-data", "old-data"]
    backup = database.with_name(f"prefect.db.before-{older}")
    assert _revision(backup) == older


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    database = tmp_path / "home" / "prefect.db"
    database.parent.mkdir()
    shutil.copyfile(_good_template(), database)
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    before = _digest(database)

    result = _use(tmp_path, "never-written")
    assert "f00dfeedbeef" in result["error"]
    assert "does not know" in result["error"]
    assert _digest(database) == before


def test_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    database = tmp_path / "home" / "prefect.db"
    database.parent.mkdir()
    database.write_bytes(b"not a database, but someone's file " * 200)
    before = _digest(database)

    result = _use(tmp_path, "never-written")
    assert "not a SQLite database" in result["error"]
    assert _digest(database) == before


# -- the template ----------------------------------------------------------------


def _spoil(template: Path, good: Path, kind: str) -> None:
    if kind == "garbage":
        template.write_bytes(os.urandom(64 * 1024))
    elif kind == "truncated":
        template.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif kind == "empty":
        template.write_bytes(b"")
    elif kind == "older-schema":
        shutil.copyfile(good, template)
        with sqlite3.connect(template) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9725c1cbee35'")
    elif kind == "no-blocks":
        shutil.copyfile(good, template)
        with sqlite3.connect(template) as connection:
            connection.execute("PRAGMA foreign_keys = OFF")
            connection.execute("DELETE FROM block_type")


@pytest.mark.parametrize("kind", ["garbage", "truncated", "empty", "older-schema", "no-blocks"])
def test_bad_template_is_detected(tmp_path: Path, kind: str) -> None:
    good = _good_template()
    template = tmp_path / good.name
    _spoil(template, good, kind)
    head, _ = _ephemeral_db.known_revisions()
    assert _ephemeral_db.template_is_good(good, head)
    assert not _ephemeral_db.template_is_good(template, head)


# Every kind above takes the same rebuild path once detected (about 25 s a kind on
# 2 cores): rebuilt here for an unreadable file and for a readable, outdated one.
@pytest.mark.parametrize("kind", ["garbage", "older-schema"])
def test_bad_template_is_rebuilt(tmp_path: Path, kind: str) -> None:
    good = _good_template()
    cache = tmp_path / "cache"
    cache.mkdir()
    template = cache / good.name
    _spoil(template, good, kind)
    head, _ = _ephemeral_db.known_revisions()

    result = _use(tmp_path, "works", PREFECT_REST_CACHE_DIR=str(cache))
    assert result["names"] == ["works"]
    assert result["from_template"] is False
    assert result["template_saved"] is True
    assert _ephemeral_db.template_is_good(template, head)
    assert sorted(p.name for p in cache.iterdir()) == [good.name]  # written atomically
    # The next process copies the rebuilt template.
    again = _use(
        tmp_path, "again", PREFECT_REST_CACHE_DIR=str(cache), PREFECT_HOME=str(tmp_path / "h2")
    )
    assert again["from_template"] is True
    assert again["names"] == ["again"]


# -- throwaway -------------------------------------------------------------------


def test_throwaway_setting_leaves_nothing_behind(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = _use(tmp_path, "gone", PREFECT_REST_EPHEMERAL_THROWAWAY="1", TMPDIR=str(scratch))
    assert result["names"] == ["gone"]
    assert Path(result["workdir"]).parent == scratch
    assert list(scratch.iterdir()) == []
    home = tmp_path / "home"
    assert not home.exists() or list(home.iterdir()) == []
    again = _use(tmp_path, PREFECT_REST_EPHEMERAL_THROWAWAY="1", TMPDIR=str(scratch))
    assert again["names"] == []


# -- several processes ---------------------------------------------------------------


def _start_writer(tmp_path: Path, me: str, count: int, writers: int) -> subprocess.Popen[str]:
    barrier = tmp_path / "barrier"
    barrier.mkdir(exist_ok=True)
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            WRITER,
            me,
            str(count),
            str(barrier),
            str(writers),
        ],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count_runs(database: Path) -> int:
    with sqlite3.connect(database, timeout=60) as connection:
        return connection.execute("SELECT count(*) FROM flow_run").fetchone()[0]


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    _use(tmp_path)  # migrate first, so both writers start on a ready database
    writers = [_start_writer(tmp_path, name, 100, 2) for name in ("a", "b")]
    outputs = [writer.communicate(timeout=600) for writer in writers]
    for writer, (out, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err[-3000:]
        assert json.loads(out.strip().splitlines()[-1])["errors"] == []
        assert "database is locked" not in err
    assert _count_runs(tmp_path / "home" / "prefect.db") == 200


def test_a_killed_writer_leaves_the_database_usable(tmp_path: Path) -> None:
    _use(tmp_path)
    victim = _start_writer(tmp_path, "victim", 100_000, 1)
    progress = tmp_path / "progress-victim"
    deadline = time.monotonic() + 300
    while not (progress.exists() and progress.read_text() not in ("", "0", "1", "2")):
        assert victim.poll() is None, victim.communicate()[1][-3000:]
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)  # mid-write, perhaps holding the lock
    victim.wait()

    database = tmp_path / "home" / "prefect.db"
    survivor = _start_writer(tmp_path, "survivor", 20, 1)  # barrier already has "victim"
    out, err = survivor.communicate(timeout=300)
    assert survivor.returncode == 0, err[-3000:]
    assert json.loads(out.strip().splitlines()[-1])["errors"] == []
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        survivors = connection.execute(
            "SELECT count(*) FROM flow_run WHERE name LIKE 'survivor-%'"
        ).fetchone()[0]
    assert survivors == 20


# Six creates at once, each held 0.3 s inside the server's write (Prefect's own
# models.flows.create_flow, wrapped): prints how many were inside at the same time.
_CONCURRENT_WRITES = """
    import asyncio, json
    import prefect.server.models.flows as flows_model
    from prefect_rest import get_client

    inside = {"now": 0, "most": 0}
    create_flow = flows_model.create_flow

    async def slow_create_flow(*args, **kwargs):
        inside["now"] += 1
        inside["most"] = max(inside["most"], inside["now"])
        try:
            await asyncio.sleep(0.3)
            return await create_flow(*args, **kwargs)
        finally:
            inside["now"] -= 1

    flows_model.create_flow = slow_create_flow

    async def main():
        async with get_client() as client:
            await client.hello()
            ids = await asyncio.gather(
                *(client.create_flow_from_name(f"together-{i}") for i in range(6))
            )
            flows = await client.read_flows()
        return len(set(ids)), len(flows)

    created, stored = asyncio.run(main())
    print(json.dumps({"most_inside": inside["most"], "created": created, "stored": stored}))
"""


def test_writes_take_turns_on_sqlite_and_run_together_on_postgresql(tmp_path: Path) -> None:
    from pg import postgres

    on_sqlite = _run_script(_CONCURRENT_WRITES, tmp_path / "sqlite")
    with postgres() as url:
        on_postgres = _run_script(
            _CONCURRENT_WRITES, tmp_path / "pg", PREFECT_SERVER_DATABASE_CONNECTION_URL=url
        )
    # SQLite: one write at a time (two would make one fail with "database is locked").
    assert on_sqlite == {"most_inside": 1, "created": 6, "stored": 6}
    # PostgreSQL takes concurrent writes, as behind `prefect server start`: no gate.
    assert on_postgres["most_inside"] > 1
    assert (on_postgres["created"], on_postgres["stored"]) == (6, 6)


def test_postgresql_connection_url_is_used_and_kept(tmp_path: Path) -> None:
    from pg import postgres

    with postgres() as url:
        first = _use(tmp_path, "in-postgres", PREFECT_SERVER_DATABASE_CONNECTION_URL=url)
        again = _use(tmp_path, "in-postgres", PREFECT_SERVER_DATABASE_CONNECTION_URL=url)
    assert first["database"] == "None"  # no SQLite file: Prefect's start-up migrated it
    assert again["ids"] == first["ids"]
    assert again["names"] == ["in-postgres"]
    assert not (tmp_path / "home" / "prefect.db").exists()


# -- the database file (#23) --------------------------------------------------------


def test_a_symlinked_database_is_written_through(tmp_path: Path) -> None:
    """``prefect.db`` linked to a volume whose file does not exist yet: the volume gets it."""
    template = _good_template()
    home, volume = tmp_path / "home", tmp_path / "volume"
    home.mkdir()
    volume.mkdir()
    (home / "prefect.db").symlink_to(volume / "prefect.db")
    result = _use(tmp_path, "through-the-link", PREFECT_REST_CACHE_DIR=str(template.parent))
    assert result["names"] == ["through-the-link"]
    assert (home / "prefect.db").is_symlink()
    with sqlite3.connect(volume / "prefect.db") as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM flow")]
    assert names == ["through-the-link"]


def test_a_database_at_head_without_block_types_gets_them(tmp_path: Path) -> None:
    """A first start killed between the migrations and block registration is finished later."""
    template = _good_template()
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(template, home / "prefect.db")
    with sqlite3.connect(home / "prefect.db") as connection:
        connection.execute("DELETE FROM block_schema")
        connection.execute("DELETE FROM block_type")
    assert _ephemeral_db.block_type_count(home / "prefect.db") == 0
    result = _use(tmp_path, "after-the-kill", PREFECT_REST_CACHE_DIR=str(template.parent))
    assert result["names"] == ["after-the-kill"]
    assert _ephemeral_db.block_type_count(home / "prefect.db") > 0
    assert _revision(home / "prefect.db") == _revision(template)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_copied_and_built_databases_get_the_same_mode(tmp_path: Path) -> None:
    """Prefect's rule (SQLite's 0644 less the umask), whether copied or built on a first run."""
    template = _good_template()
    copied = _use(
        tmp_path / "copied",
        "copied",
        PREFECT_HOME=str(tmp_path / "copied" / "home"),
        PREFECT_REST_CACHE_DIR=str(template.parent),
    )
    built = _use(
        tmp_path / "built",
        "built",
        PREFECT_HOME=str(tmp_path / "built" / "home"),
        PREFECT_REST_CACHE_DIR=str(tmp_path / "built" / "cache"),
    )
    assert copied["from_template"] is True and built["template_saved"] is True
    expected = 0o644 & ~_umask()
    for result in (copied, built):
        assert Path(result["database"]).stat().st_mode & 0o777 == expected

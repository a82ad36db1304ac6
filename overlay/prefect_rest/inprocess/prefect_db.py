"""The few hooks into Prefect's server database layer the in-process server uses.

Prefect caches one database configuration per process (its connection URL decides
where every request and service writes) and one engine per (event loop, URL).
Everything here runs on the server loop and imports Prefect's server lazily.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = [
    "dispose_engines",
    "migrate_and_register_blocks",
    "point_prefect_at",
    "secret",
    "sqlite_file",
    "sqlite_url",
]


def sqlite_url(path: Path) -> str:
    """The aiosqlite connection URL of the SQLite file ``path``."""
    return f"sqlite+aiosqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite connection URL (None for other databases or ``:memory:``)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser().absolute()


def secret(value: Any) -> str:
    """The plain value of a setting that may be a pydantic ``SecretStr``."""
    return str(value.get_secret_value() if hasattr(value, "get_secret_value") else value)


def point_prefect_at(url: str) -> str:
    """Make Prefect's cached database config use ``url``; return the URL it had.

    The config is made first if it is not yet (from the settings in force).
    """
    from prefect.server.database import dependencies

    config = dependencies.MODELS_DEPENDENCIES.get("database_config")
    if config is None:
        dependencies.provide_database_interface()
        config = dependencies.MODELS_DEPENDENCIES.get("database_config")
    if config is None:  # pragma: no cover - Prefect always makes one
        return url
    previous = config.connection_url
    config.connection_url = url
    return previous


async def dispose_engines(url: str) -> None:
    """Close Prefect's cached engines on ``url``."""
    from prefect.server.database import configurations

    for key in [key for key in configurations.ENGINES if key[1] == url]:
        engine = configurations.ENGINES.pop(key, None)
        if engine is not None:
            await engine.dispose()


async def migrate_and_register_blocks() -> None:
    """Run Prefect's migrations and register its block types (the settings in force)."""
    from prefect.server.database import provide_database_interface
    from prefect.server.models.block_registration import run_block_auto_registration

    db = provide_database_interface()
    await db.create_db()
    session = await db.session()
    async with session:
        await run_block_auto_registration(session=session)  # commits as it goes

from ..types import OpenStrEnum


class ServerDatabaseSettingsDriverType0(OpenStrEnum):
    """ServerDatabaseSettingsDriverType0: values this client knows; others decode too (``is_known`` is False)."""

    POSTGRESQLASYNCPG = "postgresql+asyncpg"
    SQLITEAIOSQLITE = "sqlite+aiosqlite"

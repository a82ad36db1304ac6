from ..types import OpenStrEnum


class InternalSettingsLoggingLevel(OpenStrEnum):
    """InternalSettingsLoggingLevel: values this client knows; others decode too (``is_known`` is False)."""

    CRITICAL = "CRITICAL"
    DEBUG = "DEBUG"
    ERROR = "ERROR"
    INFO = "INFO"
    WARNING = "WARNING"

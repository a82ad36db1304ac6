from ..types import OpenStrEnum


class LoggingSettingsLevel(OpenStrEnum):
    """LoggingSettingsLevel: values this client knows; others decode too (``is_known`` is False)."""

    CRITICAL = "CRITICAL"
    DEBUG = "DEBUG"
    ERROR = "ERROR"
    INFO = "INFO"
    WARNING = "WARNING"

from ..types import OpenStrEnum


class RunnerServerSettingsLogLevel(OpenStrEnum):
    """RunnerServerSettingsLogLevel: values this client knows; others decode too (``is_known`` is False)."""

    CRITICAL = "CRITICAL"
    DEBUG = "DEBUG"
    ERROR = "ERROR"
    INFO = "INFO"
    WARNING = "WARNING"

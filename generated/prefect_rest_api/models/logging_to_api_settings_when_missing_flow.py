from ..types import OpenStrEnum


class LoggingToAPISettingsWhenMissingFlow(OpenStrEnum):
    """LoggingToAPISettingsWhenMissingFlow: values this client knows; others decode too (``is_known`` is False)."""

    ERROR = "error"
    IGNORE = "ignore"
    WARN = "warn"

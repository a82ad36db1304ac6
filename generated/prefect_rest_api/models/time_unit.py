from ..types import OpenStrEnum


class TimeUnit(OpenStrEnum):
    """TimeUnit: values this client knows; others decode too (``is_known`` is False)."""

    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"
    WEEK = "week"

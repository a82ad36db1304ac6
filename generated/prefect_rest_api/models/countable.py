from ..types import OpenStrEnum


class Countable(OpenStrEnum):
    """Countable: values this client knows; others decode too (``is_known`` is False)."""

    DAY = "day"
    EVENT = "event"
    RESOURCE = "resource"
    TIME = "time"

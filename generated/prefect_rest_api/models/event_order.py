from ..types import OpenStrEnum


class EventOrder(OpenStrEnum):
    """EventOrder: values this client knows; others decode too (``is_known`` is False)."""

    ASC = "ASC"
    DESC = "DESC"

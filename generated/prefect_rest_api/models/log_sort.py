from ..types import OpenStrEnum


class LogSort(OpenStrEnum):
    """LogSort: values this client knows; others decode too (``is_known`` is False)."""

    TIMESTAMP_ASC = "TIMESTAMP_ASC"
    TIMESTAMP_DESC = "TIMESTAMP_DESC"

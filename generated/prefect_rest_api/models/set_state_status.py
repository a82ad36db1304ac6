from ..types import OpenStrEnum


class SetStateStatus(OpenStrEnum):
    """SetStateStatus: values this client knows; others decode too (``is_known`` is False)."""

    ABORT = "ABORT"
    ACCEPT = "ACCEPT"
    REJECT = "REJECT"
    WAIT = "WAIT"

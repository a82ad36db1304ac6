from ..types import OpenStrEnum


class EventTriggerPosture(OpenStrEnum):
    """EventTriggerPosture: values this client knows; others decode too (``is_known`` is False)."""

    PROACTIVE = "Proactive"
    REACTIVE = "Reactive"

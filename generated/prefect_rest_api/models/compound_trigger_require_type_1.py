from ..types import OpenStrEnum


class CompoundTriggerRequireType1(OpenStrEnum):
    """CompoundTriggerRequireType1: values this client knows; others decode too (``is_known`` is False)."""

    ALL = "all"
    ANY = "any"

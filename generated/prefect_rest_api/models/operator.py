from ..types import OpenStrEnum


class Operator(OpenStrEnum):
    """Operator: values this client knows; others decode too (``is_known`` is False)."""

    AND = "and_"
    OR = "or_"

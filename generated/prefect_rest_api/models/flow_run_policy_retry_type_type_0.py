from ..types import OpenStrEnum


class FlowRunPolicyRetryTypeType0(OpenStrEnum):
    """FlowRunPolicyRetryTypeType0: values this client knows; others decode too (``is_known`` is False)."""

    IN_PROCESS = "in_process"
    RESCHEDULE = "reschedule"

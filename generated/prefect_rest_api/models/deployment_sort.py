from ..types import OpenStrEnum


class DeploymentSort(OpenStrEnum):
    """DeploymentSort: values this client knows; others decode too (``is_known`` is False)."""

    CREATED_DESC = "CREATED_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_DESC = "UPDATED_DESC"

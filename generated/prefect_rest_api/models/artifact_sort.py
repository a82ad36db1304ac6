from ..types import OpenStrEnum


class ArtifactSort(OpenStrEnum):
    """ArtifactSort: values this client knows; others decode too (``is_known`` is False)."""

    CREATED_DESC = "CREATED_DESC"
    ID_DESC = "ID_DESC"
    KEY_ASC = "KEY_ASC"
    KEY_DESC = "KEY_DESC"
    UPDATED_DESC = "UPDATED_DESC"

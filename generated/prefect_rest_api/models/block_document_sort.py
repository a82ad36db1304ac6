from ..types import OpenStrEnum


class BlockDocumentSort(OpenStrEnum):
    """BlockDocumentSort: values this client knows; others decode too (``is_known`` is False)."""

    BLOCK_TYPE_AND_NAME_ASC = "BLOCK_TYPE_AND_NAME_ASC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"

"""A client library for the Prefect REST API, generated from the server's OpenAPI document.

Nothing heavy is imported here: ``prefect_rest_api.api.<tag>.<operation>`` and
``prefect_rest_api.models.<Model>`` load on first use.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

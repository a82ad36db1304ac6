"""Everything prefect_rest raises derives from :class:`PrefectRestError`.

HTTP errors keep the response and say which client method called which URL,
the status and the server's ``detail``.  Secrets never appear in a message:
only the method and URL of the request are quoted, never its headers.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from prefect_rest_api import types as _api_types


class PrefectRestError(Exception):
    """Base class of every error this client raises."""


class EphemeralServerUnavailable(PrefectRestError):
    """No ``PREFECT_API_URL`` is set and the in-process server cannot run."""


class ClientStateError(PrefectRestError, RuntimeError):
    """The client was used outside its context (not started, closed, entered twice)."""


class InvalidArgument(PrefectRestError, ValueError):
    """An argument is wrong; raised before any request is sent."""


class EndpointRemoved(PrefectRestError, NotImplementedError):
    """The method's endpoint does not exist on Prefect 3 servers."""


class ResponseDecodeError(PrefectRestError, _api_types.DecodeError):
    """A response body is not the JSON the API document describes."""


class ServerVersionMismatch(PrefectRestError):
    """The server's major release differs from the one this client was generated for."""


class PrefectTransportError(PrefectRestError):
    """The request failed below HTTP (connection refused, reset, timeout)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None):
        super().__init__(message)
        self.request = request


class PrefectHTTPStatusError(PrefectRestError):
    """The server answered with an error status."""

    def __init__(self, message: str, *, response: httpx.Response, detail: Any = None):
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.detail = detail

    @property
    def request(self) -> httpx.Request:
        """The request that got this answer."""
        return self.response.request


class ObjectNotFound(PrefectHTTPStatusError):
    """404: the object does not exist."""


class ObjectAlreadyExists(PrefectHTTPStatusError):
    """409: an object with the same unique key exists."""


class PrefectValidationError(PrefectHTTPStatusError, ValueError):
    """422: the server rejected the request's data; ``errors`` has its field details."""

    @property
    def errors(self) -> list[dict[str, Any]]:
        """The server's list of field errors (``loc``, ``msg``, ``type``)."""
        return self.detail if isinstance(self.detail, list) else []


class AuthorizationError(PrefectHTTPStatusError):
    """401 or 403: missing or insufficient credentials."""


_BY_STATUS: dict[int, type[PrefectHTTPStatusError]] = {
    401: AuthorizationError,
    403: AuthorizationError,
    404: ObjectNotFound,
    409: ObjectAlreadyExists,
    422: PrefectValidationError,
}


def _detail(response: httpx.Response) -> Any:
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError, httpx.ResponseNotRead):
        text = response.text.strip() if response.is_stream_consumed else ""
        return text[:200] or None
    if isinstance(body, dict):
        return body.get("detail", body.get("exception_detail", body))
    return body


def _describe(detail: Any) -> str:
    if isinstance(detail, list):
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict):
                loc = ".".join(str(x) for x in item.get("loc", ()) if x != "body")
                parts.append(f"{loc}: {item.get('msg')}" if loc else str(item.get("msg")))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(detail)


def error_for(operation: str, response: httpx.Response, note: str = "") -> PrefectHTTPStatusError:
    """The exception for an error ``response`` to the client method ``operation``."""
    detail = _detail(response)
    request = response.request
    url = request.url.copy_with(query=None)
    message = f"{operation}: {request.method} {url} answered {response.status_code}"
    if reason := response.reason_phrase:
        message += f" {reason}"
    if detail not in (None, "", [], {}):
        message += f": {_describe(detail)}"
    if note:
        message += f" ({note})"
    cls = _BY_STATUS.get(response.status_code, PrefectHTTPStatusError)
    return cls(message, response=response, detail=detail)


__all__ = [
    "AuthorizationError",
    "ClientStateError",
    "EndpointRemoved",
    "EphemeralServerUnavailable",
    "InvalidArgument",
    "ObjectAlreadyExists",
    "ObjectNotFound",
    "PrefectHTTPStatusError",
    "PrefectRestError",
    "PrefectTransportError",
    "PrefectValidationError",
    "ResponseDecodeError",
    "ServerVersionMismatch",
    "error_for",
]

# Lazily decoded fields raise this client's decode error too.
_api_types.decode_error = ResponseDecodeError
_api_types.invalid_argument = InvalidArgument

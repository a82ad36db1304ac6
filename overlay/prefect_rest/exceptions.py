"""Everything prefect_rest raises derives from :class:`PrefectRestError`.

HTTP errors keep the response and say which client method called which URL,
the status and the server's ``detail``.  Secrets never appear in a message:
only the method and URL of the request are quoted, never its headers.
"""

from __future__ import annotations

from typing import Any

import httpx
from prefect_rest_api import types as _api_types

from .settings import redact_url


def _bare_request(request: httpx.Request) -> httpx.Request:
    """``request``'s method and URL (without ``user:password@``), no headers, no body."""
    url = (
        request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    )
    return httpx.Request(request.method, url)


def _bare_response(response: httpx.Response) -> httpx.Response:
    """``response``'s status and body, with a bare request and no headers but its type."""
    kept = (
        {"content-type": response.headers["content-type"]}
        if "content-type" in response.headers
        else {}
    )
    content = response.content if hasattr(response, "_content") else b""
    return httpx.Response(
        response.status_code, headers=kept, content=content, request=_bare_request(response.request)
    )


def _rebuild(
    cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]
) -> BaseException:
    error = cls.__new__(cls)
    BaseException.__init__(error, *args)
    error.__dict__.update(state)
    return error


class PrefectRestError(Exception):
    """Base class of every error this client raises.

    Errors pickle (for process pools and task queues) without the request's
    headers: the request and response they keep are reduced to method, URL
    (without credentials), status and body.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        if isinstance(state.get("request"), httpx.Request):
            state["request"] = _bare_request(state["request"])
        if isinstance(state.get("response"), httpx.Response):
            state["response"] = _bare_response(state["response"])
        return (_rebuild, (type(self), self.args, state))


class EphemeralServerUnavailable(PrefectRestError):
    """No ``PREFECT_API_URL`` is set and the in-process server cannot run."""


class FlowRunWaitTimeout(PrefectRestError, TimeoutError):
    """``wait_for_flow_run`` gave up: the run was not final within the timeout (Prefect's name)."""


class ClientStateError(PrefectRestError, RuntimeError):
    """The client was used outside its context (not started, closed, entered twice)."""


class InvalidArgument(PrefectRestError, ValueError):
    """An argument is wrong; raised before any request is sent."""


class EndpointRemoved(PrefectRestError, NotImplementedError):
    """The method's endpoint does not exist on Prefect 3 servers."""


class ResponseDecodeError(PrefectRestError, _api_types.DecodeError):
    """A response body is not the JSON the API document describes."""


class ServerVersionMismatch(PrefectRestError, RuntimeError):
    """The server's major release differs from the client's (a RuntimeError, as in Prefect)."""


class PrefectTransportError(PrefectRestError):
    """The request failed below HTTP (connection refused, reset, timeout)."""

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, maybe_applied: bool = False
    ):
        super().__init__(message)
        self.request = request
        #: Whether an attempt may have reached the server (and been applied) before it failed.
        self.maybe_applied = maybe_applied


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


class OperationNotAvailable(EndpointRemoved, PrefectHTTPStatusError):
    """404 for an unknown route: the server's Prefect release lacks this operation.

    ``operation`` is ``"GET /api/admin/storage"``; ``server_release`` the server's
    release (None when unknown).  Raised instead of ``ObjectNotFound`` (see ``_skew``).
    """

    def __init__(
        self, message: str, *, response: httpx.Response, operation: str, server_release: str | None
    ) -> None:
        super().__init__(message, response=response, detail="Not Found")
        self.operation = operation
        self.server_release = server_release


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
    except (ValueError, RecursionError, httpx.ResponseNotRead):
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
    url = redact_url(request.url.copy_with(query=None))
    message = f"{operation}: {request.method} {url} answered {response.status_code}"
    if reason := response.reason_phrase:
        message += f" {reason}"
    if detail not in (None, "", [], {}):
        try:
            message += f": {_describe(detail)}"
        except RecursionError:
            detail = "(an error body nested too deeply to show)"
            message += f": {detail}"
    if note:
        message += f" ({note})"
    cls = _BY_STATUS.get(response.status_code, PrefectHTTPStatusError)
    return cls(message, response=response, detail=detail)


class StateResultError(PrefectRestError, _api_types.StateResultError):
    """``State.result()`` cannot give a result (Prefect's errors, by the same names)."""


class MissingResult(StateResultError, _api_types.MissingResult):
    """The state holds no result this client can read (Prefect's ``MissingResult``)."""


class UnfinishedRun(StateResultError, _api_types.UnfinishedRun):
    """The run is not in a final state (Prefect's ``UnfinishedRun``)."""


class PausedRun(StateResultError, _api_types.PausedRun):
    """The run is paused (Prefect's ``PausedRun``)."""


class FailedRun(StateResultError, _api_types.FailedRun):
    """The run failed (Prefect's ``FailedRun``)."""


class CrashedRun(StateResultError, _api_types.CrashedRun):
    """The run crashed (Prefect's ``CrashedRun``)."""


class CancelledRun(StateResultError, _api_types.CancelledRun):
    """The run was cancelled (Prefect's ``CancelledRun``)."""


__all__ = [
    "AuthorizationError",
    "CancelledRun",
    "ClientStateError",
    "CrashedRun",
    "EndpointRemoved",
    "EphemeralServerUnavailable",
    "FailedRun",
    "FlowRunWaitTimeout",
    "InvalidArgument",
    "MissingResult",
    "ObjectAlreadyExists",
    "ObjectNotFound",
    "OperationNotAvailable",
    "PausedRun",
    "PrefectHTTPStatusError",
    "PrefectRestError",
    "PrefectTransportError",
    "PrefectValidationError",
    "ResponseDecodeError",
    "ServerVersionMismatch",
    "StateResultError",
    "UnfinishedRun",
    "error_for",
]

# Lazily decoded fields raise this client's decode error too, and State.result() these.
_api_types.decode_error = ResponseDecodeError
_api_types.result_errors.update(
    {
        cls.__name__: cls
        for cls in (MissingResult, UnfinishedRun, PausedRun, FailedRun, CrashedRun, CancelledRun)
    }
)
_api_types.invalid_argument = InvalidArgument

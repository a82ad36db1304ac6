"""The core every client method goes through: lifecycle, sending, retries, errors.

This is the async source.  ``scripts/make_sync.py`` derives ``_sync/_base.py``
from it; edit this file, never the derived one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import logging
import sys
import uuid
from collections.abc import Mapping
from types import ModuleType, TracebackType
from typing import Any, Self

import httpx
from prefect_rest_api import api as ops

from .. import _retry, _skew, _transports
from .._io import AsyncOnlyGuard, async_current_loop, async_lock, async_sleep
from .._requests import build_request
from ..exceptions import (
    ClientStateError,
    InvalidArgument,
    PrefectRestError,
    PrefectTransportError,
    ResponseDecodeError,
    error_for,
)
from ..settings import API_VERSION, ServerType, Settings, clean_secret, redact_url

USER_AGENT = "prefect-rest/0.1"
_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
#: What the server answers when CSRF protection is off (422); 404: a server without CSRF.
_CSRF_DISABLED = "csrf protection is disabled"

logger = logging.getLogger("prefect_rest")


def _op_name(op: ModuleType) -> str:
    return op.__name__.rpartition(".")[2]


def _where(request: httpx.Request) -> str:
    """``METHOD URL`` of a request, without its query and credentials."""
    return f"{request.method} {redact_url(request.url.copy_with(query=None))}"


class AsyncClientBase(AsyncOnlyGuard):
    """State and plumbing shared by every resource mixin of the async client."""

    def __init__(
        self,
        api: str | httpx.URL | Any | None = None,
        *,
        auth_string: str | None = None,
        api_key: str | None = None,
        api_version: str | None = None,
        httpx_settings: Mapping[str, Any] | None = None,
        server_type: ServerType | str | None = None,
        settings: Settings | None = None,
    ) -> None:
        """Make a client for ``api``: a URL, an ASGI app, or None for the in-process server.

        Settings not given here come from ``settings``, else from the ``PREFECT_*``
        environment variables (as ``get_client`` reads them); ``auth_string`` and
        ``api_key`` given here win over both.  Use the client as a context manager;
        it sends nothing before it is entered.
        """
        base = settings if settings is not None else Settings.from_env()
        if auth_string is not None or api_key is not None:
            # Explicit arguments win over the environment; as in Prefect, an auth
            # string wins over a key when both are given.
            keep_auth = settings is not None and auth_string is None
            base = dataclasses.replace(
                base,
                auth_string=base.auth_string
                if keep_auth
                else clean_secret("auth_string", auth_string),
                api_key=clean_secret("api_key", api_key) if api_key is not None else base.api_key,
            )
        self._settings = base
        self._api = api
        self._api_key = base.api_key
        self._api_version = api_version or API_VERSION
        self._httpx_settings = dict(httpx_settings or {})
        self.server_type = self._server_type(server_type)
        self._http: httpx.AsyncClient | None = None
        self._state = "new"
        self._csrf_client_id = str(uuid.uuid4())
        self._csrf_token: str | None = None
        self._csrf_expires: datetime.datetime | None = None
        self._csrf_supported = base.csrf_enabled and self.server_type != ServerType.CLOUD
        self._csrf_lock: Any = None
        self._version_checked = False
        self._release_read = False
        self._server_release_value: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _server_type(self, given: ServerType | str | None) -> ServerType:
        if given is not None:
            try:
                return ServerType(getattr(given, "value", given))
            except ValueError:
                raise InvalidArgument(
                    f"server_type must be one of {', '.join(t.value for t in ServerType)}"
                ) from None
        if not isinstance(self._api, str | httpx.URL) and self._api is not None:
            return ServerType.EPHEMERAL
        if self._api is None:
            return ServerType.EPHEMERAL
        cloud = self._settings.cloud_api_url.rstrip("/")
        return ServerType.CLOUD if str(self._api).startswith(cloud) else ServerType.SERVER

    # --- lifecycle -------------------------------------------------------

    @property
    def api_url(self) -> httpx.URL:
        """The API root every path is relative to (without ``user:password@``)."""
        if self._http is not None:
            return self._http.base_url
        if self._api is None:
            return httpx.URL(_transports.EPHEMERAL_BASE_URL)
        if isinstance(self._api, str | httpx.URL):
            return httpx.URL(redact_url(str(self._api).rstrip("/") + "/"))
        return httpx.URL(_transports.APP_BASE_URL)

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The asyncio event loop the client was started on (None before, or if not asyncio)."""
        return self._loop

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={str(self.api_url)!r}, state={self._state!r})"

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "X-PREFECT-API-VERSION": self._api_version}
        auth = self._settings.auth_header()
        if auth:
            headers["Authorization"] = auth
        headers.update(self._settings.custom_headers)
        return headers

    def _http_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "timeout": httpx.Timeout(self._settings.request_timeout),
            "follow_redirects": True,
        }
        options.update(self._httpx_settings)
        # The caller's headers add to ours (auth, API version), as in Prefect's client.
        options["headers"] = httpx.Headers(self._headers())
        options["headers"].update(self._httpx_settings.get("headers") or {})
        return options

    def _url_options(self, options: dict[str, Any]) -> dict[str, Any]:
        """A URL client's options: credentials in the URL become Basic auth, off the URL."""
        url = httpx.URL(str(self._api))
        if url.userinfo:
            options.setdefault("auth", httpx.BasicAuth(url.username, url.password))
            url = url.copy_with(username=None, password=None)
        options.setdefault("base_url", url)
        return options

    async def __aenter__(self) -> Self:
        if self._state == "open":
            raise ClientStateError(
                f"{type(self).__name__} is already started; enter a client only once"
            )
        if self._state == "closed":
            raise ClientStateError(
                f"{type(self).__name__} is closed and cannot be started again; make a new client"
            )
        options = self._http_options()
        given = options.pop("transport", None)  # httpx_settings may bring its own
        if self._api is None or not isinstance(self._api, str | httpx.URL):
            for name in _transports.TRANSPORT_OPTIONS:
                options.pop(name, None)
        if self._api is None:
            transport = given or await _transports.async_ephemeral()
            options.setdefault("base_url", _transports.EPHEMERAL_BASE_URL)
        elif isinstance(self._api, str | httpx.URL):
            options = self._url_options(options)
            if given is None and _transports.in_process_url(str(self._api)):
                given = await _transports.async_ephemeral()  # its loopback URL: no socket
            if given is None:  # httpx builds the pool and the proxy mounts (HTTP_PROXY ...)
                options.update(_transports.network_options(self._settings, options))
            transport = given
        else:
            transport = given or await _transports.async_app(self._api)
            options.setdefault("base_url", _transports.APP_BASE_URL)
        try:
            self._http = httpx.AsyncClient(transport=transport, **options)
        except (TypeError, ValueError, OSError) as exc:
            if transport is not None and transport is not given:
                await transport.aclose()
            raise InvalidArgument(f"httpx_settings: {type(exc).__name__}: {exc}") from None
        self._csrf_lock = async_lock()
        self._loop = async_current_loop()
        self._state = "open"
        logger.debug("%s connected to %s", type(self).__name__, self.api_url)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        http, self._http = self._http, None
        self._state = "closed"
        if http is not None:
            await http.aclose()

    # --- requests --------------------------------------------------------

    def _client(self) -> httpx.AsyncClient:
        http = self._http
        if http is None:
            state = "closed" if self._state == "closed" else "not started"
            raise ClientStateError(
                f"{type(self).__name__} is {state}: use it inside `async with` / `with`"
            )
        return http

    async def _request(self, op: ModuleType, /, *, _repeatable: bool = False, **params: Any) -> Any:
        """Call the generated operation ``op`` and return its decoded success body."""
        try:
            kwargs = op.request_kwargs(**params)
        except PrefectRestError:
            raise
        except (RecursionError, UnicodeError, ValueError) as exc:
            raise self._bad_request(op, exc) from None
        response = await self._send(op, kwargs, _repeatable)
        if 200 <= response.status_code < 300:
            return op.decode_success(response)
        raise await self._error(response, sys._getframe(1).f_code.co_name)

    async def _request_response(self, op: ModuleType, /, **params: Any) -> httpx.Response:
        """Call ``op`` and return its success response undecoded (where Prefect's client does)."""
        response = await self._send(op, op.request_kwargs(**params))
        if 200 <= response.status_code < 300:
            return response
        raise await self._error(response, sys._getframe(1).f_code.co_name)

    def _bad_request(self, op: ModuleType, exc: BaseException) -> InvalidArgument:
        """The error for arguments that cannot become a request (never quoting them)."""
        name = _op_name(op)
        if isinstance(exc, RecursionError):
            why = "an argument is nested too deeply to encode as JSON"
        elif isinstance(exc, UnicodeError):
            why = f"an argument is not valid Unicode text ({getattr(exc, 'reason', exc)})"
        elif isinstance(exc, httpx.InvalidURL):
            why = f"the request URL is not valid ({exc})"
        else:
            why = f"{type(exc).__name__}: {exc}"
        return InvalidArgument(f"{name}: {why}; nothing was sent")

    def _build(
        self, http: httpx.AsyncClient, op: ModuleType, kwargs: dict[str, Any]
    ) -> httpx.Request:
        try:
            return build_request(http, kwargs)
        except (RecursionError, UnicodeError, httpx.InvalidURL, TypeError, ValueError) as exc:
            raise self._bad_request(op, exc) from None

    async def _send(
        self, op: ModuleType, kwargs: dict[str, Any], repeatable: bool = False
    ) -> httpx.Response:
        """Send one operation's request with retries; return the last response.

        The one place requests are built and sent: whatever goes wrong below HTTP
        comes out as a :class:`PrefectRestError`.
        """
        http = self._client()
        request = self._build(http, op, kwargs)
        if self._csrf_supported and op.METHOD in _MUTATING:
            await self._add_csrf(request)
        settings = self._settings
        repeatable = repeatable or op.REPEATABLE
        attempt = 0
        csrf_refreshed = False
        while True:
            try:
                response = await http.send(request)
            except httpx.LocalProtocolError:
                # h11 quotes the offending header (a key with a newline): never show it.
                raise PrefectTransportError(
                    f"{_where(request)}: the request is not valid HTTP (a header name or "
                    "value has characters HTTP does not allow; value not shown)",
                    request=request,
                ) from None
            except httpx.TransportError as exc:
                if self._http is not http:
                    raise self._closed_error(request) from exc
                if attempt >= settings.max_retries or not _retry.should_retry_error(
                    exc, repeatable
                ):
                    raise PrefectTransportError(
                        f"{_where(request)} failed after {attempt + 1} attempt(s): "
                        f"{type(exc).__name__}: {redact_url(exc)}",
                        request=request,
                    ) from exc
                delay = _retry.backoff(
                    attempt, settings.retry_jitter_factor, settings.retry_base_delay
                )
                reason = type(exc).__name__
            except httpx.DecodingError as exc:
                raise ResponseDecodeError(
                    f"{_where(request)}: the response body cannot be decoded ({exc})"
                ) from exc
            except httpx.HTTPError as exc:  # TooManyRedirects, ...
                raise PrefectTransportError(
                    f"{_where(request)} failed: {type(exc).__name__}: {redact_url(exc)}",
                    request=request,
                ) from exc
            except RuntimeError as exc:  # httpx: "the client has been closed"
                if http.is_closed or self._http is not http:
                    raise self._closed_error(request) from exc
                raise PrefectTransportError(
                    f"{_where(request)} failed: RuntimeError: {redact_url(exc)}", request=request
                ) from exc
            else:
                status = response.status_code
                if status < 400:
                    return response
                if status == 403 and not csrf_refreshed and await self._csrf_rejected(response):
                    csrf_refreshed = True  # one fresh token; a second 403 is the answer
                    await self._add_csrf(request, stale=request.headers.get("Prefect-Csrf-Token"))
                    continue
                if attempt >= settings.max_retries or not _retry.should_retry_status(
                    status, repeatable, settings.retry_extra_codes
                ):
                    response.extensions["prefect_rest.attempts"] = attempt + 1
                    return response
                asked = _retry.retry_after(response, limit=settings.retry_after_max)
                delay = (
                    asked
                    if asked is not None
                    else _retry.backoff(
                        attempt, settings.retry_jitter_factor, settings.retry_base_delay
                    )
                )
                reason = f"{status} {response.reason_phrase}".strip()
            attempt += 1
            logger.info(
                "%s: %s; retry %d of %d in %.2f s",
                _where(request),
                reason,
                attempt,
                settings.max_retries,
                delay,
            )
            await async_sleep(delay)
            if self._http is not http:
                raise self._closed_error(request)

    def _closed_error(self, request: httpx.Request) -> ClientStateError:
        return ClientStateError(
            f"{type(self).__name__} was closed while {_where(request)} was in progress"
        )

    async def _error(self, response: httpx.Response, method: str) -> Exception:
        """The exception for an error ``response`` to the client method ``method``."""
        attempts = response.extensions.get("prefect_rest.attempts", 1)
        note = f"after {attempts} attempts" if attempts > 1 else ""
        if _skew.is_route_missing(response):
            # an operation the server's release lacks (version skew), not a missing object
            return _skew.missing_operation(response, method, await self._server_release())
        return error_for(method, response, note)

    async def _server_release(self) -> str | None:
        """The server's Prefect release (``GET /admin/version``), read once; None if unknown."""
        if not self._release_read:
            op = ops.admin.read_version
            try:
                response = await self._send(op, op.request_kwargs())
                if response.status_code == 200:
                    self._server_release_value = str(response.json())
            except (PrefectRestError, ValueError):
                pass
            self._release_read = True
        return self._server_release_value

    # --- CSRF ------------------------------------------------------------

    def _csrf_fresh(self, stale: str | None) -> bool:
        token = self._csrf_token
        if not token or token == stale:
            return False
        expires = self._csrf_expires
        return expires is None or datetime.datetime.now(datetime.UTC) < expires

    async def _add_csrf(self, request: httpx.Request, stale: str | None = None) -> None:
        """Put a CSRF token on ``request``: one fetch for concurrent first writes.

        ``stale`` is a token the server refused: fetch a new one unless another
        request already did.
        """
        if not self._csrf_fresh(stale):
            async with self._csrf_lock:
                if not self._csrf_fresh(stale) and self._csrf_supported:
                    await self._fetch_csrf_token()
        if self._csrf_supported and self._csrf_token:
            request.headers["Prefect-Csrf-Token"] = self._csrf_token
            request.headers["Prefect-Csrf-Client"] = self._csrf_client_id

    async def _fetch_csrf_token(self) -> None:
        op = ops.root.create_csrf_token
        response = await self._send(op, op.request_kwargs(client_query=self._csrf_client_id))
        status = response.status_code
        if status == 404 or (status == 422 and _CSRF_DISABLED in response.text.lower()):
            self._csrf_supported = False  # an older server, or CSRF protection is off
            self._csrf_token = None
            return
        if status != 200:
            raise await self._error(response, "create_csrf_token")
        try:
            body = response.json()
            token = body["token"]
            expiration = body.get("expiration")
            expires = datetime.datetime.fromisoformat(expiration) if expiration else None
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            raise ResponseDecodeError(
                f"{_where(response.request)}: the CSRF token answer is not the documented JSON"
            ) from None
        if not isinstance(token, str) or not token:
            raise ResponseDecodeError(f"{_where(response.request)}: the CSRF token is missing")
        if expires is not None and expires.tzinfo is None:
            expires = expires.replace(tzinfo=datetime.UTC)
        self._csrf_token, self._csrf_expires = token, expires

    async def _csrf_rejected(self, response: httpx.Response) -> bool:
        if not self._csrf_supported:
            return False
        try:
            detail = str(response.json().get("detail", ""))
        except (ValueError, AttributeError, RecursionError, httpx.ResponseNotRead):
            return False
        return "csrf" in detail.lower()

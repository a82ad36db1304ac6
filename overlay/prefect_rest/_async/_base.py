"""The core every client method goes through: lifecycle, sending, retries, errors.

This is the async source.  ``scripts/make_sync.py`` derives ``_sync/_base.py``
from it; edit this file, never the derived one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
import uuid
from collections.abc import Mapping
from types import ModuleType, TracebackType
from typing import Any, Self

import httpx
from prefect_rest_api import api as ops

from .. import _retry, _skew, _transports
from .._io import async_current_loop, async_sleep
from .._requests import build_request
from ..exceptions import ClientStateError, PrefectTransportError, error_for
from ..settings import API_VERSION, Settings

USER_AGENT = "prefect-rest/0.1"
_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class AsyncClientBase:
    """State and plumbing shared by every resource mixin of the async client."""

    def __init__(
        self,
        api: str | httpx.URL | Any | None = None,
        *,
        api_key: str | None = None,
        api_version: str | None = None,
        httpx_settings: Mapping[str, Any] | None = None,
        settings: Settings | None = None,
    ) -> None:
        """Make a client for ``api``: a URL, an ASGI app, or None for the in-process server.

        Use it as a context manager; it sends nothing before it is entered.
        """
        self._settings = settings or Settings()
        self._api = api
        self._api_key = api_key if api_key is not None else self._settings.api_key
        self._api_version = api_version or API_VERSION
        self._httpx_settings = dict(httpx_settings or {})
        self._http: httpx.AsyncClient | None = None
        self._state = "new"
        self._csrf_client_id = str(uuid.uuid4())
        self._csrf_token: str | None = None
        self._csrf_supported = self._settings.csrf_enabled
        self._version_checked = False
        self._loop: asyncio.AbstractEventLoop | None = None

    # --- lifecycle -------------------------------------------------------

    @property
    def api_url(self) -> httpx.URL:
        """The API root every path is relative to."""
        if self._http is not None:
            return self._http.base_url
        if self._api is None:
            return httpx.URL(_transports.EPHEMERAL_BASE_URL)
        if isinstance(self._api, str | httpx.URL):
            return httpx.URL(str(self._api).rstrip("/") + "/")
        return httpx.URL(_transports.APP_BASE_URL)

    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """The asyncio event loop the client was started on (None before, or if not asyncio)."""
        return self._loop

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={str(self.api_url)!r}, state={self._state!r})"

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "X-PREFECT-API-VERSION": self._api_version}
        auth = dataclasses.replace(self._settings, api_key=self._api_key).auth_header()
        if auth:
            headers["Authorization"] = auth
        headers.update(self._settings.custom_headers)
        return headers

    def _http_options(self) -> dict[str, Any]:
        s = self._settings
        options: dict[str, Any] = {
            "headers": self._headers(),
            "timeout": httpx.Timeout(s.request_timeout),
        }
        options.update(self._httpx_settings)
        # The caller's headers add to ours (auth, API version), as in Prefect's client.
        options["headers"] = httpx.Headers(self._headers())
        options["headers"].update(self._httpx_settings.get("headers") or {})
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
        if self._api is None:
            transport = given or await _transports.async_ephemeral()
            base_url = _transports.EPHEMERAL_BASE_URL
        elif isinstance(self._api, str | httpx.URL):
            transport = given or _transports.async_network(self._settings)
            base_url = str(self._api)
        else:
            transport = given or _transports.async_app(self._api)
            base_url = _transports.APP_BASE_URL
        options.setdefault("base_url", base_url)
        self._http = httpx.AsyncClient(transport=transport, **options)
        self._loop = async_current_loop()
        self._state = "open"
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
        response = await self._send(op, op.request_kwargs(**params), _repeatable)
        if 200 <= response.status_code < 300:
            return op.decode_success(response)
        raise self._error(response, sys._getframe(1).f_code.co_name)

    async def _request_response(self, op: ModuleType, /, **params: Any) -> httpx.Response:
        """Call ``op`` and return its success response undecoded (where Prefect's client does)."""
        response = await self._send(op, op.request_kwargs(**params))
        if 200 <= response.status_code < 300:
            return response
        raise self._error(response, sys._getframe(1).f_code.co_name)

    async def _send(
        self, op: ModuleType, kwargs: dict[str, Any], repeatable: bool = False
    ) -> httpx.Response:
        """Send one operation's request with retries; return the last response."""
        http = self._client()
        request = build_request(http, kwargs)
        if self._csrf_supported and op.METHOD in _MUTATING:
            await self._add_csrf(request)
        settings = self._settings
        repeatable = repeatable or op.REPEATABLE
        attempt = 0
        csrf_refreshed = False
        while True:
            try:
                response = await http.send(request)
            except httpx.TransportError as exc:
                if attempt >= settings.max_retries or not _retry.should_retry_error(
                    exc, repeatable
                ):
                    raise PrefectTransportError(
                        f"{request.method} {request.url.copy_with(query=None)} failed after "
                        f"{attempt + 1} attempt(s): {type(exc).__name__}: {exc}",
                        request=request,
                    ) from exc
                delay = _retry.backoff(
                    attempt, settings.retry_jitter_factor, settings.retry_base_delay
                )
            else:
                status = response.status_code
                if status < 400:
                    return response
                if (
                    status == 403
                    and not csrf_refreshed
                    and self._csrf_token
                    and await self._csrf_rejected(response)
                ):
                    csrf_refreshed = True  # one fresh token; a second 403 is the answer
                    await self._add_csrf(request, refresh=True)
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
            attempt += 1
            await async_sleep(delay)

    def _error(self, response: httpx.Response, method: str) -> Exception:
        attempts = response.extensions.get("prefect_rest.attempts", 1)
        note = f"after {attempts} attempts" if attempts > 1 else ""
        # an operation the server's release lacks (version skew), not a missing object
        return _skew.missing_operation(self, response, method) or error_for(method, response, note)

    # --- CSRF ------------------------------------------------------------

    async def _add_csrf(self, request: httpx.Request, refresh: bool = False) -> None:
        if self._csrf_token is None or refresh:
            http = self._client()
            kwargs = ops.root.create_csrf_token.request_kwargs(client_query=self._csrf_client_id)
            response = await http.request(**kwargs)
            if response.status_code == 200:
                self._csrf_token = response.json().get("token")
            else:  # 404, or 422 "CSRF protection is disabled."
                self._csrf_supported = False
                self._csrf_token = None
                return
        if self._csrf_token:
            request.headers["Prefect-Csrf-Token"] = self._csrf_token
            request.headers["Prefect-Csrf-Client"] = self._csrf_client_id

    async def _csrf_rejected(self, response: httpx.Response) -> bool:
        try:
            detail = str(response.json().get("detail", ""))
        except (ValueError, AttributeError):
            return False
        return "csrf" in detail.lower()

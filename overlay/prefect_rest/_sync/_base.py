# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
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
from collections.abc import Callable, Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx
from prefect_rest_api import api as ops

from .. import _skew
from .._io import SyncOnlyGuard, sync_current_loop, sync_lock
from ..exceptions import (
    ClientStateError,
    InvalidArgument,
    PrefectRestError,
    error_for,
)
from ..settings import API_VERSION, ServerType, Settings, clean_secret, redact_url
from ..transport import httpx_transports as _transports
from ..transport._sync.send import ATTEMPTS, MAYBE_APPLIED, SyncSender

if TYPE_CHECKING:
    from .api import Operations

USER_AGENT = "prefect-rest/0.1"

logger = logging.getLogger("prefect_rest")

#: A function that resolves the answer to a request one of whose lost attempts may
#: have been applied (a 409 of our own create, a REJECT of our own transition):
#: given the response, the result to return instead, or None to keep the answer.
Replay = Callable[[httpx.Response], Any]


class SyncClientBase(SyncSender, SyncOnlyGuard):
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

        Settings not given here come from ``settings``, else from Prefect's settings
        sources (environment, ``.env``, TOML files, the active profile; as
        ``get_client`` reads them); ``auth_string`` and
        ``api_key`` given here win over both.  Use the client as a context manager;
        it sends nothing before it is entered.
        """
        base = settings if settings is not None else Settings.load()
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
        self._http: httpx.Client | None = None
        self._state = "new"
        self._entered = 0  # nested `with` blocks, as Prefect's client counts them
        self._csrf_client_id = str(uuid.uuid4())
        self._csrf_token: str | None = None
        self._csrf_expires: datetime.datetime | None = None
        self._csrf_supported = base.csrf_enabled and self.server_type != ServerType.CLOUD
        self._csrf_lock: Any = None
        self._version_checked = False
        self._release_read = False
        self._server_release_value: str | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._operations: Operations | None = None

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
    def api(self) -> Operations:
        """Every API operation as a typed method, by tag: ``client.api.flows.bulk_delete_flows(...)``.

        Arguments and results are the generated endpoint module's (``prefect_rest_api.api``);
        calls go through this client's retries, settings, errors and in-process server.
        """
        if self._operations is None:
            from .api import Operations

            self._operations = Operations(self)
        return self._operations

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

    def __enter__(self) -> Self:
        if self._state == "closed":
            # Prefect's wording (its tests match it); httpx cannot reopen a closed pool.
            raise ClientStateError(
                "The client cannot be started again after closing. "
                "Retrieve a new client with `get_client()` instead."
            )
        self._entered += 1
        if self._state == "open":
            return self  # nested: the last exit closes
        try:
            return self._start()
        except BaseException:
            self._entered -= 1
            raise

    def _start(self) -> Self:
        options = self._http_options()
        given = options.pop("transport", None)  # httpx_settings may bring its own
        if self._api is None or not isinstance(self._api, str | httpx.URL):
            for name in _transports.TRANSPORT_OPTIONS:
                options.pop(name, None)
        if self._api is None:
            transport = given or _transports.sync_ephemeral()
            options.setdefault("base_url", _transports.EPHEMERAL_BASE_URL)
        elif isinstance(self._api, str | httpx.URL):
            options = self._url_options(options)
            if given is None and _transports.in_process_url(str(self._api)):
                given = _transports.sync_ephemeral()  # its loopback URL: no socket
            if given is None:  # httpx builds the pool and the proxy mounts (HTTP_PROXY ...)
                options.update(_transports.network_options(self._settings, options))
            transport = given
        else:
            transport = given or _transports.sync_app(self._api)
            options.setdefault("base_url", _transports.APP_BASE_URL)
        try:
            self._http = httpx.Client(transport=transport, **options)
        except (TypeError, ValueError, OSError) as exc:
            if transport is not None and transport is not given:
                transport.close()
            raise InvalidArgument(f"httpx_settings: {type(exc).__name__}: {exc}") from None
        self._csrf_lock = sync_lock()
        self._loop = sync_current_loop()
        self._state = "open"
        logger.debug("%s connected to %s", type(self).__name__, self.api_url)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._entered -= 1
        if self._entered > 0:
            return
        http, self._http = self._http, None
        self._state = "closed"
        if http is not None:
            http.close()

    # --- requests --------------------------------------------------------

    def _client(self) -> httpx.Client:
        http = self._http
        if http is None:
            state = "closed" if self._state == "closed" else "not started"
            raise ClientStateError(
                f"{type(self).__name__} is {state}: use it inside `with` / `with`"
            )
        return http

    def _request(
        self, op: ModuleType, /, *, _replay: Replay | None = None, **params: Any
    ) -> Any:
        """Call the generated operation ``op`` and return its decoded success body.

        ``_replay`` resolves an answer that may refuse our own lost first attempt
        (it runs only when an attempt may have been applied).
        """
        try:
            kwargs = op.request_kwargs(**params)
        except PrefectRestError:
            raise
        except (RecursionError, UnicodeError, ValueError) as exc:
            raise self._bad_request(op, exc) from None
        response = self._send(op, kwargs)
        if _replay is not None and response.extensions.get(MAYBE_APPLIED):
            resolved = _replay(response)
            if resolved is not None:
                return resolved
        if 200 <= response.status_code < 300:
            return op.decode_success(response)
        raise self._error(response, sys._getframe(1).f_code.co_name)

    def _request_response(self, op: ModuleType, /, **params: Any) -> httpx.Response:
        """Call ``op`` and return its success response undecoded (where Prefect's client does)."""
        response = self._send(op, op.request_kwargs(**params))
        if 200 <= response.status_code < 300:
            return response
        raise self._error(response, sys._getframe(1).f_code.co_name)

    def _error(self, response: httpx.Response, method: str) -> Exception:
        """The exception for an error ``response`` to the client method ``method``."""
        attempts = response.extensions.get(ATTEMPTS, 1)
        note = f"after {attempts} attempts" if attempts > 1 else ""
        if _skew.is_route_missing(response):
            # an operation the server's release lacks (version skew), not a missing object
            return _skew.missing_operation(response, method, self._server_release())
        return error_for(method, response, note)

    def _server_release(self) -> str | None:
        """The server's Prefect release (``GET /admin/version``), read once; None if unknown."""
        if not self._release_read:
            op = ops.admin.read_version
            try:
                response = self._send(op, op.request_kwargs())
                if response.status_code == 200:
                    self._server_release_value = str(response.json())
            except (PrefectRestError, ValueError):
                pass
            self._release_read = True
        return self._server_release_value

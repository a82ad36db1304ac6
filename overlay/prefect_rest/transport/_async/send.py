"""The send loop every request goes through: build, CSRF, send, retry by repeat class.

This is the async source.  ``scripts/make_sync.py`` derives ``../_sync/send.py``
from it; edit this file, never the derived one.
"""

from __future__ import annotations

import datetime
import logging
from types import ModuleType
from typing import Any

import httpx
from prefect_rest_api import api as ops

from ..._io import async_sleep
from ...exceptions import (
    ClientStateError,
    InvalidArgument,
    PrefectTransportError,
    ResponseDecodeError,
)
from ...settings import Settings, redact_url
from .. import csrf, retry
from ..repeat import repeat_class
from ..requests import build_request

logger = logging.getLogger("prefect_rest")

#: Response extensions the loop sets: attempts made, and whether a failed one may
#: have been applied by the server (so a refusal may be of our own first attempt).
ATTEMPTS = "prefect_rest.attempts"
MAYBE_APPLIED = "prefect_rest.maybe_applied"


def where(request: httpx.Request) -> str:
    """``METHOD URL`` of a request, without its query and credentials."""
    return f"{request.method} {redact_url(request.url.copy_with(query=None))}"


def op_name(op: ModuleType) -> str:
    """The operation's name (its module's)."""
    return str(op.__name__).rpartition(".")[2]


class AsyncSender:
    """Sending with retries and CSRF, for :class:`~prefect_rest._async._base.AsyncClientBase`."""

    _http: httpx.AsyncClient | None
    _settings: Settings
    _csrf_supported: bool
    _csrf_client_id: str
    _csrf_token: str | None
    _csrf_expires: datetime.datetime | None
    _csrf_lock: Any

    def _client(self) -> httpx.AsyncClient:
        raise NotImplementedError

    async def _error(self, response: httpx.Response, method: str) -> Exception:
        raise NotImplementedError

    def _bad_request(self, op: ModuleType, exc: BaseException) -> InvalidArgument:
        """The error for arguments that cannot become a request (never quoting them)."""
        if isinstance(exc, InvalidArgument):
            return InvalidArgument(f"{op_name(op)}: {exc}")
        if isinstance(exc, RecursionError):
            why = "an argument is nested too deeply to encode as JSON"
        elif isinstance(exc, UnicodeError):
            why = f"an argument is not valid Unicode text ({getattr(exc, 'reason', exc)})"
        elif isinstance(exc, httpx.InvalidURL):
            why = f"the request URL is not valid ({exc})"
        else:
            why = f"{type(exc).__name__}: {exc}"
        return InvalidArgument(f"{op_name(op)}: {why}; nothing was sent")

    def _build(
        self, http: httpx.AsyncClient, op: ModuleType, kwargs: dict[str, Any]
    ) -> httpx.Request:
        try:
            return build_request(http, kwargs)
        except (
            InvalidArgument,
            RecursionError,
            UnicodeError,
            httpx.InvalidURL,
            TypeError,
            ValueError,
        ) as exc:
            raise self._bad_request(op, exc) from None

    async def _send(
        self, op: ModuleType, kwargs: dict[str, Any], kind: str | None = None
    ) -> httpx.Response:
        """Send one request of ``op`` with retries; return the last response.

        ``kind`` is the request's repeat class (default: the operation's, see
        ``transport/repeat.py``).  The one place requests are built and sent:
        whatever goes wrong below HTTP comes out as a :class:`PrefectRestError`.
        """
        http = self._client()
        request = self._build(http, op, kwargs)
        if self._csrf_supported and op.METHOD in csrf.MUTATING:
            await self._add_csrf(request)
        settings = self._settings
        kind = kind or repeat_class(op, kwargs)
        attempt = 0
        maintenance = 0.0
        maybe_applied = False
        csrf_refreshed = False
        while True:
            try:
                response = await http.send(request)
            except httpx.TransportError as exc:
                if self._http is not http:
                    raise self._closed_error(request) from exc
                maybe_applied = maybe_applied or retry.may_have_arrived(exc)
                if attempt >= settings.max_retries or not retry.should_retry_error(exc, kind):
                    error = PrefectTransportError(
                        f"{where(request)} failed after {attempt + 1} attempt(s): "
                        f"{type(exc).__name__}: {redact_url(exc)}",
                        request=request,
                        maybe_applied=maybe_applied,
                    )
                    if isinstance(exc, httpx.LocalProtocolError):
                        raise error from None  # h11 may quote a header: never show it
                    raise error from exc
                delay = retry.backoff(
                    attempt, settings.retry_jitter_factor, settings.retry_base_delay
                )
                reason = type(exc).__name__
            except httpx.DecodingError as exc:
                raise ResponseDecodeError(
                    f"{where(request)}: the response body cannot be decoded ({exc})"
                ) from exc
            except httpx.HTTPError as exc:  # TooManyRedirects, ...
                raise PrefectTransportError(
                    f"{where(request)} failed: {type(exc).__name__}: {redact_url(exc)}",
                    request=request,
                ) from exc
            except RuntimeError as exc:  # httpx: "the client has been closed"
                if http.is_closed or self._http is not http:
                    raise self._closed_error(request) from exc
                raise PrefectTransportError(
                    f"{where(request)} failed: RuntimeError: {redact_url(exc)}", request=request
                ) from exc
            else:
                status = response.status_code
                response.extensions[MAYBE_APPLIED] = maybe_applied
                if status < 400:
                    return response
                if status == 403 and not csrf_refreshed and await self._csrf_rejected(response):
                    csrf_refreshed = True  # one fresh token; a second 403 is the answer
                    await self._add_csrf(request, stale=request.headers.get("Prefect-Csrf-Token"))
                    continue
                asked = retry.retry_after(response, limit=settings.retry_after_max)
                if status == 503 and retry.in_maintenance(response):
                    # As Prefect's client: maintenance is waited out, not counted as a
                    # retry; unlike it, for at most maintenance_max_wait seconds in all.
                    delay = asked if asked is not None else retry.backoff(0, 0, 1.0)
                    if maintenance + delay <= settings.maintenance_max_wait:
                        maintenance += delay
                        await self._wait(request, http, "the server is in maintenance", delay)
                        continue
                maybe_applied = maybe_applied or retry.may_have_arrived(status=status)
                if attempt >= settings.max_retries or not retry.should_retry_status(
                    status, kind, settings.retry_extra_codes
                ):
                    response.extensions[ATTEMPTS] = attempt + 1
                    response.extensions[MAYBE_APPLIED] = maybe_applied
                    return response
                delay = (
                    asked
                    if asked is not None
                    else retry.backoff(
                        attempt, settings.retry_jitter_factor, settings.retry_base_delay
                    )
                )
                reason = f"{status} {response.reason_phrase}".strip()
            attempt += 1
            await self._wait(
                request, http, f"{reason}; retry {attempt} of {settings.max_retries}", delay
            )

    async def _wait(
        self, request: httpx.Request, http: httpx.AsyncClient, why: str, delay: float
    ) -> None:
        logger.info("%s: %s in %.2f s", where(request), why, delay)
        await async_sleep(delay)
        if self._http is not http:
            raise self._closed_error(request)

    def _closed_error(self, request: httpx.Request) -> ClientStateError:
        return ClientStateError(
            f"{type(self).__name__} was closed while {where(request)} was in progress"
        )

    # --- CSRF ------------------------------------------------------------

    async def _add_csrf(self, request: httpx.Request, stale: str | None = None) -> None:
        """Put a CSRF token on ``request``: one fetch for concurrent first writes.

        ``stale`` is a token the server refused: fetch a new one unless another
        request already did.
        """
        if not csrf.fresh(self._csrf_token, self._csrf_expires, stale):
            async with self._csrf_lock:
                if (
                    not csrf.fresh(self._csrf_token, self._csrf_expires, stale)
                    and self._csrf_supported
                ):
                    await self._fetch_csrf_token()
        if self._csrf_supported and self._csrf_token:
            request.headers["Prefect-Csrf-Token"] = self._csrf_token
            request.headers["Prefect-Csrf-Client"] = self._csrf_client_id

    async def _fetch_csrf_token(self) -> None:
        op = ops.root.create_csrf_token
        response = await self._send(op, op.request_kwargs(client_query=self._csrf_client_id))
        if csrf.disabled(response):
            self._csrf_supported = False  # an older server, or CSRF protection is off
            self._csrf_token = None
            return
        if response.status_code != 200:
            raise await self._error(response, "create_csrf_token")
        self._csrf_token, self._csrf_expires = csrf.token(response)

    async def _csrf_rejected(self, response: httpx.Response) -> bool:
        return self._csrf_supported and csrf.rejected(response)

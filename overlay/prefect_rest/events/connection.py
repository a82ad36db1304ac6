"""Opening Prefect's websocket streams: the URL, the handshake, the settings.

A stream uses what the REST client of the same settings uses: the API key or
auth string (as an ``Authorization`` header on the upgrade and as the token of
Prefect's ``auth`` message), ``PREFECT_CLIENT_CUSTOM_HEADERS``, the TLS settings
and ``HTTP(S)_PROXY`` from the environment.  Nothing here logs or quotes a secret.
"""

from __future__ import annotations

import json
import logging
import ssl
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from ..exceptions import InvalidArgument, PrefectRestError
from ..settings import Settings, redact_url

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

#: Headers the websocket handshake sets itself (Prefect's list): custom headers may not replace them.
_PROTECTED = frozenset(
    {
        "user-agent",
        "sec-websocket-key",
        "sec-websocket-version",
        "sec-websocket-extensions",
        "sec-websocket-protocol",
        "connection",
        "upgrade",
        "host",
    }
)
USER_AGENT = "prefect-rest/0.1"


class _NoFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The websockets library's logger without its DEBUG lines: they quote the handshake
    headers and every frame, the ``auth`` message's token included."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        if level > logging.DEBUG:
            super().log(level, msg, *args, **kwargs)

    def debug(self, msg: object, *args: Any, **kwargs: Any) -> None:
        """Dropped."""


_WS_LOGGER = _NoFrames(logging.getLogger("prefect_rest.events.websockets"), {})


class StreamUnavailable(PrefectRestError):
    """A websocket stream cannot be opened here: no route, upgrade refused, or no transport."""


class StreamAuthError(StreamUnavailable):
    """The server refused the stream's credentials."""


def require_websockets() -> Any:
    """The ``websockets`` asyncio client module, or an error naming the extra to install."""
    try:
        from websockets.asyncio import client
    except ImportError:
        raise StreamUnavailable(
            "event and log streams need the websockets package: pip install 'prefect-rest[events]'"
        ) from None
    return client


@dataclass(frozen=True)
class StreamTarget:
    """Where and how to open a stream: the API root as ``ws(s)://`` and the handshake inputs."""

    api_url: str  #: http(s) API root, without credentials
    settings: Settings = field(repr=False)
    token: str | None = field(default=None, repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    trust_env: bool = True

    def socket_url(self, path: str) -> str:
        """``ws(s)://.../api`` + ``path``."""
        url = self.api_url.rstrip("/")
        if url.startswith("https://"):
            url = "wss://" + url[len("https://") :]
        elif url.startswith("http://"):
            url = "ws://" + url[len("http://") :]
        return url + path

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context for ``wss://``: the client's verification settings."""
        if not self.api_url.startswith("https://"):
            return None
        if self.settings.tls_insecure_skip_verify:
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            return ctx
        try:
            return ssl.create_default_context(cafile=self.settings.ssl_cert_file or None)
        except (OSError, ssl.SSLError) as exc:
            raise InvalidArgument(
                f"PREFECT_API_SSL_CERT_FILE: cannot load a CA bundle from "
                f"{self.settings.ssl_cert_file!r} ({type(exc).__name__})"
            ) from None


def target_for(api: str | None, settings: Settings, *, in_process: bool = False) -> StreamTarget:
    """The stream target of a client on ``api`` (a URL) with ``settings``.

    ``in_process``: the client runs on the in-process server, which is served on a
    loopback port for streams (``prefect_rest.inprocess.loopback_api_url``).
    """
    if in_process:
        from ..inprocess import loopback_api_url  # type: ignore[import-not-found,unused-ignore]

        api = loopback_api_url()
    if not api:
        raise StreamUnavailable(
            "event and log streams need a server URL (PREFECT_API_URL) or the in-process server"
        )
    url = httpx.URL(str(api))
    token = settings.auth_string
    auth = settings.auth_header()
    if url.userinfo:
        user_pass = f"{url.username}:{url.password}"
        token = token or user_pass
        if auth is None:
            auth = Settings(auth_string=user_pass).auth_header()
        url = url.copy_with(username=None, password=None)
    headers = {
        name: value
        for name, value in settings.custom_headers.items()
        if name.lower() not in _PROTECTED
    }
    if auth:
        headers["Authorization"] = auth
    return StreamTarget(
        api_url=str(url).rstrip("/"),
        settings=settings,
        token=token or settings.api_key,
        headers=headers,
    )


def target_of_client(client: Any) -> StreamTarget:
    """The stream target for a ``PrefectClient``/``SyncPrefectClient`` (its URL and settings)."""
    from ..settings import ServerType

    api = client._api
    if api is not None and not isinstance(api, str | httpx.URL):
        raise StreamUnavailable(
            "a client on an ASGI app has no websocket transport; give the client a URL"
        )
    in_process = api is None and client.server_type == ServerType.EPHEMERAL
    target = target_for(None if api is None else str(api), client._settings, in_process=in_process)
    trust_env = client._httpx_settings.get("trust_env", True)
    if trust_env is not True:
        target = StreamTarget(
            target.api_url, target.settings, target.token, target.headers, trust_env=False
        )
    return target


async def open_stream(
    target: StreamTarget, path: str, *, open_timeout: float = 10
) -> ClientConnection:
    """Connect to ``path`` and pass Prefect's ``auth`` handshake; return the open connection.

    Raises :class:`StreamUnavailable` when the server has no such route or refuses
    the upgrade, :class:`StreamAuthError` when it refuses the credentials; network
    errors (``OSError``, ``TimeoutError``, ``websockets`` closes) propagate for the
    caller's reconnect loop.
    """
    client = require_websockets()
    from websockets.exceptions import ConnectionClosed, InvalidStatus

    url = target.socket_url(path)
    where = redact_url(url)
    options: dict[str, Any] = {
        "subprotocols": ["prefect"],
        "additional_headers": target.headers,
        "user_agent_header": USER_AGENT,
        "open_timeout": open_timeout,
        "max_size": 2**24,
        "compression": None,
        "logger": _WS_LOGGER,
    }
    ctx = target.ssl_context()
    if ctx is not None:
        options["ssl"] = ctx
    if not target.trust_env:
        options["proxy"] = None
    try:
        socket = await client.connect(url, **options)
    except InvalidStatus as exc:
        status = exc.response.status_code
        if status >= 500:  # a restarting server behind a proxy: worth another try
            raise ConnectionError(f"{where}: the upgrade was answered HTTP {status}") from None
        if status in (401, 403):
            raise StreamAuthError(
                f"{where}: the server refused the upgrade (HTTP {status}); "
                "check PREFECT_API_AUTH_STRING / PREFECT_API_KEY"
            ) from None
        raise StreamUnavailable(
            f"{where}: the server refused the websocket upgrade (HTTP {status}); "
            "an older server, or a proxy that does not pass websockets"
        ) from None
    if socket.subprotocol != "prefect":
        # an older server's route without Prefect's handshake (3.4's /events/in): the
        # upgrade's Authorization header is all the authentication it takes
        return socket
    try:
        await socket.send(json.dumps({"type": "auth", "token": target.token}))
        answer = json.loads(await socket.recv())
    except ConnectionClosed as exc:
        await socket.close()
        reason = exc.rcvd.reason if exc.rcvd is not None else ""
        if exc.rcvd is not None and exc.rcvd.code in (1002, 1008):
            raise StreamAuthError(
                f"{where}: the server refused the stream's credentials ({reason or exc.rcvd.code}); "
                "check PREFECT_API_AUTH_STRING / PREFECT_API_KEY"
            ) from None
        raise
    if not isinstance(answer, dict) or answer.get("type") != "auth_success":
        await socket.close()
        reason = answer.get("reason", "") if isinstance(answer, dict) else ""
        raise StreamAuthError(
            f"{where}: the server refused the stream's credentials ({reason or 'no reason given'}); "
            "check PREFECT_API_AUTH_STRING / PREFECT_API_KEY"
        )
    return socket

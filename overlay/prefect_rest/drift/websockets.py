"""The live check of the websocket routes (``prefect-rest drift --url``).

The routes are not in the OpenAPI document, so the drift check opens each one
in ``prefect_rest.events.routes.ROUTES`` on the server and passes Prefect's
``auth`` handshake; a route the server does not serve is a breaking change
naming the functions that use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .compare import Change
from .schemas import BREAKING, NOTE

if TYPE_CHECKING:
    from .report import Report


def _outcome(url: str, path: str, timeout: float) -> tuple[str, str] | None:
    """None if ``path`` answers the handshake; else (severity, what happened)."""
    from concurrent.futures import ThreadPoolExecutor

    import anyio

    from ..events.connection import StreamAuthError, StreamUnavailable, open_stream, target_for
    from ..settings import Settings

    async def probe() -> None:
        socket = await open_stream(target_for(url, Settings.load()), path, open_timeout=timeout)
        await socket.close()

    try:
        # its own thread: the caller may already run an event loop (drift called from async code)
        with ThreadPoolExecutor(1) as pool:
            pool.submit(anyio.run, probe).result()
    except StreamAuthError:
        return NOTE, "not checked: the server refused the credentials"
    except StreamUnavailable as exc:  # the message starts with the URL: not part of the id
        return BREAKING, f"websocket route missing: {str(exc).partition(': ')[2]}"
    except Exception as exc:  # the network, a proxy: no verdict on the route itself
        return NOTE, f"not checked: {type(exc).__name__}: {exc}"
    return None


def add_websocket_checks(report: Report, url: str, timeout: float = 10.0) -> None:
    """Check each websocket route on the server at ``url``; add what differs to ``report``."""
    from ..events.connection import StreamUnavailable, require_websockets
    from ..events.routes import ROUTES
    from .report import OpInfo

    try:
        require_websockets()
    except StreamUnavailable:
        report.changes.append(
            Change(
                NOTE,
                "websocket-routes",
                "",
                "websockets",
                "",
                "not checked: install prefect-rest[events] to check the websocket routes",
            )
        )
        return
    for route in ROUTES:
        found = _outcome(url, route.path, timeout)
        if found is None:
            continue
        severity, detail = found
        key = f"WS {route.path}"
        report.ops.setdefault(
            key,
            OpInfo(
                key,
                route.path.strip("/").replace("/", "_"),
                "websockets",
                ("", ""),
                list(route.methods),
                key,
            ),
        )
        report.changes.append(
            Change(severity, "websocket-route", "response", key, "", detail, {route.path}, {key})
        )

# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Server health and version checks."""

from __future__ import annotations

import logging
import re

import httpx
from prefect_rest_api import api as ops

from ..exceptions import ServerVersionMismatch
from ..settings import SERVER_RELEASE, ServerType, redact_url
from ._base import SyncClientBase

logger = logging.getLogger("prefect_rest")


def release_tuple(text: str) -> tuple[int, ...]:
    """``"3.8.8"`` -> ``(3, 8, 8)``; pre-release suffixes are ignored (``3.9.0rc1`` -> 3.9.0)."""
    parts = []
    for piece in str(text).strip().lstrip("v").split(".")[:3]:
        digits = re.match(r"\d+", piece)
        if digits is None:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


class SyncServerMixin(SyncClientBase):
    """Hello, health, and the server's release against the client's."""

    def hello(self) -> httpx.Response:
        """Say hello to the server; returns the raw response, raises on an error status."""
        op = ops.root.hello
        response = self._send(op, op.request_kwargs())
        if not 200 <= response.status_code < 300:
            raise self._error(response, "hello")
        return response

    def api_healthcheck(self) -> Exception | None:
        """None if the server answers ``/health``, else the exception that was raised."""
        try:
            self._request(ops.root.health_check)
        except Exception as exc:  # the reference returns, not raises
            return exc
        return None

    def api_version(self) -> str:
        """The server's Prefect release (``GET /admin/version``)."""
        return self._request(ops.admin.read_version)

    def client_version(self) -> str:
        """The Prefect release this client speaks for (the server release it was generated from)."""
        return SERVER_RELEASE

    def raise_for_api_version_mismatch(self) -> None:
        """Compare the server's release with :meth:`client_version`, as Prefect's client does.

        A different major release raises :class:`ServerVersionMismatch` (a
        ``RuntimeError``) naming both; an older server of the same major logs a
        warning.  Prefect Cloud is always compatible.
        """
        if self.server_type == ServerType.CLOUD:
            return
        server, client = self.api_version(), self.client_version()
        server_v, client_v = release_tuple(server), release_tuple(client)
        if not server_v or server_v[:1] != client_v[:1]:
            raise ServerVersionMismatch(
                f"Found incompatible versions: client: {client}, server: {server}. "
                "Major versions must match (scripts/drift.py --url shows what differs)."
            )
        if server_v < client_v:
            logger.warning(
                # Prefect 3.8.8's wording (its tests match it), then the server's URL
                "Your Prefect server is running an older version of Prefect than your "
                "client which may result in unexpected behavior. Please upgrade your "
                "Prefect server from version %s to version %s or higher. (server: %s)",
                server,
                client,
                redact_url(self.api_url),
            )

    def raise_for_api_version_mismatch_once(self) -> None:
        """Like :meth:`raise_for_api_version_mismatch`, asking once per client until a check passes.

        (Prefect remembers a passed check per process; we remember it per client.)
        """
        if self.server_type == ServerType.CLOUD or self._version_checked:
            return
        self.raise_for_api_version_mismatch()
        self._version_checked = True

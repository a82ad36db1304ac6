# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Resolving answers that refuse our own lost first attempt (see ``transport/replay.py``).

This is the async source.  ``scripts/make_sync.py`` derives ``_sync/_replay.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from prefect_rest_api import api as ops

from .. import models as m
from .._io import sync_sleep
from ..exceptions import PrefectRestError, PrefectTransportError
from ..transport.replay import (
    carries_transition,
    log_filter,
    logs_not_stored,
    same_object,
)
from ..transport.retry import MAYBE_APPLIED, backoff
from ._base import SyncClientBase, Replay

#: Lines read per page when looking for a log batch that may be stored.
_LOG_PAGE = 200


class SyncReplayMixin(SyncClientBase):
    """Read-backs after a lost attempt, shared by the resource mixins."""

    def _own_create(self, body: Any, read_back: Callable[[], Any]) -> Replay:
        """For a ``unique`` create: a 409 answered to our retry, when the stored object
        is the one we sent, returns the stored object instead of raising."""

        def resolve(response: httpx.Response) -> Any:
            if response.status_code != 409:
                return None
            try:
                stored = read_back()
            except PrefectRestError:
                return None  # keep the 409
            sent = body.to_dict() if hasattr(body, "to_dict") else dict(body)
            return stored if same_object(sent, stored.to_dict()) else None

        return resolve

    def _own_transition(self, body: Any, read_run: Callable[[Any], Any], run_id: Any) -> Replay:
        """For a ``transition`` (``body`` a set-state body): REJECT/ABORT answered to our
        retry because the first attempt was applied becomes the ACCEPT it got."""
        transition_id = str(getattr(body.state.state_details, "transition_id", ""))

        def resolve(response: httpx.Response) -> Any:
            if not 200 <= response.status_code < 300:
                return None
            result = m.OrchestrationResult.from_dict(response.json())
            if str(result.status) not in ("REJECT", "ABORT"):
                return None
            state = result.state
            if not carries_transition(state, transition_id):
                state = (read_run(run_id)).state
            if state is None or not carries_transition(state, transition_id):
                return None  # refused for another reason: the answer stands
            return m.OrchestrationResult.from_dict(
                {
                    "status": "ACCEPT",
                    "state": state.to_dict(),
                    "details": {"type": "accept_details"},
                }
            )

        return resolve

    def _create_logs_once(self, batch: list[Any]) -> None:
        """Send one log batch; after a lost attempt, send only the lines not stored.

        Logs are ``unsafe`` (no id): instead of sending the batch again blindly
        (stored twice) or raising (maybe stored), read what the server holds and
        send the rest, up to ``max_retries`` times.
        """
        op = ops.logs.create_logs
        settings = self._settings
        sent = [log.to_dict() for log in batch]
        pending = list(range(len(batch)))
        failure: Exception | None = None
        for attempt in range(settings.max_retries + 1):
            if attempt:
                sync_sleep(
                    backoff(attempt - 1, settings.retry_jitter_factor, settings.retry_base_delay)
                )
            body = [batch[i] for i in pending]
            try:
                response = self._send(op, op.request_kwargs(body=body))
            except PrefectTransportError as exc:
                if not exc.maybe_applied or isinstance(exc.__cause__, httpx.TimeoutException):
                    raise  # a timeout: the server may still be writing the batch
                failure = exc
            else:
                if response.status_code < 300:
                    return
                if response.status_code not in MAYBE_APPLIED:
                    raise self._error(response, "create_logs")
                failure = self._error(response, "create_logs")
            missing = self._logs_missing([sent[i] for i in pending])
            if not missing:
                return  # the lost attempt was stored
            pending = [pending[i] for i in missing]
        raise failure or PrefectTransportError("create_logs: no attempt was made")

    def _logs_missing(self, sent: list[dict[str, Any]]) -> list[int]:
        """Indexes of the ``sent`` lines the server does not hold."""
        stored: list[dict[str, Any]] = []
        offset = 0
        while True:
            page = self._request(
                ops.logs.read_logs,
                body=m.ReadLogsBody.from_dict(
                    {"logs": log_filter(sent), "limit": _LOG_PAGE, "offset": offset}
                ),
            )
            stored.extend(log.to_dict() for log in page)
            if len(page) < _LOG_PAGE:
                return logs_not_stored(sent, stored)
            offset += _LOG_PAGE

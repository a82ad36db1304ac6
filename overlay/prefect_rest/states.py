"""Build the states a client sends to ``set_flow_run_state`` and ``set_task_run_state``.

Each helper returns a ``StateCreate`` model with the type, name and details
Prefect's own helpers of the same name give (``AwaitingRetry`` is a SCHEDULED
state named "AwaitingRetry", ``Suspended`` a PAUSED one that reschedules, ...):

    from prefect_rest import states

    await client.set_flow_run_state(flow_run_id, states.Running())

``name``, ``message``, ``data`` and ``state_details`` (a ``StateDetails`` or a
dict) may be given to every helper; only what is set is sent.  Times are
datetimes; a naive one is UTC (as Prefect's server reads the naive time Prefect's
helpers send).  Importing this module loads no models.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import models as m
from ._args import bad_argument, is_pydantic
from .exceptions import InvalidArgument

if TYPE_CHECKING:
    from typing import Protocol

    from prefect_rest_api.models import StateCreate, StateDetails

    class _PlainHelper(Protocol):
        """The signature of :func:`Pending` and the other helpers made by ``_plain``."""

        def __call__(
            self,
            *,
            name: str | None = None,
            message: str | None = None,
            data: Any = None,
            state_details: StateDetails | Mapping[str, Any] | None = None,
        ) -> StateCreate: ...

    class _TimedHelper(Protocol):
        """The signature of :func:`Scheduled` and the other helpers made by ``_timed``."""

        def __call__(
            self,
            scheduled_time: datetime.datetime | None = None,
            *,
            name: str | None = None,
            message: str | None = None,
            data: Any = None,
            state_details: StateDetails | Mapping[str, Any] | None = None,
        ) -> StateCreate: ...


__all__ = [
    "AwaitingConcurrencySlot",
    "AwaitingRetry",
    "Cancelled",
    "Cancelling",
    "Completed",
    "Crashed",
    "Failed",
    "Late",
    "Paused",
    "Pending",
    "Retrying",
    "Running",
    "Scheduled",
    "Suspended",
    "state_create",
]

_CREATE_KEYS = ("type", "name", "message", "data", "state_details")


def _aware(name: str, value: Any) -> datetime.datetime:
    """``value``, a datetime; a naive one is UTC, as Prefect's server reads it."""
    if not isinstance(value, datetime.datetime):
        raise bad_argument(name, value, "a datetime")
    return value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _details(state_details: StateDetails | Mapping[str, Any] | None) -> dict[str, Any]:
    if state_details is None:
        return {}
    if isinstance(state_details, Mapping):
        from prefect_rest_api.types import to_jsonable

        return dict(to_jsonable(state_details))
    if isinstance(state_details, m.StateDetails):
        return state_details.to_dict()
    raise bad_argument("state_details", state_details, "a StateDetails or a dict")


def _state(
    type_: str,
    default_name: str,
    name: str | None,
    message: str | None,
    data: Any,
    state_details: StateDetails | Mapping[str, Any] | None,
    **details: Any,
) -> StateCreate:
    if name is not None and not isinstance(name, str):
        raise bad_argument("name", name, "a string")
    if message is not None and not isinstance(message, str):
        raise bad_argument("message", message, "a string")
    merged = _details(state_details)
    for key, value in details.items():
        if value is None:
            continue
        if key in merged:
            raise InvalidArgument(f"{key} was given twice: as an argument and in state_details")
        merged[key] = value.isoformat() if isinstance(value, datetime.datetime) else value
    payload: dict[str, Any] = {
        "type": type_,
        "name": name or default_name,
        "state_details": merged,
    }
    if message is not None:
        payload["message"] = message
    if data is not None:
        payload["data"] = data
    return m.StateCreate.from_dict(payload)


def _named(helper: Any, name: str, doc: str) -> Any:
    """``helper`` named and documented as the public helper it is."""
    helper.__name__ = helper.__qualname__ = name
    helper.__doc__ = doc
    return helper


def _plain(type_: str, default_name: str, doc: str) -> _PlainHelper:
    """The helper for a ``type_`` state named ``default_name`` unless told otherwise."""

    def helper(
        *,
        name: str | None = None,
        message: str | None = None,
        data: Any = None,
        state_details: StateDetails | Mapping[str, Any] | None = None,
    ) -> StateCreate:
        return _state(type_, default_name, name, message, data, state_details)

    return _named(helper, default_name, doc)


def _timed(default_name: str, doc: str) -> _TimedHelper:
    """The helper for a SCHEDULED state named ``default_name``, at a time (default: now)."""

    def helper(
        scheduled_time: datetime.datetime | None = None,
        *,
        name: str | None = None,
        message: str | None = None,
        data: Any = None,
        state_details: StateDetails | Mapping[str, Any] | None = None,
    ) -> StateCreate:
        if scheduled_time is not None:
            scheduled_time = _aware("scheduled_time", scheduled_time)
        elif "scheduled_time" not in _details(state_details):
            scheduled_time = _now()
        details = {"scheduled_time": scheduled_time}
        return _state("SCHEDULED", default_name, name, message, data, state_details, **details)

    return _named(helper, default_name, doc)


# The helpers of one shape, as Prefect's helpers of the same names: (type, name, docstring).
Pending = _plain("PENDING", "Pending", 'A PENDING state ("Pending").')
Running = _plain("RUNNING", "Running", 'A RUNNING state ("Running").')
Retrying = _plain("RUNNING", "Retrying", 'A RUNNING state named "Retrying".')
Completed = _plain("COMPLETED", "Completed", 'A COMPLETED state ("Completed").')
Failed = _plain("FAILED", "Failed", 'A FAILED state ("Failed").')
Crashed = _plain("CRASHED", "Crashed", 'A CRASHED state ("Crashed").')
Cancelling = _plain("CANCELLING", "Cancelling", 'A CANCELLING state ("Cancelling").')
Cancelled = _plain("CANCELLED", "Cancelled", 'A CANCELLED state ("Cancelled").')

# The SCHEDULED ones: (name, docstring).
Scheduled = _timed(
    "Scheduled", 'A SCHEDULED state ("Scheduled") for ``scheduled_time`` (default: now).'
)
AwaitingRetry = _timed(
    "AwaitingRetry",
    'A SCHEDULED state named "AwaitingRetry" for ``scheduled_time`` (default: now).',
)
AwaitingConcurrencySlot = _timed(
    "AwaitingConcurrencySlot",
    'A SCHEDULED state named "AwaitingConcurrencySlot" (default time: now).',
)
Late = _timed("Late", 'A SCHEDULED state named "Late" for ``scheduled_time`` (default: now).')


def Paused(
    *,
    timeout_seconds: float | None = None,
    pause_expiration_time: datetime.datetime | None = None,
    reschedule: bool = False,
    pause_key: str | None = None,
    name: str | None = None,
    message: str | None = None,
    data: Any = None,
    state_details: StateDetails | Mapping[str, Any] | None = None,
) -> StateCreate:
    """A PAUSED state ("Paused"), expiring at ``pause_expiration_time`` or after ``timeout_seconds``.

    Give at most one of the two; with neither the pause has no timeout.
    ``reschedule=True`` asks the server to release the run's infrastructure.
    """
    return _paused(
        "Paused",
        timeout_seconds,
        pause_expiration_time,
        reschedule,
        pause_key,
        name,
        message,
        data,
        state_details,
    )


def Suspended(
    *,
    timeout_seconds: float | None = None,
    pause_expiration_time: datetime.datetime | None = None,
    pause_key: str | None = None,
    name: str | None = None,
    message: str | None = None,
    data: Any = None,
    state_details: StateDetails | Mapping[str, Any] | None = None,
) -> StateCreate:
    """A PAUSED state named "Suspended" that reschedules the run (see :func:`Paused`)."""
    return _paused(
        "Suspended",
        timeout_seconds,
        pause_expiration_time,
        True,
        pause_key,
        name,
        message,
        data,
        state_details,
    )


def _paused(
    default_name: str,
    timeout_seconds: float | None,
    pause_expiration_time: datetime.datetime | None,
    reschedule: bool,
    pause_key: str | None,
    name: str | None,
    message: str | None,
    data: Any,
    state_details: StateDetails | Mapping[str, Any] | None,
) -> StateCreate:
    if timeout_seconds is not None and pause_expiration_time is not None:
        raise InvalidArgument("give timeout_seconds or pause_expiration_time, not both")
    pause_timeout = None
    if pause_expiration_time is not None:
        pause_timeout = _aware("pause_expiration_time", pause_expiration_time)
    elif timeout_seconds is not None:
        if isinstance(timeout_seconds, bool) or not isinstance(timeout_seconds, int | float):
            raise bad_argument("timeout_seconds", timeout_seconds, "a number of seconds")
        pause_timeout = _now() + datetime.timedelta(seconds=timeout_seconds)
    if not isinstance(reschedule, bool):
        raise bad_argument("reschedule", reschedule, "a bool")
    if pause_key is not None and not isinstance(pause_key, str):
        raise bad_argument("pause_key", pause_key, "a string")
    return _state(
        "PAUSED",
        default_name,
        name,
        message,
        data,
        state_details,
        pause_timeout=pause_timeout,
        pause_reschedule=reschedule,
        pause_key=pause_key,
    )


def state_create(value: Any, name: str = "state") -> StateCreate:
    """``value`` as a ``StateCreate`` to send.

    Accepts a ``StateCreate``, a ``State`` read from the server (its id and
    timestamp are dropped), a dict with a ``type``, or a Prefect ``State``
    object (its ``data`` is not sent, as Prefect sends only result records).
    """
    return m.StateCreate.from_dict(state_payload(value, name))


def state_payload(value: Any, name: str = "state") -> dict[str, Any]:
    """What :func:`state_create` takes, as the JSON of a ``StateCreate`` (checked)."""
    if isinstance(value, m.StateCreate | m.State):
        payload = value.to_dict()
    elif isinstance(value, Mapping):
        from prefect_rest_api.types import to_jsonable

        payload = to_jsonable(value)
    elif is_pydantic(value) and hasattr(value, "type"):  # a Prefect State
        payload = value.model_dump(
            mode="json", include={"type", "name", "message", "state_details"}
        )
    else:
        raise bad_argument(name, value, "a StateCreate, a State or a dict")
    payload = {key: payload[key] for key in _CREATE_KEYS if key in payload}
    state_type = payload.get("type")
    if not isinstance(state_type, str) or state_type.upper() not in m.StateType.__members__:
        known = ", ".join(m.StateType.__members__)
        raise InvalidArgument(f"{name} must have a type, one of {known}; got {state_type!r}")
    payload["type"] = state_type.upper()
    if payload.get("state_details") is None:
        payload["state_details"] = {}
    elif not isinstance(payload["state_details"], Mapping):
        raise bad_argument(f"{name}.state_details", payload["state_details"], "a dict")
    else:
        payload["state_details"] = dict(payload["state_details"])
    return payload

"""Models glue: the filters a subscription sends and the items it receives.

A filter may be our model (``prefect_rest.models.EventFilter`` / ``LogFilter``),
a dict, or Prefect's own pydantic filter; each becomes the JSON the server reads.
Prefect's ``EventFilter`` defaults ``occurred.until`` to the moment it was built,
which would end a live subscription there: only fields the caller set are kept,
and the time window is always the subscription's own.
"""

from __future__ import annotations

import datetime
from typing import Any

from prefect_rest_api import models as m

from .._args import filter_arg

#: How far a subscription looks back when it starts (as Prefect's subscriber).
BACKFILL = datetime.timedelta(minutes=1)
#: The open end of a live window (as Prefect's subscriber: a year ahead).
OPEN_END = datetime.timedelta(days=365)


def now() -> datetime.datetime:
    """The current UTC time."""
    return datetime.datetime.now(datetime.UTC)


def iso(moment: datetime.datetime) -> str:
    """``moment`` as the server reads it (UTC, ``Z``)."""
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


def event_filter_json(value: Any) -> dict[str, Any]:
    """``value`` (None, our ``EventFilter``, a dict or Prefect's) as filter JSON."""
    model = filter_arg("filter", value, m.EventFilter)
    return {} if model is None else dict(model.to_dict())


def log_filter_json(value: Any) -> dict[str, Any]:
    """``value`` (None, our ``LogFilter``, a dict or Prefect's) as filter JSON."""
    model = filter_arg("filter", value, m.LogFilter)
    return {} if model is None else dict(model.to_dict())


def user_since(kind: str, base: dict[str, Any]) -> datetime.datetime | None:
    """The start the caller asked for in ``base`` (``occurred.since`` / ``timestamp.after_``)."""
    key, start = ("occurred", "since") if kind == "event" else ("timestamp", "after_")
    raw = (base.get(key) or {}).get(start)
    if not raw:
        return None
    value = raw if isinstance(raw, datetime.datetime) else datetime.datetime.fromisoformat(raw)
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


def windowed(
    kind: str, base: dict[str, Any], since: datetime.datetime, until: datetime.datetime
) -> dict[str, Any]:
    """``base`` with its time window replaced by ``since``..``until`` (events ascending)."""
    window = dict(base)
    if kind == "event":
        window["occurred"] = {"since": iso(since), "until": iso(until)}
        window["order"] = "ASC"
    else:
        window["timestamp"] = {"after_": iso(since), "before_": iso(until)}
    return window


def decode(kind: str, message: Any) -> m.ReceivedEvent | m.Log | None:
    """The item of one stream message (None for other message types)."""
    if not isinstance(message, dict) or message.get("type") != kind:
        return None
    raw = message.get(kind)
    if not isinstance(raw, dict):
        return None
    if kind == "event":
        return m.ReceivedEvent.from_dict(raw)
    return m.Log.from_dict(raw)


def moment_of(item: Any) -> datetime.datetime:
    """When an item happened: an event's ``occurred``, a log's ``timestamp``."""
    value = item.occurred if isinstance(item, m.ReceivedEvent) else item.timestamp
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)

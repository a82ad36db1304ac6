"""Recognising our own lost attempt in the server's answer: pure functions, no I/O.

After an attempt that may have been applied (an error after sending, a 502 or
504), the retry may be refused *because* the first attempt was applied: a 409
for a ``unique`` create, REJECT/ABORT for a ``transition``, and a repeated log
batch would be stored twice.  These helpers say whether what the server holds
is what we sent; the client methods (``_async/_replay.py``) read it back.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def same_object(sent: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """Whether ``stored`` holds every field of ``sent`` that it has, with the same value."""
    return all(stored[key] == value for key, value in sent.items() if key in stored)


def carries_transition(state: Any, transition_id: str) -> bool:
    """Whether a state (a model or None) was written by the transition ``transition_id``."""
    details = getattr(state, "state_details", None)
    return str(getattr(details, "transition_id", None)) == transition_id


def _when(value: Any) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    try:
        parsed = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def log_key(log: Mapping[str, Any]) -> tuple[Any, ...]:
    """What identifies a log line (the API gives lines no id)."""
    return (
        str(log.get("flow_run_id")),
        str(log.get("task_run_id")),
        log.get("name"),
        log.get("level"),
        log.get("message"),
        _when(log.get("timestamp")),
    )


def logs_not_stored(
    sent: Sequence[Mapping[str, Any]], stored: Iterable[Mapping[str, Any]]
) -> list[int]:
    """Indexes of the ``sent`` lines that ``stored`` does not hold (counting repeats)."""
    have = Counter(log_key(log) for log in stored)
    missing = []
    for index, log in enumerate(sent):
        key = log_key(log)
        if have[key] > 0:
            have[key] -= 1
        else:
            missing.append(index)
    return missing


def log_filter(sent: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """A ``LogFilter`` (JSON) that finds every line of ``sent`` once stored."""
    times = [t for t in (_when(log.get("timestamp")) for log in sent) if t is not None]
    found: dict[str, Any] = {}
    if times:
        found["timestamp"] = {
            "after_": min(times).isoformat(),
            "before_": max(times).isoformat(),
        }
    runs = {log.get("flow_run_id") for log in sent}
    if None not in runs:
        found["flow_run_id"] = {"any_": sorted(str(run) for run in runs)}
    return found

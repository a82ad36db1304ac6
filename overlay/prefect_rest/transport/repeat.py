"""Repeat classes: what the server does with a request it receives twice.

Each generated endpoint module names its class in ``REPEAT`` (recorded per
operation in ``scripts/repeat_classes.py``, where each create's comment says
what the real server did with a repeated body); ``REPEAT_KEYS`` lists the body
fields that make a ``keyed`` request safe.  The retry policy (``retry.py``)
decides from the class alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

READ = "read"
IDEMPOTENT = "idempotent"
UPSERT = "upsert"
KEYED = "keyed"
UNIQUE = "unique"
TRANSITION = "transition"
UNSAFE = "unsafe"

#: Every class, safest first.
KINDS = (READ, IDEMPOTENT, UPSERT, KEYED, UNIQUE, TRANSITION, UNSAFE)

#: What the client does about a repeat of each class (the README's table).
GUARANTEES: Mapping[str, str] = {
    READ: "retried; nothing is written",
    IDEMPOTENT: "retried; a second request ends where the first did",
    UPSERT: "retried; the server returns or updates the row by its natural key",
    KEYED: "retried when the body carries its key (stored once), else unsafe",
    UNIQUE: "retried; a 409 after a lost attempt is resolved by reading the object back",
    TRANSITION: "retried; a replay refused for its transition_id is resolved by reading the run",
    UNSAFE: "not sent again after it may have arrived; logs are read back first",
}


def _has_keys(body: Any, keys: tuple[str, ...]) -> bool:
    if isinstance(body, list):
        return bool(body) and all(_has_keys(item, keys) for item in body)
    return isinstance(body, Mapping) and all(body.get(key) is not None for key in keys)


def repeat_class(op: Any, kwargs: Mapping[str, Any]) -> str:
    """The class of one request of operation ``op`` (a generated endpoint module).

    A ``keyed`` operation whose JSON body lacks a key field is ``unsafe``.
    """
    kind = getattr(op, "REPEAT", UNSAFE)
    if kind == KEYED and not _has_keys(kwargs.get("json"), getattr(op, "REPEAT_KEYS", ())):
        return UNSAFE
    return kind


def may_repeat(kind: str) -> bool:
    """Whether a request of class ``kind`` may be sent again after it may have arrived."""
    return kind != UNSAFE


def new_key() -> str:
    """An idempotency key for a create whose caller gave none (random, 32 hex digits)."""
    return uuid.uuid4().hex

"""Checks and conversions of caller arguments, done before any request is sent."""

from __future__ import annotations

from typing import Any, TypeVar
from uuid import UUID

from .exceptions import InvalidArgument

T = TypeVar("T")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def bad_argument(name: str, value: Any, expected: str) -> InvalidArgument:
    """The error for argument ``name`` not being ``expected``."""
    return InvalidArgument(f"{name} must be {expected}, got {type(value).__name__} {_short(value)}")


def uuid_arg(name: str, value: Any) -> UUID:
    """``value`` as a UUID (a UUID or its string form), else InvalidArgument."""
    if type(value) is UUID:
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    raise bad_argument(name, value, "a UUID")


def optional_uuid(name: str, value: Any) -> UUID | None:
    """Like :func:`uuid_arg`, with None allowed."""
    return None if value is None else uuid_arg(name, value)


def str_arg(name: str, value: Any) -> str:
    """``value`` if it is a non-empty string, else InvalidArgument."""
    if not isinstance(value, str) or not value:
        raise bad_argument(name, value, "a non-empty string")
    return value


def model_arg(name: str, value: Any, cls: type[T]) -> T:
    """``value`` as a ``cls`` model: an instance, or a dict decoded into one."""
    if isinstance(value, cls):
        return value
    if isinstance(value, dict):
        from_dict = cls.from_dict  # type: ignore[attr-defined]
        try:
            return from_dict(value)
        except ValueError as exc:
            raise InvalidArgument(f"{name}: {exc}") from None
    raise bad_argument(name, value, f"a {cls.__name__} or a dict")


def set_only(**fields: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None): unset fields are not sent."""
    return {key: value for key, value in fields.items() if value is not None}


def filters_body(cls: type[T], **fields: Any) -> T:
    """A filter request body holding only the filters the caller gave."""
    return cls(**set_only(**fields))


def flow_fields(flow: Any, name: str = "flow") -> dict[str, Any]:
    """The fields the API needs of a Prefect ``@flow`` object or anything with ``name``."""
    flow_name = getattr(flow, "name", None)
    if not isinstance(flow_name, str) or not flow_name:
        raise bad_argument(name, flow, "a flow object with a non-empty `name`")
    found = {"name": flow_name}
    for attr in ("version", "retries", "retry_delay_seconds"):
        value = getattr(flow, attr, None)
        if value is not None:
            found[attr] = value
    return found

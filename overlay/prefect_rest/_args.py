"""Checks and conversions of caller arguments, done before any request is sent.

Shared by the async mixins and (through ``scripts/make_sync.py``) their sync
twins; everything here is plain, synchronous and does no I/O.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar
from uuid import UUID

from prefect_rest_api.types import Model, to_jsonable

from .exceptions import InvalidArgument

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_INPUT_KEY = re.compile(r"^[a-z0-9-]+$")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def bad_argument(name: str, value: Any, expected: str) -> InvalidArgument:
    """The error for argument ``name`` not being ``expected``."""
    return InvalidArgument(f"{name} must be {expected}, got {type(value).__name__} {_short(value)}")


# --- scalars -----------------------------------------------------------------


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


def optional(check: Any, name: str, value: Any) -> Any:
    """``check(name, value)``, or None when ``value`` is None."""
    return None if value is None else check(name, value)


def optional_uuid(name: str, value: Any) -> UUID | None:
    """Like :func:`uuid_arg`, with None allowed."""
    return None if value is None else uuid_arg(name, value)


def str_arg(name: str, value: Any) -> str:
    """``value`` if it is a non-empty string, else InvalidArgument."""
    if not isinstance(value, str) or not value:
        raise bad_argument(name, value, "a non-empty string")
    return value


#: Characters the server forbids in the names of flows, pools, queues, blocks and limits.
_FORBIDDEN_IN_NAMES = re.compile(r"[/%&><]")


def name_arg(name: str, value: Any) -> str:
    """A non-empty name without the characters the server forbids (``/ % & > <``)."""
    value = str_arg(name, value)
    if _FORBIDDEN_IN_NAMES.search(value):
        raise InvalidArgument(f"{name} must not contain any of / % & > <, got {_short(value)}")
    return value


def bool_arg(name: str, value: Any) -> bool:
    """``value`` if it is a bool, else InvalidArgument."""
    if not isinstance(value, bool):
        raise bad_argument(name, value, "a bool")
    return value


def int_arg(name: str, value: Any, minimum: int = 0, expected: str | None = None) -> int:
    """``value`` if it is an int (not a bool) of at least ``minimum``, else InvalidArgument."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise bad_argument(name, value, expected or f"an int >= {minimum}")
    return value


def count_arg(name: str, value: Any) -> int | None:
    """None, or a non-negative int (a limit or an offset)."""
    return None if value is None else int_arg(name, value, 0, "a non-negative int")


def page_size_arg(value: Any) -> int:
    """The ``page_size`` of an ``iter_*`` method: a positive int."""
    return int_arg("page_size", value, 1, "a positive int")


def seconds_arg(name: str, value: Any) -> float:
    """A number of seconds (int or float, not negative) as a float."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise bad_argument(name, value, "a number of seconds >= 0")
    return float(value)


def choice_arg(name: str, value: Any, choices: tuple[str, ...]) -> str:
    """``value`` if it is one of ``choices``, else InvalidArgument listing them."""
    if value not in choices:
        raise bad_argument(name, value, " or ".join(repr(c) for c in choices))
    return value


def optional_datetime(name: str, value: Any) -> datetime.datetime | None:
    """None or a datetime, else InvalidArgument."""
    if value is not None and not isinstance(value, datetime.datetime):
        raise bad_argument(name, value, "a datetime")
    return value


def enum_arg(name: str, value: Any, cls: type[E]) -> E | None:
    """None, a member of ``cls``, or the member a string (or another enum's value) names.

    Prefect's own enums (``prefect.client.schemas.sorting.FlowRunSort.ID_DESC``)
    are accepted by their value; anything else is InvalidArgument.
    """
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str) and value in cls.__members__:
        return cls[value]
    choices = ", ".join(cls.__members__)
    raise bad_argument(name, value, f"a {cls.__name__} ({choices})")


def input_key_arg(value: Any) -> str:
    """A flow run input ``key``: lowercase letters, digits and dashes."""
    if not isinstance(value, str) or not _INPUT_KEY.match(value):
        raise bad_argument("key", value, "a string of lowercase letters, digits and dashes")
    return value


def deployment_name_arg(value: Any) -> tuple[str, str]:
    """A deployment's full ``name``, ``'<flow name>/<deployment name>'``, as its two parts."""
    parts = str_arg("name", value).split("/")
    if len(parts) != 2 or not all(parts):
        raise bad_argument("name", value, "'<flow name>/<deployment name>'")
    return parts[0], parts[1]


def page_token_arg(next_page: Any) -> str:
    """The page token of an event page's ``next_page`` URL (a bare token is returned as is)."""
    if not isinstance(next_page, str) or not next_page:
        raise bad_argument("next_page_url", next_page, "a next_page URL or its page token")
    if "?" not in next_page:
        return next_page
    import httpx  # here, so that importing ``states`` does not load httpx

    token = httpx.URL(next_page).params.get("page-token")
    if not token:
        raise bad_argument("next_page_url", next_page, "a URL with a page-token parameter")
    return token


# --- Prefect's pydantic objects and JSON data ---------------------------------

#: Types that are JSON values as they are.
_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def is_pydantic(value: Any) -> bool:
    """Whether ``value`` is a pydantic model instance (Prefect's own schemas), duck-typed.

    Our models have pydantic's methods too, but are not pydantic objects here.
    """
    return (
        callable(getattr(type(value), "model_dump", None))
        and not isinstance(value, type)
        and not isinstance(value, Model)
    )


def pydantic_data(value: Any, keep: Iterable[str] = (), **options: Any) -> Any:
    """A pydantic object as the dict its caller meant; any other value unchanged.

    Prefect's filters, actions and schedules are accepted wherever our model
    or a dict is: the fields the caller set (``model_fields_set``) and the
    fields in ``keep`` (those the API requires, such as an event's defaulted
    ``id``), each serialized in full by ``model_dump(mode="json", **options)``.
    Leaving the other defaults out keeps an update from resetting fields to
    Prefect's defaults (``DeploymentUpdate(paused=True)`` would send
    ``tags: []``), while nested objects keep their discriminators (a
    trigger's ``type``).  Neither prefect nor pydantic is imported.
    """
    if not is_pydantic(value):
        return value
    data = value.model_dump(mode="json", **options)
    fields = getattr(value, "model_fields_set", None)
    if not isinstance(fields, set | frozenset) or not isinstance(data, dict):
        return data
    # Filtered here rather than with ``include=``: some of Prefect's models
    # override model_dump and expect every field in the dump (LogCreate).
    wanted = set(fields).union(keep)
    return {key: item for key, item in data.items() if key in wanted}


class _NotJSON(Exception):
    """A value with no JSON form, and the path down to it (innermost first)."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self.path: list[str] = []


def jsonable(name: str, value: Any) -> Any:
    """``value`` as JSON data: our models, pydantic objects, UUIDs, datetimes, enums converted.

    A pydantic object inside the data (a parameter value) is serialized in
    full, as Prefect does.  A value with no JSON form is InvalidArgument
    naming where it is, instead of a ``TypeError`` when the request is encoded.
    """
    try:
        return _json(value)
    except RecursionError:
        raise InvalidArgument(f"{name} is nested too deeply to encode as JSON") from None
    except _NotJSON as exc:
        where = name + "".join(reversed(exc.path))
        expected = "JSON data (str, number, bool, None, list, dict)"
        raise bad_argument(where, exc.value, expected) from None


def _json(value: Any) -> Any:
    if type(value) in _JSON_SCALARS:
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            try:
                out[str(key)] = _json(item)
            except _NotJSON as exc:
                exc.path.append(f"[{key!r}]")
                raise
        return out
    if isinstance(value, list | tuple | set | frozenset):
        items = []
        for i, item in enumerate(value):
            try:
                items.append(_json(item))
            except _NotJSON as exc:
                exc.path.append(f"[{i}]")
                raise
        return items
    if isinstance(value, os.PathLike | decimal.Decimal):  # as pydantic's JSON mode writes them
        return str(value)
    try:  # models, pydantic objects, datetimes, UUIDs, enums: the generated encoder
        return to_jsonable(value)
    except InvalidArgument:  # no JSON form: say where it is
        raise _NotJSON(value) from None


# --- collections -------------------------------------------------------------


def _items(value: Any) -> list[Any] | None:
    """The items of an iterable that is not a string, else None."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return None
    return list(value)


def tags_arg(name: str, value: Any) -> list[str] | None:
    """None, or a list of the strings of an iterable (a bare string is refused)."""
    if value is None:
        return None
    tags = _items(value)
    if tags is None or not all(isinstance(tag, str) for tag in tags):
        raise bad_argument(name, value, "an iterable of strings")
    return tags


def names_arg(name: str, value: Any, *, required: bool = False) -> list[str]:
    """A list of non-empty strings from an iterable; ``required``: at least one.

    A lone string is refused: it is a common slip for a list of one name.
    """
    names = _items(value)
    if (
        names is None
        or not all(isinstance(item, str) and item for item in names)
        or (required and not names)
    ):
        many = "a non-empty list" if required else "a list"
        raise bad_argument(name, value, f"{many} of strings, none of them empty")
    return names


def dict_arg(name: str, value: Any) -> dict[str, Any] | None:
    """None, or a mapping with string keys (or a pydantic object) as JSON-ready data."""
    if value is None:
        return None
    value = pydantic_data(value)
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise bad_argument(name, value, "a dict with string keys")
    return jsonable(name, value)


# --- models ------------------------------------------------------------------


def model_arg(
    name: str, value: Any, cls: type[T], *also: type[Any], dump: Mapping[str, Any] | None = None
) -> T:
    """``value`` as a ``cls`` model: an instance, a dict, a pydantic object, or a model in ``also``.

    A dict is made JSON-ready first (UUIDs, datetimes and enums in it become
    JSON values) and decoded.  A model of a class in ``also`` (a read
    ``BlockDocument`` where a create body is wanted) keeps only the fields
    ``cls`` knows, so read-only fields such as ``id`` are not sent.  A pydantic
    object (Prefect's own ``FlowRunFilter``, ``WorkPoolCreate``...) is taken as
    its dict (:func:`pydantic_data`, with ``dump`` as extra ``model_dump``
    options); if its class is named as one in ``also`` rather than ``cls``,
    only the fields ``cls`` knows are kept, as for our models.
    """
    if isinstance(value, cls):
        return _checked_name(name, value)
    if is_pydantic(value):
        read_model = type(value).__name__ in {c.__name__ for c in also}
        required = cls._required_  # type: ignore[attr-defined]
        value = pydantic_data(value, required, **(dump or {}))
        if read_model:
            value = {k: v for k, v in value.items() if k in cls._known_}  # type: ignore[attr-defined]
    elif also and isinstance(value, also):
        known = cls._known_  # type: ignore[attr-defined]
        value = {k: v for k, v in value.to_dict().items() if k in known}
    if isinstance(value, Mapping):
        from_dict = cls.from_dict  # type: ignore[attr-defined]
        try:
            return _checked_name(name, from_dict(jsonable(name, value)))
        except InvalidArgument:
            raise
        except ValueError as exc:  # the dict does not fit the model
            raise InvalidArgument(f"{name}: {exc}") from None
    raise bad_argument(name, value, f"a {cls.__name__} or a dict")


#: Bodies whose ``name`` the API document restricts to ``^[^/%&><]+$``.
_NAMED_BODIES = frozenset(
    {
        "FlowCreate",
        "WorkPoolCreate",
        "WorkQueueCreate",
        "BlockTypeCreate",
        "BlockDocumentCreate",
        "ConcurrencyLimitV2Create",
        "ConcurrencyLimitV2Update",
    }
)


def _checked_name(arg: str, model: T) -> T:
    if type(model).__name__ in _NAMED_BODIES:
        value = getattr(model, "name", None)
        if isinstance(value, str):
            name_arg(f"{arg}.name", value)
    return model


def filter_arg(name: str, value: Any, cls: type[T]) -> T | None:
    """None, or a filter model (an instance, or a dict decoded into one)."""
    return None if value is None else model_arg(name, value, cls)


def models_arg(name: str, items: Any, cls: type[T]) -> list[T]:
    """Each item of ``items`` as a ``cls`` model (instances, or dicts decoded into one)."""
    if isinstance(items, Mapping) or (found := _items(items)) is None:
        raise bad_argument(name, items, f"an iterable of {cls.__name__} models or dicts")
    return [model_arg(f"{name}[{i}]", item, cls) for i, item in enumerate(found)]


def set_only(**fields: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not None): unset fields are not sent."""
    return {key: value for key, value in fields.items() if value is not None}


# --- Prefect objects ---------------------------------------------------------


def flow_fields(flow: Any, name: str = "flow") -> dict[str, Any]:
    """The fields the API needs of a Prefect ``@flow`` object or anything with ``name``."""
    flow_name = getattr(flow, "name", None)
    if not isinstance(flow_name, str) or not flow_name:
        raise bad_argument(name, flow, "a flow object with a non-empty `name`")
    found = {"name": name_arg(f"{name}.name", flow_name)}
    for attr in ("version", "retries", "retry_delay_seconds"):
        value = getattr(flow, attr, None)
        if value is not None:
            found[attr] = value
    return found

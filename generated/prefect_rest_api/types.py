"""Shared types and the decoding runtime of every generated model.

Models decode lazily: ``Model.from_dict`` checks the shape of the payload
(a JSON object with the required keys and matching constants) and keeps it;
each field is converted to its Python type the first time it is read, then
stored on the instance.  A body of 200 flow runs therefore costs little more
than ``json.loads``; reading every field costs what an eager decoder would.
Fields and keys the client does not know are kept and written back by
``to_dict``; enum values it does not know decode to pseudo-members.
"""

from __future__ import annotations

import datetime
import enum
import importlib
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    NoReturn,
    TypeVar,
)
from urllib.parse import quote, unquote
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    """The type of :data:`UNSET`: a field or argument that was not given."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint, with its decoded body in ``parsed``."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class DecodeError(ValueError):
    """A response body does not have the shape the API document promises."""

    def __init__(self, message: str, *, model: str | None = None, field: str | None = None):
        super().__init__(message)
        self.model = model
        self.field = field


#: The class raised for a body that does not decode.  A facade may replace it
#: with a subclass of its own error hierarchy (``prefect_rest`` does).
decode_error: type[DecodeError] = DecodeError


class InvalidArgumentError(ValueError):
    """An argument cannot be sent (a path segment ``..``, a value with no JSON form)."""


#: The class raised for an argument that cannot be sent.  A facade may replace
#: it with a subclass of its own error hierarchy (``prefect_rest`` does).
invalid_argument: type[ValueError] = InvalidArgumentError


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def fail(message: str, *, model: str | None = None, field: str | None = None) -> NoReturn:
    """Raise the configured decode error."""
    raise decode_error(message, model=model, field=field)


# --- decoders: JSON value -> Python value ------------------------------------

Decoder = Callable[[Any], Any]


def _expect(kind: type | tuple[type, ...], name: str) -> Decoder:
    def decode(value: Any) -> Any:
        if type(value) is bool and kind is not bool:
            raise TypeError(f"expected {name}, got a boolean")
        if not isinstance(value, kind):
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    decode.__qualname__ = f"decode_{name}"
    return decode


def ANY(value: Any) -> Any:
    """Any JSON value, kept as it is."""
    return value


STR: Decoder = _expect(str, "string")
INT: Decoder = _expect(int, "integer")
BOOL: Decoder = _expect(bool, "boolean")
_NUMBER: Decoder = _expect((int, float), "number")


def FLOAT(value: Any) -> float:
    """A JSON number as a float."""
    return float(_NUMBER(value))


def NONE(value: Any) -> None:
    """A JSON null."""
    if value is not None:
        raise TypeError(f"expected null, got {type(value).__name__}")


_new_uuid = UUID.__new__
_put = object.__setattr__
_UNKNOWN_SAFETY = SafeUUID.unknown
_from_hex = bytes.fromhex


def UUID_(value: Any) -> UUID:
    """A UUID in its string form.

    The hyphenated form (what the server writes) builds the same ``UUID``
    object as ``UUID(value)`` at about half the cost (``bytes.fromhex`` in C,
    exactly 16 bytes); any other form goes through ``UUID(value)``.
    """
    if (
        value.__class__ is str
        and len(value) == 36
        and value[8] == value[13] == value[18] == value[23] == "-"
    ):
        try:
            raw = _from_hex(value.replace("-", ""))
        except ValueError:
            raw = b""
        if len(raw) == 16:
            made = _new_uuid(UUID)
            _put(made, "int", int.from_bytes(raw))
            _put(made, "is_safe", _UNKNOWN_SAFETY)
            return made
    return UUID(value)


#: ``datetime.fromisoformat`` (C): the fast path of :func:`DATETIME`.
fromiso = datetime.datetime.fromisoformat


def DATETIME(value: Any) -> datetime.datetime:
    """An ISO 8601 timestamp (the server writes RFC 3339)."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse

        return isoparse(value)


def DATE(value: Any) -> datetime.date:
    """An ISO 8601 date."""
    return datetime.date.fromisoformat(value)


def nullable(inner: Decoder) -> Decoder:
    """``inner`` or null."""

    def decode(value: Any) -> Any:
        return None if value is None else inner(value)

    return decode


def list_of(inner: Decoder) -> Decoder:
    """A JSON array of ``inner``."""
    if inner is ANY:
        return _expect(list, "array")

    def decode(value: Any) -> list[Any]:
        if type(value) is not list:
            raise TypeError(f"expected array, got {type(value).__name__}")
        return [inner(item) for item in value]

    return decode


def OBJECT(value: Any) -> dict[str, Any]:
    """A free-form JSON object, kept as the parsed ``dict``."""
    if type(value) is not dict:
        raise TypeError(f"expected object, got {type(value).__name__}")
    return value


def dict_of(inner: Decoder, keys: Decoder | None = None) -> Decoder:
    """A JSON object whose values are ``inner`` (and keys ``keys``, strings if not given)."""
    if keys is None:

        def decode(value: Any) -> dict[Any, Any]:
            if type(value) is not dict:
                raise TypeError(f"expected object, got {type(value).__name__}")
            return {key: inner(item) for key, item in value.items()}

    else:

        def decode(value: Any) -> dict[Any, Any]:
            if type(value) is not dict:
                raise TypeError(f"expected object, got {type(value).__name__}")
            return {keys(key): inner(item) for key, item in value.items()}

    return decode


def union(*options: Decoder) -> Decoder:
    """The first of ``options`` that accepts the value."""
    if len(options) == 2 and NONE in options:
        return nullable(options[0] if options[1] is NONE else options[1])
    if all(option in _EXACT for option in options):
        # Options that accept exactly some JSON types (labels: bool | int | float | str):
        # the first option accepting the value's type, without trying the others.
        dispatch: dict[type, Decoder] = {}
        for option in options:
            for kind in _EXACT[option]:
                dispatch.setdefault(kind, option)

        def decode_by_type(value: Any) -> Any:
            option = dispatch.get(type(value))
            if option is None:
                raise ValueError(
                    f"matches no type of the union: got {type(value).__name__} ({len(options)} options)"
                )
            return option(value)

        return decode_by_type

    def decode(value: Any) -> Any:
        problems = []
        for option in options:
            try:
                return option(value)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                problems.append(str(exc))
        raise ValueError("matches no type of the union: " + "; ".join(problems))

    return decode


#: Decoders that accept exactly the values of some JSON types (and never fail on them).
_EXACT: dict[Decoder, tuple[type, ...]] = {
    STR: (str,),
    INT: (int,),
    BOOL: (bool,),
    FLOAT: (float, int),
    NONE: (type(None),),
    OBJECT: (dict,),
}


def const(expected: Any) -> Decoder:
    """Exactly ``expected``."""

    def decode(value: Any) -> Any:
        if value != expected:
            raise ValueError(f"expected {expected!r}, got {_short(value)}")
        return value

    return decode


class _Ref:
    """A model or enum class named by module, imported on first use."""

    __slots__ = ("cls", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self.cls: Any = None

    def resolve(self) -> Any:
        if self.cls is None:
            module = importlib.import_module(f"{__package__}.models.{self.module}")
            self.cls = getattr(module, self.name)
        return self.cls


class model(_Ref):
    """Decoder of a JSON object into the model class ``name``."""

    __slots__ = ()

    def __call__(self, value: Any) -> Any:
        return (self.cls or self.resolve()).from_dict(value)


class enum_of(_Ref):
    """Decoder of a value of the enum ``name``; unknown values are kept."""

    __slots__ = ()

    def __call__(self, value: Any) -> Any:
        cls = self.cls or self.resolve()
        try:  # a known value: one dict lookup (Enum.__call__ costs ~1 us)
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            return cls(value)


# --- encoding: Python value -> JSON value ------------------------------------

_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_jsonable(value: Any) -> Any:
    """Any value a model holds, as JSON-ready data.

    Also takes objects with a pydantic-style ``model_dump`` (Prefect's own
    models; encoded with ``model_dump(mode="json")``) anywhere inside a value.
    Anything else raises :data:`invalid_argument` naming its type.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    exact = _BY_TYPE.get(kind)
    if exact is not None:
        return exact(value)
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return _encode_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, datetime.time):
        return value.isoformat()
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        return to_jsonable(dump(mode="json"))
    raise invalid_argument(
        f"cannot send a value of type {kind.__module__}.{kind.__qualname__}: it has no JSON form "
        "(use str, int, float, bool, None, lists, dicts, datetimes, UUIDs, enums or models)"
    )


def to_wire(value: Any) -> Any:
    """``value`` as the JSON of a request body: :func:`to_jsonable`, except that a model
    not read or changed since ``from_dict`` is sent as the payload it was given.

    Sending needs no canonical spelling (the server reads ``Z`` and ``+00:00``
    alike), so a body built from JSON is not decoded only to be encoded again.
    """
    if isinstance(value, Model):
        raw = value._raw
        if raw is not None:
            return {str(key): to_wire(item) for key, item in raw.items()}
        return value._encode(to_wire)
    kind = type(value)
    if kind is dict:
        return {str(key): to_wire(item) for key, item in value.items()}
    if kind is list:
        return [to_wire(item) for item in value]
    return to_jsonable(value)


def _encode_datetime(value: datetime.datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text  # pydantic's spelling


#: Encoders of the commonest exact types, tried before the isinstance chain.
_BY_TYPE: dict[type, Callable[[Any], Any]] = {
    datetime.datetime: _encode_datetime,
    UUID: str,
    list: lambda value: [to_jsonable(item) for item in value],
    dict: lambda value: {str(k): to_jsonable(v) for k, v in value.items()},
}


def path_segment(name: str, value: Any) -> str:
    """``value`` as one quoted path segment; never empty, ``.`` or ``..``.

    httpx removes dot segments, so ``..`` would address the parent resource
    (``DELETE /flow_runs/{id}/input/..`` deletes the flow run).
    """
    text = str(to_jsonable(value))
    if text in ("", ".", "..") or unquote(text) in ("", ".", ".."):
        raise invalid_argument(f"{name} {_short(value)} cannot be a path segment")
    return quote(text, safe="")


# --- models ------------------------------------------------------------------


class Field:
    """One field of a model: its attribute, JSON key and decoder."""

    __slots__ = ("attr", "decode", "key", "required")

    def __init__(self, attr: str, key: str, decode: Decoder, required: bool) -> None:
        self.attr = attr
        self.key = key
        self.decode = decode
        self.required = required


class Model:
    """Base of every generated model (an attrs class with slots).

    Subclasses set ``_fields_`` with :func:`fields`.  Instances made by
    ``from_dict`` keep the payload in ``_raw``; the first read of a field (through
    ``__getattr__``, which Python calls only while a slot is empty) or the first
    assignment decodes all fields at once and drops the payload.
    """

    __slots__ = ()
    _fields_: ClassVar[tuple[Field, ...]] = ()
    _by_attr_: ClassVar[dict[str, Field]] = {}
    _required_: ClassVar[frozenset[str]] = frozenset()
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_: ClassVar[frozenset[str]] = frozenset()
    #: Generated straight-line decoder of the payload (see ``model.py.jinja``):
    #: inlined checks and conversions, no per-field ``try``.  On any error the
    #: field-table loop runs instead and names the field.
    _fast_: ClassVar[Callable[[Any, dict[str, Any]], None] | None] = None
    _raw: dict[str, Any] | None
    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M:
        """Wrap a decoded JSON object; fields are converted when first read."""
        if type(src_dict) is not dict:
            if not isinstance(src_dict, Mapping):
                fail(
                    f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}",
                    model=cls.__name__,
                )
            src_dict = dict(src_dict)
        if not cls._required_ <= src_dict.keys():
            missing = sorted(cls._required_ - src_dict.keys())
            fail(
                f"{cls.__name__}: missing required field(s) {', '.join(missing)}",
                model=cls.__name__,
            )
        for key, expected in cls._consts_:
            if key in src_dict and src_dict[key] != expected:
                fail(
                    f"{cls.__name__}.{key}: expected {expected!r}, got {_short(src_dict[key])}",
                    model=cls.__name__,
                    field=key,
                )
        obj = cls.__new__(cls)
        object.__setattr__(obj, "_raw", src_dict)
        return obj

    if not TYPE_CHECKING:  # hidden from type checkers, so that `flow.nmae` is an error there

        def __getattr__(self, name: str) -> Any:
            # Called only for an empty slot: decode the whole payload once, then read.
            if name == "_raw":  # not set yet: inside __init__
                return None
            cls = type(self)
            if self._raw is None or (name not in cls._by_attr_ and name != "additional_properties"):
                raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
            self._materialize()
            return object.__getattribute__(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            if name != "_raw" and self._raw is not None:
                self._materialize()  # keep the payload's other fields
            object.__setattr__(self, name, value)

    def _materialize(self) -> None:
        """Decode every field of the kept payload into its slot, then drop the payload."""
        cls = type(self)
        raw = self._raw
        assert raw is not None
        put = object.__setattr__
        fast = cls._fast_
        if fast is not None:
            try:
                fast(self, raw)
            except Exception:  # noqa: S110 - the loop below names the field
                pass
            else:
                known = cls._known_
                put(
                    self,
                    "additional_properties",
                    {} if raw.keys() <= known else {k: v for k, v in raw.items() if k not in known},
                )
                put(self, "_raw", None)
                return
        for field in cls._fields_:
            value = raw.get(field.key, UNSET)
            if value is not UNSET:
                try:
                    value = field.decode(value)
                except Exception as exc:
                    fail(
                        f"{cls.__name__}.{field.key}: {exc} (value: {_short(value)})",
                        model=cls.__name__,
                        field=field.key,
                    )
            put(self, field.attr, value)
        known = cls._known_
        put(self, "additional_properties", {k: v for k, v in raw.items() if k not in known})
        put(self, "_raw", None)

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data; unset fields are left out.

        The output does not depend on what was read: an unread payload is
        decoded first, so values come out in one canonical spelling (a UTC
        timestamp ends in ``Z`` as in pydantic's JSON, a number field is a float).
        A payload that does not decode comes back as it came.
        """
        raw = self._raw
        if raw is not None:
            try:
                self._materialize()
            except DecodeError:
                return {key: to_jsonable(value) for key, value in raw.items()}
        return self._encode(to_jsonable)

    def _encode(self, encode: Callable[[Any], Any]) -> dict[str, Any]:
        """The decoded fields (and unknown keys) as JSON, each value through ``encode``."""
        out: dict[str, Any] = {}
        for field in self._fields_:
            value = getattr(self, field.attr)
            if value is not UNSET:
                out[field.key] = encode(value)
        for key, value in self.additional_properties.items():
            out[key] = encode(value)
        return out

    @property
    def additional_keys(self) -> list[str]:
        """Keys of the payload this client's schema does not know."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)


M = TypeVar("M", bound=Model)

_FINAL_STATE_TYPES = ("COMPLETED", "CANCELLED", "FAILED", "CRASHED")


class StateModel(Model):
    """Base of the models with a state ``type``: Prefect's ``State.is_*()`` checks."""

    __slots__ = ()
    type: Any

    def _type_is(self, value: str) -> bool:
        return self.type == value

    def is_scheduled(self) -> bool:
        """The state is SCHEDULED."""
        return self._type_is("SCHEDULED")

    def is_pending(self) -> bool:
        """The state is PENDING."""
        return self._type_is("PENDING")

    def is_running(self) -> bool:
        """The state is RUNNING."""
        return self._type_is("RUNNING")

    def is_completed(self) -> bool:
        """The state is COMPLETED."""
        return self._type_is("COMPLETED")

    def is_failed(self) -> bool:
        """The state is FAILED."""
        return self._type_is("FAILED")

    def is_crashed(self) -> bool:
        """The state is CRASHED."""
        return self._type_is("CRASHED")

    def is_cancelled(self) -> bool:
        """The state is CANCELLED."""
        return self._type_is("CANCELLED")

    def is_cancelling(self) -> bool:
        """The state is CANCELLING."""
        return self._type_is("CANCELLING")

    def is_paused(self) -> bool:
        """The state is PAUSED."""
        return self._type_is("PAUSED")

    def is_final(self) -> bool:
        """The state is final: COMPLETED, CANCELLED, FAILED or CRASHED (as Prefect's)."""
        return self.type in _FINAL_STATE_TYPES  # a tuple: compared by value


def fields(cls: type[M], *table: Field, consts: tuple[tuple[str, Any], ...] = ()) -> type[M]:
    """Attach the field table to a generated model class."""
    cls._fields_ = table
    cls._by_attr_ = {f.attr: f for f in table}
    cls._required_ = frozenset(f.key for f in table if f.required)
    cls._known_ = frozenset(f.key for f in table)
    cls._consts_ = consts
    return cls


class OpenStrEnum(str, enum.Enum):
    """A string enum that keeps values it does not know (a newer server's)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this client's document did not list."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)


__all__ = [
    "UNSET",
    "DecodeError",
    "Field",
    "File",
    "FileTypes",
    "InvalidArgumentError",
    "Model",
    "OpenStrEnum",
    "RequestFiles",
    "Response",
    "StateModel",
    "Unset",
    "to_jsonable",
]

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

import copy
import datetime
import enum
import importlib
import json
import operator
import re
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


_NUM = r"(\d+(?:\.\d+)?)"
_ISO_DURATION = re.compile(
    rf"([-+])?P(?:{_NUM}W)?(?:{_NUM}D)?(?:T(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?", re.ASCII
)


def DURATION(value: Any) -> datetime.timedelta:
    """A duration: a number of seconds (what the server writes for most) or ISO 8601
    text such as ``PT1H`` or ``P7D`` (what its settings answer)."""
    kind = value.__class__
    if kind is float or kind is int:
        return datetime.timedelta(seconds=value)
    if kind is str:
        match = _ISO_DURATION.fullmatch(value)
        if match and any(match.groups()[1:]) and not value.endswith("T"):
            sign, weeks, days, hours, minutes, seconds = match.groups()
            delta = datetime.timedelta(
                weeks=float(weeks or 0),
                days=float(days or 0),
                hours=float(hours or 0),
                minutes=float(minutes or 0),
                seconds=float(seconds or 0),
            )
            return -delta if sign == "-" else delta
    raise TypeError(f"expected a number of seconds or an ISO 8601 duration, got {_short(value)}")


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


#: Two-digit decimal strings: a timestamp is written from these with one f-string,
#: 2.4x as fast as ``%``-formatting its fields and 3.4x ``isoformat()`` plus a suffix
#: swap (the model modules' straight-line dumps inline the same expression).
_D2 = tuple(f"{i:02d}" for i in range(100))
_UTC = datetime.timezone.utc


def _encode_datetime(value: datetime.datetime) -> str:
    """``value`` in pydantic's JSON spelling: ISO 8601, UTC written ``Z``."""
    us = value.microsecond
    if us and value.tzinfo is _UTC:
        y = value.year
        return (
            f"{_D2[y // 100]}{_D2[y % 100]}-{_D2[value.month]}-{_D2[value.day]}"
            f"T{_D2[value.hour]}:{_D2[value.minute]}:{_D2[value.second]}"
            f".{_D2[us // 10000]}{_D2[us // 100 % 100]}{_D2[us % 100]}Z"
        )
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _encode_uuid(value: UUID) -> str:
    """``str(value)`` in a fifth less time (the model modules inline the same two lines)."""
    text = value.int.to_bytes(16).hex("-", 2)
    return text[:4] + text[5:29] + text[30:34] + text[35:]


#: Encoders of the commonest exact types, tried before the isinstance chain.
_BY_TYPE: dict[type, Callable[[Any], Any]] = {
    datetime.datetime: _encode_datetime,
    datetime.timedelta: datetime.timedelta.total_seconds,  # seconds, what the server reads
    UUID: _encode_uuid,
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


class _NoDefault:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NO_DEFAULT"


#: The ``default`` of a field without one (its value stays :data:`UNSET` until set).
NO_DEFAULT: Any = _NoDefault()


def _fresh(value: Any) -> Any:
    """A new copy of JSON data (a default must not be shared between instances)."""
    kind = type(value)
    if kind is dict:
        return {key: _fresh(item) for key, item in value.items()}
    if kind is list:
        return [_fresh(item) for item in value]
    return value


class Field:
    """One field of a model: its attribute, JSON key, decoder and default.

    ``default`` is the JSON of the value a field has when neither the caller nor
    the payload gives one (the document's ``default``, else None for a nullable
    field, an empty list or object for an array or object; :data:`NO_DEFAULT`
    otherwise).  Read like pydantic's ``FieldInfo``: ``alias``, ``is_required()``,
    ``get_default()``.
    """

    __slots__ = ("_immutable", "attr", "decode", "default", "key", "required")

    def __init__(
        self, attr: str, key: str, decode: Decoder, required: bool, default: Any = NO_DEFAULT
    ) -> None:
        self.attr = attr
        self.key = key
        self.decode = decode
        self.required = required
        self.default = default
        self._immutable: Any = NO_DEFAULT  # the decoded default, once, when not a container

    def default_value(self) -> Any:
        """A new value of the default, decoded as the payload's would be."""
        value = self._immutable
        if value is not NO_DEFAULT:
            return value
        raw = _fresh(self.default)
        try:
            value = self.decode(raw)
        except Exception:  # a default the decoder does not take stays as documented
            value = raw
        if type(raw) not in (dict, list):  # None, numbers, text, and what decodes from them
            self._immutable = value
        return value

    @property
    def alias(self) -> str:
        """The JSON key (pydantic's alias)."""
        return self.key

    def is_required(self) -> bool:
        """Whether the payload must have the field."""
        return self.required

    def get_default(self, *, call_default_factory: bool = True) -> Any:
        """The default value (:data:`UNSET` when there is none)."""
        return UNSET if self.default is NO_DEFAULT else self.default_value()

    def __repr__(self) -> str:
        return f"Field(attr={self.attr!r}, key={self.key!r}, required={self.required})"


_JSON_VALUE_TYPES = frozenset({str, int, float, bool, dict, list})


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
    #: Fields with a default, and their keys (see :class:`Field`).
    _defaults_: ClassVar[tuple[Field, ...]] = ()
    _default_keys_: ClassVar[frozenset[str]] = frozenset()
    #: What Prefect's pydantic model also does to a value the caller builds
    #: (``_prefect_normalizations``); None for most models.
    _normalize_: ClassVar[Callable[[Any], None] | None] = None
    #: The fields by attribute name, as pydantic's ``model_fields``.
    model_fields: ClassVar[dict[str, Field]] = {}
    #: Attribute names and JSON keys in field order, and a getter of all values at once.
    _attrs_: ClassVar[tuple[str, ...]] = ()
    _keys_: ClassVar[tuple[str, ...]] = ()
    _values_: ClassVar[Callable[[Any], tuple[Any, ...]]] = staticmethod(lambda obj: ())
    _required_: ClassVar[frozenset[str]] = frozenset()
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_: ClassVar[frozenset[str]] = frozenset()
    #: Generated straight-line decoder of the payload (see ``model.py.jinja``):
    #: inlined checks and conversions, no per-field ``try``.  On any error the
    #: field-table loop runs instead and names the field.
    _fast_: ClassVar[Callable[[Any, dict[str, Any]], None] | None] = None
    _raw: dict[str, Any] | None
    #: Attributes holding their default because nobody set them (None: none such).
    _defaulted_: frozenset[str] | None
    additional_properties: dict[str, Any]

    def __attrs_post_init__(self) -> None:
        # A model the caller builds gets the conversions, defaults and normalization
        # pydantic applies: JSON values given for typed fields are decoded as the
        # payload's would be (a dict for a nested model, text for a UUID, seconds for a
        # duration); a value the decoder refuses is kept as given.
        put = object.__setattr__
        for field in self._fields_:
            value = getattr(self, field.attr)
            if value.__class__ in _JSON_VALUE_TYPES:
                try:
                    put(self, field.attr, field.decode(value))
                except Exception:  # noqa: S110 - kept as given, as documented above
                    pass
        defaulted = []
        for field in self._defaults_:
            if getattr(self, field.attr) is UNSET:
                put(self, field.attr, field.default_value())
                defaulted.append(field.attr)
        if defaulted:
            put(self, "_defaulted_", frozenset(defaulted))
        self._normalize_given()

    def _normalize_given(self) -> None:
        """What Prefect's models do to values a caller gives (built or ``model_validate``),
        not to server answers: a naive timestamp is UTC, as in Prefect's ``DateTime``
        fields and on the server; then the class's own validator (``_NORMALIZE``)."""
        cls = type(self)
        for attr, value in zip(cls._attrs_, cls._values_(self), strict=False):
            if isinstance(value, datetime.datetime) and value.tzinfo is None:
                object.__setattr__(self, attr, value.replace(tzinfo=_UTC))
        normalize = cls._normalize_  # a plain function: not bound through the class
        if normalize is not None:
            normalize(self)

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
            if name == "_raw" or name == "_defaulted_":  # not set yet: inside __init__
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
            defaulted = self._defaulted_
            if defaulted is not None and name in defaulted:  # set now
                object.__setattr__(self, "_defaulted_", defaulted - {name} or None)

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
                if raw.keys() <= known:
                    put(self, "additional_properties", {})
                    complete = len(raw) == len(known)  # every field given: no default to fill
                else:
                    extra = {k: v for k, v in raw.items() if k not in known}
                    put(self, "additional_properties", extra)
                    complete = len(raw) - len(extra) == len(known)
                if not complete and cls._defaults_ and not cls._default_keys_ <= raw.keys():
                    self._fill_defaults(raw)
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
        if cls._defaults_ and not cls._default_keys_ <= raw.keys():
            self._fill_defaults(raw)
        put(self, "_raw", None)

    def _fill_defaults(self, raw: dict[str, Any]) -> None:
        """Give the fields the payload left out their defaults, as pydantic's validation does."""
        filled = [f.attr for f in self._defaults_ if f.key not in raw]
        for attr in filled:
            object.__setattr__(self, attr, self._by_attr_[attr].default_value())
        object.__setattr__(self, "_defaulted_", frozenset(filled))

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data; fields nobody set are left out (defaults too).

        The same as ``model_dump(mode="json", by_alias=True, exclude_unset=True)``.

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
        cls = type(self)
        defaulted = self._defaulted_
        if defaulted is None:
            for key, value in zip(cls._keys_, cls._values_(self), strict=False):
                if value is not UNSET:
                    out[key] = value if value.__class__ in _PLAIN else encode(value)
        else:
            for field, value in zip(cls._fields_, cls._values_(self), strict=False):
                if value is not UNSET and field.attr not in defaulted:
                    out[field.key] = encode(value)
        for key, value in self.additional_properties.items():
            out[key] = encode(value)
        return out

    # --- pydantic's methods (those Prefect users call) ---------------------

    @property
    def model_fields_set(self) -> set[str]:
        """The fields given by the caller or the payload (not left to their default)."""
        raw = self._raw
        if raw is not None:
            return {f.attr for f in self._fields_ if f.key in raw}
        defaulted = self._defaulted_ or ()
        return {
            f.attr
            for f in self._fields_
            if f.attr not in defaulted and getattr(self, f.attr) is not UNSET
        }

    def model_dump(
        self,
        *,
        mode: Literal["json", "python"] | str = "python",
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Any = True,
        serialize_as_any: bool = False,
    ) -> dict[str, Any]:
        """The model as a dict, as pydantic's ``model_dump``.

        ``mode="json"`` gives JSON-ready values (UTC timestamps ending in ``Z``,
        durations in seconds, enums as their values); ``include``/``exclude`` take
        sets of field names or dicts of them (nested for models, ``"__all__"`` for
        items of lists).  Fields without a value (:data:`UNSET`: not sent by the
        server, no default) are left out.  ``context``, ``round_trip``,
        ``warnings`` and ``serialize_as_any`` are accepted and ignored.
        """
        if (
            include is None
            and exclude is None
            and not (by_alias or exclude_unset or exclude_defaults or exclude_none)
        ):
            if mode == "json":
                return self._dump_json()
            if mode == "python":
                return self._dump_python()
        if mode not in ("json", "python"):
            raise ValueError(f"mode must be 'json' or 'python', got {mode!r}")
        options = _DumpOptions(
            mode == "json", bool(by_alias), exclude_unset, exclude_defaults, exclude_none
        )
        return self._dump(options, include, exclude)

    def _dump_json(self) -> dict[str, Any]:
        """``model_dump(mode="json")`` without options: every field with a value."""
        if self._raw is not None:
            self._materialize()
        out: dict[str, Any] = {}
        cls = type(self)
        encoder = _JSON_ENCODERS.get
        for attr, value in zip(cls._attrs_, cls._values_(self), strict=False):
            kind = value.__class__
            if kind in _PLAIN:
                out[attr] = value
            elif value is not UNSET:
                encode = encoder(kind)
                out[attr] = encode(value) if encode is not None else _dump_json_value(value)
        for key, value in self.additional_properties.items():
            out[key] = _dump_json_value(value)
        return out

    def _dump_python(self) -> dict[str, Any]:
        """``model_dump()`` without options: every field with a value, models as dicts."""
        if self._raw is not None:
            self._materialize()
        out: dict[str, Any] = {}
        cls = type(self)
        for attr, value in zip(cls._attrs_, cls._values_(self), strict=False):
            if value is not UNSET:
                kind = value.__class__
                if kind is list or kind is dict or isinstance(value, Model):
                    value = _dump_python_value(value)
                out[attr] = value
        for key, value in self.additional_properties.items():
            out[key] = _dump_python_value(value)
        return out

    def _dump(self, options: _DumpOptions, include: Any, exclude: Any) -> dict[str, Any]:
        if self._raw is not None:
            self._materialize()
        defaulted = self._defaulted_ or ()
        out: dict[str, Any] = {}
        for field in self._fields_:
            name = field.attr
            if include is not None and name not in include:
                continue
            sub_exclude = exclude.get(name) if isinstance(exclude, Mapping) else None
            if (
                exclude is not None
                and name in exclude
                and (sub_exclude is None or sub_exclude is True)
            ):
                continue
            value = getattr(self, name)
            if value is UNSET or (options.exclude_unset and name in defaulted):
                continue
            if options.exclude_none and value is None:
                continue
            if (
                options.exclude_defaults
                and field.default is not NO_DEFAULT
                and value == field.default_value()
            ):
                continue
            sub_include = include.get(name) if isinstance(include, Mapping) else None
            if sub_include is True:
                sub_include = None
            out[field.key if options.by_alias else name] = _dump_value(
                value, options, sub_include, sub_exclude
            )
        for key, value in self.additional_properties.items():
            if (include is None or key in include) and (exclude is None or key not in exclude):
                if not (options.exclude_none and value is None):
                    out[key] = _dump_value(value, options, None, None)
        return out

    def model_dump_json(
        self,
        *,
        indent: int | None = None,
        include: Any = None,
        exclude: Any = None,
        context: Any = None,
        by_alias: bool | None = None,
        exclude_unset: bool = False,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        round_trip: bool = False,
        warnings: Any = True,
        serialize_as_any: bool = False,
    ) -> str:
        """The model as JSON text, as pydantic's ``model_dump_json`` (compact unless ``indent``)."""
        data = self.model_dump(
            mode="json",
            include=include,
            exclude=exclude,
            by_alias=by_alias,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
        )
        if indent is None:
            return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(data, ensure_ascii=False, indent=indent)

    def model_copy(self: M, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> M:
        """A copy (``deep``: of every value too), with ``update`` applied as set fields."""
        if self._raw is not None:
            self._materialize()
        new = copy.deepcopy(self) if deep else copy.copy(self)
        put = object.__setattr__
        if not deep:
            put(new, "additional_properties", dict(self.additional_properties))
        for name, value in (update or {}).items():
            if name in self._by_attr_:
                put(new, name, value)
                defaulted = new._defaulted_
                if defaulted is not None and name in defaulted:
                    put(new, "_defaulted_", defaulted - {name} or None)
            else:
                new.additional_properties[name] = value
        return new

    @classmethod
    def model_validate(
        cls: type[M],
        obj: Any,
        *,
        strict: bool | None = None,
        from_attributes: bool | None = None,
        context: Any = None,
    ) -> M:
        """A model from a dict (or a model, ours or pydantic's), checked now: a field that does
        not decode raises :data:`decode_error` (a ``ValueError``) naming it."""
        if isinstance(obj, cls):
            return obj
        if isinstance(obj, Model):
            obj = obj.to_dict()
        elif callable(getattr(type(obj), "model_dump", None)) and not isinstance(obj, type):
            data = obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
            if not cls._required_ <= data.keys():  # a required field left to its default
                data = obj.model_dump(mode="json", by_alias=True)
            obj = data
        made = cls.from_dict(obj)
        made._materialize()
        made._normalize_given()
        return made

    @classmethod
    def model_validate_json(
        cls: type[M],
        json_data: str | bytes | bytearray,
        *,
        strict: bool | None = None,
        context: Any = None,
    ) -> M:
        """A model from JSON text, checked now (see :meth:`model_validate`)."""
        try:
            data = json.loads(json_data)
        except (ValueError, RecursionError) as exc:
            fail(f"{cls.__name__}: the JSON does not parse ({exc})", model=cls.__name__)
        return cls.model_validate(data)

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


class _DumpOptions:
    """The switches of one ``model_dump`` call, passed down to nested models."""

    __slots__ = ("by_alias", "exclude_defaults", "exclude_none", "exclude_unset", "json")

    def __init__(
        self,
        json: bool,
        by_alias: bool,
        exclude_unset: bool,
        exclude_defaults: bool,
        exclude_none: bool,
    ) -> None:
        self.json = json
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none


def _dump_json_value(value: Any) -> Any:
    """A value inside a model as ``model_dump(mode="json")`` writes it."""
    kind = value.__class__
    if kind in _PLAIN:
        return value
    encode = _JSON_ENCODERS.get(kind)
    if encode is not None:
        return encode(value)
    if isinstance(value, Model):
        return value._dump_json()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list | tuple | set | frozenset):
        return _dump_json_list(value)  # type: ignore[arg-type]
    if isinstance(value, Mapping):
        return _dump_json_dict(value)  # type: ignore[arg-type]
    return to_jsonable(value)


def _dump_json_list(value: list[Any]) -> list[Any]:
    """A new list of the items as JSON; a list of plain values is copied at C speed."""
    for item in value:
        if item.__class__ not in _PLAIN:
            return [item if item.__class__ in _PLAIN else _dump_json_value(item) for item in value]
    return list(value)


def _dump_json_dict(value: dict[Any, Any]) -> dict[Any, Any]:
    """A new dict of the items as JSON: copied, then only the values that need it converted."""
    out = dict(value)
    for key, item in out.items():
        if key.__class__ is not str:
            return {
                (k if k.__class__ is str else to_jsonable(k)): (
                    v if v.__class__ in _PLAIN else _dump_json_value(v)
                )
                for k, v in value.items()
            }
        if item.__class__ not in _PLAIN:
            out[key] = _dump_json_value(item)  # a new value for a key: the walk stays valid
    return out


#: ``model_dump(mode="json")`` of the commonest exact types inside a model.
_JSON_ENCODERS: dict[type, Callable[[Any], Any]] = {
    datetime.datetime: _encode_datetime,
    UUID: _encode_uuid,
    datetime.timedelta: datetime.timedelta.total_seconds,
    list: _dump_json_list,
    dict: _dump_json_dict,
}


def _dump_python_value(value: Any) -> Any:
    """A value inside a model as ``model_dump()`` writes it: containers copied, models as dicts."""
    kind = value.__class__
    if kind is list:
        return [_dump_python_value(item) for item in value]
    if kind is dict:
        return {k: _dump_python_value(v) for k, v in value.items()}
    if isinstance(value, Model):
        return value._dump_python()
    return value


def _dump_value(value: Any, options: _DumpOptions, include: Any, exclude: Any) -> Any:
    """A value inside a model as ``model_dump`` with ``options`` writes it."""
    if isinstance(value, Model):
        return value._dump(options, include, exclude)
    if isinstance(value, list | tuple | set | frozenset):
        inner_include = include.get("__all__") if isinstance(include, Mapping) else None
        inner_exclude = exclude.get("__all__") if isinstance(exclude, Mapping) else None
        items = [_dump_value(item, options, inner_include, inner_exclude) for item in value]
        return items if options.json or isinstance(value, list) else type(value)(items)
    if isinstance(value, Mapping):
        return {
            (to_jsonable(k) if options.json else k): _dump_value(v, options, None, None)
            for k, v in value.items()
        }
    return to_jsonable(value) if options.json else value


_FINAL_STATE_TYPES = ("COMPLETED", "CANCELLED", "FAILED", "CRASHED")


class StateResultError(Exception):
    """Base of the errors of ``State.result()`` (Prefect's are ``PrefectException``\\s)."""

    def __init__(self, message: str, state: Any = None) -> None:
        super().__init__(message)
        self.state = state


class MissingResult(StateResultError):
    """The state holds no result this client can read (as Prefect's ``MissingResult``)."""


class UnfinishedRun(StateResultError):
    """The run is not in a final state (as Prefect's ``UnfinishedRun``)."""


class PausedRun(StateResultError):
    """The run is paused (as Prefect's ``PausedRun``)."""


class FailedRun(StateResultError):
    """The run failed (as Prefect's ``FailedRun``)."""


class CrashedRun(StateResultError):
    """The run crashed (as Prefect's ``CrashedRun``)."""


class CancelledRun(StateResultError):
    """The run was cancelled (as Prefect's ``CancelledRun``)."""


#: The classes ``State.result()`` raises, by name.  A facade may install subclasses of
#: its own hierarchy (``prefect_rest`` does).
result_errors: dict[str, type[StateResultError]] = {
    cls.__name__: cls
    for cls in (MissingResult, UnfinishedRun, PausedRun, FailedRun, CrashedRun, CancelledRun)
}

#: Keys of Prefect's ``ResultRecordMetadata``: a result kept in result storage.
_STORED_RESULT_KEYS = frozenset({"storage_key", "serializer"})


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

    def result(self, raise_on_failure: bool = True, retry_result_failure: bool = True) -> Any:
        """The result attached to the state, as Prefect's ``State.result()`` where no
        result storage is read.

        Raises ``PausedRun`` for a paused run, ``UnfinishedRun`` for one not final,
        ``FailedRun``/``CrashedRun``/``CancelledRun`` (with the state's message) for a
        failed, crashed or cancelled one when ``raise_on_failure`` (else returns that
        error), and ``MissingResult`` when the server holds no data, or only a
        reference to result storage (this client does not read result storage).
        A value stored in the state itself is returned.
        """
        if self.is_paused():
            raise result_errors["PausedRun"](
                "Run is paused, its result is not available.", state=self
            )
        if not self.is_final():
            raise result_errors["UnfinishedRun"](
                f"Run is in {self.type} state, its result is not available.", state=self
            )
        failed = self.type in ("FAILED", "CRASHED", "CANCELLED")
        if failed and raise_on_failure:
            raise self._run_error()
        data = getattr(self, "data", None)
        if data is None or data is UNSET:
            if failed:
                return self._run_error()
            raise result_errors["MissingResult"](
                "State data is missing. Typically, this occurs when result persistence is "
                "disabled and the state has been retrieved from the API.",
                state=self,
            )
        if isinstance(data, dict) and _STORED_RESULT_KEYS <= data.keys():
            if failed:
                return self._run_error()
            raise result_errors["MissingResult"](
                f"The result is kept in result storage (key {data.get('storage_key')!r}); "
                "prefect-rest does not read result storage: read it with Prefect's "
                "ResultStore.",
                state=self,
            )
        return data

    async def aresult(
        self, raise_on_failure: bool = True, retry_result_failure: bool = True
    ) -> Any:
        """:meth:`result` for async code (Prefect's ``State.aresult``)."""
        return self.result(raise_on_failure, retry_result_failure)

    def _run_error(self) -> StateResultError:
        name, default = {
            "FAILED": ("FailedRun", "Run failed."),
            "CRASHED": ("CrashedRun", "Run crashed."),
        }.get(str(self.type), ("CancelledRun", "Run cancelled."))
        wrapper = result_errors[name]
        data = getattr(self, "data", None)
        message = data if isinstance(data, str) else getattr(self, "message", None)
        return wrapper(message if isinstance(message, str) and message else default, state=self)


# --- what Prefect's pydantic models do beyond the document's defaults -------------


def _assign(obj: Any, name: str, value: Any) -> None:
    """Set ``name`` as a validator of Prefect's model does: the field counts as set."""
    object.__setattr__(obj, name, value)
    defaulted = obj._defaulted_
    if defaulted is not None and name in defaulted:
        object.__setattr__(obj, "_defaulted_", defaulted - {name} or None)


def _run_policy_mirrors(policy: Any) -> None:
    """``FlowRunPolicy``/``TaskRunPolicy``: the deprecated ``max_retries`` and
    ``retry_delay_seconds`` fill ``retries``/``retry_delay`` when those are not given
    (Prefect's ``populate_deprecated_fields``)."""
    if type(policy).__name__ == "FlowRunPolicy" and "pause_keys" in (policy._defaulted_ or ()):
        object.__setattr__(policy, "pause_keys", [])  # Prefect's default_factory=set
    if not policy.retries and policy.max_retries not in (0, UNSET):
        _assign(policy, "retries", policy.max_retries)
    if not policy.retry_delay and policy.retry_delay_seconds not in (0, UNSET):
        delay = policy.retry_delay_seconds
        is_task = type(policy).__name__ == "TaskRunPolicy"
        _assign(policy, "retry_delay", int(delay) if is_task else delay)


def _interval_anchor(schedule: Any) -> None:
    """``IntervalSchedule``: ``anchor_date`` defaults to now, a naive one is UTC, and a
    missing ``timezone`` is the anchor's (``UTC`` for an offset), as Prefect's model."""
    anchor = schedule.anchor_date
    if anchor is UNSET:
        anchor = datetime.datetime.now(datetime.UTC)
    elif isinstance(anchor, str):
        anchor = DATETIME(anchor)
    if isinstance(anchor, datetime.datetime) and anchor.tzinfo is None:
        anchor = anchor.replace(tzinfo=datetime.UTC)
    object.__setattr__(schedule, "anchor_date", anchor)
    if schedule.timezone in (None, UNSET) and isinstance(anchor, datetime.datetime):
        zone = anchor.tzinfo
        name = getattr(zone, "key", None) or getattr(zone, "name", None)
        _assign(schedule, "timezone", name if isinstance(name, str) else "UTC")


#: Class name -> what Prefect's model does to a value the caller builds, after the
#: defaults (server answers are already normalized by the server).
_NORMALIZE: dict[str, Callable[[Any], None]] = {
    "FlowRunPolicy": _run_policy_mirrors,
    "TaskRunPolicy": _run_policy_mirrors,
    "IntervalSchedule": _interval_anchor,
}


def fields(cls: type[M], *table: Field, consts: tuple[tuple[str, Any], ...] = ()) -> type[M]:
    """Attach the field table to a generated model class."""
    cls._fields_ = table
    cls._by_attr_ = cls.model_fields = {f.attr: f for f in table}
    cls._attrs_ = tuple(f.attr for f in table)
    cls._keys_ = tuple(f.key for f in table)
    if len(table) > 1:
        cls._values_ = staticmethod(operator.attrgetter(*cls._attrs_))  # type: ignore[assignment]
    elif table:
        only = operator.attrgetter(table[0].attr)
        cls._values_ = staticmethod(lambda obj: (only(obj),))  # type: ignore[assignment]
    cls._defaults_ = tuple(f for f in table if f.default is not NO_DEFAULT)
    cls._default_keys_ = frozenset(f.key for f in cls._defaults_)
    cls._normalize_ = _NORMALIZE.get(cls.__name__)
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
    "NO_DEFAULT",
    "UNSET",
    "CancelledRun",
    "CrashedRun",
    "DecodeError",
    "FailedRun",
    "MissingResult",
    "PausedRun",
    "StateResultError",
    "UnfinishedRun",
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

from __future__ import annotations

from enum import Enum as _Enum
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.internal_settings_logging_level import InternalSettingsLoggingLevel


@_attrs_define(kw_only=True)
class InternalSettings(_t.Model):
    """InternalSettings

    Attributes:
        logging_level (InternalSettingsLoggingLevel | Unset): The default logging level for
            Prefect's internal machinery loggers. Default: InternalSettingsLoggingLevel.ERROR.
    """

    logging_level: InternalSettingsLoggingLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    InternalSettings,
    _t.Field(
        "logging_level",
        "logging_level",
        _t.enum_of("internal_settings_logging_level", "InternalSettingsLoggingLevel"),
        False,
        default="ERROR",
    ),
)

_d0 = InternalSettings._fields_[0].decode


def _decode(self: InternalSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("logging_level", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "logging_level", v)


InternalSettings._fast_ = _decode


def _dump_json(self: InternalSettings) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.logging_level
    if isinstance(v, _Enum):
        out["logging_level"] = v._value_
    elif v.__class__ in _PLAIN:
        out["logging_level"] = v
    elif v is not UNSET:
        out["logging_level"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


InternalSettings._dump_json = _dump_json  # type: ignore[method-assign,assignment]

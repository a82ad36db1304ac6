from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import _PLAIN, UNSET, Unset
from ..types import _dump_json_value as _dj

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


@_attrs_define(kw_only=True)
class HTTPValidationError(_t.Model):
    """HTTPValidationError

    Attributes:
        detail (list[ValidationError] | Unset):
    """

    detail: list[ValidationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    HTTPValidationError,
    _t.Field(
        "detail",
        "detail",
        _t.list_of(_t.model("validation_error", "ValidationError")),
        False,
        default=[],
    ),
)

_d0 = HTTPValidationError._fields_[0].decode


def _decode(self: HTTPValidationError, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("detail", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "detail", v)


HTTPValidationError._fast_ = _decode


def _dump_json(self: HTTPValidationError) -> dict[str, Any]:
    """``model_dump(mode="json")`` without options, straight-line (see ``types.Model``)."""
    if self._raw is not None:
        self._materialize()
    out: dict[str, Any] = {}
    v: Any
    v = self.detail
    if v.__class__ in _PLAIN:
        out["detail"] = v
    elif v is not UNSET:
        out["detail"] = _dj(v)
    extra = self.additional_properties
    if extra:
        for key, value in extra.items():
            out[key] = _dj(value)
    return out


HTTPValidationError._dump_json = _dump_json  # type: ignore[method-assign,assignment]

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset


@_attrs_define(kw_only=True)
class DeploymentsSettings(_t.Model):
    """Settings for configuring deployments defaults

    Attributes:
        default_docker_build_namespace (str | None | Unset): The default Docker namespace to use
            when building images.
        default_work_pool_name (str | None | Unset): The default work pool to use when creating
            deployments.
    """

    default_docker_build_namespace: str | None | Unset = UNSET
    default_work_pool_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    DeploymentsSettings,
    _t.Field(
        "default_docker_build_namespace",
        "default_docker_build_namespace",
        _t.union(_t.STR, _t.NONE),
        False,
        default=None,
    ),
    _t.Field(
        "default_work_pool_name",
        "default_work_pool_name",
        _t.union(_t.STR, _t.NONE),
        False,
        default=None,
    ),
)


def _decode(self: DeploymentsSettings, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("default_docker_build_namespace", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "default_docker_build_namespace", v)
    v = get("default_work_pool_name", UNSET)
    if v is not UNSET and v is not None and v.__class__ is not str:
        raise TypeError
    put(self, "default_work_pool_name", v)


DeploymentsSettings._fast_ = _decode

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_filter import DeploymentFilter


@_attrs_define(kw_only=True)
class BulkDeleteDeploymentsBody(_t.Model):
    """BulkDeleteDeploymentsBody

    Attributes:
        deployments (DeploymentFilter | None | Unset): Filter criteria for deployments to delete
        limit (int | Unset): Maximum number of deployments to delete. Defaults to 50. Default: 50.
    """

    deployments: DeploymentFilter | None | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _defaulted_: frozenset[str] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )


_t.fields(
    BulkDeleteDeploymentsBody,
    _t.Field(
        "deployments",
        "deployments",
        _t.union(_t.model("deployment_filter", "DeploymentFilter"), _t.NONE),
        False,
        default=None,
    ),
    _t.Field("limit", "limit", _t.INT, False, default=50),
)

_d0 = BulkDeleteDeploymentsBody._fields_[0].decode


def _decode(self: BulkDeleteDeploymentsBody, raw: dict[str, Any]) -> None:
    """Decode ``raw`` into the slots, straight-line (see ``types.Model._fast_``)."""
    put = object.__setattr__
    get = raw.get
    v = get("deployments", UNSET)
    if v is not UNSET:
        v = _d0(v)
    put(self, "deployments", v)
    v = get("limit", UNSET)
    if v is not UNSET and v.__class__ is not int:
        raise TypeError
    put(self, "limit", v)


BulkDeleteDeploymentsBody._fast_ = _decode

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.work_pool_storage_configuration_bundle_execution_step_type_0 import (
        WorkPoolStorageConfigurationBundleExecutionStepType0,
    )
    from ..models.work_pool_storage_configuration_bundle_upload_step_type_0 import (
        WorkPoolStorageConfigurationBundleUploadStepType0,
    )


@_attrs_define(kw_only=True)
class WorkPoolStorageConfiguration(_t.Model):
    """A representation of a work pool's storage configuration

    Attributes:
        bundle_execution_step (None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0):
            The step to use for executing bundles.
        bundle_upload_step (None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0): The
            step to use for uploading bundles to storage.
        default_result_storage_block_id (None | Unset | UUID): The block document ID of the default
            result storage block.
    """

    bundle_execution_step: None | Unset | WorkPoolStorageConfigurationBundleExecutionStepType0 = (
        UNSET
    )
    bundle_upload_step: None | Unset | WorkPoolStorageConfigurationBundleUploadStepType0 = UNSET
    default_result_storage_block_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _raw: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)


_t.fields(
    WorkPoolStorageConfiguration,
    _t.Field(
        "bundle_execution_step",
        "bundle_execution_step",
        _t.union(
            _t.model(
                "work_pool_storage_configuration_bundle_execution_step_type_0",
                "WorkPoolStorageConfigurationBundleExecutionStepType0",
            ),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "bundle_upload_step",
        "bundle_upload_step",
        _t.union(
            _t.model(
                "work_pool_storage_configuration_bundle_upload_step_type_0",
                "WorkPoolStorageConfigurationBundleUploadStepType0",
            ),
            _t.NONE,
        ),
        False,
    ),
    _t.Field(
        "default_result_storage_block_id",
        "default_result_storage_block_id",
        _t.union(_t.UUID_, _t.NONE),
        False,
    ),
)

# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""Automations, the removed flow run notification policies, and server admin settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops

from .. import models as m
from .._args import bad_argument, model_arg, str_arg, uuid_arg
from .._bodies import filter_body
from ..exceptions import EndpointRemoved, InvalidArgument, ObjectNotFound
from ._base import SyncClientBase

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        Automation,
        AutomationCreate,
        AutomationUpdate,
        ServerDefaultResultStorage,
    )


_POLICIES_REMOVED = (
    "{method}: Prefect 3 servers have no flow run notification policies "
    "(/flow_run_notification_policies is gone); create an automation instead: "
    "an EventTrigger on prefect.flow-run.* events with a SendNotification action "
    "(create_automation)"
)


class SyncAutomationsMixin(SyncClientBase):
    """Automations, removed notification policies, and admin settings."""

    # --- automations -----------------------------------------------------

    def create_automation(self, automation: AutomationCreate | dict[str, Any]) -> UUID:
        """Create an automation; returns its id."""
        body = model_arg("automation", automation, m.AutomationCreate, m.Automation)
        created = self._request(ops.automations.create_automation, body=body)
        return created.id

    def update_automation(
        self,
        automation_id: UUID | str,
        automation: AutomationUpdate | AutomationCreate | Automation | dict[str, Any],
    ) -> None:
        """Replace an automation's definition (name, trigger and actions are required).

        An ``AutomationCreate`` or a read ``Automation`` is accepted: the fields
        an update cannot carry (id, owner_resource...) are not sent.
        """
        body = model_arg(
            "automation", automation, m.AutomationUpdate, m.AutomationCreate, m.Automation
        )
        self._request(
            ops.automations.update_automation,
            id=uuid_arg("automation_id", automation_id),
            body=body,
        )

    def read_automations(
        self,
        *,
        automations: Any = None,
        sort: Any = None,
        limit: int | None = None,
        offset: int = 0,
        automation_filter: Any = None,
    ) -> list[Automation]:
        """Read automations, filtered by ``automations`` (an ``AutomationFilter``, ours or
        Prefect's, or a dict) and sorted.  ``automation_filter`` is our former name for it."""
        if automation_filter is not None:
            if automations is not None:
                raise InvalidArgument("give automations or automation_filter, not both")
            automations = automation_filter
        body = filter_body(
            m.ReadAutomationsBody,
            m.AutomationSort,
            automations=automations,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return self._request(ops.automations.read_automations, body=body)

    def count_automations(self, *, automation_filter: Any = None) -> int:
        """Count automations matching the filter."""
        body = filter_body(m.CountAutomationsBody, automations=automation_filter)
        return self._request(ops.automations.count_automations, body=body)

    def find_automation(self, id_or_name: UUID | str) -> Automation | None:
        """The automation with this id, or else this name (exact, then any case); None if none."""
        if isinstance(id_or_name, UUID):
            automation_id: UUID | None = id_or_name
        elif isinstance(id_or_name, str) and id_or_name:
            try:
                automation_id = UUID(id_or_name)
            except ValueError:
                automation_id = None
        else:
            raise bad_argument("id_or_name", id_or_name, "an automation id or name")
        if automation_id is not None:
            try:
                return self.read_automation(automation_id)
            except ObjectNotFound:
                if isinstance(id_or_name, UUID):
                    return None
        name = str(id_or_name)
        exact = self.read_automations_by_name(name)
        if exact:
            return exact[0]
        folded = name.casefold()
        for automation in self.read_automations():
            if automation.name.casefold() == folded:
                return automation
        return None

    def read_automation(self, automation_id: UUID | str) -> Automation:
        """Read an automation by id; ObjectNotFound if there is none."""
        return self._request(
            ops.automations.read_automation, id=uuid_arg("automation_id", automation_id)
        )

    def read_automations_by_name(self, name: str) -> list[Automation]:
        """The automations called ``name``, most recently updated first."""
        return self.read_automations(
            automations={"name": {"any_": [str_arg("name", name)]}},
            sort="UPDATED_DESC",
        )

    def _set_automation_enabled(self, automation_id: UUID | str, enabled: bool) -> None:
        self._request(
            ops.automations.patch_automation,
            id=uuid_arg("automation_id", automation_id),
            body=m.AutomationPartialUpdate(enabled=enabled),
        )

    def pause_automation(self, automation_id: UUID | str) -> None:
        """Disable an automation."""
        self._set_automation_enabled(automation_id, False)

    def resume_automation(self, automation_id: UUID | str) -> None:
        """Enable an automation."""
        self._set_automation_enabled(automation_id, True)

    def delete_automation(self, automation_id: UUID | str) -> None:
        """Delete an automation; ObjectNotFound if there is none."""
        self._request(
            ops.automations.delete_automation, id=uuid_arg("automation_id", automation_id)
        )

    def read_resource_related_automations(self, resource_id: str) -> list[Automation]:
        """The automations whose triggers or actions name ``resource_id``
        (``prefect.deployment.<id>``...)."""
        return self._request(
            ops.automations.read_automations_related_to_resource,
            resource_id=str_arg("resource_id", resource_id),
        )

    def delete_resource_owned_automations(self, resource_id: str) -> None:
        """Delete the automations whose ``owner_resource`` is ``resource_id``."""
        self._request(
            ops.automations.delete_automations_owned_by_resource,
            resource_id=str_arg("resource_id", resource_id),
        )

    # --- flow run notification policies (removed in Prefect 3) --------------

    def create_flow_run_notification_policy(
        self,
        block_document_id: UUID,
        is_active: bool = True,
        tags: list[str] | None = None,
        state_names: list[str] | None = None,
        message_template: str | None = None,
    ) -> UUID:
        """Removed in Prefect 3: raises EndpointRemoved (use ``create_automation``)."""
        raise EndpointRemoved(
            _POLICIES_REMOVED.format(method="create_flow_run_notification_policy")
        )

    def read_flow_run_notification_policies(
        self,
        flow_run_notification_policy_filter: Any = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Any]:
        """Removed in Prefect 3: raises EndpointRemoved (use ``read_automations``)."""
        raise EndpointRemoved(
            _POLICIES_REMOVED.format(method="read_flow_run_notification_policies")
        )

    def update_flow_run_notification_policy(
        self,
        id: UUID,
        block_document_id: UUID | None = None,
        is_active: bool | None = None,
        tags: list[str] | None = None,
        state_names: list[str] | None = None,
        message_template: str | None = None,
    ) -> None:
        """Removed in Prefect 3: raises EndpointRemoved (use ``update_automation``)."""
        raise EndpointRemoved(
            _POLICIES_REMOVED.format(method="update_flow_run_notification_policy")
        )

    def delete_flow_run_notification_policy(self, id: UUID) -> None:
        """Removed in Prefect 3: raises EndpointRemoved (use ``delete_automation``)."""
        raise EndpointRemoved(
            _POLICIES_REMOVED.format(method="delete_flow_run_notification_policy")
        )

    # --- admin ------------------------------------------------------------

    def read_server_default_result_storage(self) -> ServerDefaultResultStorage:
        """The block document the server gives flows as default result storage."""
        return self._request(ops.admin.read_server_default_result_storage)

    def update_server_default_result_storage(
        self, default_result_storage_block_id: UUID | str
    ) -> ServerDefaultResultStorage:
        """Set the server's default result storage to a block document."""
        body = m.ServerDefaultResultStorageUpdate(
            default_result_storage_block_id=uuid_arg(
                "default_result_storage_block_id", default_result_storage_block_id
            )
        )
        return self._request(ops.admin.update_server_default_result_storage, body=body)

    def clear_server_default_result_storage(self) -> None:
        """Unset the server's default result storage."""
        self._request(ops.admin.clear_server_default_result_storage)

    def read_worker_metadata(self) -> dict[str, Any]:
        """The worker types of the Prefect collection registry, by package (a plain dict)."""
        return self._request(
            ops.collections.read_view_content, view="aggregate-worker-metadata"
        )

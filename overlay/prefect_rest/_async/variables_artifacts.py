"""Variables, artifacts and saved searches."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_rest_api import api as ops

from .. import models as m
from .._args import bad_argument, jsonable, model_arg, str_arg, uuid_arg
from .._bodies import filter_body
from ..exceptions import ObjectNotFound
from ._replay import AsyncReplayMixin

if TYPE_CHECKING:
    from prefect_rest_api.models import (
        Artifact,
        ArtifactCollection,
        ArtifactCreate,
        ArtifactUpdate,
        SavedSearch,
        Variable,
        VariableCreate,
        VariableUpdate,
    )


class AsyncVariablesArtifactsMixin(AsyncReplayMixin):
    """Variables, artifacts and saved searches."""

    # --- variables -------------------------------------------------------

    async def create_variable(self, variable: VariableCreate | dict[str, Any]) -> Variable:
        """Create a variable; ObjectAlreadyExists if the name is taken."""
        body = model_arg("variable", variable, m.VariableCreate)

        async def read_back() -> Any:
            return await self._request(ops.variables.read_variable_by_name, name=body.name)

        return await self._request(
            ops.variables.create_variable, body=body, _replay=self._own_create(body, read_back)
        )

    async def read_variable_by_name(self, name: str) -> Variable | None:
        """Read a variable by name; None if there is none (as the reference does)."""
        try:
            return await self._request(
                ops.variables.read_variable_by_name, name=str_arg("name", name)
            )
        except ObjectNotFound:
            return None

    async def read_variables(
        self,
        limit: int | None = None,
        *,
        variable_filter: Any = None,
        sort: Any = None,
        offset: int | None = None,
    ) -> list[Variable]:
        """Read variables, optionally filtered and sorted."""
        body = filter_body(
            m.ReadVariablesBody,
            m.VariableSort,
            variable_filter=variable_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return await self._request(ops.variables.read_variables, body=body)

    async def update_variable(self, variable: VariableUpdate | dict[str, Any]) -> None:
        """Update the variable named by ``variable.name`` with its other set fields."""
        body = model_arg("variable", variable, m.VariableUpdate)
        name = body.name
        if not isinstance(name, str) or not name:
            raise bad_argument("variable.name", name, "a non-empty string (it names the variable)")
        await self._request(ops.variables.update_variable_by_name, name=name, body=body)

    async def delete_variable_by_name(self, name: str) -> None:
        """Delete a variable by name; ObjectNotFound if there is none."""
        await self._request(ops.variables.delete_variable_by_name, name=str_arg("name", name))

    # --- artifacts -------------------------------------------------------

    async def create_artifact(self, artifact: ArtifactCreate | dict[str, Any]) -> Artifact:
        """Create an artifact."""
        body = model_arg("artifact", artifact, m.ArtifactCreate)
        return await self._request(ops.artifacts.create_artifact, body=body)

    async def update_artifact(
        self, artifact_id: UUID | str, artifact: ArtifactUpdate | dict[str, Any]
    ) -> None:
        """Update an artifact's data, description or metadata."""
        body = model_arg("artifact", artifact, m.ArtifactUpdate)
        await self._request(
            ops.artifacts.update_artifact, id=uuid_arg("artifact_id", artifact_id), body=body
        )

    async def read_artifacts(
        self,
        *,
        artifact_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        flow_filter: Any = None,
        deployment_filter: Any = None,
        sort: Any = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Artifact]:
        """Read artifacts matching the filters."""
        body = filter_body(
            m.ReadArtifactsBody,
            m.ArtifactSort,
            artifact_filter=artifact_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            flow_filter=flow_filter,
            deployment_filter=deployment_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return await self._request(ops.artifacts.read_artifacts, body=body)

    async def read_latest_artifacts(
        self,
        *,
        artifact_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        flow_filter: Any = None,
        deployment_filter: Any = None,
        sort: Any = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArtifactCollection]:
        """The latest artifact of each key, matching the filters."""
        body = filter_body(
            m.ReadLatestArtifactsBody,
            m.ArtifactCollectionSort,
            artifact_filter=artifact_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            flow_filter=flow_filter,
            deployment_filter=deployment_filter,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        return await self._request(ops.artifacts.read_latest_artifacts, body=body)

    async def count_artifacts(
        self,
        *,
        artifact_filter: Any = None,
        flow_run_filter: Any = None,
        task_run_filter: Any = None,
        flow_filter: Any = None,
        deployment_filter: Any = None,
    ) -> int:
        """Count artifacts matching the filters."""
        body = filter_body(
            m.CountArtifactsBody,
            artifact_filter=artifact_filter,
            flow_run_filter=flow_run_filter,
            task_run_filter=task_run_filter,
            flow_filter=flow_filter,
            deployment_filter=deployment_filter,
        )
        return await self._request(ops.artifacts.count_artifacts, body=body)

    async def delete_artifact(self, artifact_id: UUID | str) -> None:
        """Delete an artifact; ObjectNotFound if there is none."""
        await self._request(ops.artifacts.delete_artifact, id=uuid_arg("artifact_id", artifact_id))

    # --- saved searches --------------------------------------------------

    async def create_saved_search(self, name: str, filters: list[Any] | None = None) -> SavedSearch:
        """Create a saved search, or replace the one with the same name."""
        if filters is not None and not isinstance(filters, list):
            raise bad_argument("filters", filters, "a list of SavedSearchFilter or dicts")
        fields: dict[str, Any] = {"name": str_arg("name", name)}
        if filters is not None:
            fields["filters"] = jsonable("filters", filters)
        return await self._request(
            ops.saved_searches.create_saved_search, body=m.SavedSearchCreate.from_dict(fields)
        )

    async def read_saved_search(self, saved_search_id: UUID | str) -> SavedSearch:
        """Read a saved search by id."""
        return await self._request(
            ops.saved_searches.read_saved_search,
            id=uuid_arg("saved_search_id", saved_search_id),
        )

    async def read_saved_searches(
        self, *, limit: int | None = None, offset: int | None = None
    ) -> list[SavedSearch]:
        """Read saved searches."""
        body = filter_body(m.ReadSavedSearchesBody, limit=limit, offset=offset)
        return await self._request(ops.saved_searches.read_saved_searches, body=body)

    async def delete_saved_search(self, saved_search_id: UUID | str) -> None:
        """Delete a saved search by id."""
        await self._request(
            ops.saved_searches.delete_saved_search,
            id=uuid_arg("saved_search_id", saved_search_id),
        )

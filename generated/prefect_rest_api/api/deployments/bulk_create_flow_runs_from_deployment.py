"""Bulk Create Flow Runs From Deployment: ``POST /deployments/{id}/create_flow_run/bulk``."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from ... import errors
from ... import types as _t
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.deployment_flow_run_create import DeploymentFlowRunCreate
    from ...models.flow_run_bulk_create_response import FlowRunBulkCreateResponse
    from ...models.http_validation_error import HTTPValidationError

#: HTTP method of the operation.
METHOD = "POST"
#: Path template of the operation, relative to the API root.
PATH = "/deployments/{id}/create_flow_run/bulk"
#: Success status codes the server answers (the document's, with corrections).
SUCCESS_CODES: tuple[int, ...] = (200,)
#: What the server does with a repeated request (``scripts/repeat_classes.py``): read,
#: idempotent, upsert, keyed, unique, transition or unsafe.
REPEAT = "unsafe"
#: Body fields that make a ``keyed`` request safe to repeat (all present, not null).
REPEAT_KEYS: tuple[str, ...] = ()

_DECODE: _t.Decoder = _t.model("flow_run_bulk_create_response", "FlowRunBulkCreateResponse")
_DECODE_422 = _t.model("http_validation_error", "HTTPValidationError")


def request_kwargs(
    id: UUID,
    *,
    body: list[DeploymentFlowRunCreate],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation."""
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=_t.path_segment("id", id),
        ),
    }
    if body is not UNSET:
        kwargs["json"] = _t.to_wire(body)
    return kwargs


def decode_success(response: httpx.Response) -> FlowRunBulkCreateResponse:
    """Decode a 2xx response of this operation into its success type.

    Every 2xx decodes the same way: the server answers some creates with 200
    or 201 depending on whether the object existed.
    """
    if not response.content and response.status_code == 204:
        _t.fail(
            f"{METHOD} {PATH} ({__name__.rpartition('.')[2]}): 204 without a body, "
            "not the FlowRunBulkCreateResponse the operation documents"
        )
    try:
        data = response.json()
    except (ValueError, RecursionError) as exc:
        _t.fail(f"{METHOD} {PATH}: the {response.status_code} body is not JSON ({exc})")
    try:
        return _DECODE(data)
    except _t.DecodeError:
        raise
    except Exception as exc:
        _t.fail(f"{METHOD} {PATH}: unexpected {response.status_code} body: {exc}")


def _parse_response(
    response: httpx.Response,
) -> FlowRunBulkCreateResponse | HTTPValidationError | None:
    status = response.status_code
    if 200 <= status < 300:
        return decode_success(response)
    if status == 422:
        try:
            return _DECODE_422(response.json())
        except (ValueError, _t.DecodeError):
            return None
    return None


def _build_response(
    response: httpx.Response,
) -> Response[FlowRunBulkCreateResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(response: httpx.Response) -> FlowRunBulkCreateResponse:
    if 200 <= response.status_code < 300:
        return decode_success(response)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[DeploymentFlowRunCreate],
) -> Response[FlowRunBulkCreateResponse | HTTPValidationError]:
    """Bulk Create Flow Runs From Deployment, returning the whole response.

    ``parsed`` holds the decoded success body for a 2xx, the validation error
    for a 422, and None for any other status.
    """
    kwargs = request_kwargs(
        id=id,
        body=body,
    )
    return _build_response(client.get_httpx_client().request(**kwargs))


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[DeploymentFlowRunCreate],
) -> FlowRunBulkCreateResponse:
    """Bulk Create Flow Runs From Deployment.

    Create multiple flow runs from a deployment.

    Any parameters not provided will be inferred from the deployment's parameters.
    If tags are not provided, the deployment's tags will be used.

    If no state is provided, the flow runs will be created in a SCHEDULED state.

    Raises:
        errors.UnexpectedStatus: the server answered anything but a 2xx.
        types.DecodeError: the 2xx body does not have the documented shape.
    """
    kwargs = request_kwargs(
        id=id,
        body=body,
    )
    return _success(client.get_httpx_client().request(**kwargs))


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[DeploymentFlowRunCreate],
) -> Response[FlowRunBulkCreateResponse | HTTPValidationError]:
    """Bulk Create Flow Runs From Deployment, returning the whole response (see ``sync_detailed``)."""
    kwargs = request_kwargs(
        id=id,
        body=body,
    )
    return _build_response(await client.get_async_httpx_client().request(**kwargs))


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: list[DeploymentFlowRunCreate],
) -> FlowRunBulkCreateResponse:
    """Bulk Create Flow Runs From Deployment (see ``sync``)."""
    kwargs = request_kwargs(
        id=id,
        body=body,
    )
    return _success(await client.get_async_httpx_client().request(**kwargs))

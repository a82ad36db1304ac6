"""Read Task Run Counts By State: ``POST /ui/task_runs/count``."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _t
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.count_by_state import CountByState
    from ...models.http_validation_error import HTTPValidationError
    from ...models.read_task_run_counts_by_state_body import (
        ReadTaskRunCountsByStateBody,
    )

#: HTTP method of the operation.
METHOD = "POST"
#: Path template of the operation, relative to the API root.
PATH = "/ui/task_runs/count"
#: Success status codes the server answers (the document's, with corrections).
SUCCESS_CODES: tuple[int, ...] = (200,)
#: What the server does with a repeated request (``scripts/repeat_classes.py``): read,
#: idempotent, upsert, keyed, unique, transition or unsafe.
REPEAT = "read"
#: Body fields that make a ``keyed`` request safe to repeat (all present, not null).
REPEAT_KEYS: tuple[str, ...] = ()

_DECODE: _t.Decoder = _t.model("count_by_state", "CountByState")
_DECODE_422 = _t.model("http_validation_error", "HTTPValidationError")


def request_kwargs(
    *,
    body: ReadTaskRunCountsByStateBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation."""
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }
    if body is not UNSET:
        kwargs["json"] = _t.to_wire(body)
    return kwargs


def decode_success(response: httpx.Response) -> CountByState:
    """Decode a 2xx response of this operation into its success type.

    Every 2xx decodes the same way: the server answers some creates with 200
    or 201 depending on whether the object existed.
    """
    if not response.content and response.status_code == 204:
        _t.fail(
            f"{METHOD} {PATH} ({__name__.rpartition('.')[2]}): 204 without a body, "
            "not the CountByState the operation documents"
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


def _parse_response(response: httpx.Response) -> CountByState | HTTPValidationError | None:
    status = response.status_code
    if 200 <= status < 300:
        return decode_success(response)
    if status == 422:
        try:
            return _DECODE_422(response.json())
        except (ValueError, _t.DecodeError):
            return None
    return None


def _build_response(response: httpx.Response) -> Response[CountByState | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(response: httpx.Response) -> CountByState:
    if 200 <= response.status_code < 300:
        return decode_success(response)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadTaskRunCountsByStateBody | Unset = UNSET,
) -> Response[CountByState | HTTPValidationError]:
    """Read Task Run Counts By State, returning the whole response.

    ``parsed`` holds the decoded success body for a 2xx, the validation error
    for a 422, and None for any other status.
    """
    kwargs = request_kwargs(
        body=body,
    )
    return _build_response(client.get_httpx_client().request(**kwargs))


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReadTaskRunCountsByStateBody | Unset = UNSET,
) -> CountByState:
    """Read Task Run Counts By State.

    Raises:
        errors.UnexpectedStatus: the server answered anything but a 2xx.
        types.DecodeError: the 2xx body does not have the documented shape.
    """
    kwargs = request_kwargs(
        body=body,
    )
    return _success(client.get_httpx_client().request(**kwargs))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReadTaskRunCountsByStateBody | Unset = UNSET,
) -> Response[CountByState | HTTPValidationError]:
    """Read Task Run Counts By State, returning the whole response (see ``sync_detailed``)."""
    kwargs = request_kwargs(
        body=body,
    )
    return _build_response(await client.get_async_httpx_client().request(**kwargs))


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReadTaskRunCountsByStateBody | Unset = UNSET,
) -> CountByState:
    """Read Task Run Counts By State (see ``sync``)."""
    kwargs = request_kwargs(
        body=body,
    )
    return _success(await client.get_async_httpx_client().request(**kwargs))

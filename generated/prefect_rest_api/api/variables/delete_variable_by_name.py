"""Delete Variable By Name: ``DELETE /variables/name/{name}``."""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ... import types as _t
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HTTPValidationError

#: HTTP method of the operation.
METHOD = "DELETE"
#: Path template of the operation, relative to the API root.
PATH = "/variables/name/{name}"
#: Success status codes the server answers (the document's, with corrections).
SUCCESS_CODES: tuple[int, ...] = (204,)
#: What the server does with a repeated request (``scripts/repeat_classes.py``): read,
#: idempotent, upsert, keyed, unique, transition or unsafe.
REPEAT = "idempotent"
#: Body fields that make a ``keyed`` request safe to repeat (all present, not null).
REPEAT_KEYS: tuple[str, ...] = ()

_DECODE: _t.Decoder = _t.ANY
_DECODE_422 = _t.model("http_validation_error", "HTTPValidationError")


def request_kwargs(
    name: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation."""
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            name=_t.path_segment("name", name),
        ),
    }
    return kwargs


def decode_success(response: httpx.Response) -> None:
    """Decode a 2xx response of this operation into its success type.

    Every 2xx decodes the same way: the server answers some creates with 200
    or 201 depending on whether the object existed.
    """
    return None


def _parse_response(response: httpx.Response) -> None | HTTPValidationError:
    status = response.status_code
    if 200 <= status < 300:
        decode_success(response)
        return None
    if status == 422:
        try:
            return _DECODE_422(response.json())
        except (ValueError, _t.DecodeError):
            return None
    return None


def _build_response(response: httpx.Response) -> Response[None | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _success(response: httpx.Response) -> None:
    if 200 <= response.status_code < 300:
        decode_success(response)
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None | HTTPValidationError]:
    """Delete Variable By Name, returning the whole response.

    ``parsed`` holds the decoded success body for a 2xx, the validation error
    for a 422, and None for any other status.
    """
    kwargs = request_kwargs(
        name=name,
    )
    return _build_response(client.get_httpx_client().request(**kwargs))


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete Variable By Name.

    Raises:
        errors.UnexpectedStatus: the server answered anything but a 2xx.
        types.DecodeError: the 2xx body does not have the documented shape.
    """
    kwargs = request_kwargs(
        name=name,
    )
    return _success(client.get_httpx_client().request(**kwargs))


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None | HTTPValidationError]:
    """Delete Variable By Name, returning the whole response (see ``sync_detailed``)."""
    kwargs = request_kwargs(
        name=name,
    )
    return _build_response(await client.get_async_httpx_client().request(**kwargs))


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete Variable By Name (see ``sync``)."""
    kwargs = request_kwargs(
        name=name,
    )
    return _success(await client.get_async_httpx_client().request(**kwargs))

"""Building an operation's ``httpx.Request``: one place for both clients.

Every request is addressed relative to the API root, so nothing a caller
passes (an absolute URL, client-level query params) can take the client's
credentials to another host; headers HTTP does not allow are refused here,
before anything is sent, without quoting their values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx

from ..exceptions import InvalidArgument

#: RFC 9110 token: what a header name may hold.
_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: A field value: visible characters (and obs-text) with spaces or tabs inside (h11's rule).
_FIELD_VALUE = re.compile(rb"(?:[\x21-\x7e\x80-\xff](?:[ \t]*[\x21-\x7e\x80-\xff])*)?")
#: ``{name}`` in a path template; anything else inside braces is refused.
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def check_headers(headers: httpx.Headers) -> None:
    """Refuse a header name or value HTTP does not allow (InvalidArgument, value not shown)."""
    for name, value in headers.raw:
        if not _TOKEN.fullmatch(name):
            raise InvalidArgument(
                "a header name has characters HTTP does not allow; nothing was sent"
            )
        if not _FIELD_VALUE.fullmatch(value):
            shown = name.decode("latin-1")
            raise InvalidArgument(
                f"header {shown!r} has a value HTTP does not allow (a control character or "
                "surrounding whitespace; value not shown); nothing was sent"
            )


def fill_path(path: str, values: Mapping[str, Any], segment: Any) -> str:
    """``path`` with each ``{name}`` replaced by ``segment(name, values[name])``.

    Names only (no ``str.format`` conversions or specs); a placeholder without a
    value, or a value without a placeholder, is an InvalidArgument.
    """
    names = _PLACEHOLDER.findall(path)
    for name in names:
        if not _NAME.fullmatch(name):
            raise InvalidArgument(
                f"path: {{{name[:40]}}} is not a plain {{name}} placeholder; nothing was sent"
            )
    missing = sorted(set(names) - set(values))
    extra = sorted(set(values) - set(names))
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"no value for {', '.join(missing)}")
        if extra:
            parts.append(f"{', '.join(map(str, extra))} not in the path")
        raise InvalidArgument(f"path_params: {'; '.join(parts)}; nothing was sent")
    return _PLACEHOLDER.sub(lambda match: segment(match[1], values[match[1]]), path)


def build_request(http: httpx.AsyncClient | httpx.Client, kwargs: dict[str, Any]) -> httpx.Request:
    """The request for ``kwargs`` (``httpx.Client.request``'s), its URL under the API root.

    Joining the strings parses the URL once (half httpx's time); an absolute URL
    becomes a path under the root, as without client-level params.
    """
    kwargs = dict(kwargs)
    base = str(http.base_url)
    if not base.endswith("/"):  # a root without a path ("http://host:4200") has none
        base += "/"
    url = httpx.URL(base + kwargs.pop("url").lstrip("/"))
    for params in (http.params, kwargs.pop("params", None)):
        if params:
            url = url.copy_merge_params(params)
    request = httpx.Request(
        url=url,
        headers=http.headers,
        cookies=http.cookies or None,
        extensions={"timeout": http.timeout.as_dict()},
        **kwargs,
    )
    check_headers(request.headers)
    return request

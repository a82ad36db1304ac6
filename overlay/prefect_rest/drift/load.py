"""Read an OpenAPI document: from a running server, a file, the installed ``prefect``
server package, or the copy this client was generated from (the baseline).

Every route gives a canonical document: the metadata only a live server adds
(``servers``, ``info.x-logo``, its placeholder ``info.version``) is dropped or
replaced by the real release, so two documents of one release compare equal.
A document that cannot be read raises :class:`FetchError` (exit code 3).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

#: The document the installed client was generated from (written by scripts/regenerate.py).
BASELINE = Path(__file__).resolve().parent / "openapi.json"


class FetchError(Exception):
    """The document could not be read (unreachable server, not JSON, not OpenAPI)."""


def canonical(doc: dict[str, Any], release: str | None) -> dict[str, Any]:
    """Drop per-deployment metadata so documents of one release compare equal."""
    doc = dict(doc)
    doc.pop("servers", None)
    info = dict(doc.get("info") or {})
    info.pop("x-logo", None)
    if release:
        info["version"] = release
    doc["info"] = info
    return doc


def dumps(doc: dict[str, Any]) -> str:
    """The one serialization used for every document this project writes."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _check_openapi(doc: Any, source: str) -> dict[str, Any]:
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise FetchError(f"{source} is not an OpenAPI 3 document")
    if not isinstance(doc.get("paths"), dict):
        raise FetchError(f"{source} has no 'paths'")
    return doc


#: The largest answer ``--url`` reads (the 3.8.8 document is about 0.6 MB).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: The largest ``/admin/version`` answer read (a JSON string).
_MAX_VERSION_BYTES = 4096


def from_url(url: str, timeout: float = 30.0) -> dict[str, Any]:
    """Read the document a running server serves under ``url`` (the API root).

    The document's ``info.version`` becomes the server's release when
    ``/admin/version`` answers (see :func:`fetch`).
    """
    return fetch(url, timeout)[0]


def fetch(url: str, timeout: float = 30.0) -> tuple[dict[str, Any], str | None]:
    """The document under ``url`` and the Prefect release the server runs (None: unknown).

    Credentials and headers come from the same settings as the client's
    (``PREFECT_API_KEY`` / ``PREFECT_API_AUTH_STRING`` / custom headers / TLS,
    from the environment, the TOML files or the active profile; ``user:password@``
    in ``url`` wins, as Basic auth).  ``timeout`` bounds the whole fetch, both
    requests included, and an answer larger than :data:`MAX_DOCUMENT_BYTES` is
    refused.  Messages never show ``user:password@``.
    """
    try:
        import httpx
    except ImportError as exc:  # a runtime dependency; only a broken install lacks it
        raise FetchError("cannot read a server's document: httpx is not installed") from exc

    from ..exceptions import InvalidArgument
    from ..settings import Settings, redact_url

    shown = redact_url(url).rstrip("/")
    try:
        parsed = httpx.URL(url)
        settings = Settings.load()
    except InvalidArgument as exc:
        raise FetchError(str(exc)) from None
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchError(f"{shown} is not a URL: {redact_url(exc)}") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchError(f"{shown} is not an http(s) URL")
    auth = httpx.BasicAuth(parsed.username, parsed.password) if parsed.userinfo else None
    base = str(parsed.copy_with(username=None, password=None)).rstrip("/")
    headers = dict(settings.custom_headers)
    if header := settings.auth_header():
        headers["Authorization"] = header
    verify: bool | str = settings.ssl_cert_file or True
    if settings.tls_insecure_skip_verify:
        verify = False
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(headers=headers, auth=auth, verify=verify, follow_redirects=True) as c:
            body = _read(c, f"{base}/openapi.json", deadline, timeout, MAX_DOCUMENT_BYTES)
            doc = json.loads(body)
            release = None
            try:
                answer = _read(c, f"{base}/admin/version", deadline, timeout, _MAX_VERSION_BYTES)
                value = json.loads(answer)
                release = value if isinstance(value, str) and value else None
            except (_Status, ValueError):
                pass  # an older or locked-down server: the release stays unknown
    except _Status as exc:
        raise FetchError(f"cannot read {shown}/openapi.json: {exc}") from None
    except httpx.TimeoutException:
        raise FetchError(
            f"cannot read {shown}/openapi.json: no answer within {timeout:g} s"
        ) from None
    except httpx.HTTPError as exc:
        detail = redact_url(str(exc) or type(exc).__name__)
        raise FetchError(f"cannot read {shown}/openapi.json: {detail}") from None
    except (ValueError, RecursionError) as exc:
        raise FetchError(f"{shown}/openapi.json is not JSON: {redact_url(exc)}") from None
    return canonical(_check_openapi(doc, f"{shown}/openapi.json"), release), release


class _Status(Exception):
    """An answer ``fetch`` cannot use: an error status, too large, or too slow."""


def _read(client: Any, url: str, deadline: float, timeout: float, limit: int) -> bytes:
    """The body of ``GET url``, within ``deadline`` (monotonic) and ``limit`` bytes."""
    import httpx

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Status(f"no complete answer within {timeout:g} s")
        return remaining

    with client.stream("GET", url, timeout=httpx.Timeout(left())) as resp:
        if resp.status_code >= 400:
            hint = ""
            if resp.status_code in (401, 403):
                hint = (
                    " (drift sends PREFECT_API_KEY or PREFECT_API_AUTH_STRING from the "
                    "environment, .env, prefect.toml or the active profile, as the client)"
                )
            raise _Status(f"{resp.status_code} {resp.reason_phrase}{hint}")
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _Status(f"the answer is {int(declared):,} bytes, over the {limit:,} allowed")
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _Status(f"the answer is over the {limit:,} bytes allowed")
            chunks.append(chunk)
            left()
        return b"".join(chunks)


def from_file(path: str | Path) -> dict[str, Any]:
    """Read a document from a file."""
    try:
        doc = json.loads(Path(path).read_text())
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise FetchError(f"{path} is not JSON: {exc}") from exc
    return _check_openapi(doc, str(path))


def baseline() -> dict[str, Any]:
    """The document the installed client was generated from."""
    return from_file(BASELINE)


def from_installed_server() -> dict[str, Any]:
    """Build the document from the installed ``prefect`` server package."""
    with tempfile.TemporaryDirectory(prefix="prefect-rest-fetch-") as home:
        os.environ.setdefault("PREFECT_HOME", home)
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        os.environ.setdefault("DO_NOT_TRACK", "1")
        try:
            import prefect
            from prefect.server.api.server import create_app
        except ImportError as exc:
            raise FetchError(
                "the prefect server package is not installed "
                "(pip install 'prefect-rest[ephemeral]'); give --url or --spec"
            ) from exc
        doc = create_app(ephemeral=True).openapi()
    return canonical(_check_openapi(doc, "the installed server"), prefect.__version__)

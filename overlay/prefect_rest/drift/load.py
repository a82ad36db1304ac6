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


def from_url(url: str, timeout: float = 30.0) -> dict[str, Any]:
    """Read the document a running server serves under ``url`` (the API root).

    ``PREFECT_API_KEY`` / ``PREFECT_API_AUTH_STRING`` are sent as the client sends
    them, for a server behind authentication.
    """
    try:
        import httpx
    except ImportError as exc:  # a runtime dependency; only a broken install lacks it
        raise FetchError("cannot read a server's document: httpx is not installed") from exc

    from ..settings import Settings

    base = url.rstrip("/")
    auth = Settings.load().auth_header()
    headers = {"Authorization": auth} if auth else {}
    try:
        with httpx.Client(timeout=timeout, headers=headers) as client:
            resp = client.get(f"{base}/openapi.json")
            resp.raise_for_status()
            doc = resp.json()
            release = None
            version = client.get(f"{base}/admin/version")
            if version.status_code == 200:
                release = version.json()
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot read {base}/openapi.json: {exc}") from exc
    except ValueError as exc:
        raise FetchError(f"{base}/openapi.json is not JSON: {exc}") from exc
    return canonical(_check_openapi(doc, f"{base}/openapi.json"), release)


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

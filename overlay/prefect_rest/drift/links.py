"""Links from a drift report to the documentation site's page of a client method.

The reference has one page per public method at ``reference/methods/<name>/``
(``scripts/docs_pages.py``). ``method_page`` turns any name the report holds
(``read_flow``, ``PrefectClient.read_flow``, ``SyncPrefectClient.read_flow``,
``AsyncFlowsMixin.read_flow``) into that page's URL under ``base``: the site's
address, from ``PREFECT_REST_DOCS_URL`` when not given, else a path relative to
the site root.
"""

from __future__ import annotations

import os

#: The environment variable naming where the site is published.
DOCS_URL_ENV = "PREFECT_REST_DOCS_URL"


def method_page(name: str, base: str | None = None) -> str:
    """The URL of the reference page of the client method ``name``."""
    method = name.rsplit(".", 1)[-1]
    if not method.isidentifier() or method.startswith("_"):
        raise ValueError(f"not a public method name: {name!r}")
    root = base if base is not None else os.environ.get(DOCS_URL_ENV, "")
    prefix = f"{root.rstrip('/')}/" if root else ""
    return f"{prefix}reference/methods/{method}/"

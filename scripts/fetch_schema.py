"""Fetch the Prefect server's OpenAPI document and write it in a stable form.

    python scripts/fetch_schema.py [--url http://127.0.0.1:4200/api] [-o openapi.json]

With ``--url`` the document comes from a running server (``/openapi.json``, and
the release from ``/admin/version``); without it, from the installed ``prefect``
server package.  Both give the same bytes for the same release (see
``prefect_rest.drift.load``, where the code lives).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overlay"))  # a checkout without an install

from prefect_rest.drift.load import (  # noqa: E402
    FetchError,
    canonical,
    dumps,
    from_file,
    from_installed_server,
    from_url,
)

__all__ = ["FetchError", "canonical", "dumps", "from_file", "from_installed_server", "from_url"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url", help="API root of a running server, e.g. http://127.0.0.1:4200/api"
    )
    parser.add_argument("-o", "--output", default=str(ROOT / "openapi.json"))
    args = parser.parse_args(argv)
    try:
        doc = from_url(args.url) if args.url else from_installed_server()
    except FetchError as exc:
        print(f"fetch_schema: {exc}", file=sys.stderr)
        return 3
    Path(args.output).write_text(dumps(doc))
    ops = sum(1 for item in doc["paths"].values() for m in item if m != "parameters")
    print(f"wrote {args.output}: Prefect {doc['info'].get('version')}, {ops} operations")
    return 0


if __name__ == "__main__":
    sys.exit(main())

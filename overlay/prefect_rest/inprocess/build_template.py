"""Build the migrated template database in this (fresh) process: ``python -m ... TEMPLATE``.

Run by :func:`prefect_rest.inprocess.database.build_template_in_child` when the
template is missing while a server runs: in a process of its own, no Prefect
service can write into the template being built.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

from . import files
from .prefect_db import migrate_and_register_blocks, sqlite_url


def main(argv: list[str]) -> int:
    """Build the template at ``argv[0]``; return the exit status."""
    if len(argv) != 1:
        print("usage: python -m prefect_rest.inprocess.build_template TEMPLATE", file=sys.stderr)
        return 2
    template = Path(argv[0])
    with tempfile.TemporaryDirectory(prefix="prefect-rest-template-build-") as work:
        built = Path(work) / "template.db"
        # Before prefect is imported: its settings are read once, at import.
        os.environ["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = sqlite_url(built)
        asyncio.run(migrate_and_register_blocks())
        files.save_copy(built, template)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""mkdocs hooks: write the generated reference pages before each build (mkdocs.yml)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docs_pages

log = logging.getLogger("mkdocs.plugins.prefect_rest")


def on_pre_build(config: Any) -> None:
    """Run scripts/docs_pages.py into docs/reference (a missing docstring fails the build)."""
    missing = docs_pages.undocumented()
    if missing:
        raise SystemExit("public methods without a docstring: " + ", ".join(missing))
    docs_pages.write(Path(config["docs_dir"]) / "reference", log=log.info)

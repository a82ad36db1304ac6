"""Turn the server's OpenAPI document into the generator's input.

    python scripts/normalize.py [openapi.json] [-o normalized.json]

The steps live in ``prefect_rest.drift.normalize`` (the drift check of the
installed package normalizes the same way); this adds the success codes the
server really answers (``response_corrections.SUCCESS_CODES``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "overlay"))  # a checkout without an install

from prefect_rest.drift import normalize as _steps  # noqa: E402
from prefect_rest.drift.load import dumps, from_file  # noqa: E402
from prefect_rest.drift.normalize import (  # noqa: E402
    REF_PREFIX,
    NormalizeError,
    operation_name,
    operation_tag,
    operations,
)
from repeat_classes import KEYS, repeat_class  # noqa: E402

try:  # the corrections list is optional while it is being surveyed
    from response_corrections import SUCCESS_CODES
except ImportError:  # pragma: no cover
    SUCCESS_CODES = {}

#: Where each operation's repeat class (``scripts/repeat_classes.py``) is recorded.
REPEAT_KEY = "x-prefect-rest-repeat"
#: The body fields that make a ``keyed`` operation safe to repeat.
REPEAT_KEYS_KEY = "x-prefect-rest-repeat-keys"

__all__ = [
    "REF_PREFIX",
    "NormalizeError",
    "normalize",
    "operation_name",
    "operation_tag",
    "operations",
]


def normalize(doc: dict[str, Any]) -> dict[str, Any]:
    """The generator's input for ``doc``, with the surveyed success codes and repeat classes."""
    out = _steps.normalize(doc, SUCCESS_CODES)
    for method, path, operation in operations(out):
        operation[REPEAT_KEY] = repeat_class(method, path)
        if (method, path) in KEYS:
            operation[REPEAT_KEYS_KEY] = list(KEYS[(method, path)])
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(ROOT / "openapi.json"))
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args(argv)
    text = dumps(normalize(from_file(args.spec)))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

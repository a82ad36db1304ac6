"""The ``--accept`` file: change ids a team has reviewed.

One id per line (the ids every report format prints, e.g. ``3f9a0c1d2e``);
``#`` starts a comment, blank lines are ignored.  A listed change is reported
as an accepted note, so CI stays green; a new change, or the same place
changing again in another way, has another id and still counts.
"""

from __future__ import annotations

import re
from pathlib import Path

from .load import FetchError

_ID = re.compile(r"^[0-9a-f]{10}$")


class AcceptFileError(FetchError):
    """The accept file cannot be read or holds something that is not a change id."""


def read_accept_file(path: str | Path) -> list[str]:
    """The change ids listed in ``path``."""
    try:
        text = Path(path).read_text()
    except OSError as exc:
        raise AcceptFileError(f"cannot read {path}: {exc.strerror}") from exc
    ids = []
    for number, line in enumerate(text.splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if not _ID.match(word):
            raise AcceptFileError(f"{path}:{number}: {word!r} is not a change id (10 hex digits)")
        ids.append(word)
    return ids

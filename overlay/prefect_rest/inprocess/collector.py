"""Importing Prefect's server without upsetting the host program's garbage collector.

Importing the server leaves about 400,000 long-lived objects (modules, classes,
pydantic schemas). Collected as it goes, the import triggers several full
collections, each rescanning the whole growing heap: 0.5 to 0.6 s per start. The
import therefore runs with full (oldest-generation) collections held back; young
collections go on as usual, so the garbage the host makes meanwhile is still freed.

What this does not do, on purpose: ``gc.freeze()`` (it would make every object of
the host alive at that moment permanent, garbage to come included), ``gc.disable()``
/ ``gc.enable()`` (the host may switch the collector meanwhile: an async client
starts the server in a worker thread while the host's loop runs). Only the oldest
generation's threshold is raised, to a value no program sets, and put back only if
it still holds that value: a threshold the host sets meanwhile stays.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator

from ..exceptions import EphemeralServerUnavailable

__all__ = ["INSTALL_HINT", "full_collections_held", "import_server"]

INSTALL_HINT = (
    "No PREFECT_API_URL is set and the in-process Prefect server is not available: "
    "pip install 'prefect-rest[ephemeral]', or set PREFECT_API_URL to a running server"
)

#: The oldest generation's threshold while the import runs (no program uses it).
HELD_THRESHOLD = 987_654_321


@contextlib.contextmanager
def full_collections_held() -> Iterator[None]:
    """Hold back full collections for the block; leave everything else as it is.

    The collector stays enabled or disabled as the host has it, and young
    collections run. On exit the oldest generation's threshold is put back unless
    the host changed the thresholds meanwhile (then the host's values stay).
    """
    before = gc.get_threshold()
    held = (before[0], before[1], HELD_THRESHOLD) if len(before) == 3 else before
    gc.set_threshold(*held)
    try:
        yield
    finally:
        if gc.get_threshold() == held:
            gc.set_threshold(*before)


@contextlib.contextmanager
def _quiet_first_import() -> Iterator[None]:
    """Set ``DO_NOT_TRACK=1`` while ``prefect`` is imported for the first time."""
    if "prefect" in sys.modules or "DO_NOT_TRACK" in os.environ:
        yield
        return
    os.environ["DO_NOT_TRACK"] = "1"
    try:
        yield
    finally:
        os.environ.pop("DO_NOT_TRACK", None)


def import_server() -> None:
    """Import the Prefect server, or raise :class:`EphemeralServerUnavailable`."""
    try:
        with _quiet_first_import(), full_collections_held():
            import anyio  # noqa: F401
            import asgi_lifespan  # noqa: F401
            import prefect.server.api.server  # noqa: F401
    except ImportError as exc:
        raise EphemeralServerUnavailable(f"{INSTALL_HINT} ({exc})") from exc
    except Exception as exc:  # e.g. an incompatible fastapi breaks prefect's import
        raise EphemeralServerUnavailable(
            f"{INSTALL_HINT} (importing prefect failed: {type(exc).__name__}: {exc})"
        ) from exc

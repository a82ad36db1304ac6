"""What an isolated block changes besides the database: where every client looks for the API.

Inside a block, Prefect's engine and clients, prefect_rest's clients and anything
reading ``PREFECT_API_URL`` talk to the in-process server's loopback URL:

* ``os.environ`` (process-wide, wins over ``.env``, ``prefect.toml`` and profiles in
  Prefect and in prefect_rest): ``PREFECT_API_URL`` set, ``PREFECT_API_KEY`` and
  ``PREFECT_API_AUTH_STRING`` removed. Reference-counted: set by the first open
  block, restored exactly (present or absent, the same value) by the last one.
* Prefect's settings (if Prefect is imported, which the server does): a
  ``SettingsContext`` for the block with the API URL, no key or auth string, and
  results stored under the server's private directory (not ``PREFECT_HOME``);
  also Prefect's process-global settings context (read by contexts copied before
  the block), reference-counted like the environment.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["ENV_CLEARED", "api_overrides"]

#: Removed from the environment for the block (a real server's credentials).
ENV_CLEARED = ("PREFECT_API_KEY", "PREFECT_API_AUTH_STRING")

_lock = threading.Lock()
_open = 0
_saved_env: dict[str, str | None] = {}
_global_context: Any = None
_settings_cache: dict[tuple[int, str, str], tuple[Any, Any]] = {}


def _prefect_settings(url: str, storage: Path) -> Any:
    """Prefect's settings in force with the block's API (cached per settings, URL, storage)."""
    from prefect.context import SettingsContext, get_settings_context

    base = get_settings_context()
    key = (id(base.settings), url, str(storage))
    cached = _settings_cache.get(key)
    if cached is None or cached[0] is not base.settings:
        updated = base.settings.copy_with_update(
            updates={"api.url": url, "results.local_storage_path": storage},
            restore_defaults={"api.key", "api.auth_string"},
        )
        if len(_settings_cache) >= 4:  # the base settings rarely change
            _settings_cache.clear()
        _settings_cache[key] = cached = (base.settings, updated)
    return SettingsContext(profile=base.profile, settings=cached[1])


def _enter_process_wide(url: str, context: Any) -> None:
    global _open, _global_context
    with _lock:
        _open += 1
        if _open > 1:
            return
        _saved_env.clear()
        for name in ("PREFECT_API_URL", *ENV_CLEARED):
            _saved_env[name] = os.environ.get(name)
        os.environ["PREFECT_API_URL"] = url
        for name in ENV_CLEARED:
            os.environ.pop(name, None)
        prefect_context = sys.modules.get("prefect.context")
        swap = getattr(prefect_context, "_temporary_global_settings_context", None)
        if context is not None and swap is not None:
            _global_context = swap(context)
            _global_context.__enter__()


def _leave_process_wide() -> None:
    global _open, _global_context
    with _lock:
        _open -= 1
        if _open > 0:
            return
        for name, value in _saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        _saved_env.clear()
        if _global_context is not None:
            swap, _global_context = _global_context, None
            swap.__exit__(None, None, None)


@contextlib.contextmanager
def api_overrides(url: str, storage: Path) -> Iterator[None]:
    """Point every client at ``url`` for the block (see the module docstring)."""
    context = _prefect_settings(url, storage) if "prefect.context" in sys.modules else None
    _enter_process_wide(url, context)
    try:
        if context is None:
            yield
        else:
            with context:
                yield
    finally:
        _leave_process_wide()

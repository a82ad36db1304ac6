"""The in-process Prefect server used when no ``PREFECT_API_URL`` is set.

It opens no network port unless asked (:func:`loopback_api_url`): httpx
transports hand each request straight to the Prefect ASGI app
(``create_app(ephemeral=True)``, API under ``/api``). One server per process,
shared by every client. The parts:

* :mod:`.process`: the process's server (start once, stop at exit, fork), the
  public entry points;
* :mod:`.app`: the app's lifecycle on its event loop thread, and serving a request;
* :mod:`.collector`: importing Prefect's server without freezing or switching the
  host's garbage collector;
* :mod:`.database`, :mod:`.files`, :mod:`.filelock`, :mod:`.build_template`:
  the database made ready before the app starts, the template, the lock file;
* :mod:`.gate`: writes take turns on SQLite;
* :mod:`.forwarding`: the httpx transports (any thread, any event loop);
* :mod:`.isolation` and :mod:`.overrides`: isolated blocks (fresh databases, and
  every client pointed at them);
* :mod:`.loopback`: the app on a 127.0.0.1 port (uvicorn);
* :mod:`.prefect_db`: the hooks into Prefect's database layer.

Importing this package does not import ``prefect`` (nor ``anyio``).
"""

from __future__ import annotations

from .files import cache_dir
from .isolation import IsolatedDatabase
from .process import (
    THROWAWAY_VARIABLE,
    async_transport,
    isolated,
    loopback_api_url,
    shutdown,
    sync_transport,
    throwaway_requested,
)

__all__ = [
    "EPHEMERAL_BASE_URL",
    "THROWAWAY_VARIABLE",
    "IsolatedDatabase",
    "async_transport",
    "cache_dir",
    "isolated",
    "loopback_api_url",
    "shutdown",
    "sync_transport",
    "throwaway_requested",
]

EPHEMERAL_BASE_URL = "http://ephemeral-prefect/api"

"""``prefect server start`` on loopback, for the tests (and benchmarks) that need a real
server process.  Importable without pytest: a server that does not start raises
:class:`RuntimeError`."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def prefect_server(extra_env: dict[str, str], port: int | None = None) -> Iterator[str]:
    """``prefect server start`` on a free loopback port with ``extra_env``; yields the API URL.

    The server gets a throwaway ``PREFECT_HOME`` (unless ``extra_env`` names one)
    and no ``PREFECT_API_URL`` (the caller's would point its services at another
    server).  ``port``: this port instead of a free one (to restart a server).
    """
    prefect = shutil.which("prefect", path=os.path.dirname(sys.executable)) or shutil.which(
        "prefect"
    )
    if not prefect:
        raise RuntimeError("the prefect command is not installed: pip install -e '.[dev]'")
    with _serve(prefect, extra_env, port) as url:
        yield url


@contextlib.contextmanager
def prefect_server_from_venv(
    venv: str | Path, extra_env: dict[str, str] | None = None, port: int | None = None
) -> Iterator[str]:
    """``prefect server start`` of another Prefect release, installed in its own virtualenv.

    ``venv`` holds that release (``scripts/ci-install-prefect-3.4.25.sh`` makes
    ``.venv-prefect-3.4.25``); yields the API URL, like :func:`prefect_server`.
    """
    prefect = Path(venv) / "bin" / "prefect"
    if not prefect.exists():
        raise RuntimeError(f"no prefect command in {venv}: scripts/ci-install-prefect-3.4.25.sh")
    # this process's PYTHONPATH (our client, the generated package) is not the server's
    extra = {"PYTHONPATH": "", **(extra_env or {})}
    with _serve(str(prefect), extra, port) as url:
        yield url


@contextlib.contextmanager
def _serve(prefect: str, extra_env: dict[str, str], port: int | None = None) -> Iterator[str]:
    """Run ``prefect server start`` from the ``prefect`` command given; yield the API URL."""
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/api"
    with tempfile.TemporaryDirectory(prefix="prefect-rest-server-") as home:
        env = {
            **{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"},
            "PREFECT_HOME": home,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_UI_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            **extra_env,
        }
        log_path = Path(home) / "server.log"
        with open(log_path, "w") as log:
            proc = subprocess.Popen(
                [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                deadline = time.monotonic() + 90
                while True:
                    try:
                        if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.flush()
                        raise RuntimeError("prefect server did not start:\n" + log_path.read_text())
                    time.sleep(0.3)
                yield url
            finally:
                os.killpg(proc.pid, signal.SIGTERM)  # the group started here
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()

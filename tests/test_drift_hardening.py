"""``prefect-rest drift --url`` against a real, authenticated server, and bounded work.

A ``prefect server start`` with ``PREFECT_SERVER_API_AUTH_STRING`` refuses
every request without the right Basic credentials (401): drift must send
``PREFECT_API_AUTH_STRING`` / ``PREFECT_API_KEY`` from the client's settings
(environment or profile), never print a password given in ``--url``, stop a
server that trickles its answer within a few times ``--timeout``, refuse an
absurd body, and answer on any document (a union that names itself).
A tiny loopback HTTP server stands in where a real one cannot misbehave on
demand (trickling, a huge body) or cannot check an API key (the open-source
server ignores it).
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from prefect_rest.drift import cli, load
from servers import prefect_server

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "openapi.json"
PASSWORD = "s3cr3t-pw"
AUTH = f"admin:{PASSWORD}"


def drift(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["drift", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def auth_server() -> Iterator[str]:
    """``prefect server start`` that needs Basic auth ``admin:s3cr3t-pw``."""
    with prefect_server({"PREFECT_SERVER_API_AUTH_STRING": AUTH}) as url:
        yield url


@pytest.fixture
def clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No credentials anywhere: no PREFECT_* variable, an empty PREFECT_HOME and directory."""
    import os

    for var in list(os.environ):
        if var.upper().startswith("PREFECT_"):
            monkeypatch.delenv(var)
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def _profile(tmp_path: Path, **values: str) -> None:
    lines = "\n".join(f"{k} = {json.dumps(v)}" for k, v in values.items())
    (tmp_path / "home" / "profiles.toml").write_text(f'active = "ci"\n[profiles.ci]\n{lines}\n')


# --- credentials from the client's settings (real server) -----------------------


@pytest.mark.server
def test_without_credentials_the_server_refuses_and_drift_says_what_to_set(
    auth_server, clean, capsys
):
    code, out, err = drift(capsys, "--url", auth_server)
    assert code == 3 and out == ""
    assert "401" in err and "PREFECT_API_AUTH_STRING" in err


@pytest.mark.server
def test_auth_string_from_the_environment_is_sent(auth_server, clean, capsys):
    clean.setenv("PREFECT_API_AUTH_STRING", AUTH)
    code, out, _ = drift(capsys, "--url", auth_server)
    assert code == 0, out
    assert PASSWORD not in out


@pytest.mark.server
def test_auth_string_from_the_active_profile_is_sent(auth_server, clean, capsys, tmp_path):
    _profile(tmp_path, PREFECT_API_AUTH_STRING=AUTH)
    code, out, _ = drift(capsys, "--url", auth_server)
    assert code == 0, out


@pytest.mark.server
@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_a_password_in_the_url_is_never_printed(auth_server, clean, capsys, fmt):
    with_password = auth_server.replace("http://", f"http://{AUTH}@")
    code, out, err = drift(capsys, "--url", with_password, "--format", fmt)
    assert code == 0  # sent as Basic auth, as the client sends it
    assert PASSWORD not in out + err
    assert auth_server in out  # the URL is shown, without user:password@
    wrong = auth_server.replace("http://", "http://admin:wr0ng-pw@")
    code, out, err = drift(capsys, "--url", wrong, "--format", fmt)
    assert code == 3 and "401" in err
    assert "wr0ng-pw" not in out + err


@pytest.mark.server
def test_the_report_names_the_servers_release_from_admin_version(auth_server, clean, capsys):
    import httpx

    clean.setenv("PREFECT_API_AUTH_STRING", AUTH)
    release = httpx.get(f"{auth_server}/admin/version", auth=("admin", PASSWORD)).json()
    code, out, _ = drift(capsys, "--url", auth_server)
    assert code == 0
    head = out.splitlines()[0]
    assert head.endswith(f"vs {auth_server} (Prefect {release})")
    assert "committed openapi.json (document version" in head  # a file: not a release
    code, out, _ = drift(capsys, "--url", auth_server, "--format", "json")
    report = json.loads(out)
    assert report["other"]["prefect_release"] == release
    assert report["committed"]["prefect_release"] is None


# --- a loopback fake where a real server cannot misbehave on demand -----------------


@contextlib.contextmanager
def fake_server(
    handle: Callable[[http.server.BaseHTTPRequestHandler], None],
) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """An HTTP server on loopback answering every GET with ``handle``; yields (API URL, headers seen)."""
    seen: list[dict[str, str]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers))
            with contextlib.suppress(OSError):
                handle(self)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api", seen
    finally:
        server.shutdown()
        server.server_close()


def _serve_committed(req: http.server.BaseHTTPRequestHandler) -> None:
    body = COMMITTED.read_bytes() if req.path.endswith("/openapi.json") else b'"3.8.8"'
    req.send_response(200)
    req.send_header("Content-Type", "application/json")
    req.send_header("Content-Length", str(len(body)))
    req.end_headers()
    req.wfile.write(body)


def test_api_key_from_the_environment_and_the_profile_is_sent(clean, capsys, tmp_path):
    with fake_server(_serve_committed) as (url, seen):
        clean.setenv("PREFECT_API_KEY", "pnu_from_env")
        clean.setenv("PREFECT_CLIENT_CUSTOM_HEADERS", '{"X-Team": "data"}')
        # 1: the same document; this plain HTTP fake serves no websocket route (a note)
        assert drift(capsys, "--url", url)[0] == 1
        clean.delenv("PREFECT_API_KEY")
        clean.delenv("PREFECT_CLIENT_CUSTOM_HEADERS")
        _profile(tmp_path, PREFECT_API_KEY="pnu_from_profile")
        assert drift(capsys, "--url", url)[0] == 1
    seen = [h for h in seen if h.get("Upgrade") is None]  # the websocket probes aside
    auth = [h.get("Authorization") for h in seen]
    assert auth == ["Bearer pnu_from_env"] * 2 + ["Bearer pnu_from_profile"] * 2
    assert seen[0].get("X-Team") == "data"


def _in_thread(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run drift in a thread; a run that never ends fails the test instead of hanging it."""
    result: list[tuple[int, str, str]] = []
    thread = threading.Thread(target=lambda: result.append(drift(capsys, *argv)), daemon=True)
    thread.start()
    thread.join(120)  # a bound for a hang, not a speed check: the runs below take seconds
    assert result, "drift did not finish"
    return result[0]


def test_a_trickling_server_is_given_up_on_with_exit_3(clean, capsys):
    """One byte every 0.2 s, forever: each read is quick, the whole fetch is not."""

    def trickle(req: http.server.BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", "1000000")
        req.end_headers()
        while True:
            req.wfile.write(b" ")
            req.wfile.flush()
            time.sleep(0.2)

    with fake_server(trickle) as (url, _):
        code, out, err = _in_thread(capsys, "--url", url, "--timeout", "1")
    assert code == 3 and out == ""
    assert "no complete answer within 1 s" in err


def test_an_absurd_body_size_is_refused(clean, capsys, monkeypatch):
    def huge(req: http.server.BaseHTTPRequestHandler) -> None:
        req.send_response(200)
        req.send_header("Content-Length", str(10**12))
        req.end_headers()
        req.wfile.write(b"{" * 1000)

    with fake_server(huge) as (url, _):
        code, _, err = _in_thread(capsys, "--url", url)
    assert code == 3 and "1,000,000,000,000 bytes, over the" in err

    def chunked(req: http.server.BaseHTTPRequestHandler) -> None:  # no length announced
        req.protocol_version = "HTTP/1.1"
        req.send_response(200)
        req.send_header("Transfer-Encoding", "chunked")
        req.end_headers()
        for _ in range(50):
            req.wfile.write(b"3e8\r\n" + b" " * 1000 + b"\r\n")
        req.wfile.write(b"0\r\n\r\n")

    monkeypatch.setattr(load, "MAX_DOCUMENT_BYTES", 10_000)
    with fake_server(chunked) as (url, _):
        code, _, err = _in_thread(capsys, "--url", url)
    assert code == 3 and "over the 10,000 bytes allowed" in err


def test_a_union_that_names_itself_is_answered(capsys, tmp_path):
    """``Loop = anyOf [Loop, Loop, Loop]`` expanded 3**21 alternatives; an array of itself recursed."""
    doc = json.loads(COMMITTED.read_text())
    schemas = doc["components"]["schemas"]
    schemas["Loop"] = {"anyOf": [{"$ref": "#/components/schemas/Loop"}] * 3}
    schemas["Arr"] = {"type": "array", "items": {"$ref": "#/components/schemas/Arr"}}
    for model in ("FlowCreate", "Flow"):
        schemas[model]["properties"]["loop"] = {"$ref": "#/components/schemas/Loop"}
        schemas[model]["properties"]["arr"] = {"$ref": "#/components/schemas/Arr"}
    both = tmp_path / "loop.json"
    both.write_text(json.dumps(doc))
    code, out, _ = _in_thread(capsys, "--committed", str(both), "--spec", str(both))
    assert code == 0 and "no drift" in out
    code, out, _ = _in_thread(capsys, "--spec", str(both))
    assert code == 1 and "FlowCreate (request): 2 fields added: arr, loop" in out


def test_a_password_holding_at_signs_is_not_shown_either():
    from prefect_rest.settings import redact_url

    assert redact_url("http://admin:p@ss@w0rd@127.0.0.1:4200/api") == "http://127.0.0.1:4200/api"
    assert redact_url("http://127.0.0.1/api?q=a@b") == "http://127.0.0.1/api?q=a@b"

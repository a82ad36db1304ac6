"""The documentation site: it builds in strict mode (any warning fails), has a page per
public method and model and all 187 operations, and a real browser finds
``read_flow_runs`` with the site's search and reads ``POST /flow_runs/filter`` on its page.

The browser is Debian's headless chromium (``scripts/ci-install-chromium.sh``),
driven over the DevTools protocol with ``websockets``; the test is skipped, saying
so, only where chromium is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import docs_pages  # noqa: E402

pytestmark = pytest.mark.docs


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built by ``mkdocs build --strict`` into a temporary directory."""
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "overlay"), str(ROOT / "generated"), env.get("PYTHONPATH", "")]
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    warnings = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "WARNING" in line and "Location 'file:" not in line
    ]
    assert result.returncode == 0, result.stdout + result.stderr
    assert warnings == []
    return out


def test_every_method_model_and_operation_has_a_page(site: Path) -> None:
    from prefect_rest.drift.links import method_page

    methods = docs_pages.public_method_names()
    assert len(methods) >= 165
    for name in methods:  # where a drift report's link points
        assert (site / method_page(f"PrefectClient.{name}", "") / "index.html").exists(), name
    import prefect_rest_api.models as api_models

    for name in api_models.__all__:
        assert (site / "reference" / "models" / name / "index.html").exists(), name
    index = (site / "reference" / "operations-index" / "index.html").read_text()
    pairs = set(re.findall(r"<td><code>([A-Z]+)</code></td>\s*<td><code>([^<]+)</code>", index))
    assert len(pairs) == 187
    assert ("POST", "/flow_runs/filter") in pairs


def test_a_method_without_a_docstring_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect_rest import SyncPrefectClient

    assert docs_pages.undocumented() == []

    def read_flow(self: Any, flow_id: Any) -> None:
        pass

    monkeypatch.setattr(SyncPrefectClient, "read_flow", read_flow)
    assert docs_pages.undocumented() == ["SyncPrefectClient.read_flow"]
    assert docs_pages.main(["--check"]) == 1


# --- the browser ---------------------------------------------------------------------


def _chromium() -> str | None:
    explicit = os.environ.get("PREFECT_REST_CHROMIUM")
    if explicit:
        return explicit
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    """The built site over HTTP on loopback (search runs in a web worker, not on file://)."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class DevTools:
    """A minimal DevTools protocol session on one page of a headless chromium."""

    def __init__(self, socket: Any, session: str) -> None:
        self.socket = socket
        self.session = session
        self.next_id = 0

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        await self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(await self.socket.recv())
            if answer.get("id") == self.next_id:
                assert "error" not in answer, answer
                return answer.get("result", {})

    async def evaluate(self, expression: str) -> Any:
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def wait_for(self, expression: str, seconds: float = 60) -> Any:
        """Poll ``expression`` until it is truthy (a bound on waiting, not a timing check)."""
        with anyio.fail_after(seconds):
            while not (value := await self.evaluate(expression)):
                await anyio.sleep(0.2)
        return value

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", url=url)
        await self.wait_for(
            f"document.readyState === 'complete' && location.href === {json.dumps(url)}"
        )


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless chromium; yields its DevTools websocket URL."""
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium is not installed (scripts/ci-install-chromium.sh installs it)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.Popen(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("DevTools listening on "):
                yield line.split(" on ", 1)[1].strip()
                break
        else:
            pytest.fail("chromium exited without a DevTools endpoint")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


async def _open_page(socket: Any) -> DevTools:
    browser = DevTools(socket, "")
    target = await browser.send("Target.createTarget", url="about:blank")
    attached = await browser.send(
        "Target.attachToTarget", targetId=target["targetId"], flatten=True
    )
    page = DevTools(socket, attached["sessionId"])
    await page.send("Page.enable")
    await page.send("Runtime.enable")
    return page


SEARCH = """(() => {
  const input = document.querySelector('input.md-search__input');
  input.focus();
  input.value = 'read_flow_runs';
  for (const type of ['focus', 'input', 'keyup']) input.dispatchEvent(new Event(type, {bubbles: true}));
  return true;
})()"""

RESULTS = """(() => {
  const links = [...document.querySelectorAll('.md-search-result__item a')].map(a => a.href);
  return links.length ? links : null;
})()"""


@pytest.mark.anyio
async def test_search_finds_read_flow_runs_and_its_endpoint(served: str, chromium: str) -> None:
    import websockets

    async with websockets.connect(chromium, max_size=None) as socket:
        page = await _open_page(socket)
        await page.goto(served)
        await page.wait_for("!!document.querySelector('input.md-search__input')")
        await page.evaluate(SEARCH)
        links = await page.wait_for(RESULTS)
        # the method's own page is the first result (?h= highlights the term there)
        assert re.search(r"/reference/methods/read_flow_runs/(\?h=read_flow_runs)?$", links[0])
        await page.goto(links[0])
        text = await page.evaluate("document.body.innerText")
        title = await page.evaluate("document.querySelector('h1').innerText")
    assert title.replace("¶", "").strip() == "read_flow_runs"
    assert "POST /flow_runs/filter" in text

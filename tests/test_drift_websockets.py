"""`prefect-rest drift --url` checks the websocket routes (absent from the OpenAPI document)."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from faults import FaultProxy
from prefect_rest.drift.cli import main
from prefect_rest.events.routes import ROUTES


def _drift(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["drift", "--url", url, "--format", "json", "--timeout", "120"])
    return code, json.loads(capsys.readouterr().out)


def test_every_route_answers_on_the_server(
    live_server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _drift(live_server_url, capsys)
    assert "WS /" not in json.dumps(report)
    if not os.environ.get("PREFECT_REST_LIVE_SERVER_VENV"):  # another release differs in REST
        assert code == 0


def test_a_route_the_server_does_not_serve_is_breaking_and_names_its_methods(
    live_server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # an HTTP-only proxy: the REST document passes, no websocket upgrade does
    with FaultProxy(live_server_url) as one, FaultProxy(live_server_url) as other:
        code, report = _drift(one.url, capsys)
        _, again = _drift(other.url, capsys)
    assert code == 2
    text = json.dumps(report)
    for route in ROUTES:
        assert f"WS {route.path}" in text
        for method in route.methods:
            assert method in text

    def ids(data: Any) -> set[str]:
        if isinstance(data, dict):
            found = {data["id"]} if isinstance(data.get("id"), str) else set()
            return found.union(*(ids(value) for value in data.values()))
        if isinstance(data, list):
            return set().union(*(ids(value) for value in data))
        return set()

    assert ids(report) == ids(again)  # ids do not depend on the URL: --accept works

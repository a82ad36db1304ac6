"""Decoding and encoding of every generated model (``prefect_rest_api.types`` runtime).

* a real FlowRun payload with a field and an enum value this client does not
  know decodes, keeps both and writes both back;
* property tests over every model class: payloads generated from each model's
  field table (``_fields_``) survive ``from_dict(...).to_dict()`` (modulo
  datetime spelling), with the same output unread and fully read, and a fully
  read instance equals ``from_dict(to_dict(instance))``;
* fuzz: any JSON body given to any endpoint's ``decode_success`` decodes, and
  reading every field of the result yields a value or ``DecodeError``, never
  another exception; bodies that are not JSON raise ``DecodeError``.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import prefect_rest_api.models as models
import pytest
from generator_shapes import TEXT_ANSWERS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from normalize import normalize, operations
from prefect_rest.inprocess import EPHEMERAL_BASE_URL, sync_transport
from prefect_rest_api import types as t
from prefect_rest_api.types import DecodeError, Model, OpenStrEnum

ROOT = Path(__file__).resolve().parent.parent

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

#: Below this depth every field of a generated payload may appear; at it and
#: beyond, only required ones (so recursive schemas stay small).
MAX_DEPTH = 3
UNKNOWN_ENUM_VALUE = "ZZ_NOT_IN_THE_DOCUMENT"

MODEL_NAMES = [name for name in models.__all__ if not issubclass(getattr(models, name), enum.Enum)]


def _snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"\W+", "_", text).strip("_").lower()


ENDPOINTS = sorted(
    f"prefect_rest_api.api.{_snake(op['tags'][0])}.{_snake(op['operationId'])}"
    for _, _, op in operations(normalize(json.loads((ROOT / "openapi.json").read_text())))
)


# --- strategies --------------------------------------------------------------

JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
JSON = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=10,
)

_TIMEZONES = st.sampled_from(
    [None, datetime.UTC, datetime.timezone(datetime.timedelta(hours=5, minutes=30))]
)


def _iso(value: datetime.datetime, zulu: bool) -> str:
    text = value.isoformat()
    return text.replace("+00:00", "Z") if zulu else text


DATETIMES = st.builds(_iso, st.datetimes(timezones=_TIMEZONES), st.booleans())
# Letters only: a string option of a union is not mistaken for a number or a date.
TEXT = st.text(alphabet="abcxyzé _-", max_size=8)

_SIMPLE: dict[Any, st.SearchStrategy[Any]] = {
    t.STR: TEXT,
    t.INT: st.integers(min_value=-(2**53), max_value=2**53),
    t.FLOAT: st.floats(allow_nan=False, allow_infinity=False, width=64)
    | st.integers(min_value=-(2**31), max_value=2**31),
    t.BOOL: st.booleans(),
    t.NONE: st.none(),
    t.UUID_: st.uuids().map(str),
    t.DATETIME: DATETIMES,
    t.DATE: st.dates().map(datetime.date.isoformat),
    t.ANY: JSON,
    t.OBJECT: st.dictionaries(st.text(max_size=6), JSON, max_size=3),
    # seconds, what the server writes (exact in a timedelta's microseconds)
    t.DURATION: st.integers(min_value=-(10**8), max_value=10**8)
    | st.integers(min_value=-(10**6), max_value=10**6).map(lambda n: n / 4),
}


def _freevars(decoder: Callable[..., Any]) -> dict[str, Any]:
    code = getattr(decoder, "__code__", None)
    if code is None or not decoder.__closure__:
        return {}
    return {n: c.cell_contents for n, c in zip(code.co_freevars, decoder.__closure__, strict=True)}


def _kind(decoder: Any) -> str:
    """Which runtime decoder ``decoder`` is (see ``types.py``)."""
    if isinstance(decoder, t.model):
        return "model"
    if isinstance(decoder, t.enum_of):
        return "enum"
    if decoder in _SIMPLE:
        return "simple"
    qualname = getattr(decoder, "__qualname__", "")
    if qualname == "decode_array":  # list_of(ANY)
        return "array"
    kind = qualname.split(".<locals>", 1)[0]
    if kind in ("nullable", "list_of", "dict_of", "union", "const"):
        return kind
    raise AssertionError(f"unknown decoder {decoder!r} ({qualname})")


_cache: dict[tuple[int, int, bool], st.SearchStrategy[Any]] = {}


def payloads(decoder: Any, depth: int = 0, fuzz: bool = False) -> st.SearchStrategy[Any]:
    """JSON values ``decoder`` accepts; with ``fuzz``, any value may also be arbitrary JSON."""
    key = (id(decoder), depth, fuzz)
    if key not in _cache:
        strategy = _payloads(decoder, depth, fuzz)
        _cache[key] = (strategy | JSON) if fuzz else strategy
    return _cache[key]


def _payloads(decoder: Any, depth: int, fuzz: bool) -> st.SearchStrategy[Any]:
    assert depth < 20, "a schema requires itself"
    kind = _kind(decoder)
    free = _freevars(decoder)
    if kind == "simple":
        return _SIMPLE[decoder]
    if kind == "array":
        return st.lists(JSON, max_size=3)
    if kind == "const":
        return st.just(free["expected"])
    if kind == "nullable":
        return st.none() | payloads(free["inner"], depth, fuzz)
    if kind == "list_of":
        if depth >= MAX_DEPTH:  # deep enough: an empty list ends recursive schemas
            return st.just([])
        return st.lists(payloads(free["inner"], depth + 1, fuzz), max_size=3)
    if kind == "dict_of":
        if depth >= MAX_DEPTH:
            return st.just({})
        keys = st.uuids().map(str) if free.get("keys") is t.UUID_ else st.text(max_size=6)
        return st.dictionaries(keys, payloads(free["inner"], depth + 1, fuzz), max_size=3)
    if kind == "union":
        options = free["options"]
        if depth >= MAX_DEPTH:  # deep enough: prefer the options that are not models
            options = [o for o in options if not isinstance(o, t.model)] or options
        return st.one_of([payloads(option, depth, fuzz) for option in options])
    if kind == "enum":
        cls = decoder.resolve()
        return st.sampled_from([m.value for m in cls] + [UNKNOWN_ENUM_VALUE])
    return model_payloads(decoder.resolve(), depth, fuzz)


def model_payloads(cls: type[Model], depth: int = 0, fuzz: bool = False) -> st.SearchStrategy[Any]:
    """JSON objects for ``cls``: required keys, some optional ones, maybe unknown keys."""
    required = {f.key: payloads(f.decode, depth + 1, fuzz) for f in cls._fields_ if f.required}
    optional = (
        {f.key: payloads(f.decode, depth + 1, fuzz) for f in cls._fields_ if not f.required}
        if depth < MAX_DEPTH
        else {}
    )
    extra = st.dictionaries(st.sampled_from(["zz_new_field", "zz_other"]), JSON, max_size=2)
    return st.builds(
        lambda known, unknown: {**unknown, **known},
        st.fixed_dictionaries(required, optional=optional),
        extra,
    )


# --- helpers -----------------------------------------------------------------


def read_all(value: Any) -> None:
    """Read every field of ``value`` (recursively); decoding errors propagate."""
    if isinstance(value, Model):
        for field in type(value)._fields_:
            read_all(getattr(value, field.attr))
        assert isinstance(value.additional_properties, dict)
    elif isinstance(value, list):
        for item in value:
            read_all(item)
    elif isinstance(value, dict):
        for item in value.values():
            read_all(item)


def read_all_tolerant(value: Any) -> int:
    """Read every field; a read may raise ``DecodeError`` only. Returns the errors seen.

    A model decodes its whole payload on the first read, so one bad field makes
    every read of that object raise; the error names the model and the field.
    """
    errors = 0
    if isinstance(value, Model):
        cls = type(value)
        for attr in [f.attr for f in cls._fields_] + ["additional_properties"]:
            try:
                item = getattr(value, attr)
            except DecodeError as exc:
                assert isinstance(exc, ValueError)
                assert exc.model == cls.__name__ and exc.field in cls._known_, exc
                errors += 1
            else:
                errors += read_all_tolerant(item)
    elif isinstance(value, list):
        for item in value:
            errors += read_all_tolerant(item)
    elif isinstance(value, dict):
        for item in value.values():
            errors += read_all_tolerant(item)
    return errors


def normalized(value: Any) -> Any:
    """``value`` with each ISO timestamp string replaced by its datetime."""
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


# --- (a) unknown fields and enum values on a real payload ---------------------


def _call(http: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request; a 503 (SQLite busy on a loaded machine) is tried again."""
    for attempt in range(5):
        response = http.request(method, url, **kwargs)
        if response.status_code != 503:
            break
        time.sleep(0.05 * 2**attempt)
    return response


def test_unknown_field_and_enum_value_on_real_flow_run() -> None:
    with httpx.Client(transport=sync_transport(), base_url=EPHEMERAL_BASE_URL) as http:
        name = f"roundtrip-{uuid.uuid4().hex[:12]}"
        flow = _call(http, "POST", "/flows/", json={"name": name})
        assert flow.status_code == 201, flow.text
        run = _call(
            http,
            "POST",
            "/flow_runs/",
            json={"flow_id": flow.json()["id"], "state": {"type": "SCHEDULED"}, "tags": ["x"]},
        )
        assert run.status_code == 201, run.text
        got = _call(http, "GET", f"/flow_runs/{run.json()['id']}")
        assert got.status_code == 200
    payload = got.json()
    assert payload["state"]["type"] == "SCHEDULED"
    payload["new_field"] = {"x": 1}
    payload["state"]["type"] = "SOMETHING_NEW"
    original = json.loads(json.dumps(payload))

    decoded = models.FlowRunResponse.from_dict(payload)
    assert normalized(decoded.to_dict()) == normalized(original)  # unread: the same JSON
    assert str(decoded.id) == original["id"] and decoded.tags == ["x"]
    state_type = decoded.state.type
    assert isinstance(state_type, models.StateType) and isinstance(state_type, OpenStrEnum)
    assert state_type.is_known is False
    assert state_type.value == "SOMETHING_NEW" == state_type == str(state_type)
    assert models.StateType.SCHEDULED.is_known is True
    assert decoded.additional_properties == {"new_field": {"x": 1}}
    assert decoded["new_field"] == {"x": 1} and "new_field" in decoded
    assert decoded.additional_keys == ["new_field"]
    assert decoded.state.additional_properties == {}

    read_all(decoded)
    written = decoded.to_dict()
    assert written["new_field"] == {"x": 1}
    assert written["state"]["type"] == "SOMETHING_NEW"
    assert normalized(written) == normalized(original)
    assert json.loads(json.dumps(written)) == written  # JSON-ready
    again = models.FlowRunResponse.from_dict(written)
    assert again == decoded
    assert again.state.type.is_known is False

    # the endpoint decodes the same body the same way
    from prefect_rest_api.api.flow_runs import read_flow_run

    response = httpx.Response(200, json=original, request=httpx.Request("GET", "http://x/"))
    through = read_flow_run.decode_success(response)
    assert through.state.type == "SOMETHING_NEW" and through["new_field"] == {"x": 1}


# --- (b) every model round-trips ----------------------------------------------


def test_every_model_is_covered() -> None:
    assert len(MODEL_NAMES) > 300
    for name in MODEL_NAMES:
        cls = getattr(models, name)
        assert issubclass(cls, Model), name
        for field in cls._fields_:
            _kind(field.decode)  # every decoder is one the strategies know


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_model_round_trip(name: str) -> None:
    cls = getattr(models, name)

    @SETTINGS
    @given(model_payloads(cls))
    def check(payload: dict[str, Any]) -> None:
        original = json.loads(json.dumps(payload))
        # unread or fully read: the same JSON (timestamps possibly spelled
        # another way), and the same output whatever was read
        unread = cls.from_dict(payload).to_dict()
        instance = cls.from_dict(payload)
        read_all(instance)
        written = instance.to_dict()
        assert json.dumps(unread) == json.dumps(written)
        assert normalized(written) == normalized(original)
        assert json.loads(json.dumps(written)) == written
        # and back again
        assert cls.from_dict(written) == instance
        # the generated straight-line decoder and the field-table loop agree
        fast = cls._fast_
        assert fast is not None
        cls._fast_ = None
        try:
            slow = cls.from_dict(payload)
            read_all(slow)
        finally:
            cls._fast_ = fast
        assert slow == instance and slow.additional_properties == instance.additional_properties
        assert payload == original  # decoding never changes its input

    check()


# --- (c) fuzz: decode_success never fails with anything but DecodeError ---------


@pytest.mark.parametrize("module_name", ENDPOINTS)
def test_decode_success_fuzz(module_name: str) -> None:
    module = importlib.import_module(module_name)
    request = httpx.Request(module.METHOD, "http://x/")

    @SETTINGS
    @given(JSON | payloads(module._DECODE, fuzz=True))
    def check(value: Any) -> None:
        response = httpx.Response(200, json=value, request=request)
        try:
            result = module.decode_success(response)
        except DecodeError:
            return
        read_all_tolerant(result)
        if isinstance(result, Model):
            json.dumps(result.to_dict())  # still JSON-ready after failed reads
        elif isinstance(result, list):
            json.dumps([r.to_dict() if isinstance(r, Model) else t.to_jsonable(r) for r in result])

    check()


GARBAGE = [
    b'{"id": "4c3b',  # truncated JSON
    b"[1, 2,",
    b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
    b"\xff\xfe\x00garbage",
    b"",
]


@pytest.mark.parametrize("module_name", ENDPOINTS)
def test_decode_success_garbage(module_name: str) -> None:
    module = importlib.import_module(module_name)
    request = httpx.Request(module.METHOD, "http://x/")
    annotation = inspect.signature(module.decode_success).return_annotation
    bodiless = annotation == "None"
    for body in GARBAGE:
        for status in (200, 201):
            response = httpx.Response(status, content=body, request=request)
            if bodiless:  # the operation answers no body: whatever comes is not read
                assert module.decode_success(response) is None
                continue
            if (module.METHOD, module.PATH) in TEXT_ANSWERS:  # the operation answers text
                assert module.decode_success(response) == response.text
                continue
            with pytest.raises(DecodeError) as raised:
                module.decode_success(response)
            assert isinstance(raised.value, ValueError)
            assert module.PATH in str(raised.value)
    empty = httpx.Response(204, request=request)
    if annotation in ("None", "Any") or "None" in annotation.split(" | "):
        assert module.decode_success(empty) is None
    elif (module.METHOD, module.PATH) in TEXT_ANSWERS:
        assert module.decode_success(empty) == ""
    else:  # documented to answer a value: an empty 204 is an error naming the operation
        with pytest.raises(DecodeError, match="204 without a body") as raised:
            module.decode_success(empty)
        assert module_name.rpartition(".")[2] in str(raised.value)


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000])
def test_decode_success_deeply_nested_body(body: bytes) -> None:
    from prefect_rest_api.api.flows import read_flow

    response = httpx.Response(200, content=body, request=httpx.Request("GET", "http://x/"))
    with pytest.raises(DecodeError):
        read_flow.decode_success(response)


def test_decode_error_names_model_and_field() -> None:
    payload = {"id": "not-a-uuid", "name": "f", "created": None, "updated": None}
    flow = models.Flow.from_dict(payload)
    with pytest.raises(DecodeError) as raised:
        _ = flow.name  # the whole object decodes on the first read
    assert raised.value.model == "Flow" and raised.value.field == "id"
    assert "not-a-uuid" in str(raised.value)
    with pytest.raises(DecodeError):
        _ = flow.id
    with pytest.raises(DecodeError):
        _ = flow.additional_properties
    # failed reads leave the payload untouched for to_dict
    assert flow.to_dict() == payload

    good = models.Flow.from_dict({**payload, "id": str(uuid.uuid4()), "tags": ["a"]})
    # a field the payload leaves out has its default, as in pydantic, and is not "set"
    assert good.name == "f" and good.created is None and good.labels is None
    assert "labels" not in good.model_fields_set and "labels" not in good.to_dict()
    with pytest.raises(DecodeError, match="missing required field"):
        models.Flow.from_dict({"name": "f"})
    with pytest.raises(DecodeError, match="expected a JSON object"):
        models.Flow.from_dict([1, 2])  # type: ignore[arg-type]

"""Reshape the normalized document so that maps decode to plain ``dict``.

openapi-python-client turns every inline ``{"type": "object"}`` without
properties into a wrapper model (``FlowRunResponseParameters``) that keeps the
JSON in ``additional_properties``.  Prefect's own models type those fields as
``dict[str, Any]`` (free-form: ``parameters``, ``job_variables``, ...) or
``dict[K, V]`` (``labels``, ``task_inputs``, ``next_runs_by_flow``), and so do
we: a free-form object becomes an untyped schema marked ``"example": "object"``
(``dict[str, Any]``, kept as parsed), and a map with typed values a schema the
generator reads as a list of its value type, marked ``"example": "map"``
(``"map:uuid"`` when the document says the keys are UUIDs).  The templates
(``templates/decoders.jinja``) render a marked list as ``dict[str | UUID, V]``
with a ``dict_of`` decoder.  Named
component schemas (``Resource``, ``TaskRunCount``) stay models.

Durations: a property that is a duration (:data:`DURATIONS`, and every
``format: duration`` left in the document) is marked ``"example": "duration"``
on its number or string schema; the templates type it ``datetime.timedelta``,
decode seconds or ISO 8601 text, and send seconds (what the server reads).

Also: a schema that is a subset of its ``...Response`` twin (``FlowRun``) is
replaced by the twin, so that one class answers to Prefect's name; the two
operations that answer text instead of the documented JSON are documented as text.
"""

from __future__ import annotations

from typing import Any

#: The ``example`` value that marks a map (see the module docstring).
REF = "#/components/schemas/"
MAP = "map"
OBJECT = "object"
MAP_UUID_KEYS = "map:uuid"


def _is_map(node: dict[str, Any]) -> bool:
    return (
        node.get("type") == "object"
        and not node.get("properties")
        and not node.get("allOf")
        and not node.get("anyOf")
        and not node.get("oneOf")
    )


def _as_list(node: dict[str, Any]) -> dict[str, Any]:
    values = node.get("additionalProperties", True)
    keys = node.get("propertyNames") or {}
    shaped: dict[str, Any]
    if values in (True, None, {}) and keys.get("format") != "uuid":
        # A schema without a type is the generator's "any": only the marker says "object".
        shaped = {"example": OBJECT}
    else:
        shaped = {
            "type": "array",
            "items": {} if values in (True, None) else values,
            "example": MAP_UUID_KEYS if keys.get("format") == "uuid" else MAP,
        }
    for kept in ("title", "description"):
        if kept in node:
            shaped[kept] = node[kept]
    if "default" in node:  # unset fields are not sent: the server applies it
        shaped["x-server-default"] = node["default"]
    return shaped


def _reshape(node: Any) -> Any:
    if isinstance(node, list):
        return [_reshape(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _reshape(value) for key, value in node.items()}
    options = node.get("anyOf")
    if isinstance(options, list) and {} in options:
        # "any JSON" already covers an object: the generator would merge the two.
        node["anyOf"] = [o for o in options if o != {"example": OBJECT}]
    return _as_list(node) if _is_map(node) else node


#: Schemas the server also answers in a richer ``...Response`` form with the
#: same required fields: one class each (Prefect's client has one too, and
#: ``prefect_rest.models`` gives it Prefect's name: ``FlowRun``, ``WorkQueue``).
SAME_AS_RESPONSE = {"FlowRun": "FlowRunResponse", "WorkQueue": "WorkQueueResponse"}


def _retarget(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, list):
        for item in node:
            _retarget(item, renames)
    elif isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF) :] in renames:
            node["$ref"] = REF + renames[ref[len(REF) :]]
        for value in node.values():
            _retarget(value, renames)


def merge_response_twins(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with :data:`SAME_AS_RESPONSE` schemas replaced by their twins (in place)."""
    schemas = doc.get("components", {}).get("schemas", {})
    renames = {}
    for name, twin in SAME_AS_RESPONSE.items():
        if name in schemas and twin in schemas:
            props, twin_props = schemas[name].get("properties", {}), schemas[twin]["properties"]
            same_required = set(schemas[name].get("required", ())) == set(
                schemas[twin].get("required", ())
            )
            if same_required and set(props) <= set(twin_props):
                renames[name] = twin
    for name in renames:
        del schemas[name]
    _retarget(doc, renames)
    return doc


#: Operations documented as JSON (schema ``{}``) that answer text (see
#: ``response_corrections.SCHEMA_NOTES``): their functions return the text.
TEXT_ANSWERS = {
    ("GET", "/flow_runs/{id}/input/{key}"): "text/plain",
    ("GET", "/flow_runs/{id}/logs/download"): "text/csv",
}


def text_answers(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with the 200 answer of :data:`TEXT_ANSWERS` as text (in place)."""
    for (method, path), media in TEXT_ANSWERS.items():
        op = doc.get("paths", {}).get(path, {}).get(method.lower())
        if op is not None and "200" in op.get("responses", {}):
            op["responses"]["200"]["content"] = {media: {"schema": {"type": "string"}}}
    return doc


#: The ``example`` value that marks a duration.
DURATION = "duration"

#: Properties Prefect's models type ``timedelta`` that the document gives as plain
#: numbers of seconds (pydantic writes the response side of a ``timedelta`` as a
#: number, and normalization merged the input side's ``format: duration``).
DURATIONS: dict[str, tuple[str, ...]] = {
    # prefect.client.schemas.objects/responses FlowRun, TaskRun: timedelta fields
    "FlowRunResponse": ("total_run_time", "estimated_run_time", "estimated_start_time_delta"),
    "TaskRun": ("total_run_time", "estimated_run_time", "estimated_start_time_delta"),
    "UITaskRun": ("total_run_time", "estimated_run_time", "estimated_start_time_delta"),
    # responses.HistoryResponseState: sums of durations
    "HistoryResponseState": ("sum_estimated_lateness", "sum_estimated_run_time"),
    # schedules.IntervalSchedule.interval (the input side is ``format: duration``)
    "IntervalSchedule": ("interval",),
    # events.schemas.automations triggers and actions: ``within``, ``schedule_after``
    "EventTrigger": ("within",),
    "CompoundTrigger": ("within",),
    "SequenceTrigger": ("within",),
    "RunDeployment": ("schedule_after",),
}


def _mark_duration(node: Any) -> None:
    if not isinstance(node, dict):
        return
    if node.get("type") in ("number", "integer") or node.get("format") == DURATION:
        node["example"] = DURATION
    for key in ("anyOf", "oneOf"):
        for option in node.get(key, ()):
            _mark_duration(option)
    if node.get("example") in (MAP, MAP_UUID_KEYS):
        _mark_duration(node.get("items"))


def _mark_format_durations(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("format") == DURATION and node.get("type") == "string":
            node["example"] = DURATION
        for value in node.values():
            _mark_format_durations(value)
    elif isinstance(node, list):
        for value in node:
            _mark_format_durations(value)


def mark_durations(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every duration property marked (in place)."""
    schemas = doc.get("components", {}).get("schemas", {})
    for name, keys in DURATIONS.items():
        for key in keys:
            prop = schemas.get(name, {}).get("properties", {}).get(key)
            if prop is not None:  # another release's document may lack it
                _mark_duration(prop)
    _mark_format_durations(schemas)
    return doc


#: Fields Prefect's models have that the document's schema lacks (the server sends none
#: of them, so they read as their default, None, as in Prefect).
PREFECT_FIELDS: dict[str, dict[str, Any]] = {
    # objects.State (ObjectBaseModel): ``created``/``updated``, None from the API
    "State": {
        "created": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
        "updated": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
    },
}

#: Schemas Prefect's client sends that the document does not name (the body field is a
#: free-form object there): ``send_worker_heartbeat(worker_metadata=WorkerMetadata(...))``.
PREFECT_SCHEMAS: dict[str, dict[str, Any]] = {
    "Integration": {
        "title": "Integration",
        "description": "A representation of an installed Prefect integration.",
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "The name of the Prefect integration."},
            "version": {"type": "string", "description": "The version of the integration."},
        },
        "required": ["name", "version"],
    },
    "WorkerMetadata": {
        "title": "WorkerMetadata",
        "description": "Worker metadata: the installed integrations, and any other keys.",
        "type": "object",
        "additionalProperties": True,
        "properties": {
            "integrations": {
                "type": "array",
                "items": {"$ref": REF + "Integration"},
                "description": "Prefect integrations installed in the worker.",
            }
        },
        "required": ["integrations"],
    },
}


def prefect_additions(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with :data:`PREFECT_FIELDS` and :data:`PREFECT_SCHEMAS` added (in place)."""
    schemas = doc.get("components", {}).get("schemas", {})
    for name, extra in PREFECT_FIELDS.items():
        if name in schemas:
            props = schemas[name].setdefault("properties", {})
            for key, schema in extra.items():
                props.setdefault(key, schema)
    if "WorkerHeartbeatBody" in schemas:  # only where the server takes worker heartbeats
        for name, schema in PREFECT_SCHEMAS.items():
            schemas.setdefault(name, schema)
    return doc


def shape(doc: dict[str, Any]) -> dict[str, Any]:
    """All the reshaping of this module, on the normalized document (in place)."""
    doc = reshape_maps(merge_response_twins(text_answers(prefect_additions(doc))))
    return mark_durations(doc)


def reshape_maps(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with every inline map schema marked as described above (in place)."""
    schemas = doc.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        # A named map stays a model; its inline parts are reshaped.
        schemas[name] = {key: _reshape(value) for key, value in schema.items()}
    for path in doc.get("paths", {}).values():
        for key, operation in path.items():
            if not isinstance(operation, dict):
                continue
            body = operation.pop("requestBody", None)
            path[key] = _reshape(operation)
            if body is not None:  # a map body stays a model the caller can build
                for media in body.get("content", {}).values():
                    schema = media.get("schema")
                    if isinstance(schema, dict):
                        media["schema"] = {k: _reshape(v) for k, v in schema.items()}
                path[key]["requestBody"] = body
    return doc

"""Corrections to the success responses documented by the Prefect 3.8.8 OpenAPI document.

FastAPI documents one success code per operation: the ``status_code`` of the
route decorator. Several Prefect routes change ``response.status_code`` at run
time (``201`` when they create, ``200`` when the object already existed or the
orchestration did not write a new state) or return a bare ``Response`` with
another code. A client generated from the raw document then treats a real
success as unexpected (the stock generated code returns ``None``).

Every entry below was observed by calling the operation against a real
Prefect 3.8.8 server (``scripts/survey_status_codes.py``, run on 2026-11-25
against ``prefect server start`` on SQLite with SQLAlchemy 2.0.58, once with
CSRF protection off and once on; two runs each, same results). Nothing here is
inferred from the source alone. Not observed, so not listed: a ``200`` from
``POST /artifacts/`` (every create answered ``201``), and any other success
code of the operations not listed (each answered only its documented code).

``SUCCESS_CODES`` maps ``(METHOD, path as in openapi.json)`` to
``{real code the document is missing: documented code whose response it shares}``.
The generator should add the missing code with a copy of the documented
code's response (description and content). For example ``{"201": "200"}``:
the operation also answers ``201`` with the same body schema as its ``200``.
For the two ``/templates/validate`` routes the documented ``200`` has no
content, and the real ``204`` has none either.

``SCHEMA_NOTES`` records other disagreements seen between the answers and the
document (bodies of a documented empty schema ``{}``, content types). It is
documentation only: nothing consumes it yet.

Re-check with::

    python scripts/survey_status_codes.py --url http://127.0.0.1:4290/api

which exits 1 when it observes an undocumented success code missing here.
"""

from __future__ import annotations

SUCCESS_CODES: dict[tuple[str, str], dict[str, str]] = {
    # --- Creates that dedupe or upsert: 201 for a new object, the documented 200 otherwise.
    # new name: 201; the same name again: 200 (the existing flow)
    ("POST", "/flows/"): {"201": "200"},
    # new: 201; the same flow_id + name again: 200 (upsert of the existing deployment)
    ("POST", "/deployments/"): {"201": "200"},
    # new: 201; the same flow_id + idempotency_key again: 200 (the existing run)
    ("POST", "/flow_runs/"): {"201": "200"},
    # new: 201; the same idempotency_key again: 200 (the existing run)
    ("POST", "/deployments/{id}/create_flow_run"): {"201": "200"},
    # new: 201; the same flow_run_id + task_key + dynamic_key again: 200 (the existing run)
    ("POST", "/task_runs/"): {"201": "200"},
    # new tag: 201; the same tag again: 200 (limit updated)
    ("POST", "/concurrency_limits/"): {"201": "200"},
    # new name: 201; the same name again: 200 (search replaced)
    ("PUT", "/saved_searches/"): {"201": "200"},
    # 201 every time: the same key again creates another artifact, 201 too. 200 never seen.
    ("POST", "/artifacts/"): {"201": "200"},
    # documents 201 only; new: 201; the same block_type_id + fields again: 200 (existing schema)
    ("POST", "/block_schemas/"): {"200": "201"},
    # --- Orchestration: 201 when a new state was written (ACCEPT), 200 when not (ABORT).
    # RUNNING, PAUSED, COMPLETED, RUNNING after COMPLETED, forced RUNNING: 201 ACCEPT;
    # PENDING on a new (PENDING) run and on a RUNNING run: 200 ABORT
    ("POST", "/flow_runs/{id}/set_state"): {"201": "200"},
    # PENDING, RUNNING, COMPLETED (flow run RUNNING): 201 ACCEPT;
    # RUNNING while its flow run is COMPLETED: 200 ABORT
    ("POST", "/task_runs/{id}/set_state"): {"201": "200"},
    # resuming a PAUSED run: 201 ACCEPT; resuming a run that is not paused: 200 ABORT
    ("POST", "/flow_runs/{id}/resume"): {"201": "200"},
    # --- Bare Response: a valid template answers 204 with no body (an invalid one 422).
    # "{{ flow.name }}": 204, empty body; the documented 200 (no content) never seen
    ("POST", "/templates/validate"): {"204": "200"},
    # the same handler under the deprecated path: 204, empty body
    ("POST", "/automations/templates/validate"): {"204": "200"},
}

SCHEMA_NOTES: dict[tuple[str, str], str] = {
    ("GET", "/flow_runs/{id}/input/{key}"): (
        "documents application/json with schema {}; answers text/plain; charset=utf-8 whose "
        "text is the stored value verbatim (a JSON document as text, e.g. '{\"a\": 1}')"
    ),
    ("GET", "/flow_runs/{id}/logs/download"): (
        "documents application/json with schema {}; answers text/csv (gzip-encoded stream, "
        "Content-Disposition attachment) with header timestamp,level,flow_run_id,task_run_id,message"
    ),
    ("POST", "/templates/validate"): (
        "success is 204 with no body (see SUCCESS_CODES); an invalid template answers 422 with "
        '{"error": {"line", "message", "source"}}, not the documented HTTPValidationError'
    ),
    ("POST", "/automations/templates/validate"): (
        "same handler as /templates/validate: 204 no body; invalid template 422 "
        '{"error": {"line", "message", "source"}}, not HTTPValidationError'
    ),
    ("GET", "/ready"): 'documents schema {}; answers the object {"message": "OK"}',
    ("POST", "/logs/"): "201 documents schema {}; the body is JSON null",
    ("POST", "/flow_runs/{id}/input"): "201 documents schema {}; the body is JSON null",
    ("POST", "/block_types/install_system_block_types"): (
        "200 documents schema {}; the body is JSON null"
    ),
    ("POST", "/concurrency_limits/tag/{tag}/reset"): (
        "200 documents schema {}; the body is JSON null"
    ),
    ("DELETE", "/concurrency_limits/tag/{tag}"): "200 documents schema {}; the body is JSON null",
    ("DELETE", "/concurrency_limits/{id}"): "200 documents schema {}; the body is JSON null",
    ("DELETE", "/automations/owned-by/{resource_id}"): (
        "202 documents schema {}; the body is JSON null"
    ),
    ("POST", "/deployments/{id}/pause_deployment"): (
        "200 documents schema {}; the body is JSON null"
    ),
    ("POST", "/deployments/{id}/resume_deployment"): (
        "200 documents schema {}; the body is JSON null"
    ),
    ("POST", "/deployments/{id}/schedule"): (
        "200 documents schema {}; the body is JSON null. With SQLAlchemy 2.1.x installed the "
        "server answers 503 here (InvalidRequestError: Can't evaluate bulk DML statement); "
        "SQLAlchemy 2.0.x works"
    ),
}

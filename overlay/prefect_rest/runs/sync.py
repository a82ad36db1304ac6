"""The sync forms of ``wait_for_flow_run`` and ``run_deployment``.

Each is its async form (same parameters; ``client``: a ``SyncPrefectClient`` or
None) run to completion on a helper event loop, from any thread, also inside
async code; Ctrl-C cancels the wait there and re-raises.
"""

from __future__ import annotations

from ..events._bridge import sync_form
from . import deployments, flow_runs

__all__ = ["run_deployment", "wait_for_flow_run"]

#: Wait for the flow run to be final and return it (see the async form).
wait_for_flow_run = sync_form(flow_runs.wait_for_flow_run)

#: Create a flow run of a deployment; return it when final (see ``arun_deployment``).
run_deployment = sync_form(deployments.arun_deployment)

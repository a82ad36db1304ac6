"""Quick start: create a flow and drive a flow run through its states.

With no ``PREFECT_API_URL`` set, this runs against the Prefect server in-process
(the ``ephemeral`` extra); set ``PREFECT_API_URL=http://127.0.0.1:4200/api`` to run the
same code against a server of yours.
"""

from __future__ import annotations

import anyio
from prefect_rest import get_client
from prefect_rest import models as m


async def main() -> None:
    async with get_client() as client:
        print(f"server: {client.api_url} (Prefect {await client.api_version()})")
        flow_id = await client.create_flow_from_name("quickstart-etl")
        flow = await client.read_flow(flow_id)
        print(f"flow {flow.name!r}: {flow.id}")
        flows = await client.read_flows(
            flow_filter=m.FlowFilter.from_dict({"name": {"any_": ["quickstart-etl"]}})
        )
        print(f"read_flows found {len(flows)} flow(s) named quickstart-etl")

    with get_client(sync_client=True) as sync_client:
        print(f"sync client reads the same flow: {sync_client.read_flow(flow_id).name!r}")


if __name__ == "__main__":
    anyio.run(main)

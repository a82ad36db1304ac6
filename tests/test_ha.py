"""Two Prefect server replicas on PostgreSQL, restarted and killed under load (``tests/ha.py``).

One run, about two minutes: prefect_rest and Prefect's own client side by side,
each through both balancer styles, a rolling restart (SIGTERM, restart, the
other one) and a SIGKILL. Counted from the database. The figures are printed
(``-s``) and written to ``ha-figures.md`` in pytest's temp directory; the long
version is ``python benchmarks/run.py --ha``.
"""

from __future__ import annotations

import pytest
from ha import KINDS, run_scenario, table

#: Call kinds the API cannot deduplicate: the only ones allowed an error after a SIGKILL.
UNSAFE_KINDS = ("create_logs",)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    found = run_scenario(workers=4, cycles=1)
    text = table(found)
    (tmp_path_factory.mktemp("ha") / "ha-figures.md").write_text(text + "\n")
    print("\n" + text)
    return {(o.client, o.style): o for o in found}


@pytest.mark.server
@pytest.mark.parametrize("style", ["next", "502"])
def test_rolling_restart_nothing_lost_nothing_twice_no_error(outcomes, style):
    ours = outcomes[("prefect_rest", style)]
    assert ours.calls > 0
    assert (ours.lost, ours.twice) == (0, 0), ours.examples
    assert ours.errors_in("rolling") == 0, ours.examples
    assert ours.errors_in("warm-up") == 0 and ours.errors_in("after") == 0, ours.examples


@pytest.mark.server
@pytest.mark.parametrize("style", ["next", "502"])
def test_sigkill_nothing_lost_nothing_twice_errors_only_on_unsafe_writes(outcomes, style):
    ours = outcomes[("prefect_rest", style)]
    safe = tuple(k for k in KINDS if k not in UNSAFE_KINDS)
    assert (ours.lost, ours.twice) == (0, 0), ours.examples
    assert ours.errors_in("kill", safe) == 0, ours.examples


@pytest.mark.server
def test_prefects_own_client_ran_in_the_same_scenario(outcomes):
    """Its figures are for the comparison (README); only that it was measured is asserted."""
    for style in ("next", "502"):
        theirs = outcomes[("prefect", style)]
        assert theirs.calls > 0 and theirs.connections > 0

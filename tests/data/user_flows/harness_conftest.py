"""The conftest a Prefect user writes (Prefect's docs), with the harness chosen by a variable.

``USER_FLOWS_HARNESS=prefect`` imports Prefect's ``prefect_test_harness``; anything else
prefect_rest's drop-in. That import is the only line a migration changes.
"""

import os

import pytest

if os.environ.get("USER_FLOWS_HARNESS") == "prefect":
    from prefect.testing.utilities import prefect_test_harness
else:
    from prefect_rest.testing import prefect_test_harness


@pytest.fixture(autouse=True, scope="session")
def prefect_test_fixture():
    with prefect_test_harness():
        yield


@pytest.fixture
def anyio_backend():
    return "asyncio"

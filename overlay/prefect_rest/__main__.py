"""``python -m prefect_rest``: the same as the ``prefect-rest`` command."""

from prefect_rest.drift.cli import entry_point

if __name__ == "__main__":
    entry_point()

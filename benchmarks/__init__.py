"""Benchmarks of prefect_rest against Prefect's own client and the limit (``run.py``)."""

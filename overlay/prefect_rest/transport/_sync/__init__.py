# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.
"""The async send loop (source of ``../_sync``)."""

"""The async send loop (source of ``../_sync``)."""

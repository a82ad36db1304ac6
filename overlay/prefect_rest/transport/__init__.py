"""How requests reach the server, in named parts.

- ``repeat.py``: the repeat classes (what the server does with a request it
  receives twice), read from each generated endpoint module's ``REPEAT``.
- ``retry.py``: whether to send again, decided from the class alone; backoff,
  ``Retry-After``, maintenance.
- ``_async/send.py`` (and its derived ``_sync/send.py``): the send loop that
  applies them, with CSRF (``csrf.py``).
- ``requests.py``: building a request under the API root (path placeholders,
  header checks).
- ``httpx_transports.py``: network, ASGI app and in-process transports;
  ``lifespan.py``: an ASGI app's shared lifespan.
"""

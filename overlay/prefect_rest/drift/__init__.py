"""The drift check: does a Prefect server still speak the API this client was generated for?

    prefect-rest drift --url http://127.0.0.1:4200/api      # a running server
    prefect-rest drift --spec other-openapi.json             # a document in a file

Modules: ``load`` (read a document; the baseline the client was generated
from ships as ``openapi.json`` here), ``normalize`` (the generator's input, the
same steps for both documents), ``schemas`` and ``compare`` (the rules),
``facade`` (which client methods call which operations), ``report`` and
``render`` (the result and its text, markdown and JSON forms), ``accept``
(reviewed change ids), ``skew`` (errors for operations a server lacks),
``cli`` (the command line).  Rules and exit codes: docs/drift.md.
"""

from __future__ import annotations

#: Exit codes of ``prefect-rest drift``: no drift, compatible changes or notes only,
#: breaking changes, a document (or the accept file) could not be read, a usage error
#: (64, ``EX_USAGE`` of sysexits.h: never 1 or 2, which mean drift).
EXIT_NONE, EXIT_COMPATIBLE, EXIT_BREAKING, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2, 3, 64

__all__ = ["EXIT_BREAKING", "EXIT_COMPATIBLE", "EXIT_NONE", "EXIT_UNREADABLE", "EXIT_USAGE"]

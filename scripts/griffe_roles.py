"""Sphinx roles in docstrings (``:class:`~a.b.C```) as Markdown code (`` `C` ``).

The code's docstrings use a few Sphinx roles; the site is Markdown. ``plain_roles``
rewrites them for the pages ``docs_pages.py`` writes, and ``SphinxRoles`` is a
griffe extension (``mkdocs.yml``) that does the same for mkdocstrings' pages.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|data|attr|exc|mod|obj):`~?(?:[\w.]*\.)?(\w+)`")


def plain_roles(text: str) -> str:
    """``text`` with each Sphinx role written as inline code of the last name."""
    return _ROLE.sub(r"`\1`", text)


class SphinxRoles(griffe.Extension):
    """Rewrite the roles of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(obj.docstring.value)

"""Read a ``.env`` file as python-dotenv's ``dotenv_values`` does (what Prefect reads).

The format: ``KEY=value`` lines, an optional ``export`` before the key, ``#``
comments (whole lines, or after whitespace following an unquoted value), values
in single quotes (literal but for ``\\'`` and ``\\\\``) or double quotes (with the
usual backslash escapes; both may span lines), unquoted values stripped, a key
without ``=`` meaning "no value" (None), and ``${NAME}`` / ``${NAME:-default}``
replaced by an earlier line of the file or the environment (the file wins).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from pathlib import Path

_WHITESPACE = re.compile(r"\s*", re.MULTILINE)
_EXPORT = re.compile(r"(?:export[^\S\r\n]+)?")
_QUOTED_KEY = re.compile(r"'([^']+)'")
_KEY = re.compile(r"([^=#\s]+)")
_BLANK = re.compile(r"[^\S\r\n]*")
_EQUALS = re.compile(r"=[^\S\r\n]*")
_SINGLE = re.compile(r"'((?:\\.|[^'\\])*)'", re.DOTALL)
_DOUBLE = re.compile(r'"((?:\\.|[^"\\])*)"', re.DOTALL)
_UNQUOTED = re.compile(r"[^\r\n]*")
_COMMENT = re.compile(r"(?:[^\S\r\n]*#[^\r\n]*)?")
_LINE_END = re.compile(r"[^\S\r\n]*(?:\r\n|\n|\r|$)")
_REST = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")
_DOUBLE_ESCAPES = re.compile(r"\\[\\'\"abfnrtv]")
_SINGLE_ESCAPES = re.compile(r"\\[\\']")
_VARIABLE = re.compile(r"\$\{(?P<name>[^}:]*)(?::-(?P<default>[^}]*))?\}")


class _Malformed(Exception):
    """A line the format does not allow (skipped, as python-dotenv skips it)."""


def _unescape(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: codecs.decode(m.group(0), "unicode-escape"), text)


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos : self.pos + 1]

    def take(self, pattern: re.Pattern[str]) -> re.Match[str]:
        match = pattern.match(self.text, self.pos)
        if match is None:
            raise _Malformed
        self.pos = match.end()
        return match

    def value(self) -> str:
        first = self.peek()
        if first == "'":
            return _unescape(_SINGLE_ESCAPES, self.take(_SINGLE).group(1))
        if first == '"':
            return _unescape(_DOUBLE_ESCAPES, self.take(_DOUBLE).group(1))
        if first in ("", "\n", "\r"):
            return ""
        raw = self.take(_UNQUOTED).group(0)
        return re.sub(r"\s+#.*", "", raw).rstrip()

    def binding(self) -> tuple[str, str | None] | None:
        """The next ``(key, value)``; None for a comment, a blank or a malformed line."""
        start = self.pos
        try:
            self.take(_WHITESPACE)
            if self.pos >= len(self.text):
                return None
            self.take(_EXPORT)
            if self.peek() == "#":
                key = None
            elif self.peek() == "'":
                key = self.take(_QUOTED_KEY).group(1)
            else:
                key = self.take(_KEY).group(1)
            self.take(_BLANK)
            value: str | None = None
            if self.peek() == "=":
                equals = self.take(_EQUALS).group(0)
                value = "" if len(equals) > 1 and self.peek() == "#" else self.value()
            self.take(_COMMENT)
            self.take(_LINE_END)
        except _Malformed:
            self.pos = start
            self.take(_WHITESPACE)
            self.take(_REST)
            return None
        return None if key is None else (key, value)


def parse(text: str, environ: Mapping[str, str]) -> dict[str, str | None]:
    """The variables of a ``.env`` text, with ``${NAME}`` replaced."""
    values: dict[str, str | None] = {}
    reader = _Reader(text)
    while reader.pos < len(reader.text):
        before = reader.pos
        found = reader.binding()
        if found is not None:
            key, value = found
            values[key] = None if value is None else _interpolate(value, environ, values)
        if reader.pos == before:  # never loop on input the grammar cannot consume
            break
    return values


def _interpolate(value: str, environ: Mapping[str, str], earlier: dict[str, str | None]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        if name in earlier:
            return earlier[name] or ""
        return environ.get(name, match.group("default") or "")

    return _VARIABLE.sub(replace, value)


def read(path: Path, environ: Mapping[str, str]) -> dict[str, str | None]:
    """The variables of the ``.env`` file at ``path`` (UTF-8)."""
    return parse(path.read_text(encoding="utf-8"), environ)

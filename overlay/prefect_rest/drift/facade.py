"""Which facade methods call which generated operations.

The drift report names, for each breaking change, the facade methods that
reach it: a method uses an operation when its body mentions
``ops.<tag>.<operation>`` (``ops`` being ``prefect_rest_api.api``).  The scan
reads the facade's source (``ast``), so it works on an installed package too.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from pathlib import Path

#: The installed facade package (``prefect_rest``).
PACKAGE = Path(__file__).resolve().parent.parent

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def snake_case(value: str) -> str:
    """The module name openapi-python-client gives a tag or an operation."""
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    leading_underscore = value.startswith("_")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    words = re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)
    name = "_".join(words).lower()
    if name in _RESERVED or keyword.iskeyword(name):
        name += "_"
    if not name.isidentifier() or leading_underscore:
        name = "tag" + name
    return name


#: Module the facade imports the generated endpoints from.
OPS_MODULE = "prefect_rest_api.api"


def _ops_aliases(tree: ast.Module) -> set[str]:
    aliases = {"ops"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases |= {a.asname for a in node.names if a.name == OPS_MODULE and a.asname}
        elif isinstance(node, ast.ImportFrom) and node.module == "prefect_rest_api":
            aliases |= {a.asname or a.name for a in node.names if a.name == "api"}
    return aliases


def scan_facade(package: Path) -> dict[tuple[str, str], list[str]]:
    """``(tag_module, operation_module)`` -> facade functions that use it.

    A function uses an operation when its body contains ``ops.<tag>.<op>``
    (``ops`` being ``prefect_rest_api.api``); names read ``Class.method``
    (``module.function`` outside classes).
    """
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        aliases = _ops_aliases(tree)
        _scan_node(tree, [], path.stem, aliases, found)
    return {key: sorted(names) for key, names in sorted(found.items())}


def _scan_node(
    node: ast.AST,
    scope: list[str],
    module: str,
    aliases: set[str],
    found: dict[tuple[str, str], set[str]],
) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _scan_node(child, [*scope, child.name], module, aliases, found)
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            qualname = ".".join([*scope, child.name]) if scope else f"{module}.{child.name}"
            for sub in ast.walk(child):
                if (
                    isinstance(sub, ast.Attribute)
                    and isinstance(sub.value, ast.Attribute)
                    and isinstance(sub.value.value, ast.Name)
                    and sub.value.value.id in aliases
                ):
                    found.setdefault((sub.value.attr, sub.attr), set()).add(qualname)
        else:
            _scan_node(child, scope, module, aliases, found)

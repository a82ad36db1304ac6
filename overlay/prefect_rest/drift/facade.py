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


#: Private methods every request goes through (sending, the CSRF token, the release
#: lookup for an error): not followed, so the operations they call themselves
#: (``GET /admin/version``, ``GET /csrf-token``) are not attributed to every method.
TRANSPORT = frozenset(
    {"_request", "_send", "_error", "_add_csrf", "_fetch_csrf_token", "_server_release"}
)


#: ``client.api``: one generated method per operation (``scripts/make_api.py``), named
#: after it; not client methods, so left out of what a change is traced to.
TYPED_OPERATIONS = "api.py"


def scan_facade(package: Path) -> dict[tuple[str, str], list[str]]:
    """``(tag_module, operation_module)`` -> the client methods that use it.

    A function uses an operation when its body contains ``ops.<tag>.<op>``
    (``ops`` being ``prefect_rest_api.api``), or calls a private method
    (``self._send_x(...)``) that does.  Names are those a user calls: a method
    of a mixin reads as the public client class that has it
    (``PrefectClient.read_flow_runs``, ``SyncPrefectClient.read_flow_runs``);
    private methods are not named; functions outside classes read
    ``module.function``.
    """
    scan = _Scan()
    for path in sorted(package.rglob("*.py")):
        if path.name == TYPED_OPERATIONS:
            continue
        try:
            tree = ast.parse(path.read_text(), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        scan.node(tree, [], path.stem, _ops_aliases(tree))
    return scan.public()


class _Scan:
    """What the files say: operations and private calls per function, class bases."""

    def __init__(self) -> None:
        self.ops: dict[str, set[tuple[str, str]]] = {}
        self.calls: dict[str, set[str]] = {}
        self.bases: dict[str, list[str]] = {}

    def node(self, node: ast.AST, scope: list[str], module: str, aliases: set[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self.bases[child.name] = [b.id for b in child.bases if isinstance(b, ast.Name)]
                self.node(child, [*scope, child.name], module, aliases)
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                qualname = ".".join([*scope, child.name]) if scope else f"{module}.{child.name}"
                ops = self.ops.setdefault(qualname, set())
                calls = self.calls.setdefault(qualname, set())
                for sub in ast.walk(child):
                    if not isinstance(sub, ast.Attribute) or not isinstance(sub.value, ast.Name):
                        if (
                            isinstance(sub, ast.Attribute)
                            and isinstance(sub.value, ast.Attribute)
                            and isinstance(sub.value.value, ast.Name)
                            and sub.value.value.id in aliases
                        ):
                            ops.add((sub.value.attr, sub.attr))
                        continue
                    if sub.value.id == "self" and sub.attr.startswith("_"):
                        calls.add(sub.attr)
            else:
                self.node(child, scope, module, aliases)

    def _through_private_calls(self) -> dict[str, set[tuple[str, str]]]:
        """Each function's operations, with those of the private methods it calls."""
        by_name: dict[str, list[str]] = {}
        for qualname in self.ops:
            owner, _, name = qualname.rpartition(".")
            if name.startswith("_") and owner in self.bases:
                by_name.setdefault(name, []).append(qualname)
        total = {q: set(ops) for q, ops in self.ops.items()}
        changed = True
        while changed:  # each round follows one more private call; ops only grow
            changed = False
            for qualname, calls in self.calls.items():
                for call in calls - TRANSPORT:
                    for callee in by_name.get(call, ()):
                        if not total[callee] <= total[qualname]:
                            total[qualname] |= total[callee]
                            changed = True
        return total

    def _clients(self, cls: str) -> list[str]:
        """The public classes that have ``cls`` among their ancestors (or are it)."""
        subclassed = {b for bases in self.bases.values() for b in bases}
        leaves = [c for c in self.bases if c not in subclassed and not c.startswith("_")]

        def ancestors(name: str, seen: set[str]) -> set[str]:
            for base in self.bases.get(name, []):
                if base not in seen:
                    seen.add(base)
                    ancestors(base, seen)
            return seen

        return sorted(leaf for leaf in leaves if cls == leaf or cls in ancestors(leaf, set()))

    def public(self) -> dict[tuple[str, str], list[str]]:
        found: dict[tuple[str, str], set[str]] = {}
        for qualname, ops in self._through_private_calls().items():
            owner, _, name = qualname.rpartition(".")
            if name.startswith("_") or not ops:
                continue
            names = [f"{c}.{name}" for c in self._clients(owner)] if owner in self.bases else []
            for key in ops:
                found.setdefault(key, set()).update(names or [qualname])
        return {key: sorted(names) for key, names in sorted(found.items())}

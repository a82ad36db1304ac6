"""The public client methods and the generated operations each one reaches.

A method reaches the operations its body names (``ops.<tag>.<operation>``, as
``facade.scan_facade`` finds them) and those of the client methods it calls on
``self`` (``create_flow`` calls ``create_flow_from_name``), so a change to an
operation is traced to every public method a user calls.  Read statically
(``ast``) from the async facade, whose sync twin has the same methods.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .facade import PACKAGE, TRANSPORT, TYPED_OPERATIONS, scan_facade

#: The client classes users call; the sync twin has the same methods.
CLIENTS = ("PrefectClient", "SyncPrefectClient")


def _self_calls(function: ast.AST) -> set[str]:
    """Names of the ``self.<name>`` attributes a function's body uses."""
    return {
        node.attr
        for node in ast.walk(function)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    }


def _is_property(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(
        (isinstance(d, ast.Name) and d.id == "property") or isinstance(d, ast.Attribute)
        for d in function.decorator_list
    )


def _functions(async_dir: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every method defined in a class of the async facade, by name."""
    found: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for path in sorted(async_dir.glob("*.py")):
        if path.name == TYPED_OPERATIONS:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.setdefault(fn.name, fn)
    return found


def public_methods(package: Path = PACKAGE) -> list[str]:
    """The public methods of ``PrefectClient`` (properties excluded), sorted."""
    return sorted(
        name
        for name, fn in _functions(package / "_async").items()
        if not name.startswith("_") and not _is_property(fn)
    )


def method_operations(package: Path = PACKAGE) -> dict[str, set[tuple[str, str]]]:
    """Public method name -> the ``(tag, operation)`` modules it reaches, directly or not."""
    functions = _functions(package / "_async")
    direct: dict[str, set[tuple[str, str]]] = {name: set() for name in functions}
    for module, users in scan_facade(package / "_async").items():
        for qualname in users:
            direct.setdefault(qualname.rsplit(".", 1)[-1], set()).add(module)
    calls = {name: _self_calls(fn) & functions.keys() for name, fn in functions.items()}

    def reach(name: str, seen: set[str]) -> set[tuple[str, str]]:
        seen.add(name)
        out = set(direct.get(name, ()))
        for callee in calls.get(name, ()):
            if callee not in seen and not callee.startswith("__"):
                out |= reach(callee, seen)
        return out

    return {name: reach(name, set(TRANSPORT)) for name in public_methods(package)}


def removed_methods(package: Path = PACKAGE) -> list[str]:
    """Public methods whose whole body raises ``EndpointRemoved`` (no release serves them)."""
    found = []
    for name, fn in _functions(package / "_async").items():
        body = [
            stmt
            for stmt in fn.body
            if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))
        ]
        if (
            not name.startswith("_")
            and len(body) == 1
            and isinstance(body[0], ast.Raise)
            and isinstance(body[0].exc, ast.Call)
            and getattr(body[0].exc.func, "id", "") == "EndpointRemoved"
        ):
            found.append(name)
    return sorted(found)


def operation_methods(package: Path = PACKAGE) -> dict[tuple[str, str], list[str]]:
    """``(tag, operation)`` module -> the public methods that reach it, sorted."""
    out: dict[tuple[str, str], set[str]] = {}
    for name, modules in method_operations(package).items():
        for module in modules:
            out.setdefault(module, set()).add(name)
    return {key: sorted(names) for key, names in sorted(out.items())}

"""Derive the sync client (``overlay/prefect_rest/_sync``) from the async source.

    python scripts/make_sync.py          # rewrite _sync/
    python scripts/make_sync.py --check  # exit 1 if _sync/ is not what _async/ gives

The async code in ``_async/`` is the one source; this removes ``async``/``await``
and renames the few names whose sync forms differ (the way httpcore keeps its
sync code).  The token rewriting is the ``unasync`` library's.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "overlay" / "prefect_rest"
#: Each async source directory and the sync directory derived from it.
PAIRS = (
    (PACKAGE / "_async", PACKAGE / "_sync"),
    (PACKAGE / "transport" / "_async", PACKAGE / "transport" / "_sync"),
)

#: Async names and their sync forms (beyond unasync's own ``__aenter__`` & co).
REPLACEMENTS = {
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncClientBase": "SyncClientBase",
    "AsyncSender": "SyncSender",
    "_async": "_sync",
    "PrefectClient": "SyncPrefectClient",
    "aclose": "close",
    "asyncio_detailed": "sync_detailed",
    "async_sleep": "sync_sleep",
    "async_current_loop": "sync_current_loop",
    "async_lock": "sync_lock",
    "async_network": "sync_network",
    "async_app": "sync_app",
    "async_ephemeral": "sync_ephemeral",
}

HEADER = "# Derived from ../_async by scripts/make_sync.py: edit the async source, not this file.\n"


def build(source: Path, target: Path) -> None:
    """Write the sync package for the async ``source`` into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "_async"
        dst = Path(tmp) / "_sync"
        src.mkdir()
        for path in sorted(source.glob("*.py")):
            (src / path.name).write_text(path.read_text())
        rule = unasync.Rule(str(src) + "/", str(dst) + "/", additional_replacements=REPLACEMENTS)
        unasync.unasync_files([str(p) for p in sorted(src.glob("*.py"))], [rule])
        for path in sorted(dst.glob("*.py")):
            text = path.read_text().replace("`async with`", "`with`")
            (target / path.name).write_text(HEADER + text)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        stale = [name for source, target in PAIRS for name in _stale(source, target)]
        if stale:
            print(f"_sync is stale: {', '.join(stale)}; run python scripts/make_sync.py")
            return 1
        print("_sync matches _async")
        return 0
    for source, target in PAIRS:
        build(source, target)
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


def _stale(source: Path, target: Path) -> list[str]:
    """The files of ``target`` that differ from what ``source`` gives (a diff printed)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_sync"
        build(source, fresh)
        stale = []
        names = {p.name for p in fresh.glob("*.py")} | {p.name for p in target.glob("*.py")}
        for name in sorted(names):
            a = (target / name).read_text() if (target / name).exists() else ""
            b = (fresh / name).read_text() if (fresh / name).exists() else ""
            if a != b:
                label = str((target / name).relative_to(ROOT))
                stale.append(label)
                diff = difflib.unified_diff(a.splitlines(True), b.splitlines(True), label)
                sys.stdout.writelines(list(diff)[:40])
        return stale


if __name__ == "__main__":
    sys.exit(main())

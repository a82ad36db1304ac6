"""``prefect-rest``: the command line of the installed package.

    prefect-rest drift --url URL | --spec FILE | --installed-server
                       [--format text|json|markdown] [--accept FILE]
                       [--committed FILE] [--facade DIR] [--timeout SECONDS]
    prefect-rest version
    prefect-rest compat [--release X] [--format text|json]

Exit codes of ``drift``: 0 no drift, 1 compatible changes or notes only,
2 breaking changes, 3 a document or the accept file could not be read (or
the comparison failed: an unexpected error never reads as 1 or 2), 64 a usage
error (a wrong or missing option).  ``version`` exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

from . import EXIT_UNREADABLE, EXIT_USAGE
from .load import BASELINE, FetchError, fetch, from_file, from_installed_server


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on exit code 64 (argparse's 2 means breaking drift)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _seconds(text: str) -> float:
    """A positive, finite number of seconds (argparse turns the error into exit 64)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text}")
    return value


def parser() -> argparse.ArgumentParser:
    """The ``prefect-rest`` argument parser."""
    top = _Parser(prog="prefect-rest", description="prefect-rest: drift check and version.")
    commands = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    drift = commands.add_parser(
        "drift",
        help="compare the client's API document with a server's",
        description=(
            "Compare the document this client was generated from with a server's. "
            "Exit 0 no drift, 1 compatible changes or notes only, 2 breaking changes, "
            "3 a document could not be read, 64 usage error."
        ),
    )
    source = drift.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--url", help="API root of a running server, e.g. http://127.0.0.1:4200/api"
    )
    source.add_argument("--spec", help="an OpenAPI document in a file")
    source.add_argument(
        "--installed-server",
        action="store_true",
        help="the document of the installed prefect server package",
    )
    drift.add_argument(
        "--committed",
        "--baseline",
        default=str(BASELINE),
        help="the client's document (default: the one this package was generated from)",
    )
    drift.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    drift.add_argument("--accept", help="a file of reviewed change ids, reported as notes")
    drift.add_argument(
        "--facade",
        default=str(Path(__file__).resolve().parent.parent),
        help="the client package whose methods the report names (default: this one)",
    )
    drift.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        help="seconds for the whole fetch with --url (default 30: a server builds its "
        "document on the first request, 12 s on a loaded 2-core machine)",
    )
    commands.add_parser("version", help="client version and the Prefect release it was built for")
    add_compat_parser(commands)
    return top


def add_compat_parser(commands: Any) -> None:
    """``prefect-rest compat``: the compatibility matrix (``compat.py``)."""
    compat = commands.add_parser(
        "compat",
        help="which Prefect server releases each client method works with",
        description="The compatibility matrix of the client methods and Prefect releases.",
    )
    compat.add_argument("--release", help="one release (3.4.25, or a minor: 3.4)")
    compat.add_argument("--format", choices=("text", "json"), default="text")


def run_compat(args: argparse.Namespace) -> int:
    """Print the matrix, or one release's column with the changes; 0, or 64 for a bad release."""
    from .compat import Matrix, render_release, render_table

    matrix = Matrix.load()
    if args.release is None:
        if args.format == "json":
            sys.stdout.write(json.dumps(matrix.data, indent=2) + "\n")
        else:
            sys.stdout.write(render_table(matrix))
        return 0
    try:
        release = matrix.resolve_release(args.release)
    except ValueError as exc:
        print(f"compat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        data = {
            m: {"status": matrix.status(m, release), "changes": matrix.changes(m, release)}
            for m in matrix.methods
        }
        sys.stdout.write(json.dumps({"release": release, "methods": data}, indent=2) + "\n")
    else:
        sys.stdout.write(render_release(matrix, release))
    return 0


def version_info() -> dict[str, str]:
    """This client's version and the Prefect release and API version it was generated for."""
    from importlib.metadata import PackageNotFoundError, version

    from ..settings import API_VERSION

    try:
        client = version("prefect-rest")
    except PackageNotFoundError:  # a checkout on sys.path, not installed
        client = "unknown (not installed)"
    try:
        release = str(from_file(BASELINE).get("info", {}).get("version", "?"))
    except FetchError:
        release = "? (the baseline document is missing)"
    return {"client": client, "prefect": release, "api_version": API_VERSION}


def run_drift(args: argparse.Namespace) -> int:
    """Read both documents, compare them, print the report; the exit code."""
    from ..settings import redact_url
    from .accept import read_accept_file
    from .facade import scan_facade
    from .normalize import NormalizeError, prepare
    from .render import render_text, what_to_do
    from .report import build_report
    from .schemas import Spec

    started = time.perf_counter()
    try:
        accepted = read_accept_file(args.accept) if args.accept else []
        committed_path = Path(args.committed)
        committed_doc = from_file(committed_path)
        release: str | None = None
        if args.url:
            label = redact_url(args.url)
            other_doc, release = fetch(args.url, timeout=args.timeout)
        elif args.spec:
            other_doc, label = from_file(args.spec), str(args.spec)
        else:
            other_doc, label = from_installed_server(), "the installed server"
            release = str(other_doc.get("info", {}).get("version"))
        specs = []
        for doc, name, known in (
            (committed_doc, committed_path.name, None),
            (other_doc, label, release),
        ):
            try:
                specs.append(Spec(prepare(doc), name, known))
            except NormalizeError as exc:
                raise FetchError(f"{name} cannot be normalized: {exc}") from exc
    except FetchError as exc:
        print(f"drift: {_first_line(exc)}", file=sys.stderr)
        print(f"drift: what to do: {_unreadable_hint(args)}", file=sys.stderr)
        return EXIT_UNREADABLE
    facade_dir = Path(args.facade)
    facade = scan_facade(facade_dir) if facade_dir.is_dir() else None
    report = build_report(specs[0], specs[1], facade)
    if args.url:  # the websocket routes are not in the document: check them live
        from .websockets import add_websocket_checks

        add_websocket_checks(report, args.url, args.timeout)
    report.accept(accepted)
    if args.format == "json":
        data: dict[str, Any] = report.to_json()
        data["what_to_do"] = what_to_do(report)
        data["seconds"] = round(time.perf_counter() - started, 3)
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(report, markdown=args.format == "markdown"))
    return report.exit_code


def main(argv: list[str] | None = None) -> int:
    """Run ``prefect-rest``; returns the exit code."""
    args = parser().parse_args(argv)
    if args.command == "version":
        info = version_info()
        print(f"prefect-rest {info['client']}")
        print(f"generated for Prefect {info['prefect']} (API version {info['api_version']})")
        return 0
    if args.command == "compat":
        return run_compat(args)
    try:
        return run_drift(args)
    except Exception as exc:  # never let a failure read as 1 ("compatible")
        print(f"drift: cannot compare: {type(exc).__name__}: {_first_line(exc)}", file=sys.stderr)
        return EXIT_UNREADABLE


def _unreadable_hint(args: argparse.Namespace) -> str:
    """The next step when nothing could be compared (exit 3)."""
    if args.url:
        return (
            "nothing was compared; check that the URL is the API root (ending in /api) and "
            "the server answers, and for 401/403 set PREFECT_API_KEY or PREFECT_API_AUTH_STRING "
            "(environment, .env, prefect.toml or the active profile), then run again"
        )
    return (
        "nothing was compared; give the server's OpenAPI document (GET <API root>/openapi.json) "
        "and a readable --accept file (it may be empty), then run again"
    )


def _first_line(exc: BaseException) -> str:
    """The first line of an error, without ``user:password@`` and without repr quotes."""
    from ..settings import redact_url

    text = redact_url(str(exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def entry_point() -> NoReturn:
    """The ``prefect-rest`` console script."""
    sys.exit(main())

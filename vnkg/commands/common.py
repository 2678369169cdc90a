"""What every command shares: options, opening the store, printing rows, exit codes.

Nothing heavy is imported at module level: `vnkg --help` must stay fast.
"""
from __future__ import annotations

import csv
import json
import sys

import click

EXIT_OK, EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING = 0, 1, 2, 3

store_option = click.option(
    "--store", "store_path", default=None, metavar="DIR", show_default=False,
    help="Store folder (default ./vnkg-store, or $VNKG_STORE).")

format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
    help="How to print the rows.")


def neo4j_options(f):
    f = click.option("--database", default=None, help="Neo4j database (default: the server's default).")(f)
    f = click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="Password (or $NEO4J_PASSWORD).")(f)
    f = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="User (or $NEO4J_USER).")(f)
    f = click.option("--neo4j", "neo4j_uri", envvar="VNKG_NEO4J_URI", default=None, metavar="URI",
                     help="Run the Cypher version over Bolt at URI (bolt://host:7687) instead of SPARQL.")(f)
    return f


def driver(uri, user, password):
    """A Neo4j driver; a malformed address is a usage error (exit 2), not a traceback."""
    from neo4j import GraphDatabase

    from neo4j.exceptions import ConfigurationError

    try:
        return GraphDatabase.driver(uri, auth=(user, password or ""), connection_timeout=15)
    except (ValueError, ConfigurationError) as err:
        fail(f"not a Bolt address: {shown(uri)!r} ({str(err).split('. ')[0]}); "
             "use bolt://host:7687 or neo4j://host:7687", EXIT_USAGE)


def neo4j_failure(err: BaseException, uri: str | None, user: str | None = None) -> tuple[str, int] | None:
    """(one line, exit code) for a Neo4j/Bolt error, or None when `err` is not one.

    Unreachable server and refused login exit 3 (nothing could be read); a malformed address, a missing
    database or a query the server refuses exit 2. `vnkg cypher` and `vnkg ask --neo4j` both use it.
    """
    from neo4j.exceptions import (AuthError, ClientError, ConfigurationError, DatabaseUnavailable,
                                  ServiceUnavailable, SessionExpired)

    where = shown(uri) if uri else "the Cypher server"
    if isinstance(err, AuthError):
        return f"{where} refused the login of user {user!r}: wrong user or password (--user, --password)", EXIT_NOTHING
    if isinstance(err, (ServiceUnavailable, SessionExpired, DatabaseUnavailable)):
        return f"cannot reach {where}: is the server running and the address right?", EXIT_NOTHING
    if isinstance(err, ConfigurationError):
        return f"{where}: {err}", EXIT_USAGE
    if isinstance(err, ClientError):
        if "DatabaseNotFound" in (err.code or ""):
            return f"{where} has no such database ({err.message})", EXIT_USAGE
        return f"{where} refused the query: {err.message}", EXIT_USAGE
    if isinstance(err, OSError):
        return f"cannot reach {where}: {err.strerror or err}", EXIT_NOTHING
    return None


class neo4j_errors:
    """``with neo4j_errors(uri, user): ...``: a Neo4j error becomes one line on stderr and its exit code."""

    def __init__(self, uri: str | None, user: str | None = None):
        self.uri, self.user = uri, user

    def __enter__(self):
        return self

    def __exit__(self, kind, err, tb):
        if err is None:
            return False
        failure = neo4j_failure(err, self.uri, self.user)
        if failure is None:
            return False
        fail(*failure)


def open_store(path: str | None, write: bool = False):
    """The store at `path` (or $VNKG_STORE, or ./vnkg-store).

    Reading (the default) opens a read-only snapshot, so it works while a build holds the store; a
    folder that is not a store is refused (exit 3), never silently created empty. Writing creates it.
    Problems are one line on stderr and an exit code, not a traceback.
    """
    import os
    from pathlib import Path

    from vnkg.graph.store import Store, default_path

    where = Path(path or default_path())
    named = shown(where)
    if where.exists() and not where.is_dir():
        fail(f"{named} is a file, not a store folder (--store DIR)", EXIT_USAGE)
    if not write:
        if not where.exists():
            fail(f"no store at {named}: build one first (vnkg build CORPUS --store {named}) "
                 "or give --store DIR", EXIT_NOTHING)
        if not (where / "rdf" / "CURRENT").is_file():
            fail(f"{named} is not a vnkg store (it has no rdf/ inside)", EXIT_NOTHING)
        if not os.access(where / "rdf", os.R_OK | os.X_OK):
            fail(f"cannot read the store {named}: permission denied", EXIT_NOTHING)
    if not write:
        return _open_snapshot(Store, where, named)
    try:
        return Store(where)
    except OSError as err:
        text = str(err)
        if "lock" in text.lower():
            fail(f"the store {named} is in use by another vnkg process (a build?); try again when it ends",
                 EXIT_NOTHING)
        fail(f"cannot open the store {named}: {text.splitlines()[0] if text else err!r}", EXIT_NOTHING)


def _open_snapshot(Store, where, named: str):
    """A read-only snapshot (Store retries the race with a build that merges files away); a failure is
    one line."""
    try:
        return Store(where, read_only=True)
    except (OSError, RuntimeError) as err:
        text = str(err)
        fail(f"cannot open the store {named}: {text.splitlines()[0] if text else repr(err)}", EXIT_NOTHING)


def shown(value) -> str:
    """A path or argument as text that can be printed, whatever bytes it was given in."""
    import os

    text = os.fsdecode(value) if isinstance(value, (bytes, os.PathLike)) else str(value)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def text_option(name: str, value: str | None) -> str | None:
    """A text option as given, refused (exit 2) when the shell passed bytes that are not UTF-8."""
    if value is not None and any("\udc80" <= c <= "\udcff" for c in value):
        bad = next(c for c in value if "\udc80" <= c <= "\udcff")
        fail(f"{name} is not UTF-8 text (byte 0x{ord(bad) - 0xdc00:02x}); give it in UTF-8", EXIT_USAGE)
    return value


def fail(message: str, code: int) -> None:
    """One line on stderr, then exit with `code` (see EXIT_* and the README)."""
    click.echo(f"vnkg: {message}", err=True)
    sys.exit(code)


def emit(columns: list[str], rows: list[dict], fmt: str, out=None) -> None:
    """Print rows as an aligned table, JSON (a list of objects) or CSV with a header."""
    out = out or sys.stdout
    if fmt == "json":  # one JSON array, a row object a line, written as it goes (the C encoder: fast)
        out.write("[")
        for i, row in enumerate(rows):
            out.write(("\n" if i == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
        out.write("\n]\n" if rows else "]\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows])
        return
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def emit_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    emit(list(rows[0].keys()) if rows else columns, rows, fmt)


def problem(item) -> None:
    click.echo(f"vnkg: {item}", err=True)

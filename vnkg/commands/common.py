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
    from neo4j import GraphDatabase

    return GraphDatabase.driver(uri, auth=(user, password or ""))


def open_store(path: str | None):
    from vnkg.graph.store import Store, default_path

    return Store(path or default_path())


def emit(columns: list[str], rows: list[dict], fmt: str, out=None) -> None:
    """Print rows as an aligned table, JSON (a list of objects) or CSV with a header."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
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

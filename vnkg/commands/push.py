"""`vnkg push neo4j`: copy the graph into a Neo4j server."""
from __future__ import annotations

import sys

import click

from .common import driver, open_store, store_option


@click.group()
def push() -> None:
    """Copy the graph into another database."""


@push.command("neo4j")
@click.option("--uri", required=True, envvar="VNKG_NEO4J_URI", help="Bolt URI, e.g. bolt://localhost:7687.")
@click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True)
@click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Password (or $NEO4J_PASSWORD).")
@click.option("--database", default=None, help="Database (default: the server's default).")
@click.option("--batch-size", default=5000, show_default=True, help="Rows per UNWIND batch (one transaction).")
@store_option
def push_neo4j(uri, user, password, database, batch_size, store_path):
    """MERGE every node and relationship into Neo4j over Bolt (official driver).

    Uniqueness constraints first, then batched UNWIND ... MERGE in retried
    transactions; pushing twice creates nothing new.
    """
    from tqdm import tqdm

    from vnkg.graph.neo4j import push as push_graph
    from vnkg.graph.property import property_graph

    with open_store(store_path) as store:
        pg = property_graph(store)
    total = len(pg.nodes) + len(pg.rels)
    with driver(uri, user, password) as drv, tqdm(total=total, disable=not sys.stderr.isatty(),
                                                  unit=" rows", leave=False) as bar:
        counts = push_graph(pg, drv, database, batch_size, progress=bar.update)
    click.echo(f"{counts.get('nodes_created', 0)} nodes and {counts.get('relationships_created', 0)} "
               f"relationships created ({counts['nodes']} nodes, {counts['relationships']} relationships in the graph)",
               err=True)

"""`vnkg sparql` and `vnkg cypher`: free queries over the store (or a Neo4j server)."""
from __future__ import annotations

import click

from .common import driver, emit, format_option, neo4j_options, open_store, store_option


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@store_option
@neo4j_options
@format_option
def cypher(query, query_file, store_path, neo4j_uri, user, password, database, fmt):
    """Run a Cypher query (Neo4j dialect).

    With --neo4j URI it runs on that server over Bolt. Without it, vnkg starts a
    local ArcadeDB server from the installed arcadedb-embedded wheel (pip install
    'vnkg[cypher]') over the store's own Cypher copy in STORE/cypher (loaded once,
    reloaded only when the store changed) and stops it afterwards.
    """
    if bool(query) == bool(query_file):
        raise click.UsageError("give a QUERY or -f FILE (one of them)")
    text = query_file.read() if query_file else query
    from neo4j.exceptions import ClientError, CypherSyntaxError

    from vnkg.graph.cypher import run, sync_local

    try:
        if neo4j_uri:
            with driver(neo4j_uri, user, password) as drv:
                cols, rows = run(drv, text, database=database)
        else:
            from pathlib import Path

            from vnkg.graph.arcadedb import LocalArcadeDB

            with open_store(store_path) as store:
                with LocalArcadeDB(Path(store.path) / "cypher") as server:
                    if sync_local(store, server):
                        click.echo("loaded the store into the local Cypher copy", err=True)
                    cols, rows = run(server.driver(), text, database=server.database)
    except (CypherSyntaxError, ClientError) as err:
        raise click.UsageError(f"bad query: {err.message}") from err
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    emit(cols, rows, fmt)


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@store_option
@format_option
def sparql(query, query_file, store_path, fmt):
    """Run a SPARQL SELECT over the store (all article graphs as one).

    The prefixes vn: org: foaf: schema: prov: dct: rdfs: xsd: are predefined.
    """
    from vnkg import queries

    if bool(query) == bool(query_file):
        raise click.UsageError("give a QUERY or -f FILE (one of them)")
    text = query_file.read() if query_file else query
    try:
        with open_store(store_path) as store:
            cols, rows = store.select(queries.load("prefixes") + text)
    except (SyntaxError, ValueError) as err:
        raise click.UsageError(f"bad query: {err}") from err
    emit(cols, rows, fmt)

"""`vnkg sparql` and `vnkg cypher`: free queries over the store (or a Neo4j server)."""
from __future__ import annotations

import sys

import click

from .common import EXIT_USAGE, emit, neo4j_failure, neo4j_options, store_option

EXIT_UNREACHABLE = 3  # the server or store could not be read at all

_SPARQL_FORMATS = ["table", "json", "csv", "tsv", "xml", "ttl", "nt", "jsonld"]


def _param_option(f):
    return click.option(
        "--param", "params", multiple=True, metavar="NAME=VALUE",
        help="Bind a parameter the query declares (`# params:` / `// params:` line); repeat for more. "
             "Declared parameters not given are left unbound (null). Values are strings.")(f)


def _parse_params(items) -> dict:
    params = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name:
            raise click.UsageError(f"--param takes NAME=VALUE, not {item!r}")
        params[name] = value
    return params


def _query_text(query, query_file) -> tuple[str, str]:
    """(text, where) — `where` names the file for error messages."""
    if bool(query) == bool(query_file):
        raise click.UsageError("give a QUERY or -f FILE (one of them)")
    if query_file:
        try:
            with open(query_file, encoding="utf-8") as handle:
                return handle.read(), query_file
        except (OSError, UnicodeDecodeError) as err:
            raise click.UsageError(f"{query_file}: cannot read the query: {err}") from err
    return query, "query"


def _usage(message: str) -> None:
    click.echo(f"vnkg: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False), default=None,
              help="Read the query from a file (e.g. queries/chairs.rq).")
@_param_option
@store_option
@click.option("--format", "fmt", type=click.Choice(_SPARQL_FORMATS), default="table", show_default=True,
              help="SELECT/ASK: table, or the standard SPARQL 1.1 results json | csv | tsv | xml. "
                   "CONSTRUCT/DESCRIBE: ttl (also for table), nt, jsonld (also for json), xml (RDF/XML).")
@click.option("--allow-service", is_flag=True, default=False,
              help="Allow SERVICE clauses (federated queries to other endpoints over the network).")
def sparql(query, query_file, params, store_path, fmt, allow_service):
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store.

    All article graphs together are the default graph (GRAPH ?g reaches one article's). The prefixes
    vn: org: foaf: schema: prov: dct: rdfs: xsd: are predeclared; error positions count the lines of
    your own text. A named query file runs as it is:

    \b
      vnkg sparql -f queries/chairs.rq --param in_area="Kỳ Anh" --format json
    """
    from vnkg.graph.sparql import QueryError, run_sparql

    text, where = _query_text(query, query_file)
    try:
        output = run_sparql(store_path, text, _parse_params(params), fmt, allow_service=allow_service)
    except QueryError as err:
        message = str(err)
        if where == "query":
            _usage(f"bad query: {message}")
        _usage(f"{where}:{message}" if message[:1].isdigit() else f"{where}: {message}")
    except FileNotFoundError as err:
        click.echo(f"vnkg: {err}", err=True)
        sys.exit(EXIT_UNREACHABLE)
    if isinstance(output, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        if output and not output.endswith(b"\n"):
            sys.stdout.buffer.write(b"\n")
        sys.stdout.flush()
    else:
        cols, rows = output
        emit(cols, rows, "table")


def light_neo4j() -> None:
    """Keep the neo4j driver's start-up light in a command-line process.

    At import the driver loads numpy, pandas and pyarrow whenever they are installed (over a second),
    only for `Result.to_df()` and array values, which the command line never uses; so, if the driver
    is not loaded yet, it is given a module that says they are absent.
    """
    import types

    if "neo4j" in sys.modules or "neo4j._optional_deps" in sys.modules:
        return
    stub = types.ModuleType("neo4j._optional_deps")
    stub.np = stub.pd = stub.pa = stub.pa_compute = None
    stub.__all__ = ["np", "pa", "pa_compute", "pd"]
    sys.modules["neo4j._optional_deps"] = stub


@click.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False), default=None,
              help="Read the query from a file (e.g. queries/chairs.cypher).")
@_param_option
@store_option
@neo4j_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="How to print the rows (json: nodes, relationships, paths as objects).")
@click.option("--keep-alive", "keep_alive", type=float, default=None, metavar="SECONDS",
              help="How long the local server waits for the next call before it stops "
                   "(default 600; 0 stops it right after this query).")
def cypher(query, query_file, params, store_path, neo4j_uri, user, password, database, fmt, keep_alive):
    """Run a read-only Cypher query (Neo4j dialect).

    With --neo4j URI it runs on that server over Bolt. Without it, on the store's own copy in
    STORE/cypher, served by a local ArcadeDB server from the arcadedb-embedded wheel
    (pip install 'vnkg[cypher]'): the first call starts it and loads the store (seconds); it stays
    up for --keep-alive seconds, so the next calls take well under a second; the copy is reloaded
    only when the store changed. Write clauses (CREATE, MERGE, SET, DELETE, REMOVE) are refused
    (exit 2) and change nothing. A named query file runs as it is:

    \b
      vnkg cypher -f queries/chairs.cypher --param in_area="Kỳ Anh"
    """
    light_neo4j()
    from neo4j.exceptions import ClientError, ConfigurationError, CypherSyntaxError, DriverError, Neo4jError

    from vnkg.graph.cypher import WriteRefused, bind, run, run_local

    text, where = _query_text(query, query_file)
    try:
        bound = bind(text, _parse_params(params), where)
    except KeyError as err:
        _usage(err.args[0])
    try:
        if neo4j_uri:
            from .common import driver

            with driver(neo4j_uri, user, password) as drv:
                cols, rows = run(drv, text, bound, database=database)
        else:
            from pathlib import Path

            from vnkg.graph.store import default_path

            path = Path(store_path or default_path())
            if not (path / "rdf").is_dir():
                click.echo(f"vnkg: no store at {path}: run `vnkg build CORPUS --store {path}` first", err=True)
                sys.exit(EXIT_UNREACHABLE)
            cols, rows = run_local(path, text, bound, idle=keep_alive,
                                   on_load=lambda: click.echo("loaded the store into the local Cypher copy",
                                                              err=True))
    except WriteRefused as err:
        _usage(str(err))
    except ConfigurationError as err:
        _usage(f"--neo4j {neo4j_uri}: {err}")
    except (DriverError, Neo4jError, ValueError, OSError) as err:
        failure = neo4j_failure(err, neo4j_uri, user)  # the one mapping `vnkg ask --neo4j` uses too
        if failure is not None and failure[1] == EXIT_UNREACHABLE:
            click.echo(f"vnkg: {failure[0]}", err=True)
            sys.exit(EXIT_UNREACHABLE)
        if isinstance(err, (CypherSyntaxError, ClientError)):
            _usage(f"bad query: {err.message}")
        raise
    except RuntimeError as err:
        click.echo(f"vnkg: {err}", err=True)
        sys.exit(EXIT_UNREACHABLE)
    if fmt != "json":  # nodes, relationships and paths as one short text each
        from vnkg.graph.cypher import short

        rows = [{k: short(v) for k, v in r.items()} for r in rows]
    emit(cols, rows, fmt)

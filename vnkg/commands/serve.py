"""`vnkg serve`: a SPARQL 1.1 endpoint (and, with --bolt, a Bolt server) over the store."""
from __future__ import annotations

import sys

import click

from .common import store_option

EXIT_UNREACHABLE = 3


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; 0.0.0.0 opens it to the network).")
@click.option("--port", default=7878, show_default=True, help="HTTP port of the SPARQL endpoint.")
@store_option
@click.option("--timeout", "timeout_s", default=60, show_default=True, metavar="SECONDS",
              help="Longest a query may run.")
@click.option("--allow-service", is_flag=True, default=False,
              help="Allow SERVICE clauses (the server would then query other endpoints for its clients).")
@click.option("--bolt", is_flag=True, default=False,
              help="Also serve the store's Cypher copy over Bolt (cypher-shell, the neo4j drivers), "
                   "as the read-only user `reader`.")
@click.option("--bolt-port", default=7687, show_default=True, help="Bolt port (with --bolt).")
@click.option("--verbose", is_flag=True, default=False, help="Log every request on stderr.")
def serve(host, port, store_path, timeout_s, allow_service, bolt, bolt_port, verbose):
    """Serve the store as a SPARQL 1.1 Protocol endpoint until Ctrl-C.

    \b
      http://127.0.0.1:7878/query   GET ?query=... or POST (SPARQL 1.1 Protocol)
      http://127.0.0.1:7878/        the query page (YASGUI, offline), named queries as tabs

    Results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, RDF/XML or JSON-LD, chosen
    by the Accept header. All article graphs together are the default graph. Read-only: no update is
    accepted. It serves a snapshot of the store and renews it when the store changes, so it keeps
    answering while `vnkg build` adds articles (they appear once written).

    SPARQL clients connect to the /query URL: rdflib's SPARQLStore, SPARQLWrapper, YASGUI, Protégé.
    """
    from pathlib import Path

    from vnkg.graph.serve import Endpoint, make_server
    from vnkg.graph.store import default_path

    path = Path(store_path or default_path())
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"vnkg serve: listening on {host}: anyone who can reach this machine can query the store",
                   err=True)
    bolt_root = path / "cypher"

    def sync_bolt(endpoint):
        from vnkg.graph.arcadedb import lock, running
        from vnkg.graph.cypher import _Loaded, sync_local
        from vnkg.graph.store import Store

        warm = running(bolt_root)
        if warm is None:
            return
        with lock(bolt_root):
            loaded = _Loaded(bolt_root, warm)
            try:
                with Store(path, read_only=True) as store:
                    if sync_local(store, loaded, warm.database):
                        click.echo("vnkg serve: reloaded the Cypher copy", err=True)
            finally:
                loaded.close()

    try:
        if bolt:
            from vnkg.graph.arcadedb import lock, stop_warm, touch, warm

            stop_warm(bolt_root)  # one started by `vnkg cypher` listens on another port
            click.echo("vnkg serve: starting the Bolt server (ArcadeDB)...", err=True)
            with lock(bolt_root):
                # kept alive by this process (below); stops by itself 5 minutes after it is gone
                server_info = warm(bolt_root, idle=300, bolt_port=bolt_port, host=host)
        endpoint = Endpoint(path, timeout_s=timeout_s, on_refresh=sync_bolt if bolt else None,
                            on_tick=(lambda: touch(bolt_root)) if bolt else None)
    except FileNotFoundError as err:
        click.echo(f"vnkg: {err}", err=True)
        sys.exit(EXIT_UNREACHABLE)
    except RuntimeError as err:
        click.echo(f"vnkg: {err}", err=True)
        sys.exit(EXIT_UNREACHABLE)
    try:
        httpd = make_server(endpoint, host, port, allow_service=allow_service, verbose=verbose)
    except OSError as err:
        endpoint.close()
        if bolt:
            stop_warm(bolt_root)
        click.echo(f"vnkg: cannot listen on {host}:{port}: {err.strerror or err}", err=True)
        sys.exit(EXIT_UNREACHABLE)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"SPARQL endpoint http://{shown}:{port}/query  ·  query page http://{shown}:{port}/  ·  "
               f"{endpoint.quads} quads from {path}", err=True)
    if bolt:
        click.echo(f"Bolt {server_info.uri}  ·  user reader  ·  password {server_info.reader_password}  "
                   f"(read-only; database {server_info.database})", err=True)
    click.echo("Ctrl-C stops it.", err=True)

    def stop(*_):
        raise KeyboardInterrupt

    import signal

    signal.signal(signal.SIGTERM, stop)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
        endpoint.close()
        if bolt:
            stop_warm(bolt_root)

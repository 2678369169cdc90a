"""`vnkg export`."""
from __future__ import annotations

import sys

import click

from .common import open_store, store_option


@click.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf",
                                                   "neo4j-csv", "ftm"]),
              default="ttl", show_default=True,
              help="RDF serialisation (nq and trig keep one graph per article); the property graph as "
                   "GraphML / GEXF for Gephi and Cytoscape (label = name, type = kind); neo4j-csv: a folder "
                   "of CSVs for neo4j-admin database import (the command is printed); ftm: FollowTheMoney "
                   "entities as JSON lines (Person, Position, Occupancy, PublicBody, Membership, Event, "
                   "Article) for PEP and compliance tools.")
@click.option("-o", "--output", default="-", type=click.Path(), help="Output file (- for stdout).")
@store_option
def export(fmt, output, store_path):
    """Write the whole graph as RDF, GraphML, GEXF, neo4j-admin CSVs or FollowTheMoney entities.

    A file given with -o is replaced only once the export is complete.
    """
    from vnkg.graph.export import export_ftm, export_network, export_rdf

    if fmt == "neo4j-csv":
        from vnkg.graph.neo4j import export_csv
        from vnkg.graph.property import property_graph

        if output == "-":
            raise click.UsageError("neo4j-csv writes a folder: give -o DIR")
        with open_store(store_path) as store:
            command = export_csv(property_graph(store), output)
        click.echo(command)
        return
    try:
        with open_store(store_path) as store:
            if fmt in ("graphml", "gexf"):
                data = export_network(store, fmt)
            elif fmt == "ftm":
                data = export_ftm(store)
            else:
                data = export_rdf(store, fmt)
    except RuntimeError as err:
        click.echo(f"vnkg: {err}", err=True)
        sys.exit(2)
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        write_atomic(output, data)
        click.echo(f"wrote {output}", err=True)


def write_atomic(path: str, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`: an existing file
    is never left empty or half-written."""
    import os
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".vnkg-", suffix=".tmp", dir=folder)
    try:
        try:  # the permissions the file has, or those a new file gets (mkstemp's are private)
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise

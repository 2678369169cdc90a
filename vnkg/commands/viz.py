"""`vnkg viz`: one self-contained HTML page to explore the graph."""
from __future__ import annotations

import click

from .common import open_store, store_option


@click.command()
@click.option("--person", default=None, help="Only the neighbourhood of people whose name contains this.")
@click.option("--area", default=None, help="Only the neighbourhood of areas whose name contains this.")
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path())
@store_option
def viz(person, area, output, store_path):
    """Write one self-contained HTML page to explore the graph (opens offline).

    Nodes are coloured by type; click one to see its facts and the sentences
    they were read from; the side list shows meetings in time order.
    """
    from vnkg.graph.viz import page

    with open_store(store_path) as store:
        text = page(store, person, area)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(text)
    click.echo(f"wrote {output}", err=True)

"""`vnkg viz`: one self-contained HTML page to explore the graph."""
from __future__ import annotations

import click

from .common import open_store, store_option


@click.command()
@click.option("--person", default=None, help="Show first the neighbourhood of people whose name contains this.")
@click.option("--area", default=None,
              help="Show first what is in the areas whose name contains this (and the areas within them).")
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path(dir_okay=False))
@store_option
def viz(person, area, output, store_path):
    """Write one self-contained HTML page to explore the graph (works offline).

    Search box; filters by type (the legend), dates and area; click a node for its facts and the
    sentences they were read from, an edge for its evidence and article link; “Show neighbours”
    (or a double click) brings a node's hidden neighbours in. An existing OUTPUT is replaced only
    once the page is complete.
    """
    from vnkg.graph.viz import render, view_data

    from .export import write_atomic

    with open_store(store_path) as store:
        data = view_data(store, person, area)
    if not data["shown"]:
        what = " and ".join(x for x in (f"--person {person!r}" if person else "",
                                        f"--area {area!r}" if area else "") if x)
        click.echo(f"vnkg viz: nothing matches {what}" if what else "vnkg viz: the store is empty "
                   "(vnkg build CORPUS first)", err=True)
    write_atomic(output, render(data, person, area).encode("utf-8"))
    click.echo(f"wrote {output} ({len(data['shown'])} nodes shown, {len(data['nodes'])} in the page)", err=True)

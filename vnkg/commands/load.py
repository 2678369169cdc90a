"""`vnkg load`: store the N-Quads shards of a distributed build."""
from __future__ import annotations

import sys

import click

from .common import EXIT_NOTHING, EXIT_REJECTED, EXIT_USAGE, open_store, problem, store_option


@click.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
def load(shards, store_path, progress):
    """Load SHARDS (N-Quads files, or folders of *.nq) written by `vnkg build --dask`.

    Each article's graph is stored as a build would store it: added, updated
    (replaced in one transaction) or unchanged, in crash-safe batches; a later
    copy of an article replaces an earlier one. Loading the same shards twice
    changes nothing.

    \b
    Example:
      vnkg build --dask tcp://scheduler:8786 --shards shards/ corpus/ --no-load
      vnkg load shards/
    """
    from vnkg.graph.resolve import JudgmentError
    from vnkg.graph.shards import load as load_shards

    show = sys.stderr.isatty() if progress is None else progress
    with open_store(store_path, write=True) as store:
        try:
            report = load_shards(shards, store, progress=show, on_problem=problem)
        except JudgmentError as err:
            click.echo(f"vnkg: {err}", err=True)
            sys.exit(EXIT_USAGE)
        click.echo(report.summary(store), err=True)
    if report.read == 0:
        sys.exit(EXIT_NOTHING)
    if report.rejected:
        sys.exit(EXIT_REJECTED)

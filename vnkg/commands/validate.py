"""`vnkg validate`: SHACL check of the store, incremental."""
from __future__ import annotations

import sys
import time

import click

from .common import emit, format_option, open_store, store_option


@click.command()
@store_option
@format_option
@click.option("--full", is_flag=True, help="Check every article, not only those written since the last validation.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
def validate(store_path, fmt, full, progress):
    """Check the stored graph against the SHACL shapes (schema/shapes.ttl).

    Incremental: the first run checks every article; later runs check only the
    articles written (added or updated) since the last run, and those that
    failed then, in their place in the whole graph. --full checks everything.
    Memory stays bounded (articles are checked a few hundred at a time).

    Prints the violations (focus node, path, message), then a summary line.
    Exits 0 when the graph conforms, 1 when it does not.
    """
    from tqdm import tqdm

    from vnkg.graph.validate import graphs_of
    from vnkg.graph.validate import validate as check

    show = sys.stderr.isatty() if progress is None else progress
    t0 = time.perf_counter()
    with open_store(store_path) as store:  # a read-only snapshot: it works while a build writes
        log = store.changes()
        pending = log.take()
        articles = None if full else pending
        total = len(articles) if articles is not None else sum(1 for _ in store.ox.named_graphs())
        with tqdm(total=total, unit=" art", desc="validating", disable=not show, leave=False) as bar:
            conforms, rows, checked = check(store, articles, progress=bar.update)
        failing = sorted(graphs_of(store, {r["focus"] for r in rows}))
        log.done(failing, full=articles is None)
    if rows:
        emit(["focus", "path", "message"], rows, fmt)
    noun = "article" if checked == 1 else "articles"
    scope = f"all {checked} {noun}" if articles is None else f"{checked} {noun} written since the last validation"
    verdict = "conforms" if conforms else (f"{len(rows)} violation(s) in {len(failing)} article(s)")
    click.echo(f"checked {scope} in {time.perf_counter() - t0:.1f} s: {verdict}", err=True)
    sys.exit(0 if conforms else 1)

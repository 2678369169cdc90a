"""`vnkg remove`: take articles, and everything they said, out of the store."""
from __future__ import annotations

import sys

import click

from .common import EXIT_NOTHING, EXIT_REJECTED, open_store, store_option


@click.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
def remove(ids, store_path):
    """Remove the articles with these IDS (`-` reads ids from stdin, one a line).

    Each article's named graph (its facts, mentions and provenance) is dropped
    in one transaction; what other articles say stays. Prints what it did:

    \b
      2 articles removed, 1 not in the store (vd-404); 1234 quads in vnkg-store

    Exit codes: 0 all removed, 1 some ids were not in the store (the others
    were removed), 3 none of them was in the store.
    """
    from vnkg.graph.build import remove as remove_articles

    wanted = []
    for ident in ids:
        if ident == "-":
            wanted.extend(line.strip() for line in sys.stdin if line.strip())
        else:
            wanted.append(ident)
    open_store(store_path).close()  # a store that is not there is refused, not created empty
    with open_store(store_path, write=True) as store:
        report = remove_articles(dict.fromkeys(wanted), store)
        missing = f", {len(report.missing)} not in the store ({', '.join(report.missing[:5])}" \
                  f"{', …' if len(report.missing) > 5 else ''})" if report.missing else ""
        click.echo(f"{report.removed} article{'s' if report.removed != 1 else ''} removed{missing}; "
                   f"{len(store)} quads in {store.path}", err=True)
    if not report.removed:
        sys.exit(EXIT_NOTHING)
    if report.missing:
        sys.exit(EXIT_REJECTED)

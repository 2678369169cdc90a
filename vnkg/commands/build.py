"""`vnkg build` and `vnkg facts`: read a corpus into the store."""
from __future__ import annotations

import json
import sys
import time

import click

from .common import EXIT_NOTHING, EXIT_REJECTED, EXIT_USAGE, open_store, problem, store_option


def _judgment_error(err) -> None:
    click.echo(f"vnkg: {err}", err=True)
    sys.exit(EXIT_USAGE)


@click.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
@click.option("--report", "report_path", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="Also write the build report as JSON: how many articles got a subject area and a date, "
                   "meetings a full date, an organiser and a chair, posts an area, and the most frequent "
                   "titles and organisers vnkg could not type.")
@click.option("--reread", is_flag=True,
              help="Extract every article again, even one whose text, metadata and file are as the store "
                   "last read them with this version of vnkg (those are skipped by default). --report "
                   "implies it, so that the report covers the whole corpus.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Extract in N worker processes (default: all cores); the store has one writer.")
@click.option("--batch-quads", type=click.IntRange(min=1), default=100_000, show_default=True, metavar="N",
              help="Store articles in batches of about N quads (each batch is one atomic write; "
                   "smaller batches use less memory).")
@click.option("--dask", "dask_address", default=None, metavar="SCHEDULER",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or scheduler file "
                   "(cluster.json). Needs `pip install 'vnkg[dask]'` here and on the workers, and the "
                   "corpus and --shards folder on storage every worker sees.")
@click.option("--shards", "shard_dir", default="vnkg-shards", show_default=True, type=click.Path(file_okay=False),
              help="With --dask: the folder the workers write their N-Quads shards to.")
@click.option("--partition-mb", default=8.0, show_default=True, type=click.FloatRange(min=0.001),
              help="With --dask: about this many MB of corpus per task.")
@click.option("--load/--no-load", "load_shards", default=True,
              help="With --dask: load the shards into the store afterwards (or later: vnkg load DIR).")
def build(corpus, store_path, progress, report_path, reread, jobs, batch_quads, dask_address, shard_dir, partition_mb, load_shards):
    """Read CORPUS (files or folders of .txt, .jsonl, .html) into the store.

    Each article's facts replace that article's earlier facts; building the
    same corpus twice changes nothing. A bad file or line is reported on
    stderr (file:line: reason) and skipped; the rest is still stored.

    \b
    Articles are extracted in parallel (--jobs) and stored in batches; each
    batch is written atomically, so an interrupted build (even kill -9)
    leaves every article as it was or as it is now. Run it again to finish:
    an article whose input is unchanged since the store read it is not
    extracted again (--reread does).
    """
    from vnkg.graph.build import build as build_corpus
    from concurrent.futures.process import BrokenProcessPool

    from vnkg.graph.build import default_jobs
    from vnkg.graph.resolve import JudgmentError

    show = sys.stderr.isatty() if progress is None else progress
    if dask_address:
        _build_on_cluster(corpus, store_path, show, batch_quads, dask_address, shard_dir,
                          int(partition_mb * 1024 * 1024), load_shards)
        return
    with open_store(store_path, write=True) as store:
        try:
            report = build_corpus(corpus, store, progress=show, on_problem=problem, jobs=jobs or default_jobs(),
                                  batch_quads=batch_quads, reread=reread or bool(report_path))
        except JudgmentError as err:
            _judgment_error(err)
        except BrokenProcessPool:
            click.echo("vnkg: an extraction worker process died (out of memory?); nothing was stored. "
                       "Try again, or with --jobs 1", err=True)
            sys.exit(EXIT_NOTHING)
        click.echo(report.summary(store), err=True)
    if report.coverage is not None and report.coverage.articles:
        click.echo(report.coverage.summary(), err=True)
        if report_path:
            report.coverage.write(report_path)
            click.echo(f"wrote the build report to {report_path}", err=True)
    if report.read == 0:
        sys.exit(EXIT_NOTHING)
    if report.rejected:
        sys.exit(EXIT_REJECTED)


def _build_on_cluster(corpus, store_path, show, batch_quads, address, shard_dir, partition_bytes, load_shards):
    """`vnkg build --dask`: extraction on the cluster into shards, then (unless --no-load) vnkg load."""
    try:
        from vnkg.graph.distributed import client_for, extract_on_cluster
    except ImportError as err:
        raise click.UsageError(f"--dask needs Dask ({err.name} is missing): pip install 'vnkg[dask]'") from None
    from vnkg.graph.shards import load as load_shards_into

    try:
        client = client_for(address)
    except (OSError, TimeoutError, ValueError) as err:
        click.echo(f"vnkg: cannot reach the Dask scheduler at {address}: {err}", err=True)
        sys.exit(EXIT_USAGE)
    with client:
        report, shards = extract_on_cluster(corpus, client, shard_dir, partition_bytes, progress=show,
                                            on_problem=problem)
    click.echo(f"{report.read} articles extracted on the cluster into {len(shards)} shard(s) in {shard_dir} "
               f"({report.quads} quads, {report.cpu:.1f} CPU-s on the workers); "
               f"{len(report.rejected)} rejected", err=True)
    if load_shards and shards:
        from vnkg.graph.resolve import JudgmentError

        with open_store(store_path, write=True) as store:
            try:
                loaded = load_shards_into(shards, store, progress=show, on_problem=problem, batch_quads=batch_quads)
            except JudgmentError as err:
                _judgment_error(err)
            click.echo(loaded.summary(store), err=True)
        report.rejected += loaded.rejected
    if report.coverage is not None and report.read:
        click.echo(report.coverage.summary(), err=True)
    if report.read == 0:
        sys.exit(EXIT_NOTHING)
    if report.rejected:
        sys.exit(EXIT_REJECTED)


@click.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default="-", type=click.Path(), help="Output JSONL file (- for stdout).")
@click.option("--store", "store_path", default=None, metavar="DIR",
              help="Build into this store folder (default: a fresh in-memory store).")
def facts(corpus, output, store_path):
    """Build CORPUS into a graph, then write its flat facts as JSONL.

    The facts (person, position, meeting, organizer, chair; see
    ../shared/eval/SPEC.md) are read back out of the built graph with the
    queries in queries/facts_*.rq, so they are what the graph says.
    """
    from vnkg.graph.build import build as build_corpus
    from vnkg.graph.build import flat_facts
    from vnkg.graph.store import Store

    from vnkg.graph.resolve import JudgmentError

    t0 = time.perf_counter()
    with (Store(store_path) if store_path else Store()) as store:
        try:
            report = build_corpus(corpus, store, on_problem=problem)
        except JudgmentError as err:
            _judgment_error(err)
        rows = list(flat_facts(store))
    seconds = time.perf_counter() - t0
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    rate = report.read / seconds if seconds else 0.0
    click.echo(f"{report.read} articles, {len(rows)} facts, {len(report.rejected)} rejected "
               f"in {seconds:.2f} s ({rate:.0f} articles/s)", err=True)
    if report.read == 0:
        sys.exit(EXIT_NOTHING)
    if report.rejected:
        sys.exit(EXIT_REJECTED)

"""vnkg: build a knowledge graph of Vietnamese officials from news articles and query it.

Exit codes: 0 success; 1 some input was rejected (the rest was processed);
2 usage error (bad option, unknown query); 3 nothing could be read at all.
"""
from __future__ import annotations

import csv
import json
import sys
import time

import click

from vnkg.graph.build import build as build_corpus
from vnkg.graph.build import flat_facts
from vnkg.graph.store import Store, default_path

EXIT_REJECTED, EXIT_USAGE, EXIT_NOTHING = 1, 2, 3

_store_option = click.option(
    "--store", "store_path", default=None, metavar="DIR", show_default=False,
    help="Store folder (default ./vnkg-store, or $VNKG_STORE).")
def _neo4j_options(f):
    f = click.option("--database", default=None, help="Neo4j database (default: the server's default).")(f)
    f = click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="Password (or $NEO4J_PASSWORD).")(f)
    f = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="User (or $NEO4J_USER).")(f)
    f = click.option("--neo4j", "neo4j_uri", envvar="VNKG_NEO4J_URI", default=None, metavar="URI",
                     help="Run the Cypher version over Bolt at URI (bolt://host:7687) instead of SPARQL.")(f)
    return f


def _driver(uri, user, password):
    from neo4j import GraphDatabase

    return GraphDatabase.driver(uri, auth=(user, password or ""))


_format_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
    help="How to print the rows.")


def _open(path: str | None) -> Store:
    return Store(path or default_path())


def emit(columns: list[str], rows: list[dict], fmt: str, out=None) -> None:
    """Print rows as an aligned table, JSON (a list of objects) or CSV with a header."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: ("" if v is None else v) for k, v in r.items()} for r in rows])
        return
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _problem(item) -> None:
    click.echo(f"vnkg: {item}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def main() -> None:
    """Build a knowledge graph of officials, posts, bodies, areas and meetings
    from Vietnamese news articles, and ask it who chaired what, when.

    \b
    Typical use:
      vnkg build articles/             # .txt, .jsonl, .html files or folders
      vnkg ask chairs --area "Can Lộc" --from 2022-01-01
      vnkg ask posts --person "Nguyễn"
      vnkg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      vnkg export --format ttl -o graph.ttl

    Every command works on the store in ./vnkg-store unless --store DIR or
    $VNKG_STORE says otherwise. Exit codes: 0 ok, 1 some input rejected,
    2 usage error, 3 nothing could be read.
    """


@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path())
@_store_option
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: when stderr is a terminal).")
def build(corpus, store_path, progress):
    """Read CORPUS (files or folders of .txt, .jsonl, .html) into the store.

    Each article's facts replace that article's earlier facts; building the
    same corpus twice changes nothing. A bad file or line is reported on
    stderr (file:line: reason) and skipped; the rest is still stored.
    """
    show = sys.stderr.isatty() if progress is None else progress
    with _open(store_path) as store:
        report = build_corpus(corpus, store, progress=show, on_problem=_problem)
        click.echo(f"{report.read} articles read: {report.added} added, {report.updated} updated, "
                   f"{report.unchanged} unchanged; {len(report.rejected)} rejected; "
                   f"{len(store)} quads in {store.path}", err=True)
    if report.read == 0:
        sys.exit(EXIT_NOTHING)
    if report.rejected:
        sys.exit(EXIT_REJECTED)


@main.command()
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
    t0 = time.perf_counter()
    with (Store(store_path) if store_path else Store()) as store:
        report = build_corpus(corpus, store, on_problem=_problem)
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


@main.group()
def ask() -> None:
    """Ask a named question (the SPARQL files in queries/)."""


@ask.command("chairs")
@click.option("--person", default=None, help="Part of the chair's name.")
@click.option("--area", default=None, help="Part of the area's name (e.g. 'Can Lộc').")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date, ISO (2022-01-01).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date, ISO.")
@_store_option
@_neo4j_options
@_format_option
def ask_chairs(person, area, date_from, date_to, store_path, neo4j_uri, user, password, database, fmt):
    """Who chaired which meeting, when (queries/chairs.rq, or chairs.cypher with --neo4j)."""
    _ask("chairs", {"person": person, "in_area": area, "from": date_from, "to": date_to},
         store_path, neo4j_uri, user, password, database, fmt)


def _ask(name, params, store_path, neo4j_uri, user, password, database, fmt):
    if neo4j_uri:
        from vnkg.graph.cypher import named

        with _driver(neo4j_uri, user, password) as driver:
            cols, rows = named(driver, name, params, database)
    else:
        with _open(store_path) as store:
            cols, rows = store.named(name, params)
    emit(cols, rows, fmt)


@ask.command("posts")
@click.option("--person", default=None, help="Part of the person's name.")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--status", type=click.Choice(["current", "acting", "elected", "former"]), default=None)
@_store_option
@_neo4j_options
@_format_option
def ask_posts(person, area, status, store_path, neo4j_uri, user, password, database, fmt):
    """Who holds which post where, with the first and last date seen (queries/posts.rq or .cypher)."""
    _ask("posts", {"in_person": person, "in_area": area, "in_status": status},
         store_path, neo4j_uri, user, password, database, fmt)


@ask.command("holders")
@click.option("--title", required=True, help="Part of the post's title (e.g. 'Bí thư Huyện ủy').")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--on", default=None, metavar="PERIOD", help="Seen in this period: 2020, 2020-07 or a day.")
@_store_option
@_neo4j_options
@_format_option
def ask_holders(title, area, on, store_path, neo4j_uri, user, password, database, fmt):
    """Who held post TITLE in an area, optionally in a period (queries/holders.rq or .cypher)."""
    _ask("holders", {"title": title, "in_area": area, "on": on}, store_path, neo4j_uri, user, password,
         database, fmt)


@ask.command("meetings")
@click.option("--body", required=True, help="Part of the organiser's name (e.g. 'Thường trực HĐND').")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date, ISO.")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date, ISO.")
@_store_option
@_neo4j_options
@_format_option
def ask_meetings(body, area, date_from, date_to, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings held by a body (queries/meetings.rq or .cypher)."""
    from vnkg.extract.lexicon import load

    _ask("meetings", {"body": load().expand(body), "in_area": area, "from": date_from, "to": date_to},
         store_path, neo4j_uri, user, password, database, fmt)


@ask.command("coattendance")
@click.argument("first")
@click.argument("second", required=False)
@_store_option
@_neo4j_options
@_format_option
def ask_coattendance(first, second, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings FIRST took part in with SECOND (or with anyone), as chair, attendee or speaker."""
    _ask("coattendance", {"a": first, "b": second}, store_path, neo4j_uri, user, password, database, fmt)


@ask.command("career")
@click.argument("person")
@_store_option
@_neo4j_options
@_format_option
def ask_career(person, store_path, neo4j_uri, user, password, database, fmt):
    """All posts of PERSON (part of the name) in time order (queries/career.rq or .cypher)."""
    _ask("career", {"in_person": person}, store_path, neo4j_uri, user, password, database, fmt)


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@_store_option
@_neo4j_options
@_format_option
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
    from neo4j.exceptions import CypherSyntaxError, ClientError

    from vnkg.graph.cypher import run, sync_local

    try:
        if neo4j_uri:
            with _driver(neo4j_uri, user, password) as driver:
                cols, rows = run(driver, text, database=database)
        else:
            from pathlib import Path

            from vnkg.graph.arcadedb import LocalArcadeDB

            with _open(store_path) as store:
                with LocalArcadeDB(Path(store.path) / "cypher") as server:
                    if sync_local(store, server):
                        click.echo("loaded the store into the local Cypher copy", err=True)
                    cols, rows = run(server.driver(), text, database=server.database)
    except (CypherSyntaxError, ClientError) as err:
        raise click.UsageError(f"bad query: {err.message}") from err
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    emit(cols, rows, fmt)


@main.group()
def push() -> None:
    """Copy the graph into another database."""


@push.command("neo4j")
@click.option("--uri", required=True, envvar="VNKG_NEO4J_URI", help="Bolt URI, e.g. bolt://localhost:7687.")
@click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True)
@click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Password (or $NEO4J_PASSWORD).")
@click.option("--database", default=None, help="Database (default: the server's default).")
@click.option("--batch-size", default=500, show_default=True, help="Rows per UNWIND batch.")
@_store_option
def push_neo4j(uri, user, password, database, batch_size, store_path):
    """MERGE every node and relationship into Neo4j over Bolt (official driver).

    Uniqueness constraints first, then batched UNWIND ... MERGE in retried
    transactions; pushing twice creates nothing new.
    """
    from vnkg.graph.neo4j import push as push_graph
    from vnkg.graph.property import property_graph

    with _open(store_path) as store:
        pg = property_graph(store)
    total = len(pg.nodes) + len(pg.rels)
    from tqdm import tqdm

    with _driver(uri, user, password) as driver, tqdm(total=total, disable=not sys.stderr.isatty(),
                                                       unit=" rows", leave=False) as bar:
        counts = push_graph(pg, driver, database, batch_size, progress=bar.update)
    click.echo(f"{counts.get('nodes_created', 0)} nodes and {counts.get('relationships_created', 0)} "
               f"relationships created ({counts['nodes']} nodes, {counts['relationships']} relationships in the graph)",
               err=True)


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@_store_option
@_format_option
def sparql(query, query_file, store_path, fmt):
    """Run a SPARQL SELECT over the store (all article graphs as one).

    The prefixes vn: org: foaf: schema: prov: dct: rdfs: xsd: are predefined.
    """
    from vnkg import queries

    if bool(query) == bool(query_file):
        raise click.UsageError("give a QUERY or -f FILE (one of them)")
    text = query_file.read() if query_file else query
    try:
        with _open(store_path) as store:
            cols, rows = store.select(queries.load("prefixes") + text)
    except (SyntaxError, ValueError) as err:
        raise click.UsageError(f"bad query: {err}") from err
    emit(cols, rows, fmt)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf",
                                                   "neo4j-csv"]),
              default="ttl", show_default=True,
              help="RDF serialisation (nq and trig keep one graph per article), or the property graph as "
                   "GraphML / GEXF for Gephi and Cytoscape, or neo4j-csv: a folder of CSVs for "
                   "neo4j-admin database import (the command is printed).")
@click.option("-o", "--output", default="-", type=click.Path(), help="Output file (- for stdout).")
@_store_option
def export(fmt, output, store_path):
    """Write the whole graph as RDF, GraphML or GEXF."""
    from vnkg.graph.export import export_network, export_rdf

    if fmt == "neo4j-csv":
        from vnkg.graph.neo4j import export_csv
        from vnkg.graph.property import property_graph

        if output == "-":
            raise click.UsageError("neo4j-csv writes a folder: give -o DIR")
        with _open(store_path) as store:
            command = export_csv(property_graph(store), output)
        click.echo(command)
        return
    with _open(store_path) as store:
        data = export_network(store, fmt) if fmt in ("graphml", "gexf") else export_rdf(store, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(output, "wb") as handle:
            handle.write(data)
        click.echo(f"wrote {output}", err=True)


@main.group()
def analyze() -> None:
    """Network analysis of the stored graph (networkx)."""


def _network(store_path):
    from vnkg.graph.network import to_networkx

    with _open(store_path) as store:
        return to_networkx(store)


def _emit_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    emit(list(rows[0].keys()) if rows else columns, rows, fmt)


@analyze.command("centrality")
@click.option("--top", default=20, show_default=True, help="How many people to list.")
@_store_option
@_format_option
def analyze_centrality(top, store_path, fmt):
    """People ranked by degree and betweenness in the network of who meets whom."""
    from vnkg.graph.analysis import centrality

    _emit_rows(centrality(_network(store_path), top), fmt, ["person", "degree", "betweenness", "meetings"])


@analyze.command("communities")
@_store_option
@_format_option
def analyze_communities(store_path, fmt):
    """Groups of people who meet together (greedy modularity)."""
    from vnkg.graph.analysis import communities

    _emit_rows(communities(_network(store_path)), fmt, ["community", "size", "members"])


@analyze.command("career")
@click.argument("person")
@_store_option
@_format_option
def analyze_career(person, store_path, fmt):
    """All posts of PERSON (part of the name) in time order."""
    from vnkg.graph.analysis import career

    _emit_rows(career(_network(store_path), person), fmt,
               ["person", "title", "area", "status", "first_seen", "last_seen", "articles"])


@analyze.command("cochairs")
@_store_option
@_format_option
def analyze_cochairs(store_path, fmt):
    """Pairs of people who chaired the same meeting."""
    from vnkg.graph.analysis import cochairs

    _emit_rows(cochairs(_network(store_path)), fmt, ["chair", "cochair", "meetings"])


@main.command()
@click.option("--person", default=None, help="Only the neighbourhood of people whose name contains this.")
@click.option("--area", default=None, help="Only the neighbourhood of areas whose name contains this.")
@click.option("-o", "--output", default="graph.html", show_default=True, type=click.Path())
@_store_option
def viz(person, area, output, store_path):
    """Write one self-contained HTML page to explore the graph (opens offline).

    Nodes are coloured by type; click one to see its facts and the sentences
    they were read from; the side list shows meetings in time order.
    """
    from vnkg.graph.viz import page

    with _open(store_path) as store:
        text = page(store, person, area)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(text)
    click.echo(f"wrote {output}", err=True)


@main.command()
@_store_option
@_format_option
def validate(store_path, fmt):
    """Check the stored graph against the SHACL shapes (schema/shapes.ttl).

    Exits 0 when the graph conforms, 1 when it does not (violations printed).
    """
    from vnkg.graph.export import validate as run_validation

    with _open(store_path) as store:
        conforms, rows = run_validation(store)
    if rows:
        emit(["focus", "path", "message"], rows, fmt)
    click.echo("conforms" if conforms else f"{len(rows)} violation(s)", err=True)
    sys.exit(0 if conforms else 1)


if __name__ == "__main__":
    main()

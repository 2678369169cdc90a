"""`vnkg ask NAME`: the named questions (queries/NAME.rq, or NAME.cypher with --neo4j)."""
from __future__ import annotations

import click

from .common import driver, emit, format_option, neo4j_options, open_store, store_option


@click.group()
def ask() -> None:
    """Ask a named question (the SPARQL files in queries/)."""


def run_named(name, params, store_path, neo4j_uri, user, password, database, fmt):
    if neo4j_uri:
        from vnkg.graph.cypher import named

        with driver(neo4j_uri, user, password) as drv:
            cols, rows = named(drv, name, params, database)
    else:
        with open_store(store_path) as store:
            cols, rows = store.named(name, params)
    emit(cols, rows, fmt)


@ask.command("chairs")
@click.option("--person", default=None, help="Part of the chair's name.")
@click.option("--area", default=None, help="Part of the area's name (e.g. 'Can Lộc').")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date, ISO (2022-01-01).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date, ISO.")
@store_option
@neo4j_options
@format_option
def ask_chairs(person, area, date_from, date_to, store_path, neo4j_uri, user, password, database, fmt):
    """Who chaired which meeting, when (queries/chairs.rq, or chairs.cypher with --neo4j)."""
    run_named("chairs", {"person": person, "in_area": area, "from": date_from, "to": date_to},
              store_path, neo4j_uri, user, password, database, fmt)


@ask.command("posts")
@click.option("--person", default=None, help="Part of the person's name.")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--status", type=click.Choice(["current", "acting", "elected", "former"]), default=None)
@store_option
@neo4j_options
@format_option
def ask_posts(person, area, status, store_path, neo4j_uri, user, password, database, fmt):
    """Who holds which post where, with the first and last date seen (queries/posts.rq or .cypher)."""
    run_named("posts", {"in_person": person, "in_area": area, "in_status": status},
              store_path, neo4j_uri, user, password, database, fmt)


@ask.command("holders")
@click.option("--title", required=True, help="Part of the post's title (e.g. 'Bí thư Huyện ủy').")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--on", default=None, metavar="PERIOD", help="Seen in this period: 2020, 2020-07 or a day.")
@store_option
@neo4j_options
@format_option
def ask_holders(title, area, on, store_path, neo4j_uri, user, password, database, fmt):
    """Who held post TITLE in an area, optionally in a period (queries/holders.rq or .cypher)."""
    run_named("holders", {"title": title, "in_area": area, "on": on}, store_path, neo4j_uri, user, password,
              database, fmt)


@ask.command("meetings")
@click.option("--body", required=True, help="Part of the organiser's name (e.g. 'Thường trực HĐND').")
@click.option("--area", default=None, help="Part of the area's name.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date, ISO.")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date, ISO.")
@store_option
@neo4j_options
@format_option
def ask_meetings(body, area, date_from, date_to, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings held by a body (queries/meetings.rq or .cypher)."""
    from vnkg.extract.lexicon import load

    run_named("meetings", {"body": load().expand(body), "in_area": area, "from": date_from, "to": date_to},
              store_path, neo4j_uri, user, password, database, fmt)


@ask.command("coattendance")
@click.argument("first")
@click.argument("second", required=False)
@store_option
@neo4j_options
@format_option
def ask_coattendance(first, second, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings FIRST took part in with SECOND (or with anyone), as chair, attendee or speaker."""
    run_named("coattendance", {"a": first, "b": second}, store_path, neo4j_uri, user, password, database, fmt)


@ask.command("career")
@click.argument("person")
@store_option
@neo4j_options
@format_option
def ask_career(person, store_path, neo4j_uri, user, password, database, fmt):
    """All posts of PERSON (part of the name) in time order (queries/career.rq or .cypher)."""
    run_named("career", {"in_person": person}, store_path, neo4j_uri, user, password, database, fmt)

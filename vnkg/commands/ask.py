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
    """Who held post TITLE in an area, optionally on a day or in a period (queries/holders.rq or
    .cypher; with --on, queries/holders_on.rq: tenure intervals, and two holders of one
    single-seat post on one date are flagged in the `conflict` column)."""
    if on and not neo4j_uri:
        from vnkg.extract.lexicon import load

        with open_store(store_path) as store:
            cols, rows = store.named("holders_on", {"title": load().expand(title), "in_area": area, "on": on})
        emit(*flag_conflicts(cols, rows), fmt)
        return
    run_named("holders", {"title": title, "in_area": area, "on": on}, store_path, neo4j_uri, user, password,
              database, fmt)


def flag_conflicts(cols: list[str], rows: list[dict]) -> tuple[list[str], list[dict]]:
    """Add a `conflict` column: the other holders of the same single-seat post in the same rows."""
    from collections import defaultdict

    holders = defaultdict(set)
    for r in rows:
        if r.get("single_seat") == "true":
            holders[(r.get("post_title"), r.get("area"))].add(r["id"])
    for r in rows:
        others = holders.get((r.get("post_title"), r.get("area")), set()) - {r["id"]}
        r["conflict"] = ("also held by " + ", ".join(sorted(others))) if others else ""
    return cols + ["conflict"], rows


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
    """All posts of PERSON in time order: a person id (the id column of any `ask`; an id merged away
    still works) gives one timeline of tenures across provinces (queries/career_id.rq); part of a
    name gives the posts of everyone so named (queries/career.rq or .cypher)."""
    if not neo4j_uri:
        from vnkg.graph.resolve import UnknownId, state_for

        with open_store(store_path) as store:
            try:
                pid = state_for(store).canonical(person)
            except UnknownId:
                pid = None
            if pid is not None:
                cols, rows = store.named("career_id", {"pid": pid})
                emit(cols, rows, fmt)
                return
    run_named("career", {"in_person": person}, store_path, neo4j_uri, user, password, database, fmt)


@ask.command("orgchart")
@click.option("--area", required=True, help="Part of the area's name (e.g. 'Kỳ Anh').")
@click.option("--on", required=True, metavar="DATE", help="A day, month or year: 2020-07-06, 2020-07, 2020.")
@store_option
@format_option
def ask_orgchart(area, on, store_path, fmt):
    """Every post of the area's bodies (party committee, HĐND, UBND, MTTQ ...) and who held it ON
    that date, by tenure, with the evidence (queries/orgchart.rq); single-seat conflicts flagged."""
    with open_store(store_path) as store:
        cols, rows = store.named("orgchart", {"in_area": area, "on": on})
    emit(*flag_conflicts(cols, rows), fmt)


@ask.command("changes")
@click.option("--area", required=True, help="Part of the area's name.")
@click.option("--from", "date_from", required=True, metavar="DATE", help="First day (or month, year).")
@click.option("--to", "date_to", required=True, metavar="DATE", help="Last day (or month, year).")
@store_option
@format_option
def ask_changes(area, date_from, date_to, store_path, fmt):
    """Who took, left or moved between posts of an area in a window (queries/changes.rq): a reported
    start is "took", a reported end "left"; someone who did both in the window "moved"."""
    from collections import defaultdict

    with open_store(store_path) as store:
        cols, rows = store.named("changes", {"in_area": area, "from": date_from, "to": date_to})
    posts = defaultdict(lambda: defaultdict(set))
    for r in rows:
        posts[r["id"]][r["change"]].add((r["post_title"], r["area"]))
    for r in rows:
        p = posts[r["id"]]
        if p["took"] and p["left"] and p["took"] != p["left"]:  # left one post and took another
            r["change"] = f"moved ({r['change']})"
    emit(cols, rows, fmt)

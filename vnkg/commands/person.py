"""`vnkg person`: who is who — show a resolved person, merge two, split one article off."""
from __future__ import annotations

import sys

import click

from .common import EXIT_USAGE, emit, format_option, open_store, store_option


@click.group()
def person() -> None:
    """Resolved people: show one, or correct the resolver with a merge or a split.

    \b
    Every person has a stable id (nguyen-van-an-1a2b3c4d, shown in the id column of
    every `vnkg ask`). Judgments are kept in STORE/judgments.jsonl, re-applied on every
    build and win over the resolver. An id that was merged away still works: it redirects.

    \b
      vnkg person show nguyen-van-an-1a2b3c4d
      vnkg person merge nguyen-van-an-1a2b3c4d nguyen-van-an-9f8e7d6c
      vnkg person split nguyen-van-an-1a2b3c4d --article vd-007
    """


def _state(store):
    from vnkg.graph.resolve import JudgmentError, state_for

    state = state_for(store)
    try:
        state.judgments()
    except JudgmentError as err:
        _fail(str(err))
    return state


def _fail(message: str):
    click.echo(f"vnkg: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _canonical(state, ident: str) -> str:
    from vnkg.graph.resolve import UnknownId

    try:
        return state.canonical(ident)
    except UnknownId:
        _fail(f"unknown person id {ident!r} (see the id column of `vnkg ask`, or `vnkg person list`)")


@person.command("show")
@click.argument("ident", metavar="ID")
@store_option
@format_option
def show(ident, store_path, fmt):
    """Names, posts and articles of person ID, and why each article was linked."""
    from vnkg.extract.gazetteer import load

    units = load().units

    def where(p):
        if p.level == "nation":
            return " (national)"
        return f", {units[p.area].label}" if p.area in units else ""

    with open_store(store_path) as store:
        state = _state(store)
        live = _canonical(state, ident)
        rows = []
        for m, why in state.mentions_of_id(live):
            posts = "; ".join(sorted({f"{'nguyên ' if p.status == 'former' else ''}{p.title}{where(p)}"
                                      for p in m.posts}))
            rows.append({"id": live, "article": m.doc, "date": m.date, "name": m.name,
                         "born": m.born, "posts": posts, "why": why or "first mention"})
        aliases = sorted(o for o, n in state.redirects().items() if n == live and o != live)
    if fmt == "table":
        click.echo(f"person {live}" + (f" (also: {', '.join(aliases)})" if aliases else "")
                   + (f" — asked as {ident}" if ident != live else ""))
    emit(["id", "article", "date", "name", "born", "posts", "why"], rows, fmt)


@person.command("list")
@click.option("--name", default=None, help="Part of the name.")
@store_option
@format_option
def list_people(name, store_path, fmt):
    """Every resolved person (id, name, how many articles), optionally by part of the name."""
    from collections import defaultdict

    from vnkg.graph.resolve import name_key

    with open_store(store_path) as store:
        state = _state(store)
        people = defaultdict(lambda: {"names": set(), "articles": set()})
        for m, ident in state.all_mentions():
            if name and name_key(name) not in m.key:
                continue
            people[ident]["names"].add(m.name)
            people[ident]["articles"].add(m.doc)
    rows = [{"id": i, "name": " / ".join(sorted(p["names"])), "articles": len(p["articles"])}
            for i, p in sorted(people.items(), key=lambda kv: (min(kv[1]["names"]), kv[0]))]
    emit(["id", "name", "articles"], rows, fmt)


@person.command("merge")
@click.argument("ids", nargs=-1, required=True, metavar="ID ID...")
@store_option
def merge(ids, store_path):
    """The people IDS are one human: join them (the first id stays; the others redirect to it)."""
    from vnkg.graph.resolve import judge

    if len(ids) < 2:
        _fail("merge needs two or more ids")
    with open_store(store_path, write=True) as store:
        state = _state(store)
        for i in ids:
            _canonical(state, i)
        now = judge(store, "merge", list(ids))
    click.echo(f"merged {', '.join(ids)} -> {now}")


@person.command("split")
@click.argument("ident", metavar="ID")
@click.option("--article", required=True, help="The article whose mention is another human.")
@store_option
def split(ident, article, store_path):
    """The person ID named in ARTICLE is someone else: keep that mention apart."""
    from vnkg.graph.resolve import judge

    with open_store(store_path, write=True) as store:
        state = _state(store)
        _canonical(state, ident)
        try:
            now = judge(store, "split", [ident], article)
        except ValueError as err:
            _fail(str(err))
    click.echo(f"split article {article} off {ident}: it is now {now}")

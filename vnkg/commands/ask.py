"""`vnkg ask NAME`: the named questions (queries/NAME.rq, or NAME.cypher with --neo4j).

Every text option goes through one normaliser (vnkg.extract.normal, the one extraction uses): the
user's text is first resolved to the stored spellings that match it, and the query is run on exactly
those (bound as VALUES / a list parameter), so it is fast and index-friendly. An empty answer says why
on stderr, with the nearest spellings the store knows.
"""
from __future__ import annotations

import click

from .common import (EXIT_USAGE, emit, fail, format_option, neo4j_errors, neo4j_options, open_store,
                     shown, store_option, text_option)

# what a text option is matched against: the query that lists the stored spellings, how the answer
# names it when nothing matches, and whether it must match the start of the value (a post's title)
KINDS = {
    "person": ("vocab_names", "person named", False),
    "title": ("vocab_titles", "post titled", True),
    "body": ("vocab_bodies", "body named", False),
    "area": ("vocab_areas", "area named", False),
}
EVIDENCE = ("sentence", "url")  # shown in the table only with --evidence (json and csv always have them)

evidence_option = click.option(
    "--evidence", is_flag=True, default=False,
    help="Show each row's sentence and url in the table too (json and csv always have them, with the article).")


@click.group()
def ask() -> None:
    """Ask a named question (the SPARQL files in queries/, or the Cypher ones with --neo4j).

    \b
    Text options (--person, --title, --body, --area) match however they are
    written: with or without diacritics (chu tich = Chủ tịch), either tone
    placement (Huyện uỷ = Huyện ủy), Sĩ = Sỹ, any case, abbreviations spelled
    out or not (UBND = Ủy ban nhân dân). Dates: 2022-06-14, 14/06/2022,
    14-6-2022, or a month (06/2022) or year (2022). Every row carries its
    evidence: the article, its url and the sentence (json/csv; --evidence
    for the table).
    """


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [tuple(line.split("\t")) for line in text.split("\n") if line.count("\t") == 2]


class _Backend:
    """The embedded store or a Neo4j server: the stored spellings of a kind, and a named query's rows."""

    def __init__(self, store_path, neo4j_uri, user, password, database):
        self.neo4j_uri, self.user, self.database = neo4j_uri, user, database
        self.store_path = store_path
        self._vocab: dict[str, list[str]] = {}
        if neo4j_uri:
            from .common import driver

            self.driver = driver(neo4j_uri, user, password)
            self.store = None
        else:
            self.driver = None
            self.state = self._state()  # before the store is opened: never newer than what it reads
            self.store = open_store(store_path)

    def _state(self) -> str:
        """The state of the store's data files (graph.snapshot.files_state), read before a snapshot of
        them is opened, so that a cache written from the snapshot never claims a later state."""
        from pathlib import Path

        from vnkg.graph.snapshot import files_state
        from vnkg.graph.store import default_path

        try:
            return files_state(Path(self.store_path or default_path()) / "rdf")
        except OSError:  # not a folder, not readable: open_store says so, in one line
            return "missing"

    def close(self) -> None:
        if self.driver is not None:
            self.driver.close()
        if self.store is not None:
            self.store.close()

    def vocabulary(self, kind: str) -> list[tuple[str, str, str]]:
        """The stored spellings of a kind with their search forms: (value, search key, loose key).
        Kept in STORE/cache/ while the store's data files are unchanged (listing every name of a big
        store and normalising each took most of a selective ask)."""
        if kind not in self._vocab:
            text = self._cached_text(kind)
            self._vocab[kind] = _rows(text) if text is not None else self._listed(kind)
        return self._vocab[kind]

    def select(self, kind: str, search) -> list[str]:
        """The stored spellings of a kind that answer `search`. From the cache, only the lines that contain
        the search's form are read (parsing every name of a big store cost more than the query itself)."""
        if kind in self._vocab:
            return search.select_keyed(self._vocab[kind])
        text = self._cached_text(kind)
        if text is None:
            return search.select_keyed(self.vocabulary(kind))
        lines, at = set(), text.find(search.key)
        while at >= 0:
            start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add(text[start:end])
            at = text.find(search.key, end)
        return search.select_keyed(_rows("\n".join(lines)))

    def _listed(self, kind: str) -> list[tuple[str, str, str]]:
        from vnkg.extract.normal import loose, search_key

        _, rows = self.run(KINDS[kind][0], {}, {})
        keyed = []
        for r in rows:
            if isinstance(r.get("value"), str):
                k = search_key(r["value"])
                keyed.append((r["value"], k, loose(k)))
        self._save(kind, keyed)
        return keyed

    def _cache_file(self, kind: str):
        if self.store is None or self.store.path is None:
            return None, None
        return self.store.path / "cache" / f"vocab-{kind}.tsv", self.state

    def _cached_text(self, kind: str) -> str | None:
        """The cached vocabulary, one "value TAB search key TAB loose key" line each, if it is still the
        store's (its first line is the state of the store's data files it was listed from)."""
        import json

        path, state = self._cache_file(kind)
        if path is None or state in ("missing", "memory"):
            return None
        try:
            head, _, text = path.read_text(encoding="utf-8").partition("\n")
            return text if json.loads(head) == state else None
        except (OSError, ValueError):
            return None

    def _save(self, kind: str, keyed) -> None:
        import json
        import os

        path, state = self._cache_file(kind)
        if path is None or any("\t" in v or "\n" in v for row in keyed for v in row):
            return  # (a spelling with a tab or a line break could not be told from the next: no cache)
        try:  # a cache: a read-only store folder just goes without it
            path.parent.mkdir(exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            tmp.write_text(json.dumps(state) + "\n" + "\n".join("\t".join(row) for row in keyed), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass

    def run(self, name: str, params: dict, values: dict[str, list[str]]) -> tuple[list[str], list[dict]]:
        """queries/NAME with its declared parameters bound and its `ask:` hooks matched to `values`."""
        from vnkg import queries

        if self.driver is None:
            name = listing(name, params, values)
            text, _ = queries.restrict(queries.load(name), values)
            declared = queries.params(text)
            full = name.endswith("_all") and self.store.path is not None and self.state not in ("missing", "memory")
            if full:  # the rows kept by the last full listing, while the store's data is unchanged
                from vnkg.graph import listings

                want = listings.key(queries.load("prefixes") + text, self.state)
                kept = listings.read(self.store.path, name, want)
                if kept is not None:
                    return kept.cols, kept
            # a full listing is sorted here (below, in Vietnamese order) and only here: the engine's
            # ORDER BY compares the decoded texts of every row again (a fifth of a listing's time)
            sent = text.rsplit("ORDER BY", 1)[0] if name.endswith("_all") else text
            try:
                cols, rows = self.store.select(queries.load("prefixes") + sent, params)
            except (OSError, RuntimeError):  # a build merged files away under the snapshot: read again
                self.store.close()
                self.state = self._state()
                self.store = open_store(self.store_path)
                cols, rows = self.store.select(queries.load("prefixes") + sent, params)
                if full:
                    want = listings.key(queries.load("prefixes") + text, self.state)
            cols = [c for c in cols if c not in declared]
            rows = ordered([{c: r[c] for c in cols} for r in rows], text)
            if full:  # (printed from the kept lines: each row is serialised once)
                return cols, listings.write(self.store.path, name, want, cols, rows) or rows
            return cols, rows
        from vnkg.graph.cypher import run

        text, extra = queries.restrict(queries.load(name, "cypher"), values)
        bound = {k: params.get(k) for k in queries.params(text)}
        with neo4j_errors(self.neo4j_uri, self.user):
            cols, rows = run(self.driver, text, {**bound, **extra}, self.database)
        if not cols:  # an empty Bolt result may carry no keys: the columns are those of the SPARQL twin
            cols = [c for c in _columns(name) if c not in bound]
        return cols, rows


def ordered(rows: list[dict], query: str) -> list[dict]:
    """`rows` in the order of the query's ORDER BY with Vietnamese collation: the same order as
    vnkg.collation.order, but a column's sort keys are only made for the rows still tied on the columns
    before it (the listings order by every column, so that rows tied on the first ones come in one order
    whichever plan found them, and most rows are told apart by the first one or two)."""
    from itertools import groupby

    from vnkg.collation import order_by, sort_key

    terms = order_by(query)
    if not terms or not rows or any(name not in rows[0] for name, _ in terms):
        return rows

    def refine(group: list[dict], i: int) -> list[dict]:
        if len(group) < 2 or i == len(terms):
            return group
        name, how = terms[i]
        if how == "bound-first":
            keyed = [((r[name] is None), r) for r in group]
        else:
            keyed = [(sort_key(r[name]), r) for r in group]
        keyed.sort(key=lambda kr: kr[0], reverse=(how == "desc"))  # stable, as collation.order
        out: list[dict] = []
        for _, run in groupby(keyed, key=lambda kr: kr[0]):
            out.extend(refine([r for _, r in run], i + 1))
        return out

    return refine(list(rows), 0)


def listing(name: str, params: dict, values: dict) -> str:
    """The query to run: queries/NAME_all.rq when nothing is given to filter on and that full-listing
    plan exists (it reads each property once and hash-joins; NAME.rq looks things up row by row,
    which is what a selective ask needs), else NAME."""
    from vnkg import queries

    if values or f"{name}_all" not in queries.names("rq"):
        return name
    given = {k for k, v in params.items() if v is not None}
    # (a parameter the full-listing plan also takes, such as the date of holders_on, keeps it)
    return f"{name}_all" if given <= set(queries.params(queries.load(f"{name}_all"))) else name


def _columns(name: str) -> list[str]:
    from vnkg import queries

    head = queries.load(name).split("SELECT", 1)[1].split("WHERE", 1)[0]
    return [w[1:] for w in head.split() if w.startswith("?")]


def run_named(name: str, params: dict, texts: dict, store_path, neo4j_uri, user, password, database,
              fmt: str, evidence: bool, notes: list[str] | None = None, after=None) -> None:
    """Run a named question: `texts` maps a query parameter to (option, kind, the user's text);
    `after(cols, rows)` may add to the answer (e.g. the conflicts of single-seat posts)."""
    from vnkg.extract.normal import Search

    ctx = click.get_current_context()
    if neo4j_uri and ctx.get_parameter_source("neo4j_uri") == click.core.ParameterSource.ENVIRONMENT:
        click.echo(f"vnkg: asking Neo4j at {shown(neo4j_uri)} because $VNKG_NEO4J_URI is set "
                   "(unset it to ask the local store)", err=True)
    backend = _Backend(store_path, neo4j_uri, user, password, database)
    try:
        values, unmatched, matched = {}, [], []
        for param, (option, kind, text) in texts.items():
            if text is None:
                continue
            search = Search(text, start=KINDS[kind][2])
            if not search.key:
                fail(f"{option} {text!r} has no letters or digits to match", EXIT_USAGE)
            found = backend.select(kind, search)
            values[param] = found
            if found:
                matched.append(f"{option} {text!r} ({len(found)} spelling{'s' if len(found) > 1 else ''})")
            else:
                near = search.nearest([value for value, _, _ in backend.vocabulary(kind)])
                hint = f"; did you mean {', '.join(repr(n) for n in near)}?" if near else \
                    f"; the store has no {KINDS[kind][1].split()[0]} like it"
                unmatched.append(f"no {KINDS[kind][1]} {text!r}{hint}")
        if unmatched:
            cols, rows = _columns(name), []
            cols = [c for c in cols if c not in params]
        else:
            cols, rows = backend.run(name, params, values)
    finally:
        backend.close()
    for line in unmatched:
        click.echo(f"vnkg: {line}", err=True)
    if not rows and not unmatched:
        given = matched + (notes or [])
        click.echo("vnkg: no rows" + (": nothing matches all of " + ", ".join(given) if given else ""), err=True)
    if after is not None:
        cols, rows = after(cols, list(rows))
    shown_cols = cols if fmt != "table" or evidence else [c for c in cols if c not in EVIDENCE]
    if isinstance(rows, list):
        emit(shown_cols, rows, fmt)
    else:  # a full listing kept in STORE/cache/ (vnkg.graph.listings), printed as it is read
        from vnkg.graph.listings import emit as emit_kept

        emit_kept(rows, shown_cols, fmt)


def _date(option: str, value: str | None, day_only: bool = False) -> str | None:
    """A date option as ISO of its precision; anything else exits 2 with one line."""
    from vnkg.extract.normal import period

    if value is None:
        return None
    text_option(option, value)
    try:
        return period(value, day_only)
    except ValueError as err:
        fail(f"{option}: {err}", EXIT_USAGE)


def _text(option: str, kind: str, value: str | None):
    return option, kind, text_option(option, value)


@ask.command("chairs")
@click.option("--person", default=None, help="The chair's name or part of it (Trịnh Văn Khải, trinh van).")
@click.option("--area", default=None, help="The meeting's area or part of its name (e.g. 'Can Lộc').")
@click.option("--from", "date_from", default=None, metavar="DATE",
              help="Earliest date: 2022-01-01, 01/01/2022, or a month or year (from its first day).")
@click.option("--to", "date_to", default=None, metavar="DATE",
              help="Latest date, the same forms (a month or year up to its last day).")
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_chairs(person, area, date_from, date_to, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """Who chaired which meeting, when: one row per meeting and chair (queries/chairs.rq, or .cypher).

    A meeting dated only by month or year is kept when it can fall in the
    --from/--to range; one whose year is unknown is left out when a range is given.
    """
    start, end = _date("--from", date_from), _date("--to", date_to)
    run_named("chairs", {"person": person, "in_area": area, "from": start, "to": end},
              {"person": _text("--person", "person", person), "in_area": _text("--area", "area", area)},
              store_path, neo4j_uri, user, password, database, fmt, evidence,
              [f"--from {start}"] * bool(start) + [f"--to {end}"] * bool(end))


@ask.command("posts")
@click.option("--person", default=None, help="The person's name or part of it.")
@click.option("--area", default=None, help="The post's area or part of its name.")
@click.option("--status", type=click.Choice(["current", "acting", "elected", "former"]), default=None,
              help="Only posts with this status (the strongest any article gives).")
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_posts(person, area, status, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """Who holds which post where: one row per person and post, with the first and last dates seen
    and how many articles say so (queries/posts.rq or .cypher)."""
    run_named("posts", {"in_person": person, "in_area": area, "in_status": status},
              {"in_person": _text("--person", "person", person), "in_area": _text("--area", "area", area)},
              store_path, neo4j_uri, user, password, database, fmt, evidence,
              [f"--status {status}"] * bool(status))


@ask.command("holders")
@click.option("--title", required=True,
              help="The post's title or its beginning: 'Bí thư Huyện ủy', 'chu tich ubnd huyen', 'Chủ tịch' "
                   "(not 'Phó Chủ tịch …').")
@click.option("--area", default=None, help="The post's area or part of its name.")
@click.option("--on", default=None, metavar="PERIOD",
              help="Held in this period: a day (2020-07-08, 08/07/2020), a month (07/2020) or a year (2020).")
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_holders(title, area, on, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """Who held post TITLE, optionally in an area, on a day or in a period (queries/holders.rq or
    .cypher; with --on, queries/holders_on.rq or .cypher).

    --on goes by tenure: the interval from the reported start (election,
    appointment) or else the first article that saw the holding, to the reported
    end or else the last article that saw it, each bound as precise as it is
    known (a holding seen in July 2020 is held on 2020-07-08). Two holders of
    one single-seat post on one date are flagged in the `conflict` column.
    """
    when = _date("--on", on)
    texts = {"title": _text("--title", "title", title), "in_area": _text("--area", "area", area)}
    if when:
        run_named("holders_on", {"title": title, "in_area": area, "on": when}, texts, store_path, neo4j_uri, user,
                  password, database, fmt, evidence, [f"--on {when}"], after=flag_conflicts)
        return
    run_named("holders", {"title": title, "in_area": area}, texts, store_path, neo4j_uri, user, password,
              database, fmt, evidence)


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
@click.option("--body", required=True, help="The organiser's name or part of it (e.g. 'Thường trực HĐND').")
@click.option("--area", default=None, help="The meeting's area or part of its name.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Earliest date (as for chairs).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Latest date (as for chairs).")
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_meetings(body, area, date_from, date_to, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings held by a body: one row per meeting (queries/meetings.rq or .cypher)."""
    start, end = _date("--from", date_from), _date("--to", date_to)
    run_named("meetings", {"body": body, "in_area": area, "from": start, "to": end},
              {"body": _text("--body", "body", body), "in_area": _text("--area", "area", area)},
              store_path, neo4j_uri, user, password, database, fmt, evidence,
              [f"--from {start}"] * bool(start) + [f"--to {end}"] * bool(end))


@ask.command("coattendance")
@click.argument("first")
@click.argument("second", required=False)
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_coattendance(first, second, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """Meetings FIRST took part in with SECOND (or with anyone), as chair, attendee or speaker."""
    run_named("coattendance", {"a": first, "b": second},
              {"a": _text("FIRST", "person", first), "b": _text("SECOND", "person", second)},
              store_path, neo4j_uri, user, password, database, fmt, evidence)


@ask.command("career")
@click.argument("person")
@evidence_option
@store_option
@neo4j_options
@format_option
def ask_career(person, evidence, store_path, neo4j_uri, user, password, database, fmt):
    """All posts of PERSON in time order: a person id (the id column of any `ask`; an id merged away
    still works) gives one timeline of tenures across provinces (queries/career_id.rq); a name or
    part of it gives the posts of everyone so named (queries/career.rq or .cypher)."""
    text_option("PERSON", person)
    if not neo4j_uri:
        from vnkg.graph.resolve import UnknownId, state_for

        with open_store(store_path) as store:
            try:
                pid = state_for(store).canonical(person)
            except UnknownId:
                pid = None
        if pid is not None:
            run_named("career_id", {"pid": pid}, {}, store_path, None, None, None, None, fmt, evidence)
            return
    run_named("career", {"in_person": person}, {"in_person": _text("PERSON", "person", person)},
              store_path, neo4j_uri, user, password, database, fmt, evidence)


@ask.command("orgchart")
@click.option("--area", required=True, help="The area's name or part of it (e.g. 'Kỳ Anh', 'ky anh').")
@click.option("--on", required=True, metavar="DATE",
              help="A day, month or year: 2020-07-06, 06/07/2020, 07/2020, 2020.")
@evidence_option
@store_option
@format_option
def ask_orgchart(area, on, evidence, store_path, fmt):
    """Every post of the area's bodies (party committee, HĐND, UBND, MTTQ ...) and who held it ON
    that date, by tenure, with the evidence (queries/orgchart.rq); single-seat conflicts flagged."""
    when = _date("--on", on)
    run_named("orgchart", {"in_area": area, "on": when}, {"in_area": _text("--area", "area", area)},
              store_path, None, None, None, None, fmt, evidence, [f"--on {when}"], after=flag_conflicts)


@ask.command("changes")
@click.option("--area", required=True, help="The area's name or part of it.")
@click.option("--from", "date_from", required=True, metavar="DATE", help="First day (or month, year).")
@click.option("--to", "date_to", required=True, metavar="DATE", help="Last day (or month, year).")
@evidence_option
@store_option
@format_option
def ask_changes(area, date_from, date_to, evidence, store_path, fmt):
    """Who took, left or moved between posts of an area in a window (queries/changes.rq): a reported
    start is "took", a reported end "left"; someone who did both in the window "moved"."""
    start, end = _date("--from", date_from), _date("--to", date_to)

    def moved(cols, rows):
        from collections import defaultdict

        posts = defaultdict(lambda: defaultdict(set))
        for r in rows:
            posts[r["id"]][r["change"]].add((r["post_title"], r["area"]))
        for r in rows:
            p = posts[r["id"]]
            if p["took"] and p["left"] and p["took"] != p["left"]:  # left one post and took another
                r["change"] = f"moved ({r['change']})"
        return cols, rows

    run_named("changes", {"in_area": area, "from": start, "to": end}, {"in_area": _text("--area", "area", area)},
              store_path, None, None, None, None, fmt, evidence, [f"--from {start}", f"--to {end}"], after=moved)

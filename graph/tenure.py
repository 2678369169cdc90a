"""Tenure: a resolved person's holding of a post as an interval, with where each bound comes from.

Per (person, post), over every article that names them:

- ``first_seen`` / ``last_seen``: the dates of the articles that say the person holds the post
  (attestation: the holding was current then, nothing more);
- ``start``: the date of an election or appointment to the post the text reports (extract/tenure.py),
  when it is not later than the first attestation (``start_basis`` = elected | appointed; else the
  start is unknown and the interval opens at ``first_seen``, basis ``attested``);
- ``end``: the first reported end not before the last attestation — dismissed, resigned, retired,
  transferred (basis = the cause), or a later article calling the post former (``former``: it had
  ended by then) — or, for a single-seat post (a head: Bí thư, Chủ tịch, Giám đốc ...), the
  start of the next holder (``successor``); else the interval closes at ``last_seen`` (``attested``).

Dates keep their precision (``2020``, ``2020-07``, ``2020-07-06``); day-and-month dates without a
year order nothing and are left out. The tenures and the redirects of merged ids are written to
the store's resolution graph (`resolution_triples`), which the tenure queries read.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from vnkg.extract.text import ascii_slug
from vnkg.schema import ID, ORG, OWL, RDF, VN

from .rdf import _h, date_literal, person_iri

_N = ox.NamedNode
_DATED = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")


def attestation_dates(facts):
    """The dates an article attests the holdings it gives a person on, as a function of the person's
    name key: its own date, and the dates of the meetings it reports that person chairing, attending
    or addressing (the post was theirs that day). An undated report of a dated meeting attests on the
    meeting's date. The article's meetings are read once, not once per person."""
    from .resolve import name_key

    own = {facts.date} if facts.date else set()
    met, by_person = [], {}
    for m in facts.meetings:
        if not (m.date and m.date[:1].isdigit()):
            continue
        met.append(m.date)
        for n in list(m.chairs) + [n for n, _ in m.attendees] + [n for n, _ in m.speakers]:
            by_person.setdefault(name_key(n), set()).add(m.date)

    def of(name_key_: str) -> list[str]:
        dates = own | by_person.get(name_key_, set())
        return sorted(dates or ({max(met)} if met else set()))

    return of


def post_iri_of(post_key: str) -> ox.NamedNode:
    """The post node of a resolver post key (``title key|area code``), as graph/rdf.py mints it."""
    title, _, code = post_key.partition("|")
    return _N(f"{ID}post/{ascii_slug(title)[:40]}-{_h(title, code)}")


@dataclass
class Tenure:
    person: str
    post: str                       # resolver post key
    single_seat: bool = False
    seen: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    starts: list[tuple[str, str]] = field(default_factory=list)   # (date, cause)
    ends: list[tuple[str, str]] = field(default_factory=list)     # (date, cause)
    start: str | None = None
    start_basis: str = "attested"
    end: str | None = None
    end_basis: str = "attested"

    @property
    def first_seen(self) -> str | None:
        return min(self.seen) if self.seen else None

    @property
    def last_seen(self) -> str | None:
        return max(self.seen) if self.seen else None


def tenures(mentions_with_ids) -> list[Tenure]:
    """Every (person, post) tenure, from the resolver's mentions and their ids."""
    out: dict[tuple[str, str], Tenure] = {}
    for m, ident in mentions_with_ids:
        if not ident:
            continue
        for p in m.posts:
            if not (p.area or p.level == "nation"):
                continue
            t = out.setdefault((ident, p.post), Tenure(ident, p.post))
            t.single_seat = t.single_seat or p.kind == "leader"
            if p.status != "former":
                t.docs.add(m.doc)
                dates = [d for d in (m.seen or []) if _DATED.match(d)]
                if dates:  # only the first and the last are read: a corpus's worth stays small
                    dates += t.seen
                    t.seen = [min(dates), max(dates)]
        for pk, event, cause, date, bound in m.events:
            t = out.get((ident, pk))
            if t is None or not date or not _DATED.match(date):
                continue
            (t.starts if event == "start" else t.ends).append((date, cause))
    for t in out.values():
        first, last = t.first_seen, t.last_seen
        for date, cause in sorted(t.starts):
            if first is None or date <= first:
                t.start, t.start_basis = date, cause
                break
        floor = last or t.start
        for date, cause in sorted(t.ends):
            if floor is None or date >= floor:
                t.end, t.end_basis = date, cause
                break
    # a single-seat post: the next holder's start ends the one before
    by_post: dict[str, list[Tenure]] = defaultdict(list)
    for t in out.values():
        if t.single_seat:
            by_post[t.post].append(t)
    for ts in by_post.values():
        for a in ts:
            if a.last_seen is None and a.start is None:
                continue
            after = a.last_seen or a.start
            nexts = sorted(b.start for b in ts if b is not a and b.start and b.start > after)
            if nexts and (a.end is None or nexts[0] < a.end):
                a.end, a.end_basis = nexts[0], "successor"
    return sorted(out.values(), key=lambda t: (t.person, t.post))


@lru_cache(maxsize=65536)
def _post_nt(post_key: str) -> str:
    return f"<{post_iri_of(post_key).value}>"


def resolution_triples(state):
    """The corpus-level graph, as (subject IRI, N-Triples triple without its final " ."):
    ``old owl:sameAs new`` for merged ids, and one vn:Tenure per (person, post) with its bounds,
    their bases and the attestation dates. (Strings, not pyoxigraph quads: a tenure per person
    and post is millions of quads for a big corpus.)"""
    from .rdf import _date, _lit, _str

    same_as = f"<{OWL.sameAs}>"
    for old, new in sorted(state.redirects().items()):
        if old != new:
            s = person_iri(old).value
            yield s, f"<{s}> {same_as} <{person_iri(new).value}>"
    a, member, post = f"<{RDF.type}>", f"<{ORG.member}>", f"<{VN.post}>"
    tenure, single, count = f"<{VN.Tenure}>", f"<{VN.singleSeat}>", f"<{VN.articleCount}>"
    bounds = [(f"<{VN.firstSeen}>", "first_seen"), (f"<{VN.lastSeen}>", "last_seen"), (f"<{VN.start}>", "start"),
              (f"<{VN.end}>", "end")]
    start_basis, end_basis = f"<{VN.startBasis}>", f"<{VN.endBasis}>"
    boolean = "^^<http://www.w3.org/2001/XMLSchema#boolean>"
    for t in tenures(state.all_mentions()):
        s = f"{ID}tenure/{_h(t.person, t.post)}"
        node = f"<{s}>"
        yield s, f"{node} {a} {tenure}"
        yield s, f"{node} {member} <{person_iri(t.person).value}>"
        yield s, f"{node} {post} {_post_nt(t.post)}"
        yield s, f'{node} {single} "{str(t.single_seat).lower()}"{boolean}'
        yield s, f"{node} {count} {_lit(len(t.docs))}"
        for prop, attr in bounds:
            value = getattr(t, attr)
            if value:
                yield s, f"{node} {prop} {_date(value)}"
        yield s, f"{node} {start_basis} {_str(t.start_basis)}"
        yield s, f"{node} {end_basis} {_str(t.end_basis)}"

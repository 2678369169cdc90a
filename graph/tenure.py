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
the store's resolution graph (`resolution_quads`), which the tenure queries read.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

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
                t.seen.extend(d for d in (m.seen or []) if _DATED.match(d))
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


def resolution_quads(state, graph: ox.NamedNode):
    """The corpus-level graph: ``old owl:sameAs new`` for merged ids, and one vn:Tenure per
    (person, post) with its bounds, their bases and the attestation dates."""
    for old, new in sorted(state.redirects().items()):
        if old != new:
            yield ox.Quad(person_iri(old), _N(str(OWL.sameAs)), person_iri(new), graph)
    for t in tenures(state.all_mentions()):
        node = _N(f"{ID}tenure/{_h(t.person, t.post)}")
        yield ox.Quad(node, _N(str(RDF.type)), _N(str(VN.Tenure)), graph)
        yield ox.Quad(node, _N(str(ORG.member)), person_iri(t.person), graph)
        yield ox.Quad(node, _N(str(VN.post)), post_iri_of(t.post), graph)
        yield ox.Quad(node, _N(str(VN.singleSeat)), ox.Literal(str(t.single_seat).lower(),
                      datatype=_N("http://www.w3.org/2001/XMLSchema#boolean")), graph)
        yield ox.Quad(node, _N(str(VN.articleCount)), ox.Literal(str(len(t.docs)),
                      datatype=_N("http://www.w3.org/2001/XMLSchema#integer")), graph)
        for prop, value in ((VN.firstSeen, t.first_seen), (VN.lastSeen, t.last_seen),
                            (VN.start, t.start), (VN.end, t.end)):
            if value:
                yield ox.Quad(node, _N(str(prop)), date_literal(value), graph)
        yield ox.Quad(node, _N(str(VN.startBasis)), ox.Literal(t.start_basis), graph)
        yield ox.Quad(node, _N(str(VN.endBasis)), ox.Literal(t.end_basis), graph)

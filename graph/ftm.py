"""FollowTheMoney (FtM) entities of the graph, built with the `followthemoney` library itself, for PEP and
compliance tools (OpenSanctions, Aleph, nomenklatura, yente).

Person (topic role.pep when they hold a post), Position (a post: title in an area, of a body),
PublicBody (party committees, people's councils and committees, departments), Occupancy (a person in a
post: status, the dates articles saw it held, start/end when a tenure records them), Membership (a
person in a body, with the post as role), Event (a meeting: organiser, chairs and attendees as
involved), Article (each news article, the `proof` of the entities read from it).

Entity ids are stable: ``vnkg-<kind>-<hash of the graph IRI>``.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator

from .property import property_graph
from .sparql import prefixes
from .store import Store, _value

_HOLDINGS = """
SELECT DISTINCT ?person ?post ?status ?kind ?article ?seen WHERE {
  GRAPH ?g {
    ?h a vn:Holding ; org:member ?person ; vn:post ?post ; vn:status ?st ; vn:holdingKind ?k .
    ?g dct:identifier ?article .
    OPTIONAL { ?h vn:seenOn ?d . BIND(STR(?d) AS ?seen) }
  }
  BIND(STR(?st) AS ?status) BIND(STR(?k) AS ?kind)
}"""

# tenures (start and end of a holding) where the store records them; only bounds that were reported
# (an election, an appointment, a dismissal...) count as start/end, not mere first/last attestation
_TENURES = """
SELECT ?person ?post ?start ?end ?start_basis ?end_basis WHERE {
  ?t a vn:Tenure ; org:member ?person ; vn:post ?post .
  OPTIONAL { ?t vn:start ?s . BIND(STR(?s) AS ?start) }
  OPTIONAL { ?t vn:end ?e . BIND(STR(?e) AS ?end) }
  OPTIONAL { ?t vn:startBasis ?sb . BIND(STR(?sb) AS ?start_basis) }
  OPTIONAL { ?t vn:endBasis ?eb . BIND(STR(?eb) AS ?end_basis) }
}"""

_ARTICLES = """
SELECT ?article ?title ?published WHERE {
  GRAPH ?article {
    ?article a vn:Article .
    OPTIONAL { ?article schema:headline ?title }
    OPTIONAL { ?article schema:datePublished ?p . BIND(STR(?p) AS ?published) }
  }
}"""

_PARTICIPATION = {"CHAIRED_BY": "chair", "ATTENDED_BY": "attendee", "ADDRESSED_BY": "speaker"}
_STATUS = {"current": "current", "acting": "current", "elected": "current", "former": "ended"}


def _id(kind: str, *parts: str) -> str:
    return f"vnkg-{kind}-" + hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def _rows(store: Store, text: str) -> list[dict]:
    import pyoxigraph as ox

    result = store.ox.query(text, prefixes=prefixes(), use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: _value(sol[n]) for n in names} for sol in result]


def entities(store: Store) -> Iterator:
    """Every FtM entity proxy of the graph, in a stable order."""
    from followthemoney import model

    pg = property_graph(store)
    nodes = pg.nodes
    ids = {}
    kind_of = {"Person": "person", "Post": "position", "Body": "body", "Meeting": "event", "Article": "article"}
    for iri, n in nodes.items():
        if n["label"] in kind_of:
            ids[iri] = _id(kind_of[n["label"]], iri)
    article_by_ident = {n.get("ident"): iri for iri, n in nodes.items() if n["label"] == "Article"}
    out: dict[str, object] = {}

    def make(schema: str, ident: str):
        proxy = model.make_entity(schema)
        proxy.id = ident
        out[ident] = proxy
        return proxy

    area_of, body_of, organizer_of = {}, {}, {}
    involved = defaultdict(list)
    reported = defaultdict(set)
    for src, rel, dst, _ in pg.rels:
        if rel == "IN_AREA":
            area_of[src] = nodes[dst].get("caption")
        elif rel == "POST_IN":
            body_of[src] = dst
        elif rel == "ORGANIZED_BY":
            organizer_of[src] = dst
        elif rel in _PARTICIPATION:
            involved[src].append(dst)
        elif rel == "REPORTED_IN":
            reported[src].add(dst)

    about = {r["article"]: r for r in _rows(store, _ARTICLES)}
    for iri, n in sorted(nodes.items()):
        if n["label"] == "Article":
            a = make("Article", ids[iri])
            a.add("name", n.get("ident"))
            a.add("title", about.get(iri, {}).get("title"))
            a.add("publishedAt", about.get(iri, {}).get("published"))
            a.add("sourceUrl", n.get("url"))
            a.add("language", "vie")
            a.add("country", "vn")
    for iri, n in sorted(nodes.items()):
        if n["label"] == "Body":
            b = make("PublicBody", ids[iri])
            b.add("name", n.get("caption"))
            b.add("country", "vn")
            b.add("jurisdiction", "vn")
            if area_of.get(iri):
                b.add("address", area_of[iri])
        elif n["label"] == "Post":
            p = make("Position", ids[iri])
            p.add("name", n.get("caption") or n.get("title"))
            p.add("country", "vn")
            p.add("subnationalArea", area_of.get(iri))
            if iri in body_of:
                p.add("organization", ids[body_of[iri]])
        elif n["label"] == "Person":
            person = make("Person", ids[iri])
            person.add("name", n.get("name"))
            person.add("country", "vn")

    tenure = {}
    try:
        for r in _rows(store, _TENURES):
            tenure[(r["person"], r["post"])] = r
    except (SyntaxError, OSError):  # a store without tenures answers nothing; never fatal
        tenure = {}

    holdings: dict[tuple, dict] = {}
    for r in _rows(store, _HOLDINGS):
        if r["person"] not in ids or r["post"] not in ids:
            continue
        h = holdings.setdefault((r["person"], r["post"]), {"status": set(), "articles": set(), "seen": set()})
        h["status"].add(r["status"])
        h["articles"].add(r["article"])
        if r["seen"]:
            h["seen"].add(r["seen"])
    for (person, post), h in sorted(holdings.items()):
        status = "current" if h["status"] - {"former"} else "ended"
        t = tenure.get((person, post), {})
        start = t.get("start") if t.get("start_basis") not in (None, "attested") else None
        end = t.get("end") if t.get("end_basis") not in (None, "attested") else None
        if end:
            status = "ended"
        proofs = sorted(ids[article_by_ident[a]] for a in h["articles"] if a in article_by_ident)
        urls = sorted(nodes[article_by_ident[a]].get("url") for a in h["articles"]
                      if a in article_by_ident and nodes[article_by_ident[a]].get("url"))
        occ = make("Occupancy", _id("occupancy", person, post))
        occ.add("holder", ids[person])
        occ.add("post", ids[post])
        occ.add("status", status)
        occ.add("startDate", start)
        occ.add("endDate", end)
        occ.add("date", sorted(h["seen"]))  # the dates articles saw it held
        occ.add("proof", proofs)
        occ.add("sourceUrl", urls)
        out[ids[person]].add("topics", "role.pep")
        out[ids[person]].add("proof", proofs)
        out[ids[person]].add("position", nodes[post].get("caption") or nodes[post].get("title"))
        if post in body_of:
            m = make("Membership", _id("membership", person, post))
            m.add("member", ids[person])
            m.add("organization", ids[body_of[post]])
            m.add("role", nodes[post].get("title"))
            m.add("status", status)
            m.add("startDate", start)
            m.add("endDate", end)
            m.add("date", sorted(h["seen"]))
            m.add("proof", proofs)
            m.add("sourceUrl", urls)

    for iri, n in sorted(nodes.items()):
        if n["label"] != "Meeting":
            continue
        e = make("Event", ids[iri])
        e.add("name", n.get("caption"))
        e.add("startDate", n.get("date"))
        e.add("country", "vn")
        e.add("location", area_of.get(iri))
        if iri in organizer_of:
            e.add("organizer", ids[organizer_of[iri]])
        e.add("involved", sorted(ids[p] for p in involved.get(iri, []) if p in ids))
        e.add("proof", sorted(ids[a] for a in reported.get(iri, ()) if a in ids))
    yield from out.values()


def export_ftm(store: Store) -> bytes:
    """The entities as FtM JSON lines (one entity per line)."""
    lines = [json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) for e in entities(store)]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""

"""networkx views of the store: the typed graph and its projections."""
from __future__ import annotations

from itertools import combinations

import networkx as nx

from .property import PropertyGraph, property_graph
from .store import Store

PARTICIPATION = ("CHAIRED_BY", "ATTENDED_BY", "ADDRESSED_BY")


def to_networkx(source: Store | PropertyGraph) -> nx.MultiDiGraph:
    """People, posts, bodies, meetings, areas and articles as typed nodes (attribute ``label``);
    each relationship an edge with attribute ``type``."""
    pg = property_graph(source) if isinstance(source, Store) else source
    g = nx.MultiDiGraph()
    for iri, props in pg.nodes.items():
        g.add_node(iri, **props)
    for src, rel, dst, props in pg.rels:
        g.add_edge(src, dst, key=rel, type=rel, **props)
    return g


def co_meeting(g: nx.MultiDiGraph) -> nx.Graph:
    """Person - person, weighted by the number of meetings both took part in (chair, attendee, speaker)."""
    p = nx.Graph()
    for n, d in g.nodes(data=True):
        if d["label"] == "Person":
            p.add_node(n, name=d.get("name"))
    for m, d in g.nodes(data=True):
        if d["label"] != "Meeting":
            continue
        people = sorted({v for _, v, t in g.out_edges(m, data="type") if t in PARTICIPATION})
        for a, b in combinations(people, 2):
            w = p.get_edge_data(a, b, {}).get("weight", 0)
            p.add_edge(a, b, weight=w + 1)
    return p


def person_body(g: nx.MultiDiGraph) -> nx.Graph:
    """Bipartite person - body: a person is linked to each body they hold a post in."""
    b = nx.Graph()
    for person, post, t in g.edges(data="type"):
        if t != "HOLDS":
            continue
        for _, body, t2 in g.out_edges(post, data="type"):
            if t2 == "POST_IN":
                b.add_node(person, bipartite=0, name=g.nodes[person].get("name"))
                b.add_node(body, bipartite=1, name=g.nodes[body].get("caption"))
                b.add_edge(person, body)
    return b

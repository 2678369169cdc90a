"""Analysis: plain functions over a networkx graph that return rows and never change the graph."""
from __future__ import annotations

import networkx as nx

from .network import co_meeting


def centrality(g: nx.MultiDiGraph, top: int = 20) -> list[dict]:
    """People ranked by degree and betweenness centrality in the co-meeting network.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("m", label="Meeting"); g.add_node("a", label="Person", name="A"); g.add_node("b", label="Person", name="B")
    >>> _ = g.add_edge("m", "a", type="CHAIRED_BY"); _ = g.add_edge("m", "b", type="ATTENDED_BY")
    >>> [r["person"] for r in centrality(g)]
    ['A', 'B']
    """
    p = co_meeting(g)
    degree = nx.degree_centrality(p) if len(p) > 1 else {n: 0.0 for n in p}
    between = nx.betweenness_centrality(p, weight=None) if len(p) > 2 else {n: 0.0 for n in p}
    rows = [{"person": p.nodes[n].get("name"), "degree": round(degree[n], 4),
             "betweenness": round(between[n], 4), "meetings": _meetings_of(g, n)} for n in p]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], -r["meetings"], r["person"] or ""))
    return rows[:top]


def _meetings_of(g, person) -> int:
    return sum(1 for u, _, t in g.in_edges(person, data="type") if t in ("CHAIRED_BY", "ATTENDED_BY", "ADDRESSED_BY"))


def communities(g: nx.MultiDiGraph) -> list[dict]:
    """Groups of people who meet together (greedy modularity on the co-meeting network)."""
    p = co_meeting(g)
    p.remove_nodes_from([n for n in list(p) if p.degree(n) == 0])
    if p.number_of_edges() == 0:
        return []
    groups = nx.algorithms.community.greedy_modularity_communities(p, weight="weight")
    rows = []
    for i, group in enumerate(sorted(groups, key=lambda c: (-len(c), sorted(c)))):
        names = sorted(p.nodes[n].get("name") or n for n in group)
        rows.append({"community": i + 1, "size": len(group), "members": ", ".join(names)})
    return rows


def career(g: nx.MultiDiGraph, person: str) -> list[dict]:
    """All posts of the people whose name contains `person`, in time order (undated last)."""
    rows = []
    needle = person.casefold()
    for n, d in g.nodes(data=True):
        if d["label"] != "Person" or needle not in (d.get("name") or "").casefold():
            continue
        for _, post, data in g.out_edges(n, data=True):
            if data["type"] != "HOLDS":
                continue
            area = next((g.nodes[a].get("caption") for _, a, t in g.out_edges(post, data="type") if t == "IN_AREA"), "")
            rows.append({"person": d.get("name"), "title": g.nodes[post].get("title"), "area": area,
                         "status": data.get("status"), "first_seen": data.get("first_seen"),
                         "last_seen": data.get("last_seen"), "articles": data.get("articles")})
    rows.sort(key=lambda r: (r["person"], r["first_seen"] is None, r["first_seen"] or "", r["title"] or ""))
    return rows


def cochairs(g: nx.MultiDiGraph) -> list[dict]:
    """Pairs of people who chaired the same meeting, with how many times."""
    pairs: dict[tuple[str, str], int] = {}
    for m, d in g.nodes(data=True):
        if d["label"] != "Meeting":
            continue
        chairs = sorted(g.nodes[v].get("name") for _, v, t in g.out_edges(m, data="type") if t == "CHAIRED_BY")
        for i, a in enumerate(chairs):
            for b in chairs[i + 1:]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    return [{"chair": a, "cochair": b, "meetings": n} for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]

"""The store as a property graph: typed nodes and relationships, the one stream that the networkx,
Neo4j and CSV exporters all read. Labels and relationship types come from the ontology."""
from __future__ import annotations

from dataclasses import dataclass, field

from vnkg.schema import neo4j_labels, neo4j_types

from .store import Store

_PROPS = ("name", "title", "caption", "code", "level", "date", "ident", "url")


@dataclass
class PropertyGraph:
    nodes: dict[str, dict] = field(default_factory=dict)          # iri -> {"label": ..., props}
    rels: list[tuple[str, str, str, dict]] = field(default_factory=list)  # (src, TYPE, dst, props)


def property_graph(store: Store) -> PropertyGraph:
    """Every Person, Post, Body, Area, Meeting and Article, and the relationships between them."""
    labels, types = neo4j_labels(), neo4j_types()
    pg = PropertyGraph()
    _, rows = store.named("graph_nodes")
    for r in rows:
        node = pg.nodes.setdefault(r["node"], {"label": labels[r["class"]], "iri": r["node"]})
        for k in _PROPS:  # several articles may spell a name differently: the smallest spelling, always
            if r.get(k) is not None and (k not in node or str(r[k]) < str(node[k])):
                node[k] = r[k]
    _, rows = store.named("graph_edges")
    for r in rows:
        if r["src"] in pg.nodes and r["dst"] in pg.nodes:
            # a chair edge carries its evidence (article, sentence), a report edge its sentence
            props = {k: r[k] for k in ("article", "sentence") if r.get(k) is not None}
            pg.rels.append((r["src"], types[r["prop"]], r["dst"], props))
    _, rows = store.named("graph_holds")
    holds = types["https://vnkg.dev/ns#holds"]
    for r in rows:
        props = {k: r[k] for k in ("status", "kind", "first_seen", "last_seen", "article", "sentence") if r.get(k) is not None}
        props["articles"] = r["articles"]
        pg.rels.append((r["src"], holds, r["dst"], props))
    _, rows = store.named("graph_tenures")
    held = types["https://vnkg.dev/ns#held"]
    for r in rows:
        if r["src"] in pg.nodes and r["dst"] in pg.nodes:
            pg.rels.append((r["src"], held, r["dst"], {k: v for k, v in r.items()
                                                         if k not in ("src", "dst") and v is not None}))
    pg.rels.sort(key=lambda e: (e[1], e[0], e[2]))
    return pg

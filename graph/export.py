"""RDF exports (one function per format family) and SHACL validation of a store."""
from __future__ import annotations

import pyoxigraph as ox
import rdflib

from vnkg.schema import context, shapes

from .store import Store

_OX = {"nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def to_rdflib(store: Store) -> rdflib.Graph:
    """The union of the store's article graphs as an rdflib Graph."""
    data = ox.serialize(sorted(store.triples(), key=str), format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")


def export_rdf(store: Store, fmt: str) -> bytes:
    """The graph as ttl, nt (union), nq or trig (one graph per article), or compact JSON-LD."""
    if fmt == "nt":
        return ox.serialize(sorted(store.triples(), key=str), format=_OX["nt"])
    if fmt in ("nq", "trig"):
        return ox.serialize(sorted(store.ox, key=str), format=_OX[fmt])
    graph = to_rdflib(store)
    if fmt == "ttl":
        for prefix, iri in context()["@context"].items():
            if isinstance(iri, str) and iri.endswith(("#", "/")):
                graph.bind(prefix, iri)
        return graph.serialize(format="turtle").encode("utf-8")
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=context()["@context"], auto_compact=True,
                               ensure_ascii=False).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}")


def display_name(iri: str, props: dict) -> str:
    """What a person reads as a node's name: a person's name, a post's or body's or area's or meeting's
    caption, an article's id."""
    return props.get("name") or props.get("caption") or props.get("title") or props.get("ident") or iri


def gephi_graph(store: Store):
    """The property graph shaped for Gephi and Cytoscape: `label` is the node's name and `type` its kind
    (Person, Post ...); an edge's `label` is its relationship type, kept in `relation` too (GEXF's own
    edge `type` means directed/undirected, so it is left to the format)."""
    import networkx as nx

    from .property import property_graph

    pg = property_graph(store)
    g = nx.MultiDiGraph()
    for iri, props in pg.nodes.items():
        attrs = {k: v for k, v in props.items() if k != "label" and v is not None}
        attrs.update(label=display_name(iri, props), type=props["label"])
        g.add_node(iri, **attrs)
    for n, (src, rel, dst, props) in enumerate(pg.rels):
        attrs = {k: v for k, v in props.items() if v is not None}
        g.add_edge(src, dst, key=f"e{n}", label=rel, relation=rel, **attrs)
    return g


def export_network(store: Store, fmt: str) -> bytes:
    """The typed property graph as GraphML or GEXF (for Gephi and Cytoscape): names as labels."""
    import io

    import networkx as nx

    g = gephi_graph(store)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(g, buf, encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buf.getvalue()


def export_ftm(store: Store) -> bytes:
    """FollowTheMoney entities as JSON lines (needs the followthemoney library: pip install 'vnkg[ftm]')."""
    try:
        import followthemoney  # noqa: F401
    except ImportError as err:
        raise RuntimeError("--format ftm needs the followthemoney library: pip install 'vnkg[ftm]'") from err
    from .ftm import export_ftm as ftm_lines

    return ftm_lines(store)


def validate(store: Store) -> tuple[bool, list[dict]]:
    """SHACL-validate the stored graph; returns (conforms, violations as rows). See graph/validate.py."""
    from .validate import validate as check

    conforms, rows, _ = check(store)
    return conforms, rows

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


def export_network(store: Store, fmt: str) -> bytes:
    """The typed property graph as GraphML or GEXF (for Gephi and Cytoscape)."""
    import io

    import networkx as nx

    from .network import to_networkx

    g = to_networkx(store)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(g, buf, encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return buf.getvalue()


def validate(store: Store) -> tuple[bool, list[dict]]:
    """SHACL-validate the stored graph; returns (conforms, violations as rows)."""
    from pyshacl import validate as shacl

    data = to_rdflib(store)
    conforms, report, _ = shacl(data, shacl_graph=shapes(), inference="none", advanced=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    rows = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        rows.append({
            "focus": str(report.value(result, sh.focusNode)),
            "path": str(report.value(result, sh.resultPath) or ""),
            "message": str(report.value(result, sh.resultMessage) or ""),
        })
    return bool(conforms), rows

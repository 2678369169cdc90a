"""SHACL validation of a store (pyshacl against schema/shapes.ttl), in bounded memory.

The union of all article graphs is what users query, so that is what is checked, but a chunk of
articles at a time: a chunk's data graph holds every triple the whole store has about the nodes the
chunk's articles describe, plus the types of the nodes they point to (all a shape looks at), and
only those nodes are reported. A node shared by many articles (a province, a minister) is checked
once per run. `articles` limits the check to some article graphs: `vnkg validate` passes the ones
written since the last validation (the store's change log), so a routine check is incremental.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable

import pyoxigraph as ox
import rdflib

from vnkg.schema import shapes

from .store import Store

CHUNK = 300                 # articles per pyshacl run
REMEMBER = 200_000          # shared nodes remembered as checked (and their types) during one run
_SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class _Lru(OrderedDict):
    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit

    def put(self, k, v) -> None:
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.limit:
            self.popitem(last=False)


def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # rdflib tells "x" from "x"^^xsd:string (sh:in would fail)
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _values(nodes) -> str:
    return " ".join(str(n) for n in nodes)


class _Checker:
    def __init__(self, store: Store):
        self.store = store
        self.checked = _Lru(REMEMBER)   # node -> None: checked in this run
        self.types = _Lru(REMEMBER)     # node -> its rdf:types in the union
        self.shapes = shapes()

    def _select(self, query: str):
        return self.store.ox.query(query, use_default_graph_as_union=True)

    def check(self, subjects: set) -> list[dict]:
        """Violations of the focus nodes `subjects` (their full union description is checked)."""
        subjects = {s for s in subjects if s not in self.checked}
        if not subjects:
            return []
        data = rdflib.Graph()
        objects = set()
        for batch in _batched(sorted(subjects, key=str), 2000):
            for row in self._select(f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {_values(batch)} }} ?s ?p ?o }}"):
                s, p, o = row["s"], row["p"], row["o"]
                data.add((_rdflib(s), _rdflib(p), _rdflib(o)))
                if isinstance(o, ox.NamedNode) and o not in subjects:
                    objects.add(o)
        unknown = [o for o in objects if o not in self.types]
        found: dict = {o: [] for o in unknown}
        for batch in _batched(unknown, 2000):
            for row in self._select(f"SELECT DISTINCT ?o ?t WHERE {{ VALUES ?o {{ {_values(batch)} }} ?o a ?t }}"):
                found[row["o"]].append(row["t"])
        for o, ts in found.items():
            self.types.put(o, ts)
        for o in objects:
            for t in self.types.get(o) or found.get(o, ()):
                data.add((_rdflib(o), rdflib.RDF.type, _rdflib(t)))
        for s in subjects:
            self.checked.put(s, None)
        return self._shacl(data, {_rdflib(s) for s in subjects})

    def _shacl(self, data: rdflib.Graph, focus: set) -> list[dict]:
        from pyshacl import validate as shacl

        conforms, report, _ = shacl(data, shacl_graph=self.shapes, inference="none", advanced=True, inplace=True)
        if conforms:
            return []
        rows = []
        for result in report.subjects(rdflib.RDF.type, _SH.ValidationResult):
            node = report.value(result, _SH.focusNode)
            if node in focus:  # a pointed-to node is only there for its type
                rows.append({"focus": str(node), "path": str(report.value(result, _SH.resultPath) or ""),
                             "message": str(report.value(result, _SH.resultMessage) or "")})
        return rows


def _batched(items, n: int):
    items = list(items)
    for i in range(0, len(items), n):
        yield items[i:i + n]


def validate(store: Store, articles: Iterable[str] | None = None, progress: Callable[[int], None] | None = None,
             chunk: int = CHUNK) -> tuple[bool, list[dict], int]:
    """Check the store (or only the article graphs `articles`, by IRI) against the SHACL shapes.

    Returns (conforms, violations as rows {focus, path, message}, article graphs checked); `progress(n)`
    is called as graphs are done.
    """
    checker = _Checker(store)
    full = articles is None
    graphs = [g.value for g in store.ox.named_graphs()] if full else list(dict.fromkeys(articles))
    rows: list[dict] = []
    checked = 0
    for batch in _batched(graphs, chunk):
        subjects = set()
        for graph in batch:
            node = ox.NamedNode(graph)
            if store.ox.contains_named_graph(node):
                subjects.update(q.subject for q in store.ox.quads_for_pattern(None, None, None, node))
                checked += "/article/" in graph  # the resolve stage's graph is checked, not counted
        rows += checker.check(subjects)
        if progress:
            progress(len(batch))
    if full:  # anything written outside the article graphs is checked too
        rows += checker.check({q.subject for q in store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())})
    return not rows, rows, checked


def graphs_of(store: Store, nodes: Iterable[str]) -> set[str]:
    """The article graphs that say something about these nodes (to check them again next time)."""
    found = set()
    for node in nodes:
        if not node.startswith(("http://", "https://")):
            continue
        for q in store.ox.quads_for_pattern(ox.NamedNode(node), None, None, None):
            if isinstance(q.graph_name, ox.NamedNode):
                found.add(q.graph_name.value)
    return found

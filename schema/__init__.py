"""The vnkg model: ontology, SHACL shapes and JSON-LD context, as data files.

`vnkg.ttl` is the single source of the vocabulary: `VN.<term>` only resolves
terms the ontology defines, and Neo4j labels are read from it too.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import rdflib
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, TIME, XSD

SCHEMA = SDO
NS = "https://vnkg.dev/ns#"
ID = "https://vnkg.dev/id/"

__all__ = ["DCT", "FOAF", "ID", "NS", "ORG", "PROV", "RDF", "RDFS", "SCHEMA", "TIME", "VN", "XSD",
           "context", "neo4j_labels", "neo4j_types", "ontology", "shapes"]


def _read(name: str) -> str:
    return resources.files("vnkg.schema").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def ontology() -> rdflib.Graph:
    """The ontology (vnkg.ttl) as an rdflib graph."""
    return rdflib.Graph().parse(data=_read("vnkg.ttl"), format="turtle")


@lru_cache(maxsize=1)
def shapes() -> rdflib.Graph:
    """The SHACL shapes (shapes.ttl) as an rdflib graph."""
    return rdflib.Graph().parse(data=_read("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def context() -> dict:
    """The JSON-LD context used by `vnkg export --format jsonld`."""
    return json.loads(_read("context.jsonld"))


class _Vocab:
    """``VN.Person`` -> the IRI, only for terms the ontology defines (a typo fails loudly)."""

    def __init__(self) -> None:
        self._terms: dict[str, rdflib.URIRef] | None = None

    def _load(self) -> dict[str, rdflib.URIRef]:
        if self._terms is None:
            self._terms = {str(s)[len(NS):]: s for s in set(ontology().subjects())
                           if isinstance(s, rdflib.URIRef) and str(s).startswith(NS)}
        return self._terms

    def __getattr__(self, name: str) -> rdflib.URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        terms = self._load()
        if name not in terms:
            raise AttributeError(f"vn:{name} is not defined in schema/vnkg.ttl")
        return terms[name]

    def __dir__(self):
        return sorted(self._load())


VN = _Vocab()


@lru_cache(maxsize=1)
def neo4j_labels() -> dict[str, str]:
    """Class IRI -> Neo4j label, from the ontology's vn:neo4jLabel annotations."""
    g = ontology()
    return {str(c): str(label) for c, label in g.subject_objects(VN.neo4jLabel)
            if (c, RDF.type, OWL.Class) in g}


@lru_cache(maxsize=1)
def neo4j_types() -> dict[str, str]:
    """Property IRI -> relationship type, from the ontology's vn:neo4jType annotations."""
    return {str(p): str(t) for p, t in ontology().subject_objects(VN.neo4jType)}

"""The embedded store: pyoxigraph on disk, one named graph per article.

Rebuilding an article replaces its graph and nothing else, so building the
same corpus twice changes nothing and a bad article never touches what is
already stored.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from vnkg import queries

DEFAULT_STORE = "vnkg-store"


def default_path() -> str:
    return os.environ.get("VNKG_STORE") or DEFAULT_STORE


@dataclass
class Report:
    """What a build did."""

    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    seconds: float = 0.0
    coverage: object = None   # vnkg.graph.report.Coverage of the articles read


class Store:
    """A vnkg graph store; `path=None` keeps it in memory.

    On disk the folder holds ``rdf/`` (the pyoxigraph store, the source of truth) and, once
    `vnkg cypher` has run, ``cypher/`` (a local ArcadeDB copy of the property graph).
    """

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        if self.path is not None and read_only:
            # a snapshot of the store as it is now; works while a build holds the write lock
            self.ox = _open_snapshot(self.path / "rdf")
        elif self.path is not None:
            (self.path / "rdf").mkdir(parents=True, exist_ok=True)
            self.ox = ox.Store(str(self.path / "rdf"))
        else:
            self.ox = ox.Store()

    def put_article(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> str:
        """Replace one article's graph; returns "added", "updated" or "unchanged"."""
        old = set(self.ox.quads_for_pattern(None, None, None, graph))
        new = set(quads)
        if old == new:
            return "unchanged"
        if old:
            self.ox.remove_graph(graph)
        self.ox.extend(new)
        return "updated" if old else "added"

    def close(self) -> None:
        """Flush and release the on-disk store (its lock is freed with the last reference)."""
        if getattr(self, "ox", None) is not None:
            self.flush()
            self.ox = None
            import gc
            gc.collect()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.ox)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.ox.flush()

    def select(self, sparql: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        """Run a SELECT over the union of all article graphs; parameters are bound by the engine."""
        subs = {ox.Variable(k): _term(v) for k, v in (params or {}).items() if v is not None}
        result = self.ox.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("only SELECT queries can be printed as a table; use `vnkg export` for graphs")
        names = [v.value for v in result.variables]
        rows = [{n: _value(sol[n]) for n in names} for sol in result]
        return names, rows

    def named(self, name: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        """Run the named query queries/NAME.rq with its declared ``# params:`` bound by the engine.

        Oxigraph binds only projected variables, so a query projects its parameters too; they are
        dropped from the result here.
        """
        text = queries.load(name)
        declared = queries.params(text)
        unknown = set(params or {}) - set(declared)
        if unknown:
            raise KeyError(f"query {name!r} takes no parameter {', '.join(sorted(unknown))}")
        cols, rows = self.select(queries.load("prefixes") + text, params)
        cols = [c for c in cols if c not in declared]
        from vnkg.collation import order  # names and places in Vietnamese alphabetical order

        return cols, order([{c: r[c] for c in cols} for r in rows], text)

    def triples(self) -> set[ox.Triple]:
        """The union of all article graphs, as triples."""
        return {ox.Triple(q.subject, q.predicate, q.object) for q in self.ox}



def _open_snapshot(folder: Path, attempts: int = 8) -> ox.Store:
    """A read-only snapshot. While a build writes, RocksDB may merge files away between our reading its
    manifest and opening them ("Corruption: ... No such file"): that race is retried, briefly."""
    import time

    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(folder))
        except (OSError, RuntimeError) as err:
            racing = (folder / "CURRENT").is_file() and ("No such file" in str(err) or "Corruption" in str(err))
            if not racing or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


_NUMBERS = {"http://www.w3.org/2001/XMLSchema#integer": int, "http://www.w3.org/2001/XMLSchema#decimal": float,
            "http://www.w3.org/2001/XMLSchema#double": float}


def _value(term):
    """A plain Python value: numbers as numbers, everything else as its lexical form."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMBERS:
        return _NUMBERS[term.datatype.value](term.value)
    return term.value


def _term(value) -> ox.Literal | ox.NamedNode:
    if isinstance(value, (ox.Literal, ox.NamedNode)):
        return value
    return ox.Literal(str(value))

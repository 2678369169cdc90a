"""The Python API for notebooks: ``kg = vnkg.open("vnkg-store")``.

Each question returns its rows as a pandas DataFrame when pandas is installed, else as a list of dicts
(``as_frame=False`` always gives the list). The store is opened read-only: a build may run meanwhile
(this view is the store as it was when opened; open it again to see new articles).
"""
from __future__ import annotations

import os
from pathlib import Path


def _frame(cols: list[str], rows: list[dict], as_frame: bool | None):
    if as_frame is False:
        return rows
    try:
        import pandas as pd
    except ImportError:
        if as_frame:
            raise
        return rows
    return pd.DataFrame(rows, columns=cols)


class KG:
    """A vnkg store: named questions, SPARQL, and the graph for networkx."""

    def __init__(self, path: str | os.PathLike | None = None):
        from vnkg.graph.store import Store, default_path

        self.path = Path(path or default_path())
        if not (self.path / "rdf").is_dir():
            raise FileNotFoundError(f"no vnkg store at {self.path} (build one with `vnkg build CORPUS`)")
        self.store = Store(self.path, read_only=True)

    def __repr__(self) -> str:
        return f"<vnkg.KG {self.path} ({len(self.store)} quads)>"

    def __enter__(self) -> "KG":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ask(self, name: str, as_frame: bool | None = None, **params):
        """Any named query (queries/NAME.rq) with its declared parameters."""
        cols, rows = self.store.named(name, params)
        return _frame(cols, rows, as_frame)

    def chairs(self, person: str | None = None, area: str | None = None, date_from: str | None = None,
               date_to: str | None = None, as_frame: bool | None = None):
        """Who chaired which meeting, when (parts of names; ISO dates)."""
        return self.ask("chairs", as_frame, person=person, in_area=area, **{"from": date_from, "to": date_to})

    def holders(self, title: str, area: str | None = None, on: str | None = None, as_frame: bool | None = None):
        """Who held a post whose title contains `title`, in an area, seen in a period (2020, 2020-07, a day)."""
        return self.ask("holders", as_frame, title=title, in_area=area, on=on)

    def career(self, person: str, as_frame: bool | None = None):
        """All posts of a person (part of the name) in time order."""
        return self.ask("career", as_frame, in_person=person)

    def posts(self, person: str | None = None, area: str | None = None, status: str | None = None,
              as_frame: bool | None = None):
        """Who holds which post where (status: current, acting, elected, former)."""
        return self.ask("posts", as_frame, in_person=person, in_area=area, in_status=status)

    def meetings(self, body: str, area: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, as_frame: bool | None = None):
        """Meetings held by a body (part of its name; abbreviations such as UBND are expanded)."""
        from vnkg.extract.lexicon import load

        return self.ask("meetings", as_frame, body=load().expand(body), in_area=area,
                        **{"from": date_from, "to": date_to})

    def sparql(self, query: str, as_frame: bool | None = None, **params):
        """A SPARQL query over all article graphs (prefixes vn: foaf: org: ... predeclared).

        SELECT gives rows, ASK a bool, CONSTRUCT/DESCRIBE an rdflib Graph. Keyword arguments bind
        the query's variables (by the engine, never pasted into the text).
        """
        import pyoxigraph as ox

        from vnkg.collation import order
        from vnkg.graph.sparql import query as run_query
        from vnkg.graph.store import _value

        result, declared = run_query(self.store, query, params)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            import rdflib

            data = ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
            return rdflib.Graph().parse(data=data, format="nt")
        cols = [v.value for v in result.variables if v.value not in declared]
        rows = order([{c: _value(sol[c]) for c in cols} for sol in result], query)
        return _frame(cols, rows, as_frame)

    def networkx(self):
        """The typed graph as a networkx MultiDiGraph (node attribute ``label``: Person, Post, Body, Area,
        Meeting, Article; edge attribute ``type``: HOLDS, CHAIRED_BY ...)."""
        from vnkg.graph.network import to_networkx

        return to_networkx(self.store)


def open(path: str | os.PathLike | None = None) -> KG:  # noqa: A001 (the name users expect)
    """Open a vnkg store (default ./vnkg-store or $VNKG_STORE) for questions, SPARQL and networkx."""
    return KG(path)

"""Run Cypher over Bolt, against Neo4j or the store's local ArcadeDB copy (kept warm between calls).

`vnkg cypher` only reads: every query runs in a read transaction that is rolled back, a query with
a write clause is refused before it runs, and a query that reports any update is refused too.
"""
from __future__ import annotations

import re
from pathlib import Path

from vnkg import queries

from .store import Store


class WriteRefused(ValueError):
    """A query that would change the graph, given to a read-only command."""


# write clauses, outside strings, comments and backticked names; `n.set` or `$remove` are not clauses
_WRITE = re.compile(r"(?<![.$\w`])(CREATE|MERGE|SET|DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV)(?![\w`])", re.I)
_CYPHER_NOISE = re.compile(r"""//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`""", re.S)


def write_clause(text: str) -> str | None:
    """The first write clause in a Cypher query (CREATE, MERGE, SET, DELETE, REMOVE...), or None."""
    match = _WRITE.search(_CYPHER_NOISE.sub(" ", text))
    return re.sub(r"\s+", " ", match.group(1).upper()) if match else None


def plain(value):
    """A Bolt value as plain JSON-able data: nodes, relationships and paths as dicts, dates as ISO text."""
    from neo4j.graph import Node, Path as GraphPath, Relationship

    if isinstance(value, Node):
        return {"id": value.element_id, "labels": sorted(value.labels),
                "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"id": value.element_id, "type": value.type,
                "start": value.start_node.element_id if value.start_node is not None else None,
                "end": value.end_node.element_id if value.end_node is not None else None,
                "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return value.iso_format()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return value


def run(driver, text: str, params: dict | None = None, database: str | None = None,
        write: bool = False) -> tuple[list[str], list[dict]]:
    """Run one Cypher query; rows as dicts of plain values.

    Unless `write`, the query must not change anything: a write clause is refused before it runs, and
    it runs in a read transaction that is rolled back, refused if the server reports any update.
    """
    from neo4j import READ_ACCESS, WRITE_ACCESS

    if not write:
        clause = write_clause(text)
        if clause:
            raise WriteRefused(f"{clause} changes the graph; vnkg cypher only reads (use vnkg push to write)")
    mode = WRITE_ACCESS if write else READ_ACCESS
    with driver.session(database=database, default_access_mode=mode) as session:
        tx = session.begin_transaction()
        try:
            result = tx.run(text, params or {})
            records = list(result)
            cols = list(result.keys())
            summary = result.consume()
            if not write and summary.counters.contains_updates:
                raise WriteRefused("the query changes the graph; vnkg cypher only reads (nothing was changed)")
            if write:
                tx.commit()
        finally:
            if not tx.closed():
                tx.rollback()
    return cols, [{k: plain(r[k]) for k in cols} for r in records]


def bind(text: str, params: dict | None = None, name: str = "query") -> dict:
    """Every parameter a query declares (``// params: a b``) bound: given values, else None.

    A parameter the query does not declare is refused (KeyError), so a typo is not silently ignored.
    """
    declared = queries.params(text)
    unknown = set(params or {}) - set(declared)
    if unknown and declared:
        raise KeyError(f"{name} takes no parameter {', '.join(sorted(unknown))} "
                       f"(it declares: {', '.join(declared)})")
    bound = {k: (params or {}).get(k) for k in declared}
    if not declared:
        bound.update(params or {})
    return bound


def named(driver, name: str, params: dict | None = None, database: str | None = None):
    """queries/NAME.cypher with every declared parameter bound (None when not given)."""
    from vnkg.collation import order

    text = queries.load(name, "cypher")
    cols, rows = run(driver, text, bind(text, params, f"query {name!r}"), database)
    return cols, order(rows, text, "cypher")


def fingerprint(store: Store) -> str:
    """The store's exact content digest (changes whenever any article graph changes)."""
    from .snapshot import content_digest

    return content_digest(store.ox)


def sync_local(store: Store, server, database: str = "kg") -> bool:
    """Load the store into the local server if its copy is stale; True when it (re)loaded.

    The store's data files are compared first (cheap); the content digest is computed only when they
    changed, and the copy is reloaded only when the content did.
    """
    from .snapshot import Version, current_version

    marker = Path(server.root) / "vnkg-version"
    known = Version.read(marker)
    current = current_version(store, known)
    if known is not None and known.content == current.content:
        if known.files != current.files:
            current.write(marker)
        return False
    from .neo4j import push
    from .property import property_graph

    driver = server.driver()
    marker.unlink(missing_ok=True)  # a reload that fails half-way leaves no claim of being current
    with driver.session(database=database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    push(property_graph(store), driver, database)
    current.write(marker)
    return True


def _unchanged(store_path, root) -> bool:
    """True when the copy in `root` was loaded from the store's data files as they are now."""
    from .snapshot import Version, files_state

    known = Version.read(Path(root) / "vnkg-version")
    return known is not None and known.files == files_state(Path(store_path) / "rdf")


class _Loaded:
    """What sync_local needs of a server: its folder and a driver."""

    def __init__(self, root, warm):
        self.root = Path(root)
        self.warm = warm
        self._driver = warm.driver()
        self.reader = warm.reader_driver()

    def driver(self):
        return self._driver

    def close(self):
        self._driver.close()
        self.reader.close()


def run_local(store_path: str | Path, text: str, params: dict | None = None, idle: float | None = None,
              on_load=None) -> tuple[list[str], list[dict]]:
    """Run a read-only query on the store's local Cypher copy (STORE/cypher), warm between calls.

    The store is read through a read-only snapshot (works while a build writes). The server is
    started if needed and stops by itself after `idle` seconds without a call (0: right after this one).
    Calls on one store take turns (a lock on the folder), so none sees a copy half reloaded.
    """
    from neo4j.exceptions import ServiceUnavailable, SessionExpired

    from . import arcadedb

    clause = write_clause(text)
    if clause:  # refused before anything starts
        raise WriteRefused(f"{clause} changes the graph; vnkg cypher only reads (use vnkg push to write)")
    root = Path(store_path) / "cypher"
    keep = arcadedb.DEFAULT_IDLE if idle is None else idle
    for attempt in (1, 2):
        with arcadedb.lock(root):
            warm = arcadedb.warm(root, idle=keep if keep > 0 else 3600)
            loaded = _Loaded(root, warm)
            try:
                if not _unchanged(store_path, root):  # the cheap test first: the store is not even opened
                    with Store(store_path, read_only=True) as store:
                        if sync_local(store, loaded, warm.database) and on_load:
                            on_load()
                cols, rows = run(loaded.reader, text, params, warm.database)
                break
            except (ServiceUnavailable, SessionExpired):
                # a stale server.json (that server died): forget it and start a fresh one, once
                (root / "server.json").unlink(missing_ok=True)
                if attempt == 2:
                    raise
            finally:
                loaded.close()
    if keep <= 0:
        arcadedb.stop_warm(root)
    return cols, rows


def short(value) -> str | None:
    """A value as one short line for a table: (:Person {name: ...}), [:HOLDS], (a)-[:T]->(b)."""
    import json

    if isinstance(value, dict) and "labels" in value and "properties" in value:
        props = value["properties"]
        name = next((props[k] for k in ("name", "caption", "title", "ident", "iri") if k in props), None)
        labels = "".join(f":{x}" for x in value["labels"])
        return f"({labels} {json.dumps(name, ensure_ascii=False)})" if name is not None else f"({labels})"
    if isinstance(value, dict) and "type" in value and "start" in value:
        return f"[:{value['type']}]"
    if isinstance(value, dict) and "nodes" in value and "relationships" in value:
        parts = [short(value["nodes"][0])] if value["nodes"] else []
        for rel, node in zip(value["relationships"], value["nodes"][1:]):
            parts.append(f"-{short(rel)}->" if rel.get("end") == node.get("id") else f"<-{short(rel)}-")
            parts.append(short(node))
        return "".join(parts)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value

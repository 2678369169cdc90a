"""Run the Cypher versions of the named queries, over Bolt, against Neo4j or the local ArcadeDB copy."""
from __future__ import annotations

import hashlib
from pathlib import Path

from vnkg import queries

from .neo4j import push
from .property import property_graph
from .store import Store


def run(driver, text: str, params: dict | None = None, database: str | None = None) -> tuple[list[str], list[dict]]:
    """Run one Cypher query; rows as dicts with plain values."""
    with driver.session(database=database) as session:
        result = session.run(text, params or {})
        rows = [dict(record) for record in result]
        cols = list(result.keys())
    return cols, rows


def named(driver, name: str, params: dict | None = None, database: str | None = None):
    """queries/NAME.cypher with every declared parameter bound (None when not given)."""
    text = queries.load(name, "cypher")
    declared = queries.params(text)
    unknown = set(params or {}) - set(declared)
    if unknown:
        raise KeyError(f"query {name!r} takes no parameter {', '.join(sorted(unknown))}")
    bound = {k: (params or {}).get(k) for k in declared}
    return run(driver, text, bound, database)


def fingerprint(store: Store) -> str:
    """Changes whenever any article graph changes (article graphs are replaced whole on rebuild)."""
    h = hashlib.blake2b(digest_size=12)
    for q in sorted(str(q) for q in store.ox):
        h.update(q.encode())
    return h.hexdigest()


def sync_local(store: Store, server, database: str = "kg") -> bool:
    """Load the store into the local server if its copy is stale; True when it (re)loaded."""
    marker = Path(server.root) / "vnkg-fingerprint"
    current = fingerprint(store)
    if marker.exists() and marker.read_text() == current:
        return False
    driver = server.driver()
    with driver.session(database=database) as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    push(property_graph(store), driver, database)
    marker.write_text(current)
    return True

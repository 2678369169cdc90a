"""Neo4j targets of the property graph: a live push over Bolt (official driver) and bulk CSVs for
`neo4j-admin database import full`. Both use the same labels and relationship types (from the ontology)."""
from __future__ import annotations

import csv
import re
import threading
from collections import defaultdict
from pathlib import Path

from .property import PropertyGraph

_SAFE = re.compile(r"^[A-Z][A-Za-z_]*$")


def _check(name: str) -> str:
    if not _SAFE.match(name):  # labels and types come from the ontology; refuse anything else
        raise ValueError(f"not a label or relationship type: {name!r}")
    return name


def _batches(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def push(pg: PropertyGraph, driver, database: str | None = None, batch_size: int = 5000, progress=None,
         sessions: int = 1) -> dict:
    """MERGE every node and relationship into a Neo4j-compatible server; pushing twice changes nothing.

    Uniqueness constraints on ``iri`` come first (so every lookup below goes through an index). Each batch
    is one managed write transaction (retried by the driver on transient errors) that looks up which of
    its nodes (relationships) exist with which properties, CREATEs the others and SETs the properties of
    those whose stored properties differ: the same result as ``UNWIND ... MERGE``, but MERGE creating a
    new node or edge is 2-3x slower on ArcadeDB, and rewriting an unchanged record costs a write.
    Lookups are skipped where nothing can exist yet: for a label with no node on the server, and for
    an edge with an end created by this push. Nodes go first, then relationships. One writer by default:
    on ArcadeDB concurrent batches collide on the same pages ("DeadlockDetected") and are retried,
    which costs more than they gain. Returns the server's counters.
    """
    from concurrent.futures import ThreadPoolExecutor

    counts: dict = defaultdict(int, nodes_created=0, relationships_created=0, properties_set=0)
    nodes: dict[str, list] = defaultdict(list)
    for iri, props in pg.nodes.items():
        nodes[props["label"]].append({"iri": iri, "props": {k: v for k, v in props.items() if k != "label"}})
    rels: dict[tuple, dict] = defaultdict(dict)
    for src, rel, dst, props in pg.rels:  # one edge per (source, type, target): the last props win
        rels[(pg.nodes[src]["label"], rel, pg.nodes[dst]["label"])][(src, dst)] = props
    created: set[str] = set()  # nodes this push created: no edge can touch them yet

    def same(stored: dict, props: dict) -> bool:
        return all(stored.get(k) == v for k, v in props.items())

    def node_batch(tx, label, rows, fresh):
        have = {} if fresh else dict(tx.run(
            f"UNWIND $iris AS i MATCH (n:{label} {{iri: i}}) RETURN n.iri AS iri, properties(n) AS props",
            iris=[r["iri"] for r in rows]).values())
        new = [{**r["props"], "iri": r["iri"]} for r in rows if r["iri"] not in have]
        old = [r for r in rows if r["iri"] in have and not same(have[r["iri"]], r["props"])]
        done = []
        if new:
            done.append(tx.run(f"UNWIND $rows AS r CREATE (n:{label}) SET n = r", rows=new).consume().counters)
        if old:
            done.append(tx.run(f"UNWIND $rows AS r MATCH (n:{label} {{iri: r.iri}}) SET n += r.props",
                               rows=old).consume().counters)
        return done, [r["iri"] for r in new]

    def rel_batch(tx, a, rel, b, rows, fresh):
        ask = [r for r in rows if r["src"] not in created and r["dst"] not in created]
        have = {} if not ask else {(x, y): p for x, y, p in tx.run(
            f"UNWIND $rows AS r MATCH (a:{a} {{iri: r.src}})-[e:{rel}]->(b:{b}) WHERE b.iri = r.dst "
            "RETURN r.src AS src, r.dst AS dst, properties(e) AS props", rows=ask).values()}
        new = [r for r in rows if (r["src"], r["dst"]) not in have]
        old = [r for r in rows if (r["src"], r["dst"]) in have and not same(have[(r["src"], r["dst"])], r["props"])]
        done = []
        if new:
            done.append(tx.run(f"UNWIND $rows AS r MATCH (a:{a} {{iri: r.src}}) MATCH (b:{b} {{iri: r.dst}}) "
                               f"CREATE (a)-[e:{rel}]->(b) SET e = r.props", rows=new).consume().counters)
        if old:
            done.append(tx.run(f"UNWIND $rows AS r MATCH (a:{a} {{iri: r.src}})-[e:{rel}]->(b:{b}) "
                               "WHERE b.iri = r.dst SET e += r.props", rows=old).consume().counters)
        return done, []

    lock = threading.Lock()

    def write(work, *args):
        rows = args[-2]
        with driver.session(database=database) as session:
            done, new = session.execute_write(work, *args)  # retried by the driver on transient errors
        with lock:
            created.update(new)
            for c in done:
                for name in ("nodes_created", "relationships_created", "properties_set"):
                    counts[name] += getattr(c, name)
        if progress:
            progress(len(rows))

    def run_all(jobs, workers: int) -> None:
        if workers <= 1:
            for job in jobs:
                write(*job)
            return
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(write, *job) for job in jobs]:
                future.result()

    empty = set()
    with driver.session(database=database) as session:
        for label in sorted(nodes):
            session.run(f"CREATE CONSTRAINT {_check(label).lower()}_iri IF NOT EXISTS "
                        f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE").consume()
        for label in sorted(nodes):
            if session.run(f"MATCH (n:{label}) RETURN 1 AS one LIMIT 1").single() is None:
                empty.add(label)
    run_all([(node_batch, _check(label), batch, label in empty) for label, rows in sorted(nodes.items())
             for batch in _batches(rows, batch_size)], sessions)
    # one session for the relationships: an edge changes both its ends, so parallel batches collide
    run_all([(rel_batch, _check(a), _check(rel), _check(b), batch, False) for (a, rel, b), pairs in sorted(rels.items())
             for batch in _batches([{"src": s, "dst": d, "props": p} for (s, d), p in pairs.items()], batch_size)], 1)
    counts["nodes"] = len(pg.nodes)
    counts["relationships"] = sum(len(pairs) for pairs in rels.values())
    return dict(counts)


# date properties (text that keeps its precision: 2023, 2023-07, 2023-07-08, --07-08) and the typed
# companion column neo4j-admin fills with a Neo4j `date` when the day is known
_DAYS = {"date": "day", "first_seen": "first_day", "last_seen": "last_day"}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _columns(keys: list[str]) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Header cells and, per cell, (property, None) for the value as is or (property, 'day') for a date."""
    header, cells = [], []
    for k in keys:
        header.append(f"{k}:int" if k == "articles" else k)
        cells.append((k, None))
        if k in _DAYS:
            header.append(f"{_DAYS[k]}:date")
            cells.append((k, "day"))
    return header, cells


def _cell(props: dict, key: str, kind: str | None):
    value = props.get(key)
    if value is None:
        return ""
    if kind == "day":
        return value if _FULL_DATE.match(str(value)) else ""
    return value


def export_csv(pg: PropertyGraph, folder: str | Path) -> str:
    """Header+data CSVs per label and per relationship type; returns the neo4j-admin import command.

    Dates stay text as written (``date``, ``first_seen``, ``last_seen``: the same as `push` sets, so the
    named Cypher queries work on either), with a typed companion (``day:date``, ``first_day:date``,
    ``last_day:date``) holding a Neo4j date whenever the day is known.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list] = defaultdict(list)
    for iri, props in pg.nodes.items():
        by_label[props["label"]].append((iri, props))
    args = []
    for label, items in sorted(by_label.items()):
        keys = sorted({k for _, p in items for k in p if k not in ("label", "iri")})
        header, cells = _columns(keys)
        path = folder / f"nodes_{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            w = csv.writer(handle)
            w.writerow([f"iri:ID({label})", *header, ":LABEL"])
            for iri, p in items:
                w.writerow([iri, *[_cell(p, k, kind) for k, kind in cells], _check(label)])
        args.append(f"--nodes={label}={path.name}")
    by_type: dict[tuple, list] = defaultdict(list)
    for src, rel, dst, props in pg.rels:
        by_type[(pg.nodes[src]["label"], rel, pg.nodes[dst]["label"])].append((src, dst, props))
    for (a, rel, b), items in sorted(by_type.items()):
        keys = sorted({k for _, _, p in items for k in p})
        header, cells = _columns(keys)
        path = folder / f"rels_{a}_{rel}_{b}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            w = csv.writer(handle)
            w.writerow([f":START_ID({a})", f":END_ID({b})", *header, ":TYPE"])
            for src, dst, p in items:
                w.writerow([src, dst, *[_cell(p, k, kind) for k, kind in cells], _check(rel)])
        args.append(f"--relationships={rel}={path.name}")
    return f"cd {folder} && neo4j-admin database import full " + " ".join(args) + " neo4j"

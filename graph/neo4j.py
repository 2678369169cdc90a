"""Neo4j targets of the property graph: a live push over Bolt (official driver) and bulk CSVs for
`neo4j-admin database import full`. Both use the same labels and relationship types (from the ontology)."""
from __future__ import annotations

import csv
import re
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


def push(pg: PropertyGraph, driver, database: str | None = None, batch_size: int = 500, progress=None) -> dict:
    """MERGE every node and relationship into a Neo4j-compatible server; pushing twice changes nothing.

    Uniqueness constraints on ``iri`` come first; writes are batched ``UNWIND ... MERGE`` in managed
    transactions, which the driver retries on transient errors. Returns the server's counters.
    """
    counts = defaultdict(int)
    nodes: dict[str, list] = defaultdict(list)
    for iri, props in pg.nodes.items():
        nodes[props["label"]].append({"iri": iri, "props": {k: v for k, v in props.items() if k != "label"}})
    rels: dict[tuple, list] = defaultdict(list)
    for src, rel, dst, props in pg.rels:
        rels[(pg.nodes[src]["label"], rel, pg.nodes[dst]["label"])].append({"src": src, "dst": dst, "props": props})

    def run(tx, query, rows):
        return tx.run(query, rows=rows).consume().counters

    def write(session, query, rows):
        for batch in _batches(rows, batch_size):
            c = session.execute_write(run, query, batch)  # retried by the driver on transient errors
            for name in ("nodes_created", "relationships_created", "properties_set"):
                counts[name] += getattr(c, name)
            if progress:
                progress(len(batch))

    with driver.session(database=database) as session:
        for label in sorted(nodes):
            session.run(f"CREATE CONSTRAINT {_check(label).lower()}_iri IF NOT EXISTS "
                        f"FOR (n:{label}) REQUIRE n.iri IS UNIQUE").consume()
        for label, rows in sorted(nodes.items()):
            write(session, f"UNWIND $rows AS r MERGE (n:{_check(label)} {{iri: r.iri}}) SET n += r.props", rows)
        for (a, rel, b), rows in sorted(rels.items()):
            write(session, f"UNWIND $rows AS r MATCH (a:{_check(a)} {{iri: r.src}}), (b:{_check(b)} {{iri: r.dst}}) "
                           f"MERGE (a)-[e:{_check(rel)}]->(b) SET e += r.props", rows)
    counts["nodes"] = len(pg.nodes)
    counts["relationships"] = len(pg.rels)
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

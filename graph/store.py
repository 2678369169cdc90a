"""The embedded store: pyoxigraph on disk, one named graph per article.

Rebuilding an article replaces its graph and nothing else, so building the
same corpus twice changes nothing and a bad article never touches what is
already stored.

Writes go through a `Writer`, in batches of whole articles, and each batch is crash-safe: the
articles new to the store are bulk-loaded (pyoxigraph's bulk loader writes sorted files and
ingests them into RocksDB in one atomic step), and the articles it already holds are changed in
one SPARQL update transaction (delete what is gone, insert what is new). A kill -9 at any moment
leaves every article as it was before the batch or as it is after it, never half-written and
never missing.
"""
from __future__ import annotations

import contextlib
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
    removed: int = 0
    rejected: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    seconds: float = 0.0
    coverage: object = None   # vnkg.graph.report.Coverage of the articles read
    cpu: float = 0.0        # CPU seconds, this process and its workers
    worker_rss_kb: int = 0  # the largest worker process's peak memory
    renamed: int = 0        # stored articles whose people the resolve stage gave other ids
    resolve_seconds: float = 0.0
    bytes: int = 0          # article text read (UTF-8 bytes)
    skipped: int = 0        # unchanged articles not extracted again (their input digest is stored)
    quads: int = 0          # quads of the articles read (each article's graph, before storing)
    missing: list = field(default_factory=list)  # ids asked to be removed that the store does not hold

    def summary(self, store: "Store | None" = None) -> str:
        """The one line `vnkg build`, `load` and `remove` print."""
        parts = [f"{self.read} articles read: {self.added} added, {self.updated} updated, "
                 f"{self.unchanged} unchanged" + (f" ({self.skipped} with the same input, not extracted again)"
                                                   if self.skipped else "")]
        if self.removed or self.missing:
            parts.append(f"{self.removed} removed" + (f", {len(self.missing)} not in the store" if self.missing else ""))
        parts.append(f"{len(self.rejected)} rejected")
        line = "; ".join(parts)
        if store is not None:
            line += f"; {len(store)} quads in {store.path or 'memory'}"
        return line


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
        """Replace one article's graph in one transaction; returns "added", "updated" or "unchanged"."""
        with self.writer() as writer:
            return writer.put(graph.value, nquads(quads))

    def writer(self, batch_quads: int = 100_000, background: bool = False, lenient: bool = False) -> "Writer":
        """Batched, crash-safe writes of whole article graphs (use as a context manager). With
        `background`, each batch is written by a thread while the caller goes on (see `Writer`).
        `lenient`: new graphs are bulk-loaded without Oxigraph checking every IRI again (only for
        N-Quads the builder wrote itself, whose IRIs from outside text were checked when written)."""
        return Writer(self, batch_quads, background, lenient)

    def graph_nquads(self, graph: str) -> bytes:
        """One article's graph as sorted N-Quads lines (b"" when the store does not hold it)."""
        node = ox.NamedNode(graph)
        if not self.ox.contains_named_graph(node):
            return b""
        suffix = f" <{graph}> .\n".encode()
        triples = self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=node).splitlines(keepends=True)
        return b"".join(sorted(line[:-3] + suffix for line in triples))  # "<s> <p> <o> .\n"

    def changes(self) -> "ChangeLog | None":
        """The log of articles written since the last `validate` (None for an in-memory store)."""
        return ChangeLog(self.path) if self.path is not None else None

    def close(self) -> None:
        """Flush and release the on-disk store (its lock is freed with the last reference)."""
        if getattr(self, "ox", None) is not None:
            self.flush()
            self.ox = None
            if not self.read_only:  # a read-only snapshot holds no lock another process waits for
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


CHANGES = "changes.log"      # article graphs written since the last validation, one IRI a line
VALIDATED = "validated"       # exists once `validate` has checked the whole store


class ChangeLog:
    """Which article graphs were written since the last validation (so `validate` can be incremental).

    The writer notes a batch's graphs before writing them, holding a lock on ``changes.lock`` until
    the batch is written; `take` moves the log aside under the same lock, so every graph it returns
    is written (or its write was interrupted: checking it again is harmless). Graphs still failing
    are put back by `done`.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.log = self.folder / CHANGES
        self.taken = self.folder / (CHANGES + ".checking")

    @property
    def validated(self) -> bool:
        return (self.folder / VALIDATED).exists()

    def _locked(self):
        import contextlib
        import fcntl

        @contextlib.contextmanager
        def lock():
            with open(self.folder / "changes.lock", "a") as handle:
                fcntl.flock(handle, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        return lock()

    def writing(self, graphs: list[str]):
        """Note `graphs` and hold the lock while the caller writes them."""
        import contextlib

        @contextlib.contextmanager
        def noted():
            with self._locked():
                with open(self.log, "a", encoding="utf-8") as log:
                    log.write("".join(g + "\n" for g in graphs))
                yield
        return noted()

    def pending(self) -> list[str]:
        seen: dict[str, None] = {}
        for path in (self.taken, self.log):
            if path.exists():
                seen.update(dict.fromkeys(line for line in path.read_text("utf-8").splitlines() if line))
        return list(seen)

    def take(self) -> list[str] | None:
        """The graphs to check, moved aside; None when the store was never validated (check all)."""
        with self._locked():
            graphs = self.pending()
            if self.log.exists():
                with open(self.taken, "a", encoding="utf-8") as out:
                    out.write(self.log.read_text("utf-8"))
                self.log.unlink()
        return graphs if self.validated else None

    def done(self, failing: list[str], full: bool) -> None:
        """A validation finished: keep `failing` for the next one; after a full check, mark the store."""
        with self._locked():
            if failing:
                with open(self.log, "a", encoding="utf-8") as log:
                    log.write("".join(g + "\n" for g in failing))
            self.taken.unlink(missing_ok=True)
            if full:
                (self.folder / VALIDATED).write_text("the whole store was validated; changes.log lists "
                                                     "the articles written since\n", encoding="utf-8")


def nquads(quads) -> bytes:
    """Quads as sorted, unique N-Quads lines: the form workers send and the writer compares."""
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def _graph_block(graph: str, lines: set[bytes]) -> str:
    """N-Quads lines of one graph as a SPARQL ``GRAPH <g> { triples }`` block (N-Triples terms are
    SPARQL terms)."""
    cut = len(f" <{graph}> .")
    return f"GRAPH <{graph}> {{\n" + b"\n".join(line[:-cut] + b" ." for line in sorted(lines)).decode("utf-8") + "\n}"


UPDATE_SHARE = 8  # a batch of changed graphs holds 1/8 of the quads of a batch of new ones


class Writer:
    """Writes whole article graphs in batches; see the module docstring for why a batch is crash-safe.

    `put` says at once whether the article is added, updated or unchanged (it compares with what the
    store holds, or with what this batch already holds for the same article: the later one wins).
    """

    def __init__(self, store: Store, batch_quads: int = 100_000, background: bool = False, lenient: bool = False):
        if store.read_only:
            raise OSError("the store is open read-only")
        self.store = store
        self.batch_quads = batch_quads
        self.new: dict[str, bytes] = {}                   # graph -> N-Quads, not in the store
        self.changed: dict[str, tuple[bytes, bytes]] = {} # graph -> (stored N-Quads, new N-Quads)
        self.dropped: set[str] = set()                    # graphs to remove
        self.size = 0                                     # lines in the batch
        self.changing = 0                                 # lines of the changed graphs (old and new)
        # background: a committed batch is written by a thread (pyoxigraph's bulk load and update
        # release the GIL) while the caller prepares the next one; at most one batch is in flight,
        # and a graph of the batch in flight is not read nor queued again before it is written
        self.background = background
        self.lenient = lenient
        self._thread = None
        self._inflight: set[str] = set()
        self._error: BaseException | None = None

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        try:
            self.commit()  # on an error too: the queued articles are whole, so storing them is safe
            self.wait()
        except Exception:
            if exc_type is None:
                raise

    def wait(self) -> None:
        """Until the batch in flight (if any) is written; raises its error."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            self._inflight = set()
        if self._error is not None:
            err, self._error = self._error, None
            raise err

    def put(self, graph: str, data: bytes, stored: bytes | None = None) -> str:
        """Queue one article's graph (sorted N-Quads lines, see `nquads`); returns the outcome.
        `stored`: what the store holds for it, when the caller has just read it (`graph_nquads`)."""
        if graph in self._inflight:
            self.wait()
            stored = None  # read before this batch was written
        if graph in self.new:
            outcome = "unchanged" if self.new[graph] == data else "updated"
            self.new[graph] = data
            return outcome
        if graph in self.changed:
            old, pending = self.changed[graph]
            if pending == data:
                return "unchanged"
            if old == data:
                del self.changed[graph]
            else:
                self.changed[graph] = (old, data)
            return "updated"
        if graph in self.dropped:
            self.commit()
            self.wait()
        old = self.store.graph_nquads(graph) if stored is None else stored
        if old == data:
            return "unchanged"
        if not old:
            self.new[graph] = data
            outcome = "added"
        else:
            self.changed[graph] = (old, data)
            outcome = "updated"
        self.size += data.count(b"\n")
        if outcome == "updated":
            self.changing += data.count(b"\n") + old.count(b"\n")
        # a transaction holds its whole change in memory (SPARQL text, plan, RocksDB write batch):
        # changed graphs go in smaller batches than new ones
        if self.size >= self.batch_quads or self.changing >= max(1, self.batch_quads // UPDATE_SHARE):
            self.commit()
        return outcome

    def remove(self, graph: str) -> bool:
        """Queue the removal of one article's graph; False when neither the store nor the batch holds it."""
        if graph in self._inflight:
            self.wait()
        if self.new.pop(graph, None) is not None:
            return True
        held = self.changed.pop(graph, None) is not None or self.store.ox.contains_named_graph(ox.NamedNode(graph))
        if held:
            self.dropped.add(graph)
        return held

    def commit(self) -> None:
        """Write the batch: new articles in one atomic bulk load, the rest in one transaction (in the
        background: hand it to the writing thread once the batch before is written)."""
        if not (self.new or self.changed or self.dropped):
            return
        batch = (self.new, self.changed, self.dropped)
        self.new, self.changed, self.dropped, self.size, self.changing = {}, {}, set(), 0, 0
        if not self.background:
            self._logged(*batch)
            return
        import threading

        self.wait()
        self._inflight = {*batch[0], *batch[1], *batch[2]}
        self._thread = threading.Thread(target=self._run, args=batch, name="vnkg-writer", daemon=True)
        self._thread.start()

    def _run(self, new, changed, dropped) -> None:
        try:
            self._logged(new, changed, dropped)
        except BaseException as err:  # raised in the caller's thread by `wait`
            self._error = err

    def _logged(self, new, changed, dropped) -> None:
        log = self.store.changes()
        with log.writing([*new, *changed, *dropped]) if log else contextlib.nullcontext():
            self._write(new, changed, dropped)

    def _write(self, new, changed, dropped) -> None:
        if new:
            self.store.ox.bulk_load(b"".join(new.values()), format=ox.RdfFormat.N_QUADS, lenient=self.lenient)
        ops = [f"DROP SILENT GRAPH <{g}>" for g in sorted(dropped)]
        gone, added = [], []
        for graph, (old, data) in changed.items():
            old_lines, new_lines = set(old.splitlines()), set(data.splitlines())
            if old_lines - new_lines:
                gone.append(_graph_block(graph, old_lines - new_lines))
            if new_lines - old_lines:
                added.append(_graph_block(graph, new_lines - old_lines))
        if gone:
            ops.append("DELETE DATA {\n" + "\n".join(gone) + "\n}")
        if added:
            ops.append("INSERT DATA {\n" + "\n".join(added) + "\n}")
        if ops:
            self.store.ox.update(" ;\n".join(ops))  # one request, one transaction


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

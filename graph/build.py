"""Build a store from a corpus, and read the flat facts back out of it.

The pipeline: one reader (this process) streams articles from the files; extraction and the
article's quads run in `jobs` worker processes (pure functions: text in, sorted N-Quads bytes out);
one writer (this process) stores them in crash-safe batches (see `store.Writer`). Articles and
results flow through bounded queues, so memory does not grow with the corpus.
"""
from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator

from tqdm import tqdm

from vnkg.extract import extract
from vnkg.extract.model import Article
from vnkg.extract.readers import Note, Rejected, read
from vnkg.extract.text import key

from . import resolve
from . import rdf
from .rdf import article_iri, input_digest
from .store import Report, Store, nquads

CHUNK_BYTES = 256 * 1024     # articles are sent to a worker in chunks of about this much text
CHUNK_ARTICLES = 64
SERIAL_ARTICLES = 64         # a corpus this small is not worth starting worker processes for


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def article_nquads(article: Article, coverage=None) -> tuple[str, bytes | None, str | None, list]:
    """Extraction and quads of one article: (graph IRI, sorted N-Quads, error or None, the person
    mentions for the resolve stage). Pure, but for counting the article's facts into `coverage` (a
    `report.Coverage`) when given. People carry the first id of their name block; the writer
    renames those the resolve stage knows by another id (`minted`)."""
    graph = article_iri(article.id).value
    try:
        facts = extract(article)
        data = rdf.article_nquads(facts)
        mentions = resolve.mentions_of(facts)
    except Exception as err:  # an extractor bug must not lose the rest of the corpus
        return graph, None, f"article {article.id}: extraction failed: {err!r}", []
    if coverage is not None:
        coverage.add(facts)
    return graph, data, None, mentions


def minted(state, doc: str, mentions: list, data: bytes) -> tuple[bytes, dict[str, str]]:
    """The article's quads with the person ids the resolve stage gave its names before (most keep
    the first id of their block, which the worker already used), and those ids."""
    ids = state.minted_ids(doc, {m.key for m in mentions})
    renames = {resolve.base_id(k): v for k, v in ids.items() if v != resolve.base_id(k)}
    if renames:
        data = resolve.renamed_nquads(data, renames)
    return data, ids


def merge_coverage(total, part) -> None:
    """Add one `report.Coverage` (counts and Counters) into another."""
    import dataclasses

    for f in dataclasses.fields(total):
        setattr(total, f.name, getattr(total, f.name) + getattr(part, f.name))


_CPU_REPORTED = 0.0


def _work(articles: list[Article]) -> tuple[list[tuple], float, int, object]:
    """A worker's task: the chunk's results, the CPU seconds this worker spent since its last report,
    its peak memory (RSS, kB) and the coverage of the chunk's articles."""
    import resource

    from .report import Coverage

    global _CPU_REPORTED
    coverage = Coverage()
    results = [article_nquads(a, coverage) for a in articles]
    now = time.process_time()
    spent, _CPU_REPORTED = now - _CPU_REPORTED, now
    return results, spent, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, coverage


def _warm() -> None:
    """Load the lexicon and gazetteer once per worker, before the first article."""
    extract(Article("warm-up", "Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị."))


def _worker_start(parent: int) -> None:
    """A worker's first step: exit as soon as the build that started it is gone (killed with -9, its
    workers would otherwise wait for work forever), then warm up."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="vnkg-parent-watch").start()
    _warm()


def _chunks(items: Iterator) -> Iterator[list]:
    """Items in order, grouped: each group holds at most CHUNK_ARTICLES articles / CHUNK_BYTES of text."""
    chunk, size, count = [], 0, 0
    for item in items:
        chunk.append(item)
        if len(chunk) >= 16 * CHUNK_ARTICLES:  # mostly unchanged articles: keep the chunks small anyway
            yield chunk
            chunk, size, count = [], 0, 0
        elif isinstance(item, Article):
            size += len(item.text)
            count += 1
            if count >= CHUNK_ARTICLES or size >= CHUNK_BYTES:
                yield chunk
                chunk, size, count = [], 0, 0
    if chunk:
        yield chunk


def processed(items: Iterable, jobs: int = 1, stats: dict | None = None) -> Iterator[tuple]:
    """(item, result) in input order: result is `article_nquads(item)` for an Article, None otherwise.

    With jobs > 1 the articles are extracted in that many worker processes (started only once the
    corpus is bigger than SERIAL_ARTICLES); at most a few chunks per worker are in flight, so a
    corpus of any size streams through in bounded memory. `stats["worker_cpu"]` adds up the CPU
    seconds the workers report, `stats["worker_rss_kb"]` is the largest worker's peak memory, and
    the facts are counted into `stats["coverage"]` (a `report.Coverage`) when it is there.
    """
    stats = stats if stats is not None else {}
    stats.setdefault("worker_cpu", 0.0)
    stats.setdefault("worker_rss_kb", 0)
    coverage = stats.get("coverage")
    chunks = _chunks(iter(items))
    head: list[list] = []
    if jobs > 1:
        for chunk in chunks:  # look ahead: is the corpus big enough for workers?
            head.append(chunk)
            if sum(isinstance(i, Article) for c in head for i in c) > SERIAL_ARTICLES:
                break
        else:
            jobs = 1
    if jobs <= 1:
        for chunk in [*head, *chunks]:
            for item in chunk:
                yield item, (article_nquads(item, coverage) if isinstance(item, Article) else None)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: fresh workers, not forks of this process (which holds the open store and its threads);
    # each one exits by itself if this process dies
    ctx = multiprocessing.get_context("spawn")
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start,
                             initargs=(os.getpid(),)) as pool:
        for chunk in itertools.chain(head, chunks):
            articles = [i for i in chunk if isinstance(i, Article)]
            pending.append((chunk, pool.submit(_work, articles) if articles else None))
            while len(pending) > 3 * jobs:
                yield from _drain(*pending.popleft(), stats)
        while pending:
            yield from _drain(*pending.popleft(), stats)


def _drain(chunk: list, future, stats: dict) -> Iterator[tuple]:
    results, cpu, rss, coverage = future.result() if future is not None else ((), 0.0, 0, None)
    stats["worker_cpu"] += cpu
    stats["worker_rss_kb"] = max(stats["worker_rss_kb"], rss)
    if coverage is not None and stats.get("coverage") is not None:
        merge_coverage(stats["coverage"], coverage)
    results = iter(results)
    for item in chunk:
        yield item, (next(results) if isinstance(item, Article) else None)


class Unchanged:
    """An article whose input digest (vn:inputDigest) the store already holds: not read again."""

    __slots__ = ("id", "bytes")

    def __init__(self, article: Article):
        self.id = article.id
        self.bytes = len(article.text.encode("utf-8"))


def _unchanged_skipped(items: Iterable, store: Store, state) -> Iterator:
    """The reader's items, with each article whose graph the store holds from the same input (same
    text, metadata, file, and code version: graph/rdf.py's `input_digest`) replaced by `Unchanged`.
    The resolver's state must have read that same input too: it commits after the store is written,
    so an article stored by a build that was killed before it finished is read again. An id read a
    second time in one build is always read again (the later article wins)."""
    import pyoxigraph as ox

    from vnkg.schema import VN

    digest_p = ox.NamedNode(str(VN.inputDigest))
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            first = item.id not in seen
            seen.add(item.id)
            if first:
                g = article_iri(item.id)
                stored = next(store.ox.quads_for_pattern(g, digest_p, None, g), None)
                if stored is not None and stored.object.value == input_digest(item) == state.input_digest(item.id):
                    yield Unchanged(item)
                    continue
        yield item


def build(paths: Iterable[str], store: Store, progress: bool = False, on_problem=None, jobs: int = 1,
          batch_quads: int = 100_000, reread: bool = False) -> Report:
    """Read, extract and store every article under `paths`; bad inputs are reported, not fatal.

    `jobs` worker processes extract (1: all in this process). The articles' graphs are spooled to a
    temporary file while their person mentions go to the resolve stage (graph/resolve.py); once it
    has re-resolved the name blocks they touched, they are stored with their people's resolved ids,
    in batches of about `batch_quads` quads, each batch crash-safe and written by a thread while
    this one prepares the next; stored articles whose people changed ids are rewritten after.
    (Storing each article as it comes and rewriting the renamed ones after was tried: a fresh
    build renames a third of its articles, and rewriting them cost more than the overlap gained.)
    With jobs > 1, call it from a script guarded by ``if __name__ == "__main__":`` (workers are
    spawned and import the main module).
    """
    import tempfile

    from .report import Coverage

    report = Report(coverage=Coverage())
    t0, cpu0 = time.perf_counter(), time.process_time()
    stats: dict = {"coverage": report.coverage}
    state = resolve.state_for(store)
    state.judgments()  # a corrupt judgments file stops the build before anything is written

    def problem(item) -> None:
        (report.rejected if isinstance(item, Rejected) else report.notes).append(item)
        if on_problem:
            on_problem(item)

    items = read(paths) if reread else _unchanged_skipped(read(paths), store, state)
    with tempfile.TemporaryFile(dir=store.path, prefix=".vnkg-spool-") as spool:
        bar = tqdm(desc="reading", unit=" art", disable=not progress, leave=False, smoothing=0.05)
        for item, result in processed(items, jobs, stats):
            if isinstance(item, Unchanged):
                report.read += 1
                report.unchanged += 1
                report.skipped += 1
                report.bytes += item.bytes
                bar.update(1)
                continue
            if not isinstance(item, Article):
                problem(item)
                continue
            report.read += 1
            report.bytes += len(item.text.encode("utf-8"))
            graph, data, error, mentions = result
            if error:
                problem(Rejected(item.source or item.id, None, error))
                continue
            data, ids = minted(state, item.id, mentions, data)
            state.put(item.id, mentions, ids)
            state.read_input(item.id, input_digest(item))
            _spool(spool, item.id, graph, data)
            bar.update(1)
        bar.close()
        # who is who across articles: only the name blocks these articles touched are re-resolved
        t1 = time.perf_counter()
        changes = resolve.resolved_changes(state)
        report.resolve_seconds = time.perf_counter() - t1
        spool.seek(0)
        bar = tqdm(desc="storing", unit=" art", disable=not progress, leave=False, total=report.read)
        # a thread writes each batch while this one prepares the next (renames, the resolution graph)
        # (lenient: these N-Quads are the builder's, whose IRIs made of outside text were checked when written)
        with store.writer(batch_quads, background=True, lenient=True) as writer:
            for doc, graph, data in _unspool(spool):
                mapping = changes.pop(doc, None)
                if mapping:
                    data = resolve.renamed_nquads(data, mapping)
                    state.mark_minted(doc)
                report.quads += data.count(b"\n")
                outcome = writer.put(graph, data)
                setattr(report, outcome, getattr(report, outcome) + 1)
                bar.update(1)
            bar.close()
            t1 = time.perf_counter()
            report.renamed = len(changes)
            # articles stored before whose people changed ids, the resolution graph; the resolver's
            # state is committed once all of it is written
            resolve.finish(store, state, changes, writer)
            report.resolve_seconds += time.perf_counter() - t1
    store.flush()
    report.seconds = time.perf_counter() - t0
    report.cpu = time.process_time() - cpu0 + stats.get("worker_cpu", 0.0)
    report.worker_rss_kb = stats.get("worker_rss_kb", 0)
    return report


def _spool(spool, doc: str, graph: str, data: bytes) -> None:
    head = json.dumps([doc, graph, len(data)], ensure_ascii=False).encode("utf-8")
    spool.write(head + b"\n" + data)


def _unspool(spool) -> Iterator[tuple[str, str, bytes]]:
    while True:
        head = spool.readline()
        if not head:
            return
        doc, graph, size = json.loads(head)
        yield doc, graph, spool.read(size)


def remove(ids: Iterable[str], store: Store) -> Report:
    """Remove articles (by id) and everything they said, in one transaction."""
    report = Report()
    t0 = time.perf_counter()
    state = resolve.state_for(store)
    with store.writer() as writer:
        for ident in ids:
            if writer.remove(article_iri(ident).value):
                report.removed += 1
                state.remove(ident)
            else:
                report.missing.append(ident)
    resolve.apply(store, state)  # the people those articles named may now be resolved otherwise
    store.flush()
    report.seconds = time.perf_counter() - t0
    return report


def flat_facts(store: Store) -> Iterator[dict]:
    """The facts of ../shared/eval/SPEC.md, read from the built graph."""
    _, rows = store.named("facts_article")
    for r in sorted(rows, key=lambda r: r["doc"]):
        yield {"doc": r["doc"], "type": "article", "area": r["area"] or "", "date": r["date"],
               "area_source": r["area_source"], "date_source": r["date_source"]}
    _, rows = store.named("facts_person")
    seen = set()
    for r in sorted(rows, key=lambda r: (r["doc"], r["name"], r["person"])):
        k = (r["doc"], key(r["name"]))
        if k not in seen:
            seen.add(k)
            yield {"doc": r["doc"], "type": "person", "name": r["name"], "id": r["person"].rsplit("/", 1)[-1]}
    _, rows = store.named("facts_position")
    for r in sorted(rows, key=lambda r: (r["doc"], r["name"], r["title"])):
        yield {"doc": r["doc"], "type": "position", "person": r["name"], "title": r["title"],
               "area": r["area"] or ""}
    _, rows = store.named("facts_meeting")
    meetings: dict[tuple, dict] = {}
    for r in rows:
        m = meetings.setdefault((r["doc"], r["m"]), {"doc": r["doc"], "date": r["date"], "area": r["area"] or "",
                                                    "organizer": r["organizer"], "chairs": set()})
        if r["chair"]:
            m["chairs"].add(r["chair"])
    for (doc, iri), m in sorted(meetings.items(), key=lambda kv: (kv[0][0], kv[1]["date"] or "", kv[0][1])):
        base = {"doc": doc, "date": m["date"], "area": m["area"], "meeting": iri}
        yield {**base, "type": "meeting"}
        if m["organizer"]:
            yield {**base, "type": "organizer", "organizer": m["organizer"]}
        for chair in sorted(m["chairs"]):
            yield {**base, "type": "chair", "person": chair}

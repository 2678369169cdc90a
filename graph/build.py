"""Build a store from a corpus, and read the flat facts back out of it.

The pipeline: one reader (this process) streams articles from the files; extraction and the
article's quads run in `jobs` worker processes (pure functions: text in, sorted N-Quads bytes out);
one writer (this process) stores them in crash-safe batches (see `store.Writer`). Articles and
results flow through bounded queues, so memory does not grow with the corpus.
"""
from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Iterable, Iterator

from tqdm import tqdm

from vnkg.extract import extract
from vnkg.extract.model import Article
from vnkg.extract.readers import Note, Rejected, read
from vnkg.extract.text import key

from .rdf import article_iri, article_quads
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


def article_nquads(article: Article) -> tuple[str, bytes | None, str | None]:
    """Extraction and quads of one article: (graph IRI, sorted N-Quads, error or None). Pure."""
    graph = article_iri(article.id).value
    try:
        return graph, nquads(article_quads(extract(article))), None
    except Exception as err:  # an extractor bug must not lose the rest of the corpus
        return graph, None, f"article {article.id}: extraction failed: {err!r}"


_CPU_REPORTED = 0.0


def _work(articles: list[Article]) -> tuple[list[tuple[str, bytes | None, str | None]], float, int]:
    """A worker's task: the chunk's results, the CPU seconds this worker spent since its last report, and
    its peak memory (RSS, kB)."""
    import resource

    global _CPU_REPORTED
    results = [article_nquads(a) for a in articles]
    now = time.process_time()
    spent, _CPU_REPORTED = now - _CPU_REPORTED, now
    return results, spent, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _warm() -> None:
    """Load the lexicon and gazetteer once per worker, before the first article."""
    extract(Article("warm-up", "Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị."))


def _chunks(items: Iterator) -> Iterator[list]:
    """Items in order, grouped: each group holds at most CHUNK_ARTICLES articles / CHUNK_BYTES of text."""
    chunk, size, count = [], 0, 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Article):
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
    seconds the workers report, `stats["worker_rss_kb"]` is the largest worker's peak memory.
    """
    stats = stats if stats is not None else {}
    stats.setdefault("worker_cpu", 0.0)
    stats.setdefault("worker_rss_kb", 0)
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
                yield item, (article_nquads(item) if isinstance(item, Article) else None)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: workers fork from a clean process that has imported vnkg, not from this one
    # (which holds the open store and its threads)
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["vnkg.graph.build"])
    pending: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm) as pool:
        for chunk in itertools.chain(head, chunks):
            articles = [i for i in chunk if isinstance(i, Article)]
            pending.append((chunk, pool.submit(_work, articles) if articles else None))
            while len(pending) > 3 * jobs:
                yield from _drain(*pending.popleft(), stats)
        while pending:
            yield from _drain(*pending.popleft(), stats)


def _drain(chunk: list, future, stats: dict) -> Iterator[tuple]:
    results, cpu, rss = future.result() if future is not None else ((), 0.0, 0)
    stats["worker_cpu"] += cpu
    stats["worker_rss_kb"] = max(stats["worker_rss_kb"], rss)
    results = iter(results)
    for item in chunk:
        yield item, (next(results) if isinstance(item, Article) else None)


def build(paths: Iterable[str], store: Store, progress: bool = False, on_problem=None, jobs: int = 1,
          batch_quads: int = 200_000) -> Report:
    """Read, extract and store every article under `paths`; bad inputs are reported, not fatal.

    `jobs` worker processes extract (1: all in this process). The store is written in batches of
    about `batch_quads` quads, each batch crash-safe.
    """
    report = Report()
    t0, cpu0 = time.perf_counter(), time.process_time()
    bar = tqdm(desc="articles", unit=" art", disable=not progress, leave=False, smoothing=0.05)
    stats: dict = {}

    def problem(item) -> None:
        (report.rejected if isinstance(item, Rejected) else report.notes).append(item)
        if on_problem:
            on_problem(item)

    with store.writer(batch_quads) as writer:
        for item, result in processed(read(paths), jobs, stats):
            if not isinstance(item, Article):
                problem(item)
                continue
            report.read += 1
            report.bytes += len(item.text.encode("utf-8"))
            graph, data, error = result
            if error:
                problem(Rejected(item.source or item.id, None, error))
                continue
            report.quads += data.count(b"\n")
            outcome = writer.put(graph, data)
            setattr(report, outcome, getattr(report, outcome) + 1)
            bar.update(1)
    bar.close()
    store.flush()
    report.seconds = time.perf_counter() - t0
    report.cpu = time.process_time() - cpu0 + stats.get("worker_cpu", 0.0)
    report.worker_rss_kb = stats.get("worker_rss_kb", 0)
    return report


def remove(ids: Iterable[str], store: Store) -> Report:
    """Remove articles (by id) and everything they said, in one transaction."""
    report = Report()
    t0 = time.perf_counter()
    with store.writer() as writer:
        for ident in ids:
            if writer.remove(article_iri(ident).value):
                report.removed += 1
            else:
                report.missing.append(ident)
    store.flush()
    report.seconds = time.perf_counter() - t0
    return report


def flat_facts(store: Store) -> Iterator[dict]:
    """The facts of ../shared/eval/SPEC.md, read from the built graph."""
    _, rows = store.named("facts_person")
    seen = set()
    for r in sorted(rows, key=lambda r: (r["doc"], r["name"])):
        k = (r["doc"], key(r["name"]))
        if k not in seen:
            seen.add(k)
            yield {"doc": r["doc"], "type": "person", "name": r["name"]}
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

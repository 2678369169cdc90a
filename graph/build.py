"""Build a store from a corpus, and read the flat facts back out of it."""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from tqdm import tqdm

from vnkg.extract import extract
from vnkg.extract.readers import Note, Rejected, read
from vnkg.extract.text import key

from . import resolve
from .rdf import article_iri, article_quads
from .store import Report, Store


def build(paths: Iterable[str], store: Store, progress: bool = False,
          on_problem=None) -> Report:
    """Read, extract and store every article under `paths`; bad inputs are reported, not fatal."""
    from .report import Coverage

    report = Report(coverage=Coverage())
    t0 = time.perf_counter()
    bar = tqdm(desc="articles", unit=" art", disable=not progress, leave=False)
    state = resolve.state_for(store)
    state.judgments()  # a corrupt judgments file stops the build before anything is written
    for item in read(paths):
        if isinstance(item, Rejected):
            report.rejected.append(item)
            if on_problem:
                on_problem(item)
            continue
        if isinstance(item, Note):
            report.notes.append(item)
            if on_problem:
                on_problem(item)
            continue
        report.read += 1
        try:
            facts = extract(item)
            mentions = resolve.mentions_of(facts)
            ids = state.minted_ids(item.id, {m.key for m in mentions})
            quads = article_quads(facts, ids)
            report.coverage.add(facts)
        except Exception as err:  # an extractor bug must not lose the rest of the corpus
            problem = Rejected(item.source or item.id, None, f"article {item.id}: extraction failed: {err!r}")
            report.rejected.append(problem)
            if on_problem:
                on_problem(problem)
            continue
        outcome = store.put_article(article_iri(item.id), quads)
        state.put(item.id, mentions, ids)
        setattr(report, outcome, getattr(report, outcome) + 1)
        bar.update(1)
    bar.close()
    # who is who across articles: only the name blocks these articles touched are re-resolved
    resolve.apply(store, state)
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

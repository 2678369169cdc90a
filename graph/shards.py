"""N-Quads shards: the output of a distributed build (`vnkg build --dask`), and `vnkg load`.

A shard is an N-Quads file in which each article's quads (its named graph) are written together, in
corpus order. Loading shards into a store goes through the same crash-safe `Writer` as a build, so
loading is idempotent (added / updated / unchanged) and a later copy of an article replaces an
earlier one, as in a single-process build.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from vnkg.extract.readers import Rejected
from vnkg.schema import ID

from .store import Report, Store, nquads

SUFFIX = ".nq"
ARTICLE_GRAPH = f"{ID}article/"


def shard_name(index: int) -> str:
    return f"part-{index:05d}{SUFFIX}"


def mentions_path(shard: str | os.PathLike) -> Path:
    """The file beside a shard with its articles' person mentions (for the resolve stage)."""
    path = Path(shard)
    return path.with_name(path.name[:-len(SUFFIX)] + ".mentions.jsonl" if path.name.endswith(SUFFIX) else
                          path.name + ".mentions.jsonl")


def _mentions(shard: Path) -> dict[str, tuple[str, list]]:
    """graph IRI -> (article id, its mentions), from the file beside a shard ({} if there is none)."""
    import json

    from .resolve import Mention

    side = mentions_path(shard)
    if not side.exists():
        return {}
    out = {}
    with side.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            out[row["graph"]] = (row["doc"], [Mention.from_json(m) for m in row["mentions"]])
    return out


def write_shard(path: str | os.PathLike, graphs: Iterable[bytes]) -> int:
    """Write article graphs (sorted N-Quads each) to `path` atomically; returns the bytes written."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    size = 0
    with open(tmp, "wb") as out:
        for data in graphs:
            out.write(data)
            size += len(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return size


def shard_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Rejected]:
    """The shard files under `paths` (folders: their *.nq files, sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.iterdir() if f.is_file() and f.suffix == SUFFIX)
        elif path.is_file():
            yield path
        else:
            yield Rejected(str(path), None, "no such file or folder")


def _graphs(path: Path) -> Iterator[tuple[str, bytes] | Rejected]:
    """(graph IRI, its sorted N-Quads) for each article of one shard, in order."""
    source = str(path)
    graph, group, done = None, [], set()
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            name = quad.graph_name
            if not isinstance(name, ox.NamedNode) or not name.value.startswith(ARTICLE_GRAPH):
                yield Rejected(source, None, f"a quad outside any article graph: {quad}")
                return
            if name.value != graph:
                if graph is not None:
                    done.add(graph)
                    yield graph, nquads(group)
                if name.value in done:
                    yield Rejected(source, None, f"the quads of <{name.value}> are not written together; "
                                                 "vnkg load reads shards written by `vnkg build --dask`")
                    return
                graph, group = name.value, []
            group.append(quad)
    except SyntaxError as err:
        line = err.args[1][1] if len(err.args) > 1 and err.args[1] else None
        yield Rejected(source, line, f"malformed N-Quads: {err.args[0]}")
        return  # the article being read when the error came is not stored: it may be cut short
    except OSError as err:
        yield Rejected(source, None, f"cannot read: {err.strerror or err}")
        return
    if graph is not None:
        yield graph, nquads(group)


def load(paths: Iterable[str | os.PathLike], store: Store, progress: bool = False, on_problem=None,
         batch_quads: int = 100_000) -> Report:
    """Store the articles of N-Quads shards (see the module docstring). Shards written by `vnkg build
    --dask` carry their person mentions beside them: those go through the resolve stage first, as in
    a build, so the articles are stored with their people's resolved ids."""
    from tqdm import tqdm

    from . import resolve
    from .build import minted

    state = resolve.state_for(store)
    state.judgments()  # a corrupt judgments file stops before anything is written
    report = Report()
    t0, cpu0 = time.perf_counter(), time.process_time()

    def problem(item: Rejected) -> None:
        report.rejected.append(item)
        if on_problem:
            on_problem(item)

    files = []
    for path in shard_files(paths):
        if isinstance(path, Rejected):
            problem(path)
        else:
            files.append(path)
    for path in files:  # who is who first: the people of every shard
        for doc, mentions in _mentions(path).values():
            state.put(doc, mentions, state.minted_ids(doc, {m.key for m in mentions}))
    changes = resolve.resolved_changes(state)
    bar = tqdm(desc="articles", unit=" art", disable=not progress, leave=False)
    dropped = []
    with store.writer(batch_quads, background=True) as writer:  # a thread writes each batch
        for path in files:
            people = _mentions(path)
            stored = set()
            for item in _graphs(path):
                if isinstance(item, Rejected):
                    problem(item)
                    continue
                graph, data = item
                report.read += 1
                doc, mentions = people.get(graph, (None, None))
                if doc is not None:  # the resolved ids
                    data, _ = minted(state, doc, mentions, data)
                    state.mark_minted(doc)
                    changes.pop(doc, None)
                    stored.add(graph)
                report.quads += data.count(b"\n")
                outcome = writer.put(graph, data)
                setattr(report, outcome, getattr(report, outcome) + 1)
                bar.update(1)
            dropped += [doc for graph, (doc, _) in people.items() if graph not in stored]
    bar.close()
    for doc in dropped:  # a broken shard: the articles not stored are not people's evidence either
        state.remove(doc)
    if dropped:
        changes.update(resolve.resolved_changes(state))
    resolve.finish(store, state, changes)
    store.flush()
    report.seconds = time.perf_counter() - t0
    report.cpu = time.process_time() - cpu0
    return report

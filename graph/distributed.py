"""Extraction past one machine: Dask runs the pure stages over a partitioned corpus.

The client cuts the corpus into partitions (byte ranges of .jsonl files on line boundaries, groups of
.txt/.html files), and each Dask task reads one partition, extracts its articles and writes their
graphs to one N-Quads shard (`shards.write_shard`, atomically). The client then loads the shards,
in corpus order, into the store with the same writer as a local build (`shards.load`), so the store
ends up with the same quads as `vnkg build` on one machine.

The corpus and the shard folder must be reachable under the same paths from every worker (a shared
or network file system); every worker needs vnkg installed (`pip install 'vnkg[dask]'`).
"""
from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from vnkg.extract.model import Article
from vnkg.extract.readers import Note, Rejected, iter_files, read

from .shards import mentions_path, shard_name, write_shard
from .store import Report

PARTITION_BYTES = 8 * 1024 * 1024
CONNECT_TIMEOUT = "20s"


@dataclass(frozen=True)
class Partition:
    """A byte range of one .jsonl file (line-aligned), or a group of whole files."""

    index: int
    files: tuple[str, ...]      # absolute paths, read by the workers
    names: tuple[str, ...]      # the same files as the user named them (what sources say)
    start: int = 0
    end: int | None = None      # None: whole files
    first_line: int = 1         # line number of `start` in the file

    @property
    def size(self) -> int:
        if self.end is not None:
            return self.end - self.start
        return sum(os.path.getsize(f) for f in self.files)


def partitions(paths, size: int = PARTITION_BYTES) -> tuple[list[Partition], list[Rejected]]:
    """Cut the corpus into partitions of about `size` bytes, in corpus order."""
    parts: list[Partition] = []
    missing: list[Rejected] = []
    group: list[tuple[str, str]] = []
    group_size = 0

    def close_group() -> None:
        nonlocal group, group_size
        if group:
            parts.append(Partition(len(parts), tuple(f for f, _ in group), tuple(n for _, n in group)))
            group, group_size = [], 0

    for item in iter_files(paths):
        if isinstance(item, Rejected):
            missing.append(item)
            continue
        path, name = str(item.resolve()), str(item)
        if item.suffix.lower() != ".jsonl":
            group.append((path, name))
            group_size += item.stat().st_size
            if group_size >= size:
                close_group()
            continue
        close_group()
        for start, end, line in _line_ranges(path, size):
            parts.append(Partition(len(parts), (path,), (name,), start, end, line))
    close_group()
    return parts, missing


def _line_ranges(path: str, size: int):
    """(start, end, first line number) of the line-aligned pieces of about `size` bytes of a file."""
    total = os.path.getsize(path)
    start, line = 0, 1
    with open(path, "rb") as handle:
        while start < total:
            handle.seek(min(start + size, total))
            if handle.tell() < total:
                handle.readline()  # to the end of the line the cut falls in
            end = handle.tell()
            yield start, end, line
            handle.seek(start)
            remaining, block = end - start, 1 << 20
            while remaining > 0:
                data = handle.read(min(block, remaining))
                line += data.count(b"\n")
                remaining -= len(data)
            start = end


def _relocated(item, names: dict[str, str], offset: int = 0):
    """An item read from `names`' keys (a partition's files or its temporary copy), named as the user
    named the file, with line numbers counted from the start of the original file."""

    def fix(where: str | None) -> str | None:
        for path, name in names.items():
            if where == path:
                return name
            if where and where.startswith(path + ":") and where[len(path) + 1:].isdigit():
                return f"{name}:{int(where[len(path) + 1:]) + offset}"
        return where

    if isinstance(item, Rejected):
        return Rejected(fix(item.source), item.line + offset if item.line else None, item.reason)
    if isinstance(item, Note):
        return Note(fix(item.source), item.message)
    return replace(item, source=fix(item.source))


def _read_partition(part: Partition, tmpdir: str):
    if part.end is None:
        names = dict(zip(part.files, part.names))
        for item in read(part.files):
            yield _relocated(item, names)
        return
    # a piece of a .jsonl file: read through a temporary copy of those lines, then name the
    # original file and line in everything reported or stored
    tmp = os.path.join(tmpdir, "part.jsonl")
    with open(part.files[0], "rb") as src, open(tmp, "wb") as dst:
        src.seek(part.start)
        remaining = part.end - part.start
        while remaining > 0:
            data = src.read(min(1 << 20, remaining))
            if not data:
                break
            dst.write(data)
            remaining -= len(data)
    for item in read([tmp]):
        yield _relocated(item, {tmp: part.names[0]}, part.first_line - 1)


def extract_partition(part: Partition, shard_dir: str) -> dict:
    """A Dask task: read, extract and write the shard of one partition (and beside it the person
    mentions for the resolve stage); returns what it did."""
    import json

    from .build import article_nquads
    from .report import Coverage

    cpu0 = time.process_time()
    shard = os.path.join(shard_dir, shard_name(part.index))
    summary = {"index": part.index, "read": 0, "bytes": 0, "quads": 0, "problems": [], "shard": shard,
               "coverage": Coverage()}
    people: list[bytes] = []

    def graphs(tmpdir):
        for item in _read_partition(part, tmpdir):
            if not isinstance(item, Article):
                summary["problems"].append(item)
                continue
            summary["read"] += 1
            summary["bytes"] += len(item.text.encode("utf-8"))
            graph, data, error, mentions = article_nquads(item, summary["coverage"])
            if error:
                summary["problems"].append(Rejected(item.source or item.id, None, error))
                continue
            summary["quads"] += data.count(b"\n")
            people.append(json.dumps({"graph": graph, "doc": item.id, "mentions": [m.to_json() for m in mentions]},
                                     ensure_ascii=False).encode("utf-8") + b"\n")
            yield data

    with tempfile.TemporaryDirectory(prefix="vnkg-part-") as tmpdir:
        write_shard(shard + ".writing", graphs(tmpdir))
    write_shard(mentions_path(shard), people)  # the mentions first: a shard is complete once it is there
    os.replace(shard + ".writing", shard)
    summary["cpu"] = time.process_time() - cpu0
    return summary


def client_for(address: str, timeout: str | None = None):
    """A Dask client for a scheduler address (tcp://host:8786) or a scheduler file (cluster.json)."""
    from dask.distributed import Client

    timeout = timeout or CONNECT_TIMEOUT
    if address.endswith(".json"):
        # a scheduler file: the scheduler started just before may not have written it yet ("dask scheduler
        # --scheduler-file cluster.json &" then "vnkg build --dask cluster.json" at once): wait for it
        _wait_for_scheduler_file(Path(address), max(60.0, _seconds(timeout)))
        return Client(scheduler_file=address, timeout=timeout)
    return Client(address, timeout=timeout)


def _seconds(timeout: str) -> float:
    from dask.utils import parse_timedelta

    return float(parse_timedelta(timeout, default="seconds"))


def _wait_for_scheduler_file(path: Path, seconds: float) -> None:
    """Until `path` holds a scheduler's address, or `seconds` have passed (then OSError)."""
    import json

    deadline = time.monotonic() + seconds
    while True:
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("address"):
                return
        except (OSError, ValueError):
            pass
        if time.monotonic() > deadline:
            raise OSError(f"no scheduler wrote {path} within {seconds:.0f} s")
        time.sleep(0.1)


def extract_on_cluster(paths, client, shard_dir: str | os.PathLike, partition_bytes: int = PARTITION_BYTES,
                       progress: bool = False, on_problem=None) -> tuple[Report, list[str]]:
    """Extract the corpus on the cluster of `client` into shards; returns the report and the shards
    in corpus order (stale ``part-*.nq`` files of an earlier run in `shard_dir` are removed first)."""
    from dask.distributed import as_completed
    from tqdm import tqdm

    t0 = time.perf_counter()
    shard_dir = Path(shard_dir).resolve()
    shard_dir.mkdir(parents=True, exist_ok=True)
    for old in [*shard_dir.glob("part-*.nq"), *shard_dir.glob("part-*.mentions.jsonl")]:
        old.unlink()
    parts, missing = partitions(paths, partition_bytes)
    report = Report()
    for item in missing:
        report.rejected.append(item)
        if on_problem:
            on_problem(item)
    if not parts:
        return report, []
    futures = client.map(extract_partition, parts, shard_dir=str(shard_dir), pure=False)
    bar = tqdm(total=sum(p.size for p in parts), unit="B", unit_scale=True, desc="extracting",
               disable=not progress, leave=False)
    sizes = {f.key: p.size for f, p in zip(futures, parts)}
    for future in as_completed(futures):
        bar.update(sizes[future.key])
    bar.close()
    summaries = client.gather(futures)
    from .build import merge_coverage
    from .report import Coverage

    report.coverage = Coverage()
    for s in summaries:  # in corpus order
        merge_coverage(report.coverage, s["coverage"])
        report.read += s["read"]
        report.bytes += s["bytes"]
        report.quads += s["quads"]
        report.cpu += s["cpu"]
        for item in s["problems"]:
            (report.rejected if isinstance(item, Rejected) else report.notes).append(item)
            if on_problem:
                on_problem(item)
    report.seconds = time.perf_counter() - t0
    return report, [s["shard"] for s in summaries]

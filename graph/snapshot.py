"""Knowing cheaply whether the on-disk store changed, and taking consistent read-only snapshots of it.

The store's ``rdf/`` folder is a RocksDB database (pyoxigraph). Every write appends to a write-ahead
log or adds a new table file (file numbers only grow), so the list of data files with their sizes
changes whenever the content does. It can also change without a content change (a read-write open
flushes the log), so `files_state` is the cheap first test and `content_digest` (the N-Quads dump,
hashed) the exact one; `Version` keeps both, so the exact one runs only after the cheap one changed.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import struct
from dataclasses import asdict, dataclass
from pathlib import Path


def files_state(rdf: str | os.PathLike) -> str:
    """A short digest of the store's data files (name and size of every table file and non-empty log)."""
    rdf = Path(rdf)
    parts = []
    try:
        entries = sorted(os.scandir(rdf), key=lambda e: e.name)
    except FileNotFoundError:
        return "missing"
    for entry in entries:
        if entry.name.endswith((".sst", ".log", ".blob")) or entry.name.startswith("MANIFEST"):
            size = entry.stat().st_size
            if entry.name.endswith(".log") and size == 0:
                continue
            if entry.name.startswith("MANIFEST"):
                continue  # rewritten by every read-write open; the data files tell the content
            parts.append(f"{entry.name}:{size}")
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=10).hexdigest()


def content_digest(ox_store) -> str:
    """Exact content digest: the store dumped as N-Quads by Oxigraph (deterministic order), hashed."""
    import pyoxigraph as ox

    data = ox_store.dump(format=ox.RdfFormat.N_QUADS)
    return hashlib.blake2b(data, digest_size=12).hexdigest()


@dataclass
class Version:
    files: str
    content: str

    @classmethod
    def read(cls, path: Path) -> "Version | None":
        try:
            return cls(**json.loads(path.read_text()))
        except (OSError, ValueError, TypeError):
            return None

    def write(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self)))
        os.replace(tmp, path)


def current_version(store, known: Version | None) -> Version:
    """The store's version; the content digest is only recomputed when the data files changed."""
    files = files_state(Path(store.path) / "rdf") if store.path is not None else "memory"
    if known is not None and known.files == files and files not in ("memory", "missing"):
        return known
    return Version(files, content_digest(store.ox))


def writer_active(rdf: str | os.PathLike) -> bool:
    """True while a process has the store open for writing (RocksDB holds a POSIX lock on rdf/LOCK).

    Asks with F_GETLK, which only tests the lock: it never takes it, so a build that starts at the
    same moment is not disturbed.
    """
    path = Path(rdf) / "LOCK"
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, probe)
        kind = struct.unpack("hhqqi", answer)[0]
        return kind != fcntl.F_UNLCK
    finally:
        os.close(fd)


def checkpoint(rdf: str | os.PathLike, target: str | os.PathLike) -> int:
    """A consistent copy of the store in `target` (hard links, so it is cheap); returns its quad count."""
    import pyoxigraph as ox

    source = ox.Store.read_only(str(rdf))
    source.backup(str(target))
    return len(source)

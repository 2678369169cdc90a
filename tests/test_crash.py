"""kill -9 during a build and during an update: the store opens, conforms, and every article is as it
was before or as it is after, never missing and never half-written."""
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import generated_corpus
from vnkg.graph.build import build
from vnkg.graph.export import validate
from vnkg.graph.store import CHANGES, Store

N = 160


_IDS = re.compile(rb"<https://vnkg\.dev/id/(person|holding)/[^>/]+")


def graphs(store: Store) -> dict[str, bytes]:
    """The article graphs, people and holdings written as <person>/<holding>: the ids the resolve
    stage gives depend on what the store held before, not on whether a write was whole. (Its own
    graph, derived from the articles, is rewritten by every build.)"""
    return {g.value: b"".join(sorted(_IDS.sub(rb"<\1", line) for line in store.graph_nquads(g.value).splitlines(True)))
            for g in store.ox.named_graphs() if "/article/" in g.value}


def reference(corpus) -> dict[str, bytes]:
    with Store() as store:
        build([corpus], store)
        return graphs(store)


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def build_and_kill(corpus, path, rng: random.Random) -> bool:
    """Start `vnkg build` in a process and kill -9 it just after it starts its k-th batch write (the
    writer notes a batch in changes.log right before writing it); True if it was killed."""
    log = path / CHANGES
    before = len(log.read_text("utf-8").splitlines()) if log.exists() else 0
    kill_after = before + rng.randint(1, 30)  # a batch holds about 15 of these articles
    proc = subprocess.Popen([sys.executable, "-m", "vnkg.cli", "build", str(corpus), "--store", str(path),
                             "--jobs", str(rng.choice([1, 2])), "--batch-quads", "1500", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if log.exists() and len(log.read_bytes().splitlines()) >= kill_after:
            time.sleep(rng.random() * 0.05)  # somewhere inside the batch write
            workers = children(proc.pid)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            deadline = time.monotonic() + 10
            while any(alive(w) for w in workers) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not [w for w in workers if alive(w)], "the killed build's workers live on"
            return True
        time.sleep(0.002)
    err = proc.communicate()[1].decode()
    assert proc.returncode == 0, err
    return False


def check(path, allowed: dict[str, set[bytes]]) -> None:
    with Store(path) as store:
        now = graphs(store)
    assert set(now) <= set(allowed), "a graph that is neither old nor new"
    for graph, versions in allowed.items():
        assert now.get(graph, b"") in versions, f"{graph} is half-written or missing"


def test_kill_during_build_and_update_never_loses_or_halves_an_article(tmp_path):
    rng = random.Random(11)
    corpus = tmp_path / "corpus.jsonl"  # one path: an article's graph records the file it came from
    edit = lambda: generated_corpus(corpus, N, seed=5, changed_seed=6)  # noqa: E731
    new = reference(edit())
    old = reference(old_corpus := generated_corpus(corpus, N, seed=5))
    assert len(old) == N and sum(old[g] != new[g] for g in old) == N // 2
    store = tmp_path / "store"

    # a fresh build, killed: an article is absent or complete
    killed = 0
    for _ in range(3):
        killed += build_and_kill(old_corpus, store, rng)
        check(store, {g: {b"", data} for g, data in old.items()})
    assert killed >= 2
    with Store(store) as s:
        report = build([old_corpus], s)
    assert report.added + report.unchanged == N
    check(store, {g: {data} for g, data in old.items()})

    # an update of half the articles, killed: each article is the old one or the new one
    new_corpus = edit()
    killed = 0
    for _ in range(4):  # checked after every kill: a later build would repair a lost article
        killed += build_and_kill(new_corpus, store, rng)
        check(store, {g: {old[g], new[g]} for g in old})
    assert killed >= 3
    check(store, {g: {old[g], new[g]} for g in old})
    with Store(store) as s:
        conforms, rows = validate(s)
        assert conforms, rows[:3]
        build([new_corpus], s)
    check(store, {g: {data} for g, data in new.items()})

"""How long the resolve stage takes on the person mentions of a large corpus.

Usage: python bench/bench_resolve.py [--articles 150000] [--people 40000] [--seed 7]

The mentions are synthetic (no text is extracted: this measures resolution, not extraction):
`--people` fictional officials, their names drawn from the name-part frequencies the resolver
itself uses (so common names collide as they do in life), each with a home province, a birth
year and one or two posts in a province; each article names 2-7 of the people holding posts in
one province on its date, as colleagues. The script times, in CPU seconds:

- ``score``: the pure resolver, `resolve(mentions)` (blocking, scoring, clustering);
- ``store``: what `vnkg build` does after extraction: every article's mentions written to the
  resolver's state (SQLite) and every block resolved into stable ids;
- ``incremental``: 1,000 more articles added to that state, only their blocks re-resolved.

Target: resolving the mentions of 150,000 articles in at most 2 minutes. It also prints the
pairwise precision and recall of the clusters against the people the mentions were drawn from.
"""
from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from vnkg.graph import resolve as R


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _weighted(table: dict[str, float], rng: random.Random, default: float, extra: int = 60):
    names = list(table) + [f"x{i}" for i in range(extra)]  # the long tail of rare syllables
    weights = list(table.values()) + [default] * extra
    return lambda: rng.choices(names, weights)[0]


def synthetic(n_articles: int, n_people: int, seed: int) -> tuple[list[R.Mention], dict]:
    rng = random.Random(seed)
    table, default = R._frequencies()
    surname = _weighted(table["surname"], rng, default["surname"])
    middle = _weighted(table["middle"], rng, default["middle"])
    given = _weighted(table["given"], rng, default["given"])
    provinces = [f"{c:02d}" for c in range(1, 97)][:63]
    titles = [("chủ tịch ủy ban nhân dân tỉnh", "leader", "province"), ("phó chủ tịch ủy ban nhân dân tỉnh", "deputy",
              "province"), ("bí thư huyện ủy", "leader", "district"), ("giám đốc sở y tế", "leader", "province"),
              ("phó bí thư tỉnh ủy", "deputy", "province"), ("tỉnh ủy viên", "member", "province"),
              ("chủ tịch ủy ban nhân dân huyện", "leader", "district"), ("trưởng ban tuyên giáo tỉnh ủy", "leader",
              "province")]
    people = []
    holders = defaultdict(list)
    for pid in range(n_people):
        name = " ".join([surname(), middle(), given()])
        prov = rng.choice(provinces)
        posts = []
        for k in range(rng.choice((1, 1, 2))):
            p = prov if k == 0 or rng.random() < 0.8 else rng.choice(provinces)
            title, kind, level = rng.choice(titles)
            area = p if level == "province" else f"{p}{rng.randrange(10):01d}d"
            start = rng.randrange(2005, 2025)
            posts.append((R.PostRef(title, title.split()[0], kind, level, area, p, "current", f"{title}|{area}"),
                          start, start + rng.randrange(2, 8)))
        people.append((pid, name, rng.randrange(1955, 1985), prov, posts))
        for post, start, end in posts:
            holders[post.province].append((pid, post, start, end))
    truth = {}
    mentions = []
    for a in range(n_articles):
        prov = rng.choice(provinces)
        if not holders[prov]:
            continue
        year = rng.randrange(2005, 2026)
        present = [h for h in holders[prov] if h[2] <= year <= h[3]] or holders[prov]
        named = rng.sample(present, min(len(present), rng.randrange(2, 8)))
        doc = f"a{a}"
        keys = {}
        for pid, post, _, _ in named:
            keys.setdefault(R.name_key(people[pid][1]), (pid, post))
        for key, (pid, post) in keys.items():
            _, name, born, home, _ = people[pid]
            tell = rng.random() < 0.15  # some articles give a birth year and home province
            mentions.append(R.Mention(doc=doc, key=key, name=name, date=f"{year}-{rng.randrange(1, 13):02d}-15",
                                      posts=[post], subject=prov, context=[prov],
                                      colleagues=sorted(set(keys) - {key}), born=born if tell else None,
                                      home=home if tell else None, seen=[f"{year}"]))
            truth[(doc, key)] = pid
    return mentions, truth


def pairwise(truth: dict, got: dict) -> tuple[float, float]:
    by_key = defaultdict(list)
    for ident in truth:
        by_key[ident[1]].append(ident)
    tp = fp = fn = 0
    for idents in by_key.values():
        for a, b in combinations(idents, 2):
            same, pred = truth[a] == truth[b], got[a] == got[b]
            tp += same and pred
            fp += pred and not same
            fn += same and not pred
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


def _store(state, mentions) -> tuple[int, int]:
    """Put the mentions by article, resolve the name blocks they touch and commit, as a build does:
    (articles, blocks re-resolved)."""
    by_doc = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    for doc, ms in by_doc.items():
        state.put(doc, ms, {})
    state._flush()
    touched = len(state.touched)
    state.resolve()
    state.db.commit()
    return len(by_doc), touched


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150_000)
    parser.add_argument("--people", type=int, default=40_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    mentions, truth = synthetic(args.articles + 1000, args.people, args.seed)
    cut = next(i for i, m in enumerate(mentions) if int(m.doc[1:]) >= args.articles)
    base, more = mentions[:cut], mentions[cut:]
    blocks = len({m.key for m in base})
    print(f"{args.articles} articles, {len(base)} person mentions, {blocks} name blocks, {args.people} people")

    t = cpu()
    got = R.resolve(base)
    score_s = cpu() - t
    p, r = pairwise({k: v for k, v in truth.items() if k in got}, got)
    print(f"score        {score_s:7.1f} s CPU   pairwise precision {p:.3f} recall {r:.3f}")

    with tempfile.TemporaryDirectory() as tmp:
        state = R.ResolveState(Path(tmp))
        t = cpu()
        _store(state, base)
        store_s = cpu() - t
        print(f"store        {store_s:7.1f} s CPU   (state written, every block resolved to ids)")
        t = cpu()
        added, touched = _store(state, more)
        inc_s = cpu() - t
        print(f"incremental  {inc_s:7.1f} s CPU   (+{added} articles, {touched} blocks re-resolved)")
        state.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory  {peak:7.0f} MB")
    verdict = "OK" if store_s <= 120 else "OVER"
    print(f"target: the mentions of {args.articles} articles resolved in <= 120 s: {store_s:.1f} s {verdict}")


if __name__ == "__main__":
    main()

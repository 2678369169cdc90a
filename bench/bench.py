"""Speed and memory of extraction, building and querying, printed as a table.

Usage: python bench/bench.py [CORPUS.jsonl] [--repeat N]

The corpus defaults to ../shared/eval/dev.jsonl (58 articles), repeated N times
with fresh ids so the store really grows. Targets: extraction >= 50 articles/s
on one core; a query over the built store in well under a second.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from vnkg.extract import Article, extract
from vnkg.graph.build import build, flat_facts
from vnkg.graph.rdf import article_quads
from vnkg.graph.store import Store


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(here.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    articles = [Article(f"{r['id']}-{i}", r["text"], r.get("url"), r.get("published"))
                for i in range(args.repeat) for r in rows]
    extract(articles[0])  # load lexicons and gazetteer once, outside the timing

    t = time.perf_counter()
    facts = [extract(a) for a in articles]
    t_extract = time.perf_counter() - t
    t = time.perf_counter()
    quads = [article_quads(f) for f in facts]
    t_rdf = time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(json.dumps({"id": a.id, "text": a.text, "url": a.url}, ensure_ascii=False) + "\n")
        with Store(Path(tmp) / "store") as store:
            t = time.perf_counter()
            report = build([str(path)], store)
            t_build = time.perf_counter() - t
            t = time.perf_counter()
            report2 = build([str(path)], store)
            t_rebuild = time.perf_counter() - t
            n_quads = len(store)
            t = time.perf_counter()
            _, chair_rows = store.named("chairs")
            t_chairs = time.perf_counter() - t
            t = time.perf_counter()
            _, post_rows = store.named("posts")
            t_posts = time.perf_counter() - t
            t = time.perf_counter()
            n_facts = sum(1 for _ in flat_facts(store))
            t_facts = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(articles)
    table = [
        ("articles", f"{n}", f"({len(rows)} dev articles x {args.repeat})"),
        ("extract (text -> facts)", f"{n / t_extract:.0f} articles/s", f"{t_extract:.2f} s, one core"),
        ("facts -> RDF quads", f"{n / t_rdf:.0f} articles/s", f"{sum(map(len, quads))} quads"),
        ("build (read+extract+store)", f"{n / t_build:.0f} articles/s", f"{t_build:.2f} s, {report.added} added"),
        ("rebuild, unchanged", f"{n / t_rebuild:.0f} articles/s", f"{report2.unchanged} unchanged, 0 added"),
        ("store size", f"{n_quads} quads", ""),
        ("query chairs.rq", f"{t_chairs * 1000:.0f} ms", f"{len(chair_rows)} rows"),
        ("query posts.rq", f"{t_posts * 1000:.0f} ms", f"{len(post_rows)} rows"),
        ("flat facts (4 queries)", f"{t_facts * 1000:.0f} ms", f"{n_facts} facts"),
        ("peak memory (RSS)", f"{rss:.0f} MB", ""),
    ]
    width = max(len(r[0]) for r in table)
    for name, value, note in table:
        print(f"{name:<{width}}  {value:>18}  {note}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

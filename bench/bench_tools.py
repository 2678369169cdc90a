"""Timings of the tools users meet: start-up, the warm Cypher server, the SPARQL endpoint, exports, the viewer.

Usage: python bench/bench_tools.py [CORPUS.jsonl] [--repeat N] [--json]

The corpus defaults to ../shared/eval/dev.jsonl, repeated N times (default 20) with fresh ids, built into
a temporary store. Targets: `vnkg --help` <= 0.5 s; a second `vnkg cypher` call on an unchanged store
<= 1 s; the viewer's first paint <= 3 s for 2,000 nodes (Chromium, real clock).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
VNKG = str(BIN / "vnkg")


def run(cmd, **kw):
    """(wall seconds, cpu seconds of the child, completed process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))}: {done.stderr.strip()[-300:]}")
    return wall, cpu, done


def best(cmd, times=5):
    walls, cpus = [], []
    for _ in range(times):
        w, c, _ = run(cmd)
        walls.append(w)
        cpus.append(c)
    return min(walls), min(cpus)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chromium_first_paint(page: Path, wait_ms: int = 8000) -> dict:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return {}
    with tempfile.TemporaryDirectory() as profile:
        out = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              f"--user-data-dir={profile}", "--window-size=1400,900", f"--timeout={wait_ms}",
                              "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=180)
    tag = re.search(r'<div id="vnkg-status"[^>]*>', out.stdout)
    return dict(re.findall(r'data-([\w-]+)="([^"]*)"', tag.group(0))) if tag else {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    results: dict[str, object] = {}
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]

    results["help_wall_s"], results["help_cpu_s"] = best([VNKG, "--help"])

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for i in range(args.repeat):
                for r in rows:
                    out.write(json.dumps({**r, "id": f"{r['id']}-{i}"}, ensure_ascii=False) + "\n")
        store = tmp / "store"
        run([VNKG, "build", str(corpus), "--store", str(store)])
        results["articles"] = len(rows) * args.repeat

        from vnkg.graph.snapshot import content_digest, files_state
        from vnkg.graph.store import Store

        with Store(store, read_only=True) as s:
            results["quads"] = len(s)
            t = time.process_time()
            files_state(store / "rdf")
            results["fingerprint_files_cpu_s"] = time.process_time() - t
            t = time.process_time()
            content_digest(s.ox)
            results["fingerprint_content_cpu_s"] = time.process_time() - t

        # sparql and cypher from the command line
        q = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a vn:Person }"
        results["sparql_call_wall_s"], results["sparql_call_cpu_s"] = best([VNKG, "sparql", q, "--store", str(store)])
        cq = "MATCH (m:Meeting)-[:CHAIRED_BY]->(p:Person) RETURN p.name AS chair, count(m) AS n ORDER BY n DESC LIMIT 5"
        try:
            w, c, _ = run([VNKG, "cypher", cq, "--store", str(store)])
            results["cypher_first_call_wall_s"], results["cypher_first_call_cpu_s"] = w, c
            w, c, _ = run([VNKG, "cypher", "MATCH (p:Person) RETURN count(p) AS n", "--store", str(store)])
            results["cypher_second_call_wall_s"], results["cypher_second_call_cpu_s"] = w, c
            results["cypher_warm_best_wall_s"], _ = best([VNKG, "cypher", "-f", str(HERE / "queries" / "chairs.cypher"),
                                                          "--store", str(store)])
        finally:
            from vnkg.graph.arcadedb import stop_warm
            stop_warm(store / "cypher")

        # the SPARQL endpoint
        port = free_port()
        t = time.perf_counter()
        server = subprocess.Popen([VNKG, "serve", "--store", str(store), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            server.stderr.readline()
            results["serve_start_wall_s"] = time.perf_counter() - t
            body = urllib.parse.urlencode({"query": "PREFIX vn: <https://vnkg.dev/ns#> "
                                                    "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a vn:Meeting } }"})
            lat = []
            for _ in range(20):
                t = time.perf_counter()
                req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=body.encode(),
                                             headers={"Accept": "application/sparql-results+json",
                                                      "Content-Type": "application/x-www-form-urlencoded"})
                urllib.request.urlopen(req, timeout=60).read()
                lat.append(time.perf_counter() - t)
            results["serve_query_median_ms"] = statistics.median(lat) * 1000
        finally:
            server.terminate()
            server.wait(timeout=30)

        # exports
        for fmt in ("ftm", "gexf"):
            w, c, _ = run([VNKG, "export", "--format", fmt, "-o", str(tmp / f"g.{fmt}"), "--store", str(store)])
            results[f"export_{fmt}_wall_s"] = w

        # the viewer: the whole store, and a made-up page of 2,000 nodes
        w, c, _ = run([VNKG, "viz", "-o", str(tmp / "store.html"), "--store", str(store)])
        results["viz_write_wall_s"], results["viz_write_cpu_s"] = w, c
        status = chromium_first_paint(tmp / "store.html")
        if status:
            results["viz_store_nodes"] = int(status.get("nodes", 0))
            results["viz_store_visible"] = int(status.get("visible", 0))
            results["viz_store_first_paint_ms"] = int(status.get("first-paint-ms", -1))
        sys.path.insert(0, str(HERE / "tests"))
        from test_viz import synthetic

        from vnkg.graph.viz import render
        (tmp / "synthetic.html").write_text(render(synthetic(2000)), encoding="utf-8")
        status = chromium_first_paint(tmp / "synthetic.html")
        if status:
            results["viz_2000_first_paint_ms"] = int(status.get("first-paint-ms", -1))
            results["viz_2000_colour_mismatches"] = int(status.get("colour-mismatches", -1))

    if args.json:
        print(json.dumps(results, indent=1))
        return
    labels = [
        ("vnkg --help", "help_wall_s", "s wall", "help_cpu_s", "s cpu"),
        ("store", "quads", "quads", "articles", "articles"),
        ("store change test: data files", "fingerprint_files_cpu_s", "s cpu", None, ""),
        ("store change test: content", "fingerprint_content_cpu_s", "s cpu", None, "(only when files changed)"),
        ("vnkg sparql (a count)", "sparql_call_wall_s", "s wall", "sparql_call_cpu_s", "s cpu"),
        ("vnkg cypher, first call", "cypher_first_call_wall_s", "s wall", None, "(JVM start + load)"),
        ("vnkg cypher, second call", "cypher_second_call_wall_s", "s wall", "cypher_second_call_cpu_s", "s cpu"),
        ("vnkg cypher -f chairs, warm", "cypher_warm_best_wall_s", "s wall", None, "(best of 5)"),
        ("vnkg serve, start", "serve_start_wall_s", "s wall", None, ""),
        ("endpoint query (HTTP)", "serve_query_median_ms", "ms median", None, "(20 queries)"),
        ("export ftm", "export_ftm_wall_s", "s wall", None, ""),
        ("export gexf", "export_gexf_wall_s", "s wall", None, ""),
        ("vnkg viz (write the page)", "viz_write_wall_s", "s wall", "viz_write_cpu_s", "s cpu"),
        ("viewer first paint, store", "viz_store_first_paint_ms", "ms", "viz_store_visible", "nodes drawn"),
        ("viewer first paint, 2000 nodes", "viz_2000_first_paint_ms", "ms", None, "(made-up graph)"),
    ]
    for label, key, unit, key2, unit2 in labels:
        if key not in results:
            continue
        v = results[key]
        v = f"{v:.3f}" if isinstance(v, float) else str(v)
        extra = ""
        if key2 and key2 in results:
            v2 = results[key2]
            extra = f"{v2:.3f} {unit2}" if isinstance(v2, float) else f"{v2} {unit2}"
        elif unit2:
            extra = unit2
        print(f"{label:<34}{v:>10} {unit:<10}{extra}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()

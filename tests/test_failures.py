"""Clean failures for read commands: one line naming the problem, a documented exit code, no traceback;
reads work while a build holds the store."""
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main

VNKG = [sys.executable, "-m", "vnkg.cli"]


def one_line(result, code):
    assert result.exit_code == code, (result.exit_code, result.output)
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vnkg: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("built") / "store"
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store)]).exit_code == 0
    return store


READS = [["ask", "chairs"], ["ask", "posts"], ["sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
         ["export", "--format", "nt", "-o", "-"], ["validate"], ["analyze", "centrality"]]


@pytest.mark.parametrize("cmd", READS, ids=[" ".join(c[:2]) for c in READS])
def test_a_mistyped_store_is_refused_not_created(tmp_path, cmd):
    missing = tmp_path / "vnkg-stroe"
    line = one_line(CliRunner().invoke(main, [*cmd, "--store", str(missing)]), 3)
    assert f"no store at {missing}" in line
    assert not missing.exists()


OPENED = [c for c in READS if c[0] != "sparql"]  # (`vnkg sparql` opens the store its own way: graph/sparql.py)


@pytest.mark.parametrize("cmd", OPENED, ids=[" ".join(c[:2]) for c in OPENED])
def test_a_store_that_is_a_file_or_not_a_store(tmp_path, cmd):
    afile = tmp_path / "notes.txt"
    afile.write_text("hello", encoding="utf-8")
    assert "is a file, not a store folder" in one_line(CliRunner().invoke(main, [*cmd, "--store", str(afile)]), 2)
    assert afile.read_text(encoding="utf-8") == "hello"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "is not a vnkg store" in one_line(CliRunner().invoke(main, [*cmd, "--store", str(empty)]), 3)
    assert list(empty.iterdir()) == []


def test_build_into_a_file_is_refused(tmp_path):
    afile = tmp_path / "store"
    afile.write_text("x", encoding="utf-8")
    one_line(CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(afile)]), 2)


WRITER = """
import sys, time
import pyoxigraph as ox
from vnkg.graph.store import Store
store = Store(sys.argv[1])           # holds the write lock, as a build does
print("ready", flush=True)
i = 0
while True:                          # and keeps writing and merging files, as a long build does
    g = ox.NamedNode(f"https://vnkg.dev/id/article/noise-{i}")
    store.ox.extend([ox.Quad(ox.NamedNode(f"https://x/{i}/{j}"), ox.NamedNode("https://x/p"),
                             ox.Literal("v" * 40 + str(j)), g) for j in range(2000)])
    if i % 4 == 0:
        store.ox.flush()
    if i % 16 == 0:
        store.ox.optimize()
    i += 1
"""


def test_reads_work_while_another_process_builds(built, tmp_path):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(built, store)
    expected = json.loads(CliRunner().invoke(main, ["ask", "chairs", "--store", str(store), "--format", "json"]).stdout)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        from vnkg.graph.store import Store
        with pytest.raises(OSError):  # the lock is really held: a second writer is refused
            Store(store)
        for _ in range(5):
            result = CliRunner().invoke(main, ["ask", "chairs", "--store", str(store), "--format", "json"])
            assert result.exit_code == 0, result.output
            assert json.loads(result.stdout) == expected
            time.sleep(0.2)
        count = CliRunner().invoke(main, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                          "--store", str(store), "--format", "json"])
        assert count.exit_code == 0, count.output
        writing = one_line(CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store)]), 3)
        assert "in use by another vnkg process" in writing
    finally:
        writer.kill()
        writer.wait()


def test_unreachable_neo4j_is_one_line():
    line = one_line(CliRunner().invoke(main, ["ask", "chairs", "--neo4j", "bolt://127.0.0.1:9"]), 3)
    assert "cannot reach bolt://127.0.0.1:9" in line
    assert "not a Bolt address" in one_line(CliRunner().invoke(main, ["ask", "chairs", "--neo4j", "htp://x"]), 2)


def test_vnkg_neo4j_uri_in_the_environment_is_said(monkeypatch):
    monkeypatch.setenv("VNKG_NEO4J_URI", "bolt://127.0.0.1:9")
    result = CliRunner().invoke(main, ["ask", "chairs"])
    first, second = result.stderr.splitlines()
    assert "asking Neo4j at bolt://127.0.0.1:9 because $VNKG_NEO4J_URI is set" in first
    assert "cannot reach" in second and result.exit_code == 3


def test_usage_errors_are_one_line(built):
    line = one_line(CliRunner().invoke(main, ["ask", "holders", "--store", str(built)]), 2)
    assert "Missing option '--title'" in line and "vnkg ask holders --help" in line
    one_line(CliRunner().invoke(main, ["ask", "posts", "--status", "retired", "--store", str(built)]), 2)


def test_non_utf8_arguments(built, tmp_path):
    """Bytes that are not UTF-8, as a real shell passes them."""
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    run = subprocess.run([*VNKG, "ask", "posts", "--person", b"Tr\xe1\xbb", "--store", str(built)],
                         capture_output=True, env=env)
    assert run.returncode == 2, run.stderr
    assert run.stderr.decode().splitlines() == ["vnkg: --person is not UTF-8 text (byte 0xe1); give it in UTF-8"]
    odd = os.fsencode(tmp_path) + b"/st\xffore"
    run = subprocess.run([*VNKG, "ask", "posts", "--store", odd], capture_output=True, env=env)
    assert run.returncode == 3 and b"Traceback" not in run.stderr
    assert run.stderr.decode("utf-8").startswith("vnkg: no store at ")
    # any other command: a non-UTF-8 argument that reaches text is one line too, never a traceback
    run = subprocess.run([*VNKG, "viz", "--person", b"\xff", "--store", str(built), "-o", os.fsencode(tmp_path / "v.html")],
                         capture_output=True, env=env)
    assert run.returncode == 2 and b"Traceback" not in run.stderr, run.stderr
    assert run.stderr.decode().splitlines()[-1] == "vnkg: an argument is not UTF-8 text (byte 0xff); give it in UTF-8"

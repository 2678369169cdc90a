"""The command line: help everywhere, formats, exit codes scripts can trust."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main

COMMANDS = [[], ["build"], ["facts"], ["ask"], ["ask", "chairs"], ["ask", "posts"], ["sparql"], ["export"],
            ["analyze"], ["analyze", "centrality"], ["analyze", "communities"], ["analyze", "career"],
            ["analyze", "cochairs"], ["cypher"], ["push"], ["push", "neo4j"], ["ask", "holders"], ["ask", "meetings"],
            ["ask", "coattendance"], ["ask", "career"], ["ask", "orgchart"], ["ask", "changes"], ["person"],
            ["person", "show"], ["person", "list"], ["person", "merge"], ["person", "split"],
            ["validate"], ["load"], ["remove"]]


@pytest.mark.parametrize("cmd", COMMANDS, ids=[" ".join(c) or "vnkg" for c in COMMANDS])
def test_every_command_has_help(cmd):
    result = CliRunner().invoke(main, cmd + ["--help"])
    assert result.exit_code == 0
    assert len(result.output.split()) > 10


@pytest.fixture
def built(tmp_path):
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    assert result.exit_code == 0, result.output
    return store


def test_ask_chairs_formats(built):
    runner = CliRunner()
    table = runner.invoke(main, ["ask", "chairs", "--store", built]).output
    assert "Trịnh Văn Khải" in table and "2023-03-15" in table
    rows = json.loads(runner.invoke(main, ["ask", "chairs", "--store", built, "--format", "json"]).output)
    assert {"date": "2023-03-15", "chair": "Trịnh Văn Khải"}.items() <= rows[-1].items() or \
        any(r["chair"] == "Trịnh Văn Khải" for r in rows)
    text = runner.invoke(main, ["ask", "chairs", "--store", built, "--format", "csv"]).output
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows) and parsed[0].keys() == rows[0].keys()


def test_store_from_environment(built, monkeypatch):
    monkeypatch.setenv("VNKG_STORE", built)
    result = CliRunner().invoke(main, ["ask", "posts", "--person", "Trịnh", "--format", "json"])
    assert [r["title"] for r in json.loads(result.output)] == ["Bí thư Huyện ủy"]


def test_sparql_and_bad_query(built):
    runner = CliRunner()
    ok = runner.invoke(main, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?m a vn:Meeting }", "--store", built,
                              "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert int(json.loads(ok.stdout)["results"]["bindings"][0]["n"]["value"]) >= 6  # SPARQL 1.1 results JSON
    bad = runner.invoke(main, ["sparql", "SELEC nonsense", "--store", built])
    assert bad.exit_code == 2 and "bad query" in bad.output


def test_exit_code_when_input_is_rejected(tmp_path):
    (tmp_path / "ok.txt").write_text("Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "bad.jsonl:1: malformed JSON" in result.output
    nothing = CliRunner().invoke(main, ["build", str(tmp_path / "bad.jsonl"), "--store", str(tmp_path / "s")])
    assert nothing.exit_code == 3


def test_facts_command_writes_spec_jsonl(tmp_path):
    out = tmp_path / "facts.jsonl"
    result = CliRunner().invoke(main, ["facts", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {f["type"] for f in facts} == {"article", "person", "position", "meeting", "organizer", "chair"}
    assert "articles/s" in result.output


def test_validate_command(built):
    result = CliRunner().invoke(main, ["validate", "--store", built])
    assert result.exit_code == 0 and "conforms" in result.output


def test_export_command(built, tmp_path):
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["export", "--format", "ttl", "-o", str(out), "--store", built])
    assert result.exit_code == 0 and out.stat().st_size > 1000


def test_build_report(tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(tmp_path / "s"),
                                       "--report", str(out)])
    assert result.exit_code == 0, result.output
    assert "coverage:" in result.output and "meetings" in result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"] >= 7 and 0 < report["articles_with_area"] <= 1
    assert {"meetings_with_full_date", "meetings_with_organizer", "chu_tri_sentences_with_chair", "posts_with_area",
            "untyped_titles", "unknown_bodies", "area_sources", "date_sources"} <= report.keys()


def test_the_checkout_imports_as_the_package_without_an_install():
    """`python -m pytest` in the repo root puts the checkout first on sys.path, ahead of a non-editable
    install: vnkg's subpackages must still be found (here with no site-packages at all: python -S)."""
    import subprocess
    import sys
    from conftest import ROOT
    code = "import vnkg.queries as q; print(q.__file__); print(q.load('chairs').splitlines()[0])"
    run = subprocess.run([sys.executable, "-S", "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    path, first = run.stdout.splitlines()
    assert path == str(ROOT / "queries" / "__init__.py") and first.startswith("# Who chaired")

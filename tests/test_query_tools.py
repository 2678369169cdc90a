"""`vnkg sparql`, `vnkg cypher` and `vnkg serve` as users run them: standard formats, named query files,
parameters, refusals, a warm local Cypher server, and a SPARQL endpoint read by real SPARQL clients."""
import csv
import io
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from conftest import EXAMPLES, ROOT
from vnkg import queries
from vnkg.cli import main

QUERIES = ROOT / "queries"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("tools") / "store"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(path)])
    assert result.exit_code == 0, result.output
    yield str(path)
    from vnkg.graph.arcadedb import stop_warm
    stop_warm(path / "cypher")


def vnkg(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


# --- sparql -------------------------------------------------------------------------------------------

def test_select_json_is_sparql_results_json(store):
    r = vnkg("sparql", "SELECT ?n WHERE { ?p a vn:Person ; foaf:name ?n } ORDER BY ?n LIMIT 2",
             "--store", store, "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert doc["head"]["vars"] == ["n"]
    assert [b["n"]["type"] for b in doc["results"]["bindings"]] == ["literal", "literal"]


def test_select_csv_tsv_xml_are_the_standard_formats(store):
    q = "SELECT ?p ?n WHERE { ?p a vn:Person ; foaf:name ?n } ORDER BY ?n LIMIT 3"
    rows = list(csv.reader(io.StringIO(vnkg("sparql", q, "--store", store, "--format", "csv").stdout)))
    assert rows[0] == ["p", "n"] and rows[1][0].startswith("https://vnkg.dev/id/person/")
    tsv = vnkg("sparql", q, "--store", store, "--format", "tsv").stdout.splitlines()
    assert tsv[0] == "?p\t?n" and tsv[1].startswith("<https://vnkg.dev/id/person/")
    xml = vnkg("sparql", q, "--store", store, "--format", "xml").stdout
    assert 'xmlns="http://www.w3.org/2005/sparql-results#"' in xml and '<variable name="p"' in xml


def test_ask_prints_true_or_false(store):
    yes = vnkg("sparql", "ASK { ?m a vn:Meeting }", "--store", store)
    no = vnkg("sparql", 'ASK { ?p foaf:name "Không Có Ai" }', "--store", store)
    assert (yes.exit_code, yes.stdout.strip()) == (0, "true")
    assert (no.exit_code, no.stdout.strip()) == (0, "false")
    assert json.loads(vnkg("sparql", "ASK { ?m a vn:Meeting }", "--store", store, "--format", "json").stdout) \
        == {"head": {}, "boolean": True}


def test_construct_and_describe_give_graphs(store):
    r = vnkg("sparql", "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a vn:Person ; foaf:name ?n }", "--store", store)
    assert r.exit_code == 0, r.output
    g = rdflib.Graph().parse(data=r.stdout, format="turtle")
    assert len(g) > 5 and "@prefix foaf:" in r.stdout  # the predeclared prefixes are used
    d = vnkg("sparql", 'DESCRIBE ?p WHERE { ?p foaf:name "Trịnh Văn Khải" }', "--store", store, "--format", "nt")
    g = rdflib.Graph().parse(data=d.stdout, format="nt")
    assert rdflib.Literal("Trịnh Văn Khải") in set(g.objects())
    ld = vnkg("sparql", "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }", "--store", store, "--format", "jsonld")
    assert len(rdflib.Graph().parse(data=ld.stdout, format="json-ld")) > 5
    bad = vnkg("sparql", "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }", "--store", store, "--format", "csv")
    assert bad.exit_code == 2 and "ttl" in bad.output


def test_error_position_is_in_the_users_own_lines(store, tmp_path):
    r = vnkg("sparql", "SELECT ?x\nWHERE {\n  ?x ?y\n}", "--store", store)
    assert r.exit_code == 2 and "bad query: 4:" in r.output  # line 4 of what the user wrote
    f = tmp_path / "broken.rq"
    f.write_text("# a comment\nSELECT ?x WHERE {\n  ?x vn:title ?y .\n  BIND(1 AS 2)\n}\n", encoding="utf-8")
    r = vnkg("sparql", "-f", f, "--store", store)
    assert r.exit_code == 2 and f"{f}:4:" in r.output


def test_service_is_refused_unless_allowed(store):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = vnkg("sparql", q, "--store", store)
    assert r.exit_code == 2 and "SERVICE" in r.output and "--allow-service" in r.output
    # the word inside a string or a comment is no SERVICE clause
    ok = vnkg("sparql", 'SELECT ?n WHERE { ?p foaf:name ?n FILTER(?n != "SERVICE") } # SERVICE', "--store", store)
    assert ok.exit_code == 0
    allowed = vnkg("sparql", q, "--store", store, "--allow-service")
    assert allowed.exit_code == 2 and "refused" not in allowed.output and "Traceback" not in allowed.output


def test_missing_store_is_one_line(tmp_path):
    r = vnkg("sparql", "ASK {}", "--store", tmp_path / "nothing")
    assert r.exit_code == 3 and "no store at" in r.output and len(r.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name", [n for n in queries.names("rq") if n != "prefixes"])
def test_every_named_rq_file_runs_as_it_is(store, name):
    r = vnkg("sparql", "-f", QUERIES / f"{name}.rq", "--store", store, "--format", "json")
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    declared = queries.params(queries.load(name))
    assert not set(declared) & set(doc["head"]["vars"])  # parameters are bound, not printed
    assert doc["results"]["bindings"], f"{name}.rq gave no rows on the example corpus"


def test_named_rq_with_params(store):
    r = vnkg("sparql", "-f", QUERIES / "chairs.rq", "--param", "in_area=Kỳ Anh", "--param", "from=2020-07-08",
             "--store", store, "--format", "csv")
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {row["area"] for row in rows} == {"huyện Kỳ Anh"}
    assert all(row["date"] >= "2020-07-08" for row in rows)
    bad = vnkg("sparql", "-f", QUERIES / "chairs.rq", "--param", "colour=red", "--store", store)
    assert bad.exit_code == 2 and "colour" in bad.output


# --- cypher -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", queries.names("cypher"))
def test_every_named_cypher_file_runs_as_it_is(store, name):
    r = vnkg("cypher", "-f", QUERIES / f"{name}.cypher", "--store", store, "--format", "json")
    assert r.exit_code == 0, r.output
    assert isinstance(json.loads(r.stdout), list)


def test_named_cypher_with_params_matches_sparql(store):
    c = vnkg("cypher", "-f", QUERIES / "chairs.cypher", "--param", "in_area=Kỳ Anh", "--store", store,
             "--format", "json")
    s = vnkg("ask", "chairs", "--area", "Kỳ Anh", "--store", store, "--format", "json")
    key = lambda rows: sorted((r["date"], r["chair"]) for r in rows)  # noqa: E731
    assert c.exit_code == 0, c.output
    assert key(json.loads(c.stdout)) == key(json.loads(s.stdout)) != []


@pytest.mark.parametrize("query", [
    "CREATE (:Person {name: 'Kẻ Lạ'})",
    "MATCH (p:Person) SET p.name = 'Kẻ Lạ'",
    "MATCH (p:Person) WITH p LIMIT 1 DETACH DELETE p",
    "MATCH (p:Person) REMOVE p.name",
    "MERGE (p:Person {name: 'Kẻ Lạ'}) RETURN p",
])
def test_write_clauses_are_refused_and_change_nothing(store, query):
    before = json.loads(vnkg("cypher", "MATCH (n) RETURN count(n) AS n, count(n.name) AS named", "--store", store,
                             "--format", "json").stdout)
    r = vnkg("cypher", query, "--store", store)
    assert r.exit_code == 2 and "only reads" in r.output
    after = json.loads(vnkg("cypher", "MATCH (n) RETURN count(n) AS n, count(n.name) AS named", "--store", store,
                            "--format", "json").stdout)
    assert after == before


def test_a_write_that_slips_past_the_check_is_rolled_back(store):
    """The second guard: the query runs in a read transaction, as the read-only user, and is rolled back."""
    from vnkg.graph import cypher
    from vnkg.graph.arcadedb import running
    warm = running(Path(store) / "cypher")
    assert warm is not None  # kept warm by the tests above
    with warm.reader_driver() as drv:
        from neo4j.exceptions import ClientError
        with pytest.raises((cypher.WriteRefused, ClientError)):
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(cypher, "write_clause", lambda text: None)
                cypher.run(drv, "CREATE (:Person {name: 'Kẻ Lạ'})", database=warm.database)
        _, rows = cypher.run(drv, "MATCH (p:Person {name: 'Kẻ Lạ'}) RETURN count(p) AS n", database=warm.database)
    assert rows == [{"n": 0}]


def test_nodes_relationships_and_paths_as_json(store):
    r = vnkg("cypher", "MATCH path = (m:Meeting)-[c:CHAIRED_BY]->(p:Person) RETURN m, c, p, path LIMIT 1",
             "--store", store, "--format", "json")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)[0]
    assert row["m"]["labels"] == ["Meeting"] and "iri" in row["m"]["properties"]
    assert row["c"]["type"] == "CHAIRED_BY" and row["c"]["start"] == row["m"]["id"] and row["c"]["end"] == row["p"]["id"]
    assert [n["labels"] for n in row["path"]["nodes"]] == [["Meeting"], ["Person"]]
    table = vnkg("cypher", "MATCH path = (m:Meeting)-[:CHAIRED_BY]->(p:Person) RETURN path LIMIT 1", "--store", store)
    assert "-[:CHAIRED_BY]->(:Person" in table.stdout


def test_the_local_server_stays_warm(store):
    state = Path(store) / "cypher" / "server.json"
    vnkg("cypher", "RETURN 1 AS one", "--store", store)
    pid = json.loads(state.read_text())["pid"]
    r = vnkg("cypher", "MATCH (p:Person) RETURN count(p) AS n", "--store", store)
    assert r.exit_code == 0 and "loaded the store" not in r.output
    assert json.loads(state.read_text())["pid"] == pid


def test_wrong_password_is_one_line(store):
    from vnkg.graph.arcadedb import running
    warm = running(Path(store) / "cypher")
    r = vnkg("cypher", "RETURN 1", "--neo4j", warm.uri, "--user", "reader", "--password", "wrong")
    assert r.exit_code == 3 and "wrong user or password" in r.output and len(r.output.strip().splitlines()) == 1


def test_a_changed_store_is_reloaded(store, tmp_path):
    count = "MATCH (a:Article) RETURN count(a) AS n"
    first = vnkg("cypher", count, "--store", store, "--format", "json")
    assert first.exit_code == 0, first.output
    (tmp_path / "bai-moi.txt").write_text("Sáng 2/3/2024, Ban Thường vụ Huyện ủy Can Lộc tổ chức hội nghị. "
                                          "Đồng chí Lê Văn Hư, Bí thư Huyện ủy chủ trì hội nghị.", encoding="utf-8")
    assert vnkg("build", tmp_path / "bai-moi.txt", "--store", store).exit_code == 0
    second = vnkg("cypher", count, "--store", store, "--format", "json")
    assert "loaded the store" in second.output
    assert json.loads(second.stdout)[0]["n"] == json.loads(first.stdout)[0]["n"] + 1
    third = vnkg("cypher", count, "--store", store, "--keep-alive", "0")
    assert "loaded the store" not in third.output
    assert not (Path(store) / "cypher" / "server.json").exists()  # --keep-alive 0 stopped it


def test_unreachable_neo4j_is_one_line():
    r = vnkg("cypher", "RETURN 1", "--neo4j", "bolt://127.0.0.1:9")
    assert r.exit_code == 3 and "cannot reach bolt://127.0.0.1:9" in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


# --- serve --------------------------------------------------------------------------------------------

def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    assert vnkg("build", EXAMPLES / "tin-dia-phuong.jsonl", "--store", path).exit_code == 0
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "vnkg.cli", "serve", "--store", str(path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()
    assert "SPARQL endpoint" in line, line + proc.stderr.read()
    yield {"url": f"http://127.0.0.1:{port}", "store": path}
    proc.terminate()
    proc.wait(timeout=20)
    assert not (path / "serve").exists()  # its snapshots are cleaned away


def _get(url, accept=None, data=None, ctype=None):
    import urllib.error
    import urllib.request
    req = urllib.request.Request(url, data=data, headers={k: v for k, v in (("Accept", accept),
                                                                            ("Content-Type", ctype)) if v})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def test_sparqlwrapper_reads_the_endpoint(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper
    client = SPARQLWrapper(endpoint["url"] + "/query")
    client.setQuery("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT DISTINCT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n")
    client.setReturnFormat(JSON)
    names = [b["n"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert "Trịnh Văn Khải" in names
    client.setMethod("POST")
    assert client.query().convert()["results"]["bindings"]


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    graph = rdflib.Graph(store=SPARQLStore(endpoint["url"] + "/query"))
    rows = list(graph.query("PREFIX vn: <https://vnkg.dev/ns#> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a vn:Meeting }"))
    assert int(rows[0][0]) >= 3
    assert graph.query("PREFIX vn: <https://vnkg.dev/ns#> ASK { ?m a vn:Meeting }").askAnswer is True


@pytest.mark.parametrize("accept,expect", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_select_content_negotiation(endpoint, accept, expect):
    from urllib.parse import quote
    q = quote("SELECT ?s WHERE { ?s a <https://vnkg.dev/ns#Person> } LIMIT 1")
    status, ctype, body = _get(f"{endpoint['url']}/query?query={q}", accept)
    assert status == 200 and ctype.startswith(expect) and body


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt")])
def test_construct_content_negotiation(endpoint, accept, fmt):
    q = b"CONSTRUCT { ?p <http://xmlns.com/foaf/0.1/name> ?n } WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }"
    status, ctype, body = _get(endpoint["url"] + "/query", accept, q, "application/sparql-query")
    assert status == 200 and ctype.startswith(accept)
    assert len(rdflib.Graph().parse(data=body.decode(), format=fmt)) > 3


def test_endpoint_is_read_only_and_refuses_service(endpoint):
    status, _, _ = _get(endpoint["url"] + "/update", data=b"update=CLEAR ALL",
                        ctype="application/x-www-form-urlencoded")
    assert status == 405
    status, _, _ = _get(endpoint["url"] + "/query", data=b"CLEAR ALL", ctype="application/sparql-update")
    assert status == 405
    status, _, body = _get(endpoint["url"] + "/query", data=b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/> "
                                                         b"{ ?s ?p ?o } }", ctype="application/sparql-query")
    assert status == 400 and b"SERVICE" in body
    q = b"ASK { ?m a <https://vnkg.dev/ns#Meeting> }"
    assert b"true" in _get(endpoint["url"] + "/query", "application/sparql-results+json", q,
                           "application/sparql-query")[2]


def test_query_page_lists_the_named_queries(endpoint):
    status, ctype, body = _get(endpoint["url"] + "/")
    page = body.decode()
    assert status == 200 and ctype.startswith("text/html")
    assert '"name": "chairs"' in page and "/yasgui.min.js" in page and "https://" not in page.split("var data")[0]
    assert _get(endpoint["url"] + "/yasgui.min.js")[0] == 200  # served locally, works offline


def test_endpoint_shows_articles_added_while_it_runs(endpoint):
    q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://vnkg.dev/ns#Article> }".encode()
    count = lambda: int(_get(endpoint["url"] + "/query", "text/csv", q,  # noqa: E731
                             "application/sparql-query")[2].decode().split()[1])
    before = count()
    assert vnkg("build", EXAMPLES, "--store", endpoint["store"]).exit_code == 0
    deadline = time.monotonic() + 20
    while count() == before and time.monotonic() < deadline:
        time.sleep(0.3)
    assert count() == before + 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")
def test_query_page_runs_a_query_in_chromium(endpoint, tmp_path):
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=8000", "--dump-dom",
                          endpoint["url"] + "/#run"], capture_output=True, text=True, timeout=120)
    body = out.stdout[out.stdout.index("<body"):].split(">", 1)[0]
    assert 'data-answered="chairs"' in body and "data-error" not in body
    assert "Trịnh Văn Khải" in out.stdout  # the chairs query's answer is shown in the results table

"""Cypher and Neo4j, against a real Bolt server: ArcadeDB from the arcadedb-embedded wheel, started here on
loopback. Set VNKG_NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) to also run the push test against Neo4j itself."""
import json
import os

import pytest

from test_queries import CASES, GOLDEN, _name
from vnkg import queries
from vnkg.graph.arcadedb import LocalArcadeDB
from vnkg.graph.cypher import named, run, sync_local
from vnkg.graph.neo4j import export_csv, push
from vnkg.graph.property import property_graph


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LocalArcadeDB(tmp_path_factory.mktemp("arcadedb")) as srv:
        yield srv


@pytest.fixture(scope="module")
def loaded(server, example_store):
    assert sync_local(example_store, server) is True
    assert sync_local(example_store, server) is False  # loaded once; unchanged store is not reloaded
    return server


def test_every_named_query_has_both_versions():
    assert set(queries.names("cypher")) <= set(queries.names("rq"))
    for name in queries.names("cypher"):
        assert queries.params(queries.load(name, "cypher")) == queries.params(queries.load(name, "rq"))


def _sorted(rows):
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)


@pytest.mark.parametrize("query,params", CASES, ids=[_name(q, p) for q, p in CASES])
def test_cypher_gives_the_golden_rows(loaded, query, params):
    cols, rows = named(loaded.driver(), query, params, loaded.database)
    expected = json.loads((GOLDEN / f"{_name(query, params)}.json").read_text(encoding="utf-8"))
    assert cols == expected["columns"]
    assert _sorted(rows) == _sorted(expected["rows"])


def _reload(server, example_store):
    """Put the example graph back after a test that replaced the server's contents."""
    (server.root / "vnkg-version").unlink(missing_ok=True)
    sync_local(example_store, server)


def test_push_is_idempotent_and_complete(server, example_store):
    pg = property_graph(example_store)
    driver = server.driver()
    with driver.session(database=server.database) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    first = push(pg, driver, server.database, batch_size=7)
    assert first["nodes_created"] == len(pg.nodes)
    assert first["relationships_created"] == len(pg.rels)
    second = push(pg, driver, server.database, batch_size=50)
    assert second["nodes_created"] == 0 and second["relationships_created"] == 0
    _, rows = run(driver, "MATCH (n) RETURN count(n) AS n", database=server.database)
    assert rows[0]["n"] == len(pg.nodes)
    _, rows = run(driver, "MATCH ()-[r]->() RETURN count(r) AS n", database=server.database)
    assert rows[0]["n"] == len(pg.rels)
    with driver.session(database=server.database) as s:  # a rolled-back transaction leaves nothing
        tx = s.begin_transaction()
        tx.run("CREATE (:Person {iri: 'x', name: 'Rollback'})")
        tx.rollback()
    _, rows = run(driver, "MATCH (p:Person {name: 'Rollback'}) RETURN count(p) AS n", database=server.database)
    assert rows[0]["n"] == 0
    _reload(server, example_store)


def test_push_into_a_partly_filled_target_updates_only_what_changed(server, example_store):
    """A second push after the graph changed: a new node and its edge are created, an edge between two
    nodes already there is created (no lookup is skipped for it), changed properties are set and
    unchanged records are left alone."""
    import copy

    pg = property_graph(example_store)
    driver = server.driver()
    with driver.session(database=server.database) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    push(pg, driver, server.database, batch_size=13)
    again = push(pg, driver, server.database, batch_size=13)
    assert again["nodes_created"] == again["relationships_created"] == again["properties_set"] == 0
    changed = copy.deepcopy(pg)
    person = next(iri for iri, p in changed.nodes.items() if p["label"] == "Person")
    changed.nodes[person]["name"] = "Tên Đã Đổi"
    changed.nodes["https://vnkg.dev/id/person/new-one"] = {"label": "Person", "iri": "https://vnkg.dev/id/person/new-one",
                                                          "name": "Người Mới"}
    meeting = next(iri for iri, p in changed.nodes.items() if p["label"] == "Meeting")
    linked = {(s, d) for s, rel, d, _ in changed.rels if rel == "ATTENDED_BY"}
    other = next(iri for iri, p in changed.nodes.items() if p["label"] == "Person" and (meeting, iri) not in linked
                 and iri != "https://vnkg.dev/id/person/new-one")
    changed.rels += [(meeting, "ATTENDED_BY", "https://vnkg.dev/id/person/new-one", {}),
                     (meeting, "ATTENDED_BY", other, {"article": "x-1"})]
    src, rel, dst, props = changed.rels[0]
    changed.rels[0] = (src, rel, dst, {**props, "article": "đã-đổi"})
    third = push(changed, driver, server.database, batch_size=13)
    assert (third["nodes_created"], third["relationships_created"]) == (1, 2)
    assert 0 < third["properties_set"] < 20  # only the changed records were written
    _, rows = run(driver, "MATCH (p:Person {iri: $iri}) RETURN p.name AS name", {"iri": person}, server.database)
    assert rows == [{"name": "Tên Đã Đổi"}]
    _, rows = run(driver, f"MATCH (a {{iri: $a}})-[e:{rel}]->(b {{iri: $b}}) RETURN e.article AS article",
                  {"a": src, "b": dst}, server.database)
    assert rows == [{"article": "đã-đổi"}]
    _, rows = run(driver, "MATCH (m:Meeting {iri: $m})-[:ATTENDED_BY]->(p:Person) WHERE p.iri IN $ps RETURN count(*) AS n",
                  {"m": meeting, "ps": ["https://vnkg.dev/id/person/new-one", other]}, server.database)
    assert rows == [{"n": 2}]
    _reload(server, example_store)


@pytest.mark.skipif(not os.environ.get("VNKG_NEO4J_URI"), reason="needs a Neo4j server: set VNKG_NEO4J_URI")
def test_push_to_neo4j(example_store):
    from neo4j import GraphDatabase
    pg = property_graph(example_store)
    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    with GraphDatabase.driver(os.environ["VNKG_NEO4J_URI"], auth=auth) as driver:
        push(pg, driver)
        assert push(pg, driver)["nodes_created"] == 0


def test_neo4j_csv_export(example_store, tmp_path):
    import csv
    pg = property_graph(example_store)
    command = export_csv(pg, tmp_path)
    assert "neo4j-admin database import full" in command
    n_nodes = sum(len(list(csv.reader(p.open(encoding="utf-8")))) - 1 for p in tmp_path.glob("nodes_*.csv"))
    n_rels = sum(len(list(csv.reader(p.open(encoding="utf-8")))) - 1 for p in tmp_path.glob("rels_*.csv"))
    assert (n_nodes, n_rels) == (len(pg.nodes), len(pg.rels))
    header = next(csv.reader((tmp_path / "rels_Meeting_CHAIRED_BY_Person.csv").open(encoding="utf-8")))
    assert header[:2] == [":START_ID(Meeting)", ":END_ID(Person)"] and header[-1] == ":TYPE"


DEV = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


@pytest.mark.skipif(not DEV.exists(), reason="the dev set lives in ../shared/eval beside the repo")
def test_push_the_dev_set(server, example_store, tmp_path):
    from vnkg.graph.build import build
    from vnkg.graph.store import Store
    with Store(tmp_path / "dev") as store:
        report = build([DEV], store)
        assert report.read > 50 and not report.rejected
        pg = property_graph(store)
    driver = server.driver()
    with driver.session(database=server.database) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    counts = push(pg, driver, server.database)
    assert counts["nodes_created"] == len(pg.nodes) and counts["relationships_created"] == len(pg.rels)
    assert push(pg, driver, server.database)["nodes_created"] == 0
    _, rows = run(driver, "MATCH (m:Meeting)-[:CHAIRED_BY]->(p:Person) RETURN count(*) AS n", database=server.database)
    assert rows[0]["n"] >= 20
    _reload(server, example_store)


def test_cli_ask_over_bolt_matches_sparql(loaded, example_store, tmp_path):
    from click.testing import CliRunner
    from vnkg.cli import main
    sparql = example_store.named("chairs", {"in_area": "Kỳ Anh"})[1]
    result = CliRunner().invoke(main, ["ask", "chairs", "--area", "Kỳ Anh", "--neo4j", loaded.uri, "--user", "root",
                                       "--password", loaded.password, "--database", loaded.database,
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert _sorted(json.loads(result.output)) == _sorted(sparql)


def test_cli_push_neo4j(server, example_store, tmp_path):
    from click.testing import CliRunner
    from conftest import EXAMPLES
    from vnkg.cli import main
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(EXAMPLES), "--store", store]).exit_code == 0
    with server.driver().session(database=server.database) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    args = ["push", "neo4j", "--uri", server.uri, "--user", "root", "--password", server.password,
            "--database", server.database, "--store", store, "--batch-size", "20"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "nodes and" in first.output and not first.output.startswith("0 nodes")
    second = runner.invoke(main, args)
    assert second.output.startswith("0 nodes and 0 relationships created")
    _reload(server, example_store)


def _ask(args, *extra):
    from click.testing import CliRunner
    from vnkg.cli import main
    return CliRunner().invoke(main, ["ask", *args, *extra, "--format", "json"])


ASKS = [["holders", "--title", "chu tich ubnd huyen"], ["holders", "--title", "Bí thư Huyện uỷ", "--on", "03/2023"],
        ["chairs", "--area", "ky anh", "--from", "2020"], ["posts", "--person", "HỒ ĐỨC"],
        ["meetings", "--body", "ubnd", "--to", "31/12/2021"], ["coattendance", "Ho Duc Thinh"],
        ["career", "Trịnh Văn Khải"], ["holders", "--title", "Chủ tịch UBND tỉnh Hà Tĩnh"]]


@pytest.mark.parametrize("args", ASKS, ids=[" ".join(a) for a in ASKS])
def test_ask_over_bolt_gives_what_the_store_gives(loaded, example_store, args):
    """The same user text, normalised once, gives the same rows from SPARQL and from Cypher."""
    local = _ask(args, "--store", str(example_store.path))
    remote = _ask(args, "--neo4j", loaded.uri, "--user", "root", "--password", loaded.password,
                  "--database", loaded.database)
    assert local.exit_code == remote.exit_code == 0, (local.output, remote.output)
    assert _sorted(json.loads(remote.stdout)) == _sorted(json.loads(local.stdout))
    assert remote.stderr.replace(loaded.uri, "") == local.stderr


def test_wrong_password_is_one_line(loaded):
    result = _ask(["chairs"], "--neo4j", loaded.uri, "--user", "root", "--password", "not-it")
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [f"vnkg: {loaded.uri} refused the login of user 'root': "
                                          "wrong user or password (--user, --password)"]


@pytest.mark.skipif(not DEV.exists(), reason="the dev set lives in ../shared/eval beside the repo")
def test_holders_rows_are_the_same_in_sparql_and_cypher_on_the_dev_set(server, example_store, tmp_path):
    """One row per holder and post in both languages (they used to differ: 7 vs 6), with and without a
    period; and the other named questions too."""
    from vnkg.graph.build import build
    from vnkg.graph.store import Store
    with Store(tmp_path / "dev") as store:
        build([DEV], store)
        (server.root / "vnkg-version").unlink(missing_ok=True)
        sync_local(store, server)
        for on in (None, "2023", "2020-07"):  # every title at once: one row per holder and post in both
            rows = store.named("holders", {"on": on})[1]
            assert len(rows) >= (300 if on is None else 2)
            assert _sorted(named(server.driver(), "holders", {"on": on}, server.database)[1]) == _sorted(rows), on
        rows = store.named("holders", {"title": "Chủ tịch", "in_area": "tỉnh"})[1]
        cypher_rows = named(server.driver(), "holders", {"title": "Chủ tịch", "in_area": "tỉnh"}, server.database)[1]
        assert rows and _sorted(cypher_rows) == _sorted(rows)
        for query in ("posts", "chairs", "meetings", "coattendance", "career"):
            sparql_rows = store.named(query, {})[1]
            assert _sorted(named(server.driver(), query, {}, server.database)[1]) == _sorted(sparql_rows), query
    _reload(server, example_store)

"""Exports read back by the tools that consume them: followthemoney (FtM), networkx/Gephi (GEXF, GraphML),
neo4j-admin CSV headers."""
import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main
from vnkg.graph.export import export_network
from vnkg.graph.network import to_networkx

followthemoney = pytest.importorskip("followthemoney")  # in the [test] extra: this runs in CI


def _ftm_lines(store):
    from vnkg.graph.export import export_ftm
    return [json.loads(line) for line in export_ftm(store).decode("utf-8").splitlines()]


def test_ftm_lines_are_valid_proxies(example_store):
    from followthemoney import model
    lines = _ftm_lines(example_store)
    schemas = {line["schema"] for line in lines}
    assert {"Person", "Position", "Occupancy", "PublicBody", "Membership", "Article", "Event"} <= schemas
    ids = {line["id"] for line in lines}
    assert len(ids) == len(lines)
    for line in lines:
        proxy = model.get_proxy(line, cleaned=False)
        for prop in proxy.iterprops():
            values = proxy.get(prop)
            cleaned = [prop.type.clean(v, proxy=proxy) for v in values]
            assert cleaned == values, (line["schema"], prop.name, values)  # nothing the library would drop
            if prop.type.name == "entity":
                assert set(values) <= ids, (line["schema"], prop.name)  # references resolve


def test_ftm_content(example_store):
    lines = _ftm_lines(example_store)
    by_id = {line["id"]: line for line in lines}
    khai = next(x for x in lines if x["schema"] == "Person" and x["properties"]["name"] == ["Trịnh Văn Khải"])
    assert khai["properties"]["topics"] == ["role.pep"] and khai["properties"]["country"] == ["vn"]
    occ = next(x for x in lines if x["schema"] == "Occupancy" and x["properties"]["holder"] == [khai["id"]])
    post = by_id[occ["properties"]["post"][0]]
    assert post["schema"] == "Position" and "Bí thư Huyện ủy" in post["properties"]["name"][0]
    assert post["properties"]["subnationalArea"] == ["huyện Hậu Lộc"]
    assert by_id[post["properties"]["organization"][0]]["schema"] == "PublicBody"
    # seen in the article of 16 March and at the meeting of 15 March it reports him chairing
    assert occ["properties"]["status"] == ["current"] and occ["properties"]["date"] == ["2023-03-15", "2023-03-16"]
    article = by_id[occ["properties"]["proof"][0]]
    assert article["schema"] == "Article" and article["properties"]["name"] == ["vd-001"]
    assert article["properties"]["sourceUrl"][0].startswith("https://")


def test_ftm_occupancy_takes_reported_start_and_end_from_a_tenure(tmp_path):
    """Where the store records a tenure (an election/appointment start, a reported end), the Occupancy and
    Membership carry startDate/endDate; bounds that are mere attestations are not passed off as such."""
    from vnkg.graph.build import build
    from vnkg.graph.store import Store
    with Store() as store:
        build([str(EXAMPLES)], store)
        holder, post = next((q.subject, q.object) for q in store.ox.quads_for_pattern(
            None, ox.NamedNode("https://vnkg.dev/ns#post"), None) if "holding" in q.subject.value)
        person = next(store.ox.quads_for_pattern(holder, ox.NamedNode("http://www.w3.org/ns/org#member"), None)).object
        vn = "https://vnkg.dev/ns#"
        for part in [g for g in store.ox.named_graphs() if "/graph/resolution" in g.value]:
            store.ox.remove_graph(part)  # only the tenure below
        t, g = ox.NamedNode("https://vnkg.dev/id/tenure/test"), ox.NamedNode("https://vnkg.dev/id/resolution")
        for p, o in ((ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(vn + "Tenure")),
                     (ox.NamedNode("http://www.w3.org/ns/org#member"), person),
                     (ox.NamedNode(vn + "post"), post),
                     (ox.NamedNode(vn + "start"), ox.Literal("2019-05")), (ox.NamedNode(vn + "startBasis"), ox.Literal("elected")),
                     (ox.NamedNode(vn + "end"), ox.Literal("2024")), (ox.NamedNode(vn + "endBasis"), ox.Literal("attested"))):
            store.ox.add(ox.Quad(t, p, o, g))
        lines = _ftm_lines(store)
    from vnkg.graph.ftm import _id
    occ = next(x for x in lines if x["id"] == _id("occupancy", person.value, post.value))
    assert occ["properties"]["startDate"] == ["2019-05"]
    assert "endDate" not in occ["properties"]  # an attested last sighting is no end


def test_ftm_cli_and_ftm_validate(tmp_path):
    store, out = tmp_path / "store", tmp_path / "graph.ftm.json"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(EXAMPLES), "--store", str(store)]).exit_code == 0
    r = runner.invoke(main, ["export", "--format", "ftm", "-o", str(out), "--store", str(store)])
    assert r.exit_code == 0, r.output
    ftm = Path(sys.executable).parent / "ftm"
    checked = subprocess.run([str(ftm), "validate", "-i", str(out), "-o", str(tmp_path / "valid.json")],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0 and checked.stderr.strip() == "", checked.stderr
    again = [json.loads(x) for x in (tmp_path / "valid.json").read_text(encoding="utf-8").splitlines()]
    mine = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    norm = lambda rows: sorted((r["id"], r["schema"], json.dumps(r["properties"], sort_keys=True)) for r in rows)  # noqa: E731
    assert norm(again) == norm(mine)  # the ftm tool re-parses every entity and changes nothing


def test_gexf_labels_are_names(example_store, tmp_path):
    data = export_network(example_store, "gexf")
    root = ET.fromstring(data)
    ns = {"g": root.tag.split("}")[0].strip("{")}
    labels = [n.get("label") for n in root.iter(f"{{{ns['g']}}}node")]
    assert "Trịnh Văn Khải" in labels and "Person" not in labels
    # the node kind is an attribute; GEXF's edge `type` is the format's own (directed/undirected)
    attrs = {a.get("title") for a in root.iter(f"{{{ns['g']}}}attribute")}
    assert {"type", "relation"} <= attrs
    for edge in root.iter(f"{{{ns['g']}}}edge"):
        assert edge.get("type") in (None, "directed")
        assert edge.get("label")
    path = tmp_path / "g.gexf"
    path.write_bytes(data)
    import networkx as nx
    g = nx.read_gexf(path)
    kinds = {d.get("type") for _, d in g.nodes(data=True)}
    assert {"Person", "Post", "Body", "Area", "Meeting", "Article"} <= kinds
    assert g.number_of_edges() == to_networkx(example_store).number_of_edges()


def test_graphml_labels_are_names(example_store, tmp_path):
    import networkx as nx
    path = tmp_path / "g.graphml"
    path.write_bytes(export_network(example_store, "graphml"))
    g = nx.read_graphml(path)
    people = [d for _, d in g.nodes(data=True) if d.get("type") == "Person"]
    assert people and all(d["label"] == d["name"] for d in people)
    assert {d["label"] for _, _, d in g.edges(data=True)} >= {"HOLDS", "CHAIRED_BY"}


def test_neo4j_csv_dates_are_typed(example_store, tmp_path):
    from vnkg.graph.neo4j import export_csv
    from vnkg.graph.property import property_graph
    export_csv(property_graph(example_store), tmp_path)
    rows = list(csv.reader((tmp_path / "nodes_Meeting.csv").open(encoding="utf-8")))
    assert "day:date" in rows[0] and "date" in rows[0]
    day, text = rows[0].index("day:date"), rows[0].index("date")
    assert any(r[day] for r in rows[1:])
    for r in rows[1:]:
        assert r[day] == "" or (len(r[day]) == 10 and r[day] == r[text])  # only full days are typed
    holds = next(csv.reader((tmp_path / "rels_Person_HOLDS_Post.csv").open(encoding="utf-8")))
    assert {"first_day:date", "last_day:date", "articles:int"} <= set(holds)


def test_failed_export_leaves_the_old_file(example_store, tmp_path, monkeypatch):
    out = tmp_path / "old.gexf"
    out.write_text("keep me", encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store)]).exit_code == 0

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr("vnkg.graph.export.export_network", broken)
    r = CliRunner().invoke(main, ["export", "--format", "gexf", "-o", str(out), "--store", str(store)])
    assert r.exit_code != 0 and out.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vnkg-")] == []

"""networkx views and analysis on the example corpus."""
import doctest

import networkx as nx

from vnkg.graph import analysis
from vnkg.graph.export import export_network
from vnkg.graph.network import co_meeting, person_body, to_networkx


def test_typed_nodes_and_relationships(example_store):
    g = to_networkx(example_store)
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert labels == {"Person", "Post", "Body", "Area", "Meeting", "Article"}
    types = {t for *_, t in g.edges(data="type")}
    assert {"HOLDS", "POST_IN", "IN_AREA", "WITHIN", "ORGANIZED_BY", "CHAIRED_BY", "REPORTED_IN"} <= types
    # every edge goes between nodes of the right kinds
    for u, v, t in g.edges(data="type"):
        if t == "HOLDS":
            assert (g.nodes[u]["label"], g.nodes[v]["label"]) == ("Person", "Post")
        if t == "CHAIRED_BY":
            assert (g.nodes[u]["label"], g.nodes[v]["label"]) == ("Meeting", "Person")


def test_projections(example_store):
    g = to_networkx(example_store)
    p = co_meeting(g)
    names = {frozenset((p.nodes[a]["name"], p.nodes[b]["name"])) for a, b in p.edges}
    assert frozenset(("Hồ Đức Thịnh", "Đoàn Minh Tuấn")) in names
    b = person_body(g)
    assert nx.is_bipartite(b)


def test_analysis_functions_do_not_change_the_graph(example_store):
    g = to_networkx(example_store)
    before = (g.number_of_nodes(), g.number_of_edges())
    assert analysis.cochairs(g) == [{"chair": "Hồ Đức Thịnh", "cochair": "Đoàn Minh Tuấn", "meetings": 1}]
    (row,) = analysis.career(g, "Cao Thị Thu Trang")
    assert (row["title"], row["area"], row["status"]) == ("Bí thư Đảng ủy xã", "xã Vượng Lộc", "elected")
    top = analysis.centrality(g)
    assert top[0]["degree"] >= top[-1]["degree"]
    groups = analysis.communities(g)
    assert any("Hồ Đức Thịnh" in r["members"] and "Đoàn Minh Tuấn" in r["members"] for r in groups)
    assert (g.number_of_nodes(), g.number_of_edges()) == before


def test_docstring_examples():
    failures, _ = doctest.testmod(analysis)
    assert failures == 0


def test_graphml_and_gexf_read_back(example_store):
    import io
    n = to_networkx(example_store).number_of_nodes()
    assert nx.read_graphml(io.BytesIO(export_network(example_store, "graphml"))).number_of_nodes() == n
    assert nx.read_gexf(io.BytesIO(export_network(example_store, "gexf"))).number_of_nodes() == n

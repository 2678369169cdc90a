"""`vnkg validate`: incremental, checks the union, remembers what failed."""
import pyoxigraph as ox
from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main
from vnkg.graph.store import Store

VN = "https://vnkg.dev/ns#"
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def run(*args):
    result = CliRunner().invoke(main, ["validate", *args])
    return result.exit_code, result.output


def put(store_path, graph: str, quads) -> None:
    with Store(store_path) as store, store.writer() as writer:
        writer.put(graph, b"".join(sorted(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
                                          .splitlines(keepends=True))))


def test_validate_checks_everything_once_then_only_what_changed(tmp_path):
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    with Store(store) as s:
        articles = sum("/article/" in g.value for g in s.ox.named_graphs())
    code, out = run("--store", store)  # the first run checks everything
    assert code == 0 and f"checked all {articles} articles" in out and "conforms" in out
    code, out = run("--store", store)
    assert code == 0 and "checked 0 articles written since the last validation" in out
    CliRunner().invoke(main, ["remove", "vd-002", "--store", store])
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    code, out = run("--store", store)
    assert code == 0 and "checked 1 article written since the last validation" in out and "conforms" in out


def test_a_violation_is_reported_and_checked_again_until_fixed(tmp_path):
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    assert run("--store", store)[0] == 0
    graph = "https://vnkg.dev/id/article/fictional-bad"
    g, m = ox.NamedNode(graph), ox.NamedNode("https://vnkg.dev/id/mention/fictional-bad/9-3")
    quads = [ox.Quad(g, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(VN + "Article"), g),
             ox.Quad(g, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("fictional-bad"), g),
             ox.Quad(m, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(VN + "Mention"), g),
             ox.Quad(m, ox.NamedNode(VN + "article"), g, g),
             ox.Quad(m, ox.NamedNode(VN + "startOffset"), ox.Literal("9", datatype=XSD_INT), g),
             ox.Quad(m, ox.NamedNode(VN + "endOffset"), ox.Literal("3", datatype=XSD_INT), g),
             ox.Quad(m, ox.NamedNode(VN + "sentenceIndex"), ox.Literal("0", datatype=XSD_INT), g),
             ox.Quad(m, ox.NamedNode("http://www.w3.org/ns/prov#value"), ox.Literal("x"), g)]
    put(store, graph, quads)
    code, out = run("--store", store, "--format", "csv")
    assert code == 1 and "a mention must end after it starts" in out and m.value in out
    code, out = run("--store", store)  # still failing, so still checked
    assert code == 1 and "checked 1 article written since the last validation" in out
    put(store, graph, quads[:2])       # fixed: the bad mention is gone
    code, out = run("--store", store)
    assert code == 0 and "checked 1 article" in out


def test_incremental_check_sees_what_other_articles_say_about_a_node(tmp_path):
    """Two articles that disagree about one area (two labels: sh:maxCount 1) are caught when only the
    second one is new, because a node is checked with everything the store says about it."""
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    assert run("--store", store)[0] == 0
    with Store(store) as s:
        area = next(q for q in s.ox.quads_for_pattern(None, ox.NamedNode(VN + "adminCode"), None, None))
    graph = ox.NamedNode("https://vnkg.dev/id/article/fictional-other")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    put(store, graph.value, [ox.Quad(area.subject, label, ox.Literal("a second label"), graph),
                             ox.Quad(graph, ox.NamedNode("http://purl.org/dc/terms/identifier"), ox.Literal("x"), graph)])
    code, out = run("--store", store)
    assert code == 1 and area.subject.value in out and "checked 1 article" in out


def test_validate_refuses_a_missing_store(tmp_path):
    code, out = run("--store", str(tmp_path / "nothing"))
    assert code == 3 and "no store at" in out and not (tmp_path / "nothing").exists()


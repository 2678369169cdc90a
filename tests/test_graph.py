"""The built graph: idempotent, SHACL-conformant, traceable to article offsets."""
import json

import rdflib
from rdflib.compare import isomorphic

from conftest import EXAMPLES
from vnkg.graph.build import build, flat_facts
from vnkg.graph.export import export_rdf, to_rdflib, validate
from vnkg.graph.store import Store


def test_rebuild_is_idempotent(tmp_path):
    store = Store(tmp_path / "s")
    first = build([EXAMPLES], store)
    g1 = to_rdflib(store)
    second = build([EXAMPLES], store)
    assert second.added == 0 and second.updated == 0 and second.unchanged == first.read
    assert isomorphic(g1, to_rdflib(store))


def test_same_input_same_triples_in_a_fresh_store(tmp_path):
    a, b = Store(tmp_path / "a"), Store(tmp_path / "b")
    build([EXAMPLES], a)
    build([EXAMPLES], b)
    assert set(a.ox) == set(b.ox)


def test_changed_article_replaces_its_own_facts_only(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    one = corpus / "one.txt"
    two = corpus / "two.txt"
    one.write_text("Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị. Đồng chí Lê Văn An, Chủ tịch UBND huyện "
                   "chủ trì hội nghị.", encoding="utf-8")
    two.write_text("Sáng 4/9, UBND huyện Kỳ Anh tổ chức hội nghị. Đồng chí Hồ Văn Bình, Chủ tịch UBND huyện "
                   "chủ trì hội nghị.", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([corpus], store)
    one.write_text(one.read_text(encoding="utf-8").replace("Lê Văn An", "Lê Văn Anh"), encoding="utf-8")
    report = build([corpus], store)
    assert (report.updated, report.unchanged) == (1, 1)
    chairs = {r["chair"] for r in store.named("chairs")[1]}
    assert chairs == {"Lê Văn Anh", "Hồ Văn Bình"}


def test_graph_conforms_to_shapes(example_store):
    conforms, rows = validate(example_store)
    assert conforms, rows


def test_shapes_catch_a_broken_graph(example_store, tmp_path):
    import pyoxigraph as ox
    broken = Store(tmp_path / "broken")
    broken.ox.extend(example_store.ox)
    mention = next(q.subject for q in broken.ox if q.predicate.value.endswith("#startOffset"))
    broken.ox.add(ox.Quad(mention, ox.NamedNode("https://vnkg.dev/ns#startOffset"),
                          ox.Literal("-5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))))
    conforms, rows = validate(broken)
    assert not conforms and rows


def test_every_fact_points_at_its_text(example_store):
    from vnkg.extract.readers import read
    _, rows = example_store.select(open_prefixes() + """
        SELECT ?doc ?s ?e ?quote WHERE { ?m a vn:Mention ; vn:article ?a ; vn:startOffset ?s ;
          vn:endOffset ?e ; prov:value ?quote . ?a dct:identifier ?doc }""")
    texts = {a.id: a.text for a in read([EXAMPLES]) if hasattr(a, "text")}
    assert rows
    for r in rows:
        assert texts[r["doc"]][int(r["s"]):int(r["e"])] == r["quote"]


def open_prefixes():
    from vnkg import queries
    return queries.load("prefixes")


def test_flat_facts_come_from_the_graph(example_store):
    facts = list(flat_facts(example_store))
    chairs = {(f["doc"], f["person"], f["date"]) for f in facts if f["type"] == "chair"}
    assert ("vd-001", "Trịnh Văn Khải", "2023-03-15") in chairs
    assert ("vd-002", "Đoàn Minh Tuấn", "2020-07-08") in chairs
    # the planned meeting and the former post of vd-005 are not facts
    assert not [f for f in facts if f["doc"] == "vd-005" and f["type"] in ("meeting", "position")]


def test_exports_parse_back(example_store):
    n = len(example_store.triples())
    for fmt, rdf_format in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        g = rdflib.Graph().parse(data=export_rdf(example_store, fmt).decode("utf-8"), format=rdf_format)
        assert len(g) == n, fmt
    doc = json.loads(export_rdf(example_store, "jsonld"))
    assert "@context" in doc
    ds = rdflib.Dataset().parse(data=export_rdf(example_store, "nq").decode("utf-8"), format="nquads")
    assert len(list(ds.graphs())) > 7


def test_same_post_written_two_ways_still_conforms(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Đồng chí Trần Văn Nam, Bí thư Trung ương Đảng dự hội nghị.", encoding="utf-8")
    (corpus / "b.txt").write_text("Đồng chí Trần Văn Nam, Bí thư trung ương đảng dự hội nghị.", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([corpus], store)
    conforms, rows = validate(store)
    assert conforms, rows
    _, rows = store.named("posts", {"in_person": "Trần Văn Nam"})
    assert len({r["title"].lower() for r in rows}) == 1


SHARED = __import__("pathlib").Path(__file__).resolve().parents[2] / "shared"


@__import__("pytest").mark.skipif(not (SHARED / "eval" / "dev.jsonl").exists(),
                                  reason="the dev set lives in ../shared/eval beside the repo")
def test_dev_set_graph_conforms_and_seed_chairs(tmp_path):
    store = Store(tmp_path / "dev")
    report = build([SHARED / "eval" / "dev.jsonl", SHARED / "seeds"], store)
    assert report.read >= 60 and not report.rejected
    conforms, rows = validate(store)
    assert conforms, rows[:5]
    chairs = {(r["chair"], r["date"]) for r in store.named("chairs")[1]}
    assert {("Nghiêm Sỹ Đống", "2022-06-14"), ("Bùi Quang Hoàn", "2020-07-06"),
            ("Phạm Văn Dũng", "2020-07-06")} <= chairs


def test_one_official_named_in_two_provinces_articles_is_one_person(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Sáng 2/3, UBND tỉnh Hà Tĩnh tổ chức hội nghị. Đồng chí Trần Văn Nam, Ủy viên Trung "
                                  "ương Đảng, Bộ trưởng Bộ Nội vụ dự.", encoding="utf-8")
    (corpus / "b.txt").write_text("Sáng 9/3, UBND tỉnh Nghệ An tổ chức hội nghị. Đồng chí Trần Văn Nam, Ủy viên Trung "
                                  "ương Đảng, Bộ trưởng Bộ Nội vụ dự.", encoding="utf-8")
    (corpus / "c.txt").write_text("Sáng 9/3, UBND tỉnh Nghệ An tổ chức hội nghị. Đồng chí Trần Văn Nam, Chủ tịch UBND "
                                  "huyện Nghi Lộc dự.", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([corpus], store)
    from vnkg import queries
    _, rows = store.select(queries.load("prefixes") + "SELECT DISTINCT ?p WHERE { ?p a vn:Person }")
    assert len(rows) == 2  # the minister once; a namesake district chairman in Nghệ An is another person


def test_acting_titles_in_flat_facts_read_as_written(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Đồng chí Cao Văn Huy, Quyền Chủ tịch UBND tỉnh Quảng Ninh dự hội nghị.", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([corpus], store)
    titles = {f["title"] for f in flat_facts(store) if f["type"] == "position"}
    assert titles == {"Quyền Chủ tịch Ủy ban nhân dân tỉnh"}
    assert [r["status"] for r in store.named("posts")[1]] == ["acting"]


def test_a_body_written_short_is_one_node_labelled_as_written(tmp_path):
    # "TAND tỉnh" and "Tòa án nhân dân tỉnh" are one body; an organiser keeps the short form its article writes
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ngày 20/3/2021, TAND tỉnh Cao Bằng tổ chức hội nghị tổng kết.", encoding="utf-8")
    (corpus / "b.txt").write_text("Ngày 22/3/2021, Tòa án nhân dân tỉnh Cao Bằng tổ chức hội nghị.", encoding="utf-8")
    store = Store(tmp_path / "s")
    build([corpus], store)
    assert sorted(f["organizer"] for f in flat_facts(store) if f["type"] == "organizer") == [
        "TAND tỉnh", "Tòa án nhân dân tỉnh"]
    bodies = {r[0] for r in store.ox.query(
        "SELECT DISTINCT ?b WHERE { GRAPH ?g { ?m <https://schema.org/organizer> ?b } }")}
    assert len(bodies) == 1
    conforms, rows = validate(store)
    assert conforms, rows

"""The build's write path: N-Quads written without pyoxigraph objects must be what pyoxigraph writes;
renames on N-Quads bytes; the writer thread never lets a later copy of an article meet an earlier one."""
import pyoxigraph as ox
import pytest

from conftest import EXAMPLES, generated_corpus
from vnkg.extract import Article, extract
from vnkg.extract.readers import read
from vnkg.graph import rdf
from vnkg.graph.build import build
from vnkg.graph.resolve import renamed_nquads
from vnkg.graph.store import Store, nquads

G = ox.NamedNode("https://vnkg.dev/id/article/x")


def test_string_literals_are_escaped_as_oxigraph_writes_them():
    chars = [chr(c) for c in (*range(0x3000), 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x10FFFF)]
    texts = [f"a{c}b" for c in chars] + ['"quoted" \\ back\tslash\r\n', "Nguyễn Văn An", ""]
    quads = [ox.Quad(G, G, ox.Literal(t), G) for t in texts]
    want = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode().split("\n")[:-1]
    assert [f"<{G.value}> <{G.value}> {rdf._str(t)} <{G.value}> ." for t in texts] == want
    assert rdf._lit(7) == str(ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    for date in ("2024-03-05", "2024-03", "2024", "--03-05"):
        assert rdf._date(date) == str(rdf.date_literal(date))


def test_article_nquads_are_what_pyoxigraph_would_write(tmp_path):
    arts = [a for a in read([str(EXAMPLES), str(generated_corpus(tmp_path / "c.jsonl", 30, seed=3))])
            if isinstance(a, Article)]
    arts.append(Article("odd \"id\" <x>", 'Sáng 3/9, ông Nguyễn Văn "An" nói: \\ \t A.\nBí thư Huyện ủy Can Lộc.'))
    for art in arts:
        data = rdf.article_nquads(extract(art))
        assert data and data == nquads(ox.parse(data, format=ox.RdfFormat.N_QUADS)), art.id


def test_an_article_with_a_bad_iri_part_fails_alone():
    with pytest.raises(ValueError):
        rdf._nt_iri("https://vnkg.dev/id/holding/1/during/2020 05")


P = "https://vnkg.dev/id/person/"


def test_renamed_nquads_renames_people_and_rekeys_their_holdings_but_not_literals():
    post = ox.NamedNode("https://vnkg.dev/id/post/bithu-1")
    a, b, c = (ox.NamedNode(P + x) for x in ("an-1", "binh-2", "chi-3"))
    h = rdf.holding_iri(a, post)
    during = ox.NamedNode(h.value + "/during")
    quads = [ox.Quad(a, ox.NamedNode("http://xmlns.com/foaf/0.1/name"), ox.Literal(f"<{P}an-1>"), G),
             ox.Quad(h, ox.NamedNode("http://www.w3.org/ns/org#member"), a, G),
             ox.Quad(h, ox.NamedNode("https://vnkg.dev/ns#post"), post, G),
             ox.Quad(h, ox.NamedNode("http://www.w3.org/ns/org#memberDuring"), during, G),
             ox.Quad(during, ox.NamedNode("http://www.w3.org/2006/time#inside"), ox.NamedNode(during.value + "/2020"), G),
             ox.Quad(G, ox.NamedNode("https://schema.org/mentions"), c, G),
             ox.Quad(b, ox.NamedNode("https://schema.org/knows"), a, G)]
    out = renamed_nquads(nquads(quads), {"an-1": "an-9"})
    new_a = ox.NamedNode(P + "an-9")
    new_h = rdf.holding_iri(new_a, post)
    new_during = ox.NamedNode(new_h.value + "/during")
    assert out == nquads([
        ox.Quad(new_a, ox.NamedNode("http://xmlns.com/foaf/0.1/name"), ox.Literal(f"<{P}an-1>"), G),
        ox.Quad(new_h, ox.NamedNode("http://www.w3.org/ns/org#member"), new_a, G),
        ox.Quad(new_h, ox.NamedNode("https://vnkg.dev/ns#post"), post, G),
        ox.Quad(new_h, ox.NamedNode("http://www.w3.org/ns/org#memberDuring"), new_during, G),
        ox.Quad(new_during, ox.NamedNode("http://www.w3.org/2006/time#inside"), ox.NamedNode(new_during.value + "/2020"), G),
        ox.Quad(G, ox.NamedNode("https://schema.org/mentions"), c, G),
        ox.Quad(b, ox.NamedNode("https://schema.org/knows"), new_a, G)])
    assert renamed_nquads(out, {}) == out


def _graph(n: int, version: int) -> tuple[str, bytes]:
    g = f"https://vnkg.dev/id/article/{n}"
    return g, nquads([ox.Quad(ox.NamedNode(g), ox.NamedNode("https://vnkg.dev/ns#v"), ox.Literal(str(v)),
                              ox.NamedNode(g)) for v in range(version, version + 3)])


def test_writer_thread_keeps_the_later_copy_of_an_article_and_its_removals(tmp_path, monkeypatch):
    import time

    from vnkg.graph.store import Writer

    write = Writer._write

    def slow(self, *batch):  # a batch in flight stays in flight while the builder goes on
        time.sleep(0.02)
        write(self, *batch)

    monkeypatch.setattr(Writer, "_write", slow)
    with Store(tmp_path / "s") as store:
        with store.writer(batch_quads=3, background=True) as writer:  # a batch per article
            outcomes = []
            for n in range(12):
                outcomes.append(writer.put(*_graph(n, 0)))   # in flight ...
                if n % 2 == 0:
                    outcomes.append(writer.put(*_graph(n, 10)))  # ... and written again at once
            outcomes.append(writer.put(*_graph(1, 0)))
            writer.put(*_graph(3, 10))
            assert writer.remove(_graph(3, 0)[0])
            assert not writer.remove("https://vnkg.dev/id/article/none")
        assert outcomes.count("added") == 12 and outcomes.count("updated") == 6 and outcomes[-1] == "unchanged"
        for n in range(12):
            g, first = _graph(n, 0)
            want = b"" if n == 3 else _graph(n, 10)[1] if n % 2 == 0 else first
            assert store.graph_nquads(g) == want, n


def test_a_failed_background_batch_is_raised_to_the_builder(tmp_path):
    with Store(tmp_path / "s") as store:
        with pytest.raises(SyntaxError):
            with store.writer(batch_quads=1, background=True) as writer:
                writer.put("https://vnkg.dev/id/article/bad", b"<https://vnkg.dev/id/a> not n-quads .\n")
                writer.put("https://vnkg.dev/id/article/ok", _graph(1, 0)[1])


def test_a_fresh_build_stores_resolved_ids_in_the_articles(tmp_path):
    """The articles' graphs carry the ids the resolver holds, whether the resolve stage renamed
    them before storing (namesakes of a fresh build) or after (a second corpus into the store)."""
    from vnkg.graph.resolve import state_for

    first = generated_corpus(tmp_path / "a.jsonl", 150, seed=9)
    second = generated_corpus(tmp_path / "b.jsonl", 150, seed=10)
    with Store(tmp_path / "s") as store:
        assert build([str(first)], store, batch_quads=2000).added == 150
        assert build([str(second)], store, batch_quads=2000, jobs=2).added == 150
        from vnkg.graph.resolve import base_id

        given = state_for(store).ids()
        assert any(i != base_id(k) for (_, k), i in given.items())  # namesakes: not the block's first id
        ids = set(given.values())
        rows = store.select("SELECT DISTINCT ?p WHERE { ?p a <https://vnkg.dev/ns#Person> }")[1]
        assert {r["p"].rsplit("/", 1)[-1] for r in rows} == ids

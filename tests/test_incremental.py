"""A rebuild does not extract again an article whose input is what the store last read (same text,
metadata, file, and code version: vn:inputDigest); anything else is read again."""
import shutil

from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main
from vnkg.graph import build as build_module
from vnkg.graph.store import Store


def _build(*args):
    return CliRunner().invoke(main, ["build", *args, "--jobs", "1"])


def _graphs(store):
    with Store(store, read_only=True) as s:
        return {g.value: s.graph_nquads(g.value) for g in s.ox.named_graphs()}


def test_unchanged_articles_are_not_extracted_again(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = str(tmp_path / "s")
    first = _build(str(corpus), "--store", store)
    assert first.exit_code == 0, first.output
    before = _graphs(store)
    n = first.output.split(" articles read")[0].split()[-1]

    extracted = []
    real = build_module.article_nquads
    monkeypatch.setattr(build_module, "article_nquads", lambda a, *rest: extracted.append(a.id) or real(a, *rest))
    again = _build(str(corpus), "--store", store)
    assert again.exit_code == 0 and extracted == []
    assert f"{n} articles read: 0 added, 0 updated, {n} unchanged ({n} with the same input" in again.output
    assert _graphs(store) == before

    # one file edited: only that article is read again
    edited = sorted(p for p in corpus.rglob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nSáng 2/3, UBND xã Hòa Mỹ họp.", encoding="utf-8")
    once = _build(str(corpus), "--store", store)
    assert once.exit_code == 0 and extracted == [edited.stem], (extracted, once.output)
    assert "1 updated" in once.output

    # --reread (and --report) read everything again, and change nothing
    extracted.clear()
    full = _build(str(corpus), "--store", store, "--reread")
    assert full.exit_code == 0 and len(extracted) == int(n) and f"{n} unchanged" in full.output
    extracted.clear()
    _build(str(corpus), "--store", store, "--report", str(tmp_path / "r.json"))
    assert len(extracted) == int(n) and (tmp_path / "r.json").exists()

    # another version of the code (or its data) reads everything again
    extracted.clear()
    monkeypatch.setattr("vnkg.graph.rdf.code_version", lambda: "another version")
    newer = _build(str(corpus), "--store", store)
    assert newer.exit_code == 0 and len(extracted) == int(n)
    assert f"{n} updated" in newer.output  # the digest itself is new; the facts are the same


def test_an_article_stored_by_an_unfinished_build_is_read_again(tmp_path, monkeypatch):
    """The store may hold an article's new graph while the resolver's state (committed last) never
    saw it: a build killed between the two. The next build reads that article again."""
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = str(tmp_path / "s")
    assert _build(str(corpus), "--store", store).exit_code == 0
    # the resolver's state as a build killed before its end leaves it: without this article's input
    from vnkg.graph.resolve import state_for

    with Store(store) as s:
        state = state_for(s)
        doc = state.db.execute("SELECT doc FROM input ORDER BY doc LIMIT 1").fetchone()[0]
        state.db.execute("DELETE FROM input WHERE doc = ?", (doc,))
        state.db.commit()
    extracted = []
    real = build_module.article_nquads
    monkeypatch.setattr(build_module, "article_nquads", lambda a, *rest: extracted.append(a.id) or real(a, *rest))
    again = _build(str(corpus), "--store", store)
    assert again.exit_code == 0 and extracted == [doc], (extracted, again.output)

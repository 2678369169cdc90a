"""The full listings kept in STORE/cache/ (vnkg.graph.listings): the same output as the query, in every
format, used only while the store's data is unchanged."""
import io
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, generated_corpus
from vnkg.cli import main
from vnkg.commands.common import emit
from vnkg.graph import listings

FORMATS = [["--format", "json"], ["--format", "csv"], ["--format", "table"], ["--format", "table", "--evidence"]]


def _ask(store, name, *extra):
    result = CliRunner().invoke(main, ["ask", name, "--store", str(store), *extra])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout, result.stderr


def _fresh(store, name, *extra):
    """The listing as its query gives it now (no kept file)."""
    for kept in (store / "cache").glob("listing-*"):
        kept.unlink()
    return _ask(store, name, *extra)


def _no_query(monkeypatch):
    from vnkg.graph.store import Store

    def refuse(*args, **kwargs):
        raise AssertionError("the query ran")

    monkeypatch.setattr(Store, "select", refuse)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """The example articles and 40 generated ones (several articles per meeting, meetings without an
    organiser, area or date, people without a post's area ...)."""
    where = tmp_path_factory.mktemp("listings") / "s"
    corpus = generated_corpus(tmp_path_factory.mktemp("corpus") / "c.jsonl", 40, seed=3)
    for source in (EXAMPLES, corpus):
        assert CliRunner().invoke(main, ["build", str(source), "--store", str(where)]).exit_code == 0
    return where


@pytest.mark.parametrize("name", ["chairs", "posts"])
def test_a_kept_listing_prints_what_the_query_prints(store, name, monkeypatch):
    fresh = {tuple(f): _fresh(store, name, *f) for f in FORMATS}  # each format once without a kept file
    assert json.loads(fresh[("--format", "json")][1]) and (store / "cache" / f"listing-{name}_all.jsonl").exists()
    _no_query(monkeypatch)  # from here on the rows can only come from the kept file
    for f in FORMATS:
        assert _ask(store, name, *f) == fresh[tuple(f)]


def test_any_write_makes_the_listing_run_its_query_again(store, tmp_path, monkeypatch):
    before = _ask(store, "chairs", "--format", "json")[1]
    new = tmp_path / "new"
    new.mkdir()
    (new / "moi.txt").write_text("Sáng 3/9/2023, UBND huyện Can Lộc tổ chức hội nghị sơ kết. Đồng chí Lưu Văn Tịnh, "
                                 "Chủ tịch UBND huyện chủ trì hội nghị.", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(new), "--store", str(store)]).exit_code == 0
    added = _ask(store, "chairs", "--format", "json")[1]
    assert "Lưu Văn Tịnh" in added and "Lưu Văn Tịnh" not in before
    assert added == _fresh(store, "chairs", "--format", "json")[1]
    (new / "moi.txt").write_text("Sáng 4/9/2023, UBND huyện Can Lộc tổ chức hội nghị. Đồng chí Lê Văn Mười, "
                                 "Chủ tịch UBND huyện chủ trì hội nghị.", encoding="utf-8")
    assert CliRunner().invoke(main, ["build", str(new), "--store", str(store)]).exit_code == 0
    updated = _ask(store, "chairs", "--format", "json")[1]
    assert "Lê Văn Mười" in updated and "Lưu Văn Tịnh" not in updated
    posts = _ask(store, "posts", "--format", "csv")[1]
    assert "Lê Văn Mười" in posts
    ids = {r["article"] for r in json.loads(updated) if r["chair"] == "Lê Văn Mười"}
    assert CliRunner().invoke(main, ["remove", *ids, "--store", str(store)]).exit_code == 0
    removed = _ask(store, "chairs", "--format", "json")[1]
    assert removed == before
    assert "Lê Văn Mười" not in _ask(store, "posts", "--format", "csv")[1]
    _no_query(monkeypatch)  # and, unchanged since, the kept rows are what it prints
    assert _ask(store, "chairs", "--format", "json")[1] == before


def test_a_kept_file_that_does_not_match_is_not_used(store):
    fresh = _fresh(store, "posts", "--format", "json")
    kept = store / "cache" / "listing-posts_all.jsonl"
    text = kept.read_bytes()
    kept.write_bytes(text[:-10])  # cut short
    assert _ask(store, "posts", "--format", "json") == fresh
    head, _, body = kept.read_bytes().partition(b"\n")
    other = json.loads(head)
    other["query"] = "0" * 24  # another version of the query
    kept.write_bytes(json.dumps(other).encode().ljust(len(head)) + b"\n" + body.replace(b'"', b"'", 1))
    assert _ask(store, "posts", "--format", "json") == fresh
    kept.unlink()
    kept.mkdir()  # no place to keep it: the listing still prints
    try:
        assert _ask(store, "posts", "--format", "json") == fresh
    finally:
        kept.rmdir()


ROWS = [{"a": "Đỗ\u2028Văn\nBa", "n": 3, "b": None, "c": "x\r\ny"},
        {"a": "", "n": 12, "b": "\"quoted\", với dấu phẩy", "c": None},
        {"a": "Ánh", "n": None, "b": "tab\there", "c": "\u0085\u000b\u000c"}]


@pytest.mark.parametrize("rows", [ROWS, []])
def test_kept_rows_print_as_emit_prints_them(tmp_path, rows):
    """Line separators inside values, numbers, missing values, no rows at all: the same text as
    vnkg.commands.common.emit in every format."""
    cols = ["a", "n", "b", "c"]
    want = listings.key("SELECT * {}", "state")
    listings.write(tmp_path, "t", want, cols, rows)
    kept = listings.read(tmp_path, "t", want)
    assert kept is not None and len(kept) == len(rows) and list(kept) == rows
    assert listings.read(tmp_path, "t", {**want, "state": "other"}) is None
    for fmt in ("json", "csv", "table"):
        for shown in (cols, ["a", "n"]) if fmt == "table" else (cols,):  # (csv and json: every column)
            a, b = io.StringIO(), io.StringIO()
            emit(shown, rows, fmt, out=a)
            listings.emit(kept, shown, fmt, out=b)
            assert b.getvalue() == a.getvalue(), (fmt, shown)


def test_what_a_killed_listing_left_is_swept(tmp_path):
    import os

    (tmp_path / "cache").mkdir()
    old, recent = tmp_path / "cache" / ".listing-t.jsonl.123", tmp_path / "cache" / ".listing-t.jsonl.456"
    old.write_text("half")
    recent.write_text("being written")
    os.utime(old, (1, 1))
    listings.write(tmp_path, "t", listings.key("q", "s"), ["a"], [{"a": 1}])
    assert not old.exists() and recent.exists()
    assert list(listings.read(tmp_path, "t", listings.key("q", "s"))) == [{"a": 1}]

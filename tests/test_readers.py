"""Bad input: one clear line naming the file (and line); the rest is processed; nothing is lost."""
import json

import pytest

from vnkg.extract.readers import Rejected, read
from vnkg.graph.build import build
from vnkg.graph.store import Store

GOOD = "Chiều 9/10, Ban Thường vụ Huyện ủy Nghi Xuân tổ chức hội nghị. Bí thư Huyện ủy Trần Minh Đức chủ trì."


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin.txt").write_bytes("Sáng 14/6".encode("utf-8") + b"\xff\xfe\x80 ch\xe0o")
    (tmp_path / "blank.html").write_text("<html><body><nav>Trang chủ</nav></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "a1", "text": GOOD}, ensure_ascii=False), "{not json", json.dumps([1, 2]),
             json.dumps({"id": "a3"}), "", json.dumps({"id": "a4", "text": GOOD.replace("Đức", "Đạt")},
                                                      ensure_ascii=False)]
    (tmp_path / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_every_bad_input_is_named(corpus):
    items = list(read([corpus]))
    rejected = {str(r) for r in items if isinstance(r, Rejected)}
    articles = [a.id for a in items if not isinstance(a, Rejected) and hasattr(a, "text")]
    assert sorted(articles) == ["a1", "a4", "good"]
    expected = [
        ("articles.jsonl:2:", "malformed JSON"), ("articles.jsonl:3:", "not a JSON object"),
        ("articles.jsonl:4:", "missing or empty 'text'"), ("empty.txt:", "empty file"),
        ("binary.txt:", "binary file"), ("latin.txt:", "invalid UTF-8"), ("blank.html:", "HTML with no article text"),
    ]
    for where, why in expected:
        assert any(where in r and why in r for r in rejected), (where, why, rejected)
    assert all("\n" not in r for r in rejected)


def test_huge_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    from vnkg.extract import readers
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    (tmp_path / "huge.txt").write_text(GOOD * 100, encoding="utf-8")
    (rej,) = list(read([tmp_path]))
    assert isinstance(rej, Rejected) and "too large" in str(rej)


def test_bad_input_never_loses_what_is_stored(corpus, tmp_path):
    store = Store(tmp_path / "store")
    first = build([corpus / "articles.jsonl"], store)
    assert first.read == 2 and len(first.rejected) == 3
    before = set(store.ox)
    # a second build with only bad files keeps everything already stored
    second = build([corpus / "empty.txt", corpus / "binary.txt"], store)
    assert second.read == 0 and len(second.rejected) == 2
    assert set(store.ox) == before


def test_html_article_text_and_title(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><title>Hội nghị</title></head><body><article><h1>Hội nghị Ban Thường vụ</h1>"
        f"<p>{GOOD}</p><p>{GOOD}</p></article></body></html>", encoding="utf-8")
    (article,) = list(read([tmp_path]))
    assert "Trần Minh Đức" in article.text


def test_a_50_mb_file_gets_one_line_and_the_rest_is_built(tmp_path):
    from click.testing import CliRunner
    from vnkg.cli import main
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    with open(corpus / "huge.txt", "wb") as handle:  # 50 MB (sparse on disk)
        handle.seek(50 * 1024 * 1024)
        handle.write("Sáng 1/1, họp.".encode("utf-8"))
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith("vnkg: ")]
    assert len(problems) == 1 and "huge.txt: file too large (52.4 MB" in problems[0]
    assert "1 articles read: 1 added" in result.output

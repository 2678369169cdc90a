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


# ---- what used to be lost or rejected --------------------------------------------------------------

def _articles(items):
    return [i for i in items if not isinstance(i, Rejected) and hasattr(i, "text")]


def _notes(items):
    from vnkg.extract.readers import Note
    return [str(i) for i in items if isinstance(i, Note)]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-16-le", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark(tmp_path, codec):
    bom = {"utf-16-be": b"\xfe\xff", "utf-16-le": b"\xff\xfe"}.get(codec, b"")
    (tmp_path / "a.txt").write_bytes(bom + GOOD.encode(codec))
    items = list(read([tmp_path]))
    (article,) = _articles(items)
    assert article.text == GOOD and article.id == "a"
    assert any("byte-order mark" in n for n in _notes(items))


def test_utf8_bom_on_the_first_line_of_a_jsonl(tmp_path):
    line = json.dumps({"id": "b1", "text": GOOD}, ensure_ascii=False).encode("utf-8")
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + line + b"\n" + line.replace(b"b1", b"b2") + b"\n")
    items = list(read([tmp_path]))
    assert [a.id for a in _articles(items)] == ["b1", "b2"] and not [i for i in items if isinstance(i, Rejected)]


def test_deeply_nested_json_costs_its_line_only(tmp_path):
    deep = "[" * 100000 + "]" * 100000
    lines = [json.dumps({"id": "d1", "text": GOOD}, ensure_ascii=False), '{"id": "deep", "x": ' + deep + "}",
             json.dumps({"id": "d3", "text": GOOD}, ensure_ascii=False)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read([tmp_path]))
    assert [a.id for a in _articles(items)] == ["d1", "d3"]
    (rejected,) = [str(i) for i in items if isinstance(i, Rejected)]
    assert rejected.endswith("a.jsonl:2: JSON nested too deeply to read")


def test_a_bad_optional_field_keeps_the_article(tmp_path):
    lines = [{"id": "o1", "text": GOOD, "published": "not a date", "url": ["https://a.vn/1", "https://b.vn/1"]},
             {"id": "o2", "text": GOOD, "published": "2022-06-14T08:30:00+07:00", "title": {"vi": "x"}},
             {"id": "o3", "text": GOOD, "published": "14/06/2022", "url": "https://a.vn/3"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    items = list(read([tmp_path]))
    arts = {a.id: a for a in _articles(items)}
    assert (arts["o1"].published, arts["o1"].url) == (None, None)
    assert (arts["o2"].published, arts["o2"].title) == ("2022-06-14", None)
    assert (arts["o3"].published, arts["o3"].url) == ("2022-06-14", "https://a.vn/3")
    notes = _notes(items)
    assert any(n.endswith("a.jsonl:1: article o1: 'published' is not a date ('not a date'); ignored") for n in notes)
    assert any(n.endswith("a.jsonl:1: article o1: 'url' is not text (list); ignored") for n in notes)
    assert any("a.jsonl:2: article o2: 'title' is not text (dict)" in n for n in notes)
    report = build([tmp_path], Store())
    assert report.read == 3 and report.added == 3 and not report.rejected


def test_a_repeated_id_keeps_the_later_article_and_says_where(tmp_path, capsys):
    from click.testing import CliRunner
    from vnkg.cli import main
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "x1", "text": GOOD}, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    later = GOOD.replace("Trần Minh Đức", "Phan Văn Tĩnh")
    (tmp_path / "two.jsonl").write_text("\n" + json.dumps({"id": "x1", "text": later}, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    store = str(tmp_path / "s")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--store", store])
    assert result.exit_code == 0
    assert f"vnkg: {tmp_path}/two.jsonl:2: article id x1 was already read at {tmp_path}/one.jsonl:1; " \
           "the later one is kept" in result.stderr
    chairs = json.loads(CliRunner().invoke(main, ["ask", "chairs", "--store", store, "--format", "json"]).stdout)
    assert [c["chair"] for c in chairs] == ["Phan Văn Tĩnh"]


def test_control_characters_in_ids_do_not_break_graphml_or_gexf(tmp_path):
    import xml.etree.ElementTree as ET

    from vnkg.graph.export import export_network
    lines = [{"id": "nul\x00id", "text": GOOD, "title": "tab\there\x0b"},
             {"id": "form\x0cfeed\nline", "text": GOOD.replace("Trần Minh Đức", "Lý Văn Bình") + "\x0c\x01"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    items = list(read([tmp_path]))
    assert [a.id for a in _articles(items)] == ["nul\\x00id", "form\\x0cfeed\\x0aline"]
    assert sum("has control characters" in n for n in _notes(items)) == 2
    store = Store()
    build([tmp_path], store)
    for fmt in ("graphml", "gexf"):
        ET.fromstring(export_network(store, fmt))  # well-formed XML


def test_a_file_name_that_is_not_utf8(tmp_path):
    import os
    folder = os.fsencode(tmp_path)
    with open(folder + b"/b\xe1o-c\xe1o.txt", "wb") as handle:  # Latin-1 bytes in the name
        handle.write(GOOD.encode("utf-8"))
    items = list(read([tmp_path]))
    (article,) = _articles(items)
    assert article.id == "b\ufffdo-c\ufffdo" and article.source.endswith("b\ufffdo-c\ufffdo.txt")
    assert any("the file name is not UTF-8" in n for n in _notes(items))
    report = build([tmp_path], Store())
    assert report.added == 1 and not report.rejected

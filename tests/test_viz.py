"""The HTML explorer, loaded in headless Chromium (Debian's chromium package; .ci/run installs it)."""
import html as htmllib
import json
import re
import shutil
import subprocess
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main
from vnkg.graph.property import property_graph
from vnkg.graph.viz import TYPES, page, render, select, view_data

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900"]
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")


def _dom(tmp_path, text, hash_="#still", budget=3000):
    """The page's DOM after it ran in Chromium; `#still` (no layout animation) unless asked otherwise."""
    path = tmp_path / "graph.html"
    path.write_text(text, encoding="utf-8")
    if hash_.startswith("#") and hash_ != "#still" and hash_:
        hash_ += "&still"
    # a still page runs in virtual time; a page with its layout animation in real time (virtual time
    # would render every animation frame of it, however long that takes)
    clock = f"--virtual-time-budget={budget}" if "still" in hash_ else f"--timeout={budget}"
    out = subprocess.run([CHROMIUM, *FLAGS, clock, f"--user-data-dir={tmp_path / 'profile'}",
                          "--dump-dom", path.as_uri() + hash_], capture_output=True, text=True, timeout=120)
    return out.stdout


def _status(dom):
    tag = re.search(r'<div id="vnkg-status"[^>]*>', dom).group(0)
    return {k: htmllib.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', tag)}


def _details(dom):
    return re.search(r'<div id="details">(.*?)</div>\s*<div id="vnkg-status"', dom, re.S).group(1)


@pytest.fixture(scope="module")
def graph(example_store):
    pg = property_graph(example_store)
    return pg.nodes, pg.rels


def test_page_is_self_contained(example_store):
    text = page(example_store)
    assert "vis.Network" in text and "<script src" not in text
    assert not re.search(r"""(src|href)=["']https?://""", text)


def test_area_does_not_pull_in_sibling_districts(graph):
    nodes, rels = graph
    shown = select(nodes, rels, area="Kỳ Anh")
    areas = {nodes[i].get("caption") for i in shown if nodes[i]["label"] == "Area"}
    assert "huyện Kỳ Anh" in areas and "tỉnh Hà Tĩnh" in areas  # the district and, for context, its province
    assert "huyện Can Lộc" not in areas  # another district of the same province
    people = {nodes[i].get("name") for i in shown if nodes[i]["label"] == "Person"}
    assert {"Hồ Đức Thịnh", "Đoàn Minh Tuấn"} <= people and "Trịnh Văn Khải" not in people


def test_person_selection(graph):
    nodes, rels = graph
    shown = select(nodes, rels, person="trinh van khai")  # accents and case optional
    assert any(nodes[i].get("name") == "Trịnh Văn Khải" for i in shown)
    assert 1 < len(shown) < len(nodes)


def test_script_context_is_escaped(tmp_path):
    from vnkg.graph.build import build
    from vnkg.graph.store import Store
    (tmp_path / "c.jsonl").write_text(json.dumps({
        "id": "tin-<!--<script>", "title": "Tiêu đề </script><script>alert(1)</script> <!--<script>",
        "text": "Sáng 3/9/2024, UBND huyện Can Lộc tổ chức hội nghị. Đồng chí Lê Văn Hư, Chủ tịch UBND huyện chủ trì."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(tmp_path / "store") as store:
        build([str(tmp_path / "c.jsonl")], store)
        text = page(store)
    script = text[text.index("var D = "):]
    assert "<!--" not in script.split("</script>")[0] and "</script><script>alert" not in text
    if CHROMIUM:
        status = _status(_dom(tmp_path, text))
        assert json.loads(status["errors"]) == [] and int(status["nodes"]) > 3


@needs_chromium
def test_page_loads_in_chromium_without_errors(example_store, tmp_path):
    dom = _dom(tmp_path, page(example_store), "", budget=8000)  # with the layout animation, as users see it
    status = _status(dom)
    data = view_data(example_store)
    assert int(status["nodes"]) == len(data["nodes"]) and int(status["edges"]) == len(data["edges"])
    hidden = sum(1 for n in data["nodes"] if TYPES[n[1]] == "Article")
    assert int(status["visible"]) == len(data["nodes"]) - hidden  # articles hidden at first
    assert json.loads(status["errors"]) == [] and status["colour-mismatches"] == "0"
    assert "first-paint-ms" in status


@needs_chromium
def test_clicking_a_meeting_shows_its_sentence_and_article_link(example_store, tmp_path):
    nodes = property_graph(example_store).nodes
    meeting = next(i for i, n in nodes.items() if n["label"] == "Meeting" and "Hậu Lộc" in n.get("caption", ""))
    details = _details(_dom(tmp_path, page(example_store), "#show=" + quote(meeting, safe="")))
    assert "Sáng 15/3, Ban Thường vụ Huyện ủy Hậu Lộc tổ chức họp" in details
    assert 'href="https://hauloc.thanhhoa.gov.vn/' in details and "vd-001" in details
    assert "CHAIRED_BY" in details and "Trịnh Văn Khải" in details  # each edge, with its evidence


@needs_chromium
def test_search_finds_a_person_without_accents(example_store, tmp_path):
    dom = _dom(tmp_path, page(example_store), "#search=" + quote("trinh van khai"))
    assert _status(dom)["found"] != "-1"
    details = _details(dom)
    assert "Person: Trịnh Văn Khải" in details and "HOLDS" in details and "Bí thư Huyện ủy" in details


@needs_chromium
def test_filters_by_type_date_and_area(example_store, tmp_path):
    data = view_data(example_store)
    people = sum(1 for n in data["nodes"] if TYPES[n[1]] == "Person")
    assert int(_status(_dom(tmp_path, page(example_store), "#type=Person"))["visible"]) == people
    text = page(example_store)
    dated = _status(_dom(tmp_path, text, "#from=2023&type=Meeting"))
    meetings_2023 = sum(1 for n in data["nodes"] if TYPES[n[1]] == "Meeting" and n[3] >= "2023")
    assert int(dated["visible"]) == meetings_2023 > 0
    area = _status(_dom(tmp_path, text, "#area=" + quote("huyện Hậu Lộc")))
    assert 0 < int(area["visible"]) < int(_status(_dom(tmp_path, text))["visible"])


@needs_chromium
def test_expand_brings_hidden_neighbours(example_store, tmp_path):
    nodes = property_graph(example_store).nodes
    khai = next(i for i, n in nodes.items() if n.get("name") == "Trịnh Văn Khải")
    text = page(example_store, person="Trịnh Văn Khải")
    before = int(_status(_dom(tmp_path, text))["visible"])
    meeting = next(i for i, n in nodes.items() if n["label"] == "Meeting" and "Hậu Lộc" in n.get("caption", ""))
    after = int(_status(_dom(tmp_path, text, "#expand=" + quote(meeting, safe="")))["visible"])
    assert after > before > 1
    assert khai  # the selection is around him


@needs_chromium
def test_empty_selection_says_so(example_store, tmp_path):
    r = CliRunner().invoke(main, ["viz", "--person", "Không Có Ai", "-o", str(tmp_path / "e.html"),
                                  "--store", str(example_store.path)])  # (a missing store is refused)
    assert "nothing matches" in r.output or "empty" in r.output
    dom = _dom(tmp_path, (tmp_path / "e.html").read_text(encoding="utf-8"))
    assert re.search(r'<div id="empty"[^>]*>[^<]*(Nothing|empty)', dom)


@needs_chromium
def test_two_thousand_nodes_draw_in_their_colours(tmp_path):
    """A large page: it draws (timing is measured in bench/bench_tools.py), every node in its type's colour."""
    data = synthetic(2000)
    status = _status(_dom(tmp_path, render(data), "", budget=4000))
    assert status["nodes"] == "2000" and status["colour-mismatches"] == "0"
    assert json.loads(status["errors"]) == [] and "first-paint-ms" in status


def synthetic(n: int) -> dict:
    """A made-up graph of n nodes in the page's data shape: people holding posts, meetings chaired."""
    import random
    from vnkg.graph.viz import COLOURS, HIDDEN_AT_FIRST, SHAPES
    rnd = random.Random(1)
    kinds = [TYPES[i % 5] for i in range(n)]
    nodes = [[f"urn:x:{i}", TYPES.index(k), f"{k} {i}", "2020-01-01" if k == "Meeting" else "", [], -1, {}, []]
             for i, k in enumerate(kinds)]
    edges = []
    for i, k in enumerate(kinds):
        for _ in range(2):
            j = rnd.randrange(n)
            if j != i:
                edges.append([i, j, 0, [], {}])
    return {"types": TYPES, "colours": [COLOURS[t] for t in TYPES], "shapes": [SHAPES[t] for t in TYPES],
            "hidden": [t in HIDDEN_AT_FIRST for t in TYPES], "rels": ["LINK"], "nodes": nodes, "edges": edges,
            "evidence": [], "areas": [], "shown": list(range(n)), "selection": {"person": "", "area": ""}}


def test_viz_output_replaced_only_when_complete(tmp_path, monkeypatch):
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", str(store)]).exit_code == 0
    out = tmp_path / "graph.html"
    out.write_text("the old page", encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("out of memory")
    monkeypatch.setattr("vnkg.graph.viz.render", broken)
    r = CliRunner().invoke(main, ["viz", "-o", str(out), "--store", str(store)])
    assert r.exit_code != 0 and out.read_text(encoding="utf-8") == "the old page"
    monkeypatch.undo()
    r = CliRunner().invoke(main, ["viz", "--area", "Kỳ Anh", "-o", str(out), "--store", str(store)])
    assert r.exit_code == 0 and "vis.Network" in out.read_text(encoding="utf-8")

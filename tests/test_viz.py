"""The HTML explorer, loaded in headless Chromium (Debian's chromium package; .ci/run installs it)."""
import json
import re
import shutil
import subprocess
from urllib.parse import quote

import pytest

from vnkg.graph.network import to_networkx
from vnkg.graph.viz import page, subgraph

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=8000", "--window-size=1400,900"]
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs it)")


def _chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    out = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                         capture_output=True, text=True, timeout=120)
    return out.stdout


def test_page_is_self_contained(example_store):
    html = page(example_store)
    assert "vis.Network" in html and "<script src" not in html and "http://" not in html.split("<script>")[0]
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_subgraph_around_a_person(example_store):
    g = to_networkx(example_store)
    sub = subgraph(g, person="Trịnh Văn Khải")
    assert 1 < sub.number_of_nodes() < g.number_of_nodes()
    assert any(d.get("name") == "Trịnh Văn Khải" for _, d in sub.nodes(data=True))


@needs_chromium
def test_page_loads_in_chromium_without_errors(example_store, tmp_path):
    path = tmp_path / "graph.html"
    path.write_text(page(example_store), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", path.as_uri())
    status = re.search(r'<div id="vnkg-status"[^>]*>', dom).group(0)
    g = to_networkx(example_store)
    assert f'data-nodes="{g.number_of_nodes()}"' in status
    assert f'data-edges="{g.number_of_edges()}"' in status
    errors = json.loads(re.search(r'data-errors="([^"]*)"', status).group(1).replace("&quot;", '"'))
    assert errors == []
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", path.as_uri())
    assert shot.stat().st_size > 10_000


@needs_chromium
def test_clicking_a_meeting_shows_its_source_sentence(example_store, tmp_path):
    g = to_networkx(example_store)
    meeting = next(n for n, d in g.nodes(data=True) if d["label"] == "Meeting" and "Hậu Lộc" in d.get("caption", ""))
    path = tmp_path / "graph.html"
    path.write_text(page(example_store), encoding="utf-8")
    dom = _chromium(tmp_path, "--dump-dom", path.as_uri() + "#show=" + quote(meeting, safe=""))
    details = re.search(r'<div id="details">(.*?)</div>', dom, re.S).group(1)
    assert "Sáng 15/3, Ban Thường vụ Huyện ủy Hậu Lộc tổ chức họp" in details
    assert "vd-001" in details

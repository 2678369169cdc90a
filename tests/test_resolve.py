"""Who is who across articles (graph/resolve.py), on fictional clusters (tests/fixtures/identity.jsonl):
an official moving district -> province -> another province is one person; namesakes with a common
name in one province, or in two, are several; a rare name across provinces is one; two heads of two
districts' bodies in the same week are two, however rare the name."""
import json
from collections import defaultdict

import pytest

from conftest import FIXTURES
from vnkg.extract import Article, extract
from vnkg.graph import resolve as R
from vnkg.graph.build import build, flat_facts
from vnkg.graph.store import Store


@pytest.fixture(scope="module")
def ids():
    with Store() as store:
        build([str(FIXTURES / "identity.jsonl")], store)
        return {(f["doc"], f["name"]): f["id"] for f in flat_facts(store) if f["type"] == "person"}


def _clusters(ids, name):
    out = defaultdict(set)
    for (doc, n), i in ids.items():
        if n == name:
            out[i].add(doc)
    return sorted(sorted(v) for v in out.values())


def test_every_person_fact_has_an_id(ids):
    assert ids and all(ids.values())


def test_official_moving_district_province_province_is_one(ids):
    assert _clusters(ids, "Trần Khắc Diệm") == [["mv-1", "mv-2", "mv-3"]]


def test_common_name_namesakes_stay_apart(ids):
    # two district secretaries, a department director born 1965, a commune chairman born 1979 (Nghệ An)
    # and a district deputy chairman in Cà Mau: nothing links them
    assert _clusters(ids, "Nguyễn Văn Hùng") == [["ns-1"], ["ns-2"], ["ns-3"], ["ns-4"], ["ns-5"]]


def test_rare_name_across_provinces_is_one(ids):
    assert _clusters(ids, "Vi Thị Ngọc Lụa") == [["rr-1", "rr-2"]]


def test_heads_of_two_districts_in_one_week_are_two(ids):
    assert _clusters(ids, "Lầu Văn Páo") == [["cx-1"], ["cx-2"]]


@pytest.mark.parametrize("a,b", [
    ("Nguyễn Sỹ Quân", "nguyễn sĩ quân"),
    ("Lê Thị Hoà", "Lê Thị Hòa"),
    ("ông Nguyễn Văn Út", "Nguyễn Văn Út"),
    ("đồng chí Trần Thuỷ", "TRẦN THỦY"),
    ("Nguy\u00ea\u0303n Văn An", "Nguyễn Văn An"),  # NFD input
])
def test_name_key_blocks_spelling_variants(a, b):
    assert R.name_key(a) == R.name_key(b)


def test_name_key_keeps_quy():
    assert R.name_key("Vũ Hoàng Quý").endswith("quý")  # "qu" + y is not the i/y alternation


def test_rarity_orders_names():
    assert R.expected_bearers("nguyễn văn hùng") > 100 > R.expected_bearers("lê quang tùng") > 1 \
        > R.expected_bearers("vi thị ngọc lụa")


def _mention(doc, date, *posts, born=None, cues=()):
    return R.Mention(doc=doc, key="lầu văn páo", name="Lầu Văn Páo", date=date, posts=list(posts), born=born,
                     cues=list(cues))


def _post(title, area, province, kind="leader", level="district", status="current"):
    return R.PostRef(title=title, role=title.split()[0], kind=kind, level=level, area=area, province=province,
                     status=status, body=f"{title}|{area}")


def test_contradiction_needs_two_seats_close_in_time_and_no_move():
    a = _mention("a", "2020-05-10", _post("bí thư huyện ủy", "384", "38"))
    b = _mention("b", "2020-05-12", _post("chủ tịch ủy ban nhân dân huyện", "387", "38"))
    assert R.contradiction(a, b)
    later = _mention("c", "2021-05-12", _post("chủ tịch ủy ban nhân dân huyện", "387", "38"))
    assert R.contradiction(a, later) is None          # a year apart: a move is possible
    moved = _mention("d", "2020-05-12", _post("chủ tịch ủy ban nhân dân huyện", "387", "38"), cues=["điều động"])
    assert R.contradiction(a, moved) is None          # the article reports a transfer


def test_different_birth_years_contradict_and_same_one_links():
    a = _mention("a", "2020-01-01", born=1970)
    b = _mention("b", "2024-01-01", born=1971)
    c = _mention("c", "2024-01-01", born=1970)
    assert "born" in R.contradiction(a, b)
    bits, why = R.score(a, c)
    assert bits >= R.THRESHOLD and any("birth year" in w for w in why)


def test_judgments_win_over_the_scorer():
    a = _mention("a", "2020-05-10", _post("bí thư huyện ủy", "384", "38"))
    b = _mention("b", "2020-05-12", _post("bí thư huyện ủy", "384", "38"))
    clusters, _ = R.resolve_block([a, b])
    assert len(clusters) == 1
    split = R.Judgments([{"op": "split", "id": "x", "article": "b", "mentions": [["b", a.key]],
                          "others": [["a", a.key]]}])
    assert len(R.resolve_block([a, b], split)[0]) == 2
    c = _mention("c", "2020-05-12", _post("chủ tịch ủy ban nhân dân huyện", "387", "38"))
    merge = R.Judgments([{"op": "merge", "ids": ["x", "y"], "mentions": [["a", a.key], ["c", a.key]]}])
    assert len(R.resolve_block([a, c])[0]) == 2 and len(R.resolve_block([a, c], merge)[0]) == 1


def test_tenure_stage_reads_births_homes_and_the_official_formula():
    text = ("Chiều 10/1/2022, HĐND huyện Nghi Xuân tổ chức kỳ họp thứ năm. Kỳ họp đã miễn nhiệm chức vụ "
            "Chủ tịch UBND huyện Nghi Xuân đối với ông Phan Đình Quýnh để nghỉ hưu theo chế độ. "
            "Ông Phan Đình Quýnh sinh năm 1962, quê quán xã Xuân Hội, huyện Nghi Xuân, tỉnh Hà Tĩnh.")
    facts = extract(Article("t", text, published="2022-01-11"))
    ends = [(e.post.person, e.post.title, e.event, e.cause, e.date) for e in facts.tenure]
    assert ("Phan Đình Quýnh", "Chủ tịch Ủy ban nhân dân huyện", "end", "dismissed", "2022-01-10") in ends
    bio = {b.person: (b.born, b.home.name if b.home else None) for b in facts.bios}
    assert bio["Phan Đình Quýnh"] == (1962, "Hà Tĩnh")


def test_adding_articles_re_resolves_only_their_blocks(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    lines = (FIXTURES / "identity.jsonl").read_text(encoding="utf-8").splitlines()
    (corpus / "a.jsonl").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with Store(tmp_path / "s") as store:
        build([str(corpus / "a.jsonl")], store)
        state = R.state_for(store)
        before = state.ids()
        (corpus / "b.jsonl").write_text(lines[-1] + "\n", encoding="utf-8")   # one more article (cx-2)
        resolved = []
        original = state._resolve_block
        state._resolve_block = lambda block, *a: (resolved.append(sorted(block)), original(block, *a))
        build([str(corpus / "b.jsonl")], store)
        assert resolved == [["lầu văn páo"]]
        after = state.ids()
        assert {k: v for k, v in after.items() if k in before} == before   # nobody else's id moved

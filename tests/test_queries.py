"""Named queries with golden answers on the example corpus (tests/golden/NAME.json)."""
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    ("chairs", {}),
    ("chairs", {"in_area": "kỳ anh"}),
    ("chairs", {"from": "2023-01-01"}),
    ("chairs", {"person": "Hà Thị"}),
    ("posts", {"in_area": "Hậu Lộc"}),
    ("posts", {"in_person": "Cao Thị"}),
    ("holders", {"title": "Bí thư Huyện ủy"}),
    ("holders", {"title": "Chủ tịch", "in_area": "Kỳ Anh", "on": "2020"}),
    ("meetings", {"body": "Ủy ban nhân dân"}),
    ("meetings", {"body": "Huyện ủy", "in_area": "Hậu Lộc"}),
    ("coattendance", {"a": "Trịnh Văn Khải"}),
    ("coattendance", {"a": "Hồ Đức", "b": "Đoàn Minh"}),
    ("career", {"in_person": "Hồ Đức Thịnh"}),
    ("holders_on", {"title": "Chủ tịch Ủy ban nhân dân huyện", "in_area": "Kỳ Anh", "on": "2020-07-08"}),
    ("holders_on", {"title": "Bí thư", "on": "2023"}),
    ("orgchart", {"in_area": "Kỳ Anh", "on": "2020-07"}),
    ("orgchart", {"in_area": "Hậu Lộc", "on": "2023-03-15"}),
    ("career_id", {"pid": "ho-duc-thinh-891fa556"}),
    ("changes", {"in_area": "Hương Sơn", "from": "2021-04", "to": "2021-04-30"}),
]


def _name(query, params):
    return query + "".join(f"__{k}={v}" for k, v in sorted(params.items())).replace(" ", "_")


@pytest.mark.parametrize("query,params", CASES, ids=[_name(q, p) for q, p in CASES])
def test_named_query_golden(example_store, query, params):
    cols, rows = example_store.named(query, params)
    path = GOLDEN / f"{_name(query, params)}.json"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert {"columns": cols, "rows": rows} == expected


def test_unknown_parameter_is_refused(example_store):
    with pytest.raises(KeyError):
        example_store.named("chairs", {"colour": "red"})


# --- full listings: `vnkg ask NAME` with no filter runs queries/NAME_all.rq (hash joins); same rows ----

@pytest.fixture(scope="module")
def listing_stores(example_store, tmp_path_factory):
    """The example store and a store of 80 generated (fictional) articles: more meetings and posts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_corpus", Path(__file__).parents[1] / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    from vnkg.graph.build import build
    from vnkg.graph.store import Store

    path = tmp_path_factory.mktemp("listing") / "c.jsonl"
    arts = list(corpus.articles(80, seed=3))
    # the same reports again in other articles (other ids, urls, some without one): the same meetings,
    # chairs and holdings seen in several articles, so the per-row minimums and maximums have a choice
    again = [{**a, "id": f"again-{i:03d}", "url": f"https://example.org/again/{i}"} for i, a in enumerate(arts[:30])]
    again += [{k: v for k, v in a.items() if k != "url"} | {"id": f"zz-{i:03d}"} for i, a in enumerate(arts[10:40])]
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts + again), encoding="utf-8")
    generated = Store(tmp_path_factory.mktemp("listing-store"))
    build([str(path)], generated)
    return [example_store, generated]


@pytest.mark.parametrize("name", ["chairs", "posts"])
def test_full_listing_plan_gives_the_row_by_row_rows(listing_stores, name):
    from click.testing import CliRunner

    from vnkg.cli import main
    from vnkg.commands.ask import listing

    assert listing(name, {"x": None}, {}) == f"{name}_all"  # the plan a listing with no filter runs
    assert listing(name, {"x": "y"}, {}) == name and listing(name, {}, {"x": ["y"]}) == name
    for store in listing_stores:
        cols, rows = store.named(name)  # the row-by-row plan, as the golden answers are made
        assert len(rows) > 3
        got = CliRunner().invoke(main, ["ask", name, "--store", str(store.path), "--format", "json"])
        assert got.exit_code == 0, got.output
        assert json.loads(got.stdout) == [{c: r[c] for c in cols} for r in rows]


def test_ordered_is_the_collation_order():
    """`vnkg ask` sorts with ask.ordered (a column's keys only for the rows still tied): the same order as
    vnkg.collation.order, ties, missing values, DESC and (!BOUND) included."""
    import random

    from vnkg.collation import order
    from vnkg.commands.ask import ordered

    rng = random.Random(5)
    names = ["An", "Ân", "ăn", "Đức", "Dũng", "đức", None, "Bình", "bình"]
    rows = [{"a": rng.choice(names), "b": rng.choice([None, 1, 2, 10]), "c": rng.choice(names), "d": i % 3}
            for i in range(400)]
    for text in ["SELECT * WHERE {} ORDER BY ?a ?b ?c", "SELECT * WHERE {} ORDER BY DESC(?c) (!BOUND(?a)) ?b",
                 "SELECT * WHERE {} ORDER BY ?d DESC(?b)", "SELECT * WHERE {}", "SELECT * WHERE {} ORDER BY ?zz"]:
        assert ordered(rows, text) == order(rows, text)
    assert ordered(rows, "SELECT * WHERE {} ORDER BY ?a ?b ?c") != rows


def test_holders_on_a_date_alone_runs_the_listing_plan_with_the_same_rows(listing_stores):
    """`vnkg ask holders --on D` with no title or area to start from runs queries/holders_on_all.rq (every
    tenure's name and post read once, hash-joined); with a title or an area, holders_on.rq looks them up for
    the tenures of the posts found. Both give the rows of the file run as it is."""
    from vnkg.commands.ask import listing

    assert listing("holders_on", {"title": None, "in_area": None, "on": "2021"}, {}) == "holders_on_all"
    assert listing("holders_on", {"title": "Chủ tịch", "in_area": None, "on": "2021"}, {"title": ["Chủ tịch"]}) \
        == "holders_on"
    for store in listing_stores:
        for on in ("2020", "2021-06", None):
            _, a = store.named("holders_on", {"on": on})
            _, b = store.named("holders_on_all", {"on": on})
            assert sorted(map(str, a)) == sorted(map(str, b))

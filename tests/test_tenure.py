"""Tenure and judgments, through the commands a user types, on fictional articles
(tests/fixtures/tenure.jsonl: a district chairman elected in 2019, seen in 2020, dismissed to retire
on 2022-01-10 when his deputy is elected; one article of 2021 names another chairman; and
tests/fixtures/identity.jsonl for merge and split)."""
import json

import pytest
from click.testing import CliRunner

from conftest import FIXTURES
from vnkg.cli import main

QUYNH, XUAN, TU = "phan-dinh-quynh-898ae93d", "ha-thi-le-xuan-f99013af", "truong-quang-tu-1cc8232d"


def run(*args, code=0):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    return result.output


def rows(*args):
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # (stderr says why when an answer is empty)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("tenure") / "store")
    run("build", str(FIXTURES / "tenure.jsonl"), "--store", path)
    return path


def holders(store, on):
    return [(r["id"], r["start"], r["end"], r["start_basis"], r["end_basis"], r["conflict"])
            for r in rows("ask", "holders", "--title", "Chủ tịch UBND huyện", "--area", "Nghi Xuân", "--on", on,
                          "--store", store)]


def test_holders_by_interval_with_precision(store):
    assert holders(store, "2019-02") == []
    # elected at the session of 1/3/2019: that day is inside the tenure; so is a month of its span
    assert [h[0] for h in holders(store, "2019-03-01")] == [QUYNH]
    assert holders(store, "2020-07")[0][:5] == (QUYNH, "2019-03-01", "2022-01-10", "elected", "dismissed")
    # the end is exclusive: on the day of the session the successor holds the post
    assert [h[0] for h in holders(store, "2022-01-10")] == [XUAN]


def test_two_holders_of_a_single_seat_are_flagged(store):
    got = holders(store, "2021-06-15")
    assert {h[0] for h in got} == {QUYNH, TU}
    assert all(h[5].startswith("also held by") for h in got)


def test_attested_holding_is_kept_as_attestation(store):
    got = rows("ask", "orgchart", "--area", "Nghi Xuân", "--on", "2020-07-06", "--store", store)
    assert [(r["post_title"], r["id"], r["start_basis"], r["end_basis"], r["first_seen"], r["last_seen"])
            for r in got] == [
        ("Chủ tịch Ủy ban nhân dân huyện", QUYNH, "elected", "dismissed", "2019-03-02", "2020-07-06"),
        ("Phó Chủ tịch Ủy ban nhân dân huyện", XUAN, "attested", "attested", "2020-07-06", "2020-07-06")]
    assert rows("ask", "orgchart", "--area", "Nghi Xuân", "--on", "2020-07-07", "--store", store)[1:] == []


def test_changes_in_a_window(store):
    got = rows("ask", "changes", "--area", "Nghi Xuân", "--from", "2022-01", "--to", "2022-01-31", "--store", store)
    # the 2021 chairman's tenure ends where the elected successor's starts; the deputy who took the
    # chair keeps her deputy post open (only attested), so hers is no move
    assert [(r["date"], r["change"], r["id"], r["basis"]) for r in got] == [
        ("2022-01-10", "left", QUYNH, "dismissed"), ("2022-01-10", "left", TU, "successor"),
        ("2022-01-10", "took", XUAN, "elected")]


def test_career_by_id_is_one_timeline(store):
    got = rows("ask", "career", XUAN, "--store", store)
    assert [(r["title"], r["start"], r["first_seen"]) for r in got] == [
        ("Phó Chủ tịch Ủy ban nhân dân huyện", None, "2020-07-06"),
        ("Chủ tịch Ủy ban nhân dân huyện", "2022-01-10", "2022-01-11")]


def test_every_ask_prints_an_id_column(store):
    for cmd in (["chairs"], ["posts"], ["holders", "--title", "Chủ tịch"], ["career", "Phan"]):
        got = rows("ask", *cmd, "--store", store)
        assert got and all(r.get("id") for r in got), cmd


@pytest.fixture
def people(tmp_path):
    path = str(tmp_path / "store")
    run("build", str(FIXTURES / "identity.jsonl"), "--store", path)
    return path


def _ids(store, name):
    return {r["id"]: r["articles"] for r in rows("person", "list", "--name", name, "--store", store)}


def test_merge_and_split_survive_a_rebuild(people):
    hung = sorted(_ids(people, "Nguyễn Văn Hùng"))
    assert len(hung) == 5
    out = run("person", "merge", hung[0], hung[1], "--store", people)
    assert "merged" in out
    assert len(_ids(people, "Nguyễn Văn Hùng")) == 4
    dien = list(_ids(people, "Trần Khắc Diệm"))
    run("person", "split", dien[0], "--article", "mv-3", "--store", people)
    assert sorted(_ids(people, "Trần Khắc Diệm").values()) == [1, 2]
    before = (_ids(people, "Nguyễn Văn Hùng"), _ids(people, "Trần Khắc Diệm"))
    run("build", str(FIXTURES / "identity.jsonl"), "--store", people)
    assert (_ids(people, "Nguyễn Văn Hùng"), _ids(people, "Trần Khắc Diệm")) == before
    # the id merged away still answers, redirected
    merged_away = (set(hung[:2]) - set(before[0])).pop()
    shown = run("person", "show", merged_away, "--store", people)
    assert "asked as " + merged_away in shown
    assert rows("ask", "career", merged_away, "--store", people)


def test_person_errors_exit_2(people):
    assert "unknown person id" in run("person", "show", "nobody-00000000", "--store", people, code=2)
    hung = sorted(_ids(people, "Nguyễn Văn Hùng"))
    assert "not named in article" in run("person", "split", hung[0], "--article", "rr-1", "--store", people, code=2)
    with open(f"{people}/judgments.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
    out = run("person", "show", hung[0], "--store", people, code=2)
    assert "judgments.jsonl:1" in out and len(out.strip().splitlines()) == 1
    assert "judgments.jsonl:1" in run("build", str(FIXTURES / "identity.jsonl"), "--store", people, code=2)


def test_readme_examples_of_people_and_tenure(tmp_path):
    """The README's lines for tenure and people, run as a user types them, on the example corpus."""
    import shlex

    from conftest import EXAMPLES, ROOT

    store = str(tmp_path / "store")
    run("build", str(EXAMPLES), "--store", store)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ vnkg ask orgchart", 1)[1].split("```", 1)[0]
    command, expected = block.split("\n", 1)
    assert run(*shlex.split("ask orgchart" + command), "--store", store) == expected
    for line in ('vnkg ask holders --title "Bí thư Huyện ủy" [--area A] [--on 2020-07-06]',
                 'vnkg ask orgchart --area "Kỳ Anh" --on 2020-07-08',
                 "vnkg ask career ho-duc-thinh-891fa556"):
        assert line in readme
    assert "Hồ Đức Thịnh" in run("ask", "career", "ho-duc-thinh-891fa556", "--store", store)
    assert "ho-duc-thinh-891fa556" in run("person", "show", "ho-duc-thinh-891fa556", "--store", store)

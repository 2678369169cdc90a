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

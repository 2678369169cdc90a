"""Vietnamese alphabetical order in tables (PyICU when installed, the built-in key otherwise)."""
import json

import pytest
from click.testing import CliRunner

from vnkg import collation
from vnkg.cli import main

# the order a Vietnamese dictionary gives: ă â after a, đ after d, ô ơ after o, ư after u; then the
# tones (none, huyền, hỏi, ngã, sắc, nặng); a shorter name before a longer one
ORDERED = ["An", "Ăn", "Ân", "Bùi", "Dương Văn", "Đoàn Minh Tuấn", "Ha", "Hà", "Hả", "Hã", "Há", "Hạ",
           "Hà Thị", "Hoàng", "Hồ Đức Thịnh", "huyện Can Lộc", "huyện Kỳ Anh", "Lê", "Lê Văn", "On", "Ô",
           "Ốc", "Ơn", "Ung", "Ưng", "Vũ", "Zô"]


def test_builtin_order_is_vietnamese():
    assert sorted(reversed(ORDERED), key=collation._builtin_key) == ORDERED


def test_icu_order_is_the_same_when_installed():
    if collation.backend() != "icu":
        pytest.skip("PyICU is not installed here")  # the builtin test above still runs
    assert sorted(reversed(ORDERED), key=collation.key) == ORDERED


def test_order_follows_the_querys_order_by():
    rows = [{"date": "2020-07-08", "chair": "Hồ Đức Thịnh"}, {"date": "2020-07-08", "chair": "Đoàn Minh Tuấn"},
            {"date": None, "chair": "An"}, {"date": "2019", "chair": "Zô"}]
    out = collation.order(rows, "SELECT ?date ?chair WHERE { } ORDER BY ?date ?chair")
    assert [r["chair"] for r in out] == ["An", "Zô", "Đoàn Minh Tuấn", "Hồ Đức Thịnh"]
    out = collation.order(rows, "MATCH (m) RETURN m.date AS date, p.name AS chair ORDER BY chair DESC", "cypher")
    assert [r["chair"] for r in out] == ["Zô", "Hồ Đức Thịnh", "Đoàn Minh Tuấn", "An"]
    # an ORDER BY it cannot read leaves the engine's order
    assert collation.order(rows, "SELECT * WHERE { } ORDER BY STRLEN(?chair)") == rows


def test_ask_table_in_vietnamese_order(tmp_path):
    from conftest import EXAMPLES
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store]).exit_code == 0
    rows = json.loads(CliRunner().invoke(main, ["ask", "chairs", "--area", "Kỳ Anh", "--store", store,
                                                "--format", "json"]).stdout)
    same_day = [r["chair"] for r in rows if r["date"] == "2020-07-08"]
    assert same_day == ["Đoàn Minh Tuấn", "Hồ Đức Thịnh"]  # Đ sorts after D, not after Z
    table = CliRunner().invoke(main, ["sparql", "SELECT DISTINCT ?n WHERE { ?p a vn:Person ; foaf:name ?n } ORDER BY ?n",
                                      "--store", store]).stdout
    names = [line.strip() for line in table.splitlines()[2:-1]]
    assert names == sorted(names, key=collation._builtin_key) and names.index("Đoàn Minh Tuấn") < names.index("Hà Thị Minh Khuê")

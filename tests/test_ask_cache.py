"""`vnkg ask`'s cached vocabulary and streamed JSON."""
import json

from click.testing import CliRunner

from conftest import EXAMPLES
from vnkg.cli import main


def test_ask_vocabulary_cache_follows_the_store(tmp_path):
    """`vnkg ask` keeps the stored spellings (with their search forms) in STORE/cache while the store's
    data files are unchanged; a build that adds a name is seen by the next ask."""
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    first = CliRunner().invoke(main, ["ask", "posts", "--person", "trinh van khai", "--store", store, "--format", "json"])
    assert first.exit_code == 0 and json.loads(first.stdout) and (tmp_path / "s" / "cache" / "vocab-person.tsv").exists()
    new = tmp_path / "c"
    new.mkdir()
    (new / "moi.txt").write_text("Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị. Đồng chí Lưu Văn Tịnh, Chủ tịch "
                                 "UBND huyện chủ trì hội nghị.", encoding="utf-8")
    CliRunner().invoke(main, ["build", str(new), "--store", store])
    found = CliRunner().invoke(main, ["ask", "posts", "--person", "luu van tinh", "--store", store, "--format", "json"])
    assert found.exit_code == 0 and [r["person"] for r in json.loads(found.stdout)] == ["Lưu Văn Tịnh"]


def test_json_is_one_array_of_row_objects(tmp_path):
    store = str(tmp_path / "s")
    CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store])
    out = CliRunner().invoke(main, ["ask", "chairs", "--store", store, "--format", "json"]).stdout
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) > 3 and all(isinstance(r, dict) and "chair" in r for r in rows)
    assert json.loads(CliRunner().invoke(main, ["ask", "chairs", "--person", "nobody at all", "--store", store,
                                                "--format", "json"]).stdout) == []

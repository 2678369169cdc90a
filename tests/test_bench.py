"""The benchmark's steps run on a tiny generated corpus (the bench itself is not run here: its numbers
live in the README; this only keeps `python bench/bench.py` working as the pipeline changes)."""
import importlib.util
import json
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
_spec = importlib.util.spec_from_file_location("vnkg_bench", ROOT / "bench" / "bench.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def test_bench_steps_run_on_a_small_corpus(tmp_path):
    corpus = bench.write_corpus(tmp_path / "c.jsonl", 30)
    edited = bench.write_corpus(tmp_path / "e.jsonl", 30, edit_every=10)
    lines, changed = corpus.read_text().splitlines(), edited.read_text().splitlines()
    assert len(lines) == 30 and sum(a != b for a, b in zip(lines, changed)) == 3

    store = str(tmp_path / "s")
    built = bench.child_build([str(corpus)], store, 1)
    assert built["articles"] == built["added"] == 30 and built["store_quads"] > 0 and built["cpu_s"] > 0

    pick = bench.child_pick(store)
    asks = [["chairs", "--person", pick["person"]], ["chairs", "--area", pick["area"]]]
    answers = bench.child_queries(store, asks)
    assert all(answers[" ".join(a)]["rows"] >= 1 for a in asks), answers  # the picked ones are found

    checked = bench.child_validate(store, True)
    assert checked["exit"] == 0 and "conforms" in checked["summary"]

    big = bench.child_big(0.02)
    assert big["error"] is None and big["quads"] > 0 and 0.015 < big["mb"] < 0.03

    json.dumps([built, pick, answers, checked, big])  # what --json prints

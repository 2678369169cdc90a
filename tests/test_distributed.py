"""Extraction on a Dask cluster (a LocalCluster of 2 worker processes): the same store as one machine."""
import json
import shutil

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, generated_corpus
from vnkg.cli import main
from vnkg.graph.distributed import partitions
from vnkg.graph.store import Store

distributed = pytest.importorskip("dask.distributed")  # a test dependency; skipped only without [test]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, folder)
    lines = generated_corpus(tmp_path / "g.jsonl", 90, seed=3).read_text(encoding="utf-8").splitlines()
    lines[40:40] = ["{oops", "[1, 2]"]  # two bad lines in the middle of a partition or at its edge
    (folder / "gen.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return folder


def problems(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("vnkg: ")]


def test_partitions_cover_each_file_once_on_line_boundaries(corpus):
    parts, missing = partitions([corpus, corpus / "nope.jsonl"], size=20_000)
    assert [str(m) for m in missing] == [f"{corpus / 'nope.jsonl'}: no such file or folder"]
    pieces = [p for p in parts if p.end is not None]
    assert len(pieces) > 3 and [p.index for p in parts] == list(range(len(parts)))
    data = (corpus / "gen.jsonl").read_bytes()
    gen = [p for p in pieces if p.names[0].endswith("gen.jsonl")]
    assert gen[0].start == 0 and gen[-1].end == len(data)
    for a, b in zip(gen, gen[1:]):
        assert a.end == b.start and data[a.end - 1:a.end] == b"\n"
        assert b.first_line == data[:b.start].count(b"\n") + 1


def test_dask_build_stores_what_a_local_build_stores(corpus, tmp_path):
    runner = CliRunner()
    local = runner.invoke(main, ["build", str(corpus), "--store", str(tmp_path / "one"), "--jobs", "1"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = runner.invoke(main, ["build", "--dask", cluster.scheduler_address, str(corpus),
                                      "--store", str(tmp_path / "many"), "--shards", str(tmp_path / "shards"),
                                      "--partition-mb", "0.02"])
    assert local.exit_code == remote.exit_code == 1, remote.output
    assert problems(local.output) == problems(remote.output)
    assert f"{corpus / 'gen.jsonl'}:41: malformed JSON" in remote.output
    assert len(list((tmp_path / "shards").glob("part-*.nq"))) > 3
    with Store(tmp_path / "one") as one, Store(tmp_path / "many") as many:
        assert len(one) > 5000 and set(one.ox) == set(many.ox)

    again = runner.invoke(main, ["load", str(tmp_path / "shards"), "--store", str(tmp_path / "many")])
    assert again.exit_code == 0, again.output
    read = int(local.output.split(" articles read")[0].split()[-1])
    assert f"{read} articles read: 0 added, 0 updated, {read} unchanged" in again.output


def test_load_refuses_a_broken_shard_and_keeps_the_whole_articles(tmp_path, example_store):
    shard = tmp_path / "part-00000.nq"
    graphs = [example_store.graph_nquads(g.value) for g in example_store.ox.named_graphs() if "/article/" in g.value]
    half = graphs[1].splitlines(keepends=True)
    half = b"".join(half[:len(half) // 2])
    shard.write_bytes(graphs[0] + half + b"<broken\n" + graphs[2])  # the second article is cut short
    result = CliRunner().invoke(main, ["load", str(shard), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    line = graphs[0].count(b"\n") + half.count(b"\n") + 1
    assert f"{shard}:{line}: malformed N-Quads" in result.output
    with Store(tmp_path / "s") as store:
        assert [store.graph_nquads(g.value) for g in store.ox.named_graphs()] == graphs[:1]


def test_dask_without_a_scheduler_is_a_clean_error(tmp_path, monkeypatch):
    monkeypatch.setattr("vnkg.graph.distributed.CONNECT_TIMEOUT", "1s")
    result = CliRunner().invoke(main, ["build", "--dask", "tcp://127.0.0.1:9", str(EXAMPLES),
                                       "--store", str(tmp_path / "s"), "--shards", str(tmp_path / "sh")])
    assert result.exit_code == 2 and "cannot reach the Dask scheduler" in result.output


def test_shard_json_roundtrip_names_sources_as_given(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = CliRunner().invoke(main, ["build", "--dask", cluster.scheduler_address, "corpus/gen.jsonl",
                                           "--store", "s", "--shards", "sh", "--partition-mb", "0.05"])
    assert result.exit_code == 1
    _, rows = Store("s").select("SELECT DISTINCT ?src WHERE { ?a <https://vnkg.dev/ns#source> ?src }")
    assert rows and all(r["src"].startswith("corpus/gen.jsonl:") for r in rows)
    assert json.dumps(sorted(int(r["src"].rsplit(":", 1)[1]) for r in rows)[:3]) == "[1, 2, 3]"


def test_a_scheduler_file_not_written_yet_is_waited_for(tmp_path):
    """`dask scheduler --scheduler-file cluster.json &` then `vnkg build --dask cluster.json` at once: the file
    comes a moment later (a half-written one is waited on too); none at all is an error, not a hang."""
    import json
    import threading

    from vnkg.graph.distributed import _wait_for_scheduler_file

    path = tmp_path / "cluster.json"
    path.write_text("{", encoding="utf-8")  # (being written)
    timer = threading.Timer(0.3, lambda: path.write_text(json.dumps({"address": "tcp://127.0.0.1:1"}), "utf-8"))
    timer.start()
    _wait_for_scheduler_file(path, 10)
    timer.join()
    with pytest.raises(OSError):
        _wait_for_scheduler_file(tmp_path / "none.json", 0.3)

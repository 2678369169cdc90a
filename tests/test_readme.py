"""The README's examples marked `<!-- readme-test -->` run exactly as written, in a folder where the Quick
start built `vnkg-store` from the shipped sample corpus."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

BLOCK = re.compile(r"<!-- readme-test -->\s*```(sh|python)\n(.*?)```", re.S)
BLOCKS = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    where = tmp_path_factory.mktemp("readme")
    env = _env()
    subprocess.run(["vnkg", "build", str(EXAMPLES)], cwd=where, env=env, check=True, capture_output=True)
    shutil.copytree(ROOT / "queries", where / "queries")  # the examples name queries/NAME.rq as in a clone
    yield where
    from vnkg.graph.arcadedb import stop_warm
    stop_warm(where / "vnkg-store" / "cypher")


def _env():
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("VNKG_STORE", None)
    return env


def test_the_readme_has_tested_examples():
    assert len(BLOCKS) >= 6 and {"sh", "python"} == {kind for kind, _ in BLOCKS}


@pytest.mark.parametrize("kind,code", BLOCKS, ids=[f"{k}-{i}" for i, (k, _) in enumerate(BLOCKS)])
def test_readme_example_runs(folder, kind, code):
    cmd = ["bash", "-e", "-c", code] if kind == "sh" else [sys.executable, "-c", code]
    done = subprocess.run(cmd, cwd=folder, env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.strip() or list(folder.glob("graph.*"))  # it printed or wrote something
    assert "Traceback" not in done.stderr

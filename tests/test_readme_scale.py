"""The README's examples marked `<!-- readme-test-corpus -->` run exactly as written, each in an empty
folder with a copy of the sample corpus in `corpus/` (the Dask one starts a local scheduler and workers)."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

BLOCK = re.compile(r"<!-- readme-test-corpus -->\s*```sh\n(.*?)```", re.S)
BLOCKS = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_readme_has_scale_examples():
    assert len(BLOCKS) >= 2 and any("--dask" in b for b in BLOCKS)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{i}" for i in range(len(BLOCKS))])
def test_readme_scale_example_runs(tmp_path, code):
    if "dask" in code:
        pytest.importorskip("dask.distributed")
    shutil.copytree(EXAMPLES, tmp_path / "corpus")
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("VNKG_STORE", None)
    done = subprocess.run(["bash", "-e", "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    if "--dask" in code:
        assert "articles extracted on the cluster" in done.stderr and "added" in done.stderr
        assert list((tmp_path / "shards").glob("part-*.nq"))
    else:
        assert "1 article removed" in done.stderr and "1 added" in done.stderr
        assert "checked 1 article written since the last validation" in done.stderr

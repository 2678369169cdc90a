from __future__ import annotations

from pathlib import Path

import pytest

from vnkg.extract import Article, run
from vnkg.graph.build import build
from vnkg.graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def generated_corpus(path: Path, n: int, seed: int = 0, changed_seed: int | None = None) -> Path:
    """A fictional JSONL corpus from bench/corpus.py; with `changed_seed`, every other article keeps
    its id but gets another text (a corpus "after an edit")."""
    import json
    import random
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.pop(0)
    other = random.Random(changed_seed) if changed_seed is not None else None
    with path.open("w", encoding="utf-8") as out:
        for i, art in enumerate(corpus.articles(n, seed)):
            if other is not None and i % 2 == 0:
                art = {**corpus.article(other, art["id"]), "id": art["id"]}
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
    return path


def doc_of(text: str, url: str | None = None, published: str | None = None, ident: str = "t"):
    """The extraction working document of one fictional article."""
    return run(Article(ident, text, url, published))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("store"))
    report = build([str(EXAMPLES)], store)
    assert report.read >= 7 and not report.rejected
    return store

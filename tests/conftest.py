from __future__ import annotations

from pathlib import Path

import pytest

from vnkg.extract import Article, run
from vnkg.graph.build import build
from vnkg.graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def doc_of(text: str, url: str | None = None, published: str | None = None, ident: str = "t"):
    """The extraction working document of one fictional article."""
    return run(Article(ident, text, url, published))


@pytest.fixture(scope="session")
def example_store(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("store"))
    report = build([str(EXAMPLES)], store)
    assert report.read >= 7 and not report.rejected
    return store

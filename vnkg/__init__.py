"""vnkg: a knowledge graph of Vietnamese officials, posts, bodies, areas and meetings from news articles.

``kg = vnkg.open("vnkg-store")`` opens a built store for notebooks: ``kg.chairs(area=...)``,
``kg.holders("Bí thư Huyện ủy")``, ``kg.career("Hồ Đức Thịnh")``, ``kg.sparql(...)``, ``kg.networkx()``.
Nothing heavy is imported until a store is opened.
"""
from __future__ import annotations

from pathlib import Path as _Path

# Installed, the subpackages vnkg.extract, vnkg.graph, vnkg.schema and vnkg.queries sit inside this
# package (setuptools maps extract/, graph/, schema/, queries/ there). Imported straight from a source
# checkout — `python -m pytest` in the repo root puts the checkout first on sys.path, ahead of a
# non-editable install — they are this folder's siblings: look for them there too.
_checkout = _Path(__file__).resolve().parent.parent
if (_checkout / "extract" / "__init__.py").is_file() and not (_Path(__file__).parent / "extract").exists():
    __path__.append(str(_checkout))  # noqa: F821 (a package's __path__)


def open(path=None):  # noqa: A001 (the name users expect: vnkg.open)
    """Open a vnkg store (default ./vnkg-store or $VNKG_STORE); see `vnkg.api.KG`."""
    from .api import KG

    return KG(path)


__all__ = ["open"]

"""vnkg: a knowledge graph of Vietnamese officials, posts, bodies, areas and meetings from news articles.

``kg = vnkg.open("vnkg-store")`` opens a built store for notebooks: ``kg.chairs(area=...)``,
``kg.holders("Bí thư Huyện ủy")``, ``kg.career("Hồ Đức Thịnh")``, ``kg.sparql(...)``, ``kg.networkx()``.
Nothing heavy is imported until a store is opened.
"""
from __future__ import annotations


def open(path=None):  # noqa: A001 (the name users expect: vnkg.open)
    """Open a vnkg store (default ./vnkg-store or $VNKG_STORE); see `vnkg.api.KG`."""
    from .api import KG

    return KG(path)


__all__ = ["open"]

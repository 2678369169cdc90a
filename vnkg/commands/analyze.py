"""`vnkg analyze`: network analysis of the stored graph (networkx)."""
from __future__ import annotations

import click

from .common import emit_rows, format_option, open_store, store_option


@click.group()
def analyze() -> None:
    """Network analysis of the stored graph (networkx)."""


def _network(store_path):
    from vnkg.graph.network import to_networkx

    with open_store(store_path) as store:
        return to_networkx(store)


@analyze.command("centrality")
@click.option("--top", default=20, show_default=True, help="How many people to list.")
@store_option
@format_option
def analyze_centrality(top, store_path, fmt):
    """People ranked by degree and betweenness in the network of who meets whom."""
    from vnkg.graph.analysis import centrality

    emit_rows(centrality(_network(store_path), top), fmt, ["person", "degree", "betweenness", "meetings"])


@analyze.command("communities")
@store_option
@format_option
def analyze_communities(store_path, fmt):
    """Groups of people who meet together (greedy modularity)."""
    from vnkg.graph.analysis import communities

    emit_rows(communities(_network(store_path)), fmt, ["community", "size", "members"])


@analyze.command("career")
@click.argument("person")
@store_option
@format_option
def analyze_career(person, store_path, fmt):
    """All posts of PERSON (part of the name) in time order."""
    from vnkg.graph.analysis import career

    emit_rows(career(_network(store_path), person), fmt,
              ["person", "title", "area", "status", "first_seen", "last_seen", "articles"])


@analyze.command("cochairs")
@store_option
@format_option
def analyze_cochairs(store_path, fmt):
    """Pairs of people who chaired the same meeting."""
    from vnkg.graph.analysis import cochairs

    emit_rows(cochairs(_network(store_path)), fmt, ["chair", "cochair", "meetings"])

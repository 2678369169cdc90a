"""Text -> typed facts. No graph code here.

The pipeline is the declared list `STAGES`: each stage is a pure function that
reads a `Doc` and returns the fields it adds. `extract(article)` runs them in
order and returns the article's `Facts`.
"""
from __future__ import annotations

from dataclasses import fields, replace

from .areas import areas
from .context import context_area, context_date
from .document import Doc
from .meetings import meetings
from .model import Article, Facts, Meeting, PersonMention, Post, Span
from .names import persons
from .posts import posts
from .sentences import normalise, sentences
from .tenure import tenure

STAGES = [normalise, sentences, context_date, areas, persons, context_area, posts, meetings, tenure]

__all__ = ["STAGES", "Article", "Facts", "Meeting", "PersonMention", "Post", "Span", "extract", "run"]


def run(article: Article, stages=STAGES) -> Doc:
    """Run `stages` over one article and return the working document."""
    doc = Doc(article)
    for stage in stages:
        doc = _replaced(doc, stage(doc))
    return doc


_FIELDS = frozenset(f.name for f in fields(Doc))


def _replaced(doc: Doc, changes: dict) -> Doc:
    """`dataclasses.replace(doc, **changes)`, without its field-by-field __init__ (5 µs a stage)."""
    if not changes.keys() <= _FIELDS or not hasattr(doc, "__dict__"):
        return replace(doc, **changes)  # (an unknown field raises as replace does)
    new = object.__new__(Doc)
    new.__dict__.update(doc.__dict__)
    new.__dict__.update(changes)
    return new


def extract(article: Article) -> Facts:
    """All facts of one article."""
    from .diagnostics import diagnose

    doc = run(article)
    return Facts(article, list(doc.sentences), list(doc.subject), doc.date,
                 list(doc.persons), list(doc.posts), list(doc.meetings),
                 doc.date_source, doc.subject_source, doc.national, diagnose(doc),
                 tenure=list(doc.tenure), bios=list(doc.bios))

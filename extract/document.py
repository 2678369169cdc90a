"""The working state of one article as it passes through the extraction stages."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .gazetteer import AreaMention, Unit
from .model import Article, Meeting, PersonMention, Post, Span


@dataclass(frozen=True)
class Doc:
    article: Article
    text: str = ""                                  # NFC text (offsets point here)
    low: str = ""                                   # folded, lower case, same length
    sentences: tuple[tuple[int, int], ...] = ()
    lines: tuple[tuple[int, int], ...] = ()
    areas: tuple[AreaMention, ...] = ()
    subject: tuple[Unit, ...] = ()                  # most specific first
    date: str | None = None                         # article date: YYYY-MM-DD / YYYY-MM / YYYY
    year_hint: str | None = None                    # a year read from the text when no date
    persons: tuple[PersonMention, ...] = ()
    bylines: tuple[tuple[int, int], ...] = ()
    posts: tuple[Post, ...] = ()
    titles: tuple[tuple[int, int], ...] = ()        # every title span read, duplicates included
    meetings: tuple[Meeting, ...] = field(default=())

    def sentence_of(self, pos: int) -> int:
        starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.sentence_of(start))

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of(pos)] if self.sentences else (0, len(self.text))

    def subject_at(self, level: str | None) -> Unit | None:
        """The unit of the subject chain at `level` (district also matches a town or city)."""
        for unit in self.subject:
            if level is None or unit.level == level:
                return unit
        return None

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        return [p for p in self.persons if start <= p.span.start and p.span.end <= end]


WORD = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*")

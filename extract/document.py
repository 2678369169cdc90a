"""The working state of one article as it passes through the extraction stages."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .gazetteer import AreaMention, Unit
from .model import Article, Bio, Meeting, PersonMention, Post, Span, TenureEvent


@dataclass(frozen=True)
class YearClue:
    """A year the text gives for what it reports, read from its words (`source`).

    `kind` says which days of which year it vouches for: ``period`` (``quý I/2024``, a full date in
    the text) any month of `year`; ``review`` (``tổng kết năm 2023``) the year's last months or the
    first ones of the next; ``plan`` (``triển khai nhiệm vụ năm 2024``) the year, or the last months
    of the one before; ``school`` (``năm học 2022 - 2023``) August to December of `year`, the months
    before August of the next; ``mention`` (``năm 2022``) any month, weakest; ``decision`` (``Quyết định số
    2741-QĐNS/TW ngày 8/12/2025``, announced at the meeting reported) its own month and the next.
    """

    year: int
    kind: str
    source: str
    month: int | None = None  # a ``decision``'s month: it vouches for that month and the next only

    def fits(self, month: int) -> bool:
        return self.month is None or month in (self.month, self.month % 12 + 1)

    def year_for(self, month: int) -> int:
        if self.month is not None and month < self.month:
            return self.year + 1  # (a decision of December announced in January)
        if self.kind == "review" and month <= 3:
            return self.year + 1
        if self.kind == "plan" and month >= 10:
            return self.year - 1
        if self.kind == "school" and month < 8:
            return self.year + 1
        return self.year


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
    date_source: str | None = None                  # where it was read: published, dateline, url, ...
    dateline: tuple[int, int] | None = None         # where the dateline stands in the text (not an event date)
    year_clues: tuple[YearClue, ...] = ()           # years the text gives, best first (used without a date)
    on: str | None = None                           # the date the article's units are read as of
    subject_source: str | None = None               # where the subject area was read: host, headline, ...
    national: bool = False                          # the article is about the centre (no subject area)
    persons: tuple[PersonMention, ...] = ()
    bylines: tuple[tuple[int, int], ...] = ()
    posts: tuple[Post, ...] = ()
    titles: tuple[tuple[int, int], ...] = ()        # every title span read, duplicates included
    meetings: tuple[Meeting, ...] = field(default=())
    tenure: tuple[TenureEvent, ...] = ()            # starts and ends of holdings (tenure stage)
    bios: tuple[Bio, ...] = ()                      # birth year, home province (tenure stage)

    def sentence_of(self, pos: int) -> int:
        starts = _index(self.sentences, _starts)
        return max(0, bisect.bisect_right(starts, pos) - 1)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.sentence_of(start))

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        return self.sentences[self.sentence_of(pos)] if self.sentences else (0, len(self.text))

    def line_index(self, pos: int) -> int:
        """The index of the last line starting at or before `pos` (-1 before the first line)."""
        return bisect.bisect_right(_index(self.lines, _starts), pos) - 1

    def line_bounds(self, pos: int) -> tuple[int, int] | None:
        """The line (paragraph) `pos` is in, if any (a bisection over the line starts)."""
        if not self.lines:
            return None
        at = bisect.bisect_right(_index(self.lines, _starts), pos) - 1
        return self.lines[at] if at >= 0 and self.lines[at][0] <= pos < self.lines[at][1] else None

    def subject_at(self, level: str | None) -> Unit | None:
        """The unit of the subject chain at `level` (district also matches a town or city)."""
        for unit in self.subject:
            if level is None or unit.level == level:
                return unit
        return None

    def areas_from(self, start: int, end: int) -> tuple[AreaMention, ...]:
        """The area mentions that start in [start, end), in text order (a bisection, not a scan of
        every area of the article: long articles were quadratic)."""
        starts = _index(self.areas, _area_starts)
        return self.areas[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def in_title(self, pos: int) -> bool:
        """Whether `pos` is inside a title span the posts stage read."""
        spans, starts, longest = _index(self.titles, _span_index)
        return any(t0 <= pos < t1 for t0, t1 in spans[bisect.bisect_left(starts, pos - longest):
                                                       bisect.bisect_right(starts, pos)])

    def in_person(self, pos: int) -> bool:
        """Whether `pos` is inside a person mention."""
        spans, starts, longest = _index(self.persons, _person_spans)
        return any(s <= pos < e for s, e in spans[bisect.bisect_left(starts, pos - longest):
                                                  bisect.bisect_right(starts, pos)])

    def person_starts(self) -> frozenset[int]:
        """Where the article's person mentions start (kept per article, not rebuilt per lookup)."""
        return _index(self.persons, _start_set)

    def persons_from(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions that start in [start, end), in text order."""
        starts, order = _index(self.persons, _by_start)
        return [p for _, p in order[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]]

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        starts, order = _index(self.persons, _by_start)
        hits = order[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]
        return [p for _, p in sorted(hit for hit in hits if hit[1].span.end <= end)]


_INDEXES: dict = {}


def _index(items: tuple, make):
    """`make(items)`, kept while `items` is the same tuple: a lookup per mention must not rebuild
    a list of every sentence (or person) of the article, which made long articles quadratic."""
    key = (id(items), make)
    hit = _INDEXES.get(key)
    if hit is None or hit[0] is not items:
        if len(_INDEXES) > 64:
            _INDEXES.clear()
        hit = _INDEXES[key] = (items, make(items))
    return hit[1]


def _area_starts(areas: tuple) -> list[int]:
    return [a.start for a in areas]  # the gazetteer gives them in text order


def _span_index(spans: tuple) -> tuple[list, list[int], int]:
    ordered = sorted(spans)
    return ordered, [s for s, _ in ordered], max((e - s for s, e in ordered), default=0)


def _person_spans(persons: tuple) -> tuple[list, list[int], int]:
    return _span_index(tuple((p.span.start, p.span.end) for p in persons))


def _start_set(persons: tuple) -> frozenset[int]:
    return frozenset(p.span.start for p in persons)


def _starts(sentences: tuple) -> list[int]:
    return [s for s, _ in sentences]


def _by_start(persons: tuple) -> tuple[list[int], list[tuple[int, PersonMention]]]:
    order = sorted(((p.span.start, i), p) for i, p in enumerate(persons))
    return [k[0] for k, _ in order], [(k[1], p) for k, p in order]


WORD = re.compile(r"[^\W\d_]+(?:[&'’][^\W\d_]+)*")   # K'Rứ, H'Hen, NN&PTNT

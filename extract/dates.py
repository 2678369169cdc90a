"""Dates: day-month expressions in the text, and the year they get from the article's context.

What an article's own date and year anchors are is worked out once, in the context stage
(`vnkg.extract.context`); this module only finds date expressions and resolves them against it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Doc

_SEP = r"\s*(?:/|\.|[-–]|\s[-–]\s)\s*"
DAY_MONTH = re.compile(
    rf"(?<![\d/.,\-])(?P<d>\d{{1,2}})(?:\s*(?:[-–]|và)\s*(?P<d2>\d{{1,2}})(?=[./]\d))?{_SEP}(?P<m>\d{{1,2}})"
    rf"(?:{_SEP}(?P<y>(?:19|20)\d{{2}}))?(?![\d/])"
)
WORDY = re.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>(?:19|20)\d{2}))?")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None


def find_dates(low: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Day-month expressions (``14/6``, ``ngày 19 - 12``, ``26 tháng 6 năm 2020``) in low[start:end]."""
    end = len(low) if end is None else end
    out = []
    for rx in (DAY_MONTH, WORDY):
        for m in rx.finditer(low, start, end):
            before = low[max(0, m.start() - 8):m.start()]
            if re.search(r"(tháng|số|lần|thứ|khóa|quý)\s*$", before):
                continue
            day, month = int(m.group("d")), int(m.group("m"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            year = int(m.group("y")) if m.group("y") else None
            out.append(DateMention(m.start(), m.end(), day, month, year))
    out.sort(key=lambda d: d.start)
    kept = []
    for d in out:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def year_for(doc: Doc, month: int) -> int | None:
    """The year of a day in `month` that the text gives without one, from the article's context."""
    if doc.date:
        year = int(doc.date[:4])
        if len(doc.date) >= 7 and month > int(doc.date[5:7]) + 1:
            year -= 1  # "30/12" in an article of early January
        return year
    for clue in doc.year_clues:
        if clue.fits(month):
            return clue.year_for(month)
    return None


def resolve(doc: Doc, d: DateMention) -> str:
    """ISO form of a day-month mention, the year taken from the text, the article or nothing."""
    year = d.year if d.year is not None else year_for(doc, d.month)
    if year is None:
        return f"--{d.month:02d}-{d.day:02d}"
    return f"{year:04d}-{d.month:02d}-{d.day:02d}"

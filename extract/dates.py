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


DOCUMENT = re.compile(r"(?<![\w])(nghị quyết|quyết định|kết luận|công văn|kế hoạch|chỉ thị|thông báo|nghị định|"
                      r"thông tư|quy định|hướng dẫn|tờ trình|chương trình|văn bản|luật|đề án)(?![\w])")
_DOCUMENT_DATE = re.compile(r"(?:(?:số\s+\d+|\d+[-/][a-zđ]{2,})[^.;\n]{0,40}?|(?:ban hành|ký|thông qua)\s+)ngày\s*$|"
                            r"(?:sinh|sinh ngày|sinh năm|năm sinh)\s*$")


def dates_a_document(low: str, start: int, floor: int = 0) -> bool:
    """Whether the date at `start` dates a cited document or a birth, not an event: ``Quyết định số
    61-QĐ/TU ngày 15/01/2021``, ``Nghị quyết ... ban hành ngày``, ``sinh ngày 21/10/1968``."""
    before = low[max(floor, start - 80):start]
    if _DOCUMENT_DATE.search(before):
        return True
    word = None
    for word in DOCUMENT.finditer(before):
        pass
    return word is not None and bool(re.search(r"(?:ngày|số)\s*$", before[word.end():]) or
                                     re.search(r"số\s+\d|/", before[word.end():]))


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

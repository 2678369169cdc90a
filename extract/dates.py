"""Dates: day-month expressions in the text, and the year they get from the article's context.

What an article's own date and year anchors are is worked out once, in the context stage
(`vnkg.extract.context`); this module only finds date expressions and resolves them against it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Doc

_SEP = r"\s*(?:/|\.|[-–]|\s[-–]\s)\s*"
# "mùng 4/8"; a range of days in one month ("15-17/10", "17 và 18-4", "mùng 4 và mùng 5/8", "từ 12 đến 14-10")
DAY_MONTH = re.compile(
    rf"(?<![\d/.,\-])(?:mùng\s+)?(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}})(?=[./]\d)|"
    rf"\s*(?:và|đến(?:\s+hết)?|tới)\s+(?:ngày\s+)?(?:mùng\s+)?(?P<d3>\d{{1,2}})(?={_SEP}\d))?{_SEP}(?P<m>\d{{1,2}})"
    rf"(?:{_SEP}(?P<y>(?:19|20)\d{{2}}))?(?![\d/])"
)
# between the first and the last day of a range written as two dates: "từ ngày 16/7 đến ngày 19/7/2019",
# "20.8 và 21.8", "từ ngày 18/9 đến hết ngày 20/9/2019"
_RANGE_GAP = re.compile(r"\s*(?:[-–]|và|đến(?:\s+hết)?|tới)\s*(?:ngày\s+)?(?:mùng\s+)?")
WORDY = re.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>(?:19|20)\d{2}))?")
_DIGIT = re.compile(r"\d")


DOCUMENT = re.compile(r"(?<![\w])(nghị quyết|quyết định|kết luận|công văn|kế hoạch|chỉ thị|thông báo|nghị định|"
                      r"thông tư|quy định|hướng dẫn|tờ trình|chương trình|văn bản|luật|đề án)(?![\w])")
_DOCUMENT_DATE = re.compile(r"(?:(?:số\s+\d+|\d+[-/][a-zđ]{2,})[^.;\n]{0,40}?|(?:ban hành|ký|thông qua)\s+)ngày\s*$|"
                            r"(?:sinh|sinh ngày|sinh năm|năm sinh)\s*$")


def dates_a_document(low: str, start: int, floor: int = 0) -> bool:
    """Whether the date at `start` dates a cited document or a birth, not an event: ``Quyết định số
    61-QĐ/TU ngày 15/01/2021``, ``Nghị quyết ... ban hành ngày``, ``sinh ngày 21/10/1968``."""
    before = low[max(floor, start - 80):start]
    before = before[before.rfind("\n") + 1:]  # (a headline above names no document this date is of)
    if _DOCUMENT_DATE.search(before):
        return True
    word = None
    for word in DOCUMENT.finditer(before):
        pass
    # (a number "61-QĐ/TU", "15/2021/NQ-HĐND" before it; not an earlier date: "kết luận của Hội nghị … ngày 5/9/2018,
    # chiều 11/9, Huyện ủy tổ chức hội nghị")
    return word is not None and bool(re.search(r"(?:ngày|số)\s*$", before[word.end():]) or
                                     re.search(r"số\s+\d|/[^\W\d_]", before[word.end():]))


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    last: tuple[int, int] | None = None   # (day, month) of a range's last day: the meeting runs to it


def find_dates(low: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Day-month expressions (``14/6``, ``ngày 19 - 12``, ``26 tháng 6 năm 2020``) in low[start:end]."""
    end = len(low) if end is None else end
    out = []
    if not _DIGIT.search(low, start, end):
        return []  # (both shapes hold a day's digits: most sentences have none, and need no scan)
    for rx in (DAY_MONTH, WORDY) if low.find("tháng", start, end) >= 0 else (DAY_MONTH,):  # (WORDY's word)
        for m in rx.finditer(low, start, end):
            before = low[max(0, m.start() - 8):m.start()]
            if re.search(r"(tháng|số|lần|thứ|khóa|quý)\s*$", before):
                continue
            day, month = int(m.group("d")), int(m.group("m"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            year = int(m.group("y")) if m.group("y") else None
            last = None
            if rx is DAY_MONTH and (m.group("d2") or m.group("d3")):
                last = (int(m.group("d2") or m.group("d3")), month)
                if not day < last[0] <= 31:
                    continue  # "5 và 3/4" is no range
            out.append(DateMention(m.start(), m.end(), day, month, year, last))
    out.sort(key=lambda d: d.start)
    kept: list[DateMention] = []
    for d in out:
        if kept and d.start < kept[-1].end:
            continue
        first = kept[-1] if kept else None
        if first is not None and first.last is None and _RANGE_GAP.fullmatch(low, first.end, d.start) \
                and (first.year is None or d.year is None or first.year == d.year) and _days_after(first, d):
            # one event over several days, dated by its first day, the year from the last if only it has one
            year = first.year if first.year is not None else d.year
            if first.year is None and d.year is not None and first.month > d.month:
                year = d.year - 1
            kept[-1] = DateMention(first.start, d.end, first.day, first.month, year, d.last or (d.day, d.month))
            continue
        kept.append(d)
    return kept


def _days_after(first: DateMention, later: DateMention) -> bool:
    """Whether `later` falls within a few weeks after `first` (the end of one range of days)."""
    months = (later.month - first.month) % 12
    return (months == 0 and later.day > first.day) or (months == 1 and later.day + 31 - first.day <= 31)


def year_for(doc: Doc, month: int) -> int | None:
    """The year of a day in `month` that the text gives without one, from the article's context."""
    if doc.date:
        year = int(doc.date[:4])
        # (a date the text gives may be any day of the year: only the article's own date bounds the months)
        if len(doc.date) >= 7 and month > int(doc.date[5:7]) + 1 and doc.date_source != "text":
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

"""Stage: the article's own date, and day/month expressions resolved to ISO dates."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .document import Doc

_SEP = r"\s*(?:/|\.|[-–]|\s[-–]\s)\s*"
DAY_MONTH = re.compile(
    rf"(?<![\d/.,\-])(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}})(?=[./]\d))?{_SEP}(?P<m>\d{{1,2}})"
    rf"(?:{_SEP}(?P<y>(?:19|20)\d{{2}}))?(?![\d/])"
)
WORDY = re.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y>(?:19|20)\d{2}))?")
_FULL = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")
_URL_YM = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])/")
_URL_Y = re.compile(r"/((?:19|20)\d{2})/")
_YEAR_WORD = re.compile(r"(?:(?<!nhiệm kỳ )năm\s+|tháng\s+\d{1,2}\s*[/.\-]\s*)((?:19|20)\d{2})(?!\s*[-–]\s*\d)")


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


def article_date(doc: Doc) -> dict:
    """The article's date: a header date in the first lines, `published`, then the URL."""
    head = doc.low[:300]
    found = None
    m = re.match(r"\s*date\s+", head)
    iso = _ISO.search(head) if m else None
    if iso:
        found = "-".join(g for g in iso.groups() if g)
    if not found:
        full = _FULL.search(head)
        if full and re.search(r"(ngày|số|nghị quyết|quyết định)\s*$", head[:full.start()]):
            full = None
        if full:
            d, mth, y = full.groups()
            if 1 <= int(d) <= 31 and 1 <= int(mth) <= 12:
                found = f"{y}-{int(mth):02d}-{int(d):02d}"
    if not found and doc.article.published:
        found = doc.article.published[:10]
    url = doc.article.url or ""
    if not found and (u := _URL_YM.search(url) or _URL_YM.search(doc.text)):
        found = f"{u.group(1)}-{u.group(2)}"
    if not found and (u := _URL_Y.search(url)):
        found = u.group(1)
    hint = None
    if not found:
        years = Counter(_YEAR_WORD.findall(doc.low))
        if years:
            hint = max(years.items(), key=lambda kv: (kv[1], -int(kv[0])))[0]
    return {"date": found, "year_hint": hint}


def resolve(doc: Doc, d: DateMention) -> str:
    """ISO form of a day-month mention, the year taken from the text, the article or nothing."""
    year = d.year
    if year is None and doc.date:
        year = int(doc.date[:4])
        if len(doc.date) >= 7 and d.month > int(doc.date[5:7]) + 1:
            year -= 1  # "30/12" in an article of early January
    if year is None and doc.year_hint:
        year = int(doc.year_hint)
    if year is None:
        return f"--{d.month:02d}-{d.day:02d}"
    return f"{year:04d}-{d.month:02d}-{d.day:02d}"

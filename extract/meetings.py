"""Stage: meetings reported as held, with date, organiser body, area and chairs.

Planned meetings (``dự kiến``, ``sẽ``) are skipped; ``dự``, ``phát biểu`` and
``kết luận`` do not make a chair; a chair named only by title (``Bí thư Huyện
ủy chủ trì``) is the person holding that post in the same article.
"""
from __future__ import annotations

import re

from .dates import find_dates, resolve as resolve_date
from . import lexicon
from .document import Doc
from .model import Meeting, Post
from .posts import STOP, parse_title, resolve_area
from .text import key

NOUN = re.compile(
    r"(?<![\w])(hội nghị|cuộc họp|buổi họp|phiên họp|kỳ họp|đại hội|buổi làm việc|tiếp xúc cử tri|"
    r"giao ban|lễ công bố|buổi lễ|hội thảo|tọa đàm|phiên thảo luận|phiên thường kỳ|họp)(?![\w])")
HELD = re.compile(r"(?<![\w])(tổ chức|họp|tiến hành|khai mạc|bế mạc|diễn ra|làm việc|chủ trì|đã có)(?![\w])")
PLANNED = re.compile(r"(?<![\w])(dự kiến|sẽ|ngày mai|dự định|kế hoạch tổ chức|chuẩn bị tổ chức|tới đây)(?![\w])")
CHAIR = re.compile(r"(?<![\w])(đồng chủ trì|chủ trì)(?![\w])")
_BODY_STOP = re.compile(r"(?<![\w])(khóa|khoá|nhiệm kỳ|lần|tổ chức|họp|đã|trọng thể|phối hợp|tiến hành|"
                        r"chủ trì|về|diễn ra|với|để|bước|chính thức|thống nhất|vừa|năm|tháng)(?![\w])")
_ORG_FOR_CONGRESS = re.compile(r"^(?:đại hội)\s+(?:đại biểu\s+)?(?:lần thứ \S+\s+)?(đảng bộ|đoàn|hội)")


def _bodies(doc: Doc, start: int, end: int):
    """Organiser phrases (body + optional place) in low[start:end]: (start, end, body_start)."""
    lex = lexicon.load()
    out = []
    for m in lex.body_re.finditer(doc.low, start, end):
        if m.start() > 0 and doc.low[m.start() - 1].isalnum():
            continue
        stop = _BODY_STOP.search(doc.low, m.end(), end)
        stop_at = stop.start() if stop else end
        punct = re.compile(r"[,;.()\n:]").search(doc.low, m.end(), end)
        e = min(stop_at, punct.start() if punct else end)
        if out and m.start() < out[-1][1]:
            continue
        out.append((m.start(), e))
    return out


def _organizer(doc: Doc, s: int, e: int) -> tuple[str, str | None, object]:
    """(organiser without place, level, area) of a body phrase."""
    title, level, area, _ = parse_title(doc, s, e)
    return title, level, area


def _held_bodies(doc: Doc, s0: int, s1: int, noun_at: int):
    """The organiser: a body subject before the verb, or a body named right after the meeting noun."""
    bodies = _bodies(doc, s0, s1)
    if not bodies:
        return []
    after = [b for b in bodies if b[0] >= noun_at and b[0] - noun_at < 45]
    before = [b for b in bodies if b[1] <= noun_at]
    congress = _ORG_FOR_CONGRESS.match(doc.low, noun_at)
    if congress:
        b = [b for b in bodies if b[0] >= noun_at]
        if b:
            return [b[0]]
    if before:
        return [before[-1]] if not after or noun_at - before[-1][1] < 40 else [after[0]]
    return after[:1]


def _chairs(doc: Doc, s0: int, s1: int, posts: list[Post]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    low = doc.low
    for cm in CHAIR.finditer(low, s0, s1):
        c0 = max(s0, low.rfind(";", s0, cm.start()) + 1)
        do = re.compile(r"(?<![\w])do(?![\w])").search(low, c0, cm.start())
        lo = do.end() if do else c0
        c1 = low.find(";", cm.end(), s1)
        c1 = s1 if c1 < 0 else c1
        before = [p for p in doc.persons_in(lo, cm.start())]
        between = low[lo:cm.start()]
        if re.search(r"(?<![\w])(dự|tham dự|phát biểu)(?![\w])", between) and before:
            last_verb = max(m.end() for m in re.finditer(r"(?<![\w])(dự|tham dự|phát biểu)(?![\w])", between)) + lo
            before = [p for p in before if p.span.start > last_verb]
        if before:
            joined = cm.group(1) == "đồng chủ trì" or re.search(r"(?<![\w])và(?![\w])", between)
            chosen = before if joined else before[-1:]
            out += [(p.name, p.span.start, p.span.end) for p in chosen]
            continue
        after = doc.persons_in(cm.end(), s1 if "gồm" in low[cm.end():s1] else c1)
        if after and (low[cm.end():after[0].span.start].count(",") <= 2):
            gom = "gồm" in low[cm.end():after[0].span.start]
            chosen = after if gom else after[:1]
            out += [(p.name, p.span.start, p.span.end) for p in chosen]
            continue
        # a chair named by title only: the article's holder of that post
        lex = lexicon.load()
        roles = list(lex.role_re.finditer(low, lo, cm.start()))
        if roles:
            r = roles[0]
            title, _, area, _ = parse_title(doc, r.start(), cm.start())
            tkey = key(title)
            for post in posts:
                if key(post.title) == tkey and (area is None or post.area is None or post.area.code == area.code):
                    out.append((post.person, r.start(), cm.start()))
                    break
    return out


def meetings(doc: Doc) -> dict:
    """Held meetings of the article and their chairs."""
    found: list[Meeting] = []
    posts = [p for p in doc.posts if p.status != "former"]
    for s0, s1 in doc.sentences:
        low = doc.low
        noun = NOUN.search(low, s0, s1)
        chairs = _chairs(doc, s0, s1, posts)
        if not noun and not chairs:
            continue
        if PLANNED.search(low, s0, s1) and not chairs:
            continue
        date_ms = [d for d in find_dates(low, s0, s1)]
        dated = None
        if noun:
            # a date before the noun in the sentence, or right after it ("Hội nghị ... ngày 14/3")
            pre = [d for d in date_ms if d.end <= noun.start() or d.start - noun.end() < 80]
            dated = pre[0] if pre else None
        held = HELD.search(low, s0, s1)
        if not dated and not chairs and not (noun and held and re.search(r"thành công|đã tổ chức", low[s0:s1])):
            continue
        noun_at = noun.start() if noun else s0
        bodies = _held_bodies(doc, s0, s1, noun_at) if noun else []
        date = resolve_date(doc, dated) if dated else None
        if not bodies and chairs:
            area = None
            for name, *_ in chairs:
                for post in posts:
                    if post.person == name and post.level != "nation" and post.area is not None:
                        area = post.area
                        break
                if area:
                    break
            entries = [(None, area or (doc.subject[0] if doc.subject else None))]
        elif bodies:
            entries = []
            for b0, b1 in bodies:
                org, level, area = _organizer(doc, b0, b1)
                entries.append((org, area))
        else:
            entries = [(None, doc.subject[0] if doc.subject else None)]
        for org, area in entries:
            meeting = Meeting(date, area, org, doc.span(s0, s1))
            for name, c0, c1 in chairs:
                if name not in meeting.chairs:
                    meeting.chairs.append(name)
                    meeting.chair_spans.append(doc.span(c0, c1))
            found.append(meeting)
    return {"meetings": tuple(_merge(found))}


def _merge(found: list[Meeting]) -> list[Meeting]:
    """One meeting per (date, area); undated chair-only mentions join the article's first meeting."""
    out: list[Meeting] = []
    for m in found:
        target = None
        for o in out:
            same_area = (o.area.code if o.area else None) == (m.area.code if m.area else None)
            if o.date == m.date and same_area and (o.organizer == m.organizer or not o.organizer or not m.organizer):
                target = o
                break
        if target is None and m.date is None and m.organizer is None and out:
            target = out[0] if m.chairs else None
            if target is None:
                continue
        if target is None:
            out.append(m)
            continue
        target.organizer = target.organizer or m.organizer
        for name, span in zip(m.chairs, m.chair_spans):
            if name not in target.chairs:
                target.chairs.append(name)
                target.chair_spans.append(span)
    return out

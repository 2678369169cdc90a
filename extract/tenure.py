"""Stage: when holdings start and end, and who a named official is (birth year, home province).

Reads the posts found by the posts stage and the text around them:

- a post someone is elected or appointed to (``được bầu giữ chức``, ``bổ nhiệm``, ``điều động ...
  giữ chức``, ``phê chuẩn kết quả bầu``) starts a holding; one they are dismissed from, retire
  from or are moved from (``miễn nhiệm``, ``thôi giữ``, ``nghỉ hưu``, ``điều động``), or one
  called former (``nguyên``), ends;
- the official formula ``miễn nhiệm / bầu / phê chuẩn ... chức vụ TITLE ... đối với ông NAME``
  names the post before the people, so its events are read here too;
- ``Ông NAME sinh năm 1975, quê quán ... tỉnh X`` (also ``SN 1975``, ``49 tuổi``) gives a birth
  year and a home province, which tell two namesakes apart across articles.

An event keeps the date the sentence gives (``ngày 23/7``), else the article's date, and says
whether the thing happened then (``on``) or had happened by then (``by``: a former post).
"""
from __future__ import annotations

import re

from . import lexicon
from .dates import find_dates, resolve
from .document import Doc
from .gazetteer import load as load_gazetteer
from .model import Bio, Post, TenureEvent

# verbs that start or end a holding, longest first; value: (event, cause)
_VERBS = {
    "phê chuẩn kết quả bầu": ("start", "elected"), "phê chuẩn kết quả miễn nhiệm": ("end", "dismissed"),
    "phê chuẩn kết quả bãi nhiệm": ("end", "dismissed"), "phê chuẩn": ("start", "elected"),
    "tái đắc cử": ("start", "elected"), "trúng cử": ("start", "elected"), "đắc cử": ("start", "elected"),
    "bầu bổ sung": ("start", "elected"), "bầu lại": ("start", "elected"), "bầu": ("start", "elected"),
    "bổ nhiệm lại": ("start", "appointed"), "bổ nhiệm": ("start", "appointed"),
    "chỉ định": ("start", "appointed"), "phân công": ("start", "appointed"),
    "giao quyền": ("start", "appointed"), "nhận nhiệm vụ": ("start", "appointed"),
    "miễn nhiệm": ("end", "dismissed"), "bãi nhiệm": ("end", "dismissed"), "cách chức": ("end", "dismissed"),
    "cho thôi giữ": ("end", "resigned"), "cho thôi làm": ("end", "resigned"), "thôi giữ": ("end", "resigned"),
    "thôi làm": ("end", "resigned"), "nghỉ hưu": ("end", "retired"), "về hưu": ("end", "retired"),
    "điều động": ("start", "appointed"), "luân chuyển": ("start", "appointed"),
}
_VERB_ALT = "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True))
_VERB_RE = re.compile(rf"(?<![\w])({_VERB_ALT})(?![\w])")
_END_CUE = re.compile(r"(?<![\w])(miễn nhiệm|bãi nhiệm|cách chức|thôi giữ|thôi làm|nghỉ hưu|về hưu|"
                      r"điều động|luân chuyển|nghỉ công tác|nhận nhiệm vụ mới)(?![\w])")
_END_CAUSE = {"miễn nhiệm": "dismissed", "bãi nhiệm": "dismissed", "cách chức": "dismissed",
              "thôi giữ": "resigned", "thôi làm": "resigned", "nghỉ hưu": "retired", "về hưu": "retired",
              "nghỉ công tác": "retired", "điều động": "transferred", "luân chuyển": "transferred",
              "nhận nhiệm vụ mới": "transferred"}
# "... chức vụ Chủ tịch UBND tỉnh X, nhiệm kỳ 2016-2021 đối với ông A, ông B và bà C"
_FORMULA = re.compile(rf"(?<![\w])(?P<verb>{_VERB_ALT})\s+(?:chức vụ\s+|chức danh\s+|chức\s+)?")
_TOWARDS = re.compile(r"\s*(?:,\s*)?(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*,?\s*)?(?:đối với|cho)\s+")
_BORN = re.compile(r"(?:sinh\s+(?:năm|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]|tháng\s+\d{1,2}\s*[/.-])\s*|sn:?\s*)"
                   r"((?:19|20)\d{2})(?!\d)")
_AGE = re.compile(r"(?<![\d\w])(\d{2})\s+tuổi(?![\w])")
_HOME = re.compile(r"(?<![\w])(?:quê(?:\s+quán)?(?:\s+(?:ở|tại))?|sinh\s+năm\s+\d{4}\s+tại)\s+")
_HOME_STOP = re.compile(r"[;)\n]|\.(?:\s|$)|(?<![\w])(?:trình độ|dân tộc|là|có|từng|được|hiện)(?![\w])")


def _date_near(doc: Doc, start: int, end: int) -> tuple[str | None, bool]:
    """A date written in the sentence of [start, end) (the closest one before it first), else the article's."""
    s0, s1 = doc.sentence_bounds(start)
    found = find_dates(doc.low, s0, s1)
    before = [d for d in found if d.end <= start]
    pick = before[-1] if before else (found[0] if found else None)
    if pick is not None:
        if pick.year is None and doc.date is None:
            # no year in the text nor the article: keep day and month only (a year guessed from
            # "năm 19xx" elsewhere in a biography would date the event decades off)
            return f"--{pick.month:02d}-{pick.day:02d}", True
        return resolve(doc, pick), True
    # an election is usually reported with the session that held it: the article's meeting date
    sessions = sorted(m.date for m in doc.meetings if m.date and m.date[:1].isdigit()
                      and (doc.date is None or m.date[:len(doc.date)] <= doc.date))
    if sessions and (doc.date is None or sessions[-1][:4] == doc.date[:4]):
        return sessions[-1], True
    return doc.date, False


def _cause_before(doc: Doc, start: int) -> tuple[str, str, int, int] | None:
    """The verb closest before `start` in its sentence: (event, cause, verb start, verb end)."""
    s0, _ = doc.sentence_bounds(start)
    last = None
    for m in _VERB_RE.finditer(doc.low, s0, start):
        last = m
    if last is None:
        return None
    event, cause = _VERBS[last.group(1)]
    return event, cause, last.start(), last.end()


def _events_of_posts(doc: Doc) -> list[TenureEvent]:
    out = []
    for post in doc.posts:
        s0, s1 = doc.sentence_bounds(post.span.start)
        if post.status == "elected":
            found = _cause_before(doc, post.span.start)
            cause = found[1] if found and found[0] == "start" else "elected"
            span = doc.span(found[2], found[3]) if found and found[0] == "start" else post.span
            date, _ = _date_near(doc, post.span.start, post.span.end)
            out.append(TenureEvent(post, "start", cause, date, "on", span))
        elif post.status == "former":
            cue = None
            for m in _END_CUE.finditer(doc.low, s0, s1):
                cue = m
            if cue is not None:
                date, _ = _date_near(doc, cue.start(), cue.end())
                out.append(TenureEvent(post, "end", _END_CAUSE[cue.group(1)], date, "on",
                                       doc.span(cue.start(), cue.end())))
            else:
                out.append(TenureEvent(post, "end", "former", doc.date, "by", post.span))
    return out


def _formula_events(doc: Doc) -> list[TenureEvent]:
    """``miễn nhiệm chức vụ TITLE ... đối với ông A, bà B``: the post is named before the people."""
    from .posts import parse_title  # the posts stage's title reader: one way to read a title

    lex = lexicon.load()
    low = doc.low
    out = []
    for m in _FORMULA.finditer(low) if any(v in low for v in _VERBS) else ():  # (no verb, no scan)
        role = lex.role_re.match(low, m.end())
        if not role:
            continue
        s0, s1 = doc.sentence_bounds(m.start())
        towards = None
        # (from the role on, not from the top of the article: no match can start inside another)
        for t in re.compile(r"(?<![\w])(?:đối với|cho)\s+(?:các\s+)?(?:ông|bà|đồng chí|đ/c)").finditer(
                low, role.end() + 1, s1):
            if t.start() > role.end():
                towards = t
                break
        if towards is None or towards.start() - m.end() > 160:
            continue
        # the title ends at a comma, "nhiệm kỳ" or "đối với"
        end = towards.start()
        for stop in (",", " nhiệm kỳ", ";"):
            k = low.find(stop, role.end(), end)
            if k >= 0:
                end = min(end, k)
        title, level, area, rm = parse_title(doc, m.end(), end)
        if rm is None:
            continue
        event, cause = _VERBS[m.group("verb")]
        named_to = re.search(r"[;.]\s|\n", low[towards.end():s1])
        stop_at = towards.end() + named_to.start() if named_to else s1
        people = [p for p in doc.persons if towards.end() <= p.span.start < stop_at]
        date, _ = _date_near(doc, m.start(), m.end())
        kind = lex.role_kind(rm.group(0))
        for p in people:
            between = low[towards.end():p.span.start]
            if re.search(r"(?<![\w])(?:giữ|làm|chức)(?![\w])", between):
                break  # "đối với ông A giữ chức ..." is another shape: the posts stage reads it
            status = "elected" if event == "start" else "former"
            post = Post(p.name, title, rm.group(0), kind, level, area, status, doc.span(m.end(), end))
            out.append(TenureEvent(post, event, cause, date, "on", doc.span(m.start(), m.end())))
    return out


def _bios(doc: Doc) -> list[Bio]:
    """Birth year and home province written right after a name, up to the next name."""
    gaz = load_gazetteer()
    low = doc.low
    ordered = sorted(doc.persons, key=lambda p: p.span.start)
    year = int(doc.date[:4]) if doc.date else None
    out = []
    for i, p in enumerate(ordered):
        s0, s1 = doc.sentence_bounds(p.span.end)
        stop = min(s1, p.span.end + 160)
        if i + 1 < len(ordered):
            stop = min(stop, ordered[i + 1].span.start)
        window = low[p.span.end:stop]
        born, approx = None, False
        b = _BORN.search(window)
        if b and b.start() < 60:
            born = int(b.group(1))
        elif year and (a := _AGE.search(window)) and a.start() < 40 and 25 <= int(a.group(1)) <= 80:
            born, approx = year - int(a.group(1)), True
        home = None
        h = _HOME.search(window)
        if h:
            st = _HOME_STOP.search(window, h.end())
            h_end = p.span.end + (st.start() if st else len(window))
            provinces = []
            for am in doc.areas:
                if p.span.end + h.end() <= am.start < h_end:
                    unit = gaz.province_of(am.units[0])
                    if unit is not None:
                        provinces.append(unit)
            if provinces:
                home = provinces[-1]
        if born or home:
            out.append(Bio(p.name, born, approx, home, doc.span(p.span.start, stop)))
    return out


def _list_mates(doc: Doc, events: list[TenureEvent]) -> list[TenureEvent]:
    """``Ông A, B và bà C cùng giữ chức vụ Phó Chủ tịch ...``: names listed before an election share it."""
    ordered = sorted(doc.persons, key=lambda p: p.span.start)
    have = {(e.post.person, e.post.title) for e in events}
    out = []
    for e in events:
        if e.event != "start":
            continue
        at = [i for i, p in enumerate(ordered) if p.name == e.post.person and p.span.end <= e.post.span.start]
        if not at:
            continue
        i = at[-1]
        while i > 0 and re.fullmatch(r"\s*(?:,|và)\s*(?:các\s+)?(?:ông|bà|đồng chí)?\s*",
                                     doc.low[ordered[i - 1].span.end:ordered[i].span.start]):
            mate = ordered[i - 1]
            if (mate.name, e.post.title) not in have:
                have.add((mate.name, e.post.title))
                post = Post(mate.name, e.post.title, e.post.role, e.post.kind, e.post.level, e.post.area,
                            e.post.status, e.post.span)
                out.append(TenureEvent(post, e.event, e.cause, e.date, e.bound, e.span))
            i -= 1
    return out


def tenure(doc: Doc) -> dict:
    """Start and end events of holdings, and the birth year and home province of named people."""
    events = _events_of_posts(doc) + _formula_events(doc)
    events += _list_mates(doc, events)
    return {"tenure": tuple(events), "bios": tuple(_bios(doc))}

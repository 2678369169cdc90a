"""The meetings' merge, indexed so that long articles are linear, gives exactly what the plain scans
gave: `_merge_by_scans` is the merge as it was before the indexes (kept here as the reference)."""
import copy
import random
from bisect import bisect_right

from vnkg.extract.gazetteer import Unit
from vnkg.extract.meetings import (_absorb, _add_chairs, _anaphors_joined, _code, _finished, _fits, _merge, _own_day,
                                   _reports_closed, _within)
from vnkg.extract.model import Meeting, Span


def _merge_by_scans(found: list[Meeting]) -> list[Meeting]:
    """One meeting per event. Mentions with the same date, area and (compatible) organiser are one;
    then an undated mention — a headline, a caption, a chair sentence — joins the dated report of
    the same event (same area and organiser, or a chair in common), else the meeting reported just
    before it. A weak mention (a headline naming a meeting, with no date and no chair) only adds its
    organiser to a report it fits; an undated mention with neither organiser nor chair is dropped."""
    strong = _anaphors_joined(found)  # (the head and the tail are shared: the lookups between are what changed)
    keyed: list[Meeting] = []
    by_area: dict[object, list[Meeting]] = {}  # (the same area is asked first: long articles were quadratic)
    for m in strong:
        if m.date is None and m.chairs and not m.organizer:
            keyed.append(m)  # a chair sentence with no date belongs to the report just before it: kept apart
            continue
        # "Đại hội ... từ ngày 15-17/10" then "Sáng 16/10, Đại hội ... khai mạc": one congress, on its first day
        # (not a conference held during a congress: "Đại hội ... từ 19 đến 23/1" then "Tại Hội nghị lần thứ nhất sáng
        # 23/1, Ban Chấp hành Trung ương ... đã bầu Bộ Chính trị")
        target = next((o for o in by_area.get(_code(m), ()) if (o.date == m.date or _within(o, m) and not (
                           o.noun == "đại hội" and m.noun == "hội nghị")) and
                       (o.organizer == m.organizer or not o.organizer or not m.organizer)), None)
        if target is None:
            keyed.append(m)
            by_area.setdefault(_code(m), []).append(m)
        else:
            if _own_day(target, m, keyed):
                target.date, target.until, target.area_source = m.date, m.until, m.area_source
            _absorb(target, m)
    dated = sorted((o for o in keyed if o.date), key=lambda o: o.span.start)
    dated_starts = [o.span.start for o in dated]
    out: list[Meeting] = []
    for m in keyed:
        if m.date is not None:
            out.append(m)
            continue
        if m.area_source == "point":
            # a video-link point of the meeting reported before it, chaired there: on its day, in its own place
            at = bisect_right(dated_starts, m.span.start)
            if at and _code(dated[at - 1]) != _code(m):
                m.date = dated[at - 1].date
                out.append(m)
                continue
        if m.chairs and not m.organizer:
            # "Đồng chí X chủ trì hội nghị." closing a paragraph: the meeting reported just before it
            reports = _reports_closed(m, dated, bisect_right(dated_starts, m.span.start))
            if reports:
                _absorb(reports[0], m)
                for o in reports[1:]:
                    _add_chairs(o, m)
                continue
        fits = [o for o in dated if _fits(o, m)]
        shared = [o for o in fits if set(o.chairs) & set(m.chairs)]
        same_org = [o for o in fits if m.organizer and o.organizer == m.organizer]
        target = (shared or same_org or [None])[0]
        if target is None and len(fits) == 1 and (len(dated) == 1 or not m.organizer):
            target = fits[0]
        if target is None and m.chairs and (out or dated):
            earlier = [o for o in out if o.span.start <= m.span.start]
            target = earlier[-1] if earlier else (out or dated)[0]
        if target is None and m.organizer is None and (out or dated):
            continue
        if target is None:
            out.append(m)
        else:
            _absorb(target, m)
    return _finished(out, found)




_AREAS = [None, Unit("1", "Can Lộc", "huyện"), Unit("2", "Kỳ Anh", "huyện"), Unit("3", "Kỳ Anh", "thị xã")]
_ORGS = [None, None, "UBND huyện", "Ban Thường vụ Huyện ủy", "HĐND huyện", "tổ đại biểu", "Tổ đại biểu số 1"]
_DATES = [None, None, None, "2024-06-14", "2024-06-15", "--06-14", "2024-06", "2024-06-16"]
_CHAIRS = ["Lê Văn An", "Trần Thị Bình", "Phạm Minh Cường", "Hoàng Văn Dũng"]
_SOURCES = ["organizer", "place", "partner", "subject", "listed", "chairs", "point"]
_NOUNS = [None, "đại hội", "hội nghị", "kỳ họp"]


def _random_meetings(rng: random.Random) -> list[Meeting]:
    found = []
    for i in range(rng.randint(0, 40)):
        date = rng.choice(_DATES)
        until = "2024-06-16" if date == "2024-06-14" and rng.random() < 0.3 else None
        found.append(Meeting(date, rng.choice(_AREAS), rng.choice(_ORGS), Span(i * 10, i * 10 + 5, i + rng.randint(0, 2)),
                             chairs=rng.sample(_CHAIRS, rng.choice([0, 0, 1, 1, 2])),
                             area_source=rng.choice(_SOURCES), weak=rng.random() < 0.15,
                             said_held=rng.random() < 0.5, until=until,
                             noun=rng.choice(_NOUNS)))
    for m in found:
        m.chair_spans = [m.span for _ in m.chairs]
    return found


def test_indexed_merge_is_the_merge_by_scans():
    rng = random.Random(11)
    merged = 0
    for _ in range(3000):
        found = _random_meetings(rng)
        a, b = _merge(copy.deepcopy(found)), _merge_by_scans(copy.deepcopy(found))
        assert a == b, found
        merged += len(found) - len(a)
    assert merged > 1000  # the random mentions do merge (the test reaches the merging branches)

"""Stage: meetings reported as held, with date, organiser body, area and chairs.

Planned meetings (``dự kiến``, ``sẽ``) are skipped; ``dự``, ``phát biểu`` and
``kết luận`` do not make a chair; a chair named only by title (``Bí thư Huyện
ủy chủ trì``) is the person holding that post in the same article.
"""
from __future__ import annotations

import re
from datetime import date as _date, timedelta as _timedelta
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import islice, takewhile

from . import gazetteer, lexicon
from .dates import DOCUMENT, DateMention, dates_a_document, find_dates
from .dates import resolve as resolve_date
from .areas import choose
from .document import Doc
from .model import Meeting, Post
from .grammar import fixed_names, phrase_end
from .posts import canonical_title, parse_title
from .text import key

NOUN = re.compile(
    r"(?<![\w])(hội nghị|cuộc họp|buổi họp|phiên họp|kỳ họp|đại hội|buổi làm việc|tiếp xúc (?:với )?cử tri|"
    r"giao ban|buổi đối thoại|(?:buổi |cuộc )?hội đàm|phiên giải trình|lễ công bố|lễ trao|buổi lễ|buổi công bố|(?<=tổ chức )công bố kết luận|buổi sinh hoạt chi bộ|(?<!nội dung )(?<!chất lượng )(?<!về )(?<!đổi mới )sinh hoạt chi bộ|buổi sinh hoạt|(?<=tổ chức )sinh hoạt|hội thảo|tọa đàm|phiên thảo luận|phiên thường kỳ|"
    r"(?<!ngày )làm việc (?:với|tại)(?=\s+(?:ban|thường trực|huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy|ubnd|ủy ban|hđnd|"
    r"đoàn công tác|lãnh đạo|các đoàn|xã|phường|huyện|thị xã|thị trấn|tỉnh|thành phố|quận|đặc khu|các xã|các huyện|"
    r"sở|các sở))|"
    r"(?<=chủ trì )làm việc|buổi giám sát|(?<=tổ chức )giám sát|"
    # "Đoàn giám sát của Ban Pháp chế HĐND huyện … đã giám sát việc … tại xã X": a supervision session at X
    r"(?:(?<=đã )|(?<=tiếp tục )|(?<=tiến hành ))giám sát(?=[^.;\n]{0,160}?(?<![\w])tại\s+(?:các\s+)?(?:xã|phường|thị trấn|huyện|"
    r"thị xã|quận|thành phố|đặc khu)\s)|họp)(?![\w])")
_HELD_WORDS = r"tổ chức|họp|tiến hành|khai mạc|bế mạc|diễn ra|làm việc|chủ trì|đã có|giao ban|tiếp xúc"
HELD = re.compile(rf"(?<![\w])({_HELD_WORDS})(?![\w])")
PLANNED = re.compile(r"(?<![\w])(dự kiến|sẽ|sắp (?:diễn ra|tổ chức|khai mạc)|(?:ngày|sáng|chiều|tối|trưa) mai|dự định|kế hoạch tổ chức|chuẩn bị (?:(?:và|để|cho)\s+)?(?:tổ chức|tiến hành)|tới đây|tiền đề|"
                     r"(?:để|nhằm)\s+(?:[^\s,.;]+\s+){0,4}?tổ chức thành công)(?![\w])")
CHAIR = re.compile(r"(?<![\w])(đồng chủ trì|chủ trì|chủ tọa)(?![\w])")
CHAIR_WORDS = ("chủ trì", "chủ tọa")  # one of them is in every CHAIR match (tests/test_speedups.py checks)
_WITH = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?phối hợp với\s+")  # (an aside between: "UBND xã A (tỉnh B) phối hợp với …")
_CONGRESS = re.compile(r"đại hội\s+(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ \S+\s+)?")
_TERM = re.compile(r"nhiệm kỳ\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})")
# (a council's session that elects the term's leaders is its first: "HĐND tỉnh …, nhiệm kỳ 2021 - 2026 họp để bầu các
# chức danh lãnh đạo HĐND, …")
_FIRST_SESSION = re.compile(r"(?<![\w])(?:(?:kỳ họp|phiên họp|hội nghị|họp phiên)\s+(?:lần\s+)?(?:thứ\s+)?(?:nhất|1|i)|"
                            r"bầu các chức danh(?: lãnh đạo| chủ chốt)?)(?![\w])(?! bổ sung)")
_NOT_FIRST = re.compile(r"(?<![\w])(?:kỳ họp|phiên họp|hội nghị)\s+(?:lần\s+)?thứ\s+(?!nhất|1(?!\d)|i(?![\w]))\w+")
_FIRST = re.compile(rf"(?<![\w])đại hội(?![\w])|{_FIRST_SESSION.pattern}")
_VERB_BETWEEN = re.compile(r"(?<![\w])(dự(?! khuyết| án)|tham dự|phát biểu|kết luận|báo cáo)(?![\w])")
_SITE_TAG = r"(?:[(\[][\w.]+[)\]]\s*[-–—]?\s*|[\w.]+\s*[-–—]\s*)?"  # a site's tag before the lede ("GLO- ", "(BDO) ")
_DAY_LEAD = re.compile(r"\s*(?:(?:[-–•*+▪●■◆►·]|\d{1,2}\s*[.)])\s*)?" + _SITE_TAG +
                       r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*)?"  # ("Thứ Sáu, ngày 12/4: …")
                       # (an hour first: "Khoảng 5 giờ 30 phút sáng 16-8, …")
                       r"(?:(?:khoảng|vào|lúc)\s+)?(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?"
                       r"(?:rạng sáng|sáng|chiều|tối|trưa|đêm|ngày)\s+(?:(?:nay|qua)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}")
_SAME_DAY = re.compile(r"(?<![\w])(?:cùng ngày|cùng sáng|cùng chiều|cùng thời điểm|cùng thời gian|cũng trong ngày|trong cùng ngày|ngay sau đó|"
                       r"ngay sau(?= (?:cuộc|hội nghị|phiên|buổi|kỳ họp|đại hội)))(?![\w])")
_COUNTED = re.compile(r"(?<![\w])(?:\d+|các|nhiều)\s+(?:đảng bộ|tổ chức cơ sở đảng)(?![\w])")
_AT_ONCE = re.compile(r"(?<![\w])(?:các|những|\d+|nhiều)\s+[^.;]{0,80}?(?<![\w])đồng loạt(?![\w])|"
                      # "Ngày 20/8/2025, thêm 3 đảng bộ cấp xã … tổ chức đại hội": a count of bodies that met that day
                      r"(?<![\w])(?:\d+|các|nhiều)\s+(?:đảng bộ|tổ chức cơ sở đảng)(?![\w])[^.;]{0,60}?"
                      r"(?<![\w])(?:tổ chức|tiến hành)\s+(?:thành công\s+)?(?:đại hội|hội nghị)")
_COUNCIL_VOTES = re.compile(r"(?<![\w])(?:hđnd|hội đồng nhân dân)(?![\w])[^.;:]{0,80}?lấy phiếu tín nhiệm")
_VOTE = re.compile(r"(lấy phiếu tín nhiệm)")
_SEVERAL = re.compile(r"(?<![\w])chủ trì\s+(?:các|những)\s+(?:buổi|cuộc|phiên|hội nghị)")
# "Ngày 16/6, … làm việc với hai huyện A và B. Buổi sáng, … chủ trì buổi làm việc với huyện A": the day just told
_DAY_OF = re.compile(r"(?<![\w])(?:lịch (?:làm việc|công tác)|một ngày làm việc|ngày làm việc)\s+(?:trong\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}")
_PART_OF_DAY = re.compile(r"\s*(?:[-–•*+▪●■◆►·]\s*)?(?:(?:vào\s+)?(?:buổi|đầu giờ|cuối giờ)\s+(?:sáng|chiều|tối|trưa)\s*,|"
                          # (or the hour: "7 giờ 30 phút, tại trụ sở Tỉnh ủy, …", "14 giờ, Bí thư Tỉnh ủy có buổi làm việc")
                          r"(?:đúng\s+|lúc\s+|từ\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,)")
_YESTERDAY = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa|hôm)\s+qua(?![\w])(?!\s*\()")
_TODAY = re.compile(r"(?<![\w])(?:sáng|chiều|tối|trưa|hôm)\s+nay(?![\w])(?!\s*\()")
_JUST_HELD = re.compile(r"(?<![\w])vừa\s+(?:tổ chức|họp|tiến hành)\s*$|(?<![\w])vừa\s+(?:tổ chức|tiến hành)\s+")
_RECENTLY = re.compile(r"\s*(?:vừa qua|mới đây|vừa rồi|ngày qua)\s*,")
_VENUE = re.compile(r"(trung tâm|cung|nhà|hội trường|phòng|khu)\s*$")
_GENITIVE_GAP = re.compile(r"\s*(?:(?:lần thứ \S+|lần \S+|thứ \S+|đại biểu|toàn quốc|thường kỳ|mở rộng|thường lệ|"
                           r"trực tuyến|chuyên đề|giao ban)\s*,?\s*)*")
_PASSIVE = re.compile(r"(?<![\w])do\s+")
# "12 hội nghị", "các đại hội": a summary of many (at most three digits: "nhiệm kỳ 2021 - 2026 họp" is one)
# (not a numbered unit's name: "Ban Thường vụ Quận ủy Quận 4 họp")
_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "nhật": 6}
# (a part of the day before it, or "vừa qua" after it: "Thứ hai, cho ý kiến …" alone is an enumeration's "secondly")
_WEEKDAY_LEAD = re.compile(r"\s*" + _SITE_TAG + r"(?:(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)"
                           r"(?:ngày\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:\s+(?:vừa qua|tuần qua|này))?|"
                           r"(?:ngày\s+)?(thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s+(?:vừa qua|tuần qua))\s*,")
_RECORD_DAY = re.compile(r"(?:^|\n)[ \t]*thời gian[ \t]*[:|][ \t]*")
_MANY = re.compile(r"(?<![\w/\-–.])(?<!quận )(?<!phường )(?<!quận ủy )(?:\d{1,3}|các|nhiều|những|hàng loạt|hai|ba|bốn|năm)\s+$")
_TALLY = re.compile(r"(?<![\w])(?:có|tổng số|cả|toàn bộ)\s+\d+\s*/\s*\d+\s+[^.;]{0,60}?(?<![\w])(?:hoàn thành|xong|đã tổ chức)"
                    r"(?![\w])|(?<![\w/])\d+\s*/\s*\d+\s+[^\W\d_][^.;,]{0,60}?(?<![\w])(?:hoàn thành|tổ chức xong)(?![\w])|"
                    # ("20/38 đảng bộ xã, phường trong tỉnh đã tổ chức xong đại hội")
                    r"(?<![\w/])\d+\s*/\s*\d+\s+(?:đảng bộ|chi bộ|tổ chức cơ sở|đơn vị|cơ sở|xã|phường|huyện)(?![\w])"
                    r"[^.;]{0,60}?(?<![\w])(?:hoàn thành|xong)(?![\w])|"
                    # ("Trong hai ngày 26 và 27-3, nhiều phường, xã của Thủ đô tổ chức kỳ họp thứ nhất", "HĐND các xã,
                    # phường trong tỉnh đồng loạt tổ chức kỳ họp": many units' meetings told at once, none of them)
                    r"(?<![\w])(?:nhiều|hầu hết|các|100%)\s+(?:phường|xã|thị trấn|huyện|đảng bộ)\s*,\s*(?:phường|xã|thị trấn)"
                    r"(?![\w])[^.;]{0,60}?(?<![\w])(?:đồng loạt\s+)?(?:tổ chức|họp|khai mạc)(?![\w])")
_MONTHLY = re.compile(r"(?:thường kỳ|lệ kỳ|định kỳ|giao ban)\s+tháng\s+(\d{1,2})\s*(?:/|năm)\s*((?:19|20)\d{2})")
# "Trong tháng 8/2020, Ban Chỉ đạo … đã tổ chức hội nghị": a meeting told by its month
_IN_MONTH = re.compile(r"(?<![\w])(?:trong|vào|hồi)\s+(?:(?:cuối|giữa|đầu)\s+)?tháng\s+(\d{1,2})"
                       r"\s*(?:/|năm)\s*((?:19|20)\d{2})\s*,")
_PAST_MONTH = re.compile(r"(?<![\w])(?:tổ chức|diễn ra|họp)\s+(?:vào\s+)?(?:(?:cuối|giữa|đầu)\s+)?tháng\s+(\d{1,2})\s+"
                         r"(?:vừa qua|vừa rồi|trước)(?![\w])")
_MANY_HELD = re.compile(r"(?<![\w])(?:các|những|\d+)\s+(?:đảng bộ|chi bộ|xã|phường|địa phương|đơn vị|cơ sở|huyện|ngành)(?![\w])")
_SAID_HELD = re.compile(r"(?<![\w])(?:khai mạc|bế mạc|diễn ra|đã tổ chức|tổ chức thành công|(?:đã\s+)?(?:đề ra|xác định)|"
                        r"(?:phát biểu|dự|tham dự|chỉ đạo) tại|"
                        # what a meeting did: "Tại kỳ họp …, các đại biểu đã bầu …", "Hội nghị … đã thông qua"
                        r"(?:đã|vừa)\s+(?:bầu|bầu bổ sung|thông qua|biểu quyết|hiệp thương|bỏ phiếu|bế mạc)|"
                        r"(?:hôm|sáng|chiều|tối)\s+nay)(?![\w])")  # ("Hôm nay, HĐND tỉnh X tổ chức họp kỳ thứ 13")
# a meeting the article speaks of as having taken place, though no sentence dates it: people came to it, spoke at it,
# it voted ("Dự Đại hội có các đồng chí …", "Đại hội có sự tham dự của …", "phát biểu chỉ đạo tại buổi làm việc",
# "Tại hội nghị, … đã tiến hành bỏ phiếu", "Đại hội đã bầu …")
_KINDS = r"(đại hội|hội nghị|kỳ họp|phiên họp|buổi làm việc|cuộc họp|buổi lễ|lễ công bố)"
_HELD_SHAPES = re.compile(
    rf"(?<![\w])(?:đến dự|về dự|tham dự|dự|phát biểu(?:\s+(?:chỉ đạo|khai mạc|bế mạc|kết luận))?\s+tại|"
    rf"chỉ đạo tại|kết luận tại)\s+{_KINDS}(?![\w])(?!\s+(?:sắp|tới|lần tới))"
    rf"|(?<![\w]){_KINDS}(?:\s+[^\W\d_]+){{0,8}}?\s+có sự tham dự"
    rf"|(?<![\w])(?:tại\s+)?{_KINDS},?\s+(?:[^.;:\n]{{0,120}}?\s)?(?:đã|vừa)\s+(?:tiến hành\s+)?(?:bầu|bỏ phiếu|"
    rf"thông qua|biểu quyết|hiệp thương|tập trung thảo luận)(?![\w])")


_ROUND_UP = re.compile(r"(?<![\w])(?:các|nhiều)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|đơn vị|địa phương|"
                       r"cơ sở|đảng bộ|chi bộ)(?![\w])|(?<![\w])cấp (?:huyện|xã|cơ sở)(?![\w])")


def _held_kinds(doc: Doc) -> frozenset[str]:
    """The kinds of meeting (``đại hội``, ``hội nghị`` …) the article says were held by those shapes, in
    sentences that plan nothing. A headline or caption naming such a meeting is then a held one."""
    kinds = set()
    if doc.lines and _ROUND_UP.search(doc.low, *doc.lines[0]):
        return frozenset()  # "HĐND các xã huyện X tổ chức kỳ họp thứ nhất": a round-up, its captions show examples
    for m in _HELD_SHAPES.finditer(doc.low):
        s0, s1 = doc.sentence_bounds(m.start())
        if not PLANNED.search(doc.low, s0, s1):
            kinds.add(next(g for g in m.groups() if g))
    return frozenset(kinds)


_REPORTED_AT = re.compile(r"(?<![\w])theo\s+(?:báo cáo|thông tin|số liệu)\s+(?:tại|trong)\s+$")  # what a report told there
_BEFORE_IT = re.compile(r"\s*(?:[(\[]?[\w.]+[)\]]?\s*[-–—]\s*)?(?:trước|chuẩn bị(?: cho)?)\s+")  # "Trước kỳ họp, các tổ đại biểu sẽ tiếp xúc cử tri": ahead
_SPORTS = re.compile(r"\s+(?:thể dục|thể thao|tdtt|tdtt\b|điền kinh)")
_GAMES = re.compile(r"(?<![\w])đại hội\s+(?:thể dục|thể thao|tdtt)(?![\w])")  # (and "Đại hội diễn ra …" after it names it)
_OWN_NAME = re.compile(r"\s+(?:đảng|đại biểu|hội|đoàn|lần|công đoàn|chi bộ|mặt trận|phụ nữ|nông dân|cựu chiến binh|thanh niên|"
                       r"cổ đông|xã viên|thi đua)")
_APPOINTMENT = re.compile(r"(?<![\w])lễ (?:công bố|trao)(?![\w])")
_CEREMONY = re.compile(r"(?<![\w])(?:buổi lễ|lễ)(?![\w])(?! (?:công bố|trao)(?![\w]))")
_TOWARDS = re.compile(r"(?<![\w])(?:tiến tới|hướng tới|chào mừng|kỷ niệm)\s+$")  # a meeting to
# come or celebrated ("Trước kỳ họp, các tổ đại biểu sẽ tiếp xúc cử tri": the session is ahead)
# (but "tiếp tục chương trình Kỳ họp thứ 17, HĐND tỉnh …", "trong chương trình Kỳ họp thứ 14, …": the session's agenda,
# going on that day)
_OF_DOCUMENT = re.compile(r"(?<![\w])(?:nghị quyết|chỉ thị|kết luận|văn kiện|báo cáo chính trị|"
                          r"(?<!tiếp tục )(?<!theo )(?<!làm việc )(?<!trong )chương trình|"
                          r"kế hoạch|quy chế|điều lệ|tinh thần)\s*$")
_MANY_LEVELS = re.compile(r"[^.;,\n]{0,40}?(?<![\w])(?:các cấp|cấp cơ sở|cơ sở|cấp xã|cấp huyện|cấp tỉnh)(?![\w])")
def _many_levels(low: str, at: int) -> bool:
    """Whether the meeting noun ending at `at` is said of many levels (``Đại hội Đảng bộ các cấp``) —
    not when another meeting noun comes first: ``Hội nghị tổng kết Đại hội Đảng bộ cấp huyện`` is one
    conference, whose name only mentions the congresses."""
    m = _MANY_LEVELS.match(low, at)
    return bool(m) and not NOUN.search(low, at, m.end())


_NATIONWIDE = re.compile(r"(?<![\w])(?:toàn quốc|cả nước)(?![\w])")


_PROPER_ONLY = {"department", "office", "steering", "ministry", "nation"}


# the body worked with, met or visited holds nothing ("phát biểu tại buổi làm việc với Ban Thường vụ Huyện ủy X"):
# it is the session's partner (`_partner`)
_SESSION_WITH = r"(?:làm việc|họp|gặp mặt|giao ban|tiếp xúc|đối thoại)\s+(?:với|tại)"
_WORKED_WITH = re.compile(rf"(?<![\w]){_SESSION_WITH}\s*$")
_NATIONWIDE_BODY = re.compile(r"(?<=toàn )quốc hội(?=\s+[^\W\d_])")


def _bodies(doc: Doc, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body phrases (``Ban Thường vụ Huyện ủy Can Lộc``) in the clause, outside posts and names."""
    lex = lexicon.load()
    out: list[tuple[int, int]] = []
    # "Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam": "toàn quốc" then a body, not the Quốc hội
    low = _NATIONWIDE_BODY.sub(lambda m: m.group(0).replace(" ", "\x00", 1), doc.low[:end]) if "toàn quốc" in \
        doc.low[start:end] else doc.low
    for m in lex.body_re.finditer(low, start, end):
        if m.start() > 0 and doc.low[m.start() - 1].isalnum():
            continue
        if any(t0 <= m.start() < t1 for t0, t1 in taken):
            continue
        role = lex.role_re.search(doc.low, max(start, m.start() - 30), m.start())
        if role and not doc.low[role.end():m.start()].strip():
            continue  # "Chủ tịch Ủy ban MTTQ tỉnh" (a title, even with no name after it) names no organiser
        if lex.bodies.get(" ".join(m.group(0).split())) in _PROPER_ONLY and not doc.text[m.start()].isupper():
            continue  # "trụ sở", "văn phòng" in lower case are places and rooms, not bodies
        if re.search(r"(?<![\w])tại\s+(?:(?:trụ sở|hội trường|văn phòng|phòng họp|nhà)\s*,?\s*)?$",
                     doc.low[max(start, m.start() - 40):m.start()]) and not doc.low.startswith("chi bộ", m.start()):
            # (but "dự sinh hoạt chi bộ … tại Chi bộ thôn Tri Lễ": the cell whose meeting it is)
            continue  # "tại Tỉnh ủy Bắc Giang", "tại Hội trường, Hội Nông dân tỉnh", "tại Nhà Quốc hội": a place
        if out and m.start() < out[-1][1]:
            continue
        if doc.low.startswith("chi bộ", m.start()) and re.search(r"sinh hoạt\s*$", doc.low[max(0, m.start() - 12):m.start()]):
            continue  # "sinh hoạt chi bộ định kỳ": the kind of meeting, not the cell holding it
        e, _ = phrase_end(doc, m.start(), end, doc.person_starts(), skip_to=m.end())
        while e > m.end() and doc.text[e - 1] in " -–":
            e -= 1
        both = _CENTRE_PAIR.match(doc.low, e) if doc.low.startswith("bộ chính trị", m.start()) and \
            _TEAM_OF.search(doc.low, max(0, m.start() - 40), m.start()) else None
        if both is not None and both.end() <= end:
            e = both.end()  # "Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư": one team of both (alone, two organisers)
        number = _GROUP_NUMBER.match(doc.low, e) if doc.low.startswith("tổ đại biểu", m.start()) else None
        if number is not None and number.end() <= end:
            e = number.end()  # "Tổ đại biểu HĐND tỉnh số 2", "… HĐND huyện đơn vị bầu cử số 4": which group
        out.append((m.start(), e))
    return out


_COUNCIL_SESSION = re.compile(r"(?:kỳ họp|phiên chất vấn|phiên họp chất vấn|phiên giải trình|phiên khai mạc|phiên bế mạc)(?![\w])")
_COUNCIL_BODY = re.compile(r"(?:hội đồng nhân dân|quốc hội)(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)"
                           r"(?: [^\W\d_]+){0,4})?(?: khóa [ivxlc\d]+)?")
_GROUP_NUMBER = re.compile(r"\s+(?:đơn vị bầu cử\s+)?số\s+\d{1,2}(?![\w])")
_ONLINE = re.compile(r"(?<![\w])(?:trực tuyến|truyền hình trực tuyến|họp trực tuyến|kết nối (?:trực tuyến|với các điểm cầu))(?![\w])")
_CENTRE_PAIR = re.compile(r"\s*,\s*ban bí thư(?:\s+trung ương(?:\s+đảng)?)?(?![\w])")


def _areas_listed(doc: Doc, body: tuple[int, int], end: int) -> list:
    """Extra areas listed after a body: ``... huyện Can Lộc, Hương Khê, thị xã Hồng Lĩnh``."""
    after = list(doc.areas_from(body[1], end))
    out, cursor = [], body[1]
    own = doc.areas_from(body[0], body[1])  # the body's own place, if it names one
    for a in after:
        gap = doc.low[cursor:a.start]
        if not re.fullmatch(r"\s*(?:,|và)?\s*(?:(?:huyện|thị xã|thành phố|tp\.?|quận|tỉnh|xã|phường)\s*)?", gap):
            break
        last = out[-1] if out else (own[-1] if own else None)
        if last is not None and _contains(a, last):
            break  # "xã Tân Lập, huyện Đồng Phú": the unit the last one lies in, not one more of the list
        out.append(a)
        cursor = a.end
    return out


_UNITS_BODY = re.compile(r"(?<![\w])(đảng bộ|hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|hội nông dân|hội liên hiệp phụ nữ|"
                         r"hội lhpn|hội cựu chiến binh|hội ccb|đoàn thanh niên|ủy ban mttq(?: việt nam)?|"
                         r"ủy ban mặt trận tổ quốc(?: việt nam)?|mttq)\s+(?:các|\d{1,2}|hai|ba|bốn|năm)\s+"
                         r"(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)\s*:?\s*")


_UNITS_FIRST = re.compile(r"(?<![\w])các\s+(xã|phường|thị trấn|huyện|quận|thị xã)\s+(?=[A-ZĐÀ-Ỹa-zđà-ỹ])")
_BODY_OF_KIND = re.compile(r"(?<![\w])(đảng bộ|hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|hội nông dân|hội cựu chiến binh|"
                           r"ủy ban mttq(?: việt nam)?|mặt trận tổ quốc(?: việt nam)?)\s+(xã|phường|thị trấn|huyện|quận|"
                           r"thị xã)(?![\w])")


def _units_of_a_body(doc: Doc, s0: int, noun_at: int) -> list[tuple[str, object]]:
    """"Đảng bộ các phường: Giảng Võ, Tây Hồ, Định Công đã tổ chức đại hội", "Hội Nông dân 3 xã A, B và C đồng
    loạt tổ chức Đại hội", "các xã A và B đã tổ chức thành công Đại hội Đảng bộ xã": one meeting of each unit's body
    (the list shares the level word). Before the meeting noun, the list's subject; a unit the gazetteer does not know
    at that level ends the list."""
    m = _UNITS_BODY.search(doc.low, s0, noun_at)
    held = HELD.search(doc.low, m.end(), noun_at + 1) if m else None
    if m is not None and held is not None:
        body, kind, written = m.group(1), m.group(2), doc.text[m.start(1):m.end(1)]
    else:
        # "các xã Đoan Hùng và Hạ Hòa … đã tổ chức thành công Đại hội Đảng bộ xã": the units first, the body after
        m = _UNITS_FIRST.search(doc.low, s0, noun_at)
        held = HELD.search(doc.low, m.end(), noun_at + 1) if m else None
        own = _BODY_OF_KIND.search(doc.low, noun_at, noun_at + 40) if held else None
        if own is None or own.group(2) != m.group(1):
            return []
        body, kind, written = own.group(1), own.group(2), doc.text[own.start(1):own.end(1)]
    stop = min([held.start()] + [i for i in (doc.low.find("(", m.end(), held.start()),) if i >= 0])
    gaz = gazetteer.load()
    title = {"đảng bộ": "Đảng bộ", "hđnd": "HĐND", "ubnd": "UBND"}.get(body, written[:1].upper() + written[1:])
    out = []
    # (the gazetteer finds communes only after their own level word: the names are read off the list)
    names = re.split(r"\s*(?:,|;|(?<![\w])và(?![\w]))\s*", doc.text[m.end():stop].strip(" ,.:"))
    for i, name in enumerate(names):
        words = name.split()
        # (the last item runs into the verb's adverbs: "... và Bum Nưa đồng loạt tổ chức")
        for n in range(len(words), 0 if i == len(names) - 1 else len(words) - 1, -1):
            unit = choose(doc, [u for u in gaz.lookup(" ".join(words[:n])) if u.kind == kind])
            if unit is not None:
                break
        else:
            break
        out.append((canonical_title(f"{title} {kind}"), unit))
    return out if len(out) >= 2 else []


def _contains(outer, inner) -> bool:
    """Whether some unit `outer` may name holds some unit `inner` may name."""
    gaz = gazetteer.load()
    # (or lies in what the outer unit became or was formed from: a ward of 2025 in "TP HCM" as the data of before name it)
    return any(gaz.related(u, o) for u in inner.units for o in outer.units if u is not o)


# "các nội dung UBND tỉnh trình", "trình HĐND tỉnh": who submits a report, or whom it goes to, holds nothing
# the verbs whose subject holds the meeting: the held verbs, and what a meeting does ("UBND tỉnh tiếp tục thảo luận
# các nội dung trình tại kỳ họp … HĐND tỉnh": the UBND's meeting, not the council's session)
_SUBJECT_VERB = re.compile(rf"(?<![\w])({_HELD_WORDS}|thảo luận|cho ý kiến|xem xét|(?<!đoàn )(?<!buổi )(?<!tra, )(?<!tra )giám sát)(?![\w])")
_PURPOSE = re.compile(r"(?<![\w])(?:để|nhằm|và)(?:\s+[^\s,.;]+){0,2}\s+$")
_SUBMITS = re.compile(r"\s*(?:đã\s+|vừa\s+)?(?:trình|(?:phát đi|ra|có)\s+thông cáo|cho biết|cho hay|thông tin)(?![\w])")
# (who submits a report, or who issues a press release about a meeting, did not hold it)
_TASKED = re.compile(r"(?<![\w])(?:giao|đề nghị|yêu cầu|phân công)(?:\s+cho)?\s*$")  # "giao Ban Quản lý X chủ trì, …": a task
_SUBMITTED_TO = re.compile(r"(?<![\w])trình(?:\s+lên)?\s*$")
_ISSUER = re.compile(DOCUMENT.pattern + r"\s+(?:số\s+)?[\w/.\-]*\d[\w/.\-]*[^,;.:]{0,12}?\s+của\s*$")


_ABBR_LEVEL = {"p": "phường", "tp": "thành phố", "tx": "thị xã", "q": "quận", "tt": "thị trấn", "h": "huyện"}
_ABBR_AT_END = re.compile(r"\s+(tp|tx|p|q|tt|h)\s*\.?\s*$")
_ABBR_BEFORE = re.compile(r"(?<![\w])(tp|tx|p|q|tt|h)\s*\.?\s*$")
_QUANTIFIER = re.compile(r"(?<![\w])(?:hai|ba|bốn|năm|các|nhiều|những)\s+(?=(?:tỉnh|huyện|xã|phường|thành phố|quận|thị xã|"
                         r"thị trấn)(?![\w]))")
_NEEDS_LEVEL = re.compile(r"(?<![\w])(?:đảng bộ|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|ủy ban mttq)$")


def _generic(doc: Doc, start: int, end: int) -> bool:
    """``các đảng bộ``, ``67/67 đảng bộ``, ``Đại hội đảng bộ các cấp``: party organisations in general (written in
    lower case, no place of their own), no body that held a meeting."""
    if not doc.low.startswith("đảng bộ", start) or doc.text[start].isupper():
        return False
    return not doc.areas_from(start, end) or bool(_MANY.search(doc.low[max(0, start - 12):start]))


def _title(doc: Doc, start: int, end: int):
    """`parse_title` of an organiser body, its name made whole: ``Thường vụ Tỉnh ủy`` is the Ban Thường vụ;
    ``Đảng bộ P.Châu Đốc`` / ``Đảng bộ TP Huế`` the Đảng bộ phường / thành phố (and the ward, not the old
    city, is the area); ``HĐND hai tỉnh`` / ``HĐND nhiều tỉnh`` the HĐND tỉnh of each."""
    title, level, area, role = parse_title(doc, start, end)
    if not title:
        return title, level, area, role
    short = key(title)
    head = re.match(r"(?:ban chấp hành|ban thường vụ)\s+(?=đảng bộ khối$|đảng ủy khối$)", short)
    if short in ("ban chấp hành", "tổ đại biểu") or head or short in ("đảng bộ khối", "đảng ủy khối"):
        # "... bầu ra Ban Chấp hành Đảng bộ huyện khóa mới; Ban Chấp hành đã tiến hành Hội nghị lần thứ nhất":
        # the committee the text has just named in full (or its headline: "Hội nghị Ban Chấp hành Đảng bộ phường
        # X\n\nTại hội nghị, ... Ban Chấp hành đã ..."); "Đảng bộ Khối" the bloc named before ("Đảng bộ Khối các cơ
        # quan tỉnh")
        rest = short[head.end():] if head else short
        # ("Tổ đại biểu số 5 HĐND tỉnh … tiếp xúc cử tri …; ngày 4/7, Tổ đại biểu đã tiếp xúc cử tri các xã …": the group
        # named before)
        lead = (short + " " if short in ("ban chấp hành", "tổ đại biểu") else rest + " ")
        named = [b for b in _bodies(doc, max(0, start - 1500), start, [])
                 if key(doc.low[b[0]:b[1]]).startswith(lead)]
        if named:
            whole = _title(doc, *named[-1])
            return (title[:head.end()] + whole[0] if head else whole[0]), whole[1], whole[2], whole[3]
    if short in ("ban chỉ đạo", "ban chỉ huy"):
        # "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh chủ trì cuộc họp Ban Chỉ đạo": the committee
        # named in full before (in a title too)
        named = [m for m in fixed_names().finditer(doc.low, max(0, start - 1500), start)
                 if m.group(0).startswith(short + " ")]
        if named:
            tail = re.match(r"\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?![\w])", doc.low[named[-1].end():])
            return _title(doc, named[-1].start(), named[-1].end() + (tail.end() if tail else 0))
    title = _QUANTIFIER.sub("", title)
    team = _TEAM_OF.search(doc.low, max(0, start - 40), start)
    if team:  # "Đoàn công tác của Ban Thường vụ Tỉnh ủy làm việc tại ...": the team holds the session
        title = doc.text[team.start()].upper() + doc.text[team.start() + 1:start] + title
    title = re.sub(r"\s+(?:khóa|nhiệm kỳ)\s+mới$|\s+mới$", "", title)  # "Ban Chấp hành (khóa) mới": the body
    if key(title).startswith("thường vụ "):
        title = "Ban " + title
    abbr = _ABBR_AT_END.search(key(title))
    if abbr:
        title = title[:abbr.start()].rstrip()
    if area is not None:
        # the abbreviation written right before the area's name: "P.Châu Đốc", "TP Huế", "TX. Hồng Lĩnh"
        named = next((a for a in reversed(doc.areas_from(start, end)) if a.end <= end), None)
        before = _ABBR_BEFORE.search(doc.low, max(start, named.start - 4), named.start) if named else None
        word = _ABBR_LEVEL.get((abbr or before).group(1)) if (abbr or before) else None
        if word and area.kind != word:
            same = [u for u in gazetteer.load().lookup(doc.text[named.start:named.end]) if u.kind == word]
            area = choose(doc, same) or area
        if _NEEDS_LEVEL.search(key(title)):
            title = f"{title} {'thành phố' if area.kind == 'thành phố trung ương' else area.kind}"
    elif abbr:
        title = f"{title} {_ABBR_LEVEL[abbr.group(1)]}"
    return title, level, area, role


_TEAM_OF = re.compile(r"(?<![\w])(?:đoàn|tổ)\s+(?:công tác|giám sát|khảo sát|kiểm tra(?:\s*,\s*giám sát)?)(?:\s+số\s+\d+)?"
                      r"\s+của\s+$")
_SHARED_HEAD = re.compile(r"(?:Tổ đại biểu|Đoàn đại biểu|Thường trực|Ban Thường trực)\s+", re.IGNORECASE)
_COUNCIL = re.compile(r"(?:hội đồng nhân dân|ủy ban mặt trận tổ quốc)")
_DEPUTIES_OF = re.compile(r"(?<![\w])(?:các\s+)?đại biểu quốc hội(?:\s+khóa\s+\S+)?\s+(?:đoàn|đơn vị)\s+"
                          r"(?:(?:tỉnh|thành phố|tp\.?)\s*)?")


def _deputies_of(doc: Doc, s0: int, s1: int) -> list[tuple[str, object]]:
    """"đại biểu Quốc hội khóa XV đoàn Nghệ An tiếp xúc cử tri", "các đại biểu Quốc hội đơn vị tỉnh Quảng Trị":
    the province's delegation of the National Assembly holds the meeting, in the province."""
    m = _DEPUTIES_OF.search(doc.low, s0, s1)
    if m and re.search(r"(?<![\w])với\s+$", doc.low[max(s0, m.start() - 6):m.start()]):
        return []  # "… tổ chức hội nghị tiếp xúc cử tri với đại biểu Quốc hội đơn vị tỉnh X": they are met, not hosts
    named = next(iter(doc.areas_from(m.end(), m.end() + 1)), None) if m else None
    unit = choose(doc, named.units, "province") if named else None
    if unit is None:
        return []
    return [(f"Đoàn đại biểu Quốc hội {'thành phố' if 'thành phố' in unit.kind else 'tỉnh'}", unit)]


# "Chiều 22/7, ngay sau phiên bế mạc, Ban Chấp hành ... họp phiên thứ nhất": what the clause is after is another
# meeting, its noun and its verb not this sentence's
_AFTER_CLAUSE = re.compile(r"(?<![\w])(?:ngay\s+)?sau\s+(?:khi\s+)?(?=[^,.;]{0,60}?(?:bế mạc|kết thúc|khai mạc|"
                           r"đại hội|hội nghị|kỳ họp|cuộc họp|phiên họp|buổi làm việc)[^,.;]{0,40},)[^,.;]*,")


def _in_after_clause(low: str, s0: int, at: int) -> bool:
    m = _AFTER_CLAUSE.search(low, s0, s0 + 160)  # (a clause that opens the sentence)
    return bool(m) and m.start() - s0 < 40 and m.start() <= at < m.end()


_BARE_DELEGATION = re.compile(r"(?:^|,\s*)(đoàn)\s+(?:đã\s+|tiếp tục\s+|cũng\s+)*(?:tiếp xúc|giám sát|làm việc)(?![\w])")


def _organizers(doc: Doc, s0: int, s1: int, noun_at: int, taken) -> list[tuple[str, object]]:
    """(organiser, area) pairs: the body before the held verb, else the body named after the noun."""
    delegation = _deputies_of(doc, s0, s1)
    if delegation:
        return delegation
    # "Quy định số 39-QĐ/VPTW của Văn phòng Trung ương": a document's issuer organises nothing here
    bodies = [b for b in _bodies(doc, s0, s1, taken) if not _ISSUER.search(doc.low, max(s0, b[0] - 60), b[0])
              and not _SUBMITS.match(doc.low, b[1]) and not _SUBMITTED_TO.search(doc.low, max(s0, b[0] - 16), b[0])
              and not _generic(doc, *b) and not _WORKED_WITH.search(doc.low, max(s0, b[0] - 24), b[0])
              and not _TASKED.search(doc.low, max(s0, b[0] - 16), b[0])]
    congress = _CONGRESS.match(doc.low, noun_at)
    unit = _unit_congress(doc, congress.end()) if congress else None
    if unit is not None:
        return [unit]  # "Đại hội đại biểu phường Vũng Tàu lần thứ I": the ward's party organisation's congress
    bare = _BARE_DELEGATION.search(doc.low, s0, min(s1, s0 + 60))
    if bare is not None and not any(b0 <= bare.start(1) < b1 for b0, b1 in bodies):
        # "Sáng 28/6, đoàn tiếp tục tiếp xúc cử tri …": the delegation of deputies the text named before
        named = [b for b in _bodies(doc, max(0, s0 - 3000), s0, [])
                 if key(lexicon.load().expand(doc.text[b[0]:b[1]])).startswith("đoàn đại biểu quốc hội ")]
        if named:
            title, _, area, _ = _title(doc, *named[-1])
            return [(title, area)]
    if not bodies:
        return []
    nouns = list(NOUN.finditer(doc.low, s0, s1))
    verb = next((v for v in _SUBJECT_VERB.finditer(doc.low, s0, s1)
                 if not re.search(r"dưới sự\s*$", doc.low[max(s0, v.start() - 10):v.start()])
                 and not any(n.start() < v.start() < n.end() for n in nouns)  # "họp" inside "kỳ họp"
                 and not _in_after_clause(doc.low, s0, v.start())
                 and not any(b0 < v.start() < b1 for b0, b1 in bodies)  # "tổ chức" in "Ban Tổ chức"
                 and not (HELD.fullmatch(v.group(0)) is None and _PURPOSE.search(
                     doc.low, max(s0, v.start() - 24), v.start()))), None)  # ("để nghe và cho ý kiến": a purpose)
    venue_noun = re.search(r"(?<![\w])tại\s*$", doc.low[max(s0, noun_at - 8):noun_at])  # "Tại kỳ họp thứ 14, HĐND tỉnh ..."
    # (a body right before the verb is its subject wherever the noun stands: "ngày làm việc thứ 5 của Kỳ họp thứ
    # 10, Quốc hội họp riêng về công tác nhân sự")
    before = [b for b in bodies if verb and b[1] <= verb.start() + 1 and (b[1] <= noun_at + 1 or venue_noun
                                                                           or re.fullmatch(r"\s*(?:đã\s+)?", doc.low[b[1]:verb.start()]))]
    # the subject of the verb is the body nearest to it, unless that one is a partner ("phối hợp với X")
    partners = re.compile(r"(?<![\w])(?:phối hợp với|cùng với)(?![\w])").search(doc.low, s0, verb.start() if verb else s1)
    main = [b for b in before if partners is None or b[0] < partners.start()]
    chosen = (main or before)[-1] if before else None
    if venue_noun and chosen is None:
        # "Tại kỳ họp bất thường, HĐND quận X đã bầu ...": the body the sentence goes on with
        comma = doc.low.find(",", noun_at, s1)
        after = [b for b in bodies if b[0] > noun_at and (comma < 0 or b[0] - comma < 30)]
        chosen = after[0] if after else None  # (the subject after "Tại kỳ họp ...,", not a genitive far on)
    if chosen is not None:
        # joint organisers written together before the verb: "Quân ủy Trung ương, Bộ Quốc phòng tổ chức"
        joint = [chosen]
        for b in reversed([b for b in (main or before) if b[1] <= chosen[0]]):
            if re.fullmatch(r"\s*(?:,|và|-|–)\s*|\s*gồm\s[^.;:]{0,80}?(?:,|\svà)\s*", doc.low[b[1]:joint[0][0]]):
                # (also "Tổ đại biểu HĐND tỉnh gồm ông A, Tổ đại biểu HĐND huyện gồm ông B tiếp xúc cử tri")
                joint.insert(0, b)
            else:
                break
        if len(joint) > 1:
            pairs = [(t, a) for t, _, a, _ in (_title(doc, *b) for b in joint)]
            head = _SHARED_HEAD.match(pairs[0][0] or "")
            if head:  # "Tổ đại biểu HĐND tỉnh, HĐND thành phố X": the head noun is shared
                pairs = [pairs[0]] + [(f"{head.group(0)}{t}" if t and not _SHARED_HEAD.match(t) and
                                       _COUNCIL.match(key(t)) else t, a) for t, a in pairs[1:]]
            return pairs
    for b in bodies:  # "... do Tỉnh ủy Quảng Trị tổ chức"
        p = _PASSIVE.search(doc.low, max(s0, b[0] - 4), b[0])
        if p is None or p.end() != b[0]:
            continue
        # (or "do X phối hợp với Y tổ chức": X, its partners added below)
        with_ = _WITH.match(doc.low, b[1])
        last = next((c for c in bodies if c[0] == with_.end()), b) if with_ else b
        if re.match(r"\s*(tổ chức|chủ trì)", doc.low[last[1]:]):
            chosen = b
            continue
        # "do Ban Chỉ đạo X và Ủy ban Quốc gia Y phối hợp tổ chức": each body joined before the verb
        chain = [b]
        while (nxt := next((c for c in bodies if c[0] > chain[-1][1]
                            and re.fullmatch(r"\s*(?:,|và)\s*", doc.low[chain[-1][1]:c[0]])), None)) is not None:
            chain.append(nxt)
        if len(chain) > 1 and re.match(r"\s*(?:cùng\s+)?phối hợp\s+(?:tổ chức|chủ trì)", doc.low[chain[-1][1]:]):
            return [(t, a) for t, _, a, _ in (_title(doc, *c) for c in chain)]
    congress = _CONGRESS.match(doc.low, noun_at)
    if chosen is None and congress:
        after = [b for b in bodies if b[0] >= congress.end() - 1 and b[0] - congress.end() < 5]
        chosen = after[0] if after else None
    working = NOUN.match(doc.low, noun_at)
    if chosen is None and not (working and "làm việc" in working.group(0)):  # (the body worked with holds nothing)
        noun_end = working.end() if working else noun_at
        gap = _GENITIVE_GAP.match(doc.low, noun_end)
        after = [b for b in bodies if b[0] == gap.end()]
        chosen = after[0] if after else None
    if chosen is None:
        # "Hội nghị tổng kết công tác năm 2020 của Ban Chỉ đạo 138 Chính phủ và Ban Chỉ đạo 389 quốc gia"
        # the noun phrase ends where a purpose or a topic opens ("để nghe ...", "nhằm ...", "với ...")
        np_end = re.compile(r"(?<![\w])(?:để|nhằm|với|về|tại)(?![\w])|[;.]").search(doc.low, noun_at + 1, s1)
        of = re.compile(r"(?<![\w])của\s+").search(doc.low, noun_at, min(np_end.start() if np_end else s1,
                                                                          noun_at + 160))
        if of and DOCUMENT.search(doc.low, noun_at, of.start()):
            of = None  # "... Nghị quyết số 154 của Chính phủ": the genitive is the document's
        after = [b for b in bodies if of and b[0] == of.end()]
        if after:
            out = [after[0]]
            for b in bodies:
                if b[0] > out[-1][1] and re.fullmatch(r"\s*(?:,|và)\s*", doc.low[out[-1][1]:b[0]]):
                    out.append(b)
            return [(t, a) for t, _, a, _ in (_title(doc, *b) for b in out)]
    if chosen is None and _COUNCIL_SESSION.match(doc.low, noun_at) and find_dates(doc.low, s0, noun_at):
        # "…, kỳ họp thường lệ cuối năm 2019, HĐND tỉnh khóa XIV dành thời gian cho phiên chất vấn": a council's session
        # is the council's, when the sentence (told with its day) names one council and no other body
        councils = [b for b in bodies if _COUNCIL_BODY.fullmatch(key(lexicon.load().expand(doc.text[b[0]:b[1]])))]
        if len(councils) == 1 and len({key(doc.text[b[0]:b[1]]) for b in bodies}) == 1:
            chosen = councils[0]
    if chosen is None and re.match(r"(?:buổi )?sinh hoạt", doc.low[noun_at:noun_at + 16]):
        # "dự sinh hoạt chi bộ định kỳ tháng 6 tại Chi bộ thôn Tri Lễ": the party cell whose meeting it is
        cells = [b for b in bodies if b[0] > noun_at and doc.text.startswith("Chi bộ ", b[0])]
        chosen = cells[0] if cells else None
    if chosen is None:
        return []
    title, level, area, _ = _title(doc, *chosen)
    pairs = [(title, area)]
    if area is not None:
        for extra in _areas_listed(doc, chosen, s1):
            unit = choose(doc, extra.units) or extra.units[0]
            # ("HĐND Thanh Hóa, Hải Phòng": Hải Phòng's council is a city's)
            kind = "thành phố" if unit.kind == "thành phố trung ương" else unit.kind
            level_word = re.search(r"\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$", title)
            own = title[:level_word.start(1)] + kind if level_word and unit.level == area.level else title
            pairs.append((own, unit))
    partner = _WITH.match(doc.low, chosen[1])
    if partner:
        more = [b for b in bodies if b[0] == partner.end()]
        # co-organisers are the bodies named right before the verb ("phối hợp với Sở Thông tin và Truyền thông, Hội
        # Nhà báo tỉnh tổ chức"), not a list of helpers ("UBND huyện, các cơ quan ...")
        for b in bodies:
            if more and b[0] > more[-1][1] and re.fullmatch(r"\s*(?:,|và)\s*", doc.low[more[-1][1]:b[0]]):
                more.append(b)
        if more and re.match(r"\s*(tổ chức|họp|tiến hành)", doc.low[more[-1][1]:]):
            for b in more:  # (one meeting, where its first organiser is: "UBND huyện X phối hợp với Bộ Chỉ huy BĐBP
                ptitle, _, parea, _ = _title(doc, *b)  # tỉnh tổ chức hội nghị" is the district's)
                pairs.append((ptitle, area or parea))
    return pairs


_NOTHING_AFTER = re.compile(r"\s*(?:\(|nhiệm kỳ|khóa|[.;,]|$)")  # no body's name after a congress noun
_UNIT_CONGRESS = re.compile(r"(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đặc khu)\s+")


def _unit_congress(doc: Doc, at: int) -> tuple[str, object] | None:
    """``Đại hội đại biểu phường X``, ``Đại hội huyện Y``: a unit's name right after the congress noun, no
    body between, is the congress of that unit's party organisation (``Đảng bộ phường``)."""
    m = _UNIT_CONGRESS.match(doc.low, at)
    if not m:
        return None
    named = doc.areas_from(m.end(), m.end() + 1)
    unit = choose(doc, named[0].units) if named else None
    return (f"Đảng bộ {m.group(1)}", unit) if unit is not None else None


# a congress named by the members of the body that holds it: "Đại hội đại biểu Phụ nữ huyện" is the Hội LHPN's
_MEMBERS_OF = {"phụ nữ": ("hội liên hiệp phụ nữ", "hội lhpn"), "nông dân": ("hội nông dân",),
               "cựu chiến binh": ("hội cựu chiến binh", "hội ccb"), "thanh niên": ("đoàn", "hội liên hiệp thanh niên")}


def _follows(doc: Doc, pos: int, title: str) -> bool:
    after, title = key(doc.low[pos:pos + len(title) + 40]), key(title)
    if after.startswith(title.split()[0]):
        return True
    return any(after.startswith(members) and title.startswith(bodies) for members, bodies in _MEMBERS_OF.items())


def _location(doc: Doc, s0: int, s1: int):
    """The area of a body the meeting is held at: ``tại Tỉnh ủy Phú Thọ đã diễn ra Hội nghị``."""
    lex = lexicon.load()
    for m in re.finditer(r"(?<![\w])tại\s+", doc.low[s0:s1]):
        b = lex.body_re.match(doc.low, s0 + m.end())
        if b:
            bodies = _bodies(doc, b.start(), s1, [])
            if bodies:
                return parse_title(doc, *bodies[0])[2]
    # "Chiều 30/6, phường Đồng Hới tổ chức Hội nghị công bố …": the unit itself the subject of the held verb
    lead = _DAY_LEAD.match(doc.low, s0)
    at = lead.end() if lead else s0
    m = re.compile(r"\s*,?\s*(?=(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)\s)").match(doc.low, at)
    if m:
        unit = next((a for a in doc.areas_from(m.end(), min(s1, m.end() + 40)) if a.hint), None)
        if unit is not None and HELD.match(doc.low, _after_spaces(doc.low, unit.end)):
            return choose(doc, unit.units)
    return None


def _after_spaces(low: str, i: int) -> int:
    while i < len(low) and low[i] in " ,":
        i += 1
    return i


_NAMED_FOR_A_DATE = re.compile(r"(hội trường|quảng trường|đường|phố|cầu|công viên|nhà văn hóa|trường|chiến thắng|"
                               r"cách mạng|ngày lễ|lễ|kỷ niệm|tết)\s*$")
_DEADLINE = re.compile(r"(?<![\w])(?:trước|chậm nhất(?:\s+là)?|hạn chót|thời hạn|(?:làm việc )?đến hết)\s+"
                       r"(?:(?:vào|là)\s+)?(?:ngày\s+)?$")  # (or the last day of a meeting: "làm việc đến hết ngày 22/7")
_OPENER = re.compile(r"\s*(?:[(\[]?[\w.]+[)\]]?\s*[-–—]\s*)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:nay\s*,?\s*\(?)?"
                     r"(?:hôm\s+)?(?:ngày\s+)?(?:mai\s*)?$")


_HELD_ON = re.compile(r"(?<![\w])(?:diễn ra|khai mạc|bế mạc)(?![\w])[^.;:]{0,40}$")


def _pick_date(dates: list[DateMention], noun_at: int, low: str, dateline=None, s0: int = 0,
               text: str | None = None) -> DateMention | None:
    """The meeting's date: the one that opens its sentence (``Sáng 14/6, ...``), else the date nearest
    to the meeting noun (before it, or just after: ``Hội nghị ... ngày 14/3``). Dates of documents,
    of the article's dateline, and dates that name a place (``Hội trường 2-9``) are not meeting dates."""
    best, dist = None, None
    usable = []
    for d in dates:
        if dateline and dateline[0] <= d.start < dateline[1]:
            continue  # the article's own dateline
        if d.end <= noun_at and dates_a_document(low, d.start, s0):
            continue  # "Nghị quyết 02 ... ngày 15/3/2016" dates a document
        if _NAMED_FOR_A_DATE.search(low[max(0, d.start - 16):d.start]) or _DEADLINE.search(low, max(0, d.start - 24), d.start):
            continue  # (nor is a deadline: "các đảng bộ còn lại hoàn thành trước ngày 20/8")
        if d.year is not None and _POSTED.match(low, d.end) and low[max(0, d.start - 2):d.start].strip() == "(" \
                and d.start - (low.rfind("\n", 0, d.start) + 1) < 150:
            continue  # "HĐND xã X họp chuyên đề (12/09/2023)" heading an item of a listing: the day it was posted
        if d.year is not None and _CLOSES_LINE.match(low, d.end) and _caps_line(low, d.start, text):
            continue  # "KỲ HỌP THỨ 4 HĐND HUYỆN X 19/07/2017": a headline in capitals and the day it was posted
        usable.append(d)
    for d in usable:
        if d.start <= noun_at and _OPENER.fullmatch(low[s0:d.start]):
            # "Chiều 12/7, sau 3 ngày làm việc (từ ngày 10 đến 12/7), Kỳ họp … bế mạc": the meeting ran over the range
            # the sentence gives, and is dated by its first day
            ran = next((r for r in usable if r.last == (d.day, d.month) and r is not d
                        and (r.year is None or d.year is None or r.year == d.year)), None)
            return ran or d
    for d in usable:
        gap = noun_at - d.end if d.end <= noun_at else d.start - noun_at
        if d.start > noun_at and gap > 90 and not (d.last and gap < 200 and _HELD_ON.search(low, noun_at, d.start)):
            continue  # (a long name, then "diễn ra trong 2 ngày (mùng 4 và mùng 5/8)" still dates it)
        if dist is None or gap < dist:
            best, dist = d, gap
    if best is not None:
        # ("Sau 3 ngày làm việc (từ ngày 15 đến 17-7), chiều 17-7, Đại hội … bế mạc": the range's first day)
        ran = next((r for r in usable if r.last == (best.day, best.month) and r is not best
                    and (r.year is None or best.year is None or r.year == best.year)), None)
        return ran or best
    return best


def _year_from_term(doc: Doc, s0: int, s1: int, d: DateMention, noun_at: int) -> DateMention:
    """A congress or a first session without a year falls in the first year of its term (a congress whose term the
    sentence gives, even when the article's own date is later: a report of 2017 on the congresses of 2015)."""
    if d.year is None and doc.date and _CONGRESS.match(doc.low, noun_at):
        term = _TERM.search(doc.low, s0, s1)
        if term and int(term.group(1)) < int(doc.date[:4]) < int(term.group(2)):  # (not the term that ends that year)
            return DateMention(d.start, d.end, d.day, d.month, int(term.group(1)), d.last)
    if d.year is not None or doc.date or any(c.kind == "period" for c in doc.year_clues):
        return d
    term = _TERM.search(doc.low, s0, s1)
    if term is None and (_CONGRESS.match(doc.low, noun_at) or _FIRST_SESSION.search(doc.low, s0, s1)):
        # the congress the article is about (and the first plenum of the committee it elected)
        term = _TERM.search(doc.low, 0, min(len(doc.low), 700))
    if term and (_FIRST.match(doc.low, noun_at) or _FIRST_SESSION.search(doc.low, s0, s1)) \
            and not _NOT_FIRST.search(doc.low, s0, s1):
        y0, y1 = int(term.group(1)), int(term.group(2))
        year = y0
        if (d.month, d.day) == (2, 29):
            year = next((y for y in range(y0, y1 + 1) if y % 4 == 0), y0)
        return DateMention(d.start, d.end, d.day, d.month, year, d.last)
    if term and (d.month, d.day) == (2, 29):
        y0, y1 = int(term.group(1)), int(term.group(2))
        leap = [y for y in range(y0, y1 + 1) if y % 4 == 0 and (y % 100 or y % 400 == 0)]
        if len(leap) == 1:
            return DateMention(d.start, d.end, d.day, d.month, leap[0], d.last)
    return d


_CHAIR_BOUNDARY = re.compile(
    r"(?<![\w])(dự(?! khuyết| án| kiến| thảo)|tham dự|phát biểu|kết luận|báo cáo|tổ chức|khai mạc|bế mạc|diễn ra|"
    r"làm việc|thăm|trao|tiếp|đến|chúc mừng|nhấn mạnh|yêu cầu|đề nghị|cho biết|thông qua|tiến hành|họp|"
    r"tại|sau khi|trước khi|trong đó)(?![\w])(?!(?:\s+[^\W\d_]+)?\s*(?:và|,)\s*(?:đồng\s+)?chủ trì)")
# the meeting the chairs chair, named after the verb ("chủ trì phiên khai mạc có các đồng chí: …")
_CHAIRED = (r"(?:hội nghị|cuộc họp|buổi họp|kỳ họp|phiên họp|buổi làm việc|đại hội|"
            r"phiên(?:\s+(?:khai mạc|bế mạc|trù bị|thảo luận|chất vấn|làm việc(?:\s+thứ\s+\w+)?|thứ\s+\w+))?)")
_LIST_AFTER = re.compile(rf"\s*(?:và\s+(?:điều hành|dự)\s+)?(?:{_CHAIRED}\s*)?"
                         r"(?:(?:tại|ở)\s+điểm cầu[^:.;\n]{0,40}?\s*)?"  # ("Chủ trì tại điểm cầu huyện: …")
                         r",?\s*(?:có|gồm|là|cùng(?:\s+với)?)?\s*(?:các\s+)?(?:đồng chí|ông,\s*bà|bà,\s*ông|ông|bà|vị)?\s*"
                         # ("… có các đồng chí trong Đoàn Chủ tịch: A, …", "… trong Thường trực Huyện ủy: A, Bí thư; …")
                         r"(?:(?:trong|thuộc)\s+(?:đoàn chủ tịch|(?:ban\s+)?thường trực[^:.;\n]{0,30}?|ban thường vụ[^:.;\n]{0,30}?)\s*)?"
                         # (a title the listed share: "Cùng chủ trì có các đồng chí Bí thư Trung ương Đoàn: A, B, C")
                         r"(?:(?:phó\s+|bí thư|ủy viên|thứ trưởng|trưởng|chủ tịch|giám đốc|bộ trưởng)[^:.;\n]{0,60})?:")
# the honorifics of the lexicon (a rank stands where "đồng chí" would: "... và Thiếu tá B, Chính trị viên Đồn Biên
# phòng ..."), but "đại biểu", which is also a seat ("và đại biểu Quốc hội")
_HONOR = lexicon.load().honorific_alternation("đại biểu")
# "chủ trì hội nghị có (đồng chí) A, …": a list of those who chair after the verb
_HAS_AFTER = re.compile(rf"\s*(?:{_CHAIRED}\s+)?(?:có|gồm)\s+(?=[^\W\d_])")
_AND_HONORIFIC = re.compile(rf"(?<![\w])và\s+{_HONOR}\s+")
_AND_THE_LISTED = re.compile(r"(?<![\w])và\s+các\s+(?:đồng chí\s+)?(?:phó\s+)?[^\W\d_][^:.;\n]{0,50}:\s*")
_UNDER = re.compile(r"(?<![\w])dưới sự\s*$")


def _chair_names(doc: Doc, lo: int, hi: int) -> list:
    """Persons named in low[lo:hi], read as one list: after the last verb, the list's own items."""
    before = doc.persons_in(lo, hi)
    # (searched to the text's end, so that the look-ahead sees "dự và chủ trì" past `hi`)
    verbs = [m for m in takewhile(lambda m: m.start() < hi, _CHAIR_BOUNDARY.finditer(doc.low, lo))
             if not any(p.span.start <= m.start() < p.span.end for p in before)
             and not doc.in_title(m.start())]
    if verbs:
        before = [p for p in before if p.span.start > verbs[-1].end()]
    return before


_LINE_ITEM = re.compile(rf"[ \t]*(?:[-–+•*]|\d{{1,2}}\s*[.)])?[ \t]*(?:{_HONOR}\s+)?")


def _listed_below(doc: Doc, at: int) -> list:
    """"Chủ trì hội nghị có các đồng chí:" then one line a person ("Lý Văn A – Phó Bí thư …;"): the person that
    opens each line, to the first line that opens with none (blank lines passed over)."""
    out = []
    for j in range(doc.line_index(at) + 1, min(len(doc.lines), doc.line_index(at) + 30)):
        l0, l1 = doc.lines[j]
        if not doc.low[l0:l1].strip():
            continue
        lead = _LINE_ITEM.match(doc.low, l0).end()
        first = doc.persons_in(lead, l1)
        if not first or first[0].span.start != lead:
            break
        out.append(first[0])
    return out


_NOT_CHAIRING = re.compile(r"\s*,?\s*(?:phối hợp|tham mưu|theo dõi|hướng dẫn|thực hiện|triển khai thực hiện|soạn thảo|đôn đốc|"
                           r"xây dựng (?:kế hoạch|đề án|dự thảo|phương án)|phiên tòa|phiên xử)(?![\w])")


_ELSEWHEN = re.compile(r"\s*(?:[-–•*+]\s*)?(?:tuần trước|tuần qua|tháng trước|năm ngoái|năm trước|hôm trước|mấy hôm trước|"
                       r"trước đó ít (?:ngày|hôm)|cách đây (?:ít|vài|mấy|\d+) (?:ngày|hôm|tuần|tháng))(?![\w])")
_CONTEXT_OF = re.compile(r"(?<![\w])(?:kết quả|sau|trước|chuẩn bị(?: cho)?|chương trình)\s+$")
_JOINTLY = re.compile(r"(?<![\w])phối hợp\s+(?:tổ chức|chủ trì)")
_NOUN_DAY = re.compile(r"\s*\(?\s*(?:vào\s+)?ngày\s+")
_THEN = re.compile(r"(?:,\s*(?:(?:sau đó|rồi|tiếp đó)\s+)?|\s+và\s+(?:(?:sau đó|rồi)\s+)?)(?:đã\s+)?(?:trực tiếp\s+)?$")


def _chairs(doc: Doc, s0: int, s1: int, posts: list[Post]) -> list[tuple[str, int, int]]:
    """Who is said to chair, in every shape: ``A, title; B, title chủ trì``, ``chủ trì hội nghị có các
    đồng chí: A, B``, ``dưới sự chủ trì của A``, ``do A và B đồng chủ trì``, ``Chủ trì hội nghị, đồng
    chí A``, and a chair named only by title (the article's holder of that post)."""
    out: list[tuple[str, int, int]] = []
    low = doc.low
    if all(low.find(w, s0, s1) < 0 for w in CHAIR_WORDS):
        return out  # (no CHAIR word in the sentence: no scan of it)
    before = s0  # (the end of the last chair word: "Hội nghị do A chủ trì; cùng đồng chủ trì có B": no "do" for B)
    for cm in CHAIR.finditer(low, s0, s1):
        c0, before = before, cm.end()
        if _NOT_CHAIRING.match(low, cm.end()):
            continue  # "Sở sẽ chủ trì, phối hợp với …": the lead agency of a task; "chủ tọa phiên tòa": a trial
        colon = low.rfind(":", s0, cm.start())
        if colon > 0 and re.search(r"các đồng chí\s*$|đồng chí\s*$", low[s0:colon]):
            c0 = max(c0, colon + 1)  # "Các đồng chí: A, ...; B, ... chủ trì hội nghị"
        by = list(re.finditer(r"(?<![\w])do(?![\w])", low[c0:cm.start()]))  # "Hội nghị do ... chủ trì"
        lo = c0 + by[-1].end() if by else c0
        named: list = []
        of = re.compile(r"(?:\s+điều hành)?\s+của(\s+(?:các\s+)?(?:đồng chí|ông|bà)?\s*:|"
                        # ("dưới sự chủ trì của Đoàn Chủ tịch gồm các đồng chí: A, …; B, …")
                        r"\s+đoàn chủ tịch(?:\s+đại hội)?\s+(?:gồm(?:\s+có)?|là)\s+(?:các\s+)?(?:đồng chí\s*)?:?)?").match(low, cm.end())
        if _UNDER.search(low, s0, cm.start()) and of:
            # "dưới sự chủ trì (điều hành) của Chủ tịch Quốc hội A (và B)", "... của các đồng chí: A - ...; B - ..."
            after = doc.persons_in(cm.end(), s1)
            named = after[:1]
            if of.group(1):
                stop = _CHAIR_BOUNDARY.search(low, of.end(), s1)
                named = [p for p in after if stop is None or p.span.start < stop.start()]
            elif len(after) > 1 and (re.fullmatch(r"[^,;.]*\s+và\s+[^,;.]*", low[after[0].span.end:after[1].span.start] + " ")
                                     or re.fullmatch(rf"[^;.]*\s+và\s+(?:{_HONOR}\s+)?",
                                                     low[after[0].span.end:after[1].span.start])):
                # ("… của các đồng chí A, Thành ủy viên, Bí thư Huyện ủy và B, Phó Bí thư …")
                named = after[:2]
        # "A … chủ trì hội nghị; cùng chủ trì có B, …": who chairs together with A is named after the verb
        # (but "…; B, Phó Bí thư … cùng chủ trì": B, before it)
        together = re.fullmatch(r"(?:.*[;,:])?\s*cùng\s+", low[max(s0, cm.start() - 12):cm.start()], re.S) \
            if re.search(r"(?<![\w])cùng\s+$", low[max(s0, cm.start() - 8):cm.start()]) else None
        if together and cm.start() - 12 < s0:
            together = re.fullmatch(r"\s*(?:[-–•*+]\s*)?cùng\s+", low[s0:cm.start()])
        if together and not (re.match(r"\s*(?:[\w\s]{0,30}?\s)?(?:có|là|gồm)(?![\w])|\s*:", low[cm.end():s1])
                             or doc.persons_in(cm.end(), min(s1, cm.end() + 30))) and \
                doc.persons_in(s0, cm.start()):
            together = None  # "… ông A - Bí thư Huyện ủy; ông B - … và già làng C, cùng chủ trì": the names before
        if not named and not together:
            named = _chair_names(doc, lo, cm.start())
        if not named and not together and _THEN.search(low, max(lo, cm.start() - 16), cm.start()):
            # "Phó Thủ tướng A và đoàn công tác đã kiểm tra …, sau đó chủ trì buổi làm việc": the sentence's subject,
            # named before its first verb
            first = next((v for v in _CHAIR_BOUNDARY.finditer(low, c0, cm.start()) if not doc.in_title(v.start())), None)
            named = [p for p in doc.persons_in(c0, cm.start()) if first is None or p.span.end <= first.start()][:1]
        if not named:
            listed = _LIST_AFTER.match(low, cm.end())
            gom = re.compile(r"(?<![\w])gồm(?![\w])").search(low, cm.end(), s1)
            if listed or gom:
                # "Chủ trì Hội nghị có các đồng chí: A - ...; B - ...; các Phó Chủ tịch ...: C, D"
                start = (listed or gom).end()
                stop = _CHAIR_BOUNDARY.search(low, start, s1)
                upto = stop.start() if stop else s1
                eol = low.find("\n", start, upto)
                if eol > 0 and low[start:eol].strip():
                    upto = eol  # (a label line's list ends with its line: "Chủ trì: A; B\nThành phần: C, D")
                named = doc.persons_in(start, upto)
                if not named and not low[start:s1].strip():
                    named = _listed_below(doc, start)
            elif not (by and lexicon.load().role_re.search(low, lo, cm.start())):
                # (not after "do <a title> chủ trì": the chair is that title's holder, named elsewhere)
                c1 = low.find(";", cm.end(), s1)
                c1 = s1 if c1 < 0 else c1
                after = doc.persons_in(cm.end(), c1)
                if after and low[cm.end():after[0].span.start].count(",") <= 2:
                    named = after[:1]
                    if _HAS_AFTER.match(low, cm.end()):
                        # "... có đồng chí A, Chủ tịch HĐND xã và đồng chí B, Phó Chủ tịch HĐND xã"
                        also = _AND_HONORIFIC.search(low, after[0].span.end, c1)
                        if also and len(after) > 1 and after[1].span.start == also.end():
                            named.append(after[1])
                        # "… có đồng chí A, Chủ tịch HĐND tỉnh và các Phó Chủ tịch HĐND tỉnh: B, C": the list after it
                        peers = _AND_THE_LISTED.search(low, after[0].span.end, c1)
                        if peers and not also:
                            stop = next((b for b in _CHAIR_BOUNDARY.finditer(low, peers.end(), c1)
                                         if not doc.in_title(b.start())), None)
                            named += [p for p in after[1:] if p.span.start >= peers.end()
                                      and (stop is None or p.span.start < stop.start())]
                        # "Chủ trì hội nghị có đồng chí A, Bí thư ...; đồng chí B, Phó Bí thư ...": the
                        # first name of each ;-item
                        stop = next((b for b in _CHAIR_BOUNDARY.finditer(low, c1, s1) if not doc.in_title(b.start())),
                                    None)  # ("Trưởng ban Tổ chức Tỉnh ủy": no verb)
                        end = stop.start() if stop else s1
                        while c1 < end:
                            nxt = low.find(";", c1 + 1, end)
                            nxt = end if nxt < 0 else nxt
                            item = doc.persons_in(c1 + 1, nxt)
                            lead = re.match(r"\s*(?:và\s+)?", low[c1 + 1:end]).end() + c1 + 1
                            if not item or not (re.match(rf"{_HONOR}\s", low[lead:item[0].span.start + 1])
                                                # ("...; Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy B")
                                                or lexicon.load().role_re.match(low, lead)):
                                break
                            named.append(item[0])
                            c1 = nxt
        if named:
            listed = _LIST_AFTER.match(low, cm.end())
            if listed and re.search(r"cùng", listed.group(0)):
                stop = _CHAIR_BOUNDARY.search(low, listed.end(), s1)
                named = named + doc.persons_in(listed.end(), stop.start() if stop else s1)
            out += [(p.name, p.span.start, p.span.end) for p in named]
            continue
        # a chair named by title only: the article's holder of that post
        lex = lexicon.load()
        roles = list(lex.role_re.finditer(low, lo, cm.start()))
        if roles:
            r = roles[0]
            title, _, area, _ = parse_title(doc, r.start(), cm.start())
            tkey = key(lex.expand(title))
            for post in posts:
                if key(lex.expand(post.title)) == tkey and (area is None or post.area is None
                                                          or post.area.code == area.code):
                    out.append((post.person, r.start(), cm.start()))
                    break
            else:
                # "Phó Thủ tướng chủ trì buổi làm việc": a role written bare, held by one person of the article
                # (named before it: a list's next item, "Thủ tướng chủ trì …" over its own report, is not this one's)
                holders = {post.person for post in posts if key(lex.expand(post.role)) == tkey
                           and post.span.start < r.start()} if tkey == key(lex.expand(r.group(0))) else set()
                if len(holders) == 1:
                    out.append((holders.pop(), r.start(), cm.start()))
    return out


_PARTNER = re.compile(rf"(?<![\w]){_SESSION_WITH}\s+")
_BETWEEN = re.compile(r"(?<![\w])(?:buổi |cuộc )?làm việc giữa\s+")


_PEOPLE = re.compile(r"(?:các\s+|đông đảo\s+)?(?:người dân|nhân dân|cử tri|bà con|doanh nghiệp|hộ dân|các hộ|thanh niên|"
                     r"hội viên|đoàn viên|công nhân|nông dân)(?![\w])")


def _partner(doc: Doc, s0: int, s1: int) -> list:
    """The areas of whom a working session is held with: ``chủ trì cuộc họp với BTV Thị ủy Kỳ Anh``,
    ``làm việc với xã Đức An và Đắk Song`` (each one a meeting)."""
    m = _PARTNER.search(doc.low, s0, s1)
    if not m:
        between = _BETWEEN.search(doc.low, s0, s1)
        if between is None:
            return []
        # "buổi làm việc giữa Thường trực Tỉnh ủy và Ban Thường vụ Thị ủy Bến Cát": held with the one below
        bodies = _bodies(doc, between.end(), s1, [])[:2]
        units = [parse_title(doc, *b)[2] for b in bodies]
        if len(units) == 2 and all(units) and units[0].code != units[1].code:
            gaz = gazetteer.load()
            lower = [u for u, other in (units, units[::-1]) if gaz.within(u, other)]
            return lower[:1]
        return []
    bodies = _bodies(doc, m.end(), s1, [])
    if bodies and bodies[0][0] - m.end() < 20:
        # "… làm việc với UBND huyện Tây Sơn và UBND huyện Hoài Ân": each body joined to the first, one session each
        joined = [bodies[0]]
        for b in bodies[1:]:
            if not re.fullmatch(r"\s*(?:,|và)\s*", doc.low[joined[-1][1]:b[0]]):
                break
            joined.append(b)
        areas = [parse_title(doc, *b)[2] for b in joined]
        areas = [a for i, a in enumerate(areas) if a is not None and all(o is None or o.code != a.code for o in areas[:i])]
        return areas
    return _units_from(doc, m.end())


def _units_from(doc: Doc, at: int) -> list:
    """The units named with their level word right after `at`, and the list that goes on from them: "xã Đức An và
    Đắk Song", "các xã: Sơn Dương, Bình Ca"."""
    near = [a for a in doc.areas_from(at, at + 25) if a.hint]
    if not near:
        return []
    out, cursor = [near[0]], near[0].end
    for a in doc.areas:  # "... xã Đức An và Đắk Song", "... các xã: Sơn Dương, Bình Ca"
        if a.start > cursor and re.fullmatch(r"\s*(?:,|và|;)\s*(?:(?:xã|phường|huyện|thị trấn|thị xã)\s+)?",
                                             doc.low[cursor:a.start]):
            out.append(a)
            cursor = a.end
    from . import gazetteer

    level = choose(doc, near[0].units)
    # a list after one level word shares it: "xã Đức An và Đắk Song" (the second is a commune too)
    units = [choose(doc, gazetteer.load().lookup(doc.text[a.start:a.end]) if i else a.units,
                    level.level if level else None) or choose(doc, a.units) for i, a in enumerate(out)]
    return [u for u in units if u is not None]


_BOARD = re.compile(r"(?<![\w])ban chỉ đạo(?![\w])")


def _board_named_back(doc: Doc, s1: int, org, area, how):
    """A steering committee written bare ("phiên họp thứ hai của Ban Chỉ đạo") is the one the text named in full before
    it, in a title or as a body ("Trưởng Ban Chỉ đạo Trung ương về phát triển khoa học …"): its name, and its unit."""
    if not org or key(org) != "ban chỉ đạo":
        return org, area, how
    starts = doc.person_starts()
    for m in reversed(list(_BOARD.finditer(doc.low, max(0, s1 - 2000), s1))):
        end, _ = phrase_end(doc, m.start(), min(len(doc.low), m.start() + 240), starts, skip_to=m.end())
        if end - m.end() > 3:
            title, _, unit, _ = parse_title(doc, m.start(), end)
            return title, unit, how
    return org, area, how


def _chairs_area(doc: Doc, chairs, posts_of: dict[str, list[Post]]):
    """A meeting with no organiser and no place named belongs where its chairs hold office: the area of
    their local posts, none for national leaders (``Thủ tướng chủ trì``), else the article's subject."""
    national = False
    for name, *_ in chairs:
        own = posts_of.get(name, [])
        areas = [p.area for p in own if p.level not in (None, "nation") and p.area is not None]
        # "Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy chủ trì" in a district's article: the post the article is about
        subject = {u.code: i for i, u in enumerate(doc.subject)}
        mine = sorted((a for a in areas if a.code in subject), key=lambda a: subject[a.code])
        local = mine[0] if mine else (areas[0] if areas else None)
        if local is not None:
            return local, "chairs"
        national = national or (bool(own) and all(p.level in (None, "nation") for p in own)
                                and any(p.level == "nation" for p in own))
    if national:
        return None, "chairs"
    if doc.national:
        return None, "centre"
    return (doc.subject[0] if doc.subject else None), "subject"


_DELEGATION = re.compile(r"(?:đoàn|tổ) (?:giám sát|công tác|kiểm tra|khảo sát)(?![\w])")
_AT = re.compile(r"(?<![\w])tại\s+(?=(?:các\s+)?(?:xã|phường|thị trấn|huyện|thị xã|quận|thành phố|đặc khu)\s)")
_POINT = re.compile(r"(?<![\w])(?:tại|ở)\s+(?:các\s+)?điểm cầu\s+(?:(?:của|tại)\s+)?")
# what may stand between "điểm cầu" and the unit's name: its level word, or the body whose hall it is
_POINT_GAP = re.compile(r"(?:(?:tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy|đảng ủy|ubnd|ủy ban nhân dân|hđnd|"
                        r"hội đồng nhân dân)\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)"
                        r"\s*)?")


def _point(doc: Doc, s0: int, s1: int, chairs, posts_of: dict[str, list[Post]]):
    """"Tại điểm cầu tỉnh Tuyên Quang, đồng chí A chủ trì", "Chủ trì tại điểm cầu Nghệ An có đồng chí A", "…; tại
    điểm cầu phường Quy Nhơn, đồng chí A chủ trì": the unit of the video-link point a local leader chaired, the last
    one named before the chair (not where a national leader chaired from: "Thủ tướng chủ trì tại điểm cầu Hà Nội")."""
    low = doc.low
    first = min(c0 for _, c0, _ in chairs)
    point = None
    for point in _POINT.finditer(low, s0, first):
        pass  # (the point said before the chair: "A chủ trì hội nghị tại điểm cầu phường X" is where the host sat)
    if point is None or _chairs_area(doc, chairs, posts_of) == (None, "chairs"):
        return None
    named = [a for a in doc.areas_from(point.end(), point.end() + 40)
             if _POINT_GAP.fullmatch(low, point.end(), a.start)]
    return choose(doc, named[0].units) if named else None
_SCHEDULE = re.compile(r"(?<![\w])(?:lịch công tác|lịch làm việc|chương trình công tác)(?:\s+(?:tuần|tháng))?(?![\w])")
_WILL_AFTER = re.compile(r"\s*(?:(?:này|lần này|tới|thứ\s+\w+)\s+)?(?:sẽ|dự kiến)\s")
_CLOSES_LINE = re.compile(r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?:\n|$)")


def _caps_heading(text: str, l0: int, l1: int) -> bool:
    """A line in capitals of three words or more, with no schedule word: a new section's heading."""
    line = text[l0:l1]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 3 and len(letters) >= 10 and not any(c.islower() for c in letters) \
        and not any(w in line.lower() for w in _SCHEDULE_WORDS) and not re.match(r"\s*thứ\s", line.lower())


def _caps_line(low: str, at: int, text: str | None) -> bool:
    """Whether the line around `at` is written in capitals (a headline), as far as `text` tells."""
    if text is None:
        return False
    l0 = low.rfind("\n", 0, at) + 1
    letters = [c for c in text[l0:at] if c.isalpha()]
    return len(letters) >= 12 and not any(c.islower() for c in letters)


_POSTED = re.compile(r"\s*\)[ \t]*(?:\n|$)")
_CLOCKED = re.compile(r"(?m)^[ \t]*(?:[-–•*+][ \t]*)?\d{1,2}[ \t]*(?:h|giờ)[ \t]*(?:\d{2})?[ \t]*:")
_SCHEDULE_WORDS = ("lịch công tác", "lịch làm việc", "chương trình công tác")  # (tests/test_speedups.py checks)


def meetings(doc: Doc) -> dict:
    """Held meetings of the article and their chairs."""
    found: list[Meeting] = []
    posts = [p for p in doc.posts if p.status != "former"]
    posts_of: dict[str, list[Post]] = {}
    for p in posts:
        posts_of.setdefault(p.person, []).append(p)
    # titles and names are no organisers; sorted, so that a sentence finds its own among them quickly
    taken = sorted(list(doc.titles) + [(p.span.start, p.span.end) for p in doc.persons])
    taken_starts = [t0 for t0, _ in taken]
    longest = max((t1 - t0 for t0, t1 in taken), default=0)
    low = doc.low
    last_date = None
    schedule = [m.start() for m in _SCHEDULE.finditer(low)] \
        if any(w in low for w in _SCHEDULE_WORDS) else []
    # (a page that is a schedule: its heading opens one of the first lines, under the site's menu)
    schedule_page = bool(schedule and any(l0 <= schedule[0] < l1 and schedule[0] - l0 < 20 and l1 - l0 < 90
                                          for l0, l1 in doc.lines[:6]))
    # (to the next heading in capitals: "TIN HOẠT ĐỘNG TUẦN QUA" opens the reports of what was held)
    schedule_end = next((l0 for l0, l1 in doc.lines if schedule and l0 > schedule[0] and _caps_heading(doc.text, l0, l1)),
                        len(low)) if schedule_page else len(low)
    # "- 07h30: Đ/c A chủ trì họp giao ban": the items of a schedule, their hour first (two or more of them)
    clocked = {m.start() for m in _CLOCKED.finditer(low)} if "h" in low or "giờ" in low else set()
    clocked = clocked if len(clocked) >= 2 else set()
    held_memo: list[frozenset[str]] = []  # (read only when a headline or a caption needs it)

    def held_elsewhere(kind: str) -> bool:
        if not held_memo:
            held_memo.append(_held_kinds(doc))
        return kind in held_memo[0]

    # a report laid out as a record, its day on a label line near the top ("Thời gian: 8h00, ngày 15/01/2018",
    # "Thời gian | Ngày 10 tháng 5 năm 2024"): the day of the meeting its lines report
    record = _RECORD_DAY.search(low, 0, min(len(low), 800)) if "thời gian" in low else None
    record_dates = find_dates(low, record.end(), low.find("\n", record.end()) % (len(low) + 1)) if record else []
    record_day = resolve_date(doc, record_dates[0]) if len(record_dates) == 1 else None
    told = None  # the day the article last opened a sentence with ("Sáng 15/5, … kiểm tra …"), meeting or not
    told_at = found_at = -1  # where it was told, and where the last meeting was reported
    at_once = None  # the day a round-up says many bodies met at once ("… đồng loạt tổ chức …")
    for s0, s1 in doc.sentences:
        day = _DAY_LEAD.match(low, s0)
        if day:
            lead = find_dates(low, s0, day.end())
            told, told_at = (resolve_date(doc, lead[0]), s0) if lead else (told, told_at)
        elif _DAY_OF.search(low, s0, s1) and not NOUN.search(low, s0, s1):
            # "Lịch làm việc ngày 22/4 của đồng chí A cho thấy …": the day a leader's day is told of
            lead = find_dates(low, s0, s1)
            told, told_at = (resolve_date(doc, lead[0]), s0) if len(lead) == 1 else (told, told_at)
        if schedule and ("|" in low[s0:s1] or (schedule_page and s0 < schedule_end)) and any(at < s0 for at in schedule):
            continue  # a row of a week's schedule ("LỊCH CÔNG TÁC TUẦN 23 … Thứ | Thời gian | Nội dung"): planned
            # (and every line of a page that is a schedule: "LỊCH LÀM VIỆC CỦA THƯỜNG TRỰC TỈNH ỦY\n- Sáng: …")
        if clocked and (line := doc.line_bounds(s0)) is not None and line[0] in clocked and s0 - line[0] < 12:
            continue  # (the item's first sentence: the line opens with its hour)
        noun = NOUN.search(low, s0, s1)
        while noun and (_VENUE.search(low[max(s0, noun.start() - 12):noun.start()])
                        or _in_after_clause(low, s0, noun.start())
                        or _OF_DOCUMENT.search(low, max(s0, noun.start() - 20), noun.start())
                        or _many_levels(low, noun.end())
                        or _MANY.search(low[max(s0, noun.start() - 12):noun.start()])
                        or _TOWARDS.search(low[max(s0, noun.start() - 14):noun.start()])
                        or _BEFORE_IT.fullmatch(low, s0, noun.start())
                        or _REPORTED_AT.search(low, max(s0, noun.start() - 30), noun.start())):
            # "Trung tâm Hội nghị quốc gia" is a place; "Nghị quyết Đại hội" a document;
            # "đại hội Đoàn cấp cơ sở", "Đại hội Đảng bộ các cấp", "12 hội nghị" a summary of many
            noun = NOUN.search(low, noun.end(), s1)
        if noun is not None and ((_SPORTS.match(low, noun.end()) or _OWN_NAME.match(low, noun.end()) is None
                                  and _GAMES.search(low)) if noun.group(0) == "đại hội" else
                                 noun.group(0) == "buổi lễ" and not _APPOINTMENT.search(low)):
            continue  # "Đại hội Thể dục thể thao" is a games; "buổi lễ" a ceremony, unless the article's is one of
            # announcing or handing over decisions (dev: "lễ công bố quyết định" is held as a meeting)
        if noun is None and "lấy phiếu tín nhiệm" in low[s0:s1]:
            # "HĐND TP Hải Phòng khóa XVI lấy phiếu tín nhiệm 30 chức danh": a council's vote of confidence is taken at
            # its session
            council = _COUNCIL_VOTES.search(low, s0, s1)
            noun = _VOTE.search(low, council.end() - len("lấy phiếu tín nhiệm"), s1) if council else None
            voter = council.start() if noun else None
        else:
            voter = None
        chairs = _chairs(doc, s0, s1, posts)
        if not noun and not chairs:
            continue
        if not noun and _CEREMONY.search(low, s0, s1):
            continue  # "… chủ trì Lễ mít tinh", "Buổi lễ diễn ra dưới sự chủ trì của …": a ceremony's host, no meeting
        noun_at = noun.start() if noun else s0
        anchor = noun_at if noun else CHAIR.search(low, s0, s1).start()
        found_dates = find_dates(low, s0, s1)
        dated = _pick_date(found_dates, anchor, low, doc.dateline, s0, doc.text)
        if noun and dated is not None and dated.start < noun_at:
            # "Chiều 15-2, thông tin từ Tỉnh ủy cho biết tại hội nghị ngày 14-2, Ban Thường vụ …": the day the noun
            # is given is the meeting's, the sentence's opening day the report's
            own = next((d for d in found_dates if d.start > noun.end() and _NOUN_DAY.fullmatch(low, noun.end(), d.start)),
                       None)
            dated = own or dated
        planned = PLANNED.search(low, s0, max(noun_at, dated.start if dated else noun_at)) or \
            (_WILL_AFTER.match(low, noun.end()) if noun else None)  # ("chiều 16/12 kỳ họp sẽ dành thời gian …")
        if planned and not chairs:
            continue
        if _TALLY.search(low, s0, noun_at):
            continue  # "có 67/67 đảng bộ đã hoàn thành việc tổ chức đại hội": a tally of many, no one meeting
        monthly = (_MONTHLY.search(low, noun_at, min(s1, noun_at + 60)) or (
            _IN_MONTH.search(low, max(s0, noun_at - 160), noun_at)
            if not _MANY_HELD.search(low, s0, noun_at) and not re.search(r"(?<![\w])từ\s+tháng", low[s0:noun_at]) else None)) \
            if noun else None
        until = None
        if dated:
            dated = _year_from_term(doc, s0, s1, dated, noun_at)
            date = resolve_date(doc, dated)
            if dated.last:
                until = _last_day(date, dated)
        elif monthly:
            date = f"{int(monthly.group(2)):04d}-{int(monthly.group(1)):02d}"  # "họp thường kỳ tháng 8/2020", "Trong tháng 8/2020, …"
        elif noun and doc.date and len(doc.date) == 10 and doc.date[:1].isdigit() and \
                (past := _PAST_MONTH.search(low, noun.end(), s1)) and 1 <= int(past.group(1)) <= 12:
            # "Hội nghị … do UBND tỉnh tổ chức vào tháng 10 vừa qua": that month of the article's year (or the year before)
            month, year = int(past.group(1)), int(doc.date[:4])
            date = f"{year if month <= int(doc.date[5:7]) else year - 1:04d}-{month:02d}"
        elif noun and doc.date and len(doc.date) == 10 and _TODAY.search(low, s0, noun_at):
            date = doc.date  # "Sáng nay, ..." in an article dated that day
        elif noun and doc.date and len(doc.date) == 10 and _YESTERDAY.search(low, s0, noun_at):
            date = (_date.fromisoformat(doc.date) - _timedelta(days=1)).isoformat()  # "Chiều qua, ..."
        elif noun and (last_date or told) and (_SAME_DAY.search(low, s0, noun_at) or _PART_OF_DAY.match(low, s0)):
            # "Chiều cùng ngày, ..." is the day of the meeting reported before (or of whatever the article last
            # dated: "Sáng 15/5, … đi kiểm tra …. Chiều cùng ngày, … chủ trì cuộc họp")
            date = told if told and told_at > found_at else (last_date or told)  # (the later of the two)
        elif (noun or chairs) and told and told_at > found_at and doc.line_bounds(told_at) == doc.line_bounds(s0):
            date = told  # "2. Ngày 16/7, Ban Pháp chế … giám sát …. Ông A … chủ trì buổi làm việc …": the item's day
            # (also a chair sentence with no meeting noun: "Chiều 5-9, Thường trực Tỉnh ủy tiếp đoàn …. Đồng chí A chủ
            # trì buổi tiếp.")
        elif noun and at_once and (chairs or not PLANNED.search(low, s0, s1)):
            date = at_once  # "Ngày 1-7-2025, các phường … đồng loạt tổ chức hội nghị …. Tại Quảng Ninh, Đảng ủy phường
            # Hạ Long tổ chức hội nghị …": each report of the round-up is of that day (if it names its body or place)
        elif (noun or chairs) and record_day:
            date = record_day  # (the record's "Thời gian:" line)
        elif noun and doc.date and len(doc.date) == 10 and doc.date_source in ("published", "dateline") and \
                (weekday := _WEEKDAY_LEAD.match(low, s0)) and not find_dates(low, s0, s1):
            # "Sáng thứ Ba, Thường trực Thành ủy … tổ chức giao ban" in an article of Thursday 5 June: that week's Tuesday,
            # the last one on or before the article's day
            day = _date.fromisoformat(doc.date)
            date = (day - _timedelta(days=(day.weekday() - _WEEKDAYS[(weekday.group(1) or weekday.group(2)).split()[-1]]) % 7)).isoformat()
        else:
            date = None
        once = bool(noun and date is not None and date == at_once and not dated)
        if dated and _AT_ONCE.search(low, s0, s1):
            at_once = date
        congress_done = noun and re.search(r"tổ chức thành công", low[s0:noun_at]) and _CONGRESS.match(low, noun_at)
        just_held = noun and (_JUST_HELD.search(low, s0, noun_at) or _RECENTLY.match(low, s0))
        weak = date is None and not chairs and not (congress_done or just_held)
        last_date = date or last_date
        claimed = [t for t in taken[bisect_left(taken_starts, s0 - longest):bisect_left(taken_starts, s1)]
                   if t[1] > s0] + [(c0, c1) for _, c0, c1 in chairs]
        listed = _units_of_a_body(doc, s0, noun_at) if noun else []
        entries = [(org, area, "listed") for org, area in listed] or \
            ([(org, area, "organizer") for org, area in _organizers(doc, s0, s1, noun_at, claimed)] if noun else [])
        entries = [_board_named_back(doc, s1, *e) for e in entries]
        if weak and not entries:
            continue  # a meeting named in passing, with nothing to add to a report of it
        if weak and _CONTEXT_OF.search(low, max(s0, noun_at - 24), noun_at):
            continue  # "… tiếp xúc cử tri, thông báo kết quả Kỳ họp thứ nhất, Quốc hội khóa XV": a session told of, not
            # this report's (its body is no organiser of the report)
        if date is None and not chairs and not weak:
            if congress_done:
                # "đã tổ chức thành công Đại hội Đảng bộ xã X": only the congress's own body counts
                # (a congress named with no body after it, "Hội CCB xã X vừa tổ chức thành công Đại hội đại
                # biểu lần thứ VII", is its subject's)
                congress = _CONGRESS.match(low, noun_at)
                if not _NOTHING_AFTER.match(low, congress.end()):
                    entries = [e for e in entries if e[0] and _follows(doc, congress.end(), e[0])]
            # "Huyện ủy X, Y vừa tổ chức Hội nghị ...": a recent meeting with no date, by the named bodies
            if not entries or not all(area is not None for _, area, _ in entries):
                continue
        nationwide = noun and _NATIONWIDE.search(low, noun_at, min(s1, noun_at + 60))
        if not entries and nationwide:
            entries = [(None, None, "centre")]  # "Hội nghị trực tuyến toàn quốc"
        if chairs and not entries and "điểm cầu" in low[s0:s1]:
            # the meeting held at a video-link point, its own
            unit = _point(doc, s0, s1, chairs, posts_of)
            entries = [(None, unit, "point")] if unit is not None else []
        if voter is not None and not any(org for org, _, _ in entries):
            body = next((b for b in _bodies(doc, voter, noun_at, []) if b[0] == voter), None)
            if body is not None:  # (the council that votes holds the session)
                org, _, area, _ = _title(doc, *body)
                entries = [(org, area, "organizer")] if area is not None else entries
        if not entries:
            at = _location(doc, s0, s1)
            if at is not None:
                entries = [(None, at, "place")]
            else:
                entries = [(None, area, "partner") for area in _partner(doc, s0, s1)]
        if not entries:
            entries = [(None, *_chairs_area(doc, chairs, posts_of))]
        elif len(entries) == 1 and entries[0][2] == "organizer" and _PARTNER.search(low, s0, s1):
            # "Bộ Chính trị làm việc với Ban Thường vụ Thành ủy Cần Thơ": a working session is where it is held,
            # the partner's unit, when the visitor's is the nation's or one above it
            org, area, _ = entries[0]
            with_at = _PARTNER.search(low, s0, s1)
            partner = _partner(doc, s0, s1)
            named = {u.code for a in doc.areas_from(with_at.end(), s1) for u in a.units}
            people = _PEOPLE.match(low, with_at.end())  # "đối thoại với người dân xã X": the host's, as voters'
            # (a partner written bare, "làm việc với UBND tỉnh", is the article's own unit: a visitor from the centre
            # works where it is received)
            if len(partner) > 1 and _ONLINE.search(low, s0, s1):
                partner = []  # "họp trực tuyến với TP Đà Nẵng và các tỉnh Quảng Nam, Quảng Ngãi": one meeting, the host's
            if not people and partner and all((area is None or (
                    p.code in named and area.code != p.code and gazetteer.load().within(p, area))) for p in partner):
                entries = [(org, p, "partner") for p in partner]  # (each partner one session: "làm việc với UBND
                # huyện A và UBND huyện B")
        if len(entries) == 1 and entries[0][0] and _DELEGATION.match(key(entries[0][0])):
            # "Đoàn giám sát của Ban Pháp chế HĐND huyện … đã giám sát … tại xã Kim Liên": a delegation's session is
            # where it goes, below its own body's unit (each place one session)
            org, home, _ = entries[0]
            at = _AT.search(low, s0, s1)
            places = _units_from(doc, at.end()) if at else []
            places = [u for u in places if home is None or (u.code != home.code and gazetteer.load().within(u, home))]
            if places:
                entries = [(org, u, "partner") for u in places]
        if once and all(source in ("subject", "chairs") for _, _, source in entries):
            date = None  # (a sentence of the round-up that names neither its body nor its place: as before)
            weak = not chairs and not (congress_done or just_held)
        if dated and not chairs and at_once == date and _COUNTED.search(low, s0, s1) \
                and all(source == "subject" for _, _, source in entries):
            continue  # the round-up's lede, "thêm 3 đảng bộ cấp xã … tổ chức đại hội": a summary of many
        said_held = bool(weak and noun and (_SAID_HELD.search(low, s0, s1) or held_elsewhere(noun.group(1)))
                         and not PLANNED.search(low, s0, s1))
        for org, area, source in entries:
            meeting = Meeting(date, area, org, doc.span(s0, s1), area_source=source, weak=weak, said_held=said_held,
                              until=until, noun=noun.group(1) if noun else None,
                              several=bool(chairs and _SEVERAL.search(low, s0, s1)),
                              joint=len(entries) > 1 and bool(_JOINTLY.search(low, s0, s1)),
                              apart=date is None and bool(_ELSEWHEN.match(low, s0)))
            for name, c0, c1 in chairs:
                if name not in meeting.chairs:
                    meeting.chairs.append(name)
                    meeting.chair_spans.append(doc.span(c0, c1))
            found.append(meeting)
            found_at = s0
    merged = _merge(_months_joined(found))
    _first_plenum(doc, merged)
    _participants(doc, merged)
    return {"meetings": tuple(merged)}


_PLENUM = re.compile(r"(?<![\w])(?:hội nghị|phiên họp|kỳ họp|phiên|họp phiên)\s+(?:lần\s+)?(?:thứ\s+)?(?:nhất|1|i|đầu tiên)(?![\w])")
_EXECUTIVE = re.compile(r"(?<![\w])(?:ban chấp hành|bch)(?![\w])")
_SECRETARY_ELECTED = re.compile(r"(?<![\w])(?:bầu|tái đắc cử|đắc cử|tái cử|trúng cử)(?![\w])[^.;]{0,40}?(?<![\w])bí thư")


def _first_plenum(doc: Doc, meetings: list[Meeting]) -> None:
    """The new Ban Chấp hành's first plenum, held on the congress's day (``Ban Chấp hành khóa mới đã họp phiên
    đầu tiên``, ``Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ huyện ... đã bầu``): the congress gets
    the organiser ``Ban Chấp hành Đảng bộ <level>`` too."""
    congresses = [m for m in meetings if m.date and m.organizer and key(m.organizer).startswith("đảng bộ ")]
    if not congresses:
        return
    for idx, (s0, s1) in enumerate(doc.sentences):
        plenum = _PLENUM.search(doc.low, s0, s1)
        if not plenum or not (_EXECUTIVE.search(doc.low, s0, s1) or _SECRETARY_ELECTED.search(doc.low, s0, s1)) \
                or PLANNED.search(doc.low, s0, s1):
            continue
        own = [d for d in find_dates(doc.low, s0, s1) if not dates_a_document(doc.low, d.start, s0)]
        before = [m for m in congresses if m.span.sentence <= idx]
        congress = before[-1] if before else congresses[0]
        title = "Ban Chấp hành " + congress.organizer
        if not _EXECUTIVE.search(doc.low, s0, s1) and not (own and resolve_date(doc, own[0]) != congress.date):
            continue  # (a plenum said only to elect a secretary, on the congress's day: the congress's report)
        if own and resolve_date(doc, own[0]) != congress.date:
            # a plenum on a day of its own ("Tại Hội nghị lần thứ nhất ngày 25/6, đồng chí A tái đắc cử Bí thư
            # Huyện ủy"): the committee the congress elected holds it
            day = resolve_date(doc, own[0])
            for m in meetings:
                if m.date == day and not m.organizer and _code(m) == _code(congress) and m.span.sentence == idx:
                    m.organizer = title
            continue
        if any(m.organizer == title and m.date == congress.date and _code(m) == _code(congress) for m in meetings):
            continue
        meetings.append(Meeting(congress.date, congress.area, title, doc.span(s0, s1),
                                area_source=congress.area_source))


_ATTEND = re.compile(r"(?<![\w])(dự(?! khuyết| án| kiến| thảo)|tham dự|cùng dự|đến dự)(?![\w])")
_ATTEND_WORD = "dự"  # in every _ATTEND match (tests/test_speedups.py checks)
_SPEAK = re.compile(r"(?<![\w])(phát biểu|kết luận|báo cáo|trình bày|nhấn mạnh|đề nghị|yêu cầu)(?![\w])")


def _participants(doc: Doc, meetings: list[Meeting]) -> None:
    """Persons said to attend or speak, in the sentences from a meeting's report to the next one's."""
    if not meetings:
        return
    starts = sorted({m.span.sentence for m in meetings})
    for m in meetings:
        later = bisect_right(starts, m.span.sentence)
        last = starts[later] if later < len(starts) else len(doc.sentences)
        for idx in range(m.span.sentence, last):
            s0, s1 = doc.sentences[idx]
            attend = _ATTEND.search(doc.low, s0, s1) if doc.low.find(_ATTEND_WORD, s0, s1) >= 0 else None
            speak = _SPEAK.search(doc.low, s0, s1)
            if not (attend or speak):
                continue
            for p in doc.persons_in(s0, s1):
                if p.name in m.chairs:
                    continue
                role = m.speakers if speak and not attend else m.attendees
                if p.name not in [n for n, _ in m.attendees + m.speakers]:
                    role.append((p.name, p.span))


def _code(m: Meeting):
    return m.area.code if m.area else None


def _one_congress(meetings: list[Meeting]) -> list[Meeting]:
    """A congress reported day by day ("chiều 19/7, Đại hội đã tiến hành phiên trù bị", "Sáng 20/7, Đại hội …
    khai mạc") is one meeting, dated by its first day: mentions named by "đại hội" in one place, days apart by
    three at most, their organisers the same or unknown."""
    congresses = sorted((m for m in meetings if m.noun == "đại hội" and m.date and len(m.date) == 10
                         and not m.date.startswith("--")), key=lambda m: m.date)
    gone: set[int] = set()
    for i, first in enumerate(congresses):
        if id(first) in gone:
            continue
        for later in congresses[i + 1:]:
            if id(later) in gone or _code(later) != _code(first) or not (
                    first.organizer == later.organizer or not first.organizer or not later.organizer):
                continue
            if (_date.fromisoformat(later.date) - _date.fromisoformat(first.date)).days <= 3:
                _absorb(first, later)
                first.organizer = first.organizer or later.organizer
                gone.add(id(later))
    return [m for m in meetings if id(m) not in gone]


def _absorb(target: Meeting, m: Meeting) -> None:
    if target.area_source == "subject" and m.area_source != "subject":
        target.area, target.area_source = m.area, m.area_source  # a guess gives way to what the text says
    target.organizer = target.organizer or m.organizer
    for name, span in zip(m.chairs, m.chair_spans):
        if name not in target.chairs:
            target.chairs.append(name)
            target.chair_spans.append(span)


def _last_day(date: str, d: DateMention) -> str:
    """The last day of a range of days in the form of its first day's `date`."""
    day, month = d.last
    if date.startswith("--"):
        return f"--{month:02d}-{day:02d}"
    year = int(date[:4]) + (1 if month < d.month else 0)
    return f"{year:04d}-{month:02d}-{day:02d}"


# a round of sessions held place by place over days ("Trong 2 ngày 9 - 10/8, Đoàn ĐBQH tỉnh tổ chức tiếp xúc cử tri tại
# huyện A và thị xã B", the delegation's unit its area): each day's own report is a session of its own, not the first
# day's (a round told by its hosts, "làm việc với UBND huyện A và UBND huyện B", is one session each already)
_ROUND = re.compile(r"tiếp xúc|buổi giám sát|giám sát|làm việc")


def _within(o: Meeting, m: Meeting) -> bool:
    """Whether `m` is dated on a day of the range of days `o` is said to run over."""
    if not (o.until and o.date and m.date and len(o.date) == len(o.until)):
        return False
    first, last, day = o.date, o.until, m.date
    if day.startswith("--") and not first.startswith("--"):
        first, last, day = first[4:], last[4:], day[1:]  # the year of "Sáng 16/10" not given: the days still fall in
    return len(day) == len(first) and first < day <= last


def _merge(found: list[Meeting]) -> list[Meeting]:
    """One meeting per event. Mentions with the same date, area and (compatible) organiser are one;
    then an undated mention — a headline, a caption, a chair sentence — joins the dated report of
    the same event (same area and organiser, or a chair in common), else the meeting reported just
    before it. A weak mention (a headline naming a meeting, with no date and no chair) only adds its
    organiser to a report it fits; an undated mention with neither organiser nor chair is dropped."""
    strong = _anaphors_joined(found)
    keyed: list[Meeting] = []
    by_area: dict[object, list[Meeting]] = {}  # (the same area is asked first: long articles were quadratic)
    # within an area, only those of m's date or with a range of days can match: looked up by date, the
    # first in the area's order wins as before (a superset of candidates, each checked in full)
    by_day: dict[tuple, list[int]] = {}
    ranged: dict[object, list[int]] = {}
    for m in strong:
        if m.date is None and m.chairs and not m.organizer:
            keyed.append(m)  # a chair sentence with no date belongs to the report just before it: kept apart
            continue
        # "Đại hội ... từ ngày 15-17/10" then "Sáng 16/10, Đại hội ... khai mạc": one congress, on its first day
        # (not a conference held during a congress: "Đại hội ... từ 19 đến 23/1" then "Tại Hội nghị lần thứ nhất sáng
        # 23/1, Ban Chấp hành Trung ương ... đã bầu Bộ Chính trị")
        area = by_area.get(_code(m), ())
        candidates = sorted({*by_day.get((_code(m), m.date), ()), *ranged.get(_code(m), ())})
        target = next((o for o in (area[i] for i in candidates) if (o.date == m.date or _within(o, m) and not (
                           o.noun == "đại hội" and m.noun == "hội nghị") and not (
                           _ROUND.match(o.noun or "") and o.area_source not in ("partner", "place"))) and
                       (o.organizer == m.organizer or not o.organizer or not m.organizer)), None)
        if target is None:
            keyed.append(m)
            by_area.setdefault(_code(m), []).append(m)
            at = len(by_area[_code(m)]) - 1
            by_day.setdefault((_code(m), m.date), []).append(at)
            if m.until:
                ranged.setdefault(_code(m), []).append(at)
        else:
            if _own_day(target, m, keyed):
                target.date, target.until, target.area_source = m.date, m.until, m.area_source
                at = next(i for i, o in enumerate(area) if o is target)
                by_day.setdefault((_code(m), target.date), []).append(at)
                if target.until:
                    ranged.setdefault(_code(m), []).append(at)
            _absorb(target, m)
    dated = sorted((o for o in keyed if o.date), key=lambda o: o.span.start)
    dated_starts = [o.span.start for o in dated]
    # where each chair of a dated report is (chairs only grow), so that a mention with no organiser
    # finds the first report sharing a chair without testing every report (long articles were quadratic)
    dated_at = {id(o): i for i, o in enumerate(dated)}
    chaired: dict[str, set[int]] = {}
    for i, o in enumerate(dated):
        for name in o.chairs:
            chaired.setdefault(name, set()).add(i)

    def absorb(target: Meeting, m: Meeting) -> None:
        _absorb(target, m)
        if id(target) in dated_at:
            for name in target.chairs:
                chaired.setdefault(name, set()).add(dated_at[id(target)])

    out: list[Meeting] = []
    for m in keyed:
        if m.date is not None or (m.apart and (m.organizer or m.chairs)):
            out.append(m)  # (also one told at another time: "Tuần trước, Ban Thường vụ Huyện ủy đã họp …, A chủ trì")
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
                absorb(reports[0], m)
                for o in reports[1:]:
                    _add_chairs(o, m)
                continue
        if m.organizer:
            fits = [o for o in dated if _fits(o, m)]
            shared = [o for o in fits if set(o.chairs) & set(m.chairs)]
            same_org = [o for o in fits if m.organizer and o.organizer == m.organizer]
        else:  # the same answers, from the chairs' index and the first two reports that fit
            near = sorted({i for name in m.chairs for i in chaired.get(name, ())})
            shared = [o for o in (dated[i] for i in near) if _fits(o, m)][:1]
            same_org = []
            fits = [] if shared else list(islice((o for o in dated if _fits(o, m)), 2))
        target = (shared or same_org or [None])[0]
        if target is None and len(fits) == 1 and (len(dated) == 1 or not m.organizer):
            target = fits[0]
        if target is None and m.chairs and (out or dated):
            earlier = next((o for o in reversed(out) if o.span.start <= m.span.start), None)
            target = earlier if earlier is not None else (out or dated)[0]
        if target is None and m.organizer is None and (out or dated):
            continue
        if target is None:
            out.append(m)
        else:
            absorb(target, m)
    return _finished(out, found)


_MONTH = re.compile(r"\d{4}-\d{2}")


def _months_joined(meetings: list[Meeting]) -> list[Meeting]:
    """A mention dated by its month only ("UBND tỉnh họp phiên thường kỳ tháng 8 năm 2023", a headline) is the report
    of that month's meeting dated to the day ("Chiều 29/8, UBND tỉnh họp …"), of the same unit and organiser."""
    out = []
    for m in meetings:
        if m.date and _MONTH.fullmatch(m.date) and m.span.start < 250:  # (a headline's or a lede's: "Trong tháng 12, Thường
            # trực HĐND … tổ chức kỳ họp thứ 9" further on is a meeting of its own)
            y, mo = int(m.date[:4]), int(m.date[5:7])
            after = f"{y + mo // 12:04d}-{mo % 12 + 1:02d}-"  # ("phiên họp thường kỳ tháng 4", held on 6 May)
            day = next((o for o in meetings if o.date and len(o.date) == 10 and o.date.startswith((m.date + "-", after))
                        and o.span.start > m.span.start
                        and _code(o) == _code(m) and (key(o.organizer or "") == key(m.organizer or "") or not o.organizer
                                                      or not m.organizer)),  # (a headline in capitals: "UBND QUẬN")
                       None)
            if day is not None:
                _absorb(day, m)
                continue
        out.append(m)
    return out


def _reports_closed(m: Meeting, dated: list[Meeting], at: int) -> list[Meeting]:
    """The reports a chair sentence with no date closes ("Đồng chí X chủ trì hội nghị." ending a paragraph): the one
    just before it that fits, within two sentences, first; with "chủ trì các buổi làm việc", also every other session
    that report's sentence told of. `at` is where `m` stands among the dated reports."""
    window = dated[max(0, at - 8):at]
    before = next((o for o in reversed(window) if _fits(o, m)), None)
    if before is None or m.span.sentence - before.span.sentence > 2:
        return []
    return [before] + [o for o in window if m.several and o is not before
                       and o.span.sentence == before.span.sentence and _fits(o, m)]


def _add_chairs(target: Meeting, m: Meeting) -> None:
    for name, span in zip(m.chairs, m.chair_spans):
        if name not in target.chairs:
            target.chairs.append(name)
            target.chair_spans.append(span)


def _own_day(target: Meeting, m: Meeting, keyed: list[Meeting]) -> bool:
    """Whether `m` gives the day of one of several units a range of days was told for: "Trong hai ngày 8 và 9/8,
    Đảng bộ các phường: A, B lần lượt tổ chức đại hội" then "Ngày 9/8, Đảng bộ phường B tổ chức đại hội" (and
    "Trong 2 ngày 17 và 18/9, … làm việc với phường A và phường B" then "Ngày 18/9, … làm việc với phường B")."""
    if not (target.until and m.date):
        return False
    if target.area_source == "listed":
        return m.area_source != "listed"
    return target.area_source == "partner" and m.span.sentence != target.span.sentence and \
        any(o is not target and o.span.sentence == target.span.sentence for o in keyed)


def _anaphors_joined(found: list[Meeting]) -> list[Meeting]:
    """The strong mentions, a body named short in lower case joined to the one named in full that day."""
    strong = []
    for m in (m for m in found if not m.weak):
        # "Cùng ngày, tổ đại biểu tiếp tục tiếp xúc cử tri xã …": the body named in full before, on that day
        # (its area is the body's, not the voters')
        anaphor = bool(m.organizer) and m.organizer == m.organizer.lower()  # (only these look back)
        short = key(m.organizer or "") if anaphor else ""
        same = next((o for o in reversed(strong) if short and o.date == m.date and o.organizer
                     and key(o.organizer) != short and key(o.organizer).startswith(short + " ")), None) \
            if anaphor else None
        if same is not None:
            _absorb(same, m)
        else:
            strong.append(m)
    return strong


def _finished(out: list[Meeting], found: list[Meeting]) -> list[Meeting]:
    """The merged reports made whole: one congress over its days, a month's session's organiser given to its
    days, and the weak mentions (headlines, captions) read last."""
    out = _one_congress(out)
    for month in (o for o in out if o.date and len(o.date) == 7 and o.organizer):
        for day in out:  # "họp lệ kỳ tháng 12 năm 2018" names who held the session of 24 December
            if day.date and len(day.date) == 10 and day.date.startswith(month.date) and not day.organizer \
                    and _fits(day, month):
                day.organizer = month.organizer

    # the weak mentions nearest to a report speak for it first ("Ban chấp hành Tỉnh Đoàn Thanh Hóa" right
    # after the report beats "... Tỉnh Đoàn Nghệ An" five sentences up)
    anchor = out[0].span.sentence if len(out) == 1 else 0
    joined: list[tuple[Meeting, object]] = []
    for w in sorted((m for m in found if m.weak), key=lambda m: (abs(m.span.sentence - anchor), m.span.start)
                    if len(out) == 1 else (0, m.span.start)):
        if w.organizer and any(o.organizer and key(o.organizer).startswith(key(w.organizer) + " ") for o in out):
            continue  # "Ban Bí thư đã khen thưởng …" after "Ban Bí thư Trung ương Đảng tổ chức hội nghị": that one's
        fits = [o for o in out if _fits(o, w) and (not o.organizer or o.organizer == w.organizer)]
        joint = next((o for o, span in joined if span == w.span and o.organizer != w.organizer), None) if w.joint else None
        if joint is not None and not fits:
            # "Cuộc họp do Ban Chỉ đạo X và Ủy ban Quốc gia Y phối hợp tổ chức": the second organiser of the
            # report the first one joined
            twin = replace(joint, organizer=w.organizer, chairs=list(joint.chairs), chair_spans=list(joint.chair_spans),
                           attendees=list(joint.attendees), speakers=list(joint.speakers))
            out.append(twin)
            continue
        if len(fits) == 1 or (fits and len(out) == 1):
            _absorb(fits[0], w)
            joined.append((fits[0], w.span))
        elif w.said_held and w.area is not None and all(o.weak and o.date is None for o in out) and not any(
                o.organizer == w.organizer and _code(o) == _code(w) for o in out):
            # "bế mạc Kỳ họp thứ 9, HĐND tỉnh": held, though the article gives no date (and so is the first plenum
            # of the committee its congress elected, when the article dates neither)
            out.append(w)
    return out


def _fits(o: Meeting, m: Meeting) -> bool:
    """Two mentions can be one meeting: same area (or one guessed from the article's subject, or
    none), and the same organiser (or one of them unknown)."""
    area_ok = _code(o) == _code(m) or o.area is None or m.area is None or "subject" in (o.area_source, m.area_source) \
        or "chairs" in (o.area_source, m.area_source) \
        or "partner" in (o.area_source, m.area_source)  # (a working session's chair is the visitor's, named with his unit)
    return area_ok and (o.organizer == m.organizer or not o.organizer or not m.organizer)

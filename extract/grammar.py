"""Where a title or a body phrase ends: a small grammar over typed words with hard ends.

A post is ``STATUS? ROLE BODY? (LEVEL PLACE?)?`` and a body ``HEAD NAME-WORDS* (COMMITTEE | LEVEL)
PLACE?``. The phrase is read word by word and stops at the first hard end:

* a complete committee — ``Huyện ủy``, ``Tỉnh ủy``, ``Đảng ủy xã``, ``Chính phủ``, ``Quốc hội`` —
  or a level word (``tỉnh``, ``huyện``, ``xã`` …), each with the place name that may follow it
  (``Tỉnh ủy Quảng Trị``, ``UBND huyện Can Lộc``): nothing after them belongs to the title, so
  ``Bí thư Huyện ủy triển khai …`` ends at ``Huyện ủy``;
* punctuation (``, ; : ( )``, a full stop, a spaced dash before another title), ``kiêm``;
* a person's name, or a word of the stop lexicon (``data/stopwords.txt``: verbs and the words that
  open a new clause — ``chủ trì``, ``dự``, ``phát biểu``, ``về``, ``tại`` …);
* ``và`` before a lower-case word (``và đồng chí``); ``và`` before a capital stays inside a name
  (``Sở Văn hóa và Thể thao``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .document import Doc
from .text import PLACE_LIKE, fold, lower

# a committee that is complete in itself; bare "đảng ủy" only when no capitalised name follows it
# ("Đảng ủy Khối các cơ quan tỉnh" goes on)
COMMITTEE = re.compile(
    r"(?<![\w])(?:huyện ủy|tỉnh ủy|thành ủy|thị ủy|quận ủy|đảng ủy (?:xã|phường|thị trấn|đặc khu)(?![\w])|"
    r"chính phủ|quốc hội|bộ chính trị|ban bí thư(?:\s+trung ương(?:\s+đảng)?)?|trung ương đảng|ban chấp hành trung ương(?: đảng)?)"
    r"(?!\s*viên)(?![\w])")
# a party committee written as its capitals ("Bí thư HU", "Trưởng ban Dân vận TU"): case-sensitive, whole words
_ABBR_COMMITTEE = re.compile(r"(?:HU|TU|ThU|QU)(?![\w])")
BARE_PARTY = re.compile(r"(?<![\w])đảng ủy(?![\w])(?!\s+(?:khối|các cơ quan|quân sự|công an|biên phòng|cơ sở))")
LEVEL = re.compile(r"(?<![\w])(?:(?:tp|tx|h)\.(?=[^\W\d_])|(?:q|p)\.(?=[^\W_])|"  # ("UBND TX.Bến Cát": the abbreviation's dot, then the name)
                   rf"(?:tỉnh|(?:huyện|xã)(?:\s+(?:{PLACE_LIKE})(?=\s+\w))?|"
                   r"thành phố|thị xã|thị trấn|quận|phường|đặc khu|tp\.?|tx\.?)(?![\w]))"
                   r"(?!\s*(?:ủy|đoàn|hội(?![\w])|đội))")
_PERIOD = re.compile(r"giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\w])")
_TERM = re.compile(r"khóa\s+(?:[ivxlc]+|\d{1,2})\s+")
_ACRONYM = re.compile(r"\(\s*[A-ZĐ][A-ZĐ&.]+\s*\)")


def _phrases(name: str) -> re.Pattern:
    """The phrases of a data file, one a line, longest first, as one pattern (a space or a comma in a phrase
    matches any spacing)."""
    text = resources.files("vnkg.extract").joinpath("data", name).read_text("utf-8")
    phrases = sorted({lower(fold(w.strip())) for w in text.splitlines() if w.strip() and not w.startswith("#")},
                     key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(",", r"\s*,") for w in phrases)
    return re.compile(rf"(?:{alternation})(?![\w])")


@lru_cache(maxsize=1)
def _stopwords() -> re.Pattern:
    return _phrases("stopwords.txt")


@lru_cache(maxsize=1)
def fixed_names() -> re.Pattern:
    """Body names read as one word (data/fixed_names.txt): they run through commas and stop words."""
    return _phrases("fixed_names.txt")


_NOT_STOP = re.compile(r"dự\s+(?:khuyết|án|thảo)(?![\w])|(?<=ban )chỉ\s+(?:đạo|huy)(?![\w])|(?:(?<=chỉ đạo )|(?<=chỉ đạo trung ương )|(?<=chỉ đạo quốc gia )|(?<=chỉ đạo tỉnh )|(?<=chỉ đạo huyện )|(?<=chỉ đạo thành phố ))về(?![\w])|của\s+(?:quốc hội|chính phủ)(?![\w])|(?<=khối )các(?![\w])|(?<=hội )đồng(?=\s+chủ trì)|(?<=mặt bằng )các (?:dự án|công trình)(?![\w])|(?<=công đoàn )các(?=\s+(?:khu|kcn|cơ quan|doanh))|(?<=đảng ủy )các cơ quan(?![\w])|"
                       r"(?<=cơ quan )và doanh nghiệp(?![\w])")
_IN_CHARGE = re.compile(r"phụ trách(?![\w])")
_NAMED_BY_NUMBER = re.compile(r"(?:Công ty|Tổng công ty|[Tt]hủy điện|Ban Quản lý dự án|Nhà máy)(?:\s+[^\W\d_]+|\s*&\s*[^\W\d_]+)*"
                              r"\s+[A-ZĐ][^\W\d_]*\s+$|Ban Quản lý dự án\s+$")
_DIGIT_OK = re.compile(r"(?:quận|số|phường|chỉ đạo|khu vực|tổ|cụm|đoàn|ban|covid-?|vùng|quân khu|"
                       r"(?<![\w])(?:phố|khóm|ấp|thôn|khối|xóm|bản|khu|[qp]\.))\s*$")  # (a residential group: "tổ dân phố 42", "khóm 4")


def stop_at(low: str, i: int, text: str | None = None) -> re.Match | None:
    """A word of the stop lexicon starting at `i` (callers check the word boundary before `i`).

    With the original `text`, a capitalised word is not a stop (it is part of a name), and a
    number stops a phrase unless it numbers a unit (``quận 3``, ``Ban Chỉ đạo 138``)."""
    if text is not None and text[i:i + 1].isupper():
        return None
    if low[i:i + 1].isdigit():
        if _DIGIT_OK.search(low[max(0, i - 12):i]):
            return None
        if text is not None and _NAMED_BY_NUMBER.search(text, max(0, i - 70), i) and not re.match(r"\d+\s*[/.-]", low[i:i + 6]):
            return None  # a company's or a board's name that ends in its number ("Công ty CP Sông Đà 27", "Thủy điện
            # Nậm Pàn 5", "Ban Quản lý dự án 7"), not a date
        return re.compile(r"\d+").match(low, i)
    if _NOT_STOP.match(low, i):
        return None
    if low.startswith("do ", i):
        from . import lexicon
        if lexicon.load().role_re.match(low, i + 3):
            return _DO.match(low, i)  # "Đoàn công tác của Bộ Y tế do Thứ trưởng …": who leads it, not its name
    return _stopwords().match(low, i)


_DO = re.compile(r"do")


def _after_place(doc: Doc, j: int, limit: int, inside: dict[int, int], person_starts, level: bool) -> int:
    """`j` moved past the place name that may follow a committee or a level word."""
    k = j
    while k < limit and doc.low[k] == " ":
        k += 1
    term = _TERM.match(doc.low, k)
    if term and not level and LEVEL.match(doc.low, term.end()):
        k = term.end()  # "Đoàn đại biểu Quốc hội khóa XIV tỉnh": the term sits between the body and its level
    lv = LEVEL.match(doc.low, k) if not level else None
    if lv:  # "Thành ủy Thành phố Hồ Chí Minh", "Đoàn đại biểu Quốc hội tỉnh"
        j = k = lv.end()
        while k < limit and doc.low[k] == " ":
            k += 1
        level = True
    if k in inside:
        return inside[k]
    if k < limit and k not in person_starts and doc.text[k].isupper():
        from . import lexicon

        lex = lexicon.load()
        # a capitalised role or body word opens a new title, a stop word a clause: not a place
        if lex.role_re.match(doc.low, k) or lex.body_re.match(doc.low, k):
            return j
        end, n = k, 0
        for w in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", doc.text[k:limit]):
            at = k + w.start()
            if n == 3 or not w.group(0)[0].isupper() or at in person_starts or \
                    doc.text[end:at].strip(" -") or stop_at(doc.low, at, None):
                break
            end, n = k + w.end(), n + 1
        return end if n else j
    return j


def _capital_next(text: str, j: int) -> bool:
    k = j
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k].isupper()


def _complete(doc: Doc, j: int, limit: int) -> tuple[int, str]:
    """A complete phrase ends at `j`; say which separator follows it, so a chain of titles goes on."""
    low = doc.low
    if low.startswith(" kiêm ", j - 1) or low.startswith(" kiêm ", j):
        return (j - 1 if low[j - 1] == " " else j), "kiêm"
    k = j
    while k < limit and low[k] == " ":
        k += 1
    if k < limit and low[k] in ",;(:":
        return k, low[k]
    if k < limit and low[k] in "-–" and k + 1 < limit and low[k + 1] == " ":
        return k, "-"
    return j, "complete"


def _wrapped_at(doc: Doc, i: int) -> bool:
    """Whether the line break at `i` lies inside one paragraph that the sentence stage joined (wrapped text)."""
    line = doc.line_bounds(i)
    return line is not None and line[0] < i and i + 1 < line[1]


# a ministry's department or agency after its head's role: its name runs through words in lower case ("Cục trưởng Cục
# Việc làm", "Vụ trưởng Vụ Thị trường trong nước", "Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội")
_DEPARTMENT = re.compile(r"(?:phó\s+)?(?:(?:vụ|cục|tổng cục)\s+trưởng\s+(?:vụ|cục|tổng cục)|"
                         r"(?:giám đốc|trưởng ban)\s+ban quản lý dự án)\s+(?=[^\W\d_])")  # ("Ban Quản lý dự án đầu tư xây
# dựng các công trình giao thông")
_IN_A_NAME = re.compile(r"(?:làm|trong nước|ngoài nước|giao thông)(?![\w])|về (?!việc)|các (?=công trình|dự án)|"
                        r"và (?!(?:ông|bà|đồng chí|đ/c|các|anh|chị|những)(?![\w]))")  # (the stop words such names hold)
# (or the topic right after the name: "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh")
_STEERING_ABOUT = re.compile(r"(?<![\w])ban chỉ đạo(?:\s+(?:trung ương|quốc gia|tỉnh|huyện|thành phố))?\s+(?:về\s|các\s+(?=chương "
                             r"trình\s)|(?=(?:thực hiện\s+)?(?:xóa|xây dựng|phát triển|chuyển đổi|cải cách|sắp xếp|chương "
                             r"trình|giảm nghèo|thi hành)\s))")
# what ends the topic of a steering committee named "về …": a verb or clause word, a list of others
_TOPIC_END = re.compile(r"(?:chủ trì|đồng chủ trì|họp|tổ chức|làm việc|do|dự|tham dự|phát biểu|đã|đang|sẽ|là|tại|cho biết|"
                        r"nhấn mạnh|kết luận|đề nghị|yêu cầu|với|trong (?:năm|thời gian|tháng|quý|dịp|đó|khi)|các|những|cùng|đồng chí|ông|bà|đại diện|lãnh đạo|"
                        r"để|nhằm|theo|khi|nhưng|vừa|đến|từ|thăm|kiểm tra|chỉ đạo|của|phối hợp)(?![\w])"
                        # (and "và" before another body: "Ban Chỉ đạo … về phòng, chống thiên tai và Ủy ban Quốc gia …")
                        r"|và\s+(?=(?:ủy ban|ban|bộ|hội đồng|văn phòng|tổng cục|cục)\s)")


_TOPIC_WORD = re.compile(r"(?:đổi mới|phát triển|chuyển đổi|phòng|chống|xây dựng|bảo vệ|cải cách|sắp xếp|thực hiện)(?![\w])")


def _topic_goes_on(doc: Doc, topic_at: int | None, i: int) -> bool:
    """Inside the topic of a steering committee named "về …" ("Ban Chỉ đạo Trung ương về phát triển khoa học, công
    nghệ, đổi mới sáng tạo và chuyển đổi số"), a stop word or a comma before a word in lower case does not end it."""
    if topic_at is None or i < topic_at:
        return False
    k = i + 1 if doc.low[i] == "," else i
    while k < len(doc.low) and doc.low[k] == " ":
        k += 1
    if k > i and doc.low[i] == "," and stop_at(doc.low, k, doc.text) and not _TOPIC_WORD.match(doc.low, k):
        return False  # (after a comma, a clause: "…, giữ chức Giám đốc Công an tỉnh")
    return k < len(doc.text) and (doc.text[k].islower() or doc.text[k].isdigit() and doc.low[i] != ",") and \
        not _TOPIC_END.match(doc.low, k)  # ("… về tổng kết 15 năm thực hiện Nghị quyết 32")


def phrase_end(doc: Doc, start: int, limit: int, person_starts, skip_to: int | None = None) -> tuple[int, str]:
    """End of the title or body phrase that starts at `start`, and what ended it.

    `skip_to` is where the phrase's head (its role or body word) ends: hard ends are looked for
    after it (``Tỉnh ủy viên`` is a role, not the committee ``Tỉnh ủy``).
    """
    from . import lexicon

    low = doc.low
    inside = {a.start: a.end for a in doc.areas_from(start, limit)}
    starts = person_starts if isinstance(person_starts, (set, frozenset)) else set(person_starts)
    head_end = skip_to if skip_to is not None else start
    i = max(start, head_end) if skip_to is not None and lexicon.load().body_re.match(low, start) else start
    about = _STEERING_ABOUT.search(low, start, min(limit, start + 60))
    topic_at = about.end() if about else None
    department = None if about else _DEPARTMENT.match(low, start)
    name_at = department.end() if department else None
    whole = fixed_names().match(low, start)
    if whole and whole.end() > i:
        i = whole.end()  # "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh": one name, not a committee and a body
    elif skip_to is not None and (COMMITTEE.fullmatch(low, start, skip_to)):
        return _complete(doc, _after_place(doc, skip_to, limit, inside, starts, level=False), limit)
    while i < limit:
        if i in inside and i > start:
            i = inside[i]
            continue
        if (i == start or not low[i - 1].isalnum()) and (fx := fixed_names().match(low, i)):
            i = fx.end()  # "Ủy ban Khoa học, Công nghệ và Môi trường", "Bộ Ngoại giao": one name
            continue
        c = low[i]
        if c == "," and low.startswith(", chống ", i):
            i += 2  # "Ban Chỉ đạo phòng, chống thiên tai": one name
            continue
        if c == "(" and (acr := _ACRONYM.match(doc.text, i)) and not any(i < a < acr.end() for a in inside):
            i = acr.end()  # "Ủy ban Kiểm tra (UBKT) Tỉnh ủy": an acronym in brackets is part of the name
            continue
        if c == "\n" and _wrapped_at(doc, i):
            i += 1  # a line break inside a wrapped paragraph ("Trưởng Ban Dân vận Tỉnh\nủy"): a space
            continue
        if c == "," and _topic_goes_on(doc, topic_at, i):
            i += 1  # "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo …": the topic's list
            continue
        if c in ",;()\n:":
            return i, c
        if c == "." and (i + 1 >= len(low) or low[i + 1].isspace()):
            return i, "."
        if c in "-–" and i > start and low[i - 1] == " " and i + 1 < len(low) and low[i + 1] == " ":
            rest = i + 2
            bare = lexicon.load().role_re.match(low, start)
            if bare and bare.end() >= i - 1 and lexicon.load().role_kind(bare.group(0)) != "member":
                pass  # "Phó Chủ tịch - Tổng Thư ký ..." is one title
            elif lexicon.load().role_re.match(low, rest) or stop_at(low, rest, doc.text) or \
                    (i >= head_end and lexicon.load().body_re.match(low, rest)):
                return i, "-"  # "Đảng ủy - HĐND - UBND xã": joint bodies, each its own
        if low.startswith(" kiêm ", i):
            return i, "kiêm"
        if i in starts and i > start:
            return i, "person"
        boundary = i == start or not low[i - 1].isalnum()
        if boundary and i > start and (period := _PERIOD.match(low, i)):
            i = period.end()  # "Ban Chỉ đạo … các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025": its period
            continue
        if boundary and i > start and (term := _TERM.match(low, i)) and LEVEL.match(low, term.end()):
            i = term.end()  # "Trưởng đoàn ĐBQH khóa XIV tỉnh Yên Bái": the term before the level
            continue
        if boundary and i >= head_end:
            m = COMMITTEE.match(low, i) or _ABBR_COMMITTEE.match(doc.text, i)
            if m is None and (bare := BARE_PARTY.match(low, i)) and not _capital_next(doc.text, bare.end()):
                m = bare  # bare "Đảng ủy" is complete unless a name goes on: "Đảng ủy Khối các cơ quan"
            if m:
                return _complete(doc, _after_place(doc, m.end(), limit, inside, starts, level=False), limit)
            m = LEVEL.match(low, i)
            if m and i > start:
                return _complete(doc, _after_place(doc, m.end(), limit, inside, starts, level=True), limit)
        if boundary and i > head_end and _IN_CHARGE.match(low, i) and (
                lexicon.load().body_re.search(low, start, i) or re.match(r"phụ trách\s*[,.;]", low[i:i + 14])):
            return i, "stop"  # a duty after a whole title: "Phó Giám đốc Sở X phụ trách Sở" (but "Phó Trưởng Đoàn
            # chuyên trách phụ trách Đoàn ĐBQH tỉnh": the body comes after it; "Phó Trưởng phòng X phụ trách, điều hành")
        if boundary and i > start and stop_at(low, i, doc.text) and not _topic_goes_on(doc, topic_at, i) \
                and not (topic_at is not None and i < topic_at) \
                and not (name_at is not None and i >= name_at and _IN_A_NAME.match(low, i)
                         and not (low.startswith("và ", i) and lexicon.load().role_re.match(low, i + 3))):
            if not (low.startswith("và ", i) and doc.text[i + 3:i + 4].isupper()) or (
                    lexicon.load().body_re.match(low, i + 3) and "văn phòng" not in low[start:i]) or (
                    topic_at is not None and i >= topic_at and _TOPIC_END.match(low, i)):
                # "Sở Văn hóa và Thể thao", "Văn phòng HĐND và UBND huyện" are one name each,
                return i, "stop"  # "Đảng ủy Công an Trung ương và Bộ Công an" two bodies
        i += 1
    return limit, "end"

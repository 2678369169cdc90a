"""Stage: the posts each named person is said to hold.

Shapes read: ``Title Name``, ``Title, Title Name``, ``Name, Title, Title``,
``Name - Title``, ``Name (Title)``, ``Title: Name, Name`` (a title shared by a
list), ``Name ... giữ chức Title`` (elected or appointed). A post is a role
(``Phó Bí thư``) of a body (``Huyện ủy``) of an area; the area comes from the
title itself, else the article's subject area at the title's level.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as _date
from functools import lru_cache

from .areas import choose, synthetic
from . import gazetteer, lexicon
from .document import Doc
from .grammar import fixed_names
from .grammar import phrase_end
from .grammar import stop_at as grammar_stop
from .gazetteer import Unit
from .model import PersonMention, Post
from .text import APOSTROPHE_TAIL, PLACE_LIKE, fold, key, lower

_ELECT = re.compile(
    r"(?<!thôi )(?:(?:được\s+(?:bầu(?:\s+lại)?|bổ nhiệm|chỉ định|điều động)\s+)?(?:giữ|đảm nhận)\s+chức(?:\s+(?:vụ|danh))?"
    r"|(?:được\s+bầu(?:\s+lại)?\s+)?(?:làm(?!\s+việc)|vào vị trí)"
    r"|được\s+(?:bầu(?:\s+lại)?|bổ nhiệm|chỉ định|phân công)\s+là"  # ("Các đồng chí A, B được chỉ định là Ủy viên BTV")
    r"|(?:(?:tái\s+)?(?:đắc|trúng)\s+cử|tái\s+cử|hiện\s+là)(?:\s+chức(?:\s+(?:vụ|danh))?)?)\s+")
_AGE = re.compile(r"\s*,\s*(?:sinh năm \d{4}|\d{2} tuổi)\s*,\s*")
_ASIDE = re.compile(r"\s*\(\s*(?P<inside>[^()]{1,60})\)(?=\s*[,–-])")  # a bracket after a name, before its titles
# a rank or degree written among the titles ("Ủy viên Trung ương Đảng, Thượng tướng, Thứ trưởng ..."): skipped
_RANK = re.compile(r"(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)|(?:phó\s+|chuẩn\s+)?đô đốc|(?:phó\s+)?giáo sư|"
                   r"tiến sĩ|thạc sĩ|(?:p?gs\.?\s*)?ts\.?|ths\.?|anh hùng lực lượng vũ trang nhân dân|"
                   r"anh hùng lao động)\s*,\s*")
# a term or session written inside a chain ("Bí thư Tỉnh ủy X, nhiệm kỳ 2020-2025, Trưởng Đoàn ...",
# "Ủy viên Ủy ban Trung ương MTTQ Việt Nam khóa VIII, Ủy viên ..."): the chain goes on after it
_QUALIFIER = re.compile(r"\s*,?\s*(?:(?:nhiệm kỳ|khóa)\s+(?:\d{4}\s*[-–]\s*\d{4}|[ivxlc]+(?![\w])|\d{1,2}(?!\d))\s*,?\s*)+"
                        r"[,–-]?\s*")
_COPULA = re.compile(r"\s*,?\s*(?:hiện\s+|nay\s+|cũng\s+|tiếp tục\s+|vẫn\s+)?là\s+")  # right after the name or its titles
# the head of a department, then ", <the body it belongs to>": one post
_SUB_HEAD = re.compile(r"(?:phó\s+)?(?:trưởng (?:phòng|ban)|vụ trưởng|cục trưởng|chánh văn phòng)\s+(?!\S*\s*ủy)")
_PARENT = re.compile(r",\s*((?:Ban\s+\w|(?:Bộ|Sở|Ủy ban|Văn phòng|Tổng cục|Học viện)\s+[A-ZĐ]|(?:HĐND|Hội đồng nhân dân)\s))")
_COMMA = re.compile(r",\s*(?:đồng thời (?:là|giữ chức|làm)\s+|kiêm\s+)?")  # ("…, đồng thời là Chủ tịch HĐND phường")
_OPEN = re.compile(r"\s*(?:[,(:]|[-–])(?:\s*[,(:]|\s*[-–])*\s*")
_PREFIX = re.compile(r"(?:(nguyên|quyền|cựu|nay là|hiện là|hiện nay là)\s+)?")
_PREFIX_STATUS = {"nguyên": "former", "cựu": "former", "quyền": "acting"}
_MANY_UNITS = re.compile(r"\s*(?<![\w-])(?:\d+|các|những)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|đơn vị)(?![\w])")
_TO_NOW = re.compile(r"(?:\s*,?\s*(?:giai đoạn|thời kỳ|nhiệm kỳ|từ năm|năm)\s+[\d\s\-–]+?|\s*\([^()]{0,40}\))?\s*,?\s*"
                     r"(?=(?:nay là|hiện là|hiện nay là)\s)")
_NOW = ("nay là", "hiện là", "hiện nay là")  # "nguyên Chủ tịch UBND xã, nay là Phó Bí thư Đảng ủy xã": held now
_ADDRESSEE = re.compile(r"(?<![\w])(?:(?<!đối )với|của|cho|tới|gửi|trình|thay mặt)\s*$")
_INTRO = re.compile(r"^(?:.*[\s,])?(?:đồng chí|đ/c|ông|bà|các đồng chí|là|có|gồm|dự có|do|và)?\s*$")
_COMMITTEE = lexicon.load().committees  # a unit's kind -> its party committee ("huyện" -> "Huyện ủy"; data)
_LEVEL_OF_KIND = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "town",
                  "thành phố": "city", "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune"}
_DISMISSED = re.compile(r"(miễn nhiệm|cách chức|bãi nhiệm|thôi giữ|thôi làm)\s+(?:chức vụ\s+|chức\s+)?$")
_NEW_PLACE = re.compile(r"(?<![\w])(?<!hợp tác )(?<!htx )(xã|phường|thị trấn|huyện|quận|thị xã|huyện ủy|quận ủy|thị ủy)\s+"
                        rf"((?:[A-ZĐ][^\W\d_]*{APOSTROPHE_TAIL})(?:\s+[A-ZĐ][^\W\d_]*{APOSTROPHE_TAIL}){{0,2}})$",
                        re.IGNORECASE)
_ELECTORAL_UNIT = re.compile(r"\s*\(\s*(?:đơn vị|đơn vị bầu cử|ứng cử tại|tổ)\b")
_NEW_KIND = {"huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã"}
_RETIRED = re.compile(r"(?<![\w])(nghỉ hưu|thôi việc|nghỉ việc|về hưu|lãnh đạo nghỉ)(?![\w])")
_FORMER_LIST = re.compile(r"\s*(?:các\s+)?(?:nguyên|cựu)\s+[^:;.]*(?:gồm|là)\s*:")  # "Nguyên 11 cán bộ gồm: ..."
_LIST_OPEN = re.compile(r"\s*(cụ thể|trong đó|gồm)")
_PARTY_ROLES = {"bí thư", "phó bí thư", "phó bí thư thường trực"}   # written bare: of the party committee
# the head of a delegation or working group is no post ("đoàn công tác ... do đồng chí A làm Trưởng đoàn")
_NOT_A_POST = {"trưởng đoàn", "phó trưởng đoàn", "trưởng đoàn công tác", "phó trưởng đoàn công tác", "trưởng đoàn đại biểu",
               "phó trưởng đoàn đại biểu", "trưởng đoàn kiểm tra", "trưởng đoàn giám sát",
               # the presidium of a congress or a session ("Đoàn Chủ tịch Đại hội gồm các ông …") holds no post
               "chủ tịch đại hội", "chủ tịch hội nghị", "chủ tịch kỳ họp",
               "thường trực"}  # ("các Phó Chủ tịch UBND tỉnh: A (Thường trực), B": a mark of A's post, no post)
_POSTED_AT = re.compile(r"\s*tại\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,5}")
_ABROAD = {"đại sứ", "tổng lãnh sự", "phó tổng lãnh sự", "lãnh sự", "tỉnh trưởng", "phó tỉnh trưởng", "thị trưởng",
           "phó thị trưởng", "huyện trưởng", "phó huyện trưởng"}  # (posts of foreign states and missions abroad)
_GOVERNMENT_ROLES = {"thủ tướng", "phó thủ tướng", "phó thủ tướng thường trực", "bộ trưởng", "thứ trưởng",
                     "thứ trưởng thường trực"}
# a deputy's seat in an assembly is no post of its own here (the delegation's or the council's offices are)
_DEPUTY_SEAT = re.compile(r"đại biểu (?:quốc hội|hội đồng nhân dân)(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|"
                          r"thị trấn))?")
_PRESIDIUM = re.compile(r"(?<![\w])đoàn chủ tịch(?![\w])")
_BARE_SEAT = {"ủy viên ban thường vụ", "ủy viên ban thường vụ đảng ủy", "ủy viên thường vụ"}


def _role_at(low: str, pos: int) -> re.Match | None:
    lex = lexicon.load()
    return lex.role_re.match(low, pos)


def _segment_end(doc: Doc, start: int, limit: int, person_starts: list[int]) -> tuple[int, str]:
    """End of one title starting at `start` (its role), and what stopped it (see `grammar`)."""
    role = _role_at(doc.low, start)
    end, why = phrase_end(doc, start, limit, person_starts, skip_to=role.end() if role else start)
    if role is not None and why == "stop" and " ".join(role.group(0).split()) in _ABROAD:
        posted = _POSTED_AT.match(doc.text, end)  # "Tổng Lãnh sự Pháp tại Thành phố Hồ Chí Minh": where the mission is
        if posted and posted.end() <= limit:
            nxt = doc.text[posted.end():posted.end() + 1]
            return posted.end(), nxt if nxt in (",", ";", "(") else "stop"
    return end, why


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and doc.text[end - 1] in " -–,.":
        end -= 1
    return start, end


def _names_next(doc: Doc, end: int, why: str, person_starts) -> bool:
    """Whether a title that ended at `end` runs straight into a name (``Title Name``, ``Title - Name``)."""
    if why not in ("complete", "-", "end"):  # "end": the phrase ran to the next person's name
        return False
    k = end
    while k < len(doc.low) and doc.low[k] in " -–":
        k += 1
    return k in person_starts


_AND_THEN = re.compile(r"\s*,?\s+và\s+(?:(?:các\s+)?(?:đồng chí|ông|bà|anh|chị)\s+)?$")


_ALONE_LEAD = re.compile(r"^[ \t\-–•*+]*(?:\d{1,2}\s*[.)]\s*)?(?:" + lexicon.load().honorific_alternation() + r"\s+)?$")


def chain_after(doc: Doc, pos: int, limit: int, person_starts: list[int],
                opened: bool = False) -> list[tuple[int, int, str]]:
    """Titles written after a name: ``Name, Title, Title`` / ``Name - Title`` / ``Name (Title)`` (`opened`: the
    chain starts at `pos` itself, as after "Ông là")."""
    low = doc.low
    out: list[tuple[int, int, str, bool]] = []
    if opened:
        i = pos
    else:
        aside = _ASIDE.match(low, pos)
        if aside and not _role_at(low, aside.start("inside")):
            pos = aside.end()  # "A (sinh năm 1965), Bí thư ...", "A (người đứng), ...": an aside, not a title
        age = _AGE.match(low, pos)
        if age and _role_at(low, age.end()):
            pos = age.end() - 2  # "ông A, 52 tuổi, Bí thư Đảng ủy xã …": the age, then the titles
        m = _OPEN.match(low, pos)
        if not m or m.end() >= limit:
            return []
        i = m.end()
    sticky = "current"  # "A, nguyên Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh": "nguyên" reads over the chain
    while i < limit:
        rank = _RANK.match(low, i)
        if rank and _role_at(low, rank.end()):
            i = rank.end()
        p = _PREFIX.match(low, i)
        if p.group(1) in _NOW:
            sticky = "current"
        status = _PREFIX_STATUS.get(p.group(1) or "", sticky)
        if status == "former":
            sticky = "former"
        if not _role_at(low, p.end()):
            break
        end, why = _segment_end(doc, p.end(), limit, person_starts)
        joined = _AND_THEN.search(low, p.end(), end) if why in ("end", "complete") else None
        if joined and _names_next(doc, end, why, person_starts):
            end, why = joined.start(), "and"  # "A, Tỉnh ủy viên và B, …": the title before "và" and a name is A's
        if why == "person" or _names_next(doc, end, why, person_starts):
            if why == "-" and out:
                out = []  # "A, T1, T2 – B": in a list of "titles – name", the titles before a name are its
            break  # "..., Chủ tịch UBND tỉnh Võ Trọng Hải": the title is the next person's
        parent = _PARENT.match(doc.text, end) if why == "," and _SUB_HEAD.match(low, p.end()) else None
        if parent and not _role_at(low, parent.start(1)):
            # "Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương": the body a department belongs to
            end, why = phrase_end(doc, parent.start(1), limit, person_starts, skip_to=parent.start(1))
        s, e = _trim(doc, p.end(), end)
        if out and (_MANY_UNITS.search(low, s, e) or _MANY_UNITS.match(low, e)):
            while out and out[-1][3]:
                out.pop()  # ("…; Chủ tịch, Phó Chủ tịch HĐND 8 xã": a bare role before it shares the plural)
            break  # "…; Bí thư Đảng ủy 15 phường và …": the heads of many units, no post of the name before
        if e > s:
            if out and out[-1][3]:  # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" is one post
                s = out.pop()[0]
            out.append((s, e, status, _lone_role(low, s, e)))
        now = _TO_NOW.match(low, end)
        if now and now.end() < limit and _role_at(low, _PREFIX.match(low, now.end()).end()):
            i = now.end()  # "nguyên Chủ tịch UBND xã giai đoạn 2011 - 2016, nay là Phó Bí thư Đảng ủy xã"
            continue
        if why in (",", "stop"):
            q = _QUALIFIER.match(low, end)
            if q and q.end() < limit and _role_at(low, _PREFIX.match(low, q.end()).end()) and \
                    (why == "stop" or q.group(0).strip(" ,–-")):
                i = q.end()
                continue
        if why in (",", ";", "-", "kiêm", "("):
            j = end + (len(" kiêm ") if why == "kiêm" else 1)
            while j < limit and low[j] in " -–":
                j += 1
            i = j
            continue
        break
    return [(s, e, status) for s, e, status, _ in out]


# "và" inside a department's name ("Phòng Kinh tế và Hạ tầng"), not between two titles or before a name
def _lone_role(low: str, s: int, e: int) -> bool:
    """[s, e) is a leader's or deputy's role written bare, which shares the next title's body ("Bộ trưởng, Chủ nhiệm
    Ủy ban Dân tộc" is one post), not a party role (of its committee) nor a seat."""
    bare = _role_at(low, s)
    role = " ".join(bare.group(0).split()) if bare is not None else ""
    return bare is not None and not low[bare.end():e].strip() and lexicon.load().role_kind(bare.group(0)) != "member" \
        and role not in _PARTY_ROLES and role not in _WHOLE_ROLES and role not in _COMMAND_ROLES


# a command's posts, two of them held in one body ("Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh": two posts, the
# bare one of the next one's body; see `_bare_roles`)
_COMMAND_ROLES = {"chỉ huy trưởng", "phó chỉ huy trưởng", "chính ủy", "phó chính ủy", "chính trị viên",
                  "chính trị viên phó", "tham mưu trưởng", "phó tham mưu trưởng"}


# roles that are whole posts by themselves: "Tổng Bí thư, Chủ tịch nước A" holds two
_WHOLE_ROLES = {"tổng bí thư", "thường trực ban bí thư", "chủ tịch nước", "phó chủ tịch nước", "thủ tướng", "phó thủ tướng",
                "chủ tịch quốc hội", "phó chủ tịch quốc hội"}


_AND_NAME = re.compile(r"và\s+(?=[A-ZĐ])")


_IN_PROPER = re.compile(r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^\W\d_]*\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]$")  # a capital word, then a capital


def _and_in_name(doc: Doc, j: int) -> bool:
    m = _AND_NAME.match(doc.text, j)
    return bool(m) and m.end() not in doc.person_starts() and not _TITLE_WORD.match(doc.low, m.end()) \
        and not lexicon.load().honorific_re.match(doc.low, m.end())


_TITLE_WORD = re.compile(r"(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy)|p?gs|ts|ths|tiến sĩ|thạc sĩ|giáo sư)(?![^\W_])")


def chain_before(doc: Doc, name_start: int, clause_start: int) -> list[tuple[int, int, str]]:
    """Titles written before a name: ``Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Name``."""
    lex = lexicon.load()
    low = doc.low
    end = name_start
    out: list[tuple[int, int, str]] = []
    # drop an honorific between title and name ("Bí thư Tỉnh ủy, đồng chí X" is not this shape)
    while end > clause_start and low[end - 1] == " ":
        end -= 1
    while end > clause_start and low[end - 1] in "-–" and low[end - 2:end - 1] == " ":
        end -= 1  # "Phó Bí thư Tỉnh ủy – Nguyễn Văn A"
        while end > clause_start and low[end - 1] == " ":
            end -= 1
    # (not a capitalised word inside a place's name: "Chủ tịch UBND huyện Kỳ Anh Phan Xuân Tịnh" has no "anh")
    m = next((h for h in lex.honorific_re.finditer(low[clause_start:end])
              if not _IN_PROPER.search(doc.text, max(0, clause_start + h.start() - 12), clause_start + h.start() + 1)),
             None)
    if m:
        end = clause_start + m.start()
        while end > clause_start and low[end - 1] == " ":
            end -= 1
        if end > clause_start and low[end - 1] == "," and lex.role_re.search(low, max(clause_start, end - 80), end):
            end -= 1  # "Bí thư Tỉnh ủy Hà Giang, ông Triệu Tài Vinh": a title set off before the name
    # "2 Ủy viên UBND tỉnh là ông A": the title is named before "là"
    if low.endswith(" là", clause_start, end) and not re.search(r"miễn nhiệm|cách chức|kỷ luật", low[clause_start:end]):
        end -= 3
    elif low.endswith(" của", clause_start, end) and re.search(r"miễn nhiệm|cách chức|bãi nhiệm|thôi giữ",
                                                                low[clause_start:end]):
        end -= 4  # "miễn nhiệm chức vụ Chủ tịch UBND tỉnh X của ông Y": a post held until now
    first = True
    while end > clause_start:
        kiem = low.rfind(" kiêm ", clause_start, end)
        seg_start = max(_title_comma(doc, clause_start, end), low.rfind(";", clause_start, end),
                        kiem + len(" kiêm") if kiem >= 0 else -1)
        seg_start = clause_start if seg_start < clause_start else seg_start + 1
        inside = [p.span.end for p in doc.persons_from(seg_start, end)]
        if inside:  # "A và các Phó Chủ tịch HĐND tỉnh B": the segment starts after the other person
            seg_start = max(inside)
            while seg_start < end and not low[seg_start].isalnum():
                seg_start += 1
            if not re.match(r"(?:và\s+)?(?:các\s+|những\s+)?", low[seg_start:end]).group(0) and \
                    not lex.role_re.match(low, seg_start):
                # "Thủ tướng A tiếp Bộ trưởng Bộ Tài chính B": after the other person's verb, the title
                # that runs to this name is this person's
                verb = re.match(r"(?:[^\W\d_A-ZĐ]+ ){1,3}", doc.text[seg_start:end])
                if not verb or not grammar_stop(low, seg_start, doc.text) or \
                        not lex.role_re.match(low, seg_start + verb.end()):
                    break
                seg_start += verb.end()
        seg = low[seg_start:end]
        chosen = None
        for rm in lex.role_re.finditer(seg):
            # the title must run to the name: no verb or clause word (in lower case) in between
            fixed = [(f.start(), f.end()) for f in fixed_names().finditer(low, seg_start + rm.end(), end)]
            stop = next((j for j in range(seg_start + rm.end(), end)
                         if not low[j - 1].isalnum() and not any(a < j < b for a, b in fixed)
                         and grammar_stop(low, j, doc.text) and not _and_in_name(doc, j)
                         or low.startswith("và ", j) and lex.role_re.match(low, j + 3)), None)
            if stop is None:
                chosen = rm
                break
        if not chosen:
            break
        s = seg_start + chosen.start()
        p = re.search(r"(nguyên|quyền|cựu)\s+$", low[max(clause_start, s - 8):s])
        status = _PREFIX_STATUS.get(p.group(1) if p else "", "current")
        if _DISMISSED.search(low[max(0, s - 30):s]) or _ONCE_HELD.search(low, max(clause_start, s - 30), s):
            status = "former"  # (or "Từng giữ chức Chủ tịch UBND huyện X …, đồng chí A kiến nghị": held once)
        prefix = low[seg_start:s]
        if not first and (not _INTRO.match(prefix) or _ADDRESSEE.search(prefix)):
            break  # ("Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh A", "Thừa ủy quyền của Thủ tướng, Bộ trưởng B": the
            # first title is someone else's, spoken to or for)
        if out and _lone_role(low, s, end):
            out[-1] = (s, out[-1][1], out[-1][2])  # "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc A": one post, as after a name
        else:
            out.append((s, end, status))
        if prefix.strip() and not _INTRO.match(prefix):
            break
        first = False
        end = seg_start - 1
        if end <= clause_start or low[end] != ",":
            break
    return list(reversed(out))


def _title_comma(doc: Doc, start: int, end: int) -> int:
    """The last comma in [start, end) that separates titles: not the one of "phòng, chống" inside a steering
    committee's name ("Trưởng ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Võ Tấn Lộc") or a fixed name ("Bộ trưởng Bộ Văn
    hóa, Thể thao và Du lịch A"), nor one inside its topic
    before a word in lower case ("Trưởng Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Lò Văn Thắm")."""
    low = doc.low
    inside = [(m.start(), m.end()) for m in fixed_names().finditer(low, start, end)] if "," in low[start:end] else []
    at = low.rfind(",", start, end)
    while at >= 0 and (low.startswith(", chống ", at) or any(a < at < b for a, b in inside) or (
            doc.text[at + 2:at + 3].islower() and low.rfind("ban chỉ đạo ", start, at) >= 0
            and not lexicon.load().role_re.match(low, at + 2) and not grammar_stop(low, at + 2, doc.text))):
        at = low.rfind(",", start, at)
    return at


def parse_title(doc: Doc, start: int, end: int) -> tuple[str, str | None, Unit | None, re.Match | None]:
    """Split a written title into (title without place, level, area, role match)."""
    lex = lexicon.load()
    unit_of = _ELECTORAL_UNIT.search(doc.low, start, end)
    if unit_of:  # "Tổ đại biểu số 4 HĐND tỉnh (đơn vị huyện Tam Bình)": the unit it was elected in is no part of it
        end = unit_of.start()
    inside = [a for a in doc.areas_from(start, end) if a.end <= end]
    area_m = inside[-1] if inside else None
    cut = end
    if area_m and not doc.text[area_m.end:end].strip(" ,.()-–"):
        cut = area_m.start
    else:
        area_m = None
    raw = doc.text[start:cut].strip(" ,-–")
    new_unit = None
    if area_m is None:  # "Bí thư Đảng ủy xã Quỳnh Bá": a commune the gazetteer does not know
        m = _NEW_PLACE.search(fold(raw))
        if m and m.group(2)[0].isupper():
            kind = lower(m.group(1))
            kind = _NEW_KIND.get(kind, kind)
            if kind in ("xã", "phường", "thị trấn"):
                parent = doc.subject_at("district") or doc.subject_at("province")
            else:
                parent = doc.subject_at("province")
            new_unit = synthetic(kind, m.group(2), parent)
            raw = raw[:m.start(2)].rstrip()
    about = _ABOUT.search(raw) if "chỉ đạo" in raw.lower() else None  # (the topic of a steering committee has no level:
    level = lex.level_of(key(lex.expand(raw[:about.start()] if about else raw)))  # "… về Phòng, chống thiên tai")
    if level == "nation" and area_m is not None and re.search(r"(?<![\w])trung ương$", key(raw)):
        raw = doc.text[start:end].strip(" ,-–")  # "Giám đốc Bệnh viện Trung ương Huế": a central body named by its city
        area_m = None
    if area_m is None and new_unit is None and _ZONE_BOARD.search(key(lex.expand(raw))):
        # "Trưởng Ban Quản lý Khu kinh tế Hải Phòng", "… KKT Dung Quất": a province's board, named by the province
        # or by its zone (whose name is no place of the gazetteer's: the words after "khu kinh tế" are not read as one)
        level = "province"
        words = raw.split()
        for k in (3, 2, 1):
            named = [u for u in gazetteer.load().lookup(" ".join(words[-k:])) if u.level == "province"] \
                if len(words) > k + 3 else []
            if named:
                new_unit = choose(doc, named) or named[0]
                raw = " ".join(words[:-k])
                break
    raw = re.sub(r"\s+tp\.?$", " thành phố", re.sub(r"\s+tx\.?$", " thị xã", raw, flags=re.IGNORECASE), flags=re.IGNORECASE)
    raw = re.sub(r"\s+([qph])\.$", lambda m: " " + {"q": "quận", "p": "phường", "h": "huyện"}[m.group(1).lower()], raw,
                 flags=re.IGNORECASE)  # ("UBND Q.1", "UBND P.Bến Nghé", "UBND H.Củ Chi")
    raw = re.sub(r"(?<=[uủỷ]y)\s+(?:thành phố|tỉnh|huyện|thị xã|quận)$", "", raw, flags=re.IGNORECASE)
    title = canonical_title(raw)
    tkey = key(title)
    if level == "district" and area_m is None and new_unit is None and doc.date and doc.date[:1].isdigit() \
            and doc.date >= gazetteer.REFORM and _OFFICE_ONLY.search(tkey):
        level = "commune"  # "Trưởng phòng Văn hóa - Xã hội" after the districts' end: a commune's (a ward's) office
    if area_m and level is None:
        level = _LEVEL_OF_KIND.get(area_m.units[0].kind)
    elif area_m and level == "nation" and _LOCAL_BRANCH.search(key(lex.expand(raw))):
        # "Đoàn ĐBQH TP HCM", "Ủy ban MTTQ Việt Nam Hà Nội": a place right after the national name is its branch's
        level = _LEVEL_OF_KIND.get(area_m.units[0].kind)
    if tkey in _BARE_SEAT or tkey == "ủy viên ban thường vụ":
        base = doc.subject[0] if doc.subject else None
        kind = base.kind if base else ""
        title = f"Ủy viên Ban Thường vụ {_COMMITTEE.get(kind, '')}".strip()
        level = base.level if base and base.level == "province" else _LEVEL_OF_KIND.get(kind)
    elif tkey in ("tỉnh ủy viên",):
        level = "province"
    elif level is None and area_m is None and new_unit is None and _BARE_PARTY_COMMITTEE.search(tkey) \
            and doc.subject:
        level = "commune"  # a bare "Đảng ủy" in a district's or a province's article is a commune's (theirs are
        # a Huyện ủy, a Tỉnh ủy): the commune its sentence names ("Đảng bộ xã Bao La: …; đồng chí A giữ chức Bí thư Đảng ủy")
    role = lex.role_re.match(key(lex.expand(title)))
    if enterprise(title) or (role is not None and " ".join(role.group(0).split()) in _ABROAD) or \
            (cut != end and _BORDER_POST.search(tkey)):
        # a company's, a cooperative's, a university's post (or the body itself, or its party committee), a foreign
        # state's or a mission's abroad: of no administrative unit, the place in its name kept ("Phó Hiệu trưởng Trường Đại học Quy Nhơn", "Giám đốc Công
        # ty TNHH MTV Lâm nghiệp Di Linh", "Đảng ủy Công ty TNHH MTV Cao su Phú Riềng")
        whole = canonical_title(doc.text[start:end].strip(" ,-–")) if cut != end else title
        return whole, None, None, lex.role_re.match(key(lex.expand(whole)))
    area = new_unit or resolve_area(doc, level, area_m, start)
    if tkey == "tỉnh ủy viên" and area is not None and area.level == "province" and area.kind.startswith("thành phố"):
        title = "Thành ủy viên"  # ("TUV" of a centrally-run city: its committee is a Thành ủy)
    # "Chi bộ Khu phố 3 thuộc Đảng bộ phường X": the cell, its parent no part of its name (but its level and unit)
    return _CELL_OF.sub(r"\1", title), level, area, role


# a border post is named by its place ("Đồn Biên phòng Cửa khẩu Quốc tế Hà Tiên"): the place is its name's, no area
_BORDER_POST = re.compile(r"(?<![\w])đồn (?:biên phòng|bp)(?![\w])")


def enterprise(title: str) -> bool:
    """A company's, a cooperative's, a university's, an institute's or a pagoda's post (or the body itself, or its
    party committee): of no administrative unit by design."""
    lex = lexicon.load()
    low = key(lex.expand(title))
    role = lex.role_re.match(low)
    return bool(_ENTERPRISE.match(low, role.end() if role else 0))


_ENTERPRISE = re.compile(r"\s*(?:(?:đảng ủy|đảng bộ|chi bộ|công đoàn|đoàn(?: thanh niên)?|hội sinh viên)\s+)?(?:hội đồng quản trị\s+|hội đồng thành viên\s+|hđqt\s+|hđtv\s+)?"
                         r"(?:công ty|tổng công ty|tập đoàn|"
                         r"hợp tác xã|htx|trường đại học|đại học|viện(?! kiểm sát)(?! ksnd)|chùa|tịnh xá|"
                         # (a church's: "Giám mục Giáo phận Xuân Lộc", "Chánh xứ Giáo xứ Tân Định", "Quản nhiệm Chi hội")
                         r"(?:tổng )?giáo phận|giáo xứ|giáo hạt|chi hội(?= tin lành| hội thánh|$)|hội thánh cao đài|"
                         # (a school by its own name: "Hiệu trưởng Trường THPT Phan Đình Phùng")
                         r"trường (?:thpt|thcs|tiểu học|mầm non|mẫu giáo|ptdtnt|ptdtbt|phổ thông)(?= [^\W\d_]))(?![\w])")


_ABOUT = re.compile(r"\s+về\s+")
_DEPUTY_OF = re.compile(r"(phó bí thư|phó chủ tịch) (?!thường trực)(.+)$")  # (and its standing deputy's: one post)
_ONCE_HELD = re.compile(r"(?<![\w])(?:đã\s+)?(?:từng|nguyên là)\s+(?:giữ chức|giữ cương vị|làm|là|đảm nhiệm)\s+$")
_BEFORE_THEN = re.compile(r"\s*trước khi (?:được\s+)?(?:bổ nhiệm|bầu|điều động|nhận|về|chuyển|giữ)")
_CELL_OF = re.compile(r"((?:^|\s)[Cc]hi bộ\s+\S.*?)\s+thuộc\s+(?:Đảng bộ|Đảng ủy|đảng bộ|đảng ủy)(?:\s.*)?$")


_BARE_PARTY_COMMITTEE = re.compile(r"(?<![\w])đảng ủy(?: viên)?$")  # (and a member of one: "Đảng ủy viên")


@lru_cache(maxsize=1 << 14)  # a pure function of the words: the same few thousand titles recur
def canonical_title(raw: str) -> str:
    """One spelling per title: abbreviations spelled out, one tone placement, the role as in the lexicon."""
    lex = lexicon.load()
    raw = re.sub(r"\s*\([^)]*\)", "", raw)
    raw = re.sub(r"\s+khác\s*$", "", raw)  # ("các đồng chí Ủy viên Ban Thường vụ Huyện ủy khác: …": the post is the seat)
    raw = re.sub(r"\s+khóa\s+(?:[IVXLC]+|\d{1,2})(?=\s|$)", "", fold(raw), flags=re.IGNORECASE)  # the term is no part of the post
    # (nor what the place is like: "Chủ tịch huyện đảo X", "Bí thư huyện vùng cao Y")
    raw = re.sub(rf"(?<![\w])(huyện|xã)\s+(?:{PLACE_LIKE})(?=\s|$)", r"\1", raw,
                 flags=re.IGNORECASE)
    capitals = sum(c.isupper() for c in raw) > 6 and not any(c.islower() for c in raw)
    title = fold(" ".join(lex.expand(raw, keep=True).split()))
    if capitals:
        # a title or body from a headline in capitals ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ"): in lower case but
        # its first letter and the short forms kept as written ("TAND")
        title = " ".join(w if w in lex.shorts or not w.isupper() else lower(w) for w in title.split())
        title = title[:1].upper() + title[1:]
    m = lex.role_re.match(lower(title))
    if m:
        title = lex.role_spelling(m.group(0)) + title[m.end():]
        rest = lower(title[m.end():].strip())
        if rest in lex.committees and "bí thư" in lower(m.group(0)):
            # "Bí thư huyện Hồng Dân", as people say it, is the Bí thư of the Huyện ủy
            title = lex.role_spelling(m.group(0)) + " " + lex.committees[rest]
    for word in ("Huyện ủy", "Tỉnh ủy", "Thành ủy", "Thị ủy", "Quận ủy", "Đảng ủy"):
        title = re.sub(rf"(?<!\w){word}(?!\w)", word, title, flags=re.IGNORECASE)
    return title


# a district's office named by its word alone ("phòng"), with no other word of a district's level
_OFFICE_ONLY = re.compile(r"^(?!.*(?<![\w])(?:huyện|quận|thị xã|thành phố|thị ủy|huyện ủy|quận ủy|thành ủy)(?![\w])).*"
                          r"(?<![\w])phòng(?![\w])")
_ZONE_BOARD = re.compile(r"(?<![\w])ban quản lý (?:các )?(?:khu kinh tế|khu công nghiệp|kkt|kcn)(?![\w])")
_LOCAL_BRANCH = re.compile(r"(?:đoàn đại biểu quốc hội|(?:mặt trận tổ quốc|hội [^,]{3,40}) việt nam)$")


def resolve_area(doc: Doc, level: str | None, area_m, pos: int) -> Unit | None:
    """Area of a post or body at `level`: named in it, else the subject's unit at that level."""
    if level == "nation":
        return None
    unit_level = {"town": "district", "city": "district"}.get(level or "", level)
    if area_m is not None:
        return choose(doc, area_m.units, unit_level) or choose(doc, area_m.units)
    if level is None:
        label = _item_label(doc, pos)
        if label is not None:
            return label  # "…: xã Pa Ham: ông A (Chủ tịch HĐND), bà B (Chủ tịch UBND); xã …": the item's unit
        return doc.subject[0] if doc.subject else None
    if level == "city":
        top = doc.subject[-1] if doc.subject else None
        named = _sentence_unit(doc, pos, "province")
        if named is not None and named.kind in ("thành phố", "thành phố trung ương") and top is not None \
                and named.code != top.code:
            return named  # "Ban Thường vụ Thành ủy Đà Nẵng … dưới sự chủ trì của Bí thư Thành ủy A" in a Hải Phòng article
        if top is not None and top.kind in ("thành phố", "thành phố trung ương"):
            district = doc.subject_at("district")
            return district if district is not None and district.kind == "thành phố" else top
    kind = {"city": "thành phố", "town": "thị xã"}.get(level or "")
    # (a list's section heading first: the item's other, former posts name other units)
    local = _section_unit(doc, pos, level if kind else unit_level) or \
        _venue_unit(doc, pos, level if kind else unit_level) or \
        _sentence_unit(doc, pos, level if kind else unit_level) or \
        _paragraph_unit(doc, pos, level if kind else unit_level)
    if local is not None:
        return local
    found = doc.subject_at(unit_level)
    if found is not None and kind and found.kind != kind and f"{kind} {lower(found.name)}" not in doc.low \
            and f"{_KIND_COMMITTEE[kind]} {lower(found.name)}" not in doc.low:
        found = None  # "Chủ tịch HĐND thành phố" in an article about a huyện is some city's (but one the text calls
        # so, "thị xã X" or "Thị ủy X" of 2012, is the thành phố X the data know: raised in rank since)
    if found is not None and level == "province" and found.kind in ("thành phố", "thành phố trung ương"):
        # "Tỉnh ủy" in an article about Hải Phòng (a city: its party committee is a Thành ủy) is the
        # province named last before it ("Cùng ngày, tại Thừa Thiên - Huế, … Ông B được bầu Phó bí thư Tỉnh ủy")
        # (the paragraph's first province, else the last one before the paragraph: a hometown in passing,
        # "quê quán huyện Cần Đước, Long An", is not what the paragraph is about)
        line = doc.line_bounds(pos) or doc.sentence_bounds(pos)
        own = [u for _, u in _units_named(doc, line[0], pos, "province") if u.kind == "tỉnh"]
        before = own[:1] or [u for _, u in _units_named(doc, max(0, line[0] - 3000), line[0], "province")
                             if u.kind == "tỉnh"][-1:]
        if before:
            return before[0]
    if found is not None:
        return found
    s0, s1 = doc.sentence_bounds(pos)
    near = [a for a in doc.areas_from(s0, s1) if a.hint or not doc.in_person(a.start)]  # ("ông Đặng Thanh Xuân")
    for a in near:
        unit = choose(doc, a.units, level if kind else unit_level)
        if unit is not None:
            return unit
    counts: dict[str, list] = {}
    for a in doc.areas if unit_level == "commune" else ():  # else the commune the article names most
        unit = choose(doc, a.units, unit_level) if a.hint else None
        if unit is not None:
            counts.setdefault(unit.code, []).append(unit)
    if counts:
        return max(counts.values(), key=len)[0]
    return None


_KIND_COMMITTEE = {"thành phố": "thành ủy", "thị xã": "thị ủy"}


def _units_named(doc: Doc, start: int, end: int, level: str) -> list[tuple[int, Unit]]:
    """The units at `level` named in [start, end), where — not a place inside a person's name ("ông Đặng Thanh
    Xuân" names no quận Thanh Xuân)."""
    named = ((a.start, choose(doc, a.units, level)) for a in doc.areas_from(start, end) if not doc.in_person(a.start)
             and not (level == "district" and a.hint not in _DISTRICT_HINTS and any(u.level == "province" for u in a.units))
             and not _to_come(doc, a))
    # (a bare "Hải Dương" — "Tỉnh đoàn Hải Dương" — is the province, not its capital city; a unit gone by the article's
    # date gives no post named without it its place: "sau khi hợp nhất … tỉnh Hậu Giang" then "Giám đốc Sở X")
    # (nor one not yet made: "thành phố Huế" of a 2021 list of districts is no centrally-run city of 2025)
    return [(at, unit) for at, unit in named if unit is not None
            and not (unit.until and doc.date and len(doc.date) == 10 and unit.until < doc.date)
            and not (unit.since and doc.date and len(doc.date) == 10 and unit.since > doc.date)]


_DISTRICT_HINTS = ("huyện", "thị xã", "thành phố", "quận")
_NEW_MARK = re.compile(r"\s*\(mới\)")


def _to_come(doc: Doc, a) -> bool:
    """"các cơ quan của tỉnh Đắk Lắk (mới)" written before the merger: the unit to come, where no body sits yet."""
    return bool(doc.date and _NEW_MARK.match(doc.low, a.end) and any(u.since and u.since > doc.date for u in a.units))


_LABEL_HINTS = ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "đặc khu")


def _item_label(doc: Doc, pos: int) -> Unit | None:
    """The unit an item of a list in running text opens with, a colon after it ("… như sau: xã Huổi Lèng: ông A
    (Chủ tịch HĐND), ông B (Chủ tịch UBND); xã Na Sang: …"), for a title of that item that names no place."""
    s0, _ = doc.sentence_bounds(pos)
    cut = max(s0, doc.low.rfind(";", s0, pos) + 1)
    for a in reversed(doc.areas_from(cut, pos)):
        if a.hint in _LABEL_HINTS and a.end < pos and re.match(r"\s*:", doc.low[a.end:a.end + 3]):
            named = [u for u in a.units if u.kind == a.hint] or a.units
            return choose(doc, named) or named[0]
    return None


def _sentence_unit(doc: Doc, pos: int, level: str) -> Unit | None:
    """The one unit at `level` that the title's own sentence names, if it names exactly one: "Ông A, Phó Bí
    thư Tỉnh ủy, Chủ tịch HĐND tỉnh B" and "HĐND tỉnh B đã bầu ông A, Bí thư Tỉnh ủy, làm ..." are B's
    posts whatever the article's subject (a round-up of several provinces, a visitor from elsewhere)."""
    found = {unit.code: unit for _, unit in _units_named(doc, *doc.sentence_bounds(pos), level)
             if not (unit.until and doc.date and unit.until <= doc.date)}  # (a unit gone by the article's date holds no
    return next(iter(found.values())) if len(found) == 1 else None  # post now: "nguyên Giám đốc Sở X tỉnh Kon Tum")


_VENUE_OPENER = re.compile(r"\s*(?:(?:sáng|chiều|tối|trưa)\s+(?:cùng ngày|nay|qua|\d{1,2}\s*[/.\-]\s*\d{1,2})\s*,\s*)?"
                           r"(?:tại|ở|từ)\s+(?:điểm cầu\s+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|xã|phường|thị trấn|"
                           r"đặc khu)\s+)?$")


def _venue_unit(doc: Doc, pos: int, level: str) -> Unit | None:
    """The unit a sentence opens with as its place ("Chiều cùng ngày, tại Kon Tum, Ban Thường vụ Tỉnh ủy tổ chức …",
    "Tại Quảng Ninh, Đảng ủy phường Hạ Long …"), for a title or body after it that names no place of its own."""
    s0, _ = doc.sentence_bounds(pos)
    s0 = max(s0, doc.low.rfind(";", s0, pos) + 1)  # (or the clause: "…; tại điểm cầu huyện B, đồng chí A, Bí thư Huyện ủy …")
    for a in doc.areas_from(s0, pos):
        if not _VENUE_OPENER.fullmatch(doc.low, s0, a.start) or not re.match(r"\s*(?:\([^)]{1,30}\)\s*)?,", doc.low[a.end:pos]):
            continue
        return choose(doc, a.units, level)
    return None


def _paragraph_unit(doc: Doc, pos: int, level: str) -> Unit | None:
    """The unit at `level` a paragraph is about, when its first sentence names it and nothing before `pos`
    names another: "Chiều 22-10, Đại hội Đảng bộ tỉnh B bế mạc. … Bà A tái đắc cử Bí thư Tỉnh ủy" in a
    round-up whose subject is another province."""
    line = doc.line_bounds(pos)
    if line is None:
        return None
    named = _units_named(doc, line[0], doc.sentence_bounds(pos)[0], level)
    if len({unit.code for _, unit in named}) == 1 and named[0][0] < doc.sentence_bounds(line[0])[1]:
        return named[0][1]
    return None


def _section_unit(doc: Doc, pos: int, level: str) -> Unit | None:
    """The unit a list's section heading names ("Phường Ba Đình:" over "- Chủ tịch UBND phường: ông A"), for a
    title on one of its bullet lines."""
    line = doc.line_bounds(pos)
    if line is None or not _BULLET.match(doc.low, line[0]):
        return None
    heading = _list_heading(doc, doc.line_index(pos), _BULLET)
    if heading is None or len(doc.low[heading[0]:heading[1]].strip()) > 60:
        return None  # (a paragraph that opens the list is no section's label)
    named = _units_named(doc, *heading, level)
    return named[0][1] if len({unit.code for _, unit in named}) == 1 else None


def _levelless_beside(posts: list[Post], doc: Doc) -> list[Post]:
    """A post whose title names no level, right after one that does, is at that one's unit: "Phó Chủ tịch UBND tỉnh,
    Trưởng Ban Chỉ đạo bồi thường … dự án X" is the province's committee, whatever unit the article is about."""
    out = []
    for post in posts:
        if post.level is None and post.area is not None and doc.subject and post.area.code == doc.subject[0].code \
                and not doc.areas_from(post.span.start, post.span.end):
            before = next((q for q in posts if q.person == post.person and q.level not in (None, "nation") and q is not post
                           and q.status == post.status and q.span.end <= post.span.start
                           and re.fullmatch(r"\s*,\s*", doc.text[q.span.end:post.span.start])), None)
            if before is not None and (before.area is None or before.area.code != post.area.code):
                post = Post(post.person, post.title, post.role, post.kind, post.level, before.area, post.status,
                            post.span)
        out.append(post)
    return out


_WON = re.compile(r"\s*(?:đã\s+)?(?:trúng cử|đắc cử|được bầu)(?![\w])")


def _won_after(doc: Doc, p, at: int) -> bool:
    """The person put forward is said to have won in the next sentence ("… giới thiệu ông A để bầu giữ chức Chủ tịch
    UBND huyện. Kết quả, ông A trúng cử với 100% …"): the post is theirs."""
    _, s1 = doc.sentence_bounds(at)
    nxt = doc.sentence_bounds(min(len(doc.text) - 1, s1 + 1)) if s1 < len(doc.text) else None
    if nxt is None:
        return False
    return any(q.name == p.name and _WON.match(doc.low, q.span.end) for q in doc.persons_from(*nxt))


def _ends_soon(unit: Unit, on: str | None) -> bool:
    """The unit ends within two months after `on` (a full ISO date): the eve of a merger."""
    if not unit.until or not on or len(on) != 10 or on[0] == "-" or on >= unit.until:
        return False
    return (_date.fromisoformat(unit.until) - _date.fromisoformat(on)).days <= 62


def _clause_start(doc: Doc, pos: int) -> int:
    s0, _ = doc.sentence_bounds(pos)
    cut = max(doc.low.rfind(ch, s0, pos) for ch in ";:(\n|")
    return max(s0, cut + 1) if cut >= 0 else s0


def posts(doc: Doc) -> dict:
    """Posts of the named persons, one per post, with their areas resolved."""
    lex = lexicon.load()
    person_starts = doc.person_starts()
    found: list[tuple[PersonMention, int, int, str]] = []
    claimed: list[tuple[int, int]] = []
    ordered = sorted(doc.persons, key=lambda p: p.span.start)
    for idx, p in enumerate(ordered):
        s0, s1 = doc.sentence_bounds(p.span.end)
        limit = ordered[idx + 1].span.start if idx + 1 < len(ordered) and ordered[idx + 1].span.start < s1 else s1
        chain = chain_after(doc, p.span.end, limit, person_starts)
        for s, e, status in chain:
            found.append((p, s, e, status))
            claimed.append((s, e))
        tail = chain[-1][1] if chain else p.span.end
        m = _ELECT.search(doc.low, tail, limit)
        copula = _COPULA.match(doc.low, tail)
        if copula and copula.end() < limit and _role_at(doc.low, copula.end()) and (m is None or m.start() > tail + 6):
            m = copula  # "A – Bí thư Tỉnh ủy X là Ủy viên dự khuyết Trung ương Đảng"
        if m and _role_at(doc.low, m.end()) and _PUT_FORWARD.search(doc.low, tail, m.end()) \
                and not _won_after(doc, p, m.end()):
            m = None  # "giới thiệu để bầu giữ chức Chủ tịch Hội": put forward for the post, not (yet) holding it
        if m and _role_at(doc.low, m.end()):
            end, why = _segment_end(doc, m.end(), limit, person_starts)
            bare = _role_at(doc.low, m.end())
            nxt = _COMMA.match(doc.low, end) if why == "," else None
            if bare and bare.end() >= end - 1 and nxt and _role_at(doc.low, nxt.end()) and \
                    lexicon.load().role_kind(bare.group(0)) != "member" and \
                    " ".join(bare.group(0).split()) not in _PARTY_ROLES:  # ("làm Phó Bí thư, Chủ tịch UBND đặc khu": two)
                # "giữ chức Phó Chủ tịch, Tổng Thư ký Ủy ban Trung ương MTTQ": a bare role shares the next title's
                # body: one post, as "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" after a name
                end, why = _segment_end(doc, nxt.end(), limit, person_starts)
            s, e = _trim(doc, m.end(), end)
            past = re.search(r"(?:từng|đã từng|trước đây|trước đó|khi còn|lúc còn|thời gian)\s+$",
                             doc.low[max(0, m.start() - 14):m.start()]) \
                or (m is copula and _BEFORE_THEN.match(doc.low, s0))  # "Trước khi được bổ nhiệm, ông A là Phó Chánh …"
            found.append((p, s, e, "former" if past else "elected"))  # "từng làm Giám đốc Sở ...": held once
            claimed.append((s, e))
            while why == "," and (nxt := _COMMA.match(doc.low, end)) and _role_at(doc.low, nxt.end()):
                # "được chỉ định giữ chức Bí thư Đảng ủy, Chủ tịch HĐND phường X": each title after a comma (not
                # one that runs to the next name: "…, Chủ tịch UBND tỉnh B chúc mừng")
                end2, why2 = _segment_end(doc, nxt.end(), limit, person_starts)
                if _names_next(doc, end2, why2, person_starts) or end2 >= limit:
                    break
                s2, e2 = _trim(doc, nxt.end(), end2)
                found.append((p, s2, e2, "former" if past else "elected"))
                claimed.append((s2, e2))
                end, why = end2, why2
            # "chị A và anh B được bầu giữ chức Phó Bí thư Huyện đoàn": the names joined before B share the post
            # (also after the titles of the name before: "Ông A, Chủ tịch UBND tỉnh, và bà B được bầu làm phó bí thư")
            j = idx
            while j > 0 and not chain:
                prev = ordered[j - 1]
                prev_end = max([e1 for who, _, e1, _ in found if who is prev and e1 <= ordered[j].span.start]
                               + [prev.span.end])
                if not _JOINED.fullmatch(doc.low, prev_end, ordered[j].span.start) or \
                        doc.sentence_of(prev.span.start) != doc.sentence_of(p.span.start) or \
                        any(who is prev and st != "current" for who, _, _, st in found):
                    break  # (not one elected to a post of their own: "bầu ông A làm Trưởng Ban X và bà B làm …")
                j -= 1
                found.append((prev, s, e, "former" if past else "elected"))
    # a portal's list of its leaders, a name alone on its line and its titles alone on the next ("Đỗ Quang Hà\nBí thư
    # Đảng ủy, Chủ tịch HĐND phường"): the next line's titles are the name's
    lines = doc.lines
    titled_ids = {id(who) for who, _, _, _ in found}  # (a set: a long article names thousands)
    for p in ordered:
        line = doc.line_bounds(p.span.start)
        if line is None or id(p) in titled_ids or p.span.start - line[0] > 40 or \
                _ALONE_LEAD.sub("", doc.low[line[0]:p.span.start]) or doc.text[p.span.end:line[1]].strip(" \t.:"):
            continue  # (its number and honorific before it: "1. Đồng chí Phạm Văn A" over "Tỉnh ủy viên, Bí thư Huyện ủy")
        at = bisect_left(lines, line) + 1
        if at >= len(lines) or not _role_at(doc.low, lines[at][0]) or doc.persons_in(*lines[at]):
            continue
        for s, e, status in chain_after(doc, lines[at][0], lines[at][1], person_starts, opened=True):
            found.append((p, s, e, status))
            claimed.append((s, e))
    # a biography's field of posts ("2. Bà Vừ Thị Mỹ\n- Ngày sinh: …\n- Nghề nghiệp, chức vụ hiện nay: Huyện ủy viên, Phó Chủ
    # tịch UBND huyện"): the titles of the person that opens the item
    for l0, l1 in doc.lines if "chức vụ" in doc.low else ():
        field = _POST_FIELD.match(doc.low, l0, l1)
        if field is None or doc.persons_in(l0, l1):
            continue
        i = doc.line_index(l0)
        owner = None
        for j in range(i - 1, max(-1, i - 12), -1):
            j0, j1 = doc.lines[j]
            here = doc.persons_in(j0, j1)
            if here:
                owner = here[0] if _ITEM_LINE.match(doc.low, j0) or here[0].span.start - j0 < 12 else None
                break
            if re.match(r"[ \t]*\d{1,2}\s*[.)]", doc.low[j0:j1]):
                break  # (the item's own opening line, its name not read: no one else's titles)
        if owner is None:
            continue
        for s_, e_, status in chain_after(doc, field.end(), l1, person_starts, opened=True):
            found.append((owner, s_, e_, status))
            claimed.append((s_, e_))
    # a table whose header holds the titles and a cell of each row the unit ("Xã | Chủ tịch HĐND | Chủ tịch UBND" over
    # "Xã Ea Kly | Phan Văn Đức | Y Ngông Êban"): each name holds its column's title in its row's unit
    row_units: dict[tuple, Unit] = {}
    for p in ordered:
        line = doc.line_bounds(p.span.start)
        if line is None or "|" not in doc.low[line[0]:line[1]] or any(who is p for who, _, _, _ in found):
            continue
        got = _header_title(doc, p, line)
        if got is not None:
            (hs, he), unit = got
            found.append((p, hs, he, "current"))
            row_units[(id(p), hs, he)] = unit
    # a table row "1 | Lý Văn Páo | Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện": the cells after the name hold its
    # titles, as the header row says ("Chức vụ cũ | Chức vụ mới": former, then elected; without one, the next cell)
    for p in ordered:
        line = doc.line_bounds(p.span.start)
        if line is None or _NEXT_CELL.match(doc.low, p.span.end) is None or any(who is p for who, _, _, _ in found):
            continue
        for s, e, status in _table_titles(doc, p, line, person_starts):
            found.append((p, s, e, status))
            claimed.append((s, e))
    # "A, B tái đắc cử Phó Bí thư": names listed before a shared election share its post
    titled = {id(f[0]) for f in found}
    ends: dict[int, list[int]] = {}
    for who, _, e, _ in found:
        ends.setdefault(id(who), []).append(e)
    for idx in range(len(ordered) - 2, -1, -1):
        a, b = ordered[idx], ordered[idx + 1]
        gap = doc.low[a.span.end:b.span.start]
        own = [e for e in ends.get(id(a), ()) if a.span.end < e <= b.span.start]
        if own and not gap.lstrip().startswith("("):
            gap = gap[max(own) - a.span.end:]  # "các đồng chí A, Chủ tịch UBND huyện và B được bầu giữ chức …"
        if re.fullmatch(r"\s*(?:\([^()]{0,120}\))?\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?", gap) \
                and (id(a) not in titled or own or gap.lstrip().startswith("(")) \
                and not any(who is a and st == "elected" for who, _, _, st in found):
            # ("Các ông A (Ủy viên BTV) và B (Trưởng ban Tổ chức) được bầu làm Phó Bí thư": each is elected)
            shared = [(a, s, e, st) for who, s, e, st in found if who is b and st == "elected"]
            found += shared
            if shared:
                titled.add(id(a))
    # "các ông A, B (Phó Chủ tịch UBND tỉnh)": the names of a plural list share the brackets that close it
    for idx in range(len(ordered) - 2, -1, -1):
        a, b = ordered[idx], ordered[idx + 1]
        opened = re.match(r"\s*\(\s*", doc.low[b.span.end:b.span.end + 4])
        if id(a) in titled or opened is None or \
                not re.fullmatch(r"\s*(?:,|và)\s*", doc.low[a.span.end:b.span.start]):
            continue
        first = idx
        while first > 0 and re.fullmatch(r"\s*(?:,|và)\s*", doc.low[ordered[first - 1].span.end:ordered[first].span.start]):
            first -= 1
        if not _PLURAL_HONORIFIC.search(doc.low, max(0, ordered[first].span.start - 16), ordered[first].span.start):
            continue
        shared = [(a, s0, e0, st) for who, s0, e0, st in found if who is b and st == "current"
                  and s0 == b.span.end + opened.end()]
        found += shared
        if shared:
            titled.add(id(a))
    # "Trần Văn A và Nguyễn Thị B, Phó Chủ tịch HĐND tỉnh": two names joined, then one deputy's or member's title that
    # both hold (a leader's, "A và B, Chủ tịch UBND tỉnh", is one person's)
    for idx in range(len(ordered) - 2, -1, -1):
        a, b = ordered[idx], ordered[idx + 1]
        comma = re.match(r"\s*,\s*", doc.low[b.span.end:b.span.end + 4])
        if id(a) in titled or comma is None or not re.fullmatch(r"\s+và\s+", doc.low[a.span.end:b.span.start]):
            continue
        shared = [(a, s0, e0, st) for who, s0, e0, st in found if who is b and st == "current"
                  and s0 == b.span.end + comma.end() and (r := _role_at(doc.low, s0)) is not None
                  and lex.role_kind(r.group(0)) in ("deputy", "member")]
        found += shared[:1]
        if shared:
            titled.add(id(a))
    claimed.sort()
    claimed_starts = [cs_ for cs_, _ in claimed]
    longest = max((ce - cs_ for cs_, ce in claimed), default=0)
    for p in ordered:
        cs = _clause_start(doc, p.span.start)
        for s, e, status in chain_before(doc, p.span.start, cs):
            near = claimed[bisect_left(claimed_starts, s - longest):bisect_left(claimed_starts, e)]
            if any(s < ce and cs_ < e for cs_, ce in near):
                continue
            found.append((p, s, e, status))
            titled.add(id(p))
    # a plural title shared by the names after it: "các Phó Chủ tịch HĐND tỉnh A và B"
    for idx in range(1, len(ordered)):
        a, b = ordered[idx - 1], ordered[idx]
        if id(b) in titled or not re.fullmatch(r"\s*(?:,|và)\s*", doc.low[a.span.end:b.span.start]):
            continue
        shared = [(s, e, st) for who, s, e, st in found if who is a and e <= a.span.start
                  and re.search(r"(?:các|những)\s+$", doc.low[max(0, s - 8):s])]
        found += [(b, s, e, st) for s, e, st in shared]
        if shared:
            titled.add(id(b))
    # a title shared by a list after a colon: "các Phó Chủ tịch ...: A, B, C"
    titled_before = {id(f[0]) for f in found if f[2] <= f[0].span.start}  # (only p's own are added below)
    for p in ordered:
        if id(p) in titled_before:
            continue
        s0, _ = doc.sentence_bounds(p.span.start)
        colon = doc.low.rfind(":", s0, p.span.start)
        if colon < 0:
            gom = None
            for gom in _GOM_NAMES.finditer(doc.low, s0, p.span.start + 1):
                pass
            if gom is None:  # "Hai phó bí thư là ông A (…) và ông B (…)": a plural heading, then its names
                for gom in _PLURAL_IS.finditer(doc.low, s0, p.span.start + 1):
                    pass
                if gom is not None and (not lex.role_re.match(gom.group(1)) or _LET_GO.search(doc.low, s0, gom.start())):
                    gom = None  # ("miễn nhiệm 2 Ủy viên UBND tỉnh là ông A, …": posts they leave)
            between = re.sub(r"\([^()]*\)", " ", doc.low[gom.end():p.span.start]) if gom is not None else ""
            if gom is not None and not lex.role_re.search(between):
                # "bầu 4 Phó Chủ tịch UBND tỉnh gồm các ông A, B và bà C": as after a colon (the "là" after a plural
                # heading, as the "gồm")
                colon = gom.end() if gom.re is _PLURAL_IS else gom.start()
            else:
                # "Các Ủy viên Ban Thường vụ Thành ủy … gồm các ông, bà:" then one item a line ("- Ông A (SN 1974)")
                colon = _heading_colon(doc, p.span.start)
                if colon < 0:
                    continue
                s0 = doc.sentence_bounds(colon)[0]
        semi = doc.low.find(";", colon, p.span.start)
        if semi >= 0 and not lex.role_re.search(doc.low, colon, semi) and \
                any(who is p and s >= p.span.end for who, s, _, _ in found):
            # "các Phó Bí thư Tỉnh ủy: A, B; đồng chí C, Trưởng ban ...": a list of bare names ended at the ";"
            # and C, with titles of his own, is not in it (in "gồm: A, Chủ tịch UBND tỉnh; B, Chủ tịch HĐND tỉnh"
            # and "gồm: bà A; ông B" the ";" separates its items)
            continue
        tail = _HEAD_TAIL.search(doc.low, s0, colon)  # "... gồm các ông, bà:"
        cs = max(s0, max(doc.low.rfind(ch, s0, tail.start()) for ch in ";(\n,") + 1)
        line = doc.line_bounds(colon)
        bullet = _BULLET.match(doc.low, line[0]) if line else None
        if bullet and bullet.end() <= tail.start() and not doc.persons_in(bullet.end(), colon):
            cs = max(line[0], bullet.end() - 1)  # "- Bí thư Đảng ủy, Chủ tịch HĐND phường: ông A": every title
        cs = max([cs] + [q.span.end for q in ordered if cs <= q.span.start and q.span.end <= colon])
        head = re.search(r"\s*(?:(?:khóa|nhiệm kỳ)\s+(?:mới|[ivxlc]+|\d{1,2}|\d{4}\s*[-–]\s*\d{4})\s*)?"
                         r"(?:còn lại\s*)?(?:bao gồm|gồm có|gồm|là)?\s*$", doc.low[cs:tail.start()])
        if _CANDIDATES.search(doc.low, s0, colon):
            continue  # "danh sách bầu 4 Phó Chủ tịch Quốc hội, gồm: A, B": candidates, not holders
        own = [doc.low[s:e] for who, s, e, st in found if who is p and st != "former"]
        for s, e, status in chain_before(doc, cs + head.start(), cs):  # "Các Phó Bí thư Tỉnh ủy gồm có: A, B"
            role = _role_at(doc.low, s)
            if role and _PRESIDIUM.search(doc.low, max(0, s - 8), s + len(role.group(0)) + 1):
                continue  # "Đoàn Chủ tịch gồm các đồng chí: A, B": a congress's presidium, no post
            if role and any(t.startswith(role.group(0)) for t in own):
                continue  # "A (Phó Bí thư Thường trực)": already the list's post, more precisely
            found.append((p, s, e, status))
    # "… Nguyễn Văn A được bầu … Ông là Ủy viên Bộ Chính trị, Trưởng đoàn ĐBQH Hà Nội": the pronoun's titles
    for s0, s1 in doc.sentences:
        m = _HE_IS.match(doc.low, s0, s1)
        if m is None or not _role_at(doc.low, m.end()) or doc.persons_from(s0, s1):
            continue
        earlier = [p for p in ordered if p.span.end <= s0 and doc.sentence_of(s0) - p.span.sentence <= 2]
        if earlier:
            found += [(earlier[-1], s, e, st) for s, e, st in chain_after(doc, m.end(), s1, person_starts, opened=True)]
    out: list[Post] = []
    seen = set()
    for p, s, e, status in found:
        title, level, area, role = parse_title(doc, s, e)
        row_unit = row_units.get((id(p), s, e))
        if row_unit is not None:  # (a table's title in its header, the row's unit in another cell)
            level, area = row_unit.level, row_unit
            kind_word = {"thành phố trung ương": "thành phố"}.get(row_unit.kind, row_unit.kind)
            if not lex.level_of(key(lex.expand(title))):
                title = f"{title} {kind_word}"
        if role is None or len(title.split()) > (30 if " về " in title else 20) or key(title) in _NOT_A_POST or _DEPUTY_SEAT.fullmatch(key(title)):
            continue
        k = (key(p.name), key(lex.expand(title)), area.code if area else "", s, e)
        if k in seen:
            continue
        seen.add(k)
        s0, _ = doc.sentence_bounds(s)
        look_from = s0
        if _LIST_OPEN.match(doc.low, s0):
            look_from = doc.sentences[max(0, doc.sentence_of(s) - 1)][0]
        heading = None
        if status == "current" and _ITEM_LINE.match(doc.low, doc.lines[doc.line_index(s)][0]):
            # an item of a list whose heading says what befalls those listed ("Các cán bộ nhận quyết định nghỉ hưu
            # … gồm:\n- Ông A, Giám đốc Sở …")
            heading = _list_heading(doc, doc.line_index(s), _ITEM_LINE)
        headline = doc.lines[0] if doc.lines and doc.lines[0][1] - doc.lines[0][0] < 200 else (0, 0)
        if status == "current" and (_RETIRED.search(doc.low, look_from, p.span.start)
                                    or (heading and _RETIRED.search(doc.low, *heading))
                                    or (_RETIRED.search(doc.low, *headline) and _named_in(doc, p, headline))
                                    or _RETIRES_AFTER.match(doc.low, e) or _OLD_AFTER.match(doc.low, e)
                                    or _FORMER_LIST.match(doc.low, s0)):
            status = "former"
        kind = lex.role_kind(role.group(0))
        if status == "elected" and area is not None and _ends_soon(area, doc.date) and lower(area.name) not in doc.low[s:e]:
            # a post given on the eve of a merger ("A, Bí thư Tỉnh ủy B, được chỉ định giữ chức Phó Bí thư Thường
            # trực Tỉnh ủy"): of the unit the article is about, not of the unit about to end that A's old title names
            own = doc.subject_at(area.level)
            if own is not None and own.code != area.code and (own.until is None or own.until >= area.until):
                area = own
        out.append(Post(p.name, title, role.group(0), kind, level, area, status, doc.span(s, e)))
    out = _committees_of(out, doc)
    out += _seats(doc, ordered, person_starts)
    out += _rosters(doc, ordered, out)
    out += _ministers_listed(doc, ordered)
    out = _committee_level(_respectively(_party_roles(_party_groups(_agency_committees(_share_areas(_deputies(out)))), doc),
                                          doc))
    out = _bare_roles(_promoted(_bodies_named_back(out, doc)), doc)
    out = _levelless_beside(out, doc)
    out = _shared_by_joined(out, doc)
    keys = {id(q): (key(q.person), key(lex.expand(q.title)), q.area.code if q.area else "") for q in out}
    # held now wins over held before ("A, Bí thư Tỉnh ủy B (cũ), được chỉ định giữ chức Bí thư Tỉnh ủy B"), and a
    # deputy's post beside its standing deputy's is the more precise one ("Hai phó bí thư là ông A (Phó Bí thư Thường
    # trực Quận ủy)")
    held = {keys[id(q)] for q in out if q.status != "former"}
    out = [q for q in out if not (q.status == "former" and keys[id(q)] in held) and not (
        q.status == "current" and (d := _DEPUTY_OF.match(keys[id(q)][1]))
        and (keys[id(q)][0], f"{d.group(1)} thường trực {d.group(2)}", keys[id(q)][2]) in held)]
    once: set[tuple] = set()  # one post per person, title and area (a caption repeats the body's)
    out = [q for q in out if keys[id(q)] not in once and not once.add(keys[id(q)])]
    # a national role written bare ("Thủ tướng A", "Bộ trưởng A") is the post the article names in full for the
    # same person ("Thủ tướng Chính phủ", "Bộ trưởng Bộ Nông nghiệp …"): one post
    whole = {keys[id(q)][:2] for q in out}
    out = [q for q in out if not ((key(q.title) in _GOVERNMENT_ROLES or key(q.title) in _ABROAD) and any(
        p == key(q.person) and t.startswith(key(q.title) + " ") for p, t in whole))]
    titles = tuple(sorted({(s, e) for _, s, e, _ in found}))
    return {"posts": tuple(_supersede(out, doc)), "titles": titles}


_NEXT_CELL = re.compile(r"[ \t]*\|[ \t]*(?=\S)")
_BULLET = re.compile(r"[ \t]*[-–+•*][ \t]*")


def _cells(doc: Doc, l0: int, l1: int) -> list[tuple[int, int]]:
    bars = [i for i in range(l0, l1) if doc.low[i] == "|"]
    return list(zip([l0] + [b + 1 for b in bars], bars + [l1]))


_NOT_A_TITLE_COLUMN = re.compile(r"(?<![\w])(?:stt|tt|họ(?: và)? tên|tên|năm sinh|quê|ghi chú|số phiếu|tỷ lệ|đơn vị)(?![\w])")


def _table_header(doc: Doc, line: tuple[int, int], reach: int) -> list[tuple[int, int]] | None:
    """The cells of a table's header row over `line`: the nearest row above it (within `reach` lines of the table)
    that names no person; None when the table ends first."""
    i = doc.line_index(line[0])
    for j in range(i - 1, max(-1, i - reach), -1):
        l0, l1 = doc.lines[j]
        if "|" not in doc.low[l0:l1]:
            return None
        if not doc.persons_in(l0, l1):
            return _cells(doc, l0, l1)
    return None


def _table_titles(doc: Doc, p, line: tuple[int, int], person_starts) -> list[tuple[int, int, str]]:
    cells = _cells(doc, *line)
    k = next((i for i, (c0, c1) in enumerate(cells) if c0 <= p.span.start < c1), None)
    if k is None:
        return []
    header = _table_header(doc, line, 40)
    out = []
    for c, (c0, c1) in enumerate(cells):
        if c == k:
            continue
        head = doc.low[header[c][0]:header[c][1]] if header and c < len(header) else None
        if head is None and c != k + 1:
            continue  # no header: the next cell only ("Chức danh | Họ và tên | Số phiếu": the header says which)
        if head is not None and (_NOT_A_TITLE_COLUMN.search(head) or not head.strip()):
            continue
        status = "current"
        if head is not None and re.search(r"(?<![\w])(?:cũ|trước|nguyên)(?![\w])", head):
            status = "former"
        elif head is not None and re.search(r"(?<![\w])(?:mới|được bầu|bổ nhiệm|được phân công)(?![\w])", head):
            status = "elected"
        start = c0 + len(doc.low[c0:c1]) - len(doc.low[c0:c1].lstrip())
        for s, e, st in chain_after(doc, start, c1, person_starts, opened=True):
            out.append((s, e, "former" if status == "former" or st == "former" else
                        ("elected" if status == "elected" else st)))
    return out


_POST_FIELD = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?(?:nghề nghiệp,?\s*)?chức (?:vụ|danh)(?:\s+hiện nay|\s+hiện tại)?"
                         r"(?:,\s*(?:nơi|cơ quan) công tác)?[ \t]*:[ \t]*")
_UNIT_COLUMN = re.compile(r"(?<![\w])(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)(?![\w])")


def _header_title(doc: Doc, p, line: tuple[int, int]):
    """For a name alone in its cell: the title its column's header holds and the unit another cell of its row
    names (its header naming the level: "Xã, thị trấn"), as ((header cell span), unit); None otherwise."""
    cells = _cells(doc, *line)
    k = next((i for i, (c0, c1) in enumerate(cells) if c0 <= p.span.start < c1), None)
    if k is None or doc.text[cells[k][0]:cells[k][1]].strip() != p.name:
        return None
    header = _table_header(doc, line, 60)
    if header is None or len(header) != len(cells):
        return None
    h0, h1 = header[k]
    h0 += len(doc.low[h0:h1]) - len(doc.low[h0:h1].lstrip())
    h1 -= len(doc.low[h0:h1]) - len(doc.low[h0:h1].rstrip())
    if not _role_at(doc.low, h0) or len(doc.low[h0:h1].split()) > 8:
        return None
    gaz = gazetteer.load()
    for c, (c0, c1) in enumerate(cells):
        if c == k or doc.persons_in(c0, c1):
            continue
        level_word = _UNIT_COLUMN.search(doc.low, *header[c])
        name = doc.text[c0:c1].strip()
        if level_word:  # (the header's level first: "Phú Mỹ" under "Xã" is the commune, not the town)
            units = [u for u in gaz.lookup(name) if u.kind == level_word.group(1) or
                     (level_word.group(1) in ("xã", "phường", "thị trấn", "đặc khu") and u.level == "commune")]
            unit = choose(doc, units) if units else None
            if unit is not None:
                return (h0, h1), unit
        for a in doc.areas_from(c0, c1):  # (a cell that is a unit's name whole: "Xã Ea Kly", "Thị trấn Phước An")
            if doc.text[a.start:a.end] != name[-(a.end - a.start):] or len(name) - (a.end - a.start) > 10:
                continue
            unit = choose(doc, [u for u in a.units if u.level in ("commune", "district")] or a.units)
            if unit is not None:
                return (h0, h1), unit
    return None


def _named_in(doc: Doc, p, span: tuple[int, int]) -> bool:
    """Whether a headline that speaks of retiring names this person ("Ông A nghỉ hưu", "… ông Tài nghỉ hưu"),
    not the others its article names (who hand over the decisions, or attend)."""
    given = " ".join(key(p.name).split()[-1:])
    text = key(doc.text[span[0]:span[1]])
    return key(p.name) in text or bool(given and re.search(rf"(?:ông|bà|đồng chí) {re.escape(given)}\b", text))


_GOM_NAMES = re.compile(r"(?<![\w])gồm(?:\s+có)?\s+(?:các\s+)?(?:ông|bà|đồng chí)(?:\s*,\s*bà)?\s+(?=[^\W\d_])")
_PLURAL_IS = re.compile(r"(?<![\w])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|\d{1,2})\s+([^,.;:()\d]{3,60}?)\s+(?:mới\s+)?"
                        r"(?=là\s+(?:các\s+)?(?:ông|bà|đồng chí)\s+[^\W\d_])")
_LET_GO = re.compile(r"(?<![\w])(?:miễn nhiệm|bãi nhiệm|cách chức|cho thôi|thôi giữ|nghỉ hưu)(?![\w])")
_CANDIDATES = re.compile(r"(?<![\w])(?:danh sách (?:bầu|đề cử|giới thiệu|ứng cử|nhân sự)|ứng cử viên|ứng viên|"
                         r"đề cử|giới thiệu để bầu|dự kiến)(?![\w])")
_PLURAL_HONORIFIC = re.compile(r"(?<![\w])các\s+(?:ông|bà|đồng chí|đ/c)\s+$")
_JOINED = re.compile(r"\s*(?:,\s*và|,|và)\s*(?:(?:anh|chị|ông|bà|đồng chí|đ/c)\s+)?")
_PUT_FORWARD = re.compile(r"(?<![\w])giới thiệu(?:\s+để)?\s+(?:bầu|ứng cử)(?![\w])|(?<![\w])để\s+(?:[^,.;]{0,30}?\s)?(?:bầu|ứng cử)(?![\w])")
# ("giới thiệu ông A để HĐND huyện bầu giữ chức Chủ tịch UBND huyện": put forward, not yet holding it)
_OLD_AFTER = re.compile(r"\s*\(?\s*cũ\s*\)?(?![\w])")  # "Bí thư quận 5 cũ làm Bí thư phường": a post of before
_RETIRES_AFTER = re.compile(r"\s*(?:(?:cũng|đã|vừa|xin|được)\s+)*" + _RETIRED.pattern)
_HEAD_TAIL = re.compile(r"(?:\s*,?\s*(?:khóa|nhiệm kỳ)\s+(?:mới|[ivxlc]+|\d{1,2}|\d{4}\s*[-–]\s*\d{4}))*"
                        r"(?:\s*,?\s*(?:được\s+(?:bầu|bầu lại|phê chuẩn|tín nhiệm bầu)|tái đắc cử))?"  # ("Các Phó Chủ tịch UBND
                        # tỉnh được bầu gồm: A, B")
                        r"(?:\s*,?\s*(?:bao gồm|gồm có|gồm|còn có|là))?\s*(?:các\s+)?(?:ông\s*,\s*bà|bà\s*,\s*ông|ông\s+bà|"
                        r"đồng chí|ông|bà)?(?:\s*\([^()]{0,80}\))?\s*$")  # (a bracket before the colon: "(không kể Bí thư, Phó Bí thư):")
_ITEM = re.compile(r"\s*(?:[-–+•*]\s*|\d{1,2}\s*[.)/]\s*|[a-zđ]\)\s*)?(?:đồng chí|đ/c|ông|bà)?\s*$")


def _heading_colon(doc: Doc, at: int) -> int:
    """The colon ending the heading line of a list whose items are one a line, for an item (a person
    starting its line, after a bullet, a number or an honorific) at `at`; -1 when there is none."""
    i = doc.line_index(at)
    if i <= 0 or not _ITEM.fullmatch(doc.low, doc.lines[i][0], at):
        return -1
    heading = _list_heading(doc, i, _ITEM_LINE)
    return heading[0] + len(doc.low[heading[0]:heading[1]].rstrip()) - 1 if heading else -1


_SECTION_NUMBER = re.compile(r"\s*(?:[ivxlc]{1,5}|\d{1,2}|[a-d])\s*[.)/]\s*", re.IGNORECASE)


def _section_body(doc: Doc, pos: int) -> tuple[str, str] | None:
    """The body a section heading names, in capitals or numbered ("III. ỦY BAN NHÂN DÂN XÃ", "2. Hội đồng nhân dân
    xã"), over the list item at `pos` (items and their detail lines between), with its level."""
    lex = lexicon.load()
    i = doc.line_index(pos)
    if i < 0 or not _BULLET.match(doc.low, doc.lines[i][0]):
        return None
    for j in range(i - 1, max(-1, i - 12), -1):
        l0, l1 = doc.lines[j]
        text = doc.text[l0:l1].strip()
        if not text or _BULLET.match(doc.low, l0) or ":" in text:
            continue  # (an item, or an item's detail line: "Điện thoại: 0915…")
        number = _SECTION_NUMBER.match(text)
        head = text[number.end():] if number else text
        if not (number or head.isupper()) or len(head.split()) > 8:
            return None
        low = key(lex.expand(head))
        body = lex.body_re.match(low)
        level = lex.level_of(low)
        if body is None or level is None or body.end() < len(low) - len(low.split()[-1]) - 1:
            return None  # ("ỦY BAN MTTQ VÀ CÁC ĐOÀN THỂ": no one body of a level)
        words = lex.expand(head).lower()
        return words[:1].upper() + words[1:], level
    return None


def _list_heading(doc: Doc, i: int, item) -> tuple[int, int] | None:
    """The line ending in ':' above line `i` of a list, every line between being an item (`item` matches at
    its start; blank lines are passed over); None when a line of running text comes first."""
    for j in range(i - 1, max(-1, i - 40), -1):
        l0, l1 = doc.lines[j]
        text = doc.low[l0:l1].strip()
        if not text:
            continue
        if text.endswith(":"):
            return l0, l1
        if not item.match(doc.low, l0):
            return None
    return None


# a mass organisation whose standing committee a bare "Ủy viên Ban Thường vụ" may sit on
# (the Youth Union's or a central association's: a provincial "Chủ tịch Hội Nông dân tỉnh" or "Chủ tịch Ủy ban MTTQ
# tỉnh" often sits on the party's standing committee, so those stay the party's)
_YOUTH_BODY = re.compile(r"\s*(?:(?:tỉnh|thành|huyện|quận|thị) đoàn|đoàn (?:thanh niên|tncs|xã|phường|thị trấn|khối|trường)|"
                         r"chi đoàn|trung ương đoàn)(?![\w])")
_MASS_ORG = re.compile(r"(?:Trung ương Đoàn.*|Trung ương Hội .*|(?:Tỉnh|Thành|Huyện|Quận|Thị) đoàn.*)$", re.IGNORECASE)


_PEERS = {"thứ trưởng": ("thứ trưởng", "bộ trưởng"), "phó vụ trưởng": ("vụ trưởng", "phó vụ trưởng")}
_DEPUTY = re.compile(r"phó ((?:chủ tịch|giám đốc|trưởng ban|chủ nhiệm|trưởng phòng|tổng thư ký|viện trưởng|chánh án|"
                     r"cục trưởng|chi cục trưởng)"
                     r"(?: sở| ban| hội)?)$")  # ("Các Phó Giám đốc Sở: A, B" after "Giám đốc Sở Nông nghiệp …")


def _committee_level(posts: list[Post]) -> list[Post]:
    """"Phó Bí thư Đảng ủy, Chủ tịch UBND đặc khu": a commune's or special zone's party committee written bare
    is named with its level word, as the Huyện ủy or the Tỉnh ủy is by its own name."""
    out = []
    for post in posts:
        if post.area is not None and post.area.kind in ("xã", "phường", "thị trấn", "đặc khu") and \
                re.search(r"(?<!\w)Đảng ủy$", post.title):
            post = Post(post.person, f"{post.title} {post.area.kind}", post.role, post.kind, post.level, post.area,
                        post.status, post.span)
        out.append(post)
    return out


_COMMITTEES_OF = re.compile(r"(?<![\w])(?:các ban|(?:các|những|hai|ba|bốn|năm|\d)\s+(?:phó\s+)?trưởng ban)\s+(?:của\s+)?"
                            r"(hđnd|hội đồng nhân dân)\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|"
                            r"phường|đặc khu)(?![\w])[^:]{0,40}:")


def _committees_of(posts: list[Post], doc: Doc) -> list[Post]:
    """"Trưởng các ban HĐND tỉnh gồm: Trưởng Ban Pháp chế A; Trưởng Ban Dân tộc B": each committee is the council's;
    "bầu ông A làm Trưởng Ban Pháp chế và bà B làm Trưởng Ban Kinh tế - Xã hội HĐND huyện", "Trưởng các Ban: ông A,
    Trưởng Ban X; bà B, Trưởng Ban Pháp chế HĐND tỉnh": the council named once, with the last, is each one's."""
    out = list(posts)
    for idx in range(len(out) - 1, -1, -1):  # (right to left: the council passes back along the list)
        post = out[idx]
        if not (re.fullmatch(r"(?:Phó )?Trưởng ban [^,]+", post.title) and
                not re.search(r"(?i)hội đồng|ủy|mặt trận|đoàn|hội ", post.title[len("Trưởng ban "):])):
            continue
        s0, s1 = doc.sentence_bounds(post.span.start)
        head = None
        for head in _COMMITTEES_OF.finditer(doc.low, s0, post.span.start):
            pass
        if head is not None:
            out[idx] = Post(post.person, f"{post.title} Hội đồng nhân dân {head.group(2)}", post.role, post.kind,
                            post.level or _LEVEL_OF_KIND.get(head.group(2)), post.area, post.status, post.span)
            continue
        later = min((q for q in out if q is not post and q.person != post.person and post.span.end <= q.span.start < s1
                     and re.fullmatch(r"(?:Phó )?Trưởng ban .+", q.title)), key=lambda q: q.span.start, default=None)
        if later is not None and " Hội đồng nhân dân" in later.title and re.fullmatch(
                r"\s*(?:và|,|;)\s*(?:(?:ông|bà|đồng chí)\s+)?", doc.low[post.span.end:_person_before(doc, later)]):
            council = later.title[later.title.index(" Hội đồng nhân dân"):]
            out[idx] = Post(post.person, post.title + council, post.role, post.kind, later.level, later.area,
                            post.status, post.span)
    return out


def _person_before(doc: Doc, q: Post) -> int:
    """Where the name of the person a later post belongs to starts (the post's own start if none)."""
    named = [p for p in doc.persons_in(max(0, q.span.start - 80), q.span.start) if p.name == q.person]
    return named[-1].span.start if named else q.span.start


_HE_IS = re.compile(r"\s*(?:ông|bà|anh|chị)\s+(?:hiện\s+|hiện nay\s+|đang\s+)?là\s+")
_INTO = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,[^.;:]{0,120}?)?\s+(?:được\s+)?(?:bầu\s+(?:bổ sung\s+)?|"
                   r"chỉ định\s+(?:bổ sung\s+)?|tham gia\s+|trúng cử\s+)?vào\s+(?=(?:ban thường vụ|ban chấp hành|bch|"
                   r"ủy ban kiểm tra|ubkt|bộ chính trị)(?![\w]))")
_ELECTS = re.compile(r"(?<![\w])(?:bầu|bầu bổ sung|chỉ định|chỉ định bổ sung|trúng cử|tham gia)(?![\w])")


_ROSTER = re.compile(r"[ \t]*(?:danh sách\s+)?(?:(?:các\s+)?(?:đồng chí\s+)?(?:ủy viên\s+)?)??((?:ban thường vụ|ban chấp hành|"
                     r"ủy ban kiểm tra)(?:\s+[^\s:,]+)*?)(?:\s*,?\s+(?:khóa|nhiệm kỳ)\s[^:\n]*?)?"
                     r"(?:\s+(?:gồm|bao gồm)(?:\s+có)?(?:\s+(?:các\s+)?(?:đồng chí|ông,?\s*bà|\d+\s+(?:đồng chí|người)))?)?"
                     r"\s*:\s*$")
_INLINE_ROSTER = re.compile(r"(?<![\w])bầu\s+(ban thường vụ\s+(?:(?:tỉnh|huyện|thành|thị|quận) ủy|đảng ủy(?:\s+(?:xã|phường|"
                            r"thị trấn))?))(?![\w])[^:.;]{0,80}?(?:trong đó có|gồm)(?:\s+các)?(?:\s+đồng chí)?\s*:\s*")
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–+•*]|\d{1,2}\s*[.)/|]|[a-zđ]\)|(?:đồng chí|đ/c|ông|bà)\s)")


_MINISTERS_OF = re.compile(r"(?<![\w])(bộ trưởng|thứ trưởng)\s+các\s+bộ\s*:?\s*")
_ITEM_GAP = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")


def _ministers_listed(doc: Doc, ordered) -> list[Post]:
    """"Bộ trưởng các bộ: Tài nguyên và Môi trường A, Giao thông vận tải B và Kế hoạch và Đầu tư C": each name
    after its ministry's name holds that ministry's post (of no area)."""
    lex = lexicon.load()
    out: list[Post] = []
    for m in _MINISTERS_OF.finditer(doc.low) if "các bộ" in doc.low else ():
        _, s1 = doc.sentence_bounds(m.start())
        at = m.end()
        for p in doc.persons_in(m.end(), s1):
            name = doc.text[at:p.span.start].strip()
            if not name or not name[0].isupper() or len(name.split()) > 8 or lex.role_re.match(doc.low, at):
                break
            role = m.group(1).capitalize()
            title = f"{role} Bộ {name}"
            out.append(Post(p.name, title, role, lex.role_kind(role) or "leader", "nation", None, "current",
                            doc.span(at, p.span.start)))
            gap = _ITEM_GAP.match(doc.low, p.span.end)
            if gap is None:
                break
            at = gap.end()
    return out


def _rosters(doc: Doc, ordered, posts: list[Post]) -> list[Post]:
    """"Danh sách Ban Thường vụ Tỉnh ủy X khóa XV:" then one member a line (a bullet, a number, a table row):
    each listed member holds a seat on that committee ("Ủy viên Ban Thường vụ Tỉnh ủy") — its secretaries
    are named by their own titles."""
    lines = doc.lines
    out: list[Post] = []
    for i, (l0, l1) in enumerate(lines):
        if not doc.low[l0:l1].rstrip().endswith(":"):
            continue
        # (the heading may close a paragraph: "… gồm 25 đồng chí. Ban Thường vụ Đảng ủy xã gồm 7 đồng chí:")
        m = _ROSTER.fullmatch(doc.low, max(l0, doc.sentence_bounds(l1 - 1)[0]), l1)
        if m is None or not lines[i + 1:]:
            continue
        title, level, area, _ = parse_title(doc, m.start(1), m.end(1))
        if not title or len(title.split()) > 10:
            continue
        block_end = l1
        for b0, b1 in lines[i + 1:i + 60]:
            if not (_ITEM_LINE.match(doc.low, b0) or "|" in doc.low[b0:b1]):
                break
            block_end = b1
        for p in ordered:
            if not l1 < p.span.start < block_end:
                continue
            own = [q for q in posts if q.person == p.name and l1 < q.span.start < block_end]
            if any("bí thư" in key(q.role) for q in own):
                continue
            line = doc.line_bounds(p.span.start)
            if line and doc.persons_in(line[0], p.span.start):
                continue  # (one member a line: the first name on it)
            out.append(Post(p.name, f"Ủy viên {title}", "ủy viên", "member", level, area, "current",
                            doc.span(m.start(1), m.end(1))))
    # in a sentence: "Hội nghị đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, trong đó có các đồng chí: A, Giám đốc Sở
    # X; B, Bí thư Huyện ủy Y và C, …": each listed (first name of an item) holds a seat
    for m in _INLINE_ROSTER.finditer(doc.low) if "bầu ban thường vụ" in doc.low else ():
        title, level, area, _ = parse_title(doc, m.start(1), m.end(1))
        if not title:
            continue
        _, s1 = doc.sentence_bounds(m.end())
        firsts = {m.end()} | {m.end() + k.end() for k in re.finditer(r";\s*|\s+và\s+(?:các\s+)?(?:đồng chí\s+)?",
                                                                   doc.low[m.end():s1])}
        committee = key(title)[len("ủy viên ban thường vụ "):] if key(title).startswith("ủy viên") else \
            key(title)[len("ban thường vụ "):]
        for p in ordered:
            if p.span.start not in firsts:
                continue
            own = [q for q in posts if q.person == p.name and m.end() < q.span.start < s1]
            if any(key(q.role) in _PARTY_ROLES and key(q.title).endswith(committee) for q in own):
                continue  # (the committee's own secretaries are named by their own titles)
            out.append(Post(p.name, f"Ủy viên {title}", "ủy viên", "member", level, area, "elected",
                            doc.span(m.start(1), m.end(1))))
    return out


def _seats(doc: Doc, ordered, person_starts) -> list[Post]:
    """"Hội nghị đã bầu bổ sung đồng chí A, Quận ủy viên, Trưởng ban Tổ chức Quận ủy vào Ban Thường vụ Quận ủy":
    a seat on the committee the person is elected into ("Ủy viên Ban Thường vụ Quận ủy")."""
    lex = lexicon.load()
    out = []
    for idx, p in enumerate(ordered):
        s0, s1 = doc.sentence_bounds(p.span.end)
        limit = ordered[idx + 1].span.start if idx + 1 < len(ordered) and ordered[idx + 1].span.start < s1 else s1
        m = _INTO.match(doc.low, p.span.end, limit)
        if m is None or not (_ELECTS.search(doc.low, s0, p.span.start) or _ELECTS.search(doc.low, p.span.end, m.end())):
            continue
        end, _ = phrase_end(doc, m.end(), limit, person_starts, skip_to=lex.body_re.match(doc.low, m.end()).end())
        s, e = _trim(doc, m.end(), end)
        title, level, area, _ = parse_title(doc, s, e)
        if not title or len(title.split()) > 12:
            continue
        title = f"Ủy viên {title}"
        out.append(Post(p.name, title, "ủy viên", "member", level, area, "elected", doc.span(s, e)))
    return out


def _deputies(posts: list[Post]) -> list[Post]:
    """"X được bầu giữ chức Chủ tịch Hội Nông dân huyện; các Phó Chủ tịch gồm: A, B", "Thứ trưởng Bộ Nội vụ A chủ
    trì; cùng chủ trì có Thứ trưởng B": a bare deputy's role is of the body its head (or a peer) was just named
    with, in the same sentence or the one before."""
    out = []
    for post in posts:
        k = key(post.title)
        m = _DEPUTY.fullmatch(k)
        sources = (m.group(1), k) if m else _PEERS.get(k, ())
        if not sources:
            out.append(post)
            continue
        # (not the person's own: "ông A, Chủ tịch Hội Nông dân xã, được cử giữ chức Phó Chủ tịch" is no deputy of
        # the body he heads, but of the one its head was just elected to)
        head = next(((q, src) for q in reversed(posts) for src in sources if q.span.start < post.span.start
                     and q.person != post.person
                     and post.span.sentence - 1 <= q.span.sentence <= post.span.sentence
                     and key(q.title).startswith(src + " ")), None)
        if head is not None:
            q, src = head
            body = q.title[len(src):].strip()
            post = Post(post.person, f"{post.title} {body}", post.role, post.kind, q.level, q.area, post.status,
                        post.span)
        out.append(post)
    return out


def _respectively(posts: list[Post], doc: Doc) -> list[Post]:
    """Two posts written as one title and taken by two people in turn: "A và B giữ chức Bí thư và Phó Bí thư Thành
    ủy" (two roles of one body), "A và B lần lượt giữ chức Giám đốc Sở X và Giám đốc Sở Y" (two whole titles)."""
    lex = lexicon.load()
    out = list(posts)
    for i, post in enumerate(posts):
        # the "và" a role follows: "Bí thư và Phó Bí thư Thành ủy" (two roles of one body), "Giám đốc Sở Nông
        # nghiệp và Môi trường và Giám đốc Sở Xây dựng" (two whole titles)
        m = next((m for m in re.finditer(r" và ", post.title) if lex.role_re.match(lower(post.title[m.end():]))), None)
        if m is None:
            continue
        left, right = post.title[:m.start()], post.title[m.end():]
        second = lex.role_re.match(lower(right))
        whole = not lex.role_re.fullmatch(lower(left))
        if whole and not lex.role_re.match(lower(left)):
            continue
        holders = [q.person for q in posts if q.title == post.title and q.span.sentence == post.span.sentence]
        if len(set(holders)) != 2:
            continue
        s0 = doc.sentences[post.span.sentence][0]
        first_named = min(holders, key=lambda name: doc.text.find(name, s0) % (len(doc.text) + 1))
        if whole:
            title = left if post.person == first_named else right
            role = lex.role_re.match(lower(title)).group(0)
        else:
            role = left if post.person == first_named else right[:second.end()]
            title = role + right[second.end():]
        out[i] = Post(post.person, title, lower(role), lex.role_kind(role), post.level, post.area, post.status,
                      post.span)
    return out


_LEVEL_COMMITTEE = {"province": "Tỉnh ủy", "district": "Huyện ủy", "town": "Thị ủy", "city": "Thành ủy",
                    "commune": "Đảng ủy"}


# the party committee of an agency, a bloc, the armed forces or a company, named with its body
_NAMED_COMMITTEE = re.compile(r"(?<!\w)Đảng ủy (?:Khối|Công an|Quân sự|Bộ Chỉ huy|Bộ đội|Biên phòng|Tổng công ty|Công ty|"
                              r"Tập đoàn|Cơ quan|Doanh nghiệp|Sở|Trường|Bệnh viện)\b.*$")
_AGENCY = re.compile(r"(?:Công an|Bộ Chỉ huy|Ban Chỉ huy|Bộ CHQS|Ban CHQS|Bộ đội|BĐBP|Sở|Tổng công ty|Công ty|Tập đoàn|"
                     r"Bệnh viện|Trường|Đại học|Học viện|Ban Quản lý|Viện [Kk]iểm sát|VKSND|Tòa án|TAND|Cục|Chi cục)\b.*$")
# the party committee of an armed forces' command is named by the force, not the command: "Đảng ủy Quân sự tỉnh" of the
# Bộ Chỉ huy Quân sự tỉnh, "Đảng ủy Bộ đội Biên phòng tỉnh" of its Bộ Chỉ huy
_COMMAND = re.compile(r"^(?:(?:Bộ|Ban) Chỉ huy|(?:Bộ|Ban) CHQS)\s+(?=(?:Quân sự|Bộ đội Biên phòng|BĐBP)?)", re.IGNORECASE)


def _committee_of(agency: str) -> str:
    """The party committee's name after "Đảng ủy" for an agency: "Bộ CHQS tỉnh" -> "Quân sự tỉnh"."""
    m = re.match(r"(?:Bộ|Ban) CHQS\s+(.*)$", agency)
    if m:
        return f"Quân sự {m.group(1)}"
    return _COMMAND.sub("", agency)


_STEERING_ROLES = {"trưởng", "phó trưởng", "phó trưởng ban thường trực", "trưởng ban", "phó trưởng ban"}
_CELL = re.compile(r"(?<![\w])[Cc]hi bộ\s+((?:thôn|ấp|bản|làng|buôn|bon|xóm|khu phố|tổ dân phố|khối)\s+"
                   r"[A-ZĐÀ-Ỹ0-9][^\s,.;:()]*(?:\s+[A-ZĐÀ-Ỹ0-9][^\s,.;:()]*){0,3})")


def _promoted(posts: list[Post]) -> list[Post]:
    """A bare role someone is elected to, whose deputy's post the same sentence gives them, is of that body: "HĐND
    tỉnh bầu ông A, Phó chủ tịch UBND tỉnh, giữ chức chủ tịch" is the Chủ tịch UBND tỉnh."""
    out = []
    for post in posts:
        if post.status == "elected" and key(post.title) == key(post.role):
            deputy = next((q for q in posts if q.person == post.person and q is not post
                           and q.span.sentence == post.span.sentence and key(q.role) == "phó " + key(post.role)), None)
            if deputy is not None:
                body = deputy.title[len(deputy.role):].strip()
                post = Post(post.person, f"{post.title} {body}".strip(), post.role, post.kind, deputy.level, deputy.area,
                            post.status, post.span)
        out.append(post)
    return out


def _bodies_named_back(posts: list[Post], doc: Doc) -> list[Post]:
    """A body written bare in a title after the text named it in full is that body: "Trưởng Ban Chỉ đạo" the
    steering committee named before, "Bí thư Chi bộ" the village's party cell named before."""
    return [_steering_named_back(p, doc) or _cell_named_back(p, doc) or _inspection_named_back(p, doc)
            or _association_named_back(p, doc) or _bloc_named_back(p, doc) or p for p in posts]


def _bloc_named_back(post: Post, doc: Doc) -> Post | None:
    """"Bí thư Đảng ủy Khối" after "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh tổ chức …": that bloc's committee."""
    tkey, rkey = key(post.title), key(post.role)
    if not tkey.endswith(" đảng ủy khối") or not tkey.startswith(rkey):
        return None
    named = [m for m in fixed_names().finditer(doc.low, max(0, post.span.start - 2000), post.span.start)
             if m.group(0).startswith(("đảng ủy khối ", "đảng bộ khối "))]
    if not named:
        return None
    tail = re.match(r"\s+(?:tỉnh|thành phố)(?![\w])", doc.low[named[-1].end():])
    name = doc.text[named[-1].start() + len("đảng ủy khối "):named[-1].end() + (tail.end() if tail else 0)]
    return Post(post.person, f"{post.title} {name}", post.role, post.kind, "province" if tail else post.level,
                post.area, post.status, post.span)


_BARE_HEAD = {"hội": re.compile(r"(?<![\w])Hội\s+(?=[A-ZĐ])"), "sở": re.compile(r"(?<![\w])Sở\s+(?=[A-ZĐ])")}


def _association_named_back(post: Post, doc: Doc) -> Post | None:
    """"Chủ tịch Hội" after "… Hội Cựu chiến binh tỉnh khóa VII", "Phó Bí thư Đảng ủy Sở" after "Sở Y tế": the
    association or department the text named last before."""
    tkey, rkey = key(post.title), key(post.role)
    rest = tkey[len(rkey):].strip() if tkey.startswith(rkey) else ""
    word = {"hội": "hội", "sở": "sở", "đảng ủy sở": "sở"}.get(rest)
    if word is None:
        return None
    named = [m for m in _BARE_HEAD[word].finditer(doc.text, max(0, post.span.start - 2000), post.span.start)
             if not post.span.start <= m.start() < post.span.end]
    if not named:
        return None
    start = named[-1].start()
    end, _ = phrase_end(doc, start, min(len(doc.text), start + 120), doc.person_starts(), skip_to=named[-1].end())
    name = doc.text[start:end].strip(" ,.;:-–")
    if len(name.split()) < 2:
        return None
    title = post.title[:len(post.title) - len(post.title.split()[-1])] + name
    level = lexicon.load().level_of(key(name)) or post.level
    return Post(post.person, title, post.role, post.kind, level, post.area, post.status, post.span)


def _steering_named_back(post: Post, doc: Doc) -> Post | None:
    """"Trưởng Ban Chỉ đạo" after "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện họp …": that committee."""
    tkey = key(post.title)
    if not (tkey.endswith(" ban chỉ đạo") and tkey[:-len(" ban chỉ đạo")] in _STEERING_ROLES):
        return None
    named = [m for m in fixed_names().finditer(doc.low, max(0, post.span.start - 2000), post.span.start)
             if m.group(0).startswith("ban chỉ đạo ")]
    if not named:
        return post  # (a committee the text never names in full: as written)
    rest = doc.text[named[-1].start() + len("ban chỉ đạo "):named[-1].end()]
    return Post(post.person, f"{post.title} {rest}", post.role, post.kind, post.level, post.area, post.status,
                post.span)


_INSPECTION_OF = re.compile(r"(?<![\w])(?:ủy ban kiểm tra|ubkt)\s+((?:tỉnh|huyện|thành|thị|quận) ủy|đảng ủy"
                           r"(?:\s+(?:xã|phường|thị trấn|đặc khu))?)(?![\w])")


def _inspection_named_back(post: Post, doc: Doc) -> Post | None:
    """"Chủ nhiệm Ủy ban Kiểm tra" after "… bầu ra Ủy ban kiểm tra Thành ủy gồm 9 người": that committee's."""
    tkey = key(post.title)
    if not tkey.endswith(" ủy ban kiểm tra") or tkey[:-len(" ủy ban kiểm tra")] != key(post.role):
        return None
    named = list(_INSPECTION_OF.finditer(doc.low, max(0, post.span.start - 2000), post.span.start))
    if not named:
        return None
    committee = doc.text[named[-1].start(1):named[-1].end(1)]
    level = lexicon.load().level_of(named[-1].group(1)) or post.level
    return Post(post.person, f"{post.title} {committee}", post.role, post.kind, level, post.area, post.status,
                post.span)


def _cell_named_back(post: Post, doc: Doc) -> Post | None:
    """"Bí thư Chi bộ" after "… sinh hoạt chi bộ tại Chi bộ thôn Tri Lễ, Đảng bộ xã Vũ Quý": that village's cell,
    in its commune."""
    if key(post.title) != key(post.role) + " chi bộ":
        return None
    cells = list(_CELL.finditer(doc.text, max(0, post.span.start - 2000), post.span.start))
    if not cells:
        return None
    cell = cells[-1]
    s0, s1 = doc.sentence_bounds(cell.start())
    named = [u for a in doc.areas_from(s0, s1) for u in a.units if u.level == "commune"]
    area = choose(doc, named) if named else doc.subject_at("commune") or post.area
    return Post(post.person, f"{post.title} {cell.group(1)}", post.role, post.kind, "commune", area, post.status,
                post.span)


_BARE_COMMITTEE_ROLES = {r + w for r in _PARTY_ROLES for w in (" đảng ủy", " chi bộ")}


def _agency_committees(posts: list[Post]) -> list[Post]:
    """A party role of a committee written bare, next to the head of an agency (``Bí thư Đảng ủy, Giám đốc Công an
    tỉnh``) is of that agency's party committee; a party role written bare after the same role of a named
    committee in the sentence (``A tái cử Bí thư Đảng ủy Khối các cơ quan tỉnh; B, C được bầu giữ chức Phó Bí
    thư``) is of that committee."""
    out = []
    for post in posts:
        tkey = key(post.title)
        if tkey in _PARTY_ROLES or tkey in _BARE_COMMITTEE_ROLES:
            nxt = next((q for q in posts if q.person == post.person and q is not post
                        and q.span.sentence == post.span.sentence and q.span.start > post.span.start), None)
            agency = _AGENCY.search(nxt.title) if nxt is not None and tkey.endswith(("đảng ủy", "chi bộ")) else None
            if agency is None and tkey.endswith("đảng ủy"):
                # "các Phó Giám đốc Công an tỉnh: Thượng tá A, Phó Bí thư Đảng ủy": the agency the list's heading names
                nxt = next((q for q in reversed(posts) if q.person == post.person and q is not post
                            and q.span.sentence == post.span.sentence and q.span.start < post.span.start
                            and _AGENCY.search(q.title)), None)
                agency = _AGENCY.search(nxt.title) if nxt is not None else None
            named = None
            if agency is None and tkey in _PARTY_ROLES:
                named = next((m for q in reversed(posts) if q.span.sentence == post.span.sentence
                              and q.span.start < post.span.start and (m := _NAMED_COMMITTEE.search(q.title))), None)
            if agency is not None:
                post = Post(post.person, f"{post.title} {_committee_of(agency.group(0))}", post.role, post.kind, nxt.level,
                            nxt.area, post.status, post.span)
            elif named is not None:
                source = next(q for q in reversed(posts) if q.span.sentence == post.span.sentence
                              and q.span.start < post.span.start and _NAMED_COMMITTEE.search(q.title))
                post = Post(post.person, f"{post.title} {named.group(0)}", post.role, post.kind, source.level,
                            source.area, post.status, post.span)
        out.append(post)
    return out


_GROUP = (" đảng đoàn", " ban cán sự đảng")
_CENTRAL_BOARD = re.compile(r"^Ban Chấp hành(?: Trung ương)?\s+(?=(?:Hội|Liên|Tổng|Đoàn|Công đoàn)\b)", re.IGNORECASE)


def _party_groups(posts: list[Post]) -> list[Post]:
    """``Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh``, ``Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh``: the party group
    written bare is the one of the body the person heads in the same breath (the next title, else the one
    before): "Bí thư Đảng đoàn Hội đồng nhân dân tỉnh"."""
    out = []
    for post in posts:
        tkey, rkey = key(post.title), key(post.role)
        if tkey.startswith(rkey) and tkey[len(rkey):] in _GROUP:
            same = [q for q in posts if q.person == post.person and q is not post
                    and q.span.sentence == post.span.sentence and key(q.title) not in _PARTY_ROLES
                    and not key(q.title).startswith(("ủy viên", "đại biểu"))
                    and key(q.title).startswith(key(q.role) + " ")]
            head = next((q for q in same if q.span.start > post.span.start), None) \
                or next((q for q in reversed(same) if q.span.start < post.span.start), None)
            if head is not None:
                body = _CENTRAL_BOARD.sub("", head.title[len(head.role):].strip())
                post = Post(post.person, f"{post.title} {body}", post.role, post.kind, head.level, head.area,
                            post.status, post.span)
        out.append(post)
    return out


# roles that name no post without their body ("Tổng Bí thư", "Thủ tướng", "Chủ tịch nước" are whole)
_NEEDS_BODY = {"chủ tịch", "phó chủ tịch", "phó chủ tịch thường trực", "trưởng ban", "phó trưởng ban", "giám đốc",
               "phó giám đốc", "chủ nhiệm", "phó chủ nhiệm", "trưởng phòng", "phó trưởng phòng",
               # (a bishop's rank before his name, "Giám mục Nguyễn Văn A", is no post: his see is)
               "giám mục", "tổng giám mục", "giám mục chính tòa", "giám mục phó",
               # (nor a minister's or a deputy's with no ministry said: "Bộ trưởng A, Chủ tịch Hội đồng …")
               "bộ trưởng", "thứ trưởng"}
_TERM_TAIL = re.compile(r"\s*,?\s*(?:khóa|nhiệm kỳ)\s+.*$", re.IGNORECASE)


def _bare_roles(posts: list[Post], doc: Doc) -> list[Post]:
    """A leader's role written bare ("hiệp thương cử bà A tiếp tục giữ chức Chủ tịch; ông B giữ chức Phó Chủ tịch Ủy
    ban MTTQ Việt Nam thị xã"): of the body the next title of its kind in the sentence names, else (a chair's) of the
    body the sentence named before it ("Ủy ban MTTQ Việt Nam huyện khóa X hiệp thương cử ông A giữ chức Chủ tịch"); a
    role of no body said is no post."""
    lex = lexicon.load()
    out = []
    for post in posts:
        rkey = key(post.role)
        if key(post.title) == rkey and rkey in _COMMAND_ROLES:
            nxt = next((q for q in posts if q.person == post.person and q.span.sentence == post.span.sentence
                        and q.span.start > post.span.start and key(q.role) in _COMMAND_ROLES
                        and key(q.title).startswith(key(q.role) + " ")), None)
            if nxt is not None:
                body = nxt.title[len(nxt.role):].strip()
                post = Post(post.person, f"{post.title} {body}", post.role, post.kind, nxt.level, nxt.area,
                            post.status, post.span)
            out.append(post)
            continue
        if key(post.title) != rkey or rkey not in _NEEDS_BODY:
            out.append(post)
            continue
        base = rkey[4:] if rkey.startswith("phó ") else rkey
        base = base[:-len(" thường trực")] if base.endswith(" thường trực") else base  # ("Phó Chủ tịch Thường trực")
        same = [q for q in posts if q.span.sentence == post.span.sentence and q.span.start > post.span.start
                and key(q.title) != key(q.role) and key(q.role) in (base, "phó " + base)
                and key(q.title).startswith(key(q.role) + " ")]
        if same:
            q = same[0]
            body = q.title[len(q.role):].strip()
            out.append(Post(post.person, f"{post.title} {body}", post.role, post.kind, q.level, q.area, post.status,
                            post.span))
            continue
        s0, _ = doc.sentence_bounds(post.span.start)
        line = doc.line_bounds(post.span.start)
        heading = _list_heading(doc, doc.line_index(post.span.start), _BULLET) \
            if line is not None and _BULLET.match(doc.low, line[0]) else None
        if heading is not None:  # "… hiệp thương cử Ban Thường trực gồm 3 vị:" over "• Ông A – Chủ tịch"
            s0 = min(s0, heading[0])
        named = [] if base != "chủ tịch" else [  # (a board's head needs its board's own name: "Trưởng ban" is dropped)
            m for m in lex.body_re.finditer(doc.low, s0, post.span.start)
            if (m.start() == 0 or not doc.low[m.start() - 1].isalnum()) and not doc.in_title(m.start())
            and not any(q.person == post.person and q.span.start <= m.start() < q.span.end for q in posts)]
        # (nor a body of the person's own other title: "B, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Phó Chủ tịch Thường
        # trực" is no Tỉnh ủy's)
        for m in reversed(named):  # (the last that has its level: "Ủy ban MTTQ huyện …", not its "Ban Thường trực")
            end, _ = phrase_end(doc, m.start(), post.span.start, doc.person_starts(), skip_to=m.end())
            body = lex.expand(_TERM_TAIL.sub("", doc.text[m.start():end].strip(" ,.;:-–")))
            level = lex.level_of(key(body))
            if level is not None and len(body.split()) >= 2:
                area = resolve_area(doc, level, None, post.span.start) if post.area is None or \
                    post.area.level != {"town": "district", "city": "district"}.get(level, level) else post.area
                out.append(Post(post.person, f"{post.title} {body}", post.role, post.kind, level, area, post.status,
                                post.span))
                break
        else:
            section = _section_body(doc, post.span.start) if base == "chủ tịch" else None
            if section is not None:  # "III. ỦY BAN NHÂN DÂN XÃ" over "- Phó Chủ tịch: A": the section's body
                body, level = section
                out.append(Post(post.person, f"{post.title} {body}", post.role, post.kind, level,
                                resolve_area(doc, level, None, post.span.start), post.status, post.span))
        # (else: "Chủ tịch" of no body said is dropped)
    return out


_PLURAL_BEFORE = re.compile(r"(?<![\w])các\s+$")


@lru_cache(maxsize=1)
def _joined_names() -> re.Pattern:
    """What joins names that share the title after the last ("A, B, Phó Chủ tịch …", "bà A và ông B, Phó Chủ tịch …";
    not "đồng chí A, đồng chí B - Phó Chủ tịch …", where each name is introduced on its own)."""
    return re.compile(rf"\s*,\s*|\s*,?\s*và\s+(?:{lexicon.load().honorific_alternation()}\s+)?")


def _shared_by_joined(posts: list[Post], doc: Doc) -> list[Post]:
    """A deputy's or member's title shared by names joined before it ("bà A và ông B, Phó Chủ tịch UBND xã";
    "Cùng chủ trì có ông A và bà B, Phó Chủ tịch UBND thành phố") or listed after it in the plural ("các Phó Chủ
    tịch UBND thành phố A, B"): each name holds it, when the sentence gives that name no title of its own."""
    joined = _joined_names()
    titled = {q.person for q in posts}  # (a name the article gives a title of its own anywhere shares none)
    chains: dict[tuple[str, int], int] = {}
    for q in posts:
        chains[(q.person, q.span.sentence)] = chains.get((q.person, q.span.sentence), 0) + 1
    added: list[Post] = []
    for q in posts:
        if q.kind not in ("deputy", "member") or q.status != "current" or chains[(q.person, q.span.sentence)] > 1:
            continue  # (one title, the shared one: "A và B, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy" describes B alone)
        s0, s1 = doc.sentence_bounds(q.span.start)
        if "và" not in doc.low[s0:q.span.start] and "các" not in doc.low[max(s0, q.span.start - 8):q.span.start]:
            continue  # (neither shape: no names joined before it, no plural before it)
        mentions = doc.persons_in(s0, s1)
        after = [i for i, m in enumerate(mentions) if m.name == q.person and m.span.end <= q.span.start
                 and re.fullmatch(r"\s*[,–-]\s*", doc.low[m.span.end:q.span.start])]
        before = [i for i, m in enumerate(mentions) if m.name == q.person and m.span.start >= q.span.end
                  and re.fullmatch(r"\s*", doc.low[q.span.end:m.span.start])
                  and _PLURAL_BEFORE.search(doc.low, max(s0, q.span.start - 8), q.span.start)]
        if after:  # names joined before the one the title follows
            i = after[-1]
            while i > 0 and joined.fullmatch(doc.low, mentions[i - 1].span.end, mentions[i].span.start) \
                    and mentions[i - 1].name not in titled:
                i -= 1
                added.append(Post(mentions[i].name, q.title, q.role, q.kind, q.level, q.area, q.status, q.span))
        elif before:  # names listed after the first one the plural title is written before
            i = before[0]
            while i + 1 < len(mentions) and joined.fullmatch(doc.low, mentions[i].span.end, mentions[i + 1].span.start) \
                    and mentions[i + 1].name not in titled:
                i += 1
                added.append(Post(mentions[i].name, q.title, q.role, q.kind, q.level, q.area, q.status, q.span))
    return posts + added


def _party_roles(posts: list[Post], doc: Doc) -> list[Post]:
    """``Phó Bí thư, Chủ tịch UBND xã``: a party role written bare is of the party committee at the level
    of the title next to it (else the article's subject's)."""
    out = []
    in_sentence: dict[int, list[Post]] = {}  # (each post looks only at its sentence's: long articles were quadratic)
    for q in posts:
        in_sentence.setdefault(q.span.sentence, []).append(q)
    for post in posts:
        near = in_sentence[post.span.sentence]
        written = key(lexicon.load().expand(doc.text[post.span.start:post.span.end]))
        if written in _BARE_SEAT:
            # "Ủy viên Ban Thường vụ, Trưởng ban Nội chính Tỉnh ủy": the seat is on the committee the next
            # title names (else, as parse_title read it, on the article's own)
            sibling = next((q for q in near if q.person == post.person and q is not post
                            and q.span.sentence == post.span.sentence and q.span.start > post.span.start
                            and re.search(r"(?:tỉnh|huyện|thành|thị|quận|đảng) ủy", key(q.title))), None)
            other = next((q for q in near if q.person == post.person and q is not post
                          and q.span.sentence == post.span.sentence and q.span.start > post.span.start), None)
            org = _MASS_ORG.search(other.title) if sibling is None and other is not None else None
            if sibling is None and org is None and other is not None and other.level == "commune" \
                    and written.endswith("đảng ủy"):
                # "Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã" in a province's article: the commune's
                # committee, as the next title's (a bare "Đảng ủy" is no province's: that is a Tỉnh ủy)
                post = Post(post.person, "Ủy viên Ban Thường vụ Đảng ủy", post.role, post.kind, other.level,
                            other.area, post.status, post.span)
            elif org is not None:
                # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Trung ương Đoàn": the seat is on that body's standing
                # committee
                post = Post(post.person, f"Ủy viên Ban Thường vụ {org.group(0)}", post.role, post.kind, other.level,
                            other.area, post.status, post.span)
            elif sibling is not None:
                committee = re.search(r"(tỉnh|huyện|thành|thị|quận|đảng) ủy", key(sibling.title)).group(0)
                # (the committee the title writes, "Quận ủy"; a bare "Đảng ủy" at its level's: "Đảng ủy xã")
                committee = _LEVEL_COMMITTEE.get(sibling.level or "", committee.capitalize()) \
                    if committee == "đảng ủy" else committee.capitalize()
                post = Post(post.person, f"Ủy viên Ban Thường vụ {committee}", post.role, post.kind, sibling.level,
                            sibling.area, post.status, post.span)
        youth = next((q for q in reversed(near) if key(post.title) in _PARTY_ROLES and q.person != post.person
                      and q.span.sentence == post.span.sentence and q.span.start < post.span.start
                      and key(q.role) in _PARTY_ROLES and _YOUTH_BODY.match(key(q.title)[len(key(q.role)):])), None)
        if youth is not None:
            # "anh A tái cử Bí thư Đoàn xã; chị B được bầu làm Phó Bí thư": the union's, as A's post just named
            body = youth.title[len(youth.role):].strip()
            post = Post(post.person, f"{post.title} {body}", post.role, post.kind, youth.level, youth.area,
                        post.status, post.span)
        if key(post.title) in _PARTY_ROLES:
            # (not a post held before: "Bí thư – đồng chí A (nguyên Bí thư Huyện ủy B)" is no secretary of B now)
            sibling = next((q for q in near if q.person == post.person and q is not post and q.level
                            and q.level != "nation" and q.span.sentence == post.span.sentence
                            and (q.status != "former" or post.status == "former")), None)
            label = _line_label(doc, post.span.start) if sibling is None else None
            level = sibling.level if sibling else None
            area = sibling.area if sibling else (label or (doc.subject[0] if doc.subject else None))
            if level is None and area is not None:
                level = {"province": "province", "district": "district", "commune": "commune"}[area.level] \
                    if area.level in ("province", "district", "commune") else None
                if area.kind == "thành phố" and area.level == "district":
                    level = "city"
                elif area.kind == "thị xã":
                    level = "town"
            committee = _LEVEL_COMMITTEE.get(level or "")
            if committee and level == "district" and area is not None and area.kind == "quận":
                committee = "Quận ủy"  # ("Phó Bí thư, Chủ tịch UBND quận": the Quận ủy's)
            if committee:
                post = Post(post.person, f"{post.title} {committee}", post.role, post.kind, level, area,
                            post.status, post.span)
        out.append(post)
    return out


_LABEL_TAIL = re.compile(r"[ \t]*:")


def _line_label(doc: Doc, pos: int) -> Unit | None:
    """The unit a line opens with as its label ("Xã A: Bí thư – đồng chí B; Phó Bí thư – đồng chí C"), for a bare
    party role on that line."""
    line = doc.line_bounds(pos)
    if line is None:
        return None
    bullet = _BULLET.match(doc.low, line[0])
    start = bullet.end() if bullet else line[0]
    for a in doc.areas_from(start, min(pos, start + 60)):
        if not a.hint or doc.low[start:a.start].strip() != a.hint or not _LABEL_TAIL.match(doc.low, a.end) \
                or a.end >= pos:
            return None
        named = [u for u in a.units if u.kind == a.hint] or a.units  # (of the kind it writes, even a new commune
        return choose(doc, named) or named[0]  # the list names before its first day)
    return None


def _share_areas(posts: list[Post]) -> list[Post]:
    """A post left without its area takes the area a sibling post of the same person, level and sentence
    names: "Ủy viên BTV Huyện ủy, Trưởng Ban Tổ chức Huyện ủy Đông Sơn"."""
    out = []
    for post in posts:
        if post.area is None and post.level not in (None, "nation"):
            sibling = next((q.area for q in posts if q.person == post.person and q.area is not None
                            and q.level == post.level and q.span.sentence == post.span.sentence), None)
            if sibling is not None:
                post = Post(post.person, post.title, post.role, post.kind, post.level, sibling, post.status, post.span)
        out.append(post)
    return out


def _body(title: str, role: str) -> str:
    k = key(lexicon.load().expand(title))
    return k[len(role):].strip() if k.startswith(role) else k


_TRANSFER = re.compile(r"(?<![\w])(điều động|luân chuyển|bổ nhiệm|chỉ định)(?![\w])")


_PARTY_SECRETARY = re.compile(r"(?:phó )?bí thư(?: thường trực)? (?:(?:tỉnh|huyện|thành|thị|quận|đảng) ủy)(?![\w])")
_COUNCIL_HEAD = re.compile(r"chủ tịch (?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|ủy ban mặt trận tổ quốc|ủy ban mttq)(?![\w])")


def _concurrent(post: Post, new: Post) -> bool:
    """A unit's (deputy) party secretary made the head of its council or committee keeps the party post ("chỉ
    định đồng chí A, Phó Bí thư Đảng ủy đặc khu, giữ chức Chủ tịch UBND đặc khu"): the two are held together."""
    old_t, new_t = key(post.title), key(new.title)
    together = (_PARTY_SECRETARY.match(old_t) and _COUNCIL_HEAD.match(new_t)) or \
        (_COUNCIL_HEAD.match(old_t) and _PARTY_SECRETARY.match(new_t))  # (and the other way: "đồng chí A, Chủ tịch
    # UBND xã giữ chức Phó Bí thư Đảng ủy xã")
    # (a commander made the deputy secretary of the armed force's own party committee keeps the command: "Chỉ huy
    # trưởng Bộ CHQS tỉnh được chỉ định giữ chức Phó Bí thư Đảng ủy Quân sự tỉnh")
    together = together or (key(post.role) in _COMMAND_ROLES and _FORCE_COMMITTEE.match(new_t))
    return bool(together and post.area is not None and new.area is not None and post.area.code == new.area.code)


_FORCE_COMMITTEE = re.compile(r"(?:phó )?bí thư(?: thường trực)? đảng ủy (?:quân sự|bộ đội biên phòng|bđbp|biên phòng|"
                              r"công an|bộ chỉ huy)(?![\w])")


def _supersede(posts: list[Post], doc: Doc) -> list[Post]:
    """A post someone is elected to replaces the post they held in the same body."""
    out = []
    elected: dict[str, list[Post]] = {}  # by person: the posts they are elected to
    for q in posts:
        if q.status == "elected":
            elected.setdefault(q.person, []).append(q)
    for post in posts:
        mine = elected.get(post.person, [])
        newer = [q for q in mine if q is not post
                 and q.role != post.role
                 and _body(q.title, q.role) == _body(post.title, post.role)
                 and (q.area.code if q.area else None) == (post.area.code if post.area else None)]
        moved = [q for q in mine if post.kind != "member"
                 and q.span.sentence == post.span.sentence and q.span.start > post.span.start
                 and _TRANSFER.search(doc.low, doc.sentences[q.span.sentence][0], q.span.start)
                 and not _concurrent(post, q)]
        if (newer or moved) and post.status == "current":
            post = Post(post.person, post.title, post.role, post.kind, post.level, post.area, "former", post.span)
        out.append(post)
    return out

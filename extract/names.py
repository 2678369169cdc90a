"""Stage: person names.

A name is 2-4 capitalised syllables opening with a known family name (or, for
names the surname list lacks, standing right after ``đồng chí``/``ông``/``bà``).
Place names glued in front (``Bí thư Huyện ủy Can Lộc Trần Văn An``) are
peeled off with the gazetteer; bylines and photo credits are not persons.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from . import gazetteer, lexicon
from .document import WORD, Doc
from .model import PersonMention
from .text import fold, key, lower

_PLACE_BEFORE = re.compile(
    r"(?<![\w])(đường|tuyến|trục|nút giao|ngã tư|(?<!thành )phố|(?<!môi )(?<!thị )(?<!hiện )(?<!quảng )trường|ấp|(?<!nông )thôn|(?<!văn )bản|xóm|cầu|chợ|chùa|đền|sông|núi|tncs|tư tưởng|bác|lăng|tại|ở|"
    r"quê|quê quán|ngụ|trú)\s*$")
# a lake's, a dam's, a pass's, an island's name, after its word in lower case ("hồ Ka La"; "Hồ" is also a family name)
_WATER_BEFORE = re.compile(r"(?<![\w])(?:hồ|đập|đèo|vịnh|đảo|suối|thác|cồn|bến|cửa khẩu)\s+$")
# the later items of a list of streets or units ("trên đường Định Công, Kim Giang", "các phường Trại Cau, Cát Dài")
_NAME_WORDS = r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+|(?=[,–-])))"
_PLACE_LIST = re.compile(rf"(?<![\w])(?:đường|tuyến|trục|các tuyến|(?<!thành )phố|các phố|nút giao|ngã tư|các phường|các xã|các thôn|các ấp|"
                         rf"các bản|các xóm|các khóm|các khu phố)\s+"
                         rf"{_NAME_WORDS}{{1,5}}(?:(?:,|-|–|và)\s*{_NAME_WORDS}{{1,5}})*(?:,|-|–|và)\s*$")
# a level word after a party organisation or a plural is a unit's ("Đảng bộ xã Đồng Bảng", "các xã Tân Sơn")
_UNIT_BEFORE = re.compile(r"(?<![\w])(đảng bộ|các|tại|ở|thuộc|quê|địa bàn)\s+(xã|phường|thị trấn|huyện|quận|"
                          r"thị xã|thành phố|tỉnh|bản|thôn)\s*$")
# a capitalised syllable that, with the lower-case word after it, is a common word: "Quyết định", "Cộng sản"
_COMPOUNDS = frozenset("""quyết định|cộng sản|cộng hòa|chỉ thị|thông báo|thông tư|nghị quyết|hướng dẫn|
tuyên bố|tuyên truyền|phát biểu|định hướng|quy định|thông qua|bảo đảm|đảm bảo|đại học|vành đai""".replace("\n", "").split("|"))
_CLAN_PREFIX = re.compile(r"[hk]['’]\w")   # H'Yim, K'Rứ: Ê Đê and K'Ho names open with H' or K'
_ORG_BEFORE = re.compile(r"(?<![\w])(?:hợp tác xã|htx|công ty(?:\s+(?:tnhh|cp|cổ phần))?(?:\s+(?:mtv|một thành viên))?|"
                         r"tập đoàn|doanh nghiệp tư nhân|dntn|(?:trường\s+)?(?:đại học|cao đẳng)|học viện|"
                         r"khu kinh tế(?:\s+mở)?|khu công nghiệp|kcn|kkt|trường\s+(?:thpt|thcs|tiểu học|mầm non|ptdtnt|ptdtbt|"
                         r"phổ thông(?:\s+dân tộc (?:nội trú|bán trú))?)(?:\s+chuyên)?|(?:tổng\s+)?giáo phận|giáo xứ|giáo hạt|"
                         r"giáo họ)\s+$")
# a village's or a border post's name runs to the end of its capitalised words: no name starts inside it ("thôn Pả
# Vi Hạ", "Đồn Biên phòng A Pa Chải")
_VILLAGE_BEFORE = re.compile(r"(?<![\w])(?:(?<!nông )thôn|(?<!văn )bản|xóm|ấp|làng|buôn|plei|tổ dân phố|khu phố|"
                             r"đồn biên phòng|đồn bp|cửa khẩu(?: quốc tế)?)\s+$")
_COMMUNE_BEFORE = re.compile(r"(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tp\.?|tỉnh)\s*$")
# "Đoàn" is a family name, and also the Youth Union ("Tỉnh Đoàn Đắk Lắk", "Trung ương Đoàn") or a delegation
# ("Đoàn Đại biểu HĐND huyện", "Đoàn công tác"): the union after a level word or before a place's name.
_UNION_BEFORE = re.compile(r"(?<![\w])(tỉnh|thành|thị|huyện|quận|xã|phường|trung ương|bch|ban chấp hành|tw|t\.ư)\s+$")
# a body with its level (and place): the name after it is the title-holder's ("Chủ tịch UBND tỉnh Đoàn Thanh Hà",
# "Chủ tịch UBND quận Bình Thạnh Đoàn Thanh Liêm", "Bí thư Quận ủy Ninh Kiều Đoàn Văn A")
_BODY_LEVEL = re.compile(r"(?<![\w])(?:(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân|mttq|ủy ban mttq|ubmttq|tand|vksnd|"
                         r"tòa án nhân dân|viện kiểm sát nhân dân|công an)\s+\w+|"
                         r"(?:huyện|tỉnh|thành|quận|thị) ủy)(?:\s+\w+){0,3}\s+$")
_DELEGATION = re.compile(r"\s+(đại biểu|công tác|kiểm tra|giám sát|thanh niên|tncs|khối|viên|chủ tịch)(?![\w])")
# Years of the sixty-year cycle ("tết Đinh Dậu") look like two-syllable names.
_STEMS = set("giáp ất bính đinh mậu kỷ canh tân nhâm quý".split())
_BRANCHES = set("tý sửu dần mão mẹo thìn tỵ ngọ mùi thân dậu tuất hợi".split())
_BYLINE_LINE = re.compile(
    r"^\s*[\(\[]?\s*(ảnh|tin|bài|tin,? ảnh|tin và ảnh|ctv|bt|btv|pv|nguồn|nguồn tin|theo|tác giả|"
    r"các tác giả|video|clip|nhóm pv|thực hiện|người viết|người đưa tin|người đăng|người cập nhật|biên tập)\s*[:\-–]"
    r"(?!\s*(?:đồng chí|đ/c|ông|bà|toàn cảnh|quang cảnh|các đại biểu|lãnh đạo)\s)", re.IGNORECASE)
_RELATED = re.compile(r"\s*(?:>>|»|tin liên quan|xem thêm|bài liên quan|tin cùng chuyên mục|(?:các )?tin khác|tin đã đưa)",
                      re.IGNORECASE)
# "Ảnh: Lê Văn Hùng", "Ảnh VGP/Lê Sơn", "ẢNH: ĐỖ TRƯỜNG"; in parentheses the credit ends at ")", and the body
# that goes on after it on the same line ("... (Ảnh: Internet) Theo TTXVN, ...") is no credit
# (not a caption that opens with its label: "Ảnh: Đồng chí A, Bí thư Huyện ủy chủ trì hội nghị")
_CREDIT_HEAD = r"(?<![\w])(?:ảnh|nguồn|tin, ảnh|video)\s*(?::|[^\W\d_]+\s*/)" \
    r"(?!\s*(?:đồng chí|đ/c|ông|bà|toàn cảnh|quang cảnh|các đại biểu|lãnh đạo)\s)"
_CREDIT = re.compile(rf"\(\s*{_CREDIT_HEAD}[^)\n]*\)?|{_CREDIT_HEAD}\s*[^.\n]*", re.IGNORECASE)
_CREDIT_WORDS = ("ảnh", "nguồn", "video", "ı")  # one is in every credit's head, lower-cased (tests/test_speedups.py)
_NAME_SEP = re.compile(r"\s*(?:[-–—,;&/]|\bvà\b)\s*")


@lru_cache(maxsize=1)
def _stopnames() -> frozenset[str]:
    text = resources.files("vnkg.extract").joinpath("data", "stopnames.txt").read_text("utf-8")
    return frozenset(key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _stopname_runs() -> dict[str, list[list[str]]]:
    """Stop-names of several words by their first word (a name may not start inside one: "Phông Sa Lỳ")."""
    out: dict[str, list[list[str]]] = {}
    for name in _stopnames():
        words = name.split()
        if len(words) > 1:
            out.setdefault(words[0], []).append(words)
    return out


def _norm(word: str) -> str:
    return lower(fold(word))


def _proper(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 1 else word


def _is_place(words: list[str]) -> bool:
    return _is_place_name(" ".join(words))


@lru_cache(maxsize=65536)
def _is_place_name(name: str) -> bool:
    return any(u.level != "commune" for u in gazetteer.load().lookup(name))


_COMMUNE_WORDS = frozenset(("xã", "phường", "thị trấn", "trấn"))
_COMMUNE_WORD_BEFORE = re.compile(r"(?<![\w])(?:xã|phường|thị trấn)\s+$")


_DASHED_TAIL = re.compile(r"[ \t]*[-–][ \t]*([A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,2})")


_NUMBER_AFTER = re.compile(r"[ \t]+(\d{1,2})(?![\w/.,]\d)")


def _numbered_unit(doc, name: str, end: int) -> bool:
    """`name` and the number after it name a unit: "Sơn Kim" + " 1" (xã Sơn Kim 1), "Móng Cái" + " 2"."""
    m = _NUMBER_AFTER.match(doc.text, end)
    return bool(m and gazetteer.load().lookup(f"{name} {m.group(1)}"))


def _dashed_unit(doc, name: str, end: int) -> bool:
    """`name` and the dashed words after it (up to three) name a unit: "Lâm Viên" + " - Đà Lạt"."""
    tail = _DASHED_TAIL.match(doc.text, end)
    if not tail:
        return False
    words = tail.group(1).split()
    return any(gazetteer.load().lookup(f"{name} {' '.join(words[:k])}") for k in range(len(words), 0, -1))


@lru_cache(maxsize=65536)
def _is_commune_name(name: str) -> bool:
    return any(u.level == "commune" for u in gazetteer.load().lookup(name))


def _place_len(words: list[str], i: int) -> int:
    for k in (4, 3, 2):
        if i + k <= len(words) and _is_place(words[i:i + k]):
            return k
    return 0


_TIME_WORDS = frozenset(("sáng", "chiều", "tối"))


def _given_time_word(doc: Doc, word: re.Match) -> bool:
    """"Sáng", "Chiều" as a given name ("Nguyễn Văn Sáng được bầu"), not a time of day ("Sáng 5/9", "Sáng nay")."""
    return lower(word.group(0)) in _TIME_WORDS and not re.match(r"\s*(?:\d|nay|qua|mai|hôm|ngày|cùng|sớm|muộn)",
                                                                 doc.low[word.end():word.end() + 8])


_LEVEL_GIVEN = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "ban", "hội", "đoàn", "trưởng", "viện", "phòng"})


def _given_level_word(doc: Doc, run: list[re.Match], i: int, j: int) -> bool:
    """A level word or a body's head word as a given name: last of its run, after a surname and a middle name, with no
    name after it ("đồng chí Sần Văn Tỉnh, Chủ tịch UBND huyện", "Tòng Thị Ban, Phó Chủ tịch HĐND tỉnh"), not a unit's
    or a body's ("Đảng bộ Tỉnh", "UBND Huyện Mường Tè")."""
    word = lower(run[j].group(0))
    if j == len(run) - 1 and j - i >= 2 and word in ("phó", "ông"):
        # a Hà Nhì given name ("Chu Chà Phó, Phó Bí thư Huyện ủy"), a Kinh one ("Phạm Văn Ông, …"), only before a
        # comma or a dash: "Phó" before a lower-case word opens a title ("Nguyễn Văn Hòa Phó giám đốc …")
        return bool(re.match(r"\s*(?:[,;)]|\s\(|[-–]\s)", doc.text[run[j].end():run[j].end() + 3]))
    return j == len(run) - 1 and j - i >= 2 and word in _LEVEL_GIVEN \
        and bool(re.match(r"\s*(?:[,;.)]|\s\(|[-–]\s|$)", doc.text[run[j].end():run[j].end() + 3])
                 or doc.text[run[j].end():run[j].end() + 2][1:].islower() and doc.text[run[j].end()] == " ")
    # (or a word in lower case after it, a verb: "ông Vương Văn Tỉnh giữ chức Trưởng Ban Pháp chế")


def _union(doc: Doc, words: list[str], run: list[re.Match], i: int, j: int) -> bool:
    """``Đoàn`` at run[i] names the Youth Union or a delegation, not a person (the name would be words[i:j])."""
    start = run[i].start()
    if _DELEGATION.match(doc.low, run[i].end()):
        return True  # "Đoàn Đại biểu HĐND huyện", "Đoàn công tác", "Đoàn Thanh niên"
    before = doc.low[max(0, start - 30):start]
    if _honorific_before(doc, start) or _BODY_LEVEL.search(before):
        return False  # "ông Đoàn Văn Việt", "Chủ tịch UBND tỉnh Đoàn Thanh Hà"
    if j - i >= 2 and _is_place(words[i + 1:j]):
        return True  # "Huyện Đoàn Sa Pa", "Thị Đoàn Thuận An"
    return bool(_UNION_BEFORE.search(before))  # "Bí thư Tỉnh Đoàn", "Trung ương Đoàn", "BCH Đoàn"


class _Piece:
    """A part of a word, with the interface of a match (``Lê`` and ``Diễn`` of a glued ``LêDiễn``)."""

    def __init__(self, text: str, start: int):
        self._text, self._start = text, start

    def group(self, _=0) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)


_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha()}))
# a word that starts with a capital (a name's runs are made of these alone: no need to look at the others)
# (a romanised given name joined by a hyphen goes on: "Park Seong-jun", "Chen Kuo-hsiung")
_CAP_WORD = re.compile(rf"(?<![^\W\d_&'’])[{re.escape(_UPPER)}][^\W\d_]*(?:[&'’][^\W\d_]+|-(?=[a-z])[a-z]+)*")


def _words(text: str):
    """The capitalised words of `text`; a family name glued to the next syllable (``LêDiễn``) is two words."""
    lex = lexicon.load()
    for m in _CAP_WORD.finditer(text):
        w = m.group(0)
        if len(w) < 4 or w[1:].islower() or w.isupper():
            yield m  # the usual case, decided in C
            continue
        cut = next((k for k in range(2, len(w) - 1) if w[k - 1].islower() and w[k].isupper()), None)
        if cut and w[0].isupper() and w[cut + 1:].islower() and w[1:cut].islower() and _norm(w[:cut]) in lex.surnames:
            yield _Piece(w[:cut], m.start())
            yield _Piece(w[cut:], m.start() + cut)
        else:
            yield m


def _clan_gap(word: str, gap: str) -> bool:
    """``K’ Bợt``, ``H' Hen``: a K'Ho or Ê Đê clan letter and its apostrophe, written apart from the name."""
    return word in ("K", "H") and re.fullmatch(r"['’] ?", gap) is not None


def _runs(doc: Doc) -> list[list[re.Match]]:
    """Runs of capitalised words. A name never runs across a line break (unless the line is wrapped
    text that the sentence stage joined again) nor across a table's pipe."""
    import bisect

    line_starts = [s for s, _ in doc.lines]

    def line_of(pos: int) -> int:
        return bisect.bisect_right(line_starts, pos) - 1

    runs, current = [], []
    for m in _words(doc.text):
        w = m.group(0)
        if not w[0].isupper():
            if current:
                runs.append(current)
            current = []
            continue
        gap = doc.text[current[-1].end():m.start()] if current else ""
        if current and (gap not in ("", " ", "  ", "\n") and not _clan_gap(current[-1].group(0), gap) or
                        ("\n" in gap and doc.lines and line_of(current[-1].start()) != line_of(m.start()))):
            runs.append(current)
            current = []
        current.append(m)
    if current:
        runs.append(current)
    return runs


_BYLINE_OFFICE = re.compile(
    rf"[{re.escape(_UPPER)}][^\W\d_]*(?:\s+[{re.escape(_UPPER)}][^\W\d_]*){{1,4}}\s*(?:[-–]\s*|\(\s*)"
    r"(?:Trung tâm|Văn phòng|VP|Phòng|Ban|Báo|Đài|Cổng|Cơ quan|Bộ phận|Nhóm|Tổ|Đảng ủy|UBND|HĐND|TT[A-ZĐ&.-]*)\b"
    r"[^.!?\n]{0,80}?\)?")


_ITEM_PERSON = re.compile(r"\s*\d{1,2}\s*[.)]\s*(?:Ông|Bà|Đồng chí|ông|bà|đồng chí)\s")


# middle names that mark a person's name (a company's after its trade is rarely one: "Hoa Vũ Việt Nam", "Yên Bình
# Xanh"; "Giám đốc Công ty Điện lực Hà Tĩnh Nguyễn Văn A" is A's)
_MIDDLE_NAMES = frozenset("văn thị hữu đức đình xuân minh quang thanh ngọc hồng công bá thế anh kim như tuấn quốc trọng "
                          "duy mạnh việt huy tiến trung thành gia khắc phú sỹ sĩ ngọc".split())
_COMPANY_HEAD = re.compile(r"(?<![\w])(?:công ty|tổng công ty|tập đoàn|hợp tác xã|htx)(?:\s+(?:tnhh|cp|cổ phần|mtv|một thành "
                           r"viên|tư nhân|liên doanh))*((?:\s+[^\W\d_]+){1,4})\s+$")


def _in_company_name(doc: Doc, start: int) -> bool:
    """A name right after a company's head and words of its trade, one of them in lower case ("Công ty TNHH Dệt may
    Hoa Vũ Việt Nam", "Công ty CP Đầu tư hạ tầng Yên Bình Xanh"): the company's name, not a person's (but "Tập đoàn
    Vingroup Nguyễn Việt Quang", a brand in capitals, then the person)."""
    m = _COMPANY_HEAD.search(doc.low, max(0, start - 48), start)
    if m is None:
        return False
    words = doc.text[m.start(1):m.end(1)].split()
    return any(w[:1].islower() for w in words)


def _bylines(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    starts = [s0 for s0, _ in doc.sentences]
    tail = doc.lines[-4:]
    lines = list(doc.lines)
    for idx, (start, end) in enumerate(lines):
        line = doc.text[start:end].strip()
        nxt = doc.text[lines[idx + 1][0]:lines[idx + 1][1]].strip() if idx + 1 < len(lines) else ""
        # the author's line closes the body: the last lines, or just before the related links (">> ...")
        closing = (start, end) in tail or _RELATED.match(nxt)
        words = WORD.findall(line) if closing else ()  # (read only for the closing lines)
        if _BYLINE_LINE.match(line):
            # (to the first sentence that opens on it: a caption's credit run into the body, line breaks lost)
            i = bisect_right(starts, start)
            spans.append((start, starts[i] if i < len(starts) and starts[i] < end else end))
        elif closing and _bare_names(line, words) and not _ITEM_PERSON.match(line):
            spans.append((start, end))  # (not an item naming a person: "2. Ông Sùng Mí Chư" over a biography's fields)
        elif closing and _BYLINE_OFFICE.fullmatch(line):
            spans.append((start, end))  # "Vàng Thị Chư - Trung tâm VHTT&TT huyện", "Thào Mỷ (TTVH huyện)"
    # (every credit starts with one of these words, in any case; "ı" is an "i" to IGNORECASE)
    for m in _CREDIT.finditer(doc.text) if any(w in doc.low for w in _CREDIT_WORDS) else ():
        end = m.end()
        if not m.group(0).startswith("("):
            # (a bare credit ends where a sentence opens: "Ảnh: VGP Tại hội nghị, các ông …", line breaks lost)
            i = bisect_right(starts, m.start())
            end = starts[i] if i < len(starts) and starts[i] < end else end
        spans.append((m.start(), end))
    # the author's line under the headline or the dateline: a line of bare names in the head of the
    # article (the lines before the first paragraph of running text), never its first line
    role_re = lexicon.load().role_re
    for k, (start, end) in enumerate(lines[1:16], 1):
        line = doc.text[start:end].strip()
        if len(line.split()) >= 15 and re.search(r"[.!?…\"”]$", line):
            break
        if k + 1 < len(lines) and role_re.match(doc.low, lines[k + 1][0]):
            continue  # a portal's list of its leaders: a name on its line, its titles on the next
        if _names_only(line) and (start, end) not in spans:
            spans.append((start, end))
    # the author's name closing text whose line breaks were lost ("… chuẩn bị tốt đại hội. Hoàng Anh"): the last
    # sentence, bare names with no end stop, after the running text's last sentence
    if len(doc.sentences) > 1 and len(doc.lines) == 1:
        s0, s1 = doc.sentences[-1]
        last = doc.text[s0:s1].strip()
        if (_bare_names(last, WORD.findall(last)) or _BYLINE_OFFICE.fullmatch(last)) and (s0, s1) not in spans:
            spans.append((s0, s1))
    return spans


def _bare_names(text: str, words) -> bool:
    """Up to six capitalised words and no end stop: an author's name, not a sentence."""
    return 0 < len(words) <= 6 and all(w[0].isupper() for w in words) and not re.search(r"[.:;!?]\s*$", text.rstrip(")"))


def _names_only(line: str) -> bool:
    """A line of one or two bare names (``Bùi Yên – Phạm Thịnh``): an author's line, not a sentence."""
    lex = lexicon.load()
    chunks = [c for c in _NAME_SEP.split(line.strip()) if c]
    if not 1 <= len(chunks) <= 2:
        return False
    for chunk in chunks:
        words = chunk.split()
        if not 2 <= len(words) <= 4 or not all(WORD.fullmatch(w) and w[0].isupper() for w in words):
            return False
        if _norm(_proper(words[0])) not in lex.surnames or _is_place(words) \
                or any(_norm(w) in lex.nonname for w in words):
            return False
    return True


_ITEM = re.compile(r"[^\W\d_]+(?:\s+(?:[^\W\d_]+|\d+))*")


def _in_place_list(doc: Doc, start: int, end: int) -> bool:
    """A name among the items of a list of places (``gồm: Suối Cấu, Nà Gàng, Bó Giàng, Đồng Giăng``):
    two of its neighbours are capitalised names that cannot be persons (no family name first, or a
    place the gazetteer knows)."""
    lex = lexicon.load()
    line0 = doc.text.rfind("\n", 0, start) + 1
    line1 = doc.text.find("\n", end)
    head = re.split(r"[:;(]", doc.text[line0:start])[-1]
    tail = re.split(r"[.;:)]", doc.text[end:line1 if line1 >= 0 else len(doc.text)])[0]
    if not head.rstrip().endswith(",") and not tail.lstrip().startswith(","):
        return False
    items = [x.strip() for x in head.split(",")[:-1][-2:]] + [x.strip() for x in tail.split(",")[1:3]]

    def place_like(item: str) -> bool:
        if not _ITEM.fullmatch(item) or not all(w[0].isupper() or w.isdigit() for w in item.split()):
            return False
        words = [w for w in item.split() if not w.isdigit()]
        return bool(words) and (_norm(words[0]) not in lex.surnames or _is_place(words))

    return sum(place_like(x) for x in items) >= 2


def _compound(doc: Doc, word: re.Match) -> bool:
    nxt = re.match(r" ([^\W\d_]+)", doc.low[word.end():word.end() + 16])
    return bool(nxt) and nxt.group(1)[0].islower() and f"{doc.low[word.start():word.end()]} {nxt.group(1)}" in _COMPOUNDS


def _closes_caption(doc: Doc, start: int, end: int) -> bool:
    """A name in capitals alone at the end of its line, after the line's last sentence: a credit."""
    eol = doc.text.find("\n", end)
    rest = doc.text[end:eol if eol >= 0 else len(doc.text)]
    before = doc.text[doc.text.rfind("\n", 0, start) + 1:start]
    return not rest.strip(" .)") and bool(re.search(r"[.!?)”\"]\s*$", before))


def _honorific_before(doc: Doc, pos: int) -> bool:
    lex = lexicon.load()
    before = doc.low[max(0, pos - 20):pos].rstrip()
    return bool(lex.honorific_re.search(before))


def _titled(doc: Doc, start: int, end: int) -> bool:
    """A name with a title or an honorific right before it, or a title right after it."""
    lex = lexicon.load()
    before = doc.low[max(0, start - 40):start].rstrip()
    if lex.honorific_re.search(before):
        return True
    role = None
    for role in lex.role_re.finditer(doc.low, max(0, start - 60), start):
        pass
    if role is not None and not doc.low[role.end():start].strip(" ,") or (
            role is not None and re.search(r"(?:ủy|tỉnh|huyện|xã|phường|thành phố|thị xã|quận)\s*$", before)):
        return True
    after = re.match(r"\s*[,(–-]\s*", doc.low[end:end + 4])
    return bool(after and lex.role_re.match(doc.low, end + after.end()))


def _title_runs_on(doc: Doc, word: re.Match, whole: tuple[int, int] | None = None) -> bool:
    """A capitalised word that, with the words after it, is a role, a body or a meeting (``Đại biểu``,
    ``Kỳ họp``); with `whole`, a phrase from `word` that runs past the candidate name's end."""
    from .meetings import NOUN

    lex = lexicon.load()
    end = whole[1] if whole else word.end()
    m = lex.role_re.match(doc.low, word.start()) or lex.body_re.match(doc.low, word.start()) \
        or NOUN.match(doc.low, word.start())
    return bool(m) and m.end() > end


def persons(doc: Doc) -> dict:
    """Person-name mentions in the body, bylines excluded."""
    lex = lexicon.load()
    stop = _stopnames()
    bylines = _bylines(doc)
    found: list[PersonMention] = []
    for run in _runs(doc):
        words = [_proper(m.group(0)) for m in run]
        caps = [m.group(0).isupper() and len(m.group(0)) > 1 for m in run]
        norms = [_norm(w) for w in words]
        n, i = len(run), 0
        line_start = doc.text.rfind("\n", 0, run[0].start()) + 1
        line_end = doc.text.find("\n", run[-1].end())
        line = doc.text[line_start:line_end if line_end >= 0 else len(doc.text)]
        shouting = not any(c.islower() for c in line)
        commune_before = bool(_COMMUNE_WORD_BEFORE.search(doc.low, max(0, run[0].start() - 12), run[0].start()))
        village = bool(_VILLAGE_BEFORE.search(doc.low, max(0, run[0].start() - 24), run[0].start()))
        if shouting:
            continue  # a headline in capitals: no name boundary can be trusted
        runs = _stopname_runs()
        for h in range(n):
            if h and norms[h - 1] in lex.surnames:
                continue  # ("Lê Quang Trung": a name that holds a stop-name is still a name)
            for words_of in runs.get(key(norms[h]), ()):
                if [key(w) for w in norms[h:h + len(words_of)]] == words_of:
                    for e in range(h, h + len(words_of)):
                        norms[e] = "tại"  # a word no name holds: none starts or runs inside it
        if commune_before:  # "Bí thư Đảng ủy xã A Dơi Hồ Văn Xoan": the commune's name, then the person's
            k = next((k for k in (4, 3, 2) if k + 2 <= n and norms[k] in lex.surnames
                      and _is_commune_name(" ".join(words[:k]))), 0)
            i = k
        floor = i  # (words before it are a place's name already read: a name's start is not looked for in them)
        while i < n:
            k = _place_len(words, i)
            if k and i + k < n and norms[i + k] in lex.surnames and n - (i + k) >= 2:
                i += k
                floor = i
                continue
            if norms[i] in lex.nonname and not (i == 0 and norms[0] == "ông" and n >= 3
                                                and _honorific_before(doc, run[0].start())):
                i += 1  # (but "ông Ông Thế Vinh": the family name Ông, after the honorific)
                continue
            context = (i == 0 and _honorific_before(doc, run[0].start())) or (
                i > 0 and (norms[i - 1] in ("ông", "bà") or norms[i - 2:i] == ["đồng", "chí"]))  # "- Bà Chang Thị Xuân"
            if village and not context:
                break
            clan = i + 1 < n and _clan_gap(run[i].group(0), doc.text[run[i].end():run[i + 1].start()])
            if norms[i] in lex.surnames or _CLAN_PREFIX.match(norms[i]) or clan or context:
                j = i + 1
                while j < n and j - i < 4 and (norms[j] not in lex.nonname or _given_time_word(doc, run[j])
                                               or _given_level_word(doc, run, i, j)):
                    j += 1
                if j - i == 4 and j + 1 == n and norms[j] not in lex.nonname and not _is_place(words[j - 1:j + 1]) \
                        and not _is_place(words[j:j + 1]) and not _title_runs_on(doc, run[j]):
                    j += 1  # five syllables: "Y Giang Gry Niê Knơng", "Huỳnh Ngọc Nữ Phương Hồng"
                if j - i >= 2 and j == n and _compound(doc, run[j - 1]):
                    j -= 1  # "huyện Mai Châu Quyết định", "Đông Dương Cộng sản Đảng"
                    if j - i >= 2 and norms[j - 1] == "trường" and norms[j] == "đại":
                        j -= 1  # "Bí thư Đoàn Trường Đại học X": the school's name, not a person's "Trường"
                if norms[i] == "đoàn" and _union(doc, words, run, i, j):
                    i = j if j - i >= 2 and _is_place(words[i + 1:j]) else i + 1
                    continue
                if j - i >= 2 and _title_runs_on(doc, run[j - 1]):
                    j -= 1  # "Đoàn Đại biểu Quốc hội", "Trình Kỳ Họp": the last word opens a title, not a name's end
                if j - i >= 2 and _title_runs_on(doc, run[i], whole=(run[i].start(), run[j - 1].end())):
                    i, j = j, j  # "Đoàn Khối các cơ quan": a body's name, not a person's
                if i > 0 and any(_is_place(words[h:e]) or ((norms[h - 1] in _COMMUNE_WORDS if h else commune_before)
                                                            and _is_commune_name(" ".join(words[h:e])))
                                 for h in range(max(floor, i - 3), i) for e in range(i + 1, min(n, h + 4) + 1)):
                    j = i + 1  # "Phú Ninh Đất", "phường Buôn Ma Thuột", "Xã An Lạc Tây": a name cannot start inside
                    # a place's name (but "xã Đường Lâm Hà Văn Nghĩa": "Lâm Hà" overlaps the commune's name read)
                # "ông K'Bợt": a K'Ho name in one word, after an honorific
                single = j - i == 1 and context and _CLAN_PREFIX.match(norms[i]) and len(norms[i]) > 3
                if j - i >= 2 or single:
                    name_words = words[i:j]
                    start, end = run[i].start(), run[j - 1].end()
                    if clan:  # the apostrophe as written: "K’ Bợt"
                        name_words = [words[i] + doc.text[run[i].end():run[i + 1].start()].rstrip()
                                      + (" " if doc.text[run[i + 1].start() - 1] == " " else "") + words[i + 1]] \
                            + words[i + 2:j]
                    ok = not _is_place(name_words) and key(" ".join(name_words)) not in stop \
                        and not all(len(w) == 1 for w in name_words)  # ("A- A A+": a page's text-size buttons)
                    if ok and not context and gazetteer.load().lookup(" ".join(name_words)) and \
                            not _titled(doc, run[i].start(), run[j - 1].end()):
                        ok = False  # "các xã Sơn Dương, Sơn Thủy": a unit's name, with nothing saying it is a person's
                    if any(caps[i:j]):
                        whole = (i, j) == (0, n) or (j == n and not any(caps[:i]))
                        ok = ok and not shouting and all(caps[i:j]) and whole
                        if ok and _closes_caption(doc, start, end):
                            ok = False  # "... (Bình Dương). ĐỖ TRƯỜNG": the photographer of a caption
                    before = doc.low[max(0, start - 12):start]
                    org_before = _ORG_BEFORE.search(doc.low, max(0, start - 32), start)
                    later = next((h for h in range(i + 2, n - 1) if norms[h] in lex.surnames and 2 <= n - h <= 4),
                                 None) if org_before and not context else None
                    if later is not None:
                        i = later  # "Trưởng ban Quản lý Khu kinh tế mở Chu Lai Phan Xuân Quang": the zone's name, then
                        continue  # the person's
                    if ok and not context and (_PLACE_BEFORE.search(before) or _WATER_BEFORE.search(
                            doc.text, max(0, start - 12), start) or _PLACE_LIST.search(doc.text, max(0, start - 120), start)):
                        ok = False  # ("trên các tuyến Võ Văn Tần, Cách Mạng Tháng Tám": streets named after people)
                    if ok and not context and _UNIT_BEFORE.search(doc.low[max(0, start - 24):start]):
                        ok = False
                    if ok and not context and _in_place_list(doc, start, end) \
                            and not _titled(doc, start, end):
                        ok = False
                    if ok and _COMMUNE_BEFORE.search(before) and (gazetteer.load().lookup(" ".join(name_words))
                                                                  or _dashed_unit(doc, " ".join(name_words), end)
                                                                  or _numbered_unit(doc, " ".join(name_words), end)):
                        ok = False  # "huyện Nông Sơn": a level word and a unit's name (of any time) is a place
                        # (also "phường Lâm Viên - Đà Lạt", a name of 2025 with a dash)
                    if ok and not context and _dashed_unit(doc, " ".join(name_words), end):
                        ok = False  # "Thành ủy Phan Rang - Tháp Chàm": a unit's dashed name, with no level word before it
                    if ok and org_before:
                        ok = False  # "Giám đốc Hợp tác xã Hoa Xuân": the cooperative's (the company's) name
                    if ok and not context and _in_company_name(doc, start) and not (
                            len(name_words) >= 3 and _norm(name_words[1]) in _MIDDLE_NAMES):
                        ok = False  # "Công ty TNHH Dệt may Hoa Vũ Việt Nam": the company's name goes on
                    if ok and len(name_words) == 2 and _norm(name_words[0]) in _STEMS \
                            and _norm(name_words[1]) in _BRANCHES:
                        ok = False
                    if ok and any(b0 <= start and end <= b1 for b0, b1 in bylines):
                        ok = False
                    if ok:
                        found.append(PersonMention(" ".join(name_words), doc.span(start, end)))
                    i = j
                    continue
            i += 1
    found = _short_name_mentions(found)
    found += _given_name_mentions(doc, found, bylines)
    found.sort(key=lambda p: p.span.start)
    return {"persons": tuple(found), "bylines": tuple(bylines)}


def _short_name_mentions(found: list[PersonMention]) -> list[PersonMention]:
    """``bà Bích Liên`` after ``Trần Thị Bích Liên`` in the same article is her (only if one earlier name ends so).
    (Linear in the mentions: each name is indexed by its tails as the text goes on.)"""
    if len(found) < 2:
        return found
    tails: dict[tuple[str, ...], set[str]] = {}  # the last 1-3 words of each name seen so far -> the names
    renamed: dict[int, str] = {}
    for p in sorted(found, key=lambda q: q.span.start):
        words = tuple(_norm(w) for w in p.name.split())
        if len(words) <= 3:
            longer = {n for n in tails.get(words, ()) if len(n.split()) > len(words)}
            if len(longer) == 1:
                renamed[id(p)] = next(iter(longer))
        for k in range(1, min(3, len(words) - 1) + 1):
            tails.setdefault(words[-k:], set()).add(p.name)
    return [PersonMention(renamed[id(p)], p.span) if id(p) in renamed else p for p in found]


_GIVEN = re.compile(r"(?<![\w/])(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+([^\W\d_]+)(?![\w])")


def _given_name_mentions(doc: Doc, found: list[PersonMention], bylines) -> list[PersonMention]:
    """``ông Hiển`` after ``Dương Tấn Hiển`` in the same article refers back to him (only if one name fits)."""
    by_given: dict[str, set[str]] = {}
    for p in found:
        by_given.setdefault(_norm(p.name.split()[-1]), set()).add(p.name)
    taken = [(p.span.start, p.span.end) for p in found]
    out = []
    for m in _GIVEN.finditer(doc.text):
        word = m.group(1)
        after = doc.text[m.end(1):m.end(1) + 2].strip()
        if not word[0].isupper() or after[:1].isupper() or any(s <= m.start(1) < e for s, e in taken):
            continue  # a capitalised word after it means a longer name, read already
        names = by_given.get(_norm(word), set())
        first = min((p.span.start for p in found if p.name in names), default=None)
        if len(names) == 1 and first is not None and first < m.start(1) \
                and not any(b0 <= m.start(1) < b1 for b0, b1 in bylines):
            out.append(PersonMention(next(iter(names)), doc.span(m.start(1), m.end(1))))
    return out

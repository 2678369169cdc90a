"""Stages: the article's context — its reference date and its subject area, each with its source.

Worked out once per article, before the sentence stages read them (they never re-guess):

* `context_date`: the article's own date from, in order of trust, the record's ``published``, a
  ``date`` header, the dateline (``Thứ ba, 20:02, 23/09/2025``, ``13/10/2020, 20:56``,
  ``Cập nhật: 19/11/2020``), a stamp in the URL (``/202007/``, ``-20190312152728148.chn``,
  ``/2023/06/``); without one, the years the text gives (``quý I/2024``, ``tổng kết năm 2023``,
  ``6 tháng đầu năm 2020``, other full dates) — never a term's end or a plan's horizon
  (``nhiệm kỳ 2025-2030``, ``đến năm 2030``), nor the date of a cited document. It also fixes
  the date the article's units are read as of (`Doc.on`): the map before or after 1 July 2025.
* `context_area`: the subject area chain (commune, district, province) from the site (a host
  table in ``data/hosts.tsv``, sub-domains that spell a unit), the URL path, a source code
  opening the text (``(GLO)-``), the headline and lede, and how often each unit is named; or
  the nation, for an article about the centre.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import unquote, urlparse

from . import gazetteer
from .areas import choose, synthetic
from .dates import dates_a_document
from .document import Doc, YearClue
from .gazetteer import REFORM, Unit
from .text import APOSTROPHE_TAIL, ascii_slug, key

# ---------------------------------------------------------------------------------------------
# the reference date

_FULL = re.compile(r"(?<![\d/.\-])(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?((?:19|20)\d{2})(?![\d])")
_WORDY_FULL = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})(?!\d)")
_ISO_FULL = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d/.\-])")  # "Cập nhật: 2025-10-16 08:14"
_ISO_HEADER = re.compile(r"\s*date\s+((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")
_TIME = re.compile(r"\d{1,2}\s?[:h]\s?\d{2}")
_DATELINE_LABEL = re.compile(r"(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|ngày đăng|ngày đưa|cập nhật|đăng lúc|"
                             r"ngày xuất bản|xuất bản|published|đăng ngày|ngày:)\s*[,:]?\s*(?:\d{1,2}\s?[:h]\s?\d{2}\s*,?\s*)?$")
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:19|20)\d{2}")

_URL_FULL = [
    re.compile(r"(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])\d{6,}(?![\d])"),     # -20190312152728148.chn
    re.compile(r"[-/]1\d\d(\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])\d{5,}\.html?"),               # -185250823141709231.htm
    re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/([0-2]\d|3[01])/"),                        # /2023/06/14/
    re.compile(r"(?:^|[-/_])([0-2]?\d|3[01])-(0?[1-9]|1[0-2])-((?:19|20)\d{2})(?=[-/._]|$)"),   # -22-02-2012/
    re.compile(r"(?:^|[-/_])((?:19|20)\d{2})-(0?[1-9]|1[0-2])-([0-2]?\d|3[01])(?=[-/._]|$)"),   # -2023-06-12.html, /2025-7-18/
    re.compile(r"[-/_]((?:19|20)\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])(?=\.html?|\.aspx|/|$)"),    # -20230512.html
]
_URL_MONTH = [
    re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])/"),                                    # /202007/, -202008/
    re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/"),                                      # /2023/06/, /2025/9/
]
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})/")                                                # /tin-tuc/2012/…

# years the text gives
_PERIOD = re.compile(r"(?:quý\s+(?:[ivx]+|\d)\s*(?:/|năm)\s*|(?:\d+|sáu|chín)\s+tháng\s+(?:(?:đầu|cuối)\s+)?năm\s+|"
                     r"tháng\s+\d{1,2}\s*(?:/|năm)\s*|(?:đầu|cuối|giữa)\s+năm\s+)((?:19|20)\d{2})(?!\s*[-–]\s*\d)")
_REVIEW = re.compile(r"(?:tổng kết|kết quả|đánh giá|nhìn lại)(?:\s+[^\s.;,]+){0,9}?\s+năm\s+((?:19|20)\d{2})(?![\d\-–])")
_PLAN = re.compile(r"(?:triển khai|phương hướng|nhiệm vụ|kế hoạch|mục tiêu|chương trình công tác|nghị quyết về|dự toán)"
                   # (the words between may be a list: "nghị quyết về phát triển kinh tế, văn hóa xã hội năm 2011")
                   r"(?:(?:\s+|\s*,\s*|\s+[-–]\s+)[^\s.;,]+){0,9}?\s+năm\s+((?:19|20)\d{2})(?![\d\-–])")
_DECISION = re.compile(r"(?<![\w])quyết định(?:\s+số)?\s+[\w/.\-]*\d[\w/.\-]*\s+ngày\s*$")
_IN_FORCE = re.compile(r"hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ(?:\s+ngày)?\s*$")
_SCHOOL = re.compile(r"(?<![\w])năm học(?:\s+mới)?\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")
_MENTION = re.compile(r"(?<![\w])năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*(?:19|20)?\d{2})")
_HORIZON = re.compile(r"(đến|tới|tầm nhìn|trước|từ|sau|giai đoạn|nhiệm kỳ|mục tiêu đến|đến hết|vào|khóa|khoá|"
                      r"thành lập|kỷ niệm|từ năm|đến năm)\s*(?:năm\s*)?$")
_REFORM_SIGNS = re.compile(r"chính quyền (?:địa phương )?(?:hai|2) cấp|sau (?:sáp nhập|sắp xếp|hợp nhất)|"
                           r"(?:huyện|xã|phường|tỉnh) [^\s,.;]+(?: [^\s,.;]+)? cũ(?![\w])|đặc khu")

# the earliest and latest years a news date can have here
_YEARS = range(1990, 2031)
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}")  # what every year clue contains


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    import calendar

    if y not in _YEARS:
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _published(value: str | None) -> str | None:
    """The record's `published`, if it is a date: ISO (any precision) or day-first."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
    m = _FULL.match(value)
    return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def _dateline(doc: Doc) -> tuple[str, str, tuple[int, int] | None] | None:
    """The article's own date in its first lines: a full date, best one next to a time or a label
    (then its span is returned too: a dateline is the article's date, not an event's)."""
    head_end = min(len(doc.low), 600)
    low = doc.low
    best, best_score = None, None
    for rx in (_FULL, _WORDY_FULL, _ISO_FULL) if _ANY_YEAR.search(low, 0, head_end) else ():  # (all name a year)
        for m in rx.finditer(low, 0, head_end):
            if dates_a_document(low, m.start()) or _RANGE_AFTER.match(low, m.end()):
                continue
            if re.search(r"[-–]\s*$", low[max(0, m.start() - 3):m.start()]) and re.search(
                    r"\d\s*[-–]\s*$", low[max(0, m.start() - 14):m.start()]):
                continue  # the end of a range "(30/4/1975 - 30/4/2025)"
            if rx is _ISO_FULL:  # (year first: taken only next to a time or a label, below)
                iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                near = low[max(0, m.start() - 14):m.start()] + "|" + low[m.end():m.end() + 12]
                if iso is None or not (_TIME.search(near) or _DATELINE_LABEL.search(low[max(0, m.start() - 30):m.start()])):
                    continue
            else:
                iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if iso is None:
                continue
            score = 0
            near = low[max(0, m.start() - 14):m.start()] + "|" + low[m.end():m.end() + 12]
            if _TIME.search(near):
                score += 3
            if doc.text[m.end():m.end() + 1].isalpha():
                score += 2  # "14/12/2021Ngày 13/12, ...": a dateline glued to the text
            if _DATELINE_LABEL.search(low[max(0, m.start() - 30):m.start()]):
                score += 2
            line0 = low.rfind("\n", 0, m.start()) + 1
            line1 = low.find("\n", m.end())
            line1 = len(low) if line1 < 0 else line1
            if line1 - line0 <= 45:
                score += 1
            if best_score is None or score > best_score:
                best, best_score, span = iso, score, (m.start(), m.end())
    if best is None:
        return None
    # (a date with no time, label or line of its own is a date the text gives, maybe an event's: "text")
    return (best, "dateline", span) if best_score >= 2 else (best, "text", None)


def _url_date(url: str) -> tuple[str, str, None] | None:
    path = unquote(urlparse(url).path or "")
    for rx in _URL_FULL:
        for m in rx.finditer(path):
            a, b, c = m.groups()
            if rx is _URL_FULL[1]:
                iso = _iso(2000 + int(a), int(b), int(c)) if 10 <= int(a) <= 30 else None
            elif rx is _URL_FULL[3]:
                iso = _iso(int(c), int(b), int(a))
            else:
                iso = _iso(int(a), int(b), int(c))
            if iso:
                return iso, "url", None
    for rx in _URL_MONTH:
        m = rx.search(path)
        if m and (iso := _iso(int(m.group(1)), int(m.group(2)))):
            return iso, "url", None
    m = _URL_YEAR.search(path)
    if m and (iso := _iso(int(m.group(1)))):
        return iso, "url", None
    return None


def _year_clues(doc: Doc) -> tuple[YearClue, ...]:
    """Years the text gives for what it reports, best first; horizons, terms and documents left out."""
    low = doc.low
    if not _ANY_YEAR.search(low):
        return ()  # (every clue below names a year: no scan of the text for each kind)
    clues: list[YearClue] = []
    decisions: list[YearClue] = []
    for m in list(_FULL.finditer(low)) + list(_WORDY_FULL.finditer(low) if "tháng" in low else ()):
        if (dates_a_document(low, m.start()) and not _IN_FORCE.search(low, max(0, m.start() - 40), m.start())) \
                or _RANGE_AFTER.match(low, m.end()):
            if _DECISION.search(low, max(0, m.start() - 60), m.start()) and _iso(int(m.group(3)), int(m.group(2)),
                                                                                   int(m.group(1))):
                # "công bố Quyết định số 2741-QĐNS/TW ngày 8/12/2025": a decision is announced within weeks
                decisions.append(YearClue(int(m.group(3)), "decision", m.group(0), int(m.group(2))))
            continue  # (a decision "in force from" a date takes effect about when it is reported)
        if _iso(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            clues.append(YearClue(int(m.group(3)), "period", m.group(0)))
    for m in _PERIOD.finditer(low):
        clues.append(YearClue(int(m.group(1)), "period", m.group(0)))
    periods = Counter(c.year for c in clues)
    if periods:
        ordered = [YearClue(y, "period", next(c.source for c in clues if c.year == y))
                   for y, _ in periods.most_common()]
    else:
        ordered = []
    for m in _SCHOOL.finditer(low) if "năm học" in low else ():  # "năm học 2022 - 2023": September 2022 to the
        # summer of 2023
        if int(m.group(2)) == int(m.group(1)) + 1 and int(m.group(1)) in _YEARS:
            ordered.append(YearClue(int(m.group(1)), "school", m.group(0)))
    for rx, kind in ((_REVIEW, "review"), (_PLAN, "plan")):
        for m in rx.finditer(low):
            at = m.start(1) - len("năm ")
            if _HORIZON.search(low[max(0, at - 16):at]):
                continue  # "triển khai quy hoạch đến năm 2030": a horizon, not the year of the events
            if int(m.group(1)) in _YEARS:
                ordered.append(YearClue(int(m.group(1)), kind, m.group(0)))
    ordered += decisions
    mentions = Counter()
    for m in _MENTION.finditer(low):
        if _HORIZON.search(low[max(0, m.start() - 16):m.start()]):
            continue
        if int(m.group(1)) in _YEARS:
            mentions[int(m.group(1))] += 1
    for year, _ in sorted(mentions.items(), key=lambda kv: (-kv[1], -kv[0])):
        ordered.append(YearClue(year, "mention", f"năm {year}"))
    return tuple(ordered)


def context_date(doc: Doc) -> dict:
    """The article's reference date and its source, the years its text gives, and the map to read it on."""
    art = doc.article
    found: tuple[str, str, tuple[int, int] | None] | None = None
    if (p := _published(art.published)) is not None:
        found = (p, "published", None)
    head = _ISO_HEADER.match(doc.low)
    header = None
    if head:
        header = _iso(int(head.group(1)), int(head.group(2)), int(head.group(3)) if head.group(3) else None)
    if found is None and header and len(header) == 10:
        found = (header, "header", None)
    if found is None:
        found = _dateline(doc)
        if found and header and not found[0].startswith(header):
            found = None  # a dateline that disagrees with the header is some other date
    if found is None and header:
        found = (header, "header", None)
    if (found is None or found[1] == "text") and art.url:
        stamp = _url_date(art.url)  # (the site's stamp before a date the text gives; a folder's year, "/2023/Trang/",
        # only where the text gives none: a portal files by the year it posted, or the year its folder was made)
        found = stamp if stamp and (found is None or len(stamp[0]) > 4) else found
    date, source, span = found if found else (None, None, None)
    clues = () if date else _year_clues(doc)  # the text's years are only needed without a date of its own
    on = date or (str(clues[0].year) if clues and clues[0].kind != "mention" else None)
    if on is None and _REFORM_SIGNS.search(doc.low):
        on = REFORM
    return {"date": date, "date_source": source, "dateline": span, "year_clues": clues, "on": on}


# ---------------------------------------------------------------------------------------------
# the subject area

_HOST_NOISE = {"www", "m", "amp", "lite", "beta", "gov", "vn", "com", "org", "net", "edu", "dcs", "info", "portal",
               "mobile", "en", "vi", "news", "tintuc", "baomoi"}
_LABEL_AFFIXES = re.compile(
    r"^(?:bao|tinhuy|thanhuy|huyenuy|thiuy|quanuy|danguy|hdnd|dbnd|vphdnd|ubnd|mttq|ubmttq|mattran|tinhdoan|"
    r"thanhdoan|hoinongdan|hoilhpn|hoiphunu|ccb|ubkt|btctu|bantuyengiao|tuyengiao|banbtc|sonoivu|so[a-z]{0,8}|"
    r"truyenhinh|ptth|dangbo|congdoan|ldld|hoicuuchienbinh|vnpt|"
    # a district's radio, TV and culture centres: "ttvhttquangdien.vn", "truyenthanhnamdan.vn", "dtt-myxuyen.vn"
    r"ttvhttdl|ttvhtt|ttvh|trungtamvanhoa|daitruyenthanh|truyenthanh|dttth|dtth|dtt|ttth|tttt)?(.*?)(?:tv|online|24h|dientu|ngaynay|rt|news|"
    r"gov|dcs|portal|\d+)?$")
_NATION = re.compile(r"(?<![\w])(quốc hội|chính phủ|thủ tướng|bộ chính trị|ban bí thư|trung ương đảng|"
                     r"ban chấp hành trung ương|tổng bí thư|chủ tịch nước|ủy ban thường vụ quốc hội|bộ trưởng|"
                     r"ủy ban trung ương mặt trận|toàn quốc|cả nước)(?![\w])")
_PATH_UNIT = re.compile(r"(?:^|[-/_])(tinh|thanh-pho|tp|huyen|quan|thi-xa|tx|xa|phuong|thi-tran)-"
                        r"([a-z]+(?:-[a-z]+){0,3})")
# (a word may hold an apostrophe: "xã Đắk N'Drung", "Đam B'Ri")
_NEW_COMMUNE = re.compile(rf"(?<![\w])(?<!thị )(?<!hợp tác )(xã|phường|thị trấn|đặc khu)[ \t]+([^\W\d_]+{APOSTROPHE_TAIL}"
                          rf"(?:[ \t]+[^\W\d_]+{APOSTROPHE_TAIL}){{0,2}})")


@lru_cache(maxsize=None)
def _table(name: str) -> dict[str, str]:
    text = resources.files("vnkg.extract").joinpath("data", name).read_text("utf-8")
    rows = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            cells = [c.strip() for c in line.split("\t")]
            rows[cells[0]] = cells[1] if len(cells) > 1 else ""
    return rows


def _province(name: str) -> Unit | None:
    return next((u for u in gazetteer.load().lookup(name) if u.level == "province" and u.since is None), None)


@lru_cache(maxsize=8192)
def _host_units(host: str) -> tuple[tuple[Unit, ...], bool, str]:
    """(units, national, how): the province (and district) a site is about, from the host table or its name
    (once per host: a corpus has few sites and many articles)."""
    units, national, how = _host_units_of(host)
    return tuple(units), national, how


def _host_units_of(host: str) -> tuple[list[Unit], bool, str]:
    gaz = gazetteer.load()
    table = _table("hosts.tsv")
    labels = host.lower().split(".")
    for i in range(len(labels) - 1):
        suffix = ".".join(labels[i:])
        if suffix in table:
            value = table[suffix]
            if value == "-":
                # (but a province's own site under a national one: "travinh.mattran.org.vn")
                prov = next((u for w in labels[:i] for u in gazetteer.load().by_slug.get(w.replace("-", ""), [])
                             if u.level == "province" and u.since is None), None)
                if prov is not None:
                    return [prov], False, "host name"
                return [], True, "host table"
            prov_name, _, dist_name = value.partition("/")
            prov = _province(prov_name)
            units = [prov] if prov else []
            if prov and dist_name:
                units = [u for u in gaz.lookup(dist_name) if u.parent == prov.code][:1] + units
            # a sub-domain may still name a district of that province (tuyphong.binhthuan.dcs.vn)
            if prov and i > 0 and not dist_name:
                dist = _district_in(labels[:i], prov)
                if dist:
                    units = [dist] + units
            return units, False, "host table"
    words = [w.replace("-", "") for w in labels if w not in _HOST_NOISE]  # ("baria-vungtau.gov.vn")
    prov = None
    for w in reversed(words):
        core = _LABEL_AFFIXES.match(w).group(1) or w
        for cand in (core, w):
            hits = [u for u in gaz.by_slug.get(cand, []) if u.level == "province" and u.since is None]
            if hits:
                prov = hits[0]
                break
        if prov is None:
            for slug, units in gaz.by_slug.items():
                if len(slug) >= 6 and slug in w:
                    hits = [u for u in units if u.level == "province" and u.since is None]
                    if hits:
                        prov = hits[0]
                        break
        if prov:
            idx = words.index(w)
            dist = _district_in(words[:idx], prov)
            return ([dist] if dist else []) + [prov], False, "host name"
    for w in words:  # a district's own portal with no province in its name (phuninh.gov.vn)
        core = _LABEL_AFFIXES.match(w).group(1) or w
        hits = [u for u in gaz.by_slug.get(core, []) if u.level == "district"]
        if len(hits) == 1:
            return [hits[0], gaz.units[hits[0].parent]], False, "host name"
        if hits:  # Phù Ninh or Phú Ninh: the text decides which
            return hits, False, "host name (ambiguous)"
    return [], False, ""


def _heir(unit: Unit, units: tuple[Unit, ...]) -> Unit:
    """The commune of the 2025 map named as a district that ended then (xã Đức Trọng of huyện Đức Trọng), in the
    same province or its successor; else the district."""
    gaz = gazetteer.load()
    prov = next((u for u in units if u.level == "province"), None) or gaz.province_of(unit)
    news = [u for u in gaz.slug_index().get(ascii_slug(unit.name), []) if u.level == "commune" and u.since
            and prov is not None and (gaz.within(u, prov) or gaz.related(u, prov))]
    return news[0] if len(news) == 1 else unit


def _district_in(labels: list[str], prov: Unit) -> Unit | None:
    """A district (or, on the 2025 map, a commune) of `prov` that a sub-domain spells."""
    gaz = gazetteer.load()
    for w in labels:
        core = _LABEL_AFFIXES.match(w).group(1) or w
        if core == ascii_slug(prov.name):
            continue  # "hagiang.gov.vn" names the province, not its capital city
        for cand in (core, w):
            hits = [u for u in gaz.by_slug.get(cand, []) if u.level == "district" and u.parent == prov.code]
            if hits:
                return hits[0]
        hits = [u for u in gaz.slug_index().get(core, []) if u.level == "commune" and
                (gaz.within(u, prov) or gaz.related(u, prov))]
        news = [u for u in hits if u.since]
        if len(news) == 1:
            return news[0]
        if len(hits) == 1:
            return hits[0]
    return None


_SLUG_KIND = {"tinh": "tỉnh", "thanh-pho": "thành phố", "tp": "thành phố", "huyen": "huyện", "quan": "quận",
              "thi-xa": "thị xã", "tx": "thị xã", "xa": "xã", "phuong": "phường", "thi-tran": "thị trấn"}


def _path_units(url: str, prov: Unit | None) -> list[tuple[Unit, int]]:
    """Units the URL path spells with their level word (``ubnd-tinh-binh-duong``, ``huyen-mang-yang``),
    and a province a whole section of the path names (``/ninhthuan/``, ``/ha-giang/``)."""
    gaz = gazetteer.load()
    path = unquote(urlparse(url).path or "").lower()
    path = ascii_slug_path(path)
    out = []
    for m in _PATH_UNIT.finditer(path):
        kind = _SLUG_KIND[m.group(1)]
        words = m.group(2).split("-")
        for n in (4, 3, 2, 1):
            slug = "".join(words[:n])
            hits = [u for u in gaz.slug_index().get(slug, []) if u.kind == kind or
                    (kind == "tỉnh" and u.level == "province") or
                    (kind == "thành phố" and u.kind in ("thành phố", "thành phố trung ương"))]
            if prov is not None:
                inside = [u for u in hits if gaz.within(u, prov) or gaz.related(u, prov)]
                hits = inside or ([u for u in hits if u.level == "province"] if kind in ("tỉnh", "thành phố") else [])
            if hits:
                out.append((hits[0], 3 if hits[0].level != "commune" else 2))
                break
    # a portal's section named after a province: vietnam.vn/ninhthuan/..., /tin-tuc/ha-giang/...
    for segment in path.split("/")[:-1]:
        slug = segment.replace("-", "")
        if len(slug) < 6 or not slug.isalpha():
            continue
        hits = [u for u in gaz.slug_index().get(slug, []) if u.level == "province" and u.since is None]
        if hits and (prov is None or hits[0].code == prov.code):
            out.append((hits[0], 3))
            break
    return out


def ascii_slug_path(path: str) -> str:
    """A URL path reduced to ascii letters, digits and hyphens (``/Tin-tức/Huyện-X`` -> ``/tin-tuc/huyen-x``)."""
    import unicodedata

    path = unicodedata.normalize("NFD", path.replace("đ", "d").replace("Đ", "D"))
    path = "".join(c for c in path if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9/_-]+", "-", path.lower())


def _dateline_code(doc: Doc) -> tuple[Unit | None, bool]:
    """The province (or the nation) of a source code that opens the text: ``(GLO)- Chiều 20-10 ...``."""
    table = _table("datelines.tsv")
    for m in re.finditer(r"\(([^()\n]{2,14})\)\s*[-–—]", doc.text[:700]):
        value = table.get(m.group(1).strip())
        if value == "-":
            return None, True
        if value:
            return _province(value), False
    return None, False


# where a place is named in passing, not as what the article is about: a hometown, a photo credit, an airport,
# a port (the clause after the word, to the end of its sentence)
_PASSING = re.compile(r"(?<![\w])(?:quê(?:\s+quán)?|quê hương|nguyên quán|sinh ra (?:tại|ở)|ảnh|nguồn|sân bay|cảng|"
                      r"bến xe|nhà ga)(?![\w])")


_VENUE = (r"(?:trung tâm hội nghị|hội trường|nhà văn hóa|cung văn hóa|trung tâm văn hóa|khách sạn|trụ sở|nhà hát|"
          r"sân vận động|quảng trường|nhà khách)")


def _aside(doc: Doc, pos: int) -> bool:
    """Whether the place at `pos` is named in passing: after a word of `_PASSING` in its clause (``quê quán xã A,
    huyện B``, ``Ảnh: Quang Vinh``), or in brackets after a venue (``tại Trung tâm Hội nghị tỉnh (phường A)``)."""
    s0, _ = doc.sentence_bounds(pos)
    line = doc.low.rfind("\n", 0, pos) + 1
    start = max(s0, line, pos - 80)
    before = doc.low[start:pos]
    last = None
    for last in _PASSING.finditer(before):
        pass
    if last is not None and not re.search(r"[.;]", before[last.end():]):
        return True
    opened = before.rfind("(")
    if opened > before.rfind(")") and re.search(r"(?:tại|đến|ở)\s", before[:opened]):
        return True  # "tại Trung tâm Hội nghị tỉnh (phường A)", "đến Trung tâm Hội nghị Quốc gia (Hà Nội)"
    # "tại Trung tâm Hội nghị Quốc gia, Hà Nội": a venue, then the place it stands in
    return bool(re.search(r"(?:tại|đến|ở)\s+(?:[^\s.;]+\s+){0,2}?" + _VENUE + r"[^.;()]*,\s*$", before))


_TEXT_DOMAIN = re.compile(r"(?<![\w@/.])((?:[a-z0-9-]+\.)+(?:gov\.vn|dcs\.vn|org\.vn|com\.vn|net\.vn|vn))(?![\w.])",
                          re.IGNORECASE)


_BARE_BODY = re.compile(r"(?<![\w])(?:đảng ủy|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|ủy ban mttq|"
                        r"ủy ban mặt trận tổ quốc việt nam)\s+(xã|phường|thị trấn|đặc khu)(?![\w])")


def _bare_commune_body(doc: Doc, kind: str) -> bool:
    """Whether the text names a body of a commune of this kind without the commune's name ("Đảng ủy xã tổ chức …")."""
    for m in _BARE_BODY.finditer(doc.low):
        k = m.end()
        while k < len(doc.text) and doc.text[k] == " ":
            k += 1
        if m.group(1) == kind and not (k < len(doc.text) and doc.text[k].isupper()):
            return True
    return False


def context_area(doc: Doc) -> dict:
    """The subject chain (commune, district, province) of the article, and where it was read."""
    gaz = gazetteer.load()
    mentions = [m for m in doc.areas if (m.hint or not doc.in_person(m.start)) and not _aside(doc, m.start)]
    first_line = doc.lines[0] if doc.lines else (0, 0)
    headline_end = first_line[1] if first_line[1] - first_line[0] < 250 else 0
    lede_end = max(headline_end, min(len(doc.text), 600))
    title = doc.article.title or ""

    prov: Counter = Counter()
    dist: Counter = Counter()
    comm: Counter = Counter()
    sources: dict[str, str] = {}

    def vote(unit: Unit, weight: float, source: str) -> None:
        table = {"province": prov, "district": dist, "commune": comm}[unit.level]
        table[unit.code] += weight
        sources.setdefault(unit.code, source)

    host = urlparse(doc.article.url or "").hostname or ""
    host_units, national_site, how = _host_units(host) if host else ((), False, "")
    if doc.on:  # a 2018 article on a district portal is about the district, not the commune of 2025 named alike
        host_units = tuple(u for u in host_units if not (u.since and doc.on < u.since))
        # (and one of October 2025 on that portal, the district gone, about the commune of 2025 named alike, if any)
        host_units = tuple(_heir(u, host_units) if u.level == "district" and u.until == REFORM and doc.on >= REFORM else u
                           for u in host_units)
    ambiguous = host_units if how.endswith("(ambiguous)") else ()
    ambiguous_source = "host name"
    for u in host_units if not ambiguous else ():
        vote(u, 5 if u.level == "province" else 6, how)
    if not host_units:
        # a site named in the text stands for the host: "(Baohatinh.vn) -", a footer "Phuninh.gov.vn"
        ends = doc.text[:300] + "\n" + doc.text[-600:]  # (credits open an article, portals' footers close it)
        for dom in list(dict.fromkeys(m.group(1).lower() for m in (_TEXT_DOMAIN.finditer(ends) if "vn" in ends.lower()
                                                                  else ())))[:3]:  # (every domain ends in vn)
            units, _, dom_how = _host_units(dom)
            if units and dom_how.endswith("(ambiguous)"):
                ambiguous = units  # (settled below by the province the text is about, as a host's would be)
                ambiguous_source = "site named in the text"
                break
            if units:
                for u in units:
                    vote(u, 4 if u.level == "province" else 5, "site named in the text")
                break
    code_prov, national_code = _dateline_code(doc)
    if code_prov is not None:
        vote(code_prov, 4, "source code")
    host_prov = next((u for u in host_units if u.level == "province"), None) or code_prov
    for u, w in _path_units(doc.article.url or "", host_prov):
        vote(u, w, "url path")

    for m in mentions:
        weight = 3 if m.start < headline_end else (2 if m.start < lede_end else 1)
        levels = {u.level for u in m.units}
        if levels == {"province"}:
            u = choose(doc, m.units, "province")
            if u:
                vote(u, weight, "headline" if m.start < headline_end else "text")
        elif "district" in levels:
            cands = [u for u in m.units if u.level == "district" and (m.hint or u.valid_on(doc.on))]
            if len(cands) == 1:
                prov[gaz.province_of(cands[0]).code] += weight / 2
    for name_m in gaz.find(title) if title else ():
        u = choose(doc, name_m.units, "province")
        if u is not None and u.level == "province":
            vote(u, 3, "title")

    best_prov = gaz.units[prov.most_common(1)[0][0]] if prov else None
    for u in ambiguous:
        if best_prov is not None and u.parent == best_prov.code:
            vote(u, 6, ambiguous_source)
    scoped = Doc(doc.article, on=doc.on, subject=(best_prov,) if best_prov else ())
    for m in mentions:
        weight = 3 if m.start < headline_end else (2 if m.start < lede_end else 1)
        # (a district named bare after its end is its old name, not what the article is about: "làm việc với các
        # phường khu vực Phan Thiết" in July 2025)
        cands = [u for u in m.units if u.level == "district" and (m.hint or u.valid_on(doc.on))]
        if cands and any(u.level == "province" for u in m.units) and m.hint not in ("huyện", "thị xã", "thành phố", "quận"):
            cands = []  # a bare "Yên Bái" is the province, not its capital city
        if cands:
            u = choose(scoped, cands)
            if u and (best_prov is None or gaz.within(u, best_prov)):
                vote(u, weight, "headline" if m.start < headline_end else "text")
        cands = [u for u in m.units if u.level == "commune"]
        if cands:
            u = choose(scoped, cands)
            if u and (best_prov is None or gaz.within(u, best_prov) or gaz.related(u, best_prov)):
                vote(u, weight, "headline" if m.start < headline_end else "text")
    best_dist = None
    # a headline naming the province (or centrally-run city) and no district: one district named once in the lede
    # is not what the article is about ("HĐND TP.HCM bầu …" naming "Bí thư Thành ủy TP Thủ Đức" among those present)
    head_levels = {u.level for m in mentions if m.start < headline_end for u in m.units}
    needed = 3 if head_levels == {"province"} else 2
    if dist:
        code, score = dist.most_common(1)[0]
        if score >= needed:
            best_dist = gaz.units[code]
    if best_prov is None and best_dist is not None:
        best_prov = gaz.province_of(best_dist)

    best_comm = None
    if comm:
        code, score = comm.most_common(1)[0]
        unit = gaz.units[code]
        rival = dist[best_dist.code] if best_dist else 0
        # (or only the URL's, when the text names its commune's bodies bare: ".../dang-uy-xa-le-thuy-so-ket…" with
        # "Đảng ủy xã tổ chức hội nghị")
        if (score >= 3 or sources.get(code) == "url path" and _bare_commune_body(doc, unit.kind)) and score >= rival \
                and (best_dist is None or gaz.within(unit, best_dist)):
            best_comm = unit
    if best_dist is None and best_prov is not None:
        best_dist = _new_district(doc, gaz, headline_end, lede_end, best_prov)
    if best_comm is None:
        best_comm = _new_commune(doc, gaz, headline_end, lede_end, best_dist, best_prov,
                                 dist[best_dist.code] if best_dist else 0)
    if best_comm is not None and best_dist is not None and not gaz.within(best_comm, best_dist):
        best_dist = None
    if best_comm is not None and gaz.province_of(best_comm) is not None:
        best_prov = gaz.province_of(best_comm)
    if best_comm is not None and best_dist is None and best_comm.parent in gaz.units \
            and gaz.units[best_comm.parent].level == "district":
        # the commune's own district, as of the article's date ("xã Tóc Tiên" of 2019: huyện Tân Thành became thị xã
        # Phú Mỹ in 2018), for the bare "Thị ủy", "UBND huyện" of the text
        best_dist = gaz.units[best_comm.parent]
        if doc.on and best_dist.since and doc.on < best_dist.since:
            # (a district formed after the article from several: which of them held the commune, the data do not say)
            before = [gaz.units[c] for c in gaz.predecessors.get(best_dist.code, []) if gaz.units[c].valid_on(doc.on)]
            best_dist = before[0] if len(before) == 1 else None
    subject = tuple(_as_of(u, doc.on) for u in (best_comm, best_dist, best_prov) if u is not None)
    if len(subject) > 1 and doc.on and not subject[0].valid_on(doc.on):
        # a unit the text is about that had ended by the date the text reads as its own ("the district council's last
        # session … districts end on 1/7"): its chain is the one it stood in, not the units that followed
        subject = tuple(u for u in (best_comm, best_dist, best_prov) if u is not None)
    source = (sources.get(subject[0].code) or sources.get(next(iter(gaz.predecessors.get(subject[0].code, [])), ""))
              or "text") if subject else None
    national = False
    if not subject or (prov and prov.most_common(1)[0][1] < 2 and not best_dist and not best_comm):
        national = bool(national_site or national_code or _NATION.search(doc.low[:lede_end])) and not best_dist
        if national and subject and prov.most_common(1)[0][1] < 2:
            subject, source = (), None
    return {"subject": subject, "subject_source": source, "national": national and not subject}


def _as_of(unit: Unit, on: str | None) -> Unit:
    """The unit as it stood on the article's date: a province the host table names by its old name
    (``Thừa Thiên Huế``, ``Hà Giang``) is, in a 2026 article, the unit that succeeded it."""
    if not on or unit.valid_on(on):
        return unit
    gaz = gazetteer.load()
    later = [gaz.units[c] for c in gaz.successors.get(unit.code, [])]
    # (a district made a special zone whole is that zone: "vandon.quangninh.gov.vn" in 2026)
    later = [u for u in later if (u.level == unit.level or u.kind == "đặc khu") and u.valid_on(on)]
    return later[0] if len(later) == 1 else unit


_NEW_DISTRICT = re.compile(rf"(?<![\w])(huyện|thị xã|quận)\s+((?:[A-ZĐ][^\W\d_]*{APOSTROPHE_TAIL})"
                           rf"(?:\s+[A-ZĐ][^\W\d_]*{APOSTROPHE_TAIL}){{0,2}})")


def _new_district(doc, gaz, headline_end, lede_end, prov) -> Unit | None:
    """A district the gazetteer lacks (one merged away before its data were taken, such as huyện Nông Sơn),
    named with its level word in the lede and by its name in the headline: kept by name in the province."""
    starts = doc.person_starts()
    labels = (urlparse(doc.article.url or "").hostname or "").split(".")
    for m in _NEW_DISTRICT.finditer(doc.text[:lede_end]):
        cut = min([p for p in starts if m.start(2) <= p < m.end(2)], default=m.end(2))
        name = doc.text[m.start(2):cut].strip()  # "quận X Đoàn Văn A": the name stops at a person's
        if not name:
            continue  # ("Trưởng phòng Nội vụ huyện Võ Thị Kim Oanh": a person's name, no district's)
        on_host = ascii_slug(name) in labels  # "myloc.namdinh.gov.vn": the district's own portal
        # (a district of another province with the name does not count: "huyện Kỳ Sơn" of Hòa Bình, merged away in
        # 2019, is not Nghệ An's)
        if any(u.level == "district" and (prov is None or gaz.within(u, prov)) for u in gaz.lookup(name)) \
                or not on_host and (
                not headline_end or name.lower() not in doc.text[:headline_end].lower()):
            continue
        return synthetic(m.group(1).lower(), name, prov)
    return None


_NAME_TAIL = re.compile(r"[ \t]+\d{1,2}(?![\d\w])|[ \t]*[-–][ \t]*[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,2}")


def _new_commune(doc, gaz, headline_end, lede_end, best_dist, best_prov, rival) -> Unit | None:
    """A commune named in the headline or lede with its level word, even one the gazetteer lacks."""
    news = Counter()
    for m in _NEW_COMMUNE.finditer(doc.low[:lede_end]):
        words = doc.text[m.start(2):m.end(2)].split()
        caps = []
        for w in words:
            if not w[0].isupper():
                break
            caps.append(w.title() if w.isupper() else w)
        if not caps:
            continue
        if all(w.isupper() for w in words[:len(caps)]):
            # a headline in capitals gives no end to the name: the longest known name, else two words
            known_k = [k for k in (3, 2, 1) if k <= len(caps) and gaz.lookup(" ".join(caps[:k]))]
            if not known_k:
                continue  # "… CẤP XÃ TRÊN ĐỊA BÀN HUYỆN …": no name we know, and no telling where one would end
            caps = caps[:known_k[0]]
        name = " ".join(caps)
        if len(caps) == len(words):
            # "phường Móng Cái 2", "phường Xuân Hương - Đà Lạt" (2025): a number or a dashed name goes on, if known
            tail = _NAME_TAIL.match(doc.text, m.end(2))
            ends = [w.end() for w in re.finditer(r"\w+", tail.group(0))] if tail else []  # (each word's end)
            name = next((name + tail.group(0)[:e] for e in reversed(ends) if gaz.lookup(name + tail.group(0)[:e])),
                        name)
        news[(m.group(1).lower(), name)] += 10 if m.start() < headline_end else 2
    if not news:
        return None
    (kind, name), score = news.most_common(1)[0]
    anchor = best_dist or best_prov
    known = [u for u in gaz.lookup(name) if u.level == "commune"
             and (anchor is None or gaz.within(u, anchor) or gaz.related(u, anchor))] or \
        [u for u in gaz.lookup(name) if u.level == "commune" and best_prov is not None and gaz.related(u, best_prov)
         and u.since]  # (a commune of 2025, under its province: the district it lies in is gone)
    scoped = Doc(doc.article, on=doc.on, subject=(anchor,) if anchor else ())
    if score >= 3 and score >= rival:
        return choose(scoped, known) if known else synthetic(kind, name, anchor)
    return None

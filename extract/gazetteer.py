"""Gazetteer of Vietnam's administrative units, with their official codes, as of any date.

Two maintained packages give the data; nothing is typed by hand:

* ``vietnam-provinces`` 0.6: the 63 provinces, ~700 districts and ~10,000 communes as they stood
  before the reform of 1 July 2025 (Resolution 202/2025/QH15), which is what most news articles name;
* ``vietnamadminunits`` 1.0: the 34 provinces and 3,321 communes of 1 July 2025, and which old
  units each new one was formed from.

Every unit knows when it existed (`since`/`until`), so an article is read against the map of its
own date: ``tỉnh Tuyên Quang`` in 2020 is the old province, in 2026 the merged one; the eleven
provinces the reform left whole are one unit throughout. `successors`/`predecessors` link the
two maps (the graph turns them into ``org:ChangeEvent``s). Units are matched in text with an
Aho-Corasick automaton (pyahocorasick) over the folded lower-case names.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
import importlib.util
from pathlib import Path

import ahocorasick

from .text import PLACE_LIKE, ascii_slug, fold, key, lower

REFORM = "2025-07-01"          # districts abolished, provinces merged, communes rearranged
NEW = "2025-"                  # key prefix of a unit of the 2025 map that is not an old unit carried over

LEVEL_OF_KIND = {
    "tỉnh": "province", "thành phố trung ương": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
}
_KINDS = ("thành phố trung ương", "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận",
          "xã", "phường")


@dataclass(frozen=True)
class Unit:
    """One administrative unit; `label` is the level word and the name (``huyện Can Lộc``).

    `code` is the unit's key: its official code (``42``, ``436``, ``18409``), prefixed ``2025-``
    for a unit of the 2025 map that is a new entity (the merged ``tỉnh Tuyên Quang``, every new
    commune). `since`/`until` bound its existence (ISO dates; None = before/after the data).
    """

    code: str
    name: str
    kind: str
    parent: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def level(self) -> str:
        if self.kind in ("thành phố", "thành phố trung ương") and self.parent is None:
            return "province"
        return LEVEL_OF_KIND.get(self.kind, "commune")

    @property
    def label(self) -> str:
        kind = "thành phố" if self.kind == "thành phố trung ương" else self.kind
        return f"{kind} {self.name}" if self.name else ""

    @property
    def official(self) -> str:
        """The official code (without the ``2025-`` key prefix)."""
        return self.code[len(NEW):] if self.code.startswith(NEW) else self.code

    def valid_on(self, date: str | None) -> bool:
        """Whether the unit existed on `date` (YYYY, YYYY-MM or YYYY-MM-DD; None: always true)."""
        if not date:
            return True
        # compare at the precision given: a year overlaps the unit if any day of it does
        lo, hi = _bounds(date)
        return (self.since is None or hi >= self.since) and (self.until is None or lo < self.until)


def _bounds(date: str) -> tuple[str, str]:
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date, date


@dataclass
class AreaMention:
    start: int
    end: int
    units: list[Unit]
    hint: str | None = None  # the level word written before the name, if any
    plural: bool = False  # an item of a list opened by "các xã/phường …": the items after it share its level word


_ALIASES = {
    "tp.hcm": "79", "tphcm": "79", "tp hcm": "79", "tp. hcm": "79", "hcm": "79",
    "sài gòn": "79",
}

_HINT = re.compile(
    rf"(tỉnh ủy|tỉnh|huyện ủy|huyện đảo|(?:huyện|xã) (?:{PLACE_LIKE})|huyện|thị ủy|thị xã|tx\.?|thành ủy|thành phố|tp\.?|quận ủy|quận|"
    r"(?<![\w])[qph]\.(?= ?$)|"  # ("Q.Gò Vấp", "P. Bến Nghé": the dot right before the name, not a sentence's "họp.")
    r"đảng ủy xã|xã|phường|thị trấn|đặc khu)\s*$")
_PLURAL = re.compile(r"(?<![\w])(?:các|những|\d+)\s+(?:xã|phường|thị trấn|đặc khu)(?:\s*,\s*(?:xã|phường|thị trấn))*\s*:?\s*$")
_LIST_GAP = re.compile(r"\s*(?:,|;|và)\s*(?:và\s+)?")
_NUMBERED = re.compile(r"(?<![\w])(quận|phường)\s+(\d{1,2})(?![\d\w])")
_NUMBERED_WORDS = ("quận", "phường")  # (tests/test_speedups.py checks they are _NUMBERED's)
_NUMBERED_ABBR = re.compile(r"(?<![\w])(q|p)\.\s?(\d{1,2})(?![\d\w])")  # "Q.1", "P.10"
_ABBR_KIND = {"q": "quận", "p": "phường"}
_NOT_PLACE = re.compile(r"(tncs|cộng sản|tư tưởng|chủ tịch|bác|lăng|đường|(?<!thành )phố|(?<!môi )(?<!thị )trường|đại lộ|học viện|"
                        r"chiến dịch|tết|bãi rác|nhà máy|thủy điện|sân bay(?: quốc tế)?|cảng(?: hàng không)?(?: quốc tế)?|khu công nghiệp|cụm công nghiệp|"
                        r"khu kinh tế|khu du lịch|khu đô thị)\s*$")
_HINT_LEVEL = {"tỉnh": "province", "huyện": "district", "huyện đảo": "district", "thị xã": "district", "quận": "district",
               "xã": "commune", "phường": "commune", "thị trấn": "commune"}
_HINT_KIND = {"tỉnh ủy": "tỉnh", "tỉnh": "tỉnh", "huyện ủy": "huyện", "huyện": "huyện", "huyện đảo": "huyện",
              "thị ủy": "thị xã", "thị xã": "thị xã", "tx": "thị xã", "tx.": "thị xã", "thành ủy": "thành phố",
              "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố",
              "quận ủy": "quận", "quận": "quận", "đảng ủy xã": "xã", "xã": "xã",
              "phường": "phường", "thị trấn": "thị trấn", "đặc khu": "đặc khu",
              "q.": "quận", "p.": "phường", "h.": "huyện"}  # ("Q.Gò Vấp", "P.Bến Nghé", "H.Củ Chi": the southern papers')
_COMMUNE_HINTS = ("xã", "phường", "thị trấn", "đặc khu")


@dataclass
class Gazetteer:
    units: dict[str, Unit] = field(default_factory=dict)
    by_name: dict[str, list[Unit]] = field(default_factory=dict)
    by_slug: dict[str, list[Unit]] = field(default_factory=dict)
    successors: dict[str, list[str]] = field(default_factory=dict)
    predecessors: dict[str, list[str]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None
    _slugs: dict[str, list[Unit]] | None = None

    def add(self, unit: Unit, *names: str) -> None:
        self.units[unit.code] = unit
        for name in (unit.name, *names):
            self.by_name.setdefault(key(name), []).append(unit)
        if unit.level != "commune":
            self.by_slug.setdefault(ascii_slug(unit.name), []).append(unit)

    def link(self, old: str, new: str) -> None:
        """`new` was formed (in part) from `old`."""
        if old == new or old not in self.units or new not in self.units:
            return
        if new not in self.successors.setdefault(old, []):
            self.successors[old].append(new)
            self.predecessors.setdefault(new, []).append(old)

    def slug_index(self) -> dict[str, list[Unit]]:
        """Every unit (communes too) by the ascii form of its name (``duc an`` -> ``ducan``)."""
        if self._slugs is None:
            self._slugs = {}
            for unit in self.units.values():
                self._slugs.setdefault(ascii_slug(unit.name), []).append(unit)
        return self._slugs

    def parent(self, unit: Unit | None) -> Unit | None:
        return self.units.get(unit.parent) if unit and unit.parent else None

    def province_of(self, unit: Unit | None) -> Unit | None:
        while unit is not None and unit.level != "province":
            unit = self.parent(unit)
        return unit

    def within(self, unit: Unit, ancestor: Unit | None) -> bool:
        while unit is not None:
            if ancestor is not None and unit.code == ancestor.code:
                return True
            unit = self.parent(unit)
        return False

    def related(self, unit: Unit, other: Unit) -> bool:
        """`unit` lies inside `other`, or inside a unit `other` was formed from or became."""
        if self.within(unit, other):
            return True
        for code in self.predecessors.get(other.code, []) + self.successors.get(other.code, []):
            if self.within(unit, self.units[code]):
                return True
        return False

    def lookup(self, name: str) -> list[Unit]:
        return self.by_name.get(key(name), [])

    def find(self, text: str, low: str | None = None) -> list[AreaMention]:
        """Units named in `text` (NFC). Communes only after a level word (``xã Kỳ Lâm``)."""
        low = low if low is not None else lower(fold(text))
        found: list[AreaMention] = []
        refused: list[tuple[int, int]] = []  # names read as no place: no shorter name inside them is one either
        for end, (length, units) in self.automaton.iter(low):
            start = end - length + 1
            end += 1
            if start > 0 and (low[start - 1].isalnum()):
                continue
            if end < len(low) and (low[end].isalnum()):
                continue
            if text[start].isalpha() and not text[start].isupper():
                continue  # (its first word is in lower case: the test below, without splitting the words)
            span = text[start:end]
            words = [w for w in re.split(r"[\s\-–.]+", span) if w]  # ("Văn Miếu – Quốc Tử Giám")
            if not all(w[0].isupper() or w[0].isdigit() for w in words):
                continue
            if _NOT_PLACE.search(low[max(0, start - 28):start]):
                refused.append((start, end))  # ("Trường Đắk Lắk" is no "Lắk")
                continue
            m = _HINT.search(low[max(0, start - 24):start])
            if m and _longer_name(text, end):
                continue  # "xã Quỳnh Xuân Mới": the name goes on past every unit we know
            # ("huyện rẻo cao Hướng Hóa", "xã biên giới Ia Dom": a huyện, a xã)
            hint = (_HINT_KIND.get(m.group(1)) or _HINT_KIND.get(m.group(1).split()[0])) if m else None
            if hint is None and low.startswith("hồ chí minh", start):
                continue  # (bare, the name is the leader's: "tư tưởng, đạo đức, phong cách Hồ Chí Minh"; the city is "TP")
            # (the mention before this one: not a shorter name this one starts with, "Lâm" of "Lâm Thao")
            prev = next((f for f in reversed(found) if f.end <= start), None) if found else None
            listed = bool(prev and prev.plural and _LIST_GAP.fullmatch(low, prev.end, start))
            if hint is None and listed:
                hint = prev.hint  # "các phường Hoa Lư, Nam Định, Phủ Lý": every item is a phường
            cands = [u for u in units if u.level != "commune" or hint in _COMMUNE_HINTS]
            if not cands:
                continue
            if hint:
                same = [u for u in cands if u.kind == hint or (hint == "tỉnh" and u.level == "province")
                        or (hint == "thành phố" and u.kind in ("thành phố", "thành phố trung ương"))
                        or (hint in _COMMUNE_HINTS and u.level == "commune" and u.kind in _COMMUNE_HINTS)]
                # (none of that kind: a unit raised in rank after the data's past — "thị xã Hà Tiên" of 2014 is
                # the thành phố the data know — still at the level the word names)
                cands = same or [u for u in cands if u.level == _HINT_LEVEL.get(hint)] or cands
            plural = hint in _COMMUNE_HINTS and (listed or bool(_PLURAL.search(low, max(0, start - 24), start)))
            found.append(AreaMention(start, end, cands, hint, plural=plural))
        for m in _NUMBERED.finditer(low) if any(w in low for w in _NUMBERED_WORDS) else ():  # "quận 1", "phường 12":
            # numbered units, only with their level word
            units = [u for u in self.by_name.get(m.group(2).lstrip("0"), []) if u.kind == m.group(1)]
            if units:
                found.append(AreaMention(m.start(2), m.end(2), units, m.group(1)))
        for m in _NUMBERED_ABBR.finditer(low) if ("q." in low or "p." in low) else ():
            kind = _ABBR_KIND[m.group(1)]
            units = [u for u in self.by_name.get(m.group(2).lstrip("0"), []) if u.kind == kind]
            if units:
                found.append(AreaMention(m.start(2), m.end(2), units, kind))
        # keep the longest of overlapping matches
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[AreaMention] = []
        refused.sort()
        refused_starts = [r0 for r0, _ in refused]
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            # (a refused name holding this one starts at most a name's length before it: look at those only)
            near = refused[max(0, bisect_right(refused_starts, m.start) - 8):bisect_right(refused_starts, m.start)]
            if any(m.end <= r1 and (r0, r1) != (m.start, m.end) for r0, r1 in near):
                continue
            kept.append(m)
        return kept


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _longer_name(text: str, end: int) -> bool:
    """A capitalised word right after a unit's name that is no family name, role or body word:
    the place named is a longer one (a new or renamed unit), not this unit."""
    m = _NEXT_WORD.match(text, end)
    if not m or not m.group(1)[0].isupper() or (m.group(1).isupper() and len(m.group(1)) > 1):
        return False  # (in a line of capitals every word is capitalised: "HUYỆN THANH MIỆN NHIỆM KỲ …")
    from .lexicon import load

    lex = load()
    word = lower(fold(m.group(1)))
    if word in lex.surnames or word in lex.nonname or lex.role_re.match(lower(fold(text[end + 1:end + 30]))):
        return False
    return not lex.body_re.match(lower(fold(text[end + 1:end + 30])))


def _strip_kind(full: str) -> tuple[str, str]:
    full = fold(full)  # one tone placement: "Hoà Bình" -> "Hòa Bình"
    low = full.lower()
    for kind in _KINDS:
        if low.startswith(kind + " "):
            return kind, full[len(kind) + 1:]
    return "", full


def _data_dir(package: str) -> Path:
    """The data folder of an installed package, found without importing it (their imports are slow)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the gazetteer needs the {package!r} package: pip install vnkg")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _legacy(gaz: Gazetteer) -> None:
    """The pre-2025 map, from vietnam-provinces 0.6."""
    path = _data_dir("vietnam_provinces") / "nested-divisions.json"
    for p in json.loads(path.read_text("utf-8")):
        kind, name = _strip_kind(p["name"])
        prov = Unit(f"{p['code']:02d}", name, kind or "tỉnh")
        gaz.add(prov)
        for d in p.get("districts", []):
            dkind, dname = _strip_kind(d["name"])
            dist = Unit(f"{d['code']:03d}", dname, dkind or "huyện", prov.code, until=REFORM)
            gaz.add(dist)
            for w in d.get("wards", []):
                wkind, wname = _strip_kind(w["name"])
                gaz.add(Unit(f"{w['code']:05d}", wname, wkind or "xã", dist.code, until=REFORM))


def _dissolved(gaz: Gazetteer) -> None:
    """Districts merged away before the packaged data's date (``data/dissolved_units.tsv``): known until they
    ended ("quận 9" of 2018 is no thành phố Thủ Đức), each linked to the unit that took it in."""
    from importlib import resources

    text = resources.files("vnkg.extract").joinpath("data", "dissolved_units.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, name, province, until, successor = line.split("\t")[:6]
        if code in gaz.units or province not in gaz.units:
            continue  # (a newer package has it)
        gaz.add(Unit(code, name, kind, province, until=until))
        for each in successor.split(","):
            gaz.link(code, each.strip())


def _spellings(gaz: Gazetteer) -> None:
    """Units the packaged data misspells (``data/unit_spellings.tsv``): labelled as the state writes them, read
    under both spellings."""
    from importlib import resources

    text = resources.files("vnkg.extract").joinpath("data", "unit_spellings.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, packaged, official = line.split("\t")[:3]
        unit = gaz.units.get(code)
        if unit is None or unit.name != packaged:
            continue  # (a newer package spells it right, or no longer has it)
        fixed = Unit(code, official, unit.kind, unit.parent, unit.since, unit.until)
        gaz.units[code] = fixed
        _replace(gaz, fixed)
        gaz.by_name.setdefault(key(official), []).append(fixed)
        if fixed.level != "commune":
            gaz.by_slug.setdefault(ascii_slug(official), []).append(fixed)


def _renames(gaz: Gazetteer) -> dict[str, Unit]:
    """Units the packaged data shows under a name they took before the reform (``data/area_renames.tsv``):
    the old name until the change, the new unit from then on. Returns official code -> new unit."""
    from importlib import resources

    text = resources.files("vnkg.extract").joinpath("data", "area_renames.tsv").read_text("utf-8")
    renamed: dict[str, Unit] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, old_kind, old_name, new_kind, new_name, date = line.split("\t")[:6]
        current = gaz.units.get(code)
        if current is None:
            continue
        old = Unit(code, old_name, old_kind, current.parent, current.since, date)
        gaz.units[code] = old
        _replace(gaz, old)
        gaz.by_name.setdefault(key(old_name), []).append(old)
        if old.level != "commune":  # (a site named by the old name: thuathienhue.gov.vn)
            gaz.by_slug.setdefault(ascii_slug(old_name), []).append(old)
        new = Unit(NEW + code, new_name, new_kind, current.parent, date, current.until)
        gaz.add(new)
        gaz.link(code, new.code)
        renamed[code] = new
    return renamed


def _reform(gaz: Gazetteer, renamed: dict[str, Unit]) -> None:
    """The map of 1 July 2025 and its links to the old one, from vietnamadminunits 1.0."""
    data = _data_dir("vietnamadminunits")
    convert = json.loads((data / "converter_2025.json").read_text("utf-8"))
    con = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    try:
        new_rows = con.execute("SELECT province, provinceCode, provinceKey, ward, wardType, wardShort, "
                               "wardCode, wardKey FROM admin_units").fetchall()
        old_keys = {f"{p}_{d}_{w}": code for p, d, w, code in con.execute(
            "SELECT provinceKey, districtKey, wardKey, wardCode FROM admin_units_legacy")}
        old_province = dict(con.execute("SELECT DISTINCT provinceKey, provinceCode FROM admin_units_legacy"))
    finally:
        con.close()
    provinces: dict[str, Unit] = {}
    for prov_name, prov_code, prov_key, *_ in new_rows:
        if prov_key in provinces:
            continue
        kind, name = _strip_kind(prov_name)
        kind = "thành phố" if kind.startswith("thành phố") else "tỉnh"
        sources = convert["DICT_PROVINCE"].get(prov_key, [prov_key])
        old = renamed.get(prov_code) or gaz.units.get(prov_code)
        if sources == [prov_key] and old is not None:
            provinces[prov_key] = old                      # left whole by the reform: one unit throughout
            continue
        unit = Unit(NEW + prov_code, name, kind, since=REFORM)
        gaz.add(unit)
        provinces[prov_key] = unit
        for src in sources:
            code = old_province.get(src)
            if code in gaz.units:
                prev = gaz.units[code]
                if prev.until is None:
                    gaz.units[code] = prev = Unit(prev.code, prev.name, prev.kind, prev.parent, prev.since, REFORM)
                    _replace(gaz, prev)
                gaz.link(code, unit.code)
    new_codes: dict[tuple[str, str], str] = {}
    for prov_name, prov_code, prov_key, ward, ward_type, ward_short, ward_code, ward_key in new_rows:
        kind = lower(fold(ward_type or "xã"))
        unit = Unit(NEW + ward_code, fold(ward_short), kind, provinces[prov_key].code, since=REFORM)
        gaz.add(unit)
        new_codes[(prov_key, ward_key)] = unit.code
        for old in convert["DICT_PROVINCE_WARD_NO_DIVIDED"].get(prov_key, {}).get(ward_key, []):
            gaz.link(old_keys.get(old, ""), unit.code)
    # an old commune split between several new ones
    for prov_key, table in convert.get("DICT_PROVINCE_WARD_DIVIDED", {}).items():
        for old, parts in table.items():
            for part in parts:
                gaz.link(old_keys.get(old, ""), new_codes.get((prov_key, part.get("newWardKey", "")), ""))
    # a district that became a special zone whole: "huyện Vân Đồn" is "đặc khu Vân Đồn" since 2025-07-01
    for code in new_codes.values():
        zone = gaz.units[code]
        if zone.kind == "đặc khu":
            provinces_of = {zone.parent, *gaz.predecessors.get(zone.parent or "", [])}
            for old in gaz.by_name.get(key(zone.name), []):
                if old.level == "district" and old.until and old.parent in provinces_of:
                    gaz.link(old.code, zone.code)


def _replace(gaz: Gazetteer, unit: Unit) -> None:
    """Swap the stored copy of a unit (same code) in the name and slug indexes."""
    for table in (gaz.by_name, gaz.by_slug):
        for units in table.values():
            for i, u in enumerate(units):
                if u.code == unit.code:
                    units[i] = unit


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of both maps, built once per process."""
    gaz = Gazetteer()
    _legacy(gaz)
    _dissolved(gaz)
    _spellings(gaz)
    _reform(gaz, _renames(gaz))
    for alias, code in _ALIASES.items():
        gaz.by_name.setdefault(key(alias), []).append(gaz.units[code])
    auto = ahocorasick.Automaton()
    for name, units in gaz.by_name.items():
        if not name or name.isdigit() or len(name) < 2:
            continue
        auto.add_word(name, (len(name), units))
    # abbreviations written with punctuation
    for alias, code in _ALIASES.items():
        # (an alias that is also a unit's own name keeps that unit: "phường Sài Gòn" since 2025)
        named = [u for u in gaz.by_name.get(alias, []) if u.code != code]
        auto.add_word(alias, (len(alias), [gaz.units[code]] + named))
    # a name written with a dash, spaced or not ("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế")
    for name, units in list(gaz.by_name.items()):
        dashed = {lower(fold(u.name)) for u in units if re.search(r"[-–]", u.name)}
        for written in dashed | ({"thừa thiên - huế", "tt - huế"} if name == "thừa thiên huế" else set()):
            parts = re.split(r"\s*[-–]\s*", written)
            for sep in ("-", " - ", " – ", "–"):
                variant = sep.join(parts)
                if auto.get(variant, None) is None:
                    auto.add_word(variant, (len(variant), units))
    # a name with an apostrophe (K'Ho, M'Nông and Ê Đê names: "Đắk R'Lấp", "Cư M'gar"), however it is typed
    for name, units in list(gaz.by_name.items()):
        marked = {lower(fold(u.name)) for u in units if re.search(r"['’‘`]", u.name)}
        for written in marked:
            parts = re.split(r"\s*['’‘`]\s*", written)
            for sep in ("'", "’", "' ", "’ ", "‘"):
                variant = sep.join(parts)
                if auto.get(variant, None) is None:
                    auto.add_word(variant, (len(variant), units))
    # a K'Ho or M'Nông syllable the data write without its apostrophe ("Đưng KNớ"), written with it ("Đưng K'Nớ")
    for name, units in list(gaz.by_name.items()):
        bare = {u.name for u in units if re.search(r"(?<![\w'’])[KkMm][A-ZĐ]", u.name)}
        for written in bare:
            for sep in ("'", "’"):
                variant = lower(fold(re.sub(r"(?<![\w'’])([KkMm])(?=[A-ZĐ])", rf"\1{sep}", written)))
                if auto.get(variant, None) is None:
                    auto.add_word(variant, (len(variant), units))
    auto.make_automaton()
    gaz.automaton = auto
    return gaz

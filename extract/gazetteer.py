"""Gazetteer of Vietnam's administrative units, with their official codes.

The data is the ``vietnam-provinces`` 0.6 package: the 63 provinces, ~700
districts and ~10,000 communes as they stood before the 1 July 2025 reform,
which is what most news articles name. Units are matched in text with an
Aho-Corasick automaton (pyahocorasick) over the folded lower-case names.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import ahocorasick

from .text import ascii_slug, fold, key, lower

LEVEL_OF_KIND = {
    "tỉnh": "province", "thành phố trung ương": "province",
    "huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "district",
    "xã": "commune", "phường": "commune", "thị trấn": "commune",
}
_KINDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")


@dataclass(frozen=True)
class Unit:
    """One administrative unit; `label` is the level word and the name (``huyện Can Lộc``)."""

    code: str
    name: str
    kind: str
    parent: str | None = None

    @property
    def level(self) -> str:
        if self.kind == "thành phố" and self.parent is None:
            return "province"
        return LEVEL_OF_KIND[self.kind]

    @property
    def label(self) -> str:
        return f"{self.kind} {self.name}" if self.name else ""


@dataclass
class AreaMention:
    start: int
    end: int
    units: list[Unit]
    hint: str | None = None  # the level word written before the name, if any


_ALIASES = {
    "tp.hcm": "79", "tphcm": "79", "tp hcm": "79", "tp. hcm": "79", "hcm": "79",
    "sài gòn": "79", "thừa thiên huế": "46", "thừa thiên - huế": "46",
}

_HINT = re.compile(
    r"(tỉnh ủy|tỉnh|huyện ủy|huyện|thị ủy|thị xã|thành ủy|thành phố|tp\.?|quận ủy|quận|"
    r"đảng ủy xã|xã|phường|thị trấn)\s*$")
_NUMBERED = re.compile(r"(?<![\w])(quận|phường)\s+(\d{1,2})(?![\d\w])")
_NOT_PLACE = re.compile(r"(tncs|cộng sản|tư tưởng|chủ tịch|bác|lăng|đường|(?<!thành )phố|trường|đại lộ|học viện|"
                        r"chiến dịch|tết)\s*$")
_HINT_KIND = {"tỉnh ủy": "tỉnh", "tỉnh": "tỉnh", "huyện ủy": "huyện", "huyện": "huyện",
              "thị ủy": "thị xã", "thị xã": "thị xã", "thành ủy": "thành phố",
              "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố",
              "quận ủy": "quận", "quận": "quận", "đảng ủy xã": "xã", "xã": "xã",
              "phường": "phường", "thị trấn": "thị trấn"}


@dataclass
class Gazetteer:
    units: dict[str, Unit] = field(default_factory=dict)
    by_name: dict[str, list[Unit]] = field(default_factory=dict)
    by_slug: dict[str, list[Unit]] = field(default_factory=dict)
    automaton: ahocorasick.Automaton | None = None

    def add(self, unit: Unit, *names: str) -> None:
        self.units[unit.code] = unit
        for name in (unit.name, *names):
            self.by_name.setdefault(key(name), []).append(unit)
        if unit.level != "commune":
            self.by_slug.setdefault(ascii_slug(unit.name), []).append(unit)

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

    def lookup(self, name: str) -> list[Unit]:
        return self.by_name.get(key(name), [])

    def find(self, text: str, low: str | None = None) -> list[AreaMention]:
        """Units named in `text` (NFC). Communes only after a level word (``xã Kỳ Lâm``)."""
        low = low if low is not None else lower(fold(text))
        found: list[AreaMention] = []
        for end, (length, units) in self.automaton.iter(low):
            start = end - length + 1
            end += 1
            if start > 0 and (low[start - 1].isalnum()):
                continue
            if end < len(low) and (low[end].isalnum()):
                continue
            span = text[start:end]
            words = [w for w in re.split(r"[\s\-.]+", span) if w]
            if not all(w[0].isupper() or w[0].isdigit() for w in words):
                continue
            if _NOT_PLACE.search(low[max(0, start - 20):start]):
                continue
            m = _HINT.search(low[max(0, start - 14):start])
            hint = _HINT_KIND.get(m.group(1)) if m else None
            cands = [u for u in units if u.level != "commune" or hint in ("xã", "phường", "thị trấn")]
            if not cands:
                continue
            if hint:
                same = [u for u in cands if u.kind == hint or (hint == "tỉnh" and u.level == "province")
                        or (hint == "thành phố" and u.kind == "thành phố")]
                cands = same or cands
            found.append(AreaMention(start, end, cands, hint))
        for m in _NUMBERED.finditer(low):  # "quận 1", "phường 12": numbered units, only with their level word
            units = [u for u in self.by_name.get(m.group(2).lstrip("0"), []) if u.kind == m.group(1)]
            if units:
                found.append(AreaMention(m.start(2), m.end(2), units, m.group(1)))
        # keep the longest of overlapping matches
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[AreaMention] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept


def _strip_kind(full: str) -> tuple[str, str]:
    full = fold(full)  # one tone placement: "Hoà Bình" -> "Hòa Bình"
    low = full.lower()
    for kind in _KINDS:
        if low.startswith(kind + " "):
            return kind, full[len(kind) + 1:]
    return "", full


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built once per process from the vietnam-provinces 0.6 data."""
    path = resources.files("vietnam_provinces").joinpath("data", "nested-divisions.json")
    data = json.loads(path.read_text("utf-8"))
    gaz = Gazetteer()
    for p in data:
        kind, name = _strip_kind(p["name"])
        prov = Unit(f"{p['code']:02d}", name, kind or "tỉnh")
        gaz.add(prov)
        for d in p.get("districts", []):
            dkind, dname = _strip_kind(d["name"])
            dist = Unit(f"{d['code']:03d}", dname, dkind or "huyện", prov.code)
            gaz.add(dist)
            for w in d.get("wards", []):
                wkind, wname = _strip_kind(w["name"])
                gaz.add(Unit(f"{w['code']:05d}", wname, wkind or "xã", dist.code))
    for alias, code in _ALIASES.items():
        gaz.by_name.setdefault(key(alias), []).append(gaz.units[code])
    auto = ahocorasick.Automaton()
    for name, units in gaz.by_name.items():
        if not name or name.isdigit() or len(name) < 2:
            continue
        auto.add_word(name, (len(name), units))
    # abbreviations written with punctuation
    for alias, code in _ALIASES.items():
        auto.add_word(alias, (len(alias), [gaz.units[code]]))
    auto.make_automaton()
    gaz.automaton = auto
    return gaz

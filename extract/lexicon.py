"""Lexicons (roles, bodies, levels, abbreviations, surnames) loaded from data files.

The files in ``extract/data`` are the single source; this module only turns
them into the regular expressions and sets the extractors use. All keys are in
the folded lower-case form of :func:`vnkg.extract.text.key`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .text import fold, lower


def _lines(name: str) -> list[list[str]]:
    text = resources.files("vnkg.extract").joinpath("data", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _low(text: str) -> str:
    return lower(fold(text))


def _alternation(words: list[str]) -> str:
    words = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    honorifics: tuple[str, ...]
    roles: dict[str, str]
    role_re: re.Pattern
    abbreviations: list[tuple[re.Pattern, str]]
    levels: list[tuple[str, str]]
    level_re: re.Pattern
    bodies: dict[str, str]
    body_re: re.Pattern
    honorific_re: re.Pattern
    nonname: frozenset[str]
    spellings: dict[str, str]
    committees: dict[str, str]  # level word -> its party committee ("huyện" -> "Huyện ủy")
    kept: frozenset[str] = frozenset()  # abbreviations a title keeps as written ("TAND"): the graph keys by the long form
    shorts: frozenset[str] = frozenset()  # every abbreviation's short form as written ("UBND", "TAND")
    expanded: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # expand()'s memo

    def honorific_alternation(self, *but: str) -> str:
        """The honorifics as one regex group, spaces as ``\\s+`` (but the ones given: "đại biểu" is also a seat)."""
        return "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in self.honorifics if h not in but) + ")"

    def role_spelling(self, role: str) -> str:
        """The lexicon's spelling of a role matched in lower case (``phó bí thư`` -> ``Phó Bí thư``)."""
        return self.spellings.get(_low(" ".join(role.split())), role)

    def role_kind(self, role: str) -> str:
        return self.roles.get(_low(" ".join(role.split())), "staff")

    def expand(self, text: str, keep: bool = False) -> str:
        """Spell out the abbreviations of a title or body (``UBND`` -> ``Ủy ban nhân dân``); with `keep`, the
        ones marked "written" in the data file (``TAND``, ``VKSND``) stay as the article writes them."""
        done = self.expanded.get((text, keep))
        if done is None:
            done = text
            for pattern, long in self.abbreviations:
                if not (keep and pattern.pattern in self.kept):
                    done = pattern.sub(long, done)
            done = " ".join(done.split())
            if len(self.expanded) < 1 << 16:  # titles and bodies recur: a bounded memo
                self.expanded[(text, keep)] = done
        return done

    def level_of(self, low_title: str) -> str | None:
        """Level named by the last level marker of a (lower-case) title or body."""
        found = None
        for m in self.level_re.finditer(low_title):
            if not low_title.startswith(" hội", m.end()) and not (  # "Ủy ban về các vấn đề xã hội" names no commune
                    m.group(0) == "phòng" and _PREVENT.match(low_title, m.end())):  # nor "phòng, chống" a district's office
                found = m
        if not found:
            return None
        word = " ".join(found.group(0).split())
        return dict(self.levels)[word]


_PREVENT = re.compile(r"\s*,?\s*chống(?![\w])")


# Capitalised words that open titles, bodies and headlines: never part of a name.
_NONNAME = """bí phó chủ ủy ban huyện tỉnh xã phường quận đảng hội trưởng giám sở phòng
ubnd hđnd btv mttq uv tuv uvbtv uvtv pct pbt tp tx đbqh ủy thủ khóa lần sáng chiều tối
ngày tại theo các những ảnh nguồn video clip viện mặt trận ông bà họp
""".split()


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, loaded once per process."""
    surnames = frozenset(_low(r[0]) for r in _lines("surnames.txt"))
    honorifics = tuple(sorted((_low(r[0]) for r in _lines("honorifics.txt")), key=len, reverse=True))
    roles = {_low(r[0]): r[1] for r in _lines("roles.tsv")}
    spellings = {_low(r[0]): fold(r[0]) for r in _lines("roles.tsv")}
    role_re = re.compile(rf"(?<![\w&])(?:{_alternation(list(roles))})(?![\w&])")
    abbreviations, kept, shorts = [], set(), set()
    for short, long, *how in _lines("abbreviations.tsv"):
        shorts.add(short)
        # case matters: "TƯ" is Trung ương, "Tư" in "Sở Tư pháp" is not (other spellings are rows of their own)
        pattern = re.compile(rf"(?<![\w&.]){re.escape(short)}(?![\w&])")
        abbreviations.append((pattern, long))
        if how == ["written"]:
            kept.add(pattern.pattern)
    levels = [(_low(r[0]), r[1]) for r in _lines("levels.tsv")]
    # (a name written with a comma is also read as the comparison key writes it, the comma dropped: "ủy ban tài
    # chính ngân sách")
    levels += [(w.replace(",", ""), lv) for w, lv in levels if "," in w and (w.replace(",", ""), lv) not in levels]
    level_re = re.compile(rf"(?<![\w&])(?:{_alternation([w for w, _ in levels])})(?![\w&])")
    bodies = {_low(r[0]): r[1] for r in _lines("bodies.tsv")}
    body_re = re.compile(rf"(?<![\w&])(?:{_alternation(list(bodies))})(?![\w&])")
    honorific_re = re.compile(rf"(?<![\w/])(?:{_alternation(list(honorifics))})$")
    nonname = frozenset(_NONNAME)
    committees = {_low(r[0]): r[1] for r in _lines("party_committees.tsv")}
    return Lexicon(surnames, honorifics, roles, role_re, abbreviations, levels, level_re,
                   bodies, body_re, honorific_re, nonname, spellings, committees, frozenset(kept), frozenset(shorts))

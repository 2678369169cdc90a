"""Vietnamese alphabetical order for names and places in tables.

Code-point order puts `Đ` after `Z` and `Ă`, `Â` after every plain letter. With PyICU installed
(``pip install 'vnkg[icu]'``; the followthemoney extra brings it too) the ICU collator for ``vi`` is
used; without it, a small built-in key gives the same order for Vietnamese text: the alphabet
a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y first, then the tones (none, huyền, hỏi, ngã,
sắc, nặng), then case.

`order(rows, query)` re-sorts a query's rows by its own ORDER BY, with this collation for text and
numbers as numbers; a query whose ORDER BY it cannot read is left in the engine's order.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {c: i for i, c in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_VOWEL = {("a", "\u0306"): "ă", ("a", "\u0302"): "â", ("e", "\u0302"): "ê", ("o", "\u0302"): "ô",
          ("o", "\u031b"): "ơ", ("u", "\u031b"): "ư"}


def _builtin_key(text: str):
    primary, secondary, tertiary = [], [], []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        low = base.lower()
        letter, tone = ("đ" if low in "đ" else low), 0
        for m in marks:
            if (letter, m) in _VOWEL:
                letter = _VOWEL[(letter, m)]
            elif m in _TONES:
                tone = _TONES[m]
        if letter in _RANK:
            primary.append((3, _RANK[letter]))
        elif low.isdigit():
            primary.append((2, unicodedata.digit(low, 0)))
        elif low.isspace():
            primary.append((1, 0))
        else:
            primary.append((0, ord(low)))
        secondary.append(tone)
        tertiary.append(0 if base == low else 1)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


@lru_cache(maxsize=1)
def _icu_collator():
    try:
        import icu
    except ImportError:
        return None
    try:
        return icu.Collator.createInstance(icu.Locale("vi"))
    except Exception:  # an ICU build without Vietnamese data: fall back
        return None


def backend() -> str:
    """'icu' when PyICU does the collation, else 'builtin'."""
    return "icu" if _icu_collator() is not None else "builtin"


def key(text: str):
    """A sort key that orders Vietnamese text alphabetically (ICU when available)."""
    collator = _icu_collator()
    if collator is not None:
        return collator.getSortKey(text)
    return _builtin_key(text)


def sort_key(value):
    """Sort key for a table cell: missing first, then numbers, then text in Vietnamese order."""
    if value is None:
        return (0, 0, b"")
    if isinstance(value, bool):
        return (1, int(value), b"")
    if isinstance(value, (int, float)):
        return (1, value, b"")
    k = key(str(value))
    return (2, 0, k) if isinstance(k, bytes) else (2, 0, b"", k)


def sorted_values(values):
    return sorted(values, key=sort_key)


# --- a query's ORDER BY --------------------------------------------------------------------------------

_SPARQL_NOISE = re.compile(r'#[^\n]*|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>')
_SPARQL_TERM = re.compile(r"\s*(?:(ASC|DESC)\s*\(\s*\?(\w+)\s*\)|\(\s*!\s*BOUND\s*\(\s*\?(\w+)\s*\)\s*\)|\?(\w+))",
                          re.I)
_CYPHER_NOISE = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.S)
_CYPHER_TERM = re.compile(r"\s*(`[^`]+`|\w+)(?:\s+(ASC|ASCENDING|DESC|DESCENDING))?\s*(?:,|$)", re.I)


def order_by(query: str, language: str = "sparql") -> list[tuple[str, str]] | None:
    """The query's final ORDER BY as (column, 'asc' | 'desc' | 'unbound-last'), or None if it has none
    or one this reader does not understand (expressions other than these simple forms)."""
    if language == "sparql":
        text = _SPARQL_NOISE.sub(" ", query)
        found = list(re.finditer(r"\bORDER\s+BY\b", text, re.I))
        if not found:
            return None
        tail = text[found[-1].end():]
        tail = re.split(r"\b(?:LIMIT|OFFSET|VALUES)\b", tail, flags=re.I)[0]
        if "}" in tail:
            return None  # ORDER BY inside a subquery
        terms, pos = [], 0
        while pos < len(tail):
            m = _SPARQL_TERM.match(tail, pos)
            if not m:
                return None if tail[pos:].strip() else terms or None
            if m.group(2):
                terms.append((m.group(2), m.group(1).lower()))
            elif m.group(3):
                terms.append((m.group(3), "bound-first"))
            else:
                terms.append((m.group(4), "asc"))
            pos = m.end()
        return terms or None
    text = _CYPHER_NOISE.sub(" ", query)
    found = list(re.finditer(r"\bORDER\s+BY\b", text, re.I))
    if not found:
        return None
    tail = re.split(r"\b(?:SKIP|LIMIT|UNION|RETURN|WITH|MATCH)\b", text[found[-1].end():], flags=re.I)[0].strip()
    if re.search(r"\b(?:RETURN|WITH)\b", text[found[-1].end():], re.I):
        return None  # ORDER BY of an inner WITH: the final order is not this one
    terms, pos = [], 0
    while pos < len(tail):
        m = _CYPHER_TERM.match(tail, pos)
        if not m or m.end() == pos:
            return None
        direction = (m.group(2) or "asc").lower()
        terms.append((m.group(1).strip("`"), "desc" if direction.startswith("desc") else "asc"))
        pos = m.end()
    return terms or None


def order(rows: list[dict], query: str, language: str = "sparql") -> list[dict]:
    """`rows` re-sorted by the query's ORDER BY with Vietnamese collation (stable; unchanged if the
    ORDER BY cannot be read or names a column the rows do not have)."""
    terms = order_by(query, language)
    if not terms or not rows or any(name not in rows[0] for name, _ in terms):
        return rows
    out = list(rows)
    for name, how in reversed(terms):  # stable sorts, last key first
        if how == "bound-first":
            out.sort(key=lambda r: r[name] is None)
        else:
            out.sort(key=lambda r: sort_key(r[name]), reverse=(how == "desc"))
    return out

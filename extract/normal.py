"""The one normaliser for searching: the form in which a user's text and a stored value are compared.

It is extraction's own: :func:`vnkg.extract.text.key` (NFC, one tone placement so ``uỷ`` = ``ủy``,
``Ð`` = ``Đ``, lower case, punctuation dropped, single spaces) after the lexicon's abbreviation
expansion (``UBND`` -> ``Ủy ban nhân dân``), with three additions for what people type:

- an abbreviation typed in lower case or without its accent (``ubnd``, ``hdnd``, ``btv``) is spelled
  out too, unless it is itself a Vietnamese syllable (``tư`` stays: it is "Sở Tư pháp", not Trung ương);
- ``i`` and ``y`` alone after a consonant are one letter (``Sĩ`` = ``Sỹ``, ``Kỳ`` = ``Kì``);
- :func:`loose` drops the diacritics (``chu tich`` = ``chủ tịch``): a search typed without any
  diacritic is compared in that form, one typed with them keeps them (``Hà`` is not ``Hạ``).

`matches` says whether a stored value answers a search: its words contain the searched words in a
row (``Hậu Lộc`` finds ``huyện Hậu Lộc``), or, for a post's title, begin with them (``Chủ tịch``
finds ``Chủ tịch Ủy ban nhân dân huyện`` but not ``Phó Chủ tịch …``).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

from .text import key, nfc

_VOWELS = "aăâeêioôơuưy"
_TONES = {v: unicodedata.normalize("NFC", v + m) for v in _VOWELS for m in "\u0300\u0301\u0309\u0303\u0323"}
_ALL_VOWELS = _VOWELS + "".join(_TONES.values())
# a Vietnamese syllable: initial consonant(s), vowels, a final consonant — "tư", "tu" and "quy" are,
# "ubnd", "hdnd", "tp", "uv" are not
_SYLLABLE = re.compile(
    rf"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?[{_ALL_VOWELS}]+(?:ng|nh|ch|[cmnpt])?")
_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_LONE_Y = re.compile(r"\b(ngh|ng|gh|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])([yýỳỷỹỵ])\b")
_TOKEN = re.compile(r"[^\s]+")


def _strip(text: str) -> str:
    """Diacritics dropped, đ read as d (lower-case input)."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


@lru_cache(maxsize=1)
def _lexicon():
    from .lexicon import _lines, load

    typed = {}  # what a user may type for an abbreviation, without case or accents -> its key
    for short, long, *_ in _lines("abbreviations.tsv"):
        low = key(short)
        if " " in low or _SYLLABLE.fullmatch(low) or _SYLLABLE.fullmatch(_strip(low)):
            continue
        typed.setdefault(_strip(low), key(long))
    return load(), typed


def search_key(text: str) -> str:
    """The comparison form of a search or a stored value (idempotent: ``search_key(search_key(x))``)."""
    lex, typed = _lexicon()
    low = key(lex.expand(nfc(text)))
    words = []
    for word in low.split():
        long = None if _SYLLABLE.fullmatch(word) else typed.get(_strip(word))
        words.append(long or word)
    return _LONE_Y.sub(lambda m: m.group(1) + m.group(2).translate(_Y_TO_I), " ".join(words))


def loose(search: str) -> str:
    """A search key without diacritics (``chủ tịch`` -> ``chu tich``)."""
    return _strip(search)


def has_diacritics(text: str) -> bool:
    """Whether the user typed any letter with a diacritic (đ included): then diacritics count. (What an
    abbreviation spells out does not count: ``Bi thu UBND`` is typed without diacritics.)"""
    k = key(text)
    return _strip(k) != k


class Search:
    """One user's text, ready to test stored values: ``Search("chu tich ubnd").matches(title)``."""

    def __init__(self, text: str, start: bool = False):
        self.text = text
        self.start = start
        self.strict = has_diacritics(text)
        self.key = self.form(text)

    def form(self, value: str) -> str:
        k = search_key(value)
        return k if self.strict else loose(k)

    def matches(self, value: str) -> bool:
        """Whether a stored value answers this search (see the module's docstring)."""
        if not self.key:
            return False
        form = f" {self.form(value)} "
        return form.startswith(f" {self.key} ") if self.start else f" {self.key} " in form

    def select(self, values) -> list[str]:
        """The stored values that answer this search, in their stored spelling."""
        return sorted({v for v in values if v and self.matches(v)})

    def select_keyed(self, keyed) -> list[str]:
        """`select` over (value, search_key(value), loose form) triples computed beforehand (a store's
        vocabulary, cached): the same answer without normalising every stored value again."""
        if not self.key:
            return []
        want = f" {self.key} "
        found = set()
        for value, strict, loose_form in keyed:
            form = f" {strict if self.strict else loose_form} "
            if (form.startswith(want) if self.start else want in form) and value:
                found.add(value)
        return sorted(found)

    def nearest(self, values, n: int = 3) -> list[str]:
        """The stored values closest to this search, for a 'did you mean' (best first)."""
        forms: dict[str, str] = {}
        for v in values:
            if v:
                forms.setdefault(loose(search_key(v)), v)
        want = loose(self.key)
        if not want:
            return []
        close = difflib.get_close_matches(want, list(forms), n=n, cutoff=0.6)
        if len(close) < n:  # then the values that share the most words with the search
            words = set(want.split())
            shared = sorted(((len(words & set(f.split())), -abs(len(f) - len(want)), f) for f in forms
                             if f not in close and words & set(f.split())), reverse=True)
            close += [f for *_, f in shared[:n - len(close)]]
        return [forms[f] for f in close]


# ---- dates typed by a user -----------------------------------------------------------------------
_PERIODS = [
    # ISO: 2022-06-14, 2022-06, 2022 (also with / or .)
    (re.compile(r"(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"), False),
    # day first, as Vietnamese write them: 14/06/2022, 14-6-2022, 14.6.2022, ngày 14 tháng 6 năm 2022
    (re.compile(r"(?:ngày\s*)?(?P<d>\d{1,2})\s*(?:[-/.]|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:[-/.]|\s+năm\s+|,\s*)\s*(?P<y>\d{4})"), False),
    # a month: 06/2022, 6-2022, tháng 6/2022, tháng 6 năm 2022
    (re.compile(r"(?:tháng\s*)?(?P<m>\d{1,2})\s*(?:[-/.]|\s+năm\s+)\s*(?P<y>\d{4})"), True),
    # a year: năm 2022
    (re.compile(r"năm\s+(?P<y>\d{4})"), True),
]
PERIOD_FORMS = "2022-06-14, 14/06/2022, 14-6-2022, 06/2022 or 2022"


def period(text: str, day_only: bool = False) -> str:
    """A date a user typed, as ISO of its own precision: ``14/6/2022`` -> ``2022-06-14``, ``6/2022`` ->
    ``2022-06``, ``2022`` -> ``2022``. ValueError (a one-line reason) for anything else, or for a
    month or year when `day_only`."""
    low = " ".join(nfc(text).lower().split())
    for rx, _ in _PERIODS:
        m = rx.fullmatch(low)
        if m:
            break
    else:
        raise ValueError(f"{text!r} is not a date ({PERIOD_FORMS})")
    parts = m.groupdict()
    year, month, day = int(parts["y"]), parts.get("m"), parts.get("d")
    if not 1000 <= year <= 2999:
        raise ValueError(f"{text!r}: {year} is not a year vnkg knows")
    if month is None:
        iso = f"{year:04d}"
    elif not 1 <= int(month) <= 12:
        raise ValueError(f"{text!r}: there is no month {int(month)}")
    elif day is None:
        iso = f"{year:04d}-{int(month):02d}"
    else:
        import datetime

        try:
            iso = datetime.date(year, int(month), int(day)).isoformat()
        except ValueError:
            raise ValueError(f"{text!r}: there is no day {int(day)} in {int(month):02d}/{year}") from None
    if day_only and len(iso) < 10:
        raise ValueError(f"{text!r} is not a day (2022-06-14 or 14/06/2022)")
    return iso

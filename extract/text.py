"""Text normalisation that keeps character offsets.

`fold(text)` returns a string of exactly the same length as `text` in which
old and new tone placement agree (``uỷ`` -> ``ủy``, ``hoà`` -> ``hòa``) and the
look-alike letter ``Ð`` (U+00D0) is read as ``Đ``. Matching runs on the folded
text; every offset found there points at the same characters of the original.
"""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ",
    "o": "òóỏõọ", "u": "ùúủũụ",
}
_OA = re.compile(r"(?<![qQ])([oO])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ])(?![^\W\d_])")
_UY = re.compile(r"(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")


def _move(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    for plain in "aey":
        marks = _TONED[plain]
        if second.lower() in marks:
            toned = _TONED[first.lower()][marks.index(second.lower())]
            toned = toned.upper() if first.isupper() else toned
            return toned + (plain.upper() if second.isupper() else plain)
    return m.group(0)


# the same shapes without the look-behind: a scan that skips to the candidate letters (the subs do not)
_MAY_OA = re.compile(r"[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ](?![^\W\d_])")
_MAY_UY = re.compile(r"[uU][ỳýỷỹỵỲÝỶỸỴ](?![^\W\d_])")


def retone(text: str) -> str:
    """Move the tone of an open ``oa``/``oe``/``uy`` syllable onto its first vowel."""
    if _MAY_OA.search(text):
        text = _OA.sub(_move, text)
    return _UY.sub(_move, text) if _MAY_UY.search(text) else text


# Ð (Icelandic eth) typed for Đ; spaces other than the plain one; the rarer dashes (em dash, horizontal
# bar, figure dash, minus, hyphens) read as the hyphen-minus that the rules know, like the en dash
_LOOKALIKE = str.maketrans({"Ð": "Đ", "ð": "đ", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2014": "-",
                            "\u2015": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})
_HAS_LOOKALIKE = re.compile("[Ðð\u00a0\u2009\u202f\u2010-\u2012\u2014\u2015\u2212]")  # translate is slow


_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # every Unicode space but the tab
_SPACE_RUN = re.compile("  +")
# a word glued to the next by a lost line break or tag: no Vietnamese syllable has a letter before "nh"/"kh", so
# "Quảng Bìnhnhiệm kỳ 2021 - 2026" is "Quảng Bình nhiệm kỳ …"
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_GLUED = re.compile(r"nhiệm kỳ|khóa [IVXLC\d]|khoá [IVXLC\d]")


# a sentence's stop glued to the next sentence by a scraper ("… lãnh đạo Sở Nội vụ.Bí thư Tỉnh ủy A phát biểu",
# "Giám đốc Sở Nông nghiệp và PTNT.Các đại biểu dự hội nghị"): after a word in lower case, or after an acronym when a
# word that opens sentences follows (not "TP.Huế", "Tp.HCM", "ThS.Nguyễn": abbreviations with their stop)
_GLUED_STOP = re.compile(r"(?:(?<=[a-zà-ỹđ]{2})|(?<=[A-ZĐ]{3}(?=\.(?:Các|Ông|Bà|Đồng chí|Theo|Tại|Trong|Dự|Phát biểu|Sáng|"
                         r"Chiều)[\s,])))\.(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")


def _unglue(text: str) -> str:
    if "nhiệm kỳ" not in text and "khóa" not in text and "khoá" not in text:
        return text
    cuts = [m.start() for m in _GLUED.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
    for at in reversed(cuts):
        text = text[:at] + " " + text[at:]
    return text


def nfc(text: str) -> str:
    """The stored text, which offsets point into: Unicode NFC, zero-width characters dropped, every
    Unicode space (``&nbsp;`` of scraped pages, thin spaces) an ordinary one, runs of spaces one space
    (a name typed ``Nguyễn  Văn An`` is the name ``Nguyễn Văn An``), Windows and old Mac line ends ``\\n``, an
    Icelandic Ð typed for Đ the Đ, a place name glued to the ``nhiệm kỳ`` or ``khóa`` after it parted from it, HTML entities a scraper left in
    (``&nbsp;``, ``&amp;``) the characters they stand for."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u200b", "").replace("\ufeff", "")
    if "Ð" in text or "ð" in text:
        text = text.replace("Ð", "Đ").replace("ð", "đ")  # (Icelandic eth typed for Đ: the names are written with Đ)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _unglue(text)
    text = _GLUED_STOP.sub(". ", text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # "Tam&nbsp;Đường", "HĐND&amp;UBND": entities a scraper left in
    return _SPACE_RUN.sub(" ", _SPACES.sub(" ", text))


def fold(text: str) -> str:
    """Same-length matching form of NFC text: one tone placement, Ð read as Đ."""
    return _short_fold(text) if len(text) <= 64 else _fold(text)


def _fold(text: str) -> str:
    folded = retone(text.translate(_LOOKALIKE) if _HAS_LOOKALIKE.search(text) else text)
    assert len(folded) == len(text)
    return folded


_short_fold = lru_cache(maxsize=1 << 16)(_fold)  # words and names recur


def lower(text: str) -> str:
    """Lower case that keeps length (Vietnamese letters map one to one)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


def key(text: str) -> str:
    """Comparison key: folded, lower case, punctuation but & dropped, single spaces."""
    return _short_key(text) if len(text) <= 200 else _key(text)


def _key(text: str) -> str:
    text = lower(fold(nfc(text)))
    return " ".join(_NOT_KEY.sub(" ", text).split())


_NOT_KEY = re.compile(r"[^\w&]+")
_short_key = lru_cache(maxsize=1 << 16)(_key)  # names and titles recur: the same few thousand strings


_ASCII = str.maketrans({"đ": "d", "Đ": "D"})


@lru_cache(maxsize=1 << 16)  # titles and bodies recur: the same few thousand strings
def ascii_slug(text: str) -> str:
    """``Hậu Lộc`` -> ``hauloc``: the form used in host names."""
    text = unicodedata.normalize("NFD", text.translate(_ASCII))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text.lower())


# what a huyện or a xã is like, written between its level word and its name ("huyện rẻo cao Hướng Hóa", "xã biên giới
# Ia Dom"): no part of its name or of a title (a regular-expression alternation)
# the rest of a word of a minority place name that holds an apostrophe ("N'Drung" of "xã Đắk N'Drung", "B'Ri")
APOSTROPHE_TAIL = r"(?:['’][^\W\d_]+)?"
PLACE_LIKE = "đảo|miền núi|vùng cao|rẻo cao|biên giới|ven biển"

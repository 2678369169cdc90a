"""Stages 1-2: normalise the text and split it into lines and sentences."""
from __future__ import annotations

import re

from .document import Doc
from .text import fold, lower, nfc

_END = re.compile(r"[.!?:;\"”)…]$")


def normalise(doc: Doc) -> dict:
    """NFC text for provenance, and its folded lower-case twin for matching."""
    text = nfc(doc.article.text)
    return {"text": text, "low": lower(fold(text))}


def _surnames() -> frozenset[str]:
    from .lexicon import load
    return load().surnames


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines; a long line that stops mid-sentence is joined with the next (wrapped text)."""
    joined: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        if not m.group(0).strip():
            continue
        if joined:
            p0, p1 = joined[-1]
            prev = text[p0:p1].rstrip()
            nxt = m.group(0).lstrip()
            last = prev.split()[-1] if prev.split() else ""
            # the next line goes on with lower case or a number, or a name broken after its surname
            dateline = re.match(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d", nxt)
            wrapped = nxt[:1].islower() or (nxt[:1].isdigit() and not dateline) or (
                last[:1].isupper() and lower(fold(last)) in _surnames() and nxt[:1].isupper())
            if p1 - p0 > 60 and not _END.search(prev) and m.start() - p1 == 1 and wrapped:
                joined[-1] = (p0, m.end())
                continue
        joined.append((m.start(), m.end()))
    return joined


def sentences(doc: Doc) -> dict:
    """Lines, then sentences within each line (underthesea), as character spans."""
    from underthesea import sent_tokenize  # here, not at the top: `vnkg ask` imports vnkg.extract without it

    text = doc.text
    lines = _lines(text)
    flat = text.replace("\n", " ")
    sents = []
    for start, end in lines:
        cursor = start
        for sent in sent_tokenize(flat[start:end]):
            sent = sent.strip()
            if not sent:
                continue
            at = flat.find(sent, cursor, end)
            if at < 0:  # the tokenizer changed the text: keep the rest of the line as one sentence
                at, sent = cursor, text[cursor:end]
            sents.append((at, at + len(sent)))
            cursor = at + len(sent)
    return {"lines": tuple(lines), "sentences": tuple(sents)}

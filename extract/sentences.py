"""Stages 1-2: normalise the text and split it into lines and sentences."""
from __future__ import annotations

import re

from underthesea import sent_tokenize

from .document import Doc
from .text import fold, lower, nfc


def normalise(doc: Doc) -> dict:
    """NFC text for provenance, and its folded lower-case twin for matching."""
    text = nfc(doc.article.text)
    return {"text": text, "low": lower(fold(text))}


def sentences(doc: Doc) -> dict:
    """Lines, then sentences within each line (underthesea), as character spans."""
    text = doc.text
    lines, sents = [], []
    for m in re.finditer(r"[^\n]+", text):
        if not m.group(0).strip():
            continue
        lines.append((m.start(), m.end()))
        cursor = m.start()
        for sent in sent_tokenize(m.group(0)):
            sent = sent.strip()
            if not sent:
                continue
            at = text.find(sent, cursor, m.end())
            if at < 0:  # the tokenizer changed the text: fall back to the rest of the line
                at = cursor
                sent = text[cursor:m.end()]
            sents.append((at, at + len(sent)))
            cursor = at + len(sent)
    return {"lines": tuple(lines), "sentences": tuple(sents)}

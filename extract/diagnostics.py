"""What an article's extraction could not fully type: the raw material of the build report."""
from __future__ import annotations

import re

from . import lexicon
from .document import Doc
from .meetings import CHAIR, CHAIR_WORDS
from .posts import enterprise

_ORGANISED = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|bế mạc|tiến hành|họp)(?![\w])")
_CAPITALISED_RUN = re.compile(r"((?:[^\W\d_]+\s+){0,6}?[^\W\d_]+)\s*$")


def diagnose(doc: Doc) -> dict:
    """Counts and phrases for the build report: sentences that say ``chủ trì`` and those that gave a
    chair, titles with no area, and the words before a ``tổ chức`` that no body lexicon knows."""
    chair_sentences = {s.sentence for m in doc.meetings for s in m.chair_spans}
    chu_tri = [i for i, (s0, s1) in enumerate(doc.sentences) if CHAIR.search(doc.low, s0, s1)] \
        if any(w in doc.low for w in CHAIR_WORDS) else []  # (no scan without one of CHAIR's words)
    untyped_titles = [p.title for p in doc.posts if p.area is None and p.level != "nation" and not enterprise(p.title)]
    unknown_bodies = []
    organised = {m.span.sentence for m in doc.meetings if m.organizer}
    for m in doc.meetings:
        if m.organizer or m.span.sentence in organised:
            continue
        s0, s1 = doc.sentences[m.span.sentence]
        verb = _ORGANISED.search(doc.low, s0, s1)
        if verb is None:
            continue
        words = doc.text[s0:verb.start()].split(",")[-1].strip()
        run = _CAPITALISED_RUN.search(words)
        if run and run.group(1)[:1].isupper() and not any(p.name in run.group(1) for p in doc.persons) \
                and not lexicon.load().role_re.match(run.group(1).lower()):
            unknown_bodies.append(run.group(1))
    return {"chu_tri_sentences": len(chu_tri),
            "chu_tri_with_chair": len([i for i in chu_tri if i in chair_sentences]),
            "untyped_titles": untyped_titles,
            "unknown_bodies": unknown_bodies}

"""The build report: what the graph holds and what it missed, in the user's own corpus.

Accumulated article by article from the extracted facts (`Coverage.add`), printed as a short
summary at the end of `vnkg build` and written as JSON with `--report FILE`.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from vnkg.extract import Facts

_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


@dataclass
class Coverage:
    articles: int = 0
    with_area: int = 0
    with_date: int = 0
    area_sources: Counter = field(default_factory=Counter)
    date_sources: Counter = field(default_factory=Counter)
    meetings: int = 0
    full_date: int = 0
    organizer: int = 0
    chaired: int = 0
    posts: int = 0
    posts_with_area: int = 0
    posts_national: int = 0
    chu_tri: int = 0
    chu_tri_chair: int = 0
    untyped_titles: Counter = field(default_factory=Counter)
    unknown_bodies: Counter = field(default_factory=Counter)

    def add(self, facts: Facts) -> None:
        """Count one article's facts."""
        self.articles += 1
        self.with_area += bool(facts.subject or facts.national)
        self.with_date += bool(facts.date)
        self.area_sources[facts.subject_source or ("centre" if facts.national else "none")] += 1
        self.date_sources[facts.date_source or "none"] += 1
        for m in facts.meetings:
            self.meetings += 1
            self.full_date += bool(m.date and _FULL_DATE.fullmatch(m.date))
            self.organizer += bool(m.organizer)
            self.chaired += bool(m.chairs)
        current = [p for p in facts.posts if p.status != "former"]
        self.posts += len(current)
        self.posts_with_area += sum(1 for p in current if p.area is not None)
        self.posts_national += sum(1 for p in current if p.area is None and p.level == "nation")
        diag = facts.diagnostics or {}
        self.chu_tri += diag.get("chu_tri_sentences", 0)
        self.chu_tri_chair += diag.get("chu_tri_with_chair", 0)
        self.untyped_titles.update(diag.get("untyped_titles", []))
        self.unknown_bodies.update(diag.get("unknown_bodies", []))

    def as_dict(self, top: int = 15) -> dict:
        return {
            "articles": self.articles,
            "articles_with_area": _share(self.with_area, self.articles),
            "articles_with_reference_date": _share(self.with_date, self.articles),
            "area_sources": dict(self.area_sources.most_common()),
            "date_sources": dict(self.date_sources.most_common()),
            "meetings": self.meetings,
            "meetings_with_full_date": _share(self.full_date, self.meetings),
            "meetings_with_organizer": _share(self.organizer, self.meetings),
            "meetings_with_chair": _share(self.chaired, self.meetings),
            "posts": self.posts,
            "posts_with_area": _share(self.posts_with_area, self.posts),
            "posts_national": _share(self.posts_national, self.posts),
            "chu_tri_sentences": self.chu_tri,
            "chu_tri_sentences_with_chair": _share(self.chu_tri_chair, self.chu_tri),
            "untyped_titles": self.untyped_titles.most_common(top),
            "unknown_bodies": self.unknown_bodies.most_common(top),
        }

    def summary(self) -> str:
        """A few lines for the end of `vnkg build`."""
        d = self.as_dict(top=5)
        lines = [
            f"coverage: {d['articles_with_area']:.0%} of articles with a subject area, "
            f"{d['articles_with_reference_date']:.0%} with a date of their own",
            f"          {d['meetings']} meetings: {d['meetings_with_full_date']:.0%} with a full date, "
            f"{d['meetings_with_organizer']:.0%} with an organiser, {d['meetings_with_chair']:.0%} with a chair; "
            f"{d['chu_tri_sentences_with_chair']:.0%} of 'chủ trì' sentences gave a chair",
            f"          {d['posts']} posts, {d['posts_with_area']:.0%} with an area, "
            f"{d['posts_national']:.0%} national (no area)",
        ]
        if d["untyped_titles"]:
            lines.append("          titles with no area: " + "; ".join(f"{t} ({n})" for t, n in d["untyped_titles"]))
        if d["unknown_bodies"]:
            lines.append("          organisers not recognised: " + "; ".join(f"{t} ({n})" for t, n in d["unknown_bodies"]))
        return "\n".join(lines)

    def write(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(self.as_dict(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")

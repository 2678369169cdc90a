"""Stage: administrative areas named in the text, and the article's subject area.

The subject area is what a post or a meeting with only a level word
(``UBND huyện``, ``Bí thư Huyện ủy``) belongs to. It is read from the URL host
(``hauloc.thanhhoa.gov.vn`` is huyện Hậu Lộc of Thanh Hóa), the headline and
the lede, and how often each unit is named.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlparse

from . import gazetteer
from .document import Doc
from .gazetteer import Unit
from .text import ascii_slug

_NEW_COMMUNE = re.compile(r"(?<![\w])(xã|phường|thị trấn)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})")
_HOST_NOISE = {"www", "gov", "vn", "com", "org", "net", "dcs", "edu", "m", "portal", "bao", "tin"}


def _fits(unit: Unit, level: str | None) -> bool:
    if level is None:
        return True
    if level == "province":
        return unit.level == "province"
    if level == "town":
        return unit.kind == "thị xã"
    if level == "city":
        return unit.kind == "thành phố"
    if level == "district":
        return unit.level == "district"
    if level == "commune":
        return unit.level == "commune"
    return False


def choose(doc: Doc, units: list[Unit], level: str | None = None) -> Unit | None:
    """The most plausible of same-named units: right level, inside the subject, then first."""
    gaz = gazetteer.load()
    pool = [u for u in units if _fits(u, level)] or ([] if level else units)
    if not pool:
        return None
    codes = {u.code for u in doc.subject}
    for u in pool:
        if u.code in codes:
            return u
    for anchor in doc.subject:
        inside = [u for u in pool if gaz.within(u, anchor)]
        if inside:
            return inside[0]
    return pool[0]


def synthetic(kind: str, name: str, parent: Unit | None) -> Unit:
    """A unit the gazetteer does not know (a commune created in 2025): keyed by its name."""
    code = f"x{parent.code if parent else ''}-{ascii_slug(name)}"
    return Unit(code, name, kind, parent.code if parent else None)


def areas(doc: Doc) -> dict:
    """Area mentions, and the subject chain (commune, district, province) of the article."""
    gaz = gazetteer.load()
    mentions = gaz.find(doc.text, doc.low)
    first_line = doc.lines[0] if doc.lines else (0, 0)
    headline_end = first_line[1] if first_line[1] - first_line[0] < 250 else 0
    lede_end = max(headline_end, min(len(doc.text), 600))

    prov: Counter = Counter()
    dist: Counter = Counter()
    comm: Counter = Counter()

    host = urlparse(doc.article.url or "").hostname or ""
    labels = [label for label in host.split(".") if label not in _HOST_NOISE]
    url_prov: Unit | None = None
    for label in labels:
        for u in gaz.by_slug.get(label, []):
            if u.level == "province":
                url_prov = u
        if url_prov is None:
            for slug, units in gaz.by_slug.items():
                if len(slug) >= 6 and slug in label:
                    for u in units:
                        if u.level == "province":
                            url_prov = u
    if url_prov:
        prov[url_prov.code] += 5
    for label in labels:
        if url_prov is not None and label == ascii_slug(url_prov.name):
            continue  # "hagiang.gov.vn" names the province, not its capital city
        for u in gaz.by_slug.get(label, []):
            if u.level == "district" and (url_prov is None or u.parent == url_prov.code):
                dist[u.code] += 6

    for m in mentions:
        weight = 3 if m.start < headline_end else (2 if m.start < lede_end else 1)
        levels = {u.level for u in m.units}
        if levels == {"province"} and len(m.units) == 1:
            prov[m.units[0].code] += weight
        elif "district" in levels:
            cands = [u for u in m.units if u.level == "district"]
            if len(cands) == 1:
                prov[cands[0].parent] += weight / 2
        if "province" in levels and len(levels) > 1 and not m.hint:
            continue  # "Hà Tĩnh" city or province: counted as the province above only if unique
    best_prov = gaz.units[prov.most_common(1)[0][0]] if prov else None
    scoped = Doc(doc.article, subject=(best_prov,) if best_prov else ())
    for m in mentions:
        weight = 3 if m.start < headline_end else (2 if m.start < lede_end else 1)
        cands = [u for u in m.units if u.level == "district"]
        if cands:
            u = choose(scoped, cands)
            if u and (best_prov is None or u.parent == best_prov.code):
                dist[u.code] += weight
        cands = [u for u in m.units if u.level == "commune"]
        if cands:
            u = choose(scoped, cands)
            if u:
                comm[u.code] += weight
    best_dist = None
    if dist:
        code, score = dist.most_common(1)[0]
        if score >= 2:
            best_dist = gaz.units[code]
    if best_prov is None and best_dist is not None:
        best_prov = gaz.province_of(best_dist)

    best_comm = None
    if comm:
        code, score = comm.most_common(1)[0]
        unit = gaz.units[code]
        rival = dist[best_dist.code] if best_dist else 0
        if score >= 3 and score >= rival and (best_dist is None or unit.parent == best_dist.code):
            best_comm = unit
    if best_comm is None:
        news = Counter()
        for m in _NEW_COMMUNE.finditer(doc.low[:lede_end]):
            words = doc.text[m.start(2):m.end(2)].split()
            caps = []
            for w in words:
                if not w[0].isupper():
                    break
                caps.append(w.title() if w.isupper() else w)
            if not caps:
                continue
            if all(w.isupper() for w in words[:len(caps)]):
                # a headline in capitals gives no end to the name: the longest known name, else two words
                known_k = [k for k in (3, 2, 1) if k <= len(caps) and gaz.lookup(" ".join(caps[:k]))]
                caps = caps[:known_k[0] if known_k else min(2, len(caps))]
            name = " ".join(caps)
            news[(m.group(1).lower(), name)] += 10 if m.start() < headline_end else 2
        if news:
            (kind, name), score = news.most_common(1)[0]
            known = [u for u in gaz.lookup(name) if u.level == "commune"
                     and (best_dist is None or u.parent == best_dist.code)]
            rival = dist[best_dist.code] if best_dist else 0
            if score >= 3 and score >= rival:
                best_comm = known[0] if known else synthetic(kind, name, best_dist or best_prov)
    subject = tuple(u for u in (best_comm, best_dist, best_prov) if u is not None)
    return {"areas": tuple(mentions), "subject": subject}

"""Stage: administrative areas named in the text; how to choose among same-named units.

A name like ``Kỳ Anh`` may be a huyện, a thị xã or (after 2025) a phường; ``Tuyên Quang`` a province
before the reform and the merged one after it. `choose` picks the unit that existed on the
article's date (`Doc.on`), at the level asked for, inside the article's subject, in that order.
The subject itself is worked out once, in the context stage (`vnkg.extract.context`).
"""
from __future__ import annotations

from . import gazetteer
from .document import Doc
from .gazetteer import Unit
from .text import ascii_slug


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
    """The most plausible of same-named units: existing on the article's date, right level,
    inside the subject, then first."""
    gaz = gazetteer.load()
    pool = [u for u in units if _fits(u, level)] or ([] if level else units)
    if not pool:
        return None
    current = [u for u in pool if u.valid_on(doc.on)]
    if current:
        pool = current
    elif doc.on is None:
        pool = [u for u in pool if u.since is None] or pool
    codes = {u.code for u in doc.subject}
    for u in pool:
        if u.code in codes:
            return u
    for anchor in doc.subject:
        inside = [u for u in pool if gaz.within(u, anchor)]
        if inside:
            return inside[0]
    for anchor in doc.subject:
        inside = [u for u in pool if gaz.related(u, anchor)]
        if inside:
            return inside[0]
    return pool[0]


def synthetic(kind: str, name: str, parent: Unit | None) -> Unit:
    """A unit the gazetteer does not know: keyed by its name under its parent."""
    code = f"x{parent.code if parent else ''}-{ascii_slug(name)}"
    return Unit(code, name, kind, parent.code if parent else None)


def areas(doc: Doc) -> dict:
    """Every mention of an administrative unit, with the units its name may denote."""
    return {"areas": tuple(gazetteer.load().find(doc.text, doc.low))}

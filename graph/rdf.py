"""Facts -> RDF quads (pyoxigraph terms), one named graph per article.

IRIs are derived from the facts alone, so the same input always gives the same
quads: a post is keyed by title and area, a holding by person and post, a meeting
by date, area and organiser. A person's IRI is the id the resolve stage
(graph/resolve.py) gave that name in this article, passed in as `person_ids`;
without one, the first id of the name's block.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from vnkg.extract import Facts
from vnkg.extract.gazetteer import Unit
from vnkg.extract.gazetteer import load as load_gazetteer
from vnkg.extract.lexicon import load as load_lexicon
from vnkg.extract.text import ascii_slug, key
from vnkg.schema import DCT, FOAF, ID, ORG, PROV, RDF, RDFS, SCHEMA, TIME, VN, XSD

_N = ox.NamedNode


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the code and data that turn an article into its graph (every file of vnkg's
    extract, graph and schema packages) and of the NLP and gazetteer packages they use: an upgrade
    of any of them makes every article's input digest new, so a rebuild reads everything again."""
    from importlib import metadata
    from pathlib import Path

    import vnkg.extract
    import vnkg.graph
    import vnkg.schema

    h = hashlib.blake2b(digest_size=16)
    for pkg in (vnkg.extract, vnkg.graph, vnkg.schema):
        root = Path(pkg.__file__).parent
        for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    for dist in ("underthesea", "vietnam-provinces", "vietnamadminunits", "pyoxigraph"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return h.hexdigest()


def input_digest(art) -> str:
    """The digest of one article's input (see vn:inputDigest)."""
    h = hashlib.blake2b(digest_size=16)
    for part in (code_version(), art.id, art.text, art.url, art.published, art.title, art.source):
        h.update((part or "").encode("utf-8", "surrogatepass") + b"\x1f")
    return h.hexdigest()


class _Terms:
    """A namespace whose terms are N-Triples IRIs (``<...>`` strings), looked up once (rdflib's
    lookup is slow). The builder writes N-Quads lines itself: a pyoxigraph object per quad cost
    more than the rest of turning facts into quads."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = f"<{getattr(self._namespace, name)}>"
        setattr(self, name, term)
        return term


DCT, FOAF, ORG, PROV, RDF, RDFS, SCHEMA, TIME, VN, XSD = map(_Terms, (DCT, FOAF, ORG, PROV, RDF, RDFS, SCHEMA,
                                                                     TIME, VN, XSD))

# N-Triples string escapes, as Oxigraph writes them (checked against pyoxigraph in the tests)
_ESCAPES = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f\ufffe\uffff\"\\\\]")
_INTEGER = "^^<http://www.w3.org/2001/XMLSchema#integer>"
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _str(value: str) -> str:
    """An xsd:string literal in N-Triples."""
    return f'"{value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value}"'


def _nt_iri(iri: str) -> str:
    """An IRI in N-Triples, for IRIs made of text the builder does not control (checked by
    pyoxigraph: a bad one must fail this article, not the batch it would be bulk-loaded with)."""
    return f"<{_N(iri).value}>"


@lru_cache(maxsize=65536)
def _written(text: str) -> str:
    """A body's name spelled out but for the short forms the lexicon keeps as written (``TAND``, ``CHQS``)."""
    return load_lexicon().expand(text, keep=True)


@lru_cache(maxsize=65536)
def _expand(text: str) -> str:
    """The lexicon's spelled-out form of a title or body (the same few thousand strings recur)."""
    return load_lexicon().expand(text)


def _h(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()


def article_iri(article_id: str) -> ox.NamedNode:
    return _N(f"{ID}article/{quote(article_id, safe='')}")


def person_iri(ident: str) -> ox.NamedNode:
    """The IRI of a resolved person id (``nguyen-van-an-1a2b3c4d``)."""
    return _N(f"{ID}person/{ident}")


def _post_value(canonical: str, unit: Unit | None) -> str:
    return f"{ID}post/{ascii_slug(canonical)[:40]}-{_h(key(canonical), unit.code if unit else '')}"


def post_iri(canonical: str, unit: Unit | None) -> ox.NamedNode:
    return _N(_post_value(canonical, unit))


def _holding_value(person: str, post: str) -> str:
    return f"{ID}holding/{_h(person, post)}"


def holding_iri(person: ox.NamedNode, post: ox.NamedNode) -> ox.NamedNode:
    return _N(_holding_value(person.value, post.value))


def area_iri(code: str) -> ox.NamedNode:
    return _N(f"{ID}area/{quote(code, safe='')}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def _date_type(date: str) -> str:
    if _FULL_DATE.fullmatch(date):
        return _XSD + "date"
    if _YEAR_MONTH.fullmatch(date):
        return _XSD + "gYearMonth"
    if _YEAR.fullmatch(date):
        return _XSD + "gYear"
    return _XSD + "gMonthDay"


def date_literal(date: str) -> ox.Literal:
    """A date keeps its precision: xsd:date, gYearMonth, gYear or gMonthDay."""
    return ox.Literal(date, datatype=_N(_date_type(date)))


@lru_cache(maxsize=4096)
def _date(date: str) -> str:
    """`date_literal` in N-Triples."""
    return f"{_str(date)}^^<{_date_type(date)}>"


def _lit(value) -> str:
    """A literal in N-Triples: an int as xsd:integer, anything else as its string."""
    if isinstance(value, int):
        return f'"{value}"{_INTEGER}'
    return _str(str(value))


class _Builder:
    """An article's facts as N-Quads lines (each ends with the article's graph)."""

    def __init__(self, facts: Facts, person_ids: dict[str, str] | None = None):
        self.facts = facts
        self.person_ids = person_ids or {}
        self.graph = f"<{article_iri(facts.article.id).value}>"
        self.tail = f" {self.graph} .\n"
        self.lines: list[str] = []
        self.gaz = load_gazetteer()
        self.lex = load_lexicon()
        self.described: set = set()  # nodes whose own quads are already added (each is described once)
        self.attested = None  # tenure.attestation_dates of the article, once a holding needs it

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o}{self.tail}")

    def mention(self, span) -> str:
        art = self.facts.article
        node = f"<{ID}mention/{quote(art.id, safe='')}/{span.start}-{span.end}>"
        add = self.add
        add(node, RDF.type, VN.Mention)
        add(node, VN.article, self.graph)
        add(node, VN.startOffset, _lit(span.start))
        add(node, VN.endOffset, _lit(span.end))
        add(node, VN.sentenceIndex, _lit(span.sentence))
        add(node, PROV.value, _str(art.text[span.start:span.end]))
        if 0 <= span.sentence < len(self.facts.sentences):  # the evidence a reader checks
            s0, s1 = self.facts.sentences[span.sentence]
            add(node, VN.sentenceText, _str(art.text[s0:s1]))
        return node

    def area(self, unit: Unit | None, changes: bool = True) -> str | None:
        """An area node with its parents; for a unit of one map, the change that links it to the other."""
        if unit is None:
            return None
        node = f"<{area_iri(unit.code).value}>"
        if (node, changes) in self.described:
            return node
        self.described.add((node, changes))
        self.add(node, RDF.type, VN.Area)
        self.add(node, RDFS.label, _lit(unit.label))
        self.add(node, SCHEMA.name, _lit(unit.name))
        self.add(node, VN.adminCode, _lit(unit.official))
        self.add(node, VN.level, _lit(unit.level))
        if unit.since:
            self.add(node, VN.validFrom, _date(unit.since))
        if unit.until:
            self.add(node, VN.validUntil, _date(unit.until))
        parent = self.gaz.parent(unit) if unit.parent in self.gaz.units else None
        if parent is not None:
            self.add(node, SCHEMA.containedInPlace, self.area(parent, changes=False))
        if changes:
            self.change(unit)
        return node

    def nation(self) -> str:
        """The country: the subject of an article about the centre."""
        node = f"<{area_iri('VN').value}>"
        self.add(node, RDF.type, VN.Area)
        self.add(node, RDFS.label, _lit("Việt Nam"))
        self.add(node, SCHEMA.name, _lit("Việt Nam"))
        self.add(node, VN.adminCode, _lit("VN"))
        self.add(node, VN.level, _lit("nation"))
        return node

    def change(self, unit: Unit) -> None:
        """A reorganisation as an org:ChangeEvent: the old units a unit was formed from (the 2025 reform, a rename,
        a district merged into another before it), on the day the old one ended."""
        for old, new in [(p, unit.code) for p in self.gaz.predecessors.get(unit.code, [])]:
            day = self.gaz.units[old].until or self.gaz.units[new].since or "2025-07-01"
            key = new if day in ("2025-07-01", self.gaz.units[new].since) else f"{new}-{day}"
            event = f"<{ID}change/{quote(key, safe='')}>"
            self.add(event, RDF.type, ORG.ChangeEvent)
            self.add(event, DCT.date, _date(day))
            self.add(event, ORG.originalOrganization, self.area(self.gaz.units[old], changes=False))
            self.add(event, ORG.resultingOrganization, self.area(self.gaz.units[new], changes=False))

    def in_area(self, node: str, unit: Unit | None) -> None:
        area = self.area(unit)
        if area is not None:
            self.add(node, VN.area, area)

    def body(self, name: str, unit: Unit | None, level: str | None) -> str:
        # (one node per body however it is written; its label keeps the short forms the lexicon marks "written",
        # "TAND tỉnh", "Bộ CHQS tỉnh", as news and its readers write them)
        canonical = _expand(name)
        node = f"<{ID}body/{ascii_slug(canonical)[:40]}-{_h(key(canonical), unit.code if unit else '')}>"
        if (node, level) in self.described:
            return node
        self.described.add((node, level))
        self.add(node, RDF.type, VN.Body)
        self.add(node, RDFS.label, _lit(_written(name)))
        if level:
            self.add(node, VN.level, _lit(level))
        self.in_area(node, unit)
        return node

    def person(self, name: str) -> str:
        from .resolve import base_id, name_key

        k = name_key(name)
        node = f"<{ID}person/{self.person_ids.get(k) or base_id(k)}>"
        if (node, name) in self.described:
            return node
        self.described.add((node, name))
        self.add(node, RDF.type, VN.Person)
        self.add(node, FOAF.name, _lit(name))
        return node

    def build(self) -> list[str]:
        f, art = self.facts, self.facts.article
        self.add(self.graph, RDF.type, VN.Article)
        self.add(self.graph, DCT.identifier, _lit(art.id))
        if art.url:
            self.add(self.graph, SCHEMA.url, _lit(art.url))
        if art.published:
            self.add(self.graph, SCHEMA.datePublished, _date(art.published[:10]))
        if art.title:
            self.add(self.graph, SCHEMA.headline, _lit(art.title))
        if art.source:
            self.add(self.graph, VN.source, _lit(art.source))
        self.add(self.graph, VN.inputDigest, _lit(input_digest(art)))
        if f.date:
            self.add(self.graph, VN.referenceDate, _date(f.date))
            self.add(self.graph, VN.dateSource, _lit(f.date_source or "text"))
        if f.subject:
            self.add(self.graph, SCHEMA.about, self.area(f.subject[0]))
        elif f.national:
            self.add(self.graph, SCHEMA.about, self.nation())
        if f.subject or f.national:
            self.add(self.graph, VN.subjectSource, _lit(f.subject_source or "centre"))
        people = {}
        for pm in f.persons:
            node = self.person(pm.name)
            people[key(pm.name)] = node
            self.add(node, PROV.wasDerivedFrom, self.mention(pm.span))
        for post in f.posts:
            self.post(post, people)
        for meeting in f.meetings:
            self.meeting(meeting, people)
        for event in f.tenure:
            self.tenure_event(event, people)
        return self.lines

    def post_node(self, post) -> tuple[str, str | None]:
        """The post node (and its body) of a post as written."""
        canonical = _expand(post.title)
        unit = post.area
        node = f"<{_post_value(canonical, unit)}>"
        self.add(node, RDF.type, VN.Post)
        self.add(node, VN.title, _lit(post.title))
        self.add(node, RDFS.label, _lit(f"{post.title} {unit.name}".strip() if unit else post.title))
        self.add(node, VN.roleName, _lit(post.role))
        if post.level:
            self.add(node, VN.level, _lit(post.level))
        self.in_area(node, unit)
        body_name = post.title[len(post.role):].strip() if key(canonical).startswith(post.role) and \
            key(post.title).startswith(key(post.role)) else ""
        body = None
        if body_name:
            body = self.body(body_name, unit, post.level)
            self.add(node, ORG.postIn, body)
        return node, body

    def post(self, post, people) -> None:
        node, body = self.post_node(post)
        body_name = body is not None
        person = people.get(key(post.person)) or self.person(post.person)
        holding = f"<{_holding_value(person[1:-1], node[1:-1])}>"
        self.add(holding, RDF.type, VN.Holding)
        self.add(holding, ORG.member, person)
        self.add(holding, VN.post, node)
        if body_name:
            self.add(holding, ORG.organization, body)
        self.add(holding, VN.holdingKind, _lit(post.kind))
        self.add(holding, VN.status, _lit(post.status))
        if post.status != "former":
            from .resolve import name_key
            from .tenure import attestation_dates

            if self.attested is None:
                self.attested = attestation_dates(self.facts)
            # the article's date and the dates of the meetings it reports the person at
            for seen in self.attested(name_key(post.person)):
                self.add(holding, VN.seenOn, _date(seen))
                # OWL-Time: the holding's span (unknown ends) has this date inside it
                during = f"{holding[:-1]}/during>"
                instant = _nt_iri(f"{during[1:-1]}/{seen}")
                self.add(holding, ORG.memberDuring, during)
                self.add(during, RDF.type, TIME.ProperInterval)
                self.add(during, TIME.inside, instant)
                self.add(instant, RDF.type, TIME.Instant)
                precision = {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth}.get(len(seen), TIME.inXSDDate)
                self.add(instant, precision, _date(seen))
        self.add(holding, PROV.wasDerivedFrom, self.mention(post.span))

    def meeting(self, m, people) -> None:
        unit = m.area
        ident = (m.date or f"{self.facts.article.id}#{m.span.start}", unit.code if unit else "",
                 key(_expand(m.organizer or "")))
        node = f"<{ID}meeting/{_h(*ident)}>"
        self.add(node, RDF.type, VN.Meeting)
        if m.date:
            self.add(node, SCHEMA.startDate, _date(m.date))
        self.in_area(node, unit)
        if m.organizer:
            self.add(node, SCHEMA.organizer, self.body(m.organizer, unit, None))
        place = ""
        if unit is not None:
            org = key(m.organizer or "")
            named_by_level = org.endswith((unit.kind, "ủy", "đảng bộ " + unit.kind))
            place = unit.name if named_by_level else unit.label
        label = " ".join(x for x in (m.organizer or "Họp", place) if x) + (f", {m.date}" if m.date else "")
        self.add(node, RDFS.label, _lit(label))
        self.add(node, PROV.wasDerivedFrom, self.mention(m.span))
        for prop, people_of in ((SCHEMA.attendee, m.attendees), (VN.speaker, m.speakers)):
            for name, span in people_of:
                person = people.get(key(name)) or self.person(name)
                self.add(node, prop, person)
                self.add(person, PROV.wasDerivedFrom, self.mention(span))
        for name, span in zip(m.chairs, m.chair_spans):
            person = people.get(key(name)) or self.person(name)
            self.add(node, VN.chairedBy, person)
            said = self.mention(span)  # the chair's words are evidence of the person and of the meeting
            self.add(person, PROV.wasDerivedFrom, said)
            self.add(node, PROV.wasDerivedFrom, said)


    def tenure_event(self, e, people) -> None:
        """A start or end of a holding the article reports (extract/tenure.py)."""
        node, _ = self.post_node(e.post)
        person = people.get(key(e.post.person)) or self.person(e.post.person)
        art = self.facts.article
        ev = f"<{ID}event/{quote(art.id, safe='')}/{e.span.start}-{e.span.end}/{_h(key(e.post.person), node[1:-1])}>"
        self.add(ev, RDF.type, VN.TenureEvent)
        self.add(ev, ORG.member, person)
        self.add(ev, VN.post, node)
        self.add(ev, VN.event, _lit(e.event))
        self.add(ev, VN.cause, _lit(e.cause))
        self.add(ev, VN.bound, _lit(e.bound))
        if e.date:
            self.add(ev, SCHEMA.startDate, _date(e.date))
        self.add(ev, PROV.wasDerivedFrom, self.mention(e.span))


def article_nquads(facts: Facts, person_ids: dict[str, str] | None = None) -> bytes:
    """All quads of one article, in the article's named graph, as sorted unique N-Quads lines (the
    form of store.nquads, written without a pyoxigraph object per quad); `person_ids` maps a name
    key (graph/resolve.py `name_key`) to the resolved person id it carries."""
    return "".join(sorted(set(_Builder(facts, person_ids).build()))).encode("utf-8")


def article_quads(facts: Facts, person_ids: dict[str, str] | None = None) -> list[ox.Quad]:
    """All quads of one article, in the article's named graph, as pyoxigraph quads (sorted)."""
    return list(ox.parse(article_nquads(facts, person_ids), format=ox.RdfFormat.N_QUADS))

"""Who is who across articles: the corpus-level resolve stage.

Extraction names people per article. This stage, run after extraction over the whole corpus,
decides which person mentions (one per name and article) are the same human:

1. **Blocking.** Mentions are grouped by a normalised name key (NFC, one tone placement,
   ``Sĩ``/``Sỹ``, honorifics dropped, case folded); only mentions of one block are compared.
2. **Evidence.** Each pair in a block gets a Fellegi–Sunter style score in bits (log2 of the
   likelihood ratio "same human" : "namesakes"): a prior from how rare the name is (how many
   officials are expected to bear it, from the name-part frequencies in
   ``data/name_frequencies.tsv``) plus the evidence the two articles give — the same post, the
   same body, the same province (before or after the 2025 merger of provinces, from the
   gazetteer's links between the two maps), a post in the
   province the other article is about, colleagues named in both, and against it posts in
   provinces that never meet. Each feature is one of the `FEATURES` below, with its weight.
3. **Hard contradictions split**: two heads of two different provinces' bodies within the same
   weeks are two people, whatever else they share.
4. **Clustering**: pairs are joined strongest first while their score clears `THRESHOLD` and the
   two groups hold no contradiction nor a user's split (single linkage with cannot-links).
5. **Judgments win**: a user's ``merge`` joins, a user's ``split`` keeps apart (see `Judgments`).

The scorer is pure: `resolve_block(mentions, judgments)` -> clusters with the reason of each
link. `ResolveState` keeps the mentions, the stable ids and their redirects in the store
(``STORE/resolve/``), so adding articles re-resolves only the blocks they touch.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import math
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from vnkg.extract.text import ascii_slug, fold, lower

# ---------------------------------------------------------------------------------------------
# name keys

_Y_TO_I = {"y": "i", "ỳ": "ì", "ý": "í", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị"}
# a syllable whose only vowel is y after these consonants is written with i as well (Sỹ = Sĩ, Lý = Lí)
_YI = re.compile(r"^(b|c|d|đ|h|k|l|m|n|s|t|v|x|ph|th|ch|tr)([yỳýỷỹỵ])$")
_HONORIFICS = ("đồng chí", "đ/c", "ông", "bà", "anh", "chị")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The blocking key of a name: ``Nguyễn Sỹ Quân`` and ``nguyễn sĩ quân`` agree, so do
    ``Hoà``/``Hòa`` (tone placement), NFD and NFC input, and ``ông Nguyễn Sĩ Quân``."""
    text = unicodedata.normalize("NFC", name or "")
    text = lower(fold(text))
    text = " ".join(re.sub(r"[^\w/]+", " ", text).split())
    changed = True
    while changed:
        changed = False
        for h in _HONORIFICS:
            if text.startswith(h + " "):
                text, changed = text[len(h) + 1:], True
    words = []
    for w in text.split():
        m = _YI.match(w)
        words.append(m.group(1) + _Y_TO_I[m.group(2)] if m else w)
    return " ".join(words)


def person_slug(name: str) -> str:
    return "-".join(ascii_slug(w) for w in name.split() if ascii_slug(w)) or "person"


def _h(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=4).hexdigest()


@lru_cache(maxsize=100_000)
def base_id(key: str) -> str:
    """The id the first person of a name block gets: ``nguyen-van-an-1a2b3c4d``."""
    return f"{person_slug(key)}-{_h(key)}"


def other_id(key: str, anchor: str) -> str:
    """The id of a further person of the same name, anchored on its earliest article."""
    return f"{person_slug(key)}-{_h(key, anchor)}"


# ---------------------------------------------------------------------------------------------
# data: name-part frequencies, the 2025 merger of provinces

POPULATION = 100_000  # officials that news about local and national politics may name


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict, dict]:
    text = resources.files("vnkg.graph").joinpath("data", "name_frequencies.tsv").read_text("utf-8")
    table: dict[str, dict[str, float]] = defaultdict(dict)
    default: dict[str, float] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        part, syllable, share = line.split("\t")
        if part == "default":
            default[syllable] = float(share)
        else:
            table[part][name_key(syllable)] = float(share)
    return table, default


@lru_cache(maxsize=100_000)
def expected_bearers(key: str) -> float:
    """How many officials are expected to bear this name: POPULATION x P(surname) x P(middle...)
    x P(given). A name of two syllables has no middle part; each extra middle syllable multiplies."""
    table, default = _frequencies()
    words = key.split()
    if not words:
        return float(POPULATION)
    p = table["surname"].get(words[0], default["surname"])
    if len(words) > 1:
        p *= table["given"].get(words[-1], default["given"])
    for w in words[1:-1]:
        p *= table["middle"].get(w, default["middle"])
    if len(words) == 2:
        p *= 0.2  # two-syllable names are uncommon among Kinh officials; mostly other ethnic groups
    return POPULATION * p


@lru_cache(maxsize=100_000)
def prior_bits(key: str) -> float:
    """Log2 prior odds that two mentions of this name are one human: -log2(expected bearers),
    capped at +3 (even a unique-looking name needs some evidence to cross provinces)."""
    return min(3.0, -math.log2(max(expected_bearers(key), 1e-6)))


@lru_cache(maxsize=1)
def merged_province() -> dict[str, str]:
    """Province code (old or new) -> the code of the province it is part of since 1 July 2025
    (the gazetteer's links between the two maps)."""
    from vnkg.extract.gazetteer import load

    gaz = load()
    out: dict[str, str] = {}
    for code, unit in gaz.units.items():
        if unit.level != "province":
            continue
        news = [c for c in gaz.successors.get(code, []) if gaz.units[c].level == "province"]
        out[code] = news[0] if news else code
    return out


def new_province(code: str | None) -> str | None:
    return merged_province().get(code, code) if code else None


# ---------------------------------------------------------------------------------------------
# mentions

@dataclass(frozen=True)
class PostRef:
    """One post a mention is said to hold (or to have held)."""

    title: str               # title key (abbreviations spelled out, folded, lower case)
    role: str
    kind: str                # leader | deputy | member | staff
    level: str | None
    area: str | None         # area code
    province: str | None     # province code of the area ("vn" for national posts)
    status: str              # current | acting | elected | former
    body: str                # body key with its area ("ủy ban nhân dân tỉnh|44"), "" if none

    @property
    def post(self) -> str:
        return f"{self.title}|{self.area or ''}"


@dataclass
class Mention:
    """Everything the resolver knows about one name in one article."""

    doc: str
    key: str
    name: str
    date: str | None = None
    posts: list[PostRef] = field(default_factory=list)
    subject: str | None = None                  # province code of the article's subject
    context: list[str] = field(default_factory=list)      # provinces named in the person's sentences
    colleagues: list[str] = field(default_factory=list)   # name keys of the other people named
    cues: list[str] = field(default_factory=list)         # career words near the name (điều động ...)
    born: int | None = None                               # birth year, if the article gives it
    born_from_age: bool = False                           # computed from an age: may be one off
    home: str | None = None                               # home province code, if given
    events: list[list] = field(default_factory=list)      # [post key, start|end, cause, date, on|by]
    seen: list[str] = field(default_factory=list)         # dates its holdings are attested on (graph/tenure.py)

    @property
    def ident(self) -> tuple[str, str]:
        return (self.doc, self.key)

    _FIELDS = ("doc", "key", "name", "date", "subject", "context", "colleagues", "cues", "born",
               "born_from_age", "home", "events", "seen")

    def to_json(self) -> str:
        row = [getattr(self, f) for f in self._FIELDS]
        row.append([[p.title, p.role, p.kind, p.level, p.area, p.province, p.status, p.body] for p in self.posts])
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Mention":
        row = json.loads(text)
        m = cls(**dict(zip(cls._FIELDS, row)))
        m.posts = [PostRef(*p) for p in row[len(cls._FIELDS)]]
        return m

    # derived views -------------------------------------------------------------------------
    def provinces(self, former: bool = True) -> set[str]:
        return {p.province for p in self.posts if p.province and p.province != "vn"
                and (former or p.status != "former")}

    def bodies(self) -> set[str]:
        return {p.body for p in self.posts if p.body}

    def post_keys(self) -> set[str]:
        return {p.post for p in self.posts if p.area or p.level == "nation"}

    def national(self) -> bool:
        return any(p.province == "vn" for p in self.posts if p.status != "former")

    def seats(self) -> list[PostRef]:
        """Heads of a province's or district's body said to hold the post now (not just elected)."""
        return [p for p in self.posts if p.kind == "leader" and p.status in ("current", "acting")
                and p.level in ("province", "district", "city", "town") and p.area]


_CUES = re.compile(r"(?<![\w])(điều động|luân chuyển|nhận nhiệm vụ mới|được bầu|bầu|bổ nhiệm|chỉ định|"
                   r"phân công|giới thiệu|nguyên|thôi giữ|thôi làm|miễn nhiệm|nghỉ hưu|về hưu|tái đắc cử|"
                   r"trúng cử|phê chuẩn|thay ông|thay bà|kế nhiệm)(?![\w])")


# up to this many names, everyone an article names is everyone's colleague; past it (a digest, a
# list of a whole congress), those named within two sentences
_WHOLE_ARTICLE_COLLEAGUES = 60


def mentions_of(facts) -> list[Mention]:
    """The person mentions of one article's facts, one per name key, with their evidence."""
    from vnkg.extract.gazetteer import load as load_gazetteer
    from vnkg.extract.lexicon import load as load_lexicon
    from vnkg.extract.text import key as text_key

    gaz, lex = load_gazetteer(), load_lexicon()
    art = facts.article
    text = art.text
    date = facts.date or (art.published[:10] if art.published else None)
    from .tenure import attestation_dates
    subject = None
    for unit in facts.subject:
        prov = gaz.province_of(unit)
        if prov is not None:
            subject = prov.code
            break
    names: dict[str, str] = {}
    spans: dict[str, list] = defaultdict(list)
    for pm in facts.persons:
        k = name_key(pm.name)
        names.setdefault(k, pm.name)
        spans[k].append(pm.span)
    for post in facts.posts:
        names.setdefault(name_key(post.person), post.person)
    for m in facts.meetings:
        for n, s in list(zip(m.chairs, m.chair_spans)) + list(m.attendees) + list(m.speakers):
            names.setdefault(name_key(n), n)
            spans[name_key(n)].append(s)
    posts: dict[str, list[PostRef]] = defaultdict(list)
    event_posts = [e.post for e in getattr(facts, "tenure", [])]
    for post in list(facts.posts) + event_posts:
        canonical = lex.expand(post.title)
        title = text_key(canonical)
        unit = post.area if post.area is not None and post.area.code in gaz.units else None
        if post.level == "nation":
            province = "vn"
        else:
            prov = gaz.province_of(unit) if unit else None
            province = prov.code if prov else None
        role = text_key(post.role)
        body_part = title[len(role):].strip() if title.startswith(role) else ""
        body = f"{body_part}|{unit.code if unit else province or ''}" if body_part else ""
        ref = PostRef(title=title, role=role, kind=post.kind, level=post.level,
                      area=unit.code if unit else None, province=province, status=post.status, body=body)
        if ref not in posts[name_key(post.person)]:
            posts[name_key(post.person)].append(ref)
    events: dict[str, list] = defaultdict(list)
    for e in getattr(facts, "tenure", []):
        unit = e.post.area if e.post.area is not None and e.post.area.code in gaz.units else None
        pk = f"{text_key(lex.expand(e.post.title))}|{unit.code if unit else ''}"
        events[name_key(e.post.person)].append([pk, e.event, e.cause, e.date, e.bound])
    bios: dict[str, object] = {}
    for bio in getattr(facts, "bios", []):
        bios.setdefault(name_key(bio.person), bio)
    sentences = facts.sentences
    attested = attestation_dates(facts)
    near = None
    if len(names) > _WHOLE_ARTICLE_COLLEAGUES:  # a long digest: colleagues are those named nearby
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for k, sps in spans.items():
            for sp in sps:
                by_sentence[sp.sentence].add(k)
        near = {k: {c for sp in sps for i in range(sp.sentence - 2, sp.sentence + 3) for c in by_sentence.get(i, ())}
                for k, sps in spans.items()}
    out = []
    read: dict[tuple[int, int], tuple[set[str], set[str]]] = {}  # a sentence's provinces and cues, read once
    for k, name in names.items():
        context: set[str] = set()
        cues: set[str] = set()
        for sp in spans.get(k, []):
            if sentences and 0 <= sp.sentence < len(sentences):
                s, e = sentences[sp.sentence]
            else:
                s, e = max(0, sp.start - 200), min(len(text), sp.end + 200)
            if (s, e) not in read:
                chunk = text[s:e]
                low = lower(fold(chunk))
                provinces = set()
                for am in gaz.find(chunk, low):
                    for unit in am.units[:1]:
                        prov = gaz.province_of(unit)
                        if prov is not None:
                            provinces.add(prov.code)
                read[(s, e)] = (provinces, {m.group(1) for m in _CUES.finditer(low)})
            context.update(read[(s, e)][0])
            cues.update(read[(s, e)][1])
        bio = bios.get(k)
        out.append(Mention(
            doc=art.id, key=k, name=name, date=date, posts=posts.get(k, []), subject=subject,
            context=sorted(context), colleagues=sorted((set(names) if near is None else near.get(k, set())) - {k}), cues=sorted(cues),
            born=bio.born if bio else None, born_from_age=bool(bio and bio.born_from_age),
            home=bio.home.code if bio and bio.home else None, events=events.get(k, []), seen=attested(k)))
    return out


# ---------------------------------------------------------------------------------------------
# the scorer

THRESHOLD = 1.5     # bits: link when the odds of "same human" are at least ~3 : 1
SEAT_DAYS = 45      # two different seats held within this many days contradict each other

# feature -> weight in bits; a pair gets the best of the "place" features plus the others
FEATURES = {
    "same post": 12.0,          # the same post (title and area, or a national post)
    "same body": 10.0,          # posts in one body (UBND tỉnh X, Bộ Y): a handful of people at a time
    "same province": 6.0,       # posts in one province (about 1 in 63 officials)
    "same province since 2025": 4.0,  # posts in provinces merged into one on 1 July 2025
    "post where the other is": 3.0,   # a post in the province the other article is about or names
    "same subject": 2.0,        # neither has a post; both articles are about one province
    "both national": 4.0,       # both hold national posts
    "shared colleague": 4.0,    # per other person named in both articles (at most 3)
    "same birth year": 6.0,     # about 1 in 30 officials of a name share a birth year
    "same home province": 4.0,
    "homes apart": -6.0,        # two different home provinces (a misread is possible: not a hard split)
    "provinces apart": -3.0,    # both hold provincial posts, in provinces that never meet
    "decades apart": -3.0,      # articles more than 25 years apart
}


def _days(date: str | None) -> int | None:
    if not date or len(date) != 10 or not date[:4].isdigit():
        return None
    y, m, d = (int(x) for x in date.split("-"))
    return y * 372 + m * 31 + d


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


_MOVES = {"điều động", "luân chuyển", "nhận nhiệm vụ mới", "được bầu", "bầu", "bổ nhiệm", "chỉ định",
          "phân công", "thôi giữ", "thôi làm", "miễn nhiệm", "nghỉ hưu", "về hưu", "thay ông", "thay bà",
          "kế nhiệm", "giới thiệu", "phê chuẩn", "tái đắc cử", "trúng cử"}


@dataclass(frozen=True)
class _Profile:
    """What the scorer compares, computed once per mention."""

    posts: frozenset
    bodies: frozenset
    provinces: frozenset
    new_provinces: frozenset
    where: frozenset            # the subject province and the provinces named near the name
    subject: str | None
    national: bool
    moves: bool                 # the article speaks of a transfer, an election, a retirement ...
    colleagues: frozenset
    year: int | None
    born: int | None
    born_tol: int
    home: str | None
    seats: tuple                # (level, area, day) of heads' posts held now, if the article reports no move


def profile(m: Mention) -> _Profile:
    p = getattr(m, "_profile", None)
    if p is None:
        provs = frozenset(m.provinces())
        moves = bool(_MOVES & set(m.cues))
        day = _days(m.date)
        seats = tuple((q.level, q.area, day) for q in m.seats()) if day is not None and not moves else ()
        p = _Profile(frozenset(m.post_keys()), frozenset(m.bodies()), provs,
                     frozenset(new_province(x) for x in provs), frozenset({m.subject, *m.context} - {None}),
                     m.subject, m.national(), moves, frozenset(m.colleagues), _year(m.date), m.born,
                     1 if m.born_from_age else 0, new_province(m.home) if m.home else None, seats)
        object.__setattr__(m, "_profile", p)
    return p


def _seat_clash(sa: tuple, sb: tuple) -> str | None:
    for level, area, day in sa:
        for level2, area2, day2 in sb:
            if level == level2 and abs(day - day2) <= SEAT_DAYS and _distinct_units(area, area2):
                return f"heads of bodies of two {level}s at once ({area}, {area2})"
    return None


def contradiction(a: Mention, b: Mention) -> str | None:
    """Why `a` and `b` cannot be one human, or None: two birth years, or each is said to head a
    body of a different province or district within SEAT_DAYS of the other while neither article
    speaks of a move."""
    pa, pb = profile(a), profile(b)
    if pa.born and pb.born and abs(pa.born - pb.born) > max(pa.born_tol, pb.born_tol):
        return f"born in {pa.born} and in {pb.born}"
    return _seat_clash(pa.seats, pb.seats)


@lru_cache(maxsize=200_000)
def _distinct_units(a: str | None, b: str | None) -> bool:
    """Two units that are surely different: other codes, other names (``huyện Kỳ Anh`` and ``thị xã
    Kỳ Anh`` may be one misread), and neither formed from the other in a reform."""
    from vnkg.extract.gazetteer import load

    if not a or not b or a == b:
        return False
    gaz = load()
    ua, ub = gaz.units.get(a), gaz.units.get(b)
    if ua is None or ub is None:
        return a != b and a[:2] != b[:2]  # units the gazetteer lacks: only other provinces' codes
    if ua.name == ub.name or gaz.related(ua, ub) or gaz.related(ub, ua):
        return False
    return True


def score(a: Mention, b: Mention, prior: float | None = None) -> tuple[float, list[str]]:
    """Bits of evidence that `a` and `b` are one human (prior included), and the reasons."""
    pa, pb = profile(a), profile(b)
    bits = prior_bits(a.key) if prior is None else prior
    why = [f"name prior {bits:+.1f} (about {expected_bearers(a.key):.1g} bearers)"]
    place = None
    if pa.posts & pb.posts:
        place = "same post"
    elif pa.bodies & pb.bodies:
        place = "same body"
    elif pa.provinces & pb.provinces:
        place = "same province"
    elif pa.new_provinces & pb.new_provinces:
        place = "same province since 2025"
    elif (pa.provinces & pb.where) or (pb.provinces & pa.where):
        place = "post where the other is"
    elif pa.national and pb.national:
        place = "both national"
    elif not pa.provinces and not pb.provinces and pa.subject and pa.subject == pb.subject:
        place = "same subject"
    if place:
        bits += FEATURES[place]
        why.append(f"{place} {FEATURES[place]:+.0f}")
    elif pa.provinces and pb.provinces and not pa.moves and not pb.moves:
        # (an article that reports a transfer or an election says the person moves: no penalty)
        bits += FEATURES["provinces apart"]
        why.append(f"provinces apart {FEATURES['provinces apart']:+.0f}")
    if pa.born and pb.born and abs(pa.born - pb.born) <= max(pa.born_tol, pb.born_tol):
        bits += FEATURES["same birth year"]
        why.append(f"same birth year {FEATURES['same birth year']:+.0f}")
    if pa.home and pb.home:
        f = "same home province" if pa.home == pb.home else "homes apart"
        bits += FEATURES[f]
        why.append(f"{f} {FEATURES[f]:+.0f}")
    shared = pa.colleagues & pb.colleagues
    if shared:
        w = FEATURES["shared colleague"] * min(3, len(shared))
        bits += w
        why.append(f"{len(shared)} shared colleague(s) {w:+.0f}")
    if pa.year and pb.year and abs(pa.year - pb.year) > 25:
        bits += FEATURES["decades apart"]
        why.append(f"decades apart {FEATURES['decades apart']:+.0f}")
    return bits, why


# ---------------------------------------------------------------------------------------------
# judgments

class JudgmentError(ValueError):
    """A judgments file that cannot be read."""


@dataclass
class Judgments:
    """A user's decisions, kept in ``STORE/judgments.jsonl`` (one JSON object a line) and re-applied
    on every resolve; they win over the scorer.

    ``{"op": "merge", "ids": [A, B], "mentions": [[doc, key], ...]}`` — these mentions are one human.
    ``{"op": "split", "id": A, "article": DOC, "mentions": [[DOC, key]], "others": [[doc, key], ...]}``
    — the mention in DOC is not the human of the others.
    """

    items: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None) -> "Judgments":
        if path is None or not path.exists():
            return cls()
        items = []
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as err:
                raise JudgmentError(f"{path}:{n}: not JSON: {err.msg}") from None
            if not isinstance(item, dict) or item.get("op") not in ("merge", "split") or \
                    not isinstance(item.get("mentions"), list) or \
                    not all(isinstance(m, list) and len(m) == 2 for m in item["mentions"]) or \
                    (item["op"] == "split" and not isinstance(item.get("others"), list)):
                raise JudgmentError(f"{path}:{n}: not a merge or split judgment")
            items.append(item)
        return cls(items)

    def append(self, path: Path, item: dict) -> None:
        self.items.append(item)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")

    def keys(self) -> set[str]:
        """Name keys of the blocks the judgments touch."""
        out = set()
        for item in self.items:
            for _, k in item["mentions"] + item.get("others", []):
                out.add(k)
        return out

    def constraints(self, idents: set[tuple[str, str]]):
        """(must-link pairs, cannot-link pairs) among `idents`. Judgments apply in order: a merge
        joins groups of mentions, a later split takes its mention out of every group."""
        groups: list[set] = []
        cannot: set[frozenset] = set()
        for item in self.items:
            ms = {tuple(m) for m in item["mentions"] if tuple(m) in idents}
            if item["op"] == "merge":
                joined = set(ms)
                for g in [g for g in groups if g & ms]:
                    joined |= g
                    groups.remove(g)
                groups.append(joined)
                cannot = {c for c in cannot if not c <= joined}
            else:
                others = {tuple(m) for m in item["others"] if tuple(m) in idents}
                for g in groups:
                    g -= ms
                cannot |= {frozenset((x, y)) for x in ms for y in others if x != y}
        must = []
        for g in groups:
            ordered = sorted(g)
            must += [(ordered[0], other) for other in ordered[1:]]
        return must, cannot


# ---------------------------------------------------------------------------------------------
# clustering one block

@dataclass
class Link:
    a: tuple[str, str]
    b: tuple[str, str]
    bits: float
    why: list[str]


def resolve_block(mentions: list[Mention], judgments: Judgments | None = None) -> tuple[list[list[Mention]], list[Link]]:
    """Clusters of one name block (each a list of mentions) and the links that made them."""
    n = len(mentions)
    if n == 1:
        return [mentions], []
    idx = {m.ident: i for i, m in enumerate(mentions)}
    parent = list(range(n))
    profiles = [profile(m) for m in mentions]
    # per cluster: its members, birth years, seats held (for contradictions)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    borns: dict[int, set] = {i: ({(p.born, p.born_tol)} if p.born else set()) for i, p in enumerate(profiles)}
    seats: dict[int, set] = {i: set(p.seats) for i, p in enumerate(profiles)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    must, cannot_ids = (judgments or Judgments()).constraints(set(idx))
    cannot = {frozenset(idx[x] for x in pair) for pair in cannot_ids}
    cannot_of: dict[int, set] = defaultdict(set)
    for pair in cannot:
        x, y = tuple(pair)
        cannot_of[x].add(y)
        cannot_of[y].add(x)

    def blocked(ra: int, rb: int) -> str | None:
        if cannot_of:
            mb = set(members[rb])
            if any(cannot_of.get(i, set()) & mb for i in members[ra]):
                return "a user's split"
        for b1, t1 in borns[ra]:
            for b2, t2 in borns[rb]:
                if abs(b1 - b2) > max(t1, t2):
                    return f"born in {b1} and in {b2}"
        if seats[ra] and seats[rb]:
            return _seat_clash(tuple(seats[ra]), tuple(seats[rb]))
        return None

    def union(ra: int, rb: int) -> None:
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
        borns[ra] |= borns.pop(rb)
        seats[ra] |= seats.pop(rb)

    links: list[Link] = []
    for x, y in must:
        ra, rb = find(idx[x]), find(idx[y])
        if ra != rb:
            union(ra, rb)
            links.append(Link(x, y, math.inf, ["a user's merge"]))
    prior = prior_bits(mentions[0].key)
    # the same set of posts is the strongest evidence there is: join those first, then score the rest
    if prior + FEATURES["same post"] >= THRESHOLD:
        first: dict[frozenset, int] = {}
        for i, p in enumerate(profiles):
            if not p.posts:
                continue
            j = first.setdefault(p.posts, i)
            if j != i:
                ra, rb = find(j), find(i)
                if ra != rb and not blocked(ra, rb):
                    union(ra, rb)
                    links.append(Link(mentions[j].ident, mentions[i].ident, prior + FEATURES["same post"],
                                      [f"name prior {prior:+.1f}", "the same posts +12"]))
    scored = []
    for i, j in _candidates(mentions, profiles, prior):
        if find(i) == find(j):
            continue
        bits, why = score(mentions[i], mentions[j], prior)
        if bits >= THRESHOLD:
            scored.append((bits, i, j, why))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    for bits, i, j, why in scored:
        ra, rb = find(i), find(j)
        if ra == rb or blocked(ra, rb):
            continue
        union(ra, rb)
        links.append(Link(mentions[i].ident, mentions[j].ident, bits, why))
    clusters = [[mentions[i] for i in sorted(ms)] for ms in members.values()]
    return clusters, links


def _candidates(mentions: list[Mention], profiles: list[_Profile], prior: float):
    """Pairs worth scoring: all of a small block; in a large one, pairs that share a piece of
    evidence (post, body, province, a place an article is about, a colleague, a birth year) —
    without one no pair of a common name can reach the threshold, and a name that fills a large
    block is not rare."""
    n = len(mentions)
    if n <= 60:
        yield from ((i, j) for i in range(n) for j in range(i + 1, n))
        return
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        keys = {("post", x) for x in p.posts} | {("body", b) for b in p.bodies}
        keys |= {("prov", x) for x in p.new_provinces} | {("prov", new_province(x)) for x in p.where}
        keys |= {("col", c) for c in p.colleagues}
        if p.national:
            keys.add(("nation",))
        if p.born:
            keys.add(("born", p.born))
        for k in keys:
            buckets[k].append(i)
    seen = set()
    for ids in buckets.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                pair = (ids[x], ids[y])
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def resolve(mentions: list[Mention], judgments: Judgments | None = None) -> dict[tuple[str, str], int]:
    """Cluster number of every mention (for tests and the benchmark): one block at a time."""
    blocks: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        blocks[m.key].append(m)
    out: dict[tuple[str, str], int] = {}
    c = 0
    for key in sorted(blocks):
        clusters, _ = resolve_block(blocks[key], judgments)
        for cl in clusters:
            for m in cl:
                out[m.ident] = c
            c += 1
    return out


# ---------------------------------------------------------------------------------------------
# the resolver's state in the store: mentions, stable ids, redirects

class UnknownId(KeyError):
    """A person id the store has never given out."""


def _blocks_of(keys: set[str], judgments: Judgments, all_keys) -> list[set[str]]:
    """Name keys resolved together: each key alone, unless a user's merge joined two names."""
    parent: dict[str, str] = {}

    def find(k):
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for item in judgments.items:
        if item["op"] == "merge":
            ks = [k for _, k in item["mentions"]]
            for a, b in zip(ks, ks[1:]):
                parent[find(a)] = find(b)
    groups: dict[str, set[str]] = defaultdict(set)
    for k in set(all_keys) | set(parent):
        groups[find(k)].add(k)
    out, seen = [], set()
    for k in sorted(keys):
        root = find(k)
        if root not in seen:
            seen.add(root)
            out.append(groups[root] | {k})
    return out


CACHE_MENTIONS = 20_000  # mentions kept as objects between a build's writes and its resolve (~3.5 kB each
# once profiled: 200,000 of them were most of a 150,000-article build's memory)


class ResolveState:
    """Mentions, ids and redirects, in ``STORE/resolve/state.sqlite`` (or in memory).

    Each mention row keeps the id the resolver gave it (`id`) and the id its article's graph
    carries now (`minted`); when they differ the article's graph is rewritten.
    """

    def __init__(self, root: Path | None):
        self.root = root
        if root is not None:
            (root / "resolve").mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(root / "resolve" / "state.sqlite")
        else:
            self.db = sqlite3.connect(":memory:")
        self.db.executescript("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS mention (doc TEXT, key TEXT, data TEXT, id TEXT, minted TEXT,
                                                why TEXT, PRIMARY KEY (doc, key));
            CREATE INDEX IF NOT EXISTS mention_key ON mention (key);
            DROP INDEX IF EXISTS mention_id;
            CREATE TABLE IF NOT EXISTS redirect (old TEXT PRIMARY KEY, new TEXT, why TEXT);
            CREATE TABLE IF NOT EXISTS input (doc TEXT PRIMARY KEY, digest TEXT);
        """)
        self.touched: set[str] = set()
        self._pending: dict[str, tuple] = {}
        self._cache: dict[tuple[str, str], Mention] = {}
        # a state that held no mention when opened (a fresh build): an article not put since has
        # no ids yet, and `minted_ids` need not ask the database
        self._fresh = self.db.execute("SELECT 1 FROM mention LIMIT 1").fetchone() is None
        self._docs: set[str] = set()

    @property
    def judgments_path(self) -> Path | None:
        return self.root / "judgments.jsonl" if self.root is not None else None

    def judgments(self) -> Judgments:
        if self.judgments_path is None:  # an in-memory store keeps its judgments in memory
            self._memory = getattr(self, "_memory", None) or Judgments()
            return self._memory
        return Judgments.load(self.judgments_path)

    def close(self) -> None:
        self._flush()
        self.db.commit()
        self.db.close()

    # -- writing mentions ------------------------------------------------------------------
    def minted_ids(self, doc: str, keys) -> dict[str, str]:
        """The id each name of `doc` should carry when the article is (re)minted: the one the
        resolver gave it before, else the first id of its name block."""
        if self._fresh and doc not in self._docs:
            return {k: base_id(k) for k in keys}
        if doc in self._pending:
            self._flush()
        rows = dict(self.db.execute("SELECT key, id FROM mention WHERE doc = ?", (doc,)).fetchall())
        return {k: rows.get(k) or base_id(k) for k in keys}

    def put(self, doc: str, mentions: list[Mention], minted: dict[str, str]) -> None:
        """Replace the mentions of one article (the article's graph carries `minted` ids).
        Writes are batched; the mentions stay in memory until the next `resolve`."""
        self._pending[doc] = (mentions, minted)
        if self._fresh:
            self._docs.add(doc)
        if len(self._pending) >= 2000:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        docs = list(self._pending)
        old: dict[str, dict[str, tuple]] = defaultdict(dict)
        for i in range(0, len(docs), 500):
            chunk = docs[i:i + 500]
            q = ",".join("?" * len(chunk))
            for d, k, data, ident in self.db.execute(
                    f"SELECT doc, key, data, id FROM mention WHERE doc IN ({q})", chunk):
                old[d][k] = (data, ident)
            self.db.execute(f"DELETE FROM mention WHERE doc IN ({q})", chunk)
        rows = []
        for doc, (mentions, minted) in self._pending.items():
            old_data = old.get(doc, {})
            new_keys = {m.key for m in mentions}
            for k in old_data:
                if k not in new_keys:
                    self.touched.add(k)
            for m in mentions:
                data = m.to_json()
                prev = old_data.get(m.key)
                if prev is None or prev[0] != data:
                    self.touched.add(m.key)
                rows.append((doc, m.key, data, prev[1] if prev else None, minted.get(m.key) or base_id(m.key)))
                if len(self._cache) < CACHE_MENTIONS:  # bounded: a big build re-reads the rest as JSON
                    self._cache[m.ident] = m
        self.db.executemany("INSERT INTO mention (doc, key, data, id, minted, why) VALUES (?,?,?,?,?,NULL)", rows)
        self._pending.clear()

    def read_input(self, doc: str, digest: str) -> None:
        """Note the input digest of an article whose mentions this build put (committed with them)."""
        self.db.execute("INSERT OR REPLACE INTO input (doc, digest) VALUES (?, ?)", (doc, digest))

    def input_digest(self, doc: str) -> str | None:
        """The input digest of the article as of the resolver's last committed build."""
        row = self.db.execute("SELECT digest FROM input WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    def remove(self, doc: str) -> None:
        self._flush()
        self.db.execute("DELETE FROM input WHERE doc = ?", (doc,))
        for (k,) in self.db.execute("SELECT key FROM mention WHERE doc = ?", (doc,)).fetchall():
            self.touched.add(k)
        self.db.execute("DELETE FROM mention WHERE doc = ?", (doc,))

    # -- resolving -----------------------------------------------------------------------------
    def resolve(self, keys: set[str] | None = None, judgments: Judgments | None = None) -> dict[str, dict[str, str]]:
        """Re-resolve the blocks of `keys` (default: those touched since the last call).
        Returns {doc: {minted id: resolved id}} for the articles whose graphs must change."""
        judgments = judgments if judgments is not None else self.judgments()
        self._flush()
        keys = set(self.touched if keys is None else keys)
        if keys:
            keys |= judgments.keys()  # judgments are re-applied every time (they win)
        self.touched = set()
        all_keys = [k for (k,) in self.db.execute("SELECT DISTINCT key FROM mention")] if judgments.items else []
        redirects = dict(self.db.execute("SELECT old, new FROM redirect").fetchall())
        for block in _blocks_of(keys, judgments, all_keys):
            self._resolve_block(block, judgments, redirects)
        self._cache.clear()
        changes: dict[str, dict[str, str]] = defaultdict(dict)
        for doc, minted, ident in self.db.execute(
                "SELECT doc, minted, id FROM mention WHERE id IS NOT NULL AND minted != id").fetchall():
            changes[doc][minted] = ident
        return dict(changes)

    def _resolve_block(self, block: set[str], judgments: Judgments, redirects: dict[str, str]) -> None:
        q = ",".join("?" * len(block))
        rows = self.db.execute(f"SELECT doc, key, data, id FROM mention WHERE key IN ({q})", sorted(block)).fetchall()
        if not rows:
            return
        mentions = [self._cache.get((doc, k)) or Mention.from_json(d) for doc, k, d, _ in rows]
        prev = {(doc, k): self.follow(i, redirects) if i else None for doc, k, _, i in rows}
        clusters, links = resolve_block(mentions, judgments)
        why = {}
        for link in links:
            why.setdefault(link.b, f"linked to {link.a[0]}: " + "; ".join(link.why))
            why.setdefault(link.a, f"linked to {link.b[0]}: " + "; ".join(link.why))
        clusters.sort(key=lambda c: (-len(c), min(m.doc for m in c)))
        # every cluster keeps the id most of its mentions had; a fresh cluster takes the block's
        # first free id; an id no cluster keeps redirects to where most of its mentions went
        taken: dict[str, int] = {}
        claims = []
        for ci, cl in enumerate(clusters):
            for ident, n in Counter(prev[m.ident] for m in cl if prev[m.ident]).items():
                claims.append((-n, ci, ident))
        assigned: dict[int, str] = {}
        for _, ci, ident in sorted(claims):
            if ci not in assigned and ident not in taken:
                assigned[ci] = ident
                taken[ident] = ci
        main_key = min(block, key=lambda k: (-sum(m.key == k for m in mentions), k))
        for ci, cl in enumerate(clusters):
            if ci in assigned:
                continue
            key = Counter(m.key for m in cl).most_common(1)[0][0]
            ident = base_id(key)
            if ident in taken or (ident in redirects and redirects[ident] != ident):
                ident = other_id(key, min(m.doc for m in cl))
            n = 1
            while ident in taken:
                ident = other_id(key, f"{min(m.doc for m in cl)}#{n}")
                n += 1
            assigned[ci] = ident
            taken[ident] = ci
        _ = main_key
        updates = []
        for ci, cl in enumerate(clusters):
            for m in cl:
                updates.append((assigned[ci], why.get(m.ident), m.doc, m.key))
        self.db.executemany("UPDATE mention SET id = ?, why = ? WHERE doc = ? AND key = ?", updates)
        for ident in set(prev.values()) - {None} - set(taken):
            went = Counter(assigned[ci] for ci, cl in enumerate(clusters) for m in cl if prev[m.ident] == ident)
            target = went.most_common(1)[0][0]
            self.db.execute("INSERT OR REPLACE INTO redirect (old, new, why) VALUES (?,?,?)",
                            (ident, target, "merged"))
            redirects[ident] = target
        for ident in taken:  # an id in use again is no longer a redirect
            if ident in redirects:
                self.db.execute("DELETE FROM redirect WHERE old = ?", (ident,))
                redirects.pop(ident)

    def mark_minted(self, doc: str) -> None:
        self.db.execute("UPDATE mention SET minted = id WHERE doc = ? AND id IS NOT NULL", (doc,))

    # -- reading -----------------------------------------------------------------------------
    def follow(self, ident: str, redirects: dict[str, str] | None = None) -> str:
        """The id `ident` stands for now (after merges)."""
        if redirects is None:
            redirects = dict(self.db.execute("SELECT old, new FROM redirect").fetchall())
        seen = set()
        while ident in redirects and ident not in seen:
            seen.add(ident)
            ident = redirects[ident]
        return ident

    def canonical(self, ident: str) -> str:
        """The live id of `ident` (an id, an old id that was merged away, or a person IRI);
        UnknownId if the store never gave it out."""
        ident = ident.rsplit("/person/", 1)[-1].strip()
        now = self.follow(ident)
        if self.db.execute("SELECT 1 FROM mention WHERE id = ? LIMIT 1", (now,)).fetchone() is None:
            raise UnknownId(ident)
        return now

    def mentions_of_id(self, ident: str) -> list[tuple[Mention, str | None]]:
        rows = self.db.execute("SELECT data, why FROM mention WHERE id = ? ORDER BY doc", (ident,)).fetchall()
        return [(Mention.from_json(d), w) for d, w in rows]

    def ids(self) -> dict[tuple[str, str], str]:
        return {(d, k): i for d, k, i in self.db.execute("SELECT doc, key, id FROM mention")}

    def redirects(self) -> dict[str, str]:
        return {old: self.follow(old) for (old,) in self.db.execute("SELECT old FROM redirect")}

    def all_mentions(self):
        for data, ident in self.db.execute("SELECT data, id FROM mention"):
            yield Mention.from_json(data), ident


# ---------------------------------------------------------------------------------------------
# applying the resolution to the store

def state_for(store) -> ResolveState:
    """The resolver state of a store (opened once per Store object)."""
    state = getattr(store, "_vnkg_resolve", None)
    if state is None:
        state = ResolveState(store.path)
        store._vnkg_resolve = state
    return state


def rename_people(store, graph, mapping: dict[str, str], writer=None) -> None:
    """Rewrite one article's graph so that person ids `mapping` (old -> new) carry their new ids;
    holdings (keyed by person and post) are re-keyed with them. One transaction (or part of the
    batch of `writer`, a `store.Writer`)."""
    old = store.graph_nquads(graph.value)
    if writer is not None:
        writer.put(graph.value, renamed_nquads(old, mapping), stored=old)
    else:
        with store.writer() as w:
            w.put(graph.value, renamed_nquads(old, mapping), stored=old)


_PERSON = b"<https://vnkg.dev/id/person/"
_HOLDING = b"<https://vnkg.dev/id/holding/"
_MEMBER = b"<http://www.w3.org/ns/org#member>"
_POST = b"<https://vnkg.dev/ns#post>"


_HELD = re.compile(rb"^(<https://vnkg\.dev/id/holding/[^>]*>) (<http://www\.w3\.org/ns/org#member>|<https://vnkg\.dev/ns#post>) (<[^>]*>) ", re.M)
# a literal (skipped: its text is never renamed) or a person or holding IRI
_RENAMED_TERM = re.compile(rb'"[^"\\\n]*(?:\\.[^"\\\n]*)*"|<https://vnkg\.dev/id/(?:person|holding)/[^>]*>')


def renamed_nquads(data: bytes, mapping: dict[str, str]) -> bytes:
    """One article's graph (sorted N-Quads lines, see store.nquads) with the person ids of `mapping`
    (old -> new) replaced, as subjects and objects (never inside a literal); holdings (keyed by
    person and post) re-keyed with them, and the nodes named after a holding (its ``/during``
    interval) with them. Sorted N-Quads lines again."""
    if not mapping:
        return data
    # (a line is a quad: a person's or a holding's IRI is read, and renamed, only on the lines that hold one)
    lines = data.splitlines(keepends=True)
    sub = _renamer(b"".join(line for line in lines if line.startswith(_HOLDING)), mapping)
    return b"".join(sorted({_RENAMED_TERM.sub(sub, line) if _PERSON in line or _HOLDING in line else line
                            for line in lines}))


def _renamer(held: bytes, mapping: dict[str, str]):
    """The substitution for `_RENAMED_TERM` that renames the people of `mapping` (old id -> new id) and the
    holdings whose member and post `held` (N-Quads lines) states, re-keyed with them."""
    from .rdf import _holding_value, person_iri

    people = {_PERSON + o.encode() + b">": b"<" + person_iri(n).value.encode() + b">" for o, n in mapping.items()}
    member: dict[bytes, bytes] = {}
    post: dict[bytes, bytes] = {}
    for m in _HELD.finditer(held):
        (member if m.group(2) == _MEMBER else post)[m.group(1)] = m.group(3)
    holdings = {}  # old holding IRI without its ">" -> new one
    for h, person in member.items():
        if person in people and h in post:
            new = _holding_value(people[person][1:-1].decode(), post[h][1:-1].decode())
            holdings[h[:-1]] = b"<" + new.encode()

    def sub(m) -> bytes:
        term = m.group(0)
        if term.startswith(_PERSON):
            return people.get(term, term)
        if term.startswith(_HOLDING):
            cut = term.find(b"/during")
            base = term[:cut] if cut >= 0 else term[:-1]
            if base in holdings:
                return holdings[base] + term[len(base):]
        return term

    return sub


RESOLUTION_GRAPH = "https://vnkg.dev/id/graph/resolution"


def apply(store, state: ResolveState | None = None, keys: set[str] | None = None) -> dict:
    """Resolve the blocks touched since the last call (or those of `keys`), rewrite the article
    graphs whose people changed ids, and rewrite the corpus-level graph of redirects
    (owl:sameAs) and tenures."""
    from .rdf import article_iri

    state = state or state_for(store)
    changes = resolved_changes(state, keys)
    finish(store, state, changes)
    return {"rewritten": len(changes)}


def resolved_changes(state: ResolveState, keys: set[str] | None = None) -> dict[str, dict[str, str]]:
    """Resolve the blocks touched since the last call (or those of `keys`): {article id: {id its graph
    carries: resolved id}} for the articles whose people changed ids."""
    state.resolve(keys)
    return _pending(state)


def finish(store, state: ResolveState, changes: dict[str, dict[str, str]], writer=None) -> None:
    """Rename the people of the stored articles in `changes`, rewrite the resolution graph, and
    commit the resolver state. (A build renames the articles it has just read itself, before they
    are stored: `changes` then holds only the ones stored before.) With `writer` (a `store.Writer`,
    perhaps writing in the background) the graphs go through it, and the state is committed once
    it has written everything."""
    if writer is None:
        _rewrite(store, state, changes)
    else:
        _rewrite(store, state, changes, writer)
        writer.commit()
        writer.wait()
    state.db.commit()


RESOLUTION_BUCKETS = 64


def resolution_graph(subject: str) -> str:
    """The part of the resolution graph a subject's quads go to: ``RESOLUTION_GRAPH/NN``. The graph
    is cut in RESOLUTION_BUCKETS parts so that rewriting it after a build is a series of bounded
    writes (it holds a tenure per person and post: millions of quads for a big corpus)."""
    return f"{RESOLUTION_GRAPH}/{_bucket(subject):02d}"


def _write_resolution(store, state: ResolveState, writer) -> None:
    """Write the resolution graph, a part at a time: the quads are spooled to one temporary file per
    part, then each part is compared with what the store holds and changed in one transaction."""
    import tempfile

    import pyoxigraph as ox

    from .tenure import resolution_triples

    with tempfile.TemporaryDirectory(dir=store.path, prefix=".vnkg-resolution-") as tmp:
        files = [open(f"{tmp}/{i:02d}", "wb") for i in range(RESOLUTION_BUCKETS)]
        tails = [f" <{RESOLUTION_GRAPH}/{i:02d}> .\n" for i in range(RESOLUTION_BUCKETS)]
        buffers: list[list[str]] = [[] for _ in range(RESOLUTION_BUCKETS)]
        try:
            for n, (subject, triple) in enumerate(resolution_triples(state), 1):
                i = _bucket(subject)
                buffers[i].append(triple + tails[i])
                if n % 50_000 == 0:
                    for f, lines in zip(files, buffers):
                        f.write("".join(lines).encode("utf-8"))
                        lines.clear()
            for f, lines in zip(files, buffers):
                f.write("".join(lines).encode("utf-8"))
        finally:
            for f in files:
                f.close()
        for i in range(RESOLUTION_BUCKETS):
            with open(f"{tmp}/{i:02d}", "rb") as f:
                data = b"".join(sorted(set(f.read().splitlines(keepends=True))))
            writer.put(f"{RESOLUTION_GRAPH}/{i:02d}", data)
    if store.ox.contains_named_graph(ox.NamedNode(RESOLUTION_GRAPH)):
        writer.remove(RESOLUTION_GRAPH)  # a store written before the graph was cut in parts


@lru_cache(maxsize=1024)  # a subject's lines come together
def _bucket(subject: str) -> int:
    return hashlib.blake2b(subject.encode(), digest_size=1).digest()[0] % RESOLUTION_BUCKETS


def _rewrite(store, state: ResolveState, changes: dict[str, dict[str, str]], writer=None) -> None:
    """Write the renamed article graphs and the resolution graph, in crash-safe batches (each
    article graph is replaced in one transaction, never removed and re-added)."""
    from .rdf import article_iri

    with contextlib.nullcontext(writer) if writer is not None else store.writer() as writer:
        for doc, mapping in changes.items():
            rename_people(store, article_iri(doc), mapping, writer)
            state.mark_minted(doc)
        _write_resolution(store, state, writer)


def judge(store, op: str, ids: list[str], article: str | None = None) -> str:
    """Record a user's merge (ids: two or more) or split (ids: one, with `article`) and apply it
    at once; returns the id the judged person has afterwards. UnknownId / ValueError for bad input."""
    state = state_for(store)
    judgments = state.judgments()
    live = [state.canonical(i) for i in ids]
    if op == "merge":
        mentions = [[m.doc, m.key] for i in dict.fromkeys(live) for m, _ in state.mentions_of_id(i)]
        item = {"op": "merge", "ids": live, "mentions": mentions}
    else:
        ms = [m for m, _ in state.mentions_of_id(live[0])]
        here = [[m.doc, m.key] for m in ms if m.doc == article]
        if not here:
            raise ValueError(f"person {live[0]} is not named in article {article!r}")
        others = [[m.doc, m.key] for m in ms if m.doc != article]
        if not others:
            raise ValueError(f"person {live[0]} is named only in article {article!r}: nothing to split from")
        item = {"op": "split", "id": live[0], "article": article, "mentions": here, "others": others}
    if state.judgments_path is not None:
        judgments.append(state.judgments_path, item)
    else:
        judgments.items.append(item)
    keys = {k for _, k in item["mentions"]} | {k for _, k in item.get("others", [])}
    state.resolve(keys, judgments)
    # the graphs and the resolution graph follow
    _rewrite(store, state, _pending(state))
    state.db.commit()
    store.flush()
    first = item["mentions"][0]
    return state.db.execute("SELECT id FROM mention WHERE doc = ? AND key = ?", tuple(first)).fetchone()[0]


def _pending(state: ResolveState) -> dict[str, dict[str, str]]:
    changes: dict[str, dict[str, str]] = defaultdict(dict)
    for doc, minted, ident in state.db.execute(
            "SELECT doc, minted, id FROM mention WHERE id IS NOT NULL AND minted != id").fetchall():
        changes[doc][minted] = ident
    return dict(changes)

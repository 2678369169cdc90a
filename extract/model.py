"""Typed facts: the one stream format between `extract` and `graph`."""
from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Unit


@dataclass(frozen=True)
class Article:
    """One input article; `text` is NFC and is what offsets point into."""

    id: str
    text: str
    url: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None  # file (and line) it came from


@dataclass(frozen=True)
class Span:
    """Where a fact was read: character offsets into `Article.text` and the sentence index."""

    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class PersonMention:
    name: str
    span: Span


@dataclass(frozen=True)
class Post:
    """A post a named person is said to hold (one per post; several per person)."""

    person: str
    title: str           # the post without its place name, abbreviations spelled out
    role: str            # "Bí thư", "Phó Chủ tịch", ...
    kind: str            # leader | deputy | member | staff
    level: str | None    # province | district | commune | nation | None
    area: Unit | None
    status: str          # current | former | acting | elected
    span: Span


@dataclass(frozen=True)
class TenureEvent:
    """The text says a holding started (elected, appointed) or ended (dismissed, resigned, retired,
    transferred; or the post is called former)."""

    post: Post           # the post ("elected" status for a start, "former" for an end)
    event: str           # start | end
    cause: str           # elected | appointed | dismissed | resigned | retired | transferred | former
    date: str | None     # as precise as the text says; None when nothing dates it
    bound: str           # "on": it happened then; "by": it had happened by then
    span: Span           # the words that say so


@dataclass(frozen=True)
class Bio:
    """What the article says of who a named person is: birth year, home province."""

    person: str
    born: int | None
    born_from_age: bool  # the year was computed from an age ("49 tuổi") and may be one off
    home: Unit | None    # province
    span: Span


@dataclass
class Meeting:
    """A meeting reported as held."""

    date: str | None                 # YYYY-MM-DD, --MM-DD, YYYY-MM, YYYY or None
    area: Unit | None
    organizer: str | None
    span: Span
    chairs: list[str] = field(default_factory=list)
    chair_spans: list[Span] = field(default_factory=list)
    attendees: list[tuple[str, Span]] = field(default_factory=list)   # said to attend (dự, tham dự)
    speakers: list[tuple[str, Span]] = field(default_factory=list)    # said to speak or conclude
    # where the area was read: organizer | place | partner | chairs | centre | subject (the article's, a guess)
    area_source: str = "organizer"
    weak: bool = False                # a headline or caption naming the meeting: it only adds to the report
    said_held: bool = False           # ... which still says it took place (khai mạc, bế mạc, phát biểu tại)
    until: str | None = None          # the last day of a meeting said to run over several days (same form as date)
    noun: str | None = None           # the noun that named it ("đại hội", "hội nghị", ...), lower case
    several: bool = False             # its chairs chair several sessions ("chủ trì các buổi làm việc")
    joint: bool = False               # one of several bodies said to hold it together ("do A và B phối hợp tổ chức")
    apart: bool = False               # told at another time the text does not date ("Tuần trước, …"): not a report's


@dataclass
class Facts:
    """Everything extracted from one article."""

    article: Article
    sentences: list[tuple[int, int]]
    subject: list[Unit]               # the article's subject area chain, most specific first
    date: str | None                  # the article's own date, as precise as known
    persons: list[PersonMention]
    posts: list[Post]
    meetings: list[Meeting]
    date_source: str | None = None    # where the date was read: published | header | dateline | url | text
    subject_source: str | None = None # where the subject was read: host table | headline | text ...
    national: bool = False            # about the centre: no subject area below the nation
    diagnostics: dict = field(default_factory=dict)   # what could not be typed (for the build report)
    tenure: list[TenureEvent] = field(default_factory=list)   # starts and ends of holdings (extract/tenure.py)
    bios: list[Bio] = field(default_factory=list)

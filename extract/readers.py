"""Read articles from .txt, .jsonl and .html files or folders of them.

Every problem with an input is reported as a `Rejected` (file, line, reason)
and reading goes on with the next article: one bad line never stops a corpus.
What is kept but worth a word (a bad optional field, a repeated id, an id with
control characters, a file name that is not UTF-8) is a `Note`.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article
from .text import nfc

MAX_BYTES = 20 * 1024 * 1024          # one article (or one JSONL line) larger than this is refused
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read; `str()` is the one-line message for stderr."""

    source: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Note:
    """Something worth saying about an input that was still read (e.g. its encoding)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return control > max(8, len(sample) // 50)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, note) or (None, reason). A byte-order mark first (UTF-8, UTF-16, UTF-32), then UTF-8,
    then a confident legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), f"decoded as {codec.upper()} (byte-order mark)"
            except UnicodeDecodeError as err:
                return None, f"invalid {codec.upper()} after its byte-order mark (at byte {err.start})"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        bad = err.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding in ("cp1258", "windows_1258", "utf_16", "utf_32") \
            and best.chaos < 0.1:
        return str(best), f"not UTF-8; decoded as {best.encoding}"
    return None, f"invalid UTF-8 (bad byte 0x{data[bad]:02x} at offset {bad}) and no other encoding fits"


def _html_article(html: str, source: str, ident: str) -> Article | Rejected:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        return Rejected(source, None, "HTML with no article text")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if len(text) < 30 or len(text.split()) < 5:  # a menu or a caption is not an article
        return Rejected(source, None, "HTML with no article text")
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(ident, nfc(text), data.get("url"), (data.get("date") or None), title, source)


def _read_text_file(path: Path) -> Iterator[Article | Rejected | Note]:
    source = str(path)
    size = path.stat().st_size
    if size == 0:
        yield Rejected(source, None, "empty file")
        return
    if size > MAX_BYTES:
        yield Rejected(source, None, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB)")
        return
    data = path.read_bytes()
    if _looks_binary(data) and not data.startswith(tuple(bom for bom, _ in _BOMS)):
        yield Rejected(source, None, "binary file, not text")
        return
    text, note = decode(data)
    if text is None:
        yield Rejected(source, None, note)
        return
    if note:
        yield Note(source, note)
    if _looks_binary(text.encode("utf-8", "replace")):
        yield Rejected(source, None, "binary file, not text")
        return
    text = _clean_text(text)
    if not nfc(text).strip():
        yield Rejected(source, None, "empty file (only whitespace)")
        return
    ident = _file_id(path)
    if ident != path.stem:
        yield Note(source, f"the file name is not UTF-8; the article's id is {ident!r}")
    head = text.lstrip()[:200].lower()
    if path.suffix.lower() in (".html", ".htm") or head.startswith(("<!doctype html", "<html")):
        art = _html_article(text, source, ident)
        if isinstance(art, Article):
            art, notes = _checked(art, source, None)
            yield from notes
        yield art
        return
    yield Article(ident, nfc(text), None, None, None, source)


def _read_jsonl(path: Path) -> Iterator[Article | Rejected | Note]:
    source = str(path)
    if path.stat().st_size == 0:
        yield Rejected(source, None, "empty file")
        return
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if len(raw) > MAX_BYTES:
                yield Rejected(source, number, f"line too large ({len(raw) / 1e6:.1f} MB)")
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark opens the file
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield Rejected(source, number, f"invalid UTF-8 (bad byte at column {err.start + 1})")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield Rejected(source, number, f"malformed JSON: {err.msg} (column {err.colno})")
                continue
            except RecursionError:
                yield Rejected(source, number, "JSON nested too deeply to read")
                continue
            if not isinstance(obj, dict):
                yield Rejected(source, number, "not a JSON object")
                continue
            ident, text = obj.get("id"), obj.get("text")
            if isinstance(ident, bool) or not isinstance(ident, (str, int)) or str(ident).strip() == "":
                yield Rejected(source, number, "missing 'id'")
                continue
            ident = str(ident)
            if not isinstance(text, str) or not text.strip():
                yield Rejected(source, number, f"article {_shown_id(ident)}: missing or empty 'text'")
                continue
            text = _clean_text(text)
            if not nfc(text).strip():
                yield Rejected(source, number, f"article {_shown_id(ident)}: 'text' has no visible characters")
                continue
            if "<html" in text[:500].lower() or "<body" in text[:2000].lower():
                art = _html_article(text, f"{source}:{number}", ident)
                if isinstance(art, Rejected):
                    yield Rejected(source, number, f"article {_shown_id(ident)}: HTML with no article text")
                    continue
                text = art.text
            article = Article(ident, nfc(text), obj.get("url"), obj.get("published"), obj.get("title"),
                              f"{source}:{number}")
            article, notes = _checked(article, source, number)
            yield from notes
            yield article


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # in an id, tab and newline are control too


def _clean_text(text: str) -> str:
    """Control characters (NUL, form feed, ...) read as spaces: same length, so offsets still hold, and
    nothing an XML export (GraphML, GEXF) cannot carry."""
    return _CONTROL.sub(" ", text)


def _shown_id(ident: str) -> str:
    return repr(ident) if _ID_CONTROL.search(ident) or ident != ident.strip() else ident


def _file_id(path: Path) -> str:
    """A file's article id: its name without the suffix, as UTF-8 text even when the name is not."""
    return os.fsencode(path.stem).decode("utf-8", "replace")


_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T ]\d)")


def _published(value) -> str | None:
    """An article's date as ISO (of its own precision), or None when it is not a date."""
    from .normal import period

    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    m = _ISO_DAY.match(text)  # 2022-06-14, 2022-06-14T09:30:00+07:00, 2022-06, 2022
    if m:
        text = m.group(0)
    try:
        return period(text)
    except ValueError:
        return None


def _checked(article: Article, source: str, line: int | None) -> tuple[Article, list[Note]]:
    """The article with its id made safe and its optional fields checked: a bad field is dropped with a
    note, the article is kept."""
    where = f"{source}:{line}" if line else source
    notes = []
    ident = article.id
    if _ID_CONTROL.search(ident):
        safe = _ID_CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 256
                               else f"\\u{ord(m.group(0)):04x}", ident)
        notes.append(Note(where, f"article id {ident!r} has control characters; it is stored as {safe!r}"))
        ident = safe
    fields = {}
    for name in ("url", "title"):
        value = getattr(article, name)
        if value is None or value == "":
            fields[name] = None
        elif isinstance(value, str):
            fields[name] = _CONTROL.sub(" ", value).strip() or None
        else:
            notes.append(Note(where, f"article {_shown_id(ident)}: '{name}' is not text "
                                     f"({type(value).__name__}); ignored"))
            fields[name] = None
    published = article.published
    if published is None or published == "":
        fields["published"] = None
    else:
        fields["published"] = _published(published)
        if fields["published"] is None:
            shown = published if isinstance(published, str) else type(published).__name__
            notes.append(Note(where, f"article {_shown_id(ident)}: 'published' is not a date ({shown!r:.40}); "
                                     "ignored"))
    return Article(ident, article.text, fields["url"], fields["published"], fields["title"], article.source), notes


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Rejected]:
    """The readable files under `paths` (folders are walked, sorted)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES:
                    yield f
        elif path.is_file():
            yield path
        else:
            yield Rejected(_printable(str(path)), None, "no such file or folder")


def read(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Rejected | Note]:
    """Articles (and rejections, and notes) from files and folders, in order.

    An id read twice keeps the later article (it replaces the earlier one in the store), with a note
    naming both places.
    """
    seen: dict[str, str] = {}
    for item in iter_files(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        name = _printable(str(item))
        try:
            items = _read_jsonl(item) if item.suffix.lower() == ".jsonl" else _read_text_file(item)
            for found in items:
                found = _printable_source(found, str(item), name)
                if isinstance(found, Article):
                    earlier = seen.get(found.id)
                    if earlier is not None:
                        yield Note(found.source, f"article id {_shown_id(found.id)} was already read at {earlier}; "
                                                 "the later one is kept")
                    seen[found.id] = found.source
                yield found
        except OSError as err:
            yield Rejected(name, None, f"cannot read: {err.strerror or err}")
        except Exception as err:  # a reader bug or a library failure costs the rest of this file, not the corpus
            yield Rejected(name, None, f"cannot read: {type(err).__name__}: {err}")


def _printable(text: str) -> str:
    """A file name as text that can be printed and stored, whatever bytes it was given in."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _printable_source(item, raw: str, name: str):
    if name == raw:
        return item
    if isinstance(item, Article):
        return Article(item.id, item.text, item.url, item.published, item.title, item.source.replace(raw, name, 1))
    if isinstance(item, Rejected):
        return Rejected(name, item.line, item.reason)
    return Note(item.source.replace(raw, name, 1), item.message)

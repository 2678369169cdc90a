"""Read articles from .txt, .jsonl and .html files or folders of them.

Every problem with an input is reported as a `Rejected` (file, line, reason)
and reading goes on with the next article: one bad line never stops a corpus.
"""
from __future__ import annotations

import json
import os
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


def decode(data: bytes) -> tuple[str | None, str | None]:
    """(text, note) or (None, reason). UTF-8 first, then a BOM, then a confident legacy encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        bad = err.start
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16"
        except UnicodeDecodeError:
            pass
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
    if _looks_binary(data):
        yield Rejected(source, None, "binary file, not text")
        return
    text, note = decode(data)
    if text is None:
        yield Rejected(source, None, note)
        return
    if note:
        yield Note(source, note)
    if not text.strip():
        yield Rejected(source, None, "empty file (only whitespace)")
        return
    head = text.lstrip()[:200].lower()
    if path.suffix.lower() in (".html", ".htm") or head.startswith(("<!doctype html", "<html")):
        yield _html_article(text, source, path.stem)
        return
    yield Article(path.stem, nfc(text), None, None, None, source)


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
            if not isinstance(obj, dict):
                yield Rejected(source, number, "not a JSON object")
                continue
            ident, text = obj.get("id"), obj.get("text")
            if not isinstance(ident, (str, int)) or str(ident).strip() == "":
                yield Rejected(source, number, "missing 'id'")
                continue
            if not isinstance(text, str) or not text.strip():
                yield Rejected(source, number, f"article {ident}: missing or empty 'text'")
                continue
            if "<html" in text[:500].lower() or "<body" in text[:2000].lower():
                art = _html_article(text, f"{source}:{number}", str(ident))
                if isinstance(art, Rejected):
                    yield Rejected(source, number, f"article {ident}: HTML with no article text")
                    continue
                text = art.text
            published = obj.get("published")
            yield Article(str(ident), nfc(text), obj.get("url") or None,
                          str(published) if published else None, obj.get("title") or None,
                          f"{source}:{number}")


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
            yield Rejected(str(path), None, "no such file or folder")


def read(paths: Iterable[str | os.PathLike]) -> Iterator[Article | Rejected | Note]:
    """Articles (and rejections, and notes) from files and folders, in order."""
    for item in iter_files(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        try:
            if item.suffix.lower() == ".jsonl":
                yield from _read_jsonl(item)
            else:
                yield from _read_text_file(item)
        except OSError as err:
            yield Rejected(str(item), None, f"cannot read: {err.strerror or err}")
        except Exception as err:  # a reader bug or a library failure costs this file, not the corpus
            yield Rejected(str(item), None, f"cannot read: {type(err).__name__}: {err}")

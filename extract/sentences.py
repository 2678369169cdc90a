"""Stages 1-2: normalise the text and split it into lines and sentences."""
from __future__ import annotations

import re

from .document import Doc
from .text import fold, lower, nfc

_END = re.compile(r"[.!?:;\"”)…]$")


def normalise(doc: Doc) -> dict:
    """NFC text for provenance, and its folded lower-case twin for matching. A page's own furniture —
    a breadcrumb trail above the headline, the list of other articles' headlines after the body ("Tin liên
    quan", "Xem thêm", "Các tin khác" …) — is blanked out of both (same length: offsets still hold), so no
    fact is read from another article's headline."""
    text = nfc(doc.article.text)
    low = lower(fold(text))
    spans = _furniture(low)
    if spans:
        text, low = _blank(text, spans), _blank(low, spans)
    return {"text": text, "low": low}


# a heading that opens a list of other articles' links, on a line of its own
_LINKS_HEADING = re.compile(r"[ \t]*(?:[•*\-–]\s*)?(?:tin liên quan|tin cùng chuyên mục|các tin khác|tin khác|xem thêm|đọc thêm|"
                            r"bài viết liên quan|bài liên quan|tin bài liên quan|tin mới hơn|tin cũ hơn|tin đã đưa|"
                            r"tin mới nhất|các tin đã đưa|cùng chuyên mục|có thể bạn quan tâm|tin nổi bật)\s*:?[ \t]*$")
_LINKS_INLINE = re.compile(r"(?<![\w])(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục)\s*:[^\n]*")
# a page's font-size buttons ("Cỡ chữ: A A A", "Cỡ chữ A- A+"): no name of a Hmong "A"
_WIDGET = re.compile(r"(?<![\w])cỡ chữ\s*:?\s*(?:a\s*[-+]?\s*){1,3}(?![\w])")
_BREADCRUMB = re.compile(r"[ \t]*(?:trang chủ|home)\s*[>›»/|][^\n]{0,160}$|[ \t]*[^\n>›»]{1,40}(?:\s*[>›»]\s*[^\n>›»]{1,40}){1,5}[ \t]*$")


def _furniture(low: str) -> list[tuple[int, int]]:
    spans = []
    first = re.match(r"\s*([^\n]*)", low)
    if first and _BREADCRUMB.fullmatch(first.group(1)) and ("trang chủ" in first.group(1) or "›" in first.group(1)
                                                            or " > " in first.group(1)):
        spans.append((first.start(1), first.end(1)))
    for m in re.finditer(r"[^\n]+", low):
        if m.start() < len(low) * 0.3 or not _LINKS_HEADING.fullmatch(m.group(0)):
            continue
        end = m.end()
        for line in re.finditer(r"[^\n]+", low[m.end():]):
            if len(line.group(0).strip()) > 220:
                break  # the body goes on: not a list of links
            end = m.end() + line.end()
        spans.append((m.start(), end))
        break
    # the same heading run into the body's last line, when line breaks were lost ("… Tường Vi  Xem thêm: Điện Bàn …")
    for m in _LINKS_INLINE.finditer(low, int(len(low) * 0.5)):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
            break
    spans += [(m.start(), m.end()) for m in _WIDGET.finditer(low) if not any(s <= m.start() < e for s, e in spans)]
    return sorted(spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        text = text[:s] + re.sub(r"[^\n]", " ", text[s:e]) + text[e:]
    return text


def _surnames() -> frozenset[str]:
    from .lexicon import load
    return load().surnames


_ITEM_START = re.compile(r"\s*(?:[-–+•*]|\d{1,2}\s*[.)/])\s")  # (the items of a list are lines of their own)


def _hard_wrapped(text: str) -> bool:
    """Whether the text was wrapped at a fixed width (lines of 55-100 characters that stop mid-sentence, not items of a
    list, make at least half of its long lines and outnumber its paragraph-long lines twice), as some portals and
    scrapers deliver it."""
    if text.count("\n") < 2:
        return False
    lines = [l.rstrip() for l in text.split("\n")]
    long = [l for l in lines if len(l) > 40]
    cut = [l for l in long if 55 <= len(l) <= 100 and not _END.search(l) and not _ITEM_START.match(l)]
    paragraphs = sum(1 for l in lines if len(l) > 110)  # (a paragraph a line: no wrapping)
    return len(cut) >= 2 and 2 * len(cut) >= len(long) and 2 * paragraphs < len(cut)


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines; a long line that stops mid-sentence is joined with the next (wrapped text)."""
    joined: list[tuple[int, int]] = []
    hard = _hard_wrapped(text)
    for m in re.finditer(r"[^\n]+", text):
        if not m.group(0).strip():
            continue
        if joined:
            p0, p1 = joined[-1]
            prev = text[p0:p1].rstrip()
            nxt = m.group(0).lstrip()
            last = prev.split()[-1] if prev.split() else ""
            # the next line goes on with lower case or a number, or a name broken after its surname
            dateline = re.match(r"\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d", nxt)
            numbered = re.match(r"\d{1,2}\s*[.)]\s+\S", nxt)  # "2. Đồng chí A - ...": the next item of a list
            wrapped = nxt[:1].islower() or (nxt[:1].isdigit() and not dateline and not numbered) or (
                last[:1].isupper() and lower(fold(last)) in _surnames() and nxt[:1].isupper()) or (
                # (text wrapped at a fixed width: a name broken after any word of it, "… Lê Xuân\nTám, Phó …", a title
                # before its body, "… Phó Chủ tịch\nHĐND tỉnh")
                hard and len(prev) - prev.rfind("\n") > 45 and not prev.isupper() and not nxt.isupper()
                and not dateline and not numbered and not _ITEM_START.match(nxt))
            table = "|" in prev or "|" in nxt  # (rows of a table are lines of their own)
            if p1 - p0 > 60 and not _END.search(prev) and m.start() - p1 == 1 and wrapped and not table:
                joined[-1] = (p0, m.end())
                continue
        joined.append((m.start(), m.end()))
    if joined:
        joined[:1] = _caps_headline(text, *joined[0])
    return joined


def _caps_headline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A headline in capitals that the text runs on from, its line break lost ("XÃ SƠN TÂY TỔ CHỨC HỘI NGHỊ …
    Sáng 27/11, UBND xã …"): a line of its own."""
    words = list(re.finditer(r"\S+", text[start:end]))
    caps = 0
    for w in words:
        letters = [c for c in w.group(0) if c.isalpha()]
        if letters and any(c.islower() for c in letters):
            break
        caps += 1
    if caps < 4 or caps == len(words) or sum(1 for w in words[:caps] if any(c.isalpha() for c in w.group(0))) < 4:
        return [(start, end)]
    cut = start + words[caps - 1].end()
    return [(start, cut), (start + words[caps].start(), end)]


_CANDIDATE = re.compile(r"[.?!]")


def _tokenizer():
    """underthesea's own sentence tokenizer (its abbreviation list and boundary rule), when this
    underthesea has the Punkt-style one whose scan `split` reproduces; else None."""
    global _TOKENIZER
    if _TOKENIZER is None:
        try:
            from underthesea.pipeline import sent_tokenize as module

            module._load_model()
            tok = module.sentence_tokenizer
            ok = type(tok).__name__ == "PunktSentenceTokenizer" and tok.SENT_END_CHARS == frozenset(".?!")
            _TOKENIZER = tok if ok and hasattr(tok, "_is_sentence_boundary") else False
        except (ImportError, AttributeError):
            _TOKENIZER = False
    return _TOKENIZER or None


_TOKENIZER = None


def split(text: str) -> list[str]:
    """`underthesea.sent_tokenize(text)`, the same sentences, but jumping from one '.?!' to the next
    instead of stepping through every character in Python (5-10x faster on news text)."""
    tok = _tokenizer()
    if tok is None:
        return sent_tokenize(text)
    if not text or not text.strip():
        return []
    out: list[str] = []
    start = i = 0
    n = len(text)
    find = _CANDIDATE.search
    while True:
        m = find(text, i)
        if m is None:
            break
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis ends a sentence only before upper case or the end
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    sentence = text[start:dot_end].strip()
                    if sentence:
                        out.append(sentence)
                    while dot_end < n and text[dot_end] in " \t\n\r":
                        dot_end += 1
                    start = dot_end
                i = dot_end
                continue
        if tok._is_sentence_boundary(text, i):
            end = i + 1
            while end < n and text[end] in ".?!":
                end += 1
            sentence = text[start:end].strip()
            if sentence:
                out.append(sentence)
            while end < n and text[end] in " \t\r\n":
                end += 1
            start = i = end
            continue
        i += 1
    final = text[start:].strip()
    if final:
        out.append(final)
    return out


# a photo credit in parentheses closes a caption; when the body goes on, on the same line, with a capital
# ("... Bí thư Thành ủy (Ảnh: Internet) Theo TTXVN, ..."), a new sentence starts after it
_CREDIT_END = re.compile(r"\((?:ảnh|nguồn)\s*:[^()\n]{0,60}\)\s+(?=[^\W\d_])", re.IGNORECASE)


# ... and with no brackets, in text whose line breaks were lost: "... nhiệm kỳ 2020-2025. Ảnh: VGP Tại hội nghị, …":
# the credit (a few capitalised words) ends where a word that opens sentences in this news does
_BARE_CREDIT = re.compile(r"(?<![\w(])(?:Ảnh|Nguồn)\s*:\s*(?:[A-ZĐÀ-Ỹ][\w.&-]*\s+){1,4}?(?=(?:\*\s*)?(?:Tại|Theo|Sáng|Chiều|"
                          r"Tối|Ngày|Trong|Cũng|Đồng chí|Ông|Bà|Phát biểu|Dự|Đại hội|Hội nghị|Kỳ họp|Trước đó|Sau đó|"
                          r"Với|Năm|Nhiệm kỳ|Hiện nay|Thay mặt|Kết luận|Qua|Đến nay|Thời gian qua|Tiếp đó)\s)")


_CREDIT_WORDS = ("(", "Ảnh", "Nguồn")  # what each credit above starts with (tests/test_speedups.py checks)


def _after_credit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if all(text.find(w, start, end) < 0 for w in _CREDIT_WORDS):
        return [(start, end)]  # (no credit without one of them: the scans below are per character)
    out = []
    cuts = [(m.start() + len(m.group(0).rstrip()), m.end()) for m in _CREDIT_END.finditer(text, start, end)
            if m.end() < end and text[m.end()].isupper()]
    cuts += [(m.end() - 1, m.end()) for m in _BARE_CREDIT.finditer(text, start, end) if m.end() < end]
    for stop, nxt in sorted(cuts):
        if stop > start:
            out.append((start, stop))
            start = nxt
    out.append((start, end))
    return out


# text whose line breaks were lost (a headline run into the lede: "… cuối năm 2020 21:27 27/06/2020 Sáng ngày 26
# tháng 6 năm 2020, Ban Thường vụ …"): a capitalised time of day or "Ngày" and a day's number, after a word with
# no punctuation, opens a sentence (inside one they are written in lower case)
_DAY_OPENER = r"(?:Sáng|Chiều|Tối|Trưa|Ngày)\s+(?:ngày\s+|nay\s+\(?)?\d{1,2}\s*(?:[/.\-]\s*\d{1,2}|tháng)"
# (also after the site's tag that opens a lede: "… tỉnh Thanh Hóa TPO - Chiều 6/12, …", "(Baohatinh.vn) - Sáng 14/6")
_OPENS = re.compile(rf"(?<=[^\W_])\s+(?={_DAY_OPENER})|(?<=[^\W_])\s+(?=(?:[A-ZĐ][A-ZĐ.]{{1,9}}|\([\w.]+\.vn\))\s*[-–—]\s*"
                    rf"{_DAY_OPENER})")


_OPENING_WORDS = ("Sáng", "Chiều", "Tối", "Trưa", "Ngày")  # (those _OPENS looks for: no scan without one)


def _run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if not any(text.find(w, start, end) >= 0 for w in _OPENING_WORDS):
        return [(start, end)]
    out = []
    for m in _OPENS.finditer(text, start, end):
        if m.start() - start > 20:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, end))
    return out


# an abbreviation's stop that also ends the sentence, a word that opens sentences after it ("… Phó Chủ tịch UBND TP.
# Đồng chí A, Viện trưởng …"): the tokenizer keeps the abbreviation's stop inside the sentence
_ABBR_STOP = re.compile(r"(?<![\w.])(?:TP|Tp|TX|TT)\.(?=[ \t]+(?:Đồng chí|Ông|Bà|Tại|Theo|Sáng|Chiều|Tối|Dự|Phát biểu|Cùng|"
                        r"Trong|Đây|Qua|Kết quả|Sau đó|Tiếp đó|Kỳ họp|Đại hội|Tham dự|Buổi|Cũng)[ \t,])")


def _abbr_stop(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if "." not in text[start:end]:
        return [(start, end)]
    out = []
    for m in _ABBR_STOP.finditer(text, start, end):
        out.append((start, m.end()))
        start = m.end()
        while start < end and text[start] in " \t":
            start += 1
    out.append((start, end))
    return out


def sentences(doc: Doc) -> dict:
    """Lines, then sentences within each line (underthesea), as character spans."""
    from underthesea import sent_tokenize  # here, not at the top: `vnkg ask` imports vnkg.extract without it

    text = doc.text
    lines = _lines(text)
    flat = text.replace("\n", " ")
    sents = []
    for start, end in lines:
        cursor = start
        for sent in split(flat[start:end]):
            sent = sent.strip()
            if not sent:
                continue
            at = flat.find(sent, cursor, end)
            if at < 0:  # the tokenizer changed the text: keep the rest of the line as one sentence
                at, sent = cursor, text[cursor:end]
            for piece in _after_credit(text, at, at + len(sent)):
                for part in _abbr_stop(text, *piece):
                    sents += _run_on(text, *part)
            cursor = at + len(sent)
    return {"lines": tuple(lines), "sentences": tuple(_glued(text, sents))}


_ITEM_NUMBER = re.compile(r"\d{1,2}\s*[.)]")
_OPENER = re.compile(r"(?:Đồng chí|Ông|Bà|Tại|Theo|Sáng|Chiều|Tối|Dự|Phát biểu|Hội nghị|Cùng|Trong|Đây|Qua|Kết quả|Sau đó|"
                     r"Tiếp đó|Kỳ họp|Đại hội|Tham dự|Buổi|Cũng)(?![\w])")
_ABBR_END = re.compile(r"(?<![\w.])(?:TX|TP|Tp|TT|P|Q|H|X|GS|PGS|TS|ThS|BS|KS|ĐBQH)\.$")


def _glued(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full stop with no space after it ends no sentence: ``UV.BTV``, ``TP.HCM``, ``P.Châu Đốc``."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out and out[-1][1] == s and text[s - 1] == "." and s >= 2 and text[s - 2].isalpha():
            out[-1] = (out[-1][0], e)
        elif out and out[-1][1] - out[-1][0] <= 4 and _ITEM_NUMBER.fullmatch(text, *out[-1]) \
                and "\n" not in text[out[-1][1]:s]:
            out[-1] = (out[-1][0], e)  # "2. Ngày 16/7, Ban Pháp chế …": an item's number opens its sentence
        elif out and _ABBR_END.search(text, max(out[-1][0], out[-1][1] - 6), out[-1][1]) \
                and re.match(r"\s{1,2}[^\W\d_]", text[out[-1][1]:s + 1]) and text[s:s + 1].isupper() \
                and not _OPENER.match(text, s):  # ("… Phó Chủ tịch UBND TP. Đồng chí A …": a sentence opens)
            out[-1] = (out[-1][0], e)  # "UBND TX. Phú Mỹ", "TS. Lê Văn A": an abbreviation's stop, then a name
        else:
            out.append((s, e))
    return out

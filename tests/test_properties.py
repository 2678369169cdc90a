"""Property-based tests (hypothesis): the readers, the normaliser, the date parser and the extractor
hold their promises on arbitrary input, not only on the examples we thought of."""
import datetime
import json
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnkg.extract import Article, extract
from vnkg.extract.normal import Search, loose, period, search_key
from vnkg.extract.readers import Note, Rejected, read
from vnkg.extract.text import nfc

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VIET = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
LETTERS = VIET + VIET.upper() + "bcdghklmnpqrstvx" + "BCDGHKLMNPQRSTVX"
# words that make the extractor work: roles, bodies, places, meeting words, dates, names
WORDS = ["Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "UBND", "HĐND", "Huyện ủy", "Huyện uỷ", "Tỉnh ủy",
         "huyện", "xã", "tỉnh", "Can Lộc", "Kỳ Anh", "Hà Tĩnh", "Hậu Lộc", "Ban Thường vụ", "đồng chí", "ông", "bà",
         "chủ trì", "hội nghị", "họp", "tổ chức", "dự", "phát biểu", "Sáng", "Chiều", "ngày", "14/6", "3/9/2022",
         "Nguyễn Văn An", "Trần Thị Bình", "Lê Sỹ Cường", "nguyên", "Quyền", ",", ".", ";", ":", "-", "(", ")",
         "\n", "\n\n", "\u00a0", "\u200b", "\ufeff"]
vietnamese_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(LETTERS, min_size=1, max_size=8)),
                           max_size=60).map(" ".join)
any_text = st.one_of(vietnamese_text, st.text(max_size=200))


# ---- the normaliser ---------------------------------------------------------------------------------

@FAST
@given(any_text)
@example("Chủ tịch UBND huyện Tp Hà Tĩnh")
@example("ubnd tt hdnd TƯ T.Ư")
def test_normalising_is_idempotent(text):
    once = search_key(text)
    assert search_key(once) == once
    assert loose(loose(once)) == loose(once)
    assert search_key(unicodedata.normalize("NFD", text)) == once


@FAST
@given(vietnamese_text)
@example("hU")
@example("TỤ")
def test_a_text_finds_itself_however_it_is_written(text):
    if not search_key(text):
        return
    assert Search(text).matches(text)
    assert Search(text, start=True).matches(text)
    # (in capitals, a syllable may become an abbreviation — "hU" is no word, "HU" is Huyện ủy —: then the
    # capitals are a different search, by design; any other text finds itself in capitals)
    if search_key(text.upper()) == search_key(text.lower()) or not any(
            w.isupper() and search_key(w) != search_key(w.lower()) for w in text.upper().split()):
        assert Search(text.upper()).matches(text)
    assert Search(unicodedata.normalize("NFD", text)).matches(text)
    bare = "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))
    # typed without diacritics, it still finds the text (unless a word in capitals became an abbreviation: "TỤ" typed
    # "TU" is Tỉnh ủy, as "HU" above)
    if search_key(bare) and not any(w.isupper() and search_key(w) != search_key(w.lower()) for w in bare.split()):
        assert Search(bare).matches(text)


# ---- the date parser --------------------------------------------------------------------------------

@FAST
@given(st.dates(datetime.date(1000, 1, 1), datetime.date(2999, 12, 31)))
def test_every_written_form_of_a_day_is_that_day(day):
    iso = day.isoformat()
    for form in (iso, f"{day.day}/{day.month}/{day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}",
                 f"{day.day}-{day.month}-{day.year}", f"{day.day}.{day.month}.{day.year}",
                 f"ngày {day.day} tháng {day.month} năm {day.year}"):
        assert period(form) == iso, form
    assert period(f"{day.month}/{day.year}") == iso[:7]
    assert period(str(day.year)) == iso[:4]


@FAST
@given(st.text(max_size=30))
@example("31/02/2022")
@example("2022-00")
@example("0/0/0000")
def test_anything_else_is_a_value_error_or_a_real_date(text):
    try:
        iso = period(text)
    except ValueError as err:
        assert "\n" not in str(err)
        return
    datetime.date.fromisoformat(iso + "-01-01"[len(iso) - 4:] if len(iso) < 10 else iso)


# ---- the readers ------------------------------------------------------------------------------------

def _read_all(path):
    items = list(read([path]))
    for item in items:
        assert isinstance(item, (Article, Rejected, Note)), item
        if isinstance(item, Rejected):
            assert "\n" not in str(item) and str(item).startswith(str(path))
        if isinstance(item, Article):
            assert item.text == nfc(item.text) and item.text.strip()
            assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in item.id + item.text)
    return items


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_as_a_text_file(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("r") / "any.txt"
    path.write_bytes(data)
    items = _read_all(path)
    assert sum(isinstance(i, (Article, Rejected)) for i in items) == 1


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)


@FAST
@given(st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.one_of(st.text(max_size=12), st.integers()), "text": vietnamese_text},
                          optional={"url": json_values, "published": json_values, "title": json_values}),
    json_values, st.binary(max_size=40)), max_size=8))
def test_any_jsonl_lines(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("r") / "any.jsonl"
    raw = [line if isinstance(line, bytes) else json.dumps(line, ensure_ascii=False).encode("utf-8") for line in lines]
    path.write_bytes(b"\n".join(r.replace(b"\n", b" ") for r in raw) + b"\n")
    items = _read_all(path)
    per_line = [i for i in items if isinstance(i, (Article, Rejected))]
    assert len(per_line) <= len(lines)  # one answer per non-empty line at most, none lost silently
    for item in items:
        if isinstance(item, Article):
            assert isinstance(item.url, (str, type(None))) and isinstance(item.published, (str, type(None)))


# ---- the extractor ----------------------------------------------------------------------------------

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text, st.sampled_from([None, "2022-06-14", "2021-03", "2019"]))
@example("Sáng 14/6, Ban Thường vụ Huyện uỷ Can Lộc tổ chức hội nghị. Bí thư Huyện uỷ Lê Sỹ Cường chủ trì.", None)
def test_arbitrary_text_never_crashes_and_every_fact_points_at_its_text(text, published):
    from vnkg.graph.rdf import article_quads

    article = Article("p", nfc(text), None, published)
    facts = extract(article)
    body = facts.article.text
    for s0, s1 in facts.sentences:
        assert 0 <= s0 <= s1 <= len(body)
    spans = [p.span for p in facts.persons] + [p.span for p in facts.posts] + [m.span for m in facts.meetings]
    spans += [s for m in facts.meetings for s in m.chair_spans]
    for span in spans:
        assert 0 <= span.start < span.end <= len(body)
        s0, s1 = facts.sentences[span.sentence]
        assert s0 <= span.start <= s1
    for p in facts.persons:
        assert nfc(body[p.span.start:p.span.end]).strip()
    # and the stored mentions quote exactly those characters, inside the sentence they name
    quads = article_quads(facts)
    by_subject = {}
    for q in quads:
        by_subject.setdefault(q.subject.value, {})[q.predicate.value.rsplit("#", 1)[-1]] = q.object.value
    mentions = [v for k, v in by_subject.items() if "/mention/" in k]
    assert len(mentions) >= len(facts.persons) and (not spans or mentions)
    for m in mentions:
        start, end = int(m["startOffset"]), int(m["endOffset"])
        quote = m["value"]  # prov:value
        assert quote == body[start:end]
        assert quote in m["sentenceText"]


# ---- the same facts however the spaces and dashes are typed ----------------------------------------------

_PLAIN = ("Sáng 14/6, Ban Thường vụ Huyện ủy Hương Khê tổ chức hội nghị sơ kết công tác 6 tháng. "
          "Đồng chí Trần Văn Khải - Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có ông Lê Thị Hồng Vân - "
          "Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và bà Nguyễn Minh Phương, Chủ tịch UBND huyện.")


def _facts(text):
    facts = extract(Article("w", nfc(text), "https://baohatinh.vn/a.html", "2023-06-15"))
    return (sorted(p.name for p in facts.persons),
            sorted((p.person, p.title, p.area.code if p.area else None) for p in facts.posts),
            sorted((m.date, m.area.code if m.area else None, m.organizer, tuple(m.chairs)) for m in facts.meetings))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_spaces_and_dashes_as_scraped_pages_type_them_change_no_fact(data):
    """``&nbsp;`` from HTML, doubled or thin spaces, em dashes and horizontal bars for the hyphen: the text
    a scraper hands over differs from the plain one only in these, and so must its facts not."""
    spaces = ["\u00a0", "  ", "\u2009", " \u00a0", "\u202f", " "]
    dashes = ["—", "―", "–", "\u2212", "-"]
    parts = _PLAIN.split(" ")
    out = parts[0]
    for part in parts[1:]:
        sep = data.draw(st.sampled_from(spaces))
        out += sep + (data.draw(st.sampled_from(dashes)) if part == "-" else part)
    expected = _facts(_PLAIN)
    assert expected[1] and expected[2][0][3]  # the plain text has posts and a chaired meeting
    assert _facts(out) == expected

"""The fast paths give exactly what the slow ones gave (they only skip work)."""
import random
import re

from underthesea import sent_tokenize

from vnkg.extract.sentences import _tokenizer, split
from vnkg.extract.text import _fold, _key, fold, key

_ALPHABET = list("ab Cđ Ủy.?!…\n\t 12.3 TP. Dr. e.g. ... xY Hoà ") + ["Ðồng", "\u00a0", "Huyện uỷ"]


def _texts(n: int, seed: int = 7):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 80)))


def test_sentence_split_is_underthesea_sent_tokenize():
    assert _tokenizer() is not None, "underthesea's tokenizer changed: split() fell back to the slow path"
    fictional = ("Sáng 3/9, UBND huyện Can Lộc tổ chức hội nghị. TP. Hà Tĩnh có 1.500 hộ... Ông Lê Văn A "
                 "phát biểu! Có phải không? Dr. Nam đến...\nHết")
    assert split(fictional) == sent_tokenize(fictional)
    for text in _texts(3000):
        assert split(text) == sent_tokenize(text), repr(text)


def test_cached_fold_and_key_match_the_plain_ones():
    for text in _texts(500, seed=3):
        assert fold(text) == _fold(text)
        assert key(text) == _key(text)
        assert key(text * 5) == _key(text * 5)  # long strings bypass the cache


def test_retone_prefilter_matches_the_plain_substitutions():
    from vnkg.extract.text import _OA, _UY, _move, retone

    alphabet = list("oOuUqQaAy hn.") + list("àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ") + ["Hoà", "Huyện uỷ", "quý", "Thuỷ"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert retone(text) == _UY.sub(_move, _OA.sub(_move, text)), repr(text)


def _branch_texts(pattern: str) -> list[str]:
    """The literal text of each branch of the first alternation in `pattern` (other items as NUL)."""
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c
        import sre_parse as parser

    def first_branch(items):
        for op, av in items:
            if op is c.BRANCH:
                return av[1]
            if op is c.SUBPATTERN or (op is c.ASSERT and av[0] == 1):  # a group, a look-ahead
                found = first_branch(av[-1])
                if found:
                    return found
        return None

    branches = first_branch(parser.parse(pattern)) or [parser.parse(pattern)]
    return ["".join(chr(av) if op is c.LITERAL else "\0" for op, av in branch) for branch in branches]


def _top_literals(pattern: str) -> str:
    """The literal text of `pattern` outside its groups and alternations (other items as NUL)."""
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c
        import sre_parse as parser
    return "".join(chr(av) if op is c.LITERAL else "\0" for op, av in parser.parse(pattern))


def test_prefilter_words_are_in_every_match_of_their_pattern():
    """The scans skipped when a text lacks some words (for speed) rely on every match containing one
    of them: a new alternative in one of these patterns must bring its word along."""
    import sys

    import vnkg.extract  # noqa: F401

    meetings, names, gazetteer, context, tenure, sentences = (
        sys.modules[f"vnkg.extract.{m}"] for m in ("meetings", "names", "gazetteer", "context", "tenure", "sentences"))
    cases = [(meetings.CHAIR.pattern, meetings.CHAIR_WORDS), (meetings._SCHEDULE.pattern, meetings._SCHEDULE_WORDS),
             (meetings._ATTEND.pattern, (meetings._ATTEND_WORD,)), (names._CREDIT_HEAD, names._CREDIT_WORDS),
             (gazetteer._NUMBERED.pattern, gazetteer._NUMBERED_WORDS),
             (tenure._FORMULA.pattern, tuple(tenure._VERBS)),
             (sentences._DAY_OPENER, sentences._OPENING_WORDS),
             (sentences._BARE_CREDIT.pattern, sentences._CREDIT_WORDS)]
    assert sentences._CREDIT_END.pattern.startswith("\\(") and sentences._BARE_CREDIT.flags & re.IGNORECASE == 0
    # every branch of _OPENS looks ahead to a day's opener (the window the prefilter searches)
    assert sentences._OPENS.pattern.count("|(?<=") + 1 == sentences._OPENS.pattern.count(sentences._DAY_OPENER)
    for pattern, words in cases:
        for text in _branch_texts(pattern):
            assert any(w in text for w in words), (pattern, text)
    # every year clue, and the dateline's full dates, name a year
    for rx in (context._FULL, context._WORDY_FULL, context._PERIOD, context._SCHOOL, context._REVIEW,
               context._PLAN, context._MENTION):
        assert "((?:19|20)\\d{2})" in rx.pattern, rx.pattern
    assert "tháng" in _top_literals(context._WORDY_FULL.pattern)
    assert "năm học" in _top_literals(context._SCHOOL.pattern)
    dates = sys.modules["vnkg.extract.dates"]
    assert "tháng" in _top_literals(dates.WORDY.pattern)
    assert dates.WORDY.pattern.startswith("(?P<d>\\d") and "(?P<d>\\d" in dates.DAY_MONTH.pattern  # a day's digits
    assert "vn" in context._TEXT_DOMAIN.pattern.lower() and context._TEXT_DOMAIN.pattern.count("vn") == 6


def _renamed_by_whole_scan(data: bytes, mapping: dict) -> bytes:
    """graph/resolve.py's renamed_nquads as it was: every line read for holdings and renamed (the reference for
    the choice of lines; the renaming itself is the shared `_renamer`)."""
    from vnkg.graph.resolve import _RENAMED_TERM, _renamer

    return b"".join(sorted(set(_RENAMED_TERM.sub(_renamer(data, mapping), data).splitlines(keepends=True))))


def test_renamed_nquads_by_lines_is_the_whole_scan():
    from vnkg.graph.resolve import renamed_nquads

    rng = random.Random(9)
    idp, idh, g = "<https://vnkg.dev/id/person/", "<https://vnkg.dev/id/holding/", " <https://vnkg.dev/id/article/a> .\n"
    member, post, name = "<http://www.w3.org/ns/org#member>", "<https://vnkg.dev/ns#post>", "<http://xmlns.com/foaf/0.1/name>"
    people = ["le-van-an-1", "tran-thi-binh-2", "pham-cuong-3"]
    changed = 0
    for _ in range(300):
        lines = []
        for h in range(rng.randint(0, 4)):
            who = rng.choice(people)
            lines += [f"{idh}h{h}> {member} {idp}{who}>{g}", f"{idh}h{h}> {post} <https://vnkg.dev/id/post/p{h}>{g}",
                      f"{idh}h{h}/during> <http://www.w3.org/2006/time#inside> \"2024\"{g}"]
        for who in rng.sample(people, rng.randint(0, 3)):
            quoted = rng.choice(["Lê Văn An", f'a \\" {idp}{who}> in a literal', "x\\\\"])
            lines += [f"{idp}{who}> {name} \"{quoted}\"{g}", f"<https://vnkg.dev/id/mention/m{who}> "
                      f"<https://vnkg.dev/ns#person> {idp}{who}>{g}",
                      f"<https://vnkg.dev/id/mention/x> <http://www.w3.org/ns/prov#value> \"{quoted}\"{g}"]
        data = "".join(sorted(set(lines))).encode()
        mapping = {p: p + "-new" for p in rng.sample(people, rng.randint(0, 3))}
        assert renamed_nquads(data, mapping) == _renamed_by_whole_scan(data, mapping)
        changed += renamed_nquads(data, mapping) != data
    assert changed > 100

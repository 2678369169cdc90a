"""The fast paths give exactly what the slow ones gave (they only skip work)."""
import random

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

import pytest

from vnkg.extract.text import ascii_slug, fold, key, retone


@pytest.mark.parametrize("old,new", [
    ("Huyện uỷ", "Huyện ủy"), ("Thanh Hoá", "Thanh Hóa"), ("khoá", "khóa"), ("Hoà Bình", "Hòa Bình"),
    ("quý", "quý"), ("Thuỷ", "Thủy"), ("UỶ BAN", "ỦY BAN"),
])
def test_retone_moves_tone_to_first_vowel(old, new):
    assert retone(old) == new


def test_fold_keeps_length_and_reads_eth_as_d():
    text = "Ðồng chí Nguyễn Thị Thuỷ, Phó Bí thư Huyện uỷ"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("Đồng") and "Huyện ủy" in folded


def test_key_and_slug():
    assert key("  Huyện  Uỷ ") == "huyện ủy"
    assert ascii_slug("Hậu Lộc") == "hauloc"
    assert ascii_slug("Điện Biên Đông") == "dienbiendong"

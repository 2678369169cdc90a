import pytest

from vnkg.extract.text import ascii_slug, fold, key, nfc, retone


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


def test_windows_line_ends_are_line_ends():
    """A name broken over a Windows line end is read as over a plain one ("Nguyễn\\r\\nVăn Hán")."""
    assert nfc("đ/c Nguyễn\r\nVăn Hán, Phó Chủ tịch\rHĐND huyện") == "đ/c Nguyễn\nVăn Hán, Phó Chủ tịch\nHĐND huyện"

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


def test_an_icelandic_eth_typed_for_dj_is_stored_as_dj():
    from vnkg.extract.text import nfc
    assert nfc("Bà Ðỗ Thị Thu Hường, Phó Chủ tịch HĐND huyện") == "Bà Đỗ Thị Thu Hường, Phó Chủ tịch HĐND huyện"


def test_font_size_buttons_and_a_links_heading_run_into_the_body_name_no_one():
    from conftest import doc_of
    text = ("Khai mạc kỳ họp thứ 5 HĐND huyện Điện Bàn\nCỡ chữ: A A A    In trang\nSáng 12/7/2017, HĐND huyện Điện Bàn khai "
            "mạc kỳ họp thứ 5. Bà Lê Thị Mai, Chủ tịch HĐND huyện chủ trì kỳ họp. " + "Kỳ họp xem xét nhiều nội dung. " * 8 +
            "Tường Vi  Xem thêm: Điện Bàn đón nhận Nghị quyết của Chính phủ")
    doc = doc_of(text, "https://dienban.quangnam.gov.vn/a.html", "2017-07-12")
    assert [p.name for p in doc.persons] == ["Lê Thị Mai"]


def test_a_stop_glued_to_the_next_sentence_is_parted_but_not_an_abbreviations():
    from vnkg.extract.text import nfc
    assert nfc("lãnh đạo Sở Nội vụ.Bí thư Tỉnh ủy phát biểu") == "lãnh đạo Sở Nội vụ. Bí thư Tỉnh ủy phát biểu"
    assert nfc("Giám đốc Sở Nông nghiệp và PTNT.Các đại biểu dự") == "Giám đốc Sở Nông nghiệp và PTNT. Các đại biểu dự"
    for kept in ("UBND TP.Huế", "Tp.HCM", "ThS.Nguyễn Văn A", "baohatinh.vn", "P.Bến Nghé", "năm 2023.Các"):
        assert nfc(kept) == kept
